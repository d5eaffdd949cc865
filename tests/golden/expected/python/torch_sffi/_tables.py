# generated from fixture.yaml by sffi-gen; do not edit
"""The catalogue's dtypes (one DType object each) and device types."""

from __future__ import annotations

from ._types import DType

int64 = DType("int64", 4, "int", 'Indices.')

float32 = DType("float32", 6, "float", 'The default.')

float64 = DType("float64", 7, "float", 'Double precision.')

bool = DType("bool", 11, "bool", 'Booleans.')

DTYPES: tuple[DType, ...] = (int64, float32, float64, bool)
BY_CODE: dict[int, DType] = {d.code: d for d in DTYPES}
BY_NAME: dict[str, DType] = {d.name: d for d in DTYPES}
# Device type names -> their codes (c10::DeviceType), as Device arguments cross the bridge.
DEVICE_TYPES: dict[str, int] = {"cpu": 0, "cuda": 1}

# PyTorch's other names of the dtypes (torch.float for torch.float32), after the tables: some
# (int, float) are builtins' names.
