"""Spec-driven cases for the torch_sffi package: every catalogue function, through the public API.

CASES maps each catalogue function to one or more cases. A case computes a result with
torch_sffi (`ours`, given the module) and the same thing with PyTorch (`ref`, given torch);
tests/test_python_api.py compares them: tensors by shape, dtype and values, tuples item by
item, numbers by value. Where PyTorch has no counterpart, `check` inspects our result. A case
marked `cuda` needs a CUDA device: without one, `ours` must raise TorchUnavailableError.

Random functions draw after seeding: torch.manual_seed and torch_sffi.manual_seed seed the
same generator (one libtorch in the process), so the numbers must be identical.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

A = [[1.0, -2.0, 3.0], [4.0, 5.0, -6.5]]
B = [[0.5, 2.0, -1.0], [3.0, -4.0, 2.5]]
POS = [[0.5, 1.0, 2.0], [4.0, 9.0, 16.0]]
M = [[2.0, 1.0], [1.0, 3.0]]
ROT = [[0.0, -1.0], [1.0, 0.0]]  # complex eigenvalues +-i
V = [1.0, 2.0, 3.0]
W = [4.0, -5.0, 6.0]
IMG = [[[[float(i * 5 + j) for j in range(5)] for i in range(5)], [[float((i + j) % 3) for j in range(5)] for i in range(5)]]]
KER = [[[[1.0, 0.0], [0.0, -1.0]], [[0.5, 0.5], [0.5, 0.5]]], [[[0.0, 1.0], [1.0, 0.0]], [[-1.0, 2.0], [0.0, 1.0]]]]
BATCH = [[1.0, 2.0, 3.0, 4.0], [2.0, 0.0, -2.0, 1.0], [0.5, 0.5, 1.5, -3.0]]  # (N=3, C=4)


@dataclass(frozen=True)
class Case:
    ours: Callable[[Any], Any]
    ref: Callable[[Any], Any] | None = None
    check: Callable[[Any], None] | None = None
    cuda: bool = False
    values: bool = True  # False: compare shape and dtype only (empty's memory is not initialised)
    tol: float = 0.0  # relative tolerance; 0 means identical


def F(torch: Any) -> Any:
    return torch.nn.functional


def _seeded(seed: int, make: Callable[[], Any], seeder: Callable[[int], Any]) -> Any:
    seeder(seed)
    return make()


def _released_by_the_collector(ts: Any) -> tuple[bool, int, int]:
    """A tensor dropped between a failure and the read of its error code hides nothing."""
    import gc

    start = ts.live_handles()
    t = ts.ones([3])
    try:
        ts.tensor(A).transpose(0, 5)
    except ts.TorchIndexError:
        pass
    del t  # __del__ runs here: the release leaves the pending error alone
    gc.collect()
    code = ts.error_code()
    return ts.live_handles() == start, 0 if code else 1, code


def _failed_code(ts: Any) -> tuple[int, int]:
    try:
        ts.from_data([1.0, 2.0], [3])
    except ts.TorchError as exc:
        return exc.code, ts.error_code()
    raise AssertionError("from_data with a wrong length did not fail")


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


def _ours_grad(ts: Any) -> Any:
    x = ts.tensor(A, requires_grad=True)
    (x * x).sum(dim=1).sum(dim=0).backward()
    return x.grad


def _ref_grad(torch: Any) -> Any:
    x = torch.tensor(A, requires_grad=True)
    (x * x).sum(dim=1).sum(dim=0).backward()
    return x.grad


def _ours_backward(ts: Any) -> Any:
    x = ts.tensor(A, requires_grad=True)
    w = ts.tensor(M + [[0.5, -1.0]], requires_grad=True)
    loss = ts.nn.mse_loss((x @ w).tanh(), ts.tensor([[0.1, 0.2], [0.3, 0.4]]))
    loss.backward()
    return x.grad, w.grad


def _ref_backward(torch: Any) -> Any:
    x = torch.tensor(A, requires_grad=True)
    w = torch.tensor(M + [[0.5, -1.0]], requires_grad=True)
    loss = F(torch).mse_loss((x @ w).tanh(), torch.tensor([[0.1, 0.2], [0.3, 0.4]]))
    loss.backward()
    return x.grad, w.grad


def _ours_zero_grad(ts: Any) -> Any:
    x = ts.tensor(V, requires_grad=True)
    (x * x).sum(dim=0).backward()
    x.zero_grad()
    return x.grad


def _ref_zero_grad(torch: Any) -> Any:
    x = torch.tensor(V, requires_grad=True)
    (x * x).sum(dim=0).backward()
    x.grad.zero_()
    return x.grad


def _ours_no_grad(ts: Any) -> Any:
    x = ts.tensor(V, requires_grad=True)
    with ts.no_grad():
        inside = (x * 2).requires_grad
    return inside, (x * 2).requires_grad


def _ref_no_grad(torch: Any) -> Any:
    x = torch.tensor(V, requires_grad=True)
    with torch.no_grad():
        inside = (x * 2).requires_grad
    return inside, (x * 2).requires_grad


def _decorated_no_grad(ns: Any) -> Any:
    x = ns.tensor(V, requires_grad=True)

    @ns.no_grad()
    def double(t: Any) -> Any:
        return t * 2

    return double(x).requires_grad


def _set_requires_grad_both(ts: Any) -> Any:
    t = ts.tensor(V)
    same = t.requires_grad_() is t
    first = t.requires_grad
    t.requires_grad = False
    return same, first, t.requires_grad


def _free_then_use(ts: Any) -> tuple[bool, str]:
    t = ts.tensor(V)
    t.free()
    try:
        t.sum()
    except ts.InvalidHandleError as exc:
        return True, str(exc)
    return False, ""


def _stream_sync_ours(ts: Any) -> Any:
    s = ts.cuda.Stream()
    s.sync()
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
    s.sync()
    return t.cpu()


def _ref_to_stream(torch: Any) -> Any:
    s = torch.cuda.Stream()
    with torch.cuda.stream(s):
        t = torch.tensor(A).to("cuda:0", non_blocking=True)
    s.synchronize()
    return t.cpu()


def _ours_batch_norm_train(ts: Any) -> Any:
    mean, var = ts.zeros(4), ts.ones(4)
    out = ts.nn.batch_norm(ts.tensor(BATCH), mean, var, ts.tensor([1.0, 2.0, 0.5, 1.0]), ts.tensor([0.0, 1.0, 0.0, -1.0]), training=True, momentum=0.2)
    return out, mean, var


def _ref_batch_norm_train(torch: Any) -> Any:
    mean, var = torch.zeros(4), torch.ones(4)
    out = F(torch).batch_norm(torch.tensor(BATCH), mean, var, torch.tensor([1.0, 2.0, 0.5, 1.0]), torch.tensor([0.0, 1.0, 0.0, -1.0]), training=True, momentum=0.2)
    return out, mean, var


def _nll_ours(ts: Any) -> Any:
    return ts.nn.nll_loss(ts.tensor(BATCH).log_softmax(1), ts.tensor([0, 3, 1]))


def _nll_ref(torch: Any) -> Any:
    return F(torch).nll_loss(torch.tensor(BATCH).log_softmax(1), torch.tensor([0, 3, 1]))


# ------------------------------------------------------------------ training: in-place updates and gradients


def _leaf_update_refused(ns: Any) -> tuple[str, list[float]]:
    """An in-place update of a leaf that requires grad, outside no_grad: PyTorch's error (a
    RuntimeError; ours names the bridge function first), and nothing changed."""
    x = ns.tensor(V, requires_grad=True)
    try:
        x.add_(ns.tensor(W), alpha=0.5)
    except RuntimeError as exc:
        return str(exc).removeprefix("rt_torch_torchtensor_add_: "), x.tolist()
    raise AssertionError("add_ on a leaf that requires grad did not fail")


def _set_grad_through_autograd(ts: Any) -> Any:
    x = ts.tensor(V, requires_grad=True)
    ts.autograd.set_grad(x, ts.ones(3))
    first = x.grad
    x.set_grad(None)
    return first, x.grad


def _leaf_update_in_no_grad(ns: Any) -> Any:
    """What an optimizer does: update leaves under no_grad; they stay leaves that require grad."""
    w = ns.tensor(A, requires_grad=True)
    (w * w).sum().backward()
    with ns.no_grad():
        w.add_(w.grad, alpha=-0.1).mul_(0.5).add_(1e-3)
        w.addcmul_(w.grad, w.grad, value=0.01).addcdiv_(w.grad, w.grad.abs() + 1.0, value=-0.2)
        w.lerp_(ns.tensor(B), 0.25)
    return w.detach(), w.requires_grad, w.grad


def _set_grad(ns: Any) -> Any:
    x = ns.tensor(V, requires_grad=True)
    x.grad = ns.tensor(W)
    first = x.grad
    (x * x).sum().backward()  # accumulates into the gradient that was set
    second = x.grad
    x.grad = None
    return first, second, x.grad


def _set_grad_refused(ns: Any) -> tuple[bool, str]:
    x = ns.tensor(V, requires_grad=True)
    try:
        x.grad = ns.tensor([1.0, 2.0])
    except RuntimeError as exc:
        return True, str(exc).split(": ", 1)[-1]
    return False, ""


def _sum_backward(ns: Any) -> Any:
    x = ns.tensor(A, requires_grad=True)
    ((x * x).sum() + x.mean() + x.max() - x.min()).backward()
    return x.grad


def _in_place_int(ns: Any) -> Any:
    t = ns.tensor([1, 2, 3])
    t.add_(2).add_(ns.tensor([1, 1, 1]), alpha=3).mul_(2)
    return t


def _copy_into(ns: Any) -> Any:
    t = ns.zeros(2, 3)
    t.copy_(ns.tensor([1, 2, 3]))
    return t


CASES: dict[str, list[Case]] = {
    # ------------------------------------------------------------------ library
    "rt_torch_available": [Case(lambda ts: ts.available(), check=lambda r: r is True)],
    "rt_torch_version": [Case(lambda ts: ts.torch_version(), lambda torch: torch.__version__.split("+")[0])],
    "rt_torch_cuda_available": [Case(lambda ts: ts.cuda.is_available(), lambda torch: torch.cuda.is_available())],
    "rt_torch_error_code": [Case(_failed_code, check=lambda r: r[0] == r[1] == 7)],  # reshape: RuntimeError in PyTorch
    "rt_torch_error_message": [Case(_failed_message, check=lambda r: r[0] == r[1] and "Dimension out of range" in r[0])],
    "rt_torch_error_clear": [Case(_cleared, check=lambda r: r == (0, ""))],
    "rt_torch_torchtensor_release": [Case(_released_by_the_collector, check=lambda r: r == (True, 0, 2))],
    "rt_torch_live_handles": [Case(_live_counts, check=lambda r: r[1] == r[0] + 1 and r[2] == r[0])],
    "rt_torch_manual_seed": [
        Case(lambda ts: _seeded(11, lambda: ts.rand(4), ts.manual_seed), lambda torch: _seeded(11, lambda: torch.rand(4), torch.manual_seed))
    ],
    "rt_torch_cuda_device_count": [Case(lambda ts: ts.cuda.device_count(), lambda torch: torch.cuda.device_count())],
    # ------------------------------------------------------------------ creation
    "rt_torch_tensor_zeros": [
        Case(lambda ts: ts.zeros([2, 3]), lambda torch: torch.zeros(2, 3)),
        Case(lambda ts: ts.zeros(2, 3, requires_grad=True).requires_grad, lambda torch: torch.zeros(2, 3, requires_grad=True).requires_grad),
    ],
    "rt_torch_tensor_ones": [Case(lambda ts: ts.ones(3), lambda torch: torch.ones(3)), Case(lambda ts: ts.ones([]), lambda torch: torch.ones([]))],
    "rt_torch_tensor_randn": [
        Case(lambda ts: _seeded(3, lambda: ts.randn(2, 3), ts.manual_seed), lambda torch: _seeded(3, lambda: torch.randn(2, 3), torch.manual_seed))
    ],
    "rt_torch_tensor_rand": [
        Case(lambda ts: _seeded(5, lambda: ts.rand([3, 2]), ts.manual_seed), lambda torch: _seeded(5, lambda: torch.rand(3, 2), torch.manual_seed))
    ],
    "rt_torch_tensor_full": [Case(lambda ts: ts.full([2, 2], 7.5), lambda torch: torch.full((2, 2), 7.5))],
    "rt_torch_tensor_from_data": [
        Case(lambda ts: ts.from_data([1.0, 2.0, 3.0, 4.0], [2, 2]), lambda torch: torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float64)),
        Case(lambda ts: ts.tensor(A), lambda torch: torch.tensor(A)),
    ],
    "rt_torch_tensor_arange": [
        Case(lambda ts: ts.arange(0.0, 5.0, 1.5), lambda torch: torch.arange(0.0, 5.0, 1.5)),
        Case(lambda ts: ts.arange(-1, 3), lambda torch: torch.arange(-1.0, 3.0)),
    ],
    "rt_torch_tensor_linspace": [Case(lambda ts: ts.linspace(0.0, 1.0, 5), lambda torch: torch.linspace(0.0, 1.0, 5))],
    "rt_torch_tensor_eye": [Case(lambda ts: ts.eye(3), lambda torch: torch.eye(3))],
    "rt_torch_tensor_empty": [Case(lambda ts: ts.empty(2, 4), lambda torch: torch.empty(2, 4), values=False)],
    "rt_torch_tensor_from_i64": [
        Case(lambda ts: ts.from_i64([1, 2, 3, 4, 5, 6], [3, 2]), lambda torch: torch.tensor([[1, 2], [3, 4], [5, 6]])),
        Case(lambda ts: ts.tensor([[1, 2], [3, 4]]), lambda torch: torch.tensor([[1, 2], [3, 4]])),
    ],
    # ------------------------------------------------------------------ element-wise
    "rt_torch_torchtensor_add": [
        Case(lambda ts: ts.tensor(A).add(ts.tensor(B)), lambda torch: torch.add(torch.tensor(A), torch.tensor(B))),
        Case(lambda ts: ts.tensor(A) + ts.tensor(V), lambda torch: torch.tensor(A) + torch.tensor(V)),
        Case(lambda ts: ts.tensor([[1, 2]]) + 3, lambda torch: torch.tensor([[1, 2]]) + 3),
        Case(lambda ts: 3 + ts.tensor([True, False]), lambda torch: 3 + torch.tensor([True, False])),
    ],
    "rt_torch_torchtensor_sub": [
        Case(lambda ts: ts.tensor(A).sub(ts.tensor(B)), lambda torch: torch.sub(torch.tensor(A), torch.tensor(B))),
        Case(lambda ts: ts.tensor(A) - 1.25, lambda torch: torch.tensor(A) - 1.25),
        Case(lambda ts: 2 - ts.tensor([1, 5]), lambda torch: 2 - torch.tensor([1, 5])),
        Case(lambda ts: 0.5 - ts.tensor(A), lambda torch: 0.5 - torch.tensor(A)),
    ],
    "rt_torch_torchtensor_mul": [
        Case(lambda ts: ts.tensor(A).mul(ts.tensor(B)), lambda torch: torch.mul(torch.tensor(A), torch.tensor(B))),
        Case(lambda ts: ts.tensor(A) * ts.tensor(B), lambda torch: torch.tensor(A) * torch.tensor(B)),
        Case(lambda ts: ts.tensor([1, -2]) * 3, lambda torch: torch.tensor([1, -2]) * 3),
    ],
    "rt_torch_torchtensor_div": [
        Case(lambda ts: ts.tensor(A).div(ts.tensor(B)), lambda torch: torch.div(torch.tensor(A), torch.tensor(B))),
        Case(lambda ts: ts.tensor(A) / 3.0, lambda torch: torch.tensor(A) / 3.0),
        Case(lambda ts: ts.tensor(A, dtype=ts.float64) / 0.1, lambda torch: torch.tensor(A, dtype=torch.float64) / 0.1),
        Case(lambda ts: ts.tensor([1, 2, 3]) / 2, lambda torch: torch.tensor([1, 2, 3]) / 2),
        Case(lambda ts: 1 / ts.tensor([1, 2, 4]), lambda torch: 1 / torch.tensor([1, 2, 4])),
        Case(lambda ts: 3.0 / ts.tensor(B), lambda torch: 3.0 / torch.tensor(B)),
    ],
    "rt_torch_torchtensor_pow": [
        Case(lambda ts: ts.tensor(POS).pow(0.5), lambda torch: torch.pow(torch.tensor(POS), 0.5)),
        Case(lambda ts: ts.tensor(A) ** 2, lambda torch: torch.tensor(A) ** 2),
    ],
    "rt_torch_torchtensor_neg": [
        Case(lambda ts: ts.tensor(A).neg(), lambda torch: torch.neg(torch.tensor(A))),
        Case(lambda ts: -ts.tensor([1, -2]), lambda torch: -torch.tensor([1, -2])),
    ],
    "rt_torch_torchtensor_abs": [
        Case(lambda ts: ts.tensor(A).abs(), lambda torch: torch.abs(torch.tensor(A))),
        Case(lambda ts: abs(ts.tensor(B)), lambda torch: abs(torch.tensor(B))),
    ],
    "rt_torch_torchtensor_sqrt": [Case(lambda ts: ts.tensor(POS).sqrt(), lambda torch: torch.sqrt(torch.tensor(POS)))],
    "rt_torch_torchtensor_exp": [Case(lambda ts: ts.tensor(A).exp(), lambda torch: torch.exp(torch.tensor(A)))],
    "rt_torch_torchtensor_log": [Case(lambda ts: ts.tensor(POS).log(), lambda torch: torch.log(torch.tensor(POS)))],
    "rt_torch_torchtensor_add_scalar": [
        Case(lambda ts: ts.tensor(A).add(2.5), lambda torch: torch.add(torch.tensor(A), 2.5)),
        Case(lambda ts: ts.tensor([1, 2]) + 0.5, lambda torch: torch.tensor([1, 2]) + 0.5),
    ],
    "rt_torch_torchtensor_mul_scalar": [
        Case(lambda ts: ts.tensor(A).mul(-1.5), lambda torch: torch.mul(torch.tensor(A), -1.5)),
        Case(lambda ts: 2.5 * ts.tensor([1, 2]), lambda torch: 2.5 * torch.tensor([1, 2])),
    ],
    # ------------------------------------------------------------------ activations
    "rt_torch_torchtensor_relu": [
        Case(lambda ts: ts.tensor(A).relu(), lambda torch: F(torch).relu(torch.tensor(A))),
        Case(lambda ts: ts.nn.relu(ts.tensor(B)), lambda torch: F(torch).relu(torch.tensor(B))),
    ],
    "rt_torch_torchtensor_sigmoid": [Case(lambda ts: ts.nn.sigmoid(ts.tensor(A)), lambda torch: torch.sigmoid(torch.tensor(A)))],
    "rt_torch_torchtensor_tanh": [Case(lambda ts: ts.tensor(A).tanh(), lambda torch: torch.tanh(torch.tensor(A)))],
    "rt_torch_torchtensor_leaky_relu": [
        Case(lambda ts: ts.tensor(A).leaky_relu(), lambda torch: F(torch).leaky_relu(torch.tensor(A))),
        Case(lambda ts: ts.nn.leaky_relu(ts.tensor(A), 0.2), lambda torch: F(torch).leaky_relu(torch.tensor(A), 0.2)),
    ],
    "rt_torch_torchtensor_gelu": [Case(lambda ts: ts.tensor(A).gelu(), lambda torch: F(torch).gelu(torch.tensor(A)))],
    "rt_torch_torchtensor_softmax": [
        Case(lambda ts: ts.tensor(A).softmax(1), lambda torch: torch.softmax(torch.tensor(A), 1)),
        Case(lambda ts: ts.nn.softmax(ts.tensor(A), -2), lambda torch: F(torch).softmax(torch.tensor(A), -2)),
    ],
    "rt_torch_torchtensor_log_softmax": [Case(lambda ts: ts.tensor(A).log_softmax(1), lambda torch: torch.log_softmax(torch.tensor(A), 1))],
    # ------------------------------------------------------------------ linear algebra
    "rt_torch_torchtensor_matmul": [
        Case(lambda ts: ts.tensor(A).matmul(ts.tensor(B).t()), lambda torch: torch.matmul(torch.tensor(A), torch.tensor(B).t())),
        Case(lambda ts: ts.tensor(A) @ ts.tensor(V), lambda torch: torch.tensor(A) @ torch.tensor(V)),
    ],
    "rt_torch_torchtensor_dot": [Case(lambda ts: ts.tensor(V).dot(ts.tensor(W)), lambda torch: torch.dot(torch.tensor(V), torch.tensor(W)))],
    "rt_torch_torchtensor_transpose": [Case(lambda ts: ts.tensor(A).transpose(0, 1), lambda torch: torch.transpose(torch.tensor(A), 0, 1))],
    "rt_torch_torchtensor_t": [Case(lambda ts: ts.tensor(A).t(), lambda torch: torch.t(torch.tensor(A)))],
    "rt_torch_torchtensor_norm": [Case(lambda ts: ts.tensor(A).norm(), lambda torch: torch.linalg.vector_norm(torch.tensor(A)).item())],
    "rt_torch_torchtensor_det": [Case(lambda ts: ts.tensor(M).det(), lambda torch: torch.linalg.det(torch.tensor(M)).item())],
    "rt_torch_torchtensor_inverse": [Case(lambda ts: ts.tensor(M).inverse(), lambda torch: torch.linalg.inv(torch.tensor(M)))],
    "rt_torch_torchtensor_svd": [
        Case(lambda ts: tuple(ts.tensor(A).svd()), lambda torch: tuple(torch.linalg.svd(torch.tensor(A), full_matrices=False))),
        Case(lambda ts: ts.tensor(A).svd().S, lambda torch: torch.linalg.svd(torch.tensor(A), full_matrices=False).S),
    ],
    "rt_torch_torchtensor_eig": [
        Case(lambda ts: tuple(ts.tensor(ROT).eig()), lambda torch: tuple(torch.linalg.eig(torch.tensor(ROT)))),
        Case(lambda ts: ts.tensor(M).eig().eigenvalues, lambda torch: torch.linalg.eig(torch.tensor(M)).eigenvalues),
    ],
    # ------------------------------------------------------------------ reductions
    "rt_torch_torchtensor_sum": [Case(lambda ts: ts.tensor(A).sum_float(), lambda torch: torch.sum(torch.tensor(A)).item())],
    "rt_torch_torchtensor_sum_dim": [
        Case(lambda ts: ts.tensor(A).sum(dim=1), lambda torch: torch.sum(torch.tensor(A), dim=1)),
        Case(lambda ts: ts.tensor(A).sum(0, keepdim=True), lambda torch: torch.sum(torch.tensor(A), 0, keepdim=True)),
        Case(lambda ts: ts.tensor([[1, 2], [3, 4]]).sum(dim=-1), lambda torch: torch.tensor([[1, 2], [3, 4]]).sum(dim=-1)),
    ],
    "rt_torch_torchtensor_mean": [Case(lambda ts: ts.tensor(A).mean_float(), lambda torch: torch.mean(torch.tensor(A)).item())],
    "rt_torch_torchtensor_mean_dim": [
        Case(lambda ts: ts.tensor(A).mean(dim=0), lambda torch: torch.mean(torch.tensor(A), dim=0)),
        Case(lambda ts: ts.tensor(A).mean(1, keepdim=True), lambda torch: torch.mean(torch.tensor(A), 1, keepdim=True)),
    ],
    "rt_torch_torchtensor_max": [Case(lambda ts: ts.tensor(A).max_float(), lambda torch: torch.max(torch.tensor(A)).item())],
    "rt_torch_torchtensor_max_dim": [
        Case(lambda ts: tuple(ts.tensor(A).max(dim=1)), lambda torch: tuple(torch.max(torch.tensor(A), dim=1))),
        Case(lambda ts: ts.tensor(A).max(0, keepdim=True).indices, lambda torch: torch.max(torch.tensor(A), 0, keepdim=True).indices),
    ],
    "rt_torch_torchtensor_min": [Case(lambda ts: ts.tensor(A).min_float(), lambda torch: torch.min(torch.tensor(A)).item())],
    "rt_torch_torchtensor_min_dim": [
        Case(lambda ts: tuple(ts.tensor(A).min(dim=0)), lambda torch: tuple(torch.min(torch.tensor(A), dim=0))),
        Case(lambda ts: ts.tensor(A).min(1).values, lambda torch: torch.min(torch.tensor(A), 1).values),
    ],
    "rt_torch_torchtensor_argmax": [
        Case(lambda ts: ts.tensor(A).argmax(1), lambda torch: torch.argmax(torch.tensor(A), 1)),
        Case(lambda ts: ts.tensor(A).argmax(-1, keepdim=True), lambda torch: torch.argmax(torch.tensor(A), -1, keepdim=True)),
    ],
    "rt_torch_torchtensor_argmin": [Case(lambda ts: ts.tensor(A).argmin(0), lambda torch: torch.argmin(torch.tensor(A), 0))],
    "rt_torch_torchtensor_std": [Case(lambda ts: ts.tensor(A).std(), lambda torch: torch.std(torch.tensor(A)).item())],
    "rt_torch_torchtensor_var": [Case(lambda ts: ts.tensor(A).var(), lambda torch: torch.var(torch.tensor(A)).item())],
    # ------------------------------------------------------------------ shape
    "rt_torch_torchtensor_ndim": [
        Case(lambda ts: ts.tensor(A).ndim, lambda torch: torch.tensor(A).ndim),
        Case(lambda ts: ts.tensor(2.0).ndim, lambda torch: torch.tensor(2.0).dim()),
    ],
    "rt_torch_torchtensor_numel": [Case(lambda ts: ts.tensor(A).numel(), lambda torch: torch.numel(torch.tensor(A)))],
    "rt_torch_torchtensor_shape": [
        Case(lambda ts: ts.tensor(A).shape, lambda torch: tuple(torch.tensor(A).shape)),
        Case(lambda ts: len(ts.tensor(A)), lambda torch: len(torch.tensor(A))),
    ],
    "rt_torch_torchtensor_reshape": [
        Case(lambda ts: ts.tensor(A).reshape([3, 2]), lambda torch: torch.reshape(torch.tensor(A), (3, 2))),
        Case(lambda ts: ts.tensor(A).reshape(-1), lambda torch: torch.tensor(A).reshape(-1)),
        Case(lambda ts: ts.tensor(A).t().reshape(2, 3), lambda torch: torch.tensor(A).t().reshape(2, 3)),
    ],
    "rt_torch_torchtensor_view": [Case(lambda ts: ts.tensor(A).view(3, 2), lambda torch: torch.tensor(A).view(3, 2))],
    "rt_torch_torchtensor_permute": [
        Case(lambda ts: ts.zeros(2, 3, 4).permute(2, 0, 1).shape, lambda torch: tuple(torch.permute(torch.zeros(2, 3, 4), (2, 0, 1)).shape)),
        Case(lambda ts: ts.tensor(A).permute([1, 0]), lambda torch: torch.tensor(A).permute(1, 0)),
    ],
    "rt_torch_torchtensor_squeeze": [Case(lambda ts: ts.tensor([[V]]).squeeze(), lambda torch: torch.squeeze(torch.tensor([[V]])))],
    "rt_torch_torchtensor_squeeze_dim": [
        Case(lambda ts: ts.tensor([[V]]).squeeze(1), lambda torch: torch.squeeze(torch.tensor([[V]]), 1)),
        Case(lambda ts: ts.tensor(A).squeeze(dim=0), lambda torch: torch.tensor(A).squeeze(dim=0)),
    ],
    "rt_torch_torchtensor_unsqueeze": [Case(lambda ts: ts.tensor(V).unsqueeze(-1), lambda torch: torch.unsqueeze(torch.tensor(V), -1))],
    "rt_torch_torchtensor_flatten": [Case(lambda ts: ts.tensor([A, B]).flatten(), lambda torch: torch.flatten(torch.tensor([A, B])))],
    "rt_torch_torchtensor_contiguous": [Case(lambda ts: ts.tensor(A).t().contiguous().view(6), lambda torch: torch.tensor(A).t().contiguous().view(6))],
    # ------------------------------------------------------------------ indexing
    "rt_torch_torchtensor_slice": [
        Case(lambda ts: ts.tensor(A).slice(1, 0, 2), lambda torch: torch.tensor(A)[:, 0:2]),
        Case(lambda ts: ts.tensor(V * 3).slice(0, 1, 8, 3), lambda torch: torch.tensor(V * 3)[1:8:3]),
        Case(lambda ts: ts.tensor(A)[1, -2:], lambda torch: torch.tensor(A)[1, -2:]),
        Case(lambda ts: ts.tensor(A)[-1], lambda torch: torch.tensor(A)[-1]),
        Case(lambda ts: [row.tolist() for row in ts.tensor(A)], lambda torch: [row.tolist() for row in torch.tensor(A)]),
    ],
    "rt_torch_torchtensor_index_select": [
        Case(lambda ts: ts.tensor(A).index_select(1, ts.tensor([2, 0])), lambda torch: torch.index_select(torch.tensor(A), 1, torch.tensor([2, 0])))
    ],
    "rt_torch_torchtensor_gather": [
        Case(
            lambda ts: ts.tensor(A).gather(1, ts.tensor([[0, 0], [2, 1]])),
            lambda torch: torch.gather(torch.tensor(A), 1, torch.tensor([[0, 0], [2, 1]])),
        )
    ],
    "rt_torch_torchtensor_cat": [
        Case(lambda ts: ts.cat([ts.tensor(A), ts.tensor(B)]), lambda torch: torch.cat([torch.tensor(A), torch.tensor(B)])),
        Case(lambda ts: ts.cat((ts.tensor(A), ts.tensor(B)), dim=1), lambda torch: torch.cat((torch.tensor(A), torch.tensor(B)), dim=1)),
    ],
    "rt_torch_torchtensor_stack": [
        Case(lambda ts: ts.stack([ts.tensor(V), ts.tensor(W)], -1), lambda torch: torch.stack([torch.tensor(V), torch.tensor(W)], -1))
    ],
    "rt_torch_torchtensor_chunk": [
        Case(lambda ts: ts.tensor(V + W).chunk(4), lambda torch: torch.chunk(torch.tensor(V + W), 4)),
        Case(lambda ts: ts.tensor(A).chunk(2, dim=1), lambda torch: torch.chunk(torch.tensor(A), 2, dim=1)),
    ],
    # ------------------------------------------------------------------ nn
    "rt_torch_nn_conv2d": [
        Case(lambda ts: ts.nn.conv2d(ts.tensor(IMG), ts.tensor(KER)), lambda torch: F(torch).conv2d(torch.tensor(IMG), torch.tensor(KER))),
        Case(
            lambda ts: ts.nn.conv2d(ts.tensor(IMG), ts.tensor(KER), ts.tensor([0.5, -1.0]), stride=2, padding=[1, 1]),
            lambda torch: F(torch).conv2d(torch.tensor(IMG), torch.tensor(KER), torch.tensor([0.5, -1.0]), stride=2, padding=1),
        ),
    ],
    "rt_torch_nn_max_pool2d": [
        Case(lambda ts: ts.nn.max_pool2d(ts.tensor(IMG), [2, 2]), lambda torch: F(torch).max_pool2d(torch.tensor(IMG), 2)),
        Case(lambda ts: ts.nn.max_pool2d(ts.tensor(IMG), 3, stride=1, padding=1), lambda torch: F(torch).max_pool2d(torch.tensor(IMG), 3, 1, 1)),
    ],
    "rt_torch_nn_avg_pool2d": [Case(lambda ts: ts.nn.avg_pool2d(ts.tensor(IMG), 2), lambda torch: F(torch).avg_pool2d(torch.tensor(IMG), 2))],
    "rt_torch_nn_batch_norm": [
        Case(
            lambda ts: ts.nn.batch_norm(ts.tensor(BATCH), ts.tensor([0.5, 0.0, 1.0, -1.0]), ts.tensor([1.0, 2.0, 0.5, 1.5])),
            lambda torch: F(torch).batch_norm(torch.tensor(BATCH), torch.tensor([0.5, 0.0, 1.0, -1.0]), torch.tensor([1.0, 2.0, 0.5, 1.5])),
        ),
        Case(_ours_batch_norm_train, _ref_batch_norm_train),
    ],
    "rt_torch_nn_layer_norm": [
        Case(lambda ts: ts.nn.layer_norm(ts.tensor(A), [3]), lambda torch: F(torch).layer_norm(torch.tensor(A), [3])),
        Case(
            lambda ts: ts.nn.layer_norm(ts.tensor(A), [3], ts.tensor(V), ts.tensor(W), eps=1e-3),
            lambda torch: F(torch).layer_norm(torch.tensor(A), [3], torch.tensor(V), torch.tensor(W), eps=1e-3),
        ),
    ],
    "rt_torch_nn_dropout": [
        Case(
            lambda ts: _seeded(9, lambda: ts.nn.dropout(ts.ones(4, 5), 0.3), ts.manual_seed),
            lambda torch: _seeded(9, lambda: F(torch).dropout(torch.ones(4, 5), 0.3), torch.manual_seed),
        ),
        Case(lambda ts: ts.nn.dropout(ts.tensor(A), training=False), lambda torch: F(torch).dropout(torch.tensor(A), training=False)),
    ],
    "rt_torch_nn_linear": [
        Case(lambda ts: ts.nn.linear(ts.tensor(A), ts.tensor(B)), lambda torch: F(torch).linear(torch.tensor(A), torch.tensor(B))),
        Case(
            lambda ts: ts.nn.linear(ts.tensor(A), ts.tensor(B), ts.tensor([1.0, -1.0])),
            lambda torch: F(torch).linear(torch.tensor(A), torch.tensor(B), torch.tensor([1.0, -1.0])),
        ),
    ],
    "rt_torch_nn_embedding": [
        Case(lambda ts: ts.nn.embedding(ts.tensor([[1, 0], [1, 1]]), ts.tensor(A)), lambda torch: F(torch).embedding(torch.tensor([[1, 0], [1, 1]]), torch.tensor(A)))
    ],
    # ------------------------------------------------------------------ losses
    "rt_torch_nn_mse_loss": [Case(lambda ts: ts.nn.mse_loss(ts.tensor(A), ts.tensor(B)), lambda torch: F(torch).mse_loss(torch.tensor(A), torch.tensor(B)))],
    "rt_torch_nn_cross_entropy": [
        Case(lambda ts: ts.nn.cross_entropy(ts.tensor(BATCH), ts.tensor([3, 0, 2])), lambda torch: F(torch).cross_entropy(torch.tensor(BATCH), torch.tensor([3, 0, 2])))
    ],
    "rt_torch_nn_binary_cross_entropy": [
        Case(
            lambda ts: ts.nn.binary_cross_entropy(ts.tensor(A).sigmoid(), ts.tensor([[1.0, 0.0, 1.0], [0.0, 0.5, 1.0]])),
            lambda torch: F(torch).binary_cross_entropy(torch.tensor(A).sigmoid(), torch.tensor([[1.0, 0.0, 1.0], [0.0, 0.5, 1.0]])),
        )
    ],
    "rt_torch_nn_nll_loss": [Case(_nll_ours, _nll_ref)],
    # ------------------------------------------------------------------ autograd
    "rt_torch_autograd_set_requires_grad": [
        Case(lambda ts: ts.tensor(V).requires_grad_().requires_grad, lambda torch: torch.tensor(V).requires_grad_().requires_grad),
        Case(_set_requires_grad_both, _set_requires_grad_both),
        Case(lambda ts: ts.autograd.set_requires_grad(ts.tensor(V)).requires_grad, check=lambda r: r is True),
    ],
    "rt_torch_autograd_requires_grad": [
        Case(lambda ts: ts.tensor(V).requires_grad, lambda torch: torch.tensor(V).requires_grad),
        Case(lambda ts: (ts.tensor(V, requires_grad=True) * 2).requires_grad, lambda torch: (torch.tensor(V, requires_grad=True) * 2).requires_grad),
    ],
    "rt_torch_autograd_grad": [
        Case(_ours_grad, _ref_grad),
        Case(lambda ts: ts.tensor(V, requires_grad=True).grad, lambda torch: torch.tensor(V, requires_grad=True).grad),
        Case(lambda ts: ts.autograd.grad(ts.tensor(V)), check=lambda r: r is None),
    ],
    "rt_torch_autograd_backward": [Case(_ours_backward, _ref_backward, tol=1e-6)],
    "rt_torch_autograd_zero_grad": [Case(_ours_zero_grad, _ref_zero_grad)],
    "rt_torch_autograd_detach": [
        Case(lambda ts: ts.tensor(V, requires_grad=True).detach().requires_grad, lambda torch: torch.tensor(V, requires_grad=True).detach().requires_grad),
        Case(lambda ts: (ts.tensor(V, requires_grad=True) * 3).detach(), lambda torch: (torch.tensor(V, requires_grad=True) * 3).detach()),
    ],
    "rt_torch_autograd_no_grad_begin": [Case(_ours_no_grad, _ref_no_grad), Case(_decorated_no_grad, _decorated_no_grad)],
    "rt_torch_autograd_no_grad_end": [
        Case(_ours_no_grad, _ref_no_grad),
        Case(lambda ts: _unmatched_end(ts), check=lambda r: r == (True, 3)),
    ],
    # ------------------------------------------------------------------ device
    "rt_torch_torchtensor_cuda": [Case(lambda ts: ts.tensor(A).cuda().cpu(), lambda torch: torch.tensor(A).cuda().cpu(), cuda=True)],
    "rt_torch_torchtensor_cpu": [Case(lambda ts: ts.tensor(A).cpu(), lambda torch: torch.tensor(A).cpu())],
    "rt_torch_torchtensor_is_cuda": [
        Case(lambda ts: ts.tensor(A).is_cuda, lambda torch: torch.tensor(A).is_cuda),
        Case(lambda ts: ts.tensor(A).cuda().is_cuda, lambda torch: torch.tensor(A).cuda().is_cuda, cuda=True),
    ],
    "rt_torch_torchtensor_device": [
        Case(lambda ts: ts.tensor(A).get_device(), lambda torch: torch.tensor(A).get_device()),
        Case(lambda ts: ts.tensor(A).cuda().get_device(), lambda torch: torch.tensor(A).cuda().get_device(), cuda=True),
    ],
    "rt_torch_torchtensor_to_stream": [Case(_ours_to_stream, _ref_to_stream, cuda=True)],
    "rt_torch_torchtensor_clone": [Case(lambda ts: ts.tensor(A).clone(), lambda torch: torch.clone(torch.tensor(A)))],
    # ------------------------------------------------------------------ streams
    "rt_torch_stream_create": [Case(lambda ts: ts.cuda.Stream().query(), lambda torch: torch.cuda.Stream().query(), cuda=True)],
    "rt_torch_torchstream_sync": [Case(_stream_sync_ours, _stream_sync_ref, cuda=True)],
    "rt_torch_torchstream_query": [Case(lambda ts: ts.cuda.Stream(0).query(), lambda torch: torch.cuda.Stream(0).query(), cuda=True)],
    "rt_torch_torchstream_free": [Case(_stream_free, check=lambda r: r is True, cuda=True)],
    # ------------------------------------------------------------------ memory
    "rt_torch_torchtensor_free": [Case(_free_then_use, check=lambda r: r[0] and "already freed" in r[1])],
    "rt_torch_cuda_memory_allocated": [Case(lambda ts: ts.cuda.memory_allocated(), lambda torch: torch.cuda.memory_allocated())],
    "rt_torch_cuda_max_memory_allocated": [Case(lambda ts: ts.cuda.max_memory_allocated(0), lambda torch: torch.cuda.max_memory_allocated(0))],
    "rt_torch_cuda_empty_cache": [Case(lambda ts: ts.cuda.empty_cache(), lambda torch: torch.cuda.empty_cache())],
    # ------------------------------------------------------------------ data
    "rt_torch_torchtensor_item": [
        Case(lambda ts: ts.tensor([[2.5]]).item(), lambda torch: torch.tensor([[2.5]]).item()),
        Case(lambda ts: ts.tensor([2**60 + 1]).item(), lambda torch: torch.tensor([2**60 + 1]).item()),
        Case(lambda ts: ts.tensor(True).item(), lambda torch: torch.tensor(True).item()),
        Case(lambda ts: ts.nn.mse_loss(ts.tensor(A), ts.tensor(B)).item(), lambda torch: F(torch).mse_loss(torch.tensor(A), torch.tensor(B)).item()),
    ],
    "rt_torch_torchtensor_data_f64": [
        Case(lambda ts: ts.tensor(A).t().data_f64(), lambda torch: torch.tensor(A).t().flatten().double().tolist()),
        Case(lambda ts: ts.tensor(A).tolist(), lambda torch: torch.tensor(A).tolist()),
        Case(lambda ts: ts.arange(0, 100).data_f64(), lambda torch: torch.arange(0.0, 100.0).double().tolist()),
    ],
    "rt_torch_torchtensor_data_i64": [
        Case(lambda ts: ts.tensor(A).data_i64(), lambda torch: torch.tensor(A).to(torch.int64).flatten().tolist()),
        Case(lambda ts: ts.tensor([[True], [False]]).tolist(), lambda torch: torch.tensor([[True], [False]]).tolist()),
    ],
    "rt_torch_torchtensor_dtype": [
        Case(lambda ts: ts.tensor([1, 2]).dtype.name, lambda torch: str(torch.tensor([1, 2]).dtype).removeprefix("torch.")),
        Case(lambda ts: ts.tensor([1.0, 2]).dtype.name, lambda torch: str(torch.tensor([1.0, 2]).dtype).removeprefix("torch.")),
        Case(lambda ts: ts.tensor([True, 2]).dtype.name, lambda torch: str(torch.tensor([True, 2]).dtype).removeprefix("torch.")),
    ],
    "rt_torch_torchtensor_to_dtype": [
        Case(lambda ts: ts.tensor(A).to(ts.float64), lambda torch: torch.tensor(A).to(torch.float64)),
        Case(lambda ts: ts.tensor(A).to(ts.int32), lambda torch: torch.tensor(A).to(torch.int32)),
        Case(lambda ts: ts.tensor(A).to(ts.bfloat16), lambda torch: torch.tensor(A).to(torch.bfloat16)),
    ],
    "rt_torch_torchtensor_real": [Case(lambda ts: ts.tensor(ROT).eig().eigenvalues.real, lambda torch: torch.linalg.eig(torch.tensor(ROT)).eigenvalues.real)],
    "rt_torch_torchtensor_imag": [Case(lambda ts: ts.tensor(ROT).eig().eigenvalues.imag, lambda torch: torch.linalg.eig(torch.tensor(ROT)).eigenvalues.imag)],
    # ------------------------------------------------------------------ training
    "rt_torch_torchtensor_sum_all": [
        Case(lambda ts: ts.tensor(A).sum(), lambda torch: torch.tensor(A).sum()),
        Case(lambda ts: ts.tensor([[1, 2], [3, 4]]).sum(), lambda torch: torch.tensor([[1, 2], [3, 4]]).sum()),
        Case(lambda ts: ts.tensor(A).sum().item(), lambda torch: torch.tensor(A).sum().item()),
        Case(_sum_backward, _sum_backward),
    ],
    "rt_torch_torchtensor_mean_all": [Case(lambda ts: ts.tensor(A).mean(), lambda torch: torch.tensor(A).mean()), Case(_sum_backward, _sum_backward)],
    "rt_torch_torchtensor_max_all": [
        Case(lambda ts: ts.tensor(A).max(), lambda torch: torch.tensor(A).max()),
        Case(lambda ts: ts.tensor([3, -1, 7]).max(), lambda torch: torch.tensor([3, -1, 7]).max()),
    ],
    "rt_torch_torchtensor_min_all": [Case(lambda ts: ts.tensor(A).min(), lambda torch: torch.tensor(A).min()), Case(_sum_backward, _sum_backward)],
    "rt_torch_torchtensor_div_scalar": [
        Case(lambda ts: ts.tensor(A).div(0.3), lambda torch: torch.tensor(A).div(0.3)),
        Case(lambda ts: ts.tensor([1, 2, 3]) / 2.5, lambda torch: torch.tensor([1, 2, 3]) / 2.5),
    ],
    "rt_torch_torchtensor_maximum": [
        Case(lambda ts: ts.tensor(A).maximum(ts.tensor(B)), lambda torch: torch.maximum(torch.tensor(A), torch.tensor(B))),
        Case(lambda ts: ts.tensor(A).maximum(ts.tensor(V)), lambda torch: torch.tensor(A).maximum(torch.tensor(V))),
    ],
    "rt_torch_autograd_set_grad": [
        Case(_set_grad, _set_grad),
        Case(_set_grad_refused, check=lambda r: r[0] and "a gradient of size '[2]' to a tensor of size '[3]'" in r[1]),
        Case(_set_grad_through_autograd, lambda torch: (torch.ones(3), None)),
    ],
    "rt_torch_torchtensor_add_": [
        Case(lambda ts: ts.tensor(A).add_(ts.tensor(B), alpha=-0.25), lambda torch: torch.tensor(A).add_(torch.tensor(B), alpha=-0.25)),
        Case(lambda ts: ts.tensor(A).add_(ts.tensor(V)), lambda torch: torch.tensor(A).add_(torch.tensor(V))),
        Case(lambda ts: ts.tensor(A).add_(2, alpha=3), lambda torch: torch.tensor(A).add_(2, alpha=3)),
        Case(_in_place_int, _in_place_int),
        Case(_leaf_update_refused, _leaf_update_refused),
        Case(_leaf_update_in_no_grad, _leaf_update_in_no_grad),
    ],
    "rt_torch_torchtensor_add_scalar_": [
        Case(lambda ts: ts.tensor(A).add_(1e-8), lambda torch: torch.tensor(A).add_(1e-8)),
        Case(lambda ts: ts.tensor(POS, dtype=ts.float64).add_(0.1), lambda torch: torch.tensor(POS, dtype=torch.float64).add_(0.1)),
    ],
    "rt_torch_torchtensor_mul_": [
        Case(lambda ts: ts.tensor(A).mul_(ts.tensor(B)), lambda torch: torch.tensor(A).mul_(torch.tensor(B))),
        Case(lambda ts: ts.tensor([1, 2]).mul_(3), lambda torch: torch.tensor([1, 2]).mul_(3)),
    ],
    "rt_torch_torchtensor_mul_scalar_": [Case(lambda ts: ts.tensor(A).mul_(0.9), lambda torch: torch.tensor(A).mul_(0.9))],
    "rt_torch_torchtensor_addcmul_": [
        Case(lambda ts: ts.tensor(A).addcmul_(ts.tensor(B), ts.tensor(V), value=0.001), lambda torch: torch.tensor(A).addcmul_(torch.tensor(B), torch.tensor(V), value=0.001)),
        Case(lambda ts: ts.tensor(A).addcmul_(ts.tensor(B), ts.tensor(B)), lambda torch: torch.tensor(A).addcmul_(torch.tensor(B), torch.tensor(B))),
    ],
    "rt_torch_torchtensor_addcdiv_": [
        Case(lambda ts: ts.tensor(A).addcdiv_(ts.tensor(B), ts.tensor(POS), value=-0.01), lambda torch: torch.tensor(A).addcdiv_(torch.tensor(B), torch.tensor(POS), value=-0.01)),
    ],
    "rt_torch_torchtensor_lerp_": [Case(lambda ts: ts.tensor(A).lerp_(ts.tensor(B), 0.1), lambda torch: torch.tensor(A).lerp_(torch.tensor(B), 0.1))],
    "rt_torch_torchtensor_zero_": [Case(lambda ts: ts.tensor(A).zero_(), lambda torch: torch.tensor(A).zero_())],
    "rt_torch_torchtensor_copy_": [Case(_copy_into, _copy_into)],
}


def _unmatched_end(ts: Any) -> tuple[bool, int]:
    try:
        ts.no_grad().__exit__(None, None, None)
    except ValueError as exc:
        return isinstance(exc, ts.TorchValueError), exc.code  # type: ignore[attr-defined]
    return False, 0
