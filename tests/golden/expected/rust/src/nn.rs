// generated from fixture.yaml by sffi-gen; do not edit
//! Neural-network layers and losses as functions (torch.nn.functional).

use crate::error::*;
use crate::ffi;
use crate::Tensor;

/// An affine map.
///
/// * `input`: The input.
/// * `weight`: The weights.
/// * `bias`: The bias or 0. Other tiers default it to `None`.
/// * `scale`: A scale. Other tiers default it to `1.0`.
/// * `flags`: Unused flags. Other tiers default it to `0`.
///
/// Returns: A new tensor.
///
/// Deviation from the reference: Takes a scale and flags the reference did not have.
///
/// Binds `rt_torch_nn_linear`; PyTorch: `torch.nn.functional.linear`.
pub fn linear(input: &Tensor, weight: &Tensor, bias: Option<&Tensor>, scale: f64, flags: i32) -> Result<Tensor, TorchError> {
    Tensor::from_result(unsafe { ffi::rt_torch_nn_linear(input.handle, weight.handle, bias.map_or(0, |t| t.handle), scale, flags) })
}
