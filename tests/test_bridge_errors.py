"""Error paths of the C ABI: every kind of bad handle on every function, bad shapes, bad dims,
bad arrays and buffers; each asserted by error code and message, none may crash the process."""

from __future__ import annotations

import threading
from typing import Any, Callable, Iterator

import pytest
import torch
from bridge_util import Bridge, BridgeError, Handle, Raw, element_type

from generator import abi
from generator.abi import Role
from generator.model import Catalogue, Function, Param

try:
    from torch_sffi._native import ffi, lib
except ImportError:  # pragma: no cover - bridge_util explains
    raise

INVALID_HANDLE, INDEX, VALUE, TYPE, UNAVAILABLE, OUT_OF_MEMORY, OTHER = range(1, 8)
TENSOR_KIND, STREAM_KIND = 1, 2


@pytest.fixture(scope="module")
def bridge(catalogue: Catalogue) -> Bridge:
    return Bridge(catalogue)


@pytest.fixture(autouse=True)
def no_leaks(collected_garbage: None) -> Iterator[None]:
    lib.rt_torch_error_clear()
    start = lib.rt_torch_live_handles()
    yield
    assert lib.rt_torch_live_handles() == start, "the test leaked bridge handles"


def forged(kind: int, generation: int, slot: int) -> int:
    return kind << 56 | generation << 32 | slot


def fail(bridge: Bridge, name: str, *args: Any) -> BridgeError:
    with pytest.raises(BridgeError) as info:
        bridge.call(name, *args)
    message = info.value.message
    assert message.startswith(f"{name}: "), message
    assert "Exception raised from" not in message and "frame #" not in message, "no C++ backtrace"
    return info.value


# ------------------------------------------------------------------ spec-driven: arguments


def valid_argument(p: Param) -> Any:
    """A value the parameter accepts, so that a call gets past it to the argument under test:
    the catalogue's default where there is one."""
    t = p.type
    if p.name == "high":  # randint's bound: above its low (1 below)
        return 3
    if p.has_default:
        if t.base == "ScalarType" and isinstance(p.default, str):  # the catalogue names a dtype
            return getattr(torch, p.default)
        return p.default
    if t.is_list:
        return {"Tensor": [torch.ones(2)], "int": [1], "float": [1.0]}[t.base]
    if t.enum is not None:
        return t.enum.values[0]
    return {
        "Tensor": torch.ones(2, 2),
        "Stream": 0,  # no stream exists without CUDA: a stream is only ever the argument under test, or after it
        "int": 1,  # a valid dim of the 2x2 tensors here
        "int32": 0,
        "float": 1.0,
        "bool": False,
        "Scalar": 1,
        "ScalarType": torch.float32,
        "Device": "cpu",
        "str": "x",
    }[t.base]


def valid_arguments(fn: Function) -> list[Any]:
    return [valid_argument(p) for p in fn.params]


def _catalogue() -> Catalogue:
    from conftest import SPEC

    from generator.loader import load_catalogue

    return load_catalogue(SPEC)


CATALOGUE = _catalogue()
# Destructor-style functions never report (rt_torch_torchtensor_release): no error contract.
REPORTING = [fn for fn in CATALOGUE.functions if not fn.keeps_error_state]


def parameters(where: Callable[[Param], bool]) -> list[Any]:
    """pytest params (fn, parameter index) for every catalogue parameter that `where` selects."""
    return [
        pytest.param(fn, i, id=f"{fn.short_name}.{p.name}") for fn in REPORTING for i, p in enumerate(fn.params) if where(p)
    ]


# ------------------------------------------------------------------ bad handles


def is_handle(p: Param) -> bool:
    """A handle parameter, or a list of them, by its lowering: an int64_t handle value (or an
    array of them) of a tensor or a stream; Tensor(a!) receivers and Tensor?[] entries included."""
    value = abi.param_lowering(p.type).args[0]
    return value.role is Role.VALUE and value.c_type in ("int64_t", "const int64_t*") and p.type.base in ("Tensor", "Stream")


# Stream handles the reference documents as never looked up: its to_stream ignores the stream,
# its sync of an unknown handle does nothing and its query of one answers true (bridge_cases.py
# tests that; their _v2 forms reject bad handles like every other parameter).
LENIENT = {"torchtensor_to_stream.stream", "torchstream_sync.handle", "torchstream_query.handle"}
HANDLE_PARAMS = [p for p in parameters(is_handle) if p.id not in LENIENT]
BAD_KINDS = ["zero", "negative", "forged", "freed", "stale", "wrong kind"]


def test_handle_parameters_include_every_form() -> None:
    ids = {p.id for p in HANDLE_PARAMS}
    assert "torchtensor_index_tensor.indices" in ids, "Tensor?[] entries"
    assert "torchtensor_cat.tensors" in ids, "Tensor[] entries"
    assert "torchtensor_add_.handle" in ids, "Tensor(a!) receivers"
    assert "torchstream_sync_v2.handle" in ids and "torchtensor_to_stream_v2.stream" in ids, "streams"
    assert "nn_conv2d.bias" in ids, "Tensor?"
    assert "nn_linear.bias" in ids, "the reference's linear requires its bias"


def test_only_the_documented_reference_forms_leave_a_handle_unchecked() -> None:
    lenient = {p.id for p in parameters(is_handle)} - {p.id for p in HANDLE_PARAMS}
    assert lenient == LENIENT
    for fn in CATALOGUE.functions:
        if fn.short_name in {i.split(".")[0] for i in LENIENT}:
            assert not fn.extension and fn.name + "_v2" in CATALOGUE.by_name, fn.name


@pytest.mark.parametrize("kind", BAD_KINDS)
@pytest.mark.parametrize(("fn", "index"), HANDLE_PARAMS)
def test_every_handle_parameter_rejects_every_bad_handle(bridge: Bridge, fn: Function, index: int, kind: str) -> None:
    param = fn.params[index]
    handle_kind = param.type.base.lower()  # "tensor" or "stream", as messages name them
    none_is_zero = param.type.item_optional or abi.param_lowering(param.type).none == "0"
    if kind == "zero" and none_is_zero:
        pytest.skip("0 means None here")
    if handle_kind == "stream" and kind in ("freed", "stale"):
        pytest.skip("no stream can be made (and freed) without CUDA")
    args = valid_arguments(fn)
    freed = bridge.tensor(torch.ones(1, dtype=torch.float64))  # float64: one handle, no conversion
    lib.rt_torch_torchtensor_free(freed)
    reused = bridge.tensor(torch.ones(1, dtype=torch.float64)) if kind == "stale" else None
    if reused is not None:
        assert reused & 0xFFFFFFFF == freed & 0xFFFFFFFF, "the new tensor took the freed slot"
    live = bridge.tensor(torch.ones(1, dtype=torch.float64)) if kind == "wrong kind" and handle_kind == "stream" else None
    other_kind = {"tensor": (forged(STREAM_KIND, 1, 0), "is a stream handle, not a tensor handle"),
                  "stream": (live or 0, "is a tensor handle, not a stream handle")}[handle_kind]  # fmt: skip
    bad, fragment = {
        "zero": (0, f"0 is not a valid {handle_kind} handle"),
        "negative": (-1, f"-1 is not a {handle_kind} handle issued by this bridge"),
        "forged": (forged(TENSOR_KIND if handle_kind == "tensor" else STREAM_KIND, 4000, 1 << 30), f"is not a {handle_kind} handle issued by this bridge"),
        "freed": (freed, "was already freed"),
        "stale": (freed, "was already freed"),
        "wrong kind": other_kind,
    }[kind]
    label = f"{param.name}[0]" if param.type.is_list else param.name
    args[index] = [Handle(bad)] if param.type.is_list else Handle(bad)
    try:
        error = fail(bridge, fn.name, *args)
        assert error.code == INVALID_HANDLE, error
        assert f"argument '{label}'" in error.message, error.message
        assert fragment in error.message, error.message
        if reused is not None:
            assert bridge.shape(reused) == [1], "the slot's new owner is unaffected"
    finally:
        for h in (reused, live):
            if h is not None:
                lib.rt_torch_torchtensor_free(h)


# ------------------------------------------------------------------ values outside their sets


@pytest.mark.parametrize(("fn", "index"), parameters(lambda p: p.type.enum is not None))
def test_every_enum_parameter_rejects_values_outside_its_set(bridge: Bridge, fn: Function, index: int) -> None:
    param = fn.params[index]
    assert param.type.enum is not None
    allowed = ", ".join(f"'{v}'" for v in param.type.enum.values)
    args = valid_arguments(fn)
    code = next(e.code for e in CATALOGUE.error_codes if e.name == param.type.enum.error)  # as PyTorch's class
    for bad in ("bogus", "", param.type.enum.values[0].upper(), param.type.enum.values[0] + " "):
        args[index] = bad
        error = fail(bridge, fn.name, *args)
        assert (error.code, error.message) == (code, f"{fn.name}: {bad} is not a valid value for {param.name} (one of {allowed})")
    args[index] = Raw(ffi.NULL)
    if param.type.optional:  # NULL is None, which these arguments accept
        bridge.call(fn.name, *args)
    else:
        error = fail(bridge, fn.name, *args)
        assert (error.code, error.message) == (VALUE, f"{fn.name}: argument '{param.name}' is NULL")


@pytest.mark.parametrize(("fn", "index"), parameters(lambda p: p.type.base == "ScalarType"))
def test_every_dtype_parameter_rejects_unknown_codes(bridge: Bridge, fn: Function, index: int) -> None:
    param = fn.params[index]
    known = ", ".join(f"{d.code} {d.name}" for d in CATALOGUE.dtypes)
    args = valid_arguments(fn)
    # 8 is c10's ComplexHalf, which the catalogue does not list; -1 is None only for ScalarType?
    for code in (8, 12, 99, -2, 2**31 - 1) + (() if param.type.optional else (-1,)):
        args[index] = Raw(code)
        error = fail(bridge, fn.name, *args)
        assert (error.code, error.message) == (VALUE, f"{fn.name}: argument '{param.name}': unknown dtype code {code} (known: {known})")


@pytest.mark.parametrize(("fn", "index"), parameters(lambda p: p.type.base == "Device"))
def test_every_device_parameter_rejects_unknown_types_and_indices(bridge: Bridge, fn: Function, index: int) -> None:
    param = fn.params[index]
    known = ", ".join(f"{d.code} {d.name}" for d in CATALOGUE.devices)
    args = valid_arguments(fn)
    for device_type in (2, 7, 99) + (() if param.type.optional else (-1,)):
        args[index] = Raw(device_type, -1)
        error = fail(bridge, fn.name, *args)
        assert (error.code, error.message) == (VALUE, f"{fn.name}: argument '{param.name}': unknown device type {device_type} (known: {known})")
    for device_index in (-2, 2**31 - 1):
        args[index] = Raw(0, device_index)
        error = fail(bridge, fn.name, *args)
        assert error.code == VALUE
        assert error.message == f"{fn.name}: argument '{param.name}': device index {device_index} is out of range (-1 for the current device)"


@pytest.mark.parametrize(("fn", "index"), parameters(lambda p: p.type.base == "Scalar"))
def test_every_scalar_parameter_rejects_unknown_kinds(bridge: Bridge, fn: Function, index: int) -> None:
    param = fn.params[index]
    args = valid_arguments(fn)
    for kind in (3, 7, -2) + (() if param.type.optional else (-1,)):
        args[index] = Raw(1.0, 1, kind)
        error = fail(bridge, fn.name, *args)
        none = "; -1, None, is not allowed here" if kind == -1 else ""
        assert (error.code, error.message) == (VALUE, f"{fn.name}: argument '{param.name}': unknown Scalar kind {kind} (0 float, 1 int, 2 bool{none})")


@pytest.mark.parametrize(("fn", "index"), parameters(lambda p: abi.param_lowering(p.type).is_array))
def test_every_array_parameter_rejects_bad_lengths(bridge: Bridge, fn: Function, index: int) -> None:
    param = fn.params[index]
    args = valid_arguments(fn)
    present = (True,) if param.type.optional else ()
    args[index] = Raw(ffi.NULL, 2, *present)
    error = fail(bridge, fn.name, *args)
    assert (error.code, error.message) == (VALUE, f"{fn.name}: argument '{param.name}' is NULL with length 2")
    element = element_type(abi.param_lowering(param.type).args[0])
    args[index] = Raw(ffi.new(f"{element}[]", 1), -1, *present)
    error = fail(bridge, fn.name, *args)
    assert (error.code, error.message) == (VALUE, f"{fn.name}: argument '{param.name}': negative length -1")


def test_stale_handle_after_slot_reuse_never_reaches_the_new_tensor(bridge: Bridge) -> None:
    old = bridge.tensor(torch.zeros(3, dtype=torch.float64))
    lib.rt_torch_torchtensor_free(old)
    new = bridge.tensor(torch.ones(5, dtype=torch.float64))
    assert new & 0xFFFFFFFF == old & 0xFFFFFFFF, "same slot"
    assert new != old, "new generation"
    assert lib.rt_torch_torchtensor_numel(old) == -1
    assert lib.rt_torch_error_code() == INVALID_HANDLE
    assert lib.rt_torch_torchtensor_numel(new) == 5
    lib.rt_torch_torchtensor_free(new)


def test_double_free_is_an_error_not_a_crash(bridge: Bridge) -> None:
    h = bridge.tensor(torch.ones(2))
    lib.rt_torch_torchtensor_free(h)
    assert lib.rt_torch_error_code() == 0
    lib.rt_torch_torchtensor_free(h)
    assert lib.rt_torch_error_code() == INVALID_HANDLE
    assert "was already freed" in ffi.string(lib.rt_torch_error_message()).decode()


def test_tensor_handle_passed_as_stream(bridge: Bridge) -> None:
    h = bridge.tensor(torch.ones(1))
    try:
        error = fail(bridge, "rt_torch_torchstream_query_v2", Handle(h))
        assert error.code == INVALID_HANDLE
        assert "is a tensor handle, not a stream handle" in error.message
    finally:
        lib.rt_torch_torchtensor_free(h)


# ------------------------------------------------------------------ bad shapes, dims, values


def test_shape_mismatch(bridge: Bridge) -> None:
    error = fail(bridge, "rt_torch_torchtensor_add", torch.ones(2), torch.ones(3))
    assert error.code == OTHER
    assert "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0" in error.message


def test_matmul_shape_mismatch(bridge: Bridge) -> None:
    error = fail(bridge, "rt_torch_torchtensor_matmul", torch.ones(2, 3), torch.ones(2, 3))
    assert error.code == OTHER
    assert "cannot be multiplied (2x3 and 2x3)" in error.message


@pytest.mark.parametrize("dim", [2, -3, 99])
def test_bad_dim_is_an_index_error(bridge: Bridge, dim: int) -> None:
    error = fail(bridge, "rt_torch_torchtensor_sum_dim", torch.ones(2, 3), dim, False)
    assert error.code == INDEX
    assert "Dimension out of range (expected to be in range of [-2, 1], but got" in error.message


def test_index_out_of_range(bridge: Bridge) -> None:
    error = fail(bridge, "rt_torch_torchtensor_index_select", torch.ones(3), 0, torch.tensor([5]))
    assert error.code == INDEX
    assert "out of range" in error.message


def test_negative_size(bridge: Bridge) -> None:
    error = fail(bridge, "rt_torch_tensor_zeros", [2, -1])
    assert error.code == OTHER
    assert "Dimension size must be non-negative" in error.message


def test_data_and_dims_disagree(bridge: Bridge) -> None:
    error = fail(bridge, "rt_torch_tensor_from_data", [1.0, 2.0, 3.0], [2, 2])
    assert (error.code, error.message) == (OTHER, "rt_torch_tensor_from_data: shape '[2, 2]' is invalid for input of size 3")


def test_view_that_strides_do_not_allow(bridge: Bridge) -> None:
    h = Handle(bridge.tensor(torch.ones(2, 3)))
    t = bridge.call("rt_torch_torchtensor_transpose", h, 0, 1, keep=True)
    try:
        error = fail(bridge, "rt_torch_torchtensor_view_v2", t, [6])
        assert error.code == OTHER
        assert "Use .reshape(...) instead" in error.message
    finally:
        bridge.free(t.value)
        bridge.free(h.value)


def test_singular_matrix(bridge: Bridge) -> None:
    error = fail(bridge, "rt_torch_torchtensor_inverse", torch.zeros(2, 2))
    assert error.code == OTHER
    assert "singular" in error.message


def test_unknown_dtype_code(bridge: Bridge) -> None:
    error = fail(bridge, "rt_torch_torchtensor_to_dtype", torch.ones(1), Raw(99))
    assert error.code == VALUE
    assert "argument 'dtype': unknown dtype code 99 (known: 0 uint8, 1 int8" in error.message


def test_wrong_dtype_for_an_index(bridge: Bridge) -> None:
    error = fail(bridge, "rt_torch_torchtensor_index_select", torch.ones(3), 0, torch.tensor([0.0]))
    assert error.code in (OTHER, TYPE)
    assert "index" in error.message.lower()


def test_slice_step_must_be_positive(bridge: Bridge) -> None:
    error = fail(bridge, "rt_torch_torchtensor_slice", torch.ones(4), 0, 0, 4, 0)
    assert "slice step must be positive" in error.message


def test_item_of_many_elements(bridge: Bridge) -> None:
    error = fail(bridge, "rt_torch_torchtensor_item", torch.ones(3))
    assert "a Tensor with 3 elements cannot be converted to Scalar" in error.message


def test_allocation_too_large_is_out_of_memory(bridge: Bridge) -> None:
    error = fail(bridge, "rt_torch_tensor_empty", [1 << 40, 1 << 20])
    assert error.code == OUT_OF_MEMORY
    assert "allocate" in error.message


# ------------------------------------------------------------------ arrays and buffers


def test_negative_array_length() -> None:
    dims = ffi.new("int64_t[]", [2])
    assert lib.rt_torch_tensor_zeros(dims, -1) == 0
    assert lib.rt_torch_error_code() == VALUE
    assert ffi.string(lib.rt_torch_error_message()) == b"rt_torch_tensor_zeros: argument 'dims': negative length -1"


def test_null_array_with_a_length() -> None:
    assert lib.rt_torch_tensor_zeros(ffi.NULL, 3) == 0
    assert lib.rt_torch_error_code() == VALUE
    assert ffi.string(lib.rt_torch_error_message()) == b"rt_torch_tensor_zeros: argument 'dims' is NULL with length 3"


def test_null_array_of_length_zero_is_a_scalar() -> None:
    h = lib.rt_torch_tensor_zeros(ffi.NULL, 0)
    assert h != 0 and lib.rt_torch_torchtensor_ndim(h) == 0
    lib.rt_torch_torchtensor_free(h)


def test_too_small_buffer_writes_nothing_and_returns_the_length(bridge: Bridge) -> None:
    h = bridge.tensor(torch.ones(2, 3, 4))
    try:
        buf = ffi.new("int64_t[]", [-7, -7])
        assert lib.rt_torch_torchtensor_shape(h, buf, 2) == 3
        assert lib.rt_torch_error_code() == 0
        assert list(buf) == [-7, -7]
        assert lib.rt_torch_torchtensor_shape(h, ffi.NULL, 0) == 3, "a NULL buffer of capacity 0 asks the length"
    finally:
        lib.rt_torch_torchtensor_free(h)


def test_too_small_handle_buffer_creates_no_handle(bridge: Bridge) -> None:
    h = bridge.tensor(torch.ones(6))
    try:
        live = lib.rt_torch_live_handles()
        out = ffi.new("int64_t[]", 2)
        assert lib.rt_torch_torchtensor_chunk(h, 3, 0, out, 2) == 3
        assert lib.rt_torch_live_handles() == live
        assert list(out) == [0, 0]
    finally:
        lib.rt_torch_torchtensor_free(h)


def test_bad_out_buffers(bridge: Bridge) -> None:
    h = bridge.tensor(torch.ones(2))
    try:
        assert lib.rt_torch_torchtensor_shape(h, ffi.new("int64_t[]", 1), -1) == -1
        assert lib.rt_torch_error_code() == VALUE
        assert b"out_capacity is negative" in ffi.string(lib.rt_torch_error_message())
        assert lib.rt_torch_torchtensor_shape(h, ffi.NULL, 4) == -1
        assert b"out is NULL but out_capacity is 4" in ffi.string(lib.rt_torch_error_message())
    finally:
        lib.rt_torch_torchtensor_free(h)


def test_text_results_are_stable_until_the_next_call() -> None:
    v = lib.rt_torch_version()
    assert ffi.string(v) == torch.__version__.split("+")[0].encode()


# ------------------------------------------------------------------ errors are per thread


def test_errors_are_per_thread(bridge: Bridge) -> None:
    seen: dict[str, Any] = {}

    def worker() -> None:
        seen["code_before"] = lib.rt_torch_error_code()
        lib.rt_torch_torchtensor_numel(forged(TENSOR_KIND, 9, 9))
        seen["code_after"] = lib.rt_torch_error_code()

    lib.rt_torch_error_clear()
    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert seen == {"code_before": 0, "code_after": INVALID_HANDLE}
    assert lib.rt_torch_error_code() == 0, "the other thread's error is not seen here"
