//! Handles are released by Drop and by free(): the bridge's live-handle count returns to
//! where it was. One test in this binary, so no other test creates handles meanwhile.

use torch_sffi::{live_handles, Tensor};

#[test]
fn drop_and_free_release_every_handle() {
    let before = live_handles().unwrap();
    {
        let a = Tensor::ones(&[3, 3]).unwrap();
        let pieces = a.chunk(3, 0).unwrap();
        let (u, s, vh) = a.add_scalar(1.0).unwrap().linalg_svd(true, None).unwrap();
        assert_eq!(live_handles().unwrap(), before + 1 + 3 + 3);
        drop(pieces);
        assert_eq!(live_handles().unwrap(), before + 1 + 3);
        for t in [u, s, vh] {
            t.free().unwrap();
        }
        assert_eq!(live_handles().unwrap(), before + 1);
        // A method changing its receiver in place makes no handle.
        let mut b = Tensor::zeros(&[2]).unwrap();
        b.add_scalar_(1.0).unwrap();
        assert_eq!(live_handles().unwrap(), before + 2);
    }
    assert_eq!(live_handles().unwrap(), before);
    // A failed call creates nothing.
    assert!(Tensor::zeros(&[-1]).is_err());
    assert_eq!(live_handles().unwrap(), before);
}
