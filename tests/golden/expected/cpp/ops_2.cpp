// generated from fixture.yaml by sffi-gen; do not edit
// Creation, Math: 7 function(s) of the C ABI (see torch_sffi.h).
#include "sffi_runtime.h"

#include <ATen/ops/add.h>
#include <ATen/ops/cat.h>
#include <ATen/ops/chunk.h>
#include <ATen/ops/sum.h>
#include <ATen/ops/zeros.h>

extern "C" {

RT_TORCH_API int64_t rt_torch_tensor_zeros(const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        return sffi::new_tensor(at::zeros(dims));
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

RT_TORCH_API int64_t rt_torch_tensor_from_data(const double* data_, int64_t data_len, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const c10::ArrayRef<double> data = sffi::array_arg(data_, data_len, "data");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        return sffi::new_tensor(sffi::from_data(data, dims));
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

RT_TORCH_API int64_t rt_torch_torchtensor_add(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        return sffi::new_tensor(at::add(handle, other));
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

RT_TORCH_API double rt_torch_torchtensor_sum(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        return sffi::to_f64(at::sum(handle));
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

RT_TORCH_API int64_t rt_torch_torchtensor_shape(int64_t handle_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        return sffi::write_array(out, out_capacity, handle.sizes());
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

RT_TORCH_API int64_t rt_torch_torchtensor_chunk(int64_t handle_, int64_t chunks_, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t chunks = chunks_;
        const int64_t dim = dim_;
        return sffi::write_tensors(out, out_capacity, at::chunk(handle, chunks, dim));
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

RT_TORCH_API int64_t rt_torch_torchtensor_cat(const int64_t* tensors_, int64_t tensors_len, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const int64_t dim = dim_;
        return sffi::new_tensor(at::cat(tensors, dim));
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

}  // extern "C"
