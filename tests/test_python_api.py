"""The generated torch_sffi package, used as a Python user would, next to PyTorch.

Needs the build (`make`, or `sffi-gen build`): it imports build/python/torch_sffi.
"""

from __future__ import annotations

import copy
import dataclasses
import doctest
import gc
import math
import pickle
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any

import pytest

from conftest import BUILD
from generator.errors import GenerationError
from generator.model import Catalogue, DType, ErrorCode
from generator.targets import common, python
from python_cases import CASES, A, B, V, Case

PACKAGE_DIR = BUILD / "python"
if not (PACKAGE_DIR / "torch_sffi" / "__init__.py").is_file():
    raise RuntimeError(f"{PACKAGE_DIR}/torch_sffi is not built: run `make` (or `sffi-gen build`) first")
sys.path.insert(0, str(PACKAGE_DIR))

import torch  # noqa: E402
import torch_sffi as ts  # noqa: E402

# ============================================================================ comparing results


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
    """ours (torch_sffi) is what ref (PyTorch) is: same kind, shape, dtype and values."""
    if isinstance(ref, torch.Tensor):
        assert isinstance(ours, ts.Tensor), f"{where}: a {type(ours).__name__}, PyTorch gives a Tensor"
        assert ours.shape == tuple(ref.shape), f"{where}: shape {ours.shape}, PyTorch {tuple(ref.shape)}"
        assert ours.dtype.name == str(ref.dtype).removeprefix("torch."), f"{where}: dtype {ours.dtype}, PyTorch {ref.dtype}"
        if values:
            _same_values(ours.tolist(), ref.detach().cpu().tolist(), tol, where)
    elif isinstance(ref, (tuple, list)) and not (isinstance(ref, list) and not any(isinstance(r, torch.Tensor) for r in ref)):
        assert isinstance(ours, (tuple, list)) and len(ours) == len(ref), f"{where}: {ours!r}, PyTorch {ref!r}"
        for i, (o, r) in enumerate(zip(ours, ref)):
            assert_same(o, r, tol, values, f"{where}[{i}]")
    elif ref is None:
        assert ours is None, f"{where}: {ours!r}, PyTorch None"
    else:
        _same_values(ours, ref, tol, where)


# ============================================================================ every catalogue function


def test_every_catalogue_function_has_a_case(catalogue: Catalogue) -> None:
    names = [f.name for f in catalogue.functions]
    missing = [n for n in names if not CASES.get(n)]
    unknown = sorted(set(CASES) - set(names))
    assert not missing, f"catalogue functions without a case in tests/python_cases.py: {missing}"
    assert not unknown, f"cases for functions the catalogue does not have: {unknown}"


_ALL_CASES = [pytest.param(name, i, case, id=f"{name}-{i}") for name, cases in CASES.items() for i, case in enumerate(cases)]


@pytest.mark.parametrize(("name", "index", "case"), _ALL_CASES)
def test_function_matches_pytorch(name: str, index: int, case: Case) -> None:
    if case.cuda and not ts.cuda.is_available():
        with pytest.raises(ts.TorchUnavailableError, match="CUDA") as info:
            case.ours(ts)
        assert isinstance(info.value, RuntimeError)
        return
    ours = case.ours(ts)
    if case.check is not None:
        assert case.check(ours), f"{name}: unexpected result {ours!r}"
    if case.ref is not None:
        assert_same(ours, case.ref(torch), case.tol, case.values, name)


def test_every_function_is_reachable_from_a_public_name(catalogue: Catalogue) -> None:
    paths = python.public_paths(catalogue)
    assert set(paths) == {f.name for f in catalogue.functions}
    for fn_name, names in paths.items():
        assert names, f"{fn_name} has no public name"
        for path in names:
            obj = _resolve(path.removesuffix(" (setter)"))
            assert callable(obj) or isinstance(obj, property), f"{path} ({fn_name}) is not callable"
            if path.endswith(" (setter)"):
                assert isinstance(obj, property) and obj.fset is not None
                doc = obj.fset.__doc__ or ""
            else:
                doc = (obj.fget if isinstance(obj, property) else obj).__doc__ or ""
            assert f"{fn_name}" in doc, f"{path}: its docstring does not name {fn_name}"


def _resolve(path: str) -> Any:
    parts = path.split(".")
    assert parts[0] == "torch_sffi"
    obj: Any = ts
    for part in parts[1:]:
        holder = obj
        obj = holder.__dict__[part] if isinstance(holder, type) and part in holder.__dict__ else getattr(holder, part)
    return obj


def test_docstrings_come_from_the_catalogue(catalogue: Catalogue) -> None:
    fns = catalogue.by_name
    assert ts.Tensor.matmul.__doc__ is not None and fns["rt_torch_torchtensor_matmul"].summary in ts.Tensor.matmul.__doc__
    assert ts.nn.conv2d.__doc__ is not None and "Filters of shape (C_out, C_in / groups, kH, kW)." in ts.nn.conv2d.__doc__
    assert ts.Tensor.shape.__doc__ is not None and "The size of every dimension." in ts.Tensor.shape.__doc__
    svd_doc = ts.Tensor.svd.__doc__ or ""
    assert "Deviation from the reference" in svd_doc and "PyTorch: torch.linalg.svd." in svd_doc
    assert "Raises TorchUnavailableError" in (ts.cuda.Stream.__init__.__doc__ or "")
    for path_list in python.public_paths(catalogue).values():
        for path in path_list:
            obj = _resolve(path.removesuffix(" (setter)"))
            target = obj.fget if isinstance(obj, property) else obj
            assert (target.__doc__ or "").strip(), f"{path} has no docstring"


# ============================================================================ the translation tables


def test_python_tables_cover_the_type_vocabulary() -> None:
    assert common.missing_types(python.PY_PARAM) == []
    assert common.missing_types(python.NATIVE_PARAM) == []
    assert common.missing_types(python.PY_RESULT, results=True) == []
    assert common.missing_types(python.NATIVE_RESULT, results=True) == []


def test_python_tables_name_real_catalogue_functions(catalogue: Catalogue) -> None:
    names = set(catalogue.by_name)
    tables = {
        "RENAMES": set(python.RENAMES),
        "SETTERS": set(python.SETTERS) | set(python.SETTERS.values()),
        "RETURNS_SELF": set(python.RETURNS_SELF),
        "FREES": set(python.FREES),
        "TUPLE_RESULTS": set(python.TUPLE_RESULTS),
        "NAMED_RESULTS": set(python.NAMED_RESULTS),
        "VARIADIC": set(python.VARIADIC),
        "RESULT_CONVERT": set(python.RESULT_CONVERT),
        "PARAM_TYPES": {f for f, _ in python.PARAM_TYPES},
        "DIM_OVERLOADS": {n for _, w, a in python.DIM_OVERLOADS for n in (w, a)},
        "SCALAR_OVERLOADS": {n for _, t, f in python.SCALAR_OVERLOADS for n in (t, f) if n},
        "REFLECTED": {f for _, fns in python.REFLECTED.values() for f in fns},
        "RUNTIME": set(python.RUNTIME.values()),
    }
    for table, used in tables.items():
        assert used <= names, f"python.{table} names functions the catalogue lacks: {sorted(used - names)}"
    assert python.missing_runtime(catalogue) == []
    assert {e.name for e in catalogue.error_codes} <= set(python.ERROR_CLASSES)
    assert {d.name for d in catalogue.dtypes} <= set(python.DTYPE_KINDS)


def test_an_unmapped_error_code_or_dtype_is_a_named_error(catalogue: Catalogue) -> None:
    bad_code = dataclasses.replace(catalogue, error_codes=catalogue.error_codes + (ErrorCode("overheated", 9, "Too hot.", 1),))
    with pytest.raises(GenerationError, match="no exception class for error code 'overheated'"):
        python.error_classes(bad_code)
    bad_dtype = dataclasses.replace(catalogue, dtypes=catalogue.dtypes + (DType("float8", 23, "Tiny.", 1),))
    with pytest.raises(GenerationError, match="no kind for dtype 'float8'"):
        python.dtype_objects(bad_dtype)


# ============================================================================ autograd


def _expression(m: Any, f: Any) -> tuple[Any, ...]:
    x = m.tensor([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]], requires_grad=True)
    w = m.tensor([[0.2, -0.4], [0.6, 0.1], [-0.3, 0.8]], requires_grad=True)
    b = m.tensor([0.05, -0.1], requires_grad=True)
    h = f.linear(x, w.t(), b).relu() * 2.0 + (x @ w).sigmoid()
    loss = f.cross_entropy(h, m.tensor([1, 0])) + (h * h).mean(dim=0).sum(dim=0) / 4
    loss.backward()
    return loss, x.grad, w.grad, b.grad


def test_gradients_of_a_small_expression_equal_pytorchs() -> None:
    ours = _expression(ts, ts.nn)
    ref = _expression(torch, torch.nn.functional)
    assert_same(ours, ref, tol=1e-6, where="loss and gradients")


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


def test_scoped_functions_keep_what_they_return() -> None:
    base = ts.live_handles()

    @ts.scoped
    def step(x: ts.Tensor) -> tuple[ts.Tensor, dict[str, ts.Tensor]]:
        tmp = x * 3 + 1
        return tmp.relu(), {"neg": -tmp}

    @ts.scope()
    def total(x: ts.Tensor) -> float:
        return (x * x).sum().item()

    x = ts.tensor([-1.0, 2.0])
    relu, extra = step(x)
    assert ts.live_handles() == base + 3
    assert relu.tolist() == [0.0, 7.0] and extra["neg"].tolist() == [2.0, -7.0]
    assert total(x) == 5.0 and ts.live_handles() == base + 3
    assert step.__name__ == "step"


def test_free_double_free_and_use_after_free() -> None:
    t = ts.tensor(A)
    base = ts.live_handles()
    t.free()
    assert ts.live_handles() == base - 1
    with pytest.raises(ts.InvalidHandleError, match="rt_torch_torchtensor_free: argument 'handle': tensor handle \\d+ was already freed"):
        t.free()
    for use in (lambda: t + t, lambda: t.shape, lambda: t.tolist(), lambda: t.sum(dim=0), lambda: ts.cat([t]), lambda: ts.nn.relu(t)):
        with pytest.raises(ts.InvalidHandleError, match="already freed"):
            use()
    assert repr(t) == "tensor(<freed>)"
    with ts.scope():
        u = ts.ones(1)
        u.free()  # freed early: the scope's end must not free it again
    del t, u
    gc.collect()
    assert ts.live_handles() == base - 1


def test_garbage_collection_is_a_backstop() -> None:
    base = ts.live_handles()
    for _ in range(50):
        ts.ones(4) + 1
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


def test_handles_are_not_copied() -> None:
    t = ts.tensor(V)
    for attempt in (lambda: copy.copy(t), lambda: copy.deepcopy(t), lambda: pickle.dumps(t)):
        with pytest.raises(ts.TorchTypeError, match="cannot be pickled or copied"):
            attempt()


# ============================================================================ errors


def _torch_error(action: Any) -> BaseException:
    with pytest.raises(Exception) as info:
        action(torch)
    return info.value


@pytest.mark.parametrize(
    ("action", "cls", "builtin", "code"),
    [
        (lambda m: m.tensor(A).transpose(0, 5), "TorchIndexError", IndexError, 2),
        (lambda m: m.nn.functional.embedding(m.tensor([5]), m.tensor(A)) if m is torch else m.nn.embedding(m.tensor([5]), m.tensor(A)), "TorchIndexError", IndexError, 2),
        (lambda m: m.tensor(A) + m.tensor([1.0, 2.0]), "TorchRuntimeError", RuntimeError, 7),
        (lambda m: m.tensor(A).t().view(6), "TorchRuntimeError", RuntimeError, 7),
        (lambda m: m.tensor([1, 2]).softmax(0), "TorchUnavailableError", NotImplementedError, 5),
        (lambda m: m.tensor([[1, 2], [3]]), "TorchValueError", ValueError, 0),
    ],
    ids=["index", "index-embedding", "shape-mismatch", "view", "not-implemented", "ragged-list"],
)
def test_errors_have_pytorchs_type_and_message(action: Any, cls: str, builtin: type, code: int) -> None:
    expected = _torch_error(action)
    with pytest.raises(ts.TorchError) as info:
        action(ts)
    err = info.value
    assert type(err).__name__ == cls and isinstance(err, builtin) and isinstance(expected, builtin)
    assert err.code == (code or err.code)
    assert str(expected) in str(err), f"{err!s} does not carry PyTorch's message {expected!s}"
    assert "Exception raised from" not in str(err) and "frame #" not in str(err)


def test_errors_of_the_bridge_itself() -> None:
    with pytest.raises(ts.TorchValueError, match="rt_torch_torchtensor_to_dtype: unknown dtype code 99") as info:
        ts.tensor(V).to(ts.DType("unknown", 99, "float", "not a dtype of the catalogue"))
    assert isinstance(info.value, ValueError) and info.value.code == 3
    with pytest.raises(ts.TorchUnavailableError, match="CUDA") if not ts.cuda.is_available() else _nothing():
        ts.tensor(V).cuda()
    with pytest.raises(ts.TorchTypeError, match="holds numbers, not str") as type_info:
        ts.tensor(["a"])
    assert isinstance(type_info.value, TypeError)
    with pytest.raises(ts.TorchValueError, match="keepdim needs dim"):
        ts.tensor(A).sum(keepdim=True)
    with pytest.raises(ts.TorchIndexError, match="index 2 is out of bounds for dimension 0 with size 2"):
        ts.tensor(A)[2]
    with pytest.raises(ts.TorchTypeError, match="len\\(\\) of a 0-d tensor"):
        len(ts.tensor(1.0))
    assert issubclass(ts.InvalidHandleError, ts.TorchError) and not issubclass(ts.InvalidHandleError, ValueError)


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


# ============================================================================ Python data, repr, operators


@pytest.mark.parametrize(
    "data",
    [A, [1, 2, 3], [[True, False]], [True, 2], [1, 2.5], [], [[], []], 3.5, 7, False, (1.0, (2.0)), [[1], [2]]],
    ids=repr,
)
def test_construction_from_python_data_infers_like_torch_tensor(data: Any) -> None:
    assert_same(ts.tensor(data), torch.tensor(data), where=repr(data))
    assert_same(ts.Tensor(data), torch.tensor(data), where=repr(data))


def test_construction_with_dtype_and_requires_grad() -> None:
    for dtype in ("float64", "int32", "bool", "uint8", "float16"):
        assert_same(ts.tensor([[1, 0], [2, 3]], dtype=getattr(ts, dtype)), torch.tensor([[1, 0], [2, 3]], dtype=getattr(torch, dtype)))
    assert_same(ts.tensor([1.7, -2.7], dtype=ts.int64), torch.tensor([1.7, -2.7]).to(torch.int64))
    t = ts.tensor(V, requires_grad=True)
    assert t.requires_grad and t.grad is None


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
        lambda m: m.linspace(0.0, 1.0, 30).reshape(3, 10),
        lambda m: m.ones(2, 3, 4),
        lambda m: m.tensor([[0.0, -1.0], [1.0, 0.0]]).to(m.complex64),
        lambda m: m.tensor([1.0, 2.0]).to(m.bfloat16),
    ],
)
def test_repr_is_pytorchs(make: Any) -> None:
    expected = str(make(torch)).replace("torch.", "torch_sffi.")
    assert repr(make(ts)) == expected
    assert str(make(ts)) == expected


def test_repr_of_eig_results_is_pytorchs() -> None:
    ours = ts.tensor([[0.0, -1.0], [1.0, 0.0]]).eig()
    ref = torch.linalg.eig(torch.tensor([[0.0, -1.0], [1.0, 0.0]]))
    assert repr(ours.eigenvalues) == repr(ref.eigenvalues)
    assert repr(ours.eigenvectors) == repr(ref.eigenvectors)


def test_tensor_protocols() -> None:
    t = ts.tensor(A)
    assert len(t) == 2 and t.ndim == 2 and t.numel() == 6 and t.shape == (2, 3)
    assert [r.tolist() for r in t] == A
    assert t[1, 2].item() == -6.5 and t[:, ::2].tolist() == [[1.0, 3.0], [4.0, -6.5]]
    assert float(ts.tensor([2.5])) == 2.5 and int(ts.tensor([[7]])) == 7 and bool(ts.tensor(0.0)) is False
    assert isinstance(ts.tensor([3]).item(), int) and isinstance(ts.tensor([True]).item(), bool)
    assert repr(ts.float32) == "torch_sffi.float32" and ts.float64.is_floating_point and not ts.int64.is_floating_point
    assert ts.__version__ == "0.1.0" and ts.torch_version() == torch.__version__.split("+")[0]


def test_operators_match_pytorch_including_dtypes() -> None:
    ops = {
        "t+u": lambda m, t, u: t + u,
        "t-u": lambda m, t, u: t - u,
        "t*u": lambda m, t, u: t * u,
        "t/u": lambda m, t, u: t / u,
        "t@u.t": lambda m, t, u: t @ u.t(),
        "-t": lambda m, t, u: -t,
        "abs": lambda m, t, u: abs(t),
        "t**3": lambda m, t, u: t**3,
        "t+2": lambda m, t, u: t + 2,
        "2*t": lambda m, t, u: 2 * t,
        "t-0.5": lambda m, t, u: t - 0.5,
        "1.5/t": lambda m, t, u: 1.5 / t,
        "t/4": lambda m, t, u: t / 4,
        "7-t": lambda m, t, u: 7 - t,
    }
    for dtype in ("float32", "float64", "int64", "int32"):
        for name, op in ops.items():
            if (name == "t@u.t" and dtype == "int32") or (name == "t**3" and dtype.startswith("int")):
                continue  # no int32 matmul on CPU; pow's exponent is an f64 in the catalogue (see below)
            ours = op(ts, ts.tensor(A, dtype=getattr(ts, dtype)), ts.tensor(B, dtype=getattr(ts, dtype)))
            ref = op(torch, torch.tensor(A).to(getattr(torch, dtype)), torch.tensor(B).to(getattr(torch, dtype)))
            assert_same(ours, ref, where=f"{name} on {dtype}")


def test_integer_powers_of_integer_tensors_are_floats() -> None:
    """A known difference: the catalogue's pow takes an f64 exponent, so ints become float32."""
    ours = ts.tensor([1, -2, 3]) ** 2
    assert ours.dtype is ts.float32 and ours.tolist() == (torch.tensor([1, -2, 3]) ** 2).float().tolist()


def test_the_package_docstring_example_runs() -> None:
    result = doctest.testmod(ts, verbose=False)
    assert result.attempted >= 4 and result.failed == 0


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
def test_mypy_strict_passes_on_the_generated_package() -> None:
    assert (PACKAGE_DIR / "torch_sffi" / "py.typed").is_file()
    result = _mypy("-p", "torch_sffi", cwd=PACKAGE_DIR)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_types_of_the_public_api_are_precise(tmp_path: Path) -> None:
    good = tmp_path / "good.py"
    good.write_text(
        textwrap.dedent(
            """
            import torch_sffi as ts

            x: ts.Tensor = ts.tensor([[1.0, 2.0]], requires_grad=True)
            total: ts.Tensor = x.sum()
            value: float = x.sum().item() + x.sum_float()
            rows: ts.Tensor = x.sum(dim=1, keepdim=True)
            best: ts.ValuesIndices = x.max(dim=0)
            idx: ts.Tensor = best.indices
            shape: tuple[int, ...] = x.shape
            y: ts.Tensor = (x * 2 + 1.5 - x) / 3 @ x.t()
            loss: ts.Tensor = ts.nn.mse_loss(y, ts.zeros(1, 1))
            loss.backward()
            grad: ts.Tensor | None = x.grad
            with ts.scope() as s, ts.no_grad():
                kept: ts.Tensor = s.keep(ts.randn(2, 3))
            dt: ts.DType = kept.to(ts.float64).dtype
            """
        )
    )
    bad = tmp_path / "bad.py"
    bad.write_text("import torch_sffi as ts\nt: ts.Tensor = ts.ones(2).sum().item()\nn: int = ts.ones(2).reshape('a')\n")
    ok = _mypy("good.py", cwd=tmp_path)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    ko = _mypy("bad.py", cwd=tmp_path)
    assert ko.returncode == 1, ko.stdout + ko.stderr
    assert 'Incompatible types in assignment (expression has type "float", variable has type "Tensor")' in ko.stdout
    assert "reshape" in ko.stdout


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
