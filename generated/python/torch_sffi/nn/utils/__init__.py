# copied from runtime/python/torch_sffi/nn/utils/__init__.py by sffi-gen; edit that file, not this copy
"""torch_sffi.nn.utils: the training utilities of torch.nn.utils — gradient clipping
(clip_grad_norm_, clip_grad_value_, get_total_norm, clip_grads_with_norm_), a model's
parameters as one vector and back (parameters_to_vector, vector_to_parameters), and padding a
batch of sequences (rnn.pad_sequence).

Hand-written runtime: sffi-gen copies it into the package (torch_sffi/nn/utils/).
"""

from __future__ import annotations

from . import rnn
from .clip_grad import clip_grad_norm, clip_grad_norm_, clip_grad_value_, clip_grads_with_norm_, get_total_norm
from .convert_parameters import parameters_to_vector, vector_to_parameters

__all__ = [
    "clip_grad_norm",
    "clip_grad_norm_",
    "clip_grad_value_",
    "clip_grads_with_norm_",
    "get_total_norm",
    "parameters_to_vector",
    "rnn",
    "vector_to_parameters",
]
