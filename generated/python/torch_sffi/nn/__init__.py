# generated from spec/torch_api.yaml by sffi-gen; do not edit
"""torch_sffi.nn: neural networks, as torch.nn.

The functions (torch.nn.functional) are the module torch_sffi.nn.functional:

    import torch_sffi.nn.functional as F

They are also importable from torch_sffi.nn itself, where the first releases of the package
placed them.

The module system is hand-written runtime (runtime/python/torch_sffi/nn/): Module and the
containers (module.py), the layers (layers.py), the recurrent layers (rnn.py), attention and
the transformer layers (transformer.py), the losses
(loss.py), Parameter (parameter.py), the initialisations torch_sffi.nn.init (init.py)
and the training utilities torch_sffi.nn.utils (utils/: gradient clipping, ...).
"""

from __future__ import annotations

from . import functional
from .functional import *  # noqa: F403  (the functions, under their first names)
from .functional import __all__ as _functions
from . import init, parallel, utils
from .layers import *  # noqa: F403
from .layers import __all__ as _layers
from .loss import *  # noqa: F403
from .loss import __all__ as _losses
from .module import *  # noqa: F403
from .module import __all__ as _modules
from .parameter import Parameter, UninitializedParameter
from .rnn import *  # noqa: F403
from .rnn import __all__ as _recurrent
from .transformer import *  # noqa: F403
from .transformer import __all__ as _transformer

__all__ = ["functional", "init", "parallel", "utils", "Parameter", "UninitializedParameter", *_functions, *_modules, *_layers, *_losses, *_recurrent, *_transformer]
