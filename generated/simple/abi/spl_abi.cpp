// copied from runtime/simple/spl_abi.cpp by sffi-gen; edit that file, not this copy
// The Simple-ABI library's runtime: see spl_abi.h.
#include "spl_abi.h"

#include <dlfcn.h>

#include <atomic>
#include <cstdio>
#include <mutex>
#include <string>

// The Simple runtime's functions this library uses, declared weak: a Simple program linked
// against libspl_torch.so defines them (the static linker then exports them from the program,
// and the dynamic linker binds these references when the library loads); any other host
// leaves them null, and the library looks them up by name in the process (dlsym), so a host
// that loads its runtime after this library still works. None is called before it is found.
extern "C" {
__attribute__((weak)) SplArray* spl_array_new(void);
__attribute__((weak)) SplArray* spl_array_push(SplArray* a, SplValue v);
__attribute__((weak)) SplValue spl_array_get(SplArray* a, int64_t idx);
__attribute__((weak)) int64_t spl_array_len(SplArray* a);
__attribute__((weak)) void spl_array_free(SplArray* a);
__attribute__((weak)) SplValue spl_int(int64_t n);
__attribute__((weak)) SplValue spl_float(double f);
__attribute__((weak)) int64_t spl_as_int(SplValue v);
__attribute__((weak)) double spl_as_float(SplValue v);
__attribute__((weak)) char* spl_str_new(const char* s);
}

namespace spl {
namespace {

struct Runtime {
    SplArray* (*array_new)(void);
    SplArray* (*array_push)(SplArray*, SplValue);
    SplValue (*array_get)(SplArray*, int64_t);
    int64_t (*array_len)(SplArray*);
    void (*array_free)(SplArray*);
    SplValue (*make_int)(int64_t);
    SplValue (*make_float)(double);
    int64_t (*as_int)(SplValue);
    double (*as_float)(SplValue);
    char* (*str_new)(const char*);
};

Runtime g_runtime{};
std::atomic<bool> g_ready{false};
std::mutex g_resolve;  // (trivially constructed: the load-time constructor below uses it)

template <typename F>
void find(F*& slot, F* linked, const char* name, std::string& missing) {
    if (slot != nullptr) return;
    slot = linked != nullptr ? linked : reinterpret_cast<F*>(dlsym(RTLD_DEFAULT, name));
    if (slot == nullptr) missing += missing.empty() ? name : std::string(", ") + name;
}

// Looks up what is still missing; returns the names not found (empty: all found). Under g_resolve.
std::string resolve() {
    std::string missing;
    Runtime& r = g_runtime;
    find(r.array_new, &spl_array_new, "spl_array_new", missing);
    find(r.array_push, &spl_array_push, "spl_array_push", missing);
    find(r.array_get, &spl_array_get, "spl_array_get", missing);
    find(r.array_len, &spl_array_len, "spl_array_len", missing);
    find(r.array_free, &spl_array_free, "spl_array_free", missing);
    find(r.make_int, &spl_int, "spl_int", missing);
    find(r.make_float, &spl_float, "spl_float", missing);
    find(r.as_int, &spl_as_int, "spl_as_int", missing);
    find(r.as_float, &spl_as_float, "spl_as_float", missing);
    find(r.str_new, &spl_str_new, "spl_str_new", missing);
    return missing;
}

// At load: the runtime, if the host already has it.
__attribute__((constructor)) void at_load() {
    const std::lock_guard<std::mutex> lock(g_resolve);
    g_ready.store(resolve().empty(), std::memory_order_release);
}

const char* tag_name(SplTag tag) noexcept {
    switch (tag) {
        case SPL_NIL: return "nil";
        case SPL_BOOL: return "a bool";
        case SPL_INT: return "an i64";
        case SPL_FLOAT: return "an f64";
        case SPL_STRING: return "text";
        case SPL_ARRAY: return "an array";
        case SPL_DICT: return "a dict";
    }
    return "a value of an unknown tag";
}

void value_error(const char* function, const std::string& message) noexcept {
    core().set_error(RT_TORCH_ERR_VALUE, function, message.c_str());
}

// The items of an argument array, each checked by `accept` (which converts it or says no).
template <typename T, typename Accept>
bool items(const SplArray* array, std::vector<T>& out, const char* function, const char* param, bool present,
           const char* expected, Accept&& accept) noexcept {
    if (!present) return true;
    if (!runtime_ready(function)) return false;
    try {
        if (array == nullptr) {
            value_error(function, std::string(param) + " is a nil array; expected [" + expected + "]");
            return false;
        }
        auto* a = const_cast<SplArray*>(array);  // the runtime's getters take a non-const array
        const int64_t n = g_runtime.array_len(a);
        out.reserve(static_cast<size_t>(n > 0 ? n : 0));
        for (int64_t i = 0; i < n; ++i) {
            const SplValue v = g_runtime.array_get(a, i);
            T value{};
            if (!accept(v, value)) {
                value_error(function, std::string(param) + "[" + std::to_string(i) + "] is " + tag_name(v.tag) +
                                          "; expected [" + expected + "]");
                return false;
            }
            out.push_back(value);
        }
        return true;
    } catch (...) {  // std::bad_alloc: the only thing that can throw here
        core().set_error(RT_TORCH_ERR_OUT_OF_MEMORY, function, "no memory to convert an array argument");
        return false;
    }
}

}  // namespace

bool runtime_ready(const char* function) noexcept {
    if (g_ready.load(std::memory_order_acquire)) [[likely]] {
        return true;
    }
    std::string missing;
    {
        const std::lock_guard<std::mutex> lock(g_resolve);
        missing = resolve();
        if (missing.empty()) {
            g_ready.store(true, std::memory_order_release);
            return true;
        }
    }
    const std::string message = "the Simple runtime's functions are not in this process (missing: " + missing +
                                "): libspl_torch.so is for compiled Simple programs, which define them; "
                                "other programs use libtorch_sffi.so";
    core().set_error(RT_TORCH_ERR_UNAVAILABLE, function, message.c_str());
    return false;
}

bool ints(const SplArray* array, std::vector<int64_t>& out, const char* function, const char* param,
          bool present) noexcept {
    return items(array, out, function, param, present, "i64", [](const SplValue& v, int64_t& value) {
        if (v.tag != SPL_INT) return false;
        value = g_runtime.as_int(v);
        return true;
    });
}

bool floats(const SplArray* array, std::vector<double>& out, const char* function, const char* param,
            bool present) noexcept {
    return items(array, out, function, param, present, "f64", [](const SplValue& v, double& value) {
        if (v.tag != SPL_FLOAT) return false;
        value = g_runtime.as_float(v);
        return true;
    });
}

SplArray* failed_array() noexcept {
    return g_ready.load(std::memory_order_acquire) ? g_runtime.array_new() : nullptr;
}

char* text(const char* function, const char* value) noexcept {
    if (value == nullptr) return nullptr;  // the bridge failed and set the error
    char* copy = g_runtime.str_new(value);
    if (copy == nullptr) core().set_error(RT_TORCH_ERR_OUT_OF_MEMORY, function, "the Simple runtime could not allocate the text");
    return copy;
}

SplArray* to_array(const char* function, const int64_t* ints, const double* floats, int64_t n, Release release) noexcept {
    SplArray* array = g_runtime.array_new();
    for (int64_t i = 0; array != nullptr && i < n; ++i) {
        const SplValue v = floats != nullptr ? g_runtime.make_float(floats[i]) : g_runtime.make_int(ints[i]);
        SplArray* grown = g_runtime.array_push(array, v);
        if (grown == nullptr) g_runtime.array_free(array);
        array = grown;
    }
    if (array != nullptr) return array;
    if (release != nullptr) {
        for (int64_t i = 0; i < n; ++i) release(ints[i]);
    }
    core().set_error(RT_TORCH_ERR_OUT_OF_MEMORY, function, "the Simple runtime could not allocate the result array");
    return nullptr;
}

}  // namespace spl
