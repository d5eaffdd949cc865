//! Neural-network functions and losses.

use torch_sffi::{nn, Reduction, Tensor};
use torch_sffi_tests::*;

fn grid(n: i64) -> Tensor {
    Tensor::arange(0.0, (n * n) as f64, 1.0).unwrap().reshape(&[1, 1, n, n]).unwrap()
}

#[test]
fn convolution_and_pooling() {
    let x = Tensor::ones(&[1, 1, 3, 3]).unwrap();
    let w = Tensor::ones(&[1, 1, 2, 2]).unwrap();
    let y = nn::conv2d(&x, &w, None, &[1, 1], &[0, 0], &[1, 1], 1).unwrap();
    assert_eq!(y.shape().unwrap(), vec![1, 1, 2, 2]);
    assert_close(&values(&y), &[4.0; 4]);
    let bias = Tensor::full(&[1], 0.5).unwrap();
    let y = nn::conv2d(&x, &w, Some(&bias), &[1, 1], &[1, 1], &[1, 1], 1).unwrap();
    assert_eq!(y.shape().unwrap(), vec![1, 1, 4, 4]);
    assert_close(&values(&y)[..4], &[1.5, 2.5, 2.5, 1.5]);
    assert_close(&values(&nn::max_pool2d(&grid(4), &[2, 2], &[], &[0, 0]).unwrap()), &[5.0, 7.0, 13.0, 15.0]);
    assert_close(&values(&nn::avg_pool2d(&grid(4), &[2, 2], &[2, 2], &[0, 0]).unwrap()), &[2.5, 4.5, 10.5, 12.5]);
}

#[test]
fn linear_embedding_and_dropout() {
    let x = tensor(&[1.0, 2.0], &[1, 2]);
    let w = tensor(&[1.0, 0.0, 0.0, 1.0, 1.0, 1.0], &[3, 2]);
    let b = tensor(&[0.0, 0.0, 1.0], &[3]);
    assert_close(&values(&nn::linear(&x, &w, &b).unwrap()), &[1.0, 2.0, 4.0]);
    assert_close(&values(&nn::linear_v2(&x, &w, Some(&b)).unwrap()), &[1.0, 2.0, 4.0]);
    assert_close(&values(&nn::linear_v2(&x, &w, None).unwrap()), &[1.0, 2.0, 3.0]);
    let table = tensor(&[0.0, 0.0, 1.0, 1.0, 2.0, 2.0], &[3, 2]);
    let ids = Tensor::from_i64(&[2, 0], &[2]).unwrap();
    assert_close(&values(&nn::embedding(&ids, &table).unwrap()), &[2.0, 2.0, 0.0, 0.0]);
    assert_close(&values(&nn::dropout(&x, 0.5, false).unwrap()), &[1.0, 2.0]);
    assert_close(&values(&nn::dropout(&x, 1.0, true).unwrap()), &[0.0, 0.0]);
}

#[test]
fn normalisation() {
    let x = tensor(&[1.0, 2.0, 3.0], &[1, 3]);
    let sd = (2.0f64 / 3.0 + 1e-5).sqrt();
    let expected = [-1.0 / sd, 0.0, 1.0 / sd];
    assert_close(&values(&nn::layer_norm(&x, &[3], None, None, 1e-5).unwrap()), &expected);
    // Evaluation mode: (x - running_mean) / sqrt(running_var + eps) per channel.
    let input = tensor(&[1.0, 2.0, 3.0, 4.0], &[2, 2]);
    let mean = tensor(&[1.0, 2.0], &[2]);
    let var = tensor(&[4.0, 1.0], &[2]);
    let y = nn::batch_norm(&input, Some(&mean), Some(&var), None, None, false, 0.1, 0.0).unwrap();
    assert_close(&values(&y), &[0.0, 0.0, 1.0, 2.0]);
}

#[test]
fn losses_are_differentiable_tensors() {
    let pred = tensor(&[1.0, 2.0], &[2]);
    let target = tensor(&[3.0, 2.0], &[2]);
    // The reference's losses are numbers; the full forms are tensors, reduced as asked.
    assert_eq!(nn::mse_loss(&pred, &target).unwrap(), 2.0);
    assert_eq!(nn::mse_loss_v2(&pred, &target, Reduction::Mean).unwrap().item().unwrap(), 2.0);
    assert_eq!(nn::mse_loss_v2(&pred, &target, Reduction::Sum).unwrap().item().unwrap(), 4.0);
    assert_close(&values(&nn::mse_loss_v2(&pred, &target, Reduction::None).unwrap()), &[4.0, 0.0]);
    let logits = tensor(&[0.0, 0.0], &[1, 2]);
    let class = Tensor::from_i64(&[1], &[1]).unwrap();
    let ln2 = std::f64::consts::LN_2;
    assert!((nn::cross_entropy(&logits, &class).unwrap() - ln2).abs() < 1e-12);
    let loss = nn::cross_entropy_v2(&logits, &class, None, -100, Reduction::Mean, 0.0).unwrap();
    assert!((loss.item().unwrap() - ln2).abs() < 1e-12);
    let logp = logits.log_softmax(1).unwrap();
    assert!((nn::nll_loss(&logp, &class).unwrap() - ln2).abs() < 1e-12);
    // ignore_index drops the only target: the mean over no elements is NaN, as in PyTorch.
    assert!(nn::nll_loss_v2(&logp, &class, None, 1, Reduction::Mean).unwrap().item().unwrap().is_nan());
    let p = tensor(&[0.5], &[1]);
    let y = tensor(&[1.0], &[1]);
    assert!((nn::binary_cross_entropy(&p, &y).unwrap() - ln2).abs() < 1e-12);
    let weight = tensor(&[2.0], &[1]);
    let weighted = nn::binary_cross_entropy_v2(&p, &y, Some(&weight), Reduction::Sum).unwrap();
    assert!((weighted.item().unwrap() - 2.0 * ln2).abs() < 1e-12);
}
