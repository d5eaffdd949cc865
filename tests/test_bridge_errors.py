"""Error paths of the C ABI: every kind of bad handle on every function, bad shapes, bad dims,
bad arrays and buffers; each asserted by error code and message, none may crash the process."""

from __future__ import annotations

import threading
from typing import Any, Iterator

import pytest
import torch
from bridge_util import Bridge, BridgeError, Handle

from generator.model import Catalogue, Function

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
def no_leaks() -> Iterator[None]:
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


# ------------------------------------------------------------------ bad handles, spec-driven


def default_value(type_name: str) -> Any:
    return {
        "tensor": torch.ones(2, 2),
        "tensor?": None,
        "stream": 0,
        "tensor[]": [torch.ones(2)],
        "i32": 0,
        "i64": 0,
        "f64": 1.0,
        "bool": False,
        "text": "x",
        "i64[]": [1],
        "f64[]": [1.0],
    }[type_name]


def handle_params(catalogue: Catalogue) -> list[Any]:
    out = []
    for fn in catalogue.functions:
        if fn.keeps_error_state:  # destructor-style functions never report (rt_torch_torchtensor_release)
            continue
        for i, p in enumerate(fn.params):
            if p.type.name in ("tensor", "tensor?", "tensor[]"):
                out.append(pytest.param(fn, i, id=f"{fn.short_name}.{p.name}"))
    return out


def _functions_with_handles() -> list[Any]:
    from conftest import SPEC

    from generator.loader import load_catalogue

    return handle_params(load_catalogue(SPEC))


BAD_KINDS = ["zero", "negative", "forged", "freed", "stale", "stream"]


@pytest.mark.parametrize("kind", BAD_KINDS)
@pytest.mark.parametrize(("fn", "index"), _functions_with_handles())
def test_every_handle_parameter_rejects_every_bad_handle(bridge: Bridge, fn: Function, index: int, kind: str) -> None:
    param = fn.params[index]
    if kind == "zero" and param.type.name == "tensor?":
        pytest.skip("0 means 'none' for an optional tensor")
    args = [default_value(p.type.name) for p in fn.params]
    freed = bridge.tensor(torch.ones(1, dtype=torch.float64))  # float64: one handle, no conversion
    lib.rt_torch_torchtensor_free(freed)
    reused = bridge.tensor(torch.ones(1, dtype=torch.float64)) if kind == "stale" else None
    if reused is not None:
        assert reused & 0xFFFFFFFF == freed & 0xFFFFFFFF, "the new tensor took the freed slot"
    bad, fragment = {
        "zero": (0, "0 is not a valid tensor handle"),
        "negative": (-1, "-1 is not a tensor handle issued by this bridge"),
        "forged": (forged(TENSOR_KIND, 4000, 1 << 30), "is not a tensor handle issued by this bridge"),
        "freed": (freed, "was already freed"),
        "stale": (freed, "was already freed"),
        "stream": (forged(STREAM_KIND, 1, 0), "is a stream handle, not a tensor handle"),
    }[kind]
    label = f"{param.name}[0]" if param.type.name == "tensor[]" else param.name
    args[index] = [Handle(bad)] if param.type.name == "tensor[]" else Handle(bad)
    try:
        error = fail(bridge, fn.name, *args)
        assert error.code == INVALID_HANDLE, error
        assert f"argument '{label}'" in error.message, error.message
        assert fragment in error.message, error.message
        if reused is not None:
            assert bridge.shape(reused) == [1], "the slot's new owner is unaffected"
    finally:
        if reused is not None:
            lib.rt_torch_torchtensor_free(reused)


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
        error = fail(bridge, "rt_torch_torchstream_query", Handle(h))
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
        error = fail(bridge, "rt_torch_torchtensor_view", t, [6])
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
    error = fail(bridge, "rt_torch_torchtensor_to_dtype", torch.ones(1), 99)
    assert error.code == VALUE
    assert "unknown dtype code 99 (known: 0 uint8, 1 int8" in error.message


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


def test_null_text_argument_is_rejected_where_text_is_taken(catalogue: Catalogue) -> None:
    takers = [f for f in catalogue.functions if any(p.type.name == "text" for p in f.params)]
    for fn in takers:  # none in the catalogue today; the contract still holds for future entries
        assert fn.name


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
