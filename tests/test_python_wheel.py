"""`sffi-gen build --wheel`: a deterministic wheel that installs torch_sffi into another environment."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from conftest import BUILD, GENERATED, run_cli
from generator.build import wheel_tag


def _wheel() -> Path:
    result = run_cli("build", "--wheel")
    assert result.exit_code == 0, result.output
    wheels = sorted((BUILD / "dist").glob(f"torch_sffi_python-*-{wheel_tag()}.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_the_wheel_is_complete_and_deterministic() -> None:
    first = _wheel()
    data = first.read_bytes()
    assert _wheel().read_bytes() == data, "two wheels of the same build differ"
    with zipfile.ZipFile(first) as archive:
        names = archive.namelist()
        info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(f"{info}/METADATA").decode()
        import torch

        assert f"Requires-Dist: torch=={torch.__version__.split('+')[0]}\n" in metadata
        assert "Name: torch-sffi-python\n" in metadata and "Requires-Dist: cffi" in metadata
        assert f"Tag: {wheel_tag()}\n" in archive.read(f"{info}/WHEEL").decode()
        # every file of the generated package (the generated modules and the runtime copied beside them)
        generated = sorted(p.name for p in (GENERATED / "python" / "torch_sffi").iterdir() if p.is_file())
        assert {"_tensor.py", "_tables.py", "_runtime.py", "_types.py", "return_types.py", "optim.py", "py.typed"} <= set(generated)
        assert {"nn/module.py", "nn/layers.py", "nn/loss.py", "nn/init.py", "nn/parameter.py"} <= {n.removeprefix("torch_sffi/") for n in names}, "the module system"
        for required in [*generated, "libtorch_sffi.so"]:
            assert f"torch_sffi/{required}" in names, required
        for extension in ("_native", "_core"):
            assert any(n.startswith(f"torch_sffi/{extension}.") and n.endswith(".so") for n in names), extension
        assert "torch_sffi/_core.c" not in names and "torch_sffi/_core_ops.h" not in names, "sources stay out of the wheel"
        assert not any(n.endswith(".cmd") or "__pycache__" in n for n in names)
        record = archive.read(f"{info}/RECORD").decode().splitlines()
        assert len(record) == len(names)
        for line in record:
            name, digest, size = line.rsplit(",", 2)
            if name == f"{info}/RECORD":
                assert digest == size == ""
                continue
            content = archive.read(name)
            expected = base64.urlsafe_b64encode(hashlib.sha256(content).digest()).rstrip(b"=").decode()
            assert digest == f"sha256={expected}" and int(size) == len(content), name
        assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in archive.infolist())


def test_the_installed_library_finds_torch_beside_it_only() -> None:
    _wheel()
    dynamic = subprocess.run(["readelf", "-d", str(BUILD / "wheel" / "libtorch_sffi.so")], capture_output=True, text=True, check=True).stdout
    runpath = next(line for line in dynamic.splitlines() if "RUNPATH" in line or "RPATH" in line)
    assert "[$ORIGIN:$ORIGIN/../torch/lib]" in runpath


USER_SCRIPT = textwrap.dedent(
    """
    import json, sys
    import torch_sffi as ts
    import torch

    def run(m, f):
        x = m.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
        loss = f.mse_loss((x @ x).tanh(), m.ones(2, 2, dtype=m.float32), reduction="sum") + (2 - x).max(1).values.sum()
        loss.backward()
        opt = m.optim.SGD([x], lr=0.1, momentum=0.9)
        opt.step()
        return loss.item(), x.grad.tolist(), x.tolist(), type(x.max(0)).__name__, str(x.sum(dtype=m.float64).dtype)

    ours, ref = run(ts, ts.nn), run(torch, torch.nn.functional)
    print(json.dumps({
        "module": ts.__file__, "torch": torch.__file__, "prefix": sys.prefix,
        "ours": [*ours[:4], ours[4].removeprefix("torch_sffi.")], "ref": [*ref[:4], ref[4].removeprefix("torch.")],
    }))
    """
)


@pytest.mark.slow
def test_the_wheel_installs_into_a_fresh_environment(tmp_path: Path) -> None:
    wheel = _wheel()
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)], capture_output=True, text=True, timeout=900, env=env
    )
    assert install.returncode == 0, install.stdout + install.stderr
    run = subprocess.run([str(python), "-c", USER_SCRIPT], capture_output=True, text=True, timeout=300, cwd=tmp_path, env=env)
    assert run.returncode == 0, run.stdout + run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    site = str(venv.resolve())
    assert result["module"].startswith(site) and result["torch"].startswith(site), result
    assert result["ours"] == result["ref"], result
