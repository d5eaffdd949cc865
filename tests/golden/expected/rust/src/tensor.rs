// generated from fixture.yaml by sffi-gen; do not edit
//! Tensor's operations: its methods and constructors, one per catalogue entry.

use crate::convert::{DEFAULT_CAPACITY, capacity_arg, len_arg, optional_text_arg, optional_text_ptr, read_array, text_from_ptr};
use crate::error::{check_ambiguous, check_strict, check_void};
use crate::ffi;
use crate::{Device, Kind, Scalar, Tensor, TorchError};

impl Tensor {
    /// Zeros of a shape.
    ///
    /// * `dims`: The shape.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(int[] dims) -> Tensor`.
    /// Binds `rt_torch_tensor_zeros`; PyTorch: `torch.zeros`.
    pub fn zeros(dims: &[i64]) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe { ffi::rt_torch_tensor_zeros(dims.as_ptr(), len_arg(dims.len())) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Zeros of a shape, of a dtype, on a device.
    ///
    /// * `size`: The shape.
    /// * `dtype`: The dtype; None for the default. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(int[] size, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_tensor_zeros_v2`; PyTorch: `torch.zeros` (ATen `zeros`).
    pub fn zeros_v2(
        size: &[i64],
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_tensor_zeros_v2(
                size.as_ptr(),
                len_arg(size.len()),
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A tensor filled with a number, on a device.
    ///
    /// * `size`: The shape.
    /// * `fill_value`: The value.
    /// * `device`: The device. PyTorch's default: `Device::Cpu`.
    /// * `dtype`: The dtype. PyTorch's default: `Kind::Float32`.
    /// * `scales`: Unused scales. PyTorch's default: `&[]`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(int[] size, Scalar fill_value, Device device='cpu', ScalarType dtype='float32', float[] scales=[]) -> Tensor`.
    /// Binds `rt_torch_tensor_full`; PyTorch: `torch.full` (ATen `full`).
    pub fn full(
        size: &[i64],
        fill_value: impl Into<Scalar>,
        device: Device,
        dtype: Kind,
        scales: &[f64],
    ) -> Result<Tensor, TorchError> {
        let (fill_value, fill_value_int, fill_value_kind) = Scalar::c_args(fill_value.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_tensor_full(
                size.as_ptr(),
                len_arg(size.len()),
                fill_value,
                fill_value_int,
                fill_value_kind,
                device.type_code(),
                device.index(),
                dtype.code(),
                scales.as_ptr(),
                len_arg(scales.len()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A float64 tensor from flat data.
    ///
    /// * `data`: The values.
    /// * `dims`: The shape.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(float[] data, int[] dims) -> Tensor`.
    /// Binds `rt_torch_tensor_from_data`; PyTorch: `torch.tensor`.
    pub fn from_data(data: &[f64], dims: &[i64]) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_tensor_from_data(
                data.as_ptr(),
                len_arg(data.len()),
                dims.as_ptr(),
                len_arg(dims.len()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise sum.
    ///
    /// * `other`: The right operand.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor handle, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_add`; PyTorch: `torch.add`.
    pub fn add(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_add(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Sum of all elements.
    ///
    /// Returns: The sum.
    ///
    /// Schema: `(Tensor handle) -> float`.
    /// Binds `rt_torch_torchtensor_sum`; PyTorch: `torch.sum`.
    pub fn sum(&self) -> Result<f64, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_sum(self.handle) };
        check_ambiguous(value, value.is_nan())
    }

    /// Sum over dimensions.
    ///
    /// * `dim`: The dimensions; None for all. One value stands for 1. PyTorch's default: `None`.
    /// * `keepdim`: Keep reduced dimensions. PyTorch's default: `false`.
    /// * `dtype`: The result dtype. Keyword-only in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_sum_dim_intlist`; PyTorch: `torch.sum` (ATen `sum.dim_IntList`).
    pub fn sum_dim_intlist(
        &self,
        dim: Option<&[i64]>,
        keepdim: bool,
        dtype: Option<Kind>,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_sum_dim_intlist(
                self.handle,
                dim.unwrap_or_default().as_ptr(),
                len_arg(dim.unwrap_or_default().len()),
                dim.is_some(),
                keepdim,
                dtype.map_or(-1, Kind::code),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Adds a number.
    ///
    /// * `other`: The number.
    /// * `alpha`: Its multiplier. Keyword-only in PyTorch. PyTorch's default: `1`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Scalar other, *, Scalar alpha=1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_add_scalar`; PyTorch: `torch.add` (ATen `add.Scalar`).
    pub fn add_number(
        &self,
        other: impl Into<Scalar>,
        alpha: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let (alpha, alpha_int, alpha_kind) = Scalar::c_args(alpha.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_add_scalar(
                self.handle,
                other,
                other_int,
                other_kind,
                alpha,
                alpha_int,
                alpha_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Clamps into a range.
    ///
    /// * `min`: The lower bound. PyTorch's default: `None`.
    /// * `max`: The upper bound. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Scalar? min=None, Scalar? max=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_clamp`; PyTorch: `torch.clamp` (ATen `clamp`).
    pub fn clamp(&self, min: Option<Scalar>, max: Option<Scalar>) -> Result<Tensor, TorchError> {
        let (min, min_int, min_kind) = Scalar::optional_c_args(min);
        let (max, max_int, max_kind) = Scalar::optional_c_args(max);
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_clamp(
                self.handle,
                min,
                min_int,
                min_kind,
                max,
                max_int,
                max_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Maxima along a dimension, with their indices.
    ///
    /// * `dim`: The dimension.
    /// * `keepdim`: Keep it. PyTorch's default: `false`.
    ///
    /// Returns the tuple `(values, indices)`:
    /// * `values`: The maxima.
    /// * `indices`: Their indices.
    ///
    /// Schema: `(Tensor input, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)`.
    /// Binds `rt_torch_torchtensor_max_dim`; PyTorch: `torch.max` (ATen `max.dim`).
    pub fn max_dim(&self, dim: i64, keepdim: bool) -> Result<(Tensor, Tensor), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_max_dim(self.handle, dim, keepdim, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// Multiplies in place.
    ///
    /// * `other`: The factor.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Tensor other) -> ()`.
    /// Binds `rt_torch_torchtensor_mul_`; PyTorch: `torch.Tensor.mul_` (ATen `mul_.Tensor`).
    pub fn mul_(&mut self, other: &Tensor) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_torchtensor_mul_(self.handle, other.handle) };
        check_void()
    }

    /// Indexes with optional index tensors.
    ///
    /// * `indices`: One index tensor or None per dimension.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Tensor?[] indices) -> Tensor`.
    /// Binds `rt_torch_torchtensor_index_tensor`; PyTorch: `torch.Tensor.__getitem__` (ATen `index.Tensor`).
    pub fn index_tensor(&self, indices: &[Option<&Tensor>]) -> Result<Tensor, TorchError> {
        let indices: Vec<i64> = indices.iter().map(|t| t.map_or(0, |t| t.handle)).collect();
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_index_tensor(
                self.handle,
                indices.as_ptr(),
                len_arg(indices.len()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element type.
    ///
    /// Returns: Its dtype.
    ///
    /// Schema: `(Tensor handle) -> ScalarType`.
    /// Binds `rt_torch_torchtensor_dtype`; PyTorch: `torch.Tensor.dtype`.
    pub fn dtype(&self) -> Result<Kind, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_dtype(self.handle) };
        check_strict(value, value == -1).and_then(Kind::from_code)
    }

    /// The sizes.
    ///
    /// Returns: The sizes.
    ///
    /// Schema: `(Tensor handle) -> int[]`.
    /// Binds `rt_torch_torchtensor_shape`; PyTorch: `torch.Tensor.size`.
    pub fn shape(&self) -> Result<Vec<i64>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_shape(self.handle, out, out_capacity)
        })
    }

    /// Splits into pieces.
    ///
    /// * `chunks`: How many pieces.
    /// * `dim`: The dimension. PyTorch's default: `0`.
    ///
    /// Returns: The pieces.
    ///
    /// Schema: `(Tensor handle, int chunks, int dim=0) -> Tensor[]`.
    /// Binds `rt_torch_torchtensor_chunk`; PyTorch: `torch.chunk`.
    pub fn chunk(&self, chunks: i64, dim: i64) -> Result<Vec<Tensor>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        read_array(capacity_arg(chunks), |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_chunk(self.handle, chunks, dim, out, out_capacity)
        }).map(Tensor::from_handles)
    }

    /// Concatenates tensors.
    ///
    /// * `tensors`: The tensors.
    /// * `dim`: The dimension. PyTorch's default: `0`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor[] tensors, int dim=0) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cat`; PyTorch: `torch.cat`.
    pub fn cat(tensors: &[&Tensor], dim: i64) -> Result<Tensor, TorchError> {
        let tensors: Vec<i64> = tensors.iter().map(|t| t.handle).collect();
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_cat(tensors.as_ptr(), len_arg(tensors.len()), dim)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Backpropagates from a scalar.
    ///
    /// Schema: `(Tensor handle) -> ()`.
    /// Binds `rt_torch_autograd_backward`; PyTorch: `torch.Tensor.backward`.
    pub fn backward(&self) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_autograd_backward(self.handle) };
        check_void()
    }

    /// Whether gradients are tracked.
    ///
    /// Returns: true when tracked.
    ///
    /// Schema: `(Tensor handle) -> bool`.
    /// Binds `rt_torch_autograd_requires_grad`; PyTorch: `torch.Tensor.requires_grad`.
    pub fn requires_grad(&self) -> Result<bool, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_autograd_requires_grad(self.handle) };
        check_ambiguous(value, !value)
    }

    /// The gradient.
    ///
    /// Returns: Its gradient or None.
    ///
    /// Schema: `(Tensor handle) -> Tensor?`.
    /// Binds `rt_torch_autograd_grad`; PyTorch: `torch.Tensor.grad`.
    pub fn grad(&self) -> Result<Option<Tensor>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_autograd_grad(self.handle) };
        check_ambiguous(value, value == 0).map(Tensor::from_optional_handle)
    }

    /// The values as float64.
    ///
    /// Returns: The values in row-major order.
    ///
    /// Schema: `(Tensor handle) -> float[]`.
    /// Binds `rt_torch_torchtensor_data_f64`; PyTorch: `torch.Tensor.tolist`.
    pub fn data_f64(&self) -> Result<Vec<f64>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_data_f64(self.handle, out, out_capacity)
        })
    }

    /// Turns gradient tracking on or off.
    ///
    /// * `requires_grad`: Track or not.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) handle, bool requires_grad) -> ()`.
    /// Binds `rt_torch_autograd_set_requires_grad`.
    pub fn set_requires_grad(&mut self, requires_grad: bool) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_autograd_set_requires_grad(self.handle, requires_grad) };
        check_void()
    }

    /// An int64 tensor from flat data.
    ///
    /// * `data`: The values.
    /// * `dims`: The shape.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(int[] data, int[] dims) -> Tensor`.
    /// Binds `rt_torch_tensor_from_i64`.
    pub fn from_i64(data: &[i64], dims: &[i64]) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_tensor_from_i64(
                data.as_ptr(),
                len_arg(data.len()),
                dims.as_ptr(),
                len_arg(dims.len()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The values as int64.
    ///
    /// Returns: The values in row-major order.
    ///
    /// Schema: `(Tensor handle) -> int[]`.
    /// Binds `rt_torch_torchtensor_data_i64`.
    pub fn data_i64(&self) -> Result<Vec<i64>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_data_i64(self.handle, out, out_capacity)
        })
    }

    /// The CUDA ordinal, or -1 on the CPU.
    ///
    /// Returns: The ordinal.
    ///
    /// Schema: `(Tensor handle) -> int32`.
    /// Binds `rt_torch_torchtensor_device`.
    pub fn device(&self) -> Result<i32, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_device(self.handle) };
        check_ambiguous(value, value == -1)
    }

    /// The device type code.
    ///
    /// Returns: The c10::DeviceType value.
    ///
    /// Schema: `(Tensor handle) -> int32`.
    /// Binds `rt_torch_torchtensor_device_type`.
    pub fn device_type(&self) -> Result<i32, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_device_type(self.handle) };
        check_ambiguous(value, value == -1)
    }

    /// Whether a recorded operation made the tensor.
    ///
    /// Returns: true with a grad_fn.
    ///
    /// Schema: `(Tensor handle) -> bool`.
    /// Binds `rt_torch_autograd_has_grad_fn`.
    pub fn has_grad_fn(&self) -> Result<bool, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_autograd_has_grad_fn(self.handle) };
        check_ambiguous(value, !value)
    }

    /// The name of the node that made the tensor.
    ///
    /// Returns: Empty without a grad_fn.
    ///
    /// Schema: `(Tensor handle) -> str`.
    /// Binds `rt_torch_autograd_grad_fn_name`.
    pub fn grad_fn_name(&self) -> Result<String, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_autograd_grad_fn_name(self.handle) };
        check_strict(value, value.is_null()).map(text_from_ptr)
    }

    /// The real parts.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_real`.
    pub fn real(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_real(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The imaginary parts.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_imag`.
    pub fn imag(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_imag(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The value of a one-element tensor.
    ///
    /// Returns: The value.
    ///
    /// Schema: `(Tensor handle) -> float`.
    /// Binds `rt_torch_torchtensor_item`.
    pub fn item(&self) -> Result<f64, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_item(self.handle) };
        check_ambiguous(value, value.is_nan())
    }

    /// The number of elements.
    ///
    /// Returns: The count.
    ///
    /// Schema: `(Tensor handle) -> int`.
    /// Binds `rt_torch_torchtensor_numel`.
    pub fn numel(&self) -> Result<i64, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_numel(self.handle) };
        check_ambiguous(value, value == -1)
    }

    /// The slice at one index.
    ///
    /// * `dim`: The dimension.
    /// * `index`: The index.
    ///
    /// Returns: A view.
    ///
    /// Schema: `(Tensor handle, int dim, int index) -> Tensor`.
    /// Binds `rt_torch_torchtensor_select_int`.
    pub fn select_int(&self, dim: i64, index: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_select_int(self.handle, dim, index) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A slice along one dimension.
    ///
    /// * `dim`: The dimension.
    /// * `start`: The start.
    /// * `end`: The bound.
    /// * `step`: The stride.
    ///
    /// Returns: A view.
    ///
    /// Schema: `(Tensor handle, int dim, int start, int end, int step) -> Tensor`.
    /// Binds `rt_torch_torchtensor_slice`.
    pub fn slice(&self, dim: i64, start: i64, end: i64, step: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_slice(self.handle, dim, start, end, step) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor converted to a dtype.
    ///
    /// * `dtype`: The dtype.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor handle, ScalarType dtype) -> Tensor`.
    /// Binds `rt_torch_torchtensor_to_dtype`.
    pub fn to_dtype(&self, dtype: Kind) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_to_dtype(self.handle, dtype.code()) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A size-1 dimension inserted.
    ///
    /// * `dim`: Where.
    ///
    /// Returns: A view.
    ///
    /// Schema: `(Tensor handle, int dim) -> Tensor`.
    /// Binds `rt_torch_torchtensor_unsqueeze`.
    pub fn unsqueeze(&self, dim: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_unsqueeze(self.handle, dim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A view with other sizes.
    ///
    /// * `dims`: The sizes.
    ///
    /// Returns: A view.
    ///
    /// Schema: `(Tensor handle, int[] dims) -> Tensor`.
    /// Binds `rt_torch_torchtensor_view_v2`.
    pub fn view_v2(&self, dims: &[i64]) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_view_v2(self.handle, dims.as_ptr(), len_arg(dims.len()))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A complex tensor from `self` and imaginary parts.
    ///
    /// * `imag`: The imaginary parts.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor real, Tensor imag) -> Tensor`.
    /// Binds `rt_torch_torchtensor_complex`.
    pub fn complex(&self, imag: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_complex(self.handle, imag.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor on a device, in a dtype.
    ///
    /// * `device`: The device.
    /// * `dtype`: The dtype; None keeps it. PyTorch's default: `None`.
    /// * `non_blocking`: Asynchronously. PyTorch's default: `false`.
    /// * `copy`: Always copy. PyTorch's default: `false`.
    /// * `memory_format`: The layout. Keyword-only in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Device device, ScalarType? dtype=None, bool non_blocking=False, bool copy=False, *, str? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_to_device`.
    pub fn to_device(
        &self,
        device: Device,
        dtype: Option<Kind>,
        non_blocking: bool,
        copy: bool,
        memory_format: Option<&str>,
    ) -> Result<Tensor, TorchError> {
        let memory_format = optional_text_arg(memory_format, "memory_format")?;
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_to_device(
                self.handle,
                device.type_code(),
                device.index(),
                dtype.map_or(-1, Kind::code),
                non_blocking,
                copy,
                optional_text_ptr(&memory_format),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A 0-d tensor holding one number.
    ///
    /// * `s`: The value.
    /// * `dtype`: The dtype. PyTorch's default: `None`.
    /// * `device`: The device. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Scalar s, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_tensor_scalar_tensor`.
    pub fn scalar_tensor(
        s: impl Into<Scalar>,
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let (s, s_int, s_kind) = Scalar::c_args(s.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_tensor_scalar_tensor(
                s,
                s_int,
                s_kind,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Bitwise NOT.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bitwise_not`.
    pub fn bitwise_not(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_bitwise_not(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Copies another tensor into this one, in place.
    ///
    /// * `src`: The source.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) handle, Tensor src) -> ()`.
    /// Binds `rt_torch_torchtensor_copy_`.
    pub fn copy_(&mut self, src: &Tensor) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_torchtensor_copy_(self.handle, src.handle) };
        check_void()
    }

    /// Writes values at the positions advanced indexing selects, in place.
    ///
    /// * `indices`: The index tensors.
    /// * `values`: The values.
    /// * `accumulate`: Add them. PyTorch's default: `false`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Tensor?[] indices, Tensor values, bool accumulate=False) -> ()`.
    /// Binds `rt_torch_torchtensor_index_put_`.
    pub fn index_put_(
        &mut self,
        indices: &[Option<&Tensor>],
        values: &Tensor,
        accumulate: bool,
    ) -> Result<(), TorchError> {
        let indices: Vec<i64> = indices.iter().map(|t| t.map_or(0, |t| t.handle)).collect();
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        unsafe {
            ffi::rt_torch_torchtensor_index_put_(
                self.handle,
                indices.as_ptr(),
                len_arg(indices.len()),
                values.handle,
                accumulate,
            )
        };
        check_void()
    }

    /// A second `self` to the same tensor.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_new_handle`.
    pub fn new_handle(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_new_handle(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// GradScaler's unscale step.
    ///
    /// * `grads`: The gradients.
    /// * `inv_scale`: The reciprocal of the scale.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) found_inf, Tensor[] grads, Tensor inv_scale) -> ()`.
    /// Binds `rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_`.
    pub fn amp_foreach_non_finite_check_and_unscale_(
        &mut self,
        grads: &[&Tensor],
        inv_scale: &Tensor,
    ) -> Result<(), TorchError> {
        let grads: Vec<i64> = grads.iter().map(|t| t.handle).collect();
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        unsafe {
            ffi::rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_(
                self.handle,
                grads.as_ptr(),
                len_arg(grads.len()),
                inv_scale.handle,
            )
        };
        check_void()
    }

    /// GradScaler's update step.
    ///
    /// * `growth_tracker`: The clean steps in a row.
    /// * `found_inf`: Non-finite gradients were found.
    /// * `scale_growth_factor`: The growth factor.
    /// * `scale_backoff_factor`: The back-off factor.
    /// * `growth_interval`: The growth interval.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) scale, Tensor growth_tracker, Tensor found_inf, float scale_growth_factor, float scale_backoff_factor, int growth_interval) -> ()`.
    /// Binds `rt_torch_torchtensor_amp_update_scale_`.
    pub fn amp_update_scale_(
        &mut self,
        growth_tracker: &Tensor,
        found_inf: &Tensor,
        scale_growth_factor: f64,
        scale_backoff_factor: f64,
        growth_interval: i64,
    ) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe {
            ffi::rt_torch_torchtensor_amp_update_scale_(
                self.handle,
                growth_tracker.handle,
                found_inf.handle,
                scale_growth_factor,
                scale_backoff_factor,
                growth_interval,
            )
        };
        check_void()
    }
}
