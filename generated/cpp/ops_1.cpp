// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Library Information, Tensor Creation, Element-wise Arithmetic, Activation Functions, Linear Algebra, Reductions: 164 function(s) of the C ABI (see torch_sffi.h).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/abs.h>)
#include <ATen/ops/abs.h>
#else
#line 359 "spec/torch_api.yaml"
#error "binds calls at::abs, which this ATen does not have (no <ATen/ops/abs.h>)"
#endif
#if __has_include(<ATen/ops/add.h>)
#include <ATen/ops/add.h>
#else
#line 289 "spec/torch_api.yaml"
#error "binds calls at::add, which this ATen does not have (no <ATen/ops/add.h>)"
#endif
#if __has_include(<ATen/ops/all.h>)
#include <ATen/ops/all.h>
#else
#line 3195 "spec/torch_api.yaml"
#error "binds calls at::all, which this ATen does not have (no <ATen/ops/all.h>)"
#endif
#if __has_include(<ATen/ops/amax.h>)
#include <ATen/ops/amax.h>
#else
#line 3281 "spec/torch_api.yaml"
#error "binds calls at::amax, which this ATen does not have (no <ATen/ops/amax.h>)"
#endif
#if __has_include(<ATen/ops/amin.h>)
#include <ATen/ops/amin.h>
#else
#line 3295 "spec/torch_api.yaml"
#error "binds calls at::amin, which this ATen does not have (no <ATen/ops/amin.h>)"
#endif
#if __has_include(<ATen/ops/aminmax.h>)
#include <ATen/ops/aminmax.h>
#else
#line 3312 "spec/torch_api.yaml"
#error "binds calls at::aminmax, which this ATen does not have (no <ATen/ops/aminmax.h>)"
#endif
#if __has_include(<ATen/ops/any.h>)
#include <ATen/ops/any.h>
#else
#line 3238 "spec/torch_api.yaml"
#error "binds calls at::any, which this ATen does not have (no <ATen/ops/any.h>)"
#endif
#if __has_include(<ATen/ops/arange.h>)
#include <ATen/ops/arange.h>
#else
#line 241 "spec/torch_api.yaml"
#error "binds calls at::arange, which this ATen does not have (no <ATen/ops/arange.h>)"
#endif
#if __has_include(<ATen/ops/argmax.h>)
#include <ATen/ops/argmax.h>
#else
#line 705 "spec/torch_api.yaml"
#error "binds calls at::argmax, which this ATen does not have (no <ATen/ops/argmax.h>)"
#endif
#if __has_include(<ATen/ops/argmin.h>)
#include <ATen/ops/argmin.h>
#else
#line 721 "spec/torch_api.yaml"
#error "binds calls at::argmin, which this ATen does not have (no <ATen/ops/argmin.h>)"
#endif
#if __has_include(<ATen/ops/argsort.h>)
#include <ATen/ops/argsort.h>
#else
#line 3529 "spec/torch_api.yaml"
#error "binds calls at::argsort, which this ATen does not have (no <ATen/ops/argsort.h>)"
#endif
#if __has_include(<ATen/ops/bincount.h>)
#include <ATen/ops/bincount.h>
#else
#line 3761 "spec/torch_api.yaml"
#error "binds calls at::bincount, which this ATen does not have (no <ATen/ops/bincount.h>)"
#endif
#if __has_include(<ATen/ops/bucketize.h>)
#include <ATen/ops/bucketize.h>
#else
#line 3777 "spec/torch_api.yaml"
#error "binds calls at::bucketize, which this ATen does not have (no <ATen/ops/bucketize.h>)"
#endif
#if __has_include(<ATen/ops/count_nonzero.h>)
#include <ATen/ops/count_nonzero.h>
#else
#line 3325 "spec/torch_api.yaml"
#error "binds calls at::count_nonzero, which this ATen does not have (no <ATen/ops/count_nonzero.h>)"
#endif
#if __has_include(<ATen/ops/cummax.h>)
#include <ATen/ops/cummax.h>
#else
#line 3108 "spec/torch_api.yaml"
#error "binds calls at::cummax, which this ATen does not have (no <ATen/ops/cummax.h>)"
#endif
#if __has_include(<ATen/ops/cummin.h>)
#include <ATen/ops/cummin.h>
#else
#line 3123 "spec/torch_api.yaml"
#error "binds calls at::cummin, which this ATen does not have (no <ATen/ops/cummin.h>)"
#endif
#if __has_include(<ATen/ops/cumprod.h>)
#include <ATen/ops/cumprod.h>
#else
#line 3093 "spec/torch_api.yaml"
#error "binds calls at::cumprod, which this ATen does not have (no <ATen/ops/cumprod.h>)"
#endif
#if __has_include(<ATen/ops/cumsum.h>)
#include <ATen/ops/cumsum.h>
#else
#line 3078 "spec/torch_api.yaml"
#error "binds calls at::cumsum, which this ATen does not have (no <ATen/ops/cumsum.h>)"
#endif
#if __has_include(<ATen/ops/diff.h>)
#include <ATen/ops/diff.h>
#else
#line 3849 "spec/torch_api.yaml"
#error "binds calls at::diff, which this ATen does not have (no <ATen/ops/diff.h>)"
#endif
#if __has_include(<ATen/ops/div.h>)
#include <ATen/ops/div.h>
#else
#line 325 "spec/torch_api.yaml"
#error "binds calls at::div, which this ATen does not have (no <ATen/ops/div.h>)"
#endif
#if __has_include(<ATen/ops/dot.h>)
#include <ATen/ops/dot.h>
#else
#line 516 "spec/torch_api.yaml"
#error "binds calls at::dot, which this ATen does not have (no <ATen/ops/dot.h>)"
#endif
#if __has_include(<ATen/ops/empty.h>)
#include <ATen/ops/empty.h>
#else
#line 276 "spec/torch_api.yaml"
#error "binds calls at::empty, which this ATen does not have (no <ATen/ops/empty.h>)"
#endif
#if __has_include(<ATen/ops/exp.h>)
#include <ATen/ops/exp.h>
#else
#line 380 "spec/torch_api.yaml"
#error "binds calls at::exp, which this ATen does not have (no <ATen/ops/exp.h>)"
#endif
#if __has_include(<ATen/ops/eye.h>)
#include <ATen/ops/eye.h>
#else
#line 265 "spec/torch_api.yaml"
#error "binds calls at::eye, which this ATen does not have (no <ATen/ops/eye.h>)"
#endif
#if __has_include(<ATen/ops/full.h>)
#include <ATen/ops/full.h>
#else
#line 216 "spec/torch_api.yaml"
#error "binds calls at::full, which this ATen does not have (no <ATen/ops/full.h>)"
#endif
#if __has_include(<ATen/ops/gelu.h>)
#include <ATen/ops/gelu.h>
#else
#line 467 "spec/torch_api.yaml"
#error "binds calls at::gelu, which this ATen does not have (no <ATen/ops/gelu.h>)"
#endif
#if __has_include(<ATen/ops/histc.h>)
#include <ATen/ops/histc.h>
#else
#line 3747 "spec/torch_api.yaml"
#error "binds calls at::histc, which this ATen does not have (no <ATen/ops/histc.h>)"
#endif
#if __has_include(<ATen/ops/kthvalue.h>)
#include <ATen/ops/kthvalue.h>
#else
#line 3462 "spec/torch_api.yaml"
#error "binds calls at::kthvalue, which this ATen does not have (no <ATen/ops/kthvalue.h>)"
#endif
#if __has_include(<ATen/ops/leaky_relu.h>)
#include <ATen/ops/leaky_relu.h>
#else
#line 457 "spec/torch_api.yaml"
#error "binds calls at::leaky_relu, which this ATen does not have (no <ATen/ops/leaky_relu.h>)"
#endif
#if __has_include(<ATen/ops/linalg_det.h>)
#include <ATen/ops/linalg_det.h>
#else
#line 559 "spec/torch_api.yaml"
#error "binds calls at::linalg_det, which this ATen does not have (no <ATen/ops/linalg_det.h>)"
#endif
#if __has_include(<ATen/ops/linalg_eig.h>)
#include <ATen/ops/linalg_eig.h>
#else
#line 592 "spec/torch_api.yaml"
#error "binds calls at::linalg_eig, which this ATen does not have (no <ATen/ops/linalg_eig.h>)"
#endif
#if __has_include(<ATen/ops/linalg_inv.h>)
#include <ATen/ops/linalg_inv.h>
#else
#line 570 "spec/torch_api.yaml"
#error "binds calls at::linalg_inv, which this ATen does not have (no <ATen/ops/linalg_inv.h>)"
#endif
#if __has_include(<ATen/ops/linalg_svd.h>)
#include <ATen/ops/linalg_svd.h>
#else
#line 581 "spec/torch_api.yaml"
#error "binds calls at::linalg_svd, which this ATen does not have (no <ATen/ops/linalg_svd.h>)"
#endif
#if __has_include(<ATen/ops/linalg_vector_norm.h>)
#include <ATen/ops/linalg_vector_norm.h>
#else
#line 548 "spec/torch_api.yaml"
#error "binds calls at::linalg_vector_norm, which this ATen does not have (no <ATen/ops/linalg_vector_norm.h>)"
#endif
#if __has_include(<ATen/ops/linspace.h>)
#include <ATen/ops/linspace.h>
#else
#line 254 "spec/torch_api.yaml"
#error "binds calls at::linspace, which this ATen does not have (no <ATen/ops/linspace.h>)"
#endif
#if __has_include(<ATen/ops/log.h>)
#include <ATen/ops/log.h>
#else
#line 390 "spec/torch_api.yaml"
#error "binds calls at::log, which this ATen does not have (no <ATen/ops/log.h>)"
#endif
#if __has_include(<ATen/ops/log_softmax.h>)
#include <ATen/ops/log_softmax.h>
#else
#line 491 "spec/torch_api.yaml"
#error "binds calls at::log_softmax, which this ATen does not have (no <ATen/ops/log_softmax.h>)"
#endif
#if __has_include(<ATen/ops/logcumsumexp.h>)
#include <ATen/ops/logcumsumexp.h>
#else
#line 3136 "spec/torch_api.yaml"
#error "binds calls at::logcumsumexp, which this ATen does not have (no <ATen/ops/logcumsumexp.h>)"
#endif
#if __has_include(<ATen/ops/logsumexp.h>)
#include <ATen/ops/logsumexp.h>
#else
#line 3150 "spec/torch_api.yaml"
#error "binds calls at::logsumexp, which this ATen does not have (no <ATen/ops/logsumexp.h>)"
#endif
#if __has_include(<ATen/ops/matmul.h>)
#include <ATen/ops/matmul.h>
#else
#line 504 "spec/torch_api.yaml"
#error "binds calls at::matmul, which this ATen does not have (no <ATen/ops/matmul.h>)"
#endif
#if __has_include(<ATen/ops/max.h>)
#include <ATen/ops/max.h>
#else
#line 652 "spec/torch_api.yaml"
#error "binds calls at::max, which this ATen does not have (no <ATen/ops/max.h>)"
#endif
#if __has_include(<ATen/ops/maximum.h>)
#include <ATen/ops/maximum.h>
#else
#line 1760 "spec/torch_api.yaml"
#error "binds calls at::maximum, which this ATen does not have (no <ATen/ops/maximum.h>)"
#endif
#if __has_include(<ATen/ops/mean.h>)
#include <ATen/ops/mean.h>
#else
#line 628 "spec/torch_api.yaml"
#error "binds calls at::mean, which this ATen does not have (no <ATen/ops/mean.h>)"
#endif
#if __has_include(<ATen/ops/median.h>)
#include <ATen/ops/median.h>
#else
#line 3383 "spec/torch_api.yaml"
#error "binds calls at::median, which this ATen does not have (no <ATen/ops/median.h>)"
#endif
#if __has_include(<ATen/ops/min.h>)
#include <ATen/ops/min.h>
#else
#line 676 "spec/torch_api.yaml"
#error "binds calls at::min, which this ATen does not have (no <ATen/ops/min.h>)"
#endif
#if __has_include(<ATen/ops/mode.h>)
#include <ATen/ops/mode.h>
#else
#line 3445 "spec/torch_api.yaml"
#error "binds calls at::mode, which this ATen does not have (no <ATen/ops/mode.h>)"
#endif
#if __has_include(<ATen/ops/msort.h>)
#include <ATen/ops/msort.h>
#else
#line 3558 "spec/torch_api.yaml"
#error "binds calls at::msort, which this ATen does not have (no <ATen/ops/msort.h>)"
#endif
#if __has_include(<ATen/ops/mul.h>)
#include <ATen/ops/mul.h>
#else
#line 313 "spec/torch_api.yaml"
#error "binds calls at::mul, which this ATen does not have (no <ATen/ops/mul.h>)"
#endif
#if __has_include(<ATen/ops/nanmean.h>)
#include <ATen/ops/nanmean.h>
#else
#line 3371 "spec/torch_api.yaml"
#error "binds calls at::nanmean, which this ATen does not have (no <ATen/ops/nanmean.h>)"
#endif
#if __has_include(<ATen/ops/nanmedian.h>)
#include <ATen/ops/nanmedian.h>
#else
#line 3412 "spec/torch_api.yaml"
#error "binds calls at::nanmedian, which this ATen does not have (no <ATen/ops/nanmedian.h>)"
#endif
#if __has_include(<ATen/ops/nanquantile.h>)
#include <ATen/ops/nanquantile.h>
#else
#line 3610 "spec/torch_api.yaml"
#error "binds calls at::nanquantile, which this ATen does not have (no <ATen/ops/nanquantile.h>)"
#endif
#if __has_include(<ATen/ops/nansum.h>)
#include <ATen/ops/nansum.h>
#else
#line 3355 "spec/torch_api.yaml"
#error "binds calls at::nansum, which this ATen does not have (no <ATen/ops/nansum.h>)"
#endif
#if __has_include(<ATen/ops/neg.h>)
#include <ATen/ops/neg.h>
#else
#line 348 "spec/torch_api.yaml"
#error "binds calls at::neg, which this ATen does not have (no <ATen/ops/neg.h>)"
#endif
#if __has_include(<ATen/ops/ones.h>)
#include <ATen/ops/ones.h>
#else
#line 182 "spec/torch_api.yaml"
#error "binds calls at::ones, which this ATen does not have (no <ATen/ops/ones.h>)"
#endif
#if __has_include(<ATen/ops/pow.h>)
#include <ATen/ops/pow.h>
#else
#line 337 "spec/torch_api.yaml"
#error "binds calls at::pow, which this ATen does not have (no <ATen/ops/pow.h>)"
#endif
#if __has_include(<ATen/ops/prod.h>)
#include <ATen/ops/prod.h>
#else
#line 3164 "spec/torch_api.yaml"
#error "binds calls at::prod, which this ATen does not have (no <ATen/ops/prod.h>)"
#endif
#if __has_include(<ATen/ops/quantile.h>)
#include <ATen/ops/quantile.h>
#else
#line 3575 "spec/torch_api.yaml"
#error "binds calls at::quantile, which this ATen does not have (no <ATen/ops/quantile.h>)"
#endif
#if __has_include(<ATen/ops/rand.h>)
#include <ATen/ops/rand.h>
#else
#line 204 "spec/torch_api.yaml"
#error "binds calls at::rand, which this ATen does not have (no <ATen/ops/rand.h>)"
#endif
#if __has_include(<ATen/ops/randn.h>)
#include <ATen/ops/randn.h>
#else
#line 193 "spec/torch_api.yaml"
#error "binds calls at::randn, which this ATen does not have (no <ATen/ops/randn.h>)"
#endif
#if __has_include(<ATen/ops/real.h>)
#include <ATen/ops/real.h>
#else
#line 592 "spec/torch_api.yaml"
#error "binds calls at::real, which this ATen does not have (no <ATen/ops/real.h>)"
#endif
#if __has_include(<ATen/ops/reciprocal.h>)
#include <ATen/ops/reciprocal.h>
#else
#line 2286 "spec/torch_api.yaml"
#error "binds calls at::reciprocal, which this ATen does not have (no <ATen/ops/reciprocal.h>)"
#endif
#if __has_include(<ATen/ops/relu.h>)
#include <ATen/ops/relu.h>
#else
#line 425 "spec/torch_api.yaml"
#error "binds calls at::relu, which this ATen does not have (no <ATen/ops/relu.h>)"
#endif
#if __has_include(<ATen/ops/rsub.h>)
#include <ATen/ops/rsub.h>
#else
#line 2259 "spec/torch_api.yaml"
#error "binds calls at::rsub, which this ATen does not have (no <ATen/ops/rsub.h>)"
#endif
#if __has_include(<ATen/ops/searchsorted.h>)
#include <ATen/ops/searchsorted.h>
#else
#line 3813 "spec/torch_api.yaml"
#error "binds calls at::searchsorted, which this ATen does not have (no <ATen/ops/searchsorted.h>)"
#endif
#if __has_include(<ATen/ops/sigmoid.h>)
#include <ATen/ops/sigmoid.h>
#else
#line 436 "spec/torch_api.yaml"
#error "binds calls at::sigmoid, which this ATen does not have (no <ATen/ops/sigmoid.h>)"
#endif
#if __has_include(<ATen/ops/sin.h>)
#include <ATen/ops/sin.h>
#else
#line 3063 "spec/torch_api.yaml"
#error "binds calls at::sin, which this ATen does not have (no <ATen/ops/sin.h>)"
#endif
#if __has_include(<ATen/ops/softmax.h>)
#include <ATen/ops/softmax.h>
#else
#line 479 "spec/torch_api.yaml"
#error "binds calls at::softmax, which this ATen does not have (no <ATen/ops/softmax.h>)"
#endif
#if __has_include(<ATen/ops/sort.h>)
#include <ATen/ops/sort.h>
#else
#line 3496 "spec/torch_api.yaml"
#error "binds calls at::sort, which this ATen does not have (no <ATen/ops/sort.h>)"
#endif
#if __has_include(<ATen/ops/sqrt.h>)
#include <ATen/ops/sqrt.h>
#else
#line 370 "spec/torch_api.yaml"
#error "binds calls at::sqrt, which this ATen does not have (no <ATen/ops/sqrt.h>)"
#endif
#if __has_include(<ATen/ops/std.h>)
#include <ATen/ops/std.h>
#else
#line 732 "spec/torch_api.yaml"
#error "binds calls at::std, which this ATen does not have (no <ATen/ops/std.h>)"
#endif
#if __has_include(<ATen/ops/std_mean.h>)
#include <ATen/ops/std_mean.h>
#else
#line 3695 "spec/torch_api.yaml"
#error "binds calls at::std_mean, which this ATen does not have (no <ATen/ops/std_mean.h>)"
#endif
#if __has_include(<ATen/ops/sub.h>)
#include <ATen/ops/sub.h>
#else
#line 301 "spec/torch_api.yaml"
#error "binds calls at::sub, which this ATen does not have (no <ATen/ops/sub.h>)"
#endif
#if __has_include(<ATen/ops/sum.h>)
#include <ATen/ops/sum.h>
#else
#line 604 "spec/torch_api.yaml"
#error "binds calls at::sum, which this ATen does not have (no <ATen/ops/sum.h>)"
#endif
#if __has_include(<ATen/ops/t.h>)
#include <ATen/ops/t.h>
#else
#line 538 "spec/torch_api.yaml"
#error "binds calls at::t, which this ATen does not have (no <ATen/ops/t.h>)"
#endif
#if __has_include(<ATen/ops/tanh.h>)
#include <ATen/ops/tanh.h>
#else
#line 446 "spec/torch_api.yaml"
#error "binds calls at::tanh, which this ATen does not have (no <ATen/ops/tanh.h>)"
#endif
#if __has_include(<ATen/ops/topk.h>)
#include <ATen/ops/topk.h>
#else
#line 3480 "spec/torch_api.yaml"
#error "binds calls at::topk, which this ATen does not have (no <ATen/ops/topk.h>)"
#endif
#if __has_include(<ATen/ops/transpose.h>)
#include <ATen/ops/transpose.h>
#else
#line 528 "spec/torch_api.yaml"
#error "binds calls at::transpose, which this ATen does not have (no <ATen/ops/transpose.h>)"
#endif
#if __has_include(<ATen/ops/var.h>)
#include <ATen/ops/var.h>
#else
#line 743 "spec/torch_api.yaml"
#error "binds calls at::var, which this ATen does not have (no <ATen/ops/var.h>)"
#endif
#if __has_include(<ATen/ops/var_mean.h>)
#include <ATen/ops/var_mean.h>
#else
#line 3643 "spec/torch_api.yaml"
#error "binds calls at::var_mean, which this ATen does not have (no <ATen/ops/var_mean.h>)"
#endif
#if __has_include(<ATen/ops/zeros.h>)
#include <ATen/ops/zeros.h>
#else
#line 171 "spec/torch_api.yaml"
#error "binds calls at::zeros, which this ATen does not have (no <ATen/ops/zeros.h>)"
#endif

extern "C" {

RT_TORCH_API bool rt_torch_available(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 135 "spec/torch_api.yaml"
        return sffi::to_bool(sffi::torch_available());
#line 495 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_available");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_available");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_available");
        return false;
    }
}

RT_TORCH_API const char* rt_torch_version(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 147 "spec/torch_api.yaml"
        return sffi::text_result(sffi::torch_version());
#line 514 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_version");
        return nullptr;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_version");
        return nullptr;
    } catch (...) {
        sffi::record_exception("rt_torch_version");
        return nullptr;
    }
}

RT_TORCH_API bool rt_torch_cuda_available(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 159 "spec/torch_api.yaml"
        return sffi::to_bool(sffi::cuda_available());
#line 533 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_cuda_available");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_cuda_available");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_cuda_available");
        return false;
    }
}

RT_TORCH_API int32_t rt_torch_error_code(void) noexcept {
    try {
#line 1382 "spec/torch_api.yaml"
        return sffi::to_i32(sffi::error_code());
#line 550 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_error_code");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_error_code");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_error_code");
        return -1;
    }
}

RT_TORCH_API const char* rt_torch_error_message(void) noexcept {
    try {
#line 1396 "spec/torch_api.yaml"
        return sffi::text_result(sffi::error_message());
#line 567 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_error_message");
        return nullptr;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_error_message");
        return nullptr;
    } catch (...) {
        sffi::record_exception("rt_torch_error_message");
        return nullptr;
    }
}

RT_TORCH_API void rt_torch_error_clear(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1410 "spec/torch_api.yaml"
        sffi::error_clear();
#line 586 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_error_clear");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_error_clear");
    } catch (...) {
        sffi::record_exception("rt_torch_error_clear");
    }
}

RT_TORCH_API int64_t rt_torch_live_handles(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1422 "spec/torch_api.yaml"
        return sffi::to_i64(sffi::live_handles());
#line 602 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_live_handles");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_live_handles");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_live_handles");
        return -1;
    }
}

RT_TORCH_API void rt_torch_manual_seed(int64_t seed_) noexcept {
    sffi::begin_call();
    try {
        const int64_t seed = seed_;
        const sffi::SharedCall call_lock;
#line 1448 "spec/torch_api.yaml"
        sffi::manual_seed(seed);
#line 622 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_manual_seed");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_manual_seed");
    } catch (...) {
        sffi::record_exception("rt_torch_manual_seed");
    }
}

RT_TORCH_API void rt_torch_set_num_threads(int32_t num_threads_) noexcept {
    sffi::begin_call();
    try {
        const int32_t num_threads = num_threads_;
        const sffi::SharedCall call_lock;
#line 1459 "spec/torch_api.yaml"
        sffi::set_num_threads(num_threads);
#line 639 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_set_num_threads");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_set_num_threads");
    } catch (...) {
        sffi::record_exception("rt_torch_set_num_threads");
    }
}

RT_TORCH_API int32_t rt_torch_get_num_threads(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1472 "spec/torch_api.yaml"
        return sffi::to_i32(sffi::get_num_threads());
#line 655 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_get_num_threads");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_get_num_threads");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_get_num_threads");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_zeros(const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 171 "spec/torch_api.yaml"
        return sffi::new_tensor(at::zeros(dims));
#line 675 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_zeros");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_zeros");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_zeros");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_ones(const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 182 "spec/torch_api.yaml"
        return sffi::new_tensor(at::ones(dims));
#line 695 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_ones");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_ones");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_ones");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_randn(const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 193 "spec/torch_api.yaml"
        return sffi::new_tensor(at::randn(dims));
#line 715 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_randn");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_randn");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_randn");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_rand(const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 204 "spec/torch_api.yaml"
        return sffi::new_tensor(at::rand(dims));
#line 735 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_rand");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_rand");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_rand");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_full(const int64_t* dims_, int64_t dims_len, double value_) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const double value = value_;
        const sffi::SharedCall call_lock;
#line 216 "spec/torch_api.yaml"
        return sffi::new_tensor(at::full(dims, value));
#line 756 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_full");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_full");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_full");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_from_data(const double* data_, int64_t data_len, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const c10::ArrayRef<double> data = sffi::array_arg(data_, data_len, "data");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 228 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::from_data(data, dims));
#line 777 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_from_data");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_from_data");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_from_data");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_arange(double start_, double end_, double step_) noexcept {
    sffi::begin_call();
    try {
        const double start = start_;
        const double end = end_;
        const double step = step_;
        const sffi::SharedCall call_lock;
#line 241 "spec/torch_api.yaml"
        return sffi::new_tensor(at::arange(start, end, step));
#line 799 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_arange");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_arange");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_arange");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_linspace(double start_, double end_, int64_t steps_) noexcept {
    sffi::begin_call();
    try {
        const double start = start_;
        const double end = end_;
        const int64_t steps = steps_;
        const sffi::SharedCall call_lock;
#line 254 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linspace(start, end, steps));
#line 821 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_linspace");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_linspace");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_linspace");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_eye(int64_t n_) noexcept {
    sffi::begin_call();
    try {
        const int64_t n = n_;
        const sffi::SharedCall call_lock;
#line 265 "spec/torch_api.yaml"
        return sffi::new_tensor(at::eye(n));
#line 841 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_eye");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_eye");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_eye");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_empty(const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 276 "spec/torch_api.yaml"
        return sffi::new_tensor(at::empty(dims));
#line 861 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_empty");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_empty");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_empty");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_from_i64(const int64_t* data_, int64_t data_len, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef data = sffi::array_arg(data_, data_len, "data");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 1602 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::from_data(data, dims));
#line 882 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_from_i64");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_from_i64");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_from_i64");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_zeros_v2(const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 2026 "spec/torch_api.yaml"
        return sffi::new_tensor(at::zeros(size, at::TensorOptions().dtype(dtype).device(device)));
#line 904 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_zeros_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_zeros_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_zeros_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_ones_v2(const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 2041 "spec/torch_api.yaml"
        return sffi::new_tensor(at::ones(size, at::TensorOptions().dtype(dtype).device(device)));
#line 926 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_ones_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_ones_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_ones_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_empty_v2(const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 2057 "spec/torch_api.yaml"
        return sffi::new_tensor(at::empty(size, at::TensorOptions().dtype(dtype).device(device), sffi::memory_format_arg(memory_format)));
#line 949 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_empty_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_empty_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_empty_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_randn_v2(const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 2072 "spec/torch_api.yaml"
        return sffi::new_tensor(at::randn(size, at::TensorOptions().dtype(dtype).device(device)));
#line 971 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_randn_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_randn_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_randn_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_rand_v2(const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 2087 "spec/torch_api.yaml"
        return sffi::new_tensor(at::rand(size, at::TensorOptions().dtype(dtype).device(device)));
#line 993 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_rand_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_rand_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_rand_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_full_v2(const int64_t* size_, int64_t size_len, double fill_value_, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const c10::Scalar fill_value = sffi::scalar_arg(fill_value_, fill_value_int, fill_value_kind, "fill_value");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 2103 "spec/torch_api.yaml"
        return sffi::new_tensor(at::full(size, fill_value, at::TensorOptions().dtype(dtype).device(device)));
#line 1016 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_full_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_full_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_full_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_arange_v2(double end_, int64_t end_int, int32_t end_kind, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar end = sffi::scalar_arg(end_, end_int, end_kind, "end");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 2118 "spec/torch_api.yaml"
        return sffi::new_tensor(at::arange(end, at::TensorOptions().dtype(dtype).device(device)));
#line 1038 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_arange_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_arange_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_arange_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_arange_start_step(double start_, int64_t start_int, int32_t start_kind, double end_, int64_t end_int, int32_t end_kind, double step_, int64_t step_int, int32_t step_kind, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar start = sffi::scalar_arg(start_, start_int, start_kind, "start");
        const c10::Scalar end = sffi::scalar_arg(end_, end_int, end_kind, "end");
        const c10::Scalar step = sffi::scalar_arg(step_, step_int, step_kind, "step");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 2135 "spec/torch_api.yaml"
        return sffi::new_tensor(at::arange(start, end, step, at::TensorOptions().dtype(dtype).device(device)));
#line 1062 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_arange_start_step");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_arange_start_step");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_arange_start_step");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_linspace_v2(double start_, int64_t start_int, int32_t start_kind, double end_, int64_t end_int, int32_t end_kind, int64_t steps_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar start = sffi::scalar_arg(start_, start_int, start_kind, "start");
        const c10::Scalar end = sffi::scalar_arg(end_, end_int, end_kind, "end");
        const int64_t steps = steps_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 2152 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linspace(start, end, steps, at::TensorOptions().dtype(dtype).device(device)));
#line 1086 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_linspace_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_linspace_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_linspace_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_eye_v2(int64_t n_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t n = n_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 2167 "spec/torch_api.yaml"
        return sffi::new_tensor(at::eye(n, at::TensorOptions().dtype(dtype).device(device)));
#line 1108 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_eye_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_eye_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_eye_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_eye_m(int64_t n_, int64_t m_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t n = n_;
        const int64_t m = m_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 2183 "spec/torch_api.yaml"
        return sffi::new_tensor(at::eye(n, m, at::TensorOptions().dtype(dtype).device(device)));
#line 1131 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_eye_m");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_eye_m");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_eye_m");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_add(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 289 "spec/torch_api.yaml"
        return sffi::new_tensor(at::add(handle, other));
#line 1151 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sub(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 301 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sub(handle, other));
#line 1171 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sub");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sub");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sub");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mul(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 313 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mul(handle, other));
#line 1191 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_div(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 325 "spec/torch_api.yaml"
        return sffi::new_tensor(at::div(handle, other));
#line 1211 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_pow(int64_t handle_, double exponent_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double exponent = exponent_;
        const sffi::SharedCall call_lock;
#line 337 "spec/torch_api.yaml"
        return sffi::new_tensor(at::pow(handle, exponent));
#line 1232 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_pow");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_pow");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_pow");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_neg(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 348 "spec/torch_api.yaml"
        return sffi::new_tensor(at::neg(handle));
#line 1252 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_neg");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_neg");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_neg");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_abs(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 359 "spec/torch_api.yaml"
        return sffi::new_tensor(at::abs(handle));
#line 1272 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_abs");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_abs");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_abs");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sqrt(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 370 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sqrt(handle));
#line 1292 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sqrt");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sqrt");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sqrt");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_exp(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 380 "spec/torch_api.yaml"
        return sffi::new_tensor(at::exp(handle));
#line 1312 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_exp");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_exp");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_exp");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_log(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 390 "spec/torch_api.yaml"
        return sffi::new_tensor(at::log(handle));
#line 1332 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_log");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_log");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_log");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar(int64_t handle_, double scalar_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double scalar = scalar_;
        const sffi::SharedCall call_lock;
#line 401 "spec/torch_api.yaml"
        return sffi::new_tensor(at::add(handle, scalar));
#line 1353 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mul_scalar(int64_t handle_, double scalar_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double scalar = scalar_;
        const sffi::SharedCall call_lock;
#line 413 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mul(handle, scalar));
#line 1374 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_div_scalar(int64_t handle_, double scalar_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double scalar = scalar_;
        const sffi::SharedCall call_lock;
#line 1747 "spec/torch_api.yaml"
        return sffi::new_tensor(at::div(handle, scalar));
#line 1395 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_maximum(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 1760 "spec/torch_api.yaml"
        return sffi::new_tensor(at::maximum(handle, other));
#line 1415 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_maximum");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_maximum");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_maximum");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_add_tensor(int64_t input_, int64_t other_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 2199 "spec/torch_api.yaml"
        return sffi::new_tensor(at::add(input, other, alpha));
#line 1436 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar_v2(int64_t input_, double other_, int64_t other_int, int32_t other_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 2214 "spec/torch_api.yaml"
        return sffi::new_tensor(at::add(input, other, alpha));
#line 1458 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_scalar_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sub_tensor(int64_t input_, int64_t other_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 2229 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sub(input, other, alpha));
#line 1479 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sub_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sub_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sub_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sub_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 2244 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sub(input, other, alpha));
#line 1501 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sub_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sub_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sub_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_rsub_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 2259 "spec/torch_api.yaml"
        return sffi::new_tensor(at::rsub(input, other, alpha));
#line 1523 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_rsub_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_rsub_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_rsub_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_rsub_tensor(int64_t input_, int64_t other_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 2274 "spec/torch_api.yaml"
        return sffi::new_tensor(at::rsub(input, other, alpha));
#line 1544 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_rsub_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_rsub_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_rsub_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_reciprocal(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 2286 "spec/torch_api.yaml"
        return sffi::new_tensor(at::reciprocal(input));
#line 1564 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_reciprocal");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_reciprocal");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_reciprocal");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mul_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 2299 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mul(input, other));
#line 1584 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mul_scalar_v2(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 2312 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mul(input, other));
#line 1605 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_scalar_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_div_tensor_mode(int64_t input_, int64_t other_, const char* rounding_mode_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const std::optional<std::string_view> rounding_mode = sffi::optional_enum_arg(rounding_mode_, "rounding_mode", {"trunc", "floor"}, sffi::Code::other);
        const sffi::SharedCall call_lock;
#line 2327 "spec/torch_api.yaml"
        return sffi::new_tensor(at::div(input, other, rounding_mode));
#line 1626 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div_tensor_mode");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div_tensor_mode");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div_tensor_mode");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_div_scalar_mode(int64_t input_, double other_, int64_t other_int, int32_t other_kind, const char* rounding_mode_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const std::optional<std::string_view> rounding_mode = sffi::optional_enum_arg(rounding_mode_, "rounding_mode", {"trunc", "floor"}, sffi::Code::other);
        const sffi::SharedCall call_lock;
#line 2342 "spec/torch_api.yaml"
        return sffi::new_tensor(at::div(input, other, rounding_mode));
#line 1648 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar_mode");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar_mode");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div_scalar_mode");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_pow_tensor_scalar(int64_t input_, double exponent_, int64_t exponent_int, int32_t exponent_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar exponent = sffi::scalar_arg(exponent_, exponent_int, exponent_kind, "exponent");
        const sffi::SharedCall call_lock;
#line 2355 "spec/torch_api.yaml"
        return sffi::new_tensor(at::pow(input, exponent));
#line 1669 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_pow_tensor_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_pow_tensor_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_pow_tensor_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_pow_tensor_tensor(int64_t input_, int64_t exponent_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, exponent] = sffi::tensor_args<2>({input_, exponent_}, {"input", "exponent"});
        const sffi::SharedCall call_lock;
#line 2368 "spec/torch_api.yaml"
        return sffi::new_tensor(at::pow(input, exponent));
#line 1689 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_pow_tensor_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_pow_tensor_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_pow_tensor_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_pow_scalar(double input_, int64_t input_int, int32_t input_kind, int64_t exponent_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor exponent = sffi::tensor_arg(exponent_, "exponent");
        const sffi::SharedCall call_lock;
#line 2381 "spec/torch_api.yaml"
        return sffi::new_tensor(at::pow(input, exponent));
#line 1710 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_pow_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_pow_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_pow_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sin(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 3063 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sin(input));
#line 1730 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sin");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sin");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sin");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_relu(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 425 "spec/torch_api.yaml"
        return sffi::new_tensor(at::relu(handle));
#line 1750 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_relu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_relu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_relu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sigmoid(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 436 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sigmoid(handle));
#line 1770 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sigmoid");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sigmoid");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sigmoid");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_tanh(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 446 "spec/torch_api.yaml"
        return sffi::new_tensor(at::tanh(handle));
#line 1790 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_tanh");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_tanh");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_tanh");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_leaky_relu(int64_t handle_, double negative_slope_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double negative_slope = negative_slope_;
        const sffi::SharedCall call_lock;
#line 457 "spec/torch_api.yaml"
        return sffi::new_tensor(at::leaky_relu(handle, negative_slope));
#line 1811 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_leaky_relu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_leaky_relu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_leaky_relu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_gelu(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 467 "spec/torch_api.yaml"
        return sffi::new_tensor(at::gelu(handle));
#line 1831 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_gelu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_gelu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_gelu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_softmax(int64_t handle_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 479 "spec/torch_api.yaml"
        return sffi::new_tensor(at::softmax(handle, dim));
#line 1852 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_softmax");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_softmax");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_softmax");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_log_softmax(int64_t handle_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 491 "spec/torch_api.yaml"
        return sffi::new_tensor(at::log_softmax(handle, dim));
#line 1873 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_log_softmax");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_log_softmax");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_log_softmax");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_gelu_v2(int64_t input_, const char* approximate_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view approximate = sffi::enum_arg(approximate_, "approximate", {"none", "tanh"}, sffi::Code::other);
        const sffi::SharedCall call_lock;
#line 2396 "spec/torch_api.yaml"
        return sffi::new_tensor(at::gelu(input, approximate));
#line 1894 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_gelu_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_gelu_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_gelu_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_softmax_int(int64_t input_, int64_t dim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 2410 "spec/torch_api.yaml"
        return sffi::new_tensor(at::softmax(input, dim, dtype));
#line 1916 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_softmax_int");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_softmax_int");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_softmax_int");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_log_softmax_int(int64_t input_, int64_t dim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 2425 "spec/torch_api.yaml"
        return sffi::new_tensor(at::log_softmax(input, dim, dtype));
#line 1938 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_log_softmax_int");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_log_softmax_int");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_log_softmax_int");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_matmul(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 504 "spec/torch_api.yaml"
        return sffi::new_tensor(at::matmul(handle, other));
#line 1958 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_matmul");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_matmul");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_matmul");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_dot(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 516 "spec/torch_api.yaml"
        return sffi::new_tensor(at::dot(handle, other));
#line 1978 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_dot");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_dot");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_dot");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_transpose(int64_t handle_, int64_t dim0_, int64_t dim1_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim0 = dim0_;
        const int64_t dim1 = dim1_;
        const sffi::SharedCall call_lock;
#line 528 "spec/torch_api.yaml"
        return sffi::new_tensor(at::transpose(handle, dim0, dim1));
#line 2000 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_transpose");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_transpose");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_transpose");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_t(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 538 "spec/torch_api.yaml"
        return sffi::new_tensor(at::t(handle));
#line 2020 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_t");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_t");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_t");
        return 0;
    }
}

RT_TORCH_API double rt_torch_torchtensor_norm(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 548 "spec/torch_api.yaml"
        return sffi::to_f64(at::linalg_vector_norm(handle));
#line 2040 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_norm");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_norm");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_norm");
        return sffi::kNaN;
    }
}

RT_TORCH_API double rt_torch_torchtensor_det(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 559 "spec/torch_api.yaml"
        return sffi::to_f64(at::linalg_det(handle));
#line 2060 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_det");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_det");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_det");
        return sffi::kNaN;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_inverse(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 570 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_inv(handle));
#line 2080 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_inverse");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_inverse");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_inverse");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_svd(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 581 "spec/torch_api.yaml"
        return sffi::new_tensor(std::get<0>(at::linalg_svd(handle, false)));
#line 2100 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_svd");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_svd");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_svd");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_eig(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 592 "spec/torch_api.yaml"
        return sffi::new_tensor(at::real(std::get<0>(at::linalg_eig(handle))));
#line 2120 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_eig");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_eig");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_eig");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_vector_norm(int64_t input_, double ord_, int64_t ord_int, int32_t ord_kind, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar ord = sffi::scalar_arg(ord_, ord_int, ord_kind, "ord");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 2444 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_vector_norm(input, ord, dim, keepdim, dtype));
#line 2144 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_vector_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_vector_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_vector_norm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_det(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 2456 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_det(input));
#line 2164 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_det");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_det");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_det");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_svd(int64_t input_, bool full_matrices_, const char* driver_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool full_matrices = full_matrices_;
        const std::optional<std::string_view> driver = sffi::optional_enum_arg(driver_, "driver", {"gesvd", "gesvdj", "gesvda"}, sffi::Code::other);
        const sffi::SharedCall call_lock;
#line 2475 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_svd(input, full_matrices, driver));
#line 2186 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_svd");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_svd");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_svd");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eig(int64_t input_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 2489 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_eig(input));
#line 2206 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_eig");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_eig");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_eig");
        return -1;
    }
}

RT_TORCH_API double rt_torch_torchtensor_sum(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 604 "spec/torch_api.yaml"
        return sffi::to_f64(at::sum(handle));
#line 2226 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sum");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sum");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sum");
        return sffi::kNaN;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sum_dim(int64_t handle_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 617 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sum(handle, at::IntArrayRef(dim), keepdim));
#line 2248 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sum_dim");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sum_dim");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sum_dim");
        return 0;
    }
}

RT_TORCH_API double rt_torch_torchtensor_mean(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 628 "spec/torch_api.yaml"
        return sffi::to_f64(at::mean(handle));
#line 2268 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mean");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mean");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mean");
        return sffi::kNaN;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mean_dim(int64_t handle_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 641 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mean(handle, at::IntArrayRef(dim), keepdim));
#line 2290 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mean_dim");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mean_dim");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mean_dim");
        return 0;
    }
}

RT_TORCH_API double rt_torch_torchtensor_max(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 652 "spec/torch_api.yaml"
        return sffi::to_f64(at::max(handle));
#line 2310 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_max");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_max");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_max");
        return sffi::kNaN;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_max_dim(int64_t handle_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 665 "spec/torch_api.yaml"
        return sffi::new_tensor(std::get<0>(at::max(handle, dim, keepdim)));
#line 2332 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_max_dim");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_max_dim");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_max_dim");
        return 0;
    }
}

RT_TORCH_API double rt_torch_torchtensor_min(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 676 "spec/torch_api.yaml"
        return sffi::to_f64(at::min(handle));
#line 2352 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_min");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_min");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_min");
        return sffi::kNaN;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_min_dim(int64_t handle_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 689 "spec/torch_api.yaml"
        return sffi::new_tensor(std::get<0>(at::min(handle, dim, keepdim)));
#line 2374 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_min_dim");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_min_dim");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_min_dim");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_argmax(int64_t handle_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 705 "spec/torch_api.yaml"
        return sffi::new_tensor(dim < 0 ? at::argmax(handle, std::nullopt, keepdim) : at::argmax(handle, dim, keepdim));
#line 2396 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_argmax");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_argmax");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_argmax");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_argmin(int64_t handle_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 721 "spec/torch_api.yaml"
        return sffi::new_tensor(dim < 0 ? at::argmin(handle, std::nullopt, keepdim) : at::argmin(handle, dim, keepdim));
#line 2418 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_argmin");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_argmin");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_argmin");
        return 0;
    }
}

RT_TORCH_API double rt_torch_torchtensor_std(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 732 "spec/torch_api.yaml"
        return sffi::to_f64(at::std(handle));
#line 2438 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_std");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_std");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_std");
        return sffi::kNaN;
    }
}

RT_TORCH_API double rt_torch_torchtensor_var(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 743 "spec/torch_api.yaml"
        return sffi::to_f64(at::var(handle));
#line 2458 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_var");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_var");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_var");
        return sffi::kNaN;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sum_all(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1699 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sum(handle));
#line 2478 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sum_all");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sum_all");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sum_all");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mean_all(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1711 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mean(handle));
#line 2498 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mean_all");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mean_all");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mean_all");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_max_all(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1723 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max(handle));
#line 2518 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_max_all");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_max_all");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_max_all");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_min_all(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1734 "spec/torch_api.yaml"
        return sffi::new_tensor(at::min(handle));
#line 2538 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_min_all");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_min_all");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_min_all");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sum_dim_intlist(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 2506 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sum(input, dim, keepdim, dtype));
#line 2561 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sum_dim_intlist");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sum_dim_intlist");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sum_dim_intlist");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mean_dim_v2(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 2522 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mean(input, dim, keepdim, dtype));
#line 2584 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mean_dim_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mean_dim_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mean_dim_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_max_dim_v2(int64_t input_, int64_t dim_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 2538 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::max(input, dim, keepdim));
#line 2606 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_max_dim_v2");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_max_dim_v2");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_max_dim_v2");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_max_other(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 2551 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max(input, other));
#line 2626 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_max_other");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_max_other");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_max_other");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_min_dim_v2(int64_t input_, int64_t dim_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 2567 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::min(input, dim, keepdim));
#line 2648 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_min_dim_v2");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_min_dim_v2");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_min_dim_v2");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_min_other(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 2580 "spec/torch_api.yaml"
        return sffi::new_tensor(at::min(input, other));
#line 2668 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_min_other");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_min_other");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_min_other");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_argmax_v2(int64_t input_, int64_t dim_, bool dim_present, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 2594 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argmax(input, dim, keepdim));
#line 2690 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_argmax_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_argmax_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_argmax_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_argmin_v2(int64_t input_, int64_t dim_, bool dim_present, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 2608 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argmin(input, dim, keepdim));
#line 2712 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_argmin_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_argmin_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_argmin_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_std_dim(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool unbiased_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool unbiased = unbiased_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 2623 "spec/torch_api.yaml"
        return sffi::new_tensor(at::std(input, dim, unbiased, keepdim));
#line 2735 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_std_dim");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_std_dim");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_std_dim");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_std_correction(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, double correction_, int64_t correction_int, int32_t correction_kind, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const std::optional<c10::Scalar> correction = sffi::optional_scalar_arg(correction_, correction_int, correction_kind, "correction");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 2639 "spec/torch_api.yaml"
        return sffi::new_tensor(at::std(input, dim, correction, keepdim));
#line 2758 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_std_correction");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_std_correction");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_std_correction");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_std_v2(int64_t input_, bool unbiased_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool unbiased = unbiased_;
        const sffi::SharedCall call_lock;
#line 2652 "spec/torch_api.yaml"
        return sffi::new_tensor(at::std(input, unbiased));
#line 2779 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_std_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_std_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_std_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_var_dim(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool unbiased_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool unbiased = unbiased_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 2667 "spec/torch_api.yaml"
        return sffi::new_tensor(at::var(input, dim, unbiased, keepdim));
#line 2802 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_var_dim");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_var_dim");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_var_dim");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_var_correction(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, double correction_, int64_t correction_int, int32_t correction_kind, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const std::optional<c10::Scalar> correction = sffi::optional_scalar_arg(correction_, correction_int, correction_kind, "correction");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 2683 "spec/torch_api.yaml"
        return sffi::new_tensor(at::var(input, dim, correction, keepdim));
#line 2825 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_var_correction");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_var_correction");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_var_correction");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_var_v2(int64_t input_, bool unbiased_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool unbiased = unbiased_;
        const sffi::SharedCall call_lock;
#line 2696 "spec/torch_api.yaml"
        return sffi::new_tensor(at::var(input, unbiased));
#line 2846 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_var_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_var_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_var_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cumsum(int64_t input_, int64_t dim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 3078 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cumsum(input, dim, dtype));
#line 2868 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cumsum");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cumsum");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cumsum");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cumprod(int64_t input_, int64_t dim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 3093 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cumprod(input, dim, dtype));
#line 2890 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cumprod");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cumprod");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cumprod");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cummax(int64_t input_, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 3108 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::cummax(input, dim));
#line 2911 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cummax");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cummax");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cummax");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cummin(int64_t input_, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 3123 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::cummin(input, dim));
#line 2932 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cummin");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cummin");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cummin");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logcumsumexp(int64_t input_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 3136 "spec/torch_api.yaml"
        return sffi::new_tensor(at::logcumsumexp(input, dim));
#line 2953 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logcumsumexp");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logcumsumexp");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logcumsumexp");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logsumexp(int64_t input_, const int64_t* dim_, int64_t dim_len, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList dim = sffi::sized_int_list_arg(dim_, dim_len, 1, "dim");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 3150 "spec/torch_api.yaml"
        return sffi::new_tensor(at::logsumexp(input, dim, keepdim));
#line 2975 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logsumexp");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logsumexp");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logsumexp");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_prod(int64_t input_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 3164 "spec/torch_api.yaml"
        return sffi::new_tensor(at::prod(input, dtype));
#line 2996 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_prod");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_prod");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_prod");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_prod_dim_int(int64_t input_, int64_t dim_, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 3180 "spec/torch_api.yaml"
        return sffi::new_tensor(at::prod(input, dim, keepdim, dtype));
#line 3019 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_prod_dim_int");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_prod_dim_int");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_prod_dim_int");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_all_dim(int64_t input_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 3195 "spec/torch_api.yaml"
        return sffi::new_tensor(at::all(input, dim, keepdim));
#line 3041 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_all_dim");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_all_dim");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_all_dim");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_all_dims(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::OptionalIntArrayRef dim = sffi::optional_array_arg(dim_, dim_len, dim_present, "dim");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 3210 "spec/torch_api.yaml"
        return sffi::new_tensor(at::all(input, dim, keepdim));
#line 3063 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_all_dims");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_all_dims");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_all_dims");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_all(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 3223 "spec/torch_api.yaml"
        return sffi::new_tensor(at::all(input));
#line 3083 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_all");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_all");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_all");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_any_dim(int64_t input_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 3238 "spec/torch_api.yaml"
        return sffi::new_tensor(at::any(input, dim, keepdim));
#line 3105 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_any_dim");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_any_dim");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_any_dim");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_any_dims(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::OptionalIntArrayRef dim = sffi::optional_array_arg(dim_, dim_len, dim_present, "dim");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 3253 "spec/torch_api.yaml"
        return sffi::new_tensor(at::any(input, dim, keepdim));
#line 3127 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_any_dims");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_any_dims");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_any_dims");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_any(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 3266 "spec/torch_api.yaml"
        return sffi::new_tensor(at::any(input));
#line 3147 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_any");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_any");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_any");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_amax(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 3281 "spec/torch_api.yaml"
        return sffi::new_tensor(at::amax(input, dim.value_or_empty(), keepdim));
#line 3169 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_amax");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_amax");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_amax");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_amin(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 3295 "spec/torch_api.yaml"
        return sffi::new_tensor(at::amin(input, dim.value_or_empty(), keepdim));
#line 3191 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_amin");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_amin");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_amin");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_aminmax(int64_t input_, int64_t dim_, bool dim_present, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 3312 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::aminmax(input, dim, keepdim));
#line 3213 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_aminmax");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_aminmax");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_aminmax");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_count_nonzero_dim_intlist(int64_t input_, const int64_t* dim_, int64_t dim_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef dim = sffi::array_arg(dim_, dim_len, "dim");
        const sffi::SharedCall call_lock;
#line 3325 "spec/torch_api.yaml"
        return sffi::new_tensor(at::count_nonzero(input, dim));
#line 3234 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_count_nonzero_dim_intlist");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_count_nonzero_dim_intlist");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_count_nonzero_dim_intlist");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_count_nonzero(int64_t input_, int64_t dim_, bool dim_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const sffi::SharedCall call_lock;
#line 3339 "spec/torch_api.yaml"
        return sffi::new_tensor(at::count_nonzero(input, dim));
#line 3255 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_count_nonzero");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_count_nonzero");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_count_nonzero");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nansum(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 3355 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nansum(input, dim, keepdim, dtype));
#line 3278 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nansum");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nansum");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nansum");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nanmean(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 3371 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nanmean(input, dim, keepdim, dtype));
#line 3301 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nanmean");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nanmean");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nanmean");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_median(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 3383 "spec/torch_api.yaml"
        return sffi::new_tensor(at::median(input));
#line 3321 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_median");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_median");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_median");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_median_dim(int64_t input_, int64_t dim_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 3399 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::median(input, dim, keepdim));
#line 3343 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_median_dim");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_median_dim");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_median_dim");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nanmedian(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 3412 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nanmedian(input));
#line 3363 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nanmedian");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nanmedian");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nanmedian");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nanmedian_dim(int64_t input_, int64_t dim_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 3428 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::nanmedian(input, dim, keepdim));
#line 3385 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nanmedian_dim");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nanmedian_dim");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nanmedian_dim");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mode(int64_t input_, int64_t dim_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 3445 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::mode(input, dim, keepdim));
#line 3407 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mode");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mode");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mode");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_kthvalue(int64_t input_, int64_t k_, int64_t dim_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t k = k_;
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 3462 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::kthvalue(input, k, dim, keepdim));
#line 3430 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_kthvalue");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_kthvalue");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_kthvalue");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_topk(int64_t input_, int64_t k_, int64_t dim_, bool largest_, bool sorted_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t k = k_;
        const int64_t dim = dim_;
        const bool largest = largest_;
        const bool sorted = sorted_;
        const sffi::SharedCall call_lock;
#line 3480 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::topk(input, k, dim, largest, sorted));
#line 3454 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_topk");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_topk");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_topk");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sort(int64_t input_, int64_t dim_, bool descending_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool descending = descending_;
        const sffi::SharedCall call_lock;
#line 3496 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::sort(input, dim, descending));
#line 3476 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sort");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sort");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sort");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sort_stable(int64_t input_, bool stable_, bool stable_present, int64_t dim_, bool descending_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<bool> stable = sffi::optional_arg(stable_, stable_present);
        const int64_t dim = dim_;
        const bool descending = descending_;
        const sffi::SharedCall call_lock;
#line 3514 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::sort(input, stable, dim, descending));
#line 3499 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sort_stable");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sort_stable");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sort_stable");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_argsort(int64_t input_, int64_t dim_, bool descending_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool descending = descending_;
        const sffi::SharedCall call_lock;
#line 3529 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argsort(input, dim, descending));
#line 3521 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_argsort");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_argsort");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_argsort");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_argsort_stable(int64_t input_, bool stable_, int64_t dim_, bool descending_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool stable = stable_;
        const int64_t dim = dim_;
        const bool descending = descending_;
        const sffi::SharedCall call_lock;
#line 3545 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argsort(input, stable, dim, descending));
#line 3544 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_argsort_stable");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_argsort_stable");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_argsort_stable");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_msort(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 3558 "spec/torch_api.yaml"
        return sffi::new_tensor(at::msort(input));
#line 3564 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_msort");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_msort");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_msort");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_quantile(int64_t input_, int64_t q_, int64_t dim_, bool dim_present, bool keepdim_, const char* interpolation_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, q] = sffi::tensor_args<2>({input_, q_}, {"input", "q"});
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const bool keepdim = keepdim_;
        const std::string_view interpolation = sffi::text_arg(interpolation_, "interpolation");
        const sffi::SharedCall call_lock;
#line 3575 "spec/torch_api.yaml"
        return sffi::new_tensor(at::quantile(input, q, dim, keepdim, interpolation));
#line 3587 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_quantile");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_quantile");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_quantile");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_quantile_scalar(int64_t input_, double q_, int64_t dim_, bool dim_present, bool keepdim_, const char* interpolation_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double q = q_;
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const bool keepdim = keepdim_;
        const std::string_view interpolation = sffi::text_arg(interpolation_, "interpolation");
        const sffi::SharedCall call_lock;
#line 3592 "spec/torch_api.yaml"
        return sffi::new_tensor(at::quantile(input, q, dim, keepdim, interpolation));
#line 3611 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_quantile_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_quantile_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_quantile_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nanquantile(int64_t input_, int64_t q_, int64_t dim_, bool dim_present, bool keepdim_, const char* interpolation_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, q] = sffi::tensor_args<2>({input_, q_}, {"input", "q"});
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const bool keepdim = keepdim_;
        const std::string_view interpolation = sffi::text_arg(interpolation_, "interpolation");
        const sffi::SharedCall call_lock;
#line 3610 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nanquantile(input, q, dim, keepdim, interpolation));
#line 3634 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nanquantile");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nanquantile");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nanquantile");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nanquantile_scalar(int64_t input_, double q_, int64_t dim_, bool dim_present, bool keepdim_, const char* interpolation_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double q = q_;
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const bool keepdim = keepdim_;
        const std::string_view interpolation = sffi::text_arg(interpolation_, "interpolation");
        const sffi::SharedCall call_lock;
#line 3627 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nanquantile(input, q, dim, keepdim, interpolation));
#line 3658 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nanquantile_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nanquantile_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nanquantile_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_var_mean(int64_t input_, bool unbiased_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool unbiased = unbiased_;
        const sffi::SharedCall call_lock;
#line 3643 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::var_mean(input, unbiased));
#line 3679 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_var_mean");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_var_mean");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_var_mean");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_var_mean_dim(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool unbiased_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool unbiased = unbiased_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 3660 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::var_mean(input, dim, unbiased, keepdim));
#line 3702 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_var_mean_dim");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_var_mean_dim");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_var_mean_dim");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_var_mean_correction(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, double correction_, int64_t correction_int, int32_t correction_kind, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const std::optional<c10::Scalar> correction = sffi::optional_scalar_arg(correction_, correction_int, correction_kind, "correction");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 3679 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::var_mean(input, dim, correction, keepdim));
#line 3725 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_var_mean_correction");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_var_mean_correction");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_var_mean_correction");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_std_mean(int64_t input_, bool unbiased_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool unbiased = unbiased_;
        const sffi::SharedCall call_lock;
#line 3695 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::std_mean(input, unbiased));
#line 3746 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_std_mean");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_std_mean");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_std_mean");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_std_mean_dim(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool unbiased_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool unbiased = unbiased_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 3712 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::std_mean(input, dim, unbiased, keepdim));
#line 3769 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_std_mean_dim");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_std_mean_dim");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_std_mean_dim");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_std_mean_correction(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, double correction_, int64_t correction_int, int32_t correction_kind, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const std::optional<c10::Scalar> correction = sffi::optional_scalar_arg(correction_, correction_int, correction_kind, "correction");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 3731 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::std_mean(input, dim, correction, keepdim));
#line 3792 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_std_mean_correction");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_std_mean_correction");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_std_mean_correction");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_histc(int64_t input_, int64_t bins_, double min_, int64_t min_int, int32_t min_kind, double max_, int64_t max_int, int32_t max_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t bins = bins_;
        const c10::Scalar min = sffi::scalar_arg(min_, min_int, min_kind, "min");
        const c10::Scalar max = sffi::scalar_arg(max_, max_int, max_kind, "max");
        const sffi::SharedCall call_lock;
#line 3747 "spec/torch_api.yaml"
        return sffi::new_tensor(at::histc(input, bins, min, max));
#line 3815 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_histc");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_histc");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_histc");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bincount(int64_t input_, int64_t weights_, int64_t minlength_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::Tensor> weights = sffi::optional_tensor_arg(weights_, "weights");
        const int64_t minlength = minlength_;
        const sffi::SharedCall call_lock;
#line 3761 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bincount(input, weights, minlength));
#line 3837 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bincount");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bincount");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bincount");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bucketize_tensor(int64_t input_, int64_t boundaries_, bool out_int32_, bool right_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, boundaries] = sffi::tensor_args<2>({input_, boundaries_}, {"input", "boundaries"});
        const bool out_int32 = out_int32_;
        const bool right = right_;
        const sffi::SharedCall call_lock;
#line 3777 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bucketize(input, boundaries, out_int32, right));
#line 3859 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bucketize_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bucketize_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bucketize_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_bucketize_scalar(double input_, int64_t input_int, int32_t input_kind, int64_t boundaries_, bool out_int32_, bool right_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor boundaries = sffi::tensor_arg(boundaries_, "boundaries");
        const bool out_int32 = out_int32_;
        const bool right = right_;
        const sffi::SharedCall call_lock;
#line 3794 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bucketize(input, boundaries, out_int32, right));
#line 3882 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_bucketize_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_bucketize_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_bucketize_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_searchsorted_tensor(int64_t sorted_sequence_, int64_t input_, bool out_int32_, bool right_, const char* side_, int64_t sorter_) noexcept {
    sffi::begin_call();
    try {
        const auto [sorted_sequence, input] = sffi::tensor_args<2>({sorted_sequence_, input_}, {"sorted_sequence", "input"});
        const bool out_int32 = out_int32_;
        const bool right = right_;
        const std::optional<std::string_view> side = sffi::optional_text_arg(side_);
        const std::optional<at::Tensor> sorter = sffi::optional_tensor_arg(sorter_, "sorter");
        const sffi::SharedCall call_lock;
#line 3813 "spec/torch_api.yaml"
        return sffi::new_tensor(at::searchsorted(sorted_sequence, input, out_int32, right, side, sorter));
#line 3906 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_searchsorted_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_searchsorted_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_searchsorted_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_searchsorted_scalar(int64_t sorted_sequence_, double input_, int64_t input_int, int32_t input_kind, bool out_int32_, bool right_, const char* side_, int64_t sorter_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor sorted_sequence = sffi::tensor_arg(sorted_sequence_, "sorted_sequence");
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const bool out_int32 = out_int32_;
        const bool right = right_;
        const std::optional<std::string_view> side = sffi::optional_text_arg(side_);
        const std::optional<at::Tensor> sorter = sffi::optional_tensor_arg(sorter_, "sorter");
        const sffi::SharedCall call_lock;
#line 3832 "spec/torch_api.yaml"
        return sffi::new_tensor(at::searchsorted(sorted_sequence, input, out_int32, right, side, sorter));
#line 3931 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_searchsorted_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_searchsorted_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_searchsorted_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_diff(int64_t input_, int64_t n_, int64_t dim_, int64_t prepend_, int64_t append_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t n = n_;
        const int64_t dim = dim_;
        const std::optional<at::Tensor> prepend = sffi::optional_tensor_arg(prepend_, "prepend");
        const std::optional<at::Tensor> append = sffi::optional_tensor_arg(append_, "append");
        const sffi::SharedCall call_lock;
#line 3849 "spec/torch_api.yaml"
        return sffi::new_tensor(at::diff(input, n, dim, prepend, append));
#line 3955 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_diff");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_diff");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_diff");
        return 0;
    }
}

}  // extern "C"
