"""generated/simple/mod.spl: the Simple tier 3 module over ffi.spl.

Every catalogue function is reachable from it, through the member the layout promises
(Tensor method or constructor, Stream method or constructor, module function); every call
is followed by an error check that reads the error state through ffi.spl's declarations.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import GENERATED, ROOT

from generator.errors import GenerationError
from generator.model import Catalogue
from generator.render import TEMPLATES, render_tree
from generator.simple_syntax import KEYWORDS, Module, parse
from generator.targets import simple
from generator.targets.common import DESTRUCTORS, is_release, placement

MOD = GENERATED / "simple" / "mod.spl"


@pytest.fixture(scope="module")
def mod() -> Module:
    ffi_module, problems = parse((GENERATED / "simple" / "ffi.spl").read_text(), "ffi.spl")
    assert problems == []
    module, problems = parse(MOD.read_text(), "mod.spl", {"lib.torch.ffi": ffi_module})
    assert problems == []
    return module


def where(fn_name: str, catalogue: Catalogue) -> str:
    """The member of mod.spl that wraps a function, as 'Class.name' or 'name'."""
    fn = catalogue.by_name[fn_name]
    if fn.name in DESTRUCTORS.values():
        return f"{placement(fn).owner}.drop"
    if is_release(fn):
        return f"{placement(fn).owner}.free"
    owner = placement(fn).owner
    name = simple.mod_name(fn)
    return f"{owner}.{name}" if owner else name


def test_every_catalogue_function_is_reachable_through_its_member(catalogue: Catalogue, mod: Module) -> None:
    assert {f.name for f in catalogue.functions} <= mod.calls
    for fn in catalogue.functions:
        member = where(fn.name, catalogue)
        assert fn.name in mod.calls_in.get(member, set()), f"{member} does not call {fn.name}"


def test_members_sit_where_the_layout_says(catalogue: Catalogue, mod: Module) -> None:
    tensor, stream = mod.classes["Tensor"], mod.classes["Stream"]
    assert tensor.fields == {"handle": "i64", "owns_handle": "bool"}
    assert tensor.methods["zeros"].kind == "static"
    assert tensor.methods["cat"].kind == "static"  # a tensor list first: a constructor
    assert tensor.methods["add"].kind == "fn"
    assert [p.name for p in tensor.methods["add"].params] == ["other"]  # self is the tensor
    assert tensor.methods["backward"].kind == "fn"  # autograd with a tensor first: a method
    assert tensor.methods["free"].kind == "me" and tensor.methods["drop"].kind == "me"
    assert stream.methods["create"].kind == "static" and stream.methods["sync"].kind == "fn"
    assert "conv2d" in mod.functions and "no_grad_begin" in mod.functions
    assert "cuda_memory_allocated" in mod.functions and "torch_version" in mod.functions
    # every member name and every parameter name is a legal Simple identifier
    names = [n for c in mod.classes.values() for n in c.methods] + list(mod.functions)
    params = [p.name for c in mod.classes.values() for s in c.methods.values() for p in s.params]
    params += [p.name for s in mod.functions.values() for p in s.params]
    assert not (set(names) | set(params)) & KEYWORDS
    assert tensor.methods["variance"].result == "Result<f64, TorchError>"  # `var` is a keyword


def test_signatures_use_wrapper_types_results_and_defaults(mod: Module) -> None:
    tensor = mod.classes["Tensor"]
    assert tensor.methods["add"].result == "Result<Tensor, TorchError>"
    assert tensor.methods["shape"].result == "Result<[i64], TorchError>"
    assert tensor.methods["svd"].result == "Result<[Tensor], TorchError>"
    assert tensor.methods["backward"].result == "Result<(), TorchError>"
    assert tensor.methods["to_stream"].params[-1].type == "Stream"
    conv = mod.functions["conv2d"]
    assert [(p.name, p.type, p.has_default) for p in conv.params] == [
        ("input", "Tensor", False),
        ("weight", "Tensor", False),
        ("bias", "Tensor", True),
        ("stride", "[i64]", True),
        ("padding", "[i64]", True),
        ("dilation", "[i64]", True),
        ("groups", "i64", True),
    ]
    text = MOD.read_text()
    assert "bias: Tensor = Tensor.none(), stride: [i64] = [1, 1]" in text
    assert "eps: f64 = 1e-05" in text
    assert "static fn cat(tensors: [Tensor], dim: i64 = 0)" in text
    # functions that read the error state return it unchecked
    assert mod.functions["error_code"].result == "i32"
    assert mod.functions["error_message"].result == "text"


def test_every_call_is_followed_by_an_error_check(catalogue: Catalogue) -> None:
    lines = MOD.read_text().splitlines()
    checks = {r.check for r in simple.MOD_RESULT.values() if r.check}
    for fn in catalogue.functions:
        if is_release(fn):
            continue
        if fn.keeps_error_state:  # the error getters, which the checks themselves call
            header = lines.index(next(line for line in lines if line.startswith(f"fn {simple.mod_name(fn)}(")))
            assert lines[header + 1] == f"    {fn.name}()", fn.name
            continue
        at = [i for i, line in enumerate(lines) if re.search(rf"\b{fn.name}\(", line)]
        assert len(at) == 1, fn.name
        line = lines[at[0]].strip()
        if fn.is_void:
            assert line.startswith(f"{fn.name}(") and lines[at[0] + 1].strip() == "check_done()", fn.name
        else:
            helper = line.split("(", 1)[0]
            assert helper in checks and helper == simple.MOD_RESULT[fn.result.type.name].check, line


def test_error_checks_read_code_and_message_through_ffi(catalogue: Catalogue, mod: Module) -> None:
    assert mod.calls_in["last_error"] >= {"rt_torch_error_code", "rt_torch_error_message", "error_kind"}
    assert mod.calls_in["check_done"] >= {"rt_torch_error_code", "last_error"}
    for check in {r.check for r in simple.MOD_RESULT.values() if r.check}:
        assert "last_error" in mod.calls_in[check], check
    # sentinels that may be legitimate values are confirmed by the error code
    for check in ("optional_tensor_result", "i32_result", "i64_result", "bool_result", "f64_result", "text_result"):
        assert "rt_torch_error_code" in mod.calls_in[check], check
    text = MOD.read_text()
    for e in catalogue.error_codes:
        assert f'    if code == {e.code}:\n        return "{e.name}"\n' in text
    assert mod.classes["TorchError"].fields == {"code": "i32", "kind": "text", "message": "text"}


def test_free_and_drop_release_handles(mod: Module) -> None:
    assert mod.calls_in["Tensor.free"] == {"rt_torch_torchtensor_free", "check_done"}
    assert mod.calls_in["Tensor.drop"] == {"rt_torch_torchtensor_release"}  # leaves the error state alone
    assert mod.calls_in["Stream.free"] == {"rt_torch_torchstream_free", "check_done"}
    assert mod.calls_in["Stream.drop"] == {"rt_torch_torchstream_free"}


def test_exports_name_the_public_api(mod: Module) -> None:
    assert mod.uses == [("lib.torch.ffi", None, mod.uses[0][2])]
    exported = [n for n, _ in mod.exports]
    assert exported[:3] == ["TorchError", "Tensor", "Stream"]
    assert exported[-2:] == ["SGD", "Adam"]
    assert set(exported[3:-2]) == set(mod.functions) - {
        "error_kind",
        "last_error",
        "check_done",
        "handles_of",
        *{r.check for r in simple.MOD_RESULT.values() if r.check},
        "optimizer_error",
        "state_zeros_like",
        "param_states",
        "zero_grads",
    }


# ---------------------------------------------------------------------------- the optimizers

OPTIMIZER_MATH = ("neg", "add_", "add_scalar_", "mul_scalar_", "addcmul_", "addcdiv_", "lerp_", "maximum", "copy_", "sqrt", "div_scalar")


def _body(text: str, header: str) -> str:
    """The lines of the definition that starts with `header`, up to the next one at its level."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith(header))
    indent = len(lines[start]) - len(lines[start].lstrip())
    end = next((j for j in range(start + 1, len(lines)) if lines[j].strip() and len(lines[j]) - len(lines[j].lstrip()) <= indent), len(lines))
    return "\n".join(lines[start:end])


def test_optimizers_sit_in_classes_with_pytorchs_options(mod: Module) -> None:
    sgd, adam, state = mod.classes["SGD"], mod.classes["Adam"], mod.classes["ParamState"]
    assert [p.name for p in sgd.methods["create"].params] == ["params", "lr", "momentum", "dampening", "weight_decay", "nesterov", "maximize"]
    assert [p.name for p in adam.methods["create"].params] == ["params", "lr", "beta1", "beta2", "eps", "weight_decay", "amsgrad", "maximize"]
    for cls in (sgd, adam):
        assert cls.methods["create"].kind == "static" and cls.methods["create"].result == f"Result<{cls.name}, TorchError>"
        assert cls.methods["step"].kind == "me" and cls.methods["step"].result == "Result<(), TorchError>"
        assert [(p.name, p.has_default) for p in cls.methods["zero_grad"].params] == [("set_to_none", True)]
        assert cls.fields["states"] == "[ParamState]"
    assert state.methods["sgd_update"].kind == "me" and state.methods["adam_update"].kind == "me"
    # a step brackets the updates with a no_grad region, through the module's own functions
    assert mod.calls_in["SGD.step"] == mod.calls_in["Adam.step"] == {"no_grad_begin", "no_grad_end"}


def test_optimizers_call_tensor_methods_that_exist(catalogue: Catalogue, mod: Module) -> None:
    """The checker cannot type a value's method calls: every `.name(` of the section is checked here."""
    text = MOD.read_text()
    section = text[text.index("# Optimizers") : text.index("# Exports")]
    called = set(re.findall(r"\.(\w+)\(", section))
    known = {m for c in ("Tensor", "ParamState", "SGD", "Adam") for m in mod.classes[c].methods} | {"len", "push"}
    assert called - known == set()
    ops = simple.optimizer_ops(catalogue)
    assert ops is not None and {ops[r] for r in ops if r not in simple.OPTIMIZER_MODULE_FUNCTIONS} <= called | {ops["set_grad"], ops["zero_grad"]}


@pytest.mark.parametrize(("cls", "update"), [("SGD", "sgd_update"), ("Adam", "adam_update")])
def test_optimizer_updates_make_the_python_tiers_operations_in_its_order(catalogue: Catalogue, cls: str, update: str) -> None:
    """The Python optimizers are checked against torch.optim number for number (test_training.py);
    the Simple ones, which cannot run here, make the same tensor operations in the same order."""
    ops = simple.optimizer_ops(catalogue)
    assert ops is not None
    role_of = {name: role for role, name in ops.items()}
    text = MOD.read_text()
    simple_code = _body(text, "fn step_grad(") + "\n" + _body(text, f"me {update}(")
    simple_seq = [role_of[m] for m in re.findall(r"\.(\w+)\(", simple_code) if role_of.get(m) in OPTIMIZER_MATH]
    python_code = (ROOT / "templates" / "python" / "optim.py.j2").read_text()
    python_body = _body(python_code[python_code.index(f"class {cls}(") :], "def _update(")
    python_seq = [m for m in re.findall(r"_rt_(\w+)\(", python_body) if m in OPTIMIZER_MATH]
    assert simple_seq == python_seq
    assert len(python_seq) >= 6


def test_a_keyword_name_is_a_generation_error(catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(simple.MOD_NAME, "rt_torch_torchtensor_var", "var")
    with pytest.raises(GenerationError, match=r"rt_torch_torchtensor_var would be named 'var', a Simple keyword; add it to MOD_NAME"):
        render_tree(catalogue, ("simple",))


def test_rendered_code_the_checker_rejects_is_a_generation_error(catalogue: Catalogue, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    mod_template = templates / "simple" / "mod.spl.j2"
    body = mod_template.read_text()
    assert "    me drop():\n" in body
    mod_template.write_text(body.replace("    me drop():\n", "    fn drop() -> void:\n"))
    with pytest.raises(GenerationError) as info:
        render_tree(catalogue, ("simple",), templates=templates)
    message = str(info.value)
    assert "target simple: the rendered Simple code does not pass the checker (from spec/torch_api.yaml)" in message
    line = next(i for i, l in enumerate((ROOT / "generated/simple/mod.spl").read_text().splitlines(), 1) if "me drop():" in l)
    assert f"generated/simple/mod.spl:{line}: 'void' is not a Simple type" in message
