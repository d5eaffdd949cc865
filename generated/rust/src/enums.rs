// generated from spec/torch_api.yaml by sffi-gen; do not edit
//! The catalogue's named values as Rust enums: error kinds ([`ErrorKind`]), dtypes ([`Kind`]),
//! devices ([`Device`]), and the fixed sets of text values: [`Reduction`], [`RoundingMode`],
//! [`GeluApproximate`], [`ConvPadding`], [`MemoryFormat`], [`KlDivReduction`], [`PadMode`],
//! [`GridSampleMode`], [`GridSamplePaddingMode`], [`InterpolateMode`], [`EmbeddingBagMode`],
//! [`SvdDriver`], [`AutocastDeviceType`], [`CdistComputeMode`], [`ReduceOp`].

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
    /// A handle that is 0, forged, freed, stale or of the wrong kind (a stream passed as a
    /// tensor). (code 1, `invalid_handle`)
    InvalidHandle,
    /// An index or dimension out of range (c10::IndexError). (code 2, `index`)
    Index,
    /// A bad argument value: negative sizes, wrong array lengths, unknown dtype codes, an
    /// unmatched no_grad_end (c10::ValueError). (code 3, `value`)
    Value,
    /// An argument of the wrong dtype for the operation (c10::TypeError). (code 4, `type`)
    Type,
    /// Not available in this build: CUDA on a CPU build, a bridge built without libtorch
    /// (c10::NotImplementedError). (code 5, `unavailable`)
    Unavailable,
    /// An allocation could not be satisfied (c10::OutOfMemoryError, std::bad_alloc). (code 6,
    /// `out_of_memory`)
    OutOfMemory,
    /// Any other libtorch error, such as a shape mismatch (c10::Error); PyTorch raises
    /// RuntimeError for these. (code 7, `other`)
    Other,
    /// A failure of a process group (c10d, Gloo): a timeout, a peer that died or closed its
    /// connection, a rendezvous that did not complete (c10::DistError and Gloo's errors);
    /// torch.distributed raises RuntimeError (DistError, DistBackendError) for these. (code 8,
    /// `distributed`)
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
    /// 8-bit unsigned integer. (`uint8`, code 0)
    Uint8,
    /// 8-bit signed integer. (`int8`, code 1)
    Int8,
    /// 16-bit signed integer. (`int16`, code 2)
    Int16,
    /// 32-bit signed integer. (`int32`, code 3)
    Int32,
    /// 64-bit signed integer (indices). (`int64`, code 4)
    Int64,
    /// IEEE half precision. (`float16`, code 5)
    Float16,
    /// Single precision (the default dtype). (`float32`, code 6)
    Float32,
    /// Double precision. (`float64`, code 7)
    Float64,
    /// Complex with float32 parts. (`complex64`, code 9)
    Complex64,
    /// Complex with float64 parts. (`complex128`, code 10)
    Complex128,
    /// Boolean. (`bool`, code 11)
    Bool,
    /// Brain floating point. (`bfloat16`, code 15)
    Bfloat16,
}

/// PyTorch's other names of the dtypes, as associated constants (`Kind::Float` is
/// `Kind::Float32`, as `torch.float` is `torch.float32`).
#[allow(non_upper_case_globals)]
impl Kind {
    /// `torch.short`: [`Kind::Int16`].
    pub const Short: Kind = Kind::Int16;
    /// `torch.int`: [`Kind::Int32`].
    pub const Int: Kind = Kind::Int32;
    /// `torch.long`: [`Kind::Int64`].
    pub const Long: Kind = Kind::Int64;
    /// `torch.half`: [`Kind::Float16`].
    pub const Half: Kind = Kind::Float16;
    /// `torch.float`: [`Kind::Float32`].
    pub const Float: Kind = Kind::Float32;
    /// `torch.double`: [`Kind::Float64`].
    pub const Double: Kind = Kind::Float64;
    /// `torch.cfloat`: [`Kind::Complex64`].
    pub const Cfloat: Kind = Kind::Complex64;
    /// `torch.cdouble`: [`Kind::Complex128`].
    pub const Cdouble: Kind = Kind::Complex128;
}

impl Kind {
    /// Every dtype of the catalogue.
    pub const ALL: [Kind; 12] = [
        Kind::Uint8,
        Kind::Int8,
        Kind::Int16,
        Kind::Int32,
        Kind::Int64,
        Kind::Float16,
        Kind::Float32,
        Kind::Float64,
        Kind::Complex64,
        Kind::Complex128,
        Kind::Bool,
        Kind::Bfloat16,
    ];

    /// The dtype's code (its c10::ScalarType value).
    #[must_use]
    pub fn code(self) -> i32 {
        match self {
            Kind::Uint8 => 0,
            Kind::Int8 => 1,
            Kind::Int16 => 2,
            Kind::Int32 => 3,
            Kind::Int64 => 4,
            Kind::Float16 => 5,
            Kind::Float32 => 6,
            Kind::Float64 => 7,
            Kind::Complex64 => 9,
            Kind::Complex128 => 10,
            Kind::Bool => 11,
            Kind::Bfloat16 => 15,
        }
    }

    /// The dtype of a code; a code the catalogue does not list is an
    /// [`ErrorKind::Value`] error.
    pub fn from_code(code: i32) -> Result<Kind, TorchError> {
        match code {
            0 => Ok(Kind::Uint8),
            1 => Ok(Kind::Int8),
            2 => Ok(Kind::Int16),
            3 => Ok(Kind::Int32),
            4 => Ok(Kind::Int64),
            5 => Ok(Kind::Float16),
            6 => Ok(Kind::Float32),
            7 => Ok(Kind::Float64),
            9 => Ok(Kind::Complex64),
            10 => Ok(Kind::Complex128),
            11 => Ok(Kind::Bool),
            15 => Ok(Kind::Bfloat16),
            _ => Err(TorchError::argument(format!("unknown dtype code {code}"))),
        }
    }

    /// PyTorch's name of the dtype, e.g. `uint8`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Kind::Uint8 => "uint8",
            Kind::Int8 => "int8",
            Kind::Int16 => "int16",
            Kind::Int32 => "int32",
            Kind::Int64 => "int64",
            Kind::Float16 => "float16",
            Kind::Float32 => "float32",
            Kind::Float64 => "float64",
            Kind::Complex64 => "complex64",
            Kind::Complex128 => "complex128",
            Kind::Bool => "bool",
            Kind::Bfloat16 => "bfloat16",
        }
    }
}

/// A device: one of the catalogue's device types, with an index where the type has
/// several devices (-1: the current one). It crosses the C ABI as (type, index).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Device {
    /// The host. (`cpu`, type 0)
    Cpu,
    /// A CUDA device (fails cleanly on a CPU build). (`cuda`, type 1; the index, -1 for the
    /// current device)
    Cuda(i32),
    /// Tensors with shapes and dtypes but no data, for shape inference. (`meta`, type 14)
    Meta,
}

impl Device {
    /// The device type's code (its c10::DeviceType value): the `_type` C argument.
    #[must_use]
    pub fn type_code(self) -> i32 {
        match self {
            Device::Cpu => 0,
            Device::Cuda(_) => 1,
            Device::Meta => 14,
        }
    }

    /// The device index (-1: the current device, and for types without an index): the
    /// `_index` C argument.
    #[must_use]
    pub fn index(self) -> i32 {
        match self {
            Device::Cpu => -1,
            Device::Cuda(index) => index,
            Device::Meta => -1,
        }
    }

    /// The device of a type code and an index, as the bridge reports a tensor's; a type the
    /// catalogue does not list is an [`ErrorKind::Value`] error.
    pub fn from_codes(type_code: i32, index: i32) -> Result<Device, TorchError> {
        match type_code {
            0 => Ok(Device::Cpu),
            1 => Ok(Device::Cuda(index)),
            14 => Ok(Device::Meta),
            _ => Err(TorchError::argument(format!("unknown device type code {type_code} (index {index})"))),
        }
    }

    /// PyTorch's name of the device type, e.g. `cpu`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Device::Cpu => "cpu",
            Device::Cuda(_) => "cuda",
            Device::Meta => "meta",
        }
    }
}

/// How a loss reduces over the batch: not at all, by the mean, or by the sum.
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

/// How a division rounds: towards zero, or down (None: true division).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RoundingMode {
    /// `trunc`
    Trunc,
    /// `floor`
    Floor,
}

impl RoundingMode {
    /// Every value, in the catalogue's order.
    pub const ALL: [RoundingMode; 2] = [
        RoundingMode::Trunc,
        RoundingMode::Floor,
    ];

    /// The value as PyTorch spells it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            RoundingMode::Trunc => "trunc",
            RoundingMode::Floor => "floor",
        }
    }

    /// The value as the C string it crosses the C ABI as.
    #[must_use]
    pub fn as_c_str(self) -> &'static CStr {
        match self {
            RoundingMode::Trunc => c"trunc",
            RoundingMode::Floor => c"floor",
        }
    }
}

/// GELU computed exactly, or with the tanh approximation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GeluApproximate {
    /// `none`
    None,
    /// `tanh`
    Tanh,
}

impl GeluApproximate {
    /// Every value, in the catalogue's order.
    pub const ALL: [GeluApproximate; 2] = [
        GeluApproximate::None,
        GeluApproximate::Tanh,
    ];

    /// The value as PyTorch spells it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            GeluApproximate::None => "none",
            GeluApproximate::Tanh => "tanh",
        }
    }

    /// The value as the C string it crosses the C ABI as.
    #[must_use]
    pub fn as_c_str(self) -> &'static CStr {
        match self {
            GeluApproximate::None => c"none",
            GeluApproximate::Tanh => c"tanh",
        }
    }
}

/// Convolution padding by name: none at all, or what keeps the input's size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConvPadding {
    /// `valid`
    Valid,
    /// `same`
    Same,
}

impl ConvPadding {
    /// Every value, in the catalogue's order.
    pub const ALL: [ConvPadding; 2] = [
        ConvPadding::Valid,
        ConvPadding::Same,
    ];

    /// The value as PyTorch spells it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            ConvPadding::Valid => "valid",
            ConvPadding::Same => "same",
        }
    }

    /// The value as the C string it crosses the C ABI as.
    #[must_use]
    pub fn as_c_str(self) -> &'static CStr {
        match self {
            ConvPadding::Valid => c"valid",
            ConvPadding::Same => c"same",
        }
    }
}

/// The memory layout of a tensor's elements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MemoryFormat {
    /// `contiguous_format`
    ContiguousFormat,
    /// `preserve_format`
    PreserveFormat,
    /// `channels_last`
    ChannelsLast,
    /// `channels_last_3d`
    ChannelsLast3d,
}

impl MemoryFormat {
    /// Every value, in the catalogue's order.
    pub const ALL: [MemoryFormat; 4] = [
        MemoryFormat::ContiguousFormat,
        MemoryFormat::PreserveFormat,
        MemoryFormat::ChannelsLast,
        MemoryFormat::ChannelsLast3d,
    ];

    /// The value as PyTorch spells it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            MemoryFormat::ContiguousFormat => "contiguous_format",
            MemoryFormat::PreserveFormat => "preserve_format",
            MemoryFormat::ChannelsLast => "channels_last",
            MemoryFormat::ChannelsLast3d => "channels_last_3d",
        }
    }

    /// The value as the C string it crosses the C ABI as.
    #[must_use]
    pub fn as_c_str(self) -> &'static CStr {
        match self {
            MemoryFormat::ContiguousFormat => c"contiguous_format",
            MemoryFormat::PreserveFormat => c"preserve_format",
            MemoryFormat::ChannelsLast => c"channels_last",
            MemoryFormat::ChannelsLast3d => c"channels_last_3d",
        }
    }
}

/// How kl_div reduces: not at all, by the sum over the batch size, by the sum, or by the mean
/// over every element.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KlDivReduction {
    /// `none`
    None,
    /// `batchmean`
    Batchmean,
    /// `sum`
    Sum,
    /// `mean`
    Mean,
}

impl KlDivReduction {
    /// Every value, in the catalogue's order.
    pub const ALL: [KlDivReduction; 4] = [
        KlDivReduction::None,
        KlDivReduction::Batchmean,
        KlDivReduction::Sum,
        KlDivReduction::Mean,
    ];

    /// The value as PyTorch spells it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            KlDivReduction::None => "none",
            KlDivReduction::Batchmean => "batchmean",
            KlDivReduction::Sum => "sum",
            KlDivReduction::Mean => "mean",
        }
    }

    /// The value as the C string it crosses the C ABI as.
    #[must_use]
    pub fn as_c_str(self) -> &'static CStr {
        match self {
            KlDivReduction::None => c"none",
            KlDivReduction::Batchmean => c"batchmean",
            KlDivReduction::Sum => c"sum",
            KlDivReduction::Mean => c"mean",
        }
    }
}

/// How F.pad fills the border: with a value, by reflection without the edge, by repeating the
/// edge, or by wrapping around.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PadMode {
    /// `constant`
    Constant,
    /// `reflect`
    Reflect,
    /// `replicate`
    Replicate,
    /// `circular`
    Circular,
}

impl PadMode {
    /// Every value, in the catalogue's order.
    pub const ALL: [PadMode; 4] = [
        PadMode::Constant,
        PadMode::Reflect,
        PadMode::Replicate,
        PadMode::Circular,
    ];

    /// The value as PyTorch spells it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            PadMode::Constant => "constant",
            PadMode::Reflect => "reflect",
            PadMode::Replicate => "replicate",
            PadMode::Circular => "circular",
        }
    }

    /// The value as the C string it crosses the C ABI as.
    #[must_use]
    pub fn as_c_str(self) -> &'static CStr {
        match self {
            PadMode::Constant => c"constant",
            PadMode::Reflect => c"reflect",
            PadMode::Replicate => c"replicate",
            PadMode::Circular => c"circular",
        }
    }
}

/// How grid_sample interpolates between input pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GridSampleMode {
    /// `bilinear`
    Bilinear,
    /// `nearest`
    Nearest,
    /// `bicubic`
    Bicubic,
}

impl GridSampleMode {
    /// Every value, in the catalogue's order.
    pub const ALL: [GridSampleMode; 3] = [
        GridSampleMode::Bilinear,
        GridSampleMode::Nearest,
        GridSampleMode::Bicubic,
    ];

    /// The value as PyTorch spells it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            GridSampleMode::Bilinear => "bilinear",
            GridSampleMode::Nearest => "nearest",
            GridSampleMode::Bicubic => "bicubic",
        }
    }

    /// The value as the C string it crosses the C ABI as.
    #[must_use]
    pub fn as_c_str(self) -> &'static CStr {
        match self {
            GridSampleMode::Bilinear => c"bilinear",
            GridSampleMode::Nearest => c"nearest",
            GridSampleMode::Bicubic => c"bicubic",
        }
    }
}

/// What grid_sample reads outside the input: zeros, the border values, or their reflection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GridSamplePaddingMode {
    /// `zeros`
    Zeros,
    /// `border`
    Border,
    /// `reflection`
    Reflection,
}

impl GridSamplePaddingMode {
    /// Every value, in the catalogue's order.
    pub const ALL: [GridSamplePaddingMode; 3] = [
        GridSamplePaddingMode::Zeros,
        GridSamplePaddingMode::Border,
        GridSamplePaddingMode::Reflection,
    ];

    /// The value as PyTorch spells it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            GridSamplePaddingMode::Zeros => "zeros",
            GridSamplePaddingMode::Border => "border",
            GridSamplePaddingMode::Reflection => "reflection",
        }
    }

    /// The value as the C string it crosses the C ABI as.
    #[must_use]
    pub fn as_c_str(self) -> &'static CStr {
        match self {
            GridSamplePaddingMode::Zeros => c"zeros",
            GridSamplePaddingMode::Border => c"border",
            GridSamplePaddingMode::Reflection => c"reflection",
        }
    }
}

/// How interpolate computes the new elements: nearest neighbour, (bi/tri)linear or bicubic
/// interpolation, an area average, or nearest neighbour without its legacy offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InterpolateMode {
    /// `nearest`
    Nearest,
    /// `linear`
    Linear,
    /// `bilinear`
    Bilinear,
    /// `bicubic`
    Bicubic,
    /// `trilinear`
    Trilinear,
    /// `area`
    Area,
    /// `nearest-exact`
    NearestExact,
}

impl InterpolateMode {
    /// Every value, in the catalogue's order.
    pub const ALL: [InterpolateMode; 7] = [
        InterpolateMode::Nearest,
        InterpolateMode::Linear,
        InterpolateMode::Bilinear,
        InterpolateMode::Bicubic,
        InterpolateMode::Trilinear,
        InterpolateMode::Area,
        InterpolateMode::NearestExact,
    ];

    /// The value as PyTorch spells it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            InterpolateMode::Nearest => "nearest",
            InterpolateMode::Linear => "linear",
            InterpolateMode::Bilinear => "bilinear",
            InterpolateMode::Bicubic => "bicubic",
            InterpolateMode::Trilinear => "trilinear",
            InterpolateMode::Area => "area",
            InterpolateMode::NearestExact => "nearest-exact",
        }
    }

    /// The value as the C string it crosses the C ABI as.
    #[must_use]
    pub fn as_c_str(self) -> &'static CStr {
        match self {
            InterpolateMode::Nearest => c"nearest",
            InterpolateMode::Linear => c"linear",
            InterpolateMode::Bilinear => c"bilinear",
            InterpolateMode::Bicubic => c"bicubic",
            InterpolateMode::Trilinear => c"trilinear",
            InterpolateMode::Area => c"area",
            InterpolateMode::NearestExact => c"nearest-exact",
        }
    }
}

/// How embedding_bag reduces each bag: by the sum, the mean or the maximum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EmbeddingBagMode {
    /// `sum`
    Sum,
    /// `mean`
    Mean,
    /// `max`
    Max,
}

impl EmbeddingBagMode {
    /// Every value, in the catalogue's order.
    pub const ALL: [EmbeddingBagMode; 3] = [
        EmbeddingBagMode::Sum,
        EmbeddingBagMode::Mean,
        EmbeddingBagMode::Max,
    ];

    /// The value as PyTorch spells it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            EmbeddingBagMode::Sum => "sum",
            EmbeddingBagMode::Mean => "mean",
            EmbeddingBagMode::Max => "max",
        }
    }

    /// The value as the C string it crosses the C ABI as.
    #[must_use]
    pub fn as_c_str(self) -> &'static CStr {
        match self {
            EmbeddingBagMode::Sum => c"sum",
            EmbeddingBagMode::Mean => c"mean",
            EmbeddingBagMode::Max => c"max",
        }
    }
}

/// The cuSOLVER routine an SVD on CUDA uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SvdDriver {
    /// `gesvd`
    Gesvd,
    /// `gesvdj`
    Gesvdj,
    /// `gesvda`
    Gesvda,
}

impl SvdDriver {
    /// Every value, in the catalogue's order.
    pub const ALL: [SvdDriver; 3] = [
        SvdDriver::Gesvd,
        SvdDriver::Gesvdj,
        SvdDriver::Gesvda,
    ];

    /// The value as PyTorch spells it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            SvdDriver::Gesvd => "gesvd",
            SvdDriver::Gesvdj => "gesvdj",
            SvdDriver::Gesvda => "gesvda",
        }
    }

    /// The value as the C string it crosses the C ABI as.
    #[must_use]
    pub fn as_c_str(self) -> &'static CStr {
        match self {
            SvdDriver::Gesvd => c"gesvd",
            SvdDriver::Gesvdj => c"gesvdj",
            SvdDriver::Gesvda => c"gesvda",
        }
    }
}

/// The device kind an autocast region casts operations for.
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

/// Whether torch.cdist computes Euclidean distances with a matrix product: when either side has
/// more than 25 points, always, or never.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CdistComputeMode {
    /// `use_mm_for_euclid_dist_if_necessary`
    UseMmForEuclidDistIfNecessary,
    /// `use_mm_for_euclid_dist`
    UseMmForEuclidDist,
    /// `donot_use_mm_for_euclid_dist`
    DonotUseMmForEuclidDist,
}

impl CdistComputeMode {
    /// Every value, in the catalogue's order.
    pub const ALL: [CdistComputeMode; 3] = [
        CdistComputeMode::UseMmForEuclidDistIfNecessary,
        CdistComputeMode::UseMmForEuclidDist,
        CdistComputeMode::DonotUseMmForEuclidDist,
    ];

    /// The value as PyTorch spells it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            CdistComputeMode::UseMmForEuclidDistIfNecessary => "use_mm_for_euclid_dist_if_necessary",
            CdistComputeMode::UseMmForEuclidDist => "use_mm_for_euclid_dist",
            CdistComputeMode::DonotUseMmForEuclidDist => "donot_use_mm_for_euclid_dist",
        }
    }

    /// The value as the C string it crosses the C ABI as.
    #[must_use]
    pub fn as_c_str(self) -> &'static CStr {
        match self {
            CdistComputeMode::UseMmForEuclidDistIfNecessary => c"use_mm_for_euclid_dist_if_necessary",
            CdistComputeMode::UseMmForEuclidDist => c"use_mm_for_euclid_dist",
            CdistComputeMode::DonotUseMmForEuclidDist => c"donot_use_mm_for_euclid_dist",
        }
    }
}

/// How a collective combines the ranks' tensors (torch.distributed.ReduceOp): their sum, mean,
/// minimum, maximum or product, element by element.
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
