"""The call lock: which functions run alone, which beside others and which take no lock, as
generator/abi.py (`access`) derives it from catalogue facts, and the guard each generated
function of the bridge holds accordingly. The behaviour under threads is tested by
tests/test_threads.py (aliases.c) and tests/test_fork.py.
"""

from __future__ import annotations

import re

import pytest
from conftest import GENERATED, ROOT

from generator import abi
from generator.abi import Access
from generator.model import AUTOGRAD, Catalogue

# binds that use a tensor's .grad itself, and binds that run the autograd engine: each must say
# so in the catalogue (`autograd: grad` / `autograd: engine`), or the rule would not see it.
USES_GRAD = re.compile(r"\.grad\(\)|mutable_grad|sffi::(?:set|zero)_grad\(")
RUNS_ENGINE = re.compile(r"\.backward\(|autograd::(?:backward|grad)\(")

FUNCTION = re.compile(r"^RT_TORCH_API [^\n]*? (rt_torch_\w+)\(.*?\n}\n", re.S | re.M)
GUARD = {"const sffi::SharedCall call_lock;": Access.SHARED, "const sffi::ExclusiveCall call_lock;": Access.EXCLUSIVE}


def generated_guards() -> dict[str, tuple[Access, str]]:
    """Each generated function: the guard it holds, and its body."""
    out: dict[str, tuple[Access, str]] = {}
    for path in sorted((GENERATED / "cpp").glob("ops_*.cpp")):
        for m in FUNCTION.finditer(path.read_text()):
            body = m.group(0)
            held = [access for line, access in GUARD.items() if line in body]
            assert len(held) <= 1, body
            out[m.group(1)] = (held[0] if held else Access.NONE, body)
    return out


def test_in_place_and_grad_functions_run_alone(catalogue: Catalogue) -> None:
    alone = {f.name for f in catalogue.functions if abi.access(f) is Access.EXCLUSIVE}
    in_place = {f.name for f in catalogue.functions if any(p.type.mutable for p in f.params) and not f.collective}
    assert in_place <= alone
    assert alone - in_place == {"rt_torch_autograd_grad"}  # reads .grad; no Tensor(a!) to say so
    assert {"rt_torch_autograd_set_grad", "rt_torch_autograd_zero_grad", "rt_torch_autograd_set_requires_grad",
            "rt_torch_torchtensor_add_", "rt_torch_torchtensor_copy_", "rt_torch_torchtensor_zero_"} <= alone  # fmt: skip


def test_backward_and_ordinary_functions_run_beside_others(catalogue: Catalogue) -> None:
    by_name = catalogue.by_name
    for name in ("rt_torch_autograd_backward", "rt_torch_autograd_requires_grad", "rt_torch_torchtensor_add",
                 "rt_torch_torchtensor_contiguous", "rt_torch_tensor_randn", "rt_torch_manual_seed"):  # fmt: skip
        assert abi.access(by_name[name]) is Access.SHARED, name


def test_only_the_handle_table_and_error_state_take_no_lock(catalogue: Catalogue) -> None:
    none = {f.name for f in catalogue.functions if abi.access(f) is Access.NONE}
    collective = {f.name for f in catalogue.functions if f.collective}
    assert none == {f.name for f in catalogue.functions if f.role is not None or f.keeps_error_state} | collective
    assert collective == {
        "rt_torch_dist_init", "rt_torch_dist_init_env", "rt_torch_dist_all_reduce_", "rt_torch_dist_broadcast_",
        "rt_torch_dist_all_gather", "rt_torch_dist_reduce_scatter_", "rt_torch_dist_barrier",
    }  # fmt: skip
    assert none - collective == {
        "rt_torch_torchtensor_free", "rt_torch_torchtensor_release", "rt_torch_torchstream_free", "rt_torch_jit_module_release", "rt_torch_dist_release",
        "rt_torch_error_code", "rt_torch_error_message",
        "rt_torch_warning_count", "rt_torch_warning_message", "rt_torch_warning_kind",
    }  # fmt: skip


def test_every_use_of_grad_and_of_the_engine_is_marked(catalogue: Catalogue) -> None:
    """What the rule cannot see in the schema types, the catalogue states: an entry whose binds
    touches .grad says `autograd: grad`; one that runs the engine says `autograd: engine`."""
    for f in catalogue.functions:
        if USES_GRAD.search(f.binds):
            assert f.autograd == "grad", f"{f.name}: binds `{f.binds}` uses .grad but the entry lacks `autograd: grad`"
        if RUNS_ENGINE.search(f.binds):
            assert f.autograd == "engine", f"{f.name}: binds `{f.binds}` runs the engine but lacks `autograd: engine`"
    assert {f.name for f in catalogue.functions if f.autograd == "grad"} == {
        "rt_torch_autograd_grad", "rt_torch_autograd_set_grad", "rt_torch_autograd_zero_grad",
    }  # fmt: skip
    assert {f.name for f in catalogue.functions if f.autograd == "engine"} == {
        "rt_torch_autograd_backward", "rt_torch_autograd_backward_v2",
    }  # fmt: skip


def test_every_generated_function_holds_the_lock_its_access_says(catalogue: Catalogue) -> None:
    guards = generated_guards()
    assert set(guards) == {f.name for f in catalogue.functions}
    for f in catalogue.functions:
        access, body = guards[f.name]
        assert access is abi.access(f), f.name
        if access is not Access.NONE:
            # after the argument conversions (handle lookups run outside the lock), right
            # before the catalogue's expression
            lines = [line.strip() for line in body.splitlines()]
            at = next(i for i, line in enumerate(lines) if line.endswith("call_lock;"))
            assert lines[at + 1].startswith("#line ") and lines[at + 1].endswith(f'"spec/torch_api.yaml@{f.name}"'), f.name
            assert not any("sffi::tensor_arg" in line or "sffi::tensor_args" in line for line in lines[at:]), f.name


def test_the_header_states_the_rule_and_marks_each_function(catalogue: Catalogue) -> None:
    header = (GENERATED / "cpp" / "torch_sffi.h").read_text()
    assert " *  - Threads: any function may be called from any number of threads at once" in header
    for f in catalogue.functions:
        doc = header[: header.index(f" {f.name}(")].rsplit("/*", 1)[1]
        flat = " ".join(line.strip(" *") for line in doc.splitlines())
        assert ("Runs alone:" in flat) == (abi.access(f) is Access.EXCLUSIVE), f.name
        assert ("Runs the autograd engine" in flat) == (f.autograd == "engine"), f.name


@pytest.mark.parametrize("value", sorted(AUTOGRAD))
def test_each_autograd_value_is_documented(value: str) -> None:
    assert f"`autograd: {value}`" in (ROOT / "docs" / "catalogue.md").read_text()
