"""The C base of torch_sffi.Tensor (_core.TensorBase): operators between tensors, release by
garbage collection, scopes, errors and fallbacks, each compared with PyTorch; and the layout of
the package around it (the generated modules, the hand-written runtime copied beside them).

Needs the build (`make`, or `sffi-gen build`)."""

from __future__ import annotations

import gc
import re

import pytest
import torch
import torch_sffi as ts
from torch_sffi import _core

from conftest import BUILD, GENERATED, ROOT
from generator.model import Catalogue
from generator.targets import python

A = [[1.0, -2.0], [3.0, 0.5]]
B = [[0.25, 4.0], [-1.0, 2.0]]
PACKAGE = BUILD / "python" / "torch_sffi"


def same(ours: ts.Tensor, theirs: torch.Tensor) -> None:
    assert ours.shape == tuple(theirs.shape)
    assert ours.dtype.name == str(theirs.dtype).removeprefix("torch.")
    assert ours.tolist() == theirs.tolist()


# ============================================================================ the layout


def test_the_package_is_the_generated_modules_and_the_runtime(catalogue: Catalogue) -> None:
    """_tensor, the namespaces, return_types, _errors, _tables are generated; _runtime, _types,
    _interop, the optim package (with its lr_scheduler) and the module system (nn/module.py,
    nn/layers.py, ...) are the hand-written runtime, copied unchanged (but for a header line)."""
    nn_files = {"nn/parameter.py", "nn/init.py", "nn/module.py", "nn/layers.py", "nn/loss.py", "nn/rnn.py", "nn/transformer.py"}
    nn_files |= {"nn/utils/__init__.py", "nn/utils/clip_grad.py", "nn/utils/convert_parameters.py", "nn/utils/rnn.py"}
    nn_files |= {"nn/parallel.py"}
    distributed = {"distributed.py", "utils/__init__.py", "utils/data.py", "utils/hooks.py"}
    assert set(python.runtime_files(catalogue)) == {"_runtime.py", "_types.py", "_interop.py", "amp.py", "grad_mode.py", "jit.py", "_function.py", "optim/__init__.py", "optim/lr_scheduler.py", *nn_files, *distributed}
    for name in python.runtime_files(catalogue):
        source = (ROOT / "runtime" / "python" / "torch_sffi" / name).read_text()
        copy = (GENERATED / "python" / "torch_sffi" / name).read_text()
        header, _, body = copy.partition("\n")
        assert "copied from runtime/python/torch_sffi/" + name in header and body == source, name
        assert (PACKAGE / name).read_text() == copy, f"build/ is stale: {name}"
    for name in ("_tensor.py", "nn/functional.py", "nn/__init__.py", "linalg.py", "autograd.py", "cuda.py", "return_types.py", "_errors.py", "_tables.py", "__init__.py"):
        text = (GENERATED / "python" / "torch_sffi" / name).read_text()
        assert text.startswith("# generated from spec/torch_api.yaml by sffi-gen; do not edit"), name
    assert not (GENERATED / "python" / "torch_sffi" / "_dtypes.py").exists(), "the old dtype module is gone"
    assert ts.optim.__file__.endswith("optim/__init__.py") and ts._tables.float32 is ts.float32
    assert ts.optim.lr_scheduler.__file__.endswith("optim/lr_scheduler.py")
    assert not (GENERATED / "python" / "torch_sffi" / "optim.py").exists(), "the old optim module is gone"
    assert ts.nn.Module.__module__ == "torch_sffi.nn.module" and ts.nn.init.__name__ == "torch_sffi.nn.init"


def test_the_c_operators_are_the_catalogues(catalogue: Catalogue) -> None:
    """_core_ops.h names the release function and the operators the catalogue marks
    (`python: {operator: ...}`), and nothing else."""
    header = (GENERATED / "python" / "_core_ops.h").read_text()
    marked = {f.name: f.python.operator for f in catalogue.functions if f.python.operator}
    listed = re.findall(r"(?:BINARY|UNARY)\((\w+), (\w+), (rt_torch_\w+)\)", header)
    assert {fn for _, _, fn in listed} == set(marked)
    for method, slot, fn in listed:
        assert python.FAST_SLOTS[marked[fn]][:2] == (slot, method), fn
        for dunder in python.SLOT_DUNDERS[slot]:
            assert hasattr(ts.Tensor, dunder), dunder
    release = catalogue.by_role("release_tensor")
    assert release is not None and f"#define SFFI_RELEASE {release.name}" in header


def test_the_calls_are_in_units_by_a_hash_of_the_name(catalogue: Catalogue) -> None:
    """Every catalogue entry is one call of _core, in the unit its name hashes to; the module
    has exactly the catalogue's calls (no unit left out of SFFI_CALL_UNITS)."""
    from generator.targets import python_calls
    from generator.targets.common import unit_of

    files = sorted((GENERATED / "python").glob("_core_calls_*.c"))
    count = len(files)
    assert count == len(python_calls.units(catalogue)) >= python_calls.MIN_UNITS
    where = {}
    for f in files:
        index = int(f.stem.rsplit("_", 1)[1])
        for name in re.findall(r"^SFFI_CALL\((\w+)\)", f.read_text(), re.M):
            where[name] = index
    assert where == {fn.name: unit_of(fn.name, count) + 1 for fn in catalogue.functions}
    units_line = re.search(r"#define SFFI_CALL_UNITS\(X\)(.*)", (GENERATED / "python" / "_core_ops.h").read_text())
    assert units_line is not None and units_line.group(1).split() == [f"X({i})" for i in range(1, count + 1)]
    assert {n for n in dir(_core) if n.startswith("rt_torch_")} == {fn.name for fn in catalogue.functions}


def test_each_call_unit_declares_the_bridge_functions_as_the_header_does() -> None:
    """A unit declares the bridge functions it calls itself (so that an entry added elsewhere does
    not recompile it); compiled with the bridge's full header too, the declarations must agree,
    without a warning."""
    import subprocess
    import sysconfig

    for unit in sorted((GENERATED / "python").glob("_core_calls_*.c")):
        cmd = [
            "gcc", "-fsyntax-only", "-Wall", "-Werror", "-DSFFI_CHECK_HEADER",
            f"-I{sysconfig.get_paths()['include']}", f"-I{GENERATED / 'cpp'}", f"-I{GENERATED / 'python'}", str(unit),
        ]  # fmt: skip
        proc = subprocess.run(cmd, capture_output=True, text=True)
        assert proc.returncode == 0, f"{unit.name}:\n{proc.stderr[:3000]}"


def test_each_c_operator_falls_back_to_its_public_method() -> None:
    """tensor OP number runs the public method the operator is (t.add(2) for t + 2)."""
    for method, _slot in re.findall(r"(?:BINARY|UNARY)\((\w+), (\w+), rt_torch_\w+\)", (GENERATED / "python" / "_core_ops.h").read_text()):
        assert callable(getattr(ts.Tensor, method)), method
        assert "Bridge:" in (getattr(ts.Tensor, method).__doc__ or ""), method


# ============================================================================ the C type


def test_tensor_derives_from_the_c_base() -> None:
    assert issubclass(ts.Tensor, _core.TensorBase)
    assert ts.Tensor.__slots__ == ()
    t = ts.tensor(A)
    assert isinstance(t._h, int) and t._h != 0 and t._live is True


@pytest.mark.parametrize(
    "op",
    [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b, lambda a, b: a @ b],
    ids=["add", "sub", "mul", "div", "matmul"],
)
def test_operators_between_tensors(op: object) -> None:
    same(op(ts.tensor(A), ts.tensor(B)), op(torch.tensor(A), torch.tensor(B)))  # type: ignore[operator]


@pytest.mark.parametrize(("left", "right"), [("int64", "int64"), ("int32", "int64"), ("int64", "float32"), ("float64", "float32"), ("bool", "int64"), ("uint8", "int8"), ("float16", "float32")])
@pytest.mark.parametrize("op", ["+", "-", "*", "/"])
def test_operators_between_tensors_promote_as_pytorch(op: str, left: str, right: str) -> None:
    ints_a, ints_b = [[1, 2], [3, 4]], [[2, 1], [1, 3]]
    def run(m: object, a: object, b: object) -> object:
        return eval(f"a {op} b")  # noqa: S307 - the four operators above

    try:
        theirs = run(torch, torch.tensor(ints_a, dtype=getattr(torch, left)), torch.tensor(ints_b, dtype=getattr(torch, right)))
    except RuntimeError as exc:  # bool - tensor: refused by PyTorch, and with PyTorch's message here
        with pytest.raises(ts.TorchRuntimeError) as info:
            run(ts, ts.tensor(ints_a, dtype=getattr(ts, left)), ts.tensor(ints_b, dtype=getattr(ts, right)))
        assert str(exc) in str(info.value)
        return
    ours = run(ts, ts.tensor(ints_a, dtype=getattr(ts, left)), ts.tensor(ints_b, dtype=getattr(ts, right)))
    same(ours, theirs)  # type: ignore[arg-type]


def test_unary_operators() -> None:
    same(-ts.tensor(A), -torch.tensor(A))
    same(abs(ts.tensor(A)), abs(torch.tensor(A)))


@pytest.mark.parametrize(
    "op",
    [
        lambda a: a + 2.5, lambda a: 2.5 + a, lambda a: a - 1, lambda a: 1 - a, lambda a: a * 3,
        lambda a: 3 * a, lambda a: a / 4.0, lambda a: 4.0 / a, lambda a: a + True,
        lambda a: a / 2, lambda a: 2 / a, lambda a: a**2, lambda a: 2**a, lambda a: a - 2.5, lambda a: 2.5 - a,
    ],
    ids=["t+f", "f+t", "t-i", "i-t", "t*i", "i*t", "t/f", "f/t", "t+bool", "t/i", "i/t", "t**i", "i**t", "t-f", "f-t"],
)
@pytest.mark.parametrize("data", [A, [[1, -2], [3, 5]]], ids=["float32", "int64"])
def test_numbers_go_to_the_python_fallbacks(op: object, data: list[list[float]]) -> None:
    """An int keeps an integer tensor integer, a float makes it float32, as in PyTorch."""
    same(op(ts.tensor(data)), op(torch.tensor(data)))  # type: ignore[operator]


def test_unsupported_operands_raise_type_error() -> None:
    with pytest.raises(TypeError):
        ts.tensor(A) + "text"  # type: ignore[operator]
    with pytest.raises(TypeError):
        "text" @ ts.tensor(A)  # type: ignore[operator]
    with pytest.raises(TypeError):
        [1.0] @ ts.tensor(A)  # type: ignore[operator]


def test_operator_errors_are_typed_with_the_bridge_message() -> None:
    with pytest.raises(ts.TorchRuntimeError, match="must match the size of tensor b") as info:
        ts.tensor([1.0, 2.0]) + ts.tensor([1.0, 2.0, 3.0])
    assert isinstance(info.value, RuntimeError)
    assert str(info.value).startswith("rt_torch_torchtensor_add: ")
    with pytest.raises(ts.TorchRuntimeError, match="cannot be multiplied"):
        ts.tensor(A) @ ts.tensor([[1.0, 2.0, 3.0]])


def test_a_freed_operand_raises_invalid_handle() -> None:
    x, y = ts.tensor(A), ts.tensor(B)
    y.free()
    with pytest.raises(ts.InvalidHandleError, match="argument 'other': tensor handle .* was already freed"):
        x + y
    with pytest.raises(ts.InvalidHandleError, match="was already freed"):
        -y


def test_garbage_collection_releases_without_touching_the_error_state() -> None:
    gc.collect()
    start = ts.live_handles()
    t = ts.tensor(A) + ts.tensor(B)  # the operands are released at once
    assert ts.live_handles() == start + 1
    with pytest.raises(ts.TorchIndexError):
        t.transpose(0, 7)
    del t  # released by the C dealloc ...
    assert ts.error_code() == 2, "... which left the pending error as it was"
    assert ts.live_handles() == start


def test_scopes_track_what_the_c_operators_make() -> None:
    gc.collect()
    start = ts.live_handles()
    x = ts.tensor(A)
    with ts.scope() as s:
        y = x @ x + x
        kept = s.keep(-y)
        z = y * y
    assert not y._live and not z._live, "freed by the scope"
    assert kept._live and x._live
    with pytest.raises(ts.InvalidHandleError):
        z.tolist()
    del x, y, z, kept
    gc.collect()
    assert ts.live_handles() == start


def test_results_of_subclass_operands_are_tensors() -> None:
    class Mine(ts.Tensor):
        __slots__ = ()

    m = Mine(A)
    r = m + ts.tensor(B)
    assert type(r) is ts.Tensor
    same(r, torch.tensor(A) + torch.tensor(B))
