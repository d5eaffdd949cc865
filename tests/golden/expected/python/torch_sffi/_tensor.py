# generated from fixture.yaml by sffi-gen; do not edit
"""The Tensor class of torch_sffi and its package-level functions, one member per catalogue
function (the hand-written members come from _runtime.TensorRuntime)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Sequence, overload

from . import _core
from . import _tables as _dtypes
from . import return_types as _rt_types
from ._runtime import EMPTY as _EMPTY
from ._runtime import MISSING as _MISSING
from ._runtime import DeviceLike, Number
from ._runtime import FormInfo as _FormInfo
from ._runtime import accepts as _accepts
from ._runtime import device_arg as _device_arg
from ._runtime import dispatch as _dispatch
from ._runtime import floats as _floats
from ._runtime import handle as _handle
from ._runtime import handles as _handles
from ._runtime import ints as _ints
from ._runtime import form_info as _form_info
from ._runtime import match as _match
from ._runtime import no_match as _no_match
from ._runtime import opt_handle as _opt_handle
from ._runtime import opt_handles as _opt_handles
from ._runtime import opt_text as _opt_text
from ._runtime import refit as _refit
from ._runtime import require_grad as _require_grad
from ._runtime import run_hooks as _run_hooks
from ._runtime import scalar as _scalar
from ._runtime import size as _size
from ._runtime import take_flag as _take_flag
from ._runtime import text as _text
from ._runtime import tuple_new as _tuple_new
from ._types import DType, Size

# int, float and bool for annotations: Tensor's methods of those names shadow the builtins in its class body.
_int = int
_float = float
_bool = bool

from typing import Callable

from ._runtime import TensorRuntime as _TensorRuntime
from ._runtime import register as _register

if TYPE_CHECKING:
    from .cuda import Stream

__all__ = ["Tensor", "add", "available", "cat", "chunk", "clamp", "error_code", "error_message", "full", "get_default_dtype", "live_handles", "max", "set_mode", "set_name", "sum", "tensor", "torch_version", "warning_count", "warning_kind", "warning_message", "zeros"]

# The calls into the bridge (torch_sffi._core), bound once at import.
_f_autograd_backward = _core.rt_torch_autograd_backward
_f_available = _core.rt_torch_available
_f_error_code = _core.rt_torch_error_code
_f_error_message = _core.rt_torch_error_message
_f_get_default_dtype = _core.rt_torch_get_default_dtype
_f_live_handles = _core.rt_torch_live_handles
_f_set_mode = _core.rt_torch_set_mode
_f_set_name = _core.rt_torch_set_name
_f_tensor_from_data = _core.rt_torch_tensor_from_data
_f_tensor_full = _core.rt_torch_tensor_full
_f_tensor_zeros_v2 = _core.rt_torch_tensor_zeros_v2
_f_torchtensor_add = _core.rt_torch_torchtensor_add
_f_torchtensor_add_scalar = _core.rt_torch_torchtensor_add_scalar
_f_torchtensor_cat = _core.rt_torch_torchtensor_cat
_f_torchtensor_chunk = _core.rt_torch_torchtensor_chunk
_f_torchtensor_clamp = _core.rt_torch_torchtensor_clamp
_f_torchtensor_free = _core.rt_torch_torchtensor_free
_f_torchtensor_max_dim = _core.rt_torch_torchtensor_max_dim
_f_torchtensor_mul_ = _core.rt_torch_torchtensor_mul_
_f_torchtensor_sum_dim_intlist = _core.rt_torch_torchtensor_sum_dim_intlist
_f_version = _core.rt_torch_version
_f_warning_count = _core.rt_torch_warning_count
_f_warning_kind = _core.rt_torch_warning_kind
_f_warning_message = _core.rt_torch_warning_message

# The forms of overloaded functions, as _runtime.match reads them.
_FORM_TORCH_SFFI_ADD_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_ADD_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False), ("alpha", "Scalar", True, True, False)))
_FORM_TENSOR_ADD_0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_ADD_1: _FormInfo = _form_info((("other", "Scalar", False, False, False), ("alpha", "Scalar", True, True, False)))
_FORM_TORCH_SFFI_SUM_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int[]?", True, False, False), ("keepdim", "bool", True, False, False), ("dtype", "ScalarType?", True, True, False)))
_FORM_TORCH_SFFI_SUM_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int[]?", True, False, False), ("keepdim", "bool", True, False, False), ("dtype", "ScalarType?", True, True, False)))


def _torch_sffi_add_0(input: Tensor, other: Tensor) -> Tensor:
    """One form of torch_sffi.add."""
    return _f_torchtensor_add(input if input.__class__ is _Tensor else _handle(input, "input"), other)


def _torch_sffi_add_1(input: Tensor, other: Number, *, alpha: Number = 1) -> Tensor:
    """One form of torch_sffi.add."""
    return _f_torchtensor_add_scalar(input, other, alpha)


def _Tensor_add_0(self: Tensor, other: Tensor) -> Tensor:
    """One form of torch_sffi.Tensor.add."""
    return _f_torchtensor_add(self, other)


def _Tensor_add_1(self: Tensor, other: Number, *, alpha: Number = 1) -> Tensor:
    """One form of torch_sffi.Tensor.add."""
    return _f_torchtensor_add_scalar(self, other, alpha)


# The forms of each overloaded function with their implementations, as _core.dispatch reads them.
_DISPATCH_TORCH_SFFI_ADD = ((_FORM_TORCH_SFFI_ADD_0, _torch_sffi_add_0), (_FORM_TORCH_SFFI_ADD_1, _torch_sffi_add_1),)
_DISPATCH_TENSOR_ADD = ((_FORM_TENSOR_ADD_0, _Tensor_add_0), (_FORM_TENSOR_ADD_1, _Tensor_add_1),)


class Tensor(_TensorRuntime):
    """A tensor of libtorch, held through one handle of the bridge.

    Made from nested Python lists (`Tensor([[1., 2.], [3., 4.]])`, or `torch_sffi.tensor`), by
    the creation functions (`torch_sffi.zeros(2, 3)`, ...) and as the result of operations.
    Methods, properties and operators follow PyTorch's names.
    """

    __slots__ = ()

    @overload
    def add(self, other: Tensor) -> Tensor: ...

    @overload
    def add(self, other: Number, *, alpha: Number = 1) -> Tensor: ...

    def add(self, *args: Any, **kwargs: Any) -> Any:
        """add: one of 2 forms, chosen by the arguments as PyTorch chooses.

        add(other: Tensor)
            Element-wise sum.

        add(other: Number, *, alpha: Number = 1)
            Adds a number.

        Bridge: rt_torch_torchtensor_add, rt_torch_torchtensor_add_scalar. PyTorch: torch.add.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_ADD)
        if _r is not NotImplemented:
            return _r
        _no_match("add", args, kwargs, (_FORM_TENSOR_ADD_0, _FORM_TENSOR_ADD_1,))

    def sum(
        self,
        dim: _int | Sequence[_int] | None = None,
        keepdim: _bool = False,
        *,
        dtype: DType | None = None,
    ) -> Tensor:
        """Sum over dimensions.

        Args:
            dim: The dimensions; None for all.
            keepdim: Keep reduced dimensions.
            dtype: The result dtype.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_sum_dim_intlist. PyTorch: torch.sum.
        """
        dim_ = _EMPTY if dim is None else _ints(dim, "dim")
        return _f_torchtensor_sum_dim_intlist(self, dim_, dim is not None, keepdim, dtype)

    def mul_(self, other: Tensor) -> Tensor:
        """Multiplies in place.

        Args:
            other: The factor.

        Bridge: rt_torch_torchtensor_mul_. PyTorch: torch.Tensor.mul_.
        """
        _f_torchtensor_mul_(self, other)
        return self

    def backward(self) -> None:
        """Backpropagates from a scalar.

        Bridge: rt_torch_autograd_backward. PyTorch: torch.Tensor.backward.
        """
        _f_autograd_backward(self)

    def free(self) -> None:
        """Releases a tensor handle.

        Bridge: rt_torch_torchtensor_free.
        """
        _f_torchtensor_free(self)
        self._live = False

    def __imul__(self, other: Any) -> Tensor:
        """Tensor.mul_, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.mul_(other)
        except TypeError:
            return NotImplemented


_Tensor = Tensor


def tensor(data: Any, dtype: DType | None = None, device: DeviceLike | None = None, requires_grad: bool = False) -> Tensor:
    """A new tensor holding a copy of nested lists of Python numbers (torch.tensor)."""
    return Tensor(data, dtype, device, requires_grad)


def available() -> _bool:
    """Whether libtorch is behind the bridge.

    Returns:
        true with libtorch.

    Bridge: rt_torch_available.
    """
    return _f_available()


def torch_version() -> str:
    """The libtorch version.

    Returns:
        major.minor.patch.

    Bridge: rt_torch_version. PyTorch: torch.__version__.
    """
    return _f_version()


def zeros(
    *size: _int | Sequence[_int],
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor:
    """Zeros of a shape, of a dtype, on a device.

    Args:
        size: The shape.
        dtype: The dtype; None for the default.
        device: The device; None for the CPU.

    Returns:
        A new tensor.

    Bridge: rt_torch_tensor_zeros_v2. PyTorch: torch.zeros.
    """
    size_ = _size(size)
    _t = _f_tensor_zeros_v2(size_, dtype, device)
    if requires_grad:
        _require_grad(_t)
    return _t


def full(
    size: _int | Sequence[_int],
    fill_value: Number,
    device: DeviceLike = 'cpu',
    dtype: DType = _dtypes.float32,
    scales: _float | Sequence[_float] = (),
    *,
    requires_grad: bool = False,
) -> Tensor:
    """A tensor filled with a number, on a device.

    Args:
        size: The shape.
        fill_value: The value.
        device: The device.
        dtype: The dtype.
        scales: Unused scales.

    Returns:
        A new tensor.

    Bridge: rt_torch_tensor_full. PyTorch: torch.full.
    """
    size_ = _ints(size, "size")
    scales_ = _floats(scales, "scales")
    _t = _f_tensor_full(size_, fill_value, device, dtype, scales_)
    if requires_grad:
        _require_grad(_t)
    return _t


def tensor(
    data: _float | Sequence[_float],
    dims: _int | Sequence[_int],
    *,
    requires_grad: bool = False,
) -> Tensor:
    """A float64 tensor from flat data.

    Args:
        data: The values.
        dims: The shape.

    Returns:
        A new tensor.

    Bridge: rt_torch_tensor_from_data. PyTorch: torch.tensor.
    """
    data_ = _floats(data, "data")
    dims_ = _ints(dims, "dims")
    _t = _f_tensor_from_data(data_, dims_)
    if requires_grad:
        _require_grad(_t)
    return _t


@overload
def add(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def add(input: Tensor, other: Number, *, alpha: Number = 1) -> Tensor: ...

def add(*args: Any, **kwargs: Any) -> Any:
    """add: one of 2 forms, chosen by the arguments as PyTorch chooses.

    add(input: Tensor, other: Tensor)
        Element-wise sum.

    add(input: Tensor, other: Number, *, alpha: Number = 1)
        Adds a number.

    Bridge: rt_torch_torchtensor_add, rt_torch_torchtensor_add_scalar. PyTorch: torch.add.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_ADD)
    if _r is not NotImplemented:
        return _r
    _no_match("add", args, kwargs, (_FORM_TORCH_SFFI_ADD_0, _FORM_TORCH_SFFI_ADD_1,))


@overload
def sum(
    input: Tensor,
    dim: _int | Sequence[_int] | None = None,
    keepdim: _bool = False,
    *,
    dtype: DType | None = None,
) -> Tensor: ...

@overload
def sum(
    input: Tensor,
    dim: _int | Sequence[_int] | None = None,
    keepdim: _bool = False,
    *,
    dtype: DType | None = None,
) -> Tensor: ...

def sum(
    input: Tensor,
    dim: _int | Sequence[_int] | None = None,
    keepdim: _bool = False,
    *,
    dtype: DType | None = None,
) -> Tensor:
    """sum: one of 2 forms, chosen by the arguments as PyTorch chooses.

    sum(input: Tensor, dim: _int | Sequence[_int] | None = None, keepdim: _bool = False, *, dtype: DType | None = None)
        Sum over dimensions.

    sum(input: Tensor, dim: _int | Sequence[_int] | None = None, keepdim: _bool = False, *, dtype: DType | None = None)
        Sum over dimensions.

    Bridge: rt_torch_torchtensor_sum_dim_intlist, rt_torch_torchtensor_sum_dim_intlist. PyTorch: torch.sum.
    """
    try:
        if :
            dim_ = _EMPTY if dim is None else _ints(dim, "dim")
            return _f_torchtensor_sum_dim_intlist(input, dim_, dim is not None, keepdim, dtype)
        if :
            dim_ = _EMPTY if dim is None else _ints(dim, "dim")
            return _f_torchtensor_sum_dim_intlist(input, dim_, dim is not None, keepdim, dtype)
    except TypeError:
        _refit("sum", {"input": input, "dim": dim, "keepdim": keepdim, "dtype": dtype}, (_FORM_TORCH_SFFI_SUM_0, _FORM_TORCH_SFFI_SUM_1,))
        raise
    _no_match("sum", (), {"input": input, "dim": dim, "keepdim": keepdim, "dtype": dtype}, (_FORM_TORCH_SFFI_SUM_0, _FORM_TORCH_SFFI_SUM_1,))


def clamp(input: Tensor, min: Number | None = None, max: Number | None = None) -> Tensor:
    """Clamps into a range.

    Args:
        input: The input.
        min: The lower bound.
        max: The upper bound.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_clamp. PyTorch: torch.clamp.
    """
    return _f_torchtensor_clamp(input, min, max)


def max(input: Tensor, dim: _int, keepdim: _bool = False) -> _rt_types.max:
    """Maxima along a dimension, with their indices.

    Args:
        input: The input.
        dim: The dimension.
        keepdim: Keep it.

    Returns:
        values: The maxima; indices: Their indices.

    Bridge: rt_torch_torchtensor_max_dim. PyTorch: torch.max.
    """
    return _tuple_new(_rt_types.max, _f_torchtensor_max_dim(input, dim, keepdim))


def chunk(input: Tensor, chunks: _int, dim: _int = 0) -> tuple[Tensor, ...]:
    """Splits into pieces.

    Args:
        input: The tensor.
        chunks: How many pieces.
        dim: The dimension.

    Returns:
        The pieces.

    Bridge: rt_torch_torchtensor_chunk. PyTorch: torch.chunk.
    """
    return tuple(_f_torchtensor_chunk(input if input.__class__ is _Tensor else _handle(input, "input"), chunks, dim))


def cat(tensors: Sequence[Tensor], dim: _int = 0) -> Tensor:
    """Concatenates tensors.

    Args:
        tensors: The tensors.
        dim: The dimension.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_cat. PyTorch: torch.cat.
    """
    return _f_torchtensor_cat(tensors, dim)


def error_code() -> _int:
    """The last error code of this thread.

    Returns:
        0 or an error code.

    Bridge: rt_torch_error_code.
    """
    return _f_error_code()


def error_message() -> str:
    """The last error message of this thread.

    Returns:
        The message.

    Bridge: rt_torch_error_message.
    """
    return _f_error_message()


def live_handles() -> _int:
    """Live handles.

    Returns:
        The count.

    Bridge: rt_torch_live_handles.
    """
    return _f_live_handles()


def set_name(label: str) -> None:
    """Takes a text argument.

    Args:
        label: A label.

    Bridge: rt_torch_set_name.
    """
    _f_set_name(_text(label, "label"))


def set_mode(mode: str | None = None) -> _float:
    """Takes an optional text argument.

    Args:
        mode: A mode or None.

    Returns:
        Always 0.

    Bridge: rt_torch_set_mode.
    """
    return _f_set_mode(_opt_text(mode, "mode"))


def warning_count() -> _int:
    """How many warnings the last call raised.

    Returns:
        The count.

    Bridge: rt_torch_warning_count.
    """
    return _f_warning_count()


def warning_message(index: _int) -> str:
    """One warning's message.

    Args:
        index: Which warning.

    Returns:
        The message.

    Bridge: rt_torch_warning_message.
    """
    return _f_warning_message(index)


def warning_kind(index: _int) -> _int:
    """One warning's kind.

    Args:
        index: Which warning.

    Returns:
        0 user, 1 deprecation.

    Bridge: rt_torch_warning_kind.
    """
    return _f_warning_kind(index)


def get_default_dtype() -> DType:
    """The default floating-point dtype.

    Returns:
        The dtype.

    Bridge: rt_torch_get_default_dtype.
    """
    return _f_get_default_dtype()


# Results are made of Tensor; the C operators between two tensors fall back to these methods
# for any other operand (and, reflected, for `number OP tensor`); `tensor OP number` with a
# Python number is the scalar call, made from C (with the defaults of its other parameters).
_register(
    Tensor,
    {
        "add": (Tensor.add, Tensor.add, _f_torchtensor_add_scalar, (1,)),
    },
)
