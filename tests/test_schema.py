"""The schema vocabulary and the per-function facts, validated with file:line.

Table-driven: each case puts one flaw into a small valid catalogue (written here) and pins
the one line `sffi-gen validate` must print. The reserved words of every target language come
from generator/keywords.py, the single source that the loader and the renderers share.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from generator import keywords
from generator.types import parse_type

RESEARCH = (ROOT / "tests" / "golden" / "research.yaml").as_posix()

BASE = f"""\
catalogue: {{title: Schema cases, version: 0.0.1}}
research_baseline: {RESEARCH}
error_codes:
  - {{name: invalid_handle, code: 1, doc: A bad handle.}}
  - {{name: index, code: 2, doc: An index out of range.}}
  - {{name: value, code: 3, doc: A bad value.}}
  - {{name: type, code: 4, doc: A bad dtype.}}
  - {{name: unavailable, code: 5, doc: Not in this build.}}
  - {{name: out_of_memory, code: 6, doc: No memory.}}
  - {{name: other, code: 7, doc: Anything else.}}
dtypes:
  - {{name: float32, code: 6, doc: The default.}}
  - {{name: int64, code: 4, doc: Indices.}}
devices:
  - {{name: cpu, code: 0, doc: The host.}}
enums:
  - {{name: reduction, values: [none, mean, sum], doc: How a loss reduces.}}
categories:
  - {{id: library, title: Library, doc: What is loaded.}}
  - {{id: math, title: Math, doc: Arithmetic.}}
functions:
  - name: rt_torch_error_code
    category: library
    summary: The error code.
    params: []
    returns: {{type: int32, doc: The code.}}
    binds: sffi::error_code()
    pytorch: null
    research: {{}}
    role: error_code
    keeps_error_state: true
  - name: rt_torch_torchtensor_probe
    category: math
    summary: A function the cases change.
    params:
      - {{name: input, type: Tensor, doc: The tensor.}}
      - PARAM
    returns: RETURNS
    binds: BINDS
    pytorch: null
    research: {{}}
FACTS"""

FUNCTION_LINE = BASE.splitlines().index("  - name: rt_torch_torchtensor_probe") + 1
PARAM_LINE = FUNCTION_LINE + 5


def catalogue_text(param: str = "{name: x, type: int, doc: A number.}", returns: str = "{type: Tensor, doc: A tensor.}",
                   binds: str = "input.mul(x)", facts: str = "") -> str:
    return BASE.replace("PARAM", param).replace("RETURNS", returns).replace("BINDS", binds).replace("FACTS", facts)


def validate(tmp_path: Path, text: str) -> tuple[int, list[str]]:
    spec = tmp_path / "cases.yaml"
    spec.write_text(text)
    result = run_cli("validate", "--spec", str(spec))
    return result.exit_code, [line.replace(f"{spec}:", "FILE:") for line in result.stderr.splitlines()]


def test_the_base_catalogue_is_valid(tmp_path: Path) -> None:
    code, lines = validate(tmp_path, catalogue_text())
    assert (code, lines) == (0, [])


# ---------------------------------------------------------------------------- reserved words

RESERVED_CASES = [
    # (language, a word that language reserves and the other four do not)
    ("C", "restrict"),
    ("C++", "template"),
    ("Rust", "box"),
    ("Python", "lambda"),
    ("Simple", "val"),
]


def test_each_table_case_is_reserved_in_exactly_its_language() -> None:
    for language, word in RESERVED_CASES:
        assert keywords.reserved_in(word) == [language], word


@pytest.mark.parametrize(("language", "word"), RESERVED_CASES, ids=[c[0] for c in RESERVED_CASES])
def test_a_parameter_named_after_a_reserved_word_is_rejected(tmp_path: Path, language: str, word: str) -> None:
    text = catalogue_text(param=f"{{name: {word}, type: int, doc: A number.}}", binds=f"input.mul({word})")
    code, lines = validate(tmp_path, text)
    assert code == 2
    assert lines == [f"FILE:{PARAM_LINE}: entry rt_torch_torchtensor_probe: parameter name '{word}' is reserved in {language}"]


@pytest.mark.parametrize(("language", "word"), RESERVED_CASES, ids=[c[0] for c in RESERVED_CASES])
def test_a_result_field_named_after_a_reserved_word_is_rejected(tmp_path: Path, language: str, word: str) -> None:
    returns = f"\n      - {{name: {word}, type: Tensor, doc: One.}}\n      - {{name: second, type: Tensor, doc: Two.}}"
    code, lines = validate(tmp_path, catalogue_text(returns=returns))
    assert code == 2
    assert lines == [f"FILE:{PARAM_LINE + 2}: entry rt_torch_torchtensor_probe: result name '{word}' is reserved in {language}"]


@pytest.mark.parametrize(
    ("key", "word", "language"),
    [("rust", "box", "Rust"), ("simple", "val", "Simple"), ("python", "lambda", "Python")],
)
def test_a_tier_name_that_is_reserved_there_is_rejected(tmp_path: Path, key: str, word: str, language: str) -> None:
    code, lines = validate(tmp_path, catalogue_text(facts=f"    {key}: {{name: {word}}}\n"))
    assert code == 2
    facts_line = PARAM_LINE + 5
    if key == "python":
        assert lines == [f"FILE:{facts_line}: entry rt_torch_torchtensor_probe: the name '{word}' is reserved in Python: give another in 'python: {{name: ...}}'"]
    else:
        assert lines == [f"FILE:{facts_line}: entry rt_torch_torchtensor_probe: the name '{word}' is reserved in {language}: give another in '{key}: {{name: ...}}'"]


def test_a_stem_reserved_in_one_tier_needs_that_tiers_name(tmp_path: Path) -> None:
    text = catalogue_text().replace("rt_torch_torchtensor_probe", "rt_torch_torchtensor_where")
    code, lines = validate(tmp_path, text)
    assert code == 2
    assert lines == [f"FILE:{FUNCTION_LINE}: entry rt_torch_torchtensor_where: the name 'where' is reserved in Rust: give another in 'rust: {{name: ...}}'"]
    code, lines = validate(tmp_path, text.rstrip("\n") + "\n    rust: {name: where_}\n")
    assert (code, lines) == (0, [])


# ---------------------------------------------------------------------------- the vocabulary

FLAWS = [
    # (parameter or returns text, binds, the message after "entry rt_torch_torchtensor_probe: ")
    ("{name: x, type: \"int[2]?\", doc: A list.}", "input.mul(x)", None),  # fine: an optional int-or-list
    ("{name: x, type: \"bool[]\", doc: Flags.}", "input.mul(x)", "'bool[]': bool has no list form (lists: Tensor[], int[], float[]) in parameter 'x'"),
    ("{name: x, type: \"Scalar[]\", doc: Numbers.}", "input.mul(x)", "'Scalar[]': Scalar has no list form (lists: Tensor[], int[], float[]) in parameter 'x'"),
    ("{name: x, type: Stream?, doc: A stream.}", "input.mul(x)", "'Stream?': Stream has no optional form in parameter 'x'"),
    ("{name: x, type: \"float[3]\", doc: Floats.}", "input.mul(x)", "'float[3]': only int lists take a size, int[N] with N >= 1 in parameter 'x'"),
    ("{name: x, type: int(a!), doc: A number.}", "input.mul(x)", "'int(a!)': only a plain tensor can be marked changed in place, as Tensor(a!) in parameter 'x'"),
    ("{name: x, type: SymInt, doc: A size.}", "input.mul(x)", "'SymInt': write int for SymInt (symbolic sizes are plain integers here) in parameter 'x'"),
    ("{name: x, type: int, doc: A number., default: null}", "input.mul(x)", "default of parameter 'x': null (None) is no value of the non-optional type 'int'"),
    ("{name: x, type: reduction, doc: How., default: avg}", "input.mul(x)", "default of parameter 'x': 'avg' is not one of reduction's values (none, mean, sum)"),
    ("{name: x, type: ScalarType, doc: A dtype., default: float16}", "input.mul(x)", "default of parameter 'x': 'float16' is not a dtype of the catalogue (float32, int64)"),
    ("{name: x, type: Device, doc: A device., default: cuda}", "input.mul(x)", "default of parameter 'x': 'cuda' is not a device of the catalogue (cpu)"),
    ("{name: x, type: \"int[2]\", doc: Sizes., default: [1, 2, 3]}", "input.mul(x)", "default of parameter 'x': [1, 2, 3] does not have 2 elements"),
    ("{name: x, type: Scalar, doc: A number., default: \"yes\"}", "input.mul(x)", "default of parameter 'x': 'yes' does not fit type 'Scalar'"),
    ("{name: x_present, type: int, doc: A flag.}", "input.mul(x_present)", None),  # no clash without an optional x
]


@pytest.mark.parametrize(("param", "binds", "message"), FLAWS, ids=[f[0].split("type: ")[1].split(",")[0] + str(i) for i, f in enumerate(FLAWS)])
def test_types_and_defaults(tmp_path: Path, param: str, binds: str, message: str | None) -> None:
    code, lines = validate(tmp_path, catalogue_text(param=param, binds=binds))
    if message is None:
        assert (code, lines) == (0, [])
    else:
        assert code == 2
        assert lines == [f"FILE:{PARAM_LINE}: entry rt_torch_torchtensor_probe: {message}"]


def test_a_lowered_name_that_collides_is_rejected(tmp_path: Path) -> None:
    param = "{name: x, type: int?, doc: A number.}\n      - {name: x_present, type: bool, doc: A flag.}"
    code, lines = validate(tmp_path, catalogue_text(param=param, binds="input.mul(x.value_or(x_present))"))
    assert code == 2
    assert lines == [f"FILE:{PARAM_LINE + 1}: entry rt_torch_torchtensor_probe: parameter 'x_present' becomes the C parameter 'x_present', as 'x' does"]


def test_keyword_only_marker_and_mutation(tmp_path: Path) -> None:
    twice = '"*"\n      - {name: x, type: int, doc: A number.}\n      - "*"\n      - {name: y, type: int, doc: Another., default: 1}'
    code, lines = validate(tmp_path, catalogue_text(param=twice, binds="input.mul(x + y)"))
    assert lines == [f"FILE:{PARAM_LINE + 2}: entry rt_torch_torchtensor_probe: a second '*' marker in 'params'"]
    mutable = "{name: x, type: Tensor(a!), doc: Changed.}"
    code, lines = validate(tmp_path, catalogue_text(param=mutable, returns="[]", binds="x.add_(input)"))
    assert lines == [f"FILE:{PARAM_LINE}: entry rt_torch_torchtensor_probe: only the first parameter (the receiver) can be changed in place, not 'x'"]
    keyword_after_default = '{name: x, type: int, doc: A., default: 1}\n      - "*"\n      - {name: y, type: int, doc: B.}'
    code, lines = validate(tmp_path, catalogue_text(param=keyword_after_default, binds="input.mul(x + y)"))
    assert (code, lines) == (0, []), "a keyword-only parameter without a default may follow one with a default"


def test_named_results(tmp_path: Path) -> None:
    one = "\n      - {name: only, type: Tensor, doc: One.}"
    code, lines = validate(tmp_path, catalogue_text(returns=one))
    assert lines == [f"FILE:{PARAM_LINE + 1}: entry rt_torch_torchtensor_probe: a list of named results needs two or more (one result is a mapping)"]
    numbers = "\n      - {name: a, type: Tensor, doc: One.}\n      - {name: b, type: int, doc: Two.}"
    code, lines = validate(tmp_path, catalogue_text(returns=numbers))
    assert lines == [f"FILE:{PARAM_LINE + 3}: entry rt_torch_torchtensor_probe: named results are tensors, not 'int'"]
    bad = "{type: Scalar, doc: A number.}"
    code, lines = validate(tmp_path, catalogue_text(returns=bad))
    assert len(lines) == 1 and "type 'Scalar' cannot be a result" in lines[0]


# ---------------------------------------------------------------------------- facts and roles


FACT_CASES = [
    ("    python: {owner: Widget}\n", "'owner' of 'python' must be one of Tensor, Stream, no_grad, torch_sffi, nn, autograd, cuda, linalg"),
    ("    python: {kind: field}\n", "'kind' of 'python' must be one of method, property, function, constructor, enter, exit, internal"),
    ("    python: {setter: rt_torch_nope}\n", "a setter belongs to a property (kind: property)"),
    ("    python: {also: [Matrix.t]}\n", "'also' of 'python' lists qualified names like Tensor.dim or torch_sffi.sum, got 'Matrix.t'"),
    ("    python: {operator: '%'}\n", "'operator' of 'python' must be one of +, -, *, /, @, neg, abs"),
    ("    role: free_matrix\n", "'role' of the entry must be one of error_code, error_message, free_tensor, release_tensor, free_stream, warning_count, warning_message, warning_kind"),
    ("    role: free_stream\n", "role 'free_stream' needs (Stream) -> ()"),
    ("    aten: sum.dim.IntList\n", "'aten' of the entry must be an ATen operator name like sum or sum.dim_IntList"),
    ("    stub: ''\n", "'stub' of the entry must not be empty"),
]


@pytest.mark.parametrize(("facts", "message"), FACT_CASES, ids=[c[0].strip().split(":")[0] + str(i) for i, c in enumerate(FACT_CASES)])
def test_facts_are_validated(tmp_path: Path, facts: str, message: str) -> None:
    code, lines = validate(tmp_path, catalogue_text(facts=facts))
    assert code == 2
    assert len(lines) == 1 and lines[0].startswith("FILE:") and lines[0].endswith(message), lines


def test_python_names_are_snake_case_or_a_transpose_property(tmp_path: Path) -> None:
    # PyTorch's T, H, mT and mH are the only Python names outside snake case the rule admits.
    for name in ("T", "H", "mT", "mH"):
        code, lines = validate(tmp_path, catalogue_text(facts=f"    python: {{name: {name}, kind: property}}\n"))
        assert (code, lines) == (0, []), name
    for name in ("Probe", "mX", "TH", "probeName"):
        code, lines = validate(tmp_path, catalogue_text(facts=f"    python: {{name: {name}}}\n"))
        assert code == 2 and len(lines) == 1 and lines[0].endswith("'name' of 'python' must be a Python name in snake case"), (name, lines)


def test_a_python_setter_must_exist(tmp_path: Path) -> None:
    code, lines = validate(tmp_path, catalogue_text(facts="    python: {kind: property, setter: rt_torch_nope}\n"))
    assert lines == [f"FILE:{PARAM_LINE + 5}: entry rt_torch_torchtensor_probe: python setter 'rt_torch_nope' is not a catalogue function"]


def test_a_role_is_played_once(tmp_path: Path) -> None:
    text = catalogue_text() + """  - name: rt_torch_error_code_again
    category: library
    summary: The error code, again.
    params: []
    returns: {type: int32, doc: The code.}
    binds: sffi::error_code()
    pytorch: null
    research: {}
    role: error_code
"""
    code, lines = validate(tmp_path, text)
    assert code == 2
    assert len(lines) == 1 and lines[0].endswith("role 'error_code' is already played by rt_torch_error_code")


def test_a_pytorch_counterpart_must_exist_in_the_api_snapshot(tmp_path: Path) -> None:
    snapshot = tmp_path / "pytorch_api.json"
    snapshot.write_text((ROOT / "tests" / "golden" / "pytorch_api.json").read_text())
    head, _, tail = catalogue_text().rpartition("    pytorch: null\n")
    text = head + "    pytorch: torch.probe\n" + tail
    code, lines = validate(tmp_path, text)
    assert code == 2
    assert lines == [f"FILE:{PARAM_LINE + 3}: entry rt_torch_torchtensor_probe: pytorch 'torch.probe' is not in the PyTorch API snapshot ({tmp_path / 'pytorch_api.json'}, torch 2.13.0+cpu)"]
    for real in ("torch.add", "torch.Tensor.shape", "torch.cuda.Stream.query", "torch.__version__"):
        code, lines = validate(tmp_path, text.replace("torch.probe", real))
        assert (code, lines) == (0, []), real


# ---------------------------------------------------------------------------- the parser itself


@pytest.mark.parametrize(
    ("spelling", "key"),
    [
        ("Tensor", "Tensor"),
        ("Tensor(a!)", "Tensor"),
        ("Tensor?[]", "Tensor?[]"),
        ("int[1]?", "int[]?"),
        ("int[2]", "int[]"),
        ("float[]?", "float[]?"),
        ("ScalarType?", "ScalarType?"),
        ("Scalar?", "Scalar?"),
        ("Device", "Device"),
        ("str?", "str?"),
    ],
)
def test_spellings_round_trip_and_lower(spelling: str, key: str) -> None:
    t = parse_type(spelling)
    assert t.spelling == spelling
    assert t.key == key
