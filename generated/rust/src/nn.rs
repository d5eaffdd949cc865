// generated from spec/torch_api.yaml by sffi-gen; do not edit
//! Neural-network layers and losses as functions (torch.nn.functional).

use crate::error::*;
use crate::ffi;
use crate::Tensor;

/// 2-D convolution over a batch of images.
///
/// * `input`: Input of shape (N, C_in, H, W) or (C_in, H, W).
/// * `weight`: Filters of shape (C_out, C_in / groups, kH, kW).
/// * `bias`: Bias of shape (C_out), or 0 for none. Other tiers default it to `None`.
/// * `stride`: The stride (one value for both sides or two). Other tiers default it to `[1,
///   1]`.
/// * `padding`: Implicit zero padding on both sides. Other tiers default it to `[0, 0]`.
/// * `dilation`: The spacing between kernel elements. Other tiers default it to `[1, 1]`.
/// * `groups`: The number of blocked connections from input to output channels. Other tiers
///   default it to `1`.
///
/// Returns: A new tensor of shape (N, C_out, H_out, W_out).
///
/// Binds `rt_torch_nn_conv2d`; PyTorch: `torch.nn.functional.conv2d`.
pub fn conv2d(input: &Tensor, weight: &Tensor, bias: Option<&Tensor>, stride: &[i64], padding: &[i64], dilation: &[i64], groups: i64) -> Result<Tensor, TorchError> {
    Tensor::from_result(unsafe { ffi::rt_torch_nn_conv2d(input.handle, weight.handle, bias.map_or(0, |t| t.handle), stride.as_ptr(), len_arg(stride.len()), padding.as_ptr(), len_arg(padding.len()), dilation.as_ptr(), len_arg(dilation.len()), groups) })
}

/// 2-D max pooling.
///
/// * `input`: Input of shape (N, C, H, W) or (C, H, W).
/// * `kernel_size`: The window size (one or two values).
/// * `stride`: The window stride; empty means kernel_size. Other tiers default it to `[]`.
/// * `padding`: Implicit negative-infinity padding. Other tiers default it to `[0, 0]`.
///
/// Returns: A new tensor.
///
/// Binds `rt_torch_nn_max_pool2d`; PyTorch: `torch.nn.functional.max_pool2d`.
pub fn max_pool2d(input: &Tensor, kernel_size: &[i64], stride: &[i64], padding: &[i64]) -> Result<Tensor, TorchError> {
    Tensor::from_result(unsafe { ffi::rt_torch_nn_max_pool2d(input.handle, kernel_size.as_ptr(), len_arg(kernel_size.len()), stride.as_ptr(), len_arg(stride.len()), padding.as_ptr(), len_arg(padding.len())) })
}

/// 2-D average pooling.
///
/// * `input`: Input of shape (N, C, H, W) or (C, H, W).
/// * `kernel_size`: The window size (one or two values).
/// * `stride`: The window stride; empty means kernel_size. Other tiers default it to `[]`.
/// * `padding`: Implicit zero padding. Other tiers default it to `[0, 0]`.
///
/// Returns: A new tensor.
///
/// Binds `rt_torch_nn_avg_pool2d`; PyTorch: `torch.nn.functional.avg_pool2d`.
pub fn avg_pool2d(input: &Tensor, kernel_size: &[i64], stride: &[i64], padding: &[i64]) -> Result<Tensor, TorchError> {
    Tensor::from_result(unsafe { ffi::rt_torch_nn_avg_pool2d(input.handle, kernel_size.as_ptr(), len_arg(kernel_size.len()), stride.as_ptr(), len_arg(stride.len()), padding.as_ptr(), len_arg(padding.len())) })
}

/// Batch normalisation over the channel dimension, updating running statistics in training.
///
/// * `input`: Input of shape (N, C, ...).
/// * `running_mean`: Running mean of shape (C), updated in place when training; 0 for none.
/// * `running_var`: Running variance of shape (C), updated in place when training; 0 for none.
/// * `weight`: Scale of shape (C), or 0 for none. Other tiers default it to `None`.
/// * `bias`: Shift of shape (C), or 0 for none. Other tiers default it to `None`.
/// * `training`: Use batch statistics (true) or the running ones (false). Other tiers default
///   it to `false`.
/// * `momentum`: The weight of the new batch in the running statistics. Other tiers default it
///   to `0.1`.
/// * `eps`: Added to the variance for numerical stability. Other tiers default it to `1e-05`.
///
/// Returns: A new tensor shaped like input.
///
/// Binds `rt_torch_nn_batch_norm`; PyTorch: `torch.nn.functional.batch_norm`.
#[allow(clippy::too_many_arguments)]
pub fn batch_norm(input: &Tensor, running_mean: Option<&Tensor>, running_var: Option<&Tensor>, weight: Option<&Tensor>, bias: Option<&Tensor>, training: bool, momentum: f64, eps: f64) -> Result<Tensor, TorchError> {
    Tensor::from_result(unsafe { ffi::rt_torch_nn_batch_norm(input.handle, running_mean.map_or(0, |t| t.handle), running_var.map_or(0, |t| t.handle), weight.map_or(0, |t| t.handle), bias.map_or(0, |t| t.handle), training, momentum, eps) })
}

/// Layer normalisation over the trailing dimensions.
///
/// * `input`: The input.
/// * `normalized_shape`: The trailing shape to normalise over.
/// * `weight`: Scale shaped like normalized_shape, or 0 for none. Other tiers default it to
///   `None`.
/// * `bias`: Shift shaped like normalized_shape, or 0 for none. Other tiers default it to
///   `None`.
/// * `eps`: Added to the variance for numerical stability. Other tiers default it to `1e-05`.
///
/// Returns: A new tensor shaped like input.
///
/// Binds `rt_torch_nn_layer_norm`; PyTorch: `torch.nn.functional.layer_norm`.
pub fn layer_norm(input: &Tensor, normalized_shape: &[i64], weight: Option<&Tensor>, bias: Option<&Tensor>, eps: f64) -> Result<Tensor, TorchError> {
    Tensor::from_result(unsafe { ffi::rt_torch_nn_layer_norm(input.handle, normalized_shape.as_ptr(), len_arg(normalized_shape.len()), weight.map_or(0, |t| t.handle), bias.map_or(0, |t| t.handle), eps) })
}

/// Zeroes elements with probability p and scales the rest by 1/(1-p) when training.
///
/// * `input`: The input.
/// * `p`: The drop probability, in [0, 1]. Other tiers default it to `0.5`.
/// * `training`: Apply dropout (true) or return the input unchanged (false). Other tiers
///   default it to `true`.
///
/// Returns: A new tensor; reproducible after rt_torch_manual_seed.
///
/// Binds `rt_torch_nn_dropout`; PyTorch: `torch.nn.functional.dropout`.
pub fn dropout(input: &Tensor, p: f64, training: bool) -> Result<Tensor, TorchError> {
    Tensor::from_result(unsafe { ffi::rt_torch_nn_dropout(input.handle, p, training) })
}

/// The affine map input @ weight^T + bias.
///
/// * `input`: Input of shape (..., in_features).
/// * `weight`: Weights of shape (out_features, in_features).
/// * `bias`: Bias of shape (out_features), or 0 for none. Other tiers default it to `None`.
///
/// Returns: A new tensor of shape (..., out_features).
///
/// Deviation from the reference: bias is optional (0 for none), as in
/// torch.nn.functional.linear; the reference required a bias handle.
///
/// Binds `rt_torch_nn_linear`; PyTorch: `torch.nn.functional.linear`.
pub fn linear(input: &Tensor, weight: &Tensor, bias: Option<&Tensor>) -> Result<Tensor, TorchError> {
    Tensor::from_result(unsafe { ffi::rt_torch_nn_linear(input.handle, weight.handle, bias.map_or(0, |t| t.handle)) })
}

/// Looks up rows of an embedding table by index.
///
/// * `input`: An int64 tensor of indices into the table.
/// * `weight`: The table, of shape (num_embeddings, embedding_dim).
///
/// Returns: A new tensor of shape input.shape + (embedding_dim,).
///
/// Binds `rt_torch_nn_embedding`; PyTorch: `torch.nn.functional.embedding`.
pub fn embedding(input: &Tensor, weight: &Tensor) -> Result<Tensor, TorchError> {
    Tensor::from_result(unsafe { ffi::rt_torch_nn_embedding(input.handle, weight.handle) })
}

/// Mean squared error between input and target.
///
/// * `input`: The prediction.
/// * `target`: The target, broadcastable to input.
///
/// Returns: A new 0-d tensor that can be backpropagated (read it with
/// rt_torch_torchtensor_item).
///
/// Deviation from the reference: The reference returned a plain f64, which cut the loss from
/// the autograd graph so it could not be backpropagated. This entry returns a 0-d tensor
/// handle; take its value with rt_torch_torchtensor_item.
///
/// Binds `rt_torch_nn_mse_loss`; PyTorch: `torch.nn.functional.mse_loss`.
pub fn mse_loss(input: &Tensor, target: &Tensor) -> Result<Tensor, TorchError> {
    Tensor::from_result(unsafe { ffi::rt_torch_nn_mse_loss(input.handle, target.handle) })
}

/// Cross-entropy between logits and class indices (mean over the batch).
///
/// * `input`: Logits of shape (N, C) or (C).
/// * `target`: int64 class indices of shape (N) or (), or class probabilities shaped like
///   input.
///
/// Returns: A new 0-d tensor that can be backpropagated.
///
/// Deviation from the reference: The reference returned a plain f64, which cut the loss from
/// the autograd graph so it could not be backpropagated. This entry returns a 0-d tensor
/// handle; take its value with rt_torch_torchtensor_item.
///
/// Binds `rt_torch_nn_cross_entropy`; PyTorch: `torch.nn.functional.cross_entropy`.
pub fn cross_entropy(input: &Tensor, target: &Tensor) -> Result<Tensor, TorchError> {
    Tensor::from_result(unsafe { ffi::rt_torch_nn_cross_entropy(input.handle, target.handle) })
}

/// Binary cross-entropy between probabilities and targets (mean).
///
/// * `input`: Probabilities in [0, 1].
/// * `target`: Targets in [0, 1], shaped like input.
///
/// Returns: A new 0-d tensor that can be backpropagated.
///
/// Deviation from the reference: The reference returned a plain f64, which cut the loss from
/// the autograd graph so it could not be backpropagated. This entry returns a 0-d tensor
/// handle; take its value with rt_torch_torchtensor_item.
///
/// Binds `rt_torch_nn_binary_cross_entropy`; PyTorch: `torch.nn.functional.binary_cross_entropy`.
pub fn binary_cross_entropy(input: &Tensor, target: &Tensor) -> Result<Tensor, TorchError> {
    Tensor::from_result(unsafe { ffi::rt_torch_nn_binary_cross_entropy(input.handle, target.handle) })
}

/// Negative log-likelihood of log-probabilities at class indices (mean).
///
/// * `input`: Log-probabilities of shape (N, C) or (C).
/// * `target`: int64 class indices of shape (N) or ().
///
/// Returns: A new 0-d tensor that can be backpropagated.
///
/// Deviation from the reference: The reference returned a plain f64, which cut the loss from
/// the autograd graph so it could not be backpropagated. This entry returns a 0-d tensor
/// handle; take its value with rt_torch_torchtensor_item.
///
/// Binds `rt_torch_nn_nll_loss`; PyTorch: `torch.nn.functional.nll_loss`.
pub fn nll_loss(input: &Tensor, target: &Tensor) -> Result<Tensor, TorchError> {
    Tensor::from_result(unsafe { ffi::rt_torch_nn_nll_loss(input.handle, target.handle) })
}
