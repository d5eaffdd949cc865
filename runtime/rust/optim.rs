//! Optimizers as torch.optim's, step for step: [`Sgd`] (momentum, dampening, Nesterov, weight
//! decay), [`Adam`] and [`AdamW`] (AMSGrad, L2 or decoupled weight decay), [`RmsProp`]
//! (centered, momentum), [`Adagrad`] (lr decay, initial accumulator), [`Adadelta`], [`Adamax`],
//! [`NAdam`] and [`RAdam`] (L2 or decoupled weight decay), [`Asgd`] and [`Rprop`]; each with
//! `maximize`. Each update runs the same tensor operations in the same order as PyTorch's
//! single-tensor implementation (what PyTorch uses on the CPU), with PyTorch's float32
//! roundings of the scalar state (NAdam's mu_product, ASGD's eta and mu), so the parameters end
//! bit-identical to torch.optim's. The six later ones check their options as torch.optim's
//! constructors do (a [`TorchError`] of kind value, with PyTorch's message).
//!
//! Catalogue entries: rt_torch_autograd_grad rt_torch_autograd_set_grad rt_torch_autograd_detach
//! rt_torch_autograd_backward rt_torch_torchtensor_add_ rt_torch_torchtensor_add_tensor
//! rt_torch_torchtensor_mul_scalar_ rt_torch_torchtensor_lerp_ rt_torch_torchtensor_addcmul_
//! rt_torch_torchtensor_addcdiv_ rt_torch_torchtensor_sqrt rt_torch_torchtensor_div_scalar
//! rt_torch_torchtensor_add_scalar_ rt_torch_torchtensor_zeros_like rt_torch_torchtensor_maximum
//! rt_torch_torchtensor_copy_ rt_torch_torchtensor_clone_v2 rt_torch_autograd_no_grad_begin_v2
//! rt_torch_autograd_no_grad_end_v2 rt_torch_tensor_empty_v2 rt_torch_torchtensor_uniform_
//! rt_torch_autograd_set_requires_grad rt_torch_nn_linear_v2 rt_torch_nn_conv2d
//! rt_torch_torchtensor_slice rt_torch_torchtensor_addcmul rt_torch_torchtensor_sqrt_
//! rt_torch_torchtensor_full_like rt_torch_autograd_zero_grad rt_torch_torchtensor_neg
//! rt_torch_torchtensor_add_scalar rt_torch_torchtensor_div_tensor_ rt_torch_torchtensor_mul_
//! rt_torch_torchtensor_abs rt_torch_torchtensor_mul_scalar_v2 rt_torch_torchtensor_mul_tensor
//! rt_torch_torchtensor_reciprocal rt_torch_torchtensor_sub_tensor rt_torch_torchtensor_sign
//! rt_torch_torchtensor_gt_scalar rt_torch_torchtensor_lt_scalar rt_torch_torchtensor_eq_scalar
//! rt_torch_torchtensor_masked_fill_scalar_ rt_torch_torchtensor_clamp_
//!
//! ```
//! use torch_sffi::nn::{Linear, Module, VarStore};
//! use torch_sffi::optim::{Optimizer, Sgd};
//! use torch_sffi::{manual_seed, Tensor};
//! manual_seed(0)?;
//! let vs = VarStore::new();
//! let model = Linear::new(&vs, "fc", 1, 1)?;
//! let mut opt = Sgd::new(&vs, 0.1).momentum(0.9);
//! let xs = Tensor::from_slice(&[1.0f32, 2.0, 3.0]).reshape(&[3, 1])?;
//! let ys = &xs * 2.0 + 1.0;
//! let first = (model.forward(&xs) - &ys).square()?.mean_all()?;
//! for _ in 0..50 {
//!     let loss = (model.forward(&xs) - &ys).square()?.mean_all()?;
//!     opt.backward_step(&loss)?;
//! }
//! let last = (model.forward(&xs) - &ys).square()?.mean_all()?;
//! assert!(f32::try_from(&last)? < f32::try_from(&first)?);
//! # Ok::<(), torch_sffi::TorchError>(())
//! ```

use std::sync::Arc;

use crate::autograd::no_grad;
use crate::ffi;
use crate::layers::{py_float, VarStore};
use crate::{Tensor, TorchError};

/// What every optimizer does: zero the gradients, take a step, or both around a backward pass.
pub trait Optimizer {
    /// The parameters it updates.
    fn parameters(&self) -> &[Arc<Tensor>];

    /// One update of every parameter that has a gradient (torch.optim's `step()`).
    fn step(&mut self) -> Result<(), TorchError>;

    /// Removes every parameter's gradient (torch.optim's `zero_grad()`, set_to_none=True).
    fn zero_grad(&mut self) -> Result<(), TorchError> {
        for parameter in self.parameters() {
            remove_grad(parameter)?;
        }
        Ok(())
    }

    /// torch.optim's `zero_grad(set_to_none)`: removes the gradients (true, as
    /// [`Optimizer::zero_grad`]) or fills them with zeros (false, tch-rs's `zero_grad`).
    fn zero_grad_set_to_none(&mut self, set_to_none: bool) -> Result<(), TorchError> {
        if set_to_none {
            return self.zero_grad();
        }
        for parameter in self.parameters() {
            // SAFETY: no pointers cross; the handle is live (the Arc owns it), and the bridge
            // zeroes a gradient (when there is one) under its lock.
            unsafe { ffi::rt_torch_autograd_zero_grad(parameter.handle) };
            crate::error::check_void()?;
        }
        Ok(())
    }

    /// The learning rate (of its one parameter group).
    fn lr(&self) -> f64;

    /// Sets the learning rate, as a schedule sets `param_group["lr"]`.
    fn set_lr(&mut self, lr: f64);

    /// `zero_grad()`, `loss.backward()`, `step()`: tch-rs's `backward_step`.
    fn backward_step(&mut self, loss: &Tensor) -> Result<(), TorchError> {
        self.zero_grad()?;
        loss.backward()?;
        self.step()
    }
}

/// Removes a parameter's gradient. The layers hold the same parameter (an [`Arc`]), so there is
/// no `&mut Tensor` to call [`Tensor::set_grad`] with.
fn remove_grad(parameter: &Tensor) -> Result<(), TorchError> {
    // SAFETY: no pointers cross; the handle is live (the Arc owns it), and the bridge replaces a
    // gradient under its lock, so the call is safe on a tensor other values also refer to (the
    // alias rule of `Tensor`'s documentation).
    unsafe { ffi::rt_torch_autograd_set_grad(parameter.handle, 0) };
    crate::error::check_void()
}

/// A parameter's gradient for an update, negated under `maximize` (None: no gradient, the
/// parameter is skipped, as in PyTorch).
fn gradient(parameter: &Tensor, maximize: bool) -> Result<Option<Tensor>, TorchError> {
    match parameter.grad()? {
        Some(grad) if maximize => grad.neg().map(Some),
        grad => Ok(grad),
    }
}

/// A parameter as an optimizer holds it: the tensor (its gradient is read from it) and a second
/// handle to its memory, cut from autograd, that the update changes in place under no_grad, as
/// PyTorch's optimizers change `param`.
struct Slot {
    parameter: Arc<Tensor>,
    data: Tensor,
}

fn slots(vs: &VarStore) -> Result<(Vec<Arc<Tensor>>, Vec<Slot>), TorchError> {
    let parameters = vs.trainable_variables();
    let slots = parameters
        .iter()
        .map(|p| Ok(Slot { parameter: Arc::clone(p), data: p.detach()? }))
        .collect::<Result<Vec<_>, TorchError>>()?;
    Ok((parameters, slots))
}

/// `grad.add(param, alpha=weight_decay)`: L2 weight decay joins a new gradient.
fn decayed(grad: Tensor, data: &Tensor, weight_decay: f64) -> Result<Tensor, TorchError> {
    if weight_decay == 0.0 {
        Ok(grad)
    } else {
        grad.add_tensor(data, weight_decay)
    }
}

/// Stochastic gradient descent (torch.optim.SGD): with momentum μ, dampening τ and
/// weight decay λ, per parameter: g += λp; b = g at first, then b = μb + (1 - τ)g;
/// g = g + μb with Nesterov, else b; p -= lr·g.
pub struct Sgd {
    parameters: Vec<Arc<Tensor>>,
    slots: Vec<Slot>,
    buffers: Vec<Option<Tensor>>,
    /// The learning rate.
    pub lr: f64,
    maximize: bool,
    momentum: f64,
    dampening: f64,
    weight_decay: f64,
    nesterov: bool,
}

impl Sgd {
    /// SGD over every parameter of `vs` (those registered so far), without momentum.
    ///
    /// # Panics
    /// When a parameter cannot be read (a bridge failure).
    #[must_use]
    #[track_caller]
    pub fn new(vs: &VarStore, lr: f64) -> Sgd {
        let (parameters, slots) =
            slots(vs).unwrap_or_else(|error| panic!("Sgd::new failed: {error}"));
        let buffers = slots.iter().map(|_| None).collect();
        Sgd {
            parameters,
            slots,
            buffers,
            lr,
            maximize: false,
            momentum: 0.0,
            dampening: 0.0,
            weight_decay: 0.0,
            nesterov: false,
        }
    }

    /// With momentum (PyTorch's default 0).
    #[must_use]
    pub fn momentum(mut self, momentum: f64) -> Sgd {
        self.momentum = momentum;
        self
    }

    /// With dampening (PyTorch's default 0).
    #[must_use]
    pub fn dampening(mut self, dampening: f64) -> Sgd {
        self.dampening = dampening;
        self
    }

    /// With L2 weight decay (PyTorch's default 0).
    #[must_use]
    pub fn weight_decay(mut self, weight_decay: f64) -> Sgd {
        self.weight_decay = weight_decay;
        self
    }

    /// With Nesterov momentum (PyTorch's default false).
    #[must_use]
    pub fn nesterov(mut self, nesterov: bool) -> Sgd {
        self.nesterov = nesterov;
        self
    }

    /// Maximizes the objective instead (PyTorch's `maximize`, default false): the update
    /// follows the negated gradient.
    #[must_use]
    pub fn maximize(mut self, maximize: bool) -> Sgd {
        self.maximize = maximize;
        self
    }
}

impl Optimizer for Sgd {
    fn parameters(&self) -> &[Arc<Tensor>] {
        &self.parameters
    }

    fn lr(&self) -> f64 {
        self.lr
    }

    fn set_lr(&mut self, lr: f64) {
        self.lr = lr;
    }

    fn step(&mut self) -> Result<(), TorchError> {
        let _guard = no_grad()?;
        for (slot, buffer) in self.slots.iter_mut().zip(&mut self.buffers) {
            let Some(grad) = gradient(&slot.parameter, self.maximize)? else { continue };
            let grad = decayed(grad, &slot.data, self.weight_decay)?;
            if self.momentum == 0.0 {
                slot.data.add_(&grad, -self.lr)?;
                continue;
            }
            let buf = match buffer {
                None => buffer.insert(grad.clone_v2(None)?),
                Some(buf) => {
                    buf.mul_scalar_(self.momentum)?;
                    buf.add_(&grad, 1.0 - self.dampening)?;
                    buf
                }
            };
            if self.nesterov {
                slot.data.add_(&grad.add_tensor(buf, self.momentum)?, -self.lr)?;
            } else {
                slot.data.add_(buf, -self.lr)?;
            }
        }
        Ok(())
    }
}

/// Adam (torch.optim.Adam), and AdamW through [`AdamW`]: per parameter, with step t,
/// m = lerp(m, g, 1 - β1), v = β2·v + (1 - β2)·g², v̂ = max(v̂, v) with AMSGrad;
/// p -= lr / (1 - β1^t) · m / (sqrt(v) / sqrt(1 - β2^t) + ε).
pub struct Adam {
    parameters: Vec<Arc<Tensor>>,
    slots: Vec<Slot>,
    state: Vec<Option<AdamState>>,
    /// The learning rate.
    pub lr: f64,
    maximize: bool,
    betas: (f64, f64),
    eps: f64,
    weight_decay: f64,
    decoupled: bool,
    amsgrad: bool,
}

struct AdamState {
    step: f64,
    exp_avg: Tensor,
    exp_avg_sq: Tensor,
    max_exp_avg_sq: Option<Tensor>,
}

/// AdamW (torch.optim.AdamW): Adam with decoupled weight decay, 0.01 by default.
pub struct AdamW;

impl AdamW {
    /// AdamW over every parameter of `vs`: [`Adam::new`] with decoupled weight decay 0.01.
    #[must_use]
    #[track_caller]
    #[allow(clippy::new_ret_no_self)]
    pub fn new(vs: &VarStore, lr: f64) -> Adam {
        let mut adam = Adam::new(vs, lr).weight_decay(0.01);
        adam.decoupled = true;
        adam
    }
}

impl Adam {
    /// Adam over every parameter of `vs` (those registered so far), with PyTorch's defaults:
    /// betas (0.9, 0.999), eps 1e-8, no weight decay, no AMSGrad.
    ///
    /// # Panics
    /// When a parameter cannot be read (a bridge failure).
    #[must_use]
    #[track_caller]
    pub fn new(vs: &VarStore, lr: f64) -> Adam {
        let (parameters, slots) =
            slots(vs).unwrap_or_else(|error| panic!("Adam::new failed: {error}"));
        let state = slots.iter().map(|_| None).collect();
        Adam {
            parameters,
            slots,
            state,
            lr,
            maximize: false,
            betas: (0.9, 0.999),
            eps: 1e-8,
            weight_decay: 0.0,
            decoupled: false,
            amsgrad: false,
        }
    }

    /// With other betas.
    #[must_use]
    pub fn betas(mut self, beta1: f64, beta2: f64) -> Adam {
        self.betas = (beta1, beta2);
        self
    }

    /// With another eps.
    #[must_use]
    pub fn eps(mut self, eps: f64) -> Adam {
        self.eps = eps;
        self
    }

    /// With weight decay (L2 for Adam, decoupled for AdamW).
    #[must_use]
    pub fn weight_decay(mut self, weight_decay: f64) -> Adam {
        self.weight_decay = weight_decay;
        self
    }

    /// With AMSGrad.
    #[must_use]
    pub fn amsgrad(mut self, amsgrad: bool) -> Adam {
        self.amsgrad = amsgrad;
        self
    }

    /// Maximizes the objective instead (PyTorch's `maximize`, default false): the update
    /// follows the negated gradient.
    #[must_use]
    pub fn maximize(mut self, maximize: bool) -> Adam {
        self.maximize = maximize;
        self
    }
}

impl Optimizer for Adam {
    fn parameters(&self) -> &[Arc<Tensor>] {
        &self.parameters
    }

    fn lr(&self) -> f64 {
        self.lr
    }

    fn set_lr(&mut self, lr: f64) {
        self.lr = lr;
    }

    fn step(&mut self) -> Result<(), TorchError> {
        let _guard = no_grad()?;
        let (beta1, beta2) = self.betas;
        for (slot, state) in self.slots.iter_mut().zip(&mut self.state) {
            let Some(grad) = gradient(&slot.parameter, self.maximize)? else { continue };
            if state.is_none() {
                let zeros = || slot.data.zeros_like(None, None, None);
                let max_exp_avg_sq = if self.amsgrad { Some(zeros()?) } else { None };
                *state = Some(AdamState {
                    step: 0.0,
                    exp_avg: zeros()?,
                    exp_avg_sq: zeros()?,
                    max_exp_avg_sq,
                });
            }
            let Some(s) = state.as_mut() else { continue };
            s.step += 1.0;
            let grad = if self.decoupled {
                if self.weight_decay != 0.0 {
                    slot.data.mul_scalar_(1.0 - self.lr * self.weight_decay)?;
                }
                grad
            } else {
                decayed(grad, &slot.data, self.weight_decay)?
            };
            s.exp_avg.lerp_(&grad, 1.0 - beta1)?;
            s.exp_avg_sq.mul_scalar_(beta2)?;
            s.exp_avg_sq.addcmul_(&grad, &grad, 1.0 - beta2)?;
            // Python's float arithmetic: `**` is pow, `** 0.5` too (not sqrt).
            let bias_correction1 = 1.0 - beta1.powf(s.step);
            let bias_correction2 = 1.0 - beta2.powf(s.step);
            let step_size = self.lr / bias_correction1;
            let bias_correction2_sqrt = bias_correction2.powf(0.5);
            let second = match s.max_exp_avg_sq.as_mut() {
                Some(max) => {
                    let larger = max.maximum(&s.exp_avg_sq)?;
                    max.copy_(&larger)?;
                    &*max
                }
                None => &s.exp_avg_sq,
            };
            let mut denom = second.sqrt()?.div_scalar(bias_correction2_sqrt)?;
            denom.add_scalar_(self.eps)?;
            slot.data.addcdiv_(&s.exp_avg, &denom, -step_size)?;
        }
        Ok(())
    }
}

/// RMSprop (torch.optim.RMSprop): per parameter, v = α·v + (1 - α)·g²; with `centered`,
/// m = lerp(m, g, 1 - α) and the denominator is sqrt(v - m²) + ε, else sqrt(v) + ε; with
/// momentum μ, b = μb + g / denominator and p -= lr·b, else p -= lr·g / denominator.
pub struct RmsProp {
    parameters: Vec<Arc<Tensor>>,
    slots: Vec<Slot>,
    state: Vec<Option<RmsState>>,
    /// The learning rate.
    pub lr: f64,
    maximize: bool,
    alpha: f64,
    eps: f64,
    weight_decay: f64,
    momentum: f64,
    centered: bool,
}

struct RmsState {
    square_avg: Tensor,
    momentum_buffer: Option<Tensor>,
    grad_avg: Option<Tensor>,
}

impl RmsProp {
    /// RMSprop over every parameter of `vs`, with PyTorch's defaults: alpha 0.99, eps 1e-8,
    /// no weight decay, no momentum, not centered (torch.optim.RMSprop's lr default is 0.01).
    ///
    /// # Panics
    /// When a parameter cannot be read (a bridge failure).
    #[must_use]
    #[track_caller]
    pub fn new(vs: &VarStore, lr: f64) -> RmsProp {
        let (parameters, slots) =
            slots(vs).unwrap_or_else(|error| panic!("RmsProp::new failed: {error}"));
        let state = slots.iter().map(|_| None).collect();
        RmsProp {
            parameters,
            slots,
            state,
            lr,
            maximize: false,
            alpha: 0.99,
            eps: 1e-8,
            weight_decay: 0.0,
            momentum: 0.0,
            centered: false,
        }
    }

    /// With another smoothing constant.
    #[must_use]
    pub fn alpha(mut self, alpha: f64) -> RmsProp {
        self.alpha = alpha;
        self
    }

    /// With another eps.
    #[must_use]
    pub fn eps(mut self, eps: f64) -> RmsProp {
        self.eps = eps;
        self
    }

    /// With L2 weight decay.
    #[must_use]
    pub fn weight_decay(mut self, weight_decay: f64) -> RmsProp {
        self.weight_decay = weight_decay;
        self
    }

    /// With momentum.
    #[must_use]
    pub fn momentum(mut self, momentum: f64) -> RmsProp {
        self.momentum = momentum;
        self
    }

    /// Centered: normalised by an estimate of the gradient's variance.
    #[must_use]
    pub fn centered(mut self, centered: bool) -> RmsProp {
        self.centered = centered;
        self
    }

    /// Maximizes the objective instead (PyTorch's `maximize`, default false): the update
    /// follows the negated gradient.
    #[must_use]
    pub fn maximize(mut self, maximize: bool) -> RmsProp {
        self.maximize = maximize;
        self
    }
}

impl Optimizer for RmsProp {
    fn parameters(&self) -> &[Arc<Tensor>] {
        &self.parameters
    }

    fn lr(&self) -> f64 {
        self.lr
    }

    fn set_lr(&mut self, lr: f64) {
        self.lr = lr;
    }

    fn step(&mut self) -> Result<(), TorchError> {
        let _guard = no_grad()?;
        for (slot, state) in self.slots.iter_mut().zip(&mut self.state) {
            let Some(grad) = gradient(&slot.parameter, self.maximize)? else { continue };
            let s = match state {
                Some(s) => s,
                None => {
                    let zeros = || slot.data.zeros_like(None, None, None);
                    state.insert(RmsState {
                        square_avg: zeros()?,
                        momentum_buffer: if self.momentum > 0.0 { Some(zeros()?) } else { None },
                        grad_avg: if self.centered { Some(zeros()?) } else { None },
                    })
                }
            };
            let grad = decayed(grad, &slot.data, self.weight_decay)?;
            s.square_avg.mul_scalar_(self.alpha)?;
            s.square_avg.addcmul_(&grad, &grad, 1.0 - self.alpha)?;
            let mut avg = match s.grad_avg.as_mut() {
                Some(grad_avg) => {
                    grad_avg.lerp_(&grad, 1.0 - self.alpha)?;
                    let mut avg = s.square_avg.addcmul(grad_avg, grad_avg, -1)?;
                    avg.sqrt_()?;
                    avg
                }
                None => s.square_avg.sqrt()?,
            };
            avg.add_scalar_(self.eps)?;
            match s.momentum_buffer.as_mut() {
                Some(buf) => {
                    buf.mul_scalar_(self.momentum)?;
                    buf.addcdiv_(&grad, &avg, 1.0)?;
                    slot.data.add_(buf, -self.lr)?;
                }
                None => slot.data.addcdiv_(&grad, &avg, -self.lr)?,
            }
        }
        Ok(())
    }
}

/// Adagrad (torch.optim.Adagrad): per parameter, with step t, s += g² and
/// p -= lr / (1 + (t - 1)·lr_decay) · g / (sqrt(s) + ε).
pub struct Adagrad {
    parameters: Vec<Arc<Tensor>>,
    slots: Vec<Slot>,
    sums: Vec<Tensor>,
    steps: Vec<f64>,
    /// The learning rate.
    pub lr: f64,
    maximize: bool,
    lr_decay: f64,
    weight_decay: f64,
    eps: f64,
}

impl Adagrad {
    /// Adagrad over every parameter of `vs`, with PyTorch's defaults: no lr decay, no weight
    /// decay, an initial accumulator of 0, eps 1e-10. The accumulators are made here, as
    /// PyTorch makes them in the constructor.
    ///
    /// # Panics
    /// When a parameter cannot be read (a bridge failure).
    #[must_use]
    #[track_caller]
    pub fn new(vs: &VarStore, lr: f64) -> Adagrad {
        Adagrad::with_accumulator(vs, lr, 0.0)
    }

    /// [`Adagrad::new`] with another initial accumulator value.
    ///
    /// # Panics
    /// When a parameter cannot be read (a bridge failure).
    #[must_use]
    #[track_caller]
    pub fn with_accumulator(vs: &VarStore, lr: f64, initial_accumulator_value: f64) -> Adagrad {
        let made = slots(vs).and_then(|(parameters, slots)| {
            let sums = slots
                .iter()
                .map(|s| s.data.full_like(initial_accumulator_value, None, None, None))
                .collect::<Result<Vec<_>, TorchError>>()?;
            Ok((parameters, slots, sums))
        });
        let (parameters, slots, sums) =
            made.unwrap_or_else(|error| panic!("Adagrad::new failed: {error}"));
        let steps = vec![0.0; slots.len()];
        Adagrad {
            parameters,
            slots,
            sums,
            steps,
            lr,
            maximize: false,
            lr_decay: 0.0,
            weight_decay: 0.0,
            eps: 1e-10,
        }
    }

    /// With a learning-rate decay.
    #[must_use]
    pub fn lr_decay(mut self, lr_decay: f64) -> Adagrad {
        self.lr_decay = lr_decay;
        self
    }

    /// With L2 weight decay.
    #[must_use]
    pub fn weight_decay(mut self, weight_decay: f64) -> Adagrad {
        self.weight_decay = weight_decay;
        self
    }

    /// With another eps.
    #[must_use]
    pub fn eps(mut self, eps: f64) -> Adagrad {
        self.eps = eps;
        self
    }

    /// Maximizes the objective instead (PyTorch's `maximize`, default false): the update
    /// follows the negated gradient.
    #[must_use]
    pub fn maximize(mut self, maximize: bool) -> Adagrad {
        self.maximize = maximize;
        self
    }
}

impl Optimizer for Adagrad {
    fn parameters(&self) -> &[Arc<Tensor>] {
        &self.parameters
    }

    fn lr(&self) -> f64 {
        self.lr
    }

    fn set_lr(&mut self, lr: f64) {
        self.lr = lr;
    }

    fn step(&mut self) -> Result<(), TorchError> {
        let _guard = no_grad()?;
        for ((slot, sum), step) in self.slots.iter_mut().zip(&mut self.sums).zip(&mut self.steps) {
            let Some(grad) = gradient(&slot.parameter, self.maximize)? else { continue };
            *step += 1.0;
            let grad = decayed(grad, &slot.data, self.weight_decay)?;
            let clr = self.lr / (1.0 + (*step - 1.0) * self.lr_decay);
            sum.addcmul_(&grad, &grad, 1.0)?;
            let mut std = sum.sqrt()?;
            std.add_scalar_(self.eps)?;
            slot.data.addcdiv_(&grad, &std, -clr)?;
        }
        Ok(())
    }
}

// ------------------------------------------------------------------ the other six optimizers
//
// Their constructors and option setters check values as torch.optim's constructors do, with
// its messages (a TorchError of kind value): the setters return a Result, so a chain reads
// `Adamax::new(&vs, 2e-3)?.betas(0.9, 0.99)?.maximize(true)`.

/// PyTorch's rejection of a bad option value.
fn invalid(message: String) -> TorchError {
    TorchError::argument(message)
}

fn check_lr(lr: f64) -> Result<(), TorchError> {
    if 0.0 <= lr {
        Ok(())
    } else {
        Err(invalid(format!("Invalid learning rate: {}", py_float(lr))))
    }
}

/// PyTorch's "Invalid <what> value: <value>" for an option that must be >= 0.
fn check_nonnegative(what: &str, value: f64) -> Result<(), TorchError> {
    if 0.0 <= value {
        Ok(())
    } else {
        Err(invalid(format!("Invalid {what} value: {}", py_float(value))))
    }
}

fn check_betas(beta1: f64, beta2: f64) -> Result<(), TorchError> {
    for (i, beta) in [beta1, beta2].into_iter().enumerate() {
        if !(0.0..1.0).contains(&beta) {
            return Err(invalid(format!(
                "Invalid beta parameter at index {i}: {}",
                py_float(beta)
            )));
        }
    }
    Ok(())
}

/// The parameters of a new optimizer: torch.optim refuses an empty list.
fn checked_slots(vs: &VarStore) -> Result<(Vec<Arc<Tensor>>, Vec<Slot>), TorchError> {
    let (parameters, slots) = slots(vs)?;
    if parameters.is_empty() {
        return Err(invalid("optimizer got an empty parameter list".to_string()));
    }
    Ok((parameters, slots))
}

/// `avg_sq.mul_(beta).addcmul_(grad, grad, value=1 - beta)`.
fn ema_sq(avg_sq: &mut Tensor, grad: &Tensor, beta: f64) -> Result<(), TorchError> {
    avg_sq.mul_scalar_(beta)?;
    avg_sq.addcmul_(grad, grad, 1.0 - beta)
}

/// x rounded to float32, as storing it into a float32 tensor rounds it (PyTorch keeps ASGD's
/// eta and mu and NAdam's mu_product in 0-dim float32 tensors).
#[allow(clippy::cast_possible_truncation)]
fn f32_round(x: f64) -> f64 {
    f64::from(x as f32)
}

/// The learning-rate accessors and the `Optimizer` impl's shared head.
macro_rules! optimizer_common {
    ($name:ident) => {
        impl $name {
            /// Maximizes the objective instead (PyTorch's `maximize`, default false): the
            /// update follows the negated gradient.
            #[must_use]
            pub fn maximize(mut self, maximize: bool) -> $name {
                self.maximize = maximize;
                self
            }

            /// With weight decay (PyTorch's default 0): L2, added to the gradient, or
            /// decoupled where the optimizer has `decoupled_weight_decay(true)`.
            pub fn weight_decay(mut self, weight_decay: f64) -> Result<$name, TorchError> {
                check_nonnegative("weight_decay", weight_decay)?;
                self.weight_decay = weight_decay;
                Ok(self)
            }
        }
    };
}

/// The `Optimizer` impl of an optimizer whose `update` takes one parameter's data, gradient and
/// state.
macro_rules! optimizer_impl {
    ($name:ident) => {
        impl Optimizer for $name {
            fn parameters(&self) -> &[Arc<Tensor>] {
                &self.parameters
            }

            fn lr(&self) -> f64 {
                self.lr
            }

            fn set_lr(&mut self, lr: f64) {
                self.lr = lr;
            }

            fn step(&mut self) -> Result<(), TorchError> {
                let _guard = no_grad()?;
                // Taken out for the loop, so that `update` can read the options in `self`.
                let mut slots = std::mem::take(&mut self.slots);
                let mut state = std::mem::take(&mut self.state);
                let result = slots.iter_mut().zip(&mut state).try_for_each(|(slot, s)| {
                    match gradient(&slot.parameter, self.maximize)? {
                        Some(grad) => self.update(&mut slot.data, grad, s),
                        None => Ok(()),
                    }
                });
                self.slots = slots;
                self.state = state;
                result
            }
        }
    };
}

/// Adadelta (torch.optim.Adadelta): per parameter, g += λp; v = ρv + (1 - ρ)g²;
/// δ = sqrt(u + ε) / sqrt(v + ε) · g; u = ρu + (1 - ρ)δ²; p -= lr·δ.
///
/// ```
/// use torch_sffi::nn::{Linear, VarStore};
/// use torch_sffi::optim::{Adadelta, Optimizer};
/// let vs = VarStore::new();
/// let _fc = Linear::new(&vs, "fc", 2, 1)?;
/// let opt = Adadelta::new(&vs, Adadelta::DEFAULT_LR)?.rho(0.95)?.weight_decay(1e-4)?;
/// assert_eq!(opt.lr(), 1.0);
/// let error = Adadelta::new(&vs, 1.0)?.rho(1.5).err().unwrap();
/// assert_eq!(error.message(), "Invalid rho value: 1.5");
/// # Ok::<(), torch_sffi::TorchError>(())
/// ```
pub struct Adadelta {
    parameters: Vec<Arc<Tensor>>,
    slots: Vec<Slot>,
    state: Vec<Option<(Tensor, Tensor)>>, // square_avg, acc_delta
    lr: f64,
    maximize: bool,
    rho: f64,
    eps: f64,
    weight_decay: f64,
}

impl Adadelta {
    /// torch.optim.Adadelta's default learning rate.
    pub const DEFAULT_LR: f64 = 1.0;

    /// Adadelta over every trainable parameter of `vs`, with PyTorch's defaults: rho 0.9,
    /// eps 1e-6, no weight decay.
    pub fn new(vs: &VarStore, lr: f64) -> Result<Adadelta, TorchError> {
        check_lr(lr)?;
        let (parameters, slots) = checked_slots(vs)?;
        let state = slots.iter().map(|_| None).collect();
        Ok(Adadelta {
            parameters,
            slots,
            state,
            lr,
            maximize: false,
            rho: 0.9,
            eps: 1e-6,
            weight_decay: 0.0,
        })
    }

    /// With another decay rate, in \[0, 1\].
    pub fn rho(mut self, rho: f64) -> Result<Adadelta, TorchError> {
        if !(0.0..=1.0).contains(&rho) {
            return Err(invalid(format!("Invalid rho value: {}", py_float(rho))));
        }
        self.rho = rho;
        Ok(self)
    }

    /// With another eps.
    pub fn eps(mut self, eps: f64) -> Result<Adadelta, TorchError> {
        check_nonnegative("epsilon", eps)?;
        self.eps = eps;
        Ok(self)
    }

    fn update(
        &self,
        data: &mut Tensor,
        grad: Tensor,
        state: &mut Option<(Tensor, Tensor)>,
    ) -> Result<(), TorchError> {
        let (square_avg, acc_delta) = match state {
            Some(s) => s,
            None => state
                .insert((data.zeros_like(None, None, None)?, data.zeros_like(None, None, None)?)),
        };
        let grad = decayed(grad, data, self.weight_decay)?;
        ema_sq(square_avg, &grad, self.rho)?;
        let mut std = square_avg.add_scalar(self.eps)?;
        std.sqrt_()?;
        let mut delta = acc_delta.add_scalar(self.eps)?;
        delta.sqrt_()?;
        delta.div_tensor_(&std)?;
        delta.mul_(&grad)?;
        ema_sq(acc_delta, &delta, self.rho)?;
        data.add_(&delta, -self.lr)
    }
}

optimizer_common!(Adadelta);
optimizer_impl!(Adadelta);

/// Adamax (torch.optim.Adamax), Adam with the infinity norm: per parameter, with step t,
/// g += λp; m = lerp(m, g, 1 - β1); u = max(β2·u, |g| + ε); p -= lr / (1 - β1^t) · m / u.
pub struct Adamax {
    parameters: Vec<Arc<Tensor>>,
    slots: Vec<Slot>,
    state: Vec<Option<(f64, Tensor, Tensor)>>, // step, exp_avg, exp_inf
    lr: f64,
    maximize: bool,
    betas: (f64, f64),
    eps: f64,
    weight_decay: f64,
}

impl Adamax {
    /// torch.optim.Adamax's default learning rate.
    pub const DEFAULT_LR: f64 = 2e-3;

    /// Adamax over every trainable parameter of `vs`, with PyTorch's defaults: betas
    /// (0.9, 0.999), eps 1e-8, no weight decay.
    pub fn new(vs: &VarStore, lr: f64) -> Result<Adamax, TorchError> {
        check_lr(lr)?;
        let (parameters, slots) = checked_slots(vs)?;
        let state = slots.iter().map(|_| None).collect();
        Ok(Adamax {
            parameters,
            slots,
            state,
            lr,
            maximize: false,
            betas: (0.9, 0.999),
            eps: 1e-8,
            weight_decay: 0.0,
        })
    }

    /// With other betas, each in \[0, 1).
    pub fn betas(mut self, beta1: f64, beta2: f64) -> Result<Adamax, TorchError> {
        check_betas(beta1, beta2)?;
        self.betas = (beta1, beta2);
        Ok(self)
    }

    /// With another eps.
    pub fn eps(mut self, eps: f64) -> Result<Adamax, TorchError> {
        check_nonnegative("epsilon", eps)?;
        self.eps = eps;
        Ok(self)
    }

    fn update(
        &self,
        data: &mut Tensor,
        grad: Tensor,
        state: &mut Option<(f64, Tensor, Tensor)>,
    ) -> Result<(), TorchError> {
        let (beta1, beta2) = self.betas;
        let (step, exp_avg, exp_inf) = match state {
            Some(s) => s,
            None => state.insert((
                0.0,
                data.zeros_like(None, None, None)?,
                data.zeros_like(None, None, None)?,
            )),
        };
        *step += 1.0;
        let grad = decayed(grad, data, self.weight_decay)?;
        exp_avg.lerp_(&grad, 1.0 - beta1)?;
        exp_inf.mul_scalar_(beta2)?;
        let mut norm = grad.abs()?;
        norm.add_scalar_(self.eps)?;
        let larger = exp_inf.maximum(&norm)?; // torch.maximum(..., out=exp_inf)
        exp_inf.copy_(&larger)?;
        let clr = self.lr / (1.0 - beta1.powf(*step));
        data.addcdiv_(exp_avg, exp_inf, -clr)
    }
}

optimizer_common!(Adamax);
optimizer_impl!(Adamax);

/// The moments of Adam, shared by [`NAdam`] and [`RAdam`]: step, m, v.
type Moments = (f64, Tensor, Tensor);

/// What NAdam and RAdam do first, in torch.optim's order: the step advanced, weight decay
/// (decoupled: p *= 1 - lr·λ; else g += λp), m = lerp(m, g, 1 - β1), v = β2·v + (1 - β2)·g².
/// Returns the gradient used.
#[allow(clippy::too_many_arguments)]
fn adam_moments(
    data: &mut Tensor,
    grad: Tensor,
    moments: &mut Moments,
    lr: f64,
    betas: (f64, f64),
    weight_decay: f64,
    decoupled: bool,
) -> Result<Tensor, TorchError> {
    moments.0 += 1.0;
    let grad = if decoupled {
        if weight_decay != 0.0 {
            data.mul_scalar_(1.0 - lr * weight_decay)?;
        }
        grad
    } else {
        decayed(grad, data, weight_decay)?
    };
    moments.1.lerp_(&grad, 1.0 - betas.0)?;
    ema_sq(&mut moments.2, &grad, betas.1)?;
    Ok(grad)
}

fn new_moments(data: &Tensor) -> Result<Moments, TorchError> {
    Ok((0.0, data.zeros_like(None, None, None)?, data.zeros_like(None, None, None)?))
}

/// NAdam (torch.optim.NAdam), Adam with Nesterov momentum: per parameter, with step t,
/// μ_t = β1(1 - ½·0.96^(tψ)) (ψ the momentum decay), Π = Π·μ_t (in float32, as PyTorch's
/// 0-dim float32 state), denom = sqrt(v / (1 - β2^t)) + ε,
/// p -= lr(1 - μ_t)/(1 - Π) · g / denom + lr·μ_{t+1}/(1 - Π·μ_{t+1}) · m / denom.
pub struct NAdam {
    parameters: Vec<Arc<Tensor>>,
    slots: Vec<Slot>,
    state: Vec<Option<(Moments, f64)>>, // moments, mu_product
    lr: f64,
    maximize: bool,
    betas: (f64, f64),
    eps: f64,
    weight_decay: f64,
    momentum_decay: f64,
    decoupled_weight_decay: bool,
}

impl NAdam {
    /// torch.optim.NAdam's default learning rate.
    pub const DEFAULT_LR: f64 = 2e-3;

    /// NAdam over every trainable parameter of `vs`, with PyTorch's defaults: betas
    /// (0.9, 0.999), eps 1e-8, no weight decay, momentum decay 4e-3, L2 (not decoupled)
    /// weight decay.
    pub fn new(vs: &VarStore, lr: f64) -> Result<NAdam, TorchError> {
        check_lr(lr)?;
        let (parameters, slots) = checked_slots(vs)?;
        let state = slots.iter().map(|_| None).collect();
        Ok(NAdam {
            parameters,
            slots,
            state,
            lr,
            maximize: false,
            betas: (0.9, 0.999),
            eps: 1e-8,
            weight_decay: 0.0,
            momentum_decay: 4e-3,
            decoupled_weight_decay: false,
        })
    }

    /// With other betas, each in \[0, 1).
    pub fn betas(mut self, beta1: f64, beta2: f64) -> Result<NAdam, TorchError> {
        check_betas(beta1, beta2)?;
        self.betas = (beta1, beta2);
        Ok(self)
    }

    /// With another eps.
    pub fn eps(mut self, eps: f64) -> Result<NAdam, TorchError> {
        check_nonnegative("epsilon", eps)?;
        self.eps = eps;
        Ok(self)
    }

    /// With another momentum decay ψ.
    pub fn momentum_decay(mut self, momentum_decay: f64) -> Result<NAdam, TorchError> {
        check_nonnegative("momentum_decay", momentum_decay)?;
        self.momentum_decay = momentum_decay;
        Ok(self)
    }

    /// With decoupled weight decay (AdamW's, PyTorch's `decoupled_weight_decay`).
    #[must_use]
    pub fn decoupled_weight_decay(mut self, decoupled: bool) -> NAdam {
        self.decoupled_weight_decay = decoupled;
        self
    }

    fn update(
        &self,
        data: &mut Tensor,
        grad: Tensor,
        state: &mut Option<(Moments, f64)>,
    ) -> Result<(), TorchError> {
        let (beta1, beta2) = self.betas;
        let (moments, mu_product) = match state {
            Some(s) => s,
            None => state.insert((new_moments(data)?, 1.0)),
        };
        let grad = adam_moments(
            data,
            grad,
            moments,
            self.lr,
            self.betas,
            self.weight_decay,
            self.decoupled_weight_decay,
        )?;
        let (step, exp_avg, exp_avg_sq) = (moments.0, &moments.1, &moments.2);
        let bias_correction2 = 1.0 - beta2.powf(step);
        let mu = beta1 * (1.0 - 0.5 * 0.96f64.powf(step * self.momentum_decay));
        let mu_next = beta1 * (1.0 - 0.5 * 0.96f64.powf((step + 1.0) * self.momentum_decay));
        // mu_product is a float32 tensor in PyTorch: mu_product *= mu multiplies in float32.
        *mu_product = f32_round(*mu_product * f32_round(mu));
        let mut denom = exp_avg_sq.div_scalar(bias_correction2)?;
        denom.sqrt_()?;
        let mu_product_next = *mu_product * mu_next;
        denom.add_scalar_(self.eps)?;
        data.addcdiv_(&grad, &denom, -self.lr * (1.0 - mu) / (1.0 - *mu_product))?;
        data.addcdiv_(exp_avg, &denom, (-self.lr * mu_next) / (1.0 - mu_product_next))
    }
}

optimizer_common!(NAdam);
optimizer_impl!(NAdam);

/// RAdam (torch.optim.RAdam), rectified Adam: per parameter, with step t,
/// ρ∞ = 2/(1 - β2) - 1, ρ_t = ρ∞ - 2tβ2^t/(1 - β2^t); when ρ_t > 5,
/// p -= m/(1 - β1^t) · lr · sqrt(1 - β2^t)/(sqrt(v) + ε) · r_t (r_t the rectification),
/// else p -= m/(1 - β1^t) · lr.
pub struct RAdam {
    parameters: Vec<Arc<Tensor>>,
    slots: Vec<Slot>,
    state: Vec<Option<Moments>>,
    lr: f64,
    maximize: bool,
    betas: (f64, f64),
    eps: f64,
    weight_decay: f64,
    decoupled_weight_decay: bool,
}

impl RAdam {
    /// torch.optim.RAdam's default learning rate.
    pub const DEFAULT_LR: f64 = 1e-3;

    /// RAdam over every trainable parameter of `vs`, with PyTorch's defaults: betas
    /// (0.9, 0.999), eps 1e-8, no weight decay, L2 (not decoupled) weight decay.
    pub fn new(vs: &VarStore, lr: f64) -> Result<RAdam, TorchError> {
        check_lr(lr)?;
        let (parameters, slots) = checked_slots(vs)?;
        let state = slots.iter().map(|_| None).collect();
        Ok(RAdam {
            parameters,
            slots,
            state,
            lr,
            maximize: false,
            betas: (0.9, 0.999),
            eps: 1e-8,
            weight_decay: 0.0,
            decoupled_weight_decay: false,
        })
    }

    /// With other betas, each in \[0, 1).
    pub fn betas(mut self, beta1: f64, beta2: f64) -> Result<RAdam, TorchError> {
        check_betas(beta1, beta2)?;
        self.betas = (beta1, beta2);
        Ok(self)
    }

    /// With another eps.
    pub fn eps(mut self, eps: f64) -> Result<RAdam, TorchError> {
        check_nonnegative("epsilon", eps)?;
        self.eps = eps;
        Ok(self)
    }

    /// With decoupled weight decay (AdamW's, PyTorch's `decoupled_weight_decay`).
    #[must_use]
    pub fn decoupled_weight_decay(mut self, decoupled: bool) -> RAdam {
        self.decoupled_weight_decay = decoupled;
        self
    }

    fn update(
        &self,
        data: &mut Tensor,
        grad: Tensor,
        state: &mut Option<Moments>,
    ) -> Result<(), TorchError> {
        let (beta1, beta2) = self.betas;
        let moments = match state {
            Some(s) => s,
            None => state.insert(new_moments(data)?),
        };
        // RAdam's update reads the moments only, not the gradient they were made from.
        let _grad = adam_moments(
            data,
            grad,
            moments,
            self.lr,
            self.betas,
            self.weight_decay,
            self.decoupled_weight_decay,
        )?;
        let (step, exp_avg, exp_avg_sq) = (moments.0, &moments.1, &moments.2);
        let bias_correction1 = 1.0 - beta1.powf(step);
        let bias_correction2 = 1.0 - beta2.powf(step);
        let corrected = exp_avg.div_scalar(bias_correction1)?;
        let rho_inf = 2.0 / (1.0 - beta2) - 1.0;
        let rho_t = rho_inf - 2.0 * step * beta2.powf(step) / bias_correction2;
        let mut update = corrected.mul_scalar_v2(self.lr)?;
        if rho_t > 5.0 {
            let mut root = exp_avg_sq.sqrt()?;
            root.add_scalar_(self.eps)?;
            // (bias_correction2 ** 0.5) / root is Tensor.__rtruediv__: root.reciprocal() * scalar
            let adaptive = root.reciprocal()?.mul_scalar_v2(bias_correction2.powf(0.5))?;
            let rect = ((rho_t - 4.0) * (rho_t - 2.0) * rho_inf
                / ((rho_inf - 4.0) * (rho_inf - 2.0) * rho_t))
                .powf(0.5);
            update = update.mul_tensor(&adaptive)?.mul_scalar_v2(rect)?;
        }
        data.add_(&update, -1.0)
    }
}

optimizer_common!(RAdam);
optimizer_impl!(RAdam);

/// Averaged SGD (torch.optim.ASGD): per parameter, with step t, g += λp;
/// p = p(1 - λ_d·η) - η·g; ax = ax + (p - ax)·μ (ax = p while μ is 1);
/// η = lr / (1 + λ_d·lr·t)^α and μ = 1 / max(1, t - t0), both rounded to float32 as PyTorch
/// keeps them. The average is [`Asgd::averages`].
pub struct Asgd {
    parameters: Vec<Arc<Tensor>>,
    slots: Vec<Slot>,
    state: Vec<Option<AsgdState>>,
    lr: f64,
    maximize: bool,
    lambd: f64,
    alpha: f64,
    t0: f64,
    weight_decay: f64,
}

struct AsgdState {
    step: f64,
    eta: f64,
    mu: f64,
    ax: Tensor,
}

impl Asgd {
    /// torch.optim.ASGD's default learning rate.
    pub const DEFAULT_LR: f64 = 1e-2;

    /// ASGD over every trainable parameter of `vs`, with PyTorch's defaults: lambd 1e-4,
    /// alpha 0.75, t0 1e6, no weight decay.
    pub fn new(vs: &VarStore, lr: f64) -> Result<Asgd, TorchError> {
        check_lr(lr)?;
        let (parameters, slots) = checked_slots(vs)?;
        let state = slots.iter().map(|_| None).collect();
        Ok(Asgd {
            parameters,
            slots,
            state,
            lr,
            maximize: false,
            lambd: 1e-4,
            alpha: 0.75,
            t0: 1e6,
            weight_decay: 0.0,
        })
    }

    /// With another decay term λ_d.
    #[must_use]
    pub fn lambd(mut self, lambd: f64) -> Asgd {
        self.lambd = lambd;
        self
    }

    /// With another power for the eta update.
    #[must_use]
    pub fn alpha(mut self, alpha: f64) -> Asgd {
        self.alpha = alpha;
        self
    }

    /// With another step at which averaging starts.
    #[must_use]
    pub fn t0(mut self, t0: f64) -> Asgd {
        self.t0 = t0;
        self
    }

    /// The averaged parameters (PyTorch's `state[p]["ax"]`), in the order of the parameters;
    /// None for a parameter not stepped yet.
    #[must_use]
    pub fn averages(&self) -> Vec<Option<&Tensor>> {
        self.state.iter().map(|s| s.as_ref().map(|s| &s.ax)).collect()
    }

    fn update(
        &self,
        data: &mut Tensor,
        grad: Tensor,
        state: &mut Option<AsgdState>,
    ) -> Result<(), TorchError> {
        let s = match state {
            Some(s) => s,
            None => state.insert(AsgdState {
                step: 0.0,
                eta: f32_round(self.lr),
                mu: 1.0,
                ax: data.zeros_like(None, None, None)?,
            }),
        };
        s.step += 1.0;
        let grad = decayed(grad, data, self.weight_decay)?;
        data.mul_scalar_(1.0 - self.lambd * s.eta)?;
        data.add_(&grad, -s.eta)?;
        if s.mu == 1.0 {
            s.ax.copy_(data)?;
        } else {
            let mut moved = data.sub_tensor(&s.ax, 1)?;
            moved.mul_scalar_(s.mu)?;
            s.ax.add_(&moved, 1.0)?;
        }
        s.eta = f32_round(self.lr / (1.0 + self.lambd * self.lr * s.step).powf(self.alpha));
        s.mu = f32_round(1.0 / (s.step - self.t0).max(1.0));
        Ok(())
    }
}

optimizer_common!(Asgd);
optimizer_impl!(Asgd);

/// Rprop (torch.optim.Rprop), resilient backpropagation: per element, the step size grows by
/// η+ while the gradient keeps its sign and shrinks by η- when it flips (kept within the step
/// sizes), and the parameter moves by the step size against the gradient's sign; after a flip
/// the gradient counts as 0 for this step and the next.
pub struct Rprop {
    parameters: Vec<Arc<Tensor>>,
    slots: Vec<Slot>,
    state: Vec<Option<(Tensor, Tensor)>>, // prev, step_size
    lr: f64,
    maximize: bool,
    etas: (f64, f64),
    step_sizes: (f64, f64),
}

impl Rprop {
    /// torch.optim.Rprop's default learning rate.
    pub const DEFAULT_LR: f64 = 1e-2;

    /// Rprop over every trainable parameter of `vs`, with PyTorch's defaults: etas (0.5, 1.2),
    /// step sizes (1e-6, 50).
    pub fn new(vs: &VarStore, lr: f64) -> Result<Rprop, TorchError> {
        check_lr(lr)?;
        let (parameters, slots) = checked_slots(vs)?;
        let state = slots.iter().map(|_| None).collect();
        Ok(Rprop {
            parameters,
            slots,
            state,
            lr,
            maximize: false,
            etas: (0.5, 1.2),
            step_sizes: (1e-6, 50.0),
        })
    }

    /// With other factors: 0 < etaminus < 1 < etaplus.
    pub fn etas(mut self, etaminus: f64, etaplus: f64) -> Result<Rprop, TorchError> {
        if !(0.0 < etaminus && etaminus < 1.0 && 1.0 < etaplus) {
            return Err(invalid(format!(
                "Invalid eta values: {}, {}",
                py_float(etaminus),
                py_float(etaplus)
            )));
        }
        self.etas = (etaminus, etaplus);
        Ok(self)
    }

    /// With other bounds of the step size.
    #[must_use]
    pub fn step_sizes(mut self, min: f64, max: f64) -> Rprop {
        self.step_sizes = (min, max);
        self
    }

    /// Maximizes the objective instead (PyTorch's `maximize`, default false).
    #[must_use]
    pub fn maximize(mut self, maximize: bool) -> Rprop {
        self.maximize = maximize;
        self
    }

    fn update(
        &self,
        data: &mut Tensor,
        grad: Tensor,
        state: &mut Option<(Tensor, Tensor)>,
    ) -> Result<(), TorchError> {
        let (etaminus, etaplus) = self.etas;
        let (prev, step_size) = match state {
            Some(s) => s,
            None => state.insert((
                data.zeros_like(None, None, None)?,
                grad.full_like(self.lr, None, None, None)?,
            )),
        };
        let mut sign = grad.mul_tensor(prev)?.sign()?;
        // sign[sign.gt(0)] = etaplus; sign[sign.lt(0)] = etaminus; sign[sign.eq(0)] = 1
        let mask = sign.gt_scalar(0)?;
        sign.masked_fill_scalar_(&mask, etaplus)?;
        let mask = sign.lt_scalar(0)?;
        sign.masked_fill_scalar_(&mask, etaminus)?;
        let mask = sign.eq_scalar(0)?;
        sign.masked_fill_scalar_(&mask, 1)?;
        step_size.mul_(&sign)?;
        step_size.clamp_(Some(self.step_sizes.0.into()), Some(self.step_sizes.1.into()))?;
        let mut grad = grad.clone_v2(None)?;
        grad.masked_fill_scalar_(&sign.eq_scalar(etaminus)?, 0)?;
        data.addcmul_(&grad.sign()?, step_size, -1.0)?;
        prev.copy_(&grad)
    }
}

optimizer_impl!(Rprop);
