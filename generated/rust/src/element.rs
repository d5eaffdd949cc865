// copied from runtime/rust/element.rs by sffi-gen; edit that file, not this copy
//! Rust values in and out of tensors, creation with options, and the getters that cannot fail.
//!
//! Catalogue entries: rt_torch_tensor_from_data rt_torch_tensor_from_i64
//! rt_torch_torchtensor_data_f64 rt_torch_torchtensor_data_i64 rt_torch_torchtensor_to_dtype
//! rt_torch_torchtensor_dtype rt_torch_torchtensor_shape rt_torch_torchtensor_ndim
//! rt_torch_torchtensor_device rt_torch_torchtensor_device_type rt_torch_autograd_requires_grad
//! rt_torch_tensor_zeros_v2 rt_torch_tensor_ones_v2 rt_torch_tensor_randn_v2
//! rt_torch_tensor_rand_v2 rt_torch_tensor_full_v2 rt_torch_tensor_arange_start_step
//! rt_torch_torchtensor_is_floating_point rt_torch_autograd_set_requires_grad
//!
//! ```
//! use torch_sffi::{Device, Kind, Tensor};
//! let t = Tensor::from_slice(&[1i64, 2, 3, 4, 5, 6]).reshape(&[2, 3])?;
//! assert_eq!((t.size(), t.kind(), t.dev()), (vec![2, 3], Kind::Int64, Device::Cpu));
//! let z = Tensor::zeros_with(&[2, 3], (Kind::Float64, Device::Cpu))?;
//! let sum = &z + &t; // int64 + float64 promotes to float64, as in PyTorch
//! assert_eq!(Vec::<f64>::try_from(&sum)?, [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
//! # Ok::<(), torch_sffi::TorchError>(())
//! ```

use crate::{Device, Kind, Scalar, Tensor, TorchError};

mod sealed {
    pub trait Sealed {}
}

/// A Rust number type a tensor's elements can be read as and made from: `f32`, `f64`, `i8`,
/// `i16`, `i32`, `i64`, `u8` and `bool`, each with the dtype it stands for.
///
/// Values cross the C ABI as float64 (floats) or int64 (integers and booleans), both exact for
/// every value of these types.
pub trait Element: Copy + sealed::Sealed {
    /// The dtype of a tensor made from values of this type.
    const KIND: Kind;
    /// Whether the values cross as float64 (true) or int64 (false).
    #[doc(hidden)]
    const FLOAT: bool;
    #[doc(hidden)]
    fn to_f64(self) -> f64;
    #[doc(hidden)]
    fn to_i64(self) -> i64;
    #[doc(hidden)]
    fn from_f64(value: f64) -> Self;
    #[doc(hidden)]
    fn from_i64(value: i64) -> Self;
}

macro_rules! element {
    ($t:ty, $kind:ident, $float:literal, |$v:ident| $to_f64:expr, $to_i64:expr, |$f:ident| $from_f64:expr, |$i:ident| $from_i64:expr) => {
        impl sealed::Sealed for $t {}
        impl Element for $t {
            const KIND: Kind = Kind::$kind;
            const FLOAT: bool = $float;
            fn to_f64(self) -> f64 {
                let $v = self;
                $to_f64
            }
            fn to_i64(self) -> i64 {
                let $v = self;
                $to_i64
            }
            fn from_f64($f: f64) -> Self {
                $from_f64
            }
            fn from_i64($i: i64) -> Self {
                $from_i64
            }
        }
    };
}

// The casts below are exact: a value read back from a tensor of the element's own dtype fits it.
element!(f64, Float64, true, |v| v, v as i64, |f| f, |i| i as f64);
element!(f32, Float32, true, |v| f64::from(v), v as i64, |f| f as f32, |i| i as f32);
element!(i64, Int64, false, |v| v as f64, v, |f| f as i64, |i| i);
element!(i32, Int32, false, |v| f64::from(v), i64::from(v), |f| f as i32, |i| i as i32);
element!(i16, Int16, false, |v| f64::from(v), i64::from(v), |f| f as i16, |i| i as i16);
element!(i8, Int8, false, |v| f64::from(v), i64::from(v), |f| f as i8, |i| i as i8);
element!(u8, Uint8, false, |v| f64::from(v), i64::from(v), |f| f as u8, |i| i as u8);
element!(bool, Bool, false, |v| f64::from(u8::from(v)), i64::from(v), |f| f != 0.0, |i| i != 0);

/// What a tensor is made as: a dtype, a device, or both, as tch-rs writes them:
/// `(Kind::Float32, Device::Cpu)`, `Kind::Int64`, `Device::Cpu`. What is not given is
/// PyTorch's default (float32, the CPU).
pub trait Options: Copy {
    /// The dtype and the device (None: PyTorch's default).
    fn options(self) -> (Option<Kind>, Option<Device>);
}

impl Options for (Kind, Device) {
    fn options(self) -> (Option<Kind>, Option<Device>) {
        (Some(self.0), Some(self.1))
    }
}

impl Options for Kind {
    fn options(self) -> (Option<Kind>, Option<Device>) {
        (Some(self), None)
    }
}

impl Options for Device {
    fn options(self) -> (Option<Kind>, Option<Device>) {
        (None, Some(self))
    }
}

impl Tensor {
    /// A 1-D tensor holding a copy of the values, of their type's dtype ([`Element::KIND`]):
    /// `from_slice(&[1.0f32, 2.0])` is float32, `from_slice(&[1i64, 2])` int64.
    ///
    /// # Panics
    /// Only when the bridge cannot allocate the tensor; [`Tensor::f_from_slice`] reports it.
    #[track_caller]
    pub fn from_slice<T: Element>(values: &[T]) -> Tensor {
        Tensor::f_from_slice(values)
            .unwrap_or_else(|error| panic!("Tensor::from_slice failed: {error}"))
    }

    /// The fallible form of [`Tensor::from_slice`].
    pub fn f_from_slice<T: Element>(values: &[T]) -> Result<Tensor, TorchError> {
        let dims = [i64::try_from(values.len()).unwrap_or(i64::MAX)];
        let made = if T::FLOAT {
            Tensor::from_data(&values.iter().map(|v| v.to_f64()).collect::<Vec<_>>(), &dims)?
        } else {
            Tensor::from_i64(&values.iter().map(|v| v.to_i64()).collect::<Vec<_>>(), &dims)?
        };
        if made.dtype()? == T::KIND {
            Ok(made)
        } else {
            made.to_dtype(T::KIND)
        }
    }

    /// The elements in row-major order, converted to `T` as `to_dtype(T::KIND)` converts them.
    pub fn f_to_vec<T: Element>(&self) -> Result<Vec<T>, TorchError> {
        let same = self.dtype()? == T::KIND;
        let converted;
        let source = if same || T::FLOAT && self.is_floating_point()? {
            self
        } else {
            converted = self.to_dtype(T::KIND)?;
            &converted
        };
        Ok(if T::FLOAT {
            // float64 holds every value of a narrower floating dtype exactly.
            source.data_f64()?.into_iter().map(T::from_f64).collect()
        } else {
            source.data_i64()?.into_iter().map(T::from_i64).collect()
        })
    }

    /// A tensor of zeros with options: `Tensor::zeros_with(&[2, 3], (Kind::Float64, Device::Cpu))`.
    pub fn zeros_with(size: &[i64], options: impl Options) -> Result<Tensor, TorchError> {
        let (kind, device) = options.options();
        Tensor::zeros_v2(size, kind, device)
    }

    /// A tensor of ones with options (see [`Tensor::zeros_with`]).
    pub fn ones_with(size: &[i64], options: impl Options) -> Result<Tensor, TorchError> {
        let (kind, device) = options.options();
        Tensor::ones_v2(size, kind, device)
    }

    /// A tensor filled with one value, with options (see [`Tensor::zeros_with`]).
    pub fn full_with(
        size: &[i64],
        value: impl Into<Scalar>,
        options: impl Options,
    ) -> Result<Tensor, TorchError> {
        let (kind, device) = options.options();
        Tensor::full_v2(size, value, kind, device)
    }

    /// Samples of the standard normal distribution, with options (see [`Tensor::zeros_with`]).
    pub fn randn_with(size: &[i64], options: impl Options) -> Result<Tensor, TorchError> {
        let (kind, device) = options.options();
        Tensor::randn_v2(size, kind, device)
    }

    /// Samples of the uniform distribution on \[0, 1), with options (see [`Tensor::zeros_with`]).
    pub fn rand_with(size: &[i64], options: impl Options) -> Result<Tensor, TorchError> {
        let (kind, device) = options.options();
        Tensor::rand_v2(size, kind, device)
    }

    /// `start, start + step, ...` up to `end` (excluded), with options; integer bounds give an
    /// int64 tensor unless the options say otherwise, as `torch.arange` does.
    pub fn arange_with(
        start: impl Into<Scalar>,
        end: impl Into<Scalar>,
        step: impl Into<Scalar>,
        options: impl Options,
    ) -> Result<Tensor, TorchError> {
        let (kind, device) = options.options();
        Tensor::arange_start_step(start, end, step, kind, device)
    }

    /// The shape (PyTorch's `size()`): the infallible form of [`Tensor::shape`].
    ///
    /// A `Tensor` owns a live handle (only the unsafe [`Tensor::from_raw`] could break that),
    /// so reading its shape cannot fail; a bridge that fails anyway is a bug, and panics.
    #[must_use]
    #[track_caller]
    pub fn size(&self) -> Vec<i64> {
        live(self.shape(), "size")
    }

    /// The dtype: the infallible form of [`Tensor::dtype`] (see [`Tensor::size`]).
    #[must_use]
    #[track_caller]
    pub fn kind(&self) -> Kind {
        live(self.dtype(), "kind")
    }

    /// The number of dimensions: the infallible form of [`Tensor::ndim`] (see [`Tensor::size`]).
    #[must_use]
    #[track_caller]
    pub fn dim(&self) -> usize {
        usize::try_from(live(self.ndim(), "dim")).unwrap_or(0)
    }

    /// The device, as a [`Device`]: the infallible form of [`Tensor::device_type`] and
    /// [`Tensor::device`] (see [`Tensor::size`]).
    #[must_use]
    #[track_caller]
    pub fn dev(&self) -> Device {
        let code = live(self.device_type(), "dev");
        let index = live(self.device(), "dev");
        live(Device::from_codes(code, index), "dev")
    }

    /// The tensor with autograd recording on it (or not): [`Tensor::set_requires_grad`] as a
    /// chain, `Tensor::zeros_with(&[3], Kind::Float)?.with_requires_grad(true)?`, as tch-rs's
    /// `set_requires_grad` reads.
    pub fn with_requires_grad(mut self, requires_grad: bool) -> Result<Tensor, TorchError> {
        self.set_requires_grad(requires_grad)?;
        Ok(self)
    }

    /// Whether autograd records operations on the tensor: the infallible form of
    /// [`Tensor::requires_grad`] (see [`Tensor::size`]).
    #[must_use]
    #[track_caller]
    pub fn is_requires_grad(&self) -> bool {
        live(self.requires_grad(), "is_requires_grad")
    }
}

/// A getter's value: the call cannot fail on a live handle.
#[track_caller]
fn live<T>(result: Result<T, TorchError>, getter: &str) -> T {
    result.unwrap_or_else(|error| panic!("Tensor::{getter} failed on a live tensor: {error}"))
}

macro_rules! to_vec {
    ($($t:ty),*) => {$(
        impl TryFrom<&Tensor> for Vec<$t> {
            type Error = TorchError;
            /// The elements in row-major order (see [`Tensor::f_to_vec`]).
            fn try_from(tensor: &Tensor) -> Result<Vec<$t>, TorchError> {
                tensor.f_to_vec()
            }
        }
        impl TryFrom<Tensor> for Vec<$t> {
            type Error = TorchError;
            /// The elements in row-major order (see [`Tensor::f_to_vec`]).
            fn try_from(tensor: Tensor) -> Result<Vec<$t>, TorchError> {
                tensor.f_to_vec()
            }
        }
        impl From<&[$t]> for Tensor {
            /// [`Tensor::from_slice`].
            #[track_caller]
            fn from(values: &[$t]) -> Tensor {
                Tensor::from_slice(values)
            }
        }
        impl TryFrom<&Tensor> for $t {
            type Error = TorchError;
            /// The value of a one-element tensor.
            fn try_from(tensor: &Tensor) -> Result<$t, TorchError> {
                let values: Vec<$t> = tensor.f_to_vec()?;
                match values.as_slice() {
                    [value] => Ok(*value),
                    _ => Err(TorchError::argument(format!("a tensor of {} elements is not one {}", values.len(), stringify!($t)))),
                }
            }
        }
    )*};
}

to_vec!(f32, f64, i8, i16, i32, i64, u8, bool);
