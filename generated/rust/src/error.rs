// generated from spec/torch_api.yaml by sffi-gen; do not edit
//! Errors: the bridge's per-thread error code and message as a Rust error, and the checks
//! that turn a sentinel result into one.
//!
//! Every bridge call resets the thread's error code on entry, so the code read right after a
//! call belongs to that call; a sentinel (0 handle, -1, NaN, false, NULL) that comes with code
//! 0 is a legitimate value.

// The real catalogue uses every helper below; a smaller one (the golden fixture) may not.
#![allow(dead_code)]

use std::ffi::{CStr, CString};
use std::fmt;
use std::os::raw::c_char;

use crate::ffi;

/// The buffer size offered first for array results whose length is not known in advance.
pub(crate) const DEFAULT_CAPACITY: usize = 16;

/// What kind of failure the bridge reported (the catalogue's error codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// A handle that is 0, forged, freed, stale or of the wrong kind (a stream passed as a tensor). (code 1, `invalid_handle`)
    InvalidHandle,
    /// An index or dimension out of range (c10::IndexError). (code 2, `index`)
    Index,
    /// A bad argument value: negative sizes, wrong array lengths, unknown dtype codes, an unmatched no_grad_end (c10::ValueError). (code 3, `value`)
    Value,
    /// An argument of the wrong dtype for the operation (c10::TypeError). (code 4, `type`)
    Type,
    /// Not available in this build: CUDA on a CPU build, a bridge built without libtorch (c10::NotImplementedError). (code 5, `unavailable`)
    Unavailable,
    /// An allocation could not be satisfied (c10::OutOfMemoryError, std::bad_alloc). (code 6, `out_of_memory`)
    OutOfMemory,
    /// Any other libtorch error, such as a shape mismatch (c10::Error); PyTorch raises RuntimeError for these. (code 7, `other`)
    Other,
    /// A code this crate does not know (a newer bridge), or a failure without a code.
    Unknown,
}

impl ErrorKind {
    /// The kind of a bridge error code.
    pub fn from_code(code: i32) -> ErrorKind {
        match code {
            1 => ErrorKind::InvalidHandle,
            2 => ErrorKind::Index,
            3 => ErrorKind::Value,
            4 => ErrorKind::Type,
            5 => ErrorKind::Unavailable,
            6 => ErrorKind::OutOfMemory,
            7 => ErrorKind::Other,
            _ => ErrorKind::Unknown,
        }
    }

    /// The catalogue's name of the kind, e.g. `invalid_handle`.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::InvalidHandle => "invalid_handle",
            ErrorKind::Index => "index",
            ErrorKind::Value => "value",
            ErrorKind::Type => "type",
            ErrorKind::Unavailable => "unavailable",
            ErrorKind::OutOfMemory => "out_of_memory",
            ErrorKind::Other => "other",
            ErrorKind::Unknown => "unknown",
        }
    }
}

/// A failed call: the error code the bridge set, its kind and the message (which names the
/// function that failed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TorchError {
    kind: ErrorKind,
    code: i32,
    message: String,
}

impl TorchError {
    /// The error of the last bridge call on this thread.
    pub fn last() -> TorchError {
        // SAFETY: no arguments; the message points to per-thread storage valid until the
        // next bridge call on this thread, and is copied at once.
        let code = unsafe { ffi::rt_torch_error_code() };
        let message = text_from_ptr(unsafe { ffi::rt_torch_error_message() });
        let message = if code == 0 && message.is_empty() {
            "the call returned its failure value without setting an error code".to_string()
        } else {
            message
        };
        TorchError { kind: ErrorKind::from_code(code), code, message }
    }

    /// The error of the last call on this thread, or `None` when it succeeded.
    pub fn pending() -> Option<TorchError> {
        // SAFETY: no arguments.
        if unsafe { ffi::rt_torch_error_code() } == 0 {
            None
        } else {
            Some(TorchError::last())
        }
    }

    pub(crate) fn new(kind: ErrorKind, code: i32, message: String) -> TorchError {
        TorchError { kind, code, message }
    }

    /// The kind of failure.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The bridge's error code (0 only for a failure without a code).
    pub fn code(&self) -> i32 {
        self.code
    }

    /// The message, without a C++ backtrace.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for TorchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (code {}): {}", self.kind.name(), self.code, self.message)
    }
}

impl std::error::Error for TorchError {}

// ------------------------------------------------------------------ checks after a call

pub(crate) fn check_void() -> Result<(), TorchError> {
    match TorchError::pending() {
        Some(error) => Err(error),
        None => Ok(()),
    }
}

/// A handle result: 0 is the failure value.
pub(crate) fn check_handle(handle: i64) -> Result<i64, TorchError> {
    if handle == 0 {
        Err(TorchError::last())
    } else {
        Ok(handle)
    }
}

/// An optional handle result: 0 is "none" unless the error code says the call failed.
pub(crate) fn check_optional_handle(handle: i64) -> Result<Option<i64>, TorchError> {
    if handle != 0 {
        return Ok(Some(handle));
    }
    check_void().map(|()| None)
}

pub(crate) fn check_i32(value: i32) -> Result<i32, TorchError> {
    if value == -1 {
        check_void()?;
    }
    Ok(value)
}

pub(crate) fn check_i64(value: i64) -> Result<i64, TorchError> {
    if value == -1 {
        check_void()?;
    }
    Ok(value)
}

pub(crate) fn check_f64(value: f64) -> Result<f64, TorchError> {
    if value.is_nan() {
        check_void()?;
    }
    Ok(value)
}

pub(crate) fn check_bool(value: bool) -> Result<bool, TorchError> {
    if !value {
        check_void()?;
    }
    Ok(value)
}

pub(crate) fn check_text(text: *const c_char) -> Result<String, TorchError> {
    if text.is_null() {
        return Err(TorchError::last());
    }
    Ok(text_from_ptr(text))
}

// ------------------------------------------------------------------ arguments and buffers

/// A copy of bridge-owned text ("" for NULL); invalid UTF-8 is replaced, never trusted.
pub(crate) fn text_from_ptr(text: *const c_char) -> String {
    if text.is_null() {
        return String::new();
    }
    // SAFETY: the bridge returns NUL-terminated text valid until its next call on this
    // thread; it is copied before any other call.
    unsafe { CStr::from_ptr(text) }.to_string_lossy().into_owned()
}

/// A text argument as C text; an inner NUL byte is a value error raised here.
pub(crate) fn text_arg(text: &str, name: &str) -> Result<CString, TorchError> {
    CString::new(text).map_err(|_| {
        TorchError::new(ErrorKind::Value, 3, format!("{name} contains a NUL byte"))
    })
}

/// A slice length as the C ABI's int64 (a slice never holds more than isize::MAX elements).
pub(crate) fn len_arg(len: usize) -> i64 {
    len as i64
}

/// The largest buffer offered before the bridge has said how long a result is: a capacity
/// taken from an argument (chunk's `chunks`) may be far larger than the result.
pub(crate) const MAX_FIRST_CAPACITY: usize = 1 << 16;

/// Reads an array result through the caller-buffer protocol: offers `capacity` elements
/// (at most MAX_FIRST_CAPACITY), and when the bridge reports more, calls again with exactly
/// that many.
pub(crate) fn read_array<T: Copy + Default>(
    capacity: usize,
    mut call: impl FnMut(*mut T, i64) -> i64,
) -> Result<Vec<T>, TorchError> {
    let mut capacity = capacity.min(MAX_FIRST_CAPACITY);
    loop {
        let mut buffer = vec![T::default(); capacity];
        let length = call(buffer.as_mut_ptr(), len_arg(capacity));
        if length < 0 {
            return Err(TorchError::last());
        }
        let length = length as usize;
        if length <= capacity {
            buffer.truncate(length);
            return Ok(buffer);
        }
        capacity = length;
    }
}
