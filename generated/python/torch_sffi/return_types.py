# generated from spec/torch_api.yaml by sffi-gen; do not edit
"""Named tuples of the results with several tensors, as torch.return_types."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from typing import Any

if TYPE_CHECKING:
    from ._tensor import Tensor


def _repr(result: Any) -> str:
    """As PyTorch prints its named tuples: one field a line."""
    fields = ",\n".join(f"{name}={value!r}" for name, value in zip(result._fields, result))
    return f"torch_sffi.return_types.{type(result).__name__}(\n{fields})"


class aminmax(NamedTuple):
    """The result of torch_sffi.aminmax: min, max."""

    min: Tensor
    max: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class cummax(NamedTuple):
    """The result of torch_sffi.cummax: values, indices."""

    values: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class cummin(NamedTuple):
    """The result of torch_sffi.cummin: values, indices."""

    values: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class frexp(NamedTuple):
    """The result of torch_sffi.frexp: mantissa, exponent."""

    mantissa: Tensor
    exponent: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class geqrf(NamedTuple):
    """The result of torch_sffi.geqrf: a, tau."""

    a: Tensor
    tau: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class kthvalue(NamedTuple):
    """The result of torch_sffi.kthvalue: values, indices."""

    values: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class linalg_cholesky_ex(NamedTuple):
    """The result of torch_sffi.linalg.cholesky_ex: L, info."""

    L: Tensor
    info: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class linalg_eig(NamedTuple):
    """The result of torch_sffi.linalg.eig: eigenvalues, eigenvectors."""

    eigenvalues: Tensor
    eigenvectors: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class linalg_eigh(NamedTuple):
    """The result of torch_sffi.linalg.eigh: eigenvalues, eigenvectors."""

    eigenvalues: Tensor
    eigenvectors: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class linalg_inv_ex(NamedTuple):
    """The result of torch_sffi.linalg.inv_ex: inverse, info."""

    inverse: Tensor
    info: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class linalg_ldl_factor(NamedTuple):
    """The result of torch_sffi.linalg.ldl_factor: LD, pivots."""

    LD: Tensor
    pivots: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class linalg_ldl_factor_ex(NamedTuple):
    """The result of torch_sffi.linalg.ldl_factor_ex: LD, pivots, info."""

    LD: Tensor
    pivots: Tensor
    info: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class linalg_lstsq(NamedTuple):
    """The result of torch_sffi.linalg.lstsq: solution, residuals, rank, singular_values."""

    solution: Tensor
    residuals: Tensor
    rank: Tensor
    singular_values: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class linalg_lu(NamedTuple):
    """The result of torch_sffi.linalg.lu: P, L, U."""

    P: Tensor
    L: Tensor
    U: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class linalg_lu_factor(NamedTuple):
    """The result of torch_sffi.linalg.lu_factor: LU, pivots."""

    LU: Tensor
    pivots: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class linalg_lu_factor_ex(NamedTuple):
    """The result of torch_sffi.linalg.lu_factor_ex: LU, pivots, info."""

    LU: Tensor
    pivots: Tensor
    info: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class linalg_qr(NamedTuple):
    """The result of torch_sffi.linalg.qr: Q, R."""

    Q: Tensor
    R: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class linalg_slogdet(NamedTuple):
    """The result of torch_sffi.linalg.slogdet: sign, logabsdet."""

    sign: Tensor
    logabsdet: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class linalg_solve_ex(NamedTuple):
    """The result of torch_sffi.linalg.solve_ex: result, info."""

    result: Tensor
    info: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class linalg_svd(NamedTuple):
    """The result of torch_sffi.linalg.svd: U, S, Vh."""

    U: Tensor
    S: Tensor
    Vh: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class lstm(NamedTuple):
    """The result of torch_sffi.lstm: output, h_n, c_n."""

    output: Tensor
    h_n: Tensor
    c_n: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class lu_unpack(NamedTuple):
    """The result of torch_sffi.lu_unpack: P, L, U."""

    P: Tensor
    L: Tensor
    U: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class max(NamedTuple):
    """The result of torch_sffi.max: values, indices."""

    values: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class median(NamedTuple):
    """The result of torch_sffi.median: values, indices."""

    values: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class min(NamedTuple):
    """The result of torch_sffi.min: values, indices."""

    values: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class mode(NamedTuple):
    """The result of torch_sffi.mode: values, indices."""

    values: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class nanmedian(NamedTuple):
    """The result of torch_sffi.nanmedian: values, indices."""

    values: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class nn_adaptive_max_pool1d(NamedTuple):
    """The result of torch_sffi.nn.adaptive_max_pool1d: output, indices."""

    output: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class nn_adaptive_max_pool2d(NamedTuple):
    """The result of torch_sffi.nn.adaptive_max_pool2d: output, indices."""

    output: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class nn_adaptive_max_pool3d(NamedTuple):
    """The result of torch_sffi.nn.adaptive_max_pool3d: output, indices."""

    output: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class nn_max_pool1d(NamedTuple):
    """The result of torch_sffi.nn.max_pool1d: output, indices."""

    output: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class nn_max_pool2d(NamedTuple):
    """The result of torch_sffi.nn.max_pool2d: output, indices."""

    output: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class nn_max_pool3d(NamedTuple):
    """The result of torch_sffi.nn.max_pool3d: output, indices."""

    output: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class qr(NamedTuple):
    """The result of torch_sffi.qr: Q, R."""

    Q: Tensor
    R: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class sort(NamedTuple):
    """The result of torch_sffi.sort: values, indices."""

    values: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class std_mean(NamedTuple):
    """The result of torch_sffi.std_mean: std_dev, mean."""

    std_dev: Tensor
    mean: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class svd(NamedTuple):
    """The result of torch_sffi.svd: U, S, V."""

    U: Tensor
    S: Tensor
    V: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class topk(NamedTuple):
    """The result of torch_sffi.topk: values, indices."""

    values: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class triangular_solve(NamedTuple):
    """The result of torch_sffi.triangular_solve: solution, cloned_coefficient."""

    solution: Tensor
    cloned_coefficient: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class var_mean(NamedTuple):
    """The result of torch_sffi.var_mean: variance, mean."""

    variance: Tensor
    mean: Tensor

    def __repr__(self) -> str:
        return _repr(self)
