//! Creation, element-wise arithmetic, activations, linear algebra and reductions, checked
//! against values computed by hand (and by PyTorch: the same numbers as torch's functions).

use torch_sffi::{manual_seed, Kind, Tensor};
use torch_sffi_tests::*;

// ------------------------------------------------------------------ creation

#[test]
fn zeros_ones_full_eye_have_shape_dtype_and_values() {
    let z = Tensor::zeros(&[2, 3]).unwrap();
    assert_eq!(z.shape().unwrap(), vec![2, 3]);
    assert_eq!(z.dtype().unwrap(), Kind::Float32);
    assert_close(&values(&z), &[0.0; 6]);
    assert_close(&values(&Tensor::ones(&[2]).unwrap()), &[1.0, 1.0]);
    assert_close(&values(&Tensor::full(&[3], 2.5).unwrap()), &[2.5, 2.5, 2.5]);
    assert_close(&values(&Tensor::eye(2).unwrap()), &[1.0, 0.0, 0.0, 1.0]);
    assert_eq!(Tensor::empty(&[4, 0]).unwrap().numel().unwrap(), 0);
}

#[test]
fn ranges_match_torch_arange_and_linspace() {
    assert_close(&values(&Tensor::arange(0.0, 1.0, 0.25).unwrap()), &[0.0, 0.25, 0.5, 0.75]);
    assert_close(&values(&Tensor::linspace(0.0, 1.0, 5).unwrap()), &[0.0, 0.25, 0.5, 0.75, 1.0]);
}

#[test]
fn random_tensors_are_reproducible_after_manual_seed() {
    manual_seed(7).unwrap();
    let a = values(&Tensor::randn(&[5]).unwrap());
    manual_seed(7).unwrap();
    let b = values(&Tensor::randn(&[5]).unwrap());
    assert_eq!(a, b);
    let u = values(&Tensor::rand(&[100]).unwrap());
    assert!(u.iter().all(|v| (0.0..1.0).contains(v)), "{u:?}");
}

#[test]
fn data_round_trips_in_float64_and_int64() {
    let t = tensor(&[1.5, -2.0, 3.25, 4.0], &[2, 2]);
    assert_eq!(t.dtype().unwrap(), Kind::Float64);
    assert_eq!(values(&t), vec![1.5, -2.0, 3.25, 4.0]);
    let i = Tensor::from_i64(&[1, -2, 3], &[3]).unwrap();
    assert_eq!(i.dtype().unwrap(), Kind::Int64);
    assert_eq!(i.data_i64().unwrap(), vec![1, -2, 3]);
    assert_eq!(t.to_dtype(Kind::Int64).unwrap().data_i64().unwrap(), vec![1, -2, 3, 4]);
    assert_eq!(tensor(&[42.0], &[]).item().unwrap(), 42.0);
}

#[test]
fn array_results_larger_than_the_first_buffer_are_read_whole() {
    // 1000 values: more than the crate's first buffer, so the call is repeated.
    let t = Tensor::arange(0.0, 1000.0, 1.0).unwrap();
    let v = values(&t);
    assert_eq!(v.len(), 1000);
    assert_eq!(v[999], 999.0);
    let shape = Tensor::zeros(&[1; 20]).unwrap().shape().unwrap();
    assert_eq!(shape, vec![1; 20]);
}

// ------------------------------------------------------------------ element-wise

#[test]
fn arithmetic_broadcasts() {
    let a = tensor(&[1.0, 2.0, 3.0, 4.0], &[2, 2]);
    let b = tensor(&[10.0, 20.0], &[2]);
    assert_close(&values(&a.add(&b).unwrap()), &[11.0, 22.0, 13.0, 24.0]);
    assert_close(&values(&a.sub(&b).unwrap()), &[-9.0, -18.0, -7.0, -16.0]);
    assert_close(&values(&a.mul(&b).unwrap()), &[10.0, 40.0, 30.0, 80.0]);
    assert_close(&values(&a.div(&b).unwrap()), &[0.1, 0.1, 0.3, 0.2]);
    assert_close(&values(&a.add_scalar(0.5).unwrap()), &[1.5, 2.5, 3.5, 4.5]);
    assert_close(&values(&a.mul_scalar(-2.0).unwrap()), &[-2.0, -4.0, -6.0, -8.0]);
}

#[test]
fn unary_functions() {
    let a = tensor(&[1.0, 4.0, 9.0], &[3]);
    assert_close(&values(&a.pow(2.0).unwrap()), &[1.0, 16.0, 81.0]);
    assert_close(&values(&a.sqrt().unwrap()), &[1.0, 2.0, 3.0]);
    assert_close(&values(&a.neg().unwrap().abs().unwrap()), &[1.0, 4.0, 9.0]);
    assert_close(&values(&a.log().unwrap().exp().unwrap()), &[1.0, 4.0, 9.0]);
    assert_close(&values(&tensor(&[0.0], &[1]).exp().unwrap()), &[1.0]);
}

// ------------------------------------------------------------------ activations

#[test]
fn activations_match_their_definitions() {
    let x = tensor(&[-2.0, 0.0, 1.0], &[3]);
    assert_close(&values(&x.relu().unwrap()), &[0.0, 0.0, 1.0]);
    assert_close(&values(&x.leaky_relu(0.1).unwrap()), &[-0.2, 0.0, 1.0]);
    let sig: Vec<f64> = [-2.0f64, 0.0, 1.0].iter().map(|v| 1.0 / (1.0 + (-v).exp())).collect();
    assert_close(&values(&x.sigmoid().unwrap()), &sig);
    let tanh: Vec<f64> = [-2.0f64, 0.0, 1.0].iter().map(|v| v.tanh()).collect();
    assert_close(&values(&x.tanh().unwrap()), &tanh);
    // torch.nn.functional.gelu(torch.tensor([-2., 0., 1.], dtype=torch.float64))
    assert_close(&values(&x.gelu().unwrap()), &[-0.04550026389635842, 0.0, 0.8413447460685429]);
}

#[test]
fn softmax_and_log_softmax() {
    let x = tensor(&[1.0, 2.0, 3.0], &[3]);
    let expected = [0.09003057317038046, 0.24472847105479764, 0.6652409557748219];
    assert_close(&values(&x.softmax(0).unwrap()), &expected);
    let logs: Vec<f64> = expected.iter().map(|v| v.ln()).collect();
    assert_close(&values(&x.log_softmax(-1).unwrap()), &logs);
}

// ------------------------------------------------------------------ linear algebra

#[test]
fn products_transposes_and_norm() {
    let a = tensor(&[1.0, 2.0, 3.0, 4.0], &[2, 2]);
    let b = tensor(&[5.0, 6.0, 7.0, 8.0], &[2, 2]);
    assert_close(&values(&a.matmul(&b).unwrap()), &[19.0, 22.0, 43.0, 50.0]);
    assert_close(&values(&a.t().unwrap()), &[1.0, 3.0, 2.0, 4.0]);
    assert_close(&values(&a.transpose(0, 1).unwrap()), &[1.0, 3.0, 2.0, 4.0]);
    let u = tensor(&[1.0, 2.0, 3.0], &[3]);
    let v = tensor(&[4.0, 5.0, 6.0], &[3]);
    assert_eq!(u.dot(&v).unwrap().item().unwrap(), 32.0);
    assert_eq!(tensor(&[3.0, 4.0], &[2]).norm().unwrap(), 5.0);
}

#[test]
fn det_inverse_svd_eig() {
    let a = tensor(&[1.0, 2.0, 3.0, 4.0], &[2, 2]);
    assert!((a.det().unwrap() + 2.0).abs() < 1e-12);
    assert_close(&values(&a.inverse().unwrap()), &[-2.0, 1.0, 1.5, -0.5]);
    // The full decomposition is a tuple (U, S, Vh); the reference's svd is its U.
    let (u, s, vh) = a.linalg_svd(false, None).unwrap();
    assert_eq!(s.shape().unwrap(), vec![2]);
    // torch.linalg.svd(torch.tensor([[1., 2.], [3., 4.]], dtype=torch.float64)).S
    assert_close(&values(&s), &[5.464985704219043, 0.365966190626258]);
    // U * S (scaling U's columns) @ Vh gives A back.
    assert_close(&values(&u.mul(&s).unwrap().matmul(&vh).unwrap()), &[1.0, 2.0, 3.0, 4.0]);
    assert_close(&values(&a.svd().unwrap()), &values(&u));
    let (eigenvalues, eigenvectors) = tensor(&[2.0, 0.0, 0.0, 3.0], &[2, 2]).linalg_eig().unwrap();
    assert_eq!(eigenvalues.dtype().unwrap(), Kind::Complex128);
    assert_eq!(eigenvectors.shape().unwrap(), vec![2, 2]);
    let mut real = values(&eigenvalues.real().unwrap());
    real.sort_by(f64::total_cmp);
    assert_close(&real, &[2.0, 3.0]);
    assert_close(&values(&eigenvalues.imag().unwrap()), &[0.0, 0.0]);
    let mut reference = values(&tensor(&[2.0, 0.0, 0.0, 3.0], &[2, 2]).eig().unwrap());
    reference.sort_by(f64::total_cmp);
    assert_close(&reference, &[2.0, 3.0]);
}

// ------------------------------------------------------------------ reductions

#[test]
fn whole_tensor_reductions() {
    let a = tensor(&[1.0, 2.0, 3.0, 4.0], &[2, 2]);
    assert_eq!(a.sum().unwrap(), 10.0);
    assert_eq!(a.mean().unwrap(), 2.5);
    assert_eq!(a.max().unwrap(), 4.0);
    assert_eq!(a.min().unwrap(), 1.0);
    assert!((a.std().unwrap() - 1.2909944487358056).abs() < 1e-12);
    assert!((a.var().unwrap() - 1.6666666666666667).abs() < 1e-12);
    // NaN is a legitimate result here (fewer than 2 elements), not an error.
    assert!(tensor(&[1.0], &[1]).std().unwrap().is_nan());
}

#[test]
fn reductions_along_a_dimension() {
    let a = tensor(&[1.0, 5.0, 3.0, 4.0, 2.0, 6.0], &[2, 3]);
    assert_close(&values(&a.sum_dim(1, false).unwrap()), &[9.0, 12.0]);
    assert_eq!(a.mean_dim(0, true).unwrap().shape().unwrap(), vec![1, 3]);
    assert_close(&values(&a.max_dim(1, false).unwrap()), &[5.0, 6.0]);
    assert_close(&values(&a.min_dim(0, false).unwrap()), &[1.0, 2.0, 3.0]);
    // The full forms return PyTorch's named tuple (values, indices).
    let (max, argmax) = a.max_dim_v2(1, false).unwrap();
    assert_close(&values(&max), &[5.0, 6.0]);
    assert_eq!(argmax.data_i64().unwrap(), vec![1, 2]);
    let (min, argmin) = a.min_dim_v2(0, true).unwrap();
    assert_eq!(min.shape().unwrap(), vec![1, 3]);
    assert_close(&values(&min), &[1.0, 2.0, 3.0]);
    assert_eq!(argmin.data_i64().unwrap(), vec![0, 1, 0]);
    assert_eq!(a.argmax(1, false).unwrap().data_i64().unwrap(), vec![1, 2]);
    assert_eq!(a.argmin(1, false).unwrap().data_i64().unwrap(), vec![0, 1]);
}
