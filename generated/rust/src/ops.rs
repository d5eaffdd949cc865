// copied from runtime/rust/ops.rs by sffi-gen; edit that file, not this copy
//! Operators on tensors: `&a + &b`, `a * 2.0`, `2.0 - &a`, `-a`, `a += &b`, as in tch-rs.
//!
//! Catalogue entries: rt_torch_torchtensor_add_tensor rt_torch_torchtensor_sub_tensor
//! rt_torch_torchtensor_mul_tensor rt_torch_torchtensor_div_tensor_mode
//! rt_torch_torchtensor_add_scalar_v2 rt_torch_torchtensor_sub_scalar
//! rt_torch_torchtensor_rsub_scalar rt_torch_torchtensor_mul_scalar_v2
//! rt_torch_torchtensor_div_scalar_mode rt_torch_torchtensor_neg
//! rt_torch_torchtensor_add_tensor_ rt_torch_torchtensor_sub_tensor_ rt_torch_torchtensor_mul_
//! rt_torch_torchtensor_div_tensor_ rt_torch_torchtensor_add_scalar_v2_
//! rt_torch_torchtensor_sub_scalar_ rt_torch_torchtensor_mul_scalar_v2_
//! rt_torch_torchtensor_div_scalar_ rt_torch_torchtensor_reciprocal
//!
//! An operator cannot return a `Result`, so a failed one panics with the [`TorchError`]'s
//! message, as the operators of std and of tch-rs do (shapes that do not broadcast, a dtype
//! that cannot be promoted). The named methods (`add_tensor`, `mul_scalar_v2`, ...) are the
//! fallible forms. Compound assignment (`+=`) changes the tensor in place, as PyTorch's does.
//!
//! ```
//! use torch_sffi::{Kind, Tensor};
//! let a = Tensor::from_slice(&[1.0f32, 2.0, 3.0]);
//! let b = Tensor::from_slice(&[10.0f32, 20.0, 30.0]);
//! let mut c = &a * 2.0 + &b - 1;
//! c += &a;
//! c /= 2;
//! assert_eq!(Vec::<f32>::try_from(&c).unwrap(), [6.0, 12.5, 19.0]);
//! assert_eq!(Vec::<f32>::try_from(&(1.0 - -&a)).unwrap(), [2.0, 3.0, 4.0]);
//! assert_eq!(c.kind(), Kind::Float32);
//! ```

use std::ops::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Neg, Sub, SubAssign};

use crate::{Tensor, TorchError};

/// The value of an operator, or its panic: an operator has no error channel.
#[track_caller]
fn unwrap(result: Result<Tensor, TorchError>, op: &str) -> Tensor {
    result.unwrap_or_else(|error| panic!("tensor operator `{op}` failed: {error}"))
}

/// Same as [`unwrap`] for the in-place forms of compound assignment.
#[track_caller]
fn unwrap_unit(result: Result<(), TorchError>, op: &str) {
    if let Err(error) = result {
        panic!("tensor operator `{op}` failed: {error}");
    }
}

/// The binary operators between tensors, for each mix of owned and borrowed operands.
macro_rules! tensor_tensor {
    ($trait:ident, $method:ident, $op:literal, |$a:ident, $b:ident| $call:expr) => {
        impl $trait<&Tensor> for &Tensor {
            type Output = Tensor;
            #[track_caller]
            fn $method(self, other: &Tensor) -> Tensor {
                let ($a, $b) = (self, other);
                unwrap($call, $op)
            }
        }
        impl $trait<Tensor> for &Tensor {
            type Output = Tensor;
            #[track_caller]
            fn $method(self, other: Tensor) -> Tensor {
                $trait::$method(self, &other)
            }
        }
        impl $trait<&Tensor> for Tensor {
            type Output = Tensor;
            #[track_caller]
            fn $method(self, other: &Tensor) -> Tensor {
                $trait::$method(&self, other)
            }
        }
        impl $trait<Tensor> for Tensor {
            type Output = Tensor;
            #[track_caller]
            fn $method(self, other: Tensor) -> Tensor {
                $trait::$method(&self, &other)
            }
        }
    };
}

tensor_tensor!(Add, add, "+", |a, b| a.add_tensor(b, 1));
tensor_tensor!(Sub, sub, "-", |a, b| a.sub_tensor(b, 1));
tensor_tensor!(Mul, mul, "*", |a, b| a.mul_tensor(b));
tensor_tensor!(Div, div, "/", |a, b| a.div_tensor_mode(b, None));

/// The binary operators between a tensor and a number, the number on either side: an
/// integer keeps an integer tensor's dtype, a float promotes it, as in PyTorch.
macro_rules! tensor_scalar {
    ($($scalar:ty),*) => {$(
        impl Add<$scalar> for &Tensor {
            type Output = Tensor;
            #[track_caller]
            fn add(self, other: $scalar) -> Tensor {
                unwrap(self.add_scalar_v2(other, 1), "+")
            }
        }
        impl Sub<$scalar> for &Tensor {
            type Output = Tensor;
            #[track_caller]
            fn sub(self, other: $scalar) -> Tensor {
                unwrap(self.sub_scalar(other, 1), "-")
            }
        }
        impl Mul<$scalar> for &Tensor {
            type Output = Tensor;
            #[track_caller]
            fn mul(self, other: $scalar) -> Tensor {
                unwrap(self.mul_scalar_v2(other), "*")
            }
        }
        impl Div<$scalar> for &Tensor {
            type Output = Tensor;
            #[track_caller]
            fn div(self, other: $scalar) -> Tensor {
                unwrap(self.div_scalar_mode(other, None), "/")
            }
        }
        impl Add<&Tensor> for $scalar {
            type Output = Tensor;
            #[track_caller]
            fn add(self, other: &Tensor) -> Tensor {
                unwrap(other.add_scalar_v2(self, 1), "+")
            }
        }
        impl Sub<&Tensor> for $scalar {
            type Output = Tensor;
            #[track_caller]
            fn sub(self, other: &Tensor) -> Tensor {
                unwrap(other.rsub_scalar(self, 1), "-")
            }
        }
        impl Mul<&Tensor> for $scalar {
            type Output = Tensor;
            #[track_caller]
            fn mul(self, other: &Tensor) -> Tensor {
                unwrap(other.mul_scalar_v2(self), "*")
            }
        }
        impl Div<&Tensor> for $scalar {
            type Output = Tensor;
            #[track_caller]
            fn div(self, other: &Tensor) -> Tensor {
                // PyTorch's number / tensor: the tensor's reciprocal times the number.
                unwrap(other.reciprocal().and_then(|inverse| inverse.mul_scalar_v2(self)), "/")
            }
        }
        impl AddAssign<$scalar> for Tensor {
            #[track_caller]
            fn add_assign(&mut self, other: $scalar) {
                unwrap_unit(self.add_scalar_v2_(other, 1), "+=")
            }
        }
        impl SubAssign<$scalar> for Tensor {
            #[track_caller]
            fn sub_assign(&mut self, other: $scalar) {
                unwrap_unit(self.sub_scalar_(other, 1), "-=")
            }
        }
        impl MulAssign<$scalar> for Tensor {
            #[track_caller]
            fn mul_assign(&mut self, other: $scalar) {
                unwrap_unit(self.mul_scalar_v2_(other), "*=")
            }
        }
        impl DivAssign<$scalar> for Tensor {
            #[track_caller]
            fn div_assign(&mut self, other: $scalar) {
                unwrap_unit(self.div_scalar_(other), "/=")
            }
        }
        owned_forms!($scalar);
    )*};
}

/// The forms with an owned tensor, through the borrowed ones.
macro_rules! owned_forms {
    ($scalar:ty) => {
        owned_forms!(@one $scalar, Add, add);
        owned_forms!(@one $scalar, Sub, sub);
        owned_forms!(@one $scalar, Mul, mul);
        owned_forms!(@one $scalar, Div, div);
    };
    (@one $scalar:ty, $trait:ident, $method:ident) => {
        impl $trait<$scalar> for Tensor {
            type Output = Tensor;
            #[track_caller]
            fn $method(self, other: $scalar) -> Tensor {
                $trait::$method(&self, other)
            }
        }
        impl $trait<Tensor> for $scalar {
            type Output = Tensor;
            #[track_caller]
            fn $method(self, other: Tensor) -> Tensor {
                $trait::$method(self, &other)
            }
        }
    };
}

// f64 and i64 only: with one float and one integer type, a literal (`2.0`, `1`) picks its impl.
tensor_scalar!(f64, i64);

impl Neg for &Tensor {
    type Output = Tensor;
    #[track_caller]
    fn neg(self) -> Tensor {
        unwrap(Tensor::neg(self), "-")
    }
}

impl Neg for Tensor {
    type Output = Tensor;
    #[track_caller]
    fn neg(self) -> Tensor {
        -&self
    }
}

/// Compound assignment with a tensor on the right: in place, as PyTorch's `a += b`.
macro_rules! assign_tensor {
    ($trait:ident, $method:ident, $op:literal, |$a:ident, $b:ident| $call:expr) => {
        impl $trait<&Tensor> for Tensor {
            #[track_caller]
            fn $method(&mut self, other: &Tensor) {
                let ($a, $b) = (self, other);
                unwrap_unit($call, $op)
            }
        }
        impl $trait<Tensor> for Tensor {
            #[track_caller]
            fn $method(&mut self, other: Tensor) {
                $trait::$method(self, &other)
            }
        }
    };
}

assign_tensor!(AddAssign, add_assign, "+=", |a, b| a.add_tensor_(b, 1));
assign_tensor!(SubAssign, sub_assign, "-=", |a, b| a.sub_tensor_(b, 1));
assign_tensor!(MulAssign, mul_assign, "*=", |a, b| a.mul_(b));
assign_tensor!(DivAssign, div_assign, "/=", |a, b| a.div_tensor_(b));
