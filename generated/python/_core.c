// copied from runtime/python/_core.c by sffi-gen; edit that file, not this copy
/*
 * torch_sffi._core: the Python tier's only way into the bridge, in C.
 *
 *  - TensorBase, the C base of the generated Tensor class: the handle (_h) and liveness (_live)
 *    are C fields; dealloc releases the handle with the catalogue's release function
 *    (SFFI_RELEASE), which leaves the thread's error state as it was;
 *  - one call per catalogue function (the generated units _core_calls_<n>.c, over the converters
 *    of _core.h; the module adds each unit's table of calls): it converts the lowered
 *    arguments, calls the bridge (the interpreter lock released unless the entry is quick) and
 *    turns the result into its Python value at once. A new handle is owned by a Tensor, and an
 *    error is read (code and message), before any Python code can run: an exception raised by a
 *    signal handler at the next bytecode cannot orphan a tensor, and a bridge call the handler
 *    makes cannot overwrite the error;
 *  - Scope: frees at its end the tensors made in it on its thread that are still alive. It holds
 *    no reference to them (an intrusive list the tensors unlink themselves from when they
 *    die), so an intermediate nobody references is freed when its last reference goes, as
 *    PyTorch frees it, inside a scope too;
 *  - the operators between two tensors that the catalogue marks (SFFI_FAST_OPS) call the bridge
 *    directly; any other operand goes to the Python implementation registered by setup().
 *
 * Hand-written runtime, compiled as it is: _core_ops.h, generated from the catalogue, names the
 * functions and the call units. Built by `sffi-gen build` against the bridge's header, with the
 * units, and linked to the bridge. Everything here runs with the interpreter lock held, except the bridge calls.
 */
#include "torch_sffi.h"
#include "_core_ops.h" /* before _core.h: it names the warning functions _core.h uses */

#include "_core.h"

#include <structmember.h>

struct ScopeObject {
    PyObject_HEAD
    TensorObject *first; /* the newest tensor made in this scope that is still alive */
    ScopeObject *parent; /* the scope that was innermost when this one began (a reference) */
    unsigned long thread;
    char state; /* 0 new, 1 entered, 2 ended */
};

/* Shared with the call units (_core.h says what each is). */
PyTypeObject *sffi_tensor_type = NULL;
PyTypeObject *sffi_dtype_type = NULL;
PyObject *sffi_dtypes = NULL;
PyObject *sffi_dtype_by_code[SFFI_DTYPE_CODES];
PyObject *sffi_attr_code = NULL, *sffi_attr_h = NULL, *sffi_attr_live = NULL;
PyObject *sffi_scalar_converter = NULL;
PyObject *sffi_device_converter = NULL;
PyTypeObject *sffi_size_type = NULL;
allocfunc sffi_size_alloc = NULL;

static PyObject *raise_error = NULL; /* raise_error(code, message) raises the right class */
static PyObject *backward_runner = NULL, *exception_claim = NULL; /* custom autograd functions (below) */
static PyObject *attr_region = NULL;
#ifdef Py_LIMITED_API
static PyObject *attr_start = NULL, *attr_stop = NULL, *attr_step = NULL;
#endif
static char dtype_kinds[128];            /* code -> 'f'loat, 'i'nt, 'b'ool, 'c'omplex (0: unknown) */
/* The dtypes Python data becomes (torch.tensor's inference) and the bridge's from_data/from_i64 make. */
static int32_t code_float64 = -1, code_int64 = -1, code_bool = -1;
static _Thread_local ScopeObject *innermost = NULL; /* this thread's innermost scope (a reference) */

static PyObject *raise_other(const char *text);

/* ---------------------------------------------------------------------------- types
 * The module's types are heap types (PyType_FromSpec, as the limited API requires): an
 * instance's dealloc frees it through its type's tp_free and releases its type. */

static void sffi_free_object(PyObject *self) {
    PyTypeObject *type = Py_TYPE(self);
#ifdef Py_LIMITED_API
    freefunc free_object = (freefunc)PyType_GetSlot(type, Py_tp_free);
#else
    freefunc free_object = type->tp_free;
#endif
    free_object(self);
    Py_DECREF(type);
}

/* ---------------------------------------------------------------------------- scopes */

static void link_tensor(TensorObject *t, ScopeObject *s) {
    t->scope = s;
    t->prev = NULL;
    t->next = s->first;
    if (s->first != NULL) s->first->prev = t;
    s->first = t;
}

static void unlink_tensor(TensorObject *t) {
    ScopeObject *s = t->scope;
    if (s == NULL) return;
    if (t->prev != NULL) t->prev->next = t->next;
    else s->first = t->next;
    if (t->next != NULL) t->next->prev = t->prev;
    t->scope = NULL;
    t->prev = t->next = NULL;
}

/* Releases the handle t owns, if it still owns one. */
static void release_owned(TensorObject *t) {
    if (t->live) {
        t->live = 0;
        SFFI_RELEASE(t->h);
    }
}

/* Frees every tensor still in the scope, newest first. */
static void scope_free_all(ScopeObject *s) {
    while (s->first != NULL) {
        TensorObject *t = s->first;
        unlink_tensor(t);
        release_owned(t);
    }
}

static PyObject *scope_enter(PyObject *self, PyObject *unused) {
    ScopeObject *s = (ScopeObject *)self;
    if (s->state != 0) return raise_other("a scope can be entered only once; make a new scope()");
    s->state = 1;
    s->thread = PyThread_get_thread_ident();
    s->parent = innermost; /* the thread's reference moves to the new scope's parent field */
    Py_INCREF(self);
    innermost = s;
    Py_INCREF(self);
    return self;
}

static PyObject *scope_exit(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    ScopeObject *s = (ScopeObject *)self;
    if (s->state != 1 || innermost != s) return raise_other("scopes end in the reverse order they began, on the thread that began them");
    s->state = 2;
    innermost = s->parent;
    s->parent = NULL;
    scope_free_all(s);
    Py_DECREF(self); /* the thread's reference */
    Py_RETURN_NONE;
}

/* keep(t): t outlives this scope; it moves to the enclosing scope (or to none). */
static PyObject *scope_keep(PyObject *self, PyObject *t) {
    ScopeObject *s = (ScopeObject *)self;
    if (!sffi_is_tensor(t)) {
        return sffi_type_error("keep() takes a Tensor", t);
    }
    TensorObject *tensor = (TensorObject *)t;
    if (tensor->scope == s) {
        unlink_tensor(tensor);
        if (s->parent != NULL) link_tensor(tensor, s->parent);
    }
    Py_INCREF(t);
    return t;
}

static void scope_dealloc(PyObject *self) {
    ScopeObject *s = (ScopeObject *)self;
    /* Only a scope that never began or has ended gets here (an entered one is referenced by
     * its thread); if it never ended it holds nothing: tensors link to entered scopes only. */
    scope_free_all(s);
    Py_XDECREF((PyObject *)s->parent);
    sffi_free_object(self);
}

static PyObject *scope_count(PyObject *self, void *unused) {
    Py_ssize_t n = 0;
    for (TensorObject *t = ((ScopeObject *)self)->first; t != NULL; t = t->next) n += t->live != 0;
    return PyLong_FromSsize_t(n);
}

static PyMethodDef scope_methods[] = {
    {"__enter__", scope_enter, METH_NOARGS, "Begins the scope on this thread."},
    {"__exit__", (PyCFunction)(void (*)(void))scope_exit, METH_FASTCALL, "Ends the scope: frees its tensors."},
    {"keep", scope_keep, METH_O, "Keeps a tensor of this scope alive past its end (it moves to the enclosing scope); returns it."},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef scope_getset[] = {
    {"live", scope_count, NULL, "How many tensors made in this scope are alive (and will be freed at its end).", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyType_Slot scope_slots[] = {
    {Py_tp_doc, (void *)"Frees, when it ends, every tensor made inside it on its thread that is still alive."},
    {Py_tp_dealloc, (void *)scope_dealloc},
    {Py_tp_methods, scope_methods},
    {Py_tp_getset, scope_getset},
    {Py_tp_new, (void *)PyType_GenericNew},
    {0, NULL},
};

static PyType_Spec scope_spec = {"torch_sffi._core.Scope", sizeof(ScopeObject), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, scope_slots};

/* ---------------------------------------------------------------------------- regions
 * Region: a context manager whose __enter__ and __exit__ are the two calls its class names in
 * `_region = (begin, end)` (torch_sffi.no_grad; an instance may set its own, as torch_sffi.autocast does with
 * its arguments bound to begin). Both run here, in C: no bytecode runs between
 * the call that begins the region and the with statement's taking charge of ending it, so an
 * exception raised by a signal handler cannot leave the region open. */

static PyObject *region_call(PyObject *self, Py_ssize_t which) {
    PyObject *pair = PyObject_GetAttr(self, attr_region); /* the class's, or the instance's own (autocast's arguments) */
    if (pair == NULL) return NULL;
    if (!PyTuple_Check(pair) || SFFI_TUPLE_SIZE(pair) != 2) {
        Py_DECREF(pair);
        PyErr_SetString(PyExc_TypeError, "a Region's class needs _region = (begin, end)");
        return NULL;
    }
    PyObject *r = PyObject_CallNoArgs(SFFI_TUPLE_ITEM(pair, which));
    Py_DECREF(pair);
    return r;
}

static PyObject *region_enter(PyObject *self, PyObject *unused) {
    PyObject *r = region_call(self, 0);
    if (r == NULL) return NULL;
    Py_DECREF(r);
    Py_RETURN_NONE;
}

static PyObject *region_exit(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    PyObject *r = region_call(self, 1);
    if (r == NULL) return NULL;
    Py_DECREF(r);
    Py_RETURN_NONE;
}

static PyMethodDef region_methods[] = {
    {"__enter__", region_enter, METH_NOARGS, "Begins the region (the class's first _region call)."},
    {"__exit__", (PyCFunction)(void (*)(void))region_exit, METH_FASTCALL, "Ends the region (the class's second _region call)."},
    {NULL, NULL, 0, NULL},
};

static void region_dealloc(PyObject *self) { sffi_free_object(self); }

static PyType_Slot region_slots[] = {
    {Py_tp_doc, (void *)"A context manager whose class names the calls that begin and end it: _region = (begin, end)."},
    {Py_tp_dealloc, (void *)region_dealloc},
    {Py_tp_methods, region_methods},
    {Py_tp_new, (void *)PyType_GenericNew},
    {0, NULL},
};

static PyType_Spec region_spec = {"torch_sffi._core.Region", 0, 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, region_slots};

/* ---------------------------------------------------------------------------- tensors */

static allocfunc tensor_alloc = NULL; /* the Tensor class's tp_alloc, read by setup() */

PyObject *sffi_wrap(int64_t h) {
    PyObject *obj = tensor_alloc(sffi_tensor_type, 0);
    if (obj == NULL) {
        SFFI_RELEASE(h);
        return NULL;
    }
    TensorObject *t = (TensorObject *)obj;
    t->h = h;
    t->live = 1;
    if (innermost != NULL) link_tensor(t, innermost);
    return obj;
}

static void tensor_dealloc(PyObject *self) {
    TensorObject *t = (TensorObject *)self;
    unlink_tensor(t);
    release_owned(t);
    sffi_free_object(self);
}

/* adopt(t, source): t takes over the handle source owns (source ends up not live); t joins
 * this thread's innermost scope. For constructors: Tensor(data) builds its value first. */
static PyObject *core_adopt(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 2 || !sffi_is_tensor(args[0]) || !sffi_is_tensor(args[1])) {
        PyErr_SetString(PyExc_TypeError, "adopt(tensor, source) takes two tensors");
        return NULL;
    }
    TensorObject *t = (TensorObject *)args[0], *src = (TensorObject *)args[1];
    if (!src->live) {
        PyErr_SetString(PyExc_RuntimeError, "adopt(): the source tensor owns no handle");
        return NULL;
    }
    unlink_tensor(t);
    release_owned(t);
    t->h = src->h;
    t->live = 1;
    src->live = 0;
    unlink_tensor(src);
    if (innermost != NULL) link_tensor(t, innermost);
    Py_RETURN_NONE;
}

/* unscoped(t): t leaves the scope it was made in (it belongs to a longer-lived owner, such as
 * an optimizer's state); returns t. */
static PyObject *core_unscoped(PyObject *module, PyObject *t) {
    if (!sffi_is_tensor(t)) {
        return sffi_type_error("unscoped() takes a Tensor", t);
    }
    unlink_tensor((TensorObject *)t);
    Py_INCREF(t);
    return t;
}

/* ---------------------------------------------------------------------------- errors */

PyObject *sffi_raise_code(int32_t code, const char *text) {
    PyObject *message = PyUnicode_DecodeUTF8(text, (Py_ssize_t)strlen(text), "replace");
    if (message == NULL) return NULL;
    if (exception_claim != NULL && strstr(text, "[torch_sffi backward #") != NULL) {
        /* A custom Function's backward raised: raise that exception itself. */
        PyObject *exc = PyObject_CallFunctionObjArgs(exception_claim, message, NULL);
        if (exc != NULL && exc != Py_None) {
            PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
            Py_DECREF(exc);
            Py_DECREF(message);
            return NULL;
        }
        Py_XDECREF(exc);
        PyErr_Clear();
    }
    PyObject *r = raise_error != NULL ? PyObject_CallFunction(raise_error, "iO", (int)code, message) : NULL;
    if (raise_error == NULL) PyErr_SetObject(PyExc_RuntimeError, message);
    Py_DECREF(message);
    Py_XDECREF(r);
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_RuntimeError, "torch_sffi: a bridge call failed without an error");
    return NULL;
}

PyObject *sffi_raise_last(void) {
    const int32_t code = SFFI_ERROR_CODE();
    return sffi_raise_code(code, code != 0 ? SFFI_ERROR_MESSAGE() : "the bridge reported failure without an error code");
}

int32_t sffi_error_code(void) { return SFFI_ERROR_CODE(); }

PyObject *sffi_emit_warnings(PyObject *result) {
#ifdef SFFI_WARNING_COUNT
    const int32_t n = SFFI_WARNING_COUNT();
    if (n <= 0) return result;
    /* Read them all first: a warning's Python code (a filter, showwarning) may call the bridge. */
    PyObject *pending[64];
    int kinds[64];
    int32_t kept = 0;
    for (int32_t i = 0; i < n && kept < 64; ++i) {
        const char *text = SFFI_WARNING_MESSAGE(i);
        pending[kept] = PyUnicode_DecodeUTF8(text, (Py_ssize_t)strlen(text), "replace");
        kinds[kept] = SFFI_WARNING_KIND(i);
        if (pending[kept] == NULL) break;
        ++kept;
    }
    PyObject *type, *value, *traceback;
    PyErr_Fetch(&type, &value, &traceback); /* the call's own error (or a failed decode) waits */
    int failed = 0;
    for (int32_t i = 0; i < kept; ++i) {
        if (!failed) {
            PyObject *category = kinds[i] == 1 ? PyExc_DeprecationWarning : PyExc_UserWarning;
            failed = PyErr_WarnEx(category, sffi_utf8(pending[i]), 1) < 0;
        }
        Py_DECREF(pending[i]);
    }
    if (type != NULL) { /* the call failed: its error wins over a warning made an error */
        if (failed) PyErr_Clear();
        PyErr_Restore(type, value, traceback);
        Py_XDECREF(result);
        return NULL;
    }
    if (failed) {
        Py_XDECREF(result);
        return NULL;
    }
#endif
    return result;
}

void sffi_release(int64_t h) { SFFI_RELEASE(h); }

void sffi_stream_release(int64_t h) {
#ifdef SFFI_STREAM_RELEASE
    SFFI_STREAM_RELEASE(h);
#else
    (void)h;
#endif
}

/* A misuse detected here, raised as the bridge's "other" errors are (RuntimeError). */
static PyObject *raise_other(const char *text) { return sffi_raise_code(RT_TORCH_ERR_OTHER, text); }

/* ---------------------------------------------------------------------------- overloads
 * match(args, kwargs, form) binds a call's arguments to one form of an overloaded function, as
 * PyTorch's argument parser tries its signatures; `form` is what _runtime.form_info() worked out
 * once: (positional count, *size flag, {name: index}, ((kind, optional, test), ...),
 * (required indexes), (names), ...). Python's own values are tested here; any other value (numpy's
 * numbers, objects with __index__, devices) goes to the kind's Python test. Returns the
 * arguments by name (those left to their defaults omitted), or None when the form does not fit. */

enum { K_OTHER, K_TENSOR, K_INT, K_FLOAT, K_BOOL, K_SCALAR, K_STR, K_DTYPE, K_TENSORS, K_OPT_TENSORS, K_INTS };

/* 1 fits, 0 does not, -1 error (raised). */
static int fits(PyObject *test, PyObject *value) {
    const long kind = PyLong_AsLong(SFFI_TUPLE_ITEM(test, 0));
    if (value == Py_None && SFFI_TUPLE_ITEM(test, 1) == Py_True) return 1;
    const int plain_int = PyLong_Check(value) && !PyBool_Check(value);
    switch (kind) {
    case K_TENSOR: return sffi_is_tensor(value);
    case K_BOOL: return PyBool_Check(value);
    case K_STR: return PyUnicode_Check(value);
    case K_DTYPE: return sffi_dtype_type != NULL && PyObject_TypeCheck(value, sffi_dtype_type);
    case K_INT:
        if (plain_int) return 1;
        if (PyBool_Check(value) || PyFloat_Check(value) || sffi_is_tensor(value)) return 0;
        break;
    case K_FLOAT:
        if (plain_int || PyFloat_Check(value)) return 1;
        if (PyBool_Check(value) || sffi_is_tensor(value)) return 0;
        break;
    case K_SCALAR:
        if (PyLong_Check(value) || PyFloat_Check(value)) return 1;
        if (sffi_is_tensor(value)) return 0;
        break;
    case K_TENSORS:
    case K_OPT_TENSORS:
        if (!PyList_Check(value) && !PyTuple_Check(value)) return 0;
        for (Py_ssize_t k = 0; k < sffi_seq_size(value); ++k) {
            PyObject *item = sffi_seq_item(value, k);
            if (!sffi_is_tensor(item) && !(kind == K_OPT_TENSORS && item == Py_None)) return 0;
        }
        return 1;
    case K_INTS:
        if (plain_int) return 1;
        if (PyList_Check(value) || PyTuple_Check(value)) {
            int all = 1;
            for (Py_ssize_t k = 0; all && k < sffi_seq_size(value); ++k) {
                PyObject *item = sffi_seq_item(value, k);
                all = PyLong_Check(item) && !PyBool_Check(item);
            }
            if (all) return 1;
        }
        break;
    default:
        break;
    }
    PyObject *python_test = SFFI_TUPLE_ITEM(test, 2);
    if (python_test == Py_None) return 0;
    PyObject *r = sffi_call_n(python_test, &value, 1);
    if (r == NULL) return -1;
    const int ok = PyObject_IsTrue(r);
    Py_DECREF(r);
    return ok;
}

#define SFFI_MAX_PARAMS 64

/* Binds the arguments to the form's parameters: 1 when they fit (bound[i] the argument of
 * parameter i, borrowed, or NULL for one left to its default), 0 when they do not, -1 on error.
 * *owned is a list the binding made (PyTorch's *size), to release after bound is used. */
static int bind_args(PyObject *args, PyObject *kwargs, PyObject *info, PyObject **bound, Py_ssize_t *count, PyObject **owned) {
    *owned = NULL;
    if (!PyTuple_Check(info) || SFFI_TUPLE_SIZE(info) < 6) {
        PyErr_SetString(PyExc_TypeError, "a form is what _runtime.form_info() returns");
        return -1;
    }
    const Py_ssize_t positional = PyLong_AsSsize_t(SFFI_TUPLE_ITEM(info, 0));
    const int sized = SFFI_TUPLE_ITEM(info, 1) == Py_True;
    PyObject *names = SFFI_TUPLE_ITEM(info, 2), *tests = SFFI_TUPLE_ITEM(info, 3);
    PyObject *required = SFFI_TUPLE_ITEM(info, 4);
    *count = SFFI_TUPLE_SIZE(SFFI_TUPLE_ITEM(info, 5));
    if (*count > SFFI_MAX_PARAMS) {
        PyErr_SetString(PyExc_ValueError, "match(): a form has at most 64 parameters");
        return -1;
    }
    for (Py_ssize_t i = 0; i < *count; ++i) bound[i] = NULL;
    Py_ssize_t ngiven = SFFI_TUPLE_SIZE(args);
    if (sized && ngiven > 1) { /* PyTorch's *size: f(2, 3) is f([2, 3]) */
        *owned = PySequence_List(args);
        if (*owned == NULL) return -1;
        ngiven = 1;
    }
    if (ngiven > positional) return 0;
    for (Py_ssize_t i = 0; i < ngiven; ++i) {
        PyObject *given = *owned != NULL ? *owned : SFFI_TUPLE_ITEM(args, i);
        const int ok = fits(SFFI_TUPLE_ITEM(tests, i), given);
        if (ok <= 0) return ok;
        bound[i] = given;
    }
    if (kwargs != NULL) {
        PyObject *key, *value;
        Py_ssize_t pos = 0;
        while (PyDict_Next(kwargs, &pos, &key, &value)) {
            PyObject *index = PyDict_GetItemWithError(names, key);
            if (index == NULL) return PyErr_Occurred() ? -1 : 0;
            const Py_ssize_t i = PyLong_AsSsize_t(index);
            if (bound[i] != NULL) return 0;
            const int ok = fits(SFFI_TUPLE_ITEM(tests, i), value);
            if (ok <= 0) return ok;
            bound[i] = value;
        }
    }
    for (Py_ssize_t k = 0; k < SFFI_TUPLE_SIZE(required); ++k)
        if (bound[PyLong_AsSsize_t(SFFI_TUPLE_ITEM(required, k))] == NULL) return 0;
    return 1;
}

/* The bound arguments by name (those left to their defaults omitted). */
static PyObject *bound_dict(PyObject *info, PyObject **bound, Py_ssize_t count) {
    PyObject *params = SFFI_TUPLE_ITEM(info, 5);
    PyObject *d = PyDict_New();
    for (Py_ssize_t i = 0; d != NULL && i < count; ++i)
        if (bound[i] != NULL && PyDict_SetItem(d, SFFI_TUPLE_ITEM(params, i), bound[i]) < 0) Py_CLEAR(d);
    return d;
}

static PyObject *core_match(PyObject *module, PyObject *const *a, Py_ssize_t nargs) {
    if (nargs != 3 || !PyTuple_Check(a[0]) || !PyDict_Check(a[1])) {
        PyErr_SetString(PyExc_TypeError, "match(args, kwargs, form_info)");
        return NULL;
    }
    PyObject *bound[SFFI_MAX_PARAMS], *owned;
    Py_ssize_t count = 0;
    const int ok = bind_args(a[0], a[1], a[2], bound, &count, &owned);
    PyObject *r = ok < 0 ? NULL : ok == 0 ? Py_NewRef(Py_None) : bound_dict(a[2], bound, count);
    Py_XDECREF(owned);
    return r;
}

/* dispatch(receiver or None, args, kwargs, ((form_info, implementation), ...)): calls the
 * implementation of the first form the arguments fit, with the receiver first; the arguments
 * go by position when they fill the first positional parameters without a gap, else by name.
 * NotImplemented when no form fits (the caller raises PyTorch's TypeError). */
static PyObject *core_dispatch(PyObject *module, PyObject *const *a, Py_ssize_t nargs) {
    if (nargs != 4 || !PyTuple_Check(a[1]) || !PyDict_Check(a[2]) || !PyTuple_Check(a[3])) {
        PyErr_SetString(PyExc_TypeError, "dispatch(receiver, args, kwargs, forms)");
        return NULL;
    }
    PyObject *receiver = a[0], *forms = a[3];
    const Py_ssize_t first = receiver == Py_None ? 0 : 1;
    for (Py_ssize_t k = 0; k < SFFI_TUPLE_SIZE(forms); ++k) {
        PyObject *entry = SFFI_TUPLE_ITEM(forms, k);
        if (!PyTuple_Check(entry) || SFFI_TUPLE_SIZE(entry) != 2) {
            PyErr_SetString(PyExc_TypeError, "dispatch(): each form is (form_info, implementation)");
            return NULL;
        }
        PyObject *info = SFFI_TUPLE_ITEM(entry, 0), *impl = SFFI_TUPLE_ITEM(entry, 1);
        PyObject *stack[SFFI_MAX_PARAMS + 1], *owned;
        Py_ssize_t count = 0;
        const int ok = bind_args(a[1], a[2], info, stack + 1, &count, &owned);
        if (ok < 0) return NULL;
        if (ok == 0) {
            Py_XDECREF(owned);
            continue;
        }
        Py_ssize_t n = count;
        while (n > 0 && stack[n] == NULL) --n; /* the bound prefix */
        Py_ssize_t gap = n > PyLong_AsSsize_t(SFFI_TUPLE_ITEM(info, 0)); /* keyword-only ones go by name */
        for (Py_ssize_t i = 1; i <= n; ++i) gap |= stack[i] == NULL;
        PyObject *r;
        stack[0] = receiver;
        if (!gap) {
            r = sffi_call_n(impl, stack + 1 - first, n + first);
        } else {
            PyObject *by_name = bound_dict(info, stack + 1, count);
            PyObject *positional = by_name == NULL ? NULL : first ? PyTuple_Pack(1, receiver) : PyTuple_New(0);
            r = positional != NULL ? PyObject_Call(impl, positional, by_name) : NULL;
            Py_XDECREF(positional);
            Py_XDECREF(by_name);
        }
        Py_XDECREF(owned);
        return r;
    }
    Py_RETURN_NOTIMPLEMENTED;
}

/* ---------------------------------------------------------------------------- the calls */

/* Defined by the generated units (_core_calls_<n>.c), each with the table of its own:
 * sffi_calls_<n>, which the module adds (SFFI_CALL_UNITS). The members of the C base type
 * below call theirs directly. */
#define SFFI_DECLARE_MEMBER(name, function, doc) SFFI_CALL(function);
SFFI_TENSOR_MEMBERS(SFFI_DECLARE_MEMBER, SFFI_DECLARE_MEMBER)
#undef SFFI_DECLARE_MEMBER
#define SFFI_DECLARE_UNIT(n) extern SFFI_HIDDEN PyMethodDef sffi_calls_##n[];
SFFI_CALL_UNITS(SFFI_DECLARE_UNIT)
#undef SFFI_DECLARE_UNIT

/* ---------------------------------------------------------------------------- accessors
 * The members of Tensor that read a tensor back (item, tolist) and basic indexing, in C: the
 * per-call cost of PyTorch's own. What they do not handle (complex tensors, advanced indexes)
 * goes to the Python implementation of TensorRuntime (_item_slow, _tolist_slow,
 * _getitem_slow). They name the bridge functions they read through, as the Python runtime does. */

#define SFFI_MAX_DIMS 64

/* The sizes of h (at most SFFI_MAX_DIMS), or -1 with the error raised. */
static int64_t read_sizes(int64_t h, int64_t *sizes) {
    const int64_t n = rt_torch_torchtensor_shape(h, sizes, SFFI_MAX_DIMS);
    if (n < 0) {
        sffi_raise_last();
        return -1;
    }
    if (n > SFFI_MAX_DIMS) {
        raise_other("tensors of more than 64 dimensions are not supported here");
        return -1;
    }
    return n;
}

/* The kind of h's dtype ('f', 'i', 'b', 'c'), or 0 with the error raised. */
static char read_kind(int64_t h) {
    const int32_t code = rt_torch_torchtensor_dtype(h);
    if (code == -1) {
        sffi_raise_last();
        return 0;
    }
    const char kind = code >= 0 && code < (int32_t)sizeof dtype_kinds ? dtype_kinds[code] : 0;
    if (kind == 0) PyErr_Format(PyExc_TypeError, "dtype code %d is not in the catalogue", (int)code);
    return kind;
}

static PyObject *fallback(PyObject *self, const char *method, PyObject *arg) {
    PyObject *name = PyUnicode_FromString(method);
    if (name == NULL) return NULL;
    PyObject *r = PyObject_CallMethodObjArgs(self, name, arg, NULL); /* arg NULL: no argument */
    Py_DECREF(name);
    return r;
}

static PyObject *number_of(char kind, double f, int64_t i) {
    if (kind == 'f') return PyFloat_FromDouble(f);
    if (kind == 'b') return PyBool_FromLong(i != 0);
    return PyLong_FromLongLong(i);
}

/* item(): the value of a one-element tensor as a Python number (int for integer dtypes). */
static PyObject *tensor_item(PyObject *self, PyObject *unused) {
    const int64_t h = ((TensorObject *)self)->h;
    const char kind = read_kind(h);
    if (kind == 0) return NULL;
    if (kind == 'c') return fallback(self, "_item_slow", NULL);
    /* The value through the data read (a plain load for a CPU tensor), which reports the
     * element count: more than one is PyTorch's error. */
    double f = 0.0;
    int64_t v = 0, n;
    Py_BEGIN_ALLOW_THREADS
    n = kind == 'f' ? rt_torch_torchtensor_data_f64(h, &f, 1) : rt_torch_torchtensor_data_i64(h, &v, 1);
    Py_END_ALLOW_THREADS
    if (n < 0) return sffi_raise_last();
    if (n != 1) return PyErr_Format(PyExc_RuntimeError, "a Tensor with %lld elements cannot be converted to Scalar", (long long)n);
    return number_of(kind, f, v);
}

static PyObject *nest(char kind, const double *f, const int64_t *i, const int64_t *sizes, int64_t dims, int64_t *at) {
    if (dims == 0) {
        const int64_t k = (*at)++;
        return number_of(kind, f != NULL ? f[k] : 0.0, i != NULL ? i[k] : 0);
    }
    if (dims == 1 && kind != 'b') { /* the innermost lists of floats or ints: in one loop */
        PyObject *list = numbers(sizes[0], i != NULL ? i + *at : NULL, f != NULL ? f + *at : NULL, 0);
        *at += sizes[0];
        return list;
    }
    PyObject *list = PyList_New((Py_ssize_t)sizes[0]);
    for (int64_t j = 0; list != NULL && j < sizes[0]; ++j) {
        PyObject *item = nest(kind, f, i, sizes + 1, dims - 1, at);
        if (item == NULL) Py_CLEAR(list);
        else SFFI_LIST_SET(list, (Py_ssize_t)j, item);
    }
    return list;
}

#define SCRATCH_MAX ((size_t)64 << 20)
static void *scratch = NULL; /* guarded by the interpreter lock */
static size_t scratch_size = 0;

static void *scratch_buffer(size_t bytes) {
    if (bytes > scratch_size) {
        void *bigger = PyMem_Malloc(bytes);
        if (bigger == NULL) return NULL;
        PyMem_Free(scratch);
        scratch = bigger;
        scratch_size = bytes;
    }
    return scratch;
}

/* tolist(): the elements as nested lists (a number for a 0-d tensor). */
static PyObject *tensor_tolist(PyObject *self, PyObject *unused) {
    const int64_t h = ((TensorObject *)self)->h;
    const char kind = read_kind(h);
    if (kind == 0) return NULL;
    if (kind == 'c') return fallback(self, "_tolist_slow", NULL);
    int64_t sizes[SFFI_MAX_DIMS];
    const int64_t dims = read_sizes(h, sizes);
    if (dims < 0) return NULL;
    int64_t numel = 1;
    for (int64_t d = 0; d < dims; ++d) numel *= sizes[d];
    const size_t each = kind == 'f' ? sizeof(double) : sizeof(int64_t);
    const size_t bytes = numel > 0 ? (size_t)numel * each : 1;
    /* Up to SCRATCH_MAX bytes, the values go through one buffer kept between calls (its pages
     * stay resident: a fresh one costs a page fault per 4 KiB), read with the interpreter lock
     * held, which guards it; beyond, a buffer of their own, read with the lock released. */
    const int shared = bytes <= SCRATCH_MAX;
    void *values = shared ? scratch_buffer(bytes) : PyMem_Malloc(bytes);
    if (values == NULL) return PyErr_NoMemory();
    int64_t n;
    if (shared) {
        n = kind == 'f' ? rt_torch_torchtensor_data_f64(h, (double *)values, numel) : rt_torch_torchtensor_data_i64(h, (int64_t *)values, numel);
    } else {
        Py_BEGIN_ALLOW_THREADS
        n = kind == 'f' ? rt_torch_torchtensor_data_f64(h, (double *)values, numel) : rt_torch_torchtensor_data_i64(h, (int64_t *)values, numel);
        Py_END_ALLOW_THREADS
    }
    PyObject *result = NULL;
    if (n < 0) sffi_raise_last();
    else if (n != numel) raise_other("tolist(): the tensor changed size while it was read");
    else {
        int64_t at = 0;
        result = nest(kind, kind == 'f' ? (const double *)values : NULL, kind == 'f' ? NULL : (const int64_t *)values, sizes, dims, &at);
    }
    if (!shared) PyMem_Free(values);
    return result;
}

/* An int index or a slice's bound: a Python int (not a bool), or 0 when it is something else. */
static int plain_int(PyObject *o, int64_t *out) {
    if (!PyLong_CheckExact(o)) return 0;
    int overflow;
    *out = PyLong_AsLongLongAndOverflow(o, &overflow);
    return !overflow && !(*out == -1 && PyErr_Occurred());
}

/* One bound of a slice: None leaves *out as it is; 0 when it is not a plain int. */
static int slice_bound(PyObject *bound, int64_t *out) { return bound == Py_None || plain_int(bound, out); }

/* A slice's start, stop and step when each is None or a plain int and the step is positive
 * (1); 0 otherwise, with no error. */
static int slice_parts(PyObject *slice, int64_t *start, int64_t *stop, int64_t *step) {
    *start = 0;
    *stop = INT64_MAX;
    *step = 1;
#ifdef Py_LIMITED_API /* the slice's fields, through its attributes */
    PyObject *parts[3] = {PyObject_GetAttr(slice, attr_start), PyObject_GetAttr(slice, attr_stop), PyObject_GetAttr(slice, attr_step)};
    const int plain = parts[0] != NULL && parts[1] != NULL && parts[2] != NULL && slice_bound(parts[0], start) && slice_bound(parts[1], stop) &&
                      slice_bound(parts[2], step) && *step > 0;
    for (int k = 0; k < 3; ++k) Py_XDECREF(parts[k]);
#else
    PySliceObject *sl = (PySliceObject *)slice;
    const int plain = slice_bound(sl->start, start) && slice_bound(sl->stop, stop) && slice_bound(sl->step, step) && *step > 0;
#endif
    if (!plain) PyErr_Clear();
    return plain;
}

/* t[index] for ints and slices with positive steps; anything else goes to _getitem_slow. */
static PyObject *tensor_getitem(PyObject *self, PyObject *index) {
    const int several = PyTuple_CheckExact(index);
    const Py_ssize_t count = several ? SFFI_TUPLE_SIZE(index) : 1;
    if (count == 0) return fallback(self, "_getitem_slow", index);
    for (Py_ssize_t k = 0; k < count; ++k) {
        PyObject *it = several ? SFFI_TUPLE_ITEM(index, k) : index;
        int64_t start, stop, step;
        if (PyLong_CheckExact(it)) continue;
        if (!PySlice_Check(it) || !slice_parts(it, &start, &stop, &step)) return fallback(self, "_getitem_slow", index);
    }
    const int64_t h = ((TensorObject *)self)->h;
    int64_t sizes[SFFI_MAX_DIMS];
    const int64_t dims = read_sizes(h, sizes);
    if (dims < 0) return NULL;
    if (count > dims) {
        char text[96];
        PyOS_snprintf(text, sizeof text, "too many indices for tensor of dimension %lld", (long long)dims);
        return sffi_raise_code(RT_TORCH_ERR_INDEX, text);
    }
    int64_t cur = h, dim = 0; /* cur: a handle this call owns, once it differs from h */
    for (Py_ssize_t k = 0; k < count; ++k) {
        PyObject *it = several ? SFFI_TUPLE_ITEM(index, k) : index;
        int64_t next;
        if (PyLong_CheckExact(it)) {
            int64_t i;
            if (!plain_int(it, &i) || i < -sizes[dim] || i >= sizes[dim]) {
                if (!PyErr_Occurred()) {
                    PyObject *message = PyUnicode_FromFormat("index %S is out of bounds for dimension %lld with size %lld", it, (long long)dim, (long long)sizes[dim]);
                    if (message != NULL) {
                        const char *text = sffi_utf8(message);
                        if (text != NULL) sffi_raise_code(RT_TORCH_ERR_INDEX, text);
                        Py_DECREF(message);
                    }
                }
                if (cur != h) SFFI_RELEASE(cur);
                return NULL;
            }
            next = rt_torch_torchtensor_select_int(cur, dim, i);
            /* the selected dimension is gone: later items index the ones after it */
            for (int64_t d = dim; d + 1 < dims; ++d) sizes[d] = sizes[d + 1];
        } else {
            int64_t start, stop, step;
            slice_parts(it, &start, &stop, &step); /* checked above */
            next = rt_torch_torchtensor_slice(cur, dim, start, stop, step);
            dim += 1;
        }
        if (next == 0) {
            PyObject *r = sffi_raise_last(); /* read before the release below */
            if (cur != h) SFFI_RELEASE(cur);
            return r;
        }
        if (cur != h) SFFI_RELEASE(cur);
        cur = next;
    }
    return sffi_wrap(cur);
}

/* ---------------------------------------------------------------------------- Python data
 * from_data(data, dtype or None): a new Tensor holding nested lists (or tuples) of Python
 * floats, ints and bools, with torch.tensor's shape and dtype inference; NotImplemented for
 * anything else (complex numbers, other types, ragged lists, a complex dtype), which the
 * Python implementation then handles, with its error messages. */

typedef struct {
    int64_t sizes[SFFI_MAX_DIMS];
    int64_t dims, at, numel;
    double *f;
    int64_t *i;
    char kind; /* 'b' until an int, 'i' until a float, 'f' */
} Flat;

/* 1 when every leaf below `data` was taken, 0 when the data is not plain (NotImplemented). */
static int flatten(Flat *flat, PyObject *data, int64_t depth) {
    if (depth == flat->dims) {
        if (PyFloat_CheckExact(data)) {
            flat->f[flat->at] = SFFI_FLOAT_VALUE(data);
            flat->kind = 'f';
        } else if (PyBool_Check(data)) {
            flat->f[flat->at] = data == Py_True;
            flat->i[flat->at] = data == Py_True;
        } else if (PyLong_CheckExact(data)) {
            int overflow;
            const long long v = PyLong_AsLongLongAndOverflow(data, &overflow);
            if (overflow) return 0;
            flat->f[flat->at] = (double)v;
            flat->i[flat->at] = v;
            if (flat->kind == 'b') flat->kind = 'i';
        } else {
            return 0;
        }
        flat->at += 1;
        return 1;
    }
    if (!PyList_CheckExact(data) && !PyTuple_CheckExact(data)) return 0;
    const Py_ssize_t n = sffi_seq_size(data);
    if (n != flat->sizes[depth]) return 0;
    for (Py_ssize_t k = 0; k < n; ++k)
        if (!flatten(flat, sffi_seq_item(data, k), depth + 1)) return 0;
    return 1;
}

static PyObject *core_from_data(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "from_data(data, dtype) takes 2 arguments");
        return NULL;
    }
    PyObject *data = args[0], *dtype = args[1];
    int32_t target = -1;
    if (dtype != Py_None) {
        PyObject *code = PyObject_GetAttr(dtype, sffi_attr_code);
        if (code == NULL) return NULL;
        target = (int32_t)PyLong_AsLong(code);
        Py_DECREF(code);
        if (target == -1 && PyErr_Occurred()) return NULL;
        if (target < 0 || target >= (int32_t)sizeof dtype_kinds || dtype_kinds[target] == 0 || dtype_kinds[target] == 'c') Py_RETURN_NOTIMPLEMENTED;
    }
    if (code_float64 < 0 || code_int64 < 0 || code_bool < 0) Py_RETURN_NOTIMPLEMENTED;
    Flat flat = {.dims = 0, .at = 0, .numel = 1, .kind = 'b'};
    for (PyObject *probe = data; PyList_CheckExact(probe) || PyTuple_CheckExact(probe);) {
        if (flat.dims == SFFI_MAX_DIMS) Py_RETURN_NOTIMPLEMENTED;
        const Py_ssize_t n = sffi_seq_size(probe);
        flat.sizes[flat.dims++] = n;
        flat.numel *= n;
        if (n == 0) break;
        probe = sffi_seq_item(probe, 0);
    }
    if (flat.numel == 0) flat.kind = 'f'; /* torch.tensor([]) has the default dtype */
    const size_t count = flat.numel > 0 ? (size_t)flat.numel : 1;
    flat.f = PyMem_Malloc(count * sizeof(double));
    flat.i = PyMem_Malloc(count * sizeof(int64_t));
    PyObject *result = NULL;
    if (flat.f == NULL || flat.i == NULL) {
        PyErr_NoMemory();
    } else if (flat.numel > 0 && !flatten(&flat, data, 0)) {
        result = Py_NewRef(Py_NotImplemented);
    } else {
        const char kind = flat.kind;
        if (target < 0) target = kind == 'f' ? rt_torch_get_default_dtype() : kind == 'i' ? code_int64 : code_bool;
        const int floating = kind == 'f' || dtype_kinds[target] == 'f';
        const int32_t made_as = floating ? code_float64 : code_int64;
        int64_t h, n = flat.numel > 0 ? flat.numel : 0;
        Py_BEGIN_ALLOW_THREADS
        h = floating ? rt_torch_tensor_from_data(flat.f, n, flat.sizes, flat.dims) : rt_torch_tensor_from_i64(flat.i, n, flat.sizes, flat.dims);
        if (h != 0 && made_as != target) {
            const int64_t converted = rt_torch_torchtensor_to_dtype(h, target);
            SFFI_RELEASE(h); /* on failure too: the release leaves the error of to_dtype as it is */
            h = converted;
        }
        Py_END_ALLOW_THREADS
        result = h == 0 ? sffi_raise_last() : sffi_wrap(h);
    }
    PyMem_Free(flat.f);
    PyMem_Free(flat.i);
    return result;
}

/* ---------------------------------------------------------------------------- operators */

#define SFFI_ENUM(name, slot, function) OP_##name,
enum { SFFI_FAST_OPS(SFFI_ENUM, SFFI_ENUM) OP_COUNT };
#undef SFFI_ENUM
static PyObject *forward[OP_COUNT + 1];   /* tensor OP other, in Python (other not a tensor) */
static PyObject *reflected[OP_COUNT + 1]; /* other OP tensor, in Python; NULL: not supported */
static PyObject *scalar_call[OP_COUNT + 1];     /* tensor OP number: the call, from C; NULL: none */
static PyObject *scalar_defaults[OP_COUNT + 1]; /* the defaults of its parameters after the number */

static PyObject *slow(int op, PyObject *a, PyObject *b) {
    if (scalar_call[op] != NULL && (PyFloat_CheckExact(b) || PyLong_CheckExact(b)) && sffi_is_tensor(a)) {
        PyObject *stack[8] = {a, b};
        const Py_ssize_t extra = SFFI_TUPLE_SIZE(scalar_defaults[op]);
        for (Py_ssize_t k = 0; k < extra && k < 6; ++k) stack[2 + k] = SFFI_TUPLE_ITEM(scalar_defaults[op], k);
        return sffi_call_n(scalar_call[op], stack, 2 + (extra < 6 ? extra : 6));
    }
    if (sffi_is_tensor(a) && forward[op] != NULL) return PyObject_CallFunctionObjArgs(forward[op], a, b, NULL);
    if (sffi_is_tensor(b) && reflected[op] != NULL) return PyObject_CallFunctionObjArgs(reflected[op], b, a, NULL);
    Py_RETURN_NOTIMPLEMENTED;
}

#define SFFI_BINARY(name, slot, function)                                                  \
    static PyObject *tensor_##name(PyObject *a, PyObject *b) {                             \
        if (!sffi_is_tensor(a) || !sffi_is_tensor(b)) return slow(OP_##name, a, b);                  \
        int64_t r;                                                                         \
        const int64_t ha = ((TensorObject *)a)->h, hb = ((TensorObject *)b)->h;            \
        Py_BEGIN_ALLOW_THREADS r = function(ha, hb);                                       \
        Py_END_ALLOW_THREADS return sffi_warned(r == 0 ? sffi_raise_last() : sffi_wrap(r));          \
    }
#define SFFI_UNARY(name, slot, function)                                                   \
    static PyObject *tensor_##name(PyObject *a) {                                          \
        int64_t r;                                                                         \
        const int64_t ha = ((TensorObject *)a)->h;                                         \
        Py_BEGIN_ALLOW_THREADS r = function(ha);                                           \
        Py_END_ALLOW_THREADS return sffi_warned(r == 0 ? sffi_raise_last() : sffi_wrap(r));          \
    }
SFFI_FAST_OPS(SFFI_BINARY, SFFI_UNARY)
#undef SFFI_BINARY
#undef SFFI_UNARY


static PyMemberDef tensor_members[] = {
    {"_h", T_LONGLONG, offsetof(TensorObject, h), 0, "the bridge handle"},
    {"_live", T_BOOL, offsetof(TensorObject, live), 0, "whether this object still owns the handle"},
    {NULL, 0, 0, 0, NULL},
};

/* The catalogue's members of Tensor that are one call on the receiver (SFFI_TENSOR_MEMBERS). */
#define SFFI_GETTER(name, function, doc) \
    static PyObject *get_##name(PyObject *self, void *unused) { return sffi_call_##function(NULL, &self, 1); }
#define SFFI_NOARGS(name, function, doc) \
    static PyObject *method_##name(PyObject *self, PyObject *unused) { return sffi_call_##function(NULL, &self, 1); }
SFFI_TENSOR_MEMBERS(SFFI_GETTER, SFFI_NOARGS)
#undef SFFI_GETTER
#undef SFFI_NOARGS

#define SFFI_GETSET(name, function, doc) {#name, get_##name, NULL, doc, NULL},
#define SFFI_SKIP(name, function, doc)
/* Tensor.device: PyTorch's device object, in C (it is read as often as .dtype). A CPU tensor's is
 * one shared object; others come from the runtime's factory (devices() registers both). */
static PyObject *cpu_device = NULL, *device_factory = NULL;

static PyObject *tensor_device(PyObject *self, void *unused) {
    const int64_t h = ((TensorObject *)self)->h;
    const int32_t type = rt_torch_torchtensor_device_type(h);
    if (type == -1) return sffi_raise_last();
    if (type == 0 && cpu_device != NULL) { /* c10::DeviceType::CPU */
        Py_INCREF(cpu_device);
        return cpu_device;
    }
    const int32_t index = rt_torch_torchtensor_device(h);
    if (device_factory == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "torch_sffi._core: devices() was not called");
        return NULL;
    }
    return PyObject_CallFunction(device_factory, "ii", (int)type, (int)index);
}

static PyGetSetDef tensor_getset[] = {
    SFFI_TENSOR_MEMBERS(SFFI_GETSET, SFFI_SKIP)
    {"device", tensor_device, NULL, "The device the tensor lives on, as torch.Tensor.device: device(type='cpu'), device(type='cuda', index=N).", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};
#undef SFFI_GETSET

#define SFFI_METHOD_DEF(name, function, doc) {#name, method_##name, METH_NOARGS, doc},
static PyMethodDef tensor_methods[] = {
    SFFI_TENSOR_MEMBERS(SFFI_SKIP, SFFI_METHOD_DEF)
    {"item", tensor_item, METH_NOARGS, "The value of a one-element tensor as a Python number: an int for integer dtypes, a bool for bool, a float otherwise (torch.Tensor.item)."},
    {"tolist", tensor_tolist, METH_NOARGS, "The elements as nested Python lists (a number for a 0-d tensor), like torch.Tensor.tolist."},
    {NULL, NULL, 0, NULL},
};
#undef SFFI_METHOD_DEF
#undef SFFI_SKIP

#define SFFI_SLOT(name, slot, function) {Py_##slot, (void *)tensor_##name},
static PyType_Slot tensor_slots[] = {
    {Py_tp_doc, (void *)"The C base of torch_sffi.Tensor: the handle, its release by garbage collection "
                        "and the operators between tensors."},
    {Py_tp_dealloc, (void *)tensor_dealloc},
    SFFI_FAST_OPS(SFFI_SLOT, SFFI_SLOT)
    {Py_mp_subscript, (void *)tensor_getitem},
    {Py_tp_members, tensor_members},
    {Py_tp_methods, tensor_methods},
    {Py_tp_getset, tensor_getset},
    {Py_tp_new, (void *)PyType_GenericNew},
    {0, NULL},
};
#undef SFFI_SLOT

static PyType_Spec tensor_spec = {"torch_sffi._core.TensorBase", sizeof(TensorObject), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, tensor_slots};
static PyTypeObject *TensorBase = NULL, *ScopeType = NULL, *RegionType = NULL; /* made by PyInit__core */

#define SFFI_NAME(name, slot, function) #name,
static const char *const op_names[OP_COUNT + 1] = {SFFI_FAST_OPS(SFFI_NAME, SFFI_NAME) NULL};
#undef SFFI_NAME

/* ---------------------------------------------------------------------------- the module */

/* setup(tensor_class, raise_error, {op: (forward, reflected or None, scalar call or None,
 *       (its defaults...))}, {code: dtype},
 *       sffi_scalar_converter, sffi_device_converter) */
static PyObject *core_setup(PyObject *module, PyObject *args) {
    PyObject *cls, *raiser, *ops, *codes, *to_scalar, *to_device;
    if (!PyArg_ParseTuple(args, "O!OO!O!OO", &PyType_Type, &cls, &raiser, &PyDict_Type, &ops, &PyDict_Type, &codes, &to_scalar, &to_device)) return NULL;
    Py_INCREF(to_scalar);
    SFFI_SETREF(sffi_scalar_converter, to_scalar);
    Py_INCREF(to_device);
    SFFI_SETREF(sffi_device_converter, to_device);
    if (!PyType_IsSubtype((PyTypeObject *)cls, TensorBase)) {
        PyErr_SetString(PyExc_TypeError, "setup() needs a subclass of TensorBase");
        return NULL;
    }
    for (int i = 0; i < OP_COUNT; ++i) {
        PyObject *entry = PyDict_GetItemString(ops, op_names[i]);
        PyObject *f = NULL, *r = NULL, *sc = NULL, *defaults = NULL;
        if (entry != NULL && !PyArg_ParseTuple(entry, "OOOO!", &f, &r, &sc, &PyTuple_Type, &defaults)) return NULL;
        if (defaults != NULL && SFFI_TUPLE_SIZE(defaults) > 6) {
            PyErr_SetString(PyExc_ValueError, "setup(): a scalar call takes at most 6 defaults");
            return NULL;
        }
        Py_XINCREF(f);
        SFFI_SETREF(forward[i], f);
        if (r == Py_None) r = NULL;
        Py_XINCREF(r);
        SFFI_SETREF(reflected[i], r);
        if (sc == Py_None) sc = NULL;
        Py_XINCREF(sc);
        SFFI_SETREF(scalar_call[i], sc);
        Py_XINCREF(defaults);
        SFFI_SETREF(scalar_defaults[i], defaults);
    }
    Py_INCREF(cls);
    SFFI_SETREF(sffi_tensor_type, (PyTypeObject *)cls);
    tensor_alloc = (allocfunc)PyType_GetSlot((PyTypeObject *)cls, Py_tp_alloc);
    Py_INCREF(raiser);
    SFFI_SETREF(raise_error, raiser);
    Py_INCREF(codes);
    SFFI_SETREF(sffi_dtypes, codes);
    memset(dtype_kinds, 0, sizeof dtype_kinds);
    memset(sffi_dtype_by_code, 0, sizeof sffi_dtype_by_code);
    PyObject *key, *dtype;
    Py_ssize_t pos = 0;
    while (PyDict_Next(codes, &pos, &key, &dtype)) {
        const long code = PyLong_AsLong(key);
        Py_INCREF(Py_TYPE(dtype));
        SFFI_SETREF(sffi_dtype_type, Py_TYPE(dtype));
        PyObject *kind = PyObject_GetAttrString(dtype, "kind");
        const char *text = kind != NULL && PyUnicode_Check(kind) ? sffi_utf8(kind) : NULL;
        if (text != NULL && code >= 0 && code < (long)sizeof dtype_kinds) dtype_kinds[code] = text[0];
        if (code >= 0 && code < SFFI_DTYPE_CODES) sffi_dtype_by_code[code] = dtype; /* sffi_dtypes holds it */
        Py_XDECREF(kind);
        PyObject *name = PyObject_GetAttrString(dtype, "name");
        const char *n = name != NULL && PyUnicode_Check(name) ? sffi_utf8(name) : NULL;
        if (n != NULL && strcmp(n, "float64") == 0) code_float64 = (int32_t)code;
        if (n != NULL && strcmp(n, "int64") == 0) code_int64 = (int32_t)code;
        if (n != NULL && strcmp(n, "bool") == 0) code_bool = (int32_t)code;
        Py_XDECREF(name);
        if (PyErr_Occurred()) return NULL;
    }
    Py_RETURN_NONE;
}

/* devices(cpu, factory): the device object of CPU tensors, and factory(type code, index) for the rest. */
static PyObject *core_devices(PyObject *module, PyObject *args) {
    PyObject *cpu, *factory;
    if (!PyArg_ParseTuple(args, "OO", &cpu, &factory)) return NULL;
    Py_INCREF(cpu);
    SFFI_SETREF(cpu_device, cpu);
    Py_INCREF(factory);
    SFFI_SETREF(device_factory, factory);
    Py_RETURN_NONE;
}

/* size_class(cls): the class Tensor.shape's sizes are made of (torch_sffi.Size, a tuple subclass). */
static PyObject *core_size_class(PyObject *module, PyObject *cls) {
    if (!PyType_Check(cls) || !PyType_IsSubtype((PyTypeObject *)cls, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "size_class() takes a subclass of tuple");
        return NULL;
    }
    Py_INCREF(cls);
    SFFI_SETREF(sffi_size_type, (PyTypeObject *)cls);
    sffi_size_alloc = (allocfunc)PyType_GetSlot((PyTypeObject *)cls, Py_tp_alloc);
    Py_RETURN_NONE;
}

static PyObject *core_innermost(PyObject *module, PyObject *unused) {
    PyObject *s = innermost != NULL ? (PyObject *)innermost : Py_None;
    Py_INCREF(s);
    return s;
}

/* ---------------------------------------------------------------------------- DLPack
 * A DLManagedTensor (DLPack 0.x) or DLManagedTensorVersioned (1.x) crosses the C ABI as its
 * address (rt_torch_torchtensor_to_dlpack, rt_torch_tensor_from_dlpack); Python holds it in a
 * PyCapsule named "dltensor" or "dltensor_versioned", as the DLPack protocol says. Made here,
 * in C, right after the export, so that no Python code runs while the address is owned by
 * nothing. A consumer renames the capsule "used_dltensor[_versioned]" and owns what it points
 * to; a capsule that dies unconsumed frees it (rt_torch_dlpack_free). */

static const char *const dlpack_names[2] = {"dltensor", "dltensor_versioned"};
static const char *const dlpack_used[2] = {"used_dltensor", "used_dltensor_versioned"};

static void dlpack_capsule_free(PyObject *capsule) {
    for (int versioned = 0; versioned < 2; versioned++) {
        if (!PyCapsule_IsValid(capsule, dlpack_names[versioned])) continue; /* consumed: the consumer owns it */
        void *managed = PyCapsule_GetPointer(capsule, dlpack_names[versioned]);
        if (managed != NULL) rt_torch_dlpack_free((int64_t)(intptr_t)managed, versioned);
    }
}

static PyObject *core_dlpack_export(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    int64_t h;
    bool versioned;
    if (!sffi_arity("dlpack_export", nargs, 2) || !sffi_tensor_arg(args[0], &h, "self") || !sffi_bool(args[1], &versioned, "versioned")) return NULL;
    int64_t address;
    Py_BEGIN_ALLOW_THREADS
        address = rt_torch_torchtensor_to_dlpack(h, versioned);
    Py_END_ALLOW_THREADS
    if (address == -1) return sffi_raise_last(); /* the int sentinel: an address is never -1 */
    PyObject *capsule = PyCapsule_New((void *)(intptr_t)address, dlpack_names[versioned], dlpack_capsule_free);
    if (capsule == NULL) rt_torch_dlpack_free(address, versioned);
    return capsule;
}

static PyObject *core_dlpack_import(PyObject *module, PyObject *capsule) {
    if (!PyCapsule_CheckExact(capsule)) {
        return sffi_type_error("from_dlpack() expects an object with __dlpack__ or a DLPack capsule", capsule);
    }
    const char *name = PyCapsule_GetName(capsule);
    if (name == NULL && PyErr_Occurred()) return NULL;
    int versioned = -1;
    for (int v = 0; v < 2; v++) {
        if (name != NULL && strcmp(name, dlpack_names[v]) == 0) versioned = v;
        if (name != NULL && strcmp(name, dlpack_used[v]) == 0) {
            PyErr_SetString(PyExc_RuntimeError, "from_dlpack() got a DLPack capsule that was already consumed (a capsule can be consumed only once)");
            return NULL;
        }
    }
    if (versioned < 0) {
        PyErr_Format(PyExc_TypeError, "from_dlpack() expects a DLPack capsule named 'dltensor' or 'dltensor_versioned', not '%.200s'", name != NULL ? name : "(null)");
        return NULL;
    }
    void *managed = PyCapsule_GetPointer(capsule, dlpack_names[versioned]);
    if (managed == NULL) return NULL;
    int64_t h;
    Py_BEGIN_ALLOW_THREADS
        h = rt_torch_tensor_from_dlpack((int64_t)(intptr_t)managed, versioned);
    Py_END_ALLOW_THREADS
    if (h == 0) return sffi_raise_last(); /* the capsule still owns it, and frees it */
    /* The tensor owns it now: the capsule must not free it again (a renamed capsule's
     * destructor finds no valid name and does nothing). */
    if (PyCapsule_SetName(capsule, dlpack_used[versioned]) < 0) PyErr_Clear();
    return sffi_wrap(h);
}

/* ---------------------------------------------------------------------------- custom autograd functions
 * torch_sffi.autograd.Function records its forward through rt_torch_autograd_function_apply with
 * the two C callbacks below and, as user data, a reference to a Python object (the ctx). The
 * backward callback runs wherever the engine runs the node (the thread that called backward,
 * whose bridge call released the interpreter lock, or an autograd worker thread): it takes the
 * interpreter lock, wraps the gradient and saved handles in Tensors (they own them), and calls
 * the registered runner(ctx, grads, saved), which answers a tuple (a Tensor or None per input)
 * or, when the user's backward raised, the error's text (the runner keeps the exception, which
 * claim(message) gives back when the failed backward call raises: PyTorch's class, the same
 * object). A Tensor given back crosses as a new handle (the bridge frees it). */

static _Thread_local char callback_message[2048];

static int32_t callback_failed(const char *text, const char **message) {
    snprintf(callback_message, sizeof callback_message, "%s", text);
    *message = callback_message;
    return RT_TORCH_ERR_OTHER;
}

static PyObject *wrap_handles(const int64_t *handles, int64_t n) {
    PyObject *tuple = PyTuple_New((Py_ssize_t)n);
    int64_t i = 0;
    if (tuple != NULL) {
        for (; i < n; i++) {
            PyObject *item = handles[i] != 0 ? sffi_wrap(handles[i]) : Py_NewRef(Py_None);
            if (item == NULL) break; /* sffi_wrap released handles[i] */
            PyTuple_SetItem(tuple, (Py_ssize_t)i, item);
        }
        if (i == n) return tuple;
        i++;
        Py_DECREF(tuple);
    }
    for (; i < n; i++) SFFI_RELEASE(handles[i]); /* the ones not wrapped */
    return NULL;
}

static int32_t backward_callback(void *user_data, const int64_t *grads, int64_t n_grads, const int64_t *saved, int64_t n_saved,
                                 int64_t *grad_inputs, int64_t n_inputs, const char **message) {
    PyGILState_STATE gil = PyGILState_Ensure();
    int32_t status = 0;
    PyObject *g = wrap_handles(grads, n_grads);
    PyObject *s = g != NULL ? wrap_handles(saved, n_saved) : NULL;
    if (g == NULL) {
        for (int64_t i = 0; i < n_saved; i++) SFFI_RELEASE(saved[i]);
    }
    PyObject *result = s != NULL && backward_runner != NULL ? PyObject_CallFunctionObjArgs(backward_runner, (PyObject *)user_data, g, s, NULL) : NULL;
    Py_XDECREF(g);
    Py_XDECREF(s);
    if (result == NULL) {
        PyErr_Clear();
        status = callback_failed("torch_sffi: the backward runner failed", message);
    } else if (PyUnicode_Check(result)) {
        const char *text = PyUnicode_AsUTF8AndSize(result, NULL);
        status = callback_failed(text != NULL ? text : "torch_sffi: backward failed", message);
        PyErr_Clear();
    } else if (!PyTuple_Check(result) || PyTuple_Size(result) != (Py_ssize_t)n_inputs) {
        status = callback_failed("torch_sffi: the backward runner gave a wrong result", message);
    } else {
        for (int64_t i = 0; i < n_inputs && status == 0; i++) {
            PyObject *item = PyTuple_GetItem(result, (Py_ssize_t)i);
            if (item == Py_None) continue;
            if (!sffi_is_tensor(item) || !((TensorObject *)item)->live) {
                status = callback_failed("torch_sffi: a gradient is not a live Tensor", message);
                break;
            }
            const int64_t h = rt_torch_torchtensor_new_handle(((TensorObject *)item)->h);
            if (h == 0) {
                status = callback_failed(SFFI_ERROR_MESSAGE(), message);
                break;
            }
            grad_inputs[i] = h; /* the bridge frees the ones written, on failure too */
        }
    }
    Py_XDECREF(result);
    PyGILState_Release(gil);
    return status;
}

static void free_callback(void *user_data) {
    if (!Py_IsInitialized()) return; /* at exit: the interpreter is gone */
    PyGILState_STATE gil = PyGILState_Ensure();
    Py_DECREF((PyObject *)user_data);
    PyGILState_Release(gil);
}

/* autograd_setup(runner, claim) -> (backward callback address, free callback address) */
static PyObject *core_autograd_setup(PyObject *module, PyObject *args) {
    PyObject *runner, *claim;
    if (!PyArg_ParseTuple(args, "OO", &runner, &claim)) return NULL;
    Py_INCREF(runner);
    Py_INCREF(claim);
    SFFI_SETREF(backward_runner, runner);
    SFFI_SETREF(exception_claim, claim);
    return Py_BuildValue("(LL)", (long long)(intptr_t)backward_callback, (long long)(intptr_t)free_callback);
}

/* user_data(obj) -> address: a new reference to obj, as the user data of apply (its free callback,
 * or release_user_data when apply failed, drops it). */
static PyObject *core_user_data(PyObject *module, PyObject *obj) {
    Py_INCREF(obj);
    return PyLong_FromLongLong((long long)(intptr_t)obj);
}

static PyObject *core_release_user_data(PyObject *module, PyObject *address) {
    long long a = PyLong_AsLongLong(address);
    if (a == -1 && PyErr_Occurred()) return NULL;
    Py_DECREF((PyObject *)(intptr_t)a);
    Py_RETURN_NONE;
}

static PyMethodDef core_methods[] = {
    {"setup", core_setup, METH_VARARGS, "Registers the Tensor class, the error raiser, the Python operators and the dtypes."},
    {"adopt", (PyCFunction)(void (*)(void))core_adopt, METH_FASTCALL, "adopt(t, source): t takes over source's handle."},
    {"match", (PyCFunction)(void (*)(void))core_match, METH_FASTCALL, "match(args, kwargs, form_info): the arguments by name if they fit the form, else None."},
    {"dispatch", (PyCFunction)(void (*)(void))core_dispatch, METH_FASTCALL, "dispatch(receiver, args, kwargs, forms): the first fitting form's implementation, called; NotImplemented if none fits."},
    {"from_data", (PyCFunction)(void (*)(void))core_from_data, METH_FASTCALL, "from_data(data, dtype): a Tensor of nested lists of numbers, or NotImplemented."},
    {"unscoped", core_unscoped, METH_O, "unscoped(t): t leaves its scope (a longer-lived owner keeps it); returns t."},
    {"innermost", core_innermost, METH_NOARGS, "This thread's innermost scope, or None."},
    {"size_class", core_size_class, METH_O, "size_class(cls): Tensor.shape's sizes are made of cls (a tuple subclass: torch_sffi.Size)."},
    {"devices", core_devices, METH_VARARGS, "devices(cpu, factory): Tensor.device's object for CPU tensors, and factory(type code, index) for others."},
    {"dlpack_export", (PyCFunction)(void (*)(void))core_dlpack_export, METH_FASTCALL, "dlpack_export(t, versioned): a new DLPack capsule ('dltensor', or 'dltensor_versioned') sharing t's memory; freed with the capsule unless a consumer takes it."},
    {"autograd_setup", core_autograd_setup, METH_VARARGS, "autograd_setup(runner, claim): registers a custom Function's backward runner and exception claim; returns the addresses of the backward and free callbacks."},
    {"user_data", core_user_data, METH_O, "user_data(obj): a new reference to obj as an address (the user data of rt_torch_autograd_function_apply)."},
    {"release_user_data", core_release_user_data, METH_O, "release_user_data(address): drops what user_data() took (when apply failed)."},
    {"dlpack_import", core_dlpack_import, METH_O, "dlpack_import(capsule): a new Tensor over a DLPack capsule's memory; the capsule becomes 'used_dltensor[_versioned]'."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef core_module = {
    PyModuleDef_HEAD_INIT, "torch_sffi._core", "The Tensor base type, scopes and the calls into the bridge.", -1, core_methods,
};

/* Adds a type made from spec to the module as name; 0 on failure. */
static int add_type(PyObject *module, const char *name, PyType_Spec *spec, PyTypeObject **out) {
    *out = (PyTypeObject *)PyType_FromSpec(spec); /* the module's reference, kept for good */
    if (*out == NULL) return 0;
    Py_INCREF(*out);
    if (PyModule_AddObject(module, name, (PyObject *)*out) < 0) {
        Py_DECREF(*out);
        return 0;
    }
    return 1;
}

PyMODINIT_FUNC PyInit__core(void) {
    sffi_attr_code = PyUnicode_InternFromString("code");
    attr_region = PyUnicode_InternFromString("_region");
    sffi_attr_h = PyUnicode_InternFromString("_h");
    sffi_attr_live = PyUnicode_InternFromString("_live");
    if (sffi_attr_code == NULL || attr_region == NULL || sffi_attr_h == NULL || sffi_attr_live == NULL) return NULL;
#ifdef Py_LIMITED_API
    attr_start = PyUnicode_InternFromString("start");
    attr_stop = PyUnicode_InternFromString("stop");
    attr_step = PyUnicode_InternFromString("step");
    if (attr_start == NULL || attr_stop == NULL || attr_step == NULL) return NULL;
#endif
    PyObject *m = PyModule_Create(&core_module);
    if (m == NULL) return NULL;
#define SFFI_ADD_UNIT(n)                                  \
    if (PyModule_AddFunctions(m, sffi_calls_##n) < 0) { \
        Py_DECREF(m);                                     \
        return NULL;                                      \
    }
    SFFI_CALL_UNITS(SFFI_ADD_UNIT)
#undef SFFI_ADD_UNIT
    if (!add_type(m, "TensorBase", &tensor_spec, &TensorBase) || !add_type(m, "Scope", &scope_spec, &ScopeType) ||
        !add_type(m, "Region", &region_spec, &RegionType)) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
