// generated from fixture.yaml by sffi-gen; do not edit
//! Neural-network layers and losses as functions (torch.nn.functional).

use crate::convert::{len_arg, read_array};
use crate::error::check_strict;
use crate::ffi;
use crate::{Reduction, Tensor, TorchError};

/// An affine map.
///
/// * `input`: The input.
/// * `weight`: The weights.
/// * `bias`: The bias or 0. PyTorch's default: `None`.
/// * `scale`: A scale. PyTorch's default: `1.0`.
/// * `flags`: Unused flags. PyTorch's default: `0`.
///
/// Returns: A new tensor.
///
/// Deviation from the reference: Takes a scale and flags the reference did not have.
///
/// Schema: `(Tensor input, Tensor weight, Tensor? bias=None, float scale=1.0, int32 flags=0) -> Tensor`.
/// Binds `rt_torch_nn_linear`; PyTorch: `torch.nn.functional.linear`.
pub fn linear(
    input: &Tensor,
    weight: &Tensor,
    bias: Option<&Tensor>,
    scale: f64,
    flags: i32,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe {
        ffi::rt_torch_nn_linear(
            input.handle,
            weight.handle,
            bias.map_or(0, |t| t.handle),
            scale,
            flags,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 2-D max pooling.
///
/// * `input`: The input.
/// * `kernel_size`: The window. One value stands for 2.
/// * `stride`: The step; None for the window. One value stands for 2. PyTorch's default:
///   `None`.
/// * `padding`: Implicit padding. One value stands for 2. PyTorch's default: `&[0]`.
/// * `ceil_mode`: Round the output size up. PyTorch's default: `false`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, int[2] kernel_size, int[2]? stride=None, int[2] padding=0, bool ceil_mode=False) -> Tensor`.
/// Binds `rt_torch_nn_max_pool2d`; PyTorch: `torch.nn.functional.max_pool2d` (ATen `max_pool2d`).
pub fn max_pool2d(
    input: &Tensor,
    kernel_size: &[i64],
    stride: Option<&[i64]>,
    padding: &[i64],
    ceil_mode: bool,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_max_pool2d(
            input.handle,
            kernel_size.as_ptr(),
            len_arg(kernel_size.len()),
            stride.unwrap_or_default().as_ptr(),
            len_arg(stride.unwrap_or_default().len()),
            stride.is_some(),
            padding.as_ptr(),
            len_arg(padding.len()),
            ceil_mode,
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// 2-D max pooling, with the indices of the maxima.
///
/// * `input`: The input.
/// * `kernel_size`: The window. One value stands for 2.
/// * `stride`: The step; None for the window. One value stands for 2. PyTorch's default:
///   `None`.
/// * `padding`: Implicit padding. One value stands for 2. PyTorch's default: `&[0]`.
/// * `ceil_mode`: Round the output size up. PyTorch's default: `false`.
///
/// Returns the tuple `(output, indices)`:
/// * `output`: The maxima.
/// * `indices`: Their flat indices.
///
/// Schema: `(Tensor input, int[2] kernel_size, int[2]? stride=None, int[2] padding=0, bool ceil_mode=False) -> (Tensor output, Tensor indices)`.
/// Binds `rt_torch_nn_max_pool2d_with_indices`; PyTorch: `torch.nn.functional.max_pool2d` (ATen `max_pool2d_with_indices`).
pub fn max_pool2d_with_indices(
    input: &Tensor,
    kernel_size: &[i64],
    stride: Option<&[i64]>,
    padding: &[i64],
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
            ceil_mode,
            out,
            out_capacity,
        )
    }).and_then(Tensor::from_tuple::<2>)?;
    Ok((t0, t1))
}

/// Mean squared error.
///
/// * `input`: The prediction.
/// * `target`: The target.
/// * `reduction`: How to reduce. PyTorch's default: `Reduction::Mean`.
/// * `weight`: Per-element weights. PyTorch's default: `None`.
///
/// Returns: The loss.
///
/// Schema: `(Tensor input, Tensor target, reduction reduction='mean', float[]? weight=None) -> Tensor`.
/// Binds `rt_torch_nn_mse_loss`; PyTorch: `torch.nn.functional.mse_loss`.
pub fn mse_loss(
    input: &Tensor,
    target: &Tensor,
    reduction: Reduction,
    weight: Option<&[f64]>,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_nn_mse_loss(
            input.handle,
            target.handle,
            reduction.as_c_str().as_ptr(),
            weight.unwrap_or_default().as_ptr(),
            len_arg(weight.unwrap_or_default().len()),
            weight.is_some(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}

/// Dropout with an optional generator seed.
///
/// * `input`: The input.
/// * `p`: The probability. PyTorch's default: `0.5`.
/// * `training`: Apply it. PyTorch's default: `true`.
/// * `seed`: A seed for this call. Keyword-only in PyTorch. PyTorch's default: `None`.
/// * `scale`: Another scale. Keyword-only in PyTorch. PyTorch's default: `None`.
/// * `inplace`: Change the input. Keyword-only in PyTorch. PyTorch's default: `None`.
///
/// Returns: A new tensor.
///
/// Schema: `(Tensor input, float p=0.5, bool training=True, *, int? seed=None, float? scale=None, bool? inplace=None) -> Tensor`.
/// Binds `rt_torch_nn_dropout`; PyTorch: `torch.nn.functional.dropout`.
pub fn dropout(
    input: &Tensor,
    p: f64,
    training: bool,
    seed: Option<i64>,
    scale: Option<f64>,
    inplace: Option<bool>,
) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe {
        ffi::rt_torch_nn_dropout(
            input.handle,
            p,
            training,
            seed.unwrap_or_default(),
            seed.is_some(),
            scale.unwrap_or_default(),
            scale.is_some(),
            inplace.unwrap_or_default(),
            inplace.is_some(),
        )
    };
    check_strict(value, value == 0).map(Tensor::from_handle)
}
