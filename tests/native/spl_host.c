/* A stand-in for the Simple runtime, for testing libspl_torch.so as a Simple program loads it.
 *
 * Written from the layout the Simple runtime documents in its runtime.h (repository
 * ormastes/simple, src/runtime/runtime.h): tagged SplValue items in a growable SplArray
 * { items, len, cap }, text as malloc'd NUL-terminated strings (spl_str_new is its strdup).
 * Beyond the runtime's functions it keeps a registry of every array and text it hands out, so
 * that tests can see leaks (host_live_arrays / host_live_texts) and frees of something it never
 * made or already freed (host_bad_frees), and it offers the host_* helpers a test driver in
 * another language needs to build and read arrays without passing SplValue by value.
 *
 * Built two ways by the tests: into a shared library the Python harness loads with
 * RTLD_GLOBAL before libspl_torch.so, and into spl_scenario.c's program, linked against
 * libspl_torch.so as a compiled Simple program is.
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "spl_host.h"

/* ---------------------------------------------------------------- the registry */

enum { KIND_ARRAY = 1, KIND_TEXT = 2 };

typedef struct Entry {
    const void* p;
    int kind;
    struct Entry* next;
} Entry;

#define BUCKETS 4096
static Entry* g_buckets[BUCKETS];
static int64_t g_live[3];
static int64_t g_bad_frees;
static pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;

static size_t bucket(const void* p) { return ((uintptr_t)p >> 4) % BUCKETS; }

static void remember(const void* p, int kind) {
    Entry* e = malloc(sizeof *e);
    if (e == NULL) abort();
    pthread_mutex_lock(&g_lock);
    e->p = p;
    e->kind = kind;
    e->next = g_buckets[bucket(p)];
    g_buckets[bucket(p)] = e;
    g_live[kind]++;
    pthread_mutex_unlock(&g_lock);
}

/* Forgets p; 0 (and a bad free counted) when it is not a live object of that kind. */
static int forget(const void* p, int kind) {
    pthread_mutex_lock(&g_lock);
    for (Entry** link = &g_buckets[bucket(p)]; *link != NULL; link = &(*link)->next) {
        Entry* e = *link;
        if (e->p == p && e->kind == kind) {
            *link = e->next;
            g_live[kind]--;
            pthread_mutex_unlock(&g_lock);
            free(e);
            return 1;
        }
    }
    g_bad_frees++;
    pthread_mutex_unlock(&g_lock);
    fprintf(stderr, "spl_host: free of a %s it does not hold: %p\n", kind == KIND_ARRAY ? "array" : "text", p);
    return 0;
}

/* ---------------------------------------------------------------- the runtime's functions */

SplValue spl_nil(void) {
    SplValue v = {.tag = SPL_NIL};
    return v;
}

SplValue spl_int(int64_t n) {
    SplValue v = {.tag = SPL_INT};
    v.as_int = n;
    return v;
}

SplValue spl_float(double f) {
    SplValue v = {.tag = SPL_FLOAT};
    v.as_float = f;
    return v;
}

SplValue spl_bool(int64_t b) {
    SplValue v = {.tag = SPL_BOOL};
    v.as_bool = b != 0;
    return v;
}

int64_t spl_as_int(SplValue v) { return v.as_int; }
double spl_as_float(SplValue v) { return v.as_float; }

char* spl_str_new(const char* s) {
    size_t n = strlen(s) + 1;
    char* copy = malloc(n);
    if (copy == NULL) return NULL;
    memcpy(copy, s, n);
    remember(copy, KIND_TEXT);
    return copy;
}

SplArray* spl_array_new(void) {
    SplArray* a = calloc(1, sizeof *a);
    if (a == NULL) return NULL;
    remember(a, KIND_ARRAY);
    return a;
}

SplArray* spl_array_push(SplArray* a, SplValue v) {
    if (a->len == a->cap) {
        int64_t cap = a->cap > 0 ? 2 * a->cap : 4;
        SplValue* items = realloc(a->items, (size_t)cap * sizeof *items);
        if (items == NULL) return NULL;
        a->items = items;
        a->cap = cap;
    }
    a->items[a->len++] = v;
    return a;
}

SplValue spl_array_get(SplArray* a, int64_t idx) {
    if (idx < 0 || idx >= a->len) {
        fprintf(stderr, "spl_host: index %lld out of range for an array of %lld\n", (long long)idx, (long long)a->len);
        abort(); /* the runtime's own check; the library must never get here */
    }
    return a->items[idx];
}

int64_t spl_array_len(SplArray* a) { return a->len; }

void spl_free_text(char* s) {
    if (s != NULL && forget(s, KIND_TEXT)) free(s);
}

/* The runtime's deep free: text items are the array's own. */
void spl_array_free(SplArray* a) {
    if (a == NULL || !forget(a, KIND_ARRAY)) return;
    for (int64_t i = 0; i < a->len; i++) {
        if (a->items[i].tag == SPL_STRING) spl_free_text(a->items[i].as_str);
        if (a->items[i].tag == SPL_ARRAY) spl_array_free(a->items[i].as_array);
    }
    free(a->items);
    free(a);
}

/* ---------------------------------------------------------------- helpers for test drivers */

void host_push_int(SplArray* a, int64_t n) { spl_array_push(a, spl_int(n)); }
void host_push_float(SplArray* a, double f) { spl_array_push(a, spl_float(f)); }
void host_push_bool(SplArray* a, int64_t b) { spl_array_push(a, spl_bool(b)); }
void host_push_nil(SplArray* a) { spl_array_push(a, spl_nil()); }
void host_push_text(SplArray* a, const char* s) {
    SplValue v = {.tag = SPL_STRING};
    v.as_str = spl_str_new(s);
    spl_array_push(a, v);
}

int32_t host_tag(SplArray* a, int64_t i) { return (int32_t)spl_array_get(a, i).tag; }
int64_t host_int(SplArray* a, int64_t i) { return spl_array_get(a, i).as_int; }
double host_float(SplArray* a, int64_t i) { return spl_array_get(a, i).as_float; }

int64_t host_live_arrays(void) {
    pthread_mutex_lock(&g_lock);
    int64_t n = g_live[KIND_ARRAY];
    pthread_mutex_unlock(&g_lock);
    return n;
}

int64_t host_live_texts(void) {
    pthread_mutex_lock(&g_lock);
    int64_t n = g_live[KIND_TEXT];
    pthread_mutex_unlock(&g_lock);
    return n;
}

int64_t host_bad_frees(void) {
    pthread_mutex_lock(&g_lock);
    int64_t n = g_bad_frees;
    pthread_mutex_unlock(&g_lock);
    return n;
}
