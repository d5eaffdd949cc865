// copied from runtime/cpp/sffi_jit.cpp by sffi-gen; edit that file, not this copy
// TorchScript modules for the bridge (torch::jit::load, methods run with tensor inputs, the
// training flag and the parameters) and autocast regions. A translation unit of its own: their
// headers (torch/csrc/jit/..., ATen/autocast_mode.h) include the whole of ATen and cost several
// seconds of compiling, which no other unit should pay.
//
// A module lives behind a handle of kind `module` (sffi_runtime.cpp's table): a shared
// ScriptModule, so that a call in flight keeps it alive when another thread frees the handle.
// Running methods from several threads at once is what libtorch supports (TorchScript's
// interpreter keeps its state per call); the training flag is an attribute the methods read,
// so changing it waits for the calls on that module to finish (the module's reader-writer lock).

// TorchScript's headers include ATen's whole operator list, which sffi_runtime.h forbids in the
// other units (TORCH_ASSERT_ONLY_METHOD_OPERATORS, for faster builds): they come first here.
#include <torch/csrc/jit/api/module.h>
#include <torch/csrc/jit/serialization/import.h>
#include <ATen/autocast_mode.h>

#include "sffi_runtime.h"

#include <filesystem>
#include <mutex>
#include <shared_mutex>
#include <sstream>
#include <system_error>

namespace sffi {

namespace {

struct ScriptModule {
    explicit ScriptModule(torch::jit::Module m) : module(std::move(m)) {}
    torch::jit::Module module;
    std::shared_mutex mutex;  // shared: a method runs; exclusive: train()/eval() change the flag
};

std::shared_ptr<ScriptModule> script_module(int64_t handle) {
    return std::static_pointer_cast<ScriptModule>(module_object(handle, "module"));
}

// The method, or PyTorch's AttributeError text as a value error (torch.jit's RecursiveScriptModule
// raises AttributeError for an unknown attribute; the C ABI has no such code: value is closest).
torch::jit::Method method_of(ScriptModule& m, std::string_view name) {
    const std::string n(name);
    if (auto method = m.module.find_method(n)) return *method;
    fail(Code::value, "'RecursiveScriptModule' object has no attribute '" + n + "'");
}

}  // namespace

int64_t jit_load(std::string_view path) {
    // torch.jit.load checks the path in Python first, with these messages (ValueError).
    const std::string p(path);
    std::error_code ec;
    if (!std::filesystem::exists(p, ec)) fail(Code::value, "The provided filename " + p + " does not exist");
    if (std::filesystem::is_directory(p, ec)) fail(Code::value, "The provided filename " + p + " is a directory");
    auto module = std::make_shared<ScriptModule>(torch::jit::load(p, c10::Device(c10::kCPU)));
    return new_module_object(std::move(module));
}

std::vector<at::Tensor> jit_run_method(int64_t module, std::string_view method, const std::vector<at::Tensor>& inputs) {
    const auto m = script_module(module);
    std::shared_lock<std::shared_mutex> reading(m->mutex);
    torch::jit::Method run = method_of(*m, method);
    std::vector<c10::IValue> stack(inputs.begin(), inputs.end());
    const c10::IValue out = run(std::move(stack));
    std::vector<at::Tensor> result;
    if (out.isTensor()) {
        result.push_back(out.toTensor());
        return result;
    }
    const auto items = [&]() -> std::vector<c10::IValue> {
        if (out.isTuple()) return out.toTupleRef().elements().vec();
        if (out.isList()) return out.toList().vec();
        fail(Code::type, std::string(method) + "() returned " + out.tagKind() + ", not a Tensor or a tuple or list of Tensors");
    }();
    result.reserve(items.size());
    for (const auto& item : items) {
        if (!item.isTensor()) fail(Code::type, std::string(method) + "() returned an item of type " + item.tagKind() + ", not a Tensor");
        result.push_back(item.toTensor());
    }
    return result;
}

int32_t jit_output_kind(int64_t module, std::string_view method) {
    const auto m = script_module(module);
    std::shared_lock<std::shared_mutex> reading(m->mutex);
    const auto& returns = method_of(*m, method).function().getSchema().returns();
    if (returns.size() != 1) return -1;
    const c10::TypePtr& type = returns[0].type();
    if (type->kind() == c10::TypeKind::TensorType) return 0;
    if (type->kind() == c10::TypeKind::TupleType) return 1;
    if (type->kind() == c10::TypeKind::ListType) return 2;
    return -1;
}

std::string jit_method_names(int64_t module) {
    const auto m = script_module(module);
    std::shared_lock<std::shared_mutex> reading(m->mutex);
    std::string names;
    for (const auto& method : m->module.get_methods()) {
        if (!names.empty()) names += '\n';
        names += method.name();
    }
    return names;
}

void jit_train(int64_t module, bool mode) {
    const auto m = script_module(module);
    std::unique_lock<std::shared_mutex> writing(m->mutex);
    m->module.train(mode);
}

bool jit_is_training(int64_t module) {
    const auto m = script_module(module);
    std::shared_lock<std::shared_mutex> reading(m->mutex);
    return m->module.is_training();
}

std::vector<at::Tensor> jit_parameters(int64_t module) {
    const auto m = script_module(module);
    std::shared_lock<std::shared_mutex> reading(m->mutex);
    std::vector<at::Tensor> out;
    for (const auto& p : m->module.named_parameters(/*recurse=*/true)) out.push_back(p.value);
    return out;
}

std::string jit_parameter_names(int64_t module) {
    const auto m = script_module(module);
    std::shared_lock<std::shared_mutex> reading(m->mutex);
    std::string names;
    for (const auto& p : m->module.named_parameters(/*recurse=*/true)) {
        if (!names.empty()) names += '\n';
        names += p.name;
    }
    return names;
}

// ============================================================== autocast

namespace {

// What one autocast region replaced, restored by its end (torch.autocast's prev, prev_fastdtype,
// prev_cache_enabled). Per thread, as libtorch's autocast state is.
struct AutocastSaved {
    c10::DeviceType device;
    bool enabled;
    at::ScalarType dtype;
    bool cache_enabled;
};

std::vector<AutocastSaved>& autocast_stack() {
    static thread_local std::vector<AutocastSaved> stack;
    return stack;
}

c10::DeviceType autocast_device(std::string_view device_type) {
    if (device_type == "cpu") return c10::kCPU;
    if (device_type == "cuda") return c10::kCUDA;
    fail(Code::other, "User specified an unsupported autocast device_type '" + std::string(device_type) + "'");
}

}  // namespace

void autocast_begin(std::string_view device_type, std::optional<at::ScalarType> dtype, bool enabled, std::optional<bool> cache_enabled) {
    // torch.autocast.__init__, then __enter__ (torch/amp/autocast_mode.py).
    const c10::DeviceType device = autocast_device(device_type);
    const at::ScalarType fast_dtype = dtype.value_or(at::autocast::get_autocast_dtype(device));
    const bool cache = cache_enabled.value_or(at::autocast::is_autocast_cache_enabled());
    if (enabled) {
        if (device == c10::kCUDA) {
            if (!cuda_available()) {
                TORCH_WARN("CUDA is not available or torch_xla is imported. Disabling autocast.");
                enabled = false;
            }
        } else if (fast_dtype != at::kBFloat16 && fast_dtype != at::kHalf) {
            TORCH_WARN("In CPU autocast, but the target dtype is not supported. Disabling autocast.\n"
                       "CPU Autocast only supports dtypes of torch.bfloat16, torch.float16 currently.");
            enabled = false;
        }
    }
    auto& stack = autocast_stack();
    stack.reserve(stack.size() + 1);  // the push below cannot fail once the state has changed
    const AutocastSaved saved{device, at::autocast::is_autocast_enabled(device), at::autocast::get_autocast_dtype(device),
                              at::autocast::is_autocast_cache_enabled()};
    at::autocast::set_autocast_enabled(device, enabled);
    at::autocast::set_autocast_dtype(device, fast_dtype);
    at::autocast::increment_nesting();
    at::autocast::set_autocast_cache_enabled(cache);
    stack.push_back(saved);
}

void autocast_end() {
    // torch.autocast.__exit__.
    auto& stack = autocast_stack();
    if (stack.empty()) fail(Code::value, "autocast_end without a matching autocast_begin on this thread");
    const AutocastSaved saved = stack.back();
    stack.pop_back();
    if (at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
    at::autocast::set_autocast_enabled(saved.device, saved.enabled);
    at::autocast::set_autocast_dtype(saved.device, saved.dtype);
    at::autocast::set_autocast_cache_enabled(saved.cache_enabled);
}

bool autocast_is_enabled(std::string_view device_type) { return at::autocast::is_autocast_enabled(autocast_device(device_type)); }

at::ScalarType autocast_dtype(std::string_view device_type) { return at::autocast::get_autocast_dtype(autocast_device(device_type)); }

}  // namespace sffi
