"""YAML loading that keeps line numbers and rejects duplicate keys.

PyYAML's composer (libyaml's C implementation when available) gives us a node tree with
marks; we turn it into three small located node types instead of plain dicts, so that every
later error can name the line it comes from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Union

import yaml

from .errors import Diagnostic, SpecError

try:  # libyaml is several times faster; the pure-Python loader gives the same nodes.
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader


@dataclass(frozen=True)
class Scalar:
    value: object
    line: int


@dataclass(frozen=True)
class Sequence:
    items: tuple["Node", ...]
    line: int


@dataclass(frozen=True)
class Mapping:
    """An ordered mapping with string keys; `key_lines` gives the line of each key."""

    items: dict[str, "Node"]
    line: int
    key_lines: dict[str, int] = field(default_factory=dict)

    def get(self, key: str) -> "Node | None":
        return self.items.get(key)

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


Node = Union[Scalar, Sequence, Mapping]

_constructor = yaml.constructor.SafeConstructor()


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _convert(node: yaml.Node, path: str, errors: list[Diagnostic]) -> Node:
    if isinstance(node, yaml.ScalarNode):
        try:
            value = _constructor.construct_object(node, deep=True)
        except yaml.YAMLError as exc:  # e.g. a malformed timestamp
            errors.append(Diagnostic(path, _line(node), f"bad scalar: {exc}"))
            value = node.value
        return Scalar(value, _line(node))
    if isinstance(node, yaml.SequenceNode):
        return Sequence(tuple(_convert(item, path, errors) for item in node.value), _line(node))
    if isinstance(node, yaml.MappingNode):
        items: dict[str, Node] = {}
        key_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            key_line = _line(key_node)
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != "tag:yaml.org,2002:str":
                errors.append(Diagnostic(path, key_line, f"mapping keys must be plain strings, got {key_node.value!r}"))
                continue
            key = key_node.value
            if key in items:
                errors.append(
                    Diagnostic(path, key_line, f"duplicate key '{key}' (first given on line {key_lines[key]})")
                )
                continue
            items[key] = _convert(value_node, path, errors)
            key_lines[key] = key_line
        return Mapping(items, _line(node), key_lines)
    raise AssertionError(f"unexpected YAML node {node!r}")  # pragma: no cover


def load_text(text: str, path: str) -> Node:
    """Parse YAML text into located nodes. Raises SpecError with file:line on any problem."""
    try:
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = int(mark.line) + 1 if mark is not None else 1
        problem = exc.problem or exc.context or "syntax error"
        raise SpecError([Diagnostic(path, line, f"YAML syntax error: {problem}")]) from None
    except yaml.YAMLError as exc:
        raise SpecError([Diagnostic(path, 1, f"YAML error: {exc}")]) from None
    if root is None:
        raise SpecError([Diagnostic(path, 1, "the file is empty")])
    errors: list[Diagnostic] = []
    tree = _convert(root, path, errors)
    if errors:
        raise SpecError(errors)
    return tree


def load_file(path: Path, display: str) -> Node:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError([Diagnostic(display, 1, "file not found")]) from None
    except UnicodeDecodeError as exc:
        raise SpecError([Diagnostic(display, 1, f"not UTF-8 text ({exc.reason})")]) from None
    except OSError as exc:
        raise SpecError([Diagnostic(display, 1, f"cannot read: {exc.strerror}")]) from None
    return load_text(text, display)
