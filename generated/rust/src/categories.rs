// generated from spec/torch_api.yaml by sffi-gen; do not edit
//! The catalogue's functions by category, as the other tiers group them, each category with a
//! runnable example (run as a doctest by the test suite).

/// **Library Information.** What is loaded, its version and the error state.
///
/// Functions: [`available`](crate::available), [`version`](crate::version), [`available`](crate::cuda::available), [`error_code`](crate::error_code), [`error_message`](crate::error_message), [`error_clear`](crate::error_clear), [`live_handles`](crate::live_handles), [`dlpack_free`](crate::dlpack_free), [`manual_seed`](crate::manual_seed), [`set_num_threads`](crate::set_num_threads), [`get_num_threads`](crate::get_num_threads), [`warning_count`](crate::warning_count), [`warning_message`](crate::warning_message), [`warning_kind`](crate::warning_kind), [`set_default_dtype`](crate::set_default_dtype), [`get_default_dtype`](crate::get_default_dtype), [`jit_load`](crate::jit_load), [`jit_module_free`](crate::jit_module_free), [`jit_module_release`](crate::jit_module_release), [`jit_run_method`](crate::jit_run_method), [`jit_output_kind`](crate::jit_output_kind), [`jit_method_names`](crate::jit_method_names), [`jit_train`](crate::jit_train), [`jit_is_training`](crate::jit_is_training), [`jit_parameters`](crate::jit_parameters), [`jit_parameter_names`](crate::jit_parameter_names), [`autocast_begin`](crate::autocast_begin), [`autocast_end`](crate::autocast_end), [`is_autocast_enabled`](crate::is_autocast_enabled), [`get_autocast_dtype`](crate::get_autocast_dtype), [`dist_init`](crate::dist_init), [`dist_init_env`](crate::dist_init_env), [`dist_free`](crate::dist_free), [`dist_release`](crate::dist_release), [`dist_is_backend_available`](crate::dist_is_backend_available), [`dist_rank`](crate::dist_rank), [`dist_world_size`](crate::dist_world_size), [`dist_all_reduce_`](crate::dist_all_reduce_), [`dist_broadcast_`](crate::dist_broadcast_), [`dist_all_gather`](crate::dist_all_gather), [`dist_reduce_scatter_`](crate::dist_reduce_scatter_), [`dist_barrier`](crate::dist_barrier), [`dist_shuffle_indices`](crate::dist_shuffle_indices).
///
/// ```
/// let version = torch_sffi::version()?;
/// assert!(version.starts_with("2."));
/// torch_sffi::manual_seed(0)?;
/// assert_eq!(torch_sffi::error_code(), 0); // the last call on this thread succeeded
/// # Ok::<(), torch_sffi::TorchError>(())
/// ```
pub mod library {}

/// **Tensor Creation.** New tensors from shapes, values and data.
///
/// Functions: [`zeros`](crate::Tensor::zeros), [`ones`](crate::Tensor::ones), [`randn`](crate::Tensor::randn), [`rand`](crate::Tensor::rand), [`full`](crate::Tensor::full), [`from_data`](crate::Tensor::from_data), [`arange`](crate::Tensor::arange), [`linspace`](crate::Tensor::linspace), [`eye`](crate::Tensor::eye), [`empty`](crate::Tensor::empty), [`from_i64`](crate::Tensor::from_i64), [`zeros_v2`](crate::Tensor::zeros_v2), [`ones_v2`](crate::Tensor::ones_v2), [`empty_v2`](crate::Tensor::empty_v2), [`randn_v2`](crate::Tensor::randn_v2), [`rand_v2`](crate::Tensor::rand_v2), [`full_v2`](crate::Tensor::full_v2), [`arange_v2`](crate::Tensor::arange_v2), [`arange_start_step`](crate::Tensor::arange_start_step), [`linspace_v2`](crate::Tensor::linspace_v2), [`eye_v2`](crate::Tensor::eye_v2), [`eye_m`](crate::Tensor::eye_m), [`zeros_like`](crate::Tensor::zeros_like), [`ones_like`](crate::Tensor::ones_like), [`empty_like`](crate::Tensor::empty_like), [`full_like`](crate::Tensor::full_like), [`randn_like`](crate::Tensor::randn_like), [`rand_like`](crate::Tensor::rand_like), [`randint_like`](crate::Tensor::randint_like), [`randint_like_low_dtype`](crate::Tensor::randint_like_low_dtype), [`randint`](crate::Tensor::randint), [`randint_low`](crate::Tensor::randint_low), [`normal_tensor_tensor`](crate::Tensor::normal_tensor_tensor), [`normal_tensor_float`](crate::Tensor::normal_tensor_float), [`normal_float_tensor`](crate::Tensor::normal_float_tensor), [`normal_float_float`](crate::Tensor::normal_float_float), [`bernoulli`](crate::Tensor::bernoulli), [`bernoulli_p`](crate::Tensor::bernoulli_p), [`multinomial`](crate::Tensor::multinomial), [`logspace`](crate::Tensor::logspace), [`tril_indices`](crate::Tensor::tril_indices), [`triu_indices`](crate::Tensor::triu_indices), [`scalar_tensor`](crate::Tensor::scalar_tensor), [`empty_strided`](crate::Tensor::empty_strided), [`new_zeros`](crate::Tensor::new_zeros), [`new_ones`](crate::Tensor::new_ones), [`new_full`](crate::Tensor::new_full), [`new_empty`](crate::Tensor::new_empty), [`logspace_tensor_tensor`](crate::Tensor::logspace_tensor_tensor), [`logspace_tensor_scalar`](crate::Tensor::logspace_tensor_scalar), [`logspace_scalar_tensor`](crate::Tensor::logspace_scalar_tensor), [`linspace_tensor_tensor`](crate::Tensor::linspace_tensor_tensor), [`linspace_tensor_scalar`](crate::Tensor::linspace_tensor_scalar), [`linspace_scalar_tensor`](crate::Tensor::linspace_scalar_tensor).
///
/// ```
/// use torch_sffi::Tensor;
/// let z = Tensor::zeros(&[2, 3])?;
/// assert_eq!(z.shape()?, vec![2, 3]);
/// assert_eq!(Tensor::arange(0.0, 4.0, 1.0)?.data_f64()?, vec![0.0, 1.0, 2.0, 3.0]);
/// assert_eq!(Tensor::eye(2)?.data_f64()?, vec![1.0, 0.0, 0.0, 1.0]);
/// # Ok::<(), torch_sffi::TorchError>(())
/// ```
pub mod creation {}

/// **Element-wise Arithmetic.** Element-wise operations with broadcasting.
///
/// Functions: [`add`](crate::Tensor::add), [`sub`](crate::Tensor::sub), [`mul`](crate::Tensor::mul), [`div`](crate::Tensor::div), [`pow`](crate::Tensor::pow), [`neg`](crate::Tensor::neg), [`abs`](crate::Tensor::abs), [`sqrt`](crate::Tensor::sqrt), [`exp`](crate::Tensor::exp), [`log`](crate::Tensor::log), [`add_scalar`](crate::Tensor::add_scalar), [`mul_scalar`](crate::Tensor::mul_scalar), [`div_scalar`](crate::Tensor::div_scalar), [`maximum`](crate::Tensor::maximum), [`add_tensor`](crate::Tensor::add_tensor), [`add_scalar_v2`](crate::Tensor::add_scalar_v2), [`sub_tensor`](crate::Tensor::sub_tensor), [`sub_scalar`](crate::Tensor::sub_scalar), [`rsub_scalar`](crate::Tensor::rsub_scalar), [`rsub_tensor`](crate::Tensor::rsub_tensor), [`reciprocal`](crate::Tensor::reciprocal), [`mul_tensor`](crate::Tensor::mul_tensor), [`mul_scalar_v2`](crate::Tensor::mul_scalar_v2), [`div_tensor_mode`](crate::Tensor::div_tensor_mode), [`div_scalar_mode`](crate::Tensor::div_scalar_mode), [`pow_tensor_scalar`](crate::Tensor::pow_tensor_scalar), [`pow_tensor_tensor`](crate::Tensor::pow_tensor_tensor), [`pow_scalar`](crate::Tensor::pow_scalar), [`sin`](crate::Tensor::sin), [`cos`](crate::Tensor::cos), [`tan`](crate::Tensor::tan), [`acos`](crate::Tensor::acos), [`acosh`](crate::Tensor::acosh), [`asin`](crate::Tensor::asin), [`asinh`](crate::Tensor::asinh), [`atan`](crate::Tensor::atan), [`atanh`](crate::Tensor::atanh), [`cosh`](crate::Tensor::cosh), [`sinh`](crate::Tensor::sinh), [`ceil`](crate::Tensor::ceil), [`floor`](crate::Tensor::floor), [`round`](crate::Tensor::round), [`round_decimals`](crate::Tensor::round_decimals), [`trunc`](crate::Tensor::trunc), [`frac`](crate::Tensor::frac), [`sign`](crate::Tensor::sign), [`signbit`](crate::Tensor::signbit), [`sinc`](crate::Tensor::sinc), [`deg2rad`](crate::Tensor::deg2rad), [`rad2deg`](crate::Tensor::rad2deg), [`exp2`](crate::Tensor::exp2), [`expm1`](crate::Tensor::expm1), [`log1p`](crate::Tensor::log1p), [`log10`](crate::Tensor::log10), [`log2`](crate::Tensor::log2), [`rsqrt`](crate::Tensor::rsqrt), [`square`](crate::Tensor::square), [`i0`](crate::Tensor::i0), [`erf`](crate::Tensor::erf), [`erfc`](crate::Tensor::erfc), [`erfinv`](crate::Tensor::erfinv), [`lgamma`](crate::Tensor::lgamma), [`digamma`](crate::Tensor::digamma), [`positive`](crate::Tensor::positive), [`angle`](crate::Tensor::angle), [`conj_physical`](crate::Tensor::conj_physical), [`logit`](crate::Tensor::logit), [`polygamma`](crate::Tensor::polygamma), [`mvlgamma`](crate::Tensor::mvlgamma), [`nan_to_num`](crate::Tensor::nan_to_num), [`frexp_tensor`](crate::Tensor::frexp_tensor), [`atan2`](crate::Tensor::atan2), [`logaddexp`](crate::Tensor::logaddexp), [`logaddexp2`](crate::Tensor::logaddexp2), [`xlogy_tensor`](crate::Tensor::xlogy_tensor), [`xlogy_scalar_other`](crate::Tensor::xlogy_scalar_other), [`xlogy_scalar_self`](crate::Tensor::xlogy_scalar_self), [`hypot`](crate::Tensor::hypot), [`lerp_scalar`](crate::Tensor::lerp_scalar), [`lerp_tensor`](crate::Tensor::lerp_tensor), [`nextafter`](crate::Tensor::nextafter), [`copysign_tensor`](crate::Tensor::copysign_tensor), [`copysign_scalar`](crate::Tensor::copysign_scalar), [`fmax`](crate::Tensor::fmax), [`fmin`](crate::Tensor::fmin), [`fmod_tensor`](crate::Tensor::fmod_tensor), [`fmod_scalar`](crate::Tensor::fmod_scalar), [`remainder_tensor`](crate::Tensor::remainder_tensor), [`remainder_scalar`](crate::Tensor::remainder_scalar), [`remainder_scalar_tensor`](crate::Tensor::remainder_scalar_tensor), [`floor_divide`](crate::Tensor::floor_divide), [`floor_divide_scalar`](crate::Tensor::floor_divide_scalar), [`true_divide_tensor`](crate::Tensor::true_divide_tensor), [`true_divide_scalar`](crate::Tensor::true_divide_scalar), [`float_power_tensor_tensor`](crate::Tensor::float_power_tensor_tensor), [`float_power_tensor_scalar`](crate::Tensor::float_power_tensor_scalar), [`float_power_scalar`](crate::Tensor::float_power_scalar), [`heaviside`](crate::Tensor::heaviside), [`lcm`](crate::Tensor::lcm), [`gcd`](crate::Tensor::gcd), [`ldexp_tensor`](crate::Tensor::ldexp_tensor), [`clamp`](crate::Tensor::clamp), [`clamp_tensor`](crate::Tensor::clamp_tensor), [`clamp_min`](crate::Tensor::clamp_min), [`clamp_min_tensor`](crate::Tensor::clamp_min_tensor), [`clamp_max`](crate::Tensor::clamp_max), [`clamp_max_tensor`](crate::Tensor::clamp_max_tensor), [`minimum`](crate::Tensor::minimum), [`addcmul`](crate::Tensor::addcmul), [`addcdiv`](crate::Tensor::addcdiv), [`eq_tensor`](crate::Tensor::eq_tensor), [`eq_scalar`](crate::Tensor::eq_scalar), [`ne_tensor`](crate::Tensor::ne_tensor), [`ne_scalar`](crate::Tensor::ne_scalar), [`gt_tensor`](crate::Tensor::gt_tensor), [`gt_scalar`](crate::Tensor::gt_scalar), [`ge_tensor`](crate::Tensor::ge_tensor), [`ge_scalar`](crate::Tensor::ge_scalar), [`lt_tensor`](crate::Tensor::lt_tensor), [`lt_scalar`](crate::Tensor::lt_scalar), [`le_tensor`](crate::Tensor::le_tensor), [`le_scalar`](crate::Tensor::le_scalar), [`equal`](crate::Tensor::equal), [`isclose`](crate::Tensor::isclose), [`allclose`](crate::Tensor::allclose), [`isfinite`](crate::Tensor::isfinite), [`isinf`](crate::Tensor::isinf), [`isposinf`](crate::Tensor::isposinf), [`isneginf`](crate::Tensor::isneginf), [`isreal`](crate::Tensor::isreal), [`isnan`](crate::Tensor::isnan), [`logical_and`](crate::Tensor::logical_and), [`logical_or`](crate::Tensor::logical_or), [`logical_xor`](crate::Tensor::logical_xor), [`logical_not`](crate::Tensor::logical_not), [`bitwise_and_tensor`](crate::Tensor::bitwise_and_tensor), [`bitwise_and_scalar`](crate::Tensor::bitwise_and_scalar), [`bitwise_and_scalar_tensor`](crate::Tensor::bitwise_and_scalar_tensor), [`bitwise_or_tensor`](crate::Tensor::bitwise_or_tensor), [`bitwise_or_scalar`](crate::Tensor::bitwise_or_scalar), [`bitwise_or_scalar_tensor`](crate::Tensor::bitwise_or_scalar_tensor), [`bitwise_xor_tensor`](crate::Tensor::bitwise_xor_tensor), [`bitwise_xor_scalar`](crate::Tensor::bitwise_xor_scalar), [`bitwise_xor_scalar_tensor`](crate::Tensor::bitwise_xor_scalar_tensor), [`bitwise_not`](crate::Tensor::bitwise_not), [`bitwise_left_shift_tensor`](crate::Tensor::bitwise_left_shift_tensor), [`bitwise_left_shift_tensor_scalar`](crate::Tensor::bitwise_left_shift_tensor_scalar), [`bitwise_left_shift_scalar_tensor`](crate::Tensor::bitwise_left_shift_scalar_tensor), [`bitwise_right_shift_tensor`](crate::Tensor::bitwise_right_shift_tensor), [`bitwise_right_shift_tensor_scalar`](crate::Tensor::bitwise_right_shift_tensor_scalar), [`bitwise_right_shift_scalar_tensor`](crate::Tensor::bitwise_right_shift_scalar_tensor), [`where_self`](crate::Tensor::where_self), [`where_scalarself`](crate::Tensor::where_scalarself), [`where_scalarother`](crate::Tensor::where_scalarother), [`where_scalar`](crate::Tensor::where_scalar), [`masked_fill_scalar`](crate::Tensor::masked_fill_scalar), [`masked_fill_tensor`](crate::Tensor::masked_fill_tensor), [`isin_tensor_tensor`](crate::Tensor::isin_tensor_tensor), [`isin_tensor_scalar`](crate::Tensor::isin_tensor_scalar), [`isin_scalar_tensor`](crate::Tensor::isin_scalar_tensor), [`floor_divide_tensor_`](crate::Tensor::floor_divide_tensor_), [`floor_divide_scalar_`](crate::Tensor::floor_divide_scalar_), [`remainder_tensor_`](crate::Tensor::remainder_tensor_), [`remainder_scalar_`](crate::Tensor::remainder_scalar_), [`bitwise_and_tensor_`](crate::Tensor::bitwise_and_tensor_), [`bitwise_and_scalar_`](crate::Tensor::bitwise_and_scalar_), [`bitwise_or_tensor_`](crate::Tensor::bitwise_or_tensor_), [`bitwise_or_scalar_`](crate::Tensor::bitwise_or_scalar_), [`bitwise_xor_tensor_`](crate::Tensor::bitwise_xor_tensor_), [`bitwise_xor_scalar_`](crate::Tensor::bitwise_xor_scalar_), [`bitwise_left_shift_tensor_`](crate::Tensor::bitwise_left_shift_tensor_), [`bitwise_left_shift_tensor_scalar_`](crate::Tensor::bitwise_left_shift_tensor_scalar_), [`bitwise_right_shift_tensor_`](crate::Tensor::bitwise_right_shift_tensor_), [`bitwise_right_shift_tensor_scalar_`](crate::Tensor::bitwise_right_shift_tensor_scalar_), [`result_type_tensor`](crate::Tensor::result_type_tensor), [`result_type_scalar`](crate::Tensor::result_type_scalar).
///
/// ```
/// use torch_sffi::Tensor;
/// let a = Tensor::from_data(&[1.0, 4.0, 9.0], &[3])?;
/// let b = a.sqrt()?.add_scalar(1.0)?;
/// assert_eq!(b.data_f64()?, vec![2.0, 3.0, 4.0]);
/// assert_eq!(a.mul(&b)?.data_f64()?, vec![2.0, 12.0, 36.0]);
/// # Ok::<(), torch_sffi::TorchError>(())
/// ```
pub mod elementwise {}

/// **Activation Functions.** Non-linearities.
///
/// Functions: [`relu`](crate::Tensor::relu), [`sigmoid`](crate::Tensor::sigmoid), [`tanh`](crate::Tensor::tanh), [`leaky_relu`](crate::Tensor::leaky_relu), [`gelu`](crate::Tensor::gelu), [`softmax`](crate::Tensor::softmax), [`log_softmax`](crate::Tensor::log_softmax), [`gelu_v2`](crate::Tensor::gelu_v2), [`softmax_int`](crate::Tensor::softmax_int), [`log_softmax_int`](crate::Tensor::log_softmax_int), [`hardswish`](crate::nn::hardswish), [`elu`](crate::Tensor::elu), [`celu`](crate::Tensor::celu), [`selu`](crate::Tensor::selu), [`silu`](crate::Tensor::silu), [`hardsigmoid`](crate::Tensor::hardsigmoid), [`log_sigmoid`](crate::nn::log_sigmoid), [`mish`](crate::Tensor::mish), [`softsign`](crate::Tensor::softsign), [`tanhshrink`](crate::Tensor::tanhshrink), [`threshold`](crate::Tensor::threshold), [`softshrink`](crate::Tensor::softshrink), [`hardshrink`](crate::Tensor::hardshrink), [`hardtanh`](crate::Tensor::hardtanh), [`relu6`](crate::Tensor::relu6), [`softplus`](crate::Tensor::softplus), [`glu`](crate::nn::glu), [`prelu`](crate::Tensor::prelu), [`softmin`](crate::Tensor::softmin).
///
/// ```
/// use torch_sffi::Tensor;
/// let x = Tensor::from_data(&[-1.0, 0.0, 2.0], &[3])?;
/// assert_eq!(x.relu()?.data_f64()?, vec![0.0, 0.0, 2.0]);
/// assert!((x.softmax(0)?.sum()? - 1.0).abs() < 1e-12);
/// # Ok::<(), torch_sffi::TorchError>(())
/// ```
pub mod activation {}

/// **Linear Algebra.** Matrix products and decompositions.
///
/// Functions: [`matmul`](crate::Tensor::matmul), [`dot`](crate::Tensor::dot), [`transpose`](crate::Tensor::transpose), [`t`](crate::Tensor::t), [`norm`](crate::Tensor::norm), [`det`](crate::Tensor::det), [`inverse`](crate::Tensor::inverse), [`svd`](crate::Tensor::svd), [`eig`](crate::Tensor::eig), [`linalg_vector_norm`](crate::Tensor::linalg_vector_norm), [`linalg_det`](crate::Tensor::linalg_det), [`linalg_svd`](crate::Tensor::linalg_svd), [`linalg_eig`](crate::Tensor::linalg_eig), [`mm`](crate::Tensor::mm), [`bmm`](crate::Tensor::bmm), [`mv`](crate::Tensor::mv), [`addmm`](crate::Tensor::addmm), [`addmv`](crate::Tensor::addmv), [`addbmm`](crate::Tensor::addbmm), [`baddbmm`](crate::Tensor::baddbmm), [`addr`](crate::Tensor::addr), [`vdot`](crate::Tensor::vdot), [`outer`](crate::Tensor::outer), [`inner`](crate::Tensor::inner), [`cross`](crate::Tensor::cross), [`einsum`](crate::Tensor::einsum), [`dist`](crate::Tensor::dist), [`cdist`](crate::Tensor::cdist), [`matrix_exp`](crate::Tensor::matrix_exp), [`logdet`](crate::Tensor::logdet), [`pinverse`](crate::Tensor::pinverse), [`cholesky`](crate::Tensor::cholesky), [`cholesky_inverse`](crate::Tensor::cholesky_inverse), [`cholesky_solve`](crate::Tensor::cholesky_solve), [`qr`](crate::Tensor::qr), [`svd_v2`](crate::Tensor::svd_v2), [`lu_unpack`](crate::Tensor::lu_unpack), [`lu_solve`](crate::Tensor::lu_solve), [`triangular_solve`](crate::Tensor::triangular_solve), [`geqrf`](crate::Tensor::geqrf), [`ormqr`](crate::Tensor::ormqr), [`linalg_cross`](crate::Tensor::linalg_cross), [`linalg_diagonal`](crate::Tensor::linalg_diagonal), [`linalg_cholesky`](crate::Tensor::linalg_cholesky), [`linalg_cholesky_ex`](crate::Tensor::linalg_cholesky_ex), [`linalg_vecdot`](crate::Tensor::linalg_vecdot), [`linalg_cond`](crate::Tensor::linalg_cond), [`linalg_cond_p_str`](crate::Tensor::linalg_cond_p_str), [`linalg_eigvals`](crate::Tensor::linalg_eigvals), [`linalg_eigh`](crate::Tensor::linalg_eigh), [`linalg_eigvalsh`](crate::Tensor::linalg_eigvalsh), [`linalg_householder_product`](crate::Tensor::linalg_householder_product), [`linalg_ldl_factor`](crate::Tensor::linalg_ldl_factor), [`linalg_ldl_factor_ex`](crate::Tensor::linalg_ldl_factor_ex), [`linalg_ldl_solve`](crate::Tensor::linalg_ldl_solve), [`linalg_lstsq`](crate::Tensor::linalg_lstsq), [`linalg_matrix_power`](crate::Tensor::linalg_matrix_power), [`linalg_multi_dot`](crate::Tensor::linalg_multi_dot), [`linalg_norm`](crate::Tensor::linalg_norm), [`linalg_norm_ord_str`](crate::Tensor::linalg_norm_ord_str), [`linalg_matrix_norm`](crate::Tensor::linalg_matrix_norm), [`linalg_matrix_norm_str_ord`](crate::Tensor::linalg_matrix_norm_str_ord), [`linalg_qr`](crate::Tensor::linalg_qr), [`linalg_slogdet`](crate::Tensor::linalg_slogdet), [`linalg_vander`](crate::Tensor::linalg_vander), [`linalg_lu_factor`](crate::Tensor::linalg_lu_factor), [`linalg_lu_factor_ex`](crate::Tensor::linalg_lu_factor_ex), [`linalg_lu`](crate::Tensor::linalg_lu), [`linalg_lu_solve`](crate::Tensor::linalg_lu_solve), [`linalg_inv_ex`](crate::Tensor::linalg_inv_ex), [`linalg_solve`](crate::Tensor::linalg_solve), [`linalg_solve_ex`](crate::Tensor::linalg_solve_ex), [`linalg_solve_triangular`](crate::Tensor::linalg_solve_triangular), [`linalg_matrix_rank_atol_rtol_tensor`](crate::Tensor::linalg_matrix_rank_atol_rtol_tensor), [`linalg_matrix_rank_atol_rtol_float`](crate::Tensor::linalg_matrix_rank_atol_rtol_float), [`linalg_matrix_rank`](crate::Tensor::linalg_matrix_rank), [`linalg_matrix_rank_tol_tensor`](crate::Tensor::linalg_matrix_rank_tol_tensor), [`linalg_pinv_atol_rtol_tensor`](crate::Tensor::linalg_pinv_atol_rtol_tensor), [`linalg_pinv_atol_rtol_float`](crate::Tensor::linalg_pinv_atol_rtol_float), [`linalg_pinv`](crate::Tensor::linalg_pinv), [`linalg_pinv_rcond_tensor`](crate::Tensor::linalg_pinv_rcond_tensor), [`linalg_svdvals`](crate::Tensor::linalg_svdvals), [`linalg_tensorinv`](crate::Tensor::linalg_tensorinv), [`linalg_tensorsolve`](crate::Tensor::linalg_tensorsolve), [`mt`](crate::Tensor::mt), [`mh`](crate::Tensor::mh), [`numpy_t`](crate::Tensor::numpy_t), [`matrix_h`](crate::Tensor::matrix_h).
///
/// ```
/// use torch_sffi::Tensor;
/// let m = Tensor::from_data(&[2.0, 0.0, 0.0, 4.0], &[2, 2])?;
/// assert_eq!(m.det()?, 8.0);
/// let v = Tensor::from_data(&[1.0, 1.0], &[2, 1])?;
/// assert_eq!(m.matmul(&v)?.data_f64()?, vec![2.0, 4.0]);
/// assert_eq!(m.t()?.shape()?, vec![2, 2]);
/// # Ok::<(), torch_sffi::TorchError>(())
/// ```
pub mod linalg {}

/// **Reductions.** Sums, means, extrema and spreads.
///
/// Functions: [`sum`](crate::Tensor::sum), [`sum_dim`](crate::Tensor::sum_dim), [`mean`](crate::Tensor::mean), [`mean_dim`](crate::Tensor::mean_dim), [`max`](crate::Tensor::max), [`max_dim`](crate::Tensor::max_dim), [`min`](crate::Tensor::min), [`min_dim`](crate::Tensor::min_dim), [`argmax`](crate::Tensor::argmax), [`argmin`](crate::Tensor::argmin), [`std`](crate::Tensor::std), [`var`](crate::Tensor::var), [`sum_all`](crate::Tensor::sum_all), [`mean_all`](crate::Tensor::mean_all), [`max_all`](crate::Tensor::max_all), [`min_all`](crate::Tensor::min_all), [`sum_dim_intlist`](crate::Tensor::sum_dim_intlist), [`mean_dim_v2`](crate::Tensor::mean_dim_v2), [`max_dim_v2`](crate::Tensor::max_dim_v2), [`max_other`](crate::Tensor::max_other), [`min_dim_v2`](crate::Tensor::min_dim_v2), [`min_other`](crate::Tensor::min_other), [`argmax_v2`](crate::Tensor::argmax_v2), [`argmin_v2`](crate::Tensor::argmin_v2), [`std_dim`](crate::Tensor::std_dim), [`std_correction`](crate::Tensor::std_correction), [`std_v2`](crate::Tensor::std_v2), [`var_dim`](crate::Tensor::var_dim), [`var_correction`](crate::Tensor::var_correction), [`var_v2`](crate::Tensor::var_v2), [`cumsum`](crate::Tensor::cumsum), [`cumprod`](crate::Tensor::cumprod), [`cummax`](crate::Tensor::cummax), [`cummin`](crate::Tensor::cummin), [`logcumsumexp`](crate::Tensor::logcumsumexp), [`logsumexp`](crate::Tensor::logsumexp), [`prod`](crate::Tensor::prod), [`prod_dim_int`](crate::Tensor::prod_dim_int), [`all_dim`](crate::Tensor::all_dim), [`all_dims`](crate::Tensor::all_dims), [`all`](crate::Tensor::all), [`any_dim`](crate::Tensor::any_dim), [`any_dims`](crate::Tensor::any_dims), [`any`](crate::Tensor::any), [`amax`](crate::Tensor::amax), [`amin`](crate::Tensor::amin), [`aminmax`](crate::Tensor::aminmax), [`count_nonzero_dim_intlist`](crate::Tensor::count_nonzero_dim_intlist), [`count_nonzero`](crate::Tensor::count_nonzero), [`nansum`](crate::Tensor::nansum), [`nanmean`](crate::Tensor::nanmean), [`median`](crate::Tensor::median), [`median_dim`](crate::Tensor::median_dim), [`nanmedian`](crate::Tensor::nanmedian), [`nanmedian_dim`](crate::Tensor::nanmedian_dim), [`mode`](crate::Tensor::mode), [`kthvalue`](crate::Tensor::kthvalue), [`topk`](crate::Tensor::topk), [`sort`](crate::Tensor::sort), [`sort_stable`](crate::Tensor::sort_stable), [`argsort`](crate::Tensor::argsort), [`argsort_stable`](crate::Tensor::argsort_stable), [`msort`](crate::Tensor::msort), [`quantile`](crate::Tensor::quantile), [`quantile_scalar`](crate::Tensor::quantile_scalar), [`nanquantile`](crate::Tensor::nanquantile), [`nanquantile_scalar`](crate::Tensor::nanquantile_scalar), [`var_mean`](crate::Tensor::var_mean), [`var_mean_dim`](crate::Tensor::var_mean_dim), [`var_mean_correction`](crate::Tensor::var_mean_correction), [`std_mean`](crate::Tensor::std_mean), [`std_mean_dim`](crate::Tensor::std_mean_dim), [`std_mean_correction`](crate::Tensor::std_mean_correction), [`histc`](crate::Tensor::histc), [`bincount`](crate::Tensor::bincount), [`bucketize_tensor`](crate::Tensor::bucketize_tensor), [`bucketize_scalar`](crate::Tensor::bucketize_scalar), [`searchsorted_tensor`](crate::Tensor::searchsorted_tensor), [`searchsorted_scalar`](crate::Tensor::searchsorted_scalar), [`diff`](crate::Tensor::diff), [`corrcoef`](crate::Tensor::corrcoef), [`cov`](crate::Tensor::cov), [`trapezoid_x`](crate::Tensor::trapezoid_x), [`trapezoid_dx`](crate::Tensor::trapezoid_dx), [`trapz_x`](crate::Tensor::trapz_x), [`trapz_dx`](crate::Tensor::trapz_dx), [`cumulative_trapezoid_x`](crate::Tensor::cumulative_trapezoid_x), [`cumulative_trapezoid_dx`](crate::Tensor::cumulative_trapezoid_dx).
///
/// ```
/// use torch_sffi::Tensor;
/// let x = Tensor::from_data(&[1.0, 5.0, 3.0, 2.0], &[2, 2])?;
/// assert_eq!((x.sum()?, x.max()?), (11.0, 5.0));
/// assert_eq!(x.sum_dim(0, false)?.data_f64()?, vec![4.0, 7.0]);
/// assert_eq!(x.argmax(1, false)?.data_i64()?, vec![1, 0]);
/// # Ok::<(), torch_sffi::TorchError>(())
/// ```
pub mod reduction {}

/// **Shape Manipulation.** Sizes, reshapes and views.
///
/// Functions: [`ndim`](crate::Tensor::ndim), [`numel`](crate::Tensor::numel), [`shape`](crate::Tensor::shape), [`reshape`](crate::Tensor::reshape), [`view`](crate::Tensor::view), [`permute`](crate::Tensor::permute), [`squeeze`](crate::Tensor::squeeze), [`squeeze_dim`](crate::Tensor::squeeze_dim), [`unsqueeze`](crate::Tensor::unsqueeze), [`flatten`](crate::Tensor::flatten), [`contiguous`](crate::Tensor::contiguous), [`squeeze_dims`](crate::Tensor::squeeze_dims), [`flatten_using_ints`](crate::Tensor::flatten_using_ints), [`view_v2`](crate::Tensor::view_v2), [`contiguous_v2`](crate::Tensor::contiguous_v2), [`expand`](crate::Tensor::expand), [`expand_as`](crate::Tensor::expand_as), [`broadcast_to`](crate::Tensor::broadcast_to), [`flip`](crate::Tensor::flip), [`fliplr`](crate::Tensor::fliplr), [`flipud`](crate::Tensor::flipud), [`roll`](crate::Tensor::roll), [`rot90`](crate::Tensor::rot90), [`repeat`](crate::Tensor::repeat), [`repeat_interleave_tensor`](crate::Tensor::repeat_interleave_tensor), [`repeat_interleave_self_tensor`](crate::Tensor::repeat_interleave_self_tensor), [`repeat_interleave_self_int`](crate::Tensor::repeat_interleave_self_int), [`tile`](crate::Tensor::tile), [`movedim_intlist`](crate::Tensor::movedim_intlist), [`movedim_int`](crate::Tensor::movedim_int), [`unbind_int`](crate::Tensor::unbind_int), [`split_tensor`](crate::Tensor::split_tensor), [`split_sizes`](crate::Tensor::split_sizes), [`split_with_sizes`](crate::Tensor::split_with_sizes), [`tensor_split_sections`](crate::Tensor::tensor_split_sections), [`tensor_split_indices`](crate::Tensor::tensor_split_indices), [`tensor_split_tensor_indices_or_sections`](crate::Tensor::tensor_split_tensor_indices_or_sections), [`hsplit_int`](crate::Tensor::hsplit_int), [`hsplit_array`](crate::Tensor::hsplit_array), [`vsplit_int`](crate::Tensor::vsplit_int), [`vsplit_array`](crate::Tensor::vsplit_array), [`dsplit_int`](crate::Tensor::dsplit_int), [`dsplit_array`](crate::Tensor::dsplit_array), [`narrow`](crate::Tensor::narrow), [`narrow_tensor`](crate::Tensor::narrow_tensor), [`unflatten_int`](crate::Tensor::unflatten_int), [`ravel`](crate::Tensor::ravel), [`hstack`](crate::Tensor::hstack), [`vstack`](crate::Tensor::vstack), [`dstack`](crate::Tensor::dstack), [`column_stack`](crate::Tensor::column_stack), [`atleast_1d`](crate::Tensor::atleast_1d), [`atleast_1d_sequence`](crate::Tensor::atleast_1d_sequence), [`atleast_2d`](crate::Tensor::atleast_2d), [`atleast_2d_sequence`](crate::Tensor::atleast_2d_sequence), [`atleast_3d`](crate::Tensor::atleast_3d), [`atleast_3d_sequence`](crate::Tensor::atleast_3d_sequence), [`tril`](crate::Tensor::tril), [`triu`](crate::Tensor::triu), [`diag`](crate::Tensor::diag), [`diag_embed`](crate::Tensor::diag_embed), [`diagonal`](crate::Tensor::diagonal), [`diagflat`](crate::Tensor::diagflat), [`trace`](crate::Tensor::trace), [`kron`](crate::Tensor::kron), [`meshgrid`](crate::Tensor::meshgrid), [`meshgrid_indexing`](crate::Tensor::meshgrid_indexing), [`view_as`](crate::Tensor::view_as), [`reshape_as`](crate::Tensor::reshape_as), [`unfold`](crate::Tensor::unfold), [`size_dim`](crate::Tensor::size_dim).
///
/// ```
/// use torch_sffi::Tensor;
/// let m = Tensor::arange(0.0, 6.0, 1.0)?.reshape(&[2, 3])?;
/// assert_eq!(m.permute(&[1, 0])?.shape()?, vec![3, 2]);
/// assert_eq!(m.unsqueeze(0)?.ndim()?, 3);
/// assert_eq!(m.flatten()?.numel()?, 6);
/// # Ok::<(), torch_sffi::TorchError>(())
/// ```
pub mod shape {}

/// **Indexing and Slicing.** Selecting, joining and splitting.
///
/// Functions: [`slice`](crate::Tensor::slice), [`index_select`](crate::Tensor::index_select), [`gather`](crate::Tensor::gather), [`cat`](crate::Tensor::cat), [`stack`](crate::Tensor::stack), [`chunk`](crate::Tensor::chunk), [`select_int`](crate::Tensor::select_int), [`index_tensor`](crate::Tensor::index_tensor), [`index_add`](crate::Tensor::index_add), [`index_copy`](crate::Tensor::index_copy), [`index_fill_int_scalar`](crate::Tensor::index_fill_int_scalar), [`index_fill_int_tensor`](crate::Tensor::index_fill_int_tensor), [`index_put`](crate::Tensor::index_put), [`index_reduce`](crate::Tensor::index_reduce), [`scatter_src`](crate::Tensor::scatter_src), [`scatter_value`](crate::Tensor::scatter_value), [`scatter_reduce`](crate::Tensor::scatter_reduce), [`scatter_value_reduce`](crate::Tensor::scatter_value_reduce), [`scatter_add`](crate::Tensor::scatter_add), [`scatter_reduce_two`](crate::Tensor::scatter_reduce_two), [`take`](crate::Tensor::take), [`take_along_dim`](crate::Tensor::take_along_dim), [`put`](crate::Tensor::put), [`nonzero`](crate::Tensor::nonzero), [`nonzero_numpy`](crate::Tensor::nonzero_numpy), [`argwhere`](crate::Tensor::argwhere), [`select_scatter`](crate::Tensor::select_scatter), [`slice_scatter`](crate::Tensor::slice_scatter), [`diagonal_scatter`](crate::Tensor::diagonal_scatter), [`masked_select`](crate::Tensor::masked_select), [`masked_scatter`](crate::Tensor::masked_scatter), [`index_put_`](crate::Tensor::index_put_).
///
/// ```
/// use torch_sffi::Tensor;
/// let x = Tensor::arange(0.0, 6.0, 1.0)?.reshape(&[2, 3])?;
/// let columns = Tensor::from_slice(&[2i64, 0]);
/// assert_eq!(x.index_select(1, &columns)?.data_f64()?, vec![2.0, 0.0, 5.0, 3.0]);
/// assert_eq!(Tensor::cat(&[&x, &x], 0)?.shape()?, vec![4, 3]);
/// # Ok::<(), torch_sffi::TorchError>(())
/// ```
pub mod indexing {}

/// **Neural Network Operations.** Layers as functions (torch.nn.functional).
///
/// Functions: [`conv2d`](crate::nn::conv2d), [`max_pool2d`](crate::nn::max_pool2d), [`avg_pool2d`](crate::nn::avg_pool2d), [`batch_norm`](crate::nn::batch_norm), [`layer_norm`](crate::nn::layer_norm), [`dropout`](crate::nn::dropout), [`linear`](crate::nn::linear), [`embedding`](crate::nn::embedding), [`conv2d_padding`](crate::nn::conv2d_padding), [`max_pool2d_v2`](crate::nn::max_pool2d_v2), [`max_pool2d_with_indices`](crate::nn::max_pool2d_with_indices), [`avg_pool2d_v2`](crate::nn::avg_pool2d_v2), [`embedding_v2`](crate::nn::embedding_v2), [`linear_v2`](crate::nn::linear_v2), [`conv1d`](crate::nn::conv1d), [`conv1d_padding`](crate::nn::conv1d_padding), [`conv3d`](crate::nn::conv3d), [`conv3d_padding`](crate::nn::conv3d_padding), [`conv_transpose1d`](crate::nn::conv_transpose1d), [`conv_transpose2d`](crate::nn::conv_transpose2d), [`conv_transpose3d`](crate::nn::conv_transpose3d), [`avg_pool1d`](crate::nn::avg_pool1d), [`max_pool1d`](crate::nn::max_pool1d), [`max_pool1d_with_indices`](crate::nn::max_pool1d_with_indices), [`avg_pool3d`](crate::nn::avg_pool3d), [`max_pool3d`](crate::nn::max_pool3d), [`max_pool3d_with_indices`](crate::nn::max_pool3d_with_indices), [`adaptive_avg_pool1d`](crate::nn::adaptive_avg_pool1d), [`adaptive_max_pool1d`](crate::nn::adaptive_max_pool1d), [`adaptive_max_pool1d_with_indices`](crate::nn::adaptive_max_pool1d_with_indices), [`adaptive_avg_pool2d`](crate::nn::adaptive_avg_pool2d), [`adaptive_max_pool2d`](crate::nn::adaptive_max_pool2d), [`adaptive_max_pool2d_with_indices`](crate::nn::adaptive_max_pool2d_with_indices), [`adaptive_avg_pool3d`](crate::nn::adaptive_avg_pool3d), [`adaptive_max_pool3d`](crate::nn::adaptive_max_pool3d), [`adaptive_max_pool3d_with_indices`](crate::nn::adaptive_max_pool3d_with_indices), [`group_norm`](crate::nn::group_norm), [`instance_norm`](crate::nn::instance_norm), [`rms_norm`](crate::nn::rms_norm), [`local_response_norm`](crate::nn::local_response_norm), [`normalize`](crate::nn::normalize), [`pad`](crate::nn::pad), [`unfold`](crate::nn::unfold), [`cosine_similarity`](crate::nn::cosine_similarity), [`pairwise_distance`](crate::nn::pairwise_distance), [`pdist`](crate::nn::pdist), [`pixel_shuffle`](crate::nn::pixel_shuffle), [`pixel_unshuffle`](crate::nn::pixel_unshuffle), [`channel_shuffle`](crate::nn::channel_shuffle), [`one_hot`](crate::nn::one_hot), [`bilinear`](crate::nn::bilinear), [`dropout2d`](crate::nn::dropout2d), [`dropout3d`](crate::nn::dropout3d), [`alpha_dropout`](crate::nn::alpha_dropout), [`scaled_dot_product_attention`](crate::nn::scaled_dot_product_attention), [`grid_sample`](crate::nn::grid_sample), [`interpolate`](crate::nn::interpolate), [`max_unpool1d`](crate::nn::max_unpool1d), [`max_unpool2d`](crate::nn::max_unpool2d), [`max_unpool3d`](crate::nn::max_unpool3d), [`embedding_bag`](crate::nn::embedding_bag), [`upsample_nearest`](crate::nn::upsample_nearest), [`upsample_bilinear`](crate::nn::upsample_bilinear), [`lstm_input`](crate::Tensor::lstm_input).
///
/// ```
/// use torch_sffi::{nn, Tensor};
/// let x = Tensor::ones(&[1, 3])?;
/// let weight = Tensor::ones(&[2, 3])?;
/// let bias = Tensor::zeros(&[2])?;
/// assert_eq!(nn::linear(&x, &weight, &bias)?.data_f64()?, vec![3.0, 3.0]);
/// # Ok::<(), torch_sffi::TorchError>(())
/// ```
pub mod nn {}

/// **Loss Functions.** Losses as differentiable tensors.
///
/// Functions: [`mse_loss`](crate::nn::mse_loss), [`cross_entropy`](crate::nn::cross_entropy), [`binary_cross_entropy`](crate::nn::binary_cross_entropy), [`nll_loss`](crate::nn::nll_loss), [`mse_loss_v2`](crate::nn::mse_loss_v2), [`cross_entropy_v2`](crate::nn::cross_entropy_v2), [`binary_cross_entropy_v2`](crate::nn::binary_cross_entropy_v2), [`nll_loss_v2`](crate::nn::nll_loss_v2), [`l1_loss`](crate::nn::l1_loss), [`smooth_l1_loss`](crate::nn::smooth_l1_loss), [`huber_loss`](crate::nn::huber_loss), [`soft_margin_loss`](crate::nn::soft_margin_loss), [`margin_ranking_loss`](crate::nn::margin_ranking_loss), [`multi_margin_loss`](crate::nn::multi_margin_loss), [`multilabel_margin_loss`](crate::nn::multilabel_margin_loss), [`multilabel_soft_margin_loss`](crate::nn::multilabel_soft_margin_loss), [`hinge_embedding_loss`](crate::nn::hinge_embedding_loss), [`cosine_embedding_loss`](crate::nn::cosine_embedding_loss), [`kl_div`](crate::nn::kl_div), [`poisson_nll_loss`](crate::nn::poisson_nll_loss), [`binary_cross_entropy_with_logits`](crate::nn::binary_cross_entropy_with_logits), [`triplet_margin_loss`](crate::nn::triplet_margin_loss), [`gaussian_nll_loss`](crate::nn::gaussian_nll_loss), [`gaussian_nll_loss_float`](crate::nn::gaussian_nll_loss_float), [`ctc_loss_tensor`](crate::nn::ctc_loss_tensor), [`ctc_loss_intlist`](crate::nn::ctc_loss_intlist).
///
/// ```
/// use torch_sffi::{nn, Tensor};
/// let prediction = Tensor::from_data(&[1.0, 2.0], &[2])?;
/// let target = Tensor::from_data(&[1.0, 4.0], &[2])?;
/// assert_eq!(nn::mse_loss(&prediction, &target)?, 2.0);
/// # Ok::<(), torch_sffi::TorchError>(())
/// ```
pub mod loss {}

/// **Autograd.** Gradient tracking and backpropagation.
///
/// Functions: [`set_requires_grad`](crate::Tensor::set_requires_grad), [`requires_grad`](crate::Tensor::requires_grad), [`grad`](crate::Tensor::grad), [`backward`](crate::Tensor::backward), [`zero_grad`](crate::Tensor::zero_grad), [`detach`](crate::Tensor::detach), [`no_grad_begin`](crate::autograd::no_grad_begin), [`no_grad_end`](crate::autograd::no_grad_end), [`set_grad`](crate::Tensor::set_grad), [`no_grad_begin_v2`](crate::autograd::no_grad_begin_v2), [`no_grad_end_v2`](crate::autograd::no_grad_end_v2), [`backward_v2`](crate::Tensor::backward_v2), [`is_leaf`](crate::Tensor::is_leaf), [`has_grad_fn`](crate::Tensor::has_grad_fn), [`data`](crate::Tensor::data), [`set_data`](crate::Tensor::set_data), [`grad_fn_name`](crate::Tensor::grad_fn_name), [`grad_mode_begin`](crate::autograd::grad_mode_begin), [`grad_mode_end`](crate::autograd::grad_mode_end), [`is_grad_enabled`](crate::autograd::is_grad_enabled), [`set_grad_enabled`](crate::autograd::set_grad_enabled), [`function_apply`](crate::autograd::function_apply).
///
/// ```
/// use torch_sffi::Tensor;
/// let mut w = Tensor::from_data(&[3.0], &[1])?;
/// w.set_requires_grad(true)?;
/// w.mul(&w)?.backward()?; // d(w * w)/dw = 2w
/// assert_eq!(w.grad()?.expect("a gradient").data_f64()?, vec![6.0]);
/// # Ok::<(), torch_sffi::TorchError>(())
/// ```
pub mod autograd {}

/// **Device Management.** Moving tensors between CPU and CUDA devices.
///
/// Functions: [`cuda`](crate::Tensor::cuda), [`cpu`](crate::Tensor::cpu), [`is_cuda`](crate::Tensor::is_cuda), [`device`](crate::Tensor::device), [`to_stream`](crate::Tensor::to_stream), [`try_clone`](crate::Tensor::try_clone), [`device_count`](crate::cuda::device_count), [`to_stream_v2`](crate::Tensor::to_stream_v2), [`clone_v2`](crate::Tensor::clone_v2), [`device_type`](crate::Tensor::device_type).
///
/// ```
/// use torch_sffi::{cuda, Tensor};
/// let x = Tensor::ones(&[2])?;
/// assert!(!x.is_cuda()?);
/// if cuda::available()? {
///     assert!(x.cuda(0)?.is_cuda()?);
/// } else {
///     assert!(x.cuda(0).is_err()); // no CUDA device: an error, never a crash
/// }
/// # Ok::<(), torch_sffi::TorchError>(())
/// ```
pub mod device {}

/// **CUDA Streams.** Streams from the CUDA stream pool.
///
/// Functions: [`create`](crate::Stream::create), [`sync`](crate::Stream::sync), [`query`](crate::Stream::query), [`sync_v2`](crate::Stream::sync_v2), [`query_v2`](crate::Stream::query_v2).
///
/// ```
/// use torch_sffi::{cuda, Stream};
/// match Stream::create(0) {
///     Ok(stream) => {
///         stream.sync()?;
///         assert!(stream.query()?);
///     }
///     Err(error) => assert!(!cuda::available()?, "{error}"),
/// }
/// # Ok::<(), torch_sffi::TorchError>(())
/// ```
pub mod stream {}

/// **Memory Management.** Freeing handles and CUDA allocator statistics.
///
/// Functions: [`memory_allocated`](crate::cuda::memory_allocated), [`max_memory_allocated`](crate::cuda::max_memory_allocated), [`empty_cache`](crate::cuda::empty_cache), [`to_dlpack`](crate::Tensor::to_dlpack), [`from_dlpack`](crate::Tensor::from_dlpack), [`new_handle`](crate::Tensor::new_handle).
///
/// ```
/// use torch_sffi::Tensor;
/// let before = torch_sffi::live_handles()?;
/// let t = Tensor::zeros(&[4])?;
/// assert_eq!(torch_sffi::live_handles()?, before + 1);
/// drop(t); // Drop releases the handle
/// assert_eq!(torch_sffi::live_handles()?, before);
/// # Ok::<(), torch_sffi::TorchError>(())
/// ```
pub mod memory {}

/// **Tensor Data.** Reading values back, dtypes and conversions.
///
/// Functions: [`stride`](crate::Tensor::stride), [`stride_int`](crate::Tensor::stride_int), [`storage_offset`](crate::Tensor::storage_offset), [`is_contiguous`](crate::Tensor::is_contiguous), [`is_complex`](crate::Tensor::is_complex), [`is_floating_point`](crate::Tensor::is_floating_point), [`element_size`](crate::Tensor::element_size), [`type_as`](crate::Tensor::type_as), [`item`](crate::Tensor::item), [`data_f64`](crate::Tensor::data_f64), [`data_i64`](crate::Tensor::data_i64), [`dtype`](crate::Tensor::dtype), [`to_dtype`](crate::Tensor::to_dtype), [`real`](crate::Tensor::real), [`imag`](crate::Tensor::imag), [`complex`](crate::Tensor::complex), [`to_dtype_v2`](crate::Tensor::to_dtype_v2), [`to_device`](crate::Tensor::to_device), [`to_other`](crate::Tensor::to_other), [`to_dtype_layout`](crate::Tensor::to_dtype_layout), [`polar`](crate::Tensor::polar), [`view_as_real`](crate::Tensor::view_as_real), [`view_as_complex`](crate::Tensor::view_as_complex), [`bool`](crate::Tensor::bool), [`byte`](crate::Tensor::byte), [`char`](crate::Tensor::char), [`short`](crate::Tensor::short), [`int`](crate::Tensor::int), [`long`](crate::Tensor::long), [`half`](crate::Tensor::half), [`bfloat16`](crate::Tensor::bfloat16), [`float`](crate::Tensor::float), [`double`](crate::Tensor::double).
///
/// ```
/// use torch_sffi::{Kind, Tensor};
/// let x = Tensor::from_data(&[1.5, 2.5], &[2])?;
/// assert_eq!(x.dtype()?, Kind::Float64);
/// assert_eq!((x.element_size()?, x.stride()?), (8, vec![1]));
/// assert_eq!(x.data_f64()?, vec![1.5, 2.5]);
/// # Ok::<(), torch_sffi::TorchError>(())
/// ```
pub mod data {}

/// **Parameter Updates.** In-place updates, as optimizers make them (a leaf that requires grad only inside no_grad).
///
/// Functions: [`add_`](crate::Tensor::add_), [`add_scalar_`](crate::Tensor::add_scalar_), [`add_tensor_`](crate::Tensor::add_tensor_), [`add_scalar_v2_`](crate::Tensor::add_scalar_v2_), [`mul_`](crate::Tensor::mul_), [`mul_scalar_`](crate::Tensor::mul_scalar_), [`mul_scalar_v2_`](crate::Tensor::mul_scalar_v2_), [`addcmul_`](crate::Tensor::addcmul_), [`addcdiv_`](crate::Tensor::addcdiv_), [`lerp_`](crate::Tensor::lerp_), [`zero_`](crate::Tensor::zero_), [`copy_`](crate::Tensor::copy_), [`normal_`](crate::Tensor::normal_), [`sub_tensor_`](crate::Tensor::sub_tensor_), [`sub_scalar_`](crate::Tensor::sub_scalar_), [`div_tensor_`](crate::Tensor::div_tensor_), [`div_tensor_mode_`](crate::Tensor::div_tensor_mode_), [`div_scalar_`](crate::Tensor::div_scalar_), [`div_scalar_mode_`](crate::Tensor::div_scalar_mode_), [`fill_scalar_`](crate::Tensor::fill_scalar_), [`fill_tensor_`](crate::Tensor::fill_tensor_), [`clamp_`](crate::Tensor::clamp_), [`clamp_tensor_`](crate::Tensor::clamp_tensor_), [`sqrt_`](crate::Tensor::sqrt_), [`exp_`](crate::Tensor::exp_), [`log_`](crate::Tensor::log_), [`neg_`](crate::Tensor::neg_), [`abs_`](crate::Tensor::abs_), [`pow_scalar_`](crate::Tensor::pow_scalar_), [`pow_tensor_`](crate::Tensor::pow_tensor_), [`masked_fill_scalar_`](crate::Tensor::masked_fill_scalar_), [`masked_fill_tensor_`](crate::Tensor::masked_fill_tensor_), [`uniform_`](crate::Tensor::uniform_), [`amp_foreach_non_finite_check_and_unscale_`](crate::Tensor::amp_foreach_non_finite_check_and_unscale_), [`amp_update_scale_`](crate::Tensor::amp_update_scale_).
///
/// ```
/// use torch_sffi::Tensor;
/// let mut w = Tensor::from_data(&[1.0, 2.0], &[2])?;
/// let g = Tensor::from_data(&[0.25, 0.5], &[2])?;
/// w.add_(&g, -2.0)?; // w -= 2 * g, in place
/// assert_eq!(w.data_f64()?, vec![0.5, 1.0]);
/// w.zero_()?;
/// assert_eq!(w.sum()?, 0.0);
/// # Ok::<(), torch_sffi::TorchError>(())
/// ```
pub mod training {}
