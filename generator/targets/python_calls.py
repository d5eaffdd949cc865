"""The Python tier's calls into the bridge: one C function per catalogue entry (_core_calls_<n>.c).

The package's generated wrappers convert their arguments in Python, as generator/abi.py lowers
them, and then make one call into the C extension torch_sffi._core, never into the bridge
through cffi: each call here converts the lowered values to C, calls the bridge (the
interpreter lock released unless the entry is `quick`), and turns the result into its Python
value before any Python code can run again:

  * a new handle becomes the Tensor that owns it (registered in the thread's innermost scope),
    so an exception raised by a signal handler at the next bytecode cannot orphan it;
  * a failure is read (code and message) at once and raised as its exception class, so a
    bridge call made by a signal handler, a destructor or a callback cannot clobber it;
  * a list result runs the caller-buffer protocol here (offer, grow, retry) and comes back as a
    list of Tensors or numbers; text is copied into a str.

Python passes an array as a list or tuple (its length is not passed: C counts it) and does not
pass result buffers. The conversions themselves are hand-written (runtime/python/_core.h).

The calls are spread over translation units by a hash of the name (units()), as the bridge's
functions are, and each unit declares the bridge functions it calls: adding an entry
recompiles one unit of calls, not all of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import abi
from ..errors import GenerationError
from ..model import Catalogue, Function
from .common import by_unit, unit_count

# C type of a parameter -> (C local declaration, converter, how the call passes it). The
# converters set a Python exception and return 0 on a bad value.
ARG: dict[str, tuple[str, str, str]] = {
    "int64_t": ("int64_t {v} = 0", "sffi_i64", "{v}"),
    "int32_t": ("int32_t {v} = 0", "sffi_i32", "{v}"),
    "double": ("double {v} = 0.0", "sffi_f64", "{v}"),
    "bool": ("bool {v} = false", "sffi_bool", "{v}"),
    "const char*": ("sffi_text {v} = SFFI_TEXT_INIT", "sffi_text_arg", "{v}.data"),
    "const int64_t*": ("sffi_i64s {v} = SFFI_ARRAY_INIT", "sffi_i64_list", "{v}.data"),
    "const double*": ("sffi_f64s {v} = SFFI_ARRAY_INIT", "sffi_f64_list", "{v}.data"),
}
# C types whose local needs releasing at the end (arrays beyond the inline storage, text).
FREE: dict[str, str] = {"const char*": "sffi_text_free", "const int64_t*": "sffi_array_free", "const double*": "sffi_array_free"}

# Result key -> how its C value becomes a Python value (a converter of _core.c). Checked
# results read the error code when the value is the sentinel (abi.RESULTS' `legitimate`).
RESULT: dict[str, str] = {
    "Tensor": "sffi_tensor_result",
    "Tensor?": "sffi_optional_tensor_result",
    "Stream": "sffi_stream_result",
    "int": "sffi_i64_result",
    "int32": "sffi_i32_result",
    "float": "sffi_f64_result",
    "bool": "sffi_bool_result",
    "str": "sffi_text_result",
    "ScalarType": "sffi_dtype_result",
    "void": "sffi_void_result",
}
# Buffer results -> (buffer type, its converter once filled); a list, or a tuple where the
# entry's Python result is one (`python: {tuple_result: true}`, as torch.Size is).
BUFFER: dict[str, tuple[str, str]] = {
    "Tensor[]": ("sffi_i64s", "sffi_tensors_result"),
    "int[]": ("sffi_i64s", "sffi_ints_result"),
    "float[]": ("sffi_f64s", "sffi_floats_result"),
}
TUPLE_BUFFER: dict[str, str] = {"int[]": "sffi_ints_tuple_result", "float[]": "sffi_floats_tuple_result"}
# An int[] result as a torch_sffi.Size (`python: {size_result: true}`, Tensor.shape).
SIZE_BUFFER: dict[str, str] = {"int[]": "sffi_size_result"}
# The same results for an entry that reads the error state itself (keeps_error_state): the
# value as it is, never an error check.
PLAIN_RESULT: dict[str, str] = {
    "int": "PyLong_FromLongLong",
    "int32": "PyLong_FromLong",
    "bool": "PyBool_FromLong",
    "str": "sffi_plain_text",
    "void": "sffi_none",
}
# Handle parameters of a catalogue type -> the converter that takes the Python object itself (a
# Tensor or a Stream, or a handle as an int from the runtime) and checks its type.
HANDLE_ARG: dict[str, str] = {
    "Tensor": "sffi_tensor_arg",
    "Tensor?": "sffi_optional_tensor_arg",
    "Stream": "sffi_stream_arg",
    "Tensor[]": "sffi_tensor_list_arg",
    "Tensor?[]": "sffi_optional_tensor_list_arg",
}
# Catalogue types whose value Python passes as it is, converted here into all of its C
# parameters (a Scalar's value, int value and kind; a Device's type and index; a dtype's code):
# converter and whether None is allowed.
VALUE_ARG: dict[str, tuple[str, int]] = {
    "Scalar": ("sffi_scalar_arg", 0),
    "Scalar?": ("sffi_scalar_arg", 1),
    "Device": ("sffi_device_arg", 0),
    "Device?": ("sffi_device_arg", 1),
    "ScalarType": ("sffi_dtype_arg", 0),
    "ScalarType?": ("sffi_dtype_arg", 1),
}
FILLED = (abi.Role.INT, abi.Role.KIND, abi.Role.DEVICE_INDEX)  # C parameters a value converter fills



def _as_is_type(key: str) -> str:
    """What _core.pyi says a handle or value parameter (HANDLE_ARG, VALUE_ARG) takes: anything
    (a Tensor or a handle from the runtime, any kind of number or device): the call checks the
    type itself, and the generated wrappers pass arguments that their overload tests have
    accepted, which a static type cannot follow."""
    return "Sequence[Any]" if key.endswith("[]") else "Any"


DEFAULT_CAPACITY = 16
MAX_FIRST_CAPACITY = 4096  # a hint from a parameter is capped: chunk(10**9) must not offer 8 GB first


@dataclass(frozen=True)
class Call:
    """One C call of the extension: its name in Python, arity and the C source of its body."""

    name: str
    arity: int
    python_params: tuple[str, ...]  # the lowered values Python passes, in order
    lines: tuple[str, ...]
    prototype: str  # the C declaration of the bridge function it calls


def _local(name: str) -> str:
    return f"a_{name}"


def call_of(fn: Function) -> Call:
    """The extension function calling one entry."""
    sig = abi.signature(fn)
    key = fn.result.type.key
    decls: list[str] = []
    converts: list[str] = []
    frees: list[str] = []
    passed: list[str] = []
    python_params: list[str] = []
    owned = fn.python.owned_by is not None  # an int handle of another kind, owned as a Stream is
    if key == "Stream" or owned:  # the object that will own the new handle comes first
        python_params.append("owner")
    for c in sig.params:
        if c.role in (abi.Role.OUT, abi.Role.CAPACITY):
            continue
        if c.role is abi.Role.LENGTH:  # the count of the array its parameter lowers to first
            assert c.param is not None
            passed.append(f"{_local(sig.by_param[c.param.name][0].name)}.len")
            continue
        try:
            decl, conv, use = ARG[c.c_type]
        except KeyError:
            raise GenerationError(f"target python: no C conversion for '{c.c_type}' ({fn.name})") from None
        v = _local(c.name)
        index = len(python_params)
        decls.append(decl.format(v=v) + ";")
        if c.role in FILLED:  # the converter of the value before it fills it
            passed.append(use.format(v=v))
            continue
        ptype = c.param.type.key if c.role is abi.Role.VALUE and c.param is not None else None
        if ptype in HANDLE_ARG:
            conv = HANDLE_ARG[ptype]
        if ptype in VALUE_ARG:  # one Python value for all the C parameters of the catalogue's
            assert c.param is not None
            conv, optional = VALUE_ARG[ptype]
            parts = ", ".join(f"&{_local(x.name)}" for x in sig.by_param[c.param.name])
            converts.append(f"!{conv}(args[{index}], {parts}, \"{c.param.name}\", {optional})")
        else:
            converts.append(f"!{conv}(args[{index}], &{v}, \"{c.name}\")")
        if c.c_type in FREE:
            frees.append(f"{FREE[c.c_type]}(&{v});")
        passed.append(use.format(v=v))
        python_params.append(c.name)
    arity = len(python_params)
    body: list[str] = [f"if (!sffi_arity(\"{fn.name}\", nargs, {arity})) return NULL;"]
    body += decls
    body.append("PyObject *result = NULL;")
    if converts:
        body.append("if (" + " || ".join(converts) + ") goto done;")
    quick = fn.quick
    res = abi.result_lowering(fn.result.type, fn)
    if res.is_buffer:
        buf_type, conv = BUFFER[key]
        if fn.python.tuple_result and key in TUPLE_BUFFER:
            conv = TUPLE_BUFFER[key]
        if fn.python.size_result:
            if key not in SIZE_BUFFER:
                raise GenerationError(f"target python: {fn.name}: size_result needs an int[] result, not {key}")
            conv = SIZE_BUFFER[key]
        cap = fn.result.capacity
        if cap is None:
            first_cap = str(DEFAULT_CAPACITY)
        elif isinstance(cap, int):
            first_cap = str(cap)
        else:
            first_cap = f"sffi_first_capacity({_local(cap)}, {MAX_FIRST_CAPACITY})"
        body += [
            "{",
            f"    {buf_type} out = SFFI_ARRAY_INIT;",
            "    int64_t n;",
            f"    if (!sffi_reserve(&out, {first_cap})) goto done;",
            "    for (;;) {",
            *_invoke(fn.name, passed + ["out.data", "out.cap"], "n = ", quick, "        "),
            "        const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */",
            "        if (k == 0) result = " + conv + "(&out);",
            "        if (k != 1) break;",
            "    }",
            "    sffi_array_free(&out);",
            "}",
        ]
    else:
        table = PLAIN_RESULT if fn.keeps_error_state else RESULT
        try:
            conv = table[key]
        except KeyError:
            raise GenerationError(f"target python: no C result conversion for '{fn.result.type.spelling}' ({fn.name})") from None
        if key == "void":
            body += ["{", *_invoke(fn.name, passed, "", quick, "    "), f"    result = {conv}();", "}"]
        else:
            if fn.keeps_error_state:
                expr = f"{conv}(r)"
            elif key == "Stream":
                expr = f"{conv}(args[0], r)"
            elif owned:
                expr = f"sffi_owned_result(args[0], r, {fn.python.owned_by})"
            else:  # the converter reads the error code after a sentinel that can be legitimate
                expr = f"{conv}(r, {int(res.legitimate)})"
            body += ["{", f"    {res.c_type} r;", *_invoke(fn.name, passed, "r = ", quick, "    "), f"    result = {expr};", "}"]
    if converts or res.is_buffer:  # something above jumps here on failure
        body.append("done:")
        body += frees or [";"]
    # A call that resets the thread's state turns libtorch's warnings of it into Python warnings
    # (_core.h, sffi_warned); one that keeps the state would warn again for its predecessor, and a
    # quick one reads metadata, which warns of nothing (and is read as often as x.dtype).
    body.append("return result;" if fn.keeps_error_state or fn.quick else "return sffi_warned(result);")
    prototype = f"{sig.return_type} {fn.name}({sig.decls()});"
    if owned:  # the release it calls when the owner cannot take the handle
        prototype += f"\nbool {fn.python.owned_by}(int64_t module);"
    return Call(fn.name, arity, tuple(python_params), tuple(body), prototype)


def _invoke(name: str, passed: list[str], assign: str, quick: bool, indent: str) -> list[str]:
    call = f"{assign}{name}({', '.join(passed)});"
    if quick:  # reads metadata only: cheaper than handing the interpreter lock over and back
        return [indent + call]
    return [indent + "Py_BEGIN_ALLOW_THREADS", indent + "    " + call, indent + "Py_END_ALLOW_THREADS"]


@dataclass(frozen=True)
class CallUnit:
    """One translation unit of calls (_core_calls_<index>.c)."""

    index: int  # 1-based
    count: int
    calls: tuple[Call, ...]

    @property
    def file(self) -> str:
        return f"_core_calls_{self.index}.c"


# A unit of calls costs a fixed ~0.3 s of CPU (Python.h and _core.h) and ~9 ms per call (gcc 12,
# -O2, on the 2-core machine): units of up to UNIT_SIZE calls keep a rebuild of one near 1 s
# while a clean build pays the fixed part a few times only (8 units at 715 entries: ~2 s more
# than one file, ~1 s per added entry instead of ~6.5 s).
UNIT_SIZE = 96
MIN_UNITS = 4
MAX_UNITS = 16


def units(catalogue: Catalogue) -> list[CallUnit]:
    """The calls by unit: each in unit unit_of(name), in catalogue order within it. Every unit
    is written, an empty one too, so that the set of files is fixed by the count."""
    count = unit_count(len(catalogue.functions), UNIT_SIZE, MIN_UNITS, MAX_UNITS)
    return [CallUnit(i + 1, count, tuple(call_of(fn) for fn in fns)) for i, fns in enumerate(by_unit(catalogue.functions, count))]


def stub_lines(catalogue: Catalogue) -> list[str]:
    """The calls' signatures for _core.pyi (what Python passes: the lowered values)."""
    types = {"int64_t": "int", "int32_t": "int", "double": "float", "bool": "bool", "const char*": "bytes | str | None", "const int64_t*": "Sequence[int]", "const double*": "Sequence[float]"}
    results = {
        "Tensor": "Tensor", "Tensor?": "Tensor | None", "Stream": "None", "Tensor[]": "list[Tensor]", "int": "int", "int32": "int",
        "float": "float", "bool": "bool", "str": "str", "int[]": "list[int]", "float[]": "list[float]", "ScalarType": "DType", "void": "None",
    }  # fmt: skip
    out = []
    for fn in catalogue.functions:
        sig = abi.signature(fn)
        params = ["owner: Any"] if fn.result.type.key == "Stream" or fn.python.owned_by is not None else []
        for c in sig.params:
            if c.role in (abi.Role.OUT, abi.Role.CAPACITY, abi.Role.LENGTH):
                continue
            if c.role in FILLED:
                continue
            ptype = c.param.type.key if c.role is abi.Role.VALUE and c.param is not None else ""
            as_is = ptype in HANDLE_ARG or ptype in VALUE_ARG
            params.append(f"{c.name}: {_as_is_type(ptype) if as_is else types[c.c_type]}")
        slash = ", /" if params else ""
        result = results[fn.result.type.key]
        if fn.python.tuple_result and fn.result.type.key in TUPLE_BUFFER:
            result = result.replace("list[", "tuple[").replace("]", ", ...]")
        if fn.python.size_result:
            result = "Size"
        if fn.python.owned_by is not None:
            result = "None"
        out.append(f"def {fn.name}({', '.join(params)}{slash}) -> {result}: ...")
    return out
