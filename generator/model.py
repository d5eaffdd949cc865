"""The catalogue as frozen, typed objects. Templates and target modules only ever see these."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from functools import cached_property

from .types import EnumDef, SchemaType

PREFIX = "rt_torch_"

_BINDS_NAME = re.compile(r"(?<![\w.])([A-Za-z_]\w*)")


@functools.lru_cache(maxsize=4096)
def names_in_binds(binds: str) -> frozenset[str]:
    """The identifiers a `binds` expression uses, except member names (after a dot): the loader
    checks every parameter is among them, the bridge converts only those used."""
    return frozenset(_BINDS_NAME.findall(binds))


# What an entry does with autograd state that its parameter types do not say (the `autograd`
# key). Tensor(a!) already says that an entry changes a tensor (its elements, and its
# requires-grad flag or place in the graph); reading the flag or the graph is what every
# operation does. generator/abi.py (`access`) turns these facts into how the bridge serialises
# the entry.
AUTOGRAD: dict[str, str] = {
    "grad": "uses the .grad of a tensor argument itself, reading or replacing it (libtorch guards .grad only inside the autograd engine)",
    "engine": "runs the autograd engine, which accumulates into the .grad of the leaves it reaches under its own per-node locks",
}


class _NoDefault:
    def __repr__(self) -> str:
        return "NO_DEFAULT"


NO_DEFAULT = _NoDefault()


@dataclass(frozen=True)
class Group:
    """A naming group: the word after `rt_torch_` that says what a function acts on."""

    prefix: str  # e.g. "torchtensor_"; "" for library-level functions
    title: str
    receiver: str | None  # "tensor" / "stream": the first parameter is the object acted on
    constructs: str | None  # "tensor" / "stream": the function returns a new object of that kind


@dataclass(frozen=True)
class Category:
    id: str
    title: str
    doc: str
    line: int
    # A runnable example per tier ("rust": code that the tier's docs show and its tests run).
    examples: tuple[tuple[str, str], ...] = ()

    def example(self, tier: str) -> str | None:
        return dict(self.examples).get(tier)


@dataclass(frozen=True)
class Param:
    name: str
    type: SchemaType
    doc: str
    line: int
    default: object = NO_DEFAULT  # None for PyTorch's None; lists for list defaults
    keyword_only: bool = False  # after the `"*"` marker, as in PyTorch's schemas

    @property
    def has_default(self) -> bool:
        return self.default is not NO_DEFAULT


@dataclass(frozen=True)
class Field:
    """One named result of an entry that returns several tensors (PyTorch's named tuples)."""

    name: str
    doc: str
    line: int


@dataclass(frozen=True)
class Result:
    type: SchemaType  # for several results: Tensor[] with `fields`
    doc: str
    line: int
    # For array results: the buffer size wrappers offer first (an integer or the name of an
    # int parameter); they retry with the returned length when it was too small.
    capacity: int | str | None = None
    fields: tuple[Field, ...] = ()  # named results: exactly this many tensors

    @property
    def is_tuple(self) -> bool:
        return bool(self.fields)


@dataclass(frozen=True)
class PythonFacts:
    """Where an entry goes in the Python package (torch_sffi), where the group rule is not enough."""

    name: str | None = None  # the public name (default: the stem)
    owner: str | None = None  # Tensor, Stream, no_grad, or a module: torch_sffi, nn, autograd, cuda, linalg
    kind: str | None = None  # method, property, function, constructor, enter, exit, internal (loader.PYTHON_KINDS)
    setter: str | None = None  # a property's setter: the entry that sets it
    also: tuple[str, ...] = ()  # further public names: "Tensor.dim", or "torch_sffi.sum" (a function of the receiver)
    tuple_result: bool = False  # an int[] or float[] result as a tuple, not a list
    size_result: bool = False  # an int[] result as a Size (torch.Size: a tuple with numel()); implies tuple_result
    operator: str | None = None  # the C base type implements this operator with it: + - * / @ (two tensors), neg, abs
    flag: str | None = None  # a Python-only keyword that selects this form when true (max_pool2d's return_indices)
    line: int = 0
    # An int result that is a handle of another kind (a module): the call takes the Python object
    # that will own it first and sets its _h in C; this entry (int) -> bool releases it on failure.
    owned_by: str | None = None
    # A hook point the wrapper runs after the call succeeds (torch_sffi._runtime.run_hooks): the
    # hand-written runtime registers what happens there ("after_backward": DDP's averaging).
    then: str | None = None


@dataclass(frozen=True)
class TierFacts:
    """A tier's name for an entry where the stem does not fit (a keyword there, a house style)."""

    name: str | None = None
    line: int = 0


@dataclass(frozen=True)
class ResearchRef:
    section: str
    op: str
    line: int


@dataclass(frozen=True)
class Function:
    name: str
    category: Category
    group: Group
    summary: str
    params: tuple[Param, ...]
    result: Result
    binds: str  # the C++ expression over the converted parameters
    pytorch: str | None  # the PyTorch Python counterpart, e.g. "torch.add"
    research: tuple[ResearchRef, ...]
    extension: bool
    deviation: str | None  # how and why the entry departs from the reference signature
    cuda: bool  # needs a CUDA build and device to succeed
    keeps_error_state: bool  # error getters: must not reset the per-thread error on entry
    quick: bool  # reads only metadata (sizes, dtype, flags): never computes nor waits for a device
    line: int
    binds_line: int = 0  # the line of `binds` (the bridge's #line directives point at it)
    aten: str | None = None  # the ATen overload bound, as native_functions.yaml names it (sum.dim_IntList)
    role: str | None = None  # a part the generated code is built around (see naming.ROLES)
    python: PythonFacts = PythonFacts()
    rust: TierFacts = TierFacts()
    simple: TierFacts = TierFacts()
    stub: str | None = None  # what the stub bridge (built without libtorch) returns; None: "unavailable"
    autograd: str | None = None  # a key of AUTOGRAD: the autograd state it uses beyond its parameter types
    # the bridge cannot check an argument (an address it dereferences): Rust makes the wrapper an
    # `unsafe fn`, and the fuzz suite passes it no random values
    unsafe: bool = False
    # it waits for other processes (a c10d collective, a rendezvous): it runs without the call
    # lock, which would otherwise stop every other thread for as long as the slowest rank takes
    collective: bool = False

    @property
    def stem(self) -> str:
        """The name without `rt_torch_` and the group word: `sum_dim` for rt_torch_torchtensor_sum_dim."""
        return self.name[len(PREFIX) + len(self.group.prefix) :]

    @property
    def short_name(self) -> str:
        """The name without `rt_torch_`."""
        return self.name[len(PREFIX) :]

    @cached_property
    def param_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params)

    @property
    def is_void(self) -> bool:
        return self.result.type.is_void

    @property
    def receiver(self) -> Param | None:
        """The object a method acts on: the first parameter of a tensor or stream method."""
        if self.group.receiver and self.params and self.params[0].type.is_handle:
            return self.params[0]
        return None

    @property
    def mutates_receiver(self) -> bool:
        """Tensor(a!) first: the function changes its receiver in place (PyTorch's add_)."""
        return bool(self.params) and self.params[0].type.mutable

    @property
    def positional(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if not p.keyword_only)

    @property
    def keyword_only(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.keyword_only)


@dataclass(frozen=True)
class NotBound:
    """A public PyTorch callable the catalogue does not bind, and the recorded reason why (the
    coverage report lists the most used callables: each is bound or has one)."""

    callable: str  # qualified, as the API snapshot names it: "torch.is_complex"
    reason: str
    line: int


@dataclass(frozen=True)
class ResearchNotBound:
    """An item of the research baseline the catalogue does not bind, and the recorded reason
    why (the coverage report lists it beside the item; a reason for a bound item is an error)."""

    ref: ResearchRef  # the item, and the line that names it
    reason: str


@dataclass(frozen=True)
class Layer:
    """A feature of the wrapper tiers made of many catalogue functions (an optimizer), listed
    so the coverage report can credit the research document's items it provides."""

    name: str
    summary: str
    tiers: tuple[tuple[str, str], ...]  # (tier, where it is there), e.g. ("python", "torch_sffi.optim.SGD")
    pytorch: str | None
    research: tuple[ResearchRef, ...]
    line: int


@dataclass(frozen=True)
class ErrorCode:
    name: str  # lower snake case, e.g. invalid_handle
    code: int
    doc: str
    line: int


@dataclass(frozen=True)
class DType:
    name: str  # PyTorch's name, e.g. float32
    code: int  # c10::ScalarType value
    doc: str
    line: int
    aliases: tuple[str, ...] = ()  # PyTorch's other names of it (torch.float for torch.float32)


@dataclass(frozen=True)
class DeviceType:
    name: str  # PyTorch's name, e.g. cuda
    code: int  # c10::DeviceType value
    doc: str
    line: int


@dataclass(frozen=True)
class ResearchSection:
    id: str
    title: str
    # Named items grouped by the document's own lists: (("ops", ("randn", ...)), ...)
    lists: tuple[tuple[str, tuple[str, ...]], ...]
    line: int

    @cached_property
    def items(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for _, names in self.lists:
            for name in names:
                seen.setdefault(name, None)
        return tuple(seen)


@dataclass(frozen=True)
class ResearchBaseline:
    path: str  # as shown in diagnostics
    document: str
    sections: tuple[ResearchSection, ...]
    claimed: tuple[tuple[str, str], ...]  # (label as the report wrote it, "100%")
    source: str = ""  # as named in generated files (relative, machine-independent)

    @cached_property
    def by_id(self) -> dict[str, ResearchSection]:
        return {s.id: s for s in self.sections}


@dataclass(frozen=True)
class ApiCallable:
    """One public callable of a PyTorch namespace, as the API snapshot records it."""

    name: str  # within its namespace: "add" in torch.Tensor
    qualified: str  # "torch.Tensor.add"
    uses: int  # call sites in torch's own sources (the snapshot's usage proxy)
    aliases: tuple[str, ...]  # other public names of the same object, e.g. ("torch.no_grad",)
    line: int


@dataclass(frozen=True)
class ApiNamespace:
    name: str  # "torch.nn.functional"
    title: str
    rule: str  # what counts as a public callable here, in words
    callables: tuple[ApiCallable, ...]
    deprecated: tuple[str, ...]  # listed, not counted
    attributes: tuple[str, ...]  # public non-callable attributes (torch.Tensor: shape, grad, ...)
    line: int
    uncounted: frozenset[str] = frozenset()  # other public names, outside the counting rule (torch.manual_seed)


@dataclass(frozen=True)
class ApiSnapshot:
    """PyTorch's public Python API, taken from the pinned torch by `sffi-gen snapshot-api`."""

    path: str  # as shown in diagnostics
    torch_version: str
    rules: tuple[tuple[str, str], ...]  # (topic, rule in words)
    files_scanned: int
    files_skipped: tuple[str, ...]
    ambiguous_methods: tuple[str, ...]
    namespaces: tuple[ApiNamespace, ...]
    source: str = ""  # as named in generated files (relative, machine-independent)

    @cached_property
    def by_qualified(self) -> dict[str, tuple[ApiNamespace, ApiCallable]]:
        return {c.qualified: (ns, c) for ns in self.namespaces for c in ns.callables}

    @cached_property
    def by_name(self) -> dict[str, ApiNamespace]:
        return {ns.name: ns for ns in self.namespaces}

    @cached_property
    def aliases(self) -> frozenset[str]:
        return frozenset(a for ns in self.namespaces for c in ns.callables for a in c.aliases)


@dataclass(frozen=True)
class Catalogue:
    path: str  # as shown in diagnostics
    source: str  # as named in generated headers, e.g. "spec/torch_api.yaml"
    title: str
    version: str
    categories: tuple[Category, ...]
    functions: tuple[Function, ...]
    error_codes: tuple[ErrorCode, ...]
    dtypes: tuple[DType, ...]
    research: ResearchBaseline
    # spec/pytorch_api.json beside the catalogue; None when there is none (only the coverage
    # target needs it, and it says so by name).
    pytorch_api: ApiSnapshot | None = None
    layers: tuple[Layer, ...] = ()
    not_bound: tuple[NotBound, ...] = ()
    research_not_bound: tuple[ResearchNotBound, ...] = ()
    devices: tuple[DeviceType, ...] = ()
    enums: tuple[EnumDef, ...] = ()

    def by_role(self, role: str) -> Function | None:
        return next((f for f in self.functions if f.role == role), None)

    @cached_property
    def by_name(self) -> dict[str, Function]:
        return {f.name: f for f in self.functions}

    def in_category(self, category: Category) -> tuple[Function, ...]:
        return tuple(f for f in self.functions if f.category.id == category.id)

    @property
    def reference_functions(self) -> tuple[Function, ...]:
        return tuple(f for f in self.functions if not f.extension)

    @property
    def extensions(self) -> tuple[Function, ...]:
        return tuple(f for f in self.functions if f.extension)
