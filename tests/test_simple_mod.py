"""generated/simple/mod.spl: the Simple tier 3 module over ffi.spl.

Every catalogue function is reachable from it, through the member the layout promises
(Tensor method or constructor, Stream method or constructor, module function), with PyTorch's
signature in Simple's terms (defaults, `T?` with nil, Scalar, DType, Device, enums as text,
named-result classes, in-place methods); every call is followed by an error check that reads
the error state through ffi.spl's declarations of the catalogue's error roles. The hand-written
parts (runtime/simple/) are embedded verbatim and checked where they are.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

import pytest
from conftest import GENERATED, ROOT

from generator import abi, runtime
from generator.errors import GenerationError
from generator.keywords import SIMPLE
from generator.loader import load_catalogue
from generator.model import Catalogue, TierFacts
from generator.render import TEMPLATES, render_tree
from generator.simple_syntax import Module, Signature, parse
from generator.targets import simple
from generator.targets.common import destructor_function, error_protocol, is_release, placement, release_function

MOD = GENERATED / "simple" / "mod.spl"
FIXTURE = ROOT / "tests" / "golden" / "fixture.yaml"
RUNTIME = ROOT / "runtime" / "simple"


def check(ffi_text: str, mod_text: str) -> Module:
    ffi_module, problems = parse(ffi_text, "ffi.spl")
    assert problems == []
    module, problems = parse(mod_text, "mod.spl", {"lib.torch.ffi": ffi_module})
    assert problems == []
    return module


@pytest.fixture(scope="module")
def mod() -> Module:
    return check((GENERATED / "simple" / "ffi.spl").read_text(), MOD.read_text())


@pytest.fixture(scope="module")
def fixture() -> Catalogue:
    return load_catalogue(FIXTURE, display="fixture.yaml", source="fixture.yaml")


@pytest.fixture(scope="module")
def fixture_files(fixture: Catalogue) -> dict[str, str]:
    return render_tree(fixture, ("simple",)).files


@pytest.fixture(scope="module")
def fixture_mod(fixture_files: dict[str, str]) -> Module:
    return check(fixture_files["simple/ffi.spl"], fixture_files["simple/mod.spl"])


def where(fn_name: str, catalogue: Catalogue) -> str:
    """The member of mod.spl that wraps a function, as 'Class.name' or 'name'."""
    fn = catalogue.by_name[fn_name]
    if is_release(fn):
        owner = placement(fn).owner
        if destructor_function(catalogue, owner) is fn and release_function(catalogue, owner) is not fn:
            return f"{owner}.drop"
        return f"{owner}.free"
    owner = placement(fn).owner
    name = simple.mod_name(fn)
    return f"{owner}.{name}" if owner else name


def member(module: Module, catalogue: Catalogue, fn_name: str) -> Signature:
    place = where(fn_name, catalogue)
    owner, _, name = place.rpartition(".")
    return module.classes[owner].methods[name] if owner else module.functions[name]


def params(sig: Signature) -> list[tuple[str, str, bool]]:
    return [(p.name, p.type, p.has_default) for p in sig.params]


def wrapper_text(text: str, header: str) -> str:
    """The doc comment, signature and body of the wrapper whose signature starts with `header`."""
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.lstrip().startswith(header))
    start = at
    while lines[start - 1].lstrip().startswith("#"):
        start -= 1
    indent = len(lines[at]) - len(lines[at].lstrip())
    end = next(j for j in range(at + 1, len(lines)) if not lines[j].strip() or len(lines[j]) - len(lines[j].lstrip()) <= indent)
    return "\n".join(lines[start:end])


# ---------------------------------------------------------------------------- layout


@pytest.mark.parametrize("source", ["spec", "fixture"])
def test_every_catalogue_function_is_reachable_through_its_member(
    source: str, catalogue: Catalogue, fixture: Catalogue, mod: Module, fixture_mod: Module
) -> None:
    cat, module = (catalogue, mod) if source == "spec" else (fixture, fixture_mod)
    assert {f.name for f in cat.functions} <= module.calls
    for fn in cat.functions:
        place = where(fn.name, cat)
        assert fn.name in module.calls_in.get(place, set()), f"{place} does not call {fn.name}"


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
    assert "cuda_memory_allocated" in mod.functions
    # every member name and every parameter name is a legal Simple identifier
    names = [n for c in mod.classes.values() for n in c.methods] + list(mod.functions)
    params_ = [p.name for c in mod.classes.values() for s in c.methods.values() for p in s.params]
    params_ += [p.name for s in mod.functions.values() for p in s.params]
    assert not (set(names) | set(params_)) & SIMPLE


def test_names_come_from_the_catalogue(catalogue: Catalogue, mod: Module) -> None:
    """The stem, or the entry's Simple name (simple: {name: ...}); no table in the target."""
    named = [f for f in catalogue.functions if f.simple.name]
    assert named, "the catalogue gives some entries a Simple name"
    for fn in named:
        assert simple.mod_name(fn) == fn.simple.name
        assert member(mod, catalogue, fn.name) is not None
    assert mod.classes["Tensor"].methods["variance"].result == "Result<f64, TorchError>"  # `var` is a keyword
    assert "torch_version" in mod.functions and "torch_available" in mod.functions
    source = (ROOT / "generator" / "targets" / "simple.py").read_text()
    assert "rt_torch_" not in source


def test_a_keyword_name_is_a_generation_error(catalogue: Catalogue) -> None:
    fn = catalogue.by_name["rt_torch_torchtensor_var"]
    renamed = dataclasses.replace(fn, simple=TierFacts("var"))
    with pytest.raises(GenerationError, match=r"rt_torch_torchtensor_var would be named 'var', a Simple keyword"):
        simple.mod_name(renamed)


def test_a_name_mod_spl_defines_itself_is_a_generation_error(catalogue: Catalogue) -> None:
    fns = tuple(dataclasses.replace(f, simple=TierFacts("free")) if f.name == "rt_torch_torchtensor_neg" else f for f in catalogue.functions)
    with pytest.raises(GenerationError, match=r"rt_torch_torchtensor_neg would be Tensor 'free', which mod.spl defines itself"):
        render_tree(dataclasses.replace(catalogue, functions=fns), ("simple",))
    fns = tuple(dataclasses.replace(f, simple=TierFacts("last_error")) if f.name == "rt_torch_nn_linear" else f for f in catalogue.functions)
    with pytest.raises(GenerationError, match=r"rt_torch_nn_linear would be module function 'last_error', which mod.spl defines itself"):
        render_tree(dataclasses.replace(catalogue, functions=fns), ("simple",))


# ---------------------------------------------------------------------------- signatures


def test_signatures_use_wrapper_types_results_and_defaults(catalogue: Catalogue, mod: Module) -> None:
    tensor = mod.classes["Tensor"]
    assert tensor.methods["add"].result == "Result<Tensor, TorchError>"
    assert tensor.methods["shape"].result == "Result<[i64], TorchError>"
    assert tensor.methods["backward"].result == "Result<bool, TorchError>"
    assert tensor.methods["to_stream"].params[-1].type == "Stream"
    assert params(mod.functions["conv2d"]) == [
        ("input", "Tensor", False),
        ("weight", "Tensor", False),
        ("bias", "Tensor?", True),
        ("stride", "[i64]", True),
        ("padding", "[i64]", True),
        ("dilation", "[i64]", True),
        ("groups", "i64", True),
    ]
    text = MOD.read_text()
    assert "bias: Tensor? = nil, stride: [i64] = [1, 1]" in text
    assert "bias?.handle ?? 0" in wrapper_text(text, "fn conv2d(")
    assert "eps: f64 = 1e-05" in text
    assert "static fn cat(tensors: [Tensor], dim: i64 = 0)" in text
    # functions that read the error state return it unchecked
    assert mod.functions["error_code"].result == "i32"
    assert mod.functions["error_message"].result == "text"


def test_the_new_kinds_on_catalogue_entries(catalogue: Catalogue, mod: Module) -> None:
    text = MOD.read_text()
    # an optional list with a nil default, and a keyword-only optional dtype
    sum_dim = member(mod, catalogue, "rt_torch_torchtensor_sum_dim_intlist")
    assert params(sum_dim) == [("dim", "[i64]?", True), ("keepdim", "bool", True), ("dtype", "DType?", True)]
    body = wrapper_text(text, f"fn {simple.mod_name(catalogue.by_name['rt_torch_torchtensor_sum_dim_intlist'])}(")
    assert "dim: [i64]? = nil, keepdim: bool = false, dtype: DType? = nil" in body
    assert "(self.handle, dim ?? [], dim != nil, keepdim, dtype?.code ?? -1)" in body
    assert "keyword-only in PyTorch: pass it by name" in body
    # a Scalar, with Device? and DType?
    full = member(mod, catalogue, "rt_torch_tensor_full_v2")
    assert ("fill_value", "Scalar", False) in params(full) and full.kind == "static"
    assert "fill_value.value, fill_value.int_value, fill_value.kind" in wrapper_text(text, "static fn full_v2(")
    assert "device?.type_code ?? -1, device?.index ?? -1" in wrapper_text(text, "static fn full_v2(")
    # an optional Scalar: kind -1 for nil
    std = wrapper_text(text, "fn std_correction(")
    assert "correction: Scalar? = nil" in std and "correction?.kind ?? -1" in std
    # a dtype and a device
    assert params(member(mod, catalogue, "rt_torch_torchtensor_to_dtype")) == [("dtype", "DType", False)]
    to_device = member(mod, catalogue, "rt_torch_torchtensor_to_device")
    assert params(to_device)[0] == ("device", "Device", False)
    assert "(self.handle, device.type_code, device.index, dtype?.code ?? -1" in wrapper_text(text, "fn to_device(")
    assert member(mod, catalogue, "rt_torch_torchtensor_dtype").result == "Result<DType, TorchError>"
    # an enum: text with its default, the allowed values in the doc
    mse = wrapper_text(text, "fn mse_loss_v2(")
    assert 'reduction: text = "mean"' in mse
    assert '"none", "mean", "sum"' in " ".join(line.lstrip("# ") for line in mse.splitlines())
    # an optional enum: text? with nil
    assert "rounding_mode: text? = nil" in wrapper_text(text, "fn div_tensor_mode(")
    # a named result class
    max_dim = member(mod, catalogue, "rt_torch_torchtensor_max_dim_v2")
    assert max_dim.result == "Result<ValuesIndices, TorchError>"
    assert mod.classes["ValuesIndices"].fields == {"values": "Tensor", "indices": "Tensor"}
    assert mod.classes["ValuesIndices"].methods["of"].kind == "static"
    assert "Ok(ValuesIndices.of(tensors_result(rt_torch_torchtensor_max_dim_v2(" in wrapper_text(text, "fn max_dim_v2(")
    # an in-place method: documented as changing self, the error check as its result
    add_ = member(mod, catalogue, "rt_torch_torchtensor_add_")
    assert add_.kind == "fn" and add_.result == "Result<bool, TorchError>"
    assert "Changes self in place (PyTorch's Tensor(a!))" in wrapper_text(text, "fn add_(")
    # a list of optional tensors
    assert params(member(mod, catalogue, "rt_torch_torchtensor_index_tensor")) == [("indices", "[Tensor?]", False)]


def test_the_new_kinds_on_the_golden_fixture(fixture: Catalogue, fixture_mod: Module, fixture_files: dict[str, str]) -> None:
    text = fixture_files["simple/mod.spl"]
    tensor = fixture_mod.classes["Tensor"]
    assert params(tensor.methods["full"]) == [
        ("size", "[i64]", False),
        ("fill_value", "Scalar", False),
        ("device", "Device", True),
        ("dtype", "DType", True),
        ("scales", "[f64]", True),
    ]
    assert "device: Device = Device.cpu(), dtype: DType = DType.float32(), scales: [f64] = []" in text
    assert "alpha: Scalar = Scalar.int(1)" in text  # PyTorch's int default stays an int
    assert "fn clamp(min: Scalar? = nil, max: Scalar? = nil)" in text
    assert "padding: [i64] = [0]" in text  # int[2] default 0: one value stands for 2
    assert "static fn zeros_v2(size: [i64], dtype: DType? = nil, device: Device? = nil)" in text
    dropout = wrapper_text(text, "fn dropout(")
    assert "seed: i64? = nil, scale: f64? = nil, inplace: bool? = nil" in dropout
    assert "seed ?? 0, seed != nil, scale ?? 0.0, scale != nil, inplace ?? false, inplace != nil" in dropout
    assert 'reduction: text = "mean", weight: [f64]? = nil' in text
    assert "fn set_mode(mode: text? = nil) -> Result<f64, TorchError>:" in text
    assert tensor.methods["grad"].result == "Result<Tensor?, TorchError>"
    assert tensor.methods["index_tensor"].params[0].type == "[Tensor?]"
    assert tensor.methods["dtype"].result == "Result<DType, TorchError>"
    # named results: one class per shape, with the fields' names
    assert tensor.methods["max_dim"].result == "Result<ValuesIndices, TorchError>"
    assert fixture_mod.functions["max_pool2d_with_indices"].result == "Result<OutputIndices, TorchError>"
    assert fixture_mod.classes["OutputIndices"].fields == {"output": "Tensor", "indices": "Tensor"}
    assert fixture_mod.classes["OutputIndices"].methods["free"].kind == "me"
    # the in-place method under its Simple name
    assert tensor.methods["scale_in_place"].result == "Result<bool, TorchError>"
    assert "Changes self in place" in wrapper_text(text, "fn scale_in_place(")
    # dtypes and devices from the catalogue
    dtype, device = fixture_mod.classes["DType"], fixture_mod.classes["Device"]
    assert dtype.fields == {"code": "i32"}
    assert {n for n, s in dtype.methods.items() if s.kind == "static"} == {"int64", "float32", "float64", "bool"}
    assert "static fn float32() -> DType:\n        DType(code: 6)" in text
    assert device.fields == {"type_code": "i32", "index": "i32"}
    assert [(p.name, p.has_default) for p in device.methods["cuda"].params] == [("index", True)]
    assert "static fn cuda(index: i32 = -1) -> Device:\n        Device(type_code: 1, index: index)" in text
    # no layers in the fixture: no optimizers
    assert "SGD" not in fixture_mod.classes and "ParamState" not in fixture_mod.classes


def test_a_parameter_hiding_a_helper_is_a_generation_error(catalogue: Catalogue) -> None:
    fn = catalogue.by_name["rt_torch_nn_linear"]
    renamed = dataclasses.replace(fn, params=(fn.params[0], dataclasses.replace(fn.params[1], name="handles_of"), *fn.params[2:]))
    with pytest.raises(GenerationError, match=r"rt_torch_nn_linear: parameter 'handles_of' would hide mod.spl's helper"):
        simple.member(renamed, "", {})


def test_keyword_only_parameters_without_a_default_come_before_those_with_one(catalogue: Catalogue) -> None:
    p = catalogue.by_name["rt_torch_nn_linear_v2"].params
    moved = (p[0], dataclasses.replace(p[2], keyword_only=False), dataclasses.replace(p[1], keyword_only=True))
    fn = dataclasses.replace(catalogue.by_name["rt_torch_nn_linear_v2"], params=moved)
    m = simple.member(fn, "", {})
    assert m.signature.startswith("fn linear_v2(input: Tensor, weight: Tensor, bias: Tensor? = nil)")
    assert m.body == ("tensor_result(rt_torch_nn_linear_v2(input.handle, bias?.handle ?? 0, weight.handle))",)


def test_the_tables_cover_every_lowering_key() -> None:
    assert abi.missing_keys(dict(simple.MOD_PARAM)) == []
    assert abi.missing_keys(dict(simple.MOD_RESULT), results=True) == []
    for key, conv in simple.MOD_PARAM.items():
        lowering = abi.LOWERING[key]
        assert len(conv.args) == sum(1 for a in lowering.args if a.role is not abi.Role.LENGTH), key
        assert conv.type.endswith("?") == key.endswith("?"), key


# ---------------------------------------------------------------------------- error checks


def test_every_call_is_followed_by_an_error_check(catalogue: Catalogue) -> None:
    lines = MOD.read_text().splitlines()
    checks = {r.check for r in simple.MOD_RESULT.values() if r.check}
    for fn in catalogue.functions:
        if is_release(fn):
            continue
        if fn.keeps_error_state:  # the error getters, which the checks themselves call
            header = lines.index(next(line for line in lines if line.startswith(f"fn {simple.mod_name(fn)}(")))
            assert lines[header + 1] == f"    {fn.name}({', '.join(p.name for p in fn.params)})", fn.name
            continue
        at = [i for i, line in enumerate(lines) if re.search(rf"\b{fn.name}\(", line) and not line.lstrip().startswith("#")]
        assert len(at) == 1, fn.name
        line = lines[at[0]].strip()
        if fn.is_void:
            assert line.startswith(f"{fn.name}(") and lines[at[0] + 1].strip() == "check_done()", fn.name
        else:
            helper = re.search(rf"(\w+)\({fn.name}\(", line)
            assert helper is not None and helper.group(1) in checks, line
            assert helper.group(1) == simple.MOD_RESULT[fn.result.type.key].check, line


def test_error_checks_read_code_and_message_through_the_role_functions(catalogue: Catalogue, mod: Module) -> None:
    code_fn, message_fn = error_protocol(catalogue)
    assert mod.calls_in["last_error"] >= {code_fn.name, message_fn.name, "error_kind"}
    assert mod.calls_in["check_done"] >= {code_fn.name, "last_error"}
    for check_ in {r.check for r in simple.MOD_RESULT.values() if r.check}:
        assert "last_error" in mod.calls_in[check_], check_
    # sentinels that may be legitimate values are confirmed by the error code
    for check_ in ("optional_tensor_result", "i32_result", "i64_result", "bool_result", "f64_result", "text_result"):
        assert code_fn.name in mod.calls_in[check_], check_
    text = MOD.read_text()
    for e in catalogue.error_codes:
        assert f'    if code == {e.code}:\n        return "{e.name}"\n' in text
        assert f'    if kind == "{e.name}":\n        return {e.code}\n' in text
    assert mod.classes["TorchError"].fields == {"code": "i32", "kind": "text", "message": "text"}


def test_free_and_drop_release_handles(mod: Module) -> None:
    assert mod.calls_in["Tensor.free"] == {"rt_torch_torchtensor_free", "check_done"}
    assert mod.calls_in["Tensor.drop"] == {"rt_torch_torchtensor_release"}  # leaves the error state alone
    assert mod.calls_in["Stream.free"] == {"rt_torch_torchstream_free", "check_done"}
    assert mod.calls_in["Stream.drop"] == {"rt_torch_torchstream_free"}


def test_exports_name_the_public_api(mod: Module) -> None:
    assert mod.uses == [("lib.torch.ffi", None, mod.uses[0][2])]
    exported = [n for n, _ in mod.exports]
    # the runtime files export theirs (in the order they are embedded), then the generated part
    runtime_exports = ["TorchError", "Scalar"]
    for name in ("math.spl", "optim.spl", "nn.spl", "distributed.spl"):
        runtime_exports += [n for n, _ in parse((RUNTIME / name).read_text(), name)[0].exports]
    assert exported[: len(runtime_exports) + 2] == [*runtime_exports, "DType", "Device"]
    assert {"ValuesIndices", "Tensor", "Stream", "SGD", "Adam", "AdamW", "Rprop", "Module", "CrossEntropyLoss", "ProcessGroup", "DistributedDataParallel"} <= set(exported)
    # what the runtime files keep to themselves: their helpers
    helpers = set(simple.MOD_HELPERS)
    for name in ("math.spl", "optim.spl", "nn.spl", "distributed.spl"):
        fragment = parse((RUNTIME / name).read_text(), name)[0]
        helpers |= set(fragment.functions) - fragment.exported
    assert set(mod.functions) - set(exported) == helpers
    assert {"state_zeros_like", "param_states", "zero_grads", "kaiming_uniform_", "f32_of"} <= helpers
    assert "ParamState" not in exported


# ---------------------------------------------------------------------------- the hand-written parts


def test_the_runtime_files_are_embedded_verbatim_and_pass_the_checker_as_they_are(mod: Module) -> None:
    text = MOD.read_text()
    for name in ("errors.spl", "scalar.spl", "math.spl", "optim.spl", "nn.spl", "distributed.spl"):
        source = (RUNTIME / name).read_text()
        assert source.rstrip("\n") in text, name
        assert f"# From runtime/simple/{name} (hand-written, embedded verbatim):" in text
        assert parse(source, name, host=mod)[1] == [], name
    # on its own, a fragment names what the generated part defines
    problems = [str(p) for p in parse((RUNTIME / "optim.spl").read_text(), "optim.spl")[1]]
    line = (RUNTIME / "optim.spl").read_text().splitlines().index("fn state_zeros_like(p: Tensor) -> Result<Tensor, TorchError>:") + 1
    assert f"optim.spl:{line}: unknown type 'Tensor'" in problems


def test_scalar_keeps_the_kinds_of_the_c_abi(mod: Module) -> None:
    scalar = mod.classes["Scalar"]
    assert scalar.fields == {"value": "f64", "int_value": "i64", "kind": "i32"}
    text = (RUNTIME / "scalar.spl").read_text()
    for kind in ("float", "int", "bool"):
        assert scalar.methods[kind].kind == "static" and scalar.methods[kind].result == "Scalar"
        block = text[text.index(f"static fn {kind}(") :].split("\n\n")[0]
        assert set(re.findall(r"kind: (\d+)", block)) == {str(abi.SCALAR_KINDS[kind])}, kind


@pytest.fixture()
def runtime_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scratch copy of runtime/ that the targets read instead."""
    shutil.copytree(runtime.RUNTIME, tmp_path / "runtime")
    monkeypatch.setattr(runtime, "RUNTIME", tmp_path / "runtime")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "runtime" / "simple"


def _plant(path: Path, old: str, new: str) -> int:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    return text[: text.index(old)].count("\n") + 1


def test_a_scalar_kind_other_than_the_abis_is_a_generation_error(fixture: Catalogue, runtime_copy: Path) -> None:
    _plant(runtime_copy / "scalar.spl", "int_value: value, kind: 1)", "int_value: value, kind: 0)")
    with pytest.raises(GenerationError, match=r"runtime/simple/scalar.spl: Scalar.int sets kind 0; the C ABI's code for int is 1"):
        render_tree(fixture, ("simple",))


def test_a_missing_tensor_method_of_the_optimizers_is_a_generation_error(catalogue: Catalogue, runtime_copy: Path) -> None:
    """The catalogue without lerp_: the optimizers cannot be embedded, and the message names
    the line of runtime/simple/optim.spl that calls it."""
    line = (RUNTIME / "optim.spl").read_text().splitlines().index("        exp_avg.lerp_(grad, 1.0 - beta1)?") + 1
    fns = tuple(f for f in catalogue.functions if f.name != "rt_torch_torchtensor_lerp_")
    with pytest.raises(GenerationError) as info:
        render_tree(dataclasses.replace(catalogue, functions=fns), ("simple",))
    assert f"runtime/simple/optim.spl:{line}: the optimizers call .lerp_(...), which mod.spl does not define" in str(info.value)


def test_optimizer_calls_are_checked_against_the_tensor_methods(catalogue: Catalogue, runtime_copy: Path) -> None:
    line = _plant(runtime_copy / "optim.spl", "buf.add_(grad, alpha: 1.0 - dampening)?", "buf.add_(grad, alpah: 1.0 - dampening)?")
    with pytest.raises(GenerationError, match=rf"runtime/simple/optim.spl:{line}: Tensor.add_ has no parameter 'alpah'"):
        render_tree(catalogue, ("simple",))


def test_a_missing_module_function_of_the_optimizers_is_a_generation_error(catalogue: Catalogue, runtime_copy: Path) -> None:
    line = _plant(runtime_copy / "optim.spl", "        no_grad_end_v2()?\n", "        no_grad_stop()?\n")
    with pytest.raises(GenerationError, match=rf"runtime/simple/optim.spl:{line}: unknown name 'no_grad_stop'"):
        render_tree(catalogue, ("simple",))


def test_an_error_kind_the_catalogue_lacks_is_a_generation_error(catalogue: Catalogue, runtime_copy: Path) -> None:
    line = _plant(runtime_copy / "optim.spl", 'error_of("value", "Invalid rho', 'error_of("valu", "Invalid rho')
    with pytest.raises(GenerationError, match=rf"runtime/simple/optim.spl:{line}: makes a 'valu' error, which is no error code"):
        render_tree(catalogue, ("simple",))


def test_the_templates_stay_small() -> None:
    for template in (TEMPLATES / "simple").glob("*.j2"):
        assert len(template.read_text().splitlines()) <= 300, template.name


# ---------------------------------------------------------------------------- the optimizers
# (their operation order, options, checks and the module system: tests/test_simple_nn.py)


def test_optimizers_sit_in_classes_with_a_state_per_parameter(catalogue: Catalogue, mod: Module) -> None:
    optimizers = [w for w in simple.simple_layers(catalogue) if "." not in w and "step" in mod.classes[w].methods]
    assert optimizers == ["SGD", "Adam", "AdamW", "RMSprop", "Adagrad", "Adadelta", "Adamax", "NAdam", "RAdam", "ASGD", "Rprop"]
    state = mod.classes["ParamState"]
    for cls in (mod.classes[o] for o in optimizers):
        assert cls.methods["create"].kind == "static" and cls.methods["create"].result == f"Result<{cls.name}, TorchError>"
        assert cls.methods["step"].kind == "me" and cls.methods["step"].result == "Result<bool, TorchError>"
        assert [(p.name, p.has_default) for p in cls.methods["zero_grad"].params] == [("set_to_none", True)]
        assert cls.fields["states"] == "[ParamState]"
        # a step brackets the updates with a no_grad region, through the module's own functions
        assert mod.calls_in[f"{cls.name}.step"] == {"no_grad_begin_v2", "no_grad_end_v2"}
    assert state.fields["first"] == "Tensor?"  # nil until the first step makes it
    assert all(state.methods[m].kind == "me" for m in state.methods if m.endswith("_update"))


def test_optimizers_call_tensor_methods_that_exist(mod: Module) -> None:
    """Every method the optimizers and the module system call on a value is one of mod.spl's
    (the generator checks the same; here against the parsed module)."""
    text = MOD.read_text()
    section = text[text.index("# From runtime/simple/optim.spl") : text.index("# Data-parallel training")]
    first = text[: text.index(section)].count("\n") + 1
    last = first + section.count("\n")
    called = {name for name, _, _, line in mod.value_calls if first <= line <= last}
    runtime_classes = ("Tensor", "ParamState", "Module", "NamedTensor", *(n for n in mod.classes if n in mod.exported))
    known = {m for c in runtime_classes for m in mod.classes[c].methods} | set(simple.BUILTIN_METHODS)
    assert called and called - known == set()
    assert {"lerp_", "addcdiv_", "set_grad", "zero_grad", "grad", "clone", "free", "uniform_", "forward"} <= called


def test_data_parallel_training_calls_methods_that_exist(mod: Module) -> None:
    """runtime/simple/distributed.spl calls on values only methods mod.spl defines: the Tensor's
    (grad, data_i64, free) and its own classes' (the generator checks the same)."""
    text = MOD.read_text()
    section = text[text.index("# From runtime/simple/distributed.spl") : text.index("# Exports")]
    first = text[: text.index(section)].count("\n") + 1
    last = first + section.count("\n")
    called = {name for name, _, _, line in mod.value_calls if first <= line <= last}
    known = {m for c in ("Tensor", "ProcessGroup", "DistributedDataParallel") for m in mod.classes[c].methods} | set(simple.BUILTIN_METHODS)
    assert called - known == set()
    assert {"grad", "data_i64", "free", "broadcast", "all_reduce", "barrier"} <= called
    ddp = mod.classes["DistributedDataParallel"].methods
    assert {"of", "sync_gradients"} <= set(ddp)


# ---------------------------------------------------------------------------- the checker's verdict


def test_rendered_code_the_checker_rejects_is_a_generation_error(catalogue: Catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    api = templates / "simple" / "mod_api.spl.j2"
    body = api.read_text()
    assert "    me drop():\n" in body
    api.write_text(body.replace("    me drop():\n", "    me drop() -> Result<(), TorchError>:\n"))
    with pytest.raises(GenerationError) as info:
        render_tree(catalogue, ("simple",), templates=templates)
    message = str(info.value)
    assert "target simple: the rendered Simple code does not pass the checker (from spec/torch_api.yaml)" in message
    line = next(i for i, l in enumerate(MOD.read_text().splitlines(), 1) if "me drop():" in l)
    assert f"generated/simple/mod.spl:{line}: the unit type '()' (as in Result<(), E>) is accepted only by Simple's Rust-based parser" in message


def test_generated_file_matches_a_fresh_render(catalogue: Catalogue) -> None:
    assert render_tree(catalogue, ("simple",)).files["simple/mod.spl"] == MOD.read_text()
