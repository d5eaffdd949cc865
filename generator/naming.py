"""Naming rules for catalogue functions.

Every exported symbol is `rt_torch_` + a group word + a lower-snake-case stem. The group says
what the function acts on, and the tiers rely on it: `torchtensor_` functions become Tensor
methods, `tensor_` functions Tensor constructors, `torchstream_` functions Stream methods.
A stem may end in one underscore, PyTorch's mark of an operation that changes its receiver in
place (`rt_torch_torchtensor_add_` is torch.Tensor.add_).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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

@dataclass(frozen=True)
class RoleShape:
    """The signature an entry playing a role must have (types as the catalogue spells them)."""

    params: tuple[str, ...]
    result: str
    what: str

    def __str__(self) -> str:
        return f"({', '.join(self.params)}) -> {self.result}"


# Parts of the bridge that generated code is built around, each played by one catalogue entry
# (its `role`): wrappers read every failure through the error getters, and the wrapper classes
# free their handles through the free and release functions.
ROLES: dict[str, RoleShape] = {
    "error_code": RoleShape((), "int32", "the calling thread's error code, 0 after a successful call"),
    "error_message": RoleShape((), "str", "the calling thread's error message"),
    "free_tensor": RoleShape(("Tensor",), "()", "frees a tensor handle, reporting a bad one"),
    "release_tensor": RoleShape(("Tensor",), "bool", "frees a tensor handle from a destructor, leaving the error state alone"),
    "free_stream": RoleShape(("Stream",), "()", "frees a stream handle, reporting a bad one"),
    "warning_count": RoleShape((), "int32", "how many warnings libtorch raised during the calling thread's last call"),
    "warning_message": RoleShape(("int",), "str", "the message of one warning of the calling thread's last call"),
    "warning_kind": RoleShape(("int",), "int32", "the kind of one warning of the calling thread's last call: 0 user, 1 deprecation"),
}

# The ATen overload an entry binds (`aten: sum.dim_IntList`) names its full-signature form:
# rt_torch_ + group word + the operator's name + `_` + the overload name in lower case
# (rt_torch_torchtensor_sum_dim_intlist); the default overload adds nothing. Where that symbol is
# already published with another signature (a reference function), the full form adds `_v2`
# (then `_v3`, ...), as PyTorch's AOTI C shim versions a function whose schema grew.
VERSION_SUFFIX = "_v"


def full_form_stem(op: str, overload: str) -> str:
    """`sum`, `dim_IntList` -> `sum_dim_intlist`; the default overload -> `sum`."""
    stem = op.lower()
    return f"{stem}_{overload.lower()}" if overload and overload != "default" else stem


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
