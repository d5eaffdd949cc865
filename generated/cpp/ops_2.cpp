// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Unit 2 of 8: 104 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("spec/torch_api.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/add.h>)
#include <ATen/ops/add.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_multilabel_soft_margin_loss"
#error "binds calls at::add, which this ATen does not have (no <ATen/ops/add.h>)"
#endif
#if __has_include(<ATen/ops/addmv.h>)
#include <ATen/ops/addmv.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_addmv"
#error "binds calls at::addmv, which this ATen does not have (no <ATen/ops/addmv.h>)"
#endif
#if __has_include(<ATen/ops/addr.h>)
#include <ATen/ops/addr.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_addr"
#error "binds calls at::addr, which this ATen does not have (no <ATen/ops/addr.h>)"
#endif
#if __has_include(<ATen/ops/allclose.h>)
#include <ATen/ops/allclose.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_allclose"
#error "binds calls at::allclose, which this ATen does not have (no <ATen/ops/allclose.h>)"
#endif
#if __has_include(<ATen/ops/alpha_dropout.h>)
#include <ATen/ops/alpha_dropout.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_nn_alpha_dropout"
#error "binds calls at::alpha_dropout, which this ATen does not have (no <ATen/ops/alpha_dropout.h>)"
#endif
#if __has_include(<ATen/ops/arange.h>)
#include <ATen/ops/arange.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_tensor_arange"
#error "binds calls at::arange, which this ATen does not have (no <ATen/ops/arange.h>)"
#endif
#if __has_include(<ATen/ops/atan.h>)
#include <ATen/ops/atan.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_atan"
#error "binds calls at::atan, which this ATen does not have (no <ATen/ops/atan.h>)"
#endif
#if __has_include(<ATen/ops/avg_pool2d.h>)
#include <ATen/ops/avg_pool2d.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_nn_avg_pool2d"
#error "binds calls at::avg_pool2d, which this ATen does not have (no <ATen/ops/avg_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/avg_pool3d.h>)
#include <ATen/ops/avg_pool3d.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_local_response_norm"
#error "binds calls at::avg_pool3d, which this ATen does not have (no <ATen/ops/avg_pool3d.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_left_shift.h>)
#include <ATen/ops/bitwise_left_shift.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_left_shift_tensor"
#error "binds calls at::bitwise_left_shift, which this ATen does not have (no <ATen/ops/bitwise_left_shift.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_or.h>)
#include <ATen/ops/bitwise_or.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_tensor_bitwise_or_scalar_tensor"
#error "binds calls at::bitwise_or, which this ATen does not have (no <ATen/ops/bitwise_or.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_right_shift.h>)
#include <ATen/ops/bitwise_right_shift.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_tensor_bitwise_right_shift_scalar_tensor"
#error "binds calls at::bitwise_right_shift, which this ATen does not have (no <ATen/ops/bitwise_right_shift.h>)"
#endif
#if __has_include(<ATen/ops/clamp_min.h>)
#include <ATen/ops/clamp_min.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_clamp_min_tensor"
#error "binds calls at::clamp_min, which this ATen does not have (no <ATen/ops/clamp_min.h>)"
#endif
#if __has_include(<ATen/ops/clone.h>)
#include <ATen/ops/clone.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_clone"
#error "binds calls at::clone, which this ATen does not have (no <ATen/ops/clone.h>)"
#endif
#if __has_include(<ATen/ops/complex.h>)
#include <ATen/ops/complex.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_complex"
#error "binds calls at::complex, which this ATen does not have (no <ATen/ops/complex.h>)"
#endif
#if __has_include(<ATen/ops/constant_pad_nd.h>)
#include <ATen/ops/constant_pad_nd.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_local_response_norm"
#error "binds calls at::constant_pad_nd, which this ATen does not have (no <ATen/ops/constant_pad_nd.h>)"
#endif
#if __has_include(<ATen/ops/cumulative_trapezoid.h>)
#include <ATen/ops/cumulative_trapezoid.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_cumulative_trapezoid_x"
#error "binds calls at::cumulative_trapezoid, which this ATen does not have (no <ATen/ops/cumulative_trapezoid.h>)"
#endif
#if __has_include(<ATen/ops/diag.h>)
#include <ATen/ops/diag.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_diag"
#error "binds calls at::diag, which this ATen does not have (no <ATen/ops/diag.h>)"
#endif
#if __has_include(<ATen/ops/diagonal_scatter.h>)
#include <ATen/ops/diagonal_scatter.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_diagonal_scatter"
#error "binds calls at::diagonal_scatter, which this ATen does not have (no <ATen/ops/diagonal_scatter.h>)"
#endif
#if __has_include(<ATen/ops/div.h>)
#include <ATen/ops/div.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_multilabel_soft_margin_loss"
#error "binds calls at::div, which this ATen does not have (no <ATen/ops/div.h>)"
#endif
#if __has_include(<ATen/ops/equal.h>)
#include <ATen/ops/equal.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_equal"
#error "binds calls at::equal, which this ATen does not have (no <ATen/ops/equal.h>)"
#endif
#if __has_include(<ATen/ops/floor.h>)
#include <ATen/ops/floor.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_floor"
#error "binds calls at::floor, which this ATen does not have (no <ATen/ops/floor.h>)"
#endif
#if __has_include(<ATen/ops/floor_divide.h>)
#include <ATen/ops/floor_divide.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_floor_divide"
#error "binds calls at::floor_divide, which this ATen does not have (no <ATen/ops/floor_divide.h>)"
#endif
#if __has_include(<ATen/ops/hardswish.h>)
#include <ATen/ops/hardswish.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_nn_hardswish"
#error "binds calls at::hardswish, which this ATen does not have (no <ATen/ops/hardswish.h>)"
#endif
#if __has_include(<ATen/ops/hardtanh.h>)
#include <ATen/ops/hardtanh.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_hardtanh"
#error "binds calls at::hardtanh, which this ATen does not have (no <ATen/ops/hardtanh.h>)"
#endif
#if __has_include(<ATen/ops/hsplit.h>)
#include <ATen/ops/hsplit.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_hsplit_int"
#error "binds calls at::hsplit, which this ATen does not have (no <ATen/ops/hsplit.h>)"
#endif
#if __has_include(<ATen/ops/isclose.h>)
#include <ATen/ops/isclose.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_isclose"
#error "binds calls at::isclose, which this ATen does not have (no <ATen/ops/isclose.h>)"
#endif
#if __has_include(<ATen/ops/isfinite.h>)
#include <ATen/ops/isfinite.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_isfinite"
#error "binds calls at::isfinite, which this ATen does not have (no <ATen/ops/isfinite.h>)"
#endif
#if __has_include(<ATen/ops/isin.h>)
#include <ATen/ops/isin.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_isin_tensor_tensor"
#error "binds calls at::isin, which this ATen does not have (no <ATen/ops/isin.h>)"
#endif
#if __has_include(<ATen/ops/isneginf.h>)
#include <ATen/ops/isneginf.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_isneginf"
#error "binds calls at::isneginf, which this ATen does not have (no <ATen/ops/isneginf.h>)"
#endif
#if __has_include(<ATen/ops/kron.h>)
#include <ATen/ops/kron.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_kron"
#error "binds calls at::kron, which this ATen does not have (no <ATen/ops/kron.h>)"
#endif
#if __has_include(<ATen/ops/le.h>)
#include <ATen/ops/le.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_le_tensor"
#error "binds calls at::le, which this ATen does not have (no <ATen/ops/le.h>)"
#endif
#if __has_include(<ATen/ops/linalg_cholesky.h>)
#include <ATen/ops/linalg_cholesky.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_cholesky"
#error "binds calls at::linalg_cholesky, which this ATen does not have (no <ATen/ops/linalg_cholesky.h>)"
#endif
#if __has_include(<ATen/ops/linalg_ldl_factor_ex.h>)
#include <ATen/ops/linalg_ldl_factor_ex.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_ldl_factor_ex"
#error "binds calls at::linalg_ldl_factor_ex, which this ATen does not have (no <ATen/ops/linalg_ldl_factor_ex.h>)"
#endif
#if __has_include(<ATen/ops/linalg_matrix_norm.h>)
#include <ATen/ops/linalg_matrix_norm.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_matrix_norm_str_ord"
#error "binds calls at::linalg_matrix_norm, which this ATen does not have (no <ATen/ops/linalg_matrix_norm.h>)"
#endif
#if __has_include(<ATen/ops/linalg_solve.h>)
#include <ATen/ops/linalg_solve.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_solve"
#error "binds calls at::linalg_solve, which this ATen does not have (no <ATen/ops/linalg_solve.h>)"
#endif
#if __has_include(<ATen/ops/linalg_solve_triangular.h>)
#include <ATen/ops/linalg_solve_triangular.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_solve_triangular"
#error "binds calls at::linalg_solve_triangular, which this ATen does not have (no <ATen/ops/linalg_solve_triangular.h>)"
#endif
#if __has_include(<ATen/ops/linalg_vander.h>)
#include <ATen/ops/linalg_vander.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_vander"
#error "binds calls at::linalg_vander, which this ATen does not have (no <ATen/ops/linalg_vander.h>)"
#endif
#if __has_include(<ATen/ops/linalg_vector_norm.h>)
#include <ATen/ops/linalg_vector_norm.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_norm"
#error "binds calls at::linalg_vector_norm, which this ATen does not have (no <ATen/ops/linalg_vector_norm.h>)"
#endif
#if __has_include(<ATen/ops/linear.h>)
#include <ATen/ops/linear.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_nn_linear_v2"
#error "binds calls at::linear, which this ATen does not have (no <ATen/ops/linear.h>)"
#endif
#if __has_include(<ATen/ops/log2.h>)
#include <ATen/ops/log2.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_log2"
#error "binds calls at::log2, which this ATen does not have (no <ATen/ops/log2.h>)"
#endif
#if __has_include(<ATen/ops/log_sigmoid.h>)
#include <ATen/ops/log_sigmoid.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_multilabel_soft_margin_loss"
#error "binds calls at::log_sigmoid, which this ATen does not have (no <ATen/ops/log_sigmoid.h>)"
#endif
#if __has_include(<ATen/ops/logdet.h>)
#include <ATen/ops/logdet.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_logdet"
#error "binds calls at::logdet, which this ATen does not have (no <ATen/ops/logdet.h>)"
#endif
#if __has_include(<ATen/ops/masked_scatter.h>)
#include <ATen/ops/masked_scatter.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_masked_scatter"
#error "binds calls at::masked_scatter, which this ATen does not have (no <ATen/ops/masked_scatter.h>)"
#endif
#if __has_include(<ATen/ops/max_pool3d.h>)
#include <ATen/ops/max_pool3d.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_max_pool3d"
#error "binds calls at::max_pool3d, which this ATen does not have (no <ATen/ops/max_pool3d.h>)"
#endif
#if __has_include(<ATen/ops/mean.h>)
#include <ATen/ops/mean.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_mean_dim"
#error "binds calls at::mean, which this ATen does not have (no <ATen/ops/mean.h>)"
#endif
#if __has_include(<ATen/ops/min.h>)
#include <ATen/ops/min.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_min"
#error "binds calls at::min, which this ATen does not have (no <ATen/ops/min.h>)"
#endif
#if __has_include(<ATen/ops/movedim.h>)
#include <ATen/ops/movedim.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_movedim_int"
#error "binds calls at::movedim, which this ATen does not have (no <ATen/ops/movedim.h>)"
#endif
#if __has_include(<ATen/ops/mul.h>)
#include <ATen/ops/mul.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mul_tensor"
#error "binds calls at::mul, which this ATen does not have (no <ATen/ops/mul.h>)"
#endif
#if __has_include(<ATen/ops/multilabel_margin_loss.h>)
#include <ATen/ops/multilabel_margin_loss.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_nn_multilabel_margin_loss"
#error "binds calls at::multilabel_margin_loss, which this ATen does not have (no <ATen/ops/multilabel_margin_loss.h>)"
#endif
#if __has_include(<ATen/ops/mv.h>)
#include <ATen/ops/mv.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mv"
#error "binds calls at::mv, which this ATen does not have (no <ATen/ops/mv.h>)"
#endif
#if __has_include(<ATen/ops/nanmean.h>)
#include <ATen/ops/nanmean.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_nanmean"
#error "binds calls at::nanmean, which this ATen does not have (no <ATen/ops/nanmean.h>)"
#endif
#if __has_include(<ATen/ops/nanmedian.h>)
#include <ATen/ops/nanmedian.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_nanmedian_dim"
#error "binds calls at::nanmedian, which this ATen does not have (no <ATen/ops/nanmedian.h>)"
#endif
#if __has_include(<ATen/ops/nansum.h>)
#include <ATen/ops/nansum.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_nansum"
#error "binds calls at::nansum, which this ATen does not have (no <ATen/ops/nansum.h>)"
#endif
#if __has_include(<ATen/ops/neg.h>)
#include <ATen/ops/neg.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_multilabel_soft_margin_loss"
#error "binds calls at::neg, which this ATen does not have (no <ATen/ops/neg.h>)"
#endif
#if __has_include(<ATen/ops/nll_loss_nd.h>)
#include <ATen/ops/nll_loss_nd.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_nll_loss_v2"
#error "binds calls at::nll_loss_nd, which this ATen does not have (no <ATen/ops/nll_loss_nd.h>)"
#endif
#if __has_include(<ATen/ops/nonzero.h>)
#include <ATen/ops/nonzero.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_nonzero"
#error "binds calls at::nonzero, which this ATen does not have (no <ATen/ops/nonzero.h>)"
#endif
#if __has_include(<ATen/ops/norm.h>)
#include <ATen/ops/norm.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_nn_normalize"
#error "binds calls at::norm, which this ATen does not have (no <ATen/ops/norm.h>)"
#endif
#if __has_include(<ATen/ops/normal.h>)
#include <ATen/ops/normal.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_normal_tensor_tensor"
#error "binds calls at::normal, which this ATen does not have (no <ATen/ops/normal.h>)"
#endif
#if __has_include(<ATen/ops/pad.h>)
#include <ATen/ops/pad.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_nn_pad"
#error "binds calls at::pad, which this ATen does not have (no <ATen/ops/pad.h>)"
#endif
#if __has_include(<ATen/ops/pairwise_distance.h>)
#include <ATen/ops/pairwise_distance.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_pairwise_distance"
#error "binds calls at::pairwise_distance, which this ATen does not have (no <ATen/ops/pairwise_distance.h>)"
#endif
#if __has_include(<ATen/ops/pixel_unshuffle.h>)
#include <ATen/ops/pixel_unshuffle.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_pixel_unshuffle"
#error "binds calls at::pixel_unshuffle, which this ATen does not have (no <ATen/ops/pixel_unshuffle.h>)"
#endif
#if __has_include(<ATen/ops/pow.h>)
#include <ATen/ops/pow.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_pow"
#error "binds calls at::pow, which this ATen does not have (no <ATen/ops/pow.h>)"
#endif
#if __has_include(<ATen/ops/prod.h>)
#include <ATen/ops/prod.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_prod"
#error "binds calls at::prod, which this ATen does not have (no <ATen/ops/prod.h>)"
#endif
#if __has_include(<ATen/ops/randint.h>)
#include <ATen/ops/randint.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_tensor_randint"
#error "binds calls at::randint, which this ATen does not have (no <ATen/ops/randint.h>)"
#endif
#if __has_include(<ATen/ops/ravel.h>)
#include <ATen/ops/ravel.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_ravel"
#error "binds calls at::ravel, which this ATen does not have (no <ATen/ops/ravel.h>)"
#endif
#if __has_include(<ATen/ops/reciprocal.h>)
#include <ATen/ops/reciprocal.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_reciprocal"
#error "binds calls at::reciprocal, which this ATen does not have (no <ATen/ops/reciprocal.h>)"
#endif
#if __has_include(<ATen/ops/relu6.h>)
#include <ATen/ops/relu6.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_relu6"
#error "binds calls at::relu6, which this ATen does not have (no <ATen/ops/relu6.h>)"
#endif
#if __has_include(<ATen/ops/remainder.h>)
#include <ATen/ops/remainder.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_remainder_tensor"
#error "binds calls at::remainder, which this ATen does not have (no <ATen/ops/remainder.h>)"
#endif
#if __has_include(<ATen/ops/repeat_interleave.h>)
#include <ATen/ops/repeat_interleave.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_repeat_interleave_self_int"
#error "binds calls at::repeat_interleave, which this ATen does not have (no <ATen/ops/repeat_interleave.h>)"
#endif
#if __has_include(<ATen/ops/reshape.h>)
#include <ATen/ops/reshape.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_reshape"
#error "binds calls at::reshape, which this ATen does not have (no <ATen/ops/reshape.h>)"
#endif
#if __has_include(<ATen/ops/result_type.h>)
#include <ATen/ops/result_type.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_result_type_tensor"
#error "binds calls at::result_type, which this ATen does not have (no <ATen/ops/result_type.h>)"
#endif
#if __has_include(<ATen/ops/round.h>)
#include <ATen/ops/round.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_round_decimals"
#error "binds calls at::round, which this ATen does not have (no <ATen/ops/round.h>)"
#endif
#if __has_include(<ATen/ops/rsub.h>)
#include <ATen/ops/rsub.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_rsub_scalar"
#error "binds calls at::rsub, which this ATen does not have (no <ATen/ops/rsub.h>)"
#endif
#if __has_include(<ATen/ops/scalar_tensor.h>)
#include <ATen/ops/scalar_tensor.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_tensor_scalar_tensor"
#error "binds calls at::scalar_tensor, which this ATen does not have (no <ATen/ops/scalar_tensor.h>)"
#endif
#if __has_include(<ATen/ops/scatter.h>)
#include <ATen/ops/scatter.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_scatter_value"
#error "binds calls at::scatter, which this ATen does not have (no <ATen/ops/scatter.h>)"
#endif
#if __has_include(<ATen/ops/selu.h>)
#include <ATen/ops/selu.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_selu"
#error "binds calls at::selu, which this ATen does not have (no <ATen/ops/selu.h>)"
#endif
#if __has_include(<ATen/ops/signbit.h>)
#include <ATen/ops/signbit.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_signbit"
#error "binds calls at::signbit, which this ATen does not have (no <ATen/ops/signbit.h>)"
#endif
#if __has_include(<ATen/ops/sinc.h>)
#include <ATen/ops/sinc.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sinc"
#error "binds calls at::sinc, which this ATen does not have (no <ATen/ops/sinc.h>)"
#endif
#if __has_include(<ATen/ops/split.h>)
#include <ATen/ops/split.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_split_sizes"
#error "binds calls at::split, which this ATen does not have (no <ATen/ops/split.h>)"
#endif
#if __has_include(<ATen/ops/stack.h>)
#include <ATen/ops/stack.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_stack"
#error "binds calls at::stack, which this ATen does not have (no <ATen/ops/stack.h>)"
#endif
#if __has_include(<ATen/ops/std_mean.h>)
#include <ATen/ops/std_mean.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_std_mean_dim"
#error "binds calls at::std_mean, which this ATen does not have (no <ATen/ops/std_mean.h>)"
#endif
#if __has_include(<ATen/ops/sum.h>)
#include <ATen/ops/sum.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sum"
#error "binds calls at::sum, which this ATen does not have (no <ATen/ops/sum.h>)"
#endif
#if __has_include(<ATen/ops/true_divide.h>)
#include <ATen/ops/true_divide.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_true_divide_scalar"
#error "binds calls at::true_divide, which this ATen does not have (no <ATen/ops/true_divide.h>)"
#endif
#if __has_include(<ATen/ops/var.h>)
#include <ATen/ops/var.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_var"
#error "binds calls at::var, which this ATen does not have (no <ATen/ops/var.h>)"
#endif
#if __has_include(<ATen/ops/xlogy.h>)
#include <ATen/ops/xlogy.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_xlogy_tensor"
#error "binds calls at::xlogy, which this ATen does not have (no <ATen/ops/xlogy.h>)"
#endif

extern "C" {

RT_TORCH_API bool rt_torch_available(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_available(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_available"
        return sffi::to_bool(sffi::torch_available());
#line 535 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_tensor_arange(double start, double end, double step) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_arange(double start_, double end_, double step_) noexcept {
    sffi::begin_call();
    try {
        const double start = start_;
        const double end = end_;
        const double step = step_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_tensor_arange"
        return sffi::new_tensor(at::arange(start, end, step));
#line 558 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_pow(int64_t handle, double exponent) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_pow(int64_t handle_, double exponent_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double exponent = exponent_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_pow"
        return sffi::new_tensor(at::pow(handle, exponent));
#line 580 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_torchtensor_norm(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_torchtensor_norm(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_norm"
        return sffi::to_f64(at::linalg_vector_norm(handle));
#line 601 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_torchtensor_sum(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_torchtensor_sum(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sum"
        return sffi::to_f64(at::sum(handle));
#line 622 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_mean_dim(int64_t handle, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_mean_dim(int64_t handle_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_mean_dim"
        return sffi::new_tensor(at::mean(handle, at::IntArrayRef(dim), keepdim));
#line 645 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_torchtensor_min(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_torchtensor_min(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_min"
        return sffi::to_f64(at::min(handle));
#line 666 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_min_dim(int64_t handle, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_min_dim(int64_t handle_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_min_dim"
        return sffi::new_tensor(std::get<0>(at::min(handle, dim, keepdim)));
#line 689 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_torchtensor_var(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_torchtensor_var(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_var"
        return sffi::to_f64(at::var(handle));
#line 710 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_reshape(int64_t handle, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_reshape(int64_t handle_, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_reshape"
        return sffi::new_tensor(at::reshape(handle, dims));
#line 732 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_reshape");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_reshape");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_reshape");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_contiguous(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_contiguous(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_contiguous"
        return sffi::new_tensor(handle.contiguous());
#line 753 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_contiguous");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_contiguous");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_contiguous");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_stack(const int64_t* tensors, int64_t tensors_len, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_stack(const int64_t* tensors_, int64_t tensors_len, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_stack"
        return sffi::new_tensor(at::stack(tensors, dim));
#line 775 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_stack");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_stack");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_stack");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_avg_pool2d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_avg_pool2d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef kernel_size = sffi::array_arg(kernel_size_, kernel_size_len, "kernel_size");
        const at::IntArrayRef stride = sffi::array_arg(stride_, stride_len, "stride");
        const at::IntArrayRef padding = sffi::array_arg(padding_, padding_len, "padding");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_nn_avg_pool2d"
        return sffi::new_tensor(at::avg_pool2d(input, kernel_size, stride, padding));
#line 799 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_avg_pool2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_avg_pool2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_avg_pool2d");
        return 0;
    }
}

RT_TORCH_API void rt_torch_autograd_zero_grad(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_zero_grad(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::ExclusiveCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_autograd_zero_grad"
        sffi::zero_grad(handle);
#line 820 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_zero_grad");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_zero_grad");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_zero_grad");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clone(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_clone(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_clone"
        return sffi::new_tensor(at::clone(handle));
#line 838 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clone");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clone");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clone");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_cuda_memory_allocated(int32_t device_id) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_cuda_memory_allocated(int32_t device_id_) noexcept {
    sffi::begin_call();
    try {
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_cuda_memory_allocated"
        return sffi::to_i64(sffi::cuda_memory_allocated(device_id));
#line 859 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_cuda_memory_allocated");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_cuda_memory_allocated");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_cuda_memory_allocated");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_stride_int(int64_t input, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_stride_int(int64_t input_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_stride_int"
        return sffi::to_i64(input.stride(dim));
#line 881 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_stride_int");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_stride_int");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_stride_int");
        return -1;
    }
}

RT_TORCH_API bool rt_torch_torchtensor_is_contiguous(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_torchtensor_is_contiguous(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view memory_format = sffi::enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_is_contiguous"
        return sffi::to_bool(input.is_contiguous(sffi::memory_format_arg(memory_format)));
#line 903 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_is_contiguous");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_is_contiguous");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_is_contiguous");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_from_i64(const int64_t* data, int64_t data_len, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_from_i64(const int64_t* data_, int64_t data_len, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef data = sffi::array_arg(data_, data_len, "data");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_from_i64"
        return sffi::new_tensor(sffi::from_data(data, dims));
#line 925 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype(int64_t handle, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype(int64_t handle_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const at::ScalarType dtype = sffi::dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_to_dtype"
        return sffi::new_tensor(handle.to(dtype));
#line 947 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_dtype");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_dtype");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_dtype");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_add_scalar_v2_(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_add_scalar_v2_(int64_t input_, double other_, int64_t other_int, int32_t other_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::ExclusiveCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_add_scalar_v2_"
        input.add_(other, alpha);
#line 970 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_v2_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_v2_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_scalar_v2_");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_rsub_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_rsub_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_rsub_scalar"
        return sffi::new_tensor(at::rsub(input, other, alpha));
#line 990 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_reciprocal(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_reciprocal(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_reciprocal"
        return sffi::new_tensor(at::reciprocal(input));
#line 1011 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_mul_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_mul_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mul_tensor"
        return sffi::new_tensor(at::mul(input, other));
#line 1032 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_min_other(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_min_other(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_min_other"
        return sffi::new_tensor(at::min(input, other));
#line 1053 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_linear_v2(int64_t input, int64_t weight, int64_t bias) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_linear_v2(int64_t input_, int64_t weight_, int64_t bias_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_nn_linear_v2"
        return sffi::new_tensor(at::linear(input, weight, bias));
#line 1075 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_linear_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_linear_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_linear_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_binary_cross_entropy_v2(int64_t input, int64_t target, int64_t weight, const char* reduction) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_binary_cross_entropy_v2(int64_t input_, int64_t target_, int64_t weight_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_nn_binary_cross_entropy_v2"
        return sffi::new_tensor(sffi::binary_cross_entropy(input, target, weight, reduction));
#line 1098 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_binary_cross_entropy_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_binary_cross_entropy_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_binary_cross_entropy_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_nll_loss_v2(int64_t input, int64_t target, int64_t weight, int64_t ignore_index, const char* reduction) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_nll_loss_v2(int64_t input_, int64_t target_, int64_t weight_, int64_t ignore_index_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const int64_t ignore_index = ignore_index_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_nn_nll_loss_v2"
        return sffi::new_tensor(at::nll_loss_nd(input, target, weight, sffi::reduction_arg(reduction), ignore_index));
#line 1122 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_nll_loss_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_nll_loss_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_nll_loss_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_complex(int64_t real, int64_t imag) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_complex(int64_t real_, int64_t imag_) noexcept {
    sffi::begin_call();
    try {
        const auto [real, imag] = sffi::tensor_args<2>({real_, imag_}, {"real", "imag"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_complex"
        return sffi::new_tensor(at::complex(real, imag));
#line 1143 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_complex");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_complex");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_complex");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_other(int64_t input, int64_t other, bool non_blocking, bool copy, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_to_other(int64_t input_, int64_t other_, bool non_blocking_, bool copy_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const bool non_blocking = non_blocking_;
        const bool copy = copy_;
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_to_other"
        return sffi::new_tensor(input.to(other, non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 1167 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_other");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_other");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_other");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clone_v2(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_clone_v2(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_clone_v2"
        return sffi::new_tensor(at::clone(input, sffi::memory_format_arg(memory_format)));
#line 1189 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clone_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clone_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clone_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_contiguous_v2(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_contiguous_v2(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view memory_format = sffi::enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_contiguous_v2"
        return sffi::new_tensor(input.contiguous(sffi::memory_format_arg(memory_format)));
#line 1211 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_contiguous_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_contiguous_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_contiguous_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_prod(int64_t input, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_prod(int64_t input_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_prod"
        return sffi::new_tensor(at::prod(input, dtype));
#line 1233 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_nansum(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_nansum(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_nansum"
        return sffi::new_tensor(at::nansum(input, dim, keepdim, dtype));
#line 1257 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_nanmean(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_nanmean(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_nanmean"
        return sffi::new_tensor(at::nanmean(input, dim, keepdim, dtype));
#line 1281 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_nanmedian_dim(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_nanmedian_dim(int64_t input_, int64_t dim_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_nanmedian_dim"
        return sffi::write_tensors(out, out_capacity, at::nanmedian(input, dim, keepdim));
#line 1304 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_std_mean_dim(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool unbiased, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_std_mean_dim(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool unbiased_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool unbiased = unbiased_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_std_mean_dim"
        return sffi::write_tensors(out, out_capacity, at::std_mean(input, dim, unbiased, keepdim));
#line 1328 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_repeat_interleave_self_int(int64_t input, int64_t repeats, int64_t dim, bool dim_present, int64_t output_size, bool output_size_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_repeat_interleave_self_int(int64_t input_, int64_t repeats_, int64_t dim_, bool dim_present, int64_t output_size_, bool output_size_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t repeats = repeats_;
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const std::optional<int64_t> output_size = sffi::optional_arg(output_size_, output_size_present);
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_repeat_interleave_self_int"
        return sffi::new_tensor(at::repeat_interleave(input, repeats, dim, output_size));
#line 1352 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_repeat_interleave_self_int");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_repeat_interleave_self_int");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_repeat_interleave_self_int");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_movedim_int(int64_t input, int64_t source, int64_t destination) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_movedim_int(int64_t input_, int64_t source_, int64_t destination_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t source = source_;
        const int64_t destination = destination_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_movedim_int"
        return sffi::new_tensor(at::movedim(input, source, destination));
#line 1375 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_movedim_int");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_movedim_int");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_movedim_int");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_split_sizes(int64_t input, const int64_t* split_size, int64_t split_size_len, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_split_sizes(int64_t input_, const int64_t* split_size_, int64_t split_size_len, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef split_size = sffi::array_arg(split_size_, split_size_len, "split_size");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_split_sizes"
        return sffi::write_tensors(out, out_capacity, at::split(input, split_size, dim));
#line 1398 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_split_sizes");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_split_sizes");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_split_sizes");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_hsplit_int(int64_t input, int64_t sections, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_hsplit_int(int64_t input_, int64_t sections_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t sections = sections_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_hsplit_int"
        return sffi::write_tensors(out, out_capacity, at::hsplit(input, sections));
#line 1420 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_hsplit_int");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_hsplit_int");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_hsplit_int");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ravel(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_ravel(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_ravel"
        return sffi::new_tensor(at::ravel(input));
#line 1441 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ravel");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ravel");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ravel");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_diag(int64_t input, int64_t diagonal) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_diag(int64_t input_, int64_t diagonal_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t diagonal = diagonal_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_diag"
        return sffi::new_tensor(at::diag(input, diagonal));
#line 1463 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_diag");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_diag");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_diag");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_kron(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_kron(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_kron"
        return sffi::new_tensor(at::kron(input, other));
#line 1484 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_kron");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_kron");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_kron");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_reshape_as(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_reshape_as(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_reshape_as"
        return sffi::new_tensor(input.reshape_as(other));
#line 1505 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_reshape_as");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_reshape_as");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_reshape_as");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_value(int64_t input, int64_t dim, int64_t index, double value, int64_t value_int, int32_t value_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_scatter_value(int64_t input_, int64_t dim_, int64_t index_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index] = sffi::tensor_args<2>({input_, index_}, {"input", "index"});
        const int64_t dim = dim_;
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_scatter_value"
        return sffi::new_tensor(at::scatter(input, dim, index, value));
#line 1528 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_scatter_value");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_scatter_value");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_scatter_value");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nonzero(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_nonzero(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_nonzero"
        return sffi::new_tensor(at::nonzero(input));
#line 1549 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nonzero");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nonzero");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nonzero");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_diagonal_scatter(int64_t input, int64_t src, int64_t offset, int64_t dim1, int64_t dim2) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_diagonal_scatter(int64_t input_, int64_t src_, int64_t offset_, int64_t dim1_, int64_t dim2_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, src] = sffi::tensor_args<2>({input_, src_}, {"input", "src"});
        const int64_t offset = offset_;
        const int64_t dim1 = dim1_;
        const int64_t dim2 = dim2_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_diagonal_scatter"
        return sffi::new_tensor(at::diagonal_scatter(input, src, offset, dim1, dim2));
#line 1573 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_diagonal_scatter");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_diagonal_scatter");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_diagonal_scatter");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_randint(int64_t high, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_randint(int64_t high_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t high = high_;
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_tensor_randint"
        return sffi::new_tensor(at::randint(high, size, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1597 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_randint");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_randint");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_randint");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_normal_tensor_tensor(int64_t mean, int64_t std_arg) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_normal_tensor_tensor(int64_t mean_, int64_t std_arg_) noexcept {
    sffi::begin_call();
    try {
        const auto [mean, std_arg] = sffi::tensor_args<2>({mean_, std_arg_}, {"mean", "std_arg"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_normal_tensor_tensor"
        return sffi::new_tensor(at::normal(mean, std_arg));
#line 1618 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_normal_tensor_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_normal_tensor_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_normal_tensor_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_scalar_tensor(double s, int64_t s_int, int32_t s_kind, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_scalar_tensor(double s_, int64_t s_int, int32_t s_kind, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar s = sffi::scalar_arg(s_, s_int, s_kind, "s");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_tensor_scalar_tensor"
        return sffi::new_tensor(at::scalar_tensor(s, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1641 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_new_zeros(int64_t input, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_new_zeros(int64_t input_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_new_zeros"
        return sffi::new_tensor(input.new_zeros(size, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1665 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_new_zeros");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_new_zeros");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_new_zeros");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mv(int64_t input, int64_t vec) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_mv(int64_t input_, int64_t vec_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, vec] = sffi::tensor_args<2>({input_, vec_}, {"input", "vec"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mv"
        return sffi::new_tensor(at::mv(input, vec));
#line 1686 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mv");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mv");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mv");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_addmv(int64_t input, int64_t mat, int64_t vec, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_addmv(int64_t input_, int64_t mat_, int64_t vec_, double beta_, int64_t beta_int, int32_t beta_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mat, vec] = sffi::tensor_args<3>({input_, mat_, vec_}, {"input", "mat", "vec"});
        const c10::Scalar beta = sffi::scalar_arg(beta_, beta_int, beta_kind, "beta");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_addmv"
        return sffi::new_tensor(at::addmv(input, mat, vec, beta, alpha));
#line 1709 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addmv");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addmv");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addmv");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_addr(int64_t input, int64_t vec1, int64_t vec2, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_addr(int64_t input_, int64_t vec1_, int64_t vec2_, double beta_, int64_t beta_int, int32_t beta_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, vec1, vec2] = sffi::tensor_args<3>({input_, vec1_, vec2_}, {"input", "vec1", "vec2"});
        const c10::Scalar beta = sffi::scalar_arg(beta_, beta_int, beta_kind, "beta");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_addr"
        return sffi::new_tensor(at::addr(input, vec1, vec2, beta, alpha));
#line 1732 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addr");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addr");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addr");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logdet(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_logdet(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_logdet"
        return sffi::new_tensor(at::logdet(input));
#line 1753 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logdet");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logdet");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logdet");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cumulative_trapezoid_x(int64_t y, int64_t x, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cumulative_trapezoid_x(int64_t y_, int64_t x_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const auto [y, x] = sffi::tensor_args<2>({y_, x_}, {"y", "x"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_cumulative_trapezoid_x"
        return sffi::new_tensor(at::cumulative_trapezoid(y, x, dim));
#line 1775 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cumulative_trapezoid_x");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cumulative_trapezoid_x");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cumulative_trapezoid_x");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cholesky(int64_t input, bool upper) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cholesky(int64_t input_, bool upper_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool upper = upper_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_cholesky"
        return sffi::new_tensor(at::linalg_cholesky(input, upper));
#line 1797 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_cholesky");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_cholesky");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_cholesky");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_ldl_factor_ex(int64_t input, bool hermitian, bool check_errors, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_ldl_factor_ex(int64_t input_, bool hermitian_, bool check_errors_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool hermitian = hermitian_;
        const bool check_errors = check_errors_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_ldl_factor_ex"
        return sffi::write_tensors(out, out_capacity, at::linalg_ldl_factor_ex(input, hermitian, check_errors));
#line 1820 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_ldl_factor_ex");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_ldl_factor_ex");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_ldl_factor_ex");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_norm_str_ord(int64_t input, const char* ord, const int64_t* dim, int64_t dim_len, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_norm_str_ord(int64_t input_, const char* ord_, const int64_t* dim_, int64_t dim_len, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view ord = sffi::text_arg(ord_, "ord");
        const at::IntArrayRef dim = sffi::array_arg(dim_, dim_len, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_matrix_norm_str_ord"
        return sffi::new_tensor(at::linalg_matrix_norm(input, ord, dim, keepdim, dtype));
#line 1845 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_norm_str_ord");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_norm_str_ord");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_matrix_norm_str_ord");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_vander(int64_t x, int64_t n, bool n_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_vander(int64_t x_, int64_t n_, bool n_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor x = sffi::tensor_arg(x_, "x");
        const std::optional<int64_t> n = sffi::optional_arg(n_, n_present);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_vander"
        return sffi::new_tensor(at::linalg_vander(x, n));
#line 1867 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_vander");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_vander");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_vander");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_solve(int64_t a, int64_t b, bool left) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_solve(int64_t a_, int64_t b_, bool left_) noexcept {
    sffi::begin_call();
    try {
        const auto [a, b] = sffi::tensor_args<2>({a_, b_}, {"a", "b"});
        const bool left = left_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_solve"
        return sffi::new_tensor(at::linalg_solve(a, b, left));
#line 1889 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_solve");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_solve");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_solve");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_solve_triangular(int64_t input, int64_t b, bool upper, bool left, bool unitriangular) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_solve_triangular(int64_t input_, int64_t b_, bool upper_, bool left_, bool unitriangular_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, b] = sffi::tensor_args<2>({input_, b_}, {"input", "b"});
        const bool upper = upper_;
        const bool left = left_;
        const bool unitriangular = unitriangular_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_solve_triangular"
        return sffi::new_tensor(at::linalg_solve_triangular(input, b, upper, left, unitriangular));
#line 1913 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_solve_triangular");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_solve_triangular");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_solve_triangular");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_atan(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_atan(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_atan"
        return sffi::new_tensor(at::atan(input));
#line 1934 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_atan");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_atan");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_atan");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_floor(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_floor(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_floor"
        return sffi::new_tensor(at::floor(input));
#line 1955 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_floor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_floor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_floor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_round_decimals(int64_t input, int64_t decimals) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_round_decimals(int64_t input_, int64_t decimals_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t decimals = decimals_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_round_decimals"
        return sffi::new_tensor(at::round(input, decimals));
#line 1977 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_round_decimals");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_round_decimals");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_round_decimals");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_signbit(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_signbit(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_signbit"
        return sffi::new_tensor(at::signbit(input));
#line 1998 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_signbit");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_signbit");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_signbit");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sinc(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_sinc(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sinc"
        return sffi::new_tensor(at::sinc(input));
#line 2019 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sinc");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sinc");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sinc");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_log2(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_log2(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_log2"
        return sffi::new_tensor(at::log2(input));
#line 2040 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_log2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_log2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_log2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_xlogy_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_xlogy_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_xlogy_tensor"
        return sffi::new_tensor(at::xlogy(input, other));
#line 2061 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_xlogy_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_xlogy_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_xlogy_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_remainder_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_remainder_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_remainder_tensor"
        return sffi::new_tensor(at::remainder(input, other));
#line 2082 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_remainder_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_remainder_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_remainder_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_floor_divide(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_floor_divide(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_floor_divide"
        return sffi::new_tensor(at::floor_divide(input, other));
#line 2103 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_floor_divide");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_floor_divide");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_floor_divide");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_true_divide_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_true_divide_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_true_divide_scalar"
        return sffi::new_tensor(at::true_divide(input, other));
#line 2125 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_true_divide_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_true_divide_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_true_divide_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clamp_min_tensor(int64_t input, int64_t min) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_clamp_min_tensor(int64_t input_, int64_t min_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, min] = sffi::tensor_args<2>({input_, min_}, {"input", "min"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_clamp_min_tensor"
        return sffi::new_tensor(at::clamp_min(input, min));
#line 2146 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clamp_min_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clamp_min_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clamp_min_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_le_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_le_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_le_tensor"
        return sffi::new_tensor(at::le(input, other));
#line 2167 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_le_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_le_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_le_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_le_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_le_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_le_scalar"
        return sffi::new_tensor(at::le(input, other));
#line 2189 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_le_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_le_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_le_scalar");
        return 0;
    }
}

RT_TORCH_API bool rt_torch_torchtensor_equal(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_torchtensor_equal(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_equal"
        return sffi::to_bool(at::equal(input, other));
#line 2210 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_equal");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_equal");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_equal");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isclose(int64_t input, int64_t other, double rtol, double atol, bool equal_nan) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_isclose(int64_t input_, int64_t other_, double rtol_, double atol_, bool equal_nan_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const double rtol = rtol_;
        const double atol = atol_;
        const bool equal_nan = equal_nan_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_isclose"
        return sffi::new_tensor(at::isclose(input, other, rtol, atol, equal_nan));
#line 2234 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isclose");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isclose");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isclose");
        return 0;
    }
}

RT_TORCH_API bool rt_torch_torchtensor_allclose(int64_t input, int64_t other, double rtol, double atol, bool equal_nan) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_torchtensor_allclose(int64_t input_, int64_t other_, double rtol_, double atol_, bool equal_nan_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const double rtol = rtol_;
        const double atol = atol_;
        const bool equal_nan = equal_nan_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_allclose"
        return sffi::to_bool(at::allclose(input, other, rtol, atol, equal_nan));
#line 2258 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_allclose");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_allclose");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_allclose");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isfinite(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_isfinite(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_isfinite"
        return sffi::new_tensor(at::isfinite(input));
#line 2279 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isfinite");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isfinite");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isfinite");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isneginf(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_isneginf(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_isneginf"
        return sffi::new_tensor(at::isneginf(input));
#line 2300 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isneginf");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isneginf");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isneginf");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_bitwise_or_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_bitwise_or_scalar_tensor(double input_, int64_t input_int, int32_t input_kind, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor other = sffi::tensor_arg(other_, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_bitwise_or_scalar_tensor"
        return sffi::new_tensor(at::bitwise_or(input, other));
#line 2322 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_bitwise_or_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_bitwise_or_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_bitwise_or_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_left_shift_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_left_shift_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_left_shift_tensor"
        return sffi::new_tensor(at::bitwise_left_shift(input, other));
#line 2343 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_left_shift_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_left_shift_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_left_shift_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_bitwise_right_shift_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_bitwise_right_shift_scalar_tensor(double input_, int64_t input_int, int32_t input_kind, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor other = sffi::tensor_arg(other_, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_bitwise_right_shift_scalar_tensor"
        return sffi::new_tensor(at::bitwise_right_shift(input, other));
#line 2365 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_bitwise_right_shift_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_bitwise_right_shift_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_bitwise_right_shift_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isin_tensor_tensor(int64_t elements, int64_t test_elements, bool assume_unique, bool invert) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_isin_tensor_tensor(int64_t elements_, int64_t test_elements_, bool assume_unique_, bool invert_) noexcept {
    sffi::begin_call();
    try {
        const auto [elements, test_elements] = sffi::tensor_args<2>({elements_, test_elements_}, {"elements", "test_elements"});
        const bool assume_unique = assume_unique_;
        const bool invert = invert_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_isin_tensor_tensor"
        return sffi::new_tensor(at::isin(elements, test_elements, assume_unique, invert));
#line 2388 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isin_tensor_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isin_tensor_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isin_tensor_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_isin_scalar_tensor(double element, int64_t element_int, int32_t element_kind, int64_t test_elements, bool assume_unique, bool invert) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_isin_scalar_tensor(double element_, int64_t element_int, int32_t element_kind, int64_t test_elements_, bool assume_unique_, bool invert_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar element = sffi::scalar_arg(element_, element_int, element_kind, "element");
        const at::Tensor test_elements = sffi::tensor_arg(test_elements_, "test_elements");
        const bool assume_unique = assume_unique_;
        const bool invert = invert_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_tensor_isin_scalar_tensor"
        return sffi::new_tensor(at::isin(element, test_elements, assume_unique, invert));
#line 2412 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_isin_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_isin_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_isin_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_masked_scatter(int64_t input, int64_t mask, int64_t source) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_masked_scatter(int64_t input_, int64_t mask_, int64_t source_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mask, source] = sffi::tensor_args<3>({input_, mask_, source_}, {"input", "mask", "source"});
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_masked_scatter"
        return sffi::new_tensor(at::masked_scatter(input, mask, source));
#line 2433 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_masked_scatter");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_masked_scatter");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_masked_scatter");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_fill_tensor_(int64_t input, int64_t value) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_fill_tensor_(int64_t input_, int64_t value_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, value] = sffi::tensor_args<2>({input_, value_}, {"input", "value"});
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_fill_tensor_"
        input.fill_(value);
#line 2454 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_fill_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_fill_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_fill_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_clamp_(int64_t input, double min, int64_t min_int, int32_t min_kind, double max, int64_t max_int, int32_t max_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_clamp_(int64_t input_, double min_, int64_t min_int, int32_t min_kind, double max_, int64_t max_int, int32_t max_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<c10::Scalar> min = sffi::optional_scalar_arg(min_, min_int, min_kind, "min");
        const std::optional<c10::Scalar> max = sffi::optional_scalar_arg(max_, max_int, max_kind, "max");
        const sffi::ExclusiveCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_clamp_"
        input.clamp_(min, max);
#line 2474 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clamp_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clamp_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clamp_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_bitwise_xor_tensor_(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_bitwise_xor_tensor_(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_xor_tensor_"
        input.bitwise_xor_(other);
#line 2492 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_xor_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_xor_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_xor_tensor_");
    }
}

RT_TORCH_API int32_t rt_torch_torchtensor_result_type_tensor(int64_t tensor, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_torchtensor_result_type_tensor(int64_t tensor_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [tensor, other] = sffi::tensor_args<2>({tensor_, other_}, {"tensor", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_result_type_tensor"
        return sffi::dtype_result(at::result_type(tensor, other));
#line 2510 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_result_type_tensor");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_result_type_tensor");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_result_type_tensor");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_nn_hardswish(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_hardswish(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_nn_hardswish"
        return sffi::new_tensor(at::hardswish(input));
#line 2531 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_hardswish");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_hardswish");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_hardswish");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_selu(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_selu(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_selu"
        return sffi::new_tensor(at::selu(input));
#line 2552 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_selu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_selu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_selu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_hardtanh(int64_t input, double min_val, int64_t min_val_int, int32_t min_val_kind, double max_val, int64_t max_val_int, int32_t max_val_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_hardtanh(int64_t input_, double min_val_, int64_t min_val_int, int32_t min_val_kind, double max_val_, int64_t max_val_int, int32_t max_val_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar min_val = sffi::scalar_arg(min_val_, min_val_int, min_val_kind, "min_val");
        const c10::Scalar max_val = sffi::scalar_arg(max_val_, max_val_int, max_val_kind, "max_val");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_hardtanh"
        return sffi::new_tensor([&] {
    TORCH_CHECK_VALUE(!(min_val.toDouble() > max_val.toDouble()), "min_val cannot be greater than max_val");
    return at::hardtanh(input, min_val, max_val);
}());
#line 2578 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_hardtanh");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_hardtanh");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_hardtanh");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_relu6(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_relu6(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_relu6"
        return sffi::new_tensor(at::relu6(input));
#line 2599 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_relu6");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_relu6");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_relu6");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_multilabel_margin_loss(int64_t input, int64_t target, const char* reduction) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_multilabel_margin_loss(int64_t input_, int64_t target_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_nn_multilabel_margin_loss"
        return sffi::new_tensor(at::multilabel_margin_loss(input, target, sffi::reduction_arg(reduction)));
#line 2621 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_multilabel_margin_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_multilabel_margin_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_multilabel_margin_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_multilabel_soft_margin_loss(int64_t input, int64_t target, int64_t weight, const char* reduction) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_multilabel_soft_margin_loss(int64_t input_, int64_t target_, int64_t weight_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_nn_multilabel_soft_margin_loss"
        return sffi::new_tensor([&] {
    auto losses = at::neg(at::add(at::mul(target, at::log_sigmoid(input)), at::mul(at::rsub(target, 1), at::log_sigmoid(at::neg(input)))));
    if (weight.has_value()) losses = at::mul(losses, *weight);
    const int64_t class_dim = input.dim() - 1;
    losses = at::div(at::sum(losses, c10::IntArrayRef{class_dim}), input.size(class_dim));
    if (reduction == "none") return losses;
    if (reduction == "mean") return at::mean(losses);
    return at::sum(losses);
}());
#line 2652 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_multilabel_soft_margin_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_multilabel_soft_margin_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_multilabel_soft_margin_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool3d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_max_pool3d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, bool ceil_mode_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 3, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 3, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 3, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 3, "dilation");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_nn_max_pool3d"
        return sffi::new_tensor(at::max_pool3d(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 2678 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool3d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_local_response_norm(int64_t input, int64_t size, double alpha, double beta, double k) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_local_response_norm(int64_t input_, int64_t size_, double alpha_, double beta_, double k_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t size = size_;
        const double alpha = alpha_;
        const double beta = beta_;
        const double k = k_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_nn_local_response_norm"
        return sffi::new_tensor([&] {
    const int64_t dim = input.dim();
    TORCH_CHECK_VALUE(dim >= 3, "Expected 3D or higher dimensionality input (got ", dim, " dimensions)");
    if (input.numel() == 0) return input;
    auto div = at::mul(input, input);
    if (dim == 3) {
        div = at::constant_pad_nd(div.unsqueeze(1), {0, 0, size / 2, (size - 1) / 2});
        div = at::avg_pool2d(div, {size, 1}, {1, 1}).squeeze(1);
    } else {
        auto sizes = input.sizes().vec();
        div = div.view({sizes[0], 1, sizes[1], sizes[2], -1});
        div = at::constant_pad_nd(div, {0, 0, 0, 0, size / 2, (size - 1) / 2});
        div = at::avg_pool3d(div, {size, 1, 1}, {1, 1, 1}).squeeze(1).view(sizes);
    }
    div = at::pow(at::add(at::mul(div, alpha), k), beta);
    return at::div(input, div);
}());
#line 2719 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_local_response_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_local_response_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_local_response_norm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_normalize(int64_t input, double p, int64_t dim, double eps) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_normalize(int64_t input_, double p_, int64_t dim_, double eps_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const int64_t dim = dim_;
        const double eps = eps_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_nn_normalize"
        return sffi::new_tensor(at::div(input, at::clamp_min(at::norm(input, std::optional<c10::Scalar>(p), c10::IntArrayRef{dim}, true), eps).expand_as(input)));
#line 2743 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_normalize");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_normalize");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_normalize");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_pad(int64_t input, const int64_t* pad, int64_t pad_len, const char* mode, double value, bool value_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_pad(int64_t input_, const int64_t* pad_, int64_t pad_len, const char* mode_, double value_, bool value_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef pad = sffi::array_arg(pad_, pad_len, "pad");
        const std::string_view mode = sffi::enum_arg(mode_, "mode", {"constant", "reflect", "replicate", "circular"}, sffi::Code::other);
        const std::optional<double> value = sffi::optional_arg(value_, value_present);
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_nn_pad"
        return sffi::new_tensor(at::pad(input, pad, mode, value));
#line 2767 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_pad");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_pad");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_pad");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_pairwise_distance(int64_t x1, int64_t x2, double p, double eps, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_pairwise_distance(int64_t x1_, int64_t x2_, double p_, double eps_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const auto [x1, x2] = sffi::tensor_args<2>({x1_, x2_}, {"x1", "x2"});
        const double p = p_;
        const double eps = eps_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_nn_pairwise_distance"
        return sffi::new_tensor(at::pairwise_distance(x1, x2, p, eps, keepdim));
#line 2791 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_pairwise_distance");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_pairwise_distance");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_pairwise_distance");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_pixel_unshuffle(int64_t input, int64_t downscale_factor) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_pixel_unshuffle(int64_t input_, int64_t downscale_factor_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t downscale_factor = downscale_factor_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_pixel_unshuffle"
        return sffi::new_tensor(at::pixel_unshuffle(input, downscale_factor));
#line 2813 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_pixel_unshuffle");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_pixel_unshuffle");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_pixel_unshuffle");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_alpha_dropout(int64_t input, double p, bool training) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_alpha_dropout(int64_t input_, double p_, bool training_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const bool training = training_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_nn_alpha_dropout"
        return sffi::new_tensor([&] {
    TORCH_CHECK_VALUE(p >= 0.0 && p <= 1.0, "dropout probability has to be between 0 and 1, but got ", p);
    return at::alpha_dropout(input, p, training);
}());
#line 2839 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_alpha_dropout");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_alpha_dropout");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_alpha_dropout");
        return 0;
    }
}

}  // extern "C"
