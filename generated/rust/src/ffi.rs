// generated from spec/torch_api.yaml by sffi-gen; do not edit
//! The C ABI of libtorch_sffi.so: every function of the catalogue with its exact C types.
//!
//! Handles are `i64` (0 is never valid); arrays go in as (pointer, length) and come back
//! through a caller buffer (pointer, capacity), the call returning the full length; optional
//! values carry a `_present` flag, a Scalar is (value, `_int`, `_kind`), a Device (`_type`,
//! `_index`), a dtype its code. A failed call returns a sentinel and sets this thread's error
//! code. The safe API of this crate is built on these declarations; calling them directly is
//! `unsafe` only because of the raw pointers: the bridge checks every handle itself.

use std::os::raw::c_char;

extern "C" {
    /// Reports whether this bridge is backed by libtorch.
    pub fn rt_torch_available() -> bool;
    /// The version of the libtorch the bridge was built against, as major.minor.patch.
    pub fn rt_torch_version() -> *const c_char;
    /// Reports whether a CUDA device is usable.
    pub fn rt_torch_cuda_available() -> bool;
    /// A new tensor of the given shape filled with zeros (default dtype float32).
    pub fn rt_torch_tensor_zeros(dims: *const i64, dims_len: i64) -> i64;
    /// A new tensor of the given shape filled with ones.
    pub fn rt_torch_tensor_ones(dims: *const i64, dims_len: i64) -> i64;
    /// A new tensor of the given shape sampled from the standard normal distribution.
    pub fn rt_torch_tensor_randn(dims: *const i64, dims_len: i64) -> i64;
    /// A new tensor of the given shape sampled uniformly from [0, 1).
    pub fn rt_torch_tensor_rand(dims: *const i64, dims_len: i64) -> i64;
    /// A new tensor of the given shape filled with one value (default dtype float32).
    pub fn rt_torch_tensor_full(dims: *const i64, dims_len: i64, value: f64) -> i64;
    /// A new float64 tensor holding a copy of flat data, shaped by dims.
    pub fn rt_torch_tensor_from_data(data: *const f64, data_len: i64, dims: *const i64, dims_len: i64) -> i64;
    /// A 1-D tensor of values from start up to end (exclusive), spaced by step.
    pub fn rt_torch_tensor_arange(start: f64, end: f64, step: f64) -> i64;
    /// A 1-D tensor of steps evenly spaced values from start to end inclusive.
    pub fn rt_torch_tensor_linspace(start: f64, end: f64, steps: i64) -> i64;
    /// The n x n identity matrix.
    pub fn rt_torch_tensor_eye(n: i64) -> i64;
    /// A new tensor of the given shape whose values are not initialised.
    pub fn rt_torch_tensor_empty(dims: *const i64, dims_len: i64) -> i64;
    /// Element-wise sum of two tensors, with broadcasting and type promotion.
    pub fn rt_torch_torchtensor_add(handle: i64, other: i64) -> i64;
    /// Element-wise difference of two tensors, with broadcasting.
    pub fn rt_torch_torchtensor_sub(handle: i64, other: i64) -> i64;
    /// Element-wise product of two tensors, with broadcasting.
    pub fn rt_torch_torchtensor_mul(handle: i64, other: i64) -> i64;
    /// Element-wise true division of two tensors, with broadcasting.
    pub fn rt_torch_torchtensor_div(handle: i64, other: i64) -> i64;
    /// Raises every element to a scalar exponent.
    pub fn rt_torch_torchtensor_pow(handle: i64, exponent: f64) -> i64;
    /// Element-wise negation.
    pub fn rt_torch_torchtensor_neg(handle: i64) -> i64;
    /// Element-wise absolute value.
    pub fn rt_torch_torchtensor_abs(handle: i64) -> i64;
    /// Element-wise square root (NaN for negative elements).
    pub fn rt_torch_torchtensor_sqrt(handle: i64) -> i64;
    /// Element-wise exponential e**x.
    pub fn rt_torch_torchtensor_exp(handle: i64) -> i64;
    /// Element-wise natural logarithm (-inf at 0, NaN for negative elements).
    pub fn rt_torch_torchtensor_log(handle: i64) -> i64;
    /// Adds a scalar to every element.
    pub fn rt_torch_torchtensor_add_scalar(handle: i64, scalar: f64) -> i64;
    /// Multiplies every element by a scalar.
    pub fn rt_torch_torchtensor_mul_scalar(handle: i64, scalar: f64) -> i64;
    /// Rectified linear unit max(0, x).
    pub fn rt_torch_torchtensor_relu(handle: i64) -> i64;
    /// Logistic sigmoid 1 / (1 + exp(-x)).
    pub fn rt_torch_torchtensor_sigmoid(handle: i64) -> i64;
    /// Hyperbolic tangent.
    pub fn rt_torch_torchtensor_tanh(handle: i64) -> i64;
    /// Leaky ReLU, x for x >= 0 and negative_slope * x otherwise.
    pub fn rt_torch_torchtensor_leaky_relu(handle: i64, negative_slope: f64) -> i64;
    /// Gaussian error linear unit, exact (erf) form.
    pub fn rt_torch_torchtensor_gelu(handle: i64) -> i64;
    /// Softmax along one dimension.
    pub fn rt_torch_torchtensor_softmax(handle: i64, dim: i64) -> i64;
    /// Logarithm of the softmax along one dimension, computed stably.
    pub fn rt_torch_torchtensor_log_softmax(handle: i64, dim: i64) -> i64;
    /// Matrix product with torch.matmul semantics (vectors, batches, broadcasting).
    pub fn rt_torch_torchtensor_matmul(handle: i64, other: i64) -> i64;
    /// Inner product of two 1-D tensors of the same length and dtype.
    pub fn rt_torch_torchtensor_dot(handle: i64, other: i64) -> i64;
    /// Swaps two dimensions; the result is a view sharing memory with the input.
    pub fn rt_torch_torchtensor_transpose(handle: i64, dim0: i64, dim1: i64) -> i64;
    /// Transpose of a tensor with at most 2 dimensions (a view).
    pub fn rt_torch_torchtensor_t(handle: i64) -> i64;
    /// The 2-norm of all elements taken as one vector (Frobenius norm for matrices).
    pub fn rt_torch_torchtensor_norm(handle: i64) -> f64;
    /// Determinant of a square matrix.
    pub fn rt_torch_torchtensor_det(handle: i64) -> f64;
    /// Inverse of a square matrix (or a batch of them).
    pub fn rt_torch_torchtensor_inverse(handle: i64) -> i64;
    /// The U factor of the reduced singular value decomposition handle = U diag(S) Vh.
    pub fn rt_torch_torchtensor_svd(handle: i64) -> i64;
    /// The real parts of the eigenvalues of a square matrix.
    pub fn rt_torch_torchtensor_eig(handle: i64) -> i64;
    /// Sum of all elements.
    pub fn rt_torch_torchtensor_sum(handle: i64) -> f64;
    /// Sum along one dimension.
    pub fn rt_torch_torchtensor_sum_dim(handle: i64, dim: i64, keepdim: bool) -> i64;
    /// Mean of all elements of a floating-point tensor.
    pub fn rt_torch_torchtensor_mean(handle: i64) -> f64;
    /// Mean along one dimension.
    pub fn rt_torch_torchtensor_mean_dim(handle: i64, dim: i64, keepdim: bool) -> i64;
    /// The largest element.
    pub fn rt_torch_torchtensor_max(handle: i64) -> f64;
    /// Maxima along one dimension (the values; their indices come from rt_torch_torchtensor_max_dim_v2).
    pub fn rt_torch_torchtensor_max_dim(handle: i64, dim: i64, keepdim: bool) -> i64;
    /// The smallest element.
    pub fn rt_torch_torchtensor_min(handle: i64) -> f64;
    /// Minima along one dimension (the values; their indices come from rt_torch_torchtensor_min_dim_v2).
    pub fn rt_torch_torchtensor_min_dim(handle: i64, dim: i64, keepdim: bool) -> i64;
    /// Indices of the maxima along one dimension.
    pub fn rt_torch_torchtensor_argmax(handle: i64, dim: i64, keepdim: bool) -> i64;
    /// Indices of the minima along one dimension.
    pub fn rt_torch_torchtensor_argmin(handle: i64, dim: i64, keepdim: bool) -> i64;
    /// Standard deviation of all elements, unbiased (Bessel's correction).
    pub fn rt_torch_torchtensor_std(handle: i64) -> f64;
    /// Variance of all elements, unbiased (Bessel's correction).
    pub fn rt_torch_torchtensor_var(handle: i64) -> f64;
    /// The number of dimensions.
    pub fn rt_torch_torchtensor_ndim(handle: i64) -> i64;
    /// The total number of elements.
    pub fn rt_torch_torchtensor_numel(handle: i64) -> i64;
    /// The size of every dimension.
    pub fn rt_torch_torchtensor_shape(handle: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The same data with a new shape; a view when possible, a copy otherwise.
    pub fn rt_torch_torchtensor_reshape(handle: i64, dims: *const i64, dims_len: i64) -> i64;
    /// A view of the same memory with a new shape.
    pub fn rt_torch_torchtensor_view(handle: i64, dims: *const i64, dims_len: i64) -> i64;
    /// Reorders the dimensions (a view).
    pub fn rt_torch_torchtensor_permute(handle: i64, dims: *const i64, dims_len: i64) -> i64;
    /// Removes every dimension of size 1.
    pub fn rt_torch_torchtensor_squeeze(handle: i64) -> i64;
    /// Removes one dimension if its size is 1.
    pub fn rt_torch_torchtensor_squeeze_dim(handle: i64, dim: i64) -> i64;
    /// Inserts a dimension of size 1.
    pub fn rt_torch_torchtensor_unsqueeze(handle: i64, dim: i64) -> i64;
    /// Flattens into one dimension.
    pub fn rt_torch_torchtensor_flatten(handle: i64) -> i64;
    /// The tensor in contiguous row-major memory.
    pub fn rt_torch_torchtensor_contiguous(handle: i64) -> i64;
    /// The slice start:end:step along one dimension (a view).
    pub fn rt_torch_torchtensor_slice(handle: i64, dim: i64, start: i64, end: i64, step: i64) -> i64;
    /// Selects entries along a dimension by an index tensor.
    pub fn rt_torch_torchtensor_index_select(handle: i64, dim: i64, indices: i64) -> i64;
    /// Gathers values along a dimension by an index tensor of the same rank.
    pub fn rt_torch_torchtensor_gather(handle: i64, dim: i64, indices: i64) -> i64;
    /// Concatenates tensors along an existing dimension.
    pub fn rt_torch_torchtensor_cat(tensors: *const i64, tensors_len: i64, dim: i64) -> i64;
    /// Stacks tensors of equal shape along a new dimension.
    pub fn rt_torch_torchtensor_stack(tensors: *const i64, tensors_len: i64, dim: i64) -> i64;
    /// Splits into at most chunks pieces of equal size along a dimension (views).
    pub fn rt_torch_torchtensor_chunk(handle: i64, chunks: i64, dim: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// 2-D convolution over a batch of images.
    pub fn rt_torch_nn_conv2d(input: i64, weight: i64, bias: i64, stride: *const i64, stride_len: i64, padding: *const i64, padding_len: i64, dilation: *const i64, dilation_len: i64, groups: i64) -> i64;
    /// 2-D max pooling.
    pub fn rt_torch_nn_max_pool2d(input: i64, kernel_size: *const i64, kernel_size_len: i64, stride: *const i64, stride_len: i64, padding: *const i64, padding_len: i64) -> i64;
    /// 2-D average pooling.
    pub fn rt_torch_nn_avg_pool2d(input: i64, kernel_size: *const i64, kernel_size_len: i64, stride: *const i64, stride_len: i64, padding: *const i64, padding_len: i64) -> i64;
    /// Batch normalisation over the channel dimension, updating running statistics in training.
    pub fn rt_torch_nn_batch_norm(input: i64, running_mean: i64, running_var: i64, weight: i64, bias: i64, training: bool, momentum: f64, eps: f64) -> i64;
    /// Layer normalisation over the trailing dimensions.
    pub fn rt_torch_nn_layer_norm(input: i64, normalized_shape: *const i64, normalized_shape_len: i64, weight: i64, bias: i64, eps: f64) -> i64;
    /// Zeroes elements with probability p and scales the rest by 1/(1-p) when training.
    pub fn rt_torch_nn_dropout(input: i64, p: f64, training: bool) -> i64;
    /// The affine map input @ weight^T + bias.
    pub fn rt_torch_nn_linear(input: i64, weight: i64, bias: i64) -> i64;
    /// Looks up rows of an embedding table by index.
    pub fn rt_torch_nn_embedding(input: i64, weight: i64) -> i64;
    /// Mean squared error between input and target.
    pub fn rt_torch_nn_mse_loss(input: i64, target: i64) -> f64;
    /// Cross-entropy between logits and class indices (mean over the batch).
    pub fn rt_torch_nn_cross_entropy(input: i64, target: i64) -> f64;
    /// Binary cross-entropy between probabilities and targets (mean).
    pub fn rt_torch_nn_binary_cross_entropy(input: i64, target: i64) -> f64;
    /// Negative log-likelihood of log-probabilities at class indices (mean).
    pub fn rt_torch_nn_nll_loss(input: i64, target: i64) -> f64;
    /// Turns gradient tracking on or off for a leaf tensor, in place.
    pub fn rt_torch_autograd_set_requires_grad(handle: i64, requires_grad: bool);
    /// Reports whether a tensor tracks gradients.
    pub fn rt_torch_autograd_requires_grad(handle: i64) -> bool;
    /// The gradient accumulated in a tensor by backward.
    pub fn rt_torch_autograd_grad(handle: i64) -> i64;
    /// Backpropagates from a scalar tensor, accumulating gradients into the leaves.
    pub fn rt_torch_autograd_backward(handle: i64);
    /// Zeroes a tensor's gradient in place; does nothing when none is defined.
    pub fn rt_torch_autograd_zero_grad(handle: i64);
    /// A tensor sharing the same data but cut from the autograd graph.
    pub fn rt_torch_autograd_detach(handle: i64) -> i64;
    /// Enters a region of this thread in which operations are not recorded for backward.
    pub fn rt_torch_autograd_no_grad_begin();
    /// Leaves the innermost no-grad region of this thread.
    pub fn rt_torch_autograd_no_grad_end();
    /// A copy of the tensor on a CUDA device.
    pub fn rt_torch_torchtensor_cuda(handle: i64, device_id: i32) -> i64;
    /// A copy of the tensor in host memory.
    pub fn rt_torch_torchtensor_cpu(handle: i64) -> i64;
    /// Reports whether the tensor lives on a CUDA device.
    pub fn rt_torch_torchtensor_is_cuda(handle: i64) -> bool;
    /// The device the tensor lives on.
    pub fn rt_torch_torchtensor_device(handle: i64) -> i32;
    /// A copy of the tensor on a CUDA device, enqueued on the given stream.
    pub fn rt_torch_torchtensor_to_stream(handle: i64, device_id: i32, stream: i64) -> i64;
    /// A deep copy of the tensor, on the same device.
    pub fn rt_torch_torchtensor_clone(handle: i64) -> i64;
    /// Takes a stream from the CUDA stream pool of a device.
    pub fn rt_torch_stream_create(device_id: i32) -> i64;
    /// Blocks until all work queued on the stream has finished.
    pub fn rt_torch_torchstream_sync(handle: i64);
    /// Reports whether all work queued on the stream has finished.
    pub fn rt_torch_torchstream_query(handle: i64) -> bool;
    /// Releases a stream handle.
    pub fn rt_torch_torchstream_free(handle: i64);
    /// Releases a tensor handle; the memory goes when no other handle or view uses it.
    pub fn rt_torch_torchtensor_free(handle: i64);
    /// Bytes currently allocated by the CUDA caching allocator on a device.
    pub fn rt_torch_cuda_memory_allocated(device_id: i32) -> i64;
    /// Peak bytes allocated by the CUDA caching allocator on a device.
    pub fn rt_torch_cuda_max_memory_allocated(device_id: i32) -> i64;
    /// Releases the unused cached blocks of the CUDA caching allocator.
    pub fn rt_torch_cuda_empty_cache();
    /// The error code of the last call on this thread (0 when it succeeded).
    pub fn rt_torch_error_code() -> i32;
    /// The message of the last failed call on this thread, without a C++ backtrace.
    pub fn rt_torch_error_message() -> *const c_char;
    /// Clears this thread's error state.
    pub fn rt_torch_error_clear();
    /// The number of live tensor and stream handles, for leak checks.
    pub fn rt_torch_live_handles() -> i64;
    /// Releases a tensor handle from a destructor, leaving this thread's error state as it was.
    pub fn rt_torch_torchtensor_release(handle: i64) -> bool;
    /// Seeds the default random generators, as torch.manual_seed.
    pub fn rt_torch_manual_seed(seed: i64);
    /// Sets the number of threads intra-op parallelism uses in this process, as torch.set_num_threads.
    pub fn rt_torch_set_num_threads(num_threads: i32);
    /// The number of threads intra-op parallelism uses, as torch.get_num_threads.
    pub fn rt_torch_get_num_threads() -> i32;
    /// The number of usable CUDA devices.
    pub fn rt_torch_cuda_device_count() -> i32;
    /// A new int64 tensor holding a copy of flat integer data, shaped by dims.
    pub fn rt_torch_tensor_from_i64(data: *const i64, data_len: i64, dims: *const i64, dims_len: i64) -> i64;
    /// The value of a one-element tensor.
    pub fn rt_torch_torchtensor_item(handle: i64) -> f64;
    /// Copies the elements, converted to float64, into a caller buffer in row-major order.
    pub fn rt_torch_torchtensor_data_f64(handle: i64, out: *mut f64, out_capacity: i64) -> i64;
    /// Copies the elements, converted to int64, into a caller buffer in row-major order.
    pub fn rt_torch_torchtensor_data_i64(handle: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The element type of the tensor.
    pub fn rt_torch_torchtensor_dtype(handle: i64) -> i32;
    /// The tensor converted to another element type.
    pub fn rt_torch_torchtensor_to_dtype(handle: i64, dtype: i32) -> i64;
    /// The real parts of a tensor (the tensor itself when it is real).
    pub fn rt_torch_torchtensor_real(handle: i64) -> i64;
    /// The imaginary parts of a complex tensor.
    pub fn rt_torch_torchtensor_imag(handle: i64) -> i64;
    /// The sum of all elements as a 0-d tensor, which can be backpropagated.
    pub fn rt_torch_torchtensor_sum_all(handle: i64) -> i64;
    /// The mean of all elements as a 0-d tensor, which can be backpropagated.
    pub fn rt_torch_torchtensor_mean_all(handle: i64) -> i64;
    /// The largest element as a 0-d tensor, which can be backpropagated.
    pub fn rt_torch_torchtensor_max_all(handle: i64) -> i64;
    /// The smallest element as a 0-d tensor, which can be backpropagated.
    pub fn rt_torch_torchtensor_min_all(handle: i64) -> i64;
    /// Divides every element by a scalar.
    pub fn rt_torch_torchtensor_div_scalar(handle: i64, scalar: f64) -> i64;
    /// The element-wise maximum of two tensors, with broadcasting.
    pub fn rt_torch_torchtensor_maximum(handle: i64, other: i64) -> i64;
    /// Replaces a tensor's gradient, or removes it (what an optimizer's zero_grad does by default).
    pub fn rt_torch_autograd_set_grad(handle: i64, grad: i64);
    /// Adds alpha times another tensor to this one, in place.
    pub fn rt_torch_torchtensor_add_(handle: i64, other: i64, alpha: f64);
    /// Adds a scalar to every element, in place.
    pub fn rt_torch_torchtensor_add_scalar_(handle: i64, scalar: f64);
    /// Adds alpha times another tensor to this one, in place (PyTorch's Tensor.add_ with a tensor).
    pub fn rt_torch_torchtensor_add_tensor_(input: i64, other: i64, alpha: f64, alpha_int: i64, alpha_kind: i32);
    /// Adds alpha times a number to every element, in place (an int keeps integer tensors integer).
    pub fn rt_torch_torchtensor_add_scalar_v2_(input: i64, other: f64, other_int: i64, other_kind: i32, alpha: f64, alpha_int: i64, alpha_kind: i32);
    /// Multiplies element-wise by another tensor, in place.
    pub fn rt_torch_torchtensor_mul_(handle: i64, other: i64);
    /// Multiplies every element by a scalar, in place.
    pub fn rt_torch_torchtensor_mul_scalar_(handle: i64, scalar: f64);
    /// Multiplies every element by a number, in place (an int keeps integer tensors integer).
    pub fn rt_torch_torchtensor_mul_scalar_v2_(input: i64, other: f64, other_int: i64, other_kind: i32);
    /// Adds value times the element-wise product of two tensors, in place.
    pub fn rt_torch_torchtensor_addcmul_(handle: i64, tensor1: i64, tensor2: i64, value: f64);
    /// Adds value times the element-wise quotient of two tensors, in place.
    pub fn rt_torch_torchtensor_addcdiv_(handle: i64, tensor1: i64, tensor2: i64, value: f64);
    /// Moves every element toward another tensor by a weight, in place (handle + weight * (end - handle)).
    pub fn rt_torch_torchtensor_lerp_(handle: i64, end: i64, weight: f64);
    /// Sets every element to zero, in place.
    pub fn rt_torch_torchtensor_zero_(handle: i64);
    /// Copies the elements of another tensor into this one, in place (converting dtype and device).
    pub fn rt_torch_torchtensor_copy_(handle: i64, src: i64);
    /// A new tensor of the given shape filled with zeros, of a dtype, on a device.
    pub fn rt_torch_tensor_zeros_v2(size: *const i64, size_len: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A new tensor of the given shape filled with ones, of a dtype, on a device.
    pub fn rt_torch_tensor_ones_v2(size: *const i64, size_len: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A new tensor of the given shape whose values are not initialised, of a dtype, on a device.
    pub fn rt_torch_tensor_empty_v2(size: *const i64, size_len: i64, dtype: i32, device_type: i32, device_index: i32, memory_format: *const c_char) -> i64;
    /// A new tensor of samples from the standard normal distribution, of a dtype, on a device.
    pub fn rt_torch_tensor_randn_v2(size: *const i64, size_len: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A new tensor of samples drawn uniformly from [0, 1), of a dtype, on a device.
    pub fn rt_torch_tensor_rand_v2(size: *const i64, size_len: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A new tensor of the given shape filled with one number, of a dtype, on a device.
    pub fn rt_torch_tensor_full_v2(size: *const i64, size_len: i64, fill_value: f64, fill_value_int: i64, fill_value_kind: i32, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A 1-D tensor of the values 0, 1, ... below end.
    pub fn rt_torch_tensor_arange_v2(end: f64, end_int: i64, end_kind: i32, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A 1-D tensor of the values from start up to end (exclusive), spaced by step.
    pub fn rt_torch_tensor_arange_start_step(start: f64, start_int: i64, start_kind: i32, end: f64, end_int: i64, end_kind: i32, step: f64, step_int: i64, step_kind: i32, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A 1-D tensor of steps values evenly spaced from start to end inclusive, of a dtype, on a device.
    pub fn rt_torch_tensor_linspace_v2(start: f64, start_int: i64, start_kind: i32, end: f64, end_int: i64, end_kind: i32, steps: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// The n x n identity matrix, of a dtype, on a device.
    pub fn rt_torch_tensor_eye_v2(n: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// The n x m matrix with ones on the diagonal, of a dtype, on a device.
    pub fn rt_torch_tensor_eye_m(n: i64, m: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// The element-wise sum input + alpha * other (broadcasting, with PyTorch's type promotion).
    pub fn rt_torch_torchtensor_add_tensor(input: i64, other: i64, alpha: f64, alpha_int: i64, alpha_kind: i32) -> i64;
    /// Adds alpha times a number to every element (an int keeps integer tensors integer, as in PyTorch).
    pub fn rt_torch_torchtensor_add_scalar_v2(input: i64, other: f64, other_int: i64, other_kind: i32, alpha: f64, alpha_int: i64, alpha_kind: i32) -> i64;
    /// The element-wise difference input - alpha * other (broadcasting).
    pub fn rt_torch_torchtensor_sub_tensor(input: i64, other: i64, alpha: f64, alpha_int: i64, alpha_kind: i32) -> i64;
    /// Subtracts alpha times a number from every element.
    pub fn rt_torch_torchtensor_sub_scalar(input: i64, other: f64, other_int: i64, other_kind: i32, alpha: f64, alpha_int: i64, alpha_kind: i32) -> i64;
    /// A number minus alpha times every element (number - tensor, as Python's reflected operator computes it).
    pub fn rt_torch_torchtensor_rsub_scalar(input: i64, other: f64, other_int: i64, other_kind: i32, alpha: f64, alpha_int: i64, alpha_kind: i32) -> i64;
    /// The element-wise difference other - alpha * input (broadcasting).
    pub fn rt_torch_torchtensor_rsub_tensor(input: i64, other: i64, alpha: f64, alpha_int: i64, alpha_kind: i32) -> i64;
    /// The element-wise reciprocal 1 / x (integer inputs give the default float dtype).
    pub fn rt_torch_torchtensor_reciprocal(input: i64) -> i64;
    /// The element-wise product (broadcasting).
    pub fn rt_torch_torchtensor_mul_tensor(input: i64, other: i64) -> i64;
    /// Multiplies every element by a number (an int keeps integer tensors integer).
    pub fn rt_torch_torchtensor_mul_scalar_v2(input: i64, other: f64, other_int: i64, other_kind: i32) -> i64;
    /// The element-wise quotient input / other, true or rounded (broadcasting).
    pub fn rt_torch_torchtensor_div_tensor_mode(input: i64, other: i64, rounding_mode: *const c_char) -> i64;
    /// Divides every element by a number, true or rounded.
    pub fn rt_torch_torchtensor_div_scalar_mode(input: i64, other: f64, other_int: i64, other_kind: i32, rounding_mode: *const c_char) -> i64;
    /// Raises every element to a number (an int exponent keeps integer tensors integer).
    pub fn rt_torch_torchtensor_pow_tensor_scalar(input: i64, exponent: f64, exponent_int: i64, exponent_kind: i32) -> i64;
    /// Raises every element to the matching element of another tensor (broadcasting).
    pub fn rt_torch_torchtensor_pow_tensor_tensor(input: i64, exponent: i64) -> i64;
    /// Raises a number to every element of a tensor (number ** tensor).
    pub fn rt_torch_tensor_pow_scalar(input: f64, input_int: i64, input_kind: i32, exponent: i64) -> i64;
    /// GELU activation, exact or with the tanh approximation.
    pub fn rt_torch_torchtensor_gelu_v2(input: i64, approximate: *const c_char) -> i64;
    /// Softmax along a dimension, optionally computed in another dtype.
    pub fn rt_torch_torchtensor_softmax_int(input: i64, dim: i64, dtype: i32) -> i64;
    /// Log-softmax along a dimension, optionally computed in another dtype.
    pub fn rt_torch_torchtensor_log_softmax_int(input: i64, dim: i64, dtype: i32) -> i64;
    /// The vector norm of the elements, over all or some dimensions.
    pub fn rt_torch_torchtensor_linalg_vector_norm(input: i64, ord: f64, ord_int: i64, ord_kind: i32, dim: *const i64, dim_len: i64, dim_present: bool, keepdim: bool, dtype: i32) -> i64;
    /// The determinant of a square matrix, or of each matrix of a batch.
    pub fn rt_torch_torchtensor_linalg_det(input: i64) -> i64;
    /// The singular value decomposition input = U diag(S) Vh, of a matrix or a batch.
    pub fn rt_torch_torchtensor_linalg_svd(input: i64, full_matrices: bool, driver: *const c_char, out: *mut i64, out_capacity: i64) -> i64;
    /// The eigenvalues and eigenvectors of a square matrix, or of each matrix of a batch.
    pub fn rt_torch_torchtensor_linalg_eig(input: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The sum over all or some dimensions, optionally in another dtype.
    pub fn rt_torch_torchtensor_sum_dim_intlist(input: i64, dim: *const i64, dim_len: i64, dim_present: bool, keepdim: bool, dtype: i32) -> i64;
    /// The mean over all or some dimensions, optionally in another dtype.
    pub fn rt_torch_torchtensor_mean_dim_v2(input: i64, dim: *const i64, dim_len: i64, dim_present: bool, keepdim: bool, dtype: i32) -> i64;
    /// The maxima along one dimension, with their indices.
    pub fn rt_torch_torchtensor_max_dim_v2(input: i64, dim: i64, keepdim: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The element-wise maximum of two tensors (broadcasting).
    pub fn rt_torch_torchtensor_max_other(input: i64, other: i64) -> i64;
    /// The minima along one dimension, with their indices.
    pub fn rt_torch_torchtensor_min_dim_v2(input: i64, dim: i64, keepdim: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The element-wise minimum of two tensors (broadcasting).
    pub fn rt_torch_torchtensor_min_other(input: i64, other: i64) -> i64;
    /// The indices of the maxima, along a dimension or over the flattened tensor.
    pub fn rt_torch_torchtensor_argmax_v2(input: i64, dim: i64, dim_present: bool, keepdim: bool) -> i64;
    /// The indices of the minima, along a dimension or over the flattened tensor.
    pub fn rt_torch_torchtensor_argmin_v2(input: i64, dim: i64, dim_present: bool, keepdim: bool) -> i64;
    /// The standard deviation over some dimensions, with or without Bessel's correction.
    pub fn rt_torch_torchtensor_std_dim(input: i64, dim: *const i64, dim_len: i64, dim_present: bool, unbiased: bool, keepdim: bool) -> i64;
    /// The standard deviation over all or some dimensions, with a given correction.
    pub fn rt_torch_torchtensor_std_correction(input: i64, dim: *const i64, dim_len: i64, dim_present: bool, correction: f64, correction_int: i64, correction_kind: i32, keepdim: bool) -> i64;
    /// The standard deviation of all elements, with or without Bessel's correction.
    pub fn rt_torch_torchtensor_std_v2(input: i64, unbiased: bool) -> i64;
    /// The variance over some dimensions, with or without Bessel's correction.
    pub fn rt_torch_torchtensor_var_dim(input: i64, dim: *const i64, dim_len: i64, dim_present: bool, unbiased: bool, keepdim: bool) -> i64;
    /// The variance over all or some dimensions, with a given correction.
    pub fn rt_torch_torchtensor_var_correction(input: i64, dim: *const i64, dim_len: i64, dim_present: bool, correction: f64, correction_int: i64, correction_kind: i32, keepdim: bool) -> i64;
    /// The variance of all elements, with or without Bessel's correction.
    pub fn rt_torch_torchtensor_var_v2(input: i64, unbiased: bool) -> i64;
    /// Drops the given dimensions where their size is 1.
    pub fn rt_torch_torchtensor_squeeze_dims(input: i64, dim: *const i64, dim_len: i64) -> i64;
    /// Flattens the dimensions from start_dim to end_dim into one.
    pub fn rt_torch_torchtensor_flatten_using_ints(input: i64, start_dim: i64, end_dim: i64) -> i64;
    /// The slice at one index along a dimension, which it removes.
    pub fn rt_torch_torchtensor_select_int(input: i64, dim: i64, index: i64) -> i64;
    /// Advanced indexing with index tensors (int64 positions or bool masks), one per leading dimension or None.
    pub fn rt_torch_torchtensor_index_tensor(input: i64, indices: *const i64, indices_len: i64) -> i64;
    /// 2-D convolution with padding given by name.
    pub fn rt_torch_nn_conv2d_padding(input: i64, weight: i64, bias: i64, stride: *const i64, stride_len: i64, padding: *const c_char, dilation: *const i64, dilation_len: i64, groups: i64) -> i64;
    /// 2-D max pooling with dilation and ceil mode.
    pub fn rt_torch_nn_max_pool2d_v2(input: i64, kernel_size: *const i64, kernel_size_len: i64, stride: *const i64, stride_len: i64, stride_present: bool, padding: *const i64, padding_len: i64, dilation: *const i64, dilation_len: i64, ceil_mode: bool) -> i64;
    /// 2-D max pooling that also returns where each maximum came from.
    pub fn rt_torch_nn_max_pool2d_with_indices(input: i64, kernel_size: *const i64, kernel_size_len: i64, stride: *const i64, stride_len: i64, stride_present: bool, padding: *const i64, padding_len: i64, dilation: *const i64, dilation_len: i64, ceil_mode: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// 2-D average pooling with ceil mode, padding counting and a divisor override.
    pub fn rt_torch_nn_avg_pool2d_v2(input: i64, kernel_size: *const i64, kernel_size_len: i64, stride: *const i64, stride_len: i64, stride_present: bool, padding: *const i64, padding_len: i64, ceil_mode: bool, count_include_pad: bool, divisor_override: i64, divisor_override_present: bool) -> i64;
    /// Looks up rows of an embedding table, with padding index, max-norm renormalisation and sparse gradients as F.embedding has them.
    pub fn rt_torch_nn_embedding_v2(input: i64, weight: i64, padding_idx: i64, padding_idx_present: bool, max_norm: f64, max_norm_present: bool, norm_type: f64, scale_grad_by_freq: bool, sparse: bool) -> i64;
    /// Mean squared error between input and target, reduced as asked, as a tensor that can be backpropagated.
    pub fn rt_torch_nn_mse_loss_v2(input: i64, target: i64, reduction: *const c_char) -> i64;
    /// Cross-entropy between logits and class indices or probabilities, with class weights, an ignored index and label smoothing.
    pub fn rt_torch_nn_cross_entropy_v2(input: i64, target: i64, weight: i64, ignore_index: i64, reduction: *const c_char, label_smoothing: f64) -> i64;
    /// Binary cross-entropy between probabilities and targets, with element weights, reduced as asked.
    pub fn rt_torch_nn_binary_cross_entropy_v2(input: i64, target: i64, weight: i64, reduction: *const c_char) -> i64;
    /// Negative log-likelihood of log-probabilities at class indices, with class weights and an ignored index.
    pub fn rt_torch_nn_nll_loss_v2(input: i64, target: i64, weight: i64, ignore_index: i64, reduction: *const c_char) -> i64;
    /// A complex tensor from its real and imaginary parts.
    pub fn rt_torch_torchtensor_complex(real: i64, imag: i64) -> i64;
    /// The tensor converted to another dtype.
    pub fn rt_torch_torchtensor_to_dtype_v2(input: i64, dtype: i32, non_blocking: bool, copy: bool, memory_format: *const c_char) -> i64;
    /// The tensor moved to a device, and optionally converted to another dtype.
    pub fn rt_torch_torchtensor_to_device(input: i64, device_type: i32, device_index: i32, dtype: i32, non_blocking: bool, copy: bool, memory_format: *const c_char) -> i64;
    /// The tensor converted to the dtype and device of another tensor.
    pub fn rt_torch_torchtensor_to_other(input: i64, other: i64, non_blocking: bool, copy: bool, memory_format: *const c_char) -> i64;
    /// The tensor converted by keyword, to a dtype and/or a device.
    pub fn rt_torch_torchtensor_to_dtype_layout(input: i64, dtype: i32, device_type: i32, device_index: i32, non_blocking: bool, copy: bool, memory_format: *const c_char) -> i64;
    /// A deep copy of the tensor, in a given memory layout.
    pub fn rt_torch_torchtensor_clone_v2(input: i64, memory_format: *const c_char) -> i64;
    /// The tensor with its elements contiguous in a given memory layout.
    pub fn rt_torch_torchtensor_contiguous_v2(input: i64, memory_format: *const c_char) -> i64;
    /// The element-wise sine of the input, in radians.
    pub fn rt_torch_torchtensor_sin(input: i64) -> i64;
    /// Hard swish, x * relu6(x + 3) / 6, element-wise.
    pub fn rt_torch_nn_hardswish(input: i64) -> i64;
    /// Exponential linear unit, x for x > 0 and alpha * (exp(x) - 1) otherwise.
    pub fn rt_torch_torchtensor_elu(input: i64, alpha: f64, alpha_int: i64, alpha_kind: i32) -> i64;
    /// Continuously differentiable ELU, max(0, x) + min(0, alpha * (exp(x / alpha) - 1)).
    pub fn rt_torch_torchtensor_celu(input: i64, alpha: f64, alpha_int: i64, alpha_kind: i32) -> i64;
    /// Scaled exponential linear unit, ELU with PyTorch's fixed alpha and scale constants.
    pub fn rt_torch_torchtensor_selu(input: i64) -> i64;
    /// Sigmoid linear unit (swish), x * sigmoid(x), element-wise.
    pub fn rt_torch_torchtensor_silu(input: i64) -> i64;
    /// Hard sigmoid, relu6(x + 3) / 6, element-wise.
    pub fn rt_torch_torchtensor_hardsigmoid(input: i64) -> i64;
    /// The logarithm of the sigmoid, log(1 / (1 + exp(-x))), computed stably.
    pub fn rt_torch_nn_log_sigmoid(input: i64) -> i64;
    /// Mish, x * tanh(softplus(x)), element-wise.
    pub fn rt_torch_torchtensor_mish(input: i64) -> i64;
    /// Softsign, x / (1 + |x|), element-wise.
    pub fn rt_torch_torchtensor_softsign(input: i64) -> i64;
    /// Tanhshrink, x - tanh(x), element-wise.
    pub fn rt_torch_torchtensor_tanhshrink(input: i64) -> i64;
    /// Replaces every element not greater than threshold by value.
    pub fn rt_torch_torchtensor_threshold(input: i64, threshold: f64, threshold_int: i64, threshold_kind: i32, value: f64, value_int: i64, value_kind: i32) -> i64;
    /// Soft shrinkage, x - lambd above lambd, x + lambd below -lambd, 0 between.
    pub fn rt_torch_torchtensor_softshrink(input: i64, lambd: f64, lambd_int: i64, lambd_kind: i32) -> i64;
    /// Hard shrinkage, x where |x| > lambd and 0 elsewhere.
    pub fn rt_torch_torchtensor_hardshrink(input: i64, lambd: f64, lambd_int: i64, lambd_kind: i32) -> i64;
    /// HardTanh, the input clamped to [min_val, max_val].
    pub fn rt_torch_torchtensor_hardtanh(input: i64, min_val: f64, min_val_int: i64, min_val_kind: i32, max_val: f64, max_val_int: i64, max_val_kind: i32) -> i64;
    /// ReLU6, min(max(0, x), 6), element-wise.
    pub fn rt_torch_torchtensor_relu6(input: i64) -> i64;
    /// Softplus, log(1 + exp(beta * x)) / beta, linear where beta * x exceeds threshold.
    pub fn rt_torch_torchtensor_softplus(input: i64, beta: f64, beta_int: i64, beta_kind: i32, threshold: f64, threshold_int: i64, threshold_kind: i32) -> i64;
    /// Gated linear unit, a * sigmoid(b) where a and b are the two halves of input along dim.
    pub fn rt_torch_nn_glu(input: i64, dim: i64) -> i64;
    /// Parametric ReLU, max(0, x) + weight * min(0, x) with a learnable slope per channel.
    pub fn rt_torch_torchtensor_prelu(input: i64, weight: i64) -> i64;
    /// Softmin along a dimension, softmax(-input), optionally computed in another dtype.
    pub fn rt_torch_torchtensor_softmin(input: i64, dim: i64, dim_present: bool, dtype: i32) -> i64;
    /// Mean absolute error between input and target, optionally weighted, reduced as asked.
    pub fn rt_torch_nn_l1_loss(input: i64, target: i64, reduction: *const c_char, weight: i64) -> i64;
    /// Smooth L1 loss, quadratic below beta and linear above, reduced as asked.
    pub fn rt_torch_nn_smooth_l1_loss(input: i64, target: i64, reduction: *const c_char, beta: f64) -> i64;
    /// Huber loss, quadratic below delta and delta-scaled linear above, optionally weighted, reduced as asked.
    pub fn rt_torch_nn_huber_loss(input: i64, target: i64, reduction: *const c_char, delta: f64, weight: i64) -> i64;
    /// Two-class logistic loss log(1 + exp(-target * input)), reduced as asked.
    pub fn rt_torch_nn_soft_margin_loss(input: i64, target: i64, reduction: *const c_char) -> i64;
    /// Ranking loss max(0, -target * (input1 - input2) + margin), reduced as asked.
    pub fn rt_torch_nn_margin_ranking_loss(input1: i64, input2: i64, target: i64, margin: f64, reduction: *const c_char) -> i64;
    /// Multi-class hinge loss between scores and class indices, with a power, a margin and class weights.
    pub fn rt_torch_nn_multi_margin_loss(input: i64, target: i64, p: i64, margin: f64, weight: i64, reduction: *const c_char) -> i64;
    /// Multi-label hinge loss between scores and target class lists, reduced as asked.
    pub fn rt_torch_nn_multilabel_margin_loss(input: i64, target: i64, reduction: *const c_char) -> i64;
    /// Multi-label one-versus-all logistic loss, averaged over the classes, with class weights.
    pub fn rt_torch_nn_multilabel_soft_margin_loss(input: i64, target: i64, weight: i64, reduction: *const c_char) -> i64;
    /// Hinge embedding loss, x where target is 1 and max(0, margin - x) where it is -1, reduced as asked.
    pub fn rt_torch_nn_hinge_embedding_loss(input: i64, target: i64, margin: f64, reduction: *const c_char) -> i64;
    /// Cosine embedding loss, 1 - cos(x1, x2) for similar pairs and max(0, cos(x1, x2) - margin) for dissimilar ones.
    pub fn rt_torch_nn_cosine_embedding_loss(input1: i64, input2: i64, target: i64, margin: f64, reduction: *const c_char) -> i64;
    /// Kullback-Leibler divergence of target from log-probabilities, reduced as asked (batchmean for the true divergence).
    pub fn rt_torch_nn_kl_div(input: i64, target: i64, reduction: *const c_char, log_target: bool) -> i64;
    /// Negative log-likelihood of targets under Poisson distributions with the given rates, reduced as asked.
    pub fn rt_torch_nn_poisson_nll_loss(input: i64, target: i64, log_input: bool, full: bool, eps: f64, reduction: *const c_char) -> i64;
    /// Binary cross-entropy between logits and targets, computed stably, with element and positive-class weights.
    pub fn rt_torch_nn_binary_cross_entropy_with_logits(input: i64, target: i64, weight: i64, reduction: *const c_char, pos_weight: i64) -> i64;
    /// Triplet loss max(d(anchor, positive) - d(anchor, negative) + margin, 0) with p-norm distances.
    pub fn rt_torch_nn_triplet_margin_loss(anchor: i64, positive: i64, negative: i64, margin: f64, p: f64, eps: f64, swap: bool, reduction: *const c_char) -> i64;
    /// 1-D convolution with numeric padding.
    pub fn rt_torch_nn_conv1d(input: i64, weight: i64, bias: i64, stride: *const i64, stride_len: i64, padding: *const i64, padding_len: i64, dilation: *const i64, dilation_len: i64, groups: i64) -> i64;
    /// 1-D convolution with padding given by name.
    pub fn rt_torch_nn_conv1d_padding(input: i64, weight: i64, bias: i64, stride: *const i64, stride_len: i64, padding: *const c_char, dilation: *const i64, dilation_len: i64, groups: i64) -> i64;
    /// 3-D convolution with numeric padding.
    pub fn rt_torch_nn_conv3d(input: i64, weight: i64, bias: i64, stride: *const i64, stride_len: i64, padding: *const i64, padding_len: i64, dilation: *const i64, dilation_len: i64, groups: i64) -> i64;
    /// 3-D convolution with padding given by name.
    pub fn rt_torch_nn_conv3d_padding(input: i64, weight: i64, bias: i64, stride: *const i64, stride_len: i64, padding: *const c_char, dilation: *const i64, dilation_len: i64, groups: i64) -> i64;
    /// 1-D transposed convolution (the gradient of conv1d with respect to its input).
    pub fn rt_torch_nn_conv_transpose1d(input: i64, weight: i64, bias: i64, stride: *const i64, stride_len: i64, padding: *const i64, padding_len: i64, output_padding: *const i64, output_padding_len: i64, groups: i64, dilation: *const i64, dilation_len: i64) -> i64;
    /// 2-D transposed convolution (the gradient of conv2d with respect to its input).
    pub fn rt_torch_nn_conv_transpose2d(input: i64, weight: i64, bias: i64, stride: *const i64, stride_len: i64, padding: *const i64, padding_len: i64, output_padding: *const i64, output_padding_len: i64, groups: i64, dilation: *const i64, dilation_len: i64) -> i64;
    /// 3-D transposed convolution (the gradient of conv3d with respect to its input).
    pub fn rt_torch_nn_conv_transpose3d(input: i64, weight: i64, bias: i64, stride: *const i64, stride_len: i64, padding: *const i64, padding_len: i64, output_padding: *const i64, output_padding_len: i64, groups: i64, dilation: *const i64, dilation_len: i64) -> i64;
    /// 1-D average pooling with ceil mode and padding counting.
    pub fn rt_torch_nn_avg_pool1d(input: i64, kernel_size: *const i64, kernel_size_len: i64, stride: *const i64, stride_len: i64, stride_present: bool, padding: *const i64, padding_len: i64, ceil_mode: bool, count_include_pad: bool) -> i64;
    /// 1-D max pooling with dilation and ceil mode.
    pub fn rt_torch_nn_max_pool1d(input: i64, kernel_size: *const i64, kernel_size_len: i64, stride: *const i64, stride_len: i64, stride_present: bool, padding: *const i64, padding_len: i64, dilation: *const i64, dilation_len: i64, ceil_mode: bool) -> i64;
    /// 1-D max pooling that also returns where each maximum came from.
    pub fn rt_torch_nn_max_pool1d_with_indices(input: i64, kernel_size: *const i64, kernel_size_len: i64, stride: *const i64, stride_len: i64, stride_present: bool, padding: *const i64, padding_len: i64, dilation: *const i64, dilation_len: i64, ceil_mode: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// 3-D average pooling with ceil mode and padding counting and a divisor override.
    pub fn rt_torch_nn_avg_pool3d(input: i64, kernel_size: *const i64, kernel_size_len: i64, stride: *const i64, stride_len: i64, stride_present: bool, padding: *const i64, padding_len: i64, ceil_mode: bool, count_include_pad: bool, divisor_override: i64, divisor_override_present: bool) -> i64;
    /// 3-D max pooling with dilation and ceil mode.
    pub fn rt_torch_nn_max_pool3d(input: i64, kernel_size: *const i64, kernel_size_len: i64, stride: *const i64, stride_len: i64, stride_present: bool, padding: *const i64, padding_len: i64, dilation: *const i64, dilation_len: i64, ceil_mode: bool) -> i64;
    /// 3-D max pooling that also returns where each maximum came from.
    pub fn rt_torch_nn_max_pool3d_with_indices(input: i64, kernel_size: *const i64, kernel_size_len: i64, stride: *const i64, stride_len: i64, stride_present: bool, padding: *const i64, padding_len: i64, dilation: *const i64, dilation_len: i64, ceil_mode: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// 1-D adaptive average pooling to a given output size.
    pub fn rt_torch_nn_adaptive_avg_pool1d(input: i64, output_size: *const i64, output_size_len: i64) -> i64;
    /// 1-D adaptive max pooling to a given output size.
    pub fn rt_torch_nn_adaptive_max_pool1d(input: i64, output_size: *const i64, output_size_len: i64) -> i64;
    /// 1-D adaptive max pooling that also returns where each maximum came from.
    pub fn rt_torch_nn_adaptive_max_pool1d_with_indices(input: i64, output_size: *const i64, output_size_len: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// 2-D adaptive average pooling to a given output size.
    pub fn rt_torch_nn_adaptive_avg_pool2d(input: i64, output_size: *const i64, output_size_len: i64) -> i64;
    /// 2-D adaptive max pooling to a given output size.
    pub fn rt_torch_nn_adaptive_max_pool2d(input: i64, output_size: *const i64, output_size_len: i64) -> i64;
    /// 2-D adaptive max pooling that also returns where each maximum came from.
    pub fn rt_torch_nn_adaptive_max_pool2d_with_indices(input: i64, output_size: *const i64, output_size_len: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// 3-D adaptive average pooling to a given output size.
    pub fn rt_torch_nn_adaptive_avg_pool3d(input: i64, output_size: *const i64, output_size_len: i64) -> i64;
    /// 3-D adaptive max pooling to a given output size.
    pub fn rt_torch_nn_adaptive_max_pool3d(input: i64, output_size: *const i64, output_size_len: i64) -> i64;
    /// 3-D adaptive max pooling that also returns where each maximum came from.
    pub fn rt_torch_nn_adaptive_max_pool3d_with_indices(input: i64, output_size: *const i64, output_size_len: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// Group normalisation over groups of channels, with a per-channel scale and shift.
    pub fn rt_torch_nn_group_norm(input: i64, num_groups: i64, weight: i64, bias: i64, eps: f64) -> i64;
    /// Instance normalisation of every channel of every sample, optionally updating running statistics.
    pub fn rt_torch_nn_instance_norm(input: i64, running_mean: i64, running_var: i64, weight: i64, bias: i64, use_input_stats: bool, momentum: f64, eps: f64) -> i64;
    /// Root-mean-square normalisation over the trailing dimensions, with an element-wise scale.
    pub fn rt_torch_nn_rms_norm(input: i64, normalized_shape: *const i64, normalized_shape_len: i64, weight: i64, eps: f64, eps_present: bool) -> i64;
    /// Local response normalisation across neighbouring channels.
    pub fn rt_torch_nn_local_response_norm(input: i64, size: i64, alpha: f64, beta: f64, k: f64) -> i64;
    /// Divides the input by its p-norm along a dimension, clamped below by eps.
    pub fn rt_torch_nn_normalize(input: i64, p: f64, dim: i64, eps: f64) -> i64;
    /// Pads (or, with negative sizes, crops) the trailing dimensions, with a constant or from the input's edges.
    pub fn rt_torch_nn_pad(input: i64, pad: *const i64, pad_len: i64, mode: *const c_char, value: f64, value_present: bool) -> i64;
    /// Extracts sliding local blocks of a batch of images as columns (im2col).
    pub fn rt_torch_nn_unfold(input: i64, kernel_size: *const i64, kernel_size_len: i64, dilation: *const i64, dilation_len: i64, padding: *const i64, padding_len: i64, stride: *const i64, stride_len: i64) -> i64;
    /// The cosine similarity of x1 and x2 along a dimension (broadcasting).
    pub fn rt_torch_nn_cosine_similarity(x1: i64, x2: i64, dim: i64, eps: f64) -> i64;
    /// The p-norm distance between matching rows of x1 and x2.
    pub fn rt_torch_nn_pairwise_distance(x1: i64, x2: i64, p: f64, eps: f64, keepdim: bool) -> i64;
    /// The p-norm distance between every pair of rows of a matrix (the upper triangle, flattened).
    pub fn rt_torch_nn_pdist(input: i64, p: f64) -> i64;
    /// Rearranges (*, C * r^2, H, W) into (*, C, H * r, W * r).
    pub fn rt_torch_nn_pixel_shuffle(input: i64, upscale_factor: i64) -> i64;
    /// Rearranges (*, C, H * r, W * r) into (*, C * r^2, H, W), reversing pixel_shuffle.
    pub fn rt_torch_nn_pixel_unshuffle(input: i64, downscale_factor: i64) -> i64;
    /// Splits the channels into groups and interleaves them.
    pub fn rt_torch_nn_channel_shuffle(input: i64, groups: i64) -> i64;
    /// One-hot encodings of int64 class indices.
    pub fn rt_torch_nn_one_hot(tensor: i64, num_classes: i64) -> i64;
    /// The bilinear map y = x1^T A x2 + b, one matrix A per output feature.
    pub fn rt_torch_nn_bilinear(input1: i64, input2: i64, weight: i64, bias: i64) -> i64;
    /// Zeroes whole channels with probability p and scales the rest by 1/(1-p) when training.
    pub fn rt_torch_nn_dropout2d(input: i64, p: f64, training: bool) -> i64;
    /// Zeroes whole 3-D channels with probability p and scales the rest by 1/(1-p) when training.
    pub fn rt_torch_nn_dropout3d(input: i64, p: f64, training: bool) -> i64;
    /// Alpha dropout, which keeps the mean and variance of SELU activations, when training.
    pub fn rt_torch_nn_alpha_dropout(input: i64, p: f64, training: bool) -> i64;
    /// Scaled dot-product attention softmax(Q K^T * scale + mask) V, with optional causal masking and dropout.
    pub fn rt_torch_nn_scaled_dot_product_attention(query: i64, key: i64, value: i64, attn_mask: i64, dropout_p: f64, is_causal: bool, scale: f64, scale_present: bool, enable_gqa: bool) -> i64;
    /// Samples the input at the grid's normalised coordinates, by interpolation.
    pub fn rt_torch_nn_grid_sample(input: i64, grid: i64, mode: *const c_char, padding_mode: *const c_char, align_corners: bool, align_corners_present: bool) -> i64;
    /// Resizes the spatial dimensions of a batch to a size or by a scale factor, by nearest, linear, cubic or area interpolation.
    pub fn rt_torch_nn_interpolate(input: i64, size: *const i64, size_len: i64, size_present: bool, scale_factor: *const f64, scale_factor_len: i64, scale_factor_present: bool, mode: *const c_char, align_corners: bool, align_corners_present: bool, recompute_scale_factor: bool, recompute_scale_factor_present: bool, antialias: bool) -> i64;
    /// Partial inverse of max_pool1d, scattering the maxima back to their positions and zeros elsewhere.
    pub fn rt_torch_nn_max_unpool1d(input: i64, indices: i64, kernel_size: *const i64, kernel_size_len: i64, stride: *const i64, stride_len: i64, stride_present: bool, padding: *const i64, padding_len: i64, output_size: *const i64, output_size_len: i64, output_size_present: bool) -> i64;
    /// Partial inverse of max_pool2d, scattering the maxima back to their positions and zeros elsewhere.
    pub fn rt_torch_nn_max_unpool2d(input: i64, indices: i64, kernel_size: *const i64, kernel_size_len: i64, stride: *const i64, stride_len: i64, stride_present: bool, padding: *const i64, padding_len: i64, output_size: *const i64, output_size_len: i64, output_size_present: bool) -> i64;
    /// Partial inverse of max_pool3d, scattering the maxima back to their positions and zeros elsewhere.
    pub fn rt_torch_nn_max_unpool3d(input: i64, indices: i64, kernel_size: *const i64, kernel_size_len: i64, stride: *const i64, stride_len: i64, stride_present: bool, padding: *const i64, padding_len: i64, output_size: *const i64, output_size_len: i64, output_size_present: bool) -> i64;
    /// Negative log-likelihood of targets under Gaussians with the given means and variances, reduced as asked.
    pub fn rt_torch_nn_gaussian_nll_loss(input: i64, target: i64, variance: i64, full: bool, eps: f64, reduction: *const c_char) -> i64;
    /// Negative log-likelihood of targets under Gaussians with the given means and one variance, reduced as asked.
    pub fn rt_torch_nn_gaussian_nll_loss_float(input: i64, target: i64, variance: f64, variance_int: i64, variance_kind: i32, full: bool, eps: f64, reduction: *const c_char) -> i64;
    /// Connectionist temporal classification loss between sequences of log-probabilities and target sequences.
    pub fn rt_torch_nn_ctc_loss_tensor(log_probs: i64, targets: i64, input_lengths: i64, target_lengths: i64, blank: i64, reduction: *const c_char, zero_infinity: bool) -> i64;
    /// Connectionist temporal classification loss, with the sequence lengths given as lists.
    pub fn rt_torch_nn_ctc_loss_intlist(log_probs: i64, targets: i64, input_lengths: *const i64, input_lengths_len: i64, target_lengths: *const i64, target_lengths_len: i64, blank: i64, reduction: *const c_char, zero_infinity: bool) -> i64;
    /// Sums, averages or takes the maximum of bags of embedding rows, without forming the rows themselves.
    pub fn rt_torch_nn_embedding_bag(input: i64, weight: i64, offsets: i64, max_norm: f64, max_norm_present: bool, norm_type: f64, scale_grad_by_freq: bool, mode: *const c_char, sparse: bool, per_sample_weights: i64, include_last_offset: bool, padding_idx: i64, padding_idx_present: bool) -> i64;
    /// Resizes a batch by nearest-neighbour sampling (deprecated in PyTorch for interpolate with mode nearest).
    pub fn rt_torch_nn_upsample_nearest(input: i64, size: *const i64, size_len: i64, size_present: bool, scale_factor: *const f64, scale_factor_len: i64, scale_factor_present: bool) -> i64;
    /// Resizes a batch of images by bilinear interpolation with aligned corners (deprecated in PyTorch for interpolate).
    pub fn rt_torch_nn_upsample_bilinear(input: i64, size: *const i64, size_len: i64, size_present: bool, scale_factor: *const f64, scale_factor_len: i64, scale_factor_present: bool) -> i64;
}
