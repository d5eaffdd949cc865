"""generated/simple/ffi.spl: the Simple language's own form, every function once, each declared
from the one C ABI lowering (generator/abi.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT

from generator import abi
from generator.abi import Role
from generator.loader import load_catalogue
from generator.model import Catalogue
from generator.render import render_tree
from generator.simple_syntax import parse
from generator.targets import simple

FFI = ROOT / "generated" / "simple" / "ffi.spl"
FIXTURE = ROOT / "tests" / "golden" / "fixture.yaml"
BANNER = "# " + "=" * 76
SIMPLE_TYPES = {"i64", "i32", "f64", "bool", "text", "[i64]", "[f64]"}


def lines() -> list[str]:
    return FFI.read_text().splitlines()


@pytest.fixture(scope="module")
def fixture() -> Catalogue:
    return load_catalogue(FIXTURE, display="fixture.yaml", source="fixture.yaml")


@pytest.fixture(scope="module")
def fixture_ffi(fixture: Catalogue) -> str:
    return render_tree(fixture, ("simple",)).files["simple/ffi.spl"]


def declaration(text: str, name: str) -> str:
    found = re.findall(rf"^extern fn {name}\(.*$", text, flags=re.M)
    assert len(found) == 1, name
    return str(found[0])


def doc_block(text: str, name: str) -> list[str]:
    ls = text.splitlines()
    i = next(i for i, line in enumerate(ls) if line.startswith(f"extern fn {name}("))
    block = []
    j = i - 1
    while j >= 0 and ls[j].startswith("#"):
        block.append(ls[j])
        j -= 1
    return block[::-1]


def test_extern_count_and_each_reference_name_once(catalogue: Catalogue) -> None:
    externs = [line for line in lines() if line.startswith("extern fn rt_torch")]
    assert len(externs) == len(catalogue.functions) == 104 + len(catalogue.extensions)
    text = FFI.read_text()
    for fn in catalogue.reference_functions:  # "each of the 104 names occurs exactly once" as a declaration
        assert len(re.findall(rf"^extern fn {fn.name}\(", text, flags=re.M)) == 1


def test_banners_follow_category_order_with_extensions_last(catalogue: Catalogue) -> None:
    ls = lines()
    titles = [ls[i + 1][2:] for i in range(len(ls) - 2) if ls[i] == BANNER and ls[i + 2] == BANNER]
    expected = [c.title for c in catalogue.categories if any(not f.extension for f in catalogue.in_category(c))]
    assert titles == expected + ["Extensions (beyond the reference API)", "Exports"]


@pytest.mark.parametrize("source", ["spec", "fixture"])
def test_every_declaration_is_the_c_signature(source: str, catalogue: Catalogue, fixture: Catalogue, fixture_ffi: str) -> None:
    """Each C parameter is a Simple parameter of its name, a (pointer, length) pair one array;
    array results are the fn's result; every type maps from the C type."""
    cat, text = (catalogue, FFI.read_text()) if source == "spec" else (fixture, fixture_ffi)
    module, problems = parse(text, "ffi.spl")
    assert problems == []
    scalar = {"int64_t": "i64", "int32_t": "i32", "double": "f64", "bool": "bool", "const char*": "text"}
    for fn in cat.functions:
        sig = abi.signature(fn)
        expected: list[tuple[str, str]] = []
        c_params = [c for c in sig.params if c.param is not None]
        for i, c in enumerate(c_params):
            if c.role is Role.LENGTH:
                assert c_params[i - 1].c_type.endswith("*"), fn.name
                continue
            if c.c_type.endswith("*") and c.c_type != "const char*":
                expected.append((c.name, f"[{scalar[c.c_type.removeprefix('const ').rstrip('*')]}]"))
            else:
                expected.append((c.name, scalar[c.c_type]))
        decl = module.externs[fn.name]
        assert [(p.name, p.type) for p in decl.params] == expected, fn.name
        if sig.result.is_buffer:
            assert decl.result == f"[{scalar[sig.result.element or '']}]", fn.name
        elif fn.is_void:
            assert decl.result is None, fn.name
        else:
            assert decl.result == scalar[sig.return_type], fn.name
        assert {p.type for p in decl.params} <= SIMPLE_TYPES


def test_the_new_kinds_on_catalogue_entries(catalogue: Catalogue) -> None:
    text = FFI.read_text()
    # an optional list (int[1]?) and an optional dtype, keyword-only
    assert declaration(text, "rt_torch_torchtensor_sum_dim_intlist") == (
        "extern fn rt_torch_torchtensor_sum_dim_intlist(input: i64, dim: [i64], dim_present: bool, keepdim: bool, dtype: i32) -> i64"
    )
    # a Scalar, and Device? / ScalarType?
    assert declaration(text, "rt_torch_tensor_full_v2").startswith(
        "extern fn rt_torch_tensor_full_v2(size: [i64], fill_value: f64, fill_value_int: i64, fill_value_kind: i32, dtype: i32, "
        "device_type: i32, device_index: i32"
    )
    # a Device, an optional enum (text)
    assert "(input: i64, device_type: i32, device_index: i32, dtype: i32, " in declaration(text, "rt_torch_torchtensor_to_device")
    assert declaration(text, "rt_torch_nn_mse_loss_v2").endswith("reduction: text) -> i64")
    # named results are handles through the caller buffer; an in-place function has no result
    assert declaration(text, "rt_torch_torchtensor_max_dim_v2").endswith(") -> [i64]")
    assert declaration(text, "rt_torch_torchtensor_add_") == "extern fn rt_torch_torchtensor_add_(handle: i64, other: i64, alpha: f64)"
    # the reference functions keep their signatures
    assert "extern fn rt_torch_tensor_zeros(dims: [i64]) -> i64\n" in text
    assert "extern fn rt_torch_autograd_backward(handle: i64)\n" in text
    assert "extern fn rt_torch_version() -> text\n" in text
    assert "extern fn rt_torch_torchtensor_shape(handle: i64) -> [i64]\n" in text
    assert "extern fn rt_torch_stream_create(device_id: i32) -> i64\n" in text
    assert "extern fn rt_torch_torchtensor_data_f64(handle: i64) -> [f64]\n" in text


def test_the_new_kinds_on_the_golden_fixture(fixture_ffi: str) -> None:
    text = fixture_ffi
    assert declaration(text, "rt_torch_nn_dropout") == (
        "extern fn rt_torch_nn_dropout(input: i64, p: f64, training: bool, seed: i64, seed_present: bool, "
        "scale: f64, scale_present: bool, inplace: bool, inplace_present: bool) -> i64"
    )
    assert declaration(text, "rt_torch_torchtensor_clamp") == (
        "extern fn rt_torch_torchtensor_clamp(input: i64, min: f64, min_int: i64, min_kind: i32, max: f64, max_int: i64, max_kind: i32) -> i64"
    )
    assert declaration(text, "rt_torch_tensor_zeros_v2") == (
        "extern fn rt_torch_tensor_zeros_v2(size: [i64], dtype: i32, device_type: i32, device_index: i32) -> i64"
    )
    assert declaration(text, "rt_torch_nn_mse_loss") == (
        "extern fn rt_torch_nn_mse_loss(input: i64, target: i64, reduction: text, weight: [f64], weight_present: bool) -> i64"
    )
    assert declaration(text, "rt_torch_torchtensor_index_tensor") == "extern fn rt_torch_torchtensor_index_tensor(input: i64, indices: [i64]) -> i64"
    assert declaration(text, "rt_torch_torchtensor_dtype") == "extern fn rt_torch_torchtensor_dtype(handle: i64) -> i32"
    assert declaration(text, "rt_torch_set_mode") == "extern fn rt_torch_set_mode(mode: text) -> f64"
    assert declaration(text, "rt_torch_torchtensor_mul_") == "extern fn rt_torch_torchtensor_mul_(input: i64, other: i64)"


def test_docs_give_each_parameters_schema_type_and_how_none_is_passed(fixture_ffi: str) -> None:
    def block(name: str) -> str:
        """The doc comment as one line of words (independent of where it is folded)."""
        return " ".join(line.lstrip("#").strip() for line in doc_block(fixture_ffi, name))

    dropout = block("rt_torch_nn_dropout")
    assert "seed: A seed for this call. (int?; keyword-only in PyTorch; PyTorch's default None; as seed, seed_present; None: seed_present false (the value is ignored))" in dropout
    clamp = block("rt_torch_torchtensor_clamp")
    assert "(Scalar?; PyTorch's default None; as min, min_int, min_kind; None: min_kind -1)" in clamp
    zeros = block("rt_torch_tensor_zeros_v2")
    assert "(ScalarType?; keyword-only in PyTorch; PyTorch's default None; None: -1)" in zeros
    assert "(Device?; keyword-only in PyTorch; PyTorch's default None; as device_type, device_index; None: device_type -1)" in zeros
    mse = block("rt_torch_nn_mse_loss")
    assert "(reduction; PyTorch's default 'mean'; one of none, mean, sum)" in mse
    pool = block("rt_torch_nn_max_pool2d")
    assert "(int[2]; PyTorch's default 0; one value stands for 2)" in pool
    assert "(str?; PyTorch's default None; None: nil (a NULL pointer in C))" in block("rt_torch_set_mode")
    assert "(Tensor?; PyTorch's default None; None: 0)" in block("rt_torch_nn_linear")
    max_dim = block("rt_torch_torchtensor_max_dim")
    assert "Returns: values: The maxima; indices: Their indices." in max_dim
    assert "(2 tensor handles; the C call fills a caller buffer and returns the full length, -1 on error)" in max_dim
    assert "Changes input in place (PyTorch's Tensor(a!))." in block("rt_torch_torchtensor_mul_")
    assert "(on error: NaN; it can be a legitimate result: read the error code)" in block("rt_torch_torchtensor_sum")
    header = " ".join(line.lstrip("#").strip() for line in fixture_ffi[: fixture_ffi.index(BANNER)].splitlines())
    assert "i32 dtype code (int64 4, float32 6, float64 7, bool 11); -1 for None" in header
    assert "NAME_type: i32 (cpu 0, cuda 1; -1 for None)" in header
    assert "kind 0 float, 1 int, 2 bool, -1 None" in header
    assert "NAME_index: i32 (-1: the current device of that type)" in header


def test_each_declaration_has_a_doc_block(catalogue: Catalogue) -> None:
    text = FFI.read_text()
    for fn in catalogue.functions:
        block = doc_block(text, fn.name)
        assert block and block[0] == f"# {fn.summary}"[: len(block[0])], fn.name
        assert ("# Args:" in block) == bool(fn.params), fn.name
        assert ("# Returns:" in block) == (not fn.is_void), fn.name
        for p in fn.params:
            assert any(line.startswith(f"#     {p.name}: ") for line in block), (fn.name, p.name)
            assert any(f"({p.type.spelling}" in line for line in block), (fn.name, p.name)


def test_every_function_is_exported(catalogue: Catalogue) -> None:
    exports = [line.split()[1] for line in lines() if line.startswith("export ")]
    assert exports == [f.name for f in catalogue.functions]


def test_no_comment_reads_as_a_preprocessor_directive() -> None:
    for line in lines():
        assert not re.match(r"#(if|elif|else|endif)\b", line), line


def test_the_type_table_covers_every_c_type_of_the_lowering() -> None:
    c_types = {a.c_type for lowering in abi.LOWERING.values() for a in lowering.args}
    c_types |= {r.c_type for r in abi.RESULTS.values()} | {r.element for r in abi.RESULTS.values() if r.element}
    scalars = {t.removeprefix("const ").rstrip("*").strip() if t != "const char*" else t for t in c_types} - {"void"}
    assert scalars <= set(simple.FFI_TYPE), scalars - set(simple.FFI_TYPE)


def test_the_target_keeps_no_table_by_function_name() -> None:
    source = (ROOT / "generator" / "targets" / "simple.py").read_text()
    assert "rt_torch_" not in source
    assert "from .common import" in source and not re.search(r"from \.(cpp|cffi|rust|python|coverage) import", source)


def test_generated_file_matches_a_fresh_render(catalogue: Catalogue, tmp_path: Path) -> None:
    assert render_tree(catalogue, ("simple",)).files["simple/ffi.spl"] == FFI.read_text()


def test_docs_count_what_the_interpreter_can_call() -> None:
    """docs/simple.md sorts ffi.spl's declarations by what crosses Simple's i64-only dynamic
    extern path; its figures are those of the generated file."""
    from conftest import ROOT

    decls = re.findall(r"^extern fn (\w+)\((.*)\)(?: -> (.*))?$", (ROOT / "generated" / "simple" / "ffi.spl").read_text(), re.M)
    counts = {"i64": 0, "array": 0, "f64": 0, "text": 0}
    for _, params, result in decls:
        types = [p.split(": ")[1] for p in params.split(", ") if p] + ([result] if result else [])
        kind = "array" if any(t.startswith("[") for t in types) else "f64" if "f64" in types else "text" if "text" in types else "i64"
        counts[kind] += 1
    doc = " ".join((ROOT / "docs" / "simple.md").read_text().split())
    assert f"For our {len(decls)} declarations:" in doc
    assert f"can work interpreted ({counts['i64']})" in doc
    assert f"the {counts['array']} with a `[i64]` or `[f64]`" in doc
    assert f"{counts['f64']} (without an array) with an `f64`" in doc
    assert f"{counts['text']} with `text`" in doc
