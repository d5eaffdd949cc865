# generated from spec/torch_api.yaml by sffi-gen; do not edit
"""torch_sffi.linalg: its functions, one per catalogue function (generated)."""

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

import functools
from typing import Callable, ParamSpec, TypeVar

from ._runtime import StreamRuntime as _StreamRuntime
from ._tensor import Tensor
from ._tensor import Tensor as _Tensor

__all__ = ["cholesky", "cholesky_ex", "cond", "cross", "det", "diagonal", "eig", "eigh", "eigvals", "eigvalsh", "householder_product", "inv", "inv_ex", "ldl_factor", "ldl_factor_ex", "ldl_solve", "lstsq", "lu", "lu_factor", "lu_factor_ex", "lu_solve", "matrix_norm", "matrix_power", "matrix_rank", "multi_dot", "norm", "pinv", "qr", "slogdet", "solve", "solve_ex", "solve_triangular", "svd", "svdvals", "tensorinv", "tensorsolve", "vander", "vecdot", "vector_norm"]

_P = ParamSpec("_P")
_R = TypeVar("_R")

# The calls into the bridge (torch_sffi._core), bound once at import.
_f_torchtensor_inverse = _core.rt_torch_torchtensor_inverse
_f_torchtensor_linalg_cholesky = _core.rt_torch_torchtensor_linalg_cholesky
_f_torchtensor_linalg_cholesky_ex = _core.rt_torch_torchtensor_linalg_cholesky_ex
_f_torchtensor_linalg_cond = _core.rt_torch_torchtensor_linalg_cond
_f_torchtensor_linalg_cond_p_str = _core.rt_torch_torchtensor_linalg_cond_p_str
_f_torchtensor_linalg_cross = _core.rt_torch_torchtensor_linalg_cross
_f_torchtensor_linalg_det = _core.rt_torch_torchtensor_linalg_det
_f_torchtensor_linalg_diagonal = _core.rt_torch_torchtensor_linalg_diagonal
_f_torchtensor_linalg_eig = _core.rt_torch_torchtensor_linalg_eig
_f_torchtensor_linalg_eigh = _core.rt_torch_torchtensor_linalg_eigh
_f_torchtensor_linalg_eigvals = _core.rt_torch_torchtensor_linalg_eigvals
_f_torchtensor_linalg_eigvalsh = _core.rt_torch_torchtensor_linalg_eigvalsh
_f_torchtensor_linalg_householder_product = _core.rt_torch_torchtensor_linalg_householder_product
_f_torchtensor_linalg_inv_ex = _core.rt_torch_torchtensor_linalg_inv_ex
_f_torchtensor_linalg_ldl_factor = _core.rt_torch_torchtensor_linalg_ldl_factor
_f_torchtensor_linalg_ldl_factor_ex = _core.rt_torch_torchtensor_linalg_ldl_factor_ex
_f_torchtensor_linalg_ldl_solve = _core.rt_torch_torchtensor_linalg_ldl_solve
_f_torchtensor_linalg_lstsq = _core.rt_torch_torchtensor_linalg_lstsq
_f_torchtensor_linalg_lu = _core.rt_torch_torchtensor_linalg_lu
_f_torchtensor_linalg_lu_factor = _core.rt_torch_torchtensor_linalg_lu_factor
_f_torchtensor_linalg_lu_factor_ex = _core.rt_torch_torchtensor_linalg_lu_factor_ex
_f_torchtensor_linalg_lu_solve = _core.rt_torch_torchtensor_linalg_lu_solve
_f_torchtensor_linalg_matrix_norm = _core.rt_torch_torchtensor_linalg_matrix_norm
_f_torchtensor_linalg_matrix_norm_str_ord = _core.rt_torch_torchtensor_linalg_matrix_norm_str_ord
_f_torchtensor_linalg_matrix_power = _core.rt_torch_torchtensor_linalg_matrix_power
_f_torchtensor_linalg_matrix_rank = _core.rt_torch_torchtensor_linalg_matrix_rank
_f_torchtensor_linalg_matrix_rank_atol_rtol_float = _core.rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float
_f_torchtensor_linalg_matrix_rank_atol_rtol_tensor = _core.rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor
_f_torchtensor_linalg_matrix_rank_tol_tensor = _core.rt_torch_torchtensor_linalg_matrix_rank_tol_tensor
_f_torchtensor_linalg_multi_dot = _core.rt_torch_torchtensor_linalg_multi_dot
_f_torchtensor_linalg_norm = _core.rt_torch_torchtensor_linalg_norm
_f_torchtensor_linalg_norm_ord_str = _core.rt_torch_torchtensor_linalg_norm_ord_str
_f_torchtensor_linalg_pinv = _core.rt_torch_torchtensor_linalg_pinv
_f_torchtensor_linalg_pinv_atol_rtol_float = _core.rt_torch_torchtensor_linalg_pinv_atol_rtol_float
_f_torchtensor_linalg_pinv_atol_rtol_tensor = _core.rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor
_f_torchtensor_linalg_pinv_rcond_tensor = _core.rt_torch_torchtensor_linalg_pinv_rcond_tensor
_f_torchtensor_linalg_qr = _core.rt_torch_torchtensor_linalg_qr
_f_torchtensor_linalg_slogdet = _core.rt_torch_torchtensor_linalg_slogdet
_f_torchtensor_linalg_solve = _core.rt_torch_torchtensor_linalg_solve
_f_torchtensor_linalg_solve_ex = _core.rt_torch_torchtensor_linalg_solve_ex
_f_torchtensor_linalg_solve_triangular = _core.rt_torch_torchtensor_linalg_solve_triangular
_f_torchtensor_linalg_svd = _core.rt_torch_torchtensor_linalg_svd
_f_torchtensor_linalg_svdvals = _core.rt_torch_torchtensor_linalg_svdvals
_f_torchtensor_linalg_tensorinv = _core.rt_torch_torchtensor_linalg_tensorinv
_f_torchtensor_linalg_tensorsolve = _core.rt_torch_torchtensor_linalg_tensorsolve
_f_torchtensor_linalg_vander = _core.rt_torch_torchtensor_linalg_vander
_f_torchtensor_linalg_vecdot = _core.rt_torch_torchtensor_linalg_vecdot
_f_torchtensor_linalg_vector_norm = _core.rt_torch_torchtensor_linalg_vector_norm

# The forms of overloaded functions, as _runtime.match reads them.
_FORM_LINALG_COND_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("p", "Scalar?", True, False, False)))
_FORM_LINALG_COND_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("p", "str", False, False, False)))
_FORM_LINALG_NORM_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("ord", "Scalar?", True, False, False), ("dim", "int[]?", True, False, False), ("keepdim", "bool", True, False, False), ("dtype", "ScalarType?", True, True, False)))
_FORM_LINALG_NORM_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("ord", "str", False, False, False), ("dim", "int[]?", True, False, False), ("keepdim", "bool", True, False, False), ("dtype", "ScalarType?", True, True, False)))
_FORM_LINALG_MATRIX_NORM_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("ord", "Scalar", False, False, False), ("dim", "int[]", True, False, False), ("keepdim", "bool", True, False, False), ("dtype", "ScalarType?", True, True, False)))
_FORM_LINALG_MATRIX_NORM_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("ord", "str", True, False, False), ("dim", "int[]", True, False, False), ("keepdim", "bool", True, False, False), ("dtype", "ScalarType?", True, True, False)))
_FORM_LINALG_MATRIX_RANK_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("atol", "Tensor?", True, True, False), ("rtol", "Tensor?", True, True, False), ("hermitian", "bool", True, True, False)))
_FORM_LINALG_MATRIX_RANK_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("atol", "float?", True, True, False), ("rtol", "float?", True, True, False), ("hermitian", "bool", True, True, False)))
_FORM_LINALG_MATRIX_RANK_2: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("tol", "float", False, False, False), ("hermitian", "bool", True, False, False)))
_FORM_LINALG_MATRIX_RANK_3: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("tol", "Tensor", False, False, False), ("hermitian", "bool", True, False, False)))
_FORM_LINALG_PINV_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("atol", "Tensor?", True, True, False), ("rtol", "Tensor?", True, True, False), ("hermitian", "bool", True, True, False)))
_FORM_LINALG_PINV_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("atol", "float?", True, True, False), ("rtol", "float?", True, True, False), ("hermitian", "bool", True, True, False)))
_FORM_LINALG_PINV_2: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("rcond", "float", False, False, False), ("hermitian", "bool", True, False, False)))
_FORM_LINALG_PINV_3: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("rcond", "Tensor", False, False, False), ("hermitian", "bool", True, False, False)))


def _linalg_cond_0(input: Tensor, p: Number | None = None) -> Tensor:
    """One form of torch_sffi.linalg.cond."""
    return _f_torchtensor_linalg_cond(input, p)


def _linalg_cond_1(input: Tensor, p: str) -> Tensor:
    """One form of torch_sffi.linalg.cond."""
    return _f_torchtensor_linalg_cond_p_str(input, _text(p, "p"))


def _linalg_norm_0(
    input: Tensor,
    ord: Number | None = None,
    dim: _int | Sequence[_int] | None = None,
    keepdim: _bool = False,
    *,
    dtype: DType | None = None,
) -> Tensor:
    """One form of torch_sffi.linalg.norm."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_linalg_norm(input, ord, dim_, dim is not None, keepdim, dtype)


def _linalg_norm_1(
    input: Tensor,
    ord: str,
    dim: _int | Sequence[_int] | None = None,
    keepdim: _bool = False,
    *,
    dtype: DType | None = None,
) -> Tensor:
    """One form of torch_sffi.linalg.norm."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_linalg_norm_ord_str(input, _text(ord, "ord"), dim_, dim is not None, keepdim, dtype)


def _linalg_matrix_norm_0(
    input: Tensor,
    ord: Number,
    dim: _int | Sequence[_int] = (-2, -1),
    keepdim: _bool = False,
    *,
    dtype: DType | None = None,
) -> Tensor:
    """One form of torch_sffi.linalg.matrix_norm."""
    dim_ = _ints(dim, "dim")
    return _f_torchtensor_linalg_matrix_norm(input, ord, dim_, keepdim, dtype)


def _linalg_matrix_norm_1(
    input: Tensor,
    ord: str = 'fro',
    dim: _int | Sequence[_int] = (-2, -1),
    keepdim: _bool = False,
    *,
    dtype: DType | None = None,
) -> Tensor:
    """One form of torch_sffi.linalg.matrix_norm."""
    dim_ = _ints(dim, "dim")
    return _f_torchtensor_linalg_matrix_norm_str_ord(input, _text(ord, "ord"), dim_, keepdim, dtype)


def _linalg_matrix_rank_0(
    input: Tensor,
    *,
    atol: Tensor | None = None,
    rtol: Tensor | None = None,
    hermitian: _bool = False,
) -> Tensor:
    """One form of torch_sffi.linalg.matrix_rank."""
    return _f_torchtensor_linalg_matrix_rank_atol_rtol_tensor(input, atol, rtol, hermitian)


def _linalg_matrix_rank_1(
    input: Tensor,
    *,
    atol: _float | None = None,
    rtol: _float | None = None,
    hermitian: _bool = False,
) -> Tensor:
    """One form of torch_sffi.linalg.matrix_rank."""
    return _f_torchtensor_linalg_matrix_rank_atol_rtol_float(input, 0.0 if atol is None else atol, atol is not None, 0.0 if rtol is None else rtol, rtol is not None, hermitian)


def _linalg_matrix_rank_2(input: Tensor, tol: _float, hermitian: _bool = False) -> Tensor:
    """One form of torch_sffi.linalg.matrix_rank."""
    return _f_torchtensor_linalg_matrix_rank(input, tol, hermitian)


def _linalg_matrix_rank_3(input: Tensor, tol: Tensor, hermitian: _bool = False) -> Tensor:
    """One form of torch_sffi.linalg.matrix_rank."""
    return _f_torchtensor_linalg_matrix_rank_tol_tensor(input, tol, hermitian)


def _linalg_pinv_0(
    input: Tensor,
    *,
    atol: Tensor | None = None,
    rtol: Tensor | None = None,
    hermitian: _bool = False,
) -> Tensor:
    """One form of torch_sffi.linalg.pinv."""
    return _f_torchtensor_linalg_pinv_atol_rtol_tensor(input, atol, rtol, hermitian)


def _linalg_pinv_1(
    input: Tensor,
    *,
    atol: _float | None = None,
    rtol: _float | None = None,
    hermitian: _bool = False,
) -> Tensor:
    """One form of torch_sffi.linalg.pinv."""
    return _f_torchtensor_linalg_pinv_atol_rtol_float(input, 0.0 if atol is None else atol, atol is not None, 0.0 if rtol is None else rtol, rtol is not None, hermitian)


def _linalg_pinv_2(input: Tensor, rcond: _float, hermitian: _bool = False) -> Tensor:
    """One form of torch_sffi.linalg.pinv."""
    return _f_torchtensor_linalg_pinv(input, rcond, hermitian)


def _linalg_pinv_3(input: Tensor, rcond: Tensor, hermitian: _bool = False) -> Tensor:
    """One form of torch_sffi.linalg.pinv."""
    return _f_torchtensor_linalg_pinv_rcond_tensor(input, rcond, hermitian)


# The forms of each overloaded function with their implementations, as _core.dispatch reads them.
_DISPATCH_LINALG_COND = ((_FORM_LINALG_COND_0, _linalg_cond_0), (_FORM_LINALG_COND_1, _linalg_cond_1),)
_DISPATCH_LINALG_NORM = ((_FORM_LINALG_NORM_0, _linalg_norm_0), (_FORM_LINALG_NORM_1, _linalg_norm_1),)
_DISPATCH_LINALG_MATRIX_NORM = ((_FORM_LINALG_MATRIX_NORM_0, _linalg_matrix_norm_0), (_FORM_LINALG_MATRIX_NORM_1, _linalg_matrix_norm_1),)
_DISPATCH_LINALG_MATRIX_RANK = ((_FORM_LINALG_MATRIX_RANK_0, _linalg_matrix_rank_0), (_FORM_LINALG_MATRIX_RANK_1, _linalg_matrix_rank_1), (_FORM_LINALG_MATRIX_RANK_2, _linalg_matrix_rank_2), (_FORM_LINALG_MATRIX_RANK_3, _linalg_matrix_rank_3),)
_DISPATCH_LINALG_PINV = ((_FORM_LINALG_PINV_0, _linalg_pinv_0), (_FORM_LINALG_PINV_1, _linalg_pinv_1), (_FORM_LINALG_PINV_2, _linalg_pinv_2), (_FORM_LINALG_PINV_3, _linalg_pinv_3),)


def inv(input: Tensor) -> Tensor:
    """Inverse of a square matrix (or a batch of them).

    Args:
        input: An invertible floating-point matrix.

    Returns:
        A new tensor; a singular input is an error.

    Bridge: rt_torch_torchtensor_inverse. PyTorch: torch.linalg.inv.
    """
    return _f_torchtensor_inverse(input if input.__class__ is _Tensor else _handle(input, "input"))


def vector_norm(
    input: Tensor,
    ord: Number = 2,
    dim: _int | Sequence[_int] | None = None,
    keepdim: _bool = False,
    *,
    dtype: DType | None = None,
) -> Tensor:
    """The vector norm of the elements, over all or some dimensions.

    Args:
        input: A floating-point or complex tensor.
        ord: The order: 2 (Euclidean), 1, inf, -inf, 0 (count of non-zeros) or any real
            p.
        dim: The dimensions to reduce; None for all.
        keepdim: Keep the reduced dimensions with size 1.
        dtype: Compute in this dtype; None keeps the input's.

    Returns:
        A new tensor (0-d when every dimension is reduced).

    Bridge: rt_torch_torchtensor_linalg_vector_norm. PyTorch: torch.linalg.vector_norm.
    """
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_linalg_vector_norm(input, ord, dim_, dim is not None, keepdim, dtype)


def det(input: Tensor) -> Tensor:
    """The determinant of a square matrix, or of each matrix of a batch.

    Args:
        input: A floating-point tensor of shape (*, n, n).

    Returns:
        A new tensor of shape (*): differentiable, unlike the reference's f64.

    Bridge: rt_torch_torchtensor_linalg_det. PyTorch: torch.linalg.det.
    """
    return _f_torchtensor_linalg_det(input)


def svd(
    input: Tensor,
    full_matrices: _bool = True,
    *,
    driver: Literal['gesvd', 'gesvdj', 'gesvda'] | None = None,
) -> _rt_types.linalg_svd:
    """The singular value decomposition input = U diag(S) Vh, of a matrix or a batch.

    Args:
        input: A floating-point tensor of shape (*, m, n).
        full_matrices: true for the full U and Vh, false for the reduced ones.
        driver: The cuSOLVER routine on CUDA; None lets PyTorch choose (ignored on the
            CPU).

    Returns:
        U: The left singular vectors; S: The singular values, in descending order; Vh:
        The conjugate transpose of the right singular vectors.

    Bridge: rt_torch_torchtensor_linalg_svd. PyTorch: torch.linalg.svd.
    """
    return _tuple_new(_rt_types.linalg_svd, _f_torchtensor_linalg_svd(input, full_matrices, _opt_text(driver, "driver")))


def eig(input: Tensor) -> _rt_types.linalg_eig:
    """The eigenvalues and eigenvectors of a square matrix, or of each matrix of a batch.

    Args:
        input: A floating-point or complex tensor of shape (*, n, n).

    Returns:
        eigenvalues: The complex eigenvalues; eigenvectors: The complex eigenvectors
        (columns).

    Bridge: rt_torch_torchtensor_linalg_eig. PyTorch: torch.linalg.eig.
    """
    return _tuple_new(_rt_types.linalg_eig, _f_torchtensor_linalg_eig(input))


def cross(input: Tensor, other: Tensor, *, dim: _int = -1) -> Tensor:
    """The cross product of 3-vectors along one dimension, with broadcasting.

    Args:
        input: The first tensor.
        other: The second tensor, broadcastable with the input.
        dim: The dimension of size 3.

    Returns:
        A new tensor of the broadcast shape.

    Bridge: rt_torch_torchtensor_linalg_cross. PyTorch: torch.linalg.cross.
    """
    return _f_torchtensor_linalg_cross(input, other, dim)


def diagonal(a: Tensor, *, offset: _int = 0, dim1: _int = -2, dim2: _int = -1) -> Tensor:
    """A view of the diagonals of the matrices of a batch (torch.diagonal over the last two
    dimensions by default).

    Args:
        a: A tensor with at least two dimensions; PyTorch's A.
        offset: The diagonal: 0 the main one, positive above it, negative below.
        dim1: The first dimension of the matrices.
        dim2: The second dimension of the matrices.

    Returns:
        A new handle to a view of a, the diagonal as its last dimension.

    Bridge: rt_torch_torchtensor_linalg_diagonal. PyTorch: torch.linalg.diagonal.
    """
    return _f_torchtensor_linalg_diagonal(a, offset, dim1, dim2)


def cholesky(input: Tensor, *, upper: _bool = False) -> Tensor:
    """The Cholesky factor of a symmetric (Hermitian) positive-definite matrix, or of each
    matrix of a batch.

    Args:
        input: A tensor of shape (*, n, n) of symmetric (Hermitian) positive-definite
            matrices.
        upper: Return the upper factor U (input = U^H U) instead of the lower one L
            (input = L L^H).

    Returns:
        A new tensor of the input's shape; a matrix that is not positive-definite is an
        error.

    Bridge: rt_torch_torchtensor_linalg_cholesky. PyTorch: torch.linalg.cholesky.
    """
    return _f_torchtensor_linalg_cholesky(input, upper)


def cholesky_ex(
    input: Tensor,
    *,
    upper: _bool = False,
    check_errors: _bool = False,
) -> _rt_types.linalg_cholesky_ex:
    """The Cholesky factor with a per-matrix status code instead of an error for matrices
    that are not positive-definite.

    Args:
        input: A tensor of shape (*, n, n) of symmetric (Hermitian) matrices.
        upper: Return the upper factor instead of the lower one.
        check_errors: Raise an error where info is not 0, as linalg.cholesky does.

    Returns:
        L: The factors (meaningful where info is 0); info: int32 of shape (*): 0 for
        success, else the order of the leading minor that is not positive-definite.

    Bridge: rt_torch_torchtensor_linalg_cholesky_ex. PyTorch: torch.linalg.cholesky_ex.
    """
    return _tuple_new(_rt_types.linalg_cholesky_ex, _f_torchtensor_linalg_cholesky_ex(input, upper, check_errors))


def vecdot(x: Tensor, y: Tensor, *, dim: _int = -1) -> Tensor:
    """The dot products of two batches of vectors along a dimension, conjugating the first
    when complex.

    Args:
        x: The first vectors.
        y: The second vectors, broadcastable with x.
        dim: The dimension holding the vectors.

    Returns:
        A new tensor of the broadcast shape without dim.

    Bridge: rt_torch_torchtensor_linalg_vecdot. PyTorch: torch.linalg.vecdot.
    """
    return _f_torchtensor_linalg_vecdot(x, y, dim)


@overload
def cond(input: Tensor, p: Number | None = None) -> Tensor: ...

@overload
def cond(input: Tensor, p: str) -> Tensor: ...

def cond(*args: Any, **kwargs: Any) -> Any:
    """cond: one of 2 forms, chosen by the arguments as PyTorch chooses.

    cond(input: Tensor, p: Number | None = None)
        The condition number of a matrix, or of each matrix of a batch, in a numeric
        matrix norm.

    cond(input: Tensor, p: str)
        The condition number of a square matrix, or of each matrix of a batch, in the
        Frobenius or nuclear norm.

    Bridge: rt_torch_torchtensor_linalg_cond, rt_torch_torchtensor_linalg_cond_p_str. PyTorch: torch.linalg.cond.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_LINALG_COND)
    if _r is not NotImplemented:
        return _r
    _no_match("cond", args, kwargs, (_FORM_LINALG_COND_0, _FORM_LINALG_COND_1,))


def eigvals(input: Tensor) -> Tensor:
    """The eigenvalues of a square matrix, or of each matrix of a batch.

    Args:
        input: A floating-point or complex tensor of shape (*, n, n).

    Returns:
        A new complex tensor of shape (*, n).

    Bridge: rt_torch_torchtensor_linalg_eigvals. PyTorch: torch.linalg.eigvals.
    """
    return _f_torchtensor_linalg_eigvals(input)


def eigh(input: Tensor, uplo: str = 'L') -> _rt_types.linalg_eigh:
    """The eigenvalues and eigenvectors of a symmetric (Hermitian) matrix, or of each
    matrix of a batch.

    Args:
        input: A tensor of shape (*, n, n) of symmetric (Hermitian) matrices.
        uplo: Which triangle is read: "L" (lower) or "U" (upper); PyTorch's UPLO.

    Returns:
        eigenvalues: The real eigenvalues, in ascending order, of shape (*, n);
        eigenvectors: The orthonormal eigenvectors (columns), of shape (*, n, n).

    Bridge: rt_torch_torchtensor_linalg_eigh. PyTorch: torch.linalg.eigh.
    """
    return _tuple_new(_rt_types.linalg_eigh, _f_torchtensor_linalg_eigh(input, _text(uplo, "uplo")))


def eigvalsh(input: Tensor, uplo: str = 'L') -> Tensor:
    """The eigenvalues of a symmetric (Hermitian) matrix, or of each matrix of a batch.

    Args:
        input: A tensor of shape (*, n, n) of symmetric (Hermitian) matrices.
        uplo: Which triangle is read: "L" (lower) or "U" (upper); PyTorch's UPLO.

    Returns:
        A new real tensor of shape (*, n), in ascending order.

    Bridge: rt_torch_torchtensor_linalg_eigvalsh. PyTorch: torch.linalg.eigvalsh.
    """
    return _f_torchtensor_linalg_eigvalsh(input, _text(uplo, "uplo"))


def householder_product(input: Tensor, tau: Tensor) -> Tensor:
    """The first n columns of the product of Householder reflectors (the Q of a geqrf
    decomposition).

    Args:
        input: The reflectors' vectors, of shape (*, m, n) with m >= n; PyTorch's A.
        tau: Their scalar factors, of shape (*, k) with k <= n.

    Returns:
        A new tensor of shape (*, m, n).

    Bridge: rt_torch_torchtensor_linalg_householder_product. PyTorch: torch.linalg.householder_product.
    """
    return _f_torchtensor_linalg_householder_product(input, tau)


def ldl_factor(input: Tensor, *, hermitian: _bool = False) -> _rt_types.linalg_ldl_factor:
    """The compact LDL factorization of a symmetric (or Hermitian), possibly indefinite,
    matrix or batch.

    Args:
        input: A tensor of shape (*, n, n) of symmetric (Hermitian) matrices; PyTorch's
            A.
        hermitian: Take complex matrices as Hermitian (else symmetric); no effect on
            real ones.

    Returns:
        LD: L below the diagonal and D's blocks on it; pivots: The int32 pivots, of
        shape (*, n).

    Bridge: rt_torch_torchtensor_linalg_ldl_factor. PyTorch: torch.linalg.ldl_factor.
    """
    return _tuple_new(_rt_types.linalg_ldl_factor, _f_torchtensor_linalg_ldl_factor(input, hermitian))


def ldl_factor_ex(
    input: Tensor,
    *,
    hermitian: _bool = False,
    check_errors: _bool = False,
) -> _rt_types.linalg_ldl_factor_ex:
    """The compact LDL factorization with a per-matrix status code instead of an error.

    Args:
        input: A tensor of shape (*, n, n) of symmetric (Hermitian) matrices; PyTorch's
            A.
        hermitian: Take complex matrices as Hermitian (else symmetric); no effect on
            real ones.
        check_errors: Raise an error where info is not 0.

    Returns:
        LD: L below the diagonal and D's blocks on it; pivots: The int32 pivots, of
        shape (*, n); info: int32 of shape (*): 0 for success.

    Bridge: rt_torch_torchtensor_linalg_ldl_factor_ex. PyTorch: torch.linalg.ldl_factor_ex.
    """
    return _tuple_new(_rt_types.linalg_ldl_factor_ex, _f_torchtensor_linalg_ldl_factor_ex(input, hermitian, check_errors))


def ldl_solve(ld: Tensor, pivots: Tensor, b: Tensor, *, hermitian: _bool = False) -> Tensor:
    """The solution X of A X = B from the LDL factorization of A.

    Args:
        ld: The compact factors of A (linalg.ldl_factor's LD), of shape (*, n, n);
            PyTorch's LD.
        pivots: Their pivots, of shape (*, n).
        b: The right-hand side B, of shape (*, n, k); PyTorch's B.
        hermitian: A was factored as Hermitian (else symmetric).

    Returns:
        A new tensor X of shape (*, n, k).

    Bridge: rt_torch_torchtensor_linalg_ldl_solve. PyTorch: torch.linalg.ldl_solve.
    """
    return _f_torchtensor_linalg_ldl_solve(ld, pivots, b, hermitian)


def lstsq(
    input: Tensor,
    b: Tensor,
    rcond: _float | None = None,
    *,
    driver: str | None = None,
) -> _rt_types.linalg_lstsq:
    """A least-squares solution of A X = B, for a matrix or a batch.

    Args:
        input: A, of shape (*, m, n); PyTorch's A.
        b: B, of shape (*, m, k); PyTorch's B.
        rcond: Singular values below rcond times the largest count as 0 for the rank;
            None for the dtype's epsilon times max(m, n).
        driver: The LAPACK routine: "gels", "gelsy", "gelsd" or "gelss"; None for gelsy
            on the CPU.

    Returns:
        solution: X, of shape (*, n, k); residuals: The squared residuals (empty unless
        m > n, A has full rank and the driver is not gelsy); rank: The ranks of A (empty
        for the gels driver); singular_values: A's singular values (only for gelsd and
        gelss).

    Bridge: rt_torch_torchtensor_linalg_lstsq. PyTorch: torch.linalg.lstsq.
    """
    return _tuple_new(_rt_types.linalg_lstsq, _f_torchtensor_linalg_lstsq(input, b, 0.0 if rcond is None else rcond, rcond is not None, _opt_text(driver, "driver")))


def matrix_power(input: Tensor, n: _int) -> Tensor:
    """The n-th power of a square matrix, or of each matrix of a batch, for an integer n.

    Args:
        input: A tensor of shape (*, m, m) (invertible when n < 0); PyTorch's A.
        n: The exponent: 0 gives the identity, negative values powers of the inverse.

    Returns:
        A new tensor of the input's shape.

    Bridge: rt_torch_torchtensor_linalg_matrix_power. PyTorch: torch.linalg.matrix_power.
    """
    return _f_torchtensor_linalg_matrix_power(input, n)


def multi_dot(tensors: Sequence[Tensor]) -> Tensor:
    """The product of two or more matrices, in the order of multiplications that costs the
    fewest operations.

    Args:
        tensors: The factors: 2-D, except that the first and last may be 1-D.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_linalg_multi_dot. PyTorch: torch.linalg.multi_dot.
    """
    return _f_torchtensor_linalg_multi_dot(tensors)


@overload
def norm(
    input: Tensor,
    ord: Number | None = None,
    dim: _int | Sequence[_int] | None = None,
    keepdim: _bool = False,
    *,
    dtype: DType | None = None,
) -> Tensor: ...

@overload
def norm(
    input: Tensor,
    ord: str,
    dim: _int | Sequence[_int] | None = None,
    keepdim: _bool = False,
    *,
    dtype: DType | None = None,
) -> Tensor: ...

def norm(*args: Any, **kwargs: Any) -> Any:
    """norm: one of 2 forms, chosen by the arguments as PyTorch chooses.

    norm(input: Tensor, ord: Number | None = None, dim: _int | Sequence[_int] | None = None, keepdim: _bool = False, *, dtype: DType | None = None)
        A vector or matrix norm of a numeric order, over all or some dimensions.

    norm(input: Tensor, ord: str, dim: _int | Sequence[_int] | None = None, keepdim: _bool = False, *, dtype: DType | None = None)
        The Frobenius or nuclear norm of a matrix or a batch.

    Bridge: rt_torch_torchtensor_linalg_norm, rt_torch_torchtensor_linalg_norm_ord_str. PyTorch: torch.linalg.norm.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_LINALG_NORM)
    if _r is not NotImplemented:
        return _r
    _no_match("norm", args, kwargs, (_FORM_LINALG_NORM_0, _FORM_LINALG_NORM_1,))


@overload
def matrix_norm(
    input: Tensor,
    ord: Number,
    dim: _int | Sequence[_int] = (-2, -1),
    keepdim: _bool = False,
    *,
    dtype: DType | None = None,
) -> Tensor: ...

@overload
def matrix_norm(
    input: Tensor,
    ord: str = 'fro',
    dim: _int | Sequence[_int] = (-2, -1),
    keepdim: _bool = False,
    *,
    dtype: DType | None = None,
) -> Tensor: ...

def matrix_norm(*args: Any, **kwargs: Any) -> Any:
    """matrix_norm: one of 2 forms, chosen by the arguments as PyTorch chooses.

    matrix_norm(input: Tensor, ord: Number, dim: _int | Sequence[_int] = (-2, -1), keepdim: _bool = False, *, dtype: DType | None = None)
        A matrix norm of a numeric order, of a matrix or of each matrix of a batch.

    matrix_norm(input: Tensor, ord: str = 'fro', dim: _int | Sequence[_int] = (-2, -1), keepdim: _bool = False, *, dtype: DType | None = None)
        The Frobenius or nuclear norm of a matrix or of each matrix of a batch.

    Bridge: rt_torch_torchtensor_linalg_matrix_norm, rt_torch_torchtensor_linalg_matrix_norm_str_ord. PyTorch: torch.linalg.matrix_norm.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_LINALG_MATRIX_NORM)
    if _r is not NotImplemented:
        return _r
    _no_match("matrix_norm", args, kwargs, (_FORM_LINALG_MATRIX_NORM_0, _FORM_LINALG_MATRIX_NORM_1,))


def qr(a: Tensor, mode: str = 'reduced') -> _rt_types.linalg_qr:
    """The QR decomposition of a matrix or a batch.

    Args:
        a: A tensor of shape (*, m, n); PyTorch's A.
        mode: "reduced" (Q of shape (*, m, k), k = min(m, n)), "complete" (Q square) or
            "r" (R only, Q empty).

    Returns:
        Q: The orthonormal (unitary) factor; R: The upper triangular factor.

    Bridge: rt_torch_torchtensor_linalg_qr. PyTorch: torch.linalg.qr.
    """
    return _tuple_new(_rt_types.linalg_qr, _f_torchtensor_linalg_qr(a, _text(mode, "mode")))


def slogdet(a: Tensor) -> _rt_types.linalg_slogdet:
    """The sign (phase) and the log of the absolute value of the determinant of a square
    matrix or batch.

    Args:
        a: A tensor of shape (*, n, n); PyTorch's A.

    Returns:
        sign: -1, 0 or 1 (for complex inputs, the phase), of shape (*); logabsdet: log
        |det|, of shape (*) (-inf where the determinant is 0).

    Bridge: rt_torch_torchtensor_linalg_slogdet. PyTorch: torch.linalg.slogdet.
    """
    return _tuple_new(_rt_types.linalg_slogdet, _f_torchtensor_linalg_slogdet(a))


def vander(x: Tensor, *, n: _int | None = None) -> Tensor:
    """The Vandermonde matrix of a vector (columns x**0, x**1, ...), or of each vector of a
    batch.

    Args:
        x: A tensor of shape (*, n).
        n: The number of columns; None for x.size(-1).

    Returns:
        A new tensor of shape (*, x.size(-1), n).

    Bridge: rt_torch_torchtensor_linalg_vander. PyTorch: torch.linalg.vander.
    """
    return _f_torchtensor_linalg_vander(x, 0 if n is None else n, n is not None)


def lu_factor(a: Tensor, *, pivot: _bool = True) -> _rt_types.linalg_lu_factor:
    """The compact LU factorization with partial pivoting of a matrix or a batch.

    Args:
        a: A tensor of shape (*, m, n); PyTorch's A.
        pivot: Pivot (false is only supported on CUDA).

    Returns:
        LU: L (unit diagonal omitted) below the diagonal, U on and above it; pivots: The
        int32 pivots (1-based), of shape (*, min(m, n)).

    Bridge: rt_torch_torchtensor_linalg_lu_factor. PyTorch: torch.linalg.lu_factor.
    """
    return _tuple_new(_rt_types.linalg_lu_factor, _f_torchtensor_linalg_lu_factor(a, pivot))


def lu_factor_ex(
    a: Tensor,
    *,
    pivot: _bool = True,
    check_errors: _bool = False,
) -> _rt_types.linalg_lu_factor_ex:
    """The compact LU factorization with a per-matrix status code instead of an error.

    Args:
        a: A tensor of shape (*, m, n); PyTorch's A.
        pivot: Pivot (false is only supported on CUDA).
        check_errors: Raise an error where info is not 0.

    Returns:
        LU: L (unit diagonal omitted) below the diagonal, U on and above it; pivots: The
        int32 pivots (1-based), of shape (*, min(m, n)); info: int32 of shape (*): 0 for
        success, i > 0 where U[i-1, i-1] is exactly 0.

    Bridge: rt_torch_torchtensor_linalg_lu_factor_ex. PyTorch: torch.linalg.lu_factor_ex.
    """
    return _tuple_new(_rt_types.linalg_lu_factor_ex, _f_torchtensor_linalg_lu_factor_ex(a, pivot, check_errors))


def lu(a: Tensor, *, pivot: _bool = True) -> _rt_types.linalg_lu:
    """The LU decomposition with partial pivoting A = P L U of a matrix or a batch.

    Args:
        a: A tensor of shape (*, m, n); PyTorch's A.
        pivot: Pivot (false is only supported on CUDA).

    Returns:
        P: The permutation matrices; L: The unit lower triangular factors; U: The upper
        triangular factors.

    Bridge: rt_torch_torchtensor_linalg_lu. PyTorch: torch.linalg.lu.
    """
    return _tuple_new(_rt_types.linalg_lu, _f_torchtensor_linalg_lu(a, pivot))


def lu_solve(
    lu: Tensor,
    pivots: Tensor,
    b: Tensor,
    *,
    left: _bool = True,
    adjoint: _bool = False,
) -> Tensor:
    """The solution of A X = B (or X A = B, or with A's adjoint) from the compact LU
    factorization of A.

    Args:
        lu: The compact factors of A (linalg.lu_factor's LU), of shape (*, n, n);
            PyTorch's LU.
        pivots: Their pivots, of shape (*, n).
        b: The right-hand side B; PyTorch's B.
        left: Solve A X = B (else X A = B).
        adjoint: Use A's conjugate transpose.

    Returns:
        A new tensor X of B's shape.

    Bridge: rt_torch_torchtensor_linalg_lu_solve. PyTorch: torch.linalg.lu_solve.
    """
    return _f_torchtensor_linalg_lu_solve(lu, pivots, b, left, adjoint)


def inv_ex(a: Tensor, *, check_errors: _bool = False) -> _rt_types.linalg_inv_ex:
    """The inverse of a square matrix or batch, with a per-matrix status code instead of an
    error for singular ones.

    Args:
        a: A tensor of shape (*, n, n); PyTorch's A.
        check_errors: Raise an error where info is not 0, as linalg.inv does.

    Returns:
        inverse: The inverses (meaningful where info is 0); info: int32 of shape (*): 0
        for success.

    Bridge: rt_torch_torchtensor_linalg_inv_ex. PyTorch: torch.linalg.inv_ex.
    """
    return _tuple_new(_rt_types.linalg_inv_ex, _f_torchtensor_linalg_inv_ex(a, check_errors))


def solve(a: Tensor, b: Tensor, *, left: _bool = True) -> Tensor:
    """The solution X of A X = B (or X A = B) for a square invertible A, with batches
    broadcasting.

    Args:
        a: A, of shape (*, n, n); PyTorch's A.
        b: B, of shape (*, n) or (*, n, k); PyTorch's B.
        left: Solve A X = B (else X A = B).

    Returns:
        A new tensor X of B's (broadcast) shape; a singular A is an error.

    Bridge: rt_torch_torchtensor_linalg_solve. PyTorch: torch.linalg.solve.
    """
    return _f_torchtensor_linalg_solve(a, b, left)


def solve_ex(
    a: Tensor,
    b: Tensor,
    *,
    left: _bool = True,
    check_errors: _bool = False,
) -> _rt_types.linalg_solve_ex:
    """The solution of A X = B with a per-matrix status code instead of an error for
    singular A.

    Args:
        a: A, of shape (*, n, n); PyTorch's A.
        b: B, of shape (*, n) or (*, n, k); PyTorch's B.
        left: Solve A X = B (else X A = B).
        check_errors: Raise an error where info is not 0.

    Returns:
        result: X (meaningful where info is 0); info: int32 of shape (*): 0 for success.

    Bridge: rt_torch_torchtensor_linalg_solve_ex. PyTorch: torch.linalg.solve_ex.
    """
    return _tuple_new(_rt_types.linalg_solve_ex, _f_torchtensor_linalg_solve_ex(a, b, left, check_errors))


def solve_triangular(
    input: Tensor,
    b: Tensor,
    *,
    upper: _bool,
    left: _bool = True,
    unitriangular: _bool = False,
) -> Tensor:
    """The solution X of A X = B (or X A = B) for a triangular A.

    Args:
        input: A, of shape (*, n, n) (or (*, k, k) when left is false); PyTorch's A.
        b: B, of shape (*, n, k); PyTorch's B.
        upper: A is upper triangular (else lower); the other triangle is not read.
        left: Solve A X = B (else X A = B).
        unitriangular: Take A's diagonal as ones without reading it.

    Returns:
        A new tensor X of B's (broadcast) shape.

    Bridge: rt_torch_torchtensor_linalg_solve_triangular. PyTorch: torch.linalg.solve_triangular.
    """
    return _f_torchtensor_linalg_solve_triangular(input, b, upper, left, unitriangular)


@overload
def matrix_rank(
    input: Tensor,
    *,
    atol: Tensor | None = None,
    rtol: Tensor | None = None,
    hermitian: _bool = False,
) -> Tensor: ...

@overload
def matrix_rank(
    input: Tensor,
    *,
    atol: _float | None = None,
    rtol: _float | None = None,
    hermitian: _bool = False,
) -> Tensor: ...

@overload
def matrix_rank(input: Tensor, tol: _float, hermitian: _bool = False) -> Tensor: ...

@overload
def matrix_rank(input: Tensor, tol: Tensor, hermitian: _bool = False) -> Tensor: ...

def matrix_rank(*args: Any, **kwargs: Any) -> Any:
    """matrix_rank: one of 4 forms, chosen by the arguments as PyTorch chooses.

    matrix_rank(input: Tensor, *, atol: Tensor | None = None, rtol: Tensor | None = None, hermitian: _bool = False)
        The numerical rank of a matrix or batch, with absolute and relative tolerances
        given as tensors.

    matrix_rank(input: Tensor, *, atol: _float | None = None, rtol: _float | None = None, hermitian: _bool = False)
        The numerical rank of a matrix or batch, with absolute and relative tolerances
        given as numbers.

    matrix_rank(input: Tensor, tol: _float, hermitian: _bool = False)
        The numerical rank of a matrix or batch, with one absolute tolerance (NumPy's
        form).

    matrix_rank(input: Tensor, tol: Tensor, hermitian: _bool = False)
        The numerical rank of a matrix or batch, with one absolute tolerance given as a
        tensor (NumPy's form).

    Bridge: rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor, rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float, rt_torch_torchtensor_linalg_matrix_rank, rt_torch_torchtensor_linalg_matrix_rank_tol_tensor. PyTorch: torch.linalg.matrix_rank.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_LINALG_MATRIX_RANK)
    if _r is not NotImplemented:
        return _r
    _no_match("matrix_rank", args, kwargs, (_FORM_LINALG_MATRIX_RANK_0, _FORM_LINALG_MATRIX_RANK_1, _FORM_LINALG_MATRIX_RANK_2, _FORM_LINALG_MATRIX_RANK_3,))


@overload
def pinv(
    input: Tensor,
    *,
    atol: Tensor | None = None,
    rtol: Tensor | None = None,
    hermitian: _bool = False,
) -> Tensor: ...

@overload
def pinv(
    input: Tensor,
    *,
    atol: _float | None = None,
    rtol: _float | None = None,
    hermitian: _bool = False,
) -> Tensor: ...

@overload
def pinv(input: Tensor, rcond: _float, hermitian: _bool = False) -> Tensor: ...

@overload
def pinv(input: Tensor, rcond: Tensor, hermitian: _bool = False) -> Tensor: ...

def pinv(*args: Any, **kwargs: Any) -> Any:
    """pinv: one of 4 forms, chosen by the arguments as PyTorch chooses.

    pinv(input: Tensor, *, atol: Tensor | None = None, rtol: Tensor | None = None, hermitian: _bool = False)
        The Moore-Penrose pseudo-inverse of a matrix or batch, with absolute and
        relative tolerances given as tensors.

    pinv(input: Tensor, *, atol: _float | None = None, rtol: _float | None = None, hermitian: _bool = False)
        The Moore-Penrose pseudo-inverse of a matrix or batch, with absolute and
        relative tolerances given as numbers.

    pinv(input: Tensor, rcond: _float, hermitian: _bool = False)
        The Moore-Penrose pseudo-inverse of a matrix or batch, with one relative
        tolerance (NumPy's rcond).

    pinv(input: Tensor, rcond: Tensor, hermitian: _bool = False)
        The Moore-Penrose pseudo-inverse of a matrix or batch, with one relative
        tolerance given as a tensor (NumPy's rcond).

    Bridge: rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor, rt_torch_torchtensor_linalg_pinv_atol_rtol_float, rt_torch_torchtensor_linalg_pinv, rt_torch_torchtensor_linalg_pinv_rcond_tensor. PyTorch: torch.linalg.pinv.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_LINALG_PINV)
    if _r is not NotImplemented:
        return _r
    _no_match("pinv", args, kwargs, (_FORM_LINALG_PINV_0, _FORM_LINALG_PINV_1, _FORM_LINALG_PINV_2, _FORM_LINALG_PINV_3,))


def svdvals(a: Tensor, *, driver: Literal['gesvd', 'gesvdj', 'gesvda'] | None = None) -> Tensor:
    """The singular values of a matrix or batch, in descending order.

    Args:
        a: A tensor of shape (*, m, n); PyTorch's A.
        driver: The cuSOLVER routine on CUDA; None lets PyTorch choose (ignored on the
            CPU).

    Returns:
        A new real tensor of shape (*, min(m, n)).

    Bridge: rt_torch_torchtensor_linalg_svdvals. PyTorch: torch.linalg.svdvals.
    """
    return _f_torchtensor_linalg_svdvals(a, _opt_text(driver, "driver"))


def tensorinv(input: Tensor, ind: _int = 2) -> Tensor:
    """The inverse of a tensor for torch.tensordot over ind dimensions.

    Args:
        input: A tensor with prod(shape[:ind]) == prod(shape[ind:]); PyTorch's A.
        ind: The number of leading dimensions that form the rows (positive).

    Returns:
        A new tensor of shape shape[ind:] + shape[:ind].

    Bridge: rt_torch_torchtensor_linalg_tensorinv. PyTorch: torch.linalg.tensorinv.
    """
    return _f_torchtensor_linalg_tensorinv(input, ind)


def tensorsolve(input: Tensor, other: Tensor, dims: _int | Sequence[_int] | None = None) -> Tensor:
    """The solution X of tensordot(A, X, X.dim()) = B.

    Args:
        input: A, with prod(A.shape[:B.dim()]) == prod(A.shape[B.dim():]); PyTorch's A.
        other: B; PyTorch's B.
        dims: Dimensions of A moved to the end first; None for none.

    Returns:
        A new tensor X of shape A.shape[B.dim():].

    Bridge: rt_torch_torchtensor_linalg_tensorsolve. PyTorch: torch.linalg.tensorsolve.
    """
    dims_ = _EMPTY if dims is None else _ints(dims, "dims")
    return _f_torchtensor_linalg_tensorsolve(input, other, dims_, dims is not None)
