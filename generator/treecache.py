"""A cache of rendered trees, keyed by every input of the render.

`generate` and `check` run again and again on inputs that did not change (make, make test, the
pre-commit habit). A render is a pure function of its inputs: the catalogue and the files it
names (research baseline, API snapshot), the templates, the hand-written runtime, the
generator's own source, the options, and the Python and Jinja versions. The rendered tree of
those inputs is kept in the user's cache (cache.py) under a hash of them all, so a run whose
inputs are unchanged neither validates nor renders again: a cached tree exists only for inputs
that rendered without a problem. Any changed byte of any input is another key. Deleting the
cache is always safe; CI starts without one.
"""

from __future__ import annotations

import json
import os
import re
import sys
from importlib import metadata
from pathlib import Path

from .cache import cache_dir, digest
from .render import RenderedTree
from .runtime import RUNTIME

GENERATOR = Path(__file__).resolve().parent
FOLDER = "trees"
KEEP = 8  # trees kept; older ones are removed
# The files a catalogue names, besides itself (relative to it).
_NAMED = re.compile(r"^(?:research_baseline|pytorch_api):\s*(\S+)\s*$", re.MULTILINE)
_SNAPSHOT = "pytorch_api.json"  # read beside the catalogue when it names none


def _files(root: Path, suffixes: tuple[str, ...] | None = None) -> list[bytes]:
    out: list[bytes] = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and (suffixes is None or path.suffix in suffixes):
            out += [path.relative_to(root).as_posix().encode(), path.read_bytes()]
    return out


def key(spec: Path, source: str, targets: tuple[str, ...], templates: Path, runtime: bool) -> str | None:
    """The hash of every input of a render, or None when one cannot be read (then no cache)."""
    try:
        text = spec.read_bytes()
        named = [m.strip("\"'") for m in _NAMED.findall(text.decode("utf-8", "replace"))] + [_SNAPSHOT]
        beside = [spec.parent / name for name in named]
        parts = [b"sffi-gen tree 1", sys.version.encode(), metadata.version("jinja2").encode(), source.encode()]
        parts += [",".join(targets).encode(), b"runtime" if runtime else b"no runtime", text]
        parts += [p.read_bytes() if p.is_file() else b"(none)" for p in beside]
        parts += _files(templates) + _files(RUNTIME) + _files(GENERATOR, (".py",))
    except (OSError, metadata.PackageNotFoundError):
        return None
    return digest(*parts)


def load(tree_key: str | None) -> RenderedTree | None:
    directory = cache_dir(FOLDER)
    if tree_key is None or directory is None:
        return None
    path = directory / f"{tree_key}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        os.utime(path)  # recently used: kept when older trees are removed
        return RenderedTree(dict(data["files"]), tuple(data["scope"]), frozenset(data["copies"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(tree_key: str | None, tree: RenderedTree) -> None:
    directory = cache_dir(FOLDER)
    if tree_key is None or directory is None:
        return
    data = {"files": tree.files, "scope": list(tree.scope), "copies": sorted(tree.copies)}
    try:
        tmp = directory / f".{tree_key}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, directory / f"{tree_key}.json")
        trees = sorted(directory.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in trees[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
