# generated from spec/torch_api.yaml by sffi-gen; do not edit
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

__all__ = ["Tensor", "abs", "acos", "acosh", "add", "addbmm", "addcdiv", "addcmul", "addmm", "addmv", "addr", "all", "allclose", "amax", "amin", "aminmax", "angle", "any", "arange", "argmax", "argmin", "argsort", "argwhere", "asin", "asinh", "atan", "atan2", "atanh", "atleast_1d", "atleast_2d", "atleast_3d", "available", "baddbmm", "bernoulli", "bincount", "bitwise_and", "bitwise_left_shift", "bitwise_not", "bitwise_or", "bitwise_right_shift", "bitwise_xor", "bmm", "broadcast_to", "bucketize", "cat", "cdist", "ceil", "cholesky", "cholesky_inverse", "cholesky_solve", "chunk", "clamp", "clamp_max", "clamp_min", "clone", "column_stack", "complex", "conj_physical", "copysign", "corrcoef", "cos", "cosh", "count_nonzero", "cov", "cross", "cummax", "cummin", "cumprod", "cumsum", "cumulative_trapezoid", "deg2rad", "det", "diag", "diag_embed", "diagflat", "diagonal", "diagonal_scatter", "diff", "digamma", "dist", "div", "dot", "dsplit", "dstack", "einsum", "empty", "empty_like", "empty_strided", "eq", "equal", "erf", "erfc", "erfinv", "error_clear", "error_code", "error_message", "exp", "exp2", "expm1", "eye", "flatten", "flip", "fliplr", "flipud", "float_power", "floor", "floor_divide", "fmax", "fmin", "fmod", "frac", "frexp", "full", "full_like", "gather", "gcd", "ge", "geqrf", "get_autocast_dtype", "get_default_dtype", "get_num_threads", "gt", "heaviside", "histc", "hsplit", "hstack", "hypot", "i0", "imag", "index_add", "index_copy", "index_fill", "index_put", "index_reduce", "index_select", "inner", "inverse", "is_autocast_enabled", "is_complex", "is_floating_point", "is_grad_enabled", "isclose", "isfinite", "isin", "isinf", "isnan", "isneginf", "isposinf", "isreal", "kron", "kthvalue", "lcm", "ldexp", "le", "lerp", "lgamma", "linspace", "live_handles", "log", "log10", "log1p", "log2", "log_softmax", "logaddexp", "logaddexp2", "logcumsumexp", "logdet", "logical_and", "logical_not", "logical_or", "logical_xor", "logit", "logspace", "logsumexp", "lstm", "lt", "lu_solve", "lu_unpack", "manual_seed", "masked_fill", "masked_scatter", "masked_select", "matmul", "matrix_exp", "matrix_power", "max", "maximum", "mean", "median", "meshgrid", "min", "minimum", "mm", "mode", "movedim", "msort", "mul", "multinomial", "mv", "mvlgamma", "nan_to_num", "nanmean", "nanmedian", "nanquantile", "nansum", "narrow", "ne", "neg", "nextafter", "nonzero", "normal", "numel", "ones", "ones_like", "ormqr", "outer", "permute", "pinverse", "polar", "polygamma", "positive", "pow", "prod", "put", "qr", "quantile", "rad2deg", "rand", "rand_like", "randint", "randint_like", "randn", "randn_like", "ravel", "real", "reciprocal", "relu", "remainder", "repeat_interleave", "reshape", "result_type", "roll", "rot90", "round", "rsqrt", "rsub", "scalar_tensor", "scatter", "scatter_add", "scatter_reduce", "searchsorted", "select", "select_scatter", "set_default_dtype", "set_num_threads", "sigmoid", "sign", "signbit", "sin", "sinc", "sinh", "slice_scatter", "slogdet", "softmax", "sort", "split", "split_with_sizes", "sqrt", "square", "squeeze", "stack", "std", "std_mean", "sub", "sum", "svd", "t", "take", "take_along_dim", "tan", "tanh", "tensor_split", "tile", "topk", "torch_version", "trace", "transpose", "trapezoid", "trapz", "triangular_solve", "tril", "tril_indices", "triu", "triu_indices", "true_divide", "trunc", "unbind", "unflatten", "unsqueeze", "var", "var_mean", "vdot", "view_as_complex", "view_as_real", "vsplit", "vstack", "warning_count", "warning_kind", "warning_message", "where", "xlogy", "zero_", "zeros", "zeros_like"]

# The calls into the bridge (torch_sffi._core), bound once at import.
_f_autograd_backward_v2 = _core.rt_torch_autograd_backward_v2
_f_autograd_data = _core.rt_torch_autograd_data
_f_autograd_grad = _core.rt_torch_autograd_grad
_f_autograd_is_grad_enabled = _core.rt_torch_autograd_is_grad_enabled
_f_autograd_requires_grad = _core.rt_torch_autograd_requires_grad
_f_autograd_set_data = _core.rt_torch_autograd_set_data
_f_autograd_set_grad = _core.rt_torch_autograd_set_grad
_f_autograd_set_requires_grad = _core.rt_torch_autograd_set_requires_grad
_f_autograd_zero_grad = _core.rt_torch_autograd_zero_grad
_f_available = _core.rt_torch_available
_f_error_clear = _core.rt_torch_error_clear
_f_error_code = _core.rt_torch_error_code
_f_error_message = _core.rt_torch_error_message
_f_get_autocast_dtype = _core.rt_torch_get_autocast_dtype
_f_get_default_dtype = _core.rt_torch_get_default_dtype
_f_get_num_threads = _core.rt_torch_get_num_threads
_f_is_autocast_enabled = _core.rt_torch_is_autocast_enabled
_f_live_handles = _core.rt_torch_live_handles
_f_manual_seed = _core.rt_torch_manual_seed
_f_set_default_dtype = _core.rt_torch_set_default_dtype
_f_set_num_threads = _core.rt_torch_set_num_threads
_f_tensor_arange_start_step = _core.rt_torch_tensor_arange_start_step
_f_tensor_arange_v2 = _core.rt_torch_tensor_arange_v2
_f_tensor_bitwise_and_scalar_tensor = _core.rt_torch_tensor_bitwise_and_scalar_tensor
_f_tensor_bitwise_left_shift_scalar_tensor = _core.rt_torch_tensor_bitwise_left_shift_scalar_tensor
_f_tensor_bitwise_or_scalar_tensor = _core.rt_torch_tensor_bitwise_or_scalar_tensor
_f_tensor_bitwise_right_shift_scalar_tensor = _core.rt_torch_tensor_bitwise_right_shift_scalar_tensor
_f_tensor_bitwise_xor_scalar_tensor = _core.rt_torch_tensor_bitwise_xor_scalar_tensor
_f_tensor_bucketize_scalar = _core.rt_torch_tensor_bucketize_scalar
_f_tensor_einsum = _core.rt_torch_tensor_einsum
_f_tensor_empty_strided = _core.rt_torch_tensor_empty_strided
_f_tensor_empty_v2 = _core.rt_torch_tensor_empty_v2
_f_tensor_eye_m = _core.rt_torch_tensor_eye_m
_f_tensor_eye_v2 = _core.rt_torch_tensor_eye_v2
_f_tensor_float_power_scalar = _core.rt_torch_tensor_float_power_scalar
_f_tensor_full_v2 = _core.rt_torch_tensor_full_v2
_f_tensor_isin_scalar_tensor = _core.rt_torch_tensor_isin_scalar_tensor
_f_tensor_linspace_scalar_tensor = _core.rt_torch_tensor_linspace_scalar_tensor
_f_tensor_linspace_v2 = _core.rt_torch_tensor_linspace_v2
_f_tensor_logspace = _core.rt_torch_tensor_logspace
_f_tensor_logspace_scalar_tensor = _core.rt_torch_tensor_logspace_scalar_tensor
_f_tensor_normal_float_float = _core.rt_torch_tensor_normal_float_float
_f_tensor_normal_float_tensor = _core.rt_torch_tensor_normal_float_tensor
_f_tensor_ones_v2 = _core.rt_torch_tensor_ones_v2
_f_tensor_polygamma = _core.rt_torch_tensor_polygamma
_f_tensor_pow_scalar = _core.rt_torch_tensor_pow_scalar
_f_tensor_rand_v2 = _core.rt_torch_tensor_rand_v2
_f_tensor_randint = _core.rt_torch_tensor_randint
_f_tensor_randint_low = _core.rt_torch_tensor_randint_low
_f_tensor_randn_v2 = _core.rt_torch_tensor_randn_v2
_f_tensor_remainder_scalar_tensor = _core.rt_torch_tensor_remainder_scalar_tensor
_f_tensor_scalar_tensor = _core.rt_torch_tensor_scalar_tensor
_f_tensor_tril_indices = _core.rt_torch_tensor_tril_indices
_f_tensor_triu_indices = _core.rt_torch_tensor_triu_indices
_f_tensor_xlogy_scalar_self = _core.rt_torch_tensor_xlogy_scalar_self
_f_tensor_zeros_v2 = _core.rt_torch_tensor_zeros_v2
_f_torchtensor_abs = _core.rt_torch_torchtensor_abs
_f_torchtensor_abs_ = _core.rt_torch_torchtensor_abs_
_f_torchtensor_acos = _core.rt_torch_torchtensor_acos
_f_torchtensor_acosh = _core.rt_torch_torchtensor_acosh
_f_torchtensor_add_scalar_v2 = _core.rt_torch_torchtensor_add_scalar_v2
_f_torchtensor_add_scalar_v2_ = _core.rt_torch_torchtensor_add_scalar_v2_
_f_torchtensor_add_tensor = _core.rt_torch_torchtensor_add_tensor
_f_torchtensor_add_tensor_ = _core.rt_torch_torchtensor_add_tensor_
_f_torchtensor_addbmm = _core.rt_torch_torchtensor_addbmm
_f_torchtensor_addcdiv = _core.rt_torch_torchtensor_addcdiv
_f_torchtensor_addcdiv_ = _core.rt_torch_torchtensor_addcdiv_
_f_torchtensor_addcmul = _core.rt_torch_torchtensor_addcmul
_f_torchtensor_addcmul_ = _core.rt_torch_torchtensor_addcmul_
_f_torchtensor_addmm = _core.rt_torch_torchtensor_addmm
_f_torchtensor_addmv = _core.rt_torch_torchtensor_addmv
_f_torchtensor_addr = _core.rt_torch_torchtensor_addr
_f_torchtensor_all_dim = _core.rt_torch_torchtensor_all_dim
_f_torchtensor_all_dims = _core.rt_torch_torchtensor_all_dims
_f_torchtensor_allclose = _core.rt_torch_torchtensor_allclose
_f_torchtensor_amax = _core.rt_torch_torchtensor_amax
_f_torchtensor_amin = _core.rt_torch_torchtensor_amin
_f_torchtensor_aminmax = _core.rt_torch_torchtensor_aminmax
_f_torchtensor_angle = _core.rt_torch_torchtensor_angle
_f_torchtensor_any_dim = _core.rt_torch_torchtensor_any_dim
_f_torchtensor_any_dims = _core.rt_torch_torchtensor_any_dims
_f_torchtensor_argmax_v2 = _core.rt_torch_torchtensor_argmax_v2
_f_torchtensor_argmin_v2 = _core.rt_torch_torchtensor_argmin_v2
_f_torchtensor_argsort = _core.rt_torch_torchtensor_argsort
_f_torchtensor_argsort_stable = _core.rt_torch_torchtensor_argsort_stable
_f_torchtensor_argwhere = _core.rt_torch_torchtensor_argwhere
_f_torchtensor_asin = _core.rt_torch_torchtensor_asin
_f_torchtensor_asinh = _core.rt_torch_torchtensor_asinh
_f_torchtensor_atan = _core.rt_torch_torchtensor_atan
_f_torchtensor_atan2 = _core.rt_torch_torchtensor_atan2
_f_torchtensor_atanh = _core.rt_torch_torchtensor_atanh
_f_torchtensor_atleast_1d = _core.rt_torch_torchtensor_atleast_1d
_f_torchtensor_atleast_1d_sequence = _core.rt_torch_torchtensor_atleast_1d_sequence
_f_torchtensor_atleast_2d = _core.rt_torch_torchtensor_atleast_2d
_f_torchtensor_atleast_2d_sequence = _core.rt_torch_torchtensor_atleast_2d_sequence
_f_torchtensor_atleast_3d = _core.rt_torch_torchtensor_atleast_3d
_f_torchtensor_atleast_3d_sequence = _core.rt_torch_torchtensor_atleast_3d_sequence
_f_torchtensor_baddbmm = _core.rt_torch_torchtensor_baddbmm
_f_torchtensor_bernoulli = _core.rt_torch_torchtensor_bernoulli
_f_torchtensor_bernoulli_p = _core.rt_torch_torchtensor_bernoulli_p
_f_torchtensor_bfloat16 = _core.rt_torch_torchtensor_bfloat16
_f_torchtensor_bincount = _core.rt_torch_torchtensor_bincount
_f_torchtensor_bitwise_and_scalar = _core.rt_torch_torchtensor_bitwise_and_scalar
_f_torchtensor_bitwise_and_scalar_ = _core.rt_torch_torchtensor_bitwise_and_scalar_
_f_torchtensor_bitwise_and_tensor = _core.rt_torch_torchtensor_bitwise_and_tensor
_f_torchtensor_bitwise_and_tensor_ = _core.rt_torch_torchtensor_bitwise_and_tensor_
_f_torchtensor_bitwise_left_shift_tensor = _core.rt_torch_torchtensor_bitwise_left_shift_tensor
_f_torchtensor_bitwise_left_shift_tensor_ = _core.rt_torch_torchtensor_bitwise_left_shift_tensor_
_f_torchtensor_bitwise_left_shift_tensor_scalar = _core.rt_torch_torchtensor_bitwise_left_shift_tensor_scalar
_f_torchtensor_bitwise_left_shift_tensor_scalar_ = _core.rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_
_f_torchtensor_bitwise_not = _core.rt_torch_torchtensor_bitwise_not
_f_torchtensor_bitwise_or_scalar = _core.rt_torch_torchtensor_bitwise_or_scalar
_f_torchtensor_bitwise_or_scalar_ = _core.rt_torch_torchtensor_bitwise_or_scalar_
_f_torchtensor_bitwise_or_tensor = _core.rt_torch_torchtensor_bitwise_or_tensor
_f_torchtensor_bitwise_or_tensor_ = _core.rt_torch_torchtensor_bitwise_or_tensor_
_f_torchtensor_bitwise_right_shift_tensor = _core.rt_torch_torchtensor_bitwise_right_shift_tensor
_f_torchtensor_bitwise_right_shift_tensor_ = _core.rt_torch_torchtensor_bitwise_right_shift_tensor_
_f_torchtensor_bitwise_right_shift_tensor_scalar = _core.rt_torch_torchtensor_bitwise_right_shift_tensor_scalar
_f_torchtensor_bitwise_right_shift_tensor_scalar_ = _core.rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_
_f_torchtensor_bitwise_xor_scalar = _core.rt_torch_torchtensor_bitwise_xor_scalar
_f_torchtensor_bitwise_xor_scalar_ = _core.rt_torch_torchtensor_bitwise_xor_scalar_
_f_torchtensor_bitwise_xor_tensor = _core.rt_torch_torchtensor_bitwise_xor_tensor
_f_torchtensor_bitwise_xor_tensor_ = _core.rt_torch_torchtensor_bitwise_xor_tensor_
_f_torchtensor_bmm = _core.rt_torch_torchtensor_bmm
_f_torchtensor_bool = _core.rt_torch_torchtensor_bool
_f_torchtensor_broadcast_to = _core.rt_torch_torchtensor_broadcast_to
_f_torchtensor_bucketize_tensor = _core.rt_torch_torchtensor_bucketize_tensor
_f_torchtensor_byte = _core.rt_torch_torchtensor_byte
_f_torchtensor_cat = _core.rt_torch_torchtensor_cat
_f_torchtensor_cdist = _core.rt_torch_torchtensor_cdist
_f_torchtensor_ceil = _core.rt_torch_torchtensor_ceil
_f_torchtensor_char = _core.rt_torch_torchtensor_char
_f_torchtensor_cholesky = _core.rt_torch_torchtensor_cholesky
_f_torchtensor_cholesky_inverse = _core.rt_torch_torchtensor_cholesky_inverse
_f_torchtensor_cholesky_solve = _core.rt_torch_torchtensor_cholesky_solve
_f_torchtensor_chunk = _core.rt_torch_torchtensor_chunk
_f_torchtensor_clamp = _core.rt_torch_torchtensor_clamp
_f_torchtensor_clamp_ = _core.rt_torch_torchtensor_clamp_
_f_torchtensor_clamp_max = _core.rt_torch_torchtensor_clamp_max
_f_torchtensor_clamp_max_tensor = _core.rt_torch_torchtensor_clamp_max_tensor
_f_torchtensor_clamp_min = _core.rt_torch_torchtensor_clamp_min
_f_torchtensor_clamp_min_tensor = _core.rt_torch_torchtensor_clamp_min_tensor
_f_torchtensor_clamp_tensor = _core.rt_torch_torchtensor_clamp_tensor
_f_torchtensor_clamp_tensor_ = _core.rt_torch_torchtensor_clamp_tensor_
_f_torchtensor_clone_v2 = _core.rt_torch_torchtensor_clone_v2
_f_torchtensor_column_stack = _core.rt_torch_torchtensor_column_stack
_f_torchtensor_complex = _core.rt_torch_torchtensor_complex
_f_torchtensor_conj_physical = _core.rt_torch_torchtensor_conj_physical
_f_torchtensor_contiguous_v2 = _core.rt_torch_torchtensor_contiguous_v2
_f_torchtensor_copy_ = _core.rt_torch_torchtensor_copy_
_f_torchtensor_copysign_scalar = _core.rt_torch_torchtensor_copysign_scalar
_f_torchtensor_copysign_tensor = _core.rt_torch_torchtensor_copysign_tensor
_f_torchtensor_corrcoef = _core.rt_torch_torchtensor_corrcoef
_f_torchtensor_cos = _core.rt_torch_torchtensor_cos
_f_torchtensor_cosh = _core.rt_torch_torchtensor_cosh
_f_torchtensor_count_nonzero = _core.rt_torch_torchtensor_count_nonzero
_f_torchtensor_count_nonzero_dim_intlist = _core.rt_torch_torchtensor_count_nonzero_dim_intlist
_f_torchtensor_cov = _core.rt_torch_torchtensor_cov
_f_torchtensor_cross = _core.rt_torch_torchtensor_cross
_f_torchtensor_cuda = _core.rt_torch_torchtensor_cuda
_f_torchtensor_cummax = _core.rt_torch_torchtensor_cummax
_f_torchtensor_cummin = _core.rt_torch_torchtensor_cummin
_f_torchtensor_cumprod = _core.rt_torch_torchtensor_cumprod
_f_torchtensor_cumsum = _core.rt_torch_torchtensor_cumsum
_f_torchtensor_cumulative_trapezoid_dx = _core.rt_torch_torchtensor_cumulative_trapezoid_dx
_f_torchtensor_cumulative_trapezoid_x = _core.rt_torch_torchtensor_cumulative_trapezoid_x
_f_torchtensor_deg2rad = _core.rt_torch_torchtensor_deg2rad
_f_torchtensor_diag = _core.rt_torch_torchtensor_diag
_f_torchtensor_diag_embed = _core.rt_torch_torchtensor_diag_embed
_f_torchtensor_diagflat = _core.rt_torch_torchtensor_diagflat
_f_torchtensor_diagonal = _core.rt_torch_torchtensor_diagonal
_f_torchtensor_diagonal_scatter = _core.rt_torch_torchtensor_diagonal_scatter
_f_torchtensor_diff = _core.rt_torch_torchtensor_diff
_f_torchtensor_digamma = _core.rt_torch_torchtensor_digamma
_f_torchtensor_dist = _core.rt_torch_torchtensor_dist
_f_torchtensor_div_scalar_ = _core.rt_torch_torchtensor_div_scalar_
_f_torchtensor_div_scalar_mode = _core.rt_torch_torchtensor_div_scalar_mode
_f_torchtensor_div_scalar_mode_ = _core.rt_torch_torchtensor_div_scalar_mode_
_f_torchtensor_div_tensor_ = _core.rt_torch_torchtensor_div_tensor_
_f_torchtensor_div_tensor_mode = _core.rt_torch_torchtensor_div_tensor_mode
_f_torchtensor_div_tensor_mode_ = _core.rt_torch_torchtensor_div_tensor_mode_
_f_torchtensor_dot = _core.rt_torch_torchtensor_dot
_f_torchtensor_double = _core.rt_torch_torchtensor_double
_f_torchtensor_dsplit_array = _core.rt_torch_torchtensor_dsplit_array
_f_torchtensor_dsplit_int = _core.rt_torch_torchtensor_dsplit_int
_f_torchtensor_dstack = _core.rt_torch_torchtensor_dstack
_f_torchtensor_empty_like = _core.rt_torch_torchtensor_empty_like
_f_torchtensor_eq_scalar = _core.rt_torch_torchtensor_eq_scalar
_f_torchtensor_eq_tensor = _core.rt_torch_torchtensor_eq_tensor
_f_torchtensor_equal = _core.rt_torch_torchtensor_equal
_f_torchtensor_erf = _core.rt_torch_torchtensor_erf
_f_torchtensor_erfc = _core.rt_torch_torchtensor_erfc
_f_torchtensor_erfinv = _core.rt_torch_torchtensor_erfinv
_f_torchtensor_exp = _core.rt_torch_torchtensor_exp
_f_torchtensor_exp2 = _core.rt_torch_torchtensor_exp2
_f_torchtensor_exp_ = _core.rt_torch_torchtensor_exp_
_f_torchtensor_expand = _core.rt_torch_torchtensor_expand
_f_torchtensor_expand_as = _core.rt_torch_torchtensor_expand_as
_f_torchtensor_expm1 = _core.rt_torch_torchtensor_expm1
_f_torchtensor_fill_scalar_ = _core.rt_torch_torchtensor_fill_scalar_
_f_torchtensor_fill_tensor_ = _core.rt_torch_torchtensor_fill_tensor_
_f_torchtensor_flatten_using_ints = _core.rt_torch_torchtensor_flatten_using_ints
_f_torchtensor_flip = _core.rt_torch_torchtensor_flip
_f_torchtensor_fliplr = _core.rt_torch_torchtensor_fliplr
_f_torchtensor_flipud = _core.rt_torch_torchtensor_flipud
_f_torchtensor_float = _core.rt_torch_torchtensor_float
_f_torchtensor_float_power_tensor_scalar = _core.rt_torch_torchtensor_float_power_tensor_scalar
_f_torchtensor_float_power_tensor_tensor = _core.rt_torch_torchtensor_float_power_tensor_tensor
_f_torchtensor_floor = _core.rt_torch_torchtensor_floor
_f_torchtensor_floor_divide = _core.rt_torch_torchtensor_floor_divide
_f_torchtensor_floor_divide_scalar = _core.rt_torch_torchtensor_floor_divide_scalar
_f_torchtensor_floor_divide_scalar_ = _core.rt_torch_torchtensor_floor_divide_scalar_
_f_torchtensor_floor_divide_tensor_ = _core.rt_torch_torchtensor_floor_divide_tensor_
_f_torchtensor_fmax = _core.rt_torch_torchtensor_fmax
_f_torchtensor_fmin = _core.rt_torch_torchtensor_fmin
_f_torchtensor_fmod_scalar = _core.rt_torch_torchtensor_fmod_scalar
_f_torchtensor_fmod_tensor = _core.rt_torch_torchtensor_fmod_tensor
_f_torchtensor_frac = _core.rt_torch_torchtensor_frac
_f_torchtensor_free = _core.rt_torch_torchtensor_free
_f_torchtensor_frexp_tensor = _core.rt_torch_torchtensor_frexp_tensor
_f_torchtensor_full_like = _core.rt_torch_torchtensor_full_like
_f_torchtensor_gather = _core.rt_torch_torchtensor_gather
_f_torchtensor_gcd = _core.rt_torch_torchtensor_gcd
_f_torchtensor_ge_scalar = _core.rt_torch_torchtensor_ge_scalar
_f_torchtensor_ge_tensor = _core.rt_torch_torchtensor_ge_tensor
_f_torchtensor_geqrf = _core.rt_torch_torchtensor_geqrf
_f_torchtensor_gt_scalar = _core.rt_torch_torchtensor_gt_scalar
_f_torchtensor_gt_tensor = _core.rt_torch_torchtensor_gt_tensor
_f_torchtensor_half = _core.rt_torch_torchtensor_half
_f_torchtensor_heaviside = _core.rt_torch_torchtensor_heaviside
_f_torchtensor_histc = _core.rt_torch_torchtensor_histc
_f_torchtensor_hsplit_array = _core.rt_torch_torchtensor_hsplit_array
_f_torchtensor_hsplit_int = _core.rt_torch_torchtensor_hsplit_int
_f_torchtensor_hstack = _core.rt_torch_torchtensor_hstack
_f_torchtensor_hypot = _core.rt_torch_torchtensor_hypot
_f_torchtensor_i0 = _core.rt_torch_torchtensor_i0
_f_torchtensor_imag = _core.rt_torch_torchtensor_imag
_f_torchtensor_index_add = _core.rt_torch_torchtensor_index_add
_f_torchtensor_index_copy = _core.rt_torch_torchtensor_index_copy
_f_torchtensor_index_fill_int_scalar = _core.rt_torch_torchtensor_index_fill_int_scalar
_f_torchtensor_index_fill_int_tensor = _core.rt_torch_torchtensor_index_fill_int_tensor
_f_torchtensor_index_put = _core.rt_torch_torchtensor_index_put
_f_torchtensor_index_put_ = _core.rt_torch_torchtensor_index_put_
_f_torchtensor_index_reduce = _core.rt_torch_torchtensor_index_reduce
_f_torchtensor_index_select = _core.rt_torch_torchtensor_index_select
_f_torchtensor_inner = _core.rt_torch_torchtensor_inner
_f_torchtensor_int = _core.rt_torch_torchtensor_int
_f_torchtensor_inverse = _core.rt_torch_torchtensor_inverse
_f_torchtensor_is_complex = _core.rt_torch_torchtensor_is_complex
_f_torchtensor_is_contiguous = _core.rt_torch_torchtensor_is_contiguous
_f_torchtensor_is_floating_point = _core.rt_torch_torchtensor_is_floating_point
_f_torchtensor_isclose = _core.rt_torch_torchtensor_isclose
_f_torchtensor_isfinite = _core.rt_torch_torchtensor_isfinite
_f_torchtensor_isin_tensor_scalar = _core.rt_torch_torchtensor_isin_tensor_scalar
_f_torchtensor_isin_tensor_tensor = _core.rt_torch_torchtensor_isin_tensor_tensor
_f_torchtensor_isinf = _core.rt_torch_torchtensor_isinf
_f_torchtensor_isnan = _core.rt_torch_torchtensor_isnan
_f_torchtensor_isneginf = _core.rt_torch_torchtensor_isneginf
_f_torchtensor_isposinf = _core.rt_torch_torchtensor_isposinf
_f_torchtensor_isreal = _core.rt_torch_torchtensor_isreal
_f_torchtensor_kron = _core.rt_torch_torchtensor_kron
_f_torchtensor_kthvalue = _core.rt_torch_torchtensor_kthvalue
_f_torchtensor_lcm = _core.rt_torch_torchtensor_lcm
_f_torchtensor_ldexp_tensor = _core.rt_torch_torchtensor_ldexp_tensor
_f_torchtensor_le_scalar = _core.rt_torch_torchtensor_le_scalar
_f_torchtensor_le_tensor = _core.rt_torch_torchtensor_le_tensor
_f_torchtensor_lerp_ = _core.rt_torch_torchtensor_lerp_
_f_torchtensor_lerp_scalar = _core.rt_torch_torchtensor_lerp_scalar
_f_torchtensor_lerp_tensor = _core.rt_torch_torchtensor_lerp_tensor
_f_torchtensor_lgamma = _core.rt_torch_torchtensor_lgamma
_f_torchtensor_linalg_det = _core.rt_torch_torchtensor_linalg_det
_f_torchtensor_linalg_matrix_power = _core.rt_torch_torchtensor_linalg_matrix_power
_f_torchtensor_linalg_slogdet = _core.rt_torch_torchtensor_linalg_slogdet
_f_torchtensor_linspace_tensor_scalar = _core.rt_torch_torchtensor_linspace_tensor_scalar
_f_torchtensor_linspace_tensor_tensor = _core.rt_torch_torchtensor_linspace_tensor_tensor
_f_torchtensor_log = _core.rt_torch_torchtensor_log
_f_torchtensor_log10 = _core.rt_torch_torchtensor_log10
_f_torchtensor_log1p = _core.rt_torch_torchtensor_log1p
_f_torchtensor_log2 = _core.rt_torch_torchtensor_log2
_f_torchtensor_log_ = _core.rt_torch_torchtensor_log_
_f_torchtensor_log_softmax_int = _core.rt_torch_torchtensor_log_softmax_int
_f_torchtensor_logaddexp = _core.rt_torch_torchtensor_logaddexp
_f_torchtensor_logaddexp2 = _core.rt_torch_torchtensor_logaddexp2
_f_torchtensor_logcumsumexp = _core.rt_torch_torchtensor_logcumsumexp
_f_torchtensor_logdet = _core.rt_torch_torchtensor_logdet
_f_torchtensor_logical_and = _core.rt_torch_torchtensor_logical_and
_f_torchtensor_logical_not = _core.rt_torch_torchtensor_logical_not
_f_torchtensor_logical_or = _core.rt_torch_torchtensor_logical_or
_f_torchtensor_logical_xor = _core.rt_torch_torchtensor_logical_xor
_f_torchtensor_logit = _core.rt_torch_torchtensor_logit
_f_torchtensor_logspace_tensor_scalar = _core.rt_torch_torchtensor_logspace_tensor_scalar
_f_torchtensor_logspace_tensor_tensor = _core.rt_torch_torchtensor_logspace_tensor_tensor
_f_torchtensor_logsumexp = _core.rt_torch_torchtensor_logsumexp
_f_torchtensor_long = _core.rt_torch_torchtensor_long
_f_torchtensor_lstm_input = _core.rt_torch_torchtensor_lstm_input
_f_torchtensor_lt_scalar = _core.rt_torch_torchtensor_lt_scalar
_f_torchtensor_lt_tensor = _core.rt_torch_torchtensor_lt_tensor
_f_torchtensor_lu_solve = _core.rt_torch_torchtensor_lu_solve
_f_torchtensor_lu_unpack = _core.rt_torch_torchtensor_lu_unpack
_f_torchtensor_masked_fill_scalar = _core.rt_torch_torchtensor_masked_fill_scalar
_f_torchtensor_masked_fill_scalar_ = _core.rt_torch_torchtensor_masked_fill_scalar_
_f_torchtensor_masked_fill_tensor = _core.rt_torch_torchtensor_masked_fill_tensor
_f_torchtensor_masked_fill_tensor_ = _core.rt_torch_torchtensor_masked_fill_tensor_
_f_torchtensor_masked_scatter = _core.rt_torch_torchtensor_masked_scatter
_f_torchtensor_masked_select = _core.rt_torch_torchtensor_masked_select
_f_torchtensor_matmul = _core.rt_torch_torchtensor_matmul
_f_torchtensor_matrix_exp = _core.rt_torch_torchtensor_matrix_exp
_f_torchtensor_max_all = _core.rt_torch_torchtensor_max_all
_f_torchtensor_max_dim_v2 = _core.rt_torch_torchtensor_max_dim_v2
_f_torchtensor_max_other = _core.rt_torch_torchtensor_max_other
_f_torchtensor_maximum = _core.rt_torch_torchtensor_maximum
_f_torchtensor_mean_dim_v2 = _core.rt_torch_torchtensor_mean_dim_v2
_f_torchtensor_median = _core.rt_torch_torchtensor_median
_f_torchtensor_median_dim = _core.rt_torch_torchtensor_median_dim
_f_torchtensor_meshgrid = _core.rt_torch_torchtensor_meshgrid
_f_torchtensor_meshgrid_indexing = _core.rt_torch_torchtensor_meshgrid_indexing
_f_torchtensor_min_all = _core.rt_torch_torchtensor_min_all
_f_torchtensor_min_dim_v2 = _core.rt_torch_torchtensor_min_dim_v2
_f_torchtensor_min_other = _core.rt_torch_torchtensor_min_other
_f_torchtensor_minimum = _core.rt_torch_torchtensor_minimum
_f_torchtensor_mm = _core.rt_torch_torchtensor_mm
_f_torchtensor_mode = _core.rt_torch_torchtensor_mode
_f_torchtensor_movedim_intlist = _core.rt_torch_torchtensor_movedim_intlist
_f_torchtensor_msort = _core.rt_torch_torchtensor_msort
_f_torchtensor_mul_ = _core.rt_torch_torchtensor_mul_
_f_torchtensor_mul_scalar_v2 = _core.rt_torch_torchtensor_mul_scalar_v2
_f_torchtensor_mul_scalar_v2_ = _core.rt_torch_torchtensor_mul_scalar_v2_
_f_torchtensor_mul_tensor = _core.rt_torch_torchtensor_mul_tensor
_f_torchtensor_multinomial = _core.rt_torch_torchtensor_multinomial
_f_torchtensor_mv = _core.rt_torch_torchtensor_mv
_f_torchtensor_mvlgamma = _core.rt_torch_torchtensor_mvlgamma
_f_torchtensor_nan_to_num = _core.rt_torch_torchtensor_nan_to_num
_f_torchtensor_nanmean = _core.rt_torch_torchtensor_nanmean
_f_torchtensor_nanmedian = _core.rt_torch_torchtensor_nanmedian
_f_torchtensor_nanmedian_dim = _core.rt_torch_torchtensor_nanmedian_dim
_f_torchtensor_nanquantile = _core.rt_torch_torchtensor_nanquantile
_f_torchtensor_nanquantile_scalar = _core.rt_torch_torchtensor_nanquantile_scalar
_f_torchtensor_nansum = _core.rt_torch_torchtensor_nansum
_f_torchtensor_narrow = _core.rt_torch_torchtensor_narrow
_f_torchtensor_narrow_tensor = _core.rt_torch_torchtensor_narrow_tensor
_f_torchtensor_ne_scalar = _core.rt_torch_torchtensor_ne_scalar
_f_torchtensor_ne_tensor = _core.rt_torch_torchtensor_ne_tensor
_f_torchtensor_neg = _core.rt_torch_torchtensor_neg
_f_torchtensor_neg_ = _core.rt_torch_torchtensor_neg_
_f_torchtensor_new_empty = _core.rt_torch_torchtensor_new_empty
_f_torchtensor_new_full = _core.rt_torch_torchtensor_new_full
_f_torchtensor_new_ones = _core.rt_torch_torchtensor_new_ones
_f_torchtensor_new_zeros = _core.rt_torch_torchtensor_new_zeros
_f_torchtensor_nextafter = _core.rt_torch_torchtensor_nextafter
_f_torchtensor_nonzero = _core.rt_torch_torchtensor_nonzero
_f_torchtensor_nonzero_numpy = _core.rt_torch_torchtensor_nonzero_numpy
_f_torchtensor_normal_ = _core.rt_torch_torchtensor_normal_
_f_torchtensor_normal_tensor_float = _core.rt_torch_torchtensor_normal_tensor_float
_f_torchtensor_normal_tensor_tensor = _core.rt_torch_torchtensor_normal_tensor_tensor
_f_torchtensor_numel = _core.rt_torch_torchtensor_numel
_f_torchtensor_ones_like = _core.rt_torch_torchtensor_ones_like
_f_torchtensor_ormqr = _core.rt_torch_torchtensor_ormqr
_f_torchtensor_outer = _core.rt_torch_torchtensor_outer
_f_torchtensor_permute = _core.rt_torch_torchtensor_permute
_f_torchtensor_pinverse = _core.rt_torch_torchtensor_pinverse
_f_torchtensor_polar = _core.rt_torch_torchtensor_polar
_f_torchtensor_positive = _core.rt_torch_torchtensor_positive
_f_torchtensor_pow_scalar_ = _core.rt_torch_torchtensor_pow_scalar_
_f_torchtensor_pow_tensor_ = _core.rt_torch_torchtensor_pow_tensor_
_f_torchtensor_pow_tensor_scalar = _core.rt_torch_torchtensor_pow_tensor_scalar
_f_torchtensor_pow_tensor_tensor = _core.rt_torch_torchtensor_pow_tensor_tensor
_f_torchtensor_prod = _core.rt_torch_torchtensor_prod
_f_torchtensor_prod_dim_int = _core.rt_torch_torchtensor_prod_dim_int
_f_torchtensor_put = _core.rt_torch_torchtensor_put
_f_torchtensor_qr = _core.rt_torch_torchtensor_qr
_f_torchtensor_quantile = _core.rt_torch_torchtensor_quantile
_f_torchtensor_quantile_scalar = _core.rt_torch_torchtensor_quantile_scalar
_f_torchtensor_rad2deg = _core.rt_torch_torchtensor_rad2deg
_f_torchtensor_rand_like = _core.rt_torch_torchtensor_rand_like
_f_torchtensor_randint_like = _core.rt_torch_torchtensor_randint_like
_f_torchtensor_randint_like_low_dtype = _core.rt_torch_torchtensor_randint_like_low_dtype
_f_torchtensor_randn_like = _core.rt_torch_torchtensor_randn_like
_f_torchtensor_ravel = _core.rt_torch_torchtensor_ravel
_f_torchtensor_real = _core.rt_torch_torchtensor_real
_f_torchtensor_reciprocal = _core.rt_torch_torchtensor_reciprocal
_f_torchtensor_relu = _core.rt_torch_torchtensor_relu
_f_torchtensor_remainder_scalar = _core.rt_torch_torchtensor_remainder_scalar
_f_torchtensor_remainder_scalar_ = _core.rt_torch_torchtensor_remainder_scalar_
_f_torchtensor_remainder_tensor = _core.rt_torch_torchtensor_remainder_tensor
_f_torchtensor_remainder_tensor_ = _core.rt_torch_torchtensor_remainder_tensor_
_f_torchtensor_repeat = _core.rt_torch_torchtensor_repeat
_f_torchtensor_repeat_interleave_self_int = _core.rt_torch_torchtensor_repeat_interleave_self_int
_f_torchtensor_repeat_interleave_self_tensor = _core.rt_torch_torchtensor_repeat_interleave_self_tensor
_f_torchtensor_repeat_interleave_tensor = _core.rt_torch_torchtensor_repeat_interleave_tensor
_f_torchtensor_reshape = _core.rt_torch_torchtensor_reshape
_f_torchtensor_reshape_as = _core.rt_torch_torchtensor_reshape_as
_f_torchtensor_result_type_scalar = _core.rt_torch_torchtensor_result_type_scalar
_f_torchtensor_result_type_tensor = _core.rt_torch_torchtensor_result_type_tensor
_f_torchtensor_roll = _core.rt_torch_torchtensor_roll
_f_torchtensor_rot90 = _core.rt_torch_torchtensor_rot90
_f_torchtensor_round = _core.rt_torch_torchtensor_round
_f_torchtensor_round_decimals = _core.rt_torch_torchtensor_round_decimals
_f_torchtensor_rsqrt = _core.rt_torch_torchtensor_rsqrt
_f_torchtensor_rsub_scalar = _core.rt_torch_torchtensor_rsub_scalar
_f_torchtensor_rsub_tensor = _core.rt_torch_torchtensor_rsub_tensor
_f_torchtensor_scatter_add = _core.rt_torch_torchtensor_scatter_add
_f_torchtensor_scatter_reduce = _core.rt_torch_torchtensor_scatter_reduce
_f_torchtensor_scatter_reduce_two = _core.rt_torch_torchtensor_scatter_reduce_two
_f_torchtensor_scatter_src = _core.rt_torch_torchtensor_scatter_src
_f_torchtensor_scatter_value = _core.rt_torch_torchtensor_scatter_value
_f_torchtensor_scatter_value_reduce = _core.rt_torch_torchtensor_scatter_value_reduce
_f_torchtensor_searchsorted_scalar = _core.rt_torch_torchtensor_searchsorted_scalar
_f_torchtensor_searchsorted_tensor = _core.rt_torch_torchtensor_searchsorted_tensor
_f_torchtensor_select_int = _core.rt_torch_torchtensor_select_int
_f_torchtensor_select_scatter = _core.rt_torch_torchtensor_select_scatter
_f_torchtensor_shape = _core.rt_torch_torchtensor_shape
_f_torchtensor_short = _core.rt_torch_torchtensor_short
_f_torchtensor_sigmoid = _core.rt_torch_torchtensor_sigmoid
_f_torchtensor_sign = _core.rt_torch_torchtensor_sign
_f_torchtensor_signbit = _core.rt_torch_torchtensor_signbit
_f_torchtensor_sin = _core.rt_torch_torchtensor_sin
_f_torchtensor_sinc = _core.rt_torch_torchtensor_sinc
_f_torchtensor_sinh = _core.rt_torch_torchtensor_sinh
_f_torchtensor_size_dim = _core.rt_torch_torchtensor_size_dim
_f_torchtensor_slice_scatter = _core.rt_torch_torchtensor_slice_scatter
_f_torchtensor_softmax_int = _core.rt_torch_torchtensor_softmax_int
_f_torchtensor_sort = _core.rt_torch_torchtensor_sort
_f_torchtensor_sort_stable = _core.rt_torch_torchtensor_sort_stable
_f_torchtensor_split_sizes = _core.rt_torch_torchtensor_split_sizes
_f_torchtensor_split_tensor = _core.rt_torch_torchtensor_split_tensor
_f_torchtensor_split_with_sizes = _core.rt_torch_torchtensor_split_with_sizes
_f_torchtensor_sqrt = _core.rt_torch_torchtensor_sqrt
_f_torchtensor_sqrt_ = _core.rt_torch_torchtensor_sqrt_
_f_torchtensor_square = _core.rt_torch_torchtensor_square
_f_torchtensor_squeeze = _core.rt_torch_torchtensor_squeeze
_f_torchtensor_squeeze_dim = _core.rt_torch_torchtensor_squeeze_dim
_f_torchtensor_squeeze_dims = _core.rt_torch_torchtensor_squeeze_dims
_f_torchtensor_stack = _core.rt_torch_torchtensor_stack
_f_torchtensor_std_correction = _core.rt_torch_torchtensor_std_correction
_f_torchtensor_std_dim = _core.rt_torch_torchtensor_std_dim
_f_torchtensor_std_mean = _core.rt_torch_torchtensor_std_mean
_f_torchtensor_std_mean_correction = _core.rt_torch_torchtensor_std_mean_correction
_f_torchtensor_std_mean_dim = _core.rt_torch_torchtensor_std_mean_dim
_f_torchtensor_std_v2 = _core.rt_torch_torchtensor_std_v2
_f_torchtensor_stride = _core.rt_torch_torchtensor_stride
_f_torchtensor_stride_int = _core.rt_torch_torchtensor_stride_int
_f_torchtensor_sub_scalar = _core.rt_torch_torchtensor_sub_scalar
_f_torchtensor_sub_scalar_ = _core.rt_torch_torchtensor_sub_scalar_
_f_torchtensor_sub_tensor = _core.rt_torch_torchtensor_sub_tensor
_f_torchtensor_sub_tensor_ = _core.rt_torch_torchtensor_sub_tensor_
_f_torchtensor_sum_dim_intlist = _core.rt_torch_torchtensor_sum_dim_intlist
_f_torchtensor_svd_v2 = _core.rt_torch_torchtensor_svd_v2
_f_torchtensor_t = _core.rt_torch_torchtensor_t
_f_torchtensor_take = _core.rt_torch_torchtensor_take
_f_torchtensor_take_along_dim = _core.rt_torch_torchtensor_take_along_dim
_f_torchtensor_tan = _core.rt_torch_torchtensor_tan
_f_torchtensor_tanh = _core.rt_torch_torchtensor_tanh
_f_torchtensor_tensor_split_indices = _core.rt_torch_torchtensor_tensor_split_indices
_f_torchtensor_tensor_split_sections = _core.rt_torch_torchtensor_tensor_split_sections
_f_torchtensor_tensor_split_tensor_indices_or_sections = _core.rt_torch_torchtensor_tensor_split_tensor_indices_or_sections
_f_torchtensor_tile = _core.rt_torch_torchtensor_tile
_f_torchtensor_to_device = _core.rt_torch_torchtensor_to_device
_f_torchtensor_to_dtype_layout = _core.rt_torch_torchtensor_to_dtype_layout
_f_torchtensor_to_dtype_v2 = _core.rt_torch_torchtensor_to_dtype_v2
_f_torchtensor_to_other = _core.rt_torch_torchtensor_to_other
_f_torchtensor_to_stream_v2 = _core.rt_torch_torchtensor_to_stream_v2
_f_torchtensor_topk = _core.rt_torch_torchtensor_topk
_f_torchtensor_trace = _core.rt_torch_torchtensor_trace
_f_torchtensor_transpose = _core.rt_torch_torchtensor_transpose
_f_torchtensor_trapezoid_dx = _core.rt_torch_torchtensor_trapezoid_dx
_f_torchtensor_trapezoid_x = _core.rt_torch_torchtensor_trapezoid_x
_f_torchtensor_trapz_dx = _core.rt_torch_torchtensor_trapz_dx
_f_torchtensor_trapz_x = _core.rt_torch_torchtensor_trapz_x
_f_torchtensor_triangular_solve = _core.rt_torch_torchtensor_triangular_solve
_f_torchtensor_tril = _core.rt_torch_torchtensor_tril
_f_torchtensor_triu = _core.rt_torch_torchtensor_triu
_f_torchtensor_true_divide_scalar = _core.rt_torch_torchtensor_true_divide_scalar
_f_torchtensor_true_divide_tensor = _core.rt_torch_torchtensor_true_divide_tensor
_f_torchtensor_trunc = _core.rt_torch_torchtensor_trunc
_f_torchtensor_type_as = _core.rt_torch_torchtensor_type_as
_f_torchtensor_unbind_int = _core.rt_torch_torchtensor_unbind_int
_f_torchtensor_unflatten_int = _core.rt_torch_torchtensor_unflatten_int
_f_torchtensor_unfold = _core.rt_torch_torchtensor_unfold
_f_torchtensor_uniform_ = _core.rt_torch_torchtensor_uniform_
_f_torchtensor_unsqueeze = _core.rt_torch_torchtensor_unsqueeze
_f_torchtensor_var_correction = _core.rt_torch_torchtensor_var_correction
_f_torchtensor_var_dim = _core.rt_torch_torchtensor_var_dim
_f_torchtensor_var_mean = _core.rt_torch_torchtensor_var_mean
_f_torchtensor_var_mean_correction = _core.rt_torch_torchtensor_var_mean_correction
_f_torchtensor_var_mean_dim = _core.rt_torch_torchtensor_var_mean_dim
_f_torchtensor_var_v2 = _core.rt_torch_torchtensor_var_v2
_f_torchtensor_vdot = _core.rt_torch_torchtensor_vdot
_f_torchtensor_view_as = _core.rt_torch_torchtensor_view_as
_f_torchtensor_view_as_complex = _core.rt_torch_torchtensor_view_as_complex
_f_torchtensor_view_as_real = _core.rt_torch_torchtensor_view_as_real
_f_torchtensor_view_v2 = _core.rt_torch_torchtensor_view_v2
_f_torchtensor_vsplit_array = _core.rt_torch_torchtensor_vsplit_array
_f_torchtensor_vsplit_int = _core.rt_torch_torchtensor_vsplit_int
_f_torchtensor_vstack = _core.rt_torch_torchtensor_vstack
_f_torchtensor_where_scalar = _core.rt_torch_torchtensor_where_scalar
_f_torchtensor_where_scalarother = _core.rt_torch_torchtensor_where_scalarother
_f_torchtensor_where_scalarself = _core.rt_torch_torchtensor_where_scalarself
_f_torchtensor_where_self = _core.rt_torch_torchtensor_where_self
_f_torchtensor_xlogy_scalar_other = _core.rt_torch_torchtensor_xlogy_scalar_other
_f_torchtensor_xlogy_tensor = _core.rt_torch_torchtensor_xlogy_tensor
_f_torchtensor_zero_ = _core.rt_torch_torchtensor_zero_
_f_torchtensor_zeros_like = _core.rt_torch_torchtensor_zeros_like
_f_version = _core.rt_torch_version
_f_warning_count = _core.rt_torch_warning_count
_f_warning_kind = _core.rt_torch_warning_kind
_f_warning_message = _core.rt_torch_warning_message

# The forms of overloaded functions, as _runtime.match reads them.
_FORM_TENSOR_SIZE_0: _FormInfo = _form_info(())
_FORM_TENSOR_SIZE_1: _FormInfo = _form_info((("dim", "int", False, False, False),))
_FORM_TORCH_SFFI_SQUEEZE_0: _FormInfo = _form_info((("input", "Tensor", False, False, False),))
_FORM_TORCH_SFFI_SQUEEZE_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int", False, False, False)))
_FORM_TORCH_SFFI_SQUEEZE_2: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int[]", False, False, False)))
_FORM_TENSOR_SQUEEZE_0: _FormInfo = _form_info(())
_FORM_TENSOR_SQUEEZE_1: _FormInfo = _form_info((("dim", "int", False, False, False),))
_FORM_TENSOR_SQUEEZE_2: _FormInfo = _form_info((("dim", "int[]", False, False, True),))
_FORM_TENSOR_STRIDE_0: _FormInfo = _form_info(())
_FORM_TENSOR_STRIDE_1: _FormInfo = _form_info((("dim", "int", False, False, False),))
_FORM_TORCH_SFFI_MAX_0: _FormInfo = _form_info((("input", "Tensor", False, False, False),))
_FORM_TORCH_SFFI_MAX_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int", False, False, False), ("keepdim", "bool", True, False, False)))
_FORM_TORCH_SFFI_MAX_2: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TENSOR_MAX_0: _FormInfo = _form_info(())
_FORM_TENSOR_MAX_1: _FormInfo = _form_info((("dim", "int", False, False, False), ("keepdim", "bool", True, False, False)))
_FORM_TENSOR_MAX_2: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TORCH_SFFI_MIN_0: _FormInfo = _form_info((("input", "Tensor", False, False, False),))
_FORM_TORCH_SFFI_MIN_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int", False, False, False), ("keepdim", "bool", True, False, False)))
_FORM_TORCH_SFFI_MIN_2: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TENSOR_MIN_0: _FormInfo = _form_info(())
_FORM_TENSOR_MIN_1: _FormInfo = _form_info((("dim", "int", False, False, False), ("keepdim", "bool", True, False, False)))
_FORM_TENSOR_MIN_2: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_ADD__0: _FormInfo = _form_info((("other", "Tensor", False, False, False), ("alpha", "Scalar", True, True, False)))
_FORM_TENSOR_ADD__1: _FormInfo = _form_info((("other", "Scalar", False, False, False), ("alpha", "Scalar", True, True, False)))
_FORM_TENSOR_MUL__0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_MUL__1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TORCH_SFFI_ARANGE_0: _FormInfo = _form_info((("end", "Scalar", False, False, False), ("dtype", "ScalarType?", True, True, False), ("device", "Device?", True, True, False), ("requires_grad", "bool", True, True, False)))
_FORM_TORCH_SFFI_ARANGE_1: _FormInfo = _form_info((("start", "Scalar", False, False, False), ("end", "Scalar", False, False, False), ("step", "Scalar", True, False, False), ("dtype", "ScalarType?", True, True, False), ("device", "Device?", True, True, False), ("requires_grad", "bool", True, True, False)))
_FORM_TORCH_SFFI_LINSPACE_0: _FormInfo = _form_info((("start", "Scalar", False, False, False), ("end", "Scalar", False, False, False), ("steps", "int", False, False, False), ("dtype", "ScalarType?", True, True, False), ("device", "Device?", True, True, False), ("requires_grad", "bool", True, True, False)))
_FORM_TORCH_SFFI_LINSPACE_1: _FormInfo = _form_info((("start", "Tensor", False, False, False), ("end", "Tensor", False, False, False), ("steps", "int", False, False, False), ("dtype", "ScalarType?", True, True, False), ("device", "Device?", True, True, False)))
_FORM_TORCH_SFFI_LINSPACE_2: _FormInfo = _form_info((("start", "Tensor", False, False, False), ("end", "Scalar", False, False, False), ("steps", "int", False, False, False), ("dtype", "ScalarType?", True, True, False), ("device", "Device?", True, True, False)))
_FORM_TORCH_SFFI_LINSPACE_3: _FormInfo = _form_info((("start", "Scalar", False, False, False), ("end", "Tensor", False, False, False), ("steps", "int", False, False, False), ("dtype", "ScalarType?", True, True, False), ("device", "Device?", True, True, False)))
_FORM_TORCH_SFFI_EYE_0: _FormInfo = _form_info((("n", "int", False, False, False), ("dtype", "ScalarType?", True, True, False), ("device", "Device?", True, True, False), ("requires_grad", "bool", True, True, False)))
_FORM_TORCH_SFFI_EYE_1: _FormInfo = _form_info((("n", "int", False, False, False), ("m", "int", False, False, False), ("dtype", "ScalarType?", True, True, False), ("device", "Device?", True, True, False), ("requires_grad", "bool", True, True, False)))
_FORM_TORCH_SFFI_ADD_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False), ("alpha", "Scalar", True, True, False)))
_FORM_TORCH_SFFI_ADD_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False), ("alpha", "Scalar", True, True, False)))
_FORM_TENSOR_ADD_0: _FormInfo = _form_info((("other", "Tensor", False, False, False), ("alpha", "Scalar", True, True, False)))
_FORM_TENSOR_ADD_1: _FormInfo = _form_info((("other", "Scalar", False, False, False), ("alpha", "Scalar", True, True, False)))
_FORM_TORCH_SFFI_SUB_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False), ("alpha", "Scalar", True, True, False)))
_FORM_TORCH_SFFI_SUB_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False), ("alpha", "Scalar", True, True, False)))
_FORM_TENSOR_SUB_0: _FormInfo = _form_info((("other", "Tensor", False, False, False), ("alpha", "Scalar", True, True, False)))
_FORM_TENSOR_SUB_1: _FormInfo = _form_info((("other", "Scalar", False, False, False), ("alpha", "Scalar", True, True, False)))
_FORM_TORCH_SFFI_RSUB_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False), ("alpha", "Scalar", True, True, False)))
_FORM_TORCH_SFFI_RSUB_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False), ("alpha", "Scalar", True, True, False)))
_FORM_TORCH_SFFI_MUL_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_MUL_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False)))
_FORM_TENSOR_MUL_0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_MUL_1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TORCH_SFFI_DIV_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False), ("rounding_mode", "str?", True, True, False)))
_FORM_TORCH_SFFI_DIV_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False), ("rounding_mode", "str?", True, True, False)))
_FORM_TENSOR_DIV_0: _FormInfo = _form_info((("other", "Tensor", False, False, False), ("rounding_mode", "str?", True, True, False)))
_FORM_TENSOR_DIV_1: _FormInfo = _form_info((("other", "Scalar", False, False, False), ("rounding_mode", "str?", True, True, False)))
_FORM_TORCH_SFFI_POW_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("exponent", "Scalar", False, False, False)))
_FORM_TORCH_SFFI_POW_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("exponent", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_POW_2: _FormInfo = _form_info((("input", "Scalar", False, False, False), ("exponent", "Tensor", False, False, False)))
_FORM_TENSOR_POW_0: _FormInfo = _form_info((("exponent", "Scalar", False, False, False),))
_FORM_TENSOR_POW_1: _FormInfo = _form_info((("exponent", "Tensor", False, False, False),))
_FORM_TORCH_SFFI_STD_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int[]?", False, False, False), ("unbiased", "bool", True, False, False), ("keepdim", "bool", True, False, False)))
_FORM_TORCH_SFFI_STD_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int[]?", True, False, False), ("correction", "Scalar?", True, True, False), ("keepdim", "bool", True, True, False)))
_FORM_TORCH_SFFI_STD_2: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("unbiased", "bool", True, False, False)))
_FORM_TENSOR_STD_0: _FormInfo = _form_info((("dim", "int[]?", False, False, False), ("unbiased", "bool", True, False, False), ("keepdim", "bool", True, False, False)))
_FORM_TENSOR_STD_1: _FormInfo = _form_info((("dim", "int[]?", True, False, False), ("correction", "Scalar?", True, True, False), ("keepdim", "bool", True, True, False)))
_FORM_TENSOR_STD_2: _FormInfo = _form_info((("unbiased", "bool", True, False, False),))
_FORM_TORCH_SFFI_VAR_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int[]?", False, False, False), ("unbiased", "bool", True, False, False), ("keepdim", "bool", True, False, False)))
_FORM_TORCH_SFFI_VAR_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int[]?", True, False, False), ("correction", "Scalar?", True, True, False), ("keepdim", "bool", True, True, False)))
_FORM_TORCH_SFFI_VAR_2: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("unbiased", "bool", True, False, False)))
_FORM_TENSOR_VAR_0: _FormInfo = _form_info((("dim", "int[]?", False, False, False), ("unbiased", "bool", True, False, False), ("keepdim", "bool", True, False, False)))
_FORM_TENSOR_VAR_1: _FormInfo = _form_info((("dim", "int[]?", True, False, False), ("correction", "Scalar?", True, True, False), ("keepdim", "bool", True, True, False)))
_FORM_TENSOR_VAR_2: _FormInfo = _form_info((("unbiased", "bool", True, False, False),))
_FORM_TENSOR_TO_0: _FormInfo = _form_info((("dtype", "ScalarType", False, False, False), ("non_blocking", "bool", True, False, False), ("copy", "bool", True, False, False), ("memory_format", "str?", True, True, False)))
_FORM_TENSOR_TO_1: _FormInfo = _form_info((("device", "Device", False, False, False), ("dtype", "ScalarType?", True, False, False), ("non_blocking", "bool", True, False, False), ("copy", "bool", True, False, False), ("memory_format", "str?", True, True, False)))
_FORM_TENSOR_TO_2: _FormInfo = _form_info((("other", "Tensor", False, False, False), ("non_blocking", "bool", True, False, False), ("copy", "bool", True, False, False), ("memory_format", "str?", True, True, False)))
_FORM_TENSOR_TO_3: _FormInfo = _form_info((("dtype", "ScalarType?", True, True, False), ("device", "Device?", True, True, False), ("non_blocking", "bool", True, True, False), ("copy", "bool", True, True, False), ("memory_format", "str?", True, True, False)))
_FORM_TORCH_SFFI_PROD_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dtype", "ScalarType?", True, True, False)))
_FORM_TORCH_SFFI_PROD_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int", False, False, False), ("keepdim", "bool", True, False, False), ("dtype", "ScalarType?", True, True, False)))
_FORM_TENSOR_PROD_0: _FormInfo = _form_info((("dtype", "ScalarType?", True, True, False),))
_FORM_TENSOR_PROD_1: _FormInfo = _form_info((("dim", "int", False, False, False), ("keepdim", "bool", True, False, False), ("dtype", "ScalarType?", True, True, False)))
_FORM_TORCH_SFFI_ALL_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int", False, False, False), ("keepdim", "bool", True, False, False)))
_FORM_TORCH_SFFI_ALL_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int[]?", True, False, False), ("keepdim", "bool", True, False, False)))
_FORM_TENSOR_ALL_0: _FormInfo = _form_info((("dim", "int", False, False, False), ("keepdim", "bool", True, False, False)))
_FORM_TENSOR_ALL_1: _FormInfo = _form_info((("dim", "int[]?", True, False, False), ("keepdim", "bool", True, False, False)))
_FORM_TORCH_SFFI_ANY_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int", False, False, False), ("keepdim", "bool", True, False, False)))
_FORM_TORCH_SFFI_ANY_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int[]?", True, False, False), ("keepdim", "bool", True, False, False)))
_FORM_TENSOR_ANY_0: _FormInfo = _form_info((("dim", "int", False, False, False), ("keepdim", "bool", True, False, False)))
_FORM_TENSOR_ANY_1: _FormInfo = _form_info((("dim", "int[]?", True, False, False), ("keepdim", "bool", True, False, False)))
_FORM_TORCH_SFFI_COUNT_NONZERO_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int[]", False, False, False)))
_FORM_TORCH_SFFI_COUNT_NONZERO_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int?", True, False, False)))
_FORM_TENSOR_COUNT_NONZERO_0: _FormInfo = _form_info((("dim", "int[]", False, False, True),))
_FORM_TENSOR_COUNT_NONZERO_1: _FormInfo = _form_info((("dim", "int?", True, False, False),))
_FORM_TORCH_SFFI_MEDIAN_0: _FormInfo = _form_info((("input", "Tensor", False, False, False),))
_FORM_TORCH_SFFI_MEDIAN_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int", False, False, False), ("keepdim", "bool", True, False, False)))
_FORM_TENSOR_MEDIAN_0: _FormInfo = _form_info(())
_FORM_TENSOR_MEDIAN_1: _FormInfo = _form_info((("dim", "int", False, False, False), ("keepdim", "bool", True, False, False)))
_FORM_TORCH_SFFI_NANMEDIAN_0: _FormInfo = _form_info((("input", "Tensor", False, False, False),))
_FORM_TORCH_SFFI_NANMEDIAN_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int", False, False, False), ("keepdim", "bool", True, False, False)))
_FORM_TENSOR_NANMEDIAN_0: _FormInfo = _form_info(())
_FORM_TENSOR_NANMEDIAN_1: _FormInfo = _form_info((("dim", "int", False, False, False), ("keepdim", "bool", True, False, False)))
_FORM_TORCH_SFFI_SORT_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int", True, False, False), ("descending", "bool", True, False, False)))
_FORM_TORCH_SFFI_SORT_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("stable", "bool?", False, True, False), ("dim", "int", True, True, False), ("descending", "bool", True, True, False)))
_FORM_TENSOR_SORT_0: _FormInfo = _form_info((("dim", "int", True, False, False), ("descending", "bool", True, False, False)))
_FORM_TENSOR_SORT_1: _FormInfo = _form_info((("stable", "bool?", False, True, False), ("dim", "int", True, True, False), ("descending", "bool", True, True, False)))
_FORM_TORCH_SFFI_ARGSORT_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int", True, False, False), ("descending", "bool", True, False, False)))
_FORM_TORCH_SFFI_ARGSORT_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("stable", "bool", False, True, False), ("dim", "int", True, True, False), ("descending", "bool", True, True, False)))
_FORM_TENSOR_ARGSORT_0: _FormInfo = _form_info((("dim", "int", True, False, False), ("descending", "bool", True, False, False)))
_FORM_TENSOR_ARGSORT_1: _FormInfo = _form_info((("stable", "bool", False, True, False), ("dim", "int", True, True, False), ("descending", "bool", True, True, False)))
_FORM_TORCH_SFFI_QUANTILE_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("q", "Tensor", False, False, False), ("dim", "int?", True, False, False), ("keepdim", "bool", True, False, False), ("interpolation", "str", True, True, False)))
_FORM_TORCH_SFFI_QUANTILE_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("q", "float", False, False, False), ("dim", "int?", True, False, False), ("keepdim", "bool", True, False, False), ("interpolation", "str", True, True, False)))
_FORM_TENSOR_QUANTILE_0: _FormInfo = _form_info((("q", "Tensor", False, False, False), ("dim", "int?", True, False, False), ("keepdim", "bool", True, False, False), ("interpolation", "str", True, True, False)))
_FORM_TENSOR_QUANTILE_1: _FormInfo = _form_info((("q", "float", False, False, False), ("dim", "int?", True, False, False), ("keepdim", "bool", True, False, False), ("interpolation", "str", True, True, False)))
_FORM_TORCH_SFFI_NANQUANTILE_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("q", "Tensor", False, False, False), ("dim", "int?", True, False, False), ("keepdim", "bool", True, False, False), ("interpolation", "str", True, True, False)))
_FORM_TORCH_SFFI_NANQUANTILE_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("q", "float", False, False, False), ("dim", "int?", True, False, False), ("keepdim", "bool", True, False, False), ("interpolation", "str", True, True, False)))
_FORM_TENSOR_NANQUANTILE_0: _FormInfo = _form_info((("q", "Tensor", False, False, False), ("dim", "int?", True, False, False), ("keepdim", "bool", True, False, False), ("interpolation", "str", True, True, False)))
_FORM_TENSOR_NANQUANTILE_1: _FormInfo = _form_info((("q", "float", False, False, False), ("dim", "int?", True, False, False), ("keepdim", "bool", True, False, False), ("interpolation", "str", True, True, False)))
_FORM_TORCH_SFFI_VAR_MEAN_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("unbiased", "bool", True, False, False)))
_FORM_TORCH_SFFI_VAR_MEAN_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int[]?", False, False, False), ("unbiased", "bool", True, False, False), ("keepdim", "bool", True, False, False)))
_FORM_TORCH_SFFI_VAR_MEAN_2: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int[]?", True, False, False), ("correction", "Scalar?", True, True, False), ("keepdim", "bool", True, True, False)))
_FORM_TORCH_SFFI_STD_MEAN_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("unbiased", "bool", True, False, False)))
_FORM_TORCH_SFFI_STD_MEAN_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int[]?", False, False, False), ("unbiased", "bool", True, False, False), ("keepdim", "bool", True, False, False)))
_FORM_TORCH_SFFI_STD_MEAN_2: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int[]?", True, False, False), ("correction", "Scalar?", True, True, False), ("keepdim", "bool", True, True, False)))
_FORM_TORCH_SFFI_BUCKETIZE_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("boundaries", "Tensor", False, False, False), ("out_int32", "bool", True, True, False), ("right", "bool", True, True, False)))
_FORM_TORCH_SFFI_BUCKETIZE_1: _FormInfo = _form_info((("input", "Scalar", False, False, False), ("boundaries", "Tensor", False, False, False), ("out_int32", "bool", True, True, False), ("right", "bool", True, True, False)))
_FORM_TORCH_SFFI_SEARCHSORTED_0: _FormInfo = _form_info((("sorted_sequence", "Tensor", False, False, False), ("input", "Tensor", False, False, False), ("out_int32", "bool", True, True, False), ("right", "bool", True, True, False), ("side", "str?", True, True, False), ("sorter", "Tensor?", True, True, False)))
_FORM_TORCH_SFFI_SEARCHSORTED_1: _FormInfo = _form_info((("sorted_sequence", "Tensor", False, False, False), ("input", "Scalar", False, False, False), ("out_int32", "bool", True, True, False), ("right", "bool", True, True, False), ("side", "str?", True, True, False), ("sorter", "Tensor?", True, True, False)))
_FORM_TORCH_SFFI_REPEAT_INTERLEAVE_0: _FormInfo = _form_info((("repeats", "Tensor", False, False, False), ("output_size", "int?", True, True, False)))
_FORM_TORCH_SFFI_REPEAT_INTERLEAVE_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("repeats", "Tensor", False, False, False), ("dim", "int?", True, False, False), ("output_size", "int?", True, True, False)))
_FORM_TORCH_SFFI_REPEAT_INTERLEAVE_2: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("repeats", "int", False, False, False), ("dim", "int?", True, False, False), ("output_size", "int?", True, True, False)))
_FORM_TENSOR_REPEAT_INTERLEAVE_0: _FormInfo = _form_info((("output_size", "int?", True, True, False),))
_FORM_TENSOR_REPEAT_INTERLEAVE_1: _FormInfo = _form_info((("repeats", "Tensor", False, False, False), ("dim", "int?", True, False, False), ("output_size", "int?", True, True, False)))
_FORM_TENSOR_REPEAT_INTERLEAVE_2: _FormInfo = _form_info((("repeats", "int", False, False, False), ("dim", "int?", True, False, False), ("output_size", "int?", True, True, False)))
_FORM_TORCH_SFFI_SPLIT_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("split_size", "int", False, False, False), ("dim", "int", True, False, False)))
_FORM_TORCH_SFFI_SPLIT_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("split_size", "int[]", False, False, False), ("dim", "int", True, False, False)))
_FORM_TENSOR_SPLIT_0: _FormInfo = _form_info((("split_size", "int", False, False, False), ("dim", "int", True, False, False)))
_FORM_TENSOR_SPLIT_1: _FormInfo = _form_info((("split_size", "int[]", False, False, False), ("dim", "int", True, False, False)))
_FORM_TORCH_SFFI_TENSOR_SPLIT_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("sections", "int", False, False, False), ("dim", "int", True, False, False)))
_FORM_TORCH_SFFI_TENSOR_SPLIT_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("indices", "int[]", False, False, False), ("dim", "int", True, False, False)))
_FORM_TORCH_SFFI_TENSOR_SPLIT_2: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("tensor_indices_or_sections", "Tensor", False, False, False), ("dim", "int", True, False, False)))
_FORM_TENSOR_TENSOR_SPLIT_0: _FormInfo = _form_info((("sections", "int", False, False, False), ("dim", "int", True, False, False)))
_FORM_TENSOR_TENSOR_SPLIT_1: _FormInfo = _form_info((("indices", "int[]", False, False, False), ("dim", "int", True, False, False)))
_FORM_TENSOR_TENSOR_SPLIT_2: _FormInfo = _form_info((("tensor_indices_or_sections", "Tensor", False, False, False), ("dim", "int", True, False, False)))
_FORM_TORCH_SFFI_HSPLIT_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("sections", "int", False, False, False)))
_FORM_TORCH_SFFI_HSPLIT_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("indices", "int[]", False, False, False)))
_FORM_TENSOR_HSPLIT_0: _FormInfo = _form_info((("sections", "int", False, False, False),))
_FORM_TENSOR_HSPLIT_1: _FormInfo = _form_info((("indices", "int[]", False, False, True),))
_FORM_TORCH_SFFI_VSPLIT_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("sections", "int", False, False, False)))
_FORM_TORCH_SFFI_VSPLIT_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("indices", "int[]", False, False, False)))
_FORM_TENSOR_VSPLIT_0: _FormInfo = _form_info((("sections", "int", False, False, False),))
_FORM_TENSOR_VSPLIT_1: _FormInfo = _form_info((("indices", "int[]", False, False, True),))
_FORM_TORCH_SFFI_DSPLIT_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("sections", "int", False, False, False)))
_FORM_TORCH_SFFI_DSPLIT_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("indices", "int[]", False, False, False)))
_FORM_TENSOR_DSPLIT_0: _FormInfo = _form_info((("sections", "int", False, False, False),))
_FORM_TENSOR_DSPLIT_1: _FormInfo = _form_info((("indices", "int[]", False, False, True),))
_FORM_TORCH_SFFI_NARROW_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int", False, False, False), ("start", "int", False, False, False), ("length", "int", False, False, False)))
_FORM_TORCH_SFFI_NARROW_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int", False, False, False), ("start", "Tensor", False, False, False), ("length", "int", False, False, False)))
_FORM_TENSOR_NARROW_0: _FormInfo = _form_info((("dim", "int", False, False, False), ("start", "int", False, False, False), ("length", "int", False, False, False)))
_FORM_TENSOR_NARROW_1: _FormInfo = _form_info((("dim", "int", False, False, False), ("start", "Tensor", False, False, False), ("length", "int", False, False, False)))
_FORM_TORCH_SFFI_ATLEAST_1D_0: _FormInfo = _form_info((("input", "Tensor", False, False, False),))
_FORM_TORCH_SFFI_ATLEAST_1D_1: _FormInfo = _form_info((("tensors", "Tensor[]", False, False, False),))
_FORM_TORCH_SFFI_ATLEAST_2D_0: _FormInfo = _form_info((("input", "Tensor", False, False, False),))
_FORM_TORCH_SFFI_ATLEAST_2D_1: _FormInfo = _form_info((("tensors", "Tensor[]", False, False, False),))
_FORM_TORCH_SFFI_ATLEAST_3D_0: _FormInfo = _form_info((("input", "Tensor", False, False, False),))
_FORM_TORCH_SFFI_ATLEAST_3D_1: _FormInfo = _form_info((("tensors", "Tensor[]", False, False, False),))
_FORM_TORCH_SFFI_MESHGRID_0: _FormInfo = _form_info((("tensors", "Tensor[]", False, False, False),))
_FORM_TORCH_SFFI_MESHGRID_1: _FormInfo = _form_info((("tensors", "Tensor[]", False, False, False), ("indexing", "str", False, True, False)))
_FORM_TORCH_SFFI_INDEX_FILL_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int", False, False, False), ("index", "Tensor", False, False, False), ("value", "Scalar", False, False, False)))
_FORM_TORCH_SFFI_INDEX_FILL_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int", False, False, False), ("index", "Tensor", False, False, False), ("value", "Tensor", False, False, False)))
_FORM_TENSOR_INDEX_FILL_0: _FormInfo = _form_info((("dim", "int", False, False, False), ("index", "Tensor", False, False, False), ("value", "Scalar", False, False, False)))
_FORM_TENSOR_INDEX_FILL_1: _FormInfo = _form_info((("dim", "int", False, False, False), ("index", "Tensor", False, False, False), ("value", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_SCATTER_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int", False, False, False), ("index", "Tensor", False, False, False), ("src", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_SCATTER_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int", False, False, False), ("index", "Tensor", False, False, False), ("value", "Scalar", False, False, False)))
_FORM_TORCH_SFFI_SCATTER_2: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int", False, False, False), ("index", "Tensor", False, False, False), ("src", "Tensor", False, False, False), ("reduce", "str", False, True, False)))
_FORM_TORCH_SFFI_SCATTER_3: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int", False, False, False), ("index", "Tensor", False, False, False), ("value", "Scalar", False, False, False), ("reduce", "str", False, True, False)))
_FORM_TENSOR_SCATTER_0: _FormInfo = _form_info((("dim", "int", False, False, False), ("index", "Tensor", False, False, False), ("src", "Tensor", False, False, False)))
_FORM_TENSOR_SCATTER_1: _FormInfo = _form_info((("dim", "int", False, False, False), ("index", "Tensor", False, False, False), ("value", "Scalar", False, False, False)))
_FORM_TENSOR_SCATTER_2: _FormInfo = _form_info((("dim", "int", False, False, False), ("index", "Tensor", False, False, False), ("src", "Tensor", False, False, False), ("reduce", "str", False, True, False)))
_FORM_TENSOR_SCATTER_3: _FormInfo = _form_info((("dim", "int", False, False, False), ("index", "Tensor", False, False, False), ("value", "Scalar", False, False, False), ("reduce", "str", False, True, False)))
_FORM_TORCH_SFFI_NONZERO_0: _FormInfo = _form_info((("input", "Tensor", False, False, False),))
_FORM_TORCH_SFFI_NONZERO_1: _FormInfo = _form_info((("input", "Tensor", False, False, False),))
_FORM_TENSOR_NONZERO_0: _FormInfo = _form_info(())
_FORM_TENSOR_NONZERO_1: _FormInfo = _form_info(())
_FORM_TORCH_SFFI_RANDINT_LIKE_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("high", "int", False, False, False), ("dtype", "ScalarType?", True, True, False), ("device", "Device?", True, True, False), ("memory_format", "str?", True, True, False)))
_FORM_TORCH_SFFI_RANDINT_LIKE_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("low", "int", False, False, False), ("high", "int", False, False, False), ("dtype", "ScalarType?", True, True, False), ("device", "Device?", True, True, False), ("memory_format", "str?", True, True, False)))
_FORM_TORCH_SFFI_RANDINT_0: _FormInfo = _form_info((("high", "int", False, False, False), ("size", "int[]", False, False, False), ("dtype", "ScalarType?", True, True, False), ("device", "Device?", True, True, False), ("requires_grad", "bool", True, True, False)))
_FORM_TORCH_SFFI_RANDINT_1: _FormInfo = _form_info((("low", "int", False, False, False), ("high", "int", False, False, False), ("size", "int[]", False, False, False), ("dtype", "ScalarType?", True, True, False), ("device", "Device?", True, True, False), ("requires_grad", "bool", True, True, False)))
_FORM_TORCH_SFFI_NORMAL_0: _FormInfo = _form_info((("mean", "Tensor", False, False, False), ("std_arg", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_NORMAL_1: _FormInfo = _form_info((("mean", "Tensor", False, False, False), ("std_arg", "float", True, False, False)))
_FORM_TORCH_SFFI_NORMAL_2: _FormInfo = _form_info((("mean", "float", False, False, False), ("std_arg", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_NORMAL_3: _FormInfo = _form_info((("mean", "float", False, False, False), ("std_arg", "float", False, False, False), ("size", "int[]", False, False, False), ("dtype", "ScalarType?", True, True, False), ("device", "Device?", True, True, False), ("requires_grad", "bool", True, True, False)))
_FORM_TORCH_SFFI_BERNOULLI_0: _FormInfo = _form_info((("input", "Tensor", False, False, False),))
_FORM_TORCH_SFFI_BERNOULLI_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("p", "float", False, False, False)))
_FORM_TENSOR_BERNOULLI_0: _FormInfo = _form_info(())
_FORM_TENSOR_BERNOULLI_1: _FormInfo = _form_info((("p", "float", False, False, False),))
_FORM_TORCH_SFFI_LOGSPACE_0: _FormInfo = _form_info((("start", "Scalar", False, False, False), ("end", "Scalar", False, False, False), ("steps", "int", False, False, False), ("base", "float", True, False, False), ("dtype", "ScalarType?", True, True, False), ("device", "Device?", True, True, False), ("requires_grad", "bool", True, True, False)))
_FORM_TORCH_SFFI_LOGSPACE_1: _FormInfo = _form_info((("start", "Tensor", False, False, False), ("end", "Tensor", False, False, False), ("steps", "int", False, False, False), ("base", "float", True, False, False), ("dtype", "ScalarType?", True, True, False), ("device", "Device?", True, True, False)))
_FORM_TORCH_SFFI_LOGSPACE_2: _FormInfo = _form_info((("start", "Tensor", False, False, False), ("end", "Scalar", False, False, False), ("steps", "int", False, False, False), ("base", "float", True, False, False), ("dtype", "ScalarType?", True, True, False), ("device", "Device?", True, True, False)))
_FORM_TORCH_SFFI_LOGSPACE_3: _FormInfo = _form_info((("start", "Scalar", False, False, False), ("end", "Tensor", False, False, False), ("steps", "int", False, False, False), ("base", "float", True, False, False), ("dtype", "ScalarType?", True, True, False), ("device", "Device?", True, True, False)))
_FORM_TORCH_SFFI_TRAPEZOID_0: _FormInfo = _form_info((("y", "Tensor", False, False, False), ("x", "Tensor", False, False, False), ("dim", "int", True, True, False)))
_FORM_TORCH_SFFI_TRAPEZOID_1: _FormInfo = _form_info((("y", "Tensor", False, False, False), ("dx", "Scalar", True, True, False), ("dim", "int", True, True, False)))
_FORM_TORCH_SFFI_TRAPZ_0: _FormInfo = _form_info((("y", "Tensor", False, False, False), ("x", "Tensor", False, False, False), ("dim", "int", True, True, False)))
_FORM_TORCH_SFFI_TRAPZ_1: _FormInfo = _form_info((("y", "Tensor", False, False, False), ("dx", "float", True, True, False), ("dim", "int", True, True, False)))
_FORM_TORCH_SFFI_CUMULATIVE_TRAPEZOID_0: _FormInfo = _form_info((("y", "Tensor", False, False, False), ("x", "Tensor", False, False, False), ("dim", "int", True, True, False)))
_FORM_TORCH_SFFI_CUMULATIVE_TRAPEZOID_1: _FormInfo = _form_info((("y", "Tensor", False, False, False), ("dx", "Scalar", True, True, False), ("dim", "int", True, True, False)))
_FORM_TORCH_SFFI_ROUND_0: _FormInfo = _form_info((("input", "Tensor", False, False, False),))
_FORM_TORCH_SFFI_ROUND_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("decimals", "int", False, True, False)))
_FORM_TENSOR_ROUND_0: _FormInfo = _form_info(())
_FORM_TENSOR_ROUND_1: _FormInfo = _form_info((("decimals", "int", False, True, False),))
_FORM_TORCH_SFFI_XLOGY_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_XLOGY_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False)))
_FORM_TORCH_SFFI_XLOGY_2: _FormInfo = _form_info((("input", "Scalar", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TENSOR_XLOGY_0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_XLOGY_1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TORCH_SFFI_LERP_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("end", "Tensor", False, False, False), ("weight", "Scalar", False, False, False)))
_FORM_TORCH_SFFI_LERP_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("end", "Tensor", False, False, False), ("weight", "Tensor", False, False, False)))
_FORM_TENSOR_LERP_0: _FormInfo = _form_info((("end", "Tensor", False, False, False), ("weight", "Scalar", False, False, False)))
_FORM_TENSOR_LERP_1: _FormInfo = _form_info((("end", "Tensor", False, False, False), ("weight", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_COPYSIGN_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_COPYSIGN_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False)))
_FORM_TENSOR_COPYSIGN_0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_COPYSIGN_1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TORCH_SFFI_FMOD_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_FMOD_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False)))
_FORM_TENSOR_FMOD_0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_FMOD_1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TORCH_SFFI_REMAINDER_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_REMAINDER_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False)))
_FORM_TORCH_SFFI_REMAINDER_2: _FormInfo = _form_info((("input", "Scalar", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TENSOR_REMAINDER_0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_REMAINDER_1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TORCH_SFFI_FLOOR_DIVIDE_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_FLOOR_DIVIDE_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False)))
_FORM_TENSOR_FLOOR_DIVIDE_0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_FLOOR_DIVIDE_1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TORCH_SFFI_TRUE_DIVIDE_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_TRUE_DIVIDE_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False)))
_FORM_TENSOR_TRUE_DIVIDE_0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_TRUE_DIVIDE_1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TORCH_SFFI_FLOAT_POWER_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("exponent", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_FLOAT_POWER_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("exponent", "Scalar", False, False, False)))
_FORM_TORCH_SFFI_FLOAT_POWER_2: _FormInfo = _form_info((("input", "Scalar", False, False, False), ("exponent", "Tensor", False, False, False)))
_FORM_TENSOR_FLOAT_POWER_0: _FormInfo = _form_info((("exponent", "Tensor", False, False, False),))
_FORM_TENSOR_FLOAT_POWER_1: _FormInfo = _form_info((("exponent", "Scalar", False, False, False),))
_FORM_TORCH_SFFI_CLAMP_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("min", "Scalar?", True, False, False), ("max", "Scalar?", True, False, False)))
_FORM_TORCH_SFFI_CLAMP_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("min", "Tensor?", True, False, False), ("max", "Tensor?", True, False, False)))
_FORM_TENSOR_CLAMP_0: _FormInfo = _form_info((("min", "Scalar?", True, False, False), ("max", "Scalar?", True, False, False)))
_FORM_TENSOR_CLAMP_1: _FormInfo = _form_info((("min", "Tensor?", True, False, False), ("max", "Tensor?", True, False, False)))
_FORM_TORCH_SFFI_CLAMP_MIN_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("min", "Scalar", False, False, False)))
_FORM_TORCH_SFFI_CLAMP_MIN_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("min", "Tensor", False, False, False)))
_FORM_TENSOR_CLAMP_MIN_0: _FormInfo = _form_info((("min", "Scalar", False, False, False),))
_FORM_TENSOR_CLAMP_MIN_1: _FormInfo = _form_info((("min", "Tensor", False, False, False),))
_FORM_TORCH_SFFI_CLAMP_MAX_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("max", "Scalar", False, False, False)))
_FORM_TORCH_SFFI_CLAMP_MAX_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("max", "Tensor", False, False, False)))
_FORM_TENSOR_CLAMP_MAX_0: _FormInfo = _form_info((("max", "Scalar", False, False, False),))
_FORM_TENSOR_CLAMP_MAX_1: _FormInfo = _form_info((("max", "Tensor", False, False, False),))
_FORM_TORCH_SFFI_EQ_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_EQ_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False)))
_FORM_TENSOR_EQ_0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_EQ_1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TORCH_SFFI_NE_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_NE_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False)))
_FORM_TENSOR_NE_0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_NE_1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TORCH_SFFI_GT_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_GT_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False)))
_FORM_TENSOR_GT_0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_GT_1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TORCH_SFFI_GE_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_GE_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False)))
_FORM_TENSOR_GE_0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_GE_1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TORCH_SFFI_LT_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_LT_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False)))
_FORM_TENSOR_LT_0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_LT_1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TORCH_SFFI_LE_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_LE_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False)))
_FORM_TENSOR_LE_0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_LE_1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TORCH_SFFI_BITWISE_AND_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_BITWISE_AND_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False)))
_FORM_TORCH_SFFI_BITWISE_AND_2: _FormInfo = _form_info((("input", "Scalar", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TENSOR_BITWISE_AND_0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_BITWISE_AND_1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TORCH_SFFI_BITWISE_OR_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_BITWISE_OR_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False)))
_FORM_TORCH_SFFI_BITWISE_OR_2: _FormInfo = _form_info((("input", "Scalar", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TENSOR_BITWISE_OR_0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_BITWISE_OR_1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TORCH_SFFI_BITWISE_XOR_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_BITWISE_XOR_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False)))
_FORM_TORCH_SFFI_BITWISE_XOR_2: _FormInfo = _form_info((("input", "Scalar", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TENSOR_BITWISE_XOR_0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_BITWISE_XOR_1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TORCH_SFFI_BITWISE_LEFT_SHIFT_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_BITWISE_LEFT_SHIFT_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False)))
_FORM_TORCH_SFFI_BITWISE_LEFT_SHIFT_2: _FormInfo = _form_info((("input", "Scalar", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TENSOR_BITWISE_LEFT_SHIFT_0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_BITWISE_LEFT_SHIFT_1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TORCH_SFFI_BITWISE_RIGHT_SHIFT_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_BITWISE_RIGHT_SHIFT_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False)))
_FORM_TORCH_SFFI_BITWISE_RIGHT_SHIFT_2: _FormInfo = _form_info((("input", "Scalar", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TENSOR_BITWISE_RIGHT_SHIFT_0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_BITWISE_RIGHT_SHIFT_1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TORCH_SFFI_WHERE_0: _FormInfo = _form_info((("condition", "Tensor", False, False, False), ("input", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_WHERE_1: _FormInfo = _form_info((("condition", "Tensor", False, False, False), ("input", "Scalar", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_WHERE_2: _FormInfo = _form_info((("condition", "Tensor", False, False, False), ("input", "Tensor", False, False, False), ("other", "Scalar", False, False, False)))
_FORM_TORCH_SFFI_WHERE_3: _FormInfo = _form_info((("condition", "Tensor", False, False, False), ("input", "Scalar", False, False, False), ("other", "Scalar", False, False, False)))
_FORM_TORCH_SFFI_MASKED_FILL_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("mask", "Tensor", False, False, False), ("value", "Scalar", False, False, False)))
_FORM_TORCH_SFFI_MASKED_FILL_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("mask", "Tensor", False, False, False), ("value", "Tensor", False, False, False)))
_FORM_TENSOR_MASKED_FILL_0: _FormInfo = _form_info((("mask", "Tensor", False, False, False), ("value", "Scalar", False, False, False)))
_FORM_TENSOR_MASKED_FILL_1: _FormInfo = _form_info((("mask", "Tensor", False, False, False), ("value", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_ISIN_0: _FormInfo = _form_info((("elements", "Tensor", False, False, False), ("test_elements", "Tensor", False, False, False), ("assume_unique", "bool", True, True, False), ("invert", "bool", True, True, False)))
_FORM_TORCH_SFFI_ISIN_1: _FormInfo = _form_info((("elements", "Tensor", False, False, False), ("test_element", "Scalar", False, False, False), ("assume_unique", "bool", True, True, False), ("invert", "bool", True, True, False)))
_FORM_TORCH_SFFI_ISIN_2: _FormInfo = _form_info((("element", "Scalar", False, False, False), ("test_elements", "Tensor", False, False, False), ("assume_unique", "bool", True, True, False), ("invert", "bool", True, True, False)))
_FORM_TENSOR_SUB__0: _FormInfo = _form_info((("other", "Tensor", False, False, False), ("alpha", "Scalar", True, True, False)))
_FORM_TENSOR_SUB__1: _FormInfo = _form_info((("other", "Scalar", False, False, False), ("alpha", "Scalar", True, False, False)))
_FORM_TENSOR_DIV__0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_DIV__1: _FormInfo = _form_info((("other", "Tensor", False, False, False), ("rounding_mode", "str?", False, True, False)))
_FORM_TENSOR_DIV__2: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TENSOR_DIV__3: _FormInfo = _form_info((("other", "Scalar", False, False, False), ("rounding_mode", "str?", False, True, False)))
_FORM_TENSOR_FILL__0: _FormInfo = _form_info((("value", "Scalar", False, False, False),))
_FORM_TENSOR_FILL__1: _FormInfo = _form_info((("value", "Tensor", False, False, False),))
_FORM_TENSOR_CLAMP__0: _FormInfo = _form_info((("min", "Scalar?", True, False, False), ("max", "Scalar?", True, False, False)))
_FORM_TENSOR_CLAMP__1: _FormInfo = _form_info((("min", "Tensor?", True, False, False), ("max", "Tensor?", True, False, False)))
_FORM_TENSOR_POW__0: _FormInfo = _form_info((("exponent", "Scalar", False, False, False),))
_FORM_TENSOR_POW__1: _FormInfo = _form_info((("exponent", "Tensor", False, False, False),))
_FORM_TENSOR_MASKED_FILL__0: _FormInfo = _form_info((("mask", "Tensor", False, False, False), ("value", "Scalar", False, False, False)))
_FORM_TENSOR_MASKED_FILL__1: _FormInfo = _form_info((("mask", "Tensor", False, False, False), ("value", "Tensor", False, False, False)))
_FORM_TENSOR_FLOOR_DIVIDE__0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_FLOOR_DIVIDE__1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TENSOR_REMAINDER__0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_REMAINDER__1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TENSOR_BITWISE_AND__0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_BITWISE_AND__1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TENSOR_BITWISE_OR__0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_BITWISE_OR__1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TENSOR_BITWISE_XOR__0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_BITWISE_XOR__1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TENSOR_BITWISE_LEFT_SHIFT__0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_BITWISE_LEFT_SHIFT__1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TENSOR_BITWISE_RIGHT_SHIFT__0: _FormInfo = _form_info((("other", "Tensor", False, False, False),))
_FORM_TENSOR_BITWISE_RIGHT_SHIFT__1: _FormInfo = _form_info((("other", "Scalar", False, False, False),))
_FORM_TORCH_SFFI_RESULT_TYPE_0: _FormInfo = _form_info((("tensor", "Tensor", False, False, False), ("other", "Tensor", False, False, False)))
_FORM_TORCH_SFFI_RESULT_TYPE_1: _FormInfo = _form_info((("tensor", "Tensor", False, False, False), ("other", "Scalar", False, False, False)))


def _Tensor_size_0(self: Tensor) -> Size:
    """One form of torch_sffi.Tensor.size."""
    return _f_torchtensor_shape(self)


def _Tensor_size_1(self: Tensor, dim: _int) -> _int:
    """One form of torch_sffi.Tensor.size."""
    return _f_torchtensor_size_dim(self, dim)


def _torch_sffi_squeeze_0(input: Tensor) -> Tensor:
    """One form of torch_sffi.squeeze."""
    return _f_torchtensor_squeeze(input if input.__class__ is _Tensor else _handle(input, "input"))


def _torch_sffi_squeeze_1(input: Tensor, dim: _int) -> Tensor:
    """One form of torch_sffi.squeeze."""
    return _f_torchtensor_squeeze_dim(input if input.__class__ is _Tensor else _handle(input, "input"), dim)


def _torch_sffi_squeeze_2(input: Tensor, dim: _int | Sequence[_int]) -> Tensor:
    """One form of torch_sffi.squeeze."""
    dim_ = _ints(dim, "dim")
    return _f_torchtensor_squeeze_dims(input, dim_)


def _Tensor_squeeze_0(self: Tensor) -> Tensor:
    """One form of torch_sffi.Tensor.squeeze."""
    return _f_torchtensor_squeeze(self)


def _Tensor_squeeze_1(self: Tensor, dim: _int) -> Tensor:
    """One form of torch_sffi.Tensor.squeeze."""
    return _f_torchtensor_squeeze_dim(self, dim)


def _Tensor_squeeze_2(self: Tensor, dim: _int | Sequence[_int]) -> Tensor:
    """One form of torch_sffi.Tensor.squeeze."""
    dim_ = _ints(dim, "dim")
    return _f_torchtensor_squeeze_dims(self, dim_)


def _Tensor_stride_0(self: Tensor) -> tuple[_int, ...]:
    """One form of torch_sffi.Tensor.stride."""
    return _f_torchtensor_stride(self)


def _Tensor_stride_1(self: Tensor, dim: _int) -> _int:
    """One form of torch_sffi.Tensor.stride."""
    return _f_torchtensor_stride_int(self, dim)


def _torch_sffi_max_0(input: Tensor) -> Tensor:
    """One form of torch_sffi.max."""
    return _f_torchtensor_max_all(input if input.__class__ is _Tensor else _handle(input, "input"))


def _torch_sffi_max_1(input: Tensor, dim: _int, keepdim: _bool = False) -> _rt_types.max:
    """One form of torch_sffi.max."""
    return _tuple_new(_rt_types.max, _f_torchtensor_max_dim_v2(input, dim, keepdim))


def _torch_sffi_max_2(input: Tensor, other: Tensor) -> Tensor:
    """One form of torch_sffi.max."""
    return _f_torchtensor_max_other(input, other)


def _Tensor_max_0(self: Tensor) -> Tensor:
    """One form of torch_sffi.Tensor.max."""
    return _f_torchtensor_max_all(self)


def _Tensor_max_1(self: Tensor, dim: _int, keepdim: _bool = False) -> _rt_types.max:
    """One form of torch_sffi.Tensor.max."""
    return _tuple_new(_rt_types.max, _f_torchtensor_max_dim_v2(self, dim, keepdim))


def _Tensor_max_2(self: Tensor, other: Tensor) -> Tensor:
    """One form of torch_sffi.Tensor.max."""
    return _f_torchtensor_max_other(self, other)


def _torch_sffi_min_0(input: Tensor) -> Tensor:
    """One form of torch_sffi.min."""
    return _f_torchtensor_min_all(input if input.__class__ is _Tensor else _handle(input, "input"))


def _torch_sffi_min_1(input: Tensor, dim: _int, keepdim: _bool = False) -> _rt_types.min:
    """One form of torch_sffi.min."""
    return _tuple_new(_rt_types.min, _f_torchtensor_min_dim_v2(input, dim, keepdim))


def _torch_sffi_min_2(input: Tensor, other: Tensor) -> Tensor:
    """One form of torch_sffi.min."""
    return _f_torchtensor_min_other(input, other)


def _Tensor_min_0(self: Tensor) -> Tensor:
    """One form of torch_sffi.Tensor.min."""
    return _f_torchtensor_min_all(self)


def _Tensor_min_1(self: Tensor, dim: _int, keepdim: _bool = False) -> _rt_types.min:
    """One form of torch_sffi.Tensor.min."""
    return _tuple_new(_rt_types.min, _f_torchtensor_min_dim_v2(self, dim, keepdim))


def _Tensor_min_2(self: Tensor, other: Tensor) -> Tensor:
    """One form of torch_sffi.Tensor.min."""
    return _f_torchtensor_min_other(self, other)


def _torch_sffi_arange_0(
    end: Number,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor:
    """One form of torch_sffi.arange."""
    _t = _f_tensor_arange_v2(end, dtype, device)
    if requires_grad:
        _require_grad(_t)
    return _t


def _torch_sffi_arange_1(
    start: Number,
    end: Number,
    step: Number = 1,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor:
    """One form of torch_sffi.arange."""
    _t = _f_tensor_arange_start_step(start, end, step, dtype, device)
    if requires_grad:
        _require_grad(_t)
    return _t


def _torch_sffi_linspace_0(
    start: Number,
    end: Number,
    steps: _int,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor:
    """One form of torch_sffi.linspace."""
    _t = _f_tensor_linspace_v2(start, end, steps, dtype, device)
    if requires_grad:
        _require_grad(_t)
    return _t


def _torch_sffi_linspace_1(
    start: Tensor,
    end: Tensor,
    steps: _int,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
) -> Tensor:
    """One form of torch_sffi.linspace."""
    return _f_torchtensor_linspace_tensor_tensor(start, end, steps, dtype, device)


def _torch_sffi_linspace_2(
    start: Tensor,
    end: Number,
    steps: _int,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
) -> Tensor:
    """One form of torch_sffi.linspace."""
    return _f_torchtensor_linspace_tensor_scalar(start, end, steps, dtype, device)


def _torch_sffi_linspace_3(
    start: Number,
    end: Tensor,
    steps: _int,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
) -> Tensor:
    """One form of torch_sffi.linspace."""
    return _f_tensor_linspace_scalar_tensor(start, end, steps, dtype, device)


def _torch_sffi_eye_0(
    n: _int,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor:
    """One form of torch_sffi.eye."""
    _t = _f_tensor_eye_v2(n, dtype, device)
    if requires_grad:
        _require_grad(_t)
    return _t


def _torch_sffi_eye_1(
    n: _int,
    m: _int,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor:
    """One form of torch_sffi.eye."""
    _t = _f_tensor_eye_m(n, m, dtype, device)
    if requires_grad:
        _require_grad(_t)
    return _t


def _torch_sffi_std_0(
    input: Tensor,
    dim: _int | Sequence[_int] | None,
    unbiased: _bool = True,
    keepdim: _bool = False,
) -> Tensor:
    """One form of torch_sffi.std."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_std_dim(input, dim_, dim is not None, unbiased, keepdim)


def _torch_sffi_std_1(
    input: Tensor,
    dim: _int | Sequence[_int] | None = None,
    *,
    correction: Number | None = None,
    keepdim: _bool = False,
) -> Tensor:
    """One form of torch_sffi.std."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_std_correction(input, dim_, dim is not None, correction, keepdim)


def _torch_sffi_std_2(input: Tensor, unbiased: _bool = True) -> Tensor:
    """One form of torch_sffi.std."""
    return _f_torchtensor_std_v2(input, unbiased)


def _Tensor_std_0(
    self: Tensor,
    dim: _int | Sequence[_int] | None,
    unbiased: _bool = True,
    keepdim: _bool = False,
) -> Tensor:
    """One form of torch_sffi.Tensor.std."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_std_dim(self, dim_, dim is not None, unbiased, keepdim)


def _Tensor_std_1(
    self: Tensor,
    dim: _int | Sequence[_int] | None = None,
    *,
    correction: Number | None = None,
    keepdim: _bool = False,
) -> Tensor:
    """One form of torch_sffi.Tensor.std."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_std_correction(self, dim_, dim is not None, correction, keepdim)


def _Tensor_std_2(self: Tensor, unbiased: _bool = True) -> Tensor:
    """One form of torch_sffi.Tensor.std."""
    return _f_torchtensor_std_v2(self, unbiased)


def _torch_sffi_var_0(
    input: Tensor,
    dim: _int | Sequence[_int] | None,
    unbiased: _bool = True,
    keepdim: _bool = False,
) -> Tensor:
    """One form of torch_sffi.var."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_var_dim(input, dim_, dim is not None, unbiased, keepdim)


def _torch_sffi_var_1(
    input: Tensor,
    dim: _int | Sequence[_int] | None = None,
    *,
    correction: Number | None = None,
    keepdim: _bool = False,
) -> Tensor:
    """One form of torch_sffi.var."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_var_correction(input, dim_, dim is not None, correction, keepdim)


def _torch_sffi_var_2(input: Tensor, unbiased: _bool = True) -> Tensor:
    """One form of torch_sffi.var."""
    return _f_torchtensor_var_v2(input, unbiased)


def _Tensor_var_0(
    self: Tensor,
    dim: _int | Sequence[_int] | None,
    unbiased: _bool = True,
    keepdim: _bool = False,
) -> Tensor:
    """One form of torch_sffi.Tensor.var."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_var_dim(self, dim_, dim is not None, unbiased, keepdim)


def _Tensor_var_1(
    self: Tensor,
    dim: _int | Sequence[_int] | None = None,
    *,
    correction: Number | None = None,
    keepdim: _bool = False,
) -> Tensor:
    """One form of torch_sffi.Tensor.var."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_var_correction(self, dim_, dim is not None, correction, keepdim)


def _Tensor_var_2(self: Tensor, unbiased: _bool = True) -> Tensor:
    """One form of torch_sffi.Tensor.var."""
    return _f_torchtensor_var_v2(self, unbiased)


def _Tensor_to_0(
    self: Tensor,
    dtype: DType,
    non_blocking: _bool = False,
    copy: _bool = False,
    *,
    memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
) -> Tensor:
    """One form of torch_sffi.Tensor.to."""
    return _f_torchtensor_to_dtype_v2(self, dtype, non_blocking, copy, _opt_text(memory_format, "memory_format"))


def _Tensor_to_1(
    self: Tensor,
    device: DeviceLike,
    dtype: DType | None = None,
    non_blocking: _bool = False,
    copy: _bool = False,
    *,
    memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
) -> Tensor:
    """One form of torch_sffi.Tensor.to."""
    return _f_torchtensor_to_device(self, device, dtype, non_blocking, copy, _opt_text(memory_format, "memory_format"))


def _Tensor_to_2(
    self: Tensor,
    other: Tensor,
    non_blocking: _bool = False,
    copy: _bool = False,
    *,
    memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
) -> Tensor:
    """One form of torch_sffi.Tensor.to."""
    return _f_torchtensor_to_other(self, other, non_blocking, copy, _opt_text(memory_format, "memory_format"))


def _Tensor_to_3(
    self: Tensor,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    non_blocking: _bool = False,
    copy: _bool = False,
    memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
) -> Tensor:
    """One form of torch_sffi.Tensor.to."""
    return _f_torchtensor_to_dtype_layout(self, dtype, device, non_blocking, copy, _opt_text(memory_format, "memory_format"))


def _torch_sffi_prod_0(input: Tensor, *, dtype: DType | None = None) -> Tensor:
    """One form of torch_sffi.prod."""
    return _f_torchtensor_prod(input, dtype)


def _torch_sffi_prod_1(
    input: Tensor,
    dim: _int,
    keepdim: _bool = False,
    *,
    dtype: DType | None = None,
) -> Tensor:
    """One form of torch_sffi.prod."""
    return _f_torchtensor_prod_dim_int(input, dim, keepdim, dtype)


def _Tensor_prod_0(self: Tensor, *, dtype: DType | None = None) -> Tensor:
    """One form of torch_sffi.Tensor.prod."""
    return _f_torchtensor_prod(self, dtype)


def _Tensor_prod_1(
    self: Tensor,
    dim: _int,
    keepdim: _bool = False,
    *,
    dtype: DType | None = None,
) -> Tensor:
    """One form of torch_sffi.Tensor.prod."""
    return _f_torchtensor_prod_dim_int(self, dim, keepdim, dtype)


def _torch_sffi_all_0(input: Tensor, dim: _int, keepdim: _bool = False) -> Tensor:
    """One form of torch_sffi.all."""
    return _f_torchtensor_all_dim(input, dim, keepdim)


def _torch_sffi_all_1(
    input: Tensor,
    dim: _int | Sequence[_int] | None = None,
    keepdim: _bool = False,
) -> Tensor:
    """One form of torch_sffi.all."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_all_dims(input, dim_, dim is not None, keepdim)


def _Tensor_all_0(self: Tensor, dim: _int, keepdim: _bool = False) -> Tensor:
    """One form of torch_sffi.Tensor.all."""
    return _f_torchtensor_all_dim(self, dim, keepdim)


def _Tensor_all_1(
    self: Tensor,
    dim: _int | Sequence[_int] | None = None,
    keepdim: _bool = False,
) -> Tensor:
    """One form of torch_sffi.Tensor.all."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_all_dims(self, dim_, dim is not None, keepdim)


def _torch_sffi_any_0(input: Tensor, dim: _int, keepdim: _bool = False) -> Tensor:
    """One form of torch_sffi.any."""
    return _f_torchtensor_any_dim(input, dim, keepdim)


def _torch_sffi_any_1(
    input: Tensor,
    dim: _int | Sequence[_int] | None = None,
    keepdim: _bool = False,
) -> Tensor:
    """One form of torch_sffi.any."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_any_dims(input, dim_, dim is not None, keepdim)


def _Tensor_any_0(self: Tensor, dim: _int, keepdim: _bool = False) -> Tensor:
    """One form of torch_sffi.Tensor.any."""
    return _f_torchtensor_any_dim(self, dim, keepdim)


def _Tensor_any_1(
    self: Tensor,
    dim: _int | Sequence[_int] | None = None,
    keepdim: _bool = False,
) -> Tensor:
    """One form of torch_sffi.Tensor.any."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_any_dims(self, dim_, dim is not None, keepdim)


def _torch_sffi_count_nonzero_0(input: Tensor, dim: _int | Sequence[_int]) -> Tensor:
    """One form of torch_sffi.count_nonzero."""
    dim_ = _ints(dim, "dim")
    return _f_torchtensor_count_nonzero_dim_intlist(input, dim_)


def _torch_sffi_count_nonzero_1(input: Tensor, dim: _int | None = None) -> Tensor:
    """One form of torch_sffi.count_nonzero."""
    return _f_torchtensor_count_nonzero(input, 0 if dim is None else dim, dim is not None)


def _Tensor_count_nonzero_0(self: Tensor, dim: _int | Sequence[_int]) -> Tensor:
    """One form of torch_sffi.Tensor.count_nonzero."""
    dim_ = _ints(dim, "dim")
    return _f_torchtensor_count_nonzero_dim_intlist(self, dim_)


def _Tensor_count_nonzero_1(self: Tensor, dim: _int | None = None) -> Tensor:
    """One form of torch_sffi.Tensor.count_nonzero."""
    return _f_torchtensor_count_nonzero(self, 0 if dim is None else dim, dim is not None)


def _torch_sffi_median_0(input: Tensor) -> Tensor:
    """One form of torch_sffi.median."""
    return _f_torchtensor_median(input)


def _torch_sffi_median_1(input: Tensor, dim: _int, keepdim: _bool = False) -> _rt_types.median:
    """One form of torch_sffi.median."""
    return _tuple_new(_rt_types.median, _f_torchtensor_median_dim(input, dim, keepdim))


def _Tensor_median_0(self: Tensor) -> Tensor:
    """One form of torch_sffi.Tensor.median."""
    return _f_torchtensor_median(self)


def _Tensor_median_1(self: Tensor, dim: _int, keepdim: _bool = False) -> _rt_types.median:
    """One form of torch_sffi.Tensor.median."""
    return _tuple_new(_rt_types.median, _f_torchtensor_median_dim(self, dim, keepdim))


def _torch_sffi_nanmedian_0(input: Tensor) -> Tensor:
    """One form of torch_sffi.nanmedian."""
    return _f_torchtensor_nanmedian(input)


def _torch_sffi_nanmedian_1(
    input: Tensor,
    dim: _int,
    keepdim: _bool = False,
) -> _rt_types.nanmedian:
    """One form of torch_sffi.nanmedian."""
    return _tuple_new(_rt_types.nanmedian, _f_torchtensor_nanmedian_dim(input, dim, keepdim))


def _Tensor_nanmedian_0(self: Tensor) -> Tensor:
    """One form of torch_sffi.Tensor.nanmedian."""
    return _f_torchtensor_nanmedian(self)


def _Tensor_nanmedian_1(self: Tensor, dim: _int, keepdim: _bool = False) -> _rt_types.nanmedian:
    """One form of torch_sffi.Tensor.nanmedian."""
    return _tuple_new(_rt_types.nanmedian, _f_torchtensor_nanmedian_dim(self, dim, keepdim))


def _torch_sffi_sort_0(input: Tensor, dim: _int = -1, descending: _bool = False) -> _rt_types.sort:
    """One form of torch_sffi.sort."""
    return _tuple_new(_rt_types.sort, _f_torchtensor_sort(input, dim, descending))


def _torch_sffi_sort_1(
    input: Tensor,
    *,
    stable: _bool | None,
    dim: _int = -1,
    descending: _bool = False,
) -> _rt_types.sort:
    """One form of torch_sffi.sort."""
    return _tuple_new(_rt_types.sort, _f_torchtensor_sort_stable(input, False if stable is None else stable, stable is not None, dim, descending))


def _Tensor_sort_0(self: Tensor, dim: _int = -1, descending: _bool = False) -> _rt_types.sort:
    """One form of torch_sffi.Tensor.sort."""
    return _tuple_new(_rt_types.sort, _f_torchtensor_sort(self, dim, descending))


def _Tensor_sort_1(
    self: Tensor,
    *,
    stable: _bool | None,
    dim: _int = -1,
    descending: _bool = False,
) -> _rt_types.sort:
    """One form of torch_sffi.Tensor.sort."""
    return _tuple_new(_rt_types.sort, _f_torchtensor_sort_stable(self, False if stable is None else stable, stable is not None, dim, descending))


def _torch_sffi_argsort_0(input: Tensor, dim: _int = -1, descending: _bool = False) -> Tensor:
    """One form of torch_sffi.argsort."""
    return _f_torchtensor_argsort(input, dim, descending)


def _torch_sffi_argsort_1(
    input: Tensor,
    *,
    stable: _bool,
    dim: _int = -1,
    descending: _bool = False,
) -> Tensor:
    """One form of torch_sffi.argsort."""
    return _f_torchtensor_argsort_stable(input, stable, dim, descending)


def _Tensor_argsort_0(self: Tensor, dim: _int = -1, descending: _bool = False) -> Tensor:
    """One form of torch_sffi.Tensor.argsort."""
    return _f_torchtensor_argsort(self, dim, descending)


def _Tensor_argsort_1(
    self: Tensor,
    *,
    stable: _bool,
    dim: _int = -1,
    descending: _bool = False,
) -> Tensor:
    """One form of torch_sffi.Tensor.argsort."""
    return _f_torchtensor_argsort_stable(self, stable, dim, descending)


def _torch_sffi_var_mean_0(input: Tensor, unbiased: _bool = True) -> _rt_types.var_mean:
    """One form of torch_sffi.var_mean."""
    return _tuple_new(_rt_types.var_mean, _f_torchtensor_var_mean(input, unbiased))


def _torch_sffi_var_mean_1(
    input: Tensor,
    dim: _int | Sequence[_int] | None,
    unbiased: _bool = True,
    keepdim: _bool = False,
) -> _rt_types.var_mean:
    """One form of torch_sffi.var_mean."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _tuple_new(_rt_types.var_mean, _f_torchtensor_var_mean_dim(input, dim_, dim is not None, unbiased, keepdim))


def _torch_sffi_var_mean_2(
    input: Tensor,
    dim: _int | Sequence[_int] | None = None,
    *,
    correction: Number | None = None,
    keepdim: _bool = False,
) -> _rt_types.var_mean:
    """One form of torch_sffi.var_mean."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _tuple_new(_rt_types.var_mean, _f_torchtensor_var_mean_correction(input, dim_, dim is not None, correction, keepdim))


def _torch_sffi_std_mean_0(input: Tensor, unbiased: _bool = True) -> _rt_types.std_mean:
    """One form of torch_sffi.std_mean."""
    return _tuple_new(_rt_types.std_mean, _f_torchtensor_std_mean(input, unbiased))


def _torch_sffi_std_mean_1(
    input: Tensor,
    dim: _int | Sequence[_int] | None,
    unbiased: _bool = True,
    keepdim: _bool = False,
) -> _rt_types.std_mean:
    """One form of torch_sffi.std_mean."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _tuple_new(_rt_types.std_mean, _f_torchtensor_std_mean_dim(input, dim_, dim is not None, unbiased, keepdim))


def _torch_sffi_std_mean_2(
    input: Tensor,
    dim: _int | Sequence[_int] | None = None,
    *,
    correction: Number | None = None,
    keepdim: _bool = False,
) -> _rt_types.std_mean:
    """One form of torch_sffi.std_mean."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _tuple_new(_rt_types.std_mean, _f_torchtensor_std_mean_correction(input, dim_, dim is not None, correction, keepdim))


def _torch_sffi_repeat_interleave_0(repeats: Tensor, *, output_size: _int | None = None) -> Tensor:
    """One form of torch_sffi.repeat_interleave."""
    return _f_torchtensor_repeat_interleave_tensor(repeats, 0 if output_size is None else output_size, output_size is not None)


def _torch_sffi_repeat_interleave_1(
    input: Tensor,
    repeats: Tensor,
    dim: _int | None = None,
    *,
    output_size: _int | None = None,
) -> Tensor:
    """One form of torch_sffi.repeat_interleave."""
    return _f_torchtensor_repeat_interleave_self_tensor(input, repeats, 0 if dim is None else dim, dim is not None, 0 if output_size is None else output_size, output_size is not None)


def _torch_sffi_repeat_interleave_2(
    input: Tensor,
    repeats: _int,
    dim: _int | None = None,
    *,
    output_size: _int | None = None,
) -> Tensor:
    """One form of torch_sffi.repeat_interleave."""
    return _f_torchtensor_repeat_interleave_self_int(input, repeats, 0 if dim is None else dim, dim is not None, 0 if output_size is None else output_size, output_size is not None)


def _Tensor_repeat_interleave_0(self: Tensor, *, output_size: _int | None = None) -> Tensor:
    """One form of torch_sffi.Tensor.repeat_interleave."""
    return _f_torchtensor_repeat_interleave_tensor(self, 0 if output_size is None else output_size, output_size is not None)


def _Tensor_repeat_interleave_1(
    self: Tensor,
    repeats: Tensor,
    dim: _int | None = None,
    *,
    output_size: _int | None = None,
) -> Tensor:
    """One form of torch_sffi.Tensor.repeat_interleave."""
    return _f_torchtensor_repeat_interleave_self_tensor(self, repeats, 0 if dim is None else dim, dim is not None, 0 if output_size is None else output_size, output_size is not None)


def _Tensor_repeat_interleave_2(
    self: Tensor,
    repeats: _int,
    dim: _int | None = None,
    *,
    output_size: _int | None = None,
) -> Tensor:
    """One form of torch_sffi.Tensor.repeat_interleave."""
    return _f_torchtensor_repeat_interleave_self_int(self, repeats, 0 if dim is None else dim, dim is not None, 0 if output_size is None else output_size, output_size is not None)


def _torch_sffi_tensor_split_0(input: Tensor, sections: _int, dim: _int = 0) -> tuple[Tensor, ...]:
    """One form of torch_sffi.tensor_split."""
    return tuple(_f_torchtensor_tensor_split_sections(input, sections, dim))


def _torch_sffi_tensor_split_1(
    input: Tensor,
    indices: _int | Sequence[_int],
    dim: _int = 0,
) -> tuple[Tensor, ...]:
    """One form of torch_sffi.tensor_split."""
    indices_ = _ints(indices, "indices")
    return tuple(_f_torchtensor_tensor_split_indices(input, indices_, dim))


def _torch_sffi_tensor_split_2(
    input: Tensor,
    tensor_indices_or_sections: Tensor,
    dim: _int = 0,
) -> tuple[Tensor, ...]:
    """One form of torch_sffi.tensor_split."""
    return tuple(_f_torchtensor_tensor_split_tensor_indices_or_sections(input, tensor_indices_or_sections, dim))


def _Tensor_tensor_split_0(self: Tensor, sections: _int, dim: _int = 0) -> tuple[Tensor, ...]:
    """One form of torch_sffi.Tensor.tensor_split."""
    return tuple(_f_torchtensor_tensor_split_sections(self, sections, dim))


def _Tensor_tensor_split_1(
    self: Tensor,
    indices: _int | Sequence[_int],
    dim: _int = 0,
) -> tuple[Tensor, ...]:
    """One form of torch_sffi.Tensor.tensor_split."""
    indices_ = _ints(indices, "indices")
    return tuple(_f_torchtensor_tensor_split_indices(self, indices_, dim))


def _Tensor_tensor_split_2(
    self: Tensor,
    tensor_indices_or_sections: Tensor,
    dim: _int = 0,
) -> tuple[Tensor, ...]:
    """One form of torch_sffi.Tensor.tensor_split."""
    return tuple(_f_torchtensor_tensor_split_tensor_indices_or_sections(self, tensor_indices_or_sections, dim))


def _torch_sffi_hsplit_0(input: Tensor, sections: _int) -> tuple[Tensor, ...]:
    """One form of torch_sffi.hsplit."""
    return tuple(_f_torchtensor_hsplit_int(input, sections))


def _torch_sffi_hsplit_1(input: Tensor, indices: _int | Sequence[_int]) -> tuple[Tensor, ...]:
    """One form of torch_sffi.hsplit."""
    indices_ = _ints(indices, "indices")
    return tuple(_f_torchtensor_hsplit_array(input, indices_))


def _Tensor_hsplit_0(self: Tensor, sections: _int) -> tuple[Tensor, ...]:
    """One form of torch_sffi.Tensor.hsplit."""
    return tuple(_f_torchtensor_hsplit_int(self, sections))


def _Tensor_hsplit_1(self: Tensor, indices: _int | Sequence[_int]) -> tuple[Tensor, ...]:
    """One form of torch_sffi.Tensor.hsplit."""
    indices_ = _ints(indices, "indices")
    return tuple(_f_torchtensor_hsplit_array(self, indices_))


def _torch_sffi_vsplit_0(input: Tensor, sections: _int) -> tuple[Tensor, ...]:
    """One form of torch_sffi.vsplit."""
    return tuple(_f_torchtensor_vsplit_int(input, sections))


def _torch_sffi_vsplit_1(input: Tensor, indices: _int | Sequence[_int]) -> tuple[Tensor, ...]:
    """One form of torch_sffi.vsplit."""
    indices_ = _ints(indices, "indices")
    return tuple(_f_torchtensor_vsplit_array(input, indices_))


def _Tensor_vsplit_0(self: Tensor, sections: _int) -> tuple[Tensor, ...]:
    """One form of torch_sffi.Tensor.vsplit."""
    return tuple(_f_torchtensor_vsplit_int(self, sections))


def _Tensor_vsplit_1(self: Tensor, indices: _int | Sequence[_int]) -> tuple[Tensor, ...]:
    """One form of torch_sffi.Tensor.vsplit."""
    indices_ = _ints(indices, "indices")
    return tuple(_f_torchtensor_vsplit_array(self, indices_))


def _torch_sffi_dsplit_0(input: Tensor, sections: _int) -> tuple[Tensor, ...]:
    """One form of torch_sffi.dsplit."""
    return tuple(_f_torchtensor_dsplit_int(input, sections))


def _torch_sffi_dsplit_1(input: Tensor, indices: _int | Sequence[_int]) -> tuple[Tensor, ...]:
    """One form of torch_sffi.dsplit."""
    indices_ = _ints(indices, "indices")
    return tuple(_f_torchtensor_dsplit_array(input, indices_))


def _Tensor_dsplit_0(self: Tensor, sections: _int) -> tuple[Tensor, ...]:
    """One form of torch_sffi.Tensor.dsplit."""
    return tuple(_f_torchtensor_dsplit_int(self, sections))


def _Tensor_dsplit_1(self: Tensor, indices: _int | Sequence[_int]) -> tuple[Tensor, ...]:
    """One form of torch_sffi.Tensor.dsplit."""
    indices_ = _ints(indices, "indices")
    return tuple(_f_torchtensor_dsplit_array(self, indices_))


def _torch_sffi_atleast_1d_0(input: Tensor) -> Tensor:
    """One form of torch_sffi.atleast_1d."""
    return _f_torchtensor_atleast_1d(input)


def _torch_sffi_atleast_1d_1(tensors: Sequence[Tensor]) -> tuple[Tensor, ...]:
    """One form of torch_sffi.atleast_1d."""
    return tuple(_f_torchtensor_atleast_1d_sequence(tensors))


def _torch_sffi_atleast_2d_0(input: Tensor) -> Tensor:
    """One form of torch_sffi.atleast_2d."""
    return _f_torchtensor_atleast_2d(input)


def _torch_sffi_atleast_2d_1(tensors: Sequence[Tensor]) -> tuple[Tensor, ...]:
    """One form of torch_sffi.atleast_2d."""
    return tuple(_f_torchtensor_atleast_2d_sequence(tensors))


def _torch_sffi_atleast_3d_0(input: Tensor) -> Tensor:
    """One form of torch_sffi.atleast_3d."""
    return _f_torchtensor_atleast_3d(input)


def _torch_sffi_atleast_3d_1(tensors: Sequence[Tensor]) -> tuple[Tensor, ...]:
    """One form of torch_sffi.atleast_3d."""
    return tuple(_f_torchtensor_atleast_3d_sequence(tensors))


def _torch_sffi_meshgrid_0(tensors: Sequence[Tensor]) -> tuple[Tensor, ...]:
    """One form of torch_sffi.meshgrid."""
    return tuple(_f_torchtensor_meshgrid(tensors))


def _torch_sffi_meshgrid_1(tensors: Sequence[Tensor], *, indexing: str) -> tuple[Tensor, ...]:
    """One form of torch_sffi.meshgrid."""
    return tuple(_f_torchtensor_meshgrid_indexing(tensors, _text(indexing, "indexing")))


def _torch_sffi_scatter_0(input: Tensor, dim: _int, index: Tensor, src: Tensor) -> Tensor:
    """One form of torch_sffi.scatter."""
    return _f_torchtensor_scatter_src(input, dim, index, src)


def _torch_sffi_scatter_1(input: Tensor, dim: _int, index: Tensor, value: Number) -> Tensor:
    """One form of torch_sffi.scatter."""
    return _f_torchtensor_scatter_value(input, dim, index, value)


def _torch_sffi_scatter_2(
    input: Tensor,
    dim: _int,
    index: Tensor,
    src: Tensor,
    *,
    reduce: str,
) -> Tensor:
    """One form of torch_sffi.scatter."""
    return _f_torchtensor_scatter_reduce(input, dim, index, src, _text(reduce, "reduce"))


def _torch_sffi_scatter_3(
    input: Tensor,
    dim: _int,
    index: Tensor,
    value: Number,
    *,
    reduce: str,
) -> Tensor:
    """One form of torch_sffi.scatter."""
    return _f_torchtensor_scatter_value_reduce(input, dim, index, value, _text(reduce, "reduce"))


def _Tensor_scatter_0(self: Tensor, dim: _int, index: Tensor, src: Tensor) -> Tensor:
    """One form of torch_sffi.Tensor.scatter."""
    return _f_torchtensor_scatter_src(self, dim, index, src)


def _Tensor_scatter_1(self: Tensor, dim: _int, index: Tensor, value: Number) -> Tensor:
    """One form of torch_sffi.Tensor.scatter."""
    return _f_torchtensor_scatter_value(self, dim, index, value)


def _Tensor_scatter_2(
    self: Tensor,
    dim: _int,
    index: Tensor,
    src: Tensor,
    *,
    reduce: str,
) -> Tensor:
    """One form of torch_sffi.Tensor.scatter."""
    return _f_torchtensor_scatter_reduce(self, dim, index, src, _text(reduce, "reduce"))


def _Tensor_scatter_3(
    self: Tensor,
    dim: _int,
    index: Tensor,
    value: Number,
    *,
    reduce: str,
) -> Tensor:
    """One form of torch_sffi.Tensor.scatter."""
    return _f_torchtensor_scatter_value_reduce(self, dim, index, value, _text(reduce, "reduce"))


def _torch_sffi_nonzero_0(input: Tensor) -> Tensor:
    """One form of torch_sffi.nonzero."""
    return _f_torchtensor_nonzero(input)


def _torch_sffi_nonzero_1(input: Tensor) -> tuple[Tensor, ...]:
    """One form of torch_sffi.nonzero."""
    return tuple(_f_torchtensor_nonzero_numpy(input))


def _Tensor_nonzero_0(self: Tensor) -> Tensor:
    """One form of torch_sffi.Tensor.nonzero."""
    return _f_torchtensor_nonzero(self)


def _Tensor_nonzero_1(self: Tensor) -> tuple[Tensor, ...]:
    """One form of torch_sffi.Tensor.nonzero."""
    return tuple(_f_torchtensor_nonzero_numpy(self))


def _torch_sffi_randint_like_0(
    input: Tensor,
    high: _int,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
) -> Tensor:
    """One form of torch_sffi.randint_like."""
    return _f_torchtensor_randint_like(input, high, dtype, device, _opt_text(memory_format, "memory_format"))


def _torch_sffi_randint_like_1(
    input: Tensor,
    low: _int,
    high: _int,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
) -> Tensor:
    """One form of torch_sffi.randint_like."""
    return _f_torchtensor_randint_like_low_dtype(input, low, high, dtype, device, _opt_text(memory_format, "memory_format"))


def _torch_sffi_randint_0(
    high: _int,
    size: _int | Sequence[_int],
    *,
    dtype: DType | None = _dtypes.int64,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor:
    """One form of torch_sffi.randint."""
    size_ = _ints(size, "size")
    _t = _f_tensor_randint(high, size_, dtype, device)
    if requires_grad:
        _require_grad(_t)
    return _t


def _torch_sffi_randint_1(
    low: _int,
    high: _int,
    size: _int | Sequence[_int],
    *,
    dtype: DType | None = _dtypes.int64,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor:
    """One form of torch_sffi.randint."""
    size_ = _ints(size, "size")
    _t = _f_tensor_randint_low(low, high, size_, dtype, device)
    if requires_grad:
        _require_grad(_t)
    return _t


def _torch_sffi_normal_0(mean: Tensor, std_arg: Tensor) -> Tensor:
    """One form of torch_sffi.normal."""
    return _f_torchtensor_normal_tensor_tensor(mean, std_arg)


def _torch_sffi_normal_1(mean: Tensor, std_arg: _float = 1.0) -> Tensor:
    """One form of torch_sffi.normal."""
    return _f_torchtensor_normal_tensor_float(mean, std_arg)


def _torch_sffi_normal_2(mean: _float, std_arg: Tensor) -> Tensor:
    """One form of torch_sffi.normal."""
    return _f_tensor_normal_float_tensor(mean, std_arg)


def _torch_sffi_normal_3(
    mean: _float,
    std_arg: _float,
    size: _int | Sequence[_int],
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor:
    """One form of torch_sffi.normal."""
    size_ = _ints(size, "size")
    _t = _f_tensor_normal_float_float(mean, std_arg, size_, dtype, device)
    if requires_grad:
        _require_grad(_t)
    return _t


def _torch_sffi_bernoulli_0(input: Tensor) -> Tensor:
    """One form of torch_sffi.bernoulli."""
    return _f_torchtensor_bernoulli(input)


def _torch_sffi_bernoulli_1(input: Tensor, p: _float) -> Tensor:
    """One form of torch_sffi.bernoulli."""
    return _f_torchtensor_bernoulli_p(input, p)


def _Tensor_bernoulli_0(self: Tensor) -> Tensor:
    """One form of torch_sffi.Tensor.bernoulli."""
    return _f_torchtensor_bernoulli(self)


def _Tensor_bernoulli_1(self: Tensor, p: _float) -> Tensor:
    """One form of torch_sffi.Tensor.bernoulli."""
    return _f_torchtensor_bernoulli_p(self, p)


def _torch_sffi_logspace_0(
    start: Number,
    end: Number,
    steps: _int,
    base: _float = 10.0,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor:
    """One form of torch_sffi.logspace."""
    _t = _f_tensor_logspace(start, end, steps, base, dtype, device)
    if requires_grad:
        _require_grad(_t)
    return _t


def _torch_sffi_logspace_1(
    start: Tensor,
    end: Tensor,
    steps: _int,
    base: _float = 10.0,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
) -> Tensor:
    """One form of torch_sffi.logspace."""
    return _f_torchtensor_logspace_tensor_tensor(start, end, steps, base, dtype, device)


def _torch_sffi_logspace_2(
    start: Tensor,
    end: Number,
    steps: _int,
    base: _float = 10.0,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
) -> Tensor:
    """One form of torch_sffi.logspace."""
    return _f_torchtensor_logspace_tensor_scalar(start, end, steps, base, dtype, device)


def _torch_sffi_logspace_3(
    start: Number,
    end: Tensor,
    steps: _int,
    base: _float = 10.0,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
) -> Tensor:
    """One form of torch_sffi.logspace."""
    return _f_tensor_logspace_scalar_tensor(start, end, steps, base, dtype, device)


def _torch_sffi_trapezoid_0(y: Tensor, x: Tensor, *, dim: _int = -1) -> Tensor:
    """One form of torch_sffi.trapezoid."""
    return _f_torchtensor_trapezoid_x(y, x, dim)


def _torch_sffi_trapezoid_1(y: Tensor, *, dx: Number = 1, dim: _int = -1) -> Tensor:
    """One form of torch_sffi.trapezoid."""
    return _f_torchtensor_trapezoid_dx(y, dx, dim)


def _torch_sffi_trapz_0(y: Tensor, x: Tensor, *, dim: _int = -1) -> Tensor:
    """One form of torch_sffi.trapz."""
    return _f_torchtensor_trapz_x(y, x, dim)


def _torch_sffi_trapz_1(y: Tensor, *, dx: _float = 1.0, dim: _int = -1) -> Tensor:
    """One form of torch_sffi.trapz."""
    return _f_torchtensor_trapz_dx(y, dx, dim)


def _torch_sffi_cumulative_trapezoid_0(y: Tensor, x: Tensor, *, dim: _int = -1) -> Tensor:
    """One form of torch_sffi.cumulative_trapezoid."""
    return _f_torchtensor_cumulative_trapezoid_x(y, x, dim)


def _torch_sffi_cumulative_trapezoid_1(y: Tensor, *, dx: Number = 1, dim: _int = -1) -> Tensor:
    """One form of torch_sffi.cumulative_trapezoid."""
    return _f_torchtensor_cumulative_trapezoid_dx(y, dx, dim)


def _torch_sffi_round_0(input: Tensor) -> Tensor:
    """One form of torch_sffi.round."""
    return _f_torchtensor_round(input)


def _torch_sffi_round_1(input: Tensor, *, decimals: _int) -> Tensor:
    """One form of torch_sffi.round."""
    return _f_torchtensor_round_decimals(input, decimals)


def _Tensor_round_0(self: Tensor) -> Tensor:
    """One form of torch_sffi.Tensor.round."""
    return _f_torchtensor_round(self)


def _Tensor_round_1(self: Tensor, *, decimals: _int) -> Tensor:
    """One form of torch_sffi.Tensor.round."""
    return _f_torchtensor_round_decimals(self, decimals)


def _torch_sffi_isin_0(
    elements: Tensor,
    test_elements: Tensor,
    *,
    assume_unique: _bool = False,
    invert: _bool = False,
) -> Tensor:
    """One form of torch_sffi.isin."""
    return _f_torchtensor_isin_tensor_tensor(elements, test_elements, assume_unique, invert)


def _torch_sffi_isin_1(
    elements: Tensor,
    test_element: Number,
    *,
    assume_unique: _bool = False,
    invert: _bool = False,
) -> Tensor:
    """One form of torch_sffi.isin."""
    return _f_torchtensor_isin_tensor_scalar(elements, test_element, assume_unique, invert)


def _torch_sffi_isin_2(
    element: Number,
    test_elements: Tensor,
    *,
    assume_unique: _bool = False,
    invert: _bool = False,
) -> Tensor:
    """One form of torch_sffi.isin."""
    return _f_tensor_isin_scalar_tensor(element, test_elements, assume_unique, invert)


def _Tensor_sub__0(self: Tensor, other: Tensor, *, alpha: Number = 1) -> Tensor:
    """One form of torch_sffi.Tensor.sub_."""
    _f_torchtensor_sub_tensor_(self, other, alpha)
    return self


def _Tensor_sub__1(self: Tensor, other: Number, alpha: Number = 1) -> Tensor:
    """One form of torch_sffi.Tensor.sub_."""
    _f_torchtensor_sub_scalar_(self, other, alpha)
    return self


def _Tensor_div__0(self: Tensor, other: Tensor) -> Tensor:
    """One form of torch_sffi.Tensor.div_."""
    _f_torchtensor_div_tensor_(self, other)
    return self


def _Tensor_div__1(
    self: Tensor,
    other: Tensor,
    *,
    rounding_mode: Literal['trunc', 'floor'] | None,
) -> Tensor:
    """One form of torch_sffi.Tensor.div_."""
    _f_torchtensor_div_tensor_mode_(self, other, _opt_text(rounding_mode, "rounding_mode"))
    return self


def _Tensor_div__2(self: Tensor, other: Number) -> Tensor:
    """One form of torch_sffi.Tensor.div_."""
    _f_torchtensor_div_scalar_(self, other)
    return self


def _Tensor_div__3(
    self: Tensor,
    other: Number,
    *,
    rounding_mode: Literal['trunc', 'floor'] | None,
) -> Tensor:
    """One form of torch_sffi.Tensor.div_."""
    _f_torchtensor_div_scalar_mode_(self, other, _opt_text(rounding_mode, "rounding_mode"))
    return self


# The forms of each overloaded function with their implementations, as _core.dispatch reads them.
_DISPATCH_TENSOR_SIZE = ((_FORM_TENSOR_SIZE_0, _Tensor_size_0), (_FORM_TENSOR_SIZE_1, _Tensor_size_1),)
_DISPATCH_TORCH_SFFI_SQUEEZE = ((_FORM_TORCH_SFFI_SQUEEZE_0, _torch_sffi_squeeze_0), (_FORM_TORCH_SFFI_SQUEEZE_1, _torch_sffi_squeeze_1), (_FORM_TORCH_SFFI_SQUEEZE_2, _torch_sffi_squeeze_2),)
_DISPATCH_TENSOR_SQUEEZE = ((_FORM_TENSOR_SQUEEZE_0, _Tensor_squeeze_0), (_FORM_TENSOR_SQUEEZE_1, _Tensor_squeeze_1), (_FORM_TENSOR_SQUEEZE_2, _Tensor_squeeze_2),)
_DISPATCH_TENSOR_STRIDE = ((_FORM_TENSOR_STRIDE_0, _Tensor_stride_0), (_FORM_TENSOR_STRIDE_1, _Tensor_stride_1),)
_DISPATCH_TORCH_SFFI_MAX = ((_FORM_TORCH_SFFI_MAX_0, _torch_sffi_max_0), (_FORM_TORCH_SFFI_MAX_1, _torch_sffi_max_1), (_FORM_TORCH_SFFI_MAX_2, _torch_sffi_max_2),)
_DISPATCH_TENSOR_MAX = ((_FORM_TENSOR_MAX_0, _Tensor_max_0), (_FORM_TENSOR_MAX_1, _Tensor_max_1), (_FORM_TENSOR_MAX_2, _Tensor_max_2),)
_DISPATCH_TORCH_SFFI_MIN = ((_FORM_TORCH_SFFI_MIN_0, _torch_sffi_min_0), (_FORM_TORCH_SFFI_MIN_1, _torch_sffi_min_1), (_FORM_TORCH_SFFI_MIN_2, _torch_sffi_min_2),)
_DISPATCH_TENSOR_MIN = ((_FORM_TENSOR_MIN_0, _Tensor_min_0), (_FORM_TENSOR_MIN_1, _Tensor_min_1), (_FORM_TENSOR_MIN_2, _Tensor_min_2),)
_DISPATCH_TORCH_SFFI_ARANGE = ((_FORM_TORCH_SFFI_ARANGE_0, _torch_sffi_arange_0), (_FORM_TORCH_SFFI_ARANGE_1, _torch_sffi_arange_1),)
_DISPATCH_TORCH_SFFI_LINSPACE = ((_FORM_TORCH_SFFI_LINSPACE_0, _torch_sffi_linspace_0), (_FORM_TORCH_SFFI_LINSPACE_1, _torch_sffi_linspace_1), (_FORM_TORCH_SFFI_LINSPACE_2, _torch_sffi_linspace_2), (_FORM_TORCH_SFFI_LINSPACE_3, _torch_sffi_linspace_3),)
_DISPATCH_TORCH_SFFI_EYE = ((_FORM_TORCH_SFFI_EYE_0, _torch_sffi_eye_0), (_FORM_TORCH_SFFI_EYE_1, _torch_sffi_eye_1),)
_DISPATCH_TORCH_SFFI_STD = ((_FORM_TORCH_SFFI_STD_0, _torch_sffi_std_0), (_FORM_TORCH_SFFI_STD_1, _torch_sffi_std_1), (_FORM_TORCH_SFFI_STD_2, _torch_sffi_std_2),)
_DISPATCH_TENSOR_STD = ((_FORM_TENSOR_STD_0, _Tensor_std_0), (_FORM_TENSOR_STD_1, _Tensor_std_1), (_FORM_TENSOR_STD_2, _Tensor_std_2),)
_DISPATCH_TORCH_SFFI_VAR = ((_FORM_TORCH_SFFI_VAR_0, _torch_sffi_var_0), (_FORM_TORCH_SFFI_VAR_1, _torch_sffi_var_1), (_FORM_TORCH_SFFI_VAR_2, _torch_sffi_var_2),)
_DISPATCH_TENSOR_VAR = ((_FORM_TENSOR_VAR_0, _Tensor_var_0), (_FORM_TENSOR_VAR_1, _Tensor_var_1), (_FORM_TENSOR_VAR_2, _Tensor_var_2),)
_DISPATCH_TENSOR_TO = ((_FORM_TENSOR_TO_0, _Tensor_to_0), (_FORM_TENSOR_TO_1, _Tensor_to_1), (_FORM_TENSOR_TO_2, _Tensor_to_2), (_FORM_TENSOR_TO_3, _Tensor_to_3),)
_DISPATCH_TORCH_SFFI_PROD = ((_FORM_TORCH_SFFI_PROD_0, _torch_sffi_prod_0), (_FORM_TORCH_SFFI_PROD_1, _torch_sffi_prod_1),)
_DISPATCH_TENSOR_PROD = ((_FORM_TENSOR_PROD_0, _Tensor_prod_0), (_FORM_TENSOR_PROD_1, _Tensor_prod_1),)
_DISPATCH_TORCH_SFFI_ALL = ((_FORM_TORCH_SFFI_ALL_0, _torch_sffi_all_0), (_FORM_TORCH_SFFI_ALL_1, _torch_sffi_all_1),)
_DISPATCH_TENSOR_ALL = ((_FORM_TENSOR_ALL_0, _Tensor_all_0), (_FORM_TENSOR_ALL_1, _Tensor_all_1),)
_DISPATCH_TORCH_SFFI_ANY = ((_FORM_TORCH_SFFI_ANY_0, _torch_sffi_any_0), (_FORM_TORCH_SFFI_ANY_1, _torch_sffi_any_1),)
_DISPATCH_TENSOR_ANY = ((_FORM_TENSOR_ANY_0, _Tensor_any_0), (_FORM_TENSOR_ANY_1, _Tensor_any_1),)
_DISPATCH_TORCH_SFFI_COUNT_NONZERO = ((_FORM_TORCH_SFFI_COUNT_NONZERO_0, _torch_sffi_count_nonzero_0), (_FORM_TORCH_SFFI_COUNT_NONZERO_1, _torch_sffi_count_nonzero_1),)
_DISPATCH_TENSOR_COUNT_NONZERO = ((_FORM_TENSOR_COUNT_NONZERO_0, _Tensor_count_nonzero_0), (_FORM_TENSOR_COUNT_NONZERO_1, _Tensor_count_nonzero_1),)
_DISPATCH_TORCH_SFFI_MEDIAN = ((_FORM_TORCH_SFFI_MEDIAN_0, _torch_sffi_median_0), (_FORM_TORCH_SFFI_MEDIAN_1, _torch_sffi_median_1),)
_DISPATCH_TENSOR_MEDIAN = ((_FORM_TENSOR_MEDIAN_0, _Tensor_median_0), (_FORM_TENSOR_MEDIAN_1, _Tensor_median_1),)
_DISPATCH_TORCH_SFFI_NANMEDIAN = ((_FORM_TORCH_SFFI_NANMEDIAN_0, _torch_sffi_nanmedian_0), (_FORM_TORCH_SFFI_NANMEDIAN_1, _torch_sffi_nanmedian_1),)
_DISPATCH_TENSOR_NANMEDIAN = ((_FORM_TENSOR_NANMEDIAN_0, _Tensor_nanmedian_0), (_FORM_TENSOR_NANMEDIAN_1, _Tensor_nanmedian_1),)
_DISPATCH_TORCH_SFFI_SORT = ((_FORM_TORCH_SFFI_SORT_0, _torch_sffi_sort_0), (_FORM_TORCH_SFFI_SORT_1, _torch_sffi_sort_1),)
_DISPATCH_TENSOR_SORT = ((_FORM_TENSOR_SORT_0, _Tensor_sort_0), (_FORM_TENSOR_SORT_1, _Tensor_sort_1),)
_DISPATCH_TORCH_SFFI_ARGSORT = ((_FORM_TORCH_SFFI_ARGSORT_0, _torch_sffi_argsort_0), (_FORM_TORCH_SFFI_ARGSORT_1, _torch_sffi_argsort_1),)
_DISPATCH_TENSOR_ARGSORT = ((_FORM_TENSOR_ARGSORT_0, _Tensor_argsort_0), (_FORM_TENSOR_ARGSORT_1, _Tensor_argsort_1),)
_DISPATCH_TORCH_SFFI_VAR_MEAN = ((_FORM_TORCH_SFFI_VAR_MEAN_0, _torch_sffi_var_mean_0), (_FORM_TORCH_SFFI_VAR_MEAN_1, _torch_sffi_var_mean_1), (_FORM_TORCH_SFFI_VAR_MEAN_2, _torch_sffi_var_mean_2),)
_DISPATCH_TORCH_SFFI_STD_MEAN = ((_FORM_TORCH_SFFI_STD_MEAN_0, _torch_sffi_std_mean_0), (_FORM_TORCH_SFFI_STD_MEAN_1, _torch_sffi_std_mean_1), (_FORM_TORCH_SFFI_STD_MEAN_2, _torch_sffi_std_mean_2),)
_DISPATCH_TORCH_SFFI_REPEAT_INTERLEAVE = ((_FORM_TORCH_SFFI_REPEAT_INTERLEAVE_0, _torch_sffi_repeat_interleave_0), (_FORM_TORCH_SFFI_REPEAT_INTERLEAVE_1, _torch_sffi_repeat_interleave_1), (_FORM_TORCH_SFFI_REPEAT_INTERLEAVE_2, _torch_sffi_repeat_interleave_2),)
_DISPATCH_TENSOR_REPEAT_INTERLEAVE = ((_FORM_TENSOR_REPEAT_INTERLEAVE_0, _Tensor_repeat_interleave_0), (_FORM_TENSOR_REPEAT_INTERLEAVE_1, _Tensor_repeat_interleave_1), (_FORM_TENSOR_REPEAT_INTERLEAVE_2, _Tensor_repeat_interleave_2),)
_DISPATCH_TORCH_SFFI_TENSOR_SPLIT = ((_FORM_TORCH_SFFI_TENSOR_SPLIT_0, _torch_sffi_tensor_split_0), (_FORM_TORCH_SFFI_TENSOR_SPLIT_1, _torch_sffi_tensor_split_1), (_FORM_TORCH_SFFI_TENSOR_SPLIT_2, _torch_sffi_tensor_split_2),)
_DISPATCH_TENSOR_TENSOR_SPLIT = ((_FORM_TENSOR_TENSOR_SPLIT_0, _Tensor_tensor_split_0), (_FORM_TENSOR_TENSOR_SPLIT_1, _Tensor_tensor_split_1), (_FORM_TENSOR_TENSOR_SPLIT_2, _Tensor_tensor_split_2),)
_DISPATCH_TORCH_SFFI_HSPLIT = ((_FORM_TORCH_SFFI_HSPLIT_0, _torch_sffi_hsplit_0), (_FORM_TORCH_SFFI_HSPLIT_1, _torch_sffi_hsplit_1),)
_DISPATCH_TENSOR_HSPLIT = ((_FORM_TENSOR_HSPLIT_0, _Tensor_hsplit_0), (_FORM_TENSOR_HSPLIT_1, _Tensor_hsplit_1),)
_DISPATCH_TORCH_SFFI_VSPLIT = ((_FORM_TORCH_SFFI_VSPLIT_0, _torch_sffi_vsplit_0), (_FORM_TORCH_SFFI_VSPLIT_1, _torch_sffi_vsplit_1),)
_DISPATCH_TENSOR_VSPLIT = ((_FORM_TENSOR_VSPLIT_0, _Tensor_vsplit_0), (_FORM_TENSOR_VSPLIT_1, _Tensor_vsplit_1),)
_DISPATCH_TORCH_SFFI_DSPLIT = ((_FORM_TORCH_SFFI_DSPLIT_0, _torch_sffi_dsplit_0), (_FORM_TORCH_SFFI_DSPLIT_1, _torch_sffi_dsplit_1),)
_DISPATCH_TENSOR_DSPLIT = ((_FORM_TENSOR_DSPLIT_0, _Tensor_dsplit_0), (_FORM_TENSOR_DSPLIT_1, _Tensor_dsplit_1),)
_DISPATCH_TORCH_SFFI_ATLEAST_1D = ((_FORM_TORCH_SFFI_ATLEAST_1D_0, _torch_sffi_atleast_1d_0), (_FORM_TORCH_SFFI_ATLEAST_1D_1, _torch_sffi_atleast_1d_1),)
_DISPATCH_TORCH_SFFI_ATLEAST_2D = ((_FORM_TORCH_SFFI_ATLEAST_2D_0, _torch_sffi_atleast_2d_0), (_FORM_TORCH_SFFI_ATLEAST_2D_1, _torch_sffi_atleast_2d_1),)
_DISPATCH_TORCH_SFFI_ATLEAST_3D = ((_FORM_TORCH_SFFI_ATLEAST_3D_0, _torch_sffi_atleast_3d_0), (_FORM_TORCH_SFFI_ATLEAST_3D_1, _torch_sffi_atleast_3d_1),)
_DISPATCH_TORCH_SFFI_MESHGRID = ((_FORM_TORCH_SFFI_MESHGRID_0, _torch_sffi_meshgrid_0), (_FORM_TORCH_SFFI_MESHGRID_1, _torch_sffi_meshgrid_1),)
_DISPATCH_TORCH_SFFI_SCATTER = ((_FORM_TORCH_SFFI_SCATTER_0, _torch_sffi_scatter_0), (_FORM_TORCH_SFFI_SCATTER_1, _torch_sffi_scatter_1), (_FORM_TORCH_SFFI_SCATTER_2, _torch_sffi_scatter_2), (_FORM_TORCH_SFFI_SCATTER_3, _torch_sffi_scatter_3),)
_DISPATCH_TENSOR_SCATTER = ((_FORM_TENSOR_SCATTER_0, _Tensor_scatter_0), (_FORM_TENSOR_SCATTER_1, _Tensor_scatter_1), (_FORM_TENSOR_SCATTER_2, _Tensor_scatter_2), (_FORM_TENSOR_SCATTER_3, _Tensor_scatter_3),)
_DISPATCH_TORCH_SFFI_RANDINT_LIKE = ((_FORM_TORCH_SFFI_RANDINT_LIKE_0, _torch_sffi_randint_like_0), (_FORM_TORCH_SFFI_RANDINT_LIKE_1, _torch_sffi_randint_like_1),)
_DISPATCH_TORCH_SFFI_RANDINT = ((_FORM_TORCH_SFFI_RANDINT_0, _torch_sffi_randint_0), (_FORM_TORCH_SFFI_RANDINT_1, _torch_sffi_randint_1),)
_DISPATCH_TORCH_SFFI_NORMAL = ((_FORM_TORCH_SFFI_NORMAL_0, _torch_sffi_normal_0), (_FORM_TORCH_SFFI_NORMAL_1, _torch_sffi_normal_1), (_FORM_TORCH_SFFI_NORMAL_2, _torch_sffi_normal_2), (_FORM_TORCH_SFFI_NORMAL_3, _torch_sffi_normal_3),)
_DISPATCH_TORCH_SFFI_BERNOULLI = ((_FORM_TORCH_SFFI_BERNOULLI_0, _torch_sffi_bernoulli_0), (_FORM_TORCH_SFFI_BERNOULLI_1, _torch_sffi_bernoulli_1),)
_DISPATCH_TENSOR_BERNOULLI = ((_FORM_TENSOR_BERNOULLI_0, _Tensor_bernoulli_0), (_FORM_TENSOR_BERNOULLI_1, _Tensor_bernoulli_1),)
_DISPATCH_TORCH_SFFI_LOGSPACE = ((_FORM_TORCH_SFFI_LOGSPACE_0, _torch_sffi_logspace_0), (_FORM_TORCH_SFFI_LOGSPACE_1, _torch_sffi_logspace_1), (_FORM_TORCH_SFFI_LOGSPACE_2, _torch_sffi_logspace_2), (_FORM_TORCH_SFFI_LOGSPACE_3, _torch_sffi_logspace_3),)
_DISPATCH_TORCH_SFFI_TRAPEZOID = ((_FORM_TORCH_SFFI_TRAPEZOID_0, _torch_sffi_trapezoid_0), (_FORM_TORCH_SFFI_TRAPEZOID_1, _torch_sffi_trapezoid_1),)
_DISPATCH_TORCH_SFFI_TRAPZ = ((_FORM_TORCH_SFFI_TRAPZ_0, _torch_sffi_trapz_0), (_FORM_TORCH_SFFI_TRAPZ_1, _torch_sffi_trapz_1),)
_DISPATCH_TORCH_SFFI_CUMULATIVE_TRAPEZOID = ((_FORM_TORCH_SFFI_CUMULATIVE_TRAPEZOID_0, _torch_sffi_cumulative_trapezoid_0), (_FORM_TORCH_SFFI_CUMULATIVE_TRAPEZOID_1, _torch_sffi_cumulative_trapezoid_1),)
_DISPATCH_TORCH_SFFI_ROUND = ((_FORM_TORCH_SFFI_ROUND_0, _torch_sffi_round_0), (_FORM_TORCH_SFFI_ROUND_1, _torch_sffi_round_1),)
_DISPATCH_TENSOR_ROUND = ((_FORM_TENSOR_ROUND_0, _Tensor_round_0), (_FORM_TENSOR_ROUND_1, _Tensor_round_1),)
_DISPATCH_TORCH_SFFI_ISIN = ((_FORM_TORCH_SFFI_ISIN_0, _torch_sffi_isin_0), (_FORM_TORCH_SFFI_ISIN_1, _torch_sffi_isin_1), (_FORM_TORCH_SFFI_ISIN_2, _torch_sffi_isin_2),)
_DISPATCH_TENSOR_SUB_ = ((_FORM_TENSOR_SUB__0, _Tensor_sub__0), (_FORM_TENSOR_SUB__1, _Tensor_sub__1),)
_DISPATCH_TENSOR_DIV_ = ((_FORM_TENSOR_DIV__0, _Tensor_div__0), (_FORM_TENSOR_DIV__1, _Tensor_div__1), (_FORM_TENSOR_DIV__2, _Tensor_div__2), (_FORM_TENSOR_DIV__3, _Tensor_div__3),)


class Tensor(_TensorRuntime):
    """A tensor of libtorch, held through one handle of the bridge.

    Made from nested Python lists (`Tensor([[1., 2.], [3., 4.]])`, or `torch_sffi.tensor`), by
    the creation functions (`torch_sffi.zeros(2, 3)`, ...) and as the result of operations.
    Methods, properties and operators follow PyTorch's names.
    """

    __slots__ = ()

    def matmul(self, other: Tensor) -> Tensor:
        """Matrix product with torch.matmul semantics (vectors, batches, broadcasting).

        Args:
            other: The right operand.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_matmul. PyTorch: torch.matmul.
        """
        return _f_torchtensor_matmul(self, other)

    def dot(self, other: Tensor) -> Tensor:
        """Inner product of two 1-D tensors of the same length and dtype.

        Args:
            other: The second vector.

        Returns:
            A new 0-d tensor.

        Bridge: rt_torch_torchtensor_dot. PyTorch: torch.dot.
        """
        return _f_torchtensor_dot(self, other)

    def transpose(self, dim0: _int, dim1: _int) -> Tensor:
        """Swaps two dimensions; the result is a view sharing memory with the input.

        Args:
            dim0: The first dimension.
            dim1: The second dimension.

        Returns:
            A new handle to the transposed view.

        Bridge: rt_torch_torchtensor_transpose. PyTorch: torch.transpose.
        """
        return _f_torchtensor_transpose(self, dim0, dim1)

    @overload
    def size(self) -> Size: ...

    @overload
    def size(self, dim: _int) -> _int: ...

    def size(self, *args: Any, **kwargs: Any) -> Any:
        """size: one of 2 forms, chosen by the arguments as PyTorch chooses.

        size()
            The size of every dimension.

        size(dim: _int)
            The size of one dimension.

        Bridge: rt_torch_torchtensor_shape, rt_torch_torchtensor_size_dim. PyTorch: torch.Tensor.size.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_SIZE)
        if _r is not NotImplemented:
            return _r
        _no_match("size", args, kwargs, (_FORM_TENSOR_SIZE_0, _FORM_TENSOR_SIZE_1,))

    def reshape(self, *dims: _int | Sequence[_int]) -> Tensor:
        """The same data with a new shape; a view when possible, a copy otherwise.

        Args:
            dims: The new shape; one size may be -1 (inferred).

        Returns:
            A new handle.

        Bridge: rt_torch_torchtensor_reshape. PyTorch: torch.reshape.
        """
        dims_ = _size(dims)
        return _f_torchtensor_reshape(self, dims_)

    def permute(self, *dims: _int | Sequence[_int]) -> Tensor:
        """Reorders the dimensions (a view).

        Args:
            dims: A permutation of 0..ndim-1.

        Returns:
            A new handle to the permuted view.

        Bridge: rt_torch_torchtensor_permute. PyTorch: torch.permute.
        """
        dims_ = _size(dims)
        return _f_torchtensor_permute(self, dims_)

    @overload
    def squeeze(self) -> Tensor: ...

    @overload
    def squeeze(self, dim: _int) -> Tensor: ...

    @overload
    def squeeze(self, *dim: _int | Sequence[_int]) -> Tensor: ...

    def squeeze(self, *args: Any, **kwargs: Any) -> Any:
        """squeeze: one of 3 forms, chosen by the arguments as PyTorch chooses.

        squeeze()
            Removes every dimension of size 1.

        squeeze(dim: _int)
            Removes one dimension if its size is 1.

        squeeze(*dim: _int | Sequence[_int])
            Drops the given dimensions where their size is 1.

        Bridge: rt_torch_torchtensor_squeeze, rt_torch_torchtensor_squeeze_dim, rt_torch_torchtensor_squeeze_dims. PyTorch: torch.squeeze.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_SQUEEZE)
        if _r is not NotImplemented:
            return _r
        _no_match("squeeze", args, kwargs, (_FORM_TENSOR_SQUEEZE_0, _FORM_TENSOR_SQUEEZE_1, _FORM_TENSOR_SQUEEZE_2,))

    def unsqueeze(self, dim: _int) -> Tensor:
        """Inserts a dimension of size 1.

        Args:
            dim: The position of the new dimension, in -(ndim+1)..ndim.

        Returns:
            A new handle to the view.

        Bridge: rt_torch_torchtensor_unsqueeze. PyTorch: torch.unsqueeze.
        """
        return _f_torchtensor_unsqueeze(self, dim)

    def index_select(self, dim: _int, indices: Tensor) -> Tensor:
        """Selects entries along a dimension by an index tensor.

        Args:
            dim: The dimension; negative values count from the end.
            indices: A 1-D int64 (or int32) tensor of indices.

        Returns:
            A new tensor (a copy).

        Bridge: rt_torch_torchtensor_index_select. PyTorch: torch.index_select.
        """
        return _f_torchtensor_index_select(self, dim, indices)

    def gather(self, dim: _int, indices: Tensor) -> Tensor:
        """Gathers values along a dimension by an index tensor of the same rank.

        Args:
            dim: The dimension; negative values count from the end.
            indices: An int64 tensor with the same number of dimensions.

        Returns:
            A new tensor shaped like indices.

        Bridge: rt_torch_torchtensor_gather. PyTorch: torch.gather.
        """
        return _f_torchtensor_gather(self, dim, indices)

    def chunk(self, chunks: _int, dim: _int = 0) -> tuple[Tensor, ...]:
        """Splits into at most chunks pieces of equal size along a dimension (views).

        Args:
            chunks: The number of pieces wanted; must be positive.
            dim: The dimension; negative values count from the end.

        Returns:
            New handles, one per piece (fewer than chunks when the size does not allow
            more).

        Bridge: rt_torch_torchtensor_chunk. PyTorch: torch.chunk.
        """
        return tuple(_f_torchtensor_chunk(self, chunks, dim))

    def requires_grad_(self, requires_grad: _bool = True) -> Tensor:
        """Turns gradient tracking on or off for a leaf tensor, in place.

        Args:
            requires_grad: Whether to track gradients.

        Bridge: rt_torch_autograd_set_requires_grad. PyTorch: torch.Tensor.requires_grad_.
        """
        _f_autograd_set_requires_grad(self, requires_grad)
        return self

    @property
    def requires_grad(self) -> _bool:
        """Reports whether a tensor tracks gradients.

        Returns:
            true when operations on the tensor are recorded for backward.

        Bridge: rt_torch_autograd_requires_grad. PyTorch: torch.Tensor.requires_grad.
        """
        return _f_autograd_requires_grad(self)

    @requires_grad.setter
    def requires_grad(self, requires_grad: _bool) -> None:
        """Turns gradient tracking on or off for a leaf tensor, in place.

        Bridge: rt_torch_autograd_set_requires_grad. PyTorch: torch.Tensor.requires_grad_.
        """
        _f_autograd_set_requires_grad(self, requires_grad)

    @property
    def grad(self) -> Tensor | None:
        """The gradient accumulated in a tensor by backward.

        Returns:
            A new handle to the gradient (sharing its memory), or 0 when no gradient is
            defined.

        Bridge: rt_torch_autograd_grad. PyTorch: torch.Tensor.grad.
        """
        return _f_autograd_grad(self)

    @grad.setter
    def grad(self, grad: Tensor | None) -> None:
        """Replaces a tensor's gradient, or removes it (what an optimizer's zero_grad does by
        default).

        Bridge: rt_torch_autograd_set_grad. PyTorch: torch.Tensor.grad.
        """
        _f_autograd_set_grad(self, grad)

    def zero_grad(self) -> Tensor:
        """Zeroes a tensor's gradient in place; does nothing when none is defined.

        Bridge: rt_torch_autograd_zero_grad. PyTorch: torch.Tensor.grad.zero_.
        """
        _f_autograd_zero_grad(self)
        return self

    def cuda(self, device_id: _int = 0) -> Tensor:
        """A copy of the tensor on a CUDA device.

        Args:
            device_id: The CUDA device ordinal.

        Returns:
            A new handle on the device (the same memory if it is already there).

        Raises TorchUnavailableError on a build or machine without CUDA.

        Bridge: rt_torch_torchtensor_cuda. PyTorch: torch.Tensor.cuda.
        """
        return _f_torchtensor_cuda(self, device_id)

    def free(self) -> None:
        """Releases a tensor handle; the memory goes when no other handle or view uses it.

        Bridge: rt_torch_torchtensor_free.
        """
        _f_torchtensor_free(self)
        self._live = False

    @overload
    def stride(self) -> tuple[_int, ...]: ...

    @overload
    def stride(self, dim: _int) -> _int: ...

    def stride(self, *args: Any, **kwargs: Any) -> Any:
        """stride: one of 2 forms, chosen by the arguments as PyTorch chooses.

        stride()
            The stride of every dimension, in elements.

        stride(dim: _int)
            The stride of one dimension, in elements.

        Bridge: rt_torch_torchtensor_stride, rt_torch_torchtensor_stride_int. PyTorch: torch.Tensor.stride.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_STRIDE)
        if _r is not NotImplemented:
            return _r
        _no_match("stride", args, kwargs, (_FORM_TENSOR_STRIDE_0, _FORM_TENSOR_STRIDE_1,))

    def is_contiguous(
        self,
        *,
        memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] = 'contiguous_format',
    ) -> _bool:
        """Whether the elements are laid out contiguously in a memory format.

        Args:
            memory_format: The layout to check against.

        Returns:
            true when the strides are those of that layout.

        Bridge: rt_torch_torchtensor_is_contiguous. PyTorch: torch.Tensor.is_contiguous.
        """
        return _f_torchtensor_is_contiguous(self, _text(memory_format, "memory_format"))

    def type_as(self, other: Tensor) -> Tensor:
        """The tensor converted to the dtype of another tensor.

        Args:
            other: The tensor whose dtype (and device) to take.

        Returns:
            input itself when the dtype and device already match, else a converted copy.

        Bridge: rt_torch_torchtensor_type_as. PyTorch: torch.Tensor.type_as.
        """
        return _f_torchtensor_type_as(self, other)

    @overload
    def max(self) -> Tensor: ...

    @overload
    def max(self, dim: _int, keepdim: _bool = False) -> _rt_types.max: ...

    @overload
    def max(self, other: Tensor) -> Tensor: ...

    def max(self, *args: Any, **kwargs: Any) -> Any:
        """max: one of 3 forms, chosen by the arguments as PyTorch chooses.

        max()
            The largest element as a 0-d tensor, which can be backpropagated.

        max(dim: _int, keepdim: _bool = False)
            The maxima along one dimension, with their indices.

        max(other: Tensor)
            The element-wise maximum of two tensors (broadcasting).

        Bridge: rt_torch_torchtensor_max_all, rt_torch_torchtensor_max_dim_v2, rt_torch_torchtensor_max_other. PyTorch: torch.max.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_MAX)
        if _r is not NotImplemented:
            return _r
        _no_match("max", args, kwargs, (_FORM_TENSOR_MAX_0, _FORM_TENSOR_MAX_1, _FORM_TENSOR_MAX_2,))

    @overload
    def min(self) -> Tensor: ...

    @overload
    def min(self, dim: _int, keepdim: _bool = False) -> _rt_types.min: ...

    @overload
    def min(self, other: Tensor) -> Tensor: ...

    def min(self, *args: Any, **kwargs: Any) -> Any:
        """min: one of 3 forms, chosen by the arguments as PyTorch chooses.

        min()
            The smallest element as a 0-d tensor, which can be backpropagated.

        min(dim: _int, keepdim: _bool = False)
            The minima along one dimension, with their indices.

        min(other: Tensor)
            The element-wise minimum of two tensors (broadcasting).

        Bridge: rt_torch_torchtensor_min_all, rt_torch_torchtensor_min_dim_v2, rt_torch_torchtensor_min_other. PyTorch: torch.min.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_MIN)
        if _r is not NotImplemented:
            return _r
        _no_match("min", args, kwargs, (_FORM_TENSOR_MIN_0, _FORM_TENSOR_MIN_1, _FORM_TENSOR_MIN_2,))

    def maximum(self, other: Tensor) -> Tensor:
        """The element-wise maximum of two tensors, with broadcasting.

        Args:
            other: The second tensor.

        Returns:
            A new tensor (NaN where either input is NaN).

        Bridge: rt_torch_torchtensor_maximum. PyTorch: torch.maximum.
        """
        return _f_torchtensor_maximum(self, other)

    @overload
    def add_(self, other: Tensor, *, alpha: Number = 1) -> Tensor: ...

    @overload
    def add_(self, other: Number, *, alpha: Number = 1) -> Tensor: ...

    def add_(self, other: Any, *, alpha: Number = 1) -> Tensor:
        """add_: one of 2 forms, chosen by the arguments as PyTorch chooses.

        add_(other: Tensor, *, alpha: Number = 1)
            Adds alpha times another tensor to this one, in place (PyTorch's Tensor.add_
            with a tensor).

        add_(other: Number, *, alpha: Number = 1)
            Adds alpha times a number to every element, in place (an int keeps integer
            tensors integer).

        Bridge: rt_torch_torchtensor_add_tensor_, rt_torch_torchtensor_add_scalar_v2_. PyTorch: torch.Tensor.add_.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                _f_torchtensor_add_tensor_(self, other, alpha)
                return self
            if _accepts("Scalar", other):
                _f_torchtensor_add_scalar_v2_(self, other, alpha)
                return self
        except TypeError:
            _refit("add_", {"other": other, "alpha": alpha}, (_FORM_TENSOR_ADD__0, _FORM_TENSOR_ADD__1,))
            raise
        _no_match("add_", (), {"other": other, "alpha": alpha}, (_FORM_TENSOR_ADD__0, _FORM_TENSOR_ADD__1,))

    @overload
    def mul_(self, other: Tensor) -> Tensor: ...

    @overload
    def mul_(self, other: Number) -> Tensor: ...

    def mul_(self, other: Any) -> Tensor:
        """mul_: one of 2 forms, chosen by the arguments as PyTorch chooses.

        mul_(other: Tensor)
            Multiplies element-wise by another tensor, in place.

        mul_(other: Number)
            Multiplies every element by a number, in place (an int keeps integer tensors
            integer).

        Bridge: rt_torch_torchtensor_mul_, rt_torch_torchtensor_mul_scalar_v2_. PyTorch: torch.Tensor.mul_.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                _f_torchtensor_mul_(self, other)
                return self
            if _accepts("Scalar", other):
                _f_torchtensor_mul_scalar_v2_(self, other)
                return self
        except TypeError:
            _refit("mul_", {"other": other}, (_FORM_TENSOR_MUL__0, _FORM_TENSOR_MUL__1,))
            raise
        _no_match("mul_", (), {"other": other}, (_FORM_TENSOR_MUL__0, _FORM_TENSOR_MUL__1,))

    def addcmul_(self, tensor1: Tensor, tensor2: Tensor, value: _float = 1.0) -> Tensor:
        """Adds value times the element-wise product of two tensors, in place.

        Args:
            tensor1: The first factor.
            tensor2: The second factor.
            value: The multiplier of tensor1 * tensor2.

        Bridge: rt_torch_torchtensor_addcmul_. PyTorch: torch.Tensor.addcmul_.
        """
        _f_torchtensor_addcmul_(self, tensor1, tensor2, value)
        return self

    def addcdiv_(self, tensor1: Tensor, tensor2: Tensor, value: _float = 1.0) -> Tensor:
        """Adds value times the element-wise quotient of two tensors, in place.

        Args:
            tensor1: The numerator.
            tensor2: The denominator.
            value: The multiplier of tensor1 / tensor2.

        Bridge: rt_torch_torchtensor_addcdiv_. PyTorch: torch.Tensor.addcdiv_.
        """
        _f_torchtensor_addcdiv_(self, tensor1, tensor2, value)
        return self

    def lerp_(self, end: Tensor, weight: _float) -> Tensor:
        """Moves every element toward another tensor by a weight, in place (handle + weight *
        (end - handle)).

        Args:
            end: The target, broadcastable to handle.
            weight: The interpolation weight.

        Bridge: rt_torch_torchtensor_lerp_. PyTorch: torch.Tensor.lerp_.
        """
        _f_torchtensor_lerp_(self, end, weight)
        return self

    def zero_(self) -> Tensor:
        """Sets every element to zero, in place.

        Bridge: rt_torch_torchtensor_zero_. PyTorch: torch.zero_.
        """
        _f_torchtensor_zero_(self)
        return self

    def copy_(self, src: Tensor) -> Tensor:
        """Copies the elements of another tensor into this one, in place (converting dtype and
        device).

        Args:
            src: The source, broadcastable to handle.

        Bridge: rt_torch_torchtensor_copy_. PyTorch: torch.Tensor.copy_.
        """
        _f_torchtensor_copy_(self, src)
        return self

    def backward(
        self,
        gradient: Tensor | None = None,
        retain_graph: _bool | None = None,
        create_graph: _bool = False,
    ) -> None:
        """Backpropagates from a tensor, accumulating gradients into the leaves: from a scalar,
        or from any tensor with the gradient of its output (a vector-Jacobian product).

        Args:
            gradient: The gradient of the output, of the tensor's shape; None for a
                one-element tensor (then 1).
            retain_graph: Keep the graph for another backward; None for create_graph's
                value.
            create_graph: Record the backward pass, for higher-order gradients.

        Bridge: rt_torch_autograd_backward_v2. PyTorch: torch.Tensor.backward.
        """
        _f_autograd_backward_v2(self, gradient, False if retain_graph is None else retain_graph, retain_graph is not None, create_graph)
        _run_hooks("after_backward")

    def to_stream(self, device_id: _int, stream: Stream) -> Tensor:
        """A copy of the tensor on a CUDA device, made current on the given stream and
        non-blocking, like `with torch.cuda.stream(s): t.to(device, non_blocking=True)`.

        Args:
            device_id: The CUDA device ordinal.
            stream: A stream of that device; synchronise it before reading the result
                elsewhere.

        Returns:
            A new handle on the device.

        Raises TorchUnavailableError on a build or machine without CUDA.

        Bridge: rt_torch_torchtensor_to_stream_v2. PyTorch: torch.Tensor.to.
        """
        return _f_torchtensor_to_stream_v2(self, device_id, stream._h)

    @overload
    def add(self, other: Tensor, *, alpha: Number = 1) -> Tensor: ...

    @overload
    def add(self, other: Number, *, alpha: Number = 1) -> Tensor: ...

    def add(self, other: Any, *, alpha: Number = 1) -> Tensor:
        """add: one of 2 forms, chosen by the arguments as PyTorch chooses.

        add(other: Tensor, *, alpha: Number = 1)
            The element-wise sum input + alpha * other (broadcasting, with PyTorch's type
            promotion).

        add(other: Number, *, alpha: Number = 1)
            Adds alpha times a number to every element (an int keeps integer tensors
            integer, as in PyTorch).

        Bridge: rt_torch_torchtensor_add_tensor, rt_torch_torchtensor_add_scalar_v2. PyTorch: torch.add.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                return _f_torchtensor_add_tensor(self, other, alpha)
            if _accepts("Scalar", other):
                return _f_torchtensor_add_scalar_v2(self, other, alpha)
        except TypeError:
            _refit("add", {"other": other, "alpha": alpha}, (_FORM_TENSOR_ADD_0, _FORM_TENSOR_ADD_1,))
            raise
        _no_match("add", (), {"other": other, "alpha": alpha}, (_FORM_TENSOR_ADD_0, _FORM_TENSOR_ADD_1,))

    @overload
    def sub(self, other: Tensor, *, alpha: Number = 1) -> Tensor: ...

    @overload
    def sub(self, other: Number, *, alpha: Number = 1) -> Tensor: ...

    def sub(self, other: Any, *, alpha: Number = 1) -> Tensor:
        """sub: one of 2 forms, chosen by the arguments as PyTorch chooses.

        sub(other: Tensor, *, alpha: Number = 1)
            The element-wise difference input - alpha * other (broadcasting).

        sub(other: Number, *, alpha: Number = 1)
            Subtracts alpha times a number from every element.

        Bridge: rt_torch_torchtensor_sub_tensor, rt_torch_torchtensor_sub_scalar. PyTorch: torch.sub.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                return _f_torchtensor_sub_tensor(self, other, alpha)
            if _accepts("Scalar", other):
                return _f_torchtensor_sub_scalar(self, other, alpha)
        except TypeError:
            _refit("sub", {"other": other, "alpha": alpha}, (_FORM_TENSOR_SUB_0, _FORM_TENSOR_SUB_1,))
            raise
        _no_match("sub", (), {"other": other, "alpha": alpha}, (_FORM_TENSOR_SUB_0, _FORM_TENSOR_SUB_1,))

    @overload
    def mul(self, other: Tensor) -> Tensor: ...

    @overload
    def mul(self, other: Number) -> Tensor: ...

    def mul(self, other: Any) -> Tensor:
        """mul: one of 2 forms, chosen by the arguments as PyTorch chooses.

        mul(other: Tensor)
            The element-wise product (broadcasting).

        mul(other: Number)
            Multiplies every element by a number (an int keeps integer tensors integer).

        Bridge: rt_torch_torchtensor_mul_tensor, rt_torch_torchtensor_mul_scalar_v2. PyTorch: torch.mul.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                return _f_torchtensor_mul_tensor(self, other)
            if _accepts("Scalar", other):
                return _f_torchtensor_mul_scalar_v2(self, other)
        except TypeError:
            _refit("mul", {"other": other}, (_FORM_TENSOR_MUL_0, _FORM_TENSOR_MUL_1,))
            raise
        _no_match("mul", (), {"other": other}, (_FORM_TENSOR_MUL_0, _FORM_TENSOR_MUL_1,))

    @overload
    def div(
        self,
        other: Tensor,
        *,
        rounding_mode: Literal['trunc', 'floor'] | None = None,
    ) -> Tensor: ...

    @overload
    def div(
        self,
        other: Number,
        *,
        rounding_mode: Literal['trunc', 'floor'] | None = None,
    ) -> Tensor: ...

    def div(self, other: Any, *, rounding_mode: Literal['trunc', 'floor'] | None = None) -> Tensor:
        """div: one of 2 forms, chosen by the arguments as PyTorch chooses.

        div(other: Tensor, *, rounding_mode: Literal['trunc', 'floor'] | None = None)
            The element-wise quotient input / other, true or rounded (broadcasting).

        div(other: Number, *, rounding_mode: Literal['trunc', 'floor'] | None = None)
            Divides every element by a number, true or rounded.

        Bridge: rt_torch_torchtensor_div_tensor_mode, rt_torch_torchtensor_div_scalar_mode. PyTorch: torch.div.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                return _f_torchtensor_div_tensor_mode(self, other, _opt_text(rounding_mode, "rounding_mode"))
            if _accepts("Scalar", other):
                return _f_torchtensor_div_scalar_mode(self, other, _opt_text(rounding_mode, "rounding_mode"))
        except TypeError:
            _refit("div", {"other": other, "rounding_mode": rounding_mode}, (_FORM_TENSOR_DIV_0, _FORM_TENSOR_DIV_1,))
            raise
        _no_match("div", (), {"other": other, "rounding_mode": rounding_mode}, (_FORM_TENSOR_DIV_0, _FORM_TENSOR_DIV_1,))

    @overload
    def pow(self, exponent: Number) -> Tensor: ...

    @overload
    def pow(self, exponent: Tensor) -> Tensor: ...

    def pow(self, exponent: Any) -> Tensor:
        """pow: one of 2 forms, chosen by the arguments as PyTorch chooses.

        pow(exponent: Number)
            Raises every element to a number (an int exponent keeps integer tensors
            integer).

        pow(exponent: Tensor)
            Raises every element to the matching element of another tensor (broadcasting).

        Bridge: rt_torch_torchtensor_pow_tensor_scalar, rt_torch_torchtensor_pow_tensor_tensor. PyTorch: torch.pow.
        """
        try:
            if _accepts("Scalar", exponent):
                return _f_torchtensor_pow_tensor_scalar(self, exponent)
            if (exponent.__class__ is _Tensor or _accepts("Tensor", exponent)):
                return _f_torchtensor_pow_tensor_tensor(self, exponent)
        except TypeError:
            _refit("pow", {"exponent": exponent}, (_FORM_TENSOR_POW_0, _FORM_TENSOR_POW_1,))
            raise
        _no_match("pow", (), {"exponent": exponent}, (_FORM_TENSOR_POW_0, _FORM_TENSOR_POW_1,))

    def softmax(self, dim: _int, dtype: DType | None = None) -> Tensor:
        """Softmax along a dimension, optionally computed in another dtype.

        Args:
            dim: The dimension that sums to 1; negative values count from the end.
            dtype: Convert the input to this dtype first; None keeps it.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_softmax_int. PyTorch: torch.softmax.
        """
        return _f_torchtensor_softmax_int(self, dim, dtype)

    def log_softmax(self, dim: _int, dtype: DType | None = None) -> Tensor:
        """Log-softmax along a dimension, optionally computed in another dtype.

        Args:
            dim: The dimension; negative values count from the end.
            dtype: Convert the input to this dtype first; None keeps it.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_log_softmax_int. PyTorch: torch.log_softmax.
        """
        return _f_torchtensor_log_softmax_int(self, dim, dtype)

    def sum(
        self,
        dim: _int | Sequence[_int] | None = None,
        keepdim: _bool = False,
        *,
        dtype: DType | None = None,
    ) -> Tensor:
        """The sum over all or some dimensions, optionally in another dtype.

        Args:
            dim: The dimensions to reduce; None for all.
            keepdim: Keep the reduced dimensions with size 1.
            dtype: The dtype of the result; None keeps the input's (int64 for integer and
                bool inputs).

        Returns:
            A new tensor (0-d when every dimension is reduced).

        Bridge: rt_torch_torchtensor_sum_dim_intlist. PyTorch: torch.sum.
        """
        dim_ = _EMPTY if dim is None else _ints(dim, "dim")
        return _f_torchtensor_sum_dim_intlist(self, dim_, dim is not None, keepdim, dtype)

    def mean(
        self,
        dim: _int | Sequence[_int] | None = None,
        keepdim: _bool = False,
        *,
        dtype: DType | None = None,
    ) -> Tensor:
        """The mean over all or some dimensions, optionally in another dtype.

        Args:
            dim: The dimensions to reduce; None for all.
            keepdim: Keep the reduced dimensions with size 1.
            dtype: Compute in this dtype; None keeps the input's.

        Returns:
            A new tensor (0-d when every dimension is reduced).

        Bridge: rt_torch_torchtensor_mean_dim_v2. PyTorch: torch.mean.
        """
        dim_ = _EMPTY if dim is None else _ints(dim, "dim")
        return _f_torchtensor_mean_dim_v2(self, dim_, dim is not None, keepdim, dtype)

    def argmax(self, dim: _int | None = None, keepdim: _bool = False) -> Tensor:
        """The indices of the maxima, along a dimension or over the flattened tensor.

        Args:
            dim: The dimension to reduce; None for the flattened tensor.
            keepdim: Keep the reduced dimension with size 1 (with a dim).

        Returns:
            A new int64 tensor.

        Bridge: rt_torch_torchtensor_argmax_v2. PyTorch: torch.argmax.
        """
        return _f_torchtensor_argmax_v2(self, 0 if dim is None else dim, dim is not None, keepdim)

    def argmin(self, dim: _int | None = None, keepdim: _bool = False) -> Tensor:
        """The indices of the minima, along a dimension or over the flattened tensor.

        Args:
            dim: The dimension to reduce; None for the flattened tensor.
            keepdim: Keep the reduced dimension with size 1 (with a dim).

        Returns:
            A new int64 tensor.

        Bridge: rt_torch_torchtensor_argmin_v2. PyTorch: torch.argmin.
        """
        return _f_torchtensor_argmin_v2(self, 0 if dim is None else dim, dim is not None, keepdim)

    @overload
    def std(
        self,
        dim: _int | Sequence[_int] | None,
        unbiased: _bool = True,
        keepdim: _bool = False,
    ) -> Tensor: ...

    @overload
    def std(
        self,
        dim: _int | Sequence[_int] | None = None,
        *,
        correction: Number | None = None,
        keepdim: _bool = False,
    ) -> Tensor: ...

    @overload
    def std(self, unbiased: _bool = True) -> Tensor: ...

    def std(self, *args: Any, **kwargs: Any) -> Any:
        """std: one of 3 forms, chosen by the arguments as PyTorch chooses.

        std(dim: _int | Sequence[_int] | None, unbiased: _bool = True, keepdim: _bool = False)
            The standard deviation over some dimensions, with or without Bessel's
            correction.

        std(dim: _int | Sequence[_int] | None = None, *, correction: Number | None = None, keepdim: _bool = False)
            The standard deviation over all or some dimensions, with a given correction.

        std(unbiased: _bool = True)
            The standard deviation of all elements, with or without Bessel's correction.

        Bridge: rt_torch_torchtensor_std_dim, rt_torch_torchtensor_std_correction, rt_torch_torchtensor_std_v2. PyTorch: torch.std.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_STD)
        if _r is not NotImplemented:
            return _r
        _no_match("std", args, kwargs, (_FORM_TENSOR_STD_0, _FORM_TENSOR_STD_1, _FORM_TENSOR_STD_2,))

    @overload
    def var(
        self,
        dim: _int | Sequence[_int] | None,
        unbiased: _bool = True,
        keepdim: _bool = False,
    ) -> Tensor: ...

    @overload
    def var(
        self,
        dim: _int | Sequence[_int] | None = None,
        *,
        correction: Number | None = None,
        keepdim: _bool = False,
    ) -> Tensor: ...

    @overload
    def var(self, unbiased: _bool = True) -> Tensor: ...

    def var(self, *args: Any, **kwargs: Any) -> Any:
        """var: one of 3 forms, chosen by the arguments as PyTorch chooses.

        var(dim: _int | Sequence[_int] | None, unbiased: _bool = True, keepdim: _bool = False)
            The variance over some dimensions, with or without Bessel's correction.

        var(dim: _int | Sequence[_int] | None = None, *, correction: Number | None = None, keepdim: _bool = False)
            The variance over all or some dimensions, with a given correction.

        var(unbiased: _bool = True)
            The variance of all elements, with or without Bessel's correction.

        Bridge: rt_torch_torchtensor_var_dim, rt_torch_torchtensor_var_correction, rt_torch_torchtensor_var_v2. PyTorch: torch.var.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_VAR)
        if _r is not NotImplemented:
            return _r
        _no_match("var", args, kwargs, (_FORM_TENSOR_VAR_0, _FORM_TENSOR_VAR_1, _FORM_TENSOR_VAR_2,))

    def flatten(self, start_dim: _int = 0, end_dim: _int = -1) -> Tensor:
        """Flattens the dimensions from start_dim to end_dim into one.

        Args:
            start_dim: The first dimension to flatten.
            end_dim: The last dimension to flatten (inclusive).

        Returns:
            A new handle (a view where the memory allows it).

        Bridge: rt_torch_torchtensor_flatten_using_ints. PyTorch: torch.flatten.
        """
        return _f_torchtensor_flatten_using_ints(self, start_dim, end_dim)

    def select(self, dim: _int, index: _int) -> Tensor:
        """The slice at one index along a dimension, which it removes.

        Args:
            dim: The dimension; negative values count from the end.
            index: The index along it; negative values count from the end.

        Returns:
            A new handle sharing memory with input (a view).

        Bridge: rt_torch_torchtensor_select_int. PyTorch: torch.select.
        """
        return _f_torchtensor_select_int(self, dim, index)

    def view(self, *size: _int | Sequence[_int]) -> Tensor:
        """A view of the same memory with a new shape; an error naming reshape when the strides
        do not allow one.

        Args:
            size: The new shape; one size may be -1 (inferred).

        Returns:
            A new handle sharing memory with input (never a copy).

        Bridge: rt_torch_torchtensor_view_v2. PyTorch: torch.Tensor.view.
        """
        size_ = _size(size)
        return _f_torchtensor_view_v2(self, size_)

    @overload
    def to(
        self,
        dtype: DType,
        non_blocking: _bool = False,
        copy: _bool = False,
        *,
        memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
    ) -> Tensor: ...

    @overload
    def to(
        self,
        device: DeviceLike,
        dtype: DType | None = None,
        non_blocking: _bool = False,
        copy: _bool = False,
        *,
        memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
    ) -> Tensor: ...

    @overload
    def to(
        self,
        other: Tensor,
        non_blocking: _bool = False,
        copy: _bool = False,
        *,
        memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
    ) -> Tensor: ...

    @overload
    def to(
        self,
        *,
        dtype: DType | None = None,
        device: DeviceLike | None = None,
        non_blocking: _bool = False,
        copy: _bool = False,
        memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
    ) -> Tensor: ...

    def to(self, *args: Any, **kwargs: Any) -> Any:
        """to: one of 4 forms, chosen by the arguments as PyTorch chooses.

        to(dtype: DType, non_blocking: _bool = False, copy: _bool = False, *, memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None)
            The tensor converted to another dtype.

        to(device: DeviceLike, dtype: DType | None = None, non_blocking: _bool = False, copy: _bool = False, *, memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None)
            The tensor moved to a device, and optionally converted to another dtype.

        to(other: Tensor, non_blocking: _bool = False, copy: _bool = False, *, memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None)
            The tensor converted to the dtype and device of another tensor.

        to(*, dtype: DType | None = None, device: DeviceLike | None = None, non_blocking: _bool = False, copy: _bool = False, memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None)
            The tensor converted by keyword, to a dtype and/or a device.

        Bridge: rt_torch_torchtensor_to_dtype_v2, rt_torch_torchtensor_to_device, rt_torch_torchtensor_to_other, rt_torch_torchtensor_to_dtype_layout. PyTorch: torch.Tensor.to.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_TO)
        if _r is not NotImplemented:
            return _r
        _no_match("to", args, kwargs, (_FORM_TENSOR_TO_0, _FORM_TENSOR_TO_1, _FORM_TENSOR_TO_2, _FORM_TENSOR_TO_3,))

    def clone(
        self,
        *,
        memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
    ) -> Tensor:
        """A deep copy of the tensor, in a given memory layout.

        Args:
            memory_format: The memory layout of the copy; None preserves the input's.

        Returns:
            A new tensor with its own memory.

        Bridge: rt_torch_torchtensor_clone_v2. PyTorch: torch.clone.
        """
        return _f_torchtensor_clone_v2(self, _opt_text(memory_format, "memory_format"))

    def contiguous(
        self,
        *,
        memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] = 'contiguous_format',
    ) -> Tensor:
        """The tensor with its elements contiguous in a given memory layout.

        Args:
            memory_format: The memory layout.

        Returns:
            A new handle (the same memory when it is already contiguous in that layout).

        Bridge: rt_torch_torchtensor_contiguous_v2. PyTorch: torch.Tensor.contiguous.
        """
        return _f_torchtensor_contiguous_v2(self, _text(memory_format, "memory_format"))

    def cumsum(self, dim: _int, *, dtype: DType | None = None) -> Tensor:
        """The cumulative sum of the elements along a dimension.

        Args:
            dim: The dimension to accumulate along.
            dtype: The dtype of the result (the input is converted to it first); None keeps
                the input's.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_cumsum. PyTorch: torch.cumsum.
        """
        return _f_torchtensor_cumsum(self, dim, dtype)

    def cumprod(self, dim: _int, *, dtype: DType | None = None) -> Tensor:
        """The cumulative product of the elements along a dimension.

        Args:
            dim: The dimension to accumulate along.
            dtype: The dtype of the result (the input is converted to it first); None keeps
                the input's.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_cumprod. PyTorch: torch.cumprod.
        """
        return _f_torchtensor_cumprod(self, dim, dtype)

    def cummax(self, dim: _int) -> _rt_types.cummax:
        """The running maximum of the elements along a dimension, with its indices.

        Args:
            dim: The dimension to accumulate along.

        Returns:
            values: The running maxima; indices: The int64 index along dim of each running
            maximum.

        Bridge: rt_torch_torchtensor_cummax. PyTorch: torch.cummax.
        """
        return _tuple_new(_rt_types.cummax, _f_torchtensor_cummax(self, dim))

    def cummin(self, dim: _int) -> _rt_types.cummin:
        """The running minimum of the elements along a dimension, with its indices.

        Args:
            dim: The dimension to accumulate along.

        Returns:
            values: The running minima; indices: The int64 index along dim of each running
            minimum.

        Bridge: rt_torch_torchtensor_cummin. PyTorch: torch.cummin.
        """
        return _tuple_new(_rt_types.cummin, _f_torchtensor_cummin(self, dim))

    def logcumsumexp(self, dim: _int) -> Tensor:
        """The logarithm of the cumulative sum of exponentials along a dimension, computed
        stably.

        Args:
            dim: The dimension to accumulate along.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_logcumsumexp. PyTorch: torch.logcumsumexp.
        """
        return _f_torchtensor_logcumsumexp(self, dim)

    def logsumexp(self, dim: _int | Sequence[_int], keepdim: _bool = False) -> Tensor:
        """The logarithm of the sum of exponentials over some dimensions, computed stably.

        Args:
            dim: The dimensions to reduce (one int or a list).
            keepdim: Keep the reduced dimensions with size 1.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_logsumexp. PyTorch: torch.logsumexp.
        """
        dim_ = _ints(dim, "dim")
        return _f_torchtensor_logsumexp(self, dim_, keepdim)

    @overload
    def prod(self, *, dtype: DType | None = None) -> Tensor: ...

    @overload
    def prod(self, dim: _int, keepdim: _bool = False, *, dtype: DType | None = None) -> Tensor: ...

    def prod(self, *args: Any, **kwargs: Any) -> Any:
        """prod: one of 2 forms, chosen by the arguments as PyTorch chooses.

        prod(*, dtype: DType | None = None)
            The product of all elements, optionally in another dtype.

        prod(dim: _int, keepdim: _bool = False, *, dtype: DType | None = None)
            The product over one dimension, optionally in another dtype.

        Bridge: rt_torch_torchtensor_prod, rt_torch_torchtensor_prod_dim_int. PyTorch: torch.prod.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_PROD)
        if _r is not NotImplemented:
            return _r
        _no_match("prod", args, kwargs, (_FORM_TENSOR_PROD_0, _FORM_TENSOR_PROD_1,))

    @overload
    def all(self, dim: _int, keepdim: _bool = False) -> Tensor: ...

    @overload
    def all(self, dim: _int | Sequence[_int] | None = None, keepdim: _bool = False) -> Tensor: ...

    def all(self, *args: Any, **kwargs: Any) -> Any:
        """all: one of 2 forms, chosen by the arguments as PyTorch chooses.

        all(dim: _int, keepdim: _bool = False)
            Whether every element along a dimension is true (non-zero).

        all(dim: _int | Sequence[_int] | None = None, keepdim: _bool = False)
            Whether every element over all or some dimensions is true (non-zero).

        Bridge: rt_torch_torchtensor_all_dim, rt_torch_torchtensor_all_dims. PyTorch: torch.all.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_ALL)
        if _r is not NotImplemented:
            return _r
        _no_match("all", args, kwargs, (_FORM_TENSOR_ALL_0, _FORM_TENSOR_ALL_1,))

    @overload
    def any(self, dim: _int, keepdim: _bool = False) -> Tensor: ...

    @overload
    def any(self, dim: _int | Sequence[_int] | None = None, keepdim: _bool = False) -> Tensor: ...

    def any(self, *args: Any, **kwargs: Any) -> Any:
        """any: one of 2 forms, chosen by the arguments as PyTorch chooses.

        any(dim: _int, keepdim: _bool = False)
            Whether any element along a dimension is true (non-zero).

        any(dim: _int | Sequence[_int] | None = None, keepdim: _bool = False)
            Whether any element over all or some dimensions is true (non-zero).

        Bridge: rt_torch_torchtensor_any_dim, rt_torch_torchtensor_any_dims. PyTorch: torch.any.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_ANY)
        if _r is not NotImplemented:
            return _r
        _no_match("any", args, kwargs, (_FORM_TENSOR_ANY_0, _FORM_TENSOR_ANY_1,))

    def amax(self, dim: _int | Sequence[_int] | None = None, keepdim: _bool = False) -> Tensor:
        """The maximum over all or some dimensions (values only).

        Args:
            dim: The dimensions to reduce; None for all.
            keepdim: Keep the reduced dimensions with size 1.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_amax. PyTorch: torch.amax.
        """
        dim_ = _EMPTY if dim is None else _ints(dim, "dim")
        return _f_torchtensor_amax(self, dim_, dim is not None, keepdim)

    def amin(self, dim: _int | Sequence[_int] | None = None, keepdim: _bool = False) -> Tensor:
        """The minimum over all or some dimensions (values only).

        Args:
            dim: The dimensions to reduce; None for all.
            keepdim: Keep the reduced dimensions with size 1.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_amin. PyTorch: torch.amin.
        """
        dim_ = _EMPTY if dim is None else _ints(dim, "dim")
        return _f_torchtensor_amin(self, dim_, dim is not None, keepdim)

    def aminmax(self, *, dim: _int | None = None, keepdim: _bool = False) -> _rt_types.aminmax:
        """The minimum and the maximum, over everything or along one dimension.

        Args:
            dim: The dimension to reduce; None for all.
            keepdim: Keep the reduced dimensions with size 1.

        Returns:
            min: The minima; max: The maxima.

        Bridge: rt_torch_torchtensor_aminmax. PyTorch: torch.aminmax.
        """
        return _tuple_new(_rt_types.aminmax, _f_torchtensor_aminmax(self, 0 if dim is None else dim, dim is not None, keepdim))

    @overload
    def count_nonzero(self, *dim: _int | Sequence[_int]) -> Tensor: ...

    @overload
    def count_nonzero(self, dim: _int | None = None) -> Tensor: ...

    def count_nonzero(self, *args: Any, **kwargs: Any) -> Any:
        """count_nonzero: one of 2 forms, chosen by the arguments as PyTorch chooses.

        count_nonzero(*dim: _int | Sequence[_int])
            The number of non-zero elements over some dimensions.

        count_nonzero(dim: _int | None = None)
            The number of non-zero elements, over everything or along one dimension.

        Bridge: rt_torch_torchtensor_count_nonzero_dim_intlist, rt_torch_torchtensor_count_nonzero. PyTorch: torch.count_nonzero.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_COUNT_NONZERO)
        if _r is not NotImplemented:
            return _r
        _no_match("count_nonzero", args, kwargs, (_FORM_TENSOR_COUNT_NONZERO_0, _FORM_TENSOR_COUNT_NONZERO_1,))

    def nansum(
        self,
        dim: _int | Sequence[_int] | None = None,
        keepdim: _bool = False,
        *,
        dtype: DType | None = None,
    ) -> Tensor:
        """The sum over all or some dimensions, NaN counted as zero.

        Args:
            dim: The dimensions to reduce; None for all.
            keepdim: Keep the reduced dimensions with size 1.
            dtype: The dtype of the result (the input is converted to it first); None keeps
                the input's.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_nansum. PyTorch: torch.nansum.
        """
        dim_ = _EMPTY if dim is None else _ints(dim, "dim")
        return _f_torchtensor_nansum(self, dim_, dim is not None, keepdim, dtype)

    def nanmean(
        self,
        dim: _int | Sequence[_int] | None = None,
        keepdim: _bool = False,
        *,
        dtype: DType | None = None,
    ) -> Tensor:
        """The mean of the non-NaN elements over all or some dimensions.

        Args:
            dim: The dimensions to reduce; None for all.
            keepdim: Keep the reduced dimensions with size 1.
            dtype: The dtype of the result (the input is converted to it first); None keeps
                the input's.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_nanmean. PyTorch: torch.nanmean.
        """
        dim_ = _EMPTY if dim is None else _ints(dim, "dim")
        return _f_torchtensor_nanmean(self, dim_, dim is not None, keepdim, dtype)

    @overload
    def median(self) -> Tensor: ...

    @overload
    def median(self, dim: _int, keepdim: _bool = False) -> _rt_types.median: ...

    def median(self, *args: Any, **kwargs: Any) -> Any:
        """median: one of 2 forms, chosen by the arguments as PyTorch chooses.

        median()
            The median of all elements (the lower of the two middle values for an even
            count).

        median(dim: _int, keepdim: _bool = False)
            The median along a dimension, with its indices.

        Bridge: rt_torch_torchtensor_median, rt_torch_torchtensor_median_dim. PyTorch: torch.median.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_MEDIAN)
        if _r is not NotImplemented:
            return _r
        _no_match("median", args, kwargs, (_FORM_TENSOR_MEDIAN_0, _FORM_TENSOR_MEDIAN_1,))

    @overload
    def nanmedian(self) -> Tensor: ...

    @overload
    def nanmedian(self, dim: _int, keepdim: _bool = False) -> _rt_types.nanmedian: ...

    def nanmedian(self, *args: Any, **kwargs: Any) -> Any:
        """nanmedian: one of 2 forms, chosen by the arguments as PyTorch chooses.

        nanmedian()
            The median of all non-NaN elements.

        nanmedian(dim: _int, keepdim: _bool = False)
            The median of the non-NaN elements along a dimension, with its indices.

        Bridge: rt_torch_torchtensor_nanmedian, rt_torch_torchtensor_nanmedian_dim. PyTorch: torch.nanmedian.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_NANMEDIAN)
        if _r is not NotImplemented:
            return _r
        _no_match("nanmedian", args, kwargs, (_FORM_TENSOR_NANMEDIAN_0, _FORM_TENSOR_NANMEDIAN_1,))

    def mode(self, dim: _int = -1, keepdim: _bool = False) -> _rt_types.mode:
        """The most frequent value along a dimension (the smallest on a tie), with its indices.

        Args:
            dim: The dimension to reduce (default the last).
            keepdim: Keep the reduced dimensions with size 1.

        Returns:
            values: The modes; indices: Their int64 indices along dim.

        Bridge: rt_torch_torchtensor_mode. PyTorch: torch.mode.
        """
        return _tuple_new(_rt_types.mode, _f_torchtensor_mode(self, dim, keepdim))

    def kthvalue(self, k: _int, dim: _int = -1, keepdim: _bool = False) -> _rt_types.kthvalue:
        """The k-th smallest value along a dimension, with its indices.

        Args:
            k: Which value: 1 for the smallest.
            dim: The dimension to search (default the last).
            keepdim: Keep the reduced dimensions with size 1.

        Returns:
            values: The k-th smallest values; indices: Their int64 indices along dim.

        Bridge: rt_torch_torchtensor_kthvalue. PyTorch: torch.kthvalue.
        """
        return _tuple_new(_rt_types.kthvalue, _f_torchtensor_kthvalue(self, k, dim, keepdim))

    def topk(
        self,
        k: _int,
        dim: _int = -1,
        largest: _bool = True,
        sorted: _bool = True,
    ) -> _rt_types.topk:
        """The k largest (or smallest) values along a dimension, with their indices.

        Args:
            k: How many values.
            dim: The dimension to search (default the last).
            largest: The largest values (false: the smallest).
            sorted: Return them in sorted order.

        Returns:
            values: The k largest (or smallest) values; indices: Their int64 indices along
            dim.

        Bridge: rt_torch_torchtensor_topk. PyTorch: torch.topk.
        """
        return _tuple_new(_rt_types.topk, _f_torchtensor_topk(self, k, dim, largest, sorted))

    @overload
    def sort(self, dim: _int = -1, descending: _bool = False) -> _rt_types.sort: ...

    @overload
    def sort(
        self,
        *,
        stable: _bool | None,
        dim: _int = -1,
        descending: _bool = False,
    ) -> _rt_types.sort: ...

    def sort(self, *args: Any, **kwargs: Any) -> Any:
        """sort: one of 2 forms, chosen by the arguments as PyTorch chooses.

        sort(dim: _int = -1, descending: _bool = False)
            The values sorted along a dimension, with their original indices.

        sort(*, stable: _bool | None, dim: _int = -1, descending: _bool = False)
            The values sorted along a dimension, with their original indices, optionally
            stable.

        Bridge: rt_torch_torchtensor_sort, rt_torch_torchtensor_sort_stable. PyTorch: torch.sort.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_SORT)
        if _r is not NotImplemented:
            return _r
        _no_match("sort", args, kwargs, (_FORM_TENSOR_SORT_0, _FORM_TENSOR_SORT_1,))

    @overload
    def argsort(self, dim: _int = -1, descending: _bool = False) -> Tensor: ...

    @overload
    def argsort(self, *, stable: _bool, dim: _int = -1, descending: _bool = False) -> Tensor: ...

    def argsort(self, *args: Any, **kwargs: Any) -> Any:
        """argsort: one of 2 forms, chosen by the arguments as PyTorch chooses.

        argsort(dim: _int = -1, descending: _bool = False)
            The indices that sort the values along a dimension.

        argsort(*, stable: _bool, dim: _int = -1, descending: _bool = False)
            The indices that sort the values along a dimension, optionally stable.

        Bridge: rt_torch_torchtensor_argsort, rt_torch_torchtensor_argsort_stable. PyTorch: torch.argsort.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_ARGSORT)
        if _r is not NotImplemented:
            return _r
        _no_match("argsort", args, kwargs, (_FORM_TENSOR_ARGSORT_0, _FORM_TENSOR_ARGSORT_1,))

    @overload
    def quantile(
        self,
        q: Tensor,
        dim: _int | None = None,
        keepdim: _bool = False,
        *,
        interpolation: str = 'linear',
    ) -> Tensor: ...

    @overload
    def quantile(
        self,
        q: _float,
        dim: _int | None = None,
        keepdim: _bool = False,
        *,
        interpolation: str = 'linear',
    ) -> Tensor: ...

    def quantile(
        self,
        q: Any,
        dim: _int | None = None,
        keepdim: _bool = False,
        *,
        interpolation: str = 'linear',
    ) -> Tensor:
        """quantile: one of 2 forms, chosen by the arguments as PyTorch chooses.

        quantile(q: Tensor, dim: _int | None = None, keepdim: _bool = False, *, interpolation: str = 'linear')
            The q-th quantiles, over everything or along one dimension (q a tensor).

        quantile(q: _float, dim: _int | None = None, keepdim: _bool = False, *, interpolation: str = 'linear')
            The q-th quantile, over everything or along one dimension (q a number).

        Bridge: rt_torch_torchtensor_quantile, rt_torch_torchtensor_quantile_scalar. PyTorch: torch.quantile.
        """
        try:
            if (q.__class__ is _Tensor or _accepts("Tensor", q)):
                return _f_torchtensor_quantile(self, q, 0 if dim is None else dim, dim is not None, keepdim, _text(interpolation, "interpolation"))
            if _accepts("float", q):
                return _f_torchtensor_quantile_scalar(self, q, 0 if dim is None else dim, dim is not None, keepdim, _text(interpolation, "interpolation"))
        except TypeError:
            _refit("quantile", {"q": q, "dim": dim, "keepdim": keepdim, "interpolation": interpolation}, (_FORM_TENSOR_QUANTILE_0, _FORM_TENSOR_QUANTILE_1,))
            raise
        _no_match("quantile", (), {"q": q, "dim": dim, "keepdim": keepdim, "interpolation": interpolation}, (_FORM_TENSOR_QUANTILE_0, _FORM_TENSOR_QUANTILE_1,))

    @overload
    def nanquantile(
        self,
        q: Tensor,
        dim: _int | None = None,
        keepdim: _bool = False,
        *,
        interpolation: str = 'linear',
    ) -> Tensor: ...

    @overload
    def nanquantile(
        self,
        q: _float,
        dim: _int | None = None,
        keepdim: _bool = False,
        *,
        interpolation: str = 'linear',
    ) -> Tensor: ...

    def nanquantile(
        self,
        q: Any,
        dim: _int | None = None,
        keepdim: _bool = False,
        *,
        interpolation: str = 'linear',
    ) -> Tensor:
        """nanquantile: one of 2 forms, chosen by the arguments as PyTorch chooses.

        nanquantile(q: Tensor, dim: _int | None = None, keepdim: _bool = False, *, interpolation: str = 'linear')
            The q-th quantiles ignoring NaN, over everything or along one dimension (q a
            tensor).

        nanquantile(q: _float, dim: _int | None = None, keepdim: _bool = False, *, interpolation: str = 'linear')
            The q-th quantile ignoring NaN, over everything or along one dimension (q a
            number).

        Bridge: rt_torch_torchtensor_nanquantile, rt_torch_torchtensor_nanquantile_scalar. PyTorch: torch.nanquantile.
        """
        try:
            if (q.__class__ is _Tensor or _accepts("Tensor", q)):
                return _f_torchtensor_nanquantile(self, q, 0 if dim is None else dim, dim is not None, keepdim, _text(interpolation, "interpolation"))
            if _accepts("float", q):
                return _f_torchtensor_nanquantile_scalar(self, q, 0 if dim is None else dim, dim is not None, keepdim, _text(interpolation, "interpolation"))
        except TypeError:
            _refit("nanquantile", {"q": q, "dim": dim, "keepdim": keepdim, "interpolation": interpolation}, (_FORM_TENSOR_NANQUANTILE_0, _FORM_TENSOR_NANQUANTILE_1,))
            raise
        _no_match("nanquantile", (), {"q": q, "dim": dim, "keepdim": keepdim, "interpolation": interpolation}, (_FORM_TENSOR_NANQUANTILE_0, _FORM_TENSOR_NANQUANTILE_1,))

    def histc(self, bins: _int = 100, min: Number = 0, max: Number = 0) -> Tensor:
        """The histogram of the elements in equal-width bins over a range.

        Args:
            bins: The number of bins.
            min: The lower end of the range; min = max = 0 uses the data's minimum and
                maximum.
            max: The upper end of the range (inclusive).

        Returns:
            A new 1-D tensor of bins counts, in input's dtype.

        Bridge: rt_torch_torchtensor_histc. PyTorch: torch.histc.
        """
        return _f_torchtensor_histc(self, bins, min, max)

    def bincount(self, weights: Tensor | None = None, minlength: _int = 0) -> Tensor:
        """The number of occurrences (or summed weights) of each non-negative integer value.

        Args:
            weights: A weight for each element (the result is then floating-point); None
                counts 1 each.
            minlength: The least number of bins.

        Returns:
            A new 1-D tensor of max(max(input) + 1, minlength) counts.

        Bridge: rt_torch_torchtensor_bincount. PyTorch: torch.bincount.
        """
        return _f_torchtensor_bincount(self, weights, minlength)

    def diff(
        self,
        n: _int = 1,
        dim: _int = -1,
        prepend: Tensor | None = None,
        append: Tensor | None = None,
    ) -> Tensor:
        """The n-th forward difference along a dimension, optionally with values prepended or
        appended.

        Args:
            n: How many times to take the difference.
            dim: The dimension (default the last).
            prepend: Values put before input along dim; None for none.
            append: Values put after input along dim; None for none.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_diff. PyTorch: torch.diff.
        """
        return _f_torchtensor_diff(self, n, dim, prepend, append)

    def expand(self, *size: _int | Sequence[_int], implicit: _bool = False) -> Tensor:
        """A view of the tensor with its size-1 dimensions repeated (without copying) to a
        larger size.

        Args:
            size: The new size; -1 keeps a dimension's size.
            implicit: Internal (PyTorch's tracer): the expansion is implicit; no effect on
                the result.

        Returns:
            A new handle to a view of input.

        Bridge: rt_torch_torchtensor_expand. PyTorch: torch.Tensor.expand.
        """
        size_ = _size(size)
        return _f_torchtensor_expand(self, size_, implicit)

    def expand_as(self, other: Tensor) -> Tensor:
        """A view of the tensor expanded to the size of another.

        Args:
            other: The tensor whose size to take.

        Returns:
            A new handle to a view of input.

        Bridge: rt_torch_torchtensor_expand_as. PyTorch: torch.Tensor.expand_as.
        """
        return _f_torchtensor_expand_as(self, other)

    def broadcast_to(self, *size: _int | Sequence[_int]) -> Tensor:
        """A view of the tensor broadcast to a shape.

        Args:
            size: The shape; -1 keeps a dimension's size.

        Returns:
            A new handle to a view of input.

        Bridge: rt_torch_torchtensor_broadcast_to. PyTorch: torch.broadcast_to.
        """
        size_ = _size(size)
        return _f_torchtensor_broadcast_to(self, size_)

    def flip(self, *dims: _int | Sequence[_int]) -> Tensor:
        """The tensor with the order of its elements reversed along some dimensions.

        Args:
            dims: The dimensions to reverse.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_flip. PyTorch: torch.flip.
        """
        dims_ = _size(dims)
        return _f_torchtensor_flip(self, dims_)

    def roll(
        self,
        shifts: _int | Sequence[_int],
        dims: _int | Sequence[_int] | None = None,
    ) -> Tensor:
        """The tensor with its elements shifted circularly along some dimensions.

        Args:
            shifts: The number of places to shift by, one per dimension in dims.
            dims: The dimensions to roll along; None rolls the flattened tensor (and keeps
                the shape).

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_roll. PyTorch: torch.roll.
        """
        shifts_ = _ints(shifts, "shifts")
        dims_ = _EMPTY if dims is None else _ints(dims, "dims")
        return _f_torchtensor_roll(self, shifts_, dims_, dims is not None)

    def rot90(self, k: _int = 1, dims: _int | Sequence[_int] = (0, 1)) -> Tensor:
        """The tensor rotated by 90 degrees k times in the plane of two dimensions.

        Args:
            k: How many times to rotate (negative: clockwise).
            dims: The two dimensions of the plane; the rotation is from the first towards
                the second.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_rot90. PyTorch: torch.rot90.
        """
        dims_ = _ints(dims, "dims")
        return _f_torchtensor_rot90(self, k, dims_)

    def repeat(self, *repeats: _int | Sequence[_int]) -> Tensor:
        """The tensor tiled a number of times along each dimension.

        Args:
            repeats: The number of times to repeat along each dimension (at least
                input.dim() of them).

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_repeat. PyTorch: torch.Tensor.repeat.
        """
        repeats_ = _size(repeats)
        return _f_torchtensor_repeat(self, repeats_)

    @overload
    def repeat_interleave(self, *, output_size: _int | None = None) -> Tensor: ...

    @overload
    def repeat_interleave(
        self,
        repeats: Tensor,
        dim: _int | None = None,
        *,
        output_size: _int | None = None,
    ) -> Tensor: ...

    @overload
    def repeat_interleave(
        self,
        repeats: _int,
        dim: _int | None = None,
        *,
        output_size: _int | None = None,
    ) -> Tensor: ...

    def repeat_interleave(self, *args: Any, **kwargs: Any) -> Any:
        """repeat_interleave: one of 3 forms, chosen by the arguments as PyTorch chooses.

        repeat_interleave(*, output_size: _int | None = None)
            The indices 0, 1, ... each repeated the number of times given.

        repeat_interleave(repeats: Tensor, dim: _int | None = None, *, output_size: _int | None = None)
            The elements repeated one after the other, each a number of times given per
            element.

        repeat_interleave(repeats: _int, dim: _int | None = None, *, output_size: _int | None = None)
            The elements repeated one after the other, each the same number of times.

        Bridge: rt_torch_torchtensor_repeat_interleave_tensor, rt_torch_torchtensor_repeat_interleave_self_tensor, rt_torch_torchtensor_repeat_interleave_self_int. PyTorch: torch.repeat_interleave.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_REPEAT_INTERLEAVE)
        if _r is not NotImplemented:
            return _r
        _no_match("repeat_interleave", args, kwargs, (_FORM_TENSOR_REPEAT_INTERLEAVE_0, _FORM_TENSOR_REPEAT_INTERLEAVE_1, _FORM_TENSOR_REPEAT_INTERLEAVE_2,))

    def tile(self, *dims: _int | Sequence[_int]) -> Tensor:
        """The tensor tiled a number of times along each dimension (fewer repetitions than
        dimensions count from the last).

        Args:
            dims: The number of times to repeat along each dimension.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_tile. PyTorch: torch.tile.
        """
        dims_ = _size(dims)
        return _f_torchtensor_tile(self, dims_)

    def movedim(self, source: _int | Sequence[_int], destination: _int | Sequence[_int]) -> Tensor:
        """A view with some dimensions moved to other positions.

        Args:
            source: The dimensions to move (distinct).
            destination: Their new positions (distinct).

        Returns:
            A new handle to a view of input.

        Bridge: rt_torch_torchtensor_movedim_intlist. PyTorch: torch.movedim.
        """
        source_ = _ints(source, "source")
        destination_ = _ints(destination, "destination")
        return _f_torchtensor_movedim_intlist(self, source_, destination_)

    def unbind(self, dim: _int = 0) -> tuple[Tensor, ...]:
        """The slices along a dimension, that dimension removed (views).

        Args:
            dim: The dimension to remove.

        Returns:
            New handles to views of input, one per piece.

        Bridge: rt_torch_torchtensor_unbind_int. PyTorch: torch.unbind.
        """
        return tuple(_f_torchtensor_unbind_int(self, dim))

    @overload
    def split(self, split_size: _int, dim: _int = 0) -> tuple[Tensor, ...]: ...

    @overload
    def split(self, split_size: _int | Sequence[_int], dim: _int = 0) -> tuple[Tensor, ...]: ...

    def split(self, split_size: Any, dim: _int = 0) -> tuple[Tensor, ...]:
        """split: one of 2 forms, chosen by the arguments as PyTorch chooses.

        split(split_size: _int, dim: _int = 0)
            The tensor split into pieces of a given size along a dimension (views; the last
            may be smaller).

        split(split_size: _int | Sequence[_int], dim: _int = 0)
            The tensor split into pieces of the given sizes along a dimension (views).

        Bridge: rt_torch_torchtensor_split_tensor, rt_torch_torchtensor_split_sizes. PyTorch: torch.split.
        """
        try:
            if _accepts("int", split_size):
                return tuple(_f_torchtensor_split_tensor(self, split_size, dim))
            if _accepts("int[]", split_size):
                split_size_ = _ints(split_size, "split_size")
                return tuple(_f_torchtensor_split_sizes(self, split_size_, dim))
        except TypeError:
            _refit("split", {"split_size": split_size, "dim": dim}, (_FORM_TENSOR_SPLIT_0, _FORM_TENSOR_SPLIT_1,))
            raise
        _no_match("split", (), {"split_size": split_size, "dim": dim}, (_FORM_TENSOR_SPLIT_0, _FORM_TENSOR_SPLIT_1,))

    def split_with_sizes(
        self,
        split_sizes: _int | Sequence[_int],
        dim: _int = 0,
    ) -> tuple[Tensor, ...]:
        """The tensor split into pieces of the given sizes along a dimension (views).

        Args:
            split_sizes: The size of each piece; they sum to the size of dim.
            dim: The dimension to split along.

        Returns:
            New handles to views of input, one per piece.

        Bridge: rt_torch_torchtensor_split_with_sizes. PyTorch: torch.split_with_sizes.
        """
        split_sizes_ = _ints(split_sizes, "split_sizes")
        return tuple(_f_torchtensor_split_with_sizes(self, split_sizes_, dim))

    @overload
    def tensor_split(self, sections: _int, dim: _int = 0) -> tuple[Tensor, ...]: ...

    @overload
    def tensor_split(self, indices: _int | Sequence[_int], dim: _int = 0) -> tuple[Tensor, ...]: ...

    @overload
    def tensor_split(self, tensor_indices_or_sections: Tensor, dim: _int = 0) -> tuple[Tensor, ...]: ...

    def tensor_split(self, *args: Any, **kwargs: Any) -> Any:
        """tensor_split: one of 3 forms, chosen by the arguments as PyTorch chooses.

        tensor_split(sections: _int, dim: _int = 0)
            The tensor split into a number of nearly equal pieces along a dimension (views).

        tensor_split(indices: _int | Sequence[_int], dim: _int = 0)
            The tensor split before the given indices along a dimension (views).

        tensor_split(tensor_indices_or_sections: Tensor, dim: _int = 0)
            The tensor split along a dimension into the number of pieces, or before the
            indices, a tensor gives (views).

        Bridge: rt_torch_torchtensor_tensor_split_sections, rt_torch_torchtensor_tensor_split_indices, rt_torch_torchtensor_tensor_split_tensor_indices_or_sections. PyTorch: torch.tensor_split.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_TENSOR_SPLIT)
        if _r is not NotImplemented:
            return _r
        _no_match("tensor_split", args, kwargs, (_FORM_TENSOR_TENSOR_SPLIT_0, _FORM_TENSOR_TENSOR_SPLIT_1, _FORM_TENSOR_TENSOR_SPLIT_2,))

    @overload
    def hsplit(self, sections: _int) -> tuple[Tensor, ...]: ...

    @overload
    def hsplit(self, *indices: _int | Sequence[_int]) -> tuple[Tensor, ...]: ...

    def hsplit(self, *args: Any, **kwargs: Any) -> Any:
        """hsplit: one of 2 forms, chosen by the arguments as PyTorch chooses.

        hsplit(sections: _int)
            The tensor split into equal pieces along its second dimension (the first for
            1-D; views).

        hsplit(*indices: _int | Sequence[_int])
            The tensor split before the given indices along its second dimension (the first
            for 1-D; views).

        Bridge: rt_torch_torchtensor_hsplit_int, rt_torch_torchtensor_hsplit_array. PyTorch: torch.hsplit.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_HSPLIT)
        if _r is not NotImplemented:
            return _r
        _no_match("hsplit", args, kwargs, (_FORM_TENSOR_HSPLIT_0, _FORM_TENSOR_HSPLIT_1,))

    @overload
    def vsplit(self, sections: _int) -> tuple[Tensor, ...]: ...

    @overload
    def vsplit(self, *indices: _int | Sequence[_int]) -> tuple[Tensor, ...]: ...

    def vsplit(self, *args: Any, **kwargs: Any) -> Any:
        """vsplit: one of 2 forms, chosen by the arguments as PyTorch chooses.

        vsplit(sections: _int)
            The tensor split into equal pieces along its first dimension (views).

        vsplit(*indices: _int | Sequence[_int])
            The tensor split before the given indices along its first dimension (views).

        Bridge: rt_torch_torchtensor_vsplit_int, rt_torch_torchtensor_vsplit_array. PyTorch: torch.vsplit.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_VSPLIT)
        if _r is not NotImplemented:
            return _r
        _no_match("vsplit", args, kwargs, (_FORM_TENSOR_VSPLIT_0, _FORM_TENSOR_VSPLIT_1,))

    @overload
    def dsplit(self, sections: _int) -> tuple[Tensor, ...]: ...

    @overload
    def dsplit(self, *indices: _int | Sequence[_int]) -> tuple[Tensor, ...]: ...

    def dsplit(self, *args: Any, **kwargs: Any) -> Any:
        """dsplit: one of 2 forms, chosen by the arguments as PyTorch chooses.

        dsplit(sections: _int)
            The tensor split into equal pieces along its third dimension (views).

        dsplit(*indices: _int | Sequence[_int])
            The tensor split before the given indices along its third dimension (views).

        Bridge: rt_torch_torchtensor_dsplit_int, rt_torch_torchtensor_dsplit_array. PyTorch: torch.dsplit.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_DSPLIT)
        if _r is not NotImplemented:
            return _r
        _no_match("dsplit", args, kwargs, (_FORM_TENSOR_DSPLIT_0, _FORM_TENSOR_DSPLIT_1,))

    @overload
    def narrow(self, dim: _int, start: _int, length: _int) -> Tensor: ...

    @overload
    def narrow(self, dim: _int, start: Tensor, length: _int) -> Tensor: ...

    def narrow(self, dim: _int, start: Any = _MISSING, length: _int = _MISSING) -> Tensor:
        """narrow: one of 2 forms, chosen by the arguments as PyTorch chooses.

        narrow(dim: _int, start: _int, length: _int)
            A view of a range of positions along a dimension.

        narrow(dim: _int, start: Tensor, length: _int)
            A view of a range of positions along a dimension, the start given as a 0-d
            tensor.

        Bridge: rt_torch_torchtensor_narrow, rt_torch_torchtensor_narrow_tensor. PyTorch: torch.narrow.
        """
        if length is _MISSING or start is _MISSING:
            _no_match("narrow", (), {"dim": dim, "start": start, "length": length}, (_FORM_TENSOR_NARROW_0, _FORM_TENSOR_NARROW_1,))
        try:
            if _accepts("int", start):
                return _f_torchtensor_narrow(self, dim, start, length)
            if (start.__class__ is _Tensor or _accepts("Tensor", start)):
                return _f_torchtensor_narrow_tensor(self, dim, start, length)
        except TypeError:
            _refit("narrow", {"dim": dim, "start": start, "length": length}, (_FORM_TENSOR_NARROW_0, _FORM_TENSOR_NARROW_1,))
            raise
        _no_match("narrow", (), {"dim": dim, "start": start, "length": length}, (_FORM_TENSOR_NARROW_0, _FORM_TENSOR_NARROW_1,))

    def unflatten(self, dim: _int, sizes: _int | Sequence[_int]) -> Tensor:
        """A view with one dimension expanded into several.

        Args:
            dim: The dimension to expand.
            sizes: Its new sizes, whose product is its size; one may be -1.

        Returns:
            A new handle to a view of input.

        Bridge: rt_torch_torchtensor_unflatten_int. PyTorch: torch.unflatten.
        """
        sizes_ = _ints(sizes, "sizes")
        return _f_torchtensor_unflatten_int(self, dim, sizes_)

    def tril(self, diagonal: _int = 0) -> Tensor:
        """The lower triangle of the (batched) matrices, the rest zero.

        Args:
            diagonal: The diagonal above which to zero: 0 the main one, positive above it,
                negative below.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_tril. PyTorch: torch.tril.
        """
        return _f_torchtensor_tril(self, diagonal)

    def triu(self, diagonal: _int = 0) -> Tensor:
        """The upper triangle of the (batched) matrices, the rest zero.

        Args:
            diagonal: The diagonal below which to zero: 0 the main one, positive above it,
                negative below.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_triu. PyTorch: torch.triu.
        """
        return _f_torchtensor_triu(self, diagonal)

    def diag(self, diagonal: _int = 0) -> Tensor:
        """The diagonal of a matrix as a 1-D tensor, or a 1-D tensor as the diagonal of a
        square matrix.

        Args:
            diagonal: Which diagonal: 0 the main one, positive above it, negative below.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_diag. PyTorch: torch.diag.
        """
        return _f_torchtensor_diag(self, diagonal)

    def diag_embed(self, offset: _int = 0, dim1: _int = -2, dim2: _int = -1) -> Tensor:
        """A tensor whose diagonals (in the plane of two dimensions) are filled with the
        input's last dimension.

        Args:
            offset: Which diagonal: 0 the main one, positive above it, negative below.
            dim1: The first dimension of the plane, in the result.
            dim2: The second dimension of the plane, in the result.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_diag_embed. PyTorch: torch.diag_embed.
        """
        return _f_torchtensor_diag_embed(self, offset, dim1, dim2)

    def diagonal(self, offset: _int = 0, dim1: _int = 0, dim2: _int = 1) -> Tensor:
        """A view of a diagonal with respect to two dimensions, as the last dimension.

        Args:
            offset: Which diagonal: 0 the main one, positive above it, negative below.
            dim1: The first dimension of the plane.
            dim2: The second dimension of the plane.

        Returns:
            A new handle to a view of input.

        Bridge: rt_torch_torchtensor_diagonal. PyTorch: torch.diagonal.
        """
        return _f_torchtensor_diagonal(self, offset, dim1, dim2)

    def diagflat(self, offset: _int = 0) -> Tensor:
        """A square matrix with the flattened input on a diagonal.

        Args:
            offset: Which diagonal: 0 the main one, positive above it, negative below.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_diagflat. PyTorch: torch.diagflat.
        """
        return _f_torchtensor_diagflat(self, offset)

    def kron(self, other: Tensor) -> Tensor:
        """The Kronecker product of two tensors.

        Args:
            other: The second factor.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_kron. PyTorch: torch.kron.
        """
        return _f_torchtensor_kron(self, other)

    def view_as(self, other: Tensor) -> Tensor:
        """A view of the tensor with the size of another.

        Args:
            other: The tensor whose size to take.

        Returns:
            A new handle to a view of input.

        Bridge: rt_torch_torchtensor_view_as. PyTorch: torch.Tensor.view_as.
        """
        return _f_torchtensor_view_as(self, other)

    def reshape_as(self, other: Tensor) -> Tensor:
        """The tensor with the shape of another (a view when possible).

        Args:
            other: The tensor whose shape to take.

        Returns:
            A new handle (a view of input when possible, else a copy).

        Bridge: rt_torch_torchtensor_reshape_as. PyTorch: torch.Tensor.reshape_as.
        """
        return _f_torchtensor_reshape_as(self, other)

    def unfold(self, dimension: _int, size: _int, step: _int) -> Tensor:
        """A view of all slices of a given size along a dimension, a step apart, as a new last
        dimension.

        Args:
            dimension: The dimension to take the slices along.
            size: The size of each slice.
            step: The distance between the starts of consecutive slices.

        Returns:
            A new handle to a view of input.

        Bridge: rt_torch_torchtensor_unfold. PyTorch: torch.Tensor.unfold.
        """
        return _f_torchtensor_unfold(self, dimension, size, step)

    def index_add(self, dim: _int, index: Tensor, source: Tensor, *, alpha: Number = 1) -> Tensor:
        """A copy of the tensor with alpha times the slices of source added at the given
        indices along a dimension.

        Args:
            dim: The dimension to index along.
            index: A 1-D int64 (or int32) tensor of indices along dim.
            source: The slices to add, one per index.
            alpha: The multiplier of source.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_index_add. PyTorch: torch.index_add.
        """
        return _f_torchtensor_index_add(self, dim, index, source, alpha)

    def index_copy(self, dim: _int, index: Tensor, source: Tensor) -> Tensor:
        """A copy of the tensor with the slices of source written at the given indices along a
        dimension.

        Args:
            dim: The dimension to index along.
            index: A 1-D int64 (or int32) tensor of indices along dim.
            source: The slices to write, one per index.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_index_copy. PyTorch: torch.index_copy.
        """
        return _f_torchtensor_index_copy(self, dim, index, source)

    @overload
    def index_fill(self, dim: _int, index: Tensor, value: Number) -> Tensor: ...

    @overload
    def index_fill(self, dim: _int, index: Tensor, value: Tensor) -> Tensor: ...

    def index_fill(self, dim: _int, index: Tensor = _MISSING, value: Any = _MISSING) -> Tensor:
        """index_fill: one of 2 forms, chosen by the arguments as PyTorch chooses.

        index_fill(dim: _int, index: Tensor, value: Number)
            A copy of the tensor with the slices at the given indices along a dimension
            filled with a number.

        index_fill(dim: _int, index: Tensor, value: Tensor)
            A copy of the tensor with the slices at the given indices along a dimension
            filled with a 0-d tensor's value.

        Bridge: rt_torch_torchtensor_index_fill_int_scalar, rt_torch_torchtensor_index_fill_int_tensor. PyTorch: torch.index_fill.
        """
        if index is _MISSING or value is _MISSING:
            _no_match("index_fill", (), {"dim": dim, "index": index, "value": value}, (_FORM_TENSOR_INDEX_FILL_0, _FORM_TENSOR_INDEX_FILL_1,))
        try:
            if _accepts("Scalar", value):
                return _f_torchtensor_index_fill_int_scalar(self, dim, index, value)
            if (value.__class__ is _Tensor or _accepts("Tensor", value)):
                return _f_torchtensor_index_fill_int_tensor(self, dim, index, value)
        except TypeError:
            _refit("index_fill", {"dim": dim, "index": index, "value": value}, (_FORM_TENSOR_INDEX_FILL_0, _FORM_TENSOR_INDEX_FILL_1,))
            raise
        _no_match("index_fill", (), {"dim": dim, "index": index, "value": value}, (_FORM_TENSOR_INDEX_FILL_0, _FORM_TENSOR_INDEX_FILL_1,))

    def index_put(
        self,
        indices: Sequence[Tensor | None],
        values: Tensor,
        accumulate: _bool = False,
    ) -> Tensor:
        """A copy of the tensor with values written (or added) at the positions advanced
        indexing selects.

        Args:
            indices: One index tensor (int64 or bool) or None per leading dimension, as in
                input[indices].
            values: The values, broadcast to the indexed shape.
            accumulate: Add the values (true) or write them (false).

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_index_put. PyTorch: torch.index_put.
        """
        return _f_torchtensor_index_put(self, indices, values, accumulate)

    def index_reduce(
        self,
        dim: _int,
        index: Tensor,
        source: Tensor,
        reduce: str,
        *,
        include_self: _bool = True,
    ) -> Tensor:
        """A copy of the tensor with the slices of source reduced into it (prod, mean, amax,
        amin) at the given indices along a dimension.

        Args:
            dim: The dimension to index along.
            index: A 1-D int64 (or int32) tensor of indices along dim.
            source: The slices to reduce in, one per index.
            reduce: The reduction: prod, mean, amax or amin.
            include_self: Include input's own values in the reduction.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_index_reduce. PyTorch: torch.index_reduce.
        """
        return _f_torchtensor_index_reduce(self, dim, index, source, _text(reduce, "reduce"), include_self)

    @overload
    def scatter(self, dim: _int, index: Tensor, src: Tensor) -> Tensor: ...

    @overload
    def scatter(self, dim: _int, index: Tensor, value: Number) -> Tensor: ...

    @overload
    def scatter(self, dim: _int, index: Tensor, src: Tensor, *, reduce: str) -> Tensor: ...

    @overload
    def scatter(self, dim: _int, index: Tensor, value: Number, *, reduce: str) -> Tensor: ...

    def scatter(self, *args: Any, **kwargs: Any) -> Any:
        """scatter: one of 4 forms, chosen by the arguments as PyTorch chooses.

        scatter(dim: _int, index: Tensor, src: Tensor)
            A copy of the tensor with the elements of src written at the positions index
            gives along a dimension.

        scatter(dim: _int, index: Tensor, value: Number)
            A copy of the tensor with a number written at the positions index gives along a
            dimension.

        scatter(dim: _int, index: Tensor, src: Tensor, *, reduce: str)
            A copy of the tensor with the elements of src added or multiplied in at the
            positions index gives along a dimension.

        scatter(dim: _int, index: Tensor, value: Number, *, reduce: str)
            A copy of the tensor with a number added or multiplied in at the positions index
            gives along a dimension.

        Bridge: rt_torch_torchtensor_scatter_src, rt_torch_torchtensor_scatter_value, rt_torch_torchtensor_scatter_reduce, rt_torch_torchtensor_scatter_value_reduce. PyTorch: torch.scatter.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_SCATTER)
        if _r is not NotImplemented:
            return _r
        _no_match("scatter", args, kwargs, (_FORM_TENSOR_SCATTER_0, _FORM_TENSOR_SCATTER_1, _FORM_TENSOR_SCATTER_2, _FORM_TENSOR_SCATTER_3,))

    def scatter_add(self, dim: _int, index: Tensor, src: Tensor) -> Tensor:
        """A copy of the tensor with the elements of src added at the positions index gives
        along a dimension.

        Args:
            dim: The dimension to index along.
            index: An int64 tensor of indices along dim, of input's number of dimensions.
            src: The values, read at index's positions.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_scatter_add. PyTorch: torch.scatter_add.
        """
        return _f_torchtensor_scatter_add(self, dim, index, src)

    def scatter_reduce(
        self,
        dim: _int,
        index: Tensor,
        src: Tensor,
        reduce: str,
        *,
        include_self: _bool = True,
    ) -> Tensor:
        """A copy of the tensor with the elements of src reduced into it (sum, prod, mean,
        amax, amin) at the positions index gives along a dimension.

        Args:
            dim: The dimension to index along.
            index: An int64 tensor of indices along dim, of input's number of dimensions.
            src: The values, read at index's positions.
            reduce: The reduction: sum, prod, mean, amax or amin.
            include_self: Include input's own values in the reduction.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_scatter_reduce_two. PyTorch: torch.scatter_reduce.
        """
        return _f_torchtensor_scatter_reduce_two(self, dim, index, src, _text(reduce, "reduce"), include_self)

    def take(self, index: Tensor) -> Tensor:
        """The elements at the given indices of the flattened tensor.

        Args:
            index: An int64 tensor of indices into the flattened input.

        Returns:
            A new tensor of index's shape.

        Bridge: rt_torch_torchtensor_take. PyTorch: torch.take.
        """
        return _f_torchtensor_take(self, index)

    def take_along_dim(self, indices: Tensor, dim: _int | None = None) -> Tensor:
        """The elements at the given indices along a dimension (of the flattened tensor when
        none).

        Args:
            indices: An int64 tensor of indices, broadcastable with input except along dim.
            dim: The dimension to index along; None for the flattened input.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_take_along_dim. PyTorch: torch.take_along_dim.
        """
        return _f_torchtensor_take_along_dim(self, indices, 0 if dim is None else dim, dim is not None)

    def put(self, index: Tensor, source: Tensor, accumulate: _bool = False) -> Tensor:
        """A copy of the tensor with the values of source written (or added) at the given
        indices of its flattened form.

        Args:
            index: An int64 tensor of indices into the flattened input.
            source: The values, one per index.
            accumulate: Add the values (true) or write them (false).

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_put. PyTorch: torch.put.
        """
        return _f_torchtensor_put(self, index, source, accumulate)

    @overload
    def nonzero(self, as_tuple: Literal[False] = False) -> Tensor: ...

    @overload
    def nonzero(self, *, as_tuple: Literal[True]) -> tuple[Tensor, ...]: ...

    def nonzero(self, *args: Any, **kwargs: Any) -> Any:
        """nonzero: one of 2 forms, chosen by the arguments as PyTorch chooses.

        nonzero()
            The indices of the non-zero elements, one row per element.

        nonzero()
            The indices of the non-zero elements, one 1-D tensor per dimension
            (torch.nonzero's as_tuple=True).

        Bridge: rt_torch_torchtensor_nonzero, rt_torch_torchtensor_nonzero_numpy. PyTorch: torch.nonzero.
        """
        as_tuple, args, kwargs = _take_flag(args, kwargs, "as_tuple", 0)
        _b = _match(args, kwargs, _FORM_TENSOR_NONZERO_0)
        if _b is not None and not as_tuple:
            return _Tensor_nonzero_0(self, **_b)
        _b = _match(args, kwargs, _FORM_TENSOR_NONZERO_1)
        if _b is not None and as_tuple:
            return _Tensor_nonzero_1(self, **_b)
        _no_match("nonzero", args, kwargs, (_FORM_TENSOR_NONZERO_0, _FORM_TENSOR_NONZERO_1,))

    def select_scatter(self, src: Tensor, dim: _int, index: _int) -> Tensor:
        """A copy of the tensor with src written into the slice at one index along a dimension.

        Args:
            src: The slice to write, of input's shape without dim.
            dim: The dimension.
            index: The index along dim (negative counts from the end).

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_select_scatter. PyTorch: torch.select_scatter.
        """
        return _f_torchtensor_select_scatter(self, src, dim, index)

    def slice_scatter(
        self,
        src: Tensor,
        dim: _int = 0,
        start: _int | None = None,
        end: _int | None = None,
        step: _int = 1,
    ) -> Tensor:
        """A copy of the tensor with src written into a strided range along a dimension.

        Args:
            src: The values to write, of the slice's shape.
            dim: The dimension.
            start: The first index; None for 0.
            end: The end index (exclusive); None for the size of dim.
            step: The distance between consecutive indices.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_slice_scatter. PyTorch: torch.slice_scatter.
        """
        return _f_torchtensor_slice_scatter(self, src, dim, 0 if start is None else start, start is not None, 0 if end is None else end, end is not None, step)

    def diagonal_scatter(
        self,
        src: Tensor,
        offset: _int = 0,
        dim1: _int = 0,
        dim2: _int = 1,
    ) -> Tensor:
        """A copy of the tensor with src written into a diagonal with respect to two
        dimensions.

        Args:
            src: The values to write, of the diagonal's shape.
            offset: Which diagonal: 0 the main one, positive above it, negative below.
            dim1: The first dimension of the plane.
            dim2: The second dimension of the plane.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_diagonal_scatter. PyTorch: torch.diagonal_scatter.
        """
        return _f_torchtensor_diagonal_scatter(self, src, offset, dim1, dim2)

    @overload
    def bernoulli(self) -> Tensor: ...

    @overload
    def bernoulli(self, p: _float) -> Tensor: ...

    def bernoulli(self, *args: Any, **kwargs: Any) -> Any:
        """bernoulli: one of 2 forms, chosen by the arguments as PyTorch chooses.

        bernoulli()
            Random zeros and ones, each one with the probability that the input holds at its
            place.

        bernoulli(p: _float)
            Random zeros and ones of the input's shape and dtype, each one with the same
            probability p.

        Bridge: rt_torch_torchtensor_bernoulli, rt_torch_torchtensor_bernoulli_p. PyTorch: torch.bernoulli.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_BERNOULLI)
        if _r is not NotImplemented:
            return _r
        _no_match("bernoulli", args, kwargs, (_FORM_TENSOR_BERNOULLI_0, _FORM_TENSOR_BERNOULLI_1,))

    def multinomial(self, num_samples: _int, replacement: _bool = False) -> Tensor:
        """Indices drawn from the categorical distribution that each row of the input gives
        (weights, not necessarily normalised).

        Args:
            num_samples: The number of indices drawn per row.
            replacement: Draw with replacement; without it num_samples may not exceed the
                number of categories.

        Returns:
            A new int64 tensor of shape (rows, num_samples) (or (num_samples) for a 1-D
            input), drawn from the global generator.

        Bridge: rt_torch_torchtensor_multinomial. PyTorch: torch.multinomial.
        """
        return _f_torchtensor_multinomial(self, num_samples, replacement)

    def new_zeros(
        self,
        *size: _int | Sequence[_int],
        dtype: DType | None = None,
        device: DeviceLike | None = None,
    ) -> Tensor:
        """A new tensor of the given shape filled with zeros, by default of this tensor's dtype
        and on its device.

        Args:
            size: The shape; every size must be non-negative.
            dtype: The dtype; None for the input's.
            device: The device; None for the input's.

        Returns:
            The new tensor.

        Bridge: rt_torch_torchtensor_new_zeros. PyTorch: torch.Tensor.new_zeros.
        """
        size_ = _size(size)
        return _f_torchtensor_new_zeros(self, size_, dtype, device)

    def new_ones(
        self,
        *size: _int | Sequence[_int],
        dtype: DType | None = None,
        device: DeviceLike | None = None,
    ) -> Tensor:
        """A new tensor of the given shape filled with ones, by default of this tensor's dtype
        and on its device.

        Args:
            size: The shape; every size must be non-negative.
            dtype: The dtype; None for the input's.
            device: The device; None for the input's.

        Returns:
            The new tensor.

        Bridge: rt_torch_torchtensor_new_ones. PyTorch: torch.Tensor.new_ones.
        """
        size_ = _size(size)
        return _f_torchtensor_new_ones(self, size_, dtype, device)

    def new_full(
        self,
        size: _int | Sequence[_int],
        fill_value: Number,
        *,
        dtype: DType | None = None,
        device: DeviceLike | None = None,
    ) -> Tensor:
        """A new tensor of the given shape filled with one value, by default of this tensor's
        dtype and on its device.

        Args:
            size: The shape; every size must be non-negative.
            fill_value: The value of every element.
            dtype: The dtype; None for the input's.
            device: The device; None for the input's.

        Returns:
            The new tensor.

        Bridge: rt_torch_torchtensor_new_full. PyTorch: torch.Tensor.new_full.
        """
        size_ = _ints(size, "size")
        return _f_torchtensor_new_full(self, size_, fill_value, dtype, device)

    def new_empty(
        self,
        *size: _int | Sequence[_int],
        dtype: DType | None = None,
        device: DeviceLike | None = None,
    ) -> Tensor:
        """A new tensor of the given shape whose values are not initialised, by default of this
        tensor's dtype and on its device.

        Args:
            size: The shape; every size must be non-negative.
            dtype: The dtype; None for the input's.
            device: The device; None for the input's.

        Returns:
            The new tensor (its values are whatever the memory held).

        Bridge: rt_torch_torchtensor_new_empty. PyTorch: torch.Tensor.new_empty.
        """
        size_ = _size(size)
        return _f_torchtensor_new_empty(self, size_, dtype, device)

    def bool(
        self,
        *,
        memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
    ) -> Tensor:
        """The tensor converted to bool, as self.to(torch.bool).

        Args:
            memory_format: The memory layout of a copy; None preserves the input's.

        Returns:
            A new handle (the input itself when it already is bool).

        Bridge: rt_torch_torchtensor_bool. PyTorch: torch.Tensor.bool.
        """
        return _f_torchtensor_bool(self, _opt_text(memory_format, "memory_format"))

    def byte(
        self,
        *,
        memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
    ) -> Tensor:
        """The tensor converted to uint8, as self.to(torch.uint8).

        Args:
            memory_format: The memory layout of a copy; None preserves the input's.

        Returns:
            A new handle (the input itself when it already is uint8).

        Bridge: rt_torch_torchtensor_byte. PyTorch: torch.Tensor.byte.
        """
        return _f_torchtensor_byte(self, _opt_text(memory_format, "memory_format"))

    def char(
        self,
        *,
        memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
    ) -> Tensor:
        """The tensor converted to int8, as self.to(torch.int8).

        Args:
            memory_format: The memory layout of a copy; None preserves the input's.

        Returns:
            A new handle (the input itself when it already is int8).

        Bridge: rt_torch_torchtensor_char. PyTorch: torch.Tensor.char.
        """
        return _f_torchtensor_char(self, _opt_text(memory_format, "memory_format"))

    def short(
        self,
        *,
        memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
    ) -> Tensor:
        """The tensor converted to int16, as self.to(torch.int16).

        Args:
            memory_format: The memory layout of a copy; None preserves the input's.

        Returns:
            A new handle (the input itself when it already is int16).

        Bridge: rt_torch_torchtensor_short. PyTorch: torch.Tensor.short.
        """
        return _f_torchtensor_short(self, _opt_text(memory_format, "memory_format"))

    def int(
        self,
        *,
        memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
    ) -> Tensor:
        """The tensor converted to int32, as self.to(torch.int32).

        Args:
            memory_format: The memory layout of a copy; None preserves the input's.

        Returns:
            A new handle (the input itself when it already is int32).

        Bridge: rt_torch_torchtensor_int. PyTorch: torch.Tensor.int.
        """
        return _f_torchtensor_int(self, _opt_text(memory_format, "memory_format"))

    def long(
        self,
        *,
        memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
    ) -> Tensor:
        """The tensor converted to int64, as self.to(torch.int64).

        Args:
            memory_format: The memory layout of a copy; None preserves the input's.

        Returns:
            A new handle (the input itself when it already is int64).

        Bridge: rt_torch_torchtensor_long. PyTorch: torch.Tensor.long.
        """
        return _f_torchtensor_long(self, _opt_text(memory_format, "memory_format"))

    def half(
        self,
        *,
        memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
    ) -> Tensor:
        """The tensor converted to float16, as self.to(torch.float16).

        Args:
            memory_format: The memory layout of a copy; None preserves the input's.

        Returns:
            A new handle (the input itself when it already is float16).

        Bridge: rt_torch_torchtensor_half. PyTorch: torch.Tensor.half.
        """
        return _f_torchtensor_half(self, _opt_text(memory_format, "memory_format"))

    def bfloat16(
        self,
        *,
        memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
    ) -> Tensor:
        """The tensor converted to bfloat16, as self.to(torch.bfloat16).

        Args:
            memory_format: The memory layout of a copy; None preserves the input's.

        Returns:
            A new handle (the input itself when it already is bfloat16).

        Bridge: rt_torch_torchtensor_bfloat16. PyTorch: torch.Tensor.bfloat16.
        """
        return _f_torchtensor_bfloat16(self, _opt_text(memory_format, "memory_format"))

    def float(
        self,
        *,
        memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
    ) -> Tensor:
        """The tensor converted to float32, as self.to(torch.float32).

        Args:
            memory_format: The memory layout of a copy; None preserves the input's.

        Returns:
            A new handle (the input itself when it already is float32).

        Bridge: rt_torch_torchtensor_float. PyTorch: torch.Tensor.float.
        """
        return _f_torchtensor_float(self, _opt_text(memory_format, "memory_format"))

    def double(
        self,
        *,
        memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
    ) -> Tensor:
        """The tensor converted to float64, as self.to(torch.float64).

        Args:
            memory_format: The memory layout of a copy; None preserves the input's.

        Returns:
            A new handle (the input itself when it already is float64).

        Bridge: rt_torch_torchtensor_double. PyTorch: torch.Tensor.double.
        """
        return _f_torchtensor_double(self, _opt_text(memory_format, "memory_format"))

    def normal_(self, mean: _float = 0.0, std_arg: _float = 1.0) -> Tensor:
        """Fills the tensor in place with samples of one normal distribution.

        Args:
            mean: The mean.
            std_arg: The standard deviation (non-negative); PyTorch's std.

        Bridge: rt_torch_torchtensor_normal_. PyTorch: torch.Tensor.normal_.
        """
        _f_torchtensor_normal_(self, mean, std_arg)
        return self

    def mm(self, mat2: Tensor) -> Tensor:
        """The matrix product of two 2-D tensors, without broadcasting.

        Args:
            mat2: A matrix of shape (m, p), of the input's dtype.

        Returns:
            A new tensor of shape (n, p).

        Bridge: rt_torch_torchtensor_mm. PyTorch: torch.mm.
        """
        return _f_torchtensor_mm(self, mat2)

    def bmm(self, mat2: Tensor) -> Tensor:
        """The matrix products of two batches of matrices, batch by batch, without
        broadcasting.

        Args:
            mat2: A batch of matrices of shape (b, m, p), of the input's dtype.

        Returns:
            A new tensor of shape (b, n, p).

        Bridge: rt_torch_torchtensor_bmm. PyTorch: torch.bmm.
        """
        return _f_torchtensor_bmm(self, mat2)

    def mv(self, vec: Tensor) -> Tensor:
        """The product of a matrix and a vector.

        Args:
            vec: A vector of length m, of the input's dtype.

        Returns:
            A new vector of length n.

        Bridge: rt_torch_torchtensor_mv. PyTorch: torch.mv.
        """
        return _f_torchtensor_mv(self, vec)

    def addmm(self, mat1: Tensor, mat2: Tensor, *, beta: Number = 1, alpha: Number = 1) -> Tensor:
        """beta * input + alpha * (mat1 @ mat2), for matrices.

        Args:
            mat1: A matrix of shape (n, m).
            mat2: A matrix of shape (m, p).
            beta: The factor of input (0 ignores its values, NaN included).
            alpha: The factor of the product.

        Returns:
            A new tensor of shape (n, p).

        Bridge: rt_torch_torchtensor_addmm. PyTorch: torch.addmm.
        """
        return _f_torchtensor_addmm(self, mat1, mat2, beta, alpha)

    def addmv(self, mat: Tensor, vec: Tensor, *, beta: Number = 1, alpha: Number = 1) -> Tensor:
        """beta * input + alpha * (mat @ vec), for a matrix and a vector.

        Args:
            mat: A matrix of shape (n, m).
            vec: A vector of length m.
            beta: The factor of input (0 ignores its values, NaN included).
            alpha: The factor of the product.

        Returns:
            A new vector of length n.

        Bridge: rt_torch_torchtensor_addmv. PyTorch: torch.addmv.
        """
        return _f_torchtensor_addmv(self, mat, vec, beta, alpha)

    def addbmm(
        self,
        batch1: Tensor,
        batch2: Tensor,
        *,
        beta: Number = 1,
        alpha: Number = 1,
    ) -> Tensor:
        """beta * input + alpha * the sum over the batch of the matrix products of batch1 and
        batch2.

        Args:
            batch1: A batch of matrices of shape (b, n, m).
            batch2: A batch of matrices of shape (b, m, p).
            beta: The factor of input (0 ignores its values, NaN included).
            alpha: The factor of the summed products.

        Returns:
            A new tensor of shape (n, p).

        Bridge: rt_torch_torchtensor_addbmm. PyTorch: torch.addbmm.
        """
        return _f_torchtensor_addbmm(self, batch1, batch2, beta, alpha)

    def baddbmm(
        self,
        batch1: Tensor,
        batch2: Tensor,
        *,
        beta: Number = 1,
        alpha: Number = 1,
    ) -> Tensor:
        """beta * input + alpha * (batch1 @ batch2), batch by batch.

        Args:
            batch1: A batch of matrices of shape (b, n, m).
            batch2: A batch of matrices of shape (b, m, p).
            beta: The factor of input (0 ignores its values, NaN included).
            alpha: The factor of the products.

        Returns:
            A new tensor of shape (b, n, p).

        Bridge: rt_torch_torchtensor_baddbmm. PyTorch: torch.baddbmm.
        """
        return _f_torchtensor_baddbmm(self, batch1, batch2, beta, alpha)

    def addr(self, vec1: Tensor, vec2: Tensor, *, beta: Number = 1, alpha: Number = 1) -> Tensor:
        """beta * input + alpha * the outer product of two vectors.

        Args:
            vec1: A vector of length n.
            vec2: A vector of length m.
            beta: The factor of input (0 ignores its values, NaN included).
            alpha: The factor of the outer product.

        Returns:
            A new tensor of shape (n, m).

        Bridge: rt_torch_torchtensor_addr. PyTorch: torch.addr.
        """
        return _f_torchtensor_addr(self, vec1, vec2, beta, alpha)

    def vdot(self, other: Tensor) -> Tensor:
        """The dot product of two 1-D tensors, conjugating the first when it is complex.

        Args:
            other: The second vector, of the same length and dtype.

        Returns:
            A new 0-d tensor.

        Bridge: rt_torch_torchtensor_vdot. PyTorch: torch.vdot.
        """
        return _f_torchtensor_vdot(self, other)

    def outer(self, vec2: Tensor) -> Tensor:
        """The outer product of two vectors.

        Args:
            vec2: A vector of length m.

        Returns:
            A new tensor of shape (n, m).

        Bridge: rt_torch_torchtensor_outer. PyTorch: torch.outer.
        """
        return _f_torchtensor_outer(self, vec2)

    def inner(self, other: Tensor) -> Tensor:
        """The inner product over the last dimension of both tensors (the dot product for
        vectors).

        Args:
            other: The second tensor, whose last dimension matches the input's.

        Returns:
            A new tensor of shape input.shape[:-1] + other.shape[:-1] (0-d for two vectors).

        Bridge: rt_torch_torchtensor_inner. PyTorch: torch.inner.
        """
        return _f_torchtensor_inner(self, other)

    def cross(self, other: Tensor, dim: _int | None = None) -> Tensor:
        """The cross product of 3-vectors along one dimension, with broadcasting.

        Args:
            other: The second tensor, broadcastable with the input.
            dim: The dimension of size 3; None for the first such dimension (deprecated in
                PyTorch).

        Returns:
            A new tensor of the broadcast shape.

        Bridge: rt_torch_torchtensor_cross. PyTorch: torch.cross.
        """
        return _f_torchtensor_cross(self, other, 0 if dim is None else dim, dim is not None)

    def dist(self, other: Tensor, p: Number = 2) -> Tensor:
        """The p-norm of input - other, over all elements.

        Args:
            other: The second tensor, broadcastable with the input.
            p: The order of the norm.

        Returns:
            A new 0-d tensor.

        Bridge: rt_torch_torchtensor_dist. PyTorch: torch.dist.
        """
        return _f_torchtensor_dist(self, other, p)

    def pinverse(self, rcond: _float = 1e-15) -> Tensor:
        """The Moore-Penrose pseudo-inverse of a matrix, or of each matrix of a batch.

        Args:
            rcond: Singular values below rcond times the largest are treated as 0.

        Returns:
            A new tensor of shape (*, n, m).

        Bridge: rt_torch_torchtensor_pinverse. PyTorch: torch.pinverse.
        """
        return _f_torchtensor_pinverse(self, rcond)

    def cholesky(self, upper: _bool = False) -> Tensor:
        """The Cholesky factor of a symmetric (Hermitian) positive-definite matrix, as
        torch.cholesky (deprecated for torch.linalg.cholesky).

        Args:
            upper: Return the upper factor U (input = U^H U) instead of the lower one L
                (input = L L^H).

        Returns:
            A new tensor of the input's shape; a matrix that is not positive-definite is an
            error.

        Bridge: rt_torch_torchtensor_cholesky. PyTorch: torch.cholesky.
        """
        return _f_torchtensor_cholesky(self, upper)

    def cholesky_inverse(self, upper: _bool = False) -> Tensor:
        """The inverse of a symmetric (Hermitian) positive-definite matrix from its Cholesky
        factor.

        Args:
            upper: The factors are upper triangular (else lower).

        Returns:
            A new tensor of the input's shape.

        Bridge: rt_torch_torchtensor_cholesky_inverse. PyTorch: torch.cholesky_inverse.
        """
        return _f_torchtensor_cholesky_inverse(self, upper)

    def cholesky_solve(self, input2: Tensor, upper: _bool = False) -> Tensor:
        """The solution X of A X = B given B and the Cholesky factor of A.

        Args:
            input2: The Cholesky factor of A, of shape (*, n, n); the batch dimensions
                broadcast.
            upper: The factor is upper triangular (else lower).

        Returns:
            A new tensor X of shape (*, n, k).

        Bridge: rt_torch_torchtensor_cholesky_solve. PyTorch: torch.cholesky_solve.
        """
        return _f_torchtensor_cholesky_solve(self, input2, upper)

    def qr(self, some: _bool = True) -> _rt_types.qr:
        """The QR decomposition of a matrix or a batch, as torch.qr (deprecated for
        torch.linalg.qr).

        Args:
            some: true for the reduced decomposition (Q of shape (*, m, k), k = min(m, n)),
                false for the complete one.

        Returns:
            Q: The orthonormal (unitary) factor; R: The upper triangular factor.

        Bridge: rt_torch_torchtensor_qr. PyTorch: torch.qr.
        """
        return _tuple_new(_rt_types.qr, _f_torchtensor_qr(self, some))

    def svd(self, some: _bool = True, compute_uv: _bool = True) -> _rt_types.svd:
        """The singular value decomposition input = U diag(S) V^H as torch.svd gives it (V, not
        Vh; deprecated for torch.linalg.svd).

        Args:
            some: true for the reduced U and V, false for the full ones.
            compute_uv: Compute U and V; false returns them filled with zeros.

        Returns:
            U: The left singular vectors; S: The singular values, in descending order; V:
            The right singular vectors (columns), not conjugate-transposed.

        Bridge: rt_torch_torchtensor_svd_v2. PyTorch: torch.svd.
        """
        return _tuple_new(_rt_types.svd, _f_torchtensor_svd_v2(self, some, compute_uv))

    def lu_solve(self, lu_data: Tensor, lu_pivots: Tensor) -> Tensor:
        """The solution X of A X = B from B and the packed LU factors of A, as torch.lu_solve
        (deprecated for torch.linalg.lu_solve).

        Args:
            lu_data: The packed factors of A, of shape (*, n, n), from
                torch.linalg.lu_factor.
            lu_pivots: Their pivots, int32 of shape (*, n).

        Returns:
            A new tensor X of shape (*, n, k).

        Bridge: rt_torch_torchtensor_lu_solve. PyTorch: torch.lu_solve.
        """
        return _f_torchtensor_lu_solve(self, lu_data, lu_pivots)

    def triangular_solve(
        self,
        a: Tensor,
        upper: _bool = True,
        transpose: _bool = False,
        unitriangular: _bool = False,
    ) -> _rt_types.triangular_solve:
        """The solution X of A X = b for a triangular A, as torch.triangular_solve (deprecated
        for torch.linalg.solve_triangular).

        Args:
            a: The triangular matrices A, of shape (*, m, m); PyTorch's A.
            upper: A is upper triangular (else lower).
            transpose: Solve with A transposed.
            unitriangular: Take A's diagonal as ones without reading it.

        Returns:
            solution: X, of shape (*, m, k); cloned_coefficient: A copy of A.

        Bridge: rt_torch_torchtensor_triangular_solve. PyTorch: torch.triangular_solve.
        """
        return _tuple_new(_rt_types.triangular_solve, _f_torchtensor_triangular_solve(self, a, upper, transpose, unitriangular))

    def geqrf(self) -> _rt_types.geqrf:
        """The QR decomposition in LAPACK's geqrf form, Householder reflectors and their
        scalars.

        Returns:
            a: R on and above the diagonal, the reflectors' vectors below it; tau: The
            reflectors' scalar factors, of shape (*, min(m, n)).

        Bridge: rt_torch_torchtensor_geqrf. PyTorch: torch.geqrf.
        """
        return _tuple_new(_rt_types.geqrf, _f_torchtensor_geqrf(self))

    def ormqr(
        self,
        input2: Tensor,
        input3: Tensor,
        left: _bool = True,
        transpose: _bool = False,
    ) -> Tensor:
        """The product of the Q of a geqrf decomposition (or its conjugate transpose) with a
        matrix, without forming Q.

        Args:
            input2: Their scalar factors (geqrf's tau), of shape (*, min(mn, k)).
            input3: The matrix multiplied, of shape (*, m, n).
            left: Compute Q @ input3 (else input3 @ Q).
            transpose: Use Q's conjugate transpose.

        Returns:
            A new tensor of shape (*, m, n).

        Bridge: rt_torch_torchtensor_ormqr. PyTorch: torch.ormqr.
        """
        return _f_torchtensor_ormqr(self, input2, input3, left, transpose)

    def cov(
        self,
        *,
        correction: _int = 1,
        fweights: Tensor | None = None,
        aweights: Tensor | None = None,
    ) -> Tensor:
        """The covariance matrix of the variables in the rows of a matrix (observations in
        columns), optionally weighted.

        Args:
            correction: The difference between the number of observations and the degrees of
                freedom: 1 for the unbiased estimate, 0 for the plain mean.
            fweights: Integer frequency weights, one per observation; None for none.
            aweights: Floating-point observation weights, one per observation; None for
                none.

        Returns:
            A new tensor of shape (variables, variables) (0-d for one variable).

        Bridge: rt_torch_torchtensor_cov. PyTorch: torch.cov.
        """
        return _f_torchtensor_cov(self, correction, fweights, aweights)

    def matrix_power(self, n: _int) -> Tensor:
        """The n-th power of a square matrix, or of each matrix of a batch, for an integer n.

        Args:
            n: The exponent: 0 gives the identity, negative values powers of the inverse.

        Returns:
            A new tensor of the input's shape.

        Bridge: rt_torch_torchtensor_linalg_matrix_power. PyTorch: torch.linalg.matrix_power.
        """
        return _f_torchtensor_linalg_matrix_power(self, n)

    def slogdet(self) -> _rt_types.linalg_slogdet:
        """The sign (phase) and the log of the absolute value of the determinant of a square
        matrix or batch.

        Returns:
            sign: -1, 0 or 1 (for complex inputs, the phase), of shape (*); logabsdet: log
            |det|, of shape (*) (-inf where the determinant is 0).

        Bridge: rt_torch_torchtensor_linalg_slogdet. PyTorch: torch.linalg.slogdet.
        """
        return _tuple_new(_rt_types.linalg_slogdet, _f_torchtensor_linalg_slogdet(self))

    @overload
    def round(self) -> Tensor: ...

    @overload
    def round(self, *, decimals: _int) -> Tensor: ...

    def round(self, *args: Any, **kwargs: Any) -> Any:
        """round: one of 2 forms, chosen by the arguments as PyTorch chooses.

        round()
            Rounds every element to the nearest integer, halves to even.

        round(*, decimals: _int)
            Rounds every element to a number of decimal places, halves to even.

        Bridge: rt_torch_torchtensor_round, rt_torch_torchtensor_round_decimals. PyTorch: torch.round.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_ROUND)
        if _r is not NotImplemented:
            return _r
        _no_match("round", args, kwargs, (_FORM_TENSOR_ROUND_0, _FORM_TENSOR_ROUND_1,))

    def logit(self, eps: _float | None = None) -> Tensor:
        """The element-wise log-odds of the input, log(x / (1 - x)), optionally clamping x to
        [eps, 1 - eps].

        Args:
            eps: Clamp the input to [eps, 1 - eps] first; None for no clamping (then 0 and 1
                give -inf and inf).

        Returns:
            A new tensor (floating point: integer inputs give the default float dtype).

        Bridge: rt_torch_torchtensor_logit. PyTorch: torch.logit.
        """
        return _f_torchtensor_logit(self, 0.0 if eps is None else eps, eps is not None)

    def mvlgamma(self, p: _int) -> Tensor:
        """The element-wise multivariate log-gamma function of dimension p.

        Args:
            p: The number of dimensions, at least 1.

        Returns:
            A new tensor (floating point: integer inputs give the default float dtype).

        Bridge: rt_torch_torchtensor_mvlgamma. PyTorch: torch.mvlgamma.
        """
        return _f_torchtensor_mvlgamma(self, p)

    def nan_to_num(
        self,
        nan: _float | None = None,
        posinf: _float | None = None,
        neginf: _float | None = None,
    ) -> Tensor:
        """Replaces NaN, positive and negative infinity with finite numbers.

        Args:
            nan: The value for NaN; None for 0.
            posinf: The value for +inf; None for the dtype's largest finite value.
            neginf: The value for -inf; None for the dtype's lowest finite value.

        Returns:
            A new tensor of the input's dtype.

        Bridge: rt_torch_torchtensor_nan_to_num. PyTorch: torch.nan_to_num.
        """
        return _f_torchtensor_nan_to_num(self, 0.0 if nan is None else nan, nan is not None, 0.0 if posinf is None else posinf, posinf is not None, 0.0 if neginf is None else neginf, neginf is not None)

    def frexp(self) -> _rt_types.frexp:
        """Splits every element into a mantissa in [0.5, 1) (by magnitude) and a power-of-two
        exponent.

        Returns:
            mantissa: The mantissas, of the input's (floating-point) dtype; exponent: The
            exponents, int32: input = mantissa * 2^exponent.

        Bridge: rt_torch_torchtensor_frexp_tensor. PyTorch: torch.frexp.
        """
        return _tuple_new(_rt_types.frexp, _f_torchtensor_frexp_tensor(self))

    def atan2(self, other: Tensor) -> Tensor:
        """The element-wise arctangent of input / other, in radians, in the quadrant of the
        point (other, input).

        Args:
            other: The x coordinates, broadcastable with input.

        Returns:
            A new tensor (floating point: integer inputs give the default float dtype).

        Bridge: rt_torch_torchtensor_atan2. PyTorch: torch.atan2.
        """
        return _f_torchtensor_atan2(self, other)

    def logaddexp(self, other: Tensor) -> Tensor:
        """The element-wise log(exp(input) + exp(other)), computed without overflow.

        Args:
            other: The second input tensor, broadcastable with input.

        Returns:
            A new tensor (floating point: integer inputs give the default float dtype).

        Bridge: rt_torch_torchtensor_logaddexp. PyTorch: torch.logaddexp.
        """
        return _f_torchtensor_logaddexp(self, other)

    def logaddexp2(self, other: Tensor) -> Tensor:
        """The element-wise log2(2^input + 2^other), computed without overflow.

        Args:
            other: The second input tensor, broadcastable with input.

        Returns:
            A new tensor (floating point: integer inputs give the default float dtype).

        Bridge: rt_torch_torchtensor_logaddexp2. PyTorch: torch.logaddexp2.
        """
        return _f_torchtensor_logaddexp2(self, other)

    @overload
    def xlogy(self, other: Tensor) -> Tensor: ...

    @overload
    def xlogy(self, other: Number) -> Tensor: ...

    def xlogy(self, other: Any) -> Tensor:
        """xlogy: one of 2 forms, chosen by the arguments as PyTorch chooses.

        xlogy(other: Tensor)
            The element-wise input * log(other), 0 where input is 0 (even when other is 0 or
            inf).

        xlogy(other: Number)
            The element-wise input * log(other), 0 where input is 0 (even when other is 0 or
            inf).

        Bridge: rt_torch_torchtensor_xlogy_tensor, rt_torch_torchtensor_xlogy_scalar_other. PyTorch: torch.xlogy.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                return _f_torchtensor_xlogy_tensor(self, other)
            if _accepts("Scalar", other):
                return _f_torchtensor_xlogy_scalar_other(self, other)
        except TypeError:
            _refit("xlogy", {"other": other}, (_FORM_TENSOR_XLOGY_0, _FORM_TENSOR_XLOGY_1,))
            raise
        _no_match("xlogy", (), {"other": other}, (_FORM_TENSOR_XLOGY_0, _FORM_TENSOR_XLOGY_1,))

    def hypot(self, other: Tensor) -> Tensor:
        """The element-wise hypotenuse sqrt(input^2 + other^2).

        Args:
            other: The second input tensor, broadcastable with input.

        Returns:
            A new tensor of the promoted (floating-point) dtype.

        Bridge: rt_torch_torchtensor_hypot. PyTorch: torch.hypot.
        """
        return _f_torchtensor_hypot(self, other)

    @overload
    def lerp(self, end: Tensor, weight: Number) -> Tensor: ...

    @overload
    def lerp(self, end: Tensor, weight: Tensor) -> Tensor: ...

    def lerp(self, end: Tensor, weight: Any = _MISSING) -> Tensor:
        """lerp: one of 2 forms, chosen by the arguments as PyTorch chooses.

        lerp(end: Tensor, weight: Number)
            Linear interpolation between two tensors, input + weight * (end - input).

        lerp(end: Tensor, weight: Tensor)
            Linear interpolation between two tensors, input + weight * (end - input).

        Bridge: rt_torch_torchtensor_lerp_scalar, rt_torch_torchtensor_lerp_tensor. PyTorch: torch.lerp.
        """
        if weight is _MISSING:
            _no_match("lerp", (), {"end": end, "weight": weight}, (_FORM_TENSOR_LERP_0, _FORM_TENSOR_LERP_1,))
        try:
            if _accepts("Scalar", weight):
                return _f_torchtensor_lerp_scalar(self, end, weight)
            if (weight.__class__ is _Tensor or _accepts("Tensor", weight)):
                return _f_torchtensor_lerp_tensor(self, end, weight)
        except TypeError:
            _refit("lerp", {"end": end, "weight": weight}, (_FORM_TENSOR_LERP_0, _FORM_TENSOR_LERP_1,))
            raise
        _no_match("lerp", (), {"end": end, "weight": weight}, (_FORM_TENSOR_LERP_0, _FORM_TENSOR_LERP_1,))

    def nextafter(self, other: Tensor) -> Tensor:
        """The next floating-point value after input toward other, element-wise.

        Args:
            other: The directions, broadcastable with input.

        Returns:
            A new tensor of the promoted dtype.

        Bridge: rt_torch_torchtensor_nextafter. PyTorch: torch.nextafter.
        """
        return _f_torchtensor_nextafter(self, other)

    @overload
    def copysign(self, other: Tensor) -> Tensor: ...

    @overload
    def copysign(self, other: Number) -> Tensor: ...

    def copysign(self, other: Any) -> Tensor:
        """copysign: one of 2 forms, chosen by the arguments as PyTorch chooses.

        copysign(other: Tensor)
            The magnitude of input with the sign (bit) of other, element-wise.

        copysign(other: Number)
            The magnitude of input with the sign (bit) of other, element-wise.

        Bridge: rt_torch_torchtensor_copysign_tensor, rt_torch_torchtensor_copysign_scalar. PyTorch: torch.copysign.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                return _f_torchtensor_copysign_tensor(self, other)
            if _accepts("Scalar", other):
                return _f_torchtensor_copysign_scalar(self, other)
        except TypeError:
            _refit("copysign", {"other": other}, (_FORM_TENSOR_COPYSIGN_0, _FORM_TENSOR_COPYSIGN_1,))
            raise
        _no_match("copysign", (), {"other": other}, (_FORM_TENSOR_COPYSIGN_0, _FORM_TENSOR_COPYSIGN_1,))

    def fmax(self, other: Tensor) -> Tensor:
        """The element-wise maximum of two tensors, ignoring NaN (NaN only where both are NaN).

        Args:
            other: The second input tensor, broadcastable with input.

        Returns:
            A new tensor of the promoted dtype of the inputs.

        Bridge: rt_torch_torchtensor_fmax. PyTorch: torch.fmax.
        """
        return _f_torchtensor_fmax(self, other)

    def fmin(self, other: Tensor) -> Tensor:
        """The element-wise minimum of two tensors, ignoring NaN (NaN only where both are NaN).

        Args:
            other: The second input tensor, broadcastable with input.

        Returns:
            A new tensor of the promoted dtype of the inputs.

        Bridge: rt_torch_torchtensor_fmin. PyTorch: torch.fmin.
        """
        return _f_torchtensor_fmin(self, other)

    @overload
    def fmod(self, other: Tensor) -> Tensor: ...

    @overload
    def fmod(self, other: Number) -> Tensor: ...

    def fmod(self, other: Any) -> Tensor:
        """fmod: one of 2 forms, chosen by the arguments as PyTorch chooses.

        fmod(other: Tensor)
            The element-wise C-style remainder of a division (std::fmod: the sign of the
            dividend).

        fmod(other: Number)
            The element-wise C-style remainder of a division (std::fmod: the sign of the
            dividend).

        Bridge: rt_torch_torchtensor_fmod_tensor, rt_torch_torchtensor_fmod_scalar. PyTorch: torch.fmod.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                return _f_torchtensor_fmod_tensor(self, other)
            if _accepts("Scalar", other):
                return _f_torchtensor_fmod_scalar(self, other)
        except TypeError:
            _refit("fmod", {"other": other}, (_FORM_TENSOR_FMOD_0, _FORM_TENSOR_FMOD_1,))
            raise
        _no_match("fmod", (), {"other": other}, (_FORM_TENSOR_FMOD_0, _FORM_TENSOR_FMOD_1,))

    @overload
    def remainder(self, other: Tensor) -> Tensor: ...

    @overload
    def remainder(self, other: Number) -> Tensor: ...

    def remainder(self, other: Any) -> Tensor:
        """remainder: one of 2 forms, chosen by the arguments as PyTorch chooses.

        remainder(other: Tensor)
            The element-wise Python-style remainder of a division (the sign of the divisor).

        remainder(other: Number)
            The element-wise Python-style remainder of a division (the sign of the divisor).

        Bridge: rt_torch_torchtensor_remainder_tensor, rt_torch_torchtensor_remainder_scalar. PyTorch: torch.remainder.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                return _f_torchtensor_remainder_tensor(self, other)
            if _accepts("Scalar", other):
                return _f_torchtensor_remainder_scalar(self, other)
        except TypeError:
            _refit("remainder", {"other": other}, (_FORM_TENSOR_REMAINDER_0, _FORM_TENSOR_REMAINDER_1,))
            raise
        _no_match("remainder", (), {"other": other}, (_FORM_TENSOR_REMAINDER_0, _FORM_TENSOR_REMAINDER_1,))

    @overload
    def floor_divide(self, other: Tensor) -> Tensor: ...

    @overload
    def floor_divide(self, other: Number) -> Tensor: ...

    def floor_divide(self, other: Any) -> Tensor:
        """floor_divide: one of 2 forms, chosen by the arguments as PyTorch chooses.

        floor_divide(other: Tensor)
            The element-wise quotient rounded down (toward negative infinity).

        floor_divide(other: Number)
            The element-wise quotient rounded down (toward negative infinity).

        Bridge: rt_torch_torchtensor_floor_divide, rt_torch_torchtensor_floor_divide_scalar. PyTorch: torch.floor_divide.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                return _f_torchtensor_floor_divide(self, other)
            if _accepts("Scalar", other):
                return _f_torchtensor_floor_divide_scalar(self, other)
        except TypeError:
            _refit("floor_divide", {"other": other}, (_FORM_TENSOR_FLOOR_DIVIDE_0, _FORM_TENSOR_FLOOR_DIVIDE_1,))
            raise
        _no_match("floor_divide", (), {"other": other}, (_FORM_TENSOR_FLOOR_DIVIDE_0, _FORM_TENSOR_FLOOR_DIVIDE_1,))

    @overload
    def true_divide(self, other: Tensor) -> Tensor: ...

    @overload
    def true_divide(self, other: Number) -> Tensor: ...

    def true_divide(self, other: Any) -> Tensor:
        """true_divide: one of 2 forms, chosen by the arguments as PyTorch chooses.

        true_divide(other: Tensor)
            The element-wise true division (torch.div without rounding).

        true_divide(other: Number)
            The element-wise true division (torch.div without rounding).

        Bridge: rt_torch_torchtensor_true_divide_tensor, rt_torch_torchtensor_true_divide_scalar. PyTorch: torch.true_divide.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                return _f_torchtensor_true_divide_tensor(self, other)
            if _accepts("Scalar", other):
                return _f_torchtensor_true_divide_scalar(self, other)
        except TypeError:
            _refit("true_divide", {"other": other}, (_FORM_TENSOR_TRUE_DIVIDE_0, _FORM_TENSOR_TRUE_DIVIDE_1,))
            raise
        _no_match("true_divide", (), {"other": other}, (_FORM_TENSOR_TRUE_DIVIDE_0, _FORM_TENSOR_TRUE_DIVIDE_1,))

    @overload
    def float_power(self, exponent: Tensor) -> Tensor: ...

    @overload
    def float_power(self, exponent: Number) -> Tensor: ...

    def float_power(self, exponent: Any) -> Tensor:
        """float_power: one of 2 forms, chosen by the arguments as PyTorch chooses.

        float_power(exponent: Tensor)
            Raises input to the power of exponent element-wise, in double precision.

        float_power(exponent: Number)
            Raises input to the power of exponent element-wise, in double precision.

        Bridge: rt_torch_torchtensor_float_power_tensor_tensor, rt_torch_torchtensor_float_power_tensor_scalar. PyTorch: torch.float_power.
        """
        try:
            if (exponent.__class__ is _Tensor or _accepts("Tensor", exponent)):
                return _f_torchtensor_float_power_tensor_tensor(self, exponent)
            if _accepts("Scalar", exponent):
                return _f_torchtensor_float_power_tensor_scalar(self, exponent)
        except TypeError:
            _refit("float_power", {"exponent": exponent}, (_FORM_TENSOR_FLOAT_POWER_0, _FORM_TENSOR_FLOAT_POWER_1,))
            raise
        _no_match("float_power", (), {"exponent": exponent}, (_FORM_TENSOR_FLOAT_POWER_0, _FORM_TENSOR_FLOAT_POWER_1,))

    def heaviside(self, values: Tensor) -> Tensor:
        """The element-wise Heaviside step: 0 below zero, 1 above, values where input is zero.

        Args:
            values: The results where input is zero, broadcastable with input (same dtype).

        Returns:
            A new tensor of the input's dtype.

        Bridge: rt_torch_torchtensor_heaviside. PyTorch: torch.heaviside.
        """
        return _f_torchtensor_heaviside(self, values)

    def lcm(self, other: Tensor) -> Tensor:
        """The element-wise least common multiple of two integer tensors (non-negative).

        Args:
            other: The second input tensor, broadcastable with input.

        Returns:
            A new integer tensor of the promoted dtype.

        Bridge: rt_torch_torchtensor_lcm. PyTorch: torch.lcm.
        """
        return _f_torchtensor_lcm(self, other)

    def gcd(self, other: Tensor) -> Tensor:
        """The element-wise greatest common divisor of two integer tensors (non-negative).

        Args:
            other: The second input tensor, broadcastable with input.

        Returns:
            A new integer tensor of the promoted dtype.

        Bridge: rt_torch_torchtensor_gcd. PyTorch: torch.gcd.
        """
        return _f_torchtensor_gcd(self, other)

    def ldexp(self, other: Tensor) -> Tensor:
        """The element-wise input * 2^other.

        Args:
            other: The exponents (usually integers), broadcastable with input.

        Returns:
            A new tensor (floating point: integer inputs give the default float dtype).

        Bridge: rt_torch_torchtensor_ldexp_tensor. PyTorch: torch.ldexp.
        """
        return _f_torchtensor_ldexp_tensor(self, other)

    @overload
    def clamp(self, min: Number | None = None, max: Number | None = None) -> Tensor: ...

    @overload
    def clamp(self, min: Tensor | None = None, max: Tensor | None = None) -> Tensor: ...

    def clamp(self, min: Any = None, max: Any = None) -> Tensor:
        """clamp: one of 2 forms, chosen by the arguments as PyTorch chooses.

        clamp(min: Number | None = None, max: Number | None = None)
            Limits every element to [min, max] by numbers (max wins where min > max).

        clamp(min: Tensor | None = None, max: Tensor | None = None)
            Limits every element to [min, max] by tensors of bounds, element-wise.

        Bridge: rt_torch_torchtensor_clamp, rt_torch_torchtensor_clamp_tensor. PyTorch: torch.clamp.
        """
        try:
            if _accepts("Scalar?", min) and _accepts("Scalar?", max):
                return _f_torchtensor_clamp(self, min, max)
            if _accepts("Tensor?", min) and _accepts("Tensor?", max):
                return _f_torchtensor_clamp_tensor(self, min, max)
        except TypeError:
            _refit("clamp", {"min": min, "max": max}, (_FORM_TENSOR_CLAMP_0, _FORM_TENSOR_CLAMP_1,))
            raise
        _no_match("clamp", (), {"min": min, "max": max}, (_FORM_TENSOR_CLAMP_0, _FORM_TENSOR_CLAMP_1,))

    @overload
    def clamp_min(self, min: Number) -> Tensor: ...

    @overload
    def clamp_min(self, min: Tensor) -> Tensor: ...

    def clamp_min(self, min: Any) -> Tensor:
        """clamp_min: one of 2 forms, chosen by the arguments as PyTorch chooses.

        clamp_min(min: Number)
            Limits every element to at least a number, max(input, min).

        clamp_min(min: Tensor)
            Limits every element to at least the matching lower bound of a tensor.

        Bridge: rt_torch_torchtensor_clamp_min, rt_torch_torchtensor_clamp_min_tensor. PyTorch: torch.clamp_min.
        """
        try:
            if _accepts("Scalar", min):
                return _f_torchtensor_clamp_min(self, min)
            if (min.__class__ is _Tensor or _accepts("Tensor", min)):
                return _f_torchtensor_clamp_min_tensor(self, min)
        except TypeError:
            _refit("clamp_min", {"min": min}, (_FORM_TENSOR_CLAMP_MIN_0, _FORM_TENSOR_CLAMP_MIN_1,))
            raise
        _no_match("clamp_min", (), {"min": min}, (_FORM_TENSOR_CLAMP_MIN_0, _FORM_TENSOR_CLAMP_MIN_1,))

    @overload
    def clamp_max(self, max: Number) -> Tensor: ...

    @overload
    def clamp_max(self, max: Tensor) -> Tensor: ...

    def clamp_max(self, max: Any) -> Tensor:
        """clamp_max: one of 2 forms, chosen by the arguments as PyTorch chooses.

        clamp_max(max: Number)
            Limits every element to at most a number, min(input, max).

        clamp_max(max: Tensor)
            Limits every element to at most the matching upper bound of a tensor.

        Bridge: rt_torch_torchtensor_clamp_max, rt_torch_torchtensor_clamp_max_tensor. PyTorch: torch.clamp_max.
        """
        try:
            if _accepts("Scalar", max):
                return _f_torchtensor_clamp_max(self, max)
            if (max.__class__ is _Tensor or _accepts("Tensor", max)):
                return _f_torchtensor_clamp_max_tensor(self, max)
        except TypeError:
            _refit("clamp_max", {"max": max}, (_FORM_TENSOR_CLAMP_MAX_0, _FORM_TENSOR_CLAMP_MAX_1,))
            raise
        _no_match("clamp_max", (), {"max": max}, (_FORM_TENSOR_CLAMP_MAX_0, _FORM_TENSOR_CLAMP_MAX_1,))

    def minimum(self, other: Tensor) -> Tensor:
        """The element-wise minimum of two tensors, with broadcasting.

        Args:
            other: The second input tensor, broadcastable with input.

        Returns:
            A new tensor (NaN where either input is NaN).

        Bridge: rt_torch_torchtensor_minimum. PyTorch: torch.minimum.
        """
        return _f_torchtensor_minimum(self, other)

    def addcmul(self, tensor1: Tensor, tensor2: Tensor, *, value: Number = 1) -> Tensor:
        """input + value * tensor1 * tensor2, element-wise.

        Args:
            tensor1: The first factor.
            tensor2: The second factor.
            value: The multiplier of tensor1 * tensor2.

        Returns:
            A new tensor of the promoted dtype of the inputs.

        Bridge: rt_torch_torchtensor_addcmul. PyTorch: torch.addcmul.
        """
        return _f_torchtensor_addcmul(self, tensor1, tensor2, value)

    def addcdiv(self, tensor1: Tensor, tensor2: Tensor, *, value: Number = 1) -> Tensor:
        """input + value * tensor1 / tensor2, element-wise (true division; refused for integer
        tensors, as in PyTorch).

        Args:
            tensor1: The numerators.
            tensor2: The denominators.
            value: The multiplier of tensor1 / tensor2.

        Returns:
            A new tensor of the promoted dtype of the inputs.

        Bridge: rt_torch_torchtensor_addcdiv. PyTorch: torch.addcdiv.
        """
        return _f_torchtensor_addcdiv(self, tensor1, tensor2, value)

    @overload
    def eq(self, other: Tensor) -> Tensor: ...

    @overload
    def eq(self, other: Number) -> Tensor: ...

    def eq(self, other: Any) -> Tensor:
        """eq: one of 2 forms, chosen by the arguments as PyTorch chooses.

        eq(other: Tensor)
            Element-wise comparison input == other, with broadcasting.

        eq(other: Number)
            Element-wise comparison input == other, against a number.

        Bridge: rt_torch_torchtensor_eq_tensor, rt_torch_torchtensor_eq_scalar. PyTorch: torch.eq.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                return _f_torchtensor_eq_tensor(self, other)
            if _accepts("Scalar", other):
                return _f_torchtensor_eq_scalar(self, other)
        except TypeError:
            _refit("eq", {"other": other}, (_FORM_TENSOR_EQ_0, _FORM_TENSOR_EQ_1,))
            raise
        _no_match("eq", (), {"other": other}, (_FORM_TENSOR_EQ_0, _FORM_TENSOR_EQ_1,))

    @overload
    def ne(self, other: Tensor) -> Tensor: ...

    @overload
    def ne(self, other: Number) -> Tensor: ...

    def ne(self, other: Any) -> Tensor:
        """ne: one of 2 forms, chosen by the arguments as PyTorch chooses.

        ne(other: Tensor)
            Element-wise comparison input != other, with broadcasting.

        ne(other: Number)
            Element-wise comparison input != other, against a number.

        Bridge: rt_torch_torchtensor_ne_tensor, rt_torch_torchtensor_ne_scalar. PyTorch: torch.ne.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                return _f_torchtensor_ne_tensor(self, other)
            if _accepts("Scalar", other):
                return _f_torchtensor_ne_scalar(self, other)
        except TypeError:
            _refit("ne", {"other": other}, (_FORM_TENSOR_NE_0, _FORM_TENSOR_NE_1,))
            raise
        _no_match("ne", (), {"other": other}, (_FORM_TENSOR_NE_0, _FORM_TENSOR_NE_1,))

    @overload
    def gt(self, other: Tensor) -> Tensor: ...

    @overload
    def gt(self, other: Number) -> Tensor: ...

    def gt(self, other: Any) -> Tensor:
        """gt: one of 2 forms, chosen by the arguments as PyTorch chooses.

        gt(other: Tensor)
            Element-wise comparison input > other, with broadcasting.

        gt(other: Number)
            Element-wise comparison input > other, against a number.

        Bridge: rt_torch_torchtensor_gt_tensor, rt_torch_torchtensor_gt_scalar. PyTorch: torch.gt.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                return _f_torchtensor_gt_tensor(self, other)
            if _accepts("Scalar", other):
                return _f_torchtensor_gt_scalar(self, other)
        except TypeError:
            _refit("gt", {"other": other}, (_FORM_TENSOR_GT_0, _FORM_TENSOR_GT_1,))
            raise
        _no_match("gt", (), {"other": other}, (_FORM_TENSOR_GT_0, _FORM_TENSOR_GT_1,))

    @overload
    def ge(self, other: Tensor) -> Tensor: ...

    @overload
    def ge(self, other: Number) -> Tensor: ...

    def ge(self, other: Any) -> Tensor:
        """ge: one of 2 forms, chosen by the arguments as PyTorch chooses.

        ge(other: Tensor)
            Element-wise comparison input >= other, with broadcasting.

        ge(other: Number)
            Element-wise comparison input >= other, against a number.

        Bridge: rt_torch_torchtensor_ge_tensor, rt_torch_torchtensor_ge_scalar. PyTorch: torch.ge.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                return _f_torchtensor_ge_tensor(self, other)
            if _accepts("Scalar", other):
                return _f_torchtensor_ge_scalar(self, other)
        except TypeError:
            _refit("ge", {"other": other}, (_FORM_TENSOR_GE_0, _FORM_TENSOR_GE_1,))
            raise
        _no_match("ge", (), {"other": other}, (_FORM_TENSOR_GE_0, _FORM_TENSOR_GE_1,))

    @overload
    def lt(self, other: Tensor) -> Tensor: ...

    @overload
    def lt(self, other: Number) -> Tensor: ...

    def lt(self, other: Any) -> Tensor:
        """lt: one of 2 forms, chosen by the arguments as PyTorch chooses.

        lt(other: Tensor)
            Element-wise comparison input < other, with broadcasting.

        lt(other: Number)
            Element-wise comparison input < other, against a number.

        Bridge: rt_torch_torchtensor_lt_tensor, rt_torch_torchtensor_lt_scalar. PyTorch: torch.lt.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                return _f_torchtensor_lt_tensor(self, other)
            if _accepts("Scalar", other):
                return _f_torchtensor_lt_scalar(self, other)
        except TypeError:
            _refit("lt", {"other": other}, (_FORM_TENSOR_LT_0, _FORM_TENSOR_LT_1,))
            raise
        _no_match("lt", (), {"other": other}, (_FORM_TENSOR_LT_0, _FORM_TENSOR_LT_1,))

    @overload
    def le(self, other: Tensor) -> Tensor: ...

    @overload
    def le(self, other: Number) -> Tensor: ...

    def le(self, other: Any) -> Tensor:
        """le: one of 2 forms, chosen by the arguments as PyTorch chooses.

        le(other: Tensor)
            Element-wise comparison input <= other, with broadcasting.

        le(other: Number)
            Element-wise comparison input <= other, against a number.

        Bridge: rt_torch_torchtensor_le_tensor, rt_torch_torchtensor_le_scalar. PyTorch: torch.le.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                return _f_torchtensor_le_tensor(self, other)
            if _accepts("Scalar", other):
                return _f_torchtensor_le_scalar(self, other)
        except TypeError:
            _refit("le", {"other": other}, (_FORM_TENSOR_LE_0, _FORM_TENSOR_LE_1,))
            raise
        _no_match("le", (), {"other": other}, (_FORM_TENSOR_LE_0, _FORM_TENSOR_LE_1,))

    def equal(self, other: Tensor) -> _bool:
        """Whether two tensors have the same shape and the same elements (NaN never equals
        NaN).

        Args:
            other: The second tensor.

        Returns:
            True when shape and every element agree.

        Bridge: rt_torch_torchtensor_equal. PyTorch: torch.equal.
        """
        return _f_torchtensor_equal(self, other)

    def isclose(
        self,
        other: Tensor,
        rtol: _float = 1e-05,
        atol: _float = 1e-08,
        equal_nan: _bool = False,
    ) -> Tensor:
        """Whether each element of input is close to other, |input - other| <= atol + rtol *
        |other|.

        Args:
            other: The second tensor, broadcastable with input.
            rtol: The relative tolerance.
            atol: The absolute tolerance.
            equal_nan: Count two NaNs as close.

        Returns:
            A new bool tensor.

        Bridge: rt_torch_torchtensor_isclose. PyTorch: torch.isclose.
        """
        return _f_torchtensor_isclose(self, other, rtol, atol, equal_nan)

    def allclose(
        self,
        other: Tensor,
        rtol: _float = 1e-05,
        atol: _float = 1e-08,
        equal_nan: _bool = False,
    ) -> _bool:
        """Whether every element of input is close to other, |input - other| <= atol + rtol *
        |other|.

        Args:
            other: The second tensor, broadcastable with input.
            rtol: The relative tolerance.
            atol: The absolute tolerance.
            equal_nan: Count two NaNs as close.

        Returns:
            True when every element is close.

        Bridge: rt_torch_torchtensor_allclose. PyTorch: torch.allclose.
        """
        return _f_torchtensor_allclose(self, other, rtol, atol, equal_nan)

    def logical_and(self, other: Tensor) -> Tensor:
        """The element-wise logical AND of two tensors (nonzero counts as true).

        Args:
            other: The second tensor, broadcastable with input.

        Returns:
            A new bool tensor.

        Bridge: rt_torch_torchtensor_logical_and. PyTorch: torch.logical_and.
        """
        return _f_torchtensor_logical_and(self, other)

    def logical_or(self, other: Tensor) -> Tensor:
        """The element-wise logical OR of two tensors (nonzero counts as true).

        Args:
            other: The second tensor, broadcastable with input.

        Returns:
            A new bool tensor.

        Bridge: rt_torch_torchtensor_logical_or. PyTorch: torch.logical_or.
        """
        return _f_torchtensor_logical_or(self, other)

    def logical_xor(self, other: Tensor) -> Tensor:
        """The element-wise logical XOR of two tensors (nonzero counts as true).

        Args:
            other: The second tensor, broadcastable with input.

        Returns:
            A new bool tensor.

        Bridge: rt_torch_torchtensor_logical_xor. PyTorch: torch.logical_xor.
        """
        return _f_torchtensor_logical_xor(self, other)

    @overload
    def bitwise_and(self, other: Tensor) -> Tensor: ...

    @overload
    def bitwise_and(self, other: Number) -> Tensor: ...

    def bitwise_and(self, other: Any) -> Tensor:
        """bitwise_and: one of 2 forms, chosen by the arguments as PyTorch chooses.

        bitwise_and(other: Tensor)
            The element-wise bitwise AND of integer or bool values.

        bitwise_and(other: Number)
            The element-wise bitwise AND of integer or bool values.

        Bridge: rt_torch_torchtensor_bitwise_and_tensor, rt_torch_torchtensor_bitwise_and_scalar. PyTorch: torch.bitwise_and.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                return _f_torchtensor_bitwise_and_tensor(self, other)
            if _accepts("Scalar", other):
                return _f_torchtensor_bitwise_and_scalar(self, other)
        except TypeError:
            _refit("bitwise_and", {"other": other}, (_FORM_TENSOR_BITWISE_AND_0, _FORM_TENSOR_BITWISE_AND_1,))
            raise
        _no_match("bitwise_and", (), {"other": other}, (_FORM_TENSOR_BITWISE_AND_0, _FORM_TENSOR_BITWISE_AND_1,))

    @overload
    def bitwise_or(self, other: Tensor) -> Tensor: ...

    @overload
    def bitwise_or(self, other: Number) -> Tensor: ...

    def bitwise_or(self, other: Any) -> Tensor:
        """bitwise_or: one of 2 forms, chosen by the arguments as PyTorch chooses.

        bitwise_or(other: Tensor)
            The element-wise bitwise OR of integer or bool values.

        bitwise_or(other: Number)
            The element-wise bitwise OR of integer or bool values.

        Bridge: rt_torch_torchtensor_bitwise_or_tensor, rt_torch_torchtensor_bitwise_or_scalar. PyTorch: torch.bitwise_or.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                return _f_torchtensor_bitwise_or_tensor(self, other)
            if _accepts("Scalar", other):
                return _f_torchtensor_bitwise_or_scalar(self, other)
        except TypeError:
            _refit("bitwise_or", {"other": other}, (_FORM_TENSOR_BITWISE_OR_0, _FORM_TENSOR_BITWISE_OR_1,))
            raise
        _no_match("bitwise_or", (), {"other": other}, (_FORM_TENSOR_BITWISE_OR_0, _FORM_TENSOR_BITWISE_OR_1,))

    @overload
    def bitwise_xor(self, other: Tensor) -> Tensor: ...

    @overload
    def bitwise_xor(self, other: Number) -> Tensor: ...

    def bitwise_xor(self, other: Any) -> Tensor:
        """bitwise_xor: one of 2 forms, chosen by the arguments as PyTorch chooses.

        bitwise_xor(other: Tensor)
            The element-wise bitwise XOR of integer or bool values.

        bitwise_xor(other: Number)
            The element-wise bitwise XOR of integer or bool values.

        Bridge: rt_torch_torchtensor_bitwise_xor_tensor, rt_torch_torchtensor_bitwise_xor_scalar. PyTorch: torch.bitwise_xor.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                return _f_torchtensor_bitwise_xor_tensor(self, other)
            if _accepts("Scalar", other):
                return _f_torchtensor_bitwise_xor_scalar(self, other)
        except TypeError:
            _refit("bitwise_xor", {"other": other}, (_FORM_TENSOR_BITWISE_XOR_0, _FORM_TENSOR_BITWISE_XOR_1,))
            raise
        _no_match("bitwise_xor", (), {"other": other}, (_FORM_TENSOR_BITWISE_XOR_0, _FORM_TENSOR_BITWISE_XOR_1,))

    @overload
    def bitwise_left_shift(self, other: Tensor) -> Tensor: ...

    @overload
    def bitwise_left_shift(self, other: Number) -> Tensor: ...

    def bitwise_left_shift(self, other: Any) -> Tensor:
        """bitwise_left_shift: one of 2 forms, chosen by the arguments as PyTorch chooses.

        bitwise_left_shift(other: Tensor)
            Shifts integer values left by a number of bits, element-wise.

        bitwise_left_shift(other: Number)
            Shifts integer values left by a number of bits, element-wise.

        Bridge: rt_torch_torchtensor_bitwise_left_shift_tensor, rt_torch_torchtensor_bitwise_left_shift_tensor_scalar. PyTorch: torch.bitwise_left_shift.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                return _f_torchtensor_bitwise_left_shift_tensor(self, other)
            if _accepts("Scalar", other):
                return _f_torchtensor_bitwise_left_shift_tensor_scalar(self, other)
        except TypeError:
            _refit("bitwise_left_shift", {"other": other}, (_FORM_TENSOR_BITWISE_LEFT_SHIFT_0, _FORM_TENSOR_BITWISE_LEFT_SHIFT_1,))
            raise
        _no_match("bitwise_left_shift", (), {"other": other}, (_FORM_TENSOR_BITWISE_LEFT_SHIFT_0, _FORM_TENSOR_BITWISE_LEFT_SHIFT_1,))

    @overload
    def bitwise_right_shift(self, other: Tensor) -> Tensor: ...

    @overload
    def bitwise_right_shift(self, other: Number) -> Tensor: ...

    def bitwise_right_shift(self, other: Any) -> Tensor:
        """bitwise_right_shift: one of 2 forms, chosen by the arguments as PyTorch chooses.

        bitwise_right_shift(other: Tensor)
            Shifts integer values right (arithmetic) by a number of bits, element-wise.

        bitwise_right_shift(other: Number)
            Shifts integer values right (arithmetic) by a number of bits, element-wise.

        Bridge: rt_torch_torchtensor_bitwise_right_shift_tensor, rt_torch_torchtensor_bitwise_right_shift_tensor_scalar. PyTorch: torch.bitwise_right_shift.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                return _f_torchtensor_bitwise_right_shift_tensor(self, other)
            if _accepts("Scalar", other):
                return _f_torchtensor_bitwise_right_shift_tensor_scalar(self, other)
        except TypeError:
            _refit("bitwise_right_shift", {"other": other}, (_FORM_TENSOR_BITWISE_RIGHT_SHIFT_0, _FORM_TENSOR_BITWISE_RIGHT_SHIFT_1,))
            raise
        _no_match("bitwise_right_shift", (), {"other": other}, (_FORM_TENSOR_BITWISE_RIGHT_SHIFT_0, _FORM_TENSOR_BITWISE_RIGHT_SHIFT_1,))

    @overload
    def masked_fill(self, mask: Tensor, value: Number) -> Tensor: ...

    @overload
    def masked_fill(self, mask: Tensor, value: Tensor) -> Tensor: ...

    def masked_fill(self, mask: Tensor, value: Any = _MISSING) -> Tensor:
        """masked_fill: one of 2 forms, chosen by the arguments as PyTorch chooses.

        masked_fill(mask: Tensor, value: Number)
            A copy of input with a number written where a bool mask is true.

        masked_fill(mask: Tensor, value: Tensor)
            A copy of input with a 0-d tensor's value written where a bool mask is true.

        Bridge: rt_torch_torchtensor_masked_fill_scalar, rt_torch_torchtensor_masked_fill_tensor. PyTorch: torch.masked_fill.
        """
        if value is _MISSING:
            _no_match("masked_fill", (), {"mask": mask, "value": value}, (_FORM_TENSOR_MASKED_FILL_0, _FORM_TENSOR_MASKED_FILL_1,))
        try:
            if _accepts("Scalar", value):
                return _f_torchtensor_masked_fill_scalar(self, mask, value)
            if (value.__class__ is _Tensor or _accepts("Tensor", value)):
                return _f_torchtensor_masked_fill_tensor(self, mask, value)
        except TypeError:
            _refit("masked_fill", {"mask": mask, "value": value}, (_FORM_TENSOR_MASKED_FILL_0, _FORM_TENSOR_MASKED_FILL_1,))
            raise
        _no_match("masked_fill", (), {"mask": mask, "value": value}, (_FORM_TENSOR_MASKED_FILL_0, _FORM_TENSOR_MASKED_FILL_1,))

    def masked_select(self, mask: Tensor) -> Tensor:
        """The elements of input where a bool mask is true, as a 1-D tensor (in row-major
        order).

        Args:
            mask: The bool mask, broadcastable with input.

        Returns:
            A new 1-D tensor of input's dtype.

        Bridge: rt_torch_torchtensor_masked_select. PyTorch: torch.masked_select.
        """
        return _f_torchtensor_masked_select(self, mask)

    def masked_scatter(self, mask: Tensor, source: Tensor) -> Tensor:
        """A copy of input with the elements of source written, in order, where a bool mask is
        true.

        Args:
            mask: The bool mask, broadcastable to input's shape.
            source: The values to write, read in row-major order; at least as many as the
                mask's true elements.

        Returns:
            A new tensor of input's dtype and shape.

        Bridge: rt_torch_torchtensor_masked_scatter. PyTorch: torch.masked_scatter.
        """
        return _f_torchtensor_masked_scatter(self, mask, source)

    @overload
    def sub_(self, other: Tensor, *, alpha: Number = 1) -> Tensor: ...

    @overload
    def sub_(self, other: Number, alpha: Number = 1) -> Tensor: ...

    def sub_(self, *args: Any, **kwargs: Any) -> Any:
        """sub_: one of 2 forms, chosen by the arguments as PyTorch chooses.

        sub_(other: Tensor, *, alpha: Number = 1)
            Subtracts alpha times another tensor from this one, in place.

        sub_(other: Number, alpha: Number = 1)
            Subtracts alpha times a number from every element, in place (an int keeps
            integer tensors integer).

        Bridge: rt_torch_torchtensor_sub_tensor_, rt_torch_torchtensor_sub_scalar_. PyTorch: torch.Tensor.sub_.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_SUB_)
        if _r is not NotImplemented:
            return _r
        _no_match("sub_", args, kwargs, (_FORM_TENSOR_SUB__0, _FORM_TENSOR_SUB__1,))

    @overload
    def div_(self, other: Tensor) -> Tensor: ...

    @overload
    def div_(self, other: Tensor, *, rounding_mode: Literal['trunc', 'floor'] | None) -> Tensor: ...

    @overload
    def div_(self, other: Number) -> Tensor: ...

    @overload
    def div_(self, other: Number, *, rounding_mode: Literal['trunc', 'floor'] | None) -> Tensor: ...

    def div_(self, *args: Any, **kwargs: Any) -> Any:
        """div_: one of 4 forms, chosen by the arguments as PyTorch chooses.

        div_(other: Tensor)
            Divides element-wise by another tensor, in place (true division: refused for
            integer tensors).

        div_(other: Tensor, *, rounding_mode: Literal['trunc', 'floor'] | None)
            Divides element-wise by another tensor, in place, rounding the quotient as
            asked.

        div_(other: Number)
            Divides every element by a number, in place (true division: refused for integer
            tensors).

        div_(other: Number, *, rounding_mode: Literal['trunc', 'floor'] | None)
            Divides every element by a number, in place, rounding the quotient as asked.

        Bridge: rt_torch_torchtensor_div_tensor_, rt_torch_torchtensor_div_tensor_mode_, rt_torch_torchtensor_div_scalar_, rt_torch_torchtensor_div_scalar_mode_. PyTorch: torch.Tensor.div_.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_DIV_)
        if _r is not NotImplemented:
            return _r
        _no_match("div_", args, kwargs, (_FORM_TENSOR_DIV__0, _FORM_TENSOR_DIV__1, _FORM_TENSOR_DIV__2, _FORM_TENSOR_DIV__3,))

    @overload
    def fill_(self, value: Number) -> Tensor: ...

    @overload
    def fill_(self, value: Tensor) -> Tensor: ...

    def fill_(self, value: Any) -> Tensor:
        """fill_: one of 2 forms, chosen by the arguments as PyTorch chooses.

        fill_(value: Number)
            Sets every element to a number, in place.

        fill_(value: Tensor)
            Sets every element to the value of a 0-d tensor, in place.

        Bridge: rt_torch_torchtensor_fill_scalar_, rt_torch_torchtensor_fill_tensor_. PyTorch: torch.Tensor.fill_.
        """
        try:
            if _accepts("Scalar", value):
                _f_torchtensor_fill_scalar_(self, value)
                return self
            if (value.__class__ is _Tensor or _accepts("Tensor", value)):
                _f_torchtensor_fill_tensor_(self, value)
                return self
        except TypeError:
            _refit("fill_", {"value": value}, (_FORM_TENSOR_FILL__0, _FORM_TENSOR_FILL__1,))
            raise
        _no_match("fill_", (), {"value": value}, (_FORM_TENSOR_FILL__0, _FORM_TENSOR_FILL__1,))

    @overload
    def clamp_(self, min: Number | None = None, max: Number | None = None) -> Tensor: ...

    @overload
    def clamp_(self, min: Tensor | None = None, max: Tensor | None = None) -> Tensor: ...

    def clamp_(self, min: Any = None, max: Any = None) -> Tensor:
        """clamp_: one of 2 forms, chosen by the arguments as PyTorch chooses.

        clamp_(min: Number | None = None, max: Number | None = None)
            Limits every element to [min, max] by numbers, in place.

        clamp_(min: Tensor | None = None, max: Tensor | None = None)
            Limits every element to [min, max] by tensors of bounds, in place.

        Bridge: rt_torch_torchtensor_clamp_, rt_torch_torchtensor_clamp_tensor_. PyTorch: torch.Tensor.clamp_.
        """
        try:
            if _accepts("Scalar?", min) and _accepts("Scalar?", max):
                _f_torchtensor_clamp_(self, min, max)
                return self
            if _accepts("Tensor?", min) and _accepts("Tensor?", max):
                _f_torchtensor_clamp_tensor_(self, min, max)
                return self
        except TypeError:
            _refit("clamp_", {"min": min, "max": max}, (_FORM_TENSOR_CLAMP__0, _FORM_TENSOR_CLAMP__1,))
            raise
        _no_match("clamp_", (), {"min": min, "max": max}, (_FORM_TENSOR_CLAMP__0, _FORM_TENSOR_CLAMP__1,))

    def sqrt_(self) -> Tensor:
        """Replaces every element by its square root, in place (refused for integer tensors).

        Bridge: rt_torch_torchtensor_sqrt_. PyTorch: torch.Tensor.sqrt_.
        """
        _f_torchtensor_sqrt_(self)
        return self

    def exp_(self) -> Tensor:
        """Replaces every element by its exponential, in place (refused for integer tensors).

        Bridge: rt_torch_torchtensor_exp_. PyTorch: torch.Tensor.exp_.
        """
        _f_torchtensor_exp_(self)
        return self

    def log_(self) -> Tensor:
        """Replaces every element by its natural logarithm, in place (refused for integer
        tensors).

        Bridge: rt_torch_torchtensor_log_. PyTorch: torch.Tensor.log_.
        """
        _f_torchtensor_log_(self)
        return self

    def neg_(self) -> Tensor:
        """Negates every element, in place (refused for bool tensors).

        Bridge: rt_torch_torchtensor_neg_. PyTorch: torch.Tensor.neg_.
        """
        _f_torchtensor_neg_(self)
        return self

    def abs_(self) -> Tensor:
        """Replaces every element by its absolute value, in place.

        Bridge: rt_torch_torchtensor_abs_. PyTorch: torch.Tensor.abs_.
        """
        _f_torchtensor_abs_(self)
        return self

    @overload
    def pow_(self, exponent: Number) -> Tensor: ...

    @overload
    def pow_(self, exponent: Tensor) -> Tensor: ...

    def pow_(self, exponent: Any) -> Tensor:
        """pow_: one of 2 forms, chosen by the arguments as PyTorch chooses.

        pow_(exponent: Number)
            Raises every element to a number's power, in place.

        pow_(exponent: Tensor)
            Raises every element to the matching power of another tensor, in place.

        Bridge: rt_torch_torchtensor_pow_scalar_, rt_torch_torchtensor_pow_tensor_. PyTorch: torch.Tensor.pow_.
        """
        try:
            if _accepts("Scalar", exponent):
                _f_torchtensor_pow_scalar_(self, exponent)
                return self
            if (exponent.__class__ is _Tensor or _accepts("Tensor", exponent)):
                _f_torchtensor_pow_tensor_(self, exponent)
                return self
        except TypeError:
            _refit("pow_", {"exponent": exponent}, (_FORM_TENSOR_POW__0, _FORM_TENSOR_POW__1,))
            raise
        _no_match("pow_", (), {"exponent": exponent}, (_FORM_TENSOR_POW__0, _FORM_TENSOR_POW__1,))

    @overload
    def masked_fill_(self, mask: Tensor, value: Number) -> Tensor: ...

    @overload
    def masked_fill_(self, mask: Tensor, value: Tensor) -> Tensor: ...

    def masked_fill_(self, mask: Tensor, value: Any = _MISSING) -> Tensor:
        """masked_fill_: one of 2 forms, chosen by the arguments as PyTorch chooses.

        masked_fill_(mask: Tensor, value: Number)
            Writes a number where a bool mask is true, in place.

        masked_fill_(mask: Tensor, value: Tensor)
            Writes a 0-d tensor's value where a bool mask is true, in place.

        Bridge: rt_torch_torchtensor_masked_fill_scalar_, rt_torch_torchtensor_masked_fill_tensor_. PyTorch: torch.Tensor.masked_fill_.
        """
        if value is _MISSING:
            _no_match("masked_fill_", (), {"mask": mask, "value": value}, (_FORM_TENSOR_MASKED_FILL__0, _FORM_TENSOR_MASKED_FILL__1,))
        try:
            if _accepts("Scalar", value):
                _f_torchtensor_masked_fill_scalar_(self, mask, value)
                return self
            if (value.__class__ is _Tensor or _accepts("Tensor", value)):
                _f_torchtensor_masked_fill_tensor_(self, mask, value)
                return self
        except TypeError:
            _refit("masked_fill_", {"mask": mask, "value": value}, (_FORM_TENSOR_MASKED_FILL__0, _FORM_TENSOR_MASKED_FILL__1,))
            raise
        _no_match("masked_fill_", (), {"mask": mask, "value": value}, (_FORM_TENSOR_MASKED_FILL__0, _FORM_TENSOR_MASKED_FILL__1,))

    @overload
    def floor_divide_(self, other: Tensor) -> Tensor: ...

    @overload
    def floor_divide_(self, other: Number) -> Tensor: ...

    def floor_divide_(self, other: Any) -> Tensor:
        """floor_divide_: one of 2 forms, chosen by the arguments as PyTorch chooses.

        floor_divide_(other: Tensor)
            Divides element-wise, rounding the quotient down (toward negative infinity), in
            place (the result must fit input's dtype).

        floor_divide_(other: Number)
            Divides element-wise, rounding the quotient down (toward negative infinity), in
            place (the result must fit input's dtype).

        Bridge: rt_torch_torchtensor_floor_divide_tensor_, rt_torch_torchtensor_floor_divide_scalar_. PyTorch: torch.Tensor.floor_divide_.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                _f_torchtensor_floor_divide_tensor_(self, other)
                return self
            if _accepts("Scalar", other):
                _f_torchtensor_floor_divide_scalar_(self, other)
                return self
        except TypeError:
            _refit("floor_divide_", {"other": other}, (_FORM_TENSOR_FLOOR_DIVIDE__0, _FORM_TENSOR_FLOOR_DIVIDE__1,))
            raise
        _no_match("floor_divide_", (), {"other": other}, (_FORM_TENSOR_FLOOR_DIVIDE__0, _FORM_TENSOR_FLOOR_DIVIDE__1,))

    @overload
    def remainder_(self, other: Tensor) -> Tensor: ...

    @overload
    def remainder_(self, other: Number) -> Tensor: ...

    def remainder_(self, other: Any) -> Tensor:
        """remainder_: one of 2 forms, chosen by the arguments as PyTorch chooses.

        remainder_(other: Tensor)
            Replaces every element by its remainder after division (the sign of the divisor,
            as Python's %), in place (the result must fit input's dtype).

        remainder_(other: Number)
            Replaces every element by its remainder after division (the sign of the divisor,
            as Python's %), in place (the result must fit input's dtype).

        Bridge: rt_torch_torchtensor_remainder_tensor_, rt_torch_torchtensor_remainder_scalar_. PyTorch: torch.Tensor.remainder_.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                _f_torchtensor_remainder_tensor_(self, other)
                return self
            if _accepts("Scalar", other):
                _f_torchtensor_remainder_scalar_(self, other)
                return self
        except TypeError:
            _refit("remainder_", {"other": other}, (_FORM_TENSOR_REMAINDER__0, _FORM_TENSOR_REMAINDER__1,))
            raise
        _no_match("remainder_", (), {"other": other}, (_FORM_TENSOR_REMAINDER__0, _FORM_TENSOR_REMAINDER__1,))

    @overload
    def bitwise_and_(self, other: Tensor) -> Tensor: ...

    @overload
    def bitwise_and_(self, other: Number) -> Tensor: ...

    def bitwise_and_(self, other: Any) -> Tensor:
        """bitwise_and_: one of 2 forms, chosen by the arguments as PyTorch chooses.

        bitwise_and_(other: Tensor)
            Bitwise AND (logical AND for bool tensors) with another operand, in place (the
            result must fit input's dtype).

        bitwise_and_(other: Number)
            Bitwise AND (logical AND for bool tensors) with another operand, in place (the
            result must fit input's dtype).

        Bridge: rt_torch_torchtensor_bitwise_and_tensor_, rt_torch_torchtensor_bitwise_and_scalar_. PyTorch: torch.Tensor.bitwise_and_.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                _f_torchtensor_bitwise_and_tensor_(self, other)
                return self
            if _accepts("Scalar", other):
                _f_torchtensor_bitwise_and_scalar_(self, other)
                return self
        except TypeError:
            _refit("bitwise_and_", {"other": other}, (_FORM_TENSOR_BITWISE_AND__0, _FORM_TENSOR_BITWISE_AND__1,))
            raise
        _no_match("bitwise_and_", (), {"other": other}, (_FORM_TENSOR_BITWISE_AND__0, _FORM_TENSOR_BITWISE_AND__1,))

    @overload
    def bitwise_or_(self, other: Tensor) -> Tensor: ...

    @overload
    def bitwise_or_(self, other: Number) -> Tensor: ...

    def bitwise_or_(self, other: Any) -> Tensor:
        """bitwise_or_: one of 2 forms, chosen by the arguments as PyTorch chooses.

        bitwise_or_(other: Tensor)
            Bitwise OR (logical OR for bool tensors) with another operand, in place (the
            result must fit input's dtype).

        bitwise_or_(other: Number)
            Bitwise OR (logical OR for bool tensors) with another operand, in place (the
            result must fit input's dtype).

        Bridge: rt_torch_torchtensor_bitwise_or_tensor_, rt_torch_torchtensor_bitwise_or_scalar_. PyTorch: torch.Tensor.bitwise_or_.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                _f_torchtensor_bitwise_or_tensor_(self, other)
                return self
            if _accepts("Scalar", other):
                _f_torchtensor_bitwise_or_scalar_(self, other)
                return self
        except TypeError:
            _refit("bitwise_or_", {"other": other}, (_FORM_TENSOR_BITWISE_OR__0, _FORM_TENSOR_BITWISE_OR__1,))
            raise
        _no_match("bitwise_or_", (), {"other": other}, (_FORM_TENSOR_BITWISE_OR__0, _FORM_TENSOR_BITWISE_OR__1,))

    @overload
    def bitwise_xor_(self, other: Tensor) -> Tensor: ...

    @overload
    def bitwise_xor_(self, other: Number) -> Tensor: ...

    def bitwise_xor_(self, other: Any) -> Tensor:
        """bitwise_xor_: one of 2 forms, chosen by the arguments as PyTorch chooses.

        bitwise_xor_(other: Tensor)
            Bitwise XOR (logical XOR for bool tensors) with another operand, in place (the
            result must fit input's dtype).

        bitwise_xor_(other: Number)
            Bitwise XOR (logical XOR for bool tensors) with another operand, in place (the
            result must fit input's dtype).

        Bridge: rt_torch_torchtensor_bitwise_xor_tensor_, rt_torch_torchtensor_bitwise_xor_scalar_. PyTorch: torch.Tensor.bitwise_xor_.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                _f_torchtensor_bitwise_xor_tensor_(self, other)
                return self
            if _accepts("Scalar", other):
                _f_torchtensor_bitwise_xor_scalar_(self, other)
                return self
        except TypeError:
            _refit("bitwise_xor_", {"other": other}, (_FORM_TENSOR_BITWISE_XOR__0, _FORM_TENSOR_BITWISE_XOR__1,))
            raise
        _no_match("bitwise_xor_", (), {"other": other}, (_FORM_TENSOR_BITWISE_XOR__0, _FORM_TENSOR_BITWISE_XOR__1,))

    @overload
    def bitwise_left_shift_(self, other: Tensor) -> Tensor: ...

    @overload
    def bitwise_left_shift_(self, other: Number) -> Tensor: ...

    def bitwise_left_shift_(self, other: Any) -> Tensor:
        """bitwise_left_shift_: one of 2 forms, chosen by the arguments as PyTorch chooses.

        bitwise_left_shift_(other: Tensor)
            Shifts the bits of every element left, in place (the result must fit input's
            dtype).

        bitwise_left_shift_(other: Number)
            Shifts the bits of every element left, in place (the result must fit input's
            dtype).

        Bridge: rt_torch_torchtensor_bitwise_left_shift_tensor_, rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_. PyTorch: torch.Tensor.bitwise_left_shift_.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                _f_torchtensor_bitwise_left_shift_tensor_(self, other)
                return self
            if _accepts("Scalar", other):
                _f_torchtensor_bitwise_left_shift_tensor_scalar_(self, other)
                return self
        except TypeError:
            _refit("bitwise_left_shift_", {"other": other}, (_FORM_TENSOR_BITWISE_LEFT_SHIFT__0, _FORM_TENSOR_BITWISE_LEFT_SHIFT__1,))
            raise
        _no_match("bitwise_left_shift_", (), {"other": other}, (_FORM_TENSOR_BITWISE_LEFT_SHIFT__0, _FORM_TENSOR_BITWISE_LEFT_SHIFT__1,))

    @overload
    def bitwise_right_shift_(self, other: Tensor) -> Tensor: ...

    @overload
    def bitwise_right_shift_(self, other: Number) -> Tensor: ...

    def bitwise_right_shift_(self, other: Any) -> Tensor:
        """bitwise_right_shift_: one of 2 forms, chosen by the arguments as PyTorch chooses.

        bitwise_right_shift_(other: Tensor)
            Shifts the bits of every element right (arithmetic shift for signed integers),
            in place (the result must fit input's dtype).

        bitwise_right_shift_(other: Number)
            Shifts the bits of every element right (arithmetic shift for signed integers),
            in place (the result must fit input's dtype).

        Bridge: rt_torch_torchtensor_bitwise_right_shift_tensor_, rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_. PyTorch: torch.Tensor.bitwise_right_shift_.
        """
        try:
            if (other.__class__ is _Tensor or _accepts("Tensor", other)):
                _f_torchtensor_bitwise_right_shift_tensor_(self, other)
                return self
            if _accepts("Scalar", other):
                _f_torchtensor_bitwise_right_shift_tensor_scalar_(self, other)
                return self
        except TypeError:
            _refit("bitwise_right_shift_", {"other": other}, (_FORM_TENSOR_BITWISE_RIGHT_SHIFT__0, _FORM_TENSOR_BITWISE_RIGHT_SHIFT__1,))
            raise
        _no_match("bitwise_right_shift_", (), {"other": other}, (_FORM_TENSOR_BITWISE_RIGHT_SHIFT__0, _FORM_TENSOR_BITWISE_RIGHT_SHIFT__1,))

    def index_put_(
        self,
        indices: Sequence[Tensor | None],
        values: Tensor,
        accumulate: _bool = False,
    ) -> Tensor:
        """Writes (or adds) values at the positions advanced indexing selects, in place
        (t[indices] = values).

        Args:
            indices: One index tensor (int64 or bool) or None per leading dimension, as in
                input[indices].
            values: The values, of input's dtype, broadcast to the indexed shape.
            accumulate: Add the values (true) or write them (false).

        Bridge: rt_torch_torchtensor_index_put_. PyTorch: torch.Tensor.index_put_.
        """
        _f_torchtensor_index_put_(self, indices, values, accumulate)
        return self

    @property
    def data(self) -> Tensor:
        """The tensor's data as a tensor outside the autograd graph (Tensor.data).

        Returns:
            A new handle sharing the storage, not requiring grad; changes made through it
            are not recorded (nor checked) by autograd.

        Bridge: rt_torch_autograd_data. PyTorch: torch.Tensor.data.
        """
        return _f_autograd_data(self)

    @data.setter
    def data(self, new_data: Tensor) -> None:
        """Makes a tensor use another tensor's data (Tensor.data = other), keeping its own
        autograd identity.

        Bridge: rt_torch_autograd_set_data.
        """
        _f_autograd_set_data(self, new_data)

    def uniform_(self, low: _float = 0.0, to: _float = 1.0) -> Tensor:
        """Fills the tensor in place with samples of the uniform distribution on [from, to).

        Args:
            low: The lower bound (PyTorch's from, a Python keyword).
            to: The upper bound, not below from.

        Bridge: rt_torch_torchtensor_uniform_. PyTorch: torch.Tensor.uniform_.
        """
        _f_torchtensor_uniform_(self, low, to)
        return self

    __pow__ = pow
    __pos__ = _TensorRuntime.positive
    __ipow__ = pow_
    __hash__ = _TensorRuntime.__hash__
    def __eq__(self, other: Any) -> Tensor:  # type: ignore[override]
        """Tensor.eq, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.eq(other)
        except TypeError:
            return NotImplemented

    def __ne__(self, other: Any) -> Tensor:  # type: ignore[override]
        """Tensor.ne, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.ne(other)
        except TypeError:
            return NotImplemented

    def __lt__(self, other: Any) -> Tensor:
        """Tensor.lt, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.lt(other)
        except TypeError:
            return NotImplemented

    def __le__(self, other: Any) -> Tensor:
        """Tensor.le, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.le(other)
        except TypeError:
            return NotImplemented

    def __gt__(self, other: Any) -> Tensor:
        """Tensor.gt, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.gt(other)
        except TypeError:
            return NotImplemented

    def __ge__(self, other: Any) -> Tensor:
        """Tensor.ge, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.ge(other)
        except TypeError:
            return NotImplemented

    def __floordiv__(self, other: Any) -> Tensor:
        """Tensor.floor_divide, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.floor_divide(other)
        except TypeError:
            return NotImplemented

    def __mod__(self, other: Any) -> Tensor:
        """Tensor.remainder, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.remainder(other)
        except TypeError:
            return NotImplemented

    def __and__(self, other: Any) -> Tensor:
        """Tensor.bitwise_and, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.bitwise_and(other)
        except TypeError:
            return NotImplemented

    def __rand__(self, other: Any) -> Tensor:
        """Tensor.bitwise_and, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.bitwise_and(other)
        except TypeError:
            return NotImplemented

    def __or__(self, other: Any) -> Tensor:
        """Tensor.bitwise_or, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.bitwise_or(other)
        except TypeError:
            return NotImplemented

    def __ror__(self, other: Any) -> Tensor:
        """Tensor.bitwise_or, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.bitwise_or(other)
        except TypeError:
            return NotImplemented

    def __xor__(self, other: Any) -> Tensor:
        """Tensor.bitwise_xor, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.bitwise_xor(other)
        except TypeError:
            return NotImplemented

    def __rxor__(self, other: Any) -> Tensor:
        """Tensor.bitwise_xor, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.bitwise_xor(other)
        except TypeError:
            return NotImplemented

    def __lshift__(self, other: Any) -> Tensor:
        """Tensor.bitwise_left_shift, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.bitwise_left_shift(other)
        except TypeError:
            return NotImplemented

    def __rshift__(self, other: Any) -> Tensor:
        """Tensor.bitwise_right_shift, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.bitwise_right_shift(other)
        except TypeError:
            return NotImplemented

    def __iadd__(self, other: Any) -> Tensor:
        """Tensor.add_, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.add_(other)
        except TypeError:
            return NotImplemented

    def __isub__(self, other: Any) -> Tensor:
        """Tensor.sub_, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.sub_(other)
        except TypeError:
            return NotImplemented

    def __imul__(self, other: Any) -> Tensor:
        """Tensor.mul_, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.mul_(other)
        except TypeError:
            return NotImplemented

    def __itruediv__(self, other: Any) -> Tensor:
        """Tensor.div_, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.div_(other)
        except TypeError:
            return NotImplemented

    def __ifloordiv__(self, other: Any) -> Tensor:
        """Tensor.floor_divide_, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.floor_divide_(other)
        except TypeError:
            return NotImplemented

    def __imod__(self, other: Any) -> Tensor:
        """Tensor.remainder_, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.remainder_(other)
        except TypeError:
            return NotImplemented

    def __iand__(self, other: Any) -> Tensor:
        """Tensor.bitwise_and_, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.bitwise_and_(other)
        except TypeError:
            return NotImplemented

    def __ior__(self, other: Any) -> Tensor:
        """Tensor.bitwise_or_, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.bitwise_or_(other)
        except TypeError:
            return NotImplemented

    def __ixor__(self, other: Any) -> Tensor:
        """Tensor.bitwise_xor_, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.bitwise_xor_(other)
        except TypeError:
            return NotImplemented

    def __ilshift__(self, other: Any) -> Tensor:
        """Tensor.bitwise_left_shift_, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.bitwise_left_shift_(other)
        except TypeError:
            return NotImplemented

    def __irshift__(self, other: Any) -> Tensor:
        """Tensor.bitwise_right_shift_, or NotImplemented for an operand it does not take (as PyTorch)."""
        try:
            return self.bitwise_right_shift_(other)
        except TypeError:
            return NotImplemented

    def _rsub(self, other: Number) -> Tensor:
        """number sub tensor, as PyTorch computes it."""
        return rsub(self, other)

    def __rpow__(self, other: Number) -> Tensor:
        """number pow tensor, as PyTorch computes it."""
        try:
            return pow(other, self)
        except TypeError:
            return NotImplemented

    def _rtruediv(self, other: Number) -> Tensor:
        """number truediv tensor, as PyTorch computes it."""
        inverse = self.reciprocal()
        try:
            return inverse.mul(other)
        finally:
            inverse.free()

    def __rfloordiv__(self, other: Number) -> Tensor:
        """number floordiv tensor, as PyTorch computes it."""
        try:
            return floor_divide(scalar_tensor(other, dtype=result_type(self, other)), self)
        except TypeError:
            return NotImplemented

    def __rmod__(self, other: Number) -> Tensor:
        """number mod tensor, as PyTorch computes it."""
        try:
            return remainder(other, self)
        except TypeError:
            return NotImplemented

    def __rlshift__(self, other: Number) -> Tensor:
        """number lshift tensor, as PyTorch computes it."""
        try:
            return bitwise_left_shift(other, self)
        except TypeError:
            return NotImplemented

    def __rrshift__(self, other: Number) -> Tensor:
        """number rshift tensor, as PyTorch computes it."""
        try:
            return bitwise_right_shift(other, self)
        except TypeError:
            return NotImplemented


_Tensor = Tensor


def tensor(data: Any, dtype: DType | None = None, device: DeviceLike | None = None, requires_grad: bool = False) -> Tensor:
    """A new tensor holding a copy of nested lists of Python numbers (torch.tensor)."""
    return Tensor(data, dtype, device, requires_grad)


def available() -> _bool:
    """Reports whether this bridge is backed by libtorch.

    Returns:
        true for the libtorch bridge; false for the stub bridge built without libtorch.

    Bridge: rt_torch_available.
    """
    return _f_available()


def torch_version() -> str:
    """The version of the libtorch the bridge was built against, as major.minor.patch.

    Returns:
        For example "2.13.0"; the stub bridge returns "unavailable: built without
        libtorch".

    Bridge: rt_torch_version. PyTorch: torch.__version__.
    """
    return _f_version()


def neg(input: Tensor) -> Tensor:
    """Element-wise negation.

    Args:
        input: The operand.

    Returns:
        A new tensor holding -handle.

    Bridge: rt_torch_torchtensor_neg. PyTorch: torch.neg.
    """
    return _f_torchtensor_neg(input if input.__class__ is _Tensor else _handle(input, "input"))


def abs(input: Tensor) -> Tensor:
    """Element-wise absolute value.

    Args:
        input: The operand.

    Returns:
        A new tensor holding abs(handle).

    Bridge: rt_torch_torchtensor_abs. PyTorch: torch.abs.
    """
    return _f_torchtensor_abs(input if input.__class__ is _Tensor else _handle(input, "input"))


def sqrt(input: Tensor) -> Tensor:
    """Element-wise square root (NaN for negative elements).

    Args:
        input: The operand.

    Returns:
        A new floating-point tensor.

    Bridge: rt_torch_torchtensor_sqrt. PyTorch: torch.sqrt.
    """
    return _f_torchtensor_sqrt(input if input.__class__ is _Tensor else _handle(input, "input"))


def exp(input: Tensor) -> Tensor:
    """Element-wise exponential e**x.

    Args:
        input: The operand.

    Returns:
        A new floating-point tensor.

    Bridge: rt_torch_torchtensor_exp. PyTorch: torch.exp.
    """
    return _f_torchtensor_exp(input if input.__class__ is _Tensor else _handle(input, "input"))


def log(input: Tensor) -> Tensor:
    """Element-wise natural logarithm (-inf at 0, NaN for negative elements).

    Args:
        input: The operand.

    Returns:
        A new floating-point tensor.

    Bridge: rt_torch_torchtensor_log. PyTorch: torch.log.
    """
    return _f_torchtensor_log(input if input.__class__ is _Tensor else _handle(input, "input"))


def relu(input: Tensor) -> Tensor:
    """Rectified linear unit max(0, x).

    Args:
        input: The input.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_relu. PyTorch: torch.nn.functional.relu.
    """
    return _f_torchtensor_relu(input if input.__class__ is _Tensor else _handle(input, "input"))


def sigmoid(input: Tensor) -> Tensor:
    """Logistic sigmoid 1 / (1 + exp(-x)).

    Args:
        input: The input.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_sigmoid. PyTorch: torch.sigmoid.
    """
    return _f_torchtensor_sigmoid(input if input.__class__ is _Tensor else _handle(input, "input"))


def tanh(input: Tensor) -> Tensor:
    """Hyperbolic tangent.

    Args:
        input: The input.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_tanh. PyTorch: torch.tanh.
    """
    return _f_torchtensor_tanh(input if input.__class__ is _Tensor else _handle(input, "input"))


def matmul(input: Tensor, other: Tensor) -> Tensor:
    """Matrix product with torch.matmul semantics (vectors, batches, broadcasting).

    Args:
        input: The left operand.
        other: The right operand.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_matmul. PyTorch: torch.matmul.
    """
    return _f_torchtensor_matmul(input if input.__class__ is _Tensor else _handle(input, "input"), other)


def dot(input: Tensor, other: Tensor) -> Tensor:
    """Inner product of two 1-D tensors of the same length and dtype.

    Args:
        input: The first vector.
        other: The second vector.

    Returns:
        A new 0-d tensor.

    Bridge: rt_torch_torchtensor_dot. PyTorch: torch.dot.
    """
    return _f_torchtensor_dot(input if input.__class__ is _Tensor else _handle(input, "input"), other)


def transpose(input: Tensor, dim0: _int, dim1: _int) -> Tensor:
    """Swaps two dimensions; the result is a view sharing memory with the input.

    Args:
        input: The input.
        dim0: The first dimension.
        dim1: The second dimension.

    Returns:
        A new handle to the transposed view.

    Bridge: rt_torch_torchtensor_transpose. PyTorch: torch.transpose.
    """
    return _f_torchtensor_transpose(input if input.__class__ is _Tensor else _handle(input, "input"), dim0, dim1)


def t(input: Tensor) -> Tensor:
    """Transpose of a tensor with at most 2 dimensions (a view).

    Args:
        input: The input, 0-D to 2-D.

    Returns:
        A new handle to the transposed view.

    Bridge: rt_torch_torchtensor_t. PyTorch: torch.t.
    """
    return _f_torchtensor_t(input if input.__class__ is _Tensor else _handle(input, "input"))


def inverse(input: Tensor) -> Tensor:
    """Inverse of a square matrix (or a batch of them).

    Args:
        input: An invertible floating-point matrix.

    Returns:
        A new tensor; a singular input is an error.

    Bridge: rt_torch_torchtensor_inverse. PyTorch: torch.linalg.inv.
    """
    return _f_torchtensor_inverse(input if input.__class__ is _Tensor else _handle(input, "input"))


def numel(input: Tensor) -> _int:
    """The total number of elements.

    Args:
        input: The tensor.

    Returns:
        The element count.

    Bridge: rt_torch_torchtensor_numel. PyTorch: torch.numel.
    """
    return _f_torchtensor_numel(input if input.__class__ is _Tensor else _handle(input, "input"))


def reshape(input: Tensor, dims: _int | Sequence[_int]) -> Tensor:
    """The same data with a new shape; a view when possible, a copy otherwise.

    Args:
        input: The tensor.
        dims: The new shape; one size may be -1 (inferred).

    Returns:
        A new handle.

    Bridge: rt_torch_torchtensor_reshape. PyTorch: torch.reshape.
    """
    dims_ = _ints(dims, "dims")
    return _f_torchtensor_reshape(input if input.__class__ is _Tensor else _handle(input, "input"), dims_)


def permute(input: Tensor, dims: _int | Sequence[_int]) -> Tensor:
    """Reorders the dimensions (a view).

    Args:
        input: The tensor.
        dims: A permutation of 0..ndim-1.

    Returns:
        A new handle to the permuted view.

    Bridge: rt_torch_torchtensor_permute. PyTorch: torch.permute.
    """
    dims_ = _ints(dims, "dims")
    return _f_torchtensor_permute(input if input.__class__ is _Tensor else _handle(input, "input"), dims_)


@overload
def squeeze(input: Tensor) -> Tensor: ...

@overload
def squeeze(input: Tensor, dim: _int) -> Tensor: ...

@overload
def squeeze(input: Tensor, dim: _int | Sequence[_int]) -> Tensor: ...

def squeeze(*args: Any, **kwargs: Any) -> Any:
    """squeeze: one of 3 forms, chosen by the arguments as PyTorch chooses.

    squeeze(input: Tensor)
        Removes every dimension of size 1.

    squeeze(input: Tensor, dim: _int)
        Removes one dimension if its size is 1.

    squeeze(input: Tensor, dim: _int | Sequence[_int])
        Drops the given dimensions where their size is 1.

    Bridge: rt_torch_torchtensor_squeeze, rt_torch_torchtensor_squeeze_dim, rt_torch_torchtensor_squeeze_dims. PyTorch: torch.squeeze.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_SQUEEZE)
    if _r is not NotImplemented:
        return _r
    _no_match("squeeze", args, kwargs, (_FORM_TORCH_SFFI_SQUEEZE_0, _FORM_TORCH_SFFI_SQUEEZE_1, _FORM_TORCH_SFFI_SQUEEZE_2,))


def unsqueeze(input: Tensor, dim: _int) -> Tensor:
    """Inserts a dimension of size 1.

    Args:
        input: The tensor.
        dim: The position of the new dimension, in -(ndim+1)..ndim.

    Returns:
        A new handle to the view.

    Bridge: rt_torch_torchtensor_unsqueeze. PyTorch: torch.unsqueeze.
    """
    return _f_torchtensor_unsqueeze(input if input.__class__ is _Tensor else _handle(input, "input"), dim)


def index_select(input: Tensor, dim: _int, indices: Tensor) -> Tensor:
    """Selects entries along a dimension by an index tensor.

    Args:
        input: The tensor.
        dim: The dimension; negative values count from the end.
        indices: A 1-D int64 (or int32) tensor of indices.

    Returns:
        A new tensor (a copy).

    Bridge: rt_torch_torchtensor_index_select. PyTorch: torch.index_select.
    """
    return _f_torchtensor_index_select(input if input.__class__ is _Tensor else _handle(input, "input"), dim, indices)


def gather(input: Tensor, dim: _int, indices: Tensor) -> Tensor:
    """Gathers values along a dimension by an index tensor of the same rank.

    Args:
        input: The tensor.
        dim: The dimension; negative values count from the end.
        indices: An int64 tensor with the same number of dimensions.

    Returns:
        A new tensor shaped like indices.

    Bridge: rt_torch_torchtensor_gather. PyTorch: torch.gather.
    """
    return _f_torchtensor_gather(input if input.__class__ is _Tensor else _handle(input, "input"), dim, indices)


def cat(tensors: Sequence[Tensor], dim: _int = 0) -> Tensor:
    """Concatenates tensors along an existing dimension.

    Args:
        tensors: At least one tensor; all shapes equal except along dim.
        dim: The dimension; negative values count from the end.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_cat. PyTorch: torch.cat.
    """
    return _f_torchtensor_cat(tensors, dim)


def stack(tensors: Sequence[Tensor], dim: _int = 0) -> Tensor:
    """Stacks tensors of equal shape along a new dimension.

    Args:
        tensors: At least one tensor; all of the same shape.
        dim: The position of the new dimension, in -(ndim+1)..ndim.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_stack. PyTorch: torch.stack.
    """
    return _f_torchtensor_stack(tensors, dim)


def chunk(input: Tensor, chunks: _int, dim: _int = 0) -> tuple[Tensor, ...]:
    """Splits into at most chunks pieces of equal size along a dimension (views).

    Args:
        input: The tensor.
        chunks: The number of pieces wanted; must be positive.
        dim: The dimension; negative values count from the end.

    Returns:
        New handles, one per piece (fewer than chunks when the size does not allow
        more).

    Bridge: rt_torch_torchtensor_chunk. PyTorch: torch.chunk.
    """
    return tuple(_f_torchtensor_chunk(input if input.__class__ is _Tensor else _handle(input, "input"), chunks, dim))


def error_code() -> _int:
    """The error code of the last call on this thread (0 when it succeeded).

    Returns:
        0 or one of the error codes of this catalogue.

    Bridge: rt_torch_error_code.
    """
    return _f_error_code()


def error_message() -> str:
    """The message of the last failed call on this thread, without a C++ backtrace.

    Returns:
        The message, naming the function that failed (empty after a success); valid
        until the next call on this thread.

    Bridge: rt_torch_error_message.
    """
    return _f_error_message()


def error_clear() -> None:
    """Clears this thread's error state.

    Bridge: rt_torch_error_clear.
    """
    _f_error_clear()


def live_handles() -> _int:
    """The number of live tensor and stream handles and DLPack exports, for leak checks.

    Returns:
        Handles created and not yet freed, plus DLManagedTensors from
        rt_torch_torchtensor_to_dlpack whose deleter has not run, over all threads.

    Bridge: rt_torch_live_handles.
    """
    return _f_live_handles()


def manual_seed(seed: _int) -> None:
    """Seeds the default random generators, as torch.manual_seed.

    Args:
        seed: The seed.

    Bridge: rt_torch_manual_seed. PyTorch: torch.manual_seed.
    """
    _f_manual_seed(seed)


def set_num_threads(num_threads: _int) -> None:
    """Sets the number of threads intra-op parallelism uses in this process, as
    torch.set_num_threads.

    Args:
        num_threads: The number of threads, from 1 to 8 per hardware thread of the
            machine. A child forked from a process that ran parallel operations sets 1
            before its own (PyTorch's rule for forked children).

    Bridge: rt_torch_set_num_threads. PyTorch: torch.set_num_threads.
    """
    _f_set_num_threads(num_threads)


def get_num_threads() -> _int:
    """The number of threads intra-op parallelism uses, as torch.get_num_threads.

    Returns:
        The number of threads.

    Bridge: rt_torch_get_num_threads. PyTorch: torch.get_num_threads.
    """
    return _f_get_num_threads()


def is_complex(input: Tensor) -> _bool:
    """Whether the tensor's dtype is a complex type (complex64 or complex128).

    Args:
        input: The tensor.

    Returns:
        true for a complex dtype.

    Bridge: rt_torch_torchtensor_is_complex. PyTorch: torch.is_complex.
    """
    return _f_torchtensor_is_complex(input)


def is_floating_point(input: Tensor) -> _bool:
    """Whether the tensor's dtype is a floating-point type (float16, bfloat16, float32 or
    float64).

    Args:
        input: The tensor.

    Returns:
        true for a floating-point dtype.

    Bridge: rt_torch_torchtensor_is_floating_point. PyTorch: torch.is_floating_point.
    """
    return _f_torchtensor_is_floating_point(input)


def real(input: Tensor) -> Tensor:
    """The real parts of a tensor (the tensor itself when it is real).

    Args:
        input: The tensor.

    Returns:
        A new handle to a real view.

    Bridge: rt_torch_torchtensor_real. PyTorch: torch.real.
    """
    return _f_torchtensor_real(input if input.__class__ is _Tensor else _handle(input, "input"))


def imag(input: Tensor) -> Tensor:
    """The imaginary parts of a complex tensor.

    Args:
        input: A complex tensor.

    Returns:
        A new handle to a real view.

    Bridge: rt_torch_torchtensor_imag. PyTorch: torch.imag.
    """
    return _f_torchtensor_imag(input if input.__class__ is _Tensor else _handle(input, "input"))


@overload
def max(input: Tensor) -> Tensor: ...

@overload
def max(input: Tensor, dim: _int, keepdim: _bool = False) -> _rt_types.max: ...

@overload
def max(input: Tensor, other: Tensor) -> Tensor: ...

def max(*args: Any, **kwargs: Any) -> Any:
    """max: one of 3 forms, chosen by the arguments as PyTorch chooses.

    max(input: Tensor)
        The largest element as a 0-d tensor, which can be backpropagated.

    max(input: Tensor, dim: _int, keepdim: _bool = False)
        The maxima along one dimension, with their indices.

    max(input: Tensor, other: Tensor)
        The element-wise maximum of two tensors (broadcasting).

    Bridge: rt_torch_torchtensor_max_all, rt_torch_torchtensor_max_dim_v2, rt_torch_torchtensor_max_other. PyTorch: torch.max.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_MAX)
    if _r is not NotImplemented:
        return _r
    _no_match("max", args, kwargs, (_FORM_TORCH_SFFI_MAX_0, _FORM_TORCH_SFFI_MAX_1, _FORM_TORCH_SFFI_MAX_2,))


@overload
def min(input: Tensor) -> Tensor: ...

@overload
def min(input: Tensor, dim: _int, keepdim: _bool = False) -> _rt_types.min: ...

@overload
def min(input: Tensor, other: Tensor) -> Tensor: ...

def min(*args: Any, **kwargs: Any) -> Any:
    """min: one of 3 forms, chosen by the arguments as PyTorch chooses.

    min(input: Tensor)
        The smallest element as a 0-d tensor, which can be backpropagated.

    min(input: Tensor, dim: _int, keepdim: _bool = False)
        The minima along one dimension, with their indices.

    min(input: Tensor, other: Tensor)
        The element-wise minimum of two tensors (broadcasting).

    Bridge: rt_torch_torchtensor_min_all, rt_torch_torchtensor_min_dim_v2, rt_torch_torchtensor_min_other. PyTorch: torch.min.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_MIN)
    if _r is not NotImplemented:
        return _r
    _no_match("min", args, kwargs, (_FORM_TORCH_SFFI_MIN_0, _FORM_TORCH_SFFI_MIN_1, _FORM_TORCH_SFFI_MIN_2,))


def maximum(input: Tensor, other: Tensor) -> Tensor:
    """The element-wise maximum of two tensors, with broadcasting.

    Args:
        input: The first tensor.
        other: The second tensor.

    Returns:
        A new tensor (NaN where either input is NaN).

    Bridge: rt_torch_torchtensor_maximum. PyTorch: torch.maximum.
    """
    return _f_torchtensor_maximum(input if input.__class__ is _Tensor else _handle(input, "input"), other)


def zero_(input: Tensor) -> Tensor:
    """Sets every element to zero, in place.

    Args:
        input: The tensor to update; a leaf that requires grad only inside a no_grad
            region, as in PyTorch.

    Bridge: rt_torch_torchtensor_zero_. PyTorch: torch.zero_.
    """
    _f_torchtensor_zero_(input if input.__class__ is _Tensor else _handle(input, "input"))
    return input


def zeros(
    *size: _int | Sequence[_int],
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor:
    """A new tensor of the given shape filled with zeros, of a dtype, on a device.

    Args:
        size: The shape; every size must be non-negative.
        dtype: The dtype; None for the default (float32).
        device: The device; None for the CPU.

    Returns:
        The new tensor.

    Bridge: rt_torch_tensor_zeros_v2. PyTorch: torch.zeros.
    """
    size_ = _size(size)
    _t = _f_tensor_zeros_v2(size_, dtype, device)
    if requires_grad:
        _require_grad(_t)
    return _t


def ones(
    *size: _int | Sequence[_int],
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor:
    """A new tensor of the given shape filled with ones, of a dtype, on a device.

    Args:
        size: The shape; every size must be non-negative.
        dtype: The dtype; None for the default (float32).
        device: The device; None for the CPU.

    Returns:
        The new tensor.

    Bridge: rt_torch_tensor_ones_v2. PyTorch: torch.ones.
    """
    size_ = _size(size)
    _t = _f_tensor_ones_v2(size_, dtype, device)
    if requires_grad:
        _require_grad(_t)
    return _t


def empty(
    *size: _int | Sequence[_int],
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
    requires_grad: bool = False,
) -> Tensor:
    """A new tensor of the given shape whose values are not initialised, of a dtype, on a
    device.

    Args:
        size: The shape; every size must be non-negative.
        dtype: The dtype; None for the default (float32).
        device: The device; None for the CPU.
        memory_format: The memory layout; None for contiguous.

    Returns:
        The new tensor (its values are whatever the memory held).

    Bridge: rt_torch_tensor_empty_v2. PyTorch: torch.empty.
    """
    size_ = _size(size)
    _t = _f_tensor_empty_v2(size_, dtype, device, _opt_text(memory_format, "memory_format"))
    if requires_grad:
        _require_grad(_t)
    return _t


def randn(
    *size: _int | Sequence[_int],
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor:
    """A new tensor of samples from the standard normal distribution, of a dtype, on a
    device.

    Args:
        size: The shape; every size must be non-negative.
        dtype: The dtype (a floating-point one); None for the default (float32).
        device: The device; None for the CPU.

    Returns:
        The new tensor; reproducible after rt_torch_manual_seed.

    Bridge: rt_torch_tensor_randn_v2. PyTorch: torch.randn.
    """
    size_ = _size(size)
    _t = _f_tensor_randn_v2(size_, dtype, device)
    if requires_grad:
        _require_grad(_t)
    return _t


def rand(
    *size: _int | Sequence[_int],
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor:
    """A new tensor of samples drawn uniformly from [0, 1), of a dtype, on a device.

    Args:
        size: The shape; every size must be non-negative.
        dtype: The dtype (a floating-point one); None for the default (float32).
        device: The device; None for the CPU.

    Returns:
        The new tensor; reproducible after rt_torch_manual_seed.

    Bridge: rt_torch_tensor_rand_v2. PyTorch: torch.rand.
    """
    size_ = _size(size)
    _t = _f_tensor_rand_v2(size_, dtype, device)
    if requires_grad:
        _require_grad(_t)
    return _t


def full(
    size: _int | Sequence[_int],
    fill_value: Number,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor:
    """A new tensor of the given shape filled with one number, of a dtype, on a device.

    Args:
        size: The shape; every size must be non-negative.
        fill_value: The fill value.
        dtype: The dtype; None infers it from fill_value, as PyTorch does (int64 for an
            int, bool for a bool, float32 for a float).
        device: The device; None for the CPU.

    Returns:
        The new tensor.

    Bridge: rt_torch_tensor_full_v2. PyTorch: torch.full.
    """
    size_ = _ints(size, "size")
    _t = _f_tensor_full_v2(size_, fill_value, dtype, device)
    if requires_grad:
        _require_grad(_t)
    return _t


@overload
def arange(
    end: Number,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor: ...

@overload
def arange(
    start: Number,
    end: Number,
    step: Number = 1,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor: ...

def arange(*args: Any, **kwargs: Any) -> Any:
    """arange: one of 2 forms, chosen by the arguments as PyTorch chooses.

    arange(end: Number, *, dtype: DType | None = None, device: DeviceLike | None = None, requires_grad: bool = False)
        A 1-D tensor of the values 0, 1, ... below end.

    arange(start: Number, end: Number, step: Number = 1, *, dtype: DType | None = None, device: DeviceLike | None = None, requires_grad: bool = False)
        A 1-D tensor of the values from start up to end (exclusive), spaced by step.

    Bridge: rt_torch_tensor_arange_v2, rt_torch_tensor_arange_start_step. PyTorch: torch.arange.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_ARANGE)
    if _r is not NotImplemented:
        return _r
    _no_match("arange", args, kwargs, (_FORM_TORCH_SFFI_ARANGE_0, _FORM_TORCH_SFFI_ARANGE_1,))


@overload
def linspace(
    start: Number,
    end: Number,
    steps: _int,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor: ...

@overload
def linspace(
    start: Tensor,
    end: Tensor,
    steps: _int,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
) -> Tensor: ...

@overload
def linspace(
    start: Tensor,
    end: Number,
    steps: _int,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
) -> Tensor: ...

@overload
def linspace(
    start: Number,
    end: Tensor,
    steps: _int,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
) -> Tensor: ...

def linspace(*args: Any, **kwargs: Any) -> Any:
    """linspace: one of 4 forms, chosen by the arguments as PyTorch chooses.

    linspace(start: Number, end: Number, steps: _int, *, dtype: DType | None = None, device: DeviceLike | None = None, requires_grad: bool = False)
        A 1-D tensor of steps values evenly spaced from start to end inclusive, of a
        dtype, on a device.

    linspace(start: Tensor, end: Tensor, steps: _int, *, dtype: DType | None = None, device: DeviceLike | None = None)
        A 1-D tensor of steps values evenly spaced from start to end inclusive (start
        and end given as 0-d tensors).

    linspace(start: Tensor, end: Number, steps: _int, *, dtype: DType | None = None, device: DeviceLike | None = None)
        A 1-D tensor of steps values evenly spaced from start to end inclusive (start
        given as a 0-d tensor).

    linspace(start: Number, end: Tensor, steps: _int, *, dtype: DType | None = None, device: DeviceLike | None = None)
        A 1-D tensor of steps values evenly spaced from start to end inclusive (end
        given as a 0-d tensor).

    Bridge: rt_torch_tensor_linspace_v2, rt_torch_torchtensor_linspace_tensor_tensor, rt_torch_torchtensor_linspace_tensor_scalar, rt_torch_tensor_linspace_scalar_tensor. PyTorch: torch.linspace.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_LINSPACE)
    if _r is not NotImplemented:
        return _r
    _no_match("linspace", args, kwargs, (_FORM_TORCH_SFFI_LINSPACE_0, _FORM_TORCH_SFFI_LINSPACE_1, _FORM_TORCH_SFFI_LINSPACE_2, _FORM_TORCH_SFFI_LINSPACE_3,))


@overload
def eye(
    n: _int,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor: ...

@overload
def eye(
    n: _int,
    m: _int,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor: ...

def eye(*args: Any, **kwargs: Any) -> Any:
    """eye: one of 2 forms, chosen by the arguments as PyTorch chooses.

    eye(n: _int, *, dtype: DType | None = None, device: DeviceLike | None = None, requires_grad: bool = False)
        The n x n identity matrix, of a dtype, on a device.

    eye(n: _int, m: _int, *, dtype: DType | None = None, device: DeviceLike | None = None, requires_grad: bool = False)
        The n x m matrix with ones on the diagonal, of a dtype, on a device.

    Bridge: rt_torch_tensor_eye_v2, rt_torch_tensor_eye_m. PyTorch: torch.eye.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_EYE)
    if _r is not NotImplemented:
        return _r
    _no_match("eye", args, kwargs, (_FORM_TORCH_SFFI_EYE_0, _FORM_TORCH_SFFI_EYE_1,))


@overload
def add(input: Tensor, other: Tensor, *, alpha: Number = 1) -> Tensor: ...

@overload
def add(input: Tensor, other: Number, *, alpha: Number = 1) -> Tensor: ...

def add(input: Tensor, other: Any = _MISSING, *, alpha: Number = 1) -> Tensor:
    """add: one of 2 forms, chosen by the arguments as PyTorch chooses.

    add(input: Tensor, other: Tensor, *, alpha: Number = 1)
        The element-wise sum input + alpha * other (broadcasting, with PyTorch's type
        promotion).

    add(input: Tensor, other: Number, *, alpha: Number = 1)
        Adds alpha times a number to every element (an int keeps integer tensors
        integer, as in PyTorch).

    Bridge: rt_torch_torchtensor_add_tensor, rt_torch_torchtensor_add_scalar_v2. PyTorch: torch.add.
    """
    if other is _MISSING:
        _no_match("add", (), {"input": input, "other": other, "alpha": alpha}, (_FORM_TORCH_SFFI_ADD_0, _FORM_TORCH_SFFI_ADD_1,))
    try:
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_add_tensor(input, other, alpha)
        if _accepts("Scalar", other):
            return _f_torchtensor_add_scalar_v2(input, other, alpha)
    except TypeError:
        _refit("add", {"input": input, "other": other, "alpha": alpha}, (_FORM_TORCH_SFFI_ADD_0, _FORM_TORCH_SFFI_ADD_1,))
        raise
    _no_match("add", (), {"input": input, "other": other, "alpha": alpha}, (_FORM_TORCH_SFFI_ADD_0, _FORM_TORCH_SFFI_ADD_1,))


@overload
def sub(input: Tensor, other: Tensor, *, alpha: Number = 1) -> Tensor: ...

@overload
def sub(input: Tensor, other: Number, *, alpha: Number = 1) -> Tensor: ...

def sub(input: Tensor, other: Any = _MISSING, *, alpha: Number = 1) -> Tensor:
    """sub: one of 2 forms, chosen by the arguments as PyTorch chooses.

    sub(input: Tensor, other: Tensor, *, alpha: Number = 1)
        The element-wise difference input - alpha * other (broadcasting).

    sub(input: Tensor, other: Number, *, alpha: Number = 1)
        Subtracts alpha times a number from every element.

    Bridge: rt_torch_torchtensor_sub_tensor, rt_torch_torchtensor_sub_scalar. PyTorch: torch.sub.
    """
    if other is _MISSING:
        _no_match("sub", (), {"input": input, "other": other, "alpha": alpha}, (_FORM_TORCH_SFFI_SUB_0, _FORM_TORCH_SFFI_SUB_1,))
    try:
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_sub_tensor(input, other, alpha)
        if _accepts("Scalar", other):
            return _f_torchtensor_sub_scalar(input, other, alpha)
    except TypeError:
        _refit("sub", {"input": input, "other": other, "alpha": alpha}, (_FORM_TORCH_SFFI_SUB_0, _FORM_TORCH_SFFI_SUB_1,))
        raise
    _no_match("sub", (), {"input": input, "other": other, "alpha": alpha}, (_FORM_TORCH_SFFI_SUB_0, _FORM_TORCH_SFFI_SUB_1,))


@overload
def rsub(input: Tensor, other: Number, *, alpha: Number = 1) -> Tensor: ...

@overload
def rsub(input: Tensor, other: Tensor, *, alpha: Number = 1) -> Tensor: ...

def rsub(input: Tensor, other: Any = _MISSING, *, alpha: Number = 1) -> Tensor:
    """rsub: one of 2 forms, chosen by the arguments as PyTorch chooses.

    rsub(input: Tensor, other: Number, *, alpha: Number = 1)
        A number minus alpha times every element (number - tensor, as Python's reflected
        operator computes it).

    rsub(input: Tensor, other: Tensor, *, alpha: Number = 1)
        The element-wise difference other - alpha * input (broadcasting).

    Bridge: rt_torch_torchtensor_rsub_scalar, rt_torch_torchtensor_rsub_tensor. PyTorch: torch.rsub.
    """
    if other is _MISSING:
        _no_match("rsub", (), {"input": input, "other": other, "alpha": alpha}, (_FORM_TORCH_SFFI_RSUB_0, _FORM_TORCH_SFFI_RSUB_1,))
    try:
        if _accepts("Scalar", other):
            return _f_torchtensor_rsub_scalar(input, other, alpha)
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_rsub_tensor(input, other, alpha)
    except TypeError:
        _refit("rsub", {"input": input, "other": other, "alpha": alpha}, (_FORM_TORCH_SFFI_RSUB_0, _FORM_TORCH_SFFI_RSUB_1,))
        raise
    _no_match("rsub", (), {"input": input, "other": other, "alpha": alpha}, (_FORM_TORCH_SFFI_RSUB_0, _FORM_TORCH_SFFI_RSUB_1,))


def reciprocal(input: Tensor) -> Tensor:
    """The element-wise reciprocal 1 / x (integer inputs give the default float dtype).

    Args:
        input: The tensor.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_reciprocal. PyTorch: torch.reciprocal.
    """
    return _f_torchtensor_reciprocal(input)


@overload
def mul(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def mul(input: Tensor, other: Number) -> Tensor: ...

def mul(input: Tensor, other: Any = _MISSING) -> Tensor:
    """mul: one of 2 forms, chosen by the arguments as PyTorch chooses.

    mul(input: Tensor, other: Tensor)
        The element-wise product (broadcasting).

    mul(input: Tensor, other: Number)
        Multiplies every element by a number (an int keeps integer tensors integer).

    Bridge: rt_torch_torchtensor_mul_tensor, rt_torch_torchtensor_mul_scalar_v2. PyTorch: torch.mul.
    """
    if other is _MISSING:
        _no_match("mul", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_MUL_0, _FORM_TORCH_SFFI_MUL_1,))
    try:
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_mul_tensor(input, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_mul_scalar_v2(input, other)
    except TypeError:
        _refit("mul", {"input": input, "other": other}, (_FORM_TORCH_SFFI_MUL_0, _FORM_TORCH_SFFI_MUL_1,))
        raise
    _no_match("mul", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_MUL_0, _FORM_TORCH_SFFI_MUL_1,))


@overload
def div(
    input: Tensor,
    other: Tensor,
    *,
    rounding_mode: Literal['trunc', 'floor'] | None = None,
) -> Tensor: ...

@overload
def div(
    input: Tensor,
    other: Number,
    *,
    rounding_mode: Literal['trunc', 'floor'] | None = None,
) -> Tensor: ...

def div(
    input: Tensor,
    other: Any = _MISSING,
    *,
    rounding_mode: Literal['trunc', 'floor'] | None = None,
) -> Tensor:
    """div: one of 2 forms, chosen by the arguments as PyTorch chooses.

    div(input: Tensor, other: Tensor, *, rounding_mode: Literal['trunc', 'floor'] | None = None)
        The element-wise quotient input / other, true or rounded (broadcasting).

    div(input: Tensor, other: Number, *, rounding_mode: Literal['trunc', 'floor'] | None = None)
        Divides every element by a number, true or rounded.

    Bridge: rt_torch_torchtensor_div_tensor_mode, rt_torch_torchtensor_div_scalar_mode. PyTorch: torch.div.
    """
    if other is _MISSING:
        _no_match("div", (), {"input": input, "other": other, "rounding_mode": rounding_mode}, (_FORM_TORCH_SFFI_DIV_0, _FORM_TORCH_SFFI_DIV_1,))
    try:
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_div_tensor_mode(input, other, _opt_text(rounding_mode, "rounding_mode"))
        if _accepts("Scalar", other):
            return _f_torchtensor_div_scalar_mode(input, other, _opt_text(rounding_mode, "rounding_mode"))
    except TypeError:
        _refit("div", {"input": input, "other": other, "rounding_mode": rounding_mode}, (_FORM_TORCH_SFFI_DIV_0, _FORM_TORCH_SFFI_DIV_1,))
        raise
    _no_match("div", (), {"input": input, "other": other, "rounding_mode": rounding_mode}, (_FORM_TORCH_SFFI_DIV_0, _FORM_TORCH_SFFI_DIV_1,))


@overload
def pow(input: Tensor, exponent: Number) -> Tensor: ...

@overload
def pow(input: Tensor, exponent: Tensor) -> Tensor: ...

@overload
def pow(input: Number, exponent: Tensor) -> Tensor: ...

def pow(input: Any, exponent: Any = _MISSING) -> Tensor:
    """pow: one of 3 forms, chosen by the arguments as PyTorch chooses.

    pow(input: Tensor, exponent: Number)
        Raises every element to a number (an int exponent keeps integer tensors
        integer).

    pow(input: Tensor, exponent: Tensor)
        Raises every element to the matching element of another tensor (broadcasting).

    pow(input: Number, exponent: Tensor)
        Raises a number to every element of a tensor (number ** tensor).

    Bridge: rt_torch_torchtensor_pow_tensor_scalar, rt_torch_torchtensor_pow_tensor_tensor, rt_torch_tensor_pow_scalar. PyTorch: torch.pow.
    """
    if exponent is _MISSING:
        _no_match("pow", (), {"input": input, "exponent": exponent}, (_FORM_TORCH_SFFI_POW_0, _FORM_TORCH_SFFI_POW_1, _FORM_TORCH_SFFI_POW_2,))
    try:
        if (input.__class__ is _Tensor or _accepts("Tensor", input)) and _accepts("Scalar", exponent):
            return _f_torchtensor_pow_tensor_scalar(input, exponent)
        if (input.__class__ is _Tensor or _accepts("Tensor", input)) and (exponent.__class__ is _Tensor or _accepts("Tensor", exponent)):
            return _f_torchtensor_pow_tensor_tensor(input, exponent)
        if _accepts("Scalar", input) and (exponent.__class__ is _Tensor or _accepts("Tensor", exponent)):
            return _f_tensor_pow_scalar(input, exponent)
    except TypeError:
        _refit("pow", {"input": input, "exponent": exponent}, (_FORM_TORCH_SFFI_POW_0, _FORM_TORCH_SFFI_POW_1, _FORM_TORCH_SFFI_POW_2,))
        raise
    _no_match("pow", (), {"input": input, "exponent": exponent}, (_FORM_TORCH_SFFI_POW_0, _FORM_TORCH_SFFI_POW_1, _FORM_TORCH_SFFI_POW_2,))


def softmax(input: Tensor, dim: _int, dtype: DType | None = None) -> Tensor:
    """Softmax along a dimension, optionally computed in another dtype.

    Args:
        input: The input.
        dim: The dimension that sums to 1; negative values count from the end.
        dtype: Convert the input to this dtype first; None keeps it.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_softmax_int. PyTorch: torch.softmax.
    """
    return _f_torchtensor_softmax_int(input, dim, dtype)


def log_softmax(input: Tensor, dim: _int, dtype: DType | None = None) -> Tensor:
    """Log-softmax along a dimension, optionally computed in another dtype.

    Args:
        input: The input.
        dim: The dimension; negative values count from the end.
        dtype: Convert the input to this dtype first; None keeps it.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_log_softmax_int. PyTorch: torch.log_softmax.
    """
    return _f_torchtensor_log_softmax_int(input, dim, dtype)


def det(input: Tensor) -> Tensor:
    """The determinant of a square matrix, or of each matrix of a batch.

    Args:
        input: A floating-point tensor of shape (*, n, n).

    Returns:
        A new tensor of shape (*): differentiable, unlike the reference's f64.

    Bridge: rt_torch_torchtensor_linalg_det. PyTorch: torch.linalg.det.
    """
    return _f_torchtensor_linalg_det(input)


def sum(
    input: Tensor,
    dim: _int | Sequence[_int] | None = None,
    keepdim: _bool = False,
    *,
    dtype: DType | None = None,
) -> Tensor:
    """The sum over all or some dimensions, optionally in another dtype.

    Args:
        input: The input.
        dim: The dimensions to reduce; None for all.
        keepdim: Keep the reduced dimensions with size 1.
        dtype: The dtype of the result; None keeps the input's (int64 for integer and
            bool inputs).

    Returns:
        A new tensor (0-d when every dimension is reduced).

    Bridge: rt_torch_torchtensor_sum_dim_intlist. PyTorch: torch.sum.
    """
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_sum_dim_intlist(input, dim_, dim is not None, keepdim, dtype)


def mean(
    input: Tensor,
    dim: _int | Sequence[_int] | None = None,
    keepdim: _bool = False,
    *,
    dtype: DType | None = None,
) -> Tensor:
    """The mean over all or some dimensions, optionally in another dtype.

    Args:
        input: A floating-point or complex input (or any input with a floating dtype).
        dim: The dimensions to reduce; None for all.
        keepdim: Keep the reduced dimensions with size 1.
        dtype: Compute in this dtype; None keeps the input's.

    Returns:
        A new tensor (0-d when every dimension is reduced).

    Bridge: rt_torch_torchtensor_mean_dim_v2. PyTorch: torch.mean.
    """
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_mean_dim_v2(input, dim_, dim is not None, keepdim, dtype)


def argmax(input: Tensor, dim: _int | None = None, keepdim: _bool = False) -> Tensor:
    """The indices of the maxima, along a dimension or over the flattened tensor.

    Args:
        input: The input.
        dim: The dimension to reduce; None for the flattened tensor.
        keepdim: Keep the reduced dimension with size 1 (with a dim).

    Returns:
        A new int64 tensor.

    Bridge: rt_torch_torchtensor_argmax_v2. PyTorch: torch.argmax.
    """
    return _f_torchtensor_argmax_v2(input, 0 if dim is None else dim, dim is not None, keepdim)


def argmin(input: Tensor, dim: _int | None = None, keepdim: _bool = False) -> Tensor:
    """The indices of the minima, along a dimension or over the flattened tensor.

    Args:
        input: The input.
        dim: The dimension to reduce; None for the flattened tensor.
        keepdim: Keep the reduced dimension with size 1 (with a dim).

    Returns:
        A new int64 tensor.

    Bridge: rt_torch_torchtensor_argmin_v2. PyTorch: torch.argmin.
    """
    return _f_torchtensor_argmin_v2(input, 0 if dim is None else dim, dim is not None, keepdim)


@overload
def std(
    input: Tensor,
    dim: _int | Sequence[_int] | None,
    unbiased: _bool = True,
    keepdim: _bool = False,
) -> Tensor: ...

@overload
def std(
    input: Tensor,
    dim: _int | Sequence[_int] | None = None,
    *,
    correction: Number | None = None,
    keepdim: _bool = False,
) -> Tensor: ...

@overload
def std(input: Tensor, unbiased: _bool = True) -> Tensor: ...

def std(*args: Any, **kwargs: Any) -> Any:
    """std: one of 3 forms, chosen by the arguments as PyTorch chooses.

    std(input: Tensor, dim: _int | Sequence[_int] | None, unbiased: _bool = True, keepdim: _bool = False)
        The standard deviation over some dimensions, with or without Bessel's
        correction.

    std(input: Tensor, dim: _int | Sequence[_int] | None = None, *, correction: Number | None = None, keepdim: _bool = False)
        The standard deviation over all or some dimensions, with a given correction.

    std(input: Tensor, unbiased: _bool = True)
        The standard deviation of all elements, with or without Bessel's correction.

    Bridge: rt_torch_torchtensor_std_dim, rt_torch_torchtensor_std_correction, rt_torch_torchtensor_std_v2. PyTorch: torch.std.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_STD)
    if _r is not NotImplemented:
        return _r
    _no_match("std", args, kwargs, (_FORM_TORCH_SFFI_STD_0, _FORM_TORCH_SFFI_STD_1, _FORM_TORCH_SFFI_STD_2,))


@overload
def var(
    input: Tensor,
    dim: _int | Sequence[_int] | None,
    unbiased: _bool = True,
    keepdim: _bool = False,
) -> Tensor: ...

@overload
def var(
    input: Tensor,
    dim: _int | Sequence[_int] | None = None,
    *,
    correction: Number | None = None,
    keepdim: _bool = False,
) -> Tensor: ...

@overload
def var(input: Tensor, unbiased: _bool = True) -> Tensor: ...

def var(*args: Any, **kwargs: Any) -> Any:
    """var: one of 3 forms, chosen by the arguments as PyTorch chooses.

    var(input: Tensor, dim: _int | Sequence[_int] | None, unbiased: _bool = True, keepdim: _bool = False)
        The variance over some dimensions, with or without Bessel's correction.

    var(input: Tensor, dim: _int | Sequence[_int] | None = None, *, correction: Number | None = None, keepdim: _bool = False)
        The variance over all or some dimensions, with a given correction.

    var(input: Tensor, unbiased: _bool = True)
        The variance of all elements, with or without Bessel's correction.

    Bridge: rt_torch_torchtensor_var_dim, rt_torch_torchtensor_var_correction, rt_torch_torchtensor_var_v2. PyTorch: torch.var.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_VAR)
    if _r is not NotImplemented:
        return _r
    _no_match("var", args, kwargs, (_FORM_TORCH_SFFI_VAR_0, _FORM_TORCH_SFFI_VAR_1, _FORM_TORCH_SFFI_VAR_2,))


def flatten(input: Tensor, start_dim: _int = 0, end_dim: _int = -1) -> Tensor:
    """Flattens the dimensions from start_dim to end_dim into one.

    Args:
        input: The input.
        start_dim: The first dimension to flatten.
        end_dim: The last dimension to flatten (inclusive).

    Returns:
        A new handle (a view where the memory allows it).

    Bridge: rt_torch_torchtensor_flatten_using_ints. PyTorch: torch.flatten.
    """
    return _f_torchtensor_flatten_using_ints(input, start_dim, end_dim)


def select(input: Tensor, dim: _int, index: _int) -> Tensor:
    """The slice at one index along a dimension, which it removes.

    Args:
        input: The input.
        dim: The dimension; negative values count from the end.
        index: The index along it; negative values count from the end.

    Returns:
        A new handle sharing memory with input (a view).

    Bridge: rt_torch_torchtensor_select_int. PyTorch: torch.select.
    """
    return _f_torchtensor_select_int(input, dim, index)


def complex(real: Tensor, imag: Tensor) -> Tensor:
    """A complex tensor from its real and imaginary parts.

    Args:
        real: The real parts (float32 or float64).
        imag: The imaginary parts, of real's dtype, broadcastable to it.

    Returns:
        A new complex64 or complex128 tensor.

    Bridge: rt_torch_torchtensor_complex. PyTorch: torch.complex.
    """
    return _f_torchtensor_complex(real, imag)


def clone(
    input: Tensor,
    *,
    memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
) -> Tensor:
    """A deep copy of the tensor, in a given memory layout.

    Args:
        input: The tensor.
        memory_format: The memory layout of the copy; None preserves the input's.

    Returns:
        A new tensor with its own memory.

    Bridge: rt_torch_torchtensor_clone_v2. PyTorch: torch.clone.
    """
    return _f_torchtensor_clone_v2(input, _opt_text(memory_format, "memory_format"))


def sin(input: Tensor) -> Tensor:
    """The element-wise sine of the input, in radians.

    Args:
        input: The input tensor.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_sin. PyTorch: torch.sin.
    """
    return _f_torchtensor_sin(input)


def cumsum(input: Tensor, dim: _int, *, dtype: DType | None = None) -> Tensor:
    """The cumulative sum of the elements along a dimension.

    Args:
        input: The input.
        dim: The dimension to accumulate along.
        dtype: The dtype of the result (the input is converted to it first); None keeps
            the input's.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_cumsum. PyTorch: torch.cumsum.
    """
    return _f_torchtensor_cumsum(input, dim, dtype)


def cumprod(input: Tensor, dim: _int, *, dtype: DType | None = None) -> Tensor:
    """The cumulative product of the elements along a dimension.

    Args:
        input: The input.
        dim: The dimension to accumulate along.
        dtype: The dtype of the result (the input is converted to it first); None keeps
            the input's.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_cumprod. PyTorch: torch.cumprod.
    """
    return _f_torchtensor_cumprod(input, dim, dtype)


def cummax(input: Tensor, dim: _int) -> _rt_types.cummax:
    """The running maximum of the elements along a dimension, with its indices.

    Args:
        input: The input.
        dim: The dimension to accumulate along.

    Returns:
        values: The running maxima; indices: The int64 index along dim of each running
        maximum.

    Bridge: rt_torch_torchtensor_cummax. PyTorch: torch.cummax.
    """
    return _tuple_new(_rt_types.cummax, _f_torchtensor_cummax(input, dim))


def cummin(input: Tensor, dim: _int) -> _rt_types.cummin:
    """The running minimum of the elements along a dimension, with its indices.

    Args:
        input: The input.
        dim: The dimension to accumulate along.

    Returns:
        values: The running minima; indices: The int64 index along dim of each running
        minimum.

    Bridge: rt_torch_torchtensor_cummin. PyTorch: torch.cummin.
    """
    return _tuple_new(_rt_types.cummin, _f_torchtensor_cummin(input, dim))


def logcumsumexp(input: Tensor, dim: _int) -> Tensor:
    """The logarithm of the cumulative sum of exponentials along a dimension, computed
    stably.

    Args:
        input: The input.
        dim: The dimension to accumulate along.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_logcumsumexp. PyTorch: torch.logcumsumexp.
    """
    return _f_torchtensor_logcumsumexp(input, dim)


def logsumexp(input: Tensor, dim: _int | Sequence[_int], keepdim: _bool = False) -> Tensor:
    """The logarithm of the sum of exponentials over some dimensions, computed stably.

    Args:
        input: The input.
        dim: The dimensions to reduce (one int or a list).
        keepdim: Keep the reduced dimensions with size 1.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_logsumexp. PyTorch: torch.logsumexp.
    """
    dim_ = _ints(dim, "dim")
    return _f_torchtensor_logsumexp(input, dim_, keepdim)


@overload
def prod(input: Tensor, *, dtype: DType | None = None) -> Tensor: ...

@overload
def prod(input: Tensor, dim: _int, keepdim: _bool = False, *, dtype: DType | None = None) -> Tensor: ...

def prod(*args: Any, **kwargs: Any) -> Any:
    """prod: one of 2 forms, chosen by the arguments as PyTorch chooses.

    prod(input: Tensor, *, dtype: DType | None = None)
        The product of all elements, optionally in another dtype.

    prod(input: Tensor, dim: _int, keepdim: _bool = False, *, dtype: DType | None = None)
        The product over one dimension, optionally in another dtype.

    Bridge: rt_torch_torchtensor_prod, rt_torch_torchtensor_prod_dim_int. PyTorch: torch.prod.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_PROD)
    if _r is not NotImplemented:
        return _r
    _no_match("prod", args, kwargs, (_FORM_TORCH_SFFI_PROD_0, _FORM_TORCH_SFFI_PROD_1,))


@overload
def all(input: Tensor, dim: _int, keepdim: _bool = False) -> Tensor: ...

@overload
def all(input: Tensor, dim: _int | Sequence[_int] | None = None, keepdim: _bool = False) -> Tensor: ...

def all(*args: Any, **kwargs: Any) -> Any:
    """all: one of 2 forms, chosen by the arguments as PyTorch chooses.

    all(input: Tensor, dim: _int, keepdim: _bool = False)
        Whether every element along a dimension is true (non-zero).

    all(input: Tensor, dim: _int | Sequence[_int] | None = None, keepdim: _bool = False)
        Whether every element over all or some dimensions is true (non-zero).

    Bridge: rt_torch_torchtensor_all_dim, rt_torch_torchtensor_all_dims. PyTorch: torch.all.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_ALL)
    if _r is not NotImplemented:
        return _r
    _no_match("all", args, kwargs, (_FORM_TORCH_SFFI_ALL_0, _FORM_TORCH_SFFI_ALL_1,))


@overload
def any(input: Tensor, dim: _int, keepdim: _bool = False) -> Tensor: ...

@overload
def any(input: Tensor, dim: _int | Sequence[_int] | None = None, keepdim: _bool = False) -> Tensor: ...

def any(*args: Any, **kwargs: Any) -> Any:
    """any: one of 2 forms, chosen by the arguments as PyTorch chooses.

    any(input: Tensor, dim: _int, keepdim: _bool = False)
        Whether any element along a dimension is true (non-zero).

    any(input: Tensor, dim: _int | Sequence[_int] | None = None, keepdim: _bool = False)
        Whether any element over all or some dimensions is true (non-zero).

    Bridge: rt_torch_torchtensor_any_dim, rt_torch_torchtensor_any_dims. PyTorch: torch.any.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_ANY)
    if _r is not NotImplemented:
        return _r
    _no_match("any", args, kwargs, (_FORM_TORCH_SFFI_ANY_0, _FORM_TORCH_SFFI_ANY_1,))


def amax(input: Tensor, dim: _int | Sequence[_int] | None = None, keepdim: _bool = False) -> Tensor:
    """The maximum over all or some dimensions (values only).

    Args:
        input: The input.
        dim: The dimensions to reduce; None for all.
        keepdim: Keep the reduced dimensions with size 1.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_amax. PyTorch: torch.amax.
    """
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_amax(input, dim_, dim is not None, keepdim)


def amin(input: Tensor, dim: _int | Sequence[_int] | None = None, keepdim: _bool = False) -> Tensor:
    """The minimum over all or some dimensions (values only).

    Args:
        input: The input.
        dim: The dimensions to reduce; None for all.
        keepdim: Keep the reduced dimensions with size 1.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_amin. PyTorch: torch.amin.
    """
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_amin(input, dim_, dim is not None, keepdim)


def aminmax(input: Tensor, *, dim: _int | None = None, keepdim: _bool = False) -> _rt_types.aminmax:
    """The minimum and the maximum, over everything or along one dimension.

    Args:
        input: The input.
        dim: The dimension to reduce; None for all.
        keepdim: Keep the reduced dimensions with size 1.

    Returns:
        min: The minima; max: The maxima.

    Bridge: rt_torch_torchtensor_aminmax. PyTorch: torch.aminmax.
    """
    return _tuple_new(_rt_types.aminmax, _f_torchtensor_aminmax(input, 0 if dim is None else dim, dim is not None, keepdim))


@overload
def count_nonzero(input: Tensor, dim: _int | Sequence[_int]) -> Tensor: ...

@overload
def count_nonzero(input: Tensor, dim: _int | None = None) -> Tensor: ...

def count_nonzero(*args: Any, **kwargs: Any) -> Any:
    """count_nonzero: one of 2 forms, chosen by the arguments as PyTorch chooses.

    count_nonzero(input: Tensor, dim: _int | Sequence[_int])
        The number of non-zero elements over some dimensions.

    count_nonzero(input: Tensor, dim: _int | None = None)
        The number of non-zero elements, over everything or along one dimension.

    Bridge: rt_torch_torchtensor_count_nonzero_dim_intlist, rt_torch_torchtensor_count_nonzero. PyTorch: torch.count_nonzero.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_COUNT_NONZERO)
    if _r is not NotImplemented:
        return _r
    _no_match("count_nonzero", args, kwargs, (_FORM_TORCH_SFFI_COUNT_NONZERO_0, _FORM_TORCH_SFFI_COUNT_NONZERO_1,))


def nansum(
    input: Tensor,
    dim: _int | Sequence[_int] | None = None,
    keepdim: _bool = False,
    *,
    dtype: DType | None = None,
) -> Tensor:
    """The sum over all or some dimensions, NaN counted as zero.

    Args:
        input: The input.
        dim: The dimensions to reduce; None for all.
        keepdim: Keep the reduced dimensions with size 1.
        dtype: The dtype of the result (the input is converted to it first); None keeps
            the input's.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_nansum. PyTorch: torch.nansum.
    """
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_nansum(input, dim_, dim is not None, keepdim, dtype)


def nanmean(
    input: Tensor,
    dim: _int | Sequence[_int] | None = None,
    keepdim: _bool = False,
    *,
    dtype: DType | None = None,
) -> Tensor:
    """The mean of the non-NaN elements over all or some dimensions.

    Args:
        input: A floating-point input.
        dim: The dimensions to reduce; None for all.
        keepdim: Keep the reduced dimensions with size 1.
        dtype: The dtype of the result (the input is converted to it first); None keeps
            the input's.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_nanmean. PyTorch: torch.nanmean.
    """
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_nanmean(input, dim_, dim is not None, keepdim, dtype)


@overload
def median(input: Tensor) -> Tensor: ...

@overload
def median(input: Tensor, dim: _int, keepdim: _bool = False) -> _rt_types.median: ...

def median(*args: Any, **kwargs: Any) -> Any:
    """median: one of 2 forms, chosen by the arguments as PyTorch chooses.

    median(input: Tensor)
        The median of all elements (the lower of the two middle values for an even
        count).

    median(input: Tensor, dim: _int, keepdim: _bool = False)
        The median along a dimension, with its indices.

    Bridge: rt_torch_torchtensor_median, rt_torch_torchtensor_median_dim. PyTorch: torch.median.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_MEDIAN)
    if _r is not NotImplemented:
        return _r
    _no_match("median", args, kwargs, (_FORM_TORCH_SFFI_MEDIAN_0, _FORM_TORCH_SFFI_MEDIAN_1,))


@overload
def nanmedian(input: Tensor) -> Tensor: ...

@overload
def nanmedian(input: Tensor, dim: _int, keepdim: _bool = False) -> _rt_types.nanmedian: ...

def nanmedian(*args: Any, **kwargs: Any) -> Any:
    """nanmedian: one of 2 forms, chosen by the arguments as PyTorch chooses.

    nanmedian(input: Tensor)
        The median of all non-NaN elements.

    nanmedian(input: Tensor, dim: _int, keepdim: _bool = False)
        The median of the non-NaN elements along a dimension, with its indices.

    Bridge: rt_torch_torchtensor_nanmedian, rt_torch_torchtensor_nanmedian_dim. PyTorch: torch.nanmedian.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_NANMEDIAN)
    if _r is not NotImplemented:
        return _r
    _no_match("nanmedian", args, kwargs, (_FORM_TORCH_SFFI_NANMEDIAN_0, _FORM_TORCH_SFFI_NANMEDIAN_1,))


def mode(input: Tensor, dim: _int = -1, keepdim: _bool = False) -> _rt_types.mode:
    """The most frequent value along a dimension (the smallest on a tie), with its indices.

    Args:
        input: The input.
        dim: The dimension to reduce (default the last).
        keepdim: Keep the reduced dimensions with size 1.

    Returns:
        values: The modes; indices: Their int64 indices along dim.

    Bridge: rt_torch_torchtensor_mode. PyTorch: torch.mode.
    """
    return _tuple_new(_rt_types.mode, _f_torchtensor_mode(input, dim, keepdim))


def kthvalue(input: Tensor, k: _int, dim: _int = -1, keepdim: _bool = False) -> _rt_types.kthvalue:
    """The k-th smallest value along a dimension, with its indices.

    Args:
        input: The input.
        k: Which value: 1 for the smallest.
        dim: The dimension to search (default the last).
        keepdim: Keep the reduced dimensions with size 1.

    Returns:
        values: The k-th smallest values; indices: Their int64 indices along dim.

    Bridge: rt_torch_torchtensor_kthvalue. PyTorch: torch.kthvalue.
    """
    return _tuple_new(_rt_types.kthvalue, _f_torchtensor_kthvalue(input, k, dim, keepdim))


def topk(
    input: Tensor,
    k: _int,
    dim: _int = -1,
    largest: _bool = True,
    sorted: _bool = True,
) -> _rt_types.topk:
    """The k largest (or smallest) values along a dimension, with their indices.

    Args:
        input: The input.
        k: How many values.
        dim: The dimension to search (default the last).
        largest: The largest values (false: the smallest).
        sorted: Return them in sorted order.

    Returns:
        values: The k largest (or smallest) values; indices: Their int64 indices along
        dim.

    Bridge: rt_torch_torchtensor_topk. PyTorch: torch.topk.
    """
    return _tuple_new(_rt_types.topk, _f_torchtensor_topk(input, k, dim, largest, sorted))


@overload
def sort(input: Tensor, dim: _int = -1, descending: _bool = False) -> _rt_types.sort: ...

@overload
def sort(
    input: Tensor,
    *,
    stable: _bool | None,
    dim: _int = -1,
    descending: _bool = False,
) -> _rt_types.sort: ...

def sort(*args: Any, **kwargs: Any) -> Any:
    """sort: one of 2 forms, chosen by the arguments as PyTorch chooses.

    sort(input: Tensor, dim: _int = -1, descending: _bool = False)
        The values sorted along a dimension, with their original indices.

    sort(input: Tensor, *, stable: _bool | None, dim: _int = -1, descending: _bool = False)
        The values sorted along a dimension, with their original indices, optionally
        stable.

    Bridge: rt_torch_torchtensor_sort, rt_torch_torchtensor_sort_stable. PyTorch: torch.sort.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_SORT)
    if _r is not NotImplemented:
        return _r
    _no_match("sort", args, kwargs, (_FORM_TORCH_SFFI_SORT_0, _FORM_TORCH_SFFI_SORT_1,))


@overload
def argsort(input: Tensor, dim: _int = -1, descending: _bool = False) -> Tensor: ...

@overload
def argsort(input: Tensor, *, stable: _bool, dim: _int = -1, descending: _bool = False) -> Tensor: ...

def argsort(*args: Any, **kwargs: Any) -> Any:
    """argsort: one of 2 forms, chosen by the arguments as PyTorch chooses.

    argsort(input: Tensor, dim: _int = -1, descending: _bool = False)
        The indices that sort the values along a dimension.

    argsort(input: Tensor, *, stable: _bool, dim: _int = -1, descending: _bool = False)
        The indices that sort the values along a dimension, optionally stable.

    Bridge: rt_torch_torchtensor_argsort, rt_torch_torchtensor_argsort_stable. PyTorch: torch.argsort.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_ARGSORT)
    if _r is not NotImplemented:
        return _r
    _no_match("argsort", args, kwargs, (_FORM_TORCH_SFFI_ARGSORT_0, _FORM_TORCH_SFFI_ARGSORT_1,))


def msort(input: Tensor) -> Tensor:
    """The values sorted along the first dimension, ascending.

    Args:
        input: The input.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_msort. PyTorch: torch.msort.
    """
    return _f_torchtensor_msort(input)


@overload
def quantile(
    input: Tensor,
    q: Tensor,
    dim: _int | None = None,
    keepdim: _bool = False,
    *,
    interpolation: str = 'linear',
) -> Tensor: ...

@overload
def quantile(
    input: Tensor,
    q: _float,
    dim: _int | None = None,
    keepdim: _bool = False,
    *,
    interpolation: str = 'linear',
) -> Tensor: ...

def quantile(
    input: Tensor,
    q: Any = _MISSING,
    dim: _int | None = None,
    keepdim: _bool = False,
    *,
    interpolation: str = 'linear',
) -> Tensor:
    """quantile: one of 2 forms, chosen by the arguments as PyTorch chooses.

    quantile(input: Tensor, q: Tensor, dim: _int | None = None, keepdim: _bool = False, *, interpolation: str = 'linear')
        The q-th quantiles, over everything or along one dimension (q a tensor).

    quantile(input: Tensor, q: _float, dim: _int | None = None, keepdim: _bool = False, *, interpolation: str = 'linear')
        The q-th quantile, over everything or along one dimension (q a number).

    Bridge: rt_torch_torchtensor_quantile, rt_torch_torchtensor_quantile_scalar. PyTorch: torch.quantile.
    """
    if q is _MISSING:
        _no_match("quantile", (), {"input": input, "q": q, "dim": dim, "keepdim": keepdim, "interpolation": interpolation}, (_FORM_TORCH_SFFI_QUANTILE_0, _FORM_TORCH_SFFI_QUANTILE_1,))
    try:
        if (q.__class__ is _Tensor or _accepts("Tensor", q)):
            return _f_torchtensor_quantile(input, q, 0 if dim is None else dim, dim is not None, keepdim, _text(interpolation, "interpolation"))
        if _accepts("float", q):
            return _f_torchtensor_quantile_scalar(input, q, 0 if dim is None else dim, dim is not None, keepdim, _text(interpolation, "interpolation"))
    except TypeError:
        _refit("quantile", {"input": input, "q": q, "dim": dim, "keepdim": keepdim, "interpolation": interpolation}, (_FORM_TORCH_SFFI_QUANTILE_0, _FORM_TORCH_SFFI_QUANTILE_1,))
        raise
    _no_match("quantile", (), {"input": input, "q": q, "dim": dim, "keepdim": keepdim, "interpolation": interpolation}, (_FORM_TORCH_SFFI_QUANTILE_0, _FORM_TORCH_SFFI_QUANTILE_1,))


@overload
def nanquantile(
    input: Tensor,
    q: Tensor,
    dim: _int | None = None,
    keepdim: _bool = False,
    *,
    interpolation: str = 'linear',
) -> Tensor: ...

@overload
def nanquantile(
    input: Tensor,
    q: _float,
    dim: _int | None = None,
    keepdim: _bool = False,
    *,
    interpolation: str = 'linear',
) -> Tensor: ...

def nanquantile(
    input: Tensor,
    q: Any = _MISSING,
    dim: _int | None = None,
    keepdim: _bool = False,
    *,
    interpolation: str = 'linear',
) -> Tensor:
    """nanquantile: one of 2 forms, chosen by the arguments as PyTorch chooses.

    nanquantile(input: Tensor, q: Tensor, dim: _int | None = None, keepdim: _bool = False, *, interpolation: str = 'linear')
        The q-th quantiles ignoring NaN, over everything or along one dimension (q a
        tensor).

    nanquantile(input: Tensor, q: _float, dim: _int | None = None, keepdim: _bool = False, *, interpolation: str = 'linear')
        The q-th quantile ignoring NaN, over everything or along one dimension (q a
        number).

    Bridge: rt_torch_torchtensor_nanquantile, rt_torch_torchtensor_nanquantile_scalar. PyTorch: torch.nanquantile.
    """
    if q is _MISSING:
        _no_match("nanquantile", (), {"input": input, "q": q, "dim": dim, "keepdim": keepdim, "interpolation": interpolation}, (_FORM_TORCH_SFFI_NANQUANTILE_0, _FORM_TORCH_SFFI_NANQUANTILE_1,))
    try:
        if (q.__class__ is _Tensor or _accepts("Tensor", q)):
            return _f_torchtensor_nanquantile(input, q, 0 if dim is None else dim, dim is not None, keepdim, _text(interpolation, "interpolation"))
        if _accepts("float", q):
            return _f_torchtensor_nanquantile_scalar(input, q, 0 if dim is None else dim, dim is not None, keepdim, _text(interpolation, "interpolation"))
    except TypeError:
        _refit("nanquantile", {"input": input, "q": q, "dim": dim, "keepdim": keepdim, "interpolation": interpolation}, (_FORM_TORCH_SFFI_NANQUANTILE_0, _FORM_TORCH_SFFI_NANQUANTILE_1,))
        raise
    _no_match("nanquantile", (), {"input": input, "q": q, "dim": dim, "keepdim": keepdim, "interpolation": interpolation}, (_FORM_TORCH_SFFI_NANQUANTILE_0, _FORM_TORCH_SFFI_NANQUANTILE_1,))


@overload
def var_mean(input: Tensor, unbiased: _bool = True) -> _rt_types.var_mean: ...

@overload
def var_mean(
    input: Tensor,
    dim: _int | Sequence[_int] | None,
    unbiased: _bool = True,
    keepdim: _bool = False,
) -> _rt_types.var_mean: ...

@overload
def var_mean(
    input: Tensor,
    dim: _int | Sequence[_int] | None = None,
    *,
    correction: Number | None = None,
    keepdim: _bool = False,
) -> _rt_types.var_mean: ...

def var_mean(*args: Any, **kwargs: Any) -> Any:
    """var_mean: one of 3 forms, chosen by the arguments as PyTorch chooses.

    var_mean(input: Tensor, unbiased: _bool = True)
        The variance and the mean of all elements, with or without Bessel's correction.

    var_mean(input: Tensor, dim: _int | Sequence[_int] | None, unbiased: _bool = True, keepdim: _bool = False)
        The variance and the mean over some dimensions, with or without Bessel's
        correction.

    var_mean(input: Tensor, dim: _int | Sequence[_int] | None = None, *, correction: Number | None = None, keepdim: _bool = False)
        The variance and the mean over all or some dimensions, with a given correction.

    Bridge: rt_torch_torchtensor_var_mean, rt_torch_torchtensor_var_mean_dim, rt_torch_torchtensor_var_mean_correction. PyTorch: torch.var_mean.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_VAR_MEAN)
    if _r is not NotImplemented:
        return _r
    _no_match("var_mean", args, kwargs, (_FORM_TORCH_SFFI_VAR_MEAN_0, _FORM_TORCH_SFFI_VAR_MEAN_1, _FORM_TORCH_SFFI_VAR_MEAN_2,))


@overload
def std_mean(input: Tensor, unbiased: _bool = True) -> _rt_types.std_mean: ...

@overload
def std_mean(
    input: Tensor,
    dim: _int | Sequence[_int] | None,
    unbiased: _bool = True,
    keepdim: _bool = False,
) -> _rt_types.std_mean: ...

@overload
def std_mean(
    input: Tensor,
    dim: _int | Sequence[_int] | None = None,
    *,
    correction: Number | None = None,
    keepdim: _bool = False,
) -> _rt_types.std_mean: ...

def std_mean(*args: Any, **kwargs: Any) -> Any:
    """std_mean: one of 3 forms, chosen by the arguments as PyTorch chooses.

    std_mean(input: Tensor, unbiased: _bool = True)
        The standard deviation and the mean of all elements, with or without Bessel's
        correction.

    std_mean(input: Tensor, dim: _int | Sequence[_int] | None, unbiased: _bool = True, keepdim: _bool = False)
        The standard deviation and the mean over some dimensions, with or without
        Bessel's correction.

    std_mean(input: Tensor, dim: _int | Sequence[_int] | None = None, *, correction: Number | None = None, keepdim: _bool = False)
        The standard deviation and the mean over all or some dimensions, with a given
        correction.

    Bridge: rt_torch_torchtensor_std_mean, rt_torch_torchtensor_std_mean_dim, rt_torch_torchtensor_std_mean_correction. PyTorch: torch.std_mean.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_STD_MEAN)
    if _r is not NotImplemented:
        return _r
    _no_match("std_mean", args, kwargs, (_FORM_TORCH_SFFI_STD_MEAN_0, _FORM_TORCH_SFFI_STD_MEAN_1, _FORM_TORCH_SFFI_STD_MEAN_2,))


def histc(input: Tensor, bins: _int = 100, min: Number = 0, max: Number = 0) -> Tensor:
    """The histogram of the elements in equal-width bins over a range.

    Args:
        input: The input.
        bins: The number of bins.
        min: The lower end of the range; min = max = 0 uses the data's minimum and
            maximum.
        max: The upper end of the range (inclusive).

    Returns:
        A new 1-D tensor of bins counts, in input's dtype.

    Bridge: rt_torch_torchtensor_histc. PyTorch: torch.histc.
    """
    return _f_torchtensor_histc(input, bins, min, max)


def bincount(input: Tensor, weights: Tensor | None = None, minlength: _int = 0) -> Tensor:
    """The number of occurrences (or summed weights) of each non-negative integer value.

    Args:
        input: A 1-D tensor of non-negative integers.
        weights: A weight for each element (the result is then floating-point); None
            counts 1 each.
        minlength: The least number of bins.

    Returns:
        A new 1-D tensor of max(max(input) + 1, minlength) counts.

    Bridge: rt_torch_torchtensor_bincount. PyTorch: torch.bincount.
    """
    return _f_torchtensor_bincount(input, weights, minlength)


@overload
def bucketize(
    input: Tensor,
    boundaries: Tensor,
    *,
    out_int32: _bool = False,
    right: _bool = False,
) -> Tensor: ...

@overload
def bucketize(
    input: Number,
    boundaries: Tensor,
    *,
    out_int32: _bool = False,
    right: _bool = False,
) -> Tensor: ...

def bucketize(
    input: Any,
    boundaries: Tensor = _MISSING,
    *,
    out_int32: _bool = False,
    right: _bool = False,
) -> Tensor:
    """bucketize: one of 2 forms, chosen by the arguments as PyTorch chooses.

    bucketize(input: Tensor, boundaries: Tensor, *, out_int32: _bool = False, right: _bool = False)
        The index of the bucket each element falls in, given sorted boundaries.

    bucketize(input: Number, boundaries: Tensor, *, out_int32: _bool = False, right: _bool = False)
        The index of the bucket a number falls in, given sorted boundaries.

    Bridge: rt_torch_torchtensor_bucketize_tensor, rt_torch_tensor_bucketize_scalar. PyTorch: torch.bucketize.
    """
    if boundaries is _MISSING:
        _no_match("bucketize", (), {"input": input, "boundaries": boundaries, "out_int32": out_int32, "right": right}, (_FORM_TORCH_SFFI_BUCKETIZE_0, _FORM_TORCH_SFFI_BUCKETIZE_1,))
    try:
        if (input.__class__ is _Tensor or _accepts("Tensor", input)):
            return _f_torchtensor_bucketize_tensor(input, boundaries, out_int32, right)
        if _accepts("Scalar", input):
            return _f_tensor_bucketize_scalar(input, boundaries, out_int32, right)
    except TypeError:
        _refit("bucketize", {"input": input, "boundaries": boundaries, "out_int32": out_int32, "right": right}, (_FORM_TORCH_SFFI_BUCKETIZE_0, _FORM_TORCH_SFFI_BUCKETIZE_1,))
        raise
    _no_match("bucketize", (), {"input": input, "boundaries": boundaries, "out_int32": out_int32, "right": right}, (_FORM_TORCH_SFFI_BUCKETIZE_0, _FORM_TORCH_SFFI_BUCKETIZE_1,))


@overload
def searchsorted(
    sorted_sequence: Tensor,
    input: Tensor,
    *,
    out_int32: _bool = False,
    right: _bool = False,
    side: str | None = None,
    sorter: Tensor | None = None,
) -> Tensor: ...

@overload
def searchsorted(
    sorted_sequence: Tensor,
    input: Number,
    *,
    out_int32: _bool = False,
    right: _bool = False,
    side: str | None = None,
    sorter: Tensor | None = None,
) -> Tensor: ...

def searchsorted(
    sorted_sequence: Tensor,
    input: Any = _MISSING,
    *,
    out_int32: _bool = False,
    right: _bool = False,
    side: str | None = None,
    sorter: Tensor | None = None,
) -> Tensor:
    """searchsorted: one of 2 forms, chosen by the arguments as PyTorch chooses.

    searchsorted(sorted_sequence: Tensor, input: Tensor, *, out_int32: _bool = False, right: _bool = False, side: str | None = None, sorter: Tensor | None = None)
        The indices where values would be inserted into the innermost dimension of a
        sorted sequence.

    searchsorted(sorted_sequence: Tensor, input: Number, *, out_int32: _bool = False, right: _bool = False, side: str | None = None, sorter: Tensor | None = None)
        The index where a number would be inserted into a sorted 1-D sequence.

    Bridge: rt_torch_torchtensor_searchsorted_tensor, rt_torch_torchtensor_searchsorted_scalar. PyTorch: torch.searchsorted.
    """
    if input is _MISSING:
        _no_match("searchsorted", (), {"sorted_sequence": sorted_sequence, "input": input, "out_int32": out_int32, "right": right, "side": side, "sorter": sorter}, (_FORM_TORCH_SFFI_SEARCHSORTED_0, _FORM_TORCH_SFFI_SEARCHSORTED_1,))
    try:
        if (input.__class__ is _Tensor or _accepts("Tensor", input)):
            return _f_torchtensor_searchsorted_tensor(sorted_sequence, input, out_int32, right, _opt_text(side, "side"), sorter)
        if _accepts("Scalar", input):
            return _f_torchtensor_searchsorted_scalar(sorted_sequence, input, out_int32, right, _opt_text(side, "side"), sorter)
    except TypeError:
        _refit("searchsorted", {"sorted_sequence": sorted_sequence, "input": input, "out_int32": out_int32, "right": right, "side": side, "sorter": sorter}, (_FORM_TORCH_SFFI_SEARCHSORTED_0, _FORM_TORCH_SFFI_SEARCHSORTED_1,))
        raise
    _no_match("searchsorted", (), {"sorted_sequence": sorted_sequence, "input": input, "out_int32": out_int32, "right": right, "side": side, "sorter": sorter}, (_FORM_TORCH_SFFI_SEARCHSORTED_0, _FORM_TORCH_SFFI_SEARCHSORTED_1,))


def diff(
    input: Tensor,
    n: _int = 1,
    dim: _int = -1,
    prepend: Tensor | None = None,
    append: Tensor | None = None,
) -> Tensor:
    """The n-th forward difference along a dimension, optionally with values prepended or
    appended.

    Args:
        input: The input.
        n: How many times to take the difference.
        dim: The dimension (default the last).
        prepend: Values put before input along dim; None for none.
        append: Values put after input along dim; None for none.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_diff. PyTorch: torch.diff.
    """
    return _f_torchtensor_diff(input, n, dim, prepend, append)


def broadcast_to(input: Tensor, size: _int | Sequence[_int]) -> Tensor:
    """A view of the tensor broadcast to a shape.

    Args:
        input: The input.
        size: The shape; -1 keeps a dimension's size.

    Returns:
        A new handle to a view of input.

    Bridge: rt_torch_torchtensor_broadcast_to. PyTorch: torch.broadcast_to.
    """
    size_ = _ints(size, "size")
    return _f_torchtensor_broadcast_to(input, size_)


def flip(input: Tensor, dims: _int | Sequence[_int]) -> Tensor:
    """The tensor with the order of its elements reversed along some dimensions.

    Args:
        input: The input.
        dims: The dimensions to reverse.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_flip. PyTorch: torch.flip.
    """
    dims_ = _ints(dims, "dims")
    return _f_torchtensor_flip(input, dims_)


def fliplr(input: Tensor) -> Tensor:
    """The tensor with its columns reversed (dimension 1).

    Args:
        input: An input of at least 2 dimensions.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_fliplr. PyTorch: torch.fliplr.
    """
    return _f_torchtensor_fliplr(input)


def flipud(input: Tensor) -> Tensor:
    """The tensor with its rows reversed (dimension 0).

    Args:
        input: An input of at least 1 dimension.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_flipud. PyTorch: torch.flipud.
    """
    return _f_torchtensor_flipud(input)


def roll(
    input: Tensor,
    shifts: _int | Sequence[_int],
    dims: _int | Sequence[_int] | None = None,
) -> Tensor:
    """The tensor with its elements shifted circularly along some dimensions.

    Args:
        input: The input.
        shifts: The number of places to shift by, one per dimension in dims.
        dims: The dimensions to roll along; None rolls the flattened tensor (and keeps
            the shape).

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_roll. PyTorch: torch.roll.
    """
    shifts_ = _ints(shifts, "shifts")
    dims_ = _EMPTY if dims is None else _ints(dims, "dims")
    return _f_torchtensor_roll(input, shifts_, dims_, dims is not None)


def rot90(input: Tensor, k: _int = 1, dims: _int | Sequence[_int] = (0, 1)) -> Tensor:
    """The tensor rotated by 90 degrees k times in the plane of two dimensions.

    Args:
        input: The input.
        k: How many times to rotate (negative: clockwise).
        dims: The two dimensions of the plane; the rotation is from the first towards
            the second.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_rot90. PyTorch: torch.rot90.
    """
    dims_ = _ints(dims, "dims")
    return _f_torchtensor_rot90(input, k, dims_)


@overload
def repeat_interleave(repeats: Tensor, *, output_size: _int | None = None) -> Tensor: ...

@overload
def repeat_interleave(
    input: Tensor,
    repeats: Tensor,
    dim: _int | None = None,
    *,
    output_size: _int | None = None,
) -> Tensor: ...

@overload
def repeat_interleave(
    input: Tensor,
    repeats: _int,
    dim: _int | None = None,
    *,
    output_size: _int | None = None,
) -> Tensor: ...

def repeat_interleave(*args: Any, **kwargs: Any) -> Any:
    """repeat_interleave: one of 3 forms, chosen by the arguments as PyTorch chooses.

    repeat_interleave(repeats: Tensor, *, output_size: _int | None = None)
        The indices 0, 1, ... each repeated the number of times given.

    repeat_interleave(input: Tensor, repeats: Tensor, dim: _int | None = None, *, output_size: _int | None = None)
        The elements repeated one after the other, each a number of times given per
        element.

    repeat_interleave(input: Tensor, repeats: _int, dim: _int | None = None, *, output_size: _int | None = None)
        The elements repeated one after the other, each the same number of times.

    Bridge: rt_torch_torchtensor_repeat_interleave_tensor, rt_torch_torchtensor_repeat_interleave_self_tensor, rt_torch_torchtensor_repeat_interleave_self_int. PyTorch: torch.repeat_interleave.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_REPEAT_INTERLEAVE)
    if _r is not NotImplemented:
        return _r
    _no_match("repeat_interleave", args, kwargs, (_FORM_TORCH_SFFI_REPEAT_INTERLEAVE_0, _FORM_TORCH_SFFI_REPEAT_INTERLEAVE_1, _FORM_TORCH_SFFI_REPEAT_INTERLEAVE_2,))


def tile(input: Tensor, dims: _int | Sequence[_int]) -> Tensor:
    """The tensor tiled a number of times along each dimension (fewer repetitions than
    dimensions count from the last).

    Args:
        input: The input.
        dims: The number of times to repeat along each dimension.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_tile. PyTorch: torch.tile.
    """
    dims_ = _ints(dims, "dims")
    return _f_torchtensor_tile(input, dims_)


def movedim(
    input: Tensor,
    source: _int | Sequence[_int],
    destination: _int | Sequence[_int],
) -> Tensor:
    """A view with some dimensions moved to other positions.

    Args:
        input: The input.
        source: The dimensions to move (distinct).
        destination: Their new positions (distinct).

    Returns:
        A new handle to a view of input.

    Bridge: rt_torch_torchtensor_movedim_intlist. PyTorch: torch.movedim.
    """
    source_ = _ints(source, "source")
    destination_ = _ints(destination, "destination")
    return _f_torchtensor_movedim_intlist(input, source_, destination_)


def unbind(input: Tensor, dim: _int = 0) -> tuple[Tensor, ...]:
    """The slices along a dimension, that dimension removed (views).

    Args:
        input: The input.
        dim: The dimension to remove.

    Returns:
        New handles to views of input, one per piece.

    Bridge: rt_torch_torchtensor_unbind_int. PyTorch: torch.unbind.
    """
    return tuple(_f_torchtensor_unbind_int(input, dim))


@overload
def split(input: Tensor, split_size: _int, dim: _int = 0) -> tuple[Tensor, ...]: ...

@overload
def split(input: Tensor, split_size: _int | Sequence[_int], dim: _int = 0) -> tuple[Tensor, ...]: ...

def split(input: Tensor, split_size: Any = _MISSING, dim: _int = 0) -> tuple[Tensor, ...]:
    """split: one of 2 forms, chosen by the arguments as PyTorch chooses.

    split(input: Tensor, split_size: _int, dim: _int = 0)
        The tensor split into pieces of a given size along a dimension (views; the last
        may be smaller).

    split(input: Tensor, split_size: _int | Sequence[_int], dim: _int = 0)
        The tensor split into pieces of the given sizes along a dimension (views).

    Bridge: rt_torch_torchtensor_split_tensor, rt_torch_torchtensor_split_sizes. PyTorch: torch.split.
    """
    if split_size is _MISSING:
        _no_match("split", (), {"input": input, "split_size": split_size, "dim": dim}, (_FORM_TORCH_SFFI_SPLIT_0, _FORM_TORCH_SFFI_SPLIT_1,))
    try:
        if _accepts("int", split_size):
            return tuple(_f_torchtensor_split_tensor(input, split_size, dim))
        if _accepts("int[]", split_size):
            split_size_ = _ints(split_size, "split_size")
            return tuple(_f_torchtensor_split_sizes(input, split_size_, dim))
    except TypeError:
        _refit("split", {"input": input, "split_size": split_size, "dim": dim}, (_FORM_TORCH_SFFI_SPLIT_0, _FORM_TORCH_SFFI_SPLIT_1,))
        raise
    _no_match("split", (), {"input": input, "split_size": split_size, "dim": dim}, (_FORM_TORCH_SFFI_SPLIT_0, _FORM_TORCH_SFFI_SPLIT_1,))


def split_with_sizes(
    input: Tensor,
    split_sizes: _int | Sequence[_int],
    dim: _int = 0,
) -> tuple[Tensor, ...]:
    """The tensor split into pieces of the given sizes along a dimension (views).

    Args:
        input: The input.
        split_sizes: The size of each piece; they sum to the size of dim.
        dim: The dimension to split along.

    Returns:
        New handles to views of input, one per piece.

    Bridge: rt_torch_torchtensor_split_with_sizes. PyTorch: torch.split_with_sizes.
    """
    split_sizes_ = _ints(split_sizes, "split_sizes")
    return tuple(_f_torchtensor_split_with_sizes(input, split_sizes_, dim))


@overload
def tensor_split(input: Tensor, sections: _int, dim: _int = 0) -> tuple[Tensor, ...]: ...

@overload
def tensor_split(
    input: Tensor,
    indices: _int | Sequence[_int],
    dim: _int = 0,
) -> tuple[Tensor, ...]: ...

@overload
def tensor_split(
    input: Tensor,
    tensor_indices_or_sections: Tensor,
    dim: _int = 0,
) -> tuple[Tensor, ...]: ...

def tensor_split(*args: Any, **kwargs: Any) -> Any:
    """tensor_split: one of 3 forms, chosen by the arguments as PyTorch chooses.

    tensor_split(input: Tensor, sections: _int, dim: _int = 0)
        The tensor split into a number of nearly equal pieces along a dimension (views).

    tensor_split(input: Tensor, indices: _int | Sequence[_int], dim: _int = 0)
        The tensor split before the given indices along a dimension (views).

    tensor_split(input: Tensor, tensor_indices_or_sections: Tensor, dim: _int = 0)
        The tensor split along a dimension into the number of pieces, or before the
        indices, a tensor gives (views).

    Bridge: rt_torch_torchtensor_tensor_split_sections, rt_torch_torchtensor_tensor_split_indices, rt_torch_torchtensor_tensor_split_tensor_indices_or_sections. PyTorch: torch.tensor_split.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_TENSOR_SPLIT)
    if _r is not NotImplemented:
        return _r
    _no_match("tensor_split", args, kwargs, (_FORM_TORCH_SFFI_TENSOR_SPLIT_0, _FORM_TORCH_SFFI_TENSOR_SPLIT_1, _FORM_TORCH_SFFI_TENSOR_SPLIT_2,))


@overload
def hsplit(input: Tensor, sections: _int) -> tuple[Tensor, ...]: ...

@overload
def hsplit(input: Tensor, indices: _int | Sequence[_int]) -> tuple[Tensor, ...]: ...

def hsplit(*args: Any, **kwargs: Any) -> Any:
    """hsplit: one of 2 forms, chosen by the arguments as PyTorch chooses.

    hsplit(input: Tensor, sections: _int)
        The tensor split into equal pieces along its second dimension (the first for
        1-D; views).

    hsplit(input: Tensor, indices: _int | Sequence[_int])
        The tensor split before the given indices along its second dimension (the first
        for 1-D; views).

    Bridge: rt_torch_torchtensor_hsplit_int, rt_torch_torchtensor_hsplit_array. PyTorch: torch.hsplit.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_HSPLIT)
    if _r is not NotImplemented:
        return _r
    _no_match("hsplit", args, kwargs, (_FORM_TORCH_SFFI_HSPLIT_0, _FORM_TORCH_SFFI_HSPLIT_1,))


@overload
def vsplit(input: Tensor, sections: _int) -> tuple[Tensor, ...]: ...

@overload
def vsplit(input: Tensor, indices: _int | Sequence[_int]) -> tuple[Tensor, ...]: ...

def vsplit(*args: Any, **kwargs: Any) -> Any:
    """vsplit: one of 2 forms, chosen by the arguments as PyTorch chooses.

    vsplit(input: Tensor, sections: _int)
        The tensor split into equal pieces along its first dimension (views).

    vsplit(input: Tensor, indices: _int | Sequence[_int])
        The tensor split before the given indices along its first dimension (views).

    Bridge: rt_torch_torchtensor_vsplit_int, rt_torch_torchtensor_vsplit_array. PyTorch: torch.vsplit.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_VSPLIT)
    if _r is not NotImplemented:
        return _r
    _no_match("vsplit", args, kwargs, (_FORM_TORCH_SFFI_VSPLIT_0, _FORM_TORCH_SFFI_VSPLIT_1,))


@overload
def dsplit(input: Tensor, sections: _int) -> tuple[Tensor, ...]: ...

@overload
def dsplit(input: Tensor, indices: _int | Sequence[_int]) -> tuple[Tensor, ...]: ...

def dsplit(*args: Any, **kwargs: Any) -> Any:
    """dsplit: one of 2 forms, chosen by the arguments as PyTorch chooses.

    dsplit(input: Tensor, sections: _int)
        The tensor split into equal pieces along its third dimension (views).

    dsplit(input: Tensor, indices: _int | Sequence[_int])
        The tensor split before the given indices along its third dimension (views).

    Bridge: rt_torch_torchtensor_dsplit_int, rt_torch_torchtensor_dsplit_array. PyTorch: torch.dsplit.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_DSPLIT)
    if _r is not NotImplemented:
        return _r
    _no_match("dsplit", args, kwargs, (_FORM_TORCH_SFFI_DSPLIT_0, _FORM_TORCH_SFFI_DSPLIT_1,))


@overload
def narrow(input: Tensor, dim: _int, start: _int, length: _int) -> Tensor: ...

@overload
def narrow(input: Tensor, dim: _int, start: Tensor, length: _int) -> Tensor: ...

def narrow(
    input: Tensor,
    dim: _int = _MISSING,
    start: Any = _MISSING,
    length: _int = _MISSING,
) -> Tensor:
    """narrow: one of 2 forms, chosen by the arguments as PyTorch chooses.

    narrow(input: Tensor, dim: _int, start: _int, length: _int)
        A view of a range of positions along a dimension.

    narrow(input: Tensor, dim: _int, start: Tensor, length: _int)
        A view of a range of positions along a dimension, the start given as a 0-d
        tensor.

    Bridge: rt_torch_torchtensor_narrow, rt_torch_torchtensor_narrow_tensor. PyTorch: torch.narrow.
    """
    if dim is _MISSING or length is _MISSING or start is _MISSING:
        _no_match("narrow", (), {"input": input, "dim": dim, "start": start, "length": length}, (_FORM_TORCH_SFFI_NARROW_0, _FORM_TORCH_SFFI_NARROW_1,))
    try:
        if _accepts("int", start):
            return _f_torchtensor_narrow(input, dim, start, length)
        if (start.__class__ is _Tensor or _accepts("Tensor", start)):
            return _f_torchtensor_narrow_tensor(input, dim, start, length)
    except TypeError:
        _refit("narrow", {"input": input, "dim": dim, "start": start, "length": length}, (_FORM_TORCH_SFFI_NARROW_0, _FORM_TORCH_SFFI_NARROW_1,))
        raise
    _no_match("narrow", (), {"input": input, "dim": dim, "start": start, "length": length}, (_FORM_TORCH_SFFI_NARROW_0, _FORM_TORCH_SFFI_NARROW_1,))


def unflatten(input: Tensor, dim: _int, sizes: _int | Sequence[_int]) -> Tensor:
    """A view with one dimension expanded into several.

    Args:
        input: The input.
        dim: The dimension to expand.
        sizes: Its new sizes, whose product is its size; one may be -1.

    Returns:
        A new handle to a view of input.

    Bridge: rt_torch_torchtensor_unflatten_int. PyTorch: torch.unflatten.
    """
    sizes_ = _ints(sizes, "sizes")
    return _f_torchtensor_unflatten_int(input, dim, sizes_)


def ravel(input: Tensor) -> Tensor:
    """The elements as a 1-D tensor (a view when possible).

    Args:
        input: The input.

    Returns:
        A new handle (a view of input when it is contiguous, else a copy).

    Bridge: rt_torch_torchtensor_ravel. PyTorch: torch.ravel.
    """
    return _f_torchtensor_ravel(input)


def hstack(tensors: Sequence[Tensor]) -> Tensor:
    """The tensors concatenated column-wise (along dimension 1; dimension 0 for 1-D
    tensors).

    Args:
        tensors: The tensors to concatenate.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_hstack. PyTorch: torch.hstack.
    """
    return _f_torchtensor_hstack(tensors)


def vstack(tensors: Sequence[Tensor]) -> Tensor:
    """The tensors concatenated row-wise (1-D tensors as rows).

    Args:
        tensors: The tensors to concatenate.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_vstack. PyTorch: torch.vstack.
    """
    return _f_torchtensor_vstack(tensors)


def dstack(tensors: Sequence[Tensor]) -> Tensor:
    """The tensors concatenated depth-wise (along dimension 2, each made at least 3-D).

    Args:
        tensors: The tensors to concatenate.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_dstack. PyTorch: torch.dstack.
    """
    return _f_torchtensor_dstack(tensors)


def column_stack(tensors: Sequence[Tensor]) -> Tensor:
    """The tensors concatenated as columns (1-D and 0-d tensors as columns).

    Args:
        tensors: The tensors to concatenate.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_column_stack. PyTorch: torch.column_stack.
    """
    return _f_torchtensor_column_stack(tensors)


@overload
def atleast_1d(input: Tensor) -> Tensor: ...

@overload
def atleast_1d(tensors: Sequence[Tensor]) -> tuple[Tensor, ...]: ...

def atleast_1d(*args: Any, **kwargs: Any) -> Any:
    """atleast_1d: one of 2 forms, chosen by the arguments as PyTorch chooses.

    atleast_1d(input: Tensor)
        The tensor, a 0-d one as 1-D.

    atleast_1d(tensors: Sequence[Tensor])
        Each tensor, a 0-d one as 1-D.

    Bridge: rt_torch_torchtensor_atleast_1d, rt_torch_torchtensor_atleast_1d_sequence. PyTorch: torch.atleast_1d.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_ATLEAST_1D)
    if _r is not NotImplemented:
        return _r
    _no_match("atleast_1d", args, kwargs, (_FORM_TORCH_SFFI_ATLEAST_1D_0, _FORM_TORCH_SFFI_ATLEAST_1D_1,))


@overload
def atleast_2d(input: Tensor) -> Tensor: ...

@overload
def atleast_2d(tensors: Sequence[Tensor]) -> tuple[Tensor, ...]: ...

def atleast_2d(*args: Any, **kwargs: Any) -> Any:
    """atleast_2d: one of 2 forms, chosen by the arguments as PyTorch chooses.

    atleast_2d(input: Tensor)
        The tensor with at least 2 dimensions (size-1 ones added in front).

    atleast_2d(tensors: Sequence[Tensor])
        Each tensor with at least 2 dimensions (size-1 ones added in front).

    Bridge: rt_torch_torchtensor_atleast_2d, rt_torch_torchtensor_atleast_2d_sequence. PyTorch: torch.atleast_2d.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_ATLEAST_2D)
    if _r is not NotImplemented:
        return _r
    _no_match("atleast_2d", args, kwargs, (_FORM_TORCH_SFFI_ATLEAST_2D_0, _FORM_TORCH_SFFI_ATLEAST_2D_1,))


@overload
def atleast_3d(input: Tensor) -> Tensor: ...

@overload
def atleast_3d(tensors: Sequence[Tensor]) -> tuple[Tensor, ...]: ...

def atleast_3d(*args: Any, **kwargs: Any) -> Any:
    """atleast_3d: one of 2 forms, chosen by the arguments as PyTorch chooses.

    atleast_3d(input: Tensor)
        The tensor with at least 3 dimensions (size-1 ones added).

    atleast_3d(tensors: Sequence[Tensor])
        Each tensor with at least 3 dimensions (size-1 ones added).

    Bridge: rt_torch_torchtensor_atleast_3d, rt_torch_torchtensor_atleast_3d_sequence. PyTorch: torch.atleast_3d.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_ATLEAST_3D)
    if _r is not NotImplemented:
        return _r
    _no_match("atleast_3d", args, kwargs, (_FORM_TORCH_SFFI_ATLEAST_3D_0, _FORM_TORCH_SFFI_ATLEAST_3D_1,))


def tril(input: Tensor, diagonal: _int = 0) -> Tensor:
    """The lower triangle of the (batched) matrices, the rest zero.

    Args:
        input: The input.
        diagonal: The diagonal above which to zero: 0 the main one, positive above it,
            negative below.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_tril. PyTorch: torch.tril.
    """
    return _f_torchtensor_tril(input, diagonal)


def triu(input: Tensor, diagonal: _int = 0) -> Tensor:
    """The upper triangle of the (batched) matrices, the rest zero.

    Args:
        input: The input.
        diagonal: The diagonal below which to zero: 0 the main one, positive above it,
            negative below.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_triu. PyTorch: torch.triu.
    """
    return _f_torchtensor_triu(input, diagonal)


def diag(input: Tensor, diagonal: _int = 0) -> Tensor:
    """The diagonal of a matrix as a 1-D tensor, or a 1-D tensor as the diagonal of a
    square matrix.

    Args:
        input: A 1-D or 2-D input.
        diagonal: Which diagonal: 0 the main one, positive above it, negative below.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_diag. PyTorch: torch.diag.
    """
    return _f_torchtensor_diag(input, diagonal)


def diag_embed(input: Tensor, offset: _int = 0, dim1: _int = -2, dim2: _int = -1) -> Tensor:
    """A tensor whose diagonals (in the plane of two dimensions) are filled with the
    input's last dimension.

    Args:
        input: The input.
        offset: Which diagonal: 0 the main one, positive above it, negative below.
        dim1: The first dimension of the plane, in the result.
        dim2: The second dimension of the plane, in the result.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_diag_embed. PyTorch: torch.diag_embed.
    """
    return _f_torchtensor_diag_embed(input, offset, dim1, dim2)


def diagonal(input: Tensor, offset: _int = 0, dim1: _int = 0, dim2: _int = 1) -> Tensor:
    """A view of a diagonal with respect to two dimensions, as the last dimension.

    Args:
        input: An input of at least 2 dimensions.
        offset: Which diagonal: 0 the main one, positive above it, negative below.
        dim1: The first dimension of the plane.
        dim2: The second dimension of the plane.

    Returns:
        A new handle to a view of input.

    Bridge: rt_torch_torchtensor_diagonal. PyTorch: torch.diagonal.
    """
    return _f_torchtensor_diagonal(input, offset, dim1, dim2)


def diagflat(input: Tensor, offset: _int = 0) -> Tensor:
    """A square matrix with the flattened input on a diagonal.

    Args:
        input: The input.
        offset: Which diagonal: 0 the main one, positive above it, negative below.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_diagflat. PyTorch: torch.diagflat.
    """
    return _f_torchtensor_diagflat(input, offset)


def trace(input: Tensor) -> Tensor:
    """The sum of the main diagonal of a 2-D tensor.

    Args:
        input: A 2-D input.

    Returns:
        A new 0-d tensor (int64 for an integer input).

    Bridge: rt_torch_torchtensor_trace. PyTorch: torch.trace.
    """
    return _f_torchtensor_trace(input)


def kron(input: Tensor, other: Tensor) -> Tensor:
    """The Kronecker product of two tensors.

    Args:
        input: The first factor.
        other: The second factor.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_kron. PyTorch: torch.kron.
    """
    return _f_torchtensor_kron(input, other)


@overload
def meshgrid(tensors: Sequence[Tensor]) -> tuple[Tensor, ...]: ...

@overload
def meshgrid(tensors: Sequence[Tensor], *, indexing: str) -> tuple[Tensor, ...]: ...

def meshgrid(*args: Any, **kwargs: Any) -> Any:
    """meshgrid: one of 2 forms, chosen by the arguments as PyTorch chooses.

    meshgrid(tensors: Sequence[Tensor])
        Coordinate grids from 1-D tensors, in ij indexing (PyTorch warns that its
        default will change).

    meshgrid(tensors: Sequence[Tensor], *, indexing: str)
        Coordinate grids from 1-D tensors, in ij (matrix) or xy (Cartesian) indexing.

    Bridge: rt_torch_torchtensor_meshgrid, rt_torch_torchtensor_meshgrid_indexing. PyTorch: torch.meshgrid.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_MESHGRID)
    if _r is not NotImplemented:
        return _r
    _no_match("meshgrid", args, kwargs, (_FORM_TORCH_SFFI_MESHGRID_0, _FORM_TORCH_SFFI_MESHGRID_1,))


def index_add(
    input: Tensor,
    dim: _int,
    index: Tensor,
    source: Tensor,
    *,
    alpha: Number = 1,
) -> Tensor:
    """A copy of the tensor with alpha times the slices of source added at the given
    indices along a dimension.

    Args:
        input: The input.
        dim: The dimension to index along.
        index: A 1-D int64 (or int32) tensor of indices along dim.
        source: The slices to add, one per index.
        alpha: The multiplier of source.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_index_add. PyTorch: torch.index_add.
    """
    return _f_torchtensor_index_add(input, dim, index, source, alpha)


def index_copy(input: Tensor, dim: _int, index: Tensor, source: Tensor) -> Tensor:
    """A copy of the tensor with the slices of source written at the given indices along a
    dimension.

    Args:
        input: The input.
        dim: The dimension to index along.
        index: A 1-D int64 (or int32) tensor of indices along dim.
        source: The slices to write, one per index.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_index_copy. PyTorch: torch.index_copy.
    """
    return _f_torchtensor_index_copy(input, dim, index, source)


@overload
def index_fill(input: Tensor, dim: _int, index: Tensor, value: Number) -> Tensor: ...

@overload
def index_fill(input: Tensor, dim: _int, index: Tensor, value: Tensor) -> Tensor: ...

def index_fill(
    input: Tensor,
    dim: _int = _MISSING,
    index: Tensor = _MISSING,
    value: Any = _MISSING,
) -> Tensor:
    """index_fill: one of 2 forms, chosen by the arguments as PyTorch chooses.

    index_fill(input: Tensor, dim: _int, index: Tensor, value: Number)
        A copy of the tensor with the slices at the given indices along a dimension
        filled with a number.

    index_fill(input: Tensor, dim: _int, index: Tensor, value: Tensor)
        A copy of the tensor with the slices at the given indices along a dimension
        filled with a 0-d tensor's value.

    Bridge: rt_torch_torchtensor_index_fill_int_scalar, rt_torch_torchtensor_index_fill_int_tensor. PyTorch: torch.index_fill.
    """
    if dim is _MISSING or index is _MISSING or value is _MISSING:
        _no_match("index_fill", (), {"input": input, "dim": dim, "index": index, "value": value}, (_FORM_TORCH_SFFI_INDEX_FILL_0, _FORM_TORCH_SFFI_INDEX_FILL_1,))
    try:
        if _accepts("Scalar", value):
            return _f_torchtensor_index_fill_int_scalar(input, dim, index, value)
        if (value.__class__ is _Tensor or _accepts("Tensor", value)):
            return _f_torchtensor_index_fill_int_tensor(input, dim, index, value)
    except TypeError:
        _refit("index_fill", {"input": input, "dim": dim, "index": index, "value": value}, (_FORM_TORCH_SFFI_INDEX_FILL_0, _FORM_TORCH_SFFI_INDEX_FILL_1,))
        raise
    _no_match("index_fill", (), {"input": input, "dim": dim, "index": index, "value": value}, (_FORM_TORCH_SFFI_INDEX_FILL_0, _FORM_TORCH_SFFI_INDEX_FILL_1,))


def index_put(
    input: Tensor,
    indices: Sequence[Tensor | None],
    values: Tensor,
    accumulate: _bool = False,
) -> Tensor:
    """A copy of the tensor with values written (or added) at the positions advanced
    indexing selects.

    Args:
        input: The input.
        indices: One index tensor (int64 or bool) or None per leading dimension, as in
            input[indices].
        values: The values, broadcast to the indexed shape.
        accumulate: Add the values (true) or write them (false).

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_index_put. PyTorch: torch.index_put.
    """
    return _f_torchtensor_index_put(input, indices, values, accumulate)


def index_reduce(
    input: Tensor,
    dim: _int,
    index: Tensor,
    source: Tensor,
    reduce: str,
    *,
    include_self: _bool = True,
) -> Tensor:
    """A copy of the tensor with the slices of source reduced into it (prod, mean, amax,
    amin) at the given indices along a dimension.

    Args:
        input: The input.
        dim: The dimension to index along.
        index: A 1-D int64 (or int32) tensor of indices along dim.
        source: The slices to reduce in, one per index.
        reduce: The reduction: prod, mean, amax or amin.
        include_self: Include input's own values in the reduction.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_index_reduce. PyTorch: torch.index_reduce.
    """
    return _f_torchtensor_index_reduce(input, dim, index, source, _text(reduce, "reduce"), include_self)


@overload
def scatter(input: Tensor, dim: _int, index: Tensor, src: Tensor) -> Tensor: ...

@overload
def scatter(input: Tensor, dim: _int, index: Tensor, value: Number) -> Tensor: ...

@overload
def scatter(input: Tensor, dim: _int, index: Tensor, src: Tensor, *, reduce: str) -> Tensor: ...

@overload
def scatter(input: Tensor, dim: _int, index: Tensor, value: Number, *, reduce: str) -> Tensor: ...

def scatter(*args: Any, **kwargs: Any) -> Any:
    """scatter: one of 4 forms, chosen by the arguments as PyTorch chooses.

    scatter(input: Tensor, dim: _int, index: Tensor, src: Tensor)
        A copy of the tensor with the elements of src written at the positions index
        gives along a dimension.

    scatter(input: Tensor, dim: _int, index: Tensor, value: Number)
        A copy of the tensor with a number written at the positions index gives along a
        dimension.

    scatter(input: Tensor, dim: _int, index: Tensor, src: Tensor, *, reduce: str)
        A copy of the tensor with the elements of src added or multiplied in at the
        positions index gives along a dimension.

    scatter(input: Tensor, dim: _int, index: Tensor, value: Number, *, reduce: str)
        A copy of the tensor with a number added or multiplied in at the positions index
        gives along a dimension.

    Bridge: rt_torch_torchtensor_scatter_src, rt_torch_torchtensor_scatter_value, rt_torch_torchtensor_scatter_reduce, rt_torch_torchtensor_scatter_value_reduce. PyTorch: torch.scatter.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_SCATTER)
    if _r is not NotImplemented:
        return _r
    _no_match("scatter", args, kwargs, (_FORM_TORCH_SFFI_SCATTER_0, _FORM_TORCH_SFFI_SCATTER_1, _FORM_TORCH_SFFI_SCATTER_2, _FORM_TORCH_SFFI_SCATTER_3,))


def scatter_add(input: Tensor, dim: _int, index: Tensor, src: Tensor) -> Tensor:
    """A copy of the tensor with the elements of src added at the positions index gives
    along a dimension.

    Args:
        input: The input.
        dim: The dimension to index along.
        index: An int64 tensor of indices along dim, of input's number of dimensions.
        src: The values, read at index's positions.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_scatter_add. PyTorch: torch.scatter_add.
    """
    return _f_torchtensor_scatter_add(input, dim, index, src)


def scatter_reduce(
    input: Tensor,
    dim: _int,
    index: Tensor,
    src: Tensor,
    reduce: str,
    *,
    include_self: _bool = True,
) -> Tensor:
    """A copy of the tensor with the elements of src reduced into it (sum, prod, mean,
    amax, amin) at the positions index gives along a dimension.

    Args:
        input: The input.
        dim: The dimension to index along.
        index: An int64 tensor of indices along dim, of input's number of dimensions.
        src: The values, read at index's positions.
        reduce: The reduction: sum, prod, mean, amax or amin.
        include_self: Include input's own values in the reduction.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_scatter_reduce_two. PyTorch: torch.scatter_reduce.
    """
    return _f_torchtensor_scatter_reduce_two(input, dim, index, src, _text(reduce, "reduce"), include_self)


def take(input: Tensor, index: Tensor) -> Tensor:
    """The elements at the given indices of the flattened tensor.

    Args:
        input: The input.
        index: An int64 tensor of indices into the flattened input.

    Returns:
        A new tensor of index's shape.

    Bridge: rt_torch_torchtensor_take. PyTorch: torch.take.
    """
    return _f_torchtensor_take(input, index)


def take_along_dim(input: Tensor, indices: Tensor, dim: _int | None = None) -> Tensor:
    """The elements at the given indices along a dimension (of the flattened tensor when
    none).

    Args:
        input: The input.
        indices: An int64 tensor of indices, broadcastable with input except along dim.
        dim: The dimension to index along; None for the flattened input.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_take_along_dim. PyTorch: torch.take_along_dim.
    """
    return _f_torchtensor_take_along_dim(input, indices, 0 if dim is None else dim, dim is not None)


def put(input: Tensor, index: Tensor, source: Tensor, accumulate: _bool = False) -> Tensor:
    """A copy of the tensor with the values of source written (or added) at the given
    indices of its flattened form.

    Args:
        input: The input.
        index: An int64 tensor of indices into the flattened input.
        source: The values, one per index.
        accumulate: Add the values (true) or write them (false).

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_put. PyTorch: torch.put.
    """
    return _f_torchtensor_put(input, index, source, accumulate)


@overload
def nonzero(input: Tensor, as_tuple: Literal[False] = False) -> Tensor: ...

@overload
def nonzero(input: Tensor, *, as_tuple: Literal[True]) -> tuple[Tensor, ...]: ...

def nonzero(*args: Any, **kwargs: Any) -> Any:
    """nonzero: one of 2 forms, chosen by the arguments as PyTorch chooses.

    nonzero(input: Tensor)
        The indices of the non-zero elements, one row per element.

    nonzero(input: Tensor)
        The indices of the non-zero elements, one 1-D tensor per dimension
        (torch.nonzero's as_tuple=True).

    Bridge: rt_torch_torchtensor_nonzero, rt_torch_torchtensor_nonzero_numpy. PyTorch: torch.nonzero.
    """
    as_tuple, args, kwargs = _take_flag(args, kwargs, "as_tuple", 1)
    _b = _match(args, kwargs, _FORM_TORCH_SFFI_NONZERO_0)
    if _b is not None and not as_tuple:
        return _torch_sffi_nonzero_0(**_b)
    _b = _match(args, kwargs, _FORM_TORCH_SFFI_NONZERO_1)
    if _b is not None and as_tuple:
        return _torch_sffi_nonzero_1(**_b)
    _no_match("nonzero", args, kwargs, (_FORM_TORCH_SFFI_NONZERO_0, _FORM_TORCH_SFFI_NONZERO_1,))


def argwhere(input: Tensor) -> Tensor:
    """The indices of the non-zero elements, one row per element.

    Args:
        input: The input.

    Returns:
        A new int64 tensor of shape (number of non-zero elements, input.dim()).

    Bridge: rt_torch_torchtensor_argwhere. PyTorch: torch.argwhere.
    """
    return _f_torchtensor_argwhere(input)


def select_scatter(input: Tensor, src: Tensor, dim: _int, index: _int) -> Tensor:
    """A copy of the tensor with src written into the slice at one index along a dimension.

    Args:
        input: The input.
        src: The slice to write, of input's shape without dim.
        dim: The dimension.
        index: The index along dim (negative counts from the end).

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_select_scatter. PyTorch: torch.select_scatter.
    """
    return _f_torchtensor_select_scatter(input, src, dim, index)


def slice_scatter(
    input: Tensor,
    src: Tensor,
    dim: _int = 0,
    start: _int | None = None,
    end: _int | None = None,
    step: _int = 1,
) -> Tensor:
    """A copy of the tensor with src written into a strided range along a dimension.

    Args:
        input: The input.
        src: The values to write, of the slice's shape.
        dim: The dimension.
        start: The first index; None for 0.
        end: The end index (exclusive); None for the size of dim.
        step: The distance between consecutive indices.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_slice_scatter. PyTorch: torch.slice_scatter.
    """
    return _f_torchtensor_slice_scatter(input, src, dim, 0 if start is None else start, start is not None, 0 if end is None else end, end is not None, step)


def diagonal_scatter(
    input: Tensor,
    src: Tensor,
    offset: _int = 0,
    dim1: _int = 0,
    dim2: _int = 1,
) -> Tensor:
    """A copy of the tensor with src written into a diagonal with respect to two
    dimensions.

    Args:
        input: An input of at least 2 dimensions.
        src: The values to write, of the diagonal's shape.
        offset: Which diagonal: 0 the main one, positive above it, negative below.
        dim1: The first dimension of the plane.
        dim2: The second dimension of the plane.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_diagonal_scatter. PyTorch: torch.diagonal_scatter.
    """
    return _f_torchtensor_diagonal_scatter(input, src, offset, dim1, dim2)


def zeros_like(
    input: Tensor,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
) -> Tensor:
    """A new tensor of the input's shape filled with zeros, by default of its dtype and on
    its device.

    Args:
        input: The tensor whose shape (and, by default, dtype and device) the result
            takes.
        dtype: The dtype; None for the input's.
        device: The device; None for the input's.
        memory_format: The memory layout; None preserves the input's.

    Returns:
        The new tensor.

    Bridge: rt_torch_torchtensor_zeros_like. PyTorch: torch.zeros_like.
    """
    return _f_torchtensor_zeros_like(input, dtype, device, _opt_text(memory_format, "memory_format"))


def ones_like(
    input: Tensor,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
) -> Tensor:
    """A new tensor of the input's shape filled with ones, by default of its dtype and on
    its device.

    Args:
        input: The tensor whose shape (and, by default, dtype and device) the result
            takes.
        dtype: The dtype; None for the input's.
        device: The device; None for the input's.
        memory_format: The memory layout; None preserves the input's.

    Returns:
        The new tensor.

    Bridge: rt_torch_torchtensor_ones_like. PyTorch: torch.ones_like.
    """
    return _f_torchtensor_ones_like(input, dtype, device, _opt_text(memory_format, "memory_format"))


def empty_like(
    input: Tensor,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
) -> Tensor:
    """A new tensor of the input's shape whose values are not initialised, by default of
    its dtype and on its device.

    Args:
        input: The tensor whose shape (and, by default, dtype and device) the result
            takes.
        dtype: The dtype; None for the input's.
        device: The device; None for the input's.
        memory_format: The memory layout; None preserves the input's.

    Returns:
        The new tensor (its values are whatever the memory held).

    Bridge: rt_torch_torchtensor_empty_like. PyTorch: torch.empty_like.
    """
    return _f_torchtensor_empty_like(input, dtype, device, _opt_text(memory_format, "memory_format"))


def full_like(
    input: Tensor,
    fill_value: Number,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
) -> Tensor:
    """A new tensor of the input's shape filled with one value, by default of its dtype and
    on its device.

    Args:
        input: The tensor whose shape (and, by default, dtype and device) the result
            takes.
        fill_value: The value of every element.
        dtype: The dtype; None for the input's.
        device: The device; None for the input's.
        memory_format: The memory layout; None preserves the input's.

    Returns:
        The new tensor.

    Bridge: rt_torch_torchtensor_full_like. PyTorch: torch.full_like.
    """
    return _f_torchtensor_full_like(input, fill_value, dtype, device, _opt_text(memory_format, "memory_format"))


def randn_like(
    input: Tensor,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
) -> Tensor:
    """A new tensor of the input's shape filled with samples of the standard normal
    distribution.

    Args:
        input: The tensor whose shape (and, by default, dtype and device) the result
            takes.
        dtype: A floating-point or complex dtype; None for the input's.
        device: The device; None for the input's.
        memory_format: The memory layout; None preserves the input's.

    Returns:
        The new tensor, drawn from the global generator (rt_torch_manual_seed seeds it).

    Bridge: rt_torch_torchtensor_randn_like. PyTorch: torch.randn_like.
    """
    return _f_torchtensor_randn_like(input, dtype, device, _opt_text(memory_format, "memory_format"))


def rand_like(
    input: Tensor,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
) -> Tensor:
    """A new tensor of the input's shape filled with samples of the uniform distribution on
    [0, 1).

    Args:
        input: The tensor whose shape (and, by default, dtype and device) the result
            takes.
        dtype: A floating-point or complex dtype; None for the input's.
        device: The device; None for the input's.
        memory_format: The memory layout; None preserves the input's.

    Returns:
        The new tensor, drawn from the global generator.

    Bridge: rt_torch_torchtensor_rand_like. PyTorch: torch.rand_like.
    """
    return _f_torchtensor_rand_like(input, dtype, device, _opt_text(memory_format, "memory_format"))


@overload
def randint_like(
    input: Tensor,
    high: _int,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
) -> Tensor: ...

@overload
def randint_like(
    input: Tensor,
    low: _int,
    high: _int,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
) -> Tensor: ...

def randint_like(*args: Any, **kwargs: Any) -> Any:
    """randint_like: one of 2 forms, chosen by the arguments as PyTorch chooses.

    randint_like(input: Tensor, high: _int, *, dtype: DType | None = None, device: DeviceLike | None = None, memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None)
        A new tensor of the input's shape filled with random integers drawn uniformly
        from [0, high).

    randint_like(input: Tensor, low: _int, high: _int, *, dtype: DType | None = None, device: DeviceLike | None = None, memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None)
        A new tensor of the input's shape filled with random integers drawn uniformly
        from [low, high).

    Bridge: rt_torch_torchtensor_randint_like, rt_torch_torchtensor_randint_like_low_dtype. PyTorch: torch.randint_like.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_RANDINT_LIKE)
    if _r is not NotImplemented:
        return _r
    _no_match("randint_like", args, kwargs, (_FORM_TORCH_SFFI_RANDINT_LIKE_0, _FORM_TORCH_SFFI_RANDINT_LIKE_1,))


@overload
def randint(
    high: _int,
    size: _int | Sequence[_int],
    *,
    dtype: DType | None = _dtypes.int64,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor: ...

@overload
def randint(
    low: _int,
    high: _int,
    size: _int | Sequence[_int],
    *,
    dtype: DType | None = _dtypes.int64,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor: ...

def randint(*args: Any, **kwargs: Any) -> Any:
    """randint: one of 2 forms, chosen by the arguments as PyTorch chooses.

    randint(high: _int, size: _int | Sequence[_int], *, dtype: DType | None = _dtypes.int64, device: DeviceLike | None = None, requires_grad: bool = False)
        A new tensor of the given shape filled with random integers drawn uniformly from
        [0, high).

    randint(low: _int, high: _int, size: _int | Sequence[_int], *, dtype: DType | None = _dtypes.int64, device: DeviceLike | None = None, requires_grad: bool = False)
        A new tensor of the given shape filled with random integers drawn uniformly from
        [low, high).

    Bridge: rt_torch_tensor_randint, rt_torch_tensor_randint_low. PyTorch: torch.randint.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_RANDINT)
    if _r is not NotImplemented:
        return _r
    _no_match("randint", args, kwargs, (_FORM_TORCH_SFFI_RANDINT_0, _FORM_TORCH_SFFI_RANDINT_1,))


@overload
def normal(mean: Tensor, std_arg: Tensor) -> Tensor: ...

@overload
def normal(mean: Tensor, std_arg: _float = 1.0) -> Tensor: ...

@overload
def normal(mean: _float, std_arg: Tensor) -> Tensor: ...

@overload
def normal(
    mean: _float,
    std_arg: _float,
    size: _int | Sequence[_int],
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor: ...

def normal(*args: Any, **kwargs: Any) -> Any:
    """normal: one of 4 forms, chosen by the arguments as PyTorch chooses.

    normal(mean: Tensor, std_arg: Tensor)
        Samples of normal distributions, one per element, with a tensor of means and a
        tensor of standard deviations.

    normal(mean: Tensor, std_arg: _float = 1.0)
        Samples of normal distributions, one per element, with a tensor of means and one
        standard deviation.

    normal(mean: _float, std_arg: Tensor)
        Samples of normal distributions, one per element, with one mean and a tensor of
        standard deviations.

    normal(mean: _float, std_arg: _float, size: _int | Sequence[_int], *, dtype: DType | None = None, device: DeviceLike | None = None, requires_grad: bool = False)
        A new tensor of the given shape filled with samples of one normal distribution.

    Bridge: rt_torch_torchtensor_normal_tensor_tensor, rt_torch_torchtensor_normal_tensor_float, rt_torch_tensor_normal_float_tensor, rt_torch_tensor_normal_float_float. PyTorch: torch.normal.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_NORMAL)
    if _r is not NotImplemented:
        return _r
    _no_match("normal", args, kwargs, (_FORM_TORCH_SFFI_NORMAL_0, _FORM_TORCH_SFFI_NORMAL_1, _FORM_TORCH_SFFI_NORMAL_2, _FORM_TORCH_SFFI_NORMAL_3,))


@overload
def bernoulli(input: Tensor) -> Tensor: ...

@overload
def bernoulli(input: Tensor, p: _float) -> Tensor: ...

def bernoulli(*args: Any, **kwargs: Any) -> Any:
    """bernoulli: one of 2 forms, chosen by the arguments as PyTorch chooses.

    bernoulli(input: Tensor)
        Random zeros and ones, each one with the probability that the input holds at its
        place.

    bernoulli(input: Tensor, p: _float)
        Random zeros and ones of the input's shape and dtype, each one with the same
        probability p.

    Bridge: rt_torch_torchtensor_bernoulli, rt_torch_torchtensor_bernoulli_p. PyTorch: torch.bernoulli.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_BERNOULLI)
    if _r is not NotImplemented:
        return _r
    _no_match("bernoulli", args, kwargs, (_FORM_TORCH_SFFI_BERNOULLI_0, _FORM_TORCH_SFFI_BERNOULLI_1,))


def multinomial(input: Tensor, num_samples: _int, replacement: _bool = False) -> Tensor:
    """Indices drawn from the categorical distribution that each row of the input gives
    (weights, not necessarily normalised).

    Args:
        input: Non-negative weights, 1-D or 2-D (one distribution per row).
        num_samples: The number of indices drawn per row.
        replacement: Draw with replacement; without it num_samples may not exceed the
            number of categories.

    Returns:
        A new int64 tensor of shape (rows, num_samples) (or (num_samples) for a 1-D
        input), drawn from the global generator.

    Bridge: rt_torch_torchtensor_multinomial. PyTorch: torch.multinomial.
    """
    return _f_torchtensor_multinomial(input, num_samples, replacement)


@overload
def logspace(
    start: Number,
    end: Number,
    steps: _int,
    base: _float = 10.0,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor: ...

@overload
def logspace(
    start: Tensor,
    end: Tensor,
    steps: _int,
    base: _float = 10.0,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
) -> Tensor: ...

@overload
def logspace(
    start: Tensor,
    end: Number,
    steps: _int,
    base: _float = 10.0,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
) -> Tensor: ...

@overload
def logspace(
    start: Number,
    end: Tensor,
    steps: _int,
    base: _float = 10.0,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
) -> Tensor: ...

def logspace(*args: Any, **kwargs: Any) -> Any:
    """logspace: one of 4 forms, chosen by the arguments as PyTorch chooses.

    logspace(start: Number, end: Number, steps: _int, base: _float = 10.0, *, dtype: DType | None = None, device: DeviceLike | None = None, requires_grad: bool = False)
        A 1-D tensor of steps values evenly spaced on a log scale, from base**start to
        base**end inclusive.

    logspace(start: Tensor, end: Tensor, steps: _int, base: _float = 10.0, *, dtype: DType | None = None, device: DeviceLike | None = None)
        A 1-D tensor of steps values evenly spaced on a log scale, from base**start to
        base**end inclusive (start and end given as 0-d tensors).

    logspace(start: Tensor, end: Number, steps: _int, base: _float = 10.0, *, dtype: DType | None = None, device: DeviceLike | None = None)
        A 1-D tensor of steps values evenly spaced on a log scale, from base**start to
        base**end inclusive (start given as a 0-d tensor).

    logspace(start: Number, end: Tensor, steps: _int, base: _float = 10.0, *, dtype: DType | None = None, device: DeviceLike | None = None)
        A 1-D tensor of steps values evenly spaced on a log scale, from base**start to
        base**end inclusive (end given as a 0-d tensor).

    Bridge: rt_torch_tensor_logspace, rt_torch_torchtensor_logspace_tensor_tensor, rt_torch_torchtensor_logspace_tensor_scalar, rt_torch_tensor_logspace_scalar_tensor. PyTorch: torch.logspace.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_LOGSPACE)
    if _r is not NotImplemented:
        return _r
    _no_match("logspace", args, kwargs, (_FORM_TORCH_SFFI_LOGSPACE_0, _FORM_TORCH_SFFI_LOGSPACE_1, _FORM_TORCH_SFFI_LOGSPACE_2, _FORM_TORCH_SFFI_LOGSPACE_3,))


def tril_indices(
    row: _int,
    col: _int,
    offset: _int = 0,
    *,
    dtype: DType | None = _dtypes.int64,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor:
    """The (row, column) indices of the lower triangle of a row x col matrix, as a 2 x N
    tensor.

    Args:
        row: The number of rows.
        col: The number of columns.
        offset: The diagonal that bounds the triangle: 0 the main one, positive above
            it, negative below.
        dtype: int64 or int32.
        device: The device; None for the CPU.

    Returns:
        A new tensor: row indices in its first row, column indices in its second, in
        row-major order.

    Bridge: rt_torch_tensor_tril_indices. PyTorch: torch.tril_indices.
    """
    _t = _f_tensor_tril_indices(row, col, offset, dtype, device)
    if requires_grad:
        _require_grad(_t)
    return _t


def triu_indices(
    row: _int,
    col: _int,
    offset: _int = 0,
    *,
    dtype: DType | None = _dtypes.int64,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor:
    """The (row, column) indices of the upper triangle of a row x col matrix, as a 2 x N
    tensor.

    Args:
        row: The number of rows.
        col: The number of columns.
        offset: The diagonal that bounds the triangle: 0 the main one, positive above
            it, negative below.
        dtype: int64 or int32.
        device: The device; None for the CPU.

    Returns:
        A new tensor: row indices in its first row, column indices in its second, in
        row-major order.

    Bridge: rt_torch_tensor_triu_indices. PyTorch: torch.triu_indices.
    """
    _t = _f_tensor_triu_indices(row, col, offset, dtype, device)
    if requires_grad:
        _require_grad(_t)
    return _t


def scalar_tensor(
    s: Number,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor:
    """A new 0-d tensor holding one value.

    Args:
        s: The value.
        dtype: The dtype; None for the default (float32), whatever the value's kind.
        device: The device; None for the CPU.

    Returns:
        The new 0-d tensor.

    Bridge: rt_torch_tensor_scalar_tensor. PyTorch: torch.scalar_tensor.
    """
    _t = _f_tensor_scalar_tensor(s, dtype, device)
    if requires_grad:
        _require_grad(_t)
    return _t


def empty_strided(
    size: _int | Sequence[_int],
    stride: _int | Sequence[_int],
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor:
    """A new tensor of the given sizes and strides whose values are not initialised.

    Args:
        size: The shape; every size must be non-negative.
        stride: The stride of each dimension, in elements (as many as sizes).
        dtype: The dtype; None for the default (float32).
        device: The device; None for the CPU.

    Returns:
        The new tensor (its values are whatever the memory held).

    Bridge: rt_torch_tensor_empty_strided. PyTorch: torch.empty_strided.
    """
    size_ = _ints(size, "size")
    stride_ = _ints(stride, "stride")
    _t = _f_tensor_empty_strided(size_, stride_, dtype, device)
    if requires_grad:
        _require_grad(_t)
    return _t


def polar(abs: Tensor, angle: Tensor) -> Tensor:
    """A complex tensor from absolute values and angles, abs * (cos(angle) + i sin(angle)).

    Args:
        abs: The absolute values (float32 or float64).
        angle: The angles in radians, of abs's dtype, broadcastable with it.

    Returns:
        A new complex64 or complex128 tensor.

    Bridge: rt_torch_torchtensor_polar. PyTorch: torch.polar.
    """
    return _f_torchtensor_polar(abs, angle)


def view_as_real(input: Tensor) -> Tensor:
    """A complex tensor viewed as a real one with a last dimension of size 2 (real and
    imaginary parts).

    Args:
        input: A complex tensor.

    Returns:
        A new handle to a view sharing the input's memory.

    Bridge: rt_torch_torchtensor_view_as_real. PyTorch: torch.view_as_real.
    """
    return _f_torchtensor_view_as_real(input)


def view_as_complex(input: Tensor) -> Tensor:
    """A real tensor whose last dimension has size 2 viewed as a complex one.

    Args:
        input: A float32 or float64 tensor whose last dimension has size 2 and stride 1.

    Returns:
        A new handle to a complex view sharing the input's memory, one dimension fewer.

    Bridge: rt_torch_torchtensor_view_as_complex. PyTorch: torch.view_as_complex.
    """
    return _f_torchtensor_view_as_complex(input)


def mm(input: Tensor, mat2: Tensor) -> Tensor:
    """The matrix product of two 2-D tensors, without broadcasting.

    Args:
        input: A matrix of shape (n, m).
        mat2: A matrix of shape (m, p), of the input's dtype.

    Returns:
        A new tensor of shape (n, p).

    Bridge: rt_torch_torchtensor_mm. PyTorch: torch.mm.
    """
    return _f_torchtensor_mm(input, mat2)


def bmm(input: Tensor, mat2: Tensor) -> Tensor:
    """The matrix products of two batches of matrices, batch by batch, without
    broadcasting.

    Args:
        input: A batch of matrices of shape (b, n, m).
        mat2: A batch of matrices of shape (b, m, p), of the input's dtype.

    Returns:
        A new tensor of shape (b, n, p).

    Bridge: rt_torch_torchtensor_bmm. PyTorch: torch.bmm.
    """
    return _f_torchtensor_bmm(input, mat2)


def mv(input: Tensor, vec: Tensor) -> Tensor:
    """The product of a matrix and a vector.

    Args:
        input: A matrix of shape (n, m).
        vec: A vector of length m, of the input's dtype.

    Returns:
        A new vector of length n.

    Bridge: rt_torch_torchtensor_mv. PyTorch: torch.mv.
    """
    return _f_torchtensor_mv(input, vec)


def addmm(
    input: Tensor,
    mat1: Tensor,
    mat2: Tensor,
    *,
    beta: Number = 1,
    alpha: Number = 1,
) -> Tensor:
    """beta * input + alpha * (mat1 @ mat2), for matrices.

    Args:
        input: The term added, broadcastable to (n, p).
        mat1: A matrix of shape (n, m).
        mat2: A matrix of shape (m, p).
        beta: The factor of input (0 ignores its values, NaN included).
        alpha: The factor of the product.

    Returns:
        A new tensor of shape (n, p).

    Bridge: rt_torch_torchtensor_addmm. PyTorch: torch.addmm.
    """
    return _f_torchtensor_addmm(input, mat1, mat2, beta, alpha)


def addmv(
    input: Tensor,
    mat: Tensor,
    vec: Tensor,
    *,
    beta: Number = 1,
    alpha: Number = 1,
) -> Tensor:
    """beta * input + alpha * (mat @ vec), for a matrix and a vector.

    Args:
        input: The term added, broadcastable to (n).
        mat: A matrix of shape (n, m).
        vec: A vector of length m.
        beta: The factor of input (0 ignores its values, NaN included).
        alpha: The factor of the product.

    Returns:
        A new vector of length n.

    Bridge: rt_torch_torchtensor_addmv. PyTorch: torch.addmv.
    """
    return _f_torchtensor_addmv(input, mat, vec, beta, alpha)


def addbmm(
    input: Tensor,
    batch1: Tensor,
    batch2: Tensor,
    *,
    beta: Number = 1,
    alpha: Number = 1,
) -> Tensor:
    """beta * input + alpha * the sum over the batch of the matrix products of batch1 and
    batch2.

    Args:
        input: The term added, broadcastable to (n, p).
        batch1: A batch of matrices of shape (b, n, m).
        batch2: A batch of matrices of shape (b, m, p).
        beta: The factor of input (0 ignores its values, NaN included).
        alpha: The factor of the summed products.

    Returns:
        A new tensor of shape (n, p).

    Bridge: rt_torch_torchtensor_addbmm. PyTorch: torch.addbmm.
    """
    return _f_torchtensor_addbmm(input, batch1, batch2, beta, alpha)


def baddbmm(
    input: Tensor,
    batch1: Tensor,
    batch2: Tensor,
    *,
    beta: Number = 1,
    alpha: Number = 1,
) -> Tensor:
    """beta * input + alpha * (batch1 @ batch2), batch by batch.

    Args:
        input: The term added, broadcastable to (b, n, p).
        batch1: A batch of matrices of shape (b, n, m).
        batch2: A batch of matrices of shape (b, m, p).
        beta: The factor of input (0 ignores its values, NaN included).
        alpha: The factor of the products.

    Returns:
        A new tensor of shape (b, n, p).

    Bridge: rt_torch_torchtensor_baddbmm. PyTorch: torch.baddbmm.
    """
    return _f_torchtensor_baddbmm(input, batch1, batch2, beta, alpha)


def addr(
    input: Tensor,
    vec1: Tensor,
    vec2: Tensor,
    *,
    beta: Number = 1,
    alpha: Number = 1,
) -> Tensor:
    """beta * input + alpha * the outer product of two vectors.

    Args:
        input: The term added, broadcastable to (n, m).
        vec1: A vector of length n.
        vec2: A vector of length m.
        beta: The factor of input (0 ignores its values, NaN included).
        alpha: The factor of the outer product.

    Returns:
        A new tensor of shape (n, m).

    Bridge: rt_torch_torchtensor_addr. PyTorch: torch.addr.
    """
    return _f_torchtensor_addr(input, vec1, vec2, beta, alpha)


def vdot(input: Tensor, other: Tensor) -> Tensor:
    """The dot product of two 1-D tensors, conjugating the first when it is complex.

    Args:
        input: The first vector (conjugated if complex).
        other: The second vector, of the same length and dtype.

    Returns:
        A new 0-d tensor.

    Bridge: rt_torch_torchtensor_vdot. PyTorch: torch.vdot.
    """
    return _f_torchtensor_vdot(input, other)


def outer(input: Tensor, vec2: Tensor) -> Tensor:
    """The outer product of two vectors.

    Args:
        input: A vector of length n.
        vec2: A vector of length m.

    Returns:
        A new tensor of shape (n, m).

    Bridge: rt_torch_torchtensor_outer. PyTorch: torch.outer.
    """
    return _f_torchtensor_outer(input, vec2)


def inner(input: Tensor, other: Tensor) -> Tensor:
    """The inner product over the last dimension of both tensors (the dot product for
    vectors).

    Args:
        input: The first tensor.
        other: The second tensor, whose last dimension matches the input's.

    Returns:
        A new tensor of shape input.shape[:-1] + other.shape[:-1] (0-d for two vectors).

    Bridge: rt_torch_torchtensor_inner. PyTorch: torch.inner.
    """
    return _f_torchtensor_inner(input, other)


def cross(input: Tensor, other: Tensor, dim: _int | None = None) -> Tensor:
    """The cross product of 3-vectors along one dimension, with broadcasting.

    Args:
        input: The first tensor.
        other: The second tensor, broadcastable with the input.
        dim: The dimension of size 3; None for the first such dimension (deprecated in
            PyTorch).

    Returns:
        A new tensor of the broadcast shape.

    Bridge: rt_torch_torchtensor_cross. PyTorch: torch.cross.
    """
    return _f_torchtensor_cross(input, other, 0 if dim is None else dim, dim is not None)


def einsum(
    equation: str,
    tensors: Sequence[Tensor],
    *,
    path: _int | Sequence[_int] | None = None,
) -> Tensor:
    """A sum of products of the operands' elements, written in Einstein summation notation.

    Args:
        equation: The subscripts, such as "ij,jk->ik" (one group per operand, then
            optionally -> and the output's).
        tensors: The operands, one per subscript group.
        path: The contraction order as flattened operand pairs; None lets PyTorch
            choose.

    Returns:
        A new tensor.

    Bridge: rt_torch_tensor_einsum. PyTorch: torch.einsum.
    """
    path_ = _EMPTY if path is None else _ints(path, "path")
    return _f_tensor_einsum(_text(equation, "equation"), tensors, path_, path is not None)


def dist(input: Tensor, other: Tensor, p: Number = 2) -> Tensor:
    """The p-norm of input - other, over all elements.

    Args:
        input: The first tensor (floating point).
        other: The second tensor, broadcastable with the input.
        p: The order of the norm.

    Returns:
        A new 0-d tensor.

    Bridge: rt_torch_torchtensor_dist. PyTorch: torch.dist.
    """
    return _f_torchtensor_dist(input, other, p)


def cdist(
    x1: Tensor,
    x2: Tensor,
    p: _float = 2.0,
    compute_mode: Literal['use_mm_for_euclid_dist_if_necessary', 'use_mm_for_euclid_dist', 'donot_use_mm_for_euclid_dist'] | None = 'use_mm_for_euclid_dist_if_necessary',
) -> Tensor:
    """The p-norm distance between every row vector of x1 and every row vector of x2, batch
    by batch.

    Args:
        x1: Points of shape (*, P, M).
        x2: Points of shape (*, R, M); the batch dimensions broadcast with x1's.
        p: The order of the norm, in [0, inf].
        compute_mode: Whether the Euclidean distance (p = 2) may use a matrix product:
            if some side has more than 25 points, always, or never; None is the first.

    Returns:
        A new tensor of shape (*, P, R).

    Bridge: rt_torch_torchtensor_cdist. PyTorch: torch.cdist.
    """
    return _f_torchtensor_cdist(x1, x2, p, _opt_text(compute_mode, "compute_mode"))


def matrix_exp(input: Tensor) -> Tensor:
    """The matrix exponential of a square matrix, or of each matrix of a batch.

    Args:
        input: A floating-point or complex tensor of shape (*, n, n).

    Returns:
        A new tensor of the input's shape.

    Bridge: rt_torch_torchtensor_matrix_exp. PyTorch: torch.matrix_exp.
    """
    return _f_torchtensor_matrix_exp(input)


def logdet(input: Tensor) -> Tensor:
    """The natural logarithm of the determinant of a square matrix, or of each matrix of a
    batch.

    Args:
        input: A floating-point or complex tensor of shape (*, n, n).

    Returns:
        A new tensor of shape (*): NaN where the determinant is negative, -inf where it
        is 0.

    Bridge: rt_torch_torchtensor_logdet. PyTorch: torch.logdet.
    """
    return _f_torchtensor_logdet(input)


def pinverse(input: Tensor, rcond: _float = 1e-15) -> Tensor:
    """The Moore-Penrose pseudo-inverse of a matrix, or of each matrix of a batch.

    Args:
        input: A floating-point or complex tensor of shape (*, m, n).
        rcond: Singular values below rcond times the largest are treated as 0.

    Returns:
        A new tensor of shape (*, n, m).

    Bridge: rt_torch_torchtensor_pinverse. PyTorch: torch.pinverse.
    """
    return _f_torchtensor_pinverse(input, rcond)


def cholesky(input: Tensor, upper: _bool = False) -> Tensor:
    """The Cholesky factor of a symmetric (Hermitian) positive-definite matrix, as
    torch.cholesky (deprecated for torch.linalg.cholesky).

    Args:
        input: A tensor of shape (*, n, n) of symmetric (Hermitian) positive-definite
            matrices.
        upper: Return the upper factor U (input = U^H U) instead of the lower one L
            (input = L L^H).

    Returns:
        A new tensor of the input's shape; a matrix that is not positive-definite is an
        error.

    Bridge: rt_torch_torchtensor_cholesky. PyTorch: torch.cholesky.
    """
    return _f_torchtensor_cholesky(input, upper)


def cholesky_inverse(input: Tensor, upper: _bool = False) -> Tensor:
    """The inverse of a symmetric (Hermitian) positive-definite matrix from its Cholesky
    factor.

    Args:
        input: The Cholesky factors, of shape (*, n, n).
        upper: The factors are upper triangular (else lower).

    Returns:
        A new tensor of the input's shape.

    Bridge: rt_torch_torchtensor_cholesky_inverse. PyTorch: torch.cholesky_inverse.
    """
    return _f_torchtensor_cholesky_inverse(input, upper)


def cholesky_solve(input: Tensor, input2: Tensor, upper: _bool = False) -> Tensor:
    """The solution X of A X = B given B and the Cholesky factor of A.

    Args:
        input: The right-hand side B, of shape (*, n, k).
        input2: The Cholesky factor of A, of shape (*, n, n); the batch dimensions
            broadcast.
        upper: The factor is upper triangular (else lower).

    Returns:
        A new tensor X of shape (*, n, k).

    Bridge: rt_torch_torchtensor_cholesky_solve. PyTorch: torch.cholesky_solve.
    """
    return _f_torchtensor_cholesky_solve(input, input2, upper)


def qr(input: Tensor, some: _bool = True) -> _rt_types.qr:
    """The QR decomposition of a matrix or a batch, as torch.qr (deprecated for
    torch.linalg.qr).

    Args:
        input: A tensor of shape (*, m, n).
        some: true for the reduced decomposition (Q of shape (*, m, k), k = min(m, n)),
            false for the complete one.

    Returns:
        Q: The orthonormal (unitary) factor; R: The upper triangular factor.

    Bridge: rt_torch_torchtensor_qr. PyTorch: torch.qr.
    """
    return _tuple_new(_rt_types.qr, _f_torchtensor_qr(input, some))


def svd(input: Tensor, some: _bool = True, compute_uv: _bool = True) -> _rt_types.svd:
    """The singular value decomposition input = U diag(S) V^H as torch.svd gives it (V, not
    Vh; deprecated for torch.linalg.svd).

    Args:
        input: A tensor of shape (*, m, n).
        some: true for the reduced U and V, false for the full ones.
        compute_uv: Compute U and V; false returns them filled with zeros.

    Returns:
        U: The left singular vectors; S: The singular values, in descending order; V:
        The right singular vectors (columns), not conjugate-transposed.

    Bridge: rt_torch_torchtensor_svd_v2. PyTorch: torch.svd.
    """
    return _tuple_new(_rt_types.svd, _f_torchtensor_svd_v2(input, some, compute_uv))


def lu_unpack(
    lu_data: Tensor,
    lu_pivots: Tensor,
    unpack_data: _bool = True,
    unpack_pivots: _bool = True,
) -> _rt_types.lu_unpack:
    """The permutation, lower and upper factors P, L, U of a packed LU decomposition (from
    torch.linalg.lu_factor).

    Args:
        lu_data: The packed factors LU, of shape (*, m, n).
        lu_pivots: The pivots, int32 of shape (*, min(m, n)).
        unpack_data: Unpack L and U; false returns them empty.
        unpack_pivots: Unpack the pivots into P; false returns it empty.

    Returns:
        P: The permutation matrices; L: The unit lower triangular factors; U: The upper
        triangular factors.

    Bridge: rt_torch_torchtensor_lu_unpack. PyTorch: torch.lu_unpack.
    """
    return _tuple_new(_rt_types.lu_unpack, _f_torchtensor_lu_unpack(lu_data, lu_pivots, unpack_data, unpack_pivots))


def lu_solve(input: Tensor, lu_data: Tensor, lu_pivots: Tensor) -> Tensor:
    """The solution X of A X = B from B and the packed LU factors of A, as torch.lu_solve
    (deprecated for torch.linalg.lu_solve).

    Args:
        input: The right-hand side B, of shape (*, n, k).
        lu_data: The packed factors of A, of shape (*, n, n), from
            torch.linalg.lu_factor.
        lu_pivots: Their pivots, int32 of shape (*, n).

    Returns:
        A new tensor X of shape (*, n, k).

    Bridge: rt_torch_torchtensor_lu_solve. PyTorch: torch.lu_solve.
    """
    return _f_torchtensor_lu_solve(input, lu_data, lu_pivots)


def triangular_solve(
    input: Tensor,
    a: Tensor,
    upper: _bool = True,
    transpose: _bool = False,
    unitriangular: _bool = False,
) -> _rt_types.triangular_solve:
    """The solution X of A X = b for a triangular A, as torch.triangular_solve (deprecated
    for torch.linalg.solve_triangular).

    Args:
        input: The right-hand side b, of shape (*, m, k).
        a: The triangular matrices A, of shape (*, m, m); PyTorch's A.
        upper: A is upper triangular (else lower).
        transpose: Solve with A transposed.
        unitriangular: Take A's diagonal as ones without reading it.

    Returns:
        solution: X, of shape (*, m, k); cloned_coefficient: A copy of A.

    Bridge: rt_torch_torchtensor_triangular_solve. PyTorch: torch.triangular_solve.
    """
    return _tuple_new(_rt_types.triangular_solve, _f_torchtensor_triangular_solve(input, a, upper, transpose, unitriangular))


def geqrf(input: Tensor) -> _rt_types.geqrf:
    """The QR decomposition in LAPACK's geqrf form, Householder reflectors and their
    scalars.

    Args:
        input: A tensor of shape (*, m, n).

    Returns:
        a: R on and above the diagonal, the reflectors' vectors below it; tau: The
        reflectors' scalar factors, of shape (*, min(m, n)).

    Bridge: rt_torch_torchtensor_geqrf. PyTorch: torch.geqrf.
    """
    return _tuple_new(_rt_types.geqrf, _f_torchtensor_geqrf(input))


def ormqr(
    input: Tensor,
    input2: Tensor,
    input3: Tensor,
    left: _bool = True,
    transpose: _bool = False,
) -> Tensor:
    """The product of the Q of a geqrf decomposition (or its conjugate transpose) with a
    matrix, without forming Q.

    Args:
        input: The reflectors (geqrf's a), of shape (*, mn, k).
        input2: Their scalar factors (geqrf's tau), of shape (*, min(mn, k)).
        input3: The matrix multiplied, of shape (*, m, n).
        left: Compute Q @ input3 (else input3 @ Q).
        transpose: Use Q's conjugate transpose.

    Returns:
        A new tensor of shape (*, m, n).

    Bridge: rt_torch_torchtensor_ormqr. PyTorch: torch.ormqr.
    """
    return _f_torchtensor_ormqr(input, input2, input3, left, transpose)


def corrcoef(input: Tensor) -> Tensor:
    """The Pearson correlation coefficients of the variables in the rows of a matrix
    (observations in columns).

    Args:
        input: A matrix (one variable per row) or a vector (one variable).

    Returns:
        A new tensor of shape (variables, variables) (0-d for one variable).

    Bridge: rt_torch_torchtensor_corrcoef. PyTorch: torch.corrcoef.
    """
    return _f_torchtensor_corrcoef(input)


def cov(
    input: Tensor,
    *,
    correction: _int = 1,
    fweights: Tensor | None = None,
    aweights: Tensor | None = None,
) -> Tensor:
    """The covariance matrix of the variables in the rows of a matrix (observations in
    columns), optionally weighted.

    Args:
        input: A matrix (one variable per row) or a vector (one variable).
        correction: The difference between the number of observations and the degrees of
            freedom: 1 for the unbiased estimate, 0 for the plain mean.
        fweights: Integer frequency weights, one per observation; None for none.
        aweights: Floating-point observation weights, one per observation; None for
            none.

    Returns:
        A new tensor of shape (variables, variables) (0-d for one variable).

    Bridge: rt_torch_torchtensor_cov. PyTorch: torch.cov.
    """
    return _f_torchtensor_cov(input, correction, fweights, aweights)


@overload
def trapezoid(y: Tensor, x: Tensor, *, dim: _int = -1) -> Tensor: ...

@overload
def trapezoid(y: Tensor, *, dx: Number = 1, dim: _int = -1) -> Tensor: ...

def trapezoid(*args: Any, **kwargs: Any) -> Any:
    """trapezoid: one of 2 forms, chosen by the arguments as PyTorch chooses.

    trapezoid(y: Tensor, x: Tensor, *, dim: _int = -1)
        The trapezoidal rule along a dimension, at the sample points x.

    trapezoid(y: Tensor, *, dx: Number = 1, dim: _int = -1)
        The trapezoidal rule along a dimension, with evenly spaced sample points.

    Bridge: rt_torch_torchtensor_trapezoid_x, rt_torch_torchtensor_trapezoid_dx. PyTorch: torch.trapezoid.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_TRAPEZOID)
    if _r is not NotImplemented:
        return _r
    _no_match("trapezoid", args, kwargs, (_FORM_TORCH_SFFI_TRAPEZOID_0, _FORM_TORCH_SFFI_TRAPEZOID_1,))


@overload
def trapz(y: Tensor, x: Tensor, *, dim: _int = -1) -> Tensor: ...

@overload
def trapz(y: Tensor, *, dx: _float = 1.0, dim: _int = -1) -> Tensor: ...

def trapz(*args: Any, **kwargs: Any) -> Any:
    """trapz: one of 2 forms, chosen by the arguments as PyTorch chooses.

    trapz(y: Tensor, x: Tensor, *, dim: _int = -1)
        The trapezoidal rule along a dimension, at the sample points x
        (torch.trapezoid's older name).

    trapz(y: Tensor, *, dx: _float = 1.0, dim: _int = -1)
        The trapezoidal rule along a dimension, with evenly spaced sample points
        (torch.trapezoid's older name).

    Bridge: rt_torch_torchtensor_trapz_x, rt_torch_torchtensor_trapz_dx. PyTorch: torch.trapz.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_TRAPZ)
    if _r is not NotImplemented:
        return _r
    _no_match("trapz", args, kwargs, (_FORM_TORCH_SFFI_TRAPZ_0, _FORM_TORCH_SFFI_TRAPZ_1,))


@overload
def cumulative_trapezoid(y: Tensor, x: Tensor, *, dim: _int = -1) -> Tensor: ...

@overload
def cumulative_trapezoid(y: Tensor, *, dx: Number = 1, dim: _int = -1) -> Tensor: ...

def cumulative_trapezoid(*args: Any, **kwargs: Any) -> Any:
    """cumulative_trapezoid: one of 2 forms, chosen by the arguments as PyTorch chooses.

    cumulative_trapezoid(y: Tensor, x: Tensor, *, dim: _int = -1)
        The running trapezoidal rule along a dimension, at the sample points x.

    cumulative_trapezoid(y: Tensor, *, dx: Number = 1, dim: _int = -1)
        The running trapezoidal rule along a dimension, with evenly spaced sample
        points.

    Bridge: rt_torch_torchtensor_cumulative_trapezoid_x, rt_torch_torchtensor_cumulative_trapezoid_dx. PyTorch: torch.cumulative_trapezoid.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_CUMULATIVE_TRAPEZOID)
    if _r is not NotImplemented:
        return _r
    _no_match("cumulative_trapezoid", args, kwargs, (_FORM_TORCH_SFFI_CUMULATIVE_TRAPEZOID_0, _FORM_TORCH_SFFI_CUMULATIVE_TRAPEZOID_1,))


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


def cos(input: Tensor) -> Tensor:
    """The element-wise cosine of the input, in radians.

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_cos. PyTorch: torch.cos.
    """
    return _f_torchtensor_cos(input)


def tan(input: Tensor) -> Tensor:
    """The element-wise tangent of the input, in radians.

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_tan. PyTorch: torch.tan.
    """
    return _f_torchtensor_tan(input)


def acos(input: Tensor) -> Tensor:
    """The element-wise arccosine of the input, in radians (NaN outside [-1, 1]).

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_acos. PyTorch: torch.acos.
    """
    return _f_torchtensor_acos(input)


def acosh(input: Tensor) -> Tensor:
    """The element-wise inverse hyperbolic cosine of the input (NaN below 1).

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_acosh. PyTorch: torch.acosh.
    """
    return _f_torchtensor_acosh(input)


def asin(input: Tensor) -> Tensor:
    """The element-wise arcsine of the input, in radians (NaN outside [-1, 1]).

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_asin. PyTorch: torch.asin.
    """
    return _f_torchtensor_asin(input)


def asinh(input: Tensor) -> Tensor:
    """The element-wise inverse hyperbolic sine of the input.

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_asinh. PyTorch: torch.asinh.
    """
    return _f_torchtensor_asinh(input)


def atan(input: Tensor) -> Tensor:
    """The element-wise arctangent of the input, in radians.

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_atan. PyTorch: torch.atan.
    """
    return _f_torchtensor_atan(input)


def atanh(input: Tensor) -> Tensor:
    """The element-wise inverse hyperbolic tangent of the input (NaN outside [-1, 1]).

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_atanh. PyTorch: torch.atanh.
    """
    return _f_torchtensor_atanh(input)


def cosh(input: Tensor) -> Tensor:
    """The element-wise hyperbolic cosine of the input.

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_cosh. PyTorch: torch.cosh.
    """
    return _f_torchtensor_cosh(input)


def sinh(input: Tensor) -> Tensor:
    """The element-wise hyperbolic sine of the input.

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_sinh. PyTorch: torch.sinh.
    """
    return _f_torchtensor_sinh(input)


def ceil(input: Tensor) -> Tensor:
    """Rounds every element up to the nearest integer (the smallest integer not below it).

    Args:
        input: The input tensor.

    Returns:
        A new tensor of the input's dtype (integer inputs are returned unchanged in
        value).

    Bridge: rt_torch_torchtensor_ceil. PyTorch: torch.ceil.
    """
    return _f_torchtensor_ceil(input)


def floor(input: Tensor) -> Tensor:
    """Rounds every element down to the nearest integer (the largest integer not above it).

    Args:
        input: The input tensor.

    Returns:
        A new tensor of the input's dtype (integer inputs are returned unchanged in
        value).

    Bridge: rt_torch_torchtensor_floor. PyTorch: torch.floor.
    """
    return _f_torchtensor_floor(input)


@overload
def round(input: Tensor) -> Tensor: ...

@overload
def round(input: Tensor, *, decimals: _int) -> Tensor: ...

def round(*args: Any, **kwargs: Any) -> Any:
    """round: one of 2 forms, chosen by the arguments as PyTorch chooses.

    round(input: Tensor)
        Rounds every element to the nearest integer, halves to even.

    round(input: Tensor, *, decimals: _int)
        Rounds every element to a number of decimal places, halves to even.

    Bridge: rt_torch_torchtensor_round, rt_torch_torchtensor_round_decimals. PyTorch: torch.round.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_ROUND)
    if _r is not NotImplemented:
        return _r
    _no_match("round", args, kwargs, (_FORM_TORCH_SFFI_ROUND_0, _FORM_TORCH_SFFI_ROUND_1,))


def trunc(input: Tensor) -> Tensor:
    """Rounds every element toward zero (drops its fractional part).

    Args:
        input: The input tensor.

    Returns:
        A new tensor of the input's dtype (integer inputs are returned unchanged in
        value).

    Bridge: rt_torch_torchtensor_trunc. PyTorch: torch.trunc.
    """
    return _f_torchtensor_trunc(input)


def frac(input: Tensor) -> Tensor:
    """The fractional part of every element (input - trunc(input), with the input's sign).

    Args:
        input: The input tensor (floating point).

    Returns:
        A new tensor of the input's dtype.

    Bridge: rt_torch_torchtensor_frac. PyTorch: torch.frac.
    """
    return _f_torchtensor_frac(input)


def sign(input: Tensor) -> Tensor:
    """The element-wise sign of the input: -1, 0 or 1 (0 for a zero and for NaN).

    Args:
        input: The input tensor.

    Returns:
        A new tensor of the input's dtype.

    Bridge: rt_torch_torchtensor_sign. PyTorch: torch.sign.
    """
    return _f_torchtensor_sign(input)


def signbit(input: Tensor) -> Tensor:
    """Whether each element has its sign bit set (true for -0.0 and negative NaN too).

    Args:
        input: The input tensor.

    Returns:
        A new bool tensor.

    Bridge: rt_torch_torchtensor_signbit. PyTorch: torch.signbit.
    """
    return _f_torchtensor_signbit(input)


def sinc(input: Tensor) -> Tensor:
    """The element-wise normalized sinc of the input, sin(pi x) / (pi x), 1 at 0.

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_sinc. PyTorch: torch.sinc.
    """
    return _f_torchtensor_sinc(input)


def deg2rad(input: Tensor) -> Tensor:
    """Converts every element from degrees to radians.

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_deg2rad. PyTorch: torch.deg2rad.
    """
    return _f_torchtensor_deg2rad(input)


def rad2deg(input: Tensor) -> Tensor:
    """Converts every element from radians to degrees.

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_rad2deg. PyTorch: torch.rad2deg.
    """
    return _f_torchtensor_rad2deg(input)


def exp2(input: Tensor) -> Tensor:
    """The element-wise base-2 exponential of the input, 2^x.

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_exp2. PyTorch: torch.exp2.
    """
    return _f_torchtensor_exp2(input)


def expm1(input: Tensor) -> Tensor:
    """The element-wise exp(x) - 1, accurate for small x.

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_expm1. PyTorch: torch.expm1.
    """
    return _f_torchtensor_expm1(input)


def log1p(input: Tensor) -> Tensor:
    """The element-wise natural logarithm of 1 + x, accurate for small x.

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_log1p. PyTorch: torch.log1p.
    """
    return _f_torchtensor_log1p(input)


def log10(input: Tensor) -> Tensor:
    """The element-wise base-10 logarithm of the input.

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_log10. PyTorch: torch.log10.
    """
    return _f_torchtensor_log10(input)


def log2(input: Tensor) -> Tensor:
    """The element-wise base-2 logarithm of the input.

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_log2. PyTorch: torch.log2.
    """
    return _f_torchtensor_log2(input)


def rsqrt(input: Tensor) -> Tensor:
    """The element-wise reciprocal of the square root of the input, 1 / sqrt(x).

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_rsqrt. PyTorch: torch.rsqrt.
    """
    return _f_torchtensor_rsqrt(input)


def square(input: Tensor) -> Tensor:
    """The element-wise square of the input.

    Args:
        input: The input tensor.

    Returns:
        A new tensor of the input's dtype (int64 for bool).

    Bridge: rt_torch_torchtensor_square. PyTorch: torch.square.
    """
    return _f_torchtensor_square(input)


def i0(input: Tensor) -> Tensor:
    """The element-wise modified Bessel function of the first kind, order zero.

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_i0. PyTorch: torch.i0.
    """
    return _f_torchtensor_i0(input)


def erf(input: Tensor) -> Tensor:
    """The element-wise error function of the input.

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_erf. PyTorch: torch.erf.
    """
    return _f_torchtensor_erf(input)


def erfc(input: Tensor) -> Tensor:
    """The element-wise complementary error function of the input, 1 - erf(x).

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_erfc. PyTorch: torch.erfc.
    """
    return _f_torchtensor_erfc(input)


def erfinv(input: Tensor) -> Tensor:
    """The element-wise inverse error function of the input (defined on (-1, 1); +-inf at
    +-1).

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_erfinv. PyTorch: torch.erfinv.
    """
    return _f_torchtensor_erfinv(input)


def lgamma(input: Tensor) -> Tensor:
    """The element-wise natural logarithm of the absolute value of the gamma function.

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_lgamma. PyTorch: torch.lgamma.
    """
    return _f_torchtensor_lgamma(input)


def digamma(input: Tensor) -> Tensor:
    """The element-wise digamma function, the derivative of lgamma.

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_digamma. PyTorch: torch.digamma.
    """
    return _f_torchtensor_digamma(input)


def positive(input: Tensor) -> Tensor:
    """The input itself (unary plus); refused for bool tensors, as in PyTorch.

    Args:
        input: The input tensor.

    Returns:
        A new handle to a view of input.

    Bridge: rt_torch_torchtensor_positive. PyTorch: torch.positive.
    """
    return _f_torchtensor_positive(input)


def angle(input: Tensor) -> Tensor:
    """The element-wise angle of the input in radians (0 or pi for real numbers, NaN kept).

    Args:
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_angle. PyTorch: torch.angle.
    """
    return _f_torchtensor_angle(input)


def conj_physical(input: Tensor) -> Tensor:
    """The element-wise complex conjugate of the input, computed (a copy for real tensors).

    Args:
        input: The input tensor.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_conj_physical. PyTorch: torch.conj_physical.
    """
    return _f_torchtensor_conj_physical(input)


def logit(input: Tensor, eps: _float | None = None) -> Tensor:
    """The element-wise log-odds of the input, log(x / (1 - x)), optionally clamping x to
    [eps, 1 - eps].

    Args:
        input: The input tensor.
        eps: Clamp the input to [eps, 1 - eps] first; None for no clamping (then 0 and 1
            give -inf and inf).

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_logit. PyTorch: torch.logit.
    """
    return _f_torchtensor_logit(input, 0.0 if eps is None else eps, eps is not None)


def polygamma(n: _int, input: Tensor) -> Tensor:
    """The element-wise n-th derivative of the digamma function.

    Args:
        n: The order of the derivative (0 is digamma), not negative.
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_tensor_polygamma. PyTorch: torch.polygamma.
    """
    return _f_tensor_polygamma(n, input)


def mvlgamma(input: Tensor, p: _int) -> Tensor:
    """The element-wise multivariate log-gamma function of dimension p.

    Args:
        input: The input tensor; every element must exceed (p - 1) / 2.
        p: The number of dimensions, at least 1.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_mvlgamma. PyTorch: torch.mvlgamma.
    """
    return _f_torchtensor_mvlgamma(input, p)


def nan_to_num(
    input: Tensor,
    nan: _float | None = None,
    posinf: _float | None = None,
    neginf: _float | None = None,
) -> Tensor:
    """Replaces NaN, positive and negative infinity with finite numbers.

    Args:
        input: The input tensor.
        nan: The value for NaN; None for 0.
        posinf: The value for +inf; None for the dtype's largest finite value.
        neginf: The value for -inf; None for the dtype's lowest finite value.

    Returns:
        A new tensor of the input's dtype.

    Bridge: rt_torch_torchtensor_nan_to_num. PyTorch: torch.nan_to_num.
    """
    return _f_torchtensor_nan_to_num(input, 0.0 if nan is None else nan, nan is not None, 0.0 if posinf is None else posinf, posinf is not None, 0.0 if neginf is None else neginf, neginf is not None)


def frexp(input: Tensor) -> _rt_types.frexp:
    """Splits every element into a mantissa in [0.5, 1) (by magnitude) and a power-of-two
    exponent.

    Args:
        input: The input tensor.

    Returns:
        mantissa: The mantissas, of the input's (floating-point) dtype; exponent: The
        exponents, int32: input = mantissa * 2^exponent.

    Bridge: rt_torch_torchtensor_frexp_tensor. PyTorch: torch.frexp.
    """
    return _tuple_new(_rt_types.frexp, _f_torchtensor_frexp_tensor(input))


def atan2(input: Tensor, other: Tensor) -> Tensor:
    """The element-wise arctangent of input / other, in radians, in the quadrant of the
    point (other, input).

    Args:
        input: The y coordinates.
        other: The x coordinates, broadcastable with input.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_atan2. PyTorch: torch.atan2.
    """
    return _f_torchtensor_atan2(input, other)


def logaddexp(input: Tensor, other: Tensor) -> Tensor:
    """The element-wise log(exp(input) + exp(other)), computed without overflow.

    Args:
        input: The first input tensor.
        other: The second input tensor, broadcastable with input.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_logaddexp. PyTorch: torch.logaddexp.
    """
    return _f_torchtensor_logaddexp(input, other)


def logaddexp2(input: Tensor, other: Tensor) -> Tensor:
    """The element-wise log2(2^input + 2^other), computed without overflow.

    Args:
        input: The first input tensor.
        other: The second input tensor, broadcastable with input.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_logaddexp2. PyTorch: torch.logaddexp2.
    """
    return _f_torchtensor_logaddexp2(input, other)


@overload
def xlogy(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def xlogy(input: Tensor, other: Number) -> Tensor: ...

@overload
def xlogy(input: Number, other: Tensor) -> Tensor: ...

def xlogy(input: Any, other: Any = _MISSING) -> Tensor:
    """xlogy: one of 3 forms, chosen by the arguments as PyTorch chooses.

    xlogy(input: Tensor, other: Tensor)
        The element-wise input * log(other), 0 where input is 0 (even when other is 0 or
        inf).

    xlogy(input: Tensor, other: Number)
        The element-wise input * log(other), 0 where input is 0 (even when other is 0 or
        inf).

    xlogy(input: Number, other: Tensor)
        The element-wise input * log(other), 0 where input is 0 (even when other is 0 or
        inf).

    Bridge: rt_torch_torchtensor_xlogy_tensor, rt_torch_torchtensor_xlogy_scalar_other, rt_torch_tensor_xlogy_scalar_self. PyTorch: torch.xlogy.
    """
    if other is _MISSING:
        _no_match("xlogy", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_XLOGY_0, _FORM_TORCH_SFFI_XLOGY_1, _FORM_TORCH_SFFI_XLOGY_2,))
    try:
        if (input.__class__ is _Tensor or _accepts("Tensor", input)) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_xlogy_tensor(input, other)
        if (input.__class__ is _Tensor or _accepts("Tensor", input)) and _accepts("Scalar", other):
            return _f_torchtensor_xlogy_scalar_other(input, other)
        if _accepts("Scalar", input) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_tensor_xlogy_scalar_self(input, other)
    except TypeError:
        _refit("xlogy", {"input": input, "other": other}, (_FORM_TORCH_SFFI_XLOGY_0, _FORM_TORCH_SFFI_XLOGY_1, _FORM_TORCH_SFFI_XLOGY_2,))
        raise
    _no_match("xlogy", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_XLOGY_0, _FORM_TORCH_SFFI_XLOGY_1, _FORM_TORCH_SFFI_XLOGY_2,))


def hypot(input: Tensor, other: Tensor) -> Tensor:
    """The element-wise hypotenuse sqrt(input^2 + other^2).

    Args:
        input: The first input tensor.
        other: The second input tensor, broadcastable with input.

    Returns:
        A new tensor of the promoted (floating-point) dtype.

    Bridge: rt_torch_torchtensor_hypot. PyTorch: torch.hypot.
    """
    return _f_torchtensor_hypot(input, other)


@overload
def lerp(input: Tensor, end: Tensor, weight: Number) -> Tensor: ...

@overload
def lerp(input: Tensor, end: Tensor, weight: Tensor) -> Tensor: ...

def lerp(input: Tensor, end: Tensor = _MISSING, weight: Any = _MISSING) -> Tensor:
    """lerp: one of 2 forms, chosen by the arguments as PyTorch chooses.

    lerp(input: Tensor, end: Tensor, weight: Number)
        Linear interpolation between two tensors, input + weight * (end - input).

    lerp(input: Tensor, end: Tensor, weight: Tensor)
        Linear interpolation between two tensors, input + weight * (end - input).

    Bridge: rt_torch_torchtensor_lerp_scalar, rt_torch_torchtensor_lerp_tensor. PyTorch: torch.lerp.
    """
    if end is _MISSING or weight is _MISSING:
        _no_match("lerp", (), {"input": input, "end": end, "weight": weight}, (_FORM_TORCH_SFFI_LERP_0, _FORM_TORCH_SFFI_LERP_1,))
    try:
        if _accepts("Scalar", weight):
            return _f_torchtensor_lerp_scalar(input, end, weight)
        if (weight.__class__ is _Tensor or _accepts("Tensor", weight)):
            return _f_torchtensor_lerp_tensor(input, end, weight)
    except TypeError:
        _refit("lerp", {"input": input, "end": end, "weight": weight}, (_FORM_TORCH_SFFI_LERP_0, _FORM_TORCH_SFFI_LERP_1,))
        raise
    _no_match("lerp", (), {"input": input, "end": end, "weight": weight}, (_FORM_TORCH_SFFI_LERP_0, _FORM_TORCH_SFFI_LERP_1,))


def nextafter(input: Tensor, other: Tensor) -> Tensor:
    """The next floating-point value after input toward other, element-wise.

    Args:
        input: The start values (floating point).
        other: The directions, broadcastable with input.

    Returns:
        A new tensor of the promoted dtype.

    Bridge: rt_torch_torchtensor_nextafter. PyTorch: torch.nextafter.
    """
    return _f_torchtensor_nextafter(input, other)


@overload
def copysign(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def copysign(input: Tensor, other: Number) -> Tensor: ...

def copysign(input: Tensor, other: Any = _MISSING) -> Tensor:
    """copysign: one of 2 forms, chosen by the arguments as PyTorch chooses.

    copysign(input: Tensor, other: Tensor)
        The magnitude of input with the sign (bit) of other, element-wise.

    copysign(input: Tensor, other: Number)
        The magnitude of input with the sign (bit) of other, element-wise.

    Bridge: rt_torch_torchtensor_copysign_tensor, rt_torch_torchtensor_copysign_scalar. PyTorch: torch.copysign.
    """
    if other is _MISSING:
        _no_match("copysign", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_COPYSIGN_0, _FORM_TORCH_SFFI_COPYSIGN_1,))
    try:
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_copysign_tensor(input, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_copysign_scalar(input, other)
    except TypeError:
        _refit("copysign", {"input": input, "other": other}, (_FORM_TORCH_SFFI_COPYSIGN_0, _FORM_TORCH_SFFI_COPYSIGN_1,))
        raise
    _no_match("copysign", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_COPYSIGN_0, _FORM_TORCH_SFFI_COPYSIGN_1,))


def fmax(input: Tensor, other: Tensor) -> Tensor:
    """The element-wise maximum of two tensors, ignoring NaN (NaN only where both are NaN).

    Args:
        input: The first input tensor.
        other: The second input tensor, broadcastable with input.

    Returns:
        A new tensor of the promoted dtype of the inputs.

    Bridge: rt_torch_torchtensor_fmax. PyTorch: torch.fmax.
    """
    return _f_torchtensor_fmax(input, other)


def fmin(input: Tensor, other: Tensor) -> Tensor:
    """The element-wise minimum of two tensors, ignoring NaN (NaN only where both are NaN).

    Args:
        input: The first input tensor.
        other: The second input tensor, broadcastable with input.

    Returns:
        A new tensor of the promoted dtype of the inputs.

    Bridge: rt_torch_torchtensor_fmin. PyTorch: torch.fmin.
    """
    return _f_torchtensor_fmin(input, other)


@overload
def fmod(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def fmod(input: Tensor, other: Number) -> Tensor: ...

def fmod(input: Tensor, other: Any = _MISSING) -> Tensor:
    """fmod: one of 2 forms, chosen by the arguments as PyTorch chooses.

    fmod(input: Tensor, other: Tensor)
        The element-wise C-style remainder of a division (std::fmod: the sign of the
        dividend).

    fmod(input: Tensor, other: Number)
        The element-wise C-style remainder of a division (std::fmod: the sign of the
        dividend).

    Bridge: rt_torch_torchtensor_fmod_tensor, rt_torch_torchtensor_fmod_scalar. PyTorch: torch.fmod.
    """
    if other is _MISSING:
        _no_match("fmod", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_FMOD_0, _FORM_TORCH_SFFI_FMOD_1,))
    try:
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_fmod_tensor(input, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_fmod_scalar(input, other)
    except TypeError:
        _refit("fmod", {"input": input, "other": other}, (_FORM_TORCH_SFFI_FMOD_0, _FORM_TORCH_SFFI_FMOD_1,))
        raise
    _no_match("fmod", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_FMOD_0, _FORM_TORCH_SFFI_FMOD_1,))


@overload
def remainder(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def remainder(input: Tensor, other: Number) -> Tensor: ...

@overload
def remainder(input: Number, other: Tensor) -> Tensor: ...

def remainder(input: Any, other: Any = _MISSING) -> Tensor:
    """remainder: one of 3 forms, chosen by the arguments as PyTorch chooses.

    remainder(input: Tensor, other: Tensor)
        The element-wise Python-style remainder of a division (the sign of the divisor).

    remainder(input: Tensor, other: Number)
        The element-wise Python-style remainder of a division (the sign of the divisor).

    remainder(input: Number, other: Tensor)
        The element-wise Python-style remainder of a division (the sign of the divisor).

    Bridge: rt_torch_torchtensor_remainder_tensor, rt_torch_torchtensor_remainder_scalar, rt_torch_tensor_remainder_scalar_tensor. PyTorch: torch.remainder.
    """
    if other is _MISSING:
        _no_match("remainder", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_REMAINDER_0, _FORM_TORCH_SFFI_REMAINDER_1, _FORM_TORCH_SFFI_REMAINDER_2,))
    try:
        if (input.__class__ is _Tensor or _accepts("Tensor", input)) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_remainder_tensor(input, other)
        if (input.__class__ is _Tensor or _accepts("Tensor", input)) and _accepts("Scalar", other):
            return _f_torchtensor_remainder_scalar(input, other)
        if _accepts("Scalar", input) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_tensor_remainder_scalar_tensor(input, other)
    except TypeError:
        _refit("remainder", {"input": input, "other": other}, (_FORM_TORCH_SFFI_REMAINDER_0, _FORM_TORCH_SFFI_REMAINDER_1, _FORM_TORCH_SFFI_REMAINDER_2,))
        raise
    _no_match("remainder", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_REMAINDER_0, _FORM_TORCH_SFFI_REMAINDER_1, _FORM_TORCH_SFFI_REMAINDER_2,))


@overload
def floor_divide(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def floor_divide(input: Tensor, other: Number) -> Tensor: ...

def floor_divide(input: Tensor, other: Any = _MISSING) -> Tensor:
    """floor_divide: one of 2 forms, chosen by the arguments as PyTorch chooses.

    floor_divide(input: Tensor, other: Tensor)
        The element-wise quotient rounded down (toward negative infinity).

    floor_divide(input: Tensor, other: Number)
        The element-wise quotient rounded down (toward negative infinity).

    Bridge: rt_torch_torchtensor_floor_divide, rt_torch_torchtensor_floor_divide_scalar. PyTorch: torch.floor_divide.
    """
    if other is _MISSING:
        _no_match("floor_divide", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_FLOOR_DIVIDE_0, _FORM_TORCH_SFFI_FLOOR_DIVIDE_1,))
    try:
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_floor_divide(input, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_floor_divide_scalar(input, other)
    except TypeError:
        _refit("floor_divide", {"input": input, "other": other}, (_FORM_TORCH_SFFI_FLOOR_DIVIDE_0, _FORM_TORCH_SFFI_FLOOR_DIVIDE_1,))
        raise
    _no_match("floor_divide", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_FLOOR_DIVIDE_0, _FORM_TORCH_SFFI_FLOOR_DIVIDE_1,))


@overload
def true_divide(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def true_divide(input: Tensor, other: Number) -> Tensor: ...

def true_divide(input: Tensor, other: Any = _MISSING) -> Tensor:
    """true_divide: one of 2 forms, chosen by the arguments as PyTorch chooses.

    true_divide(input: Tensor, other: Tensor)
        The element-wise true division (torch.div without rounding).

    true_divide(input: Tensor, other: Number)
        The element-wise true division (torch.div without rounding).

    Bridge: rt_torch_torchtensor_true_divide_tensor, rt_torch_torchtensor_true_divide_scalar. PyTorch: torch.true_divide.
    """
    if other is _MISSING:
        _no_match("true_divide", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_TRUE_DIVIDE_0, _FORM_TORCH_SFFI_TRUE_DIVIDE_1,))
    try:
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_true_divide_tensor(input, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_true_divide_scalar(input, other)
    except TypeError:
        _refit("true_divide", {"input": input, "other": other}, (_FORM_TORCH_SFFI_TRUE_DIVIDE_0, _FORM_TORCH_SFFI_TRUE_DIVIDE_1,))
        raise
    _no_match("true_divide", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_TRUE_DIVIDE_0, _FORM_TORCH_SFFI_TRUE_DIVIDE_1,))


@overload
def float_power(input: Tensor, exponent: Tensor) -> Tensor: ...

@overload
def float_power(input: Tensor, exponent: Number) -> Tensor: ...

@overload
def float_power(input: Number, exponent: Tensor) -> Tensor: ...

def float_power(input: Any, exponent: Any = _MISSING) -> Tensor:
    """float_power: one of 3 forms, chosen by the arguments as PyTorch chooses.

    float_power(input: Tensor, exponent: Tensor)
        Raises input to the power of exponent element-wise, in double precision.

    float_power(input: Tensor, exponent: Number)
        Raises input to the power of exponent element-wise, in double precision.

    float_power(input: Number, exponent: Tensor)
        Raises input to the power of exponent element-wise, in double precision.

    Bridge: rt_torch_torchtensor_float_power_tensor_tensor, rt_torch_torchtensor_float_power_tensor_scalar, rt_torch_tensor_float_power_scalar. PyTorch: torch.float_power.
    """
    if exponent is _MISSING:
        _no_match("float_power", (), {"input": input, "exponent": exponent}, (_FORM_TORCH_SFFI_FLOAT_POWER_0, _FORM_TORCH_SFFI_FLOAT_POWER_1, _FORM_TORCH_SFFI_FLOAT_POWER_2,))
    try:
        if (input.__class__ is _Tensor or _accepts("Tensor", input)) and (exponent.__class__ is _Tensor or _accepts("Tensor", exponent)):
            return _f_torchtensor_float_power_tensor_tensor(input, exponent)
        if (input.__class__ is _Tensor or _accepts("Tensor", input)) and _accepts("Scalar", exponent):
            return _f_torchtensor_float_power_tensor_scalar(input, exponent)
        if _accepts("Scalar", input) and (exponent.__class__ is _Tensor or _accepts("Tensor", exponent)):
            return _f_tensor_float_power_scalar(input, exponent)
    except TypeError:
        _refit("float_power", {"input": input, "exponent": exponent}, (_FORM_TORCH_SFFI_FLOAT_POWER_0, _FORM_TORCH_SFFI_FLOAT_POWER_1, _FORM_TORCH_SFFI_FLOAT_POWER_2,))
        raise
    _no_match("float_power", (), {"input": input, "exponent": exponent}, (_FORM_TORCH_SFFI_FLOAT_POWER_0, _FORM_TORCH_SFFI_FLOAT_POWER_1, _FORM_TORCH_SFFI_FLOAT_POWER_2,))


def heaviside(input: Tensor, values: Tensor) -> Tensor:
    """The element-wise Heaviside step: 0 below zero, 1 above, values where input is zero.

    Args:
        input: The input tensor.
        values: The results where input is zero, broadcastable with input (same dtype).

    Returns:
        A new tensor of the input's dtype.

    Bridge: rt_torch_torchtensor_heaviside. PyTorch: torch.heaviside.
    """
    return _f_torchtensor_heaviside(input, values)


def lcm(input: Tensor, other: Tensor) -> Tensor:
    """The element-wise least common multiple of two integer tensors (non-negative).

    Args:
        input: The first input tensor.
        other: The second input tensor, broadcastable with input.

    Returns:
        A new integer tensor of the promoted dtype.

    Bridge: rt_torch_torchtensor_lcm. PyTorch: torch.lcm.
    """
    return _f_torchtensor_lcm(input, other)


def gcd(input: Tensor, other: Tensor) -> Tensor:
    """The element-wise greatest common divisor of two integer tensors (non-negative).

    Args:
        input: The first input tensor.
        other: The second input tensor, broadcastable with input.

    Returns:
        A new integer tensor of the promoted dtype.

    Bridge: rt_torch_torchtensor_gcd. PyTorch: torch.gcd.
    """
    return _f_torchtensor_gcd(input, other)


def ldexp(input: Tensor, other: Tensor) -> Tensor:
    """The element-wise input * 2^other.

    Args:
        input: The mantissas.
        other: The exponents (usually integers), broadcastable with input.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_torchtensor_ldexp_tensor. PyTorch: torch.ldexp.
    """
    return _f_torchtensor_ldexp_tensor(input, other)


@overload
def clamp(input: Tensor, min: Number | None = None, max: Number | None = None) -> Tensor: ...

@overload
def clamp(input: Tensor, min: Tensor | None = None, max: Tensor | None = None) -> Tensor: ...

def clamp(input: Tensor, min: Any = None, max: Any = None) -> Tensor:
    """clamp: one of 2 forms, chosen by the arguments as PyTorch chooses.

    clamp(input: Tensor, min: Number | None = None, max: Number | None = None)
        Limits every element to [min, max] by numbers (max wins where min > max).

    clamp(input: Tensor, min: Tensor | None = None, max: Tensor | None = None)
        Limits every element to [min, max] by tensors of bounds, element-wise.

    Bridge: rt_torch_torchtensor_clamp, rt_torch_torchtensor_clamp_tensor. PyTorch: torch.clamp.
    """
    try:
        if _accepts("Scalar?", min) and _accepts("Scalar?", max):
            return _f_torchtensor_clamp(input, min, max)
        if _accepts("Tensor?", min) and _accepts("Tensor?", max):
            return _f_torchtensor_clamp_tensor(input, min, max)
    except TypeError:
        _refit("clamp", {"input": input, "min": min, "max": max}, (_FORM_TORCH_SFFI_CLAMP_0, _FORM_TORCH_SFFI_CLAMP_1,))
        raise
    _no_match("clamp", (), {"input": input, "min": min, "max": max}, (_FORM_TORCH_SFFI_CLAMP_0, _FORM_TORCH_SFFI_CLAMP_1,))


@overload
def clamp_min(input: Tensor, min: Number) -> Tensor: ...

@overload
def clamp_min(input: Tensor, min: Tensor) -> Tensor: ...

def clamp_min(input: Tensor, min: Any = _MISSING) -> Tensor:
    """clamp_min: one of 2 forms, chosen by the arguments as PyTorch chooses.

    clamp_min(input: Tensor, min: Number)
        Limits every element to at least a number, max(input, min).

    clamp_min(input: Tensor, min: Tensor)
        Limits every element to at least the matching lower bound of a tensor.

    Bridge: rt_torch_torchtensor_clamp_min, rt_torch_torchtensor_clamp_min_tensor. PyTorch: torch.clamp_min.
    """
    if min is _MISSING:
        _no_match("clamp_min", (), {"input": input, "min": min}, (_FORM_TORCH_SFFI_CLAMP_MIN_0, _FORM_TORCH_SFFI_CLAMP_MIN_1,))
    try:
        if _accepts("Scalar", min):
            return _f_torchtensor_clamp_min(input, min)
        if (min.__class__ is _Tensor or _accepts("Tensor", min)):
            return _f_torchtensor_clamp_min_tensor(input, min)
    except TypeError:
        _refit("clamp_min", {"input": input, "min": min}, (_FORM_TORCH_SFFI_CLAMP_MIN_0, _FORM_TORCH_SFFI_CLAMP_MIN_1,))
        raise
    _no_match("clamp_min", (), {"input": input, "min": min}, (_FORM_TORCH_SFFI_CLAMP_MIN_0, _FORM_TORCH_SFFI_CLAMP_MIN_1,))


@overload
def clamp_max(input: Tensor, max: Number) -> Tensor: ...

@overload
def clamp_max(input: Tensor, max: Tensor) -> Tensor: ...

def clamp_max(input: Tensor, max: Any = _MISSING) -> Tensor:
    """clamp_max: one of 2 forms, chosen by the arguments as PyTorch chooses.

    clamp_max(input: Tensor, max: Number)
        Limits every element to at most a number, min(input, max).

    clamp_max(input: Tensor, max: Tensor)
        Limits every element to at most the matching upper bound of a tensor.

    Bridge: rt_torch_torchtensor_clamp_max, rt_torch_torchtensor_clamp_max_tensor. PyTorch: torch.clamp_max.
    """
    if max is _MISSING:
        _no_match("clamp_max", (), {"input": input, "max": max}, (_FORM_TORCH_SFFI_CLAMP_MAX_0, _FORM_TORCH_SFFI_CLAMP_MAX_1,))
    try:
        if _accepts("Scalar", max):
            return _f_torchtensor_clamp_max(input, max)
        if (max.__class__ is _Tensor or _accepts("Tensor", max)):
            return _f_torchtensor_clamp_max_tensor(input, max)
    except TypeError:
        _refit("clamp_max", {"input": input, "max": max}, (_FORM_TORCH_SFFI_CLAMP_MAX_0, _FORM_TORCH_SFFI_CLAMP_MAX_1,))
        raise
    _no_match("clamp_max", (), {"input": input, "max": max}, (_FORM_TORCH_SFFI_CLAMP_MAX_0, _FORM_TORCH_SFFI_CLAMP_MAX_1,))


def minimum(input: Tensor, other: Tensor) -> Tensor:
    """The element-wise minimum of two tensors, with broadcasting.

    Args:
        input: The first input tensor.
        other: The second input tensor, broadcastable with input.

    Returns:
        A new tensor (NaN where either input is NaN).

    Bridge: rt_torch_torchtensor_minimum. PyTorch: torch.minimum.
    """
    return _f_torchtensor_minimum(input, other)


def addcmul(input: Tensor, tensor1: Tensor, tensor2: Tensor, *, value: Number = 1) -> Tensor:
    """input + value * tensor1 * tensor2, element-wise.

    Args:
        input: The tensor to add to.
        tensor1: The first factor.
        tensor2: The second factor.
        value: The multiplier of tensor1 * tensor2.

    Returns:
        A new tensor of the promoted dtype of the inputs.

    Bridge: rt_torch_torchtensor_addcmul. PyTorch: torch.addcmul.
    """
    return _f_torchtensor_addcmul(input, tensor1, tensor2, value)


def addcdiv(input: Tensor, tensor1: Tensor, tensor2: Tensor, *, value: Number = 1) -> Tensor:
    """input + value * tensor1 / tensor2, element-wise (true division; refused for integer
    tensors, as in PyTorch).

    Args:
        input: The tensor to add to.
        tensor1: The numerators.
        tensor2: The denominators.
        value: The multiplier of tensor1 / tensor2.

    Returns:
        A new tensor of the promoted dtype of the inputs.

    Bridge: rt_torch_torchtensor_addcdiv. PyTorch: torch.addcdiv.
    """
    return _f_torchtensor_addcdiv(input, tensor1, tensor2, value)


@overload
def eq(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def eq(input: Tensor, other: Number) -> Tensor: ...

def eq(input: Tensor, other: Any = _MISSING) -> Tensor:
    """eq: one of 2 forms, chosen by the arguments as PyTorch chooses.

    eq(input: Tensor, other: Tensor)
        Element-wise comparison input == other, with broadcasting.

    eq(input: Tensor, other: Number)
        Element-wise comparison input == other, against a number.

    Bridge: rt_torch_torchtensor_eq_tensor, rt_torch_torchtensor_eq_scalar. PyTorch: torch.eq.
    """
    if other is _MISSING:
        _no_match("eq", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_EQ_0, _FORM_TORCH_SFFI_EQ_1,))
    try:
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_eq_tensor(input, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_eq_scalar(input, other)
    except TypeError:
        _refit("eq", {"input": input, "other": other}, (_FORM_TORCH_SFFI_EQ_0, _FORM_TORCH_SFFI_EQ_1,))
        raise
    _no_match("eq", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_EQ_0, _FORM_TORCH_SFFI_EQ_1,))


@overload
def ne(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def ne(input: Tensor, other: Number) -> Tensor: ...

def ne(input: Tensor, other: Any = _MISSING) -> Tensor:
    """ne: one of 2 forms, chosen by the arguments as PyTorch chooses.

    ne(input: Tensor, other: Tensor)
        Element-wise comparison input != other, with broadcasting.

    ne(input: Tensor, other: Number)
        Element-wise comparison input != other, against a number.

    Bridge: rt_torch_torchtensor_ne_tensor, rt_torch_torchtensor_ne_scalar. PyTorch: torch.ne.
    """
    if other is _MISSING:
        _no_match("ne", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_NE_0, _FORM_TORCH_SFFI_NE_1,))
    try:
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_ne_tensor(input, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_ne_scalar(input, other)
    except TypeError:
        _refit("ne", {"input": input, "other": other}, (_FORM_TORCH_SFFI_NE_0, _FORM_TORCH_SFFI_NE_1,))
        raise
    _no_match("ne", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_NE_0, _FORM_TORCH_SFFI_NE_1,))


@overload
def gt(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def gt(input: Tensor, other: Number) -> Tensor: ...

def gt(input: Tensor, other: Any = _MISSING) -> Tensor:
    """gt: one of 2 forms, chosen by the arguments as PyTorch chooses.

    gt(input: Tensor, other: Tensor)
        Element-wise comparison input > other, with broadcasting.

    gt(input: Tensor, other: Number)
        Element-wise comparison input > other, against a number.

    Bridge: rt_torch_torchtensor_gt_tensor, rt_torch_torchtensor_gt_scalar. PyTorch: torch.gt.
    """
    if other is _MISSING:
        _no_match("gt", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_GT_0, _FORM_TORCH_SFFI_GT_1,))
    try:
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_gt_tensor(input, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_gt_scalar(input, other)
    except TypeError:
        _refit("gt", {"input": input, "other": other}, (_FORM_TORCH_SFFI_GT_0, _FORM_TORCH_SFFI_GT_1,))
        raise
    _no_match("gt", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_GT_0, _FORM_TORCH_SFFI_GT_1,))


@overload
def ge(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def ge(input: Tensor, other: Number) -> Tensor: ...

def ge(input: Tensor, other: Any = _MISSING) -> Tensor:
    """ge: one of 2 forms, chosen by the arguments as PyTorch chooses.

    ge(input: Tensor, other: Tensor)
        Element-wise comparison input >= other, with broadcasting.

    ge(input: Tensor, other: Number)
        Element-wise comparison input >= other, against a number.

    Bridge: rt_torch_torchtensor_ge_tensor, rt_torch_torchtensor_ge_scalar. PyTorch: torch.ge.
    """
    if other is _MISSING:
        _no_match("ge", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_GE_0, _FORM_TORCH_SFFI_GE_1,))
    try:
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_ge_tensor(input, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_ge_scalar(input, other)
    except TypeError:
        _refit("ge", {"input": input, "other": other}, (_FORM_TORCH_SFFI_GE_0, _FORM_TORCH_SFFI_GE_1,))
        raise
    _no_match("ge", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_GE_0, _FORM_TORCH_SFFI_GE_1,))


@overload
def lt(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def lt(input: Tensor, other: Number) -> Tensor: ...

def lt(input: Tensor, other: Any = _MISSING) -> Tensor:
    """lt: one of 2 forms, chosen by the arguments as PyTorch chooses.

    lt(input: Tensor, other: Tensor)
        Element-wise comparison input < other, with broadcasting.

    lt(input: Tensor, other: Number)
        Element-wise comparison input < other, against a number.

    Bridge: rt_torch_torchtensor_lt_tensor, rt_torch_torchtensor_lt_scalar. PyTorch: torch.lt.
    """
    if other is _MISSING:
        _no_match("lt", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_LT_0, _FORM_TORCH_SFFI_LT_1,))
    try:
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_lt_tensor(input, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_lt_scalar(input, other)
    except TypeError:
        _refit("lt", {"input": input, "other": other}, (_FORM_TORCH_SFFI_LT_0, _FORM_TORCH_SFFI_LT_1,))
        raise
    _no_match("lt", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_LT_0, _FORM_TORCH_SFFI_LT_1,))


@overload
def le(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def le(input: Tensor, other: Number) -> Tensor: ...

def le(input: Tensor, other: Any = _MISSING) -> Tensor:
    """le: one of 2 forms, chosen by the arguments as PyTorch chooses.

    le(input: Tensor, other: Tensor)
        Element-wise comparison input <= other, with broadcasting.

    le(input: Tensor, other: Number)
        Element-wise comparison input <= other, against a number.

    Bridge: rt_torch_torchtensor_le_tensor, rt_torch_torchtensor_le_scalar. PyTorch: torch.le.
    """
    if other is _MISSING:
        _no_match("le", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_LE_0, _FORM_TORCH_SFFI_LE_1,))
    try:
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_le_tensor(input, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_le_scalar(input, other)
    except TypeError:
        _refit("le", {"input": input, "other": other}, (_FORM_TORCH_SFFI_LE_0, _FORM_TORCH_SFFI_LE_1,))
        raise
    _no_match("le", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_LE_0, _FORM_TORCH_SFFI_LE_1,))


def equal(input: Tensor, other: Tensor) -> _bool:
    """Whether two tensors have the same shape and the same elements (NaN never equals
    NaN).

    Args:
        input: The first tensor.
        other: The second tensor.

    Returns:
        True when shape and every element agree.

    Bridge: rt_torch_torchtensor_equal. PyTorch: torch.equal.
    """
    return _f_torchtensor_equal(input, other)


def isclose(
    input: Tensor,
    other: Tensor,
    rtol: _float = 1e-05,
    atol: _float = 1e-08,
    equal_nan: _bool = False,
) -> Tensor:
    """Whether each element of input is close to other, |input - other| <= atol + rtol *
    |other|.

    Args:
        input: The first tensor.
        other: The second tensor, broadcastable with input.
        rtol: The relative tolerance.
        atol: The absolute tolerance.
        equal_nan: Count two NaNs as close.

    Returns:
        A new bool tensor.

    Bridge: rt_torch_torchtensor_isclose. PyTorch: torch.isclose.
    """
    return _f_torchtensor_isclose(input, other, rtol, atol, equal_nan)


def allclose(
    input: Tensor,
    other: Tensor,
    rtol: _float = 1e-05,
    atol: _float = 1e-08,
    equal_nan: _bool = False,
) -> _bool:
    """Whether every element of input is close to other, |input - other| <= atol + rtol *
    |other|.

    Args:
        input: The first tensor.
        other: The second tensor, broadcastable with input.
        rtol: The relative tolerance.
        atol: The absolute tolerance.
        equal_nan: Count two NaNs as close.

    Returns:
        True when every element is close.

    Bridge: rt_torch_torchtensor_allclose. PyTorch: torch.allclose.
    """
    return _f_torchtensor_allclose(input, other, rtol, atol, equal_nan)


def isfinite(input: Tensor) -> Tensor:
    """Whether each element is finite (not NaN nor infinite).

    Args:
        input: The input tensor.

    Returns:
        A new bool tensor.

    Bridge: rt_torch_torchtensor_isfinite. PyTorch: torch.isfinite.
    """
    return _f_torchtensor_isfinite(input)


def isinf(input: Tensor) -> Tensor:
    """Whether each element is positive or negative infinity.

    Args:
        input: The input tensor.

    Returns:
        A new bool tensor.

    Bridge: rt_torch_torchtensor_isinf. PyTorch: torch.isinf.
    """
    return _f_torchtensor_isinf(input)


def isposinf(input: Tensor) -> Tensor:
    """Whether each element is positive infinity.

    Args:
        input: The input tensor.

    Returns:
        A new bool tensor.

    Bridge: rt_torch_torchtensor_isposinf. PyTorch: torch.isposinf.
    """
    return _f_torchtensor_isposinf(input)


def isneginf(input: Tensor) -> Tensor:
    """Whether each element is negative infinity.

    Args:
        input: The input tensor.

    Returns:
        A new bool tensor.

    Bridge: rt_torch_torchtensor_isneginf. PyTorch: torch.isneginf.
    """
    return _f_torchtensor_isneginf(input)


def isreal(input: Tensor) -> Tensor:
    """Whether each element is real-valued (always true for a real dtype; imaginary part 0
    for complex).

    Args:
        input: The input tensor.

    Returns:
        A new bool tensor.

    Bridge: rt_torch_torchtensor_isreal. PyTorch: torch.isreal.
    """
    return _f_torchtensor_isreal(input)


def isnan(input: Tensor) -> Tensor:
    """Whether each element is NaN.

    Args:
        input: The input tensor.

    Returns:
        A new bool tensor.

    Bridge: rt_torch_torchtensor_isnan. PyTorch: torch.isnan.
    """
    return _f_torchtensor_isnan(input)


def logical_and(input: Tensor, other: Tensor) -> Tensor:
    """The element-wise logical AND of two tensors (nonzero counts as true).

    Args:
        input: The input tensor.
        other: The second tensor, broadcastable with input.

    Returns:
        A new bool tensor.

    Bridge: rt_torch_torchtensor_logical_and. PyTorch: torch.logical_and.
    """
    return _f_torchtensor_logical_and(input, other)


def logical_or(input: Tensor, other: Tensor) -> Tensor:
    """The element-wise logical OR of two tensors (nonzero counts as true).

    Args:
        input: The input tensor.
        other: The second tensor, broadcastable with input.

    Returns:
        A new bool tensor.

    Bridge: rt_torch_torchtensor_logical_or. PyTorch: torch.logical_or.
    """
    return _f_torchtensor_logical_or(input, other)


def logical_xor(input: Tensor, other: Tensor) -> Tensor:
    """The element-wise logical XOR of two tensors (nonzero counts as true).

    Args:
        input: The input tensor.
        other: The second tensor, broadcastable with input.

    Returns:
        A new bool tensor.

    Bridge: rt_torch_torchtensor_logical_xor. PyTorch: torch.logical_xor.
    """
    return _f_torchtensor_logical_xor(input, other)


def logical_not(input: Tensor) -> Tensor:
    """The element-wise logical NOT of a tensor (true where an element is zero).

    Args:
        input: The input tensor.

    Returns:
        A new bool tensor.

    Bridge: rt_torch_torchtensor_logical_not. PyTorch: torch.logical_not.
    """
    return _f_torchtensor_logical_not(input)


@overload
def bitwise_and(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def bitwise_and(input: Tensor, other: Number) -> Tensor: ...

@overload
def bitwise_and(input: Number, other: Tensor) -> Tensor: ...

def bitwise_and(input: Any, other: Any = _MISSING) -> Tensor:
    """bitwise_and: one of 3 forms, chosen by the arguments as PyTorch chooses.

    bitwise_and(input: Tensor, other: Tensor)
        The element-wise bitwise AND of integer or bool values.

    bitwise_and(input: Tensor, other: Number)
        The element-wise bitwise AND of integer or bool values.

    bitwise_and(input: Number, other: Tensor)
        The element-wise bitwise AND of integer or bool values.

    Bridge: rt_torch_torchtensor_bitwise_and_tensor, rt_torch_torchtensor_bitwise_and_scalar, rt_torch_tensor_bitwise_and_scalar_tensor. PyTorch: torch.bitwise_and.
    """
    if other is _MISSING:
        _no_match("bitwise_and", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_BITWISE_AND_0, _FORM_TORCH_SFFI_BITWISE_AND_1, _FORM_TORCH_SFFI_BITWISE_AND_2,))
    try:
        if (input.__class__ is _Tensor or _accepts("Tensor", input)) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_bitwise_and_tensor(input, other)
        if (input.__class__ is _Tensor or _accepts("Tensor", input)) and _accepts("Scalar", other):
            return _f_torchtensor_bitwise_and_scalar(input, other)
        if _accepts("Scalar", input) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_tensor_bitwise_and_scalar_tensor(input, other)
    except TypeError:
        _refit("bitwise_and", {"input": input, "other": other}, (_FORM_TORCH_SFFI_BITWISE_AND_0, _FORM_TORCH_SFFI_BITWISE_AND_1, _FORM_TORCH_SFFI_BITWISE_AND_2,))
        raise
    _no_match("bitwise_and", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_BITWISE_AND_0, _FORM_TORCH_SFFI_BITWISE_AND_1, _FORM_TORCH_SFFI_BITWISE_AND_2,))


@overload
def bitwise_or(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def bitwise_or(input: Tensor, other: Number) -> Tensor: ...

@overload
def bitwise_or(input: Number, other: Tensor) -> Tensor: ...

def bitwise_or(input: Any, other: Any = _MISSING) -> Tensor:
    """bitwise_or: one of 3 forms, chosen by the arguments as PyTorch chooses.

    bitwise_or(input: Tensor, other: Tensor)
        The element-wise bitwise OR of integer or bool values.

    bitwise_or(input: Tensor, other: Number)
        The element-wise bitwise OR of integer or bool values.

    bitwise_or(input: Number, other: Tensor)
        The element-wise bitwise OR of integer or bool values.

    Bridge: rt_torch_torchtensor_bitwise_or_tensor, rt_torch_torchtensor_bitwise_or_scalar, rt_torch_tensor_bitwise_or_scalar_tensor. PyTorch: torch.bitwise_or.
    """
    if other is _MISSING:
        _no_match("bitwise_or", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_BITWISE_OR_0, _FORM_TORCH_SFFI_BITWISE_OR_1, _FORM_TORCH_SFFI_BITWISE_OR_2,))
    try:
        if (input.__class__ is _Tensor or _accepts("Tensor", input)) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_bitwise_or_tensor(input, other)
        if (input.__class__ is _Tensor or _accepts("Tensor", input)) and _accepts("Scalar", other):
            return _f_torchtensor_bitwise_or_scalar(input, other)
        if _accepts("Scalar", input) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_tensor_bitwise_or_scalar_tensor(input, other)
    except TypeError:
        _refit("bitwise_or", {"input": input, "other": other}, (_FORM_TORCH_SFFI_BITWISE_OR_0, _FORM_TORCH_SFFI_BITWISE_OR_1, _FORM_TORCH_SFFI_BITWISE_OR_2,))
        raise
    _no_match("bitwise_or", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_BITWISE_OR_0, _FORM_TORCH_SFFI_BITWISE_OR_1, _FORM_TORCH_SFFI_BITWISE_OR_2,))


@overload
def bitwise_xor(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def bitwise_xor(input: Tensor, other: Number) -> Tensor: ...

@overload
def bitwise_xor(input: Number, other: Tensor) -> Tensor: ...

def bitwise_xor(input: Any, other: Any = _MISSING) -> Tensor:
    """bitwise_xor: one of 3 forms, chosen by the arguments as PyTorch chooses.

    bitwise_xor(input: Tensor, other: Tensor)
        The element-wise bitwise XOR of integer or bool values.

    bitwise_xor(input: Tensor, other: Number)
        The element-wise bitwise XOR of integer or bool values.

    bitwise_xor(input: Number, other: Tensor)
        The element-wise bitwise XOR of integer or bool values.

    Bridge: rt_torch_torchtensor_bitwise_xor_tensor, rt_torch_torchtensor_bitwise_xor_scalar, rt_torch_tensor_bitwise_xor_scalar_tensor. PyTorch: torch.bitwise_xor.
    """
    if other is _MISSING:
        _no_match("bitwise_xor", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_BITWISE_XOR_0, _FORM_TORCH_SFFI_BITWISE_XOR_1, _FORM_TORCH_SFFI_BITWISE_XOR_2,))
    try:
        if (input.__class__ is _Tensor or _accepts("Tensor", input)) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_bitwise_xor_tensor(input, other)
        if (input.__class__ is _Tensor or _accepts("Tensor", input)) and _accepts("Scalar", other):
            return _f_torchtensor_bitwise_xor_scalar(input, other)
        if _accepts("Scalar", input) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_tensor_bitwise_xor_scalar_tensor(input, other)
    except TypeError:
        _refit("bitwise_xor", {"input": input, "other": other}, (_FORM_TORCH_SFFI_BITWISE_XOR_0, _FORM_TORCH_SFFI_BITWISE_XOR_1, _FORM_TORCH_SFFI_BITWISE_XOR_2,))
        raise
    _no_match("bitwise_xor", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_BITWISE_XOR_0, _FORM_TORCH_SFFI_BITWISE_XOR_1, _FORM_TORCH_SFFI_BITWISE_XOR_2,))


def bitwise_not(input: Tensor) -> Tensor:
    """The element-wise bitwise NOT of an integer or bool tensor.

    Args:
        input: The input tensor.

    Returns:
        A new tensor of the input's dtype.

    Bridge: rt_torch_torchtensor_bitwise_not. PyTorch: torch.bitwise_not.
    """
    return _f_torchtensor_bitwise_not(input)


@overload
def bitwise_left_shift(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def bitwise_left_shift(input: Tensor, other: Number) -> Tensor: ...

@overload
def bitwise_left_shift(input: Number, other: Tensor) -> Tensor: ...

def bitwise_left_shift(input: Any, other: Any = _MISSING) -> Tensor:
    """bitwise_left_shift: one of 3 forms, chosen by the arguments as PyTorch chooses.

    bitwise_left_shift(input: Tensor, other: Tensor)
        Shifts integer values left by a number of bits, element-wise.

    bitwise_left_shift(input: Tensor, other: Number)
        Shifts integer values left by a number of bits, element-wise.

    bitwise_left_shift(input: Number, other: Tensor)
        Shifts integer values left by a number of bits, element-wise.

    Bridge: rt_torch_torchtensor_bitwise_left_shift_tensor, rt_torch_torchtensor_bitwise_left_shift_tensor_scalar, rt_torch_tensor_bitwise_left_shift_scalar_tensor. PyTorch: torch.bitwise_left_shift.
    """
    if other is _MISSING:
        _no_match("bitwise_left_shift", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_BITWISE_LEFT_SHIFT_0, _FORM_TORCH_SFFI_BITWISE_LEFT_SHIFT_1, _FORM_TORCH_SFFI_BITWISE_LEFT_SHIFT_2,))
    try:
        if (input.__class__ is _Tensor or _accepts("Tensor", input)) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_bitwise_left_shift_tensor(input, other)
        if (input.__class__ is _Tensor or _accepts("Tensor", input)) and _accepts("Scalar", other):
            return _f_torchtensor_bitwise_left_shift_tensor_scalar(input, other)
        if _accepts("Scalar", input) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_tensor_bitwise_left_shift_scalar_tensor(input, other)
    except TypeError:
        _refit("bitwise_left_shift", {"input": input, "other": other}, (_FORM_TORCH_SFFI_BITWISE_LEFT_SHIFT_0, _FORM_TORCH_SFFI_BITWISE_LEFT_SHIFT_1, _FORM_TORCH_SFFI_BITWISE_LEFT_SHIFT_2,))
        raise
    _no_match("bitwise_left_shift", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_BITWISE_LEFT_SHIFT_0, _FORM_TORCH_SFFI_BITWISE_LEFT_SHIFT_1, _FORM_TORCH_SFFI_BITWISE_LEFT_SHIFT_2,))


@overload
def bitwise_right_shift(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def bitwise_right_shift(input: Tensor, other: Number) -> Tensor: ...

@overload
def bitwise_right_shift(input: Number, other: Tensor) -> Tensor: ...

def bitwise_right_shift(input: Any, other: Any = _MISSING) -> Tensor:
    """bitwise_right_shift: one of 3 forms, chosen by the arguments as PyTorch chooses.

    bitwise_right_shift(input: Tensor, other: Tensor)
        Shifts integer values right (arithmetic) by a number of bits, element-wise.

    bitwise_right_shift(input: Tensor, other: Number)
        Shifts integer values right (arithmetic) by a number of bits, element-wise.

    bitwise_right_shift(input: Number, other: Tensor)
        Shifts integer values right (arithmetic) by a number of bits, element-wise.

    Bridge: rt_torch_torchtensor_bitwise_right_shift_tensor, rt_torch_torchtensor_bitwise_right_shift_tensor_scalar, rt_torch_tensor_bitwise_right_shift_scalar_tensor. PyTorch: torch.bitwise_right_shift.
    """
    if other is _MISSING:
        _no_match("bitwise_right_shift", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_BITWISE_RIGHT_SHIFT_0, _FORM_TORCH_SFFI_BITWISE_RIGHT_SHIFT_1, _FORM_TORCH_SFFI_BITWISE_RIGHT_SHIFT_2,))
    try:
        if (input.__class__ is _Tensor or _accepts("Tensor", input)) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_bitwise_right_shift_tensor(input, other)
        if (input.__class__ is _Tensor or _accepts("Tensor", input)) and _accepts("Scalar", other):
            return _f_torchtensor_bitwise_right_shift_tensor_scalar(input, other)
        if _accepts("Scalar", input) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_tensor_bitwise_right_shift_scalar_tensor(input, other)
    except TypeError:
        _refit("bitwise_right_shift", {"input": input, "other": other}, (_FORM_TORCH_SFFI_BITWISE_RIGHT_SHIFT_0, _FORM_TORCH_SFFI_BITWISE_RIGHT_SHIFT_1, _FORM_TORCH_SFFI_BITWISE_RIGHT_SHIFT_2,))
        raise
    _no_match("bitwise_right_shift", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_BITWISE_RIGHT_SHIFT_0, _FORM_TORCH_SFFI_BITWISE_RIGHT_SHIFT_1, _FORM_TORCH_SFFI_BITWISE_RIGHT_SHIFT_2,))


@overload
def where(condition: Tensor, input: Tensor, other: Tensor) -> Tensor: ...

@overload
def where(condition: Tensor, input: Number, other: Tensor) -> Tensor: ...

@overload
def where(condition: Tensor, input: Tensor, other: Number) -> Tensor: ...

@overload
def where(condition: Tensor, input: Number, other: Number) -> Tensor: ...

def where(condition: Tensor, input: Any = _MISSING, other: Any = _MISSING) -> Tensor:
    """where: one of 4 forms, chosen by the arguments as PyTorch chooses.

    where(condition: Tensor, input: Tensor, other: Tensor)
        Picks input where condition is true and other elsewhere, element-wise with
        broadcasting.

    where(condition: Tensor, input: Number, other: Tensor)
        Picks a number where condition is true and other elsewhere, element-wise with
        broadcasting.

    where(condition: Tensor, input: Tensor, other: Number)
        Picks input where condition is true and a number elsewhere, element-wise with
        broadcasting.

    where(condition: Tensor, input: Number, other: Number)
        Picks one number where condition is true and another elsewhere.

    Bridge: rt_torch_torchtensor_where_self, rt_torch_torchtensor_where_scalarself, rt_torch_torchtensor_where_scalarother, rt_torch_torchtensor_where_scalar. PyTorch: torch.where.
    """
    if input is _MISSING or other is _MISSING:
        _no_match("where", (), {"condition": condition, "input": input, "other": other}, (_FORM_TORCH_SFFI_WHERE_0, _FORM_TORCH_SFFI_WHERE_1, _FORM_TORCH_SFFI_WHERE_2, _FORM_TORCH_SFFI_WHERE_3,))
    try:
        if (input.__class__ is _Tensor or _accepts("Tensor", input)) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_where_self(condition, input, other)
        if _accepts("Scalar", input) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_where_scalarself(condition, input, other)
        if (input.__class__ is _Tensor or _accepts("Tensor", input)) and _accepts("Scalar", other):
            return _f_torchtensor_where_scalarother(condition, input, other)
        if _accepts("Scalar", input) and _accepts("Scalar", other):
            return _f_torchtensor_where_scalar(condition, input, other)
    except TypeError:
        _refit("where", {"condition": condition, "input": input, "other": other}, (_FORM_TORCH_SFFI_WHERE_0, _FORM_TORCH_SFFI_WHERE_1, _FORM_TORCH_SFFI_WHERE_2, _FORM_TORCH_SFFI_WHERE_3,))
        raise
    _no_match("where", (), {"condition": condition, "input": input, "other": other}, (_FORM_TORCH_SFFI_WHERE_0, _FORM_TORCH_SFFI_WHERE_1, _FORM_TORCH_SFFI_WHERE_2, _FORM_TORCH_SFFI_WHERE_3,))


@overload
def masked_fill(input: Tensor, mask: Tensor, value: Number) -> Tensor: ...

@overload
def masked_fill(input: Tensor, mask: Tensor, value: Tensor) -> Tensor: ...

def masked_fill(input: Tensor, mask: Tensor = _MISSING, value: Any = _MISSING) -> Tensor:
    """masked_fill: one of 2 forms, chosen by the arguments as PyTorch chooses.

    masked_fill(input: Tensor, mask: Tensor, value: Number)
        A copy of input with a number written where a bool mask is true.

    masked_fill(input: Tensor, mask: Tensor, value: Tensor)
        A copy of input with a 0-d tensor's value written where a bool mask is true.

    Bridge: rt_torch_torchtensor_masked_fill_scalar, rt_torch_torchtensor_masked_fill_tensor. PyTorch: torch.masked_fill.
    """
    if mask is _MISSING or value is _MISSING:
        _no_match("masked_fill", (), {"input": input, "mask": mask, "value": value}, (_FORM_TORCH_SFFI_MASKED_FILL_0, _FORM_TORCH_SFFI_MASKED_FILL_1,))
    try:
        if _accepts("Scalar", value):
            return _f_torchtensor_masked_fill_scalar(input, mask, value)
        if (value.__class__ is _Tensor or _accepts("Tensor", value)):
            return _f_torchtensor_masked_fill_tensor(input, mask, value)
    except TypeError:
        _refit("masked_fill", {"input": input, "mask": mask, "value": value}, (_FORM_TORCH_SFFI_MASKED_FILL_0, _FORM_TORCH_SFFI_MASKED_FILL_1,))
        raise
    _no_match("masked_fill", (), {"input": input, "mask": mask, "value": value}, (_FORM_TORCH_SFFI_MASKED_FILL_0, _FORM_TORCH_SFFI_MASKED_FILL_1,))


@overload
def isin(
    elements: Tensor,
    test_elements: Tensor,
    *,
    assume_unique: _bool = False,
    invert: _bool = False,
) -> Tensor: ...

@overload
def isin(
    elements: Tensor,
    test_element: Number,
    *,
    assume_unique: _bool = False,
    invert: _bool = False,
) -> Tensor: ...

@overload
def isin(
    element: Number,
    test_elements: Tensor,
    *,
    assume_unique: _bool = False,
    invert: _bool = False,
) -> Tensor: ...

def isin(*args: Any, **kwargs: Any) -> Any:
    """isin: one of 3 forms, chosen by the arguments as PyTorch chooses.

    isin(elements: Tensor, test_elements: Tensor, *, assume_unique: _bool = False, invert: _bool = False)
        Whether each element of elements occurs in test_elements.

    isin(elements: Tensor, test_element: Number, *, assume_unique: _bool = False, invert: _bool = False)
        Whether each element of elements equals a number.

    isin(element: Number, test_elements: Tensor, *, assume_unique: _bool = False, invert: _bool = False)
        Whether a number occurs in test_elements.

    Bridge: rt_torch_torchtensor_isin_tensor_tensor, rt_torch_torchtensor_isin_tensor_scalar, rt_torch_tensor_isin_scalar_tensor. PyTorch: torch.isin.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_ISIN)
    if _r is not NotImplemented:
        return _r
    _no_match("isin", args, kwargs, (_FORM_TORCH_SFFI_ISIN_0, _FORM_TORCH_SFFI_ISIN_1, _FORM_TORCH_SFFI_ISIN_2,))


def masked_select(input: Tensor, mask: Tensor) -> Tensor:
    """The elements of input where a bool mask is true, as a 1-D tensor (in row-major
    order).

    Args:
        input: The input tensor.
        mask: The bool mask, broadcastable with input.

    Returns:
        A new 1-D tensor of input's dtype.

    Bridge: rt_torch_torchtensor_masked_select. PyTorch: torch.masked_select.
    """
    return _f_torchtensor_masked_select(input, mask)


def masked_scatter(input: Tensor, mask: Tensor, source: Tensor) -> Tensor:
    """A copy of input with the elements of source written, in order, where a bool mask is
    true.

    Args:
        input: The input tensor.
        mask: The bool mask, broadcastable to input's shape.
        source: The values to write, read in row-major order; at least as many as the
            mask's true elements.

    Returns:
        A new tensor of input's dtype and shape.

    Bridge: rt_torch_torchtensor_masked_scatter. PyTorch: torch.masked_scatter.
    """
    return _f_torchtensor_masked_scatter(input, mask, source)


@overload
def result_type(tensor: Tensor, other: Tensor) -> DType: ...

@overload
def result_type(tensor: Tensor, other: Number) -> DType: ...

def result_type(tensor: Tensor, other: Any = _MISSING) -> DType:
    """result_type: one of 2 forms, chosen by the arguments as PyTorch chooses.

    result_type(tensor: Tensor, other: Tensor)
        The dtype an arithmetic operation on two tensors would give (PyTorch's type
        promotion).

    result_type(tensor: Tensor, other: Number)
        The dtype an arithmetic operation on a tensor and a number would give (a number
        takes part as PyTorch's wrapped numbers do).

    Bridge: rt_torch_torchtensor_result_type_tensor, rt_torch_torchtensor_result_type_scalar. PyTorch: torch.result_type.
    """
    if other is _MISSING:
        _no_match("result_type", (), {"tensor": tensor, "other": other}, (_FORM_TORCH_SFFI_RESULT_TYPE_0, _FORM_TORCH_SFFI_RESULT_TYPE_1,))
    try:
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_result_type_tensor(tensor, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_result_type_scalar(tensor, other)
    except TypeError:
        _refit("result_type", {"tensor": tensor, "other": other}, (_FORM_TORCH_SFFI_RESULT_TYPE_0, _FORM_TORCH_SFFI_RESULT_TYPE_1,))
        raise
    _no_match("result_type", (), {"tensor": tensor, "other": other}, (_FORM_TORCH_SFFI_RESULT_TYPE_0, _FORM_TORCH_SFFI_RESULT_TYPE_1,))


def warning_count() -> _int:
    """How many warnings libtorch raised during the last call on this thread (its
    TORCH_WARN messages, which it would print).

    Returns:
        0 when the call raised none; the first 64 are kept. They stay readable until the
        next call on this thread, as the error does.

    Bridge: rt_torch_warning_count.
    """
    return _f_warning_count()


def warning_message(index: _int) -> str:
    """The message of one warning of the last call on this thread.

    Args:
        index: Which warning, from 0 to rt_torch_warning_count() - 1.

    Returns:
        The message (empty for an index out of range); valid until the next call on this
        thread.

    Bridge: rt_torch_warning_message.
    """
    return _f_warning_message(index)


def warning_kind(index: _int) -> _int:
    """The kind of one warning of the last call on this thread, as PyTorch's Python binding
    classifies it.

    Args:
        index: Which warning, from 0 to rt_torch_warning_count() - 1.

    Returns:
        0 for a UserWarning, 1 for a DeprecationWarning, -1 for an index out of range.

    Bridge: rt_torch_warning_kind.
    """
    return _f_warning_kind(index)


def lstm(
    input: Tensor,
    hx: Sequence[Tensor],
    params: Sequence[Tensor],
    has_biases: _bool,
    num_layers: _int,
    dropout: _float,
    train: _bool,
    bidirectional: _bool,
    batch_first: _bool,
) -> _rt_types.lstm:
    """A multi-layer, optionally bidirectional LSTM over a whole sequence through
    libtorch's own implementation (oneDNN's fused kernel for float32 on the CPU), as
    torch.lstm, which torch.nn.LSTM calls.

    Args:
        input: The sequence, (L, N, H_in) ((N, L, H_in) with batch_first).
        hx: [h_0, c_0]: each (num_layers * directions, N, H), h_0 of the projection size
            when there are projections.
        params: The weights per layer and direction in torch.nn.LSTM's order: w_ih,
            w_hh, then b_ih, b_hh with biases, then w_hr with projections.
        has_biases: Whether params holds the biases.
        num_layers: The number of stacked layers.
        dropout: The dropout probability between layers (in training).
        train: Training mode (dropout between layers applies).
        bidirectional: Whether each layer also runs the reversed sequence.
        batch_first: Whether input and output put the batch first.

    Returns:
        output: The last layer's h_t for every step, (L, N, D * H_out); h_n: The final
        hidden state of every layer and direction; c_n: The final cell state of every
        layer and direction.

    Bridge: rt_torch_torchtensor_lstm_input. PyTorch: torch.lstm.
    """
    return _tuple_new(_rt_types.lstm, _f_torchtensor_lstm_input(input, hx, params, has_biases, num_layers, dropout, train, bidirectional, batch_first))


def set_default_dtype(dtype: DType) -> None:
    """Sets the floating-point dtype that tensors get by default in this process (creation
    functions, float Python data, integer-float promotion), as torch.set_default_dtype;
    the default complex dtype follows (complex64 for float32, complex128 for float64).

    Args:
        dtype: A floating-point dtype: float32 (the initial default), float64, float16
            or bfloat16.

    Bridge: rt_torch_set_default_dtype. PyTorch: torch.set_default_dtype.
    """
    _f_set_default_dtype(dtype)


def get_default_dtype() -> DType:
    """The floating-point dtype tensors get by default in this process, as
    torch.get_default_dtype.

    Returns:
        The default dtype (float32 unless rt_torch_set_default_dtype changed it).

    Bridge: rt_torch_get_default_dtype. PyTorch: torch.get_default_dtype.
    """
    return _f_get_default_dtype()


def is_autocast_enabled(device_type: Literal['cpu', 'cuda']) -> _bool:
    """Whether autocast is on for a device kind on this thread.

    Args:
        device_type: The device kind.

    Returns:
        true inside an enabled autocast region.

    Bridge: rt_torch_is_autocast_enabled. PyTorch: torch.is_autocast_enabled.
    """
    return _f_is_autocast_enabled(_text(device_type, "device_type"))


def get_autocast_dtype(device_type: Literal['cpu', 'cuda']) -> DType:
    """The dtype autocast casts to for a device kind on this thread.

    Args:
        device_type: The device kind.

    Returns:
        bfloat16 on the CPU and float16 on CUDA unless a region set another.

    Bridge: rt_torch_get_autocast_dtype. PyTorch: torch.get_autocast_dtype.
    """
    return _f_get_autocast_dtype(_text(device_type, "device_type"))


def is_grad_enabled() -> _bool:
    """Whether operations on this thread are recorded for backward (gradient mode).

    Returns:
        false inside a no-grad region, true outside any (and inside enable_grad).

    Bridge: rt_torch_autograd_is_grad_enabled. PyTorch: torch.is_grad_enabled.
    """
    return _f_autograd_is_grad_enabled()


# Results are made of Tensor; the C operators between two tensors fall back to these methods
# for any other operand (and, reflected, for `number OP tensor`); `tensor OP number` with a
# Python number is the scalar call, made from C (with the defaults of its other parameters).
_register(
    Tensor,
    {
        "add": (Tensor.add, Tensor.add, _f_torchtensor_add_scalar_v2, (1,)),
        "sub": (Tensor.sub, Tensor._rsub, _f_torchtensor_sub_scalar, (1,)),
        "mul": (Tensor.mul, Tensor.mul, _f_torchtensor_mul_scalar_v2, ()),
        "div": (Tensor.div, Tensor._rtruediv, _f_torchtensor_div_scalar_mode, (None,)),
        "matmul": (Tensor.matmul, None, None, ()),
    },
)
