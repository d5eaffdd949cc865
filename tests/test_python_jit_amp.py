"""torch_sffi.jit (TorchScript modules saved by torch.jit.save) and torch_sffi.autocast (mixed
precision on the CPU), each next to PyTorch's own: the same outputs bit for bit, the same
dtypes, and PyTorch's exception classes for the same mistakes."""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import Any, Iterator

import pytest
import torch
import torch.nn.functional as F

import torch_sffi as ts
from torch_sffi._native import lib


def sffi(x: torch.Tensor) -> ts.Tensor:
    return ts.tensor(x.tolist(), dtype=getattr(ts, str(x.dtype).removeprefix("torch.")))


def dname(dtype: Any) -> str:
    """A dtype's name without its module: torch_sffi.bfloat16 and torch.bfloat16 are both bfloat16."""
    return str(dtype).rpartition(".")[2]


def as_torch(x: Any) -> torch.Tensor:
    return torch.from_dlpack(x.detach()) if x.dtype != ts.bfloat16 else torch.from_dlpack(x.detach().float()).bfloat16()


class Net(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv = torch.nn.Conv2d(2, 3, 3)
        self.fc = torch.nn.Linear(12, 4)
        self.drop = torch.nn.Dropout(0.3)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc(self.drop(self.conv(x).relu().flatten(1)))

    @torch.jit.export
    def pair(self, x: torch.Tensor, y: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        return x + y, x * y

    @torch.jit.export
    def many(self, x: torch.Tensor) -> list[torch.Tensor]:
        return [x.sin(), x.cos()]


@pytest.fixture()
def saved(tmp_path: Path) -> Iterator[tuple[Path, torch.jit.ScriptModule]]:
    torch.manual_seed(3)
    path = tmp_path / "net.pt"
    with warnings.catch_warnings():  # torch 2.13 deprecates TorchScript in favour of torch.export
        warnings.simplefilter("ignore", DeprecationWarning)
        torch.jit.save(torch.jit.script(Net()), str(path))
        yield path, torch.jit.load(str(path))


def test_forward_and_methods_match_torch(saved: tuple[Path, torch.jit.ScriptModule]) -> None:
    path, ref = saved
    m = ts.jit.load(path)
    x = torch.randn(2, 2, 4, 4)
    ref.eval()
    m.eval()
    assert m.training is False and ref.training is False
    assert torch.equal(as_torch(m(sffi(x))), ref(x))
    assert torch.equal(as_torch(m.forward(sffi(x))), ref.forward(x))
    a, b = torch.randn(3), torch.randn(3)
    got = m.pair(sffi(a), sffi(b))
    assert isinstance(got, tuple) and len(got) == 2
    assert all(torch.equal(as_torch(g), w) for g, w in zip(got, ref.pair(a, b)))
    listed = m.run_method("many", sffi(a))
    assert isinstance(listed, list) and all(torch.equal(as_torch(g), w) for g, w in zip(listed, ref.many(a)))
    assert {"forward", "pair", "many"} <= set(m.method_names())
    assert [n for n, _ in m.named_parameters()] == [n for n, _ in ref.named_parameters()]
    assert all(torch.equal(as_torch(p), q.detach()) for p, q in zip(m.parameters(), ref.parameters()))
    # training mode: dropout draws from the one shared generator, as PyTorch's module does
    m.train()
    ref.train()
    assert m.training is True
    ts.manual_seed(7)
    ours = as_torch(m(sffi(x)))
    torch.manual_seed(7)
    assert torch.equal(ours, ref(x))
    before = lib.rt_torch_live_handles()
    m.free()
    m.free()  # a second free does nothing
    assert lib.rt_torch_live_handles() == before - 1, "the module handle is gone"


def test_gradients_flow_through_a_loaded_module(saved: tuple[Path, torch.jit.ScriptModule]) -> None:
    path, ref = saved
    with ts.jit.load(path) as m:
        m.eval()
        ref.eval()
        x = torch.randn(2, 2, 4, 4, requires_grad=True)
        xs = sffi(x.detach()).requires_grad_()
        m(xs).sum().backward()
        ref(x).sum().backward()
        assert xs.grad is not None and torch.allclose(as_torch(xs.grad), x.grad, rtol=0, atol=1e-6)


def test_load_from_a_file_object(saved: tuple[Path, torch.jit.ScriptModule]) -> None:
    path, ref = saved
    m = ts.jit.load(io.BytesIO(path.read_bytes()))
    ref.eval()
    m.eval()
    x = torch.randn(1, 2, 4, 4)
    assert torch.equal(as_torch(m(sffi(x))), ref(x))


def test_errors_are_pytorchs(saved: tuple[Path, torch.jit.ScriptModule], tmp_path: Path) -> None:
    path, ref = saved
    missing = tmp_path / "missing.pt"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with pytest.raises(ValueError, match="does not exist") as theirs:
            torch.jit.load(str(missing))
    with pytest.raises(ValueError, match="does not exist") as ours:
        ts.jit.load(missing)
    assert str(ours.value).endswith(str(theirs.value))
    with pytest.raises(ValueError, match="is a directory"):
        ts.jit.load(tmp_path)
    junk = tmp_path / "junk.pt"
    junk.write_bytes(b"not a module")
    with pytest.raises(RuntimeError):
        torch.jit.load(str(junk))
    with pytest.raises(RuntimeError):
        ts.jit.load(junk)
    m = ts.jit.load(path)
    x = torch.randn(3)
    for call_ref, call_ours in [
        (lambda: ref(), lambda: m()),  # too few inputs
        (lambda: ref(x, x), lambda: m(sffi(x), sffi(x))),  # too many
        (lambda: ref.pair(x), lambda: m.pair(sffi(x))),
        (lambda: ref(1.5), lambda: m(1.5)),  # not a tensor
    ]:
        with pytest.raises(RuntimeError):
            call_ref()
        with pytest.raises(RuntimeError):
            call_ours()
    with pytest.raises(AttributeError):
        ref.nope
    with pytest.raises(AttributeError):
        m.nope
    with pytest.raises(AttributeError):
        m.run_method("nope", sffi(x))
    m.free()
    with pytest.raises(ValueError, match="freed"):
        m(sffi(x))


def test_bad_module_handles_are_refused() -> None:
    x = ts.tensor([1.0])
    for bad in (0, 12345, (3 << 56) | (5 << 32) | 1, x._h if hasattr(x, "_h") else 777):
        with pytest.raises(ts.InvalidHandleError):
            ts._core.rt_torch_jit_run_method(bad, "forward", [x])


# ============================================================================ autocast


def ops(m: Any, F_: Any, a: Any, w: Any, bias: Any, img: Any, k: Any) -> list[Any]:
    return [a @ w.T, m.matmul(a, w.T), F_.linear(a, w, bias), F_.conv2d(img, k), a + a]


def inputs() -> list[torch.Tensor]:
    g = torch.Generator().manual_seed(0)
    return [torch.randn(*s, generator=g) for s in [(4, 5), (3, 5), (3,), (1, 2, 6, 6), (4, 2, 3, 3)]]


@pytest.mark.parametrize("dtype", ["bfloat16", "float16"])
@pytest.mark.parametrize("spelling", ["autocast", "amp.autocast"])
def test_autocast_matches_torch(dtype: str, spelling: str) -> None:
    xs = inputs()
    ours_ctx = ts.autocast if spelling == "autocast" else ts.amp.autocast
    theirs_ctx = torch.autocast if spelling == "autocast" else torch.amp.autocast
    with ours_ctx("cpu", dtype=getattr(ts, dtype)):
        assert ts.is_autocast_enabled("cpu")
        ours = ops(ts, ts.nn.functional, *[sffi(x) for x in xs])
    with theirs_ctx("cpu", dtype=getattr(torch, dtype)):
        theirs = ops(torch, F, *xs)
    assert not ts.is_autocast_enabled("cpu") and not torch.is_autocast_enabled("cpu")
    for o, t in zip(ours, theirs, strict=True):
        assert dname(o.dtype) == dname(t.dtype)
        assert torch.equal(as_torch(o).to(t.dtype), t)
    assert theirs[0].dtype == getattr(torch, dtype) and theirs[-1].dtype == torch.float32


def test_autocast_decorator_nesting_and_gradients() -> None:
    xs = inputs()

    @ts.autocast("cpu")
    def ours_fn(a: Any, w: Any) -> Any:
        return a @ w.T

    @torch.autocast("cpu")
    def theirs_fn(a: Any, w: Any) -> Any:
        return a @ w.T

    a, w = sffi(xs[0]).requires_grad_(), sffi(xs[1])
    ta, tw = xs[0].clone().requires_grad_(), xs[1]
    y, ty = ours_fn(a, w), theirs_fn(ta, tw)
    assert dname(y.dtype) == dname(ty.dtype) == "bfloat16"
    y.float().sum().backward()
    ty.float().sum().backward()
    assert a.grad is not None and dname(a.grad.dtype) == "float32" and torch.equal(as_torch(a.grad), ta.grad)
    with ts.autocast("cpu"):
        with ts.autocast("cpu", enabled=False):
            assert dname((sffi(xs[0]) @ sffi(xs[1]).T).dtype) == "float32"
        assert dname((sffi(xs[0]) @ sffi(xs[1]).T).dtype) == "bfloat16"


def test_autocast_unsupported_dtype_warns_as_torch() -> None:
    with pytest.warns(UserWarning, match="CPU Autocast only supports dtypes of torch.bfloat16, torch.float16"):
        with torch.autocast("cpu", dtype=torch.float32):
            assert not torch.is_autocast_enabled("cpu")
    with pytest.warns(UserWarning, match="CPU Autocast only supports dtypes of torch.bfloat16, torch.float16"):
        with ts.autocast("cpu", dtype=ts.float32):
            assert not ts.is_autocast_enabled("cpu")
    with pytest.raises(RuntimeError, match="unsupported autocast device_type 'tpu'"):
        ts.autocast("tpu")  # torch_sffi autocasts for the CPU and CUDA only
    with pytest.raises(ValueError):
        ts.autocast(0)  # type: ignore[arg-type]


def test_an_exception_inside_autocast_restores_the_state() -> None:
    with pytest.raises(KeyError):
        with ts.autocast("cpu", dtype=ts.float16):
            raise KeyError("x")
    assert not ts.is_autocast_enabled("cpu")
    assert dname(ts.get_autocast_dtype("cpu")) == "bfloat16"
