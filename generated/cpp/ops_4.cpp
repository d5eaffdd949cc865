// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Unit 4 of 8: 93 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("spec/torch_api.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/_upsample_bicubic2d_aa.h>)
#include <ATen/ops/_upsample_bicubic2d_aa.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::_upsample_bicubic2d_aa, which this ATen does not have (no <ATen/ops/_upsample_bicubic2d_aa.h>)"
#endif
#if __has_include(<ATen/ops/_upsample_bilinear2d_aa.h>)
#include <ATen/ops/_upsample_bilinear2d_aa.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::_upsample_bilinear2d_aa, which this ATen does not have (no <ATen/ops/_upsample_bilinear2d_aa.h>)"
#endif
#if __has_include(<ATen/ops/_upsample_nearest_exact1d.h>)
#include <ATen/ops/_upsample_nearest_exact1d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::_upsample_nearest_exact1d, which this ATen does not have (no <ATen/ops/_upsample_nearest_exact1d.h>)"
#endif
#if __has_include(<ATen/ops/_upsample_nearest_exact2d.h>)
#include <ATen/ops/_upsample_nearest_exact2d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::_upsample_nearest_exact2d, which this ATen does not have (no <ATen/ops/_upsample_nearest_exact2d.h>)"
#endif
#if __has_include(<ATen/ops/_upsample_nearest_exact3d.h>)
#include <ATen/ops/_upsample_nearest_exact3d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::_upsample_nearest_exact3d, which this ATen does not have (no <ATen/ops/_upsample_nearest_exact3d.h>)"
#endif
#if __has_include(<ATen/ops/acosh.h>)
#include <ATen/ops/acosh.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_acosh"
#error "binds calls at::acosh, which this ATen does not have (no <ATen/ops/acosh.h>)"
#endif
#if __has_include(<ATen/ops/adaptive_avg_pool1d.h>)
#include <ATen/ops/adaptive_avg_pool1d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::adaptive_avg_pool1d, which this ATen does not have (no <ATen/ops/adaptive_avg_pool1d.h>)"
#endif
#if __has_include(<ATen/ops/adaptive_avg_pool2d.h>)
#include <ATen/ops/adaptive_avg_pool2d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::adaptive_avg_pool2d, which this ATen does not have (no <ATen/ops/adaptive_avg_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/adaptive_avg_pool3d.h>)
#include <ATen/ops/adaptive_avg_pool3d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::adaptive_avg_pool3d, which this ATen does not have (no <ATen/ops/adaptive_avg_pool3d.h>)"
#endif
#if __has_include(<ATen/ops/adaptive_max_pool3d.h>)
#include <ATen/ops/adaptive_max_pool3d.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_adaptive_max_pool3d"
#error "binds calls at::adaptive_max_pool3d, which this ATen does not have (no <ATen/ops/adaptive_max_pool3d.h>)"
#endif
#if __has_include(<ATen/ops/addbmm.h>)
#include <ATen/ops/addbmm.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_addbmm"
#error "binds calls at::addbmm, which this ATen does not have (no <ATen/ops/addbmm.h>)"
#endif
#if __has_include(<ATen/ops/addcmul.h>)
#include <ATen/ops/addcmul.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_addcmul"
#error "binds calls at::addcmul, which this ATen does not have (no <ATen/ops/addcmul.h>)"
#endif
#if __has_include(<ATen/ops/amax.h>)
#include <ATen/ops/amax.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_amax"
#error "binds calls at::amax, which this ATen does not have (no <ATen/ops/amax.h>)"
#endif
#if __has_include(<ATen/ops/argmax.h>)
#include <ATen/ops/argmax.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_argmax_v2"
#error "binds calls at::argmax, which this ATen does not have (no <ATen/ops/argmax.h>)"
#endif
#if __has_include(<ATen/ops/argwhere.h>)
#include <ATen/ops/argwhere.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_argwhere"
#error "binds calls at::argwhere, which this ATen does not have (no <ATen/ops/argwhere.h>)"
#endif
#if __has_include(<ATen/ops/bernoulli.h>)
#include <ATen/ops/bernoulli.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_bernoulli"
#error "binds calls at::bernoulli, which this ATen does not have (no <ATen/ops/bernoulli.h>)"
#endif
#if __has_include(<ATen/ops/bincount.h>)
#include <ATen/ops/bincount.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_bincount"
#error "binds calls at::bincount, which this ATen does not have (no <ATen/ops/bincount.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_and.h>)
#include <ATen/ops/bitwise_and.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_and_tensor"
#error "binds calls at::bitwise_and, which this ATen does not have (no <ATen/ops/bitwise_and.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_or.h>)
#include <ATen/ops/bitwise_or.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_or_scalar"
#error "binds calls at::bitwise_or, which this ATen does not have (no <ATen/ops/bitwise_or.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_right_shift.h>)
#include <ATen/ops/bitwise_right_shift.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_right_shift_tensor_scalar"
#error "binds calls at::bitwise_right_shift, which this ATen does not have (no <ATen/ops/bitwise_right_shift.h>)"
#endif
#if __has_include(<ATen/ops/ceil.h>)
#include <ATen/ops/ceil.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_ceil"
#error "binds calls at::ceil, which this ATen does not have (no <ATen/ops/ceil.h>)"
#endif
#if __has_include(<ATen/ops/conv1d.h>)
#include <ATen/ops/conv1d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_conv1d"
#error "binds calls at::conv1d, which this ATen does not have (no <ATen/ops/conv1d.h>)"
#endif
#if __has_include(<ATen/ops/diff.h>)
#include <ATen/ops/diff.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_diff"
#error "binds calls at::diff, which this ATen does not have (no <ATen/ops/diff.h>)"
#endif
#if __has_include(<ATen/ops/div.h>)
#include <ATen/ops/div.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_div"
#error "binds calls at::div, which this ATen does not have (no <ATen/ops/div.h>)"
#endif
#if __has_include(<ATen/ops/dstack.h>)
#include <ATen/ops/dstack.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_dstack"
#error "binds calls at::dstack, which this ATen does not have (no <ATen/ops/dstack.h>)"
#endif
#if __has_include(<ATen/ops/einsum.h>)
#include <ATen/ops/einsum.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_tensor_einsum"
#error "binds calls at::einsum, which this ATen does not have (no <ATen/ops/einsum.h>)"
#endif
#if __has_include(<ATen/ops/empty.h>)
#include <ATen/ops/empty.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_tensor_empty_v2"
#error "binds calls at::empty, which this ATen does not have (no <ATen/ops/empty.h>)"
#endif
#if __has_include(<ATen/ops/eq.h>)
#include <ATen/ops/eq.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_eq_scalar"
#error "binds calls at::eq, which this ATen does not have (no <ATen/ops/eq.h>)"
#endif
#if __has_include(<ATen/ops/erfc.h>)
#include <ATen/ops/erfc.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_erfc"
#error "binds calls at::erfc, which this ATen does not have (no <ATen/ops/erfc.h>)"
#endif
#if __has_include(<ATen/ops/exp.h>)
#include <ATen/ops/exp.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_exp"
#error "binds calls at::exp, which this ATen does not have (no <ATen/ops/exp.h>)"
#endif
#if __has_include(<ATen/ops/exp2.h>)
#include <ATen/ops/exp2.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_exp2"
#error "binds calls at::exp2, which this ATen does not have (no <ATen/ops/exp2.h>)"
#endif
#if __has_include(<ATen/ops/feature_dropout.h>)
#include <ATen/ops/feature_dropout.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_nn_dropout3d"
#error "binds calls at::feature_dropout, which this ATen does not have (no <ATen/ops/feature_dropout.h>)"
#endif
#if __has_include(<ATen/ops/float_power.h>)
#include <ATen/ops/float_power.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_float_power_tensor_scalar"
#error "binds calls at::float_power, which this ATen does not have (no <ATen/ops/float_power.h>)"
#endif
#if __has_include(<ATen/ops/gcd.h>)
#include <ATen/ops/gcd.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_gcd"
#error "binds calls at::gcd, which this ATen does not have (no <ATen/ops/gcd.h>)"
#endif
#if __has_include(<ATen/ops/gelu.h>)
#include <ATen/ops/gelu.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_gelu"
#error "binds calls at::gelu, which this ATen does not have (no <ATen/ops/gelu.h>)"
#endif
#if __has_include(<ATen/ops/grid_sampler.h>)
#include <ATen/ops/grid_sampler.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_grid_sample"
#error "binds calls at::grid_sampler, which this ATen does not have (no <ATen/ops/grid_sampler.h>)"
#endif
#if __has_include(<ATen/ops/gt.h>)
#include <ATen/ops/gt.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_gt_tensor"
#error "binds calls at::gt, which this ATen does not have (no <ATen/ops/gt.h>)"
#endif
#if __has_include(<ATen/ops/heaviside.h>)
#include <ATen/ops/heaviside.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_heaviside"
#error "binds calls at::heaviside, which this ATen does not have (no <ATen/ops/heaviside.h>)"
#endif
#if __has_include(<ATen/ops/index_add.h>)
#include <ATen/ops/index_add.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_index_add"
#error "binds calls at::index_add, which this ATen does not have (no <ATen/ops/index_add.h>)"
#endif
#if __has_include(<ATen/ops/index_fill.h>)
#include <ATen/ops/index_fill.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_index_fill_int_tensor"
#error "binds calls at::index_fill, which this ATen does not have (no <ATen/ops/index_fill.h>)"
#endif
#if __has_include(<ATen/ops/instance_norm.h>)
#include <ATen/ops/instance_norm.h>
#else
#line 14 "spec/torch_api.yaml@rt_torch_nn_instance_norm"
#error "binds calls at::instance_norm, which this ATen does not have (no <ATen/ops/instance_norm.h>)"
#endif
#if __has_include(<ATen/ops/ldexp.h>)
#include <ATen/ops/ldexp.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_ldexp_tensor"
#error "binds calls at::ldexp, which this ATen does not have (no <ATen/ops/ldexp.h>)"
#endif
#if __has_include(<ATen/ops/lerp.h>)
#include <ATen/ops/lerp.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_lerp_tensor"
#error "binds calls at::lerp, which this ATen does not have (no <ATen/ops/lerp.h>)"
#endif
#if __has_include(<ATen/ops/linalg_eig.h>)
#include <ATen/ops/linalg_eig.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_eig"
#error "binds calls at::linalg_eig, which this ATen does not have (no <ATen/ops/linalg_eig.h>)"
#endif
#if __has_include(<ATen/ops/linalg_lu.h>)
#include <ATen/ops/linalg_lu.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_lu"
#error "binds calls at::linalg_lu, which this ATen does not have (no <ATen/ops/linalg_lu.h>)"
#endif
#if __has_include(<ATen/ops/linalg_pinv.h>)
#include <ATen/ops/linalg_pinv.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_pinv_rcond_tensor"
#error "binds calls at::linalg_pinv, which this ATen does not have (no <ATen/ops/linalg_pinv.h>)"
#endif
#if __has_include(<ATen/ops/linalg_tensorinv.h>)
#include <ATen/ops/linalg_tensorinv.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_tensorinv"
#error "binds calls at::linalg_tensorinv, which this ATen does not have (no <ATen/ops/linalg_tensorinv.h>)"
#endif
#if __has_include(<ATen/ops/linalg_vecdot.h>)
#include <ATen/ops/linalg_vecdot.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_vecdot"
#error "binds calls at::linalg_vecdot, which this ATen does not have (no <ATen/ops/linalg_vecdot.h>)"
#endif
#if __has_include(<ATen/ops/linalg_vector_norm.h>)
#include <ATen/ops/linalg_vector_norm.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_vector_norm"
#error "binds calls at::linalg_vector_norm, which this ATen does not have (no <ATen/ops/linalg_vector_norm.h>)"
#endif
#if __has_include(<ATen/ops/linspace.h>)
#include <ATen/ops/linspace.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_tensor_linspace_scalar_tensor"
#error "binds calls at::linspace, which this ATen does not have (no <ATen/ops/linspace.h>)"
#endif
#if __has_include(<ATen/ops/log_softmax.h>)
#include <ATen/ops/log_softmax.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_log_softmax"
#error "binds calls at::log_softmax, which this ATen does not have (no <ATen/ops/log_softmax.h>)"
#endif
#if __has_include(<ATen/ops/logcumsumexp.h>)
#include <ATen/ops/logcumsumexp.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_logcumsumexp"
#error "binds calls at::logcumsumexp, which this ATen does not have (no <ATen/ops/logcumsumexp.h>)"
#endif
#if __has_include(<ATen/ops/logsumexp.h>)
#include <ATen/ops/logsumexp.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_logsumexp"
#error "binds calls at::logsumexp, which this ATen does not have (no <ATen/ops/logsumexp.h>)"
#endif
#if __has_include(<ATen/ops/lt.h>)
#include <ATen/ops/lt.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_lt_scalar"
#error "binds calls at::lt, which this ATen does not have (no <ATen/ops/lt.h>)"
#endif
#if __has_include(<ATen/ops/max_pool1d_with_indices.h>)
#include <ATen/ops/max_pool1d_with_indices.h>
#else
#line 14 "spec/torch_api.yaml@rt_torch_nn_max_pool1d_with_indices"
#error "binds calls at::max_pool1d_with_indices, which this ATen does not have (no <ATen/ops/max_pool1d_with_indices.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d.h>)
#include <ATen/ops/max_pool2d.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_nn_max_pool2d"
#error "binds calls at::max_pool2d, which this ATen does not have (no <ATen/ops/max_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/max_unpool3d.h>)
#include <ATen/ops/max_unpool3d.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_max_unpool3d"
#error "binds calls at::max_unpool3d, which this ATen does not have (no <ATen/ops/max_unpool3d.h>)"
#endif
#if __has_include(<ATen/ops/mean.h>)
#include <ATen/ops/mean.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_mean"
#error "binds calls at::mean, which this ATen does not have (no <ATen/ops/mean.h>)"
#endif
#if __has_include(<ATen/ops/nanquantile.h>)
#include <ATen/ops/nanquantile.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_nanquantile"
#error "binds calls at::nanquantile, which this ATen does not have (no <ATen/ops/nanquantile.h>)"
#endif
#if __has_include(<ATen/ops/normal.h>)
#include <ATen/ops/normal.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_tensor_normal_float_float"
#error "binds calls at::normal, which this ATen does not have (no <ATen/ops/normal.h>)"
#endif
#if __has_include(<ATen/ops/pdist.h>)
#include <ATen/ops/pdist.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_pdist"
#error "binds calls at::pdist, which this ATen does not have (no <ATen/ops/pdist.h>)"
#endif
#if __has_include(<ATen/ops/pixel_shuffle.h>)
#include <ATen/ops/pixel_shuffle.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_pixel_shuffle"
#error "binds calls at::pixel_shuffle, which this ATen does not have (no <ATen/ops/pixel_shuffle.h>)"
#endif
#if __has_include(<ATen/ops/polar.h>)
#include <ATen/ops/polar.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_polar"
#error "binds calls at::polar, which this ATen does not have (no <ATen/ops/polar.h>)"
#endif
#if __has_include(<ATen/ops/quantile.h>)
#include <ATen/ops/quantile.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_quantile"
#error "binds calls at::quantile, which this ATen does not have (no <ATen/ops/quantile.h>)"
#endif
#if __has_include(<ATen/ops/randint.h>)
#include <ATen/ops/randint.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_tensor_randint_low"
#error "binds calls at::randint, which this ATen does not have (no <ATen/ops/randint.h>)"
#endif
#if __has_include(<ATen/ops/randn_like.h>)
#include <ATen/ops/randn_like.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_randn_like"
#error "binds calls at::randn_like, which this ATen does not have (no <ATen/ops/randn_like.h>)"
#endif
#if __has_include(<ATen/ops/repeat_interleave.h>)
#include <ATen/ops/repeat_interleave.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_repeat_interleave_self_tensor"
#error "binds calls at::repeat_interleave, which this ATen does not have (no <ATen/ops/repeat_interleave.h>)"
#endif
#if __has_include(<ATen/ops/rms_norm.h>)
#include <ATen/ops/rms_norm.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_nn_rms_norm"
#error "binds calls at::rms_norm, which this ATen does not have (no <ATen/ops/rms_norm.h>)"
#endif
#if __has_include(<ATen/ops/roll.h>)
#include <ATen/ops/roll.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_roll"
#error "binds calls at::roll, which this ATen does not have (no <ATen/ops/roll.h>)"
#endif
#if __has_include(<ATen/ops/rsqrt.h>)
#include <ATen/ops/rsqrt.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_rsqrt"
#error "binds calls at::rsqrt, which this ATen does not have (no <ATen/ops/rsqrt.h>)"
#endif
#if __has_include(<ATen/ops/sigmoid.h>)
#include <ATen/ops/sigmoid.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sigmoid"
#error "binds calls at::sigmoid, which this ATen does not have (no <ATen/ops/sigmoid.h>)"
#endif
#if __has_include(<ATen/ops/tensor_split.h>)
#include <ATen/ops/tensor_split.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_tensor_split_indices"
#error "binds calls at::tensor_split, which this ATen does not have (no <ATen/ops/tensor_split.h>)"
#endif
#if __has_include(<ATen/ops/unbind.h>)
#include <ATen/ops/unbind.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_unbind_int"
#error "binds calls at::unbind, which this ATen does not have (no <ATen/ops/unbind.h>)"
#endif
#if __has_include(<ATen/ops/upsample_bicubic2d.h>)
#include <ATen/ops/upsample_bicubic2d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::upsample_bicubic2d, which this ATen does not have (no <ATen/ops/upsample_bicubic2d.h>)"
#endif
#if __has_include(<ATen/ops/upsample_bilinear2d.h>)
#include <ATen/ops/upsample_bilinear2d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::upsample_bilinear2d, which this ATen does not have (no <ATen/ops/upsample_bilinear2d.h>)"
#endif
#if __has_include(<ATen/ops/upsample_linear1d.h>)
#include <ATen/ops/upsample_linear1d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::upsample_linear1d, which this ATen does not have (no <ATen/ops/upsample_linear1d.h>)"
#endif
#if __has_include(<ATen/ops/upsample_nearest1d.h>)
#include <ATen/ops/upsample_nearest1d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::upsample_nearest1d, which this ATen does not have (no <ATen/ops/upsample_nearest1d.h>)"
#endif
#if __has_include(<ATen/ops/upsample_nearest2d.h>)
#include <ATen/ops/upsample_nearest2d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::upsample_nearest2d, which this ATen does not have (no <ATen/ops/upsample_nearest2d.h>)"
#endif
#if __has_include(<ATen/ops/upsample_nearest3d.h>)
#include <ATen/ops/upsample_nearest3d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::upsample_nearest3d, which this ATen does not have (no <ATen/ops/upsample_nearest3d.h>)"
#endif
#if __has_include(<ATen/ops/upsample_trilinear3d.h>)
#include <ATen/ops/upsample_trilinear3d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::upsample_trilinear3d, which this ATen does not have (no <ATen/ops/upsample_trilinear3d.h>)"
#endif
#if __has_include(<ATen/ops/var.h>)
#include <ATen/ops/var.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_var_v2"
#error "binds calls at::var, which this ATen does not have (no <ATen/ops/var.h>)"
#endif
#if __has_include(<ATen/ops/xlogy.h>)
#include <ATen/ops/xlogy.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_tensor_xlogy_scalar_self"
#error "binds calls at::xlogy, which this ATen does not have (no <ATen/ops/xlogy.h>)"
#endif

extern "C" {

RT_TORCH_API bool rt_torch_cuda_available(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_cuda_available(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 6 "spec/torch_api.yaml@rt_torch_cuda_available"
        return sffi::to_bool(sffi::cuda_available());
#line 511 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_tensor_from_data(const double* data, int64_t data_len, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_from_data(const double* data_, int64_t data_len, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const c10::ArrayRef<double> data = sffi::array_arg(data_, data_len, "data");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_from_data"
        return sffi::new_tensor(sffi::from_data(data, dims));
#line 533 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_div(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_div(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_div"
        return sffi::new_tensor(at::div(handle, other));
#line 554 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_exp(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_exp(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_exp"
        return sffi::new_tensor(at::exp(handle));
#line 575 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_sigmoid(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_sigmoid(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sigmoid"
        return sffi::new_tensor(at::sigmoid(handle));
#line 596 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_gelu(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_gelu(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_gelu"
        return sffi::new_tensor(at::gelu(handle));
#line 617 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_log_softmax(int64_t handle, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_log_softmax(int64_t handle_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_log_softmax"
        return sffi::new_tensor(at::log_softmax(handle, dim));
#line 639 "ops_4.cpp"
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

RT_TORCH_API double rt_torch_torchtensor_mean(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_torchtensor_mean(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_mean"
        return sffi::to_f64(at::mean(handle));
#line 660 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_ndim(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_ndim(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_ndim"
        return sffi::to_i64(handle.dim());
#line 681 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ndim");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ndim");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ndim");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_numel(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_numel(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_numel"
        return sffi::to_i64(handle.numel());
#line 702 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_numel");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_numel");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_numel");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool2d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_max_pool2d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef kernel_size = sffi::array_arg(kernel_size_, kernel_size_len, "kernel_size");
        const at::IntArrayRef stride = sffi::array_arg(stride_, stride_len, "stride");
        const at::IntArrayRef padding = sffi::array_arg(padding_, padding_len, "padding");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_nn_max_pool2d"
        return sffi::new_tensor(at::max_pool2d(input, kernel_size, stride, padding));
#line 726 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_autograd_detach(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_autograd_detach(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_autograd_detach"
        return sffi::new_tensor(handle.detach());
#line 747 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_detach");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_detach");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_detach");
        return 0;
    }
}

RT_TORCH_API bool rt_torch_torchtensor_is_cuda(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_torchtensor_is_cuda(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_is_cuda"
        return sffi::to_bool(handle.is_cuda());
#line 768 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_is_cuda");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_is_cuda");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_is_cuda");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_cuda_max_memory_allocated(int32_t device_id) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_cuda_max_memory_allocated(int32_t device_id_) noexcept {
    sffi::begin_call();
    try {
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_cuda_max_memory_allocated"
        return sffi::to_i64(sffi::cuda_max_memory_allocated(device_id));
#line 789 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_cuda_max_memory_allocated");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_cuda_max_memory_allocated");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_cuda_max_memory_allocated");
        return -1;
    }
}

RT_TORCH_API int32_t rt_torch_error_code(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_error_code(void) noexcept {
    try {
#line 7 "spec/torch_api.yaml@rt_torch_error_code"
        return sffi::to_i32(sffi::error_code());
#line 807 "ops_4.cpp"
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

RT_TORCH_API void rt_torch_manual_seed(int64_t seed) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_manual_seed(int64_t seed_) noexcept {
    sffi::begin_call();
    try {
        const int64_t seed = seed_;
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_manual_seed"
        sffi::manual_seed(seed);
#line 828 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_manual_seed");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_manual_seed");
    } catch (...) {
        sffi::record_exception("rt_torch_manual_seed");
    }
}

RT_TORCH_API bool rt_torch_torchtensor_is_complex(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_torchtensor_is_complex(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_is_complex"
        return sffi::to_bool(input.is_complex());
#line 846 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_is_complex");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_is_complex");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_is_complex");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_type_as(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_type_as(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_type_as"
        return sffi::new_tensor(input.type_as(other));
#line 867 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_type_as");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_type_as");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_type_as");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_add_(int64_t handle, int64_t other, double alpha) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_add_(int64_t handle_, int64_t other_, double alpha_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const double alpha = alpha_;
        const sffi::ExclusiveCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_add_"
        handle.add_(other, sffi::multiplier(alpha));
#line 889 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_add_tensor_(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_add_tensor_(int64_t input_, int64_t other_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::ExclusiveCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_add_tensor_"
        input.add_(other, alpha);
#line 908 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_lerp_(int64_t handle, int64_t end, double weight) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_lerp_(int64_t handle_, int64_t end_, double weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, end] = sffi::tensor_args<2>({handle_, end_}, {"handle", "end"});
        const double weight = weight_;
        const sffi::ExclusiveCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_lerp_"
        handle.lerp_(end, weight);
#line 927 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lerp_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lerp_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lerp_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_zero_(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_zero_(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::ExclusiveCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_zero_"
        handle.zero_();
#line 945 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_zero_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_zero_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_zero_");
    }
}

RT_TORCH_API int64_t rt_torch_tensor_empty_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_empty_v2(const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_tensor_empty_v2"
        return sffi::new_tensor(at::empty(size, at::TensorOptions().dtype(dtype).device(device), sffi::memory_format_arg(memory_format)));
#line 966 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_vector_norm(int64_t input, double ord, int64_t ord_int, int32_t ord_kind, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_vector_norm(int64_t input_, double ord_, int64_t ord_int, int32_t ord_kind, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar ord = sffi::scalar_arg(ord_, ord_int, ord_kind, "ord");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_vector_norm"
        return sffi::new_tensor(at::linalg_vector_norm(input, ord, dim, keepdim, dtype));
#line 991 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eig(int64_t input, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eig(int64_t input_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_eig"
        return sffi::write_tensors(out, out_capacity, at::linalg_eig(input));
#line 1012 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_argmax_v2(int64_t input, int64_t dim, bool dim_present, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_argmax_v2(int64_t input_, int64_t dim_, bool dim_present, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_argmax_v2"
        return sffi::new_tensor(at::argmax(input, dim, keepdim));
#line 1035 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_var_v2(int64_t input, bool unbiased) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_var_v2(int64_t input_, bool unbiased_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool unbiased = unbiased_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_var_v2"
        return sffi::new_tensor(at::var(input, unbiased));
#line 1057 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_logcumsumexp(int64_t input, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_logcumsumexp(int64_t input_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_logcumsumexp"
        return sffi::new_tensor(at::logcumsumexp(input, dim));
#line 1079 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_logsumexp(int64_t input, const int64_t* dim, int64_t dim_len, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_logsumexp(int64_t input_, const int64_t* dim_, int64_t dim_len, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList dim = sffi::sized_int_list_arg(dim_, dim_len, 1, "dim");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_logsumexp"
        return sffi::new_tensor(at::logsumexp(input, dim, keepdim));
#line 1102 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_amax(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_amax(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_amax"
        return sffi::new_tensor(at::amax(input, dim.value_or_empty(), keepdim));
#line 1125 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_quantile(int64_t input, int64_t q, int64_t dim, bool dim_present, bool keepdim, const char* interpolation) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_quantile(int64_t input_, int64_t q_, int64_t dim_, bool dim_present, bool keepdim_, const char* interpolation_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, q] = sffi::tensor_args<2>({input_, q_}, {"input", "q"});
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const bool keepdim = keepdim_;
        const std::string_view interpolation = sffi::text_arg(interpolation_, "interpolation");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_quantile"
        return sffi::new_tensor(at::quantile(input, q, dim, keepdim, interpolation));
#line 1149 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_nanquantile(int64_t input, int64_t q, int64_t dim, bool dim_present, bool keepdim, const char* interpolation) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_nanquantile(int64_t input_, int64_t q_, int64_t dim_, bool dim_present, bool keepdim_, const char* interpolation_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, q] = sffi::tensor_args<2>({input_, q_}, {"input", "q"});
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const bool keepdim = keepdim_;
        const std::string_view interpolation = sffi::text_arg(interpolation_, "interpolation");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_nanquantile"
        return sffi::new_tensor(at::nanquantile(input, q, dim, keepdim, interpolation));
#line 1173 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_bincount(int64_t input, int64_t weights, int64_t minlength) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bincount(int64_t input_, int64_t weights_, int64_t minlength_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::Tensor> weights = sffi::optional_tensor_arg(weights_, "weights");
        const int64_t minlength = minlength_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_bincount"
        return sffi::new_tensor(at::bincount(input, weights, minlength));
#line 1196 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_diff(int64_t input, int64_t n, int64_t dim, int64_t prepend, int64_t append) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_diff(int64_t input_, int64_t n_, int64_t dim_, int64_t prepend_, int64_t append_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t n = n_;
        const int64_t dim = dim_;
        const std::optional<at::Tensor> prepend = sffi::optional_tensor_arg(prepend_, "prepend");
        const std::optional<at::Tensor> append = sffi::optional_tensor_arg(append_, "append");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_diff"
        return sffi::new_tensor(at::diff(input, n, dim, prepend, append));
#line 1221 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_roll(int64_t input, const int64_t* shifts, int64_t shifts_len, const int64_t* dims, int64_t dims_len, bool dims_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_roll(int64_t input_, const int64_t* shifts_, int64_t shifts_len, const int64_t* dims_, int64_t dims_len, bool dims_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList shifts = sffi::sized_int_list_arg(shifts_, shifts_len, 1, "shifts");
        const sffi::OptionalIntList dims = sffi::optional_sized_int_list_arg(dims_, dims_len, dims_present, 1, "dims");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_roll"
        return sffi::new_tensor(at::roll(input, shifts, dims.value_or_empty()));
#line 1244 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_roll");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_roll");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_roll");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_repeat(int64_t input, const int64_t* repeats, int64_t repeats_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_repeat(int64_t input_, const int64_t* repeats_, int64_t repeats_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef repeats = sffi::array_arg(repeats_, repeats_len, "repeats");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_repeat"
        return sffi::new_tensor(input.repeat(repeats));
#line 1266 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_repeat");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_repeat");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_repeat");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_repeat_interleave_self_tensor(int64_t input, int64_t repeats, int64_t dim, bool dim_present, int64_t output_size, bool output_size_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_repeat_interleave_self_tensor(int64_t input_, int64_t repeats_, int64_t dim_, bool dim_present, int64_t output_size_, bool output_size_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, repeats] = sffi::tensor_args<2>({input_, repeats_}, {"input", "repeats"});
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const std::optional<int64_t> output_size = sffi::optional_arg(output_size_, output_size_present);
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_repeat_interleave_self_tensor"
        return sffi::new_tensor(at::repeat_interleave(input, repeats, dim, output_size));
#line 1289 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_repeat_interleave_self_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_repeat_interleave_self_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_repeat_interleave_self_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_unbind_int(int64_t input, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_unbind_int(int64_t input_, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_unbind_int"
        return sffi::write_tensors(out, out_capacity, at::unbind(input, dim));
#line 1311 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_unbind_int");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_unbind_int");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_unbind_int");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_tensor_split_indices(int64_t input, const int64_t* indices, int64_t indices_len, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_tensor_split_indices(int64_t input_, const int64_t* indices_, int64_t indices_len, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef indices = sffi::array_arg(indices_, indices_len, "indices");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_tensor_split_indices"
        return sffi::write_tensors(out, out_capacity, at::tensor_split(input, indices, dim));
#line 1334 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_tensor_split_indices");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_tensor_split_indices");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_tensor_split_indices");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_dstack(const int64_t* tensors, int64_t tensors_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_dstack(const int64_t* tensors_, int64_t tensors_len) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_dstack"
        return sffi::new_tensor(at::dstack(tensors));
#line 1355 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_dstack");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_dstack");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_dstack");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_add(int64_t input, int64_t dim, int64_t index, int64_t source, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_index_add(int64_t input_, int64_t dim_, int64_t index_, int64_t source_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, source] = sffi::tensor_args<3>({input_, index_, source_}, {"input", "index", "source"});
        const int64_t dim = dim_;
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_index_add"
        return sffi::new_tensor(at::index_add(input, dim, index, source, alpha));
#line 1378 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_add");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_add");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_add");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_fill_int_tensor(int64_t input, int64_t dim, int64_t index, int64_t value) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_index_fill_int_tensor(int64_t input_, int64_t dim_, int64_t index_, int64_t value_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, value] = sffi::tensor_args<3>({input_, index_, value_}, {"input", "index", "value"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_index_fill_int_tensor"
        return sffi::new_tensor(at::index_fill(input, dim, index, value));
#line 1400 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_fill_int_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_fill_int_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_fill_int_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_argwhere(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_argwhere(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_argwhere"
        return sffi::new_tensor(at::argwhere(input));
#line 1421 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_argwhere");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_argwhere");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_argwhere");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_randn_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_randn_like(int64_t input_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_randn_like"
        return sffi::new_tensor(at::randn_like(input, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 1445 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_randn_like");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_randn_like");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_randn_like");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_randint_low(int64_t low, int64_t high, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_randint_low(int64_t low_, int64_t high_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t low = low_;
        const int64_t high = high_;
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_tensor_randint_low"
        return sffi::new_tensor(at::randint(low, high, size, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1470 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_randint_low");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_randint_low");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_randint_low");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_normal_float_float(double mean, double std_arg, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_normal_float_float(double mean_, double std_arg_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const double mean = mean_;
        const double std_arg = std_arg_;
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_tensor_normal_float_float"
        return sffi::new_tensor(at::normal(mean, std_arg, size, ::std::nullopt, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1495 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_normal_float_float");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_normal_float_float");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_normal_float_float");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bernoulli(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bernoulli(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_bernoulli"
        return sffi::new_tensor(at::bernoulli(input));
#line 1516 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bernoulli");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bernoulli");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bernoulli");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_new_full(int64_t input, const int64_t* size, int64_t size_len, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_new_full(int64_t input_, const int64_t* size_, int64_t size_len, double fill_value_, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const c10::Scalar fill_value = sffi::scalar_arg(fill_value_, fill_value_int, fill_value_kind, "fill_value");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_new_full"
        return sffi::new_tensor(input.new_full(size, fill_value, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1541 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_new_full");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_new_full");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_new_full");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_polar(int64_t abs, int64_t angle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_polar(int64_t abs_, int64_t angle_) noexcept {
    sffi::begin_call();
    try {
        const auto [abs, angle] = sffi::tensor_args<2>({abs_, angle_}, {"abs", "angle"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_polar"
        return sffi::new_tensor(at::polar(abs, angle));
#line 1562 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_polar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_polar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_polar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_short(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_short(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_short"
        return sffi::new_tensor(input.to(at::kShort, false, false, sffi::memory_format_arg(memory_format)));
#line 1584 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_short");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_short");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_short");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bfloat16(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bfloat16(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_bfloat16"
        return sffi::new_tensor(input.to(at::kBFloat16, false, false, sffi::memory_format_arg(memory_format)));
#line 1606 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bfloat16");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bfloat16");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bfloat16");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_addbmm(int64_t input, int64_t batch1, int64_t batch2, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_addbmm(int64_t input_, int64_t batch1_, int64_t batch2_, double beta_, int64_t beta_int, int32_t beta_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, batch1, batch2] = sffi::tensor_args<3>({input_, batch1_, batch2_}, {"input", "batch1", "batch2"});
        const c10::Scalar beta = sffi::scalar_arg(beta_, beta_int, beta_kind, "beta");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_addbmm"
        return sffi::new_tensor(at::addbmm(input, batch1, batch2, beta, alpha));
#line 1629 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addbmm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addbmm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addbmm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_einsum(const char* equation, const int64_t* tensors, int64_t tensors_len, const int64_t* path, int64_t path_len, bool path_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_einsum(const char* equation_, const int64_t* tensors_, int64_t tensors_len, const int64_t* path_, int64_t path_len, bool path_present) noexcept {
    sffi::begin_call();
    try {
        const std::string_view equation = sffi::text_arg(equation_, "equation");
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const at::OptionalIntArrayRef path = sffi::optional_array_arg(path_, path_len, path_present, "path");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_tensor_einsum"
        return sffi::new_tensor(at::einsum(equation, tensors, path));
#line 1652 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_einsum");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_einsum");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_einsum");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_vecdot(int64_t x, int64_t y, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_vecdot(int64_t x_, int64_t y_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const auto [x, y] = sffi::tensor_args<2>({x_, y_}, {"x", "y"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_vecdot"
        return sffi::new_tensor(at::linalg_vecdot(x, y, dim));
#line 1674 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_vecdot");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_vecdot");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_vecdot");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lu(int64_t a, bool pivot, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lu(int64_t a_, bool pivot_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor a = sffi::tensor_arg(a_, "a");
        const bool pivot = pivot_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_lu"
        return sffi::write_tensors(out, out_capacity, at::linalg_lu(a, pivot));
#line 1696 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_lu");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_lu");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_lu");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv_rcond_tensor(int64_t input, int64_t rcond, bool hermitian) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv_rcond_tensor(int64_t input_, int64_t rcond_, bool hermitian_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, rcond] = sffi::tensor_args<2>({input_, rcond_}, {"input", "rcond"});
        const bool hermitian = hermitian_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_pinv_rcond_tensor"
        return sffi::new_tensor(at::linalg_pinv(input, rcond, hermitian));
#line 1718 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_pinv_rcond_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_pinv_rcond_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_pinv_rcond_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_tensorinv(int64_t input, int64_t ind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_tensorinv(int64_t input_, int64_t ind_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t ind = ind_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_tensorinv"
        return sffi::new_tensor(at::linalg_tensorinv(input, ind));
#line 1740 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_tensorinv");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_tensorinv");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_tensorinv");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_matrix_h(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_matrix_h(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_matrix_h"
        return sffi::new_tensor(input.matrix_H());
#line 1761 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_matrix_h");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_matrix_h");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_matrix_h");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_acosh(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_acosh(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_acosh"
        return sffi::new_tensor(at::acosh(input));
#line 1782 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_acosh");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_acosh");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_acosh");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ceil(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_ceil(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_ceil"
        return sffi::new_tensor(at::ceil(input));
#line 1803 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ceil");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ceil");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ceil");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_exp2(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_exp2(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_exp2"
        return sffi::new_tensor(at::exp2(input));
#line 1824 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_exp2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_exp2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_exp2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_rsqrt(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_rsqrt(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_rsqrt"
        return sffi::new_tensor(at::rsqrt(input));
#line 1845 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_rsqrt");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_rsqrt");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_rsqrt");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_erfc(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_erfc(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_erfc"
        return sffi::new_tensor(at::erfc(input));
#line 1866 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_erfc");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_erfc");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_erfc");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_xlogy_scalar_self(double input, int64_t input_int, int32_t input_kind, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_xlogy_scalar_self(double input_, int64_t input_int, int32_t input_kind, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor other = sffi::tensor_arg(other_, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_xlogy_scalar_self"
        return sffi::new_tensor(at::xlogy(input, other));
#line 1888 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_xlogy_scalar_self");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_xlogy_scalar_self");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_xlogy_scalar_self");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_lerp_tensor(int64_t input, int64_t end, int64_t weight) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_lerp_tensor(int64_t input_, int64_t end_, int64_t weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, end, weight] = sffi::tensor_args<3>({input_, end_, weight_}, {"input", "end", "weight"});
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_lerp_tensor"
        return sffi::new_tensor(at::lerp(input, end, weight));
#line 1909 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lerp_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lerp_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lerp_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_float_power_tensor_scalar(int64_t input, double exponent, int64_t exponent_int, int32_t exponent_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_float_power_tensor_scalar(int64_t input_, double exponent_, int64_t exponent_int, int32_t exponent_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar exponent = sffi::scalar_arg(exponent_, exponent_int, exponent_kind, "exponent");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_float_power_tensor_scalar"
        return sffi::new_tensor(at::float_power(input, exponent));
#line 1931 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_float_power_tensor_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_float_power_tensor_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_float_power_tensor_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_heaviside(int64_t input, int64_t values) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_heaviside(int64_t input_, int64_t values_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, values] = sffi::tensor_args<2>({input_, values_}, {"input", "values"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_heaviside"
        return sffi::new_tensor(at::heaviside(input, values));
#line 1952 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_heaviside");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_heaviside");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_heaviside");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_gcd(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_gcd(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_gcd"
        return sffi::new_tensor(at::gcd(input, other));
#line 1973 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_gcd");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_gcd");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_gcd");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ldexp_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_ldexp_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_ldexp_tensor"
        return sffi::new_tensor(at::ldexp(input, other));
#line 1994 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ldexp_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ldexp_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ldexp_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_addcmul(int64_t input, int64_t tensor1, int64_t tensor2, double value, int64_t value_int, int32_t value_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_addcmul(int64_t input_, int64_t tensor1_, int64_t tensor2_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, tensor1, tensor2] = sffi::tensor_args<3>({input_, tensor1_, tensor2_}, {"input", "tensor1", "tensor2"});
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_addcmul"
        return sffi::new_tensor(at::addcmul(input, tensor1, tensor2, value));
#line 2016 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addcmul");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addcmul");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addcmul");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_eq_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_eq_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_eq_scalar"
        return sffi::new_tensor(at::eq(input, other));
#line 2038 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_eq_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_eq_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_eq_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_gt_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_gt_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_gt_tensor"
        return sffi::new_tensor(at::gt(input, other));
#line 2059 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_gt_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_gt_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_gt_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_lt_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_lt_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_lt_scalar"
        return sffi::new_tensor(at::lt(input, other));
#line 2081 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lt_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lt_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lt_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_and_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_and_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_and_tensor"
        return sffi::new_tensor(at::bitwise_and(input, other));
#line 2102 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_and_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_and_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_and_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_or_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_or_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_or_scalar"
        return sffi::new_tensor(at::bitwise_or(input, other));
#line 2124 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_or_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_or_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_or_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_right_shift_tensor_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_right_shift_tensor_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_right_shift_tensor_scalar"
        return sffi::new_tensor(at::bitwise_right_shift(input, other));
#line 2146 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_right_shift_tensor_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_right_shift_tensor_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_right_shift_tensor_scalar");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_sqrt_(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_sqrt_(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::ExclusiveCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sqrt_"
        input.sqrt_();
#line 2167 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sqrt_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sqrt_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sqrt_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_exp_(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_exp_(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::ExclusiveCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_exp_"
        input.exp_();
#line 2185 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_exp_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_exp_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_exp_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_abs_(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_abs_(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::ExclusiveCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_abs_"
        input.abs_();
#line 2203 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_abs_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_abs_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_abs_");
    }
}

RT_TORCH_API int64_t rt_torch_nn_conv1d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, int64_t groups) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_conv1d(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, int64_t groups_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 1, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 1, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 1, "dilation");
        const int64_t groups = groups_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_nn_conv1d"
        return sffi::new_tensor(at::conv1d(input, weight, bias, stride, padding, dilation, groups));
#line 2226 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv1d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv1d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv1d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool1d_with_indices(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_max_pool1d_with_indices(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, bool ceil_mode_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 1, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 1, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 1, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 1, "dilation");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 14 "spec/torch_api.yaml@rt_torch_nn_max_pool1d_with_indices"
        return sffi::write_tensors(out, out_capacity, at::max_pool1d_with_indices(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 2252 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool1d_with_indices");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool1d_with_indices");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool1d_with_indices");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool3d(int64_t input, const int64_t* output_size, int64_t output_size_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool3d(int64_t input_, const int64_t* output_size_, int64_t output_size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 3, "output_size");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_adaptive_max_pool3d"
        return sffi::new_tensor(std::get<0>(at::adaptive_max_pool3d(sffi::adaptive_pool_input(input, output_size), output_size)));
#line 2274 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_max_pool3d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_instance_norm(int64_t input, int64_t running_mean, int64_t running_var, int64_t weight, int64_t bias, bool use_input_stats, double momentum, double eps) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_instance_norm(int64_t input_, int64_t running_mean_, int64_t running_var_, int64_t weight_, int64_t bias_, bool use_input_stats_, double momentum_, double eps_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::Tensor> running_mean = sffi::optional_tensor_arg(running_mean_, "running_mean");
        const std::optional<at::Tensor> running_var = sffi::optional_tensor_arg(running_var_, "running_var");
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const bool use_input_stats = use_input_stats_;
        const double momentum = momentum_;
        const double eps = eps_;
        const sffi::SharedCall call_lock;
#line 14 "spec/torch_api.yaml@rt_torch_nn_instance_norm"
        return sffi::new_tensor([&] {
    if (use_input_stats) {
        int64_t spatial = 1;
        for (int64_t d = 2; d < input.dim(); ++d) spatial *= input.size(d);
        TORCH_CHECK_VALUE(spatial != 1, "Expected more than 1 spatial element when training, got input size torch.Size(", input.sizes(), ")");
    }
    return at::instance_norm(input, weight, bias, running_mean, running_var, use_input_stats, momentum, eps, true);
}());
#line 2309 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_instance_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_instance_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_instance_norm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_rms_norm(int64_t input, const int64_t* normalized_shape, int64_t normalized_shape_len, int64_t weight, double eps, bool eps_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_rms_norm(int64_t input_, const int64_t* normalized_shape_, int64_t normalized_shape_len, int64_t weight_, double eps_, bool eps_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef normalized_shape = sffi::array_arg(normalized_shape_, normalized_shape_len, "normalized_shape");
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::optional<double> eps = sffi::optional_arg(eps_, eps_present);
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_nn_rms_norm"
        return sffi::new_tensor(at::rms_norm(input, normalized_shape, weight, eps));
#line 2333 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_rms_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_rms_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_rms_norm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_pdist(int64_t input, double p) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_pdist(int64_t input_, double p_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_pdist"
        return sffi::new_tensor(at::pdist(input, p));
#line 2355 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_pdist");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_pdist");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_pdist");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_pixel_shuffle(int64_t input, int64_t upscale_factor) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_pixel_shuffle(int64_t input_, int64_t upscale_factor_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t upscale_factor = upscale_factor_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_pixel_shuffle"
        return sffi::new_tensor(at::pixel_shuffle(input, upscale_factor));
#line 2377 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_pixel_shuffle");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_pixel_shuffle");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_pixel_shuffle");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_dropout3d(int64_t input, double p, bool training) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_dropout3d(int64_t input_, double p_, bool training_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const bool training = training_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_nn_dropout3d"
        return sffi::new_tensor([&] {
    TORCH_CHECK_VALUE(p >= 0.0 && p <= 1.0, "dropout probability has to be between 0 and 1, but got ", p);
    if (input.dim() != 5) return at::feature_dropout(input.unsqueeze(0), p, training).squeeze(0);  // F: unbatched
    return at::feature_dropout(input, p, training);
}());
#line 2404 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_dropout3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_dropout3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_dropout3d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_grid_sample(int64_t input, int64_t grid, const char* mode, const char* padding_mode, bool align_corners, bool align_corners_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_grid_sample(int64_t input_, int64_t grid_, const char* mode_, const char* padding_mode_, bool align_corners_, bool align_corners_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, grid] = sffi::tensor_args<2>({input_, grid_}, {"input", "grid"});
        const std::string_view mode = sffi::enum_arg(mode_, "mode", {"bilinear", "nearest", "bicubic"}, sffi::Code::value);
        const std::string_view padding_mode = sffi::enum_arg(padding_mode_, "padding_mode", {"zeros", "border", "reflection"}, sffi::Code::value);
        const std::optional<bool> align_corners = sffi::optional_arg(align_corners_, align_corners_present);
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_nn_grid_sample"
        return sffi::new_tensor(at::grid_sampler(input, grid, mode == "bilinear" ? 0 : mode == "nearest" ? 1 : 2,
                 padding_mode == "zeros" ? 0 : padding_mode == "border" ? 1 : 2, align_corners.value_or(false)));
#line 2429 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_grid_sample");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_grid_sample");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_grid_sample");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_interpolate(int64_t input, const int64_t* size, int64_t size_len, bool size_present, const double* scale_factor, int64_t scale_factor_len, bool scale_factor_present, const char* mode, bool align_corners, bool align_corners_present, bool recompute_scale_factor, bool recompute_scale_factor_present, bool antialias) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_interpolate(int64_t input_, const int64_t* size_, int64_t size_len, bool size_present, const double* scale_factor_, int64_t scale_factor_len, bool scale_factor_present, const char* mode_, bool align_corners_, bool align_corners_present, bool recompute_scale_factor_, bool recompute_scale_factor_present, bool antialias_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::OptionalIntArrayRef size = sffi::optional_array_arg(size_, size_len, size_present, "size");
        const c10::OptionalArrayRef<double> scale_factor = sffi::optional_array_arg(scale_factor_, scale_factor_len, scale_factor_present, "scale_factor");
        const std::string_view mode = sffi::enum_arg(mode_, "mode", {"nearest", "linear", "bilinear", "bicubic", "trilinear", "area", "nearest-exact"}, sffi::Code::value);
        const std::optional<bool> align_corners = sffi::optional_arg(align_corners_, align_corners_present);
        const std::optional<bool> recompute_scale_factor = sffi::optional_arg(recompute_scale_factor_, recompute_scale_factor_present);
        const bool antialias = antialias_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
        return sffi::new_tensor([&] {
    const bool sampling = mode == "nearest" || mode == "area" || mode == "nearest-exact";
    TORCH_CHECK_VALUE(!(sampling && align_corners.has_value()),
                      "align_corners option can only be set with the interpolating modes: linear | bilinear | bicubic | trilinear");
    const bool corners = align_corners.value_or(false);
    const int64_t dim = input.dim() - 2;
    TORCH_CHECK_VALUE(!(size.has_value() && scale_factor.has_value()), "only one of size or scale_factor should be defined");
    TORCH_CHECK_VALUE(size.has_value() || scale_factor.has_value(), "either size or scale_factor should be defined");
    std::optional<std::vector<int64_t>> output_size;
    std::optional<std::vector<double>> scales;
    if (size.has_value()) {
        TORCH_CHECK_VALUE(size->size() == 1 || static_cast<int64_t>(size->size()) == dim,
                          "Input and output must have the same number of spatial dimensions, but got input with spatial dimensions of ",
                          input.sizes().slice(2), " and output size of ", *size,
                          ". Please provide input tensor in (N, C, d1, d2, ...,dK) format and output size in (o1, o2, ...,oK) format.");
        output_size = size->size() == 1 ? std::vector<int64_t>(std::max<int64_t>(dim, 0), (*size)[0]) : size->vec();
    } else {
        TORCH_CHECK_VALUE(scale_factor->size() == 1 || static_cast<int64_t>(scale_factor->size()) == dim,
                          "Input and scale_factor must have the same number of spatial dimensions, but got input with spatial dimensions of ",
                          input.sizes().slice(2), " and scale_factor of shape ", *scale_factor,
                          ". Please provide input tensor in (N, C, d1, d2, ...,dK) format and scale_factor in (s1, s2, ...,sK) format.");
        scales = scale_factor->size() == 1 ? std::vector<double>(std::max<int64_t>(dim, 0), (*scale_factor)[0]) : scale_factor->vec();
    }
    TORCH_CHECK_VALUE(!(recompute_scale_factor.value_or(false) && size.has_value()),
                      "recompute_scale_factor is not meaningful with an explicit size.");
    if (recompute_scale_factor.value_or(false) || (mode == "area" && !output_size.has_value())) {
        std::vector<int64_t> computed;
        for (int64_t i = 0; i < dim; ++i) computed.push_back(static_cast<int64_t>(std::floor(static_cast<double>(input.size(i + 2)) * (*scales)[i])));
        output_size = computed;
        scales.reset();
    }
    TORCH_CHECK_VALUE(!antialias || ((mode == "bilinear" || mode == "bicubic") && input.dim() == 4),
                      "Anti-alias option is restricted to bilinear, bicubic, and lanczos modes and requires a 4-D tensor as input");
    const at::OptionalIntArrayRef out = output_size.has_value() ? at::OptionalIntArrayRef(*output_size) : at::OptionalIntArrayRef();
    const std::optional<c10::ArrayRef<double>> sc = scales.has_value() ? std::optional<c10::ArrayRef<double>>(*scales) : std::nullopt;
    const int64_t d = input.dim();
    if (mode == "nearest" && d == 3) return at::upsample_nearest1d(input, out, sc);
    if (mode == "nearest" && d == 4) return at::upsample_nearest2d(input, out, sc);
    if (mode == "nearest" && d == 5) return at::upsample_nearest3d(input, out, sc);
    if (mode == "nearest-exact" && d == 3) return at::_upsample_nearest_exact1d(input, out, sc);
    if (mode == "nearest-exact" && d == 4) return at::_upsample_nearest_exact2d(input, out, sc);
    if (mode == "nearest-exact" && d == 5) return at::_upsample_nearest_exact3d(input, out, sc);
    if (mode == "area" && d == 3) return at::adaptive_avg_pool1d(input, *output_size);
    if (mode == "area" && d == 4) return at::adaptive_avg_pool2d(input, *output_size);
    if (mode == "area" && d == 5) return at::adaptive_avg_pool3d(input, *output_size);
    if (mode == "linear" && d == 3) return at::upsample_linear1d(input, out, corners, sc);
    if (mode == "bilinear" && d == 4) {
        return antialias ? at::_upsample_bilinear2d_aa(input, out, corners, sc) : at::upsample_bilinear2d(input, out, corners, sc);
    }
    if (mode == "trilinear" && d == 5) return at::upsample_trilinear3d(input, out, corners, sc);
    if (mode == "bicubic" && d == 4) {
        return antialias ? at::_upsample_bicubic2d_aa(input, out, corners, sc) : at::upsample_bicubic2d(input, out, corners, sc);
    }
    const char* needs = mode == "linear" ? "3D" : mode == "bilinear" || mode == "bicubic" ? "4D" : mode == "trilinear" ? "5D" : "3D, 4D or 5D";
    TORCH_CHECK_NOT_IMPLEMENTED(false, "Got ", d, "D input, but ", mode, " mode needs ", needs, " input");
    return input;
}());
#line 2512 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_interpolate");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_interpolate");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_interpolate");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_unpool3d(int64_t input, int64_t indices, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* output_size, int64_t output_size_len, bool output_size_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_max_unpool3d(int64_t input_, int64_t indices_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* output_size_, int64_t output_size_len, bool output_size_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, indices] = sffi::tensor_args<2>({input_, indices_}, {"input", "indices"});
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 3, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 3, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 3, "padding");
        const at::OptionalIntArrayRef output_size = sffi::optional_array_arg(output_size_, output_size_len, output_size_present, "output_size");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_nn_max_unpool3d"
        return sffi::new_tensor([&] {
    const c10::IntArrayRef given = stride.value_or_empty();
    const std::vector<int64_t> step = given.empty() ? std::vector<int64_t>(kernel_size.begin(), kernel_size.end()) : given.vec();
    TORCH_CHECK_INDEX(kernel_size.size() == 3 && step.size() == 3 && padding.size() == 3,
                      "max_unpool3d: kernel_size, stride and padding need 3 values (or one for all)");
    std::vector<int64_t> size;
    for (int64_t d = 0; d < 3; ++d) {
        size.push_back((input.size(input.dim() - 3 + d) - 1) * step[d] + kernel_size[d] - 2 * padding[d]);
    }
    if (output_size.has_value()) {
        auto wanted = output_size->vec();
        if (wanted.size() == 5) wanted.erase(wanted.begin(), wanted.begin() + 2);
        TORCH_CHECK_VALUE(wanted.size() == 3, "output_size should be a sequence containing 3 or 5 elements, but it has a length of '",
                          output_size->size(), "'");
        for (int64_t d = 0; d < 3; ++d) {
            TORCH_CHECK_VALUE(size[d] - step[d] < wanted[d] && wanted[d] < size[d] + step[d], "invalid output_size \"", *output_size,
                              "\" (dim ", d, " must be between ", size[d] - step[d], " and ", size[d] + step[d], ")");
        }
        size = wanted;
    }
    return at::max_unpool3d(input, indices, size, step, padding);
}());
#line 2558 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_unpool3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_unpool3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_unpool3d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_linspace_scalar_tensor(double start, int64_t start_int, int32_t start_kind, int64_t end, int64_t steps, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_linspace_scalar_tensor(double start_, int64_t start_int, int32_t start_kind, int64_t end_, int64_t steps_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar start = sffi::scalar_arg(start_, start_int, start_kind, "start");
        const at::Tensor end = sffi::tensor_arg(end_, "end");
        const int64_t steps = steps_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_tensor_linspace_scalar_tensor"
        return sffi::new_tensor(at::linspace(start, end, steps, dtype, ::std::nullopt, device, ::std::nullopt));
#line 2583 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_linspace_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_linspace_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_linspace_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API void rt_torch_autograd_set_data(int64_t handle, int64_t new_data) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_set_data(int64_t handle_, int64_t new_data_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, new_data] = sffi::tensor_args<2>({handle_, new_data_}, {"handle", "new_data"});
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_autograd_set_data"
        handle.set_data(new_data);
#line 2604 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_set_data");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_set_data");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_set_data");
    }
}

RT_TORCH_API int32_t rt_torch_warning_count(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_warning_count(void) noexcept {
    try {
#line 7 "spec/torch_api.yaml@rt_torch_warning_count"
        return sffi::to_i32(sffi::warning_count());
#line 2619 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_warning_count");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_warning_count");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_warning_count");
        return -1;
    }
}

}  // extern "C"
