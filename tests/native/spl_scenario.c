/* A program linked the way a compiled Simple program is: the Simple runtime's functions are in
 * the program (spl_host.c stands in for the runtime), libspl_torch.so is a link dependency,
 * and every call passes Simple's arrays (SplArray*) and takes its results as the runtime's
 * arrays and text. Runs the reference report's integration scenario, arrays of handles,
 * text, the error paths and four threads, then checks that nothing leaked: no handle, no
 * array, no text, no bad free. Prints "scenario passed" and exits 0, or names the failure.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "spl_host.h"
#include "spl_torch.h"

static int g_failures;

#define CHECK(cond)                                                                      \
    do {                                                                                 \
        if (!(cond)) {                                                                   \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);     \
            __atomic_fetch_add(&g_failures, 1, __ATOMIC_RELAXED);                        \
        }                                                                                \
    } while (0)

static SplArray* ints(int n, const int64_t* values) {
    SplArray* a = spl_array_new();
    for (int i = 0; i < n; i++) host_push_int(a, values[i]);
    return a;
}

static int same_ints(SplArray* a, int n, const int64_t* values) {
    if (spl_array_len(a) != n) return 0;
    for (int i = 0; i < n; i++) {
        if (host_tag(a, i) != SPL_INT || host_int(a, i) != values[i]) return 0;
    }
    return 1;
}

static void integration(void) {
    /* zeros([3, 3]) gives a handle > 0; its shape is [3, 3]; free. */
    const int64_t three_by_three[] = {3, 3};
    SplArray* dims = ints(2, three_by_three);
    int64_t h = rt_torch_tensor_zeros(dims);
    CHECK(h > 0);
    SplArray* shape = rt_torch_torchtensor_shape(h);
    CHECK(same_ints(shape, 2, three_by_three));
    CHECK(rt_torch_torchtensor_sum(h) == 0.0);
    rt_torch_torchtensor_free(h);
    CHECK(rt_torch_error_code() == 0);
    spl_array_free(shape);
    spl_array_free(dims);
}

static void data_and_handle_arrays(void) {
    SplArray* data = spl_array_new();
    for (int i = 1; i <= 6; i++) host_push_float(data, (double)i);
    const int64_t two_by_three[] = {2, 3};
    SplArray* dims = ints(2, two_by_three);
    int64_t a = rt_torch_tensor_from_data(data, dims);
    CHECK(a > 0 && rt_torch_torchtensor_sum(a) == 21.0);

    SplArray* pair = spl_array_new();
    host_push_int(pair, a);
    host_push_int(pair, a);
    int64_t cat = rt_torch_torchtensor_cat(pair, 0);
    int64_t stack = rt_torch_torchtensor_stack(pair, 0);
    SplArray* cat_shape = rt_torch_torchtensor_shape(cat);
    SplArray* stack_shape = rt_torch_torchtensor_shape(stack);
    const int64_t four_by_three[] = {4, 3}, two_two_three[] = {2, 2, 3};
    CHECK(same_ints(cat_shape, 2, four_by_three));
    CHECK(same_ints(stack_shape, 3, two_two_three));

    SplArray* pieces = rt_torch_torchtensor_chunk(a, 3, 1);
    CHECK(spl_array_len(pieces) == 3);
    double total = 0.0;
    for (int64_t i = 0; i < spl_array_len(pieces); i++) {
        total += rt_torch_torchtensor_sum(host_int(pieces, i));
        rt_torch_torchtensor_free(host_int(pieces, i));
    }
    CHECK(total == 21.0);

    int64_t maxes = rt_torch_torchtensor_max_dim(a, 1, false);
    SplArray* maxes_shape = rt_torch_torchtensor_shape(maxes);
    const int64_t two[] = {2};
    CHECK(same_ints(maxes_shape, 1, two) && rt_torch_torchtensor_sum(maxes) == 9.0);

    const int64_t handles[] = {maxes, stack, cat, a};
    for (size_t i = 0; i < sizeof handles / sizeof handles[0]; i++) rt_torch_torchtensor_free(handles[i]);
    SplArray* arrays[] = {data, dims, pair, cat_shape, stack_shape, pieces, maxes_shape};
    for (size_t i = 0; i < sizeof arrays / sizeof arrays[0]; i++) spl_array_free(arrays[i]);
}

static void text_and_errors(void) {
    char* version = rt_torch_version();
    CHECK(version != NULL && strchr(version, '.') != NULL);
    spl_free_text(version);

    CHECK(rt_torch_torchtensor_add(12345, 67890) == 0);
    CHECK(rt_torch_error_code() == 1); /* invalid_handle */

    SplArray* bad = spl_array_new();
    host_push_int(bad, 2);
    host_push_text(bad, "3");
    CHECK(rt_torch_tensor_ones(bad) == 0);
    CHECK(rt_torch_error_code() == 3); /* value */
    char* message = rt_torch_error_message(); /* the runtime's text: the caller frees it */
    CHECK(message != NULL && strstr(message, "dims[1] is text") != NULL);
    spl_free_text(message);
    spl_array_free(bad);

    CHECK(rt_torch_tensor_randn(NULL) == 0 && rt_torch_error_code() == 3);
    SplArray* empty = rt_torch_torchtensor_shape(0);
    CHECK(empty != NULL && spl_array_len(empty) == 0 && rt_torch_error_code() == 1);
    spl_array_free(empty);
}

static void* worker(void* arg) {
    (void)arg;
    const int64_t dims_values[] = {4, 5};
    for (int i = 0; i < 200; i++) {
        SplArray* dims = ints(2, dims_values);
        int64_t h = rt_torch_tensor_ones(dims);
        SplArray* shape = rt_torch_torchtensor_shape(h);
        CHECK(same_ints(shape, 2, dims_values) && rt_torch_torchtensor_sum(h) == 20.0);
        rt_torch_torchtensor_free(h);
        spl_array_free(shape);
        spl_array_free(dims);
    }
    return NULL;
}

int main(void) {
    integration();
    data_and_handle_arrays();
    text_and_errors();
    pthread_t threads[4];
    for (int i = 0; i < 4; i++) pthread_create(&threads[i], NULL, worker, NULL);
    for (int i = 0; i < 4; i++) pthread_join(threads[i], NULL);

    CHECK(rt_torch_live_handles() == 0);
    CHECK(host_live_arrays() == 0);
    CHECK(host_live_texts() == 0);
    CHECK(host_bad_frees() == 0);
    if (g_failures != 0) {
        fprintf(stderr, "%d check(s) failed\n", g_failures);
        return 1;
    }
    printf("scenario passed\n");
    return 0;
}
