//! The training-mode layers, the parameter store's buffers and freezing, and the optimizers'
//! shared controls. (Values against torch.nn and torch.optim: tests/test_rust.py runs
//! src/bin/layer_cases.rs and optim_cases.rs and compares them bit for bit.)

use torch_sffi::nn::{
    self, BatchNorm, BatchNormConfig, Dropout, Linear, Lstm, LstmConfig, Module, ModuleT, VarStore,
};
use torch_sffi::optim::{Adadelta, Adamax, Asgd, NAdam, Optimizer, RAdam, Rprop, Sgd};
use torch_sffi::{manual_seed, ErrorKind, Kind, Tensor, TorchError};

fn values(t: &Tensor) -> Vec<f32> {
    Vec::<f32>::try_from(&t.detach().unwrap()).unwrap()
}

fn loss_of(fc: &Linear, xs: &Tensor) -> Tensor {
    fc.forward(xs).square().unwrap().mean_all().unwrap()
}

#[test]
fn dropout_is_the_identity_when_not_training_and_scales_the_kept_values_when_training() {
    manual_seed(0).unwrap();
    let xs = Tensor::ones_with(&[1000], Kind::Float).unwrap();
    let dropout = Dropout::new(0.25).unwrap();
    assert_eq!(values(&dropout.forward_t(&xs, false)), vec![1.0; 1000]);
    let kept = values(&xs.apply_t(&dropout, true));
    assert!(kept.iter().all(|&v| v == 0.0 || v == 1.0 / 0.75), "{kept:?}");
    let zeros = kept.iter().filter(|&&v| v == 0.0).count();
    assert!((150..350).contains(&zeros), "{zeros} of 1000 dropped at p = 0.25");
    assert_eq!(Dropout::new(-0.1).unwrap_err().kind(), ErrorKind::Value);
}

#[test]
fn batch_norm_trains_on_batch_statistics_and_evaluates_on_the_running_ones() {
    let vs = VarStore::new();
    let bn = BatchNorm::new_1d(&vs, "bn", 1, BatchNormConfig::default()).unwrap();
    let xs = Tensor::from_slice(&[1.0f32, 3.0]).reshape(&[2, 1]).unwrap();
    // Training: (x - mean) / sqrt(biased var + eps); the running mean moves by momentum 0.1,
    // the running variance towards the unbiased variance.
    let ys = values(&bn.forward_t(&xs, true));
    assert!((ys[0] + 1.0).abs() < 1e-4 && (ys[1] - 1.0).abs() < 1e-4, "{ys:?}");
    let mean = values(bn.running_mean.as_deref().unwrap());
    let var = values(bn.running_var.as_deref().unwrap());
    assert!((mean[0] - 0.2).abs() < 1e-6 && (var[0] - 1.1).abs() < 1e-6, "{mean:?} {var:?}");
    let count = i64::try_from(bn.num_batches_tracked.as_deref().unwrap()).unwrap();
    assert_eq!(count, 1);
    // Evaluating reads the running statistics and leaves them (and the count) alone.
    let ys = values(&bn.forward_t(&xs, false));
    let expected = (1.0 - 0.2) / (1.1f32 + 1e-5).sqrt();
    assert!((ys[0] - expected).abs() < 1e-5, "{ys:?}");
    assert_eq!(i64::try_from(bn.num_batches_tracked.as_deref().unwrap()).unwrap(), 1);
    // Buffers are listed but not trained.
    assert_eq!(vs.variables().len(), 5);
    assert_eq!(vs.trainable_variables().len(), 2);
    let error = bn.f_forward_t(&Tensor::ones_with(&[2], Kind::Float).unwrap(), true).unwrap_err();
    assert_eq!(
        (error.kind(), error.message()),
        (ErrorKind::Value, "expected 2D or 3D input (got 1D input)")
    );
}

#[test]
fn every_module_is_a_module_t_and_sequential_t_passes_the_flag_on() {
    manual_seed(1).unwrap();
    let vs = VarStore::new();
    let net = nn::seq_t()
        .add(Linear::new(&vs, "fc", 3, 3).unwrap())
        .add_fn_t(|xs, train| if train { xs.zeros_like(None, None, None) } else { xs.relu() })
        .add(nn::func_t(|xs, _| xs.neg()));
    let xs = Tensor::randn_with(&[2, 3], Kind::Float).unwrap();
    assert_eq!(values(&net.forward_t(&xs, true)), vec![-0.0; 6]);
    let eval = values(&net.forward_t(&xs, false));
    assert!(eval.iter().all(|&v| v <= 0.0) && eval.iter().any(|&v| v < 0.0), "{eval:?}");
    assert_eq!(net.len(), 3);
    assert!(nn::seq_t().is_empty());
}

#[test]
fn a_frozen_store_is_left_alone_and_an_unfrozen_one_trains_again() {
    manual_seed(2).unwrap();
    let vs = VarStore::new();
    let fc = Linear::new(&vs, "fc", 2, 1).unwrap();
    let xs = Tensor::randn_with(&[4, 2], Kind::Float).unwrap();
    let mut opt = Sgd::new(&vs, 0.1);
    vs.freeze().unwrap();
    assert!(!fc.ws.is_requires_grad());
    let before = values(&fc.ws);
    assert!(loss_of(&fc, &xs).backward().is_err()); // nothing in the graph requires grad
    opt.step().unwrap();
    assert_eq!(values(&fc.ws), before);
    vs.unfreeze().unwrap();
    assert!(fc.ws.is_requires_grad());
    opt.backward_step(&loss_of(&fc, &xs)).unwrap();
    assert_ne!(values(&fc.ws), before);
}

#[test]
fn zero_grad_removes_or_zeroes_and_the_learning_rate_can_change() {
    manual_seed(3).unwrap();
    let vs = VarStore::new();
    let fc = Linear::new(&vs, "fc", 2, 1).unwrap();
    let xs = Tensor::randn_with(&[4, 2], Kind::Float).unwrap();
    let mut opt: Box<dyn Optimizer> = Box::new(Adamax::new(&vs, 0.01).unwrap());
    assert_eq!(opt.lr(), 0.01);
    opt.set_lr(0.5);
    assert_eq!(opt.lr(), 0.5);
    opt.zero_grad_set_to_none(false).unwrap(); // no gradient yet: nothing to zero
    loss_of(&fc, &xs).backward().unwrap();
    opt.zero_grad_set_to_none(false).unwrap();
    assert_eq!(values(&fc.ws.grad().unwrap().unwrap()), [0.0, 0.0]);
    opt.zero_grad_set_to_none(true).unwrap();
    assert!(fc.ws.grad().unwrap().is_none());
}

#[test]
fn the_later_optimizers_check_their_options_as_torch_optim_does() {
    let vs = VarStore::new();
    let _fc = Linear::new(&vs, "fc", 2, 1).unwrap();
    let message = |result: Result<(), TorchError>| {
        let error = result.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Value);
        error.message().to_string()
    };
    // Python's float repr in the messages: a trailing .0, exponents of two digits or more.
    assert_eq!(message(Adadelta::new(&vs, -1.0).map(drop)), "Invalid learning rate: -1.0");
    assert_eq!(message(NAdam::new(&vs, -1e-5).map(drop)), "Invalid learning rate: -1e-05");
    assert_eq!(message(RAdam::new(&vs, -123456.5).map(drop)), "Invalid learning rate: -123456.5");
    assert_eq!(message(Asgd::new(&vs, -1e16).map(drop)), "Invalid learning rate: -1e+16");
    assert_eq!(
        message(Asgd::new(&vs, -1e15).map(drop)),
        "Invalid learning rate: -1000000000000000.0"
    );
    assert_eq!(message(Rprop::new(&vs, -0.0001).map(drop)), "Invalid learning rate: -0.0001");
    assert_eq!(message(Rprop::new(&vs, f64::NAN).map(drop)), "Invalid learning rate: nan");
    assert!(Rprop::new(&vs, 0.0).is_ok());
    let empty = VarStore::new();
    assert_eq!(message(Asgd::new(&empty, 0.1).map(drop)), "optimizer got an empty parameter list");
}

#[test]
fn an_lstm_runs_batched_or_not_with_pytorchs_shapes() {
    manual_seed(4).unwrap();
    let vs = VarStore::new();
    let config = LstmConfig { num_layers: 2, bidirectional: true, ..LstmConfig::default() };
    let lstm = Lstm::new(&vs, "rnn", 3, 4, config).unwrap();
    assert_eq!(vs.variables().len(), 16); // 2 layers x 2 directions x 4 tensors
    assert_eq!(vs.variables()[4].0, "rnn.weight_ih_l0_reverse");
    assert_eq!(vs.variables()[8].1.size(), [16, 8]); // layer 1 reads both directions
    let (out, state) = lstm.seq(&Tensor::randn_with(&[5, 2, 3], Kind::Float).unwrap()).unwrap();
    assert_eq!((out.size(), state.h().size()), (vec![5, 2, 8], vec![4, 2, 4]));
    let (out, state) =
        lstm.seq_t(&Tensor::randn_with(&[5, 3], Kind::Float).unwrap(), false).unwrap();
    assert_eq!((out.size(), state.c().size()), (vec![5, 8], vec![4, 4]));
    let error = lstm.seq(&Tensor::ones_with(&[3], Kind::Float).unwrap()).unwrap_err();
    assert_eq!(error.message(), "LSTM: Expected input to be 2D or 3D, got 1D instead");
}
