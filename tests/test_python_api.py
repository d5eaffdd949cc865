"""The generated torch_sffi package, used as a Python user would, next to PyTorch.

Needs the build (`make`, or `sffi-gen build`): it imports build/python/torch_sffi.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import doctest
import gc
import inspect
import math
import pickle
import subprocess
import sys
import textwrap
import types
import threading
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from conftest import BUILD, SPEC
from generator.loader import load_catalogue
from generator import abi
from generator.errors import GenerationError
from generator.model import Catalogue, DType, ErrorCode
from generator.targets import python
from opinfo_harness import recording_calls, wrapper_bindings
from python_cases import CASES, NN, A, B, V, Case

PACKAGE_DIR = BUILD / "python"
if not (PACKAGE_DIR / "torch_sffi" / "__init__.py").is_file():
    raise RuntimeError(f"{PACKAGE_DIR}/torch_sffi is not built: run `make` (or `sffi-gen build`) first")
sys.path.insert(0, str(PACKAGE_DIR))

import torch  # noqa: E402
import torch_sffi as ts  # noqa: E402

# ============================================================================ comparing results

_STRUCTSEQ_MEMBERS = {"count", "index", "n_fields", "n_sequence_fields", "n_unnamed_fields"}


def torch_fields(result: Any) -> tuple[str, ...]:
    """The field names of a torch.return_types result, in order (a structseq has no _fields)."""
    names = [n for n in dir(type(result)) if not n.startswith("_") and n not in _STRUCTSEQ_MEMBERS]
    return tuple(next(n for n in names if getattr(result, n) is result[i]) for i in range(len(result)))


def _same_values(ours: Any, ref: Any, tol: float, where: str) -> None:
    if isinstance(ref, list):
        assert isinstance(ours, list) and len(ours) == len(ref), f"{where}: {ours!r} != {ref!r}"
        for i, (o, r) in enumerate(zip(ours, ref)):
            _same_values(o, r, tol, f"{where}[{i}]")
        return
    assert type(ours) is type(ref), f"{where}: {type(ours).__name__} {ours!r}, PyTorch {type(ref).__name__} {ref!r}"
    if isinstance(ref, complex):
        _same_values(ours.real, ref.real, tol, where)
        _same_values(ours.imag, ref.imag, tol, where)
    elif isinstance(ref, float):
        if math.isnan(ref):
            assert math.isnan(ours), f"{where}: {ours!r}, PyTorch nan"
        elif tol:
            assert math.isclose(ours, ref, rel_tol=tol, abs_tol=tol), f"{where}: {ours!r}, PyTorch {ref!r}"
        else:
            assert ours == ref, f"{where}: {ours!r}, PyTorch {ref!r}"
    else:
        assert ours == ref, f"{where}: {ours!r}, PyTorch {ref!r}"


def assert_same(ours: Any, ref: Any, tol: float = 0.0, values: bool = True, where: str = "result") -> None:
    """ours (torch_sffi) is what ref (PyTorch) is: same kind, shape, dtype and values; a named
    tuple of the same name and fields; a dtype or device of the same name."""
    if isinstance(ref, torch.Tensor):
        assert isinstance(ours, ts.Tensor), f"{where}: a {type(ours).__name__}, PyTorch gives a Tensor"
        assert ours.shape == tuple(ref.shape), f"{where}: shape {ours.shape}, PyTorch {tuple(ref.shape)}"
        assert ours.dtype.name == str(ref.dtype).removeprefix("torch."), f"{where}: dtype {ours.dtype}, PyTorch {ref.dtype}"
        assert ours.requires_grad == ref.requires_grad, f"{where}: requires_grad {ours.requires_grad}, PyTorch {ref.requires_grad}"
        if values:
            _same_values(ours.tolist(), ref.detach().cpu().tolist(), tol, where)
    elif type(ref).__module__ == "torch.return_types":
        fields = torch_fields(ref)
        assert type(ours).__module__ == "torch_sffi.return_types", f"{where}: a {type(ours).__module__}.{type(ours).__name__}, PyTorch a {type(ref)}"
        assert type(ours).__name__ == type(ref).__name__, f"{where}: named {type(ours).__name__}, PyTorch's {type(ref).__name__}"
        assert getattr(ours, "_fields", None) == fields, f"{where}: fields {getattr(ours, '_fields', None)}, PyTorch's {fields}"
        for name in fields:
            assert_same(getattr(ours, name), getattr(ref, name), tol, values, f"{where}.{name}")
    elif isinstance(ref, torch.dtype):
        assert isinstance(ours, ts.DType) and ours.name == str(ref).removeprefix("torch."), f"{where}: {ours!r}, PyTorch {ref}"
    elif isinstance(ref, torch.device):
        assert isinstance(ours, ts.device) and str(ours) == str(ref), f"{where}: {ours!r}, PyTorch {ref!r}"
    elif isinstance(ref, torch.Size):
        assert type(ours) is tuple and list(ours) == list(ref), f"{where}: {ours!r}, PyTorch {ref!r}"
    elif isinstance(ref, tuple) or isinstance(ref, list) and any(isinstance(r, torch.Tensor) for r in ref):
        assert isinstance(ours, type(ref) if type(ref) in (tuple, list) else tuple) and len(ours) == len(ref), f"{where}: {ours!r}, PyTorch {ref!r}"
        for i, (o, r) in enumerate(zip(ours, ref)):
            assert_same(o, r, tol, values, f"{where}[{i}]")
    elif ref is None:
        assert ours is None, f"{where}: {ours!r}, PyTorch None"
    else:
        _same_values(ours, ref, tol, where)


BUILTIN_ERRORS = (IndexError, ValueError, TypeError, NotImplementedError, MemoryError, RuntimeError)


def assert_same_outcome(ours: Callable[[], Any], ref: Callable[[], Any], where: str = "result") -> None:
    """Both give the same result, or both raise: ours a TorchError that is the built-in
    exception class PyTorch's is."""
    try:
        expected = ref()
    except BUILTIN_ERRORS as exc:
        builtin = next(c for c in BUILTIN_ERRORS if isinstance(exc, c))
        with pytest.raises(ts.TorchError) as info:
            ours()
        assert isinstance(info.value, builtin), f"{where}: {info.value!r}, PyTorch raises {exc!r}"
        return
    assert_same(ours(), expected, where=where)


# ============================================================================ every wrapped function


def wrapped_functions(catalogue: Catalogue) -> set[str]:
    """What the Python tier wraps: every entry not `python: {kind: internal}`, and the internal
    ones a public name still reaches (a C operator, a property setter)."""
    paths = python.public_paths(catalogue)
    return {f.name for f in catalogue.functions if f.python.kind != "internal" or paths[f.name]}


def test_every_wrapped_function_has_a_case(catalogue: Catalogue) -> None:
    """A case in python_cases.py, or PyTorch's OpInfo samples: a wrapped function that at least
    one matching sample called through torch_sffi (docs/opinfo.json, which tests/test_opinfo.py
    checks is of this tree) needs no case of its own."""
    from opinfo_harness import exercised_functions

    by_opinfo = exercised_functions("torch_sffi")
    wrapped = wrapped_functions(catalogue)
    internal = {f.name for f in catalogue.functions} - wrapped
    missing = sorted(n for n in wrapped if not CASES.get(n) and n not in by_opinfo)
    unknown = sorted(set(CASES) - wrapped - internal)
    misplaced = sorted(set(CASES) & internal)
    assert not missing, (
        f"wrapped catalogue functions without a case in tests/python_cases.py, and no OpInfo sample matching "
        f"through torch_sffi (docs/opinfo.md; `make opinfo`): {missing}"
    )
    assert not unknown, f"cases for functions the catalogue does not have: {unknown}"
    assert not misplaced, f"cases for internal entries (no public name reaches them; the bridge suite tests them): {misplaced}"


def test_the_internal_entries_are_not_wrapped(catalogue: Catalogue) -> None:
    paths = python.public_paths(catalogue)
    bound = set(BINDINGS)
    for fn in catalogue.functions:
        if fn.python.kind == "internal" and not paths[fn.name]:
            assert fn.name not in bound, f"{fn.name} is internal, but a generated module binds it"


BINDINGS = wrapper_bindings(ts)  # catalogue function -> the (module, global) that call it
# Functions one public name of which is a member or an operator of the C base type (t.shape,
# t.relu(), t * 2, ...): called from C, where no spy sees them.
C_MEMBERS = {name for name, paths in python.public_paths(load_catalogue(SPEC)).items() if any(p.endswith((" (C member)", " (C region)", " (C operator)")) for p in paths)}


@contextlib.contextmanager
def counting_calls() -> Iterator[set[str]]:
    """Counts the calls of the generated wrappers into the bridge (by catalogue name)."""
    called: set[str] = set()
    with recording_calls(BINDINGS, called):
        yield called


def _case_params() -> list[Any]:
    out = []
    for name, cases in CASES.items():
        for i, case in enumerate(cases):
            marks = [pytest.mark.xfail(strict=True, reason=case.defect)] if case.defect else []
            out.append(pytest.param(name, case, id=f"{name}-{i}", marks=marks))
    return out


@pytest.mark.parametrize(("name", "case"), _case_params())
def test_function_matches_pytorch(name: str, case: Case) -> None:
    if case.cuda and not ts.cuda.is_available():
        with pytest.raises(ts.TorchUnavailableError, match="CUDA") as info:
            case.ours(ts)
        assert isinstance(info.value, RuntimeError)
        return
    with counting_calls() as called:
        if case.raises is not None:
            with pytest.raises(case.raises, match=case.match) as raised:
                case.ours(ts)
            # Python's own TypeError for arguments a signature cannot bind is what PyTorch raises too
            signature_error = type(raised.value) is TypeError and "argument" in str(raised.value)
            assert isinstance(raised.value, ts.TorchError) or signature_error, f"{name}: {raised.value!r} is not a TorchError"
            if case.ref is not None:
                with pytest.raises(case.raises):
                    case.ref(torch)
        else:
            ours = case.ours(ts)
    if case.reach and name not in C_MEMBERS:  # a C member calls the bridge from C: no spy sees it
        assert name in BINDINGS, f"{name} is bound by no generated module: mark its case reach=False"
        assert name in called, f"the case did not call {name} (it called {sorted(called)})"
    if case.raises is not None:
        return
    if case.check is not None:
        assert case.check(ours), f"{name}: unexpected result {ours!r}"
    if case.ref is not None:
        assert_same(ours, case.ref(torch), case.tol, case.values, name)


# ============================================================================ public names


def _resolve(path: str) -> Any:
    parts = path.split(".")
    assert parts[0] == "torch_sffi"
    obj: Any = ts
    for part in parts[1:]:
        holder = obj
        obj = holder.__dict__[part] if isinstance(holder, type) and part in holder.__dict__ else getattr(holder, part)
    return obj


def test_every_function_is_reachable_from_a_public_name(catalogue: Catalogue) -> None:
    paths = python.public_paths(catalogue)
    assert set(paths) == {f.name for f in catalogue.functions}
    for fn_name in wrapped_functions(catalogue):
        names = paths[fn_name]
        assert names, f"{fn_name} has no public name"
        for path in names:
            if path.endswith(" (C operator)"):
                symbol = path.split(" ")[1]
                assert symbol in {s for s in python.FAST_SLOTS}, path
                assert issubclass(ts.Tensor, ts._core.TensorBase)
                continue
            if path.endswith(" (garbage collection)"):
                assert path.split(" ")[0] == "torch_sffi._core.TensorBase" and issubclass(ts.Tensor, ts._core.TensorBase)
                continue
            if path.endswith(" (C region)"):  # __enter__ / __exit__ of a _core.Region: the class names its calls
                owner = _resolve(path.removesuffix(" (C region)").rsplit(".", 1)[0])
                assert issubclass(owner, ts._core.Region) and fn_name in (owner.__doc__ or ""), path
                continue
            member = path.removesuffix(" (C member)")
            obj = _resolve(member.removesuffix(" (setter)"))
            if member != path:  # a method or a getter of TensorBase, in C
                assert member.startswith("torch_sffi.Tensor.") and (callable(obj) or isinstance(obj, types.GetSetDescriptorType)), path
                assert fn_name in (obj.__doc__ or ""), f"{path}: its docstring does not name {fn_name}"
                continue
            assert callable(obj) or isinstance(obj, property), f"{path} ({fn_name}) is not callable"
            if path.endswith(" (setter)"):
                assert isinstance(obj, property) and obj.fset is not None
                doc = obj.fset.__doc__ or ""
            else:
                doc = (obj.fget if isinstance(obj, property) else obj).__doc__ or ""
            assert fn_name in doc, f"{path}: its docstring does not name {fn_name}"


def test_public_names_follow_the_pytorch_counterparts(catalogue: Catalogue) -> None:
    """torch.X is torch_sffi.X (and Tensor.X when PyTorch has that method), torch.nn.functional.X
    is torch_sffi.nn.X, torch.linalg.X is torch_sffi.linalg.X; each name exists in PyTorch."""
    paths = {k: tuple(p.removesuffix(" (C member)") for p in v) for k, v in python.public_paths(catalogue).items()}
    where = {"torch": "torch_sffi", "torch.nn.functional": "torch_sffi.nn", "torch.linalg": "torch_sffi.linalg"}
    for fn in catalogue.functions:
        if fn.python.kind == "internal" or not fn.pytorch or fn.python.owner or fn.python.name or fn.python.kind:
            continue
        module, _, name = fn.pytorch.rpartition(".")
        if module not in where or name.startswith("_"):
            continue
        assert f"{where[module]}.{name}" in paths[fn.name], f"{fn.name} ({fn.pytorch}) is not at {where[module]}.{name}: {paths[fn.name]}"
        takes_a_tensor_first = bool(fn.params) and fn.params[0].type.key == "Tensor"
        if module == "torch" and takes_a_tensor_first and callable(getattr(torch.Tensor, name, None)):
            assert f"torch_sffi.Tensor.{name}" in paths[fn.name], f"{fn.name}: torch.Tensor.{name} exists, torch_sffi.Tensor.{name} does not"
    for path in {p for ps in paths.values() for p in ps if " " not in p}:
        parts = path.split(".")
        if parts[1] in ("nn", "linalg"):
            torch_ns = torch.nn.functional if parts[1] == "nn" else torch.linalg
            assert hasattr(torch_ns, parts[2]), f"{path}: PyTorch has no such function"


def test_docstrings_come_from_the_catalogue(catalogue: Catalogue) -> None:
    fns = catalogue.by_name
    assert ts.Tensor.matmul.__doc__ is not None and fns["rt_torch_torchtensor_matmul"].summary in ts.Tensor.matmul.__doc__
    assert ts.nn.conv2d.__doc__ is not None and "one of 2 forms" in ts.nn.conv2d.__doc__
    assert ts.Tensor.shape.__doc__ is not None and "The size of every dimension." in ts.Tensor.shape.__doc__
    assert "PyTorch: torch.linalg.svd." in (ts.linalg.svd.__doc__ or "")
    assert "Raises TorchUnavailableError" in (ts.cuda.Stream.__init__.__doc__ or "")
    for fn_name in wrapped_functions(catalogue):
        for path in python.public_paths(catalogue)[fn_name]:
            if " " in path.removesuffix(" (setter)"):
                continue
            obj = _resolve(path.removesuffix(" (setter)"))
            target = obj.fget if isinstance(obj, property) else obj
            assert (target.__doc__ or "").strip(), f"{path} has no docstring"


# ============================================================================ overloads


def overloaded_names(catalogue: Catalogue) -> dict[str, list[str]]:
    """Public names several catalogue functions give (one overloaded function each)."""
    by_path: dict[str, list[str]] = {}
    for fn_name, paths in python.public_paths(catalogue).items():
        for path in paths:
            if " " not in path:
                by_path.setdefault(path, []).append(fn_name)
    return {p: fns for p, fns in sorted(by_path.items()) if len(fns) > 1}


def test_the_overloaded_names_are_pytorchs(catalogue: Catalogue) -> None:
    names = set(overloaded_names(catalogue))
    for expected in ("max", "min", "std", "var", "squeeze", "add", "sub", "mul", "div", "pow", "arange", "eye"):
        assert f"torch_sffi.{expected}" in names, expected
    for expected in ("max", "min", "std", "var", "squeeze", "to", "add", "sub", "mul", "div", "pow", "add_", "mul_"):
        assert f"torch_sffi.Tensor.{expected}" in names, expected
    assert {"torch_sffi.nn.conv2d", "torch_sffi.nn.max_pool2d"} <= names


GOT_AS_GIVEN = (
    "an overloaded function with one Python signature (Tensor.add, torch_sffi.add, ...) reports its bound parameters"
    " ('got (input=Tensor, other=str, alpha=int)') instead of the arguments as given ('got (Tensor, str)', PyTorch's);"
    " called without even its first required argument it raises Python's own TypeError ('add() missing 1 required"
    " positional argument') instead of a TorchTypeError naming its forms"
)
RETURN_TYPES_REPR = (
    "torch_sffi.return_types are typing.NamedTuple: repr 'max(values=tensor(...), indices=...)', PyTorch's is"
    " 'torch.return_types.max(\\nvalues=tensor(...),\\nindices=tensor(...))'"
)


class _Odd:
    """An argument of no kind the catalogue knows."""


def _call_with_odd(path: str, module: Any, tensor: Any, odd: int = 1) -> None:
    parts = path.split(".")
    if parts[1] == "Tensor":
        getattr(tensor, parts[2])(*[_Odd()] * odd)
        return
    target = module.nn.functional if parts[1] == "nn" and module is torch else getattr(module, parts[1])
    for part in parts[2:]:
        target = getattr(target, part)
    target(tensor, *[_Odd()] * odd)


def _odd_count(catalogue: Catalogue, fns: list[str]) -> int:
    """How many odd arguments follow the tensor: enough for the form that needs the fewest
    (torch.lerp(t, odd) would fail for a missing weight before any form is tried)."""
    need = min(sum(1 for p in catalogue.by_name[f].params if not p.has_default and not p.keyword_only) for f in fns)
    return max(1, need - 1)


def test_wrong_argument_kinds_raise_type_error_naming_every_form(catalogue: Catalogue) -> None:
    for path, fns in overloaded_names(catalogue).items():
        name = path.rsplit(".", 1)[1]
        odd = _odd_count(catalogue, fns)
        with pytest.raises(TypeError) as ours:
            _call_with_odd(path, ts, ts.tensor(A), odd)
        with pytest.raises(TypeError):
            _call_with_odd(path, torch, torch.tensor(A), odd)
        message = str(ours.value)
        assert isinstance(ours.value, ts.TorchTypeError), path
        assert message.startswith(f"{name}() received an invalid combination of arguments - got ("), message
        assert "_Odd" in message.splitlines()[0] and message.splitlines()[0].endswith("but expected one of:"), message
        forms = [line for line in message.splitlines() if line.startswith(" * (")]
        assert len(forms) == len(fns), f"{path}: {message}"
        flagged = any(catalogue.by_name[f].python.flag for f in fns)  # told apart by the flag (below)
        assert flagged or len(set(forms)) == len(fns), f"{path}: {message}"


@pytest.mark.xfail(strict=True, reason=(
    "F.max_pool2d's TypeError lists its two forms identically: the flag that selects one (return_indices) is left out"
))
def test_the_type_error_shows_the_flag_that_selects_a_form() -> None:
    with pytest.raises(TypeError) as ours:
        ts.nn.max_pool2d(ts.ones(1, 1, 4, 4), _Odd())  # type: ignore[call-overload]
    forms = [line for line in str(ours.value).splitlines() if line.startswith(" * (")]
    assert len(set(forms)) == 2 and all("return_indices" in f for f in forms), str(ours.value)


def test_an_overload_missing_an_argument_or_given_a_wrong_kind_names_its_forms() -> None:
    """PyTorch's parser answers a call that fits no form, however it misses, with one TypeError."""
    for call in (lambda m: m.tensor(A).index_fill(0), lambda m: m.bucketize(m.tensor(A), "x"), lambda m: m.tensor(A).narrow(0)):
        with pytest.raises(TypeError) as ours:
            call(ts)
        with pytest.raises(TypeError) as theirs:
            call(torch)
        assert isinstance(ours.value, ts.TorchTypeError)
        first = str(ours.value).splitlines()[0]
        assert "received an invalid combination of arguments" in first and "received an invalid combination of arguments" in str(theirs.value)


def test_the_type_error_reads_like_pytorchs() -> None:
    with pytest.raises(TypeError) as ours:
        ts.tensor(A).max("x")  # type: ignore[call-overload]
    with pytest.raises(TypeError) as theirs:
        torch.tensor(A).max("x")
    assert str(ours.value).splitlines()[0] == str(theirs.value).splitlines()[0]
    assert " * ()" in str(ours.value) and " * (Tensor other)" in str(ours.value) and "int dim" in str(ours.value)


@pytest.mark.xfail(strict=True, reason=GOT_AS_GIVEN)
def test_the_type_error_shows_the_arguments_as_given() -> None:
    with pytest.raises(TypeError) as ours:
        ts.add(ts.tensor(A), "x")  # type: ignore[call-overload]
    with pytest.raises(TypeError) as theirs:
        torch.add(torch.tensor(A), "x")
    assert "got (Tensor, str)" in str(theirs.value)
    assert "got (Tensor, str)" in str(ours.value), str(ours.value)
    with pytest.raises(TypeError, match=r"got \(_Odd\)"):
        ts.tensor(A).add(_Odd())  # type: ignore[call-overload]
    with pytest.raises(ts.TorchTypeError, match="add\\(\\) received an invalid combination of arguments"):
        ts.add(_Odd())  # type: ignore[call-overload]


@pytest.mark.parametrize(
    "call",
    [
        lambda m: m.tensor(A).max(),
        lambda m: m.tensor(A).max(1),
        lambda m: m.tensor(A).max(m.tensor(B)),
        lambda m: m.tensor(A).std(),
        lambda m: m.tensor(A).std(1),
        lambda m: m.tensor(A).std(False),
        lambda m: m.tensor(A).std(1, correction=0),
        lambda m: m.tensor([[[1.0, 2.0]]]).squeeze(),
        lambda m: m.tensor([[[1.0, 2.0]]]).squeeze(0),
        lambda m: m.tensor([[[1.0, 2.0]]]).squeeze((0, 1)),
        lambda m: m.tensor(A).to(m.float64),
        lambda m: m.tensor(A).to("cpu"),
        lambda m: m.tensor(A).to(m.tensor([1])),
        lambda m: m.tensor(A).to(dtype=m.int64),
        lambda m: m.tensor(A).add(1),
        lambda m: m.tensor(A).add(m.tensor(B), alpha=2),
        lambda m: m.pow(2, m.tensor(A)),
        lambda m: m.pow(m.tensor(A), 2),
        lambda m: m.pow(m.tensor(A), m.tensor(B)),
        lambda m: m.arange(3),
        lambda m: m.arange(1, 3),
        lambda m: m.eye(2),
        lambda m: m.eye(2, 3),
        lambda m: NN(m).max_pool2d(m.ones(1, 1, 4, 4), 2),
        lambda m: NN(m).max_pool2d(m.ones(1, 1, 4, 4), 2, return_indices=True),
        lambda m: NN(m).conv2d(m.ones(1, 1, 4, 4), m.ones(1, 1, 3, 3), padding=1),
        lambda m: NN(m).conv2d(m.ones(1, 1, 4, 4), m.ones(1, 1, 3, 3), padding="same"),
    ],
    ids=[
        "max()", "max(dim)", "max(other)", "std()", "std(dim)", "std(unbiased)", "std(dim, correction)",
        "squeeze()", "squeeze(dim)", "squeeze(dims)", "to(dtype)", "to(device)", "to(other)", "to(dtype=)",
        "add(number)", "add(tensor, alpha)", "pow(number, t)", "pow(t, number)", "pow(t, t)", "arange(end)",
        "arange(start, end)", "eye(n)", "eye(n, m)", "max_pool2d", "max_pool2d(return_indices)", "conv2d(padding=int)",
        "conv2d(padding=str)",
    ],
)
def test_each_form_of_an_overloaded_function_is_reached(call: Callable[[Any], Any]) -> None:
    """The arguments choose the form PyTorch's argument parser would: the results agree."""
    assert_same(call(ts), call(torch))


# ============================================================================ named tuples


def test_return_types_are_named_like_pytorchs() -> None:
    classes = {n: c for n, c in vars(ts.return_types).items() if isinstance(c, type) and issubclass(c, tuple)}
    assert {"max", "min", "linalg_svd", "linalg_eig"} <= set(classes)
    checks = {
        "max": (ts.tensor(A).max(1), torch.tensor(A).max(1)),
        "min": (ts.min(ts.tensor(A), 0), torch.min(torch.tensor(A), 0)),
        "linalg_svd": (ts.linalg.svd(ts.tensor(A)), torch.linalg.svd(torch.tensor(A))),
        "linalg_eig": (ts.linalg.eig(ts.tensor([[2.0, 1.0], [1.0, 3.0]])), torch.linalg.eig(torch.tensor([[2.0, 1.0], [1.0, 3.0]]))),
    }
    for name, (ours, ref) in checks.items():
        assert type(ours) is classes[name]
        assert type(ours).__name__ == type(ref).__name__ == name
        assert ours._fields == torch_fields(ref)
        values, *_ = ours
        assert isinstance(values, ts.Tensor)
    for name, cls in classes.items():
        if hasattr(torch.return_types, name):
            assert cls._fields == tuple(getattr(torch.return_types, name).__match_args__), name  # type: ignore[attr-defined]


# ============================================================================ the rules that replaced the tables


def test_python_tables_cover_the_type_vocabulary(catalogue: Catalogue) -> None:
    """Every parameter and result kind the catalogue uses has an annotation and a conversion."""
    for fn in catalogue.functions:
        for p in fn.params:
            python.annotation(p.type)  # raises GenerationError for a kind without one
            if p.type.enum is None:
                assert p.type.key in python.CONVERT, f"{fn.name}.{p.name}: no conversion for {p.type.key}"
        if fn.result.type is not None and not fn.result.is_tuple and not fn.is_void:
            assert fn.result.type.key in python.RESULT_ANNOTATION, f"{fn.name}: no Python type for {fn.result.type.key}"
        sig = abi.signature(fn)
        assert all(c.c_type in python.NATIVE_TYPE for c in sig.params), fn.name
        assert sig.return_type in python.NATIVE_RESULT, fn.name
    assert {e.name for e in catalogue.error_codes} <= set(python.ERROR_CLASSES)
    assert {d.name for d in catalogue.dtypes} <= set(python.DTYPE_KINDS)


def test_the_runtime_calls_only_catalogue_functions(catalogue: Catalogue) -> None:
    assert python.runtime_calls(catalogue) == []
    lacking = dataclasses.replace(catalogue, functions=tuple(f for f in catalogue.functions if f.name != "rt_torch_torchtensor_select_int"))
    assert python.runtime_calls(lacking) == ["rt_torch_torchtensor_select_int"]


def test_an_unmapped_error_code_or_dtype_is_a_named_error(catalogue: Catalogue) -> None:
    bad_code = dataclasses.replace(catalogue, error_codes=catalogue.error_codes + (ErrorCode("overheated", 9, "Too hot.", 1),))
    with pytest.raises(GenerationError, match="no exception class for error code 'overheated'"):
        python.error_classes(bad_code)
    bad_dtype = dataclasses.replace(catalogue, dtypes=catalogue.dtypes + (DType("float8", 23, "Tiny.", 1),))
    with pytest.raises(GenerationError, match="no kind for dtype 'float8'"):
        python.dtype_objects(bad_dtype)


def test_the_native_stub_has_every_catalogue_function(catalogue: Catalogue) -> None:
    stub = python.native_stub(catalogue)
    assert [line.split("(")[0].removeprefix("def ") for line in stub] == [f.name for f in catalogue.functions]
    native = (PACKAGE_DIR / "torch_sffi" / "_native.pyi").read_text()
    assert all(line in native for line in stub)


def test_places_follow_the_rule(catalogue: Catalogue) -> None:
    tensor_api = python.Builder(catalogue).tensor_api
    by_name = catalogue.by_name
    assert [p.path for p in python.places(by_name["rt_torch_torchtensor_max_dim_v2"], tensor_api)] == ["torch_sffi.max", "torch_sffi.Tensor.max"]
    assert [p.path for p in python.places(by_name["rt_torch_nn_cross_entropy_v2"], tensor_api)] == ["torch_sffi.nn.cross_entropy"]
    assert [p.path for p in python.places(by_name["rt_torch_torchtensor_linalg_svd"], tensor_api)] == ["torch_sffi.linalg.svd"]
    assert python.places(by_name["rt_torch_torchtensor_sum"], tensor_api) == []  # internal
    shape = python.places(by_name["rt_torch_torchtensor_shape"], tensor_api)
    assert [(p.path, p.kind) for p in shape] == [("torch_sffi.Tensor.shape", "property"), ("torch_sffi.Tensor.size", "method")]


# ============================================================================ indexing

T24 = lambda m: m.arange(24).reshape(2, 3, 4)  # noqa: E731
MASK = [[[i * 12 + j * 4 + k > 12 for k in range(4)] for j in range(3)] for i in range(2)]  # T24 > 12


@pytest.mark.parametrize(
    "index",
    [
        lambda m: 0,
        lambda m: -1,
        lambda m: (1, 2),
        lambda m: (0, 1, 3),
        lambda m: (1, -1, -2),
        lambda m: slice(None),
        lambda m: slice(1, None),
        lambda m: slice(-2, None),
        lambda m: slice(-10, 10),
        lambda m: (slice(None), slice(None, None, 2)),
        lambda m: (slice(None), 1),
        lambda m: (Ellipsis, 1),
        lambda m: (0, Ellipsis),
        lambda m: (1, Ellipsis, slice(1, 3)),
        lambda m: Ellipsis,
        lambda m: (),
        lambda m: None,
        lambda m: (None, 0),
        lambda m: (0, None, slice(1, 3)),
        lambda m: (Ellipsis, None),
        lambda m: [0, 1],
        lambda m: [1, 0, 1],
        lambda m: ([0, 1], [1, 2]),
        lambda m: (slice(None), [0, 2]),
        lambda m: (1, [2, 0], [3, 3]),
        lambda m: (slice(None), [0, 2], slice(1, 3)),
        lambda m: ([0, 1], slice(None), [1, 2]),
        lambda m: (Ellipsis, [0, 3]),
        lambda m: m.tensor([1, 0]),
        lambda m: (m.tensor([[0, 1], [1, 0]]), 2),
        lambda m: m.tensor(1),
        lambda m: [True, False],
        lambda m: m.tensor([False, True]),
        lambda m: m.tensor(MASK),
        lambda m: (slice(None), m.tensor([True, False, True])),
        lambda m: (0, m.tensor(MASK[0])),
        lambda m: m.tensor(MASK[0]),  # a mask of the wrong shape: IndexError in both
        lambda m: (False, [0, 1]),  # [] and [0, 1] do not broadcast: IndexError in both
        lambda m: (1, m.tensor(MASK[1])),
        lambda m: True,
        lambda m: False,
        lambda m: (0, True),
        lambda m: m.tensor(True),
        lambda m: (m.tensor(False), 1),
        lambda m: (None, Ellipsis, None),
        lambda m: (Ellipsis, Ellipsis),
        lambda m: (Ellipsis, 0, Ellipsis),
    ],
)
def test_indexing_is_pytorchs(index: Callable[[Any], Any]) -> None:
    assert_same_outcome(lambda: T24(ts)[index(ts)], lambda: T24(torch)[index(torch)])
    assert_same_outcome(lambda: ts.tensor(A)[index(ts)], lambda: torch.tensor(A)[index(torch)])


@pytest.mark.parametrize(
    ("index", "error", "message"),
    [
        (lambda m: 2, IndexError, "index 2 is out of bounds for dimension 0 with size 2"),
        (lambda m: (0, 0, 0, 0), IndexError, "too many indices for tensor of dimension 3"),
        (lambda m: 1.5, IndexError, "only integers, slices"),
        (lambda m: m.tensor([0.5]), IndexError, "tensors used as indices must be long, int, byte or bool tensors"),
        (lambda m: slice(None, None, -1), ValueError, "step must be greater than zero"),
        (lambda m: [5], IndexError, None),
        (lambda m: (None, [5]), IndexError, "index 5 is out of bounds for dimension 0 with size 2"),  # after a view
        (lambda m: (0, None, [0, 7]), IndexError, "index 7 is out of bounds for dimension 0 with size 3"),
    ],
    ids=["out-of-bounds", "too-many", "float", "float-tensor", "negative-step", "list-out-of-bounds", "list-after-view", "list-after-select"],
)
def test_indexing_errors_are_pytorchs(index: Callable[[Any], Any], error: type[BaseException], message: str | None) -> None:
    with pytest.raises(error) as theirs:
        T24(torch)[index(torch)]
    with pytest.raises(error, match=None if message is None else message.replace("(", "\\(")) as ours:
        T24(ts)[index(ts)]
    assert isinstance(ours.value, ts.TorchError), ours.value
    if message is not None:
        assert message in str(theirs.value)


def test_indexing_makes_one_handle_and_frees_its_temporaries() -> None:
    t = T24(ts)
    gc.collect()
    base = ts.live_handles()
    mask = ts.tensor(MASK)
    base += 1
    views = [t[0], t[..., None], t[[0, 1], [1, 2]], t[mask], t[:, [True, False, True]], t[()], t[True], t[1, [0, 2], 1:]]
    assert ts.live_handles() == base + len(views)
    del views
    gc.collect()
    assert ts.live_handles() == base


# ============================================================================ autograd


def _expression(m: Any) -> tuple[Any, ...]:
    f = NN(m)
    x = m.tensor([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]], requires_grad=True)
    w = m.tensor([[0.2, -0.4], [0.6, 0.1], [-0.3, 0.8]], requires_grad=True)
    b = m.tensor([0.05, -0.1], requires_grad=True)
    h = f.linear(x, w.t(), b).relu() * 2.0 + (x @ w).sigmoid() - 2 ** (x @ w) / 4 + (1 - x @ w).pow(2)
    loss = f.cross_entropy(h, m.tensor([1, 0]), label_smoothing=0.1) + (h * h).mean(dim=0).sum() / 4 + h.std(0).sum()
    loss.backward()
    return loss, x.grad, w.grad, b.grad


def test_gradients_of_a_small_expression_equal_pytorchs() -> None:
    assert_same(_expression(ts), _expression(torch), tol=1e-6, where="loss and gradients")


def test_gradients_accumulate_and_no_grad_regions_nest() -> None:
    x = ts.tensor(V, requires_grad=True)
    for _ in range(2):
        (x * x).sum(dim=0).backward()
    assert x.grad is not None and x.grad.tolist() == [4.0, 8.0, 12.0]
    with ts.no_grad():
        with ts.autograd.no_grad():
            assert not (x * 2).requires_grad
        assert not (x * 2).requires_grad
    assert (x * 2).requires_grad


# ============================================================================ lifetimes


def test_scope_frees_what_it_made_and_keeps_what_it_is_told() -> None:
    base = ts.live_handles()
    outside = ts.ones(2)
    with ts.scope() as s:
        a = ts.ones(3)
        b = a * 2
        kept = s.keep(b + 1)
        assert ts.live_handles() == base + 4
    assert ts.live_handles() == base + 2
    assert kept.tolist() == [3.0, 3.0, 3.0] and outside.tolist() == [1.0, 1.0]
    for dead in (a, b):
        with pytest.raises(ts.InvalidHandleError, match="already freed"):
            dead.sum()


def test_scopes_nest_and_keep_moves_to_the_enclosing_scope() -> None:
    base = ts.live_handles()
    with ts.scope():
        with ts.scope() as inner:
            t = inner.keep(ts.zeros(2))
            ts.zeros(5)
        assert ts.live_handles() == base + 1
        assert t.tolist() == [0.0, 0.0]
    assert ts.live_handles() == base
    with pytest.raises(ts.InvalidHandleError):
        t.tolist()


def test_scopes_free_named_tuples_and_chunks() -> None:
    base = ts.live_handles()
    x = ts.tensor(A)
    with ts.scope():
        values, indices = x.max(1)
        parts = x.chunk(3, dim=1)
        svd = ts.linalg.svd(x)
        assert ts.live_handles() == base + 1 + 2 + 3 + 3
    assert ts.live_handles() == base + 1
    assert not values._live and not parts[0]._live and not svd.U._live


def test_scoped_functions_keep_what_they_return() -> None:
    base = ts.live_handles()

    @ts.scoped
    def step(x: ts.Tensor) -> tuple[ts.Tensor, dict[str, ts.Tensor]]:
        tmp = x * 3 + 1
        return tmp.relu(), {"neg": -tmp}

    @ts.scope()
    def total(x: ts.Tensor) -> float:
        return float((x * x).sum().item())

    x = ts.tensor([-1.0, 2.0])
    relu, extra = step(x)
    assert ts.live_handles() == base + 3
    assert relu.tolist() == [0.0, 7.0] and extra["neg"].tolist() == [2.0, -7.0]
    assert total(x) == 5.0 and ts.live_handles() == base + 3
    assert step.__name__ == "step"


def test_free_double_free_and_use_after_free() -> None:
    gc.collect()
    t = ts.tensor(A)
    base = ts.live_handles()
    t.free()
    assert ts.live_handles() == base - 1
    with pytest.raises(ts.InvalidHandleError, match="rt_torch_torchtensor_free: argument 'handle': tensor handle \\d+ was already freed"):
        t.free()
    uses: list[Callable[[], Any]] = [
        lambda: t + t, lambda: t.shape, lambda: t.tolist(), lambda: t.sum(dim=0), lambda: ts.cat([t]),
        lambda: ts.nn.relu(t), lambda: t.max(1), lambda: t[0], lambda: t.to(ts.float64), lambda: t + 1,
    ]
    for use in uses:
        with pytest.raises(ts.InvalidHandleError, match="already freed"):
            use()
    assert repr(t) == "tensor(<freed>)"
    with ts.scope():
        u = ts.ones(1)
        u.free()  # freed early: the scope's end must not free it again
    del t, u
    gc.collect()
    assert ts.live_handles() == base - 1


def test_failed_calls_leak_no_handles() -> None:
    gc.collect()
    base = ts.live_handles()
    x = ts.tensor(A)
    failures: list[Callable[[], Any]] = [
        lambda: x.view(4), lambda: x.transpose(0, 5), lambda: x.max(7), lambda: x @ x, lambda: x[5],
        lambda: x[[0, 9]], lambda: ts.zeros(2, dtype=ts.int64, requires_grad=True), lambda: ts.tensor([[1], [2, 3]]),
        lambda: x.to("meta:x"), lambda: ts.nn.max_pool2d(x, 5, return_indices=True), lambda: ts.linalg.svd(x, driver="gesvdj"),
        lambda: x.std(dim=9), lambda: ts.arange(0, 1, 0), lambda: x.add(ts.tensor(V[:2])), lambda: 2 ** x[9],
    ]
    for fail in failures:
        with pytest.raises((ts.TorchError, RuntimeError)):
            fail()
    del x
    gc.collect()
    assert ts.live_handles() == base


def test_garbage_collection_is_a_backstop() -> None:
    base = ts.live_handles()
    for _ in range(50):
        ts.ones(4) + 1
        ts.tensor(A).max(0)
    gc.collect()
    assert ts.live_handles() == base


def test_each_thread_has_its_own_scopes() -> None:
    base = ts.live_handles()
    made: list[ts.Tensor] = []
    started, release = threading.Event(), threading.Event()

    def worker() -> None:
        with ts.scope():
            ts.ones(2)
            started.set()
            release.wait(10)

    thread = threading.Thread(target=worker)
    thread.start()
    started.wait(10)
    made.append(ts.ones(3))  # made on this thread while the worker's scope is open: not its
    release.set()
    thread.join()
    assert ts.live_handles() == base + 1 and made[0].tolist() == [1.0, 1.0, 1.0]


def test_scopes_end_in_reverse_order() -> None:
    outer, inner = ts.scope(), ts.scope()
    outer.__enter__()
    inner.__enter__()
    with pytest.raises(ts.TorchError, match="reverse order"):
        outer.__exit__(None, None, None)
    inner.__exit__(None, None, None)
    outer.__exit__(None, None, None)
    with pytest.raises(RuntimeError, match="entered only once"):
        outer.__enter__()


def test_copies_copy_values_not_handles() -> None:
    """pickle and deepcopy make a new tensor (a new handle) holding the values; copy.copy a new
    handle sharing the memory, as PyTorch's (tests/idioms_interop.py compares the semantics)."""
    t = ts.tensor(V)
    for made in (copy.copy(t), copy.deepcopy(t), pickle.loads(pickle.dumps(t))):
        assert made is not t and made._h != t._h and made.tolist() == t.tolist()
    assert pickle.loads(pickle.dumps(ts.float64)) is ts.float64


# ============================================================================ errors


def _torch_error(action: Any) -> BaseException:
    with pytest.raises(Exception) as info:
        action(torch)
    return info.value


@pytest.mark.parametrize(
    ("action", "cls", "builtin", "code"),
    [
        (lambda m: m.tensor(A).transpose(0, 5), "TorchIndexError", IndexError, 2),
        (lambda m: NN(m).embedding(m.tensor([5]), m.tensor(A)), "TorchIndexError", IndexError, 2),
        (lambda m: m.tensor(A).select(0, 2), "TorchIndexError", IndexError, 2),
        (lambda m: m.tensor(A) + m.tensor([1.0, 2.0]), "TorchRuntimeError", RuntimeError, 7),
        (lambda m: m.tensor(A).add(m.tensor([1.0, 2.0]), alpha=2), "TorchRuntimeError", RuntimeError, 7),
        (lambda m: m.tensor(A).t().view(6), "TorchRuntimeError", RuntimeError, 7),
        (lambda m: m.tensor([1, 2]).softmax(0), "TorchUnavailableError", NotImplementedError, 5),
        (lambda m: m.tensor([[1, 2], [3]]), "TorchValueError", ValueError, 0),
        (lambda m: NN(m).mse_loss(m.tensor(A), m.tensor(B), reduction="max"), "TorchValueError", ValueError, 3),
        (lambda m: m.tensor([1, 2]).mean(), "TorchRuntimeError", RuntimeError, 7),
    ],
    ids=["index", "index-embedding", "select", "shape-mismatch", "alpha-form", "view", "not-implemented", "ragged-list", "enum-value", "mean-of-ints"],
)
def test_errors_have_pytorchs_type_and_message(action: Any, cls: str, builtin: type, code: int) -> None:
    expected = _torch_error(action)
    with pytest.raises(ts.TorchError) as info:
        action(ts)
    err = info.value
    assert type(err).__name__ == cls and isinstance(err, builtin) and isinstance(expected, builtin), (type(err), type(expected))
    assert err.code == (code or err.code)
    assert str(expected) in str(err), f"{err!s} does not carry PyTorch's message {expected!s}"
    assert "Exception raised from" not in str(err) and "frame #" not in str(err)


def test_errors_of_the_bridge_itself() -> None:
    with pytest.raises(ts.TorchValueError, match="unknown dtype code 99") as info:
        ts.tensor(V).to(ts.DType("unknown", 99, "float", "not a dtype of the catalogue"))
    assert isinstance(info.value, ValueError) and info.value.code == 3
    with pytest.raises(ts.TorchValueError, match="unknown dtype code 99"):  # made from Python data, then converted
        ts.tensor([1.0, 2.0], dtype=ts.DType("unknown", 99, "float", "not a dtype of the catalogue"))
    with pytest.raises(ts.TorchUnavailableError, match="CUDA") if not ts.cuda.is_available() else contextlib.nullcontext():
        ts.tensor(V).cuda()
    with pytest.raises(ts.TorchTypeError, match="holds numbers, not str") as type_info:
        ts.tensor(["a"])
    assert isinstance(type_info.value, TypeError)
    with pytest.raises(ts.TorchIndexError, match="index 2 is out of bounds for dimension 0 with size 2"):
        ts.tensor(A)[2]
    with pytest.raises(ts.TorchTypeError, match="len\\(\\) of a 0-d tensor"):
        len(ts.tensor(1.0))
    with pytest.raises(ts.TorchTypeError, match="argument 'dtype' must be torch_sffi.dtype, not str"):
        ts.zeros(2, dtype="float32")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="argument 'device' must be torch_sffi.device, not float"):
        ts.ones(2, device=1.5)  # type: ignore[arg-type]
    with pytest.raises(RuntimeError, match="Expected one of .* device type at start of device string: tpu"):
        ts.ones(2, device="tpu")
    with pytest.raises(ts.TorchTypeError, match="argument 'input' must be Tensor, not list"):
        ts.relu([1.0])  # type: ignore[arg-type]
    assert issubclass(ts.InvalidHandleError, ts.TorchError) and not issubclass(ts.InvalidHandleError, ValueError)


def test_devices_are_pytorchs() -> None:
    for spec in ("cpu", "cuda", "cuda:1", "meta"):
        assert repr(ts.device(spec)) == repr(torch.device(spec)) and str(ts.device(spec)) == str(torch.device(spec))
    assert ts.device("cuda", 2) == ts.device("cuda:2") and hash(ts.device("cpu")) == hash(ts.device("cpu"))
    for bad in ("cuda:x", "cuda:-1"):
        with pytest.raises(RuntimeError):
            torch.device(bad)
        with pytest.raises(RuntimeError):
            ts.device(bad)


# ============================================================================ Python data, repr, operators


@pytest.mark.parametrize(
    "data",
    [A, [1, 2, 3], [[True, False]], [True, 2], [1, 2.5], [], [[], []], 3.5, 7, False, (1.0, (2.0)), [[1], [2]], 2**62],
    ids=repr,
)
def test_construction_from_python_data_infers_like_torch_tensor(data: Any) -> None:
    assert_same(ts.tensor(data), torch.tensor(data), where=repr(data))
    assert_same(ts.Tensor(data), torch.tensor(data), where=repr(data))


def test_construction_with_dtype_and_requires_grad() -> None:
    for dtype in ("float64", "int32", "bool", "uint8", "float16", "int8", "bfloat16", "complex64"):
        assert_same(ts.tensor([[1, 0], [2, 3]], dtype=getattr(ts, dtype)), torch.tensor([[1, 0], [2, 3]], dtype=getattr(torch, dtype)))
    assert_same(ts.tensor([1.7, -2.7], dtype=ts.int64), torch.tensor([1.7, -2.7]).to(torch.int64))
    t = ts.tensor(V, requires_grad=True)
    assert t.requires_grad and t.grad is None
    with pytest.raises(RuntimeError, match="floating point"):
        ts.tensor([1, 2], requires_grad=True)


def test_tensor_takes_a_device() -> None:
    assert_same(ts.tensor(A, device="cpu"), torch.tensor(A, device="cpu"))
    assert_same(ts.tensor(A, device=ts.device("cpu")), torch.tensor(A, device="cpu"))


@pytest.mark.parametrize(
    "make",
    [
        lambda m: m.tensor([[1.0, 2.0], [3.0, 4.0]]),
        lambda m: m.tensor(3.0),
        lambda m: m.tensor(-7),
        lambda m: m.tensor([1.5, -2.25, 1000.0]),
        lambda m: m.tensor([1e-5, 1.0, 123456.0]),
        lambda m: m.tensor([[1, 2], [30, -4]]),
        lambda m: m.tensor([True, False]),
        lambda m: m.tensor([float("nan"), float("inf"), -1.0]),
        lambda m: m.tensor(A, dtype=m.float64),
        lambda m: m.tensor([1, 2], dtype=m.int32),
        lambda m: m.tensor(V, requires_grad=True),
        lambda m: m.zeros(0, 3),
        lambda m: m.zeros(0),
        lambda m: m.tensor([], dtype=m.int64),
        lambda m: m.arange(0.0, 2000.0).reshape(2, 1000),
        lambda m: m.arange(0.0, 1200.0).reshape(10, 12, 10),
        lambda m: m.arange(2000),
        lambda m: m.linspace(0.0, 1.0, 30).reshape(3, 10),
        lambda m: m.ones(2, 3, 4),
        lambda m: m.tensor([[0.0, -1.0], [1.0, 0.0]]).to(m.complex64),
        lambda m: m.tensor([1.0, 2.0]).to(m.bfloat16),
        lambda m: m.full([2], 3),
        lambda m: m.zeros(2, dtype=m.float16, requires_grad=True),
        lambda m: m.tensor(A).max(1),
        lambda m: m.linalg.eig(m.tensor([[0.0, -1.0], [1.0, 0.0]])),
    ],
)
def test_repr_is_pytorchs(make: Any) -> None:
    expected = str(make(torch)).replace("torch.", "torch_sffi.")
    assert repr(make(ts)) == expected
    assert str(make(ts)) == expected


def test_tensor_protocols() -> None:
    t = ts.tensor(A)
    assert len(t) == 2 and t.ndim == 2 and t.dim() == 2 and t.numel() == 6 and t.shape == (2, 3)
    assert [r.tolist() for r in t] == A
    assert t[1, 2].item() == -6.5 and t[:, ::2].tolist() == [[1.0, 3.0], [4.0, -6.5]]
    assert float(ts.tensor([2.5])) == 2.5 and int(ts.tensor([[7]])) == 7 and bool(ts.tensor(0.0)) is False
    assert isinstance(ts.tensor([3]).item(), int) and isinstance(ts.tensor([True]).item(), bool)
    assert [10, 20, 30][ts.tensor(1)] == 20
    with pytest.raises(TypeError):
        [10, 20][ts.tensor(1.0)]
    assert repr(ts.float32) == "torch_sffi.float32" and ts.float64.is_floating_point and not ts.int64.is_floating_point
    assert ts.complex64.is_complex and not ts.uint8.is_signed and ts.int8.is_signed
    assert ts.__version__ == "0.1.0" and ts.torch_version() == torch.__version__.split("+")[0]


OPS: dict[str, Callable[[Any, Any, Any], Any]] = {
    "t+u": lambda m, t, u: t + u,
    "t-u": lambda m, t, u: t - u,
    "t*u": lambda m, t, u: t * u,
    "t/u": lambda m, t, u: t / u,
    "t@u.t": lambda m, t, u: t @ u.t(),
    "-t": lambda m, t, u: -t,
    "abs": lambda m, t, u: abs(t),
    "t**3": lambda m, t, u: t**3,
    "t**0.5": lambda m, t, u: abs(t) ** 0.5,
    "t**u": lambda m, t, u: abs(t) ** abs(u),
    "t+2": lambda m, t, u: t + 2,
    "t+2.5": lambda m, t, u: t + 2.5,
    "2*t": lambda m, t, u: 2 * t,
    "t*1.5": lambda m, t, u: t * 1.5,
    "t-0.5": lambda m, t, u: t - 0.5,
    "7-t": lambda m, t, u: 7 - t,
    "7.5-t": lambda m, t, u: 7.5 - t,
    "1.5/t": lambda m, t, u: 1.5 / t,
    "2/t": lambda m, t, u: 2 / t,
    "t/4": lambda m, t, u: t / 4,
    "2**t": lambda m, t, u: 2 ** abs(t),
    "0.5**t": lambda m, t, u: 0.5**t,
    "t+True": lambda m, t, u: t + True,
}


@pytest.mark.parametrize("dtype", ["float32", "float64", "int64", "int32", "int16", "uint8", "bool"])
@pytest.mark.parametrize("op", list(OPS))
def test_operators_match_pytorch_including_dtypes(op: str, dtype: str) -> None:
    data_a = [[1, -2, 3], [4, 5, -6]] if dtype != "bool" else [[True, False, True], [False, True, True]]
    data_b = [[2, 2, -1], [3, -4, 2]] if dtype != "bool" else [[True, True, False], [False, True, False]]
    if dtype.startswith("float"):
        data_a, data_b = A, B
    if dtype == "uint8":
        data_a, data_b = [[1, 2, 3], [4, 5, 6]], [[2, 2, 1], [3, 4, 2]]
    assert_same_outcome(
        lambda: OPS[op](ts, ts.tensor(data_a, dtype=getattr(ts, dtype)), ts.tensor(data_b, dtype=getattr(ts, dtype))),
        lambda: OPS[op](torch, torch.tensor(data_a, dtype=getattr(torch, dtype)), torch.tensor(data_b, dtype=getattr(torch, dtype))),
        where=f"{op} on {dtype}",
    )


def test_the_package_docstring_example_runs() -> None:
    result = doctest.testmod(ts, verbose=False)
    assert result.attempted >= 4 and result.failed == 0


def test_signatures_carry_pytorchs_defaults() -> None:
    """Single-form functions show PyTorch's defaults in their signatures (keyword defaults are
    given by the cases explicitly and left out, with the same results)."""
    pairs = [
        (ts.nn.cross_entropy, torch.nn.functional.cross_entropy, ("weight", "ignore_index", "reduction", "label_smoothing")),
        (ts.nn.avg_pool2d, torch.nn.functional.avg_pool2d, ()),
        (ts.nn.dropout, torch.nn.functional.dropout, ("p", "training")),
        (ts.nn.layer_norm, torch.nn.functional.layer_norm, ("weight", "bias", "eps")),
        (ts.nn.batch_norm, torch.nn.functional.batch_norm, ("weight", "bias", "training", "momentum", "eps")),
        (ts.nn.leaky_relu, torch.nn.functional.leaky_relu, ("negative_slope",)),
    ]
    for ours, theirs, names in pairs:
        mine = inspect.signature(ours).parameters
        try:
            ref = inspect.signature(theirs).parameters
        except (TypeError, ValueError):  # a builtin without a signature
            continue
        for name in names:
            assert mine[name].default == ref[name].default, f"{ours.__name__}({name}=...): {mine[name].default!r}, PyTorch {ref[name].default!r}"


# ============================================================================ typing


def _mypy(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """mypy --strict in a subprocess; torch_sffi is found in the build folder only."""
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={"MYPYPATH": str(PACKAGE_DIR), "PATH": "/usr/bin:/bin"},
    )


@pytest.mark.slow
@pytest.mark.parametrize("python", [None, "3.10"])
def test_mypy_strict_passes_on_the_generated_package(python: str | None) -> None:
    """Also as Python 3.10 code, the oldest the wheel installs on: typeshed's version gates then
    reject what 3.10's standard library lacks (typing.Self, enum.StrEnum, ...)."""
    assert (PACKAGE_DIR / "torch_sffi" / "py.typed").is_file()
    result = _mypy("-p", "torch_sffi", *(("--python-version", python) if python else ()), cwd=PACKAGE_DIR)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_types_of_the_public_api_are_precise(tmp_path: Path) -> None:
    good = tmp_path / "good.py"
    good.write_text(
        textwrap.dedent(
            """
            import torch_sffi as ts
            from torch_sffi import nn

            x: ts.Tensor = ts.tensor([[1.0, 2.0]], requires_grad=True)
            total: ts.Tensor = x.sum()
            value: float | int | bool = x.sum().item()
            rows: ts.Tensor = x.sum(dim=1, keepdim=True)
            best: ts.return_types.max = x.max(dim=0)
            idx: ts.Tensor = best.indices
            top: ts.Tensor = x.max()
            both: ts.Tensor = x.max(x)
            svd: ts.return_types.linalg_svd = ts.linalg.svd(x)
            vh: ts.Tensor = svd.Vh
            shape: tuple[int, ...] = x.shape
            y: ts.Tensor = (x * 2 + 1.5 - x) / 3 @ x.t()
            z: ts.Tensor = 2 - x + 2 ** x - 1 / x
            loss: ts.Tensor = nn.mse_loss(y, ts.zeros(1, 1), reduction="sum")
            pooled: ts.Tensor = nn.max_pool2d(ts.ones(1, 1, 4, 4), 2)
            with_idx: ts.return_types.nn_max_pool2d = nn.max_pool2d(ts.ones(1, 1, 4, 4), 2, return_indices=True)
            loss.backward()
            grad: ts.Tensor | None = x.grad
            with ts.scope() as s, ts.no_grad():
                kept: ts.Tensor = s.keep(ts.randn(2, 3, dtype=ts.float64, device="cpu"))
            dt: ts.DType = kept.to(ts.float64).dtype
            moved: ts.Tensor = kept.to("cpu", ts.float32).to(dtype=ts.int64).to(kept)
            parts: tuple[ts.Tensor, ...] = x.chunk(2)
            item: ts.Tensor = x[0, ..., None][[0]]
            """
        )
    )
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import torch_sffi as ts\n"
        "t: ts.Tensor = ts.ones(2).sum().item()\n"
        "n: int = ts.ones(2).reshape('a')\n"
        "r: ts.Tensor = ts.ones(2).max(0)\n"
        "l = ts.nn.mse_loss(ts.ones(1), ts.ones(1), reduction='average')\n"
    )
    ok = _mypy("good.py", cwd=tmp_path)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    ko = _mypy("bad.py", cwd=tmp_path)
    assert ko.returncode == 1, ko.stdout + ko.stderr
    lines = ko.stdout.splitlines()
    assert any("bad.py:2:" in line and "Incompatible types in assignment" in line for line in lines), ko.stdout
    assert any("bad.py:3:" in line for line in lines), ko.stdout  # reshape('a')
    assert any("bad.py:4:" in line and '"max"' in line for line in lines), ko.stdout  # a named tuple is not a Tensor
    assert any("bad.py:5:" in line and "reduction" in line.lower() or "bad.py:5:" in line and "Literal" in line for line in lines), ko.stdout


def test_the_readme_example_gives_pytorchs_numbers() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    section = readme[readme.index("## Python") :]
    code = section[section.index("```python\n") + len("```python\n") :]
    code = code[: code.index("```")]
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env={"PYTHONPATH": str(PACKAGE_DIR)})
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    half = len(lines) // 2
    assert half >= 3 and lines[:half] == lines[half:], run.stdout
