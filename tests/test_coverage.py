"""The coverage report: every figure recomputed here, independently of the generator.

The expected numbers come from the raw inputs (spec/torch_api.yaml, spec/research_baseline.yaml
and spec/pytorch_api.json read with plain yaml/json), through this file's own implementation of
the rules the report states; the generator's functions are not called for them. Then the JSON,
the markdown tables and the SVG bars are each checked against those numbers.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import GENERATED, ROOT, run_cli, tree_bytes

DOCS = GENERATED / "docs"
SVG_NS = "{http://www.w3.org/2000/svg}"


# --------------------------------------------------------------------------- the raw inputs


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "spec" / "torch_api.yaml").read_text())


@pytest.fixture(scope="module")
def baseline() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "spec" / "research_baseline.yaml").read_text())


@pytest.fixture(scope="module")
def snapshot() -> dict[str, Any]:
    return json.loads((ROOT / "spec" / "pytorch_api.json").read_text())


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    return json.loads((DOCS / "coverage.json").read_text())


@pytest.fixture(scope="module")
def markdown() -> str:
    return (DOCS / "coverage.md").read_text()


def pct(bound: int, total: int) -> int:
    """Whole percent rounded half up, done with Fractions' exactness by hand."""
    q, r = divmod(100 * bound, total)
    return q + (1 if 2 * r >= total else 0)


def research_refs(fn: dict[str, Any]) -> list[tuple[str, str]]:
    out = []
    for section, ops in (fn.get("research") or {}).items():
        for op in [ops] if isinstance(ops, str) else ops:
            out.append((str(section), op))
    return out


# --------------------------------------------------------------------------- binding, redone


def names_bound_by(pytorch: str | None) -> set[str]:
    """The report's four binding rules, written again from their wording."""
    if pytorch is None:
        return set()
    names = {pytorch}
    if pytorch.endswith(".__enter__") or pytorch.endswith(".__exit__"):
        names.add(pytorch.rsplit(".", 1)[0])
    extra = set()
    for n in names:
        if re.fullmatch(r"torch\.Tensor\.\w+", n):
            extra.add("torch." + n.split(".")[2])
        elif re.fullmatch(r"torch\.\w+", n):
            extra.add("torch.Tensor." + n.split(".")[1])
    return names | extra


def api_binders(spec: dict[str, Any], snapshot: dict[str, Any]) -> dict[str, list[str]]:
    """Qualified callable -> the entries that bind it."""
    out: dict[str, list[str]] = {}
    for ns in snapshot["namespaces"]:
        for c in ns["callables"]:
            qualified = f"{ns['name']}.{c['name']}"
            all_names = {qualified, *c.get("aliases", [])}
            out[qualified] = [f["name"] for f in spec["functions"] if names_bound_by(f["pytorch"]) & all_names]
    return out


# --------------------------------------------------------------------------- markdown tables


def table_after(markdown: str, heading: str, at: bool = False) -> list[list[str]]:
    """The rows (cells; header and rule excluded) of the first table after a heading line, or
    of the table whose header line is `heading` when `at`."""
    lines = markdown.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == heading.strip())
    i = start if at else start + 1
    while not lines[i].startswith("|"):
        i += 1
    rows = []
    for line in lines[i + 2 :]:
        if not line.startswith("|"):
            break
        cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
        rows.append([c.strip() for c in cells])
    return rows


def names_in(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


# --------------------------------------------------------------------------- 1. categories


def test_categories_match_the_catalogue(spec: dict[str, Any], report: dict[str, Any], markdown: str) -> None:
    expected = []
    for cat in spec["categories"]:
        fns = [f for f in spec["functions"] if f["category"] == cat["id"]]
        expected.append(
            (
                cat["id"],
                [f["name"] for f in fns if not f.get("extension")],
                [f["name"] for f in fns if f.get("extension")],
            )
        )
    assert [(c["id"], c["reference"], c["extensions"]) for c in report["categories"]] == expected
    rows = table_after(markdown, "## 1. By category")
    body, total = rows[:-1], rows[-1]
    assert len(body) == len(expected)
    for row, (cid, ref, ext) in zip(body, expected):
        assert f"(`{cid}`)" in row[0]
        assert int(row[1]) == len(ref) and [n for n in names_in(row[2])] == ref
        assert int(row[3]) == len(ext) and [n for n in names_in(row[4])] == ext
    assert total[1] == f"**{sum(len(r) for _, r, _ in expected)}**"
    assert total[3] == f"**{sum(len(e) for _, _, e in expected)}**"


def test_reference_categories_keep_the_contract_counts(report: dict[str, Any]) -> None:
    # The 14 categories of the reference and their counts (DESIGN.md), as the report shows them.
    counts = {c["title"]: len(c["reference"]) for c in report["categories"] if c["reference"]}
    assert list(counts.values()) == [3, 10, 12, 7, 9, 12, 11, 6, 8, 4, 8, 6, 4, 4]
    assert sum(counts.values()) == 104


# --------------------------------------------------------------------------- 2. research


def claimants_of(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Who can bind a research item: catalogue entries, and the layers of the wrapper tiers."""
    return [(f["name"], f) for f in spec["functions"]] + [(f"layer {layer['name']}", layer) for layer in spec.get("layers", [])]


def expected_research(spec: dict[str, Any], baseline: dict[str, Any]) -> list[dict[str, Any]]:
    refs = Counter((s, op) for _, f in claimants_of(spec) for s, op in set(research_refs(f)))
    claims = {}
    for label, value in (baseline.get("claimed") or {}).items():
        section, _, sub = str(label).partition(" ")
        claims[(section, re.sub(r"[^a-z0-9]", "", sub.lower()) or None)] = value
    rows = []
    for sid, body in baseline["sections"].items():
        lists = [(k, v) for k, v in body.items() if k not in ("title", "targets")]
        unique = list(dict.fromkeys(item for _, v in lists for item in v))
        bound = [i for i in unique if refs[(sid, i)]]
        rows.append({"key": sid, "total": len(unique), "bound": len(bound), "claimed": claims.get((sid, None))})
        if len(lists) > 1:
            for name, items in lists:
                b = [i for i in items if refs[(sid, i)]]
                claim = claims.get((sid, re.sub(r"[^a-z0-9]", "", name.lower())))
                rows.append({"key": f"{sid} {name}", "total": len(items), "bound": len(b), "claimed": claim})
    return rows


def test_research_rows_are_recomputed_from_catalogue_and_baseline(
    spec: dict[str, Any], baseline: dict[str, Any], report: dict[str, Any]
) -> None:
    expected = expected_research(spec, baseline)
    got = [{k: r[k] for k in ("key", "total", "bound", "claimed")} for r in report["research"]]
    assert got == expected
    for r in report["research"]:
        assert r["percent"] == pct(r["bound"], r["total"])


def test_research_items_name_every_entry_that_claims_them(spec: dict[str, Any], report: dict[str, Any]) -> None:
    for row in report["research"]:
        for item in row["items"]:
            claimants = [name for name, f in claimants_of(spec) if (row["section"], item["item"]) in research_refs(f)]
            assert item["entries"] == claimants, (row["key"], item["item"])


def test_every_claim_of_the_baseline_is_shown(baseline: dict[str, Any], report: dict[str, Any]) -> None:
    shown = [r["claimed"] for r in report["research"] if r["claimed"] is not None]
    assert sorted(shown) == sorted(str(v) for v in baseline["claimed"].values())


def test_research_markdown_table_matches_the_json(report: dict[str, Any], markdown: str) -> None:
    rows = table_after(markdown, "## 2. Against the research document")
    assert len(rows) == len(report["research"])
    for row, r in zip(rows, report["research"]):
        key = row[0].replace("&nbsp;", "").strip()
        assert key == r["key"].replace("_", " ")
        assert (int(row[2]), int(row[3]), row[4], row[5]) == (
            r["total"],
            r["bound"],
            f"{r['percent']}%",
            r["claimed"] or "",
        )


def test_research_totals(report: dict[str, Any], spec: dict[str, Any], baseline: dict[str, Any]) -> None:
    sections = [r for r in expected_research(spec, baseline) if " " not in r["key"]]
    bound, total = sum(r["bound"] for r in sections), sum(r["total"] for r in sections)
    assert report["summary"]["research"] == {"bound": bound, "total": total, "percent": pct(bound, total)}


# --------------------------------------------------------------------------- 3. PyTorch API


def test_api_counts_are_recomputed_from_the_snapshot(
    spec: dict[str, Any], snapshot: dict[str, Any], report: dict[str, Any]
) -> None:
    binders = api_binders(spec, snapshot)
    assert report["torch_version"] == snapshot["torch_version"]
    assert [r["namespace"] for r in report["pytorch_api"]] == [ns["name"] for ns in snapshot["namespaces"]]
    for ns, row in zip(snapshot["namespaces"], report["pytorch_api"]):
        bound = [c["name"] for c in ns["callables"] if binders[f"{ns['name']}.{c['name']}"]]
        unbound = sorted(
            (c for c in ns["callables"] if not binders[f"{ns['name']}.{c['name']}"]),
            key=lambda c: (-c["uses"], c["name"]),
        )
        assert row["total"] == len(ns["callables"])
        assert [b["name"] for b in row["bound_callables"]] == bound
        for b in row["bound_callables"]:
            assert b["entries"] == binders[f"{ns['name']}.{b['name']}"]
        assert row["unbound_by_use"] == [{"name": c["name"], "uses": c["uses"]} for c in unbound]
        assert row["percent"] == pct(len(bound), len(ns["callables"]))
        assert row["deprecated_not_counted"] == ns["deprecated"]
    total = sum(len(ns["callables"]) for ns in snapshot["namespaces"])
    bound_total = sum(1 for ns in snapshot["namespaces"] for c in ns["callables"] if binders[f"{ns['name']}.{c['name']}"])
    assert report["summary"]["pytorch_api"] == {"bound": bound_total, "total": total, "percent": pct(bound_total, total)}


def test_binding_rules_on_known_entries(report: dict[str, Any]) -> None:
    bound = {r["namespace"]: {b["name"]: b["entries"] for b in r["bound_callables"]} for r in report["pytorch_api"]}
    # rule 2: the method form of torch.sum is bound by the same entries
    assert bound["torch.Tensor"]["sum"] == bound["torch"]["sum"]
    # rule 3 + 4: no_grad begin/end bind torch.autograd.no_grad through torch.no_grad.__enter__/__exit__
    assert bound["torch.autograd"]["no_grad"] == [
        "rt_torch_autograd_no_grad_begin",
        "rt_torch_autograd_no_grad_end",
        "rt_torch_autograd_no_grad_begin_v2",
        "rt_torch_autograd_no_grad_end_v2",
    ]
    # rule 4: torch.conv2d is torch.nn.functional.conv2d
    assert bound["torch"]["conv2d"] == ["rt_torch_nn_conv2d", "rt_torch_nn_conv2d_padding"]
    # a property is not a callable, so it is counted nowhere
    assert "grad" not in bound["torch.Tensor"]


def test_api_markdown_matches_the_json(report: dict[str, Any], markdown: str) -> None:
    rows = table_after(markdown, "## 3. Against PyTorch's Python API (torch " + report["torch_version"] + ")")
    assert len(rows) == len(report["pytorch_api"])
    for row, r in zip(rows, report["pytorch_api"]):
        assert names_in(row[0]) == [r["namespace"]]
        assert (int(row[1]), int(row[2]), row[3], int(row[4])) == (
            r["total"],
            r["bound"],
            f"{r['percent']}%",
            len(r["deprecated_not_counted"]),
        )
        heading = f"### `{r['namespace']}`: {r['bound']} of {r['total']} bound ({r['percent']}%)"
        assert heading in markdown
        section = markdown[markdown.index(heading) :]
        top = table_after(section, "The most used unbound callables (at most 10):")
        assert [(names_in(t[0])[0], int(t[1])) for t in top] == [
            (f"{r['namespace']}.{u['name']}", u["uses"]) for u in r["unbound_by_use"][:10]
        ]


def test_snapshot_follows_its_own_rules(snapshot: dict[str, Any]) -> None:
    assert snapshot["torch_version"].split("+")[0] == re.search(
        r'"torch==([^"]+)"', (ROOT / "pyproject.toml").read_text()
    ).group(1)
    for ns in snapshot["namespaces"]:
        names = [c["name"] for c in ns["callables"]]
        assert names == sorted(names) and len(set(names)) == len(names), ns["name"]
        assert not [n for n in names if n.startswith("_")], ns["name"]
        assert not set(names) & set(ns["deprecated"]), ns["name"]
        assert all(isinstance(c["uses"], int) and c["uses"] >= 0 for c in ns["callables"])


# --------------------------------------------------------------------------- 4. accounting


def test_every_entry_is_accounted_for(spec: dict[str, Any], snapshot: dict[str, Any], report: dict[str, Any]) -> None:
    binders = api_binders(spec, snapshot)
    entries = report["entries"]
    assert [e["name"] for e in entries] == [f["name"] for f in spec["functions"]]
    for fn, e in zip(spec["functions"], entries):
        status = "cuda" if fn.get("cuda") else "deviation" if fn.get("deviation") else "tested"
        assert e["status"] == status, fn["name"]
        assert e["counts_toward"] == [q for q, who in binders.items() if fn["name"] in who], fn["name"]
        assert e["note"] or e["counts_toward"], f"{fn['name']}: neither bound to a counted callable nor explained"
        if fn.get("deviation"):
            assert " ".join(fn["deviation"].split()) in e["note"]
        if fn["pytorch"] is None:
            assert e["note"].startswith("No PyTorch counterpart: ")
        if fn.get("cuda"):
            assert "fails with error code `unavailable`" in e["note"]
    counts = Counter(e["status"] for e in entries)
    assert report["summary"]["status"] == {s: counts[s] for s in ("tested", "deviation", "cuda")}
    assert sum(report["summary"]["status"].values()) == len(spec["functions"])
    assert report["summary"]["no_pytorch_counterpart"] == sum(1 for f in spec["functions"] if f["pytorch"] is None)


def test_accounting_markdown_matches_the_json(report: dict[str, Any], markdown: str) -> None:
    rows = table_after(markdown, "## 4. Every entry accounted for")
    labels = {"tested": "bound and tested", "deviation": "bound with a recorded deviation", "cuda": "needs CUDA"}
    assert [(r[0], int(r[1])) for r in rows] == [(labels[s], n) for s, n in report["summary"]["status"].items()]
    section = markdown[markdown.index("## 4. Every entry accounted for") :]
    entries = table_after(section, next(line for line in section.splitlines() if line.startswith("| Function |")), at=True)
    assert len(entries) == len(report["entries"])
    for row, e in zip(entries, report["entries"]):
        assert names_in(row[0]) == [e["name"]]
        assert row[3] == labels[e["status"]]
        assert names_in(row[4]) == ([e["pytorch"]] if e["pytorch"] else [])
        assert names_in(row[5]) == e["counts_toward"]


def test_summary_numbers(spec: dict[str, Any], report: dict[str, Any], markdown: str) -> None:
    fns = spec["functions"]
    ext = sum(1 for f in fns if f.get("extension"))
    s = report["summary"]
    assert (s["functions"], s["reference"], s["extensions"], s["categories"]) == (
        len(fns),
        len(fns) - ext,
        ext,
        len(spec["categories"]),
    )
    assert f"{len(fns)} functions ({len(fns) - ext} reference, {ext} extensions)" in markdown
    r, a = s["research"], s["pytorch_api"]
    assert f"{r['bound']} of {r['total']} named items bound ({r['percent']}%)" in markdown
    assert f"{a['bound']} of {a['total']} public callables bound ({a['percent']}%)" in markdown


def test_readme_states_the_generated_headline(report: dict[str, Any]) -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("## Coverage") : readme.index("## Two commands")]
    text = " ".join(section.split())
    s = report["summary"]
    assert "generated/docs/coverage.svg" in section and "generated/docs/coverage.md" in section
    assert f"**{s['functions']} functions** ({s['reference']} reference, {s['extensions']} extensions)" in text
    r = s["research"]
    assert f"{r['bound']} of {r['total']} named items bound ({r['percent']}%)" in text
    a = s["pytorch_api"]
    version = report["torch_version"].split("+")[0]
    assert f"PyTorch {version} Python API:** {a['bound']} of {a['total']} public callables bound ({a['percent']}%)" in text


# --------------------------------------------------------------------------- 5. the chart


def svg_tree() -> ET.Element:
    return ET.fromstring((DOCS / "coverage.svg").read_text())  # raises on malformed XML


def test_svg_is_well_formed_and_carries_the_header() -> None:
    text = (DOCS / "coverage.svg").read_text()
    assert text.startswith("<!-- generated from spec/torch_api.yaml by sffi-gen; do not edit -->\n<svg ")
    root = svg_tree()
    assert root.tag == f"{SVG_NS}svg"
    assert re.fullmatch(r"\d+(\.\d)?", root.attrib["height"])


def test_svg_bars_have_the_recomputed_lengths(spec: dict[str, Any], baseline: dict[str, Any], report: dict[str, Any]) -> None:
    bars = {}
    for rect in svg_tree().iter(f"{SVG_NS}rect"):
        title = rect.find(f"{SVG_NS}title")
        if title is not None and title.text:
            bars[title.text] = float(rect.attrib["width"])
    full = 400  # the width of 100% (and of the largest category)
    titles = {str(sid): body["title"] for sid, body in baseline["sections"].items()}
    expected_research_bars = 0
    for r in expected_research(spec, baseline):
        section, _, list_name = r["key"].partition(" ")
        if list_name and r["claimed"] is None:
            continue  # lists get their own bar only where the reference claimed them separately
        label = list_name.replace("_", " ") if list_name else f"{section} {titles[section]}"
        key = f"{label}: {r['bound']} of {r['total']}"
        if r["bound"]:
            expected_research_bars += 1
            assert abs(bars[key] - full * r["bound"] / r["total"]) <= 0.05, key
        else:
            assert key not in bars
    assert expected_research_bars > 10
    for row in report["pytorch_api"]:
        assert abs(bars[f"{row['namespace']}: {row['bound']} of {row['total']}"] - full * row["bound"] / row["total"]) <= 0.05
    largest = max(len(c["reference"]) + len(c["extensions"]) for c in report["categories"])
    labels = (("tested", "bound and tested"), ("deviation", "bound with a recorded deviation"), ("cuda", "needs CUDA"))
    for cat in report["categories"]:
        fns = [f for f in spec["functions"] if f["category"] == cat["id"]]
        for status, label in labels:
            n = sum(
                1
                for f in fns
                if status == ("cuda" if f.get("cuda") else "deviation" if f.get("deviation") else "tested")
            )
            key = f"{cat['title']}: {n} {label}"
            if n:
                assert abs(bars[key] - full * n / largest) <= 0.05, key
            else:
                assert key not in bars


def test_svg_claim_marks_sit_at_the_claimed_percent(baseline: dict[str, Any]) -> None:
    marks = {}
    for rect in svg_tree().iter(f"{SVG_NS}rect"):
        title = rect.find(f"{SVG_NS}title")
        if title is not None and title.text and "the reference claimed" in title.text:
            marks[title.text] = float(rect.attrib["x"]) + float(rect.attrib["width"]) / 2
    assert len(marks) == len(baseline["claimed"])
    for text, centre in marks.items():
        claimed = int(text.rsplit(" ", 1)[1].rstrip("%"))
        assert abs(centre - (250 + 400 * claimed / 100)) <= 0.05, text


def test_svg_is_deterministic(tmp_path: Path) -> None:
    for name in ("a", "b"):
        result = run_cli(
            "generate", "--target", "coverage", "--spec", str(ROOT / "spec" / "torch_api.yaml"), "--out", str(tmp_path / name)
        )
        assert result.exit_code == 0, result.output
    a, b = tree_bytes(tmp_path / "a"), tree_bytes(tmp_path / "b")
    assert a == b
    # the same body as the committed chart (only the header's path to the catalogue differs)
    assert a["docs/coverage.svg"].split(b"\n", 1)[1] == (DOCS / "coverage.svg").read_bytes().split(b"\n", 1)[1]
    numbers = re.findall(r'\b(?:x|y|width|height)="([^"]+)"', a["docs/coverage.svg"].decode())
    assert numbers and all(re.fullmatch(r"-?\d+(\.\d)?", n) for n in numbers), "coordinates must be rounded to 0.1"


# --------------------------------------------------------------------------- check and the commands


def test_changing_research_refs_makes_check_fail_until_regenerated(project: Path) -> None:
    spec_file = project / "spec" / "torch_api.yaml"
    text = spec_file.read_text()
    old = 'pytorch: torch.sqrt\n    research: {"2.2": sqrt}'
    assert old in text
    spec_file.write_text(text.replace(old, "pytorch: torch.sqrt\n    research: {}"))
    result = run_cli("check", cwd=project)
    assert result.exit_code == 1
    assert "generated/docs/coverage.md (on disk)" in result.stdout
    assert "| `sqrt` | **unbound** |" in result.stdout
    assert "Fix: sffi-gen generate" in result.stderr
    assert run_cli("coverage", cwd=project).exit_code == 0
    assert run_cli("check", cwd=project).exit_code == 0
    data = json.loads((project / "generated" / "docs" / "coverage.json").read_text())
    row = next(r for r in data["research"] if r["key"] == "2.2 elementwise")
    assert (row["bound"], row["total"]) == (5, 6)


def test_changing_a_pytorch_name_changes_the_api_figures(project: Path) -> None:
    spec_file = project / "spec" / "torch_api.yaml"
    spec_file.write_text(spec_file.read_text().replace("pytorch: torch.eye\n", "pytorch: null\n"))
    assert run_cli("check", cwd=project).exit_code == 1
    result = run_cli("coverage", cwd=project)
    assert result.exit_code == 0, result.output
    data = json.loads((project / "generated" / "docs" / "coverage.json").read_text())
    torch_row = data["pytorch_api"][0]
    assert "eye" in [u["name"] for u in torch_row["unbound_by_use"]]


def test_every_unbound_research_item_shows_its_recorded_reason(report: dict[str, Any], markdown: str) -> None:
    items = {(r["section"], i["item"]): i for r in report["research"] if r["list"] is None for i in r["items"]}
    reasons = {k: i["not_bound"] for k, i in items.items() if i["not_bound"]}
    assert reasons, "the catalogue records reasons for the research items it leaves unbound"
    for (section, item), reason in reasons.items():
        assert not items[(section, item)]["entries"]
        assert f"| `{item}` | not bound: {reason} |" in markdown
    unbound = sum(1 for i in items.values() if not i["entries"])
    r = report["summary"]["research"]
    assert r["total"] - r["bound"] == unbound
    assert f"{len(reasons)} of the other {unbound} with a recorded reason" in markdown or (
        len(reasons) == unbound and f"the other {unbound} each with its recorded reason" in markdown
    )


def test_a_reason_for_a_research_item_an_entry_binds_is_an_error(project: Path) -> None:
    spec_file = project / "spec" / "torch_api.yaml"
    text = spec_file.read_text().replace("\nresearch_not_bound:\n", '\nresearch_not_bound:\n  - {research: {"2.1": zeros}, reason: Not yet.}\n', 1)
    spec_file.write_text(text)
    before = tree_bytes(project / "generated")
    result = run_cli("generate", cwd=project)
    assert result.exit_code == 2
    line = text.splitlines().index('  - {research: {"2.1": zeros}, reason: Not yet.}') + 1
    assert f"spec/torch_api.yaml:{line}: research_not_bound: 2.1 zeros is bound by rt_torch_tensor_zeros; remove its reason" in result.stderr
    assert tree_bytes(project / "generated") == before


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ('{"2.1": nonesuch}', "research section 2.1 (Tensor Creation) does not name 'nonesuch'"),
        ('{"9.9": zeros}', "unknown research section '9.9'"),
        ('{"1.2": data_ptr}', "research item 1.2 data_ptr already has a reason"),
    ],
)
def test_a_bad_research_reason_is_a_validation_error(project: Path, item: str, message: str) -> None:
    spec_file = project / "spec" / "torch_api.yaml"
    text = spec_file.read_text().replace("\nresearch_not_bound:\n", f"\nresearch_not_bound:\n  - {{research: {item}, reason: Gone.}}\n", 1)
    spec_file.write_text(text)
    result = run_cli("validate", cwd=project)
    assert result.exit_code == 2
    assert message in result.stdout + result.stderr


def test_coverage_command_prints_the_headline_and_writes_only_docs(project: Path) -> None:
    (project / "generated" / "docs" / "coverage.svg").unlink()
    before = {k: v for k, v in tree_bytes(project / "generated").items() if not k.startswith("docs/")}
    result = run_cli("coverage", cwd=project)
    assert result.exit_code == 0, result.output
    summary = json.loads((DOCS / "coverage.json").read_text())["summary"]
    r = summary["research"]
    assert f"research document: {r['bound']} of {r['total']} named items bound ({r['percent']}%)" in result.stdout
    assert (project / "generated" / "docs" / "coverage.svg").read_bytes() == (DOCS / "coverage.svg").read_bytes()
    after = {k: v for k, v in tree_bytes(project / "generated").items() if not k.startswith("docs/")}
    assert before == after


def test_generation_without_a_snapshot_is_a_named_error(project: Path) -> None:
    (project / "spec" / "pytorch_api.json").unlink()
    result = run_cli("generate", cwd=project)
    assert result.exit_code == 2
    assert "target coverage: no PyTorch API snapshot (pytorch_api.json beside spec/torch_api.yaml" in result.stderr
    assert "sffi-gen snapshot-api" in result.stderr


def test_generation_does_not_import_torch(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from generator.cli import main\n"
        "try:\n"
        f"    main(['generate', '--out', {str(tmp_path / 'g')!r}, '--spec', {str(ROOT / 'spec' / 'torch_api.yaml')!r}])\n"
        "except SystemExit as e:\n"
        "    assert not e.code, e.code\n"
        "assert 'torch' not in sys.modules, 'generation imported torch'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_every_accounted_status_is_backed_by_test_cases() -> None:
    """The report says "bound and tested" (or tested with a deviation, or needing CUDA): each
    such entry has cases in the bridge's spec-driven suite and, when the Python package wraps it
    (it is not `python: {kind: internal}`), in the Python one; a CUDA entry is also checked for
    its clean failure without CUDA. PyTorch's OpInfo samples stand in for a hand case where one
    that matches PyTorch called the function (docs/opinfo.json, checked current by test_opinfo)."""
    from bridge_cases import CASES as BRIDGE_CASES
    from opinfo_harness import exercised_functions
    from python_cases import CASES as PYTHON_CASES

    from generator.loader import load_catalogue

    catalogue = load_catalogue(ROOT / "spec" / "torch_api.yaml")
    report = json.loads((ROOT / "generated" / "docs" / "coverage.json").read_text())
    by_c_abi, by_python = exercised_functions("c_abi"), exercised_functions("torch_sffi")
    for entry in report["entries"]:
        name, status = entry["name"], entry["status"]
        assert status in ("tested", "deviation", "cuda"), name
        assert BRIDGE_CASES.get(name) or name in by_c_abi, f"{name} is reported {status} but has no bridge test case"
        if catalogue.by_name[name].python.kind != "internal":
            assert PYTHON_CASES.get(name) or name in by_python, f"{name} is reported {status} but has no Python test case"
        if status == "cuda":
            assert any(not case.cuda for case in BRIDGE_CASES[name]), f"{name}: no case runs without CUDA"


def test_every_layer_exists_where_the_catalogue_says(spec: dict[str, Any]) -> None:
    """A layer is credited with research items only if each tier it names really has it."""
    import torch_sffi

    from generator.simple_syntax import parse

    ffi, _ = parse((GENERATED / "simple" / "ffi.spl").read_text(), "ffi.spl")
    mod, problems = parse((GENERATED / "simple" / "mod.spl").read_text(), "mod.spl", {"lib.torch.ffi": ffi})
    assert problems == []
    assert spec.get("layers"), "the optimizers and modules are listed"
    for layer in spec["layers"]:
        # an optimizer steps and zeroes gradients, a schedule steps and reports its rates; every
        # method a layer is credited with for the research document exists in each of its tiers
        required = {"step", "get_last_lr"} if ".lr_scheduler." in layer["tiers"].get("python", "") else {"step", "zero_grad"}
        for items in layer.get("research", {}).values():
            required |= {item for item in ([items] if isinstance(items, str) else items) if item.islower()}
        for tier, where in layer["tiers"].items():
            if tier == "python":
                obj: Any = torch_sffi
                for part in where.split(".")[1:]:
                    obj = getattr(obj, part)
                if where.startswith("torch_sffi.nn."):  # a module class: a torch_sffi.nn.Module with forward
                    assert isinstance(obj, type) and issubclass(obj, torch_sffi.nn.Module) and "forward" in dir(obj), where
                    assert obj.__name__ == layer["pytorch"].rsplit(".", 1)[-1], where
                else:
                    assert callable(obj) and all(hasattr(obj, m) for m in required), (where, required)
            elif tier == "simple":
                # a class, or a static constructor of one (Module.linear); a module computes
                # (forward) where an optimizer steps
                name, _, static = where.partition(".")
                cls = mod.classes[name]
                assert name in mod.exported, where
                if static:
                    assert cls.methods[static].kind == "static", where
                wanted = required if layer.get("pytorch", "").startswith("torch.optim.") else (required - {"step"}) | {"forward"}
                assert wanted <= set(cls.methods), (where, wanted)
            else:
                raise AssertionError(f"no check for tier {tier}")


# --------------------------------------------------------------------------- the most used callables


def test_the_most_used_callables_are_ranked_from_the_snapshot(snapshot: dict[str, Any], report: dict[str, Any]) -> None:
    """The 100 most used callables over all namespaces, each object once (aliases share a row)."""
    rows = report["most_used"]
    assert len(rows) == 100
    everything = sorted(
        ((c["uses"], f"{ns['name']}.{c['name']}", tuple(c.get("aliases", ()))) for ns in snapshot["namespaces"] for c in ns["callables"]),
        key=lambda t: (-t[0], t[1]),
    )
    taken: set[str] = set()
    expected = []
    for uses, name, aliases in everything:
        if {name, *aliases} & taken:
            continue
        taken |= {name, *aliases}
        expected.append((name, uses))
    assert [(r["callable"], r["uses"]) for r in rows] == expected[:100]


def test_every_most_used_callable_is_bound_or_has_a_recorded_reason(report: dict[str, Any], markdown: str) -> None:
    missing = [r["callable"] for r in report["most_used"] if not r["entries"] and not r["not_bound"]]
    assert not missing, f"bind these or record why not (`not_bound` in the catalogue): {missing}"
    assert "no reason recorded" not in markdown


def test_a_reason_for_a_callable_an_entry_binds_is_an_error(project: Path) -> None:
    spec_file = project / "spec" / "torch_api.yaml"
    text = spec_file.read_text().replace("\nnot_bound:\n", "\nnot_bound:\n  - {callable: torch.exp, reason: Not yet.}\n", 1)
    spec_file.write_text(text)
    result = run_cli("generate", cwd=project)
    assert result.exit_code == 2
    assert "not_bound: torch.exp is bound by rt_torch_torchtensor_exp; remove its reason" in result.stderr


def test_a_reason_for_an_unknown_callable_is_an_error(project: Path) -> None:
    spec_file = project / "spec" / "torch_api.yaml"
    spec_file.write_text(spec_file.read_text().replace("\nnot_bound:\n", "\nnot_bound:\n  - {callable: torch.nonesuch, reason: Gone.}\n", 1))
    result = run_cli("validate", cwd=project)
    assert result.exit_code == 2
    assert "'torch.nonesuch' is not a public callable of the API snapshot" in result.stdout + result.stderr
