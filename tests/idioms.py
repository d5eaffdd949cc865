"""Everyday PyTorch idioms, each run twice in one process: once with `torch` bound to PyTorch and
once with `torch` bound to torch_sffi (and `F`, `nn` to their namespaces), the code otherwise
identical, as a user porting a program changes only its import lines. The two outcomes must
agree (compare_results(), over outcome()):

  * values: tensors by shape, dtype and elements (NaN equal to NaN, floats to the dtype's
    tolerance), dtypes and devices by name, sizes as tuples, Python numbers and bools by value
    and type, containers item by item (a named tuple of results as a tuple), NumPy arrays by
    dtype and elements;
  * failures: where PyTorch raises, torch_sffi must raise too, and `except C` must catch it for
    the built-in class C that PyTorch's exception is (RuntimeError, IndexError, ...): our
    classes add a TorchError base, never take one away.

An idiom is an expression, or statements that leave the result in `r`. The test modules
tests/test_idioms_*.py each hold one area's list; test_idioms_total checks they add up to the
issue's 300.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field
from typing import Any

import torch_sffi as ts

try:
    import torch
except ImportError:  # another CPython, without PyTorch: torch_sffi's side runs there alone (run_one, outcome)
    torch = None  # type: ignore[assignment]


@dataclass(frozen=True)
class Idiom:
    name: str
    code: str
    setup: str = ""  # statements run first (names the code uses)
    # What the comparison may ignore, where PyTorch's own result is not defined precisely: a
    # random value (compared by shape and dtype only).
    values: bool = True
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


def namespace(lib: Any) -> dict[str, Any]:
    """The globals an idiom runs with: `torch` is PyTorch or torch_sffi."""
    import numpy as np

    if lib is torch:
        import torch.nn as nn
        import torch.nn.functional as F
    else:
        nn = getattr(lib, "nn")
        F = getattr(nn, "functional", nn)
    return {"torch": lib, "F": F, "nn": nn, "np": np, "math": math, "warnings": warnings}


def run_one(idiom: Idiom, lib: Any) -> tuple[Any, BaseException | None]:
    g = namespace(lib) | idiom.extra
    try:
        if idiom.setup:
            exec(compile(idiom.setup, f"<{idiom.name}: setup>", "exec"), g)
        try:
            code = compile(idiom.code, f"<{idiom.name}>", "eval")
        except SyntaxError:
            exec(compile(idiom.code, f"<{idiom.name}>", "exec"), g)
            return g.get("r"), None
        return eval(code, g), None
    except Exception as e:  # noqa: BLE001 - the class is what is compared
        return None, e


def builtin_class(e: BaseException) -> type[BaseException]:
    """The most derived built-in exception class of e's class (RuntimeError for PyTorch's
    torch.OutOfMemoryError, ...)."""
    for c in type(e).__mro__:
        if c.__module__ == "builtins":
            return c
    return Exception


def _is_nan(x: Any) -> bool:
    return isinstance(x, float) and math.isnan(x)


def _close(a: Any, b: Any, rtol: float, atol: float) -> bool:
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_close(x, y, rtol, atol) for x, y in zip(a, b))
    if isinstance(a, complex) or isinstance(b, complex):
        return _close(complex(a).real, complex(b).real, rtol, atol) and _close(complex(a).imag, complex(b).imag, rtol, atol)
    if _is_nan(a) or _is_nan(b):
        return _is_nan(a) and _is_nan(b)
    if type(a) is bool or type(b) is bool or isinstance(a, int) and isinstance(b, int):
        return a == b and type(a) is type(b)
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= atol + rtol * abs(b)


TOLERANCE = {"float16": (1e-3, 1e-3), "bfloat16": (1.6e-2, 1e-3), "float32": (1.3e-6, 1e-5), "complex64": (1.3e-6, 1e-5)}


def dtype_name(d: Any) -> str:
    return str(d).removeprefix("torch.").removeprefix("torch_sffi.")


def outcome(value: Any, values: bool = True) -> Any:
    """What an idiom's result is, as JSON-able data that is the same for PyTorch's objects and
    torch_sffi's when they agree (compare_outcomes() compares two, floats to their dtype's
    tolerance). It crosses processes: the wheel's test runs torch_sffi's side under other
    CPython versions (tests/test_python_wheel.py)."""
    import numpy as np

    if isinstance(value, (ts.Tensor, *_pytorch("Tensor"))):
        t = value.detach()
        return {
            "kind": "tensor",
            "shape": list(t.shape),
            "dtype": dtype_name(t.dtype),
            "requires_grad": bool(value.requires_grad),
            "values": _plain(t.tolist()) if values else None,
        }
    if isinstance(value, (type(ts.float32), *_pytorch("dtype"))):
        return {"kind": "dtype", "name": dtype_name(value)}
    if isinstance(value, (ts.device, *_pytorch("device"))):
        return {"kind": "device", "name": str(value)}
    if isinstance(value, np.ndarray):
        return {"kind": "ndarray", "dtype": str(value.dtype), "shape": list(value.shape), "values": _plain(value.tolist())}
    if isinstance(value, (tuple, list)):  # torch.Size and named tuples of results are tuples
        return {"kind": "tuple" if isinstance(value, tuple) else "list", "items": [outcome(v, values) for v in value]}
    if isinstance(value, dict):
        return {"kind": "dict", "items": [[repr(k), outcome(v, values)] for k, v in value.items()]}
    if isinstance(value, (bool, int, float, complex)):
        return {"kind": type(value).__name__, "value": _plain(value) if values else None}
    if value is None or isinstance(value, str):
        return {"kind": "plain", "value": value}
    return {"kind": "other", "value": repr(value)}


def _pytorch(name: str) -> tuple[type, ...]:
    """PyTorch's class of that name, where PyTorch is installed."""
    return () if torch is None else (getattr(torch, name),)


def _plain(x: Any) -> Any:
    """Nested numbers with complex ones as [real, imag] pairs (JSON has no complex)."""
    if isinstance(x, list):
        return [_plain(v) for v in x]
    if isinstance(x, complex):
        return {"re": x.real, "im": x.imag}
    return x


def _close_plain(a: Any, b: Any, rtol: float, atol: float) -> bool:
    if isinstance(a, dict) and isinstance(b, dict):
        return _close(complex(a["re"], a["im"]), complex(b["re"], b["im"]), rtol, atol)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_close_plain(x, y, rtol, atol) for x, y in zip(a, b))
    if isinstance(a, (list, dict)) or isinstance(b, (list, dict)):
        return False
    return _close(a, b, rtol, atol)


def compare_outcomes(ours: Any, theirs: Any, where: str = "r") -> None:
    """Raises AssertionError naming the first difference between two outcome()s."""
    kind = theirs["kind"]
    assert ours["kind"] == kind, f"{where}: PyTorch gives a {kind}, torch_sffi a {ours['kind']}"
    if kind == "tensor":
        assert ours["shape"] == theirs["shape"], f"{where}: shape {tuple(ours['shape'])} != {tuple(theirs['shape'])}"
        assert ours["dtype"] == theirs["dtype"], f"{where}: dtype {ours['dtype']} != {theirs['dtype']}"
        assert ours["requires_grad"] == theirs["requires_grad"], f"{where}: requires_grad {ours['requires_grad']} != {theirs['requires_grad']}"
        if theirs["values"] is not None:
            rtol, atol = TOLERANCE.get(theirs["dtype"], (1e-7, 1e-7))
            mine, expected = ours["values"], theirs["values"]
            assert _close_plain(mine, expected, rtol, atol), f"{where}: values\n  ours:    {mine}\n  PyTorch: {expected}"
    elif kind == "ndarray":
        assert (ours["dtype"], ours["shape"]) == (theirs["dtype"], theirs["shape"]), f"{where}: {ours['dtype']}{ours['shape']} != {theirs['dtype']}{theirs['shape']}"
        assert _close_plain(ours["values"], theirs["values"], 0.0, 0.0), f"{where}: {ours['values']} != {theirs['values']}"
    elif kind in ("tuple", "list"):
        assert len(ours["items"]) == len(theirs["items"]), f"{where}: {len(ours['items'])} items != {len(theirs['items'])}"
        for i, (a, b) in enumerate(zip(ours["items"], theirs["items"])):
            compare_outcomes(a, b, f"{where}[{i}]")
    elif kind == "dict":
        keys, their_keys = [k for k, _ in ours["items"]], [k for k, _ in theirs["items"]]
        assert keys == their_keys, f"{where}: keys {keys} != {their_keys}"
        for (k, a), (_, b) in zip(ours["items"], theirs["items"]):
            compare_outcomes(a, b, f"{where}[{k}]")
    elif kind in ("bool", "int", "float", "complex"):
        if theirs["value"] is not None:
            assert _close_plain(ours["value"], theirs["value"], 1e-6, 1e-7), f"{where}: {ours['value']!r} != {theirs['value']!r}"
    else:
        assert ours == theirs, f"{where}: {ours['value']!r} != {theirs['value']!r}"


def error_outcome(e: BaseException) -> list[str]:
    """A failure, as the built-in classes that `except` can catch it by (its class's MRO)."""
    return [c.__name__ for c in type(e).__mro__ if c.__module__ == "builtins"]


def compare_results(idiom: Idiom, ours: Any, our_error: list[str] | None, theirs: Any, their_error: BaseException | None) -> None:
    """Asserts that torch_sffi's result (as outcome()) or failure (as error_outcome()) agrees
    with PyTorch's."""
    if their_error is not None:
        cls = builtin_class(their_error)
        assert our_error is not None, f"PyTorch raises {type(their_error).__name__}({their_error}); torch_sffi returns {ours!r}"
        assert cls.__name__ in our_error, (
            f"PyTorch raises {type(their_error).__name__} (a {cls.__name__}): {their_error}\n"
            f"torch_sffi raises {our_error[0] if our_error else '?'}, which `except {cls.__name__}` does not catch"
        )
        return
    assert our_error is None, f"PyTorch gives {theirs!r}; torch_sffi raises {our_error}"
    compare_outcomes(ours, outcome(theirs, idiom.values))


def check(idiom: Idiom) -> None:
    """Runs the idiom both ways and asserts that they agree."""
    theirs, their_error = run_one(idiom, torch)
    ours, our_error = run_one(idiom, ts)
    if our_error is not None and their_error is None:
        raise AssertionError(f"PyTorch gives {theirs!r}; torch_sffi raises {type(our_error).__name__}: {our_error}") from our_error
    mine = None if our_error is not None else outcome(ours, idiom.values)
    compare_results(idiom, mine, None if our_error is None else error_outcome(our_error), theirs, their_error)
