"""Everyday PyTorch idioms, each run twice in one process: once with `torch` bound to PyTorch and
once with `torch` bound to torch_sffi (and `F`, `nn` to their namespaces), the code otherwise
identical, as a user porting a program changes only its import lines. The two outcomes must
agree (compare()):

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

import torch

import torch_sffi as ts


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


def compare(ours: Any, theirs: Any, values: bool = True, where: str = "r") -> None:
    """Raises AssertionError naming the first difference."""
    import numpy as np

    if isinstance(theirs, torch.Tensor):
        assert isinstance(ours, ts.Tensor), f"{where}: PyTorch gives a Tensor, torch_sffi a {type(ours).__name__}"
        assert tuple(ours.shape) == tuple(theirs.shape), f"{where}: shape {tuple(ours.shape)} != {tuple(theirs.shape)}"
        assert dtype_name(ours.dtype) == dtype_name(theirs.dtype), f"{where}: dtype {ours.dtype} != {theirs.dtype}"
        assert ours.requires_grad == theirs.requires_grad, f"{where}: requires_grad {ours.requires_grad} != {theirs.requires_grad}"
        if values:
            rtol, atol = TOLERANCE.get(dtype_name(theirs.dtype), (1e-7, 1e-7))
            mine, expected = ours.detach().tolist(), theirs.detach().tolist()
            assert _close(mine, expected, rtol, atol), f"{where}: values\n  ours:    {mine}\n  PyTorch: {expected}"
        return
    if isinstance(theirs, torch.dtype):
        assert isinstance(ours, type(ts.float32)) and dtype_name(ours) == dtype_name(theirs), f"{where}: {ours!r} != {theirs!r}"
        return
    if isinstance(theirs, torch.device):
        assert isinstance(ours, ts.device) and str(ours) == str(theirs), f"{where}: {ours!r} != {theirs!r}"
        return
    if isinstance(theirs, np.ndarray):
        assert isinstance(ours, np.ndarray), f"{where}: PyTorch gives an ndarray, torch_sffi a {type(ours).__name__}"
        assert ours.dtype == theirs.dtype and ours.shape == theirs.shape, f"{where}: {ours.dtype}{ours.shape} != {theirs.dtype}{theirs.shape}"
        assert np.array_equal(ours, theirs, equal_nan=theirs.dtype.kind in "fc"), f"{where}: {ours} != {theirs}"
        return
    if isinstance(theirs, (tuple, list)):  # torch.Size and named tuples of results are tuples
        assert isinstance(ours, (tuple, list)) and isinstance(ours, tuple) == isinstance(theirs, tuple), f"{where}: {type(ours).__name__} != {type(theirs).__name__}"
        assert len(ours) == len(theirs), f"{where}: {len(ours)} items != {len(theirs)}"
        for i, (a, b) in enumerate(zip(ours, theirs)):
            compare(a, b, values, f"{where}[{i}]")
        return
    if isinstance(theirs, dict):
        assert isinstance(ours, dict) and list(ours) == list(theirs), f"{where}: keys {list(ours) if isinstance(ours, dict) else ours} != {list(theirs)}"
        for k in theirs:
            compare(ours[k], theirs[k], values, f"{where}[{k!r}]")
        return
    if isinstance(theirs, (bool, int, float, complex)):
        assert type(ours) is type(theirs), f"{where}: {type(ours).__name__} {ours!r} != {type(theirs).__name__} {theirs!r}"
        if values:
            assert _close(ours, theirs, 1e-6, 1e-7), f"{where}: {ours!r} != {theirs!r}"
        return
    assert ours == theirs, f"{where}: {ours!r} != {theirs!r}"


def check(idiom: Idiom) -> None:
    """Runs the idiom both ways and asserts that they agree."""
    theirs, their_error = run_one(idiom, torch)
    ours, our_error = run_one(idiom, ts)
    if their_error is not None:
        cls = builtin_class(their_error)
        assert our_error is not None, f"PyTorch raises {type(their_error).__name__}({their_error}); torch_sffi returns {ours!r}"
        assert isinstance(our_error, cls), (
            f"PyTorch raises {type(their_error).__name__} (a {cls.__name__}): {their_error}\n"
            f"torch_sffi raises {type(our_error).__name__}, which `except {cls.__name__}` does not catch: {our_error}"
        )
        return
    if our_error is not None:
        raise AssertionError(f"PyTorch gives {theirs!r}; torch_sffi raises {type(our_error).__name__}: {our_error}") from our_error
    compare(ours, theirs, idiom.values)
