"""The coverage report: generated/docs/coverage.md, coverage.json and coverage.svg.

Every figure is computed here from three inputs and nothing else: the catalogue, the research
baseline it names, and the PyTorch API snapshot beside it (spec/pytorch_api.json, written by
`sffi-gen snapshot-api`). Nothing imports torch, so the report does not depend on the machine.

How an entry binds a PyTorch callable (BINDING_RULES says it in words for the report):
1. its `pytorch` name, exactly;
2. `torch.X` and `torch.Tensor.X` are one ATen operator in its function and method forms, so an
   entry naming either binds both (when both exist): an entry for torch.sum binds
   torch.Tensor.sum too;
3. a context manager is bound through its `__enter__`/`__exit__`: torch.no_grad.__enter__
   binds torch.no_grad;
4. a callable is bound when any of its names is (the snapshot's aliases: torch.no_grad is
   torch.autograd.no_grad, torch.conv2d is torch.nn.functional.conv2d).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..errors import GenerationError
from ..loader import API_SNAPSHOT, claim_key, list_key
from ..model import ApiCallable, ApiNamespace, ApiSnapshot, Catalogue, Function
from ..render import HEADER_TEXT

NAME = "coverage"
DIRS = ("docs",)

TOP_UNBOUND = 10  # how many of the most used unbound callables each namespace lists
MOST_USED = 100  # the most used callables (over all namespaces) listed with how each is bound, or why not

BINDING_RULES: tuple[str, ...] = (
    "an entry binds the callable its `pytorch` field names",
    "`torch.X` and `torch.Tensor.X` are one ATen operator in its function and method forms: an entry "
    "naming either binds both, where both exist (torch.sum also binds torch.Tensor.sum)",
    "a context manager is bound through its `__enter__`/`__exit__` (torch.no_grad.__enter__ binds torch.no_grad)",
    "a callable counts as bound when any of its names is bound (the snapshot's aliases: torch.no_grad is "
    "torch.autograd.no_grad, torch.conv2d is torch.nn.functional.conv2d)",
)
CONTEXT_METHODS = ("__enter__", "__exit__")

# Accounting: every entry gets exactly one status, the first of STATUS_PRECEDENCE that applies;
# reports list them in STATUS_ORDER.
STATUS_PRECEDENCE: tuple[str, ...] = ("cuda", "deviation", "tested")
STATUS_ORDER: tuple[str, ...] = ("tested", "deviation", "cuda")
STATUS_LABEL: dict[str, str] = {
    "cuda": "needs CUDA",
    "deviation": "bound with a recorded deviation",
    "tested": "bound and tested",
}
STATUS_MEANING: dict[str, str] = {
    "cuda": (
        "needs a CUDA build and device: on a CPU build the call fails cleanly with the `unavailable` "
        "error code (tested); the numeric test runs where CUDA is present"
    ),
    "deviation": (
        "bound and tested against PyTorch, with a documented departure from the reference signature "
        "(quoted in the note)"
    ),
    "tested": (
        "bound and tested: the bridge test suite compares it with its PyTorch counterpart (or checks "
        "its documented behaviour where it has none) and fails for any function without a case"
    ),
}
# Chart colours per status; a status missing here is a named error (see _colour).
STATUS_COLOUR: dict[str, str] = {"tested": "#2e7d32", "deviation": "#f9a825", "cuda": "#1565c0"}
BAR_COLOUR = "#2e7d32"
TRACK_COLOUR = "#e0e0e0"
CLAIM_COLOUR = "#c62828"


# --------------------------------------------------------------------------- numbers


def xml_escape(text: str) -> str:
    """&, < and > escaped for SVG text (xml.sax.saxutils.escape without its 20 ms import)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def percent(bound: int, total: int) -> int | None:
    """Whole percent, halves rounded up; None when there is nothing to count."""
    if total == 0:
        return None
    return (200 * bound + total) // (2 * total)


def percent_text(bound: int, total: int) -> str:
    value = percent(bound, total)
    return "n/a" if value is None else f"{value}%"


def entry_names(fn: Function) -> tuple[str, ...]:
    """The PyTorch names an entry binds, after rules 1-3 of the module docstring."""
    if fn.pytorch is None:
        return ()
    names = {fn.pytorch}
    owner, _, last = fn.pytorch.rpartition(".")
    if last in CONTEXT_METHODS and owner:
        names.add(owner)
    for name in list(names):
        parts = name.split(".")
        if len(parts) == 3 and parts[:2] == ["torch", "Tensor"]:
            names.add(f"torch.{parts[2]}")
        elif len(parts) == 2 and parts[0] == "torch":
            names.add(f"torch.Tensor.{parts[1]}")
    return tuple(sorted(names))


@dataclass(frozen=True)
class Bindings:
    """Which entries bind which callables, computed once: entry x callable is 100k+ pairs."""

    entries_of: dict[str, tuple[str, ...]]  # callable (qualified) -> entry names, catalogue order
    callables_of: dict[str, tuple[str, ...]]  # entry name -> callables (qualified), snapshot order


def bindings(catalogue: Catalogue, snapshot: ApiSnapshot) -> Bindings:
    by_name: dict[str, list[str]] = {}
    for fn in catalogue.functions:
        for name in entry_names(fn):
            by_name.setdefault(name, []).append(fn.name)
    order = {fn.name: i for i, fn in enumerate(catalogue.functions)}
    entries_of: dict[str, tuple[str, ...]] = {}
    callables_of: dict[str, list[str]] = {fn.name: [] for fn in catalogue.functions}
    for ns in snapshot.namespaces:
        for c in ns.callables:
            found = {e for n in (c.qualified, *c.aliases) for e in by_name.get(n, ())}
            entries = tuple(sorted(found, key=order.__getitem__))
            entries_of[c.qualified] = entries
            for e in entries:
                callables_of[e].append(c.qualified)
    return Bindings(entries_of, {k: tuple(v) for k, v in callables_of.items()})


# --------------------------------------------------------------------------- the report's rows


@dataclass(frozen=True)
class CategoryRow:
    id: str
    title: str
    reference: tuple[str, ...]
    extensions: tuple[str, ...]
    statuses: tuple[tuple[str, int], ...]  # (status, how many of the category's entries)


@dataclass(frozen=True)
class ItemRow:
    list: str
    item: str
    entries: tuple[str, ...]
    reason: str | None = None  # the catalogue's research_not_bound reason for an unbound item


@dataclass(frozen=True)
class ResearchRow:
    key: str  # "2.2" for a section, "2.2 elementwise" for one of its lists
    section: str
    list: str | None
    title: str
    total: int
    bound: int
    claimed: str | None  # what the reference claimed for this row, e.g. "70%"
    items: tuple[ItemRow, ...]

    @property
    def percent(self) -> int | None:
        return percent(self.bound, self.total)


@dataclass(frozen=True)
class BoundCallable:
    callable: ApiCallable
    entries: tuple[str, ...]


@dataclass(frozen=True)
class ApiRow:
    namespace: ApiNamespace
    bound: tuple[BoundCallable, ...]
    unbound: tuple[ApiCallable, ...]  # most used first (then by name)

    @property
    def total(self) -> int:
        return len(self.namespace.callables)


@dataclass(frozen=True)
class EntryRow:
    name: str
    category: str
    extension: bool
    status: str
    pytorch: str | None
    counts_toward: tuple[str, ...]  # the snapshot callables it binds
    note: str


@dataclass(frozen=True)
class Report:
    catalogue: Catalogue
    snapshot: ApiSnapshot
    categories: tuple[CategoryRow, ...]
    research: tuple[ResearchRow, ...]
    api: tuple[ApiRow, ...]
    entries: tuple[EntryRow, ...]
    most_used: tuple[MostUsedRow, ...]

    @property
    def research_sections(self) -> tuple[ResearchRow, ...]:
        return tuple(r for r in self.research if r.list is None)

    @property
    def research_totals(self) -> tuple[int, int]:
        rows = self.research_sections
        return sum(r.bound for r in rows), sum(r.total for r in rows)

    @property
    def research_reasons(self) -> int:
        """How many unbound items carry the catalogue's reason (each item once)."""
        return len({(r.section, i.item) for r in self.research_sections for i in r.items if i.reason and not i.entries})

    @property
    def api_totals(self) -> tuple[int, int]:
        return sum(len(r.bound) for r in self.api), sum(r.total for r in self.api)

    def status_counts(self) -> tuple[tuple[str, int], ...]:
        return tuple((s, sum(1 for e in self.entries if e.status == s)) for s in STATUS_ORDER)


def layer_label(name: str) -> str:
    """How a layer of the wrapper tiers appears among the entries that bind a research item."""
    return f"layer {name}"


def status_of(fn: Function) -> str:
    for status in STATUS_PRECEDENCE:
        if status == "cuda" and fn.cuda or status == "deviation" and fn.deviation or status == "tested":
            return status
    raise AssertionError("unreachable: 'tested' always applies")  # pragma: no cover


def _categories(catalogue: Catalogue) -> tuple[CategoryRow, ...]:
    rows = []
    for category in catalogue.categories:
        fns = catalogue.in_category(category)
        statuses = tuple((s, sum(1 for f in fns if status_of(f) == s)) for s in STATUS_ORDER)
        rows.append(
            CategoryRow(
                category.id,
                category.title,
                tuple(f.name for f in fns if not f.extension),
                tuple(f.name for f in fns if f.extension),
                statuses,
            )
        )
    return tuple(rows)


def _research(catalogue: Catalogue) -> tuple[ResearchRow, ...]:
    baseline = catalogue.research
    claims: dict[tuple[str, str | None], str] = {claim_key(label): value for label, value in baseline.claimed}
    binders: dict[tuple[str, str], list[str]] = {}
    # Catalogue entries bind items, and so do the wrapper tiers' layers (the optimizers).
    claimants = [(fn.name, fn.research) for fn in catalogue.functions]
    claimants += [(layer_label(layer.name), layer.research) for layer in catalogue.layers]
    for name, research in claimants:
        for ref in research:
            bound_by = binders.setdefault((ref.section, ref.op), [])
            if name not in bound_by:
                bound_by.append(name)
    # A reason recorded for an item some entry or layer binds is stale: a named error.
    reasons: dict[tuple[str, str], str] = {}
    for n in catalogue.research_not_bound:
        key = (n.ref.section, n.ref.op)
        if key in binders:
            raise GenerationError(
                f"{catalogue.path}:{n.ref.line}: research_not_bound: {n.ref.section} {n.ref.op} is bound by "
                f"{binders[key][0]}; remove its reason"
            )
        reasons[key] = n.reason
    rows: list[ResearchRow] = []
    for section in baseline.sections:
        items = tuple(
            ItemRow(list_name, item, tuple(binders.get((section.id, item), ())), reasons.get((section.id, item)))
            for list_name, names in section.lists
            for item in names
        )
        unique = {i.item: bool(i.entries) for i in items}
        rows.append(
            ResearchRow(
                section.id,
                section.id,
                None,
                section.title,
                len(unique),
                sum(unique.values()),
                claims.get((section.id, None)),
                items,
            )
        )
        if len(section.lists) > 1:
            for list_name, _ in section.lists:
                sub = tuple(i for i in items if i.list == list_name)
                rows.append(
                    ResearchRow(
                        f"{section.id} {list_name}",
                        section.id,
                        list_name,
                        f"{section.title}: {list_name.replace('_', ' ')}",
                        len(sub),
                        sum(1 for i in sub if i.entries),
                        claims.get((section.id, list_key(list_name))),
                        sub,
                    )
                )
    return tuple(rows)


def _api(snapshot: ApiSnapshot, index: Bindings) -> tuple[ApiRow, ...]:
    rows = []
    for ns in snapshot.namespaces:
        bound: list[BoundCallable] = []
        unbound: list[ApiCallable] = []
        for c in ns.callables:
            entries = index.entries_of[c.qualified]
            if entries:
                bound.append(BoundCallable(c, entries))
            else:
                unbound.append(c)
        unbound.sort(key=lambda c: (-c.uses, c.name))
        rows.append(ApiRow(ns, tuple(bound), tuple(unbound)))
    return tuple(rows)


@dataclass(frozen=True)
class MostUsedRow:
    callable: ApiCallable
    entries: tuple[str, ...]  # the entries that bind it (empty: unbound)
    reason: str | None  # the catalogue's not_bound reason for an unbound one


def _most_used(catalogue: Catalogue, snapshot: ApiSnapshot, index: Bindings) -> tuple[MostUsedRow, ...]:
    """The MOST_USED callables of all namespaces by uses, each object once (aliases share one
    row), with their entries or the catalogue's `not_bound` reason. A reason recorded for a
    callable some entry binds is stale: a named error."""
    reasons = {n.callable: n for n in catalogue.not_bound}
    for n in catalogue.not_bound:
        entries = index.entries_of.get(n.callable, ())
        if entries:
            raise GenerationError(
                f"{catalogue.path}:{n.line}: not_bound: {n.callable} is bound by {entries[0]}; remove its reason"
            )
    callables = sorted((c for ns in snapshot.namespaces for c in ns.callables), key=lambda c: (-c.uses, c.qualified))
    taken: set[str] = set()
    rows: list[MostUsedRow] = []
    for c in callables:
        names = {c.qualified, *c.aliases}
        if names & taken:
            continue
        taken |= names
        reason = next((reasons[n].reason for n in sorted(names) if n in reasons), None)
        rows.append(MostUsedRow(c, index.entries_of[c.qualified], reason))
        if len(rows) == MOST_USED:
            break
    return tuple(rows)


def _outside_reason(name: str, snapshot: ApiSnapshot) -> str:
    """Why a `pytorch` name binds none of the snapshot's counted callables."""
    tensor_attrs: set[str] = set()
    deprecated: set[str] = set()
    for ns in snapshot.namespaces:
        deprecated |= {f"{ns.name}.{d}" for d in ns.deprecated}
        tensor_attrs |= {f"{ns.name}.{a}" for a in ns.attributes}
    owner, _, last = name.rpartition(".")
    if name in deprecated:
        return f"{name} is deprecated in torch {snapshot.torch_version} (listed, not counted)"
    if name in tensor_attrs:
        return f"{name} is an attribute (a property), not a callable"
    if owner in snapshot.by_qualified:
        return f"a method of {owner}, which is counted once, as a class"
    if owner in tensor_attrs:
        return f"a method of the tensor attribute {owner}, not a public callable itself"
    if last.startswith("__") and last.endswith("__"):
        return f"{name} is a dunder, not a public callable"
    if owner in snapshot.by_name:
        return f"outside the counted surface of {owner} (see its rule)"
    return "outside the namespaces this report counts"


def _note(fn: Function, status: str, counts: tuple[str, ...], snapshot: ApiSnapshot) -> str:
    parts: list[str] = []
    if fn.pytorch is None:
        parts.append(f"no PyTorch counterpart: {fn.summary}")
    elif not counts:
        parts.append(_outside_reason(fn.pytorch, snapshot))
    if status == "cuda":
        parts.append("needs CUDA: on a CPU build it fails with error code `unavailable`")
    if fn.deviation:
        parts.append(f"deviation from the reference: {fn.deviation}")
    return " ".join(_sentence(p) for p in parts)


def _sentence(text: str) -> str:
    text = text[0].upper() + text[1:]
    return text if text.endswith(".") else text + "."


def _entries(catalogue: Catalogue, snapshot: ApiSnapshot, index: Bindings) -> tuple[EntryRow, ...]:
    rows = []
    for fn in catalogue.functions:
        counts = index.callables_of[fn.name]
        status = status_of(fn)
        rows.append(
            EntryRow(
                fn.name,
                fn.category.title,
                fn.extension,
                status,
                fn.pytorch,
                counts,
                _note(fn, status, counts, snapshot),
            )
        )
    return tuple(rows)


def build(catalogue: Catalogue) -> Report:
    snapshot = catalogue.pytorch_api
    if snapshot is None:
        raise GenerationError(
            f"target {NAME}: no PyTorch API snapshot ({API_SNAPSHOT} beside {catalogue.path}, or the file its "
            f"`pytorch_api` key names); take one with `sffi-gen snapshot-api`"
        )
    index = bindings(catalogue, snapshot)
    return Report(
        catalogue,
        snapshot,
        _categories(catalogue),
        _research(catalogue),
        _api(snapshot, index),
        _entries(catalogue, snapshot, index),
        _most_used(catalogue, snapshot, index),
    )


# --------------------------------------------------------------------------- markdown


def cell(text: str) -> str:
    """Text made safe for one markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def code(name: str) -> str:
    return f"`{name}`"


def codes(names: tuple[str, ...] | list[str], empty: str = "none") -> str:
    return ", ".join(code(n) for n in names) if names else empty


@dataclass(frozen=True)
class Headline:
    functions: str
    research: str
    api: str
    accounting: str
    readme: str  # the sentence README.md's Coverage section states (tests/test_coverage.py checks it)


def headline(report: Report) -> Headline:
    cat = report.catalogue
    rb, rt = report.research_totals
    ab, at = report.api_totals
    statuses = ", ".join(f"{n} {STATUS_LABEL[s]}" for s, n in report.status_counts())
    no_counterpart = sum(1 for e in report.entries if e.pytorch is None)
    return Headline(
        functions=(
            f"{len(cat.functions)} functions ({len(cat.reference_functions)} reference, "
            f"{len(cat.extensions)} extensions) in {len(cat.categories)} categories"
        ),
        research=f"{rb} of {rt} named items bound ({percent_text(rb, rt)}); {_reasons_text(rt - rb, report.research_reasons)}",
        api=f"{ab} of {at} public callables bound ({percent_text(ab, at)}), torch {report.snapshot.torch_version}",
        accounting=f"{statuses}; {no_counterpart} without a PyTorch counterpart",
        readme=(
            f"**{len(cat.functions)} functions** ({len(cat.reference_functions)} reference, {len(cat.extensions)} extensions). "
            f"**Research document:** {rb} of {rt} named items bound ({percent_text(rb, rt)}). "
            f"**PyTorch {report.snapshot.torch_version.split('+')[0]} Python API:** {ab} of {at} public callables bound ({percent_text(ab, at)})"
        ),
    )


def _reasons_text(unbound: int, with_reason: int) -> str:
    if unbound == 0:
        return "none left unbound"
    if with_reason == unbound:
        return f"the other {unbound} each with its recorded reason"
    return f"{with_reason} of the other {unbound} with a recorded reason"


def _markdown(report: Report, renderer: Any) -> str:
    cat = report.catalogue
    categories = [
        {
            "title": cell(r.title),
            "id": r.id,
            "reference": len(r.reference),
            "reference_names": codes(r.reference, "-"),
            "extensions": len(r.extensions),
            "extension_names": codes(r.extensions, "-"),
        }
        for r in report.categories
    ]
    research_rows = [
        {
            "key": r.key if r.list is None else f"{r.section} {r.list.replace('_', ' ')}",
            "indent": r.list is not None,
            "title": cell(r.title),
            "total": r.total,
            "bound": r.bound,
            "ours": percent_text(r.bound, r.total),
            "claimed": r.claimed or "",
        }
        for r in report.research
    ]
    sections = [
        {
            "id": r.section,
            "title": cell(r.title),
            "rows": [
                {
                    "list": i.list.replace("_", " "),
                    "item": code(i.item),
                    "entries": codes(i.entries, f"not bound: {cell(i.reason)}" if i.reason else "**unbound**"),
                }
                for i in r.items
            ],
        }
        for r in report.research_sections
    ]
    api_rows = [
        {
            "name": r.namespace.name,
            "title": cell(r.namespace.title),
            "rule": cell(r.namespace.rule),
            "total": r.total,
            "bound": len(r.bound),
            "percent": percent_text(len(r.bound), r.total),
            "deprecated": len(r.namespace.deprecated),
            "bound_list": ", ".join(
                f"{code(b.callable.name)} ({', '.join(code(e) for e in b.entries)})" for b in r.bound
            )
            or "none",
            "top": [{"name": code(c.qualified), "uses": c.uses} for c in r.unbound[:TOP_UNBOUND]],
            "unbound": codes([c.name for c in sorted(r.unbound, key=lambda c: c.name)]),
            "unbound_count": len(r.unbound),
            "deprecated_list": codes(r.namespace.deprecated),
        }
        for r in report.api
    ]
    entries = [
        {
            "name": code(e.name),
            "category": cell(e.category),
            "kind": "extension" if e.extension else "reference",
            "status": STATUS_LABEL[e.status],
            "pytorch": code(e.pytorch) if e.pytorch else "none",
            "counts": codes(e.counts_toward, "-"),
            "note": cell(e.note),
        }
        for e in report.entries
    ]
    snap = report.snapshot
    return str(
        renderer.render(
            "docs/coverage.md.j2",
            catalogue=cat,
            headline=headline(report),
            snapshot_path=snap.source,
            layers=", ".join(
                f"`{layer_label(layer.name)}`, in " + " and ".join(f"{tier} (`{where}`)" for tier, where in layer.tiers)
                for layer in cat.layers
            )
            or "none",
            research_path=cat.research.source,
            research_document=cat.research.document,
            torch_version=snap.torch_version,
            categories=categories,
            category_totals={
                "reference": sum(r["reference"] for r in categories),  # type: ignore[misc]
                "extensions": sum(r["extensions"] for r in categories),  # type: ignore[misc]
            },
            research_rows=research_rows,
            sections=sections,
            api_rows=api_rows,
            api_totals=report.api_totals,
            api_percent=percent_text(*report.api_totals),
            binding_rules=BINDING_RULES,
            snapshot_rules=[(topic, cell(text)) for topic, text in snap.rules],
            files_scanned=snap.files_scanned,
            files_skipped=codes(list(snap.files_skipped)),
            top_unbound=TOP_UNBOUND,
            most_used_count=MOST_USED,
            most_used=[
                {
                    "rank": i + 1,
                    "name": code(r.callable.qualified),
                    "uses": r.callable.uses,
                    "how": codes(list(r.entries)) if r.entries else ("not bound: " + cell(r.reason) if r.reason else "**unbound, no reason recorded**"),
                }
                for i, r in enumerate(report.most_used)
            ],
            most_used_bound=sum(1 for r in report.most_used if r.entries),
            most_used_reasoned=sum(1 for r in report.most_used if not r.entries and r.reason),
            statuses=[(STATUS_LABEL[s], n, STATUS_MEANING[s]) for s, n in report.status_counts()],
            precedence=", ".join(f"*{STATUS_LABEL[s]}*" for s in STATUS_PRECEDENCE),
            entries=entries,
        )
    )


# --------------------------------------------------------------------------- JSON


def _json(report: Report, source: str) -> str:
    cat = report.catalogue
    snap = report.snapshot
    rb, rt = report.research_totals
    ab, at = report.api_totals
    data: dict[str, Any] = {
        "generated": HEADER_TEXT.format(source=source),
        "inputs": {"catalogue": source, "research_baseline": cat.research.source, "pytorch_api": snap.source},
        "torch_version": snap.torch_version,
        "summary": {
            "functions": len(cat.functions),
            "reference": len(cat.reference_functions),
            "extensions": len(cat.extensions),
            "categories": len(cat.categories),
            "research": {"bound": rb, "total": rt, "percent": percent(rb, rt)},
            "pytorch_api": {"bound": ab, "total": at, "percent": percent(ab, at)},
            "status": dict(report.status_counts()),
            "no_pytorch_counterpart": sum(1 for e in report.entries if e.pytorch is None),
        },
        "categories": [
            {
                "id": r.id,
                "title": r.title,
                "reference": list(r.reference),
                "extensions": list(r.extensions),
                "status": dict(r.statuses),
            }
            for r in report.categories
        ],
        "research": [
            {
                "key": r.key,
                "section": r.section,
                "list": r.list,
                "title": r.title,
                "total": r.total,
                "bound": r.bound,
                "percent": r.percent,
                "claimed": r.claimed,
                "items": [
                    {"list": i.list, "item": i.item, "entries": list(i.entries), "not_bound": i.reason} for i in r.items
                ],
            }
            for r in report.research
        ],
        "pytorch_api": [
            {
                "namespace": r.namespace.name,
                "rule": r.namespace.rule,
                "total": r.total,
                "bound": len(r.bound),
                "percent": percent(len(r.bound), r.total),
                "deprecated_not_counted": list(r.namespace.deprecated),
                "bound_callables": [{"name": b.callable.name, "entries": list(b.entries)} for b in r.bound],
                "unbound_by_use": [{"name": c.name, "uses": c.uses} for c in r.unbound],
            }
            for r in report.api
        ],
        "most_used": [
            {"callable": r.callable.qualified, "uses": r.callable.uses, "entries": list(r.entries), "not_bound": r.reason}
            for r in report.most_used
        ],
        "binding_rules": list(BINDING_RULES),
        "entries": [
            {
                "name": e.name,
                "category": e.category,
                "extension": e.extension,
                "status": e.status,
                "pytorch": e.pytorch,
                "counts_toward": list(e.counts_toward),
                "note": e.note,
            }
            for e in report.entries
        ],
    }
    return json_text(data) + "\n"


def json_text(value: Any, indent: str = "") -> str:
    """JSON with one line per object or list of plain values (json's C encoder writes those),
    nested ones indented by one space a level: readable, diffable and fast to write."""
    if isinstance(value, (dict, list)) and value and any(isinstance(v, (dict, list)) for v in (value.values() if isinstance(value, dict) else value)):
        inner = indent + " "
        if isinstance(value, dict):
            items = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {json_text(v, inner)}" for k, v in value.items()]
            return "{\n" + ",\n".join(items) + f"\n{indent}}}"
        return "[\n" + ",\n".join(f"{inner}{json_text(v, inner)}" for v in value) + f"\n{indent}]"
    return json.dumps(value, ensure_ascii=False)


# --------------------------------------------------------------------------- SVG

WIDTH = 820
LABEL_X = 12  # labels start here
BAR_X = 250  # bars start here
BAR_W = 400  # the width of 100% (or of the largest category)
ROW_H = 20
BAR_H = 13
PANEL_GAP = 18
TITLE_H = 26
CHAR_W = 6.5  # a generous average advance of an 11px sans-serif character, for spacing labels


@dataclass(frozen=True)
class Rect:
    x: str
    y: str
    w: str
    h: str
    fill: str
    title: str


@dataclass(frozen=True)
class Text:
    x: str
    y: str
    text: str
    anchor: str
    weight: str
    size: int
    fill: str


def _n(value: float) -> str:
    """Coordinates with at most one decimal, no trailing zeros: the same on every machine."""
    text = f"{round(value, 1):.1f}"
    return text[:-2] if text.endswith(".0") else text


def _colour(status: str) -> str:
    try:
        return STATUS_COLOUR[status]
    except KeyError:
        raise GenerationError(f"target {NAME}: no chart colour for status '{status}'") from None


class _Chart:
    def __init__(self) -> None:
        self.rects: list[Rect] = []
        self.texts: list[Text] = []
        self.y = 8.0

    def text(self, x: float, y: float, text: str, anchor: str = "start", weight: str = "normal", size: int = 12, fill: str = "#212121") -> None:
        self.texts.append(Text(_n(x), _n(y), xml_escape(text), anchor, weight, size, fill))

    def rect(self, x: float, y: float, w: float, h: float, fill: str, title: str = "") -> None:
        self.rects.append(Rect(_n(x), _n(y), _n(w), _n(h), fill, xml_escape(title)))

    def title(self, text: str, sub: str) -> None:
        self.y += TITLE_H - 8
        self.text(LABEL_X, self.y, text, weight="bold", size=14)
        self.text(WIDTH - LABEL_X, self.y, sub, anchor="end", size=11, fill="#616161")
        self.y += 10

    def percent_row(self, label: str, bound: int, total: int, claimed: str | None, strong: bool) -> None:
        top = self.y + (ROW_H - BAR_H) / 2
        self.text(LABEL_X + (0 if strong else 14), self.y + ROW_H * 0.7, label, weight="bold" if strong else "normal")
        self.rect(BAR_X, top, BAR_W, BAR_H, TRACK_COLOUR)
        value = percent(bound, total) or 0
        if bound:
            self.rect(BAR_X, top, BAR_W * bound / total, BAR_H, BAR_COLOUR, f"{label}: {bound} of {total}")
        value_text = f"{value}%  ({bound}/{total})" if total else "n/a"
        if claimed is not None:
            claim = int(claimed.rstrip("%"))
            x = BAR_X + BAR_W * claim / 100
            self.rect(x - 1.5, top - 3, 3, BAR_H + 6, CLAIM_COLOUR, f"{label}: the reference claimed {claimed}")
            value_text += f"  claimed {claimed}"
        self.text(BAR_X + BAR_W + 8, self.y + ROW_H * 0.7, value_text, size=11)
        self.y += ROW_H


def _svg(report: Report, renderer: Any) -> str:
    chart = _Chart()
    head = headline(report)
    chart.text(LABEL_X, chart.y + 16, f"torch-sffi coverage: {head.functions}", weight="bold", size=15)
    chart.y += 26

    # Panel 1: entries per category, by status.
    largest = max((len(r.reference) + len(r.extensions) for r in report.categories), default=1) or 1
    chart.title("Catalogue by category", "functions per category, by status")
    for row in report.categories:
        top = chart.y + (ROW_H - BAR_H) / 2
        chart.text(LABEL_X, chart.y + ROW_H * 0.7, row.title)
        x = float(BAR_X)
        for status, count in row.statuses:
            if count:
                w = BAR_W * count / largest
                chart.rect(x, top, w, BAR_H, _colour(status), f"{row.title}: {count} {STATUS_LABEL[status]}")
                x += w
        total = len(row.reference) + len(row.extensions)
        n_ext = len(row.extensions)
        extra = f" ({n_ext} extension{'' if n_ext == 1 else 's'})" if n_ext else ""
        chart.text(x + 8, chart.y + ROW_H * 0.7, f"{total}{extra}", size=11)
        chart.y += ROW_H
    legend_x = float(BAR_X)
    chart.y += 4
    for status, _ in report.status_counts():
        chart.rect(legend_x, chart.y, 10, 10, _colour(status))
        chart.text(legend_x + 14, chart.y + 9, STATUS_LABEL[status], size=11)
        legend_x += 14 + CHAR_W * len(STATUS_LABEL[status]) + 24
    chart.y += 14 + PANEL_GAP

    # Panel 2: the research document.
    rb, rt = report.research_totals
    chart.title("Research document: named items bound", f"{rb} of {rt} ({percent_text(rb, rt)}); red mark: the reference's claim")
    for r in report.research:
        if r.list is not None and r.claimed is None:
            continue  # a list gets its own bar only where the reference claimed it separately
        label = f"{r.section} {r.title}" if r.list is None else r.list.replace("_", " ")
        chart.percent_row(label, r.bound, r.total, r.claimed, strong=r.list is None)
    chart.y += PANEL_GAP

    # Panel 3: PyTorch's Python API.
    ab, at = report.api_totals
    chart.title(
        f"PyTorch {report.snapshot.torch_version} public callables bound",
        f"{ab} of {at} ({percent_text(ab, at)})",
    )
    for api in report.api:
        chart.percent_row(api.namespace.name, len(api.bound), api.total, None, strong=True)
    chart.y += 10
    return str(
        renderer.render(
            "docs/coverage.svg.j2",
            width=WIDTH,
            height=_n(chart.y),
            title=xml_escape(f"torch-sffi coverage: {head.functions}; research {head.research}; PyTorch {head.api}"),
            rects=chart.rects,
            texts=chart.texts,
        )
    )


# --------------------------------------------------------------------------- target


def render(catalogue: Catalogue, renderer: Any) -> dict[str, str]:
    report = build(catalogue)
    return {
        "docs/coverage.md": _markdown(report, renderer),
        "docs/coverage.json": _json(report, catalogue.source),
        "docs/coverage.svg": _svg(report, renderer),
    }
