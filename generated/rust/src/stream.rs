// generated from spec/torch_api.yaml by sffi-gen; do not edit
//! Stream: a CUDA stream behind a handle of the bridge.

use std::fmt;

use crate::error::*;
use crate::ffi;

/// A CUDA stream taken from the stream pool. The handle is released when the value is
/// dropped, or at once with [`Stream::free`].
pub struct Stream {
    pub(crate) handle: i64,
}

impl Stream {
    pub(crate) fn from_result(handle: i64) -> Result<Stream, TorchError> {
        check_handle(handle).map(|handle| Stream { handle })
    }

    /// Takes ownership of a raw handle (from [`Stream::into_raw`] or the C ABI).
    ///
    /// # Safety
    /// The handle must be a live stream handle that nothing else frees.
    pub unsafe fn from_raw(handle: i64) -> Stream {
        Stream { handle }
    }

    /// Gives up ownership: the handle is not freed by this value any more.
    pub fn into_raw(self) -> i64 {
        let handle = self.handle;
        std::mem::forget(self);
        handle
    }

    /// The raw handle, still owned by this value.
    pub fn handle(&self) -> i64 {
        self.handle
    }

    /// Releases the handle now (`rt_torch_torchstream_free`), reporting a failure that dropping
    /// would have to ignore.
    pub fn free(self) -> Result<(), TorchError> {
        let handle = self.into_raw();
        unsafe { ffi::rt_torch_torchstream_free(handle) };
        check_void()
    }

    /// Takes a stream from the CUDA stream pool of a device.
    ///
    /// * `device_id`: The CUDA device ordinal. Other tiers default it to `0`.
    ///
    /// Returns: A new stream handle; free it with rt_torch_torchstream_free.
    ///
    /// Needs CUDA: fails with [`ErrorKind::Unavailable`] without it.
    ///
    /// Binds `rt_torch_stream_create`; PyTorch: `torch.cuda.Stream`.
    pub fn create(device_id: i32) -> Result<Stream, TorchError> {
        Stream::from_result(unsafe { ffi::rt_torch_stream_create(device_id) })
    }

    /// Blocks until all work queued on the stream has finished.
    ///
    /// Needs CUDA: fails with [`ErrorKind::Unavailable`] without it.
    ///
    /// Deviation from the reference: An unknown or freed stream handle is an error
    /// (invalid_handle); the reference ignored it silently.
    ///
    /// Binds `rt_torch_torchstream_sync`; PyTorch: `torch.cuda.Stream.synchronize`.
    pub fn sync(&self) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchstream_sync(self.handle) };
        check_void()
    }

    /// Reports whether all work queued on the stream has finished.
    ///
    /// Returns: true when the stream is idle.
    ///
    /// Needs CUDA: fails with [`ErrorKind::Unavailable`] without it.
    ///
    /// Deviation from the reference: An unknown or freed stream handle is an error
    /// (invalid_handle); the reference answered true.
    ///
    /// Binds `rt_torch_torchstream_query`; PyTorch: `torch.cuda.Stream.query`.
    pub fn query(&self) -> Result<bool, TorchError> {
        check_bool(unsafe { ffi::rt_torch_torchstream_query(self.handle) })
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        // rt_torch_torchstream_free: nothing to report from drop, and the thread's error state
        // is left as it was.
        unsafe { ffi::rt_torch_torchstream_free(self.handle) };
    }
}

impl fmt::Debug for Stream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Stream({})", self.handle)
    }
}
