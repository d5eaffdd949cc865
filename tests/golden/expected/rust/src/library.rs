// generated from fixture.yaml by sffi-gen; do not edit
//! Library functions: what is loaded, the error state, seeding, live handles.

use crate::convert::{DEFAULT_CAPACITY, len_arg, optional_text_arg, optional_text_ptr, read_array, text_arg, text_from_ptr};
use crate::error::{check_ambiguous, check_strict, check_void};
use crate::ffi;
use crate::{AutocastDeviceType, Kind, Tensor, TorchError};

/// Whether libtorch is behind the bridge.
///
/// Returns: true with libtorch.
///
/// Schema: `() -> bool`.
/// Binds `rt_torch_available`.
pub fn available() -> Result<bool, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_available() };
    check_ambiguous(value, !value)
}

/// The libtorch version.
///
/// Returns: major.minor.patch.
///
/// Schema: `() -> str`.
/// Binds `rt_torch_version`; PyTorch: `torch.__version__`.
pub fn version() -> Result<String, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_version() };
    check_strict(value, value.is_null()).map(text_from_ptr)
}

/// The last error code of this thread.
///
/// Returns: 0 or an error code.
///
/// Schema: `() -> int32`.
/// Binds `rt_torch_error_code`.
#[must_use]
pub fn error_code() -> i32 {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_error_code() }
}

/// The last error message of this thread.
///
/// Returns: The message.
///
/// Schema: `() -> str`.
/// Binds `rt_torch_error_message`.
#[must_use]
pub fn error_message() -> String {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    text_from_ptr(unsafe { ffi::rt_torch_error_message() })
}

/// Live handles.
///
/// Returns: The count.
///
/// Schema: `() -> int`.
/// Binds `rt_torch_live_handles`.
pub fn live_handles() -> Result<i64, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_live_handles() };
    check_ambiguous(value, value == -1)
}

/// Takes a text argument.
///
/// * `label`: A label.
///
/// Schema: `(str label) -> ()`.
/// Binds `rt_torch_set_name`.
pub fn set_name(label: &str) -> Result<(), TorchError> {
    let label = text_arg(label, "label")?;
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    unsafe { ffi::rt_torch_set_name(label.as_ptr()) };
    check_void()
}

/// Takes an optional text argument.
///
/// * `mode`: A mode or None. PyTorch's default: `None`.
///
/// Returns: Always 0.
///
/// Schema: `(str? mode=None) -> float`.
/// Binds `rt_torch_set_mode`.
pub fn set_mode(mode: Option<&str>) -> Result<f64, TorchError> {
    let mode = optional_text_arg(mode, "mode")?;
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe { ffi::rt_torch_set_mode(optional_text_ptr(&mode)) };
    check_ambiguous(value, value.is_nan())
}

/// How many warnings the last call raised.
///
/// Returns: The count.
///
/// Schema: `() -> int32`.
/// Binds `rt_torch_warning_count`.
#[must_use]
pub fn warning_count() -> i32 {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_warning_count() }
}

/// One warning's message.
///
/// * `index`: Which warning.
///
/// Returns: The message.
///
/// Schema: `(int index) -> str`.
/// Binds `rt_torch_warning_message`.
#[must_use]
pub fn warning_message(index: i64) -> String {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    text_from_ptr(unsafe { ffi::rt_torch_warning_message(index) })
}

/// One warning's kind.
///
/// * `index`: Which warning.
///
/// Returns: 0 user, 1 deprecation.
///
/// Schema: `(int index) -> int32`.
/// Binds `rt_torch_warning_kind`.
#[must_use]
pub fn warning_kind(index: i64) -> i32 {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_warning_kind(index) }
}

/// The default floating-point dtype.
///
/// Returns: The dtype.
///
/// Schema: `() -> ScalarType`.
/// Binds `rt_torch_get_default_dtype`.
pub fn get_default_dtype() -> Result<Kind, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_get_default_dtype() };
    check_strict(value, value == -1).and_then(Kind::from_code)
}

/// Jit load.
///
/// * `path`: The path.
///
/// Returns: A module handle.
///
/// Schema: `(str path) -> int`.
/// Binds `rt_torch_jit_load`.
pub fn jit_load(path: &str) -> Result<i64, TorchError> {
    let path = text_arg(path, "path")?;
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe { ffi::rt_torch_jit_load(path.as_ptr()) };
    check_ambiguous(value, value == -1)
}

/// Jit module free.
///
/// * `module`: The module handle.
///
/// Schema: `(int module) -> ()`.
/// Binds `rt_torch_jit_module_free`.
pub fn jit_module_free(module: i64) -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_jit_module_free(module) };
    check_void()
}

/// Jit module release.
///
/// * `module`: The module handle.
///
/// Returns: Whether it was live.
///
/// Schema: `(int module) -> bool`.
/// Binds `rt_torch_jit_module_release`.
#[must_use]
pub fn jit_module_release(module: i64) -> bool {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_jit_module_release(module) }
}

/// Jit run method.
///
/// * `module`: The module handle.
/// * `method`: The method.
/// * `inputs`: The inputs.
///
/// Returns: The outputs.
///
/// Schema: `(int module, str method, Tensor[] inputs) -> Tensor[]`.
/// Binds `rt_torch_jit_run_method`.
pub fn jit_run_method(
    module: i64,
    method: &str,
    inputs: &[&Tensor],
) -> Result<Vec<Tensor>, TorchError> {
    let method = text_arg(method, "method")?;
    let inputs: Vec<i64> = inputs.iter().map(|t| t.handle).collect();
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it; `out` holds `out_capacity` writable elements (read_array).
    read_array(4, |out, out_capacity| unsafe {
        ffi::rt_torch_jit_run_method(
            module,
            method.as_ptr(),
            inputs.as_ptr(),
            len_arg(inputs.len()),
            out,
            out_capacity,
        )
    }).map(Tensor::from_handles)
}

/// Jit output kind.
///
/// * `module`: The module handle.
/// * `method`: The method.
///
/// Returns: The kind of its result.
///
/// Schema: `(int module, str method) -> int32`.
/// Binds `rt_torch_jit_output_kind`.
pub fn jit_output_kind(module: i64, method: &str) -> Result<i32, TorchError> {
    let method = text_arg(method, "method")?;
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe { ffi::rt_torch_jit_output_kind(module, method.as_ptr()) };
    check_ambiguous(value, value == -1)
}

/// Jit method names.
///
/// * `module`: The module handle.
///
/// Returns: The names.
///
/// Schema: `(int module) -> str`.
/// Binds `rt_torch_jit_method_names`.
pub fn jit_method_names(module: i64) -> Result<String, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_jit_method_names(module) };
    check_strict(value, value.is_null()).map(text_from_ptr)
}

/// Jit train.
///
/// * `module`: The module handle.
/// * `mode`: Training mode. PyTorch's default: `true`.
///
/// Schema: `(int module, bool mode=True) -> ()`.
/// Binds `rt_torch_jit_train`.
pub fn jit_train(module: i64, mode: bool) -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_jit_train(module, mode) };
    check_void()
}

/// Jit is training.
///
/// * `module`: The module handle.
///
/// Returns: Whether it trains.
///
/// Schema: `(int module) -> bool`.
/// Binds `rt_torch_jit_is_training`.
pub fn jit_is_training(module: i64) -> Result<bool, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_jit_is_training(module) };
    check_ambiguous(value, !value)
}

/// Jit parameters.
///
/// * `module`: The module handle.
///
/// Returns: The parameters.
///
/// Schema: `(int module) -> Tensor[]`.
/// Binds `rt_torch_jit_parameters`.
pub fn jit_parameters(module: i64) -> Result<Vec<Tensor>, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // `out` holds `out_capacity` writable elements (read_array).
    read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
        ffi::rt_torch_jit_parameters(module, out, out_capacity)
    }).map(Tensor::from_handles)
}

/// Jit parameter names.
///
/// * `module`: The module handle.
///
/// Returns: Their names.
///
/// Schema: `(int module) -> str`.
/// Binds `rt_torch_jit_parameter_names`.
pub fn jit_parameter_names(module: i64) -> Result<String, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_jit_parameter_names(module) };
    check_strict(value, value.is_null()).map(text_from_ptr)
}

/// Autocast begin.
///
/// * `device_type`: The device kind.
/// * `dtype`: The dtype. PyTorch's default: `None`.
/// * `enabled`: On. PyTorch's default: `true`.
/// * `cache_enabled`: Cache casts. PyTorch's default: `None`.
///
/// Schema: `(autocast_device_type device_type, ScalarType? dtype=None, bool enabled=True, bool? cache_enabled=None) -> ()`.
/// Binds `rt_torch_autocast_begin`.
pub fn autocast_begin(
    device_type: AutocastDeviceType,
    dtype: Option<Kind>,
    enabled: bool,
    cache_enabled: Option<bool>,
) -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    unsafe {
        ffi::rt_torch_autocast_begin(
            device_type.as_c_str().as_ptr(),
            dtype.map_or(-1, Kind::code),
            enabled,
            cache_enabled.unwrap_or_default(),
            cache_enabled.is_some(),
        )
    };
    check_void()
}

/// Autocast end.
///
/// Schema: `() -> ()`.
/// Binds `rt_torch_autocast_end`.
pub fn autocast_end() -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_autocast_end() };
    check_void()
}

/// Get autocast dtype.
///
/// * `device_type`: The device kind.
///
/// Returns: The dtype.
///
/// Schema: `(autocast_device_type device_type) -> ScalarType`.
/// Binds `rt_torch_get_autocast_dtype`.
pub fn get_autocast_dtype(device_type: AutocastDeviceType) -> Result<Kind, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe { ffi::rt_torch_get_autocast_dtype(device_type.as_c_str().as_ptr()) };
    check_strict(value, value == -1).and_then(Kind::from_code)
}
