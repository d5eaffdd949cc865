// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Linear Algebra, Reductions, Shape Manipulation: 246 function(s) of the C ABI (see torch_sffi.h).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/addbmm.h>)
#include <ATen/ops/addbmm.h>
#else
#line 5628 "spec/torch_api.yaml"
#error "binds calls at::addbmm, which this ATen does not have (no <ATen/ops/addbmm.h>)"
#endif
#if __has_include(<ATen/ops/addmm.h>)
#include <ATen/ops/addmm.h>
#else
#line 5594 "spec/torch_api.yaml"
#error "binds calls at::addmm, which this ATen does not have (no <ATen/ops/addmm.h>)"
#endif
#if __has_include(<ATen/ops/addmv.h>)
#include <ATen/ops/addmv.h>
#else
#line 5611 "spec/torch_api.yaml"
#error "binds calls at::addmv, which this ATen does not have (no <ATen/ops/addmv.h>)"
#endif
#if __has_include(<ATen/ops/addr.h>)
#include <ATen/ops/addr.h>
#else
#line 5662 "spec/torch_api.yaml"
#error "binds calls at::addr, which this ATen does not have (no <ATen/ops/addr.h>)"
#endif
#if __has_include(<ATen/ops/all.h>)
#include <ATen/ops/all.h>
#else
#line 3206 "spec/torch_api.yaml"
#error "binds calls at::all, which this ATen does not have (no <ATen/ops/all.h>)"
#endif
#if __has_include(<ATen/ops/amax.h>)
#include <ATen/ops/amax.h>
#else
#line 3292 "spec/torch_api.yaml"
#error "binds calls at::amax, which this ATen does not have (no <ATen/ops/amax.h>)"
#endif
#if __has_include(<ATen/ops/amin.h>)
#include <ATen/ops/amin.h>
#else
#line 3306 "spec/torch_api.yaml"
#error "binds calls at::amin, which this ATen does not have (no <ATen/ops/amin.h>)"
#endif
#if __has_include(<ATen/ops/aminmax.h>)
#include <ATen/ops/aminmax.h>
#else
#line 3323 "spec/torch_api.yaml"
#error "binds calls at::aminmax, which this ATen does not have (no <ATen/ops/aminmax.h>)"
#endif
#if __has_include(<ATen/ops/any.h>)
#include <ATen/ops/any.h>
#else
#line 3249 "spec/torch_api.yaml"
#error "binds calls at::any, which this ATen does not have (no <ATen/ops/any.h>)"
#endif
#if __has_include(<ATen/ops/argmax.h>)
#include <ATen/ops/argmax.h>
#else
#line 716 "spec/torch_api.yaml"
#error "binds calls at::argmax, which this ATen does not have (no <ATen/ops/argmax.h>)"
#endif
#if __has_include(<ATen/ops/argmin.h>)
#include <ATen/ops/argmin.h>
#else
#line 732 "spec/torch_api.yaml"
#error "binds calls at::argmin, which this ATen does not have (no <ATen/ops/argmin.h>)"
#endif
#if __has_include(<ATen/ops/argsort.h>)
#include <ATen/ops/argsort.h>
#else
#line 3540 "spec/torch_api.yaml"
#error "binds calls at::argsort, which this ATen does not have (no <ATen/ops/argsort.h>)"
#endif
#if __has_include(<ATen/ops/atleast_1d.h>)
#include <ATen/ops/atleast_1d.h>
#else
#line 4376 "spec/torch_api.yaml"
#error "binds calls at::atleast_1d, which this ATen does not have (no <ATen/ops/atleast_1d.h>)"
#endif
#if __has_include(<ATen/ops/atleast_2d.h>)
#include <ATen/ops/atleast_2d.h>
#else
#line 4401 "spec/torch_api.yaml"
#error "binds calls at::atleast_2d, which this ATen does not have (no <ATen/ops/atleast_2d.h>)"
#endif
#if __has_include(<ATen/ops/atleast_3d.h>)
#include <ATen/ops/atleast_3d.h>
#else
#line 4426 "spec/torch_api.yaml"
#error "binds calls at::atleast_3d, which this ATen does not have (no <ATen/ops/atleast_3d.h>)"
#endif
#if __has_include(<ATen/ops/baddbmm.h>)
#include <ATen/ops/baddbmm.h>
#else
#line 5645 "spec/torch_api.yaml"
#error "binds calls at::baddbmm, which this ATen does not have (no <ATen/ops/baddbmm.h>)"
#endif
#if __has_include(<ATen/ops/bincount.h>)
#include <ATen/ops/bincount.h>
#else
#line 3772 "spec/torch_api.yaml"
#error "binds calls at::bincount, which this ATen does not have (no <ATen/ops/bincount.h>)"
#endif
#if __has_include(<ATen/ops/bmm.h>)
#include <ATen/ops/bmm.h>
#else
#line 5564 "spec/torch_api.yaml"
#error "binds calls at::bmm, which this ATen does not have (no <ATen/ops/bmm.h>)"
#endif
#if __has_include(<ATen/ops/broadcast_to.h>)
#include <ATen/ops/broadcast_to.h>
#else
#line 3901 "spec/torch_api.yaml"
#error "binds calls at::broadcast_to, which this ATen does not have (no <ATen/ops/broadcast_to.h>)"
#endif
#if __has_include(<ATen/ops/bucketize.h>)
#include <ATen/ops/bucketize.h>
#else
#line 3788 "spec/torch_api.yaml"
#error "binds calls at::bucketize, which this ATen does not have (no <ATen/ops/bucketize.h>)"
#endif
#if __has_include(<ATen/ops/cdist.h>)
#include <ATen/ops/cdist.h>
#else
#line 5759 "spec/torch_api.yaml"
#error "binds calls at::cdist, which this ATen does not have (no <ATen/ops/cdist.h>)"
#endif
#if __has_include(<ATen/ops/cholesky.h>)
#include <ATen/ops/cholesky.h>
#else
#line 5810 "spec/torch_api.yaml"
#error "binds calls at::cholesky, which this ATen does not have (no <ATen/ops/cholesky.h>)"
#endif
#if __has_include(<ATen/ops/cholesky_inverse.h>)
#include <ATen/ops/cholesky_inverse.h>
#else
#line 5824 "spec/torch_api.yaml"
#error "binds calls at::cholesky_inverse, which this ATen does not have (no <ATen/ops/cholesky_inverse.h>)"
#endif
#if __has_include(<ATen/ops/cholesky_solve.h>)
#include <ATen/ops/cholesky_solve.h>
#else
#line 5838 "spec/torch_api.yaml"
#error "binds calls at::cholesky_solve, which this ATen does not have (no <ATen/ops/cholesky_solve.h>)"
#endif
#if __has_include(<ATen/ops/column_stack.h>)
#include <ATen/ops/column_stack.h>
#else
#line 4364 "spec/torch_api.yaml"
#error "binds calls at::column_stack, which this ATen does not have (no <ATen/ops/column_stack.h>)"
#endif
#if __has_include(<ATen/ops/corrcoef.h>)
#include <ATen/ops/corrcoef.h>
#else
#line 5967 "spec/torch_api.yaml"
#error "binds calls at::corrcoef, which this ATen does not have (no <ATen/ops/corrcoef.h>)"
#endif
#if __has_include(<ATen/ops/count_nonzero.h>)
#include <ATen/ops/count_nonzero.h>
#else
#line 3336 "spec/torch_api.yaml"
#error "binds calls at::count_nonzero, which this ATen does not have (no <ATen/ops/count_nonzero.h>)"
#endif
#if __has_include(<ATen/ops/cov.h>)
#include <ATen/ops/cov.h>
#else
#line 5983 "spec/torch_api.yaml"
#error "binds calls at::cov, which this ATen does not have (no <ATen/ops/cov.h>)"
#endif
#if __has_include(<ATen/ops/cross.h>)
#include <ATen/ops/cross.h>
#else
#line 5715 "spec/torch_api.yaml"
#error "binds calls at::cross, which this ATen does not have (no <ATen/ops/cross.h>)"
#endif
#if __has_include(<ATen/ops/cummax.h>)
#include <ATen/ops/cummax.h>
#else
#line 3119 "spec/torch_api.yaml"
#error "binds calls at::cummax, which this ATen does not have (no <ATen/ops/cummax.h>)"
#endif
#if __has_include(<ATen/ops/cummin.h>)
#include <ATen/ops/cummin.h>
#else
#line 3134 "spec/torch_api.yaml"
#error "binds calls at::cummin, which this ATen does not have (no <ATen/ops/cummin.h>)"
#endif
#if __has_include(<ATen/ops/cumprod.h>)
#include <ATen/ops/cumprod.h>
#else
#line 3104 "spec/torch_api.yaml"
#error "binds calls at::cumprod, which this ATen does not have (no <ATen/ops/cumprod.h>)"
#endif
#if __has_include(<ATen/ops/cumsum.h>)
#include <ATen/ops/cumsum.h>
#else
#line 3089 "spec/torch_api.yaml"
#error "binds calls at::cumsum, which this ATen does not have (no <ATen/ops/cumsum.h>)"
#endif
#if __has_include(<ATen/ops/cumulative_trapezoid.h>)
#include <ATen/ops/cumulative_trapezoid.h>
#else
#line 6062 "spec/torch_api.yaml"
#error "binds calls at::cumulative_trapezoid, which this ATen does not have (no <ATen/ops/cumulative_trapezoid.h>)"
#endif
#if __has_include(<ATen/ops/diag.h>)
#include <ATen/ops/diag.h>
#else
#line 4478 "spec/torch_api.yaml"
#error "binds calls at::diag, which this ATen does not have (no <ATen/ops/diag.h>)"
#endif
#if __has_include(<ATen/ops/diag_embed.h>)
#include <ATen/ops/diag_embed.h>
#else
#line 4493 "spec/torch_api.yaml"
#error "binds calls at::diag_embed, which this ATen does not have (no <ATen/ops/diag_embed.h>)"
#endif
#if __has_include(<ATen/ops/diagflat.h>)
#include <ATen/ops/diagflat.h>
#else
#line 4521 "spec/torch_api.yaml"
#error "binds calls at::diagflat, which this ATen does not have (no <ATen/ops/diagflat.h>)"
#endif
#if __has_include(<ATen/ops/diagonal.h>)
#include <ATen/ops/diagonal.h>
#else
#line 4508 "spec/torch_api.yaml"
#error "binds calls at::diagonal, which this ATen does not have (no <ATen/ops/diagonal.h>)"
#endif
#if __has_include(<ATen/ops/diff.h>)
#include <ATen/ops/diff.h>
#else
#line 3860 "spec/torch_api.yaml"
#error "binds calls at::diff, which this ATen does not have (no <ATen/ops/diff.h>)"
#endif
#if __has_include(<ATen/ops/dist.h>)
#include <ATen/ops/dist.h>
#else
#line 5744 "spec/torch_api.yaml"
#error "binds calls at::dist, which this ATen does not have (no <ATen/ops/dist.h>)"
#endif
#if __has_include(<ATen/ops/dot.h>)
#include <ATen/ops/dot.h>
#else
#line 527 "spec/torch_api.yaml"
#error "binds calls at::dot, which this ATen does not have (no <ATen/ops/dot.h>)"
#endif
#if __has_include(<ATen/ops/dsplit.h>)
#include <ATen/ops/dsplit.h>
#else
#line 4243 "spec/torch_api.yaml"
#error "binds calls at::dsplit, which this ATen does not have (no <ATen/ops/dsplit.h>)"
#endif
#if __has_include(<ATen/ops/dstack.h>)
#include <ATen/ops/dstack.h>
#else
#line 4352 "spec/torch_api.yaml"
#error "binds calls at::dstack, which this ATen does not have (no <ATen/ops/dstack.h>)"
#endif
#if __has_include(<ATen/ops/einsum.h>)
#include <ATen/ops/einsum.h>
#else
#line 5730 "spec/torch_api.yaml"
#error "binds calls at::einsum, which this ATen does not have (no <ATen/ops/einsum.h>)"
#endif
#if __has_include(<ATen/ops/flatten.h>)
#include <ATen/ops/flatten.h>
#else
#line 871 "spec/torch_api.yaml"
#error "binds calls at::flatten, which this ATen does not have (no <ATen/ops/flatten.h>)"
#endif
#if __has_include(<ATen/ops/flip.h>)
#include <ATen/ops/flip.h>
#else
#line 3914 "spec/torch_api.yaml"
#error "binds calls at::flip, which this ATen does not have (no <ATen/ops/flip.h>)"
#endif
#if __has_include(<ATen/ops/fliplr.h>)
#include <ATen/ops/fliplr.h>
#else
#line 3926 "spec/torch_api.yaml"
#error "binds calls at::fliplr, which this ATen does not have (no <ATen/ops/fliplr.h>)"
#endif
#if __has_include(<ATen/ops/flipud.h>)
#include <ATen/ops/flipud.h>
#else
#line 3938 "spec/torch_api.yaml"
#error "binds calls at::flipud, which this ATen does not have (no <ATen/ops/flipud.h>)"
#endif
#if __has_include(<ATen/ops/geqrf.h>)
#include <ATen/ops/geqrf.h>
#else
#line 5938 "spec/torch_api.yaml"
#error "binds calls at::geqrf, which this ATen does not have (no <ATen/ops/geqrf.h>)"
#endif
#if __has_include(<ATen/ops/histc.h>)
#include <ATen/ops/histc.h>
#else
#line 3758 "spec/torch_api.yaml"
#error "binds calls at::histc, which this ATen does not have (no <ATen/ops/histc.h>)"
#endif
#if __has_include(<ATen/ops/hsplit.h>)
#include <ATen/ops/hsplit.h>
#else
#line 4187 "spec/torch_api.yaml"
#error "binds calls at::hsplit, which this ATen does not have (no <ATen/ops/hsplit.h>)"
#endif
#if __has_include(<ATen/ops/hstack.h>)
#include <ATen/ops/hstack.h>
#else
#line 4328 "spec/torch_api.yaml"
#error "binds calls at::hstack, which this ATen does not have (no <ATen/ops/hstack.h>)"
#endif
#if __has_include(<ATen/ops/inner.h>)
#include <ATen/ops/inner.h>
#else
#line 5701 "spec/torch_api.yaml"
#error "binds calls at::inner, which this ATen does not have (no <ATen/ops/inner.h>)"
#endif
#if __has_include(<ATen/ops/kron.h>)
#include <ATen/ops/kron.h>
#else
#line 4546 "spec/torch_api.yaml"
#error "binds calls at::kron, which this ATen does not have (no <ATen/ops/kron.h>)"
#endif
#if __has_include(<ATen/ops/kthvalue.h>)
#include <ATen/ops/kthvalue.h>
#else
#line 3473 "spec/torch_api.yaml"
#error "binds calls at::kthvalue, which this ATen does not have (no <ATen/ops/kthvalue.h>)"
#endif
#if __has_include(<ATen/ops/linalg_cholesky.h>)
#include <ATen/ops/linalg_cholesky.h>
#else
#line 6125 "spec/torch_api.yaml"
#error "binds calls at::linalg_cholesky, which this ATen does not have (no <ATen/ops/linalg_cholesky.h>)"
#endif
#if __has_include(<ATen/ops/linalg_cholesky_ex.h>)
#include <ATen/ops/linalg_cholesky_ex.h>
#else
#line 6142 "spec/torch_api.yaml"
#error "binds calls at::linalg_cholesky_ex, which this ATen does not have (no <ATen/ops/linalg_cholesky_ex.h>)"
#endif
#if __has_include(<ATen/ops/linalg_cond.h>)
#include <ATen/ops/linalg_cond.h>
#else
#line 6170 "spec/torch_api.yaml"
#error "binds calls at::linalg_cond, which this ATen does not have (no <ATen/ops/linalg_cond.h>)"
#endif
#if __has_include(<ATen/ops/linalg_cross.h>)
#include <ATen/ops/linalg_cross.h>
#else
#line 6095 "spec/torch_api.yaml"
#error "binds calls at::linalg_cross, which this ATen does not have (no <ATen/ops/linalg_cross.h>)"
#endif
#if __has_include(<ATen/ops/linalg_det.h>)
#include <ATen/ops/linalg_det.h>
#else
#line 570 "spec/torch_api.yaml"
#error "binds calls at::linalg_det, which this ATen does not have (no <ATen/ops/linalg_det.h>)"
#endif
#if __has_include(<ATen/ops/linalg_diagonal.h>)
#include <ATen/ops/linalg_diagonal.h>
#else
#line 6111 "spec/torch_api.yaml"
#error "binds calls at::linalg_diagonal, which this ATen does not have (no <ATen/ops/linalg_diagonal.h>)"
#endif
#if __has_include(<ATen/ops/linalg_eig.h>)
#include <ATen/ops/linalg_eig.h>
#else
#line 603 "spec/torch_api.yaml"
#error "binds calls at::linalg_eig, which this ATen does not have (no <ATen/ops/linalg_eig.h>)"
#endif
#if __has_include(<ATen/ops/linalg_eigh.h>)
#include <ATen/ops/linalg_eigh.h>
#else
#line 6210 "spec/torch_api.yaml"
#error "binds calls at::linalg_eigh, which this ATen does not have (no <ATen/ops/linalg_eigh.h>)"
#endif
#if __has_include(<ATen/ops/linalg_eigvals.h>)
#include <ATen/ops/linalg_eigvals.h>
#else
#line 6195 "spec/torch_api.yaml"
#error "binds calls at::linalg_eigvals, which this ATen does not have (no <ATen/ops/linalg_eigvals.h>)"
#endif
#if __has_include(<ATen/ops/linalg_eigvalsh.h>)
#include <ATen/ops/linalg_eigvalsh.h>
#else
#line 6223 "spec/torch_api.yaml"
#error "binds calls at::linalg_eigvalsh, which this ATen does not have (no <ATen/ops/linalg_eigvalsh.h>)"
#endif
#if __has_include(<ATen/ops/linalg_householder_product.h>)
#include <ATen/ops/linalg_householder_product.h>
#else
#line 6236 "spec/torch_api.yaml"
#error "binds calls at::linalg_householder_product, which this ATen does not have (no <ATen/ops/linalg_householder_product.h>)"
#endif
#if __has_include(<ATen/ops/linalg_inv.h>)
#include <ATen/ops/linalg_inv.h>
#else
#line 581 "spec/torch_api.yaml"
#error "binds calls at::linalg_inv, which this ATen does not have (no <ATen/ops/linalg_inv.h>)"
#endif
#if __has_include(<ATen/ops/linalg_inv_ex.h>)
#include <ATen/ops/linalg_inv_ex.h>
#else
#line 6528 "spec/torch_api.yaml"
#error "binds calls at::linalg_inv_ex, which this ATen does not have (no <ATen/ops/linalg_inv_ex.h>)"
#endif
#if __has_include(<ATen/ops/linalg_ldl_factor.h>)
#include <ATen/ops/linalg_ldl_factor.h>
#else
#line 6252 "spec/torch_api.yaml"
#error "binds calls at::linalg_ldl_factor, which this ATen does not have (no <ATen/ops/linalg_ldl_factor.h>)"
#endif
#if __has_include(<ATen/ops/linalg_ldl_factor_ex.h>)
#include <ATen/ops/linalg_ldl_factor_ex.h>
#else
#line 6270 "spec/torch_api.yaml"
#error "binds calls at::linalg_ldl_factor_ex, which this ATen does not have (no <ATen/ops/linalg_ldl_factor_ex.h>)"
#endif
#if __has_include(<ATen/ops/linalg_ldl_solve.h>)
#include <ATen/ops/linalg_ldl_solve.h>
#else
#line 6286 "spec/torch_api.yaml"
#error "binds calls at::linalg_ldl_solve, which this ATen does not have (no <ATen/ops/linalg_ldl_solve.h>)"
#endif
#if __has_include(<ATen/ops/linalg_lstsq.h>)
#include <ATen/ops/linalg_lstsq.h>
#else
#line 6306 "spec/torch_api.yaml"
#error "binds calls at::linalg_lstsq, which this ATen does not have (no <ATen/ops/linalg_lstsq.h>)"
#endif
#if __has_include(<ATen/ops/linalg_lu.h>)
#include <ATen/ops/linalg_lu.h>
#else
#line 6495 "spec/torch_api.yaml"
#error "binds calls at::linalg_lu, which this ATen does not have (no <ATen/ops/linalg_lu.h>)"
#endif
#if __has_include(<ATen/ops/linalg_lu_factor.h>)
#include <ATen/ops/linalg_lu_factor.h>
#else
#line 6460 "spec/torch_api.yaml"
#error "binds calls at::linalg_lu_factor, which this ATen does not have (no <ATen/ops/linalg_lu_factor.h>)"
#endif
#if __has_include(<ATen/ops/linalg_lu_factor_ex.h>)
#include <ATen/ops/linalg_lu_factor_ex.h>
#else
#line 6478 "spec/torch_api.yaml"
#error "binds calls at::linalg_lu_factor_ex, which this ATen does not have (no <ATen/ops/linalg_lu_factor_ex.h>)"
#endif
#if __has_include(<ATen/ops/linalg_lu_solve.h>)
#include <ATen/ops/linalg_lu_solve.h>
#else
#line 6512 "spec/torch_api.yaml"
#error "binds calls at::linalg_lu_solve, which this ATen does not have (no <ATen/ops/linalg_lu_solve.h>)"
#endif
#if __has_include(<ATen/ops/linalg_matrix_norm.h>)
#include <ATen/ops/linalg_matrix_norm.h>
#else
#line 6383 "spec/torch_api.yaml"
#error "binds calls at::linalg_matrix_norm, which this ATen does not have (no <ATen/ops/linalg_matrix_norm.h>)"
#endif
#if __has_include(<ATen/ops/linalg_matrix_power.h>)
#include <ATen/ops/linalg_matrix_power.h>
#else
#line 6319 "spec/torch_api.yaml"
#error "binds calls at::linalg_matrix_power, which this ATen does not have (no <ATen/ops/linalg_matrix_power.h>)"
#endif
#if __has_include(<ATen/ops/linalg_matrix_rank.h>)
#include <ATen/ops/linalg_matrix_rank.h>
#else
#line 6594 "spec/torch_api.yaml"
#error "binds calls at::linalg_matrix_rank, which this ATen does not have (no <ATen/ops/linalg_matrix_rank.h>)"
#endif
#if __has_include(<ATen/ops/linalg_multi_dot.h>)
#include <ATen/ops/linalg_multi_dot.h>
#else
#line 6332 "spec/torch_api.yaml"
#error "binds calls at::linalg_multi_dot, which this ATen does not have (no <ATen/ops/linalg_multi_dot.h>)"
#endif
#if __has_include(<ATen/ops/linalg_norm.h>)
#include <ATen/ops/linalg_norm.h>
#else
#line 6349 "spec/torch_api.yaml"
#error "binds calls at::linalg_norm, which this ATen does not have (no <ATen/ops/linalg_norm.h>)"
#endif
#if __has_include(<ATen/ops/linalg_pinv.h>)
#include <ATen/ops/linalg_pinv.h>
#else
#line 6654 "spec/torch_api.yaml"
#error "binds calls at::linalg_pinv, which this ATen does not have (no <ATen/ops/linalg_pinv.h>)"
#endif
#if __has_include(<ATen/ops/linalg_qr.h>)
#include <ATen/ops/linalg_qr.h>
#else
#line 6415 "spec/torch_api.yaml"
#error "binds calls at::linalg_qr, which this ATen does not have (no <ATen/ops/linalg_qr.h>)"
#endif
#if __has_include(<ATen/ops/linalg_slogdet.h>)
#include <ATen/ops/linalg_slogdet.h>
#else
#line 6429 "spec/torch_api.yaml"
#error "binds calls at::linalg_slogdet, which this ATen does not have (no <ATen/ops/linalg_slogdet.h>)"
#endif
#if __has_include(<ATen/ops/linalg_solve.h>)
#include <ATen/ops/linalg_solve.h>
#else
#line 6543 "spec/torch_api.yaml"
#error "binds calls at::linalg_solve, which this ATen does not have (no <ATen/ops/linalg_solve.h>)"
#endif
#if __has_include(<ATen/ops/linalg_solve_ex.h>)
#include <ATen/ops/linalg_solve_ex.h>
#else
#line 6561 "spec/torch_api.yaml"
#error "binds calls at::linalg_solve_ex, which this ATen does not have (no <ATen/ops/linalg_solve_ex.h>)"
#endif
#if __has_include(<ATen/ops/linalg_solve_triangular.h>)
#include <ATen/ops/linalg_solve_triangular.h>
#else
#line 6578 "spec/torch_api.yaml"
#error "binds calls at::linalg_solve_triangular, which this ATen does not have (no <ATen/ops/linalg_solve_triangular.h>)"
#endif
#if __has_include(<ATen/ops/linalg_svd.h>)
#include <ATen/ops/linalg_svd.h>
#else
#line 592 "spec/torch_api.yaml"
#error "binds calls at::linalg_svd, which this ATen does not have (no <ATen/ops/linalg_svd.h>)"
#endif
#if __has_include(<ATen/ops/linalg_svdvals.h>)
#include <ATen/ops/linalg_svdvals.h>
#else
#line 6712 "spec/torch_api.yaml"
#error "binds calls at::linalg_svdvals, which this ATen does not have (no <ATen/ops/linalg_svdvals.h>)"
#endif
#if __has_include(<ATen/ops/linalg_tensorinv.h>)
#include <ATen/ops/linalg_tensorinv.h>
#else
#line 6725 "spec/torch_api.yaml"
#error "binds calls at::linalg_tensorinv, which this ATen does not have (no <ATen/ops/linalg_tensorinv.h>)"
#endif
#if __has_include(<ATen/ops/linalg_tensorsolve.h>)
#include <ATen/ops/linalg_tensorsolve.h>
#else
#line 6739 "spec/torch_api.yaml"
#error "binds calls at::linalg_tensorsolve, which this ATen does not have (no <ATen/ops/linalg_tensorsolve.h>)"
#endif
#if __has_include(<ATen/ops/linalg_vander.h>)
#include <ATen/ops/linalg_vander.h>
#else
#line 6444 "spec/torch_api.yaml"
#error "binds calls at::linalg_vander, which this ATen does not have (no <ATen/ops/linalg_vander.h>)"
#endif
#if __has_include(<ATen/ops/linalg_vecdot.h>)
#include <ATen/ops/linalg_vecdot.h>
#else
#line 6157 "spec/torch_api.yaml"
#error "binds calls at::linalg_vecdot, which this ATen does not have (no <ATen/ops/linalg_vecdot.h>)"
#endif
#if __has_include(<ATen/ops/linalg_vector_norm.h>)
#include <ATen/ops/linalg_vector_norm.h>
#else
#line 559 "spec/torch_api.yaml"
#error "binds calls at::linalg_vector_norm, which this ATen does not have (no <ATen/ops/linalg_vector_norm.h>)"
#endif
#if __has_include(<ATen/ops/logcumsumexp.h>)
#include <ATen/ops/logcumsumexp.h>
#else
#line 3147 "spec/torch_api.yaml"
#error "binds calls at::logcumsumexp, which this ATen does not have (no <ATen/ops/logcumsumexp.h>)"
#endif
#if __has_include(<ATen/ops/logdet.h>)
#include <ATen/ops/logdet.h>
#else
#line 5783 "spec/torch_api.yaml"
#error "binds calls at::logdet, which this ATen does not have (no <ATen/ops/logdet.h>)"
#endif
#if __has_include(<ATen/ops/logsumexp.h>)
#include <ATen/ops/logsumexp.h>
#else
#line 3161 "spec/torch_api.yaml"
#error "binds calls at::logsumexp, which this ATen does not have (no <ATen/ops/logsumexp.h>)"
#endif
#if __has_include(<ATen/ops/lu_solve.h>)
#include <ATen/ops/lu_solve.h>
#else
#line 5904 "spec/torch_api.yaml"
#error "binds calls at::lu_solve, which this ATen does not have (no <ATen/ops/lu_solve.h>)"
#endif
#if __has_include(<ATen/ops/lu_unpack.h>)
#include <ATen/ops/lu_unpack.h>
#else
#line 5890 "spec/torch_api.yaml"
#error "binds calls at::lu_unpack, which this ATen does not have (no <ATen/ops/lu_unpack.h>)"
#endif
#if __has_include(<ATen/ops/matmul.h>)
#include <ATen/ops/matmul.h>
#else
#line 515 "spec/torch_api.yaml"
#error "binds calls at::matmul, which this ATen does not have (no <ATen/ops/matmul.h>)"
#endif
#if __has_include(<ATen/ops/matrix_exp.h>)
#include <ATen/ops/matrix_exp.h>
#else
#line 5771 "spec/torch_api.yaml"
#error "binds calls at::matrix_exp, which this ATen does not have (no <ATen/ops/matrix_exp.h>)"
#endif
#if __has_include(<ATen/ops/max.h>)
#include <ATen/ops/max.h>
#else
#line 663 "spec/torch_api.yaml"
#error "binds calls at::max, which this ATen does not have (no <ATen/ops/max.h>)"
#endif
#if __has_include(<ATen/ops/mean.h>)
#include <ATen/ops/mean.h>
#else
#line 639 "spec/torch_api.yaml"
#error "binds calls at::mean, which this ATen does not have (no <ATen/ops/mean.h>)"
#endif
#if __has_include(<ATen/ops/median.h>)
#include <ATen/ops/median.h>
#else
#line 3394 "spec/torch_api.yaml"
#error "binds calls at::median, which this ATen does not have (no <ATen/ops/median.h>)"
#endif
#if __has_include(<ATen/ops/meshgrid.h>)
#include <ATen/ops/meshgrid.h>
#else
#line 4558 "spec/torch_api.yaml"
#error "binds calls at::meshgrid, which this ATen does not have (no <ATen/ops/meshgrid.h>)"
#endif
#if __has_include(<ATen/ops/min.h>)
#include <ATen/ops/min.h>
#else
#line 687 "spec/torch_api.yaml"
#error "binds calls at::min, which this ATen does not have (no <ATen/ops/min.h>)"
#endif
#if __has_include(<ATen/ops/mm.h>)
#include <ATen/ops/mm.h>
#else
#line 5551 "spec/torch_api.yaml"
#error "binds calls at::mm, which this ATen does not have (no <ATen/ops/mm.h>)"
#endif
#if __has_include(<ATen/ops/mode.h>)
#include <ATen/ops/mode.h>
#else
#line 3456 "spec/torch_api.yaml"
#error "binds calls at::mode, which this ATen does not have (no <ATen/ops/mode.h>)"
#endif
#if __has_include(<ATen/ops/movedim.h>)
#include <ATen/ops/movedim.h>
#else
#line 4055 "spec/torch_api.yaml"
#error "binds calls at::movedim, which this ATen does not have (no <ATen/ops/movedim.h>)"
#endif
#if __has_include(<ATen/ops/msort.h>)
#include <ATen/ops/msort.h>
#else
#line 3569 "spec/torch_api.yaml"
#error "binds calls at::msort, which this ATen does not have (no <ATen/ops/msort.h>)"
#endif
#if __has_include(<ATen/ops/mv.h>)
#include <ATen/ops/mv.h>
#else
#line 5577 "spec/torch_api.yaml"
#error "binds calls at::mv, which this ATen does not have (no <ATen/ops/mv.h>)"
#endif
#if __has_include(<ATen/ops/nanmean.h>)
#include <ATen/ops/nanmean.h>
#else
#line 3382 "spec/torch_api.yaml"
#error "binds calls at::nanmean, which this ATen does not have (no <ATen/ops/nanmean.h>)"
#endif
#if __has_include(<ATen/ops/nanmedian.h>)
#include <ATen/ops/nanmedian.h>
#else
#line 3423 "spec/torch_api.yaml"
#error "binds calls at::nanmedian, which this ATen does not have (no <ATen/ops/nanmedian.h>)"
#endif
#if __has_include(<ATen/ops/nanquantile.h>)
#include <ATen/ops/nanquantile.h>
#else
#line 3621 "spec/torch_api.yaml"
#error "binds calls at::nanquantile, which this ATen does not have (no <ATen/ops/nanquantile.h>)"
#endif
#if __has_include(<ATen/ops/nansum.h>)
#include <ATen/ops/nansum.h>
#else
#line 3366 "spec/torch_api.yaml"
#error "binds calls at::nansum, which this ATen does not have (no <ATen/ops/nansum.h>)"
#endif
#if __has_include(<ATen/ops/narrow.h>)
#include <ATen/ops/narrow.h>
#else
#line 4273 "spec/torch_api.yaml"
#error "binds calls at::narrow, which this ATen does not have (no <ATen/ops/narrow.h>)"
#endif
#if __has_include(<ATen/ops/ormqr.h>)
#include <ATen/ops/ormqr.h>
#else
#line 5954 "spec/torch_api.yaml"
#error "binds calls at::ormqr, which this ATen does not have (no <ATen/ops/ormqr.h>)"
#endif
#if __has_include(<ATen/ops/outer.h>)
#include <ATen/ops/outer.h>
#else
#line 5688 "spec/torch_api.yaml"
#error "binds calls at::outer, which this ATen does not have (no <ATen/ops/outer.h>)"
#endif
#if __has_include(<ATen/ops/permute.h>)
#include <ATen/ops/permute.h>
#else
#line 829 "spec/torch_api.yaml"
#error "binds calls at::permute, which this ATen does not have (no <ATen/ops/permute.h>)"
#endif
#if __has_include(<ATen/ops/pinverse.h>)
#include <ATen/ops/pinverse.h>
#else
#line 5796 "spec/torch_api.yaml"
#error "binds calls at::pinverse, which this ATen does not have (no <ATen/ops/pinverse.h>)"
#endif
#if __has_include(<ATen/ops/prod.h>)
#include <ATen/ops/prod.h>
#else
#line 3175 "spec/torch_api.yaml"
#error "binds calls at::prod, which this ATen does not have (no <ATen/ops/prod.h>)"
#endif
#if __has_include(<ATen/ops/qr.h>)
#include <ATen/ops/qr.h>
#else
#line 5853 "spec/torch_api.yaml"
#error "binds calls at::qr, which this ATen does not have (no <ATen/ops/qr.h>)"
#endif
#if __has_include(<ATen/ops/quantile.h>)
#include <ATen/ops/quantile.h>
#else
#line 3586 "spec/torch_api.yaml"
#error "binds calls at::quantile, which this ATen does not have (no <ATen/ops/quantile.h>)"
#endif
#if __has_include(<ATen/ops/ravel.h>)
#include <ATen/ops/ravel.h>
#else
#line 4316 "spec/torch_api.yaml"
#error "binds calls at::ravel, which this ATen does not have (no <ATen/ops/ravel.h>)"
#endif
#if __has_include(<ATen/ops/real.h>)
#include <ATen/ops/real.h>
#else
#line 603 "spec/torch_api.yaml"
#error "binds calls at::real, which this ATen does not have (no <ATen/ops/real.h>)"
#endif
#if __has_include(<ATen/ops/repeat_interleave.h>)
#include <ATen/ops/repeat_interleave.h>
#else
#line 3993 "spec/torch_api.yaml"
#error "binds calls at::repeat_interleave, which this ATen does not have (no <ATen/ops/repeat_interleave.h>)"
#endif
#if __has_include(<ATen/ops/reshape.h>)
#include <ATen/ops/reshape.h>
#else
#line 803 "spec/torch_api.yaml"
#error "binds calls at::reshape, which this ATen does not have (no <ATen/ops/reshape.h>)"
#endif
#if __has_include(<ATen/ops/roll.h>)
#include <ATen/ops/roll.h>
#else
#line 3952 "spec/torch_api.yaml"
#error "binds calls at::roll, which this ATen does not have (no <ATen/ops/roll.h>)"
#endif
#if __has_include(<ATen/ops/rot90.h>)
#include <ATen/ops/rot90.h>
#else
#line 3966 "spec/torch_api.yaml"
#error "binds calls at::rot90, which this ATen does not have (no <ATen/ops/rot90.h>)"
#endif
#if __has_include(<ATen/ops/searchsorted.h>)
#include <ATen/ops/searchsorted.h>
#else
#line 3824 "spec/torch_api.yaml"
#error "binds calls at::searchsorted, which this ATen does not have (no <ATen/ops/searchsorted.h>)"
#endif
#if __has_include(<ATen/ops/sort.h>)
#include <ATen/ops/sort.h>
#else
#line 3507 "spec/torch_api.yaml"
#error "binds calls at::sort, which this ATen does not have (no <ATen/ops/sort.h>)"
#endif
#if __has_include(<ATen/ops/split.h>)
#include <ATen/ops/split.h>
#else
#line 4099 "spec/torch_api.yaml"
#error "binds calls at::split, which this ATen does not have (no <ATen/ops/split.h>)"
#endif
#if __has_include(<ATen/ops/split_with_sizes.h>)
#include <ATen/ops/split_with_sizes.h>
#else
#line 4129 "spec/torch_api.yaml"
#error "binds calls at::split_with_sizes, which this ATen does not have (no <ATen/ops/split_with_sizes.h>)"
#endif
#if __has_include(<ATen/ops/squeeze.h>)
#include <ATen/ops/squeeze.h>
#else
#line 839 "spec/torch_api.yaml"
#error "binds calls at::squeeze, which this ATen does not have (no <ATen/ops/squeeze.h>)"
#endif
#if __has_include(<ATen/ops/std.h>)
#include <ATen/ops/std.h>
#else
#line 743 "spec/torch_api.yaml"
#error "binds calls at::std, which this ATen does not have (no <ATen/ops/std.h>)"
#endif
#if __has_include(<ATen/ops/std_mean.h>)
#include <ATen/ops/std_mean.h>
#else
#line 3706 "spec/torch_api.yaml"
#error "binds calls at::std_mean, which this ATen does not have (no <ATen/ops/std_mean.h>)"
#endif
#if __has_include(<ATen/ops/sum.h>)
#include <ATen/ops/sum.h>
#else
#line 615 "spec/torch_api.yaml"
#error "binds calls at::sum, which this ATen does not have (no <ATen/ops/sum.h>)"
#endif
#if __has_include(<ATen/ops/svd.h>)
#include <ATen/ops/svd.h>
#else
#line 5871 "spec/torch_api.yaml"
#error "binds calls at::svd, which this ATen does not have (no <ATen/ops/svd.h>)"
#endif
#if __has_include(<ATen/ops/t.h>)
#include <ATen/ops/t.h>
#else
#line 549 "spec/torch_api.yaml"
#error "binds calls at::t, which this ATen does not have (no <ATen/ops/t.h>)"
#endif
#if __has_include(<ATen/ops/tensor_split.h>)
#include <ATen/ops/tensor_split.h>
#else
#line 4143 "spec/torch_api.yaml"
#error "binds calls at::tensor_split, which this ATen does not have (no <ATen/ops/tensor_split.h>)"
#endif
#if __has_include(<ATen/ops/tile.h>)
#include <ATen/ops/tile.h>
#else
#line 4041 "spec/torch_api.yaml"
#error "binds calls at::tile, which this ATen does not have (no <ATen/ops/tile.h>)"
#endif
#if __has_include(<ATen/ops/topk.h>)
#include <ATen/ops/topk.h>
#else
#line 3491 "spec/torch_api.yaml"
#error "binds calls at::topk, which this ATen does not have (no <ATen/ops/topk.h>)"
#endif
#if __has_include(<ATen/ops/trace.h>)
#include <ATen/ops/trace.h>
#else
#line 4533 "spec/torch_api.yaml"
#error "binds calls at::trace, which this ATen does not have (no <ATen/ops/trace.h>)"
#endif
#if __has_include(<ATen/ops/transpose.h>)
#include <ATen/ops/transpose.h>
#else
#line 539 "spec/torch_api.yaml"
#error "binds calls at::transpose, which this ATen does not have (no <ATen/ops/transpose.h>)"
#endif
#if __has_include(<ATen/ops/trapezoid.h>)
#include <ATen/ops/trapezoid.h>
#else
#line 5998 "spec/torch_api.yaml"
#error "binds calls at::trapezoid, which this ATen does not have (no <ATen/ops/trapezoid.h>)"
#endif
#if __has_include(<ATen/ops/trapz.h>)
#include <ATen/ops/trapz.h>
#else
#line 6030 "spec/torch_api.yaml"
#error "binds calls at::trapz, which this ATen does not have (no <ATen/ops/trapz.h>)"
#endif
#if __has_include(<ATen/ops/triangular_solve.h>)
#include <ATen/ops/triangular_solve.h>
#else
#line 5923 "spec/torch_api.yaml"
#error "binds calls at::triangular_solve, which this ATen does not have (no <ATen/ops/triangular_solve.h>)"
#endif
#if __has_include(<ATen/ops/tril.h>)
#include <ATen/ops/tril.h>
#else
#line 4452 "spec/torch_api.yaml"
#error "binds calls at::tril, which this ATen does not have (no <ATen/ops/tril.h>)"
#endif
#if __has_include(<ATen/ops/triu.h>)
#include <ATen/ops/triu.h>
#else
#line 4465 "spec/torch_api.yaml"
#error "binds calls at::triu, which this ATen does not have (no <ATen/ops/triu.h>)"
#endif
#if __has_include(<ATen/ops/unbind.h>)
#include <ATen/ops/unbind.h>
#else
#line 4084 "spec/torch_api.yaml"
#error "binds calls at::unbind, which this ATen does not have (no <ATen/ops/unbind.h>)"
#endif
#if __has_include(<ATen/ops/unflatten.h>)
#include <ATen/ops/unflatten.h>
#else
#line 4303 "spec/torch_api.yaml"
#error "binds calls at::unflatten, which this ATen does not have (no <ATen/ops/unflatten.h>)"
#endif
#if __has_include(<ATen/ops/unsqueeze.h>)
#include <ATen/ops/unsqueeze.h>
#else
#line 861 "spec/torch_api.yaml"
#error "binds calls at::unsqueeze, which this ATen does not have (no <ATen/ops/unsqueeze.h>)"
#endif
#if __has_include(<ATen/ops/var.h>)
#include <ATen/ops/var.h>
#else
#line 754 "spec/torch_api.yaml"
#error "binds calls at::var, which this ATen does not have (no <ATen/ops/var.h>)"
#endif
#if __has_include(<ATen/ops/var_mean.h>)
#include <ATen/ops/var_mean.h>
#else
#line 3654 "spec/torch_api.yaml"
#error "binds calls at::var_mean, which this ATen does not have (no <ATen/ops/var_mean.h>)"
#endif
#if __has_include(<ATen/ops/vdot.h>)
#include <ATen/ops/vdot.h>
#else
#line 5675 "spec/torch_api.yaml"
#error "binds calls at::vdot, which this ATen does not have (no <ATen/ops/vdot.h>)"
#endif
#if __has_include(<ATen/ops/vsplit.h>)
#include <ATen/ops/vsplit.h>
#else
#line 4215 "spec/torch_api.yaml"
#error "binds calls at::vsplit, which this ATen does not have (no <ATen/ops/vsplit.h>)"
#endif
#if __has_include(<ATen/ops/vstack.h>)
#include <ATen/ops/vstack.h>
#else
#line 4340 "spec/torch_api.yaml"
#error "binds calls at::vstack, which this ATen does not have (no <ATen/ops/vstack.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_torchtensor_matmul(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 515 "spec/torch_api.yaml"
        return sffi::new_tensor(at::matmul(handle, other));
#line 958 "ops_2.cpp"
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
#line 527 "spec/torch_api.yaml"
        return sffi::new_tensor(at::dot(handle, other));
#line 978 "ops_2.cpp"
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
#line 539 "spec/torch_api.yaml"
        return sffi::new_tensor(at::transpose(handle, dim0, dim1));
#line 1000 "ops_2.cpp"
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
#line 549 "spec/torch_api.yaml"
        return sffi::new_tensor(at::t(handle));
#line 1020 "ops_2.cpp"
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
#line 559 "spec/torch_api.yaml"
        return sffi::to_f64(at::linalg_vector_norm(handle));
#line 1040 "ops_2.cpp"
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
#line 570 "spec/torch_api.yaml"
        return sffi::to_f64(at::linalg_det(handle));
#line 1060 "ops_2.cpp"
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
#line 581 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_inv(handle));
#line 1080 "ops_2.cpp"
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
#line 592 "spec/torch_api.yaml"
        return sffi::new_tensor(std::get<0>(at::linalg_svd(handle, false)));
#line 1100 "ops_2.cpp"
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
#line 603 "spec/torch_api.yaml"
        return sffi::new_tensor(at::real(std::get<0>(at::linalg_eig(handle))));
#line 1120 "ops_2.cpp"
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
#line 2455 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_vector_norm(input, ord, dim, keepdim, dtype));
#line 1144 "ops_2.cpp"
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
#line 2467 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_det(input));
#line 1164 "ops_2.cpp"
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
#line 2486 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_svd(input, full_matrices, driver));
#line 1186 "ops_2.cpp"
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
#line 2500 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_eig(input));
#line 1206 "ops_2.cpp"
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
#line 5551 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mm(input, mat2));
#line 1226 "ops_2.cpp"
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
#line 5564 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bmm(input, mat2));
#line 1246 "ops_2.cpp"
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
#line 5577 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mv(input, vec));
#line 1266 "ops_2.cpp"
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
#line 5594 "spec/torch_api.yaml"
        return sffi::new_tensor(at::addmm(input, mat1, mat2, beta, alpha));
#line 1288 "ops_2.cpp"
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
#line 5611 "spec/torch_api.yaml"
        return sffi::new_tensor(at::addmv(input, mat, vec, beta, alpha));
#line 1310 "ops_2.cpp"
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
#line 5628 "spec/torch_api.yaml"
        return sffi::new_tensor(at::addbmm(input, batch1, batch2, beta, alpha));
#line 1332 "ops_2.cpp"
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
#line 5645 "spec/torch_api.yaml"
        return sffi::new_tensor(at::baddbmm(input, batch1, batch2, beta, alpha));
#line 1354 "ops_2.cpp"
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
#line 5662 "spec/torch_api.yaml"
        return sffi::new_tensor(at::addr(input, vec1, vec2, beta, alpha));
#line 1376 "ops_2.cpp"
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
#line 5675 "spec/torch_api.yaml"
        return sffi::new_tensor(at::vdot(input, other));
#line 1396 "ops_2.cpp"
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
#line 5688 "spec/torch_api.yaml"
        return sffi::new_tensor(at::outer(input, vec2));
#line 1416 "ops_2.cpp"
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
#line 5701 "spec/torch_api.yaml"
        return sffi::new_tensor(at::inner(input, other));
#line 1436 "ops_2.cpp"
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
#line 5715 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cross(input, other, dim));
#line 1457 "ops_2.cpp"
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
#line 5730 "spec/torch_api.yaml"
        return sffi::new_tensor(at::einsum(equation, tensors, path));
#line 1479 "ops_2.cpp"
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
#line 5744 "spec/torch_api.yaml"
        return sffi::new_tensor(at::dist(input, other, p));
#line 1500 "ops_2.cpp"
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
#line 5759 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cdist(x1, x2, p, compute_mode ? std::optional<int64_t>(*compute_mode == "use_mm_for_euclid_dist" ? 1 : *compute_mode == "donot_use_mm_for_euclid_dist" ? 2 : 0) : std::nullopt));
#line 1522 "ops_2.cpp"
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
#line 5771 "spec/torch_api.yaml"
        return sffi::new_tensor(at::matrix_exp(input));
#line 1542 "ops_2.cpp"
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
#line 5783 "spec/torch_api.yaml"
        return sffi::new_tensor(at::logdet(input));
#line 1562 "ops_2.cpp"
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
#line 5796 "spec/torch_api.yaml"
        return sffi::new_tensor(at::pinverse(input, rcond));
#line 1583 "ops_2.cpp"
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
#line 5810 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cholesky(input, upper));
#line 1604 "ops_2.cpp"
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
#line 5824 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cholesky_inverse(input, upper));
#line 1625 "ops_2.cpp"
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
#line 5838 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cholesky_solve(input, input2, upper));
#line 1646 "ops_2.cpp"
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
#line 5853 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::qr(input, some));
#line 1667 "ops_2.cpp"
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
#line 5871 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::svd(input, some, compute_uv));
#line 1689 "ops_2.cpp"
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
#line 5890 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::lu_unpack(lu_data, lu_pivots, unpack_data, unpack_pivots));
#line 1711 "ops_2.cpp"
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
#line 5904 "spec/torch_api.yaml"
        return sffi::new_tensor(at::lu_solve(input, lu_data, lu_pivots));
#line 1731 "ops_2.cpp"
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
#line 5923 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::triangular_solve(input, a, upper, transpose, unitriangular));
#line 1754 "ops_2.cpp"
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
#line 5938 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::geqrf(input));
#line 1774 "ops_2.cpp"
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
#line 5954 "spec/torch_api.yaml"
        return sffi::new_tensor(at::ormqr(input, input2, input3, left, transpose));
#line 1796 "ops_2.cpp"
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
#line 6095 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_cross(input, other, dim));
#line 1817 "ops_2.cpp"
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
#line 6111 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_diagonal(a, offset, dim1, dim2));
#line 1840 "ops_2.cpp"
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
#line 6125 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_cholesky(input, upper));
#line 1861 "ops_2.cpp"
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
#line 6142 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_cholesky_ex(input, upper, check_errors));
#line 1883 "ops_2.cpp"
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
#line 6157 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_vecdot(x, y, dim));
#line 1904 "ops_2.cpp"
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
#line 6170 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_cond(input, p));
#line 1925 "ops_2.cpp"
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
#line 6183 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_cond(input, p));
#line 1946 "ops_2.cpp"
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
#line 6195 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_eigvals(input));
#line 1966 "ops_2.cpp"
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
#line 6210 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_eigh(input, uplo));
#line 1987 "ops_2.cpp"
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
#line 6223 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_eigvalsh(input, uplo));
#line 2008 "ops_2.cpp"
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
#line 6236 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_householder_product(input, tau));
#line 2028 "ops_2.cpp"
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
#line 6252 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_ldl_factor(input, hermitian));
#line 2049 "ops_2.cpp"
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
#line 6270 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_ldl_factor_ex(input, hermitian, check_errors));
#line 2071 "ops_2.cpp"
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
#line 6286 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_ldl_solve(ld, pivots, b, hermitian));
#line 2092 "ops_2.cpp"
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
#line 6306 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_lstsq(input, b, rcond, driver));
#line 2114 "ops_2.cpp"
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
#line 6319 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_matrix_power(input, n));
#line 2135 "ops_2.cpp"
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
#line 6332 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_multi_dot(tensors));
#line 2155 "ops_2.cpp"
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
#line 6349 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_norm(input, ord, dim, keepdim, dtype));
#line 2179 "ops_2.cpp"
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
#line 6366 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_norm(input, ord, dim, keepdim, dtype));
#line 2203 "ops_2.cpp"
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
#line 6383 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_matrix_norm(input, ord, dim, keepdim, dtype));
#line 2227 "ops_2.cpp"
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
#line 6400 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_matrix_norm(input, ord, dim, keepdim, dtype));
#line 2251 "ops_2.cpp"
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
#line 6415 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_qr(a, mode));
#line 2272 "ops_2.cpp"
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
#line 6429 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_slogdet(a));
#line 2292 "ops_2.cpp"
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
#line 6444 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_vander(x, n));
#line 2313 "ops_2.cpp"
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
#line 6460 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_lu_factor(a, pivot));
#line 2334 "ops_2.cpp"
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
#line 6478 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_lu_factor_ex(a, pivot, check_errors));
#line 2356 "ops_2.cpp"
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
#line 6495 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_lu(a, pivot));
#line 2377 "ops_2.cpp"
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
#line 6512 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_lu_solve(lu, pivots, b, left, adjoint));
#line 2399 "ops_2.cpp"
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
#line 6528 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_inv_ex(a, check_errors));
#line 2420 "ops_2.cpp"
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
#line 6543 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_solve(a, b, left));
#line 2441 "ops_2.cpp"
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
#line 6561 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_solve_ex(a, b, left, check_errors));
#line 2463 "ops_2.cpp"
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
#line 6578 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_solve_triangular(input, b, upper, left, unitriangular));
#line 2486 "ops_2.cpp"
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
#line 6594 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_matrix_rank(input, atol, rtol, hermitian));
#line 2509 "ops_2.cpp"
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
#line 6610 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_matrix_rank(input, atol, rtol, hermitian));
#line 2532 "ops_2.cpp"
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
#line 6624 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_matrix_rank(input, tol, hermitian));
#line 2554 "ops_2.cpp"
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
#line 6638 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_matrix_rank(input, tol, hermitian));
#line 2575 "ops_2.cpp"
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
#line 6654 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_pinv(input, atol, rtol, hermitian));
#line 2598 "ops_2.cpp"
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
#line 6670 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_pinv(input, atol, rtol, hermitian));
#line 2621 "ops_2.cpp"
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
#line 6684 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_pinv(input, rcond, hermitian));
#line 2643 "ops_2.cpp"
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
#line 6698 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_pinv(input, rcond, hermitian));
#line 2664 "ops_2.cpp"
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
#line 6712 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_svdvals(a, driver));
#line 2685 "ops_2.cpp"
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
#line 6725 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_tensorinv(input, ind));
#line 2706 "ops_2.cpp"
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
#line 6739 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_tensorsolve(input, other, dims));
#line 2727 "ops_2.cpp"
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
#line 6752 "spec/torch_api.yaml"
        return sffi::new_tensor(input.mT());
#line 2747 "ops_2.cpp"
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
#line 6764 "spec/torch_api.yaml"
        return sffi::new_tensor(input.mH());
#line 2767 "ops_2.cpp"
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
#line 6776 "spec/torch_api.yaml"
        return sffi::new_tensor(input.numpy_T());
#line 2787 "ops_2.cpp"
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
#line 6788 "spec/torch_api.yaml"
        return sffi::new_tensor(input.matrix_H());
#line 2807 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_torchtensor_sum(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 615 "spec/torch_api.yaml"
        return sffi::to_f64(at::sum(handle));
#line 2827 "ops_2.cpp"
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
#line 628 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sum(handle, at::IntArrayRef(dim), keepdim));
#line 2849 "ops_2.cpp"
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
#line 639 "spec/torch_api.yaml"
        return sffi::to_f64(at::mean(handle));
#line 2869 "ops_2.cpp"
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
#line 652 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mean(handle, at::IntArrayRef(dim), keepdim));
#line 2891 "ops_2.cpp"
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
#line 663 "spec/torch_api.yaml"
        return sffi::to_f64(at::max(handle));
#line 2911 "ops_2.cpp"
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
#line 676 "spec/torch_api.yaml"
        return sffi::new_tensor(std::get<0>(at::max(handle, dim, keepdim)));
#line 2933 "ops_2.cpp"
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
#line 687 "spec/torch_api.yaml"
        return sffi::to_f64(at::min(handle));
#line 2953 "ops_2.cpp"
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
#line 700 "spec/torch_api.yaml"
        return sffi::new_tensor(std::get<0>(at::min(handle, dim, keepdim)));
#line 2975 "ops_2.cpp"
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
#line 716 "spec/torch_api.yaml"
        return sffi::new_tensor(dim < 0 ? at::argmax(handle, std::nullopt, keepdim) : at::argmax(handle, dim, keepdim));
#line 2997 "ops_2.cpp"
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
#line 732 "spec/torch_api.yaml"
        return sffi::new_tensor(dim < 0 ? at::argmin(handle, std::nullopt, keepdim) : at::argmin(handle, dim, keepdim));
#line 3019 "ops_2.cpp"
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
#line 743 "spec/torch_api.yaml"
        return sffi::to_f64(at::std(handle));
#line 3039 "ops_2.cpp"
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
#line 754 "spec/torch_api.yaml"
        return sffi::to_f64(at::var(handle));
#line 3059 "ops_2.cpp"
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
#line 1710 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sum(handle));
#line 3079 "ops_2.cpp"
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
#line 1722 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mean(handle));
#line 3099 "ops_2.cpp"
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
#line 1734 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max(handle));
#line 3119 "ops_2.cpp"
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
#line 1745 "spec/torch_api.yaml"
        return sffi::new_tensor(at::min(handle));
#line 3139 "ops_2.cpp"
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
#line 2517 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sum(input, dim, keepdim, dtype));
#line 3162 "ops_2.cpp"
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
#line 2533 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mean(input, dim, keepdim, dtype));
#line 3185 "ops_2.cpp"
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
#line 2549 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::max(input, dim, keepdim));
#line 3207 "ops_2.cpp"
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
#line 2562 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max(input, other));
#line 3227 "ops_2.cpp"
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
#line 2578 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::min(input, dim, keepdim));
#line 3249 "ops_2.cpp"
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
#line 2591 "spec/torch_api.yaml"
        return sffi::new_tensor(at::min(input, other));
#line 3269 "ops_2.cpp"
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
#line 2605 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argmax(input, dim, keepdim));
#line 3291 "ops_2.cpp"
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
#line 2619 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argmin(input, dim, keepdim));
#line 3313 "ops_2.cpp"
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
#line 2634 "spec/torch_api.yaml"
        return sffi::new_tensor(at::std(input, dim, unbiased, keepdim));
#line 3336 "ops_2.cpp"
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
#line 2650 "spec/torch_api.yaml"
        return sffi::new_tensor(at::std(input, dim, correction, keepdim));
#line 3359 "ops_2.cpp"
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
#line 2663 "spec/torch_api.yaml"
        return sffi::new_tensor(at::std(input, unbiased));
#line 3380 "ops_2.cpp"
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
#line 2678 "spec/torch_api.yaml"
        return sffi::new_tensor(at::var(input, dim, unbiased, keepdim));
#line 3403 "ops_2.cpp"
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
#line 2694 "spec/torch_api.yaml"
        return sffi::new_tensor(at::var(input, dim, correction, keepdim));
#line 3426 "ops_2.cpp"
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
#line 2707 "spec/torch_api.yaml"
        return sffi::new_tensor(at::var(input, unbiased));
#line 3447 "ops_2.cpp"
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
#line 3089 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cumsum(input, dim, dtype));
#line 3469 "ops_2.cpp"
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
#line 3104 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cumprod(input, dim, dtype));
#line 3491 "ops_2.cpp"
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
#line 3119 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::cummax(input, dim));
#line 3512 "ops_2.cpp"
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
#line 3134 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::cummin(input, dim));
#line 3533 "ops_2.cpp"
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
#line 3147 "spec/torch_api.yaml"
        return sffi::new_tensor(at::logcumsumexp(input, dim));
#line 3554 "ops_2.cpp"
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
#line 3161 "spec/torch_api.yaml"
        return sffi::new_tensor(at::logsumexp(input, dim, keepdim));
#line 3576 "ops_2.cpp"
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
#line 3175 "spec/torch_api.yaml"
        return sffi::new_tensor(at::prod(input, dtype));
#line 3597 "ops_2.cpp"
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
#line 3191 "spec/torch_api.yaml"
        return sffi::new_tensor(at::prod(input, dim, keepdim, dtype));
#line 3620 "ops_2.cpp"
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
#line 3206 "spec/torch_api.yaml"
        return sffi::new_tensor(at::all(input, dim, keepdim));
#line 3642 "ops_2.cpp"
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
#line 3221 "spec/torch_api.yaml"
        return sffi::new_tensor(at::all(input, dim, keepdim));
#line 3664 "ops_2.cpp"
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
#line 3234 "spec/torch_api.yaml"
        return sffi::new_tensor(at::all(input));
#line 3684 "ops_2.cpp"
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
#line 3249 "spec/torch_api.yaml"
        return sffi::new_tensor(at::any(input, dim, keepdim));
#line 3706 "ops_2.cpp"
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
#line 3264 "spec/torch_api.yaml"
        return sffi::new_tensor(at::any(input, dim, keepdim));
#line 3728 "ops_2.cpp"
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
#line 3277 "spec/torch_api.yaml"
        return sffi::new_tensor(at::any(input));
#line 3748 "ops_2.cpp"
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
#line 3292 "spec/torch_api.yaml"
        return sffi::new_tensor(at::amax(input, dim.value_or_empty(), keepdim));
#line 3770 "ops_2.cpp"
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
#line 3306 "spec/torch_api.yaml"
        return sffi::new_tensor(at::amin(input, dim.value_or_empty(), keepdim));
#line 3792 "ops_2.cpp"
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
#line 3323 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::aminmax(input, dim, keepdim));
#line 3814 "ops_2.cpp"
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
#line 3336 "spec/torch_api.yaml"
        return sffi::new_tensor(at::count_nonzero(input, dim));
#line 3835 "ops_2.cpp"
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
#line 3350 "spec/torch_api.yaml"
        return sffi::new_tensor(at::count_nonzero(input, dim));
#line 3856 "ops_2.cpp"
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
#line 3366 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nansum(input, dim, keepdim, dtype));
#line 3879 "ops_2.cpp"
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
#line 3382 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nanmean(input, dim, keepdim, dtype));
#line 3902 "ops_2.cpp"
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
#line 3394 "spec/torch_api.yaml"
        return sffi::new_tensor(at::median(input));
#line 3922 "ops_2.cpp"
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
#line 3410 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::median(input, dim, keepdim));
#line 3944 "ops_2.cpp"
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
#line 3423 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nanmedian(input));
#line 3964 "ops_2.cpp"
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
#line 3439 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::nanmedian(input, dim, keepdim));
#line 3986 "ops_2.cpp"
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
#line 3456 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::mode(input, dim, keepdim));
#line 4008 "ops_2.cpp"
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
#line 3473 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::kthvalue(input, k, dim, keepdim));
#line 4031 "ops_2.cpp"
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
#line 3491 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::topk(input, k, dim, largest, sorted));
#line 4055 "ops_2.cpp"
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
#line 3507 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::sort(input, dim, descending));
#line 4077 "ops_2.cpp"
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
#line 3525 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::sort(input, stable, dim, descending));
#line 4100 "ops_2.cpp"
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
#line 3540 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argsort(input, dim, descending));
#line 4122 "ops_2.cpp"
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
#line 3556 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argsort(input, stable, dim, descending));
#line 4145 "ops_2.cpp"
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
#line 3569 "spec/torch_api.yaml"
        return sffi::new_tensor(at::msort(input));
#line 4165 "ops_2.cpp"
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
#line 3586 "spec/torch_api.yaml"
        return sffi::new_tensor(at::quantile(input, q, dim, keepdim, interpolation));
#line 4188 "ops_2.cpp"
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
#line 3603 "spec/torch_api.yaml"
        return sffi::new_tensor(at::quantile(input, q, dim, keepdim, interpolation));
#line 4212 "ops_2.cpp"
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
#line 3621 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nanquantile(input, q, dim, keepdim, interpolation));
#line 4235 "ops_2.cpp"
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
#line 3638 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nanquantile(input, q, dim, keepdim, interpolation));
#line 4259 "ops_2.cpp"
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
#line 3654 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::var_mean(input, unbiased));
#line 4280 "ops_2.cpp"
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
#line 3671 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::var_mean(input, dim, unbiased, keepdim));
#line 4303 "ops_2.cpp"
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
#line 3690 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::var_mean(input, dim, correction, keepdim));
#line 4326 "ops_2.cpp"
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
#line 3706 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::std_mean(input, unbiased));
#line 4347 "ops_2.cpp"
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
#line 3723 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::std_mean(input, dim, unbiased, keepdim));
#line 4370 "ops_2.cpp"
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
#line 3742 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::std_mean(input, dim, correction, keepdim));
#line 4393 "ops_2.cpp"
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
#line 3758 "spec/torch_api.yaml"
        return sffi::new_tensor(at::histc(input, bins, min, max));
#line 4416 "ops_2.cpp"
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
#line 3772 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bincount(input, weights, minlength));
#line 4438 "ops_2.cpp"
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
#line 3788 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bucketize(input, boundaries, out_int32, right));
#line 4460 "ops_2.cpp"
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
#line 3805 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bucketize(input, boundaries, out_int32, right));
#line 4483 "ops_2.cpp"
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
#line 3824 "spec/torch_api.yaml"
        return sffi::new_tensor(at::searchsorted(sorted_sequence, input, out_int32, right, side, sorter));
#line 4507 "ops_2.cpp"
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
#line 3843 "spec/torch_api.yaml"
        return sffi::new_tensor(at::searchsorted(sorted_sequence, input, out_int32, right, side, sorter));
#line 4532 "ops_2.cpp"
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
#line 3860 "spec/torch_api.yaml"
        return sffi::new_tensor(at::diff(input, n, dim, prepend, append));
#line 4556 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_corrcoef(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 5967 "spec/torch_api.yaml"
        return sffi::new_tensor(at::corrcoef(input));
#line 4576 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_corrcoef");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_corrcoef");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_corrcoef");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cov(int64_t input_, int64_t correction_, int64_t fweights_, int64_t aweights_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t correction = correction_;
        const std::optional<at::Tensor> fweights = sffi::optional_tensor_arg(fweights_, "fweights");
        const std::optional<at::Tensor> aweights = sffi::optional_tensor_arg(aweights_, "aweights");
        const sffi::SharedCall call_lock;
#line 5983 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cov(input, correction, fweights, aweights));
#line 4599 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_trapezoid_x(int64_t y_, int64_t x_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const auto [y, x] = sffi::tensor_args<2>({y_, x_}, {"y", "x"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 5998 "spec/torch_api.yaml"
        return sffi::new_tensor(at::trapezoid(y, x, dim));
#line 4620 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_trapezoid_x");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_trapezoid_x");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_trapezoid_x");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_trapezoid_dx(int64_t y_, double dx_, int64_t dx_int, int32_t dx_kind, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor y = sffi::tensor_arg(y_, "y");
        const c10::Scalar dx = sffi::scalar_arg(dx_, dx_int, dx_kind, "dx");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 6014 "spec/torch_api.yaml"
        return sffi::new_tensor(at::trapezoid(y, dx, dim));
#line 4642 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_trapezoid_dx");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_trapezoid_dx");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_trapezoid_dx");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_trapz_x(int64_t y_, int64_t x_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const auto [y, x] = sffi::tensor_args<2>({y_, x_}, {"y", "x"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 6030 "spec/torch_api.yaml"
        return sffi::new_tensor(at::trapz(y, x, dim));
#line 4663 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_trapz_dx(int64_t y_, double dx_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor y = sffi::tensor_arg(y_, "y");
        const double dx = dx_;
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 6046 "spec/torch_api.yaml"
        return sffi::new_tensor(at::trapz(y, dx, dim));
#line 4685 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_cumulative_trapezoid_x(int64_t y_, int64_t x_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const auto [y, x] = sffi::tensor_args<2>({y_, x_}, {"y", "x"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 6062 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cumulative_trapezoid(y, x, dim));
#line 4706 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_cumulative_trapezoid_dx(int64_t y_, double dx_, int64_t dx_int, int32_t dx_kind, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor y = sffi::tensor_arg(y_, "y");
        const c10::Scalar dx = sffi::scalar_arg(dx_, dx_int, dx_kind, "dx");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 6078 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cumulative_trapezoid(y, dx, dim));
#line 4728 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cumulative_trapezoid_dx");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cumulative_trapezoid_dx");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cumulative_trapezoid_dx");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ndim(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 768 "spec/torch_api.yaml"
        return sffi::to_i64(handle.dim());
#line 4748 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_numel(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 780 "spec/torch_api.yaml"
        return sffi::to_i64(handle.numel());
#line 4768 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_shape(int64_t handle_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 791 "spec/torch_api.yaml"
        return sffi::write_array(out, out_capacity, handle.sizes());
#line 4788 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_shape");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_shape");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_shape");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_reshape(int64_t handle_, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 803 "spec/torch_api.yaml"
        return sffi::new_tensor(at::reshape(handle, dims));
#line 4809 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_view(int64_t handle_, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 817 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.contiguous().view(dims));
#line 4830 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_view");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_view");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_view");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_permute(int64_t handle_, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 829 "spec/torch_api.yaml"
        return sffi::new_tensor(at::permute(handle, dims));
#line 4851 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_permute");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_permute");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_permute");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_squeeze(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 839 "spec/torch_api.yaml"
        return sffi::new_tensor(at::squeeze(handle));
#line 4871 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_squeeze_dim(int64_t handle_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 850 "spec/torch_api.yaml"
        return sffi::new_tensor(at::squeeze(handle, dim));
#line 4892 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_squeeze_dim");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_squeeze_dim");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_squeeze_dim");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_unsqueeze(int64_t handle_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 861 "spec/torch_api.yaml"
        return sffi::new_tensor(at::unsqueeze(handle, dim));
#line 4913 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_flatten(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 871 "spec/torch_api.yaml"
        return sffi::new_tensor(at::flatten(handle));
#line 4933 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_flatten");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_flatten");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_flatten");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_contiguous(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 882 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.contiguous());
#line 4953 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_squeeze_dims(int64_t input_, const int64_t* dim_, int64_t dim_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef dim = sffi::array_arg(dim_, dim_len, "dim");
        const sffi::SharedCall call_lock;
#line 2722 "spec/torch_api.yaml"
        return sffi::new_tensor(at::squeeze(input, dim));
#line 4974 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_flatten_using_ints(int64_t input_, int64_t start_dim_, int64_t end_dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t start_dim = start_dim_;
        const int64_t end_dim = end_dim_;
        const sffi::SharedCall call_lock;
#line 2736 "spec/torch_api.yaml"
        return sffi::new_tensor(at::flatten(input, start_dim, end_dim));
#line 4996 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_flatten_using_ints");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_flatten_using_ints");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_flatten_using_ints");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_view_v2(int64_t input_, const int64_t* size_, int64_t size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const sffi::SharedCall call_lock;
#line 2777 "spec/torch_api.yaml"
        return sffi::new_tensor(input.view(size));
#line 5017 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_view_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_view_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_view_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_contiguous_v2(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view memory_format = sffi::enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3062 "spec/torch_api.yaml"
        return sffi::new_tensor(input.contiguous(sffi::memory_format_arg(memory_format)));
#line 5038 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_expand(int64_t input_, const int64_t* size_, int64_t size_len, bool implicit_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const bool implicit = implicit_;
        const sffi::SharedCall call_lock;
#line 3875 "spec/torch_api.yaml"
        return sffi::new_tensor(input.expand(size, implicit));
#line 5060 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_expand");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_expand");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_expand");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_expand_as(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 3888 "spec/torch_api.yaml"
        return sffi::new_tensor(input.expand_as(other));
#line 5080 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_expand_as");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_expand_as");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_expand_as");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_broadcast_to(int64_t input_, const int64_t* size_, int64_t size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const sffi::SharedCall call_lock;
#line 3901 "spec/torch_api.yaml"
        return sffi::new_tensor(at::broadcast_to(input, size));
#line 5101 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_broadcast_to");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_broadcast_to");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_broadcast_to");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_flip(int64_t input_, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 3914 "spec/torch_api.yaml"
        return sffi::new_tensor(at::flip(input, dims));
#line 5122 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_fliplr(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 3926 "spec/torch_api.yaml"
        return sffi::new_tensor(at::fliplr(input));
#line 5142 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_fliplr");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_fliplr");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_fliplr");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_flipud(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 3938 "spec/torch_api.yaml"
        return sffi::new_tensor(at::flipud(input));
#line 5162 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_flipud");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_flipud");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_flipud");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_roll(int64_t input_, const int64_t* shifts_, int64_t shifts_len, const int64_t* dims_, int64_t dims_len, bool dims_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList shifts = sffi::sized_int_list_arg(shifts_, shifts_len, 1, "shifts");
        const sffi::OptionalIntList dims = sffi::optional_sized_int_list_arg(dims_, dims_len, dims_present, 1, "dims");
        const sffi::SharedCall call_lock;
#line 3952 "spec/torch_api.yaml"
        return sffi::new_tensor(at::roll(input, shifts, dims.value_or_empty()));
#line 5184 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_rot90(int64_t input_, int64_t k_, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t k = k_;
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 3966 "spec/torch_api.yaml"
        return sffi::new_tensor(at::rot90(input, k, dims));
#line 5206 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_rot90");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_rot90");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_rot90");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_repeat(int64_t input_, const int64_t* repeats_, int64_t repeats_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef repeats = sffi::array_arg(repeats_, repeats_len, "repeats");
        const sffi::SharedCall call_lock;
#line 3979 "spec/torch_api.yaml"
        return sffi::new_tensor(input.repeat(repeats));
#line 5227 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_repeat_interleave_tensor(int64_t repeats_, int64_t output_size_, bool output_size_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor repeats = sffi::tensor_arg(repeats_, "repeats");
        const std::optional<int64_t> output_size = sffi::optional_arg(output_size_, output_size_present);
        const sffi::SharedCall call_lock;
#line 3993 "spec/torch_api.yaml"
        return sffi::new_tensor(at::repeat_interleave(repeats, output_size));
#line 5248 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_repeat_interleave_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_repeat_interleave_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_repeat_interleave_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_repeat_interleave_self_tensor(int64_t input_, int64_t repeats_, int64_t dim_, bool dim_present, int64_t output_size_, bool output_size_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, repeats] = sffi::tensor_args<2>({input_, repeats_}, {"input", "repeats"});
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const std::optional<int64_t> output_size = sffi::optional_arg(output_size_, output_size_present);
        const sffi::SharedCall call_lock;
#line 4010 "spec/torch_api.yaml"
        return sffi::new_tensor(at::repeat_interleave(input, repeats, dim, output_size));
#line 5270 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_repeat_interleave_self_int(int64_t input_, int64_t repeats_, int64_t dim_, bool dim_present, int64_t output_size_, bool output_size_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t repeats = repeats_;
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const std::optional<int64_t> output_size = sffi::optional_arg(output_size_, output_size_present);
        const sffi::SharedCall call_lock;
#line 4027 "spec/torch_api.yaml"
        return sffi::new_tensor(at::repeat_interleave(input, repeats, dim, output_size));
#line 5293 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_tile(int64_t input_, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 4041 "spec/torch_api.yaml"
        return sffi::new_tensor(at::tile(input, dims));
#line 5314 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_tile");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_tile");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_tile");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_movedim_intlist(int64_t input_, const int64_t* source_, int64_t source_len, const int64_t* destination_, int64_t destination_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef source = sffi::array_arg(source_, source_len, "source");
        const at::IntArrayRef destination = sffi::array_arg(destination_, destination_len, "destination");
        const sffi::SharedCall call_lock;
#line 4055 "spec/torch_api.yaml"
        return sffi::new_tensor(at::movedim(input, source, destination));
#line 5336 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_movedim_intlist");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_movedim_intlist");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_movedim_intlist");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_movedim_int(int64_t input_, int64_t source_, int64_t destination_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t source = source_;
        const int64_t destination = destination_;
        const sffi::SharedCall call_lock;
#line 4070 "spec/torch_api.yaml"
        return sffi::new_tensor(at::movedim(input, source, destination));
#line 5358 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_unbind_int(int64_t input_, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 4084 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::unbind(input, dim));
#line 5379 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_split_tensor(int64_t input_, int64_t split_size_, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t split_size = split_size_;
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 4099 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::split(input, split_size, dim));
#line 5401 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_split_sizes(int64_t input_, const int64_t* split_size_, int64_t split_size_len, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef split_size = sffi::array_arg(split_size_, split_size_len, "split_size");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 4114 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::split(input, split_size, dim));
#line 5423 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_split_with_sizes(int64_t input_, const int64_t* split_sizes_, int64_t split_sizes_len, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef split_sizes = sffi::array_arg(split_sizes_, split_sizes_len, "split_sizes");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 4129 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::split_with_sizes(input, split_sizes, dim));
#line 5445 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_split_with_sizes");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_split_with_sizes");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_split_with_sizes");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_tensor_split_sections(int64_t input_, int64_t sections_, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t sections = sections_;
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 4143 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::tensor_split(input, sections, dim));
#line 5467 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_tensor_split_sections");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_tensor_split_sections");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_tensor_split_sections");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_tensor_split_indices(int64_t input_, const int64_t* indices_, int64_t indices_len, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef indices = sffi::array_arg(indices_, indices_len, "indices");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 4158 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::tensor_split(input, indices, dim));
#line 5489 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_tensor_split_tensor_indices_or_sections(int64_t input_, int64_t tensor_indices_or_sections_, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const auto [input, tensor_indices_or_sections] = sffi::tensor_args<2>({input_, tensor_indices_or_sections_}, {"input", "tensor_indices_or_sections"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 4173 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::tensor_split(input, tensor_indices_or_sections, dim));
#line 5510 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_tensor_split_tensor_indices_or_sections");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_tensor_split_tensor_indices_or_sections");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_tensor_split_tensor_indices_or_sections");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_hsplit_int(int64_t input_, int64_t sections_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t sections = sections_;
        const sffi::SharedCall call_lock;
#line 4187 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::hsplit(input, sections));
#line 5531 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_hsplit_array(int64_t input_, const int64_t* indices_, int64_t indices_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef indices = sffi::array_arg(indices_, indices_len, "indices");
        const sffi::SharedCall call_lock;
#line 4201 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::hsplit(input, indices));
#line 5552 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_hsplit_array");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_hsplit_array");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_hsplit_array");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_vsplit_int(int64_t input_, int64_t sections_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t sections = sections_;
        const sffi::SharedCall call_lock;
#line 4215 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::vsplit(input, sections));
#line 5573 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_vsplit_int");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_vsplit_int");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_vsplit_int");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_vsplit_array(int64_t input_, const int64_t* indices_, int64_t indices_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef indices = sffi::array_arg(indices_, indices_len, "indices");
        const sffi::SharedCall call_lock;
#line 4229 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::vsplit(input, indices));
#line 5594 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_vsplit_array");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_vsplit_array");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_vsplit_array");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_dsplit_int(int64_t input_, int64_t sections_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t sections = sections_;
        const sffi::SharedCall call_lock;
#line 4243 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::dsplit(input, sections));
#line 5615 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_dsplit_int");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_dsplit_int");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_dsplit_int");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_dsplit_array(int64_t input_, const int64_t* indices_, int64_t indices_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef indices = sffi::array_arg(indices_, indices_len, "indices");
        const sffi::SharedCall call_lock;
#line 4257 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::dsplit(input, indices));
#line 5636 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_dsplit_array");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_dsplit_array");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_dsplit_array");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_narrow(int64_t input_, int64_t dim_, int64_t start_, int64_t length_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const int64_t start = start_;
        const int64_t length = length_;
        const sffi::SharedCall call_lock;
#line 4273 "spec/torch_api.yaml"
        return sffi::new_tensor(at::narrow(input, dim, start, length));
#line 5659 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_narrow_tensor(int64_t input_, int64_t dim_, int64_t start_, int64_t length_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, start] = sffi::tensor_args<2>({input_, start_}, {"input", "start"});
        const int64_t dim = dim_;
        const int64_t length = length_;
        const sffi::SharedCall call_lock;
#line 4288 "spec/torch_api.yaml"
        return sffi::new_tensor(at::narrow(input, dim, start, length));
#line 5681 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_narrow_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_narrow_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_narrow_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_unflatten_int(int64_t input_, int64_t dim_, const int64_t* sizes_, int64_t sizes_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const at::IntArrayRef sizes = sffi::array_arg(sizes_, sizes_len, "sizes");
        const sffi::SharedCall call_lock;
#line 4303 "spec/torch_api.yaml"
        return sffi::new_tensor(at::unflatten(input, dim, sizes));
#line 5703 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_ravel(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 4316 "spec/torch_api.yaml"
        return sffi::new_tensor(at::ravel(input));
#line 5723 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_hstack(const int64_t* tensors_, int64_t tensors_len) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const sffi::SharedCall call_lock;
#line 4328 "spec/torch_api.yaml"
        return sffi::new_tensor(at::hstack(tensors));
#line 5743 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_hstack");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_hstack");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_hstack");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_vstack(const int64_t* tensors_, int64_t tensors_len) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const sffi::SharedCall call_lock;
#line 4340 "spec/torch_api.yaml"
        return sffi::new_tensor(at::vstack(tensors));
#line 5763 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_vstack");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_vstack");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_vstack");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_dstack(const int64_t* tensors_, int64_t tensors_len) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const sffi::SharedCall call_lock;
#line 4352 "spec/torch_api.yaml"
        return sffi::new_tensor(at::dstack(tensors));
#line 5783 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_column_stack(const int64_t* tensors_, int64_t tensors_len) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const sffi::SharedCall call_lock;
#line 4364 "spec/torch_api.yaml"
        return sffi::new_tensor(at::column_stack(tensors));
#line 5803 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_column_stack");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_column_stack");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_column_stack");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_atleast_1d(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 4376 "spec/torch_api.yaml"
        return sffi::new_tensor(at::atleast_1d(input));
#line 5823 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_atleast_1d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_atleast_1d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_atleast_1d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_atleast_1d_sequence(const int64_t* tensors_, int64_t tensors_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const sffi::SharedCall call_lock;
#line 4388 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::atleast_1d(tensors));
#line 5843 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_atleast_1d_sequence");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_atleast_1d_sequence");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_atleast_1d_sequence");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_atleast_2d(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 4401 "spec/torch_api.yaml"
        return sffi::new_tensor(at::atleast_2d(input));
#line 5863 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_atleast_2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_atleast_2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_atleast_2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_atleast_2d_sequence(const int64_t* tensors_, int64_t tensors_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const sffi::SharedCall call_lock;
#line 4413 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::atleast_2d(tensors));
#line 5883 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_atleast_2d_sequence");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_atleast_2d_sequence");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_atleast_2d_sequence");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_atleast_3d(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 4426 "spec/torch_api.yaml"
        return sffi::new_tensor(at::atleast_3d(input));
#line 5903 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_atleast_3d_sequence(const int64_t* tensors_, int64_t tensors_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const sffi::SharedCall call_lock;
#line 4438 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::atleast_3d(tensors));
#line 5923 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_atleast_3d_sequence");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_atleast_3d_sequence");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_atleast_3d_sequence");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_tril(int64_t input_, int64_t diagonal_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t diagonal = diagonal_;
        const sffi::SharedCall call_lock;
#line 4452 "spec/torch_api.yaml"
        return sffi::new_tensor(at::tril(input, diagonal));
#line 5944 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_tril");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_tril");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_tril");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_triu(int64_t input_, int64_t diagonal_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t diagonal = diagonal_;
        const sffi::SharedCall call_lock;
#line 4465 "spec/torch_api.yaml"
        return sffi::new_tensor(at::triu(input, diagonal));
#line 5965 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_triu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_triu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_triu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_diag(int64_t input_, int64_t diagonal_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t diagonal = diagonal_;
        const sffi::SharedCall call_lock;
#line 4478 "spec/torch_api.yaml"
        return sffi::new_tensor(at::diag(input, diagonal));
#line 5986 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_diag_embed(int64_t input_, int64_t offset_, int64_t dim1_, int64_t dim2_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t offset = offset_;
        const int64_t dim1 = dim1_;
        const int64_t dim2 = dim2_;
        const sffi::SharedCall call_lock;
#line 4493 "spec/torch_api.yaml"
        return sffi::new_tensor(at::diag_embed(input, offset, dim1, dim2));
#line 6009 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_diagonal(int64_t input_, int64_t offset_, int64_t dim1_, int64_t dim2_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t offset = offset_;
        const int64_t dim1 = dim1_;
        const int64_t dim2 = dim2_;
        const sffi::SharedCall call_lock;
#line 4508 "spec/torch_api.yaml"
        return sffi::new_tensor(at::diagonal(input, offset, dim1, dim2));
#line 6032 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_diagflat(int64_t input_, int64_t offset_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t offset = offset_;
        const sffi::SharedCall call_lock;
#line 4521 "spec/torch_api.yaml"
        return sffi::new_tensor(at::diagflat(input, offset));
#line 6053 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_diagflat");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_diagflat");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_diagflat");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_trace(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 4533 "spec/torch_api.yaml"
        return sffi::new_tensor(at::trace(input));
#line 6073 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_kron(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 4546 "spec/torch_api.yaml"
        return sffi::new_tensor(at::kron(input, other));
#line 6093 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_meshgrid(const int64_t* tensors_, int64_t tensors_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const sffi::SharedCall call_lock;
#line 4558 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::meshgrid(tensors));
#line 6113 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_meshgrid");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_meshgrid");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_meshgrid");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_meshgrid_indexing(const int64_t* tensors_, int64_t tensors_len, const char* indexing_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const std::string_view indexing = sffi::text_arg(indexing_, "indexing");
        const sffi::SharedCall call_lock;
#line 4572 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::meshgrid(tensors, indexing));
#line 6134 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_meshgrid_indexing");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_meshgrid_indexing");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_meshgrid_indexing");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_view_as(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 4586 "spec/torch_api.yaml"
        return sffi::new_tensor(input.view_as(other));
#line 6154 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_view_as");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_view_as");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_view_as");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_reshape_as(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 4599 "spec/torch_api.yaml"
        return sffi::new_tensor(input.reshape_as(other));
#line 6174 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_unfold(int64_t input_, int64_t dimension_, int64_t size_, int64_t step_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dimension = dimension_;
        const int64_t size = size_;
        const int64_t step = step_;
        const sffi::SharedCall call_lock;
#line 4614 "spec/torch_api.yaml"
        return sffi::new_tensor(input.unfold(dimension, size, step));
#line 6197 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_unfold");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_unfold");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_unfold");
        return 0;
    }
}

}  // extern "C"
