// generated from spec/torch_api.yaml by sffi-gen; do not edit
//! torch-sffi PyTorch binding 0.1.0: safe Rust bindings to libtorch through the
//! C bridge libtorch_sffi.so.
//!
//! * [`Tensor`] and [`Stream`] own a bridge handle and release it on `Drop` (or at once
//!   with `free()`). Methods that change a tensor in place take `&mut self`.
//! * Every catalogue function returns `Result<_, TorchError>`: the bridge's error code, as an
//!   [`ErrorKind`], and its message. No C++ exception crosses the C ABI.
//! * Written as tch-rs users write, where the catalogue has what they are built on: operators
//!   on `Tensor` and `&Tensor` (`&a + &b`, `a * 2.0`, `-a`, `a += &b`; they panic with the
//!   bridge's error, the named methods being the fallible forms), `Display` as PyTorch's repr,
//!   `Tensor::from_slice` and `Vec::<T>::try_from(&t)`, creation with options
//!   (`Tensor::zeros_with(&[2, 3], (Kind::Float, Device::Cpu))`), getters that cannot fail
//!   (`size()`, `kind()`, `dim()`, `dev()`), indexing (`t.i((.., 1..3))`), modules in `nn`
//!   and optimizers in `optim`.
//! * Arguments are Rust types: slices for lists, `Option` for what PyTorch lets be None,
//!   `impl Into<`[`Scalar`]`>` for numbers that keep their kind, [`Kind`] for dtypes,
//!   [`Device`] for devices, and an enum per fixed set of text values. Rust has no default
//!   arguments: each parameter's documentation gives PyTorch's default.
//! * Functions are grouped as in the other tiers: tensor methods and constructors on
//!   [`Tensor`], [`cuda`], [`nn`], [`autograd`], and library functions here.
//! * [`categories`] lists the functions by the catalogue's categories, with an example each.
//! * [`ffi`] declares the C ABI itself, function for function.
//!
//! The bridge is safe to call from several threads; its error state is per thread, and each
//! wrapper reads it on the thread that made the call.

pub mod categories;
pub mod ffi;

mod convert;
mod enums;
mod error;
mod roles;
mod scalar;
mod element;
mod ops;
mod display;
mod indexing;
mod layers;
mod rnn;
pub mod optim;
pub mod custom_function;
mod tensor;
mod tensor_handle;
mod stream;
mod stream_handle;
mod library;
pub mod cuda;
pub mod nn;
pub mod autograd;

pub use enums::{ErrorKind, Kind, Device, Reduction, RoundingMode, GeluApproximate, ConvPadding, MemoryFormat, KlDivReduction, PadMode, GridSampleMode, GridSamplePaddingMode, InterpolateMode, EmbeddingBagMode, SvdDriver, AutocastDeviceType, CdistComputeMode, ReduceOp};
pub use error::TorchError;
pub use library::*;
pub use scalar::Scalar;
pub use element::{Element, Options};
pub use indexing::{IndexOp, IntoIndexers, TensorIndexer};
pub use tensor_handle::Tensor;
pub use stream_handle::Stream;
