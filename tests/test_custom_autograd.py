"""Custom autograd functions (torch_sffi.autograd.Function over rt_torch_autograd_function_apply),
each next to the same torch.autograd.Function in PyTorch: the same values and gradients, the same
exceptions, finite-difference checks in float64, exact handle ownership, backward on threads."""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

import pytest
import torch

import torch_sffi as ts
from torch_sffi._native import lib


def sffi(x: torch.Tensor, requires_grad: bool = False) -> ts.Tensor:
    t = ts.tensor(x.tolist(), dtype=getattr(ts, str(x.dtype).removeprefix("torch.")))
    return t.requires_grad_() if requires_grad else t


def as_torch(x: Any) -> torch.Tensor:
    return torch.tensor(x.detach().tolist(), dtype=torch.float64)


def both(mod: Any) -> dict[str, Any]:
    """The classic examples of PyTorch's documentation, written once over `mod` (torch or
    torch_sffi): returns their Function classes."""

    class Exp(mod.autograd.Function):
        @staticmethod
        def forward(ctx: Any, i: Any) -> Any:
            result = i.exp()
            ctx.save_for_backward(result)
            return result

        @staticmethod
        def backward(ctx: Any, grad_output: Any) -> Any:
            (result,) = ctx.saved_tensors
            return grad_output * result

    class LinearFunction(mod.autograd.Function):
        @staticmethod
        def forward(ctx: Any, input: Any, weight: Any, bias: Any = None) -> Any:
            ctx.save_for_backward(input, weight, bias)
            output = input.mm(weight.t())
            if bias is not None:
                output += bias.unsqueeze(0).expand_as(output)
            return output

        @staticmethod
        def backward(ctx: Any, grad_output: Any) -> Any:
            input, weight, bias = ctx.saved_tensors
            grad_input = grad_weight = grad_bias = None
            if ctx.needs_input_grad[0]:
                grad_input = grad_output.mm(weight)
            if ctx.needs_input_grad[1]:
                grad_weight = grad_output.t().mm(input)
            if bias is not None and ctx.needs_input_grad[2]:
                grad_bias = grad_output.sum(0)
            return grad_input, grad_weight, grad_bias

    class MulConstant(mod.autograd.Function):
        @staticmethod
        def forward(ctx: Any, tensor: Any, constant: float) -> Any:
            ctx.constant = constant
            return tensor * constant

        @staticmethod
        def backward(ctx: Any, grad_output: Any) -> Any:
            return grad_output * ctx.constant, None

    class SplitNonDiff(mod.autograd.Function):
        """Two outputs, the second (an index) not differentiable; gradients not materialised."""

        @staticmethod
        def forward(ctx: Any, x: Any) -> Any:
            ctx.set_materialize_grads(False)
            values, indices = x.max(1)
            ctx.mark_non_differentiable(indices)
            twice = x * 2
            ctx.save_for_backward(x)
            return twice, values, indices

        @staticmethod
        def backward(ctx: Any, g_twice: Any, g_values: Any, g_indices: Any) -> Any:
            (x,) = ctx.saved_tensors
            grad = mod.zeros_like(x)
            if g_twice is not None:
                grad = grad + g_twice * 2
            if g_values is not None:
                grad = grad + g_values.unsqueeze(1) * (x == x.max(1, keepdim=True)[0])
            return grad

    class Broken(mod.autograd.Function):
        @staticmethod
        def forward(ctx: Any, x: Any) -> Any:
            return x * 1

        @staticmethod
        def backward(ctx: Any, g: Any) -> Any:
            raise ValueError("backward failed on purpose")

    class TooMany(mod.autograd.Function):
        @staticmethod
        def forward(ctx: Any, x: Any) -> Any:
            return x * 1

        @staticmethod
        def backward(ctx: Any, g: Any) -> Any:
            return g, g

    class Identity(mod.autograd.Function):
        """Returns its input as it is: PyTorch makes the output a view of it."""

        @staticmethod
        def forward(ctx: Any, x: Any) -> Any:
            return x

        @staticmethod
        def backward(ctx: Any, g: Any) -> Any:
            return g * 3

    class DoubleInPlace(mod.autograd.Function):
        """Changes its input in place (mark_dirty) and returns it."""

        @staticmethod
        def forward(ctx: Any, x: Any) -> Any:
            x.mul_(2)
            ctx.mark_dirty(x)
            return x

        @staticmethod
        def backward(ctx: Any, g: Any) -> Any:
            return g * 2

    return {k: v for k, v in locals().items() if isinstance(v, type)}


T = both(torch)
S = both(ts)


@pytest.fixture(autouse=True)
def no_leaks() -> Any:
    gc.collect()
    before = lib.rt_torch_live_handles()
    yield
    gc.collect()
    assert lib.rt_torch_live_handles() == before, "every handle made in the test is freed"


def close(a: Any, b: torch.Tensor) -> None:
    assert torch.equal(as_torch(a), b.detach().double()), (as_torch(a), b)


def test_exp_matches_pytorch() -> None:
    x = torch.tensor([0.5, -1.0, 2.0], dtype=torch.float64, requires_grad=True)
    xs = sffi(x.detach(), True)
    y, ys = T["Exp"].apply(x), S["Exp"].apply(xs)
    close(ys, y)
    assert ys.requires_grad and ys.grad_fn is not None
    assert ys.grad_fn.name() == y.grad_fn.name() == "ExpBackward"
    (y * y).sum().backward()
    (ys * ys).sum().backward()
    close(xs.grad, x.grad)


def test_linear_function_matches_pytorch() -> None:
    g = torch.Generator().manual_seed(0)
    inp = torch.randn(4, 3, dtype=torch.float64, generator=g, requires_grad=True)
    w = torch.randn(2, 3, dtype=torch.float64, generator=g, requires_grad=True)
    b = torch.randn(2, dtype=torch.float64, generator=g)  # does not require grad: needs_input_grad[2] is False
    si, sw, sb = sffi(inp.detach(), True), sffi(w.detach(), True), sffi(b)
    out, sout = T["LinearFunction"].apply(inp, w, b), S["LinearFunction"].apply(si, sw, sb)
    close(sout, out)
    (out.tanh().sum()).backward()
    (sout.tanh().sum()).backward()
    close(si.grad, inp.grad)
    close(sw.grad, w.grad)
    assert sb.grad is None and b.grad is None


def test_mul_constant_and_non_tensor_arguments() -> None:
    x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float64, requires_grad=True)
    xs = sffi(x.detach(), True)
    T["MulConstant"].apply(x, 2.5).pow(2).sum().backward()
    S["MulConstant"].apply(xs, 2.5).pow(2).sum().backward()
    close(xs.grad, x.grad)


def test_needs_input_grad() -> None:
    seen: list[tuple[bool, ...]] = []

    class Probe(ts.autograd.Function):
        @staticmethod
        def forward(ctx: Any, a: Any, k: int, b: Any) -> Any:
            seen.append(ctx.needs_input_grad)
            return a + b

        @staticmethod
        def backward(ctx: Any, g: Any) -> Any:
            seen.append(ctx.needs_input_grad)
            return g, None, None

    a, b = ts.ones(2).requires_grad_(), ts.ones(2)
    y = Probe.apply(a, 3, b)
    y.sum().backward()
    assert seen == [(True, False, False), (True, False, False)]
    assert a.grad.tolist() == [1.0, 1.0]


def test_multiple_outputs_non_differentiable_and_unmaterialised_grads() -> None:
    x = torch.tensor([[1.0, 5.0, 2.0], [7.0, 0.5, 3.0]], dtype=torch.float64, requires_grad=True)
    xs = sffi(x.detach(), True)
    t2, tv, ti = T["SplitNonDiff"].apply(x)
    s2, sv, si = S["SplitNonDiff"].apply(xs)
    assert (si.requires_grad, sv.requires_grad) == (ti.requires_grad, tv.requires_grad) == (False, True)
    assert si.tolist() == ti.tolist()
    tv.sum().backward()  # only the values: the other gradients are None (not materialised)
    sv.sum().backward()
    close(xs.grad, x.grad)
    x.grad = None
    xs.grad = None
    t2, tv, ti = T["SplitNonDiff"].apply(x)
    s2, sv, si = S["SplitNonDiff"].apply(xs)
    (t2.sum() + tv.sum()).backward()
    (s2.sum() + sv.sum()).backward()
    close(xs.grad, x.grad)


def test_input_returned_as_is_becomes_a_view() -> None:
    x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
    xs = sffi(x.detach(), True)
    y, ys = T["Identity"].apply(x), S["Identity"].apply(xs)
    assert ys.requires_grad and not ys.is_leaf
    y.sum().backward()
    ys.sum().backward()
    close(xs.grad, x.grad)


def test_mark_dirty_in_place_forward() -> None:
    a = torch.tensor([1.0, -2.0], dtype=torch.float64, requires_grad=True)
    as_ = sffi(a.detach(), True)
    b, bs = a * 3, as_ * 3
    y, ys = T["DoubleInPlace"].apply(b), S["DoubleInPlace"].apply(bs)
    close(ys, y)
    close(bs, b)  # the input itself was changed
    (y * y).sum().backward()
    (ys * ys).sum().backward()
    close(as_.grad, a.grad)
    with pytest.raises(RuntimeError) as expected:  # a leaf that requires grad cannot be changed in place
        T["DoubleInPlace"].apply(a)
    with pytest.raises(RuntimeError) as got:
        S["DoubleInPlace"].apply(as_)
    assert str(got.value).endswith(str(expected.value)), (got.value, expected.value)


def _numerical_jacobian_check(fn: Any, inputs: list[ts.Tensor], eps: float = 1e-6, atol: float = 1e-5) -> None:
    """gradcheck, in small: every input element perturbed by +-eps against the gradient of each
    output element from backward."""
    out = fn(*inputs)
    n_out = out.numel()
    for j in range(n_out):
        for t in inputs:
            t.grad = None
        out = fn(*inputs)
        out.reshape(-1)[j].backward()
        analytic = [t.grad.reshape(-1).tolist() for t in inputs]
        for k, t in enumerate(inputs):
            flat = t.detach().reshape(-1).tolist()
            for i in range(len(flat)):
                with ts.no_grad():
                    plus = list(flat)
                    plus[i] += eps
                    minus = list(flat)
                    minus[i] -= eps
                    args_p = [ts.tensor(plus, dtype=ts.float64).reshape(t.shape) if m == k else u.detach() for m, u in enumerate(inputs)]
                    args_m = [ts.tensor(minus, dtype=ts.float64).reshape(t.shape) if m == k else u.detach() for m, u in enumerate(inputs)]
                    numeric = (fn(*args_p).reshape(-1)[j].item() - fn(*args_m).reshape(-1)[j].item()) / (2 * eps)
                assert abs(numeric - analytic[k][i]) <= atol + 1e-5 * abs(numeric), (j, k, i, numeric, analytic[k][i])


def test_gradcheck_finite_differences_float64() -> None:
    g = torch.Generator().manual_seed(1)
    x = sffi(torch.randn(3, dtype=torch.float64, generator=g), True)
    _numerical_jacobian_check(S["Exp"].apply, [x])
    inp = sffi(torch.randn(2, 3, dtype=torch.float64, generator=g), True)
    w = sffi(torch.randn(2, 3, dtype=torch.float64, generator=g), True)
    b = sffi(torch.randn(2, dtype=torch.float64, generator=g), True)
    _numerical_jacobian_check(S["LinearFunction"].apply, [inp, w, b])
    # torch.autograd.gradcheck agrees on PyTorch's side of the same function
    assert torch.autograd.gradcheck(T["LinearFunction"].apply, (as_torch(inp).requires_grad_(), as_torch(w).requires_grad_(), as_torch(b).requires_grad_()))


def test_saved_tensor_changed_in_place_gives_pytorchs_error() -> None:
    x = torch.tensor([0.5, 1.0, 1.5], dtype=torch.float64, requires_grad=True)
    xs = sffi(x.detach(), True)
    y, ys = T["Exp"].apply(x), S["Exp"].apply(xs)
    with torch.no_grad():
        y.add_(1)
    with ts.no_grad():
        ys.add_(1)
    with pytest.raises(RuntimeError) as expected:
        y.sum().backward()
    with pytest.raises(RuntimeError) as got:
        ys.sum().backward()
    # after the bridge function's name; libtorch names the tensor's type as C++ does (PyTorch's
    # Python overrides it with the legacy class name): the same text for built-in nodes
    assert str(got.value).endswith(str(expected.value).replace("torch.DoubleTensor", "CPUDoubleType"))
    assert "output 0 of Exp," in str(got.value)


def test_exception_in_backward_keeps_its_class() -> None:
    x = torch.ones(2, dtype=torch.float64, requires_grad=True)
    xs = sffi(x.detach(), True)
    with pytest.raises(ValueError) as expected:
        T["Broken"].apply(x).sum().backward()
    with pytest.raises(ValueError) as got:
        S["Broken"].apply(xs).sum().backward()
    assert str(got.value) == str(expected.value) == "backward failed on purpose"
    with pytest.raises(RuntimeError, match="returned an incorrect number of gradients") as expected2:
        T["TooMany"].apply(x).sum().backward()
    with pytest.raises(RuntimeError) as got2:
        S["TooMany"].apply(xs).sum().backward()
    assert str(got2.value) == str(expected2.value)


def test_no_node_without_grad_and_ctx_freed() -> None:
    refs: list[Any] = []

    class Keep(ts.autograd.Function):
        @staticmethod
        def forward(ctx: Any, x: Any) -> Any:
            refs.append(weakref.ref(ctx))
            ctx.kept = x * 1  # a tensor held by the ctx: freed with it
            return x * 2

        @staticmethod
        def backward(ctx: Any, g: Any) -> Any:
            return g * 2

    y = Keep.apply(ts.ones(3))  # no input requires grad: no node, the ctx goes at once
    assert not y.requires_grad
    gc.collect()
    assert refs[0]() is None
    x = ts.ones(3).requires_grad_()
    y = Keep.apply(x)
    gc.collect()
    assert refs[1]() is not None, "the node keeps its ctx"
    y.sum().backward()
    assert x.grad.tolist() == [2.0, 2.0, 2.0]
    del y
    gc.collect()
    assert refs[1]() is None, "the ctx goes with the node"


def test_second_backward_through_freed_saved_tensors() -> None:
    x = torch.ones(2, dtype=torch.float64, requires_grad=True)
    xs = sffi(x.detach(), True)
    y, ys = T["Exp"].apply(x).sum(), S["Exp"].apply(xs).sum()
    y.backward()
    ys.backward()
    with pytest.raises(RuntimeError) as expected:
        y.backward()
    with pytest.raises(RuntimeError) as got:
        ys.backward()
    assert str(got.value).endswith(str(expected.value))


def test_backward_on_threads_with_in_place_updates() -> None:
    """Backward calls on several threads at once, each callback making in-place updates
    (exclusive calls of the bridge) while other threads make them too: no deadlock, right values."""

    class Scaled(ts.autograd.Function):
        @staticmethod
        def forward(ctx: Any, x: Any) -> Any:
            ctx.save_for_backward(x)
            return x * x

        @staticmethod
        def backward(ctx: Any, g: Any) -> Any:
            (x,) = ctx.saved_tensors
            out = g.clone()
            out.mul_(x)  # in place: an exclusive call inside the callback
            out.mul_(2)
            return out

    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            for _ in range(30):
                x = ts.full([4], float(k)).requires_grad_()
                Scaled.apply(x).sum().backward()
                assert x.grad.tolist() == [2.0 * k] * 4
                z = ts.zeros(4)
                z.add_(1)  # in-place updates on another thread meanwhile
        except BaseException as e:  # reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(1, 5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not any(t.is_alive() for t in threads), "a backward thread hangs"
    assert not errors, errors


def test_grad_scaler_matches_pytorch_bit_for_bit() -> None:
    """torch_sffi.amp.GradScaler next to torch.amp.GradScaler("cpu") over steps with an injected
    inf: the same scales, growth trackers, skipped steps, parameters and state dicts."""
    g = torch.Generator().manual_seed(3)
    w0 = torch.randn(3, 2, generator=g)
    xs_data = [torch.randn(4, 3, generator=g) for _ in range(6)]
    xs_data[2][1, 1] = float("inf")  # step 2's gradients hold inf (and NaN): skipped, scale backs off
    wt = w0.clone().requires_grad_()
    ws = sffi(w0, True)
    opt_t = torch.optim.SGD([wt], lr=0.1)
    opt_s = ts.optim.SGD([ws], lr=0.1)
    sc_t = torch.amp.GradScaler("cpu", init_scale=2.0**4, growth_interval=2)
    sc_s = ts.amp.GradScaler("cpu", init_scale=2.0**4, growth_interval=2)
    assert sc_s.get_scale() == sc_t.get_scale() and sc_s.state_dict() == sc_t.state_dict()
    for step, x in enumerate(xs_data):
        opt_t.zero_grad()
        opt_s.zero_grad()
        loss_t = (x @ wt).pow(2).sum()
        loss_s = (sffi(x) @ ws).pow(2).sum()
        sc_t.scale(loss_t).backward()
        sc_s.scale(loss_s).backward()
        if step == 1:  # unscale_ explicitly once, then step does not unscale again
            sc_t.unscale_(opt_t)
            sc_s.unscale_(opt_s)
            with pytest.raises(RuntimeError) as expected:
                sc_t.unscale_(opt_t)
            with pytest.raises(RuntimeError) as got:
                sc_s.unscale_(opt_s)
            assert str(got.value) == str(expected.value)
        assert torch.equal(torch.tensor(ws.grad.tolist()), wt.grad), step
        rt, rs = sc_t.step(opt_t), sc_s.step(opt_s)
        assert rt is None and rs is None
        sc_t.update()
        sc_s.update()
        assert torch.equal(torch.tensor(ws.detach().tolist()), wt.detach()), step
        assert sc_s.get_scale() == sc_t.get_scale(), step
        assert sc_s.state_dict() == sc_t.state_dict(), step
    assert sc_t.get_scale() != 2.0**4, "the scale moved (backed off and grew)"
    # state_dict / load_state_dict
    fresh_t, fresh_s = torch.amp.GradScaler("cpu"), ts.amp.GradScaler("cpu")
    fresh_t.load_state_dict(sc_t.state_dict())
    fresh_s.load_state_dict(sc_s.state_dict())
    assert fresh_s.state_dict() == fresh_t.state_dict() == sc_t.state_dict()
    with pytest.raises(RuntimeError) as expected:
        fresh_t.load_state_dict({})
    with pytest.raises(RuntimeError) as got:
        fresh_s.load_state_dict({})
    assert str(got.value) == str(expected.value)
    off_t, off_s = torch.amp.GradScaler("cpu", enabled=False), ts.amp.GradScaler("cpu", enabled=False)
    assert off_s.get_scale() == off_t.get_scale() and off_s.state_dict() == off_t.state_dict() == {}


def test_once_differentiable_and_saved_none() -> None:
    def make(mod: Any) -> Any:
        class Cube(mod.autograd.Function):
            @staticmethod
            def forward(ctx: Any, x: Any) -> Any:
                ctx.save_for_backward(None, x)
                return x * x * x

            @staticmethod
            @(mod.autograd.function.once_differentiable if mod is torch else mod.autograd.once_differentiable)
            def backward(ctx: Any, g: Any) -> Any:
                nothing, x = ctx.saved_tensors
                assert nothing is None
                return g * 3 * x * x

        return Cube

    x = torch.tensor([1.5, -0.5], dtype=torch.float64, requires_grad=True)
    xs = sffi(x.detach(), True)
    make(torch).apply(x).sum().backward()
    make(ts).apply(xs).sum().backward()
    close(xs.grad, x.grad)


def test_a_long_exception_message_keeps_its_class() -> None:
    class Long(ts.autograd.Function):
        @staticmethod
        def forward(ctx: Any, x: Any) -> Any:
            return x * 1

        @staticmethod
        def backward(ctx: Any, g: Any) -> Any:
            raise KeyError("k" * 5000)

    x = ts.ones(2).requires_grad_()
    with pytest.raises(KeyError) as got:
        Long.apply(x).sum().backward()
    assert got.value.args == ("k" * 5000,)
