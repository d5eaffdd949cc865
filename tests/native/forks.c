/*
 * fork() while other threads are inside the bridge. Hammer threads create, use, update in
 * place and free tensors without pause (every lock of the bridge changes hands all the time),
 * and hand handles to each other through a pool; the main thread forks meanwhile. Each child
 * runs bridge calls under alarm() (a child that hangs is killed by SIGALRM): a new tensor, a
 * shared call, an in-place update and a gradient (the exclusive lock), a tensor the parent
 * made before the fork (alive or cleanly reported as freed), its own error (the error state),
 * the live-handle count (the handle table); then _exit(0) if everything held.
 *
 * Usage: forks FORKS [HAMMER_THREADS] [CHILD_TIMEOUT_SECONDS]
 * Prints one summary line of key=value pairs; exit status 0 when every child exited 0.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "torch_sffi.h"

#define POOL 16

static _Atomic int64_t pool[POOL];
static atomic_bool stop;
static atomic_long hammer_calls, hammer_failures;

static const int64_t dims[1] = {3};
static const double values[3] = {1.0, 2.0, 3.0};

static void* hammer(void* arg) {
    unsigned rng = 2654435761u * (unsigned)(size_t)arg + 1u;
    while (!atomic_load(&stop)) {
        rng = rng * 1103515245u + 12345u;
        const int64_t x = rt_torch_tensor_from_data(values, 3, dims, 1);
        const int64_t y = rt_torch_torchtensor_add(x, x);
        rt_torch_autograd_set_requires_grad(x, true);
        const int64_t z = rt_torch_torchtensor_mul(x, y);
        const int64_t loss = rt_torch_torchtensor_sum_dim_intlist(z, NULL, 0, false, false, -1);
        rt_torch_autograd_backward(loss);
        const int64_t g = rt_torch_autograd_grad(x);
        rt_torch_autograd_no_grad_begin_v2();
        rt_torch_torchtensor_add_(x, y, -0.5);
        rt_torch_autograd_no_grad_end_v2();
        if (x == 0 || y == 0 || z == 0 || loss == 0 || g == 0 || rt_torch_error_code() != 0) {
            atomic_fetch_add(&hammer_failures, 1);
        }
        rt_torch_torchtensor_free(z);
        rt_torch_torchtensor_free(loss);
        rt_torch_torchtensor_free(g);
        rt_torch_torchtensor_free(x);
        const int64_t old = atomic_exchange(&pool[(rng >> 8) % POOL], y);
        if (old != 0) rt_torch_torchtensor_free(old);
        atomic_fetch_add(&hammer_calls, 15);
    }
    return NULL;
}

/* The child: every check that fails exits with its own status, so the parent can say which. */
static void child(unsigned timeout, unsigned which) {
    alarm(timeout);
    const int64_t x = rt_torch_tensor_from_data(values, 3, dims, 1);
    const int64_t y = rt_torch_torchtensor_add(x, x); /* shared lock */
    if (x == 0 || y == 0 || rt_torch_torchtensor_sum(y) != 12.0) _exit(10);
    rt_torch_autograd_set_requires_grad(x, true); /* exclusive lock */
    const int64_t z = rt_torch_torchtensor_mul(x, x);
    const int64_t loss = rt_torch_torchtensor_sum_dim_intlist(z, NULL, 0, false, false, -1);
    rt_torch_autograd_backward(loss);
    const int64_t g = rt_torch_autograd_grad(x);
    if (g == 0 || rt_torch_torchtensor_sum(g) != 12.0 || rt_torch_error_code() != 0) _exit(11);
    /* a tensor of the parent's pool: alive, or freed by a hammer thread just before the fork */
    const int64_t inherited = atomic_load(&pool[which % POOL]);
    if (inherited != 0) {
        const double s = rt_torch_torchtensor_sum(inherited);
        if (s != 12.0 && !(rt_torch_error_code() == RT_TORCH_ERR_INVALID_HANDLE &&
                           strstr(rt_torch_error_message(), "was already freed") != NULL)) {
            _exit(12);
        }
    }
    /* its own error, with its own message */
    if (rt_torch_torchtensor_numel(0) != -1 || rt_torch_error_code() != RT_TORCH_ERR_INVALID_HANDLE ||
        strstr(rt_torch_error_message(), "rt_torch_torchtensor_numel: argument 'handle': 0 is not a valid") == NULL) {
        _exit(13);
    }
    const int64_t live = rt_torch_live_handles();
    rt_torch_torchtensor_free(x);
    rt_torch_torchtensor_free(y);
    rt_torch_torchtensor_free(z);
    rt_torch_torchtensor_free(loss);
    rt_torch_torchtensor_free(g);
    if (rt_torch_error_code() != 0 || rt_torch_live_handles() != live - 5) _exit(14);
    _exit(0);
}

int main(int argc, char** argv) {
    const int forks = argc > 1 ? atoi(argv[1]) : 2000;
    const int hammers = argc > 2 ? atoi(argv[2]) : 3;
    const unsigned timeout = argc > 3 ? (unsigned)atoi(argv[3]) : 10;
    pthread_t ids[64];
    for (int t = 0; t < hammers && t < 64; ++t) pthread_create(&ids[t], NULL, hammer, (void*)(size_t)(t + 1));
    while (atomic_load(&hammer_calls) == 0) sched_yield();
    const long calls_before = atomic_load(&hammer_calls);

    int exited_ok = 0, hung = 0, failed = 0, fork_errors = 0;
    int first_status = 0;
    for (int i = 0; i < forks; ++i) {
        const pid_t pid = fork();
        if (pid == 0) child(timeout, (unsigned)i);
        if (pid < 0) {
            ++fork_errors;
            continue;
        }
        int status = 0;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
            ++exited_ok;
        } else if (WIFSIGNALED(status) && WTERMSIG(status) == SIGALRM) {
            ++hung;
        } else {
            ++failed;
            if (first_status == 0) first_status = status;
        }
    }
    const long calls_during = atomic_load(&hammer_calls) - calls_before;
    atomic_store(&stop, true);
    for (int t = 0; t < hammers && t < 64; ++t) pthread_join(ids[t], NULL);
    for (int s = 0; s < POOL; ++s) {
        if (pool[s] != 0) rt_torch_torchtensor_free(pool[s]);
    }
    printf("forks=%d exited_ok=%d hung=%d failed=%d first_failed_status=%d fork_errors=%d hammer_threads=%d "
           "hammer_calls_during_forks=%ld hammer_failures=%ld live_after=%lld\n",
           forks, exited_ok, hung, failed, first_status, fork_errors, hammers, calls_during,
           atomic_load(&hammer_failures), (long long)rt_torch_live_handles());
    return exited_ok == forks && atomic_load(&hammer_failures) == 0 ? 0 : 1;
}
