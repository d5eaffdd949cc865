// generated from fixture.yaml by sffi-gen; do not edit
// Streams: 3 function(s) of the C ABI (see torch_sffi.h).
#include "sffi_runtime.h"


extern "C" {

RT_TORCH_API int64_t rt_torch_stream_create(int32_t device_id_) noexcept {
    sffi::begin_call();
    try {
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 413 "fixture.yaml"
        return sffi::new_stream(sffi::stream_from_pool(device_id));
#line 16 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_stream_create");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_stream_create");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_stream_create");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchstream_sync(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const c10::Stream handle = sffi::stream_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 424 "fixture.yaml"
        handle.synchronize();
#line 36 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_sync");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_sync");
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_sync");
    }
}

RT_TORCH_API void rt_torch_torchstream_free(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
#line 435 "fixture.yaml"
        sffi::free_stream(handle_);
#line 51 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_free");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_free");
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_free");
    }
}

}  // extern "C"
