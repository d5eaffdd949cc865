# generated from fixture.yaml by sffi-gen; do not edit
"""Golden fixture 0.0.1 for Python: libtorch through the torch-sffi bridge.

    >>> import torch_sffi as ts
    >>> x = ts.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
    >>> y = (x * x + x).sum(dim=1)
    >>> y.sum(dim=0).backward()
    >>> x.grad
    tensor([[3., 5.],
            [7., 9.]])

Tensor methods and operators follow PyTorch's names; creation functions are here
(torch_sffi.zeros, ones, randn, arange, eye, ...), with the namespaces nn, autograd,
cuda and optim (SGD, Adam). Every error is a TorchError, and also the built-in exception it
is (IndexError, ValueError, ...). Tensors are freed by t.free(), at the end of a `with torch_sffi.scope():`
that made them, or (as a backstop) by garbage collection.
"""

from __future__ import annotations

from . import autograd, cuda, nn, optim
from ._dtypes import _int64 as int64
from ._dtypes import _float32 as float32
from ._dtypes import _float64 as float64
from ._dtypes import (
    DType,
)
from ._errors import (
    TorchError,
    InvalidHandleError,
    TorchIndexError,
    TorchOutOfMemoryError,
    TorchRuntimeError,
    TorchTypeError,
    TorchUnavailableError,
    TorchValueError,
)
from ._tensor import (
    Tensor,
    available,
    cat,
    error_code,
    error_message,
    from_data,
    live_handles,
    scope,
    scoped,
    set_name,
    tensor,
    torch_version,
    zeros,
)

__version__ = "0.0.1"

__all__ = [
    "DType",
    "InvalidHandleError",
    "Tensor",
    "TorchError",
    "TorchIndexError",
    "TorchOutOfMemoryError",
    "TorchRuntimeError",
    "TorchTypeError",
    "TorchUnavailableError",
    "TorchValueError",
    "autograd",
    "available",
    "cat",
    "cuda",
    "error_code",
    "error_message",
    "float32",
    "float64",
    "from_data",
    "int64",
    "live_handles",
    "nn",
    "optim",
    "scope",
    "scoped",
    "set_name",
    "tensor",
    "torch_version",
    "zeros",
]
