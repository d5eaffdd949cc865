// generated from spec/torch_api.yaml by sffi-gen; do not edit
/*
 * torch_sffi._core: the Tensor base type, in C. The Python class Tensor (in _tensor.py)
 * derives from TensorBase and adds every method; the hot paths live here:
 *
 *  - the handle (_h) and liveness (_live) are C fields, not Python slots;
 *  - dealloc releases the handle with rt_torch_torchtensor_release, which leaves the thread's error state
 *    as it was, so garbage collection never hides an error;
 *  - the operators + - * / @ - abs between two tensors call the bridge
 *    directly (one C call, the interpreter lock released around it); any other operand goes to
 *    the Python implementation registered by setup().
 *
 * Built by `sffi-gen build` against the header of the bridge and linked to it.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

#include "torch_sffi.h"

typedef struct {
    PyObject_HEAD
    int64_t h;
    char live;
} TensorObject;

static PyTypeObject *tensor_type = NULL; /* the Python class Tensor, registered by setup() */
static PyObject *raise_error = NULL;     /* raises the thread's error as the right exception */
static PyObject *tracker = NULL;         /* called with each new tensor while a scope is open */

enum { OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MATMUL, OP_NEG, OP_ABS, OP_COUNT };
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
        rt_torch_torchtensor_release(h);
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

static PyObject *tensor_add(PyObject *a, PyObject *b) { /* a + b: rt_torch_torchtensor_add */
    if (!is_tensor(a) || !is_tensor(b)) return slow(OP_ADD, a, b);
    int64_t r;
    const int64_t ha = ((TensorObject *)a)->h, hb = ((TensorObject *)b)->h;
    Py_BEGIN_ALLOW_THREADS
    r = rt_torch_torchtensor_add(ha, hb);
    Py_END_ALLOW_THREADS
    return r == 0 ? raise_now() : wrap(r);
}

static PyObject *tensor_sub(PyObject *a, PyObject *b) { /* a - b: rt_torch_torchtensor_sub */
    if (!is_tensor(a) || !is_tensor(b)) return slow(OP_SUB, a, b);
    int64_t r;
    const int64_t ha = ((TensorObject *)a)->h, hb = ((TensorObject *)b)->h;
    Py_BEGIN_ALLOW_THREADS
    r = rt_torch_torchtensor_sub(ha, hb);
    Py_END_ALLOW_THREADS
    return r == 0 ? raise_now() : wrap(r);
}

static PyObject *tensor_mul(PyObject *a, PyObject *b) { /* a * b: rt_torch_torchtensor_mul */
    if (!is_tensor(a) || !is_tensor(b)) return slow(OP_MUL, a, b);
    int64_t r;
    const int64_t ha = ((TensorObject *)a)->h, hb = ((TensorObject *)b)->h;
    Py_BEGIN_ALLOW_THREADS
    r = rt_torch_torchtensor_mul(ha, hb);
    Py_END_ALLOW_THREADS
    return r == 0 ? raise_now() : wrap(r);
}

static PyObject *tensor_div(PyObject *a, PyObject *b) { /* a / b: rt_torch_torchtensor_div */
    if (!is_tensor(a) || !is_tensor(b)) return slow(OP_DIV, a, b);
    int64_t r;
    const int64_t ha = ((TensorObject *)a)->h, hb = ((TensorObject *)b)->h;
    Py_BEGIN_ALLOW_THREADS
    r = rt_torch_torchtensor_div(ha, hb);
    Py_END_ALLOW_THREADS
    return r == 0 ? raise_now() : wrap(r);
}

static PyObject *tensor_matmul(PyObject *a, PyObject *b) { /* a @ b: rt_torch_torchtensor_matmul */
    if (!is_tensor(a) || !is_tensor(b)) return slow(OP_MATMUL, a, b);
    int64_t r;
    const int64_t ha = ((TensorObject *)a)->h, hb = ((TensorObject *)b)->h;
    Py_BEGIN_ALLOW_THREADS
    r = rt_torch_torchtensor_matmul(ha, hb);
    Py_END_ALLOW_THREADS
    return r == 0 ? raise_now() : wrap(r);
}

static PyObject *tensor_neg(PyObject *a) { /* -a: rt_torch_torchtensor_neg */
    int64_t r;
    const int64_t ha = ((TensorObject *)a)->h;
    Py_BEGIN_ALLOW_THREADS
    r = rt_torch_torchtensor_neg(ha);
    Py_END_ALLOW_THREADS
    return r == 0 ? raise_now() : wrap(r);
}

static PyObject *tensor_abs(PyObject *a) { /* absa: rt_torch_torchtensor_abs */
    int64_t r;
    const int64_t ha = ((TensorObject *)a)->h;
    Py_BEGIN_ALLOW_THREADS
    r = rt_torch_torchtensor_abs(ha);
    Py_END_ALLOW_THREADS
    return r == 0 ? raise_now() : wrap(r);
}

static PyNumberMethods tensor_number = {
    .nb_add = (binaryfunc)tensor_add,
    .nb_subtract = (binaryfunc)tensor_sub,
    .nb_multiply = (binaryfunc)tensor_mul,
    .nb_true_divide = (binaryfunc)tensor_div,
    .nb_matrix_multiply = (binaryfunc)tensor_matmul,
    .nb_negative = (unaryfunc)tensor_neg,
    .nb_absolute = (unaryfunc)tensor_abs,
};

static void tensor_dealloc(PyObject *self) {
    TensorObject *t = (TensorObject *)self;
    if (t->live) {
        t->live = 0;
        rt_torch_torchtensor_release(t->h);
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
              "(rt_torch_torchtensor_release) and the operators between tensors.",
    .tp_basicsize = sizeof(TensorObject),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_dealloc = tensor_dealloc,
    .tp_as_number = &tensor_number,
    .tp_members = tensor_members,
    .tp_new = PyType_GenericNew,
};

static const char *const op_names[OP_COUNT + 1] = {
    "add",
    "sub",
    "mul",
    "div",
    "matmul",
    "neg",
    "abs",
    NULL,
};

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
