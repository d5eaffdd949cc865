//! Custom autograd functions with a Rust closure as backward (torch_sffi::custom_function).
//! One test function: the live-handle counts it checks are process-wide.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use torch_sffi::{autograd, custom_function, live_handles, ErrorKind, Tensor};
use torch_sffi_tests::*;

/// exp as a custom function: y = exp(x) computed with grad off, backward grad * y (y saved).
fn exp(x: &Tensor, calls: Arc<AtomicUsize>) -> Tensor {
    autograd::no_grad_begin_v2().unwrap();
    let y = x.exp();
    autograd::no_grad_end_v2().unwrap();
    let y = y.unwrap();
    let mut out = custom_function::apply(&[x], &[&y], &[Some(&y)], &[], Some("Exp"), move |grads, saved| {
        calls.fetch_add(1, Ordering::SeqCst);
        let g = grads[0].as_ref().expect("materialised");
        let y = saved[0].as_ref().expect("saved");
        Ok(vec![Some(g.mul(y)?)])
    })
    .unwrap();
    out.pop().unwrap()
}

#[test]
fn custom_function_gradients_errors_and_ownership() {
    let before = live_handles().unwrap();
    {
        let calls = Arc::new(AtomicUsize::new(0));
        let mut x = tensor(&[0.5, -1.0, 2.0], &[3]);
        x.set_requires_grad(true).unwrap();
        let y = exp(&x, calls.clone());
        assert!(y.requires_grad().unwrap());
        assert_close(&values(&y), &[0.5f64.exp(), (-1.0f64).exp(), 2.0f64.exp()]);
        y.sum_dim(0, false).unwrap().backward().unwrap();
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        assert_close(&values(&x.grad().unwrap().unwrap()), &[0.5f64.exp(), (-1.0f64).exp(), 2.0f64.exp()]);

        // An error from the closure (a failed bridge call in it) fails backward with its message.
        let mut failing = custom_function::apply(&[&x], &[&y.try_clone().unwrap()], &[], &[], None, |grads, _| {
            let g = grads[0].as_ref().expect("materialised");
            Ok(vec![Some(g.mul(&tensor(&[1.0, 2.0], &[2]))?)])
        })
        .unwrap();
        let err = failure(failing.pop().unwrap().sum_dim(0, false).unwrap().backward());
        assert!(err.message().contains("must match the size of tensor b (2)"), "{}", err.message());
        let z = {
            autograd::no_grad_begin_v2().unwrap();
            let z = x.mul_scalar(2.0);
            autograd::no_grad_end_v2().unwrap();
            z.unwrap()
        };
        let mut bad = custom_function::apply(&[&x], &[&z], &[], &[], Some("Bad"), |_, _| Ok(vec![None, None])).unwrap();
        let err = failure(bad.pop().unwrap().sum_dim(0, false).unwrap().backward());
        assert_eq!(err.kind(), ErrorKind::Value);
        assert!(err.message().contains("the backward returned 2 gradients for 1 inputs"), "{}", err.message());

        // A saved tensor changed in place: PyTorch's error.
        let mut y2 = exp(&x, calls.clone());
        autograd::no_grad_begin_v2().unwrap();
        let one = tensor(&[1.0, 1.0, 1.0], &[3]);
        y2.add_(&one, 1.0).unwrap();
        autograd::no_grad_end_v2().unwrap();
        let err = failure(y2.sum_dim(0, false).unwrap().backward());
        assert!(err.message().contains("modified by an inplace operation"), "{}", err.message());
        assert!(err.message().contains("output 0 of Exp"), "{}", err.message());
    }
    assert_eq!(live_handles().unwrap(), before, "every handle and closure is freed with its node");
}
