# generated from fixture.yaml by sffi-gen; do not edit
"""Golden fixture 0.0.1 for Python: libtorch through the torch-sffi bridge.

    >>> import torch_sffi as ts
    >>> x = ts.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
    >>> y = (x * x + x).sum(dim=1)
    >>> y.sum().backward()
    >>> x.grad
    tensor([[3., 5.],
            [7., 9.]])

Functions, Tensor methods and operators follow PyTorch's names and signatures (defaults,
keyword-only arguments, dtype= and device=, named-tuple results), with the namespaces nn
(torch.nn.functional), linalg, autograd, cuda and optim (SGD, Adam). Every error is a
TorchError, and also the built-in exception it is (IndexError, ValueError, ...). Tensors are
freed by t.free(), at the end of a `with torch_sffi.scope():` that made them, or (as a
backstop) by garbage collection.
"""

from __future__ import annotations

from . import autograd, cuda, linalg, nn, return_types
from ._errors import (
    InvalidHandleError,
    TorchIndexError,
    TorchValueError,
    TorchTypeError,
    TorchUnavailableError,
    TorchOutOfMemoryError,
    TorchRuntimeError,
    TorchDistributedError,
)
from . import amp, distributed, jit, utils
from ._interop import as_tensor, from_dlpack, from_numpy, load, save
from ._runtime import scope, scoped
from ._tables import (
    int64,
    float32,
    float64,
    bool,
)
from ._tensor import (
    Tensor,
    add,
    available,
    cat,
    chunk,
    clamp,
    error_code,
    error_message,
    full,
    get_default_dtype,
    live_handles,
    max,
    set_mode,
    set_name,
    sum,
    tensor,
    tensor,
    torch_version,
    warning_count,
    warning_kind,
    warning_message,
    zeros,
)
from .amp import autocast
from .grad_mode import enable_grad, set_grad_enabled
from ._types import DType, Size, TorchError, channels_last, channels_last_3d, contiguous_format, device, memory_format, preserve_format

dtype = DType  # the class of the dtype objects, as torch.dtype
__version__ = "0.0.1"

__all__ = [
    "DType",
    "InvalidHandleError",
    "Size",
    "Tensor",
    "TorchDistributedError",
    "TorchError",
    "TorchIndexError",
    "TorchOutOfMemoryError",
    "TorchRuntimeError",
    "TorchTypeError",
    "TorchUnavailableError",
    "TorchValueError",
    "add",
    "amp",
    "as_tensor",
    "autocast",
    "autograd",
    "available",
    "bool",
    "cat",
    "channels_last",
    "channels_last_3d",
    "chunk",
    "clamp",
    "contiguous_format",
    "cuda",
    "device",
    "distributed",
    "dtype",
    "enable_grad",
    "error_code",
    "error_message",
    "float32",
    "float64",
    "from_dlpack",
    "from_numpy",
    "full",
    "get_default_dtype",
    "int64",
    "jit",
    "linalg",
    "live_handles",
    "load",
    "max",
    "memory_format",
    "nn",
    "preserve_format",
    "return_types",
    "save",
    "scope",
    "scoped",
    "set_grad_enabled",
    "set_mode",
    "set_name",
    "sum",
    "tensor",
    "torch_version",
    "utils",
    "warning_count",
    "warning_kind",
    "warning_message",
    "zeros",
]
