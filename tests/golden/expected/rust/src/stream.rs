// generated from fixture.yaml by sffi-gen; do not edit
//! Stream's operations: its methods and constructors, one per catalogue entry.

use crate::error::{check_strict, check_void};
use crate::ffi;
use crate::{Stream, TorchError};

impl Stream {
    /// A stream from the pool.
    ///
    /// * `device_id`: The device. PyTorch's default: `0`.
    ///
    /// Returns: A new stream.
    ///
    /// Needs CUDA: fails with [`ErrorKind::Unavailable`](crate::ErrorKind::Unavailable) without it.
    ///
    /// Schema: `(int32 device_id=0) -> Stream`.
    /// Binds `rt_torch_stream_create`; PyTorch: `torch.cuda.Stream`.
    pub fn create(device_id: i32) -> Result<Stream, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_stream_create(device_id) };
        check_strict(value, value == 0).map(Stream::from_handle)
    }

    /// Waits for the stream.
    ///
    /// Needs CUDA: fails with [`ErrorKind::Unavailable`](crate::ErrorKind::Unavailable) without it.
    ///
    /// Schema: `(Stream handle) -> ()`.
    /// Binds `rt_torch_torchstream_sync`; PyTorch: `torch.cuda.Stream.synchronize`.
    pub fn sync(&self) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_torchstream_sync(self.handle) };
        check_void()
    }
}
