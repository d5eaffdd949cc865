// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Unit 8 of 8: 97 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("spec/torch_api.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/abs.h>)
#include <ATen/ops/abs.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_abs"
#error "binds calls at::abs, which this ATen does not have (no <ATen/ops/abs.h>)"
#endif
#if __has_include(<ATen/ops/acos.h>)
#include <ATen/ops/acos.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_acos"
#error "binds calls at::acos, which this ATen does not have (no <ATen/ops/acos.h>)"
#endif
#if __has_include(<ATen/ops/add.h>)
#include <ATen/ops/add.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_add_scalar"
#error "binds calls at::add, which this ATen does not have (no <ATen/ops/add.h>)"
#endif
#if __has_include(<ATen/ops/any.h>)
#include <ATen/ops/any.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_any_dim"
#error "binds calls at::any, which this ATen does not have (no <ATen/ops/any.h>)"
#endif
#if __has_include(<ATen/ops/arange.h>)
#include <ATen/ops/arange.h>
#else
#line 17 "spec/torch_api.yaml@rt_torch_nn_embedding_bag"
#error "binds calls at::arange, which this ATen does not have (no <ATen/ops/arange.h>)"
#endif
#if __has_include(<ATen/ops/argsort.h>)
#include <ATen/ops/argsort.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_argsort"
#error "binds calls at::argsort, which this ATen does not have (no <ATen/ops/argsort.h>)"
#endif
#if __has_include(<ATen/ops/asin.h>)
#include <ATen/ops/asin.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_asin"
#error "binds calls at::asin, which this ATen does not have (no <ATen/ops/asin.h>)"
#endif
#if __has_include(<ATen/ops/atleast_3d.h>)
#include <ATen/ops/atleast_3d.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_atleast_3d"
#error "binds calls at::atleast_3d, which this ATen does not have (no <ATen/ops/atleast_3d.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_not.h>)
#include <ATen/ops/bitwise_not.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_not"
#error "binds calls at::bitwise_not, which this ATen does not have (no <ATen/ops/bitwise_not.h>)"
#endif
#if __has_include(<ATen/ops/broadcast_tensors.h>)
#include <ATen/ops/broadcast_tensors.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_l1_loss"
#error "binds calls at::broadcast_tensors, which this ATen does not have (no <ATen/ops/broadcast_tensors.h>)"
#endif
#if __has_include(<ATen/ops/channel_shuffle.h>)
#include <ATen/ops/channel_shuffle.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_channel_shuffle"
#error "binds calls at::channel_shuffle, which this ATen does not have (no <ATen/ops/channel_shuffle.h>)"
#endif
#if __has_include(<ATen/ops/cholesky.h>)
#include <ATen/ops/cholesky.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_cholesky"
#error "binds calls at::cholesky, which this ATen does not have (no <ATen/ops/cholesky.h>)"
#endif
#if __has_include(<ATen/ops/clamp.h>)
#include <ATen/ops/clamp.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_clamp_tensor"
#error "binds calls at::clamp, which this ATen does not have (no <ATen/ops/clamp.h>)"
#endif
#if __has_include(<ATen/ops/conv2d.h>)
#include <ATen/ops/conv2d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_conv2d"
#error "binds calls at::conv2d, which this ATen does not have (no <ATen/ops/conv2d.h>)"
#endif
#if __has_include(<ATen/ops/cov.h>)
#include <ATen/ops/cov.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_cov"
#error "binds calls at::cov, which this ATen does not have (no <ATen/ops/cov.h>)"
#endif
#if __has_include(<ATen/ops/cross_entropy_loss.h>)
#include <ATen/ops/cross_entropy_loss.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_cross_entropy"
#error "binds calls at::cross_entropy_loss, which this ATen does not have (no <ATen/ops/cross_entropy_loss.h>)"
#endif
#if __has_include(<ATen/ops/cumsum.h>)
#include <ATen/ops/cumsum.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_cumsum"
#error "binds calls at::cumsum, which this ATen does not have (no <ATen/ops/cumsum.h>)"
#endif
#if __has_include(<ATen/ops/deg2rad.h>)
#include <ATen/ops/deg2rad.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_deg2rad"
#error "binds calls at::deg2rad, which this ATen does not have (no <ATen/ops/deg2rad.h>)"
#endif
#if __has_include(<ATen/ops/diag_embed.h>)
#include <ATen/ops/diag_embed.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_diag_embed"
#error "binds calls at::diag_embed, which this ATen does not have (no <ATen/ops/diag_embed.h>)"
#endif
#if __has_include(<ATen/ops/div.h>)
#include <ATen/ops/div.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_l1_loss"
#error "binds calls at::div, which this ATen does not have (no <ATen/ops/div.h>)"
#endif
#if __has_include(<ATen/ops/embedding.h>)
#include <ATen/ops/embedding.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_embedding"
#error "binds calls at::embedding, which this ATen does not have (no <ATen/ops/embedding.h>)"
#endif
#if __has_include(<ATen/ops/embedding_bag.h>)
#include <ATen/ops/embedding_bag.h>
#else
#line 17 "spec/torch_api.yaml@rt_torch_nn_embedding_bag"
#error "binds calls at::embedding_bag, which this ATen does not have (no <ATen/ops/embedding_bag.h>)"
#endif
#if __has_include(<ATen/ops/embedding_renorm.h>)
#include <ATen/ops/embedding_renorm.h>
#else
#line 17 "spec/torch_api.yaml@rt_torch_nn_embedding_bag"
#error "binds calls at::embedding_renorm, which this ATen does not have (no <ATen/ops/embedding_renorm.h>)"
#endif
#if __has_include(<ATen/ops/empty_like.h>)
#include <ATen/ops/empty_like.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_empty_like"
#error "binds calls at::empty_like, which this ATen does not have (no <ATen/ops/empty_like.h>)"
#endif
#if __has_include(<ATen/ops/eq.h>)
#include <ATen/ops/eq.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_eq_tensor"
#error "binds calls at::eq, which this ATen does not have (no <ATen/ops/eq.h>)"
#endif
#if __has_include(<ATen/ops/eye.h>)
#include <ATen/ops/eye.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_tensor_eye_v2"
#error "binds calls at::eye, which this ATen does not have (no <ATen/ops/eye.h>)"
#endif
#if __has_include(<ATen/ops/float_power.h>)
#include <ATen/ops/float_power.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_tensor_float_power_scalar"
#error "binds calls at::float_power, which this ATen does not have (no <ATen/ops/float_power.h>)"
#endif
#if __has_include(<ATen/ops/full.h>)
#include <ATen/ops/full.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_tensor_full"
#error "binds calls at::full, which this ATen does not have (no <ATen/ops/full.h>)"
#endif
#if __has_include(<ATen/ops/gather.h>)
#include <ATen/ops/gather.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_gather"
#error "binds calls at::gather, which this ATen does not have (no <ATen/ops/gather.h>)"
#endif
#if __has_include(<ATen/ops/ge.h>)
#include <ATen/ops/ge.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_ge_scalar"
#error "binds calls at::ge, which this ATen does not have (no <ATen/ops/ge.h>)"
#endif
#if __has_include(<ATen/ops/geqrf.h>)
#include <ATen/ops/geqrf.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_geqrf"
#error "binds calls at::geqrf, which this ATen does not have (no <ATen/ops/geqrf.h>)"
#endif
#if __has_include(<ATen/ops/hardshrink.h>)
#include <ATen/ops/hardshrink.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_hardshrink"
#error "binds calls at::hardshrink, which this ATen does not have (no <ATen/ops/hardshrink.h>)"
#endif
#if __has_include(<ATen/ops/i0.h>)
#include <ATen/ops/i0.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_i0"
#error "binds calls at::i0, which this ATen does not have (no <ATen/ops/i0.h>)"
#endif
#if __has_include(<ATen/ops/index_select.h>)
#include <ATen/ops/index_select.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_index_select"
#error "binds calls at::index_select, which this ATen does not have (no <ATen/ops/index_select.h>)"
#endif
#if __has_include(<ATen/ops/inner.h>)
#include <ATen/ops/inner.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_inner"
#error "binds calls at::inner, which this ATen does not have (no <ATen/ops/inner.h>)"
#endif
#if __has_include(<ATen/ops/isposinf.h>)
#include <ATen/ops/isposinf.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_isposinf"
#error "binds calls at::isposinf, which this ATen does not have (no <ATen/ops/isposinf.h>)"
#endif
#if __has_include(<ATen/ops/kthvalue.h>)
#include <ATen/ops/kthvalue.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_kthvalue"
#error "binds calls at::kthvalue, which this ATen does not have (no <ATen/ops/kthvalue.h>)"
#endif
#if __has_include(<ATen/ops/l1_loss.h>)
#include <ATen/ops/l1_loss.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_l1_loss"
#error "binds calls at::l1_loss, which this ATen does not have (no <ATen/ops/l1_loss.h>)"
#endif
#if __has_include(<ATen/ops/lcm.h>)
#include <ATen/ops/lcm.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_lcm"
#error "binds calls at::lcm, which this ATen does not have (no <ATen/ops/lcm.h>)"
#endif
#if __has_include(<ATen/ops/linalg_cond.h>)
#include <ATen/ops/linalg_cond.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_cond_p_str"
#error "binds calls at::linalg_cond, which this ATen does not have (no <ATen/ops/linalg_cond.h>)"
#endif
#if __has_include(<ATen/ops/linalg_eigvals.h>)
#include <ATen/ops/linalg_eigvals.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_eigvals"
#error "binds calls at::linalg_eigvals, which this ATen does not have (no <ATen/ops/linalg_eigvals.h>)"
#endif
#if __has_include(<ATen/ops/linalg_eigvalsh.h>)
#include <ATen/ops/linalg_eigvalsh.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_eigvalsh"
#error "binds calls at::linalg_eigvalsh, which this ATen does not have (no <ATen/ops/linalg_eigvalsh.h>)"
#endif
#if __has_include(<ATen/ops/linalg_matrix_power.h>)
#include <ATen/ops/linalg_matrix_power.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_matrix_power"
#error "binds calls at::linalg_matrix_power, which this ATen does not have (no <ATen/ops/linalg_matrix_power.h>)"
#endif
#if __has_include(<ATen/ops/linalg_svd.h>)
#include <ATen/ops/linalg_svd.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_svd"
#error "binds calls at::linalg_svd, which this ATen does not have (no <ATen/ops/linalg_svd.h>)"
#endif
#if __has_include(<ATen/ops/linalg_tensorsolve.h>)
#include <ATen/ops/linalg_tensorsolve.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_tensorsolve"
#error "binds calls at::linalg_tensorsolve, which this ATen does not have (no <ATen/ops/linalg_tensorsolve.h>)"
#endif
#if __has_include(<ATen/ops/logical_not.h>)
#include <ATen/ops/logical_not.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_logical_not"
#error "binds calls at::logical_not, which this ATen does not have (no <ATen/ops/logical_not.h>)"
#endif
#if __has_include(<ATen/ops/logical_xor.h>)
#include <ATen/ops/logical_xor.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_logical_xor"
#error "binds calls at::logical_xor, which this ATen does not have (no <ATen/ops/logical_xor.h>)"
#endif
#if __has_include(<ATen/ops/max.h>)
#include <ATen/ops/max.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_max_dim"
#error "binds calls at::max, which this ATen does not have (no <ATen/ops/max.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d_with_indices.h>)
#include <ATen/ops/max_pool2d_with_indices.h>
#else
#line 14 "spec/torch_api.yaml@rt_torch_nn_max_pool2d_with_indices"
#error "binds calls at::max_pool2d_with_indices, which this ATen does not have (no <ATen/ops/max_pool2d_with_indices.h>)"
#endif
#if __has_include(<ATen/ops/max_unpool2d.h>)
#include <ATen/ops/max_unpool2d.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_max_unpool2d"
#error "binds calls at::max_unpool2d, which this ATen does not have (no <ATen/ops/max_unpool2d.h>)"
#endif
#if __has_include(<ATen/ops/maximum.h>)
#include <ATen/ops/maximum.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_maximum"
#error "binds calls at::maximum, which this ATen does not have (no <ATen/ops/maximum.h>)"
#endif
#if __has_include(<ATen/ops/msort.h>)
#include <ATen/ops/msort.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_msort"
#error "binds calls at::msort, which this ATen does not have (no <ATen/ops/msort.h>)"
#endif
#if __has_include(<ATen/ops/mul.h>)
#include <ATen/ops/mul.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_l1_loss"
#error "binds calls at::mul, which this ATen does not have (no <ATen/ops/mul.h>)"
#endif
#if __has_include(<ATen/ops/mvlgamma.h>)
#include <ATen/ops/mvlgamma.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mvlgamma"
#error "binds calls at::mvlgamma, which this ATen does not have (no <ATen/ops/mvlgamma.h>)"
#endif
#if __has_include(<ATen/ops/nanmedian.h>)
#include <ATen/ops/nanmedian.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_nanmedian"
#error "binds calls at::nanmedian, which this ATen does not have (no <ATen/ops/nanmedian.h>)"
#endif
#if __has_include(<ATen/ops/narrow.h>)
#include <ATen/ops/narrow.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_narrow"
#error "binds calls at::narrow, which this ATen does not have (no <ATen/ops/narrow.h>)"
#endif
#if __has_include(<ATen/ops/ne.h>)
#include <ATen/ops/ne.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_ne_tensor"
#error "binds calls at::ne, which this ATen does not have (no <ATen/ops/ne.h>)"
#endif
#if __has_include(<ATen/ops/neg.h>)
#include <ATen/ops/neg.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_softmin"
#error "binds calls at::neg, which this ATen does not have (no <ATen/ops/neg.h>)"
#endif
#if __has_include(<ATen/ops/nextafter.h>)
#include <ATen/ops/nextafter.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_nextafter"
#error "binds calls at::nextafter, which this ATen does not have (no <ATen/ops/nextafter.h>)"
#endif
#if __has_include(<ATen/ops/normal.h>)
#include <ATen/ops/normal.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_normal_tensor_float"
#error "binds calls at::normal, which this ATen does not have (no <ATen/ops/normal.h>)"
#endif
#if __has_include(<ATen/ops/ones_like.h>)
#include <ATen/ops/ones_like.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_ones_like"
#error "binds calls at::ones_like, which this ATen does not have (no <ATen/ops/ones_like.h>)"
#endif
#if __has_include(<ATen/ops/ormqr.h>)
#include <ATen/ops/ormqr.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_ormqr"
#error "binds calls at::ormqr, which this ATen does not have (no <ATen/ops/ormqr.h>)"
#endif
#if __has_include(<ATen/ops/sin.h>)
#include <ATen/ops/sin.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sin"
#error "binds calls at::sin, which this ATen does not have (no <ATen/ops/sin.h>)"
#endif
#if __has_include(<ATen/ops/soft_margin_loss.h>)
#include <ATen/ops/soft_margin_loss.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_nn_soft_margin_loss"
#error "binds calls at::soft_margin_loss, which this ATen does not have (no <ATen/ops/soft_margin_loss.h>)"
#endif
#if __has_include(<ATen/ops/softmax.h>)
#include <ATen/ops/softmax.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_softmin"
#error "binds calls at::softmax, which this ATen does not have (no <ATen/ops/softmax.h>)"
#endif
#if __has_include(<ATen/ops/softshrink.h>)
#include <ATen/ops/softshrink.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_softshrink"
#error "binds calls at::softshrink, which this ATen does not have (no <ATen/ops/softshrink.h>)"
#endif
#if __has_include(<ATen/ops/split.h>)
#include <ATen/ops/split.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_split_tensor"
#error "binds calls at::split, which this ATen does not have (no <ATen/ops/split.h>)"
#endif
#if __has_include(<ATen/ops/squeeze.h>)
#include <ATen/ops/squeeze.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_squeeze"
#error "binds calls at::squeeze, which this ATen does not have (no <ATen/ops/squeeze.h>)"
#endif
#if __has_include(<ATen/ops/std.h>)
#include <ATen/ops/std.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_std_correction"
#error "binds calls at::std, which this ATen does not have (no <ATen/ops/std.h>)"
#endif
#if __has_include(<ATen/ops/sub.h>)
#include <ATen/ops/sub.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_l1_loss"
#error "binds calls at::sub, which this ATen does not have (no <ATen/ops/sub.h>)"
#endif
#if __has_include(<ATen/ops/sum.h>)
#include <ATen/ops/sum.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_l1_loss"
#error "binds calls at::sum, which this ATen does not have (no <ATen/ops/sum.h>)"
#endif
#if __has_include(<ATen/ops/tan.h>)
#include <ATen/ops/tan.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_tan"
#error "binds calls at::tan, which this ATen does not have (no <ATen/ops/tan.h>)"
#endif
#if __has_include(<ATen/ops/tanh.h>)
#include <ATen/ops/tanh.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_tanh"
#error "binds calls at::tanh, which this ATen does not have (no <ATen/ops/tanh.h>)"
#endif
#if __has_include(<ATen/ops/tril_indices.h>)
#include <ATen/ops/tril_indices.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_tensor_tril_indices"
#error "binds calls at::tril_indices, which this ATen does not have (no <ATen/ops/tril_indices.h>)"
#endif
#if __has_include(<ATen/ops/triu_indices.h>)
#include <ATen/ops/triu_indices.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_tensor_triu_indices"
#error "binds calls at::triu_indices, which this ATen does not have (no <ATen/ops/triu_indices.h>)"
#endif
#if __has_include(<ATen/ops/unsqueeze.h>)
#include <ATen/ops/unsqueeze.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_unsqueeze"
#error "binds calls at::unsqueeze, which this ATen does not have (no <ATen/ops/unsqueeze.h>)"
#endif
#if __has_include(<ATen/ops/view_as_real.h>)
#include <ATen/ops/view_as_real.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_view_as_real"
#error "binds calls at::view_as_real, which this ATen does not have (no <ATen/ops/view_as_real.h>)"
#endif
#if __has_include(<ATen/ops/where.h>)
#include <ATen/ops/where.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_where_scalar"
#error "binds calls at::where, which this ATen does not have (no <ATen/ops/where.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_tensor_full(const int64_t* dims, int64_t dims_len, double value) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_full(const int64_t* dims_, int64_t dims_len, double value_) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const double value = value_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_full"
        return sffi::new_tensor(at::full(dims, value));
#line 489 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_abs(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_abs(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_abs"
        return sffi::new_tensor(at::abs(handle));
#line 510 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar(int64_t handle, double scalar) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar(int64_t handle_, double scalar_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double scalar = scalar_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_add_scalar"
        return sffi::new_tensor(at::add(handle, scalar));
#line 532 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_tanh(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_tanh(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_tanh"
        return sffi::new_tensor(at::tanh(handle));
#line 553 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_svd(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_svd(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_svd"
        return sffi::new_tensor(std::get<0>(at::linalg_svd(handle, false)));
#line 574 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_max_dim(int64_t handle, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_max_dim(int64_t handle_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_max_dim"
        return sffi::new_tensor(std::get<0>(at::max(handle, dim, keepdim)));
#line 597 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_squeeze(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_squeeze(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_squeeze"
        return sffi::new_tensor(at::squeeze(handle));
#line 618 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_squeeze");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_squeeze");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_squeeze");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_unsqueeze(int64_t handle, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_unsqueeze(int64_t handle_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_unsqueeze"
        return sffi::new_tensor(at::unsqueeze(handle, dim));
#line 640 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_unsqueeze");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_unsqueeze");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_unsqueeze");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_select(int64_t handle, int64_t dim, int64_t indices) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_index_select(int64_t handle_, int64_t dim_, int64_t indices_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, indices] = sffi::tensor_args<2>({handle_, indices_}, {"handle", "indices"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_index_select"
        return sffi::new_tensor(at::index_select(handle, dim, indices));
#line 662 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_select");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_select");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_select");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_gather(int64_t handle, int64_t dim, int64_t indices) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_gather(int64_t handle_, int64_t dim_, int64_t indices_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, indices] = sffi::tensor_args<2>({handle_, indices_}, {"handle", "indices"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_gather"
        return sffi::new_tensor(at::gather(handle, dim, indices));
#line 684 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_gather");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_gather");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_gather");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_conv2d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, int64_t groups) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_conv2d(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, int64_t groups_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 2, "dilation");
        const int64_t groups = groups_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_nn_conv2d"
        return sffi::new_tensor(at::conv2d(input, weight, bias, stride, padding, dilation, groups));
#line 710 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_embedding(int64_t input, int64_t weight) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_embedding(int64_t input_, int64_t weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_embedding"
        return sffi::new_tensor(at::embedding(weight, input));
#line 731 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_embedding");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_embedding");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_embedding");
        return 0;
    }
}

RT_TORCH_API double rt_torch_nn_mse_loss(int64_t input, int64_t target) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_nn_mse_loss(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_mse_loss"
        return sffi::to_f64(sffi::mse_loss(input, target));
#line 752 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_mse_loss");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_mse_loss");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_mse_loss");
        return sffi::kNaN;
    }
}

RT_TORCH_API double rt_torch_nn_cross_entropy(int64_t input, int64_t target) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_nn_cross_entropy(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_cross_entropy"
        return sffi::to_f64(at::cross_entropy_loss(input, target));
#line 773 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_cross_entropy");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_cross_entropy");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_cross_entropy");
        return sffi::kNaN;
    }
}

RT_TORCH_API double rt_torch_nn_binary_cross_entropy(int64_t input, int64_t target) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_nn_binary_cross_entropy(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_binary_cross_entropy"
        return sffi::to_f64(sffi::binary_cross_entropy(input, target));
#line 794 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_binary_cross_entropy");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_binary_cross_entropy");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_binary_cross_entropy");
        return sffi::kNaN;
    }
}

RT_TORCH_API void rt_torch_autograd_backward(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_backward(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_autograd_backward"
        handle.backward();
#line 815 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_backward");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_backward");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_backward");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cpu(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cpu(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_cpu"
        return sffi::new_tensor(handle.cpu());
#line 833 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cpu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cpu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cpu");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchstream_sync(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchstream_sync(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchstream_sync"
        sffi::sync_stream_if_known(handle_);
#line 853 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_sync");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_sync");
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_sync");
    }
}

RT_TORCH_API const char* rt_torch_error_message(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API const char* rt_torch_error_message(void) noexcept {
    try {
#line 7 "spec/torch_api.yaml@rt_torch_error_message"
        return sffi::text_result(sffi::error_message());
#line 868 "ops_8.cpp"
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

RT_TORCH_API void rt_torch_set_num_threads(int32_t num_threads) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_set_num_threads(int32_t num_threads_) noexcept {
    sffi::begin_call();
    try {
        const int32_t num_threads = num_threads_;
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_set_num_threads"
        sffi::set_num_threads(num_threads);
#line 889 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_set_num_threads");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_set_num_threads");
    } catch (...) {
        sffi::record_exception("rt_torch_set_num_threads");
    }
}

RT_TORCH_API int32_t rt_torch_get_num_threads(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_get_num_threads(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 6 "spec/torch_api.yaml@rt_torch_get_num_threads"
        return sffi::to_i32(sffi::get_num_threads());
#line 906 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_stride(int64_t input, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_stride(int64_t input_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_stride"
        return sffi::write_array(out, out_capacity, input.strides());
#line 927 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_stride");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_stride");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_stride");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_maximum(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_maximum(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_maximum"
        return sffi::new_tensor(at::maximum(handle, other));
#line 948 "ops_8.cpp"
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

RT_TORCH_API void rt_torch_autograd_set_grad(int64_t handle, int64_t grad) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_set_grad(int64_t handle_, int64_t grad_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const std::optional<at::Tensor> grad = sffi::optional_tensor_arg(grad_, "grad");
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_autograd_set_grad"
        sffi::set_grad(handle, grad);
#line 970 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_set_grad");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_set_grad");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_set_grad");
    }
}

RT_TORCH_API void rt_torch_autograd_backward_v2(int64_t handle, int64_t gradient, bool retain_graph, bool retain_graph_present, bool create_graph) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_backward_v2(int64_t handle_, int64_t gradient_, bool retain_graph_, bool retain_graph_present, bool create_graph_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const std::optional<at::Tensor> gradient = sffi::optional_tensor_arg(gradient_, "gradient");
        const std::optional<bool> retain_graph = sffi::optional_arg(retain_graph_, retain_graph_present);
        const bool create_graph = create_graph_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_autograd_backward_v2"
        handle.backward(gradient.value_or(at::Tensor()), retain_graph, create_graph);
#line 991 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_backward_v2");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_backward_v2");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_backward_v2");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_stream_v2(int64_t handle, int32_t device_id, int64_t stream) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_to_stream_v2(int64_t handle_, int32_t device_id_, int64_t stream_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int32_t device_id = device_id_;
        const c10::Stream stream = sffi::stream_arg(stream_, "stream");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_to_stream_v2"
        return sffi::new_tensor(sffi::to_stream(handle, device_id, stream));
#line 1011 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_stream_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_stream_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_stream_v2");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchstream_sync_v2(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchstream_sync_v2(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const c10::Stream handle = sffi::stream_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchstream_sync_v2"
        handle.synchronize();
#line 1032 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_sync_v2");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_sync_v2");
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_sync_v2");
    }
}

RT_TORCH_API int64_t rt_torch_tensor_full_v2(const int64_t* size, int64_t size_len, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_full_v2(const int64_t* size_, int64_t size_len, double fill_value_, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const c10::Scalar fill_value = sffi::scalar_arg(fill_value_, fill_value_int, fill_value_kind, "fill_value");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_tensor_full_v2"
        return sffi::new_tensor(at::full(size, fill_value, at::TensorOptions().dtype(dtype).device(device)));
#line 1053 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_tensor_eye_v2(int64_t n, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_eye_v2(int64_t n_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t n = n_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_tensor_eye_v2"
        return sffi::new_tensor(at::eye(n, at::TensorOptions().dtype(dtype).device(device)));
#line 1076 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_std_correction(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, double correction, int64_t correction_int, int32_t correction_kind, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_std_correction(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, double correction_, int64_t correction_int, int32_t correction_kind, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const std::optional<c10::Scalar> correction = sffi::optional_scalar_arg(correction_, correction_int, correction_kind, "correction");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_std_correction"
        return sffi::new_tensor(at::std(input, dim, correction, keepdim));
#line 1100 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_std_v2(int64_t input, bool unbiased) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_std_v2(int64_t input_, bool unbiased_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool unbiased = unbiased_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_std_v2"
        return sffi::new_tensor(at::std(input, unbiased));
#line 1122 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_squeeze_dims(int64_t input, const int64_t* dim, int64_t dim_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_squeeze_dims(int64_t input_, const int64_t* dim_, int64_t dim_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef dim = sffi::array_arg(dim_, dim_len, "dim");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_squeeze_dims"
        return sffi::new_tensor(at::squeeze(input, dim));
#line 1144 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_squeeze_dims");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_squeeze_dims");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_squeeze_dims");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool2d_with_indices(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_max_pool2d_with_indices(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, bool ceil_mode_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 2, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 2, "dilation");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 14 "spec/torch_api.yaml@rt_torch_nn_max_pool2d_with_indices"
        return sffi::write_tensors(out, out_capacity, at::max_pool2d_with_indices(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 1170 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool2d_with_indices");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool2d_with_indices");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool2d_with_indices");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_nn_mse_loss_v2(int64_t input, int64_t target, const char* reduction) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_mse_loss_v2(int64_t input_, int64_t target_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_nn_mse_loss_v2"
        return sffi::new_tensor(sffi::mse_loss(input, target, reduction));
#line 1192 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_mse_loss_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_mse_loss_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_mse_loss_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sin(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_sin(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sin"
        return sffi::new_tensor(at::sin(input));
#line 1213 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_cumsum(int64_t input, int64_t dim, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cumsum(int64_t input_, int64_t dim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_cumsum"
        return sffi::new_tensor(at::cumsum(input, dim, dtype));
#line 1236 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_any_dim(int64_t input, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_any_dim(int64_t input_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_any_dim"
        return sffi::new_tensor(at::any(input, dim, keepdim));
#line 1259 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_any(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_any(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_any"
        return sffi::new_tensor(at::any(input));
#line 1280 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_nanmedian(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_nanmedian(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_nanmedian"
        return sffi::new_tensor(at::nanmedian(input));
#line 1301 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_kthvalue(int64_t input, int64_t k, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_kthvalue(int64_t input_, int64_t k_, int64_t dim_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t k = k_;
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_kthvalue"
        return sffi::write_tensors(out, out_capacity, at::kthvalue(input, k, dim, keepdim));
#line 1325 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_argsort(int64_t input, int64_t dim, bool descending) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_argsort(int64_t input_, int64_t dim_, bool descending_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool descending = descending_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_argsort"
        return sffi::new_tensor(at::argsort(input, dim, descending));
#line 1348 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_msort(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_msort(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_msort"
        return sffi::new_tensor(at::msort(input));
#line 1369 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_split_tensor(int64_t input, int64_t split_size, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_split_tensor(int64_t input_, int64_t split_size_, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t split_size = split_size_;
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_split_tensor"
        return sffi::write_tensors(out, out_capacity, at::split(input, split_size, dim));
#line 1392 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_split_tensor");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_split_tensor");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_split_tensor");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_narrow(int64_t input, int64_t dim, int64_t start, int64_t length) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_narrow(int64_t input_, int64_t dim_, int64_t start_, int64_t length_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const int64_t start = start_;
        const int64_t length = length_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_narrow"
        return sffi::new_tensor(at::narrow(input, dim, start, length));
#line 1416 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_narrow");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_narrow");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_narrow");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_atleast_3d(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_atleast_3d(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_atleast_3d"
        return sffi::new_tensor(at::atleast_3d(input));
#line 1437 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_atleast_3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_atleast_3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_atleast_3d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_diag_embed(int64_t input, int64_t offset, int64_t dim1, int64_t dim2) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_diag_embed(int64_t input_, int64_t offset_, int64_t dim1_, int64_t dim2_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t offset = offset_;
        const int64_t dim1 = dim1_;
        const int64_t dim2 = dim2_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_diag_embed"
        return sffi::new_tensor(at::diag_embed(input, offset, dim1, dim2));
#line 1461 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_diag_embed");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_diag_embed");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_diag_embed");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ones_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_ones_like(int64_t input_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_ones_like"
        return sffi::new_tensor(at::ones_like(input, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 1485 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ones_like");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ones_like");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ones_like");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_empty_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_empty_like(int64_t input_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_empty_like"
        return sffi::new_tensor(at::empty_like(input, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 1509 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_empty_like");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_empty_like");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_empty_like");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_normal_tensor_float(int64_t mean, double std_arg) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_normal_tensor_float(int64_t mean_, double std_arg_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor mean = sffi::tensor_arg(mean_, "mean");
        const double std_arg = std_arg_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_normal_tensor_float"
        return sffi::new_tensor(at::normal(mean, std_arg));
#line 1531 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_normal_tensor_float");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_normal_tensor_float");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_normal_tensor_float");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_tril_indices(int64_t row, int64_t col, int64_t offset, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_tril_indices(int64_t row_, int64_t col_, int64_t offset_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t row = row_;
        const int64_t col = col_;
        const int64_t offset = offset_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_tensor_tril_indices"
        return sffi::new_tensor(at::tril_indices(row, col, offset, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1556 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_tril_indices");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_tril_indices");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_tril_indices");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_triu_indices(int64_t row, int64_t col, int64_t offset, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_triu_indices(int64_t row_, int64_t col_, int64_t offset_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t row = row_;
        const int64_t col = col_;
        const int64_t offset = offset_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_tensor_triu_indices"
        return sffi::new_tensor(at::triu_indices(row, col, offset, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1581 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_triu_indices");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_triu_indices");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_triu_indices");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_new_empty(int64_t input, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_new_empty(int64_t input_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_new_empty"
        return sffi::new_tensor(input.new_empty(size, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1605 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_new_empty");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_new_empty");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_new_empty");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_view_as_real(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_view_as_real(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_view_as_real"
        return sffi::new_tensor(at::view_as_real(input));
#line 1626 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_view_as_real");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_view_as_real");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_view_as_real");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bool(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bool(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_bool"
        return sffi::new_tensor(input.to(at::kBool, false, false, sffi::memory_format_arg(memory_format)));
#line 1648 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bool");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bool");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bool");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_inner(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_inner(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_inner"
        return sffi::new_tensor(at::inner(input, other));
#line 1669 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_inner");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_inner");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_inner");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cholesky(int64_t input, bool upper) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cholesky(int64_t input_, bool upper_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool upper = upper_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_cholesky"
        return sffi::new_tensor(at::cholesky(input, upper));
#line 1691 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cholesky");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cholesky");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cholesky");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_geqrf(int64_t input, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_geqrf(int64_t input_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_geqrf"
        return sffi::write_tensors(out, out_capacity, at::geqrf(input));
#line 1712 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_geqrf");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_geqrf");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_geqrf");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ormqr(int64_t input, int64_t input2, int64_t input3, bool left, bool transpose) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_ormqr(int64_t input_, int64_t input2_, int64_t input3_, bool left_, bool transpose_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, input2, input3] = sffi::tensor_args<3>({input_, input2_, input3_}, {"input", "input2", "input3"});
        const bool left = left_;
        const bool transpose = transpose_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_ormqr"
        return sffi::new_tensor(at::ormqr(input, input2, input3, left, transpose));
#line 1735 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ormqr");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ormqr");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ormqr");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cov(int64_t input, int64_t correction, int64_t fweights, int64_t aweights) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cov(int64_t input_, int64_t correction_, int64_t fweights_, int64_t aweights_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t correction = correction_;
        const std::optional<at::Tensor> fweights = sffi::optional_tensor_arg(fweights_, "fweights");
        const std::optional<at::Tensor> aweights = sffi::optional_tensor_arg(aweights_, "aweights");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_cov"
        return sffi::new_tensor(at::cov(input, correction, fweights, aweights));
#line 1759 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cov");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cov");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cov");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cond_p_str(int64_t input, const char* p) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cond_p_str(int64_t input_, const char* p_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view p = sffi::text_arg(p_, "p");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_cond_p_str"
        return sffi::new_tensor(at::linalg_cond(input, p));
#line 1781 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_cond_p_str");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_cond_p_str");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_cond_p_str");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eigvals(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eigvals(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_eigvals"
        return sffi::new_tensor(at::linalg_eigvals(input));
#line 1802 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_eigvals");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_eigvals");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_eigvals");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eigvalsh(int64_t input, const char* uplo) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eigvalsh(int64_t input_, const char* uplo_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view uplo = sffi::text_arg(uplo_, "uplo");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_eigvalsh"
        return sffi::new_tensor(at::linalg_eigvalsh(input, uplo));
#line 1824 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_eigvalsh");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_eigvalsh");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_eigvalsh");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_power(int64_t input, int64_t n) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_power(int64_t input_, int64_t n_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t n = n_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_matrix_power"
        return sffi::new_tensor(at::linalg_matrix_power(input, n));
#line 1846 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_power");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_power");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_matrix_power");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_tensorsolve(int64_t input, int64_t other, const int64_t* dims, int64_t dims_len, bool dims_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_tensorsolve(int64_t input_, int64_t other_, const int64_t* dims_, int64_t dims_len, bool dims_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const at::OptionalIntArrayRef dims = sffi::optional_array_arg(dims_, dims_len, dims_present, "dims");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_tensorsolve"
        return sffi::new_tensor(at::linalg_tensorsolve(input, other, dims));
#line 1868 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_tensorsolve");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_tensorsolve");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_tensorsolve");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mt(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_mt(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_mt"
        return sffi::new_tensor(input.mT());
#line 1889 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mt");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mt");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mt");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_numpy_t(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_numpy_t(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_numpy_t"
        return sffi::new_tensor(input.numpy_T());
#line 1910 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_numpy_t");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_numpy_t");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_numpy_t");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_tan(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_tan(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_tan"
        return sffi::new_tensor(at::tan(input));
#line 1931 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_tan");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_tan");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_tan");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_acos(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_acos(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_acos"
        return sffi::new_tensor(at::acos(input));
#line 1952 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_acos");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_acos");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_acos");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_asin(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_asin(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_asin"
        return sffi::new_tensor(at::asin(input));
#line 1973 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_asin");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_asin");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_asin");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_deg2rad(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_deg2rad(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_deg2rad"
        return sffi::new_tensor(at::deg2rad(input));
#line 1994 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_deg2rad");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_deg2rad");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_deg2rad");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_i0(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_i0(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_i0"
        return sffi::new_tensor(at::i0(input));
#line 2015 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_i0");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_i0");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_i0");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mvlgamma(int64_t input, int64_t p) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_mvlgamma(int64_t input_, int64_t p_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t p = p_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mvlgamma"
        return sffi::new_tensor(at::mvlgamma(input, p));
#line 2037 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mvlgamma");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mvlgamma");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mvlgamma");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nextafter(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_nextafter(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_nextafter"
        return sffi::new_tensor(at::nextafter(input, other));
#line 2058 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nextafter");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nextafter");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nextafter");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_float_power_scalar(double input, int64_t input_int, int32_t input_kind, int64_t exponent) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_float_power_scalar(double input_, int64_t input_int, int32_t input_kind, int64_t exponent_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor exponent = sffi::tensor_arg(exponent_, "exponent");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_float_power_scalar"
        return sffi::new_tensor(at::float_power(input, exponent));
#line 2080 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_float_power_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_float_power_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_float_power_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_lcm(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_lcm(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_lcm"
        return sffi::new_tensor(at::lcm(input, other));
#line 2101 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lcm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lcm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lcm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clamp_tensor(int64_t input, int64_t min, int64_t max) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_clamp_tensor(int64_t input_, int64_t min_, int64_t max_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::Tensor> min = sffi::optional_tensor_arg(min_, "min");
        const std::optional<at::Tensor> max = sffi::optional_tensor_arg(max_, "max");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_clamp_tensor"
        return sffi::new_tensor(at::clamp(input, min, max));
#line 2124 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clamp_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clamp_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clamp_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_eq_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_eq_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_eq_tensor"
        return sffi::new_tensor(at::eq(input, other));
#line 2145 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_eq_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_eq_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_eq_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ne_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_ne_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_ne_tensor"
        return sffi::new_tensor(at::ne(input, other));
#line 2166 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ne_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ne_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ne_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ge_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_ge_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_ge_scalar"
        return sffi::new_tensor(at::ge(input, other));
#line 2188 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ge_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ge_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ge_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isposinf(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_isposinf(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_isposinf"
        return sffi::new_tensor(at::isposinf(input));
#line 2209 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isposinf");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isposinf");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isposinf");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logical_xor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_logical_xor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_logical_xor"
        return sffi::new_tensor(at::logical_xor(input, other));
#line 2230 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logical_xor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logical_xor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logical_xor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logical_not(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_logical_not(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_logical_not"
        return sffi::new_tensor(at::logical_not(input));
#line 2251 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logical_not");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logical_not");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logical_not");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_not(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_not(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_not"
        return sffi::new_tensor(at::bitwise_not(input));
#line 2272 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_not");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_not");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_not");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_where_scalar(int64_t condition, double input, int64_t input_int, int32_t input_kind, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_where_scalar(int64_t condition_, double input_, int64_t input_int, int32_t input_kind, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor condition = sffi::tensor_arg(condition_, "condition");
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_where_scalar"
        return sffi::new_tensor(at::where(condition, input, other));
#line 2295 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_where_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_where_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_where_scalar");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_fill_scalar_(int64_t input, double value, int64_t value_int, int32_t value_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_fill_scalar_(int64_t input_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_fill_scalar_"
        input.fill_(value);
#line 2317 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_fill_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_fill_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_fill_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_neg_(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_neg_(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::ExclusiveCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_neg_"
        input.neg_();
#line 2335 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_neg_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_neg_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_neg_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_pow_scalar_(int64_t input, double exponent, int64_t exponent_int, int32_t exponent_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_pow_scalar_(int64_t input_, double exponent_, int64_t exponent_int, int32_t exponent_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar exponent = sffi::scalar_arg(exponent_, exponent_int, exponent_kind, "exponent");
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_pow_scalar_"
        input.pow_(exponent);
#line 2354 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_pow_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_pow_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_pow_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_masked_fill_scalar_(int64_t input, int64_t mask, double value, int64_t value_int, int32_t value_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_masked_fill_scalar_(int64_t input_, int64_t mask_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mask] = sffi::tensor_args<2>({input_, mask_}, {"input", "mask"});
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::ExclusiveCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_masked_fill_scalar_"
        input.masked_fill_(mask, value);
#line 2373 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_masked_fill_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_masked_fill_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_masked_fill_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_floor_divide_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_floor_divide_scalar_(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_floor_divide_scalar_"
        input.floor_divide_(other);
#line 2392 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_floor_divide_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_floor_divide_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_floor_divide_scalar_");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_softshrink(int64_t input, double lambd, int64_t lambd_int, int32_t lambd_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_softshrink(int64_t input_, double lambd_, int64_t lambd_int, int32_t lambd_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar lambd = sffi::scalar_arg(lambd_, lambd_int, lambd_kind, "lambd");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_softshrink"
        return sffi::new_tensor(at::softshrink(input, lambd));
#line 2411 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_softshrink");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_softshrink");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_softshrink");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_hardshrink(int64_t input, double lambd, int64_t lambd_int, int32_t lambd_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_hardshrink(int64_t input_, double lambd_, int64_t lambd_int, int32_t lambd_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar lambd = sffi::scalar_arg(lambd_, lambd_int, lambd_kind, "lambd");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_hardshrink"
        return sffi::new_tensor(at::hardshrink(input, lambd));
#line 2433 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_hardshrink");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_hardshrink");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_hardshrink");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_softmin(int64_t input, int64_t dim, bool dim_present, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_softmin(int64_t input_, int64_t dim_, bool dim_present, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_softmin"
        return sffi::new_tensor(at::softmax(at::neg(input), dim.has_value() ? *dim : ((input.dim() == 0 || input.dim() == 1 || input.dim() == 3) ? 0 : 1), dtype));
#line 2456 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_softmin");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_softmin");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_softmin");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_l1_loss(int64_t input, int64_t target, const char* reduction, int64_t weight) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_l1_loss(int64_t input_, int64_t target_, const char* reduction_, int64_t weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_nn_l1_loss"
        return sffi::new_tensor([&] {
    auto both = at::broadcast_tensors({input, target});
    if (!weight.has_value()) return at::l1_loss(both[0], both[1], sffi::reduction_arg(reduction));
    TORCH_CHECK_VALUE(weight->sizes() == input.sizes(), "Weights and input must have the same size.");
    auto losses = at::mul(at::abs(at::sub(both[0], both[1])), *weight);
    if (reduction == "none") return losses;
    if (reduction == "sum") return at::sum(losses);
    return at::div(at::sum(losses), at::sum(*weight));
}());
#line 2487 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_l1_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_l1_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_l1_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_soft_margin_loss(int64_t input, int64_t target, const char* reduction) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_soft_margin_loss(int64_t input_, int64_t target_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_nn_soft_margin_loss"
        return sffi::new_tensor(at::soft_margin_loss(input, target, sffi::reduction_arg(reduction)));
#line 2509 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_soft_margin_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_soft_margin_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_soft_margin_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_channel_shuffle(int64_t input, int64_t groups) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_channel_shuffle(int64_t input_, int64_t groups_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t groups = groups_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_channel_shuffle"
        return sffi::new_tensor(at::channel_shuffle(input, groups));
#line 2531 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_channel_shuffle");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_channel_shuffle");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_channel_shuffle");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_unpool2d(int64_t input, int64_t indices, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* output_size, int64_t output_size_len, bool output_size_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_max_unpool2d(int64_t input_, int64_t indices_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* output_size_, int64_t output_size_len, bool output_size_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, indices] = sffi::tensor_args<2>({input_, indices_}, {"input", "indices"});
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 2, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const at::OptionalIntArrayRef output_size = sffi::optional_array_arg(output_size_, output_size_len, output_size_present, "output_size");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_nn_max_unpool2d"
        return sffi::new_tensor([&] {
    const c10::IntArrayRef given = stride.value_or_empty();
    const std::vector<int64_t> step = given.empty() ? std::vector<int64_t>(kernel_size.begin(), kernel_size.end()) : given.vec();
    TORCH_CHECK_INDEX(kernel_size.size() == 2 && step.size() == 2 && padding.size() == 2,
                      "max_unpool2d: kernel_size, stride and padding need 2 values (or one for all)");
    std::vector<int64_t> size;
    for (int64_t d = 0; d < 2; ++d) {
        size.push_back((input.size(input.dim() - 2 + d) - 1) * step[d] + kernel_size[d] - 2 * padding[d]);
    }
    if (output_size.has_value()) {
        auto wanted = output_size->vec();
        if (wanted.size() == 4) wanted.erase(wanted.begin(), wanted.begin() + 2);
        TORCH_CHECK_VALUE(wanted.size() == 2, "output_size should be a sequence containing 2 or 4 elements, but it has a length of '",
                          output_size->size(), "'");
        for (int64_t d = 0; d < 2; ++d) {
            TORCH_CHECK_VALUE(size[d] - step[d] < wanted[d] && wanted[d] < size[d] + step[d], "invalid output_size \"", *output_size,
                              "\" (dim ", d, " must be between ", size[d] - step[d], " and ", size[d] + step[d], ")");
        }
        size = wanted;
    }
    return at::max_unpool2d(input, indices, size);
}());
#line 2577 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_unpool2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_unpool2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_unpool2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_embedding_bag(int64_t input, int64_t weight, int64_t offsets, double max_norm, bool max_norm_present, double norm_type, bool scale_grad_by_freq, const char* mode, bool sparse, int64_t per_sample_weights, bool include_last_offset, int64_t padding_idx, bool padding_idx_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_embedding_bag(int64_t input_, int64_t weight_, int64_t offsets_, double max_norm_, bool max_norm_present, double norm_type_, bool scale_grad_by_freq_, const char* mode_, bool sparse_, int64_t per_sample_weights_, bool include_last_offset_, int64_t padding_idx_, bool padding_idx_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> offsets = sffi::optional_tensor_arg(offsets_, "offsets");
        const std::optional<double> max_norm = sffi::optional_arg(max_norm_, max_norm_present);
        const double norm_type = norm_type_;
        const bool scale_grad_by_freq = scale_grad_by_freq_;
        const std::string_view mode = sffi::enum_arg(mode_, "mode", {"sum", "mean", "max"}, sffi::Code::value);
        const bool sparse = sparse_;
        const std::optional<at::Tensor> per_sample_weights = sffi::optional_tensor_arg(per_sample_weights_, "per_sample_weights");
        const bool include_last_offset = include_last_offset_;
        const std::optional<int64_t> padding_idx = sffi::optional_arg(padding_idx_, padding_idx_present);
        const sffi::SharedCall call_lock;
#line 17 "spec/torch_api.yaml@rt_torch_nn_embedding_bag"
        return sffi::new_tensor([&] {
    at::Tensor indices = input, table = weight;
    if (table.scalar_type() == at::kLong && indices.is_floating_point()) std::swap(indices, table);  // F's legacy argument order
    std::optional<at::Tensor> bag_offsets = offsets, sample_weights = per_sample_weights;
    bool last_offset = include_last_offset;
    TORCH_CHECK_VALUE(!sample_weights.has_value() || sample_weights->sizes() == indices.sizes(), "embedding_bag: If per_sample_weights (",
                      sample_weights.has_value() ? sample_weights->sizes() : c10::IntArrayRef(), ") is not None, then it must have the same shape as the input (",
                      indices.sizes(), ")");
    TORCH_CHECK_VALUE(table.dim() == 2, "weight has to be a 2D Tensor, but got Tensor of dimension ", table.dim());
    if (indices.dim() == 2) {
        TORCH_CHECK_VALUE(!bag_offsets.has_value(), "if input is 2D, then offsets has to be None, as input is treated is a mini-batch of fixed length sequences.");
        bag_offsets = at::arange(0, indices.numel(), indices.size(1), indices.options());
        last_offset = false;
        indices = indices.reshape(-1);
        if (sample_weights.has_value()) sample_weights = sample_weights->reshape(-1);
    } else if (indices.dim() == 1) {
        TORCH_CHECK_VALUE(bag_offsets.has_value(), "offsets has to be a 1D Tensor but got None");
        TORCH_CHECK_VALUE(bag_offsets->dim() == 1, "offsets has to be a 1D Tensor");
    } else {
        TORCH_CHECK_VALUE(false, "input has to be 1D or 2D Tensor, but got Tensor of dimension ", indices.dim());
    }
    const int64_t mode_code = mode == "sum" ? 0 : mode == "mean" ? 1 : 2;
    TORCH_CHECK_VALUE(!(mode_code == 2 && scale_grad_by_freq), "max mode does not support scaling the gradient by the frequency");
    TORCH_CHECK_VALUE(!(mode_code == 2 && sparse), "max mode does not support sparse weights");
    if (max_norm.has_value()) {  // F renormalises the looked-up rows of weight, in place, outside autograd
        table.detach().copy_(at::embedding_renorm(table.detach(), indices.contiguous(), *max_norm, norm_type));
    }
    TORCH_CHECK_NOT_IMPLEMENTED(!sample_weights.has_value() || mode_code == 0,
                                "embedding_bag: per_sample_weights was not None. per_sample_weights is only supported for mode='sum' (got mode='",
                                mode, "'). Please open a feature request on GitHub.");
    return std::get<0>(at::embedding_bag(table, indices, *bag_offsets, scale_grad_by_freq, mode_code, sparse, sample_weights, last_offset, padding_idx));
}());
#line 2638 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_embedding_bag");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_embedding_bag");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_embedding_bag");
        return 0;
    }
}

}  // extern "C"
