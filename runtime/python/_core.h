/*
 * torch_sffi._core, the part its translation units share: _core.c (the Tensor base type,
 * scopes, the module) and the generated call units (_core_calls_<n>.c, one C function per
 * catalogue entry, spread over units by a hash of the name so that adding an entry recompiles
 * one unit). Here: the tensor object's layout, what _core.c defines for the units (the Tensor
 * class, the dtype objects, the error raisers, the release function), and the converters
 * every call uses, inline.
 *
 * Hand-written runtime, compiled as it is. It includes the bridge's codes (sffi_codes.h) and not
 * its full header, which changes with every catalogue entry: each unit declares the bridge
 * functions it calls itself.
 *
 * Two builds of the same source: the development build uses CPython's full API; the wheel's
 * (`sffi-gen build --wheel`) defines Py_LIMITED_API=0x030A0000, so that one binary (abi3) runs
 * on every CPython from 3.10. The few places where the full API has a faster form (a macro
 * reading a tuple's items, vectorcall) go through the SFFI_ wrappers below.
 */
#ifndef SFFI_PY_CORE_H
#define SFFI_PY_CORE_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "sffi_codes.h"

/* ---------------------------------------------------------------------------- the two APIs */

#ifdef Py_LIMITED_API
#define SFFI_TUPLE_SIZE(t) PyTuple_Size(t)
#define SFFI_TUPLE_ITEM(t, i) PyTuple_GetItem((t), (i))
#define SFFI_LIST_SIZE(l) PyList_Size(l)
#define SFFI_LIST_ITEM(l, i) PyList_GetItem((l), (i))
#define SFFI_TUPLE_SET(t, i, v) PyTuple_SetItem((t), (i), (v))
#define SFFI_LIST_SET(l, i, v) PyList_SetItem((l), (i), (v))
#define SFFI_FLOAT_VALUE(f) PyFloat_AsDouble(f)
#else
#define SFFI_TUPLE_SIZE(t) PyTuple_GET_SIZE(t)
#define SFFI_TUPLE_ITEM(t, i) PyTuple_GET_ITEM((t), (i))
#define SFFI_LIST_SIZE(l) PyList_GET_SIZE(l)
#define SFFI_LIST_ITEM(l, i) PyList_GET_ITEM((l), (i))
#define SFFI_TUPLE_SET(t, i, v) PyTuple_SET_ITEM((t), (i), (v))
#define SFFI_LIST_SET(l, i, v) PyList_SET_ITEM((l), (i), (v))
#define SFFI_FLOAT_VALUE(f) PyFloat_AS_DOUBLE(f)
#endif

/* A list's or a tuple's length and items (borrowed), the caller having checked which it is. */
static inline Py_ssize_t sffi_seq_size(PyObject *seq) { return PyList_Check(seq) ? SFFI_LIST_SIZE(seq) : SFFI_TUPLE_SIZE(seq); }
static inline PyObject *sffi_seq_item(PyObject *seq, Py_ssize_t i) { return PyList_Check(seq) ? SFFI_LIST_ITEM(seq, i) : SFFI_TUPLE_ITEM(seq, i); }

/* callable(*args[:n]): vectorcall where the API has it (the limited API from 3.12 only). */
static inline PyObject *sffi_call_n(PyObject *callable, PyObject *const *args, Py_ssize_t n) {
#if !defined(Py_LIMITED_API) || Py_LIMITED_API + 0 >= 0x030C0000
    return PyObject_Vectorcall(callable, args, (size_t)n, NULL);
#else
    PyObject *tuple = PyTuple_New(n);
    if (tuple == NULL) return NULL;
    for (Py_ssize_t i = 0; i < n; ++i) {
        Py_INCREF(args[i]);
        PyTuple_SetItem(tuple, i, args[i]);
    }
    PyObject *r = PyObject_Call(callable, tuple, NULL);
    Py_DECREF(tuple);
    return r;
#endif
}

/* ref = value, releasing the old one (CPython's Py_XSETREF, which the limited API lacks). */
#define SFFI_SETREF(ref, value)         \
    do {                                \
        PyObject *sffi_old_ = (PyObject *)(ref); \
        (ref) = (value);                \
        Py_XDECREF(sffi_old_);          \
    } while (0)

/* The UTF-8 of a str, cached by the str itself (NULL with the error raised). */
static inline const char *sffi_utf8(PyObject *text) { return PyUnicode_AsUTF8AndSize(text, NULL); }

/* The name of value's type as CPython's messages give it (tp_name: "int", "numpy.ndarray"). */
static inline void sffi_type_name(PyObject *value, char *out, size_t size) {
#ifdef Py_LIMITED_API
    PyObject *type = (PyObject *)Py_TYPE(value);
    PyObject *module = (PyType_GetFlags(Py_TYPE(value)) & Py_TPFLAGS_HEAPTYPE) ? NULL : PyObject_GetAttrString(type, "__module__");
    PyObject *name = PyObject_GetAttrString(type, "__qualname__");
    const char *m = module != NULL && PyUnicode_Check(module) ? sffi_utf8(module) : NULL;
    const char *n = name != NULL && PyUnicode_Check(name) ? sffi_utf8(name) : NULL;
    if (m != NULL && strcmp(m, "builtins") != 0) PyOS_snprintf(out, size, "%s.%s", m, n != NULL ? n : "?");
    else PyOS_snprintf(out, size, "%s", n != NULL ? n : "?");
    Py_XDECREF(module);
    Py_XDECREF(name);
    PyErr_Clear(); /* a type without those names is named "?" */
#else
    PyOS_snprintf(out, size, "%s", Py_TYPE(value)->tp_name);
#endif
}

/* What the units share stays inside the extension module. */
#define SFFI_HIDDEN __attribute__((visibility("hidden")))

typedef struct ScopeObject ScopeObject;

typedef struct TensorObject {
    PyObject_HEAD
    int64_t h;
    char live;
    ScopeObject *scope; /* the scope that frees it (borrowed: it unlinks itself first), or NULL */
    struct TensorObject *prev, *next; /* its neighbours in that scope's list */
} TensorObject;

/* ---------------------------------------------------------------------------- from _core.c */

extern SFFI_HIDDEN PyTypeObject *sffi_tensor_type; /* the Python class Tensor, registered by setup() */
extern SFFI_HIDDEN PyTypeObject *sffi_dtype_type;  /* torch_sffi.dtype */
extern SFFI_HIDDEN PyObject *sffi_dtypes;          /* {code: dtype object} */
#define SFFI_DTYPE_CODES 128
extern SFFI_HIDDEN PyObject *sffi_dtype_by_code[SFFI_DTYPE_CODES]; /* the same, by code (borrowed from sffi_dtypes) */
/* Attribute names read on hot paths, made once (PyInit__core) rather than on every call. */
extern SFFI_HIDDEN PyObject *sffi_attr_code, *sffi_attr_h, *sffi_attr_live;
extern SFFI_HIDDEN PyObject *sffi_scalar_converter; /* scalar(value, name) -> (value, int value, kind) */
extern SFFI_HIDDEN PyObject *sffi_device_converter; /* device_arg(value, name) -> (type, index) */
extern SFFI_HIDDEN PyTypeObject *sffi_size_type;     /* torch_sffi.Size (a tuple subclass), registered by size_class() */
extern SFFI_HIDDEN allocfunc sffi_size_alloc;        /* its tp_alloc */

/* The Tensor owning h, in this thread's innermost scope; on failure h is released. */
SFFI_HIDDEN PyObject *sffi_wrap(int64_t h);
/* Raises code's exception class (through the runtime's raise_error, once setup() registered it). */
SFFI_HIDDEN PyObject *sffi_raise_code(int32_t code, const char *text);
/* Raises the error of this thread's last bridge call: read here, before any Python code. */
SFFI_HIDDEN PyObject *sffi_raise_last(void);
/* This thread's error code (the catalogue's error role). */
SFFI_HIDDEN int32_t sffi_error_code(void);
/* Releases a tensor handle, or a stream handle nobody could take (the catalogue's release roles). */
SFFI_HIDDEN void sffi_release(int64_t h);
SFFI_HIDDEN void sffi_stream_release(int64_t h);

/* Turns the warnings libtorch raised during the thread's last bridge call into Python warnings
 * (UserWarning, DeprecationWarning) and returns result; or, when a warning filter makes one an
 * error, releases result and returns NULL with that error (an error already pending stays). */
SFFI_HIDDEN PyObject *sffi_emit_warnings(PyObject *result);
/* A call's result, after its warnings (SFFI_WARNING_COUNT: the catalogue's warning_count role,
 * defined before this header by whoever includes it). */
#ifdef SFFI_WARNING_COUNT
#define sffi_warned(result) (SFFI_WARNING_COUNT() == 0 ? (result) : sffi_emit_warnings(result))
#else
#define sffi_warned(result) (result)
#endif

/* One call of the module (a unit defines it; _core.c calls the members' ones directly). */
#define SFFI_CALL(name) SFFI_HIDDEN PyObject *sffi_call_##name(PyObject *module, PyObject *const *args, Py_ssize_t nargs)

static inline int sffi_is_tensor(PyObject *o) {
    return sffi_tensor_type != NULL && (Py_TYPE(o) == sffi_tensor_type || PyObject_TypeCheck(o, sffi_tensor_type));
}

/* ---------------------------------------------------------------------------- arguments
 * Each converter takes what Python passes for one C parameter; on a bad value it raises
 * TypeError naming the parameter (a number out of range: sffi_out_of_range), and returns 0. */

static inline int sffi_arity(const char *function, Py_ssize_t nargs, Py_ssize_t expected) {
    if (nargs == expected) return 1;
    PyErr_Format(PyExc_TypeError, "%s() takes %zd arguments (%zd given)", function, expected, nargs);
    return 0;
}

/* Raises TypeError "<what>, not <value's type>", as CPython names a wrong argument; NULL. */
static inline PyObject *sffi_type_error(const char *what, PyObject *value) {
    char type[128];
    sffi_type_name(value, type, sizeof type);
    PyErr_Format(PyExc_TypeError, "%s, not %.100s", what, type);
    return NULL;
}

static inline int wrong_type(PyObject *value, const char *name, const char *expected) {
    char what[256];
    PyOS_snprintf(what, sizeof what, "argument '%s' must be %s", name, expected);
    sffi_type_error(what, value);
    return 0;
}

/* A number out of range: the class PyTorch raises for it (its argument parser: ValueError for an
 * int argument, TypeError for an item of an int list), naming the parameter. */
static inline int sffi_out_of_range(int32_t code, PyObject *text) {
    const char *utf8 = text != NULL ? sffi_utf8(text) : NULL;
    if (utf8 != NULL) sffi_raise_code(code, utf8);
    Py_XDECREF(text);
    return 0;
}

static inline int sffi_i64_as(PyObject *value, int64_t *out, const char *name, int32_t overflow) {
    if (PyLong_Check(value)) {
        int overflowed;
        const long long v = PyLong_AsLongLongAndOverflow(value, &overflowed);
        if (overflowed) return sffi_out_of_range(overflow, PyUnicode_FromFormat("argument '%s': %R does not fit in int64", name, value));
        if (v == -1 && PyErr_Occurred()) return 0;
        *out = v;
        return 1;
    }
    if (PyFloat_Check(value) || !PyIndex_Check(value)) return wrong_type(value, name, "int");
    PyObject *index = PyNumber_Index(value);
    if (index == NULL) return 0;
    const int ok = sffi_i64_as(index, out, name, overflow);
    Py_DECREF(index);
    return ok;
}

static inline int sffi_i64(PyObject *value, int64_t *out, const char *name) { return sffi_i64_as(value, out, name, RT_TORCH_ERR_VALUE); }
static inline int sffi_i64_item(PyObject *value, int64_t *out, const char *name) { return sffi_i64_as(value, out, name, RT_TORCH_ERR_TYPE); }

static inline int sffi_i32(PyObject *value, int32_t *out, const char *name) {
    int64_t v;
    if (!sffi_i64(value, &v, name)) return 0;
    if (v < INT32_MIN || v > INT32_MAX) return sffi_out_of_range(RT_TORCH_ERR_VALUE, PyUnicode_FromFormat("argument '%s': %lld does not fit in int32", name, (long long)v));
    *out = (int32_t)v;
    return 1;
}

static inline int sffi_f64(PyObject *value, double *out, const char *name) {
    if (PyFloat_CheckExact(value)) {
        *out = SFFI_FLOAT_VALUE(value);
        return 1;
    }
    if (!PyFloat_Check(value) && !PyLong_Check(value) && !PyNumber_Check(value)) return wrong_type(value, name, "float");
    const double v = PyFloat_AsDouble(value);
    if (v == -1.0 && PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            return wrong_type(value, name, "float");
        }
        return 0;
    }
    *out = v;
    return 1;
}

static inline int sffi_bool(PyObject *value, bool *out, const char *name) {
    if (value == Py_True || value == Py_False) {
        *out = value == Py_True;
        return 1;
    }
    if (PyLong_Check(value)) {
        const long v = PyLong_AsLong(value);
        if (v == 0 || v == 1) {
            *out = v == 1;
            return 1;
        }
        if (v == -1 && PyErr_Occurred()) PyErr_Clear();
    }
    return wrong_type(value, name, "bool");
}

typedef struct {
    const char *data;
    PyObject *owned; /* the UTF-8 bytes of a str argument */
} sffi_text;
#define SFFI_TEXT_INIT {NULL, NULL}

static inline int sffi_text_arg(PyObject *value, sffi_text *out, const char *name) {
    if (value == Py_None) return 1; /* NULL: None */
    if (PyBytes_Check(value)) {
        out->data = PyBytes_AsString(value);
        return 1;
    }
    if (PyUnicode_Check(value)) {
        out->data = sffi_utf8(value);
        return out->data != NULL;
    }
    return wrong_type(value, name, "str");
}

static inline void sffi_text_free(sffi_text *t) { Py_CLEAR(t->owned); }

/* Arrays: inline storage for short ones, the heap beyond. */
#define SFFI_INLINE 16
typedef struct {
    int64_t *data;
    int64_t len, cap;
    int64_t inline_[SFFI_INLINE];
} sffi_i64s;
typedef struct {
    double *data;
    int64_t len, cap;
    double inline_[SFFI_INLINE];
} sffi_f64s;
#define SFFI_ARRAY_INIT {NULL, 0, 0, {0}}

#define sffi_reserve(a, n) sffi_reserve_((void **)&(a)->data, &(a)->cap, (a)->inline_, sizeof((a)->inline_[0]), (n))
#define sffi_array_free(a) sffi_array_free_((a)->data, (a)->inline_)

/* Room for n elements (its contents are not kept). */
static inline int sffi_reserve_(void **data, int64_t *cap, void *inline_, size_t size, int64_t n) {
    if (*data != NULL && *cap >= n) return 1;
    if (*data != NULL && *data != inline_) PyMem_Free(*data);
    if (n <= SFFI_INLINE) {
        *data = inline_;
        *cap = SFFI_INLINE;
        return 1;
    }
    *data = (size_t)n <= PY_SSIZE_T_MAX / size ? PyMem_Malloc((size_t)n * size) : NULL;
    if (*data == NULL) {
        *cap = 0;
        PyErr_NoMemory();
        return 0;
    }
    *cap = n;
    return 1;
}

static inline void sffi_array_free_(void *data, void *inline_) {
    if (data != NULL && data != inline_) PyMem_Free(data);
}

static inline int64_t sffi_first_capacity(int64_t hint, int64_t cap) { return hint < 1 ? 1 : hint > cap ? cap : hint; }

static inline PyObject *sequence_of(PyObject *value, const char *name, const char *expected) {
    if (PyList_Check(value) || PyTuple_Check(value)) {
        Py_INCREF(value);
        return value;
    }
    wrong_type(value, name, expected);
    return NULL;
}

/* int[] and float[]: a list or tuple whose every item the element converter takes; None is empty. */
#define SFFI_NUMBER_LIST(name, array, element, expected)                                   \
    static inline int name(PyObject *value, array *out, const char *param) {               \
        if (value == Py_None) return sffi_reserve(out, 0);                                 \
        PyObject *seq = sequence_of(value, param, expected);                               \
        if (seq == NULL) return 0;                                                         \
        const Py_ssize_t n = sffi_seq_size(seq);                                           \
        int ok = sffi_reserve(out, n);                                                     \
        for (Py_ssize_t i = 0; ok && i < n; ++i) ok = element(sffi_seq_item(seq, i), &out->data[i], param); \
        out->len = n;                                                                      \
        Py_DECREF(seq);                                                                    \
        return ok;                                                                         \
    }
SFFI_NUMBER_LIST(sffi_i64_list, sffi_i64s, sffi_i64_item, "a sequence of ints")
SFFI_NUMBER_LIST(sffi_f64_list, sffi_f64s, sffi_f64, "a sequence of floats")
#undef SFFI_NUMBER_LIST

/* Handles: a Tensor (or a Stream) itself, or its handle as an int (the runtime's own calls). A
 * wrong type is a TorchTypeError naming the parameter, as the Python converters raise it. */

static inline PyObject *type_error_code(const char *format, const char *name, PyObject *value) {
    char text[512], type[128];
    sffi_type_name(value, type, sizeof type);
    PyOS_snprintf(text, sizeof text, format, name, type);
    return sffi_raise_code(RT_TORCH_ERR_TYPE, text);
}

/* The smallest value a handle can have: the bridge makes a handle as kind << 56 | generation << 32
 * | slot, kinds from 1 (runtime/cpp/sffi_runtime.cpp). An int below it is a number a caller
 * passed where a Tensor goes (torch.atan2(t, 2)): a TypeError, as in PyTorch, not a bad handle. */
#define SFFI_FIRST_HANDLE ((int64_t)1 << 56)

static inline int handle_of(PyObject *value, int64_t *out) {
    if (Py_TYPE(value) == sffi_tensor_type || sffi_is_tensor(value)) {
        *out = ((TensorObject *)value)->h;
        return 1;
    }
    if (PyLong_CheckExact(value)) {
        int overflow;
        *out = PyLong_AsLongLongAndOverflow(value, &overflow);
        if (*out == -1 && PyErr_Occurred()) return 0;
        return !overflow && *out >= SFFI_FIRST_HANDLE;
    }
    return 0;
}

static inline int sffi_tensor_arg(PyObject *value, int64_t *out, const char *name) {
    if (handle_of(value, out)) return 1;
    if (!PyErr_Occurred()) type_error_code("argument '%s' must be Tensor, not %.100s", name, value);
    return 0;
}

static inline int sffi_optional_tensor_arg(PyObject *value, int64_t *out, const char *name) {
    if (value == Py_None) {
        *out = 0;
        return 1;
    }
    return sffi_tensor_arg(value, out, name);
}

static inline int sffi_stream_arg(PyObject *value, int64_t *out, const char *name) {
    if (PyLong_CheckExact(value)) return sffi_i64(value, out, name);
    PyObject *h = sffi_is_tensor(value) ? NULL : PyObject_GetAttr(value, sffi_attr_h);
    if (h == NULL) {
        PyErr_Clear();
        type_error_code("argument '%s' must be Stream, not %.100s", name, value);
        return 0;
    }
    const int ok = sffi_i64(h, out, name);
    Py_DECREF(h);
    return ok;
}

static inline int tensor_list(PyObject *value, sffi_i64s *out, const char *name, int optional) {
    if (!PyList_Check(value) && !PyTuple_Check(value)) {
        type_error_code(optional ? "argument '%s' must be a sequence of Tensors or None, not %.100s"
                                 : "argument '%s' must be a sequence of Tensors, not %.100s", name, value);
        return 0;
    }
    const Py_ssize_t n = sffi_seq_size(value);
    if (!sffi_reserve(out, n)) return 0;
    out->len = n;
    for (Py_ssize_t i = 0; i < n; ++i) {
        PyObject *item = sffi_seq_item(value, i);
        if (optional && item == Py_None) {
            out->data[i] = 0;
        } else if (!handle_of(item, &out->data[i])) {
            if (!PyErr_Occurred()) {
                char element[256];
                PyOS_snprintf(element, sizeof element, "%s[%zd]", name, i);
                type_error_code("argument '%s' must be Tensor, not %.100s", element, item);
            }
            return 0;
        }
    }
    return 1;
}

static inline int sffi_tensor_list_arg(PyObject *value, sffi_i64s *out, const char *name) { return tensor_list(value, out, name, 0); }
static inline int sffi_optional_tensor_list_arg(PyObject *value, sffi_i64s *out, const char *name) { return tensor_list(value, out, name, 1); }

/* A Scalar as (value, int value, kind: 0 float, 1 int, 2 bool, -1 None); Python's own numbers
 * here, any other kind (numpy's, a 0-d tensor) through the runtime's converter. */
static inline int sffi_scalar_arg(PyObject *value, double *v, int64_t *i, int32_t *kind, const char *name, int optional) {
    *v = 0.0;
    *i = 0;
    if (PyFloat_CheckExact(value)) {
        *v = SFFI_FLOAT_VALUE(value);
        *kind = 0;
        return 1;
    }
    if (PyLong_CheckExact(value)) {
        int overflow;
        const long long x = PyLong_AsLongLongAndOverflow(value, &overflow);
        if (overflow) { /* beyond int64, as PyTorch: a float Scalar */
            *v = PyLong_AsDouble(value);
            *kind = 0;
            return !(*v == -1.0 && PyErr_Occurred());
        }
        *i = x;
        *kind = 1;
        return 1;
    }
    if (PyBool_Check(value)) {
        *i = value == Py_True;
        *kind = 2;
        return 1;
    }
    if (value == Py_None && optional) {
        *kind = -1;
        return 1;
    }
    if (sffi_scalar_converter == NULL) return wrong_type(value, name, "Number");
    PyObject *t = PyObject_CallFunction(sffi_scalar_converter, "Os", value, name);
    if (t == NULL) return 0;
    long long iv;
    int k;
    const int ok = PyArg_ParseTuple(t, "dLi", v, &iv, &k);
    Py_DECREF(t);
    *i = iv;
    *kind = k;
    return ok;
}

/* A Device as (type, index), -1 for None; through the runtime's converter (strings, ordinals). */
static inline int sffi_device_arg(PyObject *value, int32_t *type, int32_t *index, const char *name, int optional) {
    if (value == Py_None && optional) {
        *type = *index = -1;
        return 1;
    }
    if (sffi_device_converter == NULL) return wrong_type(value, name, "torch_sffi.device");
    PyObject *t = PyObject_CallFunction(sffi_device_converter, "Os", value, name);
    if (t == NULL) return 0;
    int a, b;
    const int ok = PyArg_ParseTuple(t, "ii", &a, &b);
    Py_DECREF(t);
    *type = a;
    *index = b;
    return ok;
}

/* A ScalarType as its code, -1 for None. */
static inline int sffi_dtype_arg(PyObject *value, int32_t *code, const char *name, int optional) {
    if (value == Py_None && optional) {
        *code = -1;
        return 1;
    }
    if (sffi_dtype_type == NULL || !PyObject_TypeCheck(value, sffi_dtype_type)) {
        type_error_code("argument '%s' must be torch_sffi.dtype, not %.100s", name, value);
        return 0;
    }
    PyObject *c = PyObject_GetAttr(value, sffi_attr_code);
    if (c == NULL) return 0;
    const long v = PyLong_AsLong(c);
    Py_DECREF(c);
    *code = (int32_t)v;
    return !(v == -1 && PyErr_Occurred());
}

/* ---------------------------------------------------------------------------- results
 * `legitimate`: the failure sentinel can also be a successful value; the error code decides. */

static inline PyObject *sffi_tensor_result(int64_t h, int legitimate) {
    (void)legitimate;
    return h == 0 ? sffi_raise_last() : sffi_wrap(h);
}

static inline PyObject *sffi_optional_tensor_result(int64_t h, int legitimate) {
    (void)legitimate;
    if (h != 0) return sffi_wrap(h);
    if (sffi_error_code() != 0) return sffi_raise_last();
    Py_RETURN_NONE;
}

/* owner takes the handle h as its _h (and, with `live`, sets its _live), in C: before any Python
 * code runs, so that an interrupt cannot orphan it. 0 when it cannot (raised; h not released). */
static inline int owner_takes(PyObject *owner, int64_t h, int live) {
    PyObject *value = PyLong_FromLongLong(h);
    const int ok = value != NULL && PyObject_SetAttr(owner, sffi_attr_h, value) == 0 && (!live || PyObject_SetAttr(owner, sffi_attr_live, Py_True) == 0);
    Py_XDECREF(value);
    return ok;
}

/* A Stream's constructor: owner (a cuda.Stream) takes the handle. */
static inline PyObject *sffi_stream_result(PyObject *owner, int64_t h) {
    if (h == 0) return sffi_raise_last();
    if (!owner_takes(owner, h, 1)) {
        sffi_stream_release(h);
        return NULL;
    }
    Py_RETURN_NONE;
}

/* An int result that is a handle of another kind (a module; the entry's `python: {owned_by}`):
 * owner takes it as its _h before any Python code runs, so that an interrupt cannot orphan it;
 * when it cannot, `release` (the kind's destructor release) frees it. -1 is the failure. */
static inline PyObject *sffi_owned_result(PyObject *owner, int64_t h, bool (*release)(int64_t)) {
    if (h == -1) return sffi_raise_last();
    if (!owner_takes(owner, h, 0)) {
        release(h);
        return NULL;
    }
    Py_RETURN_NONE;
}

#define SFFI_FAILED(sentinel_test, legitimate) ((sentinel_test) && (!(legitimate) || sffi_error_code() != 0))

static inline PyObject *sffi_i64_result(int64_t v, int legitimate) {
    return SFFI_FAILED(v == -1, legitimate) ? sffi_raise_last() : PyLong_FromLongLong(v);
}

static inline PyObject *sffi_i32_result(int32_t v, int legitimate) {
    return SFFI_FAILED(v == -1, legitimate) ? sffi_raise_last() : PyLong_FromLong(v);
}

static inline PyObject *sffi_f64_result(double v, int legitimate) {
    return SFFI_FAILED(isnan(v), legitimate) ? sffi_raise_last() : PyFloat_FromDouble(v);
}

static inline PyObject *sffi_bool_result(bool v, int legitimate) {
    if (SFFI_FAILED(!v, legitimate)) return sffi_raise_last();
    return PyBool_FromLong(v);
}

static inline PyObject *sffi_text_result(const char *text, int legitimate) {
    (void)legitimate;
    if (text == NULL) return sffi_raise_last();
    return PyUnicode_DecodeUTF8(text, (Py_ssize_t)strlen(text), "replace");
}

static inline PyObject *sffi_dtype_from_code(int32_t code) {
    if (code >= 0 && code < SFFI_DTYPE_CODES && sffi_dtype_by_code[code] != NULL) { /* every catalogue dtype */
        Py_INCREF(sffi_dtype_by_code[code]);
        return sffi_dtype_by_code[code];
    }
    PyObject *key = PyLong_FromLong(code);
    if (key == NULL) return NULL;
    PyObject *dtype = sffi_dtypes != NULL ? PyDict_GetItemWithError(sffi_dtypes, key) : NULL;
    Py_DECREF(key);
    if (dtype == NULL) {
        if (!PyErr_Occurred()) PyErr_Format(PyExc_TypeError, "dtype code %d is not in the catalogue", (int)code);
        return NULL;
    }
    Py_INCREF(dtype);
    return dtype;
}

static inline PyObject *sffi_dtype_result(int32_t code, int legitimate) {
    if (SFFI_FAILED(code == -1, legitimate)) return sffi_raise_last();
    return sffi_dtype_from_code(code);
}

static inline PyObject *sffi_void_result(void) {
    if (sffi_error_code() != 0) return sffi_raise_last();
    Py_RETURN_NONE;
}

/* For the entries that read the error state themselves (keeps_error_state). */
static inline PyObject *sffi_plain_text(const char *text) {
    return PyUnicode_DecodeUTF8(text != NULL ? text : "", text != NULL ? (Py_ssize_t)strlen(text) : 0, "replace");
}

static inline PyObject *sffi_none(void) { Py_RETURN_NONE; }

/* The caller-buffer protocol after a call offered `out`: 0 when n elements fit (out->len = n),
 * 1 when the buffer grew to n (call again; no handle was made), -1 on failure (raised). */
#define sffi_offered(a, n) sffi_offered_((void **)&(a)->data, &(a)->cap, &(a)->len, (a)->inline_, sizeof((a)->inline_[0]), (n))
static inline int sffi_offered_(void **data, int64_t *cap, int64_t *len, void *inline_, size_t size, int64_t n) {
    if (n < 0) {
        sffi_raise_last();
        return -1;
    }
    if (n <= *cap) {
        *len = n;
        return 0;
    }
    return sffi_reserve_(data, cap, inline_, size, n) ? 1 : -1;
}

/* A list of the Tensors owning the handles; if one cannot be made, the rest are released. */
static inline PyObject *sffi_tensors_result(sffi_i64s *out) {
    PyObject *list = PyList_New((Py_ssize_t)out->len);
    for (int64_t i = 0; i < out->len; ++i) {
        PyObject *t = list != NULL ? sffi_wrap(out->data[i]) : NULL;
        if (t == NULL) {
            for (int64_t j = list != NULL ? i + 1 : i; j < out->len; ++j) sffi_release(out->data[j]);
            Py_XDECREF(list);
            return NULL;
        }
        SFFI_LIST_SET(list, (Py_ssize_t)i, t);
    }
    return list;
}

/* A list (or a tuple) of n Python numbers: ints when i is given, else floats. */
/* Fills seq, a new list (or a tuple, of any tuple class) of n empty items, or NULL after a failed
 * allocation, with n Python numbers as numbers() makes them; NULL (seq released) on failure. */
static inline PyObject *fill_numbers(PyObject *seq, int64_t n, const int64_t *i, const double *f, int as_tuple) {
    for (int64_t k = 0; seq != NULL && k < n; ++k) {
        PyObject *v = i != NULL ? PyLong_FromLongLong(i[k]) : PyFloat_FromDouble(f[k]);
        if (v == NULL) Py_CLEAR(seq);
        else if (as_tuple) SFFI_TUPLE_SET(seq, (Py_ssize_t)k, v);
        else SFFI_LIST_SET(seq, (Py_ssize_t)k, v);
    }
    return seq;
}

static inline PyObject *numbers(int64_t n, const int64_t *i, const double *f, int as_tuple) {
    return fill_numbers(as_tuple ? PyTuple_New((Py_ssize_t)n) : PyList_New((Py_ssize_t)n), n, i, f, as_tuple);
}

static inline PyObject *sffi_ints_result(sffi_i64s *out) { return numbers(out->len, out->data, NULL, 0); }

/* A torch_sffi.Size of the ints (a plain tuple until size_class() registered the class). */
static inline PyObject *sffi_size_result(sffi_i64s *out) {
    if (sffi_size_type == NULL) return numbers(out->len, out->data, NULL, 1);
    return fill_numbers(sffi_size_alloc(sffi_size_type, (Py_ssize_t)out->len), out->len, out->data, NULL, 1);
}
static inline PyObject *sffi_ints_tuple_result(sffi_i64s *out) { return numbers(out->len, out->data, NULL, 1); }
static inline PyObject *sffi_floats_result(sffi_f64s *out) { return numbers(out->len, NULL, out->data, 0); }
static inline PyObject *sffi_floats_tuple_result(sffi_f64s *out) { return numbers(out->len, NULL, out->data, 1); }

#endif /* SFFI_PY_CORE_H */
