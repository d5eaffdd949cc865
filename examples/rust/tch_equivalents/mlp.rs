//! A small MLP built from modules and trained with Adam.
use tch::nn::{self, Module, OptimizerConfig};
use tch::{manual_seed, Device, IndexOp, Kind, Tensor};

fn main() {
    manual_seed(0);
    let vs = nn::VarStore::new(Device::Cpu);
    let net = nn::seq()
        .add(nn::linear(vs.root() / "fc1", 2, 16, Default::default()))
        .add_fn(|xs| xs.relu())
        .add(nn::linear(vs.root() / "fc2", 16, 1, Default::default()));
    let mut opt = nn::Adam::default().build(&vs, 1e-2).unwrap();
    let xs = Tensor::rand([128, 2], (Kind::Float, Device::Cpu)) * 2.0 - 1.0;
    let ys = xs.i((.., 0..1)) * xs.i((.., 1..2));
    for epoch in 1..=200 {
        let loss = net.forward(&xs).mse_loss(&ys, tch::Reduction::Mean);
        opt.backward_step(&loss);
        if epoch % 50 == 0 {
            println!("epoch {epoch} loss {}", f32::try_from(&loss).unwrap());
        }
    }
    let out = net.forward(&xs.i(0..4)).detach();
    println!("out = {out}");
    println!("out values {:?}", Vec::<f32>::try_from(&out).unwrap());
}
