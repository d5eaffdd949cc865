"""`sffi-gen snapshot-api`: the committed snapshot is what the pinned torch exposes.

These tests import torch (generation never does): the snapshot's namespaces, deprecated lists
and aliases are taken again from the installed torch and compared with spec/pytorch_api.json;
the usage counter is checked on a small synthetic package; a wrong torch version is refused.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import ROOT, run_cli

from generator import pytorch_api

SNAPSHOT = ROOT / "spec" / "pytorch_api.json"

torch = pytest.importorskip("torch")


@pytest.fixture(scope="module")
def committed() -> dict[str, Any]:
    return json.loads(SNAPSHOT.read_text())


@pytest.fixture(scope="module")
def fresh() -> dict[str, Any]:
    """The snapshot taken again from the installed torch, without the (slow) usage scan."""
    return pytorch_api.take_snapshot(torch, pytorch_api.UsageScan({}, {}, 0, []))


def test_the_pin_is_read_from_pyproject() -> None:
    assert pytorch_api.pinned_torch_version() == "2.13.0"
    assert pytorch_api.public_version(torch.__version__) == "2.13.0"


def test_committed_snapshot_lists_what_the_pinned_torch_exposes(committed: dict[str, Any], fresh: dict[str, Any]) -> None:
    assert committed["torch_version"] == torch.__version__
    assert [ns["name"] for ns in committed["namespaces"]] == [ns["name"] for ns in fresh["namespaces"]]
    for old, new in zip(committed["namespaces"], fresh["namespaces"]):
        strip = lambda ns: [{k: v for k, v in c.items() if k != "uses"} for c in ns["callables"]]  # noqa: E731
        assert strip(old) == strip(new), old["name"]
        assert old["deprecated"] == new["deprecated"], old["name"]
        assert old.get("attributes") == new.get("attributes"), old["name"]
        assert old["rule"] == new["rule"]


def test_rules_pick_the_documented_names(committed: dict[str, Any]) -> None:
    ns = {n["name"]: n for n in committed["namespaces"]}
    names = {k: {c["name"]: c for c in v["callables"]} for k, v in ns.items()}
    # torch: native operators and torch.functional, nothing else
    assert {"add", "zeros", "einsum", "tensor"} <= names["torch"].keys()
    assert not {"manual_seed", "save", "compile", "Tensor", "float32"} & names["torch"].keys()
    assert all(hasattr(torch._C._VariableFunctions, n) or n in torch.functional.__all__ for n in names["torch"])
    # deprecated: listed apart, and consistently for the method twin
    assert "svd" in ns["torch"]["deprecated"] and "svd" in ns["torch.Tensor"]["deprecated"]
    assert "upsample" in ns["torch.nn.functional"]["deprecated"]
    assert "memory_cached" in ns["torch.cuda"]["deprecated"] and "FloatTensor" in ns["torch.cuda"]["deprecated"]
    assert "svd" in names["torch.linalg"]
    # Tensor: methods only; properties are attributes
    assert {"add", "add_", "view", "backward"} <= names["torch.Tensor"].keys()
    assert {"grad", "shape", "requires_grad", "is_cuda"} <= set(ns["torch.Tensor"]["attributes"])
    assert not any(n.startswith("_") for v in names.values() for n in v)
    # F: defined there (or native); imports left out
    assert "relu" in names["torch.nn.functional"] and "handle_torch_function" not in names["torch.nn.functional"]
    # classes count in autograd and cuda; exceptions and submodules do not
    assert {"no_grad", "Function", "backward"} <= names["torch.autograd"].keys()
    assert {"Stream", "is_available"} <= names["torch.cuda"].keys()
    assert not {"CudaError", "amp", "memory"} & names["torch.cuda"].keys()
    # aliases are the very same object
    assert names["torch.autograd"]["no_grad"]["aliases"] == ["torch.no_grad"]
    assert "torch.nn.functional.conv2d" in names["torch"]["conv2d"]["aliases"]


def test_every_catalogue_pytorch_name_exists_in_the_pinned_torch(catalogue: Any) -> None:
    for fn in catalogue.functions:
        if fn.pytorch is None:
            continue
        obj: Any = torch
        for part in fn.pytorch.split(".")[1:]:
            if type(obj).__name__ == "getset_descriptor" and obj.__objclass__ is torch._C.TensorBase:
                obj = torch.Tensor  # a tensor-valued property (grad): its members are Tensor's
            assert hasattr(obj, part), f"{fn.name}: {fn.pytorch} does not exist in torch {torch.__version__}"
            obj = getattr(obj, part)


def test_usage_counter_resolves_imports(tmp_path: Path) -> None:
    pkg = tmp_path / "torch"
    files = {
        "__init__.py": "",
        "nn/__init__.py": "",
        "nn/functional.py": """
            def relu(x):
                return x

            def gelu(x):
                return relu(x)
            """,
        "nn/modules/act.py": """
            import torch
            import numpy as np
            from .. import functional as F

            def f(x, y, s):
                F.relu(x)
                torch.add(x, y)
                torch.nn.functional.relu(x)
                x.view(3)
                s.split(",")
                "a,b".split(",")
                np.sum(x)
            """,
        "other.py": """
            import torch.nn.functional as G
            from torch.nn.functional import relu as r

            def g(x):
                return G.relu(r(x))
            """,
        "broken.py": "type X = int\n",
    }
    for rel, body in files.items():
        path = pkg / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(body))
    scan = pytorch_api.count_calls(pkg)
    assert scan.calls["torch.nn.functional.relu"] == 5  # bare, F., torch.nn.functional., G., r()
    assert scan.calls["torch.add"] == 1
    assert scan.calls["numpy.sum"] == 1
    assert scan.method_calls == {"view": 1, "split": 1}  # the string literal's split is not counted
    assert scan.skipped == ["torch/broken.py"]  # Python 3.12 syntax: not parsed as 3.10
    assert scan.files == 6


def test_a_torch_that_is_not_the_pinned_one_is_refused() -> None:
    fake = SimpleNamespace(__version__="2.12.1+cpu", __file__=torch.__file__)
    with pytest.raises(pytorch_api.SnapshotError, match=r"torch 2\.12\.1\+cpu is installed but pyproject\.toml pins torch==2\.13\.0"):
        pytorch_api.snapshot_text(fake, "2.13.0")


def test_snapshot_command_refuses_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pytorch_api, "pinned_torch_version", lambda: "9.9.9")
    out = tmp_path / "api.json"
    result = run_cli("snapshot-api", "--output", str(out))
    assert result.exit_code == 2
    assert "pins torch==9.9.9" in result.stderr
    assert not out.exists()


@pytest.mark.slow
def test_snapshot_is_reproducible_from_the_pinned_torch() -> None:
    result = run_cli("snapshot-api", "--check")
    assert result.exit_code == 0, result.output
    assert "up to date" in result.stdout


def test_a_malformed_snapshot_is_reported_with_its_line(tmp_path: Path) -> None:
    """The snapshot is read with the json module first; a bad one is read again for lines."""
    import shutil

    from conftest import ROOT, run_cli

    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    snap = spec / "pytorch_api.json"
    lines = snap.read_text().splitlines()
    at = next(i for i, line in enumerate(lines) if '"torch_version"' in line)
    lines.insert(at + 1, '  "surprise": 1,')
    snap.write_text("\n".join(lines) + "\n")
    result = run_cli("validate", "--spec", str(spec / "torch_api.yaml"))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"{spec / 'pytorch_api.json'}:{at + 2}: unknown key 'surprise' in the API snapshot (allowed: about, torch_version, rules, usage_scan, namespaces)"
