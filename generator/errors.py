"""Diagnostics: every problem with a catalogue is reported as `FILE:LINE: entry NAME: what`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem found in an input file, pinned to a line (1-based)."""

    path: str
    line: int
    message: str
    entry: str | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}: "
        if self.entry is not None:
            where += f"entry {self.entry}: "
        return where + self.message


class SpecError(Exception):
    """The catalogue (or a file it refers to) is invalid. Carries every diagnostic found."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        if not diagnostics:
            raise ValueError("SpecError needs at least one diagnostic")
        self.diagnostics = sorted(set(diagnostics))
        super().__init__("\n".join(str(d) for d in self.diagnostics))


class GenerationError(Exception):
    """Rendering failed (a template or translation error); nothing was written."""


class OutputError(Exception):
    """The output directory cannot be written safely; nothing was written."""
