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
    /// A new tensor of the given shape sampled uniformly from \[0, 1).
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
    /// Leaky ReLU, x for x \>= 0 and negative_slope * x otherwise.
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
    /// Indices of the maxima along one dimension, or over the flattened tensor when dim is negative (so -1 is not the last dimension here: rt_torch_torchtensor_argmax_v2 takes PyTorch's dims).
    pub fn rt_torch_torchtensor_argmax(handle: i64, dim: i64, keepdim: bool) -> i64;
    /// Indices of the minima along one dimension, or over the flattened tensor when dim is negative (so -1 is not the last dimension here: rt_torch_torchtensor_argmin_v2 takes PyTorch's dims).
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
    /// The tensor with a new shape, made contiguous first, so that it never fails on strides (a non-contiguous input gives a copy that no longer shares its memory; rt_torch_torchtensor_view_v2 is PyTorch's view, which never copies).
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
    /// The affine map input @ weight^T + bias, with a bias (rt_torch_nn_linear_v2 makes it optional).
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
    /// Enters this thread's no-grad region (one NoGradGuard per thread): operations are not recorded for backward. Idempotent, not nested: a begin while the thread already has the guard does nothing (rt_torch_autograd_no_grad_begin_v2 nests).
    pub fn rt_torch_autograd_no_grad_begin();
    /// Leaves this thread's no-grad region: deletes the guard, restoring the gradient mode from before the begin that made it; without a guard it does nothing.
    pub fn rt_torch_autograd_no_grad_end();
    /// A copy of the tensor on a CUDA device.
    pub fn rt_torch_torchtensor_cuda(handle: i64, device_id: i32) -> i64;
    /// A copy of the tensor in host memory.
    pub fn rt_torch_torchtensor_cpu(handle: i64) -> i64;
    /// Reports whether the tensor lives on a CUDA device.
    pub fn rt_torch_torchtensor_is_cuda(handle: i64) -> bool;
    /// The device the tensor lives on.
    pub fn rt_torch_torchtensor_device(handle: i64) -> i32;
    /// A copy of the tensor on a CUDA device, as rt_torch_torchtensor_cuda makes it: the stream handle is not looked at (rt_torch_torchtensor_to_stream_v2 copies on the stream).
    pub fn rt_torch_torchtensor_to_stream(handle: i64, device_id: i32, stream: i64) -> i64;
    /// A deep copy of the tensor, on the same device.
    pub fn rt_torch_torchtensor_clone(handle: i64) -> i64;
    /// Takes a stream from the CUDA stream pool of a device.
    pub fn rt_torch_stream_create(device_id: i32) -> i64;
    /// Blocks until all work queued on the stream has finished; an unknown or freed stream handle does nothing (rt_torch_torchstream_sync_v2 reports it).
    pub fn rt_torch_torchstream_sync(handle: i64);
    /// Reports whether all work queued on the stream has finished; an unknown or freed stream handle answers true (rt_torch_torchstream_query_v2 reports it).
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
    /// The number of live tensor and stream handles and DLPack exports, for leak checks.
    pub fn rt_torch_live_handles() -> i64;
    /// A DLPack export of the tensor (a new DLManagedTensor sharing its memory), returned as its address.
    pub fn rt_torch_torchtensor_to_dlpack(handle: i64, versioned: bool) -> i64;
    /// A new tensor over the memory of a DLPack DLManagedTensor (another library's array), taking ownership of it.
    pub fn rt_torch_tensor_from_dlpack(address: i64, versioned: bool) -> i64;
    /// Frees a DLPack DLManagedTensor that was never consumed, by running its deleter.
    pub fn rt_torch_dlpack_free(address: i64, versioned: bool);
    /// Releases a tensor handle from a destructor, leaving this thread's error state as it was.
    pub fn rt_torch_torchtensor_release(handle: i64) -> bool;
    /// Seeds the default random generators, as torch.manual_seed.
    pub fn rt_torch_manual_seed(seed: i64);
    /// Sets the number of threads intra-op parallelism uses in this process, as torch.set_num_threads.
    pub fn rt_torch_set_num_threads(num_threads: i32);
    /// The number of threads intra-op parallelism uses, as torch.get_num_threads.
    pub fn rt_torch_get_num_threads() -> i32;
    /// The stride of every dimension, in elements.
    pub fn rt_torch_torchtensor_stride(input: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The stride of one dimension, in elements.
    pub fn rt_torch_torchtensor_stride_int(input: i64, dim: i64) -> i64;
    /// Where the tensor's first element sits in its storage, in elements.
    pub fn rt_torch_torchtensor_storage_offset(input: i64) -> i64;
    /// Whether the elements are laid out contiguously in a memory format.
    pub fn rt_torch_torchtensor_is_contiguous(input: i64, memory_format: *const c_char) -> bool;
    /// Whether the tensor's dtype is a complex type (complex64 or complex128).
    pub fn rt_torch_torchtensor_is_complex(input: i64) -> bool;
    /// Whether the tensor's dtype is a floating-point type (float16, bfloat16, float32 or float64).
    pub fn rt_torch_torchtensor_is_floating_point(input: i64) -> bool;
    /// The size of one element in bytes.
    pub fn rt_torch_torchtensor_element_size(input: i64) -> i64;
    /// The tensor converted to the dtype of another tensor.
    pub fn rt_torch_torchtensor_type_as(input: i64, other: i64) -> i64;
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
    /// Enters a no-grad region of this thread, nested in any already open; operations are not recorded for backward.
    pub fn rt_torch_autograd_no_grad_begin_v2();
    /// Leaves the innermost no-grad region of this thread (each rt_torch_autograd_no_grad_begin_v2 needs its own end); after the outermost, gradient mode is what it was before it.
    pub fn rt_torch_autograd_no_grad_end_v2();
    /// Backpropagates from a tensor, accumulating gradients into the leaves: from a scalar, or from any tensor with the gradient of its output (a vector-Jacobian product).
    pub fn rt_torch_autograd_backward_v2(handle: i64, gradient: i64, retain_graph: bool, retain_graph_present: bool, create_graph: bool);
    /// A copy of the tensor on a CUDA device, made current on the given stream and non-blocking, like `with torch.cuda.stream(s): t.to(device, non_blocking=True)`.
    pub fn rt_torch_torchtensor_to_stream_v2(handle: i64, device_id: i32, stream: i64) -> i64;
    /// Blocks until all work queued on the stream has finished.
    pub fn rt_torch_torchstream_sync_v2(handle: i64);
    /// Reports whether all work queued on the stream has finished.
    pub fn rt_torch_torchstream_query_v2(handle: i64) -> bool;
    /// A new tensor of the given shape filled with zeros, of a dtype, on a device.
    pub fn rt_torch_tensor_zeros_v2(size: *const i64, size_len: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A new tensor of the given shape filled with ones, of a dtype, on a device.
    pub fn rt_torch_tensor_ones_v2(size: *const i64, size_len: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A new tensor of the given shape whose values are not initialised, of a dtype, on a device.
    pub fn rt_torch_tensor_empty_v2(size: *const i64, size_len: i64, dtype: i32, device_type: i32, device_index: i32, memory_format: *const c_char) -> i64;
    /// A new tensor of samples from the standard normal distribution, of a dtype, on a device.
    pub fn rt_torch_tensor_randn_v2(size: *const i64, size_len: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A new tensor of samples drawn uniformly from \[0, 1), of a dtype, on a device.
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
    /// A view of the same memory with a new shape; an error naming reshape when the strides do not allow one.
    pub fn rt_torch_torchtensor_view_v2(input: i64, size: *const i64, size_len: i64) -> i64;
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
    /// The affine map input @ weight^T + bias, with an optional bias.
    pub fn rt_torch_nn_linear_v2(input: i64, weight: i64, bias: i64) -> i64;
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
    /// The cumulative sum of the elements along a dimension.
    pub fn rt_torch_torchtensor_cumsum(input: i64, dim: i64, dtype: i32) -> i64;
    /// The cumulative product of the elements along a dimension.
    pub fn rt_torch_torchtensor_cumprod(input: i64, dim: i64, dtype: i32) -> i64;
    /// The running maximum of the elements along a dimension, with its indices.
    pub fn rt_torch_torchtensor_cummax(input: i64, dim: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The running minimum of the elements along a dimension, with its indices.
    pub fn rt_torch_torchtensor_cummin(input: i64, dim: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The logarithm of the cumulative sum of exponentials along a dimension, computed stably.
    pub fn rt_torch_torchtensor_logcumsumexp(input: i64, dim: i64) -> i64;
    /// The logarithm of the sum of exponentials over some dimensions, computed stably.
    pub fn rt_torch_torchtensor_logsumexp(input: i64, dim: *const i64, dim_len: i64, keepdim: bool) -> i64;
    /// The product of all elements, optionally in another dtype.
    pub fn rt_torch_torchtensor_prod(input: i64, dtype: i32) -> i64;
    /// The product over one dimension, optionally in another dtype.
    pub fn rt_torch_torchtensor_prod_dim_int(input: i64, dim: i64, keepdim: bool, dtype: i32) -> i64;
    /// Whether every element along a dimension is true (non-zero).
    pub fn rt_torch_torchtensor_all_dim(input: i64, dim: i64, keepdim: bool) -> i64;
    /// Whether every element over all or some dimensions is true (non-zero).
    pub fn rt_torch_torchtensor_all_dims(input: i64, dim: *const i64, dim_len: i64, dim_present: bool, keepdim: bool) -> i64;
    /// Whether every element is true (non-zero).
    pub fn rt_torch_torchtensor_all(input: i64) -> i64;
    /// Whether any element along a dimension is true (non-zero).
    pub fn rt_torch_torchtensor_any_dim(input: i64, dim: i64, keepdim: bool) -> i64;
    /// Whether any element over all or some dimensions is true (non-zero).
    pub fn rt_torch_torchtensor_any_dims(input: i64, dim: *const i64, dim_len: i64, dim_present: bool, keepdim: bool) -> i64;
    /// Whether any element is true (non-zero).
    pub fn rt_torch_torchtensor_any(input: i64) -> i64;
    /// The maximum over all or some dimensions (values only).
    pub fn rt_torch_torchtensor_amax(input: i64, dim: *const i64, dim_len: i64, dim_present: bool, keepdim: bool) -> i64;
    /// The minimum over all or some dimensions (values only).
    pub fn rt_torch_torchtensor_amin(input: i64, dim: *const i64, dim_len: i64, dim_present: bool, keepdim: bool) -> i64;
    /// The minimum and the maximum, over everything or along one dimension.
    pub fn rt_torch_torchtensor_aminmax(input: i64, dim: i64, dim_present: bool, keepdim: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The number of non-zero elements over some dimensions.
    pub fn rt_torch_torchtensor_count_nonzero_dim_intlist(input: i64, dim: *const i64, dim_len: i64) -> i64;
    /// The number of non-zero elements, over everything or along one dimension.
    pub fn rt_torch_torchtensor_count_nonzero(input: i64, dim: i64, dim_present: bool) -> i64;
    /// The sum over all or some dimensions, NaN counted as zero.
    pub fn rt_torch_torchtensor_nansum(input: i64, dim: *const i64, dim_len: i64, dim_present: bool, keepdim: bool, dtype: i32) -> i64;
    /// The mean of the non-NaN elements over all or some dimensions.
    pub fn rt_torch_torchtensor_nanmean(input: i64, dim: *const i64, dim_len: i64, dim_present: bool, keepdim: bool, dtype: i32) -> i64;
    /// The median of all elements (the lower of the two middle values for an even count).
    pub fn rt_torch_torchtensor_median(input: i64) -> i64;
    /// The median along a dimension, with its indices.
    pub fn rt_torch_torchtensor_median_dim(input: i64, dim: i64, keepdim: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The median of all non-NaN elements.
    pub fn rt_torch_torchtensor_nanmedian(input: i64) -> i64;
    /// The median of the non-NaN elements along a dimension, with its indices.
    pub fn rt_torch_torchtensor_nanmedian_dim(input: i64, dim: i64, keepdim: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The most frequent value along a dimension (the smallest on a tie), with its indices.
    pub fn rt_torch_torchtensor_mode(input: i64, dim: i64, keepdim: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The k-th smallest value along a dimension, with its indices.
    pub fn rt_torch_torchtensor_kthvalue(input: i64, k: i64, dim: i64, keepdim: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The k largest (or smallest) values along a dimension, with their indices.
    pub fn rt_torch_torchtensor_topk(input: i64, k: i64, dim: i64, largest: bool, sorted: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The values sorted along a dimension, with their original indices.
    pub fn rt_torch_torchtensor_sort(input: i64, dim: i64, descending: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The values sorted along a dimension, with their original indices, optionally stable.
    pub fn rt_torch_torchtensor_sort_stable(input: i64, stable: bool, stable_present: bool, dim: i64, descending: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The indices that sort the values along a dimension.
    pub fn rt_torch_torchtensor_argsort(input: i64, dim: i64, descending: bool) -> i64;
    /// The indices that sort the values along a dimension, optionally stable.
    pub fn rt_torch_torchtensor_argsort_stable(input: i64, stable: bool, dim: i64, descending: bool) -> i64;
    /// The values sorted along the first dimension, ascending.
    pub fn rt_torch_torchtensor_msort(input: i64) -> i64;
    /// The q-th quantiles, over everything or along one dimension (q a tensor).
    pub fn rt_torch_torchtensor_quantile(input: i64, q: i64, dim: i64, dim_present: bool, keepdim: bool, interpolation: *const c_char) -> i64;
    /// The q-th quantile, over everything or along one dimension (q a number).
    pub fn rt_torch_torchtensor_quantile_scalar(input: i64, q: f64, dim: i64, dim_present: bool, keepdim: bool, interpolation: *const c_char) -> i64;
    /// The q-th quantiles ignoring NaN, over everything or along one dimension (q a tensor).
    pub fn rt_torch_torchtensor_nanquantile(input: i64, q: i64, dim: i64, dim_present: bool, keepdim: bool, interpolation: *const c_char) -> i64;
    /// The q-th quantile ignoring NaN, over everything or along one dimension (q a number).
    pub fn rt_torch_torchtensor_nanquantile_scalar(input: i64, q: f64, dim: i64, dim_present: bool, keepdim: bool, interpolation: *const c_char) -> i64;
    /// The variance and the mean of all elements, with or without Bessel's correction.
    pub fn rt_torch_torchtensor_var_mean(input: i64, unbiased: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The variance and the mean over some dimensions, with or without Bessel's correction.
    pub fn rt_torch_torchtensor_var_mean_dim(input: i64, dim: *const i64, dim_len: i64, dim_present: bool, unbiased: bool, keepdim: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The variance and the mean over all or some dimensions, with a given correction.
    pub fn rt_torch_torchtensor_var_mean_correction(input: i64, dim: *const i64, dim_len: i64, dim_present: bool, correction: f64, correction_int: i64, correction_kind: i32, keepdim: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The standard deviation and the mean of all elements, with or without Bessel's correction.
    pub fn rt_torch_torchtensor_std_mean(input: i64, unbiased: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The standard deviation and the mean over some dimensions, with or without Bessel's correction.
    pub fn rt_torch_torchtensor_std_mean_dim(input: i64, dim: *const i64, dim_len: i64, dim_present: bool, unbiased: bool, keepdim: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The standard deviation and the mean over all or some dimensions, with a given correction.
    pub fn rt_torch_torchtensor_std_mean_correction(input: i64, dim: *const i64, dim_len: i64, dim_present: bool, correction: f64, correction_int: i64, correction_kind: i32, keepdim: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The histogram of the elements in equal-width bins over a range.
    pub fn rt_torch_torchtensor_histc(input: i64, bins: i64, min: f64, min_int: i64, min_kind: i32, max: f64, max_int: i64, max_kind: i32) -> i64;
    /// The number of occurrences (or summed weights) of each non-negative integer value.
    pub fn rt_torch_torchtensor_bincount(input: i64, weights: i64, minlength: i64) -> i64;
    /// The index of the bucket each element falls in, given sorted boundaries.
    pub fn rt_torch_torchtensor_bucketize_tensor(input: i64, boundaries: i64, out_int32: bool, right: bool) -> i64;
    /// The index of the bucket a number falls in, given sorted boundaries.
    pub fn rt_torch_tensor_bucketize_scalar(input: f64, input_int: i64, input_kind: i32, boundaries: i64, out_int32: bool, right: bool) -> i64;
    /// The indices where values would be inserted into the innermost dimension of a sorted sequence.
    pub fn rt_torch_torchtensor_searchsorted_tensor(sorted_sequence: i64, input: i64, out_int32: bool, right: bool, side: *const c_char, sorter: i64) -> i64;
    /// The index where a number would be inserted into a sorted 1-D sequence.
    pub fn rt_torch_torchtensor_searchsorted_scalar(sorted_sequence: i64, input: f64, input_int: i64, input_kind: i32, out_int32: bool, right: bool, side: *const c_char, sorter: i64) -> i64;
    /// The n-th forward difference along a dimension, optionally with values prepended or appended.
    pub fn rt_torch_torchtensor_diff(input: i64, n: i64, dim: i64, prepend: i64, append: i64) -> i64;
    /// A view of the tensor with its size-1 dimensions repeated (without copying) to a larger size.
    pub fn rt_torch_torchtensor_expand(input: i64, size: *const i64, size_len: i64, implicit: bool) -> i64;
    /// A view of the tensor expanded to the size of another.
    pub fn rt_torch_torchtensor_expand_as(input: i64, other: i64) -> i64;
    /// A view of the tensor broadcast to a shape.
    pub fn rt_torch_torchtensor_broadcast_to(input: i64, size: *const i64, size_len: i64) -> i64;
    /// The tensor with the order of its elements reversed along some dimensions.
    pub fn rt_torch_torchtensor_flip(input: i64, dims: *const i64, dims_len: i64) -> i64;
    /// The tensor with its columns reversed (dimension 1).
    pub fn rt_torch_torchtensor_fliplr(input: i64) -> i64;
    /// The tensor with its rows reversed (dimension 0).
    pub fn rt_torch_torchtensor_flipud(input: i64) -> i64;
    /// The tensor with its elements shifted circularly along some dimensions.
    pub fn rt_torch_torchtensor_roll(input: i64, shifts: *const i64, shifts_len: i64, dims: *const i64, dims_len: i64, dims_present: bool) -> i64;
    /// The tensor rotated by 90 degrees k times in the plane of two dimensions.
    pub fn rt_torch_torchtensor_rot90(input: i64, k: i64, dims: *const i64, dims_len: i64) -> i64;
    /// The tensor tiled a number of times along each dimension.
    pub fn rt_torch_torchtensor_repeat(input: i64, repeats: *const i64, repeats_len: i64) -> i64;
    /// The indices 0, 1, ... each repeated the number of times given.
    pub fn rt_torch_torchtensor_repeat_interleave_tensor(repeats: i64, output_size: i64, output_size_present: bool) -> i64;
    /// The elements repeated one after the other, each a number of times given per element.
    pub fn rt_torch_torchtensor_repeat_interleave_self_tensor(input: i64, repeats: i64, dim: i64, dim_present: bool, output_size: i64, output_size_present: bool) -> i64;
    /// The elements repeated one after the other, each the same number of times.
    pub fn rt_torch_torchtensor_repeat_interleave_self_int(input: i64, repeats: i64, dim: i64, dim_present: bool, output_size: i64, output_size_present: bool) -> i64;
    /// The tensor tiled a number of times along each dimension (fewer repetitions than dimensions count from the last).
    pub fn rt_torch_torchtensor_tile(input: i64, dims: *const i64, dims_len: i64) -> i64;
    /// A view with some dimensions moved to other positions.
    pub fn rt_torch_torchtensor_movedim_intlist(input: i64, source: *const i64, source_len: i64, destination: *const i64, destination_len: i64) -> i64;
    /// A view with one dimension moved to another position.
    pub fn rt_torch_torchtensor_movedim_int(input: i64, source: i64, destination: i64) -> i64;
    /// The slices along a dimension, that dimension removed (views).
    pub fn rt_torch_torchtensor_unbind_int(input: i64, dim: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The tensor split into pieces of a given size along a dimension (views; the last may be smaller).
    pub fn rt_torch_torchtensor_split_tensor(input: i64, split_size: i64, dim: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The tensor split into pieces of the given sizes along a dimension (views).
    pub fn rt_torch_torchtensor_split_sizes(input: i64, split_size: *const i64, split_size_len: i64, dim: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The tensor split into pieces of the given sizes along a dimension (views).
    pub fn rt_torch_torchtensor_split_with_sizes(input: i64, split_sizes: *const i64, split_sizes_len: i64, dim: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The tensor split into a number of nearly equal pieces along a dimension (views).
    pub fn rt_torch_torchtensor_tensor_split_sections(input: i64, sections: i64, dim: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The tensor split before the given indices along a dimension (views).
    pub fn rt_torch_torchtensor_tensor_split_indices(input: i64, indices: *const i64, indices_len: i64, dim: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The tensor split along a dimension into the number of pieces, or before the indices, a tensor gives (views).
    pub fn rt_torch_torchtensor_tensor_split_tensor_indices_or_sections(input: i64, tensor_indices_or_sections: i64, dim: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The tensor split into equal pieces along its second dimension (the first for 1-D; views).
    pub fn rt_torch_torchtensor_hsplit_int(input: i64, sections: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The tensor split before the given indices along its second dimension (the first for 1-D; views).
    pub fn rt_torch_torchtensor_hsplit_array(input: i64, indices: *const i64, indices_len: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The tensor split into equal pieces along its first dimension (views).
    pub fn rt_torch_torchtensor_vsplit_int(input: i64, sections: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The tensor split before the given indices along its first dimension (views).
    pub fn rt_torch_torchtensor_vsplit_array(input: i64, indices: *const i64, indices_len: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The tensor split into equal pieces along its third dimension (views).
    pub fn rt_torch_torchtensor_dsplit_int(input: i64, sections: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The tensor split before the given indices along its third dimension (views).
    pub fn rt_torch_torchtensor_dsplit_array(input: i64, indices: *const i64, indices_len: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// A view of a range of positions along a dimension.
    pub fn rt_torch_torchtensor_narrow(input: i64, dim: i64, start: i64, length: i64) -> i64;
    /// A view of a range of positions along a dimension, the start given as a 0-d tensor.
    pub fn rt_torch_torchtensor_narrow_tensor(input: i64, dim: i64, start: i64, length: i64) -> i64;
    /// A view with one dimension expanded into several.
    pub fn rt_torch_torchtensor_unflatten_int(input: i64, dim: i64, sizes: *const i64, sizes_len: i64) -> i64;
    /// The elements as a 1-D tensor (a view when possible).
    pub fn rt_torch_torchtensor_ravel(input: i64) -> i64;
    /// The tensors concatenated column-wise (along dimension 1; dimension 0 for 1-D tensors).
    pub fn rt_torch_torchtensor_hstack(tensors: *const i64, tensors_len: i64) -> i64;
    /// The tensors concatenated row-wise (1-D tensors as rows).
    pub fn rt_torch_torchtensor_vstack(tensors: *const i64, tensors_len: i64) -> i64;
    /// The tensors concatenated depth-wise (along dimension 2, each made at least 3-D).
    pub fn rt_torch_torchtensor_dstack(tensors: *const i64, tensors_len: i64) -> i64;
    /// The tensors concatenated as columns (1-D and 0-d tensors as columns).
    pub fn rt_torch_torchtensor_column_stack(tensors: *const i64, tensors_len: i64) -> i64;
    /// The tensor, a 0-d one as 1-D.
    pub fn rt_torch_torchtensor_atleast_1d(input: i64) -> i64;
    /// Each tensor, a 0-d one as 1-D.
    pub fn rt_torch_torchtensor_atleast_1d_sequence(tensors: *const i64, tensors_len: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The tensor with at least 2 dimensions (size-1 ones added in front).
    pub fn rt_torch_torchtensor_atleast_2d(input: i64) -> i64;
    /// Each tensor with at least 2 dimensions (size-1 ones added in front).
    pub fn rt_torch_torchtensor_atleast_2d_sequence(tensors: *const i64, tensors_len: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The tensor with at least 3 dimensions (size-1 ones added).
    pub fn rt_torch_torchtensor_atleast_3d(input: i64) -> i64;
    /// Each tensor with at least 3 dimensions (size-1 ones added).
    pub fn rt_torch_torchtensor_atleast_3d_sequence(tensors: *const i64, tensors_len: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The lower triangle of the (batched) matrices, the rest zero.
    pub fn rt_torch_torchtensor_tril(input: i64, diagonal: i64) -> i64;
    /// The upper triangle of the (batched) matrices, the rest zero.
    pub fn rt_torch_torchtensor_triu(input: i64, diagonal: i64) -> i64;
    /// The diagonal of a matrix as a 1-D tensor, or a 1-D tensor as the diagonal of a square matrix.
    pub fn rt_torch_torchtensor_diag(input: i64, diagonal: i64) -> i64;
    /// A tensor whose diagonals (in the plane of two dimensions) are filled with the input's last dimension.
    pub fn rt_torch_torchtensor_diag_embed(input: i64, offset: i64, dim1: i64, dim2: i64) -> i64;
    /// A view of a diagonal with respect to two dimensions, as the last dimension.
    pub fn rt_torch_torchtensor_diagonal(input: i64, offset: i64, dim1: i64, dim2: i64) -> i64;
    /// A square matrix with the flattened input on a diagonal.
    pub fn rt_torch_torchtensor_diagflat(input: i64, offset: i64) -> i64;
    /// The sum of the main diagonal of a 2-D tensor.
    pub fn rt_torch_torchtensor_trace(input: i64) -> i64;
    /// The Kronecker product of two tensors.
    pub fn rt_torch_torchtensor_kron(input: i64, other: i64) -> i64;
    /// Coordinate grids from 1-D tensors, in ij indexing (PyTorch warns that its default will change).
    pub fn rt_torch_torchtensor_meshgrid(tensors: *const i64, tensors_len: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// Coordinate grids from 1-D tensors, in ij (matrix) or xy (Cartesian) indexing.
    pub fn rt_torch_torchtensor_meshgrid_indexing(tensors: *const i64, tensors_len: i64, indexing: *const c_char, out: *mut i64, out_capacity: i64) -> i64;
    /// A view of the tensor with the size of another.
    pub fn rt_torch_torchtensor_view_as(input: i64, other: i64) -> i64;
    /// The tensor with the shape of another (a view when possible).
    pub fn rt_torch_torchtensor_reshape_as(input: i64, other: i64) -> i64;
    /// A view of all slices of a given size along a dimension, a step apart, as a new last dimension.
    pub fn rt_torch_torchtensor_unfold(input: i64, dimension: i64, size: i64, step: i64) -> i64;
    /// A copy of the tensor with alpha times the slices of source added at the given indices along a dimension.
    pub fn rt_torch_torchtensor_index_add(input: i64, dim: i64, index: i64, source: i64, alpha: f64, alpha_int: i64, alpha_kind: i32) -> i64;
    /// A copy of the tensor with the slices of source written at the given indices along a dimension.
    pub fn rt_torch_torchtensor_index_copy(input: i64, dim: i64, index: i64, source: i64) -> i64;
    /// A copy of the tensor with the slices at the given indices along a dimension filled with a number.
    pub fn rt_torch_torchtensor_index_fill_int_scalar(input: i64, dim: i64, index: i64, value: f64, value_int: i64, value_kind: i32) -> i64;
    /// A copy of the tensor with the slices at the given indices along a dimension filled with a 0-d tensor's value.
    pub fn rt_torch_torchtensor_index_fill_int_tensor(input: i64, dim: i64, index: i64, value: i64) -> i64;
    /// A copy of the tensor with values written (or added) at the positions advanced indexing selects.
    pub fn rt_torch_torchtensor_index_put(input: i64, indices: *const i64, indices_len: i64, values: i64, accumulate: bool) -> i64;
    /// A copy of the tensor with the slices of source reduced into it (prod, mean, amax, amin) at the given indices along a dimension.
    pub fn rt_torch_torchtensor_index_reduce(input: i64, dim: i64, index: i64, source: i64, reduce: *const c_char, include_self: bool) -> i64;
    /// A copy of the tensor with the elements of src written at the positions index gives along a dimension.
    pub fn rt_torch_torchtensor_scatter_src(input: i64, dim: i64, index: i64, src: i64) -> i64;
    /// A copy of the tensor with a number written at the positions index gives along a dimension.
    pub fn rt_torch_torchtensor_scatter_value(input: i64, dim: i64, index: i64, value: f64, value_int: i64, value_kind: i32) -> i64;
    /// A copy of the tensor with the elements of src added or multiplied in at the positions index gives along a dimension.
    pub fn rt_torch_torchtensor_scatter_reduce(input: i64, dim: i64, index: i64, src: i64, reduce: *const c_char) -> i64;
    /// A copy of the tensor with a number added or multiplied in at the positions index gives along a dimension.
    pub fn rt_torch_torchtensor_scatter_value_reduce(input: i64, dim: i64, index: i64, value: f64, value_int: i64, value_kind: i32, reduce: *const c_char) -> i64;
    /// A copy of the tensor with the elements of src added at the positions index gives along a dimension.
    pub fn rt_torch_torchtensor_scatter_add(input: i64, dim: i64, index: i64, src: i64) -> i64;
    /// A copy of the tensor with the elements of src reduced into it (sum, prod, mean, amax, amin) at the positions index gives along a dimension.
    pub fn rt_torch_torchtensor_scatter_reduce_two(input: i64, dim: i64, index: i64, src: i64, reduce: *const c_char, include_self: bool) -> i64;
    /// The elements at the given indices of the flattened tensor.
    pub fn rt_torch_torchtensor_take(input: i64, index: i64) -> i64;
    /// The elements at the given indices along a dimension (of the flattened tensor when none).
    pub fn rt_torch_torchtensor_take_along_dim(input: i64, indices: i64, dim: i64, dim_present: bool) -> i64;
    /// A copy of the tensor with the values of source written (or added) at the given indices of its flattened form.
    pub fn rt_torch_torchtensor_put(input: i64, index: i64, source: i64, accumulate: bool) -> i64;
    /// The indices of the non-zero elements, one row per element.
    pub fn rt_torch_torchtensor_nonzero(input: i64) -> i64;
    /// The indices of the non-zero elements, one 1-D tensor per dimension (torch.nonzero's as_tuple=True).
    pub fn rt_torch_torchtensor_nonzero_numpy(input: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The indices of the non-zero elements, one row per element.
    pub fn rt_torch_torchtensor_argwhere(input: i64) -> i64;
    /// A copy of the tensor with src written into the slice at one index along a dimension.
    pub fn rt_torch_torchtensor_select_scatter(input: i64, src: i64, dim: i64, index: i64) -> i64;
    /// A copy of the tensor with src written into a strided range along a dimension.
    pub fn rt_torch_torchtensor_slice_scatter(input: i64, src: i64, dim: i64, start: i64, start_present: bool, end: i64, end_present: bool, step: i64) -> i64;
    /// A copy of the tensor with src written into a diagonal with respect to two dimensions.
    pub fn rt_torch_torchtensor_diagonal_scatter(input: i64, src: i64, offset: i64, dim1: i64, dim2: i64) -> i64;
    /// A new tensor of the input's shape filled with zeros, by default of its dtype and on its device.
    pub fn rt_torch_torchtensor_zeros_like(input: i64, dtype: i32, device_type: i32, device_index: i32, memory_format: *const c_char) -> i64;
    /// A new tensor of the input's shape filled with ones, by default of its dtype and on its device.
    pub fn rt_torch_torchtensor_ones_like(input: i64, dtype: i32, device_type: i32, device_index: i32, memory_format: *const c_char) -> i64;
    /// A new tensor of the input's shape whose values are not initialised, by default of its dtype and on its device.
    pub fn rt_torch_torchtensor_empty_like(input: i64, dtype: i32, device_type: i32, device_index: i32, memory_format: *const c_char) -> i64;
    /// A new tensor of the input's shape filled with one value, by default of its dtype and on its device.
    pub fn rt_torch_torchtensor_full_like(input: i64, fill_value: f64, fill_value_int: i64, fill_value_kind: i32, dtype: i32, device_type: i32, device_index: i32, memory_format: *const c_char) -> i64;
    /// A new tensor of the input's shape filled with samples of the standard normal distribution.
    pub fn rt_torch_torchtensor_randn_like(input: i64, dtype: i32, device_type: i32, device_index: i32, memory_format: *const c_char) -> i64;
    /// A new tensor of the input's shape filled with samples of the uniform distribution on \[0, 1).
    pub fn rt_torch_torchtensor_rand_like(input: i64, dtype: i32, device_type: i32, device_index: i32, memory_format: *const c_char) -> i64;
    /// A new tensor of the input's shape filled with random integers drawn uniformly from \[0, high).
    pub fn rt_torch_torchtensor_randint_like(input: i64, high: i64, dtype: i32, device_type: i32, device_index: i32, memory_format: *const c_char) -> i64;
    /// A new tensor of the input's shape filled with random integers drawn uniformly from \[low, high).
    pub fn rt_torch_torchtensor_randint_like_low_dtype(input: i64, low: i64, high: i64, dtype: i32, device_type: i32, device_index: i32, memory_format: *const c_char) -> i64;
    /// A new tensor of the given shape filled with random integers drawn uniformly from \[0, high).
    pub fn rt_torch_tensor_randint(high: i64, size: *const i64, size_len: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A new tensor of the given shape filled with random integers drawn uniformly from \[low, high).
    pub fn rt_torch_tensor_randint_low(low: i64, high: i64, size: *const i64, size_len: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// Samples of normal distributions, one per element, with a tensor of means and a tensor of standard deviations.
    pub fn rt_torch_torchtensor_normal_tensor_tensor(mean: i64, std_arg: i64) -> i64;
    /// Samples of normal distributions, one per element, with a tensor of means and one standard deviation.
    pub fn rt_torch_torchtensor_normal_tensor_float(mean: i64, std_arg: f64) -> i64;
    /// Samples of normal distributions, one per element, with one mean and a tensor of standard deviations.
    pub fn rt_torch_tensor_normal_float_tensor(mean: f64, std_arg: i64) -> i64;
    /// A new tensor of the given shape filled with samples of one normal distribution.
    pub fn rt_torch_tensor_normal_float_float(mean: f64, std_arg: f64, size: *const i64, size_len: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// Random zeros and ones, each one with the probability that the input holds at its place.
    pub fn rt_torch_torchtensor_bernoulli(input: i64) -> i64;
    /// Random zeros and ones of the input's shape and dtype, each one with the same probability p.
    pub fn rt_torch_torchtensor_bernoulli_p(input: i64, p: f64) -> i64;
    /// Indices drawn from the categorical distribution that each row of the input gives (weights, not necessarily normalised).
    pub fn rt_torch_torchtensor_multinomial(input: i64, num_samples: i64, replacement: bool) -> i64;
    /// A 1-D tensor of steps values evenly spaced on a log scale, from base**start to base**end inclusive.
    pub fn rt_torch_tensor_logspace(start: f64, start_int: i64, start_kind: i32, end: f64, end_int: i64, end_kind: i32, steps: i64, base: f64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// The (row, column) indices of the lower triangle of a row x col matrix, as a 2 x N tensor.
    pub fn rt_torch_tensor_tril_indices(row: i64, col: i64, offset: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// The (row, column) indices of the upper triangle of a row x col matrix, as a 2 x N tensor.
    pub fn rt_torch_tensor_triu_indices(row: i64, col: i64, offset: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A new 0-d tensor holding one value.
    pub fn rt_torch_tensor_scalar_tensor(s: f64, s_int: i64, s_kind: i32, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A new tensor of the given sizes and strides whose values are not initialised.
    pub fn rt_torch_tensor_empty_strided(size: *const i64, size_len: i64, stride: *const i64, stride_len: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A new tensor of the given shape filled with zeros, by default of this tensor's dtype and on its device.
    pub fn rt_torch_torchtensor_new_zeros(input: i64, size: *const i64, size_len: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A new tensor of the given shape filled with ones, by default of this tensor's dtype and on its device.
    pub fn rt_torch_torchtensor_new_ones(input: i64, size: *const i64, size_len: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A new tensor of the given shape filled with one value, by default of this tensor's dtype and on its device.
    pub fn rt_torch_torchtensor_new_full(input: i64, size: *const i64, size_len: i64, fill_value: f64, fill_value_int: i64, fill_value_kind: i32, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A new tensor of the given shape whose values are not initialised, by default of this tensor's dtype and on its device.
    pub fn rt_torch_torchtensor_new_empty(input: i64, size: *const i64, size_len: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A complex tensor from absolute values and angles, abs * (cos(angle) + i sin(angle)).
    pub fn rt_torch_torchtensor_polar(abs: i64, angle: i64) -> i64;
    /// A complex tensor viewed as a real one with a last dimension of size 2 (real and imaginary parts).
    pub fn rt_torch_torchtensor_view_as_real(input: i64) -> i64;
    /// A real tensor whose last dimension has size 2 viewed as a complex one.
    pub fn rt_torch_torchtensor_view_as_complex(input: i64) -> i64;
    /// The tensor converted to bool, as self.to(torch.bool).
    pub fn rt_torch_torchtensor_bool(input: i64, memory_format: *const c_char) -> i64;
    /// The tensor converted to uint8, as self.to(torch.uint8).
    pub fn rt_torch_torchtensor_byte(input: i64, memory_format: *const c_char) -> i64;
    /// The tensor converted to int8, as self.to(torch.int8).
    pub fn rt_torch_torchtensor_char(input: i64, memory_format: *const c_char) -> i64;
    /// The tensor converted to int16, as self.to(torch.int16).
    pub fn rt_torch_torchtensor_short(input: i64, memory_format: *const c_char) -> i64;
    /// The tensor converted to int32, as self.to(torch.int32).
    pub fn rt_torch_torchtensor_int(input: i64, memory_format: *const c_char) -> i64;
    /// The tensor converted to int64, as self.to(torch.int64).
    pub fn rt_torch_torchtensor_long(input: i64, memory_format: *const c_char) -> i64;
    /// The tensor converted to float16, as self.to(torch.float16).
    pub fn rt_torch_torchtensor_half(input: i64, memory_format: *const c_char) -> i64;
    /// The tensor converted to bfloat16, as self.to(torch.bfloat16).
    pub fn rt_torch_torchtensor_bfloat16(input: i64, memory_format: *const c_char) -> i64;
    /// The tensor converted to float32, as self.to(torch.float32).
    pub fn rt_torch_torchtensor_float(input: i64, memory_format: *const c_char) -> i64;
    /// The tensor converted to float64, as self.to(torch.float64).
    pub fn rt_torch_torchtensor_double(input: i64, memory_format: *const c_char) -> i64;
    /// Fills the tensor in place with samples of one normal distribution.
    pub fn rt_torch_torchtensor_normal_(input: i64, mean: f64, std_arg: f64);
    /// The matrix product of two 2-D tensors, without broadcasting.
    pub fn rt_torch_torchtensor_mm(input: i64, mat2: i64) -> i64;
    /// The matrix products of two batches of matrices, batch by batch, without broadcasting.
    pub fn rt_torch_torchtensor_bmm(input: i64, mat2: i64) -> i64;
    /// The product of a matrix and a vector.
    pub fn rt_torch_torchtensor_mv(input: i64, vec: i64) -> i64;
    /// beta * input + alpha * (mat1 @ mat2), for matrices.
    pub fn rt_torch_torchtensor_addmm(input: i64, mat1: i64, mat2: i64, beta: f64, beta_int: i64, beta_kind: i32, alpha: f64, alpha_int: i64, alpha_kind: i32) -> i64;
    /// beta * input + alpha * (mat @ vec), for a matrix and a vector.
    pub fn rt_torch_torchtensor_addmv(input: i64, mat: i64, vec: i64, beta: f64, beta_int: i64, beta_kind: i32, alpha: f64, alpha_int: i64, alpha_kind: i32) -> i64;
    /// beta * input + alpha * the sum over the batch of the matrix products of batch1 and batch2.
    pub fn rt_torch_torchtensor_addbmm(input: i64, batch1: i64, batch2: i64, beta: f64, beta_int: i64, beta_kind: i32, alpha: f64, alpha_int: i64, alpha_kind: i32) -> i64;
    /// beta * input + alpha * (batch1 @ batch2), batch by batch.
    pub fn rt_torch_torchtensor_baddbmm(input: i64, batch1: i64, batch2: i64, beta: f64, beta_int: i64, beta_kind: i32, alpha: f64, alpha_int: i64, alpha_kind: i32) -> i64;
    /// beta * input + alpha * the outer product of two vectors.
    pub fn rt_torch_torchtensor_addr(input: i64, vec1: i64, vec2: i64, beta: f64, beta_int: i64, beta_kind: i32, alpha: f64, alpha_int: i64, alpha_kind: i32) -> i64;
    /// The dot product of two 1-D tensors, conjugating the first when it is complex.
    pub fn rt_torch_torchtensor_vdot(input: i64, other: i64) -> i64;
    /// The outer product of two vectors.
    pub fn rt_torch_torchtensor_outer(input: i64, vec2: i64) -> i64;
    /// The inner product over the last dimension of both tensors (the dot product for vectors).
    pub fn rt_torch_torchtensor_inner(input: i64, other: i64) -> i64;
    /// The cross product of 3-vectors along one dimension, with broadcasting.
    pub fn rt_torch_torchtensor_cross(input: i64, other: i64, dim: i64, dim_present: bool) -> i64;
    /// A sum of products of the operands' elements, written in Einstein summation notation.
    pub fn rt_torch_tensor_einsum(equation: *const c_char, tensors: *const i64, tensors_len: i64, path: *const i64, path_len: i64, path_present: bool) -> i64;
    /// The p-norm of input - other, over all elements.
    pub fn rt_torch_torchtensor_dist(input: i64, other: i64, p: f64, p_int: i64, p_kind: i32) -> i64;
    /// The p-norm distance between every row vector of x1 and every row vector of x2, batch by batch.
    pub fn rt_torch_torchtensor_cdist(x1: i64, x2: i64, p: f64, compute_mode: *const c_char) -> i64;
    /// The matrix exponential of a square matrix, or of each matrix of a batch.
    pub fn rt_torch_torchtensor_matrix_exp(input: i64) -> i64;
    /// The natural logarithm of the determinant of a square matrix, or of each matrix of a batch.
    pub fn rt_torch_torchtensor_logdet(input: i64) -> i64;
    /// The Moore-Penrose pseudo-inverse of a matrix, or of each matrix of a batch.
    pub fn rt_torch_torchtensor_pinverse(input: i64, rcond: f64) -> i64;
    /// The Cholesky factor of a symmetric (Hermitian) positive-definite matrix, as torch.cholesky (deprecated for torch.linalg.cholesky).
    pub fn rt_torch_torchtensor_cholesky(input: i64, upper: bool) -> i64;
    /// The inverse of a symmetric (Hermitian) positive-definite matrix from its Cholesky factor.
    pub fn rt_torch_torchtensor_cholesky_inverse(input: i64, upper: bool) -> i64;
    /// The solution X of A X = B given B and the Cholesky factor of A.
    pub fn rt_torch_torchtensor_cholesky_solve(input: i64, input2: i64, upper: bool) -> i64;
    /// The QR decomposition of a matrix or a batch, as torch.qr (deprecated for torch.linalg.qr).
    pub fn rt_torch_torchtensor_qr(input: i64, some: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The singular value decomposition input = U diag(S) V^H as torch.svd gives it (V, not Vh; deprecated for torch.linalg.svd).
    pub fn rt_torch_torchtensor_svd_v2(input: i64, some: bool, compute_uv: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The permutation, lower and upper factors P, L, U of a packed LU decomposition (from torch.linalg.lu_factor).
    pub fn rt_torch_torchtensor_lu_unpack(lu_data: i64, lu_pivots: i64, unpack_data: bool, unpack_pivots: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The solution X of A X = B from B and the packed LU factors of A, as torch.lu_solve (deprecated for torch.linalg.lu_solve).
    pub fn rt_torch_torchtensor_lu_solve(input: i64, lu_data: i64, lu_pivots: i64) -> i64;
    /// The solution X of A X = b for a triangular A, as torch.triangular_solve (deprecated for torch.linalg.solve_triangular).
    pub fn rt_torch_torchtensor_triangular_solve(input: i64, a: i64, upper: bool, transpose: bool, unitriangular: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The QR decomposition in LAPACK's geqrf form, Householder reflectors and their scalars.
    pub fn rt_torch_torchtensor_geqrf(input: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The product of the Q of a geqrf decomposition (or its conjugate transpose) with a matrix, without forming Q.
    pub fn rt_torch_torchtensor_ormqr(input: i64, input2: i64, input3: i64, left: bool, transpose: bool) -> i64;
    /// The Pearson correlation coefficients of the variables in the rows of a matrix (observations in columns).
    pub fn rt_torch_torchtensor_corrcoef(input: i64) -> i64;
    /// The covariance matrix of the variables in the rows of a matrix (observations in columns), optionally weighted.
    pub fn rt_torch_torchtensor_cov(input: i64, correction: i64, fweights: i64, aweights: i64) -> i64;
    /// The trapezoidal rule along a dimension, at the sample points x.
    pub fn rt_torch_torchtensor_trapezoid_x(y: i64, x: i64, dim: i64) -> i64;
    /// The trapezoidal rule along a dimension, with evenly spaced sample points.
    pub fn rt_torch_torchtensor_trapezoid_dx(y: i64, dx: f64, dx_int: i64, dx_kind: i32, dim: i64) -> i64;
    /// The trapezoidal rule along a dimension, at the sample points x (torch.trapezoid's older name).
    pub fn rt_torch_torchtensor_trapz_x(y: i64, x: i64, dim: i64) -> i64;
    /// The trapezoidal rule along a dimension, with evenly spaced sample points (torch.trapezoid's older name).
    pub fn rt_torch_torchtensor_trapz_dx(y: i64, dx: f64, dim: i64) -> i64;
    /// The running trapezoidal rule along a dimension, at the sample points x.
    pub fn rt_torch_torchtensor_cumulative_trapezoid_x(y: i64, x: i64, dim: i64) -> i64;
    /// The running trapezoidal rule along a dimension, with evenly spaced sample points.
    pub fn rt_torch_torchtensor_cumulative_trapezoid_dx(y: i64, dx: f64, dx_int: i64, dx_kind: i32, dim: i64) -> i64;
    /// The cross product of 3-vectors along one dimension, with broadcasting.
    pub fn rt_torch_torchtensor_linalg_cross(input: i64, other: i64, dim: i64) -> i64;
    /// A view of the diagonals of the matrices of a batch (torch.diagonal over the last two dimensions by default).
    pub fn rt_torch_torchtensor_linalg_diagonal(a: i64, offset: i64, dim1: i64, dim2: i64) -> i64;
    /// The Cholesky factor of a symmetric (Hermitian) positive-definite matrix, or of each matrix of a batch.
    pub fn rt_torch_torchtensor_linalg_cholesky(input: i64, upper: bool) -> i64;
    /// The Cholesky factor with a per-matrix status code instead of an error for matrices that are not positive-definite.
    pub fn rt_torch_torchtensor_linalg_cholesky_ex(input: i64, upper: bool, check_errors: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The dot products of two batches of vectors along a dimension, conjugating the first when complex.
    pub fn rt_torch_torchtensor_linalg_vecdot(x: i64, y: i64, dim: i64) -> i64;
    /// The condition number of a matrix, or of each matrix of a batch, in a numeric matrix norm.
    pub fn rt_torch_torchtensor_linalg_cond(input: i64, p: f64, p_int: i64, p_kind: i32) -> i64;
    /// The condition number of a square matrix, or of each matrix of a batch, in the Frobenius or nuclear norm.
    pub fn rt_torch_torchtensor_linalg_cond_p_str(input: i64, p: *const c_char) -> i64;
    /// The eigenvalues of a square matrix, or of each matrix of a batch.
    pub fn rt_torch_torchtensor_linalg_eigvals(input: i64) -> i64;
    /// The eigenvalues and eigenvectors of a symmetric (Hermitian) matrix, or of each matrix of a batch.
    pub fn rt_torch_torchtensor_linalg_eigh(input: i64, uplo: *const c_char, out: *mut i64, out_capacity: i64) -> i64;
    /// The eigenvalues of a symmetric (Hermitian) matrix, or of each matrix of a batch.
    pub fn rt_torch_torchtensor_linalg_eigvalsh(input: i64, uplo: *const c_char) -> i64;
    /// The first n columns of the product of Householder reflectors (the Q of a geqrf decomposition).
    pub fn rt_torch_torchtensor_linalg_householder_product(input: i64, tau: i64) -> i64;
    /// The compact LDL factorization of a symmetric (or Hermitian), possibly indefinite, matrix or batch.
    pub fn rt_torch_torchtensor_linalg_ldl_factor(input: i64, hermitian: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The compact LDL factorization with a per-matrix status code instead of an error.
    pub fn rt_torch_torchtensor_linalg_ldl_factor_ex(input: i64, hermitian: bool, check_errors: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The solution X of A X = B from the LDL factorization of A.
    pub fn rt_torch_torchtensor_linalg_ldl_solve(ld: i64, pivots: i64, b: i64, hermitian: bool) -> i64;
    /// A least-squares solution of A X = B, for a matrix or a batch.
    pub fn rt_torch_torchtensor_linalg_lstsq(input: i64, b: i64, rcond: f64, rcond_present: bool, driver: *const c_char, out: *mut i64, out_capacity: i64) -> i64;
    /// The n-th power of a square matrix, or of each matrix of a batch, for an integer n.
    pub fn rt_torch_torchtensor_linalg_matrix_power(input: i64, n: i64) -> i64;
    /// The product of two or more matrices, in the order of multiplications that costs the fewest operations.
    pub fn rt_torch_torchtensor_linalg_multi_dot(tensors: *const i64, tensors_len: i64) -> i64;
    /// A vector or matrix norm of a numeric order, over all or some dimensions.
    pub fn rt_torch_torchtensor_linalg_norm(input: i64, ord: f64, ord_int: i64, ord_kind: i32, dim: *const i64, dim_len: i64, dim_present: bool, keepdim: bool, dtype: i32) -> i64;
    /// The Frobenius or nuclear norm of a matrix or a batch.
    pub fn rt_torch_torchtensor_linalg_norm_ord_str(input: i64, ord: *const c_char, dim: *const i64, dim_len: i64, dim_present: bool, keepdim: bool, dtype: i32) -> i64;
    /// A matrix norm of a numeric order, of a matrix or of each matrix of a batch.
    pub fn rt_torch_torchtensor_linalg_matrix_norm(input: i64, ord: f64, ord_int: i64, ord_kind: i32, dim: *const i64, dim_len: i64, keepdim: bool, dtype: i32) -> i64;
    /// The Frobenius or nuclear norm of a matrix or of each matrix of a batch.
    pub fn rt_torch_torchtensor_linalg_matrix_norm_str_ord(input: i64, ord: *const c_char, dim: *const i64, dim_len: i64, keepdim: bool, dtype: i32) -> i64;
    /// The QR decomposition of a matrix or a batch.
    pub fn rt_torch_torchtensor_linalg_qr(a: i64, mode: *const c_char, out: *mut i64, out_capacity: i64) -> i64;
    /// The sign (phase) and the log of the absolute value of the determinant of a square matrix or batch.
    pub fn rt_torch_torchtensor_linalg_slogdet(a: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The Vandermonde matrix of a vector (columns x**0, x**1, ...), or of each vector of a batch.
    pub fn rt_torch_torchtensor_linalg_vander(x: i64, n: i64, n_present: bool) -> i64;
    /// The compact LU factorization with partial pivoting of a matrix or a batch.
    pub fn rt_torch_torchtensor_linalg_lu_factor(a: i64, pivot: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The compact LU factorization with a per-matrix status code instead of an error.
    pub fn rt_torch_torchtensor_linalg_lu_factor_ex(a: i64, pivot: bool, check_errors: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The LU decomposition with partial pivoting A = P L U of a matrix or a batch.
    pub fn rt_torch_torchtensor_linalg_lu(a: i64, pivot: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The solution of A X = B (or X A = B, or with A's adjoint) from the compact LU factorization of A.
    pub fn rt_torch_torchtensor_linalg_lu_solve(lu: i64, pivots: i64, b: i64, left: bool, adjoint: bool) -> i64;
    /// The inverse of a square matrix or batch, with a per-matrix status code instead of an error for singular ones.
    pub fn rt_torch_torchtensor_linalg_inv_ex(a: i64, check_errors: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The solution X of A X = B (or X A = B) for a square invertible A, with batches broadcasting.
    pub fn rt_torch_torchtensor_linalg_solve(a: i64, b: i64, left: bool) -> i64;
    /// The solution of A X = B with a per-matrix status code instead of an error for singular A.
    pub fn rt_torch_torchtensor_linalg_solve_ex(a: i64, b: i64, left: bool, check_errors: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// The solution X of A X = B (or X A = B) for a triangular A.
    pub fn rt_torch_torchtensor_linalg_solve_triangular(input: i64, b: i64, upper: bool, left: bool, unitriangular: bool) -> i64;
    /// The numerical rank of a matrix or batch, with absolute and relative tolerances given as tensors.
    pub fn rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor(input: i64, atol: i64, rtol: i64, hermitian: bool) -> i64;
    /// The numerical rank of a matrix or batch, with absolute and relative tolerances given as numbers.
    pub fn rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float(input: i64, atol: f64, atol_present: bool, rtol: f64, rtol_present: bool, hermitian: bool) -> i64;
    /// The numerical rank of a matrix or batch, with one absolute tolerance (NumPy's form).
    pub fn rt_torch_torchtensor_linalg_matrix_rank(input: i64, tol: f64, hermitian: bool) -> i64;
    /// The numerical rank of a matrix or batch, with one absolute tolerance given as a tensor (NumPy's form).
    pub fn rt_torch_torchtensor_linalg_matrix_rank_tol_tensor(input: i64, tol: i64, hermitian: bool) -> i64;
    /// The Moore-Penrose pseudo-inverse of a matrix or batch, with absolute and relative tolerances given as tensors.
    pub fn rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor(input: i64, atol: i64, rtol: i64, hermitian: bool) -> i64;
    /// The Moore-Penrose pseudo-inverse of a matrix or batch, with absolute and relative tolerances given as numbers.
    pub fn rt_torch_torchtensor_linalg_pinv_atol_rtol_float(input: i64, atol: f64, atol_present: bool, rtol: f64, rtol_present: bool, hermitian: bool) -> i64;
    /// The Moore-Penrose pseudo-inverse of a matrix or batch, with one relative tolerance (NumPy's rcond).
    pub fn rt_torch_torchtensor_linalg_pinv(input: i64, rcond: f64, hermitian: bool) -> i64;
    /// The Moore-Penrose pseudo-inverse of a matrix or batch, with one relative tolerance given as a tensor (NumPy's rcond).
    pub fn rt_torch_torchtensor_linalg_pinv_rcond_tensor(input: i64, rcond: i64, hermitian: bool) -> i64;
    /// The singular values of a matrix or batch, in descending order.
    pub fn rt_torch_torchtensor_linalg_svdvals(a: i64, driver: *const c_char) -> i64;
    /// The inverse of a tensor for torch.tensordot over ind dimensions.
    pub fn rt_torch_torchtensor_linalg_tensorinv(input: i64, ind: i64) -> i64;
    /// The solution X of tensordot(A, X, X.dim()) = B.
    pub fn rt_torch_torchtensor_linalg_tensorsolve(input: i64, other: i64, dims: *const i64, dims_len: i64, dims_present: bool) -> i64;
    /// The tensor with its last two dimensions swapped (a view), as the property Tensor.mT.
    pub fn rt_torch_torchtensor_mt(input: i64) -> i64;
    /// The conjugate transpose of the last two dimensions (a view), as the property Tensor.mH.
    pub fn rt_torch_torchtensor_mh(input: i64) -> i64;
    /// The tensor with the order of all its dimensions reversed (a view), as the property Tensor.T.
    pub fn rt_torch_torchtensor_numpy_t(input: i64) -> i64;
    /// The conjugate transpose of a matrix (a view), as the property Tensor.H.
    pub fn rt_torch_torchtensor_matrix_h(input: i64) -> i64;
    /// The element-wise cosine of the input, in radians.
    pub fn rt_torch_torchtensor_cos(input: i64) -> i64;
    /// The element-wise tangent of the input, in radians.
    pub fn rt_torch_torchtensor_tan(input: i64) -> i64;
    /// The element-wise arccosine of the input, in radians (NaN outside \[-1, 1\]).
    pub fn rt_torch_torchtensor_acos(input: i64) -> i64;
    /// The element-wise inverse hyperbolic cosine of the input (NaN below 1).
    pub fn rt_torch_torchtensor_acosh(input: i64) -> i64;
    /// The element-wise arcsine of the input, in radians (NaN outside \[-1, 1\]).
    pub fn rt_torch_torchtensor_asin(input: i64) -> i64;
    /// The element-wise inverse hyperbolic sine of the input.
    pub fn rt_torch_torchtensor_asinh(input: i64) -> i64;
    /// The element-wise arctangent of the input, in radians.
    pub fn rt_torch_torchtensor_atan(input: i64) -> i64;
    /// The element-wise inverse hyperbolic tangent of the input (NaN outside \[-1, 1\]).
    pub fn rt_torch_torchtensor_atanh(input: i64) -> i64;
    /// The element-wise hyperbolic cosine of the input.
    pub fn rt_torch_torchtensor_cosh(input: i64) -> i64;
    /// The element-wise hyperbolic sine of the input.
    pub fn rt_torch_torchtensor_sinh(input: i64) -> i64;
    /// Rounds every element up to the nearest integer (the smallest integer not below it).
    pub fn rt_torch_torchtensor_ceil(input: i64) -> i64;
    /// Rounds every element down to the nearest integer (the largest integer not above it).
    pub fn rt_torch_torchtensor_floor(input: i64) -> i64;
    /// Rounds every element to the nearest integer, halves to even.
    pub fn rt_torch_torchtensor_round(input: i64) -> i64;
    /// Rounds every element to a number of decimal places, halves to even.
    pub fn rt_torch_torchtensor_round_decimals(input: i64, decimals: i64) -> i64;
    /// Rounds every element toward zero (drops its fractional part).
    pub fn rt_torch_torchtensor_trunc(input: i64) -> i64;
    /// The fractional part of every element (input - trunc(input), with the input's sign).
    pub fn rt_torch_torchtensor_frac(input: i64) -> i64;
    /// The element-wise sign of the input: -1, 0 or 1 (0 for a zero and for NaN).
    pub fn rt_torch_torchtensor_sign(input: i64) -> i64;
    /// Whether each element has its sign bit set (true for -0.0 and negative NaN too).
    pub fn rt_torch_torchtensor_signbit(input: i64) -> i64;
    /// The element-wise normalized sinc of the input, sin(pi x) / (pi x), 1 at 0.
    pub fn rt_torch_torchtensor_sinc(input: i64) -> i64;
    /// Converts every element from degrees to radians.
    pub fn rt_torch_torchtensor_deg2rad(input: i64) -> i64;
    /// Converts every element from radians to degrees.
    pub fn rt_torch_torchtensor_rad2deg(input: i64) -> i64;
    /// The element-wise base-2 exponential of the input, 2^x.
    pub fn rt_torch_torchtensor_exp2(input: i64) -> i64;
    /// The element-wise exp(x) - 1, accurate for small x.
    pub fn rt_torch_torchtensor_expm1(input: i64) -> i64;
    /// The element-wise natural logarithm of 1 + x, accurate for small x.
    pub fn rt_torch_torchtensor_log1p(input: i64) -> i64;
    /// The element-wise base-10 logarithm of the input.
    pub fn rt_torch_torchtensor_log10(input: i64) -> i64;
    /// The element-wise base-2 logarithm of the input.
    pub fn rt_torch_torchtensor_log2(input: i64) -> i64;
    /// The element-wise reciprocal of the square root of the input, 1 / sqrt(x).
    pub fn rt_torch_torchtensor_rsqrt(input: i64) -> i64;
    /// The element-wise square of the input.
    pub fn rt_torch_torchtensor_square(input: i64) -> i64;
    /// The element-wise modified Bessel function of the first kind, order zero.
    pub fn rt_torch_torchtensor_i0(input: i64) -> i64;
    /// The element-wise error function of the input.
    pub fn rt_torch_torchtensor_erf(input: i64) -> i64;
    /// The element-wise complementary error function of the input, 1 - erf(x).
    pub fn rt_torch_torchtensor_erfc(input: i64) -> i64;
    /// The element-wise inverse error function of the input (defined on (-1, 1); +-inf at +-1).
    pub fn rt_torch_torchtensor_erfinv(input: i64) -> i64;
    /// The element-wise natural logarithm of the absolute value of the gamma function.
    pub fn rt_torch_torchtensor_lgamma(input: i64) -> i64;
    /// The element-wise digamma function, the derivative of lgamma.
    pub fn rt_torch_torchtensor_digamma(input: i64) -> i64;
    /// The input itself (unary plus); refused for bool tensors, as in PyTorch.
    pub fn rt_torch_torchtensor_positive(input: i64) -> i64;
    /// The element-wise angle of the input in radians (0 or pi for real numbers, NaN kept).
    pub fn rt_torch_torchtensor_angle(input: i64) -> i64;
    /// The element-wise complex conjugate of the input, computed (a copy for real tensors).
    pub fn rt_torch_torchtensor_conj_physical(input: i64) -> i64;
    /// The element-wise log-odds of the input, log(x / (1 - x)), optionally clamping x to \[eps, 1 - eps\].
    pub fn rt_torch_torchtensor_logit(input: i64, eps: f64, eps_present: bool) -> i64;
    /// The element-wise n-th derivative of the digamma function.
    pub fn rt_torch_tensor_polygamma(n: i64, input: i64) -> i64;
    /// The element-wise multivariate log-gamma function of dimension p.
    pub fn rt_torch_torchtensor_mvlgamma(input: i64, p: i64) -> i64;
    /// Replaces NaN, positive and negative infinity with finite numbers.
    pub fn rt_torch_torchtensor_nan_to_num(input: i64, nan: f64, nan_present: bool, posinf: f64, posinf_present: bool, neginf: f64, neginf_present: bool) -> i64;
    /// Splits every element into a mantissa in \[0.5, 1) (by magnitude) and a power-of-two exponent.
    pub fn rt_torch_torchtensor_frexp_tensor(input: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The element-wise arctangent of input / other, in radians, in the quadrant of the point (other, input).
    pub fn rt_torch_torchtensor_atan2(input: i64, other: i64) -> i64;
    /// The element-wise log(exp(input) + exp(other)), computed without overflow.
    pub fn rt_torch_torchtensor_logaddexp(input: i64, other: i64) -> i64;
    /// The element-wise log2(2^input + 2^other), computed without overflow.
    pub fn rt_torch_torchtensor_logaddexp2(input: i64, other: i64) -> i64;
    /// The element-wise input * log(other), 0 where input is 0 (even when other is 0 or inf).
    pub fn rt_torch_torchtensor_xlogy_tensor(input: i64, other: i64) -> i64;
    /// The element-wise input * log(other), 0 where input is 0 (even when other is 0 or inf).
    pub fn rt_torch_torchtensor_xlogy_scalar_other(input: i64, other: f64, other_int: i64, other_kind: i32) -> i64;
    /// The element-wise input * log(other), 0 where input is 0 (even when other is 0 or inf).
    pub fn rt_torch_tensor_xlogy_scalar_self(input: f64, input_int: i64, input_kind: i32, other: i64) -> i64;
    /// The element-wise hypotenuse sqrt(input^2 + other^2).
    pub fn rt_torch_torchtensor_hypot(input: i64, other: i64) -> i64;
    /// Linear interpolation between two tensors, input + weight * (end - input).
    pub fn rt_torch_torchtensor_lerp_scalar(input: i64, end: i64, weight: f64, weight_int: i64, weight_kind: i32) -> i64;
    /// Linear interpolation between two tensors, input + weight * (end - input).
    pub fn rt_torch_torchtensor_lerp_tensor(input: i64, end: i64, weight: i64) -> i64;
    /// The next floating-point value after input toward other, element-wise.
    pub fn rt_torch_torchtensor_nextafter(input: i64, other: i64) -> i64;
    /// The magnitude of input with the sign (bit) of other, element-wise.
    pub fn rt_torch_torchtensor_copysign_tensor(input: i64, other: i64) -> i64;
    /// The magnitude of input with the sign (bit) of other, element-wise.
    pub fn rt_torch_torchtensor_copysign_scalar(input: i64, other: f64, other_int: i64, other_kind: i32) -> i64;
    /// The element-wise maximum of two tensors, ignoring NaN (NaN only where both are NaN).
    pub fn rt_torch_torchtensor_fmax(input: i64, other: i64) -> i64;
    /// The element-wise minimum of two tensors, ignoring NaN (NaN only where both are NaN).
    pub fn rt_torch_torchtensor_fmin(input: i64, other: i64) -> i64;
    /// The element-wise C-style remainder of a division (std::fmod: the sign of the dividend).
    pub fn rt_torch_torchtensor_fmod_tensor(input: i64, other: i64) -> i64;
    /// The element-wise C-style remainder of a division (std::fmod: the sign of the dividend).
    pub fn rt_torch_torchtensor_fmod_scalar(input: i64, other: f64, other_int: i64, other_kind: i32) -> i64;
    /// The element-wise Python-style remainder of a division (the sign of the divisor).
    pub fn rt_torch_torchtensor_remainder_tensor(input: i64, other: i64) -> i64;
    /// The element-wise Python-style remainder of a division (the sign of the divisor).
    pub fn rt_torch_torchtensor_remainder_scalar(input: i64, other: f64, other_int: i64, other_kind: i32) -> i64;
    /// The element-wise Python-style remainder of a division (the sign of the divisor).
    pub fn rt_torch_tensor_remainder_scalar_tensor(input: f64, input_int: i64, input_kind: i32, other: i64) -> i64;
    /// The element-wise quotient rounded down (toward negative infinity).
    pub fn rt_torch_torchtensor_floor_divide(input: i64, other: i64) -> i64;
    /// The element-wise quotient rounded down (toward negative infinity).
    pub fn rt_torch_torchtensor_floor_divide_scalar(input: i64, other: f64, other_int: i64, other_kind: i32) -> i64;
    /// The element-wise true division (torch.div without rounding).
    pub fn rt_torch_torchtensor_true_divide_tensor(input: i64, other: i64) -> i64;
    /// The element-wise true division (torch.div without rounding).
    pub fn rt_torch_torchtensor_true_divide_scalar(input: i64, other: f64, other_int: i64, other_kind: i32) -> i64;
    /// Raises input to the power of exponent element-wise, in double precision.
    pub fn rt_torch_torchtensor_float_power_tensor_tensor(input: i64, exponent: i64) -> i64;
    /// Raises input to the power of exponent element-wise, in double precision.
    pub fn rt_torch_torchtensor_float_power_tensor_scalar(input: i64, exponent: f64, exponent_int: i64, exponent_kind: i32) -> i64;
    /// Raises input to the power of exponent element-wise, in double precision.
    pub fn rt_torch_tensor_float_power_scalar(input: f64, input_int: i64, input_kind: i32, exponent: i64) -> i64;
    /// The element-wise Heaviside step: 0 below zero, 1 above, values where input is zero.
    pub fn rt_torch_torchtensor_heaviside(input: i64, values: i64) -> i64;
    /// The element-wise least common multiple of two integer tensors (non-negative).
    pub fn rt_torch_torchtensor_lcm(input: i64, other: i64) -> i64;
    /// The element-wise greatest common divisor of two integer tensors (non-negative).
    pub fn rt_torch_torchtensor_gcd(input: i64, other: i64) -> i64;
    /// The element-wise input * 2^other.
    pub fn rt_torch_torchtensor_ldexp_tensor(input: i64, other: i64) -> i64;
    /// Limits every element to \[min, max\] by numbers (max wins where min \> max).
    pub fn rt_torch_torchtensor_clamp(input: i64, min: f64, min_int: i64, min_kind: i32, max: f64, max_int: i64, max_kind: i32) -> i64;
    /// Limits every element to \[min, max\] by tensors of bounds, element-wise.
    pub fn rt_torch_torchtensor_clamp_tensor(input: i64, min: i64, max: i64) -> i64;
    /// Limits every element to at least a number, max(input, min).
    pub fn rt_torch_torchtensor_clamp_min(input: i64, min: f64, min_int: i64, min_kind: i32) -> i64;
    /// Limits every element to at least the matching lower bound of a tensor.
    pub fn rt_torch_torchtensor_clamp_min_tensor(input: i64, min: i64) -> i64;
    /// Limits every element to at most a number, min(input, max).
    pub fn rt_torch_torchtensor_clamp_max(input: i64, max: f64, max_int: i64, max_kind: i32) -> i64;
    /// Limits every element to at most the matching upper bound of a tensor.
    pub fn rt_torch_torchtensor_clamp_max_tensor(input: i64, max: i64) -> i64;
    /// The element-wise minimum of two tensors, with broadcasting.
    pub fn rt_torch_torchtensor_minimum(input: i64, other: i64) -> i64;
    /// input + value * tensor1 * tensor2, element-wise.
    pub fn rt_torch_torchtensor_addcmul(input: i64, tensor1: i64, tensor2: i64, value: f64, value_int: i64, value_kind: i32) -> i64;
    /// input + value * tensor1 / tensor2, element-wise (true division; refused for integer tensors, as in PyTorch).
    pub fn rt_torch_torchtensor_addcdiv(input: i64, tensor1: i64, tensor2: i64, value: f64, value_int: i64, value_kind: i32) -> i64;
    /// Element-wise comparison input == other, with broadcasting.
    pub fn rt_torch_torchtensor_eq_tensor(input: i64, other: i64) -> i64;
    /// Element-wise comparison input == other, against a number.
    pub fn rt_torch_torchtensor_eq_scalar(input: i64, other: f64, other_int: i64, other_kind: i32) -> i64;
    /// Element-wise comparison input != other, with broadcasting.
    pub fn rt_torch_torchtensor_ne_tensor(input: i64, other: i64) -> i64;
    /// Element-wise comparison input != other, against a number.
    pub fn rt_torch_torchtensor_ne_scalar(input: i64, other: f64, other_int: i64, other_kind: i32) -> i64;
    /// Element-wise comparison input \> other, with broadcasting.
    pub fn rt_torch_torchtensor_gt_tensor(input: i64, other: i64) -> i64;
    /// Element-wise comparison input \> other, against a number.
    pub fn rt_torch_torchtensor_gt_scalar(input: i64, other: f64, other_int: i64, other_kind: i32) -> i64;
    /// Element-wise comparison input \>= other, with broadcasting.
    pub fn rt_torch_torchtensor_ge_tensor(input: i64, other: i64) -> i64;
    /// Element-wise comparison input \>= other, against a number.
    pub fn rt_torch_torchtensor_ge_scalar(input: i64, other: f64, other_int: i64, other_kind: i32) -> i64;
    /// Element-wise comparison input \< other, with broadcasting.
    pub fn rt_torch_torchtensor_lt_tensor(input: i64, other: i64) -> i64;
    /// Element-wise comparison input \< other, against a number.
    pub fn rt_torch_torchtensor_lt_scalar(input: i64, other: f64, other_int: i64, other_kind: i32) -> i64;
    /// Element-wise comparison input \<= other, with broadcasting.
    pub fn rt_torch_torchtensor_le_tensor(input: i64, other: i64) -> i64;
    /// Element-wise comparison input \<= other, against a number.
    pub fn rt_torch_torchtensor_le_scalar(input: i64, other: f64, other_int: i64, other_kind: i32) -> i64;
    /// Whether two tensors have the same shape and the same elements (NaN never equals NaN).
    pub fn rt_torch_torchtensor_equal(input: i64, other: i64) -> bool;
    /// Whether each element of input is close to other, |input - other| \<= atol + rtol * |other|.
    pub fn rt_torch_torchtensor_isclose(input: i64, other: i64, rtol: f64, atol: f64, equal_nan: bool) -> i64;
    /// Whether every element of input is close to other, |input - other| \<= atol + rtol * |other|.
    pub fn rt_torch_torchtensor_allclose(input: i64, other: i64, rtol: f64, atol: f64, equal_nan: bool) -> bool;
    /// Whether each element is finite (not NaN nor infinite).
    pub fn rt_torch_torchtensor_isfinite(input: i64) -> i64;
    /// Whether each element is positive or negative infinity.
    pub fn rt_torch_torchtensor_isinf(input: i64) -> i64;
    /// Whether each element is positive infinity.
    pub fn rt_torch_torchtensor_isposinf(input: i64) -> i64;
    /// Whether each element is negative infinity.
    pub fn rt_torch_torchtensor_isneginf(input: i64) -> i64;
    /// Whether each element is real-valued (always true for a real dtype; imaginary part 0 for complex).
    pub fn rt_torch_torchtensor_isreal(input: i64) -> i64;
    /// Whether each element is NaN.
    pub fn rt_torch_torchtensor_isnan(input: i64) -> i64;
    /// The element-wise logical AND of two tensors (nonzero counts as true).
    pub fn rt_torch_torchtensor_logical_and(input: i64, other: i64) -> i64;
    /// The element-wise logical OR of two tensors (nonzero counts as true).
    pub fn rt_torch_torchtensor_logical_or(input: i64, other: i64) -> i64;
    /// The element-wise logical XOR of two tensors (nonzero counts as true).
    pub fn rt_torch_torchtensor_logical_xor(input: i64, other: i64) -> i64;
    /// The element-wise logical NOT of a tensor (true where an element is zero).
    pub fn rt_torch_torchtensor_logical_not(input: i64) -> i64;
    /// The element-wise bitwise AND of integer or bool values.
    pub fn rt_torch_torchtensor_bitwise_and_tensor(input: i64, other: i64) -> i64;
    /// The element-wise bitwise AND of integer or bool values.
    pub fn rt_torch_torchtensor_bitwise_and_scalar(input: i64, other: f64, other_int: i64, other_kind: i32) -> i64;
    /// The element-wise bitwise AND of integer or bool values.
    pub fn rt_torch_tensor_bitwise_and_scalar_tensor(input: f64, input_int: i64, input_kind: i32, other: i64) -> i64;
    /// The element-wise bitwise OR of integer or bool values.
    pub fn rt_torch_torchtensor_bitwise_or_tensor(input: i64, other: i64) -> i64;
    /// The element-wise bitwise OR of integer or bool values.
    pub fn rt_torch_torchtensor_bitwise_or_scalar(input: i64, other: f64, other_int: i64, other_kind: i32) -> i64;
    /// The element-wise bitwise OR of integer or bool values.
    pub fn rt_torch_tensor_bitwise_or_scalar_tensor(input: f64, input_int: i64, input_kind: i32, other: i64) -> i64;
    /// The element-wise bitwise XOR of integer or bool values.
    pub fn rt_torch_torchtensor_bitwise_xor_tensor(input: i64, other: i64) -> i64;
    /// The element-wise bitwise XOR of integer or bool values.
    pub fn rt_torch_torchtensor_bitwise_xor_scalar(input: i64, other: f64, other_int: i64, other_kind: i32) -> i64;
    /// The element-wise bitwise XOR of integer or bool values.
    pub fn rt_torch_tensor_bitwise_xor_scalar_tensor(input: f64, input_int: i64, input_kind: i32, other: i64) -> i64;
    /// The element-wise bitwise NOT of an integer or bool tensor.
    pub fn rt_torch_torchtensor_bitwise_not(input: i64) -> i64;
    /// Shifts integer values left by a number of bits, element-wise.
    pub fn rt_torch_torchtensor_bitwise_left_shift_tensor(input: i64, other: i64) -> i64;
    /// Shifts integer values left by a number of bits, element-wise.
    pub fn rt_torch_torchtensor_bitwise_left_shift_tensor_scalar(input: i64, other: f64, other_int: i64, other_kind: i32) -> i64;
    /// Shifts integer values left by a number of bits, element-wise.
    pub fn rt_torch_tensor_bitwise_left_shift_scalar_tensor(input: f64, input_int: i64, input_kind: i32, other: i64) -> i64;
    /// Shifts integer values right (arithmetic) by a number of bits, element-wise.
    pub fn rt_torch_torchtensor_bitwise_right_shift_tensor(input: i64, other: i64) -> i64;
    /// Shifts integer values right (arithmetic) by a number of bits, element-wise.
    pub fn rt_torch_torchtensor_bitwise_right_shift_tensor_scalar(input: i64, other: f64, other_int: i64, other_kind: i32) -> i64;
    /// Shifts integer values right (arithmetic) by a number of bits, element-wise.
    pub fn rt_torch_tensor_bitwise_right_shift_scalar_tensor(input: f64, input_int: i64, input_kind: i32, other: i64) -> i64;
    /// Picks input where condition is true and other elsewhere, element-wise with broadcasting.
    pub fn rt_torch_torchtensor_where_self(condition: i64, input: i64, other: i64) -> i64;
    /// Picks a number where condition is true and other elsewhere, element-wise with broadcasting.
    pub fn rt_torch_torchtensor_where_scalarself(condition: i64, input: f64, input_int: i64, input_kind: i32, other: i64) -> i64;
    /// Picks input where condition is true and a number elsewhere, element-wise with broadcasting.
    pub fn rt_torch_torchtensor_where_scalarother(condition: i64, input: i64, other: f64, other_int: i64, other_kind: i32) -> i64;
    /// Picks one number where condition is true and another elsewhere.
    pub fn rt_torch_torchtensor_where_scalar(condition: i64, input: f64, input_int: i64, input_kind: i32, other: f64, other_int: i64, other_kind: i32) -> i64;
    /// A copy of input with a number written where a bool mask is true.
    pub fn rt_torch_torchtensor_masked_fill_scalar(input: i64, mask: i64, value: f64, value_int: i64, value_kind: i32) -> i64;
    /// A copy of input with a 0-d tensor's value written where a bool mask is true.
    pub fn rt_torch_torchtensor_masked_fill_tensor(input: i64, mask: i64, value: i64) -> i64;
    /// Whether each element of elements occurs in test_elements.
    pub fn rt_torch_torchtensor_isin_tensor_tensor(elements: i64, test_elements: i64, assume_unique: bool, invert: bool) -> i64;
    /// Whether each element of elements equals a number.
    pub fn rt_torch_torchtensor_isin_tensor_scalar(elements: i64, test_element: f64, test_element_int: i64, test_element_kind: i32, assume_unique: bool, invert: bool) -> i64;
    /// Whether a number occurs in test_elements.
    pub fn rt_torch_tensor_isin_scalar_tensor(element: f64, element_int: i64, element_kind: i32, test_elements: i64, assume_unique: bool, invert: bool) -> i64;
    /// The elements of input where a bool mask is true, as a 1-D tensor (in row-major order).
    pub fn rt_torch_torchtensor_masked_select(input: i64, mask: i64) -> i64;
    /// A copy of input with the elements of source written, in order, where a bool mask is true.
    pub fn rt_torch_torchtensor_masked_scatter(input: i64, mask: i64, source: i64) -> i64;
    /// Subtracts alpha times another tensor from this one, in place.
    pub fn rt_torch_torchtensor_sub_tensor_(input: i64, other: i64, alpha: f64, alpha_int: i64, alpha_kind: i32);
    /// Subtracts alpha times a number from every element, in place (an int keeps integer tensors integer).
    pub fn rt_torch_torchtensor_sub_scalar_(input: i64, other: f64, other_int: i64, other_kind: i32, alpha: f64, alpha_int: i64, alpha_kind: i32);
    /// Divides element-wise by another tensor, in place (true division: refused for integer tensors).
    pub fn rt_torch_torchtensor_div_tensor_(input: i64, other: i64);
    /// Divides element-wise by another tensor, in place, rounding the quotient as asked.
    pub fn rt_torch_torchtensor_div_tensor_mode_(input: i64, other: i64, rounding_mode: *const c_char);
    /// Divides every element by a number, in place (true division: refused for integer tensors).
    pub fn rt_torch_torchtensor_div_scalar_(input: i64, other: f64, other_int: i64, other_kind: i32);
    /// Divides every element by a number, in place, rounding the quotient as asked.
    pub fn rt_torch_torchtensor_div_scalar_mode_(input: i64, other: f64, other_int: i64, other_kind: i32, rounding_mode: *const c_char);
    /// Sets every element to a number, in place.
    pub fn rt_torch_torchtensor_fill_scalar_(input: i64, value: f64, value_int: i64, value_kind: i32);
    /// Sets every element to the value of a 0-d tensor, in place.
    pub fn rt_torch_torchtensor_fill_tensor_(input: i64, value: i64);
    /// Limits every element to \[min, max\] by numbers, in place.
    pub fn rt_torch_torchtensor_clamp_(input: i64, min: f64, min_int: i64, min_kind: i32, max: f64, max_int: i64, max_kind: i32);
    /// Limits every element to \[min, max\] by tensors of bounds, in place.
    pub fn rt_torch_torchtensor_clamp_tensor_(input: i64, min: i64, max: i64);
    /// Replaces every element by its square root, in place (refused for integer tensors).
    pub fn rt_torch_torchtensor_sqrt_(input: i64);
    /// Replaces every element by its exponential, in place (refused for integer tensors).
    pub fn rt_torch_torchtensor_exp_(input: i64);
    /// Replaces every element by its natural logarithm, in place (refused for integer tensors).
    pub fn rt_torch_torchtensor_log_(input: i64);
    /// Negates every element, in place (refused for bool tensors).
    pub fn rt_torch_torchtensor_neg_(input: i64);
    /// Replaces every element by its absolute value, in place.
    pub fn rt_torch_torchtensor_abs_(input: i64);
    /// Raises every element to a number's power, in place.
    pub fn rt_torch_torchtensor_pow_scalar_(input: i64, exponent: f64, exponent_int: i64, exponent_kind: i32);
    /// Raises every element to the matching power of another tensor, in place.
    pub fn rt_torch_torchtensor_pow_tensor_(input: i64, exponent: i64);
    /// Writes a number where a bool mask is true, in place.
    pub fn rt_torch_torchtensor_masked_fill_scalar_(input: i64, mask: i64, value: f64, value_int: i64, value_kind: i32);
    /// Writes a 0-d tensor's value where a bool mask is true, in place.
    pub fn rt_torch_torchtensor_masked_fill_tensor_(input: i64, mask: i64, value: i64);
    /// Divides element-wise, rounding the quotient down (toward negative infinity), in place (the result must fit input's dtype).
    pub fn rt_torch_torchtensor_floor_divide_tensor_(input: i64, other: i64);
    /// Divides element-wise, rounding the quotient down (toward negative infinity), in place (the result must fit input's dtype).
    pub fn rt_torch_torchtensor_floor_divide_scalar_(input: i64, other: f64, other_int: i64, other_kind: i32);
    /// Replaces every element by its remainder after division (the sign of the divisor, as Python's %), in place (the result must fit input's dtype).
    pub fn rt_torch_torchtensor_remainder_tensor_(input: i64, other: i64);
    /// Replaces every element by its remainder after division (the sign of the divisor, as Python's %), in place (the result must fit input's dtype).
    pub fn rt_torch_torchtensor_remainder_scalar_(input: i64, other: f64, other_int: i64, other_kind: i32);
    /// Bitwise AND (logical AND for bool tensors) with another operand, in place (the result must fit input's dtype).
    pub fn rt_torch_torchtensor_bitwise_and_tensor_(input: i64, other: i64);
    /// Bitwise AND (logical AND for bool tensors) with another operand, in place (the result must fit input's dtype).
    pub fn rt_torch_torchtensor_bitwise_and_scalar_(input: i64, other: f64, other_int: i64, other_kind: i32);
    /// Bitwise OR (logical OR for bool tensors) with another operand, in place (the result must fit input's dtype).
    pub fn rt_torch_torchtensor_bitwise_or_tensor_(input: i64, other: i64);
    /// Bitwise OR (logical OR for bool tensors) with another operand, in place (the result must fit input's dtype).
    pub fn rt_torch_torchtensor_bitwise_or_scalar_(input: i64, other: f64, other_int: i64, other_kind: i32);
    /// Bitwise XOR (logical XOR for bool tensors) with another operand, in place (the result must fit input's dtype).
    pub fn rt_torch_torchtensor_bitwise_xor_tensor_(input: i64, other: i64);
    /// Bitwise XOR (logical XOR for bool tensors) with another operand, in place (the result must fit input's dtype).
    pub fn rt_torch_torchtensor_bitwise_xor_scalar_(input: i64, other: f64, other_int: i64, other_kind: i32);
    /// Shifts the bits of every element left, in place (the result must fit input's dtype).
    pub fn rt_torch_torchtensor_bitwise_left_shift_tensor_(input: i64, other: i64);
    /// Shifts the bits of every element left, in place (the result must fit input's dtype).
    pub fn rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_(input: i64, other: f64, other_int: i64, other_kind: i32);
    /// Shifts the bits of every element right (arithmetic shift for signed integers), in place (the result must fit input's dtype).
    pub fn rt_torch_torchtensor_bitwise_right_shift_tensor_(input: i64, other: i64);
    /// Shifts the bits of every element right (arithmetic shift for signed integers), in place (the result must fit input's dtype).
    pub fn rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_(input: i64, other: f64, other_int: i64, other_kind: i32);
    /// Writes (or adds) values at the positions advanced indexing selects, in place (t\[indices\] = values).
    pub fn rt_torch_torchtensor_index_put_(input: i64, indices: *const i64, indices_len: i64, values: i64, accumulate: bool);
    /// The dtype an arithmetic operation on two tensors would give (PyTorch's type promotion).
    pub fn rt_torch_torchtensor_result_type_tensor(tensor: i64, other: i64) -> i32;
    /// The dtype an arithmetic operation on a tensor and a number would give (a number takes part as PyTorch's wrapped numbers do).
    pub fn rt_torch_torchtensor_result_type_scalar(tensor: i64, other: f64, other_int: i64, other_kind: i32) -> i32;
    /// Hard swish, x * relu6(x + 3) / 6, element-wise.
    pub fn rt_torch_nn_hardswish(input: i64) -> i64;
    /// Exponential linear unit, x for x \> 0 and alpha * (exp(x) - 1) otherwise.
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
    /// Hard shrinkage, x where |x| \> lambd and 0 elsewhere.
    pub fn rt_torch_torchtensor_hardshrink(input: i64, lambd: f64, lambd_int: i64, lambd_kind: i32) -> i64;
    /// HardTanh, the input clamped to \[min_val, max_val\].
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
    /// A 1-D tensor of steps values evenly spaced on a log scale, from base**start to base**end inclusive (start and end given as 0-d tensors).
    pub fn rt_torch_torchtensor_logspace_tensor_tensor(start: i64, end: i64, steps: i64, base: f64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A 1-D tensor of steps values evenly spaced on a log scale, from base**start to base**end inclusive (start given as a 0-d tensor).
    pub fn rt_torch_torchtensor_logspace_tensor_scalar(start: i64, end: f64, end_int: i64, end_kind: i32, steps: i64, base: f64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A 1-D tensor of steps values evenly spaced on a log scale, from base**start to base**end inclusive (end given as a 0-d tensor).
    pub fn rt_torch_tensor_logspace_scalar_tensor(start: f64, start_int: i64, start_kind: i32, end: i64, steps: i64, base: f64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A 1-D tensor of steps values evenly spaced from start to end inclusive (start and end given as 0-d tensors).
    pub fn rt_torch_torchtensor_linspace_tensor_tensor(start: i64, end: i64, steps: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A 1-D tensor of steps values evenly spaced from start to end inclusive (start given as a 0-d tensor).
    pub fn rt_torch_torchtensor_linspace_tensor_scalar(start: i64, end: f64, end_int: i64, end_kind: i32, steps: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A 1-D tensor of steps values evenly spaced from start to end inclusive (end given as a 0-d tensor).
    pub fn rt_torch_tensor_linspace_scalar_tensor(start: f64, start_int: i64, start_kind: i32, end: i64, steps: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// Reports whether a tensor is a leaf of the autograd graph.
    pub fn rt_torch_autograd_is_leaf(handle: i64) -> bool;
    /// Reports whether a tensor was made by a recorded operation (has a grad_fn).
    pub fn rt_torch_autograd_has_grad_fn(handle: i64) -> bool;
    /// The tensor's data as a tensor outside the autograd graph (Tensor.data).
    pub fn rt_torch_autograd_data(handle: i64) -> i64;
    /// Makes a tensor use another tensor's data (Tensor.data = other), keeping its own autograd identity.
    pub fn rt_torch_autograd_set_data(handle: i64, new_data: i64);
    /// The type of the device the tensor lives on, as a device code of the catalogue.
    pub fn rt_torch_torchtensor_device_type(handle: i64) -> i32;
    /// The size of one dimension.
    pub fn rt_torch_torchtensor_size_dim(handle: i64, dim: i64) -> i64;
    /// How many warnings libtorch raised during the last call on this thread (its TORCH_WARN messages, which it would print).
    pub fn rt_torch_warning_count() -> i32;
    /// The message of one warning of the last call on this thread.
    pub fn rt_torch_warning_message(index: i64) -> *const c_char;
    /// The kind of one warning of the last call on this thread, as PyTorch's Python binding classifies it.
    pub fn rt_torch_warning_kind(index: i64) -> i32;
    /// Fills the tensor in place with samples of the uniform distribution on \[from, to).
    pub fn rt_torch_torchtensor_uniform_(input: i64, low: f64, to: f64);
    /// A multi-layer, optionally bidirectional LSTM over a whole sequence through libtorch's own implementation (oneDNN's fused kernel for float32 on the CPU), as torch.lstm, which torch.nn.LSTM calls.
    pub fn rt_torch_torchtensor_lstm_input(input: i64, hx: *const i64, hx_len: i64, params: *const i64, params_len: i64, has_biases: bool, num_layers: i64, dropout: f64, train: bool, bidirectional: bool, batch_first: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// Sets the floating-point dtype that tensors get by default in this process (creation functions, float Python data, integer-float promotion), as torch.set_default_dtype; the default complex dtype follows (complex64 for float32, complex128 for float64).
    pub fn rt_torch_set_default_dtype(dtype: i32);
    /// The floating-point dtype tensors get by default in this process, as torch.get_default_dtype.
    pub fn rt_torch_get_default_dtype() -> i32;
    /// Loads a TorchScript module saved by torch.jit.save (torch::jit::load), onto the CPU.
    pub fn rt_torch_jit_load(path: *const c_char) -> i64;
    /// Releases a module handle; the module goes when no call on another thread still runs it.
    pub fn rt_torch_jit_module_free(module: i64);
    /// Releases a module handle from a destructor (garbage collection, Drop), leaving the thread's error state alone.
    pub fn rt_torch_jit_module_release(module: i64) -> bool;
    /// Runs a method of a TorchScript module (forward, or another exported method) with tensor inputs, as calling it from PyTorch does.
    pub fn rt_torch_jit_run_method(module: i64, method: *const c_char, inputs: *const i64, inputs_len: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// What a method of a TorchScript module returns, read from its schema (so that a wrapper shapes run_method's outputs).
    pub fn rt_torch_jit_output_kind(module: i64, method: *const c_char) -> i32;
    /// The names of a TorchScript module's methods (forward and the exported ones), one per line.
    pub fn rt_torch_jit_method_names(module: i64) -> *const c_char;
    /// Sets a TorchScript module and its submodules to training (true) or evaluation mode (false), as Module.train(mode) / eval().
    pub fn rt_torch_jit_train(module: i64, mode: bool);
    /// Whether a TorchScript module is in training mode (Module.training).
    pub fn rt_torch_jit_is_training(module: i64) -> bool;
    /// The parameters of a TorchScript module and its submodules, as Module.parameters() (the module's own tensors, not copies).
    pub fn rt_torch_jit_parameters(module: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The dotted names of a TorchScript module's parameters, as Module.named_parameters(), one per line.
    pub fn rt_torch_jit_parameter_names(module: i64) -> *const c_char;
    /// Enters an autocast region of this thread (torch.autocast's __enter__), nested in any already open: eligible operations run in the region's lower-precision dtype.
    pub fn rt_torch_autocast_begin(device_type: *const c_char, dtype: i32, enabled: bool, cache_enabled: bool, cache_enabled_present: bool);
    /// Leaves the innermost autocast region of this thread (torch.autocast's __exit__): restores the state its rt_torch_autocast_begin replaced, and drops the cast cache when it was the outermost.
    pub fn rt_torch_autocast_end();
    /// Whether autocast is on for a device kind on this thread.
    pub fn rt_torch_is_autocast_enabled(device_type: *const c_char) -> bool;
    /// The dtype autocast casts to for a device kind on this thread.
    pub fn rt_torch_get_autocast_dtype(device_type: *const c_char) -> i32;
    /// The name of the autograd node that made a tensor (its grad_fn), as PyTorch's Python classes name them.
    pub fn rt_torch_autograd_grad_fn_name(handle: i64) -> *const c_char;
    /// Enters a region of this thread with gradient recording on or off (torch.enable_grad, torch.set_grad_enabled as a context), nested with the no-grad regions.
    pub fn rt_torch_autograd_grad_mode_begin(enabled: bool);
    /// Leaves the innermost region of rt_torch_autograd_grad_mode_begin on this thread, restoring the gradient mode it replaced; an error when the innermost open region is a no-grad one (or none is open).
    pub fn rt_torch_autograd_grad_mode_end();
    /// Whether operations on this thread are recorded for backward (gradient mode).
    pub fn rt_torch_autograd_is_grad_enabled() -> bool;
    /// Turns gradient recording on this thread on or off until changed again (torch.set_grad_enabled called as a function).
    pub fn rt_torch_autograd_set_grad_enabled(enabled: bool);
    /// Records a custom autograd function (torch.autograd.Function.apply): the caller computed the outputs from the inputs with grad mode off; they come back as one node of the graph whose backward is the caller's callback.
    pub fn rt_torch_autograd_function_apply(inputs: *const i64, inputs_len: i64, outputs: *const i64, outputs_len: i64, to_save: *const i64, to_save_len: i64, non_differentiable: *const i64, non_differentiable_len: i64, dirty: *const i64, dirty_len: i64, materialize_grads: bool, name: *const c_char, backward: i64, user_data: i64, free_user_data: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// A second handle to the same tensor (no copy; the same autograd identity), that the caller frees on its own.
    pub fn rt_torch_torchtensor_new_handle(handle: i64) -> i64;
    /// GradScaler's unscale step (torch._amp_foreach_non_finite_check_and_unscale_): multiplies every gradient by inv_scale in place and sets found_inf to 1 when any holds an inf or a NaN.
    pub fn rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_(found_inf: i64, grads: *const i64, grads_len: i64, inv_scale: i64);
    /// GradScaler's update step (torch._amp_update_scale_): backs the scale off after a step with non-finite gradients, grows it after growth_interval clean steps in a row.
    pub fn rt_torch_torchtensor_amp_update_scale_(scale: i64, growth_tracker: i64, found_inf: i64, scale_growth_factor: f64, scale_backoff_factor: f64, growth_interval: i64);
    /// Joins a process group of world_size processes (torch.distributed.init_process_group): the Gloo backend, over a rendezvous store every rank names alike.
    pub fn rt_torch_dist_init(backend: *const c_char, store: *const c_char, address: *const c_char, port: i64, rank: i64, world_size: i64, timeout_ms: i64, agent_store: bool) -> i64;
    /// Joins a process group from torchrun's environment (init_method env://): MASTER_ADDR, MASTER_PORT, RANK and WORLD_SIZE, over a TCP store.
    pub fn rt_torch_dist_init_env(backend: *const c_char, timeout_ms: i64) -> i64;
    /// Leaves a process group (destroy_process_group); the group goes when no collective on another thread still uses it.
    pub fn rt_torch_dist_free(group: i64);
    /// Releases a process-group handle from a destructor (garbage collection, Drop), leaving the thread's error state alone.
    pub fn rt_torch_dist_release(group: i64) -> bool;
    /// Whether this build can make process groups of a backend (torch.distributed.is_gloo_available / is_nccl_available).
    pub fn rt_torch_dist_is_backend_available(backend: *const c_char) -> bool;
    /// This process's rank in the group (torch.distributed.get_rank).
    pub fn rt_torch_dist_rank(group: i64) -> i64;
    /// The number of processes of the group (torch.distributed.get_world_size).
    pub fn rt_torch_dist_world_size(group: i64) -> i64;
    /// Combines a tensor across the ranks of the group, in place on every rank (torch.distributed.all_reduce): the sum, mean, minimum, maximum or product.
    pub fn rt_torch_dist_all_reduce_(tensor: i64, group: i64, op: *const c_char);
    /// Copies a tensor of rank src into the tensor of every other rank, in place (torch.distributed.broadcast).
    pub fn rt_torch_dist_broadcast_(tensor: i64, group: i64, src: i64);
    /// Every rank's tensor, on every rank, in rank order (torch.distributed.all_gather).
    pub fn rt_torch_dist_all_gather(tensor: i64, group: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// Combines the ranks' lists of tensors element by element and leaves item r of the result on rank r, in place (torch.distributed.reduce_scatter).
    pub fn rt_torch_dist_reduce_scatter_(output: i64, group: i64, inputs: *const i64, inputs_len: i64, op: *const c_char);
    /// Waits until every rank of the group has called it (torch.distributed.barrier).
    pub fn rt_torch_dist_barrier(group: i64);
    /// A random permutation of 0 .. n-1 drawn from a generator of its own seeded with seed, as torch.randperm(n, generator=torch.Generator().manual_seed(seed)) (DistributedSampler's shuffle); the global generator is not touched.
    pub fn rt_torch_dist_shuffle_indices(n: i64, seed: i64) -> i64;
}
