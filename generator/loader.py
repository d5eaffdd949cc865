"""Load and validate a catalogue into the frozen model.

All problems are collected (so a user fixes them in one pass) and raised together as one
SpecError; each is one line `FILE:LINE: entry NAME: what is wrong`.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
from dataclasses import replace
from pathlib import Path
from typing import Callable, TypeVar

from . import abi, keywords, naming
from .errors import Diagnostic, SpecError
from .model import (
    AUTOGRAD,
    NO_DEFAULT,
    PREFIX,
    DeviceType,
    Field,
    PythonFacts,
    TierFacts,
    ApiCallable,
    ApiNamespace,
    ApiSnapshot,
    Catalogue,
    Category,
    DType,
    ErrorCode,
    Function,
    Layer,
    NotBound,
    Param,
    ResearchBaseline,
    ResearchNotBound,
    ResearchRef,
    ResearchSection,
    Result,
    names_in_binds,
)
from .types import VOID_TYPE, EnumDef, SchemaType, parse_type
from .yamlpos import Mapping, Node, Scalar, Sequence, load_file

T = TypeVar("T")

TOP_KEYS = {
    "catalogue": True,
    "research_baseline": True,
    "pytorch_api": False,
    "error_codes": True,
    "dtypes": True,
    "categories": True,
    "functions": True,
    "layers": False,
    "not_bound": False,
    "research_not_bound": False,
    "enums": False,
    "devices": False,
}
NOT_BOUND_KEYS = {"callable": True, "reason": True}
RESEARCH_NOT_BOUND_KEYS = {"research": True, "reason": True}
LAYER_KEYS = {"name": True, "summary": True, "tiers": True, "pytorch": False, "research": True}
# Tiers whose layers the tests look up (tests/test_coverage.py resolves each place).
LAYER_TIERS = ("python", "simple", "rust")
LAYER_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
META_KEYS = {"title": True, "version": True}
CATEGORY_KEYS = {"id": True, "title": True, "doc": True, "examples": False}
# The tiers whose docs show a category's example as code their tests run (rustdoc's doctests).
EXAMPLE_TIERS = ("rust",)
ERROR_KEYS = {"name": True, "code": True, "doc": True}
DTYPE_KEYS = {"name": True, "code": True, "doc": True, "aliases": False}
FUNCTION_KEYS = {
    "name": True,
    "category": True,
    "summary": True,
    "params": True,
    "returns": True,
    "binds": True,
    "pytorch": True,
    "research": True,
    "extension": False,
    "deviation": False,
    "cuda": False,
    "keeps_error_state": False,
    "quick": False,
    "unsafe": False,
    "collective": False,
    "autograd": False,
    "aten": False,
    "role": False,
    "python": False,
    "rust": False,
    "simple": False,
    "stub": False,
}
PARAM_KEYS = {"name": True, "type": True, "doc": True, "default": False}
RETURN_KEYS = {"type": True, "doc": False, "capacity": False}
FIELD_KEYS = {"name": True, "type": True, "doc": True}
ENUM_KEYS = {"name": True, "values": True, "doc": True, "error": False}
DEVICE_KEYS = {"name": True, "code": True, "doc": True}
BASES_AND_RESERVED = {"tensor", "stream", "int", "int32", "float", "bool", "scalar", "str", "device", "void"}
KEYWORD_ONLY = "*"  # the marker in `params` after which parameters are keyword-only, as in PyTorch
PYTHON_KEYS = {"name": False, "owner": False, "kind": False, "setter": False, "also": False, "tuple_result": False, "size_result": False, "operator": False, "flag": False, "owned_by": False, "then": False}
# Operators the C base type of the Python tier implements itself (between two tensors, or on one).
PYTHON_OPERATORS = ("+", "-", "*", "/", "@", "neg", "abs")
TIER_KEYS = {"name": False}
# Where an entry can go in the Python package: a class (Tensor, Stream, the no_grad context
# manager) or a module (torch_sffi itself and its namespaces).
PYTHON_CLASSES = ("Tensor", "Stream", "no_grad")
PYTHON_MODULES = ("torch_sffi", "nn", "autograd", "cuda", "linalg")
PYTHON_KINDS = ("method", "property", "function", "constructor", "enter", "exit", "internal")
ATEN_NAME = re.compile(r"^[a-z_][a-z0-9_]*(\.[A-Za-z0-9_]+)?$")
FIELD_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*$")
PY_NAME = re.compile(r"^_?[a-z][a-z0-9]*(?:_[a-z0-9]+)*_?$|^__[a-z]+__$|^m?[TH]$")  # m?[TH]: PyTorch's transpose properties T, H, mT, mH

# The error codes the bridge runtime raises; the catalogue documents them and fixes their
# numbers, and every tier derives its error types from that table.
REQUIRED_ERROR_CODES = (
    "invalid_handle",
    "index",
    "value",
    "type",
    "unavailable",
    "out_of_memory",
    "other",
)
# Error codes of features a catalogue may leave out when it is only validated or generated
# (the process groups' "distributed"); the bridge's runtime raises it, so building the bridge
# needs it in the table (sffi_runtime.h does not compile without it).
OPTIONAL_ERROR_CODES = ("distributed",)
OP_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
PYTORCH_NAME = re.compile(r"^torch(\.[A-Za-z_][A-Za-z0-9_]*)+$")
# The PyTorch API snapshot (written by `sffi-gen snapshot-api`) sits beside the catalogue
# unless the catalogue names another file in `pytorch_api`.
API_SNAPSHOT = "pytorch_api.json"


class Reader:
    """Collects diagnostics for one file while the model is built."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.errors: list[Diagnostic] = []

    def error(self, line: int, message: str, entry: str | None = None) -> None:
        self.errors.append(Diagnostic(self.path, line, message, entry))

    def mapping(self, node: Node | None, what: str, line: int, entry: str | None = None) -> Mapping | None:
        if isinstance(node, Mapping):
            return node
        self.error(node.line if node is not None else line, f"{what} must be a mapping", entry)
        return None

    def sequence(self, node: Node | None, what: str, line: int, entry: str | None = None) -> tuple[Node, ...]:
        if isinstance(node, Sequence):
            return node.items
        self.error(node.line if node is not None else line, f"{what} must be a list", entry)
        return ()

    def keys(self, node: Mapping, spec: dict[str, bool], what: str, entry: str | None = None) -> bool:
        ok = True
        for key in node.items:
            if key not in spec:
                allowed = ", ".join(spec)
                self.error(node.line_of(key), f"unknown key '{key}' in {what} (allowed: {allowed})", entry)
                ok = False
        for key, required in spec.items():
            if required and key not in node.items:
                self.error(node.line, f"missing key '{key}' in {what}", entry)
                ok = False
        return ok

    def scalar(
        self,
        node: Mapping,
        key: str,
        kind: type[T],
        what: str,
        entry: str | None = None,
        check: Callable[[T], str | None] | None = None,
    ) -> T | None:
        value_node = node.get(key)
        if value_node is None:
            return None
        line = node.line_of(key)
        if not isinstance(value_node, Scalar) or not _is_kind(value_node.value, kind):
            shown = value_node.value if isinstance(value_node, Scalar) else type(value_node).__name__.lower()
            self.error(line, f"'{key}' of {what} must be {_kind_name(kind)}, got {shown!r}", entry)
            return None
        value: T = value_node.value  # type: ignore[assignment]
        if check is not None:
            problem = check(value)
            if problem:
                self.error(line, f"'{key}' of {what} {problem}", entry)
                return None
        return value

    def text(self, node: Mapping, key: str, what: str, entry: str | None = None, one_line: bool = False) -> str | None:
        def check(value: str) -> str | None:
            if not value.strip():
                return "must not be empty"
            if one_line and "\n" in value.strip():
                return "must be a single line"
            return None

        value = self.scalar(node, key, str, what, entry, check)
        return value.strip() if value is not None else None


def _is_kind(value: object, kind: type) -> bool:
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, kind)


def _kind_name(kind: type) -> str:
    return {str: "text", int: "an integer", bool: "true or false", float: "a number"}.get(kind, kind.__name__)


def _function_stem(value: str) -> str | None:
    return None if naming.FUNCTION_NAME.match(value) else "must be lower snake case (one trailing underscore allowed, as in where_ or add_)"


def _identifier(value: str) -> str | None:
    return None if naming.IDENT.match(value) else "must be lower snake case"


# --------------------------------------------------------------------------- research


def list_key(name: str) -> str:
    """A research list name as claims spell it: 'linear_algebra' and 'linear algebra' -> 'linearalgebra'."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def claim_key(label: str) -> tuple[str, str | None]:
    """'2.2 element-wise' -> ('2.2', 'elementwise'); '2.1' -> ('2.1', None)."""
    section, _, sub = label.partition(" ")
    return section, (list_key(sub) or None)


def load_research(path: Path, display: str) -> ResearchBaseline:
    root = load_file(path, display)
    r = Reader(display)
    top = r.mapping(root, "the research baseline", 1)
    if top is None:
        raise SpecError(r.errors)
    r.keys(top, {"document": True, "sections": True, "claimed": False}, "the research baseline")
    document = r.text(top, "document", "the research baseline") or ""
    sections: list[ResearchSection] = []
    sections_node = r.mapping(top.get("sections"), "'sections'", top.line_of("sections"))
    for section_id, node in sections_node.items.items() if sections_node else ():
        line = sections_node.line_of(section_id) if sections_node else 1
        body = r.mapping(node, f"section {section_id}", line)
        if body is None:
            continue
        title = r.text(body, "title", f"section {section_id}") or ""
        lists: list[tuple[str, tuple[str, ...]]] = []
        for key, value in body.items.items():
            if key in ("title", "targets"):  # targets are prose goals, not named operations
                continue
            names: list[str] = []
            for item in r.sequence(value, f"'{key}' of section {section_id}", body.line_of(key)):
                if isinstance(item, Scalar) and isinstance(item.value, str) and OP_NAME.match(item.value):
                    names.append(item.value)
                else:
                    r.error(item.line, f"section {section_id}: '{key}' items must be names like 'add' or 'Linear'")
            lists.append((key, tuple(names)))
        sections.append(ResearchSection(str(section_id), title, tuple(lists), line))
    by_id = {s.id: s for s in sections}
    claimed: list[tuple[str, str]] = []
    claimed_node = top.get("claimed")
    if claimed_node is not None:
        claims = r.mapping(claimed_node, "'claimed'", top.line_of("claimed"))
        for label, value in claims.items.items() if claims else ():
            line = claims.line_of(label) if claims else 1
            section_id, sub = claim_key(label)
            section = by_id.get(section_id)
            if section is None:
                r.error(line, f"claim '{label}' names unknown section {section_id}")
            elif sub is not None and sub not in {list_key(k) for k, _ in section.lists}:
                r.error(line, f"claim '{label}': section {section_id} has no list '{sub}'")
            if not (isinstance(value, Scalar) and isinstance(value.value, str) and value.value.endswith("%")):
                r.error(line, f"claim '{label}' must be a percentage like '80%'")
                continue
            claimed.append((str(label), value.value))
    if r.errors:
        raise SpecError(r.errors)
    return ResearchBaseline(display, document, tuple(sections), tuple(claimed))


# --------------------------------------------------------------------------- API snapshot


def _names(r: Reader, node: Node | None, what: str, line: int, pattern: re.Pattern[str]) -> tuple[str, ...]:
    out: list[str] = []
    for item in r.sequence(node, what, line):
        if isinstance(item, Scalar) and isinstance(item.value, str) and pattern.match(item.value):
            out.append(item.value)
        else:
            shown = item.value if isinstance(item, Scalar) else type(item).__name__.lower()
            r.error(item.line, f"{what}: {shown!r} is not a name")
    return tuple(out)


def load_api_snapshot(path: Path, display: str) -> ApiSnapshot:
    """Loads spec/pytorch_api.json.

    The snapshot is machine-written and large, so it is read with the json module first (five
    times faster); only if that copy is invalid is it read again with the positioned loader
    (JSON is YAML), so that every problem is reported with its line.
    """
    try:
        fast = _json_tree(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, ValueError):
        fast = None
    if fast is not None:
        try:
            return _api_snapshot(fast, display)
        except SpecError:
            pass  # read it again for the lines
    return _api_snapshot(load_file(path, display), display)


def _json_tree(value: object) -> Node:
    """Located nodes from parsed JSON, without positions (line 1 throughout)."""
    if isinstance(value, dict):
        return Mapping({str(k): _json_tree(v) for k, v in value.items()}, 1, {})
    if isinstance(value, list):
        return Sequence(tuple(_json_tree(v) for v in value), 1)
    return Scalar(value, 1)


def _api_snapshot(root: Node, display: str) -> ApiSnapshot:
    r = Reader(display)
    top = r.mapping(root, "the API snapshot", 1)
    if top is None:
        raise SpecError(r.errors)
    r.keys(top, {"about": True, "torch_version": True, "rules": True, "usage_scan": True, "namespaces": True}, "the API snapshot")
    version = r.text(top, "torch_version", "the API snapshot", one_line=True) or ""
    rules: list[tuple[str, str]] = []
    rules_node = r.mapping(top.get("rules"), "'rules'", top.line_of("rules")) if "rules" in top.items else None
    for topic in rules_node.items if rules_node else ():
        text = r.text(rules_node, topic, "'rules'") if rules_node else None
        if text is not None:
            rules.append((topic, text))
    files = 0
    skipped: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    scan = r.mapping(top.get("usage_scan"), "'usage_scan'", top.line_of("usage_scan")) if "usage_scan" in top.items else None
    if scan is not None:
        r.keys(scan, {"files": True, "skipped": True, "ambiguous": True}, "'usage_scan'")
        files = r.scalar(scan, "files", int, "'usage_scan'") or 0
        skipped = _names(r, scan.get("skipped"), "'skipped'", scan.line_of("skipped"), re.compile(r"^[\w./-]+\.py$"))
        ambiguous = _names(r, scan.get("ambiguous"), "'ambiguous'", scan.line_of("ambiguous"), OP_NAME)
    namespaces: list[ApiNamespace] = []
    seen_ns: dict[str, int] = {}
    ns_keys = {"name": True, "title": True, "rule": True, "callables": True, "deprecated": True, "attributes": False, "uncounted": False}
    callable_keys = {"name": True, "uses": True, "aliases": False}
    nodes = r.sequence(top.get("namespaces"), "'namespaces'", top.line_of("namespaces")) if "namespaces" in top.items else ()
    for node in nodes:
        m = r.mapping(node, "a namespace", node.line)
        if m is None:
            continue
        r.keys(m, ns_keys, "a namespace")
        name = r.scalar(m, "name", str, "a namespace", check=lambda v: None if PYTORCH_NAME.match(v) or v == "torch" else "must be a dotted torch name")
        title = r.text(m, "title", "a namespace", one_line=True)
        rule = r.text(m, "rule", "a namespace")
        if name is None or title is None or rule is None:
            continue
        if name in seen_ns:
            r.error(m.line_of("name"), f"duplicate namespace '{name}' (first on line {seen_ns[name]})")
            continue
        seen_ns[name] = m.line_of("name")
        callables: list[ApiCallable] = []
        seen: dict[str, int] = {}
        for item in r.sequence(m.get("callables"), f"'callables' of {name}", m.line_of("callables")):
            c = r.mapping(item, f"a callable of {name}", item.line)
            if c is None:
                continue
            r.keys(c, callable_keys, f"a callable of {name}")
            cname = r.scalar(c, "name", str, f"a callable of {name}", check=lambda v: None if OP_NAME.match(v) else "must be a name")
            uses = r.scalar(c, "uses", int, f"a callable of {name}", check=lambda v: None if v >= 0 else "must not be negative")
            aliases = _names(r, c.get("aliases"), f"'aliases' of {name}.{cname}", c.line, PYTORCH_NAME) if "aliases" in c.items else ()
            if cname is None or uses is None:
                continue
            if cname in seen:
                r.error(c.line, f"duplicate callable '{name}.{cname}' (first on line {seen[cname]})")
                continue
            seen[cname] = c.line
            callables.append(ApiCallable(cname, f"{name}.{cname}", uses, aliases, c.line))
        deprecated = _names(r, m.get("deprecated"), f"'deprecated' of {name}", m.line_of("deprecated"), OP_NAME)
        attributes = _names(r, m.get("attributes"), f"'attributes' of {name}", m.line_of("attributes"), OP_NAME) if "attributes" in m.items else ()
        uncounted = _names(r, m.get("uncounted"), f"'uncounted' of {name}", m.line_of("uncounted"), OP_NAME) if "uncounted" in m.items else ()
        namespaces.append(ApiNamespace(name, title, rule, tuple(callables), deprecated, attributes, m.line, frozenset(uncounted)))
    if r.errors:
        raise SpecError(r.errors)
    return ApiSnapshot(display, version, tuple(rules), files, skipped, ambiguous, tuple(namespaces))


# --------------------------------------------------------------------------- catalogue


def _default_problem(value: object, t: SchemaType, dtypes: set[str], devices: set[str]) -> str | None:
    """What is wrong with a default for a type, or None. Defaults are written as PyTorch writes
    them: None (null) for optional types, numbers, true/false, text, lists, dtype and device names."""
    if value is None:
        return None if t.optional else f"null (None) is no value of the non-optional type '{t.spelling}'"
    base = t.base
    if t.is_list:
        element = int if base == "int" else float
        if t.size is not None and _is_kind(value, int):
            return None  # int[N]: one integer stands for N copies
        if not isinstance(value, list) or not all(_is_kind(v, element) for v in value):
            return f"{value!r} is not a list of {base}s"
        if t.size is not None and len(value) not in (1, t.size):
            return f"{value!r} does not have {t.size} elements"
        return None
    if base == "bool":
        ok = isinstance(value, bool)
    elif base in ("int", "int32"):
        ok = _is_kind(value, int)
    elif base == "float":
        ok = _is_kind(value, float)
    elif base == "Scalar":
        ok = isinstance(value, (int, float))
    elif base == "str":
        ok = isinstance(value, str)
    elif base == "enum":
        assert t.enum is not None
        if value not in t.enum.values:
            return f"{value!r} is not one of {t.enum.name}'s values ({', '.join(t.enum.values)})"
        ok = True
    elif base == "ScalarType":
        if value not in dtypes:
            return f"{value!r} is not a dtype of the catalogue ({', '.join(sorted(dtypes))})"
        ok = True
    elif base == "Device":
        if value not in devices:
            return f"{value!r} is not a device of the catalogue ({', '.join(sorted(devices)) or 'none declared'})"
        ok = True
    else:
        return f"a '{t.spelling}' parameter takes no default but None"
    return None if ok else f"{value!r} does not fit type '{t.spelling}'"


def _plain(node: Node) -> object:
    if isinstance(node, Scalar):
        return node.value
    if isinstance(node, Sequence):
        return [_plain(i) for i in node.items]
    return {k: _plain(v) for k, v in node.items.items()}


class CatalogueLoader:
    def __init__(self, path: Path, display: str, source: str) -> None:
        self.path = path
        self.display = display
        self.source = source
        self.r = Reader(display)
        self.enums: dict[str, EnumDef] = {}
        self.dtype_names: set[str] = set()
        self.device_names: set[str] = set()
        self.api: ApiSnapshot | None = None

    def load(self) -> Catalogue:
        root = load_file(self.path, self.display)
        r = self.r
        top = r.mapping(root, "the catalogue", 1)
        if top is None:
            raise SpecError(r.errors)
        r.keys(top, TOP_KEYS, "the catalogue")

        meta = r.mapping(top.get("catalogue"), "'catalogue'", top.line_of("catalogue")) if "catalogue" in top.items else None
        title = version = ""
        if meta is not None:
            r.keys(meta, META_KEYS, "'catalogue'")
            title = r.text(meta, "title", "'catalogue'", one_line=True) or ""
            version = r.text(meta, "version", "'catalogue'", one_line=True) or ""

        research = self._research(top)
        pytorch_api = self._pytorch_api(top)
        categories = self._categories(top)
        error_codes = self._error_codes(top)
        dtypes = self._dtypes(top)
        devices = self._devices(top)
        enums = self._enums(top, {e.name for e in error_codes})
        self.api = pytorch_api
        self.enums = {e.name: e for e in enums}
        self.dtype_names = {d.name for d in dtypes}
        self.device_names = {d.name for d in devices}
        functions = self._functions(top, {c.id: c for c in categories}, research)
        layers = self._layers(top, research)
        not_bound = self._not_bound(top)
        research_not_bound = self._research_not_bound(top, research)
        if r.errors:
            raise SpecError(r.errors)
        assert research is not None
        return Catalogue(
            path=self.display,
            source=self.source,
            title=title,
            version=version,
            categories=tuple(categories),
            functions=tuple(functions),
            error_codes=tuple(error_codes),
            dtypes=tuple(dtypes),
            research=research,
            pytorch_api=pytorch_api,
            layers=tuple(layers),
            not_bound=tuple(not_bound),
            research_not_bound=tuple(research_not_bound),
            devices=tuple(devices),
            enums=tuple(enums),
        )

    def _not_bound(self, top: Mapping) -> list[NotBound]:
        """The recorded reasons for public callables left unbound; each names a callable of the
        API snapshot once (whether an entry binds it after all, the coverage target checks)."""
        r = self.r
        out: list[NotBound] = []
        seen: dict[str, int] = {}
        for node in self._list(top, "not_bound"):
            m = r.mapping(node, "a not_bound item", node.line)
            if m is None:
                continue
            before = len(r.errors)
            r.keys(m, NOT_BOUND_KEYS, "a not_bound item")
            name = r.scalar(m, "callable", str, "a not_bound item")
            reason = r.text(m, "reason", "a not_bound item", name, one_line=True)
            if name is not None:
                if name in seen:
                    r.error(m.line_of("callable"), f"'{name}' already has a reason (line {seen[name]})")
                seen.setdefault(name, m.line_of("callable"))
                if self.api is not None and name not in self.api.by_qualified:
                    r.error(m.line_of("callable"), f"'{name}' is not a public callable of the API snapshot ({self.api.path})")
            if len(r.errors) == before and name and reason:
                out.append(NotBound(name, reason, m.line))
        return out

    def _research_not_bound(self, top: Mapping, research: ResearchBaseline | None) -> list[ResearchNotBound]:
        """The recorded reasons for research items left unbound; each names items of the
        baseline, once (whether an entry binds one after all, the coverage target checks)."""
        r = self.r
        out: list[ResearchNotBound] = []
        seen: dict[tuple[str, str], int] = {}
        for node in self._list(top, "research_not_bound"):
            m = r.mapping(node, "a research_not_bound item", node.line)
            if m is None:
                continue
            before = len(r.errors)
            r.keys(m, RESEARCH_NOT_BOUND_KEYS, "a research_not_bound item")
            refs = self._research_refs(m, "a research_not_bound item", research)
            reason = r.text(m, "reason", "a research_not_bound item", one_line=True)
            for ref in refs:
                key = (ref.section, ref.op)
                if key in seen:
                    r.error(ref.line, f"research item {ref.section} {ref.op} already has a reason (line {seen[key]})")
                seen.setdefault(key, ref.line)
            if len(r.errors) == before and refs and reason:
                out.extend(ResearchNotBound(ref, reason) for ref in refs)
        return out

    def _layers(self, top: Mapping, research: ResearchBaseline | None) -> list[Layer]:
        r = self.r
        out: list[Layer] = []
        seen: dict[str, int] = {}
        for node in self._list(top, "layers"):
            m = r.mapping(node, "a layer", node.line)
            if m is None:
                continue
            before = len(r.errors)
            r.keys(m, LAYER_KEYS, "a layer")
            name = r.scalar(m, "name", str, "a layer", check=lambda v: None if LAYER_NAME.match(v) else "must be a name like SGD")
            label = name
            if name is not None:
                if name in seen:
                    r.error(m.line_of("name"), f"duplicate layer name '{name}' (first on line {seen[name]})")
                seen.setdefault(name, m.line_of("name"))
            summary = r.text(m, "summary", "a layer", one_line=True)
            tiers: list[tuple[str, str]] = []
            tiers_node = r.mapping(m.get("tiers"), "'tiers'", m.line_of("tiers")) if "tiers" in m.items else None
            for tier in tiers_node.items if tiers_node else ():
                if tier not in LAYER_TIERS:
                    r.error(tiers_node.line_of(tier), f"unknown tier '{tier}' (known: {', '.join(LAYER_TIERS)})", label)  # type: ignore[union-attr]
                    continue
                where = r.text(tiers_node, tier, "'tiers'", label, one_line=True)  # type: ignore[arg-type]
                if where:
                    tiers.append((tier, where))
            if tiers_node is not None and not tiers_node.items:
                r.error(tiers_node.line, "'tiers' must name at least one tier", label)
            pytorch = self._pytorch(m, label or "a layer", in_snapshot=False)  # torch.optim: outside the snapshot
            refs = self._research_refs(m, label or "a layer", research)
            if len(r.errors) == before and name and summary:
                out.append(Layer(name, summary, tuple(tiers), pytorch, refs, m.line))
        return out

    # -- sections ---------------------------------------------------------------

    def _research(self, top: Mapping) -> ResearchBaseline | None:
        rel = self.r.text(top, "research_baseline", "the catalogue", one_line=True)
        if rel is None:
            return None
        path = (self.path.parent / rel).resolve()
        display = os.path.normpath(Path(self.display).parent / rel)
        if not path.is_file():
            self.r.error(top.line_of("research_baseline"), f"research baseline '{rel}' not found (looked for {display})")
            return None
        try:
            return replace(load_research(path, display), source=self._beside_source(rel))
        except SpecError as exc:
            self.r.errors.extend(exc.diagnostics)
            return None

    def _pytorch_api(self, top: Mapping) -> ApiSnapshot | None:
        """The API snapshot named by `pytorch_api`, else pytorch_api.json beside the catalogue if any."""
        named = "pytorch_api" in top.items
        rel = self.r.text(top, "pytorch_api", "the catalogue", one_line=True) if named else API_SNAPSHOT
        if rel is None:
            return None
        path = (self.path.parent / rel).resolve()
        display = os.path.normpath(Path(self.display).parent / rel)
        if not path.is_file():
            if named:
                self.r.error(top.line_of("pytorch_api"), f"PyTorch API snapshot '{rel}' not found (looked for {display})")
            return None
        try:
            return replace(load_api_snapshot(path, display), source=self._beside_source(rel))
        except SpecError as exc:
            self.r.errors.extend(exc.diagnostics)
            return None

    def _beside_source(self, rel: str) -> str:
        """A file the catalogue names, as generated files name it: relative to the catalogue's source."""
        return posixpath.normpath(posixpath.join(posixpath.dirname(self.source), rel))

    def _list(self, top: Mapping, key: str) -> tuple[Node, ...]:
        if key not in top.items:
            return ()
        items = self.r.sequence(top.get(key), f"'{key}'", top.line_of(key))
        if not items and isinstance(top.get(key), Sequence):
            self.r.error(top.line_of(key), f"'{key}' must not be empty")
        return items

    def _categories(self, top: Mapping) -> list[Category]:
        r = self.r
        out: list[Category] = []
        seen: dict[str, int] = {}
        for node in self._list(top, "categories"):
            m = r.mapping(node, "a category", node.line)
            if m is None:
                continue
            r.keys(m, CATEGORY_KEYS, "a category")
            cid = r.scalar(m, "id", str, "a category", check=_identifier)
            title = r.text(m, "title", "a category", one_line=True)
            doc = r.text(m, "doc", "a category")
            if cid is None or title is None or doc is None:
                continue
            if cid in seen:
                r.error(m.line_of("id"), f"duplicate category id '{cid}' (first on line {seen[cid]})")
                continue
            seen[cid] = m.line_of("id")
            out.append(Category(cid, title, doc, m.line, self._examples(m, cid)))
        return out

    def _examples(self, m: Mapping, category: str) -> tuple[tuple[str, str], ...]:
        """A category's examples: tier -> code (text of several lines)."""
        r = self.r
        if "examples" not in m.items:
            return ()
        node = r.mapping(m.get("examples"), f"category {category}'s 'examples'", m.line_of("examples"))
        out: list[tuple[str, str]] = []
        for tier in node.items if node else ():
            if tier not in EXAMPLE_TIERS:
                r.error(node.line_of(tier), f"category {category}: unknown tier '{tier}' for an example (known: {', '.join(EXAMPLE_TIERS)})")  # type: ignore[union-attr]
                continue
            code = r.text(node, tier, f"category {category}'s 'examples'")  # type: ignore[arg-type]
            if code:
                out.append((tier, code.rstrip("\n")))
        return tuple(out)

    def _numbered(self, top: Mapping, key: str, spec: dict[str, bool], what: str) -> list[tuple[str, int, str, int]]:
        r = self.r
        out: list[tuple[str, int, str, int]] = []
        names: dict[str, int] = {}
        codes: dict[int, int] = {}
        for node in self._list(top, key):
            m = r.mapping(node, what, node.line)
            if m is None:
                continue
            r.keys(m, spec, what)
            name = r.scalar(m, "name", str, what, check=_identifier)
            code = r.scalar(m, "code", int, what, check=lambda v: None if 0 <= v < 1000 else "must be in 0..999")
            doc = r.text(m, "doc", what)
            if name is None or code is None or doc is None:
                continue
            if name in names:
                r.error(m.line_of("name"), f"duplicate {what} name '{name}' (first on line {names[name]})")
                continue
            if code in codes:
                r.error(m.line_of("code"), f"duplicate {what} number {code} (first on line {codes[code]})")
                continue
            names[name] = m.line_of("name")
            codes[code] = m.line_of("code")
            out.append((name, code, doc, m.line))
        return out

    def _error_codes(self, top: Mapping) -> list[ErrorCode]:
        before = len(self.r.errors)
        codes = [ErrorCode(*row) for row in self._numbered(top, "error_codes", ERROR_KEYS, "error code")]
        for c in codes:
            if c.code == 0:
                self.r.error(c.line, f"error code '{c.name}': 0 is reserved for success")
            if c.name not in REQUIRED_ERROR_CODES + OPTIONAL_ERROR_CODES:
                known = ", ".join(REQUIRED_ERROR_CODES + OPTIONAL_ERROR_CODES)
                self.r.error(c.line, f"error code '{c.name}' is not one the bridge raises ({known})")
        if "error_codes" in top.items and len(self.r.errors) == before:  # no cascade after a bad entry
            names = {c.name for c in codes}
            for missing in (n for n in REQUIRED_ERROR_CODES if n not in names):
                self.r.error(top.line_of("error_codes"), f"error code '{missing}' is missing")
        return codes

    def _dtypes(self, top: Mapping) -> list[DType]:
        """The dtypes, each with PyTorch's other names of it (`aliases: [float]`): identifiers, none
        a dtype's name or another's alias."""
        r = self.r
        dtypes = [DType(*row) for row in self._numbered(top, "dtypes", DTYPE_KEYS, "dtype")]
        names = {d.name for d in dtypes}
        taken: dict[str, int] = {}
        by_line = {d.line: d for d in dtypes}
        for node in self._list(top, "dtypes"):
            d = by_line.get(node.line)
            if not isinstance(node, Mapping) or "aliases" not in node.items or d is None:
                continue
            aliases: list[str] = []
            for item in r.sequence(node.get("aliases"), "'aliases' of a dtype", node.line_of("aliases")):
                alias = item.value if isinstance(item, Scalar) else None
                if not isinstance(alias, str) or not re.match(r"^[a-z][a-z0-9_]*$", alias):
                    r.error(item.line, f"a dtype alias is a lower-case identifier, got {alias!r}")
                elif alias in names:
                    r.error(item.line, f"dtype alias '{alias}' is the name of a dtype")
                elif alias in taken:
                    r.error(item.line, f"duplicate dtype alias '{alias}' (first on line {taken[alias]})")
                else:
                    taken[alias] = item.line
                    aliases.append(alias)
            dtypes[dtypes.index(d)] = replace(d, aliases=tuple(aliases))
        return dtypes

    def _devices(self, top: Mapping) -> list[DeviceType]:
        return [DeviceType(*row) for row in self._numbered(top, "devices", DEVICE_KEYS, "device")]

    def _enums(self, top: Mapping, error_names: set[str]) -> list[EnumDef]:
        """Named sets of text values: `{name: reduction, values: [none, mean, sum], doc: ...}`."""
        r = self.r
        out: list[EnumDef] = []
        seen: dict[str, int] = {}
        for node in self._list(top, "enums"):
            m = r.mapping(node, "an enum", node.line)
            if m is None:
                continue
            before = len(r.errors)
            r.keys(m, ENUM_KEYS, "an enum")
            name = r.scalar(m, "name", str, "an enum", check=_identifier)
            doc = r.text(m, "doc", "an enum")
            error = r.scalar(m, "error", str, "an enum", check=lambda v: None if v in error_names else f"must be an error code of the catalogue ({', '.join(sorted(error_names))})") if "error" in m.items else "value"
            values: list[str] = []
            for item in r.sequence(m.get("values"), "'values' of an enum", m.line_of("values")) if "values" in m.items else ():
                value = item.value if isinstance(item, Scalar) else None
                if not isinstance(value, str) or not re.match(r"^[a-z][a-z0-9_-]*$", value):
                    r.error(item.line, f"enum values are lower-case words, got {value!r}")
                elif value in values:
                    r.error(item.line, f"duplicate enum value '{value}'")
                else:
                    values.append(value)
            if name is not None:
                if name in seen:
                    r.error(m.line_of("name"), f"duplicate enum '{name}' (first on line {seen[name]})")
                elif name in BASES_AND_RESERVED:
                    r.error(m.line_of("name"), f"enum name '{name}' is a type of the vocabulary")
                seen.setdefault(name, m.line_of("name"))
            if len(r.errors) == before and name and doc:
                if not values:
                    r.error(m.line_of("values") if "values" in m.items else m.line, f"enum '{name}' needs at least one value")
                else:
                    out.append(EnumDef(name, tuple(values), doc, m.line, error or "value"))
        return out

    # -- functions --------------------------------------------------------------

    def _functions(self, top: Mapping, categories: dict[str, Category], research: ResearchBaseline | None) -> list[Function]:
        r = self.r
        out: list[Function] = []
        seen: dict[str, int] = {}
        for node in self._list(top, "functions"):
            m = r.mapping(node, "a function", node.line)
            if m is None:
                continue
            name_node = m.get("name")
            entry = name_node.value if isinstance(name_node, Scalar) and isinstance(name_node.value, str) else None
            label = entry or f"at line {m.line}"
            if entry is None and "name" in m.items:
                r.error(m.line_of("name"), "'name' must be text")
            if entry is not None:
                if entry in seen:
                    r.error(m.line_of("name"), f"duplicate function name (first defined on line {seen[entry]})", entry)
                    continue
                seen[entry] = m.line_of("name")
            fn = self._function(m, label, categories, research)
            if fn is not None:
                out.append(fn)
        self._cross_checks(out)
        return out

    def _function(self, m: Mapping, entry: str, categories: dict[str, Category], research: ResearchBaseline | None) -> Function | None:
        r = self.r
        before = len(r.errors)
        r.keys(m, FUNCTION_KEYS, "the entry", entry)
        name = r.scalar(m, "name", str, "the entry", entry)
        category_id = r.scalar(m, "category", str, "the entry", entry)
        category = None
        if category_id is not None:
            category = categories.get(category_id)
            if category is None:
                known = ", ".join(categories) or "none declared"
                r.error(m.line_of("category"), f"unknown category '{category_id}' (known: {known})", entry)
        if name is not None and category_id is not None:
            problem = naming.check_name(name, category_id)
            if problem:
                r.error(m.line_of("name"), problem, entry)
        summary = r.text(m, "summary", "the entry", entry, one_line=True)
        params = self._params(m, entry)
        result = self._result(m, entry, params)
        binds = r.text(m, "binds", "the entry", entry)
        pytorch = self._pytorch(m, entry)
        refs = self._research_refs(m, entry, research)
        extension = r.scalar(m, "extension", bool, "the entry", entry) or False
        deviation = r.text(m, "deviation", "the entry", entry) if "deviation" in m.items else None
        cuda = r.scalar(m, "cuda", bool, "the entry", entry) or False
        keeps = r.scalar(m, "keeps_error_state", bool, "the entry", entry) or False
        quick = r.scalar(m, "quick", bool, "the entry", entry) or False
        unsafe = r.scalar(m, "unsafe", bool, "the entry", entry) or False
        collective = r.scalar(m, "collective", bool, "the entry", entry) or False
        aten = r.scalar(m, "aten", str, "the entry", entry, check=lambda v: None if ATEN_NAME.match(v) else "must be an ATen operator name like sum or sum.dim_IntList")
        role = r.scalar(m, "role", str, "the entry", entry, check=lambda v: None if v in naming.ROLES else f"must be one of {', '.join(naming.ROLES)}")
        stub = r.text(m, "stub", "the entry", entry, one_line=True) if "stub" in m.items else None
        autograd = r.scalar(m, "autograd", str, "the entry", entry, check=lambda v: None if v in AUTOGRAD else f"must be one of {', '.join(AUTOGRAD)}, got {v!r}")
        if autograd is not None and params is not None and not any(p.type.base == "Tensor" for p in params):
            r.error(m.line_of("autograd"), f"'autograd: {autograd}' says the entry {AUTOGRAD[autograd].split(',')[0]}, but it has no tensor parameter", entry)
        stem = name[len(PREFIX) + len(naming.group_of(name).prefix) :] if name and name.startswith(PREFIX) else None
        python = self._python_facts(m, entry, stem)
        rust = self._tier_facts(m, "rust", "Rust", entry, stem)
        simple = self._tier_facts(m, "simple", "Simple", entry, stem)
        if name is not None and params is not None and result is not None:
            self._group_rules(m, entry, name, params, result)
        if params is not None and binds is not None:
            used = names_in_binds(binds)
            for p in params:
                if p.name not in used and p.name + "_" not in used:
                    r.error(m.line_of("binds"), f"binds `{binds}` does not use parameter '{p.name}'", entry)
        if len(r.errors) > before:
            return None
        assert name and category and summary and params is not None and result and binds
        fn = Function(
            name=name,
            category=category,
            group=naming.group_of(name),
            summary=summary,
            params=params,
            result=result,
            binds=binds,
            pytorch=pytorch,
            research=refs,
            extension=extension,
            deviation=deviation,
            cuda=cuda,
            keeps_error_state=keeps,
            quick=quick,
            line=m.line,
            binds_line=m.line_of("binds"),
            aten=aten,
            role=role,
            python=python,
            rust=rust,
            simple=simple,
            stub=stub,
            autograd=autograd,
            unsafe=unsafe,
            collective=collective,
        )
        if role is not None:
            self._role_shape(m, fn)
        return fn

    def _type(self, node: Mapping, entry: str, what: str) -> SchemaType | None:
        spelling = self.r.scalar(node, "type", str, what, entry)
        if spelling is None:
            return None
        if spelling.strip() in ("void", "()"):
            self.r.error(node.line_of("type"), f"'{spelling}' is no type of {what} (a function without a result has `returns: []`)", entry)
            return None
        try:
            return parse_type(spelling, self.enums)
        except ValueError as exc:
            message = str(exc)
            if message.startswith("unknown type"):  # name the place before the long list of types
                head, _, known = message.partition(" (known: ")
                message = f"{head} in {what} (known: {known}"
            else:
                message = f"{message} in {what}"
            self.r.error(node.line_of("type"), message, entry)
            return None

    def _name(self, node: Mapping, what: str, entry: str, pattern: re.Pattern[str] | None = None) -> str | None:
        """A parameter or result name: lower snake case (results may keep PyTorch's capitals,
        U, S, Vh), and reserved in no target language."""
        check = _identifier if pattern is None else (lambda v: None if pattern.match(v) else "must be a name (letters, digits, _)")
        name = self.r.scalar(node, "name", str, what, entry, check=check)
        if name is None:
            return None
        reserved = keywords.reserved_in(name)
        if reserved:
            self.r.error(node.line_of("name"), f"{what} name '{name}' is reserved in {' and '.join(reserved)}", entry)
            return None
        return name

    def _params(self, m: Mapping, entry: str) -> tuple[Param, ...] | None:
        r = self.r
        if "params" not in m.items:
            return None
        before = len(r.errors)
        params: list[Param] = []
        seen: dict[str, int] = {}
        c_names: dict[str, str] = {}
        keyword_only = False
        for node in r.sequence(m.get("params"), "'params'", m.line_of("params"), entry):
            if isinstance(node, Scalar) and node.value == KEYWORD_ONLY:
                if keyword_only:
                    r.error(node.line, f"a second '{KEYWORD_ONLY}' marker in 'params'", entry)
                keyword_only = True
                continue
            p = r.mapping(node, f"a parameter (or the keyword-only marker \"{KEYWORD_ONLY}\")", node.line, entry)
            if p is None:
                continue
            r.keys(p, PARAM_KEYS, "a parameter", entry)
            pname = self._name(p, "parameter", entry)
            what = f"parameter '{pname}'" if pname else "a parameter"
            ptype = self._type(p, entry, what)
            doc = r.text(p, "doc", what, entry)
            if pname is not None:
                if pname in seen:
                    r.error(p.line_of("name"), f"duplicate parameter name '{pname}' (first on line {seen[pname]})", entry)
                seen.setdefault(pname, p.line_of("name"))
            if pname is not None and ptype is not None:
                for c_name in abi.lowered_names(pname, ptype):
                    if c_name in abi.RESULT_NAMES:
                        r.error(p.line_of("name"), f"parameter name '{pname}' becomes the C parameter '{c_name}', which result buffers use", entry)
                    elif c_name in c_names and c_names[c_name] != pname:
                        r.error(p.line_of("name"), f"parameter '{pname}' becomes the C parameter '{c_name}', as '{c_names[c_name]}' does", entry)
                    c_names[c_name] = pname
            default: object = NO_DEFAULT
            if "default" in p.items and ptype is not None:
                default = _plain(p.items["default"])
                problem = _default_problem(default, ptype, self.dtype_names, self.device_names)
                if problem:
                    r.error(p.line_of("default"), f"default of {what}: {problem}", entry)
            if ptype is not None and ptype.base == "Device" and not self.device_names:
                r.error(p.line_of("type"), "a Device parameter needs the catalogue's 'devices' table", entry)
            if pname and ptype and doc:
                params.append(Param(pname, ptype, doc, p.line, default, keyword_only))
        if len(r.errors) > before:
            return None
        # Positional parameters with defaults come last, as in every target language.
        seen_default = False
        for p_ in params:
            if p_.keyword_only:
                continue
            if p_.has_default:
                seen_default = True
            elif seen_default:
                r.error(p_.line, f"parameter '{p_.name}' without a default follows one with a default", entry)
                return None
        if params and params[0].type.mutable is False and any(p_.type.mutable for p_ in params[1:]):
            bad = next(p_ for p_ in params[1:] if p_.type.mutable)
            r.error(bad.line, f"only the first parameter (the receiver) can be changed in place, not '{bad.name}'", entry)
            return None
        return tuple(params)

    def _result(self, m: Mapping, entry: str, params: tuple[Param, ...] | None) -> Result | None:
        r = self.r
        if "returns" not in m.items:
            return None
        node = m.get("returns")
        line = m.line_of("returns")
        if isinstance(node, Sequence):
            return self._tuple_result(node, entry, line)
        body = r.mapping(node, "'returns' (a mapping, a list of named results, or [] for none)", line, entry)
        if body is None:
            return None
        before = len(r.errors)
        r.keys(body, RETURN_KEYS, "'returns'", entry)
        t = self._type(body, entry, "the result")
        if t is not None and t.key not in abi.RESULTS:
            results = ", ".join(sorted(k for k in abi.RESULTS if k != "void"))
            r.error(body.line_of("type"), f"type '{t.spelling}' cannot be a result (results: {results}; several tensors: a list of named results)", entry)
        doc = r.text(body, "doc", "the result", entry) if "doc" in body.items else None
        if t is not None and doc is None and "doc" not in body.items:
            r.error(body.line, "missing key 'doc' in 'returns'", entry)
        capacity: int | str | None = None
        if "capacity" in body.items:
            cap = _plain(body.items["capacity"])
            cap_line = body.line_of("capacity")
            if t is not None and not t.is_list:
                r.error(cap_line, f"'capacity' only applies to list results, not '{t.spelling}'", entry)
            elif isinstance(cap, int) and not isinstance(cap, bool) and cap > 0:
                capacity = cap
            elif isinstance(cap, str) and params is not None and any(p.name == cap and p.type.key in ("int", "int32") for p in params):
                capacity = cap
            else:
                r.error(cap_line, f"'capacity' must be a positive integer or the name of an integer parameter, got {cap!r}", entry)
        if len(r.errors) > before or t is None:
            return None
        return Result(t, doc or "", body.line, capacity)

    def _tuple_result(self, node: Sequence, entry: str, line: int) -> Result | None:
        """`returns: []` (nothing) or a list of named tensors (PyTorch's named tuples)."""
        r = self.r
        if not node.items:
            return Result(VOID_TYPE, "", line)
        before = len(r.errors)
        fields: list[Field] = []
        for item in node.items:
            f = r.mapping(item, "a named result", item.line, entry)
            if f is None:
                continue
            r.keys(f, FIELD_KEYS, "a named result", entry)
            fname = self._name(f, "result", entry, pattern=FIELD_NAME)
            t = self._type(f, entry, f"result '{fname}'")
            doc = r.text(f, "doc", f"result '{fname}'", entry)
            if t is not None and t.spelling != "Tensor":
                r.error(f.line_of("type"), f"named results are tensors, not '{t.spelling}'", entry)
            if fname and any(x.name == fname for x in fields):
                r.error(f.line_of("name"), f"duplicate result name '{fname}'", entry)
            if fname and doc:
                fields.append(Field(fname, doc, f.line))
        if len(r.errors) > before:
            return None
        if len(fields) < 2:
            r.error(line, "a list of named results needs two or more (one result is a mapping)", entry)
            return None
        doc = "; ".join(f"{f.name}: {f.doc.rstrip('.')}" for f in fields) + "."
        return Result(SchemaType("Tensor", is_list=True), doc, line, len(fields), tuple(fields))

    def _python_facts(self, m: Mapping, entry: str, stem: str | None) -> PythonFacts:
        r = self.r
        if "python" not in m.items:
            self._check_tier_name(m, "Python", stem, m.line_of("name") if "name" in m.items else m.line, entry)
            return PythonFacts()
        node = r.mapping(m.get("python"), "'python'", m.line_of("python"), entry)
        if node is None:
            return PythonFacts()
        r.keys(node, PYTHON_KEYS, "'python'", entry)
        name = r.scalar(node, "name", str, "'python'", entry, check=lambda v: None if PY_NAME.match(v) else "must be a Python name in snake case")
        on = r.scalar(node, "owner", str, "'python'", entry, check=lambda v: None if v in PYTHON_CLASSES + PYTHON_MODULES else f"must be one of {', '.join(PYTHON_CLASSES + PYTHON_MODULES)}")
        kind = r.scalar(node, "kind", str, "'python'", entry, check=lambda v: None if v in PYTHON_KINDS else f"must be one of {', '.join(PYTHON_KINDS)}")
        setter = r.scalar(node, "setter", str, "'python'", entry)
        tuple_result = r.scalar(node, "tuple_result", bool, "'python'", entry) or False
        size_result = r.scalar(node, "size_result", bool, "'python'", entry) or False
        if size_result and tuple_result:
            r.error(node.line_of("size_result"), "size_result already makes the result a tuple (a Size): drop tuple_result", entry)
        also: list[str] = []
        for item in r.sequence(node.get("also"), "'also' of 'python'", node.line_of("also"), entry) if "also" in node.items else ():
            value = item.value if isinstance(item, Scalar) else None
            owner, _, member = value.partition(".") if isinstance(value, str) else ("", "", "")
            if owner in PYTHON_CLASSES + PYTHON_MODULES and PY_NAME.match(member):
                also.append(str(value))
            else:
                r.error(item.line, f"'also' of 'python' lists qualified names like Tensor.dim or torch_sffi.sum, got {value!r}", entry)
        operator = r.scalar(node, "operator", str, "'python'", entry, check=lambda v: None if v in PYTHON_OPERATORS else f"must be one of {', '.join(PYTHON_OPERATORS)}")
        flag = r.scalar(node, "flag", str, "'python'", entry, check=_identifier)
        owned_by = r.scalar(node, "owned_by", str, "'python'", entry)
        then = r.scalar(node, "then", str, "'python'", entry, check=_identifier)
        if setter is not None and kind != "property":
            r.error(node.line_of("setter"), "a setter belongs to a property (kind: property)", entry)
        shown = name or stem
        if shown and not shown.startswith("__"):
            self._check_tier_name(node, "Python", shown, node.line_of("name") if "name" in node.items else node.line, entry)
        return PythonFacts(name, on, kind, setter, tuple(also), tuple_result or size_result, size_result, operator, flag, node.line, owned_by, then)

    def _tier_facts(self, m: Mapping, key: str, language: str, entry: str, stem: str | None) -> TierFacts:
        r = self.r
        if key not in m.items:
            self._check_tier_name(m, language, stem, m.line_of("name") if "name" in m.items else m.line, entry)
            return TierFacts()
        node = r.mapping(m.get(key), f"'{key}'", m.line_of(key), entry)
        if node is None:
            return TierFacts()
        r.keys(node, TIER_KEYS, f"'{key}'", entry)
        name = r.scalar(node, "name", str, f"'{key}'", entry, check=_function_stem)
        if name is None and "name" in node.items:
            return TierFacts(None, node.line)
        self._check_tier_name(node, language, name or stem, node.line_of("name") if "name" in node.items else node.line, entry, key)
        return TierFacts(name, node.line)

    def _check_tier_name(self, node: Mapping, language: str, name: str | None, line: int, entry: str, key: str | None = None) -> None:
        """A function's name in a tier (its stem unless the tier's facts give one) is no keyword there."""
        if name and name in keywords.BY_LANGUAGE[language]:
            fix = f"give another in '{key or language.lower()}: {{name: ...}}'"
            self.r.error(line, f"the name '{name}' is reserved in {language}: {fix}", entry)

    def _role_shape(self, m: Mapping, fn: Function) -> None:
        """An entry with a role has the signature that role needs."""
        want = naming.ROLES[fn.role or ""]
        if tuple(p.type.spelling for p in fn.params) != want.params or fn.result.type.spelling != want.result:
            self.r.error(m.line_of("role"), f"role '{fn.role}' needs {want}", fn.name)

    def _cross_checks(self, functions: list[Function]) -> None:
        """What needs every entry: roles played once, setters and Python names that resolve."""
        r = self.r
        by_name = {f.name: f for f in functions}
        roles: dict[str, Function] = {}
        for fn in functions:
            if fn.role is not None:
                if fn.role in roles:
                    r.error(fn.line, f"role '{fn.role}' is already played by {roles[fn.role].name}", fn.name)
                roles.setdefault(fn.role, fn)
            setter = fn.python.setter
            if setter is not None:
                target = by_name.get(setter)
                if target is None:
                    r.error(fn.python.line, f"python setter '{setter}' is not a catalogue function", fn.name)
                elif not fn.params or not target.params or target.params[0].type.base != fn.params[0].type.base:
                    r.error(fn.python.line, f"python setter '{setter}' does not act on the same object", fn.name)
            owned_by = fn.python.owned_by
            if owned_by is not None:
                release = by_name.get(owned_by)
                if fn.result.type.spelling != "int":
                    r.error(fn.python.line, "python owned_by belongs to an entry whose result is an int handle", fn.name)
                if release is None:
                    r.error(fn.python.line, f"python owned_by '{owned_by}' is not a catalogue function", fn.name)
                elif (
                    [p.type.spelling for p in release.params] != ["int"] or release.result.type.spelling != "bool" or not release.keeps_error_state
                ):
                    r.error(fn.python.line, f"python owned_by '{owned_by}' must be (int) -> bool and keep the error state (a release for destructors)", fn.name)
            if fn.python.then is not None and fn.result.type.key != "void":
                r.error(fn.python.line, f"python then '{fn.python.then}' belongs to an entry without a result (the hooks run after the call)", fn.name)

    def _pytorch(self, m: Mapping, entry: str, in_snapshot: bool = True) -> str | None:
        node = m.get("pytorch")
        if node is None or isinstance(node, Scalar) and node.value is None:
            return None
        value = self.r.scalar(
            m,
            "pytorch",
            str,
            "the entry",
            entry,
            check=lambda v: None if PYTORCH_NAME.match(v) else "must be a dotted PyTorch name like torch.add, or null",
        )
        if value is not None and in_snapshot and self.api is not None and not _in_snapshot(value, self.api):
            self.r.error(m.line_of("pytorch"), f"pytorch '{value}' is not in the PyTorch API snapshot ({self.api.path}, torch {self.api.torch_version})", entry)
        return value

    def _research_refs(self, m: Mapping, entry: str, research: ResearchBaseline | None) -> tuple[ResearchRef, ...]:
        r = self.r
        node = m.get("research")
        if node is None:
            return ()
        refs = r.mapping(node, "'research'", m.line_of("research"), entry)
        if refs is None:
            return ()
        out: list[ResearchRef] = []
        for section_id, ops_node in refs.items.items():
            line = refs.line_of(section_id)
            ops: list[object]
            if isinstance(ops_node, Scalar):
                ops = [ops_node.value]
            elif isinstance(ops_node, Sequence):
                ops = [_plain(i) for i in ops_node.items]
            else:
                r.error(line, f"research section {section_id}: give an op name or a list of them", entry)
                continue
            section = research.by_id.get(section_id) if research is not None else None
            if research is not None and section is None:
                known = ", ".join(research.by_id)
                r.error(line, f"unknown research section '{section_id}' (known: {known})", entry)
                continue
            for op in ops:
                if not isinstance(op, str):
                    r.error(line, f"research section {section_id}: op names must be text, got {op!r}", entry)
                elif section is not None and op not in section.items:
                    r.error(
                        line,
                        f"research section {section_id} ({section.title}) does not name '{op}' "
                        f"(it names: {', '.join(section.items)})",
                        entry,
                    )
                else:
                    out.append(ResearchRef(section_id, op, line))
        return tuple(out)

    def _group_rules(self, m: Mapping, entry: str, name: str, params: tuple[Param, ...], result: Result) -> None:
        group = naming.group_of(name)
        first = params[0].type if params else None
        if group.receiver == "tensor" and (first is None or first.base != "Tensor" or first.optional or first.item_optional):
            self.r.error(
                m.line_of("params"),
                f"'{group.prefix}' functions take the tensor they act on first (a Tensor, Tensor(a!) or Tensor[] parameter)",
                entry,
            )
        if group.receiver == "stream" and (first is None or first.spelling != "Stream"):
            self.r.error(m.line_of("params"), f"'{group.prefix}' functions take a Stream parameter first", entry)
        if group.constructs is not None and result.type.spelling != group.constructs.capitalize():
            self.r.error(
                m.line_of("returns"), f"'{group.prefix}' functions must return a new {group.constructs.capitalize()}", entry
            )


def _in_snapshot(name: str, api: ApiSnapshot) -> bool:
    """Whether a PyTorch name is in the API snapshot: a callable (or an alias of one), an attribute
    of a namespace (torch.Tensor.shape), or a member of one of those, which the snapshot does not
    list itself (torch.cuda.Stream.query, torch.no_grad.__enter__, torch.__version__)."""
    if name in api.by_qualified or name in api.aliases:
        return True
    owner, _, member = name.rpartition(".")
    namespaces = api.by_name
    ns = namespaces.get(owner)
    if ns is not None and (member in ns.attributes or member in ns.uncounted or member in ns.deprecated or member.startswith("__")):
        return True
    if owner in api.by_qualified or owner in api.aliases:
        return True
    parent, _, attr = owner.rpartition(".")
    return parent in namespaces and (attr in namespaces[parent].attributes or attr in namespaces[parent].uncounted)


def load_catalogue(path: Path, display: str | None = None, source: str | None = None) -> Catalogue:
    """Load and validate; raises SpecError listing every problem."""
    shown = display or str(path)
    return CatalogueLoader(path, shown, source or shown).load()
