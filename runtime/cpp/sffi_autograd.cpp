// Custom autograd functions (and GradScaler's two ATen steps, at the end) for the bridge (torch.autograd.Function through the C ABI): the
// caller computes the forward with grad mode off, and rt_torch_autograd_function_apply records
// it in the graph as one node whose backward is the caller's callback. A translation unit of
// its own: torch/csrc/autograd/custom_function.h includes much of libtorch's autograd.
//
// The node is libtorch's own CppNode (the node of a C++ torch::autograd::Function), so the
// graph treats it exactly as it treats a C++ custom function: the inputs' edges, the outputs'
// metadata (views of inputs, in-place changed inputs, non-differentiable outputs: _wrap_outputs),
// saved tensors as SavedVariables (their version counters checked when backward unpacks them,
// with PyTorch's message), materialised zero gradients, the count and shapes of the gradients
// the callback gives back. Only its name (PyTorch names a Python function's node
// "<class>Backward") and its backward, which calls the callback, are ours.
//
// Ownership, exactly (the live-handle count comes back to where it was):
//  - the gradient handles (0 for an undefined gradient when materialize_grads is off) and the
//    saved tensors' handles (0 for a None saved) passed to the callback are new handles the
//    callback owns: it frees each once;
//  - the handles the callback writes into grad_inputs (0: None) are given to the bridge, which
//    frees them (also when the callback fails);
//  - user_data belongs to the node once apply succeeds: free_user_data(user_data) runs once when
//    the node is destroyed (at once when no node is made: grad mode off or no input requiring
//    grad). When apply fails, the caller keeps it.
//
// Threads. The engine runs a CPU graph on the thread that called backward, and other devices'
// parts on its worker threads; the callback runs on either. CppNode::apply holds the node's
// mutex, so one node's callback never runs twice at once. The callback may call the bridge,
// in-place updates included: for the callback's duration this thread's share of the call lock
// (held by the backward call that runs the engine) is set aside and taken back afterwards
// (SuspendShared), so an exclusive call from the callback, or one another thread waits to make,
// does not wait for the backward that waits for the callback.

#include <torch/csrc/autograd/custom_function.h>
#include <ATen/ops/_amp_foreach_non_finite_check_and_unscale.h>
#include <ATen/ops/_amp_update_scale.h>

#include "sffi_runtime.h"

#include <string>
#include <unordered_set>
#include <utility>

namespace sffi {

namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

using BackwardFn = int32_t (*)(void* user_data, const int64_t* grad_outputs, int64_t grad_outputs_len,
                               const int64_t* saved, int64_t saved_len, int64_t* grad_inputs,
                               int64_t grad_inputs_len, const char** message);
using FreeFn = void (*)(void* user_data);

// The caller's callbacks and data, kept in the node's context (saved_data): destroyed with it.
struct Callbacks : torch::CustomClassHolder {
    BackwardFn backward = nullptr;
    void* user_data = nullptr;
    FreeFn free_user_data = nullptr;
    bool owned = false;  // set once apply succeeds: from then on the destructor frees user_data
    ~Callbacks() override {
        if (owned && free_user_data != nullptr) free_user_data(user_data);
    }
};

constexpr const char* kKey = "sffi_callbacks";

struct Function {
    static constexpr bool is_traceable = false;
    static variable_list backward(AutogradContext* ctx, variable_list grads);
};

// libtorch's node of a C++ custom function, under the name the caller gave.
struct Node : torch::autograd::CppNode<Function> {
    std::string name_ = "CustomFunction";
    std::string name() const override { return name_; }
};

// Sets this thread's share of the call lock aside while a callback runs (see the header note).
class SuspendShared {
  public:
    SuspendShared() noexcept : slot_(detail::t_call_slot) {
        if (slot_ != nullptr && detail::t_exclusive_depth == 0) {
            depth_ = slot_->busy.load(std::memory_order_relaxed);
            if (depth_ != 0) slot_->busy.store(0, std::memory_order_seq_cst);
        }
    }
    ~SuspendShared() {
        if (depth_ == 0) return;
        for (;;) {  // as SharedCall: announce, then go ahead unless a writer is waiting or running
            slot_->busy.store(depth_, std::memory_order_seq_cst);
            if (detail::g_writers.load(std::memory_order_seq_cst) == 0) return;
            slot_->busy.store(0, std::memory_order_seq_cst);
            for (uint32_t w = detail::g_writers.load(std::memory_order_seq_cst); w != 0;
                 w = detail::g_writers.load(std::memory_order_seq_cst)) {
                detail::g_writers.wait(w, std::memory_order_seq_cst);
            }
        }
    }
    SuspendShared(const SuspendShared&) = delete;
    SuspendShared& operator=(const SuspendShared&) = delete;

  private:
    CallSlot* slot_;
    uint32_t depth_ = 0;
};

// Handles for tensors (0 for an undefined one); on failure the ones made are freed.
std::vector<int64_t> new_handles(const variable_list& tensors) {
    std::vector<int64_t> handles;
    handles.reserve(tensors.size());
    try {
        for (const at::Tensor& t : tensors) handles.push_back(t.defined() ? new_tensor(t) : 0);
    } catch (...) {
        for (int64_t h : handles) release_tensor(h);
        throw;
    }
    return handles;
}

Code status_code(int32_t status) {
    switch (static_cast<Code>(status)) {
        case Code::invalid_handle:
        case Code::index:
        case Code::value:
        case Code::type:
        case Code::unavailable:
        case Code::out_of_memory:
            return static_cast<Code>(status);
        default:
            return Code::other;
    }
}

variable_list Function::backward(AutogradContext* ctx, variable_list grads) {
    auto& callbacks = *static_cast<Callbacks*>(ctx->saved_data.at(kKey).toCapsule().get());
    // Unpacking checks each saved tensor's version (PyTorch's "modified by an inplace operation").
    const variable_list saved = ctx->get_saved_variables();
    const size_t n_inputs = static_cast<size_t>(ctx->saved_data.at("sffi_inputs").toInt());
    std::vector<int64_t> grad_handles = new_handles(grads);
    std::vector<int64_t> saved_handles;
    try {
        saved_handles = new_handles(saved);
    } catch (...) {
        for (int64_t h : grad_handles) release_tensor(h);
        throw;
    }
    std::vector<int64_t> given(n_inputs, 0);
    const char* message = nullptr;
    int32_t status = 0;
    {
        SuspendShared aside;
        // From here the callback owns the gradient and saved handles.
        status = callbacks.backward(callbacks.user_data, grad_handles.data(), static_cast<int64_t>(grad_handles.size()),
                                    saved_handles.data(), static_cast<int64_t>(saved_handles.size()), given.data(),
                                    static_cast<int64_t>(given.size()), &message);
    }
    variable_list result(n_inputs);
    std::string bad;
    for (size_t i = 0; i < n_inputs; ++i) {
        if (given[i] == 0) continue;
        try {
            if (status == 0 && bad.empty()) result[i] = tensor_arg(given[i], "grad_inputs");
        } catch (const Error& e) {
            bad = "the backward callback wrote a bad handle at grad_inputs[" + std::to_string(i) + "]: " + e.what();
        }
        release_tensor(given[i]);
    }
    if (status != 0) {
        std::string text = message != nullptr && *message != '\0'
                               ? std::string(message)
                               : "the backward callback failed (status " + std::to_string(status) + ")";
        fail(status_code(status), std::move(text));
    }
    if (!bad.empty()) fail(Code::invalid_handle, bad);
    return result;
}

std::unordered_set<at::TensorImpl*> impls(const std::vector<at::Tensor>& tensors) {
    std::unordered_set<at::TensorImpl*> out;
    for (const at::Tensor& t : tensors) out.insert(t.unsafeGetTensorImpl());
    return out;
}

}  // namespace

std::optional<std::string> custom_function_grad_fn_name(const void* node) {
    const auto* custom = dynamic_cast<const Node*>(static_cast<const torch::autograd::Node*>(node));
    if (custom == nullptr) return std::nullopt;
    return custom->name_ + "Backward";
}

std::vector<at::Tensor> custom_function_apply(const std::vector<at::Tensor>& inputs, const std::vector<at::Tensor>& outputs,
                                              const c10::List<std::optional<at::Tensor>>& to_save,
                                              const std::vector<at::Tensor>& non_differentiable,
                                              const std::vector<at::Tensor>& dirty, bool materialize_grads,
                                              std::optional<std::string_view> name, int64_t backward, int64_t user_data,
                                              int64_t free_user_data, int64_t out_capacity) {
    if (backward == 0) fail(Code::value, "argument 'backward': the backward callback is NULL");
    if (static_cast<int64_t>(outputs.size()) > out_capacity) {
        fail(Code::value, "out_capacity " + std::to_string(out_capacity) + " is less than the " +
                              std::to_string(outputs.size()) + " outputs (nothing was recorded)");
    }
    const auto output_impls = impls(outputs);
    const auto input_impls = impls(inputs);
    for (const at::Tensor& t : non_differentiable) {
        if (!output_impls.count(t.unsafeGetTensorImpl())) {
            fail(Code::value, "mark_non_differentiable only accepts output tensors");
        }
    }
    for (const at::Tensor& t : dirty) {
        if (!input_impls.count(t.unsafeGetTensorImpl())) fail(Code::value, "mark_dirty only accepts input tensors");
    }

    auto callbacks = c10::make_intrusive<Callbacks>();
    callbacks->backward = reinterpret_cast<BackwardFn>(static_cast<intptr_t>(backward));
    callbacks->user_data = reinterpret_cast<void*>(static_cast<intptr_t>(user_data));
    callbacks->free_user_data = reinterpret_cast<FreeFn>(static_cast<intptr_t>(free_user_data));

    // As torch::autograd::Function<T>::apply, with the forward already computed by the caller.
    auto node = c10::make_intrusive<Node>();
    if (name.has_value()) node->name_ = std::string(*name);
    variable_list input_vars(inputs.begin(), inputs.end());
    node->is_variable_input_.assign(input_vars.size(), true);
    const bool is_executable =
        at::GradMode::is_enabled() && torch::autograd::any_variable_requires_grad(input_vars);
    auto next_edges = is_executable ? torch::autograd::collect_next_edges(input_vars) : torch::autograd::edge_list();
    node->set_ctx_grad_fn(node);
    node->set_next_edges(std::move(next_edges));
    node->clear_input_metadata();
    node->input_info_.reserve(input_vars.size());
    for (auto& var : input_vars) node->input_info_.emplace_back(var);

    AutogradContext& ctx = node->ctx_;
    {
        at::AutoGradMode grad_mode(false);
        variable_list saved;
        saved.reserve(to_save.size());
        for (const std::optional<at::Tensor> t : to_save) saved.push_back(t.has_value() ? *t : at::Tensor());
        ctx.save_for_backward(std::move(saved));
        ctx.mark_non_differentiable(variable_list(non_differentiable.begin(), non_differentiable.end()));
        ctx.mark_dirty(variable_list(dirty.begin(), dirty.end()));
        ctx.set_materialize_grads(materialize_grads);
    }
    ctx.saved_data[kKey] = c10::IValue::make_capsule(callbacks);
    ctx.saved_data["sffi_inputs"] = static_cast<int64_t>(inputs.size());

    std::vector<std::optional<at::Tensor>> raw(outputs.begin(), outputs.end());
    auto jvp_fn = [](const variable_list&, const variable_list&) -> variable_list {
        TORCH_CHECK(false, "jvp is not implemented for a custom function of the C ABI");
    };
    auto view_as_self_fn = [](const at::Tensor& x) -> at::Tensor { return x.view_as(x); };
    auto wrapped = torch::autograd::_wrap_outputs(input_vars, ctx.get_non_differentiable(), ctx.get_and_bump_dirty(), raw,
                                                  is_executable ? c10::intrusive_ptr<torch::autograd::Node>(node) : nullptr,
                                                  jvp_fn, {}, view_as_self_fn, false);
    std::vector<at::Tensor> result;
    result.reserve(wrapped.size());
    for (auto& output : wrapped) {
        if (is_executable) node->output_info_.emplace_back(*output);
        result.push_back(std::move(*output));
    }
    if (is_executable) node->save_variables_to_ctx();
    callbacks->owned = true;  // freed with the node (now, when no node was made)
    return result;
}

// GradScaler's steps (torch.amp.GradScaler calls the same two ATen functions): ATen takes the
// tensors it changes by non-const reference; a copy of an at::Tensor is the same tensor.
void amp_unscale(const at::Tensor& found_inf, const std::vector<at::Tensor>& grads, const at::Tensor& inv_scale) {
    at::Tensor found = found_inf;
    at::_amp_foreach_non_finite_check_and_unscale_(grads, found, inv_scale);
}

void amp_update_scale(const at::Tensor& scale, const at::Tensor& growth_tracker, const at::Tensor& found_inf,
                      double growth_factor, double backoff_factor, int64_t growth_interval) {
    at::Tensor s = scale;
    at::Tensor tracker = growth_tracker;
    at::_amp_update_scale_(s, tracker, found_inf, growth_factor, backoff_factor, growth_interval);
}

}  // namespace sffi
