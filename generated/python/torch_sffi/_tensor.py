# generated from spec/torch_api.yaml by sffi-gen; do not edit
"""The Tensor class of torch_sffi and its package-level functions, one member per catalogue
function (the hand-written members come from _runtime.TensorRuntime)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Sequence, overload

from . import _core
from . import _tables as _dtypes
from . import return_types as _rt_types
from ._runtime import EMPTY as _EMPTY
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
from ._runtime import require_grad as _require_grad
from ._runtime import scalar as _scalar
from ._runtime import size as _size
from ._runtime import take_flag as _take_flag
from ._runtime import text as _text
from ._runtime import tuple_new as _tuple_new
from ._types import DType

from typing import Callable

from ._runtime import TensorRuntime as _TensorRuntime
from ._runtime import register as _register

if TYPE_CHECKING:
    from .cuda import Stream

__all__ = ["Tensor", "abs", "acos", "acosh", "add", "addcdiv", "addcmul", "allclose", "angle", "arange", "argmax", "argmin", "asin", "asinh", "atan", "atan2", "atanh", "available", "bitwise_and", "bitwise_left_shift", "bitwise_not", "bitwise_or", "bitwise_right_shift", "bitwise_xor", "cat", "ceil", "chunk", "clamp", "clamp_max", "clamp_min", "clone", "complex", "conj_physical", "copysign", "cos", "cosh", "deg2rad", "det", "digamma", "div", "dot", "empty", "eq", "equal", "erf", "erfc", "erfinv", "error_clear", "error_code", "error_message", "exp", "exp2", "expm1", "eye", "flatten", "float_power", "floor", "floor_divide", "fmax", "fmin", "fmod", "frac", "frexp", "full", "gather", "gcd", "ge", "get_num_threads", "gt", "heaviside", "hypot", "i0", "imag", "index_select", "inverse", "isclose", "isfinite", "isin", "isinf", "isnan", "isneginf", "isposinf", "isreal", "lcm", "ldexp", "le", "lerp", "lgamma", "linspace", "live_handles", "log", "log10", "log1p", "log2", "log_softmax", "logaddexp", "logaddexp2", "logical_and", "logical_not", "logical_or", "logical_xor", "logit", "lt", "manual_seed", "masked_fill", "masked_scatter", "masked_select", "matmul", "max", "maximum", "mean", "min", "minimum", "mul", "mvlgamma", "nan_to_num", "ne", "neg", "nextafter", "numel", "ones", "permute", "polygamma", "positive", "pow", "rad2deg", "rand", "randn", "real", "reciprocal", "relu", "remainder", "reshape", "round", "rsqrt", "rsub", "select", "set_num_threads", "sigmoid", "sign", "signbit", "sin", "sinc", "sinh", "softmax", "sqrt", "square", "squeeze", "stack", "std", "sub", "sum", "t", "tan", "tanh", "torch_version", "transpose", "true_divide", "trunc", "unsqueeze", "var", "where", "xlogy", "zero_", "zeros"]

# The calls into the bridge (torch_sffi._core), bound once at import.
_f_autograd_backward = _core.rt_torch_autograd_backward
_f_autograd_grad = _core.rt_torch_autograd_grad
_f_autograd_requires_grad = _core.rt_torch_autograd_requires_grad
_f_autograd_set_grad = _core.rt_torch_autograd_set_grad
_f_autograd_set_requires_grad = _core.rt_torch_autograd_set_requires_grad
_f_autograd_zero_grad = _core.rt_torch_autograd_zero_grad
_f_available = _core.rt_torch_available
_f_error_clear = _core.rt_torch_error_clear
_f_error_code = _core.rt_torch_error_code
_f_error_message = _core.rt_torch_error_message
_f_get_num_threads = _core.rt_torch_get_num_threads
_f_live_handles = _core.rt_torch_live_handles
_f_manual_seed = _core.rt_torch_manual_seed
_f_set_num_threads = _core.rt_torch_set_num_threads
_f_tensor_arange_start_step = _core.rt_torch_tensor_arange_start_step
_f_tensor_arange_v2 = _core.rt_torch_tensor_arange_v2
_f_tensor_bitwise_and_scalar_tensor = _core.rt_torch_tensor_bitwise_and_scalar_tensor
_f_tensor_bitwise_left_shift_scalar_tensor = _core.rt_torch_tensor_bitwise_left_shift_scalar_tensor
_f_tensor_bitwise_or_scalar_tensor = _core.rt_torch_tensor_bitwise_or_scalar_tensor
_f_tensor_bitwise_right_shift_scalar_tensor = _core.rt_torch_tensor_bitwise_right_shift_scalar_tensor
_f_tensor_bitwise_xor_scalar_tensor = _core.rt_torch_tensor_bitwise_xor_scalar_tensor
_f_tensor_empty_v2 = _core.rt_torch_tensor_empty_v2
_f_tensor_eye_m = _core.rt_torch_tensor_eye_m
_f_tensor_eye_v2 = _core.rt_torch_tensor_eye_v2
_f_tensor_float_power_scalar = _core.rt_torch_tensor_float_power_scalar
_f_tensor_full_v2 = _core.rt_torch_tensor_full_v2
_f_tensor_isin_scalar_tensor = _core.rt_torch_tensor_isin_scalar_tensor
_f_tensor_linspace_v2 = _core.rt_torch_tensor_linspace_v2
_f_tensor_ones_v2 = _core.rt_torch_tensor_ones_v2
_f_tensor_polygamma = _core.rt_torch_tensor_polygamma
_f_tensor_pow_scalar = _core.rt_torch_tensor_pow_scalar
_f_tensor_rand_v2 = _core.rt_torch_tensor_rand_v2
_f_tensor_randn_v2 = _core.rt_torch_tensor_randn_v2
_f_tensor_remainder_scalar_tensor = _core.rt_torch_tensor_remainder_scalar_tensor
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
_f_torchtensor_addcdiv = _core.rt_torch_torchtensor_addcdiv
_f_torchtensor_addcdiv_ = _core.rt_torch_torchtensor_addcdiv_
_f_torchtensor_addcmul = _core.rt_torch_torchtensor_addcmul
_f_torchtensor_addcmul_ = _core.rt_torch_torchtensor_addcmul_
_f_torchtensor_allclose = _core.rt_torch_torchtensor_allclose
_f_torchtensor_angle = _core.rt_torch_torchtensor_angle
_f_torchtensor_argmax_v2 = _core.rt_torch_torchtensor_argmax_v2
_f_torchtensor_argmin_v2 = _core.rt_torch_torchtensor_argmin_v2
_f_torchtensor_asin = _core.rt_torch_torchtensor_asin
_f_torchtensor_asinh = _core.rt_torch_torchtensor_asinh
_f_torchtensor_atan = _core.rt_torch_torchtensor_atan
_f_torchtensor_atan2 = _core.rt_torch_torchtensor_atan2
_f_torchtensor_atanh = _core.rt_torch_torchtensor_atanh
_f_torchtensor_bitwise_and_scalar = _core.rt_torch_torchtensor_bitwise_and_scalar
_f_torchtensor_bitwise_and_tensor = _core.rt_torch_torchtensor_bitwise_and_tensor
_f_torchtensor_bitwise_left_shift_tensor = _core.rt_torch_torchtensor_bitwise_left_shift_tensor
_f_torchtensor_bitwise_left_shift_tensor_scalar = _core.rt_torch_torchtensor_bitwise_left_shift_tensor_scalar
_f_torchtensor_bitwise_not = _core.rt_torch_torchtensor_bitwise_not
_f_torchtensor_bitwise_or_scalar = _core.rt_torch_torchtensor_bitwise_or_scalar
_f_torchtensor_bitwise_or_tensor = _core.rt_torch_torchtensor_bitwise_or_tensor
_f_torchtensor_bitwise_right_shift_tensor = _core.rt_torch_torchtensor_bitwise_right_shift_tensor
_f_torchtensor_bitwise_right_shift_tensor_scalar = _core.rt_torch_torchtensor_bitwise_right_shift_tensor_scalar
_f_torchtensor_bitwise_xor_scalar = _core.rt_torch_torchtensor_bitwise_xor_scalar
_f_torchtensor_bitwise_xor_tensor = _core.rt_torch_torchtensor_bitwise_xor_tensor
_f_torchtensor_cat = _core.rt_torch_torchtensor_cat
_f_torchtensor_ceil = _core.rt_torch_torchtensor_ceil
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
_f_torchtensor_complex = _core.rt_torch_torchtensor_complex
_f_torchtensor_conj_physical = _core.rt_torch_torchtensor_conj_physical
_f_torchtensor_contiguous_v2 = _core.rt_torch_torchtensor_contiguous_v2
_f_torchtensor_copy_ = _core.rt_torch_torchtensor_copy_
_f_torchtensor_copysign_scalar = _core.rt_torch_torchtensor_copysign_scalar
_f_torchtensor_copysign_tensor = _core.rt_torch_torchtensor_copysign_tensor
_f_torchtensor_cos = _core.rt_torch_torchtensor_cos
_f_torchtensor_cosh = _core.rt_torch_torchtensor_cosh
_f_torchtensor_cuda = _core.rt_torch_torchtensor_cuda
_f_torchtensor_deg2rad = _core.rt_torch_torchtensor_deg2rad
_f_torchtensor_digamma = _core.rt_torch_torchtensor_digamma
_f_torchtensor_div_scalar_ = _core.rt_torch_torchtensor_div_scalar_
_f_torchtensor_div_scalar_mode = _core.rt_torch_torchtensor_div_scalar_mode
_f_torchtensor_div_scalar_mode_ = _core.rt_torch_torchtensor_div_scalar_mode_
_f_torchtensor_div_tensor_ = _core.rt_torch_torchtensor_div_tensor_
_f_torchtensor_div_tensor_mode = _core.rt_torch_torchtensor_div_tensor_mode
_f_torchtensor_div_tensor_mode_ = _core.rt_torch_torchtensor_div_tensor_mode_
_f_torchtensor_dot = _core.rt_torch_torchtensor_dot
_f_torchtensor_eq_scalar = _core.rt_torch_torchtensor_eq_scalar
_f_torchtensor_eq_tensor = _core.rt_torch_torchtensor_eq_tensor
_f_torchtensor_equal = _core.rt_torch_torchtensor_equal
_f_torchtensor_erf = _core.rt_torch_torchtensor_erf
_f_torchtensor_erfc = _core.rt_torch_torchtensor_erfc
_f_torchtensor_erfinv = _core.rt_torch_torchtensor_erfinv
_f_torchtensor_exp = _core.rt_torch_torchtensor_exp
_f_torchtensor_exp2 = _core.rt_torch_torchtensor_exp2
_f_torchtensor_exp_ = _core.rt_torch_torchtensor_exp_
_f_torchtensor_expm1 = _core.rt_torch_torchtensor_expm1
_f_torchtensor_fill_scalar_ = _core.rt_torch_torchtensor_fill_scalar_
_f_torchtensor_fill_tensor_ = _core.rt_torch_torchtensor_fill_tensor_
_f_torchtensor_flatten_using_ints = _core.rt_torch_torchtensor_flatten_using_ints
_f_torchtensor_float_power_tensor_scalar = _core.rt_torch_torchtensor_float_power_tensor_scalar
_f_torchtensor_float_power_tensor_tensor = _core.rt_torch_torchtensor_float_power_tensor_tensor
_f_torchtensor_floor = _core.rt_torch_torchtensor_floor
_f_torchtensor_floor_divide = _core.rt_torch_torchtensor_floor_divide
_f_torchtensor_floor_divide_scalar = _core.rt_torch_torchtensor_floor_divide_scalar
_f_torchtensor_fmax = _core.rt_torch_torchtensor_fmax
_f_torchtensor_fmin = _core.rt_torch_torchtensor_fmin
_f_torchtensor_fmod_scalar = _core.rt_torch_torchtensor_fmod_scalar
_f_torchtensor_fmod_tensor = _core.rt_torch_torchtensor_fmod_tensor
_f_torchtensor_frac = _core.rt_torch_torchtensor_frac
_f_torchtensor_free = _core.rt_torch_torchtensor_free
_f_torchtensor_frexp_tensor = _core.rt_torch_torchtensor_frexp_tensor
_f_torchtensor_gather = _core.rt_torch_torchtensor_gather
_f_torchtensor_gcd = _core.rt_torch_torchtensor_gcd
_f_torchtensor_ge_scalar = _core.rt_torch_torchtensor_ge_scalar
_f_torchtensor_ge_tensor = _core.rt_torch_torchtensor_ge_tensor
_f_torchtensor_gt_scalar = _core.rt_torch_torchtensor_gt_scalar
_f_torchtensor_gt_tensor = _core.rt_torch_torchtensor_gt_tensor
_f_torchtensor_heaviside = _core.rt_torch_torchtensor_heaviside
_f_torchtensor_hypot = _core.rt_torch_torchtensor_hypot
_f_torchtensor_i0 = _core.rt_torch_torchtensor_i0
_f_torchtensor_imag = _core.rt_torch_torchtensor_imag
_f_torchtensor_index_select = _core.rt_torch_torchtensor_index_select
_f_torchtensor_inverse = _core.rt_torch_torchtensor_inverse
_f_torchtensor_isclose = _core.rt_torch_torchtensor_isclose
_f_torchtensor_isfinite = _core.rt_torch_torchtensor_isfinite
_f_torchtensor_isin_tensor_scalar = _core.rt_torch_torchtensor_isin_tensor_scalar
_f_torchtensor_isin_tensor_tensor = _core.rt_torch_torchtensor_isin_tensor_tensor
_f_torchtensor_isinf = _core.rt_torch_torchtensor_isinf
_f_torchtensor_isnan = _core.rt_torch_torchtensor_isnan
_f_torchtensor_isneginf = _core.rt_torch_torchtensor_isneginf
_f_torchtensor_isposinf = _core.rt_torch_torchtensor_isposinf
_f_torchtensor_isreal = _core.rt_torch_torchtensor_isreal
_f_torchtensor_lcm = _core.rt_torch_torchtensor_lcm
_f_torchtensor_ldexp_tensor = _core.rt_torch_torchtensor_ldexp_tensor
_f_torchtensor_le_scalar = _core.rt_torch_torchtensor_le_scalar
_f_torchtensor_le_tensor = _core.rt_torch_torchtensor_le_tensor
_f_torchtensor_lerp_ = _core.rt_torch_torchtensor_lerp_
_f_torchtensor_lerp_scalar = _core.rt_torch_torchtensor_lerp_scalar
_f_torchtensor_lerp_tensor = _core.rt_torch_torchtensor_lerp_tensor
_f_torchtensor_lgamma = _core.rt_torch_torchtensor_lgamma
_f_torchtensor_linalg_det = _core.rt_torch_torchtensor_linalg_det
_f_torchtensor_log = _core.rt_torch_torchtensor_log
_f_torchtensor_log10 = _core.rt_torch_torchtensor_log10
_f_torchtensor_log1p = _core.rt_torch_torchtensor_log1p
_f_torchtensor_log2 = _core.rt_torch_torchtensor_log2
_f_torchtensor_log_ = _core.rt_torch_torchtensor_log_
_f_torchtensor_log_softmax_int = _core.rt_torch_torchtensor_log_softmax_int
_f_torchtensor_logaddexp = _core.rt_torch_torchtensor_logaddexp
_f_torchtensor_logaddexp2 = _core.rt_torch_torchtensor_logaddexp2
_f_torchtensor_logical_and = _core.rt_torch_torchtensor_logical_and
_f_torchtensor_logical_not = _core.rt_torch_torchtensor_logical_not
_f_torchtensor_logical_or = _core.rt_torch_torchtensor_logical_or
_f_torchtensor_logical_xor = _core.rt_torch_torchtensor_logical_xor
_f_torchtensor_logit = _core.rt_torch_torchtensor_logit
_f_torchtensor_lt_scalar = _core.rt_torch_torchtensor_lt_scalar
_f_torchtensor_lt_tensor = _core.rt_torch_torchtensor_lt_tensor
_f_torchtensor_masked_fill_scalar = _core.rt_torch_torchtensor_masked_fill_scalar
_f_torchtensor_masked_fill_scalar_ = _core.rt_torch_torchtensor_masked_fill_scalar_
_f_torchtensor_masked_fill_tensor = _core.rt_torch_torchtensor_masked_fill_tensor
_f_torchtensor_masked_fill_tensor_ = _core.rt_torch_torchtensor_masked_fill_tensor_
_f_torchtensor_masked_scatter = _core.rt_torch_torchtensor_masked_scatter
_f_torchtensor_masked_select = _core.rt_torch_torchtensor_masked_select
_f_torchtensor_matmul = _core.rt_torch_torchtensor_matmul
_f_torchtensor_max_all = _core.rt_torch_torchtensor_max_all
_f_torchtensor_max_dim_v2 = _core.rt_torch_torchtensor_max_dim_v2
_f_torchtensor_max_other = _core.rt_torch_torchtensor_max_other
_f_torchtensor_maximum = _core.rt_torch_torchtensor_maximum
_f_torchtensor_mean_dim_v2 = _core.rt_torch_torchtensor_mean_dim_v2
_f_torchtensor_min_all = _core.rt_torch_torchtensor_min_all
_f_torchtensor_min_dim_v2 = _core.rt_torch_torchtensor_min_dim_v2
_f_torchtensor_min_other = _core.rt_torch_torchtensor_min_other
_f_torchtensor_minimum = _core.rt_torch_torchtensor_minimum
_f_torchtensor_mul_ = _core.rt_torch_torchtensor_mul_
_f_torchtensor_mul_scalar_v2 = _core.rt_torch_torchtensor_mul_scalar_v2
_f_torchtensor_mul_scalar_v2_ = _core.rt_torch_torchtensor_mul_scalar_v2_
_f_torchtensor_mul_tensor = _core.rt_torch_torchtensor_mul_tensor
_f_torchtensor_mvlgamma = _core.rt_torch_torchtensor_mvlgamma
_f_torchtensor_nan_to_num = _core.rt_torch_torchtensor_nan_to_num
_f_torchtensor_ne_scalar = _core.rt_torch_torchtensor_ne_scalar
_f_torchtensor_ne_tensor = _core.rt_torch_torchtensor_ne_tensor
_f_torchtensor_neg = _core.rt_torch_torchtensor_neg
_f_torchtensor_neg_ = _core.rt_torch_torchtensor_neg_
_f_torchtensor_nextafter = _core.rt_torch_torchtensor_nextafter
_f_torchtensor_numel = _core.rt_torch_torchtensor_numel
_f_torchtensor_permute = _core.rt_torch_torchtensor_permute
_f_torchtensor_positive = _core.rt_torch_torchtensor_positive
_f_torchtensor_pow_scalar_ = _core.rt_torch_torchtensor_pow_scalar_
_f_torchtensor_pow_tensor_ = _core.rt_torch_torchtensor_pow_tensor_
_f_torchtensor_pow_tensor_scalar = _core.rt_torch_torchtensor_pow_tensor_scalar
_f_torchtensor_pow_tensor_tensor = _core.rt_torch_torchtensor_pow_tensor_tensor
_f_torchtensor_rad2deg = _core.rt_torch_torchtensor_rad2deg
_f_torchtensor_real = _core.rt_torch_torchtensor_real
_f_torchtensor_reciprocal = _core.rt_torch_torchtensor_reciprocal
_f_torchtensor_relu = _core.rt_torch_torchtensor_relu
_f_torchtensor_remainder_scalar = _core.rt_torch_torchtensor_remainder_scalar
_f_torchtensor_remainder_tensor = _core.rt_torch_torchtensor_remainder_tensor
_f_torchtensor_reshape = _core.rt_torch_torchtensor_reshape
_f_torchtensor_round = _core.rt_torch_torchtensor_round
_f_torchtensor_round_decimals = _core.rt_torch_torchtensor_round_decimals
_f_torchtensor_rsqrt = _core.rt_torch_torchtensor_rsqrt
_f_torchtensor_rsub_scalar = _core.rt_torch_torchtensor_rsub_scalar
_f_torchtensor_rsub_tensor = _core.rt_torch_torchtensor_rsub_tensor
_f_torchtensor_select_int = _core.rt_torch_torchtensor_select_int
_f_torchtensor_sigmoid = _core.rt_torch_torchtensor_sigmoid
_f_torchtensor_sign = _core.rt_torch_torchtensor_sign
_f_torchtensor_signbit = _core.rt_torch_torchtensor_signbit
_f_torchtensor_sin = _core.rt_torch_torchtensor_sin
_f_torchtensor_sinc = _core.rt_torch_torchtensor_sinc
_f_torchtensor_sinh = _core.rt_torch_torchtensor_sinh
_f_torchtensor_softmax_int = _core.rt_torch_torchtensor_softmax_int
_f_torchtensor_sqrt = _core.rt_torch_torchtensor_sqrt
_f_torchtensor_sqrt_ = _core.rt_torch_torchtensor_sqrt_
_f_torchtensor_square = _core.rt_torch_torchtensor_square
_f_torchtensor_squeeze = _core.rt_torch_torchtensor_squeeze
_f_torchtensor_squeeze_dim = _core.rt_torch_torchtensor_squeeze_dim
_f_torchtensor_squeeze_dims = _core.rt_torch_torchtensor_squeeze_dims
_f_torchtensor_stack = _core.rt_torch_torchtensor_stack
_f_torchtensor_std_correction = _core.rt_torch_torchtensor_std_correction
_f_torchtensor_std_dim = _core.rt_torch_torchtensor_std_dim
_f_torchtensor_std_v2 = _core.rt_torch_torchtensor_std_v2
_f_torchtensor_sub_scalar = _core.rt_torch_torchtensor_sub_scalar
_f_torchtensor_sub_scalar_ = _core.rt_torch_torchtensor_sub_scalar_
_f_torchtensor_sub_tensor = _core.rt_torch_torchtensor_sub_tensor
_f_torchtensor_sub_tensor_ = _core.rt_torch_torchtensor_sub_tensor_
_f_torchtensor_sum_dim_intlist = _core.rt_torch_torchtensor_sum_dim_intlist
_f_torchtensor_t = _core.rt_torch_torchtensor_t
_f_torchtensor_tan = _core.rt_torch_torchtensor_tan
_f_torchtensor_tanh = _core.rt_torch_torchtensor_tanh
_f_torchtensor_to_device = _core.rt_torch_torchtensor_to_device
_f_torchtensor_to_dtype_layout = _core.rt_torch_torchtensor_to_dtype_layout
_f_torchtensor_to_dtype_v2 = _core.rt_torch_torchtensor_to_dtype_v2
_f_torchtensor_to_other = _core.rt_torch_torchtensor_to_other
_f_torchtensor_to_stream = _core.rt_torch_torchtensor_to_stream
_f_torchtensor_transpose = _core.rt_torch_torchtensor_transpose
_f_torchtensor_true_divide_scalar = _core.rt_torch_torchtensor_true_divide_scalar
_f_torchtensor_true_divide_tensor = _core.rt_torch_torchtensor_true_divide_tensor
_f_torchtensor_trunc = _core.rt_torch_torchtensor_trunc
_f_torchtensor_unsqueeze = _core.rt_torch_torchtensor_unsqueeze
_f_torchtensor_var_correction = _core.rt_torch_torchtensor_var_correction
_f_torchtensor_var_dim = _core.rt_torch_torchtensor_var_dim
_f_torchtensor_var_v2 = _core.rt_torch_torchtensor_var_v2
_f_torchtensor_view = _core.rt_torch_torchtensor_view
_f_torchtensor_where_scalar = _core.rt_torch_torchtensor_where_scalar
_f_torchtensor_where_scalarother = _core.rt_torch_torchtensor_where_scalarother
_f_torchtensor_where_scalarself = _core.rt_torch_torchtensor_where_scalarself
_f_torchtensor_where_self = _core.rt_torch_torchtensor_where_self
_f_torchtensor_xlogy_scalar_other = _core.rt_torch_torchtensor_xlogy_scalar_other
_f_torchtensor_xlogy_tensor = _core.rt_torch_torchtensor_xlogy_tensor
_f_torchtensor_zero_ = _core.rt_torch_torchtensor_zero_
_f_version = _core.rt_torch_version

# The forms of overloaded functions, as _runtime.match reads them.
_FORM_TORCH_SFFI_SQUEEZE_0: _FormInfo = _form_info((("input", "Tensor", False, False, False),))
_FORM_TORCH_SFFI_SQUEEZE_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int", False, False, False)))
_FORM_TORCH_SFFI_SQUEEZE_2: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("dim", "int[]", False, False, False)))
_FORM_TENSOR_SQUEEZE_0: _FormInfo = _form_info(())
_FORM_TENSOR_SQUEEZE_1: _FormInfo = _form_info((("dim", "int", False, False, False),))
_FORM_TENSOR_SQUEEZE_2: _FormInfo = _form_info((("dim", "int[]", False, False, True),))
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


def _torch_sffi_squeeze_0(input: Tensor) -> Tensor:
    """One form of torch_sffi.squeeze."""
    return _f_torchtensor_squeeze(input if input.__class__ is _Tensor else _handle(input, "input"))


def _torch_sffi_squeeze_1(input: Tensor, dim: int) -> Tensor:
    """One form of torch_sffi.squeeze."""
    return _f_torchtensor_squeeze_dim(input if input.__class__ is _Tensor else _handle(input, "input"), dim)


def _torch_sffi_squeeze_2(input: Tensor, dim: int | Sequence[int]) -> Tensor:
    """One form of torch_sffi.squeeze."""
    dim_ = _ints(dim, "dim")
    return _f_torchtensor_squeeze_dims(input, dim_)


def _Tensor_squeeze_0(self: Tensor) -> Tensor:
    """One form of torch_sffi.Tensor.squeeze."""
    return _f_torchtensor_squeeze(self)


def _Tensor_squeeze_1(self: Tensor, dim: int) -> Tensor:
    """One form of torch_sffi.Tensor.squeeze."""
    return _f_torchtensor_squeeze_dim(self, dim)


def _Tensor_squeeze_2(self: Tensor, dim: int | Sequence[int]) -> Tensor:
    """One form of torch_sffi.Tensor.squeeze."""
    dim_ = _ints(dim, "dim")
    return _f_torchtensor_squeeze_dims(self, dim_)


def _torch_sffi_max_0(input: Tensor) -> Tensor:
    """One form of torch_sffi.max."""
    return _f_torchtensor_max_all(input if input.__class__ is _Tensor else _handle(input, "input"))


def _torch_sffi_max_1(input: Tensor, dim: int, keepdim: bool = False) -> _rt_types.max:
    """One form of torch_sffi.max."""
    return _tuple_new(_rt_types.max, _f_torchtensor_max_dim_v2(input, dim, keepdim))


def _torch_sffi_max_2(input: Tensor, other: Tensor) -> Tensor:
    """One form of torch_sffi.max."""
    return _f_torchtensor_max_other(input, other)


def _Tensor_max_0(self: Tensor) -> Tensor:
    """One form of torch_sffi.Tensor.max."""
    return _f_torchtensor_max_all(self)


def _Tensor_max_1(self: Tensor, dim: int, keepdim: bool = False) -> _rt_types.max:
    """One form of torch_sffi.Tensor.max."""
    return _tuple_new(_rt_types.max, _f_torchtensor_max_dim_v2(self, dim, keepdim))


def _Tensor_max_2(self: Tensor, other: Tensor) -> Tensor:
    """One form of torch_sffi.Tensor.max."""
    return _f_torchtensor_max_other(self, other)


def _torch_sffi_min_0(input: Tensor) -> Tensor:
    """One form of torch_sffi.min."""
    return _f_torchtensor_min_all(input if input.__class__ is _Tensor else _handle(input, "input"))


def _torch_sffi_min_1(input: Tensor, dim: int, keepdim: bool = False) -> _rt_types.min:
    """One form of torch_sffi.min."""
    return _tuple_new(_rt_types.min, _f_torchtensor_min_dim_v2(input, dim, keepdim))


def _torch_sffi_min_2(input: Tensor, other: Tensor) -> Tensor:
    """One form of torch_sffi.min."""
    return _f_torchtensor_min_other(input, other)


def _Tensor_min_0(self: Tensor) -> Tensor:
    """One form of torch_sffi.Tensor.min."""
    return _f_torchtensor_min_all(self)


def _Tensor_min_1(self: Tensor, dim: int, keepdim: bool = False) -> _rt_types.min:
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


def _torch_sffi_eye_0(
    n: int,
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
    n: int,
    m: int,
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
    dim: int | Sequence[int] | None,
    unbiased: bool = True,
    keepdim: bool = False,
) -> Tensor:
    """One form of torch_sffi.std."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_std_dim(input, dim_, dim is not None, unbiased, keepdim)


def _torch_sffi_std_1(
    input: Tensor,
    dim: int | Sequence[int] | None = None,
    *,
    correction: Number | None = None,
    keepdim: bool = False,
) -> Tensor:
    """One form of torch_sffi.std."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_std_correction(input, dim_, dim is not None, correction, keepdim)


def _torch_sffi_std_2(input: Tensor, unbiased: bool = True) -> Tensor:
    """One form of torch_sffi.std."""
    return _f_torchtensor_std_v2(input, unbiased)


def _Tensor_std_0(
    self: Tensor,
    dim: int | Sequence[int] | None,
    unbiased: bool = True,
    keepdim: bool = False,
) -> Tensor:
    """One form of torch_sffi.Tensor.std."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_std_dim(self, dim_, dim is not None, unbiased, keepdim)


def _Tensor_std_1(
    self: Tensor,
    dim: int | Sequence[int] | None = None,
    *,
    correction: Number | None = None,
    keepdim: bool = False,
) -> Tensor:
    """One form of torch_sffi.Tensor.std."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_std_correction(self, dim_, dim is not None, correction, keepdim)


def _Tensor_std_2(self: Tensor, unbiased: bool = True) -> Tensor:
    """One form of torch_sffi.Tensor.std."""
    return _f_torchtensor_std_v2(self, unbiased)


def _torch_sffi_var_0(
    input: Tensor,
    dim: int | Sequence[int] | None,
    unbiased: bool = True,
    keepdim: bool = False,
) -> Tensor:
    """One form of torch_sffi.var."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_var_dim(input, dim_, dim is not None, unbiased, keepdim)


def _torch_sffi_var_1(
    input: Tensor,
    dim: int | Sequence[int] | None = None,
    *,
    correction: Number | None = None,
    keepdim: bool = False,
) -> Tensor:
    """One form of torch_sffi.var."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_var_correction(input, dim_, dim is not None, correction, keepdim)


def _torch_sffi_var_2(input: Tensor, unbiased: bool = True) -> Tensor:
    """One form of torch_sffi.var."""
    return _f_torchtensor_var_v2(input, unbiased)


def _Tensor_var_0(
    self: Tensor,
    dim: int | Sequence[int] | None,
    unbiased: bool = True,
    keepdim: bool = False,
) -> Tensor:
    """One form of torch_sffi.Tensor.var."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_var_dim(self, dim_, dim is not None, unbiased, keepdim)


def _Tensor_var_1(
    self: Tensor,
    dim: int | Sequence[int] | None = None,
    *,
    correction: Number | None = None,
    keepdim: bool = False,
) -> Tensor:
    """One form of torch_sffi.Tensor.var."""
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_var_correction(self, dim_, dim is not None, correction, keepdim)


def _Tensor_var_2(self: Tensor, unbiased: bool = True) -> Tensor:
    """One form of torch_sffi.Tensor.var."""
    return _f_torchtensor_var_v2(self, unbiased)


def _Tensor_to_0(
    self: Tensor,
    dtype: DType,
    non_blocking: bool = False,
    copy: bool = False,
    *,
    memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
) -> Tensor:
    """One form of torch_sffi.Tensor.to."""
    return _f_torchtensor_to_dtype_v2(self, dtype, non_blocking, copy, _opt_text(memory_format, "memory_format"))


def _Tensor_to_1(
    self: Tensor,
    device: DeviceLike,
    dtype: DType | None = None,
    non_blocking: bool = False,
    copy: bool = False,
    *,
    memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
) -> Tensor:
    """One form of torch_sffi.Tensor.to."""
    return _f_torchtensor_to_device(self, device, dtype, non_blocking, copy, _opt_text(memory_format, "memory_format"))


def _Tensor_to_2(
    self: Tensor,
    other: Tensor,
    non_blocking: bool = False,
    copy: bool = False,
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
    non_blocking: bool = False,
    copy: bool = False,
    memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
) -> Tensor:
    """One form of torch_sffi.Tensor.to."""
    return _f_torchtensor_to_dtype_layout(self, dtype, device, non_blocking, copy, _opt_text(memory_format, "memory_format"))


def _torch_sffi_round_0(input: Tensor) -> Tensor:
    """One form of torch_sffi.round."""
    return _f_torchtensor_round(input)


def _torch_sffi_round_1(input: Tensor, *, decimals: int) -> Tensor:
    """One form of torch_sffi.round."""
    return _f_torchtensor_round_decimals(input, decimals)


def _Tensor_round_0(self: Tensor) -> Tensor:
    """One form of torch_sffi.Tensor.round."""
    return _f_torchtensor_round(self)


def _Tensor_round_1(self: Tensor, *, decimals: int) -> Tensor:
    """One form of torch_sffi.Tensor.round."""
    return _f_torchtensor_round_decimals(self, decimals)


def _torch_sffi_isin_0(
    elements: Tensor,
    test_elements: Tensor,
    *,
    assume_unique: bool = False,
    invert: bool = False,
) -> Tensor:
    """One form of torch_sffi.isin."""
    return _f_torchtensor_isin_tensor_tensor(elements, test_elements, assume_unique, invert)


def _torch_sffi_isin_1(
    elements: Tensor,
    test_element: Number,
    *,
    assume_unique: bool = False,
    invert: bool = False,
) -> Tensor:
    """One form of torch_sffi.isin."""
    return _f_torchtensor_isin_tensor_scalar(elements, test_element, assume_unique, invert)


def _torch_sffi_isin_2(
    element: Number,
    test_elements: Tensor,
    *,
    assume_unique: bool = False,
    invert: bool = False,
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
_DISPATCH_TORCH_SFFI_SQUEEZE = ((_FORM_TORCH_SFFI_SQUEEZE_0, _torch_sffi_squeeze_0), (_FORM_TORCH_SFFI_SQUEEZE_1, _torch_sffi_squeeze_1), (_FORM_TORCH_SFFI_SQUEEZE_2, _torch_sffi_squeeze_2),)
_DISPATCH_TENSOR_SQUEEZE = ((_FORM_TENSOR_SQUEEZE_0, _Tensor_squeeze_0), (_FORM_TENSOR_SQUEEZE_1, _Tensor_squeeze_1), (_FORM_TENSOR_SQUEEZE_2, _Tensor_squeeze_2),)
_DISPATCH_TORCH_SFFI_MAX = ((_FORM_TORCH_SFFI_MAX_0, _torch_sffi_max_0), (_FORM_TORCH_SFFI_MAX_1, _torch_sffi_max_1), (_FORM_TORCH_SFFI_MAX_2, _torch_sffi_max_2),)
_DISPATCH_TENSOR_MAX = ((_FORM_TENSOR_MAX_0, _Tensor_max_0), (_FORM_TENSOR_MAX_1, _Tensor_max_1), (_FORM_TENSOR_MAX_2, _Tensor_max_2),)
_DISPATCH_TORCH_SFFI_MIN = ((_FORM_TORCH_SFFI_MIN_0, _torch_sffi_min_0), (_FORM_TORCH_SFFI_MIN_1, _torch_sffi_min_1), (_FORM_TORCH_SFFI_MIN_2, _torch_sffi_min_2),)
_DISPATCH_TENSOR_MIN = ((_FORM_TENSOR_MIN_0, _Tensor_min_0), (_FORM_TENSOR_MIN_1, _Tensor_min_1), (_FORM_TENSOR_MIN_2, _Tensor_min_2),)
_DISPATCH_TORCH_SFFI_ARANGE = ((_FORM_TORCH_SFFI_ARANGE_0, _torch_sffi_arange_0), (_FORM_TORCH_SFFI_ARANGE_1, _torch_sffi_arange_1),)
_DISPATCH_TORCH_SFFI_EYE = ((_FORM_TORCH_SFFI_EYE_0, _torch_sffi_eye_0), (_FORM_TORCH_SFFI_EYE_1, _torch_sffi_eye_1),)
_DISPATCH_TORCH_SFFI_STD = ((_FORM_TORCH_SFFI_STD_0, _torch_sffi_std_0), (_FORM_TORCH_SFFI_STD_1, _torch_sffi_std_1), (_FORM_TORCH_SFFI_STD_2, _torch_sffi_std_2),)
_DISPATCH_TENSOR_STD = ((_FORM_TENSOR_STD_0, _Tensor_std_0), (_FORM_TENSOR_STD_1, _Tensor_std_1), (_FORM_TENSOR_STD_2, _Tensor_std_2),)
_DISPATCH_TORCH_SFFI_VAR = ((_FORM_TORCH_SFFI_VAR_0, _torch_sffi_var_0), (_FORM_TORCH_SFFI_VAR_1, _torch_sffi_var_1), (_FORM_TORCH_SFFI_VAR_2, _torch_sffi_var_2),)
_DISPATCH_TENSOR_VAR = ((_FORM_TENSOR_VAR_0, _Tensor_var_0), (_FORM_TENSOR_VAR_1, _Tensor_var_1), (_FORM_TENSOR_VAR_2, _Tensor_var_2),)
_DISPATCH_TENSOR_TO = ((_FORM_TENSOR_TO_0, _Tensor_to_0), (_FORM_TENSOR_TO_1, _Tensor_to_1), (_FORM_TENSOR_TO_2, _Tensor_to_2), (_FORM_TENSOR_TO_3, _Tensor_to_3),)
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

    def transpose(self, dim0: int, dim1: int) -> Tensor:
        """Swaps two dimensions; the result is a view sharing memory with the input.

        Args:
            dim0: The first dimension.
            dim1: The second dimension.

        Returns:
            A new handle to the transposed view.

        Bridge: rt_torch_torchtensor_transpose. PyTorch: torch.transpose.
        """
        return _f_torchtensor_transpose(self, dim0, dim1)

    def reshape(self, *dims: int | Sequence[int]) -> Tensor:
        """The same data with a new shape; a view when possible, a copy otherwise.

        Args:
            dims: The new shape; one size may be -1 (inferred).

        Returns:
            A new handle.

        Bridge: rt_torch_torchtensor_reshape. PyTorch: torch.reshape.
        """
        dims_ = _size(dims)
        return _f_torchtensor_reshape(self, dims_)

    def view(self, *dims: int | Sequence[int]) -> Tensor:
        """A view of the same memory with a new shape.

        Args:
            dims: The new shape; one size may be -1 (inferred).

        Returns:
            A new handle sharing memory with handle.

        Bridge: rt_torch_torchtensor_view. PyTorch: torch.Tensor.view.
        """
        dims_ = _size(dims)
        return _f_torchtensor_view(self, dims_)

    def permute(self, *dims: int | Sequence[int]) -> Tensor:
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
    def squeeze(self, dim: int) -> Tensor: ...

    @overload
    def squeeze(self, *dim: int | Sequence[int]) -> Tensor: ...

    def squeeze(self, *args: Any, **kwargs: Any) -> Any:
        """squeeze: one of 3 forms, chosen by the arguments as PyTorch chooses.

        squeeze()
            Removes every dimension of size 1.

        squeeze(dim: int)
            Removes one dimension if its size is 1.

        squeeze(*dim: int | Sequence[int])
            Drops the given dimensions where their size is 1.

        Bridge: rt_torch_torchtensor_squeeze, rt_torch_torchtensor_squeeze_dim, rt_torch_torchtensor_squeeze_dims. PyTorch: torch.squeeze.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_SQUEEZE)
        if _r is not NotImplemented:
            return _r
        _no_match("squeeze", args, kwargs, (_FORM_TENSOR_SQUEEZE_0, _FORM_TENSOR_SQUEEZE_1, _FORM_TENSOR_SQUEEZE_2,))

    def unsqueeze(self, dim: int) -> Tensor:
        """Inserts a dimension of size 1.

        Args:
            dim: The position of the new dimension, in -(ndim+1)..ndim.

        Returns:
            A new handle to the view.

        Bridge: rt_torch_torchtensor_unsqueeze. PyTorch: torch.unsqueeze.
        """
        return _f_torchtensor_unsqueeze(self, dim)

    def index_select(self, dim: int, indices: Tensor) -> Tensor:
        """Selects entries along a dimension by an index tensor.

        Args:
            dim: The dimension; negative values count from the end.
            indices: A 1-D int64 (or int32) tensor of indices.

        Returns:
            A new tensor (a copy).

        Bridge: rt_torch_torchtensor_index_select. PyTorch: torch.index_select.
        """
        return _f_torchtensor_index_select(self, dim, indices)

    def gather(self, dim: int, indices: Tensor) -> Tensor:
        """Gathers values along a dimension by an index tensor of the same rank.

        Args:
            dim: The dimension; negative values count from the end.
            indices: An int64 tensor with the same number of dimensions.

        Returns:
            A new tensor shaped like indices.

        Bridge: rt_torch_torchtensor_gather. PyTorch: torch.gather.
        """
        return _f_torchtensor_gather(self, dim, indices)

    def chunk(self, chunks: int, dim: int = 0) -> tuple[Tensor, ...]:
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

    def requires_grad_(self, requires_grad: bool = True) -> Tensor:
        """Turns gradient tracking on or off for a leaf tensor, in place.

        Args:
            requires_grad: Whether to track gradients.

        Bridge: rt_torch_autograd_set_requires_grad. PyTorch: torch.Tensor.requires_grad_.
        """
        _f_autograd_set_requires_grad(self, requires_grad)
        return self

    @property
    def requires_grad(self) -> bool:
        """Reports whether a tensor tracks gradients.

        Returns:
            true when operations on the tensor are recorded for backward.

        Bridge: rt_torch_autograd_requires_grad. PyTorch: torch.Tensor.requires_grad.
        """
        return _f_autograd_requires_grad(self)

    @requires_grad.setter
    def requires_grad(self, requires_grad: bool) -> None:
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

    def backward(self) -> None:
        """Backpropagates from a scalar tensor, accumulating gradients into the leaves.

        Bridge: rt_torch_autograd_backward. PyTorch: torch.Tensor.backward.
        """
        _f_autograd_backward(self)

    def zero_grad(self) -> Tensor:
        """Zeroes a tensor's gradient in place; does nothing when none is defined.

        Bridge: rt_torch_autograd_zero_grad. PyTorch: torch.Tensor.grad.zero_.
        """
        _f_autograd_zero_grad(self)
        return self

    def cuda(self, device_id: int = 0) -> Tensor:
        """A copy of the tensor on a CUDA device.

        Args:
            device_id: The CUDA device ordinal.

        Returns:
            A new handle on the device (the same memory if it is already there).

        Raises TorchUnavailableError on a build or machine without CUDA.

        Bridge: rt_torch_torchtensor_cuda. PyTorch: torch.Tensor.cuda.
        """
        return _f_torchtensor_cuda(self, device_id)

    def to_stream(self, device_id: int, stream: Stream) -> Tensor:
        """A copy of the tensor on a CUDA device, enqueued on the given stream.

        Args:
            device_id: The CUDA device ordinal.
            stream: A stream of that device; synchronise it before reading the result
                elsewhere.

        Returns:
            A new handle on the device.

        Raises TorchUnavailableError on a build or machine without CUDA.

        Bridge: rt_torch_torchtensor_to_stream. PyTorch: torch.Tensor.to.
        """
        return _f_torchtensor_to_stream(self, device_id, stream._h)

    def free(self) -> None:
        """Releases a tensor handle; the memory goes when no other handle or view uses it.

        Bridge: rt_torch_torchtensor_free.
        """
        _f_torchtensor_free(self)
        self._live = False

    @overload
    def max(self) -> Tensor: ...

    @overload
    def max(self, dim: int, keepdim: bool = False) -> _rt_types.max: ...

    @overload
    def max(self, other: Tensor) -> Tensor: ...

    def max(self, *args: Any, **kwargs: Any) -> Any:
        """max: one of 3 forms, chosen by the arguments as PyTorch chooses.

        max()
            The largest element as a 0-d tensor, which can be backpropagated.

        max(dim: int, keepdim: bool = False)
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
    def min(self, dim: int, keepdim: bool = False) -> _rt_types.min: ...

    @overload
    def min(self, other: Tensor) -> Tensor: ...

    def min(self, *args: Any, **kwargs: Any) -> Any:
        """min: one of 3 forms, chosen by the arguments as PyTorch chooses.

        min()
            The smallest element as a 0-d tensor, which can be backpropagated.

        min(dim: int, keepdim: bool = False)
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

    def add_(self, other: Tensor | Number, *, alpha: Number = 1) -> Tensor:
        """add_: one of 2 forms, chosen by the arguments as PyTorch chooses.

        add_(other: Tensor, *, alpha: Number = 1)
            Adds alpha times another tensor to this one, in place (PyTorch's Tensor.add_
            with a tensor).

        add_(other: Number, *, alpha: Number = 1)
            Adds alpha times a number to every element, in place (an int keeps integer
            tensors integer).

        Bridge: rt_torch_torchtensor_add_tensor_, rt_torch_torchtensor_add_scalar_v2_. PyTorch: torch.Tensor.add_.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            _f_torchtensor_add_tensor_(self, other, alpha)
            return self
        if _accepts("Scalar", other):
            _f_torchtensor_add_scalar_v2_(self, other, alpha)
            return self
        _no_match("add_", (), {"other": other, "alpha": alpha}, (_FORM_TENSOR_ADD__0, _FORM_TENSOR_ADD__1,))

    @overload
    def mul_(self, other: Tensor) -> Tensor: ...

    @overload
    def mul_(self, other: Number) -> Tensor: ...

    def mul_(self, other: Tensor | Number) -> Tensor:
        """mul_: one of 2 forms, chosen by the arguments as PyTorch chooses.

        mul_(other: Tensor)
            Multiplies element-wise by another tensor, in place.

        mul_(other: Number)
            Multiplies every element by a number, in place (an int keeps integer tensors
            integer).

        Bridge: rt_torch_torchtensor_mul_, rt_torch_torchtensor_mul_scalar_v2_. PyTorch: torch.Tensor.mul_.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            _f_torchtensor_mul_(self, other)
            return self
        if _accepts("Scalar", other):
            _f_torchtensor_mul_scalar_v2_(self, other)
            return self
        _no_match("mul_", (), {"other": other}, (_FORM_TENSOR_MUL__0, _FORM_TENSOR_MUL__1,))

    def addcmul_(self, tensor1: Tensor, tensor2: Tensor, value: float = 1.0) -> Tensor:
        """Adds value times the element-wise product of two tensors, in place.

        Args:
            tensor1: The first factor.
            tensor2: The second factor.
            value: The multiplier of tensor1 * tensor2.

        Bridge: rt_torch_torchtensor_addcmul_. PyTorch: torch.Tensor.addcmul_.
        """
        _f_torchtensor_addcmul_(self, tensor1, tensor2, value)
        return self

    def addcdiv_(self, tensor1: Tensor, tensor2: Tensor, value: float = 1.0) -> Tensor:
        """Adds value times the element-wise quotient of two tensors, in place.

        Args:
            tensor1: The numerator.
            tensor2: The denominator.
            value: The multiplier of tensor1 / tensor2.

        Bridge: rt_torch_torchtensor_addcdiv_. PyTorch: torch.Tensor.addcdiv_.
        """
        _f_torchtensor_addcdiv_(self, tensor1, tensor2, value)
        return self

    def lerp_(self, end: Tensor, weight: float) -> Tensor:
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

    @overload
    def add(self, other: Tensor, *, alpha: Number = 1) -> Tensor: ...

    @overload
    def add(self, other: Number, *, alpha: Number = 1) -> Tensor: ...

    def add(self, other: Tensor | Number, *, alpha: Number = 1) -> Tensor:
        """add: one of 2 forms, chosen by the arguments as PyTorch chooses.

        add(other: Tensor, *, alpha: Number = 1)
            The element-wise sum input + alpha * other (broadcasting, with PyTorch's type
            promotion).

        add(other: Number, *, alpha: Number = 1)
            Adds alpha times a number to every element (an int keeps integer tensors
            integer, as in PyTorch).

        Bridge: rt_torch_torchtensor_add_tensor, rt_torch_torchtensor_add_scalar_v2. PyTorch: torch.add.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_add_tensor(self, other, alpha)
        if _accepts("Scalar", other):
            return _f_torchtensor_add_scalar_v2(self, other, alpha)
        _no_match("add", (), {"other": other, "alpha": alpha}, (_FORM_TENSOR_ADD_0, _FORM_TENSOR_ADD_1,))

    @overload
    def sub(self, other: Tensor, *, alpha: Number = 1) -> Tensor: ...

    @overload
    def sub(self, other: Number, *, alpha: Number = 1) -> Tensor: ...

    def sub(self, other: Tensor | Number, *, alpha: Number = 1) -> Tensor:
        """sub: one of 2 forms, chosen by the arguments as PyTorch chooses.

        sub(other: Tensor, *, alpha: Number = 1)
            The element-wise difference input - alpha * other (broadcasting).

        sub(other: Number, *, alpha: Number = 1)
            Subtracts alpha times a number from every element.

        Bridge: rt_torch_torchtensor_sub_tensor, rt_torch_torchtensor_sub_scalar. PyTorch: torch.sub.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_sub_tensor(self, other, alpha)
        if _accepts("Scalar", other):
            return _f_torchtensor_sub_scalar(self, other, alpha)
        _no_match("sub", (), {"other": other, "alpha": alpha}, (_FORM_TENSOR_SUB_0, _FORM_TENSOR_SUB_1,))

    @overload
    def mul(self, other: Tensor) -> Tensor: ...

    @overload
    def mul(self, other: Number) -> Tensor: ...

    def mul(self, other: Tensor | Number) -> Tensor:
        """mul: one of 2 forms, chosen by the arguments as PyTorch chooses.

        mul(other: Tensor)
            The element-wise product (broadcasting).

        mul(other: Number)
            Multiplies every element by a number (an int keeps integer tensors integer).

        Bridge: rt_torch_torchtensor_mul_tensor, rt_torch_torchtensor_mul_scalar_v2. PyTorch: torch.mul.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_mul_tensor(self, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_mul_scalar_v2(self, other)
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

    def div(
        self,
        other: Tensor | Number,
        *,
        rounding_mode: Literal['trunc', 'floor'] | None = None,
    ) -> Tensor:
        """div: one of 2 forms, chosen by the arguments as PyTorch chooses.

        div(other: Tensor, *, rounding_mode: Literal['trunc', 'floor'] | None = None)
            The element-wise quotient input / other, true or rounded (broadcasting).

        div(other: Number, *, rounding_mode: Literal['trunc', 'floor'] | None = None)
            Divides every element by a number, true or rounded.

        Bridge: rt_torch_torchtensor_div_tensor_mode, rt_torch_torchtensor_div_scalar_mode. PyTorch: torch.div.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_div_tensor_mode(self, other, _opt_text(rounding_mode, "rounding_mode"))
        if _accepts("Scalar", other):
            return _f_torchtensor_div_scalar_mode(self, other, _opt_text(rounding_mode, "rounding_mode"))
        _no_match("div", (), {"other": other, "rounding_mode": rounding_mode}, (_FORM_TENSOR_DIV_0, _FORM_TENSOR_DIV_1,))

    @overload
    def pow(self, exponent: Number) -> Tensor: ...

    @overload
    def pow(self, exponent: Tensor) -> Tensor: ...

    def pow(self, exponent: Number | Tensor) -> Tensor:
        """pow: one of 2 forms, chosen by the arguments as PyTorch chooses.

        pow(exponent: Number)
            Raises every element to a number (an int exponent keeps integer tensors
            integer).

        pow(exponent: Tensor)
            Raises every element to the matching element of another tensor (broadcasting).

        Bridge: rt_torch_torchtensor_pow_tensor_scalar, rt_torch_torchtensor_pow_tensor_tensor. PyTorch: torch.pow.
        """
        if _accepts("Scalar", exponent):
            return _f_torchtensor_pow_tensor_scalar(self, exponent)
        if (exponent.__class__ is _Tensor or _accepts("Tensor", exponent)):
            return _f_torchtensor_pow_tensor_tensor(self, exponent)
        _no_match("pow", (), {"exponent": exponent}, (_FORM_TENSOR_POW_0, _FORM_TENSOR_POW_1,))

    def softmax(self, dim: int, dtype: DType | None = None) -> Tensor:
        """Softmax along a dimension, optionally computed in another dtype.

        Args:
            dim: The dimension that sums to 1; negative values count from the end.
            dtype: Convert the input to this dtype first; None keeps it.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_softmax_int. PyTorch: torch.softmax.
        """
        return _f_torchtensor_softmax_int(self, dim, dtype)

    def log_softmax(self, dim: int, dtype: DType | None = None) -> Tensor:
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
        dim: int | Sequence[int] | None = None,
        keepdim: bool = False,
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
        dim: int | Sequence[int] | None = None,
        keepdim: bool = False,
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

    def argmax(self, dim: int | None = None, keepdim: bool = False) -> Tensor:
        """The indices of the maxima, along a dimension or over the flattened tensor.

        Args:
            dim: The dimension to reduce; None for the flattened tensor.
            keepdim: Keep the reduced dimension with size 1 (with a dim).

        Returns:
            A new int64 tensor.

        Bridge: rt_torch_torchtensor_argmax_v2. PyTorch: torch.argmax.
        """
        return _f_torchtensor_argmax_v2(self, 0 if dim is None else dim, dim is not None, keepdim)

    def argmin(self, dim: int | None = None, keepdim: bool = False) -> Tensor:
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
        dim: int | Sequence[int] | None,
        unbiased: bool = True,
        keepdim: bool = False,
    ) -> Tensor: ...

    @overload
    def std(
        self,
        dim: int | Sequence[int] | None = None,
        *,
        correction: Number | None = None,
        keepdim: bool = False,
    ) -> Tensor: ...

    @overload
    def std(self, unbiased: bool = True) -> Tensor: ...

    def std(self, *args: Any, **kwargs: Any) -> Any:
        """std: one of 3 forms, chosen by the arguments as PyTorch chooses.

        std(dim: int | Sequence[int] | None, unbiased: bool = True, keepdim: bool = False)
            The standard deviation over some dimensions, with or without Bessel's
            correction.

        std(dim: int | Sequence[int] | None = None, *, correction: Number | None = None, keepdim: bool = False)
            The standard deviation over all or some dimensions, with a given correction.

        std(unbiased: bool = True)
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
        dim: int | Sequence[int] | None,
        unbiased: bool = True,
        keepdim: bool = False,
    ) -> Tensor: ...

    @overload
    def var(
        self,
        dim: int | Sequence[int] | None = None,
        *,
        correction: Number | None = None,
        keepdim: bool = False,
    ) -> Tensor: ...

    @overload
    def var(self, unbiased: bool = True) -> Tensor: ...

    def var(self, *args: Any, **kwargs: Any) -> Any:
        """var: one of 3 forms, chosen by the arguments as PyTorch chooses.

        var(dim: int | Sequence[int] | None, unbiased: bool = True, keepdim: bool = False)
            The variance over some dimensions, with or without Bessel's correction.

        var(dim: int | Sequence[int] | None = None, *, correction: Number | None = None, keepdim: bool = False)
            The variance over all or some dimensions, with a given correction.

        var(unbiased: bool = True)
            The variance of all elements, with or without Bessel's correction.

        Bridge: rt_torch_torchtensor_var_dim, rt_torch_torchtensor_var_correction, rt_torch_torchtensor_var_v2. PyTorch: torch.var.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_VAR)
        if _r is not NotImplemented:
            return _r
        _no_match("var", args, kwargs, (_FORM_TENSOR_VAR_0, _FORM_TENSOR_VAR_1, _FORM_TENSOR_VAR_2,))

    def flatten(self, start_dim: int = 0, end_dim: int = -1) -> Tensor:
        """Flattens the dimensions from start_dim to end_dim into one.

        Args:
            start_dim: The first dimension to flatten.
            end_dim: The last dimension to flatten (inclusive).

        Returns:
            A new handle (a view where the memory allows it).

        Bridge: rt_torch_torchtensor_flatten_using_ints. PyTorch: torch.flatten.
        """
        return _f_torchtensor_flatten_using_ints(self, start_dim, end_dim)

    def select(self, dim: int, index: int) -> Tensor:
        """The slice at one index along a dimension, which it removes.

        Args:
            dim: The dimension; negative values count from the end.
            index: The index along it; negative values count from the end.

        Returns:
            A new handle sharing memory with input (a view).

        Bridge: rt_torch_torchtensor_select_int. PyTorch: torch.select.
        """
        return _f_torchtensor_select_int(self, dim, index)

    @overload
    def to(
        self,
        dtype: DType,
        non_blocking: bool = False,
        copy: bool = False,
        *,
        memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
    ) -> Tensor: ...

    @overload
    def to(
        self,
        device: DeviceLike,
        dtype: DType | None = None,
        non_blocking: bool = False,
        copy: bool = False,
        *,
        memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
    ) -> Tensor: ...

    @overload
    def to(
        self,
        other: Tensor,
        non_blocking: bool = False,
        copy: bool = False,
        *,
        memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
    ) -> Tensor: ...

    @overload
    def to(
        self,
        *,
        dtype: DType | None = None,
        device: DeviceLike | None = None,
        non_blocking: bool = False,
        copy: bool = False,
        memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None,
    ) -> Tensor: ...

    def to(self, *args: Any, **kwargs: Any) -> Any:
        """to: one of 4 forms, chosen by the arguments as PyTorch chooses.

        to(dtype: DType, non_blocking: bool = False, copy: bool = False, *, memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None)
            The tensor converted to another dtype.

        to(device: DeviceLike, dtype: DType | None = None, non_blocking: bool = False, copy: bool = False, *, memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None)
            The tensor moved to a device, and optionally converted to another dtype.

        to(other: Tensor, non_blocking: bool = False, copy: bool = False, *, memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None)
            The tensor converted to the dtype and device of another tensor.

        to(*, dtype: DType | None = None, device: DeviceLike | None = None, non_blocking: bool = False, copy: bool = False, memory_format: Literal['contiguous_format', 'preserve_format', 'channels_last', 'channels_last_3d'] | None = None)
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

    @overload
    def round(self) -> Tensor: ...

    @overload
    def round(self, *, decimals: int) -> Tensor: ...

    def round(self, *args: Any, **kwargs: Any) -> Any:
        """round: one of 2 forms, chosen by the arguments as PyTorch chooses.

        round()
            Rounds every element to the nearest integer, halves to even.

        round(*, decimals: int)
            Rounds every element to a number of decimal places, halves to even.

        Bridge: rt_torch_torchtensor_round, rt_torch_torchtensor_round_decimals. PyTorch: torch.round.
        """
        _r = _dispatch(self, args, kwargs, _DISPATCH_TENSOR_ROUND)
        if _r is not NotImplemented:
            return _r
        _no_match("round", args, kwargs, (_FORM_TENSOR_ROUND_0, _FORM_TENSOR_ROUND_1,))

    def logit(self, eps: float | None = None) -> Tensor:
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

    def mvlgamma(self, p: int) -> Tensor:
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
        nan: float | None = None,
        posinf: float | None = None,
        neginf: float | None = None,
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

    def xlogy(self, other: Tensor | Number) -> Tensor:
        """xlogy: one of 2 forms, chosen by the arguments as PyTorch chooses.

        xlogy(other: Tensor)
            The element-wise input * log(other), 0 where input is 0 (even when other is 0 or
            inf).

        xlogy(other: Number)
            The element-wise input * log(other), 0 where input is 0 (even when other is 0 or
            inf).

        Bridge: rt_torch_torchtensor_xlogy_tensor, rt_torch_torchtensor_xlogy_scalar_other. PyTorch: torch.xlogy.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_xlogy_tensor(self, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_xlogy_scalar_other(self, other)
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

    def lerp(self, end: Tensor, weight: Number | Tensor) -> Tensor:
        """lerp: one of 2 forms, chosen by the arguments as PyTorch chooses.

        lerp(end: Tensor, weight: Number)
            Linear interpolation between two tensors, input + weight * (end - input).

        lerp(end: Tensor, weight: Tensor)
            Linear interpolation between two tensors, input + weight * (end - input).

        Bridge: rt_torch_torchtensor_lerp_scalar, rt_torch_torchtensor_lerp_tensor. PyTorch: torch.lerp.
        """
        if _accepts("Scalar", weight):
            return _f_torchtensor_lerp_scalar(self, end, weight)
        if (weight.__class__ is _Tensor or _accepts("Tensor", weight)):
            return _f_torchtensor_lerp_tensor(self, end, weight)
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

    def copysign(self, other: Tensor | Number) -> Tensor:
        """copysign: one of 2 forms, chosen by the arguments as PyTorch chooses.

        copysign(other: Tensor)
            The magnitude of input with the sign (bit) of other, element-wise.

        copysign(other: Number)
            The magnitude of input with the sign (bit) of other, element-wise.

        Bridge: rt_torch_torchtensor_copysign_tensor, rt_torch_torchtensor_copysign_scalar. PyTorch: torch.copysign.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_copysign_tensor(self, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_copysign_scalar(self, other)
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

    def fmod(self, other: Tensor | Number) -> Tensor:
        """fmod: one of 2 forms, chosen by the arguments as PyTorch chooses.

        fmod(other: Tensor)
            The element-wise C-style remainder of a division (std::fmod: the sign of the
            dividend).

        fmod(other: Number)
            The element-wise C-style remainder of a division (std::fmod: the sign of the
            dividend).

        Bridge: rt_torch_torchtensor_fmod_tensor, rt_torch_torchtensor_fmod_scalar. PyTorch: torch.fmod.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_fmod_tensor(self, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_fmod_scalar(self, other)
        _no_match("fmod", (), {"other": other}, (_FORM_TENSOR_FMOD_0, _FORM_TENSOR_FMOD_1,))

    @overload
    def remainder(self, other: Tensor) -> Tensor: ...

    @overload
    def remainder(self, other: Number) -> Tensor: ...

    def remainder(self, other: Tensor | Number) -> Tensor:
        """remainder: one of 2 forms, chosen by the arguments as PyTorch chooses.

        remainder(other: Tensor)
            The element-wise Python-style remainder of a division (the sign of the divisor).

        remainder(other: Number)
            The element-wise Python-style remainder of a division (the sign of the divisor).

        Bridge: rt_torch_torchtensor_remainder_tensor, rt_torch_torchtensor_remainder_scalar. PyTorch: torch.remainder.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_remainder_tensor(self, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_remainder_scalar(self, other)
        _no_match("remainder", (), {"other": other}, (_FORM_TENSOR_REMAINDER_0, _FORM_TENSOR_REMAINDER_1,))

    @overload
    def floor_divide(self, other: Tensor) -> Tensor: ...

    @overload
    def floor_divide(self, other: Number) -> Tensor: ...

    def floor_divide(self, other: Tensor | Number) -> Tensor:
        """floor_divide: one of 2 forms, chosen by the arguments as PyTorch chooses.

        floor_divide(other: Tensor)
            The element-wise quotient rounded down (toward negative infinity).

        floor_divide(other: Number)
            The element-wise quotient rounded down (toward negative infinity).

        Bridge: rt_torch_torchtensor_floor_divide, rt_torch_torchtensor_floor_divide_scalar. PyTorch: torch.floor_divide.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_floor_divide(self, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_floor_divide_scalar(self, other)
        _no_match("floor_divide", (), {"other": other}, (_FORM_TENSOR_FLOOR_DIVIDE_0, _FORM_TENSOR_FLOOR_DIVIDE_1,))

    @overload
    def true_divide(self, other: Tensor) -> Tensor: ...

    @overload
    def true_divide(self, other: Number) -> Tensor: ...

    def true_divide(self, other: Tensor | Number) -> Tensor:
        """true_divide: one of 2 forms, chosen by the arguments as PyTorch chooses.

        true_divide(other: Tensor)
            The element-wise true division (torch.div without rounding).

        true_divide(other: Number)
            The element-wise true division (torch.div without rounding).

        Bridge: rt_torch_torchtensor_true_divide_tensor, rt_torch_torchtensor_true_divide_scalar. PyTorch: torch.true_divide.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_true_divide_tensor(self, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_true_divide_scalar(self, other)
        _no_match("true_divide", (), {"other": other}, (_FORM_TENSOR_TRUE_DIVIDE_0, _FORM_TENSOR_TRUE_DIVIDE_1,))

    @overload
    def float_power(self, exponent: Tensor) -> Tensor: ...

    @overload
    def float_power(self, exponent: Number) -> Tensor: ...

    def float_power(self, exponent: Tensor | Number) -> Tensor:
        """float_power: one of 2 forms, chosen by the arguments as PyTorch chooses.

        float_power(exponent: Tensor)
            Raises input to the power of exponent element-wise, in double precision.

        float_power(exponent: Number)
            Raises input to the power of exponent element-wise, in double precision.

        Bridge: rt_torch_torchtensor_float_power_tensor_tensor, rt_torch_torchtensor_float_power_tensor_scalar. PyTorch: torch.float_power.
        """
        if (exponent.__class__ is _Tensor or _accepts("Tensor", exponent)):
            return _f_torchtensor_float_power_tensor_tensor(self, exponent)
        if _accepts("Scalar", exponent):
            return _f_torchtensor_float_power_tensor_scalar(self, exponent)
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

    def clamp(
        self,
        min: Number | None | Tensor | None = None,
        max: Number | None | Tensor | None = None,
    ) -> Tensor:
        """clamp: one of 2 forms, chosen by the arguments as PyTorch chooses.

        clamp(min: Number | None = None, max: Number | None = None)
            Limits every element to [min, max] by numbers (max wins where min > max).

        clamp(min: Tensor | None = None, max: Tensor | None = None)
            Limits every element to [min, max] by tensors of bounds, element-wise.

        Bridge: rt_torch_torchtensor_clamp, rt_torch_torchtensor_clamp_tensor. PyTorch: torch.clamp.
        """
        if _accepts("Scalar?", min) and _accepts("Scalar?", max):
            return _f_torchtensor_clamp(self, min, max)
        if _accepts("Tensor?", min) and _accepts("Tensor?", max):
            return _f_torchtensor_clamp_tensor(self, min, max)
        _no_match("clamp", (), {"min": min, "max": max}, (_FORM_TENSOR_CLAMP_0, _FORM_TENSOR_CLAMP_1,))

    @overload
    def clamp_min(self, min: Number) -> Tensor: ...

    @overload
    def clamp_min(self, min: Tensor) -> Tensor: ...

    def clamp_min(self, min: Number | Tensor) -> Tensor:
        """clamp_min: one of 2 forms, chosen by the arguments as PyTorch chooses.

        clamp_min(min: Number)
            Limits every element to at least a number, max(input, min).

        clamp_min(min: Tensor)
            Limits every element to at least the matching lower bound of a tensor.

        Bridge: rt_torch_torchtensor_clamp_min, rt_torch_torchtensor_clamp_min_tensor. PyTorch: torch.clamp_min.
        """
        if _accepts("Scalar", min):
            return _f_torchtensor_clamp_min(self, min)
        if (min.__class__ is _Tensor or _accepts("Tensor", min)):
            return _f_torchtensor_clamp_min_tensor(self, min)
        _no_match("clamp_min", (), {"min": min}, (_FORM_TENSOR_CLAMP_MIN_0, _FORM_TENSOR_CLAMP_MIN_1,))

    @overload
    def clamp_max(self, max: Number) -> Tensor: ...

    @overload
    def clamp_max(self, max: Tensor) -> Tensor: ...

    def clamp_max(self, max: Number | Tensor) -> Tensor:
        """clamp_max: one of 2 forms, chosen by the arguments as PyTorch chooses.

        clamp_max(max: Number)
            Limits every element to at most a number, min(input, max).

        clamp_max(max: Tensor)
            Limits every element to at most the matching upper bound of a tensor.

        Bridge: rt_torch_torchtensor_clamp_max, rt_torch_torchtensor_clamp_max_tensor. PyTorch: torch.clamp_max.
        """
        if _accepts("Scalar", max):
            return _f_torchtensor_clamp_max(self, max)
        if (max.__class__ is _Tensor or _accepts("Tensor", max)):
            return _f_torchtensor_clamp_max_tensor(self, max)
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

    def eq(self, other: Tensor | Number) -> Tensor:
        """eq: one of 2 forms, chosen by the arguments as PyTorch chooses.

        eq(other: Tensor)
            Element-wise comparison input == other, with broadcasting.

        eq(other: Number)
            Element-wise comparison input == other, against a number.

        Bridge: rt_torch_torchtensor_eq_tensor, rt_torch_torchtensor_eq_scalar. PyTorch: torch.eq.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_eq_tensor(self, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_eq_scalar(self, other)
        _no_match("eq", (), {"other": other}, (_FORM_TENSOR_EQ_0, _FORM_TENSOR_EQ_1,))

    @overload
    def ne(self, other: Tensor) -> Tensor: ...

    @overload
    def ne(self, other: Number) -> Tensor: ...

    def ne(self, other: Tensor | Number) -> Tensor:
        """ne: one of 2 forms, chosen by the arguments as PyTorch chooses.

        ne(other: Tensor)
            Element-wise comparison input != other, with broadcasting.

        ne(other: Number)
            Element-wise comparison input != other, against a number.

        Bridge: rt_torch_torchtensor_ne_tensor, rt_torch_torchtensor_ne_scalar. PyTorch: torch.ne.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_ne_tensor(self, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_ne_scalar(self, other)
        _no_match("ne", (), {"other": other}, (_FORM_TENSOR_NE_0, _FORM_TENSOR_NE_1,))

    @overload
    def gt(self, other: Tensor) -> Tensor: ...

    @overload
    def gt(self, other: Number) -> Tensor: ...

    def gt(self, other: Tensor | Number) -> Tensor:
        """gt: one of 2 forms, chosen by the arguments as PyTorch chooses.

        gt(other: Tensor)
            Element-wise comparison input > other, with broadcasting.

        gt(other: Number)
            Element-wise comparison input > other, against a number.

        Bridge: rt_torch_torchtensor_gt_tensor, rt_torch_torchtensor_gt_scalar. PyTorch: torch.gt.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_gt_tensor(self, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_gt_scalar(self, other)
        _no_match("gt", (), {"other": other}, (_FORM_TENSOR_GT_0, _FORM_TENSOR_GT_1,))

    @overload
    def ge(self, other: Tensor) -> Tensor: ...

    @overload
    def ge(self, other: Number) -> Tensor: ...

    def ge(self, other: Tensor | Number) -> Tensor:
        """ge: one of 2 forms, chosen by the arguments as PyTorch chooses.

        ge(other: Tensor)
            Element-wise comparison input >= other, with broadcasting.

        ge(other: Number)
            Element-wise comparison input >= other, against a number.

        Bridge: rt_torch_torchtensor_ge_tensor, rt_torch_torchtensor_ge_scalar. PyTorch: torch.ge.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_ge_tensor(self, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_ge_scalar(self, other)
        _no_match("ge", (), {"other": other}, (_FORM_TENSOR_GE_0, _FORM_TENSOR_GE_1,))

    @overload
    def lt(self, other: Tensor) -> Tensor: ...

    @overload
    def lt(self, other: Number) -> Tensor: ...

    def lt(self, other: Tensor | Number) -> Tensor:
        """lt: one of 2 forms, chosen by the arguments as PyTorch chooses.

        lt(other: Tensor)
            Element-wise comparison input < other, with broadcasting.

        lt(other: Number)
            Element-wise comparison input < other, against a number.

        Bridge: rt_torch_torchtensor_lt_tensor, rt_torch_torchtensor_lt_scalar. PyTorch: torch.lt.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_lt_tensor(self, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_lt_scalar(self, other)
        _no_match("lt", (), {"other": other}, (_FORM_TENSOR_LT_0, _FORM_TENSOR_LT_1,))

    @overload
    def le(self, other: Tensor) -> Tensor: ...

    @overload
    def le(self, other: Number) -> Tensor: ...

    def le(self, other: Tensor | Number) -> Tensor:
        """le: one of 2 forms, chosen by the arguments as PyTorch chooses.

        le(other: Tensor)
            Element-wise comparison input <= other, with broadcasting.

        le(other: Number)
            Element-wise comparison input <= other, against a number.

        Bridge: rt_torch_torchtensor_le_tensor, rt_torch_torchtensor_le_scalar. PyTorch: torch.le.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_le_tensor(self, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_le_scalar(self, other)
        _no_match("le", (), {"other": other}, (_FORM_TENSOR_LE_0, _FORM_TENSOR_LE_1,))

    def equal(self, other: Tensor) -> bool:
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
        rtol: float = 1e-05,
        atol: float = 1e-08,
        equal_nan: bool = False,
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
        rtol: float = 1e-05,
        atol: float = 1e-08,
        equal_nan: bool = False,
    ) -> bool:
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

    def bitwise_and(self, other: Tensor | Number) -> Tensor:
        """bitwise_and: one of 2 forms, chosen by the arguments as PyTorch chooses.

        bitwise_and(other: Tensor)
            The element-wise bitwise AND of integer or bool values.

        bitwise_and(other: Number)
            The element-wise bitwise AND of integer or bool values.

        Bridge: rt_torch_torchtensor_bitwise_and_tensor, rt_torch_torchtensor_bitwise_and_scalar. PyTorch: torch.bitwise_and.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_bitwise_and_tensor(self, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_bitwise_and_scalar(self, other)
        _no_match("bitwise_and", (), {"other": other}, (_FORM_TENSOR_BITWISE_AND_0, _FORM_TENSOR_BITWISE_AND_1,))

    @overload
    def bitwise_or(self, other: Tensor) -> Tensor: ...

    @overload
    def bitwise_or(self, other: Number) -> Tensor: ...

    def bitwise_or(self, other: Tensor | Number) -> Tensor:
        """bitwise_or: one of 2 forms, chosen by the arguments as PyTorch chooses.

        bitwise_or(other: Tensor)
            The element-wise bitwise OR of integer or bool values.

        bitwise_or(other: Number)
            The element-wise bitwise OR of integer or bool values.

        Bridge: rt_torch_torchtensor_bitwise_or_tensor, rt_torch_torchtensor_bitwise_or_scalar. PyTorch: torch.bitwise_or.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_bitwise_or_tensor(self, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_bitwise_or_scalar(self, other)
        _no_match("bitwise_or", (), {"other": other}, (_FORM_TENSOR_BITWISE_OR_0, _FORM_TENSOR_BITWISE_OR_1,))

    @overload
    def bitwise_xor(self, other: Tensor) -> Tensor: ...

    @overload
    def bitwise_xor(self, other: Number) -> Tensor: ...

    def bitwise_xor(self, other: Tensor | Number) -> Tensor:
        """bitwise_xor: one of 2 forms, chosen by the arguments as PyTorch chooses.

        bitwise_xor(other: Tensor)
            The element-wise bitwise XOR of integer or bool values.

        bitwise_xor(other: Number)
            The element-wise bitwise XOR of integer or bool values.

        Bridge: rt_torch_torchtensor_bitwise_xor_tensor, rt_torch_torchtensor_bitwise_xor_scalar. PyTorch: torch.bitwise_xor.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_bitwise_xor_tensor(self, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_bitwise_xor_scalar(self, other)
        _no_match("bitwise_xor", (), {"other": other}, (_FORM_TENSOR_BITWISE_XOR_0, _FORM_TENSOR_BITWISE_XOR_1,))

    @overload
    def bitwise_left_shift(self, other: Tensor) -> Tensor: ...

    @overload
    def bitwise_left_shift(self, other: Number) -> Tensor: ...

    def bitwise_left_shift(self, other: Tensor | Number) -> Tensor:
        """bitwise_left_shift: one of 2 forms, chosen by the arguments as PyTorch chooses.

        bitwise_left_shift(other: Tensor)
            Shifts integer values left by a number of bits, element-wise.

        bitwise_left_shift(other: Number)
            Shifts integer values left by a number of bits, element-wise.

        Bridge: rt_torch_torchtensor_bitwise_left_shift_tensor, rt_torch_torchtensor_bitwise_left_shift_tensor_scalar. PyTorch: torch.bitwise_left_shift.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_bitwise_left_shift_tensor(self, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_bitwise_left_shift_tensor_scalar(self, other)
        _no_match("bitwise_left_shift", (), {"other": other}, (_FORM_TENSOR_BITWISE_LEFT_SHIFT_0, _FORM_TENSOR_BITWISE_LEFT_SHIFT_1,))

    @overload
    def bitwise_right_shift(self, other: Tensor) -> Tensor: ...

    @overload
    def bitwise_right_shift(self, other: Number) -> Tensor: ...

    def bitwise_right_shift(self, other: Tensor | Number) -> Tensor:
        """bitwise_right_shift: one of 2 forms, chosen by the arguments as PyTorch chooses.

        bitwise_right_shift(other: Tensor)
            Shifts integer values right (arithmetic) by a number of bits, element-wise.

        bitwise_right_shift(other: Number)
            Shifts integer values right (arithmetic) by a number of bits, element-wise.

        Bridge: rt_torch_torchtensor_bitwise_right_shift_tensor, rt_torch_torchtensor_bitwise_right_shift_tensor_scalar. PyTorch: torch.bitwise_right_shift.
        """
        if (other.__class__ is _Tensor or _accepts("Tensor", other)):
            return _f_torchtensor_bitwise_right_shift_tensor(self, other)
        if _accepts("Scalar", other):
            return _f_torchtensor_bitwise_right_shift_tensor_scalar(self, other)
        _no_match("bitwise_right_shift", (), {"other": other}, (_FORM_TENSOR_BITWISE_RIGHT_SHIFT_0, _FORM_TENSOR_BITWISE_RIGHT_SHIFT_1,))

    @overload
    def masked_fill(self, mask: Tensor, value: Number) -> Tensor: ...

    @overload
    def masked_fill(self, mask: Tensor, value: Tensor) -> Tensor: ...

    def masked_fill(self, mask: Tensor, value: Number | Tensor) -> Tensor:
        """masked_fill: one of 2 forms, chosen by the arguments as PyTorch chooses.

        masked_fill(mask: Tensor, value: Number)
            A copy of input with a number written where a bool mask is true.

        masked_fill(mask: Tensor, value: Tensor)
            A copy of input with a 0-d tensor's value written where a bool mask is true.

        Bridge: rt_torch_torchtensor_masked_fill_scalar, rt_torch_torchtensor_masked_fill_tensor. PyTorch: torch.masked_fill.
        """
        if _accepts("Scalar", value):
            return _f_torchtensor_masked_fill_scalar(self, mask, value)
        if (value.__class__ is _Tensor or _accepts("Tensor", value)):
            return _f_torchtensor_masked_fill_tensor(self, mask, value)
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

    def fill_(self, value: Number | Tensor) -> Tensor:
        """fill_: one of 2 forms, chosen by the arguments as PyTorch chooses.

        fill_(value: Number)
            Sets every element to a number, in place.

        fill_(value: Tensor)
            Sets every element to the value of a 0-d tensor, in place.

        Bridge: rt_torch_torchtensor_fill_scalar_, rt_torch_torchtensor_fill_tensor_. PyTorch: torch.Tensor.fill_.
        """
        if _accepts("Scalar", value):
            _f_torchtensor_fill_scalar_(self, value)
            return self
        if (value.__class__ is _Tensor or _accepts("Tensor", value)):
            _f_torchtensor_fill_tensor_(self, value)
            return self
        _no_match("fill_", (), {"value": value}, (_FORM_TENSOR_FILL__0, _FORM_TENSOR_FILL__1,))

    @overload
    def clamp_(self, min: Number | None = None, max: Number | None = None) -> Tensor: ...

    @overload
    def clamp_(self, min: Tensor | None = None, max: Tensor | None = None) -> Tensor: ...

    def clamp_(
        self,
        min: Number | None | Tensor | None = None,
        max: Number | None | Tensor | None = None,
    ) -> Tensor:
        """clamp_: one of 2 forms, chosen by the arguments as PyTorch chooses.

        clamp_(min: Number | None = None, max: Number | None = None)
            Limits every element to [min, max] by numbers, in place.

        clamp_(min: Tensor | None = None, max: Tensor | None = None)
            Limits every element to [min, max] by tensors of bounds, in place.

        Bridge: rt_torch_torchtensor_clamp_, rt_torch_torchtensor_clamp_tensor_. PyTorch: torch.Tensor.clamp_.
        """
        if _accepts("Scalar?", min) and _accepts("Scalar?", max):
            _f_torchtensor_clamp_(self, min, max)
            return self
        if _accepts("Tensor?", min) and _accepts("Tensor?", max):
            _f_torchtensor_clamp_tensor_(self, min, max)
            return self
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

    def pow_(self, exponent: Number | Tensor) -> Tensor:
        """pow_: one of 2 forms, chosen by the arguments as PyTorch chooses.

        pow_(exponent: Number)
            Raises every element to a number's power, in place.

        pow_(exponent: Tensor)
            Raises every element to the matching power of another tensor, in place.

        Bridge: rt_torch_torchtensor_pow_scalar_, rt_torch_torchtensor_pow_tensor_. PyTorch: torch.Tensor.pow_.
        """
        if _accepts("Scalar", exponent):
            _f_torchtensor_pow_scalar_(self, exponent)
            return self
        if (exponent.__class__ is _Tensor or _accepts("Tensor", exponent)):
            _f_torchtensor_pow_tensor_(self, exponent)
            return self
        _no_match("pow_", (), {"exponent": exponent}, (_FORM_TENSOR_POW__0, _FORM_TENSOR_POW__1,))

    @overload
    def masked_fill_(self, mask: Tensor, value: Number) -> Tensor: ...

    @overload
    def masked_fill_(self, mask: Tensor, value: Tensor) -> Tensor: ...

    def masked_fill_(self, mask: Tensor, value: Number | Tensor) -> Tensor:
        """masked_fill_: one of 2 forms, chosen by the arguments as PyTorch chooses.

        masked_fill_(mask: Tensor, value: Number)
            Writes a number where a bool mask is true, in place.

        masked_fill_(mask: Tensor, value: Tensor)
            Writes a 0-d tensor's value where a bool mask is true, in place.

        Bridge: rt_torch_torchtensor_masked_fill_scalar_, rt_torch_torchtensor_masked_fill_tensor_. PyTorch: torch.Tensor.masked_fill_.
        """
        if _accepts("Scalar", value):
            _f_torchtensor_masked_fill_scalar_(self, mask, value)
            return self
        if (value.__class__ is _Tensor or _accepts("Tensor", value)):
            _f_torchtensor_masked_fill_tensor_(self, mask, value)
            return self
        _no_match("masked_fill_", (), {"mask": mask, "value": value}, (_FORM_TENSOR_MASKED_FILL__0, _FORM_TENSOR_MASKED_FILL__1,))

    __pow__ = pow
    def _rsub(self, other: Number) -> Tensor:
        """number sub tensor, as PyTorch computes it."""
        return rsub(self, other)

    def __rpow__(self, other: Number) -> Tensor:
        """number pow tensor, as PyTorch computes it."""
        return pow(other, self)

    def _rtruediv(self, other: Number) -> Tensor:
        """number truediv tensor, as PyTorch computes it."""
        inverse = self.reciprocal()
        try:
            return inverse.mul(other)
        finally:
            inverse.free()


_Tensor = Tensor


def tensor(data: Any, dtype: DType | None = None, device: DeviceLike | None = None, requires_grad: bool = False) -> Tensor:
    """A new tensor holding a copy of nested lists of Python numbers (torch.tensor)."""
    return Tensor(data, dtype, device, requires_grad)


def available() -> bool:
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


def transpose(input: Tensor, dim0: int, dim1: int) -> Tensor:
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


def numel(input: Tensor) -> int:
    """The total number of elements.

    Args:
        input: The tensor.

    Returns:
        The element count.

    Bridge: rt_torch_torchtensor_numel. PyTorch: torch.numel.
    """
    return _f_torchtensor_numel(input if input.__class__ is _Tensor else _handle(input, "input"))


def reshape(input: Tensor, dims: int | Sequence[int]) -> Tensor:
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


def permute(input: Tensor, dims: int | Sequence[int]) -> Tensor:
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
def squeeze(input: Tensor, dim: int) -> Tensor: ...

@overload
def squeeze(input: Tensor, dim: int | Sequence[int]) -> Tensor: ...

def squeeze(*args: Any, **kwargs: Any) -> Any:
    """squeeze: one of 3 forms, chosen by the arguments as PyTorch chooses.

    squeeze(input: Tensor)
        Removes every dimension of size 1.

    squeeze(input: Tensor, dim: int)
        Removes one dimension if its size is 1.

    squeeze(input: Tensor, dim: int | Sequence[int])
        Drops the given dimensions where their size is 1.

    Bridge: rt_torch_torchtensor_squeeze, rt_torch_torchtensor_squeeze_dim, rt_torch_torchtensor_squeeze_dims. PyTorch: torch.squeeze.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_SQUEEZE)
    if _r is not NotImplemented:
        return _r
    _no_match("squeeze", args, kwargs, (_FORM_TORCH_SFFI_SQUEEZE_0, _FORM_TORCH_SFFI_SQUEEZE_1, _FORM_TORCH_SFFI_SQUEEZE_2,))


def unsqueeze(input: Tensor, dim: int) -> Tensor:
    """Inserts a dimension of size 1.

    Args:
        input: The tensor.
        dim: The position of the new dimension, in -(ndim+1)..ndim.

    Returns:
        A new handle to the view.

    Bridge: rt_torch_torchtensor_unsqueeze. PyTorch: torch.unsqueeze.
    """
    return _f_torchtensor_unsqueeze(input if input.__class__ is _Tensor else _handle(input, "input"), dim)


def index_select(input: Tensor, dim: int, indices: Tensor) -> Tensor:
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


def gather(input: Tensor, dim: int, indices: Tensor) -> Tensor:
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


def cat(tensors: Sequence[Tensor], dim: int = 0) -> Tensor:
    """Concatenates tensors along an existing dimension.

    Args:
        tensors: At least one tensor; all shapes equal except along dim.
        dim: The dimension; negative values count from the end.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_cat. PyTorch: torch.cat.
    """
    return _f_torchtensor_cat(tensors, dim)


def stack(tensors: Sequence[Tensor], dim: int = 0) -> Tensor:
    """Stacks tensors of equal shape along a new dimension.

    Args:
        tensors: At least one tensor; all of the same shape.
        dim: The position of the new dimension, in -(ndim+1)..ndim.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_stack. PyTorch: torch.stack.
    """
    return _f_torchtensor_stack(tensors, dim)


def chunk(input: Tensor, chunks: int, dim: int = 0) -> tuple[Tensor, ...]:
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


def error_code() -> int:
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


def live_handles() -> int:
    """The number of live tensor and stream handles, for leak checks.

    Returns:
        Handles created and not yet freed, over all threads.

    Bridge: rt_torch_live_handles.
    """
    return _f_live_handles()


def manual_seed(seed: int) -> None:
    """Seeds the default random generators, as torch.manual_seed.

    Args:
        seed: The seed.

    Bridge: rt_torch_manual_seed. PyTorch: torch.manual_seed.
    """
    _f_manual_seed(seed)


def set_num_threads(num_threads: int) -> None:
    """Sets the number of threads intra-op parallelism uses in this process, as
    torch.set_num_threads.

    Args:
        num_threads: The number of threads, from 1 to 8 per hardware thread of the
            machine. A child forked from a process that ran parallel operations sets 1
            before its own (PyTorch's rule for forked children).

    Bridge: rt_torch_set_num_threads. PyTorch: torch.set_num_threads.
    """
    _f_set_num_threads(num_threads)


def get_num_threads() -> int:
    """The number of threads intra-op parallelism uses, as torch.get_num_threads.

    Returns:
        The number of threads.

    Bridge: rt_torch_get_num_threads. PyTorch: torch.get_num_threads.
    """
    return _f_get_num_threads()


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
def max(input: Tensor, dim: int, keepdim: bool = False) -> _rt_types.max: ...

@overload
def max(input: Tensor, other: Tensor) -> Tensor: ...

def max(*args: Any, **kwargs: Any) -> Any:
    """max: one of 3 forms, chosen by the arguments as PyTorch chooses.

    max(input: Tensor)
        The largest element as a 0-d tensor, which can be backpropagated.

    max(input: Tensor, dim: int, keepdim: bool = False)
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
def min(input: Tensor, dim: int, keepdim: bool = False) -> _rt_types.min: ...

@overload
def min(input: Tensor, other: Tensor) -> Tensor: ...

def min(*args: Any, **kwargs: Any) -> Any:
    """min: one of 3 forms, chosen by the arguments as PyTorch chooses.

    min(input: Tensor)
        The smallest element as a 0-d tensor, which can be backpropagated.

    min(input: Tensor, dim: int, keepdim: bool = False)
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
    *size: int | Sequence[int],
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
    *size: int | Sequence[int],
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
    *size: int | Sequence[int],
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
    *size: int | Sequence[int],
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
    *size: int | Sequence[int],
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
    size: int | Sequence[int],
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


def linspace(
    start: Number,
    end: Number,
    steps: int,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor:
    """A 1-D tensor of steps values evenly spaced from start to end inclusive, of a dtype,
    on a device.

    Args:
        start: The first value.
        end: The last value.
        steps: The number of values; must be non-negative.
        dtype: The dtype; None for the default float dtype.
        device: The device; None for the CPU.

    Returns:
        A new 1-D tensor.

    Bridge: rt_torch_tensor_linspace_v2. PyTorch: torch.linspace.
    """
    _t = _f_tensor_linspace_v2(start, end, steps, dtype, device)
    if requires_grad:
        _require_grad(_t)
    return _t


@overload
def eye(
    n: int,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor: ...

@overload
def eye(
    n: int,
    m: int,
    *,
    dtype: DType | None = None,
    device: DeviceLike | None = None,
    requires_grad: bool = False,
) -> Tensor: ...

def eye(*args: Any, **kwargs: Any) -> Any:
    """eye: one of 2 forms, chosen by the arguments as PyTorch chooses.

    eye(n: int, *, dtype: DType | None = None, device: DeviceLike | None = None, requires_grad: bool = False)
        The n x n identity matrix, of a dtype, on a device.

    eye(n: int, m: int, *, dtype: DType | None = None, device: DeviceLike | None = None, requires_grad: bool = False)
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

def add(input: Tensor, other: Tensor | Number, *, alpha: Number = 1) -> Tensor:
    """add: one of 2 forms, chosen by the arguments as PyTorch chooses.

    add(input: Tensor, other: Tensor, *, alpha: Number = 1)
        The element-wise sum input + alpha * other (broadcasting, with PyTorch's type
        promotion).

    add(input: Tensor, other: Number, *, alpha: Number = 1)
        Adds alpha times a number to every element (an int keeps integer tensors
        integer, as in PyTorch).

    Bridge: rt_torch_torchtensor_add_tensor, rt_torch_torchtensor_add_scalar_v2. PyTorch: torch.add.
    """
    if (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_add_tensor(input, other, alpha)
    if _accepts("Scalar", other):
        return _f_torchtensor_add_scalar_v2(input, other, alpha)
    _no_match("add", (), {"input": input, "other": other, "alpha": alpha}, (_FORM_TORCH_SFFI_ADD_0, _FORM_TORCH_SFFI_ADD_1,))


@overload
def sub(input: Tensor, other: Tensor, *, alpha: Number = 1) -> Tensor: ...

@overload
def sub(input: Tensor, other: Number, *, alpha: Number = 1) -> Tensor: ...

def sub(input: Tensor, other: Tensor | Number, *, alpha: Number = 1) -> Tensor:
    """sub: one of 2 forms, chosen by the arguments as PyTorch chooses.

    sub(input: Tensor, other: Tensor, *, alpha: Number = 1)
        The element-wise difference input - alpha * other (broadcasting).

    sub(input: Tensor, other: Number, *, alpha: Number = 1)
        Subtracts alpha times a number from every element.

    Bridge: rt_torch_torchtensor_sub_tensor, rt_torch_torchtensor_sub_scalar. PyTorch: torch.sub.
    """
    if (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_sub_tensor(input, other, alpha)
    if _accepts("Scalar", other):
        return _f_torchtensor_sub_scalar(input, other, alpha)
    _no_match("sub", (), {"input": input, "other": other, "alpha": alpha}, (_FORM_TORCH_SFFI_SUB_0, _FORM_TORCH_SFFI_SUB_1,))


@overload
def rsub(input: Tensor, other: Number, *, alpha: Number = 1) -> Tensor: ...

@overload
def rsub(input: Tensor, other: Tensor, *, alpha: Number = 1) -> Tensor: ...

def rsub(input: Tensor, other: Number | Tensor, *, alpha: Number = 1) -> Tensor:
    """rsub: one of 2 forms, chosen by the arguments as PyTorch chooses.

    rsub(input: Tensor, other: Number, *, alpha: Number = 1)
        A number minus alpha times every element (number - tensor, as Python's reflected
        operator computes it).

    rsub(input: Tensor, other: Tensor, *, alpha: Number = 1)
        The element-wise difference other - alpha * input (broadcasting).

    Bridge: rt_torch_torchtensor_rsub_scalar, rt_torch_torchtensor_rsub_tensor. PyTorch: torch.rsub.
    """
    if _accepts("Scalar", other):
        return _f_torchtensor_rsub_scalar(input, other, alpha)
    if (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_rsub_tensor(input, other, alpha)
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

def mul(input: Tensor, other: Tensor | Number) -> Tensor:
    """mul: one of 2 forms, chosen by the arguments as PyTorch chooses.

    mul(input: Tensor, other: Tensor)
        The element-wise product (broadcasting).

    mul(input: Tensor, other: Number)
        Multiplies every element by a number (an int keeps integer tensors integer).

    Bridge: rt_torch_torchtensor_mul_tensor, rt_torch_torchtensor_mul_scalar_v2. PyTorch: torch.mul.
    """
    if (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_mul_tensor(input, other)
    if _accepts("Scalar", other):
        return _f_torchtensor_mul_scalar_v2(input, other)
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
    other: Tensor | Number,
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
    if (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_div_tensor_mode(input, other, _opt_text(rounding_mode, "rounding_mode"))
    if _accepts("Scalar", other):
        return _f_torchtensor_div_scalar_mode(input, other, _opt_text(rounding_mode, "rounding_mode"))
    _no_match("div", (), {"input": input, "other": other, "rounding_mode": rounding_mode}, (_FORM_TORCH_SFFI_DIV_0, _FORM_TORCH_SFFI_DIV_1,))


@overload
def pow(input: Tensor, exponent: Number) -> Tensor: ...

@overload
def pow(input: Tensor, exponent: Tensor) -> Tensor: ...

@overload
def pow(input: Number, exponent: Tensor) -> Tensor: ...

def pow(input: Tensor | Number, exponent: Number | Tensor) -> Tensor:
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
    if (input.__class__ is _Tensor or _accepts("Tensor", input)) and _accepts("Scalar", exponent):
        return _f_torchtensor_pow_tensor_scalar(input, exponent)
    if (input.__class__ is _Tensor or _accepts("Tensor", input)) and (exponent.__class__ is _Tensor or _accepts("Tensor", exponent)):
        return _f_torchtensor_pow_tensor_tensor(input, exponent)
    if _accepts("Scalar", input) and (exponent.__class__ is _Tensor or _accepts("Tensor", exponent)):
        return _f_tensor_pow_scalar(input, exponent)
    _no_match("pow", (), {"input": input, "exponent": exponent}, (_FORM_TORCH_SFFI_POW_0, _FORM_TORCH_SFFI_POW_1, _FORM_TORCH_SFFI_POW_2,))


def softmax(input: Tensor, dim: int, dtype: DType | None = None) -> Tensor:
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


def log_softmax(input: Tensor, dim: int, dtype: DType | None = None) -> Tensor:
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
    dim: int | Sequence[int] | None = None,
    keepdim: bool = False,
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
    dim: int | Sequence[int] | None = None,
    keepdim: bool = False,
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


def argmax(input: Tensor, dim: int | None = None, keepdim: bool = False) -> Tensor:
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


def argmin(input: Tensor, dim: int | None = None, keepdim: bool = False) -> Tensor:
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
    dim: int | Sequence[int] | None,
    unbiased: bool = True,
    keepdim: bool = False,
) -> Tensor: ...

@overload
def std(
    input: Tensor,
    dim: int | Sequence[int] | None = None,
    *,
    correction: Number | None = None,
    keepdim: bool = False,
) -> Tensor: ...

@overload
def std(input: Tensor, unbiased: bool = True) -> Tensor: ...

def std(*args: Any, **kwargs: Any) -> Any:
    """std: one of 3 forms, chosen by the arguments as PyTorch chooses.

    std(input: Tensor, dim: int | Sequence[int] | None, unbiased: bool = True, keepdim: bool = False)
        The standard deviation over some dimensions, with or without Bessel's
        correction.

    std(input: Tensor, dim: int | Sequence[int] | None = None, *, correction: Number | None = None, keepdim: bool = False)
        The standard deviation over all or some dimensions, with a given correction.

    std(input: Tensor, unbiased: bool = True)
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
    dim: int | Sequence[int] | None,
    unbiased: bool = True,
    keepdim: bool = False,
) -> Tensor: ...

@overload
def var(
    input: Tensor,
    dim: int | Sequence[int] | None = None,
    *,
    correction: Number | None = None,
    keepdim: bool = False,
) -> Tensor: ...

@overload
def var(input: Tensor, unbiased: bool = True) -> Tensor: ...

def var(*args: Any, **kwargs: Any) -> Any:
    """var: one of 3 forms, chosen by the arguments as PyTorch chooses.

    var(input: Tensor, dim: int | Sequence[int] | None, unbiased: bool = True, keepdim: bool = False)
        The variance over some dimensions, with or without Bessel's correction.

    var(input: Tensor, dim: int | Sequence[int] | None = None, *, correction: Number | None = None, keepdim: bool = False)
        The variance over all or some dimensions, with a given correction.

    var(input: Tensor, unbiased: bool = True)
        The variance of all elements, with or without Bessel's correction.

    Bridge: rt_torch_torchtensor_var_dim, rt_torch_torchtensor_var_correction, rt_torch_torchtensor_var_v2. PyTorch: torch.var.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_TORCH_SFFI_VAR)
    if _r is not NotImplemented:
        return _r
    _no_match("var", args, kwargs, (_FORM_TORCH_SFFI_VAR_0, _FORM_TORCH_SFFI_VAR_1, _FORM_TORCH_SFFI_VAR_2,))


def flatten(input: Tensor, start_dim: int = 0, end_dim: int = -1) -> Tensor:
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


def select(input: Tensor, dim: int, index: int) -> Tensor:
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
def round(input: Tensor, *, decimals: int) -> Tensor: ...

def round(*args: Any, **kwargs: Any) -> Any:
    """round: one of 2 forms, chosen by the arguments as PyTorch chooses.

    round(input: Tensor)
        Rounds every element to the nearest integer, halves to even.

    round(input: Tensor, *, decimals: int)
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


def logit(input: Tensor, eps: float | None = None) -> Tensor:
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


def polygamma(n: int, input: Tensor) -> Tensor:
    """The element-wise n-th derivative of the digamma function.

    Args:
        n: The order of the derivative (0 is digamma), not negative.
        input: The input tensor.

    Returns:
        A new tensor (floating point: integer inputs give the default float dtype).

    Bridge: rt_torch_tensor_polygamma. PyTorch: torch.polygamma.
    """
    return _f_tensor_polygamma(n, input)


def mvlgamma(input: Tensor, p: int) -> Tensor:
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
    nan: float | None = None,
    posinf: float | None = None,
    neginf: float | None = None,
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

def xlogy(input: Tensor | Number, other: Tensor | Number) -> Tensor:
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
    if (input.__class__ is _Tensor or _accepts("Tensor", input)) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_xlogy_tensor(input, other)
    if (input.__class__ is _Tensor or _accepts("Tensor", input)) and _accepts("Scalar", other):
        return _f_torchtensor_xlogy_scalar_other(input, other)
    if _accepts("Scalar", input) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_tensor_xlogy_scalar_self(input, other)
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

def lerp(input: Tensor, end: Tensor, weight: Number | Tensor) -> Tensor:
    """lerp: one of 2 forms, chosen by the arguments as PyTorch chooses.

    lerp(input: Tensor, end: Tensor, weight: Number)
        Linear interpolation between two tensors, input + weight * (end - input).

    lerp(input: Tensor, end: Tensor, weight: Tensor)
        Linear interpolation between two tensors, input + weight * (end - input).

    Bridge: rt_torch_torchtensor_lerp_scalar, rt_torch_torchtensor_lerp_tensor. PyTorch: torch.lerp.
    """
    if _accepts("Scalar", weight):
        return _f_torchtensor_lerp_scalar(input, end, weight)
    if (weight.__class__ is _Tensor or _accepts("Tensor", weight)):
        return _f_torchtensor_lerp_tensor(input, end, weight)
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

def copysign(input: Tensor, other: Tensor | Number) -> Tensor:
    """copysign: one of 2 forms, chosen by the arguments as PyTorch chooses.

    copysign(input: Tensor, other: Tensor)
        The magnitude of input with the sign (bit) of other, element-wise.

    copysign(input: Tensor, other: Number)
        The magnitude of input with the sign (bit) of other, element-wise.

    Bridge: rt_torch_torchtensor_copysign_tensor, rt_torch_torchtensor_copysign_scalar. PyTorch: torch.copysign.
    """
    if (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_copysign_tensor(input, other)
    if _accepts("Scalar", other):
        return _f_torchtensor_copysign_scalar(input, other)
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

def fmod(input: Tensor, other: Tensor | Number) -> Tensor:
    """fmod: one of 2 forms, chosen by the arguments as PyTorch chooses.

    fmod(input: Tensor, other: Tensor)
        The element-wise C-style remainder of a division (std::fmod: the sign of the
        dividend).

    fmod(input: Tensor, other: Number)
        The element-wise C-style remainder of a division (std::fmod: the sign of the
        dividend).

    Bridge: rt_torch_torchtensor_fmod_tensor, rt_torch_torchtensor_fmod_scalar. PyTorch: torch.fmod.
    """
    if (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_fmod_tensor(input, other)
    if _accepts("Scalar", other):
        return _f_torchtensor_fmod_scalar(input, other)
    _no_match("fmod", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_FMOD_0, _FORM_TORCH_SFFI_FMOD_1,))


@overload
def remainder(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def remainder(input: Tensor, other: Number) -> Tensor: ...

@overload
def remainder(input: Number, other: Tensor) -> Tensor: ...

def remainder(input: Tensor | Number, other: Tensor | Number) -> Tensor:
    """remainder: one of 3 forms, chosen by the arguments as PyTorch chooses.

    remainder(input: Tensor, other: Tensor)
        The element-wise Python-style remainder of a division (the sign of the divisor).

    remainder(input: Tensor, other: Number)
        The element-wise Python-style remainder of a division (the sign of the divisor).

    remainder(input: Number, other: Tensor)
        The element-wise Python-style remainder of a division (the sign of the divisor).

    Bridge: rt_torch_torchtensor_remainder_tensor, rt_torch_torchtensor_remainder_scalar, rt_torch_tensor_remainder_scalar_tensor. PyTorch: torch.remainder.
    """
    if (input.__class__ is _Tensor or _accepts("Tensor", input)) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_remainder_tensor(input, other)
    if (input.__class__ is _Tensor or _accepts("Tensor", input)) and _accepts("Scalar", other):
        return _f_torchtensor_remainder_scalar(input, other)
    if _accepts("Scalar", input) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_tensor_remainder_scalar_tensor(input, other)
    _no_match("remainder", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_REMAINDER_0, _FORM_TORCH_SFFI_REMAINDER_1, _FORM_TORCH_SFFI_REMAINDER_2,))


@overload
def floor_divide(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def floor_divide(input: Tensor, other: Number) -> Tensor: ...

def floor_divide(input: Tensor, other: Tensor | Number) -> Tensor:
    """floor_divide: one of 2 forms, chosen by the arguments as PyTorch chooses.

    floor_divide(input: Tensor, other: Tensor)
        The element-wise quotient rounded down (toward negative infinity).

    floor_divide(input: Tensor, other: Number)
        The element-wise quotient rounded down (toward negative infinity).

    Bridge: rt_torch_torchtensor_floor_divide, rt_torch_torchtensor_floor_divide_scalar. PyTorch: torch.floor_divide.
    """
    if (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_floor_divide(input, other)
    if _accepts("Scalar", other):
        return _f_torchtensor_floor_divide_scalar(input, other)
    _no_match("floor_divide", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_FLOOR_DIVIDE_0, _FORM_TORCH_SFFI_FLOOR_DIVIDE_1,))


@overload
def true_divide(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def true_divide(input: Tensor, other: Number) -> Tensor: ...

def true_divide(input: Tensor, other: Tensor | Number) -> Tensor:
    """true_divide: one of 2 forms, chosen by the arguments as PyTorch chooses.

    true_divide(input: Tensor, other: Tensor)
        The element-wise true division (torch.div without rounding).

    true_divide(input: Tensor, other: Number)
        The element-wise true division (torch.div without rounding).

    Bridge: rt_torch_torchtensor_true_divide_tensor, rt_torch_torchtensor_true_divide_scalar. PyTorch: torch.true_divide.
    """
    if (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_true_divide_tensor(input, other)
    if _accepts("Scalar", other):
        return _f_torchtensor_true_divide_scalar(input, other)
    _no_match("true_divide", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_TRUE_DIVIDE_0, _FORM_TORCH_SFFI_TRUE_DIVIDE_1,))


@overload
def float_power(input: Tensor, exponent: Tensor) -> Tensor: ...

@overload
def float_power(input: Tensor, exponent: Number) -> Tensor: ...

@overload
def float_power(input: Number, exponent: Tensor) -> Tensor: ...

def float_power(input: Tensor | Number, exponent: Tensor | Number) -> Tensor:
    """float_power: one of 3 forms, chosen by the arguments as PyTorch chooses.

    float_power(input: Tensor, exponent: Tensor)
        Raises input to the power of exponent element-wise, in double precision.

    float_power(input: Tensor, exponent: Number)
        Raises input to the power of exponent element-wise, in double precision.

    float_power(input: Number, exponent: Tensor)
        Raises input to the power of exponent element-wise, in double precision.

    Bridge: rt_torch_torchtensor_float_power_tensor_tensor, rt_torch_torchtensor_float_power_tensor_scalar, rt_torch_tensor_float_power_scalar. PyTorch: torch.float_power.
    """
    if (input.__class__ is _Tensor or _accepts("Tensor", input)) and (exponent.__class__ is _Tensor or _accepts("Tensor", exponent)):
        return _f_torchtensor_float_power_tensor_tensor(input, exponent)
    if (input.__class__ is _Tensor or _accepts("Tensor", input)) and _accepts("Scalar", exponent):
        return _f_torchtensor_float_power_tensor_scalar(input, exponent)
    if _accepts("Scalar", input) and (exponent.__class__ is _Tensor or _accepts("Tensor", exponent)):
        return _f_tensor_float_power_scalar(input, exponent)
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

def clamp(
    input: Tensor,
    min: Number | None | Tensor | None = None,
    max: Number | None | Tensor | None = None,
) -> Tensor:
    """clamp: one of 2 forms, chosen by the arguments as PyTorch chooses.

    clamp(input: Tensor, min: Number | None = None, max: Number | None = None)
        Limits every element to [min, max] by numbers (max wins where min > max).

    clamp(input: Tensor, min: Tensor | None = None, max: Tensor | None = None)
        Limits every element to [min, max] by tensors of bounds, element-wise.

    Bridge: rt_torch_torchtensor_clamp, rt_torch_torchtensor_clamp_tensor. PyTorch: torch.clamp.
    """
    if _accepts("Scalar?", min) and _accepts("Scalar?", max):
        return _f_torchtensor_clamp(input, min, max)
    if _accepts("Tensor?", min) and _accepts("Tensor?", max):
        return _f_torchtensor_clamp_tensor(input, min, max)
    _no_match("clamp", (), {"input": input, "min": min, "max": max}, (_FORM_TORCH_SFFI_CLAMP_0, _FORM_TORCH_SFFI_CLAMP_1,))


@overload
def clamp_min(input: Tensor, min: Number) -> Tensor: ...

@overload
def clamp_min(input: Tensor, min: Tensor) -> Tensor: ...

def clamp_min(input: Tensor, min: Number | Tensor) -> Tensor:
    """clamp_min: one of 2 forms, chosen by the arguments as PyTorch chooses.

    clamp_min(input: Tensor, min: Number)
        Limits every element to at least a number, max(input, min).

    clamp_min(input: Tensor, min: Tensor)
        Limits every element to at least the matching lower bound of a tensor.

    Bridge: rt_torch_torchtensor_clamp_min, rt_torch_torchtensor_clamp_min_tensor. PyTorch: torch.clamp_min.
    """
    if _accepts("Scalar", min):
        return _f_torchtensor_clamp_min(input, min)
    if (min.__class__ is _Tensor or _accepts("Tensor", min)):
        return _f_torchtensor_clamp_min_tensor(input, min)
    _no_match("clamp_min", (), {"input": input, "min": min}, (_FORM_TORCH_SFFI_CLAMP_MIN_0, _FORM_TORCH_SFFI_CLAMP_MIN_1,))


@overload
def clamp_max(input: Tensor, max: Number) -> Tensor: ...

@overload
def clamp_max(input: Tensor, max: Tensor) -> Tensor: ...

def clamp_max(input: Tensor, max: Number | Tensor) -> Tensor:
    """clamp_max: one of 2 forms, chosen by the arguments as PyTorch chooses.

    clamp_max(input: Tensor, max: Number)
        Limits every element to at most a number, min(input, max).

    clamp_max(input: Tensor, max: Tensor)
        Limits every element to at most the matching upper bound of a tensor.

    Bridge: rt_torch_torchtensor_clamp_max, rt_torch_torchtensor_clamp_max_tensor. PyTorch: torch.clamp_max.
    """
    if _accepts("Scalar", max):
        return _f_torchtensor_clamp_max(input, max)
    if (max.__class__ is _Tensor or _accepts("Tensor", max)):
        return _f_torchtensor_clamp_max_tensor(input, max)
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

def eq(input: Tensor, other: Tensor | Number) -> Tensor:
    """eq: one of 2 forms, chosen by the arguments as PyTorch chooses.

    eq(input: Tensor, other: Tensor)
        Element-wise comparison input == other, with broadcasting.

    eq(input: Tensor, other: Number)
        Element-wise comparison input == other, against a number.

    Bridge: rt_torch_torchtensor_eq_tensor, rt_torch_torchtensor_eq_scalar. PyTorch: torch.eq.
    """
    if (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_eq_tensor(input, other)
    if _accepts("Scalar", other):
        return _f_torchtensor_eq_scalar(input, other)
    _no_match("eq", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_EQ_0, _FORM_TORCH_SFFI_EQ_1,))


@overload
def ne(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def ne(input: Tensor, other: Number) -> Tensor: ...

def ne(input: Tensor, other: Tensor | Number) -> Tensor:
    """ne: one of 2 forms, chosen by the arguments as PyTorch chooses.

    ne(input: Tensor, other: Tensor)
        Element-wise comparison input != other, with broadcasting.

    ne(input: Tensor, other: Number)
        Element-wise comparison input != other, against a number.

    Bridge: rt_torch_torchtensor_ne_tensor, rt_torch_torchtensor_ne_scalar. PyTorch: torch.ne.
    """
    if (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_ne_tensor(input, other)
    if _accepts("Scalar", other):
        return _f_torchtensor_ne_scalar(input, other)
    _no_match("ne", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_NE_0, _FORM_TORCH_SFFI_NE_1,))


@overload
def gt(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def gt(input: Tensor, other: Number) -> Tensor: ...

def gt(input: Tensor, other: Tensor | Number) -> Tensor:
    """gt: one of 2 forms, chosen by the arguments as PyTorch chooses.

    gt(input: Tensor, other: Tensor)
        Element-wise comparison input > other, with broadcasting.

    gt(input: Tensor, other: Number)
        Element-wise comparison input > other, against a number.

    Bridge: rt_torch_torchtensor_gt_tensor, rt_torch_torchtensor_gt_scalar. PyTorch: torch.gt.
    """
    if (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_gt_tensor(input, other)
    if _accepts("Scalar", other):
        return _f_torchtensor_gt_scalar(input, other)
    _no_match("gt", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_GT_0, _FORM_TORCH_SFFI_GT_1,))


@overload
def ge(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def ge(input: Tensor, other: Number) -> Tensor: ...

def ge(input: Tensor, other: Tensor | Number) -> Tensor:
    """ge: one of 2 forms, chosen by the arguments as PyTorch chooses.

    ge(input: Tensor, other: Tensor)
        Element-wise comparison input >= other, with broadcasting.

    ge(input: Tensor, other: Number)
        Element-wise comparison input >= other, against a number.

    Bridge: rt_torch_torchtensor_ge_tensor, rt_torch_torchtensor_ge_scalar. PyTorch: torch.ge.
    """
    if (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_ge_tensor(input, other)
    if _accepts("Scalar", other):
        return _f_torchtensor_ge_scalar(input, other)
    _no_match("ge", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_GE_0, _FORM_TORCH_SFFI_GE_1,))


@overload
def lt(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def lt(input: Tensor, other: Number) -> Tensor: ...

def lt(input: Tensor, other: Tensor | Number) -> Tensor:
    """lt: one of 2 forms, chosen by the arguments as PyTorch chooses.

    lt(input: Tensor, other: Tensor)
        Element-wise comparison input < other, with broadcasting.

    lt(input: Tensor, other: Number)
        Element-wise comparison input < other, against a number.

    Bridge: rt_torch_torchtensor_lt_tensor, rt_torch_torchtensor_lt_scalar. PyTorch: torch.lt.
    """
    if (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_lt_tensor(input, other)
    if _accepts("Scalar", other):
        return _f_torchtensor_lt_scalar(input, other)
    _no_match("lt", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_LT_0, _FORM_TORCH_SFFI_LT_1,))


@overload
def le(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def le(input: Tensor, other: Number) -> Tensor: ...

def le(input: Tensor, other: Tensor | Number) -> Tensor:
    """le: one of 2 forms, chosen by the arguments as PyTorch chooses.

    le(input: Tensor, other: Tensor)
        Element-wise comparison input <= other, with broadcasting.

    le(input: Tensor, other: Number)
        Element-wise comparison input <= other, against a number.

    Bridge: rt_torch_torchtensor_le_tensor, rt_torch_torchtensor_le_scalar. PyTorch: torch.le.
    """
    if (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_le_tensor(input, other)
    if _accepts("Scalar", other):
        return _f_torchtensor_le_scalar(input, other)
    _no_match("le", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_LE_0, _FORM_TORCH_SFFI_LE_1,))


def equal(input: Tensor, other: Tensor) -> bool:
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
    rtol: float = 1e-05,
    atol: float = 1e-08,
    equal_nan: bool = False,
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
    rtol: float = 1e-05,
    atol: float = 1e-08,
    equal_nan: bool = False,
) -> bool:
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

def bitwise_and(input: Tensor | Number, other: Tensor | Number) -> Tensor:
    """bitwise_and: one of 3 forms, chosen by the arguments as PyTorch chooses.

    bitwise_and(input: Tensor, other: Tensor)
        The element-wise bitwise AND of integer or bool values.

    bitwise_and(input: Tensor, other: Number)
        The element-wise bitwise AND of integer or bool values.

    bitwise_and(input: Number, other: Tensor)
        The element-wise bitwise AND of integer or bool values.

    Bridge: rt_torch_torchtensor_bitwise_and_tensor, rt_torch_torchtensor_bitwise_and_scalar, rt_torch_tensor_bitwise_and_scalar_tensor. PyTorch: torch.bitwise_and.
    """
    if (input.__class__ is _Tensor or _accepts("Tensor", input)) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_bitwise_and_tensor(input, other)
    if (input.__class__ is _Tensor or _accepts("Tensor", input)) and _accepts("Scalar", other):
        return _f_torchtensor_bitwise_and_scalar(input, other)
    if _accepts("Scalar", input) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_tensor_bitwise_and_scalar_tensor(input, other)
    _no_match("bitwise_and", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_BITWISE_AND_0, _FORM_TORCH_SFFI_BITWISE_AND_1, _FORM_TORCH_SFFI_BITWISE_AND_2,))


@overload
def bitwise_or(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def bitwise_or(input: Tensor, other: Number) -> Tensor: ...

@overload
def bitwise_or(input: Number, other: Tensor) -> Tensor: ...

def bitwise_or(input: Tensor | Number, other: Tensor | Number) -> Tensor:
    """bitwise_or: one of 3 forms, chosen by the arguments as PyTorch chooses.

    bitwise_or(input: Tensor, other: Tensor)
        The element-wise bitwise OR of integer or bool values.

    bitwise_or(input: Tensor, other: Number)
        The element-wise bitwise OR of integer or bool values.

    bitwise_or(input: Number, other: Tensor)
        The element-wise bitwise OR of integer or bool values.

    Bridge: rt_torch_torchtensor_bitwise_or_tensor, rt_torch_torchtensor_bitwise_or_scalar, rt_torch_tensor_bitwise_or_scalar_tensor. PyTorch: torch.bitwise_or.
    """
    if (input.__class__ is _Tensor or _accepts("Tensor", input)) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_bitwise_or_tensor(input, other)
    if (input.__class__ is _Tensor or _accepts("Tensor", input)) and _accepts("Scalar", other):
        return _f_torchtensor_bitwise_or_scalar(input, other)
    if _accepts("Scalar", input) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_tensor_bitwise_or_scalar_tensor(input, other)
    _no_match("bitwise_or", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_BITWISE_OR_0, _FORM_TORCH_SFFI_BITWISE_OR_1, _FORM_TORCH_SFFI_BITWISE_OR_2,))


@overload
def bitwise_xor(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def bitwise_xor(input: Tensor, other: Number) -> Tensor: ...

@overload
def bitwise_xor(input: Number, other: Tensor) -> Tensor: ...

def bitwise_xor(input: Tensor | Number, other: Tensor | Number) -> Tensor:
    """bitwise_xor: one of 3 forms, chosen by the arguments as PyTorch chooses.

    bitwise_xor(input: Tensor, other: Tensor)
        The element-wise bitwise XOR of integer or bool values.

    bitwise_xor(input: Tensor, other: Number)
        The element-wise bitwise XOR of integer or bool values.

    bitwise_xor(input: Number, other: Tensor)
        The element-wise bitwise XOR of integer or bool values.

    Bridge: rt_torch_torchtensor_bitwise_xor_tensor, rt_torch_torchtensor_bitwise_xor_scalar, rt_torch_tensor_bitwise_xor_scalar_tensor. PyTorch: torch.bitwise_xor.
    """
    if (input.__class__ is _Tensor or _accepts("Tensor", input)) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_bitwise_xor_tensor(input, other)
    if (input.__class__ is _Tensor or _accepts("Tensor", input)) and _accepts("Scalar", other):
        return _f_torchtensor_bitwise_xor_scalar(input, other)
    if _accepts("Scalar", input) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_tensor_bitwise_xor_scalar_tensor(input, other)
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

def bitwise_left_shift(input: Tensor | Number, other: Tensor | Number) -> Tensor:
    """bitwise_left_shift: one of 3 forms, chosen by the arguments as PyTorch chooses.

    bitwise_left_shift(input: Tensor, other: Tensor)
        Shifts integer values left by a number of bits, element-wise.

    bitwise_left_shift(input: Tensor, other: Number)
        Shifts integer values left by a number of bits, element-wise.

    bitwise_left_shift(input: Number, other: Tensor)
        Shifts integer values left by a number of bits, element-wise.

    Bridge: rt_torch_torchtensor_bitwise_left_shift_tensor, rt_torch_torchtensor_bitwise_left_shift_tensor_scalar, rt_torch_tensor_bitwise_left_shift_scalar_tensor. PyTorch: torch.bitwise_left_shift.
    """
    if (input.__class__ is _Tensor or _accepts("Tensor", input)) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_bitwise_left_shift_tensor(input, other)
    if (input.__class__ is _Tensor or _accepts("Tensor", input)) and _accepts("Scalar", other):
        return _f_torchtensor_bitwise_left_shift_tensor_scalar(input, other)
    if _accepts("Scalar", input) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_tensor_bitwise_left_shift_scalar_tensor(input, other)
    _no_match("bitwise_left_shift", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_BITWISE_LEFT_SHIFT_0, _FORM_TORCH_SFFI_BITWISE_LEFT_SHIFT_1, _FORM_TORCH_SFFI_BITWISE_LEFT_SHIFT_2,))


@overload
def bitwise_right_shift(input: Tensor, other: Tensor) -> Tensor: ...

@overload
def bitwise_right_shift(input: Tensor, other: Number) -> Tensor: ...

@overload
def bitwise_right_shift(input: Number, other: Tensor) -> Tensor: ...

def bitwise_right_shift(input: Tensor | Number, other: Tensor | Number) -> Tensor:
    """bitwise_right_shift: one of 3 forms, chosen by the arguments as PyTorch chooses.

    bitwise_right_shift(input: Tensor, other: Tensor)
        Shifts integer values right (arithmetic) by a number of bits, element-wise.

    bitwise_right_shift(input: Tensor, other: Number)
        Shifts integer values right (arithmetic) by a number of bits, element-wise.

    bitwise_right_shift(input: Number, other: Tensor)
        Shifts integer values right (arithmetic) by a number of bits, element-wise.

    Bridge: rt_torch_torchtensor_bitwise_right_shift_tensor, rt_torch_torchtensor_bitwise_right_shift_tensor_scalar, rt_torch_tensor_bitwise_right_shift_scalar_tensor. PyTorch: torch.bitwise_right_shift.
    """
    if (input.__class__ is _Tensor or _accepts("Tensor", input)) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_bitwise_right_shift_tensor(input, other)
    if (input.__class__ is _Tensor or _accepts("Tensor", input)) and _accepts("Scalar", other):
        return _f_torchtensor_bitwise_right_shift_tensor_scalar(input, other)
    if _accepts("Scalar", input) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_tensor_bitwise_right_shift_scalar_tensor(input, other)
    _no_match("bitwise_right_shift", (), {"input": input, "other": other}, (_FORM_TORCH_SFFI_BITWISE_RIGHT_SHIFT_0, _FORM_TORCH_SFFI_BITWISE_RIGHT_SHIFT_1, _FORM_TORCH_SFFI_BITWISE_RIGHT_SHIFT_2,))


@overload
def where(condition: Tensor, input: Tensor, other: Tensor) -> Tensor: ...

@overload
def where(condition: Tensor, input: Number, other: Tensor) -> Tensor: ...

@overload
def where(condition: Tensor, input: Tensor, other: Number) -> Tensor: ...

@overload
def where(condition: Tensor, input: Number, other: Number) -> Tensor: ...

def where(condition: Tensor, input: Tensor | Number, other: Tensor | Number) -> Tensor:
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
    if (input.__class__ is _Tensor or _accepts("Tensor", input)) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_where_self(condition, input, other)
    if _accepts("Scalar", input) and (other.__class__ is _Tensor or _accepts("Tensor", other)):
        return _f_torchtensor_where_scalarself(condition, input, other)
    if (input.__class__ is _Tensor or _accepts("Tensor", input)) and _accepts("Scalar", other):
        return _f_torchtensor_where_scalarother(condition, input, other)
    if _accepts("Scalar", input) and _accepts("Scalar", other):
        return _f_torchtensor_where_scalar(condition, input, other)
    _no_match("where", (), {"condition": condition, "input": input, "other": other}, (_FORM_TORCH_SFFI_WHERE_0, _FORM_TORCH_SFFI_WHERE_1, _FORM_TORCH_SFFI_WHERE_2, _FORM_TORCH_SFFI_WHERE_3,))


@overload
def masked_fill(input: Tensor, mask: Tensor, value: Number) -> Tensor: ...

@overload
def masked_fill(input: Tensor, mask: Tensor, value: Tensor) -> Tensor: ...

def masked_fill(input: Tensor, mask: Tensor, value: Number | Tensor) -> Tensor:
    """masked_fill: one of 2 forms, chosen by the arguments as PyTorch chooses.

    masked_fill(input: Tensor, mask: Tensor, value: Number)
        A copy of input with a number written where a bool mask is true.

    masked_fill(input: Tensor, mask: Tensor, value: Tensor)
        A copy of input with a 0-d tensor's value written where a bool mask is true.

    Bridge: rt_torch_torchtensor_masked_fill_scalar, rt_torch_torchtensor_masked_fill_tensor. PyTorch: torch.masked_fill.
    """
    if _accepts("Scalar", value):
        return _f_torchtensor_masked_fill_scalar(input, mask, value)
    if (value.__class__ is _Tensor or _accepts("Tensor", value)):
        return _f_torchtensor_masked_fill_tensor(input, mask, value)
    _no_match("masked_fill", (), {"input": input, "mask": mask, "value": value}, (_FORM_TORCH_SFFI_MASKED_FILL_0, _FORM_TORCH_SFFI_MASKED_FILL_1,))


@overload
def isin(
    elements: Tensor,
    test_elements: Tensor,
    *,
    assume_unique: bool = False,
    invert: bool = False,
) -> Tensor: ...

@overload
def isin(
    elements: Tensor,
    test_element: Number,
    *,
    assume_unique: bool = False,
    invert: bool = False,
) -> Tensor: ...

@overload
def isin(
    element: Number,
    test_elements: Tensor,
    *,
    assume_unique: bool = False,
    invert: bool = False,
) -> Tensor: ...

def isin(*args: Any, **kwargs: Any) -> Any:
    """isin: one of 3 forms, chosen by the arguments as PyTorch chooses.

    isin(elements: Tensor, test_elements: Tensor, *, assume_unique: bool = False, invert: bool = False)
        Whether each element of elements occurs in test_elements.

    isin(elements: Tensor, test_element: Number, *, assume_unique: bool = False, invert: bool = False)
        Whether each element of elements equals a number.

    isin(element: Number, test_elements: Tensor, *, assume_unique: bool = False, invert: bool = False)
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
