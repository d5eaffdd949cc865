// generated from spec/torch_api.yaml by sffi-gen; do not edit
//! Neural-network layers and losses as functions (torch.nn.functional).

use crate::convert::{len_arg, read_array};
use crate::error::{check_ambiguous, check_strict};
use crate::ffi;
use crate::{ConvPadding, EmbeddingBagMode, GridSampleMode, GridSamplePaddingMode, InterpolateMode, KlDivReduction, PadMode, Reduction, Scalar, Tensor, TorchError};

pub use crate::layers::{BatchNorm, BatchNormConfig, ConvConfig, Conv2d, Dropout, Embedding, Func, FuncT, LayerNorm, Linear, Module, ModuleT, Sequential, SequentialT, VarStore, func, func_t, seq, seq_t};
pub use crate::rnn::{Lstm, LstmConfig, LstmState};

/// 2-D convolution over a batch of images.
///
/// * `input`: Input of shape (N, C_in, H, W) or (C_in, H, W).
/// * `weight`: Filters of shape (C_out, C_in / groups, kH, kW).
/// * `bias`: Bias of shape (C_out), or None. PyTorch's default: `None`.
/// * `stride`: The stride (one value for both sides or two). One value stands for 2. PyTorch's
///   default: `&[1, 1]`.
/// * `padding`: Implicit zero padding on both sides. One value stands for 2. PyTorch's default:
///   `&[0, 0]`.
/// * `dilation`: The spacing between kernel elements. One value stands for 2. PyTorch's
///   default: `&[1, 1]`.
/// * `groups`: The number of blocked connections from input to output channels. PyTorch's
///   default: `1`.
///
/// Returns: A new tensor of shape (N, C_out, H_out, W_out).
///
/// Schema: `(Tensor input, Tensor weight, Tensor? bias=None, int[2] stride=[1, 1], int[2] padding=[0, 0], int[2] dilation=[1, 1], int groups=1) -> Tensor`.
/// Binds `rt_torch_nn_conv2d`; PyTorch: `torch.nn.functional.conv2d`.
pub fn conv2d(
    input: &Tensor,
    weight: &Tensor,
    bias: Option<&Tensor>,
    stride: &[i64],
    padding: &[i64],
    dilation: &[i64],
    groups: i64,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_conv2d(
            input.handle,
            weight.handle,
            bias.map_or(0, |t| t.handle),
            stride.as_ptr(),
            len_arg(stride.len()),
            padding.as_ptr(),
            len_arg(padding.len()),
            dilation.as_ptr(),
            len_arg(dilation.len()),
            groups,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 2-D max pooling.
///
/// * `input`: Input of shape (N, C, H, W) or (C, H, W).
/// * `kernel_size`: The window size (one or two values).
/// * `stride`: The window stride; empty means kernel_size. PyTorch's default: `&[]`.
/// * `padding`: Implicit negative-infinity padding. PyTorch's default: `&[0, 0]`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, int[] kernel_size, int[] stride=[], int[] padding=[0, 0]) -> Tensor`.
/// Binds `rt_torch_nn_max_pool2d`; PyTorch: `torch.nn.functional.max_pool2d`.
pub fn max_pool2d(
    input: &Tensor,
    kernel_size: &[i64],
    stride: &[i64],
    padding: &[i64],
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_max_pool2d(
            input.handle,
            kernel_size.as_ptr(),
            len_arg(kernel_size.len()),
            stride.as_ptr(),
            len_arg(stride.len()),
            padding.as_ptr(),
            len_arg(padding.len()),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 2-D average pooling.
///
/// * `input`: Input of shape (N, C, H, W) or (C, H, W).
/// * `kernel_size`: The window size (one or two values).
/// * `stride`: The window stride; empty means kernel_size. PyTorch's default: `&[]`.
/// * `padding`: Implicit zero padding. PyTorch's default: `&[0, 0]`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, int[] kernel_size, int[] stride=[], int[] padding=[0, 0]) -> Tensor`.
/// Binds `rt_torch_nn_avg_pool2d`; PyTorch: `torch.nn.functional.avg_pool2d`.
pub fn avg_pool2d(
    input: &Tensor,
    kernel_size: &[i64],
    stride: &[i64],
    padding: &[i64],
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_avg_pool2d(
            input.handle,
            kernel_size.as_ptr(),
            len_arg(kernel_size.len()),
            stride.as_ptr(),
            len_arg(stride.len()),
            padding.as_ptr(),
            len_arg(padding.len()),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Batch normalisation over the channel dimension, updating running statistics in training.
///
/// * `input`: Input of shape (N, C, ...).
/// * `running_mean`: Running mean of shape (C), updated in place when training; None for none.
/// * `running_var`: Running variance of shape (C), updated in place when training; None for
///   none.
/// * `weight`: Scale of shape (C), or None. PyTorch's default: `None`.
/// * `bias`: Shift of shape (C), or None. PyTorch's default: `None`.
/// * `training`: Use batch statistics (true) or the running ones (false). PyTorch's default:
///   `false`.
/// * `momentum`: The weight of the new batch in the running statistics. PyTorch's default:
///   `0.1`.
/// * `eps`: Added to the variance for numerical stability. PyTorch's default: `1e-05`.
///
/// Returns: A new tensor shaped like input.
///
/// Schema: `(Tensor input, Tensor? running_mean, Tensor? running_var, Tensor? weight=None, Tensor? bias=None, bool training=False, float momentum=0.1, float eps=1e-05) -> Tensor`.
/// Binds `rt_torch_nn_batch_norm`; PyTorch: `torch.nn.functional.batch_norm`.
#[allow(clippy::too_many_arguments)]
pub fn batch_norm(
    input: &Tensor,
    running_mean: Option<&Tensor>,
    running_var: Option<&Tensor>,
    weight: Option<&Tensor>,
    bias: Option<&Tensor>,
    training: bool,
    momentum: f64,
    eps: f64,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe {
        ffi::rt_torch_nn_batch_norm(
            input.handle,
            running_mean.map_or(0, |t| t.handle),
            running_var.map_or(0, |t| t.handle),
            weight.map_or(0, |t| t.handle),
            bias.map_or(0, |t| t.handle),
            training,
            momentum,
            eps,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Layer normalisation over the trailing dimensions.
///
/// * `input`: The input.
/// * `normalized_shape`: The trailing shape to normalise over.
/// * `weight`: Scale shaped like normalized_shape, or None. PyTorch's default: `None`.
/// * `bias`: Shift shaped like normalized_shape, or None. PyTorch's default: `None`.
/// * `eps`: Added to the variance for numerical stability. PyTorch's default: `1e-05`.
///
/// Returns: A new tensor shaped like input.
///
/// Schema: `(Tensor input, int[] normalized_shape, Tensor? weight=None, Tensor? bias=None, float eps=1e-05) -> Tensor`.
/// Binds `rt_torch_nn_layer_norm`; PyTorch: `torch.nn.functional.layer_norm`.
pub fn layer_norm(
    input: &Tensor,
    normalized_shape: &[i64],
    weight: Option<&Tensor>,
    bias: Option<&Tensor>,
    eps: f64,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_layer_norm(
            input.handle,
            normalized_shape.as_ptr(),
            len_arg(normalized_shape.len()),
            weight.map_or(0, |t| t.handle),
            bias.map_or(0, |t| t.handle),
            eps,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Zeroes elements with probability p and scales the rest by 1/(1-p) when training.
///
/// * `input`: The input.
/// * `p`: The drop probability, in \[0, 1\]. PyTorch's default: `0.5`.
/// * `training`: Apply dropout (true) or return the input unchanged (false). PyTorch's default:
///   `true`.
///
/// Returns: A new tensor; reproducible after rt_torch_manual_seed.
///
/// Schema: `(Tensor input, float p=0.5, bool training=True) -> Tensor`.
/// Binds `rt_torch_nn_dropout`; PyTorch: `torch.nn.functional.dropout`.
pub fn dropout(input: &Tensor, p: f64, training: bool) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_nn_dropout(input.handle, p, training) };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// The affine map input @ weight^T + bias, with a bias (rt_torch_nn_linear_v2 makes it
/// optional).
///
/// * `input`: Input of shape (..., in_features).
/// * `weight`: Weights of shape (out_features, in_features).
/// * `bias`: Bias of shape (out_features); required (0 is an invalid handle, as any bad
///   handle).
///
/// Returns: A new tensor of shape (..., out_features).
///
/// Schema: `(Tensor input, Tensor weight, Tensor bias) -> Tensor`.
/// Binds `rt_torch_nn_linear`; PyTorch: `torch.nn.functional.linear`.
pub fn linear(input: &Tensor, weight: &Tensor, bias: &Tensor) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_nn_linear(input.handle, weight.handle, bias.handle) };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Looks up rows of an embedding table by index.
///
/// * `input`: An int64 tensor of indices into the table.
/// * `weight`: The table, of shape (num_embeddings, embedding_dim).
///
/// Returns: A new tensor of shape input.shape + (embedding_dim,).
///
/// Schema: `(Tensor input, Tensor weight) -> Tensor`.
/// Binds `rt_torch_nn_embedding`; PyTorch: `torch.nn.functional.embedding`.
pub fn embedding(input: &Tensor, weight: &Tensor) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_nn_embedding(input.handle, weight.handle) };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Mean squared error between input and target.
///
/// * `input`: The prediction.
/// * `target`: The target, broadcastable to input.
///
/// Returns: The loss as a number, which cannot be backpropagated (rt_torch_nn_mse_loss_v2
/// returns it as a tensor).
///
/// Schema: `(Tensor input, Tensor target) -> float`.
/// Binds `rt_torch_nn_mse_loss`; PyTorch: `torch.nn.functional.mse_loss`.
pub fn mse_loss(input: &Tensor, target: &Tensor) -> Result<f64, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_nn_mse_loss(input.handle, target.handle) };
    check_ambiguous(value, value.is_nan())
}

/// Cross-entropy between logits and class indices (mean over the batch).
///
/// * `input`: Logits of shape (N, C) or (C).
/// * `target`: int64 class indices of shape (N) or (), or class probabilities shaped like
///   input.
///
/// Returns: The loss as a number, which cannot be backpropagated (rt_torch_nn_cross_entropy_v2
/// returns it as a tensor).
///
/// Schema: `(Tensor input, Tensor target) -> float`.
/// Binds `rt_torch_nn_cross_entropy`; PyTorch: `torch.nn.functional.cross_entropy`.
pub fn cross_entropy(input: &Tensor, target: &Tensor) -> Result<f64, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_nn_cross_entropy(input.handle, target.handle) };
    check_ambiguous(value, value.is_nan())
}

/// Binary cross-entropy between probabilities and targets (mean).
///
/// * `input`: Probabilities in \[0, 1\].
/// * `target`: Targets in \[0, 1\], shaped like input.
///
/// Returns: The loss as a number, which cannot be backpropagated
/// (rt_torch_nn_binary_cross_entropy_v2 returns it as a tensor).
///
/// Schema: `(Tensor input, Tensor target) -> float`.
/// Binds `rt_torch_nn_binary_cross_entropy`; PyTorch: `torch.nn.functional.binary_cross_entropy`.
pub fn binary_cross_entropy(input: &Tensor, target: &Tensor) -> Result<f64, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_nn_binary_cross_entropy(input.handle, target.handle) };
    check_ambiguous(value, value.is_nan())
}

/// Negative log-likelihood of log-probabilities at class indices (mean).
///
/// * `input`: Log-probabilities of shape (N, C) or (C).
/// * `target`: int64 class indices of shape (N) or ().
///
/// Returns: The loss as a number, which cannot be backpropagated (rt_torch_nn_nll_loss_v2
/// returns it as a tensor).
///
/// Schema: `(Tensor input, Tensor target) -> float`.
/// Binds `rt_torch_nn_nll_loss`; PyTorch: `torch.nn.functional.nll_loss`.
pub fn nll_loss(input: &Tensor, target: &Tensor) -> Result<f64, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_nn_nll_loss(input.handle, target.handle) };
    check_ambiguous(value, value.is_nan())
}

/// 2-D convolution with padding given by name.
///
/// * `input`: The input, of shape (N, C_in, H, W) or (C_in, H, W).
/// * `weight`: The filters, of shape (C_out, C_in / groups, kH, kW).
/// * `bias`: The bias of shape (C_out); None for none. PyTorch's default: `None`.
/// * `stride`: The step of the window. One value stands for 2. PyTorch's default: `&[1]`.
/// * `padding`: valid for no padding; same to keep the input's size (only with stride 1).
///   PyTorch's default: `ConvPadding::Valid`.
/// * `dilation`: The spacing between kernel elements. One value stands for 2. PyTorch's
///   default: `&[1]`.
/// * `groups`: The number of blocked connections from input to output channels. PyTorch's
///   default: `1`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, Tensor weight, Tensor? bias=None, int[2] stride=1, conv_padding padding='valid', int[2] dilation=1, int groups=1) -> Tensor`.
/// Binds `rt_torch_nn_conv2d_padding`; PyTorch: `torch.nn.functional.conv2d` (ATen `conv2d.padding`).
pub fn conv2d_padding(
    input: &Tensor,
    weight: &Tensor,
    bias: Option<&Tensor>,
    stride: &[i64],
    padding: ConvPadding,
    dilation: &[i64],
    groups: i64,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_conv2d_padding(
            input.handle,
            weight.handle,
            bias.map_or(0, |t| t.handle),
            stride.as_ptr(),
            len_arg(stride.len()),
            padding.as_c_str().as_ptr(),
            dilation.as_ptr(),
            len_arg(dilation.len()),
            groups,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 2-D max pooling with dilation and ceil mode.
///
/// * `input`: The input, of shape (N, C, H, W) or (C, H, W).
/// * `kernel_size`: The size of the window. One value stands for 2.
/// * `stride`: The step of the window; None for kernel_size. One value stands for 2. PyTorch's
///   default: `None`.
/// * `padding`: Implicit negative-infinity padding on both sides; at most half the kernel size.
///   One value stands for 2. PyTorch's default: `&[0]`.
/// * `dilation`: The spacing between window elements. One value stands for 2. PyTorch's
///   default: `&[1]`.
/// * `ceil_mode`: Round the output size up instead of down. PyTorch's default: `false`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, int[2] kernel_size, int[2]? stride=None, int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> Tensor`.
/// Binds `rt_torch_nn_max_pool2d_v2`; PyTorch: `torch.nn.functional.max_pool2d` (ATen `max_pool2d`).
pub fn max_pool2d_v2(
    input: &Tensor,
    kernel_size: &[i64],
    stride: Option<&[i64]>,
    padding: &[i64],
    dilation: &[i64],
    ceil_mode: bool,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_max_pool2d_v2(
            input.handle,
            kernel_size.as_ptr(),
            len_arg(kernel_size.len()),
            stride.unwrap_or_default().as_ptr(),
            len_arg(stride.unwrap_or_default().len()),
            stride.is_some(),
            padding.as_ptr(),
            len_arg(padding.len()),
            dilation.as_ptr(),
            len_arg(dilation.len()),
            ceil_mode,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 2-D max pooling that also returns where each maximum came from.
///
/// * `input`: The input, of shape (N, C, H, W) or (C, H, W).
/// * `kernel_size`: The size of the window. One value stands for 2.
/// * `stride`: The step of the window; None for kernel_size. One value stands for 2. PyTorch's
///   default: `None`.
/// * `padding`: Implicit negative-infinity padding on both sides; at most half the kernel size.
///   One value stands for 2. PyTorch's default: `&[0]`.
/// * `dilation`: The spacing between window elements. One value stands for 2. PyTorch's
///   default: `&[1]`.
/// * `ceil_mode`: Round the output size up instead of down. PyTorch's default: `false`.
///
/// Returns the tuple `(output, indices)`:
/// * `output`: The maxima.
/// * `indices`: Their int64 positions in each flattened input plane.
///
/// Schema: `(Tensor input, int[2] kernel_size, int[2]? stride=None, int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> (Tensor output, Tensor indices)`.
/// Binds `rt_torch_nn_max_pool2d_with_indices`; PyTorch: `torch.nn.functional.max_pool2d` (ATen `max_pool2d_with_indices`).
pub fn max_pool2d_with_indices(
    input: &Tensor,
    kernel_size: &[i64],
    stride: Option<&[i64]>,
    padding: &[i64],
    dilation: &[i64],
    ceil_mode: bool,
) -> Result<(Tensor, Tensor), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it; `out` holds `out_capacity` writable elements (read_array).
    let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
        ffi::rt_torch_nn_max_pool2d_with_indices(
            input.handle,
            kernel_size.as_ptr(),
            len_arg(kernel_size.len()),
            stride.unwrap_or_default().as_ptr(),
            len_arg(stride.unwrap_or_default().len()),
            stride.is_some(),
            padding.as_ptr(),
            len_arg(padding.len()),
            dilation.as_ptr(),
            len_arg(dilation.len()),
            ceil_mode,
            out,
            out_capacity,
        )
    }).and_then(Tensor::from_tuple::<2>)?;
    Ok((t0, t1))
}

/// 2-D average pooling with ceil mode, padding counting and a divisor override.
///
/// * `input`: The input, of shape (N, C, H, W) or (C, H, W).
/// * `kernel_size`: The size of the window. One value stands for 2.
/// * `stride`: The step of the window; None for kernel_size. One value stands for 2. PyTorch's
///   default: `None`.
/// * `padding`: Implicit zero padding on both sides; at most half the kernel size. One value
///   stands for 2. PyTorch's default: `&[0]`.
/// * `ceil_mode`: Round the output size up instead of down. PyTorch's default: `false`.
/// * `count_include_pad`: Count the zero padding in the average. PyTorch's default: `true`.
/// * `divisor_override`: Divide by this instead of the window size; None for the window size.
///   PyTorch's default: `None`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, int[2] kernel_size, int[2]? stride=None, int[2] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None) -> Tensor`.
/// Binds `rt_torch_nn_avg_pool2d_v2`; PyTorch: `torch.nn.functional.avg_pool2d` (ATen `avg_pool2d`).
pub fn avg_pool2d_v2(
    input: &Tensor,
    kernel_size: &[i64],
    stride: Option<&[i64]>,
    padding: &[i64],
    ceil_mode: bool,
    count_include_pad: bool,
    divisor_override: Option<i64>,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_avg_pool2d_v2(
            input.handle,
            kernel_size.as_ptr(),
            len_arg(kernel_size.len()),
            stride.unwrap_or_default().as_ptr(),
            len_arg(stride.unwrap_or_default().len()),
            stride.is_some(),
            padding.as_ptr(),
            len_arg(padding.len()),
            ceil_mode,
            count_include_pad,
            divisor_override.unwrap_or_default(),
            divisor_override.is_some(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Looks up rows of an embedding table, with padding index, max-norm renormalisation and sparse
/// gradients as F.embedding has them.
///
/// * `input`: int64 indices into the table.
/// * `weight`: The table, of shape (num_embeddings, embedding_dim).
/// * `padding_idx`: A row that gets no gradient (negative values count from the end); None for
///   none. PyTorch's default: `None`.
/// * `max_norm`: Renormalise, in place, every looked-up row whose norm exceeds this; None for
///   never. PyTorch's default: `None`.
/// * `norm_type`: The p of the p-norm for max_norm. PyTorch's default: `2.0`.
/// * `scale_grad_by_freq`: Scale gradients by the inverse frequency of the indices in the
///   batch. PyTorch's default: `false`.
/// * `sparse`: Make the gradient of weight a sparse tensor. PyTorch's default: `false`.
///
/// Returns: A new tensor of shape (*input.shape, embedding_dim).
///
/// Schema: `(Tensor input, Tensor weight, int? padding_idx=None, float? max_norm=None, float norm_type=2.0, bool scale_grad_by_freq=False, bool sparse=False) -> Tensor`.
/// Binds `rt_torch_nn_embedding_v2`; PyTorch: `torch.nn.functional.embedding` (ATen `embedding`).
pub fn embedding_v2(
    input: &Tensor,
    weight: &Tensor,
    padding_idx: Option<i64>,
    max_norm: Option<f64>,
    norm_type: f64,
    scale_grad_by_freq: bool,
    sparse: bool,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe {
        ffi::rt_torch_nn_embedding_v2(
            input.handle,
            weight.handle,
            padding_idx.unwrap_or_default(),
            padding_idx.is_some(),
            max_norm.unwrap_or_default(),
            max_norm.is_some(),
            norm_type,
            scale_grad_by_freq,
            sparse,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// The affine map input @ weight^T + bias, with an optional bias.
///
/// * `input`: Input of shape (..., in_features).
/// * `weight`: Weights of shape (out_features, in_features).
/// * `bias`: Bias of shape (out_features); None for none. PyTorch's default: `None`.
///
/// Returns: A new tensor of shape (..., out_features).
///
/// Schema: `(Tensor input, Tensor weight, Tensor? bias=None) -> Tensor`.
/// Binds `rt_torch_nn_linear_v2`; PyTorch: `torch.nn.functional.linear` (ATen `linear`).
pub fn linear_v2(
    input: &Tensor,
    weight: &Tensor,
    bias: Option<&Tensor>,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe {
        ffi::rt_torch_nn_linear_v2(input.handle, weight.handle, bias.map_or(0, |t| t.handle))
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Mean squared error between input and target, reduced as asked, as a tensor that can be
/// backpropagated.
///
/// * `input`: The prediction.
/// * `target`: The target, broadcastable to input (with PyTorch's warning when the sizes
///   differ).
/// * `reduction`: none for the element-wise losses, mean or sum to reduce them. Keyword-only in
///   PyTorch. PyTorch's default: `Reduction::Mean`.
///
/// Returns: A new tensor (0-d when reduced).
///
/// Schema: `(Tensor input, Tensor target, *, reduction reduction='mean') -> Tensor`.
/// Binds `rt_torch_nn_mse_loss_v2`; PyTorch: `torch.nn.functional.mse_loss` (ATen `mse_loss`).
pub fn mse_loss_v2(
    input: &Tensor,
    target: &Tensor,
    reduction: Reduction,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_mse_loss_v2(input.handle, target.handle, reduction.as_c_str().as_ptr())
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Cross-entropy between logits and class indices or probabilities, with class weights, an
/// ignored index and label smoothing.
///
/// * `input`: Logits of shape (N, C), (C) or (N, C, d1, ...).
/// * `target`: int64 class indices of shape (N), () or (N, d1, ...), or class probabilities
///   shaped like input.
/// * `weight`: A weight per class, of shape (C); None for equal weights. PyTorch's default:
///   `None`.
/// * `ignore_index`: A class index that contributes nothing (class-index targets only).
///   Keyword-only in PyTorch. PyTorch's default: `-100`.
/// * `reduction`: none for the per-sample losses, mean or sum to reduce them. Keyword-only in
///   PyTorch. PyTorch's default: `Reduction::Mean`.
/// * `label_smoothing`: How much of the target mass to spread uniformly over the classes, in
///   \[0, 1\]. Keyword-only in PyTorch. PyTorch's default: `0.0`.
///
/// Returns: A new tensor (0-d when reduced).
///
/// Schema: `(Tensor input, Tensor target, Tensor? weight=None, *, int ignore_index=-100, reduction reduction='mean', float label_smoothing=0.0) -> Tensor`.
/// Binds `rt_torch_nn_cross_entropy_v2`; PyTorch: `torch.nn.functional.cross_entropy` (ATen `cross_entropy_loss`).
pub fn cross_entropy_v2(
    input: &Tensor,
    target: &Tensor,
    weight: Option<&Tensor>,
    ignore_index: i64,
    reduction: Reduction,
    label_smoothing: f64,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_cross_entropy_v2(
            input.handle,
            target.handle,
            weight.map_or(0, |t| t.handle),
            ignore_index,
            reduction.as_c_str().as_ptr(),
            label_smoothing,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Binary cross-entropy between probabilities and targets, with element weights, reduced as
/// asked.
///
/// * `input`: Probabilities in \[0, 1\].
/// * `target`: Targets in \[0, 1\], shaped like input.
/// * `weight`: A weight per element, broadcastable to input; None for equal weights. PyTorch's
///   default: `None`.
/// * `reduction`: none for the element-wise losses, mean or sum to reduce them. Keyword-only in
///   PyTorch. PyTorch's default: `Reduction::Mean`.
///
/// Returns: A new tensor (0-d when reduced).
///
/// Schema: `(Tensor input, Tensor target, Tensor? weight=None, *, reduction reduction='mean') -> Tensor`.
/// Binds `rt_torch_nn_binary_cross_entropy_v2`; PyTorch: `torch.nn.functional.binary_cross_entropy` (ATen `binary_cross_entropy`).
pub fn binary_cross_entropy_v2(
    input: &Tensor,
    target: &Tensor,
    weight: Option<&Tensor>,
    reduction: Reduction,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_binary_cross_entropy_v2(
            input.handle,
            target.handle,
            weight.map_or(0, |t| t.handle),
            reduction.as_c_str().as_ptr(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Negative log-likelihood of log-probabilities at class indices, with class weights and an
/// ignored index.
///
/// * `input`: Log-probabilities of shape (N, C), (C) or (N, C, d1, ...).
/// * `target`: int64 class indices of shape (N), () or (N, d1, ...).
/// * `weight`: A weight per class, of shape (C); None for equal weights. PyTorch's default:
///   `None`.
/// * `ignore_index`: A class index that contributes nothing. Keyword-only in PyTorch. PyTorch's
///   default: `-100`.
/// * `reduction`: none for the per-sample losses, mean or sum to reduce them. Keyword-only in
///   PyTorch. PyTorch's default: `Reduction::Mean`.
///
/// Returns: A new tensor (0-d when reduced).
///
/// Schema: `(Tensor input, Tensor target, Tensor? weight=None, *, int ignore_index=-100, reduction reduction='mean') -> Tensor`.
/// Binds `rt_torch_nn_nll_loss_v2`; PyTorch: `torch.nn.functional.nll_loss` (ATen `nll_loss_nd`).
pub fn nll_loss_v2(
    input: &Tensor,
    target: &Tensor,
    weight: Option<&Tensor>,
    ignore_index: i64,
    reduction: Reduction,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_nll_loss_v2(
            input.handle,
            target.handle,
            weight.map_or(0, |t| t.handle),
            ignore_index,
            reduction.as_c_str().as_ptr(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Hard swish, x * relu6(x + 3) / 6, element-wise.
///
/// * `input`: A floating-point input.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input) -> Tensor`.
/// Binds `rt_torch_nn_hardswish`; PyTorch: `torch.nn.functional.hardswish` (ATen `hardswish`).
pub fn hardswish(input: &Tensor) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_nn_hardswish(input.handle) };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// The logarithm of the sigmoid, log(1 / (1 + exp(-x))), computed stably.
///
/// * `input`: A floating-point input.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input) -> Tensor`.
/// Binds `rt_torch_nn_log_sigmoid`; PyTorch: `torch.nn.functional.logsigmoid` (ATen `log_sigmoid`).
pub fn log_sigmoid(input: &Tensor) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_nn_log_sigmoid(input.handle) };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Gated linear unit, a * sigmoid(b) where a and b are the two halves of input along dim.
///
/// * `input`: A floating-point input whose size along dim is even.
/// * `dim`: The dimension to split; negative values count from the end. PyTorch's default:
///   `-1`.
///
/// Returns: A new tensor, half the input's size along dim.
///
/// Schema: `(Tensor input, int dim=-1) -> Tensor`.
/// Binds `rt_torch_nn_glu`; PyTorch: `torch.nn.functional.glu` (ATen `glu`).
pub fn glu(input: &Tensor, dim: i64) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_nn_glu(input.handle, dim) };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Mean absolute error between input and target, optionally weighted, reduced as asked.
///
/// * `input`: The prediction.
/// * `target`: The target, broadcastable to input (with PyTorch's warning when the sizes
///   differ).
/// * `reduction`: none for the element-wise losses, mean or sum to reduce them. Keyword-only in
///   PyTorch. PyTorch's default: `Reduction::Mean`.
/// * `weight`: A weight per element, of input's size; the mean is then divided by the sum of
///   the weights. None for equal weights. Keyword-only in PyTorch. PyTorch's default: `None`.
///
/// Returns: A new tensor (0-d when reduced).
///
/// Schema: `(Tensor input, Tensor target, *, reduction reduction='mean', Tensor? weight=None) -> Tensor`.
/// Binds `rt_torch_nn_l1_loss`; PyTorch: `torch.nn.functional.l1_loss` (ATen `l1_loss`).
pub fn l1_loss(
    input: &Tensor,
    target: &Tensor,
    reduction: Reduction,
    weight: Option<&Tensor>,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_l1_loss(
            input.handle,
            target.handle,
            reduction.as_c_str().as_ptr(),
            weight.map_or(0, |t| t.handle),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Smooth L1 loss, quadratic below beta and linear above, reduced as asked.
///
/// * `input`: The prediction.
/// * `target`: The target, broadcastable to input (with PyTorch's warning when the sizes
///   differ).
/// * `reduction`: none for the element-wise losses, mean or sum to reduce them. Keyword-only in
///   PyTorch. PyTorch's default: `Reduction::Mean`.
/// * `beta`: Where the loss turns from quadratic to linear; 0 for the L1 loss; not negative.
///   Keyword-only in PyTorch. PyTorch's default: `1.0`.
///
/// Returns: A new tensor (0-d when reduced).
///
/// Schema: `(Tensor input, Tensor target, *, reduction reduction='mean', float beta=1.0) -> Tensor`.
/// Binds `rt_torch_nn_smooth_l1_loss`; PyTorch: `torch.nn.functional.smooth_l1_loss` (ATen `smooth_l1_loss`).
pub fn smooth_l1_loss(
    input: &Tensor,
    target: &Tensor,
    reduction: Reduction,
    beta: f64,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_smooth_l1_loss(
            input.handle,
            target.handle,
            reduction.as_c_str().as_ptr(),
            beta,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Huber loss, quadratic below delta and delta-scaled linear above, optionally weighted,
/// reduced as asked.
///
/// * `input`: The prediction.
/// * `target`: The target, broadcastable to input (with PyTorch's warning when the sizes
///   differ).
/// * `reduction`: none for the element-wise losses, mean or sum to reduce them. PyTorch's
///   default: `Reduction::Mean`.
/// * `delta`: Where the loss turns from quadratic to linear; positive. PyTorch's default:
///   `1.0`.
/// * `weight`: A weight per element, of input's size; None for equal weights. PyTorch's
///   default: `None`.
///
/// Returns: A new tensor (0-d when reduced).
///
/// Schema: `(Tensor input, Tensor target, reduction reduction='mean', float delta=1.0, Tensor? weight=None) -> Tensor`.
/// Binds `rt_torch_nn_huber_loss`; PyTorch: `torch.nn.functional.huber_loss` (ATen `huber_loss`).
pub fn huber_loss(
    input: &Tensor,
    target: &Tensor,
    reduction: Reduction,
    delta: f64,
    weight: Option<&Tensor>,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_huber_loss(
            input.handle,
            target.handle,
            reduction.as_c_str().as_ptr(),
            delta,
            weight.map_or(0, |t| t.handle),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Two-class logistic loss log(1 + exp(-target * input)), reduced as asked.
///
/// * `input`: The scores.
/// * `target`: The labels, 1 or -1, shaped like input.
/// * `reduction`: none for the element-wise losses, mean or sum to reduce them. Keyword-only in
///   PyTorch. PyTorch's default: `Reduction::Mean`.
///
/// Returns: A new tensor (0-d when reduced).
///
/// Schema: `(Tensor input, Tensor target, *, reduction reduction='mean') -> Tensor`.
/// Binds `rt_torch_nn_soft_margin_loss`; PyTorch: `torch.nn.functional.soft_margin_loss` (ATen `soft_margin_loss`).
pub fn soft_margin_loss(
    input: &Tensor,
    target: &Tensor,
    reduction: Reduction,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_soft_margin_loss(
            input.handle,
            target.handle,
            reduction.as_c_str().as_ptr(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Ranking loss max(0, -target * (input1 - input2) + margin), reduced as asked.
///
/// * `input1`: The first scores.
/// * `input2`: The second scores, of input1's dimension count.
/// * `target`: 1 where input1 should rank higher, -1 where input2 should; of input1's dimension
///   count.
/// * `margin`: The margin by which the right one should win. PyTorch's default: `0.0`.
/// * `reduction`: none for the element-wise losses, mean or sum to reduce them. Keyword-only in
///   PyTorch. PyTorch's default: `Reduction::Mean`.
///
/// Returns: A new tensor (0-d when reduced).
///
/// Schema: `(Tensor input1, Tensor input2, Tensor target, float margin=0.0, *, reduction reduction='mean') -> Tensor`.
/// Binds `rt_torch_nn_margin_ranking_loss`; PyTorch: `torch.nn.functional.margin_ranking_loss` (ATen `margin_ranking_loss`).
pub fn margin_ranking_loss(
    input1: &Tensor,
    input2: &Tensor,
    target: &Tensor,
    margin: f64,
    reduction: Reduction,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_margin_ranking_loss(
            input1.handle,
            input2.handle,
            target.handle,
            margin,
            reduction.as_c_str().as_ptr(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Multi-class hinge loss between scores and class indices, with a power, a margin and class
/// weights.
///
/// * `input`: Scores of shape (N, C) or (C).
/// * `target`: int64 class indices of shape (N) or ().
/// * `p`: The power of each hinge term: 1 or 2. PyTorch's default: `1`.
/// * `margin`: The margin. PyTorch's default: `1.0`.
/// * `weight`: A weight per class, of shape (C); None for equal weights. PyTorch's default:
///   `None`.
/// * `reduction`: none for the per-sample losses, mean or sum to reduce them. Keyword-only in
///   PyTorch. PyTorch's default: `Reduction::Mean`.
///
/// Returns: A new tensor (0-d when reduced).
///
/// Schema: `(Tensor input, Tensor target, int p=1, float margin=1.0, Tensor? weight=None, *, reduction reduction='mean') -> Tensor`.
/// Binds `rt_torch_nn_multi_margin_loss`; PyTorch: `torch.nn.functional.multi_margin_loss` (ATen `multi_margin_loss`).
pub fn multi_margin_loss(
    input: &Tensor,
    target: &Tensor,
    p: i64,
    margin: f64,
    weight: Option<&Tensor>,
    reduction: Reduction,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_multi_margin_loss(
            input.handle,
            target.handle,
            p,
            margin,
            weight.map_or(0, |t| t.handle),
            reduction.as_c_str().as_ptr(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Multi-label hinge loss between scores and target class lists, reduced as asked.
///
/// * `input`: Scores of shape (N, C) or (C).
/// * `target`: int64 class indices shaped like input, each row's list ended by -1 (or filling
///   the row).
/// * `reduction`: none for the per-sample losses, mean or sum to reduce them. Keyword-only in
///   PyTorch. PyTorch's default: `Reduction::Mean`.
///
/// Returns: A new tensor (0-d when reduced).
///
/// Schema: `(Tensor input, Tensor target, *, reduction reduction='mean') -> Tensor`.
/// Binds `rt_torch_nn_multilabel_margin_loss`; PyTorch: `torch.nn.functional.multilabel_margin_loss` (ATen `multilabel_margin_loss`).
pub fn multilabel_margin_loss(
    input: &Tensor,
    target: &Tensor,
    reduction: Reduction,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_multilabel_margin_loss(
            input.handle,
            target.handle,
            reduction.as_c_str().as_ptr(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Multi-label one-versus-all logistic loss, averaged over the classes, with class weights.
///
/// * `input`: Scores of shape (N, C) or (C).
/// * `target`: Labels in {0, 1}, shaped like input.
/// * `weight`: A weight per class, broadcastable to input; None for equal weights. PyTorch's
///   default: `None`.
/// * `reduction`: none for the per-sample losses, mean or sum to reduce them. Keyword-only in
///   PyTorch. PyTorch's default: `Reduction::Mean`.
///
/// Returns: A new tensor (0-d when reduced).
///
/// Schema: `(Tensor input, Tensor target, Tensor? weight=None, *, reduction reduction='mean') -> Tensor`.
/// Binds `rt_torch_nn_multilabel_soft_margin_loss`; PyTorch: `torch.nn.functional.multilabel_soft_margin_loss`.
pub fn multilabel_soft_margin_loss(
    input: &Tensor,
    target: &Tensor,
    weight: Option<&Tensor>,
    reduction: Reduction,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_multilabel_soft_margin_loss(
            input.handle,
            target.handle,
            weight.map_or(0, |t| t.handle),
            reduction.as_c_str().as_ptr(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Hinge embedding loss, x where target is 1 and max(0, margin - x) where it is -1, reduced as
/// asked.
///
/// * `input`: The distances.
/// * `target`: The labels, 1 or -1, shaped like input.
/// * `margin`: The margin for the dissimilar pairs. PyTorch's default: `1.0`.
/// * `reduction`: none for the element-wise losses, mean or sum to reduce them. Keyword-only in
///   PyTorch. PyTorch's default: `Reduction::Mean`.
///
/// Returns: A new tensor (0-d when reduced).
///
/// Schema: `(Tensor input, Tensor target, float margin=1.0, *, reduction reduction='mean') -> Tensor`.
/// Binds `rt_torch_nn_hinge_embedding_loss`; PyTorch: `torch.nn.functional.hinge_embedding_loss` (ATen `hinge_embedding_loss`).
pub fn hinge_embedding_loss(
    input: &Tensor,
    target: &Tensor,
    margin: f64,
    reduction: Reduction,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_hinge_embedding_loss(
            input.handle,
            target.handle,
            margin,
            reduction.as_c_str().as_ptr(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Cosine embedding loss, 1 - cos(x1, x2) for similar pairs and max(0, cos(x1, x2) - margin)
/// for dissimilar ones.
///
/// * `input1`: The first vectors, of shape (N, D) or (D).
/// * `input2`: The second vectors, shaped like input1.
/// * `target`: 1 for a similar pair, -1 for a dissimilar one, of shape (N) or ().
/// * `margin`: The margin for the dissimilar pairs, in \[-1, 1\]. PyTorch's default: `0.0`.
/// * `reduction`: none for the per-pair losses, mean or sum to reduce them. Keyword-only in
///   PyTorch. PyTorch's default: `Reduction::Mean`.
///
/// Returns: A new tensor (0-d when reduced).
///
/// Schema: `(Tensor input1, Tensor input2, Tensor target, float margin=0.0, *, reduction reduction='mean') -> Tensor`.
/// Binds `rt_torch_nn_cosine_embedding_loss`; PyTorch: `torch.nn.functional.cosine_embedding_loss` (ATen `cosine_embedding_loss`).
pub fn cosine_embedding_loss(
    input1: &Tensor,
    input2: &Tensor,
    target: &Tensor,
    margin: f64,
    reduction: Reduction,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_cosine_embedding_loss(
            input1.handle,
            input2.handle,
            target.handle,
            margin,
            reduction.as_c_str().as_ptr(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Kullback-Leibler divergence of target from log-probabilities, reduced as asked (batchmean
/// for the true divergence).
///
/// * `input`: Log-probabilities.
/// * `target`: Probabilities (log-probabilities when log_target), shaped like input.
/// * `reduction`: none for the element-wise terms; batchmean for the sum divided by the batch
///   size; sum; mean over every element (PyTorch warns that it will become batchmean).
///   Keyword-only in PyTorch. PyTorch's default: `KlDivReduction::Mean`.
/// * `log_target`: target holds log-probabilities. Keyword-only in PyTorch. PyTorch's default:
///   `false`.
///
/// Returns: A new tensor (0-d when reduced).
///
/// Schema: `(Tensor input, Tensor target, *, kl_div_reduction reduction='mean', bool log_target=False) -> Tensor`.
/// Binds `rt_torch_nn_kl_div`; PyTorch: `torch.nn.functional.kl_div` (ATen `kl_div`).
pub fn kl_div(
    input: &Tensor,
    target: &Tensor,
    reduction: KlDivReduction,
    log_target: bool,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_kl_div(
            input.handle,
            target.handle,
            reduction.as_c_str().as_ptr(),
            log_target,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Negative log-likelihood of targets under Poisson distributions with the given rates, reduced
/// as asked.
///
/// * `input`: The rates (their logarithms when log_input).
/// * `target`: The observed counts, shaped like input.
/// * `log_input`: input holds log-rates: the loss is exp(input) - target * input; else input -
///   target * log(input + eps). PyTorch's default: `true`.
/// * `full`: Add the Stirling approximation of log(target!). PyTorch's default: `false`.
/// * `eps`: Added to input inside the logarithm when log_input is false. Keyword-only in
///   PyTorch. PyTorch's default: `1e-08`.
/// * `reduction`: none for the element-wise losses, mean or sum to reduce them. Keyword-only in
///   PyTorch. PyTorch's default: `Reduction::Mean`.
///
/// Returns: A new tensor (0-d when reduced).
///
/// Schema: `(Tensor input, Tensor target, bool log_input=True, bool full=False, *, float eps=1e-08, reduction reduction='mean') -> Tensor`.
/// Binds `rt_torch_nn_poisson_nll_loss`; PyTorch: `torch.nn.functional.poisson_nll_loss` (ATen `poisson_nll_loss`).
pub fn poisson_nll_loss(
    input: &Tensor,
    target: &Tensor,
    log_input: bool,
    full: bool,
    eps: f64,
    reduction: Reduction,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_poisson_nll_loss(
            input.handle,
            target.handle,
            log_input,
            full,
            eps,
            reduction.as_c_str().as_ptr(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Binary cross-entropy between logits and targets, computed stably, with element and
/// positive-class weights.
///
/// * `input`: Logits.
/// * `target`: Targets in \[0, 1\], of input's size.
/// * `weight`: A weight per element, broadcastable to input; None for equal weights. PyTorch's
///   default: `None`.
/// * `reduction`: none for the element-wise losses, mean or sum to reduce them. Keyword-only in
///   PyTorch. PyTorch's default: `Reduction::Mean`.
/// * `pos_weight`: A weight of the positive examples per class, broadcastable to input; None
///   for 1. Keyword-only in PyTorch. PyTorch's default: `None`.
///
/// Returns: A new tensor (0-d when reduced).
///
/// Schema: `(Tensor input, Tensor target, Tensor? weight=None, *, reduction reduction='mean', Tensor? pos_weight=None) -> Tensor`.
/// Binds `rt_torch_nn_binary_cross_entropy_with_logits`; PyTorch: `torch.nn.functional.binary_cross_entropy_with_logits` (ATen `binary_cross_entropy_with_logits`).
pub fn binary_cross_entropy_with_logits(
    input: &Tensor,
    target: &Tensor,
    weight: Option<&Tensor>,
    reduction: Reduction,
    pos_weight: Option<&Tensor>,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_binary_cross_entropy_with_logits(
            input.handle,
            target.handle,
            weight.map_or(0, |t| t.handle),
            reduction.as_c_str().as_ptr(),
            pos_weight.map_or(0, |t| t.handle),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Triplet loss max(d(anchor, positive) - d(anchor, negative) + margin, 0) with p-norm
/// distances.
///
/// * `anchor`: The anchors, of shape (N, D) or (D).
/// * `positive`: The positive examples, shaped like anchor.
/// * `negative`: The negative examples, shaped like anchor.
/// * `margin`: The margin; positive. PyTorch's default: `1.0`.
/// * `p`: The norm degree of the pairwise distance. PyTorch's default: `2.0`.
/// * `eps`: Added to the differences for numerical stability. PyTorch's default: `1e-06`.
/// * `swap`: Use the positive-negative distance when it is smaller (the distance swap).
///   PyTorch's default: `false`.
/// * `reduction`: none for the per-triplet losses, mean or sum to reduce them. Keyword-only in
///   PyTorch. PyTorch's default: `Reduction::Mean`.
///
/// Returns: A new tensor (0-d when reduced).
///
/// Schema: `(Tensor anchor, Tensor positive, Tensor negative, float margin=1.0, float p=2.0, float eps=1e-06, bool swap=False, *, reduction reduction='mean') -> Tensor`.
/// Binds `rt_torch_nn_triplet_margin_loss`; PyTorch: `torch.nn.functional.triplet_margin_loss` (ATen `triplet_margin_loss`).
#[allow(clippy::too_many_arguments)]
pub fn triplet_margin_loss(
    anchor: &Tensor,
    positive: &Tensor,
    negative: &Tensor,
    margin: f64,
    p: f64,
    eps: f64,
    swap: bool,
    reduction: Reduction,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_triplet_margin_loss(
            anchor.handle,
            positive.handle,
            negative.handle,
            margin,
            p,
            eps,
            swap,
            reduction.as_c_str().as_ptr(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 1-D convolution with numeric padding.
///
/// * `input`: The input, of shape (N, C_in, L) or (C_in, L).
/// * `weight`: The filters, of shape (C_out, C_in / groups, kL).
/// * `bias`: The bias of shape (C_out); None for none. PyTorch's default: `None`.
/// * `stride`: The step of the window. One value stands for 1. PyTorch's default: `&[1]`.
/// * `padding`: Implicit zero padding on both sides. One value stands for 1. PyTorch's default:
///   `&[0]`.
/// * `dilation`: The spacing between kernel elements. One value stands for 1. PyTorch's
///   default: `&[1]`.
/// * `groups`: The number of blocked connections from input to output channels. PyTorch's
///   default: `1`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, Tensor weight, Tensor? bias=None, int[1] stride=1, int[1] padding=0, int[1] dilation=1, int groups=1) -> Tensor`.
/// Binds `rt_torch_nn_conv1d`; PyTorch: `torch.nn.functional.conv1d` (ATen `conv1d`).
pub fn conv1d(
    input: &Tensor,
    weight: &Tensor,
    bias: Option<&Tensor>,
    stride: &[i64],
    padding: &[i64],
    dilation: &[i64],
    groups: i64,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_conv1d(
            input.handle,
            weight.handle,
            bias.map_or(0, |t| t.handle),
            stride.as_ptr(),
            len_arg(stride.len()),
            padding.as_ptr(),
            len_arg(padding.len()),
            dilation.as_ptr(),
            len_arg(dilation.len()),
            groups,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 1-D convolution with padding given by name.
///
/// * `input`: The input, of shape (N, C_in, L) or (C_in, L).
/// * `weight`: The filters, of shape (C_out, C_in / groups, kL).
/// * `bias`: The bias of shape (C_out); None for none. PyTorch's default: `None`.
/// * `stride`: The step of the window. One value stands for 1. PyTorch's default: `&[1]`.
/// * `padding`: valid for no padding; same to keep the input's size (only with stride 1).
///   PyTorch's default: `ConvPadding::Valid`.
/// * `dilation`: The spacing between kernel elements. One value stands for 1. PyTorch's
///   default: `&[1]`.
/// * `groups`: The number of blocked connections from input to output channels. PyTorch's
///   default: `1`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, Tensor weight, Tensor? bias=None, int[1] stride=1, conv_padding padding='valid', int[1] dilation=1, int groups=1) -> Tensor`.
/// Binds `rt_torch_nn_conv1d_padding`; PyTorch: `torch.nn.functional.conv1d` (ATen `conv1d.padding`).
pub fn conv1d_padding(
    input: &Tensor,
    weight: &Tensor,
    bias: Option<&Tensor>,
    stride: &[i64],
    padding: ConvPadding,
    dilation: &[i64],
    groups: i64,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_conv1d_padding(
            input.handle,
            weight.handle,
            bias.map_or(0, |t| t.handle),
            stride.as_ptr(),
            len_arg(stride.len()),
            padding.as_c_str().as_ptr(),
            dilation.as_ptr(),
            len_arg(dilation.len()),
            groups,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 3-D convolution with numeric padding.
///
/// * `input`: The input, of shape (N, C_in, D, H, W) or (C_in, D, H, W).
/// * `weight`: The filters, of shape (C_out, C_in / groups, kD, kH, kW).
/// * `bias`: The bias of shape (C_out); None for none. PyTorch's default: `None`.
/// * `stride`: The step of the window. One value stands for 3. PyTorch's default: `&[1]`.
/// * `padding`: Implicit zero padding on both sides. One value stands for 3. PyTorch's default:
///   `&[0]`.
/// * `dilation`: The spacing between kernel elements. One value stands for 3. PyTorch's
///   default: `&[1]`.
/// * `groups`: The number of blocked connections from input to output channels. PyTorch's
///   default: `1`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, Tensor weight, Tensor? bias=None, int[3] stride=1, int[3] padding=0, int[3] dilation=1, int groups=1) -> Tensor`.
/// Binds `rt_torch_nn_conv3d`; PyTorch: `torch.nn.functional.conv3d` (ATen `conv3d`).
pub fn conv3d(
    input: &Tensor,
    weight: &Tensor,
    bias: Option<&Tensor>,
    stride: &[i64],
    padding: &[i64],
    dilation: &[i64],
    groups: i64,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_conv3d(
            input.handle,
            weight.handle,
            bias.map_or(0, |t| t.handle),
            stride.as_ptr(),
            len_arg(stride.len()),
            padding.as_ptr(),
            len_arg(padding.len()),
            dilation.as_ptr(),
            len_arg(dilation.len()),
            groups,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 3-D convolution with padding given by name.
///
/// * `input`: The input, of shape (N, C_in, D, H, W) or (C_in, D, H, W).
/// * `weight`: The filters, of shape (C_out, C_in / groups, kD, kH, kW).
/// * `bias`: The bias of shape (C_out); None for none. PyTorch's default: `None`.
/// * `stride`: The step of the window. One value stands for 3. PyTorch's default: `&[1]`.
/// * `padding`: valid for no padding; same to keep the input's size (only with stride 1).
///   PyTorch's default: `ConvPadding::Valid`.
/// * `dilation`: The spacing between kernel elements. One value stands for 3. PyTorch's
///   default: `&[1]`.
/// * `groups`: The number of blocked connections from input to output channels. PyTorch's
///   default: `1`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, Tensor weight, Tensor? bias=None, int[3] stride=1, conv_padding padding='valid', int[3] dilation=1, int groups=1) -> Tensor`.
/// Binds `rt_torch_nn_conv3d_padding`; PyTorch: `torch.nn.functional.conv3d` (ATen `conv3d.padding`).
pub fn conv3d_padding(
    input: &Tensor,
    weight: &Tensor,
    bias: Option<&Tensor>,
    stride: &[i64],
    padding: ConvPadding,
    dilation: &[i64],
    groups: i64,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_conv3d_padding(
            input.handle,
            weight.handle,
            bias.map_or(0, |t| t.handle),
            stride.as_ptr(),
            len_arg(stride.len()),
            padding.as_c_str().as_ptr(),
            dilation.as_ptr(),
            len_arg(dilation.len()),
            groups,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 1-D transposed convolution (the gradient of conv1d with respect to its input).
///
/// * `input`: The input, of shape (N, C_in, L) or (C_in, L).
/// * `weight`: The filters, of shape (C_in, C_out / groups, kL).
/// * `bias`: The bias of shape (C_out); None for none. PyTorch's default: `None`.
/// * `stride`: The step of the window. One value stands for 1. PyTorch's default: `&[1]`.
/// * `padding`: dilation * (kernel_size - 1) - padding zeros of implicit padding on both sides
///   of the input. One value stands for 1. PyTorch's default: `&[0]`.
/// * `output_padding`: Extra size added to one side of each output dimension. One value stands
///   for 1. PyTorch's default: `&[0]`.
/// * `groups`: The number of blocked connections from input to output channels. PyTorch's
///   default: `1`.
/// * `dilation`: The spacing between kernel elements. One value stands for 1. PyTorch's
///   default: `&[1]`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, Tensor weight, Tensor? bias=None, int[1] stride=1, int[1] padding=0, int[1] output_padding=0, int groups=1, int[1] dilation=1) -> Tensor`.
/// Binds `rt_torch_nn_conv_transpose1d`; PyTorch: `torch.nn.functional.conv_transpose1d` (ATen `conv_transpose1d`).
#[allow(clippy::too_many_arguments)]
pub fn conv_transpose1d(
    input: &Tensor,
    weight: &Tensor,
    bias: Option<&Tensor>,
    stride: &[i64],
    padding: &[i64],
    output_padding: &[i64],
    groups: i64,
    dilation: &[i64],
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_conv_transpose1d(
            input.handle,
            weight.handle,
            bias.map_or(0, |t| t.handle),
            stride.as_ptr(),
            len_arg(stride.len()),
            padding.as_ptr(),
            len_arg(padding.len()),
            output_padding.as_ptr(),
            len_arg(output_padding.len()),
            groups,
            dilation.as_ptr(),
            len_arg(dilation.len()),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 2-D transposed convolution (the gradient of conv2d with respect to its input).
///
/// * `input`: The input, of shape (N, C_in, H, W) or (C_in, H, W).
/// * `weight`: The filters, of shape (C_in, C_out / groups, kH, kW).
/// * `bias`: The bias of shape (C_out); None for none. PyTorch's default: `None`.
/// * `stride`: The step of the window. One value stands for 2. PyTorch's default: `&[1]`.
/// * `padding`: dilation * (kernel_size - 1) - padding zeros of implicit padding on both sides
///   of the input. One value stands for 2. PyTorch's default: `&[0]`.
/// * `output_padding`: Extra size added to one side of each output dimension. One value stands
///   for 2. PyTorch's default: `&[0]`.
/// * `groups`: The number of blocked connections from input to output channels. PyTorch's
///   default: `1`.
/// * `dilation`: The spacing between kernel elements. One value stands for 2. PyTorch's
///   default: `&[1]`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, Tensor weight, Tensor? bias=None, int[2] stride=1, int[2] padding=0, int[2] output_padding=0, int groups=1, int[2] dilation=1) -> Tensor`.
/// Binds `rt_torch_nn_conv_transpose2d`; PyTorch: `torch.nn.functional.conv_transpose2d` (ATen `conv_transpose2d`).
#[allow(clippy::too_many_arguments)]
pub fn conv_transpose2d(
    input: &Tensor,
    weight: &Tensor,
    bias: Option<&Tensor>,
    stride: &[i64],
    padding: &[i64],
    output_padding: &[i64],
    groups: i64,
    dilation: &[i64],
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_conv_transpose2d(
            input.handle,
            weight.handle,
            bias.map_or(0, |t| t.handle),
            stride.as_ptr(),
            len_arg(stride.len()),
            padding.as_ptr(),
            len_arg(padding.len()),
            output_padding.as_ptr(),
            len_arg(output_padding.len()),
            groups,
            dilation.as_ptr(),
            len_arg(dilation.len()),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 3-D transposed convolution (the gradient of conv3d with respect to its input).
///
/// * `input`: The input, of shape (N, C_in, D, H, W) or (C_in, D, H, W).
/// * `weight`: The filters, of shape (C_in, C_out / groups, kD, kH, kW).
/// * `bias`: The bias of shape (C_out); None for none. PyTorch's default: `None`.
/// * `stride`: The step of the window. One value stands for 3. PyTorch's default: `&[1]`.
/// * `padding`: dilation * (kernel_size - 1) - padding zeros of implicit padding on both sides
///   of the input. One value stands for 3. PyTorch's default: `&[0]`.
/// * `output_padding`: Extra size added to one side of each output dimension. One value stands
///   for 3. PyTorch's default: `&[0]`.
/// * `groups`: The number of blocked connections from input to output channels. PyTorch's
///   default: `1`.
/// * `dilation`: The spacing between kernel elements. One value stands for 3. PyTorch's
///   default: `&[1]`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, Tensor weight, Tensor? bias=None, int[3] stride=1, int[3] padding=0, int[3] output_padding=0, int groups=1, int[3] dilation=1) -> Tensor`.
/// Binds `rt_torch_nn_conv_transpose3d`; PyTorch: `torch.nn.functional.conv_transpose3d` (ATen `conv_transpose3d`).
#[allow(clippy::too_many_arguments)]
pub fn conv_transpose3d(
    input: &Tensor,
    weight: &Tensor,
    bias: Option<&Tensor>,
    stride: &[i64],
    padding: &[i64],
    output_padding: &[i64],
    groups: i64,
    dilation: &[i64],
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_conv_transpose3d(
            input.handle,
            weight.handle,
            bias.map_or(0, |t| t.handle),
            stride.as_ptr(),
            len_arg(stride.len()),
            padding.as_ptr(),
            len_arg(padding.len()),
            output_padding.as_ptr(),
            len_arg(output_padding.len()),
            groups,
            dilation.as_ptr(),
            len_arg(dilation.len()),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 1-D average pooling with ceil mode and padding counting.
///
/// * `input`: The input, of shape (N, C, L) or (C, L).
/// * `kernel_size`: The size of the window. One value stands for 1.
/// * `stride`: The step of the window; None for kernel_size. One value stands for 1. PyTorch's
///   default: `None`.
/// * `padding`: Implicit zero padding on both sides; at most half the kernel size. One value
///   stands for 1. PyTorch's default: `&[0]`.
/// * `ceil_mode`: Round the output size up instead of down. PyTorch's default: `false`.
/// * `count_include_pad`: Count the zero padding in the average. PyTorch's default: `true`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, int[1] kernel_size, int[1]? stride=None, int[1] padding=0, bool ceil_mode=False, bool count_include_pad=True) -> Tensor`.
/// Binds `rt_torch_nn_avg_pool1d`; PyTorch: `torch.nn.functional.avg_pool1d` (ATen `avg_pool1d`).
pub fn avg_pool1d(
    input: &Tensor,
    kernel_size: &[i64],
    stride: Option<&[i64]>,
    padding: &[i64],
    ceil_mode: bool,
    count_include_pad: bool,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_avg_pool1d(
            input.handle,
            kernel_size.as_ptr(),
            len_arg(kernel_size.len()),
            stride.unwrap_or_default().as_ptr(),
            len_arg(stride.unwrap_or_default().len()),
            stride.is_some(),
            padding.as_ptr(),
            len_arg(padding.len()),
            ceil_mode,
            count_include_pad,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 1-D max pooling with dilation and ceil mode.
///
/// * `input`: The input, of shape (N, C, L) or (C, L).
/// * `kernel_size`: The size of the window. One value stands for 1.
/// * `stride`: The step of the window; None for kernel_size. One value stands for 1. PyTorch's
///   default: `None`.
/// * `padding`: Implicit negative-infinity padding on both sides; at most half the kernel size.
///   One value stands for 1. PyTorch's default: `&[0]`.
/// * `dilation`: The spacing between window elements. One value stands for 1. PyTorch's
///   default: `&[1]`.
/// * `ceil_mode`: Round the output size up instead of down. PyTorch's default: `false`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, int[1] kernel_size, int[1]? stride=None, int[1] padding=0, int[1] dilation=1, bool ceil_mode=False) -> Tensor`.
/// Binds `rt_torch_nn_max_pool1d`; PyTorch: `torch.nn.functional.max_pool1d` (ATen `max_pool1d`).
pub fn max_pool1d(
    input: &Tensor,
    kernel_size: &[i64],
    stride: Option<&[i64]>,
    padding: &[i64],
    dilation: &[i64],
    ceil_mode: bool,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_max_pool1d(
            input.handle,
            kernel_size.as_ptr(),
            len_arg(kernel_size.len()),
            stride.unwrap_or_default().as_ptr(),
            len_arg(stride.unwrap_or_default().len()),
            stride.is_some(),
            padding.as_ptr(),
            len_arg(padding.len()),
            dilation.as_ptr(),
            len_arg(dilation.len()),
            ceil_mode,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 1-D max pooling that also returns where each maximum came from.
///
/// * `input`: The input, of shape (N, C, L) or (C, L).
/// * `kernel_size`: The size of the window. One value stands for 1.
/// * `stride`: The step of the window; None for kernel_size. One value stands for 1. PyTorch's
///   default: `None`.
/// * `padding`: Implicit negative-infinity padding on both sides; at most half the kernel size.
///   One value stands for 1. PyTorch's default: `&[0]`.
/// * `dilation`: The spacing between window elements. One value stands for 1. PyTorch's
///   default: `&[1]`.
/// * `ceil_mode`: Round the output size up instead of down. PyTorch's default: `false`.
///
/// Returns the tuple `(output, indices)`:
/// * `output`: The maxima.
/// * `indices`: Their int64 positions in each flattened input plane.
///
/// Schema: `(Tensor input, int[1] kernel_size, int[1]? stride=None, int[1] padding=0, int[1] dilation=1, bool ceil_mode=False) -> (Tensor output, Tensor indices)`.
/// Binds `rt_torch_nn_max_pool1d_with_indices`; PyTorch: `torch.nn.functional.max_pool1d` (ATen `max_pool1d_with_indices`).
pub fn max_pool1d_with_indices(
    input: &Tensor,
    kernel_size: &[i64],
    stride: Option<&[i64]>,
    padding: &[i64],
    dilation: &[i64],
    ceil_mode: bool,
) -> Result<(Tensor, Tensor), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it; `out` holds `out_capacity` writable elements (read_array).
    let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
        ffi::rt_torch_nn_max_pool1d_with_indices(
            input.handle,
            kernel_size.as_ptr(),
            len_arg(kernel_size.len()),
            stride.unwrap_or_default().as_ptr(),
            len_arg(stride.unwrap_or_default().len()),
            stride.is_some(),
            padding.as_ptr(),
            len_arg(padding.len()),
            dilation.as_ptr(),
            len_arg(dilation.len()),
            ceil_mode,
            out,
            out_capacity,
        )
    }).and_then(Tensor::from_tuple::<2>)?;
    Ok((t0, t1))
}

/// 3-D average pooling with ceil mode and padding counting and a divisor override.
///
/// * `input`: The input, of shape (N, C, D, H, W) or (C, D, H, W).
/// * `kernel_size`: The size of the window. One value stands for 3.
/// * `stride`: The step of the window; None for kernel_size. One value stands for 3. PyTorch's
///   default: `None`.
/// * `padding`: Implicit zero padding on both sides; at most half the kernel size. One value
///   stands for 3. PyTorch's default: `&[0]`.
/// * `ceil_mode`: Round the output size up instead of down. PyTorch's default: `false`.
/// * `count_include_pad`: Count the zero padding in the average. PyTorch's default: `true`.
/// * `divisor_override`: Divide by this instead of the window size; None for the window size.
///   PyTorch's default: `None`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, int[3] kernel_size, int[3]? stride=None, int[3] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None) -> Tensor`.
/// Binds `rt_torch_nn_avg_pool3d`; PyTorch: `torch.nn.functional.avg_pool3d` (ATen `avg_pool3d`).
pub fn avg_pool3d(
    input: &Tensor,
    kernel_size: &[i64],
    stride: Option<&[i64]>,
    padding: &[i64],
    ceil_mode: bool,
    count_include_pad: bool,
    divisor_override: Option<i64>,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_avg_pool3d(
            input.handle,
            kernel_size.as_ptr(),
            len_arg(kernel_size.len()),
            stride.unwrap_or_default().as_ptr(),
            len_arg(stride.unwrap_or_default().len()),
            stride.is_some(),
            padding.as_ptr(),
            len_arg(padding.len()),
            ceil_mode,
            count_include_pad,
            divisor_override.unwrap_or_default(),
            divisor_override.is_some(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 3-D max pooling with dilation and ceil mode.
///
/// * `input`: The input, of shape (N, C, D, H, W) or (C, D, H, W).
/// * `kernel_size`: The size of the window. One value stands for 3.
/// * `stride`: The step of the window; None for kernel_size. One value stands for 3. PyTorch's
///   default: `None`.
/// * `padding`: Implicit negative-infinity padding on both sides; at most half the kernel size.
///   One value stands for 3. PyTorch's default: `&[0]`.
/// * `dilation`: The spacing between window elements. One value stands for 3. PyTorch's
///   default: `&[1]`.
/// * `ceil_mode`: Round the output size up instead of down. PyTorch's default: `false`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, int[3] kernel_size, int[3]? stride=None, int[3] padding=0, int[3] dilation=1, bool ceil_mode=False) -> Tensor`.
/// Binds `rt_torch_nn_max_pool3d`; PyTorch: `torch.nn.functional.max_pool3d` (ATen `max_pool3d`).
pub fn max_pool3d(
    input: &Tensor,
    kernel_size: &[i64],
    stride: Option<&[i64]>,
    padding: &[i64],
    dilation: &[i64],
    ceil_mode: bool,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_max_pool3d(
            input.handle,
            kernel_size.as_ptr(),
            len_arg(kernel_size.len()),
            stride.unwrap_or_default().as_ptr(),
            len_arg(stride.unwrap_or_default().len()),
            stride.is_some(),
            padding.as_ptr(),
            len_arg(padding.len()),
            dilation.as_ptr(),
            len_arg(dilation.len()),
            ceil_mode,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 3-D max pooling that also returns where each maximum came from.
///
/// * `input`: The input, of shape (N, C, D, H, W) or (C, D, H, W).
/// * `kernel_size`: The size of the window. One value stands for 3.
/// * `stride`: The step of the window; None for kernel_size. One value stands for 3. PyTorch's
///   default: `None`.
/// * `padding`: Implicit negative-infinity padding on both sides; at most half the kernel size.
///   One value stands for 3. PyTorch's default: `&[0]`.
/// * `dilation`: The spacing between window elements. One value stands for 3. PyTorch's
///   default: `&[1]`.
/// * `ceil_mode`: Round the output size up instead of down. PyTorch's default: `false`.
///
/// Returns the tuple `(output, indices)`:
/// * `output`: The maxima.
/// * `indices`: Their int64 positions in each flattened input plane.
///
/// Schema: `(Tensor input, int[3] kernel_size, int[3]? stride=None, int[3] padding=0, int[3] dilation=1, bool ceil_mode=False) -> (Tensor output, Tensor indices)`.
/// Binds `rt_torch_nn_max_pool3d_with_indices`; PyTorch: `torch.nn.functional.max_pool3d` (ATen `max_pool3d_with_indices`).
pub fn max_pool3d_with_indices(
    input: &Tensor,
    kernel_size: &[i64],
    stride: Option<&[i64]>,
    padding: &[i64],
    dilation: &[i64],
    ceil_mode: bool,
) -> Result<(Tensor, Tensor), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it; `out` holds `out_capacity` writable elements (read_array).
    let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
        ffi::rt_torch_nn_max_pool3d_with_indices(
            input.handle,
            kernel_size.as_ptr(),
            len_arg(kernel_size.len()),
            stride.unwrap_or_default().as_ptr(),
            len_arg(stride.unwrap_or_default().len()),
            stride.is_some(),
            padding.as_ptr(),
            len_arg(padding.len()),
            dilation.as_ptr(),
            len_arg(dilation.len()),
            ceil_mode,
            out,
            out_capacity,
        )
    }).and_then(Tensor::from_tuple::<2>)?;
    Ok((t0, t1))
}

/// 1-D adaptive average pooling to a given output size.
///
/// * `input`: The input, of shape (N, C, L) or (C, L).
/// * `output_size`: The size of the output's trailing 1 dimension. One value stands for 1.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, int[1] output_size) -> Tensor`.
/// Binds `rt_torch_nn_adaptive_avg_pool1d`; PyTorch: `torch.nn.functional.adaptive_avg_pool1d` (ATen `adaptive_avg_pool1d`).
pub fn adaptive_avg_pool1d(input: &Tensor, output_size: &[i64]) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_adaptive_avg_pool1d(
            input.handle,
            output_size.as_ptr(),
            len_arg(output_size.len()),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 1-D adaptive max pooling to a given output size.
///
/// * `input`: The input, of shape (N, C, L) or (C, L).
/// * `output_size`: The size of the output's trailing 1 dimension. One value stands for 1.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, int[1] output_size) -> Tensor`.
/// Binds `rt_torch_nn_adaptive_max_pool1d`; PyTorch: `torch.nn.functional.adaptive_max_pool1d` (ATen `adaptive_max_pool1d`).
pub fn adaptive_max_pool1d(input: &Tensor, output_size: &[i64]) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_adaptive_max_pool1d(
            input.handle,
            output_size.as_ptr(),
            len_arg(output_size.len()),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 1-D adaptive max pooling that also returns where each maximum came from.
///
/// * `input`: The input, of shape (N, C, L) or (C, L).
/// * `output_size`: The size of the output's trailing 1 dimension. One value stands for 1.
///
/// Returns the tuple `(output, indices)`:
/// * `output`: The maxima.
/// * `indices`: Their int64 positions in each flattened input plane.
///
/// Schema: `(Tensor input, int[1] output_size) -> (Tensor output, Tensor indices)`.
/// Binds `rt_torch_nn_adaptive_max_pool1d_with_indices`; PyTorch: `torch.nn.functional.adaptive_max_pool1d` (ATen `adaptive_max_pool1d`).
pub fn adaptive_max_pool1d_with_indices(
    input: &Tensor,
    output_size: &[i64],
) -> Result<(Tensor, Tensor), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it; `out` holds `out_capacity` writable elements (read_array).
    let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
        ffi::rt_torch_nn_adaptive_max_pool1d_with_indices(
            input.handle,
            output_size.as_ptr(),
            len_arg(output_size.len()),
            out,
            out_capacity,
        )
    }).and_then(Tensor::from_tuple::<2>)?;
    Ok((t0, t1))
}

/// 2-D adaptive average pooling to a given output size.
///
/// * `input`: The input, of shape (N, C, H, W) or (C, H, W).
/// * `output_size`: The size of the output's trailing 2 dimensions. One value stands for 2.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, int[2] output_size) -> Tensor`.
/// Binds `rt_torch_nn_adaptive_avg_pool2d`; PyTorch: `torch.nn.functional.adaptive_avg_pool2d` (ATen `adaptive_avg_pool2d`).
pub fn adaptive_avg_pool2d(input: &Tensor, output_size: &[i64]) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_adaptive_avg_pool2d(
            input.handle,
            output_size.as_ptr(),
            len_arg(output_size.len()),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 2-D adaptive max pooling to a given output size.
///
/// * `input`: The input, of shape (N, C, H, W) or (C, H, W).
/// * `output_size`: The size of the output's trailing 2 dimensions. One value stands for 2.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, int[2] output_size) -> Tensor`.
/// Binds `rt_torch_nn_adaptive_max_pool2d`; PyTorch: `torch.nn.functional.adaptive_max_pool2d` (ATen `adaptive_max_pool2d`).
pub fn adaptive_max_pool2d(input: &Tensor, output_size: &[i64]) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_adaptive_max_pool2d(
            input.handle,
            output_size.as_ptr(),
            len_arg(output_size.len()),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 2-D adaptive max pooling that also returns where each maximum came from.
///
/// * `input`: The input, of shape (N, C, H, W) or (C, H, W).
/// * `output_size`: The size of the output's trailing 2 dimensions. One value stands for 2.
///
/// Returns the tuple `(output, indices)`:
/// * `output`: The maxima.
/// * `indices`: Their int64 positions in each flattened input plane.
///
/// Schema: `(Tensor input, int[2] output_size) -> (Tensor output, Tensor indices)`.
/// Binds `rt_torch_nn_adaptive_max_pool2d_with_indices`; PyTorch: `torch.nn.functional.adaptive_max_pool2d` (ATen `adaptive_max_pool2d`).
pub fn adaptive_max_pool2d_with_indices(
    input: &Tensor,
    output_size: &[i64],
) -> Result<(Tensor, Tensor), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it; `out` holds `out_capacity` writable elements (read_array).
    let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
        ffi::rt_torch_nn_adaptive_max_pool2d_with_indices(
            input.handle,
            output_size.as_ptr(),
            len_arg(output_size.len()),
            out,
            out_capacity,
        )
    }).and_then(Tensor::from_tuple::<2>)?;
    Ok((t0, t1))
}

/// 3-D adaptive average pooling to a given output size.
///
/// * `input`: The input, of shape (N, C, D, H, W) or (C, D, H, W).
/// * `output_size`: The size of the output's trailing 3 dimensions. One value stands for 3.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, int[3] output_size) -> Tensor`.
/// Binds `rt_torch_nn_adaptive_avg_pool3d`; PyTorch: `torch.nn.functional.adaptive_avg_pool3d` (ATen `adaptive_avg_pool3d`).
pub fn adaptive_avg_pool3d(input: &Tensor, output_size: &[i64]) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_adaptive_avg_pool3d(
            input.handle,
            output_size.as_ptr(),
            len_arg(output_size.len()),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 3-D adaptive max pooling to a given output size.
///
/// * `input`: The input, of shape (N, C, D, H, W) or (C, D, H, W).
/// * `output_size`: The size of the output's trailing 3 dimensions. One value stands for 3.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, int[3] output_size) -> Tensor`.
/// Binds `rt_torch_nn_adaptive_max_pool3d`; PyTorch: `torch.nn.functional.adaptive_max_pool3d` (ATen `adaptive_max_pool3d`).
pub fn adaptive_max_pool3d(input: &Tensor, output_size: &[i64]) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_adaptive_max_pool3d(
            input.handle,
            output_size.as_ptr(),
            len_arg(output_size.len()),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 3-D adaptive max pooling that also returns where each maximum came from.
///
/// * `input`: The input, of shape (N, C, D, H, W) or (C, D, H, W).
/// * `output_size`: The size of the output's trailing 3 dimensions. One value stands for 3.
///
/// Returns the tuple `(output, indices)`:
/// * `output`: The maxima.
/// * `indices`: Their int64 positions in each flattened input plane.
///
/// Schema: `(Tensor input, int[3] output_size) -> (Tensor output, Tensor indices)`.
/// Binds `rt_torch_nn_adaptive_max_pool3d_with_indices`; PyTorch: `torch.nn.functional.adaptive_max_pool3d` (ATen `adaptive_max_pool3d`).
pub fn adaptive_max_pool3d_with_indices(
    input: &Tensor,
    output_size: &[i64],
) -> Result<(Tensor, Tensor), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it; `out` holds `out_capacity` writable elements (read_array).
    let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
        ffi::rt_torch_nn_adaptive_max_pool3d_with_indices(
            input.handle,
            output_size.as_ptr(),
            len_arg(output_size.len()),
            out,
            out_capacity,
        )
    }).and_then(Tensor::from_tuple::<2>)?;
    Ok((t0, t1))
}

/// Group normalisation over groups of channels, with a per-channel scale and shift.
///
/// * `input`: The input, of shape (N, C, *).
/// * `num_groups`: The number of groups C is divided into; divides C.
/// * `weight`: The scale, of shape (C); None for none. PyTorch's default: `None`.
/// * `bias`: The shift, of shape (C); None for none. PyTorch's default: `None`.
/// * `eps`: Added to the variance for numerical stability. PyTorch's default: `1e-05`.
///
/// Returns: A new tensor shaped like input.
///
/// Schema: `(Tensor input, int num_groups, Tensor? weight=None, Tensor? bias=None, float eps=1e-05) -> Tensor`.
/// Binds `rt_torch_nn_group_norm`; PyTorch: `torch.nn.functional.group_norm` (ATen `group_norm`).
pub fn group_norm(
    input: &Tensor,
    num_groups: i64,
    weight: Option<&Tensor>,
    bias: Option<&Tensor>,
    eps: f64,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe {
        ffi::rt_torch_nn_group_norm(
            input.handle,
            num_groups,
            weight.map_or(0, |t| t.handle),
            bias.map_or(0, |t| t.handle),
            eps,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Instance normalisation of every channel of every sample, optionally updating running
/// statistics.
///
/// * `input`: The input, of shape (N, C, *) with more than one spatial element when
///   use_input_stats.
/// * `running_mean`: The running mean of shape (C), updated in place when use_input_stats; None
///   for none. PyTorch's default: `None`.
/// * `running_var`: The running variance of shape (C), updated in place when use_input_stats;
///   None for none. PyTorch's default: `None`.
/// * `weight`: The scale, of shape (C); None for none. PyTorch's default: `None`.
/// * `bias`: The shift, of shape (C); None for none. PyTorch's default: `None`.
/// * `use_input_stats`: Normalise by each instance's statistics (true) or by the running ones
///   (false). PyTorch's default: `true`.
/// * `momentum`: The weight of the new statistics in the running ones. PyTorch's default:
///   `0.1`.
/// * `eps`: Added to the variance for numerical stability. PyTorch's default: `1e-05`.
///
/// Returns: A new tensor shaped like input.
///
/// Schema: `(Tensor input, Tensor? running_mean=None, Tensor? running_var=None, Tensor? weight=None, Tensor? bias=None, bool use_input_stats=True, float momentum=0.1, float eps=1e-05) -> Tensor`.
/// Binds `rt_torch_nn_instance_norm`; PyTorch: `torch.nn.functional.instance_norm` (ATen `instance_norm`).
#[allow(clippy::too_many_arguments)]
pub fn instance_norm(
    input: &Tensor,
    running_mean: Option<&Tensor>,
    running_var: Option<&Tensor>,
    weight: Option<&Tensor>,
    bias: Option<&Tensor>,
    use_input_stats: bool,
    momentum: f64,
    eps: f64,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe {
        ffi::rt_torch_nn_instance_norm(
            input.handle,
            running_mean.map_or(0, |t| t.handle),
            running_var.map_or(0, |t| t.handle),
            weight.map_or(0, |t| t.handle),
            bias.map_or(0, |t| t.handle),
            use_input_stats,
            momentum,
            eps,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Root-mean-square normalisation over the trailing dimensions, with an element-wise scale.
///
/// * `input`: The input.
/// * `normalized_shape`: The trailing shape to normalise over.
/// * `weight`: The scale, shaped like normalized_shape; None for none. PyTorch's default:
///   `None`.
/// * `eps`: Added to the mean square for numerical stability; None for the machine epsilon of
///   input's dtype. PyTorch's default: `None`.
///
/// Returns: A new tensor shaped like input.
///
/// Schema: `(Tensor input, int[] normalized_shape, Tensor? weight=None, float? eps=None) -> Tensor`.
/// Binds `rt_torch_nn_rms_norm`; PyTorch: `torch.nn.functional.rms_norm` (ATen `rms_norm`).
pub fn rms_norm(
    input: &Tensor,
    normalized_shape: &[i64],
    weight: Option<&Tensor>,
    eps: Option<f64>,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_rms_norm(
            input.handle,
            normalized_shape.as_ptr(),
            len_arg(normalized_shape.len()),
            weight.map_or(0, |t| t.handle),
            eps.unwrap_or_default(),
            eps.is_some(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Local response normalisation across neighbouring channels.
///
/// * `input`: The input, of shape (N, C, *) with at least 3 dimensions.
/// * `size`: The number of neighbouring channels to normalise over.
/// * `alpha`: The multiplicative factor. PyTorch's default: `0.0001`.
/// * `beta`: The exponent. PyTorch's default: `0.75`.
/// * `k`: The additive factor. PyTorch's default: `1.0`.
///
/// Returns: A new tensor shaped like input.
///
/// Schema: `(Tensor input, int size, float alpha=0.0001, float beta=0.75, float k=1.0) -> Tensor`.
/// Binds `rt_torch_nn_local_response_norm`; PyTorch: `torch.nn.functional.local_response_norm`.
pub fn local_response_norm(
    input: &Tensor,
    size: i64,
    alpha: f64,
    beta: f64,
    k: f64,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_nn_local_response_norm(input.handle, size, alpha, beta, k) };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Divides the input by its p-norm along a dimension, clamped below by eps.
///
/// * `input`: A floating-point input.
/// * `p`: The norm degree. PyTorch's default: `2.0`.
/// * `dim`: The dimension to normalise along; negative values count from the end. PyTorch's
///   default: `1`.
/// * `eps`: The smallest norm divided by. PyTorch's default: `1e-12`.
///
/// Returns: A new tensor shaped like input.
///
/// Schema: `(Tensor input, float p=2.0, int dim=1, float eps=1e-12) -> Tensor`.
/// Binds `rt_torch_nn_normalize`; PyTorch: `torch.nn.functional.normalize`.
pub fn normalize(input: &Tensor, p: f64, dim: i64, eps: f64) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_nn_normalize(input.handle, p, dim, eps) };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Pads (or, with negative sizes, crops) the trailing dimensions, with a constant or from the
/// input's edges.
///
/// * `input`: The input.
/// * `pad`: Pairs of (before, after) sizes, from the last dimension backwards: an even length
///   of at most 2 * input.dim().
/// * `mode`: constant, reflect, replicate or circular (the last three pad at most 3 trailing
///   dimensions). PyTorch's default: `PadMode::Constant`.
/// * `value`: The fill value of constant padding; None for 0. PyTorch's default: `None`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, int[] pad, pad_mode mode='constant', float? value=None) -> Tensor`.
/// Binds `rt_torch_nn_pad`; PyTorch: `torch.nn.functional.pad` (ATen `pad`).
pub fn pad(
    input: &Tensor,
    pad: &[i64],
    mode: PadMode,
    value: Option<f64>,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_pad(
            input.handle,
            pad.as_ptr(),
            len_arg(pad.len()),
            mode.as_c_str().as_ptr(),
            value.unwrap_or_default(),
            value.is_some(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Extracts sliding local blocks of a batch of images as columns (im2col).
///
/// * `input`: The input, of shape (N, C, H, W) or (C, H, W).
/// * `kernel_size`: The size of the blocks. One value stands for 2.
/// * `dilation`: The spacing between block elements. One value stands for 2. PyTorch's default:
///   `&[1]`.
/// * `padding`: Implicit zero padding on both sides. One value stands for 2. PyTorch's default:
///   `&[0]`.
/// * `stride`: The step of the blocks. One value stands for 2. PyTorch's default: `&[1]`.
///
/// Returns: A new tensor of shape (N, C * kH * kW, L) or (C * kH * kW, L), L the number of
/// blocks.
///
/// Schema: `(Tensor input, int[2] kernel_size, int[2] dilation=1, int[2] padding=0, int[2] stride=1) -> Tensor`.
/// Binds `rt_torch_nn_unfold`; PyTorch: `torch.nn.functional.unfold` (ATen `im2col`).
pub fn unfold(
    input: &Tensor,
    kernel_size: &[i64],
    dilation: &[i64],
    padding: &[i64],
    stride: &[i64],
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_unfold(
            input.handle,
            kernel_size.as_ptr(),
            len_arg(kernel_size.len()),
            dilation.as_ptr(),
            len_arg(dilation.len()),
            padding.as_ptr(),
            len_arg(padding.len()),
            stride.as_ptr(),
            len_arg(stride.len()),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// The cosine similarity of x1 and x2 along a dimension (broadcasting).
///
/// * `x1`: The first input.
/// * `x2`: The second input, broadcastable to x1.
/// * `dim`: The dimension to compute it along. PyTorch's default: `1`.
/// * `eps`: The smallest norm divided by. PyTorch's default: `1e-08`.
///
/// Returns: A new tensor without dim.
///
/// Schema: `(Tensor x1, Tensor x2, int dim=1, float eps=1e-08) -> Tensor`.
/// Binds `rt_torch_nn_cosine_similarity`; PyTorch: `torch.nn.functional.cosine_similarity` (ATen `cosine_similarity`).
pub fn cosine_similarity(
    x1: &Tensor,
    x2: &Tensor,
    dim: i64,
    eps: f64,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_nn_cosine_similarity(x1.handle, x2.handle, dim, eps) };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// The p-norm distance between matching rows of x1 and x2.
///
/// * `x1`: The first vectors, of shape (N, D) or (D).
/// * `x2`: The second vectors, broadcastable to x1.
/// * `p`: The norm degree. PyTorch's default: `2.0`.
/// * `eps`: Added to the differences to avoid division by zero. PyTorch's default: `1e-06`.
/// * `keepdim`: Keep the reduced last dimension with size 1. PyTorch's default: `false`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor x1, Tensor x2, float p=2.0, float eps=1e-06, bool keepdim=False) -> Tensor`.
/// Binds `rt_torch_nn_pairwise_distance`; PyTorch: `torch.nn.functional.pairwise_distance` (ATen `pairwise_distance`).
pub fn pairwise_distance(
    x1: &Tensor,
    x2: &Tensor,
    p: f64,
    eps: f64,
    keepdim: bool,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe {
        ffi::rt_torch_nn_pairwise_distance(x1.handle, x2.handle, p, eps, keepdim)
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// The p-norm distance between every pair of rows of a matrix (the upper triangle, flattened).
///
/// * `input`: A matrix of shape (N, M).
/// * `p`: The norm degree; not negative. PyTorch's default: `2.0`.
///
/// Returns: A new tensor of shape (N * (N - 1) / 2).
///
/// Schema: `(Tensor input, float p=2.0) -> Tensor`.
/// Binds `rt_torch_nn_pdist`; PyTorch: `torch.nn.functional.pdist` (ATen `pdist`).
pub fn pdist(input: &Tensor, p: f64) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_nn_pdist(input.handle, p) };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Rearranges (*, C * r^2, H, W) into (*, C, H * r, W * r).
///
/// * `input`: The input, of at least 3 dimensions.
/// * `upscale_factor`: r, the factor the height and width grow by.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, int upscale_factor) -> Tensor`.
/// Binds `rt_torch_nn_pixel_shuffle`; PyTorch: `torch.nn.functional.pixel_shuffle` (ATen `pixel_shuffle`).
pub fn pixel_shuffle(input: &Tensor, upscale_factor: i64) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_nn_pixel_shuffle(input.handle, upscale_factor) };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Rearranges (*, C, H * r, W * r) into (*, C * r^2, H, W), reversing pixel_shuffle.
///
/// * `input`: The input, of at least 3 dimensions.
/// * `downscale_factor`: r, the factor the height and width shrink by.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, int downscale_factor) -> Tensor`.
/// Binds `rt_torch_nn_pixel_unshuffle`; PyTorch: `torch.nn.functional.pixel_unshuffle` (ATen `pixel_unshuffle`).
pub fn pixel_unshuffle(input: &Tensor, downscale_factor: i64) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_nn_pixel_unshuffle(input.handle, downscale_factor) };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Splits the channels into groups and interleaves them.
///
/// * `input`: The input, of shape (N, C, *) with C divisible by groups.
/// * `groups`: The number of groups.
///
/// Returns: A new tensor shaped like input.
///
/// Schema: `(Tensor input, int groups) -> Tensor`.
/// Binds `rt_torch_nn_channel_shuffle`; PyTorch: `torch.nn.functional.channel_shuffle` (ATen `channel_shuffle`).
pub fn channel_shuffle(input: &Tensor, groups: i64) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_nn_channel_shuffle(input.handle, groups) };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// One-hot encodings of int64 class indices.
///
/// * `tensor`: int64 class indices, not negative.
/// * `num_classes`: The number of classes; -1 for the largest index plus one. PyTorch's
///   default: `-1`.
///
/// Returns: A new int64 tensor of shape (*tensor.shape, num_classes).
///
/// Schema: `(Tensor tensor, int num_classes=-1) -> Tensor`.
/// Binds `rt_torch_nn_one_hot`; PyTorch: `torch.nn.functional.one_hot` (ATen `one_hot`).
pub fn one_hot(tensor: &Tensor, num_classes: i64) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_nn_one_hot(tensor.handle, num_classes) };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// The bilinear map y = x1^T A x2 + b, one matrix A per output feature.
///
/// * `input1`: The first input, of shape (*, in1_features).
/// * `input2`: The second input, of shape (*, in2_features).
/// * `weight`: The matrices, of shape (out_features, in1_features, in2_features).
/// * `bias`: The bias of shape (out_features); None for none. PyTorch's default: `None`.
///
/// Returns: A new tensor of shape (*, out_features).
///
/// Schema: `(Tensor input1, Tensor input2, Tensor weight, Tensor? bias=None) -> Tensor`.
/// Binds `rt_torch_nn_bilinear`; PyTorch: `torch.nn.functional.bilinear` (ATen `bilinear`).
pub fn bilinear(
    input1: &Tensor,
    input2: &Tensor,
    weight: &Tensor,
    bias: Option<&Tensor>,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe {
        ffi::rt_torch_nn_bilinear(
            input1.handle,
            input2.handle,
            weight.handle,
            bias.map_or(0, |t| t.handle),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Zeroes whole channels with probability p and scales the rest by 1/(1-p) when training.
///
/// * `input`: The input, of shape (N, C, H, W) or (N, C, L) (PyTorch warns for other shapes).
/// * `p`: The drop probability, in \[0, 1\]. PyTorch's default: `0.5`.
/// * `training`: Apply dropout (true) or return the input unchanged (false). PyTorch's default:
///   `true`.
///
/// Returns: A new tensor; reproducible after rt_torch_manual_seed.
///
/// Schema: `(Tensor input, float p=0.5, bool training=True) -> Tensor`.
/// Binds `rt_torch_nn_dropout2d`; PyTorch: `torch.nn.functional.dropout2d` (ATen `feature_dropout`).
pub fn dropout2d(input: &Tensor, p: f64, training: bool) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_nn_dropout2d(input.handle, p, training) };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Zeroes whole 3-D channels with probability p and scales the rest by 1/(1-p) when training.
///
/// * `input`: The input, of shape (N, C, D, H, W), or (C, D, H, W) taken as one sample (PyTorch
///   warns for other shapes).
/// * `p`: The drop probability, in \[0, 1\]. PyTorch's default: `0.5`.
/// * `training`: Apply dropout (true) or return the input unchanged (false). PyTorch's default:
///   `true`.
///
/// Returns: A new tensor; reproducible after rt_torch_manual_seed.
///
/// Schema: `(Tensor input, float p=0.5, bool training=True) -> Tensor`.
/// Binds `rt_torch_nn_dropout3d`; PyTorch: `torch.nn.functional.dropout3d` (ATen `feature_dropout`).
pub fn dropout3d(input: &Tensor, p: f64, training: bool) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_nn_dropout3d(input.handle, p, training) };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Alpha dropout, which keeps the mean and variance of SELU activations, when training.
///
/// * `input`: The input.
/// * `p`: The drop probability, in \[0, 1\]. PyTorch's default: `0.5`.
/// * `training`: Apply dropout (true) or return the input unchanged (false). PyTorch's default:
///   `false`.
///
/// Returns: A new tensor; reproducible after rt_torch_manual_seed.
///
/// Schema: `(Tensor input, float p=0.5, bool training=False) -> Tensor`.
/// Binds `rt_torch_nn_alpha_dropout`; PyTorch: `torch.nn.functional.alpha_dropout` (ATen `alpha_dropout`).
pub fn alpha_dropout(input: &Tensor, p: f64, training: bool) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_nn_alpha_dropout(input.handle, p, training) };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Scaled dot-product attention softmax(Q K^T * scale + mask) V, with optional causal masking
/// and dropout.
///
/// * `query`: The queries, of shape (N, ..., Hq, L, E).
/// * `key`: The keys, of shape (N, ..., H, S, E).
/// * `value`: The values, of shape (N, ..., H, S, Ev).
/// * `attn_mask`: A boolean mask (true to attend) or a float bias, broadcastable to (N, ..., L,
///   S); None for none. PyTorch's default: `None`.
/// * `dropout_p`: The dropout probability of the attention weights. PyTorch's default: `0.0`.
/// * `is_causal`: Mask every key after its query (with no attn_mask). PyTorch's default:
///   `false`.
/// * `scale`: The factor of Q K^T; None for 1 / sqrt(E). Keyword-only in PyTorch. PyTorch's
///   default: `None`.
/// * `enable_gqa`: Allow fewer key and value heads than query heads (grouped-query attention).
///   Keyword-only in PyTorch. PyTorch's default: `false`.
///
/// Returns: A new tensor of shape (N, ..., Hq, L, Ev).
///
/// Schema: `(Tensor query, Tensor key, Tensor value, Tensor? attn_mask=None, float dropout_p=0.0, bool is_causal=False, *, float? scale=None, bool enable_gqa=False) -> Tensor`.
/// Binds `rt_torch_nn_scaled_dot_product_attention`; PyTorch: `torch.nn.functional.scaled_dot_product_attention` (ATen `scaled_dot_product_attention`).
#[allow(clippy::too_many_arguments)]
pub fn scaled_dot_product_attention(
    query: &Tensor,
    key: &Tensor,
    value: &Tensor,
    attn_mask: Option<&Tensor>,
    dropout_p: f64,
    is_causal: bool,
    scale: Option<f64>,
    enable_gqa: bool,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe {
        ffi::rt_torch_nn_scaled_dot_product_attention(
            query.handle,
            key.handle,
            value.handle,
            attn_mask.map_or(0, |t| t.handle),
            dropout_p,
            is_causal,
            scale.unwrap_or_default(),
            scale.is_some(),
            enable_gqa,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Samples the input at the grid's normalised coordinates, by interpolation.
///
/// * `input`: The input, of shape (N, C, H, W) or (N, C, D, H, W).
/// * `grid`: Coordinates in \[-1, 1\], of shape (N, H_out, W_out, 2) or (N, D_out, H_out,
///   W_out, 3).
/// * `mode`: bilinear, nearest or bicubic (4-D input only). PyTorch's default:
///   `GridSampleMode::Bilinear`.
/// * `padding_mode`: What is read outside the input: zeros, border or reflection. PyTorch's
///   default: `GridSamplePaddingMode::Zeros`.
/// * `align_corners`: -1 and 1 are the centres (true) or the outer edges (false) of the corner
///   pixels; None for false, with PyTorch's warning. PyTorch's default: `None`.
///
/// Returns: A new tensor of shape (N, C, H_out, W_out) or (N, C, D_out, H_out, W_out).
///
/// Schema: `(Tensor input, Tensor grid, grid_sample_mode mode='bilinear', grid_sample_padding_mode padding_mode='zeros', bool? align_corners=None) -> Tensor`.
/// Binds `rt_torch_nn_grid_sample`; PyTorch: `torch.nn.functional.grid_sample` (ATen `grid_sampler`).
pub fn grid_sample(
    input: &Tensor,
    grid: &Tensor,
    mode: GridSampleMode,
    padding_mode: GridSamplePaddingMode,
    align_corners: Option<bool>,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_grid_sample(
            input.handle,
            grid.handle,
            mode.as_c_str().as_ptr(),
            padding_mode.as_c_str().as_ptr(),
            align_corners.unwrap_or_default(),
            align_corners.is_some(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Resizes the spatial dimensions of a batch to a size or by a scale factor, by nearest,
/// linear, cubic or area interpolation.
///
/// * `input`: The input, of shape (N, C, L), (N, C, H, W) or (N, C, D, H, W).
/// * `size`: The output's spatial size: one int for every spatial dimension, or one per
///   dimension; None to use scale_factor. PyTorch's default: `None`.
/// * `scale_factor`: The factor of each spatial dimension: one number for all, or one per
///   dimension; None to use size. PyTorch's default: `None`.
/// * `mode`: nearest, linear (3-D input), bilinear or bicubic (4-D), trilinear (5-D), area or
///   nearest-exact. PyTorch's default: `InterpolateMode::Nearest`.
/// * `align_corners`: For the interpolating modes, align the corner pixels' centres (true) or
///   edges (false); None for false. Must be None for nearest, area and nearest-exact. PyTorch's
///   default: `None`.
/// * `recompute_scale_factor`: Compute the output size from scale_factor and interpolate for
///   that size, ignoring scale_factor; None for false. PyTorch's default: `None`.
/// * `antialias`: Apply an anti-aliasing filter when downsampling (bilinear and bicubic on 4-D
///   input only). PyTorch's default: `false`.
///
/// Returns: A new tensor of shape (N, C, *output size).
///
/// Schema: `(Tensor input, int[]? size=None, float[]? scale_factor=None, interpolate_mode mode='nearest', bool? align_corners=None, bool? recompute_scale_factor=None, bool antialias=False) -> Tensor`.
/// Binds `rt_torch_nn_interpolate`; PyTorch: `torch.nn.functional.interpolate`.
pub fn interpolate(
    input: &Tensor,
    size: Option<&[i64]>,
    scale_factor: Option<&[f64]>,
    mode: InterpolateMode,
    align_corners: Option<bool>,
    recompute_scale_factor: Option<bool>,
    antialias: bool,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_interpolate(
            input.handle,
            size.unwrap_or_default().as_ptr(),
            len_arg(size.unwrap_or_default().len()),
            size.is_some(),
            scale_factor.unwrap_or_default().as_ptr(),
            len_arg(scale_factor.unwrap_or_default().len()),
            scale_factor.is_some(),
            mode.as_c_str().as_ptr(),
            align_corners.unwrap_or_default(),
            align_corners.is_some(),
            recompute_scale_factor.unwrap_or_default(),
            recompute_scale_factor.is_some(),
            antialias,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Partial inverse of max_pool1d, scattering the maxima back to their positions and zeros
/// elsewhere.
///
/// * `input`: The maxima, of shape (N, C, L) or (C, L).
/// * `indices`: Their int64 positions, as max_pool1d with return_indices gives them.
/// * `kernel_size`: The size of the pooling window. One value stands for 1.
/// * `stride`: The step of the pooling window; None for kernel_size. One value stands for 1.
///   PyTorch's default: `None`.
/// * `padding`: The padding of the pooling. One value stands for 1. PyTorch's default: `&[0]`.
/// * `output_size`: The output's spatial size (1 values, or 3 with N and C), within a stride of
///   the default; None for the size the pooling came from without its remainder. PyTorch's
///   default: `None`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, Tensor indices, int[1] kernel_size, int[1]? stride=None, int[1] padding=0, int[]? output_size=None) -> Tensor`.
/// Binds `rt_torch_nn_max_unpool1d`; PyTorch: `torch.nn.functional.max_unpool1d` (ATen `max_unpool2d`).
pub fn max_unpool1d(
    input: &Tensor,
    indices: &Tensor,
    kernel_size: &[i64],
    stride: Option<&[i64]>,
    padding: &[i64],
    output_size: Option<&[i64]>,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_max_unpool1d(
            input.handle,
            indices.handle,
            kernel_size.as_ptr(),
            len_arg(kernel_size.len()),
            stride.unwrap_or_default().as_ptr(),
            len_arg(stride.unwrap_or_default().len()),
            stride.is_some(),
            padding.as_ptr(),
            len_arg(padding.len()),
            output_size.unwrap_or_default().as_ptr(),
            len_arg(output_size.unwrap_or_default().len()),
            output_size.is_some(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Partial inverse of max_pool2d, scattering the maxima back to their positions and zeros
/// elsewhere.
///
/// * `input`: The maxima, of shape (N, C, H, W) or (C, H, W).
/// * `indices`: Their int64 positions, as max_pool2d with return_indices gives them.
/// * `kernel_size`: The size of the pooling window. One value stands for 2.
/// * `stride`: The step of the pooling window; None for kernel_size. One value stands for 2.
///   PyTorch's default: `None`.
/// * `padding`: The padding of the pooling. One value stands for 2. PyTorch's default: `&[0]`.
/// * `output_size`: The output's spatial size (2 values, or 4 with N and C), within a stride of
///   the default; None for the size the pooling came from without its remainder. PyTorch's
///   default: `None`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, Tensor indices, int[2] kernel_size, int[2]? stride=None, int[2] padding=0, int[]? output_size=None) -> Tensor`.
/// Binds `rt_torch_nn_max_unpool2d`; PyTorch: `torch.nn.functional.max_unpool2d` (ATen `max_unpool2d`).
pub fn max_unpool2d(
    input: &Tensor,
    indices: &Tensor,
    kernel_size: &[i64],
    stride: Option<&[i64]>,
    padding: &[i64],
    output_size: Option<&[i64]>,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_max_unpool2d(
            input.handle,
            indices.handle,
            kernel_size.as_ptr(),
            len_arg(kernel_size.len()),
            stride.unwrap_or_default().as_ptr(),
            len_arg(stride.unwrap_or_default().len()),
            stride.is_some(),
            padding.as_ptr(),
            len_arg(padding.len()),
            output_size.unwrap_or_default().as_ptr(),
            len_arg(output_size.unwrap_or_default().len()),
            output_size.is_some(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Partial inverse of max_pool3d, scattering the maxima back to their positions and zeros
/// elsewhere.
///
/// * `input`: The maxima, of shape (N, C, D, H, W) or (C, D, H, W).
/// * `indices`: Their int64 positions, as max_pool3d with return_indices gives them.
/// * `kernel_size`: The size of the pooling window. One value stands for 3.
/// * `stride`: The step of the pooling window; None for kernel_size. One value stands for 3.
///   PyTorch's default: `None`.
/// * `padding`: The padding of the pooling. One value stands for 3. PyTorch's default: `&[0]`.
/// * `output_size`: The output's spatial size (3 values, or 5 with N and C), within a stride of
///   the default; None for the size the pooling came from without its remainder. PyTorch's
///   default: `None`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, Tensor indices, int[3] kernel_size, int[3]? stride=None, int[3] padding=0, int[]? output_size=None) -> Tensor`.
/// Binds `rt_torch_nn_max_unpool3d`; PyTorch: `torch.nn.functional.max_unpool3d` (ATen `max_unpool3d`).
pub fn max_unpool3d(
    input: &Tensor,
    indices: &Tensor,
    kernel_size: &[i64],
    stride: Option<&[i64]>,
    padding: &[i64],
    output_size: Option<&[i64]>,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_max_unpool3d(
            input.handle,
            indices.handle,
            kernel_size.as_ptr(),
            len_arg(kernel_size.len()),
            stride.unwrap_or_default().as_ptr(),
            len_arg(stride.unwrap_or_default().len()),
            stride.is_some(),
            padding.as_ptr(),
            len_arg(padding.len()),
            output_size.unwrap_or_default().as_ptr(),
            len_arg(output_size.unwrap_or_default().len()),
            output_size.is_some(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Negative log-likelihood of targets under Gaussians with the given means and variances,
/// reduced as asked.
///
/// * `input`: The means.
/// * `target`: The samples, shaped like input.
/// * `variance`: The variances, not negative: shaped like input, without its last dimension, or
///   with one dimension of size 1.
/// * `full`: Add the constant 0.5 * log(2 * pi). PyTorch's default: `false`.
/// * `eps`: The smallest variance used (the clamp is not differentiated). PyTorch's default:
///   `1e-06`.
/// * `reduction`: none for the element-wise losses, mean or sum to reduce them. PyTorch's
///   default: `Reduction::Mean`.
///
/// Returns: A new tensor (0-d when reduced).
///
/// Deviation from the reference: PyTorch's third parameter is named var, a reserved word in
/// Simple; here it is variance, so a call that passes it by keyword must say variance=, not
/// var= (by position it is the same).
///
/// Schema: `(Tensor input, Tensor target, Tensor variance, bool full=False, float eps=1e-06, reduction reduction='mean') -> Tensor`.
/// Binds `rt_torch_nn_gaussian_nll_loss`; PyTorch: `torch.nn.functional.gaussian_nll_loss`.
pub fn gaussian_nll_loss(
    input: &Tensor,
    target: &Tensor,
    variance: &Tensor,
    full: bool,
    eps: f64,
    reduction: Reduction,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_gaussian_nll_loss(
            input.handle,
            target.handle,
            variance.handle,
            full,
            eps,
            reduction.as_c_str().as_ptr(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Negative log-likelihood of targets under Gaussians with the given means and one variance,
/// reduced as asked.
///
/// * `input`: The means.
/// * `target`: The samples, shaped like input.
/// * `variance`: The variance of every Gaussian: a float, not negative (an int or bool is a
///   type error, as in PyTorch).
/// * `full`: Add the constant 0.5 * log(2 * pi). PyTorch's default: `false`.
/// * `eps`: The smallest variance used. PyTorch's default: `1e-06`.
/// * `reduction`: none for the element-wise losses, mean or sum to reduce them. PyTorch's
///   default: `Reduction::Mean`.
///
/// Returns: A new tensor (0-d when reduced).
///
/// Deviation from the reference: PyTorch's third parameter is named var, a reserved word in
/// Simple; here it is variance, so a call that passes it by keyword must say variance=, not
/// var= (by position it is the same).
///
/// Schema: `(Tensor input, Tensor target, Scalar variance, bool full=False, float eps=1e-06, reduction reduction='mean') -> Tensor`.
/// Binds `rt_torch_nn_gaussian_nll_loss_float`; PyTorch: `torch.nn.functional.gaussian_nll_loss`.
pub fn gaussian_nll_loss_float(
    input: &Tensor,
    target: &Tensor,
    variance: impl Into<Scalar>,
    full: bool,
    eps: f64,
    reduction: Reduction,
) -> Result<Tensor, TorchError> {
    let (variance, variance_int, variance_kind) = Scalar::c_args(variance.into());
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_gaussian_nll_loss_float(
            input.handle,
            target.handle,
            variance,
            variance_int,
            variance_kind,
            full,
            eps,
            reduction.as_c_str().as_ptr(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Connectionist temporal classification loss between sequences of log-probabilities and target
/// sequences.
///
/// * `log_probs`: Log-probabilities of shape (T, N, C) or (T, C), class blank included.
/// * `targets`: Target class indices, padded of shape (N, S) or concatenated of shape
///   (sum(target_lengths)).
/// * `input_lengths`: The length of each input sequence, of shape (N) or ().
/// * `target_lengths`: The length of each target sequence, of shape (N) or ().
/// * `blank`: The blank class. PyTorch's default: `0`.
/// * `reduction`: none for the per-sequence losses; mean for their mean after dividing each by
///   its target length; sum. PyTorch's default: `Reduction::Mean`.
/// * `zero_infinity`: Replace infinite losses (impossible alignments) and their gradients by
///   zero. PyTorch's default: `false`.
///
/// Returns: A new tensor (0-d when reduced).
///
/// Schema: `(Tensor log_probs, Tensor targets, Tensor input_lengths, Tensor target_lengths, int blank=0, reduction reduction='mean', bool zero_infinity=False) -> Tensor`.
/// Binds `rt_torch_nn_ctc_loss_tensor`; PyTorch: `torch.nn.functional.ctc_loss` (ATen `ctc_loss.Tensor`).
pub fn ctc_loss_tensor(
    log_probs: &Tensor,
    targets: &Tensor,
    input_lengths: &Tensor,
    target_lengths: &Tensor,
    blank: i64,
    reduction: Reduction,
    zero_infinity: bool,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_ctc_loss_tensor(
            log_probs.handle,
            targets.handle,
            input_lengths.handle,
            target_lengths.handle,
            blank,
            reduction.as_c_str().as_ptr(),
            zero_infinity,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Connectionist temporal classification loss, with the sequence lengths given as lists.
///
/// * `log_probs`: Log-probabilities of shape (T, N, C) or (T, C), class blank included.
/// * `targets`: Target class indices, padded of shape (N, S) or concatenated of shape
///   (sum(target_lengths)).
/// * `input_lengths`: The length of each input sequence.
/// * `target_lengths`: The length of each target sequence.
/// * `blank`: The blank class. PyTorch's default: `0`.
/// * `reduction`: none for the per-sequence losses; mean for their mean after dividing each by
///   its target length; sum. PyTorch's default: `Reduction::Mean`.
/// * `zero_infinity`: Replace infinite losses (impossible alignments) and their gradients by
///   zero. PyTorch's default: `false`.
///
/// Returns: A new tensor (0-d when reduced).
///
/// Schema: `(Tensor log_probs, Tensor targets, int[] input_lengths, int[] target_lengths, int blank=0, reduction reduction='mean', bool zero_infinity=False) -> Tensor`.
/// Binds `rt_torch_nn_ctc_loss_intlist`; PyTorch: `torch.nn.functional.ctc_loss` (ATen `ctc_loss.IntList`).
pub fn ctc_loss_intlist(
    log_probs: &Tensor,
    targets: &Tensor,
    input_lengths: &[i64],
    target_lengths: &[i64],
    blank: i64,
    reduction: Reduction,
    zero_infinity: bool,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_ctc_loss_intlist(
            log_probs.handle,
            targets.handle,
            input_lengths.as_ptr(),
            len_arg(input_lengths.len()),
            target_lengths.as_ptr(),
            len_arg(target_lengths.len()),
            blank,
            reduction.as_c_str().as_ptr(),
            zero_infinity,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Sums, averages or takes the maximum of bags of embedding rows, without forming the rows
/// themselves.
///
/// * `input`: int64 (or int32) indices: a 2-D (B, N) batch of fixed-size bags, or 1-D bags
///   delimited by offsets.
/// * `weight`: The table, of shape (num_embeddings, embedding_dim).
/// * `offsets`: For 1-D input, where each bag starts (1-D); None for 2-D input. PyTorch's
///   default: `None`.
/// * `max_norm`: Renormalise, in place, every looked-up row whose norm exceeds this; None for
///   never. PyTorch's default: `None`.
/// * `norm_type`: The p of the p-norm for max_norm. PyTorch's default: `2.0`.
/// * `scale_grad_by_freq`: Scale gradients by the inverse frequency of the indices in the batch
///   (not with max). PyTorch's default: `false`.
/// * `mode`: How each bag is reduced: sum, mean or max. PyTorch's default:
///   `EmbeddingBagMode::Mean`.
/// * `sparse`: Make the gradient of weight a sparse tensor (not with max). PyTorch's default:
///   `false`.
/// * `per_sample_weights`: A weight per index, shaped like input, for mode sum; None for 1.
///   PyTorch's default: `None`.
/// * `include_last_offset`: offsets has one more element, the end of the last bag. PyTorch's
///   default: `false`.
/// * `padding_idx`: A row that is left out of every bag and gets no gradient; None for none.
///   PyTorch's default: `None`.
///
/// Returns: A new tensor of shape (number of bags, embedding_dim).
///
/// Schema: `(Tensor input, Tensor weight, Tensor? offsets=None, float? max_norm=None, float norm_type=2.0, bool scale_grad_by_freq=False, embedding_bag_mode mode='mean', bool sparse=False, Tensor? per_sample_weights=None, bool include_last_offset=False, int? padding_idx=None) -> Tensor`.
/// Binds `rt_torch_nn_embedding_bag`; PyTorch: `torch.nn.functional.embedding_bag` (ATen `embedding_bag.padding_idx`).
#[allow(clippy::too_many_arguments)]
pub fn embedding_bag(
    input: &Tensor,
    weight: &Tensor,
    offsets: Option<&Tensor>,
    max_norm: Option<f64>,
    norm_type: f64,
    scale_grad_by_freq: bool,
    mode: EmbeddingBagMode,
    sparse: bool,
    per_sample_weights: Option<&Tensor>,
    include_last_offset: bool,
    padding_idx: Option<i64>,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_embedding_bag(
            input.handle,
            weight.handle,
            offsets.map_or(0, |t| t.handle),
            max_norm.unwrap_or_default(),
            max_norm.is_some(),
            norm_type,
            scale_grad_by_freq,
            mode.as_c_str().as_ptr(),
            sparse,
            per_sample_weights.map_or(0, |t| t.handle),
            include_last_offset,
            padding_idx.unwrap_or_default(),
            padding_idx.is_some(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Resizes a batch by nearest-neighbour sampling (deprecated in PyTorch for interpolate with
/// mode nearest).
///
/// * `input`: The input, of shape (N, C, L), (N, C, H, W) or (N, C, D, H, W).
/// * `size`: The output's spatial size: one int for every spatial dimension, or one per
///   dimension; None to use scale_factor. PyTorch's default: `None`.
/// * `scale_factor`: The factor of each spatial dimension: one number for all, or one per
///   dimension; None to use size. PyTorch's default: `None`.
///
/// Returns: A new tensor of shape (N, C, *output size).
///
/// Schema: `(Tensor input, int[]? size=None, float[]? scale_factor=None) -> Tensor`.
/// Binds `rt_torch_nn_upsample_nearest`; PyTorch: `torch.nn.functional.upsample_nearest`.
pub fn upsample_nearest(
    input: &Tensor,
    size: Option<&[i64]>,
    scale_factor: Option<&[f64]>,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_upsample_nearest(
            input.handle,
            size.unwrap_or_default().as_ptr(),
            len_arg(size.unwrap_or_default().len()),
            size.is_some(),
            scale_factor.unwrap_or_default().as_ptr(),
            len_arg(scale_factor.unwrap_or_default().len()),
            scale_factor.is_some(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Resizes a batch of images by bilinear interpolation with aligned corners (deprecated in
/// PyTorch for interpolate).
///
/// * `input`: The input, of shape (N, C, H, W).
/// * `size`: The output's height and width: one int for both, or two; None to use scale_factor.
///   PyTorch's default: `None`.
/// * `scale_factor`: The factor of the height and width: one number for both, or two; None to
///   use size. PyTorch's default: `None`.
///
/// Returns: A new tensor of shape (N, C, H_out, W_out).
///
/// Schema: `(Tensor input, int[]? size=None, float[]? scale_factor=None) -> Tensor`.
/// Binds `rt_torch_nn_upsample_bilinear`; PyTorch: `torch.nn.functional.upsample_bilinear`.
pub fn upsample_bilinear(
    input: &Tensor,
    size: Option<&[i64]>,
    scale_factor: Option<&[f64]>,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_upsample_bilinear(
            input.handle,
            size.unwrap_or_default().as_ptr(),
            len_arg(size.unwrap_or_default().len()),
            size.is_some(),
            scale_factor.unwrap_or_default().as_ptr(),
            len_arg(scale_factor.unwrap_or_default().len()),
            scale_factor.is_some(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}
