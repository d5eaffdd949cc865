"""Rendering: one strict Jinja environment, a registry of targets, and the generated header.

A target is a module in generator/targets/ with:
    NAME: str              the --target name
    DIRS: tuple[str, ...]  the folders of the output tree it owns
    render(catalogue, env) -> dict[str, str]   relative path -> file body (without header)
Rendering never touches the disk except to read templates; the writer owns all output.
"""

from __future__ import annotations

import importlib
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Callable, Protocol

if TYPE_CHECKING:
    from jinja2 import BytecodeCache

from .cache import cache_dir
from .errors import GenerationError
from .model import Catalogue
from .runtime import COPY_HEADER, Copy

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
TARGET_MODULES = ("cpp", "cffi", "rust", "simple", "python", "coverage")

HEADER_TEXT = "generated from {source} by sffi-gen; do not edit"

# Comment syntax per file type. A type missing here is a named error: every file must say
# where it comes from. JSON has no comments: the target puts the header in a "generated" key.
_LINE_COMMENT = {
    ".h": "// {}",
    ".c": "// {}",
    ".cpp": "// {}",
    ".rs": "// {}",
    ".py": "# {}",
    ".pyi": "# {}",
    ".spl": "# {}",
    ".toml": "# {}",
    ".typed": "# {}",
    ".txt": "# {}",
    ".md": "<!-- {} -->",
    ".svg": "<!-- {} -->",
}
_EMBEDDED = {".json"}


class Target(Protocol):
    NAME: str
    DIRS: tuple[str, ...]
    render: Callable[[Catalogue, "Renderer"], dict[str, "str | Copy"]]


@dataclass(frozen=True)
class RenderedTree:
    files: dict[str, str]  # relative path -> full content, header included
    scope: tuple[str, ...]  # folders of the output tree these files own
    copies: frozenset[str] = frozenset()  # the files that are copies of the hand-written runtime


def header_line(path: str, source: str, text: str = HEADER_TEXT) -> str | None:
    suffix = Path(path).suffix
    if suffix in _EMBEDDED:
        return None
    style = _LINE_COMMENT.get(suffix)
    if style is None:
        raise GenerationError(f"{path}: no comment syntax known for '{suffix}' files, so it cannot carry the header")
    return style.format(text.format(source=source))


def load_targets(names: tuple[str, ...] | None = None) -> list[ModuleType]:
    chosen = names or TARGET_MODULES
    unknown = [n for n in chosen if n not in TARGET_MODULES]
    if unknown:
        raise GenerationError(f"unknown target(s) {', '.join(unknown)} (known: {', '.join(TARGET_MODULES)})")
    return [importlib.import_module(f"generator.targets.{n}") for n in chosen]


class Renderer:
    """Wraps the Jinja environment; templates get model objects and Python-made strings only."""

    def __init__(self, templates: Path = TEMPLATES) -> None:
        import jinja2  # imported here: `sffi-gen validate` and `list` never pay for it

        self._jinja = jinja2
        self.templates = templates
        self.shown = _display(templates)
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(templates)),
            bytecode_cache=_bytecode_cache(jinja2),
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            autoescape=False,
        )

    def render(self, template: str, **context: object) -> str:
        jinja2 = self._jinja
        try:
            return self.env.get_template(template).render(**context)
        except jinja2.TemplateSyntaxError as exc:
            where = f"{self.shown}/{exc.name or template}:{exc.lineno}"
            raise GenerationError(f"{where}: template error: {exc.message}") from None
        except jinja2.TemplateNotFound as exc:
            raise GenerationError(f"{self.shown}/{exc.name}:1: template not found") from None
        except jinja2.TemplateError as exc:
            line = _template_line(exc, template)
            raise GenerationError(f"{self.shown}/{template}:{line}: template error: {exc}") from None


def _bytecode_cache(jinja2: ModuleType) -> "BytecodeCache | None":
    """Compiled templates cached per user (keyed by each template's source checksum, so an
    edited template is always recompiled): compiling them is a third of a generate run."""
    directory = cache_dir("jinja")
    return None if directory is None else jinja2.FileSystemBytecodeCache(str(directory))


def _display(path: Path) -> str:
    """A templates folder as shown in messages: relative to the working folder when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def _template_line(exc: BaseException, template: str) -> int:
    line = 1
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith(template) and frame.lineno is not None:
            line = frame.lineno
    return line


def render_tree(
    catalogue: Catalogue, targets: tuple[str, ...] | None = None, templates: Path = TEMPLATES, runtime: bool = True
) -> RenderedTree:
    """Renders the chosen targets (all by default) in memory, headers included. Without
    `runtime`, the copies of the hand-written runtime are left out (the golden record)."""
    renderer = Renderer(templates)
    files: dict[str, str] = {}
    scope: list[str] = []
    copies: set[str] = set()
    for module in load_targets(targets):
        scope.extend(module.DIRS)
        for rel, body in module.render(catalogue, renderer).items():
            if not any(rel == d or rel.startswith(d + "/") for d in module.DIRS):
                raise GenerationError(f"target {module.NAME} rendered {rel}, outside its folders {module.DIRS}")
            if rel in files:
                raise GenerationError(f"two targets render {rel}")
            if isinstance(body, Copy):
                if not runtime:
                    continue
                copies.add(rel)
                header = header_line(rel, body.source, COPY_HEADER)
                text = body.text
            else:
                header = header_line(rel, catalogue.source)
                text = body
            files[rel] = text if header is None else _with_header(header, text)
    return RenderedTree(dict(sorted(files.items())), tuple(scope), frozenset(copies))


def _with_header(header: str, body: str) -> str:
    if body.startswith("#!"):  # keep a shebang first
        first, _, rest = body.partition("\n")
        return f"{first}\n{header}\n{rest}"
    return f"{header}\n{body}"
