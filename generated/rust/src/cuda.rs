// generated from spec/torch_api.yaml by sffi-gen; do not edit
//! CUDA devices and the CUDA caching allocator.

use crate::error::{check_ambiguous, check_void};
use crate::ffi;
use crate::TorchError;

/// Reports whether a CUDA device is usable.
///
/// Returns: true when this libtorch has CUDA support and at least one device.
///
/// Schema: `() -> bool`.
/// Binds `rt_torch_cuda_available`; PyTorch: `torch.cuda.is_available`.
pub fn available() -> Result<bool, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_cuda_available() };
    check_ambiguous(value, !value)
}

/// Bytes currently allocated by the CUDA caching allocator on a device.
///
/// * `device_id`: The CUDA device ordinal. PyTorch's default: `0`.
///
/// Returns: The byte count; 0 on a build or machine without CUDA, as
/// torch.cuda.memory_allocated.
///
/// Schema: `(int32 device_id=0) -> int`.
/// Binds `rt_torch_cuda_memory_allocated`; PyTorch: `torch.cuda.memory_allocated`.
pub fn memory_allocated(device_id: i32) -> Result<i64, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_cuda_memory_allocated(device_id) };
    check_ambiguous(value, value == -1)
}

/// Peak bytes allocated by the CUDA caching allocator on a device.
///
/// * `device_id`: The CUDA device ordinal. PyTorch's default: `0`.
///
/// Returns: The byte count; 0 on a build or machine without CUDA, as
/// torch.cuda.max_memory_allocated.
///
/// Schema: `(int32 device_id=0) -> int`.
/// Binds `rt_torch_cuda_max_memory_allocated`; PyTorch: `torch.cuda.max_memory_allocated`.
pub fn max_memory_allocated(device_id: i32) -> Result<i64, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_cuda_max_memory_allocated(device_id) };
    check_ambiguous(value, value == -1)
}

/// Releases the unused cached blocks of the CUDA caching allocator.
///
/// Schema: `() -> ()`.
/// Binds `rt_torch_cuda_empty_cache`; PyTorch: `torch.cuda.empty_cache`.
pub fn empty_cache() -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_cuda_empty_cache() };
    check_void()
}

/// The number of usable CUDA devices.
///
/// Returns: The device count; 0 on a build or machine without CUDA.
///
/// Schema: `() -> int32`.
/// Binds `rt_torch_cuda_device_count`; PyTorch: `torch.cuda.device_count`.
pub fn device_count() -> Result<i32, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_cuda_device_count() };
    check_ambiguous(value, value == -1)
}
