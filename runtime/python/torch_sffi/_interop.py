"""Zero-copy interop and serialization: DLPack, NumPy, pickle/copy, save/load, with PyTorch's
semantics.

* DLPack: `Tensor.__dlpack__` / `__dlpack_device__` and `from_dlpack` over the catalogue's
  rt_torch_torchtensor_to_dlpack / rt_torch_tensor_from_dlpack (ATen's own at::toDLPack and
  at::fromDLPack); the capsules ("dltensor", renamed "used_dltensor" when consumed, freed by
  their destructor when never consumed) are made and opened in C (_core.dlpack_export /
  dlpack_import), so that an interrupt can never leave a DLManagedTensor owned by nobody.
* NumPy, through DLPack: `Tensor.numpy()` and `from_numpy` share memory, `tensor(ndarray)`
  copies, `as_tensor` shares when it can. NumPy is imported only when one of these is used
  (it is not a dependency of torch_sffi).
* pickle, copy.copy and copy.deepcopy of a Tensor: values, dtype, shape, requires_grad.
* save / load: PyTorch's zip format (what torch.save writes since 1.6: a zip of data.pkl,
  a pickle of protocol 2 whose tensors are torch._utils._rebuild_tensor_v2 records over
  persistent ids of storages, one record data/<key> of raw little-endian bytes per storage),
  written and read here in Python. libtorch's C++ torch::pickle_save / pickle_load write the
  same container, but only an IValue crosses them, and the C ABI has no way to carry a
  structure of dicts and lists (nor raw bytes); the Python tier has both, and its reader is
  restricted as torch.load(weights_only=True) is: tensors, numbers, strings, None and dicts,
  lists, tuples of them, nothing else is ever constructed.

Raw bytes (save, load, pickle) cross through a DLPack export of a contiguous CPU tensor: its
data address is read from the DLManagedTensor with ctypes, and copied while the capsule keeps
the storage alive.
"""

from __future__ import annotations

import collections
import ctypes
import io
import os
import pickle
import struct
import zipfile
import zlib
from typing import IO, Any, NoReturn

from . import _core as _c
from . import _errors, _tables
from ._core import TensorBase
from ._runtime import type_error, value_error
from ._types import DType

# ============================================================================ DLPack

_KDL_CPU, _KDL_CUDA = 1, 2  # DLDeviceType


class _DLDevice(ctypes.Structure):
    _fields_ = [("device_type", ctypes.c_int32), ("device_id", ctypes.c_int32)]


class _DLDataType(ctypes.Structure):
    _fields_ = [("code", ctypes.c_uint8), ("bits", ctypes.c_uint8), ("lanes", ctypes.c_uint16)]


class _DLTensor(ctypes.Structure):  # dlpack.h's DLTensor, the head of a DLManagedTensor
    _fields_ = [
        ("data", ctypes.c_void_p),
        ("device", _DLDevice),
        ("ndim", ctypes.c_int32),
        ("dtype", _DLDataType),
        ("shape", ctypes.POINTER(ctypes.c_int64)),
        ("strides", ctypes.POINTER(ctypes.c_int64)),
        ("byte_offset", ctypes.c_uint64),
    ]


_capsule_pointer = ctypes.pythonapi.PyCapsule_GetPointer
_capsule_pointer.restype = ctypes.c_void_p
_capsule_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]


def _buffer_error(message: str) -> NoReturn:
    raise BufferError(message)


def _export_checks(t: Any) -> None:
    """What PyTorch's Tensor.__dlpack__ refuses (BufferError), before anything is exported."""
    if t.requires_grad:
        _buffer_error("Can't export tensors that require gradient, use tensor.detach()")


def dlpack(t: Any, stream: Any = None, max_version: Any = None, dl_device: Any = None, copy: bool | None = None) -> Any:
    """Tensor.__dlpack__: a new DLPack capsule ("dltensor") sharing the tensor's memory."""
    _export_checks(t)
    if stream is not None and not isinstance(stream, int):
        raise TypeError("stream must be ``int`` or ``none``")
    if dl_device is not None and tuple(dl_device) != tuple(dlpack_device(t)):
        _buffer_error(f"Can't export to the device {tuple(dl_device)}: the tensor is on {tuple(dlpack_device(t))}")
    if copy:
        t = t.clone()
    # DLPack 1.x when the consumer reads it (its arrays are writable: NumPy makes the arrays of a
    # 0.x capsule read-only), 0.x otherwise, as PyTorch's
    return _c.dlpack_export(t, max_version is not None and tuple(max_version)[0] >= 1)


def dlpack_device(t: Any) -> tuple[int, int]:
    """Tensor.__dlpack_device__: (DLDeviceType, index), as PyTorch's (kDLCPU is 1, kDLCUDA 2)."""
    where = _c.rt_torch_torchtensor_device(t._h)
    return (_KDL_CPU, 0) if where < 0 else (_KDL_CUDA, where)


def from_dlpack(ext_tensor: Any) -> Any:
    """A Tensor sharing the memory of another library's array (an object with __dlpack__, such
    as a torch.Tensor or a numpy.ndarray, or a DLPack capsule), as torch.from_dlpack. The
    capsule is consumed (renamed "used_dltensor"); the memory lives as long as the tensor."""
    if hasattr(ext_tensor, "__dlpack__"):
        try:
            capsule = ext_tensor.__dlpack__(max_version=(1, 0))
        except TypeError:  # a producer of DLPack 0.x only
            capsule = ext_tensor.__dlpack__()
    else:
        capsule = ext_tensor
    t = _c.dlpack_import(capsule)
    try:
        _c.rt_torch_torchtensor_dtype(t._h)  # a TypeError for a dtype the catalogue has not (uint16, ...)
    except TypeError:
        t.free()
        raise
    return t


class _Capsule:
    """Hands one prepared capsule to a consumer's from_dlpack (numpy.from_dlpack)."""

    __slots__ = ("capsule", "device")

    def __init__(self, capsule: Any, device: tuple[int, int]) -> None:
        self.capsule, self.device = capsule, device

    def __dlpack__(self, **kwargs: Any) -> Any:
        return self.capsule

    def __dlpack_device__(self) -> tuple[int, int]:
        return self.device


# ============================================================================ NumPy


def _numpy() -> Any:
    try:
        import numpy
    except ImportError:
        raise RuntimeError("Numpy is not available") from None
    return numpy


def numpy(t: Any, force: bool = False) -> Any:
    """Tensor.numpy(): an ndarray sharing the tensor's memory (a CPU tensor), as PyTorch's."""
    np = _numpy()
    if force:
        t = t.detach().cpu()
    elif t.requires_grad:
        raise RuntimeError("Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.")
    where = _c.rt_torch_torchtensor_device(t._h)
    if where >= 0:
        type_error(f"can't convert cuda:{where} device type tensor to numpy. Use Tensor.cpu() to copy the tensor to host memory first.")
    name = t.dtype.name
    if not hasattr(np, name) or name == "bfloat16":
        type_error(f"Got unsupported ScalarType {_PYTORCH_NAMES.get(name, name)}")
    if t.requires_grad:  # numpy(force=True) detached it already
        t = t.detach()
    return np.from_dlpack(_Capsule(_c.dlpack_export(t, True), (_KDL_CPU, 0)))


_PYTORCH_NAMES = {"bfloat16": "BFloat16"}


def array(t: Any, dtype: Any = None, copy: bool | None = None) -> Any:
    """Tensor.__array__: numpy(), converted to dtype (np.asarray(t), np.array(t))."""
    a = numpy(t)
    if dtype is not None:
        a = a.astype(dtype, copy=False)
    if copy:
        a = a.copy()
    return a


_NUMPY_KINDS = "float64, float32, float16, complex64, complex128, int64, int32, int16, int8, uint8, and bool"


def from_numpy(ndarray: Any) -> Any:
    """A Tensor sharing an ndarray's memory, as torch.from_numpy (dtypes map as PyTorch maps
    them: float64 stays float64)."""
    np = _numpy()
    if not isinstance(ndarray, np.ndarray):
        type_error(f"expected np.ndarray (got {type(ndarray).__name__})")
    _check_array(ndarray)
    if not ndarray.flags.writeable:
        # NumPy's DLPack export refuses read-only arrays; PyTorch shares them with a warning.
        import warnings

        warnings.warn("The given NumPy array is not writable; torch_sffi copies it (PyTorch would share it).", UserWarning, stacklevel=2)
        ndarray = ndarray.copy()
    return from_dlpack(ndarray)


def _check_array(ndarray: Any) -> None:
    """What PyTorch refuses of an ndarray it converts (from_numpy, tensor, as_tensor)."""
    if ndarray.dtype.name not in _tables.BY_NAME or ndarray.dtype.name == "bfloat16":
        type_error(f"can't convert np.ndarray of type numpy.{ndarray.dtype.name}. The only supported types are: {_NUMPY_KINDS}.")
    if any(s < 0 for s in ndarray.strides):
        value_error(
            "At least one stride in the given numpy array is negative, and tensors with negative strides are not currently "
            "supported. (You can probably work around this by making a copy of your array  with array.copy().) "
        )
    if not ndarray.dtype.isnative:
        value_error("given numpy array has byte order different from the native byte order. Conversion between byte orders is currently not supported.")
    if any(s % ndarray.itemsize for s in ndarray.strides):
        value_error("given numpy array strides not a multiple of the element byte size. Copy the numpy array to reallocate the memory.")


def is_numpy(value: object) -> bool:
    """An ndarray or a NumPy scalar (without importing NumPy)."""
    return type(value).__module__ == "numpy" and hasattr(value, "dtype") and hasattr(value, "shape")


def tensor_from_numpy(data: Any, dtype: DType | None) -> Any:
    """torch.tensor(ndarray or NumPy scalar): a copy, in the array's dtype unless dtype is given."""
    np = _numpy()
    array = np.asarray(data)
    _check_array(array)
    t = from_dlpack(np.array(array, copy=True, order="C"))
    return t if dtype is None or t.dtype is dtype else t.to(dtype)


def as_tensor(data: Any, dtype: DType | None = None, device: Any = None) -> Any:
    """torch.as_tensor: the data as a Tensor, sharing its memory when it can (a Tensor of that
    dtype and device is returned itself; a CPU ndarray of that dtype is shared), a copy otherwise."""
    from ._tensor import Tensor

    if isinstance(data, TensorBase):
        t: Any = data
    elif is_numpy(data) and type(data).__name__ == "ndarray":
        t = from_numpy(data)
    elif is_numpy(data):
        t = tensor_from_numpy(data, None)
    else:
        return Tensor(data, dtype=dtype, device=device)
    if dtype is not None and t.dtype is not dtype:
        t = t.to(dtype)
    if device is not None:
        t = t.to(device)
    return t


# ============================================================================ raw bytes


def _nbytes(t: Any) -> int:
    return int(t.numel()) * int(t.element_size())


class _Raw:
    """The elements of a tensor in place, as raw little-endian bytes in row-major order: a
    memoryview valid while this object (which holds a DLPack export of them) lives."""

    def __init__(self, t: Any) -> None:
        c = t.detach().cpu().contiguous()
        n = _nbytes(c)
        self.capsule = _c.dlpack_export(c, False) if n else None  # keeps the storage alive
        if self.capsule is None:
            self.view = memoryview(b"")
            return
        dl = _DLTensor.from_address(_capsule_pointer(self.capsule, b"dltensor"))
        self.view = memoryview((ctypes.c_char * n).from_address((dl.data or 0) + dl.byte_offset)).cast("B")


def tensor_bytes(t: Any) -> bytes:
    """The elements of a tensor as raw little-endian bytes in row-major order (a copy)."""
    raw = _Raw(t)  # alive until the copy is made: it holds the memory the view shows
    data = raw.view.tobytes()
    del raw
    return data


def tensor_from_bytes(data: bytes | memoryview, dtype: DType, shape: tuple[int, ...]) -> Any:
    """A new contiguous CPU tensor holding a copy of raw bytes (len(data) must fit exactly)."""
    from ._tensor import empty

    t = empty(shape, dtype=dtype)
    n = _nbytes(t)
    if len(data) != n:
        value_error(f"{len(data)} bytes cannot fill a {dtype.name} tensor of shape {list(shape)} ({n} bytes)")
    if n:
        capsule = _c.dlpack_export(t, False)
        dl = _DLTensor.from_address(_capsule_pointer(capsule, b"dltensor"))
        buffer = (ctypes.c_char * n).from_buffer_copy(data) if isinstance(data, memoryview) else data
        ctypes.memmove((dl.data or 0) + dl.byte_offset, buffer, n)
    return t


# ============================================================================ pickle and copy


def _rebuild(dtype: str, shape: tuple[int, ...], data: bytes, requires_grad: bool) -> Any:
    """Unpickles a Tensor (what Tensor.__reduce_ex__ returns)."""
    t = tensor_from_bytes(data, _tables.BY_NAME[dtype], tuple(shape))
    if requires_grad:
        t.requires_grad_(True)
    return t


def reduce_ex(t: Any, protocol: int) -> tuple[Any, ...]:
    """pickle: the values, dtype, shape and requires_grad (not .grad), as PyTorch pickles a tensor."""
    return (_rebuild, (t.dtype.name, tuple(t.shape), tensor_bytes(t), bool(t.requires_grad)))


def copy(t: Any) -> Any:
    """copy.copy: as PyTorch's, a new tensor sharing the memory, with the requires_grad flag (a leaf)."""
    c = t.detach()
    if t.requires_grad:
        c.requires_grad_(True)
    return c


def deepcopy(t: Any, memo: dict[int, Any]) -> Any:
    """copy.deepcopy: a new leaf with copied values, requires_grad and .grad, as PyTorch's; the
    result of a recorded operation raises PyTorch's RuntimeError."""
    if id(t) in memo:
        return memo[id(t)]
    if not t.is_leaf:
        raise RuntimeError(
            "Only Tensors created explicitly by the user (graph leaves) support the deepcopy protocol at the moment.  "
            "If you were attempting to deepcopy a module, this may be because of a torch.nn.utils.weight_norm usage, "
            "see https://github.com/pytorch/pytorch/pull/103001"
        )
    c = t.detach().clone()
    if t.requires_grad:
        c.requires_grad_(True)
    grad = t.grad
    if grad is not None:
        c.grad = deepcopy(grad, memo)
    memo[id(t)] = c
    return c


# ============================================================================ save and load

# dtype name -> the storage class name torch.save records (torch.FloatStorage, ...)
_STORAGES = {
    "float32": "FloatStorage",
    "float64": "DoubleStorage",
    "float16": "HalfStorage",
    "bfloat16": "BFloat16Storage",
    "int64": "LongStorage",
    "int32": "IntStorage",
    "int16": "ShortStorage",
    "int8": "CharStorage",
    "uint8": "ByteStorage",
    "bool": "BoolStorage",
    "complex64": "ComplexFloatStorage",
    "complex128": "ComplexDoubleStorage",
}
_DTYPE_OF_STORAGE = {v: k for k, v in _STORAGES.items()}
_ALIGNMENT = 64  # torch.save aligns each record's data to 64 bytes (mmap loading needs it)
_ARCHIVE = "archive"


class _Writer:
    """A pickle of protocol 2 of what torch.save writes for tensors, numbers, strings, None and
    dicts, lists and tuples of them (opcodes as CPython's pickle writes them), with each
    tensor's storage as a persistent id and its bytes collected for the zip."""

    def __init__(self) -> None:
        self.out = io.BytesIO()
        self.storages: list[_Raw] = []
        self.keys: dict[int, tuple[str, str, int]] = {}  # id(tensor) -> (key, storage class, numel)
        self.active: set[int] = set()

    def w(self, b: bytes) -> None:
        self.out.write(b)

    def text(self, s: str) -> None:
        data = s.encode("utf-8", "surrogatepass")
        self.w(b"X" + struct.pack("<I", len(data)) + data)

    def global_(self, module: str, name: str) -> None:
        self.w(b"c" + module.encode() + b"\n" + name.encode() + b"\n")

    def value(self, v: Any) -> None:
        if v is None:
            self.w(b"N")
        elif v is True or v is False:
            self.w(b"\x88" if v else b"\x89")
        elif isinstance(v, int):
            if 0 <= v < 256:
                self.w(b"K" + bytes([v]))
            elif -(2**31) <= v < 2**31:
                self.w(b"J" + struct.pack("<i", v))
            else:
                data = pickle.encode_long(v)
                self.w(b"\x8a" + bytes([len(data)]) + data)
        elif isinstance(v, float):
            self.w(b"G" + struct.pack(">d", v))
        elif isinstance(v, str):
            self.text(v)
        elif isinstance(v, TensorBase):
            self.tensor(v)
        elif isinstance(v, (dict, list, tuple)):
            if id(v) in self.active:
                raise ValueError("torch_sffi.save: the object contains itself")
            self.active.add(id(v))
            if isinstance(v, tuple):
                self.w(b"(")
                for x in v:
                    self.value(x)
                self.w(b"t")
            elif isinstance(v, list):
                self.w(b"](")
                for x in v:
                    self.value(x)
                self.w(b"e")
            else:
                if type(v) is collections.OrderedDict:
                    self.global_("collections", "OrderedDict")
                    self.w(b")R")
                else:
                    self.w(b"}")
                self.w(b"(")
                for k, x in v.items():
                    self.value(k)
                    self.value(x)
                self.w(b"u")
            self.active.discard(id(v))
        else:
            raise pickle.PicklingError(
                f"torch_sffi.save cannot save an object of type {type(v).__name__}: it saves tensors, numbers, strings, None, "
                "and dicts, lists and tuples of them"
            )

    def tensor(self, t: Any) -> None:
        known = self.keys.get(id(t))
        if known is None:
            if _c.rt_torch_torchtensor_device(t._h) >= 0:
                t = t.cpu()
            known = (str(len(self.storages)), _STORAGES[t.dtype.name], int(t.numel()))
            self.keys[id(t)] = known
            self.storages.append(_Raw(t))
        key, storage, numel = known
        shape = tuple(t.shape)
        stride, step = [], 1
        for n in reversed(shape):
            stride.append(step)
            step *= n
        self.global_("torch._utils", "_rebuild_tensor_v2")
        self.w(b"((")
        self.text("storage")
        self.global_("torch", storage)
        self.text(key)
        self.text("cpu")
        self.value(numel)
        self.w(b"tQ")
        self.value(0)
        self.value(shape)
        self.value(tuple(reversed(stride)))
        self.value(bool(t.requires_grad))
        self.global_("collections", "OrderedDict")
        self.w(b")Rt")
        self.w(b"R")


def _zip_record(z: zipfile.ZipFile, name: str, data: bytes | memoryview, offset: int) -> None:
    """One stored (uncompressed) record whose data starts at a multiple of _ALIGNMENT, padded
    as PyTorch pads (an extra field "FB")."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_STORED
    header = 30 + len(name.encode()) + 4  # the local header, the name, the extra field's own header
    pad = (-(offset + header)) % _ALIGNMENT
    info.extra = b"FB" + struct.pack("<H", pad) + b"Z" * pad
    z.writestr(info, data)


def save(obj: Any, f: str | os.PathLike[str] | IO[bytes]) -> None:
    """Saves tensors (and numbers, strings, None, and dicts, lists and tuples of them) in
    PyTorch's format: torch.load(f, weights_only=True) reads the file, as torch_sffi.load does.
    f is a path or a binary file object. Tensors on a CUDA device are saved from a CPU copy
    (they load on the CPU); two torch_sffi tensors that share memory are saved as two copies."""
    writer = _Writer()
    writer.w(b"\x80\x02")
    writer.value(obj)
    writer.w(b".")
    records: list[tuple[str, bytes | memoryview]] = [("data.pkl", writer.out.getvalue()), (".format_version", b"1"), (".storage_alignment", str(_ALIGNMENT).encode()), ("byteorder", b"little")]
    records += [(f"data/{i}", raw.view) for i, raw in enumerate(writer.storages)]  # the tensors' memory, not a copy
    records += [("version", b"3\n"), (".data/serialization_id", b"0" * 40)]
    if isinstance(f, (str, os.PathLike)):
        with open(f, "wb") as out:
            _write_zip(out, records)
    else:
        _write_zip(f, records)


def _write_zip(out: IO[bytes], records: list[tuple[str, bytes | memoryview]]) -> None:
    start = out.tell() if out.seekable() else 0
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for name, data in records:
            _zip_record(z, f"{_ARCHIVE}/{name}", data, (out.tell() - start) if out.seekable() else 0)


class _StorageType:
    """What a GLOBAL torch.<X>Storage unpickles to: the dtype of the storage's elements."""

    def __init__(self, dtype: str) -> None:
        self.dtype = dtype


def _rebuild_tensor_v2(storage: Any, offset: int, size: Any, stride: Any, requires_grad: bool, hooks: Any = None, metadata: Any = None) -> Any:
    """torch._utils._rebuild_tensor_v2: the tensor of (size, stride) over a storage from offset.
    A contiguous one is a view of the storage (tensors of one storage share memory, as after
    torch.load); any other layout is a copy."""
    size, stride = tuple(size), tuple(stride)
    numel = 1
    for n in size:
        numel *= n
    if numel == 0:
        from ._tensor import empty

        t = empty(size, dtype=storage.dtype)
    else:
        contiguous, step = True, 1
        for n, s in zip(reversed(size), reversed(stride)):
            if n != 1 and s != step:
                contiguous = False
            step *= n
        if contiguous:
            t = storage[offset : offset + numel].view(size)
        else:
            from ._tensor import arange

            index: Any = offset
            for d, (n, s) in enumerate(zip(size, stride)):
                index = index + (arange(n) * s).view([n] + [1] * (len(size) - d - 1))
            t = storage[index]
    if requires_grad:
        t.requires_grad_(True)
    return t


def _rebuild_parameter(data: Any, requires_grad: bool, hooks: Any = None, *rest: Any) -> Any:
    """torch._utils._rebuild_parameter (an nn.Parameter): the tensor, with its flag."""
    if requires_grad and not data.requires_grad:
        data.requires_grad_(True)
    return data


_ALLOWED: dict[tuple[str, str], Any] = {
    ("torch._utils", "_rebuild_tensor_v2"): _rebuild_tensor_v2,
    ("torch._utils", "_rebuild_parameter"): _rebuild_parameter,
    ("collections", "OrderedDict"): collections.OrderedDict,
    **{("torch", name): _StorageType(dtype) for dtype, name in _STORAGES.items()},
}


class _Reader(pickle.Unpickler):
    """Reads data.pkl as torch.load(weights_only=True) does: only the globals of _ALLOWED."""

    def __init__(self, data: bytes, z: zipfile.ZipFile, prefix: str) -> None:
        super().__init__(io.BytesIO(data))
        self.z, self.prefix = z, prefix
        self.storages: dict[str, Any] = {}

    def find_class(self, module: str, name: str) -> Any:
        found = _ALLOWED.get((module, name))
        if found is None:
            raise pickle.UnpicklingError(
                f"torch_sffi.load: unsupported global {module}.{name}: the file holds something other than tensors, numbers, "
                "strings, and dicts, lists and tuples of them (as torch.load(weights_only=True) refuses it)"
            )
        return found

    def persistent_load(self, pid: Any) -> Any:
        if not (isinstance(pid, tuple) and len(pid) == 5 and pid[0] == "storage" and isinstance(pid[1], _StorageType)):
            raise pickle.UnpicklingError(f"torch_sffi.load: unsupported persistent id {pid!r}")
        _, kind, key, _location, numel = pid
        storage = self.storages.get(key)
        if storage is None:
            try:
                data = self.z.read(f"{self.prefix}data/{key}")
            except KeyError:
                raise pickle.UnpicklingError(f"torch_sffi.load: the file has no record data/{key}") from None
            storage = tensor_from_bytes(data, _tables.BY_NAME[kind.dtype], (int(numel),))
            self.storages[key] = storage
        return _StorageOf(storage, kind.dtype)


class _StorageOf:
    """A storage while unpickling: the flat tensor of its elements, indexed by _rebuild_tensor_v2."""

    def __init__(self, flat: Any, dtype: str) -> None:
        self.flat, self.dtype = flat, _tables.BY_NAME[dtype]

    def __getitem__(self, index: Any) -> Any:
        return self.flat[index]


def load(f: str | os.PathLike[str] | IO[bytes], map_location: Any = None, weights_only: bool = True) -> Any:
    """Loads what torch.save or torch_sffi.save wrote (PyTorch's zip format) into torch_sffi
    tensors (on the CPU), reading only what torch.load(weights_only=True) reads: tensors,
    numbers, strings, None, and dicts, lists and tuples of them. f is a path or a binary file
    object. A file that is not such an archive (truncated, the legacy format of PyTorch before
    1.6, another format) raises RuntimeError; a disallowed object pickle.UnpicklingError."""
    if map_location not in (None, "cpu") and str(map_location) != "cpu":
        value_error(f"torch_sffi.load loads onto the CPU only, not {map_location!r} (move the tensors with .to())")
    if isinstance(f, (str, os.PathLike)):
        with open(f, "rb") as src:
            return _load_zip(src)
    return _load_zip(f if f.seekable() else io.BytesIO(f.read()))


def _load_zip(src: IO[bytes]) -> Any:
    try:
        z = zipfile.ZipFile(src)
        names = z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise _errors.PY_ERRORS["other"](f"torch_sffi.load: not a PyTorch zip archive (truncated, or not written by torch.save / torch_sffi.save): {exc}") from None
    pkl = [n for n in names if n.endswith("/data.pkl") and n.count("/") == 1]
    if not pkl:
        raise _errors.PY_ERRORS["other"]("torch_sffi.load: the archive has no data.pkl record (not written by torch.save / torch_sffi.save)")
    prefix = pkl[0][: -len("data.pkl")]
    try:
        if prefix + "byteorder" in names and z.read(prefix + "byteorder") not in (b"little",):
            raise _errors.PY_ERRORS["other"]("torch_sffi.load: only little-endian files are read")
        return _Reader(z.read(pkl[0]), z, prefix).load()
    except (zipfile.BadZipFile, EOFError, struct.error, zlib.error) as exc:
        raise _errors.PY_ERRORS["other"](f"torch_sffi.load: the archive is damaged: {exc}") from None
