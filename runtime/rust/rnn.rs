//! Recurrent layers as tch-rs writes them: [`Lstm`] (multi-layer, bidirectional, batch first,
//! projections, dropout between layers), re-exported in [`crate::nn`]. The forward pass is
//! libtorch's own LSTM (`torch.lstm`, as torch.nn.LSTM calls it: for float32 on the CPU that
//! is oneDNN's fused kernel), and the weights are PyTorch's (same names, same shapes, drawn
//! in the same order), so after the same `manual_seed` the outputs are torch.nn.LSTM's.
//!
//! Catalogue entries: rt_torch_torchtensor_lstm_input rt_torch_tensor_zeros_v2
//! rt_torch_torchtensor_unsqueeze rt_torch_torchtensor_squeeze_dim rt_torch_tensor_empty_v2
//! rt_torch_torchtensor_uniform_ rt_torch_autograd_set_requires_grad
//! rt_torch_autograd_no_grad_begin_v2 rt_torch_autograd_no_grad_end_v2
//!
//! ```
//! use torch_sffi::nn::{Lstm, LstmConfig, VarStore};
//! use torch_sffi::{manual_seed, Kind, Tensor};
//! manual_seed(0)?;
//! let vs = VarStore::new();
//! let config = LstmConfig { num_layers: 2, batch_first: true, ..LstmConfig::default() };
//! let lstm = Lstm::new(&vs, "lstm", 3, 5, config)?;
//! let xs = Tensor::randn_with(&[4, 7, 3], Kind::Float)?; // batch 4, 7 steps, 3 features
//! let (out, state) = lstm.seq(&xs)?;
//! assert_eq!(out.size(), [4, 7, 5]);
//! assert_eq!((state.h().size(), state.c().size()), (vec![2, 4, 5], vec![2, 4, 5]));
//! assert_eq!(vs.variables()[0].0, "lstm.weight_ih_l0");
//! # Ok::<(), torch_sffi::TorchError>(())
//! ```

use std::sync::Arc;

use crate::layers::VarStore;
use crate::{ErrorKind, Tensor, TorchError};

/// What PyTorch raises as RuntimeError: a TorchError of kind other.
fn runtime_error(message: String) -> TorchError {
    TorchError::new(ErrorKind::Other, message)
}

/// The options of an [`Lstm`] (torch.nn.LSTM's defaults: one layer, biases, time first, no
/// dropout, one direction, no projection).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LstmConfig {
    /// The number of stacked layers.
    pub num_layers: i64,
    /// Whether the layers have biases (`bias_ih_l<k>`, `bias_hh_l<k>`).
    pub bias: bool,
    /// Whether inputs and outputs are `[batch, time, features]` (else `[time, batch, features]`).
    pub batch_first: bool,
    /// The dropout probability on the outputs of every layer but the last, when training.
    pub dropout: f64,
    /// Whether each layer also runs over the reversed sequence (outputs concatenated).
    pub bidirectional: bool,
    /// The size the hidden state is projected to (0: none).
    pub proj_size: i64,
}

impl Default for LstmConfig {
    fn default() -> LstmConfig {
        LstmConfig {
            num_layers: 1,
            bias: true,
            batch_first: false,
            dropout: 0.0,
            bidirectional: false,
            proj_size: 0,
        }
    }
}

/// The hidden and cell states of an [`Lstm`], `[num_layers * directions, batch, size]` each.
#[derive(Debug)]
pub struct LstmState(pub Tensor, pub Tensor);

impl LstmState {
    /// The hidden state (h).
    pub fn h(&self) -> &Tensor {
        &self.0
    }

    /// The cell state (c).
    pub fn c(&self) -> &Tensor {
        &self.1
    }
}

/// `torch.nn.LSTM(input_size, hidden_size, ...)`: its parameters `<name>.weight_ih_l<k>`,
/// `<name>.weight_hh_l<k>`, `<name>.bias_ih_l<k>`, `<name>.bias_hh_l<k>` (and
/// `<name>.weight_hr_l<k>` with a projection; `_reverse` for the second direction), each drawn
/// from U(-1/sqrt(hidden_size), 1/sqrt(hidden_size)) in that order.
#[derive(Debug)]
pub struct Lstm {
    /// The parameters in torch.nn.LSTM's order (its `_flat_weights`).
    pub weights: Vec<Arc<Tensor>>,
    /// The size of each input step.
    pub input_size: i64,
    /// The size of the hidden (cell) state.
    pub hidden_size: i64,
    /// The options it was made with.
    pub config: LstmConfig,
}

impl Lstm {
    /// A layer, checked as torch.nn.LSTM checks its options (its messages, errors of kind
    /// value).
    pub fn new(
        vs: &VarStore,
        name: &str,
        input_size: i64,
        hidden_size: i64,
        config: LstmConfig,
    ) -> Result<Lstm, TorchError> {
        let fail = |message: &str| Err(TorchError::argument(message.to_string()));
        if !(0.0..=1.0).contains(&config.dropout) {
            return fail(
                "dropout should be a number in range [0, 1] representing the probability of an \
                 element being zeroed",
            );
        }
        if hidden_size <= 0 {
            return fail("hidden_size must be greater than zero");
        }
        if config.num_layers <= 0 {
            return fail("num_layers must be greater than zero");
        }
        if config.proj_size < 0 {
            return fail("proj_size should be a positive integer or zero to disable projections");
        }
        if config.proj_size >= hidden_size {
            return fail("proj_size has to be smaller than hidden_size");
        }
        let gate_size = 4 * hidden_size;
        let real_hidden = if config.proj_size > 0 { config.proj_size } else { hidden_size };
        let directions = if config.bidirectional { 2 } else { 1 };
        #[allow(clippy::cast_precision_loss)]
        let stdv = 1.0 / (hidden_size as f64).sqrt();
        let mut weights = Vec::new();
        for layer in 0..config.num_layers {
            let layer_input = if layer == 0 { input_size } else { real_hidden * directions };
            for direction in 0..directions {
                let suffix = if direction == 1 { "_reverse" } else { "" };
                let mut shapes = vec![
                    ("weight_ih", vec![gate_size, layer_input]),
                    ("weight_hh", vec![gate_size, real_hidden]),
                ];
                if config.bias {
                    shapes.push(("bias_ih", vec![gate_size]));
                    shapes.push(("bias_hh", vec![gate_size]));
                }
                if config.proj_size > 0 {
                    shapes.push(("weight_hr", vec![config.proj_size, hidden_size]));
                }
                for (kind, shape) in shapes {
                    let full = format!("{name}.{kind}_l{layer}{suffix}");
                    weights.push(vs.uniform(&full, &shape, stdv)?);
                }
            }
        }
        Ok(Lstm { weights, input_size, hidden_size, config })
    }

    fn layers_times_directions(&self) -> i64 {
        self.config.num_layers * if self.config.bidirectional { 2 } else { 1 }
    }

    /// Zero states for a batch (what torch.nn.LSTM starts from without `hx`).
    pub fn zero_state(&self, xs_like: &Tensor, batch_size: i64) -> Result<LstmState, TorchError> {
        let real_hidden =
            if self.config.proj_size > 0 { self.config.proj_size } else { self.hidden_size };
        let n = self.layers_times_directions();
        let (kind, device) = (Some(xs_like.kind()), Some(xs_like.dev()));
        Ok(LstmState(
            Tensor::zeros_v2(&[n, batch_size, real_hidden], kind, device)?,
            Tensor::zeros_v2(&[n, batch_size, self.hidden_size], kind, device)?,
        ))
    }

    /// The output sequence and the final states from zero states, in training mode (as a
    /// torch.nn module is until `eval()`; it matters only for dropout between layers).
    pub fn seq(&self, xs: &Tensor) -> Result<(Tensor, LstmState), TorchError> {
        self.seq_t(xs, true)
    }

    /// [`Lstm::seq`], in training mode or not.
    pub fn seq_t(&self, xs: &Tensor, train: bool) -> Result<(Tensor, LstmState), TorchError> {
        self.run(xs, None, train)
    }

    /// The output sequence and the final states from given states, in training mode.
    pub fn seq_init(
        &self,
        xs: &Tensor,
        state: &LstmState,
    ) -> Result<(Tensor, LstmState), TorchError> {
        self.seq_init_t(xs, state, true)
    }

    /// [`Lstm::seq_init`], in training mode or not.
    pub fn seq_init_t(
        &self,
        xs: &Tensor,
        state: &LstmState,
        train: bool,
    ) -> Result<(Tensor, LstmState), TorchError> {
        self.run(xs, Some(state), train)
    }

    /// torch.nn.LSTM's `check_forward_args`: the dtype, the input size, the states' shapes.
    fn check_forward_args(
        &self,
        input: &Tensor,
        batch: i64,
        h0: &Tensor,
        c0: &Tensor,
    ) -> Result<(), TorchError> {
        let (kind, weight_kind) = (input.kind(), self.weights[0].kind());
        if kind != weight_kind {
            return Err(TorchError::argument(format!(
                "RNN input dtype ({kind}) does not match weight dtype ({weight_kind}). Convert \
                 input: input.to({weight_kind}), or convert model: model.to({kind})"
            )));
        }
        let features = input.size()[2];
        if features != self.input_size {
            return Err(runtime_error(format!(
                "input.size(-1) must be equal to input_size. Expected {}, got {features}",
                self.input_size
            )));
        }
        let real_hidden =
            if self.config.proj_size > 0 { self.config.proj_size } else { self.hidden_size };
        let n = self.layers_times_directions();
        for (i, state, size) in [(0, h0, real_hidden), (1, c0, self.hidden_size)] {
            let got = state.size();
            if got != [n, batch, size] {
                return Err(runtime_error(format!(
                    "Expected hidden[{i}] size ({n}, {batch}, {size}), got {got:?}"
                )));
            }
        }
        Ok(())
    }

    fn run(
        &self,
        xs: &Tensor,
        state: Option<&LstmState>,
        train: bool,
    ) -> Result<(Tensor, LstmState), TorchError> {
        let dim = xs.dim();
        if dim != 2 && dim != 3 {
            return Err(TorchError::argument(format!(
                "LSTM: Expected input to be 2D or 3D, got {dim}D instead"
            )));
        }
        let batched = dim == 3;
        let batch_dim = if self.config.batch_first { 0 } else { 1 };
        let unsqueezed;
        let input = if batched {
            xs
        } else {
            unsqueezed = xs.unsqueeze(batch_dim)?;
            &unsqueezed
        };
        let batch = input.size()[usize::from(!self.config.batch_first)];
        let (made, owned);
        let (h0, c0) = match state {
            Some(s) => {
                let (want, (h, c)) = (if batched { 3 } else { 2 }, (s.0.dim(), s.1.dim()));
                if h != want || c != want {
                    let which = if batched { "batched 3-D" } else { "unbatched 2-D" };
                    return Err(runtime_error(format!(
                        "For {which} input, hx and cx should also be {want}-D but got \
                         ({h}-D, {c}-D) tensors"
                    )));
                }
                if batched {
                    (&s.0, &s.1)
                } else {
                    owned = (s.0.unsqueeze(1)?, s.1.unsqueeze(1)?);
                    (&owned.0, &owned.1)
                }
            }
            None => {
                made = self.zero_state(input, batch)?;
                (&made.0, &made.1)
            }
        };
        self.check_forward_args(input, batch, h0, c0)?;
        let weights: Vec<&Tensor> = self.weights.iter().map(|w| &**w).collect();
        let c = self.config;
        let (output, h, cell) = input.lstm_input(
            &[h0, c0],
            &weights,
            c.bias,
            c.num_layers,
            c.dropout,
            train,
            c.bidirectional,
            c.batch_first,
        )?;
        if batched {
            Ok((output, LstmState(h, cell)))
        } else {
            Ok((output.squeeze_dim(batch_dim)?, LstmState(h.squeeze_dim(1)?, cell.squeeze_dim(1)?)))
        }
    }
}
