// copied from runtime/rust/scalar.rs by sffi-gen; edit that file, not this copy
//! Scalar: a number argument that keeps its kind (PyTorch's Scalar): `t.add_scalar(2)` adds
//! an integer, `t.add_scalar(2.5)` a float, as in PyTorch.

use crate::enums::scalar_kind;

/// A number that keeps whether it is a float, an integer or a boolean, as PyTorch's Scalar
/// does: an integer added to an integer tensor keeps its dtype, a float promotes it.
///
/// Functions taking a Scalar accept anything `Into<Scalar>`: `f64`, `f32`, `i64`, `i32`
/// and `bool`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scalar {
    /// A floating-point number.
    Float(f64),
    /// An integer.
    Int(i64),
    /// A boolean.
    Bool(bool),
}

impl Scalar {
    /// The three C arguments a Scalar crosses the C ABI as: (double, int64, kind), the kind
    /// 0 for a float (in the double), 1 for an integer, 2 for a boolean (in the int64).
    #[must_use]
    pub fn c_args(self) -> (f64, i64, i32) {
        match self {
            Scalar::Float(value) => (value, 0, scalar_kind::FLOAT),
            Scalar::Int(value) => (0.0, value, scalar_kind::INT),
            Scalar::Bool(value) => (0.0, i64::from(value), scalar_kind::BOOL),
        }
    }

    /// The C arguments of an optional Scalar: kind -1 for None.
    #[must_use]
    pub fn optional_c_args(scalar: Option<Scalar>) -> (f64, i64, i32) {
        scalar.map_or((0.0, 0, scalar_kind::NONE), Scalar::c_args)
    }
}

impl From<f64> for Scalar {
    fn from(value: f64) -> Scalar {
        Scalar::Float(value)
    }
}

impl From<f32> for Scalar {
    fn from(value: f32) -> Scalar {
        Scalar::Float(f64::from(value))
    }
}

impl From<i64> for Scalar {
    fn from(value: i64) -> Scalar {
        Scalar::Int(value)
    }
}

impl From<i32> for Scalar {
    fn from(value: i32) -> Scalar {
        Scalar::Int(i64::from(value))
    }
}

impl From<bool> for Scalar {
    fn from(value: bool) -> Scalar {
        Scalar::Bool(value)
    }
}
