# generated from spec/torch_api.yaml by sffi-gen; do not edit
"""The catalogue's dtypes (one DType object each) and device types."""

from __future__ import annotations

from ._types import DType

uint8 = DType("uint8", 0, "int", '8-bit unsigned integer.')

int8 = DType("int8", 1, "int", '8-bit signed integer.')

int16 = DType("int16", 2, "int", '16-bit signed integer.')

int32 = DType("int32", 3, "int", '32-bit signed integer.')

int64 = DType("int64", 4, "int", '64-bit signed integer (indices).')

float16 = DType("float16", 5, "float", 'IEEE half precision.')

float32 = DType("float32", 6, "float", 'Single precision (the default dtype).')

float64 = DType("float64", 7, "float", 'Double precision.')

complex64 = DType("complex64", 9, "complex", 'Complex with float32 parts.')

complex128 = DType("complex128", 10, "complex", 'Complex with float64 parts.')

bool = DType("bool", 11, "bool", 'Boolean.')

bfloat16 = DType("bfloat16", 15, "float", 'Brain floating point.')

DTYPES: tuple[DType, ...] = (uint8, int8, int16, int32, int64, float16, float32, float64, complex64, complex128, bool, bfloat16)
BY_CODE: dict[int, DType] = {d.code: d for d in DTYPES}
BY_NAME: dict[str, DType] = {d.name: d for d in DTYPES}
# Device type names -> their codes (c10::DeviceType), as Device arguments cross the bridge.
DEVICE_TYPES: dict[str, int] = {"cpu": 0, "cuda": 1, "meta": 14}

# PyTorch's other names of the dtypes (torch.float for torch.float32), after the tables: some
# (int, float) are builtins' names.
short = int16
int = int32
long = int64
half = float16
float = float32
double = float64
cfloat = complex64
cdouble = complex128
