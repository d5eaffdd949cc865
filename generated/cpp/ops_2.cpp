// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Shape Manipulation, Indexing and Slicing, Neural Network Operations, Loss Functions: 121 function(s) of the C ABI (see torch_sffi.h).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/argwhere.h>)
#include <ATen/ops/argwhere.h>
#else
#line 4881 "spec/torch_api.yaml"
#error "binds calls at::argwhere, which this ATen does not have (no <ATen/ops/argwhere.h>)"
#endif
#if __has_include(<ATen/ops/atleast_1d.h>)
#include <ATen/ops/atleast_1d.h>
#else
#line 4365 "spec/torch_api.yaml"
#error "binds calls at::atleast_1d, which this ATen does not have (no <ATen/ops/atleast_1d.h>)"
#endif
#if __has_include(<ATen/ops/atleast_2d.h>)
#include <ATen/ops/atleast_2d.h>
#else
#line 4390 "spec/torch_api.yaml"
#error "binds calls at::atleast_2d, which this ATen does not have (no <ATen/ops/atleast_2d.h>)"
#endif
#if __has_include(<ATen/ops/atleast_3d.h>)
#include <ATen/ops/atleast_3d.h>
#else
#line 4415 "spec/torch_api.yaml"
#error "binds calls at::atleast_3d, which this ATen does not have (no <ATen/ops/atleast_3d.h>)"
#endif
#if __has_include(<ATen/ops/avg_pool2d.h>)
#include <ATen/ops/avg_pool2d.h>
#else
#line 990 "spec/torch_api.yaml"
#error "binds calls at::avg_pool2d, which this ATen does not have (no <ATen/ops/avg_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/broadcast_to.h>)
#include <ATen/ops/broadcast_to.h>
#else
#line 3890 "spec/torch_api.yaml"
#error "binds calls at::broadcast_to, which this ATen does not have (no <ATen/ops/broadcast_to.h>)"
#endif
#if __has_include(<ATen/ops/cat.h>)
#include <ATen/ops/cat.h>
#else
#line 923 "spec/torch_api.yaml"
#error "binds calls at::cat, which this ATen does not have (no <ATen/ops/cat.h>)"
#endif
#if __has_include(<ATen/ops/chunk.h>)
#include <ATen/ops/chunk.h>
#else
#line 946 "spec/torch_api.yaml"
#error "binds calls at::chunk, which this ATen does not have (no <ATen/ops/chunk.h>)"
#endif
#if __has_include(<ATen/ops/column_stack.h>)
#include <ATen/ops/column_stack.h>
#else
#line 4353 "spec/torch_api.yaml"
#error "binds calls at::column_stack, which this ATen does not have (no <ATen/ops/column_stack.h>)"
#endif
#if __has_include(<ATen/ops/conv2d.h>)
#include <ATen/ops/conv2d.h>
#else
#line 963 "spec/torch_api.yaml"
#error "binds calls at::conv2d, which this ATen does not have (no <ATen/ops/conv2d.h>)"
#endif
#if __has_include(<ATen/ops/cross_entropy_loss.h>)
#include <ATen/ops/cross_entropy_loss.h>
#else
#line 1083 "spec/torch_api.yaml"
#error "binds calls at::cross_entropy_loss, which this ATen does not have (no <ATen/ops/cross_entropy_loss.h>)"
#endif
#if __has_include(<ATen/ops/diag.h>)
#include <ATen/ops/diag.h>
#else
#line 4467 "spec/torch_api.yaml"
#error "binds calls at::diag, which this ATen does not have (no <ATen/ops/diag.h>)"
#endif
#if __has_include(<ATen/ops/diag_embed.h>)
#include <ATen/ops/diag_embed.h>
#else
#line 4482 "spec/torch_api.yaml"
#error "binds calls at::diag_embed, which this ATen does not have (no <ATen/ops/diag_embed.h>)"
#endif
#if __has_include(<ATen/ops/diagflat.h>)
#include <ATen/ops/diagflat.h>
#else
#line 4510 "spec/torch_api.yaml"
#error "binds calls at::diagflat, which this ATen does not have (no <ATen/ops/diagflat.h>)"
#endif
#if __has_include(<ATen/ops/diagonal.h>)
#include <ATen/ops/diagonal.h>
#else
#line 4497 "spec/torch_api.yaml"
#error "binds calls at::diagonal, which this ATen does not have (no <ATen/ops/diagonal.h>)"
#endif
#if __has_include(<ATen/ops/diagonal_scatter.h>)
#include <ATen/ops/diagonal_scatter.h>
#else
#line 4929 "spec/torch_api.yaml"
#error "binds calls at::diagonal_scatter, which this ATen does not have (no <ATen/ops/diagonal_scatter.h>)"
#endif
#if __has_include(<ATen/ops/dsplit.h>)
#include <ATen/ops/dsplit.h>
#else
#line 4232 "spec/torch_api.yaml"
#error "binds calls at::dsplit, which this ATen does not have (no <ATen/ops/dsplit.h>)"
#endif
#if __has_include(<ATen/ops/dstack.h>)
#include <ATen/ops/dstack.h>
#else
#line 4341 "spec/torch_api.yaml"
#error "binds calls at::dstack, which this ATen does not have (no <ATen/ops/dstack.h>)"
#endif
#if __has_include(<ATen/ops/embedding.h>)
#include <ATen/ops/embedding.h>
#else
#line 1058 "spec/torch_api.yaml"
#error "binds calls at::embedding, which this ATen does not have (no <ATen/ops/embedding.h>)"
#endif
#if __has_include(<ATen/ops/flatten.h>)
#include <ATen/ops/flatten.h>
#else
#line 860 "spec/torch_api.yaml"
#error "binds calls at::flatten, which this ATen does not have (no <ATen/ops/flatten.h>)"
#endif
#if __has_include(<ATen/ops/flip.h>)
#include <ATen/ops/flip.h>
#else
#line 3903 "spec/torch_api.yaml"
#error "binds calls at::flip, which this ATen does not have (no <ATen/ops/flip.h>)"
#endif
#if __has_include(<ATen/ops/fliplr.h>)
#include <ATen/ops/fliplr.h>
#else
#line 3915 "spec/torch_api.yaml"
#error "binds calls at::fliplr, which this ATen does not have (no <ATen/ops/fliplr.h>)"
#endif
#if __has_include(<ATen/ops/flipud.h>)
#include <ATen/ops/flipud.h>
#else
#line 3927 "spec/torch_api.yaml"
#error "binds calls at::flipud, which this ATen does not have (no <ATen/ops/flipud.h>)"
#endif
#if __has_include(<ATen/ops/gather.h>)
#include <ATen/ops/gather.h>
#else
#line 912 "spec/torch_api.yaml"
#error "binds calls at::gather, which this ATen does not have (no <ATen/ops/gather.h>)"
#endif
#if __has_include(<ATen/ops/hsplit.h>)
#include <ATen/ops/hsplit.h>
#else
#line 4176 "spec/torch_api.yaml"
#error "binds calls at::hsplit, which this ATen does not have (no <ATen/ops/hsplit.h>)"
#endif
#if __has_include(<ATen/ops/hstack.h>)
#include <ATen/ops/hstack.h>
#else
#line 4317 "spec/torch_api.yaml"
#error "binds calls at::hstack, which this ATen does not have (no <ATen/ops/hstack.h>)"
#endif
#if __has_include(<ATen/ops/index.h>)
#include <ATen/ops/index.h>
#else
#line 2752 "spec/torch_api.yaml"
#error "binds calls at::index, which this ATen does not have (no <ATen/ops/index.h>)"
#endif
#if __has_include(<ATen/ops/index_add.h>)
#include <ATen/ops/index_add.h>
#else
#line 4620 "spec/torch_api.yaml"
#error "binds calls at::index_add, which this ATen does not have (no <ATen/ops/index_add.h>)"
#endif
#if __has_include(<ATen/ops/index_copy.h>)
#include <ATen/ops/index_copy.h>
#else
#line 4635 "spec/torch_api.yaml"
#error "binds calls at::index_copy, which this ATen does not have (no <ATen/ops/index_copy.h>)"
#endif
#if __has_include(<ATen/ops/index_fill.h>)
#include <ATen/ops/index_fill.h>
#else
#line 4650 "spec/torch_api.yaml"
#error "binds calls at::index_fill, which this ATen does not have (no <ATen/ops/index_fill.h>)"
#endif
#if __has_include(<ATen/ops/index_put.h>)
#include <ATen/ops/index_put.h>
#else
#line 4682 "spec/torch_api.yaml"
#error "binds calls at::index_put, which this ATen does not have (no <ATen/ops/index_put.h>)"
#endif
#if __has_include(<ATen/ops/index_reduce.h>)
#include <ATen/ops/index_reduce.h>
#else
#line 4700 "spec/torch_api.yaml"
#error "binds calls at::index_reduce, which this ATen does not have (no <ATen/ops/index_reduce.h>)"
#endif
#if __has_include(<ATen/ops/index_select.h>)
#include <ATen/ops/index_select.h>
#else
#line 900 "spec/torch_api.yaml"
#error "binds calls at::index_select, which this ATen does not have (no <ATen/ops/index_select.h>)"
#endif
#if __has_include(<ATen/ops/kron.h>)
#include <ATen/ops/kron.h>
#else
#line 4535 "spec/torch_api.yaml"
#error "binds calls at::kron, which this ATen does not have (no <ATen/ops/kron.h>)"
#endif
#if __has_include(<ATen/ops/layer_norm.h>)
#include <ATen/ops/layer_norm.h>
#else
#line 1022 "spec/torch_api.yaml"
#error "binds calls at::layer_norm, which this ATen does not have (no <ATen/ops/layer_norm.h>)"
#endif
#if __has_include(<ATen/ops/linear.h>)
#include <ATen/ops/linear.h>
#else
#line 1046 "spec/torch_api.yaml"
#error "binds calls at::linear, which this ATen does not have (no <ATen/ops/linear.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d.h>)
#include <ATen/ops/max_pool2d.h>
#else
#line 976 "spec/torch_api.yaml"
#error "binds calls at::max_pool2d, which this ATen does not have (no <ATen/ops/max_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d_with_indices.h>)
#include <ATen/ops/max_pool2d_with_indices.h>
#else
#line 2821 "spec/torch_api.yaml"
#error "binds calls at::max_pool2d_with_indices, which this ATen does not have (no <ATen/ops/max_pool2d_with_indices.h>)"
#endif
#if __has_include(<ATen/ops/meshgrid.h>)
#include <ATen/ops/meshgrid.h>
#else
#line 4547 "spec/torch_api.yaml"
#error "binds calls at::meshgrid, which this ATen does not have (no <ATen/ops/meshgrid.h>)"
#endif
#if __has_include(<ATen/ops/movedim.h>)
#include <ATen/ops/movedim.h>
#else
#line 4044 "spec/torch_api.yaml"
#error "binds calls at::movedim, which this ATen does not have (no <ATen/ops/movedim.h>)"
#endif
#if __has_include(<ATen/ops/narrow.h>)
#include <ATen/ops/narrow.h>
#else
#line 4262 "spec/torch_api.yaml"
#error "binds calls at::narrow, which this ATen does not have (no <ATen/ops/narrow.h>)"
#endif
#if __has_include(<ATen/ops/nll_loss_nd.h>)
#include <ATen/ops/nll_loss_nd.h>
#else
#line 1107 "spec/torch_api.yaml"
#error "binds calls at::nll_loss_nd, which this ATen does not have (no <ATen/ops/nll_loss_nd.h>)"
#endif
#if __has_include(<ATen/ops/nonzero.h>)
#include <ATen/ops/nonzero.h>
#else
#line 4856 "spec/torch_api.yaml"
#error "binds calls at::nonzero, which this ATen does not have (no <ATen/ops/nonzero.h>)"
#endif
#if __has_include(<ATen/ops/nonzero_numpy.h>)
#include <ATen/ops/nonzero_numpy.h>
#else
#line 4868 "spec/torch_api.yaml"
#error "binds calls at::nonzero_numpy, which this ATen does not have (no <ATen/ops/nonzero_numpy.h>)"
#endif
#if __has_include(<ATen/ops/permute.h>)
#include <ATen/ops/permute.h>
#else
#line 818 "spec/torch_api.yaml"
#error "binds calls at::permute, which this ATen does not have (no <ATen/ops/permute.h>)"
#endif
#if __has_include(<ATen/ops/put.h>)
#include <ATen/ops/put.h>
#else
#line 4844 "spec/torch_api.yaml"
#error "binds calls at::put, which this ATen does not have (no <ATen/ops/put.h>)"
#endif
#if __has_include(<ATen/ops/ravel.h>)
#include <ATen/ops/ravel.h>
#else
#line 4305 "spec/torch_api.yaml"
#error "binds calls at::ravel, which this ATen does not have (no <ATen/ops/ravel.h>)"
#endif
#if __has_include(<ATen/ops/repeat_interleave.h>)
#include <ATen/ops/repeat_interleave.h>
#else
#line 3982 "spec/torch_api.yaml"
#error "binds calls at::repeat_interleave, which this ATen does not have (no <ATen/ops/repeat_interleave.h>)"
#endif
#if __has_include(<ATen/ops/reshape.h>)
#include <ATen/ops/reshape.h>
#else
#line 792 "spec/torch_api.yaml"
#error "binds calls at::reshape, which this ATen does not have (no <ATen/ops/reshape.h>)"
#endif
#if __has_include(<ATen/ops/roll.h>)
#include <ATen/ops/roll.h>
#else
#line 3941 "spec/torch_api.yaml"
#error "binds calls at::roll, which this ATen does not have (no <ATen/ops/roll.h>)"
#endif
#if __has_include(<ATen/ops/rot90.h>)
#include <ATen/ops/rot90.h>
#else
#line 3955 "spec/torch_api.yaml"
#error "binds calls at::rot90, which this ATen does not have (no <ATen/ops/rot90.h>)"
#endif
#if __has_include(<ATen/ops/scatter.h>)
#include <ATen/ops/scatter.h>
#else
#line 4715 "spec/torch_api.yaml"
#error "binds calls at::scatter, which this ATen does not have (no <ATen/ops/scatter.h>)"
#endif
#if __has_include(<ATen/ops/scatter_add.h>)
#include <ATen/ops/scatter_add.h>
#else
#line 4783 "spec/torch_api.yaml"
#error "binds calls at::scatter_add, which this ATen does not have (no <ATen/ops/scatter_add.h>)"
#endif
#if __has_include(<ATen/ops/scatter_reduce.h>)
#include <ATen/ops/scatter_reduce.h>
#else
#line 4801 "spec/torch_api.yaml"
#error "binds calls at::scatter_reduce, which this ATen does not have (no <ATen/ops/scatter_reduce.h>)"
#endif
#if __has_include(<ATen/ops/select.h>)
#include <ATen/ops/select.h>
#else
#line 2739 "spec/torch_api.yaml"
#error "binds calls at::select, which this ATen does not have (no <ATen/ops/select.h>)"
#endif
#if __has_include(<ATen/ops/select_scatter.h>)
#include <ATen/ops/select_scatter.h>
#else
#line 4896 "spec/torch_api.yaml"
#error "binds calls at::select_scatter, which this ATen does not have (no <ATen/ops/select_scatter.h>)"
#endif
#if __has_include(<ATen/ops/slice.h>)
#include <ATen/ops/slice.h>
#else
#line 887 "spec/torch_api.yaml"
#error "binds calls at::slice, which this ATen does not have (no <ATen/ops/slice.h>)"
#endif
#if __has_include(<ATen/ops/slice_scatter.h>)
#include <ATen/ops/slice_scatter.h>
#else
#line 4913 "spec/torch_api.yaml"
#error "binds calls at::slice_scatter, which this ATen does not have (no <ATen/ops/slice_scatter.h>)"
#endif
#if __has_include(<ATen/ops/split.h>)
#include <ATen/ops/split.h>
#else
#line 4088 "spec/torch_api.yaml"
#error "binds calls at::split, which this ATen does not have (no <ATen/ops/split.h>)"
#endif
#if __has_include(<ATen/ops/split_with_sizes.h>)
#include <ATen/ops/split_with_sizes.h>
#else
#line 4118 "spec/torch_api.yaml"
#error "binds calls at::split_with_sizes, which this ATen does not have (no <ATen/ops/split_with_sizes.h>)"
#endif
#if __has_include(<ATen/ops/squeeze.h>)
#include <ATen/ops/squeeze.h>
#else
#line 828 "spec/torch_api.yaml"
#error "binds calls at::squeeze, which this ATen does not have (no <ATen/ops/squeeze.h>)"
#endif
#if __has_include(<ATen/ops/stack.h>)
#include <ATen/ops/stack.h>
#else
#line 934 "spec/torch_api.yaml"
#error "binds calls at::stack, which this ATen does not have (no <ATen/ops/stack.h>)"
#endif
#if __has_include(<ATen/ops/take.h>)
#include <ATen/ops/take.h>
#else
#line 4815 "spec/torch_api.yaml"
#error "binds calls at::take, which this ATen does not have (no <ATen/ops/take.h>)"
#endif
#if __has_include(<ATen/ops/take_along_dim.h>)
#include <ATen/ops/take_along_dim.h>
#else
#line 4829 "spec/torch_api.yaml"
#error "binds calls at::take_along_dim, which this ATen does not have (no <ATen/ops/take_along_dim.h>)"
#endif
#if __has_include(<ATen/ops/tensor_split.h>)
#include <ATen/ops/tensor_split.h>
#else
#line 4132 "spec/torch_api.yaml"
#error "binds calls at::tensor_split, which this ATen does not have (no <ATen/ops/tensor_split.h>)"
#endif
#if __has_include(<ATen/ops/tile.h>)
#include <ATen/ops/tile.h>
#else
#line 4030 "spec/torch_api.yaml"
#error "binds calls at::tile, which this ATen does not have (no <ATen/ops/tile.h>)"
#endif
#if __has_include(<ATen/ops/trace.h>)
#include <ATen/ops/trace.h>
#else
#line 4522 "spec/torch_api.yaml"
#error "binds calls at::trace, which this ATen does not have (no <ATen/ops/trace.h>)"
#endif
#if __has_include(<ATen/ops/tril.h>)
#include <ATen/ops/tril.h>
#else
#line 4441 "spec/torch_api.yaml"
#error "binds calls at::tril, which this ATen does not have (no <ATen/ops/tril.h>)"
#endif
#if __has_include(<ATen/ops/triu.h>)
#include <ATen/ops/triu.h>
#else
#line 4454 "spec/torch_api.yaml"
#error "binds calls at::triu, which this ATen does not have (no <ATen/ops/triu.h>)"
#endif
#if __has_include(<ATen/ops/unbind.h>)
#include <ATen/ops/unbind.h>
#else
#line 4073 "spec/torch_api.yaml"
#error "binds calls at::unbind, which this ATen does not have (no <ATen/ops/unbind.h>)"
#endif
#if __has_include(<ATen/ops/unflatten.h>)
#include <ATen/ops/unflatten.h>
#else
#line 4292 "spec/torch_api.yaml"
#error "binds calls at::unflatten, which this ATen does not have (no <ATen/ops/unflatten.h>)"
#endif
#if __has_include(<ATen/ops/unsqueeze.h>)
#include <ATen/ops/unsqueeze.h>
#else
#line 850 "spec/torch_api.yaml"
#error "binds calls at::unsqueeze, which this ATen does not have (no <ATen/ops/unsqueeze.h>)"
#endif
#if __has_include(<ATen/ops/vsplit.h>)
#include <ATen/ops/vsplit.h>
#else
#line 4204 "spec/torch_api.yaml"
#error "binds calls at::vsplit, which this ATen does not have (no <ATen/ops/vsplit.h>)"
#endif
#if __has_include(<ATen/ops/vstack.h>)
#include <ATen/ops/vstack.h>
#else
#line 4329 "spec/torch_api.yaml"
#error "binds calls at::vstack, which this ATen does not have (no <ATen/ops/vstack.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_torchtensor_ndim(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 757 "spec/torch_api.yaml"
        return sffi::to_i64(handle.dim());
#line 460 "ops_2.cpp"
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
#line 769 "spec/torch_api.yaml"
        return sffi::to_i64(handle.numel());
#line 480 "ops_2.cpp"
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
#line 780 "spec/torch_api.yaml"
        return sffi::write_array(out, out_capacity, handle.sizes());
#line 500 "ops_2.cpp"
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
#line 792 "spec/torch_api.yaml"
        return sffi::new_tensor(at::reshape(handle, dims));
#line 521 "ops_2.cpp"
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
#line 806 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.contiguous().view(dims));
#line 542 "ops_2.cpp"
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
#line 818 "spec/torch_api.yaml"
        return sffi::new_tensor(at::permute(handle, dims));
#line 563 "ops_2.cpp"
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
#line 828 "spec/torch_api.yaml"
        return sffi::new_tensor(at::squeeze(handle));
#line 583 "ops_2.cpp"
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
#line 839 "spec/torch_api.yaml"
        return sffi::new_tensor(at::squeeze(handle, dim));
#line 604 "ops_2.cpp"
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
#line 850 "spec/torch_api.yaml"
        return sffi::new_tensor(at::unsqueeze(handle, dim));
#line 625 "ops_2.cpp"
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
#line 860 "spec/torch_api.yaml"
        return sffi::new_tensor(at::flatten(handle));
#line 645 "ops_2.cpp"
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
#line 871 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.contiguous());
#line 665 "ops_2.cpp"
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
#line 2711 "spec/torch_api.yaml"
        return sffi::new_tensor(at::squeeze(input, dim));
#line 686 "ops_2.cpp"
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
#line 2725 "spec/torch_api.yaml"
        return sffi::new_tensor(at::flatten(input, start_dim, end_dim));
#line 708 "ops_2.cpp"
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
#line 2766 "spec/torch_api.yaml"
        return sffi::new_tensor(input.view(size));
#line 729 "ops_2.cpp"
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
#line 3051 "spec/torch_api.yaml"
        return sffi::new_tensor(input.contiguous(sffi::memory_format_arg(memory_format)));
#line 750 "ops_2.cpp"
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
#line 3864 "spec/torch_api.yaml"
        return sffi::new_tensor(input.expand(size, implicit));
#line 772 "ops_2.cpp"
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
#line 3877 "spec/torch_api.yaml"
        return sffi::new_tensor(input.expand_as(other));
#line 792 "ops_2.cpp"
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
#line 3890 "spec/torch_api.yaml"
        return sffi::new_tensor(at::broadcast_to(input, size));
#line 813 "ops_2.cpp"
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
#line 3903 "spec/torch_api.yaml"
        return sffi::new_tensor(at::flip(input, dims));
#line 834 "ops_2.cpp"
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
#line 3915 "spec/torch_api.yaml"
        return sffi::new_tensor(at::fliplr(input));
#line 854 "ops_2.cpp"
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
#line 3927 "spec/torch_api.yaml"
        return sffi::new_tensor(at::flipud(input));
#line 874 "ops_2.cpp"
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
#line 3941 "spec/torch_api.yaml"
        return sffi::new_tensor(at::roll(input, shifts, dims.value_or_empty()));
#line 896 "ops_2.cpp"
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
#line 3955 "spec/torch_api.yaml"
        return sffi::new_tensor(at::rot90(input, k, dims));
#line 918 "ops_2.cpp"
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
#line 3968 "spec/torch_api.yaml"
        return sffi::new_tensor(input.repeat(repeats));
#line 939 "ops_2.cpp"
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
#line 3982 "spec/torch_api.yaml"
        return sffi::new_tensor(at::repeat_interleave(repeats, output_size));
#line 960 "ops_2.cpp"
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
#line 3999 "spec/torch_api.yaml"
        return sffi::new_tensor(at::repeat_interleave(input, repeats, dim, output_size));
#line 982 "ops_2.cpp"
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
#line 4016 "spec/torch_api.yaml"
        return sffi::new_tensor(at::repeat_interleave(input, repeats, dim, output_size));
#line 1005 "ops_2.cpp"
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
#line 4030 "spec/torch_api.yaml"
        return sffi::new_tensor(at::tile(input, dims));
#line 1026 "ops_2.cpp"
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
#line 4044 "spec/torch_api.yaml"
        return sffi::new_tensor(at::movedim(input, source, destination));
#line 1048 "ops_2.cpp"
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
#line 4059 "spec/torch_api.yaml"
        return sffi::new_tensor(at::movedim(input, source, destination));
#line 1070 "ops_2.cpp"
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
#line 4073 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::unbind(input, dim));
#line 1091 "ops_2.cpp"
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
#line 4088 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::split(input, split_size, dim));
#line 1113 "ops_2.cpp"
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
#line 4103 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::split(input, split_size, dim));
#line 1135 "ops_2.cpp"
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
#line 4118 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::split_with_sizes(input, split_sizes, dim));
#line 1157 "ops_2.cpp"
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
#line 4132 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::tensor_split(input, sections, dim));
#line 1179 "ops_2.cpp"
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
#line 4147 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::tensor_split(input, indices, dim));
#line 1201 "ops_2.cpp"
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
#line 4162 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::tensor_split(input, tensor_indices_or_sections, dim));
#line 1222 "ops_2.cpp"
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
#line 4176 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::hsplit(input, sections));
#line 1243 "ops_2.cpp"
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
#line 4190 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::hsplit(input, indices));
#line 1264 "ops_2.cpp"
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
#line 4204 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::vsplit(input, sections));
#line 1285 "ops_2.cpp"
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
#line 4218 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::vsplit(input, indices));
#line 1306 "ops_2.cpp"
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
#line 4232 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::dsplit(input, sections));
#line 1327 "ops_2.cpp"
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
#line 4246 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::dsplit(input, indices));
#line 1348 "ops_2.cpp"
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
#line 4262 "spec/torch_api.yaml"
        return sffi::new_tensor(at::narrow(input, dim, start, length));
#line 1371 "ops_2.cpp"
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
#line 4277 "spec/torch_api.yaml"
        return sffi::new_tensor(at::narrow(input, dim, start, length));
#line 1393 "ops_2.cpp"
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
#line 4292 "spec/torch_api.yaml"
        return sffi::new_tensor(at::unflatten(input, dim, sizes));
#line 1415 "ops_2.cpp"
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
#line 4305 "spec/torch_api.yaml"
        return sffi::new_tensor(at::ravel(input));
#line 1435 "ops_2.cpp"
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
#line 4317 "spec/torch_api.yaml"
        return sffi::new_tensor(at::hstack(tensors));
#line 1455 "ops_2.cpp"
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
#line 4329 "spec/torch_api.yaml"
        return sffi::new_tensor(at::vstack(tensors));
#line 1475 "ops_2.cpp"
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
#line 4341 "spec/torch_api.yaml"
        return sffi::new_tensor(at::dstack(tensors));
#line 1495 "ops_2.cpp"
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
#line 4353 "spec/torch_api.yaml"
        return sffi::new_tensor(at::column_stack(tensors));
#line 1515 "ops_2.cpp"
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
#line 4365 "spec/torch_api.yaml"
        return sffi::new_tensor(at::atleast_1d(input));
#line 1535 "ops_2.cpp"
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
#line 4377 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::atleast_1d(tensors));
#line 1555 "ops_2.cpp"
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
#line 4390 "spec/torch_api.yaml"
        return sffi::new_tensor(at::atleast_2d(input));
#line 1575 "ops_2.cpp"
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
#line 4402 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::atleast_2d(tensors));
#line 1595 "ops_2.cpp"
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
#line 4415 "spec/torch_api.yaml"
        return sffi::new_tensor(at::atleast_3d(input));
#line 1615 "ops_2.cpp"
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
#line 4427 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::atleast_3d(tensors));
#line 1635 "ops_2.cpp"
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
#line 4441 "spec/torch_api.yaml"
        return sffi::new_tensor(at::tril(input, diagonal));
#line 1656 "ops_2.cpp"
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
#line 4454 "spec/torch_api.yaml"
        return sffi::new_tensor(at::triu(input, diagonal));
#line 1677 "ops_2.cpp"
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
#line 4467 "spec/torch_api.yaml"
        return sffi::new_tensor(at::diag(input, diagonal));
#line 1698 "ops_2.cpp"
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
#line 4482 "spec/torch_api.yaml"
        return sffi::new_tensor(at::diag_embed(input, offset, dim1, dim2));
#line 1721 "ops_2.cpp"
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
#line 4497 "spec/torch_api.yaml"
        return sffi::new_tensor(at::diagonal(input, offset, dim1, dim2));
#line 1744 "ops_2.cpp"
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
#line 4510 "spec/torch_api.yaml"
        return sffi::new_tensor(at::diagflat(input, offset));
#line 1765 "ops_2.cpp"
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
#line 4522 "spec/torch_api.yaml"
        return sffi::new_tensor(at::trace(input));
#line 1785 "ops_2.cpp"
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
#line 4535 "spec/torch_api.yaml"
        return sffi::new_tensor(at::kron(input, other));
#line 1805 "ops_2.cpp"
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
#line 4547 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::meshgrid(tensors));
#line 1825 "ops_2.cpp"
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
#line 4561 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::meshgrid(tensors, indexing));
#line 1846 "ops_2.cpp"
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
#line 4575 "spec/torch_api.yaml"
        return sffi::new_tensor(input.view_as(other));
#line 1866 "ops_2.cpp"
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
#line 4588 "spec/torch_api.yaml"
        return sffi::new_tensor(input.reshape_as(other));
#line 1886 "ops_2.cpp"
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
#line 4603 "spec/torch_api.yaml"
        return sffi::new_tensor(input.unfold(dimension, size, step));
#line 1909 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_slice(int64_t handle_, int64_t dim_, int64_t start_, int64_t end_, int64_t step_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const int64_t start = start_;
        const int64_t end = end_;
        const int64_t step = step_;
        const sffi::SharedCall call_lock;
#line 887 "spec/torch_api.yaml"
        return sffi::new_tensor(at::slice(handle, dim, start, end, step));
#line 1933 "ops_2.cpp"
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
#line 900 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_select(handle, dim, indices));
#line 1954 "ops_2.cpp"
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
#line 912 "spec/torch_api.yaml"
        return sffi::new_tensor(at::gather(handle, dim, indices));
#line 1975 "ops_2.cpp"
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
#line 923 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cat(tensors, dim));
#line 1996 "ops_2.cpp"
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
#line 934 "spec/torch_api.yaml"
        return sffi::new_tensor(at::stack(tensors, dim));
#line 2017 "ops_2.cpp"
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
#line 946 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::chunk(handle, chunks, dim));
#line 2039 "ops_2.cpp"
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
#line 2739 "spec/torch_api.yaml"
        return sffi::new_tensor(at::select(input, dim, index));
#line 2061 "ops_2.cpp"
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
#line 2752 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index(input, indices));
#line 2082 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_index_add(int64_t input_, int64_t dim_, int64_t index_, int64_t source_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, source] = sffi::tensor_args<3>({input_, index_, source_}, {"input", "index", "source"});
        const int64_t dim = dim_;
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 4620 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_add(input, dim, index, source, alpha));
#line 2104 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_index_copy(int64_t input_, int64_t dim_, int64_t index_, int64_t source_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, source] = sffi::tensor_args<3>({input_, index_, source_}, {"input", "index", "source"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 4635 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_copy(input, dim, index, source));
#line 2125 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_copy");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_copy");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_copy");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_fill_int_scalar(int64_t input_, int64_t dim_, int64_t index_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index] = sffi::tensor_args<2>({input_, index_}, {"input", "index"});
        const int64_t dim = dim_;
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::SharedCall call_lock;
#line 4650 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_fill(input, dim, index, value));
#line 2147 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_fill_int_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_fill_int_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_fill_int_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_fill_int_tensor(int64_t input_, int64_t dim_, int64_t index_, int64_t value_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, value] = sffi::tensor_args<3>({input_, index_, value_}, {"input", "index", "value"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 4666 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_fill(input, dim, index, value));
#line 2168 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_index_put(int64_t input_, const int64_t* indices_, int64_t indices_len, int64_t values_, bool accumulate_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, values] = sffi::tensor_args<2>({input_, values_}, {"input", "values"});
        const c10::List<std::optional<at::Tensor>> indices = sffi::optional_tensor_list_arg(indices_, indices_len, "indices");
        const bool accumulate = accumulate_;
        const sffi::SharedCall call_lock;
#line 4682 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_put(input, indices, values, accumulate));
#line 2190 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_put");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_put");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_put");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_reduce(int64_t input_, int64_t dim_, int64_t index_, int64_t source_, const char* reduce_, bool include_self_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, source] = sffi::tensor_args<3>({input_, index_, source_}, {"input", "index", "source"});
        const int64_t dim = dim_;
        const std::string_view reduce = sffi::text_arg(reduce_, "reduce");
        const bool include_self = include_self_;
        const sffi::SharedCall call_lock;
#line 4700 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_reduce(input, dim, index, source, reduce, include_self));
#line 2213 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_reduce");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_reduce");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_reduce");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_src(int64_t input_, int64_t dim_, int64_t index_, int64_t src_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, src] = sffi::tensor_args<3>({input_, index_, src_}, {"input", "index", "src"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 4715 "spec/torch_api.yaml"
        return sffi::new_tensor(at::scatter(input, dim, index, src));
#line 2234 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_scatter_src");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_scatter_src");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_scatter_src");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_value(int64_t input_, int64_t dim_, int64_t index_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index] = sffi::tensor_args<2>({input_, index_}, {"input", "index"});
        const int64_t dim = dim_;
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::SharedCall call_lock;
#line 4731 "spec/torch_api.yaml"
        return sffi::new_tensor(at::scatter(input, dim, index, value));
#line 2256 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_reduce(int64_t input_, int64_t dim_, int64_t index_, int64_t src_, const char* reduce_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, src] = sffi::tensor_args<3>({input_, index_, src_}, {"input", "index", "src"});
        const int64_t dim = dim_;
        const std::string_view reduce = sffi::text_arg(reduce_, "reduce");
        const sffi::SharedCall call_lock;
#line 4749 "spec/torch_api.yaml"
        return sffi::new_tensor(at::scatter(input, dim, index, src, reduce));
#line 2278 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_scatter_reduce");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_scatter_reduce");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_scatter_reduce");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_value_reduce(int64_t input_, int64_t dim_, int64_t index_, double value_, int64_t value_int, int32_t value_kind, const char* reduce_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index] = sffi::tensor_args<2>({input_, index_}, {"input", "index"});
        const int64_t dim = dim_;
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const std::string_view reduce = sffi::text_arg(reduce_, "reduce");
        const sffi::SharedCall call_lock;
#line 4767 "spec/torch_api.yaml"
        return sffi::new_tensor(at::scatter(input, dim, index, value, reduce));
#line 2301 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_scatter_value_reduce");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_scatter_value_reduce");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_scatter_value_reduce");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_add(int64_t input_, int64_t dim_, int64_t index_, int64_t src_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, src] = sffi::tensor_args<3>({input_, index_, src_}, {"input", "index", "src"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 4783 "spec/torch_api.yaml"
        return sffi::new_tensor(at::scatter_add(input, dim, index, src));
#line 2322 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_scatter_add");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_scatter_add");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_scatter_add");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_reduce_two(int64_t input_, int64_t dim_, int64_t index_, int64_t src_, const char* reduce_, bool include_self_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, src] = sffi::tensor_args<3>({input_, index_, src_}, {"input", "index", "src"});
        const int64_t dim = dim_;
        const std::string_view reduce = sffi::text_arg(reduce_, "reduce");
        const bool include_self = include_self_;
        const sffi::SharedCall call_lock;
#line 4801 "spec/torch_api.yaml"
        return sffi::new_tensor(at::scatter_reduce(input, dim, index, src, reduce, include_self));
#line 2345 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_scatter_reduce_two");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_scatter_reduce_two");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_scatter_reduce_two");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_take(int64_t input_, int64_t index_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index] = sffi::tensor_args<2>({input_, index_}, {"input", "index"});
        const sffi::SharedCall call_lock;
#line 4815 "spec/torch_api.yaml"
        return sffi::new_tensor(at::take(input, index));
#line 2365 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_take_along_dim(int64_t input_, int64_t indices_, int64_t dim_, bool dim_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, indices] = sffi::tensor_args<2>({input_, indices_}, {"input", "indices"});
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const sffi::SharedCall call_lock;
#line 4829 "spec/torch_api.yaml"
        return sffi::new_tensor(at::take_along_dim(input, indices, dim));
#line 2386 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_take_along_dim");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_take_along_dim");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_take_along_dim");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_put(int64_t input_, int64_t index_, int64_t source_, bool accumulate_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, source] = sffi::tensor_args<3>({input_, index_, source_}, {"input", "index", "source"});
        const bool accumulate = accumulate_;
        const sffi::SharedCall call_lock;
#line 4844 "spec/torch_api.yaml"
        return sffi::new_tensor(at::put(input, index, source, accumulate));
#line 2407 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_put");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_put");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_put");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nonzero(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 4856 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nonzero(input));
#line 2427 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_nonzero_numpy(int64_t input_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 4868 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::nonzero_numpy(input));
#line 2447 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nonzero_numpy");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nonzero_numpy");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nonzero_numpy");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_argwhere(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 4881 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argwhere(input));
#line 2467 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_select_scatter(int64_t input_, int64_t src_, int64_t dim_, int64_t index_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, src] = sffi::tensor_args<2>({input_, src_}, {"input", "src"});
        const int64_t dim = dim_;
        const int64_t index = index_;
        const sffi::SharedCall call_lock;
#line 4896 "spec/torch_api.yaml"
        return sffi::new_tensor(at::select_scatter(input, src, dim, index));
#line 2489 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_select_scatter");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_select_scatter");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_select_scatter");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_slice_scatter(int64_t input_, int64_t src_, int64_t dim_, int64_t start_, bool start_present, int64_t end_, bool end_present, int64_t step_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, src] = sffi::tensor_args<2>({input_, src_}, {"input", "src"});
        const int64_t dim = dim_;
        const std::optional<int64_t> start = sffi::optional_arg(start_, start_present);
        const std::optional<int64_t> end = sffi::optional_arg(end_, end_present);
        const int64_t step = step_;
        const sffi::SharedCall call_lock;
#line 4913 "spec/torch_api.yaml"
        return sffi::new_tensor(at::slice_scatter(input, src, dim, start, end, step));
#line 2513 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_slice_scatter");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_slice_scatter");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_slice_scatter");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_diagonal_scatter(int64_t input_, int64_t src_, int64_t offset_, int64_t dim1_, int64_t dim2_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, src] = sffi::tensor_args<2>({input_, src_}, {"input", "src"});
        const int64_t offset = offset_;
        const int64_t dim1 = dim1_;
        const int64_t dim2 = dim2_;
        const sffi::SharedCall call_lock;
#line 4929 "spec/torch_api.yaml"
        return sffi::new_tensor(at::diagonal_scatter(input, src, offset, dim1, dim2));
#line 2536 "ops_2.cpp"
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
#line 963 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv2d(input, weight, bias, stride, padding, dilation, groups));
#line 2561 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_max_pool2d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef kernel_size = sffi::array_arg(kernel_size_, kernel_size_len, "kernel_size");
        const at::IntArrayRef stride = sffi::array_arg(stride_, stride_len, "stride");
        const at::IntArrayRef padding = sffi::array_arg(padding_, padding_len, "padding");
        const sffi::SharedCall call_lock;
#line 976 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max_pool2d(input, kernel_size, stride, padding));
#line 2584 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_avg_pool2d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef kernel_size = sffi::array_arg(kernel_size_, kernel_size_len, "kernel_size");
        const at::IntArrayRef stride = sffi::array_arg(stride_, stride_len, "stride");
        const at::IntArrayRef padding = sffi::array_arg(padding_, padding_len, "padding");
        const sffi::SharedCall call_lock;
#line 990 "spec/torch_api.yaml"
        return sffi::new_tensor(at::avg_pool2d(input, kernel_size, stride, padding));
#line 2607 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_batch_norm(int64_t input_, int64_t running_mean_, int64_t running_var_, int64_t weight_, int64_t bias_, bool training_, double momentum_, double eps_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::Tensor> running_mean = sffi::optional_tensor_arg(running_mean_, "running_mean");
        const std::optional<at::Tensor> running_var = sffi::optional_tensor_arg(running_var_, "running_var");
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const bool training = training_;
        const double momentum = momentum_;
        const double eps = eps_;
        const sffi::SharedCall call_lock;
#line 1008 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps));
#line 2634 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_batch_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_batch_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_batch_norm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_layer_norm(int64_t input_, const int64_t* normalized_shape_, int64_t normalized_shape_len, int64_t weight_, int64_t bias_, double eps_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef normalized_shape = sffi::array_arg(normalized_shape_, normalized_shape_len, "normalized_shape");
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const double eps = eps_;
        const sffi::SharedCall call_lock;
#line 1022 "spec/torch_api.yaml"
        return sffi::new_tensor(at::layer_norm(input, normalized_shape, weight, bias, eps));
#line 2658 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_layer_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_layer_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_layer_norm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_dropout(int64_t input_, double p_, bool training_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const bool training = training_;
        const sffi::SharedCall call_lock;
#line 1034 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::dropout(input, p, training));
#line 2680 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_dropout");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_dropout");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_dropout");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_linear(int64_t input_, int64_t weight_, int64_t bias_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight, bias] = sffi::tensor_args<3>({input_, weight_, bias_}, {"input", "weight", "bias"});
        const sffi::SharedCall call_lock;
#line 1046 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linear(input, weight, bias));
#line 2700 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_linear");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_linear");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_linear");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_embedding(int64_t input_, int64_t weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const sffi::SharedCall call_lock;
#line 1058 "spec/torch_api.yaml"
        return sffi::new_tensor(at::embedding(weight, input));
#line 2720 "ops_2.cpp"
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
#line 2785 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv2d(input, weight, bias, stride, padding, dilation, groups));
#line 2745 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_max_pool2d_v2(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, bool ceil_mode_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 2, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 2, "dilation");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 2802 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max_pool2d(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 2770 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool2d_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool2d_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool2d_v2");
        return 0;
    }
}

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
#line 2821 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::max_pool2d_with_indices(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 2795 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_avg_pool2d_v2(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, bool ceil_mode_, bool count_include_pad_, int64_t divisor_override_, bool divisor_override_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 2, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const bool ceil_mode = ceil_mode_;
        const bool count_include_pad = count_include_pad_;
        const std::optional<int64_t> divisor_override = sffi::optional_arg(divisor_override_, divisor_override_present);
        const sffi::SharedCall call_lock;
#line 2840 "spec/torch_api.yaml"
        return sffi::new_tensor(at::avg_pool2d(input, kernel_size, stride.value_or_empty(), padding, ceil_mode, count_include_pad, divisor_override));
#line 2821 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_avg_pool2d_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_avg_pool2d_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_avg_pool2d_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_embedding_v2(int64_t input_, int64_t weight_, int64_t padding_idx_, bool padding_idx_present, double max_norm_, bool max_norm_present, double norm_type_, bool scale_grad_by_freq_, bool sparse_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<int64_t> padding_idx = sffi::optional_arg(padding_idx_, padding_idx_present);
        const std::optional<double> max_norm = sffi::optional_arg(max_norm_, max_norm_present);
        const double norm_type = norm_type_;
        const bool scale_grad_by_freq = scale_grad_by_freq_;
        const bool sparse = sparse_;
        const sffi::SharedCall call_lock;
#line 2858 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::embedding(input, weight, padding_idx, max_norm, norm_type, scale_grad_by_freq, sparse));
#line 2846 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_embedding_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_embedding_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_embedding_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_linear_v2(int64_t input_, int64_t weight_, int64_t bias_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::SharedCall call_lock;
#line 2872 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linear(input, weight, bias));
#line 2867 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_nn_mse_loss(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 1071 "spec/torch_api.yaml"
        return sffi::to_f64(sffi::mse_loss(input, target));
#line 2887 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_nn_cross_entropy(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 1083 "spec/torch_api.yaml"
        return sffi::to_f64(at::cross_entropy_loss(input, target));
#line 2907 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_nn_binary_cross_entropy(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 1095 "spec/torch_api.yaml"
        return sffi::to_f64(sffi::binary_cross_entropy(input, target));
#line 2927 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_nn_nll_loss(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 1107 "spec/torch_api.yaml"
        return sffi::to_f64(at::nll_loss_nd(input, target));
#line 2947 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_nll_loss");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_nll_loss");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_nll_loss");
        return sffi::kNaN;
    }
}

RT_TORCH_API int64_t rt_torch_nn_mse_loss_v2(int64_t input_, int64_t target_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 2888 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::mse_loss(input, target, reduction));
#line 2968 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_cross_entropy_v2(int64_t input_, int64_t target_, int64_t weight_, int64_t ignore_index_, const char* reduction_, double label_smoothing_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const int64_t ignore_index = ignore_index_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const double label_smoothing = label_smoothing_;
        const sffi::SharedCall call_lock;
#line 2906 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cross_entropy_loss(input, target, weight, sffi::reduction_arg(reduction), ignore_index, label_smoothing));
#line 2992 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_cross_entropy_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_cross_entropy_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_cross_entropy_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_binary_cross_entropy_v2(int64_t input_, int64_t target_, int64_t weight_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 2922 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::binary_cross_entropy(input, target, weight, reduction));
#line 3014 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_nll_loss_v2(int64_t input_, int64_t target_, int64_t weight_, int64_t ignore_index_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const int64_t ignore_index = ignore_index_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 2939 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nll_loss_nd(input, target, weight, sffi::reduction_arg(reduction), ignore_index));
#line 3037 "ops_2.cpp"
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

}  // extern "C"
