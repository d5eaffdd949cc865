"""`sffi-gen list`: the catalogue as a table."""

from __future__ import annotations

from .model import Catalogue, Function
from .targets.common import signature_brief


def select(
    catalogue: Catalogue, categories: tuple[str, ...], kind: str | None, deviations: bool, cuda: bool, pytorch: str | None = None
) -> list[Function]:
    """The entries every given filter keeps (categories: any of them)."""
    rows = list(catalogue.functions)
    if categories:
        rows = [f for f in rows if f.category.id in categories]
    if kind == "extensions":
        rows = [f for f in rows if f.extension]
    elif kind == "reference":
        rows = [f for f in rows if not f.extension]
    if deviations:
        rows = [f for f in rows if f.deviation]
    if cuda:
        rows = [f for f in rows if f.cuda]
    if pytorch:
        rows = [f for f in rows if f.pytorch == pytorch]
    return rows


def format_table(rows: list[Function], width: int = 120) -> str:
    headers = ("name", "category", "signature", "pytorch", "flags")
    table = [
        (
            f.name,
            f.category.id,
            signature_brief(f),
            f.pytorch or "-",
            ",".join(flag for flag, on in (("ext", f.extension), ("dev", f.deviation), ("cuda", f.cuda)) if on) or "-",
        )
        for f in rows
    ]
    widths = [max([len(h)] + [len(r[i]) for r in table]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in table)
    lines.append(f"{len(rows)} function(s)")
    return "\n".join(lines)
