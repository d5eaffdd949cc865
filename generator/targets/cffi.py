"""Tier 1 for Python: the cffi builder in out-of-line API mode (generated/cffi/build_cffi.py).

Its cdef is made from the same C declarations as the bridge header, so the extension
module is compiled against (and checked by the compiler with) the real header.
"""

from __future__ import annotations

from .. import abi
from ..model import Catalogue
from .common import c_macro

NAME = "cffi"
DIRS = ("cffi",)
MODULE = "torch_sffi._native"


def cdef_lines(catalogue: Catalogue) -> list[str]:
    lines = ["#define RT_TORCH_OK 0"]
    lines += [f"#define RT_TORCH_ERR_{c_macro(e.name)} {e.code}" for e in catalogue.error_codes]
    lines += [f"#define RT_TORCH_DTYPE_{c_macro(d.name)} {d.code}" for d in catalogue.dtypes]
    lines += [f"#define RT_TORCH_DEVICE_{c_macro(d.name)} {d.code}" for d in catalogue.devices]
    lines += [f"#define RT_TORCH_SCALAR_{c_macro(k)} {v}" for k, v in abi.SCALAR_KINDS.items() if v >= 0]
    lines += [f"#define RT_TORCH_SCALAR_{c_macro(k)} ..." for k, v in abi.SCALAR_KINDS.items() if v < 0]
    for fn in catalogue.functions:
        sig = abi.signature(fn)
        lines.append(f"{sig.return_type} {fn.name}({sig.decls()});")
    return lines


def render(catalogue: Catalogue, renderer) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {
        "cffi/build_cffi.py": renderer.render(
            "cffi/build_cffi.py.j2", catalogue=catalogue, cdef=cdef_lines(catalogue), module=MODULE
        )
    }
