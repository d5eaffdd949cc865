# copied from runtime/python/torch_sffi/nn/utils/rnn.py by sffi-gen; edit that file, not this copy
"""Padding a batch of sequences, as torch.nn.utils.rnn.pad_sequence.

Hand-written runtime: sffi-gen copies it into the package (torch_sffi/nn/utils/rnn.py).
"""

from __future__ import annotations

from typing import Sequence

from ..._tensor import Tensor

__all__ = ["pad_sequence"]


def pad_sequence(sequences: Tensor | Sequence[Tensor], batch_first: bool = False, padding_value: float = 0.0, padding_side: str = "right") -> Tensor:
    """Stacks sequences of different lengths (L_i x *) into one tensor, padded with
    padding_value to the longest: T x B x * (B x T x * with batch_first); padding_side "left"
    puts the padding first. Gradients flow back into each sequence."""
    if padding_side not in ("left", "right"):
        raise RuntimeError(f"Expected padding_side to be one of left or right, but got {padding_side}.")
    items = list(sequences.unbind(0)) if isinstance(sequences, Tensor) else list(sequences)
    if not items:
        raise RuntimeError("received an empty list of sequences")
    first = items[0]
    trailing = tuple(first.shape[1:])
    longest = max(s.shape[0] for s in items)
    shape = (len(items), longest, *trailing) if batch_first else (longest, len(items), *trailing)
    out = first.new_full(shape, padding_value)
    for i, s in enumerate(items):
        n = s.shape[0]
        start = longest - n if padding_side == "left" else 0
        if batch_first:
            out[i, start : start + n] = s
        else:
            out[start : start + n, i] = s
    return out
