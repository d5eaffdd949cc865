"""Conformance across tiers: the catalogue, the cffi cdef, the Rust extern block, ffi.spl and
the compiled extension and the Python package declare exactly the functions of the C header, with corresponding types
and parameter names; the error codes agree too. Planted mismatches are caught precisely.

(The readers and the correspondence tables are in tests/conformance.py.)
"""

from __future__ import annotations

from typing import Callable

import pytest
from conftest import GENERATED
from conformance import (
    CSig,
    ConformanceError,
    Declarations,
    catalogue_declarations,
    catalogue_error_codes,
    cffi_declarations,
    cffi_error_codes,
    compare,
    compare_codes,
    declarations_from_bindings,
    python_declarations,
    python_loose,
    extension_declarations,
    header_declarations,
    header_error_codes,
    rust_declarations,
    rust_error_codes,
    simple_declarations,
    simple_error_codes,
)

from generator.model import Catalogue

HEADER = GENERATED / "cpp" / "torch_sffi.h"
CDEF = GENERATED / "cffi" / "build_cffi.py"
RUST_FFI = GENERATED / "rust" / "src" / "ffi.rs"
RUST_ERROR = GENERATED / "rust" / "src" / "enums.rs"  # ErrorKind: the catalogue's error codes
SIMPLE_FFI = GENERATED / "simple" / "ffi.spl"
SIMPLE_MOD = GENERATED / "simple" / "mod.spl"

# The tiers whose text is generated: (name, file, reader).
TEXT_TIERS: list[tuple[str, str, Callable[[str], Declarations]]] = [
    ("cffi", str(CDEF), cffi_declarations),
    ("rust", str(RUST_FFI), rust_declarations),
    ("simple", str(SIMPLE_FFI), simple_declarations),
]


@pytest.fixture(scope="module")
def header() -> Declarations:
    return header_declarations(HEADER.read_text())


def read(path: str) -> str:
    from pathlib import Path

    return Path(path).read_text()


def plant(text: str, old: str, new: str) -> str:
    """A copy of a tier's text with one change; the change must apply exactly once."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


# --------------------------------------------------------------------------- the real output


def test_header_declares_every_catalogue_function(header: Declarations, catalogue: Catalogue) -> None:
    assert list(header) == [f.name for f in catalogue.functions]
    assert header["rt_torch_tensor_from_data"] == CSig(
        "int64_t", (("data", "const double*"), ("data_len", "int64_t"), ("dims", "const int64_t*"), ("dims_len", "int64_t"))
    )
    assert header["rt_torch_torchtensor_data_f64"] == CSig(
        "int64_t", (("handle", "int64_t"), ("out", "double*"), ("out_capacity", "int64_t"))
    )
    assert header["rt_torch_error_message"] == CSig("const char*", ())
    assert header["rt_torch_autograd_backward"] == CSig("void", (("handle", "int64_t"),))


def test_catalogue_agrees_with_the_header(header: Declarations, catalogue: Catalogue) -> None:
    assert compare("catalogue", catalogue_declarations(catalogue), header) == []


@pytest.mark.parametrize("tier, path, reader", TEXT_TIERS, ids=[t[0] for t in TEXT_TIERS])
def test_generated_tier_agrees_with_the_header(
    header: Declarations, tier: str, path: str, reader: Callable[[str], Declarations]
) -> None:
    declared = reader(read(path))
    assert len(declared) == len(header)
    assert compare(tier, declared, header) == []


PYI = GENERATED / "python" / "torch_sffi" / "_native.pyi"


def test_python_package_agrees_with_the_header(header: Declarations) -> None:
    declared = python_declarations(PYI.read_text())
    assert len(declared) == len(header)
    assert compare("python", declared, header, loose=python_loose) == []


def test_python_package_mismatches_are_reported(header: Declarations) -> None:
    text = PYI.read_text()
    missing = plant(text, "    @staticmethod\n    def rt_torch_tensor_eye(n: int) -> int: ...\n", "")
    assert compare("python", python_declarations(missing), header, loose=python_loose) == [
        "python: rt_torch_tensor_eye: missing (the C header declares it)"
    ]
    mismatched = plant(text, "def rt_torch_torchtensor_pow(handle: int, exponent: float)", "def rt_torch_torchtensor_pow(handle: int, exponent: int)")
    assert compare("python", python_declarations(mismatched), header, loose=python_loose) == [
        "python: rt_torch_torchtensor_pow: parameter 2 (exponent) is int64_t, the C header says double"
    ]
    renamed = plant(text, "def rt_torch_torchtensor_transpose(handle: int, dim0: int, dim1: int)", "def rt_torch_torchtensor_transpose(handle: int, dim1: int, dim0: int)")
    assert compare("python", python_declarations(renamed), header, loose=python_loose) == [
        "python: rt_torch_torchtensor_transpose: parameter 2 is named dim1, the C header says dim0",
        "python: rt_torch_torchtensor_transpose: parameter 3 is named dim0, the C header says dim1",
    ]


def test_compiled_extension_agrees_with_the_header(header: Declarations) -> None:
    from torch_sffi._native import ffi, lib  # built by `make` (sffi-gen build)

    assert compare("extension", extension_declarations(ffi, lib), header, qualifiers=False) == []


def test_error_codes_agree(catalogue: Catalogue) -> None:
    reference = header_error_codes(HEADER.read_text())
    assert reference == catalogue_error_codes(catalogue)
    assert compare_codes("cffi", cffi_error_codes(CDEF.read_text()), reference) == []
    assert compare_codes("rust", rust_error_codes(RUST_ERROR.read_text()), reference) == []
    assert compare_codes("simple", simple_error_codes(SIMPLE_MOD.read_text()), reference) == []


# --------------------------------------------------------------------------- planted mismatches

MISSING = {
    "cffi": [("int64_t rt_torch_tensor_eye(int64_t n);\n", "")],
    "rust": [("    pub fn rt_torch_tensor_eye(n: i64) -> i64;\n", "")],
    # ffi.spl must also stop exporting it, or it would not parse
    "simple": [("extern fn rt_torch_tensor_eye(n: i64) -> i64\n", ""), ("export rt_torch_tensor_eye\n", "")],
}
MISMATCHED = {
    "cffi": (
        "rt_torch_torchtensor_pow(int64_t handle, double exponent)",
        "rt_torch_torchtensor_pow(int64_t handle, int64_t exponent)",
    ),
    "rust": ("rt_torch_torchtensor_pow(handle: i64, exponent: f64)", "rt_torch_torchtensor_pow(handle: i64, exponent: i64)"),
    "simple": ("rt_torch_torchtensor_pow(handle: i64, exponent: f64)", "rt_torch_torchtensor_pow(handle: i64, exponent: i64)"),
}


@pytest.mark.parametrize("tier, path, reader", TEXT_TIERS, ids=[t[0] for t in TEXT_TIERS])
def test_a_missing_function_is_reported(header: Declarations, tier: str, path: str, reader: Callable[[str], Declarations]) -> None:
    text = read(path)
    for old, new in MISSING[tier]:
        text = plant(text, old, new)
    declared = reader(text)
    assert compare(tier, declared, header) == [f"{tier}: rt_torch_tensor_eye: missing (the C header declares it)"]


@pytest.mark.parametrize("tier, path, reader", TEXT_TIERS, ids=[t[0] for t in TEXT_TIERS])
def test_a_mismatched_type_is_reported(header: Declarations, tier: str, path: str, reader: Callable[[str], Declarations]) -> None:
    old, new = MISMATCHED[tier]
    declared = reader(plant(read(path), old, new))
    assert compare(tier, declared, header) == [
        f"{tier}: rt_torch_torchtensor_pow: parameter 2 (exponent) is int64_t, the C header says double"
    ]


def test_more_rust_mismatches(header: Declarations) -> None:
    text = RUST_FFI.read_text()
    cases = [
        # swapped names of two parameters of the same type: types alone would not notice
        (
            "rt_torch_torchtensor_transpose(handle: i64, dim0: i64, dim1: i64)",
            "rt_torch_torchtensor_transpose(handle: i64, dim1: i64, dim0: i64)",
            [
                "rust: rt_torch_torchtensor_transpose: parameter 2 is named dim1, the C header says dim0",
                "rust: rt_torch_torchtensor_transpose: parameter 3 is named dim0, the C header says dim1",
            ],
        ),
        (
            "pub fn rt_torch_torchtensor_numel(handle: i64) -> i64;",
            "pub fn rt_torch_torchtensor_numel(handle: i64) -> i32;",
            ["rust: rt_torch_torchtensor_numel: returns int32_t, the C header says int64_t"],
        ),
        (
            "pub fn rt_torch_autograd_backward(handle: i64);",
            "pub fn rt_torch_autograd_backward(handle: i64) -> bool;",
            ["rust: rt_torch_autograd_backward: returns bool, the C header says void"],
        ),
        (
            "rt_torch_torchtensor_data_f64(handle: i64, out: *mut f64, out_capacity: i64)",
            "rt_torch_torchtensor_data_f64(handle: i64, out: *const f64, out_capacity: i64)",
            ["rust: rt_torch_torchtensor_data_f64: parameter 2 (out) is const double*, the C header says double*"],
        ),
        (
            "rt_torch_torchtensor_pow(handle: i64, exponent: f64)",
            "rt_torch_torchtensor_pow(handle: i64, exponent: f32)",
            ["rust: rt_torch_torchtensor_pow: parameter 2 (exponent) is <Rust f32>, the C header says double"],
        ),
        (
            "    pub fn rt_torch_tensor_eye(n: i64) -> i64;\n",
            "    pub fn rt_torch_tensor_eye(n: i64) -> i64;\n    pub fn rt_torch_tensor_eyes(n: i64) -> i64;\n",
            ["rust: rt_torch_tensor_eyes: not in the C header"],
        ),
    ]
    for old, new, expected in cases:
        assert compare("rust", rust_declarations(plant(text, old, new)), header) == expected, new


def test_more_simple_mismatches(header: Declarations) -> None:
    text = SIMPLE_FFI.read_text()
    cases = [
        (
            "extern fn rt_torch_tensor_zeros(dims: [i64]) -> i64",
            "extern fn rt_torch_tensor_zeros(dims: [f64]) -> i64",
            ["simple: rt_torch_tensor_zeros: parameter 1 (dims) is const double*, the C header says const int64_t*"],
        ),
        (
            # an array result lowers to a caller buffer: without it the C parameters are short
            "extern fn rt_torch_torchtensor_shape(handle: i64) -> [i64]",
            "extern fn rt_torch_torchtensor_shape(handle: i64) -> i64",
            ["simple: rt_torch_torchtensor_shape: 1 C parameters, the C header has 3"],
        ),
        (
            "extern fn rt_torch_autograd_backward(handle: i64)\n",
            "extern fn rt_torch_autograd_backward(handle: i64) -> bool\n",
            ["simple: rt_torch_autograd_backward: returns bool, the C header says void"],
        ),
        (
            "extern fn rt_torch_stream_create(device_id: i32) -> i64",
            "extern fn rt_torch_stream_create(device_id: i64) -> i64",
            ["simple: rt_torch_stream_create: parameter 1 (device_id) is int64_t, the C header says int32_t"],
        ),
    ]
    for old, new, expected in cases:
        assert compare("simple", simple_declarations(plant(text, old, new)), header) == expected, new


def test_a_changed_header_is_caught_by_every_tier(catalogue: Catalogue) -> None:
    text = plant(
        HEADER.read_text(),
        "rt_torch_tensor_full(const int64_t* dims, int64_t dims_len, double value)",
        "rt_torch_tensor_full(const int64_t* dims, int64_t dims_len, float value)",
    )
    header = header_declarations(text)
    tiers = {
        "catalogue": catalogue_declarations(catalogue),
        **{tier: reader(read(path)) for tier, path, reader in TEXT_TIERS},
    }
    for tier, declared in tiers.items():
        assert compare(tier, declared, header) == [
            f"{tier}: rt_torch_tensor_full: parameter 3 (value) is double, the C header says float"
        ]


def test_a_bound_functions_list_plugs_in_as_a_tier(header: Declarations) -> None:
    """The shape a Python package tier reports: what it binds, with C types."""
    bound = [(name, sig.result, list(sig.params)) for name, sig in header.items() if name != "rt_torch_tensor_eye"]
    bound = [(n, r, [(p, "int64_t") for p, _ in ps] if n == "rt_torch_tensor_full" else ps) for n, r, ps in bound]
    assert compare("python", declarations_from_bindings(bound), header) == [
        "python: rt_torch_tensor_full: parameter 1 (dims) is int64_t, the C header says const int64_t*",
        "python: rt_torch_tensor_full: parameter 3 (value) is int64_t, the C header says double",
        "python: rt_torch_tensor_eye: missing (the C header declares it)",
    ]


def test_planted_error_code_mismatches_are_reported() -> None:
    reference = header_error_codes(HEADER.read_text())
    rust = plant(RUST_ERROR.read_text(), "            3 => ErrorKind::Value,", "            99 => ErrorKind::Value,")
    assert compare_codes("rust", rust_error_codes(rust), reference) == ["rust: error code value: 99, the C header says 3"]
    spl = plant(SIMPLE_MOD.read_text(), '        return "index"\n', '        return "indexes"\n')
    assert compare_codes("simple", simple_error_codes(spl), reference) == [
        "simple: error code index: missing",
        "simple: error code indexes: not in the C header",
    ]
    cdef = plant(CDEF.read_text(), "#define RT_TORCH_ERR_OTHER 7\n", "")
    assert compare_codes("cffi", cffi_error_codes(cdef), reference) == ["cffi: error code other: missing"]


def test_unreadable_input_is_an_error_not_a_pass() -> None:
    with pytest.raises(ConformanceError, match="ffi.rs has no extern"):
        rust_declarations("pub fn nothing() {}")
    with pytest.raises(ConformanceError, match="ffi.spl does not parse"):
        simple_declarations("extern fn broken(\n")
    with pytest.raises(ConformanceError, match="build_cffi.py has no CDEF string"):
        cffi_declarations("X = 1\n")


def test_golden_record_tiers_agree_for_every_type_of_the_vocabulary() -> None:
    """The fixture catalogue uses every type: each lowering table is exercised whole."""
    from conftest import ROOT

    from generator.loader import load_catalogue

    golden = ROOT / "tests" / "golden"
    fixture = load_catalogue(golden / "fixture.yaml")
    expected = golden / "expected"
    header = header_declarations((expected / "cpp" / "torch_sffi.h").read_text())
    assert len(header) == len(fixture.functions)
    assert compare("catalogue", catalogue_declarations(fixture), header) == []
    assert compare("cffi", cffi_declarations((expected / "cffi" / "build_cffi.py").read_text()), header) == []
    assert compare("rust", rust_declarations((expected / "rust" / "src" / "ffi.rs").read_text()), header) == []
    assert compare("simple", simple_declarations((expected / "simple" / "ffi.spl").read_text()), header) == []
