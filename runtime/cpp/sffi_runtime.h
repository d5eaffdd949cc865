// The bridge runtime: handle table, per-thread error state, and the conversions between
// the C ABI (torch_sffi.h) and ATen. Internal to libtorch_sffi.so; every ops_*.cpp uses it.
//
// It includes the catalogue's codes (sffi_codes.h: error codes, dtypes, devices, scalar kinds),
// never torch_sffi.h: the function declarations change with every catalogue entry, and a
// header every unit includes must not, or adding one function would recompile them all.
//
// Hand-written, compiled as it is: sffi-gen copies it beside the generated bridge. The
// argument conversions below implement the lowering of generator/abi.py, one per schema type.
#pragma once

#ifndef TORCH_ASSERT_ONLY_METHOD_OPERATORS
#define TORCH_ASSERT_ONLY_METHOD_OPERATORS  // per-op headers only: faster builds
#endif
#include <ATen/core/Tensor.h>
#include <c10/core/Scalar.h>
#include <c10/core/Stream.h>
#include <ATen/core/List.h>
#include <c10/core/Device.h>
#include <c10/util/Exception.h>
#include <c10/util/OptionalArrayRef.h>
#include <c10/util/SmallVector.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <exception>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>
#include <initializer_list>

#include "sffi_codes.h"

namespace sffi {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The error codes the runtime raises, numbered by the catalogue (sffi_codes.h): a catalogue
// that renames or drops one does not compile.
enum class Code : int32_t {
    ok = RT_TORCH_OK,
    invalid_handle = RT_TORCH_ERR_INVALID_HANDLE,
    index = RT_TORCH_ERR_INDEX,
    value = RT_TORCH_ERR_VALUE,
    type = RT_TORCH_ERR_TYPE,
    unavailable = RT_TORCH_ERR_UNAVAILABLE,
    out_of_memory = RT_TORCH_ERR_OUT_OF_MEMORY,
    other = RT_TORCH_ERR_OTHER,
    distributed = RT_TORCH_ERR_DISTRIBUTED,  // optional in a catalogue, but the bridge's runtime raises it
};

// An error detected by the bridge itself (a bad handle, a bad array, ...).
class Error : public std::exception {
  public:
    Error(Code code, std::string message) : code_(code), message_(std::move(message)) {}
    Code code() const noexcept { return code_; }
    const char* what() const noexcept override { return message_.c_str(); }

  private:
    Code code_;
    std::string message_;
};

[[noreturn]] void fail(Code code, std::string message);

// The error code of the last call on this thread. A trivially-initialised thread_local, so
// resetting it on every call costs one store.
inline thread_local int32_t t_error_code = 0;

// Warnings libtorch raises (TORCH_WARN) during a call are kept for the caller, as the error is:
// the count of this thread's last call, reset with the error; the messages in sffi_runtime.cpp.
// A thread's first call installs the collector as its c10 warning handler; a warning raised on
// the thread outside a bridge call goes to the handler it had before (stderr by default).
namespace detail {
inline thread_local int32_t t_warning_count = 0;
inline thread_local bool t_collecting = false;  // the collector is this thread's handler
inline thread_local int32_t t_exclusive_depth = 0;  // exclusive calls running on this thread (shared ones: its slot's busy)
void install_warning_collector() noexcept;
}  // namespace detail

inline void begin_call() noexcept {
    t_error_code = 0;
    detail::t_warning_count = 0;
    if (!detail::t_collecting) [[unlikely]] detail::install_warning_collector();
}

// Store code and message for this thread. The generated functions catch c10::Error and
// sffi::Error by type (classifying them needs no rethrow, which costs a second unwinding);
// record_exception classifies anything else, from inside a catch block.
void record_error(const c10::Error& error, const char* function) noexcept;
void record_error(const Error& error, const char* function) noexcept;
void record_exception(const char* function) noexcept;
// record_error for a code given as a number: the set_error entry of sffi_core.h's table
// (sffi_core.cpp declares it itself, so that the table's unit includes no ATen).
void record_code(int32_t code, const char* function, const char* message) noexcept;

int32_t error_code() noexcept;
const char* error_message() noexcept;
void error_clear() noexcept;

// The warnings of this thread's last call: how many, and each one's message and kind (0 a
// UserWarning, 1 a DeprecationWarning); "" and -1 for an index out of range.
int32_t warning_count() noexcept;
const char* warning_message(int64_t index) noexcept;
int32_t warning_kind(int64_t index) noexcept;

// ---------------------------------------------------------------- the call lock
// What libtorch does not make safe when several threads use one tensor (its `.grad`, its
// requires-grad flag and place in the graph, its elements and sizes while an in-place update
// changes them) the bridge serialises with one process-wide reader-writer lock. Each
// generated function holds it for the evaluation of its `binds`, in the mode generator/abi.py
// (`access`) derives from the catalogue: exclusive for in-place updates (a Tensor(a!)
// parameter) and for entries that use a tensor's `.grad` directly (`autograd: grad`), shared
// for every other function that runs libtorch code, none for the handle-table and error-state
// functions. torch_sffi.h states the rule for callers.
//
// The lock is biased towards readers, as Linux's per-CPU rw-semaphore: a thread taking it
// shared announces itself in its own cache line (one atomic exchange, no line shared with
// other readers) and goes ahead unless a writer is waiting; a writer announces itself, then
// waits until every announced reader has left. Readers never wait for each other, and the
// single-threaded cost is one atomic exchange and one load.
struct alignas(64) CallSlot {
    // Shared calls its thread is running (more than one when a call runs inside another, as
    // from a signal handler); in the overflow slot, those of every thread that shares it.
    std::atomic<uint32_t> busy{0};
    std::atomic<bool> taken{false};
};

namespace detail {
inline thread_local CallSlot* t_call_slot = nullptr;  // this thread's slot, once it has one
extern std::atomic<uint32_t> g_writers;                // writers waiting or running
CallSlot* enter_shared_slow() noexcept;
void leave_shared_slow(CallSlot* slot) noexcept;
void enter_exclusive() noexcept;
void leave_exclusive() noexcept;
}  // namespace detail

// Held shared for the rest of the scope.
class SharedCall {
  public:
    SharedCall() noexcept {
        CallSlot* slot = detail::t_call_slot;
        if (slot != nullptr) [[likely]] {
            depth_ = slot->busy.load(std::memory_order_relaxed);  // only this thread writes its slot
            slot->busy.store(depth_ + 1, std::memory_order_seq_cst);
            // Inside a shared call of this thread no writer can be running: go ahead.
            if (depth_ != 0 || detail::g_writers.load(std::memory_order_seq_cst) == 0) [[likely]] {
                slot_ = slot;
                return;
            }
            slot->busy.store(depth_, std::memory_order_release);
        }
        depth_ = 0;
        slot_ = detail::enter_shared_slow();
    }
    ~SharedCall() {
        if (slot_ == detail::t_call_slot) [[likely]] {
            slot_->busy.store(depth_, std::memory_order_release);
        } else {
            detail::leave_shared_slow(slot_);
        }
    }
    SharedCall(const SharedCall&) = delete;
    SharedCall& operator=(const SharedCall&) = delete;

  private:
    CallSlot* slot_;
    uint32_t depth_;
};

// Held exclusively for the rest of the scope: no other call that holds the lock runs meanwhile.
class ExclusiveCall {
  public:
    ExclusiveCall() noexcept {
        ++detail::t_exclusive_depth;
        detail::enter_exclusive();
    }
    ~ExclusiveCall() {
        detail::leave_exclusive();
        --detail::t_exclusive_depth;
    }
    ExclusiveCall(const ExclusiveCall&) = delete;
    ExclusiveCall& operator=(const ExclusiveCall&) = delete;
};

// ---------------------------------------------------------------- arguments
at::Tensor tensor_arg(int64_t handle, const char* name);
// Several tensor arguments under one lock of the handle table (checked in order).
void tensor_args(const int64_t* handles, const char* const* names, at::Tensor* out, size_t n);

template <size_t N>
std::array<at::Tensor, N> tensor_args(const int64_t (&handles)[N], const char* const (&names)[N]) {
    std::array<at::Tensor, N> out;
    tensor_args(handles, names, out.data(), N);
    return out;
}
std::optional<at::Tensor> optional_tensor_arg(int64_t handle, const char* name);
c10::Stream stream_arg(int64_t handle, const char* name);
std::vector<at::Tensor> tensor_list_arg(const int64_t* handles, int64_t len, const char* name);
std::string_view text_arg(const char* text, const char* name);
void check_array(const void* data, int64_t len, const char* name);

template <class T>
c10::ArrayRef<T> array_arg(const T* data, int64_t len, const char* name) {
    check_array(data, len, name);
    return len == 0 ? c10::ArrayRef<T>() : c10::ArrayRef<T>(data, static_cast<size_t>(len));
}

// T? as (value, present): present false is None.
template <class T>
std::optional<T> optional_arg(T value, bool present) {
    return present ? std::optional<T>(value) : std::nullopt;
}

// int[]? and float[]? as (pointer, length, present): present false is None.
template <class T>
c10::OptionalArrayRef<T> optional_array_arg(const T* data, int64_t len, bool present, const char* name) {
    if (!present) return std::nullopt;
    return array_arg(data, len, name);
}

// int[N]: PyTorch's int-or-list; one value stands for N copies of it.
using IntList = c10::SmallVector<int64_t, 5>;
IntList sized_int_list_arg(const int64_t* data, int64_t len, int64_t size, const char* name);

// int[N]? : owns its values and converts to at::OptionalIntArrayRef for the call.
class OptionalIntList {
  public:
    OptionalIntList() = default;
    explicit OptionalIntList(IntList values) : values_(std::move(values)), present_(true) {}
    operator at::OptionalIntArrayRef() const {  // NOLINT: converts implicitly, like the ATen types
        return present_ ? at::OptionalIntArrayRef(c10::IntArrayRef(values_)) : at::OptionalIntArrayRef();
    }
    // For ATen functions that take an empty list for "not given" (max_pool2d's stride).
    c10::IntArrayRef value_or_empty() const { return present_ ? c10::IntArrayRef(values_) : c10::IntArrayRef(); }

  private:
    IntList values_;
    bool present_ = false;
};
OptionalIntList optional_sized_int_list_arg(const int64_t* data, int64_t len, bool present, int64_t size, const char* name);

c10::List<std::optional<at::Tensor>> optional_tensor_list_arg(const int64_t* handles, int64_t len, const char* name);
std::optional<std::string_view> optional_text_arg(const char* text);
// An enum's text; another value fails with `code` (the catalogue's `error` of the enum).
std::string_view enum_arg(const char* text, const char* name, std::initializer_list<std::string_view> values,
                          Code code = Code::value);
std::optional<std::string_view> optional_enum_arg(const char* text, const char* name,
                                                  std::initializer_list<std::string_view> values,
                                                  Code code = Code::value);

// Scalar as (value, int value, kind): kind 0 a float, 1 an int, 2 a bool; -1 None (Scalar? only).
c10::Scalar scalar_arg(double value, int64_t int_value, int32_t kind, const char* name);
std::optional<c10::Scalar> optional_scalar_arg(double value, int64_t int_value, int32_t kind, const char* name);

// ScalarType as its code (the catalogue's dtypes), -1 for None; Device as (type, index).
at::ScalarType dtype_arg(int32_t code, const char* name);
std::optional<at::ScalarType> optional_dtype_arg(int32_t code, const char* name);
at::Device device_arg(int32_t type, int32_t index, const char* name);
std::optional<at::Device> optional_device_arg(int32_t type, int32_t index, const char* name);

// ---------------------------------------------------------------- results
int64_t new_tensor(at::Tensor tensor);
int64_t new_optional_tensor(at::Tensor tensor);  // 0 for an undefined tensor
int64_t new_stream(c10::Stream stream);
int64_t write_tensors(int64_t* out, int64_t capacity, std::vector<at::Tensor> tensors);

template <class... Ts>
int64_t write_tensors(int64_t* out, int64_t capacity, std::tuple<Ts...> tensors) {
    return std::apply(
        [&](auto&&... t) { return write_tensors(out, capacity, std::vector<at::Tensor>{std::move(t)...}); },
        std::move(tensors));
}

int64_t write_array(int64_t* out, int64_t capacity, c10::IntArrayRef values);
int64_t write_array(int64_t* out, int64_t capacity, const at::Tensor& values);  // converted to int64
int64_t write_array(double* out, int64_t capacity, const at::Tensor& values);   // converted to float64

double to_f64(const at::Tensor& tensor);
double to_f64(const c10::Scalar& scalar);
inline double to_f64(double value) { return value; }
inline bool to_bool(bool value) { return value; }
inline int64_t to_i64(int64_t value) { return value; }

template <class I, class = std::enable_if_t<std::is_integral_v<I>>>
int32_t to_i32(I value) {
    if (value < std::numeric_limits<int32_t>::min() || value > std::numeric_limits<int32_t>::max()) {
        fail(Code::value, "result " + std::to_string(value) + " does not fit in int32");
    }
    return static_cast<int32_t>(value);
}

// A multiplier argument (alpha, value) as PyTorch receives it from Python: a whole number as an
// integer Scalar, so that the default 1 suits integer tensors too (a double Scalar is refused
// there); any other value as a double. Floating-point kernels read both the same way.
c10::Scalar multiplier(double value);

const char* text_result(std::string text);
inline const char* text_result(const char* static_text) { return static_text; }

// ---------------------------------------------------------------- handles
void free_tensor(int64_t handle);
// For destructors (garbage collection, Drop): never reports, never touches the error state, so
// a destructor that runs between a failed call and the read of its error cannot hide it.
bool release_tensor(int64_t handle) noexcept;
void free_stream(int64_t handle);
int64_t live_handles() noexcept;

// Module handles (TorchScript, sffi_jit.cpp): a third kind of handle in its own table, holding a
// shared object, so that a call in flight keeps the module alive while another thread frees its
// handle. module_object reports a bad handle (0, forged, freed, stale, another kind) by name.
int64_t new_module_object(std::shared_ptr<void> module);
std::shared_ptr<void> module_object(int64_t handle, const char* name);
void free_module(int64_t handle);
bool release_module(int64_t handle) noexcept;  // for destructors: never reports

// Process-group handles (c10d, sffi_dist.cpp): a fourth kind, in its own table, as modules.
int64_t new_group_object(std::shared_ptr<void> group);
std::shared_ptr<void> group_object(int64_t handle, const char* name);
void free_group(int64_t handle);
bool release_group(int64_t handle) noexcept;  // for destructors: never reports

// Data-parallel training over c10d (torch.distributed's engine): a process group of the Gloo
// backend over a TCPStore or FileStore (`store` "tcp": address a host, port its port; "file":
// address a file path), or over torchrun's environment (MASTER_ADDR, MASTER_PORT, RANK,
// WORLD_SIZE). Collectives change their tensors in place and wait for the group; every failure
// of c10d or Gloo (a timeout, a peer that died) is the error code `distributed`.
bool dist_backend_available(std::string_view backend);
int64_t dist_init(std::string_view backend, std::string_view store, std::string_view address, int64_t port, int64_t rank,
                  int64_t world_size, int64_t timeout_ms, bool agent_store);
int64_t dist_init_env(std::string_view backend, int64_t timeout_ms);
int64_t dist_rank(int64_t group);
int64_t dist_world_size(int64_t group);
void dist_all_reduce(const at::Tensor& tensor, int64_t group, std::string_view op);
void dist_broadcast(const at::Tensor& tensor, int64_t group, int64_t src);
std::vector<at::Tensor> dist_all_gather(const at::Tensor& tensor, int64_t group);
void dist_reduce_scatter(const at::Tensor& output, int64_t group, const std::vector<at::Tensor>& inputs, std::string_view op);
void dist_barrier(int64_t group);
// torch.randperm(n, generator=torch.Generator().manual_seed(seed)): DistributedSampler's shuffle.
at::Tensor dist_shuffle_indices(int64_t n, int64_t seed);

// TorchScript (torch::jit::load): a module saved by torch.jit.save, run from its methods.
int64_t jit_load(std::string_view path);
// Runs a method with tensor inputs: a Tensor output is one tensor, a tuple or list of tensors
// its items; any other output is a type error.
std::vector<at::Tensor> jit_run_method(int64_t module, std::string_view method, const std::vector<at::Tensor>& inputs);
// What the method returns, from its schema: 0 a Tensor, 1 a tuple, 2 a list (of tensors), -1 else.
int32_t jit_output_kind(int64_t module, std::string_view method);
// The names of the module's methods, one per line, in definition order.
std::string jit_method_names(int64_t module);
void jit_train(int64_t module, bool mode);
bool jit_is_training(int64_t module);
// The module's parameters (recursively, as Module.parameters()) and their dotted names.
std::vector<at::Tensor> jit_parameters(int64_t module);
std::string jit_parameter_names(int64_t module);

// Autocast (mixed precision): regions of this thread that nest, as torch.autocast's
// __enter__ / __exit__ (each begin keeps the state it replaced; end restores it and drops the
// cast cache when the outermost region closes). device_type is "cpu" or "cuda"; a dtype the
// device cannot autocast to (or CUDA on a CPU build) warns as PyTorch does and disables it.
void autocast_begin(std::string_view device_type, std::optional<at::ScalarType> dtype, bool enabled, std::optional<bool> cache_enabled);
void autocast_end();
bool autocast_is_enabled(std::string_view device_type);
at::ScalarType autocast_dtype(std::string_view device_type);

// The name of the autograd node behind a tensor as PyTorch's Python classes name it
// ("MulBackward0", "CopySlices"); empty for a tensor without one.
std::string grad_fn_name(const at::Tensor& tensor);

// DLPack (ATen/DLConvertor.h): a DLManagedTensor (versioned: a DLManagedTensorVersioned, DLPack
// 1.x) crosses the C ABI as its address in an int64. to_dlpack returns a new one that shares the
// tensor's memory and keeps its storage alive, and counts as live (live_handles) until its
// deleter runs; from_dlpack takes one over (its deleter runs when the new tensor's storage
// dies); dlpack_free runs the deleter of one never consumed. An address cannot be validated:
// it must be one the caller owns, of the kind `versioned` says; 0 is an error.
int64_t to_dlpack(const at::Tensor& tensor, bool versioned);
at::Tensor from_dlpack(int64_t address, bool versioned);
void dlpack_free(int64_t address, bool versioned);

// Custom autograd functions (sffi_autograd.cpp): records outputs the caller computed with grad
// mode off as one node whose backward calls the caller's callback (addresses in int64s; the
// catalogue entry rt_torch_autograd_function_apply documents the callback's contract).
// The name PyTorch's Python gives the node of a custom function (grad_fn.name(): "ExpBackward"
// for a Function class Exp), or nothing for another node. The node's own name() is the class's
// (PyTorch's, in the messages of saved tensors changed in place: "output 0 of Exp").
std::optional<std::string> custom_function_grad_fn_name(const void* node);
std::vector<at::Tensor> custom_function_apply(const std::vector<at::Tensor>& inputs, const std::vector<at::Tensor>& outputs,
                                              const c10::List<std::optional<at::Tensor>>& to_save,
                                              const std::vector<at::Tensor>& non_differentiable,
                                              const std::vector<at::Tensor>& dirty, bool materialize_grads,
                                              std::optional<std::string_view> name, int64_t backward, int64_t user_data,
                                              int64_t free_user_data, int64_t out_capacity);

// GradScaler's two steps (sffi_autograd.cpp), over ATen's _amp_foreach_non_finite_check_and_unscale_
// and _amp_update_scale_: every tensor given is changed in place (the const references share
// the caller's tensors).
void amp_unscale(const at::Tensor& found_inf, const std::vector<at::Tensor>& grads, const at::Tensor& inv_scale);
void amp_update_scale(const at::Tensor& scale, const at::Tensor& growth_tracker, const at::Tensor& found_inf,
                      double growth_factor, double backoff_factor, int64_t growth_interval);

// ---------------------------------------------------------------- operations the catalogue binds
bool torch_available() noexcept;
const char* torch_version() noexcept;
bool cuda_available();
int32_t cuda_device_count();
at::Tensor to_cuda(const at::Tensor& tensor, int32_t device_id);
at::Tensor to_stream(const at::Tensor& tensor, int32_t device_id, c10::Stream stream);
// The reference's forms: the stream handle is not looked at; an unknown or freed stream
// handle is no stream to wait for (sync does nothing, query answers true).
at::Tensor to_cuda_ignoring_stream(const at::Tensor& tensor, int32_t device_id, int64_t stream);
void sync_stream_if_known(int64_t handle);
bool query_stream_if_known(int64_t handle);
c10::Stream stream_from_pool(int32_t device_id);
int64_t cuda_memory_allocated(int32_t device_id);
int64_t cuda_max_memory_allocated(int32_t device_id);
void cuda_empty_cache();
void manual_seed(int64_t seed);
// The process's default floating-point dtype (c10's, which torch.set_default_dtype sets): only a
// floating-point dtype is taken (a TypeError otherwise, as PyTorch's).
void set_default_dtype(at::ScalarType dtype);
at::ScalarType get_default_dtype() noexcept;
void set_num_threads(int32_t num_threads);  // 1 .. 8 per hardware thread (a value error otherwise)
int32_t get_num_threads();

at::Tensor from_data(c10::ArrayRef<double> data, c10::IntArrayRef dims);
at::Tensor from_data(c10::IntArrayRef data, c10::IntArrayRef dims);
const at::Tensor& readable(const at::Tensor& tensor);  // rejects complex tensors
int32_t dtype_result(at::ScalarType dtype);  // a dtype result as its code, if the catalogue lists it

at::Tensor batch_norm(const at::Tensor& input, const std::optional<at::Tensor>& running_mean,
                      const std::optional<at::Tensor>& running_var, const std::optional<at::Tensor>& weight,
                      const std::optional<at::Tensor>& bias, bool training, double momentum, double eps);
at::Tensor dropout(const at::Tensor& input, double p, bool training);
// F.adaptive_{avg,max}_pool{2,3}d's check (torch.nn.modules.utils._list_with_default): an input
// with no more dimensions than output_size has items is a value error. Gives the input back.
const at::Tensor& adaptive_pool_input(const at::Tensor& input, c10::IntArrayRef output_size);
int64_t reduction_arg(std::string_view reduction);  // none, mean, sum -> at::Reduction
at::MemoryFormat memory_format_arg(std::string_view format);
std::optional<at::MemoryFormat> memory_format_arg(const std::optional<std::string_view>& format);
at::Tensor mse_loss(const at::Tensor& input, const at::Tensor& target, std::string_view reduction = "mean");
at::Tensor binary_cross_entropy(const at::Tensor& input, const at::Tensor& target,
                                const std::optional<at::Tensor>& weight = std::nullopt, std::string_view reduction = "mean");
at::Tensor embedding(const at::Tensor& input, const at::Tensor& weight, std::optional<int64_t> padding_idx,
                     std::optional<double> max_norm, double norm_type, bool scale_grad_by_freq, bool sparse);

void zero_grad(const at::Tensor& tensor);
void set_grad(const at::Tensor& tensor, const std::optional<at::Tensor>& grad);  // none removes it
// Regions that nest per thread: each begin needs its own end, an unmatched end is a value error.
void no_grad_begin();
void no_grad_end();
// Regions that set the grad mode (enable_grad: true; set_grad_enabled as a context: either),
// nested with the no_grad regions on one stack per thread: each end restores the mode its
// begin replaced, and an end that does not match the innermost open region's kind is an error.
void grad_mode_begin(bool enabled);
void grad_mode_end();
bool is_grad_enabled() noexcept;
void set_grad_enabled(bool enabled) noexcept;
// The reference's one guard per thread: a begin while it is on does nothing, the end deletes
// it (restoring the grad mode from before its begin), an end without it does nothing.
void no_grad_guard_begin();
void no_grad_guard_end();

}  // namespace sffi
