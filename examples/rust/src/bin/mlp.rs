//! A small MLP built from modules and trained with Adam.
use torch_sffi::nn::{self, Module, VarStore};
use torch_sffi::optim::{Adam, Optimizer};
use torch_sffi::{manual_seed, IndexOp, Kind, Reduction, Tensor};

fn main() -> Result<(), torch_sffi::TorchError> {
    manual_seed(0)?;
    let vs = VarStore::new();
    let net = nn::seq()
        .add(nn::Linear::new(&vs, "fc1", 2, 16)?)
        .add_fn(|xs| xs.relu())
        .add(nn::Linear::new(&vs, "fc2", 16, 1)?);
    let mut opt = Adam::new(&vs, 1e-2);
    let xs = Tensor::rand_with(&[128, 2], Kind::Float)? * 2.0 - 1.0;
    let ys = xs.i((.., 0..1)) * xs.i((.., 1..2));
    for epoch in 1..=200 {
        let loss = nn::mse_loss_v2(&net.forward(&xs), &ys, Reduction::Mean)?;
        opt.backward_step(&loss)?;
        if epoch % 50 == 0 {
            println!("epoch {epoch} loss {}", f32::try_from(&loss)?);
        }
    }
    let out = net.forward(&xs.i(0..4)).detach()?;
    println!("out = {out}");
    println!("out values {:?}", Vec::<f32>::try_from(&out)?);
    Ok(())
}
