"""Every catalogue function, called through the compiled bridge, agrees with PyTorch.

Spec-driven: the list of functions comes from the catalogue, the cases from bridge_cases.py;
a catalogue function without a case fails test_every_function_has_a_case.
"""

from __future__ import annotations

import math
from typing import Any, Iterator

import pytest
import torch
from bridge_cases import CASES, Case
from bridge_util import Bridge

from generator.model import Catalogue

CUDA = torch.cuda.is_available()


@pytest.fixture(scope="module")
def bridge(catalogue: Catalogue) -> Bridge:
    return Bridge(catalogue)


@pytest.fixture(autouse=True)
def no_leaks(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test leaves the live-handle count where it found it, and no error pending."""
    from torch_sffi._native import lib

    lib.rt_torch_error_clear()
    start = lib.rt_torch_live_handles()
    yield
    assert lib.rt_torch_live_handles() == start, "the test leaked bridge handles"


def test_every_function_has_a_case(catalogue: Catalogue) -> None:
    missing = [f.name for f in catalogue.functions if f.name not in CASES]
    assert not missing, f"catalogue functions without a bridge test case in tests/bridge_cases.py: {missing}"


def test_no_case_names_an_unknown_function(catalogue: Catalogue) -> None:
    assert sorted(set(CASES) - set(catalogue.by_name)) == []


def test_every_function_is_exported_by_the_library(catalogue: Catalogue) -> None:
    import subprocess

    from conftest import BUILD

    out = subprocess.run(["nm", "-D", "--defined-only", str(BUILD / "lib" / "libtorch_sffi.so")], capture_output=True, text=True, check=True)
    exported = {line.split()[-1] for line in out.stdout.splitlines() if line.split()[-2:-1] == ["T"]}
    assert exported == {f.name for f in catalogue.functions}, "the library exports exactly the catalogue"


def _params() -> list[Any]:
    out = []
    for name, cases in CASES.items():
        for i, case in enumerate(cases):
            if case.cuda:
                marks = [pytest.mark.cuda, pytest.mark.skipif(not CUDA, reason="needs a CUDA build of torch and a GPU")]
            elif case.extra.get("cpu_only"):
                marks = [pytest.mark.skipif(CUDA, reason="checks the behaviour without CUDA")]
            else:
                marks = []
            label = case.label or ("check" if case.check else str(i))
            out.append(pytest.param(name, case, id=f"{name.removeprefix('rt_torch_')}[{label}]", marks=marks))
    return out


def assert_same(actual: Any, expected: Any, case: Case, where: str = "result") -> None:
    if isinstance(expected, torch.Tensor):
        assert isinstance(actual, torch.Tensor), f"{where}: expected a tensor, got {actual!r}"
        expected = expected.detach().cpu()
        assert actual.dtype == expected.dtype, f"{where}: dtype {actual.dtype} != {expected.dtype}"
        assert actual.shape == expected.shape, f"{where}: shape {tuple(actual.shape)} != {tuple(expected.shape)}"
        if case.compare == "meta":
            return
        tol = {"exact": (0.0, 0.0), "close": (1e-6, 1e-6)}[case.compare]
        torch.testing.assert_close(actual, expected, rtol=tol[0], atol=tol[1], equal_nan=True, msg=lambda m: f"{where}: {m}")
    elif isinstance(expected, (list, tuple)):
        assert isinstance(actual, (list, tuple)) and len(actual) == len(expected), f"{where}: {actual!r} != {expected!r}"
        for i, (a, e) in enumerate(zip(actual, expected)):
            assert_same(a, e, case, f"{where}[{i}]")
    elif isinstance(expected, float) or (isinstance(actual, float) and isinstance(expected, (bool, int))):
        # f64 results: PyTorch's item() gives int or bool for integer tensors, the ABI a double
        expected = float(expected)
        assert isinstance(actual, (int, float)), f"{where}: {actual!r}"
        if math.isnan(expected):
            assert math.isnan(actual), f"{where}: {actual} is not NaN"
        else:
            assert actual == expected, f"{where}: {actual!r} != {expected!r}"
    else:
        assert actual == expected and type(actual) is type(expected) or (
            isinstance(expected, int) and not isinstance(expected, bool) and actual == expected
        ), f"{where}: {actual!r} != {expected!r}"


@pytest.mark.parametrize(("name", "case"), _params())
def test_function_agrees_with_pytorch(bridge: Bridge, name: str, case: Case) -> None:
    if case.check is not None:
        case.check(bridge)
        return
    assert case.torch is not None
    inputs = case.args()
    if case.seed is not None:
        bridge.call("rt_torch_manual_seed", case.seed)
    actual = bridge.call(name, *inputs)
    if case.seed is not None:
        torch.manual_seed(case.seed)
    expected = case.torch(*inputs)
    assert_same(actual, expected, case)
