//! BatchNorm, Dropout and LSTM, made, trained and run in and out of training mode, and the
//! option checks of the optimizers and layers: prints "## case" then one line per value
//! ("label [values]" in full, or "label kind message" for the errors), for tests/test_rust.py
//! to compare bit for bit (and message for message) with torch.nn and torch.optim.

use torch_sffi::nn::{
    seq_t, BatchNorm, BatchNormConfig, Conv2d, ConvConfig, Dropout, Linear, Lstm, LstmConfig,
    LstmState, Module, ModuleT, VarStore,
};
use torch_sffi::optim::{Adadelta, Adam, Adamax, Asgd, NAdam, Optimizer, RAdam, Rprop, Sgd};
use torch_sffi::{manual_seed, Kind, Reduction, Tensor, TorchError};

fn show(label: &str, t: &Tensor) -> Result<(), TorchError> {
    println!("{label} {:?}", Vec::<f32>::try_from(&t.detach()?)?);
    Ok(())
}

fn show_variables(vs: &VarStore) -> Result<(), TorchError> {
    for (name, tensor) in vs.variables() {
        show(&name, &tensor)?;
    }
    Ok(())
}

fn mse(a: &Tensor, b: &Tensor) -> Result<Tensor, TorchError> {
    torch_sffi::nn::mse_loss_v2(a, b, Reduction::Mean)
}

fn batch_norm_1d() -> Result<(), TorchError> {
    manual_seed(11)?;
    let vs = VarStore::new();
    let fc1 = Linear::new(&vs, "fc1", 4, 6)?;
    let bn = BatchNorm::new_1d(&vs, "bn", 6, BatchNormConfig::default())?;
    let fc2 = Linear::new(&vs, "fc2", 6, 2)?;
    let xs = Tensor::randn_with(&[8, 4], Kind::Float)?;
    let ys = Tensor::randn_with(&[8, 2], Kind::Float)?;
    let net = seq_t().add(fc1).add(bn).add_fn(Tensor::relu).add(Dropout::new(0.3)?).add(fc2);
    let mut opt = Sgd::new(&vs, 0.1).momentum(0.9);
    for i in 0..5 {
        if i == 2 {
            opt.set_lr(0.05);
        }
        let loss = mse(&net.forward_t(&xs, true), &ys)?;
        opt.zero_grad_set_to_none(false)?;
        loss.backward()?;
        opt.step()?;
    }
    println!("## bn1d");
    show("eval", &net.forward_t(&xs, false))?;
    show_variables(&vs)
}

fn batch_norm_2d() -> Result<(), TorchError> {
    manual_seed(12)?;
    let vs = VarStore::new();
    let conv =
        Conv2d::new(&vs, "conv", 2, 3, 3, ConvConfig { padding: 1, ..ConvConfig::default() })?;
    let config = BatchNormConfig { eps: 1e-3, momentum: None, ..BatchNormConfig::default() };
    let bn = BatchNorm::new_2d(&vs, "bn", 3, config)?;
    let fc = Linear::new(&vs, "fc", 48, 2)?;
    let xs = Tensor::randn_with(&[5, 2, 4, 4], Kind::Float)?;
    let ys = Tensor::randn_with(&[5, 2], Kind::Float)?;
    let forward = |train: bool| -> Result<Tensor, TorchError> {
        let hidden = conv.forward(&xs).apply_t(&bn, train).relu()?.reshape(&[5, 48])?;
        fc.f_forward(&hidden)
    };
    let mut opt = Adam::new(&vs, 0.01);
    for _ in 0..4 {
        opt.backward_step(&mse(&forward(true)?, &ys)?)?;
    }
    println!("## bn2d");
    show("eval", &forward(false)?)?;
    show_variables(&vs)
}

fn batch_norm_plain() -> Result<(), TorchError> {
    manual_seed(13)?;
    let vs = VarStore::new();
    let plain =
        BatchNormConfig { affine: false, track_running_stats: false, ..BatchNormConfig::default() };
    let bn = BatchNorm::new_1d(&vs, "bn", 4, plain)?;
    let bn3 = BatchNorm::new_1d(
        &vs,
        "bn3",
        4,
        BatchNormConfig { bias: false, ..BatchNormConfig::default() },
    )?;
    let xs = Tensor::randn_with(&[6, 4], Kind::Float)?;
    let x3 = Tensor::randn_with(&[3, 4, 5], Kind::Float)?;
    println!("## bn_plain");
    show("train", &bn.forward_t(&xs, true))?;
    show("eval", &bn.forward_t(&xs, false))?;
    show("train3", &bn3.forward_t(&x3, true))?;
    show("eval3", &bn3.forward_t(&x3, false))?;
    show_variables(&vs)
}

fn lstm() -> Result<(), TorchError> {
    manual_seed(5)?;
    let vs = VarStore::new();
    let config = LstmConfig { num_layers: 2, batch_first: true, ..LstmConfig::default() };
    let lstm = Lstm::new(&vs, "lstm", 3, 5, config)?;
    let xs = Tensor::randn_with(&[2, 6, 3], Kind::Float)?;
    let mut opt = Sgd::new(&vs, 0.1);
    for _ in 0..3 {
        let (out, _) = lstm.seq(&xs)?;
        opt.backward_step(&out.square()?.mean_all()?)?;
    }
    let (out, state) = lstm.seq(&xs)?;
    println!("## lstm");
    show("out", &out)?;
    show("h", state.h())?;
    show("c", state.c())?;
    show_variables(&vs)
}

fn lstm_bidirectional() -> Result<(), TorchError> {
    manual_seed(6)?;
    let vs = VarStore::new();
    let config =
        LstmConfig { bidirectional: true, proj_size: 2, bias: false, ..LstmConfig::default() };
    let lstm = Lstm::new(&vs, "lstm", 3, 4, config)?;
    let xs = Tensor::randn_with(&[7, 3], Kind::Float)?; // unbatched
    let h0 = Tensor::randn_with(&[2, 2], Kind::Float)?;
    let c0 = Tensor::randn_with(&[2, 4], Kind::Float)?;
    let (out, state) = lstm.seq_init_t(&xs, &LstmState(h0, c0), false)?;
    println!("## lstm_bi");
    show("out", &out)?;
    show("h", state.h())?;
    show("c", state.c())?;
    show_variables(&vs)
}

fn lstm_dropout() -> Result<(), TorchError> {
    manual_seed(8)?;
    let vs = VarStore::new();
    let lstm = Lstm::new(
        &vs,
        "lstm",
        3,
        4,
        LstmConfig { num_layers: 3, dropout: 0.5, ..LstmConfig::default() },
    )?;
    let xs = Tensor::randn_with(&[5, 2, 3], Kind::Float)?;
    let (out, state) = lstm.seq(&xs)?;
    println!("## lstm_dropout");
    show("out", &out)?;
    show("h", state.h())?;
    show("c", state.c())
}

fn asgd_averages() -> Result<(), TorchError> {
    manual_seed(9)?;
    let vs = VarStore::new();
    let fc = Linear::new(&vs, "fc", 3, 2)?;
    let xs = Tensor::randn_with(&[6, 3], Kind::Float)?;
    let ys = Tensor::randn_with(&[6, 2], Kind::Float)?;
    let mut opt = Asgd::new(&vs, 0.05)?.lambd(1e-3).alpha(0.5).t0(3.0).weight_decay(0.01)?;
    for _ in 0..8 {
        opt.backward_step(&mse(&fc.forward(&xs), &ys)?)?;
    }
    println!("## asgd_averages");
    for (i, average) in opt.averages().into_iter().enumerate() {
        show(&format!("ax{i}"), average.expect("every parameter stepped"))?;
    }
    show_variables(&vs)
}

fn error_line<T>(label: &str, result: Result<T, TorchError>) {
    match result {
        Ok(_) => println!("{label} ok"),
        Err(error) => println!("{label} {} {}", error.kind(), error.message()),
    }
}

fn errors() -> Result<(), TorchError> {
    let vs = VarStore::new();
    let empty = VarStore::new();
    let _fc = Linear::new(&vs, "fc", 2, 2)?;
    println!("## errors");
    error_line("adadelta_lr", Adadelta::new(&vs, -0.5));
    error_line("adadelta_rho", Adadelta::new(&vs, 1.0)?.rho(1.5));
    error_line("adadelta_eps", Adadelta::new(&vs, 1.0)?.eps(-1e-7));
    error_line("adadelta_wd", Adadelta::new(&vs, 1.0)?.weight_decay(-0.01));
    error_line("adadelta_empty", Adadelta::new(&empty, 1.0));
    error_line("adamax_beta0", Adamax::new(&vs, 0.1)?.betas(1.0, 0.999));
    error_line("adamax_beta1", Adamax::new(&vs, 0.1)?.betas(0.9, -0.5));
    error_line("adamax_eps", Adamax::new(&vs, 0.1)?.eps(-1e-20));
    error_line("nadam_momentum_decay", NAdam::new(&vs, 0.1)?.momentum_decay(-0.004));
    error_line("nadam_wd", NAdam::new(&vs, 0.1)?.weight_decay(-1e20));
    error_line("radam_lr", RAdam::new(&vs, -2.0));
    error_line("radam_betas", RAdam::new(&vs, 0.1)?.betas(0.5, 1.5));
    error_line("asgd_lr", Asgd::new(&vs, -1e-3));
    error_line("asgd_wd", Asgd::new(&vs, 0.1)?.weight_decay(-0.1));
    error_line("rprop_etas", Rprop::new(&vs, 0.1)?.etas(1.5, 1.2));
    error_line("rprop_etas_plus", Rprop::new(&vs, 0.1)?.etas(0.5, 0.9));
    error_line("dropout", Dropout::new(1.5));
    let lstm = |hidden: i64, config: LstmConfig| Lstm::new(&vs, "lstm", 3, hidden, config);
    error_line("lstm_hidden", lstm(0, LstmConfig::default()));
    error_line("lstm_layers", lstm(4, LstmConfig { num_layers: 0, ..LstmConfig::default() }));
    error_line(
        "lstm_proj_negative",
        lstm(4, LstmConfig { proj_size: -1, ..LstmConfig::default() }),
    );
    error_line("lstm_proj_large", lstm(4, LstmConfig { proj_size: 4, ..LstmConfig::default() }));
    error_line("lstm_dropout", lstm(4, LstmConfig { dropout: 1.5, ..LstmConfig::default() }));
    let lstm = Lstm::new(&vs, "lstm", 3, 4, LstmConfig { proj_size: 2, ..LstmConfig::default() })?;
    let seq = |dims: &[i64], kind| Tensor::ones_with(dims, kind);
    error_line("lstm_input_dim", lstm.seq(&seq(&[3], Kind::Float)?));
    error_line("lstm_dtype", lstm.seq(&seq(&[5, 2, 3], Kind::Double)?));
    error_line("lstm_input_size", lstm.seq(&seq(&[5, 2, 4], Kind::Float)?));
    let state = |h: &[i64], c: &[i64]| -> Result<LstmState, TorchError> {
        Ok(LstmState(seq(h, Kind::Float)?, seq(c, Kind::Float)?))
    };
    let xs = seq(&[5, 2, 3], Kind::Float)?;
    error_line("lstm_hidden0", lstm.seq_init(&xs, &state(&[1, 2, 4], &[1, 2, 4])?));
    error_line("lstm_hidden1", lstm.seq_init(&xs, &state(&[1, 2, 2], &[1, 3, 4])?));
    error_line("lstm_state_dims", lstm.seq_init(&xs, &state(&[2, 2], &[1, 2, 4])?));
    let x2 = seq(&[5, 3], Kind::Float)?;
    error_line("lstm_unbatched_state_dims", lstm.seq_init(&x2, &state(&[1, 1, 2], &[1, 4])?));
    let bn = BatchNorm::new_1d(&vs, "bn", 2, BatchNormConfig::default())?;
    error_line("bn_one_value", bn.f_forward_t(&seq(&[1, 2], Kind::Float)?, true));
    error_line("bn1d_dim", bn.f_forward_t(&Tensor::ones_with(&[2, 2, 2, 2], Kind::Float)?, true));
    let bn2 = BatchNorm::new_2d(&vs, "bn2", 2, BatchNormConfig::default())?;
    error_line("bn2d_dim", bn2.f_forward_t(&Tensor::ones_with(&[2, 2, 2], Kind::Float)?, true));
    Ok(())
}

fn main() -> Result<(), TorchError> {
    batch_norm_1d()?;
    batch_norm_2d()?;
    batch_norm_plain()?;
    lstm()?;
    lstm_bidirectional()?;
    lstm_dropout()?;
    asgd_averages()?;
    errors()
}
