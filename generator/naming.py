"""Naming rules for catalogue functions.

Every exported symbol is `rt_torch_` + a group word + a lower-snake-case stem. The group says
what the function acts on, and the tiers rely on it: `torchtensor_` functions become Tensor
methods, `tensor_` functions Tensor constructors, `torchstream_` functions Stream methods.
A stem may end in one underscore, PyTorch's mark of an operation that changes its receiver in
place (`rt_torch_torchtensor_add_` is torch.Tensor.add_).
"""

from __future__ import annotations

import re

from .model import PREFIX, Group

LIBRARY_CATEGORY = "library"

GROUPS: tuple[Group, ...] = (
    Group("torchtensor_", "tensor methods", receiver="tensor", constructs=None),
    Group("torchstream_", "stream methods", receiver="stream", constructs=None),
    Group("tensor_", "tensor constructors", receiver=None, constructs="tensor"),
    Group("stream_", "stream constructors", receiver=None, constructs="stream"),
    Group("autograd_", "autograd", receiver=None, constructs=None),
    Group("nn_", "neural-network functions", receiver=None, constructs=None),
    Group("cuda_", "CUDA device queries", receiver=None, constructs=None),
)
LIBRARY_GROUP = Group("", "library", receiver=None, constructs=None)

SNAKE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
IDENT = SNAKE  # parameter names, category ids and error-code names follow the same rule
FUNCTION_NAME = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*_?$")  # snake case, or in place: one trailing _

# Words that are keywords in one of the target languages cannot be parameter names.
RESERVED = frozenset(
    # C / C++
    "auto break case char const continue default delete do double else enum extern float for goto "
    "if inline int long new operator private protected public register return short signed sizeof "
    "static struct switch template this throw try typedef union unsigned virtual void volatile while "
    # Rust
    "as async await crate dyn false fn impl in let loop match mod move mut pub ref self super trait "
    "true type unsafe use where "
    # Python
    "and assert class def del elif except finally from global import is lambda nonlocal not or pass "
    "raise with yield "
    # Simple (its keyword tables; `self` is implicit in methods)
    "val var me elif case export extern implements const unit shared bitfield kernel actor spawn catch "
    "finally panic xor nil loss nograd gen exists join pass_todo pass_do_nothing".split()
)


def group_of(name: str) -> Group:
    rest = name[len(PREFIX) :]
    for group in GROUPS:
        if rest.startswith(group.prefix) and len(rest) > len(group.prefix):
            return group
    return LIBRARY_GROUP


def check_name(name: str, category_id: str) -> str | None:
    """Returns what is wrong with a function name, or None."""
    if not name.startswith(PREFIX):
        return f"name must start with '{PREFIX}'"
    if not FUNCTION_NAME.match(name):
        return "name must be lower snake case (a-z, 0-9, single underscores; one trailing underscore marks an in-place operation)"
    group = group_of(name)
    if group is LIBRARY_GROUP and category_id != LIBRARY_CATEGORY:
        words = ", ".join(g.prefix for g in GROUPS)
        return (
            f"name has no group word after '{PREFIX}' (one of {words}); "
            f"only functions of category '{LIBRARY_CATEGORY}' may omit it"
        )
    return None


def is_in_place(name: str) -> bool:
    """Whether a function changes its receiver in place: PyTorch's trailing underscore."""
    return name.endswith("_")
