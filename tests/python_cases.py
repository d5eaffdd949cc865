"""Spec-driven cases for the torch_sffi package: every function the Python tier wraps, through
its public names, next to PyTorch's own Python API.

CASES maps catalogue functions to cases. A case computes a result with torch_sffi (`ours`, given
the module) and the same thing with PyTorch (`ref`, given torch); tests/test_python_api.py
compares them: tensors by shape, dtype and values (bit for bit unless `tol`), named tuples by
type name and field names too, tuples item by item, numbers by type and value. Most cases are
one expression written once for both modules (`same(...)`): `m` is torch_sffi or torch and
NN(m) its torch.nn.functional. Where PyTorch has no counterpart, `check` inspects our result. A
case marked `cuda` needs a CUDA device: without one, `ours` must raise TorchUnavailableError.
A case with `raises` expects that built-in exception class from ours (a TorchError) and, when
`ref` is given, from PyTorch too.

Every case must reach the catalogue function it is filed under (the test counts the calls of the
generated wrappers), so the cases of the forms of one overloaded function show that the
arguments chose that form. Cases through a C operator of the Tensor base type (`-t`, `t @ u`,
`t + u`) are not counted (`reach=False`): the C slot calls the bridge directly.

Which functions need a case comes from the catalogue: every entry that is not
`python: {kind: internal}`, plus internal ones a public name still reaches (a C operator, the grad
setter). Internal entries without a public name are the bridge suite's (tests/bridge_cases.py).

Random functions draw after seeding: torch.manual_seed and torch_sffi.manual_seed seed the
same generator (one libtorch in the process), so the numbers must be identical.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import numpy as np

A = [[1.0, -2.0, 3.0], [4.0, 5.0, -6.5]]
B = [[0.5, 2.0, -1.0], [3.0, -4.0, 2.5]]
I = [[1, -2, 3], [4, 5, -7]]  # noqa: E741 - an int matrix shaped like A
J = [[2, 3, -4], [-3, 2, 5]]
POS = [[0.5, 1.0, 2.0], [4.0, 9.0, 16.0]]
M = [[2.0, 1.0], [1.0, 3.0]]
ROT = [[0.0, -1.0], [1.0, 0.0]]  # complex eigenvalues +-i
V = [1.0, 2.0, 3.0]
W = [4.0, -5.0, 6.0]
IMG = [[[[float(i * 5 + j) for j in range(5)] for i in range(5)], [[float((i + j) % 3) for j in range(5)] for i in range(5)]]]
KER = [[[[1.0, 0.0], [0.0, -1.0]], [[0.5, 0.5], [0.5, 0.5]]], [[[0.0, 1.0], [1.0, 0.0]], [[-1.0, 2.0], [0.0, 1.0]]]]
BATCH = [[1.0, 2.0, 3.0, 4.0], [2.0, 0.0, -2.0, 1.0], [0.5, 0.5, 1.5, -3.0]]  # (N=3, C=4)
LABELS = [3, 0, 2]
PROBS = [[0.5, 0.5, 0.0, 0.0], [0.1, 0.2, 0.3, 0.4], [0.0, 0.0, 1.0, 0.0]]
CW = [1.0, 2.0, 0.5, 1.5]  # a weight per class
TARGET01 = [[1.0, 0.0, 1.0], [0.0, 0.5, 1.0]]
TABLE = [[1.0, 2.0], [3.0, -4.0], [0.5, 0.5], [10.0, 0.0]]  # an embedding table, 4 x 2
CTC_LOGITS = [[[0.1 * (t + 2 * n - k) for k in range(4)] for n in range(2)] for t in range(3)]  # (T=3, N=2, C=4)




@dataclass(frozen=True)
class Case:
    ours: Callable[[Any], Any]
    ref: Callable[[Any], Any] | None = None
    check: Callable[[Any], bool] | None = None
    cuda: bool = False
    values: bool = True  # False: compare shape and dtype only (empty's memory is not initialised)
    tol: float = 0.0  # relative tolerance; 0 means identical
    raises: type[BaseException] | None = None  # the built-in exception class ours (and ref) raise
    match: str | None = None  # a regular expression our message contains
    reach: bool = True  # the case calls the function's generated wrapper (not a C operator)
    defect: str | None = None  # a known defect: the case is expected to fail until it is fixed


def same(expr: Callable[[Any], Any], **options: Any) -> Case:
    """One expression run with torch_sffi and with torch."""
    return Case(expr, expr, **options)


def NN(m: Any) -> Any:
    """torch.nn.functional, or torch_sffi.nn."""
    return getattr(m.nn, "functional", m.nn)


def _seeded(m: Any, seed: int, make: Callable[[], Any]) -> Any:
    m.manual_seed(seed)
    return make()


def _threads(m: Any, n: int) -> int:
    """Sets the intra-op thread count, reads it back, and restores it."""
    before = m.get_num_threads()
    try:
        m.set_num_threads(n)
        return int(m.get_num_threads())
    finally:
        m.set_num_threads(before)


def _default_dtype(m: Any, name: str) -> tuple[Any, ...]:
    """Sets the default dtype, reads what creation and promotion then make, and restores it."""
    try:
        m.set_default_dtype(getattr(m, name))
        return (m.get_default_dtype(), m.zeros(2), m.tensor([1.5, 2.0]), m.ones(2, dtype=m.long) + 0.5, m.arange(0.5, 3.0), m.tensor([]))
    finally:
        m.set_default_dtype(m.float32)


def _is_sffi(m: Any) -> bool:
    return bool(m.__name__ == "torch_sffi")


def _memory_format(m: Any, name: str) -> Any:
    """A memory format: torch's object, or torch_sffi's string (an enum of the catalogue)."""
    return name if _is_sffi(m) else getattr(m, name)


# ============================================================================ library


def _released_by_the_collector(ts: Any) -> tuple[bool, int, int]:
    """A tensor dropped between a failure and the read of its error code hides nothing."""
    import gc

    gc.collect()  # earlier tests' cyclic garbage is not freed in the middle of the count
    start = ts.live_handles()
    t = ts.ones([3])
    try:
        ts.tensor(A).transpose(0, 5)
    except ts.TorchIndexError:
        pass
    del t  # the C dealloc releases it here, and leaves the pending error alone
    gc.collect()
    code = ts.error_code()
    return ts.live_handles() == start, 0 if code else 1, code


def _warned(ts: Any) -> tuple[int, str, int, list[str]]:
    """A call that warns: the warning's count, message and kind read through the runtime, and
    what Python's warnings module caught of it."""
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ts.ones(1).var()
    return ts.warning_count(), ts.warning_message(0), ts.warning_kind(0), [w.category.__name__ for w in caught]


def _failed_code(ts: Any) -> tuple[int, int]:
    try:
        ts.tensor(A).view(4)
    except ts.TorchError as exc:
        return exc.code, ts.error_code()
    raise AssertionError("view with a wrong size did not fail")


def _failed_message(ts: Any) -> tuple[str, str]:
    try:
        ts.tensor(A).transpose(0, 5)
    except ts.TorchError as exc:
        return str(exc), ts.error_message()
    raise AssertionError("transpose with a bad dim did not fail")


def _cleared(ts: Any) -> tuple[int, str]:
    try:
        ts.eye(-1)
    except ts.TorchError:
        pass
    ts.error_clear()
    return ts.error_code(), ts.error_message()


def _live_counts(ts: Any) -> tuple[int, int, int]:
    before = ts.live_handles()
    t = ts.ones(2)
    during = ts.live_handles()
    t.free()
    return before, during, ts.live_handles()


def _free_then_use(ts: Any) -> tuple[bool, str]:
    t = ts.tensor(V)
    t.free()
    try:
        t.sum()
    except ts.InvalidHandleError as exc:
        return True, str(exc)
    return False, ""


# ============================================================================ autograd


def _grad_enabled_in_no_grad(m: Any) -> Any:
    with m.no_grad():
        return m.is_grad_enabled()


def _with_data(t: Any, other: Any) -> Any:
    """t after `t.data = other`."""
    t.data = other
    return t


def _grad(m: Any) -> Any:
    x = m.tensor(A, requires_grad=True)
    (x * x).sum(dim=1).sum(dim=0).backward()
    return x.grad


def _backward(m: Any) -> Any:
    x = m.tensor(A, requires_grad=True)
    w = m.tensor(M + [[0.5, -1.0]], requires_grad=True)
    loss = NN(m).mse_loss((x @ w).tanh(), m.tensor([[0.1, 0.2], [0.3, 0.4]]))
    loss.backward()
    return loss, x.grad, w.grad


def _backward_vector(m: Any) -> Any:
    """Tensor.backward(gradient, retain_graph=True) twice over one graph, then with keywords only."""
    x = m.tensor(V, requires_grad=True)
    out = (x + 1).pow(2)
    out.backward(m.ones_like(out), retain_graph=True)
    first = x.grad.clone()
    out.backward(gradient=m.tensor(V), retain_graph=False, create_graph=False)
    return first, x.grad


def _ours_zero_grad(ts: Any) -> Any:
    x = ts.tensor(V, requires_grad=True)
    (x * x).sum().backward()
    same_tensor = x.zero_grad() is x
    return same_tensor, x.grad


def _ref_zero_grad(torch: Any) -> Any:
    x = torch.tensor(V, requires_grad=True)
    (x * x).sum().backward()
    x.grad.zero_()
    return True, x.grad


def _no_grad(m: Any) -> Any:
    x = m.tensor(V, requires_grad=True)
    with m.no_grad():
        inside = (x * 2).requires_grad
        with m.no_grad():
            nested = (x * 2).requires_grad
        still = (x * 2).requires_grad
    return inside, nested, still, (x * 2).requires_grad


def _decorated_no_grad(m: Any) -> Any:
    x = m.tensor(V, requires_grad=True)

    @m.no_grad()
    def double(t: Any) -> Any:
        return t * 2

    return double(x).requires_grad, (x * 2).requires_grad


def _unmatched_end(ts: Any) -> tuple[bool, int]:
    try:
        ts.no_grad().__exit__(None, None, None)
    except ValueError as exc:
        return isinstance(exc, ts.TorchValueError), exc.code  # type: ignore[attr-defined]
    return False, 0


def _requires_grad_both_ways(m: Any) -> Any:
    t = m.tensor(V)
    returned_self = t.requires_grad_() is t
    first = t.requires_grad
    t.requires_grad = False
    second = t.requires_grad
    t.requires_grad_(True)
    third = t.requires_grad
    t.requires_grad_(requires_grad=False)
    return returned_self, first, second, third, t.requires_grad


def _set_grad(m: Any) -> Any:
    x = m.tensor(V, requires_grad=True)
    x.grad = m.tensor(W)
    first = x.grad
    (x * x).sum().backward()  # accumulates into the gradient that was set
    second = x.grad
    x.grad = None
    return first, second, x.grad


def _set_grad_refused(ts: Any) -> tuple[bool, str]:
    x = ts.tensor(V, requires_grad=True)
    try:
        x.grad = ts.tensor([1.0, 2.0])
    except RuntimeError as exc:
        return True, str(exc).split(": ", 1)[-1]
    return False, ""


def _reductions_backward(m: Any) -> Any:
    x = m.tensor(A, requires_grad=True)
    ((x * x).sum() + x.mean() + x.max() - x.min() + x.std() + x.var(0).sum()).backward()
    return x.grad


def _var_backward(m: Any) -> Any:
    x = m.tensor(A, requires_grad=True)
    x.var(correction=0).backward()
    return x.grad


def _detached(m: Any) -> Any:
    x = m.tensor(V, requires_grad=True)
    d = (x * 3).detach()
    return d, d.requires_grad, x.requires_grad


# ============================================================================ in-place updates (the optimizers' primitives)


def _leaf_update_refused(m: Any) -> tuple[str, list[float]]:
    """An in-place update of a leaf that requires grad, outside no_grad: PyTorch's error (a
    RuntimeError; ours names the bridge function first), and nothing changed."""
    x = m.tensor(V, requires_grad=True)
    try:
        x.add_(m.tensor(W), alpha=0.5)
    except RuntimeError as exc:
        return str(exc).split(": ", 1)[-1] if _is_sffi(m) else str(exc), x.tolist()
    raise AssertionError("add_ on a leaf that requires grad did not fail")


def _leaf_update_in_no_grad(m: Any) -> Any:
    """What an optimizer does: update leaves under no_grad; they stay leaves that require grad."""
    w = m.tensor(A, requires_grad=True)
    (w * w).sum().backward()
    with m.no_grad():
        w.add_(w.grad, alpha=-0.1).mul_(0.5).add_(1e-3)
        w.addcmul_(w.grad, w.grad, value=0.01).addcdiv_(w.grad, w.grad.abs() + 1.0, value=-0.2)
        w.lerp_(m.tensor(B), 0.25)
    return w.detach(), w.requires_grad, w.grad


def _in_place_returns_self(m: Any) -> Any:
    t = m.tensor(A)
    u = m.tensor(B)
    results = [t.add_(u), t.add_(0.5), t.mul_(u), t.mul_(2.0), t.addcmul_(u, u), t.addcdiv_(u, u), t.lerp_(u, 0.5), t.copy_(u), t.zero_()]
    return [r is t for r in results], t


def _in_place_int(m: Any) -> Any:
    t = m.tensor([1, 2, 3])
    t.add_(m.tensor([1, 1, 1]), alpha=3).mul_(m.tensor([2, 2, 2]))
    return t


def _copy_into(m: Any) -> Any:
    t = m.zeros(2, 3)
    t.copy_(m.tensor([1, 2, 3]))
    return t


# ============================================================================ nn


def _batch_norm_train(m: Any) -> Any:
    mean, var = m.zeros(4), m.ones(4)
    out = NN(m).batch_norm(m.tensor(BATCH), mean, var, m.tensor([1.0, 2.0, 0.5, 1.0]), m.tensor([0.0, 1.0, 0.0, -1.0]), training=True, momentum=0.2)
    return out, mean, var


def _embedding_max_norm(m: Any) -> Any:
    table = m.tensor(TABLE)
    out = NN(m).embedding(m.tensor([[0, 1], [3, 3]]), table, max_norm=2.0)
    return out, table  # max_norm renormalises the looked-up rows of the table in place


def _dropout_kept_scaled(m: Any) -> Any:
    return _seeded(m, 9, lambda: NN(m).dropout(m.ones(4, 5), 0.3))


# ============================================================================ streams (CUDA)


def _stream_sync_ours(ts: Any) -> Any:
    s = ts.cuda.Stream()
    s.synchronize()
    return s.query()


def _stream_sync_ref(torch: Any) -> Any:
    s = torch.cuda.Stream()
    s.synchronize()
    return s.query()


def _stream_free(ts: Any) -> Any:
    s = ts.cuda.Stream()
    s.free()
    try:
        s.query()
    except ts.InvalidHandleError:
        return True
    return False


def _ours_to_stream(ts: Any) -> Any:
    s = ts.cuda.Stream()
    t = ts.tensor(A).to_stream(0, s)
    s.synchronize()
    return t.cpu()


def _ref_to_stream(torch: Any) -> Any:
    s = torch.cuda.Stream()
    with torch.cuda.stream(s):
        t = torch.tensor(A).to("cuda:0", non_blocking=True)
    s.synchronize()
    return t.cpu()


# ============================================================================ the cases

CASES: dict[str, list[Case]] = {
    # ------------------------------------------------------------------ library
    "rt_torch_available": [Case(lambda ts: ts.available(), check=lambda r: r is True)],
    "rt_torch_version": [Case(lambda ts: ts.torch_version(), lambda torch: torch.__version__.split("+")[0])],
    "rt_torch_cuda_available": [same(lambda m: m.cuda.is_available())],
    "rt_torch_error_code": [Case(_failed_code, check=lambda r: r[0] == r[1] == 7)],  # view: a RuntimeError in PyTorch
    "rt_torch_error_message": [Case(_failed_message, check=lambda r: r[0] == r[1] and "Dimension out of range" in r[0])],
    "rt_torch_error_clear": [Case(_cleared, check=lambda r: r == (0, ""))],
    "rt_torch_warning_count": [Case(_warned, check=lambda r: r[0] == 1 and r[3] == ["UserWarning"])],
    "rt_torch_warning_message": [Case(_warned, check=lambda r: "degrees of freedom" in r[1])],
    "rt_torch_warning_kind": [Case(_warned, check=lambda r: r[2] == 0)],
    "rt_torch_torchtensor_release": [Case(_released_by_the_collector, check=lambda r: r == (True, 0, 2), reach=False)],
    "rt_torch_live_handles": [Case(_live_counts, check=lambda r: r[1] == r[0] + 1 and r[2] == r[0])],
    "rt_torch_manual_seed": [same(lambda m: _seeded(m, 11, lambda: m.rand(4)))],
    "rt_torch_cuda_device_count": [same(lambda m: m.cuda.device_count())],
    "rt_torch_set_num_threads": [same(lambda m: _threads(m, 1)), Case(lambda m: m.set_num_threads(0), raises=ValueError, match="at least 1")],
    "rt_torch_get_num_threads": [same(lambda m: m.get_num_threads())],
    "rt_torch_set_default_dtype": [
        same(lambda m: _default_dtype(m, "float64")),
        same(lambda m: _default_dtype(m, "float16")),
        same(lambda m: _default_dtype(m, "bfloat16")),
        Case(lambda m: m.set_default_dtype(m.int64), raises=TypeError, match="only floating-point types"),
    ],
    "rt_torch_get_default_dtype": [same(lambda m: m.get_default_dtype()), same(lambda m: _default_dtype(m, "float64")[0])],
    # ------------------------------------------------------------------ creation: *size, dtype=, device=, requires_grad=
    "rt_torch_tensor_zeros_v2": [
        same(lambda m: m.zeros(2, 3)),
        same(lambda m: m.zeros([2, 3])),
        same(lambda m: m.zeros((2, 3))),
        same(lambda m: m.zeros(3)),
        same(lambda m: m.zeros([])),
        same(lambda m: m.zeros(0, 3)),
        same(lambda m: m.zeros(2, dtype=m.int32)),
        same(lambda m: m.zeros(2, 2, dtype=m.bool)),
        same(lambda m: m.zeros(2, device="cpu")),
        same(lambda m: m.zeros(2, device=m.device("cpu"), dtype=m.float64)),
        same(lambda m: m.zeros(2, dtype=None, device=None)),
        same(lambda m: m.zeros(size=(1, 2)), defect="the *size creation functions take no size= keyword (torch.zeros(size=(1, 2)) works): TypeError"),
        same(lambda m: m.zeros(2, 3, requires_grad=True)),
        same(lambda m: m.zeros(2, 3, requires_grad=False).requires_grad),
        same(lambda m: m.zeros(2, dtype=m.int64, requires_grad=True), raises=RuntimeError, match="floating point"),
        same(lambda m: m.zeros(2, "x"), raises=TypeError, reach=False),
        same(lambda m: m.zeros(np.int64(2), 3)),
    ],
    "rt_torch_tensor_ones_v2": [
        same(lambda m: m.ones(3)),
        same(lambda m: m.ones([])),
        same(lambda m: m.ones(2, 1, 2, dtype=m.int8)),
        same(lambda m: m.ones((2,), dtype=m.bool, device="cpu")),
        same(lambda m: m.ones(2, dtype=m.float16, requires_grad=True)),
        same(lambda m: m.ones(2, dtype=m.complex64)),
    ],
    "rt_torch_tensor_empty_v2": [
        same(lambda m: m.empty(2, 4), values=False),
        same(lambda m: m.empty([3], dtype=m.int16, device="cpu"), values=False),
        same(lambda m: m.empty(0)),
        same(lambda m: m.empty(2, requires_grad=True).requires_grad),
    ],
    "rt_torch_tensor_randn_v2": [
        same(lambda m: _seeded(m, 3, lambda: m.randn(2, 3))),
        same(lambda m: _seeded(m, 4, lambda: m.randn([4], dtype=m.float64))),
        same(lambda m: _seeded(m, 4, lambda: m.randn(2, device="cpu", requires_grad=True))),
    ],
    "rt_torch_tensor_rand_v2": [
        same(lambda m: _seeded(m, 5, lambda: m.rand([3, 2]))),
        same(lambda m: _seeded(m, 5, lambda: m.rand(3, 2, dtype=m.float64))),
        same(lambda m: _seeded(m, 6, lambda: m.rand(2, dtype=m.bfloat16))),
    ],
    "rt_torch_tensor_full_v2": [
        same(lambda m: m.full([2, 2], 7.5)),
        same(lambda m: m.full([2], 3)),  # an int Scalar: int64, as PyTorch
        same(lambda m: m.full((2, 1), True)),  # a bool Scalar: bool
        same(lambda m: m.full([2], 3, dtype=m.float64)),
        same(lambda m: m.full([3], -1.5, dtype=m.int32)),
        same(lambda m: m.full([2], 2**40)),
        same(lambda m: m.full(size=[1], fill_value=0.25, device="cpu", requires_grad=True)),
        same(lambda m: m.full([2], "x"), raises=TypeError, reach=False),
    ],
    "rt_torch_tensor_arange_v2": [
        same(lambda m: m.arange(5)),  # int end: int64
        same(lambda m: m.arange(5.0)),  # float end: float32
        same(lambda m: m.arange(4, dtype=m.float64)),
        same(lambda m: m.arange(end=3, device="cpu")),
        same(lambda m: m.arange(0)),
        same(lambda m: m.arange(3, requires_grad=True), raises=RuntimeError),
    ],
    "rt_torch_tensor_arange_start_step": [
        same(lambda m: m.arange(1, 4)),
        same(lambda m: m.arange(-1, 3)),
        same(lambda m: m.arange(0.0, 5.0, 1.5)),
        same(lambda m: m.arange(0, 10, 3)),
        same(lambda m: m.arange(1, 2.5, 0.5)),
        same(lambda m: m.arange(10, 0, -3)),
        same(lambda m: m.arange(start=1, end=5, step=2)),
        same(lambda m: m.arange(0, 1, 0.25, dtype=m.float64)),
        same(lambda m: m.arange(0.0, 3.0, requires_grad=True)),
        same(lambda m: m.arange(0, 3, 0), raises=RuntimeError, match="step must be nonzero"),
    ],
    "rt_torch_tensor_linspace_v2": [
        same(lambda m: m.linspace(0.0, 1.0, 5)),
        same(lambda m: m.linspace(0, 10, 4)),  # int ends: float32 all the same
        same(lambda m: m.linspace(-1, 1, 5, dtype=m.float64)),
        same(lambda m: m.linspace(0, 10, 4, dtype=m.int64)),
        same(lambda m: m.linspace(start=2, end=3, steps=1, device="cpu")),
    ],
    "rt_torch_tensor_eye_v2": [
        same(lambda m: m.eye(3)),
        same(lambda m: m.eye(2, dtype=m.int64)),
        same(lambda m: m.eye(n=2, device="cpu", requires_grad=True)),
        same(lambda m: m.eye(-1), raises=RuntimeError, match="must be greater or equal to 0"),
    ],
    "rt_torch_tensor_eye_m": [
        same(lambda m: m.eye(2, 3)),
        same(lambda m: m.eye(3, 2, dtype=m.bool)),
        same(lambda m: m.eye(n=2, m=4)),
    ],
    # ------------------------------------------------------------------ element-wise: operators and forms
    "rt_torch_torchtensor_add": [
        same(lambda m: m.tensor(A) + m.tensor(B), reach=False),
        same(lambda m: m.tensor(A) + m.tensor(V), reach=False),
        same(lambda m: m.tensor(I) + m.tensor(A), reach=False),
        same(lambda m: m.tensor([True, False]) + m.tensor([True, True]), reach=False),
    ],
    "rt_torch_torchtensor_sub": [
        same(lambda m: m.tensor(A) - m.tensor(B), reach=False),
        same(lambda m: m.tensor(I) - m.tensor(J), reach=False),
    ],
    "rt_torch_torchtensor_mul": [
        same(lambda m: m.tensor(A) * m.tensor(B), reach=False),
        same(lambda m: m.tensor(I) * m.tensor([True, False, True]), reach=False),
    ],
    "rt_torch_torchtensor_div": [
        same(lambda m: m.tensor(A) / m.tensor(B), reach=False),
        same(lambda m: m.tensor(I) / m.tensor(J), reach=False),  # true division of ints: float32
    ],
    "rt_torch_torchtensor_add_tensor": [
        same(lambda m: m.tensor(A).add(m.tensor(B))),
        same(lambda m: m.add(m.tensor(A), m.tensor(B))),
        same(lambda m: m.tensor(A).add(m.tensor(B), alpha=0.5)),
        same(lambda m: m.add(m.tensor(I), m.tensor(J), alpha=3)),  # int alpha on ints: int64
        same(lambda m: m.add(input=m.tensor(A), other=m.tensor(V), alpha=-1)),
        same(lambda m: m.tensor(I).add(m.tensor(J), alpha=0.5), raises=RuntimeError, match="alpha must not be a floating point"),
    ],
    "rt_torch_torchtensor_add_scalar_v2": [
        same(lambda m: m.tensor(A).add(2.5)),
        same(lambda m: m.add(m.tensor(I), 3)),  # an int Scalar keeps ints int
        same(lambda m: m.tensor(I).add(2.5)),  # a float Scalar makes them float32
        same(lambda m: m.tensor(I).add(True)),
        same(lambda m: m.tensor(A).add(2, alpha=3)),
        same(lambda m: m.tensor(A) + 2),
        same(lambda m: m.tensor(I) + 2),
        same(lambda m: 3 + m.tensor([True, False])),
        same(lambda m: 0.5 + m.tensor(I)),
        same(lambda m: m.tensor(A) + True),
        same(lambda m: m.tensor(I).add(2**40)),
        same(lambda m: m.tensor(A).add(np.float64(0.5))),  # a float subclass
        same(lambda m: m.tensor(A).add(np.float32(0.5))),
    ],
    "rt_torch_torchtensor_sub_tensor": [
        same(lambda m: m.tensor(A).sub(m.tensor(B))),
        same(lambda m: m.sub(m.tensor(A), m.tensor(B), alpha=2)),
        same(lambda m: m.tensor(I).sub(m.tensor(J), alpha=2)),
    ],
    "rt_torch_torchtensor_sub_scalar": [
        same(lambda m: m.tensor(A).sub(1.25)),
        same(lambda m: m.sub(m.tensor(I), 1)),
        same(lambda m: m.tensor(I).sub(1, alpha=3)),
        same(lambda m: m.tensor(A) - 1.25),
        same(lambda m: m.tensor(I) - 1),
    ],
    "rt_torch_torchtensor_rsub_scalar": [
        same(lambda m: m.rsub(m.tensor(A), 2)),
        same(lambda m: m.rsub(m.tensor(I), 2, alpha=3)),
        same(lambda m: 2 - m.tensor([1, 5])),  # number - tensor is rsub, as in PyTorch
        same(lambda m: 0.5 - m.tensor(A)),
        same(lambda m: 0.5 - m.tensor(I)),
    ],
    "rt_torch_torchtensor_rsub_tensor": [
        same(lambda m: m.rsub(m.tensor(A), m.tensor(B))),
        same(lambda m: m.rsub(m.tensor(I), m.tensor(J), alpha=2)),
        same(lambda m: m.rsub(m.tensor(A), m.tensor(V), alpha=0.5)),
    ],
    "rt_torch_torchtensor_sin": [Case(lambda ts: ts.tensor(A).sin(), lambda torch: torch.tensor(A).sin())],
    "rt_torch_torchtensor_reciprocal": [
        same(lambda m: m.tensor(A).reciprocal()),
        same(lambda m: m.reciprocal(m.tensor(I))),  # ints: float32
        same(lambda m: 1 / m.tensor([1, 2, 4])),  # number / tensor is reciprocal() * number
        same(lambda m: 3.0 / m.tensor(B)),
        same(lambda m: 2 / m.tensor(A, dtype=m.float64)),
    ],
    "rt_torch_torchtensor_mul_tensor": [
        same(lambda m: m.tensor(A).mul(m.tensor(B))),
        same(lambda m: m.mul(m.tensor(I), m.tensor(J))),
        same(lambda m: m.mul(m.tensor(I), m.tensor(A))),
    ],
    "rt_torch_torchtensor_mul_scalar_v2": [
        same(lambda m: m.tensor(A).mul(-1.5)),
        same(lambda m: m.mul(m.tensor(I), 3)),
        same(lambda m: m.tensor([1, -2]) * 3),
        same(lambda m: 2.5 * m.tensor([1, 2])),
        same(lambda m: m.tensor(A) * 2),
        same(lambda m: m.tensor([True, False]) * 2),
    ],
    "rt_torch_torchtensor_div_tensor_mode": [
        same(lambda m: m.tensor(A).div(m.tensor(B))),
        same(lambda m: m.div(m.tensor(I), m.tensor(J))),  # true division: float32
        same(lambda m: m.div(m.tensor(I), m.tensor(J), rounding_mode="floor")),  # ints stay int64
        same(lambda m: m.tensor(I).div(m.tensor(J), rounding_mode="trunc")),
        same(lambda m: m.tensor(A).div(m.tensor(B), rounding_mode="floor")),
        same(lambda m: m.tensor(A).div(m.tensor(B), rounding_mode=None)),
        same(lambda m: m.tensor(A).div(m.tensor(B), rounding_mode="up"), raises=RuntimeError, match="rounding_mode"),
    ],
    "rt_torch_torchtensor_div_scalar_mode": [
        same(lambda m: m.tensor(A).div(0.3)),
        same(lambda m: m.tensor(A) / 3.0),
        same(lambda m: m.tensor(A, dtype=m.float64) / 0.1),
        same(lambda m: m.tensor([1, 2, 3]) / 2),
        same(lambda m: m.tensor([1, 2, 3]) / 2.5),
        same(lambda m: m.div(m.tensor(I), 2, rounding_mode="floor")),
        same(lambda m: m.tensor(I).div(2, rounding_mode="trunc")),
        same(lambda m: m.tensor(A).div(2, rounding_mode="floor")),
    ],
    "rt_torch_torchtensor_pow_tensor_scalar": [
        same(lambda m: m.tensor(POS).pow(0.5)),
        same(lambda m: m.pow(m.tensor(POS), 2)),
        same(lambda m: m.tensor(A) ** 2),
        same(lambda m: m.tensor([1, -2, 3]) ** 2),  # an int exponent keeps ints int64
        same(lambda m: m.tensor([1, -2, 3]) ** 0.5),
        same(lambda m: m.tensor(A).pow(exponent=3)),
        same(lambda m: m.tensor([2, 3]).pow(-1), raises=RuntimeError, match="Integers to negative integer powers"),
    ],
    "rt_torch_torchtensor_pow_tensor_tensor": [
        same(lambda m: m.tensor(POS).pow(m.tensor(A))),
        same(lambda m: m.pow(m.tensor([1, 2, 3]), m.tensor([2, 0, 3]))),
        same(lambda m: m.tensor(POS) ** m.tensor(V)),
    ],
    "rt_torch_tensor_pow_scalar": [
        same(lambda m: m.pow(2, m.tensor(A))),
        same(lambda m: m.pow(2, m.tensor([1, 2, 3]))),
        same(lambda m: 2 ** m.tensor([0, 1, 5])),  # number ** tensor is pow(number, tensor)
        same(lambda m: 2.0 ** m.tensor([0, 1, 5])),
        same(lambda m: 0.5 ** m.tensor(A)),
        Case(lambda ts: ts.pow(2, ts.tensor(A), requires_grad=True), raises=TypeError, match="pow", reach=False),
    ],
    "rt_torch_torchtensor_neg": [
        same(lambda m: m.tensor(A).neg()),
        same(lambda m: m.neg(m.tensor(I))),
        same(lambda m: -m.tensor([1, -2]), reach=False),
        same(lambda m: -m.tensor(A), reach=False),
    ],
    "rt_torch_torchtensor_abs": [
        same(lambda m: m.tensor(A).abs()),
        same(lambda m: m.abs(m.tensor(I))),
        same(lambda m: abs(m.tensor(B)), reach=False),
    ],
    "rt_torch_torchtensor_sqrt": [same(lambda m: m.tensor(POS).sqrt()), same(lambda m: m.sqrt(m.tensor([1, 4, 2])))],
    "rt_torch_torchtensor_exp": [same(lambda m: m.tensor(A).exp()), same(lambda m: m.exp(m.tensor(A, dtype=m.float64)))],
    "rt_torch_torchtensor_log": [same(lambda m: m.tensor(POS).log()), same(lambda m: m.log(m.tensor(A)))],  # nan where negative
    # ------------------------------------------------------------------ activations
    "rt_torch_torchtensor_relu": [
        same(lambda m: m.tensor(A).relu()),
        same(lambda m: NN(m).relu(m.tensor(B))),
        same(lambda m: m.relu(m.tensor(I))),
    ],
    "rt_torch_torchtensor_sigmoid": [same(lambda m: m.sigmoid(m.tensor(A))), same(lambda m: m.tensor(A).sigmoid())],
    "rt_torch_torchtensor_tanh": [same(lambda m: m.tensor(A).tanh()), same(lambda m: m.tanh(m.tensor(B)))],
    "rt_torch_torchtensor_leaky_relu": [
        same(lambda m: NN(m).leaky_relu(m.tensor(A))),
        same(lambda m: NN(m).leaky_relu(m.tensor(A), 0.2)),
        same(lambda m: NN(m).leaky_relu(m.tensor(A), negative_slope=1.5)),
    ],
    "rt_torch_torchtensor_gelu_v2": [
        same(lambda m: NN(m).gelu(m.tensor(A))),
        same(lambda m: NN(m).gelu(m.tensor(A), approximate="tanh")),
        same(lambda m: NN(m).gelu(m.tensor(A), approximate="none")),
        same(lambda m: NN(m).gelu(m.tensor(A), approximate="fast"), raises=RuntimeError, match="approximate"),
    ],
    "rt_torch_torchtensor_softmax_int": [
        same(lambda m: m.tensor(A).softmax(1)),
        same(lambda m: m.softmax(m.tensor(A), -1)),
        same(lambda m: NN(m).softmax(m.tensor(A), dim=0)),
        same(lambda m: m.tensor(A).softmax(1, dtype=m.float64)),
        same(lambda m: NN(m).softmax(m.tensor(I), 1, dtype=m.float32)),
        same(lambda m: m.tensor(I).softmax(0), raises=NotImplementedError),
    ],
    "rt_torch_torchtensor_log_softmax_int": [
        same(lambda m: m.tensor(A).log_softmax(1)),
        same(lambda m: m.log_softmax(m.tensor(A), 0, dtype=m.float64)),
        same(lambda m: NN(m).log_softmax(m.tensor(B), dim=-1)),
    ],
    # ------------------------------------------------------------------ linear algebra
    "rt_torch_torchtensor_matmul": [
        same(lambda m: m.tensor(A).matmul(m.tensor(B).t())),
        same(lambda m: m.matmul(m.tensor(A), m.tensor(V))),
        same(lambda m: m.tensor(A) @ m.tensor(V), reach=False),
        same(lambda m: m.tensor(I) @ m.tensor(J).t(), reach=False),
    ],
    "rt_torch_torchtensor_dot": [same(lambda m: m.tensor(V).dot(m.tensor(W))), same(lambda m: m.dot(m.tensor([1, 2]), m.tensor([3, -4])))],
    "rt_torch_torchtensor_transpose": [same(lambda m: m.tensor(A).transpose(0, 1)), same(lambda m: m.transpose(m.zeros(2, 3, 4), -1, 0))],
    "rt_torch_torchtensor_t": [same(lambda m: m.tensor(A).t()), same(lambda m: m.t(m.tensor(V)))],
    "rt_torch_torchtensor_inverse": [
        same(lambda m: m.linalg.inv(m.tensor(M))),
        same(lambda m: m.inverse(m.tensor(M, dtype=m.float64))),
        same(lambda m: m.tensor(M).inverse()),
        same(lambda m: m.linalg.inv(m.zeros(2, 2)), raises=RuntimeError),
    ],
    "rt_torch_torchtensor_linalg_vector_norm": [
        same(lambda m: m.linalg.vector_norm(m.tensor(A))),
        same(lambda m: m.linalg.vector_norm(m.tensor(A), 1)),
        same(lambda m: m.linalg.vector_norm(m.tensor(A), float("inf"))),
        same(lambda m: m.linalg.vector_norm(m.tensor(A), 3.5, 1)),
        same(lambda m: m.linalg.vector_norm(m.tensor(A), dim=(0, 1), keepdim=True)),
        same(lambda m: m.linalg.vector_norm(m.tensor(A), ord=2, dim=[0], keepdim=False, dtype=m.float64)),
        same(lambda m: m.linalg.vector_norm(m.tensor(A), dim=None)),
    ],
    "rt_torch_torchtensor_linalg_det": [
        same(lambda m: m.linalg.det(m.tensor(M))),
        same(lambda m: m.det(m.tensor([M, ROT]))),
        same(lambda m: m.tensor(M, dtype=m.float64).det()),
    ],
    "rt_torch_torchtensor_linalg_svd": [
        same(lambda m: m.linalg.svd(m.tensor(A))),
        same(lambda m: m.linalg.svd(m.tensor(A), full_matrices=False)),
        same(lambda m: m.linalg.svd(m.tensor(A), False, driver=None).S),
        same(lambda m: m.linalg.svd(m.tensor(M)).Vh),
    ],
    "rt_torch_torchtensor_linalg_eig": [
        same(lambda m: m.linalg.eig(m.tensor(ROT))),
        same(lambda m: m.linalg.eig(m.tensor(M)).eigenvalues),
        same(lambda m: m.linalg.eig(m.tensor(ROT)).eigenvalues.real),
    ],
    # ------------------------------------------------------------------ reductions
    "rt_torch_torchtensor_sum_dim_intlist": [
        same(lambda m: m.tensor(A).sum()),  # a 0-d tensor, as PyTorch's
        same(lambda m: m.sum(m.tensor(A))),
        same(lambda m: m.tensor(I).sum()),  # ints sum to int64
        same(lambda m: m.tensor([True, True, False]).sum()),  # bools too
        same(lambda m: m.tensor(A).sum(1)),
        same(lambda m: m.tensor(A).sum(dim=1)),
        same(lambda m: m.tensor(A).sum(0, keepdim=True)),
        same(lambda m: m.tensor(A).sum(dim=(0, 1))),
        same(lambda m: m.tensor(A).sum([1, 0], True)),
        same(lambda m: m.tensor(I).sum(dim=-1)),
        same(lambda m: m.tensor(A).sum(dim=None)),
        same(lambda m: m.tensor(A).sum(np.int64(0))),
        same(lambda m: m.tensor(I).sum(dtype=m.float64)),
        same(lambda m: m.tensor(A).sum(1, dtype=m.float64)),
        same(lambda m: m.tensor(A).sum().item()),
        same(_reductions_backward),
    ],
    "rt_torch_torchtensor_mean_dim_v2": [
        same(lambda m: m.tensor(A).mean()),
        same(lambda m: m.mean(m.tensor(A), 0)),
        same(lambda m: m.tensor(A).mean(dim=1, keepdim=True)),
        same(lambda m: m.tensor(A).mean((0, 1))),
        same(lambda m: m.tensor(I).mean(dtype=m.float64)),
        same(lambda m: m.tensor(I).mean(), raises=RuntimeError, match="could not infer output dtype"),
        same(_reductions_backward),
    ],
    "rt_torch_torchtensor_max_all": [
        same(lambda m: m.tensor(A).max()),
        same(lambda m: m.max(m.tensor(I))),
        same(lambda m: m.tensor([True, False]).max()),
        same(_reductions_backward),
    ],
    "rt_torch_torchtensor_max_dim_v2": [
        same(lambda m: m.tensor(A).max(1)),  # return_types.max: values, indices
        same(lambda m: m.max(m.tensor(A), dim=0)),
        same(lambda m: m.tensor(A).max(0, keepdim=True).indices),
        same(lambda m: m.tensor(A).max(np.int64(1))),
        same(lambda m: m.tensor(I).max(dim=-1, keepdim=False).values),
        same(lambda m: tuple(m.tensor(A).max(1))),
    ],
    "rt_torch_torchtensor_max_other": [
        same(lambda m: m.tensor(A).max(m.tensor(B))),
        same(lambda m: m.max(m.tensor(A), m.tensor(V))),
        same(lambda m: m.max(m.tensor(I), other=m.tensor(J))),
    ],
    "rt_torch_torchtensor_min_all": [
        same(lambda m: m.tensor(A).min()),
        same(lambda m: m.min(m.tensor(I))),
        same(_reductions_backward),
    ],
    "rt_torch_torchtensor_min_dim_v2": [
        same(lambda m: m.tensor(A).min(dim=0)),
        same(lambda m: m.min(m.tensor(A), 1)),
        same(lambda m: m.tensor(A).min(1, True).values),
    ],
    "rt_torch_torchtensor_min_other": [
        same(lambda m: m.tensor(A).min(m.tensor(B))),
        same(lambda m: m.min(m.tensor(I), m.tensor(J))),
    ],
    "rt_torch_torchtensor_maximum": [
        same(lambda m: m.tensor(A).maximum(m.tensor(B))),
        same(lambda m: m.maximum(m.tensor(A), m.tensor(V))),
        same(lambda m: m.maximum(m.tensor(I), m.tensor(J))),
    ],
    "rt_torch_torchtensor_argmax_v2": [
        same(lambda m: m.tensor(A).argmax()),
        same(lambda m: m.tensor(A).argmax(1)),
        same(lambda m: m.argmax(m.tensor(A), dim=-1, keepdim=True)),
        same(lambda m: m.tensor(I).argmax(None)),
    ],
    "rt_torch_torchtensor_argmin_v2": [
        same(lambda m: m.tensor(A).argmin()),
        same(lambda m: m.argmin(m.tensor(A), 0)),
        same(lambda m: m.tensor(I).argmin(dim=1, keepdim=True)),
    ],
    "rt_torch_torchtensor_std_dim": [
        same(lambda m: m.tensor(A).std(1)),
        same(lambda m: m.tensor(A).std(1, False)),
        same(lambda m: m.std(m.tensor(A), [0, 1], True, True)),
        same(lambda m: m.tensor(A).std(dim=0, unbiased=False)),
        same(lambda m: m.tensor(A).std(1, keepdim=True)),
    ],
    "rt_torch_torchtensor_std_correction": [
        same(lambda m: m.tensor(A).std()),
        same(lambda m: m.std(m.tensor(A), dim=1, correction=0)),
        same(lambda m: m.tensor(A).std(correction=2)),
        same(lambda m: m.tensor(A).std(0, correction=0.5, keepdim=True)),
        same(lambda m: m.tensor(A).std(dim=None, correction=None)),
        same(lambda m: m.tensor(I).std(), raises=RuntimeError, match="floating point"),
        same(_reductions_backward),
    ],
    "rt_torch_torchtensor_std_v2": [
        same(lambda m: m.tensor(A).std(False)),
        same(lambda m: m.tensor(A).std(unbiased=False)),
        same(lambda m: m.std(m.tensor(A), True)),
    ],
    "rt_torch_torchtensor_var_dim": [
        same(lambda m: m.tensor(A).var(0)),
        same(lambda m: m.var(m.tensor(A), 1, False, True)),
        same(lambda m: m.tensor(A).var(dim=(0, 1), unbiased=True)),
    ],
    "rt_torch_torchtensor_var_correction": [
        same(lambda m: m.tensor(A).var()),
        same(lambda m: m.var(m.tensor(A), dim=0, correction=0)),
        same(lambda m: m.tensor(A).var(correction=3, keepdim=True)),
        same(_var_backward),
    ],
    "rt_torch_torchtensor_var_v2": [
        same(lambda m: m.tensor(A).var(False)),
        same(lambda m: m.var(m.tensor(A), unbiased=True)),
    ],
    # ------------------------------------------------------------------ shape
    "rt_torch_torchtensor_ndim": [
        same(lambda m: m.tensor(A).ndim),
        same(lambda m: m.tensor(2.0).ndim),
        same(lambda m: m.zeros(1, 2, 3).dim()),
    ],
    "rt_torch_torchtensor_numel": [same(lambda m: m.tensor(A).numel()), same(lambda m: m.numel(m.zeros(0, 4)))],
    "rt_torch_torchtensor_stride": [same(lambda m: m.tensor(A).stride()), same(lambda m: m.tensor(A).t().stride())],
    "rt_torch_torchtensor_stride_int": [same(lambda m: m.tensor(A).stride(0)), same(lambda m: m.tensor(A).t().stride(-1))],
    "rt_torch_torchtensor_storage_offset": [same(lambda m: m.tensor(A)[1:].storage_offset()), same(lambda m: m.tensor(A).storage_offset())],
    "rt_torch_torchtensor_is_contiguous": [
        same(lambda m: m.tensor(A).is_contiguous()),
        same(lambda m: m.tensor(A).t().is_contiguous()),
        same(lambda m: m.zeros(2, 3, 4, 5).is_contiguous(memory_format=m.channels_last)),
    ],
    "rt_torch_torchtensor_is_complex": [
        same(lambda m: m.tensor(A).is_complex()),
        same(lambda m: m.is_complex(m.tensor(I))),
        same(lambda m: m.complex(m.tensor(A), m.tensor(B)).is_complex()),
    ],
    "rt_torch_torchtensor_is_floating_point": [same(lambda m: m.tensor(A).is_floating_point()), same(lambda m: m.is_floating_point(m.tensor(I)))],
    "rt_torch_torchtensor_element_size": [same(lambda m: m.tensor(A).element_size()), same(lambda m: m.tensor(I).element_size())],
    "rt_torch_torchtensor_type_as": [same(lambda m: m.tensor(A).type_as(m.tensor(I))), same(lambda m: m.tensor(I).type_as(m.tensor(A)))],
    "rt_torch_torchtensor_shape": [
        Case(lambda ts: ts.tensor(A).shape, lambda torch: tuple(torch.tensor(A).shape)),
        Case(lambda ts: ts.zeros(2, 0, 3).shape, lambda torch: tuple(torch.zeros(2, 0, 3).shape)),
        Case(lambda ts: ts.tensor(1.5).shape, lambda torch: tuple(torch.tensor(1.5).shape)),
        Case(lambda ts: ts.tensor(A).size(), lambda torch: tuple(torch.tensor(A).size())),
        same(lambda m: len(m.tensor(A)), reach=False),  # the runtime reads the shape
    ],
    "rt_torch_torchtensor_reshape": [
        same(lambda m: m.tensor(A).reshape([3, 2])),
        same(lambda m: m.tensor(A).reshape(3, 2)),
        same(lambda m: m.tensor(A).reshape(-1)),
        same(lambda m: m.tensor(A).reshape((1, -1))),
        same(lambda m: m.tensor(A).t().reshape(2, 3)),
        same(lambda m: m.reshape(m.tensor(A), (6, 1))),
        same(lambda m: m.tensor(A).reshape(4, 2), raises=RuntimeError, match="invalid for input of size 6"),
    ],
    "rt_torch_torchtensor_view_v2": [
        same(lambda m: m.tensor(A).view(3, 2)),
        same(lambda m: m.tensor(A).view([-1])),
        same(lambda m: m.tensor(A).view((2, 1, 3))),
        same(lambda m: m.tensor(A).t().view(6), raises=RuntimeError, match="view size is not compatible"),
    ],
    "rt_torch_torchtensor_permute": [
        Case(lambda ts: ts.zeros(2, 3, 4).permute(2, 0, 1).shape, lambda torch: tuple(torch.zeros(2, 3, 4).permute(2, 0, 1).shape)),
        same(lambda m: m.tensor(A).permute([1, 0])),
        same(lambda m: m.tensor(A).permute((1, 0))),
        same(lambda m: m.permute(m.arange(24).reshape(2, 3, 4), (2, 0, 1))),
    ],
    "rt_torch_torchtensor_squeeze": [
        same(lambda m: m.tensor([[V]]).squeeze()),
        same(lambda m: m.squeeze(m.zeros(1, 2, 1))),
    ],
    "rt_torch_torchtensor_squeeze_dim": [
        same(lambda m: m.tensor([[V]]).squeeze(1)),
        same(lambda m: m.tensor(A).squeeze(dim=0)),  # not of size 1: unchanged
        same(lambda m: m.squeeze(m.zeros(1, 2, 1), -1)),
    ],
    "rt_torch_torchtensor_squeeze_dims": [
        same(lambda m: m.zeros(1, 2, 1).squeeze((0, 2))),
        same(lambda m: m.squeeze(m.zeros(1, 2, 1), [0, 1])),
        same(lambda m: m.zeros(1, 3, 1).squeeze(0, 2)),
        same(lambda m: m.zeros(1, 3, 1).squeeze(dim=(0, 2))),
    ],
    "rt_torch_torchtensor_unsqueeze": [same(lambda m: m.tensor(V).unsqueeze(-1)), same(lambda m: m.unsqueeze(m.tensor(A), 1))],
    "rt_torch_torchtensor_flatten_using_ints": [
        same(lambda m: m.tensor([A, B]).flatten()),
        same(lambda m: m.flatten(m.zeros(2, 3, 4), 1)),
        same(lambda m: m.zeros(2, 3, 4, 5).flatten(start_dim=1, end_dim=2)),
        same(lambda m: m.tensor(2.0).flatten()),
    ],
    "rt_torch_torchtensor_contiguous_v2": [
        same(lambda m: m.tensor(A).t().contiguous().view(6)),
        same(lambda m: m.tensor(A).t().contiguous(memory_format=_memory_format(m, "contiguous_format"))),
    ],
    "rt_torch_torchtensor_clone_v2": [
        same(lambda m: m.tensor(A).clone()),
        same(lambda m: m.clone(m.tensor(I))),
        same(lambda m: m.tensor(A).t().clone(memory_format=_memory_format(m, "preserve_format"))),
        same(lambda m: m.clone(m.tensor(A), memory_format=None)),
        same(lambda m: m.tensor(V, requires_grad=True).clone().requires_grad),
    ],
    # ------------------------------------------------------------------ indexing and joining
    "rt_torch_torchtensor_select_int": [
        same(lambda m: m.tensor(A).select(1, 0)),
        same(lambda m: m.select(m.tensor(A), 0, -1)),
        same(lambda m: m.tensor(A).select(0, 2), raises=IndexError, match="out of range"),
    ],
    "rt_torch_torchtensor_index_select": [
        same(lambda m: m.tensor(A).index_select(1, m.tensor([2, 0]))),
        same(lambda m: m.index_select(m.tensor(I), 0, m.tensor([1, 1, 0]))),
    ],
    "rt_torch_torchtensor_gather": [
        same(lambda m: m.tensor(A).gather(1, m.tensor([[0, 0], [2, 1]]))),
        same(lambda m: m.gather(m.tensor(A), 0, m.tensor([[1, 0, 1]]))),
    ],
    "rt_torch_torchtensor_cat": [
        same(lambda m: m.cat([m.tensor(A), m.tensor(B)])),
        same(lambda m: m.cat((m.tensor(A), m.tensor(B)), dim=1)),
        same(lambda m: m.cat([m.tensor(I), m.tensor(A)], -1)),  # int and float: float32
        same(lambda m: m.cat(m.tensor(A)), raises=TypeError, reach=False),
    ],
    "rt_torch_torchtensor_stack": [
        same(lambda m: m.stack([m.tensor(V), m.tensor(W)], -1)),
        same(lambda m: m.stack((m.tensor(A), m.tensor(B)))),
        same(lambda m: m.stack([m.tensor(V), m.tensor(A)]), raises=RuntimeError, match="stack expects each tensor to be equal size"),
    ],
    "rt_torch_torchtensor_chunk": [
        same(lambda m: m.tensor(V + W).chunk(4)),
        same(lambda m: m.chunk(m.tensor(A), 2, dim=1)),
        same(lambda m: m.tensor(A).chunk(chunks=3, dim=-1)),
    ],
    # ------------------------------------------------------------------ nn
    "rt_torch_nn_conv2d": [
        same(lambda m: NN(m).conv2d(m.tensor(IMG), m.tensor(KER))),
        same(lambda m: NN(m).conv2d(m.tensor(IMG), m.tensor(KER), m.tensor([0.5, -1.0]), stride=2, padding=1)),  # one int for both sides
        same(lambda m: NN(m).conv2d(m.tensor(IMG), m.tensor(KER), None, [1, 2], [1, 0], 2)),
        same(lambda m: NN(m).conv2d(m.tensor(IMG), m.tensor(KER)[:, :1], groups=2, bias=None)),
        same(lambda m: NN(m).conv2d(m.tensor(IMG), m.tensor(KER), stride=(2, 2), padding=(0, 0), dilation=(1, 1), groups=1)),
    ],
    "rt_torch_nn_conv2d_padding": [
        same(lambda m: NN(m).conv2d(m.tensor(IMG), m.tensor(KER), padding="same")),
        same(lambda m: NN(m).conv2d(m.tensor(IMG), m.tensor(KER), m.tensor([0.5, -1.0]), padding="valid")),
        same(lambda m: NN(m).conv2d(m.tensor(IMG), m.tensor(KER), None, 1, "same", 2)),
        same(lambda m: NN(m).conv2d(m.tensor(IMG), m.tensor(KER), padding="full"), raises=RuntimeError, match="padding"),
    ],
    "rt_torch_nn_max_pool2d_v2": [
        same(lambda m: NN(m).max_pool2d(m.tensor(IMG), 2)),
        same(lambda m: NN(m).max_pool2d(m.tensor(IMG), [2, 2])),
        same(lambda m: NN(m).max_pool2d(m.tensor(IMG), 3, stride=1, padding=1)),
        same(lambda m: NN(m).max_pool2d(m.tensor(IMG), 3, 1, 1)),
        same(lambda m: NN(m).max_pool2d(m.tensor(IMG), 2, stride=None, ceil_mode=True)),
        same(lambda m: NN(m).max_pool2d(m.tensor(IMG), 2, 1, 0, 2)),
        same(lambda m: NN(m).max_pool2d(m.tensor(IMG), 2, return_indices=False)),
    ],
    "rt_torch_nn_max_pool2d_with_indices": [
        same(lambda m: NN(m).max_pool2d(m.tensor(IMG), 2, return_indices=True)),
        same(lambda m: NN(m).max_pool2d(m.tensor(IMG), 3, 1, 1, 1, False, True)),
        same(lambda m: NN(m).max_pool2d(m.tensor(IMG), (2, 3), stride=2, ceil_mode=True, return_indices=True)[1]),
    ],
    "rt_torch_nn_avg_pool2d_v2": [
        same(lambda m: NN(m).avg_pool2d(m.tensor(IMG), 2)),
        same(lambda m: NN(m).avg_pool2d(m.tensor(IMG), 3, stride=1, padding=1)),
        same(lambda m: NN(m).avg_pool2d(m.tensor(IMG), 3, 1, 1, count_include_pad=False)),
        same(lambda m: NN(m).avg_pool2d(m.tensor(IMG), 2, ceil_mode=True)),
        same(lambda m: NN(m).avg_pool2d(m.tensor(IMG), [2, 2], divisor_override=3)),
        same(lambda m: NN(m).avg_pool2d(m.tensor(IMG), 2, divisor_override=None)),
    ],
    "rt_torch_nn_batch_norm": [
        same(lambda m: NN(m).batch_norm(m.tensor(BATCH), m.tensor([0.5, 0.0, 1.0, -1.0]), m.tensor([1.0, 2.0, 0.5, 1.5]))),
        same(lambda m: NN(m).batch_norm(m.tensor(BATCH), m.tensor([0.5, 0.0, 1.0, -1.0]), m.tensor([1.0, 2.0, 0.5, 1.5]), eps=0.1)),
        same(_batch_norm_train),
        same(lambda m: NN(m).batch_norm(m.tensor(BATCH), None, None, training=True)),
        same(lambda m: NN(m).batch_norm(m.tensor(IMG), m.zeros(2), m.ones(2), m.tensor([1.0, 2.0]), None, True, 0.5, 1e-3)),
    ],
    "rt_torch_nn_layer_norm": [
        same(lambda m: NN(m).layer_norm(m.tensor(A), [3])),
        same(lambda m: NN(m).layer_norm(m.tensor(A), (2, 3))),
        same(lambda m: NN(m).layer_norm(m.tensor(A), [3], m.tensor(V), m.tensor(W), eps=1e-3)),
        same(lambda m: NN(m).layer_norm(m.tensor(A), [3], weight=None, bias=m.tensor(W))),
    ],
    "rt_torch_nn_dropout": [
        same(_dropout_kept_scaled),
        same(lambda m: NN(m).dropout(m.tensor(A), training=False)),
        same(lambda m: NN(m).dropout(m.tensor(A), p=0.0)),
        same(lambda m: _seeded(m, 2, lambda: NN(m).dropout(m.tensor(A), 0.5, True))),
    ],
    "rt_torch_nn_linear_v2": [
        same(lambda m: NN(m).linear(m.tensor(A), m.tensor(B))),
        same(lambda m: NN(m).linear(m.tensor(A), m.tensor(B), m.tensor([1.0, -1.0]))),
        same(lambda m: NN(m).linear(m.tensor(A), m.tensor(B), bias=None)),
        same(lambda m: NN(m).linear(m.tensor([A, B]), m.tensor(B), m.tensor([0.5, 2.0]))),
    ],
    "rt_torch_nn_embedding_v2": [
        same(lambda m: NN(m).embedding(m.tensor([[1, 0], [1, 3]]), m.tensor(TABLE))),
        same(lambda m: NN(m).embedding(m.tensor([2, 0]), m.tensor(TABLE), padding_idx=0)),
        same(lambda m: NN(m).embedding(m.tensor([2, 0]), m.tensor(TABLE), -1, None, 2.0, False, False)),
        same(_embedding_max_norm),
        same(lambda m: NN(m).embedding(m.tensor([0, 3]), m.tensor(TABLE), max_norm=1.0, norm_type=1.0)),
        same(lambda m: NN(m).embedding(m.tensor([5]), m.tensor(TABLE)), raises=IndexError),
    ],
    # ------------------------------------------------------------------ losses: reduction as a string
    "rt_torch_nn_mse_loss_v2": [
        same(lambda m: NN(m).mse_loss(m.tensor(A), m.tensor(B))),
        same(lambda m: NN(m).mse_loss(m.tensor(A), m.tensor(B), reduction="none")),
        same(lambda m: NN(m).mse_loss(m.tensor(A), m.tensor(B), reduction="sum")),
        same(lambda m: NN(m).mse_loss(m.tensor(A), m.tensor(B), reduction="mean").item()),
        same(lambda m: NN(m).mse_loss(m.tensor(A), m.tensor(B), reduction="max"), raises=ValueError, match="reduction"),
    ],
    "rt_torch_nn_cross_entropy_v2": [
        same(lambda m: NN(m).cross_entropy(m.tensor(BATCH), m.tensor(LABELS))),
        same(lambda m: NN(m).cross_entropy(m.tensor(BATCH), m.tensor(LABELS), m.tensor(CW))),
        same(lambda m: NN(m).cross_entropy(m.tensor(BATCH), m.tensor(LABELS), weight=m.tensor(CW), reduction="sum")),
        same(lambda m: NN(m).cross_entropy(m.tensor(BATCH), m.tensor(LABELS), reduction="none")),
        same(lambda m: NN(m).cross_entropy(m.tensor(BATCH), m.tensor(LABELS), ignore_index=0)),
        same(lambda m: NN(m).cross_entropy(m.tensor(BATCH), m.tensor(LABELS), label_smoothing=0.1)),
        same(lambda m: NN(m).cross_entropy(m.tensor(BATCH), m.tensor(PROBS))),  # class probabilities
        same(lambda m: NN(m).cross_entropy(m.tensor(BATCH), m.tensor(LABELS), None, ignore_index=-100, reduction="mean", label_smoothing=0.0)),
    ],
    "rt_torch_nn_binary_cross_entropy_v2": [
        same(lambda m: NN(m).binary_cross_entropy(m.tensor(A).sigmoid(), m.tensor(TARGET01))),
        same(lambda m: NN(m).binary_cross_entropy(m.tensor(A).sigmoid(), m.tensor(TARGET01), m.tensor(V))),
        same(lambda m: NN(m).binary_cross_entropy(m.tensor(A).sigmoid(), m.tensor(TARGET01), reduction="none")),
        same(lambda m: NN(m).binary_cross_entropy(m.tensor(A).sigmoid(), m.tensor(TARGET01), weight=None, reduction="sum")),
    ],
    "rt_torch_nn_nll_loss_v2": [
        same(lambda m: NN(m).nll_loss(m.tensor(BATCH).log_softmax(1), m.tensor([0, 3, 1]))),
        same(lambda m: NN(m).nll_loss(m.tensor(BATCH).log_softmax(1), m.tensor([0, 3, 1]), m.tensor(CW))),
        same(lambda m: NN(m).nll_loss(m.tensor(BATCH).log_softmax(1), m.tensor([0, 3, 1]), ignore_index=3, reduction="sum")),
        same(lambda m: NN(m).nll_loss(m.tensor(BATCH).log_softmax(1), m.tensor([0, 3, 1]), reduction="none")),
    ],
    "rt_torch_nn_gaussian_nll_loss_float": [
        same(lambda m: NN(m).gaussian_nll_loss(m.tensor(A), m.tensor(B), 0.5), tol=1e-6),
        same(lambda m: NN(m).gaussian_nll_loss(m.tensor(A), m.tensor(B), 2.0, True, 1e-6, "sum"), tol=1e-6),
        same(lambda m: NN(m).gaussian_nll_loss(m.tensor(A), m.tensor(B), -1.0), raises=ValueError, match="negative"),
        same(lambda m: NN(m).gaussian_nll_loss(m.tensor(A), m.tensor(B), 1), raises=TypeError),  # F takes a float, not an int
    ],
    "rt_torch_nn_ctc_loss_intlist": [
        same(lambda m: NN(m).ctc_loss(m.tensor(CTC_LOGITS).log_softmax(2), m.tensor([[1, 2], [3, 1]]), (3, 3), (2, 1)), tol=1e-6),
        same(lambda m: NN(m).ctc_loss(m.tensor(CTC_LOGITS).log_softmax(2), m.tensor([[1, 2], [2, 1]]), [3, 2], [2, 1], blank=3, reduction="sum"), tol=1e-6),
    ],
    # ------------------------------------------------------------------ autograd
    "rt_torch_autograd_set_requires_grad": [
        same(lambda m: m.tensor(V).requires_grad_().requires_grad),
        same(_requires_grad_both_ways),
        same(lambda m: m.tensor([1, 2]).requires_grad_(), raises=RuntimeError, match="floating point"),
    ],
    "rt_torch_autograd_is_grad_enabled": [same(lambda m: m.is_grad_enabled()), same(_grad_enabled_in_no_grad)],
    "rt_torch_autograd_is_leaf": [
        same(lambda m: m.tensor(V).is_leaf),
        same(lambda m: m.tensor(V, requires_grad=True).is_leaf),
        same(lambda m: (m.tensor(V, requires_grad=True) * 2).is_leaf),
    ],
    "rt_torch_autograd_data": [
        same(lambda m: m.tensor(V, requires_grad=True).data),
        same(lambda m: m.tensor(V, requires_grad=True).data.requires_grad),
    ],
    "rt_torch_autograd_set_data": [same(lambda m: _with_data(m.zeros(3), m.tensor(A)))],
    "rt_torch_torchtensor_size_dim": [
        same(lambda m: m.tensor(A).size(0)),
        same(lambda m: m.tensor(A).size(-1)),
    ],
    "rt_torch_autograd_requires_grad": [
        same(lambda m: m.tensor(V).requires_grad),
        same(lambda m: (m.tensor(V, requires_grad=True) * 2).requires_grad),
    ],
    "rt_torch_autograd_grad": [
        same(_grad),
        same(lambda m: m.tensor(V, requires_grad=True).grad),
        same(lambda m: m.tensor(V).grad),
    ],
    "rt_torch_autograd_set_grad": [
        same(_set_grad),
        Case(_set_grad_refused, check=lambda r: r[0] and "a gradient of size '[2]' to a tensor of size '[3]'" in r[1]),
    ],
    "rt_torch_autograd_backward_v2": [
        same(_backward, tol=1e-6),
        same(lambda m: m.tensor(V).sum().backward(), raises=RuntimeError, match="does not require grad"),
        same(_backward_vector),
        same(lambda m: (m.tensor(V, requires_grad=True) * 2).backward(), raises=RuntimeError, match="only for scalar outputs"),
    ],
    "rt_torch_autograd_zero_grad": [Case(_ours_zero_grad, _ref_zero_grad)],
    "rt_torch_autograd_detach": [
        same(lambda m: m.tensor(V, requires_grad=True).detach().requires_grad),
        same(_detached),
    ],
    "rt_torch_autograd_no_grad_begin_v2": [same(_no_grad), same(_decorated_no_grad)],
    "rt_torch_autograd_no_grad_end_v2": [same(_no_grad), Case(_unmatched_end, check=lambda r: r == (True, 3))],
    # ------------------------------------------------------------------ device and dtype
    "rt_torch_torchtensor_cuda": [same(lambda m: m.tensor(A).cuda().cpu(), cuda=True)],
    "rt_torch_torchtensor_cpu": [same(lambda m: m.tensor(A).cpu())],
    "rt_torch_torchtensor_is_cuda": [
        same(lambda m: m.tensor(A).is_cuda),
        same(lambda m: m.tensor(A).cuda().is_cuda, cuda=True),
    ],
    "rt_torch_torchtensor_device": [
        same(lambda m: m.tensor(A).get_device()),
        same(lambda m: m.tensor(A).cuda().get_device(), cuda=True),
    ],
    "rt_torch_torchtensor_to_stream_v2": [Case(_ours_to_stream, _ref_to_stream, cuda=True)],
    "rt_torch_torchtensor_to_dtype_v2": [
        same(lambda m: m.tensor(A).to(m.float64)),
        same(lambda m: m.tensor(A).to(m.int32)),
        same(lambda m: m.tensor(A).to(m.bfloat16)),
        same(lambda m: m.tensor(A).to(m.complex64)),
        same(lambda m: m.tensor(I).to(m.bool)),
        same(lambda m: m.tensor(A).to(m.float16, False, True)),
        same(lambda m: m.tensor(A).to(m.float32, copy=True, non_blocking=False)),
        same(lambda m: m.tensor(A).to(dtype=m.float64)),  # dtype by name: still this form
        same(lambda m: m.tensor(A).to(dtype=m.int8, copy=True)),
    ],
    "rt_torch_torchtensor_to_device": [
        same(lambda m: m.tensor(A).to("cpu")),
        same(lambda m: m.tensor(A).to(m.device("cpu"))),
        same(lambda m: m.tensor(A).to("cpu", m.float64)),
        same(lambda m: m.tensor(I).to("cpu", dtype=m.float16)),
        same(lambda m: m.tensor(A).to("cuda"), cuda=True),
        same(lambda m: m.tensor(A).to("cuda:0", m.float64).cpu(), cuda=True),
        same(lambda m: m.tensor(A).to(device="cpu")),
        same(lambda m: m.tensor(I).to(dtype=m.float32, device=m.device("cpu"))),
    ],
    "rt_torch_torchtensor_to_other": [
        same(lambda m: m.tensor(I).to(m.tensor(A))),
        same(lambda m: m.tensor(A).to(m.tensor([1], dtype=m.int16))),
        same(lambda m: m.tensor(A).to(m.tensor(B), copy=True)),
    ],
    "rt_torch_torchtensor_to_dtype_layout": [
        same(lambda m: m.tensor(A).to()),
        same(lambda m: m.tensor(A).to(dtype=m.float64, device=None)),
        same(lambda m: m.tensor(A).to(device=None)),
        same(lambda m: m.tensor(A).to(memory_format=_memory_format(m, "contiguous_format"))),
        same(lambda m: m.tensor(A).to(non_blocking=True, dtype=None)),
    ],
    "rt_torch_torchtensor_dtype": [
        same(lambda m: m.tensor([1, 2]).dtype),
        same(lambda m: m.tensor([1.0, 2]).dtype),
        same(lambda m: m.tensor([True, 2]).dtype),
        same(lambda m: m.zeros(1, dtype=m.complex128).dtype),
    ],
    "rt_torch_torchtensor_real": [
        same(lambda m: m.linalg.eig(m.tensor(ROT)).eigenvalues.real),
        same(lambda m: m.real(m.linalg.eig(m.tensor(ROT)).eigenvectors)),
        same(lambda m: m.real(m.tensor(A))),  # a real tensor: itself
    ],
    "rt_torch_torchtensor_complex": [
        same(lambda m: m.complex(m.tensor(A), m.tensor(B))),
        same(lambda m: m.complex(m.tensor(V, dtype=m.float64), m.tensor(W, dtype=m.float64))),
        same(lambda m: m.complex(real=m.tensor(V), imag=m.tensor(2.0))),
        same(lambda m: m.complex(m.tensor(A), m.tensor(B)).imag),
        same(lambda m: m.complex(m.tensor([1, 2]), m.tensor([3, 4])), raises=RuntimeError, match="Expected both inputs to be Half, Float or Double"),
    ],
    "rt_torch_torchtensor_imag": [
        same(lambda m: m.linalg.eig(m.tensor(ROT)).eigenvalues.imag),
        same(lambda m: m.imag(m.tensor([[1.0, -1.0]]).to(m.complex64))),
        same(lambda m: m.complex(m.tensor(A), m.tensor(B)).mH.imag.tolist()),  # a view with the negative bit
        same(lambda m: m.tensor(A).imag, raises=RuntimeError, match="imag is not implemented for tensors with non-complex dtypes"),
    ],
    # ------------------------------------------------------------------ streams
    "rt_torch_stream_create": [same(lambda m: m.cuda.Stream().query(), cuda=True)],
    "rt_torch_torchstream_sync_v2": [Case(_stream_sync_ours, _stream_sync_ref, cuda=True)],
    "rt_torch_torchstream_query_v2": [same(lambda m: m.cuda.Stream(0).query(), cuda=True)],
    "rt_torch_torchstream_free": [Case(_stream_free, check=lambda r: r is True, cuda=True)],
    # ------------------------------------------------------------------ memory
    "rt_torch_torchtensor_free": [Case(_free_then_use, check=lambda r: r[0] and "already freed" in r[1])],
    "rt_torch_cuda_memory_allocated": [same(lambda m: m.cuda.memory_allocated())],
    "rt_torch_cuda_max_memory_allocated": [same(lambda m: m.cuda.max_memory_allocated(0))],
    "rt_torch_cuda_empty_cache": [same(lambda m: m.cuda.empty_cache())],
    # ------------------------------------------------------------------ training: in-place updates
    "rt_torch_torchtensor_add_tensor_": [
        same(lambda m: m.tensor(A).add_(m.tensor(B), alpha=-0.25)),
        same(lambda m: m.tensor(A).add_(m.tensor(V))),
        same(_in_place_int),
        same(_leaf_update_refused),
        same(_leaf_update_in_no_grad),
        same(_in_place_returns_self),
    ],
    "rt_torch_torchtensor_add_scalar_v2_": [
        same(lambda m: m.tensor(A).add_(1e-8)),
        same(lambda m: m.tensor(POS, dtype=m.float64).add_(0.1)),
        same(lambda m: m.tensor(A).add_(2)),
        same(lambda m: m.tensor(I).add_(2)),
        same(lambda m: m.tensor(A).add_(2, alpha=3)),
    ],
    "rt_torch_torchtensor_mul_": [
        same(lambda m: m.tensor(A).mul_(m.tensor(B))),
        same(lambda m: m.tensor([1, 2]).mul_(m.tensor([3, -1]))),
    ],
    "rt_torch_torchtensor_mul_scalar_v2_": [
        same(lambda m: m.tensor(A).mul_(0.9)),
        same(lambda m: m.tensor([1, 2]).mul_(3)),
    ],
    "rt_torch_torchtensor_addcmul_": [
        same(lambda m: m.tensor(A).addcmul_(m.tensor(B), m.tensor(V), value=0.001)),
        same(lambda m: m.tensor(A).addcmul_(m.tensor(B), m.tensor(B))),
    ],
    "rt_torch_torchtensor_addcdiv_": [
        same(lambda m: m.tensor(A).addcdiv_(m.tensor(B), m.tensor(POS), value=-0.01)),
        same(lambda m: m.tensor(A).addcdiv_(m.tensor(B), m.tensor(POS))),
    ],
    "rt_torch_torchtensor_lerp_": [same(lambda m: m.tensor(A).lerp_(m.tensor(B), 0.1)), same(lambda m: m.tensor(A).lerp_(m.tensor(V), weight=0.75))],
    "rt_torch_torchtensor_zero_": [same(lambda m: m.tensor(A).zero_()), same(lambda m: m.tensor(I).zero_())],
    "rt_torch_torchtensor_copy_": [same(_copy_into), same(lambda m: m.tensor(I).copy_(m.tensor(A)))],
    "rt_torch_torchtensor_normal_": [
        same(lambda m: _seeded(m, 5, lambda: m.zeros(3, 4, dtype=m.float64).normal_(1.0, 2.0))),
        same(lambda m: _seeded(m, 6, lambda: m.tensor(A).normal_())),
    ],
    "rt_torch_torchtensor_lstm_input": [
        same(lambda m: m.lstm(m.tensor([[[1.0, -2.0]], [[0.5, 3.0]], [[-1.0, 0.25]]]), [m.zeros(1, 1, 3), m.ones(1, 1, 3)], [m.tensor([[0.1 * (i - j)] * 2 for i in range(12) for j in range(1)]), m.ones(12, 3) * 0.2, m.zeros(12), m.ones(12) * 0.1], True, 1, 0.0, False, False, False)),
        same(lambda m: m.lstm(m.tensor(A, dtype=m.float64).unsqueeze(0), [m.zeros(2, 2, 2, dtype=m.float64), m.zeros(2, 2, 2, dtype=m.float64)], [m.ones(8, 3, dtype=m.float64) * 0.3, m.ones(8, 2, dtype=m.float64) * -0.2] * 2, False, 1, 0.0, True, True, True)[1]),
    ],
    "rt_torch_torchtensor_uniform_": [
        same(lambda m: _seeded(m, 7, lambda: m.zeros(3, 4, dtype=m.float64).uniform_(-2.0, 3.0))),
        same(lambda m: _seeded(m, 8, lambda: m.tensor(A).uniform_())),
    ],
    # in-place updates of family A
    "rt_torch_torchtensor_sub_tensor_": [same(lambda m: m.tensor(A).sub_(m.tensor(B))), same(lambda m: m.tensor(A).sub_(m.tensor(V), alpha=0.5)), same(lambda m: m.tensor(I).sub_(m.tensor(J), alpha=2))],
    "rt_torch_torchtensor_sub_scalar_": [same(lambda m: m.tensor(A).sub_(0.25)), same(lambda m: m.tensor(I).sub_(2)), same(lambda m: m.tensor(I).sub_(2, alpha=3))],
    "rt_torch_torchtensor_div_tensor_": [same(lambda m: m.tensor(A).div_(m.tensor(B))), same(lambda m: m.tensor(I).div_(m.tensor(J)), raises=RuntimeError)],
    "rt_torch_torchtensor_div_tensor_mode_": [same(lambda m: m.tensor(I).div_(m.tensor(J), rounding_mode="floor")), same(lambda m: m.tensor(A).div_(m.tensor(B), rounding_mode="trunc")), same(lambda m: m.tensor(A).div_(m.tensor(B), rounding_mode=None))],
    "rt_torch_torchtensor_div_scalar_": [same(lambda m: m.tensor(A).div_(0.3)), same(lambda m: m.tensor(POS, dtype=m.float64).div_(3))],
    "rt_torch_torchtensor_div_scalar_mode_": [same(lambda m: m.tensor(I).div_(2, rounding_mode="trunc")), same(lambda m: m.tensor(A).div_(0.3, rounding_mode="floor"))],
    "rt_torch_torchtensor_fill_scalar_": [same(lambda m: m.tensor(A).fill_(1.5)), same(lambda m: m.tensor(I).fill_(7))],
    "rt_torch_torchtensor_fill_tensor_": [same(lambda m: m.tensor(A).fill_(m.tensor(-2.5)))],
    "rt_torch_torchtensor_clamp_": [same(lambda m: m.tensor(A).clamp_(-1.0, 2.0)), same(lambda m: m.tensor(I).clamp_(max=2)), same(lambda m: m.tensor(A).clamp_(min=0))],
    "rt_torch_torchtensor_clamp_tensor_": [same(lambda m: m.tensor(A).clamp_(m.tensor(B), m.tensor(POS))), same(lambda m: m.tensor(A).clamp_(min=m.tensor(V)))],
    "rt_torch_torchtensor_sqrt_": [same(lambda m: m.tensor(POS).sqrt_())],
    "rt_torch_torchtensor_exp_": [same(lambda m: m.tensor(A).exp_())],
    "rt_torch_torchtensor_log_": [same(lambda m: m.tensor(POS).log_())],
    "rt_torch_torchtensor_neg_": [same(lambda m: m.tensor(A).neg_()), same(lambda m: m.tensor(I).neg_())],
    "rt_torch_torchtensor_abs_": [same(lambda m: m.tensor(A).abs_()), same(lambda m: m.tensor(I).abs_())],
    "rt_torch_torchtensor_pow_scalar_": [same(lambda m: m.tensor(POS).pow_(1.5)), same(lambda m: m.tensor(I).pow_(3))],
    "rt_torch_torchtensor_pow_tensor_": [same(lambda m: m.tensor(POS).pow_(m.tensor(B)))],
    "rt_torch_torchtensor_masked_fill_scalar_": [same(lambda m: m.tensor(A).masked_fill_(m.gt(m.tensor(B), 0), -1.0))],
    "rt_torch_torchtensor_masked_fill_tensor_": [same(lambda m: m.tensor(A).masked_fill_(m.gt(m.tensor(V), 1), m.tensor(9.0)))],
    # the in-place operators (a //= b, a %= b, a &= b, ...) and t[index] = value
    "rt_torch_torchtensor_floor_divide_tensor_": [same(lambda m: m.tensor(A).floor_divide_(m.tensor(B))), same(lambda m: m.tensor(I).floor_divide_(m.tensor(J)))],
    "rt_torch_torchtensor_floor_divide_scalar_": [same(lambda m: m.tensor(I).floor_divide_(2)), same(lambda m: m.tensor(I).floor_divide_(2.5), raises=RuntimeError)],
    "rt_torch_torchtensor_remainder_tensor_": [same(lambda m: m.tensor(A).remainder_(m.tensor(B))), same(lambda m: m.tensor(I).remainder_(m.tensor(J)))],
    "rt_torch_torchtensor_remainder_scalar_": [same(lambda m: m.tensor(I).remainder_(3)), same(lambda m: m.tensor(A).remainder_(1.5))],
    "rt_torch_torchtensor_bitwise_and_tensor_": [same(lambda m: m.tensor(I).bitwise_and_(m.tensor(J))), same(lambda m: m.tensor(A).bitwise_and_(m.tensor(B)), raises=RuntimeError)],
    "rt_torch_torchtensor_bitwise_and_scalar_": [same(lambda m: m.tensor(I).bitwise_and_(6)), same(lambda m: m.tensor([True, False]).bitwise_and_(True))],
    "rt_torch_torchtensor_bitwise_or_tensor_": [same(lambda m: m.tensor(I).bitwise_or_(m.tensor(J))), same(lambda m: m.tensor([True, False]).bitwise_or_(m.tensor([False, False])))],
    "rt_torch_torchtensor_bitwise_or_scalar_": [same(lambda m: m.tensor(I).bitwise_or_(3))],
    "rt_torch_torchtensor_bitwise_xor_tensor_": [same(lambda m: m.tensor(I).bitwise_xor_(m.tensor(J)))],
    "rt_torch_torchtensor_bitwise_xor_scalar_": [same(lambda m: m.tensor(I).bitwise_xor_(5)), same(lambda m: m.tensor([True, False]).bitwise_xor_(True))],
    "rt_torch_torchtensor_bitwise_left_shift_tensor_": [same(lambda m: m.tensor(I).bitwise_left_shift_(m.tensor([[0, 1, 2], [3, 0, 1]])))],
    "rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_": [same(lambda m: m.tensor(I).bitwise_left_shift_(2))],
    "rt_torch_torchtensor_bitwise_right_shift_tensor_": [same(lambda m: m.tensor(I).bitwise_right_shift_(m.tensor([[0, 1, 2], [3, 0, 1]])))],
    "rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_": [same(lambda m: m.tensor(I).bitwise_right_shift_(1))],
    "rt_torch_torchtensor_index_put_": [
        same(lambda m: m.tensor(A).index_put_((m.tensor([1, 0]),), m.tensor([9.0, 8.0, 7.0]))),
        same(lambda m: m.tensor(I).index_put_((m.tensor([0, 0]), m.tensor([1, 1])), m.tensor([5, 5]), accumulate=True)),
        same(lambda m: m.tensor(A).index_put_((m.tensor([0]),), m.tensor([1, 2, 3])), raises=RuntimeError),
    ],
    "rt_torch_torchtensor_result_type_tensor": [same(lambda m: m.result_type(m.tensor(I), m.tensor(A))), same(lambda m: m.result_type(m.tensor([1], dtype=m.int8), m.tensor(5)))],
    "rt_torch_torchtensor_result_type_scalar": [same(lambda m: m.result_type(m.tensor(I), 2.5)), same(lambda m: m.result_type(m.tensor([1], dtype=m.int8), 300)), same(lambda m: m.result_type(m.tensor([True]), 2))],
    # a named tuple from a method that takes only its receiver (a Python member, not a C one)
    "rt_torch_torchtensor_frexp_tensor": [same(lambda m: tuple(m.tensor(A).frexp())), same(lambda m: m.tensor(A).frexp().exponent), same(lambda m: m.frexp(m.tensor(POS)).mantissa)],
    # scalar forms of family A that no OpInfo sample reaches
    "rt_torch_torchtensor_xlogy_scalar_other": [same(lambda m: m.xlogy(m.tensor(POS), 2.5)), same(lambda m: m.tensor(A).xlogy(3))],
    "rt_torch_tensor_xlogy_scalar_self": [same(lambda m: m.xlogy(2, m.tensor(POS))), same(lambda m: m.xlogy(0.0, m.tensor(A)))],
    "rt_torch_torchtensor_fmod_scalar": [same(lambda m: m.fmod(m.tensor(I), 2)), same(lambda m: m.tensor(A).fmod(1.5))],
    "rt_torch_torchtensor_remainder_scalar": [same(lambda m: m.remainder(m.tensor(I), 2)), same(lambda m: m.tensor(A).remainder(-1.5))],
    "rt_torch_tensor_remainder_scalar_tensor": [same(lambda m: m.remainder(5, m.tensor(J))), same(lambda m: m.remainder(2.5, m.tensor(A)))],
    "rt_torch_torchtensor_floor_divide_scalar": [same(lambda m: m.floor_divide(m.tensor(I), 2)), same(lambda m: m.tensor(A).floor_divide(0.5))],
    "rt_torch_torchtensor_true_divide_scalar": [same(lambda m: m.true_divide(m.tensor(I), 2)), same(lambda m: m.tensor(A).true_divide(4.0))],
    "rt_torch_torchtensor_float_power_tensor_scalar": [same(lambda m: m.float_power(m.tensor(I), 2)), same(lambda m: m.tensor(POS).float_power(0.5))],
    "rt_torch_tensor_float_power_scalar": [same(lambda m: m.float_power(2, m.tensor(A))), same(lambda m: m.float_power(1.5, m.tensor(I)))],
    "rt_torch_torchtensor_clamp": [same(lambda m: m.clamp(m.tensor(A), -1, 2)), same(lambda m: m.tensor(I).clamp(max=2)), same(lambda m: m.tensor(A).clamp(min=0.5)), same(lambda m: m.clamp(m.tensor(A), 3, 1))],
    "rt_torch_torchtensor_clamp_min": [same(lambda m: m.clamp_min(m.tensor(A), 0.5)), same(lambda m: m.tensor(I).clamp_min(2))],
    "rt_torch_torchtensor_clamp_max": [same(lambda m: m.clamp_max(m.tensor(A), 0.5)), same(lambda m: m.tensor(I).clamp_max(2))],
    "rt_torch_torchtensor_bitwise_and_scalar": [same(lambda m: m.bitwise_and(m.tensor(I), 6)), same(lambda m: m.tensor(J).bitwise_and(3))],
    "rt_torch_tensor_bitwise_and_scalar_tensor": [same(lambda m: m.bitwise_and(6, m.tensor(I)))],
    "rt_torch_torchtensor_bitwise_or_scalar": [same(lambda m: m.bitwise_or(m.tensor(I), 6)), same(lambda m: m.tensor(J).bitwise_or(3))],
    "rt_torch_tensor_bitwise_or_scalar_tensor": [same(lambda m: m.bitwise_or(6, m.tensor(I)))],
    "rt_torch_torchtensor_bitwise_xor_scalar": [same(lambda m: m.bitwise_xor(m.tensor(I), 6)), same(lambda m: m.tensor(J).bitwise_xor(3))],
    "rt_torch_tensor_bitwise_xor_scalar_tensor": [same(lambda m: m.bitwise_xor(6, m.tensor(I)))],
    "rt_torch_torchtensor_bitwise_left_shift_tensor_scalar": [same(lambda m: m.bitwise_left_shift(m.tensor(I), 2)), same(lambda m: m.tensor(J).bitwise_left_shift(1))],
    "rt_torch_tensor_bitwise_left_shift_scalar_tensor": [same(lambda m: m.bitwise_left_shift(3, m.tensor([0, 1, 4])))],
    "rt_torch_torchtensor_bitwise_right_shift_tensor_scalar": [same(lambda m: m.bitwise_right_shift(m.tensor(I), 1)), same(lambda m: m.tensor(J).bitwise_right_shift(1))],
    "rt_torch_tensor_bitwise_right_shift_scalar_tensor": [same(lambda m: m.bitwise_right_shift(64, m.tensor([0, 1, 4])))],
    "rt_torch_torchtensor_where_scalarself": [same(lambda m: m.where(m.gt(m.tensor(A), 0), 0.5, m.tensor(B))), same(lambda m: m.where(m.gt(m.tensor(I), 0), 9, m.tensor(J)))],
    "rt_torch_torchtensor_where_scalarother": [same(lambda m: m.where(m.gt(m.tensor(A), 0), m.tensor(B), 0.0)), same(lambda m: m.where(m.gt(m.tensor(I), 0), m.tensor(J), 0))],
    "rt_torch_torchtensor_where_scalar": [same(lambda m: m.where(m.gt(m.tensor(A), 0), 1.0, 0.0)), same(lambda m: m.where(m.gt(m.tensor(I), 0), 1, 0))],
    "rt_torch_torchtensor_isin_tensor_scalar": [same(lambda m: m.isin(m.tensor(I), 3)), same(lambda m: m.isin(m.tensor(I), 3, invert=True))],
    "rt_torch_tensor_isin_scalar_tensor": [same(lambda m: m.isin(5, m.tensor(I))), same(lambda m: m.isin(4, m.tensor(I)))],
    "rt_torch_torchtensor_eq_scalar": [same(lambda m: m.eq(m.tensor(A), 3.0)), same(lambda m: m.tensor(I).eq(3))],
    "rt_torch_torchtensor_ne_scalar": [same(lambda m: m.ne(m.tensor(A), 3.0)), same(lambda m: m.tensor(I).ne(3))],
    "rt_torch_torchtensor_gt_scalar": [same(lambda m: m.gt(m.tensor(A), 3.0)), same(lambda m: m.tensor(I).gt(3))],
    "rt_torch_torchtensor_ge_scalar": [same(lambda m: m.ge(m.tensor(A), 3.0)), same(lambda m: m.tensor(I).ge(3))],
    "rt_torch_torchtensor_lt_scalar": [same(lambda m: m.lt(m.tensor(A), 3.0)), same(lambda m: m.tensor(I).lt(3))],
    "rt_torch_torchtensor_le_scalar": [same(lambda m: m.le(m.tensor(A), 3.0)), same(lambda m: m.tensor(I).le(3))],
}

# Forms no OpInfo sample reaches through torch_sffi: cases of their own.
SPD = [[2.0, 1.0], [1.0, 3.0]]
CASES.update({
    "rt_torch_tensor_bucketize_scalar": [same(lambda m: m.bucketize(3, m.tensor([1, 3, 5]))), same(lambda m: m.bucketize(3, m.tensor([1, 3, 5]), right=True))],
    "rt_torch_tensor_normal_float_tensor": [same(lambda m: _seeded(m, 7, lambda: m.normal(0.5, m.tensor(POS))))],
    "rt_torch_torchtensor_bernoulli_p": [same(lambda m: _seeded(m, 8, lambda: m.bernoulli(m.zeros(3, 4), 0.5)))],
    "rt_torch_torchtensor_linalg_cond_p_str": [same(lambda m: m.linalg.cond(m.tensor(SPD), "fro"))],
    "rt_torch_torchtensor_linalg_eigh": [same(lambda m: m.linalg.eigh(m.tensor(SPD, dtype=m.float64)))],
    "rt_torch_torchtensor_linalg_eigvalsh": [same(lambda m: m.linalg.eigvalsh(m.tensor(SPD, dtype=m.float64)))],
    "rt_torch_torchtensor_linalg_matrix_rank": [same(lambda m: m.linalg.matrix_rank(m.tensor(SPD), tol=1e-5))],
    "rt_torch_torchtensor_linalg_matrix_rank_tol_tensor": [same(lambda m: m.linalg.matrix_rank(m.tensor(SPD), tol=m.tensor(10.0)))],
    "rt_torch_torchtensor_linalg_pinv": [same(lambda m: m.linalg.pinv(m.tensor(SPD, dtype=m.float64), rcond=1e-15))],
    "rt_torch_torchtensor_linalg_pinv_rcond_tensor": [same(lambda m: m.linalg.pinv(m.tensor(SPD, dtype=m.float64), rcond=m.tensor(1e-15)))],
    "rt_torch_torchtensor_matrix_h": [same(lambda m: m.tensor(A).H, reach=False)],
    "rt_torch_torchtensor_mh": [same(lambda m: m.tensor([A, B]).mH, reach=False)],
    "rt_torch_torchtensor_mt": [same(lambda m: m.tensor([A, B]).mT, reach=False)],
    "rt_torch_torchtensor_numpy_t": [same(lambda m: m.tensor(A).T, reach=False)],
    "rt_torch_torchtensor_meshgrid": [same(lambda m: tuple(m.meshgrid([m.tensor([1, 2]), m.tensor([3, 4, 5])])))],
    "rt_torch_torchtensor_rand_like": [same(lambda m: _seeded(m, 9, lambda: m.rand_like(m.tensor(A))))],
    "rt_torch_torchtensor_repeat_interleave_tensor": [same(lambda m: m.repeat_interleave(m.tensor([1, 2, 3])))],
})


def _autocast_state(m: Any) -> Any:
    """is_autocast_enabled / get_autocast_dtype outside and inside a (nested) autocast region."""
    outside = (m.is_autocast_enabled("cpu"), m.get_autocast_dtype("cpu"))
    with m.autocast("cpu", dtype=m.float16):
        inside = (m.is_autocast_enabled("cpu"), m.get_autocast_dtype("cpu"))
        with m.autocast("cpu", enabled=False):
            off = (m.is_autocast_enabled("cpu"), m.get_autocast_dtype("cpu"))
    return outside, inside, off, (m.is_autocast_enabled("cpu"), m.get_autocast_dtype("cpu"))


CASES.update({
    "rt_torch_is_autocast_enabled": [same(_autocast_state)],
    "rt_torch_get_autocast_dtype": [same(_autocast_state)],
})
