// copied from runtime/python/_core.c by sffi-gen; edit that file, not this copy
/*
 * torch_sffi._core: the Tensor base type, in C. The generated Python class Tensor derives
 * from TensorBase (through _runtime.TensorRuntime) and adds every method; the hot paths live here:
 *
 *  - the handle (_h) and liveness (_live) are C fields, not Python slots;
 *  - dealloc releases the handle with the catalogue's release function (SFFI_RELEASE), which
 *    leaves the thread's error state as it was, so garbage collection never hides an error;
 *  - the operators between two tensors that the catalogue marks (SFFI_FAST_OPS) call the
 *    bridge directly (one C call, the interpreter lock released around it); any other operand
 *    goes to the Python implementation registered by setup().
 *
 * Hand-written runtime, compiled as it is: _core_ops.h, generated from the catalogue, names
 * the release function and the operators. Built by `sffi-gen build` against the bridge's
 * header and linked to it.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

#include "torch_sffi.h"
#include "_core_ops.h"

typedef struct {
    PyObject_HEAD
    int64_t h;
    char live;
} TensorObject;

static PyTypeObject *tensor_type = NULL; /* the Python class Tensor, registered by setup() */
static PyObject *raise_error = NULL;     /* raises the thread's error as the right exception */
static PyObject *tracker = NULL;         /* called with each new tensor while a scope is open */

#define SFFI_ENUM(name, slot, function) OP_##name,
enum { SFFI_FAST_OPS(SFFI_ENUM, SFFI_ENUM) OP_COUNT };
#undef SFFI_ENUM
static PyObject *forward[OP_COUNT + 1];   /* tensor OP other, in Python (other not a tensor) */
static PyObject *reflected[OP_COUNT + 1]; /* other OP tensor, in Python; NULL: not supported */

static int is_tensor(PyObject *o) {
    return tensor_type != NULL && (Py_TYPE(o) == tensor_type || PyObject_TypeCheck(o, tensor_type));
}

static PyObject *raise_now(void) {
    PyObject *r = PyObject_CallNoArgs(raise_error); /* raises: returns NULL */
    Py_XDECREF(r);
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_RuntimeError, "torch_sffi: a bridge call failed without an error");
    return NULL;
}

static PyObject *wrap(int64_t h) {
    PyObject *obj = tensor_type->tp_alloc(tensor_type, 0);
    if (obj == NULL) {
        SFFI_RELEASE(h);
        return NULL;
    }
    ((TensorObject *)obj)->h = h;
    ((TensorObject *)obj)->live = 1;
    if (tracker != NULL) {
        PyObject *r = PyObject_CallOneArg(tracker, obj);
        if (r == NULL) {
            Py_DECREF(obj);
            return NULL;
        }
        Py_DECREF(r);
    }
    return obj;
}

static PyObject *slow(int op, PyObject *a, PyObject *b) {
    if (is_tensor(a) && forward[op] != NULL) return PyObject_CallFunctionObjArgs(forward[op], a, b, NULL);
    if (is_tensor(b) && reflected[op] != NULL) return PyObject_CallFunctionObjArgs(reflected[op], b, a, NULL);
    Py_RETURN_NOTIMPLEMENTED;
}

#define SFFI_BINARY(name, slot, function)                                                  \
    static PyObject *tensor_##name(PyObject *a, PyObject *b) {                             \
        if (!is_tensor(a) || !is_tensor(b)) return slow(OP_##name, a, b);                  \
        int64_t r;                                                                         \
        const int64_t ha = ((TensorObject *)a)->h, hb = ((TensorObject *)b)->h;            \
        Py_BEGIN_ALLOW_THREADS r = function(ha, hb);                                       \
        Py_END_ALLOW_THREADS return r == 0 ? raise_now() : wrap(r);                        \
    }
#define SFFI_UNARY(name, slot, function)                                                   \
    static PyObject *tensor_##name(PyObject *a) {                                          \
        int64_t r;                                                                         \
        const int64_t ha = ((TensorObject *)a)->h;                                         \
        Py_BEGIN_ALLOW_THREADS r = function(ha);                                           \
        Py_END_ALLOW_THREADS return r == 0 ? raise_now() : wrap(r);                        \
    }
SFFI_FAST_OPS(SFFI_BINARY, SFFI_UNARY)
#undef SFFI_BINARY
#undef SFFI_UNARY

#define SFFI_SLOT_BINARY(name, slot, function) .slot = (binaryfunc)tensor_##name,
#define SFFI_SLOT_UNARY(name, slot, function) .slot = (unaryfunc)tensor_##name,
static PyNumberMethods tensor_number = {SFFI_FAST_OPS(SFFI_SLOT_BINARY, SFFI_SLOT_UNARY)};
#undef SFFI_SLOT_BINARY
#undef SFFI_SLOT_UNARY

static void tensor_dealloc(PyObject *self) {
    TensorObject *t = (TensorObject *)self;
    if (t->live) {
        t->live = 0;
        SFFI_RELEASE(t->h);
    }
    Py_TYPE(self)->tp_free(self);
}

static PyMemberDef tensor_members[] = {
    {"_h", T_LONGLONG, offsetof(TensorObject, h), 0, "the bridge handle"},
    {"_live", T_BOOL, offsetof(TensorObject, live), 0, "whether this object still owns the handle"},
    {NULL, 0, 0, 0, NULL},
};

static PyTypeObject TensorBase = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "torch_sffi._core.TensorBase",
    .tp_doc = "The C base of torch_sffi.Tensor: the handle, its release by garbage collection "
              "and the operators between tensors.",
    .tp_basicsize = sizeof(TensorObject),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_dealloc = tensor_dealloc,
    .tp_as_number = &tensor_number,
    .tp_members = tensor_members,
    .tp_new = PyType_GenericNew,
};

#define SFFI_NAME(name, slot, function) #name,
static const char *const op_names[OP_COUNT + 1] = {SFFI_FAST_OPS(SFFI_NAME, SFFI_NAME) NULL};
#undef SFFI_NAME

/* setup(tensor_class, raise_error, {op: (forward, reflected or None)}) */
static PyObject *core_setup(PyObject *module, PyObject *args) {
    PyObject *cls, *raiser, *ops;
    if (!PyArg_ParseTuple(args, "O!OO!", &PyType_Type, &cls, &raiser, &PyDict_Type, &ops)) return NULL;
    if (!PyType_IsSubtype((PyTypeObject *)cls, &TensorBase)) {
        PyErr_SetString(PyExc_TypeError, "setup() needs a subclass of TensorBase");
        return NULL;
    }
    for (int i = 0; i < OP_COUNT; ++i) {
        PyObject *pair = PyDict_GetItemString(ops, op_names[i]);
        PyObject *f = NULL, *r = NULL;
        if (pair != NULL && !PyArg_ParseTuple(pair, "OO", &f, &r)) return NULL;
        Py_XINCREF(f);
        Py_XSETREF(forward[i], f);
        if (r == Py_None) r = NULL;
        Py_XINCREF(r);
        Py_XSETREF(reflected[i], r);
    }
    Py_INCREF(cls);
    Py_XSETREF(tensor_type, (PyTypeObject *)cls);
    Py_INCREF(raiser);
    Py_XSETREF(raise_error, raiser);
    Py_RETURN_NONE;
}

/* set_tracker(fn or None): fn(t) is called with every tensor made here while it is set */
static PyObject *core_set_tracker(PyObject *module, PyObject *fn) {
    if (fn == Py_None) fn = NULL;
    Py_XINCREF(fn);
    Py_XSETREF(tracker, fn);
    Py_RETURN_NONE;
}

static PyMethodDef core_methods[] = {
    {"setup", core_setup, METH_VARARGS, "Registers the Tensor class, the error raiser and the Python operators."},
    {"set_tracker", core_set_tracker, METH_O, "Sets (or clears, with None) the scope tracker."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef core_module = {
    PyModuleDef_HEAD_INIT, "torch_sffi._core", "The Tensor base type and the fast operators.", -1, core_methods,
};

PyMODINIT_FUNC PyInit__core(void) {
    if (PyType_Ready(&TensorBase) < 0) return NULL;
    PyObject *m = PyModule_Create(&core_module);
    if (m == NULL) return NULL;
    Py_INCREF(&TensorBase);
    if (PyModule_AddObject(m, "TensorBase", (PyObject *)&TensorBase) < 0) {
        Py_DECREF(&TensorBase);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
