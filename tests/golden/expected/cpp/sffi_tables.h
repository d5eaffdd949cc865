// generated from fixture.yaml by sffi-gen; do not edit
// The catalogue's dtypes and devices, for the runtime's argument checks (sffi_runtime.cpp).
#pragma once

#include <array>
#include <cstdint>

namespace sffi::tables {

struct Named {
    int32_t code;
    const char* name;
};

inline constexpr std::array<Named, 4> kDtypes{{
    {4, "int64"},
    {6, "float32"},
    {7, "float64"},
    {11, "bool"},
}};

inline constexpr std::array<Named, 2> kDevices{{
    {0, "cpu"},
    {1, "cuda"},
}};

}  // namespace sffi::tables
