// copied from runtime/rust/convert.rs by sffi-gen; edit that file, not this copy
//! Conversions between Rust values and the C ABI: text, slices and caller buffers.

// A catalogue need not use every conversion (a small one, such as the golden fixture, has no
// text arguments); the real catalogue uses them all.
#![allow(dead_code)]

use std::ffi::{CStr, CString};
use std::os::raw::c_char;

use crate::error::TorchError;

/// The buffer size offered first for array results whose length is not known in advance.
pub(crate) const DEFAULT_CAPACITY: usize = 16;

/// The largest buffer offered before the bridge has said how long a result is: a capacity
/// taken from an argument (chunk's `chunks`) may be far larger than the result.
pub(crate) const MAX_FIRST_CAPACITY: usize = 1 << 16;

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
    CString::new(text).map_err(|_| TorchError::argument(format!("argument '{name}' contains a NUL byte")))
}

/// An optional text argument as C text (None stays None).
pub(crate) fn optional_text_arg(text: Option<&str>, name: &str) -> Result<Option<CString>, TorchError> {
    text.map(|text| text_arg(text, name)).transpose()
}

/// The pointer an optional text argument crosses as: NULL for None.
pub(crate) fn optional_text_ptr(text: &Option<CString>) -> *const c_char {
    text.as_deref().map_or(std::ptr::null(), CStr::as_ptr)
}

/// A slice length as the C ABI's int64 (a slice never holds more than isize::MAX elements).
pub(crate) fn len_arg(len: usize) -> i64 {
    len as i64
}

/// The first buffer size for an array result whose length an argument bounds (a negative
/// argument offers none: the bridge reports the length, or the error, all the same).
pub(crate) fn capacity_arg(value: impl TryInto<usize>) -> usize {
    value.try_into().unwrap_or(0)
}

/// Reads an array result through the caller-buffer protocol: offers `capacity` elements
/// (at most MAX_FIRST_CAPACITY), and when the bridge reports more, calls again with exactly
/// that many. A negative length is the failure value.
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
