/*
 * Aliases under threads. contiguous(), cpu(), to_dtype to the tensor's own dtype and real()
 * of a real tensor return the tensor itself, so several handles name one libtorch tensor.
 * Threads read and write that tensor's autograd state and its elements through different
 * handles at once: grad, set_grad, zero_grad, backward, requires_grad, set_requires_grad,
 * in-place updates (add_, mul_, copy_, zero_, lerp_, addcmul_), inside and outside no_grad,
 * with plain and with tracked operands (which turn a plain tensor into a tracked one), next
 * to functional operations and fresh aliases. Now and then a thread replaces a group of
 * aliases and frees the old handles while other threads may be using them, so that graphs
 * stay short and stale handles are exercised too.
 *
 * Every call must succeed or fail with an error PyTorch raises itself for that interleaving
 * (an in-place update of a leaf that requires grad, a backward from a tensor that does not
 * require grad, a saved tensor changed in place, a graph already freed, a leaf that became a
 * non-leaf after a graph used it, a freed handle); each is also what one thread alone gets
 * from the same calls in that order.
 * Any other error, or a crash, fails the run.
 *
 * Usage: aliases THREADS ITERATIONS [SEED]   (ITERATIONS in total, shared by the threads)
 * Prints one summary line of key=value pairs; exit status 0 when every check held.
 */
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "torch_sffi.h"

#define GROUPS 4
#define ALIASES 5 /* the tensor, contiguous(), cpu(), to_dtype(own dtype), real() */
#define SIZE 4

enum op {
    OP_GRAD,
    OP_SET_GRAD,
    OP_ZERO_GRAD,
    OP_BACKWARD,
    OP_REQUIRES_GRAD,
    OP_SET_REQUIRES_GRAD,
    OP_INPLACE,
    OP_INPLACE_NO_GRAD,
    OP_FUNCTIONAL,
    OP_ALIAS,
    OP_REPLACE,
    OPS
};
static const char* const OP_NAMES[OPS] = {"grad",          "set_grad", "zero_grad",  "backward",
                                          "requires_grad", "set_requires_grad", "inplace",
                                          "inplace_no_grad", "functional", "alias", "replace"};
/* Out of 100: backward and replacement less often (they cost more), the rest alike. */
static const int WEIGHTS[OPS] = {12, 9, 8, 7, 10, 8, 12, 10, 10, 10, 4};

/* The errors PyTorch raises for these interleavings (code RT_TORCH_ERR_OTHER). */
static const char* const EXPECTED[] = {
    "a leaf Variable that requires grad is being used in an in-place operation",
    "does not require grad and does not have a grad_fn",
    "has been modified by an inplace operation",
    "you can only change requires_grad flags of leaf variables",
    "Trying to backward through the graph a second time",
    "leaf variable has been moved into the graph interior",
};

static int threads = 8;
static long iterations = 100000;
static unsigned seed = 1;
static _Atomic int64_t groups[GROUPS][ALIASES];
static atomic_long calls, ok[OPS], expected_errors, stale_handles;

static const int64_t dims[1] = {SIZE};
static const double values[SIZE] = {0.5, -1.0, 2.0, 0.25};

typedef struct {
    int id;
    unsigned rng;
    long failures;
    char first_failure[768];
} worker_t;

static unsigned next_random(unsigned* state) {
    *state = *state * 1103515245u + 12345u;
    return *state >> 8;
}

static void fail(worker_t* w, const char* what) {
    if (w->failures++ == 0) {
        snprintf(w->first_failure, sizeof w->first_failure, "thread %d: %s (code %d: %s)", w->id, what,
                 rt_torch_error_code(), rt_torch_error_message());
    }
}

/* After a call: true when it succeeded; an expected failure is counted, any other one fails
   the run. */
static int succeeded(worker_t* w, int failed, const char* what) {
    atomic_fetch_add(&calls, 1);
    const int code = rt_torch_error_code();
    if (!failed && code == 0) return 1;
    const char* message = rt_torch_error_message();
    if (code == RT_TORCH_ERR_INVALID_HANDLE && strstr(message, "was already freed") != NULL) {
        atomic_fetch_add(&stale_handles, 1);
        return 0;
    }
    if (code == RT_TORCH_ERR_OTHER) {
        for (size_t i = 0; i < sizeof EXPECTED / sizeof EXPECTED[0]; ++i) {
            if (strstr(message, EXPECTED[i]) != NULL) {
                atomic_fetch_add(&expected_errors, 1);
                return 0;
            }
        }
    }
    fail(w, what);
    return 0;
}

static int64_t fresh(worker_t* w) {
    const int64_t t = rt_torch_tensor_from_data(values, SIZE, dims, 1);
    if (!succeeded(w, t == 0, "from_data")) return 0;
    return t;
}

static void release(worker_t* w, int64_t handle) {
    if (handle == 0) return;
    rt_torch_torchtensor_free(handle);
    if (!succeeded(w, 0, "free of an own handle")) fail(w, "free of an own handle");
}

/* Groups 0 and 1 hold leaves (requires_grad switched on and off, in-place updates with plain
   operands only), groups 2 and 3 plain tensors and non-leaves (in-place updates with any
   operand, so they join graphs and their history is rewritten). Reading .grad of a non-leaf
   prints a libtorch warning each time, so grad() and zero_grad() go to leaves. */
#define LEAF_GROUPS 2

static int64_t alias_in(worker_t* w, unsigned first, unsigned count) {
    const unsigned r = next_random(&w->rng);
    return atomic_load(&groups[first + r % count][(r / count) % ALIASES]);
}

static int64_t any_alias(worker_t* w) { return alias_in(w, 0, GROUPS); }
static int64_t leaf_alias(worker_t* w) { return alias_in(w, 0, LEAF_GROUPS); }
static int64_t graph_alias(worker_t* w) { return alias_in(w, LEAF_GROUPS, GROUPS - LEAF_GROUPS); }

static int group_kind(worker_t* w, unsigned group) {
    const unsigned r = next_random(&w->rng) % 2;
    return group < LEAF_GROUPS ? (int)r /* a leaf that requires grad, or not */ : (int)(1 + r) /* plain, non-leaf */;
}

/* Makes a tensor and its aliases: kind 0 a leaf that requires grad, 1 a plain tensor (a leaf
   that does not), 2 a non-leaf. */
static int make_group(worker_t* w, int kind, int64_t out[ALIASES]) {
    int64_t base = fresh(w);
    if (base == 0) return 0;
    if (kind == 0) {
        rt_torch_autograd_set_requires_grad(base, true);
        succeeded(w, 0, "set_requires_grad of a fresh tensor");
    } else if (kind == 2) {
        rt_torch_autograd_set_requires_grad(base, true);
        succeeded(w, 0, "set_requires_grad of a fresh tensor");
        const int64_t leaf = base;
        base = rt_torch_torchtensor_mul_scalar(leaf, 2.0);
        succeeded(w, base == 0, "mul_scalar of a fresh leaf");
        release(w, leaf);
        if (base == 0) return 0;
    }
    out[0] = base;
    out[1] = rt_torch_torchtensor_contiguous(base);
    out[2] = rt_torch_torchtensor_cpu(base);
    out[3] = rt_torch_torchtensor_to_dtype(base, RT_TORCH_DTYPE_FLOAT64);
    out[4] = rt_torch_torchtensor_real(base);
    for (int i = 1; i < ALIASES; ++i) succeeded(w, out[i] == 0, "making an alias of an own tensor");
    return 1;
}

/* One in-place update of a leaf with a fresh plain operand, or of a tensor of groups 2-3 with
   any operand (one that requires grad makes a plain target part of a graph). */
static int inplace(worker_t* w) {
    const unsigned r = next_random(&w->rng);
    const int graph = r % 2;
    const int64_t target = graph ? graph_alias(w) : leaf_alias(w);
    const int64_t other = graph ? any_alias(w) : fresh(w);
    switch ((r / 2) % 6) {
        case 0: rt_torch_torchtensor_add_(target, other, 0.5); break;
        case 1: rt_torch_torchtensor_mul_(target, other); break;
        case 2: rt_torch_torchtensor_copy_(target, other); break;
        case 3: rt_torch_torchtensor_zero_(target); break;
        case 4: rt_torch_torchtensor_lerp_(target, other, 0.25); break;
        default: rt_torch_torchtensor_addcmul_(target, other, other, 0.5); break;
    }
    const int done = succeeded(w, 0, "in-place update");
    if (!graph) release(w, other);
    return done;
}

static void replace_group(worker_t* w) {
    const unsigned g = next_random(&w->rng) % GROUPS;
    int64_t made[ALIASES];
    if (!make_group(w, group_kind(w, g), made)) return;
    for (int i = 0; i < ALIASES; ++i) release(w, atomic_exchange(&groups[g][i], made[i]));
}

static void step(worker_t* w, enum op op) {
    const int64_t a = op == OP_GRAD || op == OP_ZERO_GRAD ? leaf_alias(w) : any_alias(w);
    int done = 0;
    switch (op) {
        case OP_GRAD: {
            const int64_t g = rt_torch_autograd_grad(a);
            done = succeeded(w, g == 0 && rt_torch_error_code() != 0, "grad");
            if (g != 0) {
                const double s = rt_torch_torchtensor_sum(g);
                (void)succeeded(w, isnan(s) && rt_torch_error_code() != 0, "sum of a gradient");
                release(w, g);
            }
            break;
        }
        case OP_SET_GRAD: {
            const int remove = next_random(&w->rng) % 3 == 0;
            const int64_t g = remove ? 0 : fresh(w);
            rt_torch_autograd_set_grad(a, g);
            done = succeeded(w, 0, "set_grad");
            release(w, g);
            break;
        }
        case OP_ZERO_GRAD:
            rt_torch_autograd_zero_grad(a);
            done = succeeded(w, 0, "zero_grad");
            break;
        case OP_BACKWARD: {
            const int64_t b = any_alias(w);
            const int64_t m = rt_torch_torchtensor_mul(a, b);
            if (!succeeded(w, m == 0, "mul of two aliases")) break;
            const int64_t loss = rt_torch_torchtensor_sum_dim_intlist(m, NULL, 0, false, false, -1);
            if (succeeded(w, loss == 0, "sum_dim_intlist")) {
                rt_torch_autograd_backward(loss);
                done = succeeded(w, 0, "backward");
                release(w, loss);
            }
            release(w, m);
            break;
        }
        case OP_REQUIRES_GRAD: {
            const bool flag = rt_torch_autograd_requires_grad(a);
            done = succeeded(w, !flag && rt_torch_error_code() != 0, "requires_grad");
            break;
        }
        case OP_SET_REQUIRES_GRAD:
            rt_torch_autograd_set_requires_grad(a, next_random(&w->rng) % 2 == 0);
            done = succeeded(w, 0, "set_requires_grad");
            break;
        case OP_INPLACE:
            done = inplace(w);
            break;
        case OP_INPLACE_NO_GRAD:
            rt_torch_autograd_no_grad_begin_v2();
            done = inplace(w);
            rt_torch_autograd_no_grad_end_v2();
            if (!succeeded(w, 0, "no_grad_end")) done = 0;
            break;
        case OP_FUNCTIONAL: {
            const int64_t b = any_alias(w);
            const int64_t m = rt_torch_torchtensor_mul(a, b);
            if (succeeded(w, m == 0, "mul of two aliases")) {
                const double s = rt_torch_torchtensor_sum(m);
                done = succeeded(w, isnan(s) && rt_torch_error_code() != 0, "sum");
                release(w, m);
            }
            break;
        }
        case OP_ALIAS: {
            const unsigned r = next_random(&w->rng) % 5;
            const int64_t c = r == 0   ? rt_torch_torchtensor_contiguous(a)
                              : r == 1 ? rt_torch_torchtensor_cpu(a)
                              : r == 2 ? rt_torch_torchtensor_to_dtype(a, RT_TORCH_DTYPE_FLOAT64)
                              : r == 3 ? rt_torch_torchtensor_real(a)
                                       : rt_torch_autograd_detach(a);
            done = succeeded(w, c == 0, "a fresh alias");
            release(w, c);
            break;
        }
        case OP_REPLACE:
            replace_group(w);
            done = 1;
            break;
        default: break;
    }
    if (done) atomic_fetch_add(&ok[op], 1);
}

static void* work(void* arg) {
    worker_t* w = arg;
    const long mine = iterations / threads + (w->id <= iterations % threads ? 1 : 0);
    for (long i = 0; i < mine; ++i) {
        int pick = (int)(next_random(&w->rng) % 100);
        enum op op = 0;
        while (pick >= WEIGHTS[op]) pick -= WEIGHTS[op++];
        step(w, op);
    }
    return NULL;
}

/* Proof that the four calls return the same tensor: a change through one handle shows
   through the others, and so does requires_grad. */
static int aliases_share_one_tensor(void) {
    worker_t w = {.id = 0, .rng = 1};
    int64_t made[ALIASES];
    if (!make_group(&w, 1, made)) return 0;
    rt_torch_torchtensor_zero_(made[0]);
    rt_torch_autograd_set_requires_grad(made[0], true);
    int shared = w.failures == 0 && rt_torch_error_code() == 0;
    for (int i = 1; i < ALIASES; ++i) {
        shared = shared && rt_torch_torchtensor_sum(made[i]) == 0.0 && rt_torch_autograd_requires_grad(made[i]);
    }
    for (int i = 0; i < ALIASES; ++i) rt_torch_torchtensor_free(made[i]);
    return shared;
}

int main(int argc, char** argv) {
    if (argc > 1) threads = atoi(argv[1]);
    if (argc > 2) iterations = atol(argv[2]);
    if (argc > 3) seed = (unsigned)atol(argv[3]);
    const int64_t live_before = rt_torch_live_handles();
    const int shared = aliases_share_one_tensor();
    worker_t setup = {.id = 0, .rng = seed};
    for (int g = 0; g < GROUPS; ++g) {
        int64_t made[ALIASES];
        if (!make_group(&setup, group_kind(&setup, (unsigned)g), made)) {
            fprintf(stderr, "setup failed: %s\n", setup.first_failure);
            return 2;
        }
        for (int i = 0; i < ALIASES; ++i) atomic_store(&groups[g][i], made[i]);
    }
    pthread_t* ids = calloc((size_t)threads, sizeof *ids);
    worker_t* workers = calloc((size_t)threads, sizeof *workers);
    for (int t = 0; t < threads; ++t) {
        workers[t].id = t + 1;
        workers[t].rng = seed * 7919u + 104729u * (unsigned)(t + 1);
        pthread_create(&ids[t], NULL, work, &workers[t]);
    }
    long failures = 0;
    for (int t = 0; t < threads; ++t) {
        pthread_join(ids[t], NULL);
        if (workers[t].failures) {
            fprintf(stderr, "%s (%ld failures)\n", workers[t].first_failure, workers[t].failures);
            failures += workers[t].failures;
        }
    }
    for (int g = 0; g < GROUPS; ++g) {
        for (int i = 0; i < ALIASES; ++i) rt_torch_torchtensor_free(groups[g][i]);
    }
    const int64_t live_after = rt_torch_live_handles();
    printf("threads=%d iterations=%ld calls=%ld", threads, iterations, atomic_load(&calls));
    for (int op = 0; op < OPS; ++op) printf(" ok_%s=%ld", OP_NAMES[op], atomic_load(&ok[op]));
    printf(" expected_errors=%ld stale_handles=%ld aliases_shared=%d live_before=%lld live_after=%lld failures=%ld\n",
           atomic_load(&expected_errors), atomic_load(&stale_handles), shared, (long long)live_before,
           (long long)live_after, failures);
    free(ids);
    free(workers);
    return failures == 0 && shared && live_after == live_before ? 0 : 1;
}
