// copied from runtime/rust/optim.rs by sffi-gen; edit that file, not this copy
//! Optimizers as torch.optim's, step for step: [`Sgd`] (momentum, dampening, Nesterov, weight
//! decay), [`Adam`] and [`AdamW`] (AMSGrad, L2 or decoupled weight decay), [`RmsProp`]
//! (centered, momentum) and [`Adagrad`] (lr decay, initial accumulator). Each update runs the
//! same tensor operations in the same order as PyTorch's single-tensor implementation (what
//! PyTorch uses on the CPU), so the parameters end bit-identical to torch.optim's.
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
//! rt_torch_torchtensor_full_like
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
use crate::layers::VarStore;
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
}

impl Optimizer for Sgd {
    fn parameters(&self) -> &[Arc<Tensor>] {
        &self.parameters
    }

    fn step(&mut self) -> Result<(), TorchError> {
        let _guard = no_grad()?;
        for (slot, buffer) in self.slots.iter_mut().zip(&mut self.buffers) {
            let Some(grad) = slot.parameter.grad()? else { continue };
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
}

impl Optimizer for Adam {
    fn parameters(&self) -> &[Arc<Tensor>] {
        &self.parameters
    }

    fn step(&mut self) -> Result<(), TorchError> {
        let _guard = no_grad()?;
        let (beta1, beta2) = self.betas;
        for (slot, state) in self.slots.iter_mut().zip(&mut self.state) {
            let Some(grad) = slot.parameter.grad()? else { continue };
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
}

impl Optimizer for RmsProp {
    fn parameters(&self) -> &[Arc<Tensor>] {
        &self.parameters
    }

    fn step(&mut self) -> Result<(), TorchError> {
        let _guard = no_grad()?;
        for (slot, state) in self.slots.iter_mut().zip(&mut self.state) {
            let Some(grad) = slot.parameter.grad()? else { continue };
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
        Adagrad { parameters, slots, sums, steps, lr, lr_decay: 0.0, weight_decay: 0.0, eps: 1e-10 }
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
}

impl Optimizer for Adagrad {
    fn parameters(&self) -> &[Arc<Tensor>] {
        &self.parameters
    }

    fn step(&mut self) -> Result<(), TorchError> {
        let _guard = no_grad()?;
        for ((slot, sum), step) in self.slots.iter_mut().zip(&mut self.sums).zip(&mut self.steps) {
            let Some(grad) = slot.parameter.grad()? else { continue };
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
