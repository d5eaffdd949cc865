// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Linear Algebra, Reductions, Shape Manipulation, Indexing and Slicing: 101 function(s) of the C ABI (see torch_sffi.h).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/addbmm.h>)
#include <ATen/ops/addbmm.h>
#else
#line 3523 "spec/torch_api.yaml"
#error "binds calls at::addbmm, which this ATen does not have (no <ATen/ops/addbmm.h>)"
#endif
#if __has_include(<ATen/ops/addmm.h>)
#include <ATen/ops/addmm.h>
#else
#line 3489 "spec/torch_api.yaml"
#error "binds calls at::addmm, which this ATen does not have (no <ATen/ops/addmm.h>)"
#endif
#if __has_include(<ATen/ops/addmv.h>)
#include <ATen/ops/addmv.h>
#else
#line 3506 "spec/torch_api.yaml"
#error "binds calls at::addmv, which this ATen does not have (no <ATen/ops/addmv.h>)"
#endif
#if __has_include(<ATen/ops/addr.h>)
#include <ATen/ops/addr.h>
#else
#line 3557 "spec/torch_api.yaml"
#error "binds calls at::addr, which this ATen does not have (no <ATen/ops/addr.h>)"
#endif
#if __has_include(<ATen/ops/argmax.h>)
#include <ATen/ops/argmax.h>
#else
#line 670 "spec/torch_api.yaml"
#error "binds calls at::argmax, which this ATen does not have (no <ATen/ops/argmax.h>)"
#endif
#if __has_include(<ATen/ops/argmin.h>)
#include <ATen/ops/argmin.h>
#else
#line 687 "spec/torch_api.yaml"
#error "binds calls at::argmin, which this ATen does not have (no <ATen/ops/argmin.h>)"
#endif
#if __has_include(<ATen/ops/baddbmm.h>)
#include <ATen/ops/baddbmm.h>
#else
#line 3540 "spec/torch_api.yaml"
#error "binds calls at::baddbmm, which this ATen does not have (no <ATen/ops/baddbmm.h>)"
#endif
#if __has_include(<ATen/ops/bmm.h>)
#include <ATen/ops/bmm.h>
#else
#line 3459 "spec/torch_api.yaml"
#error "binds calls at::bmm, which this ATen does not have (no <ATen/ops/bmm.h>)"
#endif
#if __has_include(<ATen/ops/cat.h>)
#include <ATen/ops/cat.h>
#else
#line 896 "spec/torch_api.yaml"
#error "binds calls at::cat, which this ATen does not have (no <ATen/ops/cat.h>)"
#endif
#if __has_include(<ATen/ops/cdist.h>)
#include <ATen/ops/cdist.h>
#else
#line 3654 "spec/torch_api.yaml"
#error "binds calls at::cdist, which this ATen does not have (no <ATen/ops/cdist.h>)"
#endif
#if __has_include(<ATen/ops/cholesky.h>)
#include <ATen/ops/cholesky.h>
#else
#line 3705 "spec/torch_api.yaml"
#error "binds calls at::cholesky, which this ATen does not have (no <ATen/ops/cholesky.h>)"
#endif
#if __has_include(<ATen/ops/cholesky_inverse.h>)
#include <ATen/ops/cholesky_inverse.h>
#else
#line 3718 "spec/torch_api.yaml"
#error "binds calls at::cholesky_inverse, which this ATen does not have (no <ATen/ops/cholesky_inverse.h>)"
#endif
#if __has_include(<ATen/ops/cholesky_solve.h>)
#include <ATen/ops/cholesky_solve.h>
#else
#line 3732 "spec/torch_api.yaml"
#error "binds calls at::cholesky_solve, which this ATen does not have (no <ATen/ops/cholesky_solve.h>)"
#endif
#if __has_include(<ATen/ops/chunk.h>)
#include <ATen/ops/chunk.h>
#else
#line 919 "spec/torch_api.yaml"
#error "binds calls at::chunk, which this ATen does not have (no <ATen/ops/chunk.h>)"
#endif
#if __has_include(<ATen/ops/corrcoef.h>)
#include <ATen/ops/corrcoef.h>
#else
#line 3858 "spec/torch_api.yaml"
#error "binds calls at::corrcoef, which this ATen does not have (no <ATen/ops/corrcoef.h>)"
#endif
#if __has_include(<ATen/ops/cov.h>)
#include <ATen/ops/cov.h>
#else
#line 3874 "spec/torch_api.yaml"
#error "binds calls at::cov, which this ATen does not have (no <ATen/ops/cov.h>)"
#endif
#if __has_include(<ATen/ops/cross.h>)
#include <ATen/ops/cross.h>
#else
#line 3610 "spec/torch_api.yaml"
#error "binds calls at::cross, which this ATen does not have (no <ATen/ops/cross.h>)"
#endif
#if __has_include(<ATen/ops/cumulative_trapezoid.h>)
#include <ATen/ops/cumulative_trapezoid.h>
#else
#line 3953 "spec/torch_api.yaml"
#error "binds calls at::cumulative_trapezoid, which this ATen does not have (no <ATen/ops/cumulative_trapezoid.h>)"
#endif
#if __has_include(<ATen/ops/dist.h>)
#include <ATen/ops/dist.h>
#else
#line 3639 "spec/torch_api.yaml"
#error "binds calls at::dist, which this ATen does not have (no <ATen/ops/dist.h>)"
#endif
#if __has_include(<ATen/ops/dot.h>)
#include <ATen/ops/dot.h>
#else
#line 484 "spec/torch_api.yaml"
#error "binds calls at::dot, which this ATen does not have (no <ATen/ops/dot.h>)"
#endif
#if __has_include(<ATen/ops/einsum.h>)
#include <ATen/ops/einsum.h>
#else
#line 3625 "spec/torch_api.yaml"
#error "binds calls at::einsum, which this ATen does not have (no <ATen/ops/einsum.h>)"
#endif
#if __has_include(<ATen/ops/flatten.h>)
#include <ATen/ops/flatten.h>
#else
#line 833 "spec/torch_api.yaml"
#error "binds calls at::flatten, which this ATen does not have (no <ATen/ops/flatten.h>)"
#endif
#if __has_include(<ATen/ops/gather.h>)
#include <ATen/ops/gather.h>
#else
#line 885 "spec/torch_api.yaml"
#error "binds calls at::gather, which this ATen does not have (no <ATen/ops/gather.h>)"
#endif
#if __has_include(<ATen/ops/geqrf.h>)
#include <ATen/ops/geqrf.h>
#else
#line 3829 "spec/torch_api.yaml"
#error "binds calls at::geqrf, which this ATen does not have (no <ATen/ops/geqrf.h>)"
#endif
#if __has_include(<ATen/ops/index.h>)
#include <ATen/ops/index.h>
#else
#line 2551 "spec/torch_api.yaml"
#error "binds calls at::index, which this ATen does not have (no <ATen/ops/index.h>)"
#endif
#if __has_include(<ATen/ops/index_select.h>)
#include <ATen/ops/index_select.h>
#else
#line 873 "spec/torch_api.yaml"
#error "binds calls at::index_select, which this ATen does not have (no <ATen/ops/index_select.h>)"
#endif
#if __has_include(<ATen/ops/inner.h>)
#include <ATen/ops/inner.h>
#else
#line 3596 "spec/torch_api.yaml"
#error "binds calls at::inner, which this ATen does not have (no <ATen/ops/inner.h>)"
#endif
#if __has_include(<ATen/ops/linalg_det.h>)
#include <ATen/ops/linalg_det.h>
#else
#line 527 "spec/torch_api.yaml"
#error "binds calls at::linalg_det, which this ATen does not have (no <ATen/ops/linalg_det.h>)"
#endif
#if __has_include(<ATen/ops/linalg_eig.h>)
#include <ATen/ops/linalg_eig.h>
#else
#line 560 "spec/torch_api.yaml"
#error "binds calls at::linalg_eig, which this ATen does not have (no <ATen/ops/linalg_eig.h>)"
#endif
#if __has_include(<ATen/ops/linalg_inv.h>)
#include <ATen/ops/linalg_inv.h>
#else
#line 538 "spec/torch_api.yaml"
#error "binds calls at::linalg_inv, which this ATen does not have (no <ATen/ops/linalg_inv.h>)"
#endif
#if __has_include(<ATen/ops/linalg_svd.h>)
#include <ATen/ops/linalg_svd.h>
#else
#line 549 "spec/torch_api.yaml"
#error "binds calls at::linalg_svd, which this ATen does not have (no <ATen/ops/linalg_svd.h>)"
#endif
#if __has_include(<ATen/ops/linalg_vector_norm.h>)
#include <ATen/ops/linalg_vector_norm.h>
#else
#line 516 "spec/torch_api.yaml"
#error "binds calls at::linalg_vector_norm, which this ATen does not have (no <ATen/ops/linalg_vector_norm.h>)"
#endif
#if __has_include(<ATen/ops/logdet.h>)
#include <ATen/ops/logdet.h>
#else
#line 3678 "spec/torch_api.yaml"
#error "binds calls at::logdet, which this ATen does not have (no <ATen/ops/logdet.h>)"
#endif
#if __has_include(<ATen/ops/lu_solve.h>)
#include <ATen/ops/lu_solve.h>
#else
#line 3797 "spec/torch_api.yaml"
#error "binds calls at::lu_solve, which this ATen does not have (no <ATen/ops/lu_solve.h>)"
#endif
#if __has_include(<ATen/ops/lu_unpack.h>)
#include <ATen/ops/lu_unpack.h>
#else
#line 3783 "spec/torch_api.yaml"
#error "binds calls at::lu_unpack, which this ATen does not have (no <ATen/ops/lu_unpack.h>)"
#endif
#if __has_include(<ATen/ops/matmul.h>)
#include <ATen/ops/matmul.h>
#else
#line 472 "spec/torch_api.yaml"
#error "binds calls at::matmul, which this ATen does not have (no <ATen/ops/matmul.h>)"
#endif
#if __has_include(<ATen/ops/matrix_exp.h>)
#include <ATen/ops/matrix_exp.h>
#else
#line 3666 "spec/torch_api.yaml"
#error "binds calls at::matrix_exp, which this ATen does not have (no <ATen/ops/matrix_exp.h>)"
#endif
#if __has_include(<ATen/ops/max.h>)
#include <ATen/ops/max.h>
#else
#line 620 "spec/torch_api.yaml"
#error "binds calls at::max, which this ATen does not have (no <ATen/ops/max.h>)"
#endif
#if __has_include(<ATen/ops/mean.h>)
#include <ATen/ops/mean.h>
#else
#line 596 "spec/torch_api.yaml"
#error "binds calls at::mean, which this ATen does not have (no <ATen/ops/mean.h>)"
#endif
#if __has_include(<ATen/ops/min.h>)
#include <ATen/ops/min.h>
#else
#line 644 "spec/torch_api.yaml"
#error "binds calls at::min, which this ATen does not have (no <ATen/ops/min.h>)"
#endif
#if __has_include(<ATen/ops/mm.h>)
#include <ATen/ops/mm.h>
#else
#line 3446 "spec/torch_api.yaml"
#error "binds calls at::mm, which this ATen does not have (no <ATen/ops/mm.h>)"
#endif
#if __has_include(<ATen/ops/mv.h>)
#include <ATen/ops/mv.h>
#else
#line 3472 "spec/torch_api.yaml"
#error "binds calls at::mv, which this ATen does not have (no <ATen/ops/mv.h>)"
#endif
#if __has_include(<ATen/ops/ormqr.h>)
#include <ATen/ops/ormqr.h>
#else
#line 3845 "spec/torch_api.yaml"
#error "binds calls at::ormqr, which this ATen does not have (no <ATen/ops/ormqr.h>)"
#endif
#if __has_include(<ATen/ops/outer.h>)
#include <ATen/ops/outer.h>
#else
#line 3583 "spec/torch_api.yaml"
#error "binds calls at::outer, which this ATen does not have (no <ATen/ops/outer.h>)"
#endif
#if __has_include(<ATen/ops/permute.h>)
#include <ATen/ops/permute.h>
#else
#line 791 "spec/torch_api.yaml"
#error "binds calls at::permute, which this ATen does not have (no <ATen/ops/permute.h>)"
#endif
#if __has_include(<ATen/ops/pinverse.h>)
#include <ATen/ops/pinverse.h>
#else
#line 3691 "spec/torch_api.yaml"
#error "binds calls at::pinverse, which this ATen does not have (no <ATen/ops/pinverse.h>)"
#endif
#if __has_include(<ATen/ops/qr.h>)
#include <ATen/ops/qr.h>
#else
#line 3747 "spec/torch_api.yaml"
#error "binds calls at::qr, which this ATen does not have (no <ATen/ops/qr.h>)"
#endif
#if __has_include(<ATen/ops/real.h>)
#include <ATen/ops/real.h>
#else
#line 560 "spec/torch_api.yaml"
#error "binds calls at::real, which this ATen does not have (no <ATen/ops/real.h>)"
#endif
#if __has_include(<ATen/ops/reshape.h>)
#include <ATen/ops/reshape.h>
#else
#line 765 "spec/torch_api.yaml"
#error "binds calls at::reshape, which this ATen does not have (no <ATen/ops/reshape.h>)"
#endif
#if __has_include(<ATen/ops/select.h>)
#include <ATen/ops/select.h>
#else
#line 2538 "spec/torch_api.yaml"
#error "binds calls at::select, which this ATen does not have (no <ATen/ops/select.h>)"
#endif
#if __has_include(<ATen/ops/slice.h>)
#include <ATen/ops/slice.h>
#else
#line 860 "spec/torch_api.yaml"
#error "binds calls at::slice, which this ATen does not have (no <ATen/ops/slice.h>)"
#endif
#if __has_include(<ATen/ops/squeeze.h>)
#include <ATen/ops/squeeze.h>
#else
#line 801 "spec/torch_api.yaml"
#error "binds calls at::squeeze, which this ATen does not have (no <ATen/ops/squeeze.h>)"
#endif
#if __has_include(<ATen/ops/stack.h>)
#include <ATen/ops/stack.h>
#else
#line 907 "spec/torch_api.yaml"
#error "binds calls at::stack, which this ATen does not have (no <ATen/ops/stack.h>)"
#endif
#if __has_include(<ATen/ops/std.h>)
#include <ATen/ops/std.h>
#else
#line 701 "spec/torch_api.yaml"
#error "binds calls at::std, which this ATen does not have (no <ATen/ops/std.h>)"
#endif
#if __has_include(<ATen/ops/sum.h>)
#include <ATen/ops/sum.h>
#else
#line 572 "spec/torch_api.yaml"
#error "binds calls at::sum, which this ATen does not have (no <ATen/ops/sum.h>)"
#endif
#if __has_include(<ATen/ops/svd.h>)
#include <ATen/ops/svd.h>
#else
#line 3764 "spec/torch_api.yaml"
#error "binds calls at::svd, which this ATen does not have (no <ATen/ops/svd.h>)"
#endif
#if __has_include(<ATen/ops/t.h>)
#include <ATen/ops/t.h>
#else
#line 506 "spec/torch_api.yaml"
#error "binds calls at::t, which this ATen does not have (no <ATen/ops/t.h>)"
#endif
#if __has_include(<ATen/ops/transpose.h>)
#include <ATen/ops/transpose.h>
#else
#line 496 "spec/torch_api.yaml"
#error "binds calls at::transpose, which this ATen does not have (no <ATen/ops/transpose.h>)"
#endif
#if __has_include(<ATen/ops/trapezoid.h>)
#include <ATen/ops/trapezoid.h>
#else
#line 3889 "spec/torch_api.yaml"
#error "binds calls at::trapezoid, which this ATen does not have (no <ATen/ops/trapezoid.h>)"
#endif
#if __has_include(<ATen/ops/trapz.h>)
#include <ATen/ops/trapz.h>
#else
#line 3921 "spec/torch_api.yaml"
#error "binds calls at::trapz, which this ATen does not have (no <ATen/ops/trapz.h>)"
#endif
#if __has_include(<ATen/ops/triangular_solve.h>)
#include <ATen/ops/triangular_solve.h>
#else
#line 3815 "spec/torch_api.yaml"
#error "binds calls at::triangular_solve, which this ATen does not have (no <ATen/ops/triangular_solve.h>)"
#endif
#if __has_include(<ATen/ops/unsqueeze.h>)
#include <ATen/ops/unsqueeze.h>
#else
#line 823 "spec/torch_api.yaml"
#error "binds calls at::unsqueeze, which this ATen does not have (no <ATen/ops/unsqueeze.h>)"
#endif
#if __has_include(<ATen/ops/var.h>)
#include <ATen/ops/var.h>
#else
#line 712 "spec/torch_api.yaml"
#error "binds calls at::var, which this ATen does not have (no <ATen/ops/var.h>)"
#endif
#if __has_include(<ATen/ops/vdot.h>)
#include <ATen/ops/vdot.h>
#else
#line 3570 "spec/torch_api.yaml"
#error "binds calls at::vdot, which this ATen does not have (no <ATen/ops/vdot.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_torchtensor_matmul(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 472 "spec/torch_api.yaml"
        return sffi::new_tensor(at::matmul(handle, other));
#line 400 "ops_2.cpp"
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
#line 484 "spec/torch_api.yaml"
        return sffi::new_tensor(at::dot(handle, other));
#line 420 "ops_2.cpp"
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
#line 496 "spec/torch_api.yaml"
        return sffi::new_tensor(at::transpose(handle, dim0, dim1));
#line 442 "ops_2.cpp"
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
#line 506 "spec/torch_api.yaml"
        return sffi::new_tensor(at::t(handle));
#line 462 "ops_2.cpp"
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
#line 516 "spec/torch_api.yaml"
        return sffi::to_f64(at::linalg_vector_norm(handle));
#line 482 "ops_2.cpp"
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
#line 527 "spec/torch_api.yaml"
        return sffi::to_f64(at::linalg_det(handle));
#line 502 "ops_2.cpp"
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
#line 538 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_inv(handle));
#line 522 "ops_2.cpp"
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
#line 549 "spec/torch_api.yaml"
        return sffi::new_tensor(std::get<0>(at::linalg_svd(handle, false)));
#line 542 "ops_2.cpp"
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
#line 560 "spec/torch_api.yaml"
        return sffi::new_tensor(at::real(std::get<0>(at::linalg_eig(handle))));
#line 562 "ops_2.cpp"
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
#line 2243 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_vector_norm(input, ord, dim, keepdim, dtype));
#line 586 "ops_2.cpp"
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
#line 2255 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_det(input));
#line 606 "ops_2.cpp"
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
#line 2274 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_svd(input, full_matrices, driver));
#line 628 "ops_2.cpp"
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
#line 2288 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_eig(input));
#line 648 "ops_2.cpp"
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
#line 3446 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mm(input, mat2));
#line 668 "ops_2.cpp"
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
#line 3459 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bmm(input, mat2));
#line 688 "ops_2.cpp"
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
#line 3472 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mv(input, vec));
#line 708 "ops_2.cpp"
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
#line 3489 "spec/torch_api.yaml"
        return sffi::new_tensor(at::addmm(input, mat1, mat2, beta, alpha));
#line 730 "ops_2.cpp"
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
#line 3506 "spec/torch_api.yaml"
        return sffi::new_tensor(at::addmv(input, mat, vec, beta, alpha));
#line 752 "ops_2.cpp"
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
#line 3523 "spec/torch_api.yaml"
        return sffi::new_tensor(at::addbmm(input, batch1, batch2, beta, alpha));
#line 774 "ops_2.cpp"
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
#line 3540 "spec/torch_api.yaml"
        return sffi::new_tensor(at::baddbmm(input, batch1, batch2, beta, alpha));
#line 796 "ops_2.cpp"
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
#line 3557 "spec/torch_api.yaml"
        return sffi::new_tensor(at::addr(input, vec1, vec2, beta, alpha));
#line 818 "ops_2.cpp"
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
#line 3570 "spec/torch_api.yaml"
        return sffi::new_tensor(at::vdot(input, other));
#line 838 "ops_2.cpp"
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
#line 3583 "spec/torch_api.yaml"
        return sffi::new_tensor(at::outer(input, vec2));
#line 858 "ops_2.cpp"
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
#line 3596 "spec/torch_api.yaml"
        return sffi::new_tensor(at::inner(input, other));
#line 878 "ops_2.cpp"
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
#line 3610 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cross(input, other, dim));
#line 899 "ops_2.cpp"
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
#line 3625 "spec/torch_api.yaml"
        return sffi::new_tensor(at::einsum(equation, tensors, path));
#line 921 "ops_2.cpp"
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
#line 3639 "spec/torch_api.yaml"
        return sffi::new_tensor(at::dist(input, other, p));
#line 942 "ops_2.cpp"
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
#line 3654 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cdist(x1, x2, p, compute_mode ? std::optional<int64_t>(*compute_mode == "use_mm_for_euclid_dist" ? 1 : *compute_mode == "donot_use_mm_for_euclid_dist" ? 2 : 0) : std::nullopt));
#line 964 "ops_2.cpp"
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
#line 3666 "spec/torch_api.yaml"
        return sffi::new_tensor(at::matrix_exp(input));
#line 984 "ops_2.cpp"
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
#line 3678 "spec/torch_api.yaml"
        return sffi::new_tensor(at::logdet(input));
#line 1004 "ops_2.cpp"
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
#line 3691 "spec/torch_api.yaml"
        return sffi::new_tensor(at::pinverse(input, rcond));
#line 1025 "ops_2.cpp"
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
#line 3705 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cholesky(input, upper));
#line 1046 "ops_2.cpp"
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
#line 3718 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cholesky_inverse(input, upper));
#line 1067 "ops_2.cpp"
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
#line 3732 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cholesky_solve(input, input2, upper));
#line 1088 "ops_2.cpp"
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
#line 3747 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::qr(input, some));
#line 1109 "ops_2.cpp"
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
#line 3764 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::svd(input, some, compute_uv));
#line 1131 "ops_2.cpp"
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
#line 3783 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::lu_unpack(lu_data, lu_pivots, unpack_data, unpack_pivots));
#line 1153 "ops_2.cpp"
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
#line 3797 "spec/torch_api.yaml"
        return sffi::new_tensor(at::lu_solve(input, lu_data, lu_pivots));
#line 1173 "ops_2.cpp"
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
#line 3815 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::triangular_solve(input, a, upper, transpose, unitriangular));
#line 1196 "ops_2.cpp"
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
#line 3829 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::geqrf(input));
#line 1216 "ops_2.cpp"
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
#line 3845 "spec/torch_api.yaml"
        return sffi::new_tensor(at::ormqr(input, input2, input3, left, transpose));
#line 1238 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_torchtensor_sum(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 572 "spec/torch_api.yaml"
        return sffi::to_f64(at::sum(handle));
#line 1258 "ops_2.cpp"
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
#line 585 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sum(handle, at::IntArrayRef(dim), keepdim));
#line 1280 "ops_2.cpp"
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
#line 596 "spec/torch_api.yaml"
        return sffi::to_f64(at::mean(handle));
#line 1300 "ops_2.cpp"
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
#line 609 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mean(handle, at::IntArrayRef(dim), keepdim));
#line 1322 "ops_2.cpp"
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
#line 620 "spec/torch_api.yaml"
        return sffi::to_f64(at::max(handle));
#line 1342 "ops_2.cpp"
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
#line 633 "spec/torch_api.yaml"
        return sffi::new_tensor(std::get<0>(at::max(handle, dim, keepdim)));
#line 1364 "ops_2.cpp"
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
#line 644 "spec/torch_api.yaml"
        return sffi::to_f64(at::min(handle));
#line 1384 "ops_2.cpp"
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
#line 657 "spec/torch_api.yaml"
        return sffi::new_tensor(std::get<0>(at::min(handle, dim, keepdim)));
#line 1406 "ops_2.cpp"
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
#line 670 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argmax(handle, dim, keepdim));
#line 1428 "ops_2.cpp"
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
#line 687 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argmin(handle, dim, keepdim));
#line 1450 "ops_2.cpp"
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
#line 701 "spec/torch_api.yaml"
        return sffi::to_f64(at::std(handle));
#line 1470 "ops_2.cpp"
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
#line 712 "spec/torch_api.yaml"
        return sffi::to_f64(at::var(handle));
#line 1490 "ops_2.cpp"
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
#line 1570 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sum(handle));
#line 1510 "ops_2.cpp"
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
#line 1582 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mean(handle));
#line 1530 "ops_2.cpp"
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
#line 1594 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max(handle));
#line 1550 "ops_2.cpp"
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
#line 1605 "spec/torch_api.yaml"
        return sffi::new_tensor(at::min(handle));
#line 1570 "ops_2.cpp"
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
#line 2305 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sum(input, dim, keepdim, dtype));
#line 1593 "ops_2.cpp"
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
#line 2321 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mean(input, dim, keepdim, dtype));
#line 1616 "ops_2.cpp"
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
#line 2337 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::max(input, dim, keepdim));
#line 1638 "ops_2.cpp"
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
#line 2350 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max(input, other));
#line 1658 "ops_2.cpp"
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
#line 2366 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::min(input, dim, keepdim));
#line 1680 "ops_2.cpp"
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
#line 2379 "spec/torch_api.yaml"
        return sffi::new_tensor(at::min(input, other));
#line 1700 "ops_2.cpp"
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
#line 2393 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argmax(input, dim, keepdim));
#line 1722 "ops_2.cpp"
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
#line 2407 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argmin(input, dim, keepdim));
#line 1744 "ops_2.cpp"
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
#line 2422 "spec/torch_api.yaml"
        return sffi::new_tensor(at::std(input, dim, unbiased, keepdim));
#line 1767 "ops_2.cpp"
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
#line 2438 "spec/torch_api.yaml"
        return sffi::new_tensor(at::std(input, dim, correction, keepdim));
#line 1790 "ops_2.cpp"
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
#line 2451 "spec/torch_api.yaml"
        return sffi::new_tensor(at::std(input, unbiased));
#line 1811 "ops_2.cpp"
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
#line 2466 "spec/torch_api.yaml"
        return sffi::new_tensor(at::var(input, dim, unbiased, keepdim));
#line 1834 "ops_2.cpp"
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
#line 2482 "spec/torch_api.yaml"
        return sffi::new_tensor(at::var(input, dim, correction, keepdim));
#line 1857 "ops_2.cpp"
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
#line 2495 "spec/torch_api.yaml"
        return sffi::new_tensor(at::var(input, unbiased));
#line 1878 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_corrcoef(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 3858 "spec/torch_api.yaml"
        return sffi::new_tensor(at::corrcoef(input));
#line 1898 "ops_2.cpp"
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
#line 3874 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cov(input, correction, fweights, aweights));
#line 1921 "ops_2.cpp"
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
#line 3889 "spec/torch_api.yaml"
        return sffi::new_tensor(at::trapezoid(y, x, dim));
#line 1942 "ops_2.cpp"
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
#line 3905 "spec/torch_api.yaml"
        return sffi::new_tensor(at::trapezoid(y, dx, dim));
#line 1964 "ops_2.cpp"
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
#line 3921 "spec/torch_api.yaml"
        return sffi::new_tensor(at::trapz(y, x, dim));
#line 1985 "ops_2.cpp"
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
#line 3937 "spec/torch_api.yaml"
        return sffi::new_tensor(at::trapz(y, dx, dim));
#line 2007 "ops_2.cpp"
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
#line 3953 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cumulative_trapezoid(y, x, dim));
#line 2028 "ops_2.cpp"
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
#line 3969 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cumulative_trapezoid(y, dx, dim));
#line 2050 "ops_2.cpp"
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
#line 726 "spec/torch_api.yaml"
        return sffi::to_i64(handle.dim());
#line 2070 "ops_2.cpp"
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
#line 738 "spec/torch_api.yaml"
        return sffi::to_i64(handle.numel());
#line 2090 "ops_2.cpp"
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
#line 749 "spec/torch_api.yaml"
        return sffi::write_array(out, out_capacity, handle.sizes());
#line 2110 "ops_2.cpp"
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
#line 765 "spec/torch_api.yaml"
        return sffi::new_tensor(at::reshape(handle, dims));
#line 2131 "ops_2.cpp"
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
#line 776 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.view(dims));
#line 2152 "ops_2.cpp"
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
#line 791 "spec/torch_api.yaml"
        return sffi::new_tensor(at::permute(handle, dims));
#line 2173 "ops_2.cpp"
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
#line 801 "spec/torch_api.yaml"
        return sffi::new_tensor(at::squeeze(handle));
#line 2193 "ops_2.cpp"
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
#line 812 "spec/torch_api.yaml"
        return sffi::new_tensor(at::squeeze(handle, dim));
#line 2214 "ops_2.cpp"
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
#line 823 "spec/torch_api.yaml"
        return sffi::new_tensor(at::unsqueeze(handle, dim));
#line 2235 "ops_2.cpp"
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
#line 833 "spec/torch_api.yaml"
        return sffi::new_tensor(at::flatten(handle));
#line 2255 "ops_2.cpp"
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
#line 844 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.contiguous());
#line 2275 "ops_2.cpp"
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
#line 2510 "spec/torch_api.yaml"
        return sffi::new_tensor(at::squeeze(input, dim));
#line 2296 "ops_2.cpp"
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
#line 2524 "spec/torch_api.yaml"
        return sffi::new_tensor(at::flatten(input, start_dim, end_dim));
#line 2318 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_contiguous_v2(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view memory_format = sffi::enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 2823 "spec/torch_api.yaml"
        return sffi::new_tensor(input.contiguous(sffi::memory_format_arg(memory_format)));
#line 2339 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_slice(int64_t handle_, int64_t dim_, int64_t start_, int64_t end_, int64_t step_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const int64_t start = start_;
        const int64_t end = end_;
        const int64_t step = step_;
        const sffi::SharedCall call_lock;
#line 860 "spec/torch_api.yaml"
        return sffi::new_tensor(at::slice(handle, dim, start, end, step));
#line 2363 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_slice");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_slice");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_slice");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_select(int64_t handle_, int64_t dim_, int64_t indices_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, indices] = sffi::tensor_args<2>({handle_, indices_}, {"handle", "indices"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 873 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_select(handle, dim, indices));
#line 2384 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_gather(int64_t handle_, int64_t dim_, int64_t indices_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, indices] = sffi::tensor_args<2>({handle_, indices_}, {"handle", "indices"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 885 "spec/torch_api.yaml"
        return sffi::new_tensor(at::gather(handle, dim, indices));
#line 2405 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_cat(const int64_t* tensors_, int64_t tensors_len, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 896 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cat(tensors, dim));
#line 2426 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cat");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cat");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cat");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_stack(const int64_t* tensors_, int64_t tensors_len, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 907 "spec/torch_api.yaml"
        return sffi::new_tensor(at::stack(tensors, dim));
#line 2447 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_chunk(int64_t handle_, int64_t chunks_, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t chunks = chunks_;
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 919 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::chunk(handle, chunks, dim));
#line 2469 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_select_int(int64_t input_, int64_t dim_, int64_t index_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const int64_t index = index_;
        const sffi::SharedCall call_lock;
#line 2538 "spec/torch_api.yaml"
        return sffi::new_tensor(at::select(input, dim, index));
#line 2491 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_select_int");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_select_int");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_select_int");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_tensor(int64_t input_, const int64_t* indices_, int64_t indices_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::List<std::optional<at::Tensor>> indices = sffi::optional_tensor_list_arg(indices_, indices_len, "indices");
        const sffi::SharedCall call_lock;
#line 2551 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index(input, indices));
#line 2512 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_tensor");
        return 0;
    }
}

}  // extern "C"
