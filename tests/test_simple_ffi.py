"""generated/simple/ffi.spl: the Simple language's own form, every function once."""

from __future__ import annotations

import re

from conftest import ROOT

from generator.model import Catalogue

FFI = ROOT / "generated" / "simple" / "ffi.spl"
BANNER = "# " + "=" * 76


def lines() -> list[str]:
    return FFI.read_text().splitlines()


def test_extern_count_and_each_reference_name_once(catalogue: Catalogue) -> None:
    externs = [line for line in lines() if line.startswith("extern fn rt_torch")]
    assert len(externs) == len(catalogue.functions) == 104 + len(catalogue.extensions)
    declared = [re.match(r"extern fn (\w+)\(", line).group(1) for line in externs]  # type: ignore[union-attr]
    for fn in catalogue.reference_functions:
        assert declared.count(fn.name) == 1, fn.name
    text = FFI.read_text()
    for fn in catalogue.reference_functions:  # "each of the 104 names occurs exactly once" as a declaration
        assert len(re.findall(rf"^extern fn {fn.name}\(", text, flags=re.M)) == 1


def test_banners_follow_category_order_with_extensions_last(catalogue: Catalogue) -> None:
    ls = lines()
    titles = [ls[i + 1][2:] for i in range(len(ls) - 2) if ls[i] == BANNER and ls[i + 2] == BANNER]
    expected = [c.title for c in catalogue.categories if any(not f.extension for f in catalogue.in_category(c))]
    assert titles == expected + ["Extensions (beyond the reference API)", "Exports"]


def test_each_declaration_has_a_doc_block(catalogue: Catalogue) -> None:
    ls = lines()
    for i, line in enumerate(ls):
        if not line.startswith("extern fn "):
            continue
        j = i - 1
        block = []
        while j >= 0 and ls[j].startswith("#"):
            block.append(ls[j])
            j -= 1
        block.reverse()
        name = line.split("(")[0].split()[-1]
        fn = catalogue.by_name[name]
        assert block and block[0] == f"# {fn.summary}"[: len(block[0])], name
        assert ("# Args:" in block) == bool(fn.params), name
        assert ("# Returns:" in block) == (not fn.is_void), name


def test_signatures_use_simple_types_and_no_arrow_for_void(catalogue: Catalogue) -> None:
    text = FFI.read_text()
    assert "extern fn rt_torch_tensor_zeros(dims: [i64]) -> i64\n" in text
    assert "extern fn rt_torch_autograd_backward(handle: i64)\n" in text
    assert "extern fn rt_torch_version() -> text\n" in text
    assert "extern fn rt_torch_torchtensor_shape(handle: i64) -> [i64]\n" in text
    assert "extern fn rt_torch_stream_create(device_id: i32) -> i64\n" in text
    assert "extern fn rt_torch_torchtensor_data_f64(handle: i64) -> [f64]\n" in text
    simple_types = {"i64", "i32", "f64", "bool", "text", "[i64]", "[f64]"}
    for line in lines():
        if line.startswith("extern fn"):
            assert "-> void" not in line
            params = line.split("(", 1)[1].rsplit(")", 1)[0]
            types = [p.split(":")[1].strip() for p in params.split(", ") if p]
            assert set(types) <= simple_types, line


def test_every_function_is_exported(catalogue: Catalogue) -> None:
    exports = [line.split()[1] for line in lines() if line.startswith("export ")]
    assert exports == [f.name for f in catalogue.functions]


def test_no_comment_reads_as_a_preprocessor_directive() -> None:
    for line in lines():
        assert not re.match(r"#(if|elif|else|endif)\b", line), line
