//! A linear regression trained with autograd and a hand-written gradient step.
use torch_sffi::{autograd, manual_seed, Kind, Tensor};

fn main() -> Result<(), torch_sffi::TorchError> {
    manual_seed(0)?;
    let xs = Tensor::randn_with(&[64, 3], Kind::Float)?;
    let true_w = Tensor::from_slice(&[2.0f32, -3.4, 1.5]).reshape(&[3, 1])?;
    let ys = xs.matmul(&true_w)? + 4.2;
    let mut w = Tensor::zeros_with(&[3, 1], Kind::Float)?.with_requires_grad(true)?;
    let mut b = Tensor::zeros_with(&[1], Kind::Float)?.with_requires_grad(true)?;
    for epoch in 0..100 {
        let loss = (xs.matmul(&w)? + &b - &ys).square()?.mean_all()?;
        w.zero_grad()?;
        b.zero_grad()?;
        loss.backward()?;
        let _no_grad = autograd::no_grad()?;
        w -= w.grad()?.expect("w has a gradient") * 0.1;
        b -= b.grad()?.expect("b has a gradient") * 0.1;
        if epoch % 20 == 0 {
            println!("epoch {epoch} loss {}", f32::try_from(&loss)?);
        }
    }
    println!("w = {w}");
    println!("b = {b}");
    println!("w values {:?} b values {:?}", Vec::<f32>::try_from(&w)?, Vec::<f32>::try_from(&b)?);
    Ok(())
}
