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


def test_lost_results_are_restored_and_recorded(catalogue: Catalogue) -> None:
    by = catalogue.by_name
    assert by["rt_torch_torchtensor_svd"].result.type.name == "tensor[]"
    assert by["rt_torch_torchtensor_eig"].result.type.name == "tensor[]"
    assert by["rt_torch_torchtensor_max_dim"].result.type.name == "tensor[]"
    for name in ("svd", "eig", "max_dim", "min_dim"):
        assert by[f"rt_torch_torchtensor_{name}"].deviation
    for loss in ("mse_loss", "cross_entropy", "binary_cross_entropy", "nll_loss"):
        fn = by[f"rt_torch_nn_{loss}"]
        assert fn.result.type.name == "tensor" and fn.deviation, fn.name


def test_every_reference_function_names_its_pytorch_counterpart(catalogue: Catalogue) -> None:
    without = [f.name for f in catalogue.reference_functions if f.pytorch is None]
    # Freeing handles has no Python counterpart (the garbage collector does it there).
    assert without == ["rt_torch_available", "rt_torch_torchstream_free", "rt_torch_torchtensor_free"]
