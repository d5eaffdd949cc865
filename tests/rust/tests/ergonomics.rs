//! The tch-rs-style layer: operators, conversions, creation options, infallible getters and
//! indexing (values compared with what PyTorch gives for the same expressions).

use torch_sffi::{Device, ErrorKind, IndexOp, Kind, Tensor};

#[test]
fn operators_follow_pytorchs_promotion() {
    let ints = Tensor::from_slice(&[1i64, 2, 3]);
    let floats = Tensor::from_slice(&[0.5f32, 1.5, 2.5]);
    // int64 + int keeps int64; int64 * float promotes to the default float dtype.
    assert_eq!((&ints + 1).kind(), Kind::Int64);
    assert_eq!(Vec::<i64>::try_from(&(&ints * 3 - 1)).unwrap(), [2, 5, 8]);
    assert_eq!((&ints * 0.5).kind(), Kind::Float32);
    assert_eq!((&ints / 2).kind(), Kind::Float32); // true division, as torch.div
    assert_eq!(Vec::<f32>::try_from(&(&ints / 2)).unwrap(), [0.5, 1.0, 1.5]);
    assert_eq!(Vec::<f32>::try_from(&(10 - &floats)).unwrap(), [9.5, 8.5, 7.5]);
    assert_eq!(Vec::<f32>::try_from(&(2.0 / &floats)).unwrap(), [4.0, 2.0 / 1.5, 0.8]);
    assert_eq!(Vec::<f32>::try_from(&(-(&floats + &ints))).unwrap(), [-1.5, -3.5, -5.5]);
    // Owned operands, and compound assignment in place (the handle stays the same).
    let mut acc = Tensor::zeros_with(&[3], Kind::Float).unwrap();
    let handle = acc.handle();
    acc += floats.shallow_view();
    acc -= 0.5;
    acc *= Tensor::from_slice(&[2.0f32, 2.0, 2.0]);
    acc /= 4;
    assert_eq!(acc.handle(), handle);
    assert_eq!(Vec::<f32>::try_from(acc).unwrap(), [0.0, 0.5, 1.0]);
}

trait ShallowView {
    fn shallow_view(&self) -> Tensor;
}

impl ShallowView for Tensor {
    fn shallow_view(&self) -> Tensor {
        self.i(..)
    }
}

#[test]
#[should_panic(expected = "tensor operator `+` failed: ")]
fn an_operator_on_shapes_that_do_not_broadcast_panics_with_the_bridge_error() {
    let _ = Tensor::ones_with(&[2], Kind::Float).unwrap()
        + Tensor::ones_with(&[3], Kind::Float).unwrap();
}

#[test]
fn in_place_assignment_fails_like_pytorch_on_a_leaf_that_requires_grad() {
    let mut w = Tensor::zeros_with(&[2], Kind::Float).unwrap();
    w.set_requires_grad(true).unwrap();
    let error = w.add_scalar_v2_(1.0, 1).unwrap_err();
    assert!(error.message().contains("a leaf Variable that requires grad"), "{error}");
}

#[test]
fn from_slice_and_back_for_every_element_type() {
    assert_eq!(Vec::<f64>::try_from(&Tensor::from_slice(&[0.1f64, -2.0])).unwrap(), [0.1, -2.0]);
    assert_eq!(
        Vec::<f32>::try_from(&Tensor::from_slice(&[0.1f32, f32::MAX])).unwrap(),
        [0.1, f32::MAX]
    );
    assert_eq!(
        Vec::<i64>::try_from(&Tensor::from_slice(&[i64::MIN, i64::MAX])).unwrap(),
        [i64::MIN, i64::MAX]
    );
    assert_eq!(Vec::<i32>::try_from(&Tensor::from_slice(&[i32::MIN, 7])).unwrap(), [i32::MIN, 7]);
    assert_eq!(Vec::<i16>::try_from(&Tensor::from_slice(&[-300i16, 9])).unwrap(), [-300, 9]);
    assert_eq!(Vec::<i8>::try_from(&Tensor::from_slice(&[-128i8, 127])).unwrap(), [-128, 127]);
    assert_eq!(Vec::<u8>::try_from(&Tensor::from_slice(&[0u8, 255])).unwrap(), [0, 255]);
    assert_eq!(Vec::<bool>::try_from(&Tensor::from_slice(&[true, false])).unwrap(), [true, false]);
    let kinds = [
        Tensor::from_slice(&[1.0f64]).kind(),
        Tensor::from_slice(&[1.0f32]).kind(),
        Tensor::from_slice(&[1i32]).kind(),
        Tensor::from_slice(&[1i16]).kind(),
        Tensor::from_slice(&[1i8]).kind(),
        Tensor::from_slice(&[1u8]).kind(),
        Tensor::from_slice(&[true]).kind(),
    ];
    assert_eq!(
        kinds,
        [Kind::Double, Kind::Float, Kind::Int, Kind::Short, Kind::Int8, Kind::Uint8, Kind::Bool]
    );
    // Reading as another type converts as to_dtype does (truncation towards zero for floats).
    assert_eq!(Vec::<i64>::try_from(&Tensor::from_slice(&[2.7f32, -2.7])).unwrap(), [2, -2]);
    assert_eq!(f64::try_from(&Tensor::from_slice(&[4.5f64])).unwrap(), 4.5);
    let error = f64::try_from(&Tensor::from_slice(&[1.0f64, 2.0])).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Value);
}

#[test]
fn creation_with_options_and_the_infallible_getters() {
    let t = Tensor::zeros_with(&[2, 3], (Kind::Float64, Device::Cpu)).unwrap();
    assert_eq!((t.size(), t.kind(), t.dev(), t.dim()), (vec![2, 3], Kind::Float64, Device::Cpu, 2));
    assert_eq!(Tensor::ones_with(&[1], Kind::Int64).unwrap().kind(), Kind::Long);
    assert_eq!(Tensor::full_with(&[2], 7, Device::Cpu).unwrap().kind(), Kind::Int64); // as torch.full
    assert_eq!(Tensor::arange_with(0, 5, 2, Kind::Float).unwrap().size(), [3]);
    let meta = Tensor::randn_with(&[4], Device::Meta).unwrap();
    assert_eq!(
        (meta.dev(), meta.to_string()),
        (Device::Meta, "tensor(..., device='meta', size=(4,))".to_string())
    );
    assert!(!t.is_requires_grad());
    assert_eq!(Device::from_codes(0, -1).unwrap(), Device::Cpu);
    assert_eq!(Device::from_codes(1, 2).unwrap(), Device::Cuda(2));
    assert_eq!(Device::from_codes(99, 0).unwrap_err().kind(), ErrorKind::Value);
    assert_eq!(
        (Kind::Float.to_string(), Device::Cuda(1).to_string()),
        ("torch.float32".to_string(), "cuda:1".to_string())
    );
}

#[test]
fn indexing_as_python_writes_it() {
    let t = Tensor::arange_with(0, 24, 1, Kind::Int64).unwrap().reshape(&[2, 3, 4]).unwrap();
    assert_eq!(t.i(1).size(), [3, 4]);
    assert_eq!(Vec::<i64>::try_from(&t.i((0, 1))).unwrap(), [4, 5, 6, 7]);
    assert_eq!(Vec::<i64>::try_from(&t.i((.., -1, 1..3))).unwrap(), [9, 10, 21, 22]);
    assert_eq!(Vec::<i64>::try_from(&t.i((1, ..2, ..=0))).unwrap(), [12, 16]);
    assert_eq!(t.i((.., .., ..)).size(), [2, 3, 4]);
    assert_eq!(Vec::<i64>::try_from(&t.i((1, 2, -1..))).unwrap(), [23]);
    assert_eq!(
        Vec::<i64>::try_from(&t.select(2, -1).unwrap().narrow(1, 1, 2).unwrap()).unwrap(),
        [7, 11, 19, 23]
    );
    // A view: writing through it changes the tensor.
    let mut row = t.i((0, 0));
    row.zero_().unwrap();
    assert_eq!(Vec::<i64>::try_from(&t.i((0, 0))).unwrap(), [0, 0, 0, 0]);
    let error = t.f_i((0, 0, 0, 0)).unwrap_err();
    assert!(error.message().contains("too many indices for tensor of dimension 3"), "{error}");
    assert!(t.f_i(5).is_err());
}
