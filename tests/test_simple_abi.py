"""libspl_torch.so, the Simple-ABI library: the reference's C signatures, every catalogue
function called as a Simple program calls it and compared with PyTorch, every error path, no
leak (handles, runtime arrays and strings), and the runtime found in the host process or its
absence reported.

The stand-in Simple runtime is tests/native/spl_host.c; the calls go through
spl_harness.SplBridge, which runs the cases of bridge_cases.py unchanged.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Iterator

import pytest
import torch
from bridge_cases import CASES, Case
from bridge_util import BridgeError, Handle
from conftest import GENERATED, ROOT, compile_native
from spl_harness import HEADER, LIBRARY, Spl, SplBridge, compile_host, declarations
from test_bridge import case_params, run_case
from test_bridge_errors import valid_arguments
from test_catalogue import reference_rows

from generator.model import Catalogue

INVALID_HANDLE, VALUE, UNAVAILABLE = 1, 3, 5
# Roles whose functions answer a forged handle without an error, by contract (docs/catalogue.md).
QUIET_ROLES = frozenset({"release_tensor", "is_live"})


@pytest.fixture(scope="module")
def spl(tmp_path_factory: pytest.TempPathFactory) -> Spl:
    return Spl(compile_host(tmp_path_factory.mktemp("spl") / "libspl_host.so"))


@pytest.fixture(scope="module")
def bridge(catalogue: Catalogue, spl: Spl) -> SplBridge:
    return SplBridge(catalogue, spl)


@pytest.fixture(autouse=True)
def no_leaks(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test leaves the live handles, and the runtime's live arrays and texts, where it
    found them, with no bad free and no error pending."""
    from torch_sffi._native import lib

    if "spl" not in request.fixturenames:
        yield
        return
    spl = request.getfixturevalue("spl")
    lib.rt_torch_error_clear()
    handles, live = lib.rt_torch_live_handles(), spl.live()
    yield
    assert lib.rt_torch_live_handles() == handles, "the test leaked bridge handles"
    assert spl.live() == live, "(live arrays, live texts, bad frees) changed: a leak or a bad free"


# ------------------------------------------------------------------ the header


def normalise(params: str) -> str:
    return "" if params in ("", "void") else ", ".join(p.strip() for p in params.split(","))


def test_header_has_the_reference_signatures_of_the_104() -> None:
    ours = declarations()
    for row in reference_rows():
        name = row["c_name"]
        expected = (row["return_type_c"], normalise(row["params_c"]))
        assert (ours[name][0], normalise(ours[name][1])) == expected, name


def test_header_declares_every_catalogue_function_once(catalogue: Catalogue) -> None:
    text = HEADER.read_text()
    assert list(declarations()) == [f.name for f in catalogue.functions]
    assert text.count("SPL_TORCH_NOEXCEPT;") == len(catalogue.functions)


def test_signatures_follow_the_ffi_declarations(catalogue: Catalogue) -> None:
    """Each extern fn of ffi.spl has the C signature of the Simple calling convention."""
    ffi = (GENERATED / "simple" / "ffi.spl").read_text()
    simple_c = {"i64": "int64_t", "i32": "int32_t", "f64": "double", "bool": "bool", "[i64]": "SplArray*", "[f64]": "SplArray*"}
    for name, (ret, params) in declarations().items():
        line = next(l for l in ffi.splitlines() if l.startswith(f"extern fn {name}("))
        inner, _, result = line.removeprefix(f"extern fn {name}(").rpartition(")")
        want = [f"{'const char*' if t == 'text' else simple_c[t]} {n}" for n, t in (p.split(": ") for p in inner.split(", ") if p)]
        assert normalise(params) == ", ".join(want), name
        result = result.removeprefix(" -> ").strip()
        assert ret == ({"text": "char*", "": "void"}.get(result) or simple_c[result]), name


def test_ffi_spl_names_the_library_it_binds() -> None:
    head = (GENERATED / "simple" / "ffi.spl").read_text().split("\n\n", 1)[0]
    assert "# Binds libspl_torch.so" in head and "generated/simple/abi/spl_torch.h" in head


def test_library_exports_exactly_the_catalogue(catalogue: Catalogue) -> None:
    out = subprocess.run(["nm", "-D", "--defined-only", str(LIBRARY)], capture_output=True, text=True, check=True)
    exported = {line.split()[-1] for line in out.stdout.splitlines() if line.split()[-2:-1] == ["T"]}
    assert exported == {f.name for f in catalogue.functions}
    undefined = subprocess.run(["nm", "-D", "--undefined-only", str(LIBRARY)], capture_output=True, text=True, check=True)
    runtime = sorted(line.split()[-1] for line in undefined.stdout.splitlines() if line.split()[-1].startswith("spl_"))
    assert runtime == sorted(
        ["spl_array_new", "spl_array_push", "spl_array_get", "spl_array_len", "spl_array_free", "spl_int", "spl_float",
         "spl_as_int", "spl_as_float", "spl_str_new"]
    )  # fmt: skip
    weak = [line for line in undefined.stdout.splitlines() if line.split()[-1].startswith("spl_")]
    assert all(line.split()[-2] == "w" for line in weak), "the runtime's functions are weak references"


# ------------------------------------------------------------------ every function, against PyTorch


@pytest.mark.parametrize(("name", "case"), case_params())
def test_function_agrees_with_pytorch(bridge: SplBridge, spl: Spl, name: str, case: Case) -> None:
    bridge.called.clear()
    run_case(bridge, name, case)
    if case is CASES[name][0] and name not in COVERED_HERE:  # later cases may check through related functions
        assert name in bridge.called, f"the case did not call {name} through libspl_torch.so"


# The functions whose cases read the bridge directly (to see its state around the call): their
# Simple-ABI forms are called by the tests of this file named beside them.
COVERED_HERE = {
    "rt_torch_error_code": "test_the_error_state_through_the_simple_abi",
    "rt_torch_error_message": "test_the_error_state_through_the_simple_abi",
    "rt_torch_error_clear": "test_the_error_state_through_the_simple_abi",
    "rt_torch_torchtensor_release": "test_release_through_the_simple_abi",
}


def test_the_error_state_through_the_simple_abi(spl: Spl) -> None:
    lib = spl.lib
    assert lib.rt_torch_torchtensor_numel(0) == -1
    assert lib.rt_torch_error_code() == INVALID_HANDLE
    assert message(spl) == "rt_torch_torchtensor_numel: argument 'handle': 0 is not a valid tensor handle"
    assert lib.rt_torch_error_code() == INVALID_HANDLE, "reading the error (into runtime text) does not clear it"
    lib.rt_torch_error_clear()
    assert lib.rt_torch_error_code() == 0 and message(spl) == ""
    lib.rt_torch_torchtensor_numel(0)
    assert lib.rt_torch_cuda_available() in (True, False)
    assert lib.rt_torch_error_code() == 0, "every call resets the code on entry"


def test_release_through_the_simple_abi(spl: Spl, bridge: SplBridge) -> None:
    lib = spl.lib
    h = bridge.tensor(torch.ones(2))
    assert lib.rt_torch_torchtensor_numel(0) == -1
    assert lib.rt_torch_torchtensor_release(h) is True
    assert lib.rt_torch_error_code() == INVALID_HANDLE, "the pending error survives the release"
    assert lib.rt_torch_torchtensor_release(h) is False and lib.rt_torch_torchtensor_release(0) is False


def test_every_function_with_a_tensor_rejects_a_bad_handle(bridge: SplBridge, catalogue: Catalogue) -> None:
    """A forged handle in each Tensor parameter (the other arguments valid, as the bridge's own
    error suite makes them): the invalid-handle error, never a crash."""
    checked = 0
    failures: list[str] = []
    for fn in catalogue.functions:
        for i, p in enumerate(fn.params):
            if p.type.base != "Tensor" or p.type.is_list or p.type.optional:
                continue
            args = valid_arguments(fn)
            args[i] = Handle(0x7FFF_0000_1234)
            try:
                bridge.call(fn.name, *args)
            except BridgeError as exc:
                assert exc.code == INVALID_HANDLE, f"{fn.name}({p.name}): {exc!r}"
            else:
                if fn.role not in QUIET_ROLES:
                    failures.append(f"{fn.name}({p.name})")
            checked += 1
    assert not failures, f"accepted a forged handle: {failures}"
    assert checked > 200


# ------------------------------------------------------------------ arrays and text as Simple passes them


def message(spl: Spl) -> str:
    """The error message: text the runtime made (spl_str_new), so the caller frees it."""
    text = spl.lib.rt_torch_error_message()
    try:
        return spl.ffi.string(text).decode()
    finally:
        spl.host.spl_free_text(text)


def test_integration_scenario(spl: Spl) -> None:
    """The reference report's scenario: zeros([3, 3]) gives a handle > 0, its shape, then free."""
    dims = spl.array([3, 3])
    try:
        h = spl.lib.rt_torch_tensor_zeros(dims)
    finally:
        spl.host.spl_array_free(dims)
    assert h > 0
    shape = spl.lib.rt_torch_torchtensor_shape(h)
    assert spl.items(shape) == [(2, 3), (2, 3)]
    spl.host.spl_array_free(shape)
    spl.lib.rt_torch_torchtensor_free(h)
    assert spl.lib.rt_torch_error_code() == 0


def test_an_item_of_the_wrong_tag_is_a_value_error(spl: Spl) -> None:
    dims = spl.host.spl_array_new()
    spl.host.host_push_int(dims, 2)
    spl.host.host_push_float(dims, 3.0)
    try:
        assert spl.lib.rt_torch_tensor_zeros(dims) == 0
    finally:
        spl.host.spl_array_free(dims)
    assert spl.lib.rt_torch_error_code() == VALUE
    assert "dims[1] is an f64; expected [i64]" in message(spl)
    data = spl.host.spl_array_new()
    for push in (lambda: spl.host.host_push_text(data, b"x"), lambda: spl.host.host_push_nil(data)):
        push()
    dims = spl.array([2])
    try:
        assert spl.lib.rt_torch_tensor_from_data(data, dims) == 0
        assert "data[0] is text; expected [f64]" in message(spl)
    finally:
        spl.host.spl_array_free(data)
        spl.host.spl_array_free(dims)


def test_a_nil_array_is_a_value_error(spl: Spl) -> None:
    assert spl.lib.rt_torch_tensor_ones(spl.ffi.NULL) == 0
    assert spl.lib.rt_torch_error_code() == VALUE
    assert "dims is a nil array" in message(spl)


def test_array_results_on_failure_are_fresh_empty_arrays(spl: Spl) -> None:
    for result in (spl.lib.rt_torch_torchtensor_shape(0), spl.lib.rt_torch_torchtensor_chunk(12345, 2, 0)):
        assert result != spl.ffi.NULL and spl.items(result) == []
        assert spl.lib.rt_torch_error_code() == INVALID_HANDLE
        spl.host.spl_array_free(result)


def test_long_array_results_grow_the_buffer(spl: Spl) -> None:
    """More than the first buffer's 16 values (shape of a rank-20 tensor, 40 chunks)."""
    dims = spl.array([1] * 20)
    h = spl.lib.rt_torch_tensor_zeros(dims)
    spl.host.spl_array_free(dims)
    shape = spl.lib.rt_torch_torchtensor_shape(h)
    assert spl.items(shape) == [(2, 1)] * 20
    spl.host.spl_array_free(shape)
    spl.lib.rt_torch_torchtensor_free(h)
    dims = spl.array([40])
    h = spl.lib.rt_torch_tensor_ones(dims)
    spl.host.spl_array_free(dims)
    pieces = spl.lib.rt_torch_torchtensor_chunk(h, 40, 0)
    handles = [v for _, v in spl.items(pieces)]
    assert len(handles) == 40 and all(spl.lib.rt_torch_torchtensor_numel(p) == 1 for p in handles)
    joined = spl.lib.rt_torch_torchtensor_cat(pieces, 0)
    assert spl.lib.rt_torch_torchtensor_sum(joined) == 40.0
    for p in [*handles, joined, h]:
        spl.lib.rt_torch_torchtensor_free(p)
    spl.host.spl_array_free(pieces)


def test_text_results_belong_to_the_caller(spl: Spl) -> None:
    before = spl.live()[1]
    version = spl.lib.rt_torch_version()
    assert spl.ffi.string(version).decode() == torch.__version__.split("+")[0]
    assert spl.live()[1] == before + 1, "the text was made by the runtime's spl_str_new"
    spl.host.spl_free_text(version)


# ------------------------------------------------------------------ the runtime in the process


def _run(code: str, host: Path | None) -> subprocess.CompletedProcess[str]:
    prelude = f"""
        import sys, cffi
        sys.path[:0] = {[str(ROOT / 'tests'), str(ROOT)]!r}
        from spl_harness import declarations
        ffi = cffi.FFI()
        ffi.cdef("typedef struct SplArray SplArray; SplArray* spl_array_new(void); void host_push_int(SplArray*, int64_t);")
        ffi.cdef("\\n".join(f"{{r}} {{n}}({{p}});" for n, (r, p) in declarations().items()), override=True)
        """
    script = textwrap.dedent(prelude) + textwrap.dedent(code)
    env = {**os.environ, "SFFI_HOST": str(host or ""), "SFFI_SPL": str(LIBRARY)}  # LD_PRELOAD under make asan
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)


def test_without_the_runtime_calls_that_need_it_fail_clearly(tmp_path: Path) -> None:
    out = _run(
        """
        import os
        lib = ffi.dlopen(os.environ["SFFI_SPL"])
        assert lib.rt_torch_available()
        assert lib.rt_torch_tensor_zeros(ffi.NULL) == 0
        assert lib.rt_torch_error_code() == 5, lib.rt_torch_error_code()
        assert lib.rt_torch_error_message() == ffi.NULL  # text needs the runtime: read it from the bridge
        import ctypes
        bridge_message = ctypes.CDLL("libtorch_sffi.so").rt_torch_error_message  # the one the library loaded
        bridge_message.restype = ctypes.c_char_p
        print(bridge_message().decode())
        assert lib.rt_torch_torchtensor_shape(1) == ffi.NULL and lib.rt_torch_version() == ffi.NULL
        h = lib.rt_torch_tensor_arange(0.0, 3.0, 1.0)
        assert h > 0 and lib.rt_torch_torchtensor_sum(h) == 3.0
        lib.rt_torch_torchtensor_free(h)
        """,
        None,
    )
    assert out.returncode == 0, out.stderr
    assert "the Simple runtime's functions are not in this process (missing: spl_array_new, spl_array_push" in out.stdout


def test_a_runtime_loaded_after_the_library_is_found(tmp_path: Path) -> None:
    host = compile_host(tmp_path / "libspl_host.so")
    out = _run(
        """
        import os
        lib = ffi.dlopen(os.environ["SFFI_SPL"])
        host = ffi.dlopen(os.environ["SFFI_HOST"], ffi.RTLD_NOW | ffi.RTLD_GLOBAL)
        dims = host.spl_array_new()
        host.host_push_int(dims, 4)
        h = lib.rt_torch_tensor_ones(dims)
        assert h > 0 and lib.rt_torch_torchtensor_sum(h) == 4.0, lib.rt_torch_error_code()
        lib.rt_torch_torchtensor_free(h)
        """,
        host,
    )
    assert out.returncode == 0, out.stderr


def test_a_simple_program_links_the_library(tmp_path: Path) -> None:
    """tests/native/spl_scenario.c, linked like a compiled Simple program: the runtime's
    functions in the program, libspl_torch.so a link dependency."""
    exe = tmp_path / "spl_scenario"
    compile_native("spl_scenario.c", exe, sources=("spl_host.c",), includes=(HEADER.parent,), library="spl_torch")
    out = subprocess.run([str(exe)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "scenario passed" in out.stdout


def test_values_cross_as_pytorch_computes_them(spl: Spl) -> None:
    """from_data with [f64] and [i64], then a double result read back exactly."""
    values = [0.1, -2.5, math.pi, 1e-300]
    data, dims = spl.array(values, floats=True), spl.array([2, 2])
    h = spl.lib.rt_torch_tensor_from_data(data, dims)
    spl.host.spl_array_free(data)
    spl.host.spl_array_free(dims)
    assert spl.lib.rt_torch_torchtensor_sum(h) == torch.tensor(values, dtype=torch.float64).sum().item()
    spl.lib.rt_torch_torchtensor_free(h)
