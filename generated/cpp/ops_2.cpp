// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Reductions, Shape Manipulation: 158 function(s) of the C ABI (see torch_sffi.h).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/all.h>)
#include <ATen/ops/all.h>
#else
#line 3196 "spec/torch_api.yaml"
#error "binds calls at::all, which this ATen does not have (no <ATen/ops/all.h>)"
#endif
#if __has_include(<ATen/ops/amax.h>)
#include <ATen/ops/amax.h>
#else
#line 3282 "spec/torch_api.yaml"
#error "binds calls at::amax, which this ATen does not have (no <ATen/ops/amax.h>)"
#endif
#if __has_include(<ATen/ops/amin.h>)
#include <ATen/ops/amin.h>
#else
#line 3296 "spec/torch_api.yaml"
#error "binds calls at::amin, which this ATen does not have (no <ATen/ops/amin.h>)"
#endif
#if __has_include(<ATen/ops/aminmax.h>)
#include <ATen/ops/aminmax.h>
#else
#line 3313 "spec/torch_api.yaml"
#error "binds calls at::aminmax, which this ATen does not have (no <ATen/ops/aminmax.h>)"
#endif
#if __has_include(<ATen/ops/any.h>)
#include <ATen/ops/any.h>
#else
#line 3239 "spec/torch_api.yaml"
#error "binds calls at::any, which this ATen does not have (no <ATen/ops/any.h>)"
#endif
#if __has_include(<ATen/ops/argmax.h>)
#include <ATen/ops/argmax.h>
#else
#line 706 "spec/torch_api.yaml"
#error "binds calls at::argmax, which this ATen does not have (no <ATen/ops/argmax.h>)"
#endif
#if __has_include(<ATen/ops/argmin.h>)
#include <ATen/ops/argmin.h>
#else
#line 722 "spec/torch_api.yaml"
#error "binds calls at::argmin, which this ATen does not have (no <ATen/ops/argmin.h>)"
#endif
#if __has_include(<ATen/ops/argsort.h>)
#include <ATen/ops/argsort.h>
#else
#line 3530 "spec/torch_api.yaml"
#error "binds calls at::argsort, which this ATen does not have (no <ATen/ops/argsort.h>)"
#endif
#if __has_include(<ATen/ops/atleast_1d.h>)
#include <ATen/ops/atleast_1d.h>
#else
#line 4366 "spec/torch_api.yaml"
#error "binds calls at::atleast_1d, which this ATen does not have (no <ATen/ops/atleast_1d.h>)"
#endif
#if __has_include(<ATen/ops/atleast_2d.h>)
#include <ATen/ops/atleast_2d.h>
#else
#line 4391 "spec/torch_api.yaml"
#error "binds calls at::atleast_2d, which this ATen does not have (no <ATen/ops/atleast_2d.h>)"
#endif
#if __has_include(<ATen/ops/atleast_3d.h>)
#include <ATen/ops/atleast_3d.h>
#else
#line 4416 "spec/torch_api.yaml"
#error "binds calls at::atleast_3d, which this ATen does not have (no <ATen/ops/atleast_3d.h>)"
#endif
#if __has_include(<ATen/ops/bincount.h>)
#include <ATen/ops/bincount.h>
#else
#line 3762 "spec/torch_api.yaml"
#error "binds calls at::bincount, which this ATen does not have (no <ATen/ops/bincount.h>)"
#endif
#if __has_include(<ATen/ops/broadcast_to.h>)
#include <ATen/ops/broadcast_to.h>
#else
#line 3891 "spec/torch_api.yaml"
#error "binds calls at::broadcast_to, which this ATen does not have (no <ATen/ops/broadcast_to.h>)"
#endif
#if __has_include(<ATen/ops/bucketize.h>)
#include <ATen/ops/bucketize.h>
#else
#line 3778 "spec/torch_api.yaml"
#error "binds calls at::bucketize, which this ATen does not have (no <ATen/ops/bucketize.h>)"
#endif
#if __has_include(<ATen/ops/column_stack.h>)
#include <ATen/ops/column_stack.h>
#else
#line 4354 "spec/torch_api.yaml"
#error "binds calls at::column_stack, which this ATen does not have (no <ATen/ops/column_stack.h>)"
#endif
#if __has_include(<ATen/ops/corrcoef.h>)
#include <ATen/ops/corrcoef.h>
#else
#line 5957 "spec/torch_api.yaml"
#error "binds calls at::corrcoef, which this ATen does not have (no <ATen/ops/corrcoef.h>)"
#endif
#if __has_include(<ATen/ops/count_nonzero.h>)
#include <ATen/ops/count_nonzero.h>
#else
#line 3326 "spec/torch_api.yaml"
#error "binds calls at::count_nonzero, which this ATen does not have (no <ATen/ops/count_nonzero.h>)"
#endif
#if __has_include(<ATen/ops/cov.h>)
#include <ATen/ops/cov.h>
#else
#line 5973 "spec/torch_api.yaml"
#error "binds calls at::cov, which this ATen does not have (no <ATen/ops/cov.h>)"
#endif
#if __has_include(<ATen/ops/cummax.h>)
#include <ATen/ops/cummax.h>
#else
#line 3109 "spec/torch_api.yaml"
#error "binds calls at::cummax, which this ATen does not have (no <ATen/ops/cummax.h>)"
#endif
#if __has_include(<ATen/ops/cummin.h>)
#include <ATen/ops/cummin.h>
#else
#line 3124 "spec/torch_api.yaml"
#error "binds calls at::cummin, which this ATen does not have (no <ATen/ops/cummin.h>)"
#endif
#if __has_include(<ATen/ops/cumprod.h>)
#include <ATen/ops/cumprod.h>
#else
#line 3094 "spec/torch_api.yaml"
#error "binds calls at::cumprod, which this ATen does not have (no <ATen/ops/cumprod.h>)"
#endif
#if __has_include(<ATen/ops/cumsum.h>)
#include <ATen/ops/cumsum.h>
#else
#line 3079 "spec/torch_api.yaml"
#error "binds calls at::cumsum, which this ATen does not have (no <ATen/ops/cumsum.h>)"
#endif
#if __has_include(<ATen/ops/cumulative_trapezoid.h>)
#include <ATen/ops/cumulative_trapezoid.h>
#else
#line 6052 "spec/torch_api.yaml"
#error "binds calls at::cumulative_trapezoid, which this ATen does not have (no <ATen/ops/cumulative_trapezoid.h>)"
#endif
#if __has_include(<ATen/ops/diag.h>)
#include <ATen/ops/diag.h>
#else
#line 4468 "spec/torch_api.yaml"
#error "binds calls at::diag, which this ATen does not have (no <ATen/ops/diag.h>)"
#endif
#if __has_include(<ATen/ops/diag_embed.h>)
#include <ATen/ops/diag_embed.h>
#else
#line 4483 "spec/torch_api.yaml"
#error "binds calls at::diag_embed, which this ATen does not have (no <ATen/ops/diag_embed.h>)"
#endif
#if __has_include(<ATen/ops/diagflat.h>)
#include <ATen/ops/diagflat.h>
#else
#line 4511 "spec/torch_api.yaml"
#error "binds calls at::diagflat, which this ATen does not have (no <ATen/ops/diagflat.h>)"
#endif
#if __has_include(<ATen/ops/diagonal.h>)
#include <ATen/ops/diagonal.h>
#else
#line 4498 "spec/torch_api.yaml"
#error "binds calls at::diagonal, which this ATen does not have (no <ATen/ops/diagonal.h>)"
#endif
#if __has_include(<ATen/ops/diff.h>)
#include <ATen/ops/diff.h>
#else
#line 3850 "spec/torch_api.yaml"
#error "binds calls at::diff, which this ATen does not have (no <ATen/ops/diff.h>)"
#endif
#if __has_include(<ATen/ops/dsplit.h>)
#include <ATen/ops/dsplit.h>
#else
#line 4233 "spec/torch_api.yaml"
#error "binds calls at::dsplit, which this ATen does not have (no <ATen/ops/dsplit.h>)"
#endif
#if __has_include(<ATen/ops/dstack.h>)
#include <ATen/ops/dstack.h>
#else
#line 4342 "spec/torch_api.yaml"
#error "binds calls at::dstack, which this ATen does not have (no <ATen/ops/dstack.h>)"
#endif
#if __has_include(<ATen/ops/flatten.h>)
#include <ATen/ops/flatten.h>
#else
#line 861 "spec/torch_api.yaml"
#error "binds calls at::flatten, which this ATen does not have (no <ATen/ops/flatten.h>)"
#endif
#if __has_include(<ATen/ops/flip.h>)
#include <ATen/ops/flip.h>
#else
#line 3904 "spec/torch_api.yaml"
#error "binds calls at::flip, which this ATen does not have (no <ATen/ops/flip.h>)"
#endif
#if __has_include(<ATen/ops/fliplr.h>)
#include <ATen/ops/fliplr.h>
#else
#line 3916 "spec/torch_api.yaml"
#error "binds calls at::fliplr, which this ATen does not have (no <ATen/ops/fliplr.h>)"
#endif
#if __has_include(<ATen/ops/flipud.h>)
#include <ATen/ops/flipud.h>
#else
#line 3928 "spec/torch_api.yaml"
#error "binds calls at::flipud, which this ATen does not have (no <ATen/ops/flipud.h>)"
#endif
#if __has_include(<ATen/ops/histc.h>)
#include <ATen/ops/histc.h>
#else
#line 3748 "spec/torch_api.yaml"
#error "binds calls at::histc, which this ATen does not have (no <ATen/ops/histc.h>)"
#endif
#if __has_include(<ATen/ops/hsplit.h>)
#include <ATen/ops/hsplit.h>
#else
#line 4177 "spec/torch_api.yaml"
#error "binds calls at::hsplit, which this ATen does not have (no <ATen/ops/hsplit.h>)"
#endif
#if __has_include(<ATen/ops/hstack.h>)
#include <ATen/ops/hstack.h>
#else
#line 4318 "spec/torch_api.yaml"
#error "binds calls at::hstack, which this ATen does not have (no <ATen/ops/hstack.h>)"
#endif
#if __has_include(<ATen/ops/kron.h>)
#include <ATen/ops/kron.h>
#else
#line 4536 "spec/torch_api.yaml"
#error "binds calls at::kron, which this ATen does not have (no <ATen/ops/kron.h>)"
#endif
#if __has_include(<ATen/ops/kthvalue.h>)
#include <ATen/ops/kthvalue.h>
#else
#line 3463 "spec/torch_api.yaml"
#error "binds calls at::kthvalue, which this ATen does not have (no <ATen/ops/kthvalue.h>)"
#endif
#if __has_include(<ATen/ops/logcumsumexp.h>)
#include <ATen/ops/logcumsumexp.h>
#else
#line 3137 "spec/torch_api.yaml"
#error "binds calls at::logcumsumexp, which this ATen does not have (no <ATen/ops/logcumsumexp.h>)"
#endif
#if __has_include(<ATen/ops/logsumexp.h>)
#include <ATen/ops/logsumexp.h>
#else
#line 3151 "spec/torch_api.yaml"
#error "binds calls at::logsumexp, which this ATen does not have (no <ATen/ops/logsumexp.h>)"
#endif
#if __has_include(<ATen/ops/max.h>)
#include <ATen/ops/max.h>
#else
#line 653 "spec/torch_api.yaml"
#error "binds calls at::max, which this ATen does not have (no <ATen/ops/max.h>)"
#endif
#if __has_include(<ATen/ops/mean.h>)
#include <ATen/ops/mean.h>
#else
#line 629 "spec/torch_api.yaml"
#error "binds calls at::mean, which this ATen does not have (no <ATen/ops/mean.h>)"
#endif
#if __has_include(<ATen/ops/median.h>)
#include <ATen/ops/median.h>
#else
#line 3384 "spec/torch_api.yaml"
#error "binds calls at::median, which this ATen does not have (no <ATen/ops/median.h>)"
#endif
#if __has_include(<ATen/ops/meshgrid.h>)
#include <ATen/ops/meshgrid.h>
#else
#line 4548 "spec/torch_api.yaml"
#error "binds calls at::meshgrid, which this ATen does not have (no <ATen/ops/meshgrid.h>)"
#endif
#if __has_include(<ATen/ops/min.h>)
#include <ATen/ops/min.h>
#else
#line 677 "spec/torch_api.yaml"
#error "binds calls at::min, which this ATen does not have (no <ATen/ops/min.h>)"
#endif
#if __has_include(<ATen/ops/mode.h>)
#include <ATen/ops/mode.h>
#else
#line 3446 "spec/torch_api.yaml"
#error "binds calls at::mode, which this ATen does not have (no <ATen/ops/mode.h>)"
#endif
#if __has_include(<ATen/ops/movedim.h>)
#include <ATen/ops/movedim.h>
#else
#line 4045 "spec/torch_api.yaml"
#error "binds calls at::movedim, which this ATen does not have (no <ATen/ops/movedim.h>)"
#endif
#if __has_include(<ATen/ops/msort.h>)
#include <ATen/ops/msort.h>
#else
#line 3559 "spec/torch_api.yaml"
#error "binds calls at::msort, which this ATen does not have (no <ATen/ops/msort.h>)"
#endif
#if __has_include(<ATen/ops/nanmean.h>)
#include <ATen/ops/nanmean.h>
#else
#line 3372 "spec/torch_api.yaml"
#error "binds calls at::nanmean, which this ATen does not have (no <ATen/ops/nanmean.h>)"
#endif
#if __has_include(<ATen/ops/nanmedian.h>)
#include <ATen/ops/nanmedian.h>
#else
#line 3413 "spec/torch_api.yaml"
#error "binds calls at::nanmedian, which this ATen does not have (no <ATen/ops/nanmedian.h>)"
#endif
#if __has_include(<ATen/ops/nanquantile.h>)
#include <ATen/ops/nanquantile.h>
#else
#line 3611 "spec/torch_api.yaml"
#error "binds calls at::nanquantile, which this ATen does not have (no <ATen/ops/nanquantile.h>)"
#endif
#if __has_include(<ATen/ops/nansum.h>)
#include <ATen/ops/nansum.h>
#else
#line 3356 "spec/torch_api.yaml"
#error "binds calls at::nansum, which this ATen does not have (no <ATen/ops/nansum.h>)"
#endif
#if __has_include(<ATen/ops/narrow.h>)
#include <ATen/ops/narrow.h>
#else
#line 4263 "spec/torch_api.yaml"
#error "binds calls at::narrow, which this ATen does not have (no <ATen/ops/narrow.h>)"
#endif
#if __has_include(<ATen/ops/permute.h>)
#include <ATen/ops/permute.h>
#else
#line 819 "spec/torch_api.yaml"
#error "binds calls at::permute, which this ATen does not have (no <ATen/ops/permute.h>)"
#endif
#if __has_include(<ATen/ops/prod.h>)
#include <ATen/ops/prod.h>
#else
#line 3165 "spec/torch_api.yaml"
#error "binds calls at::prod, which this ATen does not have (no <ATen/ops/prod.h>)"
#endif
#if __has_include(<ATen/ops/quantile.h>)
#include <ATen/ops/quantile.h>
#else
#line 3576 "spec/torch_api.yaml"
#error "binds calls at::quantile, which this ATen does not have (no <ATen/ops/quantile.h>)"
#endif
#if __has_include(<ATen/ops/ravel.h>)
#include <ATen/ops/ravel.h>
#else
#line 4306 "spec/torch_api.yaml"
#error "binds calls at::ravel, which this ATen does not have (no <ATen/ops/ravel.h>)"
#endif
#if __has_include(<ATen/ops/repeat_interleave.h>)
#include <ATen/ops/repeat_interleave.h>
#else
#line 3983 "spec/torch_api.yaml"
#error "binds calls at::repeat_interleave, which this ATen does not have (no <ATen/ops/repeat_interleave.h>)"
#endif
#if __has_include(<ATen/ops/reshape.h>)
#include <ATen/ops/reshape.h>
#else
#line 793 "spec/torch_api.yaml"
#error "binds calls at::reshape, which this ATen does not have (no <ATen/ops/reshape.h>)"
#endif
#if __has_include(<ATen/ops/roll.h>)
#include <ATen/ops/roll.h>
#else
#line 3942 "spec/torch_api.yaml"
#error "binds calls at::roll, which this ATen does not have (no <ATen/ops/roll.h>)"
#endif
#if __has_include(<ATen/ops/rot90.h>)
#include <ATen/ops/rot90.h>
#else
#line 3956 "spec/torch_api.yaml"
#error "binds calls at::rot90, which this ATen does not have (no <ATen/ops/rot90.h>)"
#endif
#if __has_include(<ATen/ops/searchsorted.h>)
#include <ATen/ops/searchsorted.h>
#else
#line 3814 "spec/torch_api.yaml"
#error "binds calls at::searchsorted, which this ATen does not have (no <ATen/ops/searchsorted.h>)"
#endif
#if __has_include(<ATen/ops/sort.h>)
#include <ATen/ops/sort.h>
#else
#line 3497 "spec/torch_api.yaml"
#error "binds calls at::sort, which this ATen does not have (no <ATen/ops/sort.h>)"
#endif
#if __has_include(<ATen/ops/split.h>)
#include <ATen/ops/split.h>
#else
#line 4089 "spec/torch_api.yaml"
#error "binds calls at::split, which this ATen does not have (no <ATen/ops/split.h>)"
#endif
#if __has_include(<ATen/ops/split_with_sizes.h>)
#include <ATen/ops/split_with_sizes.h>
#else
#line 4119 "spec/torch_api.yaml"
#error "binds calls at::split_with_sizes, which this ATen does not have (no <ATen/ops/split_with_sizes.h>)"
#endif
#if __has_include(<ATen/ops/squeeze.h>)
#include <ATen/ops/squeeze.h>
#else
#line 829 "spec/torch_api.yaml"
#error "binds calls at::squeeze, which this ATen does not have (no <ATen/ops/squeeze.h>)"
#endif
#if __has_include(<ATen/ops/std.h>)
#include <ATen/ops/std.h>
#else
#line 733 "spec/torch_api.yaml"
#error "binds calls at::std, which this ATen does not have (no <ATen/ops/std.h>)"
#endif
#if __has_include(<ATen/ops/std_mean.h>)
#include <ATen/ops/std_mean.h>
#else
#line 3696 "spec/torch_api.yaml"
#error "binds calls at::std_mean, which this ATen does not have (no <ATen/ops/std_mean.h>)"
#endif
#if __has_include(<ATen/ops/sum.h>)
#include <ATen/ops/sum.h>
#else
#line 605 "spec/torch_api.yaml"
#error "binds calls at::sum, which this ATen does not have (no <ATen/ops/sum.h>)"
#endif
#if __has_include(<ATen/ops/tensor_split.h>)
#include <ATen/ops/tensor_split.h>
#else
#line 4133 "spec/torch_api.yaml"
#error "binds calls at::tensor_split, which this ATen does not have (no <ATen/ops/tensor_split.h>)"
#endif
#if __has_include(<ATen/ops/tile.h>)
#include <ATen/ops/tile.h>
#else
#line 4031 "spec/torch_api.yaml"
#error "binds calls at::tile, which this ATen does not have (no <ATen/ops/tile.h>)"
#endif
#if __has_include(<ATen/ops/topk.h>)
#include <ATen/ops/topk.h>
#else
#line 3481 "spec/torch_api.yaml"
#error "binds calls at::topk, which this ATen does not have (no <ATen/ops/topk.h>)"
#endif
#if __has_include(<ATen/ops/trace.h>)
#include <ATen/ops/trace.h>
#else
#line 4523 "spec/torch_api.yaml"
#error "binds calls at::trace, which this ATen does not have (no <ATen/ops/trace.h>)"
#endif
#if __has_include(<ATen/ops/trapezoid.h>)
#include <ATen/ops/trapezoid.h>
#else
#line 5988 "spec/torch_api.yaml"
#error "binds calls at::trapezoid, which this ATen does not have (no <ATen/ops/trapezoid.h>)"
#endif
#if __has_include(<ATen/ops/trapz.h>)
#include <ATen/ops/trapz.h>
#else
#line 6020 "spec/torch_api.yaml"
#error "binds calls at::trapz, which this ATen does not have (no <ATen/ops/trapz.h>)"
#endif
#if __has_include(<ATen/ops/tril.h>)
#include <ATen/ops/tril.h>
#else
#line 4442 "spec/torch_api.yaml"
#error "binds calls at::tril, which this ATen does not have (no <ATen/ops/tril.h>)"
#endif
#if __has_include(<ATen/ops/triu.h>)
#include <ATen/ops/triu.h>
#else
#line 4455 "spec/torch_api.yaml"
#error "binds calls at::triu, which this ATen does not have (no <ATen/ops/triu.h>)"
#endif
#if __has_include(<ATen/ops/unbind.h>)
#include <ATen/ops/unbind.h>
#else
#line 4074 "spec/torch_api.yaml"
#error "binds calls at::unbind, which this ATen does not have (no <ATen/ops/unbind.h>)"
#endif
#if __has_include(<ATen/ops/unflatten.h>)
#include <ATen/ops/unflatten.h>
#else
#line 4293 "spec/torch_api.yaml"
#error "binds calls at::unflatten, which this ATen does not have (no <ATen/ops/unflatten.h>)"
#endif
#if __has_include(<ATen/ops/unsqueeze.h>)
#include <ATen/ops/unsqueeze.h>
#else
#line 851 "spec/torch_api.yaml"
#error "binds calls at::unsqueeze, which this ATen does not have (no <ATen/ops/unsqueeze.h>)"
#endif
#if __has_include(<ATen/ops/var.h>)
#include <ATen/ops/var.h>
#else
#line 744 "spec/torch_api.yaml"
#error "binds calls at::var, which this ATen does not have (no <ATen/ops/var.h>)"
#endif
#if __has_include(<ATen/ops/var_mean.h>)
#include <ATen/ops/var_mean.h>
#else
#line 3644 "spec/torch_api.yaml"
#error "binds calls at::var_mean, which this ATen does not have (no <ATen/ops/var_mean.h>)"
#endif
#if __has_include(<ATen/ops/vsplit.h>)
#include <ATen/ops/vsplit.h>
#else
#line 4205 "spec/torch_api.yaml"
#error "binds calls at::vsplit, which this ATen does not have (no <ATen/ops/vsplit.h>)"
#endif
#if __has_include(<ATen/ops/vstack.h>)
#include <ATen/ops/vstack.h>
#else
#line 4330 "spec/torch_api.yaml"
#error "binds calls at::vstack, which this ATen does not have (no <ATen/ops/vstack.h>)"
#endif

extern "C" {

RT_TORCH_API double rt_torch_torchtensor_sum(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 605 "spec/torch_api.yaml"
        return sffi::to_f64(at::sum(handle));
#line 526 "ops_2.cpp"
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
#line 618 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sum(handle, at::IntArrayRef(dim), keepdim));
#line 548 "ops_2.cpp"
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
#line 629 "spec/torch_api.yaml"
        return sffi::to_f64(at::mean(handle));
#line 568 "ops_2.cpp"
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
#line 642 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mean(handle, at::IntArrayRef(dim), keepdim));
#line 590 "ops_2.cpp"
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
#line 653 "spec/torch_api.yaml"
        return sffi::to_f64(at::max(handle));
#line 610 "ops_2.cpp"
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
#line 666 "spec/torch_api.yaml"
        return sffi::new_tensor(std::get<0>(at::max(handle, dim, keepdim)));
#line 632 "ops_2.cpp"
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
#line 677 "spec/torch_api.yaml"
        return sffi::to_f64(at::min(handle));
#line 652 "ops_2.cpp"
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
#line 690 "spec/torch_api.yaml"
        return sffi::new_tensor(std::get<0>(at::min(handle, dim, keepdim)));
#line 674 "ops_2.cpp"
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
#line 706 "spec/torch_api.yaml"
        return sffi::new_tensor(dim < 0 ? at::argmax(handle, std::nullopt, keepdim) : at::argmax(handle, dim, keepdim));
#line 696 "ops_2.cpp"
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
#line 722 "spec/torch_api.yaml"
        return sffi::new_tensor(dim < 0 ? at::argmin(handle, std::nullopt, keepdim) : at::argmin(handle, dim, keepdim));
#line 718 "ops_2.cpp"
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
#line 733 "spec/torch_api.yaml"
        return sffi::to_f64(at::std(handle));
#line 738 "ops_2.cpp"
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
#line 744 "spec/torch_api.yaml"
        return sffi::to_f64(at::var(handle));
#line 758 "ops_2.cpp"
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
#line 1700 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sum(handle));
#line 778 "ops_2.cpp"
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
#line 1712 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mean(handle));
#line 798 "ops_2.cpp"
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
#line 1724 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max(handle));
#line 818 "ops_2.cpp"
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
#line 1735 "spec/torch_api.yaml"
        return sffi::new_tensor(at::min(handle));
#line 838 "ops_2.cpp"
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
#line 2507 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sum(input, dim, keepdim, dtype));
#line 861 "ops_2.cpp"
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
#line 2523 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mean(input, dim, keepdim, dtype));
#line 884 "ops_2.cpp"
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
#line 2539 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::max(input, dim, keepdim));
#line 906 "ops_2.cpp"
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
#line 2552 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max(input, other));
#line 926 "ops_2.cpp"
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
#line 2568 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::min(input, dim, keepdim));
#line 948 "ops_2.cpp"
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
#line 2581 "spec/torch_api.yaml"
        return sffi::new_tensor(at::min(input, other));
#line 968 "ops_2.cpp"
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
#line 2595 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argmax(input, dim, keepdim));
#line 990 "ops_2.cpp"
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
#line 2609 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argmin(input, dim, keepdim));
#line 1012 "ops_2.cpp"
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
#line 2624 "spec/torch_api.yaml"
        return sffi::new_tensor(at::std(input, dim, unbiased, keepdim));
#line 1035 "ops_2.cpp"
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
#line 2640 "spec/torch_api.yaml"
        return sffi::new_tensor(at::std(input, dim, correction, keepdim));
#line 1058 "ops_2.cpp"
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
#line 2653 "spec/torch_api.yaml"
        return sffi::new_tensor(at::std(input, unbiased));
#line 1079 "ops_2.cpp"
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
#line 2668 "spec/torch_api.yaml"
        return sffi::new_tensor(at::var(input, dim, unbiased, keepdim));
#line 1102 "ops_2.cpp"
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
#line 2684 "spec/torch_api.yaml"
        return sffi::new_tensor(at::var(input, dim, correction, keepdim));
#line 1125 "ops_2.cpp"
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
#line 2697 "spec/torch_api.yaml"
        return sffi::new_tensor(at::var(input, unbiased));
#line 1146 "ops_2.cpp"
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
#line 3079 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cumsum(input, dim, dtype));
#line 1168 "ops_2.cpp"
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
#line 3094 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cumprod(input, dim, dtype));
#line 1190 "ops_2.cpp"
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
#line 3109 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::cummax(input, dim));
#line 1211 "ops_2.cpp"
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
#line 3124 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::cummin(input, dim));
#line 1232 "ops_2.cpp"
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
#line 3137 "spec/torch_api.yaml"
        return sffi::new_tensor(at::logcumsumexp(input, dim));
#line 1253 "ops_2.cpp"
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
#line 3151 "spec/torch_api.yaml"
        return sffi::new_tensor(at::logsumexp(input, dim, keepdim));
#line 1275 "ops_2.cpp"
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
#line 3165 "spec/torch_api.yaml"
        return sffi::new_tensor(at::prod(input, dtype));
#line 1296 "ops_2.cpp"
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
#line 3181 "spec/torch_api.yaml"
        return sffi::new_tensor(at::prod(input, dim, keepdim, dtype));
#line 1319 "ops_2.cpp"
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
#line 3196 "spec/torch_api.yaml"
        return sffi::new_tensor(at::all(input, dim, keepdim));
#line 1341 "ops_2.cpp"
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
#line 3211 "spec/torch_api.yaml"
        return sffi::new_tensor(at::all(input, dim, keepdim));
#line 1363 "ops_2.cpp"
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
#line 3224 "spec/torch_api.yaml"
        return sffi::new_tensor(at::all(input));
#line 1383 "ops_2.cpp"
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
#line 3239 "spec/torch_api.yaml"
        return sffi::new_tensor(at::any(input, dim, keepdim));
#line 1405 "ops_2.cpp"
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
#line 3254 "spec/torch_api.yaml"
        return sffi::new_tensor(at::any(input, dim, keepdim));
#line 1427 "ops_2.cpp"
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
#line 3267 "spec/torch_api.yaml"
        return sffi::new_tensor(at::any(input));
#line 1447 "ops_2.cpp"
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
#line 3282 "spec/torch_api.yaml"
        return sffi::new_tensor(at::amax(input, dim.value_or_empty(), keepdim));
#line 1469 "ops_2.cpp"
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
#line 3296 "spec/torch_api.yaml"
        return sffi::new_tensor(at::amin(input, dim.value_or_empty(), keepdim));
#line 1491 "ops_2.cpp"
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
#line 3313 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::aminmax(input, dim, keepdim));
#line 1513 "ops_2.cpp"
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
#line 3326 "spec/torch_api.yaml"
        return sffi::new_tensor(at::count_nonzero(input, dim));
#line 1534 "ops_2.cpp"
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
#line 3340 "spec/torch_api.yaml"
        return sffi::new_tensor(at::count_nonzero(input, dim));
#line 1555 "ops_2.cpp"
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
#line 3356 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nansum(input, dim, keepdim, dtype));
#line 1578 "ops_2.cpp"
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
#line 3372 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nanmean(input, dim, keepdim, dtype));
#line 1601 "ops_2.cpp"
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
#line 3384 "spec/torch_api.yaml"
        return sffi::new_tensor(at::median(input));
#line 1621 "ops_2.cpp"
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
#line 3400 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::median(input, dim, keepdim));
#line 1643 "ops_2.cpp"
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
#line 3413 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nanmedian(input));
#line 1663 "ops_2.cpp"
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
#line 3429 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::nanmedian(input, dim, keepdim));
#line 1685 "ops_2.cpp"
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
#line 3446 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::mode(input, dim, keepdim));
#line 1707 "ops_2.cpp"
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
#line 3463 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::kthvalue(input, k, dim, keepdim));
#line 1730 "ops_2.cpp"
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
#line 3481 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::topk(input, k, dim, largest, sorted));
#line 1754 "ops_2.cpp"
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
#line 3497 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::sort(input, dim, descending));
#line 1776 "ops_2.cpp"
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
#line 3515 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::sort(input, stable, dim, descending));
#line 1799 "ops_2.cpp"
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
#line 3530 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argsort(input, dim, descending));
#line 1821 "ops_2.cpp"
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
#line 3546 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argsort(input, stable, dim, descending));
#line 1844 "ops_2.cpp"
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
#line 3559 "spec/torch_api.yaml"
        return sffi::new_tensor(at::msort(input));
#line 1864 "ops_2.cpp"
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
#line 3576 "spec/torch_api.yaml"
        return sffi::new_tensor(at::quantile(input, q, dim, keepdim, interpolation));
#line 1887 "ops_2.cpp"
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
#line 3593 "spec/torch_api.yaml"
        return sffi::new_tensor(at::quantile(input, q, dim, keepdim, interpolation));
#line 1911 "ops_2.cpp"
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
#line 3611 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nanquantile(input, q, dim, keepdim, interpolation));
#line 1934 "ops_2.cpp"
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
#line 3628 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nanquantile(input, q, dim, keepdim, interpolation));
#line 1958 "ops_2.cpp"
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
#line 3644 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::var_mean(input, unbiased));
#line 1979 "ops_2.cpp"
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
#line 3661 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::var_mean(input, dim, unbiased, keepdim));
#line 2002 "ops_2.cpp"
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
#line 3680 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::var_mean(input, dim, correction, keepdim));
#line 2025 "ops_2.cpp"
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
#line 3696 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::std_mean(input, unbiased));
#line 2046 "ops_2.cpp"
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
#line 3713 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::std_mean(input, dim, unbiased, keepdim));
#line 2069 "ops_2.cpp"
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
#line 3732 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::std_mean(input, dim, correction, keepdim));
#line 2092 "ops_2.cpp"
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
#line 3748 "spec/torch_api.yaml"
        return sffi::new_tensor(at::histc(input, bins, min, max));
#line 2115 "ops_2.cpp"
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
#line 3762 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bincount(input, weights, minlength));
#line 2137 "ops_2.cpp"
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
#line 3778 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bucketize(input, boundaries, out_int32, right));
#line 2159 "ops_2.cpp"
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
#line 3795 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bucketize(input, boundaries, out_int32, right));
#line 2182 "ops_2.cpp"
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
#line 3814 "spec/torch_api.yaml"
        return sffi::new_tensor(at::searchsorted(sorted_sequence, input, out_int32, right, side, sorter));
#line 2206 "ops_2.cpp"
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
#line 3833 "spec/torch_api.yaml"
        return sffi::new_tensor(at::searchsorted(sorted_sequence, input, out_int32, right, side, sorter));
#line 2231 "ops_2.cpp"
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
#line 3850 "spec/torch_api.yaml"
        return sffi::new_tensor(at::diff(input, n, dim, prepend, append));
#line 2255 "ops_2.cpp"
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
#line 5957 "spec/torch_api.yaml"
        return sffi::new_tensor(at::corrcoef(input));
#line 2275 "ops_2.cpp"
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
#line 5973 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cov(input, correction, fweights, aweights));
#line 2298 "ops_2.cpp"
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
#line 5988 "spec/torch_api.yaml"
        return sffi::new_tensor(at::trapezoid(y, x, dim));
#line 2319 "ops_2.cpp"
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
#line 6004 "spec/torch_api.yaml"
        return sffi::new_tensor(at::trapezoid(y, dx, dim));
#line 2341 "ops_2.cpp"
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
#line 6020 "spec/torch_api.yaml"
        return sffi::new_tensor(at::trapz(y, x, dim));
#line 2362 "ops_2.cpp"
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
#line 6036 "spec/torch_api.yaml"
        return sffi::new_tensor(at::trapz(y, dx, dim));
#line 2384 "ops_2.cpp"
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
#line 6052 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cumulative_trapezoid(y, x, dim));
#line 2405 "ops_2.cpp"
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
#line 6068 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cumulative_trapezoid(y, dx, dim));
#line 2427 "ops_2.cpp"
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
#line 758 "spec/torch_api.yaml"
        return sffi::to_i64(handle.dim());
#line 2447 "ops_2.cpp"
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
#line 770 "spec/torch_api.yaml"
        return sffi::to_i64(handle.numel());
#line 2467 "ops_2.cpp"
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
#line 781 "spec/torch_api.yaml"
        return sffi::write_array(out, out_capacity, handle.sizes());
#line 2487 "ops_2.cpp"
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
#line 793 "spec/torch_api.yaml"
        return sffi::new_tensor(at::reshape(handle, dims));
#line 2508 "ops_2.cpp"
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
#line 807 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.contiguous().view(dims));
#line 2529 "ops_2.cpp"
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
#line 819 "spec/torch_api.yaml"
        return sffi::new_tensor(at::permute(handle, dims));
#line 2550 "ops_2.cpp"
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
#line 829 "spec/torch_api.yaml"
        return sffi::new_tensor(at::squeeze(handle));
#line 2570 "ops_2.cpp"
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
#line 840 "spec/torch_api.yaml"
        return sffi::new_tensor(at::squeeze(handle, dim));
#line 2591 "ops_2.cpp"
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
#line 851 "spec/torch_api.yaml"
        return sffi::new_tensor(at::unsqueeze(handle, dim));
#line 2612 "ops_2.cpp"
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
#line 861 "spec/torch_api.yaml"
        return sffi::new_tensor(at::flatten(handle));
#line 2632 "ops_2.cpp"
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
#line 872 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.contiguous());
#line 2652 "ops_2.cpp"
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
#line 2712 "spec/torch_api.yaml"
        return sffi::new_tensor(at::squeeze(input, dim));
#line 2673 "ops_2.cpp"
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
#line 2726 "spec/torch_api.yaml"
        return sffi::new_tensor(at::flatten(input, start_dim, end_dim));
#line 2695 "ops_2.cpp"
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
#line 2767 "spec/torch_api.yaml"
        return sffi::new_tensor(input.view(size));
#line 2716 "ops_2.cpp"
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
#line 3052 "spec/torch_api.yaml"
        return sffi::new_tensor(input.contiguous(sffi::memory_format_arg(memory_format)));
#line 2737 "ops_2.cpp"
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
#line 3865 "spec/torch_api.yaml"
        return sffi::new_tensor(input.expand(size, implicit));
#line 2759 "ops_2.cpp"
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
#line 3878 "spec/torch_api.yaml"
        return sffi::new_tensor(input.expand_as(other));
#line 2779 "ops_2.cpp"
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
#line 3891 "spec/torch_api.yaml"
        return sffi::new_tensor(at::broadcast_to(input, size));
#line 2800 "ops_2.cpp"
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
#line 3904 "spec/torch_api.yaml"
        return sffi::new_tensor(at::flip(input, dims));
#line 2821 "ops_2.cpp"
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
#line 3916 "spec/torch_api.yaml"
        return sffi::new_tensor(at::fliplr(input));
#line 2841 "ops_2.cpp"
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
#line 3928 "spec/torch_api.yaml"
        return sffi::new_tensor(at::flipud(input));
#line 2861 "ops_2.cpp"
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
#line 3942 "spec/torch_api.yaml"
        return sffi::new_tensor(at::roll(input, shifts, dims.value_or_empty()));
#line 2883 "ops_2.cpp"
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
#line 3956 "spec/torch_api.yaml"
        return sffi::new_tensor(at::rot90(input, k, dims));
#line 2905 "ops_2.cpp"
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
#line 3969 "spec/torch_api.yaml"
        return sffi::new_tensor(input.repeat(repeats));
#line 2926 "ops_2.cpp"
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
#line 3983 "spec/torch_api.yaml"
        return sffi::new_tensor(at::repeat_interleave(repeats, output_size));
#line 2947 "ops_2.cpp"
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
#line 4000 "spec/torch_api.yaml"
        return sffi::new_tensor(at::repeat_interleave(input, repeats, dim, output_size));
#line 2969 "ops_2.cpp"
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
#line 4017 "spec/torch_api.yaml"
        return sffi::new_tensor(at::repeat_interleave(input, repeats, dim, output_size));
#line 2992 "ops_2.cpp"
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
#line 4031 "spec/torch_api.yaml"
        return sffi::new_tensor(at::tile(input, dims));
#line 3013 "ops_2.cpp"
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
#line 4045 "spec/torch_api.yaml"
        return sffi::new_tensor(at::movedim(input, source, destination));
#line 3035 "ops_2.cpp"
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
#line 4060 "spec/torch_api.yaml"
        return sffi::new_tensor(at::movedim(input, source, destination));
#line 3057 "ops_2.cpp"
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
#line 4074 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::unbind(input, dim));
#line 3078 "ops_2.cpp"
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
#line 4089 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::split(input, split_size, dim));
#line 3100 "ops_2.cpp"
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
#line 4104 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::split(input, split_size, dim));
#line 3122 "ops_2.cpp"
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
#line 4119 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::split_with_sizes(input, split_sizes, dim));
#line 3144 "ops_2.cpp"
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
#line 4133 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::tensor_split(input, sections, dim));
#line 3166 "ops_2.cpp"
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
#line 4148 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::tensor_split(input, indices, dim));
#line 3188 "ops_2.cpp"
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
#line 4163 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::tensor_split(input, tensor_indices_or_sections, dim));
#line 3209 "ops_2.cpp"
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
#line 4177 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::hsplit(input, sections));
#line 3230 "ops_2.cpp"
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
#line 4191 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::hsplit(input, indices));
#line 3251 "ops_2.cpp"
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
#line 4205 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::vsplit(input, sections));
#line 3272 "ops_2.cpp"
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
#line 4219 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::vsplit(input, indices));
#line 3293 "ops_2.cpp"
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
#line 4233 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::dsplit(input, sections));
#line 3314 "ops_2.cpp"
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
#line 4247 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::dsplit(input, indices));
#line 3335 "ops_2.cpp"
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
#line 4263 "spec/torch_api.yaml"
        return sffi::new_tensor(at::narrow(input, dim, start, length));
#line 3358 "ops_2.cpp"
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
#line 4278 "spec/torch_api.yaml"
        return sffi::new_tensor(at::narrow(input, dim, start, length));
#line 3380 "ops_2.cpp"
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
#line 4293 "spec/torch_api.yaml"
        return sffi::new_tensor(at::unflatten(input, dim, sizes));
#line 3402 "ops_2.cpp"
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
#line 4306 "spec/torch_api.yaml"
        return sffi::new_tensor(at::ravel(input));
#line 3422 "ops_2.cpp"
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
#line 4318 "spec/torch_api.yaml"
        return sffi::new_tensor(at::hstack(tensors));
#line 3442 "ops_2.cpp"
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
#line 4330 "spec/torch_api.yaml"
        return sffi::new_tensor(at::vstack(tensors));
#line 3462 "ops_2.cpp"
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
#line 4342 "spec/torch_api.yaml"
        return sffi::new_tensor(at::dstack(tensors));
#line 3482 "ops_2.cpp"
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
#line 4354 "spec/torch_api.yaml"
        return sffi::new_tensor(at::column_stack(tensors));
#line 3502 "ops_2.cpp"
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
#line 4366 "spec/torch_api.yaml"
        return sffi::new_tensor(at::atleast_1d(input));
#line 3522 "ops_2.cpp"
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
#line 4378 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::atleast_1d(tensors));
#line 3542 "ops_2.cpp"
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
#line 4391 "spec/torch_api.yaml"
        return sffi::new_tensor(at::atleast_2d(input));
#line 3562 "ops_2.cpp"
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
#line 4403 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::atleast_2d(tensors));
#line 3582 "ops_2.cpp"
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
#line 4416 "spec/torch_api.yaml"
        return sffi::new_tensor(at::atleast_3d(input));
#line 3602 "ops_2.cpp"
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
#line 4428 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::atleast_3d(tensors));
#line 3622 "ops_2.cpp"
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
#line 4442 "spec/torch_api.yaml"
        return sffi::new_tensor(at::tril(input, diagonal));
#line 3643 "ops_2.cpp"
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
#line 4455 "spec/torch_api.yaml"
        return sffi::new_tensor(at::triu(input, diagonal));
#line 3664 "ops_2.cpp"
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
#line 4468 "spec/torch_api.yaml"
        return sffi::new_tensor(at::diag(input, diagonal));
#line 3685 "ops_2.cpp"
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
#line 4483 "spec/torch_api.yaml"
        return sffi::new_tensor(at::diag_embed(input, offset, dim1, dim2));
#line 3708 "ops_2.cpp"
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
#line 4498 "spec/torch_api.yaml"
        return sffi::new_tensor(at::diagonal(input, offset, dim1, dim2));
#line 3731 "ops_2.cpp"
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
#line 4511 "spec/torch_api.yaml"
        return sffi::new_tensor(at::diagflat(input, offset));
#line 3752 "ops_2.cpp"
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
#line 4523 "spec/torch_api.yaml"
        return sffi::new_tensor(at::trace(input));
#line 3772 "ops_2.cpp"
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
#line 4536 "spec/torch_api.yaml"
        return sffi::new_tensor(at::kron(input, other));
#line 3792 "ops_2.cpp"
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
#line 4548 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::meshgrid(tensors));
#line 3812 "ops_2.cpp"
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
#line 4562 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::meshgrid(tensors, indexing));
#line 3833 "ops_2.cpp"
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
#line 4576 "spec/torch_api.yaml"
        return sffi::new_tensor(input.view_as(other));
#line 3853 "ops_2.cpp"
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
#line 4589 "spec/torch_api.yaml"
        return sffi::new_tensor(input.reshape_as(other));
#line 3873 "ops_2.cpp"
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
#line 4604 "spec/torch_api.yaml"
        return sffi::new_tensor(input.unfold(dimension, size, step));
#line 3896 "ops_2.cpp"
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
