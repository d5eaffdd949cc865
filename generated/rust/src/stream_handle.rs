// copied from runtime/rust/stream_handle.rs by sffi-gen; edit that file, not this copy
//! Stream: a CUDA stream behind a handle of the bridge, released on `Drop`. Its operations
//! (generated from the catalogue) are in stream.rs.

use std::fmt;

use crate::error::{check_void, TorchError};
use crate::roles;

/// A CUDA stream taken from the stream pool. The handle is released when the value is
/// dropped, or at once with [`Stream::free`].
pub struct Stream {
    pub(crate) handle: i64,
}

impl Stream {
    /// Owns a handle the bridge has just made.
    #[allow(dead_code)] // a catalogue may take streams without making them
    pub(crate) fn from_handle(handle: i64) -> Stream {
        Stream { handle }
    }

    /// Takes ownership of a raw handle (from [`Stream::into_raw`] or the C ABI).
    ///
    /// # Safety
    /// The handle must be a live stream handle that nothing else frees.
    #[must_use]
    pub unsafe fn from_raw(handle: i64) -> Stream {
        Stream { handle }
    }

    /// Gives up ownership: the handle is not released by this value any more.
    #[must_use]
    pub fn into_raw(self) -> i64 {
        let handle = self.handle;
        std::mem::forget(self);
        handle
    }

    /// The raw handle, still owned by this value.
    #[must_use]
    pub fn handle(&self) -> i64 {
        self.handle
    }

    /// Releases the handle now, reporting a failure that dropping would have to ignore.
    pub fn free(self) -> Result<(), TorchError> {
        roles::free_stream(self.into_raw());
        check_void()
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        // Nothing to report from drop.
        roles::drop_stream(self.handle);
    }
}

impl fmt::Debug for Stream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Stream({})", self.handle)
    }
}
