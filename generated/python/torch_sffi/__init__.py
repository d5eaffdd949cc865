# generated from spec/torch_api.yaml by sffi-gen; do not edit
"""torch-sffi PyTorch binding 0.1.0 for Python: libtorch through the torch-sffi bridge.

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
from ._dtypes import _uint8 as uint8
from ._dtypes import _int8 as int8
from ._dtypes import _int16 as int16
from ._dtypes import _int32 as int32
from ._dtypes import _int64 as int64
from ._dtypes import _float16 as float16
from ._dtypes import _float32 as float32
from ._dtypes import _float64 as float64
from ._dtypes import _complex64 as complex64
from ._dtypes import _complex128 as complex128
from ._dtypes import _bool as bool
from ._dtypes import _bfloat16 as bfloat16
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
    Eig,
    SVD,
    Tensor,
    ValuesIndices,
    arange,
    available,
    cat,
    empty,
    error_clear,
    error_code,
    error_message,
    eye,
    from_data,
    from_i64,
    full,
    linspace,
    live_handles,
    manual_seed,
    ones,
    rand,
    randn,
    scope,
    scoped,
    stack,
    tensor,
    torch_version,
    zeros,
)
from .autograd import no_grad

__version__ = "0.1.0"

__all__ = [
    "DType",
    "Eig",
    "InvalidHandleError",
    "SVD",
    "Tensor",
    "TorchError",
    "TorchIndexError",
    "TorchOutOfMemoryError",
    "TorchRuntimeError",
    "TorchTypeError",
    "TorchUnavailableError",
    "TorchValueError",
    "ValuesIndices",
    "arange",
    "autograd",
    "available",
    "bfloat16",
    "bool",
    "cat",
    "complex128",
    "complex64",
    "cuda",
    "empty",
    "error_clear",
    "error_code",
    "error_message",
    "eye",
    "float16",
    "float32",
    "float64",
    "from_data",
    "from_i64",
    "full",
    "int16",
    "int32",
    "int64",
    "int8",
    "linspace",
    "live_handles",
    "manual_seed",
    "nn",
    "no_grad",
    "ones",
    "optim",
    "rand",
    "randn",
    "scope",
    "scoped",
    "stack",
    "tensor",
    "torch_version",
    "uint8",
    "zeros",
]
