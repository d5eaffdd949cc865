//! Tensor arithmetic with operators, indexing and printing.
use torch_sffi::{IndexOp, Kind, Tensor};

fn main() -> Result<(), torch_sffi::TorchError> {
    let a = Tensor::from_slice(&[1.0f32, 2.0, 3.0, 4.0, 5.0, 6.0]).reshape(&[2, 3])?;
    let b = Tensor::ones_with(&[2, 3], Kind::Float)?;
    let mut c = &a * 2.0 + &b - 0.5;
    c += &a;
    c *= 3;
    let d = 1.0 / &c - -&a;
    let e = d.matmul(&a.t()?)?;
    println!("c = {c}");
    println!("d = {d}");
    println!("e = {e}");
    println!("a[:, 1] = {}", a.i((.., 1)));
    println!("e values {:?}", Vec::<f32>::try_from(&e)?);
    println!("{:?} {}", e, e.kind());
    Ok(())
}
