// copied from runtime/rust/error.rs by sffi-gen; edit that file, not this copy
//! Errors: the bridge's per-thread error code and message as a Rust error, and the checks
//! that turn a failure value (a sentinel) into one.
//!
//! Every bridge call resets the calling thread's error code on entry, so the code read right
//! after a call belongs to that call. Some failure values can also be successful results (-1
//! from a count, NaN from a reduction, `false`, a 0 handle for an optional tensor): the
//! generated wrappers check those with [`check_ambiguous`], which asks the error code, and the
//! others with [`check_strict`].

use std::fmt;

use crate::convert::text_from_ptr;
use crate::enums::{ErrorKind, ARGUMENT_ERROR};
use crate::roles;

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
    #[must_use]
    pub fn last() -> TorchError {
        let code = roles::error_code();
        // The message points to per-thread storage valid until the next bridge call on this
        // thread; it is copied at once.
        let message = text_from_ptr(roles::error_message());
        let message = if code == 0 && message.is_empty() {
            "the call returned its failure value without setting an error code".to_string()
        } else {
            message
        };
        TorchError { kind: ErrorKind::from_code(code), code, message }
    }

    /// The error of the last call on this thread, or `None` when it succeeded.
    #[must_use]
    pub fn pending() -> Option<TorchError> {
        if roles::error_code() == 0 {
            None
        } else {
            Some(TorchError::last())
        }
    }

    /// An error this crate raises itself, before or after a call: its code is the kind's.
    pub(crate) fn new(kind: ErrorKind, message: String) -> TorchError {
        TorchError { kind, code: kind.code(), message }
    }

    /// A bad argument caught on the Rust side (a NUL byte in text, an unknown dtype code):
    /// the kind the bridge gives bad argument values.
    pub(crate) fn argument(message: String) -> TorchError {
        TorchError::new(ARGUMENT_ERROR, message)
    }

    /// The kind of failure.
    #[must_use]
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The bridge's error code (0 only for a failure without a code).
    #[must_use]
    pub fn code(&self) -> i32 {
        self.code
    }

    /// The message, without a C++ backtrace.
    #[must_use]
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

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

// ------------------------------------------------------------------ checks after a call

/// After a call without a result: the thread's error code decides.
pub(crate) fn check_void() -> Result<(), TorchError> {
    match TorchError::pending() {
        Some(error) => Err(error),
        None => Ok(()),
    }
}

/// A result whose failure value is never a successful result (a 0 handle, NULL text, a -1
/// dtype code): `failed` means the call failed.
pub(crate) fn check_strict<T>(value: T, failed: bool) -> Result<T, TorchError> {
    if failed {
        Err(TorchError::last())
    } else {
        Ok(value)
    }
}

/// A result whose failure value can also be a successful result: when `failed`, the thread's
/// error code decides.
pub(crate) fn check_ambiguous<T>(value: T, failed: bool) -> Result<T, TorchError> {
    if failed {
        check_void()?;
    }
    Ok(value)
}
