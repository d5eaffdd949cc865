"""Idioms: the training utilities of torch.nn.utils — gradient clipping, parameters as one
vector, padding a batch of sequences. See tests/idioms.py."""

from __future__ import annotations

from idioms import Idiom

# A model with gradients (and a float64 layer, so clipping sees two dtypes).
MODEL = """
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2))
x = torch.randn(5, 3)
(model(x) ** 2).sum().backward()
extra = nn.Linear(2, 2).double()
extra(torch.randn(3, 2, dtype=torch.float64)).sum().backward()
params = list(model.parameters()) + list(extra.parameters())
"""

SEQUENCES = """
torch.manual_seed(0)
seqs = [torch.randn(n, 3, requires_grad=True) for n in (4, 2, 5)]
"""

IDIOMS = [
    Idiom("clip_grad_norm_ returns the norm and scales", "n = nn.utils.clip_grad_norm_(model.parameters(), 0.5)\nr = (n, [p.grad for p in model.parameters()])", setup=MODEL),
    Idiom("clip_grad_norm_ over two dtypes", "n = nn.utils.clip_grad_norm_(params, 1.0)\nr = (n, [p.grad for p in params])", setup=MODEL),
    Idiom("clip_grad_norm_ with the inf norm", "n = nn.utils.clip_grad_norm_(model.parameters(), 0.1, norm_type='inf')\nr = (n, [p.grad for p in model.parameters()])", setup=MODEL),
    Idiom("clip_grad_norm_ with the 1-norm", "n = nn.utils.clip_grad_norm_(params, 0.3, norm_type=1)\nr = (n, [p.grad for p in params])", setup=MODEL),
    Idiom("clip_grad_norm_ below the limit leaves gradients", "n = nn.utils.clip_grad_norm_(model.parameters(), 1e6)\nr = (n, [p.grad for p in model.parameters()])", setup=MODEL),
    Idiom("clip_grad_norm_ of one tensor", "n = nn.utils.clip_grad_norm_(model[0].weight, 0.2)\nr = (n, model[0].weight.grad)", setup=MODEL),
    Idiom("clip_grad_norm_ skips parameters without gradients", "model[0].bias.grad = None\nn = nn.utils.clip_grad_norm_(model.parameters(), 0.5)\nr = (n, [p.grad for p in model.parameters()])", setup=MODEL),
    Idiom("clip_grad_norm_ of nothing", "r = nn.utils.clip_grad_norm_([], 1.0)", setup=MODEL),
    Idiom(
        "clip_grad_norm_ of an empty generator warns",
        "with warnings.catch_warnings(record=True) as caught:\n    warnings.simplefilter('always')\n    n = nn.utils.clip_grad_norm_((p for p in []), 1.0)\n"
        "r = (n, [(c.category.__name__, str(c.message)) for c in caught])",
        setup=MODEL,
    ),
    Idiom("a non-finite norm is an error when asked", "model[0].weight.grad[0, 0] = float('inf')\nr = nn.utils.clip_grad_norm_(model.parameters(), 1.0, error_if_nonfinite=True)", setup=MODEL),
    Idiom("a non-finite norm scales when not asked", "model[0].weight.grad[0, 0] = float('nan')\nn = nn.utils.clip_grad_norm_(model.parameters(), 1.0)\nr = (n, model[2].weight.grad)", setup=MODEL),
    Idiom("get_total_norm then clip_grads_with_norm_", "grads = [p.grad for p in params]\nn = nn.utils.get_total_norm(grads, 2.0)\nnn.utils.clip_grads_with_norm_(params, 0.25, n)\nr = (n, [p.grad for p in params])", setup=MODEL),
    Idiom("clip_grad_value_", "nn.utils.clip_grad_value_(params, 0.05)\nr = [p.grad for p in params]", setup=MODEL),
    Idiom("clip_grad_value_ of one tensor", "nn.utils.clip_grad_value_(model[2].weight, 0.01)\nr = model[2].weight.grad", setup=MODEL),
    Idiom("the deprecated clip_grad_norm warns", "with warnings.catch_warnings(record=True) as caught:\n    warnings.simplefilter('always')\n    n = nn.utils.clip_grad_norm(model.parameters(), 0.5)\nr = (n, [c.category.__name__ for c in caught])", setup=MODEL),
    Idiom("parameters_to_vector", "r = nn.utils.parameters_to_vector(model.parameters())", setup=MODEL),
    Idiom(
        "vector_to_parameters",
        "v = nn.utils.parameters_to_vector(model.parameters())\nnn.utils.vector_to_parameters(v * 2, model.parameters())\nr = [p for p in model.parameters()]",
        setup=MODEL,
    ),
    Idiom("vector_to_parameters wants a tensor", "r = nn.utils.vector_to_parameters([1.0, 2.0], model.parameters())", setup=MODEL),
    Idiom("pad_sequence", "r = nn.utils.rnn.pad_sequence(seqs)", setup=SEQUENCES),
    Idiom("pad_sequence batch first", "r = nn.utils.rnn.pad_sequence(seqs, batch_first=True, padding_value=-1.0)", setup=SEQUENCES),
    Idiom("pad_sequence on the left", "r = nn.utils.rnn.pad_sequence(seqs, batch_first=True, padding_side='left')", setup=SEQUENCES),
    Idiom("pad_sequence keeps gradients", "nn.utils.rnn.pad_sequence(seqs).pow(2).sum().backward()\nr = [s.grad for s in seqs]", setup=SEQUENCES),
    Idiom("pad_sequence of a bad side", "r = nn.utils.rnn.pad_sequence(seqs, padding_side='middle')", setup=SEQUENCES),
    Idiom("pad_sequence of nothing", "r = nn.utils.rnn.pad_sequence([])", setup=SEQUENCES),
    Idiom("pad_sequence of mismatched sizes", "r = nn.utils.rnn.pad_sequence([torch.ones(2, 3), torch.ones(3, 4)])", setup=SEQUENCES),
    Idiom("an RNN's input of the wrong rank", "try:\n    nn.RNN(3, 4)(torch.randn(2, 2, 2, 3))\nexcept ValueError as e:\n    r = str(e)"),
    Idiom("an LSTM's input of the wrong rank", "try:\n    nn.LSTM(3, 4)(torch.randn(2, 2, 2, 3))\nexcept ValueError as e:\n    r = str(e)"),
    Idiom("a GRU's input of the wrong rank", "try:\n    nn.GRU(3, 4)(torch.randn(3))\nexcept ValueError as e:\n    r = str(e)"),
]
