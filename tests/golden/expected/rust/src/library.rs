// generated from fixture.yaml by sffi-gen; do not edit
//! Library functions: what is loaded, the error state, seeding, live handles.

use crate::convert::{DEFAULT_CAPACITY, len_arg, optional_text_arg, optional_text_ptr, read_array, text_arg, text_from_ptr};
use crate::error::{check_ambiguous, check_strict, check_void};
use crate::ffi;
use crate::{AutocastDeviceType, Kind, ReduceOp, Tensor, TorchError};

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
