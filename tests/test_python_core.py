"""The C base of torch_sffi.Tensor (_core.TensorBase): operators between tensors, release by
garbage collection, scopes, errors and fallbacks, each compared with PyTorch."""

from __future__ import annotations

import gc

import pytest
import torch
import torch_sffi as ts
from torch_sffi import _core

A = [[1.0, -2.0], [3.0, 0.5]]
B = [[0.25, 4.0], [-1.0, 2.0]]


def same(ours: ts.Tensor, theirs: torch.Tensor) -> None:
    assert ours.dtype.name == str(theirs.dtype).removeprefix("torch.")
    assert ours.tolist() == theirs.tolist()


def test_tensor_derives_from_the_c_base() -> None:
    assert issubclass(ts.Tensor, _core.TensorBase)
    assert ts.Tensor.__slots__ == ()
    t = ts.tensor(A)
    assert isinstance(t._h, int) and t._h != 0 and t._live is True


@pytest.mark.parametrize(
    "op",
    [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b, lambda a, b: a @ b],
    ids=["add", "sub", "mul", "div", "matmul"],
)
def test_operators_between_tensors(op: object) -> None:
    same(op(ts.tensor(A), ts.tensor(B)), op(torch.tensor(A), torch.tensor(B)))  # type: ignore[operator]


def test_unary_operators() -> None:
    same(-ts.tensor(A), -torch.tensor(A))
    same(abs(ts.tensor(A)), abs(torch.tensor(A)))


@pytest.mark.parametrize(
    "op",
    [
        lambda a: a + 2.5, lambda a: 2.5 + a, lambda a: a - 1, lambda a: 1 - a, lambda a: a * 3,
        lambda a: 3 * a, lambda a: a / 4.0, lambda a: 4.0 / a, lambda a: a + True,
    ],
    ids=["t+f", "f+t", "t-i", "i-t", "t*i", "i*t", "t/f", "f/t", "t+bool"],
)
def test_numbers_go_to_the_python_fallbacks(op: object) -> None:
    same(op(ts.tensor(A)), op(torch.tensor(A)))  # type: ignore[operator]


def test_unsupported_operands_raise_type_error() -> None:
    with pytest.raises(TypeError):
        ts.tensor(A) + "text"  # type: ignore[operator]
    with pytest.raises(TypeError):
        "text" @ ts.tensor(A)  # type: ignore[operator]
    with pytest.raises(TypeError):
        [1.0] @ ts.tensor(A)  # type: ignore[operator]


def test_operator_errors_are_typed_with_the_bridge_message() -> None:
    with pytest.raises(ts.TorchRuntimeError, match="must match the size of tensor b") as info:
        ts.tensor([1.0, 2.0]) + ts.tensor([1.0, 2.0, 3.0])
    assert isinstance(info.value, RuntimeError)
    assert str(info.value).startswith("rt_torch_torchtensor_add: ")
    with pytest.raises(ts.TorchRuntimeError, match="cannot be multiplied"):
        ts.tensor(A) @ ts.tensor([[1.0, 2.0, 3.0]])


def test_a_freed_operand_raises_invalid_handle() -> None:
    x, y = ts.tensor(A), ts.tensor(B)
    y.free()
    with pytest.raises(ts.InvalidHandleError, match="argument 'other': tensor handle .* was already freed"):
        x + y
    with pytest.raises(ts.InvalidHandleError, match="was already freed"):
        -y


def test_garbage_collection_releases_without_touching_the_error_state() -> None:
    gc.collect()
    start = ts.live_handles()
    t = ts.tensor(A) + ts.tensor(B)  # the operands are released at once
    assert ts.live_handles() == start + 1
    with pytest.raises(ts.TorchIndexError):
        t.transpose(0, 7)
    del t  # released by the C dealloc ...
    assert ts.error_code() == 2, "... which left the pending error as it was"
    assert ts.live_handles() == start


def test_scopes_track_what_the_c_operators_make() -> None:
    gc.collect()
    start = ts.live_handles()
    x = ts.tensor(A)
    with ts.scope() as s:
        y = x @ x + x
        kept = s.keep(-y)
        z = y * y
    assert not y._live and not z._live, "freed by the scope"
    assert kept._live and x._live
    with pytest.raises(ts.InvalidHandleError):
        z.tolist()
    del x, y, z, kept
    gc.collect()
    assert ts.live_handles() == start


def test_results_of_subclass_operands_are_tensors() -> None:
    class Mine(ts.Tensor):
        __slots__ = ()

    m = Mine(A)
    r = m + ts.tensor(B)
    assert type(r) is ts.Tensor
    same(r, torch.tensor(A) + torch.tensor(B))
