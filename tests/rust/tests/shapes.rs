//! Shape manipulation, indexing and slicing.

use torch_sffi::{ErrorKind, Tensor};
use torch_sffi_tests::*;

fn counting(n: i64) -> Tensor {
    Tensor::arange(0.0, n as f64, 1.0).unwrap()
}

#[test]
fn sizes_and_reshapes() {
    let t = counting(6).reshape(&[2, 3]).unwrap();
    assert_eq!(t.ndim().unwrap(), 2);
    assert_eq!(t.numel().unwrap(), 6);
    assert_eq!(t.shape().unwrap(), vec![2, 3]);
    assert_eq!(t.view(&[3, -1]).unwrap().shape().unwrap(), vec![3, 2]);
    let p = t.permute(&[1, 0]).unwrap();
    assert_eq!(p.shape().unwrap(), vec![3, 2]);
    assert_close(&values(&p.contiguous().unwrap()), &[0.0, 3.0, 1.0, 4.0, 2.0, 5.0]);
    assert_close(&values(&p.flatten().unwrap()), &[0.0, 3.0, 1.0, 4.0, 2.0, 5.0]);
}

#[test]
fn squeeze_and_unsqueeze() {
    let t = Tensor::zeros(&[1, 3, 1]).unwrap();
    assert_eq!(t.squeeze().unwrap().shape().unwrap(), vec![3]);
    assert_eq!(t.squeeze_dim(0).unwrap().shape().unwrap(), vec![3, 1]);
    assert_eq!(t.unsqueeze(1).unwrap().shape().unwrap(), vec![1, 1, 3, 1]);
}

#[test]
fn view_v2_of_a_transposed_tensor_fails_and_names_reshape() {
    let t = counting(6).reshape(&[2, 3]).unwrap().t().unwrap();
    let error = failure(t.view_v2(&[6]));
    assert_eq!(error.kind(), ErrorKind::Other);
    assert!(error.message().starts_with("rt_torch_torchtensor_view_v2: "), "{error}");
    assert!(error.message().contains("reshape"), "{error}");
    assert_close(&values(&t.reshape(&[6]).unwrap()), &[0.0, 3.0, 1.0, 4.0, 2.0, 5.0]);
}

#[test]
fn the_reference_view_of_a_transposed_tensor_is_reshape() {
    let t = counting(6).reshape(&[2, 3]).unwrap().t().unwrap();
    assert_close(&values(&t.view(&[6]).unwrap()), &[0.0, 3.0, 1.0, 4.0, 2.0, 5.0]);
}

#[test]
fn slicing_selecting_and_gathering() {
    let t = counting(10);
    assert_close(&values(&t.slice(0, 1, 8, 3).unwrap()), &[1.0, 4.0, 7.0]);
    let m = counting(6).reshape(&[2, 3]).unwrap();
    let idx = Tensor::from_i64(&[2, 0], &[2]).unwrap();
    assert_close(&values(&m.index_select(1, &idx).unwrap()), &[2.0, 0.0, 5.0, 3.0]);
    let g = Tensor::from_i64(&[0, 0, 1, 0], &[2, 2]).unwrap();
    assert_close(&values(&m.gather(1, &g).unwrap()), &[0.0, 0.0, 4.0, 3.0]);
}

#[test]
fn joining_and_splitting() {
    let a = tensor(&[1.0, 2.0], &[2]);
    let b = tensor(&[3.0, 4.0], &[2]);
    assert_close(&values(&Tensor::cat(&[&a, &b], 0).unwrap()), &[1.0, 2.0, 3.0, 4.0]);
    let s = Tensor::stack(&[&a, &b], 1).unwrap();
    assert_eq!(s.shape().unwrap(), vec![2, 2]);
    assert_close(&values(&s), &[1.0, 3.0, 2.0, 4.0]);
    let pieces = counting(5).chunk(2, 0).unwrap();
    assert_eq!(pieces.len(), 2);
    assert_close(&values(&pieces[0]), &[0.0, 1.0, 2.0]);
    assert_close(&values(&pieces[1]), &[3.0, 4.0]);
    // Far more chunks than elements: one piece per element, and no buffer of 2^40 handles.
    assert_eq!(counting(3).chunk(1 << 40, 0).unwrap().len(), 3);
    // A result longer than the first buffer offered is read with a second call.
    assert_eq!(Tensor::zeros(&[70_000]).unwrap().chunk(70_000, 0).unwrap().len(), 70_000);
}
