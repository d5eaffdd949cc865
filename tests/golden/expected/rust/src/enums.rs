// generated from fixture.yaml by sffi-gen; do not edit
//! The catalogue's named values as Rust enums: error kinds ([`ErrorKind`]), dtypes ([`Kind`]),
//! devices ([`Device`]), and the fixed sets of text values: [`ReduceOp`], [`Reduction`],
//! [`AutocastDeviceType`].

use std::ffi::CStr;

use crate::error::TorchError;

/// The Scalar kinds on the C ABI (a Scalar's `_kind` argument).
pub(crate) mod scalar_kind {
    pub const NONE: i32 = -1;
    pub const FLOAT: i32 = 0;
    pub const INT: i32 = 1;
    pub const BOOL: i32 = 2;
}

/// The kind of the errors this crate raises itself, before a call: a bad argument value.
pub(crate) const ARGUMENT_ERROR: ErrorKind = ErrorKind::Value;

/// What kind of failure the bridge reported (the catalogue's error codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// A bad handle. (code 1, `invalid_handle`)
    InvalidHandle,
    /// An index out of range. (code 2, `index`)
    Index,
    /// A bad value. (code 3, `value`)
    Value,
    /// A bad dtype. (code 4, `type`)
    Type,
    /// Not in this build. (code 5, `unavailable`)
    Unavailable,
    /// No memory. (code 6, `out_of_memory`)
    OutOfMemory,
    /// Anything else. (code 7, `other`)
    Other,
    /// A process group failed. (code 8, `distributed`)
    Distributed,
    /// A code this crate does not know (a newer bridge), or a failure without a code.
    Unknown,
}

impl ErrorKind {
    /// The kind of a bridge error code.
    #[must_use]
    pub fn from_code(code: i32) -> ErrorKind {
        match code {
            1 => ErrorKind::InvalidHandle,
            2 => ErrorKind::Index,
            3 => ErrorKind::Value,
            4 => ErrorKind::Type,
            5 => ErrorKind::Unavailable,
            6 => ErrorKind::OutOfMemory,
            7 => ErrorKind::Other,
            8 => ErrorKind::Distributed,
            _ => ErrorKind::Unknown,
        }
    }

    /// The bridge's error code of the kind (0 for Unknown).
    #[must_use]
    pub fn code(self) -> i32 {
        match self {
            ErrorKind::InvalidHandle => 1,
            ErrorKind::Index => 2,
            ErrorKind::Value => 3,
            ErrorKind::Type => 4,
            ErrorKind::Unavailable => 5,
            ErrorKind::OutOfMemory => 6,
            ErrorKind::Other => 7,
            ErrorKind::Distributed => 8,
            ErrorKind::Unknown => 0,
        }
    }

    /// The catalogue's name of the kind, e.g. `invalid_handle`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::InvalidHandle => "invalid_handle",
            ErrorKind::Index => "index",
            ErrorKind::Value => "value",
            ErrorKind::Type => "type",
            ErrorKind::Unavailable => "unavailable",
            ErrorKind::OutOfMemory => "out_of_memory",
            ErrorKind::Other => "other",
            ErrorKind::Distributed => "distributed",
            ErrorKind::Unknown => "unknown",
        }
    }
}

/// A dtype: one of the catalogue's dtypes (its code is the c10::ScalarType value).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Indices. (`int64`, code 4)
    Int64,
    /// The default. (`float32`, code 6)
    Float32,
    /// Double precision. (`float64`, code 7)
    Float64,
    /// Booleans. (`bool`, code 11)
    Bool,
}

impl Kind {
    /// Every dtype of the catalogue.
    pub const ALL: [Kind; 4] = [
        Kind::Int64,
        Kind::Float32,
        Kind::Float64,
        Kind::Bool,
    ];

    /// The dtype's code (its c10::ScalarType value).
    #[must_use]
    pub fn code(self) -> i32 {
        match self {
            Kind::Int64 => 4,
            Kind::Float32 => 6,
            Kind::Float64 => 7,
            Kind::Bool => 11,
        }
    }

    /// The dtype of a code; a code the catalogue does not list is an
    /// [`ErrorKind::Value`] error.
    pub fn from_code(code: i32) -> Result<Kind, TorchError> {
        match code {
            4 => Ok(Kind::Int64),
            6 => Ok(Kind::Float32),
            7 => Ok(Kind::Float64),
            11 => Ok(Kind::Bool),
            _ => Err(TorchError::argument(format!("unknown dtype code {code}"))),
        }
    }

    /// PyTorch's name of the dtype, e.g. `int64`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Kind::Int64 => "int64",
            Kind::Float32 => "float32",
            Kind::Float64 => "float64",
            Kind::Bool => "bool",
        }
    }
}

/// A device: one of the catalogue's device types, with an index where the type has
/// several devices (-1: the current one). It crosses the C ABI as (type, index).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Device {
    /// The host. (`cpu`, type 0)
    Cpu,
    /// A CUDA device. (`cuda`, type 1; the index, -1 for the current device)
    Cuda(i32),
}

impl Device {
    /// The device type's code (its c10::DeviceType value): the `_type` C argument.
    #[must_use]
    pub fn type_code(self) -> i32 {
        match self {
            Device::Cpu => 0,
            Device::Cuda(_) => 1,
        }
    }

    /// The device index (-1: the current device, and for types without an index): the
    /// `_index` C argument.
    #[must_use]
    pub fn index(self) -> i32 {
        match self {
            Device::Cpu => -1,
            Device::Cuda(index) => index,
        }
    }

    /// The device of a type code and an index, as the bridge reports a tensor's; a type the
    /// catalogue does not list is an [`ErrorKind::Value`] error.
    pub fn from_codes(type_code: i32, index: i32) -> Result<Device, TorchError> {
        match type_code {
            0 => Ok(Device::Cpu),
            1 => Ok(Device::Cuda(index)),
            _ => Err(TorchError::argument(format!("unknown device type code {type_code} (index {index})"))),
        }
    }

    /// PyTorch's name of the device type, e.g. `cpu`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Device::Cpu => "cpu",
            Device::Cuda(_) => "cuda",
        }
    }
}

/// How a collective combines the ranks' tensors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReduceOp {
    /// `sum`
    Sum,
    /// `avg`
    Avg,
    /// `min`
    Min,
    /// `max`
    Max,
    /// `product`
    Product,
}

impl ReduceOp {
    /// Every value, in the catalogue's order.
    pub const ALL: [ReduceOp; 5] = [
        ReduceOp::Sum,
        ReduceOp::Avg,
        ReduceOp::Min,
        ReduceOp::Max,
        ReduceOp::Product,
    ];

    /// The value as PyTorch spells it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            ReduceOp::Sum => "sum",
            ReduceOp::Avg => "avg",
            ReduceOp::Min => "min",
            ReduceOp::Max => "max",
            ReduceOp::Product => "product",
        }
    }

    /// The value as the C string it crosses the C ABI as.
    #[must_use]
    pub fn as_c_str(self) -> &'static CStr {
        match self {
            ReduceOp::Sum => c"sum",
            ReduceOp::Avg => c"avg",
            ReduceOp::Min => c"min",
            ReduceOp::Max => c"max",
            ReduceOp::Product => c"product",
        }
    }
}

/// How a loss reduces over the batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reduction {
    /// `none`
    None,
    /// `mean`
    Mean,
    /// `sum`
    Sum,
}

impl Reduction {
    /// Every value, in the catalogue's order.
    pub const ALL: [Reduction; 3] = [
        Reduction::None,
        Reduction::Mean,
        Reduction::Sum,
    ];

    /// The value as PyTorch spells it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Reduction::None => "none",
            Reduction::Mean => "mean",
            Reduction::Sum => "sum",
        }
    }

    /// The value as the C string it crosses the C ABI as.
    #[must_use]
    pub fn as_c_str(self) -> &'static CStr {
        match self {
            Reduction::None => c"none",
            Reduction::Mean => c"mean",
            Reduction::Sum => c"sum",
        }
    }
}

/// The device kind of an autocast region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AutocastDeviceType {
    /// `cpu`
    Cpu,
    /// `cuda`
    Cuda,
}

impl AutocastDeviceType {
    /// Every value, in the catalogue's order.
    pub const ALL: [AutocastDeviceType; 2] = [
        AutocastDeviceType::Cpu,
        AutocastDeviceType::Cuda,
    ];

    /// The value as PyTorch spells it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            AutocastDeviceType::Cpu => "cpu",
            AutocastDeviceType::Cuda => "cuda",
        }
    }

    /// The value as the C string it crosses the C ABI as.
    #[must_use]
    pub fn as_c_str(self) -> &'static CStr {
        match self {
            AutocastDeviceType::Cpu => c"cpu",
            AutocastDeviceType::Cuda => c"cuda",
        }
    }
}
