"""Every catalogue function, called through the compiled bridge, agrees with PyTorch.

Spec-driven: the list of functions comes from the catalogue, the cases from bridge_cases.py;
a catalogue function without a case, that no matching OpInfo sample calls through the C ABI
either (docs/opinfo.json), fails test_every_function_has_a_case.
"""

from __future__ import annotations

import math
from typing import Any, Iterator

import pytest
import torch
import bridge_util
from bridge_cases import CASES, Case
from bridge_util import Bridge, Handle, ffi

from generator import abi
from generator.model import Catalogue, Function, Param
from generator.types import parse_type

CUDA = torch.cuda.is_available()


@pytest.fixture(scope="module")
def bridge(catalogue: Catalogue) -> Bridge:
    return Bridge(catalogue)


@pytest.fixture(autouse=True)
def no_leaks(request: pytest.FixtureRequest, collected_garbage: None) -> Iterator[None]:
    """Every test leaves the live-handle count where it found it, and no error pending."""
    from torch_sffi._native import lib

    lib.rt_torch_error_clear()
    start = lib.rt_torch_live_handles()
    yield
    assert lib.rt_torch_live_handles() == start, "the test leaked bridge handles"


def test_every_function_has_a_case(catalogue: Catalogue) -> None:
    """A hand-written case in bridge_cases.py, or PyTorch's OpInfo samples: a function that at
    least one matching sample called through the C ABI (docs/opinfo.json, which
    tests/test_opinfo.py checks is of this tree) needs no case of its own."""
    from opinfo_harness import exercised_functions

    by_opinfo = exercised_functions("c_abi")
    missing = [f.name for f in catalogue.functions if f.name not in CASES and f.name not in by_opinfo]
    assert not missing, (
        f"catalogue functions without a bridge test case in tests/bridge_cases.py, and no OpInfo sample "
        f"matching through the C ABI (docs/opinfo.md; `make opinfo`): {missing}"
    )


def test_no_case_names_an_unknown_function(catalogue: Catalogue) -> None:
    assert sorted(set(CASES) - set(catalogue.by_name)) == []


def test_every_function_is_exported_by_the_library(catalogue: Catalogue) -> None:
    import subprocess

    from conftest import BUILD

    out = subprocess.run(["nm", "-D", "--defined-only", str(BUILD / "lib" / "libtorch_sffi.so")], capture_output=True, text=True, check=True)
    exported = {line.split()[-1] for line in out.stdout.splitlines() if line.split()[-2:-1] == ["T"]}
    tables = {name for name in exported if name.startswith("sffi_core_table_")}
    assert len(tables) == 1, "and the table of sffi_core.h, for the Simple-ABI library"
    assert exported - tables == {f.name for f in catalogue.functions}, "the library exports exactly the catalogue"


def case_params() -> list[Any]:
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
        assert actual.dtype == expected.dtype, f"{where}: dtype {actual.dtype} != {expected.dtype}"
        assert actual.shape == expected.shape, f"{where}: shape {tuple(actual.shape)} != {tuple(expected.shape)}"
        if expected.device.type == "meta" or actual.device.type == "meta":
            # Tensors without data: bridge_util reads them back as meta tensors when reading their
            # data fails, which an empty one does not (the ABI has no query for a device's type).
            same_device = actual.device.type == expected.device.type or actual.numel() == 0
            assert same_device, f"{where}: device {actual.device} != {expected.device}"
            return
        if case.compare == "meta" or expected.numel() == 0:
            return  # no values to compare (and assert_close's stride arithmetic overflows on sizes such as (0, 2**40, 2**40))
        expected = expected.detach().cpu()
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


def assert_agrees(fn: Function, actual: Any, expected: Any, case: Case) -> None:
    """A result equals PyTorch's. Named results (PyTorch's named tuples) are compared field by
    field, by the names the catalogue gives them: the order of the C buffer must be PyTorch's."""
    if fn.result.is_tuple and hasattr(type(expected), "n_fields"):
        assert isinstance(actual, tuple) and len(actual) == len(fn.result.fields), f"{fn.name}: {actual!r}"
        for field, value in zip(fn.result.fields, actual):
            assert hasattr(expected, field.name), f"{fn.name}: PyTorch's result has no field {field.name!r}"
            assert_same(value, getattr(expected, field.name), case, f"result.{field.name}")
        return
    assert_same(actual, expected, case)


@pytest.mark.parametrize(("name", "case"), case_params())
def test_function_agrees_with_pytorch(bridge: Bridge, name: str, case: Case) -> None:
    run_case(bridge, name, case)


def run_case(bridge: Bridge, name: str, case: Case) -> None:
    """A case's check, or its call compared with PyTorch's counterpart on the same inputs."""
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
    assert_agrees(bridge.function(name), actual, expected, case)


# ------------------------------------------------------------------ the lowering bridge_util applies

POISON = bridge_util.POISON
NULL = ffi.NULL

# For every lowering key of generator/abi.py (and the spellings that lower like one: sized
# lists, enums): a Python value and the C arguments it becomes (arrays by their contents). This
# is the C ABI in examples; test_lowering_covers_every_key keeps it complete.
LOWERING_EXAMPLES: dict[str, list[tuple[Any, list[Any]]]] = {
    "Tensor": [(Handle(42), [42])],
    "Tensor?": [(Handle(42), [42]), (None, [0])],
    "Stream": [(Handle(7), [7])],
    "Tensor[]": [([Handle(1), Handle(2)], [[1, 2], 2]), ([], [NULL, 0])],
    "Tensor?[]": [([None, Handle(2)], [[0, 2], 2])],
    "int": [(-3, [-3])],
    "int32": [(5, [5])],
    "float": [(0.5, [0.5])],
    "bool": [(True, [True])],
    "int?": [(4, [4, True]), (None, [POISON["int64_t"], False])],
    "float?": [(1.5, [1.5, True]), (None, [POISON["double"], False])],
    "bool?": [(False, [False, True]), (None, [POISON["bool"], False])],
    "Scalar": [
        (2.5, [2.5, POISON["int64_t"], 0]),
        (7, [POISON["double"], 7, 1]),
        (True, [POISON["double"], 1, 2]),
        (2**62 + 1, [POISON["double"], 2**62 + 1, 1]),
    ],
    "Scalar?": [(3, [POISON["double"], 3, 1]), (None, [POISON["double"], POISON["int64_t"], -1])],
    "int[]": [([2, 3], [[2, 3], 2]), ([], [NULL, 0])],
    "float[]": [([0.5], [[0.5], 1])],
    "int[]?": [((1, 2), [[1, 2], 2, True]), (None, [NULL, bridge_util.POISON_ARRAY_LENGTH, False])],
    "float[]?": [([1.0], [[1.0], 1, True]), (None, [NULL, bridge_util.POISON_ARRAY_LENGTH, False])],
    "ScalarType": [(torch.float64, [7]), (torch.bool, [11])],
    "ScalarType?": [(torch.int64, [4]), (None, [-1])],
    "Device": [("cpu", [0, -1]), ("cuda:1", [1, 1]), (torch.device("meta"), [14, -1])],
    "Device?": [("cuda", [1, -1]), (None, [-1, POISON["int32_t"]])],
    "str": [("mean", [b"mean"])],
    "str?": [("floor", [b"floor"]), (None, [NULL])],
    "int[2]": [(3, [[3], 1]), ([3], [[3], 1]), ([3, 4], [[3, 4], 2])],
    "int[2]?": [(1, [[1], 1, True]), (None, [NULL, bridge_util.POISON_ARRAY_LENGTH, False])],
    "reduction": [("sum", [b"sum"])],
    "rounding_mode?": [("trunc", [b"trunc"]), (None, [NULL])],
}


def c_values(args: list[Any]) -> list[Any]:
    """C arguments with arrays read back as lists (NaN as the string 'nan', to compare)."""
    out: list[Any] = []
    for a in args:
        if isinstance(a, float) and math.isnan(a):
            a = "nan"
        elif not isinstance(a, (bool, int, float, bytes)) and a != NULL:  # a cdata array
            a = list(a)
        out.append(a)
    return out


def test_lowering_covers_every_key(catalogue: Catalogue) -> None:
    enums = {e.name: e for e in catalogue.enums}
    covered = {parse_type(spelling, enums).key: None for spelling in LOWERING_EXAMPLES}
    assert abi.missing_keys(covered) == [], "every lowering key has an example"


@pytest.mark.parametrize("spelling", list(LOWERING_EXAMPLES))
def test_bridge_util_lowers_by_abi(bridge: Bridge, catalogue: Catalogue, spelling: str) -> None:
    enums = {e.name: e for e in catalogue.enums}
    param = Param(name="x", type=parse_type(spelling, enums), doc="", line=0)
    for value, expected in LOWERING_EXAMPLES[spelling]:
        owned: list[int] = []
        lowered = bridge.lower(param, value, owned)
        assert owned == [], "no handle is made for a Handle"
        assert c_values(lowered) == c_values(expected), f"{spelling}: {value!r}"
        assert len(lowered) == len(abi.param_lowering(param.type).args)
