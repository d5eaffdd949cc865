"""The hand-written runtime: ordinary source files in runtime/<language>/ that the targets copy
beside what they generate (the bridge's handle table and error state, the Python package's
Tensor class and optimizers, the Rust crate's error and owner types).

They are real code, compiled, type-checked and linted as they are; the copies in generated/
carry a header naming their source, and the golden record leaves them out (it stores what the
catalogue decides, not these files again).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import GenerationError

RUNTIME = Path(__file__).resolve().parent.parent / "runtime"
COPY_HEADER = "copied from {source} by sffi-gen; edit that file, not this copy"


@dataclass(frozen=True)
class Copy:
    """A runtime file as a target renders it: its text and where it comes from."""

    source: str  # relative to the repository, e.g. runtime/cpp/sffi_runtime.h
    text: str


def copy(relative: str) -> Copy:
    """runtime/<relative>, read now (a missing file is a named error)."""
    path = RUNTIME / relative
    try:
        return Copy(f"runtime/{relative}", path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GenerationError(f"runtime/{relative}: cannot read the runtime file ({exc.strerror})") from None


def files(folder: str, suffixes: tuple[str, ...]) -> list[str]:
    """The runtime files of runtime/<folder> with these suffixes, relative to runtime/, sorted."""
    root = RUNTIME / folder
    return sorted(p.relative_to(RUNTIME).as_posix() for p in root.rglob("*") if p.is_file() and p.suffix in suffixes)
