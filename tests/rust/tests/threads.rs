//! Threads through the safe crate: `Tensor` is `Send + Sync`, and several threads use the same
//! libtorch tensors at once through aliases (contiguous(), cpu(), to_dtype to its own dtype and
//! real() return the tensor itself), each thread through an alias of its own that it may change
//! (`&mut`): gradients read, replaced and zeroed, backward, requires_grad switched, in-place
//! updates inside and outside no_grad. Every call succeeds or fails with an error PyTorch raises
//! itself for that order of calls; the process never aborts (it did before the bridge
//! serialised these calls: "intrusive_ptr: Cannot increase refcount after it reached zero").

use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use torch_sffi::{autograd, ErrorKind, Kind, Tensor, TorchError};
use torch_sffi_tests::*;

const THREADS: usize = 8;
const DEFAULT_ITERATIONS: usize = 200_000; // in total; TORCH_SFFI_THREAD_ITERATIONS overrides it
const SIZE: usize = 4;

/// The errors PyTorch raises for these interleavings, all RuntimeError (`Other`).
const EXPECTED: [&str; 3] = [
    "a leaf Variable that requires grad is being used in an in-place operation",
    "does not require grad and does not have a grad_fn",
    "has been modified by an inplace operation",
];

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn tensor_is_send_and_sync() {
    assert_send_sync::<Tensor>();
}

struct Counts {
    ok: [AtomicUsize; 8],
    expected_errors: AtomicUsize,
}

/// Ok, or an expected error (counted); anything else fails the test, naming the operation.
fn settle<T>(counts: &Counts, op: usize, what: &str, result: Result<T, TorchError>) -> Option<T> {
    match result {
        Ok(value) => {
            counts.ok[op].fetch_add(1, Ordering::Relaxed);
            Some(value)
        }
        Err(error) => {
            assert!(
                error.kind() == ErrorKind::Other && EXPECTED.iter().any(|m| error.message().contains(m)),
                "{what}: unexpected error {:?}: {}",
                error.kind(),
                error.message()
            );
            counts.expected_errors.fetch_add(1, Ordering::Relaxed);
            None
        }
    }
}

fn fresh() -> Tensor {
    tensor(&[0.5, -1.0, 2.0, 0.25], &[SIZE as i64])
}

/// Four aliases of one tensor (the calls that return it), and a detached tensor sharing its data.
fn aliases(x: &Tensor) -> Vec<Tensor> {
    let mut out = vec![x.contiguous().unwrap(), x.cpu().unwrap(), x.to_dtype(Kind::Float64).unwrap(), x.real().unwrap()];
    out.push(x.detach().unwrap().contiguous().unwrap()); // shares the data only: a different tensor
    out
}

fn work(id: usize, iterations: usize, shared: &[Vec<Tensor>], counts: &Counts) {
    let mut rng = 2_654_435_761u64.wrapping_mul(id as u64 + 1);
    let mut next = move || {
        rng = rng.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (rng >> 33) as usize
    };
    // An alias of each shared tensor owned by this thread: it may change it (`&mut`) while the
    // other threads use their own aliases of the same tensor.
    let mut own: Vec<Tensor> = shared.iter().map(|group| group[id % 4].contiguous().unwrap()).collect();
    for _ in 0..iterations {
        let group = next() % shared.len();
        let other = &shared[next() % shared.len()][next() % 5];
        let mine = &mut own[group];
        match next() % 8 {
            0 => {
                if let Some(Some(g)) = settle(counts, 0, "grad", mine.grad()) {
                    g.sum().unwrap();
                }
            }
            1 => {
                let g = fresh();
                let value = if next() % 3 == 0 { None } else { Some(&g) };
                settle(counts, 1, "set_grad", mine.set_grad(value));
            }
            2 => {
                settle(counts, 2, "zero_grad", mine.zero_grad());
            }
            3 => {
                let loss = mine.mul(other).and_then(|m| m.sum_dim_intlist(None, false, None)).unwrap();
                settle(counts, 3, "backward", loss.backward());
            }
            4 => {
                settle(counts, 4, "set_requires_grad", mine.set_requires_grad(next() % 2 == 0));
            }
            5 => {
                let _guard = autograd::no_grad().unwrap();
                let operand = fresh();
                let result = match next() % 4 {
                    0 => mine.add_(&operand, 0.5),
                    1 => mine.mul_(&operand),
                    2 => mine.copy_(&operand),
                    _ => mine.zero_(),
                };
                settle(counts, 5, "in-place update in no_grad", result);
            }
            6 => {
                settle(counts, 6, "in-place update", mine.add_(&fresh(), 0.5));
            }
            _ => {
                settle(counts, 7, "requires_grad", mine.requires_grad());
            }
        }
    }
}

#[test]
fn threads_use_aliases_of_one_tensor_safely() {
    let iterations = std::env::var("TORCH_SFFI_THREAD_ITERATIONS").map_or(DEFAULT_ITERATIONS, |v| v.parse().unwrap());
    let leaves: Vec<Tensor> = (0..2).map(|_| fresh()).collect();
    let shared: Vec<Vec<Tensor>> = leaves.iter().map(aliases).collect();
    // The aliases are one tensor: requires_grad set through one shows through the others.
    let mut first = shared[0][0].contiguous().unwrap();
    first.set_requires_grad(true).unwrap();
    assert!(shared[0][..4].iter().all(|t| t.requires_grad().unwrap()));
    let counts = Counts { ok: Default::default(), expected_errors: AtomicUsize::new(0) };
    thread::scope(|scope| {
        for id in 0..THREADS {
            let (shared, counts) = (&shared, &counts);
            scope.spawn(move || work(id, iterations / THREADS, shared, counts));
        }
    });
    let ok: Vec<usize> = counts.ok.iter().map(|c| c.load(Ordering::Relaxed)).collect();
    assert!(ok.iter().all(|&n| n > 0), "every operation succeeded sometimes: {ok:?}");
    assert_eq!(ok.iter().sum::<usize>() + counts.expected_errors.load(Ordering::Relaxed), iterations / THREADS * THREADS);
}
