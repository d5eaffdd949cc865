/* The stand-in Simple runtime of spl_host.c: the value layout the Simple runtime documents in
 * its runtime.h (ormastes/simple, src/runtime/runtime.h), the runtime functions libspl_torch.so
 * uses, and the host_* helpers and counters the tests use. */
#ifndef SPL_HOST_H
#define SPL_HOST_H

#include <stdint.h>

typedef enum { SPL_NIL = 0, SPL_BOOL, SPL_INT, SPL_FLOAT, SPL_STRING, SPL_ARRAY, SPL_DICT } SplTag;

typedef struct SplArray SplArray;

typedef struct SplValue {
    SplTag tag;
    union {
        int64_t as_bool;
        int64_t as_int;
        double as_float;
        char* as_str;
        SplArray* as_array;
        void* as_dict;
    };
} SplValue;

struct SplArray {
    SplValue* items;
    int64_t len;
    int64_t cap;
};

SplValue spl_nil(void);
SplValue spl_int(int64_t n);
SplValue spl_float(double f);
SplValue spl_bool(int64_t b);
int64_t spl_as_int(SplValue v);
double spl_as_float(SplValue v);
char* spl_str_new(const char* s);
SplArray* spl_array_new(void);
SplArray* spl_array_push(SplArray* a, SplValue v);
SplValue spl_array_get(SplArray* a, int64_t idx);
int64_t spl_array_len(SplArray* a);
void spl_array_free(SplArray* a);
void spl_free_text(char* s);

void host_push_int(SplArray* a, int64_t n);
void host_push_float(SplArray* a, double f);
void host_push_bool(SplArray* a, int64_t b);
void host_push_nil(SplArray* a);
void host_push_text(SplArray* a, const char* s);
int32_t host_tag(SplArray* a, int64_t i);
int64_t host_int(SplArray* a, int64_t i);
double host_float(SplArray* a, int64_t i);
int64_t host_live_arrays(void);
int64_t host_live_texts(void);
int64_t host_bad_frees(void);

#endif /* SPL_HOST_H */
