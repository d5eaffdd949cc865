// The C++ routes of the benchmark (bench/bench.py loads this library with ctypes):
//   aten.*    C++ calling ATen directly: the floor
//   bridge.*  C++ calling the C ABI of libtorch_sffi.so (handle table included)
// Each function runs its loop `n` times and returns nanoseconds per iteration; every
// iteration creates and destroys its result, as the Python routes do.
#ifndef TORCH_ASSERT_ONLY_METHOD_OPERATORS
#define TORCH_ASSERT_ONLY_METHOD_OPERATORS
#endif
#include <ATen/core/Tensor.h>
#include <ATen/ops/add.h>
#include <ATen/ops/matmul.h>
#include <ATen/ops/ones.h>
#include <ATen/ops/randn.h>
#include <ATen/ops/sum.h>
#include <c10/util/Exception.h>

#include <chrono>
#include <cstdint>
#include <cstring>
#include <string>

#include "torch_sffi.h"

namespace {

template <class F>
double per_iteration(int64_t n, F&& body) {
    const auto start = std::chrono::steady_clock::now();
    for (int64_t i = 0; i < n; ++i) body();
    const auto end = std::chrono::steady_clock::now();
    return std::chrono::duration<double, std::nano>(end - start).count() / static_cast<double>(n);
}

volatile double g_sink;  // keeps results alive so the compiler cannot drop the work
volatile size_t g_len;

struct Inputs {
    at::Tensor one_a = at::ones({1}), one_b = at::ones({1}), two = at::ones({2}), three = at::ones({3});
    at::Tensor m64a = at::randn({64, 64}), m64b = at::randn({64, 64});
    at::Tensor m1000a = at::randn({1000, 1000}), m1000b = at::randn({1000, 1000});
    int64_t h(const at::Tensor& t) {
        const auto sizes = t.sizes();
        std::vector<double> data(t.numel());
        std::memcpy(data.data(), t.to(at::kDouble).contiguous().const_data_ptr<double>(), sizeof(double) * data.size());
        int64_t d = rt_torch_tensor_from_data(data.data(), static_cast<int64_t>(data.size()), sizes.data(), static_cast<int64_t>(sizes.size()));
        int64_t f = rt_torch_torchtensor_to_dtype(d, RT_TORCH_DTYPE_FLOAT32);
        rt_torch_torchtensor_free(d);
        return f;
    }
};

Inputs& inputs() {
    static Inputs* in = new Inputs();
    return *in;
}

struct Handles {
    int64_t one_a, one_b, two, three, m64a, m64b, m1000a, m1000b;
};

Handles& handles() {
    static Handles* hs = [] {
        auto& in = inputs();
        return new Handles{in.h(in.one_a), in.h(in.one_b), in.h(in.two), in.h(in.three),
                           in.h(in.m64a),  in.h(in.m64b),  in.h(in.m1000a), in.h(in.m1000b)};
    }();
    return *hs;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) double sffi_bench(const char* route, int64_t n) {
    auto& in = inputs();
    auto& hs = handles();
    const std::string r = route;
    if (r == "aten.add") return per_iteration(n, [&] { at::Tensor c = at::add(in.one_a, in.one_b); });
    if (r == "bridge.add") return per_iteration(n, [&] { rt_torch_torchtensor_free(rt_torch_torchtensor_add(hs.one_a, hs.one_b)); });
    if (r == "aten.sum") return per_iteration(n, [&] { g_sink = at::sum(in.one_a).item<double>(); });
    if (r == "bridge.sum") return per_iteration(n, [&] { g_sink = rt_torch_torchtensor_sum(hs.one_a); });
    if (r == "aten.matmul64") return per_iteration(n, [&] { at::Tensor c = at::matmul(in.m64a, in.m64b); });
    if (r == "bridge.matmul64") return per_iteration(n, [&] { rt_torch_torchtensor_free(rt_torch_torchtensor_matmul(hs.m64a, hs.m64b)); });
    if (r == "aten.matmul1000") return per_iteration(n, [&] { at::Tensor c = at::matmul(in.m1000a, in.m1000b); });
    if (r == "bridge.matmul1000") return per_iteration(n, [&] { rt_torch_torchtensor_free(rt_torch_torchtensor_matmul(hs.m1000a, hs.m1000b)); });
    if (r == "aten.error") {
        return per_iteration(n, [&] {
            try {
                at::Tensor c = at::add(in.two, in.three);
            } catch (const c10::Error& e) {
                g_len = std::strlen(e.what_without_backtrace());
            }
        });
    }
    if (r == "bridge.error") {
        return per_iteration(n, [&] {
            if (rt_torch_torchtensor_add(hs.two, hs.three) == 0) g_len = std::strlen(rt_torch_error_message());
        });
    }
    return -1.0;  // unknown route
}
