// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Unit 11 of 16: 56 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("spec/torch_api.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/adaptive_avg_pool3d.h>)
#include <ATen/ops/adaptive_avg_pool3d.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_adaptive_avg_pool3d"
#error "binds calls at::adaptive_avg_pool3d, which this ATen does not have (no <ATen/ops/adaptive_avg_pool3d.h>)"
#endif
#if __has_include(<ATen/ops/adaptive_max_pool2d.h>)
#include <ATen/ops/adaptive_max_pool2d.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_adaptive_max_pool2d"
#error "binds calls at::adaptive_max_pool2d, which this ATen does not have (no <ATen/ops/adaptive_max_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/add.h>)
#include <ATen/ops/add.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_add_tensor"
#error "binds calls at::add, which this ATen does not have (no <ATen/ops/add.h>)"
#endif
#if __has_include(<ATen/ops/arange.h>)
#include <ATen/ops/arange.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_tensor_arange_v2"
#error "binds calls at::arange, which this ATen does not have (no <ATen/ops/arange.h>)"
#endif
#if __has_include(<ATen/ops/argmax.h>)
#include <ATen/ops/argmax.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_argmax"
#error "binds calls at::argmax, which this ATen does not have (no <ATen/ops/argmax.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_xor.h>)
#include <ATen/ops/bitwise_xor.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_xor_scalar"
#error "binds calls at::bitwise_xor, which this ATen does not have (no <ATen/ops/bitwise_xor.h>)"
#endif
#if __has_include(<ATen/ops/chunk.h>)
#include <ATen/ops/chunk.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_chunk"
#error "binds calls at::chunk, which this ATen does not have (no <ATen/ops/chunk.h>)"
#endif
#if __has_include(<ATen/ops/clamp_max.h>)
#include <ATen/ops/clamp_max.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_clamp_max_tensor"
#error "binds calls at::clamp_max, which this ATen does not have (no <ATen/ops/clamp_max.h>)"
#endif
#if __has_include(<ATen/ops/conv2d.h>)
#include <ATen/ops/conv2d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_conv2d_padding"
#error "binds calls at::conv2d, which this ATen does not have (no <ATen/ops/conv2d.h>)"
#endif
#if __has_include(<ATen/ops/ctc_loss.h>)
#include <ATen/ops/ctc_loss.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_ctc_loss_intlist"
#error "binds calls at::ctc_loss, which this ATen does not have (no <ATen/ops/ctc_loss.h>)"
#endif
#if __has_include(<ATen/ops/diagonal.h>)
#include <ATen/ops/diagonal.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_diagonal"
#error "binds calls at::diagonal, which this ATen does not have (no <ATen/ops/diagonal.h>)"
#endif
#if __has_include(<ATen/ops/div.h>)
#include <ATen/ops/div.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_kl_div"
#error "binds calls at::div, which this ATen does not have (no <ATen/ops/div.h>)"
#endif
#if __has_include(<ATen/ops/feature_dropout.h>)
#include <ATen/ops/feature_dropout.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_nn_dropout2d"
#error "binds calls at::feature_dropout, which this ATen does not have (no <ATen/ops/feature_dropout.h>)"
#endif
#if __has_include(<ATen/ops/flip.h>)
#include <ATen/ops/flip.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_flip"
#error "binds calls at::flip, which this ATen does not have (no <ATen/ops/flip.h>)"
#endif
#if __has_include(<ATen/ops/gelu.h>)
#include <ATen/ops/gelu.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_gelu_v2"
#error "binds calls at::gelu, which this ATen does not have (no <ATen/ops/gelu.h>)"
#endif
#if __has_include(<ATen/ops/histc.h>)
#include <ATen/ops/histc.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_histc"
#error "binds calls at::histc, which this ATen does not have (no <ATen/ops/histc.h>)"
#endif
#if __has_include(<ATen/ops/imag.h>)
#include <ATen/ops/imag.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_imag"
#error "binds calls at::imag, which this ATen does not have (no <ATen/ops/imag.h>)"
#endif
#if __has_include(<ATen/ops/kl_div.h>)
#include <ATen/ops/kl_div.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_kl_div"
#error "binds calls at::kl_div, which this ATen does not have (no <ATen/ops/kl_div.h>)"
#endif
#if __has_include(<ATen/ops/linalg_cholesky_ex.h>)
#include <ATen/ops/linalg_cholesky_ex.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_cholesky_ex"
#error "binds calls at::linalg_cholesky_ex, which this ATen does not have (no <ATen/ops/linalg_cholesky_ex.h>)"
#endif
#if __has_include(<ATen/ops/linalg_cond.h>)
#include <ATen/ops/linalg_cond.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_cond"
#error "binds calls at::linalg_cond, which this ATen does not have (no <ATen/ops/linalg_cond.h>)"
#endif
#if __has_include(<ATen/ops/linalg_matrix_norm.h>)
#include <ATen/ops/linalg_matrix_norm.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_matrix_norm"
#error "binds calls at::linalg_matrix_norm, which this ATen does not have (no <ATen/ops/linalg_matrix_norm.h>)"
#endif
#if __has_include(<ATen/ops/linalg_norm.h>)
#include <ATen/ops/linalg_norm.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_norm_ord_str"
#error "binds calls at::linalg_norm, which this ATen does not have (no <ATen/ops/linalg_norm.h>)"
#endif
#if __has_include(<ATen/ops/linalg_svd.h>)
#include <ATen/ops/linalg_svd.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_svd"
#error "binds calls at::linalg_svd, which this ATen does not have (no <ATen/ops/linalg_svd.h>)"
#endif
#if __has_include(<ATen/ops/linspace.h>)
#include <ATen/ops/linspace.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_tensor_linspace_v2"
#error "binds calls at::linspace, which this ATen does not have (no <ATen/ops/linspace.h>)"
#endif
#if __has_include(<ATen/ops/margin_ranking_loss.h>)
#include <ATen/ops/margin_ranking_loss.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_margin_ranking_loss"
#error "binds calls at::margin_ranking_loss, which this ATen does not have (no <ATen/ops/margin_ranking_loss.h>)"
#endif
#if __has_include(<ATen/ops/max_pool1d.h>)
#include <ATen/ops/max_pool1d.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_max_pool1d"
#error "binds calls at::max_pool1d, which this ATen does not have (no <ATen/ops/max_pool1d.h>)"
#endif
#if __has_include(<ATen/ops/mm.h>)
#include <ATen/ops/mm.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mm"
#error "binds calls at::mm, which this ATen does not have (no <ATen/ops/mm.h>)"
#endif
#if __has_include(<ATen/ops/mul.h>)
#include <ATen/ops/mul.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mul"
#error "binds calls at::mul, which this ATen does not have (no <ATen/ops/mul.h>)"
#endif
#if __has_include(<ATen/ops/multinomial.h>)
#include <ATen/ops/multinomial.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_multinomial"
#error "binds calls at::multinomial, which this ATen does not have (no <ATen/ops/multinomial.h>)"
#endif
#if __has_include(<ATen/ops/nanquantile.h>)
#include <ATen/ops/nanquantile.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_nanquantile_scalar"
#error "binds calls at::nanquantile, which this ATen does not have (no <ATen/ops/nanquantile.h>)"
#endif
#if __has_include(<ATen/ops/rand.h>)
#include <ATen/ops/rand.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_tensor_rand_v2"
#error "binds calls at::rand, which this ATen does not have (no <ATen/ops/rand.h>)"
#endif
#if __has_include(<ATen/ops/rsub.h>)
#include <ATen/ops/rsub.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_rsub_tensor"
#error "binds calls at::rsub, which this ATen does not have (no <ATen/ops/rsub.h>)"
#endif
#if __has_include(<ATen/ops/sort.h>)
#include <ATen/ops/sort.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_sort"
#error "binds calls at::sort, which this ATen does not have (no <ATen/ops/sort.h>)"
#endif
#if __has_include(<ATen/ops/std_mean.h>)
#include <ATen/ops/std_mean.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_std_mean_correction"
#error "binds calls at::std_mean, which this ATen does not have (no <ATen/ops/std_mean.h>)"
#endif
#if __has_include(<ATen/ops/take.h>)
#include <ATen/ops/take.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_take"
#error "binds calls at::take, which this ATen does not have (no <ATen/ops/take.h>)"
#endif
#if __has_include(<ATen/ops/trace.h>)
#include <ATen/ops/trace.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_trace"
#error "binds calls at::trace, which this ATen does not have (no <ATen/ops/trace.h>)"
#endif
#if __has_include(<ATen/ops/transpose.h>)
#include <ATen/ops/transpose.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_transpose"
#error "binds calls at::transpose, which this ATen does not have (no <ATen/ops/transpose.h>)"
#endif
#if __has_include(<ATen/ops/trapz.h>)
#include <ATen/ops/trapz.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_trapz_x"
#error "binds calls at::trapz, which this ATen does not have (no <ATen/ops/trapz.h>)"
#endif
#if __has_include(<ATen/ops/trunc.h>)
#include <ATen/ops/trunc.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_trunc"
#error "binds calls at::trunc, which this ATen does not have (no <ATen/ops/trunc.h>)"
#endif
#if __has_include(<ATen/ops/unflatten.h>)
#include <ATen/ops/unflatten.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_unflatten_int"
#error "binds calls at::unflatten, which this ATen does not have (no <ATen/ops/unflatten.h>)"
#endif
#if __has_include(<ATen/ops/var_mean.h>)
#include <ATen/ops/var_mean.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_var_mean"
#error "binds calls at::var_mean, which this ATen does not have (no <ATen/ops/var_mean.h>)"
#endif
#if __has_include(<ATen/ops/vdot.h>)
#include <ATen/ops/vdot.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_vdot"
#error "binds calls at::vdot, which this ATen does not have (no <ATen/ops/vdot.h>)"
#endif
#if __has_include(<ATen/ops/zeros.h>)
#include <ATen/ops/zeros.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_tensor_zeros_v2"
#error "binds calls at::zeros, which this ATen does not have (no <ATen/ops/zeros.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_torchtensor_mul(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_mul(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mul"
        return sffi::new_tensor(at::mul(handle, other));
#line 278 "ops_11.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_transpose(int64_t handle, int64_t dim0, int64_t dim1) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_transpose(int64_t handle_, int64_t dim0_, int64_t dim1_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim0 = dim0_;
        const int64_t dim1 = dim1_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_transpose"
        return sffi::new_tensor(at::transpose(handle, dim0, dim1));
#line 301 "ops_11.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_argmax(int64_t handle, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_argmax(int64_t handle_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_argmax"
        return sffi::new_tensor(dim < 0 ? at::argmax(handle, std::nullopt, keepdim) : at::argmax(handle, dim, keepdim));
#line 324 "ops_11.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_chunk(int64_t handle, int64_t chunks, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_chunk(int64_t handle_, int64_t chunks_, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t chunks = chunks_;
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_chunk"
        return sffi::write_tensors(out, out_capacity, at::chunk(handle, chunks, dim));
#line 347 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_chunk");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_chunk");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_chunk");
        return -1;
    }
}

RT_TORCH_API void rt_torch_torchstream_free(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchstream_free(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
#line 7 "spec/torch_api.yaml@rt_torch_torchstream_free"
        sffi::free_stream(handle_);
#line 366 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_free");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_free");
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_free");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_storage_offset(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_storage_offset(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_storage_offset"
        return sffi::to_i64(input.storage_offset());
#line 384 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_storage_offset");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_storage_offset");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_storage_offset");
        return -1;
    }
}

RT_TORCH_API bool rt_torch_torchtensor_is_floating_point(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_torchtensor_is_floating_point(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_is_floating_point"
        return sffi::to_bool(input.is_floating_point());
#line 405 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_is_floating_point");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_is_floating_point");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_is_floating_point");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_element_size(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_element_size(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_element_size"
        return sffi::to_i64(static_cast<int64_t>(input.element_size()));
#line 426 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_element_size");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_element_size");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_element_size");
        return -1;
    }
}

RT_TORCH_API double rt_torch_torchtensor_item(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_torchtensor_item(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_item"
        return sffi::to_f64(handle.item());
#line 447 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_item");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_item");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_item");
        return sffi::kNaN;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_imag(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_imag(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_imag"
        return sffi::new_tensor(at::imag(handle));
#line 468 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_imag");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_imag");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_imag");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_addcdiv_(int64_t handle, int64_t tensor1, int64_t tensor2, double value) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_addcdiv_(int64_t handle_, int64_t tensor1_, int64_t tensor2_, double value_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, tensor1, tensor2] = sffi::tensor_args<3>({handle_, tensor1_, tensor2_}, {"handle", "tensor1", "tensor2"});
        const double value = value_;
        const sffi::ExclusiveCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_addcdiv_"
        handle.addcdiv_(tensor1, tensor2, sffi::multiplier(value));
#line 490 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addcdiv_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addcdiv_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addcdiv_");
    }
}

RT_TORCH_API int64_t rt_torch_tensor_zeros_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_zeros_v2(const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_tensor_zeros_v2"
        return sffi::new_tensor(at::zeros(size, at::TensorOptions().dtype(dtype).device(device)));
#line 510 "ops_11.cpp"
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

RT_TORCH_API int64_t rt_torch_tensor_rand_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_rand_v2(const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_tensor_rand_v2"
        return sffi::new_tensor(at::rand(size, at::TensorOptions().dtype(dtype).device(device)));
#line 533 "ops_11.cpp"
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

RT_TORCH_API int64_t rt_torch_tensor_arange_v2(double end, int64_t end_int, int32_t end_kind, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_arange_v2(double end_, int64_t end_int, int32_t end_kind, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar end = sffi::scalar_arg(end_, end_int, end_kind, "end");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_tensor_arange_v2"
        return sffi::new_tensor(at::arange(end, at::TensorOptions().dtype(dtype).device(device)));
#line 556 "ops_11.cpp"
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

RT_TORCH_API int64_t rt_torch_tensor_linspace_v2(double start, int64_t start_int, int32_t start_kind, double end, int64_t end_int, int32_t end_kind, int64_t steps, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_linspace_v2(double start_, int64_t start_int, int32_t start_kind, double end_, int64_t end_int, int32_t end_kind, int64_t steps_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar start = sffi::scalar_arg(start_, start_int, start_kind, "start");
        const c10::Scalar end = sffi::scalar_arg(end_, end_int, end_kind, "end");
        const int64_t steps = steps_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_tensor_linspace_v2"
        return sffi::new_tensor(at::linspace(start, end, steps, at::TensorOptions().dtype(dtype).device(device)));
#line 581 "ops_11.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_add_tensor(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_add_tensor(int64_t input_, int64_t other_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_add_tensor"
        return sffi::new_tensor(at::add(input, other, alpha));
#line 603 "ops_11.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_rsub_tensor(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_rsub_tensor(int64_t input_, int64_t other_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_rsub_tensor"
        return sffi::new_tensor(at::rsub(input, other, alpha));
#line 625 "ops_11.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_gelu_v2(int64_t input, const char* approximate) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_gelu_v2(int64_t input_, const char* approximate_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view approximate = sffi::enum_arg(approximate_, "approximate", {"none", "tanh"}, sffi::Code::other);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_gelu_v2"
        return sffi::new_tensor(at::gelu(input, approximate));
#line 647 "ops_11.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_svd(int64_t input, bool full_matrices, const char* driver, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_svd(int64_t input_, bool full_matrices_, const char* driver_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool full_matrices = full_matrices_;
        const std::optional<std::string_view> driver = sffi::optional_enum_arg(driver_, "driver", {"gesvd", "gesvdj", "gesvda"}, sffi::Code::other);
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_svd"
        return sffi::write_tensors(out, out_capacity, at::linalg_svd(input, full_matrices, driver));
#line 670 "ops_11.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_conv2d_padding(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const char* padding, const int64_t* dilation, int64_t dilation_len, int64_t groups) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_conv2d_padding(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const char* padding_, const int64_t* dilation_, int64_t dilation_len, int64_t groups_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 2, "stride");
        const std::string_view padding = sffi::enum_arg(padding_, "padding", {"valid", "same"}, sffi::Code::other);
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 2, "dilation");
        const int64_t groups = groups_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_nn_conv2d_padding"
        return sffi::new_tensor(at::conv2d(input, weight, bias, stride, padding, dilation, groups));
#line 696 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv2d_padding");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv2d_padding");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv2d_padding");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sort(int64_t input, int64_t dim, bool descending, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_sort(int64_t input_, int64_t dim_, bool descending_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool descending = descending_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_sort"
        return sffi::write_tensors(out, out_capacity, at::sort(input, dim, descending));
#line 719 "ops_11.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_nanquantile_scalar(int64_t input, double q, int64_t dim, bool dim_present, bool keepdim, const char* interpolation) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_nanquantile_scalar(int64_t input_, double q_, int64_t dim_, bool dim_present, bool keepdim_, const char* interpolation_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double q = q_;
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const bool keepdim = keepdim_;
        const std::string_view interpolation = sffi::text_arg(interpolation_, "interpolation");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_nanquantile_scalar"
        return sffi::new_tensor(at::nanquantile(input, q, dim, keepdim, interpolation));
#line 744 "ops_11.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_var_mean(int64_t input, bool unbiased, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_var_mean(int64_t input_, bool unbiased_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool unbiased = unbiased_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_var_mean"
        return sffi::write_tensors(out, out_capacity, at::var_mean(input, unbiased));
#line 766 "ops_11.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_std_mean_correction(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, double correction, int64_t correction_int, int32_t correction_kind, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_std_mean_correction(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, double correction_, int64_t correction_int, int32_t correction_kind, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const std::optional<c10::Scalar> correction = sffi::optional_scalar_arg(correction_, correction_int, correction_kind, "correction");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_std_mean_correction"
        return sffi::write_tensors(out, out_capacity, at::std_mean(input, dim, correction, keepdim));
#line 790 "ops_11.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_histc(int64_t input, int64_t bins, double min, int64_t min_int, int32_t min_kind, double max, int64_t max_int, int32_t max_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_histc(int64_t input_, int64_t bins_, double min_, int64_t min_int, int32_t min_kind, double max_, int64_t max_int, int32_t max_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t bins = bins_;
        const c10::Scalar min = sffi::scalar_arg(min_, min_int, min_kind, "min");
        const c10::Scalar max = sffi::scalar_arg(max_, max_int, max_kind, "max");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_histc"
        return sffi::new_tensor(at::histc(input, bins, min, max));
#line 814 "ops_11.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_flip(int64_t input, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_flip(int64_t input_, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_flip"
        return sffi::new_tensor(at::flip(input, dims));
#line 836 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_flip");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_flip");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_flip");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_unflatten_int(int64_t input, int64_t dim, const int64_t* sizes, int64_t sizes_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_unflatten_int(int64_t input_, int64_t dim_, const int64_t* sizes_, int64_t sizes_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const at::IntArrayRef sizes = sffi::array_arg(sizes_, sizes_len, "sizes");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_unflatten_int"
        return sffi::new_tensor(at::unflatten(input, dim, sizes));
#line 859 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_unflatten_int");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_unflatten_int");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_unflatten_int");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_diagonal(int64_t input, int64_t offset, int64_t dim1, int64_t dim2) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_diagonal(int64_t input_, int64_t offset_, int64_t dim1_, int64_t dim2_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t offset = offset_;
        const int64_t dim1 = dim1_;
        const int64_t dim2 = dim2_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_diagonal"
        return sffi::new_tensor(at::diagonal(input, offset, dim1, dim2));
#line 883 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_diagonal");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_diagonal");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_diagonal");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_trace(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_trace(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_trace"
        return sffi::new_tensor(at::trace(input));
#line 904 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_trace");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_trace");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_trace");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_take(int64_t input, int64_t index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_take(int64_t input_, int64_t index_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index] = sffi::tensor_args<2>({input_, index_}, {"input", "index"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_take"
        return sffi::new_tensor(at::take(input, index));
#line 925 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_take");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_take");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_take");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_multinomial(int64_t input, int64_t num_samples, bool replacement) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_multinomial(int64_t input_, int64_t num_samples_, bool replacement_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t num_samples = num_samples_;
        const bool replacement = replacement_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_multinomial"
        return sffi::new_tensor(at::multinomial(input, num_samples, replacement));
#line 948 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_multinomial");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_multinomial");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_multinomial");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mm(int64_t input, int64_t mat2) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_mm(int64_t input_, int64_t mat2_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mat2] = sffi::tensor_args<2>({input_, mat2_}, {"input", "mat2"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mm"
        return sffi::new_tensor(at::mm(input, mat2));
#line 969 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_vdot(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_vdot(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_vdot"
        return sffi::new_tensor(at::vdot(input, other));
#line 990 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_vdot");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_vdot");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_vdot");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_trapz_x(int64_t y, int64_t x, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_trapz_x(int64_t y_, int64_t x_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const auto [y, x] = sffi::tensor_args<2>({y_, x_}, {"y", "x"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_trapz_x"
        return sffi::new_tensor(at::trapz(y, x, dim));
#line 1012 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_trapz_x");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_trapz_x");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_trapz_x");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_trapz_dx(int64_t y, double dx, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_trapz_dx(int64_t y_, double dx_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor y = sffi::tensor_arg(y_, "y");
        const double dx = dx_;
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_trapz_dx"
        return sffi::new_tensor(at::trapz(y, dx, dim));
#line 1035 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_trapz_dx");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_trapz_dx");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_trapz_dx");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cholesky_ex(int64_t input, bool upper, bool check_errors, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cholesky_ex(int64_t input_, bool upper_, bool check_errors_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool upper = upper_;
        const bool check_errors = check_errors_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_cholesky_ex"
        return sffi::write_tensors(out, out_capacity, at::linalg_cholesky_ex(input, upper, check_errors));
#line 1058 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_cholesky_ex");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_cholesky_ex");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_cholesky_ex");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cond(int64_t input, double p, int64_t p_int, int32_t p_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cond(int64_t input_, double p_, int64_t p_int, int32_t p_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<c10::Scalar> p = sffi::optional_scalar_arg(p_, p_int, p_kind, "p");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_cond"
        return sffi::new_tensor(at::linalg_cond(input, p));
#line 1080 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_cond");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_cond");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_cond");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_norm_ord_str(int64_t input, const char* ord, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_norm_ord_str(int64_t input_, const char* ord_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view ord = sffi::text_arg(ord_, "ord");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_norm_ord_str"
        return sffi::new_tensor(at::linalg_norm(input, ord, dim, keepdim, dtype));
#line 1105 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_norm_ord_str");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_norm_ord_str");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_norm_ord_str");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_norm(int64_t input, double ord, int64_t ord_int, int32_t ord_kind, const int64_t* dim, int64_t dim_len, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_norm(int64_t input_, double ord_, int64_t ord_int, int32_t ord_kind, const int64_t* dim_, int64_t dim_len, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar ord = sffi::scalar_arg(ord_, ord_int, ord_kind, "ord");
        const at::IntArrayRef dim = sffi::array_arg(dim_, dim_len, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_matrix_norm"
        return sffi::new_tensor(at::linalg_matrix_norm(input, ord, dim, keepdim, dtype));
#line 1130 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_matrix_norm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_trunc(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_trunc(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_trunc"
        return sffi::new_tensor(at::trunc(input));
#line 1151 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_trunc");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_trunc");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_trunc");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clamp_max_tensor(int64_t input, int64_t max) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_clamp_max_tensor(int64_t input_, int64_t max_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, max] = sffi::tensor_args<2>({input_, max_}, {"input", "max"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_clamp_max_tensor"
        return sffi::new_tensor(at::clamp_max(input, max));
#line 1172 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clamp_max_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clamp_max_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clamp_max_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_xor_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_xor_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_xor_scalar"
        return sffi::new_tensor(at::bitwise_xor(input, other));
#line 1194 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_xor_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_xor_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_xor_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_bitwise_xor_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_bitwise_xor_scalar_tensor(double input_, int64_t input_int, int32_t input_kind, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor other = sffi::tensor_arg(other_, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_bitwise_xor_scalar_tensor"
        return sffi::new_tensor(at::bitwise_xor(input, other));
#line 1216 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_bitwise_xor_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_bitwise_xor_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_bitwise_xor_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_div_tensor_mode_(int64_t input, int64_t other, const char* rounding_mode) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_div_tensor_mode_(int64_t input_, int64_t other_, const char* rounding_mode_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const std::optional<std::string_view> rounding_mode = sffi::optional_enum_arg(rounding_mode_, "rounding_mode", {"trunc", "floor"}, sffi::Code::other);
        const sffi::ExclusiveCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_div_tensor_mode_"
        input.div_(other, rounding_mode);
#line 1238 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div_tensor_mode_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div_tensor_mode_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div_tensor_mode_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_div_scalar_mode_(int64_t input, double other, int64_t other_int, int32_t other_kind, const char* rounding_mode) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_div_scalar_mode_(int64_t input_, double other_, int64_t other_int, int32_t other_kind, const char* rounding_mode_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const std::optional<std::string_view> rounding_mode = sffi::optional_enum_arg(rounding_mode_, "rounding_mode", {"trunc", "floor"}, sffi::Code::other);
        const sffi::ExclusiveCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_div_scalar_mode_"
        input.div_(other, rounding_mode);
#line 1258 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar_mode_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar_mode_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div_scalar_mode_");
    }
}

RT_TORCH_API int64_t rt_torch_nn_margin_ranking_loss(int64_t input1, int64_t input2, int64_t target, double margin, const char* reduction) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_margin_ranking_loss(int64_t input1_, int64_t input2_, int64_t target_, double margin_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input1, input2, target] = sffi::tensor_args<3>({input1_, input2_, target_}, {"input1", "input2", "target"});
        const double margin = margin_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_nn_margin_ranking_loss"
        return sffi::new_tensor([&] {
    TORCH_CHECK(input1.dim() == input2.dim() && input1.dim() == target.dim(),
                "margin_ranking_loss : All input tensors should have same dimension but got sizes: input1: ",
                input1.sizes(), ", input2: ", input2.sizes(), ", target: ", target.sizes());
    return at::margin_ranking_loss(input1, input2, target, margin, sffi::reduction_arg(reduction));
}());
#line 1283 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_margin_ranking_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_margin_ranking_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_margin_ranking_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_kl_div(int64_t input, int64_t target, const char* reduction, bool log_target) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_kl_div(int64_t input_, int64_t target_, const char* reduction_, bool log_target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "batchmean", "sum", "mean"}, sffi::Code::value);
        const bool log_target = log_target_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_nn_kl_div"
        return sffi::new_tensor([&] {
    auto reduced = at::kl_div(input, target, sffi::reduction_arg(reduction == "batchmean" ? "sum" : reduction), log_target);
    if (reduction == "batchmean" && input.dim() != 0) return at::div(reduced, input.size(0));
    return reduced;
}());
#line 1310 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_kl_div");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_kl_div");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_kl_div");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool1d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_max_pool1d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, bool ceil_mode_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 1, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 1, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 1, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 1, "dilation");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_nn_max_pool1d"
        return sffi::new_tensor(at::max_pool1d(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 1336 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool1d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool1d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool1d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool2d(int64_t input, const int64_t* output_size, int64_t output_size_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool2d(int64_t input_, const int64_t* output_size_, int64_t output_size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 2, "output_size");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_adaptive_max_pool2d"
        return sffi::new_tensor(std::get<0>(at::adaptive_max_pool2d(sffi::adaptive_pool_input(input, output_size), output_size)));
#line 1358 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_max_pool2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool2d_with_indices(int64_t input, const int64_t* output_size, int64_t output_size_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool2d_with_indices(int64_t input_, const int64_t* output_size_, int64_t output_size_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 2, "output_size");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_nn_adaptive_max_pool2d_with_indices"
        return sffi::write_tensors(out, out_capacity, at::adaptive_max_pool2d(sffi::adaptive_pool_input(input, output_size), output_size));
#line 1380 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool2d_with_indices");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool2d_with_indices");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_max_pool2d_with_indices");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_avg_pool3d(int64_t input, const int64_t* output_size, int64_t output_size_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_adaptive_avg_pool3d(int64_t input_, const int64_t* output_size_, int64_t output_size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 3, "output_size");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_adaptive_avg_pool3d"
        return sffi::new_tensor(at::adaptive_avg_pool3d(sffi::adaptive_pool_input(input, output_size), output_size));
#line 1402 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_avg_pool3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_avg_pool3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_avg_pool3d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_dropout2d(int64_t input, double p, bool training) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_dropout2d(int64_t input_, double p_, bool training_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const bool training = training_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_nn_dropout2d"
        return sffi::new_tensor([&] {
    TORCH_CHECK_VALUE(p >= 0.0 && p <= 1.0, "dropout probability has to be between 0 and 1, but got ", p);
    return at::feature_dropout(input, p, training);
}());
#line 1428 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_dropout2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_dropout2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_dropout2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_ctc_loss_intlist(int64_t log_probs, int64_t targets, const int64_t* input_lengths, int64_t input_lengths_len, const int64_t* target_lengths, int64_t target_lengths_len, int64_t blank, const char* reduction, bool zero_infinity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_ctc_loss_intlist(int64_t log_probs_, int64_t targets_, const int64_t* input_lengths_, int64_t input_lengths_len, const int64_t* target_lengths_, int64_t target_lengths_len, int64_t blank_, const char* reduction_, bool zero_infinity_) noexcept {
    sffi::begin_call();
    try {
        const auto [log_probs, targets] = sffi::tensor_args<2>({log_probs_, targets_}, {"log_probs", "targets"});
        const at::IntArrayRef input_lengths = sffi::array_arg(input_lengths_, input_lengths_len, "input_lengths");
        const at::IntArrayRef target_lengths = sffi::array_arg(target_lengths_, target_lengths_len, "target_lengths");
        const int64_t blank = blank_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const bool zero_infinity = zero_infinity_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_nn_ctc_loss_intlist"
        return sffi::new_tensor(at::ctc_loss(log_probs, targets, input_lengths, target_lengths, blank, sffi::reduction_arg(reduction), zero_infinity));
#line 1454 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_ctc_loss_intlist");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_ctc_loss_intlist");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_ctc_loss_intlist");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_new_handle(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_new_handle(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_new_handle"
        return sffi::new_tensor(handle);
#line 1475 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_new_handle");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_new_handle");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_new_handle");
        return 0;
    }
}

RT_TORCH_API void rt_torch_dist_broadcast_(int64_t tensor, int64_t group, int64_t src) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_dist_broadcast_(int64_t tensor_, int64_t group_, int64_t src_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor tensor = sffi::tensor_arg(tensor_, "tensor");
        const int64_t group = group_;
        const int64_t src = src_;
#line 9 "spec/torch_api.yaml@rt_torch_dist_broadcast_"
        sffi::dist_broadcast(tensor, group, src);
#line 1497 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_broadcast_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_broadcast_");
    } catch (...) {
        sffi::record_exception("rt_torch_dist_broadcast_");
    }
}

RT_TORCH_API void rt_torch_dist_barrier(int64_t group) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_dist_barrier(int64_t group_) noexcept {
    sffi::begin_call();
    try {
        const int64_t group = group_;
#line 7 "spec/torch_api.yaml@rt_torch_dist_barrier"
        sffi::dist_barrier(group);
#line 1514 "ops_11.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_barrier");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_barrier");
    } catch (...) {
        sffi::record_exception("rt_torch_dist_barrier");
    }
}

}  // extern "C"
