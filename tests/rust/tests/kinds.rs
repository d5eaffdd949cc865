//! Each kind of argument and result of the schema vocabulary, through entries of the catalogue:
//! optional values, Scalars that keep their kind, dtypes (Kind), devices, enums, tensor lists
//! with holes, sized int lists, tuples and in-place methods. Expected values are PyTorch's.

use torch_sffi::{
    nn, ConvPadding, Device, ErrorKind, GeluApproximate, Kind, MemoryFormat, Reduction, RoundingMode, Scalar, Tensor,
};
use torch_sffi_tests::*;

fn grid(n: i64) -> Tensor {
    Tensor::arange(0.0, (n * n) as f64, 1.0).unwrap().reshape(&[1, 1, n, n]).unwrap()
}

fn integers(data: &[i64]) -> Tensor {
    Tensor::from_i64(data, &[data.len() as i64]).unwrap()
}

// ------------------------------------------------------------------ Option arguments

#[test]
fn optional_int_float_and_list_arguments() {
    let m = tensor(&[0.0, 1.0, 2.0, 3.0, 5.0, 4.0], &[2, 3]);
    // int?: None reduces over everything, as torch.argmax(m) does.
    assert_eq!(m.argmax_v2(None, false).unwrap().data_i64().unwrap(), vec![4]);
    assert_eq!(m.argmax_v2(Some(1), false).unwrap().data_i64().unwrap(), vec![2, 1]);
    // int[1]?: None for all dimensions, one value for one, a list for several.
    assert_eq!(m.sum_dim_intlist(None, false, None).unwrap().item().unwrap(), 15.0);
    assert_close(&values(&m.sum_dim_intlist(Some(&[0]), false, None).unwrap()), &[3.0, 6.0, 6.0]);
    assert_eq!(m.sum_dim_intlist(Some(&[0, 1]), true, None).unwrap().shape().unwrap(), vec![1, 1]);
    // float? and int?: embedding's max_norm renormalises the rows it looks up.
    let table = tensor(&[3.0, 4.0, 0.0, 1.0], &[2, 2]);
    let ids = integers(&[0, 1]);
    assert_close(&values(&nn::embedding_v2(&ids, &table, None, None, 2.0, false, false).unwrap()), &[3.0, 4.0, 0.0, 1.0]);
    let capped = nn::embedding_v2(&ids, &table, Some(1), Some(1.0), 2.0, false, false).unwrap();
    assert_close(&values(&capped), &[0.6, 0.8, 0.0, 1.0]);
}

#[test]
fn optional_scalar_arguments() {
    let m = tensor(&[0.0, 1.0, 2.0, 3.0, 4.0, 5.0], &[2, 3]);
    // torch.std(m) (correction 1 by default) and torch.std(m, correction=0)
    assert!((m.std_correction(None, None, false).unwrap().item().unwrap() - 1.8708286933869707).abs() < 1e-12);
    let population = m.std_correction(None, Some(Scalar::Int(0)), false).unwrap();
    assert!((population.item().unwrap() - 1.707825127659933).abs() < 1e-12);
    let rows = m.var_correction(Some(&[1]), Some(0.into()), false).unwrap();
    assert_close(&values(&rows), &[2.0 / 3.0, 2.0 / 3.0]);
}

// ------------------------------------------------------------------ Scalars keep their kind

#[test]
fn scalar_int_and_float_arguments_keep_their_kind() {
    let t = integers(&[1, 2, 3]);
    let plus_int = t.add_scalar_v2(2, 1).unwrap();
    assert_eq!(plus_int.dtype().unwrap(), Kind::Int64);
    assert_eq!(plus_int.data_i64().unwrap(), vec![3, 4, 5]);
    let plus_float = t.add_scalar_v2(0.5, 1).unwrap();
    assert_eq!(plus_float.dtype().unwrap(), Kind::Float32);
    assert_close(&values(&plus_float), &[1.5, 2.5, 3.5]);
    // alpha is a Scalar too: torch.add(t, 2, alpha=3)
    assert_eq!(t.add_scalar_v2(2, 3).unwrap().data_i64().unwrap(), vec![7, 8, 9]);
    // torch.full([2], 7), torch.full([2], 7.0), torch.full([2], True)
    assert_eq!(Tensor::full_v2(&[2], 7, None, None).unwrap().dtype().unwrap(), Kind::Int64);
    assert_eq!(Tensor::full_v2(&[2], 7.0f32, None, None).unwrap().dtype().unwrap(), Kind::Float32);
    assert_eq!(Tensor::full_v2(&[2], true, None, None).unwrap().dtype().unwrap(), Kind::Bool);
    // A Scalar first: torch.pow(2, t)
    assert_eq!(Tensor::pow_scalar(2, &t).unwrap().data_i64().unwrap(), vec![2, 4, 8]);
    assert_eq!(Scalar::from(2i32), Scalar::Int(2));
    assert_eq!(Scalar::from(0.5f32), Scalar::Float(0.5));
    assert_eq!(Scalar::Bool(true).c_args(), (0.0, 1, 2));
    assert_eq!(Scalar::optional_c_args(None).2, -1);
}

// ------------------------------------------------------------------ dtypes

#[test]
fn dtype_arguments_and_results_are_kinds() {
    let z = Tensor::zeros_v2(&[2], Some(Kind::Float64), None).unwrap();
    assert_eq!(z.dtype().unwrap(), Kind::Float64);
    assert_eq!(Tensor::zeros_v2(&[2], None, None).unwrap().dtype().unwrap(), Kind::Float32);
    let i = z.to_dtype_v2(Kind::Int32, false, false, None).unwrap();
    assert_eq!(i.dtype().unwrap(), Kind::Int32);
    let x = tensor(&[1.0, 2.0, 3.0], &[3]);
    assert_eq!(x.softmax_int(0, Some(Kind::Float32)).unwrap().dtype().unwrap(), Kind::Float32);
    for kind in Kind::ALL {
        assert_eq!(Kind::from_code(kind.code()).unwrap(), kind);
    }
    assert_eq!((Kind::Float32.code(), Kind::Float32.name()), (6, "float32"));
    assert_eq!(Kind::Bfloat16.code(), 15);
    let error = failure(Kind::from_code(8));
    assert_eq!(error.kind(), ErrorKind::Value);
}

// ------------------------------------------------------------------ devices

#[test]
fn device_arguments() {
    let cpu = Tensor::zeros_v2(&[2, 3], None, Some(Device::Cpu)).unwrap();
    assert_eq!(cpu.device().unwrap(), -1);
    assert_close(&values(&cpu), &[0.0; 6]);
    let moved = tensor(&[1.0, 2.0], &[2]).to_device(Device::Cpu, Some(Kind::Int64), false, false, None).unwrap();
    assert_eq!(moved.data_i64().unwrap(), vec![1, 2]);
    // A meta tensor has a shape and a dtype but no data.
    let meta = Tensor::zeros_v2(&[2, 3], Some(Kind::Float64), Some(Device::Meta)).unwrap();
    assert_eq!(meta.shape().unwrap(), vec![2, 3]);
    assert_eq!(meta.dtype().unwrap(), Kind::Float64);
    assert!(failure(meta.data_f64()).message().starts_with("rt_torch_torchtensor_data_f64: "));
    assert_eq!((Device::Cuda(-1).type_code(), Device::Cuda(-1).index()), (1, -1));
    assert_eq!((Device::Cpu.type_code(), Device::Cpu.index(), Device::Meta.name()), (0, -1, "meta"));
    if !torch_sffi::cuda::available().unwrap() {
        let error = failure(Tensor::zeros_v2(&[2], None, Some(Device::Cuda(0))));
        assert_eq!(error.kind(), ErrorKind::Unavailable);
        assert!(error.message().contains("CUDA"), "{error}");
    }
}

// ------------------------------------------------------------------ enums

#[test]
fn enum_arguments() {
    let a = tensor(&[-7.0, 7.0], &[2]);
    let b = tensor(&[2.0, 2.0], &[2]);
    assert_close(&values(&a.div_tensor_mode(&b, None).unwrap()), &[-3.5, 3.5]);
    assert_close(&values(&a.div_tensor_mode(&b, Some(RoundingMode::Floor)).unwrap()), &[-4.0, 3.0]);
    assert_close(&values(&a.div_tensor_mode(&b, Some(RoundingMode::Trunc)).unwrap()), &[-3.0, 3.0]);
    assert_close(&values(&a.div_scalar_mode(2, Some(RoundingMode::Floor)).unwrap()), &[-4.0, 3.0]);
    let x = tensor(&[-1.0, 0.0, 1.0], &[3]);
    assert_close(&values(&x.gelu_v2(GeluApproximate::None).unwrap()), &[-0.15865525393145702, 0.0, 0.841344746068543]);
    assert_close(&values(&x.gelu_v2(GeluApproximate::Tanh).unwrap()), &[-0.15880800939172324, 0.0, 0.8411919906082768]);
    // padding='same' keeps the spatial size; 'valid' pads nothing.
    let w = Tensor::ones(&[1, 1, 3, 3]).unwrap();
    let same = nn::conv2d_padding(&grid(4), &w, None, &[1], ConvPadding::Same, &[1], 1).unwrap();
    assert_eq!(same.shape().unwrap(), vec![1, 1, 4, 4]);
    let valid = nn::conv2d_padding(&grid(4), &w, None, &[1], ConvPadding::Valid, &[1], 1).unwrap();
    assert_close(&values(&valid), &[45.0, 54.0, 81.0, 90.0]);
    // A memory format the tensor cannot have is the bridge's error.
    let image = grid(2);
    assert_close(&values(&image.contiguous_v2(MemoryFormat::ChannelsLast).unwrap()), &[0.0, 1.0, 2.0, 3.0]);
    let error = failure(tensor(&[1.0, 2.0], &[1, 2]).contiguous_v2(MemoryFormat::ChannelsLast));
    assert_eq!(error.kind(), ErrorKind::Other);
    assert!(error.message().contains("required rank 4 tensor to use channels_last format"), "{error}");
    assert_eq!(Reduction::ALL.map(Reduction::as_str), ["none", "mean", "sum"]);
    assert_eq!(MemoryFormat::ChannelsLast3d.as_c_str().to_str().unwrap(), "channels_last_3d");
}

// ------------------------------------------------------------------ lists

#[test]
fn tensor_lists_with_holes_and_sized_int_lists() {
    let m = Tensor::arange(0.0, 6.0, 1.0).unwrap().reshape(&[2, 3]).unwrap();
    let columns = integers(&[2, 0]);
    // m[:, [2, 0]]: None keeps the first dimension whole.
    assert_close(&values(&m.index_tensor(&[None, Some(&columns)]).unwrap()), &[2.0, 0.0, 5.0, 3.0]);
    let rows = integers(&[1]);
    assert_close(&values(&m.index_tensor(&[Some(&rows)]).unwrap()), &[3.0, 4.0, 5.0]);
    // int[2]: one value stands for both.
    let pooled = nn::max_pool2d_v2(&grid(4), &[2], None, &[0], &[1], false).unwrap();
    assert_close(&values(&pooled), &[5.0, 7.0, 13.0, 15.0]);
    let error = failure(nn::max_pool2d_v2(&grid(4), &[2, 2, 2], None, &[0], &[1], false));
    assert_eq!(error.kind(), ErrorKind::Other);
    assert!(error.message().contains("kernel_size"), "{error}");
}

// ------------------------------------------------------------------ tuples

#[test]
fn tuple_results_are_rust_tuples() {
    let (output, indices) = nn::max_pool2d_with_indices(&grid(4), &[2, 2], None, &[0], &[1], false).unwrap();
    assert_close(&values(&output), &[5.0, 7.0, 13.0, 15.0]);
    assert_eq!(indices.data_i64().unwrap(), vec![5, 7, 13, 15]);
    let (values_, argmax) = tensor(&[1.0, 9.0, 3.0], &[3]).max_dim_v2(0, false).unwrap();
    assert_eq!((values_.item().unwrap(), argmax.data_i64().unwrap()), (9.0, vec![1]));
}

// ------------------------------------------------------------------ in place

#[test]
fn in_place_methods_take_mut_self() {
    let mut x = tensor(&[1.0, 2.0], &[2]);
    let y = tensor(&[10.0, 20.0], &[2]);
    let handle = x.handle();
    x.add_(&y, 0.5).unwrap();
    assert_close(&values(&x), &[6.0, 12.0]);
    x.mul_scalar_(2.0).unwrap();
    assert_close(&values(&x), &[12.0, 24.0]);
    x.addcmul_(&y, &y, 0.01).unwrap();
    assert_close(&values(&x), &[13.0, 28.0]);
    x.copy_(&y).unwrap();
    assert_close(&values(&x), &[10.0, 20.0]);
    x.zero_().unwrap();
    assert_close(&values(&x), &[0.0, 0.0]);
    assert_eq!(x.handle(), handle, "the same tensor, changed in place");
    let error = failure(x.add_(&tensor(&[1.0, 2.0, 3.0], &[3]), 1.0));
    assert_eq!(error.kind(), ErrorKind::Other);
}
