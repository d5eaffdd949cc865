"""Idioms: the forward hooks of nn.Module (register_forward_pre_hook, register_forward_hook),
their order, what their results replace, with_kwargs, prepend, always_call and the handles that
remove them. See tests/idioms.py."""

from __future__ import annotations

from idioms import Idiom

# A small model with a trace of what ran, in order.
MODEL = """
torch.manual_seed(0)
trace = []
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
x = torch.randn(5, 3)
"""

IDIOMS = [
    Idiom(
        "a forward hook sees the output",
        "h = model[0].register_forward_hook(lambda m, args, out: trace.append((type(m).__name__, args[0].shape, out.shape)))\n"
        "r = (model(x), trace)",
        setup=MODEL,
    ),
    Idiom(
        "a forward hook replaces the output",
        "model[2].register_forward_hook(lambda m, args, out: out * 10)\nr = model(x)",
        setup=MODEL,
    ),
    Idiom(
        "a pre-hook replaces the input with one value",
        "model.register_forward_pre_hook(lambda m, args: args[0] + 1)\nr = model(x)",
        setup=MODEL,
    ),
    Idiom(
        "a pre-hook replaces the input with a tuple",
        "model[0].register_forward_pre_hook(lambda m, args: (args[0].flip(0),))\nr = model(x)",
        setup=MODEL,
    ),
    Idiom(
        "hooks run in the order they were added",
        "for i in range(3):\n"
        "    model.register_forward_hook(lambda m, a, o, i=i: trace.append(i))\n"
        "    model.register_forward_pre_hook(lambda m, a, i=i: trace.append(-i - 1))\n"
        "model(x)\nr = trace",
        setup=MODEL,
    ),
    Idiom(
        "prepend puts a hook first",
        "model.register_forward_hook(lambda m, a, o: trace.append('second'))\n"
        "model.register_forward_hook(lambda m, a, o: trace.append('first'), prepend=True)\n"
        "model.register_forward_pre_hook(lambda m, a: trace.append('pre second'))\n"
        "model.register_forward_pre_hook(lambda m, a: trace.append('pre first'), prepend=True)\n"
        "model(x)\nr = trace",
        setup=MODEL,
    ),
    Idiom(
        "a removed hook no longer runs",
        "h = model.register_forward_hook(lambda m, a, o: o * 0)\nfirst = model(x)\nh.remove()\nh.remove()\nr = (first, model(x))",
        setup=MODEL,
    ),
    Idiom(
        "a handle as a context manager",
        "with model.register_forward_hook(lambda m, a, o: o + 100):\n    inside = model(x)\nr = (inside, model(x))",
        setup=MODEL,
    ),
    Idiom(
        "hooks with kwargs",
        "class Scale(nn.Module):\n"
        "    def forward(self, x, *, factor=1.0):\n"
        "        return x * factor\n"
        "s = Scale()\n"
        "s.register_forward_pre_hook(lambda m, args, kwargs: (args, {'factor': kwargs.get('factor', 1.0) * 3}), with_kwargs=True)\n"
        "s.register_forward_hook(lambda m, args, kwargs, out: out + kwargs['factor'], with_kwargs=True)\n"
        "r = s(x, factor=2.0)",
        setup=MODEL,
    ),
    Idiom(
        "a kwargs pre-hook must return a pair",
        "model.register_forward_pre_hook(lambda m, args, kwargs: args, with_kwargs=True)\nr = model(x)",
        setup=MODEL,
    ),
    Idiom(
        "always_call runs when forward raises",
        "model.register_forward_hook(lambda m, a, o: trace.append(('always', o)), always_call=True)\n"
        "model.register_forward_hook(lambda m, a, o: trace.append('plain'))\n"
        "try:\n    model(torch.randn(5, 7))\nexcept RuntimeError:\n    trace.append('raised')\nr = trace",
        setup=MODEL,
    ),
    Idiom(
        "an always_call hook that fails becomes a warning",
        "def bad(m, a, o):\n    raise ValueError('hook failed')\n"
        "model.register_forward_hook(bad, always_call=True)\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    try:\n        model(torch.randn(5, 7))\n    except RuntimeError:\n        pass\n"
        "r = [str(c.message) for c in caught]",
        setup=MODEL,
    ),
    Idiom(
        "an error in a hook propagates",
        "def bad(m, a, o):\n    raise KeyError('nope')\nmodel[1].register_forward_hook(bad)\nr = model(x)",
        setup=MODEL,
    ),
    Idiom(
        "hooks capture activations for every layer",
        "acts = {}\n"
        "for name, m in model.named_children():\n"
        "    m.register_forward_hook(lambda mod, a, o, name=name: acts.__setitem__(name, o.detach()))\n"
        "out = model(x)\nr = (sorted(acts), [acts[k] for k in sorted(acts)], out)",
        setup=MODEL,
    ),
    Idiom(
        "a hook keeps gradients flowing",
        "model[0].register_forward_hook(lambda m, a, o: o * 2)\n"
        "model(x).sum().backward()\nr = [p.grad for p in model.parameters()]",
        setup=MODEL,
    ),
    Idiom(
        "handle ids grow",
        "a = model.register_forward_hook(lambda m, a, o: None)\nb = model.register_forward_pre_hook(lambda m, a: None)\nr = b.id > a.id",
        setup=MODEL,
    ),
]
