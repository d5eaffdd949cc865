//! Modules as tch-rs writes them: a parameter store ([`VarStore`], with buffers and
//! `freeze`), the [`Module`] trait and [`ModuleT`] (a forward pass told whether it is
//! training), layers ([`Linear`], [`Conv2d`], [`LayerNorm`], [`Embedding`], [`BatchNorm`],
//! [`Dropout`]), [`Sequential`], [`SequentialT`], [`Func`] and [`FuncT`]; re-exported in
//! [`crate::nn`]. Layers are initialised as PyTorch's are (the same draws from the same
//! generator), so after the same `manual_seed` they hold the same numbers as torch.nn's.
//!
//! Catalogue entries: rt_torch_tensor_empty_v2 rt_torch_torchtensor_uniform_
//! rt_torch_autograd_set_requires_grad rt_torch_nn_linear_v2 rt_torch_nn_conv2d
//! rt_torch_autograd_no_grad_begin_v2 rt_torch_autograd_no_grad_end_v2 rt_torch_torchtensor_slice
//! rt_torch_nn_layer_norm rt_torch_nn_embedding rt_torch_torchtensor_normal_
//! rt_torch_tensor_ones_v2 rt_torch_tensor_zeros_v2 rt_torch_nn_batch_norm rt_torch_nn_dropout
//! rt_torch_autograd_detach rt_torch_torchtensor_add_scalar_v2_
//!
//! ```
//! use torch_sffi::nn::{self, Module, VarStore};
//! use torch_sffi::{manual_seed, Kind, Tensor};
//! manual_seed(0)?;
//! let vs = VarStore::new();
//! let net = nn::seq()
//!     .add(nn::Linear::new(&vs, "fc1", 3, 4)?)
//!     .add_fn(|xs| xs.relu())
//!     .add(nn::Linear::new(&vs, "fc2", 4, 2)?);
//! let ys = net.forward(&Tensor::ones_with(&[5, 3], Kind::Float)?);
//! assert_eq!(ys.size(), [5, 2]);
//! assert_eq!(vs.variables().len(), 4); // fc1.weight, fc1.bias, fc2.weight, fc2.bias
//! # Ok::<(), torch_sffi::TorchError>(())
//! ```

use std::sync::{Arc, Mutex, PoisonError};

use crate::autograd::no_grad;
use crate::{ffi, nn, Kind, Tensor, TorchError};

/// The parameters of a model, by name: what layers register their weights in and optimizers
/// update. Cheap to share: the layers and optimizers hold the same tensors ([`Arc`]). Besides
/// the trainable parameters it holds buffers (BatchNorm's running statistics), which
/// optimizers leave alone.
#[derive(Debug, Default)]
pub struct VarStore {
    variables: Mutex<Vec<Variable>>,
}

#[derive(Debug)]
struct Variable {
    name: String,
    tensor: Arc<Tensor>,
    trainable: bool,
}

impl VarStore {
    /// An empty store.
    #[must_use]
    pub fn new() -> VarStore {
        VarStore::default()
    }

    /// Registers a tensor as a trainable parameter (it now requires grad) under `name`.
    pub fn add(&self, name: &str, mut tensor: Tensor) -> Result<Arc<Tensor>, TorchError> {
        tensor.set_requires_grad(true)?;
        let tensor = Arc::new(tensor);
        self.push(name, &tensor, true);
        Ok(tensor)
    }

    /// Registers a tensor that is not trained (a buffer, as torch.nn's `register_buffer`: it
    /// does not require grad, optimizers skip it, [`VarStore::variables`] lists it).
    pub fn add_buffer(&self, name: &str, tensor: Tensor) -> Result<Arc<Tensor>, TorchError> {
        let tensor = Arc::new(tensor);
        self.push(name, &tensor, false);
        Ok(tensor)
    }

    fn push(&self, name: &str, tensor: &Arc<Tensor>, trainable: bool) {
        let variable = Variable { name: name.to_string(), tensor: Arc::clone(tensor), trainable };
        self.lock().push(variable);
    }

    /// A new float32 parameter of the given shape drawn from U(-bound, bound), as
    /// `torch.nn.init.uniform_` draws it.
    pub fn uniform(&self, name: &str, size: &[i64], bound: f64) -> Result<Arc<Tensor>, TorchError> {
        let mut tensor = Tensor::empty_v2(size, Some(Kind::Float32), None, None)?;
        {
            let _guard = no_grad()?;
            tensor.uniform_(-bound, bound)?;
        }
        self.add(name, tensor)
    }

    /// Every tensor (parameters and buffers), in the order they were registered, with their
    /// names.
    #[must_use]
    pub fn variables(&self) -> Vec<(String, Arc<Tensor>)> {
        self.lock().iter().map(|v| (v.name.clone(), Arc::clone(&v.tensor))).collect()
    }

    /// The trainable parameters, in the order they were registered.
    #[must_use]
    pub fn trainable_variables(&self) -> Vec<Arc<Tensor>> {
        self.lock().iter().filter(|v| v.trainable).map(|v| Arc::clone(&v.tensor)).collect()
    }

    /// Stops gradients of every trainable parameter (`requires_grad_(False)`, tch-rs's
    /// `freeze`): backward no longer reaches them, so optimizers leave them as they are.
    pub fn freeze(&self) -> Result<(), TorchError> {
        self.set_requires_grad(false)
    }

    /// Undoes [`VarStore::freeze`].
    pub fn unfreeze(&self) -> Result<(), TorchError> {
        self.set_requires_grad(true)
    }

    fn set_requires_grad(&self, requires_grad: bool) -> Result<(), TorchError> {
        for tensor in self.trainable_variables() {
            // SAFETY: no pointers cross; the handle is live (the Arc owns it), and the bridge
            // changes the flag under its lock, so the call is safe on a tensor other values
            // also refer to.
            unsafe { ffi::rt_torch_autograd_set_requires_grad(tensor.handle, requires_grad) };
            crate::error::check_void()?;
        }
        Ok(())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Variable>> {
        self.variables.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Python's `repr` of a float (`0.1`, `-1.0`, `1e-05`, `inf`), as PyTorch's messages show
/// the values they reject.
pub(crate) fn py_float(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0" } else { "0.0" }.to_string();
    }
    // Rust's `{:e}` has the shortest digits that read back as x, as Python's repr.
    let sci = format!("{:e}", x.abs());
    let (mantissa, exponent) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let sign = if x < 0.0 { "-" } else { "" };
    let point = exponent + 1; // where the decimal point goes after the first digit
    let n = i32::try_from(digits.len()).unwrap_or(i32::MAX);
    let body = if point <= -4 || point > 16 {
        let (first, rest) = digits.split_at(1);
        let fraction = if rest.is_empty() { String::new() } else { format!(".{rest}") };
        let e_sign = if exponent < 0 { '-' } else { '+' };
        format!("{first}{fraction}e{e_sign}{:02}", exponent.abs())
    } else if point <= 0 {
        format!("0.{}{digits}", "0".repeat(usize::try_from(-point).unwrap_or(0)))
    } else if point >= n {
        format!("{digits}{}.0", "0".repeat(usize::try_from(point - n).unwrap_or(0)))
    } else {
        let (whole, fraction) = digits.split_at(usize::try_from(point).unwrap_or(0));
        format!("{whole}.{fraction}")
    };
    format!("{sign}{body}")
}

/// A layer or model: a function of a tensor (tch-rs's `Module`). `forward` panics where the
/// bridge fails (a shape that does not fit), as tch-rs's does; [`Module::f_forward`] reports it.
pub trait Module {
    /// The output for `xs`, or the bridge's error.
    fn f_forward(&self, xs: &Tensor) -> Result<Tensor, TorchError>;

    /// The output for `xs`.
    ///
    /// # Panics
    /// Where [`Module::f_forward`] fails.
    #[track_caller]
    fn forward(&self, xs: &Tensor) -> Tensor {
        self.f_forward(xs).unwrap_or_else(|error| panic!("Module::forward failed: {error}"))
    }
}

/// A layer or model whose output depends on whether it is training (tch-rs's `ModuleT`):
/// [`BatchNorm`] (batch statistics or running ones), [`Dropout`], [`SequentialT`]. Every
/// [`Module`] is one, ignoring `train`.
pub trait ModuleT {
    /// The output for `xs`, in training mode or not, or the bridge's error.
    fn f_forward_t(&self, xs: &Tensor, train: bool) -> Result<Tensor, TorchError>;

    /// The output for `xs`, in training mode or not.
    ///
    /// # Panics
    /// Where [`ModuleT::f_forward_t`] fails.
    #[track_caller]
    fn forward_t(&self, xs: &Tensor, train: bool) -> Tensor {
        self.f_forward_t(xs, train)
            .unwrap_or_else(|error| panic!("ModuleT::forward_t failed: {error}"))
    }
}

impl<M: Module> ModuleT for M {
    fn f_forward_t(&self, xs: &Tensor, _train: bool) -> Result<Tensor, TorchError> {
        self.f_forward(xs)
    }
}

impl Tensor {
    /// `module.forward(self)`: `xs.apply(&linear)` as in tch-rs.
    #[track_caller]
    pub fn apply(&self, module: &impl Module) -> Tensor {
        module.forward(self)
    }

    /// `module.forward_t(self, train)`: `xs.apply_t(&batch_norm, true)` as in tch-rs.
    #[track_caller]
    pub fn apply_t(&self, module: &impl ModuleT, train: bool) -> Tensor {
        module.forward_t(self, train)
    }
}

/// `torch.nn.Linear`: `xs @ weight.T + bias`.
#[derive(Debug)]
pub struct Linear {
    /// The weight, `[out_features, in_features]`.
    pub ws: Arc<Tensor>,
    /// The bias, `[out_features]` (None without one).
    pub bs: Option<Arc<Tensor>>,
}

/// PyTorch's bound for Linear's and Conv's weights: kaiming_uniform_(a = sqrt(5)) over a fan.
fn kaiming_bound(fan_in: i64) -> f64 {
    let a = 5.0f64.sqrt();
    let gain = (2.0 / (1.0 + a.powi(2))).sqrt();
    let std = gain / (fan_in as f64).sqrt();
    3.0f64.sqrt() * std
}

/// The bias's bound: 1 / sqrt(fan_in) (0 for an empty fan).
fn bias_bound(fan_in: i64) -> f64 {
    if fan_in > 0 {
        1.0 / (fan_in as f64).sqrt()
    } else {
        0.0
    }
}

impl Linear {
    /// A layer with a bias, registered as `<name>.weight` and `<name>.bias`, initialised as
    /// torch.nn.Linear's: weight ~ kaiming_uniform(a = sqrt(5)), then bias ~
    /// U(-1/sqrt(in_features), 1/sqrt(in_features)).
    pub fn new(
        vs: &VarStore,
        name: &str,
        in_features: i64,
        out_features: i64,
    ) -> Result<Linear, TorchError> {
        Linear::with_bias(vs, name, in_features, out_features, true)
    }

    /// [`Linear::new`], with or without a bias.
    pub fn with_bias(
        vs: &VarStore,
        name: &str,
        in_features: i64,
        out_features: i64,
        bias: bool,
    ) -> Result<Linear, TorchError> {
        let ws = vs.uniform(
            &format!("{name}.weight"),
            &[out_features, in_features],
            kaiming_bound(in_features),
        )?;
        let bs = if bias {
            Some(vs.uniform(&format!("{name}.bias"), &[out_features], bias_bound(in_features))?)
        } else {
            None
        };
        Ok(Linear { ws, bs })
    }
}

impl Module for Linear {
    fn f_forward(&self, xs: &Tensor) -> Result<Tensor, TorchError> {
        nn::linear_v2(xs, &self.ws, self.bs.as_deref())
    }
}

/// The options of a [`Conv2d`] (PyTorch's defaults: stride 1, padding 0, dilation 1, one group,
/// a bias).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConvConfig {
    /// The stride.
    pub stride: i64,
    /// The zero padding on each side.
    pub padding: i64,
    /// The dilation.
    pub dilation: i64,
    /// The number of groups.
    pub groups: i64,
    /// Whether the layer has a bias.
    pub bias: bool,
}

impl Default for ConvConfig {
    fn default() -> ConvConfig {
        ConvConfig { stride: 1, padding: 0, dilation: 1, groups: 1, bias: true }
    }
}

/// `torch.nn.Conv2d` with square kernels.
#[derive(Debug)]
pub struct Conv2d {
    /// The weight, `[out_channels, in_channels / groups, k, k]`.
    pub ws: Arc<Tensor>,
    /// The bias, `[out_channels]` (None without one).
    pub bs: Option<Arc<Tensor>>,
    /// The options it was made with.
    pub config: ConvConfig,
}

impl Conv2d {
    /// A layer, registered as `<name>.weight` and `<name>.bias`, initialised as
    /// torch.nn.Conv2d's (the bounds of [`Linear`] over fan_in = in_channels / groups * k * k).
    pub fn new(
        vs: &VarStore,
        name: &str,
        in_channels: i64,
        out_channels: i64,
        kernel: i64,
        config: ConvConfig,
    ) -> Result<Conv2d, TorchError> {
        let groups = config.groups.max(1);
        let fan_in = in_channels / groups * kernel * kernel;
        let ws = vs.uniform(
            &format!("{name}.weight"),
            &[out_channels, in_channels / groups, kernel, kernel],
            kaiming_bound(fan_in),
        )?;
        let bs = if config.bias {
            Some(vs.uniform(&format!("{name}.bias"), &[out_channels], bias_bound(fan_in))?)
        } else {
            None
        };
        Ok(Conv2d { ws, bs, config })
    }
}

impl Module for Conv2d {
    fn f_forward(&self, xs: &Tensor) -> Result<Tensor, TorchError> {
        let c = self.config;
        nn::conv2d(
            xs,
            &self.ws,
            self.bs.as_deref(),
            &[c.stride; 2],
            &[c.padding; 2],
            &[c.dilation; 2],
            c.groups,
        )
    }
}

/// `torch.nn.LayerNorm` over the last dimensions (`normalized_shape`), with a weight of ones
/// and a bias of zeros, as PyTorch initialises them.
#[derive(Debug)]
pub struct LayerNorm {
    /// The weight, shaped `normalized_shape`.
    pub ws: Arc<Tensor>,
    /// The bias, shaped `normalized_shape`.
    pub bs: Arc<Tensor>,
    /// The shape normalised over.
    pub normalized_shape: Vec<i64>,
    /// Added to the variance (PyTorch's default 1e-5).
    pub eps: f64,
}

impl LayerNorm {
    /// A layer registered as `<name>.weight` and `<name>.bias`.
    pub fn new(
        vs: &VarStore,
        name: &str,
        normalized_shape: &[i64],
    ) -> Result<LayerNorm, TorchError> {
        let float = Some(Kind::Float32);
        let ws =
            vs.add(&format!("{name}.weight"), Tensor::ones_v2(normalized_shape, float, None)?)?;
        let bs =
            vs.add(&format!("{name}.bias"), Tensor::zeros_v2(normalized_shape, float, None)?)?;
        Ok(LayerNorm { ws, bs, normalized_shape: normalized_shape.to_vec(), eps: 1e-5 })
    }
}

impl Module for LayerNorm {
    fn f_forward(&self, xs: &Tensor) -> Result<Tensor, TorchError> {
        nn::layer_norm(xs, &self.normalized_shape, Some(&self.ws), Some(&self.bs), self.eps)
    }
}

/// `torch.nn.Embedding`: rows of a table, looked up by int64 indices; the table is drawn from
/// N(0, 1) as PyTorch's is.
#[derive(Debug)]
pub struct Embedding {
    /// The table, `[num_embeddings, embedding_dim]`.
    pub ws: Arc<Tensor>,
}

impl Embedding {
    /// A table registered as `<name>.weight`.
    pub fn new(
        vs: &VarStore,
        name: &str,
        num_embeddings: i64,
        embedding_dim: i64,
    ) -> Result<Embedding, TorchError> {
        let mut table =
            Tensor::empty_v2(&[num_embeddings, embedding_dim], Some(Kind::Float32), None, None)?;
        {
            let _guard = no_grad()?;
            table.normal_(0.0, 1.0)?;
        }
        Ok(Embedding { ws: vs.add(&format!("{name}.weight"), table)? })
    }
}

impl Module for Embedding {
    fn f_forward(&self, xs: &Tensor) -> Result<Tensor, TorchError> {
        nn::embedding(xs, &self.ws)
    }
}

/// A function as a module: `nn::func(|xs| xs.relu())`.
pub struct Func<F: Fn(&Tensor) -> Result<Tensor, TorchError>>(F);

/// A [`Func`].
pub fn func<F: Fn(&Tensor) -> Result<Tensor, TorchError>>(f: F) -> Func<F> {
    Func(f)
}

impl<F: Fn(&Tensor) -> Result<Tensor, TorchError>> Module for Func<F> {
    fn f_forward(&self, xs: &Tensor) -> Result<Tensor, TorchError> {
        (self.0)(xs)
    }
}

/// Modules applied one after the other (`torch.nn.Sequential`).
#[derive(Default)]
pub struct Sequential {
    layers: Vec<Box<dyn Module + Send + Sync>>,
}

/// An empty [`Sequential`].
#[must_use]
pub fn seq() -> Sequential {
    Sequential::default()
}

impl Sequential {
    /// Appends a module.
    #[must_use]
    #[allow(clippy::should_implement_trait)] // tch-rs's name; `+` would read as arithmetic
    pub fn add<M: Module + Send + Sync + 'static>(mut self, layer: M) -> Sequential {
        self.layers.push(Box::new(layer));
        self
    }

    /// Appends a function (`add_fn(|xs| xs.relu())`).
    #[must_use]
    pub fn add_fn<F: Fn(&Tensor) -> Result<Tensor, TorchError> + Send + Sync + 'static>(
        self,
        f: F,
    ) -> Sequential {
        self.add(Func(f))
    }

    /// The number of modules.
    #[must_use]
    pub fn len(&self) -> usize {
        self.layers.len()
    }

    /// Whether it has no modules (then it returns its input, as a new handle).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.layers.is_empty()
    }
}

impl Module for Sequential {
    fn f_forward(&self, xs: &Tensor) -> Result<Tensor, TorchError> {
        let Some((first, rest)) = self.layers.split_first() else {
            return xs.slice(0, 0, i64::MAX, 1);
        };
        rest.iter().try_fold(first.f_forward(xs)?, |ys, layer| layer.f_forward(&ys))
    }
}

/// The options of a [`BatchNorm`] (PyTorch's defaults: eps 1e-5, momentum 0.1, affine, a bias,
/// running statistics tracked).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BatchNormConfig {
    /// Added to the variance.
    pub eps: f64,
    /// The weight of a new batch in the running statistics; None for a cumulative average
    /// (each batch weighted 1 / the number of batches so far).
    pub momentum: Option<f64>,
    /// Whether the layer has a weight (and a bias).
    pub affine: bool,
    /// Whether an affine layer has a bias.
    pub bias: bool,
    /// Whether it keeps running statistics (buffers) to normalise by when not training.
    pub track_running_stats: bool,
}

impl Default for BatchNormConfig {
    fn default() -> BatchNormConfig {
        BatchNormConfig {
            eps: 1e-5,
            momentum: Some(0.1),
            affine: true,
            bias: true,
            track_running_stats: true,
        }
    }
}

/// `torch.nn.BatchNorm1d` and `torch.nn.BatchNorm2d`: normalised by the batch's statistics
/// when training (updating the running ones) and by the running statistics otherwise. A
/// [`ModuleT`]: `forward_t(xs, train)`.
///
/// ```
/// use torch_sffi::nn::{BatchNorm, BatchNormConfig, ModuleT, VarStore};
/// use torch_sffi::Tensor;
/// let vs = VarStore::new();
/// let bn = BatchNorm::new_1d(&vs, "bn", 2, BatchNormConfig::default())?;
/// let xs = Tensor::from_slice(&[1.0f32, 10.0, 3.0, 30.0]).reshape(&[2, 2])?;
/// let ys = bn.forward_t(&xs, true);
/// let mean = Vec::<f32>::try_from(bn.running_mean.as_deref().unwrap())?;
/// assert!((mean[0] - 0.2).abs() < 1e-6 && (mean[1] - 2.0).abs() < 1e-6);
/// assert!(f32::try_from(&ys.mean_all()?)?.abs() < 1e-6);
/// let names: Vec<String> = vs.variables().into_iter().map(|(name, _)| name).collect();
/// assert_eq!(names, ["bn.weight", "bn.bias", "bn.running_mean", "bn.running_var", "bn.num_batches_tracked"]);
/// assert_eq!(vs.trainable_variables().len(), 2);
/// # Ok::<(), torch_sffi::TorchError>(())
/// ```
#[derive(Debug)]
pub struct BatchNorm {
    /// The weight, `[num_features]` (ones at first; None when not affine).
    pub ws: Option<Arc<Tensor>>,
    /// The bias, `[num_features]` (zeros at first; None when not affine or without a bias).
    pub bs: Option<Arc<Tensor>>,
    /// The running mean (a buffer; None when not tracked).
    pub running_mean: Option<Arc<Tensor>>,
    /// The running variance (a buffer; None when not tracked).
    pub running_var: Option<Arc<Tensor>>,
    /// The number of training batches seen (an int64 buffer; None when not tracked).
    pub num_batches_tracked: Option<Arc<Tensor>>,
    /// The options it was made with.
    pub config: BatchNormConfig,
    two_d: bool,
}

impl BatchNorm {
    /// `torch.nn.BatchNorm1d(num_features)`: over `[N, C]` or `[N, C, L]` inputs. Registers
    /// `<name>.weight`, `<name>.bias` and the buffers `<name>.running_mean`,
    /// `<name>.running_var`, `<name>.num_batches_tracked`, in torch.nn's order.
    pub fn new_1d(
        vs: &VarStore,
        name: &str,
        num_features: i64,
        config: BatchNormConfig,
    ) -> Result<BatchNorm, TorchError> {
        BatchNorm::new(vs, name, num_features, config, false)
    }

    /// `torch.nn.BatchNorm2d(num_features)`: over `[N, C, H, W]` inputs.
    pub fn new_2d(
        vs: &VarStore,
        name: &str,
        num_features: i64,
        config: BatchNormConfig,
    ) -> Result<BatchNorm, TorchError> {
        BatchNorm::new(vs, name, num_features, config, true)
    }

    fn new(
        vs: &VarStore,
        name: &str,
        num_features: i64,
        config: BatchNormConfig,
        two_d: bool,
    ) -> Result<BatchNorm, TorchError> {
        let float = Some(Kind::Float32);
        let size = [num_features];
        let (mut ws, mut bs) = (None, None);
        if config.affine {
            ws = Some(vs.add(&format!("{name}.weight"), Tensor::ones_v2(&size, float, None)?)?);
            if config.bias {
                bs = Some(vs.add(&format!("{name}.bias"), Tensor::zeros_v2(&size, float, None)?)?);
            }
        }
        let (mut running_mean, mut running_var, mut num_batches_tracked) = (None, None, None);
        if config.track_running_stats {
            let mean = Tensor::zeros_v2(&size, float, None)?;
            running_mean = Some(vs.add_buffer(&format!("{name}.running_mean"), mean)?);
            let var = Tensor::ones_v2(&size, float, None)?;
            running_var = Some(vs.add_buffer(&format!("{name}.running_var"), var)?);
            let count = Tensor::zeros_v2(&[], Some(Kind::Int64), None)?;
            num_batches_tracked =
                Some(vs.add_buffer(&format!("{name}.num_batches_tracked"), count)?);
        }
        Ok(BatchNorm { ws, bs, running_mean, running_var, num_batches_tracked, config, two_d })
    }
}

impl ModuleT for BatchNorm {
    fn f_forward_t(&self, xs: &Tensor, train: bool) -> Result<Tensor, TorchError> {
        let dim = xs.dim();
        if self.two_d && dim != 4 {
            return Err(TorchError::argument(format!("expected 4D input (got {dim}D input)")));
        }
        if !self.two_d && dim != 2 && dim != 3 {
            return Err(TorchError::argument(format!(
                "expected 2D or 3D input (got {dim}D input)"
            )));
        }
        let mut factor = self.config.momentum.unwrap_or(0.0);
        if train && self.config.track_running_stats {
            if let Some(count) = &self.num_batches_tracked {
                let _guard = no_grad()?;
                // A second handle to the buffer's memory, changed in place (`add_(1)`).
                let mut alias = count.detach()?;
                alias.add_scalar_v2_(1, 1)?;
                if self.config.momentum.is_none() {
                    // Python's 1.0 / float(num_batches_tracked)
                    factor = 1.0 / f64::try_from(&alias)?;
                }
            }
        }
        let training = train || (self.running_mean.is_none() && self.running_var.is_none());
        let size = xs.size();
        if training && size[0] * size[2..].iter().product::<i64>() == 1 {
            // torch.nn.functional.batch_norm's check (a batch of one normalises to zeros)
            let dims: Vec<String> = size.iter().map(ToString::to_string).collect();
            return Err(TorchError::argument(format!(
                "Expected more than 1 value per channel when training, got input size \
                 torch.Size([{}])",
                dims.join(", ")
            )));
        }
        let stats = !train || self.config.track_running_stats;
        nn::batch_norm(
            xs,
            self.running_mean.as_deref().filter(|_| stats),
            self.running_var.as_deref().filter(|_| stats),
            self.ws.as_deref(),
            self.bs.as_deref(),
            training,
            factor,
            self.config.eps,
        )
    }
}

/// `torch.nn.Dropout`: when training, zeroes each element with probability `p` (drawn from the
/// default generator, as PyTorch draws) and scales the others by 1 / (1 - p); otherwise the
/// identity. A [`ModuleT`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dropout {
    /// The probability of an element being zeroed.
    pub p: f64,
}

impl Dropout {
    /// A dropout layer; `p` must lie in \[0, 1\] (PyTorch's check and message).
    pub fn new(p: f64) -> Result<Dropout, TorchError> {
        if (0.0..=1.0).contains(&p) {
            Ok(Dropout { p })
        } else {
            Err(TorchError::argument(format!(
                "dropout probability has to be between 0 and 1, but got {}",
                py_float(p)
            )))
        }
    }
}

impl ModuleT for Dropout {
    fn f_forward_t(&self, xs: &Tensor, train: bool) -> Result<Tensor, TorchError> {
        nn::dropout(xs, self.p, train)
    }
}

/// A [`ModuleT`] from a function of the input and the training flag.
pub struct FuncT<F: Fn(&Tensor, bool) -> Result<Tensor, TorchError>>(F);

/// A [`FuncT`]: `nn::func_t(|xs, train| nn::dropout(xs, 0.5, train))`.
pub fn func_t<F: Fn(&Tensor, bool) -> Result<Tensor, TorchError>>(f: F) -> FuncT<F> {
    FuncT(f)
}

impl<F: Fn(&Tensor, bool) -> Result<Tensor, TorchError>> ModuleT for FuncT<F> {
    fn f_forward_t(&self, xs: &Tensor, train: bool) -> Result<Tensor, TorchError> {
        (self.0)(xs, train)
    }
}

/// [`ModuleT`]s applied one after the other, each told whether it is training (tch-rs's
/// `SequentialT`).
#[derive(Default)]
pub struct SequentialT {
    layers: Vec<Box<dyn ModuleT + Send + Sync>>,
}

/// An empty [`SequentialT`].
#[must_use]
pub fn seq_t() -> SequentialT {
    SequentialT::default()
}

impl SequentialT {
    /// Appends a module ([`Module`]s are [`ModuleT`]s too).
    #[must_use]
    #[allow(clippy::should_implement_trait)] // tch-rs's name; `+` would read as arithmetic
    pub fn add<M: ModuleT + Send + Sync + 'static>(mut self, layer: M) -> SequentialT {
        self.layers.push(Box::new(layer));
        self
    }

    /// Appends a function of the input (`add_fn(|xs| xs.relu())`).
    #[must_use]
    pub fn add_fn<F: Fn(&Tensor) -> Result<Tensor, TorchError> + Send + Sync + 'static>(
        self,
        f: F,
    ) -> SequentialT {
        self.add(Func(f))
    }

    /// Appends a function of the input and the training flag.
    #[must_use]
    pub fn add_fn_t<F: Fn(&Tensor, bool) -> Result<Tensor, TorchError> + Send + Sync + 'static>(
        self,
        f: F,
    ) -> SequentialT {
        self.add(FuncT(f))
    }

    /// The number of modules.
    #[must_use]
    pub fn len(&self) -> usize {
        self.layers.len()
    }

    /// Whether it has no modules (then it returns its input, as a new handle).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.layers.is_empty()
    }
}

impl ModuleT for SequentialT {
    fn f_forward_t(&self, xs: &Tensor, train: bool) -> Result<Tensor, TorchError> {
        let Some((first, rest)) = self.layers.split_first() else {
            return xs.slice(0, 0, i64::MAX, 1);
        };
        rest.iter()
            .try_fold(first.f_forward_t(xs, train)?, |ys, layer| layer.f_forward_t(&ys, train))
    }
}
