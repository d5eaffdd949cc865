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

from . import naming
from .errors import Diagnostic, SpecError
from .model import (
    NO_DEFAULT,
    ApiCallable,
    ApiNamespace,
    ApiSnapshot,
    Catalogue,
    Category,
    DType,
    ErrorCode,
    Function,
    Layer,
    Param,
    ResearchBaseline,
    ResearchRef,
    ResearchSection,
    Result,
)
from .types import VOCABULARY, SffiType, known_type_names
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
}
LAYER_KEYS = {"name": True, "summary": True, "tiers": True, "pytorch": False, "research": True}
# Tiers whose layers the tests look up (tests/test_coverage.py resolves each place).
LAYER_TIERS = ("python", "simple", "rust")
LAYER_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
META_KEYS = {"title": True, "version": True}
CATEGORY_KEYS = {"id": True, "title": True, "doc": True}
ERROR_KEYS = {"name": True, "code": True, "doc": True}
DTYPE_KEYS = {"name": True, "code": True, "doc": True}
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
}
PARAM_KEYS = {"name": True, "type": True, "doc": True, "default": False}
RESULT_KEYS = {"type": True, "doc": False, "capacity": False}

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
# Names the generated code uses itself, so parameters cannot take them.
GENERATED_PARAM_NAMES = {"out", "out_capacity"}
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
    ns_keys = {"name": True, "title": True, "rule": True, "callables": True, "deprecated": True, "attributes": False}
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
        namespaces.append(ApiNamespace(name, title, rule, tuple(callables), deprecated, attributes, m.line))
    if r.errors:
        raise SpecError(r.errors)
    return ApiSnapshot(display, version, tuple(rules), files, skipped, ambiguous, tuple(namespaces))


# --------------------------------------------------------------------------- catalogue


def _default_ok(value: object, t: SffiType) -> bool:
    if t.name == "bool":
        return isinstance(value, bool)
    if t.name in ("i32", "i64"):
        return _is_kind(value, int)
    if t.name == "f64":
        return _is_kind(value, float)
    if t.name == "i64[]":
        return isinstance(value, list) and all(_is_kind(v, int) for v in value)
    if t.name == "f64[]":
        return isinstance(value, list) and all(_is_kind(v, float) for v in value)
    if t.name == "tensor?":
        return value is None
    if t.name == "text":
        return isinstance(value, str)
    return False


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
        functions = self._functions(top, {c.id: c for c in categories}, research)
        layers = self._layers(top, research)
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
        )

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
            pytorch = self._pytorch(m, label or "a layer")
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
            out.append(Category(cid, title, doc, m.line))
        return out

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
            if c.name not in REQUIRED_ERROR_CODES:
                known = ", ".join(REQUIRED_ERROR_CODES)
                self.r.error(c.line, f"error code '{c.name}' is not one the bridge raises ({known})")
        if "error_codes" in top.items and len(self.r.errors) == before:  # no cascade after a bad entry
            names = {c.name for c in codes}
            for missing in (n for n in REQUIRED_ERROR_CODES if n not in names):
                self.r.error(top.line_of("error_codes"), f"error code '{missing}' is missing")
        return codes

    def _dtypes(self, top: Mapping) -> list[DType]:
        return [DType(*row) for row in self._numbered(top, "dtypes", DTYPE_KEYS, "dtype")]

    # -- functions --------------------------------------------------------------

    def _functions(
        self, top: Mapping, categories: dict[str, Category], research: ResearchBaseline | None
    ) -> list[Function]:
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
        return out

    def _function(
        self, m: Mapping, entry: str, categories: dict[str, Category], research: ResearchBaseline | None
    ) -> Function | None:
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
        if name is not None and params is not None and result is not None:
            self._group_rules(m, entry, name, params, result)
        if params is not None and binds is not None:
            for p in params:
                if not re.search(rf"(?<![\w.]){p.name}_?(?!\w)", binds):
                    r.error(m.line_of("binds"), f"binds `{binds}` does not use parameter '{p.name}'", entry)
        if len(r.errors) > before:
            return None
        assert name and category and summary and params is not None and result and binds
        return Function(
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
            line=m.line,
        )

    def _type(self, m: Mapping, entry: str, what: str, as_result: bool) -> SffiType | None:
        name = self.r.scalar(m, "type", str, what, entry)
        if name is None:
            return None
        t = VOCABULARY.get(name)
        if t is None:
            self.r.error(m.line_of("type"), f"unknown type '{name}' in {what} (known: {known_type_names()})", entry)
            return None
        if as_result and not t.as_result or not as_result and not t.as_param:
            role = "a result" if as_result else "a parameter"
            self.r.error(m.line_of("type"), f"type '{name}' cannot be {role}", entry)
            return None
        return t

    def _params(self, m: Mapping, entry: str) -> tuple[Param, ...] | None:
        r = self.r
        if "params" not in m.items:
            return None
        before = len(r.errors)
        params: list[Param] = []
        seen: dict[str, int] = {}
        for node in r.sequence(m.get("params"), "'params'", m.line_of("params"), entry):
            p = r.mapping(node, "a parameter", node.line, entry)
            if p is None:
                continue
            r.keys(p, PARAM_KEYS, "a parameter", entry)
            pname = r.scalar(p, "name", str, "a parameter", entry, check=_identifier)
            what = f"parameter '{pname}'" if pname else "a parameter"
            ptype = self._type(p, entry, what, as_result=False)
            doc = r.text(p, "doc", what, entry)
            if pname is not None:
                if pname in seen:
                    r.error(p.line_of("name"), f"duplicate parameter name '{pname}' (first on line {seen[pname]})", entry)
                elif pname in naming.RESERVED:
                    r.error(p.line_of("name"), f"parameter name '{pname}' is a keyword in a target language", entry)
                elif pname in GENERATED_PARAM_NAMES or pname.endswith("_len"):
                    r.error(p.line_of("name"), f"parameter name '{pname}' is reserved for generated code", entry)
                seen.setdefault(pname, p.line_of("name"))
            default: object = NO_DEFAULT
            if "default" in p.items and ptype is not None:
                default = _plain(p.items["default"])
                if not _default_ok(default, ptype):
                    r.error(p.line_of("default"), f"default {default!r} does not fit type '{ptype.name}'", entry)
            if pname and ptype and doc:
                params.append(Param(pname, ptype, doc, p.line, default))
        if len(r.errors) > before:
            return None
        # Parameters with defaults must come last, as in every target language.
        seen_default = False
        for p_ in params:
            if p_.has_default:
                seen_default = True
            elif seen_default:
                r.error(p_.line, f"parameter '{p_.name}' without a default follows one with a default", entry)
                return None
        return tuple(params)

    def _result(self, m: Mapping, entry: str, params: tuple[Param, ...] | None) -> Result | None:
        r = self.r
        if "returns" not in m.items:
            return None
        node = r.mapping(m.get("returns"), "'returns'", m.line_of("returns"), entry)
        if node is None:
            return None
        before = len(r.errors)
        r.keys(node, RESULT_KEYS, "'returns'", entry)
        t = self._type(node, entry, "the result", as_result=True)
        doc = r.text(node, "doc", "the result", entry) if "doc" in node.items else None
        if t is not None and not t.is_void and doc is None and "doc" not in node.items:
            r.error(node.line, "missing key 'doc' in 'returns'", entry)
        capacity: int | str | None = None
        if "capacity" in node.items:
            cap = _plain(node.items["capacity"])
            line = node.line_of("capacity")
            if t is not None and not t.is_array:
                r.error(line, f"'capacity' only applies to array results, not '{t.name}'", entry)
            elif isinstance(cap, int) and not isinstance(cap, bool) and cap > 0:
                capacity = cap
            elif isinstance(cap, str) and params is not None and any(
                p.name == cap and p.type.name in ("i64", "i32") for p in params
            ):
                capacity = cap
            else:
                r.error(line, f"'capacity' must be a positive integer or the name of an integer parameter, got {cap!r}", entry)
        if len(r.errors) > before or t is None:
            return None
        return Result(t, doc or "", node.line, capacity)

    def _pytorch(self, m: Mapping, entry: str) -> str | None:
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
        first = params[0].type.name if params else None
        if group.receiver == "tensor" and first not in ("tensor", "tensor[]"):
            self.r.error(
                m.line_of("params"),
                f"'{group.prefix}' functions take the tensor they act on first (a 'tensor' or 'tensor[]' parameter)",
                entry,
            )
        if group.receiver == "stream" and first != "stream":
            self.r.error(m.line_of("params"), f"'{group.prefix}' functions take a 'stream' parameter first", entry)
        if group.constructs is not None and result.type.name != group.constructs:
            self.r.error(
                m.line_of("returns"), f"'{group.prefix}' functions must return a new '{group.constructs}'", entry
            )


def load_catalogue(path: Path, display: str | None = None, source: str | None = None) -> Catalogue:
    """Load and validate; raises SpecError listing every problem."""
    shown = display or str(path)
    return CatalogueLoader(path, shown, source or shown).load()
