"""A checker for the Simple language that sffi-gen emits (ffi.spl and mod.spl).

Simple has two parsers (the Rust-based one and the self-hosted one) that accept different
languages. generator/simple_grammar.py's RULES table lists each construct where they matter,
with the function of each parser behind it. A parse runs in one grammar: EITHER accepts what
at least one parser accepts (the union: hand-written snippets), BOTH only what both accept
(the intersection). parse() defaults to BOTH, and every generated file is checked in BOTH, so
the generator can emit only what both parsers take; a construct outside the grammar stops the
parse with the rule's citation.

There is no Simple toolchain here, so the Simple tiers are checked against the language's rules
as its own repository states them (ormastes/simple: the lexer, the keyword tables, the style
guide). The subset:

    # comments (never a line starting #if / #elif / #else / #endif or #[, which the
    # preprocessor and the attribute syntax own), \"\"\"docstrings\"\"\" as the first statement
    use a.b.*   use a.b.{x, y}   export x, y
    extern fn name(p: T, ...) -> R          (no body; no arrow without a result)
    fn name(p: T = default, ...) -> R:      block; a default is any expression (a call too)
    class Name:  fields `name: T`, `static fn`, `fn` (read-only self), `me` (mutating)
    val / var bindings, assignment, if / elif / else, while, for x in e, return, break
    expressions: literals (nil too), names, calls with named arguments, member access,
    indexing, postfix ? (try) and ?. (optional chaining), `as` casts, unary - and not,
    * / % + -, comparisons, and / or, ?? (nil coalescing), "text {interpolation}",
    print "text"
    types: i8..u64 f32 f64 bool text, [T], (), (T, U), T?, Result<T, E>, Option<T>, classes

The rules beyond the seed tier that the generated code relies on are the core tier's, as the
language's grammar tables list them (doc/spec/grammar/core_grammar.md, from tier_keywords.sdn):
`T?` with `nil` (the nullable type and the seed literal), `?.` (optional_chaining), `??`
(null_coalesce), parameter defaults that are calls (`Data.empty()` in doc/spec/functions.md).

Indentation is 4 spaces per block, tabs are rejected. Besides syntax it checks names: every
type, every called function (with its number of arguments), every `self.member`, every
exported name, and that `self` is only assigned in `me` methods and a `val` never.

Problems are reported as `FILE:LINE: message`. A syntax error ends the parse (one problem);
name checks report every problem they find. A fragment of a larger module (the hand-written
parts sffi-gen embeds into mod.spl, runtime/simple/*.spl) is checked as it is with its host
module: the names it does not define resolve in the host (`parse(..., host=module)`).

    python -m generator.simple_syntax generated/simple/ffi.spl generated/simple/mod.spl
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

from .keywords import SIMPLE
from .simple_grammar import BOTH, EITHER, GRAMMARS, RULES, Rule

# The keyword tables of the Simple language (seed and full tiers): generator/keywords.py holds
# them for every tier (the loader checks catalogue names against the same table); none of them
# may name a parameter, field, binding or function.
KEYWORDS = SIMPLE
PRIMITIVE_TYPES = frozenset("i8 i16 i32 i64 u8 u16 u32 u64 f32 f64 bool text".split())
GENERIC_TYPES = {"Result": 2, "Option": 1, "List": 1}
# Callables every module has: (least, most) positional arguments; None: any number.
BUILTINS: dict[str, tuple[int, int] | None] = {"Ok": (1, 1), "Err": (1, 1), "Some": (1, 1), "print": None}
LITERAL_WORDS = frozenset({"true", "false", "nil"})
DIRECTIVE = re.compile(r"#(if|elif|else|endif)\b")
ESCAPES = set('ntr0\\"\'{}')
NUMBER = re.compile(r"0x[0-9a-fA-F_]+|0b[01_]+|0o[0-7_]+|\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?")
# A number's type suffix (RULES["typed_literal"]): 1i64, 2.5f32, 0xffu8
NUMBER_SUFFIX = re.compile(r"(?:[iu](?:8|16|32|64)|f(?:32|64))(?![A-Za-z0-9_])")
COMPOUND_ASSIGN = {"+=": "compound_assign", "-=": "compound_assign", "*=": "compound_assign", "/=": "compound_assign", "%=": "percent_assign"}
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
OPERATORS = ("..=", "->", "==", "!=", "<=", ">=", "??", "+=", "-=", "*=", "/=", "%=", "..", "(", ")", "[", "]", "{", "}", "<", ">", ":", ",", ".", "=",
             "+", "-", "*", "/", "%", "?", "@", "|", "\\")
OPERATOR = re.compile("|".join(re.escape(o) for o in OPERATORS))  # two-character ones first
CLOSERS = {")": "(", "]": "[", "}": "{"}
INDENT_WIDTH = 4


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class _Stop(Exception):
    """A syntax error: the parse cannot go on."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


# --------------------------------------------------------------------------- tokens


@dataclass(frozen=True)
class Token:
    kind: str  # NAME NUMBER STRING DOCSTRING OP NEWLINE INDENT DEDENT EOF
    value: str
    line: int
    parts: tuple[tuple[str, int], ...] = ()  # interpolations of a STRING: (source, line)


def _describe(tok: Token) -> str:
    return {
        "NEWLINE": "the end of the line",
        "INDENT": "an indented block",
        "DEDENT": "the end of the block",
        "EOF": "the end of the file",
        "DOCSTRING": "a docstring",
        "STRING": "a string",
    }.get(tok.kind, f"'{tok.value}'")


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    indents = [0]
    brackets: list[tuple[str, int]] = []
    i, line, n = 0, 1, len(text)
    at_line_start = True

    def emit(kind: str, value: str, at: int, parts: tuple[tuple[str, int], ...] = ()) -> None:
        tokens.append(Token(kind, value, at, parts))

    while i < n:
        if at_line_start and not brackets:
            j, width = i, 0
            while j < n and text[j] in " \t":
                if text[j] == "\t":
                    raise _Stop(line, "a tab in the indentation: Simple code is indented with 4 spaces")
                width += 1
                j += 1
            if j >= n:
                break
            if text[j] in "\r\n":
                i = j + (2 if text.startswith("\r\n", j) else 1)
                line += 1
                continue
            if text[j] == "#":
                rest = text[j:]
                match = DIRECTIVE.match(rest)
                if match:
                    raise _Stop(
                        line,
                        f"a line starting '#{match.group(1)}' is a conditional-compilation directive in Simple, "
                        "not a comment; write '# ' and the text",
                    )
                if rest.startswith("#["):
                    raise _Stop(line, "a line starting '#[' is an attribute in Simple, not a comment")
                end = text.find("\n", j)
                i = n if end < 0 else end
                continue
            if width % INDENT_WIDTH:
                raise _Stop(line, f"indentation of {width} spaces is not a multiple of {INDENT_WIDTH}")
            if width > indents[-1]:
                if width != indents[-1] + INDENT_WIDTH:
                    raise _Stop(line, f"indented {width - indents[-1]} spaces more than the line before; a block is indented {INDENT_WIDTH}")
                indents.append(width)
                emit("INDENT", "", line)
            while width < indents[-1]:
                indents.pop()
                emit("DEDENT", "", line)
            if width != indents[-1]:
                raise _Stop(line, f"dedent to {width} spaces matches no enclosing block")
            i = j
            at_line_start = False
        c = text[i]
        if c in "\r\n":
            i += 2 if text.startswith("\r\n", i) else 1
            if not brackets:
                emit("NEWLINE", "", line)
                at_line_start = True
            line += 1
            continue
        if c in " \t":
            i += 1
            continue
        if c == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        if text.startswith('"""', i):
            end = text.find('"""', i + 3)
            if end < 0:
                raise _Stop(line, "a docstring opened here is never closed")
            body = text[i + 3 : end]
            emit("DOCSTRING", body, line)
            line += body.count("\n")
            i = end + 3
            continue
        if c == '"':
            i, parts, value = _string(text, i, line)
            emit("STRING", value, line, parts)
            continue
        if c == "'":
            end = text.find("'", i + 1)
            newline = text.find("\n", i + 1)
            if end < 0 or (0 <= newline < end):
                raise _Stop(line, "a raw string opened here is not closed on the same line")
            emit("STRING", text[i + 1 : end], line)
            i = end + 1
            continue
        if c.isdigit():
            m = NUMBER.match(text, i)
            assert m is not None
            i = m.end()
            suffix = NUMBER_SUFFIX.match(text, i)
            if suffix:
                i = suffix.end()
            emit("NUMBER", text[m.start() : i], line)
            if i < n and (text[i].isalnum() or text[i] == "_"):
                raise _Stop(line, f"a number runs into a name: '{text[m.start() : i]}{text[i]}'")
            continue
        m = NAME.match(text, i)
        if m:
            emit("NAME", m.group(), line)
            i = m.end()
            continue
        m = OPERATOR.match(text, i)
        if m is None:
            raise _Stop(line, f"unexpected character {c!r}")
        op = m.group()
        if op in "([{":
            brackets.append((op, line))
        elif op in CLOSERS:
            if not brackets:
                raise _Stop(line, f"'{op}' closes nothing")
            opened, at = brackets.pop()
            if opened != CLOSERS[op]:
                raise _Stop(line, f"'{op}' closes the '{opened}' opened on line {at}")
        emit("OP", op, line)
        i += len(op)
    if brackets:
        opened, at = brackets[-1]
        raise _Stop(at, f"'{opened}' opened here is never closed")
    if tokens and tokens[-1].kind not in ("NEWLINE", "DEDENT"):
        emit("NEWLINE", "", line)
    while len(indents) > 1:
        indents.pop()
        emit("DEDENT", "", line)
    emit("EOF", "", line)
    return tokens


def _string(text: str, start: int, line: int) -> tuple[int, tuple[tuple[str, int], ...], str]:
    """A double-quoted string from `start`: (end, interpolations, raw body)."""
    i = start + 1
    parts: list[tuple[str, int]] = []
    while True:
        if i >= len(text) or text[i] == "\n":
            raise _Stop(line, "a string opened here is not closed on the same line")
        c = text[i]
        if c == '"':
            return i + 1, tuple(parts), text[start + 1 : i]
        if c == "\\":
            if i + 1 >= len(text) or text[i + 1] not in ESCAPES:
                shown = text[i : i + 2].rstrip("\n")
                raise _Stop(line, f"unknown escape '{shown}' in a string")
            i += 2
            continue
        if c == "}":
            raise _Stop(line, "'}' in a string closes no interpolation (write '\\}')")
        if c == "{":
            depth, j = 1, i + 1
            while j < len(text) and text[j] != "\n" and depth:
                if text[j] == "{":
                    depth += 1
                elif text[j] == "}":
                    depth -= 1
                j += 1
            if depth:
                raise _Stop(line, "'{' in a string opens an interpolation that is never closed (write '\\{')")
            source = text[i + 1 : j - 1]
            if not source.strip():
                raise _Stop(line, "an empty interpolation '{}' in a string")
            parts.append((source, line))
            i = j
            continue
        i += 1


# --------------------------------------------------------------------------- the module summary


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    has_default: bool


@dataclass(frozen=True)
class Signature:
    name: str
    params: tuple[Param, ...]
    result: str | None  # None: no result
    line: int
    kind: str = "fn"  # extern, fn, static, me

    @property
    def arity(self) -> tuple[int, int]:
        return sum(1 for p in self.params if not p.has_default), len(self.params)


@dataclass
class ClassDecl:
    name: str
    line: int
    fields: dict[str, str] = field(default_factory=dict)  # name -> type
    methods: dict[str, Signature] = field(default_factory=dict)


@dataclass
class Module:
    """What a .spl file declares, imports, exports and calls."""

    path: str
    uses: list[tuple[str, tuple[str, ...] | None, int]] = field(default_factory=list)  # (module, names or None for *, line)
    exports: list[tuple[str, int]] = field(default_factory=list)
    externs: dict[str, Signature] = field(default_factory=dict)
    functions: dict[str, Signature] = field(default_factory=dict)
    classes: dict[str, ClassDecl] = field(default_factory=dict)
    calls: set[str] = field(default_factory=set)  # every name called as a plain function
    # the plain functions each function calls, by "name" or "Class.name"
    calls_in: dict[str, set[str]] = field(default_factory=dict)
    # methods called on values the checker cannot type (`grad.neg()`): (method, positional,
    # named, line); whoever knows the value's class checks them (sffi-gen for the optimizers)
    value_calls: list[tuple[str, int, tuple[str, ...], int]] = field(default_factory=list)
    doc: str | None = None
    values: dict[str, str] = field(default_factory=dict)  # module-level val/var: name -> "val"/"var"

    @property
    def exported(self) -> set[str]:
        return {name for name, _ in self.exports}


# --------------------------------------------------------------------------- the parser


@dataclass
class _Scope:
    names: dict[str, str]  # name -> "val", "var", "param", "for"


@dataclass
class _Context:
    cls: ClassDecl | None
    method: Signature | None  # the function being parsed
    scopes: list[_Scope]

    def lookup(self, name: str) -> str | None:
        for scope in reversed(self.scopes):
            if name in scope.names:
                return scope.names[name]
        return None


@dataclass(frozen=True)
class _Call:
    callee: str  # "name", "Class.name" or "self.name"
    positional: int
    named: tuple[str, ...]
    line: int
    cls: str | None  # the class the call is made in
    caller: str | None  # the kind of the calling function (fn, me, static), None at module level
    within: str | None  # the calling function: "name" or "Class.name"


@dataclass(frozen=True)
class _NameUse:
    name: str
    line: int
    known: bool  # resolved to a local when it was used


class _Parser:
    def __init__(self, tokens: list[Token], module: Module, grammar: str = BOTH) -> None:
        self.grammar = grammar
        self.stop_at_as = False
        self.tokens = tokens
        self.pos = 0
        self.module = module
        self.types: list[tuple[str, int]] = []  # type names to resolve at the end
        self.calls: list[_Call] = []
        self.names: list[_NameUse] = []
        self.members: list[tuple[str, str, int]] = []  # (class, member, line) read through self
        self.problems: list[tuple[int, str]] = []  # name-level problems found while parsing

    # ---------------------------------------------------------------- token helpers

    @property
    def tok(self) -> Token:
        return self.tokens[self.pos]

    def peek(self, k: int = 1) -> Token:
        return self.tokens[min(self.pos + k, len(self.tokens) - 1)]

    def next(self) -> Token:
        tok = self.tok
        self.pos += 1
        return tok

    def at(self, kind: str, value: str | None = None) -> bool:
        return self.tok.kind == kind and (value is None or self.tok.value == value)

    def at_op(self, value: str) -> bool:
        return self.at("OP", value)

    def at_word(self, value: str) -> bool:
        return self.at("NAME", value)

    def require(self, rule: str, line: int) -> None:
        """Stops unless the construct of RULES[rule] is accepted in this parse's grammar."""
        found: Rule = RULES[rule]
        if not found.accepted(self.grammar):
            raise _Stop(line, found.refusal(self.grammar))

    def expect_op(self, value: str, context: str) -> Token:
        if not self.at_op(value):
            raise _Stop(self.tok.line, f"expected '{value}' {context}, found {_describe(self.tok)}")
        return self.next()

    def expect_newline(self, context: str) -> None:
        if not self.at("NEWLINE"):
            raise _Stop(self.tok.line, f"expected the end of the line {context}, found {_describe(self.tok)}")
        self.next()

    def identifier(self, what: str) -> Token:
        tok = self.tok
        if tok.kind != "NAME":
            raise _Stop(tok.line, f"expected {what}, found {_describe(tok)}")
        if tok.value == "self" and what.startswith("a parameter"):
            raise _Stop(tok.line, "'self' is implicit in methods and is never written as a parameter")
        if tok.value in KEYWORDS:
            raise _Stop(tok.line, f"'{tok.value}' is a keyword and cannot be {what}")
        return self.next()

    # ---------------------------------------------------------------- module level

    def parse_module(self) -> None:
        if self.at("DOCSTRING"):
            self.module.doc = self.next().value
            self.expect_newline("after the module docstring")
        while not self.at("EOF"):
            tok = self.tok
            if tok.kind == "NEWLINE":
                self.next()
            elif tok.kind == "INDENT":
                raise _Stop(tok.line, "unexpected indentation at module level")
            elif self.at_word("use"):
                self.parse_use()
            elif self.at_word("export"):
                self.parse_export()
            elif self.at_word("extern"):
                self.next()
                if not self.at_word("fn"):
                    raise _Stop(self.tok.line, f"expected 'fn' after 'extern', found {_describe(self.tok)}")
                self.next()
                sig = self.parse_signature("extern")
                if self.at_op(":"):
                    raise _Stop(self.tok.line, f"extern fn {sig.name} has no body: remove the ':'")
                self.expect_newline(f"after extern fn {sig.name}")
                self.declare(sig.name, sig.line)
                self.module.externs[sig.name] = sig
            elif self.at_word("fn"):
                self.next()
                sig = self.parse_signature("fn")
                self.declare(sig.name, sig.line)
                self.module.functions[sig.name] = sig
                self.parse_body(_Context(None, sig, [_Scope({p.name: "param" for p in sig.params})]), f"fn {sig.name}")
            elif self.at_word("class"):
                self.parse_class()
            elif tok.kind == "DOCSTRING":
                raise _Stop(tok.line, "a docstring is only allowed as the first statement of a module, class or function")
            elif tok.kind == "NAME" and tok.value in ("return", "break", "continue"):
                raise _Stop(tok.line, f"'{tok.value}' at module level, outside any function or loop")
            else:
                self.parse_module_statement(tok)

    def parse_module_statement(self, tok: Token) -> None:
        """A module-level binding (RULES["module_binding"]) or statement (RULES["module_statement"])."""
        ctx = _Context(None, None, [_Scope(self.module.values)])
        is_binding = tok.kind == "NAME" and tok.value in ("val", "var")
        self.require("module_binding" if is_binding else "module_statement", tok.line)
        if is_binding:
            name = self.peek()
            if name.kind == "NAME" and name.value in self.module.values:
                self.problems.append((name.line, f"'{name.value}' is defined twice"))
            elif name.kind == "NAME":
                self.declare(name.value, name.line)
        self.parse_statement(ctx)

    def declare(self, name: str, line: int) -> None:
        m = self.module
        if name in m.externs or name in m.functions or name in m.classes or name in m.values:
            self.problems.append((line, f"'{name}' is defined twice"))

    def parse_use(self) -> None:
        line = self.next().line
        path = [self.identifier("a module name").value]
        names: tuple[str, ...] | None = None
        while True:
            if not self.at_op("."):
                raise _Stop(
                    self.tok.line,
                    f"'use {'.'.join(path)}' imports nothing: end it with '.*' or '.{{names}}'",
                )
            self.next()
            if self.at_op("*"):
                self.next()
                break
            if self.at_op("{"):
                self.next()
                found = [self.identifier("an imported name").value]
                while self.at_op(","):
                    self.next()
                    if self.at_op("}"):
                        break
                    found.append(self.identifier("an imported name").value)
                self.expect_op("}", "to close the imported names")
                names = tuple(found)
                break
            path.append(self.identifier("a module name").value)
        self.expect_newline("after the use line")
        self.module.uses.append((".".join(path), names, line))

    def parse_export(self) -> None:
        self.next()
        while True:
            tok = self.identifier("an exported name")
            self.module.exports.append((tok.value, tok.line))
            if not self.at_op(","):
                break
            self.next()
        self.expect_newline("after the exported names")

    # ---------------------------------------------------------------- declarations

    def parse_type(self) -> str:
        tok = self.tok
        if self.at_op("["):
            self.next()
            inner = self.parse_type()
            self.expect_op("]", "to close the array type")
            text = f"[{inner}]"
        elif self.at_op("("):
            self.next()
            items: list[str] = []
            while not self.at_op(")"):
                items.append(self.parse_type())
                if not self.at_op(","):
                    break
                self.next()
            self.expect_op(")", "to close the tuple type")
            if not items:
                self.require("unit_type", tok.line)
            text = f"({', '.join(items)})"
        elif tok.kind == "NAME":
            self.next()
            if tok.value == "void":
                self.require("void_result", tok.line)
                return "void"
            text = tok.value
            if self.at_op("<"):
                self.next()
                args = [self.parse_type()]
                while self.at_op(","):
                    self.next()
                    args.append(self.parse_type())
                self.expect_op(">", f"to close the arguments of {tok.value}")
                want = GENERIC_TYPES.get(tok.value)
                if want is None:
                    raise _Stop(tok.line, f"'{tok.value}' takes no type arguments")
                if want != len(args):
                    raise _Stop(tok.line, f"'{tok.value}' takes {want} type argument(s), given {len(args)}")
                text = f"{tok.value}<{', '.join(args)}>"
            elif tok.value in GENERIC_TYPES:
                raise _Stop(tok.line, f"'{tok.value}' needs type arguments: {tok.value}<...>")
            else:
                self.types.append((tok.value, tok.line))
        elif self.at_op("?"):
            self.require("prefix_optional", tok.line)
            raise AssertionError("unreachable")
        else:
            raise _Stop(tok.line, f"expected a type, found {_describe(tok)}")
        if self.at_op("?"):
            self.next()
            text += "?"
        return text

    def parse_signature(self, kind: str) -> Signature:
        name = self.identifier("a function name")
        self.expect_op("(", f"after the name of {name.value}")
        params: list[Param] = []
        seen: set[str] = set()
        defaults = False
        while not self.at_op(")"):
            p = self.identifier("a parameter name")
            self.expect_op(":", f"after parameter '{p.value}' (every parameter has a type)")
            t = self.parse_type()
            has_default = False
            if self.at_op("="):
                self.next()
                self.parse_expr(_Context(None, None, [_Scope({})]))
                has_default = defaults = True
            elif defaults:
                raise _Stop(p.line, f"parameter '{p.value}' has no default but follows one that has")
            if p.value in seen:
                raise _Stop(p.line, f"parameter '{p.value}' appears twice")
            seen.add(p.value)
            params.append(Param(p.value, t, has_default))
            if not self.at_op(","):
                break
            self.next()
        self.expect_op(")", f"to close the parameters of {name.value}")
        result = None
        if self.at_op("->"):
            self.next()
            result = self.parse_type()
        return Signature(name.value, tuple(params), result, name.line, kind)

    def parse_class(self) -> None:
        line = self.next().line
        name = self.identifier("a class name")
        if not name.value[0].isupper():
            raise _Stop(name.line, f"class names start with a capital letter: '{name.value}'")
        self.expect_op(":", f"after 'class {name.value}'")
        self.expect_newline(f"after 'class {name.value}:'")
        if not self.at("INDENT"):
            raise _Stop(self.tok.line, f"expected the indented body of class {name.value}")
        self.next()
        self.declare(name.value, line)
        cls = ClassDecl(name.value, line)
        self.module.classes[name.value] = cls
        if self.at("DOCSTRING"):
            self.next()
            self.expect_newline("after the class docstring")
        bodies: list[tuple[Signature, int]] = []
        while not self.at("DEDENT"):
            tok = self.tok
            if tok.kind == "NEWLINE":
                self.next()
                continue
            kind = None
            if self.at_word("static"):
                self.next()
                if not self.at_word("fn"):
                    raise _Stop(self.tok.line, f"expected 'fn' after 'static', found {_describe(self.tok)}")
                self.next()
                kind = "static"
            elif self.at_word("fn") or self.at_word("me"):
                kind = self.next().value
            if kind is not None:
                sig = self.parse_signature(kind)
                if sig.name in cls.methods or sig.name in cls.fields:
                    self.problems.append((sig.line, f"class {cls.name} defines '{sig.name}' twice"))
                cls.methods[sig.name] = sig
                scope = _Scope({p.name: "param" for p in sig.params})
                self.parse_body(_Context(cls, sig, [scope]), f"{cls.name}.{sig.name}")
                bodies.append((sig, tok.line))
                continue
            if tok.kind == "NAME" and self.peek().kind == "OP" and self.peek().value == ":":
                fname = self.identifier("a field name")
                self.next()
                ftype = self.parse_type()
                self.expect_newline(f"after field '{fname.value}'")
                if fname.value in cls.fields:
                    self.problems.append((fname.line, f"class {cls.name} defines '{fname.value}' twice"))
                cls.fields[fname.value] = ftype
                continue
            if tok.kind == "DOCSTRING":
                raise _Stop(tok.line, "a docstring is only allowed as the first statement of a module, class or function")
            raise _Stop(tok.line, f"expected a field, 'fn', 'me' or 'static fn' in class {cls.name}, found {_describe(tok)}")
        self.next()

    # ---------------------------------------------------------------- blocks and statements

    def parse_body(self, ctx: _Context, what: str) -> None:
        colon = self.expect_op(":", f"after the signature of {what}")
        if not self.at("NEWLINE"):
            self.parse_simple_statement(ctx)  # a one-line body: `fn f() -> i64: 1`
            return
        self.next()
        if not self.at("INDENT"):
            raise _Stop(self.tok.line, f"expected an indented block after ':' on line {colon.line}")
        self.next()
        if self.at("DOCSTRING"):
            self.next()
            self.expect_newline("after the docstring")
        self.parse_statements(ctx)

    def parse_block(self, ctx: _Context, header: str, inline: bool = False) -> None:
        """`: NEWLINE INDENT statements DEDENT`; with `inline`, also `: statement` on the line
        (the bodies of if / elif / else and of match arms)."""
        colon = self.expect_op(":", f"after {header}")
        if inline and not self.at("NEWLINE"):
            ctx.scopes.append(_Scope({}))
            line = self.tok.line
            kind = self.parse_simple_statement(ctx)
            self.require("inline_body" if kind in ("jump", "assign") else "inline_expression_body", line)
            ctx.scopes.pop()
            self.expect_newline("after the one-line body")
            return
        self.expect_newline(f"after '{header}:'")
        if not self.at("INDENT"):
            raise _Stop(self.tok.line, f"expected an indented block after ':' on line {colon.line}")
        self.next()
        ctx.scopes.append(_Scope({}))
        self.parse_statements(ctx)
        ctx.scopes.pop()

    def parse_statements(self, ctx: _Context) -> None:
        """Statements up to and including the DEDENT that ends the block."""
        count = 0
        while not self.at("DEDENT"):
            if self.at("NEWLINE"):
                self.next()
                continue
            if self.at("EOF"):
                raise _Stop(self.tok.line, "the file ends inside a block")
            self.parse_statement(ctx)
            count += 1
        if not count:
            raise _Stop(self.tok.line, "a block needs at least one statement (write pass_do_nothing)")
        self.next()

    def parse_statement(self, ctx: _Context) -> None:
        tok = self.tok
        if tok.kind == "INDENT":
            raise _Stop(tok.line, "unexpected indentation")
        if tok.kind == "DOCSTRING":
            raise _Stop(tok.line, "a docstring is only allowed as the first statement of a module, class or function")
        word = tok.value if tok.kind == "NAME" else None
        if word == "if":
            self.parse_if(ctx)
            return
        if word in ("elif", "else"):
            raise _Stop(tok.line, f"'{word}' without a matching 'if' before it")
        if word == "while":
            self.next()
            self.parse_expr(ctx)
            self.parse_block(ctx, "the condition of 'while'")
            return
        if word == "for":
            self.parse_for(ctx)
            return
        if word == "match" and not (self.peek().kind == "OP" and self.peek().value in ("(", ".", "=")):
            self.parse_match(ctx)
            return
        if word == "loop" and self.peek().kind == "OP" and self.peek().value == ":":
            self.require("loop", tok.line)
            self.next()
            self.parse_block(ctx, "'loop'")
            return
        if word == "with":
            self.require("with", tok.line)
            self.next()
            self.stop_at_as = True  # `with e as name`: `as` names the resource, it is no cast
            try:
                self.parse_expr(ctx)
            finally:
                self.stop_at_as = False
            scope = _Scope({})
            if self.at_word("as"):
                self.next()
                scope.names[self.identifier("the name after 'as'").value] = "val"
            ctx.scopes.append(scope)
            self.parse_block(ctx, "'with ...'")
            ctx.scopes.pop()
            return
        if word == "defer":
            self.require("defer", tok.line)
            self.next()
            self.parse_expr(ctx)
            self.expect_newline("after the deferred expression")
            return
        if word in ("use", "export", "extern", "class"):
            raise _Stop(tok.line, f"'{word}' must be at module level")
        if word == "fn":
            raise _Stop(tok.line, "nested functions are not part of the generated subset")
        self.parse_simple_statement(ctx)
        self.expect_newline("after the statement")

    def parse_if(self, ctx: _Context) -> None:
        """if / elif / else if / else, each body a block or one line (RULES: elif, else_if, inline_body)."""
        self.next()
        self.parse_expr(ctx)
        self.parse_block(ctx, "the condition of 'if'", inline=True)
        while self.at_word("elif") or self.at_word("else"):
            line = self.tok.line
            if self.next().value == "elif":
                self.require("elif", line)
                self.parse_expr(ctx)
                self.parse_block(ctx, "the condition of 'elif'", inline=True)
            elif self.at_word("if"):
                self.require("else_if", line)
                self.next()
                self.parse_expr(ctx)
                self.parse_block(ctx, "the condition of 'else if'", inline=True)
            else:
                self.parse_block(ctx, "'else'", inline=True)
                return

    def parse_for(self, ctx: _Context) -> None:
        """for x in e / for (a, b) in e / for i, x in e (RULES: for_tuple, for_enumerate)."""
        line = self.next().line
        names: list[str] = []
        if self.at_op("("):
            self.require("for_tuple", line)
            self.next()
            names.append(self.identifier("a loop variable").value)
            while self.at_op(","):
                self.next()
                names.append(self.identifier("a loop variable").value)
            self.expect_op(")", "to close the loop variables")
        else:
            names.append(self.identifier("a loop variable").value)
            if self.at_op(","):
                self.require("for_enumerate", line)
                self.next()
                names.append(self.identifier("a loop variable").value)
        if not self.at_word("in"):
            raise _Stop(self.tok.line, f"expected 'in' after 'for {', '.join(names)}', found {_describe(self.tok)}")
        self.next()
        self.parse_expr(ctx)
        ctx.scopes.append(_Scope({n: "for" for n in names}))
        self.parse_block(ctx, f"'for {', '.join(names)} in ...'")
        ctx.scopes.pop()

    def parse_match(self, ctx: _Context) -> None:
        """match e: then `case PATTERN [if GUARD]: body` arms (RULES: match, arm_without_case)."""
        self.require("match", self.next().line)
        self.parse_expr(ctx)
        colon = self.expect_op(":", "after the subject of 'match'")
        self.expect_newline("after 'match ...:'")
        if not self.at("INDENT"):
            raise _Stop(self.tok.line, f"expected the indented arms after ':' on line {colon.line}")
        self.next()
        arms = 0
        while not self.at("DEDENT"):
            if self.at("NEWLINE"):
                self.next()
                continue
            if self.at_word("case"):
                self.next()
            else:
                self.require("arm_without_case", self.tok.line)
            bound = self.parse_pattern()
            ctx.scopes.append(_Scope({n: "val" for n in bound}))
            if self.at_word("if"):
                self.next()
                self.parse_expr(ctx)
            self.parse_block(ctx, "the pattern of a match arm", inline=True)
            ctx.scopes.pop()
            arms += 1
        if not arms:
            raise _Stop(self.tok.line, "a match needs at least one arm")
        self.next()

    def parse_pattern(self) -> list[str]:
        """A match arm's pattern, up to its ':' or guard: literals, `_`, names (which bind),
        constructors (`Ok(v)`, `Color.Red`), tuples and alternatives (`A | B`). Returns the
        names it binds."""
        bound: list[str] = []
        depth = 0
        start = self.tok
        while True:
            tok = self.tok
            if tok.kind in ("NEWLINE", "EOF", "INDENT", "DEDENT"):
                raise _Stop(tok.line, f"expected ':' after the pattern of a match arm, found {_describe(tok)}")
            if depth == 0 and (self.at_op(":") or self.at_word("if")):
                break
            if tok.kind == "OP" and tok.value in "([{":
                depth += 1
            elif tok.kind == "OP" and tok.value in ")]}":
                depth -= 1
            elif tok.kind == "NAME" and tok.value[0].islower() and tok.value not in LITERAL_WORDS and tok.value != "_":
                after = self.peek()
                before = self.tokens[self.pos - 1]
                if not (after.kind == "OP" and after.value in ("(", ".")) and not (before.kind == "OP" and before.value == "."):
                    if tok.value in KEYWORDS:
                        raise _Stop(tok.line, f"unexpected keyword '{tok.value}' in a pattern")
                    bound.append(tok.value)
            self.next()
        if self.tok is start:
            raise _Stop(start.line, "a match arm needs a pattern")
        return bound

    def parse_simple_statement(self, ctx: _Context) -> str:
        """One statement on one line; returns its kind: binding, jump, assign or expression."""
        tok = self.tok
        word = tok.value if tok.kind == "NAME" else None
        if word in ("val", "var"):
            self.next()
            if self.at_op("("):  # val (a, b) = e
                self.require("tuple_binding", tok.line)
                self.next()
                names = [self.identifier(f"a name in a {word}")]
                while self.at_op(","):
                    self.next()
                    names.append(self.identifier(f"a name in a {word}"))
                self.expect_op(")", f"to close the names of the {word}")
            else:
                names = [self.identifier(f"the name of a {word}")]
                if self.at_op(":"):
                    self.next()
                    self.parse_type()
            shown = names[0].value if len(names) == 1 else "(...)"
            self.expect_op("=", f"after '{word} {shown}' (a binding needs a value)")
            self.parse_expr(ctx)
            for name in names:
                ctx.scopes[-1].names[name.value] = word
            return "binding"
        if word == "return":
            self.next()
            if not self.at("NEWLINE") and not self.at("DEDENT"):
                self.parse_expr(ctx)
            return "jump"
        if word in ("break", "continue"):
            self.next()
            return "jump"
        if word in ("pass", "pass_do_nothing", "pass_todo", "pass_dn"):
            self.require("pass_forms", tok.line)
            self.next()
            return "jump"
        if word == "print" and not (self.peek().kind == "OP" and self.peek().value == "("):
            self.require("print_statement", tok.line)
            self.next()  # the statement form: print "text"
            self.parse_expr(ctx)
            return "expression"
        target_start = self.pos
        self.parse_expr(ctx)
        if self.at_op("=") or (self.tok.kind == "OP" and self.tok.value in COMPOUND_ASSIGN):
            if self.tok.value != "=":
                self.require(COMPOUND_ASSIGN[self.tok.value], self.tok.line)
            self.check_assignment(ctx, target_start)
            self.next()
            self.parse_expr(ctx)
            return "assign"
        return "expression"

    def check_assignment(self, ctx: _Context, start: int) -> None:
        target = self.tokens[start : self.pos]
        line = target[0].line
        if len(target) == 1 and target[0].kind == "NAME":
            kind = ctx.lookup(target[0].value)
            if kind == "val":
                self.problems.append((line, f"'{target[0].value}' is a val and cannot be assigned: declare it with var"))
            elif kind in ("param", "for"):
                self.problems.append((line, f"'{target[0].value}' is a {'parameter' if kind == 'param' else 'loop variable'} and cannot be assigned"))
            return
        if target[0].value == "self" and len(target) == 3 and target[1].value == ".":
            method = ctx.method
            if method is not None and method.kind != "me":
                self.problems.append(
                    (line, f"{method.kind} {method.name} assigns self.{target[2].value}: a method that changes its object is declared with 'me'")
                )
            return
        if target[-1].kind == "OP" and target[-1].value == ")":
            raise _Stop(line, "cannot assign to the result of a call")
        if (target[-1].kind == "OP" and target[-1].value == "]") or (len(target) >= 3 and target[-2].value == "."):
            return
        raise _Stop(line, "the left side of '=' is not a name, a field or an element")

    # ---------------------------------------------------------------- expressions

    def parse_expr(self, ctx: _Context) -> None:
        self.parse_binary(ctx, 0)

    # Lowest first, as the self-hosted parser orders them (parser_expr.spl: parse_or, parse_and,
    # parse_not, parse_comparison, parse_null_coalesce, parse_range, parse_addition,
    # parse_multiplication): `??` binds tighter than comparisons, ranges tighter than `??`.
    LEVELS: tuple[tuple[str, ...], ...] = (
        ("or",),
        ("and",),
        ("==", "!=", "<", "<=", ">", ">="),
        ("??",),
        ("..", "..="),
        ("+", "-"),
        ("*", "/", "%"),
    )

    NOT_LEVEL = 2  # `not` binds looser than comparisons, tighter than `and` (parse_not)
    RULE_OF = {"??": "null_coalesce", "..": "range", "..=": "range"}

    def parse_binary(self, ctx: _Context, level: int) -> None:
        if level == len(self.LEVELS):
            self.parse_unary(ctx)
            return
        if level == self.NOT_LEVEL and self.at_word("not"):
            self.next()
            self.parse_binary(ctx, level)
            return
        self.parse_binary(ctx, level + 1)
        while self.tok.value in self.LEVELS[level] and self.tok.kind in ("OP", "NAME"):
            if self.tok.value in self.RULE_OF:
                self.require(self.RULE_OF[self.tok.value], self.tok.line)
            self.next()
            if self.at("NEWLINE"):
                raise _Stop(self.tok.line, "an expression ends in an operator")
            self.parse_binary(ctx, level + 1)

    def parse_unary(self, ctx: _Context) -> None:
        if self.at_op("-"):
            self.next()
            self.parse_unary(ctx)
            return
        self.parse_postfix(ctx)

    def parse_postfix(self, ctx: _Context) -> None:
        start = self.tok
        chain = self.parse_primary(ctx)  # a plain name, "self", a class name or None
        method: Token | None = None  # the member just read, when the chain was lost on it
        while True:
            if self.at_op("("):
                positional, named = self.parse_arguments(ctx)
                if chain is None and method is not None:
                    self.module.value_calls.append((method.value, positional, named, method.line))
                method = None
                if chain is not None:
                    caller = ctx.method.kind if ctx.method is not None else None
                    cls = ctx.cls.name if ctx.cls else None
                    within = None if ctx.method is None else (f"{cls}.{ctx.method.name}" if cls else ctx.method.name)
                    self.calls.append(_Call(chain, positional, named, start.line, cls, caller, within))
                chain = None
            elif self.at_op("."):
                self.next()
                member = self.tok
                if member.kind != "NAME":
                    raise _Stop(member.line, f"expected a member name after '.', found {_describe(member)}")
                self.next()
                if chain == "self" and ctx.cls is not None and not self.at_op("("):
                    self.members.append((ctx.cls.name, member.value, member.line))
                # self.x and Class.x stay tracked (classes may be declared further down)
                if chain is not None and "." not in chain and (chain == "self" or chain[0].isupper()):
                    chain = f"{chain}.{member.value}"
                    method = None
                else:
                    chain = None
                    method = member
            elif self.at_op("["):
                self.next()
                self.parse_expr(ctx)
                self.expect_op("]", "to close the index")
                chain = method = None
            elif self.at_op("?"):
                self.next()  # try (`x?`), or optional chaining when a `.` follows (`x?.y`)
                chain = method = None
            elif self.at_word("as") and not self.stop_at_as:
                self.next()
                self.parse_type()
                chain = method = None
            else:
                return

    def parse_arguments(self, ctx: _Context) -> tuple[int, tuple[str, ...]]:
        self.next()
        positional, named = 0, []
        while not self.at_op(")"):
            if self.tok.kind == "NAME" and self.peek().kind == "OP" and self.peek().value == ":":
                name = self.identifier("an argument name")
                self.next()
                if name.value in named:
                    raise _Stop(name.line, f"argument '{name.value}' is given twice")
                named.append(name.value)
            elif named:
                raise _Stop(self.tok.line, "a positional argument follows a named one")
            else:
                positional += 1
            self.parse_expr(ctx)
            if not self.at_op(","):
                break
            self.next()
        self.expect_op(")", "to close the arguments")
        return positional, tuple(named)

    def parse_primary(self, ctx: _Context) -> str | None:
        tok = self.tok
        if tok.kind in ("NUMBER",):
            if NUMBER_SUFFIX.search(tok.value) and not tok.value.startswith("0x"):
                self.require("typed_literal", tok.line)
            self.next()
            return None
        if tok.kind == "OP" and tok.value in ("\\", "|") or (tok.kind == "NAME" and tok.value == "fn" and self.peek().value == "("):
            self.parse_lambda(ctx)
            return None
        if tok.kind == "NAME" and tok.value == "if":
            self.parse_if_expression(ctx)
            return None
        if tok.kind == "STRING":
            self.next()
            for source, line in tok.parts:
                self.interpolation(source, line, ctx)
            return None
        if tok.kind == "OP" and tok.value == "(":
            self.next()
            if self.at_op(")"):
                self.next()
                return None  # ()
            self.parse_expr(ctx)
            while self.at_op(","):
                self.next()
                self.parse_expr(ctx)
            self.expect_op(")", "to close the parenthesis")
            return None
        if tok.kind == "OP" and tok.value == "[":
            self.next()
            while not self.at_op("]"):
                self.parse_expr(ctx)
                if not self.at_op(","):
                    break
                self.next()
            self.expect_op("]", "to close the array")
            return None
        if tok.kind == "NAME":
            if tok.value in LITERAL_WORDS:
                self.next()
                return None
            if tok.value == "self":
                self.next()
                if ctx.cls is None:
                    self.problems.append((tok.line, "'self' outside a class"))
                elif ctx.method is not None and ctx.method.kind == "static":
                    self.problems.append((tok.line, f"'self' in static fn {ctx.method.name}"))
                return "self"
            if tok.value in BUILTINS:
                self.next()
                return tok.value
            if tok.value in KEYWORDS:
                raise _Stop(tok.line, f"unexpected keyword '{tok.value}' in an expression")
            self.next()
            known = ctx.lookup(tok.value) is not None
            self.names.append(_NameUse(tok.value, tok.line, known))
            return None if known else tok.value
        raise _Stop(tok.line, f"expected an expression, found {_describe(tok)}")

    def parse_lambda(self, ctx: _Context) -> None:
        """\\x, y: e (RULES["backslash_lambda"]), fn(x): e ("fn_lambda"), |x| e ("pipe_lambda")."""
        tok = self.next()
        names: list[str] = []
        if tok.value == "\\":
            self.require("backslash_lambda", tok.line)
            while not self.at_op(":"):
                names.append(self.identifier("a lambda parameter").value)
                if not self.at_op(","):
                    break
                self.next()
            self.expect_op(":", "after the lambda's parameters")
        else:
            self.require("fn_lambda" if tok.value == "fn" else "pipe_lambda", tok.line)
            if tok.value == "fn":
                self.expect_op("(", "after 'fn' in a lambda")
            close = ")" if tok.value == "fn" else "|"
            while not self.at_op(close):
                names.append(self.identifier("a lambda parameter").value)
                if not self.at_op(","):
                    break
                self.next()
            self.expect_op(close, "to close the lambda's parameters")
            if tok.value == "fn":
                self.expect_op(":", "after the lambda's parameters")
        ctx.scopes.append(_Scope({n: "param" for n in names}))
        self.parse_expr(ctx)
        ctx.scopes.pop()

    def parse_if_expression(self, ctx: _Context) -> None:
        """if c: a else: b, on one line (RULES["if_expression"]); `elif` / `else if` chain."""
        self.require("if_expression", self.next().line)
        self.parse_expr(ctx)
        self.expect_op(":", "after the condition of an 'if' expression")
        self.parse_expr(ctx)
        if self.at_word("elif"):
            self.parse_if_expression(ctx)
            return
        if not self.at_word("else"):
            raise _Stop(self.tok.line, "an 'if' expression needs 'else: value'")
        line = self.next().line
        if self.at_word("if"):
            self.require("else_if", line)
            self.parse_if_expression(ctx)
            return
        self.expect_op(":", "after 'else' in an 'if' expression")
        self.parse_expr(ctx)

    def interpolation(self, source: str, line: int, ctx: _Context) -> None:
        try:
            tokens = tokenize(source)
        except _Stop as stop:
            raise _Stop(line, f"in an interpolation: {stop.message}") from None
        tokens = [Token(t.kind, t.value, line, t.parts) for t in tokens]
        sub = _Parser(tokens, self.module, self.grammar)
        sub.parse_expr(ctx)
        if not sub.at("NEWLINE"):
            raise _Stop(line, f"in an interpolation: unexpected {_describe(sub.tok)}")
        self.calls += sub.calls
        self.names += sub.names
        self.members += sub.members
        self.problems += sub.problems
        self.types += sub.types


# --------------------------------------------------------------------------- name checks


def _arity_problem(what: str, sig: Signature, positional: int, named: tuple[str, ...]) -> str | None:
    names = [p.name for p in sig.params]
    unknown = [n for n in named if n not in names]
    if unknown:
        return f"{what} has no parameter '{unknown[0]}'"
    given = positional + len(named)
    least, most = sig.arity
    if not least <= given <= most:
        takes = f"{least}" if least == most else f"{least} to {most}"
        return f"{what} takes {takes} argument{'' if most == 1 else 's'}, given {given}"
    return None


def _resolve(
    parser: _Parser, imported: dict[str, Signature], host: Module | None = None, imported_classes: Mapping[str, ClassDecl] | None = None
) -> list[tuple[int, str]]:
    m = parser.module
    problems = list(parser.problems)
    classes = {**(host.classes if host is not None else {}), **(imported_classes or {}), **m.classes}
    for name, line in parser.types:
        if name not in PRIMITIVE_TYPES and name not in classes:
            problems.append((line, f"unknown type '{name}'"))
    module_names = set(m.functions) | set(m.externs) | set(classes) | set(imported) | set(m.values)
    for use in parser.names:
        if not use.known and use.name not in module_names:
            problems.append((use.line, f"unknown name '{use.name}'"))
    for call in parser.calls:
        head, _, member = call.callee.partition(".")
        if not member:
            if call.callee in BUILTINS:
                bounds = BUILTINS[call.callee]
                given = call.positional + len(call.named)
                if bounds is not None and not bounds[0] <= given <= bounds[1]:
                    problems.append((call.line, f"{call.callee} takes {bounds[0]} argument, given {given}"))
                continue
            m.calls.add(call.callee)
            if call.within is not None:
                m.calls_in.setdefault(call.within, set()).add(call.callee)
            if call.callee in classes:
                cls = classes[call.callee]
                if call.positional:
                    problems.append((call.line, f"construct {cls.name} with named fields: {cls.name}(field: value, ...)"))
                    continue
                missing = [f for f in cls.fields if f not in call.named]
                extra = [n for n in call.named if n not in cls.fields]
                if extra:
                    problems.append((call.line, f"class {cls.name} has no field '{extra[0]}'"))
                elif missing:
                    problems.append((call.line, f"{cls.name}(...) leaves field '{missing[0]}' unset"))
                continue
            sig = m.functions.get(call.callee) or m.externs.get(call.callee) or imported.get(call.callee)
            if sig is None:
                continue  # reported as an unknown name
            label = f"extern fn {call.callee}" if sig.kind == "extern" else f"fn {call.callee}"
            problem = _arity_problem(label, sig, call.positional, call.named)
            if problem:
                problems.append((call.line, problem))
            continue
        owner = m.classes.get(call.cls or "") if head == "self" else classes.get(head)
        if owner is None:
            continue  # 'self' outside a class (reported already), or a method of a value
        msig = owner.methods.get(member)
        if head != "self":
            if msig is None or msig.kind != "static":
                problems.append((call.line, f"class {owner.name} has no static fn '{member}'"))
                continue
        elif msig is None:
            problems.append((call.line, f"class {owner.name} has no method '{member}'"))
            continue
        elif msig.kind == "static":
            problems.append((call.line, f"{owner.name}.{member} is a static fn: call it as {owner.name}.{member}(...)"))
            continue
        elif msig.kind == "me" and call.caller == "fn":
            problems.append((call.line, f"a fn calls me {member} on self: a method that changes its object is declared with 'me'"))
            continue
        problem = _arity_problem(f"{owner.name}.{member}", msig, call.positional, call.named)
        if problem:
            problems.append((call.line, problem))
    for cls_name, member, line in parser.members:
        decl = m.classes[cls_name]
        if member not in decl.fields and member not in decl.methods:
            problems.append((line, f"class {cls_name} has no member '{member}'"))
    defined = set(m.functions) | set(m.externs) | set(m.classes) | set(m.values)
    for name, line in m.exports:
        if name not in defined:
            problems.append((line, f"export of '{name}', which this module does not define"))
    return problems


# --------------------------------------------------------------------------- entry points


def parse(
    text: str,
    path: str = "<text>",
    modules: Mapping[str, Module] | None = None,
    host: Module | None = None,
    grammar: str = BOTH,
) -> tuple[Module, list[Problem]]:
    """Parses and checks one file. `modules` resolves `use` lines (module path -> Module). With
    `host`, the file is a fragment of that module: names it does not define (functions, externs,
    classes) resolve there. `grammar` is BOTH (what both of Simple's parsers accept: every
    generated file is checked so) or EITHER (what at least one accepts)."""
    if grammar not in GRAMMARS:
        raise ValueError(f"grammar is one of {GRAMMARS}, not {grammar!r}")
    module = Module(path)
    try:
        tokens = tokenize(text)
        parser = _Parser(tokens, module, grammar)
        parser.parse_module()
    except _Stop as stop:
        return module, [Problem(path, stop.line, stop.message)]
    imported: dict[str, Signature] = {}
    imported_classes: dict[str, ClassDecl] = {}
    problems: list[tuple[int, str]] = []
    for name, names, line in module.uses:
        source = (modules or {}).get(name)
        if source is None:
            problems.append((line, f"cannot resolve module '{name}'"))
            continue
        public = {**source.externs, **source.functions}
        wanted = names if names is not None else tuple(n for n in (*public, *source.classes) if n in source.exported)
        for n in wanted:
            if n in source.classes and n in source.exported:
                imported_classes[n] = source.classes[n]  # an exported class: its type, constructor and static fns
                continue
            if n not in public or n not in source.exported:
                problems.append((line, f"'{n}' is not exported by {name}"))
                continue
            imported[n] = public[n]
    if host is not None:
        for hosted in (host.externs, host.functions):
            for n, sig in hosted.items():
                imported.setdefault(n, sig)
    problems += _resolve(parser, imported, host, imported_classes)
    return module, sorted(Problem(path, line, message) for line, message in set(problems))


def check_files(paths: Iterable[Path], module_paths: Mapping[str, Path] | None = None) -> list[Problem]:
    """Checks files; `module_paths` maps module names used in `use` lines to files."""
    modules: dict[str, Module] = {}
    problems: list[Problem] = []
    for name, p in (module_paths or {}).items():
        module, found = parse(p.read_text(), str(p))
        modules[name] = module
        problems += found
    for p in paths:
        if any(p == q for q in (module_paths or {}).values()):
            continue
        problems += parse(p.read_text(), str(p), modules)[1]
    return problems


def main(argv: list[str] | None = None) -> int:
    """Checks generated/simple/ffi.spl and mod.spl, or the files given; `use lib.torch.ffi`
    resolves to the ffi.spl next to the checked file."""
    args = sys.argv[1:] if argv is None else argv
    paths = [Path(a) for a in args] or [Path("generated/simple/ffi.spl"), Path("generated/simple/mod.spl")]
    problems: list[Problem] = []
    for p in paths:
        ffi = p.with_name("ffi.spl")
        modules = {"lib.torch.ffi": parse(ffi.read_text(), str(ffi))[0]} if ffi.exists() and ffi != p else {}
        problems += parse(p.read_text(), str(p), modules)[1]
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
