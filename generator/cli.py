"""sffi-gen: generate every tier of a libtorch binding from one YAML catalogue.

Exit status: 0 success, 1 drift found by `check`, 2 invalid input (catalogue, templates,
output folder) or a failed build.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any, Callable, TypeVar

import click

from .errors import GenerationError, OutputError, SpecError
from .model import Catalogue

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_SPEC = Path("spec/torch_api.yaml")
DEFAULT_OUT = Path("generated")
EXIT_DRIFT = 1
EXIT_INVALID = 2


def _fail(message: str, code: int = EXIT_INVALID) -> None:
    click.echo(message, err=True)
    sys.exit(code)


def spec_option(fn: F) -> F:
    return click.option(
        "--spec",
        type=click.Path(path_type=Path, dir_okay=False),
        default=DEFAULT_SPEC,
        show_default=True,
        help="The catalogue to read.",
    )(fn)


def out_option(fn: F) -> F:
    return click.option(
        "--out",
        type=click.Path(path_type=Path, file_okay=False),
        default=DEFAULT_OUT,
        show_default=True,
        help="The output folder (owned by sffi-gen: every file in it is generated).",
    )(fn)


def target_option(fn: F) -> F:
    from .render import TARGET_MODULES

    return click.option(
        "--target",
        "targets",
        type=click.Choice(TARGET_MODULES),
        multiple=True,
        help="Only this target (repeatable). Default: all.",
    )(fn)


def _source_name(spec: Path, out: Path) -> str:
    """How generated headers name the catalogue: relative to the folder that holds `out`."""
    base = out.absolute().parent
    try:
        return spec.absolute().relative_to(base).as_posix()
    except ValueError:
        return spec.name


def load(spec: Path, out: Path | None = None) -> Catalogue:
    from .loader import load_catalogue

    if spec == DEFAULT_SPEC and not spec.is_file():
        _fail(
            f"{spec}:1: no catalogue here: sffi-gen looked for {spec.absolute()} (the default, relative to the "
            f"folder it runs in, {Path.cwd()}). Run it from the repository root, or point it at a catalogue "
            "with --spec PATH (and at the output folder with --out PATH)."
        )
    try:
        return load_catalogue(spec, display=str(spec), source=_source_name(spec, out or DEFAULT_OUT))
    except SpecError as exc:
        _fail(str(exc))
        raise  # unreachable


def templates_option(fn: F) -> F:
    from .render import TEMPLATES

    return click.option(
        "--templates",
        type=click.Path(path_type=Path, file_okay=False, exists=True),
        default=TEMPLATES,
        show_default="the project's templates/",
        help="Render with this templates folder (for customised tiers).",
    )(fn)


def runtime_option(fn: F) -> F:
    return click.option(
        "--no-runtime",
        "no_runtime",
        is_flag=True,
        help="Leave out the copies of the hand-written runtime (runtime/): only what the catalogue decides (the golden record).",
    )(fn)


def _render(spec: Path, out: Path, targets: tuple[str, ...], templates: Path, runtime: bool = True) -> Any:
    """The rendered tree: from the tree cache when no input changed, else loaded and rendered."""
    from . import treecache
    from .render import render_tree

    tree_key = treecache.key(spec, _source_name(spec, out), targets, templates, runtime) if spec.is_file() else None
    cached = treecache.load(tree_key)
    if cached is not None:
        return cached
    catalogue = load(spec, out)
    try:
        tree = render_tree(catalogue, targets or None, templates, runtime=runtime)
    except GenerationError as exc:
        _fail(str(exc))
    treecache.store(tree_key, tree)
    return tree


def _fix_command(spec: Path, out: Path, targets: tuple[str, ...], no_runtime: bool = False) -> str:
    parts = ["sffi-gen generate"] + (["--no-runtime"] if no_runtime else [])
    if spec != DEFAULT_SPEC:
        parts.append(f"--spec {spec}")
    if out != DEFAULT_OUT:
        parts.append(f"--out {out}")
    parts.extend(f"--target {t}" for t in targets)
    return " ".join(parts)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="torch-sffi", prog_name="sffi-gen")
def main() -> None:
    """Generate every tier of a PyTorch (libtorch) binding from one YAML catalogue.

    \b
    Typical use, from the repository root:
      sffi-gen validate          check spec/torch_api.yaml, write nothing
      sffi-gen generate          (re)write generated/ from the catalogue
      sffi-gen check             fail (exit 1) if generated/ is out of date
      sffi-gen build             compile the C++ bridge and the Python extension
      sffi-gen list --category shape

    Exit status: 0 ok, 1 drift (check), 2 invalid input or failed build.
    """


@main.command()
@spec_option
def validate(spec: Path) -> None:
    """Validate the catalogue and the files it refers to; write nothing.

    Every problem is printed as FILE:LINE: entry NAME: what is wrong (exit 2).
    """
    catalogue = load(spec)
    ext = len(catalogue.extensions)
    click.echo(
        f"{spec}: ok: {len(catalogue.functions)} functions "
        f"({len(catalogue.functions) - ext} reference, {ext} extensions) in {len(catalogue.categories)} categories"
    )


@main.command()
@spec_option
@out_option
@target_option
@templates_option
@runtime_option
@click.option("--quiet", "-q", is_flag=True, help="Print nothing when successful.")
def generate(spec: Path, out: Path, targets: tuple[str, ...], templates: Path, no_runtime: bool, quiet: bool) -> None:
    """Render every target and write the output folder.

    Everything is rendered in memory first; then only changed files are written, and the
    folder is replaced atomically (a killed run leaves the old tree or the new one). Files in
    the output folder that sffi-gen no longer renders are removed; a file there that sffi-gen
    did not write stops the run (exit 2) before anything is written.
    """
    from .writer import write

    start = time.perf_counter()
    tree = _render(spec, out, targets, templates, runtime=not no_runtime)
    try:
        changes = write(tree, out)
    except OutputError as exc:
        _fail(str(exc))
    if quiet:
        return
    elapsed = time.perf_counter() - start
    if changes.clean:
        click.echo(f"{out}/: {len(tree.files)} files up to date ({elapsed:.2f} s)")
        return
    for label, names in (("added", changes.added), ("changed", changes.changed), ("removed", changes.orphans)):
        for rel in names:
            click.echo(f"  {label:8} {out}/{rel}")
    click.echo(
        f"{out}/: {len(changes.added)} added, {len(changes.changed)} changed, {len(changes.orphans)} removed, "
        f"{len(changes.unchanged)} unchanged ({elapsed:.2f} s)"
    )


@main.command()
@spec_option
@out_option
@target_option
@templates_option
@runtime_option
@click.option("--stat", is_flag=True, help="List the files that differ, without the diff.")
def check(spec: Path, out: Path, targets: tuple[str, ...], templates: Path, no_runtime: bool, stat: bool) -> None:
    """Fail (exit 1) if the output folder differs from what the catalogue renders.

    Renders in memory and writes nothing. Prints a unified diff of each changed file, the
    missing files, the orphan files, and the command that brings the folder up to date.
    """
    from .writer import compare

    tree = _render(spec, out, targets, templates, runtime=not no_runtime)
    changes = compare(tree, out, with_diffs=not stat)
    if changes.clean:
        click.echo(f"{out}/: up to date ({len(tree.files)} files)")
        return
    for rel in changes.changed:
        if stat:
            click.echo(f"changed: {out}/{rel}")
        else:
            click.echo(changes.diffs[rel], nl=False)
    for rel in changes.added:
        click.echo(f"missing: {out}/{rel}")
    for rel in changes.orphans + changes.foreign:
        click.echo(f"orphan:  {out}/{rel} (not rendered from the catalogue)")
    click.echo(
        f"\n{out}/ is out of date: {len(changes.changed)} changed, {len(changes.added)} missing, "
        f"{len(changes.orphans) + len(changes.foreign)} orphan. Fix: {_fix_command(spec, out, targets, no_runtime)}",
        err=True,
    )
    sys.exit(EXIT_DRIFT)


@main.command(name="list")
@spec_option
@click.option("--category", "-c", "categories", multiple=True, help="Only this category id (repeatable).")
@click.option("--extensions", is_flag=True, help="Only functions beyond the reference 104.")
@click.option("--reference", is_flag=True, help="Only the reference 104.")
@click.option("--deviations", is_flag=True, help="Only entries that record a deviation from the reference.")
@click.option("--cuda", is_flag=True, help="Only functions that need CUDA.")
@click.option("--pytorch", "pytorch", default=None, metavar="NAME", help="Only entries whose PyTorch counterpart is NAME (torch.sum).")
@click.option("--names", is_flag=True, help="Print the names only, one per line.")
def list_(
    spec: Path,
    categories: tuple[str, ...],
    extensions: bool,
    reference: bool,
    deviations: bool,
    cuda: bool,
    pytorch: str | None,
    names: bool,
) -> None:
    """Print the catalogue as a table (or names), with filters.

    Filters of different kinds all apply (--extensions --cuda: extensions that need CUDA);
    repeating --category takes any of the categories named. --reference and --extensions
    exclude each other.
    """
    from .listing import format_table, select

    if extensions and reference:
        _fail("--reference and --extensions exclude each other: no entry is both (omit both to list every entry)")
    catalogue = load(spec)
    known = {c.id for c in catalogue.categories}
    for cid in categories:
        if cid not in known:
            _fail(f"unknown category '{cid}' (known: {', '.join(sorted(known))})")
    kind = "extensions" if extensions else "reference" if reference else None
    rows = select(catalogue, categories, kind, deviations, cuda, pytorch)
    if names:
        for fn in rows:
            click.echo(fn.name)
        return
    click.echo(format_table(rows, width=_terminal_width()))


def _terminal_width() -> int:
    try:
        return os.get_terminal_size().columns
    except OSError:
        return 120


def run() -> None:  # console-script entry point
    main(prog_name="sffi-gen")


@main.command()
@out_option
@click.option(
    "--build-dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("build"),
    show_default=True,
    help="Where objects, the library and the package go.",
)
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Parallel compiles [default: CPU count].")
@click.option("--develop", is_flag=True, help="Also make the built torch_sffi importable from this virtual environment.")
@click.option("--wheel", "make_wheel", is_flag=True, help="Also pack the package as a wheel into BUILD_DIR/dist/ (pip-installable).")
@click.option(
    "--stub",
    is_flag=True,
    help="Build libtorch_sffi_stub.so instead: the same C ABI without libtorch (needs no torch installed).",
)
@click.option(
    "--sanitize",
    type=click.Choice(["address", "undefined"]),
    default=None,
    help="Instrument the bridge with a sanitizer (use its own --build-dir, e.g. build/asan).",
)
def build(
    out: Path, build_dir: Path, jobs: int | None, develop: bool, make_wheel: bool, stub: bool, sanitize: str | None
) -> None:
    """Compile libtorch_sffi.so and the torch_sffi Python extension from the output folder.

    Builds against the installed torch (its headers and libraries ship in the wheel).
    Only what changed is rebuilt; each step prints one progress line. Exit 2 on failure.

    With --stub, builds the stub bridge (every call fails with "unavailable",
    rt_torch_available() is false) and a torch_sffi package over it in BUILD_DIR/stub/.
    """
    from . import build as builder

    start = time.perf_counter()
    try:
        if stub:
            library = builder.build_stub(out, build_dir, log=click.echo)
            click.echo(f"stub bridge: {library} ({time.perf_counter() - start:.1f} s)")
            return
        package = builder.build(out, build_dir, jobs, log=click.echo, sanitize=sanitize)
        if develop:
            pth = builder.develop(package)
            click.echo(f"torch_sffi importable from this environment ({pth})")
        if make_wheel:
            builder.wheel(out, build_dir, log=click.echo)
    except builder.BuildError as exc:
        _fail(f"sffi-gen build: {exc}")
    click.echo(f"build finished in {time.perf_counter() - start:.1f} s")


@main.command(name="snapshot-api")
@spec_option
@click.option(
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Where to write it [default: pytorch_api.json beside the catalogue].",
)
@click.option("--check", "check_only", is_flag=True, help="Write nothing; exit 1 if the file differs from a fresh snapshot.")
def snapshot_api(spec: Path, output: Path | None, check_only: bool) -> None:
    """Take PyTorch's public Python API from the installed, pinned torch into a committed file.

    The coverage report compares the catalogue with this snapshot and never imports torch, so
    the report does not depend on the machine. Refuses (exit 2) unless the installed torch is
    the version pyproject.toml pins. Takes about 20 s (it parses torch's own sources to rank
    callables by use).
    """
    from . import pytorch_api
    from .loader import API_SNAPSHOT

    target = output or spec.parent / API_SNAPSHOT
    try:
        import torch
    except ImportError:
        _fail("sffi-gen snapshot-api: torch is not installed (pip install -e '.[dev]' installs the pinned one)")
    try:
        text = pytorch_api.snapshot_text(torch, pytorch_api.pinned_torch_version())
    except pytorch_api.SnapshotError as exc:
        _fail(f"sffi-gen snapshot-api: {exc}")
    if check_only:
        current = target.read_text(encoding="utf-8") if target.is_file() else None
        if current != text:
            _fail(f"{target} differs from a fresh snapshot of torch {torch.__version__}. Fix: sffi-gen snapshot-api", EXIT_DRIFT)
        click.echo(f"{target}: up to date (torch {torch.__version__})")
        return
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, target)
    for line in pytorch_api.summarize(text):
        click.echo(f"  {line}")
    click.echo(f"{target}: written from torch {torch.__version__}")


@main.command()
@spec_option
@out_option
def coverage(spec: Path, out: Path) -> None:
    """Write the coverage report (docs/coverage.md, .json, .svg) and print its headline.

    Renders only the coverage target and writes it with the same writer as `generate` (which
    renders it too). Every figure comes from the catalogue, its research baseline and the
    PyTorch API snapshot beside it (see `snapshot-api`); nothing here imports torch.
    """
    from .render import TEMPLATES
    from .targets import coverage as target
    from .writer import write

    tree = _render(spec, out, (target.NAME,), TEMPLATES)
    try:
        changes = write(tree, out)
    except OutputError as exc:
        _fail(str(exc))
    head = target.headline(target.build(load(spec, out)))
    click.echo(f"catalogue:         {head.functions}")
    click.echo(f"research document: {head.research}")
    click.echo(f"PyTorch API:       {head.api}")
    click.echo(f"accounting:        {head.accounting}")
    click.echo(f"README.md says:    {head.readme}")
    state = "up to date" if changes.clean else f"{len(changes.added) + len(changes.changed)} written"
    click.echo(f"{out}/: {', '.join(sorted(tree.files))} ({state})")


@main.command()
@click.argument("ops", nargs=-1, required=True, metavar="OP...")
@spec_option
@click.option(
    "--category",
    "-c",
    default=None,
    help="The category of every drafted entry (an id the catalogue declares). Default: inferred "
    "per operator (an entry for the same PyTorch function, then its tags); an operator whose "
    "category cannot be inferred stops the run.",
)
@click.option("--append", "append_", is_flag=True, help="Append the drafts to the catalogue's functions (atomically) instead of printing them.")
@click.option("--extension/--no-extension", default=True, show_default=True, help="Mark the drafts `extension: true`.")
def draft(ops: tuple[str, ...], spec: Path, category: str | None, append_: bool, extension: bool) -> None:
    """Draft catalogue entries from the operator schemas of the pinned torch.

    \b
    OP names an ATen operator as native_functions.yaml does:
      sin                  the default overload (the one without an overload name)
      clamp.Tensor         one overload
      max.*                every overload except the out= ones (those that can be drafted)
      nn.functional.gelu   the same as gelu; linalg.vector_norm is linalg_vector_norm
                           (also special., fft., and any of these after torch.)

    Each entry gets its name by the naming rule (the full form, sum.dim_IntList ->
    ..._sum_dim_intlist, with _v2 while the name is taken), params, returns and binds converted
    from the schema, the Python counterpart found in the API snapshot, and the summary and
    parameter docs from that counterpart's docstring. `# REVIEW:` lines above each entry say what
    a person must still decide. The drafts are validated in the catalogue (a temporary copy
    beside it) before anything is printed or written; any problem stops the run (exit 2) with
    the operator named. out= overloads are never drafted. See docs/draft.md.
    """
    from . import draft as drafting

    try:
        import torch
    except ImportError:
        _fail("sffi-gen draft: torch is not installed (pip install -e '.[dev]' installs the pinned one)")
    try:
        docs = drafting.torch_doc_lookup(torch)
        result = drafting.draft(list(ops), spec, docs, category, extension, torch_version=str(torch.__version__))
        if append_:
            drafting.append(spec, result)
    except drafting.DraftError as exc:
        for problem in exc.problems:
            click.echo(f"sffi-gen draft: {problem}", err=True)
        sys.exit(EXIT_INVALID)
    for note in result.notes:
        click.echo(f"sffi-gen draft: note: {note}", err=True)
    if append_:
        names = ", ".join(d.name for d in result.drafts)
        click.echo(f"{spec}: appended {len(result.drafts)} draft(s): {names}. Review the # REVIEW: lines, then sffi-gen generate.")
    else:
        click.echo(result.text, nl=False)
