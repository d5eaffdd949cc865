// generated from spec/torch_api.yaml by sffi-gen; do not edit
//! CUDA devices and the CUDA caching allocator.

use crate::error::*;
use crate::ffi;

/// Reports whether a CUDA device is usable.
///
/// Returns: true when this libtorch has CUDA support and at least one device.
///
/// Binds `rt_torch_cuda_available`; PyTorch: `torch.cuda.is_available`.
pub fn available() -> Result<bool, TorchError> {
    check_bool(unsafe { ffi::rt_torch_cuda_available() })
}

/// Bytes currently allocated by the CUDA caching allocator on a device.
///
/// * `device_id`: The CUDA device ordinal. Other tiers default it to `0`.
///
/// Returns: The byte count; 0 on a build or machine without CUDA, as
/// torch.cuda.memory_allocated.
///
/// Binds `rt_torch_cuda_memory_allocated`; PyTorch: `torch.cuda.memory_allocated`.
pub fn memory_allocated(device_id: i32) -> Result<i64, TorchError> {
    check_i64(unsafe { ffi::rt_torch_cuda_memory_allocated(device_id) })
}

/// Peak bytes allocated by the CUDA caching allocator on a device.
///
/// * `device_id`: The CUDA device ordinal. Other tiers default it to `0`.
///
/// Returns: The byte count; 0 on a build or machine without CUDA, as
/// torch.cuda.max_memory_allocated.
///
/// Binds `rt_torch_cuda_max_memory_allocated`; PyTorch: `torch.cuda.max_memory_allocated`.
pub fn max_memory_allocated(device_id: i32) -> Result<i64, TorchError> {
    check_i64(unsafe { ffi::rt_torch_cuda_max_memory_allocated(device_id) })
}

/// Releases the unused cached blocks of the CUDA caching allocator.
///
/// Binds `rt_torch_cuda_empty_cache`; PyTorch: `torch.cuda.empty_cache`.
pub fn empty_cache() -> Result<(), TorchError> {
    unsafe { ffi::rt_torch_cuda_empty_cache() };
    check_void()
}

/// The number of usable CUDA devices.
///
/// Returns: The device count; 0 on a build or machine without CUDA.
///
/// Binds `rt_torch_cuda_device_count`; PyTorch: `torch.cuda.device_count`.
pub fn device_count() -> Result<i32, TorchError> {
    check_i32(unsafe { ffi::rt_torch_cuda_device_count() })
}
