//! `Display` prints a tensor as PyTorch's `repr` does (with PyTorch's default print options,
//! naming a non-leaf's grad_fn as the ATen overload the catalogue binds records it); `Debug`
//! gives its shape, dtype and device.
//!
//! Catalogue entries: rt_torch_torchtensor_data_f64 rt_torch_torchtensor_dtype
//! rt_torch_torchtensor_shape rt_torch_torchtensor_device rt_torch_torchtensor_device_type
//! rt_torch_autograd_requires_grad rt_torch_torchtensor_is_floating_point
//! rt_torch_torchtensor_data_i64 rt_torch_autograd_grad_fn_name
//!
//! ```
//! use torch_sffi::{Kind, Tensor};
//! let t = Tensor::from_slice(&[1.5f64, -2.0, 3.25, 0.0]).reshape(&[2, 2])?;
//! assert_eq!(t.to_string(), "tensor([[ 1.5000, -2.0000],\n        [ 3.2500,  0.0000]], dtype=torch.float64)");
//! assert_eq!(format!("{:?}", Tensor::from_slice(&[1i32, 2])), "Tensor[[2], int32, cpu]");
//! assert_eq!(Tensor::from_slice(&[1.0f32, 2.0]).to_string(), "tensor([1., 2.])");
//! # Ok::<(), torch_sffi::TorchError>(())
//! ```

use std::fmt;

use crate::{Device, Kind, Tensor, TorchError};

/// PyTorch's print options (torch.set_printoptions defaults).
const PRECISION: usize = 4;
const THRESHOLD: usize = 1000;
const EDGE_ITEMS: usize = 3;
const LINE_WIDTH: usize = 80;

impl fmt::Display for Kind {
    /// PyTorch's spelling: `torch.float32`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "torch.{}", self.name())
    }
}

impl fmt::Display for Device {
    /// PyTorch's spelling: `cpu`, `cuda:0`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.index() {
            index if index >= 0 => write!(f, "{}:{index}", self.name()),
            _ => f.write_str(self.name()),
        }
    }
}

impl fmt::Debug for Tensor {
    /// `Tensor[[2, 3], float32, cpu]`: what the tensor is, not its values.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.shape(), self.dtype(), self.device_type(), self.device()) {
            (Ok(shape), Ok(kind), Ok(code), Ok(index)) => {
                let device = Device::from_codes(code, index)
                    .map_or_else(|_| format!("device type {code}"), |d| d.to_string());
                write!(f, "Tensor[{shape:?}, {}, {device}]", kind.name())
            }
            (Err(error), ..) | (_, Err(error), ..) | (_, _, Err(error), _) | (.., Err(error)) => {
                write!(f, "Tensor(handle {}: {})", self.handle, error.message())
            }
        }
    }
}

impl fmt::Display for Tensor {
    /// The values as PyTorch's `repr(tensor)` prints them: `tensor([1., 2.])`, with
    /// PyTorch's default print options (4 digits, summaries past 1000 elements, 80 columns).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match repr(self) {
            Ok(text) => f.write_str(&text),
            Err(error) => write!(f, "tensor(<unreadable: {}>)", error.message()),
        }
    }
}

/// How every element is written: PyTorch's _Formatter.
struct Formatter {
    kind: Kind,
    int_mode: bool,
    sci_mode: bool,
    width: usize,
}

impl Formatter {
    /// PyTorch's widths: over every value of an integer tensor, over the nonzero finite values
    /// of a floating one (zeros, nan and inf do not widen the columns).
    fn new(kind: Kind, floating: bool, values: &[Value]) -> Formatter {
        let mut formatter = Formatter { kind, int_mode: true, sci_mode: false, width: 1 };
        if !floating {
            formatter.width =
                values.iter().map(|v| formatter.format(*v).len()).max().unwrap_or(1).max(1);
            return formatter;
        }
        let finite: Vec<f64> =
            values.iter().map(|v| v.float()).filter(|v| v.is_finite() && *v != 0.0).collect();
        if finite.is_empty() {
            return formatter;
        }
        let (min, max) = finite
            .iter()
            .fold((f64::INFINITY, 0.0f64), |(lo, hi), v| (lo.min(v.abs()), hi.max(v.abs())));
        formatter.int_mode = finite.iter().all(|v| v.ceil() == *v);
        formatter.sci_mode =
            max / min > 1000.0 || max > 1.0e8 || (!formatter.int_mode && min < 1.0e-4);
        formatter.width = finite
            .iter()
            .map(|v| formatter.format(Value::Float(*v)).len())
            .max()
            .unwrap_or(1)
            .max(1);
        formatter
    }

    fn format(&self, value: Value) -> String {
        let value = match value {
            Value::Int(value) if self.kind == Kind::Bool => {
                return if value != 0 { "True" } else { "False" }.to_string()
            }
            Value::Int(value) => return value.to_string(),
            Value::Float(value) => value,
        };
        if value.is_nan() {
            return "nan".to_string();
        }
        if value.is_infinite() {
            return if value > 0.0 { "inf" } else { "-inf" }.to_string();
        }
        if self.sci_mode {
            python_exponent(&format!("{value:.PRECISION$e}"))
        } else if self.int_mode {
            format!("{value:.0}.")
        } else {
            format!("{value:.PRECISION$}")
        }
    }

    fn padded(&self, value: Value) -> String {
        format!("{:>width$}", self.format(value), width = self.width)
    }
}

/// Rust's `1.0000e5` as Python's `1.0000e+05`.
fn python_exponent(text: &str) -> String {
    match text.split_once('e') {
        Some((mantissa, exponent)) => {
            let (sign, digits) = exponent.strip_prefix('-').map_or(("+", exponent), |d| ("-", d));
            format!("{mantissa}e{sign}{digits:0>2}")
        }
        None => text.to_string(),
    }
}

/// One element as read: float64 for floating dtypes, int64 (exact) for the others.
#[derive(Clone, Copy)]
enum Value {
    Float(f64),
    Int(i64),
}

impl Value {
    fn float(self) -> f64 {
        match self {
            Value::Float(value) => value,
            Value::Int(value) => value as f64,
        }
    }
}

/// A view of the flat values as a nested array: the data and the shape.
struct Nested<'a> {
    values: &'a [Value],
    shape: &'a [usize],
}

impl Nested<'_> {
    fn strides(&self) -> Vec<usize> {
        let mut strides = vec![1; self.shape.len()];
        for i in (0..self.shape.len().saturating_sub(1)).rev() {
            strides[i] = strides[i + 1] * self.shape[i + 1];
        }
        strides
    }

    /// The indices printed along one dimension of `size`: all, or the edges around "...".
    fn shown(size: usize, summarize: bool) -> Vec<Option<usize>> {
        if summarize && size > 2 * EDGE_ITEMS {
            (0..EDGE_ITEMS)
                .map(Some)
                .chain([None])
                .chain((size - EDGE_ITEMS..size).map(Some))
                .collect()
        } else {
            (0..size).map(Some).collect()
        }
    }

    /// The values a summary prints (PyTorch's get_summarized_data), which set the formatting.
    fn summarized(&self, offset: usize, dim: usize, summarize: bool, out: &mut Vec<Value>) {
        if dim == self.shape.len() {
            out.push(self.values[offset]);
            return;
        }
        let stride = self.strides()[dim];
        for index in Self::shown(self.shape[dim], summarize).into_iter().flatten() {
            self.summarized(offset + index * stride, dim + 1, summarize, out);
        }
    }

    fn text(
        &self,
        formatter: &Formatter,
        offset: usize,
        dim: usize,
        indent: usize,
        summarize: bool,
    ) -> String {
        let stride = self.strides()[dim];
        let rank = self.shape.len() - dim;
        let shown = Self::shown(self.shape[dim], summarize);
        if rank == 1 {
            let per_line = ((LINE_WIDTH.saturating_sub(indent)) / (formatter.width + 2)).max(1);
            let items: Vec<String> = shown
                .iter()
                // PyTorch's vectors write the gap as " ..." (its other dimensions as "...").
                .map(|index| {
                    index.map_or_else(
                        || " ...".to_string(),
                        |i| formatter.padded(self.values[offset + i * stride]),
                    )
                })
                .collect();
            let lines: Vec<String> = items.chunks(per_line).map(|line| line.join(", ")).collect();
            return format!("[{}]", lines.join(&format!(",\n{}", " ".repeat(indent + 1))));
        }
        let parts: Vec<String> = shown
            .iter()
            .map(|index| {
                index.map_or_else(
                    || "...".to_string(),
                    |i| self.text(formatter, offset + i * stride, dim + 1, indent + 1, summarize),
                )
            })
            .collect();
        format!(
            "[{}]",
            parts.join(&format!(",{}{}", "\n".repeat(rank - 1), " ".repeat(indent + 1)))
        )
    }
}

/// PyTorch's repr of a tensor.
fn repr(tensor: &Tensor) -> Result<String, TorchError> {
    const PREFIX: &str = "tensor(";
    let kind = tensor.dtype()?;
    let shape: Vec<usize> =
        tensor.shape()?.into_iter().map(|s| usize::try_from(s).unwrap_or(0)).collect();
    let device = Device::from_codes(tensor.device_type()?, tensor.device()?)?;
    let floating = tensor.is_floating_point()?;
    let numel: usize = shape.iter().product();
    let mut suffixes = Vec::new();
    if device != Device::Cpu {
        suffixes.push(format!("device='{device}'"));
    }
    let body = if device == Device::Meta {
        suffixes.push(format!("size={}", python_tuple(&shape)));
        "...".to_string()
    } else if numel == 0 {
        if shape != [0] {
            suffixes.push(format!("size={}", python_tuple(&shape)));
        }
        "[]".to_string()
    } else {
        let values: Vec<Value> = if floating {
            tensor.data_f64()?.into_iter().map(Value::Float).collect()
        } else {
            tensor.data_i64()?.into_iter().map(Value::Int).collect()
        };
        let summarize = numel > THRESHOLD;
        let nested = Nested { values: &values, shape: &shape };
        if shape.is_empty() {
            Formatter::new(kind, floating, &values).format(values[0])
        } else {
            let mut shown = Vec::new();
            nested.summarized(0, 0, summarize, &mut shown);
            let formatter = Formatter::new(kind, floating, &shown);
            nested.text(&formatter, 0, 0, PREFIX.len(), summarize)
        }
    };
    if !matches!(kind, Kind::Float32 | Kind::Int64 | Kind::Bool) {
        suffixes.push(format!("dtype={kind}"));
    }
    // PyTorch names the node that made a non-leaf (`grad_fn=<AddBackward0>`), and marks a leaf
    // that requires grad.
    let grad_fn = tensor.grad_fn_name()?;
    if !grad_fn.is_empty() {
        suffixes.push(format!("grad_fn=<{grad_fn}>"));
    } else if tensor.requires_grad()? {
        suffixes.push("requires_grad=True".to_string());
    }
    let mut text = format!("{PREFIX}{body}");
    let mut last_line = text.rsplit('\n').next().map_or(0, str::len);
    for suffix in suffixes {
        if last_line + suffix.len() + 2 > LINE_WIDTH {
            text.push_str(&format!(",\n{}{suffix}", " ".repeat(PREFIX.len())));
            last_line = PREFIX.len() + suffix.len();
        } else {
            text.push_str(&format!(", {suffix}"));
            last_line += suffix.len() + 2;
        }
    }
    text.push(')');
    Ok(text)
}

/// `(2, 3)`, `(0,)`: a shape as Python writes a tuple.
fn python_tuple(shape: &[usize]) -> String {
    match shape {
        [one] => format!("({one},)"),
        _ => format!("({})", shape.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")),
    }
}
