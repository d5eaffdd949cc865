// generated from fixture.yaml by sffi-gen; do not edit
// Library: 7 function(s) of the C ABI (see torch_sffi.h).
#include "sffi_runtime.h"


extern "C" {

RT_TORCH_API bool rt_torch_available(void) noexcept {
    sffi::begin_call();
    try {
        return sffi::to_bool(sffi::torch_available());
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_available");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_available");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_available");
        return false;
    }
}

RT_TORCH_API const char* rt_torch_version(void) noexcept {
    sffi::begin_call();
    try {
        return sffi::text_result(sffi::torch_version());
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_version");
        return nullptr;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_version");
        return nullptr;
    } catch (...) {
        sffi::record_exception("rt_torch_version");
        return nullptr;
    }
}

RT_TORCH_API void rt_torch_torchtensor_free(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        sffi::free_tensor(handle_);
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_free");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_free");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_free");
    }
}

RT_TORCH_API int32_t rt_torch_error_code(void) noexcept {
    try {
        return sffi::to_i32(sffi::error_code());
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_error_code");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_error_code");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_error_code");
        return -1;
    }
}

RT_TORCH_API const char* rt_torch_error_message(void) noexcept {
    try {
        return sffi::text_result(sffi::error_message());
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_error_message");
        return nullptr;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_error_message");
        return nullptr;
    } catch (...) {
        sffi::record_exception("rt_torch_error_message");
        return nullptr;
    }
}

RT_TORCH_API int64_t rt_torch_live_handles(void) noexcept {
    sffi::begin_call();
    try {
        return sffi::to_i64(sffi::live_handles());
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_live_handles");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_live_handles");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_live_handles");
        return -1;
    }
}

RT_TORCH_API void rt_torch_set_name(const char* label_) noexcept {
    sffi::begin_call();
    try {
        const std::string_view label = sffi::text_arg(label_, "label");
        (void)label;
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_set_name");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_set_name");
    } catch (...) {
        sffi::record_exception("rt_torch_set_name");
    }
}

}  // extern "C"
