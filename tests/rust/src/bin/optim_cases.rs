//! Trains the same small model with each optimizer configuration and prints the parameters in
//! full ("## name" then one line per parameter), for tests/test_rust.py to compare bit for bit
//! with torch.nn and torch.optim.

use torch_sffi::nn::{Conv2d, ConvConfig, Embedding, LayerNorm, Linear, Module, VarStore};
use torch_sffi::optim::{Adagrad, Adam, AdamW, Optimizer, RmsProp, Sgd};
use torch_sffi::{manual_seed, Kind, Reduction, Tensor, TorchError};

type Make = fn(&VarStore) -> Box<dyn Optimizer>;

fn main() -> Result<(), TorchError> {
    let cases: Vec<(&str, Make)> = vec![
        ("sgd", |vs| Box::new(Sgd::new(vs, 0.1))),
        ("sgd_momentum", |vs| {
            Box::new(Sgd::new(vs, 0.05).momentum(0.9).dampening(0.1).weight_decay(0.01))
        }),
        ("sgd_nesterov", |vs| Box::new(Sgd::new(vs, 0.05).momentum(0.8).nesterov(true))),
        ("adam", |vs| Box::new(Adam::new(vs, 0.01))),
        ("adam_amsgrad", |vs| {
            Box::new(Adam::new(vs, 0.02).betas(0.8, 0.99).eps(1e-6).weight_decay(0.1).amsgrad(true))
        }),
        ("adamw", |vs| Box::new(AdamW::new(vs, 0.01))),
        ("rmsprop", |vs| Box::new(RmsProp::new(vs, 0.01))),
        ("rmsprop_centered", |vs| {
            Box::new(
                RmsProp::new(vs, 0.01).alpha(0.9).centered(true).momentum(0.5).weight_decay(0.1),
            )
        }),
        ("adagrad", |vs| {
            Box::new(Adagrad::with_accumulator(vs, 0.1, 0.1).lr_decay(0.01).weight_decay(0.01))
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
        let mut opt = make(&vs);
        for _ in 0..6 {
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
