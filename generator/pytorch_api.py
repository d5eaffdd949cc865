"""`sffi-gen snapshot-api`: PyTorch's public Python API, taken once from the pinned torch.

The coverage report compares the catalogue with PyTorch itself. Generation must not import
torch (or depend on the machine), so this module takes the API surface into a committed,
sorted file, spec/pytorch_api.json, and the coverage target reads only that file.

What is counted (each rule is also written into the snapshot, and the report quotes it):

* A public name has no leading underscore (so dunders are excluded).
* The six namespaces and what a "public callable" is in each are in NAMESPACES below.
* Deprecated callables are listed apart and not counted: a callable is deprecated when its own
  docstring says so (it starts with "Deprecated", or it says that the callable itself, named
  as `torch.X`, :func:`torch.X`, :meth:`Tensor.X`, "this function" or "this class", "is
  deprecated"), when it is a legacy typed tensor class (torch._tensor_classes) or a
  TypedStorage subclass (both documented as deprecated), or, for a torch.Tensor method, when
  its torch.X twin is deprecated. A deprecated *argument* does not make a callable deprecated.
* Aliases: the other public names (in these namespaces or directly under torch) that refer to
  the very same object, e.g. torch.autograd.no_grad is torch.no_grad, and F.conv2d is
  torch.conv2d. The coverage report counts a callable bound when any of its names is bound.
* Usage, the "most used" rank: the number of call sites that resolve to the callable (under
  any of its names) in the pinned torch package's own Python sources, counted by an AST walk
  (see count_calls). It is a reproducible proxy for how much a callable is used, not a
  measurement of user code.
"""

from __future__ import annotations

import ast
import inspect
import json
import re
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterable

SNAPSHOT_NAME = "pytorch_api.json"
PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
# The oldest Python torch-sffi supports: sources are parsed as this version so that the
# counts do not depend on the Python that takes the snapshot.
PARSE_AS = (3, 10)

USAGE_RULE = (
    "call sites in the pinned torch package's own Python sources (every torch/**/*.py of "
    "the installed wheel, parsed as Python 3.10; files that do not parse are skipped and listed) "
    "whose callee resolves to the callable under any of its names. Names resolve through the "
    "file's imports (import torch, import torch.nn.functional as F, from torch import nn, "
    "relative imports) and its own top-level definitions. A call x.name(...) on anything that "
    "is not an imported name is counted for torch.Tensor.name, by name alone (m.to() on a module "
    "counts toward Tensor.to), except for names that builtin types also have as methods "
    "(set.add, str.split, dict.values, ...; listed in usage_scan.ambiguous), for which only "
    "explicit torch.Tensor.name calls count. A proxy for use, not a measurement of user code."
)
DEPRECATION_RULE = (
    "listed, not counted: the docstring starts with 'Deprecated' or says that the "
    "callable itself ('torch.X', ':func:`torch.X`', ':meth:`Tensor.X`', 'this function', "
    "'this class') is deprecated; legacy typed tensor classes (torch._tensor_classes) and "
    "TypedStorage subclasses; a torch.Tensor method whose torch.X twin is deprecated"
)
ALIAS_RULE = (
    "the other public names, in these namespaces or directly under torch, of the very "
    "same object (torch.autograd.no_grad is torch.no_grad)"
)


@dataclass(frozen=True)
class Namespace:
    name: str  # the dotted module path, "torch.Tensor" for the class
    title: str
    rule: str
    select: Callable[[Any], dict[str, object]]  # torch -> {public callable name: object}


class SnapshotError(Exception):
    """The snapshot cannot be taken (wrong torch version, torch missing)."""


# --------------------------------------------------------------------------- selection rules


def _routine_or_builtin(obj: object) -> bool:
    return inspect.isfunction(obj) or inspect.isbuiltin(obj)


def _select_torch(torch: Any) -> dict[str, object]:
    native = torch._C._VariableFunctions
    names = {n for n in dir(native) if not n.startswith("_") and hasattr(torch, n)}
    names |= set(torch.functional.__all__)
    return {n: getattr(torch, n) for n in sorted(names) if callable(getattr(torch, n))}


def _select_tensor(torch: Any) -> dict[str, object]:
    out: dict[str, object] = {}
    owners = [k for k in torch.Tensor.__mro__ if k is not object]
    for name in sorted(dir(torch.Tensor)):
        if name.startswith("_") or not any(name in vars(k) for k in owners):
            continue
        raw = inspect.getattr_static(torch.Tensor, name)
        if isinstance(raw, (classmethod, staticmethod)) or callable(raw):
            out[name] = getattr(torch.Tensor, name)
    return out


def tensor_attributes(torch: Any) -> list[str]:
    """Public torch.Tensor attributes that are not callables (properties such as shape, grad)."""
    owners = [k for k in torch.Tensor.__mro__ if k is not object]
    return sorted(
        n
        for n in dir(torch.Tensor)
        if not n.startswith("_")
        and any(n in vars(k) for k in owners)
        and not callable(inspect.getattr_static(torch.Tensor, n))
    )


def _defined_in(module_name: str) -> Callable[[Any], dict[str, object]]:
    def select(torch: Any) -> dict[str, object]:
        module = _module(torch, module_name)
        return {
            n: obj
            for n, obj in sorted(vars(module).items())
            if not n.startswith("_")
            and (inspect.isbuiltin(obj) or inspect.isfunction(obj) and obj.__module__ == module_name)
        }

    return select


def _from_all(module_name: str) -> Callable[[Any], dict[str, object]]:
    def select(torch: Any) -> dict[str, object]:
        module = _module(torch, module_name)
        out: dict[str, object] = {}
        for n in sorted(set(module.__all__)):
            obj = getattr(module, n)
            if n.startswith("_") or isinstance(obj, ModuleType):
                continue
            if inspect.isclass(obj) and issubclass(obj, BaseException):
                continue
            if _routine_or_builtin(obj) or inspect.isclass(obj):
                out[n] = obj
        return out

    return select


def _module(torch: Any, dotted: str) -> Any:
    obj = torch
    for part in dotted.split(".")[1:]:
        obj = getattr(obj, part)
    return obj


NAMESPACES: tuple[Namespace, ...] = (
    Namespace(
        "torch",
        "torch: tensor creation and math",
        "torch.X for each public X that is a native ATen operator binding (a public name of "
        "torch._C._VariableFunctions that torch exposes, or the Python wrapper that replaces it "
        "there) or is in torch.functional.__all__; configuration, serialization, compilation, "
        "dtypes and classes are left out",
        _select_torch,
    ),
    Namespace(
        "torch.Tensor",
        "torch.Tensor methods",
        "each public name defined on torch.Tensor or its C base torch._C.TensorBase whose class "
        "attribute is callable (in-place X_ variants included); properties and data attributes "
        "(shape, grad, dtype, requires_grad, ...) are not callables and are listed as attributes",
        _select_tensor,
    ),
    Namespace(
        "torch.nn.functional",
        "torch.nn.functional",
        "each public name of the module that is a Python function defined in torch.nn.functional "
        "or a native operator binding (a builtin); names it only imports (typing helpers, "
        "handle_torch_function, boolean_dispatch) and classes are left out",
        _defined_in("torch.nn.functional"),
    ),
    Namespace(
        "torch.linalg",
        "torch.linalg",
        "each public name of the module that is a Python function defined in torch.linalg or a "
        "native operator binding (a builtin); the LinAlgError exception is left out",
        _defined_in("torch.linalg"),
    ),
    Namespace(
        "torch.autograd",
        "torch.autograd",
        "each name in torch.autograd.__all__ that is a function, a builtin or a class (no_grad, "
        "Function, ...); submodules, constants and exception classes are left out",
        _from_all("torch.autograd"),
    ),
    Namespace(
        "torch.cuda",
        "torch.cuda",
        "each name in torch.cuda.__all__ that is a function, a builtin or a class (Stream, Event, "
        "device, ...); submodules, constants and exception classes are left out",
        _from_all("torch.cuda"),
    ),
)


# --------------------------------------------------------------------------- deprecation


def _doc_says_deprecated(qualified: str, obj: object) -> bool:
    raw = getattr(obj, "__doc__", None)  # its own docstring: a class does not inherit one here
    if not isinstance(raw, str) or not raw.strip():
        return False
    doc = inspect.cleandoc(raw)
    if re.match(r"\s*deprecated\b", doc, re.IGNORECASE):
        return True
    short = qualified.rsplit(".", 1)[-1]
    names = {re.escape(qualified), re.escape(short), re.escape(qualified.replace("torch.", "", 1))}
    itself = "|".join(sorted(names))
    pattern = (
        rf"(?:(?::(?:func|meth|class):`~?(?:{itself})`)|``(?:{itself})``|\b(?:{re.escape(qualified)})\b"
        rf"|\bthis (?:function|class|method))\s+is\s+deprecated"
    )
    return re.search(pattern, doc, re.IGNORECASE) is not None


def _legacy_class(torch: Any, obj: object) -> bool:
    if not inspect.isclass(obj):
        return False
    return obj in torch._tensor_classes or issubclass(obj, torch.storage.TypedStorage)


# --------------------------------------------------------------------------- usage counting

# x.name(...) cannot be attributed to torch.Tensor without types when builtin values have a
# method of that name too (set.add, str.split, dict.values).
BUILTIN_TYPES: tuple[type, ...] = (str, bytes, bytearray, list, tuple, dict, set, frozenset, int, float, complex)


def builtin_method_names() -> frozenset[str]:
    return frozenset(n for t in BUILTIN_TYPES for n in dir(t) if not n.startswith("_"))



def module_name_of(path: Path, root: Path) -> str:
    """torch/nn/functional.py -> torch.nn.functional; torch/cuda/__init__.py -> torch.cuda."""
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve_relative(module: str, is_package: bool, level: int, target: str | None) -> str:
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join(base + ([target] if target else []))


class _Names(ast.NodeVisitor):
    """The names a file binds to dotted paths: its imports (anywhere) and top-level defs."""

    def __init__(self, module: str, is_package: bool) -> None:
        self.module = module
        self.is_package = is_package
        self.env: dict[str, str] = {}

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.asname:
                self.env[alias.asname] = alias.name
            else:
                top = alias.name.split(".")[0]
                self.env[top] = top

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            source = _resolve_relative(self.module, self.is_package, node.level, node.module)
        else:
            source = node.module or ""
        for alias in node.names:
            if alias.name != "*":
                self.env[alias.asname or alias.name] = f"{source}.{alias.name}"


def _top_level_definitions(tree: ast.Module, module: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out[node.name] = f"{module}.{node.name}"
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    out[target.id] = f"{module}.{target.id}"
    return out


def _dotted(node: ast.expr) -> list[str] | None:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return parts[::-1]
    return None


@dataclass
class UsageScan:
    calls: dict[str, int]  # qualified name -> call sites
    method_calls: dict[str, int]  # method name -> x.name(...) call sites on unresolved receivers
    files: int
    skipped: list[str]  # files that do not parse as PARSE_AS, relative to the package root


def count_calls(root: Path) -> UsageScan:
    """Counts call sites in every *.py under the package folder `root`, in sorted order."""
    calls: dict[str, int] = {}
    method_calls: dict[str, int] = {}
    skipped: list[str] = []
    files = sorted(root.rglob("*.py"), key=lambda p: p.relative_to(root).as_posix())
    for path in files:
        rel = path.relative_to(root.parent).as_posix()
        try:
            tree = ast.parse(path.read_bytes(), filename=rel, feature_version=PARSE_AS)
        except (SyntaxError, ValueError):
            skipped.append(rel)
            continue
        module = module_name_of(path, root)
        names = _Names(module, path.name == "__init__.py")
        env = _top_level_definitions(tree, module)
        names.env = env
        names.visit(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            parts = _dotted(func)
            if parts is not None and parts[0] in env:
                qualified = ".".join([env[parts[0]], *parts[1:]])
                calls[qualified] = calls.get(qualified, 0) + 1
            elif isinstance(func, ast.Attribute) and not isinstance(func.value, ast.Constant):
                method_calls[func.attr] = method_calls.get(func.attr, 0) + 1
    return UsageScan(calls, method_calls, len(files), skipped)


# --------------------------------------------------------------------------- the snapshot


def pinned_torch_version(pyproject: Path = PYPROJECT) -> str:
    """The version pyproject.toml pins torch to (the `torch==X` requirement)."""
    match = re.search(r"""["']torch==([^"'\s;]+)["']""", pyproject.read_text(encoding="utf-8"))
    if match is None:
        raise SnapshotError(f"{pyproject}: no pinned torch requirement (torch==X) found")
    return match.group(1)


def public_version(version: str) -> str:
    """'2.13.0+cpu' -> '2.13.0' (the local build label says CPU or CUDA, not the API)."""
    return version.split("+", 1)[0]


def _all_public_names(torch: Any) -> dict[int, list[str]]:
    """id(object) -> every public dotted name it has under torch. and the six namespaces."""
    owners: list[tuple[str, Any]] = [("torch", torch)] + [
        (ns.name, _module(torch, ns.name)) for ns in NAMESPACES if ns.name != "torch"
    ]
    out: dict[int, list[str]] = {}
    for prefix, owner in owners:
        for name in dir(owner):
            if name.startswith("_"):
                continue
            try:
                obj = inspect.getattr_static(owner, name) if prefix == "torch.Tensor" else getattr(owner, name)
            except AttributeError:
                continue
            if callable(obj) and not isinstance(obj, (int, float, str)):
                out.setdefault(id(obj), []).append(f"{prefix}.{name}")
    return out


def take_snapshot(torch: Any, scan: UsageScan) -> dict[str, Any]:
    """The snapshot as plain data (sorted; nothing in it depends on the machine)."""
    names_of = _all_public_names(torch)
    builtin_methods = builtin_method_names()
    ambiguous: list[str] = []
    namespaces: list[dict[str, Any]] = []
    deprecated_torch: set[str] = set()
    for ns in NAMESPACES:
        selected = ns.select(torch)
        callables: list[dict[str, Any]] = []
        deprecated: list[str] = []
        for name, obj in selected.items():
            qualified = f"{ns.name}.{name}"
            raw = inspect.getattr_static(torch.Tensor, name) if ns.name == "torch.Tensor" else obj
            if (
                _doc_says_deprecated(qualified, obj)
                or _legacy_class(torch, obj)
                or ns.name == "torch.Tensor" and name in deprecated_torch
            ):
                deprecated.append(name)
                continue
            aliases = sorted(set(names_of.get(id(raw), [])) - {qualified})
            keys = {qualified, *aliases}
            canonical = _canonical_name(obj)
            if canonical and canonical.startswith("torch."):
                keys.add(canonical)
            uses = sum(scan.calls.get(k, 0) for k in keys)
            if ns.name == "torch.Tensor":
                if name in builtin_methods:
                    ambiguous.append(name)
                else:
                    uses += scan.method_calls.get(name, 0)
            entry: dict[str, Any] = {"name": name, "uses": uses}
            if aliases:
                entry["aliases"] = aliases
            callables.append(entry)
        if ns.name == "torch":
            deprecated_torch = set(deprecated)
        body: dict[str, Any] = {
            "name": ns.name,
            "title": ns.title,
            "rule": ns.rule,
            "callables": callables,
            "deprecated": sorted(deprecated),
        }
        if ns.name == "torch.Tensor":
            body["attributes"] = tensor_attributes(torch)
        counted = set(selected) | set(deprecated) | set(body.get("attributes", ()))
        body["uncounted"] = uncounted_names(torch, ns.name, counted)
        namespaces.append(body)
    return {
        "about": (
            "PyTorch's public Python API as the pinned torch exposes it, taken by `sffi-gen "
            "snapshot-api`; do not edit (rerun the command). The coverage report reads only this file."
        ),
        "torch_version": str(torch.__version__),
        "rules": {
            "public": "no leading underscore, so dunders are excluded",
            "deprecated": DEPRECATION_RULE,
            "aliases": ALIAS_RULE,
            "uses": USAGE_RULE,
        },
        "usage_scan": {"files": scan.files, "skipped": scan.skipped, "ambiguous": sorted(ambiguous)},
        "namespaces": namespaces,
    }


def uncounted_names(torch: Any, namespace: str, counted: set[str]) -> list[str]:
    """The namespace's other public names (configuration, dtypes, classes, imported helpers):
    not counted, but real, so a catalogue entry may name one as its counterpart."""
    owner = torch.Tensor if namespace == "torch.Tensor" else _module(torch, namespace)
    # Submodules are left out: they appear in dir() only once something imported them, which
    # would make the snapshot depend on what else the process loaded.
    return sorted(
        n for n in dir(owner) if not n.startswith("_") and n not in counted and not inspect.ismodule(inspect.getattr_static(owner, n, None))
    )


def _canonical_name(obj: object) -> str | None:
    module = getattr(obj, "__module__", None)
    qualname = getattr(obj, "__qualname__", None)
    if isinstance(module, str) and isinstance(qualname, str) and "<" not in qualname:
        return f"{module}.{qualname}"
    return None


def dump(snapshot: dict[str, Any]) -> str:
    """Deterministic JSON text: fixed key order, one callable per line, a final newline."""
    lines = ["{"]
    top = [k for k in snapshot if k != "namespaces"]
    for key in top:
        value = snapshot[key]
        if isinstance(value, dict):  # one entry per line, keys sorted
            lines.append(f"  {json.dumps(key)}: {{")
            items = sorted(value.items())
            for j, (k, v) in enumerate(items):
                comma = "," if j < len(items) - 1 else ""
                lines.append(f"    {json.dumps(k)}: {json.dumps(v, sort_keys=True)}{comma}")
            lines.append("  },")
        else:
            lines.append(f"  {json.dumps(key)}: {json.dumps(value, sort_keys=True)},")
    lines.append('  "namespaces": [')
    for i, ns in enumerate(snapshot["namespaces"]):
        lines.append("    {")
        keys = [k for k in ns if k != "callables"]
        for key in keys:
            lines.append(f"      {json.dumps(key)}: {json.dumps(ns[key])},")
        lines.append('      "callables": [')
        items = ns["callables"]
        for j, item in enumerate(items):
            comma = "," if j < len(items) - 1 else ""
            lines.append(f"        {json.dumps(item, sort_keys=True)}{comma}")
        lines.append("      ]")
        lines.append("    }" + ("," if i < len(snapshot["namespaces"]) - 1 else ""))
    lines.append("  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def snapshot_text(torch: Any, expected_version: str) -> str:
    """Checks the torch version against the pin, scans its sources, returns the file text."""
    found = public_version(str(torch.__version__))
    if found != expected_version:
        raise SnapshotError(
            f"torch {torch.__version__} is installed but pyproject.toml pins torch=={expected_version}; "
            f"the snapshot must come from the pinned torch (install it: pip install -e '.[dev]')"
        )
    scan = count_calls(Path(torch.__file__).resolve().parent)
    return dump(take_snapshot(torch, scan))


def summarize(text: str) -> Iterable[str]:
    data = json.loads(text)
    for ns in data["namespaces"]:
        yield f"{ns['name']}: {len(ns['callables'])} public callables ({len(ns['deprecated'])} deprecated, not counted)"
