// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Library Information, Tensor Creation, Element-wise Arithmetic, Activation Functions: 253 function(s) of the C ABI (see torch_sffi.h).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/abs.h>)
#include <ATen/ops/abs.h>
#else
#line 370 "spec/torch_api.yaml"
#error "binds calls at::abs, which this ATen does not have (no <ATen/ops/abs.h>)"
#endif
#if __has_include(<ATen/ops/acos.h>)
#include <ATen/ops/acos.h>
#else
#line 6824 "spec/torch_api.yaml"
#error "binds calls at::acos, which this ATen does not have (no <ATen/ops/acos.h>)"
#endif
#if __has_include(<ATen/ops/acosh.h>)
#include <ATen/ops/acosh.h>
#else
#line 6836 "spec/torch_api.yaml"
#error "binds calls at::acosh, which this ATen does not have (no <ATen/ops/acosh.h>)"
#endif
#if __has_include(<ATen/ops/add.h>)
#include <ATen/ops/add.h>
#else
#line 300 "spec/torch_api.yaml"
#error "binds calls at::add, which this ATen does not have (no <ATen/ops/add.h>)"
#endif
#if __has_include(<ATen/ops/addcdiv.h>)
#include <ATen/ops/addcdiv.h>
#else
#line 7843 "spec/torch_api.yaml"
#error "binds calls at::addcdiv, which this ATen does not have (no <ATen/ops/addcdiv.h>)"
#endif
#if __has_include(<ATen/ops/addcmul.h>)
#include <ATen/ops/addcmul.h>
#else
#line 7827 "spec/torch_api.yaml"
#error "binds calls at::addcmul, which this ATen does not have (no <ATen/ops/addcmul.h>)"
#endif
#if __has_include(<ATen/ops/allclose.h>)
#include <ATen/ops/allclose.h>
#else
#line 8056 "spec/torch_api.yaml"
#error "binds calls at::allclose, which this ATen does not have (no <ATen/ops/allclose.h>)"
#endif
#if __has_include(<ATen/ops/angle.h>)
#include <ATen/ops/angle.h>
#else
#line 7223 "spec/torch_api.yaml"
#error "binds calls at::angle, which this ATen does not have (no <ATen/ops/angle.h>)"
#endif
#if __has_include(<ATen/ops/arange.h>)
#include <ATen/ops/arange.h>
#else
#line 252 "spec/torch_api.yaml"
#error "binds calls at::arange, which this ATen does not have (no <ATen/ops/arange.h>)"
#endif
#if __has_include(<ATen/ops/asin.h>)
#include <ATen/ops/asin.h>
#else
#line 6848 "spec/torch_api.yaml"
#error "binds calls at::asin, which this ATen does not have (no <ATen/ops/asin.h>)"
#endif
#if __has_include(<ATen/ops/asinh.h>)
#include <ATen/ops/asinh.h>
#else
#line 6860 "spec/torch_api.yaml"
#error "binds calls at::asinh, which this ATen does not have (no <ATen/ops/asinh.h>)"
#endif
#if __has_include(<ATen/ops/atan.h>)
#include <ATen/ops/atan.h>
#else
#line 6872 "spec/torch_api.yaml"
#error "binds calls at::atan, which this ATen does not have (no <ATen/ops/atan.h>)"
#endif
#if __has_include(<ATen/ops/atan2.h>)
#include <ATen/ops/atan2.h>
#else
#line 7317 "spec/torch_api.yaml"
#error "binds calls at::atan2, which this ATen does not have (no <ATen/ops/atan2.h>)"
#endif
#if __has_include(<ATen/ops/atanh.h>)
#include <ATen/ops/atanh.h>
#else
#line 6884 "spec/torch_api.yaml"
#error "binds calls at::atanh, which this ATen does not have (no <ATen/ops/atanh.h>)"
#endif
#if __has_include(<ATen/ops/bernoulli.h>)
#include <ATen/ops/bernoulli.h>
#else
#line 5179 "spec/torch_api.yaml"
#error "binds calls at::bernoulli, which this ATen does not have (no <ATen/ops/bernoulli.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_and.h>)
#include <ATen/ops/bitwise_and.h>
#else
#line 8192 "spec/torch_api.yaml"
#error "binds calls at::bitwise_and, which this ATen does not have (no <ATen/ops/bitwise_and.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_left_shift.h>)
#include <ATen/ops/bitwise_left_shift.h>
#else
#line 8330 "spec/torch_api.yaml"
#error "binds calls at::bitwise_left_shift, which this ATen does not have (no <ATen/ops/bitwise_left_shift.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_not.h>)
#include <ATen/ops/bitwise_not.h>
#else
#line 8317 "spec/torch_api.yaml"
#error "binds calls at::bitwise_not, which this ATen does not have (no <ATen/ops/bitwise_not.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_or.h>)
#include <ATen/ops/bitwise_or.h>
#else
#line 8234 "spec/torch_api.yaml"
#error "binds calls at::bitwise_or, which this ATen does not have (no <ATen/ops/bitwise_or.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_right_shift.h>)
#include <ATen/ops/bitwise_right_shift.h>
#else
#line 8372 "spec/torch_api.yaml"
#error "binds calls at::bitwise_right_shift, which this ATen does not have (no <ATen/ops/bitwise_right_shift.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_xor.h>)
#include <ATen/ops/bitwise_xor.h>
#else
#line 8276 "spec/torch_api.yaml"
#error "binds calls at::bitwise_xor, which this ATen does not have (no <ATen/ops/bitwise_xor.h>)"
#endif
#if __has_include(<ATen/ops/ceil.h>)
#include <ATen/ops/ceil.h>
#else
#line 6920 "spec/torch_api.yaml"
#error "binds calls at::ceil, which this ATen does not have (no <ATen/ops/ceil.h>)"
#endif
#if __has_include(<ATen/ops/celu.h>)
#include <ATen/ops/celu.h>
#else
#line 8874 "spec/torch_api.yaml"
#error "binds calls at::celu, which this ATen does not have (no <ATen/ops/celu.h>)"
#endif
#if __has_include(<ATen/ops/clamp.h>)
#include <ATen/ops/clamp.h>
#else
#line 7729 "spec/torch_api.yaml"
#error "binds calls at::clamp, which this ATen does not have (no <ATen/ops/clamp.h>)"
#endif
#if __has_include(<ATen/ops/clamp_max.h>)
#include <ATen/ops/clamp_max.h>
#else
#line 7784 "spec/torch_api.yaml"
#error "binds calls at::clamp_max, which this ATen does not have (no <ATen/ops/clamp_max.h>)"
#endif
#if __has_include(<ATen/ops/clamp_min.h>)
#include <ATen/ops/clamp_min.h>
#else
#line 7757 "spec/torch_api.yaml"
#error "binds calls at::clamp_min, which this ATen does not have (no <ATen/ops/clamp_min.h>)"
#endif
#if __has_include(<ATen/ops/conj_physical.h>)
#include <ATen/ops/conj_physical.h>
#else
#line 7235 "spec/torch_api.yaml"
#error "binds calls at::conj_physical, which this ATen does not have (no <ATen/ops/conj_physical.h>)"
#endif
#if __has_include(<ATen/ops/copysign.h>)
#include <ATen/ops/copysign.h>
#else
#line 7454 "spec/torch_api.yaml"
#error "binds calls at::copysign, which this ATen does not have (no <ATen/ops/copysign.h>)"
#endif
#if __has_include(<ATen/ops/cos.h>)
#include <ATen/ops/cos.h>
#else
#line 6800 "spec/torch_api.yaml"
#error "binds calls at::cos, which this ATen does not have (no <ATen/ops/cos.h>)"
#endif
#if __has_include(<ATen/ops/cosh.h>)
#include <ATen/ops/cosh.h>
#else
#line 6896 "spec/torch_api.yaml"
#error "binds calls at::cosh, which this ATen does not have (no <ATen/ops/cosh.h>)"
#endif
#if __has_include(<ATen/ops/deg2rad.h>)
#include <ATen/ops/deg2rad.h>
#else
#line 7031 "spec/torch_api.yaml"
#error "binds calls at::deg2rad, which this ATen does not have (no <ATen/ops/deg2rad.h>)"
#endif
#if __has_include(<ATen/ops/digamma.h>)
#include <ATen/ops/digamma.h>
#else
#line 7199 "spec/torch_api.yaml"
#error "binds calls at::digamma, which this ATen does not have (no <ATen/ops/digamma.h>)"
#endif
#if __has_include(<ATen/ops/div.h>)
#include <ATen/ops/div.h>
#else
#line 336 "spec/torch_api.yaml"
#error "binds calls at::div, which this ATen does not have (no <ATen/ops/div.h>)"
#endif
#if __has_include(<ATen/ops/elu.h>)
#include <ATen/ops/elu.h>
#else
#line 8861 "spec/torch_api.yaml"
#error "binds calls at::elu, which this ATen does not have (no <ATen/ops/elu.h>)"
#endif
#if __has_include(<ATen/ops/empty.h>)
#include <ATen/ops/empty.h>
#else
#line 287 "spec/torch_api.yaml"
#error "binds calls at::empty, which this ATen does not have (no <ATen/ops/empty.h>)"
#endif
#if __has_include(<ATen/ops/empty_like.h>)
#include <ATen/ops/empty_like.h>
#else
#line 4989 "spec/torch_api.yaml"
#error "binds calls at::empty_like, which this ATen does not have (no <ATen/ops/empty_like.h>)"
#endif
#if __has_include(<ATen/ops/empty_strided.h>)
#include <ATen/ops/empty_strided.h>
#else
#line 5290 "spec/torch_api.yaml"
#error "binds calls at::empty_strided, which this ATen does not have (no <ATen/ops/empty_strided.h>)"
#endif
#if __has_include(<ATen/ops/eq.h>)
#include <ATen/ops/eq.h>
#else
#line 7856 "spec/torch_api.yaml"
#error "binds calls at::eq, which this ATen does not have (no <ATen/ops/eq.h>)"
#endif
#if __has_include(<ATen/ops/equal.h>)
#include <ATen/ops/equal.h>
#else
#line 8024 "spec/torch_api.yaml"
#error "binds calls at::equal, which this ATen does not have (no <ATen/ops/equal.h>)"
#endif
#if __has_include(<ATen/ops/erf.h>)
#include <ATen/ops/erf.h>
#else
#line 7151 "spec/torch_api.yaml"
#error "binds calls at::erf, which this ATen does not have (no <ATen/ops/erf.h>)"
#endif
#if __has_include(<ATen/ops/erfc.h>)
#include <ATen/ops/erfc.h>
#else
#line 7163 "spec/torch_api.yaml"
#error "binds calls at::erfc, which this ATen does not have (no <ATen/ops/erfc.h>)"
#endif
#if __has_include(<ATen/ops/erfinv.h>)
#include <ATen/ops/erfinv.h>
#else
#line 7175 "spec/torch_api.yaml"
#error "binds calls at::erfinv, which this ATen does not have (no <ATen/ops/erfinv.h>)"
#endif
#if __has_include(<ATen/ops/exp.h>)
#include <ATen/ops/exp.h>
#else
#line 391 "spec/torch_api.yaml"
#error "binds calls at::exp, which this ATen does not have (no <ATen/ops/exp.h>)"
#endif
#if __has_include(<ATen/ops/exp2.h>)
#include <ATen/ops/exp2.h>
#else
#line 7055 "spec/torch_api.yaml"
#error "binds calls at::exp2, which this ATen does not have (no <ATen/ops/exp2.h>)"
#endif
#if __has_include(<ATen/ops/expm1.h>)
#include <ATen/ops/expm1.h>
#else
#line 7067 "spec/torch_api.yaml"
#error "binds calls at::expm1, which this ATen does not have (no <ATen/ops/expm1.h>)"
#endif
#if __has_include(<ATen/ops/eye.h>)
#include <ATen/ops/eye.h>
#else
#line 276 "spec/torch_api.yaml"
#error "binds calls at::eye, which this ATen does not have (no <ATen/ops/eye.h>)"
#endif
#if __has_include(<ATen/ops/float_power.h>)
#include <ATen/ops/float_power.h>
#else
#line 7633 "spec/torch_api.yaml"
#error "binds calls at::float_power, which this ATen does not have (no <ATen/ops/float_power.h>)"
#endif
#if __has_include(<ATen/ops/floor.h>)
#include <ATen/ops/floor.h>
#else
#line 6932 "spec/torch_api.yaml"
#error "binds calls at::floor, which this ATen does not have (no <ATen/ops/floor.h>)"
#endif
#if __has_include(<ATen/ops/floor_divide.h>)
#include <ATen/ops/floor_divide.h>
#else
#line 7578 "spec/torch_api.yaml"
#error "binds calls at::floor_divide, which this ATen does not have (no <ATen/ops/floor_divide.h>)"
#endif
#if __has_include(<ATen/ops/fmax.h>)
#include <ATen/ops/fmax.h>
#else
#line 7482 "spec/torch_api.yaml"
#error "binds calls at::fmax, which this ATen does not have (no <ATen/ops/fmax.h>)"
#endif
#if __has_include(<ATen/ops/fmin.h>)
#include <ATen/ops/fmin.h>
#else
#line 7495 "spec/torch_api.yaml"
#error "binds calls at::fmin, which this ATen does not have (no <ATen/ops/fmin.h>)"
#endif
#if __has_include(<ATen/ops/fmod.h>)
#include <ATen/ops/fmod.h>
#else
#line 7508 "spec/torch_api.yaml"
#error "binds calls at::fmod, which this ATen does not have (no <ATen/ops/fmod.h>)"
#endif
#if __has_include(<ATen/ops/frac.h>)
#include <ATen/ops/frac.h>
#else
#line 6983 "spec/torch_api.yaml"
#error "binds calls at::frac, which this ATen does not have (no <ATen/ops/frac.h>)"
#endif
#if __has_include(<ATen/ops/frexp.h>)
#include <ATen/ops/frexp.h>
#else
#line 7303 "spec/torch_api.yaml"
#error "binds calls at::frexp, which this ATen does not have (no <ATen/ops/frexp.h>)"
#endif
#if __has_include(<ATen/ops/full.h>)
#include <ATen/ops/full.h>
#else
#line 227 "spec/torch_api.yaml"
#error "binds calls at::full, which this ATen does not have (no <ATen/ops/full.h>)"
#endif
#if __has_include(<ATen/ops/full_like.h>)
#include <ATen/ops/full_like.h>
#else
#line 5006 "spec/torch_api.yaml"
#error "binds calls at::full_like, which this ATen does not have (no <ATen/ops/full_like.h>)"
#endif
#if __has_include(<ATen/ops/gcd.h>)
#include <ATen/ops/gcd.h>
#else
#line 7701 "spec/torch_api.yaml"
#error "binds calls at::gcd, which this ATen does not have (no <ATen/ops/gcd.h>)"
#endif
#if __has_include(<ATen/ops/ge.h>)
#include <ATen/ops/ge.h>
#else
#line 7940 "spec/torch_api.yaml"
#error "binds calls at::ge, which this ATen does not have (no <ATen/ops/ge.h>)"
#endif
#if __has_include(<ATen/ops/gelu.h>)
#include <ATen/ops/gelu.h>
#else
#line 478 "spec/torch_api.yaml"
#error "binds calls at::gelu, which this ATen does not have (no <ATen/ops/gelu.h>)"
#endif
#if __has_include(<ATen/ops/glu.h>)
#include <ATen/ops/glu.h>
#else
#line 9050 "spec/torch_api.yaml"
#error "binds calls at::glu, which this ATen does not have (no <ATen/ops/glu.h>)"
#endif
#if __has_include(<ATen/ops/gt.h>)
#include <ATen/ops/gt.h>
#else
#line 7912 "spec/torch_api.yaml"
#error "binds calls at::gt, which this ATen does not have (no <ATen/ops/gt.h>)"
#endif
#if __has_include(<ATen/ops/hardshrink.h>)
#include <ATen/ops/hardshrink.h>
#else
#line 8997 "spec/torch_api.yaml"
#error "binds calls at::hardshrink, which this ATen does not have (no <ATen/ops/hardshrink.h>)"
#endif
#if __has_include(<ATen/ops/hardsigmoid.h>)
#include <ATen/ops/hardsigmoid.h>
#else
#line 8910 "spec/torch_api.yaml"
#error "binds calls at::hardsigmoid, which this ATen does not have (no <ATen/ops/hardsigmoid.h>)"
#endif
#if __has_include(<ATen/ops/hardswish.h>)
#include <ATen/ops/hardswish.h>
#else
#line 8848 "spec/torch_api.yaml"
#error "binds calls at::hardswish, which this ATen does not have (no <ATen/ops/hardswish.h>)"
#endif
#if __has_include(<ATen/ops/hardtanh.h>)
#include <ATen/ops/hardtanh.h>
#else
#line 9011 "spec/torch_api.yaml"
#error "binds calls at::hardtanh, which this ATen does not have (no <ATen/ops/hardtanh.h>)"
#endif
#if __has_include(<ATen/ops/heaviside.h>)
#include <ATen/ops/heaviside.h>
#else
#line 7675 "spec/torch_api.yaml"
#error "binds calls at::heaviside, which this ATen does not have (no <ATen/ops/heaviside.h>)"
#endif
#if __has_include(<ATen/ops/hypot.h>)
#include <ATen/ops/hypot.h>
#else
#line 7398 "spec/torch_api.yaml"
#error "binds calls at::hypot, which this ATen does not have (no <ATen/ops/hypot.h>)"
#endif
#if __has_include(<ATen/ops/i0.h>)
#include <ATen/ops/i0.h>
#else
#line 7139 "spec/torch_api.yaml"
#error "binds calls at::i0, which this ATen does not have (no <ATen/ops/i0.h>)"
#endif
#if __has_include(<ATen/ops/isclose.h>)
#include <ATen/ops/isclose.h>
#else
#line 8040 "spec/torch_api.yaml"
#error "binds calls at::isclose, which this ATen does not have (no <ATen/ops/isclose.h>)"
#endif
#if __has_include(<ATen/ops/isfinite.h>)
#include <ATen/ops/isfinite.h>
#else
#line 8068 "spec/torch_api.yaml"
#error "binds calls at::isfinite, which this ATen does not have (no <ATen/ops/isfinite.h>)"
#endif
#if __has_include(<ATen/ops/isin.h>)
#include <ATen/ops/isin.h>
#else
#line 8507 "spec/torch_api.yaml"
#error "binds calls at::isin, which this ATen does not have (no <ATen/ops/isin.h>)"
#endif
#if __has_include(<ATen/ops/isinf.h>)
#include <ATen/ops/isinf.h>
#else
#line 8080 "spec/torch_api.yaml"
#error "binds calls at::isinf, which this ATen does not have (no <ATen/ops/isinf.h>)"
#endif
#if __has_include(<ATen/ops/isnan.h>)
#include <ATen/ops/isnan.h>
#else
#line 8128 "spec/torch_api.yaml"
#error "binds calls at::isnan, which this ATen does not have (no <ATen/ops/isnan.h>)"
#endif
#if __has_include(<ATen/ops/isneginf.h>)
#include <ATen/ops/isneginf.h>
#else
#line 8104 "spec/torch_api.yaml"
#error "binds calls at::isneginf, which this ATen does not have (no <ATen/ops/isneginf.h>)"
#endif
#if __has_include(<ATen/ops/isposinf.h>)
#include <ATen/ops/isposinf.h>
#else
#line 8092 "spec/torch_api.yaml"
#error "binds calls at::isposinf, which this ATen does not have (no <ATen/ops/isposinf.h>)"
#endif
#if __has_include(<ATen/ops/isreal.h>)
#include <ATen/ops/isreal.h>
#else
#line 8116 "spec/torch_api.yaml"
#error "binds calls at::isreal, which this ATen does not have (no <ATen/ops/isreal.h>)"
#endif
#if __has_include(<ATen/ops/lcm.h>)
#include <ATen/ops/lcm.h>
#else
#line 7688 "spec/torch_api.yaml"
#error "binds calls at::lcm, which this ATen does not have (no <ATen/ops/lcm.h>)"
#endif
#if __has_include(<ATen/ops/ldexp.h>)
#include <ATen/ops/ldexp.h>
#else
#line 7714 "spec/torch_api.yaml"
#error "binds calls at::ldexp, which this ATen does not have (no <ATen/ops/ldexp.h>)"
#endif
#if __has_include(<ATen/ops/le.h>)
#include <ATen/ops/le.h>
#else
#line 7996 "spec/torch_api.yaml"
#error "binds calls at::le, which this ATen does not have (no <ATen/ops/le.h>)"
#endif
#if __has_include(<ATen/ops/leaky_relu.h>)
#include <ATen/ops/leaky_relu.h>
#else
#line 468 "spec/torch_api.yaml"
#error "binds calls at::leaky_relu, which this ATen does not have (no <ATen/ops/leaky_relu.h>)"
#endif
#if __has_include(<ATen/ops/lerp.h>)
#include <ATen/ops/lerp.h>
#else
#line 7412 "spec/torch_api.yaml"
#error "binds calls at::lerp, which this ATen does not have (no <ATen/ops/lerp.h>)"
#endif
#if __has_include(<ATen/ops/lgamma.h>)
#include <ATen/ops/lgamma.h>
#else
#line 7187 "spec/torch_api.yaml"
#error "binds calls at::lgamma, which this ATen does not have (no <ATen/ops/lgamma.h>)"
#endif
#if __has_include(<ATen/ops/linspace.h>)
#include <ATen/ops/linspace.h>
#else
#line 265 "spec/torch_api.yaml"
#error "binds calls at::linspace, which this ATen does not have (no <ATen/ops/linspace.h>)"
#endif
#if __has_include(<ATen/ops/log.h>)
#include <ATen/ops/log.h>
#else
#line 401 "spec/torch_api.yaml"
#error "binds calls at::log, which this ATen does not have (no <ATen/ops/log.h>)"
#endif
#if __has_include(<ATen/ops/log10.h>)
#include <ATen/ops/log10.h>
#else
#line 7091 "spec/torch_api.yaml"
#error "binds calls at::log10, which this ATen does not have (no <ATen/ops/log10.h>)"
#endif
#if __has_include(<ATen/ops/log1p.h>)
#include <ATen/ops/log1p.h>
#else
#line 7079 "spec/torch_api.yaml"
#error "binds calls at::log1p, which this ATen does not have (no <ATen/ops/log1p.h>)"
#endif
#if __has_include(<ATen/ops/log2.h>)
#include <ATen/ops/log2.h>
#else
#line 7103 "spec/torch_api.yaml"
#error "binds calls at::log2, which this ATen does not have (no <ATen/ops/log2.h>)"
#endif
#if __has_include(<ATen/ops/log_sigmoid.h>)
#include <ATen/ops/log_sigmoid.h>
#else
#line 8922 "spec/torch_api.yaml"
#error "binds calls at::log_sigmoid, which this ATen does not have (no <ATen/ops/log_sigmoid.h>)"
#endif
#if __has_include(<ATen/ops/log_softmax.h>)
#include <ATen/ops/log_softmax.h>
#else
#line 502 "spec/torch_api.yaml"
#error "binds calls at::log_softmax, which this ATen does not have (no <ATen/ops/log_softmax.h>)"
#endif
#if __has_include(<ATen/ops/logaddexp.h>)
#include <ATen/ops/logaddexp.h>
#else
#line 7330 "spec/torch_api.yaml"
#error "binds calls at::logaddexp, which this ATen does not have (no <ATen/ops/logaddexp.h>)"
#endif
#if __has_include(<ATen/ops/logaddexp2.h>)
#include <ATen/ops/logaddexp2.h>
#else
#line 7343 "spec/torch_api.yaml"
#error "binds calls at::logaddexp2, which this ATen does not have (no <ATen/ops/logaddexp2.h>)"
#endif
#if __has_include(<ATen/ops/logical_and.h>)
#include <ATen/ops/logical_and.h>
#else
#line 8141 "spec/torch_api.yaml"
#error "binds calls at::logical_and, which this ATen does not have (no <ATen/ops/logical_and.h>)"
#endif
#if __has_include(<ATen/ops/logical_not.h>)
#include <ATen/ops/logical_not.h>
#else
#line 8179 "spec/torch_api.yaml"
#error "binds calls at::logical_not, which this ATen does not have (no <ATen/ops/logical_not.h>)"
#endif
#if __has_include(<ATen/ops/logical_or.h>)
#include <ATen/ops/logical_or.h>
#else
#line 8154 "spec/torch_api.yaml"
#error "binds calls at::logical_or, which this ATen does not have (no <ATen/ops/logical_or.h>)"
#endif
#if __has_include(<ATen/ops/logical_xor.h>)
#include <ATen/ops/logical_xor.h>
#else
#line 8167 "spec/torch_api.yaml"
#error "binds calls at::logical_xor, which this ATen does not have (no <ATen/ops/logical_xor.h>)"
#endif
#if __has_include(<ATen/ops/logit.h>)
#include <ATen/ops/logit.h>
#else
#line 7248 "spec/torch_api.yaml"
#error "binds calls at::logit, which this ATen does not have (no <ATen/ops/logit.h>)"
#endif
#if __has_include(<ATen/ops/logspace.h>)
#include <ATen/ops/logspace.h>
#else
#line 5225 "spec/torch_api.yaml"
#error "binds calls at::logspace, which this ATen does not have (no <ATen/ops/logspace.h>)"
#endif
#if __has_include(<ATen/ops/lt.h>)
#include <ATen/ops/lt.h>
#else
#line 7968 "spec/torch_api.yaml"
#error "binds calls at::lt, which this ATen does not have (no <ATen/ops/lt.h>)"
#endif
#if __has_include(<ATen/ops/masked_fill.h>)
#include <ATen/ops/masked_fill.h>
#else
#line 8475 "spec/torch_api.yaml"
#error "binds calls at::masked_fill, which this ATen does not have (no <ATen/ops/masked_fill.h>)"
#endif
#if __has_include(<ATen/ops/maximum.h>)
#include <ATen/ops/maximum.h>
#else
#line 1771 "spec/torch_api.yaml"
#error "binds calls at::maximum, which this ATen does not have (no <ATen/ops/maximum.h>)"
#endif
#if __has_include(<ATen/ops/minimum.h>)
#include <ATen/ops/minimum.h>
#else
#line 7811 "spec/torch_api.yaml"
#error "binds calls at::minimum, which this ATen does not have (no <ATen/ops/minimum.h>)"
#endif
#if __has_include(<ATen/ops/mish.h>)
#include <ATen/ops/mish.h>
#else
#line 8935 "spec/torch_api.yaml"
#error "binds calls at::mish, which this ATen does not have (no <ATen/ops/mish.h>)"
#endif
#if __has_include(<ATen/ops/mul.h>)
#include <ATen/ops/mul.h>
#else
#line 324 "spec/torch_api.yaml"
#error "binds calls at::mul, which this ATen does not have (no <ATen/ops/mul.h>)"
#endif
#if __has_include(<ATen/ops/multinomial.h>)
#include <ATen/ops/multinomial.h>
#else
#line 5207 "spec/torch_api.yaml"
#error "binds calls at::multinomial, which this ATen does not have (no <ATen/ops/multinomial.h>)"
#endif
#if __has_include(<ATen/ops/mvlgamma.h>)
#include <ATen/ops/mvlgamma.h>
#else
#line 7274 "spec/torch_api.yaml"
#error "binds calls at::mvlgamma, which this ATen does not have (no <ATen/ops/mvlgamma.h>)"
#endif
#if __has_include(<ATen/ops/nan_to_num.h>)
#include <ATen/ops/nan_to_num.h>
#else
#line 7289 "spec/torch_api.yaml"
#error "binds calls at::nan_to_num, which this ATen does not have (no <ATen/ops/nan_to_num.h>)"
#endif
#if __has_include(<ATen/ops/ne.h>)
#include <ATen/ops/ne.h>
#else
#line 7884 "spec/torch_api.yaml"
#error "binds calls at::ne, which this ATen does not have (no <ATen/ops/ne.h>)"
#endif
#if __has_include(<ATen/ops/neg.h>)
#include <ATen/ops/neg.h>
#else
#line 359 "spec/torch_api.yaml"
#error "binds calls at::neg, which this ATen does not have (no <ATen/ops/neg.h>)"
#endif
#if __has_include(<ATen/ops/nextafter.h>)
#include <ATen/ops/nextafter.h>
#else
#line 7441 "spec/torch_api.yaml"
#error "binds calls at::nextafter, which this ATen does not have (no <ATen/ops/nextafter.h>)"
#endif
#if __has_include(<ATen/ops/normal.h>)
#include <ATen/ops/normal.h>
#else
#line 5121 "spec/torch_api.yaml"
#error "binds calls at::normal, which this ATen does not have (no <ATen/ops/normal.h>)"
#endif
#if __has_include(<ATen/ops/ones.h>)
#include <ATen/ops/ones.h>
#else
#line 193 "spec/torch_api.yaml"
#error "binds calls at::ones, which this ATen does not have (no <ATen/ops/ones.h>)"
#endif
#if __has_include(<ATen/ops/ones_like.h>)
#include <ATen/ops/ones_like.h>
#else
#line 4973 "spec/torch_api.yaml"
#error "binds calls at::ones_like, which this ATen does not have (no <ATen/ops/ones_like.h>)"
#endif
#if __has_include(<ATen/ops/polygamma.h>)
#include <ATen/ops/polygamma.h>
#else
#line 7261 "spec/torch_api.yaml"
#error "binds calls at::polygamma, which this ATen does not have (no <ATen/ops/polygamma.h>)"
#endif
#if __has_include(<ATen/ops/positive.h>)
#include <ATen/ops/positive.h>
#else
#line 7211 "spec/torch_api.yaml"
#error "binds calls at::positive, which this ATen does not have (no <ATen/ops/positive.h>)"
#endif
#if __has_include(<ATen/ops/pow.h>)
#include <ATen/ops/pow.h>
#else
#line 348 "spec/torch_api.yaml"
#error "binds calls at::pow, which this ATen does not have (no <ATen/ops/pow.h>)"
#endif
#if __has_include(<ATen/ops/prelu.h>)
#include <ATen/ops/prelu.h>
#else
#line 9063 "spec/torch_api.yaml"
#error "binds calls at::prelu, which this ATen does not have (no <ATen/ops/prelu.h>)"
#endif
#if __has_include(<ATen/ops/rad2deg.h>)
#include <ATen/ops/rad2deg.h>
#else
#line 7043 "spec/torch_api.yaml"
#error "binds calls at::rad2deg, which this ATen does not have (no <ATen/ops/rad2deg.h>)"
#endif
#if __has_include(<ATen/ops/rand.h>)
#include <ATen/ops/rand.h>
#else
#line 215 "spec/torch_api.yaml"
#error "binds calls at::rand, which this ATen does not have (no <ATen/ops/rand.h>)"
#endif
#if __has_include(<ATen/ops/rand_like.h>)
#include <ATen/ops/rand_like.h>
#else
#line 5038 "spec/torch_api.yaml"
#error "binds calls at::rand_like, which this ATen does not have (no <ATen/ops/rand_like.h>)"
#endif
#if __has_include(<ATen/ops/randint.h>)
#include <ATen/ops/randint.h>
#else
#line 5090 "spec/torch_api.yaml"
#error "binds calls at::randint, which this ATen does not have (no <ATen/ops/randint.h>)"
#endif
#if __has_include(<ATen/ops/randint_like.h>)
#include <ATen/ops/randint_like.h>
#else
#line 5055 "spec/torch_api.yaml"
#error "binds calls at::randint_like, which this ATen does not have (no <ATen/ops/randint_like.h>)"
#endif
#if __has_include(<ATen/ops/randn.h>)
#include <ATen/ops/randn.h>
#else
#line 204 "spec/torch_api.yaml"
#error "binds calls at::randn, which this ATen does not have (no <ATen/ops/randn.h>)"
#endif
#if __has_include(<ATen/ops/randn_like.h>)
#include <ATen/ops/randn_like.h>
#else
#line 5022 "spec/torch_api.yaml"
#error "binds calls at::randn_like, which this ATen does not have (no <ATen/ops/randn_like.h>)"
#endif
#if __has_include(<ATen/ops/reciprocal.h>)
#include <ATen/ops/reciprocal.h>
#else
#line 2297 "spec/torch_api.yaml"
#error "binds calls at::reciprocal, which this ATen does not have (no <ATen/ops/reciprocal.h>)"
#endif
#if __has_include(<ATen/ops/relu.h>)
#include <ATen/ops/relu.h>
#else
#line 436 "spec/torch_api.yaml"
#error "binds calls at::relu, which this ATen does not have (no <ATen/ops/relu.h>)"
#endif
#if __has_include(<ATen/ops/relu6.h>)
#include <ATen/ops/relu6.h>
#else
#line 9023 "spec/torch_api.yaml"
#error "binds calls at::relu6, which this ATen does not have (no <ATen/ops/relu6.h>)"
#endif
#if __has_include(<ATen/ops/remainder.h>)
#include <ATen/ops/remainder.h>
#else
#line 7536 "spec/torch_api.yaml"
#error "binds calls at::remainder, which this ATen does not have (no <ATen/ops/remainder.h>)"
#endif
#if __has_include(<ATen/ops/round.h>)
#include <ATen/ops/round.h>
#else
#line 6944 "spec/torch_api.yaml"
#error "binds calls at::round, which this ATen does not have (no <ATen/ops/round.h>)"
#endif
#if __has_include(<ATen/ops/rsqrt.h>)
#include <ATen/ops/rsqrt.h>
#else
#line 7115 "spec/torch_api.yaml"
#error "binds calls at::rsqrt, which this ATen does not have (no <ATen/ops/rsqrt.h>)"
#endif
#if __has_include(<ATen/ops/rsub.h>)
#include <ATen/ops/rsub.h>
#else
#line 2270 "spec/torch_api.yaml"
#error "binds calls at::rsub, which this ATen does not have (no <ATen/ops/rsub.h>)"
#endif
#if __has_include(<ATen/ops/scalar_tensor.h>)
#include <ATen/ops/scalar_tensor.h>
#else
#line 5274 "spec/torch_api.yaml"
#error "binds calls at::scalar_tensor, which this ATen does not have (no <ATen/ops/scalar_tensor.h>)"
#endif
#if __has_include(<ATen/ops/selu.h>)
#include <ATen/ops/selu.h>
#else
#line 8886 "spec/torch_api.yaml"
#error "binds calls at::selu, which this ATen does not have (no <ATen/ops/selu.h>)"
#endif
#if __has_include(<ATen/ops/sigmoid.h>)
#include <ATen/ops/sigmoid.h>
#else
#line 447 "spec/torch_api.yaml"
#error "binds calls at::sigmoid, which this ATen does not have (no <ATen/ops/sigmoid.h>)"
#endif
#if __has_include(<ATen/ops/sign.h>)
#include <ATen/ops/sign.h>
#else
#line 6995 "spec/torch_api.yaml"
#error "binds calls at::sign, which this ATen does not have (no <ATen/ops/sign.h>)"
#endif
#if __has_include(<ATen/ops/signbit.h>)
#include <ATen/ops/signbit.h>
#else
#line 7007 "spec/torch_api.yaml"
#error "binds calls at::signbit, which this ATen does not have (no <ATen/ops/signbit.h>)"
#endif
#if __has_include(<ATen/ops/silu.h>)
#include <ATen/ops/silu.h>
#else
#line 8898 "spec/torch_api.yaml"
#error "binds calls at::silu, which this ATen does not have (no <ATen/ops/silu.h>)"
#endif
#if __has_include(<ATen/ops/sin.h>)
#include <ATen/ops/sin.h>
#else
#line 3074 "spec/torch_api.yaml"
#error "binds calls at::sin, which this ATen does not have (no <ATen/ops/sin.h>)"
#endif
#if __has_include(<ATen/ops/sinc.h>)
#include <ATen/ops/sinc.h>
#else
#line 7019 "spec/torch_api.yaml"
#error "binds calls at::sinc, which this ATen does not have (no <ATen/ops/sinc.h>)"
#endif
#if __has_include(<ATen/ops/sinh.h>)
#include <ATen/ops/sinh.h>
#else
#line 6908 "spec/torch_api.yaml"
#error "binds calls at::sinh, which this ATen does not have (no <ATen/ops/sinh.h>)"
#endif
#if __has_include(<ATen/ops/softmax.h>)
#include <ATen/ops/softmax.h>
#else
#line 490 "spec/torch_api.yaml"
#error "binds calls at::softmax, which this ATen does not have (no <ATen/ops/softmax.h>)"
#endif
#if __has_include(<ATen/ops/softplus.h>)
#include <ATen/ops/softplus.h>
#else
#line 9037 "spec/torch_api.yaml"
#error "binds calls at::softplus, which this ATen does not have (no <ATen/ops/softplus.h>)"
#endif
#if __has_include(<ATen/ops/softshrink.h>)
#include <ATen/ops/softshrink.h>
#else
#line 8984 "spec/torch_api.yaml"
#error "binds calls at::softshrink, which this ATen does not have (no <ATen/ops/softshrink.h>)"
#endif
#if __has_include(<ATen/ops/sqrt.h>)
#include <ATen/ops/sqrt.h>
#else
#line 381 "spec/torch_api.yaml"
#error "binds calls at::sqrt, which this ATen does not have (no <ATen/ops/sqrt.h>)"
#endif
#if __has_include(<ATen/ops/square.h>)
#include <ATen/ops/square.h>
#else
#line 7127 "spec/torch_api.yaml"
#error "binds calls at::square, which this ATen does not have (no <ATen/ops/square.h>)"
#endif
#if __has_include(<ATen/ops/sub.h>)
#include <ATen/ops/sub.h>
#else
#line 312 "spec/torch_api.yaml"
#error "binds calls at::sub, which this ATen does not have (no <ATen/ops/sub.h>)"
#endif
#if __has_include(<ATen/ops/tan.h>)
#include <ATen/ops/tan.h>
#else
#line 6812 "spec/torch_api.yaml"
#error "binds calls at::tan, which this ATen does not have (no <ATen/ops/tan.h>)"
#endif
#if __has_include(<ATen/ops/tanh.h>)
#include <ATen/ops/tanh.h>
#else
#line 457 "spec/torch_api.yaml"
#error "binds calls at::tanh, which this ATen does not have (no <ATen/ops/tanh.h>)"
#endif
#if __has_include(<ATen/ops/threshold.h>)
#include <ATen/ops/threshold.h>
#else
#line 8971 "spec/torch_api.yaml"
#error "binds calls at::threshold, which this ATen does not have (no <ATen/ops/threshold.h>)"
#endif
#if __has_include(<ATen/ops/tril_indices.h>)
#include <ATen/ops/tril_indices.h>
#else
#line 5242 "spec/torch_api.yaml"
#error "binds calls at::tril_indices, which this ATen does not have (no <ATen/ops/tril_indices.h>)"
#endif
#if __has_include(<ATen/ops/triu_indices.h>)
#include <ATen/ops/triu_indices.h>
#else
#line 5259 "spec/torch_api.yaml"
#error "binds calls at::triu_indices, which this ATen does not have (no <ATen/ops/triu_indices.h>)"
#endif
#if __has_include(<ATen/ops/true_divide.h>)
#include <ATen/ops/true_divide.h>
#else
#line 7605 "spec/torch_api.yaml"
#error "binds calls at::true_divide, which this ATen does not have (no <ATen/ops/true_divide.h>)"
#endif
#if __has_include(<ATen/ops/trunc.h>)
#include <ATen/ops/trunc.h>
#else
#line 6971 "spec/torch_api.yaml"
#error "binds calls at::trunc, which this ATen does not have (no <ATen/ops/trunc.h>)"
#endif
#if __has_include(<ATen/ops/where.h>)
#include <ATen/ops/where.h>
#else
#line 8415 "spec/torch_api.yaml"
#error "binds calls at::where, which this ATen does not have (no <ATen/ops/where.h>)"
#endif
#if __has_include(<ATen/ops/xlogy.h>)
#include <ATen/ops/xlogy.h>
#else
#line 7356 "spec/torch_api.yaml"
#error "binds calls at::xlogy, which this ATen does not have (no <ATen/ops/xlogy.h>)"
#endif
#if __has_include(<ATen/ops/zeros.h>)
#include <ATen/ops/zeros.h>
#else
#line 182 "spec/torch_api.yaml"
#error "binds calls at::zeros, which this ATen does not have (no <ATen/ops/zeros.h>)"
#endif
#if __has_include(<ATen/ops/zeros_like.h>)
#include <ATen/ops/zeros_like.h>
#else
#line 4957 "spec/torch_api.yaml"
#error "binds calls at::zeros_like, which this ATen does not have (no <ATen/ops/zeros_like.h>)"
#endif

extern "C" {

RT_TORCH_API bool rt_torch_available(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 146 "spec/torch_api.yaml"
        return sffi::to_bool(sffi::torch_available());
#line 951 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_available");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_available");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_available");
        return false;
    }
}

RT_TORCH_API const char* rt_torch_version(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 158 "spec/torch_api.yaml"
        return sffi::text_result(sffi::torch_version());
#line 970 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_version");
        return nullptr;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_version");
        return nullptr;
    } catch (...) {
        sffi::record_exception("rt_torch_version");
        return nullptr;
    }
}

RT_TORCH_API bool rt_torch_cuda_available(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 170 "spec/torch_api.yaml"
        return sffi::to_bool(sffi::cuda_available());
#line 989 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_cuda_available");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_cuda_available");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_cuda_available");
        return false;
    }
}

RT_TORCH_API int32_t rt_torch_error_code(void) noexcept {
    try {
#line 1393 "spec/torch_api.yaml"
        return sffi::to_i32(sffi::error_code());
#line 1006 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_error_code");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_error_code");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_error_code");
        return -1;
    }
}

RT_TORCH_API const char* rt_torch_error_message(void) noexcept {
    try {
#line 1407 "spec/torch_api.yaml"
        return sffi::text_result(sffi::error_message());
#line 1023 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_error_message");
        return nullptr;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_error_message");
        return nullptr;
    } catch (...) {
        sffi::record_exception("rt_torch_error_message");
        return nullptr;
    }
}

RT_TORCH_API void rt_torch_error_clear(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1421 "spec/torch_api.yaml"
        sffi::error_clear();
#line 1042 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_error_clear");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_error_clear");
    } catch (...) {
        sffi::record_exception("rt_torch_error_clear");
    }
}

RT_TORCH_API int64_t rt_torch_live_handles(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1433 "spec/torch_api.yaml"
        return sffi::to_i64(sffi::live_handles());
#line 1058 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_live_handles");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_live_handles");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_live_handles");
        return -1;
    }
}

RT_TORCH_API void rt_torch_manual_seed(int64_t seed_) noexcept {
    sffi::begin_call();
    try {
        const int64_t seed = seed_;
        const sffi::SharedCall call_lock;
#line 1459 "spec/torch_api.yaml"
        sffi::manual_seed(seed);
#line 1078 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_manual_seed");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_manual_seed");
    } catch (...) {
        sffi::record_exception("rt_torch_manual_seed");
    }
}

RT_TORCH_API void rt_torch_set_num_threads(int32_t num_threads_) noexcept {
    sffi::begin_call();
    try {
        const int32_t num_threads = num_threads_;
        const sffi::SharedCall call_lock;
#line 1470 "spec/torch_api.yaml"
        sffi::set_num_threads(num_threads);
#line 1095 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_set_num_threads");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_set_num_threads");
    } catch (...) {
        sffi::record_exception("rt_torch_set_num_threads");
    }
}

RT_TORCH_API int32_t rt_torch_get_num_threads(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1483 "spec/torch_api.yaml"
        return sffi::to_i32(sffi::get_num_threads());
#line 1111 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_get_num_threads");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_get_num_threads");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_get_num_threads");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_zeros(const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 182 "spec/torch_api.yaml"
        return sffi::new_tensor(at::zeros(dims));
#line 1131 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_zeros");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_zeros");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_zeros");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_ones(const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 193 "spec/torch_api.yaml"
        return sffi::new_tensor(at::ones(dims));
#line 1151 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_ones");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_ones");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_ones");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_randn(const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 204 "spec/torch_api.yaml"
        return sffi::new_tensor(at::randn(dims));
#line 1171 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_randn");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_randn");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_randn");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_rand(const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 215 "spec/torch_api.yaml"
        return sffi::new_tensor(at::rand(dims));
#line 1191 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_rand");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_rand");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_rand");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_full(const int64_t* dims_, int64_t dims_len, double value_) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const double value = value_;
        const sffi::SharedCall call_lock;
#line 227 "spec/torch_api.yaml"
        return sffi::new_tensor(at::full(dims, value));
#line 1212 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_full");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_full");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_full");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_from_data(const double* data_, int64_t data_len, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const c10::ArrayRef<double> data = sffi::array_arg(data_, data_len, "data");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 239 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::from_data(data, dims));
#line 1233 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_from_data");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_from_data");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_from_data");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_arange(double start_, double end_, double step_) noexcept {
    sffi::begin_call();
    try {
        const double start = start_;
        const double end = end_;
        const double step = step_;
        const sffi::SharedCall call_lock;
#line 252 "spec/torch_api.yaml"
        return sffi::new_tensor(at::arange(start, end, step));
#line 1255 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_arange");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_arange");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_arange");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_linspace(double start_, double end_, int64_t steps_) noexcept {
    sffi::begin_call();
    try {
        const double start = start_;
        const double end = end_;
        const int64_t steps = steps_;
        const sffi::SharedCall call_lock;
#line 265 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linspace(start, end, steps));
#line 1277 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_linspace");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_linspace");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_linspace");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_eye(int64_t n_) noexcept {
    sffi::begin_call();
    try {
        const int64_t n = n_;
        const sffi::SharedCall call_lock;
#line 276 "spec/torch_api.yaml"
        return sffi::new_tensor(at::eye(n));
#line 1297 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_eye");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_eye");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_eye");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_empty(const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 287 "spec/torch_api.yaml"
        return sffi::new_tensor(at::empty(dims));
#line 1317 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_empty");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_empty");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_empty");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_from_i64(const int64_t* data_, int64_t data_len, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef data = sffi::array_arg(data_, data_len, "data");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 1613 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::from_data(data, dims));
#line 1338 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_from_i64");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_from_i64");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_from_i64");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_zeros_v2(const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 2037 "spec/torch_api.yaml"
        return sffi::new_tensor(at::zeros(size, at::TensorOptions().dtype(dtype).device(device)));
#line 1360 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_zeros_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_zeros_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_zeros_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_ones_v2(const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 2052 "spec/torch_api.yaml"
        return sffi::new_tensor(at::ones(size, at::TensorOptions().dtype(dtype).device(device)));
#line 1382 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_ones_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_ones_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_ones_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_empty_v2(const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 2068 "spec/torch_api.yaml"
        return sffi::new_tensor(at::empty(size, at::TensorOptions().dtype(dtype).device(device), sffi::memory_format_arg(memory_format)));
#line 1405 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_empty_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_empty_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_empty_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_randn_v2(const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 2083 "spec/torch_api.yaml"
        return sffi::new_tensor(at::randn(size, at::TensorOptions().dtype(dtype).device(device)));
#line 1427 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_randn_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_randn_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_randn_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_rand_v2(const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 2098 "spec/torch_api.yaml"
        return sffi::new_tensor(at::rand(size, at::TensorOptions().dtype(dtype).device(device)));
#line 1449 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_rand_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_rand_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_rand_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_full_v2(const int64_t* size_, int64_t size_len, double fill_value_, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const c10::Scalar fill_value = sffi::scalar_arg(fill_value_, fill_value_int, fill_value_kind, "fill_value");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 2114 "spec/torch_api.yaml"
        return sffi::new_tensor(at::full(size, fill_value, at::TensorOptions().dtype(dtype).device(device)));
#line 1472 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_full_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_full_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_full_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_arange_v2(double end_, int64_t end_int, int32_t end_kind, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar end = sffi::scalar_arg(end_, end_int, end_kind, "end");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 2129 "spec/torch_api.yaml"
        return sffi::new_tensor(at::arange(end, at::TensorOptions().dtype(dtype).device(device)));
#line 1494 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_arange_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_arange_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_arange_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_arange_start_step(double start_, int64_t start_int, int32_t start_kind, double end_, int64_t end_int, int32_t end_kind, double step_, int64_t step_int, int32_t step_kind, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar start = sffi::scalar_arg(start_, start_int, start_kind, "start");
        const c10::Scalar end = sffi::scalar_arg(end_, end_int, end_kind, "end");
        const c10::Scalar step = sffi::scalar_arg(step_, step_int, step_kind, "step");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 2146 "spec/torch_api.yaml"
        return sffi::new_tensor(at::arange(start, end, step, at::TensorOptions().dtype(dtype).device(device)));
#line 1518 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_arange_start_step");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_arange_start_step");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_arange_start_step");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_linspace_v2(double start_, int64_t start_int, int32_t start_kind, double end_, int64_t end_int, int32_t end_kind, int64_t steps_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar start = sffi::scalar_arg(start_, start_int, start_kind, "start");
        const c10::Scalar end = sffi::scalar_arg(end_, end_int, end_kind, "end");
        const int64_t steps = steps_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 2163 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linspace(start, end, steps, at::TensorOptions().dtype(dtype).device(device)));
#line 1542 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_linspace_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_linspace_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_linspace_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_eye_v2(int64_t n_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t n = n_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 2178 "spec/torch_api.yaml"
        return sffi::new_tensor(at::eye(n, at::TensorOptions().dtype(dtype).device(device)));
#line 1564 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_eye_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_eye_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_eye_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_eye_m(int64_t n_, int64_t m_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t n = n_;
        const int64_t m = m_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 2194 "spec/torch_api.yaml"
        return sffi::new_tensor(at::eye(n, m, at::TensorOptions().dtype(dtype).device(device)));
#line 1587 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_eye_m");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_eye_m");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_eye_m");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_zeros_like(int64_t input_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 4957 "spec/torch_api.yaml"
        return sffi::new_tensor(at::zeros_like(input, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 1610 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_zeros_like");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_zeros_like");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_zeros_like");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ones_like(int64_t input_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 4973 "spec/torch_api.yaml"
        return sffi::new_tensor(at::ones_like(input, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 1633 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ones_like");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ones_like");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ones_like");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_empty_like(int64_t input_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 4989 "spec/torch_api.yaml"
        return sffi::new_tensor(at::empty_like(input, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 1656 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_empty_like");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_empty_like");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_empty_like");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_full_like(int64_t input_, double fill_value_, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar fill_value = sffi::scalar_arg(fill_value_, fill_value_int, fill_value_kind, "fill_value");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 5006 "spec/torch_api.yaml"
        return sffi::new_tensor(at::full_like(input, fill_value, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 1680 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_full_like");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_full_like");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_full_like");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_randn_like(int64_t input_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 5022 "spec/torch_api.yaml"
        return sffi::new_tensor(at::randn_like(input, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 1703 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_randn_like");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_randn_like");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_randn_like");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_rand_like(int64_t input_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 5038 "spec/torch_api.yaml"
        return sffi::new_tensor(at::rand_like(input, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 1726 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_rand_like");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_rand_like");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_rand_like");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_randint_like(int64_t input_, int64_t high_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t high = high_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 5055 "spec/torch_api.yaml"
        return sffi::new_tensor(at::randint_like(input, high, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 1750 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_randint_like");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_randint_like");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_randint_like");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_randint_like_low_dtype(int64_t input_, int64_t low_, int64_t high_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t low = low_;
        const int64_t high = high_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 5073 "spec/torch_api.yaml"
        return sffi::new_tensor(at::randint_like(input, low, high, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 1775 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_randint_like_low_dtype");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_randint_like_low_dtype");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_randint_like_low_dtype");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_randint(int64_t high_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t high = high_;
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5090 "spec/torch_api.yaml"
        return sffi::new_tensor(at::randint(high, size, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1798 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_randint");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_randint");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_randint");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_randint_low(int64_t low_, int64_t high_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t low = low_;
        const int64_t high = high_;
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5107 "spec/torch_api.yaml"
        return sffi::new_tensor(at::randint(low, high, size, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1822 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_randint_low");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_randint_low");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_randint_low");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_normal_tensor_tensor(int64_t mean_, int64_t std_arg_) noexcept {
    sffi::begin_call();
    try {
        const auto [mean, std_arg] = sffi::tensor_args<2>({mean_, std_arg_}, {"mean", "std_arg"});
        const sffi::SharedCall call_lock;
#line 5121 "spec/torch_api.yaml"
        return sffi::new_tensor(at::normal(mean, std_arg));
#line 1842 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_normal_tensor_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_normal_tensor_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_normal_tensor_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_normal_tensor_float(int64_t mean_, double std_arg_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor mean = sffi::tensor_arg(mean_, "mean");
        const double std_arg = std_arg_;
        const sffi::SharedCall call_lock;
#line 5134 "spec/torch_api.yaml"
        return sffi::new_tensor(at::normal(mean, std_arg));
#line 1863 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_normal_tensor_float");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_normal_tensor_float");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_normal_tensor_float");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_normal_float_tensor(double mean_, int64_t std_arg_) noexcept {
    sffi::begin_call();
    try {
        const double mean = mean_;
        const at::Tensor std_arg = sffi::tensor_arg(std_arg_, "std_arg");
        const sffi::SharedCall call_lock;
#line 5148 "spec/torch_api.yaml"
        return sffi::new_tensor(at::normal(mean, std_arg));
#line 1884 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_normal_float_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_normal_float_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_normal_float_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_normal_float_float(double mean_, double std_arg_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const double mean = mean_;
        const double std_arg = std_arg_;
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5166 "spec/torch_api.yaml"
        return sffi::new_tensor(at::normal(mean, std_arg, size, ::std::nullopt, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1908 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_normal_float_float");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_normal_float_float");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_normal_float_float");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bernoulli(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 5179 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bernoulli(input));
#line 1928 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bernoulli");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bernoulli");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bernoulli");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bernoulli_p(int64_t input_, double p_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const sffi::SharedCall call_lock;
#line 5192 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bernoulli(input, p));
#line 1949 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bernoulli_p");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bernoulli_p");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bernoulli_p");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_multinomial(int64_t input_, int64_t num_samples_, bool replacement_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t num_samples = num_samples_;
        const bool replacement = replacement_;
        const sffi::SharedCall call_lock;
#line 5207 "spec/torch_api.yaml"
        return sffi::new_tensor(at::multinomial(input, num_samples, replacement));
#line 1971 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_multinomial");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_multinomial");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_multinomial");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_logspace(double start_, int64_t start_int, int32_t start_kind, double end_, int64_t end_int, int32_t end_kind, int64_t steps_, double base_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar start = sffi::scalar_arg(start_, start_int, start_kind, "start");
        const c10::Scalar end = sffi::scalar_arg(end_, end_int, end_kind, "end");
        const int64_t steps = steps_;
        const double base = base_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5225 "spec/torch_api.yaml"
        return sffi::new_tensor(at::logspace(start, end, steps, base, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1996 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_logspace");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_logspace");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_logspace");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_tril_indices(int64_t row_, int64_t col_, int64_t offset_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t row = row_;
        const int64_t col = col_;
        const int64_t offset = offset_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5242 "spec/torch_api.yaml"
        return sffi::new_tensor(at::tril_indices(row, col, offset, dtype, ::std::nullopt, device, ::std::nullopt));
#line 2020 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_tril_indices");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_tril_indices");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_tril_indices");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_triu_indices(int64_t row_, int64_t col_, int64_t offset_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t row = row_;
        const int64_t col = col_;
        const int64_t offset = offset_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5259 "spec/torch_api.yaml"
        return sffi::new_tensor(at::triu_indices(row, col, offset, dtype, ::std::nullopt, device, ::std::nullopt));
#line 2044 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_triu_indices");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_triu_indices");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_triu_indices");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_scalar_tensor(double s_, int64_t s_int, int32_t s_kind, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar s = sffi::scalar_arg(s_, s_int, s_kind, "s");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5274 "spec/torch_api.yaml"
        return sffi::new_tensor(at::scalar_tensor(s, dtype, ::std::nullopt, device, ::std::nullopt));
#line 2066 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_empty_strided(const int64_t* size_, int64_t size_len, const int64_t* stride_, int64_t stride_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const at::IntArrayRef stride = sffi::array_arg(stride_, stride_len, "stride");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5290 "spec/torch_api.yaml"
        return sffi::new_tensor(at::empty_strided(size, stride, dtype, ::std::nullopt, device, ::std::nullopt));
#line 2089 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_empty_strided");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_empty_strided");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_empty_strided");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_new_zeros(int64_t input_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5306 "spec/torch_api.yaml"
        return sffi::new_tensor(input.new_zeros(size, dtype, ::std::nullopt, device, ::std::nullopt));
#line 2112 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_new_zeros");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_new_zeros");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_new_zeros");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_new_ones(int64_t input_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5322 "spec/torch_api.yaml"
        return sffi::new_tensor(input.new_ones(size, dtype, ::std::nullopt, device, ::std::nullopt));
#line 2135 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_new_ones");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_new_ones");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_new_ones");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_new_full(int64_t input_, const int64_t* size_, int64_t size_len, double fill_value_, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const c10::Scalar fill_value = sffi::scalar_arg(fill_value_, fill_value_int, fill_value_kind, "fill_value");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5339 "spec/torch_api.yaml"
        return sffi::new_tensor(input.new_full(size, fill_value, dtype, ::std::nullopt, device, ::std::nullopt));
#line 2159 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_new_full");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_new_full");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_new_full");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_new_empty(int64_t input_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 5355 "spec/torch_api.yaml"
        return sffi::new_tensor(input.new_empty(size, dtype, ::std::nullopt, device, ::std::nullopt));
#line 2182 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_new_empty");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_new_empty");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_new_empty");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logspace_tensor_tensor(int64_t start_, int64_t end_, int64_t steps_, double base_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const auto [start, end] = sffi::tensor_args<2>({start_, end_}, {"start", "end"});
        const int64_t steps = steps_;
        const double base = base_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 10509 "spec/torch_api.yaml"
        return sffi::new_tensor(at::logspace(start, end, steps, base, dtype, ::std::nullopt, device, ::std::nullopt));
#line 2206 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logspace_tensor_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logspace_tensor_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logspace_tensor_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logspace_tensor_scalar(int64_t start_, double end_, int64_t end_int, int32_t end_kind, int64_t steps_, double base_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor start = sffi::tensor_arg(start_, "start");
        const c10::Scalar end = sffi::scalar_arg(end_, end_int, end_kind, "end");
        const int64_t steps = steps_;
        const double base = base_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 10528 "spec/torch_api.yaml"
        return sffi::new_tensor(at::logspace(start, end, steps, base, dtype, ::std::nullopt, device, ::std::nullopt));
#line 2231 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logspace_tensor_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logspace_tensor_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logspace_tensor_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_logspace_scalar_tensor(double start_, int64_t start_int, int32_t start_kind, int64_t end_, int64_t steps_, double base_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar start = sffi::scalar_arg(start_, start_int, start_kind, "start");
        const at::Tensor end = sffi::tensor_arg(end_, "end");
        const int64_t steps = steps_;
        const double base = base_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 10547 "spec/torch_api.yaml"
        return sffi::new_tensor(at::logspace(start, end, steps, base, dtype, ::std::nullopt, device, ::std::nullopt));
#line 2256 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_logspace_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_logspace_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_logspace_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linspace_tensor_tensor(int64_t start_, int64_t end_, int64_t steps_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const auto [start, end] = sffi::tensor_args<2>({start_, end_}, {"start", "end"});
        const int64_t steps = steps_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 10565 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linspace(start, end, steps, dtype, ::std::nullopt, device, ::std::nullopt));
#line 2279 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linspace_tensor_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linspace_tensor_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linspace_tensor_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linspace_tensor_scalar(int64_t start_, double end_, int64_t end_int, int32_t end_kind, int64_t steps_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor start = sffi::tensor_arg(start_, "start");
        const c10::Scalar end = sffi::scalar_arg(end_, end_int, end_kind, "end");
        const int64_t steps = steps_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 10583 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linspace(start, end, steps, dtype, ::std::nullopt, device, ::std::nullopt));
#line 2303 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linspace_tensor_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linspace_tensor_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linspace_tensor_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_linspace_scalar_tensor(double start_, int64_t start_int, int32_t start_kind, int64_t end_, int64_t steps_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar start = sffi::scalar_arg(start_, start_int, start_kind, "start");
        const at::Tensor end = sffi::tensor_arg(end_, "end");
        const int64_t steps = steps_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 10601 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linspace(start, end, steps, dtype, ::std::nullopt, device, ::std::nullopt));
#line 2327 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_linspace_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_linspace_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_linspace_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_add(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 300 "spec/torch_api.yaml"
        return sffi::new_tensor(at::add(handle, other));
#line 2347 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sub(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 312 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sub(handle, other));
#line 2367 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sub");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sub");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sub");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mul(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 324 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mul(handle, other));
#line 2387 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_div(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 336 "spec/torch_api.yaml"
        return sffi::new_tensor(at::div(handle, other));
#line 2407 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_pow(int64_t handle_, double exponent_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double exponent = exponent_;
        const sffi::SharedCall call_lock;
#line 348 "spec/torch_api.yaml"
        return sffi::new_tensor(at::pow(handle, exponent));
#line 2428 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_pow");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_pow");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_pow");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_neg(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 359 "spec/torch_api.yaml"
        return sffi::new_tensor(at::neg(handle));
#line 2448 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_neg");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_neg");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_neg");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_abs(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 370 "spec/torch_api.yaml"
        return sffi::new_tensor(at::abs(handle));
#line 2468 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_abs");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_abs");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_abs");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sqrt(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 381 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sqrt(handle));
#line 2488 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sqrt");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sqrt");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sqrt");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_exp(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 391 "spec/torch_api.yaml"
        return sffi::new_tensor(at::exp(handle));
#line 2508 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_exp");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_exp");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_exp");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_log(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 401 "spec/torch_api.yaml"
        return sffi::new_tensor(at::log(handle));
#line 2528 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_log");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_log");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_log");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar(int64_t handle_, double scalar_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double scalar = scalar_;
        const sffi::SharedCall call_lock;
#line 412 "spec/torch_api.yaml"
        return sffi::new_tensor(at::add(handle, scalar));
#line 2549 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mul_scalar(int64_t handle_, double scalar_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double scalar = scalar_;
        const sffi::SharedCall call_lock;
#line 424 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mul(handle, scalar));
#line 2570 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_div_scalar(int64_t handle_, double scalar_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double scalar = scalar_;
        const sffi::SharedCall call_lock;
#line 1758 "spec/torch_api.yaml"
        return sffi::new_tensor(at::div(handle, scalar));
#line 2591 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_maximum(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 1771 "spec/torch_api.yaml"
        return sffi::new_tensor(at::maximum(handle, other));
#line 2611 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_maximum");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_maximum");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_maximum");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_add_tensor(int64_t input_, int64_t other_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 2210 "spec/torch_api.yaml"
        return sffi::new_tensor(at::add(input, other, alpha));
#line 2632 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar_v2(int64_t input_, double other_, int64_t other_int, int32_t other_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 2225 "spec/torch_api.yaml"
        return sffi::new_tensor(at::add(input, other, alpha));
#line 2654 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_scalar_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sub_tensor(int64_t input_, int64_t other_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 2240 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sub(input, other, alpha));
#line 2675 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sub_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sub_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sub_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sub_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 2255 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sub(input, other, alpha));
#line 2697 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sub_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sub_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sub_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_rsub_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 2270 "spec/torch_api.yaml"
        return sffi::new_tensor(at::rsub(input, other, alpha));
#line 2719 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_rsub_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_rsub_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_rsub_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_rsub_tensor(int64_t input_, int64_t other_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 2285 "spec/torch_api.yaml"
        return sffi::new_tensor(at::rsub(input, other, alpha));
#line 2740 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_rsub_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_rsub_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_rsub_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_reciprocal(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 2297 "spec/torch_api.yaml"
        return sffi::new_tensor(at::reciprocal(input));
#line 2760 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_reciprocal");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_reciprocal");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_reciprocal");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mul_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 2310 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mul(input, other));
#line 2780 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mul_scalar_v2(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 2323 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mul(input, other));
#line 2801 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_scalar_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_div_tensor_mode(int64_t input_, int64_t other_, const char* rounding_mode_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const std::optional<std::string_view> rounding_mode = sffi::optional_enum_arg(rounding_mode_, "rounding_mode", {"trunc", "floor"}, sffi::Code::other);
        const sffi::SharedCall call_lock;
#line 2338 "spec/torch_api.yaml"
        return sffi::new_tensor(at::div(input, other, rounding_mode));
#line 2822 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div_tensor_mode");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div_tensor_mode");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div_tensor_mode");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_div_scalar_mode(int64_t input_, double other_, int64_t other_int, int32_t other_kind, const char* rounding_mode_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const std::optional<std::string_view> rounding_mode = sffi::optional_enum_arg(rounding_mode_, "rounding_mode", {"trunc", "floor"}, sffi::Code::other);
        const sffi::SharedCall call_lock;
#line 2353 "spec/torch_api.yaml"
        return sffi::new_tensor(at::div(input, other, rounding_mode));
#line 2844 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar_mode");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar_mode");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div_scalar_mode");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_pow_tensor_scalar(int64_t input_, double exponent_, int64_t exponent_int, int32_t exponent_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar exponent = sffi::scalar_arg(exponent_, exponent_int, exponent_kind, "exponent");
        const sffi::SharedCall call_lock;
#line 2366 "spec/torch_api.yaml"
        return sffi::new_tensor(at::pow(input, exponent));
#line 2865 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_pow_tensor_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_pow_tensor_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_pow_tensor_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_pow_tensor_tensor(int64_t input_, int64_t exponent_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, exponent] = sffi::tensor_args<2>({input_, exponent_}, {"input", "exponent"});
        const sffi::SharedCall call_lock;
#line 2379 "spec/torch_api.yaml"
        return sffi::new_tensor(at::pow(input, exponent));
#line 2885 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_pow_tensor_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_pow_tensor_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_pow_tensor_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_pow_scalar(double input_, int64_t input_int, int32_t input_kind, int64_t exponent_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor exponent = sffi::tensor_arg(exponent_, "exponent");
        const sffi::SharedCall call_lock;
#line 2392 "spec/torch_api.yaml"
        return sffi::new_tensor(at::pow(input, exponent));
#line 2906 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_pow_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_pow_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_pow_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sin(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 3074 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sin(input));
#line 2926 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sin");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sin");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sin");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cos(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 6800 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cos(input));
#line 2946 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cos");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cos");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cos");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_tan(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 6812 "spec/torch_api.yaml"
        return sffi::new_tensor(at::tan(input));
#line 2966 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_tan");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_tan");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_tan");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_acos(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 6824 "spec/torch_api.yaml"
        return sffi::new_tensor(at::acos(input));
#line 2986 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_acos");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_acos");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_acos");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_acosh(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 6836 "spec/torch_api.yaml"
        return sffi::new_tensor(at::acosh(input));
#line 3006 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_acosh");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_acosh");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_acosh");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_asin(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 6848 "spec/torch_api.yaml"
        return sffi::new_tensor(at::asin(input));
#line 3026 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_asin");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_asin");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_asin");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_asinh(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 6860 "spec/torch_api.yaml"
        return sffi::new_tensor(at::asinh(input));
#line 3046 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_asinh");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_asinh");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_asinh");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_atan(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 6872 "spec/torch_api.yaml"
        return sffi::new_tensor(at::atan(input));
#line 3066 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_atan");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_atan");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_atan");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_atanh(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 6884 "spec/torch_api.yaml"
        return sffi::new_tensor(at::atanh(input));
#line 3086 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_atanh");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_atanh");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_atanh");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cosh(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 6896 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cosh(input));
#line 3106 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cosh");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cosh");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cosh");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sinh(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 6908 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sinh(input));
#line 3126 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sinh");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sinh");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sinh");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ceil(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 6920 "spec/torch_api.yaml"
        return sffi::new_tensor(at::ceil(input));
#line 3146 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ceil");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ceil");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ceil");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_floor(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 6932 "spec/torch_api.yaml"
        return sffi::new_tensor(at::floor(input));
#line 3166 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_floor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_floor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_floor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_round(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 6944 "spec/torch_api.yaml"
        return sffi::new_tensor(at::round(input));
#line 3186 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_round");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_round");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_round");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_round_decimals(int64_t input_, int64_t decimals_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t decimals = decimals_;
        const sffi::SharedCall call_lock;
#line 6958 "spec/torch_api.yaml"
        return sffi::new_tensor(at::round(input, decimals));
#line 3207 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_round_decimals");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_round_decimals");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_round_decimals");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_trunc(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 6971 "spec/torch_api.yaml"
        return sffi::new_tensor(at::trunc(input));
#line 3227 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_trunc");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_trunc");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_trunc");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_frac(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 6983 "spec/torch_api.yaml"
        return sffi::new_tensor(at::frac(input));
#line 3247 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_frac");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_frac");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_frac");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sign(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 6995 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sign(input));
#line 3267 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sign");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sign");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sign");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_signbit(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7007 "spec/torch_api.yaml"
        return sffi::new_tensor(at::signbit(input));
#line 3287 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_signbit");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_signbit");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_signbit");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sinc(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7019 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sinc(input));
#line 3307 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sinc");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sinc");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sinc");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_deg2rad(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7031 "spec/torch_api.yaml"
        return sffi::new_tensor(at::deg2rad(input));
#line 3327 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_deg2rad");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_deg2rad");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_deg2rad");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_rad2deg(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7043 "spec/torch_api.yaml"
        return sffi::new_tensor(at::rad2deg(input));
#line 3347 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_rad2deg");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_rad2deg");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_rad2deg");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_exp2(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7055 "spec/torch_api.yaml"
        return sffi::new_tensor(at::exp2(input));
#line 3367 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_exp2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_exp2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_exp2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_expm1(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7067 "spec/torch_api.yaml"
        return sffi::new_tensor(at::expm1(input));
#line 3387 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_expm1");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_expm1");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_expm1");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_log1p(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7079 "spec/torch_api.yaml"
        return sffi::new_tensor(at::log1p(input));
#line 3407 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_log1p");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_log1p");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_log1p");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_log10(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7091 "spec/torch_api.yaml"
        return sffi::new_tensor(at::log10(input));
#line 3427 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_log10");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_log10");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_log10");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_log2(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7103 "spec/torch_api.yaml"
        return sffi::new_tensor(at::log2(input));
#line 3447 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_log2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_log2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_log2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_rsqrt(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7115 "spec/torch_api.yaml"
        return sffi::new_tensor(at::rsqrt(input));
#line 3467 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_rsqrt");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_rsqrt");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_rsqrt");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_square(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7127 "spec/torch_api.yaml"
        return sffi::new_tensor(at::square(input));
#line 3487 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_square");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_square");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_square");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_i0(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7139 "spec/torch_api.yaml"
        return sffi::new_tensor(at::i0(input));
#line 3507 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_i0");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_i0");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_i0");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_erf(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7151 "spec/torch_api.yaml"
        return sffi::new_tensor(at::erf(input));
#line 3527 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_erf");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_erf");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_erf");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_erfc(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7163 "spec/torch_api.yaml"
        return sffi::new_tensor(at::erfc(input));
#line 3547 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_erfc");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_erfc");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_erfc");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_erfinv(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7175 "spec/torch_api.yaml"
        return sffi::new_tensor(at::erfinv(input));
#line 3567 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_erfinv");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_erfinv");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_erfinv");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_lgamma(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7187 "spec/torch_api.yaml"
        return sffi::new_tensor(at::lgamma(input));
#line 3587 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lgamma");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lgamma");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lgamma");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_digamma(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7199 "spec/torch_api.yaml"
        return sffi::new_tensor(at::digamma(input));
#line 3607 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_digamma");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_digamma");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_digamma");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_positive(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7211 "spec/torch_api.yaml"
        return sffi::new_tensor(at::positive(input));
#line 3627 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_positive");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_positive");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_positive");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_angle(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7223 "spec/torch_api.yaml"
        return sffi::new_tensor(at::angle(input));
#line 3647 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_angle");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_angle");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_angle");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_conj_physical(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7235 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conj_physical(input));
#line 3667 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_conj_physical");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_conj_physical");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_conj_physical");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logit(int64_t input_, double eps_, bool eps_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<double> eps = sffi::optional_arg(eps_, eps_present);
        const sffi::SharedCall call_lock;
#line 7248 "spec/torch_api.yaml"
        return sffi::new_tensor(at::logit(input, eps));
#line 3688 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logit");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logit");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logit");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_polygamma(int64_t n_, int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const int64_t n = n_;
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7261 "spec/torch_api.yaml"
        return sffi::new_tensor(at::polygamma(n, input));
#line 3709 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_polygamma");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_polygamma");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_polygamma");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mvlgamma(int64_t input_, int64_t p_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t p = p_;
        const sffi::SharedCall call_lock;
#line 7274 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mvlgamma(input, p));
#line 3730 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mvlgamma");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mvlgamma");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mvlgamma");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nan_to_num(int64_t input_, double nan_, bool nan_present, double posinf_, bool posinf_present, double neginf_, bool neginf_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<double> nan = sffi::optional_arg(nan_, nan_present);
        const std::optional<double> posinf = sffi::optional_arg(posinf_, posinf_present);
        const std::optional<double> neginf = sffi::optional_arg(neginf_, neginf_present);
        const sffi::SharedCall call_lock;
#line 7289 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nan_to_num(input, nan, posinf, neginf));
#line 3753 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nan_to_num");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nan_to_num");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nan_to_num");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_frexp_tensor(int64_t input_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7303 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::frexp(input));
#line 3773 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_frexp_tensor");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_frexp_tensor");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_frexp_tensor");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_atan2(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7317 "spec/torch_api.yaml"
        return sffi::new_tensor(at::atan2(input, other));
#line 3793 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_atan2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_atan2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_atan2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logaddexp(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7330 "spec/torch_api.yaml"
        return sffi::new_tensor(at::logaddexp(input, other));
#line 3813 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logaddexp");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logaddexp");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logaddexp");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logaddexp2(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7343 "spec/torch_api.yaml"
        return sffi::new_tensor(at::logaddexp2(input, other));
#line 3833 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logaddexp2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logaddexp2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logaddexp2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_xlogy_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7356 "spec/torch_api.yaml"
        return sffi::new_tensor(at::xlogy(input, other));
#line 3853 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_xlogy_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_xlogy_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_xlogy_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_xlogy_scalar_other(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 7370 "spec/torch_api.yaml"
        return sffi::new_tensor(at::xlogy(input, other));
#line 3874 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_xlogy_scalar_other");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_xlogy_scalar_other");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_xlogy_scalar_other");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_xlogy_scalar_self(double input_, int64_t input_int, int32_t input_kind, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor other = sffi::tensor_arg(other_, "other");
        const sffi::SharedCall call_lock;
#line 7384 "spec/torch_api.yaml"
        return sffi::new_tensor(at::xlogy(input, other));
#line 3895 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_xlogy_scalar_self");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_xlogy_scalar_self");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_xlogy_scalar_self");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_hypot(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7398 "spec/torch_api.yaml"
        return sffi::new_tensor(at::hypot(input, other));
#line 3915 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_hypot");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_hypot");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_hypot");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_lerp_scalar(int64_t input_, int64_t end_, double weight_, int64_t weight_int, int32_t weight_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, end] = sffi::tensor_args<2>({input_, end_}, {"input", "end"});
        const c10::Scalar weight = sffi::scalar_arg(weight_, weight_int, weight_kind, "weight");
        const sffi::SharedCall call_lock;
#line 7412 "spec/torch_api.yaml"
        return sffi::new_tensor(at::lerp(input, end, weight));
#line 3936 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lerp_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lerp_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lerp_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_lerp_tensor(int64_t input_, int64_t end_, int64_t weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, end, weight] = sffi::tensor_args<3>({input_, end_, weight_}, {"input", "end", "weight"});
        const sffi::SharedCall call_lock;
#line 7427 "spec/torch_api.yaml"
        return sffi::new_tensor(at::lerp(input, end, weight));
#line 3956 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lerp_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lerp_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lerp_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nextafter(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7441 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nextafter(input, other));
#line 3976 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nextafter");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nextafter");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nextafter");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_copysign_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7454 "spec/torch_api.yaml"
        return sffi::new_tensor(at::copysign(input, other));
#line 3996 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_copysign_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_copysign_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_copysign_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_copysign_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 7468 "spec/torch_api.yaml"
        return sffi::new_tensor(at::copysign(input, other));
#line 4017 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_copysign_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_copysign_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_copysign_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_fmax(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7482 "spec/torch_api.yaml"
        return sffi::new_tensor(at::fmax(input, other));
#line 4037 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_fmax");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_fmax");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_fmax");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_fmin(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7495 "spec/torch_api.yaml"
        return sffi::new_tensor(at::fmin(input, other));
#line 4057 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_fmin");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_fmin");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_fmin");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_fmod_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7508 "spec/torch_api.yaml"
        return sffi::new_tensor(at::fmod(input, other));
#line 4077 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_fmod_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_fmod_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_fmod_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_fmod_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 7522 "spec/torch_api.yaml"
        return sffi::new_tensor(at::fmod(input, other));
#line 4098 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_fmod_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_fmod_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_fmod_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_remainder_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7536 "spec/torch_api.yaml"
        return sffi::new_tensor(at::remainder(input, other));
#line 4118 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_remainder_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_remainder_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_remainder_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_remainder_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 7550 "spec/torch_api.yaml"
        return sffi::new_tensor(at::remainder(input, other));
#line 4139 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_remainder_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_remainder_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_remainder_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_remainder_scalar_tensor(double input_, int64_t input_int, int32_t input_kind, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor other = sffi::tensor_arg(other_, "other");
        const sffi::SharedCall call_lock;
#line 7564 "spec/torch_api.yaml"
        return sffi::new_tensor(at::remainder(input, other));
#line 4160 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_remainder_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_remainder_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_remainder_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_floor_divide(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7578 "spec/torch_api.yaml"
        return sffi::new_tensor(at::floor_divide(input, other));
#line 4180 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_floor_divide");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_floor_divide");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_floor_divide");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_floor_divide_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 7591 "spec/torch_api.yaml"
        return sffi::new_tensor(at::floor_divide(input, other));
#line 4201 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_floor_divide_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_floor_divide_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_floor_divide_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_true_divide_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7605 "spec/torch_api.yaml"
        return sffi::new_tensor(at::true_divide(input, other));
#line 4221 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_true_divide_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_true_divide_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_true_divide_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_true_divide_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 7619 "spec/torch_api.yaml"
        return sffi::new_tensor(at::true_divide(input, other));
#line 4242 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_true_divide_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_true_divide_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_true_divide_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_float_power_tensor_tensor(int64_t input_, int64_t exponent_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, exponent] = sffi::tensor_args<2>({input_, exponent_}, {"input", "exponent"});
        const sffi::SharedCall call_lock;
#line 7633 "spec/torch_api.yaml"
        return sffi::new_tensor(at::float_power(input, exponent));
#line 4262 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_float_power_tensor_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_float_power_tensor_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_float_power_tensor_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_float_power_tensor_scalar(int64_t input_, double exponent_, int64_t exponent_int, int32_t exponent_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar exponent = sffi::scalar_arg(exponent_, exponent_int, exponent_kind, "exponent");
        const sffi::SharedCall call_lock;
#line 7647 "spec/torch_api.yaml"
        return sffi::new_tensor(at::float_power(input, exponent));
#line 4283 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_float_power_tensor_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_float_power_tensor_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_float_power_tensor_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_float_power_scalar(double input_, int64_t input_int, int32_t input_kind, int64_t exponent_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor exponent = sffi::tensor_arg(exponent_, "exponent");
        const sffi::SharedCall call_lock;
#line 7661 "spec/torch_api.yaml"
        return sffi::new_tensor(at::float_power(input, exponent));
#line 4304 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_float_power_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_float_power_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_float_power_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_heaviside(int64_t input_, int64_t values_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, values] = sffi::tensor_args<2>({input_, values_}, {"input", "values"});
        const sffi::SharedCall call_lock;
#line 7675 "spec/torch_api.yaml"
        return sffi::new_tensor(at::heaviside(input, values));
#line 4324 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_heaviside");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_heaviside");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_heaviside");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_lcm(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7688 "spec/torch_api.yaml"
        return sffi::new_tensor(at::lcm(input, other));
#line 4344 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lcm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lcm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lcm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_gcd(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7701 "spec/torch_api.yaml"
        return sffi::new_tensor(at::gcd(input, other));
#line 4364 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_gcd");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_gcd");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_gcd");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ldexp_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7714 "spec/torch_api.yaml"
        return sffi::new_tensor(at::ldexp(input, other));
#line 4384 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ldexp_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ldexp_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ldexp_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clamp(int64_t input_, double min_, int64_t min_int, int32_t min_kind, double max_, int64_t max_int, int32_t max_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<c10::Scalar> min = sffi::optional_scalar_arg(min_, min_int, min_kind, "min");
        const std::optional<c10::Scalar> max = sffi::optional_scalar_arg(max_, max_int, max_kind, "max");
        const sffi::SharedCall call_lock;
#line 7729 "spec/torch_api.yaml"
        return sffi::new_tensor(at::clamp(input, min, max));
#line 4406 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clamp");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clamp");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clamp");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clamp_tensor(int64_t input_, int64_t min_, int64_t max_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::Tensor> min = sffi::optional_tensor_arg(min_, "min");
        const std::optional<at::Tensor> max = sffi::optional_tensor_arg(max_, "max");
        const sffi::SharedCall call_lock;
#line 7743 "spec/torch_api.yaml"
        return sffi::new_tensor(at::clamp(input, min, max));
#line 4428 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clamp_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clamp_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clamp_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clamp_min(int64_t input_, double min_, int64_t min_int, int32_t min_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar min = sffi::scalar_arg(min_, min_int, min_kind, "min");
        const sffi::SharedCall call_lock;
#line 7757 "spec/torch_api.yaml"
        return sffi::new_tensor(at::clamp_min(input, min));
#line 4449 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clamp_min");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clamp_min");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clamp_min");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clamp_min_tensor(int64_t input_, int64_t min_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, min] = sffi::tensor_args<2>({input_, min_}, {"input", "min"});
        const sffi::SharedCall call_lock;
#line 7770 "spec/torch_api.yaml"
        return sffi::new_tensor(at::clamp_min(input, min));
#line 4469 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clamp_min_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clamp_min_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clamp_min_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clamp_max(int64_t input_, double max_, int64_t max_int, int32_t max_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar max = sffi::scalar_arg(max_, max_int, max_kind, "max");
        const sffi::SharedCall call_lock;
#line 7784 "spec/torch_api.yaml"
        return sffi::new_tensor(at::clamp_max(input, max));
#line 4490 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clamp_max");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clamp_max");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clamp_max");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clamp_max_tensor(int64_t input_, int64_t max_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, max] = sffi::tensor_args<2>({input_, max_}, {"input", "max"});
        const sffi::SharedCall call_lock;
#line 7797 "spec/torch_api.yaml"
        return sffi::new_tensor(at::clamp_max(input, max));
#line 4510 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clamp_max_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clamp_max_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clamp_max_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_minimum(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7811 "spec/torch_api.yaml"
        return sffi::new_tensor(at::minimum(input, other));
#line 4530 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_minimum");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_minimum");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_minimum");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_addcmul(int64_t input_, int64_t tensor1_, int64_t tensor2_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, tensor1, tensor2] = sffi::tensor_args<3>({input_, tensor1_, tensor2_}, {"input", "tensor1", "tensor2"});
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::SharedCall call_lock;
#line 7827 "spec/torch_api.yaml"
        return sffi::new_tensor(at::addcmul(input, tensor1, tensor2, value));
#line 4551 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addcmul");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addcmul");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addcmul");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_addcdiv(int64_t input_, int64_t tensor1_, int64_t tensor2_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, tensor1, tensor2] = sffi::tensor_args<3>({input_, tensor1_, tensor2_}, {"input", "tensor1", "tensor2"});
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::SharedCall call_lock;
#line 7843 "spec/torch_api.yaml"
        return sffi::new_tensor(at::addcdiv(input, tensor1, tensor2, value));
#line 4572 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addcdiv");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addcdiv");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addcdiv");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_eq_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7856 "spec/torch_api.yaml"
        return sffi::new_tensor(at::eq(input, other));
#line 4592 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_eq_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_eq_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_eq_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_eq_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 7870 "spec/torch_api.yaml"
        return sffi::new_tensor(at::eq(input, other));
#line 4613 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_eq_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_eq_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_eq_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ne_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7884 "spec/torch_api.yaml"
        return sffi::new_tensor(at::ne(input, other));
#line 4633 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ne_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ne_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ne_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ne_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 7898 "spec/torch_api.yaml"
        return sffi::new_tensor(at::ne(input, other));
#line 4654 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ne_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ne_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ne_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_gt_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7912 "spec/torch_api.yaml"
        return sffi::new_tensor(at::gt(input, other));
#line 4674 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_gt_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_gt_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_gt_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_gt_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 7926 "spec/torch_api.yaml"
        return sffi::new_tensor(at::gt(input, other));
#line 4695 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_gt_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_gt_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_gt_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ge_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7940 "spec/torch_api.yaml"
        return sffi::new_tensor(at::ge(input, other));
#line 4715 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ge_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ge_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ge_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ge_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 7954 "spec/torch_api.yaml"
        return sffi::new_tensor(at::ge(input, other));
#line 4736 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ge_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ge_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ge_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_lt_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7968 "spec/torch_api.yaml"
        return sffi::new_tensor(at::lt(input, other));
#line 4756 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lt_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lt_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lt_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_lt_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 7982 "spec/torch_api.yaml"
        return sffi::new_tensor(at::lt(input, other));
#line 4777 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lt_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lt_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lt_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_le_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 7996 "spec/torch_api.yaml"
        return sffi::new_tensor(at::le(input, other));
#line 4797 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_le_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_le_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_le_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_le_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8010 "spec/torch_api.yaml"
        return sffi::new_tensor(at::le(input, other));
#line 4818 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_le_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_le_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_le_scalar");
        return 0;
    }
}

RT_TORCH_API bool rt_torch_torchtensor_equal(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8024 "spec/torch_api.yaml"
        return sffi::to_bool(at::equal(input, other));
#line 4838 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_equal");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_equal");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_equal");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isclose(int64_t input_, int64_t other_, double rtol_, double atol_, bool equal_nan_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const double rtol = rtol_;
        const double atol = atol_;
        const bool equal_nan = equal_nan_;
        const sffi::SharedCall call_lock;
#line 8040 "spec/torch_api.yaml"
        return sffi::new_tensor(at::isclose(input, other, rtol, atol, equal_nan));
#line 4861 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isclose");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isclose");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isclose");
        return 0;
    }
}

RT_TORCH_API bool rt_torch_torchtensor_allclose(int64_t input_, int64_t other_, double rtol_, double atol_, bool equal_nan_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const double rtol = rtol_;
        const double atol = atol_;
        const bool equal_nan = equal_nan_;
        const sffi::SharedCall call_lock;
#line 8056 "spec/torch_api.yaml"
        return sffi::to_bool(at::allclose(input, other, rtol, atol, equal_nan));
#line 4884 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_allclose");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_allclose");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_allclose");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isfinite(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8068 "spec/torch_api.yaml"
        return sffi::new_tensor(at::isfinite(input));
#line 4904 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isfinite");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isfinite");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isfinite");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isinf(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8080 "spec/torch_api.yaml"
        return sffi::new_tensor(at::isinf(input));
#line 4924 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isinf");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isinf");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isinf");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isposinf(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8092 "spec/torch_api.yaml"
        return sffi::new_tensor(at::isposinf(input));
#line 4944 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isposinf");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isposinf");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isposinf");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isneginf(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8104 "spec/torch_api.yaml"
        return sffi::new_tensor(at::isneginf(input));
#line 4964 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isneginf");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isneginf");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isneginf");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isreal(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8116 "spec/torch_api.yaml"
        return sffi::new_tensor(at::isreal(input));
#line 4984 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isreal");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isreal");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isreal");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isnan(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8128 "spec/torch_api.yaml"
        return sffi::new_tensor(at::isnan(input));
#line 5004 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isnan");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isnan");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isnan");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logical_and(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8141 "spec/torch_api.yaml"
        return sffi::new_tensor(at::logical_and(input, other));
#line 5024 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logical_and");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logical_and");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logical_and");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logical_or(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8154 "spec/torch_api.yaml"
        return sffi::new_tensor(at::logical_or(input, other));
#line 5044 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logical_or");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logical_or");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logical_or");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logical_xor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8167 "spec/torch_api.yaml"
        return sffi::new_tensor(at::logical_xor(input, other));
#line 5064 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logical_xor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logical_xor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logical_xor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logical_not(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8179 "spec/torch_api.yaml"
        return sffi::new_tensor(at::logical_not(input));
#line 5084 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logical_not");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logical_not");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logical_not");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_and_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8192 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bitwise_and(input, other));
#line 5104 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_and_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_and_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_and_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_and_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8206 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bitwise_and(input, other));
#line 5125 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_and_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_and_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_and_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_bitwise_and_scalar_tensor(double input_, int64_t input_int, int32_t input_kind, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor other = sffi::tensor_arg(other_, "other");
        const sffi::SharedCall call_lock;
#line 8220 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bitwise_and(input, other));
#line 5146 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_bitwise_and_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_bitwise_and_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_bitwise_and_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_or_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8234 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bitwise_or(input, other));
#line 5166 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_or_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_or_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_or_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_or_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8248 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bitwise_or(input, other));
#line 5187 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_or_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_or_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_or_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_bitwise_or_scalar_tensor(double input_, int64_t input_int, int32_t input_kind, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor other = sffi::tensor_arg(other_, "other");
        const sffi::SharedCall call_lock;
#line 8262 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bitwise_or(input, other));
#line 5208 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_bitwise_or_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_bitwise_or_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_bitwise_or_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_xor_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8276 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bitwise_xor(input, other));
#line 5228 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_xor_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_xor_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_xor_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_xor_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8290 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bitwise_xor(input, other));
#line 5249 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_xor_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_xor_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_xor_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_bitwise_xor_scalar_tensor(double input_, int64_t input_int, int32_t input_kind, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor other = sffi::tensor_arg(other_, "other");
        const sffi::SharedCall call_lock;
#line 8304 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bitwise_xor(input, other));
#line 5270 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_bitwise_xor_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_bitwise_xor_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_bitwise_xor_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_not(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8317 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bitwise_not(input));
#line 5290 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_not");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_not");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_not");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_left_shift_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8330 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bitwise_left_shift(input, other));
#line 5310 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_left_shift_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_left_shift_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_left_shift_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_left_shift_tensor_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8344 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bitwise_left_shift(input, other));
#line 5331 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_left_shift_tensor_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_left_shift_tensor_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_left_shift_tensor_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_bitwise_left_shift_scalar_tensor(double input_, int64_t input_int, int32_t input_kind, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor other = sffi::tensor_arg(other_, "other");
        const sffi::SharedCall call_lock;
#line 8358 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bitwise_left_shift(input, other));
#line 5352 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_bitwise_left_shift_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_bitwise_left_shift_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_bitwise_left_shift_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_right_shift_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8372 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bitwise_right_shift(input, other));
#line 5372 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_right_shift_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_right_shift_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_right_shift_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_right_shift_tensor_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8386 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bitwise_right_shift(input, other));
#line 5393 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_right_shift_tensor_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_right_shift_tensor_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_right_shift_tensor_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_bitwise_right_shift_scalar_tensor(double input_, int64_t input_int, int32_t input_kind, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor other = sffi::tensor_arg(other_, "other");
        const sffi::SharedCall call_lock;
#line 8400 "spec/torch_api.yaml"
        return sffi::new_tensor(at::bitwise_right_shift(input, other));
#line 5414 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_bitwise_right_shift_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_bitwise_right_shift_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_bitwise_right_shift_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_where_self(int64_t condition_, int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [condition, input, other] = sffi::tensor_args<3>({condition_, input_, other_}, {"condition", "input", "other"});
        const sffi::SharedCall call_lock;
#line 8415 "spec/torch_api.yaml"
        return sffi::new_tensor(at::where(condition, input, other));
#line 5434 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_where_self");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_where_self");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_where_self");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_where_scalarself(int64_t condition_, double input_, int64_t input_int, int32_t input_kind, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [condition, other] = sffi::tensor_args<2>({condition_, other_}, {"condition", "other"});
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const sffi::SharedCall call_lock;
#line 8430 "spec/torch_api.yaml"
        return sffi::new_tensor(at::where(condition, input, other));
#line 5455 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_where_scalarself");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_where_scalarself");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_where_scalarself");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_where_scalarother(int64_t condition_, int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [condition, input] = sffi::tensor_args<2>({condition_, input_}, {"condition", "input"});
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8445 "spec/torch_api.yaml"
        return sffi::new_tensor(at::where(condition, input, other));
#line 5476 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_where_scalarother");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_where_scalarother");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_where_scalarother");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_where_scalar(int64_t condition_, double input_, int64_t input_int, int32_t input_kind, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor condition = sffi::tensor_arg(condition_, "condition");
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8460 "spec/torch_api.yaml"
        return sffi::new_tensor(at::where(condition, input, other));
#line 5498 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_where_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_where_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_where_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_masked_fill_scalar(int64_t input_, int64_t mask_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mask] = sffi::tensor_args<2>({input_, mask_}, {"input", "mask"});
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::SharedCall call_lock;
#line 8475 "spec/torch_api.yaml"
        return sffi::new_tensor(at::masked_fill(input, mask, value));
#line 5519 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_masked_fill_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_masked_fill_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_masked_fill_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_masked_fill_tensor(int64_t input_, int64_t mask_, int64_t value_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mask, value] = sffi::tensor_args<3>({input_, mask_, value_}, {"input", "mask", "value"});
        const sffi::SharedCall call_lock;
#line 8490 "spec/torch_api.yaml"
        return sffi::new_tensor(at::masked_fill(input, mask, value));
#line 5539 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_masked_fill_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_masked_fill_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_masked_fill_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isin_tensor_tensor(int64_t elements_, int64_t test_elements_, bool assume_unique_, bool invert_) noexcept {
    sffi::begin_call();
    try {
        const auto [elements, test_elements] = sffi::tensor_args<2>({elements_, test_elements_}, {"elements", "test_elements"});
        const bool assume_unique = assume_unique_;
        const bool invert = invert_;
        const sffi::SharedCall call_lock;
#line 8507 "spec/torch_api.yaml"
        return sffi::new_tensor(at::isin(elements, test_elements, assume_unique, invert));
#line 5561 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isin_tensor_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isin_tensor_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isin_tensor_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isin_tensor_scalar(int64_t elements_, double test_element_, int64_t test_element_int, int32_t test_element_kind, bool assume_unique_, bool invert_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor elements = sffi::tensor_arg(elements_, "elements");
        const c10::Scalar test_element = sffi::scalar_arg(test_element_, test_element_int, test_element_kind, "test_element");
        const bool assume_unique = assume_unique_;
        const bool invert = invert_;
        const sffi::SharedCall call_lock;
#line 8524 "spec/torch_api.yaml"
        return sffi::new_tensor(at::isin(elements, test_element, assume_unique, invert));
#line 5584 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isin_tensor_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isin_tensor_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isin_tensor_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_isin_scalar_tensor(double element_, int64_t element_int, int32_t element_kind, int64_t test_elements_, bool assume_unique_, bool invert_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar element = sffi::scalar_arg(element_, element_int, element_kind, "element");
        const at::Tensor test_elements = sffi::tensor_arg(test_elements_, "test_elements");
        const bool assume_unique = assume_unique_;
        const bool invert = invert_;
        const sffi::SharedCall call_lock;
#line 8541 "spec/torch_api.yaml"
        return sffi::new_tensor(at::isin(element, test_elements, assume_unique, invert));
#line 5607 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_isin_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_isin_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_isin_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_relu(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 436 "spec/torch_api.yaml"
        return sffi::new_tensor(at::relu(handle));
#line 5627 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_relu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_relu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_relu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sigmoid(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 447 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sigmoid(handle));
#line 5647 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sigmoid");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sigmoid");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sigmoid");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_tanh(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 457 "spec/torch_api.yaml"
        return sffi::new_tensor(at::tanh(handle));
#line 5667 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_tanh");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_tanh");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_tanh");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_leaky_relu(int64_t handle_, double negative_slope_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double negative_slope = negative_slope_;
        const sffi::SharedCall call_lock;
#line 468 "spec/torch_api.yaml"
        return sffi::new_tensor(at::leaky_relu(handle, negative_slope));
#line 5688 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_leaky_relu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_leaky_relu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_leaky_relu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_gelu(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 478 "spec/torch_api.yaml"
        return sffi::new_tensor(at::gelu(handle));
#line 5708 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_gelu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_gelu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_gelu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_softmax(int64_t handle_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 490 "spec/torch_api.yaml"
        return sffi::new_tensor(at::softmax(handle, dim));
#line 5729 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_softmax");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_softmax");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_softmax");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_log_softmax(int64_t handle_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 502 "spec/torch_api.yaml"
        return sffi::new_tensor(at::log_softmax(handle, dim));
#line 5750 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_log_softmax");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_log_softmax");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_log_softmax");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_gelu_v2(int64_t input_, const char* approximate_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view approximate = sffi::enum_arg(approximate_, "approximate", {"none", "tanh"}, sffi::Code::other);
        const sffi::SharedCall call_lock;
#line 2407 "spec/torch_api.yaml"
        return sffi::new_tensor(at::gelu(input, approximate));
#line 5771 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_gelu_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_gelu_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_gelu_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_softmax_int(int64_t input_, int64_t dim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 2421 "spec/torch_api.yaml"
        return sffi::new_tensor(at::softmax(input, dim, dtype));
#line 5793 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_softmax_int");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_softmax_int");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_softmax_int");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_log_softmax_int(int64_t input_, int64_t dim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 2436 "spec/torch_api.yaml"
        return sffi::new_tensor(at::log_softmax(input, dim, dtype));
#line 5815 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_log_softmax_int");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_log_softmax_int");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_log_softmax_int");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_hardswish(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8848 "spec/torch_api.yaml"
        return sffi::new_tensor(at::hardswish(input));
#line 5835 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_hardswish");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_hardswish");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_hardswish");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_elu(int64_t input_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 8861 "spec/torch_api.yaml"
        return sffi::new_tensor(at::elu(input, alpha));
#line 5856 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_elu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_elu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_elu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_celu(int64_t input_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 8874 "spec/torch_api.yaml"
        return sffi::new_tensor(at::celu(input, alpha));
#line 5877 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_celu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_celu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_celu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_selu(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8886 "spec/torch_api.yaml"
        return sffi::new_tensor(at::selu(input));
#line 5897 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_selu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_selu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_selu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_silu(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8898 "spec/torch_api.yaml"
        return sffi::new_tensor(at::silu(input));
#line 5917 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_silu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_silu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_silu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_hardsigmoid(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8910 "spec/torch_api.yaml"
        return sffi::new_tensor(at::hardsigmoid(input));
#line 5937 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_hardsigmoid");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_hardsigmoid");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_hardsigmoid");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_log_sigmoid(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8922 "spec/torch_api.yaml"
        return sffi::new_tensor(at::log_sigmoid(input));
#line 5957 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_log_sigmoid");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_log_sigmoid");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_log_sigmoid");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mish(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8935 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mish(input));
#line 5977 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mish");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mish");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mish");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_softsign(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8947 "spec/torch_api.yaml"
        return sffi::new_tensor(at::div(input, at::add(at::abs(input), 1)));
#line 5997 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_softsign");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_softsign");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_softsign");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_tanhshrink(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8958 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sub(input, at::tanh(input)));
#line 6017 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_tanhshrink");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_tanhshrink");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_tanhshrink");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_threshold(int64_t input_, double threshold_, int64_t threshold_int, int32_t threshold_kind, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar threshold = sffi::scalar_arg(threshold_, threshold_int, threshold_kind, "threshold");
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::SharedCall call_lock;
#line 8971 "spec/torch_api.yaml"
        return sffi::new_tensor(at::threshold(input, threshold, value));
#line 6039 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_threshold");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_threshold");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_threshold");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_softshrink(int64_t input_, double lambd_, int64_t lambd_int, int32_t lambd_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar lambd = sffi::scalar_arg(lambd_, lambd_int, lambd_kind, "lambd");
        const sffi::SharedCall call_lock;
#line 8984 "spec/torch_api.yaml"
        return sffi::new_tensor(at::softshrink(input, lambd));
#line 6060 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_softshrink");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_softshrink");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_softshrink");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_hardshrink(int64_t input_, double lambd_, int64_t lambd_int, int32_t lambd_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar lambd = sffi::scalar_arg(lambd_, lambd_int, lambd_kind, "lambd");
        const sffi::SharedCall call_lock;
#line 8997 "spec/torch_api.yaml"
        return sffi::new_tensor(at::hardshrink(input, lambd));
#line 6081 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_hardshrink");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_hardshrink");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_hardshrink");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_hardtanh(int64_t input_, double min_val_, int64_t min_val_int, int32_t min_val_kind, double max_val_, int64_t max_val_int, int32_t max_val_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar min_val = sffi::scalar_arg(min_val_, min_val_int, min_val_kind, "min_val");
        const c10::Scalar max_val = sffi::scalar_arg(max_val_, max_val_int, max_val_kind, "max_val");
        const sffi::SharedCall call_lock;
#line 9011 "spec/torch_api.yaml"
        return sffi::new_tensor(at::hardtanh(input, min_val, max_val));
#line 6103 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_hardtanh");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_hardtanh");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_hardtanh");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_relu6(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 9023 "spec/torch_api.yaml"
        return sffi::new_tensor(at::relu6(input));
#line 6123 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_relu6");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_relu6");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_relu6");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_softplus(int64_t input_, double beta_, int64_t beta_int, int32_t beta_kind, double threshold_, int64_t threshold_int, int32_t threshold_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar beta = sffi::scalar_arg(beta_, beta_int, beta_kind, "beta");
        const c10::Scalar threshold = sffi::scalar_arg(threshold_, threshold_int, threshold_kind, "threshold");
        const sffi::SharedCall call_lock;
#line 9037 "spec/torch_api.yaml"
        return sffi::new_tensor(at::softplus(input, beta, threshold));
#line 6145 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_softplus");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_softplus");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_softplus");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_glu(int64_t input_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 9050 "spec/torch_api.yaml"
        return sffi::new_tensor(at::glu(input, dim));
#line 6166 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_glu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_glu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_glu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_prelu(int64_t input_, int64_t weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const sffi::SharedCall call_lock;
#line 9063 "spec/torch_api.yaml"
        return sffi::new_tensor(at::prelu(input, weight));
#line 6186 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_prelu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_prelu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_prelu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_softmin(int64_t input_, int64_t dim_, bool dim_present, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 9078 "spec/torch_api.yaml"
        return sffi::new_tensor(at::softmax(at::neg(input), dim.has_value() ? *dim : ((input.dim() == 0 || input.dim() == 1 || input.dim() == 3) ? 0 : 1), dtype));
#line 6208 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_softmin");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_softmin");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_softmin");
        return 0;
    }
}

}  // extern "C"
