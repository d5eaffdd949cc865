# generated from fixture.yaml by sffi-gen; do not edit
"""torch_sffi.nn: neural networks, as torch.nn.

The functions (torch.nn.functional) are the module torch_sffi.nn.functional:

    import torch_sffi.nn.functional as F

They are also importable from torch_sffi.nn itself, where the first releases of the package
placed them.
"""

from __future__ import annotations

from . import functional
from .functional import *  # noqa: F403  (the functions, under their first names)
from .functional import __all__ as _functions

__all__ = ["functional", *_functions]
