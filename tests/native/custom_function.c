/*
 * Custom autograd functions under threads, in plain C (no interpreter lock in the way). Each
 * worker records y = exp(x) through rt_torch_autograd_function_apply with a C backward
 * (rt_torch_backward_fn) that makes in-place updates (exclusive calls of the bridge) inside the
 * callback, runs backward and checks x.grad = exp(x); other threads make in-place updates of
 * their own tensors meanwhile, so that writers wait for the call lock while callbacks run. A
 * deadlock hangs the run (the test's timeout), a wrong gradient or an error fails it, and the
 * live-handle count and the user-data frees are checked at the end.
 *
 * Usage: custom_function THREADS ITERATIONS
 * Prints one summary line of key=value pairs; exit status 0 when every check held.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "torch_sffi.h"

#define SIZE 4

static atomic_long failures = 0, backwards = 0, frees = 0, applied = 0;
static long iterations = 0;

static void fail(const char* what) {
    atomic_fetch_add(&failures, 1);
    fprintf(stderr, "%s: %s\n", what, rt_torch_error_message());
}

/* grad_inputs[0] = grad * saved, computed in place on a clone (exclusive calls inside the callback). */
static int32_t exp_backward(void* user_data, const int64_t* grads, int64_t n_grads, const int64_t* saved, int64_t n_saved,
                            int64_t* grad_inputs, int64_t n_inputs, const char** message) {
    (void)user_data;
    if (n_grads != 1 || n_saved != 1 || n_inputs != 1) {
        *message = "unexpected counts";
        return RT_TORCH_ERR_VALUE;
    }
    int64_t out = rt_torch_torchtensor_clone(grads[0]);
    if (out != 0) {
        rt_torch_torchtensor_mul_(out, saved[0]);
        rt_torch_torchtensor_mul_scalar_(out, 2.0);
        rt_torch_torchtensor_mul_scalar_(out, 0.5);
    }
    int32_t code = rt_torch_error_code();
    rt_torch_torchtensor_free(grads[0]);
    rt_torch_torchtensor_free(saved[0]);
    if (out == 0 || code != RT_TORCH_OK) {
        if (out != 0) rt_torch_torchtensor_free(out);
        *message = "the callback's bridge calls failed";
        return RT_TORCH_ERR_OTHER;
    }
    grad_inputs[0] = out;
    atomic_fetch_add(&backwards, 1);
    return 0;
}

static void free_user_data(void* user_data) {
    (void)user_data;
    atomic_fetch_add(&frees, 1);
}

static void* worker(void* arg) {
    const long id = (long)(intptr_t)arg;
    const int64_t dims[1] = {SIZE};
    for (long i = 0; i < iterations; i++) {
        double data[SIZE];
        for (int k = 0; k < SIZE; k++) data[k] = 0.1 * (double)((id + i + k) % 7) - 0.3;
        int64_t x = rt_torch_tensor_from_data(data, SIZE, dims, 1);
        rt_torch_autograd_set_requires_grad(x, true);
        rt_torch_autograd_no_grad_begin_v2();
        int64_t y = rt_torch_torchtensor_exp(x);
        rt_torch_autograd_no_grad_end_v2();
        double expected[SIZE];
        if (rt_torch_torchtensor_data_f64(y, expected, SIZE) != SIZE) fail("exp");
        int64_t recorded = 0;
        int64_t n = rt_torch_autograd_function_apply(&x, 1, &y, 1, &y, 1, NULL, 0, NULL, 0, true, "Exp",
                                                     (int64_t)(intptr_t)(rt_torch_backward_fn)exp_backward, id,
                                                     (int64_t)(intptr_t)(rt_torch_free_fn)free_user_data, &recorded, 1);
        if (n != 1) {
            fail("apply");
            continue;
        }
        atomic_fetch_add(&applied, 1);
        int64_t s = rt_torch_torchtensor_sum_dim(recorded, 0, false);
        rt_torch_autograd_backward(s);
        if (rt_torch_error_code() != RT_TORCH_OK) fail("backward");
        int64_t g = rt_torch_autograd_grad(x);
        double got[SIZE];
        if (g == 0 || rt_torch_torchtensor_data_f64(g, got, SIZE) != SIZE) {
            fail("grad");
        } else {
            for (int k = 0; k < SIZE; k++) {
                if (got[k] != expected[k]) {
                    fprintf(stderr, "grad[%d] = %g, expected %g\n", k, got[k], expected[k]);
                    atomic_fetch_add(&failures, 1);
                }
            }
            rt_torch_torchtensor_free(g);
        }
        rt_torch_torchtensor_free(s);
        rt_torch_torchtensor_free(recorded);
        rt_torch_torchtensor_free(y);
        rt_torch_torchtensor_free(x);
    }
    return NULL;
}

static void* writer(void* arg) {
    (void)arg;
    const int64_t dims[1] = {SIZE};
    const double data[SIZE] = {1, 2, 3, 4};
    int64_t t = rt_torch_tensor_from_data(data, SIZE, dims, 1);
    for (long i = 0; i < iterations * 4; i++) rt_torch_torchtensor_mul_scalar_(t, 1.0);  /* exclusive calls */
    if (rt_torch_error_code() != RT_TORCH_OK) fail("writer");
    rt_torch_torchtensor_free(t);
    return NULL;
}

int main(int argc, char** argv) {
    const int threads = argc > 1 ? atoi(argv[1]) : 4;
    iterations = argc > 2 ? atol(argv[2]) : 200;
    const int64_t live_before = rt_torch_live_handles();
    pthread_t ids[64];
    int n = 0;
    for (int t = 0; t < threads && n < 62; t++) pthread_create(&ids[n++], NULL, worker, (void*)(intptr_t)t);
    pthread_create(&ids[n++], NULL, writer, NULL);
    for (int t = 0; t < n; t++) pthread_join(ids[t], NULL);
    const int64_t live_after = rt_torch_live_handles();
    printf("failures=%ld applied=%ld backwards=%ld frees=%ld live_before=%lld live_after=%lld\n", atomic_load(&failures),
           atomic_load(&applied), atomic_load(&backwards), atomic_load(&frees), (long long)live_before, (long long)live_after);
    return atomic_load(&failures) == 0 ? 0 : 1;
}
