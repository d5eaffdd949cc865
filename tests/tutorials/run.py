"""Run one tutorial program under PyTorch or under torch_sffi: `python run.py LIB FILE`.

LIB is `torch` (the file runs as it is) or `torch_sffi` (the file's import lines are rewritten,
`import torch` -> `import torch_sffi as torch`, `import torch.nn.functional as F` ->
`import torch_sffi.nn.functional as F`, and nothing else). The program runs as `__main__`, and
under torch_sffi the run fails if anything imported PyTorch itself."""

from __future__ import annotations

import re
import sys
from pathlib import Path

# `import torch` / `import torch.sub.module as NAME`, whole line, nothing else on it.
IMPORT = re.compile(r"^import torch((?:\.\w+)*)(\s+as\s+\w+)?\s*$")


def rewrite_line(line: str) -> str:
    """The torch_sffi form of one source line: import lines of torch rewritten, others as they are."""
    m = IMPORT.match(line)
    if not m:
        return line
    sub, alias = m.group(1), m.group(2)
    if sub:
        # `import torch.nn.functional as F` binds F; without `as`, it binds `torch`.
        return f"import torch_sffi{sub}{alias}" if alias else f"import torch_sffi{sub}; import torch_sffi as torch"
    return f"import torch_sffi{alias or ' as torch'}"


def rewrite(source: str) -> str:
    return "\n".join(rewrite_line(line) for line in source.split("\n"))


def changed_lines(source: str) -> list[tuple[str, str]]:
    """Every (original, rewritten) pair of lines that differ; only import lines may."""
    return [(a, b) for a, b in zip(source.split("\n"), rewrite(source).split("\n")) if a != b]


def main(lib: str, file: str) -> None:
    source = Path(file).read_text()
    if lib == "torch_sffi":
        for before, _ in changed_lines(source):
            assert IMPORT.match(before), before
        source = rewrite(source)
    elif lib != "torch":
        raise SystemExit(f"LIB is torch or torch_sffi, not {lib!r}")
    code = compile(source, file, "exec")
    exec(code, {"__name__": "__main__", "__file__": file})
    sys.stdout.flush()
    if lib == "torch_sffi" and "torch" in sys.modules:
        raise SystemExit(f"{file}: PyTorch was imported during the torch_sffi run")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
