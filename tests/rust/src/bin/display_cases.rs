//! Prints tensors through `Display` and `Debug`, case by case ("## name" then the text), for
//! tests/test_rust.py to compare with PyTorch's `repr` of the same tensors.

use torch_sffi::{manual_seed, Kind, Tensor, TorchError};

fn main() -> Result<(), TorchError> {
    let arange = |end: i64, kind: Kind| Tensor::arange_with(0, end, 1, kind);
    let mut leaf = Tensor::zeros_with(&[2], Kind::Float)?;
    leaf.set_requires_grad(true)?;
    manual_seed(1)?;
    let randn = Tensor::randn_with(&[3, 5], Kind::Double)?;
    let cases: Vec<(&str, Tensor)> = vec![
        ("float_frac", arange(12, Kind::Float)?.reshape(&[3, 4])? / 3.0),
        ("int64", Tensor::arange_with(-5, 5, 1, Kind::Int64)?),
        ("bool", Tensor::from_slice(&[true, false, true])),
        ("sci_small", Tensor::from_slice(&[1e-5f64, 1.0, 1e5])),
        ("int_big", Tensor::from_slice(&[1e10f32, 2.0])),
        (
            "nonfinite",
            Tensor::from_slice(&[1.0f32, f32::NAN, f32::INFINITY, f32::NEG_INFINITY, -2.5]),
        ),
        ("scalar", Tensor::full_with(&[], 3.5, Kind::Float)?),
        ("empty", Tensor::zeros_with(&[0], Kind::Float)?),
        ("empty2", Tensor::zeros_with(&[0, 3], Kind::Double)?),
        ("summary1d", arange(2000, Kind::Float)?),
        ("summary2d", arange(2000, Kind::Float)?.reshape(&[40, 50])? / 7.0),
        ("summary3d", arange(3000, Kind::Int64)?.reshape(&[10, 10, 30])?),
        ("cube", arange(24, Kind::Int)?.reshape(&[2, 3, 4])?),
        ("wide", arange(30, Kind::Float)? * 1.5),
        ("half", Tensor::from_slice(&[0.1f32, 2.5]).to_dtype(Kind::Half)?),
        ("uint8", Tensor::from_slice(&[0u8, 255, 7])),
        ("leaf", leaf),
        ("randn", randn),
        ("neg_zero", Tensor::from_slice(&[-0.0f32, 1.5])),
        ("nan_int", Tensor::from_slice(&[f32::NAN, 1.0, 20.0])),
        ("zeros", Tensor::zeros_with(&[3], Kind::Float)?),
        ("tiny", Tensor::from_slice(&[0.0f32, 1e-5, 1.0])),
        ("int_neg_zero", Tensor::from_slice(&[-0.0f64, 3.0])),
    ];
    for (name, tensor) in &cases {
        println!("## {name}\n{tensor}\n{tensor:?}");
    }
    Ok(())
}
