//! Helpers shared by the tests in tests/.

use torch_sffi::{Tensor, TorchError};

/// A float64 tensor from values and a shape.
pub fn tensor(data: &[f64], dims: &[i64]) -> Tensor {
    Tensor::from_data(data, dims).expect("from_data")
}

/// The values of a tensor, as float64, row-major.
pub fn values(t: &Tensor) -> Vec<f64> {
    t.data_f64().expect("data_f64")
}

/// Asserts that two float sequences agree to a relative and absolute tolerance.
#[track_caller]
pub fn assert_close(actual: &[f64], expected: &[f64]) {
    assert_eq!(actual.len(), expected.len(), "lengths differ: {actual:?} vs {expected:?}");
    for (i, (a, e)) in actual.iter().zip(expected).enumerate() {
        let tol = 1e-5 + 1e-5 * e.abs();
        assert!((a - e).abs() <= tol, "element {i}: {a} vs {e} (all: {actual:?} vs {expected:?})");
    }
}

/// The error of a call that must fail.
#[track_caller]
pub fn failure<T: std::fmt::Debug>(result: Result<T, TorchError>) -> TorchError {
    match result {
        Ok(value) => panic!("expected an error, got {value:?}"),
        Err(error) => error,
    }
}
