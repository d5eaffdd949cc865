//! Indexing as tch-rs writes it: `t.i(0)`, `t.i(1..3)`, `t.i((.., 2))`, `t.i((0, 1.., ..=2))`,
//! and `select` beside the generated `narrow` and `slice`.
//!
//! Catalogue entries: rt_torch_torchtensor_select_int rt_torch_torchtensor_slice
//! rt_torch_torchtensor_ndim
//!
//! An integer selects (the dimension goes away, a negative one counts from the end), a range
//! keeps a part of the dimension (`..` all of it), as Python's `t[0, 1:3]`. Views share the
//! tensor's memory, as in PyTorch.
//!
//! ```
//! use torch_sffi::{IndexOp, Tensor};
//! let t = Tensor::from_slice(&[0i64, 1, 2, 3, 4, 5]).reshape(&[2, 3])?;
//! assert_eq!(Vec::<i64>::try_from(&t.i(1))?, [3, 4, 5]);
//! assert_eq!(Vec::<i64>::try_from(&t.i((.., 1..)))?, [1, 2, 4, 5]);
//! assert_eq!(Vec::<i64>::try_from(&t.i((-1, ..=1)))?, [3, 4]);
//! assert_eq!(Vec::<i64>::try_from(&t.select(1, 2)?)?, [2, 5]);
//! # Ok::<(), torch_sffi::TorchError>(())
//! ```

use std::ops::{Range, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};

use crate::{Tensor, TorchError};

/// One index of [`IndexOp::i`]: an integer (select) or a range of a dimension (slice).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TensorIndexer {
    /// Selects one position; the dimension goes away.
    Select(i64),
    /// Keeps positions `start..end` of the dimension (`end`: `i64::MAX` for all the rest).
    Slice(i64, i64),
}

impl From<i64> for TensorIndexer {
    fn from(index: i64) -> TensorIndexer {
        TensorIndexer::Select(index)
    }
}

impl From<i32> for TensorIndexer {
    fn from(index: i32) -> TensorIndexer {
        TensorIndexer::Select(i64::from(index))
    }
}

impl From<RangeFull> for TensorIndexer {
    fn from(_: RangeFull) -> TensorIndexer {
        TensorIndexer::Slice(0, i64::MAX)
    }
}

impl From<Range<i64>> for TensorIndexer {
    fn from(range: Range<i64>) -> TensorIndexer {
        TensorIndexer::Slice(range.start, range.end)
    }
}

impl From<RangeFrom<i64>> for TensorIndexer {
    fn from(range: RangeFrom<i64>) -> TensorIndexer {
        TensorIndexer::Slice(range.start, i64::MAX)
    }
}

impl From<RangeTo<i64>> for TensorIndexer {
    fn from(range: RangeTo<i64>) -> TensorIndexer {
        TensorIndexer::Slice(0, range.end)
    }
}

impl From<RangeInclusive<i64>> for TensorIndexer {
    fn from(range: RangeInclusive<i64>) -> TensorIndexer {
        TensorIndexer::Slice(*range.start(), inclusive_end(*range.end()))
    }
}

impl From<RangeToInclusive<i64>> for TensorIndexer {
    fn from(range: RangeToInclusive<i64>) -> TensorIndexer {
        TensorIndexer::Slice(0, inclusive_end(range.end))
    }
}

/// The exclusive end of an inclusive range: `..=-1` is the last position, so it runs to the end.
fn inclusive_end(end: i64) -> i64 {
    if end == -1 {
        i64::MAX
    } else {
        end.saturating_add(1)
    }
}

/// What [`IndexOp::i`] takes: one index, or a tuple of them (one per leading dimension).
pub trait IntoIndexers {
    /// The indices, first dimension first.
    fn indexers(self) -> Vec<TensorIndexer>;
}

impl<T: Into<TensorIndexer>> IntoIndexers for T {
    fn indexers(self) -> Vec<TensorIndexer> {
        vec![self.into()]
    }
}

macro_rules! tuple_indexers {
    ($($name:ident),+) => {
        impl<$($name: Into<TensorIndexer>),+> IntoIndexers for ($($name,)+) {
            #[allow(non_snake_case)]
            fn indexers(self) -> Vec<TensorIndexer> {
                let ($($name,)+) = self;
                vec![$($name.into()),+]
            }
        }
    };
}

tuple_indexers!(A);
tuple_indexers!(A, B);
tuple_indexers!(A, B, C);
tuple_indexers!(A, B, C, D);
tuple_indexers!(A, B, C, D, E);

/// Indexing with integers and ranges, as tch-rs's `IndexOp`.
pub trait IndexOp {
    /// The view `index` picks (Python's `t[index]`).
    ///
    /// # Panics
    /// When an index is out of range or there are more indices than dimensions;
    /// [`IndexOp::f_i`] reports that as an error instead.
    fn i(&self, index: impl IntoIndexers) -> Tensor;

    /// The fallible form of [`IndexOp::i`].
    fn f_i(&self, index: impl IntoIndexers) -> Result<Tensor, TorchError>;
}

impl IndexOp for Tensor {
    #[track_caller]
    fn i(&self, index: impl IntoIndexers) -> Tensor {
        self.f_i(index).unwrap_or_else(|error| panic!("Tensor::i failed: {error}"))
    }

    fn f_i(&self, index: impl IntoIndexers) -> Result<Tensor, TorchError> {
        let indexers = index.indexers();
        let ndim = self.ndim()?;
        if i64::try_from(indexers.len()).unwrap_or(i64::MAX) > ndim {
            return Err(TorchError::argument(format!(
                "too many indices for tensor of dimension {ndim} ({} given)",
                indexers.len()
            )));
        }
        let mut view: Option<Tensor> = None;
        let mut dim = 0;
        for indexer in indexers {
            let source = view.as_ref().unwrap_or(self);
            view = Some(match indexer {
                TensorIndexer::Select(index) => source.select_int(dim, index)?,
                TensorIndexer::Slice(start, end) => {
                    dim += 1;
                    source.slice(dim - 1, start, end, 1)?
                }
            });
        }
        // No index at all: the whole tensor, as a view.
        view.map_or_else(|| self.slice(0, 0, i64::MAX, 1), Ok)
    }
}

impl Tensor {
    /// The view at `index` along `dim` (that dimension goes away): PyTorch's
    /// `torch.select`, as [`Tensor::select_int`].
    pub fn select(&self, dim: i64, index: i64) -> Result<Tensor, TorchError> {
        self.select_int(dim, index)
    }
}
