// generated from spec/torch_api.yaml by sffi-gen; do not edit
//! The catalogue entries the hand-written runtime is built around (their `role`s): the error
//! getters every check reads, and the functions that release each kind of handle. The bridge
//! checks every handle it is given, so these calls are safe with any value.

use std::os::raw::c_char;

use crate::ffi;

/// `rt_torch_error_code`.
pub(crate) fn error_code() -> i32 {
    // SAFETY: no pointers cross; the bridge validates its arguments.
    unsafe { ffi::rt_torch_error_code() }
}

/// `rt_torch_error_message`.
pub(crate) fn error_message() -> *const c_char {
    // SAFETY: no pointers cross; the bridge validates its arguments.
    unsafe { ffi::rt_torch_error_message() }
}

/// `rt_torch_torchtensor_free`.
pub(crate) fn free_tensor(handle: i64) {
    // SAFETY: no pointers cross; the bridge validates its arguments.
    unsafe { ffi::rt_torch_torchtensor_free(handle) };
}

/// `rt_torch_torchtensor_release`.
pub(crate) fn drop_tensor(handle: i64) {
    // SAFETY: no pointers cross; the bridge validates its arguments.
    unsafe { ffi::rt_torch_torchtensor_release(handle) };
}

/// `rt_torch_torchstream_free`.
pub(crate) fn free_stream(handle: i64) {
    // SAFETY: no pointers cross; the bridge validates its arguments.
    unsafe { ffi::rt_torch_torchstream_free(handle) };
}

/// `rt_torch_torchstream_free`.
pub(crate) fn drop_stream(handle: i64) {
    // SAFETY: no pointers cross; the bridge validates its arguments.
    unsafe { ffi::rt_torch_torchstream_free(handle) };
}
