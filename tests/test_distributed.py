"""Data-parallel training through torch_sffi.distributed (c10d's Gloo backend, through the bridge).

Multi-process tests start WORLD_SIZE Python processes (tests/dist_worker.py, examples/ddp_mlp.py)
with RANK, MASTER_ADDR and MASTER_PORT set, on a free port or a fresh FileStore; every wait has a
timeout, so a bug fails the test instead of hanging CI. What they show:
- every collective equals its definition (computed with PyTorch from every rank's input), for 2
  and 4 processes, over a TCP store (env://, tcp://) and a FileStore (file://);
- the MLP of examples/mlp.py trained data-parallel for 50 steps ends, on every rank, with the
  parameters of single-process training on the whole batch (1e-6);
- a mixed group, PyTorch's own torch.distributed on one rank and torch_sffi on the other, agrees;
- torchrun starts a torch_sffi program unchanged;
- a rank that dies makes the others fail with a distributed error (a RuntimeError) within the
  timeout, a rank that never answers makes the others time out; bad arguments give errors.
In-process tests use a group of one process (a FileStore in a temporary folder).

Needs the build (`make`, or `sffi-gen build`).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from conftest import BUILD, ROOT

PACKAGE_DIR = BUILD / "python"
if not (PACKAGE_DIR / "torch_sffi" / "__init__.py").is_file():
    raise RuntimeError(f"{PACKAGE_DIR}/torch_sffi is not built: run `make` (or `sffi-gen build`) first")
sys.path.insert(0, str(PACKAGE_DIR))
sys.path.insert(0, str(ROOT / "examples"))

import torch  # noqa: E402

import torch_sffi as ts  # noqa: E402
import torch_sffi.distributed as dist  # noqa: E402
from torch_sffi.utils.data import DistributedSampler  # noqa: E402

WORKER = ROOT / "tests" / "dist_worker.py"
DDP_EXAMPLE = ROOT / "examples" / "ddp_mlp.py"
WAIT = 240  # seconds any group of processes may take (4 processes on 2 cores import torch slowly)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def launch(argv_of: Any, world: int, extra_env: dict[str, str] | None = None, timeout: float = WAIT) -> list[tuple[int, str, str]]:
    """Starts `world` processes (argv_of(rank) each) with torchrun's environment; returns each
    one's (exit status, stdout, stderr). Kills them all when the timeout passes."""
    port = free_port()
    procs = []
    for rank in range(world):
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(PACKAGE_DIR), str(ROOT / "examples")]),
            "MASTER_ADDR": "127.0.0.1",
            "MASTER_PORT": str(port),
            "RANK": str(rank),
            "LOCAL_RANK": str(rank),
            "WORLD_SIZE": str(world),
            "OMP_NUM_THREADS": "1",
            **(extra_env or {}),
        }
        procs.append(subprocess.Popen([sys.executable, *argv_of(rank)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    deadline = time.monotonic() + timeout
    results = []
    try:
        for p in procs:
            out, err = p.communicate(timeout=max(1.0, deadline - time.monotonic()))
            results.append((p.returncode, out, err))
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait(10)
    return results


def report(result: tuple[int, str, str]) -> dict[str, Any]:
    code, out, err = result
    assert code == 0, f"exit status {code}\nstdout:\n{out}\nstderr:\n{err[-3000:]}"
    return json.loads(out.strip().splitlines()[-1])


def init_methods(tmp_path: Path) -> dict[str, str]:
    return {"env": "env://", "tcp": "tcp://127.0.0.1:{port}", "file": f"file://{tmp_path}/store"}


def worker(mode: str, init_method: str, timeout: float = 30.0) -> Any:
    return lambda rank: [str(WORKER), mode, init_method, str(timeout)]


# ------------------------------------------------------------------ collectives, 2 and 4 processes


@pytest.mark.parametrize(("world", "store"), [(2, "env"), (2, "tcp"), (2, "file"), (4, "tcp"), (4, "file")])
def test_collectives_equal_their_definition(world: int, store: str, tmp_path: Path) -> None:
    if store == "tcp":
        port = free_port()
        method = f"tcp://127.0.0.1:{port}"
    else:
        method = init_methods(tmp_path)[store]
    reports = [report(r) for r in launch(worker("collectives", method), world)]
    assert [r["rank"] for r in reports] == list(range(world))
    for r in reports:
        assert len(r["checked"]) == 9 + 8 + 1  # float32: 5 ops, broadcast, all_gather, 2 reduce_scatter; int64 without avg; barrier


# ------------------------------------------------------------------ data-parallel training


def single_process_parameters(steps: int, clip: float | None = None) -> list[Any]:
    import ddp_mlp

    saved = os.environ.pop("WORLD_SIZE", None)
    try:
        return ddp_mlp.train(steps, clip=clip)["params"]
    finally:
        if saved is not None:
            os.environ["WORLD_SIZE"] = saved


def max_gap(a: Any, b: Any) -> float:
    return max(float((torch.tensor(x) - torch.tensor(y)).abs().max()) for x, y in zip(a, b))


@pytest.mark.parametrize("world", [2, 4])
def test_ddp_mlp_matches_single_process_training(world: int, tmp_path: Path) -> None:
    steps = 50
    out = str(tmp_path / "rank{rank}.json")
    results = launch(lambda rank: [str(DDP_EXAMPLE), "--steps", str(steps), "--out", out], world)
    for code, stdout, stderr in results:
        assert code == 0, stderr[-3000:]
    reference = single_process_parameters(steps)
    untrained = [p.tolist() for p in __import__("ddp_mlp").MLP(0).parameters()]
    assert max_gap(reference, untrained) > 1e-2  # training moved the parameters
    for rank in range(world):
        got = json.loads(Path(out.format(rank=rank)).read_text())
        assert got["rank"] == rank and got["world_size"] == world
        assert max_gap(got["params"], reference) <= 1e-6, f"rank {rank}"


def test_gradients_are_the_ranks_mean_when_backward_returns(tmp_path: Path) -> None:
    """As with PyTorch's DDP, what runs between backward and step sees the mean gradient:
    clipping the gradients' norm there gives single-process training's clipped steps (clipping
    each rank's own gradient before averaging would not)."""
    steps, clip = 20, 0.05
    out = str(tmp_path / "rank{rank}.json")
    results = launch(lambda rank: [str(DDP_EXAMPLE), "--steps", str(steps), "--clip", str(clip), "--out", out], 2)
    for code, stdout, stderr in results:
        assert code == 0, stderr[-3000:]
    reference = single_process_parameters(steps, clip)
    assert max_gap(reference, single_process_parameters(steps)) > 1e-3  # the clipping took effect
    for rank in range(2):
        got = json.loads(Path(out.format(rank=rank)).read_text())
        assert max_gap(got["params"], reference) <= 1e-6, f"rank {rank}"


def test_torchrun_starts_a_torch_sffi_program_unchanged(tmp_path: Path) -> None:
    out = str(tmp_path / "rank{rank}.json")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(PACKAGE_DIR), str(ROOT / "examples")]), "OMP_NUM_THREADS": "1"}
    for name in ("RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT", "LOCAL_RANK"):
        env.pop(name, None)
    cmd = [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node=2", f"--master_port={free_port()}", str(DDP_EXAMPLE), "--steps", "5", "--out", out]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=WAIT)
    assert proc.returncode == 0, proc.stderr[-3000:]
    a, b = (json.loads(Path(out.format(rank=r)).read_text()) for r in (0, 1))
    assert (a["world_size"], b["world_size"]) == (2, 2)
    assert a["params"] == b["params"]


# ------------------------------------------------------------------ a mixed job


@pytest.mark.parametrize("store", ["env", "file"])
def test_mixed_job_pytorch_and_torch_sffi_agree(store: str, tmp_path: Path) -> None:
    method = init_methods(tmp_path)[store]
    a, b = (report(r) for r in launch(lambda rank: [str(WORKER), "torch" if rank == 0 else "sffi", method, "30"], 2))
    assert a["all_reduce"] == b["all_reduce"]
    assert a["broadcast"] == b["broadcast"]
    assert a["all_gather"] == b["all_gather"]
    import dist_worker

    want = (dist_worker.data(0) + dist_worker.data(1)).tolist()
    assert a["all_reduce"] == want
    assert a["broadcast"] == dist_worker.data(1).tolist()


# ------------------------------------------------------------------ faults


def test_a_rank_that_dies_makes_the_others_fail_not_hang(tmp_path: Path) -> None:
    timeout = 10.0
    results = launch(worker("fault", "env://", timeout), 2, timeout=WAIT)
    assert results[1][0] == 17  # the rank that died
    r = report(results[0])
    assert r["error"] is not None and r["is_runtime_error"] and r["is_distributed_error"], r
    assert r["step"] == 3
    assert r["seconds"] < timeout + 5, r


def test_a_rank_that_never_answers_times_out(tmp_path: Path) -> None:
    timeout = 3.0
    results = launch(worker("silent", f"file://{tmp_path}/store", timeout), 2, timeout=WAIT)
    r = report(results[0])
    assert r["error"] == "TorchDistributedError" and r["is_runtime_error"], r
    assert "Timed out" in r["message"] or "timeout" in r["message"].lower(), r
    assert timeout - 0.5 <= r["seconds"] < timeout + 5, r


def test_rendezvous_without_peers_times_out(tmp_path: Path) -> None:
    start = time.perf_counter()
    with pytest.raises(RuntimeError) as info:
        dist.init_process_group("gloo", init_method=f"file://{tmp_path}/store", rank=0, world_size=2, timeout=timedelta(seconds=2))
    assert isinstance(info.value, dist.DistError)
    assert time.perf_counter() - start < 15
    assert not dist.is_initialized()


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="rank 2 is not a rank of a group of world size 2"):
        dist.init_process_group("gloo", init_method="tcp://127.0.0.1:1", rank=2, world_size=2)
    with pytest.raises(ValueError, match="rank -3"):
        dist.init_process_group("gloo", init_method="tcp://127.0.0.1:1", rank=-3, world_size=2)
    with pytest.raises(AssertionError, match="Unknown backend type bogus"):
        dist.init_process_group("bogus", init_method="tcp://127.0.0.1:1", rank=0, world_size=1)
    with pytest.raises(RuntimeError, match="Distributed package doesn't have NCCL built in"):
        dist.init_process_group("nccl", init_method="tcp://127.0.0.1:1", rank=0, world_size=1)
    with pytest.raises(ValueError, match="rank parameter missing"):
        dist.init_process_group("gloo", init_method="tcp://127.0.0.1:1", world_size=1)
    with pytest.raises(ValueError, match="Default process group has not been initialized"):
        dist.all_reduce(ts.ones(2))
    with pytest.raises(ValueError, match="Default process group has not been initialized"):
        dist.get_rank()
    assert not dist.is_initialized()
    assert dist.is_gloo_available() and not dist.is_nccl_available()


# ------------------------------------------------------------------ a group of one, in process


@pytest.fixture
def solo(tmp_path: Path) -> Any:
    dist.init_process_group("gloo", init_method=f"file://{tmp_path}/store", rank=0, world_size=1, timeout=timedelta(seconds=20))
    yield
    if dist.is_initialized():
        dist.destroy_process_group()


def test_group_of_one(solo: None) -> None:
    assert (dist.get_rank(), dist.get_world_size(), dist.get_backend()) == (0, 1, "gloo")
    t = ts.tensor([1.0, -2.0, 3.0])
    for op in dist.ReduceOp:
        dist.all_reduce(t, op=op)
        assert t.tolist() == [1.0, -2.0, 3.0]
    with pytest.raises(ValueError, match="src 1 is not a rank"):
        dist.broadcast(t, src=1)
    out = [ts.zeros(3)]
    work = dist.all_gather(out, t, async_op=True)
    assert work is not None and work.wait() and out[0].tolist() == t.tolist()
    with pytest.raises(ValueError, match="one input tensor per rank"):
        dist.reduce_scatter(ts.zeros(3), [t, t])
    with pytest.raises(ValueError, match="twice"):
        dist.init_process_group("gloo", init_method="file:///nonexistent/x", rank=0, world_size=1)
    dist.barrier()
    dist.destroy_process_group()
    with pytest.raises(ValueError, match="not been initialized"):
        dist.barrier()


def test_collectives_from_several_threads(solo: None) -> None:
    """Collectives of one group from several threads at once are serialised, never corrupt."""
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            t = ts.full([64], float(i))
            for _ in range(50):
                dist.all_reduce(t, op=dist.ReduceOp.MAX)
                outs = [ts.zeros(64)]
                dist.all_gather(outs, t)
                assert outs[0].tolist() == [float(i)] * 64
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    assert not any(th.is_alive() for th in threads)
    assert not errors, errors


def test_a_freed_group_is_an_invalid_handle(tmp_path: Path) -> None:
    g = dist.ProcessGroup("gloo", "file", f"{tmp_path}/store", 0, 0, 1, timedelta(seconds=10))
    h = g._h
    before = ts.live_handles()
    g.free()
    assert ts.live_handles() == before - 1
    with pytest.raises(ts.TorchError) as info:
        ts._core.rt_torch_dist_rank(h)
    assert type(info.value).__name__ == "InvalidHandleError"
    with pytest.raises(ts.TorchError, match="tensor handle"):
        ts._core.rt_torch_dist_all_reduce_(ts.ones(1), ts.ones(1)._h, "sum")


def test_ddp_in_a_group_of_one_keeps_gradients(solo: None) -> None:
    from torch_sffi.nn.parallel import DistributedDataParallel

    model = DistributedDataParallel(ts.nn.Linear(3, 1))
    opt = ts.optim.SGD(model.parameters(), lr=0.5)
    x = ts.ones(2, 3)
    model(x).sum().backward()
    grads = [p.grad.tolist() for p in model.parameters()]
    before = [p.tolist() for p in model.parameters()]
    opt.step()
    after = [p.tolist() for p in model.parameters()]
    for g, b, a in zip(grads, before, after):
        assert torch.allclose(torch.tensor(a), torch.tensor(b) - 0.5 * torch.tensor(g))


# ------------------------------------------------------------------ DistributedSampler


@pytest.mark.parametrize("n", [10, 11, 3])
@pytest.mark.parametrize("replicas", [1, 2, 4])
@pytest.mark.parametrize("shuffle", [False, True])
@pytest.mark.parametrize("drop_last", [False, True])
def test_distributed_sampler_gives_pytorchs_indices(n: int, replicas: int, shuffle: bool, drop_last: bool) -> None:
    from torch.utils.data import DistributedSampler as TorchSampler

    data = list(range(n))
    for rank in range(replicas):
        for epoch in (0, 3):
            ours = DistributedSampler(data, num_replicas=replicas, rank=rank, shuffle=shuffle, seed=7, drop_last=drop_last)
            theirs = TorchSampler(data, num_replicas=replicas, rank=rank, shuffle=shuffle, seed=7, drop_last=drop_last)
            ours.set_epoch(epoch)
            theirs.set_epoch(epoch)
            assert list(ours) == list(theirs)
            assert len(ours) == len(theirs)


def test_distributed_sampler_rank_errors() -> None:
    with pytest.raises(ValueError, match=r"Invalid rank 2, rank should be in the interval \[0, 1\]"):
        DistributedSampler(range(4), num_replicas=2, rank=2)


# ------------------------------------------------------------------ PyTorch's names


def test_pytorchs_names() -> None:
    assert ts.nn.parallel.DistributedDataParallel.__name__ == "DistributedDataParallel"
    assert ts.utils.data.DistributedSampler is DistributedSampler
    assert ts.distributed is dist
    assert [op.name for op in dist.ReduceOp] == ["SUM", "AVG", "MIN", "MAX", "PRODUCT"]
    assert issubclass(dist.DistError, RuntimeError) and dist.DistBackendError is dist.DistError


def test_optimizer_step_pre_hooks_run_first_as_pytorchs_and_can_be_removed() -> None:
    """register_optimizer_step_pre_hook: the hook runs before step's closure (it sees no
    gradient yet) and before the update, with the arguments step got, as torch.optim's does."""
    from torch.optim.optimizer import register_optimizer_step_pre_hook as torchs

    def run(lib: Any, register: Any) -> list[Any]:
        w = lib.tensor([1.0, 2.0], requires_grad=True)
        opt = lib.optim.SGD([w], lr=1.0)
        seen: list[Any] = []

        def hook(optimizer: Any, args: Any, kwargs: Any) -> None:
            seen.append((optimizer is opt, w.tolist(), None if w.grad is None else w.grad.tolist(), len(args), sorted(kwargs)))

        def closure() -> Any:
            loss = (w * w).sum()
            loss.backward()
            return loss

        handle = register(hook)
        try:
            opt.step(closure)
            opt.step(closure)  # now the first closure's gradient is there
        finally:
            handle.remove()
        opt.step(closure)
        return [seen, w.tolist()]

    from torch_sffi.optim import register_optimizer_step_pre_hook

    assert run(ts, register_optimizer_step_pre_hook) == run(torch, torchs)
