# generated from fixture.yaml by sffi-gen; do not edit
"""cffi builder (out-of-line API mode) for the C ABI of libtorch_sffi.so.

`sffi-gen build` uses it to compile the extension module torch_sffi._native; to build it by
hand:

    python build_cffi.py --include DIR_OF_torch_sffi.h --libdir DIR_OF_libtorch_sffi.so --out DIR
"""

from __future__ import annotations

import argparse

import cffi

MODULE = "torch_sffi._native"
HEADER = "torch_sffi.h"

CDEF = """
#define RT_TORCH_OK 0
#define RT_TORCH_ERR_INVALID_HANDLE 1
#define RT_TORCH_ERR_INDEX 2
#define RT_TORCH_ERR_VALUE 3
#define RT_TORCH_ERR_TYPE 4
#define RT_TORCH_ERR_UNAVAILABLE 5
#define RT_TORCH_ERR_OUT_OF_MEMORY 6
#define RT_TORCH_ERR_OTHER 7
#define RT_TORCH_ERR_DISTRIBUTED 8
#define RT_TORCH_DTYPE_INT64 4
#define RT_TORCH_DTYPE_FLOAT32 6
#define RT_TORCH_DTYPE_FLOAT64 7
#define RT_TORCH_DTYPE_BOOL 11
#define RT_TORCH_DEVICE_CPU 0
#define RT_TORCH_DEVICE_CUDA 1
#define RT_TORCH_SCALAR_FLOAT 0
#define RT_TORCH_SCALAR_INT 1
#define RT_TORCH_SCALAR_BOOL 2
#define RT_TORCH_SCALAR_NONE ...
bool rt_torch_available(void);
const char* rt_torch_version(void);
int64_t rt_torch_tensor_zeros(const int64_t* dims, int64_t dims_len);
int64_t rt_torch_tensor_zeros_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_tensor_full(const int64_t* size, int64_t size_len, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t device_type, int32_t device_index, int32_t dtype, const double* scales, int64_t scales_len);
int64_t rt_torch_tensor_from_data(const double* data, int64_t data_len, const int64_t* dims, int64_t dims_len);
int64_t rt_torch_torchtensor_add(int64_t handle, int64_t other);
double rt_torch_torchtensor_sum(int64_t handle);
int64_t rt_torch_torchtensor_sum_dim_intlist(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype);
int64_t rt_torch_torchtensor_add_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_clamp(int64_t input, double min, int64_t min_int, int32_t min_kind, double max, int64_t max_int, int32_t max_kind);
int64_t rt_torch_torchtensor_max_dim(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity);
void rt_torch_torchtensor_mul_(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_index_tensor(int64_t input, const int64_t* indices, int64_t indices_len);
int32_t rt_torch_torchtensor_dtype(int64_t handle);
int64_t rt_torch_torchtensor_shape(int64_t handle, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_chunk(int64_t handle, int64_t chunks, int64_t dim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_cat(const int64_t* tensors, int64_t tensors_len, int64_t dim);
int64_t rt_torch_nn_linear(int64_t input, int64_t weight, int64_t bias, double scale, int32_t flags);
int64_t rt_torch_nn_max_pool2d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, bool ceil_mode);
int64_t rt_torch_nn_max_pool2d_with_indices(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, bool ceil_mode, int64_t* out, int64_t out_capacity);
int64_t rt_torch_nn_mse_loss(int64_t input, int64_t target, const char* reduction, const double* weight, int64_t weight_len, bool weight_present);
int64_t rt_torch_nn_dropout(int64_t input, double p, bool training, int64_t seed, bool seed_present, double scale, bool scale_present, bool inplace, bool inplace_present);
void rt_torch_autograd_backward(int64_t handle);
bool rt_torch_autograd_requires_grad(int64_t handle);
int64_t rt_torch_autograd_grad(int64_t handle);
int64_t rt_torch_torchtensor_data_f64(int64_t handle, double* out, int64_t out_capacity);
int64_t rt_torch_stream_create(int32_t device_id);
void rt_torch_torchstream_sync(int64_t handle);
void rt_torch_torchstream_free(int64_t handle);
void rt_torch_torchtensor_free(int64_t handle);
int32_t rt_torch_error_code(void);
const char* rt_torch_error_message(void);
int64_t rt_torch_live_handles(void);
void rt_torch_set_name(const char* label);
double rt_torch_set_mode(const char* mode);
bool rt_torch_torchtensor_release(int64_t handle);
void rt_torch_autograd_set_requires_grad(int64_t handle, bool requires_grad);
int64_t rt_torch_tensor_from_i64(const int64_t* data, int64_t data_len, const int64_t* dims, int64_t dims_len);
int64_t rt_torch_torchtensor_data_i64(int64_t handle, int64_t* out, int64_t out_capacity);
int32_t rt_torch_torchtensor_device(int64_t handle);
int32_t rt_torch_warning_count(void);
const char* rt_torch_warning_message(int64_t index);
int32_t rt_torch_warning_kind(int64_t index);
int32_t rt_torch_torchtensor_device_type(int64_t handle);
bool rt_torch_autograd_has_grad_fn(int64_t handle);
void rt_torch_autograd_grad_mode_begin(bool enabled);
void rt_torch_autograd_grad_mode_end(void);
bool rt_torch_autograd_is_grad_enabled(void);
void rt_torch_autograd_set_grad_enabled(bool enabled);
const char* rt_torch_autograd_grad_fn_name(int64_t handle);
int64_t rt_torch_torchtensor_real(int64_t handle);
int64_t rt_torch_torchtensor_imag(int64_t handle);
double rt_torch_torchtensor_item(int64_t handle);
int64_t rt_torch_torchtensor_numel(int64_t handle);
int64_t rt_torch_torchtensor_select_int(int64_t handle, int64_t dim, int64_t index);
int64_t rt_torch_torchtensor_slice(int64_t handle, int64_t dim, int64_t start, int64_t end, int64_t step);
int64_t rt_torch_torchtensor_to_dtype(int64_t handle, int32_t dtype);
int64_t rt_torch_torchtensor_unsqueeze(int64_t handle, int64_t dim);
int64_t rt_torch_torchtensor_view_v2(int64_t handle, const int64_t* dims, int64_t dims_len);
int64_t rt_torch_torchtensor_complex(int64_t real, int64_t imag);
int64_t rt_torch_torchtensor_to_device(int64_t input, int32_t device_type, int32_t device_index, int32_t dtype, bool non_blocking, bool copy, const char* memory_format);
int64_t rt_torch_tensor_scalar_tensor(double s, int64_t s_int, int32_t s_kind, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_bitwise_not(int64_t input);
void rt_torch_torchtensor_copy_(int64_t handle, int64_t src);
void rt_torch_torchtensor_index_put_(int64_t input, const int64_t* indices, int64_t indices_len, int64_t values, bool accumulate);
int32_t rt_torch_get_default_dtype(void);
int64_t rt_torch_jit_load(const char* path);
void rt_torch_jit_module_free(int64_t module);
bool rt_torch_jit_module_release(int64_t module);
int64_t rt_torch_jit_run_method(int64_t module, const char* method, const int64_t* inputs, int64_t inputs_len, int64_t* out, int64_t out_capacity);
int32_t rt_torch_jit_output_kind(int64_t module, const char* method);
const char* rt_torch_jit_method_names(int64_t module);
void rt_torch_jit_train(int64_t module, bool mode);
bool rt_torch_jit_is_training(int64_t module);
int64_t rt_torch_jit_parameters(int64_t module, int64_t* out, int64_t out_capacity);
const char* rt_torch_jit_parameter_names(int64_t module);
void rt_torch_autocast_begin(const char* device_type, int32_t dtype, bool enabled, bool cache_enabled, bool cache_enabled_present);
void rt_torch_autocast_end(void);
int32_t rt_torch_get_autocast_dtype(const char* device_type);
int64_t rt_torch_autograd_function_apply(const int64_t* inputs, int64_t inputs_len, const int64_t* outputs, int64_t outputs_len, const int64_t* to_save, int64_t to_save_len, const int64_t* non_differentiable, int64_t non_differentiable_len, const int64_t* dirty, int64_t dirty_len, bool materialize_grads, const char* name, int64_t backward, int64_t user_data, int64_t free_user_data, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_new_handle(int64_t handle);
void rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_(int64_t found_inf, const int64_t* grads, int64_t grads_len, int64_t inv_scale);
void rt_torch_torchtensor_amp_update_scale_(int64_t scale, int64_t growth_tracker, int64_t found_inf, double scale_growth_factor, double scale_backoff_factor, int64_t growth_interval);
void rt_torch_autograd_no_grad_begin_v2(void);
void rt_torch_autograd_no_grad_end_v2(void);
int64_t rt_torch_dist_init(const char* backend, const char* store, const char* address, int64_t port, int64_t rank, int64_t world_size, int64_t timeout_ms, bool agent_store);
int64_t rt_torch_dist_init_env(const char* backend, int64_t timeout_ms);
void rt_torch_dist_free(int64_t group);
bool rt_torch_dist_release(int64_t group);
bool rt_torch_dist_is_backend_available(const char* backend);
int64_t rt_torch_dist_rank(int64_t group);
int64_t rt_torch_dist_world_size(int64_t group);
void rt_torch_dist_all_reduce_(int64_t tensor, int64_t group, const char* op);
void rt_torch_dist_broadcast_(int64_t tensor, int64_t group, int64_t src);
int64_t rt_torch_dist_all_gather(int64_t tensor, int64_t group, int64_t* out, int64_t out_capacity);
void rt_torch_dist_reduce_scatter_(int64_t output, int64_t group, const int64_t* inputs, int64_t inputs_len, const char* op);
void rt_torch_dist_barrier(int64_t group);
int64_t rt_torch_dist_shuffle_indices(int64_t n, int64_t seed);
"""


def make_builder(include_dir: str, library_dir: str, rpaths: list[str]) -> cffi.FFI:
    """An FFI builder for the extension, linking libtorch_sffi with the given run paths."""
    ffi = cffi.FFI()
    ffi.cdef(CDEF)
    ffi.set_source(
        MODULE,
        f'#include "{HEADER}"',
        include_dirs=[include_dir],
        library_dirs=[library_dir],
        libraries=["torch_sffi"],
        extra_link_args=[f"-Wl,-rpath,{path}" for path in rpaths],
    )
    return ffi


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--include", required=True, help="folder of torch_sffi.h")
    parser.add_argument("--libdir", required=True, help="folder of libtorch_sffi.so")
    parser.add_argument("--rpath", action="append", default=[], help="run path to embed (repeatable)")
    parser.add_argument("--out", default=".", help="where to put the compiled module")
    args = parser.parse_args()
    make_builder(args.include, args.libdir, args.rpath or [args.libdir]).compile(tmpdir=args.out)


if __name__ == "__main__":
    main()
