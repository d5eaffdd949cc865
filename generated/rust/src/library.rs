// generated from spec/torch_api.yaml by sffi-gen; do not edit
//! Library functions: what is loaded, the error state, seeding, live handles.

use crate::convert::text_from_ptr;
use crate::error::{check_ambiguous, check_strict, check_void};
use crate::ffi;
use crate::{Kind, TorchError};

/// Reports whether this bridge is backed by libtorch.
///
/// Returns: true for the libtorch bridge; false for the stub bridge built without libtorch.
///
/// Schema: `() -> bool`.
/// Binds `rt_torch_available`.
pub fn available() -> Result<bool, TorchError> {
    let value = unsafe { ffi::rt_torch_available() };
    check_ambiguous(value, !value)
}

/// The version of the libtorch the bridge was built against, as major.minor.patch.
///
/// Returns: For example "2.13.0"; the stub bridge returns "unavailable: built without
/// libtorch".
///
/// Schema: `() -> str`.
/// Binds `rt_torch_version`; PyTorch: `torch.__version__`.
pub fn version() -> Result<String, TorchError> {
    let value = unsafe { ffi::rt_torch_version() };
    check_strict(value, value.is_null()).map(text_from_ptr)
}

/// The error code of the last call on this thread (0 when it succeeded).
///
/// Returns: 0 or one of the error codes of this catalogue.
///
/// Schema: `() -> int32`.
/// Binds `rt_torch_error_code`.
pub fn error_code() -> i32 {
    unsafe { ffi::rt_torch_error_code() }
}

/// The message of the last failed call on this thread, without a C++ backtrace.
///
/// Returns: The message, naming the function that failed (empty after a success); valid until
/// the next call on this thread.
///
/// Schema: `() -> str`.
/// Binds `rt_torch_error_message`.
pub fn error_message() -> String {
    text_from_ptr(unsafe { ffi::rt_torch_error_message() })
}

/// Clears this thread's error state.
///
/// Schema: `() -> ()`.
/// Binds `rt_torch_error_clear`.
pub fn error_clear() -> Result<(), TorchError> {
    unsafe { ffi::rt_torch_error_clear() };
    check_void()
}

/// The number of live tensor and stream handles and DLPack exports, for leak checks.
///
/// Returns: Handles created and not yet freed, plus DLManagedTensors from
/// rt_torch_torchtensor_to_dlpack whose deleter has not run, over all threads.
///
/// Schema: `() -> int`.
/// Binds `rt_torch_live_handles`.
pub fn live_handles() -> Result<i64, TorchError> {
    let value = unsafe { ffi::rt_torch_live_handles() };
    check_ambiguous(value, value == -1)
}

/// Frees a DLPack DLManagedTensor that was never consumed, by running its deleter.
///
/// * `address`: The address of a DLManagedTensor the caller owns and nobody consumed (a capsule
///   still named dltensor); it is invalid afterwards. 0 is a value error; anything else that is
///   not such an address is undefined behaviour.
/// * `versioned`: true when the address is of a DLManagedTensorVersioned, false for a
///   DLManagedTensor.
///
/// # Safety
///
/// The bridge cannot check every argument (an address it dereferences): the caller upholds the
/// contract of the parameters above.
///
/// Schema: `(int address, bool versioned) -> ()`.
/// Binds `rt_torch_dlpack_free`.
pub unsafe fn dlpack_free(address: i64, versioned: bool) -> Result<(), TorchError> {
    unsafe { ffi::rt_torch_dlpack_free(address, versioned) };
    check_void()
}

/// Seeds the default random generators, as torch.manual_seed.
///
/// * `seed`: The seed.
///
/// Schema: `(int seed) -> ()`.
/// Binds `rt_torch_manual_seed`; PyTorch: `torch.manual_seed`.
pub fn manual_seed(seed: i64) -> Result<(), TorchError> {
    unsafe { ffi::rt_torch_manual_seed(seed) };
    check_void()
}

/// Sets the number of threads intra-op parallelism uses in this process, as
/// torch.set_num_threads.
///
/// * `num_threads`: The number of threads, from 1 to 8 per hardware thread of the machine. A
///   child forked from a process that ran parallel operations sets 1 before its own (PyTorch's
///   rule for forked children).
///
/// Deviation from the reference: PyTorch takes any positive count; the OpenMP runtime then ends
/// the process when it cannot create a team that large. A count above 8 per hardware thread is
/// a value error here.
///
/// Schema: `(int32 num_threads) -> ()`.
/// Binds `rt_torch_set_num_threads`; PyTorch: `torch.set_num_threads`.
pub fn set_num_threads(num_threads: i32) -> Result<(), TorchError> {
    unsafe { ffi::rt_torch_set_num_threads(num_threads) };
    check_void()
}

/// The number of threads intra-op parallelism uses, as torch.get_num_threads.
///
/// Returns: The number of threads.
///
/// Schema: `() -> int32`.
/// Binds `rt_torch_get_num_threads`; PyTorch: `torch.get_num_threads`.
pub fn get_num_threads() -> Result<i32, TorchError> {
    let value = unsafe { ffi::rt_torch_get_num_threads() };
    check_ambiguous(value, value == -1)
}

/// How many warnings libtorch raised during the last call on this thread (its TORCH_WARN
/// messages, which it would print).
///
/// Returns: 0 when the call raised none; the first 64 are kept. They stay readable until the
/// next call on this thread, as the error does.
///
/// Schema: `() -> int32`.
/// Binds `rt_torch_warning_count`.
pub fn warning_count() -> i32 {
    unsafe { ffi::rt_torch_warning_count() }
}

/// The message of one warning of the last call on this thread.
///
/// * `index`: Which warning, from 0 to rt_torch_warning_count() - 1.
///
/// Returns: The message (empty for an index out of range); valid until the next call on this
/// thread.
///
/// Schema: `(int index) -> str`.
/// Binds `rt_torch_warning_message`.
pub fn warning_message(index: i64) -> String {
    text_from_ptr(unsafe { ffi::rt_torch_warning_message(index) })
}

/// The kind of one warning of the last call on this thread, as PyTorch's Python binding
/// classifies it.
///
/// * `index`: Which warning, from 0 to rt_torch_warning_count() - 1.
///
/// Returns: 0 for a UserWarning, 1 for a DeprecationWarning, -1 for an index out of range.
///
/// Schema: `(int index) -> int32`.
/// Binds `rt_torch_warning_kind`.
pub fn warning_kind(index: i64) -> i32 {
    unsafe { ffi::rt_torch_warning_kind(index) }
}

/// Sets the floating-point dtype that tensors get by default in this process (creation
/// functions, float Python data, integer-float promotion), as torch.set_default_dtype; the
/// default complex dtype follows (complex64 for float32, complex128 for float64).
///
/// * `dtype`: A floating-point dtype: float32 (the initial default), float64, float16 or
///   bfloat16.
///
/// Schema: `(ScalarType dtype) -> ()`.
/// Binds `rt_torch_set_default_dtype`; PyTorch: `torch.set_default_dtype`.
pub fn set_default_dtype(dtype: Kind) -> Result<(), TorchError> {
    unsafe { ffi::rt_torch_set_default_dtype(dtype.code()) };
    check_void()
}

/// The floating-point dtype tensors get by default in this process, as torch.get_default_dtype.
///
/// Returns: The default dtype (float32 unless rt_torch_set_default_dtype changed it).
///
/// Schema: `() -> ScalarType`.
/// Binds `rt_torch_get_default_dtype`; PyTorch: `torch.get_default_dtype`.
pub fn get_default_dtype() -> Result<Kind, TorchError> {
    let value = unsafe { ffi::rt_torch_get_default_dtype() };
    check_strict(value, value == -1).and_then(Kind::from_code)
}
