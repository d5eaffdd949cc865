"""A tracer for the hand-written Simple code (runtime/simple/*.spl, examples/simple/*.spl):
it executes that code abstractly and records, in order, every call it makes into mod.spl's
generated part (a Tensor method, a Tensor constructor, a module function), as the catalogue
entry the member wraps.

No Simple tool chain runs here, so the order of the operations the Simple optimizers and
modules make is read from the code itself: statements run as written (val/var, assignment,
if/elif/else, while, for, return, the last expression as a function's value), with numbers,
booleans, text, arrays and class instances as Python values, so conditions on options and on
state (`if self.steps == 0`, `if momentum != 0.0`) take the branch they take at run time.
Calls into functions and methods defined in the traced files are followed; a call into the
generated part is recorded and returns a stand-in value of its declared result type (a Tensor
stand-in records the shape it was made with, when it was made from one). `x?` is x (an Err
raises SimpleError); Ok(x) is x.

The subset it runs is the subset those files are written in; a statement outside it raises
TraceError naming the file and line, so a change to the files that the tracer cannot follow
fails the tests rather than going unchecked.
"""

from __future__ import annotations

import math
import re
import struct
from dataclasses import dataclass, field
from typing import Any, Callable

from generator.simple_syntax import Module

STRING = re.compile(r'"(?:\\.|[^"\\])*"')
HEADER = re.compile(r"^(static fn|fn|me) (\w+)\((.*)\)(?: -> .+)?:$")
EXTERN = re.compile(r"^extern fn (\w+)\(")


class TraceError(Exception):
    """The traced code does something the tracer does not run."""


class SimpleError(Exception):
    """An Err(...) the traced code returned: (kind, message)."""


class _Return(Exception):
    def __init__(self, value: Any) -> None:
        self.value = value


@dataclass
class Event:
    """One call into mod.spl's generated part."""

    entry: str  # the catalogue entry the member wraps
    member: str  # Tensor.add_, linear_v2, ...
    shape: tuple[int, ...] | None  # the receiver's shape, when known
    args: tuple[Any, ...]  # the arguments that are not tensors, in order (named ones last)
    frames: tuple[str, ...]  # the traced functions it was made in, outermost first


@dataclass
class Def:
    name: str
    cls: str | None
    kind: str
    params: list[tuple[str, str | None]]  # (name, default source)
    body: list["Node"]
    where: str


@dataclass
class Node:
    text: str
    line: int
    children: list["Node"] = field(default_factory=list)


class TensorStandIn:
    """A tensor the traced code holds: its shape when known."""

    def __init__(self, tracer: "Tracer", shape: tuple[int, ...] | None = None) -> None:
        self._tracer = tracer
        self._shape = shape

    def unwrap(self) -> "TensorStandIn":
        return self

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("_"):
            raise AttributeError(name)
        return lambda *a, **k: self._tracer.primitive(f"Tensor.{name}", self, a, k)


class Instance:
    """An instance of a class of the traced files."""

    def __init__(self, tracer: "Tracer", cls: str, fields: dict[str, Any]) -> None:
        self.__dict__.update(fields)
        self.__dict__["_tracer"] = tracer
        self.__dict__["_cls"] = cls

    def unwrap(self) -> "Instance":
        return self

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = self._tracer.defs.get((self._cls, name))
        if method is None:
            raise AttributeError(f"{self._cls} has no member {name}")
        return lambda *a, **k: self._tracer.call(method, a, k, self)


class ClassProxy:
    """A class name in an expression: construction with named fields, static fns."""

    def __init__(self, tracer: "Tracer", name: str) -> None:
        self.tracer, self.name = tracer, name

    def __call__(self, **fields: Any) -> Any:
        return Instance(self.tracer, self.name, fields)

    def __getattr__(self, member: str) -> Callable[..., Any]:
        d = self.tracer.defs.get((self.name, member))
        if d is not None:
            return lambda *a, **k: self.tracer.call(d, a, k, None)
        if self.name in self.tracer.mod.classes and member in self.tracer.mod.classes[self.name].methods:
            return lambda *a, **k: self.tracer.primitive(f"{self.name}.{member}", None, a, k)
        raise TraceError(f"{self.name}.{member} is neither traced nor a member of mod.spl")


def _as(value: Any, type_: str) -> Any:
    if type_ == "f32":
        return struct.unpack("f", struct.pack("f", float(value)))[0]
    if type_ in ("f64",):
        return float(value)
    if type_ in ("i64", "i32"):
        return int(value)
    raise TraceError(f"cast to {type_}")


def _split_top(text: str, sep: str = ",") -> list[str]:
    parts, depth, cur, i = [], 0, "", 0
    while i < len(text):
        c = text[i]
        if c == '"':
            m = STRING.match(text, i)
            assert m is not None
            cur += m.group()
            i = m.end()
            continue
        if c in "([{<":
            depth += 1
        elif c in ")]}>":
            depth -= 1
        if c == sep and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += c
        i += 1
    if cur.strip():
        parts.append(cur)
    return [p.strip() for p in parts]


def _casts(code: str) -> str:
    """`e as T` -> `_as(e, 'T')`, the operand being a name chain or a parenthesised group."""
    while True:
        m = re.search(r"\s+as\s+(f32|f64|i64|i32)\b", code)
        if m is None:
            return code
        end = m.start()
        j = end
        if code[j - 1] == ")":
            depth = 0
            while True:
                j -= 1
                depth += code[j] == ")"
                depth -= code[j] == "("
                if depth == 0:
                    break
        while j > 0 and (code[j - 1].isalnum() or code[j - 1] in "_."):
            j -= 1
        code = f"{code[:j]}_as({code[j:end]}, '{m.group(1)}'){code[m.end():]}"


def translate(expr: str) -> str:
    """A Simple expression as a Python one."""
    out = []
    pos = 0
    for m in STRING.finditer(expr):
        out.append(("code", expr[pos : m.start()]))
        out.append(("string", m.group()))
        pos = m.end()
    out.append(("code", expr[pos:]))
    pieces = []
    for kind, text in out:
        if kind == "string":
            body = re.sub(r"\{([^{}]*)\}", lambda g: "{" + translate(g.group(1)) + "}", text[1:-1])
            pieces.append('f"' + body + '"')
            continue
        code = re.sub(r"([\w.\[\]]+(?:\(\))?) \?\? ([\w.\[\]]+)", r"(\1 if \1 is not None else \2)", text)
        code = code.replace("?.", ".")
        code = re.sub(r"\?", "", code)
        code = re.sub(r"\bnil\b", "None", code)
        code = re.sub(r"\btrue\b", "True", code)
        code = re.sub(r"\bfalse\b", "False", code)
        code = re.sub(r"\b(\w+): ", r"\1=", code)
        code = code.replace(".push(", ".append(").replace(".len()", ".__len__()")
        pieces.append(code)
    return _casts("".join(pieces))


def _tree(lines: list[tuple[int, int, str]]) -> list[Node]:
    """(line, indent, text) -> nested nodes by indentation."""
    root: list[Node] = []
    stack: list[tuple[int, list[Node]]] = [(-1, root)]
    for line, indent, text in lines:
        while indent <= stack[-1][0]:
            stack.pop()
        node = Node(text, line)
        stack[-1][1].append(node)
        stack.append((indent, node.children))
    return root


class Tracer:
    def __init__(self, mod: Module, entries: set[str], sources: dict[str, str]) -> None:
        """`mod`: the parsed generated mod.spl; `entries`: the catalogue's function names;
        `sources`: file name -> Simple source to trace (its functions and classes)."""
        self.mod = mod
        self.entries = entries
        self.defs: dict[tuple[str | None, str], Def] = {}
        self.classes: set[str] = set()
        self.events: list[Event] = []
        self.frames: list[str] = []
        for name, text in sources.items():
            self._load(name, text)
        self.env: dict[str, Any] = {"__builtins__": {}}
        for cls in self.classes | set(mod.classes):
            self.env[cls] = ClassProxy(self, cls)
        for fn in mod.functions:
            self.env[fn] = self._module_function(fn)
        for (cls, name), d in self.defs.items():
            if cls is None:
                self.env[name] = (lambda d: lambda *a, **k: self.call(d, a, k, None))(d)
        # Simple's builtins, mod.spl's error helper and the runtime's math, as values
        self.env.update(
            {
                "Ok": lambda v: v,
                "Err": self._err,
                "Some": lambda v: v,
                "error_of": lambda kind, message: (kind, message),
                "rt_math_pow": math.pow,
                "rt_math_sqrt": math.sqrt,
                "_as": _as,
                "Scalar": _Values(),
                "DType": _Values(),
                "Device": _Values(),
            }
        )

    def _err(self, error: Any) -> Any:
        raise SimpleError(error)

    def _module_function(self, name: str) -> Callable[..., Any]:
        return lambda *a, **k: self.primitive(name, None, a, k)

    # ---------------------------------------------------------------- loading

    def _load(self, path: str, text: str) -> None:
        lines: list[tuple[int, int, str]] = []
        in_doc = False
        for number, raw in enumerate(text.splitlines(), 1):
            stripped = raw.strip()
            if in_doc:
                in_doc = '"""' not in stripped
                continue
            if stripped.startswith('"""'):
                in_doc = stripped.count('"""') == 1
                continue
            if not stripped or stripped.startswith("#"):
                continue
            lines.append((number, len(raw) - len(raw.lstrip()), stripped))
        for node in _tree(lines):
            if node.text.startswith("class "):
                cls = node.text[len("class ") : -1]
                self.classes.add(cls)
                for member in node.children:
                    if HEADER.match(member.text):
                        self._define(member, cls, path)
            elif HEADER.match(node.text):
                self._define(node, None, path)
            elif not node.text.startswith(("use ", "export ", "extern fn ")):
                raise TraceError(f"{path}:{node.line}: a module-level statement the tracer does not run: {node.text}")

    def _define(self, node: Node, cls: str | None, path: str) -> None:
        m = HEADER.match(node.text)
        assert m is not None
        params = []
        for p in _split_top(m.group(3)):
            name, _, rest = p.partition(":")
            default = rest.split("=", 1)[1].strip() if "=" in rest else None
            params.append((name.strip(), default))
        self.defs[(cls, m.group(2))] = Def(m.group(2), cls, m.group(1), params, node.children, f"{path}:{node.line}")

    # ---------------------------------------------------------------- running

    def call(self, d: Def, args: tuple[Any, ...], kwargs: dict[str, Any], self_: Instance | None) -> Any:
        scope: dict[str, Any] = {}
        if self_ is not None:
            scope["self"] = self_
        names = [n for n, _ in d.params]
        if len(args) > len(names):
            raise TraceError(f"{d.where}: {d.name} given {len(args)} arguments")
        for (name, default), value in zip(d.params, list(args) + [_MISSING] * (len(names) - len(args))):
            if value is _MISSING:
                if name in kwargs:
                    value = kwargs.pop(name)
                elif default is not None:
                    value = self.eval(default, scope, d.where)
                else:
                    raise TraceError(f"{d.where}: {d.name} misses argument {name}")
            scope[name] = value
        if kwargs:
            raise TraceError(f"{d.where}: {d.name} has no parameter {sorted(kwargs)[0]}")
        self.frames.append(f"{d.cls}.{d.name}" if d.cls else d.name)
        try:
            return self.block(d.body, scope, d.where.rsplit(":", 1)[0])
        except _Return as r:
            return r.value
        finally:
            self.frames.pop()

    def eval(self, expr: str, scope: dict[str, Any], where: str) -> Any:
        try:
            return eval(translate(expr), self.env, scope)  # noqa: S307 (the traced files' own expressions)
        except (SimpleError, _Return, TraceError):
            raise
        except Exception as exc:
            raise TraceError(f"{where}: cannot evaluate {expr!r} ({translate(expr)!r}): {exc!r}") from exc

    def block(self, nodes: list[Node], scope: dict[str, Any], path: str) -> Any:
        value: Any = None
        i = 0
        while i < len(nodes):
            node = nodes[i]
            where = f"{path}:{node.line}"
            text = node.text
            value = None
            if text.startswith("if ") and text.endswith(":"):
                chain = [(text[3:-1], node.children)]
                while i + 1 < len(nodes) and (nodes[i + 1].text.startswith("elif ") or nodes[i + 1].text == "else:"):
                    i += 1
                    nxt = nodes[i]
                    chain.append((nxt.text[5:-1] if nxt.text.startswith("elif ") else "true", nxt.children))
                for cond, body in chain:
                    if self.eval(cond, scope, where):
                        value = self.block(body, scope, path)
                        break
            elif text.startswith("while ") and text.endswith(":"):
                guard = 0
                while self.eval(text[6:-1], scope, where):
                    self.block(node.children, scope, path)
                    guard += 1
                    if guard > 100000:
                        raise TraceError(f"{where}: a loop that does not end")
            elif text.startswith("for ") and text.endswith(":"):
                name, _, iterable = text[4:-1].partition(" in ")
                for item in list(self.eval(iterable, scope, where)):
                    scope[name.strip()] = item
                    self.block(node.children, scope, path)
            elif text == "return" or text.startswith("return "):
                raise _Return(self.eval(text[7:], scope, where) if text != "return" else None)
            elif text.startswith("print "):
                pass
            elif m := re.match(r"^(?:val|var) (\w+)(?:: [^=]+)? = (.+)$", text):
                scope[m.group(1)] = self.eval(m.group(2), scope, where)
            elif m := re.match(r"^([\w.\[\]]+) = (.+)$", text):
                target, source = m.group(1), self.eval(m.group(2), scope, where)
                if "." in target or "[" in target:
                    exec(f"{translate(target)} = _value", self.env, {**scope, "_value": source})  # noqa: S102
                else:
                    scope[target] = source
            elif text.endswith(":"):
                raise TraceError(f"{where}: a block the tracer does not run: {text}")
            else:
                value = self.eval(text, scope, where)
            i += 1
        return value

    # ---------------------------------------------------------------- mod.spl's generated part

    def primitive(self, member: str, receiver: TensorStandIn | None, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        cls, _, name = member.rpartition(".")
        sig = self.mod.classes[cls].methods.get(name) if cls else self.mod.functions.get(name)
        if sig is None:
            raise TraceError(f"{member} is not a member of mod.spl")
        called = self.mod.calls_in.get(member, set()) & self.entries
        if len(called) != 1:
            raise TraceError(f"{member} wraps {sorted(called)}, not one catalogue entry")
        values = tuple(a for a in (*args, *kwargs.values()) if not isinstance(a, (TensorStandIn, Instance, list)))
        shape = receiver._shape if receiver is not None else None
        self.events.append(Event(called.pop(), member, shape, values, tuple(self.frames)))
        result = sig.result or ""
        ok = result[len("Result<") : -len(", TorchError>")] if result.startswith("Result<") else result
        if ok in ("Tensor", "Tensor?"):
            made = None
            for p, value in zip(sig.params, args):
                if p.name in ("size", "dims") and isinstance(value, list):
                    made = tuple(value)
            for key in ("size", "dims"):
                if isinstance(kwargs.get(key), list):
                    made = tuple(kwargs[key])
            return TensorStandIn(self, made)
        if ok == "bool":
            return True
        if ok == "i64":
            if name == "size_dim" and shape is not None:
                return shape[args[0] if args else kwargs["dim"]]
            return 1
        if ok == "f64":
            return 0.5
        if ok == "[i64]":
            return list(shape or ())
        if ok == "DType":
            return "float32"
        if ok == "[Tensor]":
            return []
        if ok in self.mod.classes:
            return Instance(self, ok, {f: TensorStandIn(self) for f in self.mod.classes[ok].fields})
        raise TraceError(f"{member} returns {result}, which the tracer does not stand in for")


class _Values:
    """Scalar, DType and Device in expressions: Scalar.float(x) is x, DType.int64() "int64"."""

    def __getattr__(self, name: str) -> Callable[..., Any]:
        return lambda *a: a[0] if a else name


_MISSING = object()
