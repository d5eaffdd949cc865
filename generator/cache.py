"""The user's cache for sffi-gen ($XDG_CACHE_HOME/sffi-gen, else ~/.cache/sffi-gen).

Only results that are pure functions of their inputs go here, keyed by a hash of those
inputs: compiled templates (keyed by Jinja by each template's source), the Simple checker's
verdicts (keyed by the checked text and the checker's own source) and rendered trees
(treecache.py, keyed by every input of a render). Deleting it is always safe.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def cache_dir(name: str) -> Path | None:
    """A folder of the cache, created if needed; None when it cannot be (a read-only home)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(base, "sffi-gen", name)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return path


def digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.hexdigest()


def seen(folder: str, key: str) -> bool:
    directory = cache_dir(folder)
    return directory is not None and (directory / key).exists()


def remember(folder: str, key: str) -> None:
    directory = cache_dir(folder)
    if directory is None:
        return
    try:
        (directory / key).touch()
    except OSError:
        pass
