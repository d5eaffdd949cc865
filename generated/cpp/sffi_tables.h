// generated from spec/torch_api.yaml by sffi-gen; do not edit
// The catalogue's dtypes and devices, for the runtime's argument checks (sffi_runtime.cpp).
#pragma once

#include <array>
#include <cstdint>

namespace sffi::tables {

struct Named {
    int32_t code;
    const char* name;
};

inline constexpr std::array<Named, 12> kDtypes{{
    {0, "uint8"},
    {1, "int8"},
    {2, "int16"},
    {3, "int32"},
    {4, "int64"},
    {5, "float16"},
    {6, "float32"},
    {7, "float64"},
    {9, "complex64"},
    {10, "complex128"},
    {11, "bool"},
    {15, "bfloat16"},
}};

inline constexpr std::array<Named, 3> kDevices{{
    {0, "cpu"},
    {1, "cuda"},
    {14, "meta"},
}};

}  // namespace sffi::tables
