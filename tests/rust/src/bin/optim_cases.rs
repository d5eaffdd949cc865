//! Trains the same small model with each optimizer configuration and prints the parameters in
//! full ("## name" then one line per parameter), for tests/test_rust.py to compare bit for bit
//! with torch.nn and torch.optim.

use torch_sffi::nn::{Conv2d, ConvConfig, Embedding, LayerNorm, Linear, Module, VarStore};
use torch_sffi::optim::{
    Adadelta, Adagrad, Adam, AdamW, Adamax, Asgd, NAdam, Optimizer, RAdam, RmsProp, Rprop, Sgd,
};
use torch_sffi::{manual_seed, Kind, Reduction, Tensor, TorchError};

type Make = fn(&VarStore) -> Result<Box<dyn Optimizer>, TorchError>;

fn main() -> Result<(), TorchError> {
    let cases: Vec<(&str, Make)> = vec![
        ("sgd", |vs| Ok(Box::new(Sgd::new(vs, 0.1)))),
        ("sgd_momentum", |vs| {
            Ok(Box::new(Sgd::new(vs, 0.05).momentum(0.9).dampening(0.1).weight_decay(0.01)))
        }),
        ("sgd_nesterov", |vs| Ok(Box::new(Sgd::new(vs, 0.05).momentum(0.8).nesterov(true)))),
        ("sgd_maximize", |vs| Ok(Box::new(Sgd::new(vs, 0.05).momentum(0.9).maximize(true)))),
        ("adam", |vs| Ok(Box::new(Adam::new(vs, 0.01)))),
        ("adam_amsgrad", |vs| {
            Ok(Box::new(
                Adam::new(vs, 0.02).betas(0.8, 0.99).eps(1e-6).weight_decay(0.1).amsgrad(true),
            ))
        }),
        ("adamw", |vs| Ok(Box::new(AdamW::new(vs, 0.01).maximize(true)))),
        ("rmsprop", |vs| Ok(Box::new(RmsProp::new(vs, 0.01)))),
        ("rmsprop_centered", |vs| {
            Ok(Box::new(
                RmsProp::new(vs, 0.01).alpha(0.9).centered(true).momentum(0.5).weight_decay(0.1),
            ))
        }),
        ("adagrad", |vs| {
            Ok(Box::new(Adagrad::with_accumulator(vs, 0.1, 0.1).lr_decay(0.01).weight_decay(0.01)))
        }),
        ("adadelta", |vs| Ok(Box::new(Adadelta::new(vs, Adadelta::DEFAULT_LR)?))),
        ("adadelta_options", |vs| {
            let opt = Adadelta::new(vs, 0.5)?.rho(0.8)?.eps(1e-5)?.weight_decay(0.01)?;
            Ok(Box::new(opt.maximize(true)))
        }),
        ("adamax", |vs| Ok(Box::new(Adamax::new(vs, 0.01)?))),
        ("adamax_options", |vs| {
            let opt = Adamax::new(vs, 0.02)?.betas(0.8, 0.99)?.eps(1e-6)?.weight_decay(0.1)?;
            Ok(Box::new(opt.maximize(true)))
        }),
        ("nadam", |vs| Ok(Box::new(NAdam::new(vs, 0.01)?))),
        ("nadam_options", |vs| {
            let opt = NAdam::new(vs, 0.02)?.betas(0.8, 0.99)?.eps(1e-6)?.weight_decay(0.1)?;
            Ok(Box::new(opt.momentum_decay(0.01)?))
        }),
        ("nadam_decoupled", |vs| {
            let opt = NAdam::new(vs, 0.02)?.weight_decay(0.1)?.decoupled_weight_decay(true);
            Ok(Box::new(opt.maximize(true)))
        }),
        ("radam", |vs| Ok(Box::new(RAdam::new(vs, 0.01)?))),
        ("radam_options", |vs| {
            let opt = RAdam::new(vs, 0.02)?.betas(0.8, 0.9)?.eps(1e-6)?.weight_decay(0.1)?;
            Ok(Box::new(opt.maximize(true)))
        }),
        ("radam_decoupled", |vs| {
            let opt = RAdam::new(vs, 0.02)?.betas(0.8, 0.9)?.weight_decay(0.1)?;
            Ok(Box::new(opt.decoupled_weight_decay(true)))
        }),
        ("asgd", |vs| Ok(Box::new(Asgd::new(vs, Asgd::DEFAULT_LR)?))),
        ("asgd_options", |vs| {
            let opt = Asgd::new(vs, 0.05)?.lambd(1e-3).alpha(0.5).t0(3.0).weight_decay(0.01)?;
            Ok(Box::new(opt.maximize(true)))
        }),
        ("rprop", |vs| Ok(Box::new(Rprop::new(vs, Rprop::DEFAULT_LR)?))),
        ("rprop_options", |vs| {
            let opt = Rprop::new(vs, 0.05)?.etas(0.3, 1.5)?.step_sizes(1e-3, 0.1);
            Ok(Box::new(opt.maximize(true)))
        }),
    ];
    for (name, make) in cases {
        manual_seed(7)?;
        let vs = VarStore::new();
        let conv =
            Conv2d::new(&vs, "conv", 2, 3, 3, ConvConfig { padding: 1, ..ConvConfig::default() })?;
        let fc = Linear::new(&vs, "fc", 3 * 4 * 4, 2)?;
        let xs = Tensor::randn_with(&[5, 2, 4, 4], Kind::Float)?;
        let ys = Tensor::randn_with(&[5, 2], Kind::Float)?;
        let mut opt = make(&vs)?;
        for _ in 0..8 {
            let hidden = conv.forward(&xs).relu()?.reshape(&[5, 48])?;
            let loss = torch_sffi::nn::mse_loss_v2(&fc.forward(&hidden), &ys, Reduction::Mean)?;
            opt.backward_step(&loss)?;
        }
        println!("## {name}");
        for (param, tensor) in vs.variables() {
            println!("{param} {:?}", Vec::<f32>::try_from(&*tensor)?);
        }
    }
    // Embedding and LayerNorm, trained by SGD with momentum.
    manual_seed(3)?;
    let vs = VarStore::new();
    let embedding = Embedding::new(&vs, "emb", 10, 4)?;
    let norm = LayerNorm::new(&vs, "ln", &[4])?;
    let indices = Tensor::from_slice(&[1i64, 3, 3, 7, 0]);
    let target = Tensor::randn_with(&[5, 4], Kind::Float)?;
    let mut opt = Sgd::new(&vs, 0.1).momentum(0.9);
    for _ in 0..4 {
        let out = norm.forward(&embedding.forward(&indices)) * 1.5;
        opt.backward_step(&torch_sffi::nn::mse_loss_v2(&out, &target, Reduction::Mean)?)?;
    }
    println!("## layers");
    for (param, tensor) in vs.variables() {
        println!("{param} {:?}", Vec::<f32>::try_from(&*tensor)?);
    }
    Ok(())
}
