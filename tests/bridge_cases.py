"""One or more test cases for every catalogue function (test_bridge.py fails for any without).

A case gives the inputs in the catalogue's parameter order (torch tensors for tensor
parameters) and the PyTorch counterpart evaluated on the same inputs; the bridge's result must
equal it: same dtype, same shape, same values (bit for bit unless a tolerance is given: both
sides run the same libtorch kernels in one process). Random functions run under the same seed
on both sides (torch.manual_seed and rt_torch_manual_seed share one generator). Behaviour that
a value comparison cannot show (errors, autograd state, CUDA on a CPU build) is a `check`.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Any, Callable

import pytest
import torch
import torch.nn.functional as F
from bridge_util import Bridge, BridgeError, Handle, Raw, ffi

UNAVAILABLE = 5
INVALID_HANDLE = 1
VALUE = 3


def gen(seed: int) -> torch.Generator:
    return torch.Generator().manual_seed(seed)


def r(*shape: int, seed: int = 0, dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """Deterministic test data."""
    return torch.randn(*shape, generator=gen(seed + 17 * len(shape) + sum(shape))).to(dtype)


def ints(data: Any) -> torch.Tensor:
    return torch.tensor(data, dtype=torch.int64)


@dataclass(frozen=True)
class Case:
    args: Callable[[], tuple[Any, ...]] = lambda: ()
    torch: Callable[..., Any] | None = None
    seed: int | None = None
    compare: str = "exact"  # exact | close | meta (dtype and shape only)
    check: Callable[[Bridge], None] | None = None
    label: str = ""
    cuda: bool = False  # needs a CUDA build and device
    extra: dict[str, Any] = field(default_factory=dict)


def reference_argmax(x: torch.Tensor, dim: int, keepdim: bool) -> torch.Tensor:
    """The reference's argmax: a negative dim means over the flattened tensor."""
    return torch.argmax(x, None if dim < 0 else dim, keepdim=keepdim)


def reference_argmin(x: torch.Tensor, dim: int, keepdim: bool) -> torch.Tensor:
    return torch.argmin(x, None if dim < 0 else dim, keepdim=keepdim)


def slice_ref(x: torch.Tensor, dim: int, start: int, end: int, step: int) -> torch.Tensor:
    index: list[Any] = [slice(None)] * x.dim()
    index[dim] = slice(start, end, step)
    return x[tuple(index)]


def quiet_var(x: torch.Tensor) -> float:
    """torch.var of one element: NaN, with a warning that is expected here."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return torch.var(x).item()


# ------------------------------------------------------------------ behaviour checks


def expect_error(bridge: Bridge, code: int, fragment: str, name: str, *args: Any) -> BridgeError:
    try:
        bridge.call(name, *args)
    except BridgeError as exc:
        assert exc.code == code, f"{name}: expected code {code}, got {exc.code}: {exc.message}"
        assert fragment in exc.message, f"{name}: {fragment!r} not in {exc.message!r}"
        assert exc.message.startswith(f"{name}: "), exc.message
        return exc
    raise AssertionError(f"{name} should have failed with code {code}")


def check_batch_norm_eps_in_training(b: Bridge) -> None:
    """In training, eps must be positive, for an empty input too: torch.nn.functional.batch_norm
    checks it before ATen (which would let an empty input pass), with this message."""
    for x in (torch.ones(0, 3), torch.ones(4, 3)):
        with pytest.raises(ValueError) as theirs:
            F.batch_norm(x, torch.zeros(3), torch.ones(3), training=True, eps=0.0)
        mean, var = Handle(b.tensor(torch.zeros(3))), Handle(b.tensor(torch.ones(3)))
        try:
            exc = expect_error(b, VALUE, str(theirs.value), "rt_torch_nn_batch_norm", x, mean, var, None, None, True, 0.1, 0.0)
            assert exc.message == f"rt_torch_nn_batch_norm: {theirs.value}"
        finally:
            b.free(mean.value)
            b.free(var.value)


def check_available(b: Bridge) -> None:
    assert b.call("rt_torch_available") is True


def check_graph_facts(b: Bridge) -> None:
    """is_leaf and has_grad_fn of a leaf, a leaf requiring grad and a result recorded from it."""
    h = Handle(b.tensor(r(3)))
    try:
        assert b.call("rt_torch_autograd_is_leaf", h) is True
        assert b.call("rt_torch_autograd_has_grad_fn", h) is False
        b.call("rt_torch_autograd_set_requires_grad", h, True)
        assert b.call("rt_torch_autograd_is_leaf", h) is True
        y = b.call("rt_torch_torchtensor_mul_scalar", h, 2.0, keep=True)
        try:
            assert b.call("rt_torch_autograd_is_leaf", y) is False
            assert b.call("rt_torch_autograd_has_grad_fn", y) is True
        finally:
            b.free(y.value)
    finally:
        b.free(h.value)


def check_grad_fn_names(b: Bridge) -> None:
    """grad_fn_name of a leaf (empty) and of results PyTorch names: a generated node, a view
    node, a reduction and CopySlices (a C++ node, shown without its namespace)."""
    aten = torch.ops.aten  # the overloads the entries bind (Python's x * 2 would be mul.Tensor's)
    x = torch.arange(6.0).reshape(2, 3).requires_grad_()
    y = aten.mul.Scalar(x, 2.0)
    z = y.clone()
    z[0].fill_(1.0)
    theirs = {"leaf": x, "mul": y, "sum": aten.sum.dim_IntList(y, [0]), "view": y.view(3, 2), "select": y.select(0, 0), "copy slices": z}
    made: list[Handle] = []

    def keep(name: str, *args: Any) -> Handle:
        made.append(b.call(name, *args, keep=True))
        return made[-1]

    h = Handle(b.tensor(x.detach()))
    try:
        b.call("rt_torch_autograd_set_requires_grad", h, True)
        y_h = keep("rt_torch_torchtensor_mul_scalar", h, 2.0)
        z_h = keep("rt_torch_torchtensor_clone", y_h)
        b.call("rt_torch_torchtensor_fill_scalar_", keep("rt_torch_torchtensor_select_int", z_h, 0, 0), 1.0)
        ours = {
            "leaf": h,
            "mul": y_h,
            "sum": keep("rt_torch_torchtensor_sum_dim", y_h, 0, False),
            "view": keep("rt_torch_torchtensor_view", y_h, [3, 2]),
            "select": keep("rt_torch_torchtensor_select_int", y_h, 0, 0),
            "copy slices": z_h,
        }
        for key, t in theirs.items():
            name = type(t.grad_fn).__name__ if t.grad_fn is not None else ""
            assert b.call("rt_torch_autograd_grad_fn_name", ours[key]) == name, key
    finally:
        for m in made:
            b.free(m.value)
        b.free(h.value)


def check_set_data(b: Bridge) -> None:
    """set_data: the tensor takes the other's shape, dtype and values (its storage)."""
    h = Handle(b.tensor(torch.zeros(3)))
    other = Handle(b.tensor(torch.ones(2, 2, dtype=torch.float64)))
    try:
        b.call("rt_torch_autograd_set_data", h, other)
        assert b.to_torch(h.value).equal(torch.ones(2, 2, dtype=torch.float64))
    finally:
        b.free(h.value)
        b.free(other.value)


def check_warnings(b: Bridge) -> None:
    """A call's libtorch warnings are the caller's until its next call: counted, each with its
    message and kind; the next call that resets the state clears them."""
    h = Handle(b.tensor(torch.ones(1)))
    try:
        v = b.call("rt_torch_torchtensor_var_correction", h, None, None, False, keep=True)  # one element: no degree of freedom
        try:
            assert b.call("rt_torch_warning_count") == 1
            assert "degrees of freedom is <= 0" in b.call("rt_torch_warning_message", 0)
            assert b.call("rt_torch_warning_kind", 0) == 0
            assert b.call("rt_torch_warning_count") == 1, "reading them keeps them"
            assert b.call("rt_torch_warning_message", 1) == "" and b.call("rt_torch_warning_kind", 1) == -1
            assert b.call("rt_torch_warning_message", -1) == "" and b.call("rt_torch_warning_kind", -1) == -1
            b.call("rt_torch_torchtensor_numel", h)
            assert b.call("rt_torch_warning_count") == 0, "the next call clears them"
        finally:
            b.free(v.value)
    finally:
        b.free(h.value)


def check_set_requires_grad(b: Bridge) -> None:
    h = Handle(b.tensor(r(3)))
    try:
        b.call("rt_torch_autograd_set_requires_grad", h, True)
        assert b.call("rt_torch_autograd_requires_grad", h) is True
        b.call("rt_torch_autograd_set_requires_grad", h, False)
        assert b.call("rt_torch_autograd_requires_grad", h) is False
        b.call("rt_torch_autograd_set_requires_grad", h, True)
        y = b.call("rt_torch_torchtensor_mul_scalar", h, 2.0, keep=True)
        try:  # only leaves can be switched, as in PyTorch
            expect_error(b, 7, "leaf", "rt_torch_autograd_set_requires_grad", y, False)
        finally:
            b.free(y.value)
    finally:
        b.free(h.value)


def backward_of_square_sum(b: Bridge, x: torch.Tensor) -> tuple[Handle, torch.Tensor]:
    """Builds s = sum(x * x + 3x) through the bridge, runs backward; returns (x handle, torch grad)."""
    h = Handle(b.tensor(x))
    b.call("rt_torch_autograd_set_requires_grad", h, True)
    sq = b.call("rt_torch_torchtensor_mul", h, h, keep=True)
    lin = b.call("rt_torch_torchtensor_mul_scalar", h, 3.0, keep=True)
    tot = b.call("rt_torch_torchtensor_add", sq, lin, keep=True)
    flat = b.call("rt_torch_torchtensor_flatten", tot, keep=True)
    s = b.call("rt_torch_torchtensor_sum_dim", flat, 0, False, keep=True)
    b.call("rt_torch_autograd_backward", s)
    for t in (sq, lin, tot, flat, s):
        b.free(t.value)
    xt = x.clone().requires_grad_(True)
    (xt * xt + 3 * xt).sum().backward()
    assert xt.grad is not None
    return h, xt.grad


def check_grad_and_backward(b: Bridge) -> None:
    x = r(2, 3)
    h, expected = backward_of_square_sum(b, x)
    try:
        grad = b.call("rt_torch_autograd_grad", h)
        assert torch.equal(grad, expected)
        fresh = Handle(b.tensor(x))
        assert b.call("rt_torch_autograd_grad", fresh) is None  # no gradient yet: 0, not an error
        b.free(fresh.value)
    finally:
        b.free(h.value)


def check_backward_needs_a_scalar(b: Bridge, name: str = "rt_torch_autograd_backward", *rest: Any) -> None:
    """Backward from a non-scalar with no gradient given (`rest`: the other arguments) fails."""
    h = Handle(b.tensor(r(3)))
    b.call("rt_torch_autograd_set_requires_grad", h, True)
    y = b.call("rt_torch_torchtensor_mul_scalar", h, 2.0, keep=True)
    try:
        expect_error(b, 7, "grad can be implicitly created only for scalar outputs", name, y, *rest)
    finally:
        b.free(y.value)
        b.free(h.value)


def check_backward_v2(b: Bridge) -> None:
    """A vector-Jacobian product twice over a retained graph (the gradients add up), then a
    scalar backward with no gradient given, each against PyTorch's."""
    x = r(4, 5)
    h = Handle(b.tensor(x))
    b.call("rt_torch_autograd_set_requires_grad", h, True)
    sq = b.call("rt_torch_torchtensor_mul", h, h, keep=True)
    v = r(4, 5, seed=3)
    xt = x.clone().requires_grad_(True)
    out = xt * xt
    try:
        b.call("rt_torch_autograd_backward_v2", sq, v, True, False)
        b.call("rt_torch_autograd_backward_v2", sq, v, None, False)
        out.backward(v, retain_graph=True)
        out.backward(v)
        assert torch.equal(b.call("rt_torch_autograd_grad", h), xt.grad)
        # the graph was freed by the second call, as PyTorch's
        expect_error(b, 7, "backward through the graph a second time", "rt_torch_autograd_backward_v2", sq, v, None, False)
        s = b.call("rt_torch_torchtensor_sum_dim", h, 0, False, keep=True)
        total = b.call("rt_torch_torchtensor_sum_dim", s, 0, False, keep=True)
        b.call("rt_torch_autograd_backward_v2", total, None, None, False)
        xt.sum().backward()
        assert torch.equal(b.call("rt_torch_autograd_grad", h), xt.grad)
        b.free(s.value)
        b.free(total.value)
    finally:
        b.free(sq.value)
        b.free(h.value)


def check_zero_grad(b: Bridge) -> None:
    h, expected = backward_of_square_sum(b, r(4))
    try:
        assert torch.equal(b.call("rt_torch_autograd_grad", h), expected)
        b.call("rt_torch_autograd_zero_grad", h)
        assert torch.equal(b.call("rt_torch_autograd_grad", h), torch.zeros(4))
    finally:
        b.free(h.value)
    plain = Handle(b.tensor(r(2)))
    b.call("rt_torch_autograd_zero_grad", plain)  # no gradient defined: a no-op
    b.free(plain.value)


def check_detach(b: Bridge) -> None:
    h = Handle(b.tensor(r(3)))
    b.call("rt_torch_autograd_set_requires_grad", h, True)
    d = b.call("rt_torch_autograd_detach", h, keep=True)
    try:
        assert b.call("rt_torch_autograd_requires_grad", d) is False
        assert torch.equal(b.to_torch(d.value), b.to_torch(h.value))
    finally:
        b.free(d.value)
        b.free(h.value)


def tracking(b: Bridge) -> tuple[Handle, Callable[[], bool]]:
    """A tensor that requires grad, and whether an operation on it is recorded for backward now."""
    h = Handle(b.tensor(r(3)))
    b.call("rt_torch_autograd_set_requires_grad", h, True)

    def tracked() -> bool:
        y = b.call("rt_torch_torchtensor_mul_scalar", h, 2.0, keep=True)
        try:
            return bool(b.call("rt_torch_autograd_requires_grad", y))
        finally:
            b.free(y.value)

    return h, tracked


def check_no_grad_nesting(b: Bridge) -> None:
    h, tracked = tracking(b)
    try:
        assert tracked()
        b.call("rt_torch_autograd_no_grad_begin_v2")
        assert not tracked()
        b.call("rt_torch_autograd_no_grad_begin_v2")
        b.call("rt_torch_autograd_no_grad_end_v2")
        assert not tracked(), "the outer region is still open"
        b.call("rt_torch_autograd_no_grad_end_v2")
        assert tracked()
        expect_error(b, VALUE, "no_grad_end without a matching no_grad_begin", "rt_torch_autograd_no_grad_end_v2")
        assert torch.is_grad_enabled()
    finally:
        b.free(h.value)


def check_grad_mode_regions(b: Bridge) -> None:
    """enable_grad inside no_grad records, a no_grad inside it does not, and each end restores
    the mode its begin replaced (torch.no_grad / torch.enable_grad nested as in Python); an end
    of the wrong kind, or without a region, is a value error that changes nothing."""
    h, tracked = tracking(b)
    try:
        b.call("rt_torch_autograd_no_grad_begin_v2")
        b.call("rt_torch_autograd_grad_mode_begin", True)
        assert tracked() and b.call("rt_torch_autograd_is_grad_enabled") is True
        b.call("rt_torch_autograd_no_grad_begin_v2")
        assert not tracked()
        expect_error(b, VALUE, "grad_mode_end: the innermost open region of this thread is a no_grad region", "rt_torch_autograd_grad_mode_end")
        assert not tracked()
        b.call("rt_torch_autograd_no_grad_end_v2")
        assert tracked(), "the inner no_grad restores enable_grad's mode"
        expect_error(b, VALUE, "no_grad_end: the innermost open region of this thread is a grad_mode region", "rt_torch_autograd_no_grad_end_v2")
        b.call("rt_torch_autograd_grad_mode_end")
        assert not tracked() and b.call("rt_torch_autograd_is_grad_enabled") is False
        b.call("rt_torch_autograd_grad_mode_begin", False)  # set_grad_enabled(False) as a context
        assert not tracked()
        b.call("rt_torch_autograd_grad_mode_end")
        b.call("rt_torch_autograd_no_grad_end_v2")
        assert tracked() and torch.is_grad_enabled()
        expect_error(b, VALUE, "grad_mode_end without a matching grad_mode_begin", "rt_torch_autograd_grad_mode_end")
    finally:
        b.free(h.value)


def check_set_grad_enabled(b: Bridge) -> None:
    """set_grad_enabled sets the thread's mode until changed (what torch.is_grad_enabled sees);
    is_grad_enabled reads it, also when PyTorch's Python API set it."""
    h, tracked = tracking(b)
    try:
        b.call("rt_torch_autograd_set_grad_enabled", False)
        assert not tracked() and not torch.is_grad_enabled()
        assert b.call("rt_torch_autograd_is_grad_enabled") is False
        b.call("rt_torch_autograd_set_grad_enabled", True)
        assert tracked() and torch.is_grad_enabled()
        with torch.no_grad():
            assert b.call("rt_torch_autograd_is_grad_enabled") is False
        assert b.call("rt_torch_autograd_is_grad_enabled") is True
    finally:
        torch.set_grad_enabled(True)
        b.free(h.value)


def check_no_grad_restores_a_disabled_mode(begin: str, end: str) -> Callable[[Bridge], None]:
    def check(b: Bridge) -> None:
        with torch.no_grad():  # the thread's mode was already off: the region must not turn it on
            b.call(begin)
            b.call(end)
            assert not torch.is_grad_enabled()
        assert torch.is_grad_enabled()

    return check


def check_no_grad_guard(b: Bridge) -> None:
    """The reference's region: one guard per thread, idempotent, not nested; the end deletes it."""
    h, tracked = tracking(b)
    try:
        b.call("rt_torch_autograd_no_grad_begin")
        assert not tracked() and not torch.is_grad_enabled()
        b.call("rt_torch_autograd_no_grad_begin")  # the thread has its guard: nothing happens
        assert not tracked()
        b.call("rt_torch_autograd_no_grad_end")  # one end deletes the guard
        assert tracked() and torch.is_grad_enabled(), "begin twice, end once: grad is enabled again"
        b.call("rt_torch_autograd_no_grad_end")  # no guard: nothing happens, no error
        assert tracked() and torch.is_grad_enabled()
    finally:
        b.free(h.value)


def check_no_grad_end_without_begin(b: Bridge) -> None:
    assert b.call("rt_torch_autograd_no_grad_end") is None
    assert torch.is_grad_enabled()
    with torch.no_grad():  # no guard of ours: the mode is not ours to change
        b.call("rt_torch_autograd_no_grad_end")
        assert not torch.is_grad_enabled()


def check_cuda_unavailable(b: Bridge) -> None:
    expect_error(b, UNAVAILABLE, "CUDA is not available", "rt_torch_torchtensor_cuda", r(2), 0)


def check_to_stream_without_stream(b: Bridge) -> None:
    expect_error(b, INVALID_HANDLE, "0 is not a valid stream handle", "rt_torch_torchtensor_to_stream_v2", r(2), 0, 0)


def check_to_stream_ignores_the_stream(b: Bridge) -> None:
    """The reference's to_stream does not look at the stream: on a CPU build it fails only
    because CUDA is missing, whatever the stream value (0, forged, a tensor handle)."""
    t = Handle(b.tensor(r(1)))
    try:
        for stream in (0, forged_stream(), t, -5):
            expect_error(b, UNAVAILABLE, "CUDA is not available", "rt_torch_torchtensor_to_stream", r(2), 0, stream)
    finally:
        b.free(t.value)


def check_cuda_to_stream_ignores_the_stream(b: Bridge) -> None:
    x = r(4, 4)
    for stream in (0, forged_stream()):
        moved = b.call("rt_torch_torchtensor_to_stream", x, 0, stream, keep=True)
        try:
            assert b.call("rt_torch_torchtensor_is_cuda", moved) is True
            assert torch.equal(b.call("rt_torch_torchtensor_cpu", moved), x)
        finally:
            b.free(moved.value)


def check_stream_create_unavailable(b: Bridge) -> None:
    expect_error(b, UNAVAILABLE, "CUDA is not available", "rt_torch_stream_create", 0)


# ------------------------------------------------------------------ CUDA (run where a GPU is present)


def check_cuda_round_trip(b: Bridge) -> None:
    x = r(2, 3)
    h = Handle(b.tensor(x))
    c = b.call("rt_torch_torchtensor_cuda", h, 0, keep=True)
    try:
        assert b.call("rt_torch_torchtensor_is_cuda", c) is True
        assert b.call("rt_torch_torchtensor_device", c) == 0
        back = b.call("rt_torch_torchtensor_cpu", c)
        assert torch.equal(back, x)
        expect_error(b, 2, "out of range", "rt_torch_torchtensor_cuda", h, torch.cuda.device_count())
    finally:
        b.free(c.value)
        b.free(h.value)


def check_cuda_streams(b: Bridge) -> None:
    x = r(64, 64)
    h = Handle(b.tensor(x))
    s = b.call("rt_torch_stream_create", 0)
    try:
        moved = b.call("rt_torch_torchtensor_to_stream_v2", h, 0, s, keep=True)
        b.call("rt_torch_torchstream_sync_v2", s)
        assert b.call("rt_torch_torchstream_query_v2", s) is True, "idle after sync"
        assert torch.equal(b.call("rt_torch_torchtensor_cpu", moved), x)
        b.free(moved.value)
        b.call("rt_torch_torchstream_sync", s)  # the reference's forms, on a live stream
        assert b.call("rt_torch_torchstream_query", s) is True
    finally:
        b.call("rt_torch_torchstream_free", s)
        b.free(h.value)
    expect_error(b, INVALID_HANDLE, "was already freed", "rt_torch_torchstream_query_v2", s)
    assert b.call("rt_torch_torchstream_query", s) is True, "the reference's query: a freed stream has no pending work"
    b.call("rt_torch_torchstream_sync", s)


def check_cuda_memory(b: Bridge) -> None:
    h = Handle(b.tensor(r(256, 256)))
    c = b.call("rt_torch_torchtensor_cuda", h, 0, keep=True)
    try:
        allocated = b.call("rt_torch_cuda_memory_allocated", 0)
        assert allocated == torch.cuda.memory_allocated(0) and allocated >= 256 * 256 * 4
        assert b.call("rt_torch_cuda_max_memory_allocated", 0) >= allocated
    finally:
        b.free(c.value)
        b.free(h.value)
    b.call("rt_torch_cuda_empty_cache")
    assert b.call("rt_torch_cuda_memory_allocated", 0) == torch.cuda.memory_allocated(0)


def forged_stream() -> int:
    return (2 << 56) | (1 << 32) | 0


def check_stream_function_rejects_bad_handles(name: str) -> Callable[[Bridge], None]:
    def check(b: Bridge) -> None:
        expect_error(b, INVALID_HANDLE, "0 is not a valid stream handle", name, 0)
        expect_error(b, INVALID_HANDLE, "is not a stream handle issued by this bridge", name, forged_stream())
        t = Handle(b.tensor(r(1)))
        try:
            expect_error(b, INVALID_HANDLE, "is a tensor handle, not a stream handle", name, t)
        finally:
            b.free(t.value)

    return check


def check_stream_function_ignores_unknown_handles(name: str, result: Any) -> Callable[[Bridge], None]:
    """The reference's sync and query: a value that is no live stream handle (0, forged, a tensor
    handle, negative) is no stream with pending work: sync does nothing, query answers true."""

    def check(b: Bridge) -> None:
        from torch_sffi._native import lib

        t = Handle(b.tensor(r(1)))
        try:
            for handle in (0, forged_stream(), t, -1):
                assert b.call(name, handle) is result, f"{name}({handle})"
                assert lib.rt_torch_error_code() == 0
        finally:
            b.free(t.value)

    return check


def check_free(b: Bridge) -> None:
    from torch_sffi._native import lib

    start = lib.rt_torch_live_handles()
    h = b.tensor(r(2))
    assert lib.rt_torch_live_handles() == start + 1
    b.call("rt_torch_torchtensor_free", Handle(h))
    assert lib.rt_torch_live_handles() == start
    expect_error(b, INVALID_HANDLE, "was already freed", "rt_torch_torchtensor_free", Handle(h))
    expect_error(b, INVALID_HANDLE, "0 is not a valid tensor handle", "rt_torch_torchtensor_free", 0)


def check_free_keeps_views_alive(b: Bridge) -> None:
    h = Handle(b.tensor(r(2, 3)))
    v = b.call("rt_torch_torchtensor_transpose", h, 0, 1, keep=True)
    expected = b.to_torch(h.value).t()
    b.free(h.value)
    assert torch.equal(b.take(v.value), expected)


def check_release(b: Bridge) -> None:
    from torch_sffi._native import lib

    start = lib.rt_torch_live_handles()
    h = b.tensor(r(2))
    assert lib.rt_torch_torchtensor_numel(0) == -1  # an error pending on this thread ...
    assert lib.rt_torch_torchtensor_release(h) is True
    assert lib.rt_torch_error_code() == INVALID_HANDLE, "... survives the release"
    assert lib.rt_torch_torchtensor_release(h) is False, "a second release is a quiet no-op"
    assert lib.rt_torch_torchtensor_release(0) is False
    assert lib.rt_torch_torchtensor_release(forged_stream()) is False
    assert lib.rt_torch_error_code() == INVALID_HANDLE
    assert lib.rt_torch_live_handles() == start


def check_is_complex(b: Bridge) -> None:
    z = b.call("rt_torch_torchtensor_complex", r(2), r(2, seed=1), keep=True)
    try:
        assert b.call("rt_torch_torchtensor_is_complex", z) is True
    finally:
        b.free(z.value)


def check_strides_of_a_view(b: Bridge) -> None:
    """A transposed view and a slice: the strides and offset of the view, not of a copy."""
    h = Handle(b.tensor(r(3, 4)))
    t = b.call("rt_torch_torchtensor_transpose", h, 0, 1, keep=True)
    s = b.call("rt_torch_torchtensor_slice", h, 1, 1, 4, 2, keep=True)
    try:
        assert b.call("rt_torch_torchtensor_stride", t) == [1, 4]
        assert b.call("rt_torch_torchtensor_is_contiguous", t, "contiguous_format") is False
        assert b.call("rt_torch_torchtensor_stride", s) == [4, 2]
        assert b.call("rt_torch_torchtensor_storage_offset", s) == 1
    finally:
        for x in (h, t, s):
            b.free(x.value)


def check_imag_of_a_conjugate(b: Bridge) -> None:
    """imag() of a conjugate view is a view with PyTorch's negative bit: read back, the values
    are negated (the bridge's fast read path must not take the raw memory)."""
    z = b.call("rt_torch_torchtensor_complex", r(2, 2), r(2, 2, seed=1), keep=True)
    conj = b.call("rt_torch_torchtensor_mh", z, keep=True)
    try:
        got = b.call("rt_torch_torchtensor_imag", conj)
        assert torch.equal(got, -r(2, 2, seed=1).mT), got
    finally:
        b.free(conj.value)
        b.free(z.value)


def check_error_state(b: Bridge) -> None:
    from torch_sffi._native import ffi, lib

    assert lib.rt_torch_torchtensor_numel(0) == -1
    assert lib.rt_torch_error_code() == INVALID_HANDLE
    message = ffi.string(lib.rt_torch_error_message()).decode()
    assert message == "rt_torch_torchtensor_numel: argument 'handle': 0 is not a valid tensor handle"
    assert lib.rt_torch_error_code() == INVALID_HANDLE, "reading the error does not clear it"
    lib.rt_torch_error_clear()
    assert lib.rt_torch_error_code() == 0
    assert ffi.string(lib.rt_torch_error_message()) == b""
    lib.rt_torch_torchtensor_numel(0)
    assert lib.rt_torch_cuda_available() in (True, False)
    assert lib.rt_torch_error_code() == 0, "every call resets the code on entry"


def check_live_handles(b: Bridge) -> None:
    from torch_sffi._native import lib

    start = b.call("rt_torch_live_handles")
    hs = [b.tensor(r(1)) for _ in range(5)]
    assert b.call("rt_torch_live_handles") == start + 5
    for h in hs:
        lib.rt_torch_torchtensor_free(h)
    assert lib.rt_torch_live_handles() == start


def check_dlpack_round_trip(b: Bridge) -> None:
    """to_dlpack then from_dlpack, both kinds: the new tensor shares the memory (a write through
    one is seen by the other), the export counts as live until the tensor that took it over dies."""
    from torch_sffi._native import lib

    for versioned in (False, True):
        start = lib.rt_torch_live_handles()
        x = r(2, 3)
        h = b.tensor(x)
        address = b.call("rt_torch_torchtensor_to_dlpack", Handle(h), versioned)
        assert address not in (0, -1)
        assert lib.rt_torch_live_handles() == start + 2, "the export counts until its deleter runs"
        y = b.call("rt_torch_tensor_from_dlpack", address, versioned, keep=True)
        assert torch.equal(b.to_torch(y.value), x)
        b.call("rt_torch_torchtensor_zero_", y)
        assert torch.equal(b.to_torch(h), torch.zeros(2, 3)), "the imported tensor shares the exported memory"
        b.free(h)
        assert torch.equal(b.to_torch(y.value), torch.zeros(2, 3)), "the DLManagedTensor keeps the storage alive"
        b.free(y.value)
        assert lib.rt_torch_live_handles() == start


def check_dlpack_free(b: Bridge) -> None:
    """An export nobody consumes is freed by dlpack_free; 0 is a value error, never a crash."""
    from torch_sffi._native import lib

    for versioned in (False, True):
        start = lib.rt_torch_live_handles()
        h = b.tensor(r(4))
        address = b.call("rt_torch_torchtensor_to_dlpack", Handle(h), versioned)
        b.free(h)
        assert lib.rt_torch_live_handles() == start + 1
        b.call("rt_torch_dlpack_free", address, versioned)
        assert lib.rt_torch_live_handles() == start
        expect_error(b, VALUE, "0 is not the address", "rt_torch_dlpack_free", 0, versioned)
        expect_error(b, VALUE, "0 is not the address", "rt_torch_tensor_from_dlpack", 0, versioned)


def check_is_leaf(b: Bridge) -> None:
    x = Handle(b.tensor(r(2)))
    try:
        assert b.call("rt_torch_autograd_is_leaf", x) is True
        b.call("rt_torch_autograd_set_requires_grad", x, True)
        assert b.call("rt_torch_autograd_is_leaf", x) is True, "made by the user: a leaf"
        y = b.call("rt_torch_torchtensor_mul_scalar", x, 2.0, keep=True)
        try:
            assert b.call("rt_torch_autograd_is_leaf", y) is False, "the result of a recorded operation"
        finally:
            b.free(y.value)
    finally:
        b.free(x.value)


def check_manual_seed(b: Bridge) -> None:
    b.call("rt_torch_manual_seed", 1234)
    first = b.call("rt_torch_tensor_randn", [5])
    b.call("rt_torch_manual_seed", 1234)
    again = b.call("rt_torch_tensor_randn", [5])
    torch.manual_seed(1234)
    expected = torch.randn(5)
    assert torch.equal(first, expected) and torch.equal(again, expected)


def check_num_threads(b: Bridge) -> None:
    """The bridge and PyTorch share libtorch's intra-op thread count; 0 threads is refused."""
    before = torch.get_num_threads()
    try:
        b.call("rt_torch_set_num_threads", 1)
        assert torch.get_num_threads() == 1 and b.call("rt_torch_get_num_threads") == 1
        torch.set_num_threads(before)
        assert b.call("rt_torch_get_num_threads") == before
        expect_error(b, VALUE, "at least 1", "rt_torch_set_num_threads", 0)
    finally:
        torch.set_num_threads(before)


def check_default_dtype(b: Bridge) -> None:
    """The bridge and PyTorch share c10's default dtype: what one sets, the other's creation
    functions and promotions use; a dtype that is not floating-point is a type error."""
    assert b.call("rt_torch_get_default_dtype") == torch.get_default_dtype() == torch.float32
    try:
        b.call("rt_torch_set_default_dtype", torch.float64)
        assert torch.get_default_dtype() == torch.float64 and b.call("rt_torch_get_default_dtype") == torch.float64
        assert b.call("rt_torch_tensor_zeros", [2]).dtype == torch.zeros(2).dtype == torch.float64
        torch.set_default_dtype(torch.bfloat16)
        assert b.call("rt_torch_get_default_dtype") == torch.bfloat16
        expect_error(b, 4, "only floating-point types", "rt_torch_set_default_dtype", torch.int64)
        expect_error(b, 4, "only floating-point types", "rt_torch_set_default_dtype", torch.complex64)
        assert torch.get_default_dtype() == torch.bfloat16, "a refused dtype changes nothing"
    finally:
        torch.set_default_dtype(torch.float32)


def check_imag(b: Bridge) -> None:
    m = torch.tensor([[0.0, -1.0], [1.0, 0.0]])  # eigenvalues +-i
    vals, vecs = b.call("rt_torch_torchtensor_linalg_eig", m, keep=True)
    try:
        imag = b.call("rt_torch_torchtensor_imag", vals)
        assert torch.equal(imag, torch.linalg.eig(m).eigenvalues.imag)
    finally:
        b.free(vals.value)
        b.free(vecs.value)
    expect_error(b, 7, "imag is not implemented for tensors with non-complex dtypes", "rt_torch_torchtensor_imag", r(2))


def check_data_rejects_complex(b: Bridge) -> None:
    vals, vecs = b.call("rt_torch_torchtensor_linalg_eig", torch.tensor([[0.0, -1.0], [1.0, 0.0]]), keep=True)
    try:
        expect_error(b, 4, "complex tensors cannot be read as real numbers", "rt_torch_torchtensor_data_f64", vals)
    finally:
        b.free(vals.value)
        b.free(vecs.value)


def transposed(b: Bridge, x: torch.Tensor) -> tuple[Handle, Handle]:
    """A bridge tensor and a non-contiguous (transposed) view of it."""
    h = Handle(b.tensor(x))
    return h, b.call("rt_torch_torchtensor_transpose", h, 0, 1, keep=True)


def check_contiguous(b: Bridge) -> None:
    x = r(3, 2)
    h, t = transposed(b, x)  # a transposed view cannot be viewed flat; its contiguous copy can
    c = b.call("rt_torch_torchtensor_contiguous", t, keep=True)
    try:
        assert torch.equal(b.call("rt_torch_torchtensor_view_v2", c, [6]), x.t().contiguous().view(6))
    finally:
        for handle in (c, t, h):
            b.free(handle.value)


def check_linear_requires_a_bias(b: Bridge) -> None:
    """The reference's linear takes a bias handle: 0 is an invalid handle, as any bad one."""
    exc = expect_error(b, INVALID_HANDLE, "0 is not a valid tensor handle", "rt_torch_nn_linear", r(2, 3), r(4, 3), 0)
    assert "argument 'bias'" in exc.message, exc.message
    h = b.tensor(r(4))
    b.free(h)
    expect_error(b, INVALID_HANDLE, "was already freed", "rt_torch_nn_linear", r(2, 3), r(4, 3), Handle(h))


def check_view_of_a_transposed_tensor(b: Bridge) -> None:
    """The reference's view makes the tensor contiguous first: a transposed tensor, which
    PyTorch cannot view flat, gives reshape's result (a copy: the input is left alone)."""
    x = r(3, 2)
    h, t = transposed(b, x)
    try:
        flat = b.call("rt_torch_torchtensor_view", t, [6])
        assert torch.equal(flat, x.t().reshape(6))
        assert torch.equal(b.call("rt_torch_torchtensor_view", t, [-1, 3]), x.t().reshape(-1, 3))
        assert torch.equal(b.to_torch(h.value), x)
    finally:
        b.free(t.value)
        b.free(h.value)


def check_view_v2_shares_memory(b: Bridge) -> None:
    """PyTorch's view: a view of the same memory (a write through it shows in the input), and on a
    transposed tensor PyTorch's error, which names reshape."""
    x = r(2, 3)
    h = Handle(b.tensor(x))
    v = b.call("rt_torch_torchtensor_view_v2", h, [3, 2], keep=True)
    try:
        b.call("rt_torch_torchtensor_zero_", v)
        assert torch.equal(b.to_torch(h.value), torch.zeros(2, 3)), "the view shares the input's memory"
    finally:
        b.free(v.value)
        b.free(h.value)
    h, t = transposed(b, r(3, 2))
    try:
        with torch.no_grad():
            try:
                x.t().view(6)
            except RuntimeError as exc:
                expected = str(exc).splitlines()[0]
        assert "reshape" in expected
        error = expect_error(b, 7, "view size is not compatible with input tensor's size and stride", "rt_torch_torchtensor_view_v2", t, [6])
        assert "reshape" in error.message
    finally:
        b.free(t.value)
        b.free(h.value)


def check_data_of_a_view(b: Bridge) -> None:
    x = r(3, 2)
    h, t = transposed(b, x)
    try:
        assert b.call("rt_torch_torchtensor_data_f64", t) == x.t().flatten().tolist()
    finally:
        b.free(t.value)
        b.free(h.value)


def check_batch_norm_updates_running_stats(b: Bridge) -> None:
    x, rm, rv = r(4, 3, 2, 2), torch.zeros(3), torch.ones(3)
    hm, hv = Handle(b.tensor(rm)), Handle(b.tensor(rv))
    try:
        out = b.call("rt_torch_nn_batch_norm", x, hm, hv, None, None, True, 0.1, 1e-5)
        expected = F.batch_norm(x, rm, rv, None, None, True, 0.1, 1e-5)
        assert torch.equal(out, expected)
        assert torch.equal(b.to_torch(hm.value), rm) and torch.equal(b.to_torch(hv.value), rv)
        assert not torch.equal(rm, torch.zeros(3)), "the running mean moved"
    finally:
        b.free(hm.value)
        b.free(hv.value)


def check_set_grad(b: Bridge) -> None:
    h = Handle(b.tensor(r(3)))
    b.call("rt_torch_autograd_set_requires_grad", h, True)
    try:
        b.call("rt_torch_autograd_set_grad", h, r(3, seed=1))
        assert torch.equal(b.call("rt_torch_autograd_grad", h), r(3, seed=1))
        b.call("rt_torch_autograd_set_grad", h, None)  # removes it, as `t.grad = None`
        assert b.call("rt_torch_autograd_grad", h) is None
        expect_error(b, 7, "attempting to assign a gradient of size '[2]' to a tensor of size '[3]'", "rt_torch_autograd_set_grad", h, r(2))
        expect_error(b, 7, "attempting to assign a gradient with dtype 'Double' to a tensor with dtype 'Float'", "rt_torch_autograd_set_grad", h, r(3, dtype=torch.float64))
        expect_error(b, 7, "can't assign Variable as its own grad", "rt_torch_autograd_set_grad", h, h)
        assert b.call("rt_torch_autograd_grad", h) is None, "a refused gradient leaves none"
    finally:
        b.free(h.value)


def check_set_grad_then_backward_accumulates(b: Bridge) -> None:
    x = r(2, 3)
    h = Handle(b.tensor(x))
    b.call("rt_torch_autograd_set_requires_grad", h, True)
    try:
        b.call("rt_torch_autograd_set_grad", h, torch.ones(2, 3))
        s = b.call("rt_torch_torchtensor_sum_all", h, keep=True)
        b.call("rt_torch_autograd_backward", s)
        b.free(s.value)
        assert torch.equal(b.call("rt_torch_autograd_grad", h), torch.full((2, 3), 2.0))
    finally:
        b.free(h.value)


def check_sum_all_backpropagates(b: Bridge) -> None:
    h = Handle(b.tensor(r(2, 3)))
    b.call("rt_torch_autograd_set_requires_grad", h, True)
    try:
        s = b.call("rt_torch_torchtensor_mean_all", h, keep=True)
        assert b.call("rt_torch_autograd_requires_grad", s) is True
        b.call("rt_torch_autograd_backward", s)
        b.free(s.value)
        assert torch.equal(b.call("rt_torch_autograd_grad", h), torch.full((2, 3), 1.0 / 6))
    finally:
        b.free(h.value)


LEAF_IN_PLACE = "a leaf Variable that requires grad is being used in an in-place operation."


def check_in_place(name: str, make: Callable[[], tuple[Any, ...]], ref: Callable[..., Any], leaf: bool = True) -> Callable[[Bridge], None]:
    """An in-place function: the receiver afterwards equals PyTorch's in-place result, bit for
    bit and dtype included.

    With `leaf` (a receiver that can require grad): on a leaf that requires grad it fails with
    PyTorch's error, unless inside a no_grad region, where it works (what an optimizer's step
    does). An integer receiver cannot require grad: pass leaf=False.
    """

    def check(b: Bridge) -> None:
        args = make()
        expected = args[0].clone()
        ref(expected, *args[1:])
        h = Handle(b.tensor(args[0]))
        try:
            assert b.call(name, h, *args[1:]) is None
            got = b.to_torch(h.value)
            assert got.dtype == expected.dtype and torch.equal(got, expected), f"{name}: {got} != {expected}"
            if not leaf:
                return
            b.call("rt_torch_autograd_set_requires_grad", h, True)
            before = b.to_torch(h.value)
            expect_error(b, 7, LEAF_IN_PLACE, name, h, *args[1:])
            assert torch.equal(b.to_torch(h.value), before), "a refused update changes nothing"
            b.call("rt_torch_autograd_no_grad_begin_v2")
            try:
                b.call(name, h, *args[1:])
            finally:
                b.call("rt_torch_autograd_no_grad_end_v2")
            again = before.clone()
            ref(again, *args[1:])
            assert torch.equal(b.to_torch(h.value), again)
            assert b.call("rt_torch_autograd_requires_grad", h) is True, "still a leaf that requires grad"
        finally:
            b.free(h.value)

    return check


def check_in_place_is_recorded(b: Bridge) -> None:
    """On a tensor inside the graph, an in-place update is differentiated through, as in PyTorch."""
    x = r(3)
    h = Handle(b.tensor(x))
    b.call("rt_torch_autograd_set_requires_grad", h, True)
    y = b.call("rt_torch_torchtensor_mul_scalar", h, 2.0, keep=True)
    try:
        b.call("rt_torch_torchtensor_mul_", y, h)  # y = 2x * x
        s = b.call("rt_torch_torchtensor_sum_all", y, keep=True)
        b.call("rt_torch_autograd_backward", s)
        b.free(s.value)
        xt = x.clone().requires_grad_()
        yt = xt * 2.0
        yt.mul_(xt)
        yt.sum().backward()
        assert torch.equal(b.call("rt_torch_autograd_grad", h), xt.grad)
    finally:
        b.free(y.value)
        b.free(h.value)


def check_in_place_integer_multipliers(b: Bridge) -> None:
    """A whole alpha or value suits integer tensors (PyTorch's default 1 does); a fraction does not."""
    h = Handle(b.tensor(ints([1, 2, 3])))
    try:
        b.call("rt_torch_torchtensor_add_", h, ints([10, 10, 10]), 3.0)
        assert torch.equal(b.to_torch(h.value), ints([31, 32, 33]))
        b.call("rt_torch_torchtensor_addcmul_", h, ints([1, 2, 3]), ints([2, 2, 2]), 1.0)
        assert torch.equal(b.to_torch(h.value), ints([33, 36, 39]))
        expect_error(b, 7, "For integral input tensors, argument alpha must not be a floating point number", "rt_torch_torchtensor_add_", h, ints([1, 1, 1]), 0.5)
        expect_error(b, 7, "result type Float can't be cast to the desired output type Long", "rt_torch_torchtensor_add_scalar_", h, 1.5)
    finally:
        b.free(h.value)


# ------------------------------------------------------------------ the argument vocabulary: checks


def check_bad_enum(name: str, make: Callable[[], tuple[Any, ...]], param: str, bad: str = "bogus") -> Callable[[Bridge], None]:
    """An enum argument outside its set: the enum's error code (the class PyTorch raises), and
    PyTorch's message with the catalogue's values listed; NULL for an enum that is not optional
    is a `value` error."""

    def check(b: Bridge) -> None:
        fn = b.function(name)
        index = fn.param_names.index(param)
        enum = fn.params[index].type.enum
        assert enum is not None, f"{name}.{param} is not an enum"
        allowed = ", ".join(f"'{v}'" for v in enum.values)
        args = list(make())
        args[index] = bad
        code = next(e.code for e in b.catalogue.error_codes if e.name == enum.error)
        expect_error(b, code, f"{bad} is not a valid value for {param} (one of {allowed})", name, *args)
        if not fn.params[index].type.optional:
            args[index] = Raw(ffi.NULL)
            expect_error(b, VALUE, f"argument '{param}' is NULL", name, *args)

    return check


def check_bad_dtype_code(name: str, make: Callable[[], tuple[Any, ...]], param: str = "dtype") -> Callable[[Bridge], None]:
    """A dtype code the catalogue does not list (8 is c10's ComplexHalf): the `value` code, with
    the known codes in the message. -1 is None for a ScalarType?, and unknown for a ScalarType."""

    def check(b: Bridge) -> None:
        fn = b.function(name)
        index = fn.param_names.index(param)
        known = ", ".join(f"{d.code} {d.name}" for d in b.catalogue.dtypes)
        args = list(make())
        for code in (8, 99, -2) if fn.params[index].type.optional else (8, 99, -1):
            args[index] = Raw(code)
            expect_error(b, VALUE, f"argument '{param}': unknown dtype code {code} (known: {known})", name, *args)

    return check


def check_bad_device(name: str, make: Callable[[], tuple[Any, ...]], param: str = "device") -> Callable[[Bridge], None]:
    """A device type the catalogue does not list, or an index below -1: the `value` code."""

    def check(b: Bridge) -> None:
        fn = b.function(name)
        index = fn.param_names.index(param)
        known = ", ".join(f"{d.code} {d.name}" for d in b.catalogue.devices)
        args = list(make())
        args[index] = Raw(7, -1)
        expect_error(b, VALUE, f"argument '{param}': unknown device type 7 (known: {known})", name, *args)
        args[index] = Raw(0, -2)
        expect_error(b, VALUE, f"argument '{param}': device index -2 is out of range (-1 for the current device)", name, *args)

    return check


def check_bad_scalar_kind(name: str, make: Callable[[], tuple[Any, ...]], param: str) -> Callable[[Bridge], None]:
    """A Scalar kind outside -1..2 is the `value` code; -1 (None) only where the Scalar is optional."""

    def check(b: Bridge) -> None:
        fn = b.function(name)
        index = fn.param_names.index(param)
        args = list(make())
        args[index] = Raw(1.0, 1, 3)
        expect_error(b, VALUE, f"argument '{param}': unknown Scalar kind 3 (0 float, 1 int, 2 bool)", name, *args)
        if not fn.params[index].type.optional:
            args[index] = Raw(1.0, 1, -1)
            expect_error(b, VALUE, f"argument '{param}': unknown Scalar kind -1 (0 float, 1 int, 2 bool; -1, None, is not allowed here)", name, *args)

    return check


def check_scalar_kinds_are_kept_apart(b: Bridge) -> None:
    """The three halves of a Scalar: the kind decides which value is read, and the result type."""
    name = "rt_torch_tensor_full_v2"
    assert torch.equal(b.call(name, [2], Raw(2.9, 7, 1), None, None), torch.full([2], 7)), "kind int reads x_int"
    assert torch.equal(b.call(name, [2], Raw(2.5, 7, 0), None, None), torch.full([2], 2.5)), "kind float reads x"
    assert torch.equal(b.call(name, [2], Raw(0.0, 3, 2), None, None), torch.full([2], True)), "kind bool: x_int != 0"
    assert torch.equal(b.call(name, [2], Raw(1.0, 0, 2), None, None), torch.full([2], False))


def check_cuda_device_unavailable(name: str, make: Callable[[], tuple[Any, ...]]) -> Callable[[Bridge], None]:
    """A CUDA device on a build or machine without CUDA: the `unavailable` code, as PyTorch refuses it."""

    def check(b: Bridge) -> None:
        expect_error(b, UNAVAILABLE, "CUDA is not available", name, *make())

    return check


def row_major(b: Bridge, h: Handle) -> bool:
    """Whether a tensor's elements lie in row-major order, seen through the ABI: only then can it
    be viewed flat (a channels_last tensor of 4-d shape cannot)."""
    try:
        b.call("rt_torch_torchtensor_view_v2", h, [-1])
        return True
    except BridgeError as exc:
        assert exc.code == 7 and "view size is not compatible with input tensor's size and stride" in exc.message, exc.message
        return False


def channels_last(b: Bridge, x: torch.Tensor) -> Handle:
    """A bridge tensor holding x in the channels_last layout."""
    h = Handle(b.tensor(x))
    try:
        out = b.call("rt_torch_torchtensor_contiguous_v2", h, "channels_last", keep=True)
        assert isinstance(out, Handle)
        return out
    finally:
        b.free(h.value)


def check_layouts(name: str, cases: list[tuple[str, str | None, bool]], middle: tuple[Any, ...] = ()) -> Callable[[Bridge], None]:
    """A memory_format argument, seen through the ABI: for each (input layout, memory_format,
    row-major result?), the values are unchanged and the layout is the one asked for. `middle`
    are the arguments between the input and the memory_format."""

    def check(b: Bridge) -> None:
        x = r(2, 3, 4, 5)
        for layout, fmt, expect_row_major in cases:
            h = channels_last(b, x) if layout == "channels_last" else Handle(b.tensor(x))
            try:
                out = b.call(name, h, *middle, fmt, keep=True)
                try:
                    assert torch.equal(b.to_torch(out.value), x), f"{layout} -> {fmt}: values changed"
                    assert row_major(b, out) is expect_row_major, f"{name}: {layout} with memory_format={fmt}"
                finally:
                    b.free(out.value)
            finally:
                b.free(h.value)

    return check


def check_empty_layouts(b: Bridge) -> None:
    for fmt, expect_row_major in ((None, True), ("contiguous_format", True), ("channels_last", False)):
        h = b.call("rt_torch_tensor_empty_v2", [2, 3, 4, 5], torch.float64, "cpu", fmt, keep=True)
        try:
            assert b.shape(h.value) == [2, 3, 4, 5] and b.dtype(h.value) == torch.float64
            assert row_major(b, h) is expect_row_major, fmt
        finally:
            b.free(h.value)


def check_contiguous_preserve_is_refused(b: Bridge) -> None:
    h, t = transposed(b, r(3, 2))
    try:
        expect_error(b, 7, "preserve memory format is unsupported by the contiguous operator", "rt_torch_torchtensor_contiguous_v2", t, "preserve_format")
    finally:
        b.free(t.value)
        b.free(h.value)


def check_embedding_renormalises_in_place(b: Bridge) -> None:
    """max_norm renormalises the looked-up rows of the weight in place, as F.embedding does."""
    idx, w = ints([[0, 2], [2, 0]]), r(4, 3) * 4
    hw = Handle(b.tensor(w))
    try:
        out = b.call("rt_torch_nn_embedding_v2", idx, hw, None, 1.0, 2.0, False, False)
        expected = F.embedding(idx, w, max_norm=1.0)  # changes w too
        assert torch.equal(out, expected)
        assert torch.equal(b.to_torch(hw.value), w), "the weight was renormalised like PyTorch's"
        assert not torch.equal(w, r(4, 3) * 4), "rows 0 and 2 were renormalised"
    finally:
        b.free(hw.value)


def check_select_out_of_range(b: Bridge) -> None:
    expect_error(b, 2, "index 5 out of range for tensor of size [3, 4] at dimension 0", "rt_torch_torchtensor_select_int", r(3, 4), 0, 5)


def check_integer_alpha(b: Bridge) -> None:
    """A float alpha on integer tensors is refused as by PyTorch; an int alpha keeps them integer."""
    expect_error(b, 7, "For integral input tensors, argument alpha must not be a floating point number", "rt_torch_torchtensor_add_tensor", ints([1]), ints([2]), 0.5)
    assert torch.equal(b.call("rt_torch_torchtensor_add_tensor", ints([1]), ints([2]), 3), ints([7]))


def check_svd_driver_needs_cuda(b: Bridge) -> None:
    expect_error(b, 7, "keyword argument `driver=` is only supported on CUDA inputs", "rt_torch_torchtensor_linalg_svd", r(3, 3), True, "gesvd")


def check_same_padding_needs_stride_1(b: Bridge) -> None:
    expect_error(b, 7, "padding='same' is not supported for strided convolutions", "rt_torch_nn_conv2d_padding", r(1, 2, 5, 5), r(3, 2, 3, 3, seed=1), None, 2, "same", 1, 1)


def check_complex_needs_matching_dtypes(b: Bridge) -> None:
    expect_error(b, 7, "Expected object of scalar type Float but got scalar type Double for second argument", "rt_torch_torchtensor_complex", r(2), r(2, dtype=torch.float64))


# ------------------------------------------------------------------ references


def creation(op: Callable[..., torch.Tensor]) -> Callable[..., torch.Tensor]:
    """A creation function whose last two parameters are the keyword-only dtype and device."""
    return lambda *args: op(*args[:-2], dtype=args[-2], device=args[-1])


def memory_format(name: str | None) -> torch.memory_format | None:
    """A memory_format enum value as torch names it (torch.channels_last, ...)."""
    return None if name is None else getattr(torch, name)


def index_ref(x: torch.Tensor, indices: list[torch.Tensor | None]) -> torch.Tensor:
    """x[i0, i1, ...] with index tensors, as ATen's index.Tensor computes it: a None entry takes
    its dimension whole (Python's `:`, not newaxis), and no indices at all is an error (where
    Python's x[()] is x itself)."""
    result: torch.Tensor = torch.ops.aten.index.Tensor(x, indices)
    return result


def getitem_ref(x: torch.Tensor, indices: list[torch.Tensor | None]) -> torch.Tensor:
    """The same through Python's indexing, the catalogue's PyTorch counterpart."""
    return x[tuple(slice(None) if i is None else i for i in indices)]


def conv_input() -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    return r(2, 2, 6, 6), r(3, 2, 3, 3, seed=1), r(3, seed=2)


def pool_input() -> torch.Tensor:
    return r(2, 3, 7, 6)


def check_uniform_in_place(b: Bridge) -> None:
    """Tensor.uniform_ fills the receiver from the global generator: under the same seed it
    draws what PyTorch's uniform_ draws (nn.init's initialisations rest on it)."""
    h = Handle(b.tensor(torch.zeros(3, 4, dtype=torch.float64)))
    try:
        torch.manual_seed(6)
        assert b.call("rt_torch_torchtensor_uniform_", h, -2.0, 3.0) is None
        got = b.to_torch(h.value)
        torch.manual_seed(6)
        expected = torch.zeros(3, 4, dtype=torch.float64).uniform_(-2.0, 3.0)
        assert got.dtype == expected.dtype and torch.equal(got, expected), f"{got} != {expected}"
    finally:
        b.free(h.value)


def check_normal_in_place(b: Bridge) -> None:
    """Tensor.normal_ fills the receiver from the global generator: under the same seed it
    draws what PyTorch's normal_ draws, in the receiver's dtype."""
    h = Handle(b.tensor(torch.zeros(3, 4, dtype=torch.float64)))
    try:
        torch.manual_seed(5)
        assert b.call("rt_torch_torchtensor_normal_", h, 1.0, 2.0) is None
        got = b.to_torch(h.value)
        torch.manual_seed(5)
        expected = torch.zeros(3, 4, dtype=torch.float64).normal_(1.0, 2.0)
        assert got.dtype == expected.dtype and torch.equal(got, expected), f"{got} != {expected}"
    finally:
        b.free(h.value)


CASES: dict[str, list[Case]] = {
    # Library Information
    "rt_torch_available": [Case(check=check_available)],
    "rt_torch_version": [Case(torch=lambda: torch.__version__.split("+")[0])],
    "rt_torch_cuda_available": [Case(torch=lambda: torch.cuda.is_available())],
    # Tensor Creation
    "rt_torch_tensor_zeros": [
        Case(lambda: ([2, 3],), torch.zeros),
        Case(lambda: ([],), torch.zeros, label="scalar"),
        Case(lambda: ([0, 4],), torch.zeros, label="empty"),
    ],
    "rt_torch_tensor_ones": [Case(lambda: ([3, 1, 2],), torch.ones)],
    "rt_torch_tensor_randn": [Case(lambda: ([4, 5],), torch.randn, seed=7)],
    "rt_torch_tensor_rand": [Case(lambda: ([17],), torch.rand, seed=8)],
    "rt_torch_tensor_full": [Case(lambda: ([2, 2], 2.5), torch.full), Case(lambda: ([3], -1.0), torch.full)],
    "rt_torch_tensor_from_data": [
        Case(lambda: ([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [2, 3]), lambda d, s: torch.tensor(d, dtype=torch.float64).reshape(s)),
        Case(lambda: ([], [0]), lambda d, s: torch.tensor(d, dtype=torch.float64).reshape(s), label="empty"),
        Case(lambda: ([1.5], []), lambda d, s: torch.tensor(d, dtype=torch.float64).reshape(s), label="scalar"),
        Case(lambda: ([1.0, 2.0, 3.0, 4.0], [-1, 2]), lambda d, s: torch.tensor(d, dtype=torch.float64).reshape(s), label="inferred size"),
    ],
    "rt_torch_tensor_arange": [
        Case(lambda: (0.0, 5.0, 1.0), torch.arange),
        Case(lambda: (1.0, 2.0, 0.25), torch.arange),
        Case(lambda: (5.0, 0.0, -1.5), torch.arange, label="descending"),
    ],
    "rt_torch_tensor_linspace": [Case(lambda: (0.0, 1.0, 5), torch.linspace), Case(lambda: (-2.0, 2.0, 1), torch.linspace)],
    "rt_torch_tensor_eye": [Case(lambda: (3,), torch.eye), Case(lambda: (0,), torch.eye)],
    "rt_torch_tensor_empty": [Case(lambda: ([2, 3],), torch.empty, compare="meta")],
    # Element-wise Arithmetic
    "rt_torch_torchtensor_add": [
        Case(lambda: (r(2, 3), r(3)), torch.add, label="broadcast"),
        Case(lambda: (ints([1, 2]), r(2)), torch.add, label="promotion"),
        Case(lambda: (ints([1, 2]), ints([3, 4])), torch.add, label="int64"),
    ],
    "rt_torch_torchtensor_sub": [Case(lambda: (r(2, 3), r(2, 1)), torch.sub)],
    "rt_torch_torchtensor_mul": [Case(lambda: (r(4), r(4, seed=1)), torch.mul)],
    "rt_torch_torchtensor_div": [
        Case(lambda: (r(3), r(3, seed=2)), torch.div),
        Case(lambda: (ints([7, -7]), ints([2, 2])), torch.div, label="true division of ints"),
    ],
    "rt_torch_torchtensor_pow": [Case(lambda: (r(5).abs(), 2.5), torch.pow), Case(lambda: (r(3), 2.0), torch.pow)],
    "rt_torch_torchtensor_neg": [Case(lambda: (r(3),), torch.neg)],
    "rt_torch_torchtensor_abs": [Case(lambda: (r(3),), torch.abs), Case(lambda: (ints([-3, 2]),), torch.abs)],
    "rt_torch_torchtensor_sqrt": [Case(lambda: (torch.tensor([4.0, 2.0, -1.0]),), torch.sqrt, label="nan")],
    "rt_torch_torchtensor_exp": [Case(lambda: (r(3),), torch.exp)],
    "rt_torch_torchtensor_log": [Case(lambda: (torch.tensor([1.0, 0.0, 10.0, -1.0]),), torch.log, label="inf and nan")],
    "rt_torch_torchtensor_add_scalar": [Case(lambda: (r(2, 2), 1.5), torch.add), Case(lambda: (ints([1]), 0.5), torch.add)],
    "rt_torch_torchtensor_mul_scalar": [Case(lambda: (r(2, 2), -3.0), torch.mul)],
    # Activation Functions
    "rt_torch_torchtensor_relu": [Case(lambda: (r(6),), F.relu)],
    "rt_torch_torchtensor_sigmoid": [Case(lambda: (r(6),), torch.sigmoid)],
    "rt_torch_torchtensor_tanh": [Case(lambda: (r(6),), torch.tanh)],
    "rt_torch_torchtensor_leaky_relu": [Case(lambda: (r(6), 0.2), F.leaky_relu), Case(lambda: (r(6), 0.01), F.leaky_relu)],
    "rt_torch_torchtensor_gelu": [Case(lambda: (r(6),), F.gelu)],
    "rt_torch_torchtensor_softmax": [Case(lambda: (r(2, 3), 1), torch.softmax), Case(lambda: (r(2, 3), -2), torch.softmax)],
    "rt_torch_torchtensor_log_softmax": [Case(lambda: (r(2, 3), 1), torch.log_softmax)],
    # Linear Algebra
    "rt_torch_torchtensor_matmul": [
        Case(lambda: (r(2, 3), r(3, 4)), torch.matmul),
        Case(lambda: (r(2, 2, 3), r(3, 2)), torch.matmul, label="batched"),
        Case(lambda: (r(3), r(3, seed=1)), torch.matmul, label="vectors"),
    ],
    "rt_torch_torchtensor_dot": [Case(lambda: (r(4), r(4, seed=3)), torch.dot)],
    "rt_torch_torchtensor_transpose": [Case(lambda: (r(2, 3, 4), 0, 2), torch.transpose), Case(lambda: (r(2, 3), -1, 0), torch.transpose)],
    "rt_torch_torchtensor_t": [Case(lambda: (r(2, 3),), torch.t), Case(lambda: (r(3),), torch.t, label="1-d")],
    "rt_torch_torchtensor_norm": [Case(lambda: (r(3, 4),), lambda x: torch.linalg.vector_norm(x).item())],
    "rt_torch_torchtensor_det": [Case(lambda: (r(3, 3),), lambda x: torch.linalg.det(x).item())],
    "rt_torch_torchtensor_inverse": [Case(lambda: (r(3, 3) + 3 * torch.eye(3),), torch.linalg.inv)],
    "rt_torch_torchtensor_svd": [
        Case(lambda: (r(4, 3),), lambda x: torch.linalg.svd(x, full_matrices=False).U, label="U only"),
        Case(lambda: (r(2, 3, 5),), lambda x: torch.linalg.svd(x, full_matrices=False).U, label="batch, wide"),
    ],
    "rt_torch_torchtensor_eig": [
        Case(lambda: (r(3, 3),), lambda x: torch.linalg.eig(x).eigenvalues.real, label="real parts"),
        Case(lambda: (torch.tensor([[0.0, -1.0], [1.0, 0.0]]),), lambda x: torch.linalg.eig(x).eigenvalues.real, label="complex eigenvalues"),
    ],
    # Reductions
    "rt_torch_torchtensor_sum": [Case(lambda: (r(3, 4),), lambda x: torch.sum(x).item()), Case(lambda: (ints([1, 2, 3]),), lambda x: torch.sum(x).item())],
    "rt_torch_torchtensor_sum_dim": [
        Case(lambda: (r(2, 3), 1, True), lambda x, d, k: torch.sum(x, d, keepdim=k)),
        Case(lambda: (r(2, 3), -2, False), lambda x, d, k: torch.sum(x, d, keepdim=k)),
    ],
    "rt_torch_torchtensor_mean": [Case(lambda: (r(3, 4),), lambda x: torch.mean(x).item())],
    "rt_torch_torchtensor_mean_dim": [Case(lambda: (r(2, 3), 0, False), lambda x, d, k: torch.mean(x, d, keepdim=k))],
    "rt_torch_torchtensor_max": [Case(lambda: (r(3, 4),), lambda x: torch.max(x).item())],
    "rt_torch_torchtensor_max_dim": [
        Case(lambda: (r(3, 4), 1, False), lambda x, d, k: torch.max(x, d, keepdim=k).values, label="values only"),
        Case(lambda: (ints([[3, 9], [7, 1]]), 0, True), lambda x, d, k: torch.max(x, d, keepdim=k).values, label="int64, keepdim"),
    ],
    "rt_torch_torchtensor_min": [Case(lambda: (r(3, 4),), lambda x: torch.min(x).item())],
    "rt_torch_torchtensor_min_dim": [Case(lambda: (r(3, 4), 0, True), lambda x, d, k: torch.min(x, d, keepdim=k).values, label="values only")],
    "rt_torch_torchtensor_argmax": [
        Case(lambda: (r(3, 4), 1, False), reference_argmax),
        Case(lambda: (r(3, 4), -1, False), lambda x, d, k: torch.argmax(x), label="dim -1: over the flattened tensor"),
        Case(lambda: (r(3, 4), -2, True), lambda x, d, k: torch.argmax(x, None, keepdim=True), label="negative dim, keepdim"),
        Case(lambda: (r(2, 3, 4), -7, False), lambda x, d, k: torch.argmax(x.flatten()), label="any negative dim, 3-d"),
    ],
    "rt_torch_torchtensor_argmin": [
        Case(lambda: (r(3, 4), 0, False), reference_argmin),
        Case(lambda: (r(3, 4), 1, True), reference_argmin, label="keepdim"),
        Case(lambda: (r(3, 4), -1, False), lambda x, d, k: torch.argmin(x), label="dim -1: over the flattened tensor"),
        Case(lambda: (r(3, 4), -1, True), lambda x, d, k: torch.argmin(x, None, keepdim=True), label="negative dim, keepdim"),
    ],
    "rt_torch_torchtensor_std": [Case(lambda: (r(10),), lambda x: torch.std(x).item())],
    "rt_torch_torchtensor_var": [Case(lambda: (r(10),), lambda x: torch.var(x).item()), Case(lambda: (r(1),), quiet_var, label="one element")],
    # Shape Manipulation
    "rt_torch_torchtensor_ndim": [Case(lambda: (r(2, 3, 4),), lambda x: x.dim()), Case(lambda: (torch.tensor(1.0),), lambda x: x.dim())],
    "rt_torch_torchtensor_numel": [Case(lambda: (r(2, 3, 4),), torch.numel)],
    "rt_torch_torchtensor_stride": [Case(lambda: (r(2, 3, 4),), lambda x: list(x.stride())), Case(check=lambda b: check_strides_of_a_view(b))],
    "rt_torch_torchtensor_stride_int": [Case(lambda: (r(2, 3, 4), 1), lambda x, d: x.stride(d)), Case(lambda: (r(2, 3, 4), -3), lambda x, d: x.stride(d))],
    "rt_torch_torchtensor_storage_offset": [Case(lambda: (r(5),), lambda x: x.storage_offset())],
    "rt_torch_torchtensor_is_contiguous": [
        Case(lambda: (r(2, 3), "contiguous_format"), lambda x, f: x.is_contiguous(memory_format=getattr(torch, f))),
        Case(lambda: (r(2, 3, 4, 5), "channels_last"), lambda x, f: x.is_contiguous(memory_format=getattr(torch, f))),
    ],
    "rt_torch_torchtensor_is_complex": [Case(lambda: (r(2),), torch.is_complex), Case(check=lambda b: check_is_complex(b), label="complex")],
    "rt_torch_torchtensor_is_floating_point": [Case(lambda: (r(2),), torch.is_floating_point), Case(lambda: (ints([1]),), torch.is_floating_point)],
    "rt_torch_torchtensor_element_size": [Case(lambda: (r(2),), lambda x: x.element_size()), Case(lambda: (ints([1]),), lambda x: x.element_size())],
    "rt_torch_torchtensor_type_as": [Case(lambda: (r(2), ints([1])), lambda x, o: x.type_as(o)), Case(lambda: (ints([3]), r(1)), lambda x, o: x.type_as(o))],
    "rt_torch_torchtensor_shape": [Case(lambda: (r(2, 3, 4, 5, 6),), lambda x: list(x.shape)), Case(lambda: (torch.tensor(2.0),), lambda x: list(x.shape))],
    "rt_torch_torchtensor_reshape": [Case(lambda: (r(2, 6), [3, -1]), torch.reshape)],
    "rt_torch_torchtensor_view": [
        Case(lambda: (r(2, 6), [4, 3]), lambda x, d: x.contiguous().view(d)),
        Case(lambda: (r(2, 6), [-1]), lambda x, d: x.contiguous().view(d), label="inferred size"),
        Case(lambda: (r(3, 2).t(), [6]), lambda x, d: x.reshape(d), label="non-contiguous: reshape's values"),
        Case(check=check_view_of_a_transposed_tensor, label="never fails on strides"),
    ],
    "rt_torch_torchtensor_permute": [Case(lambda: (r(2, 3, 4), [2, 0, 1]), torch.permute)],
    "rt_torch_torchtensor_squeeze": [Case(lambda: (r(1, 3, 1, 2),), torch.squeeze)],
    "rt_torch_torchtensor_squeeze_dim": [Case(lambda: (r(1, 3, 1), 2), torch.squeeze), Case(lambda: (r(2, 3), 0), torch.squeeze, label="not size 1")],
    "rt_torch_torchtensor_unsqueeze": [Case(lambda: (r(2, 3), 1), torch.unsqueeze), Case(lambda: (r(2, 3), -1), torch.unsqueeze)],
    "rt_torch_torchtensor_flatten": [Case(lambda: (r(2, 3, 4),), torch.flatten)],
    "rt_torch_torchtensor_contiguous": [Case(lambda: (r(3, 2),), lambda x: x.contiguous()), Case(check=check_contiguous, label="of a transposed view")],
    # Indexing and Slicing
    "rt_torch_torchtensor_slice": [
        Case(lambda: (r(4, 6), 1, 1, 5, 2), slice_ref),
        Case(lambda: (r(5), 0, -3, 100, 1), slice_ref, label="negative start, clamped end"),
    ],
    "rt_torch_torchtensor_index_select": [Case(lambda: (r(4, 3), 0, ints([2, 0, 2])), torch.index_select)],
    "rt_torch_torchtensor_gather": [Case(lambda: (r(3, 4), 1, ints([[0, 1], [2, 3], [1, 1]])), torch.gather)],
    "rt_torch_torchtensor_cat": [Case(lambda: ([r(2, 3), r(1, 3, seed=1)], 0), torch.cat), Case(lambda: ([r(2, 1), r(2, 2)], -1), torch.cat)],
    "rt_torch_torchtensor_stack": [Case(lambda: ([r(2, 3), r(2, 3, seed=4)], 1), torch.stack)],
    "rt_torch_torchtensor_chunk": [
        Case(lambda: (r(5, 2), 3, 0), lambda x, c, d: list(torch.chunk(x, c, d))),
        Case(lambda: (r(4), 3, 0), lambda x, c, d: list(torch.chunk(x, c, d)), label="fewer pieces"),
        Case(lambda: (r(2, 12), 8, 1), lambda x, c, d: list(torch.chunk(x, c, d)), label="more than 4"),
    ],
    # Neural Network Operations
    "rt_torch_nn_conv2d": [
        Case(lambda: (r(1, 2, 5, 5), r(3, 2, 3, 3, seed=1), r(3), [1, 1], [1, 1], [1, 1], 1), F.conv2d),
        Case(lambda: (r(2, 4, 6, 6), r(4, 2, 3, 3, seed=2), None, [2, 2], [0, 0], [1, 1], 2), F.conv2d, label="groups, no bias"),
    ],
    "rt_torch_nn_max_pool2d": [
        Case(lambda: (r(1, 2, 4, 4), [2, 2], [2, 2], [0, 0]), F.max_pool2d),
        Case(lambda: (r(1, 1, 5, 5), [3, 3], [], [1, 1]), F.max_pool2d, label="stride defaults to kernel"),
    ],
    "rt_torch_nn_avg_pool2d": [Case(lambda: (r(1, 2, 4, 4), [2, 2], [1, 1], [1, 1]), F.avg_pool2d)],
    "rt_torch_nn_batch_norm": [
        Case(lambda: (r(4, 3, 2, 2), r(3).abs(), r(3, seed=1).abs() + 1, r(3, seed=2), r(3, seed=3), False, 0.1, 1e-5), F.batch_norm, label="eval"),
        Case(check=check_batch_norm_updates_running_stats, label="training updates running stats"),
        Case(check=check_batch_norm_eps_in_training, label="eps must be positive in training, also for an empty input"),
    ],
    "rt_torch_nn_layer_norm": [Case(lambda: (r(2, 3, 4), [4], r(4), r(4, seed=1), 1e-5), F.layer_norm), Case(lambda: (r(2, 3), [2, 3], None, None, 1e-5), F.layer_norm)],
    "rt_torch_nn_dropout": [
        Case(lambda: (r(8, 8), 0.5, True), F.dropout, seed=11),
        Case(lambda: (r(8), 0.5, False), F.dropout, label="not training"),
    ],
    "rt_torch_nn_linear": [
        Case(lambda: (r(2, 3), r(4, 3, seed=1), r(4)), F.linear),
        Case(lambda: (r(2, 5, 3), r(4, 3, seed=1), r(4, seed=2)), F.linear, label="batched"),
        Case(check=check_linear_requires_a_bias, label="bias is required"),
    ],
    "rt_torch_nn_embedding": [Case(lambda: (ints([[0, 2], [1, 0]]), r(3, 4)), F.embedding)],
    # Loss Functions
    "rt_torch_nn_mse_loss": [Case(lambda: (r(3, 4), r(3, 4, seed=1)), lambda x, t: F.mse_loss(x, t).item())],
    "rt_torch_nn_cross_entropy": [
        Case(lambda: (r(4, 5), ints([1, 0, 4, 2])), lambda x, t: F.cross_entropy(x, t).item()),
        Case(lambda: (r(4, 5), torch.softmax(r(4, 5, seed=1), 1)), lambda x, t: F.cross_entropy(x, t).item(), label="probabilities"),
    ],
    "rt_torch_nn_binary_cross_entropy": [
        Case(lambda: (torch.sigmoid(r(6)), torch.rand(6, generator=gen(3))), lambda x, t: F.binary_cross_entropy(x, t).item())
    ],
    "rt_torch_nn_nll_loss": [Case(lambda: (torch.log_softmax(r(4, 5), 1), ints([1, 0, 4, 2])), lambda x, t: F.nll_loss(x, t).item())],
    # Autograd
    "rt_torch_autograd_set_requires_grad": [Case(check=check_set_requires_grad)],
    "rt_torch_autograd_requires_grad": [Case(lambda: (r(2),), lambda x: x.requires_grad)],
    "rt_torch_warning_count": [Case(lambda: (), lambda: 0), Case(check=check_warnings, label="after a warning")],
    "rt_torch_warning_message": [Case(lambda: (0,), lambda i: ""), Case(check=check_warnings, label="after a warning")],
    "rt_torch_warning_kind": [Case(lambda: (0,), lambda i: -1), Case(check=check_warnings, label="after a warning")],
    "rt_torch_autograd_is_leaf": [Case(lambda: (r(2),), lambda x: x.is_leaf), Case(check=check_graph_facts, label="recorded result"), Case(check=check_is_leaf, label="requires grad")],
    "rt_torch_autograd_grad_fn_name": [Case(lambda: (r(2),), lambda x: ""), Case(check=check_grad_fn_names, label="recorded results")],
    "rt_torch_autograd_has_grad_fn": [Case(lambda: (r(2),), lambda x: x.grad_fn is not None), Case(check=check_graph_facts, label="recorded result")],
    "rt_torch_autograd_data": [Case(lambda: (r(3),), lambda x: x.data)],
    "rt_torch_autograd_set_data": [Case(check=check_set_data)],
    "rt_torch_torchtensor_device_type": [Case(lambda: (r(2),), lambda x: 0)],
    "rt_torch_torchtensor_size_dim": [Case(lambda: (r(2, 3), 1), lambda x, d: x.size(d)), Case(lambda: (r(2, 3), -2), lambda x, d: x.size(d), label="negative")],
    "rt_torch_autograd_grad": [Case(check=check_grad_and_backward)],
    "rt_torch_autograd_backward": [Case(check=check_grad_and_backward), Case(check=check_backward_needs_a_scalar, label="non-scalar")],
    "rt_torch_autograd_backward_v2": [Case(check=check_backward_v2), Case(check=lambda b: check_backward_needs_a_scalar(b, "rt_torch_autograd_backward_v2", None, None, False), label="non-scalar, no gradient")],
    "rt_torch_autograd_zero_grad": [Case(check=check_zero_grad)],
    "rt_torch_autograd_detach": [Case(lambda: (r(3),), lambda x: x.detach()), Case(check=check_detach, label="cuts the graph")],
    "rt_torch_autograd_no_grad_begin": [
        Case(check=check_no_grad_guard, label="idempotent, not nested"),
        Case(check=check_no_grad_restores_a_disabled_mode("rt_torch_autograd_no_grad_begin", "rt_torch_autograd_no_grad_end"), label="restores"),
    ],
    "rt_torch_autograd_no_grad_end": [
        Case(check=check_no_grad_guard, label="deletes the guard"),
        Case(check=check_no_grad_end_without_begin, label="without a guard"),
    ],
    # Device Management
    "rt_torch_torchtensor_cuda": [
        Case(check=check_cuda_unavailable, label="cpu build", extra={"cpu_only": True}),
        Case(lambda: (r(3), 0), lambda x, d: x.cuda(d), cuda=True),
        Case(check=check_cuda_round_trip, cuda=True, label="round trip"),
    ],
    "rt_torch_torchtensor_cpu": [Case(lambda: (r(3),), lambda x: x.cpu())],
    "rt_torch_torchtensor_is_cuda": [Case(lambda: (r(3),), lambda x: x.is_cuda)],
    "rt_torch_torchtensor_device": [Case(lambda: (r(3),), lambda x: x.get_device())],
    "rt_torch_torchtensor_to_stream": [
        Case(check=check_to_stream_ignores_the_stream, label="cpu build", extra={"cpu_only": True}),
        Case(check=check_cuda_to_stream_ignores_the_stream, cuda=True, label="stream ignored"),
    ],
    "rt_torch_torchtensor_clone": [Case(lambda: (r(2, 2),), torch.clone)],
    # CUDA Streams
    "rt_torch_stream_create": [
        Case(check=check_stream_create_unavailable, label="cpu build", extra={"cpu_only": True}),
        Case(check=check_cuda_streams, cuda=True, label="cuda"),
    ],
    "rt_torch_torchstream_sync": [
        Case(check=check_stream_function_ignores_unknown_handles("rt_torch_torchstream_sync", None), label="unknown handles"),
        Case(check=check_cuda_streams, cuda=True, label="on a stream"),
    ],
    "rt_torch_torchstream_query": [
        Case(check=check_stream_function_ignores_unknown_handles("rt_torch_torchstream_query", True), label="unknown handles"),
        Case(check=check_cuda_streams, cuda=True, label="on a stream"),
    ],
    "rt_torch_torchstream_free": [Case(check=check_stream_function_rejects_bad_handles("rt_torch_torchstream_free"))],
    # Memory Management
    "rt_torch_torchtensor_free": [Case(check=check_free), Case(check=check_free_keeps_views_alive, label="views outlive the handle")],
    "rt_torch_cuda_memory_allocated": [Case(lambda: (0,), torch.cuda.memory_allocated), Case(check=check_cuda_memory, cuda=True, label="cuda")],
    "rt_torch_cuda_max_memory_allocated": [Case(lambda: (0,), torch.cuda.max_memory_allocated)],
    "rt_torch_cuda_empty_cache": [Case(torch=torch.cuda.empty_cache)],
    # Extensions
    "rt_torch_error_code": [Case(check=check_error_state)],
    "rt_torch_error_message": [Case(check=check_error_state)],
    "rt_torch_error_clear": [Case(check=check_error_state)],
    "rt_torch_live_handles": [Case(check=check_live_handles)],
    "rt_torch_torchtensor_to_dlpack": [Case(check=check_dlpack_round_trip)],
    "rt_torch_tensor_from_dlpack": [Case(check=check_dlpack_round_trip)],
    "rt_torch_dlpack_free": [Case(check=check_dlpack_free)],
    "rt_torch_torchtensor_release": [Case(check=check_release)],
    "rt_torch_manual_seed": [Case(check=check_manual_seed)],
    "rt_torch_set_num_threads": [Case(check=check_num_threads)],
    "rt_torch_get_num_threads": [Case(check=check_num_threads)],
    "rt_torch_set_default_dtype": [Case(check=check_default_dtype)],
    "rt_torch_get_default_dtype": [Case(check=check_default_dtype)],
    "rt_torch_cuda_device_count": [Case(torch=torch.cuda.device_count)],
    "rt_torch_tensor_from_i64": [Case(lambda: ([1, -2, 3, 4], [2, 2]), lambda d, s: torch.tensor(d, dtype=torch.int64).reshape(s))],
    "rt_torch_torchtensor_item": [Case(lambda: (torch.tensor([2.5]),), lambda x: x.item()), Case(lambda: (ints(7),), lambda x: x.item())],
    "rt_torch_torchtensor_data_f64": [
        Case(lambda: (r(2, 3),), lambda x: x.flatten().tolist()),
        Case(check=check_data_of_a_view, label="non-contiguous"),
        Case(check=check_data_rejects_complex, label="complex"),
    ],
    "rt_torch_torchtensor_data_i64": [
        Case(lambda: (ints([[1, -2], [3, 4]]),), lambda x: x.to(torch.int64).flatten().tolist()),
        Case(lambda: (torch.tensor([1.7, -1.7]),), lambda x: x.to(torch.int64).flatten().tolist(), label="truncates"),
    ],
    "rt_torch_torchtensor_dtype": [
        Case(lambda: (r(2),), lambda x: x.dtype),
        Case(lambda: (ints([1]),), lambda x: x.dtype),
        Case(lambda: (torch.tensor([True]),), lambda x: x.dtype),
        Case(lambda: (r(2, dtype=torch.float16),), lambda x: x.dtype, label="float16"),
    ],
    "rt_torch_torchtensor_to_dtype": [
        Case(lambda: (r(3), torch.float64), lambda x, dt: x.to(dt)),
        Case(lambda: (torch.tensor([1.9, -0.5]), torch.int64), lambda x, dt: x.to(dt), label="truncates"),
        Case(lambda: (r(3), torch.bool), lambda x, dt: x.to(dt)),
        Case(lambda: (r(3), torch.bfloat16), lambda x, dt: x.to(dt), label="bfloat16"),
        Case(check=check_bad_dtype_code("rt_torch_torchtensor_to_dtype", lambda: (r(3), torch.float32)), label="bad dtype code"),
    ],
    "rt_torch_torchtensor_real": [Case(lambda: (r(3),), torch.real)],
    "rt_torch_torchtensor_imag": [Case(check=check_imag), Case(check=lambda b: check_imag_of_a_conjugate(b), label="of a conjugate")],
    "rt_torch_torchtensor_sum_all": [
        Case(lambda: (r(3, 4),), torch.sum),
        Case(lambda: (ints([1, 2, 3]),), torch.sum, label="int64"),
        Case(lambda: (torch.tensor([True, False, True]),), torch.sum, label="bool"),
        Case(check=check_set_grad_then_backward_accumulates, label="backpropagates"),
    ],
    "rt_torch_torchtensor_mean_all": [
        Case(lambda: (r(3, 4),), torch.mean),
        Case(lambda: (torch.zeros(0),), torch.mean, label="empty"),
        Case(check=check_sum_all_backpropagates, label="backpropagates"),
    ],
    "rt_torch_torchtensor_max_all": [Case(lambda: (r(3, 4),), torch.max), Case(lambda: (ints([3, -1, 7]),), torch.max, label="int64")],
    "rt_torch_torchtensor_min_all": [Case(lambda: (r(3, 4),), torch.min), Case(lambda: (ints([3, -1, 7]),), torch.min, label="int64")],
    "rt_torch_torchtensor_div_scalar": [
        Case(lambda: (r(2, 3), 3.0), torch.div),
        Case(lambda: (ints([1, 2, 3]), 2.5), torch.div, label="int64 gives float32"),
        Case(lambda: (r(3, dtype=torch.float64), 0.1), torch.div, label="float64"),
    ],
    "rt_torch_torchtensor_maximum": [
        Case(lambda: (r(2, 3), r(3, seed=1)), torch.maximum, label="broadcast"),
        Case(lambda: (torch.tensor([1.0, float("nan")]), torch.tensor([2.0, 0.0])), torch.maximum, label="nan"),
        Case(lambda: (ints([1, 5]), r(2)), torch.maximum, label="promotion"),
    ],
    "rt_torch_autograd_set_grad": [Case(check=check_set_grad), Case(check=check_set_grad_then_backward_accumulates, label="backward accumulates")],
    "rt_torch_torchtensor_add_": [
        Case(check=check_in_place("rt_torch_torchtensor_add_", lambda: (r(2, 3), r(3, seed=1), -0.25), lambda t, o, a: t.add_(o, alpha=a))),
        Case(check=check_in_place_is_recorded, label="inside the graph"),
        Case(check=check_in_place_integer_multipliers, label="integer tensors"),
    ],
    "rt_torch_torchtensor_add_scalar_": [
        Case(check=check_in_place("rt_torch_torchtensor_add_scalar_", lambda: (r(2, 3), 1e-8), lambda t, s: t.add_(s)))
    ],
    "rt_torch_torchtensor_add_tensor_": [
        Case(check=check_in_place("rt_torch_torchtensor_add_tensor_", lambda: (r(2, 3), r(3, seed=1), -0.25), lambda t, o, a: t.add_(o, alpha=a))),
        Case(check=check_in_place("rt_torch_torchtensor_add_tensor_", lambda: (ints([1, 2]), ints([3, 4]), 2), lambda t, o, a: t.add_(o, alpha=a), leaf=False), label="int alpha"),
    ],
    "rt_torch_torchtensor_add_scalar_v2_": [
        Case(check=check_in_place("rt_torch_torchtensor_add_scalar_v2_", lambda: (r(2, 3), 1e-8, 1), lambda t, s, a: t.add_(s, alpha=a))),
        Case(check=check_in_place("rt_torch_torchtensor_add_scalar_v2_", lambda: (ints([1, 2]), 2, 3), lambda t, s, a: t.add_(s, alpha=a), leaf=False), label="int scalar"),
    ],
    "rt_torch_torchtensor_mul_scalar_v2_": [
        Case(check=check_in_place("rt_torch_torchtensor_mul_scalar_v2_", lambda: (r(4), 0.9), lambda t, s: t.mul_(s))),
        Case(check=check_in_place("rt_torch_torchtensor_mul_scalar_v2_", lambda: (ints([1, 2]), 3), lambda t, s: t.mul_(s), leaf=False), label="int scalar"),
    ],
    "rt_torch_torchtensor_mul_": [
        Case(check=check_in_place("rt_torch_torchtensor_mul_", lambda: (r(2, 3), r(2, 1, seed=1)), lambda t, o: t.mul_(o))),
        Case(check=check_in_place_is_recorded, label="inside the graph"),
    ],
    "rt_torch_torchtensor_mul_scalar_": [
        Case(check=check_in_place("rt_torch_torchtensor_mul_scalar_", lambda: (r(4), 0.9), lambda t, s: t.mul_(s)))
    ],
    "rt_torch_torchtensor_addcmul_": [
        Case(check=check_in_place("rt_torch_torchtensor_addcmul_", lambda: (r(2, 3), r(2, 3, seed=1), r(3, seed=2), 0.001), lambda t, a, c, v: t.addcmul_(a, c, value=v))),
        Case(check=check_in_place_integer_multipliers, label="integer tensors"),
    ],
    "rt_torch_torchtensor_addcdiv_": [
        Case(check=check_in_place("rt_torch_torchtensor_addcdiv_", lambda: (r(2, 3), r(2, 3, seed=1), r(2, 3, seed=2).abs() + 0.1, -0.01), lambda t, a, c, v: t.addcdiv_(a, c, value=v)))
    ],
    "rt_torch_torchtensor_lerp_": [
        Case(check=check_in_place("rt_torch_torchtensor_lerp_", lambda: (r(5), r(5, seed=1), 0.1), lambda t, e, w: t.lerp_(e, w))),
        Case(check=check_in_place("rt_torch_torchtensor_lerp_", lambda: (r(5), r(5, seed=1), 0.75), lambda t, e, w: t.lerp_(e, w)), label="weight above 0.5"),
    ],
    "rt_torch_torchtensor_zero_": [Case(check=check_in_place("rt_torch_torchtensor_zero_", lambda: (r(2, 3),), lambda t: t.zero_()))],
    "rt_torch_torchtensor_copy_": [
        Case(check=check_in_place("rt_torch_torchtensor_copy_", lambda: (r(2, 3), r(3, seed=1)), lambda t, s: t.copy_(s)), label="broadcast"),
        Case(check=check_in_place("rt_torch_torchtensor_copy_", lambda: (r(3), ints([1, 2, 3])), lambda t, s: t.copy_(s)), label="converts dtype"),
    ],
    # in-place updates of family A (sub_, div_, fill_, clamp_, unary and masked forms)
    "rt_torch_torchtensor_sub_tensor_": [
        Case(check=check_in_place("rt_torch_torchtensor_sub_tensor_", lambda: (r(2, 3), r(3, seed=1), 0.5), lambda t, o, a: t.sub_(o, alpha=a))),
        Case(check=check_in_place("rt_torch_torchtensor_sub_tensor_", lambda: (ints([5, 6]), ints([1, 2]), 2), lambda t, o, a: t.sub_(o, alpha=a), leaf=False), label="int alpha"),
    ],
    "rt_torch_torchtensor_sub_scalar_": [
        Case(check=check_in_place("rt_torch_torchtensor_sub_scalar_", lambda: (r(4), 0.25, 1), lambda t, s, a: t.sub_(s, alpha=a))),
        Case(check=check_in_place("rt_torch_torchtensor_sub_scalar_", lambda: (ints([5, 6]), 2, 3), lambda t, s, a: t.sub_(s, alpha=a), leaf=False), label="int scalar"),
    ],
    "rt_torch_torchtensor_div_tensor_": [
        Case(check=check_in_place("rt_torch_torchtensor_div_tensor_", lambda: (r(2, 3), r(3, seed=1).abs() + 0.5), lambda t, o: t.div_(o))),
    ],
    "rt_torch_torchtensor_div_tensor_mode_": [
        Case(check=check_in_place("rt_torch_torchtensor_div_tensor_mode_", lambda: (ints([7, -7]), ints([2, 2]), "floor"), lambda t, o, m: t.div_(o, rounding_mode=m), leaf=False), label="floor"),
        Case(check=check_in_place("rt_torch_torchtensor_div_tensor_mode_", lambda: (r(4), r(4, seed=1), "trunc"), lambda t, o, m: t.div_(o, rounding_mode=m)), label="trunc"),
        Case(check=check_in_place("rt_torch_torchtensor_div_tensor_mode_", lambda: (r(4), r(4, seed=1), None), lambda t, o, m: t.div_(o, rounding_mode=m)), label="true division"),
    ],
    "rt_torch_torchtensor_div_scalar_": [Case(check=check_in_place("rt_torch_torchtensor_div_scalar_", lambda: (r(2, 3), 0.3), lambda t, s: t.div_(s)))],
    "rt_torch_torchtensor_div_scalar_mode_": [
        Case(check=check_in_place("rt_torch_torchtensor_div_scalar_mode_", lambda: (ints([7, -7]), 2, "trunc"), lambda t, s, m: t.div_(s, rounding_mode=m), leaf=False), label="trunc"),
        Case(check=check_in_place("rt_torch_torchtensor_div_scalar_mode_", lambda: (r(4), 0.3, "floor"), lambda t, s, m: t.div_(s, rounding_mode=m)), label="floor"),
    ],
    "rt_torch_torchtensor_fill_scalar_": [
        Case(check=check_in_place("rt_torch_torchtensor_fill_scalar_", lambda: (r(2, 3), 1.5), lambda t, v: t.fill_(v))),
        Case(check=check_in_place("rt_torch_torchtensor_fill_scalar_", lambda: (ints([1, 2]), 7), lambda t, v: t.fill_(v), leaf=False), label="int"),
    ],
    "rt_torch_torchtensor_fill_tensor_": [Case(check=check_in_place("rt_torch_torchtensor_fill_tensor_", lambda: (r(2, 3), torch.tensor(-2.5)), lambda t, v: t.fill_(v)))],
    "rt_torch_torchtensor_clamp_": [
        Case(check=check_in_place("rt_torch_torchtensor_clamp_", lambda: (r(2, 3), -0.5, 0.5), lambda t, lo, hi: t.clamp_(lo, hi))),
        Case(check=check_in_place("rt_torch_torchtensor_clamp_", lambda: (ints([-3, 0, 9]), None, 2), lambda t, lo, hi: t.clamp_(lo, hi), leaf=False), label="max only, int"),
    ],
    "rt_torch_torchtensor_clamp_tensor_": [
        Case(check=check_in_place("rt_torch_torchtensor_clamp_tensor_", lambda: (r(2, 3), r(3, seed=1) - 1, r(3, seed=1) + 1), lambda t, lo, hi: t.clamp_(lo, hi))),
        Case(check=check_in_place("rt_torch_torchtensor_clamp_tensor_", lambda: (r(4), torch.zeros(4), None), lambda t, lo, hi: t.clamp_(lo, hi)), label="min only"),
    ],
    "rt_torch_torchtensor_sqrt_": [Case(check=check_in_place("rt_torch_torchtensor_sqrt_", lambda: (r(2, 3).abs(),), lambda t: t.sqrt_()))],
    "rt_torch_torchtensor_exp_": [Case(check=check_in_place("rt_torch_torchtensor_exp_", lambda: (r(2, 3),), lambda t: t.exp_()))],
    "rt_torch_torchtensor_log_": [Case(check=check_in_place("rt_torch_torchtensor_log_", lambda: (r(2, 3).abs() + 3,), lambda t: t.log_()))],
    "rt_torch_torchtensor_neg_": [
        Case(check=check_in_place("rt_torch_torchtensor_neg_", lambda: (r(2, 3),), lambda t: t.neg_())),
        Case(check=check_in_place("rt_torch_torchtensor_neg_", lambda: (ints([1, -2]),), lambda t: t.neg_(), leaf=False), label="int"),
    ],
    "rt_torch_torchtensor_abs_": [
        Case(check=check_in_place("rt_torch_torchtensor_abs_", lambda: (r(2, 3),), lambda t: t.abs_())),
        Case(check=check_in_place("rt_torch_torchtensor_abs_", lambda: (ints([1, -2]),), lambda t: t.abs_(), leaf=False), label="int"),
    ],
    "rt_torch_torchtensor_pow_scalar_": [
        Case(check=check_in_place("rt_torch_torchtensor_pow_scalar_", lambda: (r(2, 3).abs(), 1.5), lambda t, e: t.pow_(e))),
        Case(check=check_in_place("rt_torch_torchtensor_pow_scalar_", lambda: (ints([2, -3]), 3), lambda t, e: t.pow_(e), leaf=False), label="int"),
    ],
    "rt_torch_torchtensor_pow_tensor_": [Case(check=check_in_place("rt_torch_torchtensor_pow_tensor_", lambda: (r(2, 3).abs(), r(3, seed=1)), lambda t, e: t.pow_(e)))],
    "rt_torch_torchtensor_masked_fill_scalar_": [
        Case(check=check_in_place("rt_torch_torchtensor_masked_fill_scalar_", lambda: (r(2, 3), r(3, seed=1) > 0, -1.0), lambda t, m, v: t.masked_fill_(m, v)))
    ],
    "rt_torch_torchtensor_masked_fill_tensor_": [
        Case(check=check_in_place("rt_torch_torchtensor_masked_fill_tensor_", lambda: (r(2, 3), r(2, 3, seed=1) > 0, torch.tensor(9.0)), lambda t, m, v: t.masked_fill_(m, v)))
    ],
    # the in-place operators (a //= b, a %= b, a &= b, ...) and t[index] = value
    "rt_torch_torchtensor_floor_divide_tensor_": [Case(check=check_in_place("rt_torch_torchtensor_floor_divide_tensor_", lambda: (r(2, 3), r(3, seed=1).abs() + 0.5), lambda t, o: t.floor_divide_(o)))],
    "rt_torch_torchtensor_floor_divide_scalar_": [Case(check=check_in_place("rt_torch_torchtensor_floor_divide_scalar_", lambda: (ints([7, -7, 5]), 2), lambda t, o: t.floor_divide_(o), leaf=False))],
    "rt_torch_torchtensor_remainder_tensor_": [Case(check=check_in_place("rt_torch_torchtensor_remainder_tensor_", lambda: (r(2, 3), r(3, seed=1).abs() + 0.5), lambda t, o: t.remainder_(o)))],
    "rt_torch_torchtensor_remainder_scalar_": [Case(check=check_in_place("rt_torch_torchtensor_remainder_scalar_", lambda: (ints([7, -7, 5]), 3), lambda t, o: t.remainder_(o), leaf=False))],
    "rt_torch_torchtensor_bitwise_and_tensor_": [Case(check=check_in_place("rt_torch_torchtensor_bitwise_and_tensor_", lambda: (ints([12, 10, -1]), ints([10, 6, 5])), lambda t, o: t.bitwise_and_(o), leaf=False))],
    "rt_torch_torchtensor_bitwise_and_scalar_": [Case(check=check_in_place("rt_torch_torchtensor_bitwise_and_scalar_", lambda: (ints([12, 10, -1]), 6), lambda t, o: t.bitwise_and_(o), leaf=False))],
    "rt_torch_torchtensor_bitwise_or_tensor_": [Case(check=check_in_place("rt_torch_torchtensor_bitwise_or_tensor_", lambda: (torch.tensor([True, False, False]), torch.tensor([False, True, False])), lambda t, o: t.bitwise_or_(o), leaf=False))],
    "rt_torch_torchtensor_bitwise_or_scalar_": [Case(check=check_in_place("rt_torch_torchtensor_bitwise_or_scalar_", lambda: (ints([12, 10, -1]), 3), lambda t, o: t.bitwise_or_(o), leaf=False))],
    "rt_torch_torchtensor_bitwise_xor_tensor_": [Case(check=check_in_place("rt_torch_torchtensor_bitwise_xor_tensor_", lambda: (ints([12, 10, -1]), ints([10, 6, 5])), lambda t, o: t.bitwise_xor_(o), leaf=False))],
    "rt_torch_torchtensor_bitwise_xor_scalar_": [Case(check=check_in_place("rt_torch_torchtensor_bitwise_xor_scalar_", lambda: (torch.tensor([True, False]), True), lambda t, o: t.bitwise_xor_(o), leaf=False))],
    "rt_torch_torchtensor_bitwise_left_shift_tensor_": [Case(check=check_in_place("rt_torch_torchtensor_bitwise_left_shift_tensor_", lambda: (ints([1, 3, -2]), ints([0, 2, 3])), lambda t, o: t.bitwise_left_shift_(o), leaf=False))],
    "rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_": [Case(check=check_in_place("rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_", lambda: (ints([1, 3, -2]), 2), lambda t, o: t.bitwise_left_shift_(o), leaf=False))],
    "rt_torch_torchtensor_bitwise_right_shift_tensor_": [Case(check=check_in_place("rt_torch_torchtensor_bitwise_right_shift_tensor_", lambda: (ints([16, 7, -8]), ints([1, 2, 3])), lambda t, o: t.bitwise_right_shift_(o), leaf=False))],
    "rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_": [Case(check=check_in_place("rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_", lambda: (ints([16, 7, -8]), 2), lambda t, o: t.bitwise_right_shift_(o), leaf=False))],
    "rt_torch_torchtensor_index_put_": [
        Case(check=check_in_place("rt_torch_torchtensor_index_put_", lambda: (r(4, 3), [ints([0, 2])], r(3, seed=1), False), lambda t, i, v, a: t.index_put_(i, v, a)), label="write rows"),
        Case(check=check_in_place("rt_torch_torchtensor_index_put_", lambda: (r(4, 3), [ints([0, 0, 3]), ints([1, 1, 2])], torch.ones(3), True), lambda t, i, v, a: t.index_put_(i, v, a)), label="accumulate, repeated positions"),
        Case(check=check_in_place("rt_torch_torchtensor_index_put_", lambda: (r(2, 3), [r(2, 3, seed=1) > 0], torch.tensor(0.0), False), lambda t, i, v, a: t.index_put_(i, v, a)), label="bool mask"),
    ],
    "rt_torch_torchtensor_result_type_tensor": [
        Case(lambda: (ints([1]), r(2)), torch.result_type),
        Case(lambda: (torch.tensor([1], dtype=torch.int8), torch.tensor(5)), torch.result_type, label="a 0-d tensor does not promote within its kind"),
    ],
    "rt_torch_torchtensor_result_type_scalar": [
        Case(lambda: (ints([1]), 2.5), torch.result_type),
        Case(lambda: (torch.tensor([1], dtype=torch.int8), 300), torch.result_type, label="an int keeps int8"),
        Case(lambda: (r(2, dtype=torch.float16), 2.5), torch.result_type, label="a float keeps float16"),
        Case(lambda: (torch.tensor([True]), 2), torch.result_type, label="bool and int"),
    ],
    # scalar forms of family A that no OpInfo sample reaches
    "rt_torch_torchtensor_xlogy_scalar_other": [Case(lambda: (r(4).abs(), 2.5), torch.xlogy)],
    "rt_torch_tensor_xlogy_scalar_self": [Case(lambda: (2.0, r(4).abs()), torch.xlogy)],
    "rt_torch_torchtensor_fmod_scalar": [Case(lambda: (ints([7, -7, 5]), 3), torch.fmod)],
    "rt_torch_torchtensor_remainder_scalar": [Case(lambda: (ints([7, -7, 5]), 3), torch.remainder)],
    "rt_torch_tensor_remainder_scalar_tensor": [Case(lambda: (7, ints([2, -3, 4])), torch.remainder)],
    "rt_torch_torchtensor_floor_divide_scalar": [Case(lambda: (ints([7, -7, 5]), 2), torch.floor_divide)],
    "rt_torch_torchtensor_true_divide_scalar": [Case(lambda: (ints([7, -7, 5]), 2), torch.true_divide)],
    "rt_torch_torchtensor_float_power_tensor_scalar": [Case(lambda: (r(4).abs(), 1.5), torch.float_power)],
    "rt_torch_tensor_float_power_scalar": [Case(lambda: (2, r(4)), torch.float_power)],
    "rt_torch_torchtensor_clamp": [Case(lambda: (r(6), -0.5, 0.5), torch.clamp)],
    "rt_torch_torchtensor_clamp_min": [Case(lambda: (ints([-3, 0, 4]), 1), torch.clamp_min)],
    "rt_torch_torchtensor_clamp_max": [Case(lambda: (ints([-3, 0, 4]), 1), torch.clamp_max)],
    "rt_torch_torchtensor_bitwise_and_scalar": [Case(lambda: (ints([12, 10, -1]), 6), torch.bitwise_and)],
    "rt_torch_tensor_bitwise_and_scalar_tensor": [Case(lambda: (6, ints([12, 10, -1])), torch.bitwise_and)],
    "rt_torch_torchtensor_bitwise_or_scalar": [Case(lambda: (ints([12, 10, -1]), 6), torch.bitwise_or)],
    "rt_torch_tensor_bitwise_or_scalar_tensor": [Case(lambda: (6, ints([12, 10, -1])), torch.bitwise_or)],
    "rt_torch_torchtensor_bitwise_xor_scalar": [Case(lambda: (ints([12, 10, -1]), 6), torch.bitwise_xor)],
    "rt_torch_tensor_bitwise_xor_scalar_tensor": [Case(lambda: (6, ints([12, 10, -1])), torch.bitwise_xor)],
    "rt_torch_torchtensor_bitwise_left_shift_tensor_scalar": [Case(lambda: (ints([1, 3, -2]), 2), torch.bitwise_left_shift)],
    "rt_torch_tensor_bitwise_left_shift_scalar_tensor": [Case(lambda: (3, ints([0, 1, 4])), torch.bitwise_left_shift)],
    "rt_torch_torchtensor_bitwise_right_shift_tensor_scalar": [Case(lambda: (ints([16, 7, -8]), 2), torch.bitwise_right_shift)],
    "rt_torch_tensor_bitwise_right_shift_scalar_tensor": [Case(lambda: (64, ints([0, 1, 4])), torch.bitwise_right_shift)],
    "rt_torch_torchtensor_where_scalarself": [Case(lambda: (r(4) > 0, 1.5, r(4, seed=1)), torch.where)],
    "rt_torch_torchtensor_where_scalarother": [Case(lambda: (r(4) > 0, r(4, seed=1), -1.0), torch.where)],
    "rt_torch_torchtensor_where_scalar": [Case(lambda: (r(4) > 0, 1.0, 0.0), torch.where)],
    "rt_torch_torchtensor_isin_tensor_scalar": [Case(lambda: (ints([1, 2, 3, 2]), 2, False, False), lambda e, t, u, i: torch.isin(e, t, assume_unique=u, invert=i))],
    "rt_torch_tensor_isin_scalar_tensor": [Case(lambda: (2, ints([1, 2, 3]), False, True), lambda e, t, u, i: torch.isin(e, t, assume_unique=u, invert=i))],
    "rt_torch_torchtensor_eq_scalar": [Case(lambda: (r(5), 0.25), torch.eq)],
    "rt_torch_torchtensor_ne_scalar": [Case(lambda: (r(5), 0.25), torch.ne)],
    "rt_torch_torchtensor_gt_scalar": [Case(lambda: (r(5), 0.25), torch.gt)],
    "rt_torch_torchtensor_ge_scalar": [Case(lambda: (r(5), 0.25), torch.ge)],
    "rt_torch_torchtensor_lt_scalar": [Case(lambda: (r(5), 0.25), torch.lt)],
    "rt_torch_torchtensor_le_scalar": [Case(lambda: (r(5), 0.25), torch.le)],
    # ================================================================== full PyTorch signatures
    # Every new argument is exercised: keyword defaults and explicit values, None and values for
    # optionals, int and float Scalars, dtype= and device=, every enum, int-or-list sizes.
    # Tensor Creation
    "rt_torch_tensor_zeros_v2": [
        Case(lambda: ([2, 3], None, None), creation(torch.zeros), label="defaults"),
        Case(lambda: ([2], torch.int64, "cpu"), creation(torch.zeros), label="int64 on cpu"),
        Case(lambda: ([], torch.bool, None), creation(torch.zeros), label="0-d bool"),
        Case(lambda: ([0, 3], torch.float16, torch.device("cpu")), creation(torch.zeros), label="empty float16"),
        Case(lambda: ([2, 2], torch.float64, "meta"), creation(torch.zeros), label="meta device"),
        Case(lambda: ([2, 3], torch.float64, "cuda:0"), creation(torch.zeros), cuda=True, label="cuda"),
        Case(check=check_cuda_device_unavailable("rt_torch_tensor_zeros_v2", lambda: ([2], None, "cuda:0")), label="cuda unavailable", extra={"cpu_only": True}),
        Case(check=check_bad_dtype_code("rt_torch_tensor_zeros_v2", lambda: ([2], None, None)), label="bad dtype code"),
        Case(check=check_bad_device("rt_torch_tensor_zeros_v2", lambda: ([2], None, None)), label="bad device"),
    ],
    "rt_torch_tensor_ones_v2": [
        Case(lambda: ([3, 1, 2], None, None), creation(torch.ones), label="defaults"),
        Case(lambda: ([2], torch.int32, "cpu"), creation(torch.ones), label="int32"),
        Case(lambda: ([2], torch.bfloat16, None), creation(torch.ones), label="bfloat16"),
        Case(check=check_bad_device("rt_torch_tensor_ones_v2", lambda: ([2], None, None)), label="bad device"),
    ],
    "rt_torch_tensor_empty_v2": [
        Case(lambda: ([2, 3], None, None, None), lambda s, dt, dev, mf: torch.empty(s, dtype=dt, device=dev, memory_format=memory_format(mf)), compare="meta", label="defaults"),
        Case(lambda: ([4], torch.int8, "cpu", "contiguous_format"), lambda s, dt, dev, mf: torch.empty(s, dtype=dt, device=dev, memory_format=memory_format(mf)), compare="meta", label="int8"),
        Case(lambda: ([1, 2, 3, 4], None, "meta", "channels_last"), lambda s, dt, dev, mf: torch.empty(s, dtype=dt, device=dev, memory_format=memory_format(mf)), compare="meta", label="meta, channels_last"),
        Case(check=check_empty_layouts, label="memory formats"),
        Case(check=check_bad_enum("rt_torch_tensor_empty_v2", lambda: ([2], None, None, None), "memory_format", "channels_first"), label="bad memory_format"),
    ],
    "rt_torch_tensor_randn_v2": [
        Case(lambda: ([4, 5], None, None), creation(torch.randn), seed=21, label="defaults"),
        Case(lambda: ([6], torch.float64, "cpu"), creation(torch.randn), seed=22, label="float64"),
        Case(lambda: ([3], torch.float16, None), creation(torch.randn), seed=23, label="float16"),
    ],
    "rt_torch_tensor_rand_v2": [
        Case(lambda: ([17], None, None), creation(torch.rand), seed=24, label="defaults"),
        Case(lambda: ([2, 3], torch.float64, "cpu"), creation(torch.rand), seed=25, label="float64"),
    ],
    "rt_torch_tensor_full_v2": [
        Case(lambda: ([2, 2], 2.5, None, None), creation(torch.full), label="float: float32"),
        Case(lambda: ([3], 7, None, None), creation(torch.full), label="int: int64"),
        Case(lambda: ([2], True, None, None), creation(torch.full), label="bool: bool"),
        Case(lambda: ([2], 2**53 + 1, None, None), creation(torch.full), label="int beyond double precision"),
        Case(lambda: ([2], 7, torch.float64, "cpu"), creation(torch.full), label="int with dtype"),
        Case(lambda: ([2], -1.5, torch.int32, None), creation(torch.full), label="float into int32"),
        Case(check=check_scalar_kinds_are_kept_apart, label="kinds"),
        Case(check=check_bad_scalar_kind("rt_torch_tensor_full_v2", lambda: ([2], 1, None, None), "fill_value"), label="bad Scalar kind"),
    ],
    "rt_torch_tensor_arange_v2": [
        Case(lambda: (5, None, None), creation(torch.arange), label="int end: int64"),
        Case(lambda: (2.5, None, None), creation(torch.arange), label="float end: float32"),
        Case(lambda: (4, torch.float64, "cpu"), creation(torch.arange), label="dtype"),
    ],
    "rt_torch_tensor_arange_start_step": [
        Case(lambda: (1, 10, 3, None, None), creation(torch.arange), label="ints"),
        Case(lambda: (0.0, 1.0, 0.25, None, None), creation(torch.arange), label="floats"),
        Case(lambda: (5, 0, -2, None, None), creation(torch.arange), label="descending"),
        Case(lambda: (0, 3, 1, torch.float64, "cpu"), creation(torch.arange), label="dtype"),
        Case(lambda: (0, 2, 0.5, None, None), creation(torch.arange), label="mixed kinds"),
        Case(check=check_bad_scalar_kind("rt_torch_tensor_arange_start_step", lambda: (0, 3, 1, None, None), "step"), label="bad Scalar kind"),
    ],
    "rt_torch_tensor_linspace_v2": [
        Case(lambda: (0, 1, 5, None, None), creation(torch.linspace), label="ints: default float"),
        Case(lambda: (0, 10, 5, torch.int64, None), creation(torch.linspace), label="int64"),
        Case(lambda: (-1.0, 1.0, 3, torch.float64, "cpu"), creation(torch.linspace), label="float64"),
    ],
    "rt_torch_tensor_eye_v2": [
        Case(lambda: (3, None, None), creation(torch.eye), label="defaults"),
        Case(lambda: (2, torch.bool, "cpu"), creation(torch.eye), label="bool"),
    ],
    "rt_torch_tensor_eye_m": [
        Case(lambda: (2, 4, None, None), creation(torch.eye), label="wide"),
        Case(lambda: (3, 1, torch.int64, None), creation(torch.eye), label="tall int64"),
        Case(lambda: (0, 2, None, None), creation(torch.eye), label="empty"),
    ],
    # Element-wise Arithmetic
    "rt_torch_torchtensor_add_tensor": [
        Case(lambda: (r(2, 3), r(3, seed=1), 1), lambda x, o, a: torch.add(x, o, alpha=a), label="default alpha"),
        Case(lambda: (r(2, 3), r(3, seed=1), 0.5), lambda x, o, a: torch.add(x, o, alpha=a), label="float alpha"),
        Case(lambda: (ints([1, 2]), ints([3, 4]), 3), lambda x, o, a: torch.add(x, o, alpha=a), label="int64, int alpha"),
        Case(lambda: (ints([1, 2]), r(2), 2), lambda x, o, a: torch.add(x, o, alpha=a), label="promotion"),
        Case(check=check_integer_alpha, label="float alpha on ints"),
    ],
    "rt_torch_torchtensor_add_scalar_v2": [
        Case(lambda: (ints([1, 2]), 2, 1), lambda x, o, a: torch.add(x, o, alpha=a), label="int on int64 stays int64"),
        Case(lambda: (ints([1, 2]), 2.5, 1), lambda x, o, a: torch.add(x, o, alpha=a), label="float on int64: float32"),
        Case(lambda: (r(3), 1.5, -2), lambda x, o, a: torch.add(x, o, alpha=a), label="alpha"),
        Case(lambda: (torch.tensor([True, False]), True, 1), lambda x, o, a: torch.add(x, o, alpha=a), label="bool"),
        Case(lambda: (ints([1]), 2**40, 3), lambda x, o, a: torch.add(x, o, alpha=a), label="large int"),
    ],
    "rt_torch_torchtensor_sub_tensor": [
        Case(lambda: (r(2, 3), r(2, 1, seed=1), 1), lambda x, o, a: torch.sub(x, o, alpha=a), label="default alpha"),
        Case(lambda: (ints([5, 6]), ints([1, 2]), 2), lambda x, o, a: torch.sub(x, o, alpha=a), label="int64"),
    ],
    "rt_torch_torchtensor_sub_scalar": [
        Case(lambda: (ints([5, 6]), 2, 1), lambda x, o, a: torch.sub(x, o, alpha=a), label="int"),
        Case(lambda: (r(3), 0.25, 4), lambda x, o, a: torch.sub(x, o, alpha=a), label="float"),
    ],
    "rt_torch_torchtensor_rsub_scalar": [
        Case(lambda: (ints([5, 6]), 2, 1), lambda x, o, a: torch.rsub(x, o, alpha=a), label="int"),
        Case(lambda: (r(3), 1.0, 0.5), lambda x, o, a: torch.rsub(x, o, alpha=a), label="float alpha"),
    ],
    "rt_torch_torchtensor_rsub_tensor": [
        Case(lambda: (r(2, 3), r(3, seed=1), 1), lambda x, o, a: torch.rsub(x, o, alpha=a), label="default alpha"),
        Case(lambda: (ints([1, 2]), ints([10, 20]), 3), lambda x, o, a: torch.rsub(x, o, alpha=a), label="int64, int alpha"),
        Case(lambda: (r(2), ints([1, 1]), 0.5), lambda x, o, a: torch.rsub(x, o, alpha=a), label="promotion, float alpha"),
    ],
    "rt_torch_torchtensor_sin": [Case(lambda: (r(2, 3),), torch.sin)],
    "rt_torch_torchtensor_reciprocal": [
        Case(lambda: (torch.tensor([2.0, -0.5, 0.0]),), torch.reciprocal, label="inf"),
        Case(lambda: (ints([1, 2, 4]),), torch.reciprocal, label="int64: float32"),
    ],
    "rt_torch_torchtensor_mul_tensor": [
        Case(lambda: (r(2, 3), r(3, seed=1)), torch.mul, label="broadcast"),
        Case(lambda: (ints([2, 3]), torch.tensor([True, False])), torch.mul, label="int64 and bool"),
    ],
    "rt_torch_torchtensor_mul_scalar_v2": [
        Case(lambda: (ints([1, 2]), 3), torch.mul, label="int stays int64"),
        Case(lambda: (ints([1, 2]), 1.5), torch.mul, label="float: float32"),
        Case(lambda: (r(3, dtype=torch.float64), -0.1), torch.mul, label="float64"),
    ],
    "rt_torch_torchtensor_div_tensor_mode": [
        Case(lambda: (ints([7, -7]), ints([2, 2]), None), lambda x, o, m: torch.div(x, o, rounding_mode=m), label="true division"),
        Case(lambda: (ints([7, -7]), ints([2, 2]), "trunc"), lambda x, o, m: torch.div(x, o, rounding_mode=m), label="trunc"),
        Case(lambda: (ints([7, -7]), ints([2, 2]), "floor"), lambda x, o, m: torch.div(x, o, rounding_mode=m), label="floor"),
        Case(lambda: (r(4), r(4, seed=1), "floor"), lambda x, o, m: torch.div(x, o, rounding_mode=m), label="floor of floats"),
        Case(check=check_bad_enum("rt_torch_torchtensor_div_tensor_mode", lambda: (r(2), r(2), None), "rounding_mode", "round"), label="bad rounding_mode"),
    ],
    "rt_torch_torchtensor_div_scalar_mode": [
        Case(lambda: (ints([7, -7]), 2, None), lambda x, o, m: torch.div(x, o, rounding_mode=m), label="true division"),
        Case(lambda: (ints([7, -7]), 2, "floor"), lambda x, o, m: torch.div(x, o, rounding_mode=m), label="floor"),
        Case(lambda: (r(4), 0.3, "trunc"), lambda x, o, m: torch.div(x, o, rounding_mode=m), label="trunc"),
        Case(check=check_bad_enum("rt_torch_torchtensor_div_scalar_mode", lambda: (r(2), 2, None), "rounding_mode", "Floor"), label="bad rounding_mode"),
    ],
    "rt_torch_torchtensor_pow_tensor_scalar": [
        Case(lambda: (ints([1, 2, 3]), 2), torch.pow, label="int exponent stays int64"),
        Case(lambda: (ints([1, 2, 3]), 0.5), torch.pow, label="float exponent: float32"),
        Case(lambda: (r(4).abs(), 2.5), torch.pow, label="float"),
    ],
    "rt_torch_torchtensor_pow_tensor_tensor": [
        Case(lambda: (r(4).abs(), r(4, seed=1)), torch.pow, label="float"),
        Case(lambda: (ints([2, 3]), ints([3, 2])), torch.pow, label="int64"),
    ],
    "rt_torch_tensor_pow_scalar": [
        Case(lambda: (2, ints([1, 2, 3])), torch.pow, label="int base"),
        Case(lambda: (2.0, r(3)), torch.pow, label="float base"),
        Case(lambda: (2.5, ints([1, 2])), torch.pow, label="float base, int exponents"),
    ],
    # Activation Functions
    "rt_torch_torchtensor_gelu_v2": [
        Case(lambda: (r(6), "none"), lambda x, a: F.gelu(x, approximate=a), label="exact"),
        Case(lambda: (r(6), "tanh"), lambda x, a: F.gelu(x, approximate=a), label="tanh"),
        Case(check=check_bad_enum("rt_torch_torchtensor_gelu_v2", lambda: (r(2), "none"), "approximate", "fast"), label="bad approximate"),
    ],
    "rt_torch_torchtensor_softmax_int": [
        Case(lambda: (r(2, 3), 1, None), lambda x, d, dt: torch.softmax(x, d, dtype=dt), label="no dtype"),
        Case(lambda: (r(2, 3), -2, torch.float64), lambda x, d, dt: torch.softmax(x, d, dtype=dt), label="float64"),
        Case(lambda: (ints([1, 2, 3]), 0, torch.float32), lambda x, d, dt: torch.softmax(x, d, dtype=dt), label="int64 input"),
    ],
    "rt_torch_torchtensor_log_softmax_int": [
        Case(lambda: (r(2, 3), 1, None), lambda x, d, dt: torch.log_softmax(x, d, dtype=dt), label="no dtype"),
        Case(lambda: (r(2, 3), 0, torch.float64), lambda x, d, dt: torch.log_softmax(x, d, dtype=dt), label="float64"),
    ],
    # Linear Algebra
    "rt_torch_torchtensor_linalg_vector_norm": [
        Case(lambda: (r(3, 4), 2, None, False, None), lambda x, o, d, k, dt: torch.linalg.vector_norm(x, o, d, k, dtype=dt), label="defaults"),
        Case(lambda: (r(3, 4), 1, [1], True, None), lambda x, o, d, k, dt: torch.linalg.vector_norm(x, o, d, k, dtype=dt), label="ord 1 over a list"),
        Case(lambda: (r(3, 4), float("inf"), 0, False, None), lambda x, o, d, k, dt: torch.linalg.vector_norm(x, o, d, k, dtype=dt), label="inf over an int dim"),
        Case(lambda: (r(2, 3, 4), 0, (0, 2), False, torch.float64), lambda x, o, d, k, dt: torch.linalg.vector_norm(x, o, d, k, dtype=dt), label="ord 0, float64"),
        Case(lambda: (r(5), 3.5, None, True, None), lambda x, o, d, k, dt: torch.linalg.vector_norm(x, o, d, k, dtype=dt), label="p 3.5, keepdim"),
    ],
    "rt_torch_torchtensor_linalg_det": [
        Case(lambda: (r(3, 3),), torch.linalg.det),
        Case(lambda: (r(2, 4, 4, dtype=torch.float64),), torch.linalg.det, label="batch"),
    ],
    "rt_torch_torchtensor_linalg_svd": [
        Case(lambda: (r(4, 3), True, None), lambda x, f, d: torch.linalg.svd(x, f, driver=d), label="full"),
        Case(lambda: (r(4, 3), False, None), lambda x, f, d: torch.linalg.svd(x, f, driver=d), label="reduced"),
        Case(lambda: (r(2, 3, 5, dtype=torch.float64), False, None), lambda x, f, d: torch.linalg.svd(x, f, driver=d), label="batch"),
        Case(check=check_svd_driver_needs_cuda, label="driver on the cpu", extra={"cpu_only": True}),
        Case(check=check_bad_enum("rt_torch_torchtensor_linalg_svd", lambda: (r(2, 2), True, None), "driver", "lapack"), label="bad driver"),
    ],
    "rt_torch_torchtensor_linalg_eig": [
        Case(lambda: (r(3, 3),), torch.linalg.eig),
        Case(lambda: (torch.tensor([[0.0, -1.0], [1.0, 0.0]]),), torch.linalg.eig, label="complex eigenvalues"),
        Case(lambda: (r(2, 2, 2, dtype=torch.float64),), torch.linalg.eig, label="batch"),
    ],
    # Reductions
    "rt_torch_torchtensor_sum_dim_intlist": [
        Case(lambda: (r(3, 4), None, False, None), lambda x, d, k, dt: torch.sum(x, d, k, dtype=dt), label="all"),
        Case(lambda: (r(3, 4), 1, False, None), lambda x, d, k, dt: torch.sum(x, d, k, dtype=dt), label="one int"),
        Case(lambda: (r(2, 3, 4), [0, 2], True, None), lambda x, d, k, dt: torch.sum(x, d, k, dtype=dt), label="a list, keepdim"),
        Case(lambda: (r(2, 3), (-1,), False, torch.float64), lambda x, d, k, dt: torch.sum(x, d, k, dtype=dt), label="a tuple, float64"),
        Case(lambda: (r(2, 3), [], False, None), lambda x, d, k, dt: torch.sum(x, d, k, dtype=dt), label="empty list: all"),
        Case(lambda: (ints([[1, 2], [3, 4]]), None, True, None), lambda x, d, k, dt: torch.sum(x, d, k, dtype=dt), label="int64"),
        Case(lambda: (torch.tensor([True, True, False]), 0, False, None), lambda x, d, k, dt: torch.sum(x, d, k, dtype=dt), label="bool counts"),
    ],
    "rt_torch_torchtensor_mean_dim_v2": [
        Case(lambda: (r(3, 4), None, False, None), lambda x, d, k, dt: torch.mean(x, d, k, dtype=dt), label="all"),
        Case(lambda: (r(3, 4), [0], True, None), lambda x, d, k, dt: torch.mean(x, d, k, dtype=dt), label="list, keepdim"),
        Case(lambda: (ints([[1, 2], [3, 5]]), 1, False, torch.float64), lambda x, d, k, dt: torch.mean(x, d, k, dtype=dt), label="int64 in float64"),
    ],
    "rt_torch_torchtensor_max_dim_v2": [
        Case(lambda: (r(3, 4), 1, False), lambda x, d, k: torch.max(x, d, k), label="values and indices"),
        Case(lambda: (ints([[3, 9], [7, 1]]), -2, True), lambda x, d, k: torch.max(x, d, k), label="int64, keepdim"),
    ],
    "rt_torch_torchtensor_max_other": [
        Case(lambda: (r(2, 3), r(3, seed=1)), torch.max, label="broadcast"),
        Case(lambda: (torch.tensor([1.0, float("nan")]), torch.tensor([2.0, 0.0])), torch.max, label="nan"),
    ],
    "rt_torch_torchtensor_min_dim_v2": [
        Case(lambda: (r(3, 4), 0, False), lambda x, d, k: torch.min(x, d, k), label="values and indices"),
        Case(lambda: (r(3, 4), 1, True), lambda x, d, k: torch.min(x, d, k), label="keepdim"),
    ],
    "rt_torch_torchtensor_min_other": [Case(lambda: (ints([1, 5]), ints([[3], [0]])), torch.min, label="broadcast int64")],
    "rt_torch_torchtensor_argmax_v2": [
        Case(lambda: (r(3, 4), None, False), lambda x, d, k: torch.argmax(x, d, k), label="flattened"),
        Case(lambda: (r(3, 4), 1, True), lambda x, d, k: torch.argmax(x, d, k), label="dim, keepdim"),
        Case(lambda: (r(3, 4), None, True), lambda x, d, k: torch.argmax(x, d, k), label="flattened, keepdim"),
    ],
    "rt_torch_torchtensor_argmin_v2": [
        Case(lambda: (r(3, 4), None, False), lambda x, d, k: torch.argmin(x, d, k), label="flattened"),
        Case(lambda: (r(3, 4), -1, False), lambda x, d, k: torch.argmin(x, d, k), label="negative dim"),
    ],
    "rt_torch_torchtensor_std_dim": [
        Case(lambda: (r(3, 4), [1], True, False), lambda x, d, u, k: torch.std(x, d, u, k), label="list"),
        Case(lambda: (r(3, 4), 0, False, True), lambda x, d, u, k: torch.std(x, d, u, k), label="int, biased, keepdim"),
        Case(lambda: (r(3, 4), None, True, False), lambda x, d, u, k: torch.std(x, d, u, k), label="None: all"),
    ],
    "rt_torch_torchtensor_std_correction": [
        Case(lambda: (r(3, 4), None, None, False), lambda x, d, c, k: torch.std(x, d, correction=c, keepdim=k), label="defaults"),
        Case(lambda: (r(3, 4), [1], 0, True), lambda x, d, c, k: torch.std(x, d, correction=c, keepdim=k), label="int correction"),
        Case(lambda: (r(3, 4), 0, 1.5, False), lambda x, d, c, k: torch.std(x, d, correction=c, keepdim=k), label="float correction"),
        Case(check=check_bad_scalar_kind("rt_torch_torchtensor_std_correction", lambda: (r(3), None, None, False), "correction"), label="bad Scalar kind"),
    ],
    "rt_torch_torchtensor_std_v2": [
        Case(lambda: (r(10), True), torch.std, label="unbiased"),
        Case(lambda: (r(10), False), torch.std, label="biased"),
    ],
    "rt_torch_torchtensor_var_dim": [
        Case(lambda: (r(3, 4), [0, 1], True, False), lambda x, d, u, k: torch.var(x, d, u, k), label="list"),
        Case(lambda: (r(3, 4), -1, False, True), lambda x, d, u, k: torch.var(x, d, u, k), label="int, biased, keepdim"),
    ],
    "rt_torch_torchtensor_var_correction": [
        Case(lambda: (r(3, 4), None, None, False), lambda x, d, c, k: torch.var(x, d, correction=c, keepdim=k), label="defaults"),
        Case(lambda: (r(3, 4), 1, 2, True), lambda x, d, c, k: torch.var(x, d, correction=c, keepdim=k), label="int correction"),
        Case(lambda: (r(3, 4), (0,), 0.5, False), lambda x, d, c, k: torch.var(x, d, correction=c, keepdim=k), label="float correction"),
    ],
    "rt_torch_torchtensor_var_v2": [
        Case(lambda: (r(10), True), torch.var, label="unbiased"),
        Case(lambda: (r(10), False), torch.var, label="biased"),
    ],
    # Shape Manipulation, Indexing and Slicing
    "rt_torch_torchtensor_squeeze_dims": [
        Case(lambda: (r(1, 3, 1, 2), [0, 2]), lambda x, d: torch.squeeze(x, tuple(d)), label="two dims"),
        Case(lambda: (r(1, 3, 1), [-1]), lambda x, d: torch.squeeze(x, tuple(d)), label="negative"),
        Case(lambda: (r(2, 3), [0]), lambda x, d: torch.squeeze(x, tuple(d)), label="not size 1"),
        Case(lambda: (r(1, 2), []), lambda x, d: torch.squeeze(x, tuple(d)), label="none"),
    ],
    "rt_torch_torchtensor_flatten_using_ints": [
        Case(lambda: (r(2, 3, 4), 0, -1), torch.flatten, label="defaults"),
        Case(lambda: (r(2, 3, 4), 1, 2), torch.flatten, label="trailing"),
        Case(lambda: (r(2, 3, 4), 0, 1), torch.flatten, label="leading"),
    ],
    "rt_torch_torchtensor_select_int": [
        Case(lambda: (r(3, 4), 0, 1), torch.select),
        Case(lambda: (r(3, 4), -1, -1), torch.select, label="negative"),
        Case(check=check_select_out_of_range, label="out of range"),
    ],
    "rt_torch_torchtensor_index_tensor": [
        Case(lambda: (r(4, 3), [ints([0, 2, 2])]), index_ref, label="positions"),
        Case(lambda: (r(3, 4), [None, ints([1, 0])]), index_ref, label="None takes a dimension whole"),
        Case(lambda: (r(3, 4, 2), [None, ints([1, 0]), ints([1, 1])]), getitem_ref, label="as x[:, i, j]"),
        Case(lambda: (r(3, 4), [ints([0, 2]), ints([3, 1])]), index_ref, label="two index tensors"),
        Case(lambda: (r(4), [torch.tensor([True, False, True, True])]), index_ref, label="bool mask"),
    ],
    "rt_torch_torchtensor_view_v2": [
        Case(lambda: (r(2, 6), [4, 3]), lambda x, d: x.view(d)),
        Case(lambda: (r(2, 6), [-1]), lambda x, d: x.view(d), label="inferred size"),
        Case(check=check_view_v2_shares_memory, label="a view, or PyTorch's error"),
    ],
    "rt_torch_nn_linear_v2": [
        Case(lambda: (r(2, 3), r(4, 3, seed=1), r(4)), F.linear),
        Case(lambda: (r(5, 3), r(2, 3), None), F.linear, label="no bias"),
        Case(lambda: (r(2, 5, 3), r(4, 3, seed=1), None), F.linear, label="batched, no bias"),
    ],
    "rt_torch_autograd_no_grad_begin_v2": [
        Case(check=check_no_grad_nesting, label="nests"),
        Case(check=check_no_grad_restores_a_disabled_mode("rt_torch_autograd_no_grad_begin_v2", "rt_torch_autograd_no_grad_end_v2"), label="restores"),
    ],
    "rt_torch_autograd_no_grad_end_v2": [Case(check=check_no_grad_nesting, label="unmatched end is an error")],
    "rt_torch_autograd_grad_mode_begin": [Case(check=check_grad_mode_regions, label="nests with no_grad")],
    "rt_torch_autograd_grad_mode_end": [Case(check=check_grad_mode_regions, label="an end of the wrong kind is an error")],
    "rt_torch_autograd_is_grad_enabled": [Case(check=check_set_grad_enabled, label="reads the mode")],
    "rt_torch_autograd_set_grad_enabled": [Case(check=check_set_grad_enabled, label="sets the mode")],
    "rt_torch_torchtensor_to_stream_v2": [
        Case(check=check_to_stream_without_stream, label="no stream given"),
        Case(check=check_cuda_streams, cuda=True, label="on a stream"),
    ],
    "rt_torch_torchstream_sync_v2": [Case(check=check_stream_function_rejects_bad_handles("rt_torch_torchstream_sync_v2"))],
    "rt_torch_torchstream_query_v2": [Case(check=check_stream_function_rejects_bad_handles("rt_torch_torchstream_query_v2"))],
    "rt_torch_torchtensor_contiguous_v2": [
        Case(lambda: (r(3, 2).t(), "contiguous_format"), lambda x, mf: x.contiguous(memory_format=memory_format(mf)), label="default"),
        Case(check=check_layouts("rt_torch_torchtensor_contiguous_v2", [("row_major", "channels_last", False), ("channels_last", "contiguous_format", True)]), label="layouts"),
        Case(check=check_contiguous_preserve_is_refused, label="preserve_format"),
        Case(check=check_bad_enum("rt_torch_torchtensor_contiguous_v2", lambda: (r(2), "contiguous_format"), "memory_format", "row_major"), label="bad memory_format"),
    ],
    # Neural Network Operations
    "rt_torch_nn_conv2d_padding": [
        Case(lambda: (*conv_input(), 1, "valid", 1, 1), F.conv2d, label="defaults"),
        Case(lambda: (*conv_input()[:2], None, 1, "same", 1, 1), F.conv2d, label="same, no bias"),
        Case(lambda: (*conv_input(), [1, 1], "same", 2, 1), F.conv2d, label="same, dilation"),
        Case(lambda: (*conv_input(), 2, "valid", [1, 2], 1), F.conv2d, label="stride"),
        Case(lambda: (r(1, 4, 5, 5), r(2, 2, 3, 3, seed=1), None, 1, "same", 1, 2), F.conv2d, label="groups"),
        Case(check=check_same_padding_needs_stride_1, label="same with stride 2"),
        Case(check=check_bad_enum("rt_torch_nn_conv2d_padding", lambda: (*conv_input(), 1, "valid", 1, 1), "padding", "full"), label="bad padding"),
    ],
    "rt_torch_nn_max_pool2d_v2": [
        Case(lambda: (pool_input(), 2, None, 0, 1, False), F.max_pool2d, label="int sizes, defaults"),
        Case(lambda: (pool_input(), [3, 2], [2, 1], [1, 0], 1, True), F.max_pool2d, label="lists, ceil_mode"),
        Case(lambda: (pool_input(), [3], [1], 1, 2, False), F.max_pool2d, label="one-element lists, dilation"),
        Case(lambda: (r(3, 4, 4), 2, 2, 0, 1, False), F.max_pool2d, label="unbatched"),
    ],
    "rt_torch_nn_max_pool2d_with_indices": [
        Case(lambda: (pool_input(), 2, None, 0, 1, False), lambda *a: F.max_pool2d(*a, return_indices=True), label="defaults"),
        Case(lambda: (pool_input(), [3, 2], 1, [1, 1], [1, 2], True), lambda *a: F.max_pool2d(*a, return_indices=True), label="everything"),
    ],
    "rt_torch_nn_avg_pool2d_v2": [
        Case(lambda: (pool_input(), 2, None, 0, False, True, None), F.avg_pool2d, label="defaults"),
        Case(lambda: (pool_input(), [3, 2], [2, 1], 1, True, False, None), F.avg_pool2d, label="ceil_mode, padding not counted"),
        Case(lambda: (pool_input(), 2, 1, 0, False, True, 3), F.avg_pool2d, label="divisor_override"),
    ],
    "rt_torch_nn_embedding_v2": [
        Case(lambda: (ints([[0, 2], [1, 0]]), r(3, 4), None, None, 2.0, False, False), F.embedding, label="defaults"),
        Case(lambda: (ints([0, 1, 1]), r(3, 4), 1, None, 2.0, False, False), F.embedding, label="padding_idx"),
        Case(lambda: (ints([0, 2]), r(3, 4), -1, None, 2.0, True, True), F.embedding, label="negative padding_idx, sparse"),
        Case(lambda: (ints([0, 2]), r(3, 4) * 3, None, 1.5, 1.0, False, False), F.embedding, label="max_norm"),
        Case(check=check_embedding_renormalises_in_place, label="renormalises the weight"),
    ],
    # Loss Functions
    "rt_torch_nn_mse_loss_v2": [
        Case(lambda: (r(3, 4), r(3, 4, seed=1), "mean"), lambda x, t, red: F.mse_loss(x, t, reduction=red), label="mean"),
        Case(lambda: (r(3, 4), r(3, 4, seed=1), "sum"), lambda x, t, red: F.mse_loss(x, t, reduction=red), label="sum"),
        Case(lambda: (r(3, 4), r(3, 4, seed=1), "none"), lambda x, t, red: F.mse_loss(x, t, reduction=red), label="none"),
        Case(check=check_bad_enum("rt_torch_nn_mse_loss_v2", lambda: (r(2), r(2), "mean"), "reduction", "average"), label="bad reduction"),
    ],
    "rt_torch_nn_cross_entropy_v2": [
        Case(lambda: (r(4, 5), ints([1, 0, 4, 2]), None, -100, "mean", 0.0), lambda x, t, w, ii, red, ls: F.cross_entropy(x, t, w, ignore_index=ii, reduction=red, label_smoothing=ls), label="defaults"),
        Case(lambda: (r(4, 5), ints([1, 0, 4, 2]), r(5, seed=1).abs(), -100, "sum", 0.0), lambda x, t, w, ii, red, ls: F.cross_entropy(x, t, w, ignore_index=ii, reduction=red, label_smoothing=ls), label="weight, sum"),
        Case(lambda: (r(4, 5), ints([1, 0, 4, 0]), None, 0, "none", 0.1), lambda x, t, w, ii, red, ls: F.cross_entropy(x, t, w, ignore_index=ii, reduction=red, label_smoothing=ls), label="ignore_index, none, smoothing"),
        Case(lambda: (r(4, 5), torch.softmax(r(4, 5, seed=1), 1), None, -100, "mean", 0.2), lambda x, t, w, ii, red, ls: F.cross_entropy(x, t, w, ignore_index=ii, reduction=red, label_smoothing=ls), label="probabilities"),
        Case(lambda: (r(2, 3, 4), ints([[0, 1, 2, 0], [2, 2, 1, 0]]), None, -100, "mean", 0.0), lambda x, t, w, ii, red, ls: F.cross_entropy(x, t, w, ignore_index=ii, reduction=red, label_smoothing=ls), label="spatial"),
        Case(check=check_bad_enum("rt_torch_nn_cross_entropy_v2", lambda: (r(2, 3), ints([0, 1]), None, -100, "mean", 0.0), "reduction"), label="bad reduction"),
    ],
    "rt_torch_nn_binary_cross_entropy_v2": [
        Case(lambda: (torch.sigmoid(r(2, 6)), torch.rand(2, 6, generator=gen(3)), None, "mean"), lambda x, t, w, red: F.binary_cross_entropy(x, t, w, reduction=red), label="defaults"),
        Case(lambda: (torch.sigmoid(r(2, 6)), torch.rand(2, 6, generator=gen(3)), r(6).abs(), "sum"), lambda x, t, w, red: F.binary_cross_entropy(x, t, w, reduction=red), label="broadcast weight, sum"),
        Case(lambda: (torch.sigmoid(r(3)), torch.tensor([0.0, 1.0, 1.0]), None, "none"), lambda x, t, w, red: F.binary_cross_entropy(x, t, w, reduction=red), label="none"),
    ],
    "rt_torch_nn_nll_loss_v2": [
        Case(lambda: (torch.log_softmax(r(4, 5), 1), ints([1, 0, 4, 2]), None, -100, "mean"), lambda x, t, w, ii, red: F.nll_loss(x, t, w, ignore_index=ii, reduction=red), label="defaults"),
        Case(lambda: (torch.log_softmax(r(4, 5), 1), ints([1, 0, 4, 2]), r(5).abs(), 4, "sum"), lambda x, t, w, ii, red: F.nll_loss(x, t, w, ignore_index=ii, reduction=red), label="weight, ignore_index, sum"),
        Case(lambda: (torch.log_softmax(r(4, 5), 1), ints([1, 0, 4, 2]), None, -100, "none"), lambda x, t, w, ii, red: F.nll_loss(x, t, w, ignore_index=ii, reduction=red), label="none"),
    ],
    "rt_torch_nn_gaussian_nll_loss_float": [
        Case(lambda: (r(3, 4), r(3, 4, seed=1), 0.5, False, 1e-6, "mean"), F.gaussian_nll_loss, compare="close", label="one variance, mean"),
        Case(lambda: (r(3, 4), r(3, 4, seed=1), 2.0, True, 1e-6, "none"), F.gaussian_nll_loss, compare="close", label="full, none"),
    ],
    "rt_torch_nn_ctc_loss_intlist": [
        Case(lambda: (torch.log_softmax(r(6, 2, 4), 2), ints([[1, 2], [3, 1]]), [6, 5], [2, 2], 0, "mean", False),
             lambda lp, t, il, tl, b, red, zi: F.ctc_loss(lp, t, tuple(il), tuple(tl), b, red, zi), compare="close", label="lengths as lists"),
        Case(lambda: (torch.log_softmax(r(6, 2, 4), 2), ints([[1, 2], [2, 1]]), [6, 5], [2, 1], 3, "none", True),
             lambda lp, t, il, tl, b, red, zi: F.ctc_loss(lp, t, tuple(il), tuple(tl), b, red, zi), compare="close", label="blank 3, none, zero_infinity"),
    ],
    # Tensor Data and Device Management
    "rt_torch_torchtensor_to_dtype_v2": [
        Case(lambda: (r(3), torch.float64, False, False, None), lambda x, dt, nb, c, mf: x.to(dt, nb, c, memory_format=memory_format(mf)), label="defaults"),
        Case(lambda: (torch.tensor([1.9, -0.5]), torch.int64, False, True, None), lambda x, dt, nb, c, mf: x.to(dt, nb, c, memory_format=memory_format(mf)), label="copy"),
        Case(lambda: (r(3), torch.float32, True, False, "preserve_format"), lambda x, dt, nb, c, mf: x.to(dt, nb, c, memory_format=memory_format(mf)), label="non_blocking, unchanged"),
        Case(check=check_layouts("rt_torch_torchtensor_to_dtype_v2", [("row_major", "channels_last", False), ("channels_last", None, False), ("channels_last", "contiguous_format", True)], (torch.float32, False, True)), label="layouts"),
        Case(check=check_bad_dtype_code("rt_torch_torchtensor_to_dtype_v2", lambda: (r(2), torch.float32, False, False, None)), label="bad dtype code"),
    ],
    "rt_torch_torchtensor_to_device": [
        Case(lambda: (r(3), "cpu", None, False, False, None), lambda x, dev, dt, nb, c, mf: x.to(dev, dt, nb, c, memory_format=memory_format(mf)), label="cpu"),
        Case(lambda: (r(3), torch.device("cpu"), torch.float64, False, True, None), lambda x, dev, dt, nb, c, mf: x.to(dev, dt, nb, c, memory_format=memory_format(mf)), label="cpu, dtype, copy"),
        Case(lambda: (ints([1, 2]), "meta", torch.float16, False, False, None), lambda x, dev, dt, nb, c, mf: x.to(dev, dt, nb, c, memory_format=memory_format(mf)), label="meta"),
        Case(lambda: (r(3), "cuda:0", None, False, False, None), lambda x, dev, dt, nb, c, mf: x.to(dev, dt, nb, c, memory_format=memory_format(mf)), cuda=True, label="cuda"),
        Case(check=check_cuda_device_unavailable("rt_torch_torchtensor_to_device", lambda: (r(2), "cuda", None, False, False, None)), label="cuda unavailable", extra={"cpu_only": True}),
        Case(check=check_bad_device("rt_torch_torchtensor_to_device", lambda: (r(2), "cpu", None, False, False, None)), label="bad device"),
    ],
    "rt_torch_torchtensor_to_other": [
        Case(lambda: (r(3), ints([1]), False, False, None), lambda x, o, nb, c, mf: x.to(o, nb, c, memory_format=memory_format(mf)), label="int64"),
        Case(lambda: (ints([1, 2]), r(1, dtype=torch.float64), False, True, "contiguous_format"), lambda x, o, nb, c, mf: x.to(o, nb, c, memory_format=memory_format(mf)), label="float64, copy"),
    ],
    "rt_torch_torchtensor_to_dtype_layout": [
        Case(lambda: (r(3), None, None, False, False, None), lambda x, dt, dev, nb, c, mf: x.to(dtype=dt, device=dev, non_blocking=nb, copy=c, memory_format=memory_format(mf)), label="nothing"),
        Case(lambda: (r(3), torch.float64, "cpu", False, False, None), lambda x, dt, dev, nb, c, mf: x.to(dtype=dt, device=dev, non_blocking=nb, copy=c, memory_format=memory_format(mf)), label="dtype and device"),
        Case(lambda: (r(3), torch.bool, None, False, True, None), lambda x, dt, dev, nb, c, mf: x.to(dtype=dt, device=dev, non_blocking=nb, copy=c, memory_format=memory_format(mf)), label="bool"),
        Case(lambda: (r(3), None, "meta", False, False, None), lambda x, dt, dev, nb, c, mf: x.to(dtype=dt, device=dev, non_blocking=nb, copy=c, memory_format=memory_format(mf)), label="meta"),
        Case(check=check_bad_dtype_code("rt_torch_torchtensor_to_dtype_layout", lambda: (r(2), None, None, False, False, None)), label="bad dtype code"),
        Case(check=check_bad_device("rt_torch_torchtensor_to_dtype_layout", lambda: (r(2), None, None, False, False, None)), label="bad device"),
    ],
    "rt_torch_torchtensor_complex": [
        Case(lambda: (r(3), r(3, seed=1)), torch.complex, label="complex64"),
        Case(lambda: (r(2, 2, dtype=torch.float64), r(2, dtype=torch.float64)), torch.complex, label="complex128, broadcast"),
        Case(check=check_complex_needs_matching_dtypes, label="dtypes differ"),
    ],
    "rt_torch_torchtensor_clone_v2": [
        Case(lambda: (r(2, 2), None), lambda x, mf: torch.clone(x, memory_format=memory_format(mf)), label="preserve"),
        Case(lambda: (r(2, 2), "contiguous_format"), lambda x, mf: torch.clone(x, memory_format=memory_format(mf)), label="contiguous_format"),
        Case(check=check_layouts("rt_torch_torchtensor_clone_v2", [("channels_last", None, False), ("channels_last", "preserve_format", False), ("channels_last", "contiguous_format", True), ("row_major", "channels_last", False)]), label="layouts"),
    ],
    "rt_torch_torchtensor_normal_": [Case(check=check_normal_in_place)],
    "rt_torch_torchtensor_uniform_": [Case(check=check_uniform_in_place)],
    # torch.lstm: float32 through oneDNN's fused kernel, float64 through the composite one
    "rt_torch_torchtensor_lstm_input": [
        Case(lambda: (r(5, 2, 3), [r(1, 2, 4, seed=1), r(1, 2, 4, seed=2)], [r(16, 3, seed=3), r(16, 4, seed=4), r(16, seed=5), r(16, seed=6)], True, 1, 0.0, False, False, False), torch.lstm, label="float32"),
        Case(
            lambda: (
                r(2, 5, 3, dtype=torch.float64),
                [r(2, 2, 4, seed=1, dtype=torch.float64), r(2, 2, 4, seed=2, dtype=torch.float64)],
                [r(16, 3, seed=3, dtype=torch.float64), r(16, 4, seed=4, dtype=torch.float64), r(16, 3, seed=5, dtype=torch.float64), r(16, 4, seed=6, dtype=torch.float64)],
                False, 1, 0.0, False, True, True,
            ),
            torch.lstm,
            label="bidirectional batch_first float64 without biases",
        ),
    ],
}

# Forms no OpInfo sample reaches through the C ABI (the harness binds each call to the first
# entry that takes it): cases of their own.
SPD = [[2.0, 1.0], [1.0, 3.0]]
CASES.update({
    "rt_torch_torchtensor_all": [Case(lambda: (ints([[1, 0], [1, 1]]),), torch.all), Case(lambda: (ints([2, 3]),), torch.all)],
    "rt_torch_torchtensor_any": [Case(lambda: (ints([[0, 0], [1, 0]]),), torch.any), Case(lambda: (ints([0, 0]),), torch.any)],
    "rt_torch_tensor_bucketize_scalar": [Case(lambda: (3, ints([1, 3, 5]), False, True), lambda v, b, o, rt: torch.bucketize(v, b, out_int32=o, right=rt))],
    "rt_torch_torchtensor_repeat_interleave_tensor": [Case(lambda: (ints([1, 2, 3]), None), lambda rp, o: torch.repeat_interleave(rp, output_size=o))],
    "rt_torch_torchtensor_movedim_int": [Case(lambda: (r(2, 3, 4), 0, 2), torch.movedim)],
    "rt_torch_torchtensor_meshgrid": [Case(lambda: ([r(2), r(3)],), lambda ts: list(torch.meshgrid(*ts, indexing="ij")))],
    "rt_torch_torchtensor_rand_like": [
        Case(
            lambda: (r(2, 3), None, None, None),
            lambda x, d, dev, f: torch.rand_like(x, dtype=d, device=dev, memory_format=getattr(torch, f or "preserve_format")),
            seed=3,
        )
    ],
    "rt_torch_tensor_normal_float_tensor": [Case(lambda: (0.5, r(3).abs()), lambda mean, std: torch.normal(mean, std), seed=4)],
    "rt_torch_torchtensor_bernoulli_p": [Case(lambda: (r(4), 0.3), lambda x, p: torch.bernoulli(x, p), seed=5)],
    "rt_torch_torchtensor_linalg_cond_p_str": [Case(lambda: (torch.tensor(SPD), "fro"), torch.linalg.cond)],
    "rt_torch_torchtensor_linalg_eigh": [Case(lambda: (torch.tensor(SPD, dtype=torch.float64), "L"), lambda x, u: torch.linalg.eigh(x, UPLO=u))],
    "rt_torch_torchtensor_linalg_eigvalsh": [Case(lambda: (torch.tensor(SPD, dtype=torch.float64), "U"), lambda x, u: torch.linalg.eigvalsh(x, UPLO=u))],
    "rt_torch_torchtensor_linalg_matrix_rank": [Case(lambda: (torch.tensor(SPD), 1e-5, False), lambda x, t, h: torch.linalg.matrix_rank(x, tol=t, hermitian=h))],
    "rt_torch_torchtensor_linalg_matrix_rank_tol_tensor": [
        Case(lambda: (torch.tensor(SPD), torch.tensor(10.0), True), lambda x, t, h: torch.linalg.matrix_rank(x, tol=t, hermitian=h))
    ],
    "rt_torch_torchtensor_linalg_pinv": [Case(lambda: (torch.tensor(SPD), 1e-15, False), lambda x, rc, h: torch.linalg.pinv(x, rcond=rc, hermitian=h), compare="close")],
    "rt_torch_torchtensor_linalg_pinv_rcond_tensor": [
        Case(lambda: (torch.tensor(SPD), torch.tensor(1e-15), True), lambda x, rc, h: torch.linalg.pinv(x, rcond=rc, hermitian=h), compare="close")
    ],
    "rt_torch_torchtensor_matrix_h": [Case(lambda: (r(2, 3),), lambda x: x.H)],
    "rt_torch_torchtensor_mh": [Case(lambda: (r(2, 2, 3),), lambda x: x.mH)],
    "rt_torch_torchtensor_mt": [Case(lambda: (r(2, 2, 3),), lambda x: x.mT)],
    "rt_torch_torchtensor_numpy_t": [Case(lambda: (r(2, 3),), lambda x: x.T)],
})
for _d in (1, 2, 3):
    _shape = (1, 2) + (6,) * _d
    CASES[f"rt_torch_nn_adaptive_max_pool{_d}d"] = [
        Case(lambda _s=_shape, _n=_d: (r(*_s), [3] * _n), lambda x, o, _n=_d: getattr(F, f"adaptive_max_pool{_n}d")(x, o))
    ]
    CASES[f"rt_torch_nn_adaptive_max_pool{_d}d_with_indices"] = [
        Case(lambda _s=_shape, _n=_d: (r(*_s), [2] * _n), lambda x, o, _n=_d: tuple(getattr(F, f"adaptive_max_pool{_n}d")(x, o, return_indices=True)))
    ]


# ============================================================================ TorchScript and autocast


class _Scripted(torch.nn.Module):
    """A module with a parameterised forward, an exported method with a tuple result, and dropout
    (so that training mode shows)."""

    def __init__(self) -> None:
        super().__init__()
        self.linear = torch.nn.Linear(3, 2)
        self.drop = torch.nn.Dropout(0.5)

    def forward(self, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        return self.drop(self.linear(x)).tanh() + y

    @torch.jit.export
    def split(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        return x * 2, x.sum(dim=0)

    @torch.jit.export
    def listed(self, x: torch.Tensor) -> list[torch.Tensor]:
        return [x, x + 1, x.relu()]


def scripted_module_file() -> tuple[torch.jit.ScriptModule, str]:
    """A scripted _Scripted (seeded), saved to a fresh temporary file, and the loaded copy PyTorch uses."""
    import os
    import tempfile

    torch.manual_seed(11)
    folder = tempfile.mkdtemp(prefix="sffi_jit_")
    path = os.path.join(folder, "module.pt")
    with warnings.catch_warnings():  # torch 2.13 deprecates TorchScript in favour of torch.export
        warnings.simplefilter("ignore", DeprecationWarning)
        torch.jit.save(torch.jit.script(_Scripted()), path)
        return torch.jit.load(path), path


def check_jit_module(b: Bridge) -> None:
    """Load, run forward and exported methods (tensor, tuple, list results) against torch.jit.load,
    train/eval, parameters; then free: the handle is gone and every kind of bad handle is refused."""
    from torch_sffi._native import lib

    start = lib.rt_torch_live_handles()
    ref, path = scripted_module_file()
    m = b.call("rt_torch_jit_load", path)
    assert m not in (0, -1)
    assert lib.rt_torch_live_handles() == start + 1, "a module handle counts as live"
    x, y = r(4, 3), r(4, 2, seed=1)
    ref.eval()
    b.call("rt_torch_jit_train", m, False)
    assert b.call("rt_torch_jit_is_training", m) is False
    assert b.call("rt_torch_jit_output_kind", m, "forward") == 0
    (out,) = b.call("rt_torch_jit_run_method", m, "forward", [x, y])
    assert torch.equal(out, ref(x, y)), "forward as PyTorch's"
    assert b.call("rt_torch_jit_output_kind", m, "split") == 1
    got = b.call("rt_torch_jit_run_method", m, "split", [x])
    assert len(got) == 2 and all(torch.equal(g, e) for g, e in zip(got, ref.split(x)))
    assert b.call("rt_torch_jit_output_kind", m, "listed") == 2
    got = b.call("rt_torch_jit_run_method", m, "listed", [x])
    assert len(got) == 3 and all(torch.equal(g, e) for g, e in zip(got, ref.listed(x)))
    names = b.call("rt_torch_jit_method_names", m).split("\n")
    assert {"forward", "split", "listed"} <= set(names)
    assert b.call("rt_torch_jit_parameter_names", m).split("\n") == [n for n, _ in ref.named_parameters()]
    params = b.call("rt_torch_jit_parameters", m)
    assert all(torch.equal(p, q.detach()) for p, q in zip(params, ref.parameters(), strict=True))
    b.call("rt_torch_jit_train", m, True)
    assert b.call("rt_torch_jit_is_training", m) is True
    ref.train()
    torch.manual_seed(5)  # one generator: dropout draws the same mask on both sides
    (out,) = b.call("rt_torch_jit_run_method", m, "forward", [x, y])
    torch.manual_seed(5)
    assert torch.equal(out, ref(x, y)), "training mode (dropout) as PyTorch's"
    assert not torch.equal(out, ref.eval()(x, y)), "dropout acts in training mode"
    # Errors: wrong input count and unknown method, as PyTorch's RuntimeError / AttributeError.
    with pytest_raises_code(b, 7):
        b.call("rt_torch_jit_run_method", m, "forward", [x])
    with pytest_raises_code(b, VALUE):
        b.call("rt_torch_jit_run_method", m, "nope", [x])
    b.call("rt_torch_jit_module_free", m)
    assert lib.rt_torch_live_handles() == start
    expect_error(b, INVALID_HANDLE, "already freed", "rt_torch_jit_run_method", m, "forward", [x, y])
    expect_error(b, INVALID_HANDLE, "already freed", "rt_torch_jit_module_free", m)
    expect_error(b, INVALID_HANDLE, "0 is not a valid module handle", "rt_torch_jit_is_training", 0)
    expect_error(b, INVALID_HANDLE, "is not a module handle issued", "rt_torch_jit_is_training", (3 << 56) | (7 << 32) | 12345)
    h = b.tensor(x)
    try:
        expect_error(b, INVALID_HANDLE, "is a tensor handle, not a module handle", "rt_torch_jit_train", h, True)
    finally:
        b.free(h)
    assert b.call("rt_torch_jit_module_release", m) is False


class pytest_raises_code:
    """`with pytest_raises_code(b, code):` the call inside fails with this error code."""

    def __init__(self, b: Bridge, code: int) -> None:
        self.code = code

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, exc: Any, tb: Any) -> bool:
        assert isinstance(exc, BridgeError), f"expected error code {self.code}, got {exc!r}"
        assert exc.code == self.code, f"expected error code {self.code}, got {exc.code}: {exc.message}"
        return True


def check_jit_load_errors(b: Bridge) -> None:
    """torch.jit.load's ValueError for a missing file or a directory; a file that is no module fails cleanly."""
    import os
    import tempfile

    folder = tempfile.mkdtemp(prefix="sffi_jit_")
    missing = os.path.join(folder, "missing.pt")
    expect_error(b, VALUE, f"The provided filename {missing} does not exist", "rt_torch_jit_load", missing)
    expect_error(b, VALUE, f"The provided filename {folder} is a directory", "rt_torch_jit_load", folder)
    junk = os.path.join(folder, "junk.pt")
    with open(junk, "wb") as f:
        f.write(b"not a zip archive")
    with pytest_raises_code(b, 7):
        b.call("rt_torch_jit_load", junk)


def check_jit_release(b: Bridge) -> None:
    from torch_sffi._native import lib

    _, path = scripted_module_file()
    m = b.call("rt_torch_jit_load", path)
    lib.rt_torch_error_clear()
    assert b.call("rt_torch_jit_module_release", m) is True
    assert b.call("rt_torch_jit_module_release", m) is False
    assert lib.rt_torch_error_code() == 0, "a release never sets the error"


def _autocast_ops(b: Bridge) -> list[torch.Tensor]:
    """matmul, linear and conv2d through the bridge on float32 inputs."""
    a, w, bias = r(4, 5), r(3, 5, seed=1), r(3, seed=2)
    img, k = r(1, 2, 6, 6, seed=3), r(4, 2, 3, 3, seed=4)
    return [
        b.call("rt_torch_torchtensor_matmul", a, w.T.contiguous()),
        b.call("rt_torch_nn_linear_v2", a, w, bias),
        b.call("rt_torch_nn_conv2d", img, k, None, [1, 1], [0, 0], [1, 1], 1),
    ]


def _torch_autocast_ops() -> list[torch.Tensor]:
    a, w, bias = r(4, 5), r(3, 5, seed=1), r(3, seed=2)
    img, k = r(1, 2, 6, 6, seed=3), r(4, 2, 3, 3, seed=4)
    return [a @ w.T.contiguous(), F.linear(a, w, bias), F.conv2d(img, k)]


def check_autocast(b: Bridge) -> None:
    """A bfloat16 region: matmul, linear and conv2d give PyTorch's autocast dtype and values; regions
    nest; the end restores the state and an unmatched end is an error."""
    assert b.call("rt_torch_is_autocast_enabled", "cpu") is False
    b.call("rt_torch_autocast_begin", "cpu", torch.bfloat16, True, None)
    try:
        assert torch.is_autocast_enabled("cpu"), "the bridge's region is libtorch's (same thread)"
        assert b.call("rt_torch_is_autocast_enabled", "cpu") is True
        assert b.call("rt_torch_get_autocast_dtype", "cpu") == torch.bfloat16
        got = _autocast_ops(b)
        b.call("rt_torch_autocast_begin", "cpu", None, False, None)  # nested, off
        try:
            assert b.call("rt_torch_is_autocast_enabled", "cpu") is False
            off = _autocast_ops(b)
        finally:
            b.call("rt_torch_autocast_end")
        assert b.call("rt_torch_is_autocast_enabled", "cpu") is True, "the inner end restores the outer region"
    finally:
        b.call("rt_torch_autocast_end")
    assert not torch.is_autocast_enabled("cpu")
    with torch.autocast("cpu", dtype=torch.bfloat16):
        want = _torch_autocast_ops()
        with torch.autocast("cpu", enabled=False):
            want_off = _torch_autocast_ops()
    for g, w in zip(got + off, want + want_off, strict=True):
        assert g.dtype == w.dtype and torch.equal(g, w), (g.dtype, w.dtype)
    assert all(g.dtype == torch.bfloat16 for g in got)
    expect_error(b, VALUE, "autocast_end without a matching autocast_begin", "rt_torch_autocast_end")


def check_autocast_unsupported_dtype(b: Bridge) -> None:
    """float32 on the CPU: PyTorch warns and disables the region; so does the bridge."""
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        b.call("rt_torch_autocast_begin", "cpu", torch.float32, True, None)
    try:
        assert b.call("rt_torch_is_autocast_enabled", "cpu") is False
        assert b.call("rt_torch_get_autocast_dtype", "cpu") == torch.float32
    finally:
        b.call("rt_torch_autocast_end")
    assert b.call("rt_torch_get_autocast_dtype", "cpu") == torch.bfloat16, "the end restores the dtype"


CASES.update({
    "rt_torch_jit_load": [Case(check=check_jit_module), Case(check=check_jit_load_errors, label="errors")],
    "rt_torch_jit_module_free": [Case(check=check_jit_module)],
    "rt_torch_jit_module_release": [Case(check=check_jit_release)],
    "rt_torch_jit_run_method": [Case(check=check_jit_module)],
    "rt_torch_jit_output_kind": [Case(check=check_jit_module)],
    "rt_torch_jit_method_names": [Case(check=check_jit_module)],
    "rt_torch_jit_train": [Case(check=check_jit_module)],
    "rt_torch_jit_is_training": [Case(check=check_jit_module)],
    "rt_torch_jit_parameters": [Case(check=check_jit_module)],
    "rt_torch_jit_parameter_names": [Case(check=check_jit_module)],
    "rt_torch_autocast_begin": [Case(check=check_autocast), Case(check=check_autocast_unsupported_dtype, label="unsupported dtype")],
    "rt_torch_autocast_end": [Case(check=check_autocast)],
    "rt_torch_is_autocast_enabled": [Case(lambda: ("cpu",), lambda d: torch.is_autocast_enabled(d))],
    "rt_torch_get_autocast_dtype": [Case(lambda: ("cpu",), lambda d: torch.get_autocast_dtype(d))],
})


# ---------------------------------------------------------------------------- custom autograd functions

BACKWARD_FN = "int32_t(void*, const int64_t*, int64_t, const int64_t*, int64_t, int64_t*, int64_t, const char**)"
FREE_FN = "void(void*)"


def _custom_exp(b: Bridge, x: int, backward: Any, free: Any, user_data: int, name: str = "Exp") -> int:
    """exp(x) computed with grad off, recorded by rt_torch_autograd_function_apply with y saved."""
    from torch_sffi._native import lib

    lib.rt_torch_autograd_no_grad_begin_v2()
    y = lib.rt_torch_torchtensor_exp(x)
    lib.rt_torch_autograd_no_grad_end_v2()
    b.check()
    try:
        (out,) = b.call(
            "rt_torch_autograd_function_apply", [Handle(x)], [Handle(y)], [Handle(y)], [], [], True, name,
            int(ffi.cast("intptr_t", backward)), user_data, int(ffi.cast("intptr_t", free)), keep=True,
        )  # fmt: skip
    finally:
        b.free(y)
    return int(out.value)


def check_custom_function(b: Bridge) -> None:
    """A C backward callback: the gradient of exp(x), the saved tensor, the callback's ownership of
    the handles it gets and gives, a failing status as the backward's error, the user data freed
    once with the node; the live-handle count comes back."""
    from torch_sffi._native import lib

    start = lib.rt_torch_live_handles()
    freed: list[int] = []
    failures: dict[int, tuple[int, bytes]] = {}

    def backward(user_data: Any, grads: Any, n_grads: int, saved: Any, n_saved: int, grad_inputs: Any, n_inputs: int, message: Any) -> int:
        key = int(ffi.cast("intptr_t", user_data))
        assert (n_grads, n_saved, n_inputs) == (1, 1, 1)
        if key in failures:
            lib.rt_torch_torchtensor_free(grads[0])
            lib.rt_torch_torchtensor_free(saved[0])
            code, text = failures[key]
            keep = ffi.new("char[]", text)
            failures[key] = (code, keep)  # alive until the bridge copied it
            message[0] = keep
            return code
        grad_inputs[0] = lib.rt_torch_torchtensor_mul(grads[0], saved[0])
        lib.rt_torch_torchtensor_free(grads[0])
        lib.rt_torch_torchtensor_free(saved[0])
        return 0

    def free(user_data: Any) -> None:
        freed.append(int(ffi.cast("intptr_t", user_data)))

    cb, fcb = ffi.callback(BACKWARD_FN, backward), ffi.callback(FREE_FN, free)
    data = r(5, dtype=torch.float64)
    x = b.tensor(data)
    lib.rt_torch_autograd_set_requires_grad(x, True)
    y = _custom_exp(b, x, cb, fcb, 11)
    s = lib.rt_torch_torchtensor_sum_dim(y, 0, False)
    lib.rt_torch_autograd_backward(s)
    b.check()
    g = lib.rt_torch_autograd_grad(x)
    expected = data.clone().requires_grad_()
    expected.exp().sum().backward()
    assert torch.equal(b.to_torch(g), expected.grad), "the callback's gradient, as PyTorch's"
    assert freed == [], "the node (held by y) keeps its user data"
    for h in (g, s, y):
        b.free(h)
    assert freed == [11], "freed once, with the node"
    # A failing status: the backward fails with that code and the callback's message.
    failures[12] = (VALUE, b"backward refused")
    y = _custom_exp(b, x, cb, fcb, 12)
    s = lib.rt_torch_torchtensor_sum_dim(y, 0, False)
    lib.rt_torch_autograd_backward(s)
    assert lib.rt_torch_error_code() == VALUE
    assert ffi.string(lib.rt_torch_error_message()).decode().endswith("backward refused")
    for h in (s, y):
        b.free(h)
    assert freed == [11, 12]
    # A bad handle written back (a forged one): an invalid-handle error, nothing leaks.
    failures.pop(12)

    def forged(user_data: Any, grads: Any, n_grads: int, saved: Any, n_saved: int, grad_inputs: Any, n_inputs: int, message: Any) -> int:
        lib.rt_torch_torchtensor_free(grads[0])
        lib.rt_torch_torchtensor_free(saved[0])
        grad_inputs[0] = 0x7FFF_0000_0001
        return 0

    fcb2 = ffi.callback(BACKWARD_FN, forged)
    y = _custom_exp(b, x, fcb2, fcb, 15)
    s = lib.rt_torch_torchtensor_sum_dim(y, 0, False)
    lib.rt_torch_autograd_backward(s)
    assert lib.rt_torch_error_code() == INVALID_HANDLE
    assert b"the backward callback wrote a bad handle at grad_inputs[0]" in ffi.string(lib.rt_torch_error_message())
    for h in (s, y):
        b.free(h)
    assert freed == [11, 12, 15]
    # No input requires grad: no node; the user data is freed at once.
    z = b.tensor(data)
    w = _custom_exp(b, z, cb, fcb, 13)
    assert freed == [11, 12, 15, 13]
    b.free(w)
    b.free(z)
    # A NULL backward is a value error; the caller keeps its user data (not freed).
    expect_error(b, VALUE, "the backward callback is NULL", "rt_torch_autograd_function_apply", [Handle(x)], [Handle(x)], [], [], [], True, None, 0, 14, int(ffi.cast("intptr_t", fcb)))
    assert freed == [11, 12, 15, 13]
    b.free(x)
    assert lib.rt_torch_live_handles() == start


def check_amp_unscale(grads: list[torch.Tensor], inv: float) -> Callable[[Bridge], None]:
    """GradScaler's unscale step: the gradients and found_inf changed in place as PyTorch's."""

    def check(b: Bridge) -> None:
        found_t, inv_t, grads_t = torch.zeros(()), torch.tensor(inv), [g.clone() for g in grads]
        torch._amp_foreach_non_finite_check_and_unscale_(grads_t, found_t, inv_t)
        found, gs, inv_h = Handle(b.tensor(torch.zeros(()))), [Handle(b.tensor(g)) for g in grads], Handle(b.tensor(torch.tensor(inv)))
        try:
            assert b.call("rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_", found, gs, inv_h) is None
            assert torch.equal(b.to_torch(found.value), found_t)
            for h, g in zip(gs, grads_t):
                assert torch.allclose(b.to_torch(h.value), g, equal_nan=True, rtol=0, atol=0)
        finally:
            for h in (found, inv_h, *gs):
                b.free(h.value)

    return check


def check_amp_update_scale(tracker: int, found_inf: float) -> Callable[[Bridge], None]:
    """GradScaler's update step: the scale and the growth tracker changed in place as PyTorch's."""

    def check(b: Bridge) -> None:
        scale_t, tracker_t = torch.tensor(8.0), torch.tensor(tracker, dtype=torch.int32)
        torch._amp_update_scale_(scale_t, tracker_t, torch.tensor(found_inf), 2.0, 0.5, 2)
        scale, tr = Handle(b.tensor(torch.tensor(8.0))), Handle(b.tensor(torch.tensor(tracker, dtype=torch.int32)))
        try:
            assert b.call("rt_torch_torchtensor_amp_update_scale_", scale, tr, torch.tensor(found_inf), 2.0, 0.5, 2) is None
            assert torch.equal(b.to_torch(scale.value), scale_t) and torch.equal(b.to_torch(tr.value), tracker_t)
        finally:
            b.free(scale.value)
            b.free(tr.value)

    return check


CASES.update({
    "rt_torch_autograd_function_apply": [Case(check=check_custom_function)],
    "rt_torch_torchtensor_new_handle": [Case(lambda: (r(2, 3),), lambda x: x)],
    "rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_": [
        Case(check=check_amp_unscale([torch.tensor([2.0, 4.0]), torch.tensor([8.0])], 0.25), label="finite"),
        Case(check=check_amp_unscale([torch.tensor([2.0, float("inf")]), torch.tensor([float("nan")])], 0.5), label="inf and nan"),
    ],
    "rt_torch_torchtensor_amp_update_scale_": [
        Case(check=check_amp_update_scale(1, 0.0), label="grows"),
        Case(check=check_amp_update_scale(0, 0.0), label="counts a clean step"),
        Case(check=check_amp_update_scale(1, 1.0), label="backs off"),
    ],
})


# ------------------------------------------------------------------ process groups (c10d)
DISTRIBUTED = 8


def _solo_group(b: Bridge) -> int:
    """A process group of one (rank 0 of 1) over a FileStore in a fresh folder."""
    import os
    import tempfile

    path = os.path.join(tempfile.mkdtemp(prefix="sffi_dist_"), "store")
    g = b.call("rt_torch_dist_init", "gloo", "file", path, 0, 0, 1, 20000, False)
    assert g not in (0, -1)
    return g


def check_dist_group(b: Bridge) -> None:
    """A group of one: rank, world size, each collective as its definition for one rank (the
    input itself), in place on the bridge's tensor; then free: every kind of bad handle is refused."""
    from torch_sffi._native import lib

    start = lib.rt_torch_live_handles()
    g = _solo_group(b)
    assert lib.rt_torch_live_handles() == start + 1, "a process-group handle counts as live"
    assert b.call("rt_torch_dist_rank", g) == 0
    assert b.call("rt_torch_dist_world_size", g) == 1
    x = r(3, 4)
    h = b.tensor(x)
    try:
        _check_solo_collectives(b, g, h, x)
    except BaseException:
        b.call("rt_torch_dist_release", g)
        raise
    finally:
        b.free(h)
    b.call("rt_torch_dist_free", g)
    assert lib.rt_torch_live_handles() == start
    expect_error(b, INVALID_HANDLE, "already freed", "rt_torch_dist_barrier", g)
    expect_error(b, INVALID_HANDLE, "already freed", "rt_torch_dist_free", g)
    expect_error(b, INVALID_HANDLE, "0 is not a valid process group handle", "rt_torch_dist_rank", 0)
    expect_error(b, INVALID_HANDLE, "is not a process group handle issued", "rt_torch_dist_world_size", (4 << 56) | (7 << 32) | 12345)
    lib.rt_torch_error_clear()  # the release below leaves the error state alone
    assert b.call("rt_torch_dist_release", g) is False


def _check_solo_collectives(b: Bridge, g: int, h: int, x: torch.Tensor) -> None:
    """Each collective of a group of one is the identity, in place on the bridge's tensor."""
    for op in ("sum", "avg", "min", "max", "product"):
        b.call("rt_torch_dist_all_reduce_", Handle(h), g, op)
        assert torch.equal(b.to_torch(h), x), op
    expect_error(b, VALUE, "median is not a valid value for op", "rt_torch_dist_all_reduce_", Handle(h), g, "median")
    b.call("rt_torch_dist_broadcast_", Handle(h), g, 0)
    assert torch.equal(b.to_torch(h), x)
    expect_error(b, VALUE, "src 1 is not a rank of the group", "rt_torch_dist_broadcast_", Handle(h), g, 1)
    (got,) = b.call("rt_torch_dist_all_gather", x, g)
    assert torch.equal(got, x)
    out = b.tensor(torch.zeros(3, 4))
    try:
        b.call("rt_torch_dist_reduce_scatter_", Handle(out), g, [x], "sum")
        assert torch.equal(b.to_torch(out), x)
        expect_error(b, VALUE, "one input tensor per rank", "rt_torch_dist_reduce_scatter_", Handle(out), g, [x, x], "sum")
    finally:
        b.free(out)
    b.call("rt_torch_dist_barrier", g)
    expect_error(b, INVALID_HANDLE, "is a tensor handle, not a process group handle", "rt_torch_dist_barrier", h)


def check_dist_init_errors(b: Bridge) -> None:
    """Bad arguments are value errors (before any rendezvous); NCCL on the CPU build is
    unavailable; a rendezvous whose peers never come is a distributed error after the timeout."""
    import os
    import tempfile

    path = os.path.join(tempfile.mkdtemp(prefix="sffi_dist_"), "store")
    init = "rt_torch_dist_init"
    expect_error(b, VALUE, "rank 2 is not a rank of a group of world size 2", init, "gloo", "file", path, 0, 2, 2, 1000, False)
    expect_error(b, VALUE, "rank -1 is not a rank", init, "gloo", "file", path, 0, -1, 2, 1000, False)
    expect_error(b, VALUE, "world_size must be a positive number", init, "gloo", "file", path, 0, 0, 0, 1000, False)
    expect_error(b, VALUE, "Unknown backend type mpi", init, "mpi", "file", path, 0, 0, 1, 1000, False)
    expect_error(b, UNAVAILABLE, "Distributed package doesn't have NCCL built in", init, "nccl", "file", path, 0, 0, 1, 1000, False)
    expect_error(b, VALUE, "unknown store 'redis'", init, "gloo", "redis", path, 0, 0, 1, 1000, False)
    expect_error(b, VALUE, "timeout must be positive", init, "gloo", "file", path, 0, 0, 1, 0, False)
    expect_error(b, VALUE, "port must have value from 0 to 65535", init, "gloo", "tcp", "127.0.0.1", 70000, 0, 1, 1000, False)
    expect_error(b, DISTRIBUTED, "", init, "gloo", "file", path, 0, 0, 2, 1500, False)  # rank 1 never comes


def check_dist_init_env(b: Bridge) -> None:
    """torchrun's environment: a missing variable is torch.distributed's value error; with it set,
    a group of one over a TCP store on a free port."""
    import os
    import socket

    names = ("MASTER_ADDR", "MASTER_PORT", "RANK", "WORLD_SIZE", "TORCHELASTIC_USE_AGENT_STORE")
    saved = {n: os.environ.get(n) for n in names}
    try:
        for n in names:
            os.environ.pop(n, None)
        expect_error(b, VALUE, "environment variable MASTER_ADDR expected, but not set", "rt_torch_dist_init_env", "gloo", 5000)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        os.environ.update({"MASTER_ADDR": "127.0.0.1", "MASTER_PORT": str(port), "RANK": "0", "WORLD_SIZE": "1"})
        g = b.call("rt_torch_dist_init_env", "gloo", 20000)
        try:
            assert (b.call("rt_torch_dist_rank", g), b.call("rt_torch_dist_world_size", g)) == (0, 1)
        finally:
            b.call("rt_torch_dist_free", g)
    finally:
        for n, v in saved.items():
            if v is None:
                os.environ.pop(n, None)
            else:
                os.environ[n] = v


def check_dist_release(b: Bridge) -> None:
    from torch_sffi._native import lib

    g = _solo_group(b)
    lib.rt_torch_error_clear()
    assert b.call("rt_torch_dist_release", g) is True
    assert b.call("rt_torch_dist_release", g) is False
    assert lib.rt_torch_error_code() == 0, "a release never sets the error"


def check_dist_shuffle_indices(b: Bridge) -> None:
    """torch.randperm with a generator of its own, seeded: the global generator is not touched."""
    torch.manual_seed(3)
    for n, seed in ((0, 0), (1, 5), (10, 0), (100, 7), (1000, 12345)):
        got = b.call("rt_torch_dist_shuffle_indices", n, seed)
        assert torch.equal(got, torch.randperm(n, generator=torch.Generator().manual_seed(seed))), (n, seed)
    after = torch.rand(3)
    torch.manual_seed(3)
    assert torch.equal(after, torch.rand(3)), "the global generator was not used"
    expect_error(b, VALUE, "n must be non-negative", "rt_torch_dist_shuffle_indices", -1, 0)


def dist_backend_reference(name: str) -> bool:
    """PyTorch's answer for gloo (is_gloo_available); the bridge builds no NCCL (the CPU wheel has
    none), and knows no other backend."""
    import torch.distributed

    return name == "gloo" and torch.distributed.is_gloo_available()


CASES.update({
    "rt_torch_dist_init": [Case(check=check_dist_group), Case(check=check_dist_init_errors, label="errors")],
    "rt_torch_dist_init_env": [Case(check=check_dist_init_env)],
    "rt_torch_dist_free": [Case(check=check_dist_group)],
    "rt_torch_dist_release": [Case(check=check_dist_release)],
    "rt_torch_dist_is_backend_available": [Case(lambda: ("gloo",), dist_backend_reference), Case(lambda: ("nccl",), dist_backend_reference, label="nccl"), Case(lambda: ("mpi",), dist_backend_reference, label="other")],
    "rt_torch_dist_rank": [Case(check=check_dist_group)],
    "rt_torch_dist_world_size": [Case(check=check_dist_group)],
    "rt_torch_dist_all_reduce_": [Case(check=check_dist_group)],
    "rt_torch_dist_broadcast_": [Case(check=check_dist_group)],
    "rt_torch_dist_all_gather": [Case(check=check_dist_group)],
    "rt_torch_dist_reduce_scatter_": [Case(check=check_dist_group)],
    "rt_torch_dist_barrier": [Case(check=check_dist_group)],
    "rt_torch_dist_shuffle_indices": [Case(check=check_dist_shuffle_indices)],
})
