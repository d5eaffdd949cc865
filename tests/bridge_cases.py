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

import torch
import torch.nn.functional as F
from bridge_util import Bridge, BridgeError, Handle

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


def check_available(b: Bridge) -> None:
    assert b.call("rt_torch_available") is True


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


def check_backward_needs_a_scalar(b: Bridge) -> None:
    h = Handle(b.tensor(r(3)))
    b.call("rt_torch_autograd_set_requires_grad", h, True)
    y = b.call("rt_torch_torchtensor_mul_scalar", h, 2.0, keep=True)
    try:
        expect_error(b, 7, "grad can be implicitly created only for scalar outputs", "rt_torch_autograd_backward", y)
    finally:
        b.free(y.value)
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


def check_no_grad_nesting(b: Bridge) -> None:
    h = Handle(b.tensor(r(3)))
    b.call("rt_torch_autograd_set_requires_grad", h, True)

    def tracked() -> bool:
        y = b.call("rt_torch_torchtensor_mul_scalar", h, 2.0, keep=True)
        try:
            return bool(b.call("rt_torch_autograd_requires_grad", y))
        finally:
            b.free(y.value)

    try:
        assert tracked()
        b.call("rt_torch_autograd_no_grad_begin")
        assert not tracked()
        b.call("rt_torch_autograd_no_grad_begin")
        b.call("rt_torch_autograd_no_grad_end")
        assert not tracked(), "the outer region is still open"
        b.call("rt_torch_autograd_no_grad_end")
        assert tracked()
        expect_error(b, VALUE, "no_grad_end without a matching no_grad_begin", "rt_torch_autograd_no_grad_end")
        assert torch.is_grad_enabled()
    finally:
        b.free(h.value)


def check_no_grad_restores_a_disabled_mode(b: Bridge) -> None:
    with torch.no_grad():  # the thread's mode was already off: the region must not turn it on
        b.call("rt_torch_autograd_no_grad_begin")
        b.call("rt_torch_autograd_no_grad_end")
        assert not torch.is_grad_enabled()
    assert torch.is_grad_enabled()


def check_cuda_unavailable(b: Bridge) -> None:
    expect_error(b, UNAVAILABLE, "CUDA is not available", "rt_torch_torchtensor_cuda", r(2), 0)


def check_to_stream_without_stream(b: Bridge) -> None:
    expect_error(b, INVALID_HANDLE, "0 is not a valid stream handle", "rt_torch_torchtensor_to_stream", r(2), 0, 0)


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
        moved = b.call("rt_torch_torchtensor_to_stream", h, 0, s, keep=True)
        b.call("rt_torch_torchstream_sync", s)
        assert b.call("rt_torch_torchstream_query", s) is True, "idle after sync"
        assert torch.equal(b.call("rt_torch_torchtensor_cpu", moved), x)
        b.free(moved.value)
    finally:
        b.call("rt_torch_torchstream_free", s)
        b.free(h.value)
    expect_error(b, INVALID_HANDLE, "was already freed", "rt_torch_torchstream_query", s)


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


def check_manual_seed(b: Bridge) -> None:
    b.call("rt_torch_manual_seed", 1234)
    first = b.call("rt_torch_tensor_randn", [5])
    b.call("rt_torch_manual_seed", 1234)
    again = b.call("rt_torch_tensor_randn", [5])
    torch.manual_seed(1234)
    expected = torch.randn(5)
    assert torch.equal(first, expected) and torch.equal(again, expected)


def check_imag(b: Bridge) -> None:
    m = torch.tensor([[0.0, -1.0], [1.0, 0.0]])  # eigenvalues +-i
    vals, vecs = b.call("rt_torch_torchtensor_eig", m, keep=True)
    try:
        imag = b.call("rt_torch_torchtensor_imag", vals)
        assert torch.equal(imag, torch.linalg.eig(m).eigenvalues.imag)
    finally:
        b.free(vals.value)
        b.free(vecs.value)
    expect_error(b, 7, "imag is not implemented for tensors with non-complex dtypes", "rt_torch_torchtensor_imag", r(2))


def check_data_rejects_complex(b: Bridge) -> None:
    vals, vecs = b.call("rt_torch_torchtensor_eig", torch.tensor([[0.0, -1.0], [1.0, 0.0]]), keep=True)
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
        assert torch.equal(b.call("rt_torch_torchtensor_view", c, [6]), x.t().contiguous().view(6))
    finally:
        for handle in (c, t, h):
            b.free(handle.value)


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


def check_in_place(name: str, make: Callable[[], tuple[Any, ...]], ref: Callable[..., Any]) -> Callable[[Bridge], None]:
    """An in-place function: the receiver afterwards equals PyTorch's in-place result, bit for bit.

    On a leaf that requires grad it fails with PyTorch's error, unless inside a no_grad region,
    where it works (what an optimizer's step does).
    """

    def check(b: Bridge) -> None:
        args = make()
        expected = args[0].clone()
        ref(expected, *args[1:])
        h = Handle(b.tensor(args[0]))
        try:
            assert b.call(name, h, *args[1:]) is None
            assert torch.equal(b.to_torch(h.value), expected), f"{name}: {b.to_torch(h.value)} != {expected}"
            b.call("rt_torch_autograd_set_requires_grad", h, True)
            before = b.to_torch(h.value)
            expect_error(b, 7, LEAF_IN_PLACE, name, h, *args[1:])
            assert torch.equal(b.to_torch(h.value), before), "a refused update changes nothing"
            b.call("rt_torch_autograd_no_grad_begin")
            try:
                b.call(name, h, *args[1:])
            finally:
                b.call("rt_torch_autograd_no_grad_end")
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


# ------------------------------------------------------------------ the table

DTYPE_CODES = {torch.float32: 6, torch.float64: 7, torch.int64: 4, torch.bool: 11, torch.int32: 3, torch.complex64: 9}
DTYPE_BY_CODE = {
    0: torch.uint8, 1: torch.int8, 2: torch.int16, 3: torch.int32, 4: torch.int64, 5: torch.float16,
    6: torch.float32, 7: torch.float64, 9: torch.complex64, 10: torch.complex128, 11: torch.bool, 15: torch.bfloat16,
}


def to_dtype(x: torch.Tensor, code: int) -> torch.Tensor:
    if code not in DTYPE_BY_CODE:
        raise ValueError(f"unknown dtype code {code}")
    return x.to(DTYPE_BY_CODE[code])

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
    "rt_torch_torchtensor_svd": [Case(lambda: (r(4, 3),), lambda x: list(torch.linalg.svd(x, full_matrices=False)))],
    "rt_torch_torchtensor_eig": [
        Case(lambda: (r(3, 3),), lambda x: list(torch.linalg.eig(x))),
        Case(lambda: (torch.tensor([[0.0, -1.0], [1.0, 0.0]]),), lambda x: list(torch.linalg.eig(x)), label="complex eigenvalues"),
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
    "rt_torch_torchtensor_max_dim": [Case(lambda: (r(3, 4), 1, False), lambda x, d, k: list(torch.max(x, d, keepdim=k)))],
    "rt_torch_torchtensor_min": [Case(lambda: (r(3, 4),), lambda x: torch.min(x).item())],
    "rt_torch_torchtensor_min_dim": [Case(lambda: (r(3, 4), 0, True), lambda x, d, k: list(torch.min(x, d, keepdim=k)))],
    "rt_torch_torchtensor_argmax": [
        Case(lambda: (r(3, 4), 1, False), lambda x, d, k: torch.argmax(x, d, keepdim=k)),
        Case(lambda: (r(3, 4), -1, True), lambda x, d, k: torch.argmax(x, d, keepdim=k), label="negative dim"),
    ],
    "rt_torch_torchtensor_argmin": [Case(lambda: (r(3, 4), 0, False), lambda x, d, k: torch.argmin(x, d, keepdim=k))],
    "rt_torch_torchtensor_std": [Case(lambda: (r(10),), lambda x: torch.std(x).item())],
    "rt_torch_torchtensor_var": [Case(lambda: (r(10),), lambda x: torch.var(x).item()), Case(lambda: (r(1),), quiet_var, label="one element")],
    # Shape Manipulation
    "rt_torch_torchtensor_ndim": [Case(lambda: (r(2, 3, 4),), lambda x: x.dim()), Case(lambda: (torch.tensor(1.0),), lambda x: x.dim())],
    "rt_torch_torchtensor_numel": [Case(lambda: (r(2, 3, 4),), torch.numel)],
    "rt_torch_torchtensor_shape": [Case(lambda: (r(2, 3, 4, 5, 6),), lambda x: list(x.shape)), Case(lambda: (torch.tensor(2.0),), lambda x: list(x.shape))],
    "rt_torch_torchtensor_reshape": [Case(lambda: (r(2, 6), [3, -1]), torch.reshape)],
    "rt_torch_torchtensor_view": [Case(lambda: (r(2, 6), [4, 3]), lambda x, d: x.view(d))],
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
    ],
    "rt_torch_nn_layer_norm": [Case(lambda: (r(2, 3, 4), [4], r(4), r(4, seed=1), 1e-5), F.layer_norm), Case(lambda: (r(2, 3), [2, 3], None, None, 1e-5), F.layer_norm)],
    "rt_torch_nn_dropout": [
        Case(lambda: (r(8, 8), 0.5, True), F.dropout, seed=11),
        Case(lambda: (r(8), 0.5, False), F.dropout, label="not training"),
    ],
    "rt_torch_nn_linear": [Case(lambda: (r(2, 3), r(4, 3, seed=1), r(4)), F.linear), Case(lambda: (r(5, 3), r(2, 3), None), F.linear, label="no bias")],
    "rt_torch_nn_embedding": [Case(lambda: (ints([[0, 2], [1, 0]]), r(3, 4)), F.embedding)],
    # Loss Functions
    "rt_torch_nn_mse_loss": [Case(lambda: (r(3, 4), r(3, 4, seed=1)), F.mse_loss)],
    "rt_torch_nn_cross_entropy": [Case(lambda: (r(4, 5), ints([1, 0, 4, 2])), F.cross_entropy)],
    "rt_torch_nn_binary_cross_entropy": [Case(lambda: (torch.sigmoid(r(6)), torch.rand(6, generator=gen(3))), F.binary_cross_entropy)],
    "rt_torch_nn_nll_loss": [Case(lambda: (torch.log_softmax(r(4, 5), 1), ints([1, 0, 4, 2])), F.nll_loss)],
    # Autograd
    "rt_torch_autograd_set_requires_grad": [Case(check=check_set_requires_grad)],
    "rt_torch_autograd_requires_grad": [Case(lambda: (r(2),), lambda x: x.requires_grad)],
    "rt_torch_autograd_grad": [Case(check=check_grad_and_backward)],
    "rt_torch_autograd_backward": [Case(check=check_grad_and_backward), Case(check=check_backward_needs_a_scalar, label="non-scalar")],
    "rt_torch_autograd_zero_grad": [Case(check=check_zero_grad)],
    "rt_torch_autograd_detach": [Case(lambda: (r(3),), lambda x: x.detach()), Case(check=check_detach, label="cuts the graph")],
    "rt_torch_autograd_no_grad_begin": [Case(check=check_no_grad_nesting), Case(check=check_no_grad_restores_a_disabled_mode)],
    "rt_torch_autograd_no_grad_end": [Case(check=check_no_grad_nesting)],
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
        Case(check=check_to_stream_without_stream, label="no stream given"),
        Case(check=check_cuda_streams, cuda=True, label="on a stream"),
    ],
    "rt_torch_torchtensor_clone": [Case(lambda: (r(2, 2),), torch.clone)],
    # CUDA Streams
    "rt_torch_stream_create": [
        Case(check=check_stream_create_unavailable, label="cpu build", extra={"cpu_only": True}),
        Case(check=check_cuda_streams, cuda=True, label="cuda"),
    ],
    "rt_torch_torchstream_sync": [Case(check=check_stream_function_rejects_bad_handles("rt_torch_torchstream_sync"))],
    "rt_torch_torchstream_query": [Case(check=check_stream_function_rejects_bad_handles("rt_torch_torchstream_query"))],
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
    "rt_torch_torchtensor_release": [Case(check=check_release)],
    "rt_torch_manual_seed": [Case(check=check_manual_seed)],
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
        Case(lambda: (r(2),), lambda x: DTYPE_CODES[x.dtype]),
        Case(lambda: (ints([1]),), lambda x: DTYPE_CODES[x.dtype]),
        Case(lambda: (torch.tensor([True]),), lambda x: DTYPE_CODES[x.dtype]),
    ],
    "rt_torch_torchtensor_to_dtype": [
        Case(lambda: (r(3), 7), to_dtype),
        Case(lambda: (torch.tensor([1.9, -0.5]), 4), to_dtype),
        Case(lambda: (r(3), 11), to_dtype),
    ],
    "rt_torch_torchtensor_real": [Case(lambda: (r(3),), torch.real)],
    "rt_torch_torchtensor_imag": [Case(check=check_imag)],
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
}
