"""The recurrent layers of torch.nn: RNN, LSTM and GRU (multi-layer, bidirectional, batch_first,
LSTM's projections, dropout between layers) and their cells RNNCell, LSTMCell and GRUCell.

LSTM calls libtorch's own implementation (torch.lstm, a catalogue entry), as torch.nn.LSTM
does: for float32 on the CPU that is oneDNN's fused kernel. libtorch's CPU implementation of
RNN and GRU (aten/src/ATen/native/RNN.cpp), and of the cells, is composite: it computes the
input projection of a whole layer at once (linear over the sequence), then steps through time
with the cell's formula (linear of the hidden state, plus the step's projection, through the
gates), stacks the outputs, and for a bidirectional layer runs the reversed sequence with the
second set of weights and concatenates. This module makes the same calls in the same order
through torch_sffi's functions. From PyTorch's weights (same names, same shapes, the same
initialisation under one seed) the outputs and the gradients are PyTorch's. Packed sequences
are not supported.

Hand-written runtime: sffi-gen copies it into the package (torch_sffi/nn/rnn.py).
"""

from __future__ import annotations

import math
import warnings
from typing import Any

from .. import _tensor as _t
from .._tensor import Tensor
from . import functional as F
from . import init
from .module import Module
from .parameter import Parameter

__all__ = ["GRU", "GRUCell", "LSTM", "LSTMCell", "RNN", "RNNBase", "RNNCell", "RNNCellBase"]

_GATES = {"LSTM": 4, "GRU": 3, "RNN_TANH": 1, "RNN_RELU": 1}

# One layer-direction's weights: (w_ih, w_hh, b_ih, b_hh, w_hr), absent ones None.
_Weights = tuple[Tensor, Tensor, Tensor | None, Tensor | None, Tensor | None]


def _linear(x: Tensor, w: Tensor, b: Tensor | None) -> Tensor:
    return F.linear(x, w, b)


def _simple_cell(nonlinearity: str, x_proj: Tensor, h: Tensor, w: _Weights) -> Tensor:
    """RNN_TANH / RNN_RELU: f(h W_hh^T + b_hh + x W_ih^T + b_ih)."""
    pre = _linear(h, w[1], w[3]) + x_proj
    return _t.tanh(pre) if nonlinearity == "tanh" else F.relu(pre)


def _lstm_cell(x_proj: Tensor, hidden: tuple[Tensor, Tensor], w: _Weights) -> tuple[Tensor, Tensor]:
    """The LSTM's gates (input, forget, cell, output), as libtorch's CPU LSTMCell computes them."""
    hx, cx = hidden
    gates = _linear(hx, w[1], w[3]) + x_proj
    ingate, forgetgate, cellgate, outgate = gates.chunk(4, 1)
    ingate, forgetgate, cellgate, outgate = _t.sigmoid(ingate), _t.sigmoid(forgetgate), _t.tanh(cellgate), _t.sigmoid(outgate)
    cy = forgetgate * cx + ingate * cellgate
    hy = outgate * _t.tanh(cy)
    if w[4] is not None:
        hy = _t.matmul(hy, w[4].t())
    return hy, cy


def _gru_cell(x_proj: Tensor, h: Tensor, w: _Weights) -> Tensor:
    """The GRU's reset, input and new gates, as libtorch's GRUCell computes them."""
    i_r, i_i, i_n = x_proj.chunk(3, 1)
    h_r, h_i, h_n = _linear(h, w[1], w[3]).chunk(3, 1)
    reset_gate = _t.sigmoid(h_r + i_r)
    input_gate = _t.sigmoid(h_i + i_i)
    new_gate = _t.tanh(i_n + h_n * reset_gate)
    return (h - new_gate) * input_gate + new_gate


def _step(mode: str, x_proj: Tensor, hidden: Tensor, w: _Weights) -> Tensor:
    """One time step of a GRU or RNN layer (the LSTM layers run in libtorch, torch.lstm)."""
    if mode == "GRU":
        return _gru_cell(x_proj, hidden, w)
    return _simple_cell("tanh" if mode == "RNN_TANH" else "relu", x_proj, hidden, w)


def _run_direction(mode: str, inputs: Tensor, hidden: Tensor, w: _Weights, reverse: bool) -> tuple[Tensor, Tensor]:
    """One layer in one direction over a (time, batch, features) sequence: the input projection
    of every step at once, then the steps (in reverse for the backward direction)."""
    steps = list(_linear(inputs, w[0], w[2]).unbind(0))
    if not steps:
        raise RuntimeError("Expected sequence length to be larger than 0 in RNN")
    if reverse:
        steps.reverse()
    outputs = []
    for x_proj in steps:
        hidden = _step(mode, x_proj, hidden, w)
        outputs.append(hidden)
    if reverse:
        outputs.reverse()
    return _t.stack(outputs, 0), hidden


class RNNBase(Module):
    """What RNN, LSTM and GRU share: PyTorch's parameters (weight_ih_l0, weight_hh_l0,
    bias_ih_l0, bias_hh_l0, weight_hr_l0, and _reverse for the second direction), their
    initialisation U(-1/sqrt(hidden_size), 1/sqrt(hidden_size)), and the layer stack."""

    def __init__(
        self,
        mode: str,
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        bias: bool = True,
        batch_first: bool = False,
        dropout: float = 0.0,
        bidirectional: bool = False,
        proj_size: int = 0,
        device: Any = None,
        dtype: Any = None,
    ) -> None:
        super().__init__()
        self.mode = mode
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.bias = bias
        self.batch_first = batch_first
        self.dropout = float(dropout)
        self.bidirectional = bidirectional
        self.proj_size = proj_size
        num_directions = 2 if bidirectional else 1
        if not isinstance(dropout, (int, float)) or not 0 <= dropout <= 1 or isinstance(dropout, bool):
            raise ValueError("dropout should be a number in range [0, 1] representing the probability of an element being zeroed")
        if dropout > 0 and num_layers == 1:
            warnings.warn(
                "dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects "
                f"num_layers greater than 1, but got dropout={dropout} and num_layers={num_layers}",
                stacklevel=2,
            )
        if not isinstance(hidden_size, int):
            raise TypeError(f"hidden_size should be of type int, got: {type(hidden_size).__name__}")
        if hidden_size <= 0:
            raise ValueError("hidden_size must be greater than zero")
        if num_layers <= 0:
            raise ValueError("num_layers must be greater than zero")
        if proj_size < 0:
            raise ValueError("proj_size should be a positive integer or zero to disable projections")
        if proj_size >= hidden_size:
            raise ValueError("proj_size has to be smaller than hidden_size")
        if mode not in _GATES:
            raise ValueError("Unrecognized RNN mode: " + mode)
        gate_size = _GATES[mode] * hidden_size
        factory = {"device": device, "dtype": dtype}
        self._flat_weights_names: list[str] = []
        for layer in range(num_layers):
            for direction in range(num_directions):
                real_hidden_size = proj_size if proj_size > 0 else hidden_size
                layer_input_size = input_size if layer == 0 else real_hidden_size * num_directions
                suffix = "_reverse" if direction == 1 else ""
                params: list[tuple[str, tuple[int, ...]]] = [
                    (f"weight_ih_l{layer}{suffix}", (gate_size, layer_input_size)),
                    (f"weight_hh_l{layer}{suffix}", (gate_size, real_hidden_size)),
                ]
                if bias:
                    params += [(f"bias_ih_l{layer}{suffix}", (gate_size,)), (f"bias_hh_l{layer}{suffix}", (gate_size,))]
                if proj_size > 0:
                    params.append((f"weight_hr_l{layer}{suffix}", (proj_size, hidden_size)))
                for name, shape in params:
                    setattr(self, name, Parameter(_t.empty(shape, **factory)))
                    self._flat_weights_names.append(name)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        """Every weight and bias ~ U(-1/sqrt(hidden_size), 1/sqrt(hidden_size)), in order."""
        stdv = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        for weight in self.parameters():
            init.uniform_(weight, -stdv, stdv)

    def _weights(self, layer: int, direction: int) -> _Weights:
        suffix = "_reverse" if direction == 1 else ""

        def get(name: str) -> Tensor | None:
            return self._parameters.get(f"{name}_l{layer}{suffix}")

        w_ih, w_hh = get("weight_ih"), get("weight_hh")
        assert w_ih is not None and w_hh is not None
        return (w_ih, w_hh, get("bias_ih"), get("bias_hh"), get("weight_hr"))

    def _stack(self, input: Tensor, hx: list[Tensor]) -> tuple[Tensor, list[Tensor]]:
        """The layers over a (time, batch, features) input from the initial states hx (one per
        layer and direction): the last layer's output and every final state."""
        num_directions = 2 if self.bidirectional else 1
        finals: list[Tensor] = []
        layer_input = input
        for layer in range(self.num_layers):
            outputs = []
            for direction in range(num_directions):
                out, final = _run_direction(self.mode, layer_input, hx[layer * num_directions + direction], self._weights(layer, direction), direction == 1)
                outputs.append(out)
                finals.append(final)
            layer_input = outputs[0] if num_directions == 1 else _t.cat(outputs, outputs[0].dim() - 1)
            if self.dropout != 0 and self.training and layer < self.num_layers - 1:
                layer_input = F.dropout(layer_input, self.dropout, True)
        return layer_input, finals

    def _prepare(self, input: Tensor, name: str) -> tuple[Tensor, bool, int]:
        if input.dim() not in (2, 3):
            # PyTorch's RNN says "...D tensor instead", its LSTM and GRU "...D instead".
            what = "D tensor instead" if name == "RNN" else "D instead"
            raise ValueError(f"{name}: Expected input to be 2D or 3D, got {input.dim()}{what}")
        is_batched = input.dim() == 3
        batch_dim = 0 if self.batch_first else 1
        if not is_batched:
            input = input.unsqueeze(batch_dim)
        if self.batch_first:
            input = input.transpose(0, 1)
        return input, is_batched, batch_dim

    def _check_hidden(self, hx: Tensor, expected: tuple[int, ...], what: str = "Expected hidden size {}, got {}") -> None:
        if tuple(hx.shape) != expected:
            raise RuntimeError(what.format(list(expected), list(hx.shape)))

    def extra_repr(self) -> str:
        s = "{input_size}, {hidden_size}"
        if self.proj_size != 0:
            s += ", proj_size={proj_size}"
        if self.num_layers != 1:
            s += ", num_layers={num_layers}"
        if self.bias is not True:
            s += ", bias={bias}"
        if self.batch_first is not False:
            s += ", batch_first={batch_first}"
        if self.dropout != 0:
            s += ", dropout={dropout}"
        if self.bidirectional is not False:
            s += ", bidirectional={bidirectional}"
        return s.format(**self.__dict__)


class RNN(RNNBase):
    """An Elman RNN, h_t = tanh (or relu) of (x_t W_ih^T + b_ih + h_{t-1} W_hh^T + b_hh), as
    torch.nn.RNN(input_size, hidden_size, num_layers=1, nonlinearity="tanh", bias=True,
    batch_first=False, dropout=0.0, bidirectional=False). forward(input, hx=None) returns
    (output, h_n)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if "proj_size" in kwargs:
            raise ValueError("proj_size argument is only supported for LSTM, not RNN or GRU")
        if len(args) > 3:
            self.nonlinearity = args[3]
            args = args[:3] + args[4:]
        else:
            self.nonlinearity = kwargs.pop("nonlinearity", "tanh")
        if self.nonlinearity == "tanh":
            mode = "RNN_TANH"
        elif self.nonlinearity == "relu":
            mode = "RNN_RELU"
        else:
            raise ValueError(f"Unknown nonlinearity '{self.nonlinearity}'. Select from 'tanh' or 'relu'.")
        super().__init__(mode, *args, **kwargs)

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "nonlinearity" and "_parameters" not in self.__dict__:
            object.__setattr__(self, name, value)  # set before Module.__init__, as PyTorch's RNN does
            return
        super().__setattr__(name, value)

    def forward(self, input: Tensor, hx: Tensor | None = None) -> tuple[Tensor, Tensor]:
        num_directions = 2 if self.bidirectional else 1
        seq, is_batched, batch_dim = self._prepare(input, "RNN")
        if hx is not None:
            if hx.dim() != (3 if is_batched else 2):
                raise RuntimeError(f"For {'batched 3-D' if is_batched else 'unbatched 2-D'} input, hx should also be {'3-D' if is_batched else '2-D'} but got {hx.dim()}-D tensor")
            if not is_batched:
                hx = hx.unsqueeze(1)
        batch = seq.size(1)
        if hx is None:
            hx = _t.zeros((self.num_layers * num_directions, batch, self.hidden_size), dtype=seq.dtype)
        self._check_hidden(hx, (self.num_layers * num_directions, batch, self.hidden_size))
        output, finals = self._stack(seq, list(hx.unbind(0)))
        if self.batch_first:
            output = output.transpose(0, 1)
        hidden = _t.stack(finals, 0)
        if not is_batched:
            output = output.squeeze(batch_dim)
            hidden = hidden.squeeze(1)
        return output, hidden


class LSTM(RNNBase):
    """A long short-term memory network, as torch.nn.LSTM (proj_size > 0 projects the hidden
    state). forward(input, (h_0, c_0)=None) returns (output, (h_n, c_n))."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__("LSTM", *args, **kwargs)

    def forward(self, input: Tensor, hx: tuple[Tensor, Tensor] | None = None) -> tuple[Tensor, tuple[Tensor, Tensor]]:
        num_directions = 2 if self.bidirectional else 1
        real_hidden_size = self.proj_size if self.proj_size > 0 else self.hidden_size
        seq, is_batched, batch_dim = self._prepare(input, "LSTM")
        batch = seq.size(1)
        if hx is None:
            h0 = _t.zeros((self.num_layers * num_directions, batch, real_hidden_size), dtype=seq.dtype)
            c0 = _t.zeros((self.num_layers * num_directions, batch, self.hidden_size), dtype=seq.dtype)
        else:
            h0, c0 = hx
            if not is_batched:
                if h0.dim() != 2 or c0.dim() != 2:
                    raise RuntimeError(f"For unbatched 2-D input, hx and cx should also be 2-D but got ({h0.dim()}-D, {c0.dim()}-D) tensors")
                h0, c0 = h0.unsqueeze(1), c0.unsqueeze(1)
            elif h0.dim() != 3 or c0.dim() != 3:
                raise RuntimeError(f"For batched 3-D input, hx and cx should also be 3-D but got ({h0.dim()}-D, {c0.dim()}-D) tensors")
        self._check_hidden(h0, (self.num_layers * num_directions, batch, real_hidden_size))
        self._check_hidden(c0, (self.num_layers * num_directions, batch, self.hidden_size), "Expected hidden[1] size {}, got {}")
        # libtorch's own LSTM (torch.lstm, as torch.nn.LSTM calls it): for float32 on the CPU it
        # is oneDNN's fused kernel, whose rounding the step-by-step formula would not reproduce.
        weights = [p for p in (self._parameters[name] for name in self._flat_weights_names) if p is not None]
        sequence = seq.transpose(0, 1) if self.batch_first else seq  # as given, batch first or not
        output, h_n, c_n = _t.lstm(sequence, [h0, c0], weights, self.bias, self.num_layers, self.dropout, self.training, self.bidirectional, self.batch_first)
        if not is_batched:
            output = output.squeeze(batch_dim)
            h_n, c_n = h_n.squeeze(1), c_n.squeeze(1)
        return output, (h_n, c_n)


class GRU(RNNBase):
    """A gated recurrent unit network, as torch.nn.GRU. forward(input, hx=None) returns
    (output, h_n)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if "proj_size" in kwargs:
            raise ValueError("proj_size argument is only supported for LSTM, not RNN or GRU")
        super().__init__("GRU", *args, **kwargs)

    def forward(self, input: Tensor, hx: Tensor | None = None) -> tuple[Tensor, Tensor]:
        num_directions = 2 if self.bidirectional else 1
        seq, is_batched, batch_dim = self._prepare(input, "GRU")
        if hx is not None:
            if hx.dim() != (3 if is_batched else 2):
                raise RuntimeError(f"For {'batched 3-D' if is_batched else 'unbatched 2-D'} input, hx should also be {'3-D' if is_batched else '2-D'} but got {hx.dim()}-D tensor")
            if not is_batched:
                hx = hx.unsqueeze(1)
        batch = seq.size(1)
        if hx is None:
            hx = _t.zeros((self.num_layers * num_directions, batch, self.hidden_size), dtype=seq.dtype)
        self._check_hidden(hx, (self.num_layers * num_directions, batch, self.hidden_size))
        output, finals = self._stack(seq, list(hx.unbind(0)))
        if self.batch_first:
            output = output.transpose(0, 1)
        hidden = _t.stack(finals, 0)
        if not is_batched:
            output = output.squeeze(batch_dim)
            hidden = hidden.squeeze(1)
        return output, hidden


# ============================================================================ cells


class RNNCellBase(Module):
    """What the cells share: weight_ih, weight_hh, bias_ih, bias_hh, U(-1/sqrt(hidden_size), ...)."""

    def __init__(self, input_size: int, hidden_size: int, bias: bool, num_chunks: int, device: Any = None, dtype: Any = None) -> None:
        super().__init__()
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.bias = bias
        factory = {"device": device, "dtype": dtype}
        self.weight_ih = Parameter(_t.empty((num_chunks * hidden_size, input_size), **factory))
        self.weight_hh = Parameter(_t.empty((num_chunks * hidden_size, hidden_size), **factory))
        if bias:
            self.bias_ih = Parameter(_t.empty(num_chunks * hidden_size, **factory))
            self.bias_hh = Parameter(_t.empty(num_chunks * hidden_size, **factory))
        else:
            self.register_parameter("bias_ih", None)
            self.register_parameter("bias_hh", None)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        """Every weight and bias ~ U(-1/sqrt(hidden_size), 1/sqrt(hidden_size)), in order."""
        stdv = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        for weight in self.parameters():
            init.uniform_(weight, -stdv, stdv)

    def _weights(self) -> _Weights:
        return (self.weight_ih, self.weight_hh, self.bias_ih, self.bias_hh, None)

    def _batched(self, input: Tensor, hx: Tensor | None, name: str) -> tuple[Tensor, Tensor | None, bool]:
        if input.dim() not in (1, 2):
            raise ValueError(f"{name}: Expected input to be 1D or 2D, got {input.dim()}D instead")
        if hx is not None and hx.dim() not in (1, 2):
            raise ValueError(f"{name}: Expected hidden to be 1D or 2D, got {hx.dim()}D instead")
        is_batched = input.dim() == 2
        if not is_batched:
            input = input.unsqueeze(0)
            hx = hx.unsqueeze(0) if hx is not None else None
        return input, hx, is_batched

    def extra_repr(self) -> str:
        s = "{input_size}, {hidden_size}"
        if "bias" in self.__dict__ and self.bias is not True:
            s += ", bias={bias}"
        if "nonlinearity" in self.__dict__ and self.nonlinearity != "tanh":
            s += ", nonlinearity={nonlinearity}"
        return s.format(**self.__dict__)


class RNNCell(RNNCellBase):
    """One step of an Elman RNN: h' = tanh (or relu) of (x W_ih^T + b_ih + h W_hh^T + b_hh)."""

    def __init__(self, input_size: int, hidden_size: int, bias: bool = True, nonlinearity: str = "tanh", device: Any = None, dtype: Any = None) -> None:
        super().__init__(input_size, hidden_size, bias, num_chunks=1, device=device, dtype=dtype)
        self.nonlinearity = nonlinearity

    def forward(self, input: Tensor, hx: Tensor | None = None) -> Tensor:
        input, hx, is_batched = self._batched(input, hx, "RNNCell")
        if hx is None:
            hx = _t.zeros((input.size(0), self.hidden_size), dtype=input.dtype)
        if self.nonlinearity not in ("tanh", "relu"):
            raise RuntimeError(f"Unknown nonlinearity: {self.nonlinearity}")
        w = self._weights()
        ret = _simple_cell(self.nonlinearity, _linear(input, w[0], w[2]), hx, w)
        return ret if is_batched else ret.squeeze(0)


class LSTMCell(RNNCellBase):
    """One step of an LSTM: forward(input, (h, c)=None) returns (h', c')."""

    def __init__(self, input_size: int, hidden_size: int, bias: bool = True, device: Any = None, dtype: Any = None) -> None:
        super().__init__(input_size, hidden_size, bias, num_chunks=4, device=device, dtype=dtype)

    def forward(self, input: Tensor, hx: tuple[Tensor, Tensor] | None = None) -> tuple[Tensor, Tensor]:
        if input.dim() not in (1, 2):
            raise ValueError(f"LSTMCell: Expected input to be 1D or 2D, got {input.dim()}D instead")
        if hx is not None:
            for idx, value in enumerate(hx):
                if value.dim() not in (1, 2):
                    raise ValueError(f"LSTMCell: Expected hx[{idx}] to be 1D or 2D, got {value.dim()}D instead")
        is_batched = input.dim() == 2
        if not is_batched:
            input = input.unsqueeze(0)
        if hx is None:
            zeros = _t.zeros((input.size(0), self.hidden_size), dtype=input.dtype)
            state = (zeros, zeros)
        else:
            state = (hx[0].unsqueeze(0), hx[1].unsqueeze(0)) if not is_batched else (hx[0], hx[1])
        w = self._weights()
        h, c = _lstm_cell(_linear(input, w[0], w[2]), state, w)
        return (h, c) if is_batched else (h.squeeze(0), c.squeeze(0))


class GRUCell(RNNCellBase):
    """One step of a GRU: h' from the reset, input and new gates."""

    def __init__(self, input_size: int, hidden_size: int, bias: bool = True, device: Any = None, dtype: Any = None) -> None:
        super().__init__(input_size, hidden_size, bias, num_chunks=3, device=device, dtype=dtype)

    def forward(self, input: Tensor, hx: Tensor | None = None) -> Tensor:
        input, hx, is_batched = self._batched(input, hx, "GRUCell")
        if hx is None:
            hx = _t.zeros((input.size(0), self.hidden_size), dtype=input.dtype)
        w = self._weights()
        ret = _gru_cell(_linear(input, w[0], w[2]), hx, w)
        return ret if is_batched else ret.squeeze(0)
