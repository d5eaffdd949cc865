//! Library information, errors, devices and streams (CUDA paths run where CUDA is present).

use torch_sffi::{cuda, error_clear, error_code, error_message, ffi, ErrorKind, Kind, Stream, Tensor, TorchError};
use torch_sffi_tests::*;

#[test]
fn version_and_availability() {
    assert!(torch_sffi::available().unwrap());
    let version = torch_sffi::version().unwrap();
    let parts: Vec<&str> = version.split('.').collect();
    assert_eq!(parts.len(), 3, "{version}");
    assert!(parts.iter().all(|p| p.parse::<u32>().is_ok()), "{version}");
    if let Ok(expected) = std::env::var("TORCH_SFFI_EXPECT_VERSION") {
        assert_eq!(version, expected);
    }
}

#[test]
fn error_kinds_follow_the_bridge_codes() {
    let error = failure(Tensor::zeros(&[-1]));
    assert_eq!((error.kind(), error.code()), (ErrorKind::Other, 7));
    assert_eq!(error.to_string(), "other (code 7): rt_torch_tensor_zeros: zeros: Dimension size must be non-negative.");
    let m = Tensor::zeros(&[2, 2]).unwrap();
    let error = failure(m.squeeze_dim(5));
    assert_eq!(error.kind(), ErrorKind::Index);
    assert!(error.message().contains("Dimension out of range"), "{error}");
    // A dtype the catalogue does not list cannot be named in Rust; through the C ABI it is a
    // value error, and so is the code read back on the Rust side.
    assert_eq!(unsafe { ffi::rt_torch_torchtensor_to_dtype(m.handle(), 99) }, 0);
    let error = TorchError::last();
    assert_eq!((error.kind(), error.code()), (ErrorKind::Value, 3));
    assert!(error.message().starts_with("rt_torch_torchtensor_to_dtype: argument 'dtype': unknown dtype code 99"), "{error}");
    let error = failure(Kind::from_code(99));
    assert_eq!((error.kind(), error.code()), (ErrorKind::Value, 3));
    assert_eq!(error.message(), "unknown dtype code 99");
    let error = failure(m.matmul(&Tensor::zeros(&[3, 3]).unwrap()));
    assert_eq!(error.kind(), ErrorKind::Other);
    assert!(error.message().contains("cannot be multiplied (2x2 and 3x3)"), "{error}");
    assert!(!error.message().contains("Exception raised from"), "no C++ backtrace: {error}");
}

#[test]
fn forged_and_freed_handles_are_reported_not_dereferenced() {
    let sum = unsafe { ffi::rt_torch_torchtensor_add(12345, 12345) };
    assert_eq!(sum, 0);
    let error = TorchError::last();
    assert_eq!(error.kind(), ErrorKind::InvalidHandle);
    assert!(error.message().contains("12345 is not a tensor handle"), "{error}");
    let t = Tensor::ones(&[1]).unwrap();
    let raw = t.into_raw();
    let t = unsafe { Tensor::from_raw(raw) };
    t.free().unwrap();
    let stale = unsafe { Tensor::from_raw(raw) };
    assert_eq!(failure(stale.numel()).kind(), ErrorKind::InvalidHandle);
    // Freeing it again is an error too, which free() reports.
    assert_eq!(failure(stale.free()).kind(), ErrorKind::InvalidHandle);
}

#[test]
fn raw_error_state_reads_and_clears() {
    let _ = Tensor::zeros(&[-1]);
    assert_eq!(error_code(), 7);
    assert!(error_message().starts_with("rt_torch_tensor_zeros: "));
    error_clear().unwrap();
    assert_eq!(error_code(), 0);
    assert_eq!(error_message(), "");
}

#[test]
fn cpu_tensors_report_their_device() {
    let t = tensor(&[1.0, 2.0], &[2]);
    assert!(!t.is_cuda().unwrap());
    assert_eq!(t.device().unwrap(), -1);
    let c = t.cpu().unwrap();
    assert_close(&values(&c), &[1.0, 2.0]);
    let copy = t.try_clone().unwrap();
    assert_ne!(copy.handle(), t.handle());
    assert_close(&values(&copy), &[1.0, 2.0]);
}

#[test]
fn cuda_works_where_present_and_fails_cleanly_elsewhere() {
    let t = tensor(&[1.0, 2.0], &[2]);
    if cuda::available().unwrap() {
        assert!(cuda::device_count().unwrap() >= 1);
        let g = t.cuda(0).unwrap();
        assert!(g.is_cuda().unwrap());
        assert_eq!(g.device().unwrap(), 0);
        assert!(cuda::memory_allocated(0).unwrap() > 0);
        assert!(cuda::max_memory_allocated(0).unwrap() >= cuda::memory_allocated(0).unwrap());
        let stream = Stream::create(0).unwrap();
        let s = t.to_stream_v2(0, &stream).unwrap();
        stream.sync_v2().unwrap();
        assert!(stream.query_v2().unwrap());
        assert_close(&values(&s.mul(&g).unwrap().cpu().unwrap()), &[1.0, 4.0]);
        stream.free().unwrap();
        drop((g, s));
        cuda::empty_cache().unwrap();
    } else {
        assert_eq!(cuda::device_count().unwrap(), 0);
        assert_eq!(failure(t.cuda(0)).kind(), ErrorKind::Unavailable);
        assert_eq!(failure(Stream::create(0)).kind(), ErrorKind::Unavailable);
        assert_eq!(cuda::memory_allocated(0).unwrap(), 0);
        assert_eq!(cuda::max_memory_allocated(0).unwrap(), 0);
        cuda::empty_cache().unwrap();
    }
}

/// The example in README.md, kept compiling and true.
#[test]
fn readme_example() -> Result<(), TorchError> {
    use torch_sffi::nn;
    let x = Tensor::from_data(&[1.0, 2.0, 3.0, 4.0], &[2, 2])?;
    let y = nn::linear_v2(&x, &Tensor::eye(2)?.to_dtype(torch_sffi::Kind::Float64)?, None)?;
    assert_eq!(y.data_f64()?, vec![1.0, 2.0, 3.0, 4.0]);
    Ok(())
}
