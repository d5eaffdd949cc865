//! Gradients: tracking, backward, accumulation, zeroing, detaching and no-grad regions.

use torch_sffi::{autograd, nn, ErrorKind, Tensor};
use torch_sffi_tests::*;

fn leaf(data: &[f64]) -> Tensor {
    let mut x = tensor(data, &[data.len() as i64]);
    x.set_requires_grad(true).unwrap();
    x
}

#[test]
fn backward_accumulates_gradients_into_leaves() {
    let mut x = leaf(&[1.0, 2.0, 3.0]);
    assert!(x.requires_grad().unwrap());
    assert!(x.grad().unwrap().is_none(), "no gradient before backward");
    // y = sum(x * x): dy/dx = 2x
    let y = x.mul(&x).unwrap().sum_dim(0, false).unwrap();
    y.backward().unwrap();
    assert_close(&values(&x.grad().unwrap().unwrap()), &[2.0, 4.0, 6.0]);
    // A second backward accumulates.
    x.mul(&x).unwrap().sum_dim(0, false).unwrap().backward().unwrap();
    assert_close(&values(&x.grad().unwrap().unwrap()), &[4.0, 8.0, 12.0]);
    x.zero_grad().unwrap();
    assert_close(&values(&x.grad().unwrap().unwrap()), &[0.0, 0.0, 0.0]);
}

#[test]
fn loss_gradient_matches_the_formula() {
    // mse = mean((p - t)^2): d/dp = 2 (p - t) / n
    let p = leaf(&[1.0, 2.0, 4.0]);
    let t = tensor(&[1.0, 0.0, 1.0], &[3]);
    nn::mse_loss(&p, &t).unwrap().backward().unwrap();
    assert_close(&values(&p.grad().unwrap().unwrap()), &[0.0, 4.0 / 3.0, 2.0]);
}

#[test]
fn detach_and_no_grad_stop_tracking() {
    let x = leaf(&[1.0, 2.0]);
    assert!(!x.detach().unwrap().requires_grad().unwrap());
    {
        let _guard = autograd::no_grad().unwrap();
        assert!(!x.mul(&x).unwrap().requires_grad().unwrap());
        let _inner = autograd::no_grad().unwrap();
        assert!(!x.add(&x).unwrap().requires_grad().unwrap());
    }
    assert!(x.mul(&x).unwrap().requires_grad().unwrap());
    autograd::no_grad_begin().unwrap();
    assert!(!x.exp().unwrap().requires_grad().unwrap());
    autograd::no_grad_end().unwrap();
    assert!(x.exp().unwrap().requires_grad().unwrap());
}

#[test]
fn unmatched_no_grad_end_and_backward_without_grad_are_errors() {
    let error = failure(autograd::no_grad_end());
    assert_eq!(error.kind(), ErrorKind::Value);
    assert!(error.message().contains("no_grad_end"), "{error}");
    let plain = tensor(&[1.0], &[1]);
    let error = failure(plain.backward());
    assert_eq!(error.kind(), ErrorKind::Other);
    assert!(error.message().starts_with("rt_torch_autograd_backward: "), "{error}");
}
