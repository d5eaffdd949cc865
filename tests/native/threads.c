/*
 * Several threads creating, using and freeing tensors at once through the C ABI, each
 * checking its own errors, while handles also cross threads through a shared pool (one
 * thread frees what another created, or reads a handle another thread may free at the same
 * moment). The calls use the lowering of the full signatures too (an int Scalar, an absent
 * int[]?, a dtype code) and errors only one thread can cause. Plain C11: it also proves
 * torch_sffi.h is a C header.
 *
 * Exit status 0 when every check held; prints one summary line.
 */
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "torch_sffi.h"

#define POOL 64

static int threads = 8;
static int iterations = 2000;
static _Atomic int64_t pool[POOL];
static atomic_long calls, cross_frees, stale_reads, own_errors;

typedef struct {
    int id;
    int failures;
    char first_failure[512];
} worker_t;

static void fail(worker_t* w, const char* what) {
    if (w->failures++ == 0) {
        snprintf(w->first_failure, sizeof w->first_failure, "thread %d: %s (code %d: %s)", w->id, what,
                 rt_torch_error_code(), rt_torch_error_message());
    }
}

static unsigned next_random(unsigned* state) {
    *state = *state * 1103515245u + 12345u;
    return *state >> 8;
}

static void* work(void* arg) {
    worker_t* w = arg;
    unsigned rng = 7919u * (unsigned)(w->id + 1);
    const int64_t dims[2] = {2, 3};
    const double data[6] = {1, 2, 3, 4, 5, 6};
    char own_message[128];
    snprintf(own_message, sizeof own_message, "argument 'dtype': unknown dtype code %d (", 100 + w->id);
    for (int i = 0; i < iterations; ++i) {
        int64_t x = rt_torch_tensor_from_data(data, 6, dims, 2);
        /* y = x * id: a float multiplier, or an int Scalar (its double half a NaN the bridge ignores) */
        int64_t y = i % 2 == 0 ? rt_torch_torchtensor_mul_scalar(x, (double)w->id)
                               : rt_torch_torchtensor_mul_scalar_v2(x, NAN, w->id, RT_TORCH_SCALAR_INT);
        double sum = rt_torch_torchtensor_sum(y);
        atomic_fetch_add(&calls, 3);
        if (x == 0 || y == 0 || sum != 21.0 * w->id || rt_torch_error_code() != 0) fail(w, "wrong result");

        if (i % 7 == 0) { /* the full signature: sum over dims (None: all), in float64 */
            int64_t s = rt_torch_torchtensor_sum_dim_intlist(y, NULL, 3, false, false, RT_TORCH_DTYPE_FLOAT64);
            if (s == 0 || rt_torch_torchtensor_dtype(s) != RT_TORCH_DTYPE_FLOAT64 || rt_torch_torchtensor_item(s) != 21.0 * w->id) {
                fail(w, "wrong sum_dim_intlist");
            }
            rt_torch_torchtensor_free(s);
            atomic_fetch_add(&calls, 4);
        }

        if (i % 10 == 0) { /* an error of our own: seen here, and cleared by our next call */
            if (i % 20 == 0) {
                if (rt_torch_torchtensor_numel(0) != -1 || rt_torch_error_code() != RT_TORCH_ERR_INVALID_HANDLE ||
                    strstr(rt_torch_error_message(), "rt_torch_torchtensor_numel: argument 'handle'") == NULL) {
                    fail(w, "own error not reported");
                }
            } else { /* a message only this thread can have caused */
                if (rt_torch_tensor_zeros_v2(dims, 2, 100 + w->id, RT_TORCH_DEVICE_CPU, -1) != 0 ||
                    rt_torch_error_code() != RT_TORCH_ERR_VALUE || strstr(rt_torch_error_message(), own_message) == NULL) {
                    fail(w, "own value error not reported");
                }
            }
            atomic_fetch_add(&own_errors, 1);
            if (rt_torch_torchtensor_numel(x) != 6 || rt_torch_error_code() != 0) fail(w, "error not reset");
            atomic_fetch_add(&calls, 2);
        }

        /* Read a handle another thread may be freeing right now: a value or a clean error. */
        int64_t seen = atomic_load(&pool[next_random(&rng) % POOL]);
        if (seen != 0) {
            int64_t n = rt_torch_torchtensor_numel(seen);
            atomic_fetch_add(&calls, 1);
            if (n == -1) {
                if (rt_torch_error_code() != RT_TORCH_ERR_INVALID_HANDLE) fail(w, "bad error for a freed handle");
                atomic_fetch_add(&stale_reads, 1);
            } else if (n != 6) {
                fail(w, "a pooled tensor changed");
            }
        }

        /* Hand y to the pool; free what was there (created by any thread). */
        int64_t old = atomic_exchange(&pool[next_random(&rng) % POOL], y);
        if (old != 0) {
            rt_torch_torchtensor_free(old);
            atomic_fetch_add(&calls, 1);
            atomic_fetch_add(&cross_frees, 1);
            if (rt_torch_error_code() != 0) fail(w, "freeing a pooled handle failed");
        }
        rt_torch_torchtensor_free(x);
        rt_torch_torchtensor_free(x); /* a double free: reported, never a crash */
        atomic_fetch_add(&calls, 2);
        if (rt_torch_error_code() != RT_TORCH_ERR_INVALID_HANDLE) fail(w, "double free not reported");
    }
    return NULL;
}

int main(int argc, char** argv) {
    if (argc > 1) threads = atoi(argv[1]);
    if (argc > 2) iterations = atoi(argv[2]);
    const int64_t live_before = rt_torch_live_handles();
    pthread_t* ids = calloc((size_t)threads, sizeof *ids);
    worker_t* workers = calloc((size_t)threads, sizeof *workers);
    for (int t = 0; t < threads; ++t) {
        workers[t].id = t + 1;
        pthread_create(&ids[t], NULL, work, &workers[t]);
    }
    int failures = 0;
    for (int t = 0; t < threads; ++t) {
        pthread_join(ids[t], NULL);
        if (workers[t].failures) {
            fprintf(stderr, "%s (%d failures)\n", workers[t].first_failure, workers[t].failures);
            failures += workers[t].failures;
        }
    }
    for (int s = 0; s < POOL; ++s) {
        if (pool[s] != 0) rt_torch_torchtensor_free(pool[s]);
    }
    const int64_t live_after = rt_torch_live_handles();
    printf("threads=%d iterations=%d calls=%ld cross_thread_frees=%ld stale_reads=%ld own_errors=%ld live_before=%lld live_after=%lld failures=%d\n",
           threads, iterations, atomic_load(&calls), atomic_load(&cross_frees), atomic_load(&stale_reads),
           atomic_load(&own_errors), (long long)live_before, (long long)live_after, failures);
    free(ids);
    free(workers);
    return failures == 0 && live_after == live_before ? 0 : 1;
}
