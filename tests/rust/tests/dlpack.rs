//! DLPack through the Rust crate: an export taken over by from_dlpack shares the memory, and one
//! nobody consumes is freed by dlpack_free; the live-handle count (which counts exports) returns
//! to where it was. One test in this binary, so no other test creates handles meanwhile.

use torch_sffi::{dlpack_free, live_handles, ErrorKind, Tensor};

#[test]
fn dlpack_round_trip_shares_memory_and_frees_everything() {
    let before = live_handles().unwrap();
    for versioned in [false, true] {
        let a = Tensor::from_data(&[1.0, 2.0, 3.0], &[3]).unwrap();
        let address = a.to_dlpack(versioned).unwrap();
        assert_eq!(live_handles().unwrap(), before + 2, "the export counts until its deleter runs");
        // SAFETY: the address is a fresh export of the kind `versioned` says, consumed once.
        let mut b = unsafe { Tensor::from_dlpack(address, versioned) }.unwrap();
        b.zero_().unwrap();
        assert_eq!(a.data_f64().unwrap(), vec![0.0, 0.0, 0.0], "one memory");
        drop(a);
        drop(b);
        assert_eq!(live_handles().unwrap(), before);

        let c = Tensor::ones(&[4]).unwrap();
        let unused = c.to_dlpack(versioned).unwrap();
        drop(c);
        assert_eq!(live_handles().unwrap(), before + 1);
        // SAFETY: an export nobody consumed, freed once.
        unsafe { dlpack_free(unused, versioned) }.unwrap();
        assert_eq!(live_handles().unwrap(), before);
        // SAFETY: 0 is the one address the bridge checks: a value error, never a crash.
        let err = unsafe { Tensor::from_dlpack(0, versioned) }.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Value);
    }
}
