"""The catalogue holds the reference API exactly: names, categories, order and counts."""

from __future__ import annotations

import csv
from collections import Counter

from conftest import ROOT

from generator.model import Catalogue

REFERENCE = ROOT.parent / "shared" / "reference" / "catalogue_104.tsv"
REFERENCE_COPY = ROOT / "spec" / "reference_catalogue_104.tsv"

# The contract: the 14 categories and their sizes.
COUNTS = {
    "Library Information": 3,
    "Tensor Creation": 10,
    "Element-wise Arithmetic": 12,
    "Activation Functions": 7,
    "Linear Algebra": 9,
    "Reductions": 12,
    "Shape Manipulation": 11,
    "Indexing and Slicing": 6,
    "Neural Network Operations": 8,
    "Loss Functions": 4,
    "Autograd": 8,
    "Device Management": 6,
    "CUDA Streams": 4,
    "Memory Management": 4,
}


def reference_rows() -> list[dict[str, str]]:
    with REFERENCE_COPY.open(newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_reference_copy_is_current() -> None:
    if REFERENCE.exists():  # the shared folder sits beside a developer checkout, not in CI
        assert REFERENCE.read_bytes() == REFERENCE_COPY.read_bytes()


def test_the_104_names_in_reference_order(catalogue: Catalogue) -> None:
    names = [f.name for f in catalogue.reference_functions]
    assert names == [r["c_name"] for r in reference_rows()]
    assert len(names) == 104


def test_categories_match_the_reference(catalogue: Catalogue) -> None:
    for row in reference_rows():
        fn = catalogue.by_name[row["c_name"]]
        assert fn.category.title.lower() == row["category"].lower(), fn.name
    counts = Counter(f.category.title for f in catalogue.reference_functions)
    assert dict(counts) == COUNTS


def test_reference_functions_come_first_then_extensions(catalogue: Catalogue) -> None:
    flags = [f.extension for f in catalogue.functions]
    assert flags == sorted(flags), "extensions follow the 104 reference functions"
    assert catalogue.extensions, "the ABI needs its extensions (errors, data access, ...)"


def test_every_entry_is_documented(catalogue: Catalogue) -> None:
    for fn in catalogue.functions:
        assert fn.summary and fn.binds, fn.name
        assert all(p.doc for p in fn.params), fn.name
        assert fn.is_void or fn.result.doc, fn.name


def test_parameter_lists_match_the_reference_where_no_deviation_is_recorded(catalogue: Catalogue) -> None:
    """Same parameter names, in order, unless the entry says why it differs."""
    for row in reference_rows():
        fn = catalogue.by_name[row["c_name"]]
        ref = [p.strip().split()[-1].lstrip("*") for p in row["params_c"].split(",") if p.strip()]
        if [p.name for p in fn.params] != ref:
            assert fn.deviation, f"{fn.name}: parameters {fn.param_names} differ from the reference {ref}"


# The reference's C types -> how our C ABI spells them (SplArray* is the Simple runtime's
# array: our core ABI takes a pointer and a length, and returns arrays through a caller buffer).
C_TYPES = {"int64_t": "int64_t", "int32_t": "int32_t", "double": "double", "bool": "bool", "char*": "const char*", "void": "void"}
SIMPLE_RESULTS = {"int64_t": "i64", "int32_t": "i32", "double": "f64", "bool": "bool", "const char*": "text"}


def test_the_104_keep_the_reference_signatures_exactly(catalogue: Catalogue) -> None:
    """A published symbol never changes its signature: C types, parameter order and the Simple
    result type of every reference function are the reference's."""
    from generator import abi

    for row in reference_rows():
        fn = catalogue.by_name[row["c_name"]]
        sig = abi.signature(fn)
        ref_params = [p.strip().rsplit(" ", 1)[0] for p in row["params_c"].split(",") if p.strip()]
        ours: list[str] = []
        for p in fn.params:
            c = sig.by_param[p.name]
            ours.append("SplArray*" if abi.param_lowering(p.type).is_array else c[0].c_type)
            assert len(c) == 1 or abi.param_lowering(p.type).is_array, f"{fn.name}: {p.name} is not one C value"
        assert ours == [t if t == "SplArray*" else C_TYPES[t] for t in ref_params], f"{fn.name}: {ours} != {ref_params}"
        ref_return = row["return_type_c"]
        if ref_return == "SplArray*":
            assert sig.result.is_buffer, fn.name
            simple = "[i64]"
        else:
            assert not sig.result.is_buffer and sig.return_type == C_TYPES[ref_return], f"{fn.name}: returns {sig.return_type}, the reference {ref_return}"
            simple = SIMPLE_RESULTS.get(sig.return_type, "(none)")
        assert simple == row["simple_return_type"], f"{fn.name}: Simple result {simple}, the reference {row['simple_return_type']}"


def test_the_better_forms_of_lossy_reference_functions_exist(catalogue: Catalogue) -> None:
    """Where the reference loses information, an extension under its own name has it all."""
    by = catalogue.by_name
    assert [f.name for f in by["rt_torch_torchtensor_linalg_svd"].result.fields] == ["U", "S", "Vh"]
    assert [f.name for f in by["rt_torch_torchtensor_linalg_eig"].result.fields] == ["eigenvalues", "eigenvectors"]
    for which in ("max", "min"):
        assert [f.name for f in by[f"rt_torch_torchtensor_{which}_dim_v2"].result.fields] == ["values", "indices"]
    for loss in ("mse_loss", "cross_entropy", "binary_cross_entropy", "nll_loss"):
        assert by[f"rt_torch_nn_{loss}"].result.type.spelling == "float"
        assert by[f"rt_torch_nn_{loss}_v2"].result.type.spelling == "Tensor", loss
    for name in ("std", "var", "det", "norm"):
        assert by[f"rt_torch_torchtensor_{name}"].result.type.spelling == "float"
    assert by["rt_torch_torchtensor_linalg_det"].result.type.spelling == "Tensor"


def test_no_reference_function_deviates_from_the_reference(catalogue: Catalogue) -> None:
    """The 104 behave as the reference documents: `sffi-gen list --deviations` lists none of
    them (better forms are extensions under their own names)."""
    from generator.listing import select

    names = {r["c_name"] for r in reference_rows()}
    listed = {f.name for f in select(catalogue, (), None, deviations=True, cuda=False)}
    assert not listed & names, sorted(listed & names)
    assert all(f.deviation is None for f in catalogue.reference_functions)


# Reference functions whose behaviour PyTorch's counterpart does differently: the reference
# form keeps the reference's behaviour, the extension has PyTorch's (or checks what the
# reference let pass), and the wrapper tiers use the extension.
CHECKED_FORMS = {
    "rt_torch_torchtensor_argmax": "rt_torch_torchtensor_argmax_v2",
    "rt_torch_torchtensor_argmin": "rt_torch_torchtensor_argmin_v2",
    "rt_torch_torchtensor_view": "rt_torch_torchtensor_view_v2",
    "rt_torch_nn_linear": "rt_torch_nn_linear_v2",
    "rt_torch_autograd_no_grad_begin": "rt_torch_autograd_no_grad_begin_v2",
    "rt_torch_autograd_no_grad_end": "rt_torch_autograd_no_grad_end_v2",
    "rt_torch_torchtensor_to_stream": "rt_torch_torchtensor_to_stream_v2",
    "rt_torch_torchstream_sync": "rt_torch_torchstream_sync_v2",
    "rt_torch_torchstream_query": "rt_torch_torchstream_query_v2",
}


def test_the_pytorch_forms_of_reference_functions_exist(catalogue: Catalogue) -> None:
    by = catalogue.by_name
    for ref, ext in CHECKED_FORMS.items():
        assert not by[ref].extension and by[ext].extension, ext
        assert by[ref].python.kind == "internal", f"{ref}: the Python tier uses {ext}"
        assert by[ext].python.kind != "internal", ext
        assert by[ref].pytorch == by[ext].pytorch, ext
    assert by["rt_torch_nn_linear"].params[2].type.spelling == "Tensor"
    assert by["rt_torch_nn_linear_v2"].params[2].type.spelling == "Tensor?"


def test_every_reference_function_names_its_pytorch_counterpart(catalogue: Catalogue) -> None:
    without = [f.name for f in catalogue.reference_functions if f.pytorch is None]
    # Freeing handles has no Python counterpart (the garbage collector does it there).
    assert without == ["rt_torch_available", "rt_torch_torchstream_free", "rt_torch_torchtensor_free"]
