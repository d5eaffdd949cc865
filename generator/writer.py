"""The one writer of generated output.

`write` replaces the output folder as a whole: it stages the complete new tree beside it
(unchanged files hard-linked, so their inodes and modification times survive and builds stay
incremental), then swaps the two folders with one atomic rename (renameat2 RENAME_EXCHANGE on
Linux). A run killed at any point leaves the old tree or the new one, never a mix; leftovers
of a killed run are cleaned (or restored) by the next one.

`compare` is the read-only half used by `check`.
"""

from __future__ import annotations

import contextlib
import ctypes
import difflib
import errno
import fcntl
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from .errors import OutputError
from .render import HEADER_TEXT, RenderedTree
from .runtime import COPY_HEADER

# Build by-products that may sit in the output tree without being orphans; the writer keeps
# them across swaps. Everything else there must be a file sffi-gen renders.
IGNORED_DIRS = frozenset({"__pycache__", "target", ".pytest_cache", ".mypy_cache"})
IGNORED_FILES = frozenset({"Cargo.lock"})
IGNORED_SUFFIXES = (".pyc",)
_STAGING = ".{name}.sffi-staging"
_RETIRED = ".{name}.sffi-old"
# What every file sffi-gen writes says in its first line: "by sffi-gen; do not edit", or for a
# copy of the hand-written runtime "by sffi-gen; edit that file, not this copy".
_HEADER_MARKS = tuple(text.split("{source}")[-1].strip() for text in (HEADER_TEXT, COPY_HEADER))


@dataclass
class Changes:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)  # in scope, not rendered, carry our header
    foreign: list[str] = field(default_factory=list)  # in scope, not rendered, not ours
    diffs: dict[str, str] = field(default_factory=dict)

    @property
    def clean(self) -> bool:
        return not (self.added or self.changed or self.orphans or self.foreign)


def _ignored(rel: str) -> bool:
    parts = rel.split("/")
    return (
        any(p in IGNORED_DIRS for p in parts[:-1])
        or parts[-1] in IGNORED_FILES
        or parts[-1].endswith(IGNORED_SUFFIXES)
    )


def _existing_files(root: Path) -> dict[str, Path]:
    """Regular files under root (relative POSIX path -> path), by-products excluded."""
    out: dict[str, Path] = {}
    if not root.is_dir():
        return out
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in IGNORED_DIRS)
        for name in sorted(filenames):
            path = Path(dirpath, name)
            rel = path.relative_to(root).as_posix()
            if not _ignored(rel):
                out[rel] = path
    return out


def _in_scope(rel: str, scope: tuple[str, ...]) -> bool:
    return any(rel == d or rel.startswith(d + "/") for d in scope)


def _is_ours(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return any(mark.encode() in head for mark in _HEADER_MARKS)


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def compare(tree: RenderedTree, out: Path, with_diffs: bool = False) -> Changes:
    """What writing `tree` into `out` would change. Reads only."""
    changes = Changes()
    existing = _existing_files(out)
    for rel, content in tree.files.items():
        path = existing.get(rel)
        if path is None:
            changes.added.append(rel)
            continue
        old = _read(path)
        if old == content:
            changes.unchanged.append(rel)
            continue
        changes.changed.append(rel)
        if with_diffs:
            lines = difflib.unified_diff(
                (old or "").splitlines(keepends=True),
                content.splitlines(keepends=True),
                fromfile=f"{out.name}/{rel} (on disk)",
                tofile=f"{out.name}/{rel} (from the catalogue)",
            )
            changes.diffs[rel] = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    for rel, path in existing.items():
        if rel not in tree.files and _in_scope(rel, tree.scope):
            (changes.orphans if _is_ours(path) else changes.foreign).append(rel)
    return changes


def write(tree: RenderedTree, out: Path) -> Changes:
    """Make `out` hold `tree` (within its scope), atomically. Writes nothing when up to date."""
    with _exclusive(out):
        return _write_locked(tree, out)


@contextlib.contextmanager
def _exclusive(out: Path) -> Iterator[None]:
    """One writer at a time per output folder: an flock on the folder that holds it."""
    parent = out.absolute().parent
    parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(parent, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _write_locked(tree: RenderedTree, out: Path) -> Changes:
    recover(out)
    changes = compare(tree, out)
    if changes.foreign:
        listed = ", ".join(f"{out.name}/{rel}" for rel in changes.foreign[:5])
        more = f" and {len(changes.foreign) - 5} more" if len(changes.foreign) > 5 else ""
        raise OutputError(
            f"{listed}{more}: not written by sffi-gen (no generated header); "
            f"move it out of {out.name}/ or delete it, then run again. Nothing was written."
        )
    if changes.clean:
        return changes
    out = out.absolute()
    staging = out.parent / _STAGING.format(name=out.name)
    if staging.exists():
        shutil.rmtree(staging)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        _stage(tree, out, staging, set(changes.unchanged))
        if out.exists():
            _swap(staging, out)
            retired = staging  # after the swap the old tree sits at the staging path
            _carry_byproducts(retired, out)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            os.rename(staging, out)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise OutputError(f"cannot write {out}: {exc.strerror or exc}; the previous output is unchanged") from None
    return changes


def _stage(tree: RenderedTree, out: Path, staging: Path, unchanged: set[str]) -> None:
    staging.mkdir()
    keep = {rel: p for rel, p in _existing_files(out).items() if not _in_scope(rel, tree.scope)}
    for rel, path in keep.items():  # files of other targets, untouched by this run
        _link_or_copy(path, staging / rel)
    for rel, content in tree.files.items():
        dest = staging / rel
        if rel in unchanged:
            _link_or_copy(out / rel, dest)
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        with open(dest, "w", encoding="utf-8", newline="") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
    _fsync_dir(staging)


def _link_or_copy(src: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(src, dest)
    except OSError:
        shutil.copy2(src, dest)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _renameat2_function() -> Callable[..., int] | None:
    """libc's renameat2, looked up in the running process (it links libc) on first use."""
    function: Callable[..., int] | None = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    return function


def _swap(a: Path, b: Path) -> None:
    """Exchange two folders atomically; fall back to two renames plus recovery where unsupported."""
    renameat2 = _renameat2_function()
    if renameat2 is not None:
        rc = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
        if rc == 0:
            return
        err = ctypes.get_errno()
        if err not in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
            raise OSError(err, os.strerror(err))
    # Fallback: b -> retired, a -> b, retired -> a. `recover` puts back b if killed in between.
    retired = b.parent / _RETIRED.format(name=b.name)
    os.rename(b, retired)
    os.rename(a, b)
    os.rename(retired, a)


def _carry_byproducts(old: Path, new: Path) -> None:
    """Move build by-products (cargo's target/, __pycache__, Cargo.lock) into the new tree."""
    for dirpath, dirnames, filenames in os.walk(old):
        rel_dir = Path(dirpath).relative_to(old)
        for d in [d for d in dirnames if d in IGNORED_DIRS]:
            dirnames.remove(d)
            _move_if_absent(old / rel_dir / d, new / rel_dir / d)
        for f in filenames:
            rel = (rel_dir / f).as_posix()
            if _ignored(rel):
                _move_if_absent(old / rel, new / rel)


def _move_if_absent(src: Path, dest: Path) -> None:
    if dest.exists() or not dest.parent.is_dir():
        return
    try:
        os.rename(src, dest)
    except OSError:
        pass


def recover(out: Path) -> None:
    """Clean up after a killed run: restore the old tree if a fallback swap was cut short."""
    out = out.absolute()
    retired = out.parent / _RETIRED.format(name=out.name)
    staging = out.parent / _STAGING.format(name=out.name)
    if retired.exists() and not out.exists():
        os.rename(retired, out)
    elif retired.exists():
        shutil.rmtree(retired, ignore_errors=True)
    if staging.exists():
        shutil.rmtree(staging, ignore_errors=True)
