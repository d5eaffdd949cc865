"""sffi-gen draft: catalogue entries drafted from the operator schemas of the pinned torch.

Drafts are checked where they land: appended to temporary copies of the catalogue (spec/ copied
whole, so the research baseline and API snapshot resolve) or of a small catalogue written here,
whose contents these tests control (the exact-YAML checks must not depend on what the real
catalogue binds by then).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, run_cli

from generator import build
from generator import draft as drafting
from generator.loader import load_catalogue
from generator.render import Renderer
from generator.targets import cpp as cpp_target

torch = pytest.importorskip("torch")  # the command reads the pinned torch's schemas and docstrings

# Operators the catalogue did not bind when this was written; a few need a category given.
INFERRED = [
    "sin", "cos", "tan", "asin", "atan2", "sinh", "floor", "ceil", "round", "trunc", "sign", "erf",
    "expm1", "log1p", "clamp", "where.self", "lerp.Scalar", "logsumexp", "prod.dim_int", "amax",
    "amin", "masked_fill.Scalar", "isnan", "eq.Tensor", "gt.Scalar", "max_pool1d", "avg_pool1d",
    "hardtanh", "silu", "softplus", "elu", "nn.functional.gelu", "linalg.vector_norm", "mul_.Scalar",
]  # fmt: skip
GIVEN = {"indexing": ["topk", "sort", "flip", "roll", "tril", "triu", "cumsum"]}

MINI = """\
catalogue: {title: Draft test catalogue, version: 0.0.1}
research_baseline: research_baseline.yaml

error_codes:
  - {name: invalid_handle, code: 1, doc: A bad handle.}
  - {name: index, code: 2, doc: An index out of range.}
  - {name: value, code: 3, doc: A bad value.}
  - {name: type, code: 4, doc: A bad dtype.}
  - {name: unavailable, code: 5, doc: Not in this build.}
  - {name: out_of_memory, code: 6, doc: No memory.}
  - {name: other, code: 7, doc: Anything else.}

dtypes:
  - {name: int64, code: 4, doc: Indices.}
  - {name: float32, code: 6, doc: The default.}

devices:
  - {name: cpu, code: 0, doc: The host.}
ENUMS
categories:
  - {id: library, title: Library, doc: What is loaded.}
  - {id: elementwise, title: Element-wise, doc: Element-wise operations.}
  - {id: reduction, title: Reductions, doc: Reductions.}
  - {id: nn, title: Layers, doc: Functional layers.}
  - {id: loss, title: Losses, doc: Losses.}
  - {id: training, title: Updates, doc: In-place updates.}

functions:
  - name: rt_torch_error_code
    category: library
    summary: The error code of the last call on this thread.
    params: []
    returns: {type: int32, doc: 0 or an error code.}
    binds: sffi::error_code()
    pytorch: null
    research: {}
    keeps_error_state: true
    role: error_code

  - name: rt_torch_error_message
    category: library
    summary: The message of the last failed call on this thread.
    params: []
    returns: {type: str, doc: The message.}
    binds: sffi::error_message()
    pytorch: null
    research: {}
    keeps_error_state: true
    role: error_message

  - name: rt_torch_torchtensor_cos
    category: elementwise
    summary: Element-wise cosine.
    params:
      - {name: handle, type: Tensor, doc: The operand.}
    returns: {type: Tensor, doc: A new tensor.}
    binds: at::cos(handle)
    pytorch: torch.cos
    research: {}
"""
REDUCTION_ENUM = "\nenums:\n  - {name: reduction, values: [none, mean, sum], doc: How a loss reduces.}\n\n"


@pytest.fixture()
def spec_copy(tmp_path: Path) -> Path:
    """A scratch copy of spec/ (the catalogue and the files it names); the catalogue's path."""
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    return tmp_path / "spec" / "torch_api.yaml"


def write_mini(tmp_path: Path, enums: bool = True) -> Path:
    folder = tmp_path / "mini"
    folder.mkdir()
    for name in ("research_baseline.yaml", "pytorch_api.json"):
        shutil.copy(ROOT / "spec" / name, folder / name)
    spec = folder / "catalogue.yaml"
    spec.write_text(MINI.replace("ENUMS\n", REDUCTION_ENUM if enums else "\n"), encoding="utf-8")
    load_catalogue(spec)  # valid before any draft
    return spec


@pytest.fixture()
def mini(tmp_path: Path) -> Path:
    return write_mini(tmp_path)


def draft_cli(spec: Path, *args: str) -> tuple[int, str, str]:
    result = run_cli("draft", "--spec", str(spec), *args)
    return result.exit_code, result.stdout, result.stderr


# --------------------------------------------------------------------------- every draft validates


def test_drafts_for_many_operators_validate_when_appended(spec_copy: Path) -> None:
    before = spec_copy.read_text(encoding="utf-8")
    code, out, err = draft_cli(spec_copy, "--append", *INFERRED)
    assert code == 0, err
    for category, ops in GIVEN.items():
        code, out, err = draft_cli(spec_copy, "--append", "--category", category, *ops)
        assert code == 0, err
    catalogue = load_catalogue(spec_copy)  # the catalogue with every draft in still validates
    drafted = {f.aten: f for f in catalogue.functions if f.line > before.count("\n")}
    schemas = drafting.load_schemas(drafting.native_functions_path())
    wanted = {drafting.resolve(op, schemas)[0].full_name for op in INFERRED + GIVEN["indexing"]}
    assert wanted <= set(drafted), wanted - set(drafted)
    assert len(wanted) >= 40
    for fn in drafted.values():
        assert fn.extension and fn.aten is not None and fn.research == ()
        assert fn.pytorch is not None, fn.name
    assert {f.category.id for f in drafted.values() if f.aten in GIVEN["indexing"]} == {"indexing"}


def test_printing_writes_nothing_and_prints_valid_yaml(spec_copy: Path) -> None:
    before = spec_copy.read_bytes()
    code, out, err = draft_cli(spec_copy, "sin", "clamp.Tensor", "topk", "--category", "elementwise")
    assert code == 0, err
    assert spec_copy.read_bytes() == before
    entries = yaml.safe_load(out)
    assert [e["aten"] for e in entries] == ["sin", "clamp.Tensor", "topk"]
    assert all(line.startswith("  ") or not line for line in out.splitlines())  # pastes under functions:


# --------------------------------------------------------------------------- exact drafts


SIN = """\
  # REVIEW: category 'elementwise' inferred (tags: pointwise).
  # REVIEW: summary and parameter docs come from torch.sin.__doc__; check them and the result doc.
  - name: rt_torch_torchtensor_sin
    category: elementwise
    summary: Returns a new tensor with the sine of the elements in the input tensor, where each value in this input tensor is in radians.
    params:
      - {name: input, type: Tensor, doc: The input tensor.}
    returns: {type: Tensor, doc: A new tensor.}
    binds: at::sin(input)
    pytorch: torch.sin
    aten: sin
    research: {}
    extension: true
"""

SUM_DIM = """\
  # REVIEW: summary and parameter docs come from torch.sum.__doc__; check them and the result doc.
  - name: rt_torch_torchtensor_sum_dim_intlist
    category: reduction
    summary: Returns the sum of each row of the input tensor in the given dimension dim.
    params:
      - {name: input, type: Tensor, doc: The input tensor.}
      - {name: dim, type: "int[1]?", doc: "The dimension or dimensions to reduce. If None, all dimensions are reduced."}
      - {name: keepdim, type: bool, doc: "Whether the output tensor has dim retained or not. Default: False.", default: false}
      - "*"
      - {name: dtype, type: "ScalarType?", doc: "The desired data type of returned tensor. If specified, the input tensor is casted to dtype before the operation is performed. This is useful for preventing data type overflows. Default: None.", default: null}
    returns: {type: Tensor, doc: A new tensor.}
    binds: at::sum(input, dim, keepdim, dtype)
    pytorch: torch.sum
    aten: sum.dim_IntList
    research: {}
    extension: true
    python: {name: sum}
"""

MAX_POOL1D = """\
  # REVIEW: 'stride' is int[1] with default [] in ATen; drafted as int[1]? (None passes the empty list).
  # REVIEW: summary and parameter docs come from torch.nn.functional.max_pool1d.__doc__; check them and the result doc.
  - name: rt_torch_nn_max_pool1d
    category: nn
    summary: Applies a 1D max pooling over an input signal composed of several input planes.
    params:
      - {name: input, type: Tensor, doc: "Input tensor of shape (minibatch , in_channels , iW), minibatch dim optional."}
      - {name: kernel_size, type: "int[1]", doc: "The size of the window. Can be a single number or a tuple (kW,)."}
      - {name: stride, type: "int[1]?", doc: "The stride of the window. Can be a single number or a tuple (sW,). Default: kernel_size.", default: null}
      - {name: padding, type: "int[1]", doc: "Implicit negative infinity padding to be added on both sides, must be >= 0 and <= kernel_size / 2.", default: 0}
      - {name: dilation, type: "int[1]", doc: "The stride between elements within a sliding window, must be > 0.", default: 1}
      - {name: ceil_mode, type: bool, doc: "If True, will use ceil instead of floor to compute the output shape. This ensures that every element in the input tensor is covered by a sliding window.", default: false}
    returns: {type: Tensor, doc: A new tensor.}
    binds: at::max_pool1d(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode)
    pytorch: torch.nn.functional.max_pool1d
    aten: max_pool1d
    research: {}
    extension: true
"""

MUL_ = """\
  # REVIEW: category 'training' inferred (an in-place update).
  # REVIEW: summary and parameter docs come from torch.Tensor.mul_.__doc__; check them and the result doc.
  - name: rt_torch_torchtensor_mul_scalar_
    category: training
    summary: In-place version of Tensor.mul.
    params:
      - {name: input, type: "Tensor(a!)", doc: The input tensor.}
      - {name: other, type: Scalar, doc: The tensor or number to multiply input by.}
    returns: []
    binds: input.mul_(other)
    pytorch: torch.Tensor.mul_
    aten: mul_.Scalar
    research: {}
    extension: true
    python: {name: mul_}
"""


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("sin",), SIN),  # schema: sin(Tensor self) -> Tensor
        # sum.dim_IntList(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor
        (("sum.dim_IntList", "--category", "reduction"), SUM_DIM),
        # max_pool1d(Tensor self, int[1] kernel_size, int[1] stride=[], int[1] padding=0, int[1] dilation=1, bool ceil_mode=False)
        (("nn.functional.max_pool1d", "-c", "nn"), MAX_POOL1D),
        # mul_.Scalar(Tensor(a!) self, Scalar other) -> Tensor(a!), a method only
        (("mul_.Scalar",), MUL_),
    ],
    ids=["sin", "sum.dim_IntList", "max_pool1d", "mul_.Scalar"],
)
def test_exact_drafts(mini: Path, args: tuple[str, ...], expected: str) -> None:
    code, out, err = draft_cli(mini, *args)
    assert code == 0, err
    assert out == expected


def test_types_defaults_and_keyword_only_follow_the_schema(mini: Path) -> None:
    """Every kept argument of a few schemas, type for type and default for default."""
    schemas = drafting.load_schemas(drafting.native_functions_path())
    code, out, err = draft_cli(mini, "-c", "reduction", "clamp", "prod.dim_int", "cumsum", "topk", "round.decimals")
    assert code == 0, err
    entries = {e["aten"]: e for e in yaml.safe_load(out)}
    expected_types = {
        "clamp": [("input", "Tensor", "-"), ("min", "Scalar?", None), ("max", "Scalar?", None)],
        "prod.dim_int": [("input", "Tensor", "-"), ("dim", "int", "-"), ("keepdim", "bool", False), "*", ("dtype", "ScalarType?", None)],
        "cumsum": [("input", "Tensor", "-"), ("dim", "int", "-"), "*", ("dtype", "ScalarType?", None)],
        "topk": [("input", "Tensor", "-"), ("k", "int", "-"), ("dim", "int", -1), ("largest", "bool", True), ("sorted", "bool", True)],
        "round.decimals": [("input", "Tensor", "-"), "*", ("decimals", "int", "-")],
    }
    for aten, want in expected_types.items():
        got = [p if p == "*" else (p["name"], p["type"], p.get("default", "-")) for p in entries[aten]["params"]]
        assert got == want, aten
        schema = schemas[aten]
        assert ("*" in got) == any(a.keyword_only for a in schema.args)
    assert [r["name"] for r in entries["topk"]["returns"]] == ["values", "indices"]
    assert entries["clamp"]["binds"] == "at::clamp(input, min, max)"


def test_reduction_becomes_the_catalogue_enum(mini: Path) -> None:
    code, out, err = draft_cli(mini, "mse_loss")
    assert code == 0, err
    (entry,) = yaml.safe_load(out)
    assert entry["name"] == "rt_torch_nn_mse_loss" and entry["category"] == "loss"
    assert entry["params"][2] == {"name": "reduction", "type": "reduction", "doc": entry["params"][2]["doc"], "default": "mean"}
    assert "reduction" in entry["binds"] and "at::mse_loss(input, target, " in entry["binds"]


def test_reduction_without_the_enum_stops_with_a_clear_message(tmp_path: Path) -> None:
    spec = write_mini(tmp_path, enums=False)
    code, out, err = draft_cli(spec, "mse_loss")
    assert code == 2 and out == ""
    assert "mse_loss" in err and "needs the catalogue's `reduction` enum" in err


def test_left_out_arguments_are_listed_for_review(mini: Path) -> None:
    code, out, err = draft_cli(mini, "-c", "elementwise", "zeros_like")
    assert code == 0, err
    assert "# REVIEW: left out (outside the vocabulary; the bridge passes PyTorch's default): layout (Layout?), pin_memory (bool?), memory_format (MemoryFormat?)." in out
    (entry,) = yaml.safe_load(out)
    assert [p if p == "*" else p["name"] for p in entry["params"]] == ["input", "*", "dtype", "device"]
    # the unpacked TensorOptions overload of the C++ API, whose arguments have no defaults
    assert entry["binds"] == "at::zeros_like(input, dtype, ::std::nullopt, device, ::std::nullopt, ::std::nullopt)"


def test_namespaced_names_resolve_to_aten_names() -> None:
    schemas = drafting.load_schemas(drafting.native_functions_path())
    for request, aten in [
        ("nn.functional.gelu", "gelu"),
        ("torch.nn.functional.silu", "silu"),
        ("linalg.vector_norm", "linalg_vector_norm"),
        ("torch.linalg.det", "linalg_det"),
        ("clamp.Tensor", "clamp.Tensor"),
    ]:
        assert [s.full_name for s in drafting.resolve(request, schemas)] == [aten]
    assert [s.full_name for s in drafting.resolve("clamp.*", schemas)] == ["clamp", "clamp.Tensor"]


# --------------------------------------------------------------------------- names


def test_a_taken_name_gets_v2(mini: Path) -> None:
    code, out, err = draft_cli(mini, "cos")
    assert code == 0, err
    (entry,) = yaml.safe_load(out)
    assert entry["name"] == "rt_torch_torchtensor_cos_v2"
    assert entry["python"] == {"name": "cos"}
    assert "# REVIEW: rt_torch_torchtensor_cos (a reference function) holds the plain name; decide whether this full form supersedes it" in out


def test_names_drafted_in_the_same_run_are_taken_too(mini: Path) -> None:
    catalogue = load_catalogue(mini)
    schemas = drafting.load_schemas(drafting.native_functions_path())
    ctx = drafting.Context(catalogue, drafting.torch_doc_lookup(torch), "elementwise", True, {f.name for f in catalogue.functions})
    first = drafting.draft_schema(schemas["sin"], "sin", ctx)
    second = drafting.draft_schema(schemas["sin"], "sin", ctx)
    third = drafting.draft_schema(schemas["sin"], "sin", ctx)
    assert [first.name, second.name, third.name] == [
        "rt_torch_torchtensor_sin",
        "rt_torch_torchtensor_sin_v2",
        "rt_torch_torchtensor_sin_v3",
    ]
    assert second.python_name == "sin"


# --------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("op", "message"),
    [
        ("no_such_op", "no_such_op: no operator 'no_such_op' in native_functions.yaml"),
        ("clamp.out", "clamp.out: 'clamp.out' is an out= overload"),
        ("max.dim_max", "'max.dim_max' is an out= overload"),
        ("lerp", "'lerp' has no default overload; name one of: lerp.Scalar, lerp.Tensor"),
        ("clamp.Nope", "'clamp' has no overload 'Nope'"),
        ("qscheme", "result type 'QScheme' is not supported"),
        ("convolution_backward", "argument 'bool[3] output_mask' has no default and its type is outside the vocabulary"),
    ],
)
def test_refusals_exit_2_and_write_nothing(spec_copy: Path, op: str, message: str) -> None:
    before = spec_copy.read_bytes()
    code, out, err = draft_cli(spec_copy, "--append", "-c", "data", "sin", op)
    assert code == 2
    assert out == ""
    assert message in err, err
    assert spec_copy.read_bytes() == before
    assert not [p for p in spec_copy.parent.iterdir() if p.name.startswith(".")]  # no temporary left


def test_an_unknown_category_is_refused(mini: Path) -> None:
    code, out, err = draft_cli(mini, "sin", "--category", "nope")
    assert code == 2 and out == ""
    assert "unknown category 'nope'" in err


def test_a_category_that_cannot_be_inferred_must_be_given(mini: Path) -> None:
    code, out, err = draft_cli(mini, "flip")
    assert code == 2 and out == ""
    assert "flip: cannot infer a category; give --category" in err


def test_a_draft_that_does_not_validate_is_reported_with_its_op(spec_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drafting, "PLACEHOLDER", "")  # silu's input has no docstring entry: an empty doc
    before = spec_copy.read_bytes()
    code, out, err = draft_cli(spec_copy, "--append", "sin", "silu")
    assert code == 2 and out == ""
    assert re.search(r"silu: the draft rt_torch_torchtensor_silu(_v\d)? does not validate: 'doc' of parameter 'input' must not be empty", err), err
    assert "sin:" not in err
    assert spec_copy.read_bytes() == before


# --------------------------------------------------------------------------- --append


def test_append_adds_the_drafts_after_the_last_function_and_validates(mini: Path) -> None:
    before = mini.read_text(encoding="utf-8")
    code, out, err = draft_cli(mini, "--append", "sin", "mse_loss")
    assert code == 0, err
    assert "appended 2 draft(s): rt_torch_torchtensor_sin, rt_torch_nn_mse_loss" in out
    after = mini.read_text(encoding="utf-8")
    assert after.startswith(before.rstrip("\n") + "\n\n  # REVIEW: ")
    names = [f.name for f in load_catalogue(mini).functions]
    assert names[-2:] == ["rt_torch_torchtensor_sin", "rt_torch_nn_mse_loss"]
    # a second run sees the first run's names as taken
    code, out, err = draft_cli(mini, "sin")
    assert code == 0, err
    assert "name: rt_torch_torchtensor_sin_v2" in out


def test_append_keeps_sections_after_functions(tmp_path: Path) -> None:
    spec = write_mini(tmp_path)
    text = spec.read_text(encoding="utf-8")
    layers = "\n# The layers.\nlayers:\n  - name: SGD\n    summary: Stochastic gradient descent.\n    tiers: {python: torch_sffi.optim.SGD}\n    research: {}\n"
    spec.write_text(text + layers, encoding="utf-8")
    code, out, err = draft_cli(spec, "--append", "sin")
    assert code == 0, err
    after = spec.read_text(encoding="utf-8")
    assert after.endswith(layers)
    catalogue = load_catalogue(spec)
    assert catalogue.functions[-1].name == "rt_torch_torchtensor_sin" and catalogue.layers[0].name == "SGD"


# --------------------------------------------------------------------------- pieces


def test_parse_func_reads_annotations_defaults_and_returns() -> None:
    op, overload, args, returns = drafting.parse_func(
        "split.Tensor(Tensor(a -> *) self, SymInt split_size, int dim=0, *, str mode=\"a,b\", int[2] k=[0,1]) -> Tensor(a)[]"
    )
    assert (op, overload) == ("split", "Tensor")
    assert [(a.type, a.name, a.default, a.keyword_only) for a in args] == [
        ("Tensor(a -> *)", "self", None, False),
        ("SymInt", "split_size", None, False),
        ("int", "dim", "0", False),
        ("str", "mode", '"a,b"', True),
        ("int[2]", "k", "[0,1]", True),
    ]
    assert [(r.type, r.name) for r in returns] == [("Tensor(a)[]", None)]
    _, _, _, named = drafting.parse_func("max.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)")
    assert [(r.type, r.name) for r in named] == [("Tensor", "values"), ("Tensor", "indices")]


@pytest.mark.parametrize("value", [None, True, False, 0, -1, 1.0e-5, 0.1, 1e20, float("inf"), "none", "mean", "yes", "null", "1.5", "a: b", 'say "hi"', "it's", [0, 1], []])
def test_yaml_scalars_read_back_as_themselves(value: object) -> None:
    assert yaml.safe_load("{k: " + drafting.yaml_scalar(value) + "}") == {"k": value}
    if not isinstance(value, list):
        assert yaml.safe_load("k: " + drafting.yaml_scalar(value, flow=False)) == {"k": value}


def test_rest_markup_is_cleaned() -> None:
    assert drafting.clean_rest("Clamps :attr:`input` into ``[min, max]``; see :func:`torch.clamp(x) <torch.clamp>`.") == (
        "Clamps input into [min, max]; see torch.clamp(x)."
    )
    assert drafting.clean_rest("In-place version of :meth:`~Tensor.mul`") == "In-place version of Tensor.mul"
    assert drafting.clean_rest("See `GELUs <https://arxiv.org/abs/1606.08415>`_ and :math:`\\text{out}_i`") == "See GELUs and out_i"


def test_help_explains_the_command() -> None:
    result = run_cli("draft", "--help")
    assert result.exit_code == 0
    for text in ("--spec", "--category", "--append", "--extension", "clamp.Tensor", "nn.functional.gelu", "out="):
        assert text in result.stdout


# --------------------------------------------------------------------------- the binds compile


COMPILE_SET = [
    "sin", "clamp.Tensor", "where.self", "lerp.Scalar", "prod.dim_int", "amax", "topk", "mul_.Scalar",
    "max_pool1d", "mse_loss", "zeros_like", "linalg.vector_norm", "nn.functional.gelu", "masked_fill.Scalar",
    "eq.Tensor", "cumsum", "round.decimals", "tril_indices", "new_zeros", "squeeze_.dim", "split.Tensor", "item",
]  # fmt: skip


@pytest.mark.slow
def test_drafted_binds_compile(spec_copy: Path, tmp_path: Path) -> None:
    """The drafts' binds are real C++: the ops unit that holds them compiles with the bridge's flags."""
    if shutil.which(build._cxx()) is None:
        pytest.skip(f"no C++ compiler ({build._cxx()})")
    code, out, err = draft_cli(spec_copy, "--append", "--category", "data", *COMPILE_SET)
    assert code == 0, err
    names = re.findall(r"appended \d+ draft\(s\): (.*)\. Review", out)[0].split(", ")
    assert len(names) == len(COMPILE_SET)
    generated = tmp_path / "generated"
    result = run_cli("generate", "--spec", str(spec_copy), "--out", str(generated), "--target", "cpp", "-q")
    assert result.exit_code == 0, result.output
    placed = "".join(p.read_text() for p in (generated / "cpp").glob("ops_*.cpp"))
    assert all(f" {n}(" in placed for n in names)
    # The drafts are spread over the units by name; one unit of just them compiles in the time of one.
    catalogue = load_catalogue(spec_copy, display="spec/torch_api.yaml", source="spec/torch_api.yaml")
    unit = generated / "cpp" / "drafts.cpp"
    unit.write_text(cpp_target.unit_source(catalogue, Renderer(ROOT / "templates"), names))
    torch_paths = build.find_torch()
    includes = [f"-I{p}" for p in (generated / "cpp", *torch_paths.include_dirs)]
    cmd = [build._cxx(), *build.CXX_FLAGS, *build.WARN_FLAGS, *includes, "-c", str(unit), "-o", str(tmp_path / "ops.o")]
    done = subprocess.run(cmd, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-4000:]
    assert "warning" not in done.stderr, done.stderr[-4000:]
