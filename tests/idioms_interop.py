"""Idioms of zero-copy interop and serialization: NumPy (numpy(), from_numpy, as_tensor,
tensor(ndarray), np.asarray), DLPack within one library, pickle, copy and deepcopy, save and
load (through io.BytesIO and temporary paths). Sharing across libraries (torch.from_dlpack of a
torch_sffi tensor, files written by one and read by the other) is in test_python_interop.py."""

from __future__ import annotations

from idioms import Idiom

IMPORTS = "import copy, io, os, pickle, tempfile\n"
TMP = IMPORTS + "d = tempfile.mkdtemp()\npath = os.path.join(d, 'model.pt')\n"
# pickled(x): x through pickle; saved(x, **load_args): x through save and load (an io.BytesIO)
HELPERS = IMPORTS + """
def pickled(x, **kw):
    return pickle.loads(pickle.dumps(x, **kw))

def saved(x, **kw):
    f = io.BytesIO()
    torch.save(x, f)
    f.seek(0)
    return torch.load(f, **kw)
"""

IDIOMS = [
    # ---------------------------------------------------------------- numpy()
    Idiom("numpy_float", "torch.tensor([1.5, 2.5]).numpy()"),
    Idiom("numpy_int", "torch.tensor([[1, 2], [3, 4]]).numpy()"),
    Idiom("numpy_bool", "torch.tensor([True, False]).numpy()"),
    Idiom("numpy_float64", "torch.tensor([1.0], dtype=torch.float64).numpy()"),
    Idiom("numpy_int8", "torch.tensor([1, -2], dtype=torch.int8).numpy()"),
    Idiom("numpy_uint8", "torch.tensor([1, 255], dtype=torch.uint8).numpy()"),
    Idiom("numpy_int16", "torch.tensor([1, -2], dtype=torch.int16).numpy()"),
    Idiom("numpy_int32", "torch.tensor([1, -2], dtype=torch.int32).numpy()"),
    Idiom("numpy_float16", "torch.tensor([0.5, 2.0], dtype=torch.float16).numpy()"),
    Idiom("numpy_complex64", "torch.tensor([1 + 2j]).numpy()"),
    Idiom("numpy_complex128", "torch.tensor([1 + 2j], dtype=torch.complex128).numpy()"),
    Idiom("numpy_0d", "torch.tensor(3.5).numpy()"),
    Idiom("numpy_empty", "torch.zeros(0, 3).numpy()"),
    Idiom("numpy_transposed", "torch.arange(6).reshape(2, 3).t().numpy()"),
    Idiom("numpy_shape_dtype", "a = torch.ones(2, 3).numpy()\nr = (a.shape, str(a.dtype))"),
    Idiom("numpy_shares_write", "t = torch.zeros(3)\na = t.numpy()\na[0] = 5\nr = t"),
    Idiom("numpy_shares_inplace", "t = torch.zeros(3)\na = t.numpy()\nt.add_(1)\nr = a"),
    Idiom("numpy_view_shares", "t = torch.zeros(2, 3)\na = t[1].numpy()\na[:] = 7\nr = t"),
    Idiom("numpy_requires_grad", "torch.ones(2, requires_grad=True).numpy()"),
    Idiom("numpy_detach", "torch.ones(2, requires_grad=True).detach().numpy()"),
    Idiom("numpy_force", "torch.ones(2, requires_grad=True).numpy(force=True)"),
    Idiom("numpy_bfloat16", "torch.ones(2, dtype=torch.bfloat16).numpy()"),
    Idiom("numpy_tolist", "torch.tensor([[1, 2], [3, 4]]).numpy().tolist()"),
    Idiom("numpy_sum", "float(torch.arange(10.0).numpy().sum())"),
    # ---------------------------------------------------------------- __array__
    Idiom("asarray", "np.asarray(torch.tensor([1.0, 2.0]))"),
    Idiom("asarray_int", "np.asarray(torch.tensor([[1, 2]]))"),
    Idiom("asarray_dtype", "np.asarray(torch.tensor([1.5, 2.5]), dtype=np.float64)"),
    Idiom("array_copy", "t = torch.zeros(2)\na = np.array(t)\na[0] = 1\nr = t"),
    Idiom("asarray_shares", "t = torch.zeros(2)\na = np.asarray(t)\na[0] = 1\nr = t"),
    Idiom("asarray_requires_grad", "np.asarray(torch.ones(2, requires_grad=True))"),
    Idiom("np_function_of_tensor", "np.sum(np.asarray(torch.tensor([1, 2, 3])))"),
    # ---------------------------------------------------------------- from_numpy
    Idiom("from_numpy_float64", "torch.from_numpy(np.array([1.0, 2.0]))"),
    Idiom("from_numpy_float32", "torch.from_numpy(np.array([1.0, 2.0], dtype=np.float32))"),
    Idiom("from_numpy_int64", "torch.from_numpy(np.arange(6).reshape(2, 3))"),
    Idiom("from_numpy_int32", "torch.from_numpy(np.array([1, 2], dtype=np.int32))"),
    Idiom("from_numpy_bool", "torch.from_numpy(np.array([True, False]))"),
    Idiom("from_numpy_uint8", "torch.from_numpy(np.array([1, 255], dtype=np.uint8))"),
    Idiom("from_numpy_float16", "torch.from_numpy(np.array([0.5], dtype=np.float16))"),
    Idiom("from_numpy_complex", "torch.from_numpy(np.array([1 + 2j]))"),
    Idiom("from_numpy_0d", "torch.from_numpy(np.array(2.5))"),
    Idiom("from_numpy_shares", "a = np.zeros(3)\nt = torch.from_numpy(a)\na[1] = 4\nr = t"),
    Idiom("from_numpy_shares_back", "a = np.zeros(3)\nt = torch.from_numpy(a)\nt.add_(2)\nr = a"),
    Idiom("from_numpy_strided", "a = np.arange(12).reshape(3, 4)[:, ::2]\nt = torch.from_numpy(a)\na[0, 0] = 99\nr = (t, t.stride())"),
    Idiom("from_numpy_transposed", "torch.from_numpy(np.arange(6).reshape(2, 3).T)"),
    Idiom("from_numpy_negative_stride", "torch.from_numpy(np.arange(4)[::-1])"),
    Idiom("from_numpy_list", "torch.from_numpy([1, 2])"),
    Idiom("from_numpy_object", "torch.from_numpy(np.array(['a', 'b']))"),
    Idiom("from_numpy_round_trip", "torch.from_numpy(torch.tensor([1.0, 2.0]).numpy()) * 2"),
    # ---------------------------------------------------------------- tensor() and as_tensor() of arrays
    Idiom("tensor_of_ndarray", "torch.tensor(np.array([[1.0, 2.0], [3.0, 4.0]]))"),
    Idiom("tensor_of_ndarray_int", "torch.tensor(np.array([1, 2, 3]))"),
    Idiom("tensor_of_ndarray_dtype", "torch.tensor(np.array([1, 2]), dtype=torch.float32)"),
    Idiom("tensor_of_ndarray_copies", "a = np.zeros(2)\nt = torch.tensor(a)\na[0] = 1\nr = t"),
    Idiom("tensor_of_ndarray_reversed", "torch.tensor(np.arange(4)[::-1])"),
    Idiom("tensor_of_numpy_scalar", "torch.tensor(np.float64(2.5))"),
    Idiom("tensor_of_numpy_int_scalar", "torch.tensor(np.int32(7))"),
    Idiom("tensor_of_ndarray_requires_grad", "torch.tensor(np.array([1.0]), requires_grad=True)"),
    Idiom("as_tensor_ndarray_shares", "a = np.zeros(3)\nt = torch.as_tensor(a)\na[2] = 8\nr = t"),
    Idiom("as_tensor_ndarray_dtype_copies", "a = np.zeros(3)\nt = torch.as_tensor(a, dtype=torch.float32)\na[2] = 8\nr = t"),
    Idiom("as_tensor_list", "torch.as_tensor([1, 2, 3])"),
    Idiom("as_tensor_list_dtype", "torch.as_tensor([1, 2], dtype=torch.float64)"),
    Idiom("as_tensor_tensor_same", "t = torch.ones(2)\nr = torch.as_tensor(t) is t"),
    Idiom("as_tensor_tensor_dtype", "torch.as_tensor(torch.ones(2), dtype=torch.int64)"),
    Idiom("as_tensor_reversed", "torch.as_tensor(np.arange(3)[::-1])"),
    # ---------------------------------------------------------------- DLPack within one library
    Idiom("from_dlpack_self", "t = torch.arange(4.0)\nu = torch.from_dlpack(t)\nu.add_(9)\nr = t"),
    Idiom("from_dlpack_ndarray", "a = np.arange(3.0)\nt = torch.from_dlpack(a)\na[0] = 5\nr = t"),
    Idiom("dlpack_device", "tuple(int(x) for x in torch.ones(1).__dlpack_device__())"),
    Idiom("dlpack_requires_grad", "torch.ones(2, requires_grad=True).__dlpack__()"),
    Idiom("np_from_dlpack", "t = torch.ones(3)\na = np.from_dlpack(t)\na[1] = 0\nr = t"),
    # ---------------------------------------------------------------- pickle, copy
    Idiom("pickle_round_trip", "pickled(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))", HELPERS),
    Idiom("pickle_int", "pickled(torch.tensor([1, 2], dtype=torch.int32))", HELPERS),
    Idiom("pickle_bool", "pickled(torch.tensor([True, False]))", HELPERS),
    Idiom("pickle_complex", "pickled(torch.tensor([1 + 1j]))", HELPERS),
    Idiom("pickle_bfloat16", "pickled(torch.tensor([1.5], dtype=torch.bfloat16))", HELPERS),
    Idiom("pickle_0d", "pickled(torch.tensor(7))", HELPERS),
    Idiom("pickle_empty", "pickled(torch.zeros(2, 0))", HELPERS),
    Idiom("pickle_requires_grad", "pickled(torch.ones(2, requires_grad=True))", HELPERS),
    Idiom("pickle_non_leaf", "pickled(torch.ones(2, requires_grad=True) * 2)", HELPERS),
    Idiom("pickle_transposed", "pickled(torch.arange(6).reshape(2, 3).t())", HELPERS),
    Idiom("pickle_dict", "pickled({'w': torch.ones(2), 'b': [torch.zeros(1)]})", HELPERS),
    Idiom("pickle_protocol_5", "pickled(torch.arange(3), protocol=5)", HELPERS),
    Idiom("deepcopy", "t = torch.tensor([1.0, 2.0])\nc = copy.deepcopy(t)\nc.mul_(5)\nr = (t, c)", IMPORTS),
    Idiom("deepcopy_requires_grad", "copy.deepcopy(torch.ones(2, requires_grad=True))", IMPORTS),
    Idiom("deepcopy_is_leaf", "copy.deepcopy(torch.ones(2, requires_grad=True)).is_leaf", IMPORTS),
    Idiom("deepcopy_grad", "t = torch.ones(2, requires_grad=True)\n(t * 3).sum().backward()\nr = copy.deepcopy(t).grad", IMPORTS),
    Idiom("deepcopy_non_leaf", "copy.deepcopy(torch.ones(2, requires_grad=True) * 2)", IMPORTS),
    Idiom("deepcopy_dict", "d = {'a': torch.ones(2), 'b': [torch.arange(3)]}\nc = copy.deepcopy(d)\nc['a'].zero_()\nr = (d, c)", IMPORTS),
    Idiom("deepcopy_memo", "t = torch.ones(2)\nc = copy.deepcopy([t, t])\nr = c[0] is c[1]", IMPORTS),
    Idiom("copy_shares", "t = torch.zeros(2)\nc = copy.copy(t)\nc.add_(3)\nr = t", IMPORTS),
    Idiom("copy_requires_grad", "copy.copy(torch.ones(2, requires_grad=True)).requires_grad", IMPORTS),
    Idiom("is_leaf", "(torch.ones(2).is_leaf, torch.ones(2, requires_grad=True).is_leaf, (torch.ones(2, requires_grad=True) + 1).is_leaf)"),
    # ---------------------------------------------------------------- save and load
    Idiom("save_load_bytesio", "saved(torch.arange(6.0).reshape(2, 3))", HELPERS),
    Idiom("save_load_dict", "saved({'w': torch.ones(2, 2), 'b': torch.zeros(2)}, weights_only=True)", HELPERS),
    Idiom("save_load_list", "saved([torch.ones(1), torch.tensor([1, 2])])", HELPERS),
    Idiom("save_load_nested", "saved({'layers': [{'w': torch.eye(2)}], 'step': 3, 'name': 'm', 'lr': 0.1, 'x': None})", HELPERS),
    Idiom("save_load_tuple", "saved((torch.ones(1), 2))", HELPERS),
    Idiom("save_load_dtypes", "saved([torch.ones(2, dtype=d) for d in (torch.float16, torch.bfloat16, torch.float64, torch.int8, torch.uint8, torch.int16, torch.int32, torch.bool, torch.complex64)])", HELPERS),
    Idiom("save_load_requires_grad", "saved(torch.ones(2, requires_grad=True))", HELPERS),
    Idiom("save_load_transposed", "saved(torch.arange(6).reshape(2, 3).t())", HELPERS),
    Idiom("save_load_empty", "saved(torch.zeros(0, 4))", HELPERS),
    Idiom("save_load_path", "torch.save({'a': torch.arange(4)}, path)\nr = torch.load(path)", TMP),
    Idiom("save_load_same_tensor_twice", "t = torch.ones(2)\na, b = saved([t, t])\na.add_(5)\nr = b", HELPERS),
    Idiom("save_load_ordered_dict", "import collections\nr = dict(saved(collections.OrderedDict(w=torch.ones(1))))", HELPERS),
    Idiom("load_truncated", "f = io.BytesIO()\ntorch.save(torch.ones(3), f)\ntorch.load(io.BytesIO(f.getvalue()[:40]))", IMPORTS),
    Idiom("load_not_a_file", "torch.load(io.BytesIO(b'not a checkpoint at all'))", IMPORTS),
    Idiom("load_missing_path", "torch.load(os.path.join(d, 'missing.pt'))", TMP),
]
