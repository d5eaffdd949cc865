"""torch_sffi.utils: data loading helpers (torch_sffi.utils.data) and hook handles
(torch_sffi.utils.hooks), as torch.utils.

Real code: type-checked with mypy --strict; sffi-gen copies it into the generated package.
"""

from __future__ import annotations

from . import data, hooks

__all__ = ["data", "hooks"]
