// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Library Information, Tensor Creation, Element-wise Arithmetic, Activation Functions, Linear Algebra: 185 function(s) of the C ABI (see torch_sffi.h).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/abs.h>)
#include <ATen/ops/abs.h>
#else
#line 360 "spec/torch_api.yaml"
#error "binds calls at::abs, which this ATen does not have (no <ATen/ops/abs.h>)"
#endif
#if __has_include(<ATen/ops/add.h>)
#include <ATen/ops/add.h>
#else
#line 290 "spec/torch_api.yaml"
#error "binds calls at::add, which this ATen does not have (no <ATen/ops/add.h>)"
#endif
#if __has_include(<ATen/ops/addbmm.h>)
#include <ATen/ops/addbmm.h>
#else
#line 5618 "spec/torch_api.yaml"
#error "binds calls at::addbmm, which this ATen does not have (no <ATen/ops/addbmm.h>)"
#endif
#if __has_include(<ATen/ops/addmm.h>)
#include <ATen/ops/addmm.h>
#else
#line 5584 "spec/torch_api.yaml"
#error "binds calls at::addmm, which this ATen does not have (no <ATen/ops/addmm.h>)"
#endif
#if __has_include(<ATen/ops/addmv.h>)
#include <ATen/ops/addmv.h>
#else
#line 5601 "spec/torch_api.yaml"
#error "binds calls at::addmv, which this ATen does not have (no <ATen/ops/addmv.h>)"
#endif
#if __has_include(<ATen/ops/addr.h>)
#include <ATen/ops/addr.h>
#else
#line 5652 "spec/torch_api.yaml"
#error "binds calls at::addr, which this ATen does not have (no <ATen/ops/addr.h>)"
#endif
#if __has_include(<ATen/ops/arange.h>)
#include <ATen/ops/arange.h>
#else
#line 242 "spec/torch_api.yaml"
#error "binds calls at::arange, which this ATen does not have (no <ATen/ops/arange.h>)"
#endif
#if __has_include(<ATen/ops/baddbmm.h>)
#include <ATen/ops/baddbmm.h>
#else
#line 5635 "spec/torch_api.yaml"
#error "binds calls at::baddbmm, which this ATen does not have (no <ATen/ops/baddbmm.h>)"
#endif
#if __has_include(<ATen/ops/bernoulli.h>)
#include <ATen/ops/bernoulli.h>
#else
#line 5169 "spec/torch_api.yaml"
#error "binds calls at::bernoulli, which this ATen does not have (no <ATen/ops/bernoulli.h>)"
#endif
#if __has_include(<ATen/ops/bmm.h>)
#include <ATen/ops/bmm.h>
#else
#line 5554 "spec/torch_api.yaml"
#error "binds calls at::bmm, which this ATen does not have (no <ATen/ops/bmm.h>)"
#endif
#if __has_include(<ATen/ops/cdist.h>)
#include <ATen/ops/cdist.h>
#else
#line 5749 "spec/torch_api.yaml"
#error "binds calls at::cdist, which this ATen does not have (no <ATen/ops/cdist.h>)"
#endif
#if __has_include(<ATen/ops/cholesky.h>)
#include <ATen/ops/cholesky.h>
#else
#line 5800 "spec/torch_api.yaml"
#error "binds calls at::cholesky, which this ATen does not have (no <ATen/ops/cholesky.h>)"
#endif
#if __has_include(<ATen/ops/cholesky_inverse.h>)
#include <ATen/ops/cholesky_inverse.h>
#else
#line 5814 "spec/torch_api.yaml"
#error "binds calls at::cholesky_inverse, which this ATen does not have (no <ATen/ops/cholesky_inverse.h>)"
#endif
#if __has_include(<ATen/ops/cholesky_solve.h>)
#include <ATen/ops/cholesky_solve.h>
#else
#line 5828 "spec/torch_api.yaml"
#error "binds calls at::cholesky_solve, which this ATen does not have (no <ATen/ops/cholesky_solve.h>)"
#endif
#if __has_include(<ATen/ops/cross.h>)
#include <ATen/ops/cross.h>
#else
#line 5705 "spec/torch_api.yaml"
#error "binds calls at::cross, which this ATen does not have (no <ATen/ops/cross.h>)"
#endif
#if __has_include(<ATen/ops/dist.h>)
#include <ATen/ops/dist.h>
#else
#line 5734 "spec/torch_api.yaml"
#error "binds calls at::dist, which this ATen does not have (no <ATen/ops/dist.h>)"
#endif
#if __has_include(<ATen/ops/div.h>)
#include <ATen/ops/div.h>
#else
#line 326 "spec/torch_api.yaml"
#error "binds calls at::div, which this ATen does not have (no <ATen/ops/div.h>)"
#endif
#if __has_include(<ATen/ops/dot.h>)
#include <ATen/ops/dot.h>
#else
#line 517 "spec/torch_api.yaml"
#error "binds calls at::dot, which this ATen does not have (no <ATen/ops/dot.h>)"
#endif
#if __has_include(<ATen/ops/einsum.h>)
#include <ATen/ops/einsum.h>
#else
#line 5720 "spec/torch_api.yaml"
#error "binds calls at::einsum, which this ATen does not have (no <ATen/ops/einsum.h>)"
#endif
#if __has_include(<ATen/ops/empty.h>)
#include <ATen/ops/empty.h>
#else
#line 277 "spec/torch_api.yaml"
#error "binds calls at::empty, which this ATen does not have (no <ATen/ops/empty.h>)"
#endif
#if __has_include(<ATen/ops/empty_like.h>)
#include <ATen/ops/empty_like.h>
#else
#line 4979 "spec/torch_api.yaml"
#error "binds calls at::empty_like, which this ATen does not have (no <ATen/ops/empty_like.h>)"
#endif
#if __has_include(<ATen/ops/empty_strided.h>)
#include <ATen/ops/empty_strided.h>
#else
#line 5280 "spec/torch_api.yaml"
#error "binds calls at::empty_strided, which this ATen does not have (no <ATen/ops/empty_strided.h>)"
#endif
#if __has_include(<ATen/ops/exp.h>)
#include <ATen/ops/exp.h>
#else
#line 381 "spec/torch_api.yaml"
#error "binds calls at::exp, which this ATen does not have (no <ATen/ops/exp.h>)"
#endif
#if __has_include(<ATen/ops/eye.h>)
#include <ATen/ops/eye.h>
#else
#line 266 "spec/torch_api.yaml"
#error "binds calls at::eye, which this ATen does not have (no <ATen/ops/eye.h>)"
#endif
#if __has_include(<ATen/ops/full.h>)
#include <ATen/ops/full.h>
#else
#line 217 "spec/torch_api.yaml"
#error "binds calls at::full, which this ATen does not have (no <ATen/ops/full.h>)"
#endif
#if __has_include(<ATen/ops/full_like.h>)
#include <ATen/ops/full_like.h>
#else
#line 4996 "spec/torch_api.yaml"
#error "binds calls at::full_like, which this ATen does not have (no <ATen/ops/full_like.h>)"
#endif
#if __has_include(<ATen/ops/gelu.h>)
#include <ATen/ops/gelu.h>
#else
#line 468 "spec/torch_api.yaml"
#error "binds calls at::gelu, which this ATen does not have (no <ATen/ops/gelu.h>)"
#endif
#if __has_include(<ATen/ops/geqrf.h>)
#include <ATen/ops/geqrf.h>
#else
#line 5928 "spec/torch_api.yaml"
#error "binds calls at::geqrf, which this ATen does not have (no <ATen/ops/geqrf.h>)"
#endif
#if __has_include(<ATen/ops/inner.h>)
#include <ATen/ops/inner.h>
#else
#line 5691 "spec/torch_api.yaml"
#error "binds calls at::inner, which this ATen does not have (no <ATen/ops/inner.h>)"
#endif
#if __has_include(<ATen/ops/leaky_relu.h>)
#include <ATen/ops/leaky_relu.h>
#else
#line 458 "spec/torch_api.yaml"
#error "binds calls at::leaky_relu, which this ATen does not have (no <ATen/ops/leaky_relu.h>)"
#endif
#if __has_include(<ATen/ops/linalg_cholesky.h>)
#include <ATen/ops/linalg_cholesky.h>
#else
#line 6115 "spec/torch_api.yaml"
#error "binds calls at::linalg_cholesky, which this ATen does not have (no <ATen/ops/linalg_cholesky.h>)"
#endif
#if __has_include(<ATen/ops/linalg_cholesky_ex.h>)
#include <ATen/ops/linalg_cholesky_ex.h>
#else
#line 6132 "spec/torch_api.yaml"
#error "binds calls at::linalg_cholesky_ex, which this ATen does not have (no <ATen/ops/linalg_cholesky_ex.h>)"
#endif
#if __has_include(<ATen/ops/linalg_cond.h>)
#include <ATen/ops/linalg_cond.h>
#else
#line 6160 "spec/torch_api.yaml"
#error "binds calls at::linalg_cond, which this ATen does not have (no <ATen/ops/linalg_cond.h>)"
#endif
#if __has_include(<ATen/ops/linalg_cross.h>)
#include <ATen/ops/linalg_cross.h>
#else
#line 6085 "spec/torch_api.yaml"
#error "binds calls at::linalg_cross, which this ATen does not have (no <ATen/ops/linalg_cross.h>)"
#endif
#if __has_include(<ATen/ops/linalg_det.h>)
#include <ATen/ops/linalg_det.h>
#else
#line 560 "spec/torch_api.yaml"
#error "binds calls at::linalg_det, which this ATen does not have (no <ATen/ops/linalg_det.h>)"
#endif
#if __has_include(<ATen/ops/linalg_diagonal.h>)
#include <ATen/ops/linalg_diagonal.h>
#else
#line 6101 "spec/torch_api.yaml"
#error "binds calls at::linalg_diagonal, which this ATen does not have (no <ATen/ops/linalg_diagonal.h>)"
#endif
#if __has_include(<ATen/ops/linalg_eig.h>)
#include <ATen/ops/linalg_eig.h>
#else
#line 593 "spec/torch_api.yaml"
#error "binds calls at::linalg_eig, which this ATen does not have (no <ATen/ops/linalg_eig.h>)"
#endif
#if __has_include(<ATen/ops/linalg_eigh.h>)
#include <ATen/ops/linalg_eigh.h>
#else
#line 6200 "spec/torch_api.yaml"
#error "binds calls at::linalg_eigh, which this ATen does not have (no <ATen/ops/linalg_eigh.h>)"
#endif
#if __has_include(<ATen/ops/linalg_eigvals.h>)
#include <ATen/ops/linalg_eigvals.h>
#else
#line 6185 "spec/torch_api.yaml"
#error "binds calls at::linalg_eigvals, which this ATen does not have (no <ATen/ops/linalg_eigvals.h>)"
#endif
#if __has_include(<ATen/ops/linalg_eigvalsh.h>)
#include <ATen/ops/linalg_eigvalsh.h>
#else
#line 6213 "spec/torch_api.yaml"
#error "binds calls at::linalg_eigvalsh, which this ATen does not have (no <ATen/ops/linalg_eigvalsh.h>)"
#endif
#if __has_include(<ATen/ops/linalg_householder_product.h>)
#include <ATen/ops/linalg_householder_product.h>
#else
#line 6226 "spec/torch_api.yaml"
#error "binds calls at::linalg_householder_product, which this ATen does not have (no <ATen/ops/linalg_householder_product.h>)"
#endif
#if __has_include(<ATen/ops/linalg_inv.h>)
#include <ATen/ops/linalg_inv.h>
#else
#line 571 "spec/torch_api.yaml"
#error "binds calls at::linalg_inv, which this ATen does not have (no <ATen/ops/linalg_inv.h>)"
#endif
#if __has_include(<ATen/ops/linalg_inv_ex.h>)
#include <ATen/ops/linalg_inv_ex.h>
#else
#line 6518 "spec/torch_api.yaml"
#error "binds calls at::linalg_inv_ex, which this ATen does not have (no <ATen/ops/linalg_inv_ex.h>)"
#endif
#if __has_include(<ATen/ops/linalg_ldl_factor.h>)
#include <ATen/ops/linalg_ldl_factor.h>
#else
#line 6242 "spec/torch_api.yaml"
#error "binds calls at::linalg_ldl_factor, which this ATen does not have (no <ATen/ops/linalg_ldl_factor.h>)"
#endif
#if __has_include(<ATen/ops/linalg_ldl_factor_ex.h>)
#include <ATen/ops/linalg_ldl_factor_ex.h>
#else
#line 6260 "spec/torch_api.yaml"
#error "binds calls at::linalg_ldl_factor_ex, which this ATen does not have (no <ATen/ops/linalg_ldl_factor_ex.h>)"
#endif
#if __has_include(<ATen/ops/linalg_ldl_solve.h>)
#include <ATen/ops/linalg_ldl_solve.h>
#else
#line 6276 "spec/torch_api.yaml"
#error "binds calls at::linalg_ldl_solve, which this ATen does not have (no <ATen/ops/linalg_ldl_solve.h>)"
#endif
#if __has_include(<ATen/ops/linalg_lstsq.h>)
#include <ATen/ops/linalg_lstsq.h>
#else
#line 6296 "spec/torch_api.yaml"
#error "binds calls at::linalg_lstsq, which this ATen does not have (no <ATen/ops/linalg_lstsq.h>)"
#endif
#if __has_include(<ATen/ops/linalg_lu.h>)
#include <ATen/ops/linalg_lu.h>
#else
#line 6485 "spec/torch_api.yaml"
#error "binds calls at::linalg_lu, which this ATen does not have (no <ATen/ops/linalg_lu.h>)"
#endif
#if __has_include(<ATen/ops/linalg_lu_factor.h>)
#include <ATen/ops/linalg_lu_factor.h>
#else
#line 6450 "spec/torch_api.yaml"
#error "binds calls at::linalg_lu_factor, which this ATen does not have (no <ATen/ops/linalg_lu_factor.h>)"
#endif
#if __has_include(<ATen/ops/linalg_lu_factor_ex.h>)
#include <ATen/ops/linalg_lu_factor_ex.h>
#else
#line 6468 "spec/torch_api.yaml"
#error "binds calls at::linalg_lu_factor_ex, which this ATen does not have (no <ATen/ops/linalg_lu_factor_ex.h>)"
#endif
#if __has_include(<ATen/ops/linalg_lu_solve.h>)
#include <ATen/ops/linalg_lu_solve.h>
#else
#line 6502 "spec/torch_api.yaml"
#error "binds calls at::linalg_lu_solve, which this ATen does not have (no <ATen/ops/linalg_lu_solve.h>)"
#endif
#if __has_include(<ATen/ops/linalg_matrix_norm.h>)
#include <ATen/ops/linalg_matrix_norm.h>
#else
#line 6373 "spec/torch_api.yaml"
#error "binds calls at::linalg_matrix_norm, which this ATen does not have (no <ATen/ops/linalg_matrix_norm.h>)"
#endif
#if __has_include(<ATen/ops/linalg_matrix_power.h>)
#include <ATen/ops/linalg_matrix_power.h>
#else
#line 6309 "spec/torch_api.yaml"
#error "binds calls at::linalg_matrix_power, which this ATen does not have (no <ATen/ops/linalg_matrix_power.h>)"
#endif
#if __has_include(<ATen/ops/linalg_matrix_rank.h>)
#include <ATen/ops/linalg_matrix_rank.h>
#else
#line 6584 "spec/torch_api.yaml"
#error "binds calls at::linalg_matrix_rank, which this ATen does not have (no <ATen/ops/linalg_matrix_rank.h>)"
#endif
#if __has_include(<ATen/ops/linalg_multi_dot.h>)
#include <ATen/ops/linalg_multi_dot.h>
#else
#line 6322 "spec/torch_api.yaml"
#error "binds calls at::linalg_multi_dot, which this ATen does not have (no <ATen/ops/linalg_multi_dot.h>)"
#endif
#if __has_include(<ATen/ops/linalg_norm.h>)
#include <ATen/ops/linalg_norm.h>
#else
#line 6339 "spec/torch_api.yaml"
#error "binds calls at::linalg_norm, which this ATen does not have (no <ATen/ops/linalg_norm.h>)"
#endif
#if __has_include(<ATen/ops/linalg_pinv.h>)
#include <ATen/ops/linalg_pinv.h>
#else
#line 6644 "spec/torch_api.yaml"
#error "binds calls at::linalg_pinv, which this ATen does not have (no <ATen/ops/linalg_pinv.h>)"
#endif
#if __has_include(<ATen/ops/linalg_qr.h>)
#include <ATen/ops/linalg_qr.h>
#else
#line 6405 "spec/torch_api.yaml"
#error "binds calls at::linalg_qr, which this ATen does not have (no <ATen/ops/linalg_qr.h>)"
#endif
#if __has_include(<ATen/ops/linalg_slogdet.h>)
#include <ATen/ops/linalg_slogdet.h>
#else
#line 6419 "spec/torch_api.yaml"
#error "binds calls at::linalg_slogdet, which this ATen does not have (no <ATen/ops/linalg_slogdet.h>)"
#endif
#if __has_include(<ATen/ops/linalg_solve.h>)
#include <ATen/ops/linalg_solve.h>
#else
#line 6533 "spec/torch_api.yaml"
#error "binds calls at::linalg_solve, which this ATen does not have (no <ATen/ops/linalg_solve.h>)"
#endif
#if __has_include(<ATen/ops/linalg_solve_ex.h>)
#include <ATen/ops/linalg_solve_ex.h>
#else
#line 6551 "spec/torch_api.yaml"
#error "binds calls at::linalg_solve_ex, which this ATen does not have (no <ATen/ops/linalg_solve_ex.h>)"
#endif
#if __has_include(<ATen/ops/linalg_solve_triangular.h>)
#include <ATen/ops/linalg_solve_triangular.h>
#else
#line 6568 "spec/torch_api.yaml"
#error "binds calls at::linalg_solve_triangular, which this ATen does not have (no <ATen/ops/linalg_solve_triangular.h>)"
#endif
#if __has_include(<ATen/ops/linalg_svd.h>)
#include <ATen/ops/linalg_svd.h>
#else
#line 582 "spec/torch_api.yaml"
#error "binds calls at::linalg_svd, which this ATen does not have (no <ATen/ops/linalg_svd.h>)"
#endif
#if __has_include(<ATen/ops/linalg_svdvals.h>)
#include <ATen/ops/linalg_svdvals.h>
#else
#line 6702 "spec/torch_api.yaml"
#error "binds calls at::linalg_svdvals, which this ATen does not have (no <ATen/ops/linalg_svdvals.h>)"
#endif
#if __has_include(<ATen/ops/linalg_tensorinv.h>)
#include <ATen/ops/linalg_tensorinv.h>
#else
#line 6715 "spec/torch_api.yaml"
#error "binds calls at::linalg_tensorinv, which this ATen does not have (no <ATen/ops/linalg_tensorinv.h>)"
#endif
#if __has_include(<ATen/ops/linalg_tensorsolve.h>)
#include <ATen/ops/linalg_tensorsolve.h>
#else
#line 6729 "spec/torch_api.yaml"
#error "binds calls at::linalg_tensorsolve, which this ATen does not have (no <ATen/ops/linalg_tensorsolve.h>)"
#endif
#if __has_include(<ATen/ops/linalg_vander.h>)
#include <ATen/ops/linalg_vander.h>
#else
#line 6434 "spec/torch_api.yaml"
#error "binds calls at::linalg_vander, which this ATen does not have (no <ATen/ops/linalg_vander.h>)"
#endif
#if __has_include(<ATen/ops/linalg_vecdot.h>)
#include <ATen/ops/linalg_vecdot.h>
#else
#line 6147 "spec/torch_api.yaml"
#error "binds calls at::linalg_vecdot, which this ATen does not have (no <ATen/ops/linalg_vecdot.h>)"
#endif
#if __has_include(<ATen/ops/linalg_vector_norm.h>)
#include <ATen/ops/linalg_vector_norm.h>
#else
#line 549 "spec/torch_api.yaml"
#error "binds calls at::linalg_vector_norm, which this ATen does not have (no <ATen/ops/linalg_vector_norm.h>)"
#endif
#if __has_include(<ATen/ops/linspace.h>)
#include <ATen/ops/linspace.h>
#else
#line 255 "spec/torch_api.yaml"
#error "binds calls at::linspace, which this ATen does not have (no <ATen/ops/linspace.h>)"
#endif
#if __has_include(<ATen/ops/log.h>)
#include <ATen/ops/log.h>
#else
#line 391 "spec/torch_api.yaml"
#error "binds calls at::log, which this ATen does not have (no <ATen/ops/log.h>)"
#endif
#if __has_include(<ATen/ops/log_softmax.h>)
#include <ATen/ops/log_softmax.h>
#else
#line 492 "spec/torch_api.yaml"
#error "binds calls at::log_softmax, which this ATen does not have (no <ATen/ops/log_softmax.h>)"
#endif
#if __has_include(<ATen/ops/logdet.h>)
#include <ATen/ops/logdet.h>
#else
#line 5773 "spec/torch_api.yaml"
#error "binds calls at::logdet, which this ATen does not have (no <ATen/ops/logdet.h>)"
#endif
#if __has_include(<ATen/ops/logspace.h>)
#include <ATen/ops/logspace.h>
#else
#line 5215 "spec/torch_api.yaml"
#error "binds calls at::logspace, which this ATen does not have (no <ATen/ops/logspace.h>)"
#endif
#if __has_include(<ATen/ops/lu_solve.h>)
#include <ATen/ops/lu_solve.h>
#else
#line 5894 "spec/torch_api.yaml"
#error "binds calls at::lu_solve, which this ATen does not have (no <ATen/ops/lu_solve.h>)"
#endif
#if __has_include(<ATen/ops/lu_unpack.h>)
#include <ATen/ops/lu_unpack.h>
#else
#line 5880 "spec/torch_api.yaml"
#error "binds calls at::lu_unpack, which this ATen does not have (no <ATen/ops/lu_unpack.h>)"
#endif
#if __has_include(<ATen/ops/matmul.h>)
#include <ATen/ops/matmul.h>
#else
#line 505 "spec/torch_api.yaml"
#error "binds calls at::matmul, which this ATen does not have (no <ATen/ops/matmul.h>)"
#endif
#if __has_include(<ATen/ops/matrix_exp.h>)
#include <ATen/ops/matrix_exp.h>
#else
#line 5761 "spec/torch_api.yaml"
#error "binds calls at::matrix_exp, which this ATen does not have (no <ATen/ops/matrix_exp.h>)"
#endif
#if __has_include(<ATen/ops/maximum.h>)
#include <ATen/ops/maximum.h>
#else
#line 1761 "spec/torch_api.yaml"
#error "binds calls at::maximum, which this ATen does not have (no <ATen/ops/maximum.h>)"
#endif
#if __has_include(<ATen/ops/mm.h>)
#include <ATen/ops/mm.h>
#else
#line 5541 "spec/torch_api.yaml"
#error "binds calls at::mm, which this ATen does not have (no <ATen/ops/mm.h>)"
#endif
#if __has_include(<ATen/ops/mul.h>)
#include <ATen/ops/mul.h>
#else
#line 314 "spec/torch_api.yaml"
#error "binds calls at::mul, which this ATen does not have (no <ATen/ops/mul.h>)"
#endif
#if __has_include(<ATen/ops/multinomial.h>)
#include <ATen/ops/multinomial.h>
#else
#line 5197 "spec/torch_api.yaml"
#error "binds calls at::multinomial, which this ATen does not have (no <ATen/ops/multinomial.h>)"
#endif
#if __has_include(<ATen/ops/mv.h>)
#include <ATen/ops/mv.h>
#else
#line 5567 "spec/torch_api.yaml"
#error "binds calls at::mv, which this ATen does not have (no <ATen/ops/mv.h>)"
#endif
#if __has_include(<ATen/ops/neg.h>)
#include <ATen/ops/neg.h>
#else
#line 349 "spec/torch_api.yaml"
#error "binds calls at::neg, which this ATen does not have (no <ATen/ops/neg.h>)"
#endif
#if __has_include(<ATen/ops/normal.h>)
#include <ATen/ops/normal.h>
#else
#line 5111 "spec/torch_api.yaml"
#error "binds calls at::normal, which this ATen does not have (no <ATen/ops/normal.h>)"
#endif
#if __has_include(<ATen/ops/ones.h>)
#include <ATen/ops/ones.h>
#else
#line 183 "spec/torch_api.yaml"
#error "binds calls at::ones, which this ATen does not have (no <ATen/ops/ones.h>)"
#endif
#if __has_include(<ATen/ops/ones_like.h>)
#include <ATen/ops/ones_like.h>
#else
#line 4963 "spec/torch_api.yaml"
#error "binds calls at::ones_like, which this ATen does not have (no <ATen/ops/ones_like.h>)"
#endif
#if __has_include(<ATen/ops/ormqr.h>)
#include <ATen/ops/ormqr.h>
#else
#line 5944 "spec/torch_api.yaml"
#error "binds calls at::ormqr, which this ATen does not have (no <ATen/ops/ormqr.h>)"
#endif
#if __has_include(<ATen/ops/outer.h>)
#include <ATen/ops/outer.h>
#else
#line 5678 "spec/torch_api.yaml"
#error "binds calls at::outer, which this ATen does not have (no <ATen/ops/outer.h>)"
#endif
#if __has_include(<ATen/ops/pinverse.h>)
#include <ATen/ops/pinverse.h>
#else
#line 5786 "spec/torch_api.yaml"
#error "binds calls at::pinverse, which this ATen does not have (no <ATen/ops/pinverse.h>)"
#endif
#if __has_include(<ATen/ops/pow.h>)
#include <ATen/ops/pow.h>
#else
#line 338 "spec/torch_api.yaml"
#error "binds calls at::pow, which this ATen does not have (no <ATen/ops/pow.h>)"
#endif
#if __has_include(<ATen/ops/qr.h>)
#include <ATen/ops/qr.h>
#else
#line 5843 "spec/torch_api.yaml"
#error "binds calls at::qr, which this ATen does not have (no <ATen/ops/qr.h>)"
#endif
#if __has_include(<ATen/ops/rand.h>)
#include <ATen/ops/rand.h>
#else
#line 205 "spec/torch_api.yaml"
#error "binds calls at::rand, which this ATen does not have (no <ATen/ops/rand.h>)"
#endif
#if __has_include(<ATen/ops/rand_like.h>)
#include <ATen/ops/rand_like.h>
#else
#line 5028 "spec/torch_api.yaml"
#error "binds calls at::rand_like, which this ATen does not have (no <ATen/ops/rand_like.h>)"
#endif
#if __has_include(<ATen/ops/randint.h>)
#include <ATen/ops/randint.h>
#else
#line 5080 "spec/torch_api.yaml"
#error "binds calls at::randint, which this ATen does not have (no <ATen/ops/randint.h>)"
#endif
#if __has_include(<ATen/ops/randint_like.h>)
#include <ATen/ops/randint_like.h>
#else
#line 5045 "spec/torch_api.yaml"
#error "binds calls at::randint_like, which this ATen does not have (no <ATen/ops/randint_like.h>)"
#endif
#if __has_include(<ATen/ops/randn.h>)
#include <ATen/ops/randn.h>
#else
#line 194 "spec/torch_api.yaml"
#error "binds calls at::randn, which this ATen does not have (no <ATen/ops/randn.h>)"
#endif
#if __has_include(<ATen/ops/randn_like.h>)
#include <ATen/ops/randn_like.h>
#else
#line 5012 "spec/torch_api.yaml"
#error "binds calls at::randn_like, which this ATen does not have (no <ATen/ops/randn_like.h>)"
#endif
#if __has_include(<ATen/ops/real.h>)
#include <ATen/ops/real.h>
#else
#line 593 "spec/torch_api.yaml"
#error "binds calls at::real, which this ATen does not have (no <ATen/ops/real.h>)"
#endif
#if __has_include(<ATen/ops/reciprocal.h>)
#include <ATen/ops/reciprocal.h>
#else
#line 2287 "spec/torch_api.yaml"
#error "binds calls at::reciprocal, which this ATen does not have (no <ATen/ops/reciprocal.h>)"
#endif
#if __has_include(<ATen/ops/relu.h>)
#include <ATen/ops/relu.h>
#else
#line 426 "spec/torch_api.yaml"
#error "binds calls at::relu, which this ATen does not have (no <ATen/ops/relu.h>)"
#endif
#if __has_include(<ATen/ops/rsub.h>)
#include <ATen/ops/rsub.h>
#else
#line 2260 "spec/torch_api.yaml"
#error "binds calls at::rsub, which this ATen does not have (no <ATen/ops/rsub.h>)"
#endif
#if __has_include(<ATen/ops/scalar_tensor.h>)
#include <ATen/ops/scalar_tensor.h>
#else
#line 5264 "spec/torch_api.yaml"
#error "binds calls at::scalar_tensor, which this ATen does not have (no <ATen/ops/scalar_tensor.h>)"
#endif
#if __has_include(<ATen/ops/sigmoid.h>)
#include <ATen/ops/sigmoid.h>
#else
#line 437 "spec/torch_api.yaml"
#error "binds calls at::sigmoid, which this ATen does not have (no <ATen/ops/sigmoid.h>)"
#endif
#if __has_include(<ATen/ops/sin.h>)
#include <ATen/ops/sin.h>
#else
#line 3064 "spec/torch_api.yaml"
#error "binds calls at::sin, which this ATen does not have (no <ATen/ops/sin.h>)"
#endif
#if __has_include(<ATen/ops/softmax.h>)
#include <ATen/ops/softmax.h>
#else
#line 480 "spec/torch_api.yaml"
#error "binds calls at::softmax, which this ATen does not have (no <ATen/ops/softmax.h>)"
#endif
#if __has_include(<ATen/ops/sqrt.h>)
#include <ATen/ops/sqrt.h>
#else
#line 371 "spec/torch_api.yaml"
#error "binds calls at::sqrt, which this ATen does not have (no <ATen/ops/sqrt.h>)"
#endif
#if __has_include(<ATen/ops/sub.h>)
#include <ATen/ops/sub.h>
#else
#line 302 "spec/torch_api.yaml"
#error "binds calls at::sub, which this ATen does not have (no <ATen/ops/sub.h>)"
#endif
#if __has_include(<ATen/ops/svd.h>)
#include <ATen/ops/svd.h>
#else
#line 5861 "spec/torch_api.yaml"
#error "binds calls at::svd, which this ATen does not have (no <ATen/ops/svd.h>)"
#endif
#if __has_include(<ATen/ops/t.h>)
#include <ATen/ops/t.h>
#else
#line 539 "spec/torch_api.yaml"
#error "binds calls at::t, which this ATen does not have (no <ATen/ops/t.h>)"
#endif
#if __has_include(<ATen/ops/tanh.h>)
#include <ATen/ops/tanh.h>
#else
#line 447 "spec/torch_api.yaml"
#error "binds calls at::tanh, which this ATen does not have (no <ATen/ops/tanh.h>)"
#endif
#if __has_include(<ATen/ops/transpose.h>)
#include <ATen/ops/transpose.h>
#else
#line 529 "spec/torch_api.yaml"
#error "binds calls at::transpose, which this ATen does not have (no <ATen/ops/transpose.h>)"
#endif
#if __has_include(<ATen/ops/triangular_solve.h>)
#include <ATen/ops/triangular_solve.h>
#else
#line 5913 "spec/torch_api.yaml"
#error "binds calls at::triangular_solve, which this ATen does not have (no <ATen/ops/triangular_solve.h>)"
#endif
#if __has_include(<ATen/ops/tril_indices.h>)
#include <ATen/ops/tril_indices.h>
#else
#line 5232 "spec/torch_api.yaml"
#error "binds calls at::tril_indices, which this ATen does not have (no <ATen/ops/tril_indices.h>)"
#endif
#if __has_include(<ATen/ops/triu_indices.h>)
#include <ATen/ops/triu_indices.h>
#else
#line 5249 "spec/torch_api.yaml"
#error "binds calls at::triu_indices, which this ATen does not have (no <ATen/ops/triu_indices.h>)"
#endif
#if __has_include(<ATen/ops/vdot.h>)
#include <ATen/ops/vdot.h>
#else
#line 5665 "spec/torch_api.yaml"
#error "binds calls at::vdot, which this ATen does not have (no <ATen/ops/vdot.h>)"
#endif
#if __has_include(<ATen/ops/zeros.h>)
#include <ATen/ops/zeros.h>
#else
#line 172 "spec/torch_api.yaml"
#error "binds calls at::zeros, which this ATen does not have (no <ATen/ops/zeros.h>)"
#endif
#if __has_include(<ATen/ops/zeros_like.h>)
#include <ATen/ops/zeros_like.h>
#else
#line 4947 "spec/torch_api.yaml"
#error "binds calls at::zeros_like, which this ATen does not have (no <ATen/ops/zeros_like.h>)"
#endif

extern "C" {

RT_TORCH_API bool rt_torch_available(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 136 "spec/torch_api.yaml"
        return sffi::to_bool(sffi::torch_available());
#line 723 "ops_1.cpp"
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
#line 148 "spec/torch_api.yaml"
        return sffi::text_result(sffi::torch_version());
#line 742 "ops_1.cpp"
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
#line 160 "spec/torch_api.yaml"
        return sffi::to_bool(sffi::cuda_available());
#line 761 "ops_1.cpp"
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
#line 1383 "spec/torch_api.yaml"
        return sffi::to_i32(sffi::error_code());
#line 778 "ops_1.cpp"
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
#line 1397 "spec/torch_api.yaml"
        return sffi::text_result(sffi::error_message());
#line 795 "ops_1.cpp"
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
#line 1411 "spec/torch_api.yaml"
        sffi::error_clear();
#line 814 "ops_1.cpp"
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
#line 1423 "spec/torch_api.yaml"
        return sffi::to_i64(sffi::live_handles());
#line 830 "ops_1.cpp"
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
#line 1449 "spec/torch_api.yaml"
        sffi::manual_seed(seed);
#line 850 "ops_1.cpp"
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
#line 1460 "spec/torch_api.yaml"
        sffi::set_num_threads(num_threads);
#line 867 "ops_1.cpp"
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
#line 1473 "spec/torch_api.yaml"
        return sffi::to_i32(sffi::get_num_threads());
#line 883 "ops_1.cpp"
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
#line 172 "spec/torch_api.yaml"
        return sffi::new_tensor(at::zeros(dims));
#line 903 "ops_1.cpp"
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
#line 183 "spec/torch_api.yaml"
        return sffi::new_tensor(at::ones(dims));
#line 923 "ops_1.cpp"
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
#line 194 "spec/torch_api.yaml"
        return sffi::new_tensor(at::randn(dims));
#line 943 "ops_1.cpp"
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
#line 205 "spec/torch_api.yaml"
        return sffi::new_tensor(at::rand(dims));
#line 963 "ops_1.cpp"
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
#line 217 "spec/torch_api.yaml"
        return sffi::new_tensor(at::full(dims, value));
#line 984 "ops_1.cpp"
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
#line 229 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::from_data(data, dims));
#line 1005 "ops_1.cpp"
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
#line 242 "spec/torch_api.yaml"
        return sffi::new_tensor(at::arange(start, end, step));
#line 1027 "ops_1.cpp"
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
#line 255 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linspace(start, end, steps));
#line 1049 "ops_1.cpp"
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
#line 266 "spec/torch_api.yaml"
        return sffi::new_tensor(at::eye(n));
#line 1069 "ops_1.cpp"
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
#line 277 "spec/torch_api.yaml"
        return sffi::new_tensor(at::empty(dims));
#line 1089 "ops_1.cpp"
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
#line 1603 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::from_data(data, dims));
#line 1110 "ops_1.cpp"
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
#line 2027 "spec/torch_api.yaml"
        return sffi::new_tensor(at::zeros(size, at::TensorOptions().dtype(dtype).device(device)));
#line 1132 "ops_1.cpp"
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
#line 2042 "spec/torch_api.yaml"
        return sffi::new_tensor(at::ones(size, at::TensorOptions().dtype(dtype).device(device)));
#line 1154 "ops_1.cpp"
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
#line 2058 "spec/torch_api.yaml"
        return sffi::new_tensor(at::empty(size, at::TensorOptions().dtype(dtype).device(device), sffi::memory_format_arg(memory_format)));
#line 1177 "ops_1.cpp"
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
#line 2073 "spec/torch_api.yaml"
        return sffi::new_tensor(at::randn(size, at::TensorOptions().dtype(dtype).device(device)));
#line 1199 "ops_1.cpp"
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
#line 2088 "spec/torch_api.yaml"
        return sffi::new_tensor(at::rand(size, at::TensorOptions().dtype(dtype).device(device)));
#line 1221 "ops_1.cpp"
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
#line 2104 "spec/torch_api.yaml"
        return sffi::new_tensor(at::full(size, fill_value, at::TensorOptions().dtype(dtype).device(device)));
#line 1244 "ops_1.cpp"
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
#line 2119 "spec/torch_api.yaml"
        return sffi::new_tensor(at::arange(end, at::TensorOptions().dtype(dtype).device(device)));
#line 1266 "ops_1.cpp"
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
#line 2136 "spec/torch_api.yaml"
        return sffi::new_tensor(at::arange(start, end, step, at::TensorOptions().dtype(dtype).device(device)));
#line 1290 "ops_1.cpp"
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
#line 2153 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linspace(start, end, steps, at::TensorOptions().dtype(dtype).device(device)));
#line 1314 "ops_1.cpp"
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
#line 2168 "spec/torch_api.yaml"
        return sffi::new_tensor(at::eye(n, at::TensorOptions().dtype(dtype).device(device)));
#line 1336 "ops_1.cpp"
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
#line 2184 "spec/torch_api.yaml"
        return sffi::new_tensor(at::eye(n, m, at::TensorOptions().dtype(dtype).device(device)));
#line 1359 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_zeros_like(int64_t input_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 4947 "spec/torch_api.yaml"
        return sffi::new_tensor(at::zeros_like(input, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 1382 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_zeros_like");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_zeros_like");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_zeros_like");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ones_like(int64_t input_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 4963 "spec/torch_api.yaml"
        return sffi::new_tensor(at::ones_like(input, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 1405 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_empty_like(int64_t input_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 4979 "spec/torch_api.yaml"
        return sffi::new_tensor(at::empty_like(input, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 1428 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_full_like(int64_t input_, double fill_value_, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar fill_value = sffi::scalar_arg(fill_value_, fill_value_int, fill_value_kind, "fill_value");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 4996 "spec/torch_api.yaml"
        return sffi::new_tensor(at::full_like(input, fill_value, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 1452 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_full_like");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_full_like");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_full_like");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_randn_like(int64_t input_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 5012 "spec/torch_api.yaml"
        return sffi::new_tensor(at::randn_like(input, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 1475 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_rand_like(int64_t input_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 5028 "spec/torch_api.yaml"
        return sffi::new_tensor(at::rand_like(input, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 1498 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_rand_like");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_rand_like");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_rand_like");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_randint_like(int64_t input_, int64_t high_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t high = high_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 5045 "spec/torch_api.yaml"
        return sffi::new_tensor(at::randint_like(input, high, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 1522 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_randint_like");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_randint_like");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_randint_like");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_randint_like_low_dtype(int64_t input_, int64_t low_, int64_t high_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t low = low_;
        const int64_t high = high_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 5063 "spec/torch_api.yaml"
        return sffi::new_tensor(at::randint_like(input, low, high, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 1547 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_randint_like_low_dtype");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_randint_like_low_dtype");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_randint_like_low_dtype");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_randint(int64_t high_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t high = high_;
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5080 "spec/torch_api.yaml"
        return sffi::new_tensor(at::randint(high, size, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1570 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_tensor_randint_low(int64_t low_, int64_t high_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t low = low_;
        const int64_t high = high_;
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5097 "spec/torch_api.yaml"
        return sffi::new_tensor(at::randint(low, high, size, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1594 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_normal_tensor_tensor(int64_t mean_, int64_t std_arg_) noexcept {
    sffi::begin_call();
    try {
        const auto [mean, std_arg] = sffi::tensor_args<2>({mean_, std_arg_}, {"mean", "std_arg"});
        const sffi::SharedCall call_lock;
#line 5111 "spec/torch_api.yaml"
        return sffi::new_tensor(at::normal(mean, std_arg));
#line 1614 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_normal_tensor_float(int64_t mean_, double std_arg_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor mean = sffi::tensor_arg(mean_, "mean");
        const double std_arg = std_arg_;
        const sffi::SharedCall call_lock;
#line 5124 "spec/torch_api.yaml"
        return sffi::new_tensor(at::normal(mean, std_arg));
#line 1635 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_tensor_normal_float_tensor(double mean_, int64_t std_arg_) noexcept {
    sffi::begin_call();
    try {
        const double mean = mean_;
        const at::Tensor std_arg = sffi::tensor_arg(std_arg_, "std_arg");
        const sffi::SharedCall call_lock;
#line 5138 "spec/torch_api.yaml"
        return sffi::new_tensor(at::normal(mean, std_arg));
#line 1656 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_normal_float_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_normal_float_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_normal_float_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_normal_float_float(double mean_, double std_arg_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const double mean = mean_;
        const double std_arg = std_arg_;
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5156 "spec/torch_api.yaml"
        return sffi::new_tensor(at::normal(mean, std_arg, size, ::std::nullopt, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1680 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_bernoulli(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 5169 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bernoulli(input));
#line 1700 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_bernoulli_p(int64_t input_, double p_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const sffi::SharedCall call_lock;
#line 5182 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bernoulli(input, p));
#line 1721 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bernoulli_p");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bernoulli_p");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bernoulli_p");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_multinomial(int64_t input_, int64_t num_samples_, bool replacement_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t num_samples = num_samples_;
        const bool replacement = replacement_;
        const sffi::SharedCall call_lock;
#line 5197 "spec/torch_api.yaml"
        return sffi::new_tensor(at::multinomial(input, num_samples, replacement));
#line 1743 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_tensor_logspace(double start_, int64_t start_int, int32_t start_kind, double end_, int64_t end_int, int32_t end_kind, int64_t steps_, double base_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar start = sffi::scalar_arg(start_, start_int, start_kind, "start");
        const c10::Scalar end = sffi::scalar_arg(end_, end_int, end_kind, "end");
        const int64_t steps = steps_;
        const double base = base_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5215 "spec/torch_api.yaml"
        return sffi::new_tensor(at::logspace(start, end, steps, base, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1768 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_logspace");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_logspace");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_logspace");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_tril_indices(int64_t row_, int64_t col_, int64_t offset_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t row = row_;
        const int64_t col = col_;
        const int64_t offset = offset_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5232 "spec/torch_api.yaml"
        return sffi::new_tensor(at::tril_indices(row, col, offset, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1792 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_tensor_triu_indices(int64_t row_, int64_t col_, int64_t offset_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t row = row_;
        const int64_t col = col_;
        const int64_t offset = offset_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5249 "spec/torch_api.yaml"
        return sffi::new_tensor(at::triu_indices(row, col, offset, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1816 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_tensor_scalar_tensor(double s_, int64_t s_int, int32_t s_kind, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar s = sffi::scalar_arg(s_, s_int, s_kind, "s");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5264 "spec/torch_api.yaml"
        return sffi::new_tensor(at::scalar_tensor(s, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1838 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_tensor_empty_strided(const int64_t* size_, int64_t size_len, const int64_t* stride_, int64_t stride_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const at::IntArrayRef stride = sffi::array_arg(stride_, stride_len, "stride");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5280 "spec/torch_api.yaml"
        return sffi::new_tensor(at::empty_strided(size, stride, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1861 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_empty_strided");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_empty_strided");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_empty_strided");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_new_zeros(int64_t input_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5296 "spec/torch_api.yaml"
        return sffi::new_tensor(input.new_zeros(size, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1884 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_new_ones(int64_t input_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5312 "spec/torch_api.yaml"
        return sffi::new_tensor(input.new_ones(size, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1907 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_new_ones");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_new_ones");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_new_ones");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_new_full(int64_t input_, const int64_t* size_, int64_t size_len, double fill_value_, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const c10::Scalar fill_value = sffi::scalar_arg(fill_value_, fill_value_int, fill_value_kind, "fill_value");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5329 "spec/torch_api.yaml"
        return sffi::new_tensor(input.new_full(size, fill_value, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1931 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_new_empty(int64_t input_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5345 "spec/torch_api.yaml"
        return sffi::new_tensor(input.new_empty(size, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1954 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_add(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 290 "spec/torch_api.yaml"
        return sffi::new_tensor(at::add(handle, other));
#line 1974 "ops_1.cpp"
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
#line 302 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sub(handle, other));
#line 1994 "ops_1.cpp"
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
#line 314 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mul(handle, other));
#line 2014 "ops_1.cpp"
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
#line 326 "spec/torch_api.yaml"
        return sffi::new_tensor(at::div(handle, other));
#line 2034 "ops_1.cpp"
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
#line 338 "spec/torch_api.yaml"
        return sffi::new_tensor(at::pow(handle, exponent));
#line 2055 "ops_1.cpp"
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
#line 349 "spec/torch_api.yaml"
        return sffi::new_tensor(at::neg(handle));
#line 2075 "ops_1.cpp"
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
#line 360 "spec/torch_api.yaml"
        return sffi::new_tensor(at::abs(handle));
#line 2095 "ops_1.cpp"
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
#line 371 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sqrt(handle));
#line 2115 "ops_1.cpp"
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
#line 381 "spec/torch_api.yaml"
        return sffi::new_tensor(at::exp(handle));
#line 2135 "ops_1.cpp"
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
#line 391 "spec/torch_api.yaml"
        return sffi::new_tensor(at::log(handle));
#line 2155 "ops_1.cpp"
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
#line 402 "spec/torch_api.yaml"
        return sffi::new_tensor(at::add(handle, scalar));
#line 2176 "ops_1.cpp"
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
#line 414 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mul(handle, scalar));
#line 2197 "ops_1.cpp"
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
#line 1748 "spec/torch_api.yaml"
        return sffi::new_tensor(at::div(handle, scalar));
#line 2218 "ops_1.cpp"
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
#line 1761 "spec/torch_api.yaml"
        return sffi::new_tensor(at::maximum(handle, other));
#line 2238 "ops_1.cpp"
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
#line 2200 "spec/torch_api.yaml"
        return sffi::new_tensor(at::add(input, other, alpha));
#line 2259 "ops_1.cpp"
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
#line 2215 "spec/torch_api.yaml"
        return sffi::new_tensor(at::add(input, other, alpha));
#line 2281 "ops_1.cpp"
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
#line 2230 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sub(input, other, alpha));
#line 2302 "ops_1.cpp"
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
#line 2245 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sub(input, other, alpha));
#line 2324 "ops_1.cpp"
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
#line 2260 "spec/torch_api.yaml"
        return sffi::new_tensor(at::rsub(input, other, alpha));
#line 2346 "ops_1.cpp"
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
#line 2275 "spec/torch_api.yaml"
        return sffi::new_tensor(at::rsub(input, other, alpha));
#line 2367 "ops_1.cpp"
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
#line 2287 "spec/torch_api.yaml"
        return sffi::new_tensor(at::reciprocal(input));
#line 2387 "ops_1.cpp"
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
#line 2300 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mul(input, other));
#line 2407 "ops_1.cpp"
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
#line 2313 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mul(input, other));
#line 2428 "ops_1.cpp"
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
#line 2328 "spec/torch_api.yaml"
        return sffi::new_tensor(at::div(input, other, rounding_mode));
#line 2449 "ops_1.cpp"
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
#line 2343 "spec/torch_api.yaml"
        return sffi::new_tensor(at::div(input, other, rounding_mode));
#line 2471 "ops_1.cpp"
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
#line 2356 "spec/torch_api.yaml"
        return sffi::new_tensor(at::pow(input, exponent));
#line 2492 "ops_1.cpp"
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
#line 2369 "spec/torch_api.yaml"
        return sffi::new_tensor(at::pow(input, exponent));
#line 2512 "ops_1.cpp"
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
#line 2382 "spec/torch_api.yaml"
        return sffi::new_tensor(at::pow(input, exponent));
#line 2533 "ops_1.cpp"
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
#line 3064 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sin(input));
#line 2553 "ops_1.cpp"
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
#line 426 "spec/torch_api.yaml"
        return sffi::new_tensor(at::relu(handle));
#line 2573 "ops_1.cpp"
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
#line 437 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sigmoid(handle));
#line 2593 "ops_1.cpp"
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
#line 447 "spec/torch_api.yaml"
        return sffi::new_tensor(at::tanh(handle));
#line 2613 "ops_1.cpp"
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
#line 458 "spec/torch_api.yaml"
        return sffi::new_tensor(at::leaky_relu(handle, negative_slope));
#line 2634 "ops_1.cpp"
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
#line 468 "spec/torch_api.yaml"
        return sffi::new_tensor(at::gelu(handle));
#line 2654 "ops_1.cpp"
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
#line 480 "spec/torch_api.yaml"
        return sffi::new_tensor(at::softmax(handle, dim));
#line 2675 "ops_1.cpp"
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
#line 492 "spec/torch_api.yaml"
        return sffi::new_tensor(at::log_softmax(handle, dim));
#line 2696 "ops_1.cpp"
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
#line 2397 "spec/torch_api.yaml"
        return sffi::new_tensor(at::gelu(input, approximate));
#line 2717 "ops_1.cpp"
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
#line 2411 "spec/torch_api.yaml"
        return sffi::new_tensor(at::softmax(input, dim, dtype));
#line 2739 "ops_1.cpp"
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
#line 2426 "spec/torch_api.yaml"
        return sffi::new_tensor(at::log_softmax(input, dim, dtype));
#line 2761 "ops_1.cpp"
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
#line 505 "spec/torch_api.yaml"
        return sffi::new_tensor(at::matmul(handle, other));
#line 2781 "ops_1.cpp"
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
#line 517 "spec/torch_api.yaml"
        return sffi::new_tensor(at::dot(handle, other));
#line 2801 "ops_1.cpp"
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
#line 529 "spec/torch_api.yaml"
        return sffi::new_tensor(at::transpose(handle, dim0, dim1));
#line 2823 "ops_1.cpp"
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
#line 539 "spec/torch_api.yaml"
        return sffi::new_tensor(at::t(handle));
#line 2843 "ops_1.cpp"
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
#line 549 "spec/torch_api.yaml"
        return sffi::to_f64(at::linalg_vector_norm(handle));
#line 2863 "ops_1.cpp"
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
#line 560 "spec/torch_api.yaml"
        return sffi::to_f64(at::linalg_det(handle));
#line 2883 "ops_1.cpp"
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
#line 571 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_inv(handle));
#line 2903 "ops_1.cpp"
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
#line 582 "spec/torch_api.yaml"
        return sffi::new_tensor(std::get<0>(at::linalg_svd(handle, false)));
#line 2923 "ops_1.cpp"
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
#line 593 "spec/torch_api.yaml"
        return sffi::new_tensor(at::real(std::get<0>(at::linalg_eig(handle))));
#line 2943 "ops_1.cpp"
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
#line 2445 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_vector_norm(input, ord, dim, keepdim, dtype));
#line 2967 "ops_1.cpp"
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
#line 2457 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_det(input));
#line 2987 "ops_1.cpp"
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
#line 2476 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_svd(input, full_matrices, driver));
#line 3009 "ops_1.cpp"
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
#line 2490 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_eig(input));
#line 3029 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_mm(int64_t input_, int64_t mat2_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mat2] = sffi::tensor_args<2>({input_, mat2_}, {"input", "mat2"});
        const sffi::SharedCall call_lock;
#line 5541 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mm(input, mat2));
#line 3049 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_bmm(int64_t input_, int64_t mat2_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mat2] = sffi::tensor_args<2>({input_, mat2_}, {"input", "mat2"});
        const sffi::SharedCall call_lock;
#line 5554 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bmm(input, mat2));
#line 3069 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bmm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bmm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bmm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mv(int64_t input_, int64_t vec_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, vec] = sffi::tensor_args<2>({input_, vec_}, {"input", "vec"});
        const sffi::SharedCall call_lock;
#line 5567 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mv(input, vec));
#line 3089 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_addmm(int64_t input_, int64_t mat1_, int64_t mat2_, double beta_, int64_t beta_int, int32_t beta_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mat1, mat2] = sffi::tensor_args<3>({input_, mat1_, mat2_}, {"input", "mat1", "mat2"});
        const c10::Scalar beta = sffi::scalar_arg(beta_, beta_int, beta_kind, "beta");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 5584 "spec/torch_api.yaml"
        return sffi::new_tensor(at::addmm(input, mat1, mat2, beta, alpha));
#line 3111 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addmm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addmm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addmm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_addmv(int64_t input_, int64_t mat_, int64_t vec_, double beta_, int64_t beta_int, int32_t beta_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mat, vec] = sffi::tensor_args<3>({input_, mat_, vec_}, {"input", "mat", "vec"});
        const c10::Scalar beta = sffi::scalar_arg(beta_, beta_int, beta_kind, "beta");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 5601 "spec/torch_api.yaml"
        return sffi::new_tensor(at::addmv(input, mat, vec, beta, alpha));
#line 3133 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_addbmm(int64_t input_, int64_t batch1_, int64_t batch2_, double beta_, int64_t beta_int, int32_t beta_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, batch1, batch2] = sffi::tensor_args<3>({input_, batch1_, batch2_}, {"input", "batch1", "batch2"});
        const c10::Scalar beta = sffi::scalar_arg(beta_, beta_int, beta_kind, "beta");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 5618 "spec/torch_api.yaml"
        return sffi::new_tensor(at::addbmm(input, batch1, batch2, beta, alpha));
#line 3155 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_baddbmm(int64_t input_, int64_t batch1_, int64_t batch2_, double beta_, int64_t beta_int, int32_t beta_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, batch1, batch2] = sffi::tensor_args<3>({input_, batch1_, batch2_}, {"input", "batch1", "batch2"});
        const c10::Scalar beta = sffi::scalar_arg(beta_, beta_int, beta_kind, "beta");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 5635 "spec/torch_api.yaml"
        return sffi::new_tensor(at::baddbmm(input, batch1, batch2, beta, alpha));
#line 3177 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_baddbmm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_baddbmm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_baddbmm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_addr(int64_t input_, int64_t vec1_, int64_t vec2_, double beta_, int64_t beta_int, int32_t beta_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, vec1, vec2] = sffi::tensor_args<3>({input_, vec1_, vec2_}, {"input", "vec1", "vec2"});
        const c10::Scalar beta = sffi::scalar_arg(beta_, beta_int, beta_kind, "beta");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 5652 "spec/torch_api.yaml"
        return sffi::new_tensor(at::addr(input, vec1, vec2, beta, alpha));
#line 3199 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_vdot(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 5665 "spec/torch_api.yaml"
        return sffi::new_tensor(at::vdot(input, other));
#line 3219 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_outer(int64_t input_, int64_t vec2_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, vec2] = sffi::tensor_args<2>({input_, vec2_}, {"input", "vec2"});
        const sffi::SharedCall call_lock;
#line 5678 "spec/torch_api.yaml"
        return sffi::new_tensor(at::outer(input, vec2));
#line 3239 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_outer");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_outer");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_outer");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_inner(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 5691 "spec/torch_api.yaml"
        return sffi::new_tensor(at::inner(input, other));
#line 3259 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_cross(int64_t input_, int64_t other_, int64_t dim_, bool dim_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const sffi::SharedCall call_lock;
#line 5705 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cross(input, other, dim));
#line 3280 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cross");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cross");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cross");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_einsum(const char* equation_, const int64_t* tensors_, int64_t tensors_len, const int64_t* path_, int64_t path_len, bool path_present) noexcept {
    sffi::begin_call();
    try {
        const std::string_view equation = sffi::text_arg(equation_, "equation");
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const at::OptionalIntArrayRef path = sffi::optional_array_arg(path_, path_len, path_present, "path");
        const sffi::SharedCall call_lock;
#line 5720 "spec/torch_api.yaml"
        return sffi::new_tensor(at::einsum(equation, tensors, path));
#line 3302 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_dist(int64_t input_, int64_t other_, double p_, int64_t p_int, int32_t p_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const c10::Scalar p = sffi::scalar_arg(p_, p_int, p_kind, "p");
        const sffi::SharedCall call_lock;
#line 5734 "spec/torch_api.yaml"
        return sffi::new_tensor(at::dist(input, other, p));
#line 3323 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_dist");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_dist");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_dist");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cdist(int64_t x1_, int64_t x2_, double p_, const char* compute_mode_) noexcept {
    sffi::begin_call();
    try {
        const auto [x1, x2] = sffi::tensor_args<2>({x1_, x2_}, {"x1", "x2"});
        const double p = p_;
        const std::optional<std::string_view> compute_mode = sffi::optional_enum_arg(compute_mode_, "compute_mode", {"use_mm_for_euclid_dist_if_necessary", "use_mm_for_euclid_dist", "donot_use_mm_for_euclid_dist"}, sffi::Code::other);
        const sffi::SharedCall call_lock;
#line 5749 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cdist(x1, x2, p, compute_mode ? std::optional<int64_t>(*compute_mode == "use_mm_for_euclid_dist" ? 1 : *compute_mode == "donot_use_mm_for_euclid_dist" ? 2 : 0) : std::nullopt));
#line 3345 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cdist");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cdist");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cdist");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_matrix_exp(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 5761 "spec/torch_api.yaml"
        return sffi::new_tensor(at::matrix_exp(input));
#line 3365 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_matrix_exp");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_matrix_exp");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_matrix_exp");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logdet(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 5773 "spec/torch_api.yaml"
        return sffi::new_tensor(at::logdet(input));
#line 3385 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_pinverse(int64_t input_, double rcond_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double rcond = rcond_;
        const sffi::SharedCall call_lock;
#line 5786 "spec/torch_api.yaml"
        return sffi::new_tensor(at::pinverse(input, rcond));
#line 3406 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_pinverse");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_pinverse");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_pinverse");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cholesky(int64_t input_, bool upper_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool upper = upper_;
        const sffi::SharedCall call_lock;
#line 5800 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cholesky(input, upper));
#line 3427 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_cholesky_inverse(int64_t input_, bool upper_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool upper = upper_;
        const sffi::SharedCall call_lock;
#line 5814 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cholesky_inverse(input, upper));
#line 3448 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cholesky_inverse");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cholesky_inverse");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cholesky_inverse");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cholesky_solve(int64_t input_, int64_t input2_, bool upper_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, input2] = sffi::tensor_args<2>({input_, input2_}, {"input", "input2"});
        const bool upper = upper_;
        const sffi::SharedCall call_lock;
#line 5828 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cholesky_solve(input, input2, upper));
#line 3469 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cholesky_solve");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cholesky_solve");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cholesky_solve");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_qr(int64_t input_, bool some_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool some = some_;
        const sffi::SharedCall call_lock;
#line 5843 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::qr(input, some));
#line 3490 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_qr");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_qr");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_qr");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_svd_v2(int64_t input_, bool some_, bool compute_uv_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool some = some_;
        const bool compute_uv = compute_uv_;
        const sffi::SharedCall call_lock;
#line 5861 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::svd(input, some, compute_uv));
#line 3512 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_svd_v2");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_svd_v2");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_svd_v2");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_lu_unpack(int64_t lu_data_, int64_t lu_pivots_, bool unpack_data_, bool unpack_pivots_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const auto [lu_data, lu_pivots] = sffi::tensor_args<2>({lu_data_, lu_pivots_}, {"lu_data", "lu_pivots"});
        const bool unpack_data = unpack_data_;
        const bool unpack_pivots = unpack_pivots_;
        const sffi::SharedCall call_lock;
#line 5880 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::lu_unpack(lu_data, lu_pivots, unpack_data, unpack_pivots));
#line 3534 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lu_unpack");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lu_unpack");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lu_unpack");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_lu_solve(int64_t input_, int64_t lu_data_, int64_t lu_pivots_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, lu_data, lu_pivots] = sffi::tensor_args<3>({input_, lu_data_, lu_pivots_}, {"input", "lu_data", "lu_pivots"});
        const sffi::SharedCall call_lock;
#line 5894 "spec/torch_api.yaml"
        return sffi::new_tensor(at::lu_solve(input, lu_data, lu_pivots));
#line 3554 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lu_solve");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lu_solve");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lu_solve");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_triangular_solve(int64_t input_, int64_t a_, bool upper_, bool transpose_, bool unitriangular_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const auto [input, a] = sffi::tensor_args<2>({input_, a_}, {"input", "a"});
        const bool upper = upper_;
        const bool transpose = transpose_;
        const bool unitriangular = unitriangular_;
        const sffi::SharedCall call_lock;
#line 5913 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::triangular_solve(input, a, upper, transpose, unitriangular));
#line 3577 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_triangular_solve");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_triangular_solve");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_triangular_solve");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_geqrf(int64_t input_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 5928 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::geqrf(input));
#line 3597 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_ormqr(int64_t input_, int64_t input2_, int64_t input3_, bool left_, bool transpose_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, input2, input3] = sffi::tensor_args<3>({input_, input2_, input3_}, {"input", "input2", "input3"});
        const bool left = left_;
        const bool transpose = transpose_;
        const sffi::SharedCall call_lock;
#line 5944 "spec/torch_api.yaml"
        return sffi::new_tensor(at::ormqr(input, input2, input3, left, transpose));
#line 3619 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cross(int64_t input_, int64_t other_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 6085 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_cross(input, other, dim));
#line 3640 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_cross");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_cross");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_cross");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_diagonal(int64_t a_, int64_t offset_, int64_t dim1_, int64_t dim2_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor a = sffi::tensor_arg(a_, "a");
        const int64_t offset = offset_;
        const int64_t dim1 = dim1_;
        const int64_t dim2 = dim2_;
        const sffi::SharedCall call_lock;
#line 6101 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_diagonal(a, offset, dim1, dim2));
#line 3663 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_diagonal");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_diagonal");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_diagonal");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cholesky(int64_t input_, bool upper_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool upper = upper_;
        const sffi::SharedCall call_lock;
#line 6115 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_cholesky(input, upper));
#line 3684 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cholesky_ex(int64_t input_, bool upper_, bool check_errors_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool upper = upper_;
        const bool check_errors = check_errors_;
        const sffi::SharedCall call_lock;
#line 6132 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_cholesky_ex(input, upper, check_errors));
#line 3706 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_vecdot(int64_t x_, int64_t y_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const auto [x, y] = sffi::tensor_args<2>({x_, y_}, {"x", "y"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 6147 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_vecdot(x, y, dim));
#line 3727 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cond(int64_t input_, double p_, int64_t p_int, int32_t p_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<c10::Scalar> p = sffi::optional_scalar_arg(p_, p_int, p_kind, "p");
        const sffi::SharedCall call_lock;
#line 6160 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_cond(input, p));
#line 3748 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cond_p_str(int64_t input_, const char* p_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view p = sffi::text_arg(p_, "p");
        const sffi::SharedCall call_lock;
#line 6173 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_cond(input, p));
#line 3769 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eigvals(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 6185 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_eigvals(input));
#line 3789 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eigh(int64_t input_, const char* uplo_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view uplo = sffi::text_arg(uplo_, "uplo");
        const sffi::SharedCall call_lock;
#line 6200 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_eigh(input, uplo));
#line 3810 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_eigh");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_eigh");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_eigh");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eigvalsh(int64_t input_, const char* uplo_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view uplo = sffi::text_arg(uplo_, "uplo");
        const sffi::SharedCall call_lock;
#line 6213 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_eigvalsh(input, uplo));
#line 3831 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_householder_product(int64_t input_, int64_t tau_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, tau] = sffi::tensor_args<2>({input_, tau_}, {"input", "tau"});
        const sffi::SharedCall call_lock;
#line 6226 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_householder_product(input, tau));
#line 3851 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_householder_product");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_householder_product");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_householder_product");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_ldl_factor(int64_t input_, bool hermitian_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool hermitian = hermitian_;
        const sffi::SharedCall call_lock;
#line 6242 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_ldl_factor(input, hermitian));
#line 3872 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_ldl_factor");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_ldl_factor");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_ldl_factor");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_ldl_factor_ex(int64_t input_, bool hermitian_, bool check_errors_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool hermitian = hermitian_;
        const bool check_errors = check_errors_;
        const sffi::SharedCall call_lock;
#line 6260 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_ldl_factor_ex(input, hermitian, check_errors));
#line 3894 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_ldl_solve(int64_t ld_, int64_t pivots_, int64_t b_, bool hermitian_) noexcept {
    sffi::begin_call();
    try {
        const auto [ld, pivots, b] = sffi::tensor_args<3>({ld_, pivots_, b_}, {"ld", "pivots", "b"});
        const bool hermitian = hermitian_;
        const sffi::SharedCall call_lock;
#line 6276 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_ldl_solve(ld, pivots, b, hermitian));
#line 3915 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_ldl_solve");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_ldl_solve");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_ldl_solve");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lstsq(int64_t input_, int64_t b_, double rcond_, bool rcond_present, const char* driver_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const auto [input, b] = sffi::tensor_args<2>({input_, b_}, {"input", "b"});
        const std::optional<double> rcond = sffi::optional_arg(rcond_, rcond_present);
        const std::optional<std::string_view> driver = sffi::optional_text_arg(driver_);
        const sffi::SharedCall call_lock;
#line 6296 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_lstsq(input, b, rcond, driver));
#line 3937 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_lstsq");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_lstsq");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_lstsq");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_power(int64_t input_, int64_t n_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t n = n_;
        const sffi::SharedCall call_lock;
#line 6309 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_matrix_power(input, n));
#line 3958 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_multi_dot(const int64_t* tensors_, int64_t tensors_len) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const sffi::SharedCall call_lock;
#line 6322 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_multi_dot(tensors));
#line 3978 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_multi_dot");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_multi_dot");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_multi_dot");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_norm(int64_t input_, double ord_, int64_t ord_int, int32_t ord_kind, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<c10::Scalar> ord = sffi::optional_scalar_arg(ord_, ord_int, ord_kind, "ord");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 6339 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_norm(input, ord, dim, keepdim, dtype));
#line 4002 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_norm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_norm_ord_str(int64_t input_, const char* ord_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view ord = sffi::text_arg(ord_, "ord");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 6356 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_norm(input, ord, dim, keepdim, dtype));
#line 4026 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_norm(int64_t input_, double ord_, int64_t ord_int, int32_t ord_kind, const int64_t* dim_, int64_t dim_len, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar ord = sffi::scalar_arg(ord_, ord_int, ord_kind, "ord");
        const at::IntArrayRef dim = sffi::array_arg(dim_, dim_len, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 6373 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_matrix_norm(input, ord, dim, keepdim, dtype));
#line 4050 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_norm_str_ord(int64_t input_, const char* ord_, const int64_t* dim_, int64_t dim_len, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view ord = sffi::text_arg(ord_, "ord");
        const at::IntArrayRef dim = sffi::array_arg(dim_, dim_len, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 6390 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_matrix_norm(input, ord, dim, keepdim, dtype));
#line 4074 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_qr(int64_t a_, const char* mode_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor a = sffi::tensor_arg(a_, "a");
        const std::string_view mode = sffi::text_arg(mode_, "mode");
        const sffi::SharedCall call_lock;
#line 6405 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_qr(a, mode));
#line 4095 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_qr");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_qr");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_qr");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_slogdet(int64_t a_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor a = sffi::tensor_arg(a_, "a");
        const sffi::SharedCall call_lock;
#line 6419 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_slogdet(a));
#line 4115 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_slogdet");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_slogdet");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_slogdet");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_vander(int64_t x_, int64_t n_, bool n_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor x = sffi::tensor_arg(x_, "x");
        const std::optional<int64_t> n = sffi::optional_arg(n_, n_present);
        const sffi::SharedCall call_lock;
#line 6434 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_vander(x, n));
#line 4136 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lu_factor(int64_t a_, bool pivot_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor a = sffi::tensor_arg(a_, "a");
        const bool pivot = pivot_;
        const sffi::SharedCall call_lock;
#line 6450 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_lu_factor(a, pivot));
#line 4157 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_lu_factor");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_lu_factor");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_lu_factor");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lu_factor_ex(int64_t a_, bool pivot_, bool check_errors_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor a = sffi::tensor_arg(a_, "a");
        const bool pivot = pivot_;
        const bool check_errors = check_errors_;
        const sffi::SharedCall call_lock;
#line 6468 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_lu_factor_ex(a, pivot, check_errors));
#line 4179 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_lu_factor_ex");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_lu_factor_ex");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_lu_factor_ex");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lu(int64_t a_, bool pivot_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor a = sffi::tensor_arg(a_, "a");
        const bool pivot = pivot_;
        const sffi::SharedCall call_lock;
#line 6485 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_lu(a, pivot));
#line 4200 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lu_solve(int64_t lu_, int64_t pivots_, int64_t b_, bool left_, bool adjoint_) noexcept {
    sffi::begin_call();
    try {
        const auto [lu, pivots, b] = sffi::tensor_args<3>({lu_, pivots_, b_}, {"lu", "pivots", "b"});
        const bool left = left_;
        const bool adjoint = adjoint_;
        const sffi::SharedCall call_lock;
#line 6502 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_lu_solve(lu, pivots, b, left, adjoint));
#line 4222 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_lu_solve");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_lu_solve");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_lu_solve");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_inv_ex(int64_t a_, bool check_errors_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor a = sffi::tensor_arg(a_, "a");
        const bool check_errors = check_errors_;
        const sffi::SharedCall call_lock;
#line 6518 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_inv_ex(a, check_errors));
#line 4243 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_inv_ex");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_inv_ex");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_inv_ex");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_solve(int64_t a_, int64_t b_, bool left_) noexcept {
    sffi::begin_call();
    try {
        const auto [a, b] = sffi::tensor_args<2>({a_, b_}, {"a", "b"});
        const bool left = left_;
        const sffi::SharedCall call_lock;
#line 6533 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_solve(a, b, left));
#line 4264 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_solve_ex(int64_t a_, int64_t b_, bool left_, bool check_errors_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const auto [a, b] = sffi::tensor_args<2>({a_, b_}, {"a", "b"});
        const bool left = left_;
        const bool check_errors = check_errors_;
        const sffi::SharedCall call_lock;
#line 6551 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_solve_ex(a, b, left, check_errors));
#line 4286 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_solve_ex");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_solve_ex");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_solve_ex");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_solve_triangular(int64_t input_, int64_t b_, bool upper_, bool left_, bool unitriangular_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, b] = sffi::tensor_args<2>({input_, b_}, {"input", "b"});
        const bool upper = upper_;
        const bool left = left_;
        const bool unitriangular = unitriangular_;
        const sffi::SharedCall call_lock;
#line 6568 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_solve_triangular(input, b, upper, left, unitriangular));
#line 4309 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor(int64_t input_, int64_t atol_, int64_t rtol_, bool hermitian_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::Tensor> atol = sffi::optional_tensor_arg(atol_, "atol");
        const std::optional<at::Tensor> rtol = sffi::optional_tensor_arg(rtol_, "rtol");
        const bool hermitian = hermitian_;
        const sffi::SharedCall call_lock;
#line 6584 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_matrix_rank(input, atol, rtol, hermitian));
#line 4332 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float(int64_t input_, double atol_, bool atol_present, double rtol_, bool rtol_present, bool hermitian_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<double> atol = sffi::optional_arg(atol_, atol_present);
        const std::optional<double> rtol = sffi::optional_arg(rtol_, rtol_present);
        const bool hermitian = hermitian_;
        const sffi::SharedCall call_lock;
#line 6600 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_matrix_rank(input, atol, rtol, hermitian));
#line 4355 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank(int64_t input_, double tol_, bool hermitian_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double tol = tol_;
        const bool hermitian = hermitian_;
        const sffi::SharedCall call_lock;
#line 6614 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_matrix_rank(input, tol, hermitian));
#line 4377 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_rank");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_rank");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_matrix_rank");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank_tol_tensor(int64_t input_, int64_t tol_, bool hermitian_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, tol] = sffi::tensor_args<2>({input_, tol_}, {"input", "tol"});
        const bool hermitian = hermitian_;
        const sffi::SharedCall call_lock;
#line 6628 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_matrix_rank(input, tol, hermitian));
#line 4398 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_rank_tol_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_rank_tol_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_matrix_rank_tol_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor(int64_t input_, int64_t atol_, int64_t rtol_, bool hermitian_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::Tensor> atol = sffi::optional_tensor_arg(atol_, "atol");
        const std::optional<at::Tensor> rtol = sffi::optional_tensor_arg(rtol_, "rtol");
        const bool hermitian = hermitian_;
        const sffi::SharedCall call_lock;
#line 6644 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_pinv(input, atol, rtol, hermitian));
#line 4421 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv_atol_rtol_float(int64_t input_, double atol_, bool atol_present, double rtol_, bool rtol_present, bool hermitian_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<double> atol = sffi::optional_arg(atol_, atol_present);
        const std::optional<double> rtol = sffi::optional_arg(rtol_, rtol_present);
        const bool hermitian = hermitian_;
        const sffi::SharedCall call_lock;
#line 6660 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_pinv(input, atol, rtol, hermitian));
#line 4444 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_pinv_atol_rtol_float");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_pinv_atol_rtol_float");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_pinv_atol_rtol_float");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv(int64_t input_, double rcond_, bool hermitian_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double rcond = rcond_;
        const bool hermitian = hermitian_;
        const sffi::SharedCall call_lock;
#line 6674 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_pinv(input, rcond, hermitian));
#line 4466 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_pinv");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_pinv");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_pinv");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv_rcond_tensor(int64_t input_, int64_t rcond_, bool hermitian_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, rcond] = sffi::tensor_args<2>({input_, rcond_}, {"input", "rcond"});
        const bool hermitian = hermitian_;
        const sffi::SharedCall call_lock;
#line 6688 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_pinv(input, rcond, hermitian));
#line 4487 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_svdvals(int64_t a_, const char* driver_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor a = sffi::tensor_arg(a_, "a");
        const std::optional<std::string_view> driver = sffi::optional_enum_arg(driver_, "driver", {"gesvd", "gesvdj", "gesvda"}, sffi::Code::other);
        const sffi::SharedCall call_lock;
#line 6702 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_svdvals(a, driver));
#line 4508 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_svdvals");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_svdvals");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_svdvals");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_tensorinv(int64_t input_, int64_t ind_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t ind = ind_;
        const sffi::SharedCall call_lock;
#line 6715 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_tensorinv(input, ind));
#line 4529 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_tensorsolve(int64_t input_, int64_t other_, const int64_t* dims_, int64_t dims_len, bool dims_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const at::OptionalIntArrayRef dims = sffi::optional_array_arg(dims_, dims_len, dims_present, "dims");
        const sffi::SharedCall call_lock;
#line 6729 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_tensorsolve(input, other, dims));
#line 4550 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_mt(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 6742 "spec/torch_api.yaml"
        return sffi::new_tensor(input.mT());
#line 4570 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_mh(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 6754 "spec/torch_api.yaml"
        return sffi::new_tensor(input.mH());
#line 4590 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mh");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mh");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mh");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_numpy_t(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 6766 "spec/torch_api.yaml"
        return sffi::new_tensor(input.numpy_T());
#line 4610 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_matrix_h(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 6778 "spec/torch_api.yaml"
        return sffi::new_tensor(input.matrix_H());
#line 4630 "ops_1.cpp"
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

}  // extern "C"
