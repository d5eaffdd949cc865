// copied from runtime/rust/layers.rs by sffi-gen; edit that file, not this copy
//! Modules as tch-rs writes them: a parameter store ([`VarStore`]), the [`Module`] trait, layers
//! ([`Linear`], [`Conv2d`], [`LayerNorm`], [`Embedding`]), [`Sequential`] and [`Func`];
//! re-exported in [`crate::nn`].
//! Layers are initialised as PyTorch's are (the same draws from the same generator), so after
//! the same `manual_seed` they hold the same numbers as torch.nn's.
//!
//! Catalogue entries: rt_torch_tensor_empty_v2 rt_torch_torchtensor_uniform_
//! rt_torch_autograd_set_requires_grad rt_torch_nn_linear_v2 rt_torch_nn_conv2d
//! rt_torch_autograd_no_grad_begin_v2 rt_torch_autograd_no_grad_end_v2 rt_torch_torchtensor_slice
//! rt_torch_nn_layer_norm rt_torch_nn_embedding rt_torch_torchtensor_normal_
//! rt_torch_tensor_ones_v2 rt_torch_tensor_zeros_v2
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
use crate::{nn, Kind, Tensor, TorchError};

/// The parameters of a model, by name: what layers register their weights in and optimizers
/// update. Cheap to share: the layers and optimizers hold the same tensors ([`Arc`]).
#[derive(Debug, Default)]
pub struct VarStore {
    variables: Mutex<Vec<(String, Arc<Tensor>)>>,
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
        self.lock().push((name.to_string(), Arc::clone(&tensor)));
        Ok(tensor)
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

    /// The parameters, in the order they were registered, with their names.
    #[must_use]
    pub fn variables(&self) -> Vec<(String, Arc<Tensor>)> {
        self.lock().clone()
    }

    /// The parameters, in the order they were registered.
    #[must_use]
    pub fn trainable_variables(&self) -> Vec<Arc<Tensor>> {
        self.lock().iter().map(|(_, t)| Arc::clone(t)).collect()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<(String, Arc<Tensor>)>> {
        self.variables.lock().unwrap_or_else(PoisonError::into_inner)
    }
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

impl Tensor {
    /// `module.forward(self)`: `xs.apply(&linear)` as in tch-rs.
    #[track_caller]
    pub fn apply(&self, module: &impl Module) -> Tensor {
        module.forward(self)
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
