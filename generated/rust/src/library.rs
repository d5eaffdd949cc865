// generated from spec/torch_api.yaml by sffi-gen; do not edit
//! Library functions: what is loaded, the error state, seeding, live handles.

use crate::convert::{DEFAULT_CAPACITY, len_arg, read_array, text_arg, text_from_ptr};
use crate::error::{check_ambiguous, check_strict, check_void};
use crate::ffi;
use crate::{AutocastDeviceType, Kind, ReduceOp, Tensor, TorchError};

/// Reports whether this bridge is backed by libtorch.
///
/// Returns: true for the libtorch bridge; false for the stub bridge built without libtorch.
///
/// Schema: `() -> bool`.
/// Binds `rt_torch_available`.
pub fn available() -> Result<bool, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
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
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_version() };
    check_strict(value, value.is_null()).map(text_from_ptr)
}

/// The error code of the last call on this thread (0 when it succeeded).
///
/// Returns: 0 or one of the error codes of this catalogue.
///
/// Schema: `() -> int32`.
/// Binds `rt_torch_error_code`.
#[must_use]
pub fn error_code() -> i32 {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_error_code() }
}

/// The message of the last failed call on this thread, without a C++ backtrace.
///
/// Returns: The message, naming the function that failed (empty after a success); valid until
/// the next call on this thread.
///
/// Schema: `() -> str`.
/// Binds `rt_torch_error_message`.
#[must_use]
pub fn error_message() -> String {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    text_from_ptr(unsafe { ffi::rt_torch_error_message() })
}

/// Clears this thread's error state.
///
/// Schema: `() -> ()`.
/// Binds `rt_torch_error_clear`.
pub fn error_clear() -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
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
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
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
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // what the bridge cannot check is the caller's contract (this function's `# Safety`).
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
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
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
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
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
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
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
#[must_use]
pub fn warning_count() -> i32 {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
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
#[must_use]
pub fn warning_message(index: i64) -> String {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
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
#[must_use]
pub fn warning_kind(index: i64) -> i32 {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
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
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
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
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_get_default_dtype() };
    check_strict(value, value == -1).and_then(Kind::from_code)
}

/// Loads a TorchScript module saved by torch.jit.save (torch::jit::load), onto the CPU.
///
/// * `path`: The file's path (UTF-8).
///
/// Returns: A new module handle (never 0 nor -1); free it with rt_torch_jit_module_free. -1 on
/// failure: a missing file or a directory is a value error with torch.jit.load's message, an
/// unreadable file the error of torch::jit::load.
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

/// Releases a module handle; the module goes when no call on another thread still runs it.
///
/// * `module`: The module handle; invalid afterwards (a second free, a forged or a tensor
///   handle is an invalid-handle error).
///
/// Schema: `(int module) -> ()`.
/// Binds `rt_torch_jit_module_free`.
pub fn jit_module_free(module: i64) -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_jit_module_free(module) };
    check_void()
}

/// Releases a module handle from a destructor (garbage collection, Drop), leaving the thread's
/// error state alone.
///
/// * `module`: The module handle.
///
/// Returns: true when it was a live module handle (now freed); false, with no error set, for
/// any other value.
///
/// Schema: `(int module) -> bool`.
/// Binds `rt_torch_jit_module_release`.
#[must_use]
pub fn jit_module_release(module: i64) -> bool {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_jit_module_release(module) }
}

/// Runs a method of a TorchScript module (forward, or another exported method) with tensor
/// inputs, as calling it from PyTorch does.
///
/// * `module`: The module handle.
/// * `method`: The method's name: forward for calling the module.
/// * `inputs`: The positional inputs; their count and types are checked against the method's
///   schema (a RuntimeError in PyTorch: the error code other).
///
/// Returns: The outputs: one tensor for a Tensor result, the items of a tuple or list of
/// tensors; any other result is a type error.
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

/// What a method of a TorchScript module returns, read from its schema (so that a wrapper
/// shapes run_method's outputs).
///
/// * `module`: The module handle.
/// * `method`: The method's name.
///
/// Returns: 0 a Tensor, 1 a tuple, 2 a list, -1 anything else (-1 also on failure: read the
/// error code).
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

/// The names of a TorchScript module's methods (forward and the exported ones), one per line.
///
/// * `module`: The module handle.
///
/// Returns: The names separated by newlines, in definition order; valid until the next call on
/// this thread.
///
/// Schema: `(int module) -> str`.
/// Binds `rt_torch_jit_method_names`.
pub fn jit_method_names(module: i64) -> Result<String, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_jit_method_names(module) };
    check_strict(value, value.is_null()).map(text_from_ptr)
}

/// Sets a TorchScript module and its submodules to training (true) or evaluation mode (false),
/// as Module.train(mode) / eval().
///
/// * `module`: The module handle.
/// * `mode`: true for training mode, false for evaluation mode. PyTorch's default: `true`.
///
/// Schema: `(int module, bool mode=True) -> ()`.
/// Binds `rt_torch_jit_train`.
pub fn jit_train(module: i64, mode: bool) -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_jit_train(module, mode) };
    check_void()
}

/// Whether a TorchScript module is in training mode (Module.training).
///
/// * `module`: The module handle.
///
/// Returns: true in training mode; false in evaluation mode, or on failure (read the error
/// code).
///
/// Schema: `(int module) -> bool`.
/// Binds `rt_torch_jit_is_training`.
pub fn jit_is_training(module: i64) -> Result<bool, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_jit_is_training(module) };
    check_ambiguous(value, !value)
}

/// The parameters of a TorchScript module and its submodules, as Module.parameters() (the
/// module's own tensors, not copies).
///
/// * `module`: The module handle.
///
/// Returns: New handles to the parameters in the order of rt_torch_jit_parameter_names.
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

/// The dotted names of a TorchScript module's parameters, as Module.named_parameters(), one per
/// line.
///
/// * `module`: The module handle.
///
/// Returns: The names separated by newlines; valid until the next call on this thread.
///
/// Schema: `(int module) -> str`.
/// Binds `rt_torch_jit_parameter_names`.
pub fn jit_parameter_names(module: i64) -> Result<String, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_jit_parameter_names(module) };
    check_strict(value, value.is_null()).map(text_from_ptr)
}

/// Enters an autocast region of this thread (torch.autocast's __enter__), nested in any already
/// open: eligible operations run in the region's lower-precision dtype.
///
/// * `device_type`: The device kind: cpu, or cuda (on a build or machine without CUDA it warns
///   and leaves autocast off, as PyTorch does).
/// * `dtype`: The dtype operations are cast to: bfloat16 or float16 on the CPU (another warns
///   and disables autocast, as PyTorch); None for the device's current autocast dtype.
///   PyTorch's default: `None`.
/// * `enabled`: false opens a region with autocast off. PyTorch's default: `true`.
/// * `cache_enabled`: Cache the casts of leaf weights inside the region; None keeps the current
///   setting. PyTorch's default: `None`.
///
/// Schema: `(autocast_device_type device_type, ScalarType? dtype=None, bool enabled=True, bool? cache_enabled=None) -> ()`.
/// Binds `rt_torch_autocast_begin`; PyTorch: `torch.autocast.__enter__`.
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

/// Leaves the innermost autocast region of this thread (torch.autocast's __exit__): restores
/// the state its rt_torch_autocast_begin replaced, and drops the cast cache when it was the
/// outermost.
///
/// Schema: `() -> ()`.
/// Binds `rt_torch_autocast_end`; PyTorch: `torch.autocast.__exit__`.
pub fn autocast_end() -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_autocast_end() };
    check_void()
}

/// Whether autocast is on for a device kind on this thread.
///
/// * `device_type`: The device kind.
///
/// Returns: true inside an enabled autocast region.
///
/// Schema: `(autocast_device_type device_type) -> bool`.
/// Binds `rt_torch_is_autocast_enabled`; PyTorch: `torch.is_autocast_enabled`.
pub fn is_autocast_enabled(device_type: AutocastDeviceType) -> Result<bool, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe { ffi::rt_torch_is_autocast_enabled(device_type.as_c_str().as_ptr()) };
    check_ambiguous(value, !value)
}

/// The dtype autocast casts to for a device kind on this thread.
///
/// * `device_type`: The device kind.
///
/// Returns: bfloat16 on the CPU and float16 on CUDA unless a region set another.
///
/// Schema: `(autocast_device_type device_type) -> ScalarType`.
/// Binds `rt_torch_get_autocast_dtype`; PyTorch: `torch.get_autocast_dtype`.
pub fn get_autocast_dtype(device_type: AutocastDeviceType) -> Result<Kind, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe { ffi::rt_torch_get_autocast_dtype(device_type.as_c_str().as_ptr()) };
    check_strict(value, value == -1).and_then(Kind::from_code)
}

/// Joins a process group of world_size processes (torch.distributed.init_process_group): the
/// Gloo backend, over a rendezvous store every rank names alike.
///
/// * `backend`: gloo (CPU tensors); nccl is an unavailable error on a build without NCCL (the
///   CPU wheel), any other name a value error.
/// * `store`: tcp (a TCPStore that rank 0 serves at address:port, tcp:// and env:// in PyTorch)
///   or file (a FileStore at the path address, file://).
/// * `address`: The store's host (tcp) or file path (file).
/// * `port`: The TCP store's port (0 to 65535); ignored for file.
/// * `rank`: This process's rank, 0 \<= rank \< world_size (a value error otherwise).
/// * `world_size`: The number of processes of the group (at least 1).
/// * `timeout_ms`: How long the rendezvous and every collective may wait for the other ranks,
///   in milliseconds (torch.distributed's default is 30 minutes). PyTorch's default: `1800000`.
/// * `agent_store`: Every rank is a client of a store another process serves (torchrun's agent
///   store, TORCHELASTIC_USE_AGENT_STORE). PyTorch's default: `false`.
///
/// Returns: A new process-group handle (never 0 nor -1); free it with rt_torch_dist_free. -1 on
/// failure: bad arguments are value errors, a rendezvous that times out or fails a distributed
/// error.
///
/// Schema: `(str backend, str store, str address, int port, int rank, int world_size, int timeout_ms=1800000, bool agent_store=False) -> int`.
/// Binds `rt_torch_dist_init`.
#[allow(clippy::too_many_arguments)]
pub fn dist_init(
    backend: &str,
    store: &str,
    address: &str,
    port: i64,
    rank: i64,
    world_size: i64,
    timeout_ms: i64,
    agent_store: bool,
) -> Result<i64, TorchError> {
    let backend = text_arg(backend, "backend")?;
    let store = text_arg(store, "store")?;
    let address = text_arg(address, "address")?;
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe {
        ffi::rt_torch_dist_init(
            backend.as_ptr(),
            store.as_ptr(),
            address.as_ptr(),
            port,
            rank,
            world_size,
            timeout_ms,
            agent_store,
        )
    };
    check_ambiguous(value, value == -1)
}

/// Joins a process group from torchrun's environment (init_method env://): MASTER_ADDR,
/// MASTER_PORT, RANK and WORLD_SIZE, over a TCP store.
///
/// * `backend`: gloo (nccl is an unavailable error on a build without NCCL).
/// * `timeout_ms`: How long the rendezvous and every collective may wait, in milliseconds.
///   PyTorch's default: `1800000`.
///
/// Returns: A new process-group handle; -1 on failure (a missing variable is a value error with
/// torch.distributed's message).
///
/// Schema: `(str backend, int timeout_ms=1800000) -> int`.
/// Binds `rt_torch_dist_init_env`.
pub fn dist_init_env(backend: &str, timeout_ms: i64) -> Result<i64, TorchError> {
    let backend = text_arg(backend, "backend")?;
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe { ffi::rt_torch_dist_init_env(backend.as_ptr(), timeout_ms) };
    check_ambiguous(value, value == -1)
}

/// Leaves a process group (destroy_process_group); the group goes when no collective on another
/// thread still uses it.
///
/// * `group`: The process-group handle; invalid afterwards (a second free, a forged or a tensor
///   handle is an invalid-handle error).
///
/// Schema: `(int group) -> ()`.
/// Binds `rt_torch_dist_free`.
pub fn dist_free(group: i64) -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_dist_free(group) };
    check_void()
}

/// Releases a process-group handle from a destructor (garbage collection, Drop), leaving the
/// thread's error state alone.
///
/// * `group`: The process-group handle.
///
/// Returns: true when it was a live process-group handle (now freed); false, with no error set,
/// for any other value.
///
/// Schema: `(int group) -> bool`.
/// Binds `rt_torch_dist_release`.
#[must_use]
pub fn dist_release(group: i64) -> bool {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_dist_release(group) }
}

/// Whether this build can make process groups of a backend (torch.distributed.is_gloo_available
/// / is_nccl_available).
///
/// * `backend`: The backend's name: gloo or nccl.
///
/// Returns: true for gloo; false for nccl on a build without NCCL, and for any other name.
///
/// Schema: `(str backend) -> bool`.
/// Binds `rt_torch_dist_is_backend_available`.
pub fn dist_is_backend_available(backend: &str) -> Result<bool, TorchError> {
    let backend = text_arg(backend, "backend")?;
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    let value = unsafe { ffi::rt_torch_dist_is_backend_available(backend.as_ptr()) };
    check_ambiguous(value, !value)
}

/// This process's rank in the group (torch.distributed.get_rank).
///
/// * `group`: The process-group handle.
///
/// Returns: The rank, 0 \<= rank \< world size; -1 on failure (a bad handle).
///
/// Schema: `(int group) -> int`.
/// Binds `rt_torch_dist_rank`.
pub fn dist_rank(group: i64) -> Result<i64, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_dist_rank(group) };
    check_ambiguous(value, value == -1)
}

/// The number of processes of the group (torch.distributed.get_world_size).
///
/// * `group`: The process-group handle.
///
/// Returns: The world size; -1 on failure (a bad handle).
///
/// Schema: `(int group) -> int`.
/// Binds `rt_torch_dist_world_size`.
pub fn dist_world_size(group: i64) -> Result<i64, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_dist_world_size(group) };
    check_ambiguous(value, value == -1)
}

/// Combines a tensor across the ranks of the group, in place on every rank
/// (torch.distributed.all_reduce): the sum, mean, minimum, maximum or product.
///
/// * `tensor`: A dense contiguous CPU tensor, of the same shape and dtype on every rank.
///   Changed in place.
/// * `group`: The process-group handle.
/// * `op`: How the ranks' elements combine. PyTorch's default: `ReduceOp::Sum`.
///
/// Schema: `(Tensor(a!) tensor, int group, reduce_op op='sum') -> ()`.
/// Binds `rt_torch_dist_all_reduce_`.
pub fn dist_all_reduce_(tensor: &mut Tensor, group: i64, op: ReduceOp) -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    unsafe { ffi::rt_torch_dist_all_reduce_(tensor.handle, group, op.as_c_str().as_ptr()) };
    check_void()
}

/// Copies a tensor of rank src into the tensor of every other rank, in place
/// (torch.distributed.broadcast).
///
/// * `tensor`: The data on rank src, the tensor to overwrite on the others (same shape and
///   dtype). Changed in place.
/// * `group`: The process-group handle.
/// * `src`: The rank that sends (a value error outside the group).
///
/// Schema: `(Tensor(a!) tensor, int group, int src) -> ()`.
/// Binds `rt_torch_dist_broadcast_`.
pub fn dist_broadcast_(tensor: &mut Tensor, group: i64, src: i64) -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_dist_broadcast_(tensor.handle, group, src) };
    check_void()
}

/// Every rank's tensor, on every rank, in rank order (torch.distributed.all_gather).
///
/// * `tensor`: This rank's tensor (same shape and dtype on every rank).
/// * `group`: The process-group handle.
///
/// Returns: New tensors, one per rank, in rank order.
///
/// Schema: `(Tensor tensor, int group) -> Tensor[]`.
/// Binds `rt_torch_dist_all_gather`.
pub fn dist_all_gather(tensor: &Tensor, group: i64) -> Result<Vec<Tensor>, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // `out` holds `out_capacity` writable elements (read_array).
    read_array(8, |out, out_capacity| unsafe {
        ffi::rt_torch_dist_all_gather(tensor.handle, group, out, out_capacity)
    }).map(Tensor::from_handles)
}

/// Combines the ranks' lists of tensors element by element and leaves item r of the result on
/// rank r, in place (torch.distributed.reduce_scatter).
///
/// * `output`: Where this rank's part goes (the shape of each input). Changed in place.
/// * `group`: The process-group handle.
/// * `inputs`: One tensor per rank (a value error for another count).
/// * `op`: How the ranks' elements combine. PyTorch's default: `ReduceOp::Sum`.
///
/// Schema: `(Tensor(a!) output, int group, Tensor[] inputs, reduce_op op='sum') -> ()`.
/// Binds `rt_torch_dist_reduce_scatter_`.
pub fn dist_reduce_scatter_(
    output: &mut Tensor,
    group: i64,
    inputs: &[&Tensor],
    op: ReduceOp,
) -> Result<(), TorchError> {
    let inputs: Vec<i64> = inputs.iter().map(|t| t.handle).collect();
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it.
    unsafe {
        ffi::rt_torch_dist_reduce_scatter_(
            output.handle,
            group,
            inputs.as_ptr(),
            len_arg(inputs.len()),
            op.as_c_str().as_ptr(),
        )
    };
    check_void()
}

/// Waits until every rank of the group has called it (torch.distributed.barrier).
///
/// * `group`: The process-group handle.
///
/// Schema: `(int group) -> ()`.
/// Binds `rt_torch_dist_barrier`.
pub fn dist_barrier(group: i64) -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_dist_barrier(group) };
    check_void()
}

/// A random permutation of 0 .. n-1 drawn from a generator of its own seeded with seed, as
/// torch.randperm(n, generator=torch.Generator().manual_seed(seed)) (DistributedSampler's
/// shuffle); the global generator is not touched.
///
/// * `n`: How many indices (0 or more).
/// * `seed`: The generator's seed (DistributedSampler: seed + epoch).
///
/// Returns: A new int64 tensor of n indices.
///
/// Schema: `(int n, int seed) -> Tensor`.
/// Binds `rt_torch_dist_shuffle_indices`.
pub fn dist_shuffle_indices(n: i64, seed: i64) -> Result<Tensor, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_dist_shuffle_indices(n, seed) };
    check_strict(value, value == 0).map(Tensor::from_handle)
}
