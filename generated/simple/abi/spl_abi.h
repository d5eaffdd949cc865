// copied from runtime/simple/spl_abi.h by sffi-gen; edit that file, not this copy
// The Simple-ABI library's runtime (libspl_torch.so): the Simple runtime's values and arrays,
// found in the host process, and the conversions between them and the bridge's C ABI.
//
// Compiled Simple code passes a `[T]` to an extern fn as one SplArray* (tagged SplValue
// items), text as a NUL-terminated char* the caller owns, and takes a `[T]` result as a fresh
// SplArray* and a text result as a char* it frees. The generated wrappers (spl_torch.cpp)
// convert those to the bridge's (pointer, length) arrays and caller buffers with the helpers
// here, and call the bridge through its function table (sffi_core.h): the same handle table,
// error state and call lock as every other caller of libtorch_sffi.so.
//
// The layout of SplValue and SplArray, and the functions resolved below, are those documented
// by the Simple runtime's runtime.h (repository ormastes/simple, src/runtime/runtime.h):
//     typedef enum { SPL_NIL = 0, SPL_BOOL, SPL_INT, SPL_FLOAT, SPL_STRING, SPL_ARRAY, SPL_DICT } SplTag;
//     typedef struct SplValue { SplTag tag; union { int64_t as_bool; int64_t as_int; double as_float;
//                               char* as_str; SplArray* as_array; SplDict* as_dict; }; } SplValue;
//     struct SplArray { SplValue* items; int64_t len; int64_t cap; };
// The library never allocates or frees the runtime's memory itself: arrays come from
// spl_array_new / spl_array_push, text from spl_str_new (the runtime's strdup), so the
// runtime frees what it receives the way it frees its own.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <vector>

#define RT_TORCH_TYPES_ONLY  // this library exports the bridge's names with Simple signatures
#include "sffi_core.h"

extern "C" {

typedef enum { SPL_NIL = 0, SPL_BOOL, SPL_INT, SPL_FLOAT, SPL_STRING, SPL_ARRAY, SPL_DICT } SplTag;

typedef struct SplArray SplArray;

typedef struct SplValue {
    SplTag tag;
    union {
        int64_t as_bool;
        int64_t as_int;
        double as_float;
        char* as_str;
        SplArray* as_array;
        void* as_dict;
    };
} SplValue;

struct SplArray {
    SplValue* items;
    int64_t len;
    int64_t cap;
};
}

#if defined(_WIN32)
#define SPL_TORCH_API __declspec(dllexport)
#else
#define SPL_TORCH_API __attribute__((visibility("default")))
#endif

namespace spl {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The bridge's functions (the bridge is a link dependency of this library).
inline const sffi_core_table& core() noexcept { return *SFFI_CORE_TABLE(); }

// Whether the Simple runtime's functions were found in this process. When they are not (the
// library was loaded by a program that is not a Simple program), records the unavailable error
// for `function`, naming the missing ones, and returns false.
bool runtime_ready(const char* function) noexcept;

// The items of an [i64] / [f64] argument, checked: a nil array, or an item of another tag,
// records a value error naming the parameter and the item, and returns false. An optional
// array that is not present (present == false) is not looked at.
bool ints(const SplArray* array, std::vector<int64_t>& out, const char* function, const char* param,
          bool present = true) noexcept;
bool floats(const SplArray* array, std::vector<double>& out, const char* function, const char* param,
            bool present = true) noexcept;

inline int64_t length(const std::vector<int64_t>& v) noexcept { return static_cast<int64_t>(v.size()); }
inline int64_t length(const std::vector<double>& v) noexcept { return static_cast<int64_t>(v.size()); }

// The result of a call that failed before it reached the bridge, or in it: a fresh empty array
// (the error is set; Simple code reads the error code), or nil when the runtime is absent.
SplArray* failed_array() noexcept;

// Text the runtime owns, copied from the bridge's per-thread text (nil on failure, the error set).
char* text(const char* function, const char* value) noexcept;

// A fresh SplArray of the values the bridge wrote. Handles (a `Tensor[]` result: `release` is
// the bridge's release function, else null) are released again if the array cannot be made,
// so that no handle outlives a failed call.
using Release = void (*)(int64_t);
SplArray* to_array(const char* function, const int64_t* ints, const double* floats, int64_t n, Release release) noexcept;

// Runs a bridge call that fills a caller buffer (the C ABI's protocol: it returns the full
// length, -1 on failure, and writes nothing when the length exceeds the capacity), growing the
// buffer once, and returns the values as a fresh SplArray.
template <typename T, typename Call>
SplArray* buffer_result(const char* function, Release release, Call&& call) noexcept {
    static_assert(std::is_same_v<T, int64_t> || std::is_same_v<T, double>);
    const auto made = [&](const T* values, int64_t n) {
        if constexpr (std::is_same_v<T, double>) {
            return to_array(function, nullptr, values, n, release);
        } else {
            return to_array(function, values, nullptr, n, release);
        }
    };
    constexpr int64_t kFirst = 16;
    T small[kFirst];
    const int64_t n = call(small, kFirst);
    if (n < 0) return failed_array();
    if (n <= kFirst) return made(small, n);
    std::vector<T> large;
    try {
        large.resize(static_cast<size_t>(n));
    } catch (...) {
        core().set_error(RT_TORCH_ERR_OUT_OF_MEMORY, function, "no memory for the result's buffer");
        return failed_array();
    }
    const int64_t m = call(large.data(), n);
    if (m < 0) return failed_array();
    if (m > n) {  // the result grew between the two calls: nothing was written, no handle made
        core().set_error(RT_TORCH_ERR_OTHER, function, "the result changed its length between two calls");
        return failed_array();
    }
    return made(large.data(), m);
}

}  // namespace spl
