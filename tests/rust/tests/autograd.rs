//! Gradients: tracking, backward, accumulation, zeroing, detaching and no-grad regions.

use torch_sffi::{autograd, nn, ErrorKind, Reduction, Tensor};
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
    nn::mse_loss_v2(&p, &t, Reduction::Mean).unwrap().backward().unwrap();
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
    autograd::no_grad_begin_v2().unwrap();
    assert!(!x.exp().unwrap().requires_grad().unwrap());
    autograd::no_grad_end_v2().unwrap();
    assert!(x.exp().unwrap().requires_grad().unwrap());
}

#[test]
fn the_reference_no_grad_region_is_one_guard_per_thread() {
    let x = leaf(&[1.0, 2.0]);
    autograd::no_grad_begin().unwrap();
    autograd::no_grad_begin().unwrap(); // idempotent
    assert!(!x.exp().unwrap().requires_grad().unwrap());
    autograd::no_grad_end().unwrap(); // one end deletes the guard
    assert!(x.exp().unwrap().requires_grad().unwrap());
    autograd::no_grad_end().unwrap(); // without a guard: nothing
    assert!(x.exp().unwrap().requires_grad().unwrap());
}

#[test]
fn unmatched_no_grad_end_and_backward_without_grad_are_errors() {
    let error = failure(autograd::no_grad_end_v2());
    assert_eq!(error.kind(), ErrorKind::Value);
    assert!(error.message().contains("no_grad_end"), "{error}");
    let plain = tensor(&[1.0], &[1]);
    let error = failure(plain.backward());
    assert_eq!(error.kind(), ErrorKind::Other);
    assert!(error.message().starts_with("rt_torch_autograd_backward: "), "{error}");
}

#[test]
fn sgd_steps_update_a_leaf_in_place_inside_no_grad() {
    // Three steps of SGD with momentum 0.9 and lr 0.1 on sum(x * x), as torch.optim.SGD makes
    // them: g = 2x; buf = g on the first step, then 0.9 buf + g; x -= 0.1 buf.
    let mut x = leaf(&[1.0, -2.0]);
    let error = failure(x.mul_scalar_(0.5));
    assert_eq!(error.kind(), ErrorKind::Other);
    assert!(error.message().contains("a leaf Variable that requires grad is being used in an in-place operation"), "{error}");
    let (mut expected, mut expected_buf) = ([1.0f64, -2.0], [0.0f64, 0.0]);
    let mut buf: Option<Tensor> = None;
    for step in 0..3 {
        x.set_grad(None).unwrap();
        x.mul(&x).unwrap().sum_all().unwrap().backward().unwrap();
        let grad = x.grad().unwrap().unwrap();
        let _guard = autograd::no_grad().unwrap();
        match buf.as_mut() {
            None => buf = Some(grad.try_clone().unwrap()),
            Some(b) => {
                b.mul_scalar_(0.9).unwrap();
                b.add_(&grad, 1.0).unwrap();
            }
        }
        x.add_(buf.as_ref().unwrap(), -0.1).unwrap();
        for i in 0..2 {
            let g = 2.0 * expected[i];
            expected_buf[i] = if step == 0 { g } else { 0.9 * expected_buf[i] + g };
            expected[i] -= 0.1 * expected_buf[i];
        }
    }
    assert_close(&values(&x), &expected);
    assert!(x.requires_grad().unwrap(), "still a leaf that requires grad");
}
