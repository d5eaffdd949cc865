// generated from spec/torch_api.yaml by sffi-gen; do not edit
//! Stream's operations: its methods and constructors, one per catalogue entry.

use crate::error::{check_ambiguous, check_strict, check_void};
use crate::ffi;
use crate::{Stream, TorchError};

impl Stream {
    /// Takes a stream from the CUDA stream pool of a device.
    ///
    /// * `device_id`: The CUDA device ordinal. PyTorch's default: `0`.
    ///
    /// Returns: A new stream handle; free it with rt_torch_torchstream_free.
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

    /// Blocks until all work queued on the stream has finished; an unknown or freed stream `self`
    /// does nothing (rt_torch_torchstream_sync_v2 reports it).
    ///
    /// Schema: `(Stream handle) -> ()`.
    /// Binds `rt_torch_torchstream_sync`; PyTorch: `torch.cuda.Stream.synchronize`.
    pub fn sync(&self) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_torchstream_sync(self.handle) };
        check_void()
    }

    /// Reports whether all work queued on the stream has finished; an unknown or freed stream
    /// `self` answers true (rt_torch_torchstream_query_v2 reports it).
    ///
    /// Returns: true when the stream is idle or is no live stream `self`.
    ///
    /// Schema: `(Stream handle) -> bool`.
    /// Binds `rt_torch_torchstream_query`; PyTorch: `torch.cuda.Stream.query`.
    pub fn query(&self) -> Result<bool, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchstream_query(self.handle) };
        check_ambiguous(value, !value)
    }

    /// Blocks until all work queued on the stream has finished.
    ///
    /// Needs CUDA: fails with [`ErrorKind::Unavailable`](crate::ErrorKind::Unavailable) without it.
    ///
    /// Schema: `(Stream handle) -> ()`.
    /// Binds `rt_torch_torchstream_sync_v2`; PyTorch: `torch.cuda.Stream.synchronize`.
    pub fn sync_v2(&self) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_torchstream_sync_v2(self.handle) };
        check_void()
    }

    /// Reports whether all work queued on the stream has finished.
    ///
    /// Returns: true when the stream is idle.
    ///
    /// Needs CUDA: fails with [`ErrorKind::Unavailable`](crate::ErrorKind::Unavailable) without it.
    ///
    /// Schema: `(Stream handle) -> bool`.
    /// Binds `rt_torch_torchstream_query_v2`; PyTorch: `torch.cuda.Stream.query`.
    pub fn query_v2(&self) -> Result<bool, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchstream_query_v2(self.handle) };
        check_ambiguous(value, !value)
    }
}
