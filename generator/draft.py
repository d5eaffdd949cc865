"""Draft catalogue entries from PyTorch's operator schemas (`sffi-gen draft`).

The pinned torch wheel ships ATen's schemas in torchgen/packaged/ATen/native/native_functions.yaml.
For each operator asked for, this module reads its schema, converts it into the catalogue's
vocabulary (generator/types.py), names the entry by the naming rule (generator/naming.py), takes
the summary and parameter docs from the docstring of its Python counterpart, and writes the entry
as YAML in the catalogue's style, with `# REVIEW:` comment lines above it for what a person must
still decide. Nothing is printed or written unless the catalogue with the drafts added validates.

The docstrings come through a lookup function (`DocLookup`) so that this module never imports
torch itself: `sffi-gen draft` imports torch and passes one in. docs/draft.md describes the
mapping rules.
"""

from __future__ import annotations

import difflib
import functools
import importlib.util
import inspect
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import yaml

from . import keywords, naming
from .errors import SpecError
from .loader import load_catalogue
from .model import PREFIX, ApiSnapshot, Catalogue
from .pytorch_api import public_version
from .runtime import RUNTIME
from .types import SCHEMA_TYPE, EnumDef, parse_type

# A qualified PyTorch name (torch.sin, torch.Tensor.mul_) -> its docstring, or None.
DocLookup = Callable[[str], "str | None"]

NATIVE_FUNCTIONS = ("packaged", "ATen", "native", "native_functions.yaml")
# How the drafted entries are indented under the catalogue's `functions:` when it has none yet.
ENTRY_INDENT = 2
# Python namespaces a user may name an operator by, and the prefix ATen gives those operators.
NAMESPACES: dict[str, str] = {
    "nn.functional": "",
    "linalg": "linalg_",
    "special": "special_",
    "fft": "fft_",
}
# Where the Python counterpart of an operator in each `python_module` lives.
PYTHON_MODULES: dict[str, str] = {
    "nn": "torch.nn.functional",
    "linalg": "torch.linalg",
    "special": "torch.special",
    "fft": "torch.fft",
}
# Arguments left out of every draft (the bridge passes PyTorch's default): they choose memory
# layouts, pinning and random generators, which the binding does not expose. (A MemoryFormat is
# kept, as the catalogue's `memory_format` enum, where the catalogue declares one and the runtime
# converts it: sffi::memory_format_arg.)
ALWAYS_LEFT_OUT = {"Layout", "MemoryFormat", "Generator"}
# C++ for a left-out argument that must still be passed (one kept after it, or an unpacked
# TensorOptions overload, whose C++ signature has no defaults).
CPP_DEFAULTS = {
    "None": "::std::nullopt",
    "contiguous_format": "at::MemoryFormat::Contiguous",
    "strided": "at::kStrided",
}
# ATen's `int reduction` argument takes these at::Reduction values.
REDUCTIONS = {"none": "None", "mean": "Mean", "sum": "Sum"}
# ScalarType defaults as the schemas spell them -> the catalogue's dtype names.
DTYPE_NAMES = {
    "long": "int64",
    "int": "int32",
    "short": "int16",
    "char": "int8",
    "byte": "uint8",
    "float": "float32",
    "double": "float64",
    "half": "float16",
    "bfloat16": "bfloat16",
    "bool": "bool",
    "cfloat": "complex64",
    "cdouble": "complex128",
}
# The docs of what the docstring does not describe: a person writes them (the YAML stays valid).
PLACEHOLDER = "REVIEW: describe {name} (no match in the docstring of {source})."
SUMMARY_PLACEHOLDER = "REVIEW: write a one-line summary of {op}."


class DraftError(Exception):
    """A draft cannot be made or does not validate; carries one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


# --------------------------------------------------------------------------- schemas


@dataclass(frozen=True)
class SchemaArg:
    """One argument of a native_functions.yaml schema, as written there."""

    type: str  # e.g. "Tensor(a!)", "SymInt[1]", "Scalar?"
    name: str
    default: str | None  # the default as written ("None", "[]", "'none'"), or None when there is none
    keyword_only: bool

    @property
    def annotation(self) -> str | None:
        m = SCHEMA_TYPE.match(self.type)
        return m.group("alias") if m else None

    @property
    def mutable(self) -> bool:
        return "!" in (self.annotation or "")


@dataclass(frozen=True)
class SchemaReturn:
    type: str
    name: str | None


@dataclass(frozen=True)
class OpSchema:
    """One overload of an operator, with the facts of its native_functions.yaml entry."""

    op: str  # "sum", "mul_"
    overload: str  # "dim_IntList"; "" for the default overload
    args: tuple[SchemaArg, ...]
    returns: tuple[SchemaReturn, ...]
    variants: frozenset[str]  # "function", "method"
    python_module: str | None
    tags: frozenset[str]
    cpp_no_default_args: frozenset[str]
    manual_cpp_binding: bool
    func: str  # the schema as written

    @property
    def full_name(self) -> str:
        return f"{self.op}.{self.overload}" if self.overload else self.op

    @property
    def in_place(self) -> bool:
        return self.op.endswith("_") and not self.op.startswith("_")

    @property
    def is_out(self) -> bool:
        """An out= overload: it writes into tensors passed as keyword-only arguments."""
        return (
            self.overload == "out"
            or self.overload.endswith("_out")
            or any(a.keyword_only and a.mutable for a in self.args)
        )


_ARG = re.compile(r"^(?P<type>.+?)\s+(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:=(?P<default>.*))?$")
_FUNC = re.compile(r"^(?P<name>[A-Za-z0-9_]+)(?:\.(?P<overload>[A-Za-z0-9_]+))?\((?P<args>.*)\)\s*->\s*(?P<returns>.+)$")


def _split_top(text: str) -> list[str]:
    """Splits at commas outside brackets, parentheses and quotes."""
    parts: list[str] = []
    depth = 0
    quote: str | None = None
    current: list[str] = []
    escaped = False
    for ch in text:
        if quote is not None:
            current.append(ch)
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == quote:
                quote = None
            continue
        if ch in "'\"":
            quote = ch
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
            continue
        current.append(ch)
    tail = "".join(current).strip()
    if tail:
        parts.append(tail)
    return parts


def parse_func(func: str) -> tuple[str, str, tuple[SchemaArg, ...], tuple[SchemaReturn, ...]]:
    """`sum.dim_IntList(Tensor self, ...) -> Tensor` -> (op, overload, args, returns)."""
    m = _FUNC.match(func.strip())
    if m is None:
        raise ValueError(f"not a schema: {func!r}")
    args: list[SchemaArg] = []
    keyword_only = False
    for part in _split_top(m["args"]):
        if part == "*":
            keyword_only = True
            continue
        a = _ARG.match(part)
        if a is None:
            raise ValueError(f"{func!r}: cannot read argument {part!r}")
        args.append(SchemaArg(a["type"].strip(), a["name"], a["default"], keyword_only))
    text = m["returns"].strip()
    returns: list[SchemaReturn] = []
    if text.startswith("("):
        inner = text[1:-1].strip()
        for part in _split_top(inner):
            r = _ARG.match(part)
            returns.append(SchemaReturn(r["type"].strip(), r["name"]) if r else SchemaReturn(part, None))
    else:
        r = _ARG.match(text)
        returns.append(SchemaReturn(r["type"].strip(), r["name"]) if r else SchemaReturn(text, None))
    return m["name"], m["overload"] or "", tuple(args), tuple(returns)


def native_functions_path() -> Path:
    """native_functions.yaml of the installed torch (shipped in its torchgen package)."""
    spec = importlib.util.find_spec("torchgen")
    if spec is None or spec.origin is None:
        raise DraftError(["torchgen is not installed (it ships in the torch wheel: pip install -e '.[dev]')"])
    path = Path(spec.origin).parent.joinpath(*NATIVE_FUNCTIONS)
    if not path.is_file():
        raise DraftError([f"{path} not found: this torch wheel does not ship ATen's schemas"])
    return path


def _as_set(value: object) -> frozenset[str]:
    if isinstance(value, str):
        return frozenset(v.strip() for v in value.split(",") if v.strip())
    if isinstance(value, list):
        return frozenset(str(v) for v in value)
    return frozenset()


def load_schemas(path: Path) -> dict[str, OpSchema]:
    """Every schema of native_functions.yaml by its full name (op or op.overload), in file order
    (read once per file version in a process)."""
    stat = path.stat()
    return dict(_load_schemas(str(path.resolve()), stat.st_mtime_ns, stat.st_size))


@functools.lru_cache(maxsize=2)
def _load_schemas(path_text: str, mtime_ns: int, size: int) -> dict[str, OpSchema]:
    path = Path(path_text)
    loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    entries = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    out: dict[str, OpSchema] = {}
    for entry in entries if isinstance(entries, list) else ():
        if not isinstance(entry, dict) or not isinstance(entry.get("func"), str):
            continue
        op, overload, args, returns = parse_func(entry["func"])
        schema = OpSchema(
            op=op,
            overload=overload,
            args=args,
            returns=returns,
            variants=_as_set(entry.get("variants", "function")),
            python_module=entry.get("python_module"),
            tags=_as_set(entry.get("tags", [])),
            cpp_no_default_args=_as_set(entry.get("cpp_no_default_args", [])),
            manual_cpp_binding=bool(entry.get("manual_cpp_binding", False)),
            func=entry["func"],
        )
        out[schema.full_name] = schema
    return out


def resolve(request: str, schemas: dict[str, OpSchema]) -> list[OpSchema]:
    """The schemas one command-line operator names.

    `op` is the default overload (the one without an overload name); `op.overload` one schema;
    `op.*` every overload that is not an out= one. A Python namespace may come first:
    `nn.functional.gelu` is ATen's gelu, `linalg.vector_norm` is linalg_vector_norm (also
    `special.`, `fft.`, and all of these after `torch.`).
    """
    text = request.strip()
    if text.startswith("torch."):
        text = text[len("torch.") :]
    for namespace, prefix in NAMESPACES.items():
        if text.startswith(namespace + "."):
            text = prefix + text[len(namespace) + 1 :]
            break
    op, _, overload = text.partition(".")
    overloads = [s for s in schemas.values() if s.op == op]
    if not overloads:
        close = difflib.get_close_matches(op, sorted({s.op for s in schemas.values()}), n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
        raise DraftError([f"{request}: no operator '{op}' in native_functions.yaml{hint}"])
    usable = [s.full_name for s in overloads if not s.is_out]
    if overload == "*":
        return [s for s in overloads if not s.is_out]
    schema = schemas.get(f"{op}.{overload}" if overload else op)
    if schema is None:
        what = f"no overload '{overload}'" if overload else "no default overload"
        raise DraftError([f"{request}: '{op}' has {what}; name one of: {', '.join(usable) or 'none (all are out= overloads)'}"])
    if schema.is_out:
        raise DraftError(
            [
                f"{request}: '{schema.full_name}' is an out= overload (it writes into a tensor passed as out=); "
                f"out= overloads are never drafted, entries return new tensors: draft one of {', '.join(usable)}"
            ]
        )
    return [schema]


# --------------------------------------------------------------------------- docstrings


_ROLE = re.compile(r":[a-z]+:`([^`]*)`")
_SIGNATURE = re.compile(r"^\s*[\w.]+\(.*\)\s*(->.*)?$")
_SECTION = re.compile(r"^(Args|Arguments|Parameters|Keyword args|Keyword arguments)\s*:\s*$", re.IGNORECASE)
_ARG_ENTRY = re.compile(r"^(?P<name>\*{0,2}[A-Za-z_][A-Za-z0-9_]*)\s*(?:\((?P<kind>[^)]*)\))?\s*:\s*(?P<text>.*)$")
_LOOSE_ENTRY = re.compile(r"^(?P<name>\*{0,2}[A-Za-z_][A-Za-z0-9_]*)\b[^:]*:\s*(?P<text>.*)$")
_REFERENCE = re.compile(r"^(?:See|Alias for|Alias of|In-place version of|Out-of-place version of)\s+:[a-z]+:`~?([\w.]+)`")


def _role_text(m: re.Match[str]) -> str:
    content = m.group(1).strip()
    target = re.search(r"^(.*?)\s*<([^>]*)>$", content)
    if target is not None:
        content = target.group(1).strip() or target.group(2).strip()
    return content.lstrip("~!")


def clean_rest(text: str) -> str:
    """reST markup out of docstring text: roles, literals, links, math, escapes; whitespace collapsed."""
    text = _ROLE.sub(_role_text, text)
    text = re.sub(r"``(.+?)``", r"\1", text)
    text = re.sub(r"`([^`<]*?)\s*<[^>]*>`_{1,2}", r"\1", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    text = re.sub(r"\\frac\{([^}]*)\}\{([^}]*)\}", r"\1/\2", text)
    text = re.sub(r"\\text\{([^}]*)\}", r"\1", text)
    text = re.sub(r"\\(?:mathrm|operatorname|mathbf)\{([^}]*)\}", r"\1", text)
    text = re.sub(r"\\([A-Za-z]+)", r"\1", text)
    text = text.replace("\\ ", "").replace("\\", "")
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "vs.", "resp.", "approx.", "cf.")


def _sentence(text: str) -> str:
    """The first sentence, capitalised and ending in a full stop."""
    first = text
    for m in re.finditer(r"[.!?](?=\s+\S)", text):
        word = text[: m.end()].rsplit(None, 1)[-1].lower()
        if word.endswith(_ABBREVIATIONS) or re.fullmatch(r"[a-z]\.", word):
            continue
        first = text[: m.end()]
        break
    first = first.strip().rstrip(":;,").strip()
    if not first:
        return ""
    first = first[0].upper() + first[1:]
    return first if first.endswith((".", "!", "?")) else first + "."


def _join(lines: list[str]) -> str:
    """Docstring lines as one line; a word hyphenated at a line end is joined again (row-by-col)."""
    text = ""
    for line in (line.strip() for line in lines):
        if not text:
            text = line
        elif re.search(r"[A-Za-z]-$", text):
            text += line
        else:
            text += " " + line
    return text


def _doc_blocks(doc: str) -> list[list[str]]:
    """A docstring cut at `.. function::` directives (one block per documented signature)."""
    blocks: list[list[str]] = [[]]
    for line in inspect.cleandoc(doc).splitlines():
        stripped = line.strip()
        if stripped.startswith(".. function::"):
            blocks.append([stripped[len(".. function::") :].strip()])
        elif stripped == ":noindex:":
            continue
        else:
            blocks[-1].append(line)
    return [b for b in blocks if any(line.strip() for line in b)]


def _signature_names(block: list[str]) -> set[str]:
    for line in block:
        if line.strip():
            m = re.match(r"^\s*[\w.]+\((.*)\)", line)
            if m is None:
                return set()
            names = {re.split(r"[=\s:]", p.strip().lstrip("*"), maxsplit=1)[0] for p in m.group(1).split(",")}
            return {n for n in names if n}
    return set()


def _paragraphs(block: list[str]) -> list[tuple[int, list[str]]]:
    """(indent of the first line, lines) per paragraph."""
    out: list[tuple[int, list[str]]] = []
    current: list[str] = []
    for line in block + [""]:
        if line.strip():
            current.append(line)
        elif current:
            out.append((len(current[0]) - len(current[0].lstrip()), current))
            current = []
    return out


@dataclass(frozen=True)
class DocFacts:
    """What a docstring gives a draft."""

    source: str  # the PyTorch name it came from
    summary: str | None
    args: dict[str, str]
    reference: str | None = None  # "See :func:`torch.sin`": where the real text is
    see_also: str | None = None  # "See :class:`~torch.nn.ELU` for more details": a class with Args


def read_doc(doc: str, source: str, names: set[str]) -> DocFacts:
    """The summary and the Args entries of a docstring, for the signature that best matches `names`."""
    blocks = _doc_blocks(doc)
    if not blocks:
        return DocFacts(source, None, {})
    block = max(blocks, key=lambda b: (len(_signature_names(b) & names) - len(_signature_names(b) - names), -blocks.index(b)))
    summary: str | None = None
    reference: str | None = None
    for indent, lines in _paragraphs(block):
        first = lines[0].strip()
        if len(lines) == 1 and _SIGNATURE.match(first) or first.startswith(".. ") or _SECTION.match(first) or indent > 0:
            continue
        if first.endswith("::") and len(lines) == 1:
            continue
        ref = _REFERENCE.match(first)
        if ref is not None:
            reference = ref.group(1)
        summary = _sentence(clean_rest(_join(lines)))
        break
    see = re.search(r":class:`~?(torch\.nn\.[A-Za-z0-9_]+)`", "\n".join(block))
    return DocFacts(source, summary or None, _doc_args(block), reference, see.group(1) if see else None)


def _doc_args(block: list[str]) -> dict[str, str]:
    """Args / Keyword args entries: name -> description (reST cleaned, one line)."""
    out: dict[str, str] = {}
    i = 0
    while i < len(block):
        line = block[i]
        if not _SECTION.match(line.strip()):
            i += 1
            continue
        section_indent = len(line) - len(line.lstrip())
        i += 1
        entry_indent: int | None = None
        name: str | None = None
        text: list[str] = []
        while i < len(block):
            line = block[i]
            if not line.strip():
                i += 1
                continue
            indent = len(line) - len(line.lstrip())
            if indent <= section_indent:
                break
            m = _ARG_ENTRY.match(line.strip())
            if m is None and entry_indent is not None and indent <= entry_indent:
                m = _LOOSE_ENTRY.match(line.strip())  # "name (int) or (list(int)): text"
            if m is not None and (entry_indent is None or indent <= entry_indent):
                if name is not None:
                    out.setdefault(name, _join(text))
                entry_indent = indent
                name = m["name"].lstrip("*")
                text = [m["text"].strip()]
            elif line.strip().startswith(".. "):
                if name is not None:
                    out.setdefault(name, _join(text))
                name = None  # a directive (.. warning::) ends the entry's own text
            elif name is not None:
                text.append(line.strip())
            i += 1
        if name is not None:
            out.setdefault(name, _join(text))
    return {k: _param_doc(v) for k, v in out.items() if _param_doc(v)}


def _param_doc(text: str) -> str:
    cleaned = clean_rest(text)
    if not cleaned:
        return ""
    cleaned = cleaned[0].upper() + cleaned[1:]
    return cleaned if cleaned.endswith((".", "!", "?")) else cleaned.rstrip(":;, ") + "."


def gather_docs(sources: list[str], lookup: DocLookup, names: set[str]) -> DocFacts | None:
    """Docs from the first of `sources` that has a docstring, following "See torch.X" and
    "In-place version of X" references (up to three) for the parts it lacks."""
    first = next(((s, raw) for s in sources if (raw := lookup(s))), None)
    if first is None:
        return None
    source, raw = first
    facts = read_doc(raw, source, names)
    summary, args, seen = facts.summary, dict(facts.args), {source}
    ref = facts.reference
    for _ in range(3):
        if ref is None:
            break
        target = ref if ref.startswith("torch.") else f"torch.{ref}"
        more_raw = lookup(target) if target not in seen else None
        if not more_raw:
            break
        seen.add(target)
        more = read_doc(more_raw, target, names)
        if summary is None or summary.startswith("See "):
            summary = more.summary or summary
        for k, v in more.args.items():
            args.setdefault(k, v)
        ref = more.reference
    if facts.see_also is not None and not args.keys() - {"input", "self"} and (more_raw := lookup(facts.see_also)):
        for k, v in read_doc(more_raw, facts.see_also, names).args.items():
            args.setdefault(k, v)
    return DocFacts(source, summary, args)


# --------------------------------------------------------------------------- YAML text


def _format_float(value: float) -> str:
    if value != value:
        return ".nan"
    if value in (float("inf"), float("-inf")):
        return ".inf" if value > 0 else "-.inf"
    text = repr(value)
    if "e" in text:
        mantissa, exponent = text.split("e")
        if "." not in mantissa:
            mantissa += ".0"
        if exponent[0] not in "+-":
            exponent = "+" + exponent
        return f"{mantissa}e{exponent}"
    return text


def yaml_scalar(value: object, flow: bool = True) -> str:
    """A value as a YAML scalar (in a flow mapping, or a block one with flow=False) that reads
    back as itself, quoted only when it must be: double quotes, or single ones around text with
    double quotes in it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _format_float(value)
    if isinstance(value, list):
        return "[" + ", ".join(yaml_scalar(v) for v in value) + "]"
    text = str(value)
    if text and text == text.strip() and "\n" not in text:
        probe = f"{{k: {text}}}" if flow else f"k: {text}"
        try:
            if yaml.safe_load(probe) == {"k": text}:
                return text
        except yaml.YAMLError:
            pass
    if '"' in text and "'" not in text and "\n" not in text:
        return f"'{text}'"
    return json.dumps(text, ensure_ascii=False)


def _flow(items: list[tuple[str, object]]) -> str:
    return "{" + ", ".join(f"{k}: {yaml_scalar(v)}" for k, v in items) + "}"


# --------------------------------------------------------------------------- drafting


@dataclass
class DraftParam:
    name: str
    type: str  # catalogue spelling
    doc: str
    default: object = None
    has_default: bool = False
    keyword_only: bool = False


@dataclass
class Draft:
    """One drafted entry."""

    request: str  # as asked for on the command line (with the overload)
    aten: str
    name: str
    category: str
    summary: str
    params: list[DraftParam]
    returns: str  # the YAML text after `returns:` (a flow mapping, [] or a block list)
    binds: str
    pytorch: str | None
    extension: bool
    python_name: str | None = None
    tier_names: dict[str, str] = field(default_factory=dict)  # rust/simple: {name: ...}
    review: list[str] = field(default_factory=list)

    def yaml(self, indent: int = ENTRY_INDENT) -> str:
        pad = " " * indent
        body = pad + "  "
        lines = [f"{pad}# REVIEW: {r}" for r in self.review]
        lines.append(f"{pad}- name: {self.name}")
        lines.append(f"{body}category: {yaml_scalar(self.category, flow=False)}")
        lines.append(f"{body}summary: {yaml_scalar(self.summary, flow=False)}")
        if self.params:
            lines.append(f"{body}params:")
            marker = False
            for p in self.params:
                if p.keyword_only and not marker:
                    lines.append(f'{body}  - "*"')
                    marker = True
                spelled = p.type if re.fullmatch(r"\w+", p.type) else json.dumps(p.type)
                row = f"{{name: {p.name}, type: {spelled}, doc: {yaml_scalar(p.doc)}"
                if p.has_default:
                    row += f", default: {yaml_scalar(p.default)}"
                lines.append(f"{body}  - {row}}}")
        else:
            lines.append(f"{body}params: []")
        if self.returns.startswith("\n"):
            lines.append(f"{body}returns:")
            lines.extend(f"{body}  {row}" for row in self.returns.strip("\n").split("\n"))
        else:
            lines.append(f"{body}returns: {self.returns}")
        lines.append(f"{body}binds: {yaml_scalar(self.binds, flow=False)}")
        lines.append(f"{body}pytorch: {yaml_scalar(self.pytorch, flow=False)}")
        lines.append(f"{body}aten: {self.aten}")
        lines.append(f"{body}research: {{}}")
        if self.extension:
            lines.append(f"{body}extension: true")
        if self.python_name is not None:
            lines.append(f"{body}python: {{name: {self.python_name}}}")
        for tier, name in sorted(self.tier_names.items()):
            lines.append(f"{body}{tier}: {{name: {name}}}")
        return "\n".join(lines) + "\n"


@dataclass
class Context:
    """What every draft of one run needs."""

    catalogue: Catalogue
    docs: DocLookup
    category: str | None
    extension: bool
    taken: set[str]  # function names in the catalogue and drafted so far
    helpers: frozenset[str] = frozenset()  # runtime_helpers()
    python_names: dict[tuple[str, str], str] = field(default_factory=dict)  # (group, Python name) -> entry

    def __post_init__(self) -> None:
        for fn in self.catalogue.functions:
            if fn.python.kind != "internal":
                self.python_names.setdefault((fn.group.prefix, fn.python.name or fn.stem), fn.name)

    @property
    def api(self) -> ApiSnapshot | None:
        return self.catalogue.pytorch_api

    @property
    def enums(self) -> dict[str, EnumDef]:
        return {e.name: e for e in self.catalogue.enums}


def _in_api(name: str, api: ApiSnapshot | None) -> bool:
    return api is not None and (name in api.by_qualified or name in api.aliases)


def _pytorch_name(schema: OpSchema, ctx: Context, nn_group: bool) -> str | None:
    """The Python counterpart that the API snapshot lists, or None."""
    op = schema.op
    candidates: list[str] = []
    module = PYTHON_MODULES.get(schema.python_module or "")
    if module is not None:
        prefix = NAMESPACES.get(module[len("torch.") :], "")
        candidates.append(f"{module}.{op[len(prefix):] if prefix and op.startswith(prefix) else op}")
    if schema.in_place or "function" not in schema.variants:
        candidates += [f"torch.Tensor.{op}", f"torch.{op}"]
    elif nn_group:
        candidates += [f"torch.nn.functional.{op}", f"torch.{op}"]
    else:
        candidates += [f"torch.{op}", f"torch.nn.functional.{op}", f"torch.linalg.{op}", f"torch.Tensor.{op}"]
    return next((c for c in candidates if _in_api(c, ctx.api)), None)


def _parse_default(text: str) -> object:
    """A schema default as a Python value: None, True, 1, 1e-05, [0, 1], 'none', or the bare word."""
    text = text.strip()
    if text == "None":
        return None
    if text in ("True", "False"):
        return text == "True"
    if text.startswith("[") and text.endswith("]"):
        return [_parse_default(p) for p in _split_top(text[1:-1])]
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return str(yaml.safe_load(text)) if text[0] == '"' else text[1:-1].replace("\\'", "'")
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text  # a word: Mean, contiguous_format, long


@dataclass
class _Arg:
    """One schema argument on its way into a draft."""

    arg: SchemaArg
    kept: DraftParam | None = None
    expr: str = ""  # the C++ for it in binds
    dropped_why: str = ""


def _catalogue_name(arg: SchemaArg, all_names: set[str]) -> str:
    name = arg.name
    if name == "self":
        name = "input" if "input" not in all_names else "self_tensor"
    name = name.lower()
    reserved = keywords.reserved_in(name) or name in {"out", "out_capacity"} or not naming.IDENT.match(name)
    return f"{name.strip('_')}_arg" if reserved else name


def _matching_enum(schema: OpSchema, name: str, default: object, enums: dict[str, EnumDef]) -> EnumDef | None:
    """The catalogue enum for a str argument: named as the argument, as `<op>_<argument>`
    (gelu_approximate), or `<prefix>_<argument>` for an op that starts with the prefix
    (conv_padding for conv2d); its values must include the schema's default."""
    op = schema.op.rstrip("_")
    for enum in enums.values():
        prefix, _, rest = enum.name.rpartition("_")
        fits = enum.name == name or enum.name == f"{op}_{name}" or (rest == name and bool(prefix) and op.startswith(prefix))
        if fits and (not isinstance(default, str) or default in enum.values):
            return enum
    return None


def runtime_helpers() -> frozenset[str]:
    """The bridge runtime's argument helpers that drafts may call (sffi::reduction_arg, ...)."""
    try:
        text = (RUNTIME / "cpp" / "sffi_runtime.h").read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(n for n in ("reduction_arg", "memory_format_arg") if re.search(rf"\b{n}\s*\(", text))


def _convert_arg(arg: SchemaArg, index: int, schema: OpSchema, ctx: Context, review: list[str], problems: list[str]) -> _Arg:
    """The catalogue type and default of one schema argument (and its C++ in binds), or why it
    is left out."""
    m = SCHEMA_TYPE.match(arg.type)
    if m is None:
        problems.append(f"argument '{arg.name}' has a type this command cannot read: {arg.type}")
        return _Arg(arg)
    base, size = m["base"], m["size"]
    default = _parse_default(arg.default) if arg.default is not None else None
    has_default = arg.default is not None
    optional = bool(m["opt"])
    is_list = size is not None
    name = arg.name
    enums = ctx.enums
    left_out = _Arg(arg, dropped_why=f"{arg.name} ({arg.type})")
    spelling: str
    expr = "{n}"
    if base == "MemoryFormat" and name in enums and "memory_format_arg" in ctx.helpers and not is_list:
        # The catalogue names memory formats (an enum) and the runtime converts them.
        spelling = name + ("?" if optional else "")
        expr = "sffi::memory_format_arg({n})"
    elif base in ALWAYS_LEFT_OUT or (name == "pin_memory" and base == "bool" and optional):
        return left_out
    elif base == "int" and name == "reduction" and not is_list:
        enum = enums.get("reduction")
        if enum is None:
            problems.append(
                "argument 'int reduction' needs the catalogue's `reduction` enum; declare it first "
                "(enums: - {name: reduction, values: [none, mean, sum], doc: ...})"
            )
            return _Arg(arg)
        unknown = [v for v in enum.values if v not in REDUCTIONS]
        if unknown:
            problems.append(f"the catalogue's `reduction` enum has values ATen does not know: {', '.join(unknown)} (ATen: none, mean, sum)")
            return _Arg(arg)
        spelling = "reduction?" if optional else "reduction"
        if isinstance(default, str):
            default = default.lower()
        if "reduction_arg" in ctx.helpers:
            expr = "sffi::reduction_arg({n})"
        else:
            *others, last = enum.values
            tests = "".join(f'{{n}} == "{v}" ? at::Reduction::{REDUCTIONS[v]} : ' for v in others)
            expr = f"({tests}at::Reduction::{REDUCTIONS[last]})" if others else f"((void){{n}}, at::Reduction::{REDUCTIONS[last]})"
    elif base == "str" and not is_list and (enum := _matching_enum(schema, name, default, enums)) is not None:
        spelling = enum.name + ("?" if optional else "")
    else:
        base = "int" if base == "SymInt" else base
        mutable = "!" in (m["alias"] or "")
        if mutable and index == 0 and schema.in_place and base == "Tensor" and not is_list and not optional:
            spelling = "Tensor(a!)"
        else:
            if mutable:
                review.append(f"'{name}' is changed in place by ATen ({arg.type}); the vocabulary marks only the receiver: say so in its doc.")
            spelling = base + ("?" if m["item_opt"] else "") + (f"[{size}]" if is_list else "") + ("?" if optional else "")
        if base == "ScalarType" and isinstance(default, str):
            mapped = DTYPE_NAMES.get(default)
            if mapped is None:
                problems.append(f"argument '{name}': default dtype '{default}' has no catalogue name")
                return _Arg(arg)
            default = mapped
        if is_list and size and default == []:
            # int[N] x=[]: an empty list means "not given" (max_pool's stride): None here.
            spelling = f"{base}[{size}]?"
            default = None
            expr = "{n}.value_or_empty()"
            review.append(f"'{name}' is {arg.type} with default [] in ATen; drafted as {spelling} (None passes the empty list).")
    try:
        parse_type(spelling, enums)
    except ValueError as exc:
        if has_default or optional:
            return left_out
        problems.append(f"argument '{arg.type} {name}' has no default and its type is outside the vocabulary ({exc})")
        return _Arg(arg)
    if isinstance(default, str) and spelling.rstrip("?") not in ("str", "ScalarType", "Device") and spelling.rstrip("?") not in enums:
        problems.append(f"argument '{name}': cannot convert the default {arg.default!r} of {arg.type}")
        return _Arg(arg)
    return _Arg(arg, DraftParam(name, spelling, "", default, has_default, arg.keyword_only), expr)


def _result(schema: OpSchema, problems: list[str], review: list[str], receiver: str | None) -> tuple[str, str | None]:
    """(the YAML after `returns:`, the result kind) for a schema's returns."""
    rets = schema.returns
    if len(rets) == 1 and rets[0].type == "()" or not rets:
        return "[]", "void"
    if len(rets) == 1:
        t = rets[0].type
        m = SCHEMA_TYPE.match(t)
        base = m["base"] if m else t
        alias = m["alias"] if m else None
        if base == "Tensor" and m is not None:
            if alias and "!" in alias:
                return "[]", "void"
            if m["size"] is not None:
                review.append("a list result: set `capacity` if the count is known from a parameter.")
                return _flow([("type", "Tensor[]"), ("doc", "The new tensors.")]), "Tensor[]"
            if m["opt"]:
                return _flow([("type", "Tensor?"), ("doc", "A new tensor, or None.")]), "Tensor?"
            doc = f"A new handle to a view of {receiver}." if alias and receiver else "A new tensor."
            return _flow([("type", "Tensor"), ("doc", doc)]), "Tensor"
        scalar = {
            "int": ("int", "The value."),
            "SymInt": ("int", "The value."),
            "float": ("float", "The value."),
            "bool": ("bool", "The value."),
            "Scalar": ("float", "The value, as a float."),
            "ScalarType": ("ScalarType", "The dtype."),
            "str": ("str", "The text."),
        }
        if m is not None and base in ("int", "SymInt") and m["size"] is not None and not m["opt"]:
            return _flow([("type", "int[]"), ("doc", "The values.")]), "int[]"
        if m is not None and base in scalar and m["size"] is None and not m["opt"]:
            kind, doc = scalar[base]
            if base == "Scalar":
                review.append("ATen returns a Scalar: drafted as a float result.")
            return _flow([("type", kind), ("doc", doc)]), kind
        problems.append(f"result type '{t}' is not supported (results: Tensor, Tensor?, Tensor[], a tuple of tensors, int, float, bool, str, int[], ScalarType)")
        return "", None
    rows = []
    seen: set[str] = set()
    for i, r in enumerate(rets):
        m = SCHEMA_TYPE.match(r.type)
        if m is None or m["base"] != "Tensor" or m["size"] is not None or m["opt"]:
            problems.append(f"a tuple result with a '{r.type}' in it is not supported (named results are tensors)")
            return "", None
        name = (r.name or f"result{i}").lower()
        if keywords.reserved_in(name) or name in seen or not naming.IDENT.match(name):
            name = f"result{i}"
        seen.add(name)
        rows.append(_flow([("name", name), ("type", "Tensor"), ("doc", f"The {name.replace('_', ' ')}.")]))
    if any(r.name is None or r.name != r.name.lower() for r in rets):
        review.append("result names changed from ATen's (" + ", ".join(r.name or "unnamed" for r in rets) + "): check them.")
    return "\n" + "\n".join(f"- {row}" for row in rows), "tuple"


def _infer_category(schema: OpSchema, pytorch: str | None, group: str, ctx: Context) -> tuple[str | None, str]:
    """(category id, how it was inferred) or (None, "")."""
    known = [c.id for c in ctx.catalogue.categories]
    base_op = schema.op.rstrip("_")
    for fn in ctx.catalogue.functions:
        if pytorch is not None and fn.pytorch == pytorch:
            return fn.category.id, f"as {fn.name} (also {pytorch})"
    for fn in ctx.catalogue.functions:
        if fn.aten is not None and fn.aten.partition(".")[0].rstrip("_") == base_op:
            return fn.category.id, f"as {fn.name} (also ATen's {base_op})"
    rules: list[tuple[bool, str, str]] = [
        (group == "tensor_", "creation", "it makes a new tensor"),
        ({"dtype", "layout", "device"} <= {a.name for a in schema.args}, "creation", "it takes tensor options"),
        ("loss" in schema.op, "loss", "a loss"),
        (schema.python_module == "linalg", "linalg", "python_module: linalg"),
        (schema.python_module == "nn" and "pointwise" in schema.tags, "activation", "python_module: nn, tags: pointwise"),
        (schema.in_place, "training", "an in-place update"),
        ("pointwise" in schema.tags, "elementwise", "tags: pointwise"),
        ("reduction" in schema.tags, "reduction", "tags: reduction"),
        (group == "nn_", "nn", "torch.nn.functional"),
    ]
    for applies, category, why in rules:
        if applies and category in known:
            return category, why
    return None, ""


def draft_schema(schema: OpSchema, request: str, ctx: Context) -> Draft:
    """One entry for one schema; raises DraftError naming the request on anything unsupported."""
    problems: list[str] = []
    review: list[str] = []
    if schema.is_out:
        raise DraftError([f"{request}: '{schema.full_name}' is an out= overload; out= overloads are never drafted"])
    if schema.op.startswith("_"):
        raise DraftError([f"{request}: '{schema.op}' is private to ATen (a leading underscore); only public operators are drafted"])
    all_names = {a.name for a in schema.args}
    args = [_convert_arg(a, i, schema, ctx, review, problems) for i, a in enumerate(schema.args)]
    # Catalogue names: self -> input, lower case, no reserved words.
    renamed: list[str] = []
    for a in args:
        if a.kept is not None:
            a.kept.name = _catalogue_name(a.arg, all_names)
            if a.kept.name != a.arg.name and a.arg.name != "self":
                renamed.append(f"{a.arg.name} -> {a.kept.name}")
    if renamed:
        review.append("parameters renamed (lower case, no reserved words): " + ", ".join(renamed) + ".")
    kept = [a.kept for a in args if a.kept is not None]
    receiver = kept[0].name if kept and kept[0].type in ("Tensor", "Tensor(a!)") else None
    returns, result_kind = _result(schema, problems, review, receiver)
    if problems:
        raise DraftError([f"{request} ({schema.func}): {p}" for p in problems])
    assert result_kind is not None
    # The naming group.
    first_is_tensor = bool(kept) and kept[0].type in ("Tensor", "Tensor(a!)", "Tensor[]")
    has_method = "method" in schema.variants
    if first_is_tensor:
        # Layers and losses are nn_; activations (pointwise, even in torch.nn.functional) and
        # everything else that acts on its first tensor are tensor methods. An entry already
        # bound to the same PyTorch function decides (the catalogue places a function once).
        pointwise = "pointwise" in schema.tags
        function_only = not has_method and "function" in schema.variants
        nn_like = not pointwise and (schema.python_module == "nn" or function_only and _in_api(f"torch.nn.functional.{schema.op}", ctx.api))
        group = "nn_" if nn_like else "torchtensor_"
        guess = _pytorch_name(schema, ctx, nn_like)
        placed = next((f.group.prefix for f in ctx.catalogue.functions if guess is not None and f.pytorch == guess), None)
        if placed in ("nn_", "torchtensor_"):
            group = placed
    elif result_kind == "Tensor":
        group = "tensor_"
    else:
        raise DraftError([f"{request}: no naming group fits (it acts on no tensor and returns no new tensor); write this entry by hand"])
    pytorch = _pytorch_name(schema, ctx, group == "nn_")
    # Name by the full-form rule, versioned while taken.
    base_op = schema.op[:-1] if schema.in_place else schema.op
    stem = naming.full_form_stem(base_op, schema.overload)
    if schema.in_place:
        stem += "_"

    def versioned(n: int) -> str:
        core = stem[:-1] if schema.in_place else stem
        return f"{core}{naming.VERSION_SUFFIX}{n}" + ("_" if schema.in_place else "")

    name = PREFIX + group + stem
    displaced: str | None = None
    n = 2
    while name in ctx.taken:
        displaced = displaced or name
        name = PREFIX + group + versioned(n)
        n += 1
    if displaced is not None:
        old = ctx.catalogue.by_name.get(displaced)
        if old is not None and not old.extension:
            review.append(f"{displaced} (a reference function) holds the plain name; decide whether this full form supersedes it (python: {{kind: internal}} on the old one).")
        else:
            review.append(f"{displaced} is already taken; this draft is versioned.")
    ctx.taken.add(name)
    final_stem = name[len(PREFIX) + len(group) :]
    # Category.
    if ctx.category is not None:
        category = ctx.category
    else:
        inferred, why = _infer_category(schema, pytorch, group, ctx)
        if inferred is None:
            known = ", ".join(c.id for c in ctx.catalogue.categories)
            raise DraftError([f"{request}: cannot infer a category; give --category (known: {known})"])
        category = inferred
        review.append(f"category '{category}' inferred ({why}).")
    # Docs.
    doc_names = {a.arg.name for a in args} | {"input"}
    sources = [pytorch] if pytorch is not None else []
    sources += [f"torch.Tensor.{schema.op}", f"torch.{schema.op}"] if pytorch is not None else []
    facts = gather_docs(sources, ctx.docs, doc_names)
    source = facts.source if facts is not None else (pytorch or f"ATen's {schema.full_name}")
    summary = facts.summary if facts is not None and facts.summary else None
    if summary is None:
        summary = SUMMARY_PLACEHOLDER.format(op=schema.full_name)
    placeholders: list[str] = []
    first_doc_name = next(iter(facts.args), None) if facts is not None else None
    for a in args:
        if a.kept is None:
            continue
        doc: str | None = None
        if facts is not None:
            candidates = [a.arg.name] + (["input", "self"] if a.arg.name == "self" else [])
            doc = next((facts.args[c] for c in candidates if c in facts.args), None)
            if doc is None and a.arg.name == "self" and first_doc_name is not None and first_doc_name not in all_names:
                doc = facts.args[first_doc_name]
        if doc is None:
            doc = PLACEHOLDER.format(name=a.kept.name, source=source)
            placeholders.append(a.kept.name)
        a.kept.doc = doc
    if facts is not None:
        review.append(f"summary and parameter docs come from {source}.__doc__; check them and the result doc.")
    else:
        review.append(f"no docstring found ({'no Python counterpart in the API snapshot' if pytorch is None else pytorch}); write the summary and docs.")
    if placeholders:
        review.append("no docstring entry for: " + ", ".join(placeholders) + " (their docs say REVIEW).")
    dropped = [a.dropped_why for a in args if a.dropped_why]
    if dropped:
        review.append("left out (outside the vocabulary; the bridge passes PyTorch's default): " + ", ".join(dropped) + ".")
    if pytorch is None:
        review.append("no Python counterpart found in spec/pytorch_api.json (pytorch: null); name one if it exists.")
    # binds.
    binds = _binds(schema, args, request)
    if schema.manual_cpp_binding:
        review.append("ATen declares manual_cpp_binding: check that binds matches its hand-written C++ API.")
    # Other entries for the same function.
    same = [f.name for f in ctx.catalogue.functions if pytorch is not None and f.pytorch == pytorch and f.name != displaced]
    if same:
        review.append(f"also bound to {pytorch}: {', '.join(same)}; decide whether this draft supersedes them.")
    # Names in the tiers.
    py_name = pytorch.rsplit(".", 1)[1] if pytorch is not None else None
    python_name = py_name if py_name is not None and py_name != final_stem else None
    if python_name is not None and not re.match(r"^_?[a-z][a-z0-9]*(?:_[a-z0-9]+)*_?$", python_name):
        python_name = None
    tier_names: dict[str, str] = {}
    shown_python = python_name or final_stem
    if shown_python in keywords.PYTHON:
        python_name = f"torch_{shown_python.rstrip('_')}"
        review.append(f"'{shown_python}' is reserved in Python: named {python_name} there.")
    for tier, language in (("rust", "Rust"), ("simple", "Simple")):
        if final_stem in keywords.BY_LANGUAGE[language]:
            tier_names[tier] = f"torch_{final_stem.rstrip('_')}"
            review.append(f"'{final_stem}' is reserved in {language}: named {tier_names[tier]} there.")
    key = (group, python_name or final_stem)
    other = ctx.python_names.get(key)
    if other is not None:
        review.append(f"{other} already has the Python name '{key[1]}' here: decide which keeps it (python: {{kind: internal}} on the other).")
    ctx.python_names.setdefault(key, name)
    if pytorch is not None and group == "torchtensor_" and not pytorch.startswith(("torch.Tensor.", "torch.nn.")) and pytorch.count(".") > 1:
        review.append(f"PyTorch has no Tensor method for it ({pytorch}): consider python: {{owner: {pytorch.split('.')[1]}, kind: function}}.")
    kept_params = [a.kept for a in args if a.kept is not None]
    return Draft(
        request=request,
        aten=schema.full_name,
        name=name,
        category=category,
        summary=summary,
        params=kept_params,
        returns=returns,
        binds=binds,
        pytorch=pytorch,
        extension=ctx.extension,
        python_name=python_name,
        tier_names=tier_names,
        review=review,
    )


def _binds(schema: OpSchema, args: list[_Arg], request: str) -> str:
    """The ATen C++ call: at::op(...) for function variants, input.op(...) for method-only ones."""
    names = {a.arg.name for a in args}
    tensor_options = {"dtype", "layout", "device", "pin_memory"} <= names
    last = -1
    for i, a in enumerate(args):
        if a.kept is not None or a.arg.name in schema.cpp_no_default_args:
            last = i
    if tensor_options:
        last = len(args) - 1  # the unpacked TensorOptions overload has no defaults
    exprs: list[str] = []
    for a in args[: last + 1]:
        if a.kept is not None:
            exprs.append(a.expr.replace("{n}", a.kept.name))
            continue
        value = CPP_DEFAULTS.get(a.arg.default or "None") if a.arg.default is not None or a.arg.type.endswith("?") else None
        if value is None:
            raise DraftError([f"{request} ({schema.func}): left-out argument '{a.arg.name}' comes before kept ones and has no C++ default this command knows"])
        exprs.append(value)
    if "function" in schema.variants:
        return f"at::{schema.op}({', '.join(exprs)})"
    receiver = next((i for i, a in enumerate(args) if a.arg.name == "self"), None)
    if receiver is None or args[receiver].kept is None:
        raise DraftError([f"{request} ({schema.func}): a method-only operator without a self tensor"])
    rest = exprs[:receiver] + exprs[receiver + 1 :]
    return f"{args[receiver].kept.name}.{schema.op}({', '.join(rest)})"  # type: ignore[union-attr]


# --------------------------------------------------------------------------- the catalogue file


@dataclass(frozen=True)
class Insertion:
    text: str  # the catalogue with the drafts in
    first_line: int  # 1-based line of the first drafted line
    block: str


def insert_drafts(catalogue_text: str, block: str) -> Insertion:
    """The catalogue text with `block` placed after the last entry of `functions:`."""
    lines = catalogue_text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if re.match(r"^functions\s*:", line)), None)
    if start is None:
        raise DraftError(["the catalogue has no top-level 'functions:' list to add drafts to"])
    end = next((i for i in range(start + 1, len(lines)) if re.match(r"^[A-Za-z_\"']", lines[i])), len(lines))
    while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
        end -= 1
    before = "".join(lines[:end])
    if before and not before.endswith("\n"):
        before += "\n"
    after = "".join(lines[end:])
    sep = "\n"
    text = before + sep + block + ("\n" + after if after.strip() else after)
    first_line = before.count("\n") + 2
    return Insertion(text, first_line, block)


def entry_indent(catalogue_text: str) -> int:
    """How the catalogue indents its function entries ("  - name:")."""
    m = re.search(r"^functions\s*:\s*\n(?:\s*#.*\n|\s*\n)*( *)- ", catalogue_text, re.MULTILINE)
    return len(m.group(1)) if m else ENTRY_INDENT


def validate(spec: Path, insertion: Insertion, drafts: list[tuple[int, int, Draft]]) -> None:
    """Loads the catalogue with the drafts in, from a temporary copy beside it (so the files it
    names resolve); raises DraftError with every problem, each naming the operator. `drafts`
    gives each draft with its lines in the combined text (first, last + 1)."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{spec.stem}.draft-", suffix=spec.suffix, dir=spec.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(insertion.text)
        load_catalogue(tmp, display=str(spec), source=str(spec))
    except SpecError as exc:
        raise DraftError(_explain(exc, drafts)) from None
    finally:
        tmp.unlink(missing_ok=True)


def _explain(exc: SpecError, spans: list[tuple[int, int, Draft]]) -> list[str]:
    by_name = {d.name: d for _, _, d in spans}
    out: list[str] = []
    for diag in exc.diagnostics:
        d = by_name.get(diag.entry or "") or next((s for a, b, s in spans if a <= diag.line < b), None)
        if d is not None:
            out.append(f"{d.request}: the draft {d.name} does not validate: {diag.message}")
        else:
            out.append(f"the catalogue with the drafts does not validate: {diag}")
    return out


# --------------------------------------------------------------------------- the command


@dataclass
class Result:
    drafts: list[Draft]
    text: str  # the drafted entries as YAML (what is printed or appended)
    catalogue_text: str  # the catalogue with them (what --append writes)
    notes: list[str] = field(default_factory=list)  # overloads of op.* that were skipped, and why


def draft(
    requests: list[str],
    spec: Path,
    docs: DocLookup,
    category: str | None = None,
    extension: bool = True,
    native_functions: Path | None = None,
    torch_version: str | None = None,
) -> Result:
    """Drafts entries for every request and validates them in the catalogue; raises DraftError
    with every problem (nothing is returned then). With `torch_version` (the installed torch's),
    the catalogue's API snapshot must be of that torch: the schemas and docstrings come from it."""
    try:
        catalogue = load_catalogue(spec, display=str(spec), source=str(spec))
    except SpecError as exc:
        raise DraftError([f"the catalogue is invalid before drafting: {d}" for d in exc.diagnostics]) from None
    snapshot = catalogue.pytorch_api
    if torch_version is not None and snapshot is not None and public_version(snapshot.torch_version) != public_version(torch_version):
        raise DraftError(
            [
                f"torch {torch_version} is installed but the catalogue's API snapshot is of torch "
                f"{snapshot.torch_version}; draft with that torch (the schemas and docstrings must match it)"
            ]
        )
    if category is not None and category not in {c.id for c in catalogue.categories}:
        known = ", ".join(c.id for c in catalogue.categories)
        raise DraftError([f"unknown category '{category}' (known: {known})"])
    schemas = load_schemas(native_functions or native_functions_path())
    ctx = Context(catalogue, docs, category, extension, {f.name for f in catalogue.functions}, runtime_helpers())
    drafts: list[Draft] = []
    problems: list[str] = []
    notes: list[str] = []
    for request in requests:
        try:
            chosen = resolve(request, schemas)
        except DraftError as exc:
            problems.extend(exc.problems)
            continue
        every = request.endswith(".*")
        made = 0
        for schema in chosen:
            try:
                drafts.append(draft_schema(schema, schema.full_name if every else request, ctx))
                made += 1
            except DraftError as exc:
                if not every:
                    problems.extend(exc.problems)
                else:  # op.*: the overloads that can be drafted; say why the others cannot
                    notes.extend(f"skipped {p}" for p in exc.problems)
        if every and made == 0:
            problems.append(f"{request}: no overload of it can be drafted")
            problems.extend(notes)
            notes = []
    if problems:
        raise DraftError(problems)
    seen: dict[str, str] = {}
    for d in drafts:
        if d.aten in seen:
            raise DraftError([f"{d.request}: {d.aten} is asked for twice (also as {seen[d.aten]})"])
        seen[d.aten] = d.request
    text_in = spec.read_text(encoding="utf-8")
    indent = entry_indent(text_in)
    pieces = [d.yaml(indent) for d in drafts]
    block = "\n".join(pieces)
    insertion = insert_drafts(text_in, block)
    spans: list[tuple[int, int, Draft]] = []
    line = insertion.first_line
    for d, piece in zip(drafts, pieces):
        spans.append((line, line + piece.count("\n"), d))
        line += piece.count("\n") + 1
    validate(spec, insertion, spans)
    return Result(drafts, block, insertion.text, notes)


def append(spec: Path, result: Result) -> None:
    """Writes the catalogue with the drafts in, atomically (a temporary file, then os.replace)."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{spec.name}.", suffix=".tmp", dir=spec.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(result.catalogue_text)
        mode = spec.stat().st_mode & 0o777
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, spec)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def torch_doc_lookup(torch: object) -> DocLookup:
    """A DocLookup over an imported torch module: `torch.nn.functional.gelu` -> its __doc__."""

    def lookup(qualified: str) -> str | None:
        parts = qualified.split(".")
        if not parts or parts[0] != "torch":
            return None
        obj: object = torch
        for part in parts[1:]:
            try:
                obj = getattr(obj, part)
            except AttributeError:
                return None
        doc = getattr(obj, "__doc__", None)
        return doc if isinstance(doc, str) else None

    return lookup
