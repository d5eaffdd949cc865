# copied from runtime/python/torch_sffi/utils/hooks.py by sffi-gen; edit that file, not this copy
"""torch_sffi.utils.hooks.RemovableHandle, as torch.utils.hooks's: what registering a hook returns.

Real code: type-checked with mypy --strict; sffi-gen copies it into the generated package.
"""

from __future__ import annotations

import weakref
from typing import Any

__all__ = ["RemovableHandle"]


class RemovableHandle:
    """remove() takes the hook out again (from every table it was entered in); as a context
    manager it removes the hook on leaving. Ids grow over the process, so hooks kept by id run
    in the order they were added. The tables are held weakly (OrderedDicts, as PyTorch's)."""

    id: int
    next_id: int = 0

    def __init__(self, hooks_dict: Any, *, extra_dict: Any = None) -> None:
        self.hooks_dict_ref = weakref.ref(hooks_dict)
        self.id = RemovableHandle.next_id
        RemovableHandle.next_id += 1
        extras = extra_dict if isinstance(extra_dict, list) else [extra_dict] if extra_dict is not None else []
        self.extra_dict_ref = tuple(weakref.ref(d) for d in extras)

    def remove(self) -> None:
        for ref in (self.hooks_dict_ref, *self.extra_dict_ref):
            table = ref()
            if table is not None and self.id in table:
                del table[self.id]

    def __enter__(self) -> RemovableHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.remove()
