//! A linear regression trained with autograd and a hand-written gradient step.
use tch::{manual_seed, no_grad_guard, Device, Kind, Tensor};

fn main() {
    manual_seed(0);
    let xs = Tensor::randn([64, 3], (Kind::Float, Device::Cpu));
    let true_w = Tensor::from_slice(&[2.0f32, -3.4, 1.5]).reshape([3, 1]);
    let ys = xs.matmul(&true_w) + 4.2;
    let mut w = Tensor::zeros([3, 1], (Kind::Float, Device::Cpu)).set_requires_grad(true);
    let mut b = Tensor::zeros([1], (Kind::Float, Device::Cpu)).set_requires_grad(true);
    for epoch in 0..100 {
        let loss = (xs.matmul(&w) + &b - &ys).square().mean(Kind::Float);
        w.zero_grad();
        b.zero_grad();
        loss.backward();
        let _no_grad = no_grad_guard();
        w -= w.grad() * 0.1;
        b -= b.grad() * 0.1;
        if epoch % 20 == 0 {
            println!("epoch {epoch} loss {}", f32::try_from(&loss).unwrap());
        }
    }
    println!("w = {w}");
    println!("b = {b}");
    println!("w values {:?} b values {:?}", Vec::<f32>::try_from(&w).unwrap(), Vec::<f32>::try_from(&b).unwrap());
}
