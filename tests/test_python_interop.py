"""Interop that the idioms (tests/idioms_interop.py) cannot express, because it needs both
libraries at once: memory shared between torch_sffi, PyTorch and NumPy through DLPack, in both
directions; DLPack capsules consumed once and freed when never consumed (the bridge's
live-handle count); files written by torch_sffi.save read by torch.load(weights_only=True) and
files written by torch.save read by torch_sffi.load; bad input raising clear errors.

Needs the build (`make`, or `sffi-gen build`)."""

from __future__ import annotations

import gc
import io
import pickle
import zipfile
from collections import OrderedDict
from pathlib import Path
from typing import Any, Iterator

import numpy as np
import pytest
import torch

import torch_sffi as ts

DTYPES = ["float32", "float64", "float16", "bfloat16", "int64", "int32", "int16", "int8", "uint8", "bool", "complex64", "complex128"]


def sample(lib: Any, name: str) -> Any:
    """The same 2x3 values as a tensor of lib (torch or torch_sffi) in that dtype."""
    return lib.tensor([[0.0, 1.5, -2.0], [3.0, 0.0, 7.25]]).to(getattr(lib, name))


def same(ours: Any, theirs: torch.Tensor) -> None:
    assert isinstance(ours, ts.Tensor), type(ours)
    assert str(ours.dtype).removeprefix("torch_sffi.") == str(theirs.dtype).removeprefix("torch."), (ours.dtype, theirs.dtype)
    assert tuple(ours.shape) == tuple(theirs.shape)
    assert ours.requires_grad == theirs.requires_grad
    assert ours.detach().tolist() == theirs.detach().tolist()


@pytest.fixture(autouse=True)
def no_leaks() -> Iterator[None]:
    """Every test leaves the live-handle count (tensors and DLPack exports) where it found it."""
    gc.collect()
    start = ts.live_handles()
    yield
    gc.collect()
    assert ts.live_handles() == start, "the test leaked handles or DLPack exports"


# ---------------------------------------------------------------------------- DLPack across libraries


@pytest.mark.parametrize("name", DTYPES)
def test_torch_from_dlpack_shares_a_torch_sffi_tensor(name: str) -> None:
    t = sample(ts, name)
    u = torch.from_dlpack(t)
    assert u.dtype == getattr(torch, name) and u.tolist() == t.tolist()
    u.zero_()
    assert t.tolist() == sample(torch, name).zero_().tolist(), "a write through PyTorch is seen by torch_sffi"
    del t
    gc.collect()
    assert u.shape == (2, 3), "PyTorch's tensor keeps the memory alive"
    del u


@pytest.mark.parametrize("name", DTYPES)
def test_torch_sffi_from_dlpack_shares_a_torch_tensor(name: str) -> None:
    u = sample(torch, name)
    t = ts.from_dlpack(u)
    same(t, u)
    t.zero_()
    assert u.tolist() == torch.zeros(2, 3, dtype=u.dtype).tolist(), "a write through torch_sffi is seen by PyTorch"


def test_numpy_from_dlpack_shares_both_ways() -> None:
    t = ts.zeros(2, 3)
    a = np.from_dlpack(t)
    assert a.flags.writeable and a.dtype == np.float32
    a[1, 2] = 5
    assert t.tolist() == [[0, 0, 0], [0, 0, 5]]
    t.add_(1)
    assert a.tolist() == [[1, 1, 1], [1, 1, 6]]
    b = np.arange(6.0).reshape(2, 3)
    s = ts.from_dlpack(b)
    s.mul_(2)
    assert b.tolist() == [[0, 2, 4], [6, 8, 10]]


def test_views_and_strides_cross_intact() -> None:
    base = ts.arange(12).reshape(3, 4)
    u = torch.from_dlpack(base.t()[1:])
    assert u.tolist() == torch.arange(12).reshape(3, 4).t()[1:].tolist()
    assert u.stride() == (1, 4)
    t = ts.from_dlpack(torch.arange(12).reshape(3, 4)[:, ::2])
    assert t.tolist() == [[0, 2], [4, 6], [8, 10]] and tuple(t.stride()) == (4, 2)


def test_a_capsule_is_consumed_once() -> None:
    capsule = ts.ones(3).__dlpack__()
    t = ts.from_dlpack(capsule)
    assert t.tolist() == [1, 1, 1]
    with pytest.raises(RuntimeError, match="already consumed"):
        ts.from_dlpack(capsule)
    with pytest.raises(RuntimeError):
        torch.from_dlpack(capsule)


def test_an_unconsumed_capsule_is_freed() -> None:
    start = ts.live_handles()
    t = ts.ones(1000)
    capsule = t.__dlpack__()
    capsule_v1 = t.__dlpack__(max_version=(1, 0))
    assert ts.live_handles() == start + 3, "each export counts until its deleter runs"
    del t
    gc.collect()
    assert ts.live_handles() == start + 2, "the capsules keep the storage (not a handle) alive"
    del capsule, capsule_v1
    assert ts.live_handles() == start, "a capsule nobody consumed frees its DLManagedTensor"


def test_an_export_consumed_by_pytorch_lives_as_long_as_its_tensor() -> None:
    start = ts.live_handles()
    u = torch.from_dlpack(ts.ones(4))
    gc.collect()
    assert ts.live_handles() == start + 1, "PyTorch's tensor owns the DLManagedTensor"
    del u
    assert ts.live_handles() == start


def test_many_round_trips_leak_nothing() -> None:
    start = ts.live_handles()
    for _ in range(2000):
        t = ts.ones(8)
        u = torch.from_dlpack(t)
        v = ts.from_dlpack(u)
        a = v.numpy()
        del t, u, v, a
    gc.collect()
    assert ts.live_handles() == start


def test_dlpack_refuses_what_pytorch_refuses() -> None:
    with pytest.raises(BufferError, match="require gradient"):
        ts.ones(2, requires_grad=True).__dlpack__()
    with pytest.raises(BufferError):
        torch.from_dlpack(ts.ones(2, requires_grad=True))
    with pytest.raises(TypeError):
        ts.from_dlpack(object())
    with pytest.raises(TypeError):
        ts.from_dlpack(torch.ones(2, dtype=torch.uint16))  # not a dtype of the catalogue


def test_a_capsule_of_another_name_is_refused() -> None:
    import ctypes

    new = ctypes.pythonapi.PyCapsule_New
    new.restype = ctypes.py_object
    new.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p]
    capsule = new(1, b"something_else", None)
    with pytest.raises(TypeError, match="dltensor"):
        ts.from_dlpack(capsule)


def test_numpy_of_a_non_writable_array_copies_with_a_warning() -> None:
    a = np.arange(3.0)
    a.flags.writeable = False
    with pytest.warns(UserWarning, match="not writable"):
        t = ts.from_numpy(a)
    assert t.tolist() == [0, 1, 2]


# ---------------------------------------------------------------------------- save and load across libraries


def structures(lib: Any) -> list[Any]:
    return [
        sample(lib, "float32"),
        {name: sample(lib, name) for name in DTYPES},
        [sample(lib, "int64"), (sample(lib, "bool"), 3), {"nested": [sample(lib, "float64").t()]}],
        OrderedDict(weight=sample(lib, "float32"), bias=lib.zeros(3)),
        {"step": 7, "lr": 0.5, "name": "adam", "none": None, "flag": True, "empty": lib.zeros(0, 2)},
        lib.ones(2, requires_grad=True),
        lib.tensor(3.5),
    ]


def agree(ours: Any, theirs: Any) -> None:
    if isinstance(theirs, torch.Tensor):
        same(ours, theirs)
    elif isinstance(theirs, dict):
        assert type(ours) is type(theirs) and list(ours) == list(theirs)
        for k in theirs:
            agree(ours[k], theirs[k])
    elif isinstance(theirs, (list, tuple)):
        assert type(ours) is type(theirs) and len(ours) == len(theirs)
        for a, b in zip(ours, theirs):
            agree(a, b)
    else:
        assert ours == theirs and type(ours) is type(theirs)


@pytest.mark.parametrize("index", range(7))
def test_torch_load_reads_what_torch_sffi_saves(index: int, tmp_path: Path) -> None:
    ours, theirs = structures(ts)[index], structures(torch)[index]
    buffer = io.BytesIO()
    ts.save(ours, buffer)
    buffer.seek(0)
    loaded = torch.load(buffer, weights_only=True)
    assert torch_equal(loaded, theirs)
    path = tmp_path / "x.pt"
    ts.save(ours, path)
    assert torch_equal(torch.load(path, weights_only=True), theirs)
    ts.save(ours, str(path))
    assert torch_equal(torch.load(str(path), weights_only=True, mmap=True), theirs), "records are aligned for mmap"


def torch_equal(a: Any, b: Any) -> bool:
    if isinstance(b, torch.Tensor):
        return isinstance(a, torch.Tensor) and a.dtype == b.dtype and a.shape == b.shape and a.requires_grad == b.requires_grad and a.tolist() == b.tolist()
    if isinstance(b, dict):
        return type(a) is type(b) and list(a) == list(b) and all(torch_equal(a[k], b[k]) for k in b)
    if isinstance(b, (list, tuple)):
        return type(a) is type(b) and len(a) == len(b) and all(torch_equal(x, y) for x, y in zip(a, b))
    return bool(a == b) and type(a) is type(b)


@pytest.mark.parametrize("index", range(7))
def test_torch_sffi_loads_what_torch_saves(index: int, tmp_path: Path) -> None:
    theirs = structures(torch)[index]
    buffer = io.BytesIO()
    torch.save(theirs, buffer)
    buffer.seek(0)
    agree(ts.load(buffer), theirs)
    path = tmp_path / "x.pt"
    torch.save(theirs, path)
    agree(ts.load(path), theirs)


def test_views_saved_by_torch_share_their_storage_after_load() -> None:
    base = torch.arange(6.0)
    buffer = io.BytesIO()
    torch.save({"all": base, "tail": base[2:].view(2, 2)}, buffer)
    buffer.seek(0)
    loaded = ts.load(buffer)
    assert loaded["tail"].tolist() == [[2, 3], [4, 5]]
    loaded["all"].zero_()
    assert loaded["tail"].tolist() == [[0, 0], [0, 0]], "as after torch.load, one storage"


def test_an_nn_parameter_and_a_state_dict_load() -> None:
    model = torch.nn.Linear(3, 2)
    buffer = io.BytesIO()
    torch.save(model.state_dict(), buffer)
    buffer.seek(0)
    agree(ts.load(buffer), model.state_dict())
    buffer = io.BytesIO()
    torch.save(torch.nn.Parameter(torch.ones(2)), buffer)
    buffer.seek(0)
    loaded = ts.load(buffer)
    assert loaded.requires_grad and loaded.tolist() == [1, 1]


def test_bad_files_raise_clear_errors(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    ts.save({"w": ts.ones(100)}, buffer)
    data = buffer.getvalue()
    for cut in (0, 10, len(data) // 2, len(data) - 10):
        with pytest.raises(RuntimeError, match="torch_sffi.load"):
            ts.load(io.BytesIO(data[:cut]))
    with pytest.raises(RuntimeError, match="not a PyTorch zip archive"):
        ts.load(io.BytesIO(b"\x80\x02}q\x00."))  # a bare pickle (PyTorch's legacy format is not read)
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("x/notes.txt", "hello")
    with pytest.raises(RuntimeError, match="no data.pkl"):
        ts.load(io.BytesIO(other.getvalue()))
    with pytest.raises(FileNotFoundError):
        ts.load(tmp_path / "missing.pt")


def test_load_refuses_arbitrary_objects_as_weights_only_does() -> None:
    buffer = io.BytesIO()
    torch.save({"f": Path("x")}, buffer)
    buffer.seek(0)
    with pytest.raises(pickle.UnpicklingError, match="unsupported global"):
        ts.load(buffer)
    evil = io.BytesIO()
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("archive/data.pkl", b"cos\nsystem\n(S'echo pwned'\ntR.")
    with pytest.raises(pickle.UnpicklingError, match="os.system"):
        ts.load(io.BytesIO(evil.getvalue()))


def test_save_refuses_what_it_cannot_write() -> None:
    with pytest.raises(pickle.PicklingError, match="cannot save an object of type object"):
        ts.save({"x": object()}, io.BytesIO())
    loop: list[Any] = []
    loop.append(loop)
    with pytest.raises(ValueError, match="contains itself"):
        ts.save(loop, io.BytesIO())


def test_a_damaged_storage_record_raises() -> None:
    buffer = io.BytesIO()
    ts.save(ts.ones(4), buffer)
    damaged = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, zipfile.ZipFile(damaged, "w") as out:
        for name in src.namelist():
            out.writestr(name, src.read(name)[:-4] if name.endswith("data/0") else src.read(name))
    with pytest.raises(ValueError, match="bytes cannot fill"):
        ts.load(io.BytesIO(damaged.getvalue()))


# ---------------------------------------------------------------------------- pickle across processes' formats


def test_pickle_round_trips_every_dtype() -> None:
    for name in DTYPES:
        t = sample(ts, name)
        same(pickle.loads(pickle.dumps(t)), sample(torch, name))


def test_numpy_is_imported_lazily() -> None:
    import subprocess
    import sys

    code = "import sys, torch_sffi as ts; ts.save(ts.ones(2), __import__('io').BytesIO()); print('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
