// The bridge runtime: handle table, per-thread errors, conversions and the helpers that
// catalogue entries bind (see sffi_runtime.h).
#include "sffi_runtime.h"
#include "sffi_tables.h"

#include <ATen/Context.h>
#include <ATen/Parallel.h>
#include <ATen/Dispatch.h>
#include <ATen/DeviceAccelerator.h>
#include <c10/core/DefaultDtype.h>
#include <ATen/dlpack.h>
#include <ATen/detail/CUDAHooksInterface.h>
#include <ATen/ops/batch_norm.h>
#include <ATen/ops/binary_cross_entropy.h>
#include <ATen/ops/dropout.h>
#include <ATen/ops/embedding.h>
#include <ATen/ops/embedding_renorm.h>
#include <ATen/ExpandUtils.h>
#include <ATen/core/Reduction.h>
#include <ATen/ops/broadcast_tensors.h>
#include <ATen/ops/empty.h>
#include <ATen/ops/from_blob.h>
#include <ATen/ops/mse_loss.h>
#include <ATen/ops/reshape.h>
#include <c10/core/CachingDeviceAllocator.h>
#include <c10/core/GradMode.h>
#include <c10/core/StreamGuard.h>
#include <c10/core/impl/DeviceGuardImplInterface.h>
#include <c10/core/impl/VirtualGuardImpl.h>
#include <c10/util/Exception.h>
#include <torch/csrc/autograd/function.h>
#include <torch/version.h>

#include <variant>
#include <atomic>
#include <mutex>
#include <thread>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <new>
#include <stdexcept>
#include <utility>

#include <pthread.h>  // pthread_atfork
#include <time.h>     // nanosleep

// ATen/DLConvertor.h's functions, declared as that header declares them: the header itself
// includes <ATen/ATen.h> (every operator), which the bridge never includes.
namespace at {
TORCH_API ScalarType toScalarType(const DLDataType& dtype);
TORCH_API DLManagedTensor* toDLPack(const Tensor& src);
TORCH_API Tensor fromDLPack(DLManagedTensor* src, std::function<void(void*)> deleter);
TORCH_API DLManagedTensorVersioned* toDLPackVersioned(const Tensor& src);
TORCH_API Tensor fromDLPackVersioned(DLManagedTensorVersioned* src, std::function<void(void*)> deleter);
TORCH_API Device dlDeviceToTorchDevice(DLDeviceType type, c10::DeviceIndex index, void* data);
}  // namespace at

namespace sffi {
namespace {

// ============================================================== per-thread error state

struct ThreadErrors {
    std::string message;  // meaningful while t_error_code != 0
    std::string text;     // storage behind the last text result
    // The open grad-mode regions of this thread, innermost last: whether each is a no_grad
    // region (no_grad_begin) or one of grad_mode_begin (enable_grad, set_grad_enabled), and
    // the grad mode it replaced, which its end restores (as torch.no_grad's __exit__ does).
    struct GradRegion {
        bool no_grad;
        bool before;
    };
    std::vector<GradRegion> grad_regions;
    bool guard_on = false;    // the reference's one guard (no_grad_guard_begin / no_grad_guard_end)
    bool guard_before = true; // the grad mode the guard restores
};

ThreadErrors& thread_errors() noexcept {
    static thread_local ThreadErrors state;
    return state;
}

void set_error(Code code, const char* function, std::string_view message) noexcept {
    t_error_code = static_cast<int32_t>(code);
    try {
        auto& msg = thread_errors().message;
        msg.assign(function);
        msg.append(": ");
        msg.append(message);
        while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    } catch (...) {  // no memory even for the message: the code alone must do
    }
}

// ============================================================== the handle table
//
// A handle is  kind << 56 | generation << 32 | slot.  Kinds start at 1, so 0 is never a
// handle. A slot's generation grows each time it is freed; a slot whose generation would
// wrap is retired, so a stale handle can never match a newer occupant. Lookups copy the
// tensor (one reference-count increment) under the lock, so another thread freeing the
// handle meanwhile cannot pull the tensor from under a running operation.

enum class Kind : uint8_t { none = 0, tensor = 1, stream = 2, module = 3, group = 4 };
constexpr int kKindShift = 56;
constexpr int kGenerationShift = 32;
constexpr uint32_t kGenerationMask = 0xFFFFFF;
constexpr uint64_t kSlotMask = 0xFFFFFFFFull;

const char* kind_name(Kind kind) {
    switch (kind) {
        case Kind::tensor: return "tensor";
        case Kind::stream: return "stream";
        case Kind::module: return "module";
        case Kind::group: return "process group";
        default: return "unknown";
    }
}

// The table's lock. Critical sections are a few loads and stores (tensors are released
// outside it), so a test-and-test-and-set lock beats a mutex: unlocking is one plain store,
// not an atomic read-modify-write. Waiters yield after a short spin.
class SpinLock {
  public:
    void lock() noexcept {
        while (flag_.exchange(true, std::memory_order_acquire)) {
            for (int spins = 0; flag_.load(std::memory_order_relaxed); ++spins) {
                if (spins > 100) std::this_thread::yield();
            }
        }
    }
    void unlock() noexcept { flag_.store(false, std::memory_order_release); }

  private:
    std::atomic<bool> flag_{false};
};

struct Slot {
    at::Tensor tensor;
    c10::Stream stream{c10::Stream::DEFAULT, c10::Device(c10::kCPU)};
    std::shared_ptr<void> object;  // a module or a process group: shared, so a call keeps it alive
    uint32_t generation = 1;
    Kind kind = Kind::none;
};

class Table {
  public:
    int64_t insert(at::Tensor tensor) {
        std::lock_guard<SpinLock> guard(lock_);
        if (free_.empty()) reserve(1);
        return insert_locked(Kind::tensor, std::move(tensor));
    }

    int64_t insert(c10::Stream stream) {
        std::lock_guard<SpinLock> guard(lock_);
        reserve(1);
        const int64_t handle = insert_locked(Kind::stream, at::Tensor());
        slots_[static_cast<uint64_t>(handle) & kSlotMask].stream = stream;
        return handle;
    }

    int64_t insert(Kind kind, std::shared_ptr<void> object) {
        std::lock_guard<SpinLock> guard(lock_);
        reserve(1);
        const int64_t handle = insert_locked(kind, at::Tensor());
        slots_[static_cast<uint64_t>(handle) & kSlotMask].object = std::move(object);
        return handle;
    }

    // The object of a live handle of this kind (a copy of the shared pointer, taken under the
    // lock: another thread freeing the handle meanwhile cannot destroy it under the caller).
    std::shared_ptr<void> object(int64_t handle, Kind kind, const char* name) {
        std::lock_guard<SpinLock> guard(lock_);
        return find(handle, kind, name).object;
    }

    // Inserts several tensors under one lock (array results): all of them or none.
    void insert_all(std::vector<at::Tensor>& tensors, int64_t* out) {
        for (auto& t : tensors) {
            if (!t.defined()) fail(Code::other, "the operation returned an undefined tensor");
        }
        std::lock_guard<SpinLock> guard(lock_);
        reserve(tensors.size());  // may throw; nothing is inserted yet
        for (size_t i = 0; i < tensors.size(); ++i) {
            out[i] = insert_locked(Kind::tensor, std::move(tensors[i]));
        }
    }

    at::Tensor tensor(int64_t handle, const char* name) {
        std::lock_guard<SpinLock> guard(lock_);
        return find(handle, Kind::tensor, name).tensor;
    }

    void tensors(const int64_t* handles, const char* const* names, at::Tensor* out, size_t n) {
        std::lock_guard<SpinLock> guard(lock_);
        for (size_t i = 0; i < n; ++i) out[i] = find(handles[i], Kind::tensor, names[i]).tensor;
    }

    c10::Stream stream(int64_t handle, const char* name) {
        std::lock_guard<SpinLock> guard(lock_);
        return find(handle, Kind::stream, name).stream;
    }

    // The stream of a live stream handle, or nothing for any other value (never reports).
    std::optional<c10::Stream> find_stream(int64_t handle) noexcept {
        std::lock_guard<SpinLock> guard(lock_);
        if (Slot* slot = live_slot(handle, Kind::stream)) return slot->stream;
        return std::nullopt;
    }

    void erase(int64_t handle, Kind kind) {
        at::Tensor doomed;  // destroyed after the lock is released: freeing memory can be slow
        std::shared_ptr<void> doomed_object;
        {
            std::lock_guard<SpinLock> guard(lock_);
            Slot& slot = find(handle, kind, "handle");
            doomed = std::move(slot.tensor);
            doomed_object = std::move(slot.object);
            retire(slot);
        }
    }

    bool release(int64_t handle, Kind kind) noexcept {
        at::Tensor doomed;
        std::shared_ptr<void> doomed_object;
        {
            std::lock_guard<SpinLock> guard(lock_);
            Slot* slot = live_slot(handle, kind);
            if (slot == nullptr) return false;
            doomed = std::move(slot->tensor);
            doomed_object = std::move(slot->object);
            retire(*slot);
        }
        return true;  // the tensor is destroyed here, outside the lock
    }

    int64_t live() noexcept {
        std::lock_guard<SpinLock> guard(lock_);
        return live_;
    }

    // For the fork handlers only: held across fork(), so that the child gets a consistent table.
    void lock() noexcept { lock_.lock(); }
    void unlock() noexcept { lock_.unlock(); }

  private:
    // Marks a slot free (its tensor already moved out) under the lock.
    void retire(Slot& slot) noexcept {
        slot.tensor = at::Tensor();
        slot.object.reset();  // already moved out by erase/release: never destroyed under the lock
        slot.kind = Kind::none;
        --live_;
        if (slot.generation < kGenerationMask) {
            ++slot.generation;
            free_.push_back(static_cast<uint32_t>(&slot - slots_.data()));  // capacity reserved: no throw
        }  // else: retired for good, so no stale handle can ever match it again
    }

    // Makes room for n insertions without failing later (vector growth may throw here).
    void reserve(size_t n) {
        if (free_.size() >= n) return;
        const size_t needed = slots_.size() + (n - free_.size());
        if (needed > kSlotMask) fail(Code::out_of_memory, "handle table is full");
        if (needed > slots_.capacity()) {
            slots_.reserve(std::max(needed, slots_.capacity() * 2));
            free_.reserve(slots_.capacity());  // every slot can be free at once: push_back never allocates
        }
    }

    int64_t insert_locked(Kind kind, at::Tensor tensor) noexcept {
        uint32_t index;
        if (!free_.empty()) {
            index = free_.back();
            free_.pop_back();
        } else {
            slots_.emplace_back();  // capacity reserved: cannot throw
            index = static_cast<uint32_t>(slots_.size() - 1);
        }
        Slot& slot = slots_[index];
        slot.kind = kind;
        slot.tensor = std::move(tensor);
        ++live_;
        return static_cast<int64_t>(static_cast<uint64_t>(kind) << kKindShift |
                                    static_cast<uint64_t>(slot.generation) << kGenerationShift | index);
    }

    // The slot whose current occupant the handle names, or nullptr. Call under the lock.
    Slot* live_slot(int64_t handle, Kind want) noexcept {
        const auto h = static_cast<uint64_t>(handle);
        const auto index = h & kSlotMask;
        if (handle <= 0 || static_cast<Kind>(h >> kKindShift) != want || index >= slots_.size()) return nullptr;
        Slot& slot = slots_[index];
        const auto generation = static_cast<uint32_t>(h >> kGenerationShift) & kGenerationMask;
        return slot.kind == want && slot.generation == generation ? &slot : nullptr;
    }

    // The live slot of a handle, or an invalid_handle error saying what is wrong with it.
    Slot& find(int64_t handle, Kind want, const char* name) {
        if (Slot* slot = live_slot(handle, want)) return *slot;
        const auto h = static_cast<uint64_t>(handle);
        const auto kind = static_cast<Kind>(h >> kKindShift);
        const auto generation = static_cast<uint32_t>(h >> kGenerationShift) & kGenerationMask;
        const auto index = h & kSlotMask;
        if (handle == 0) {
            fail(Code::invalid_handle, std::string("argument '") + name + "': 0 is not a valid " + kind_name(want) + " handle");
        }
        if (handle > 0 && (kind == Kind::tensor || kind == Kind::stream || kind == Kind::module || kind == Kind::group) && kind != want) {
            fail(Code::invalid_handle, std::string("argument '") + name + "': handle " + std::to_string(handle) + " is a " +
                                           kind_name(kind) + " handle, not a " + kind_name(want) + " handle");
        }
        if (handle > 0 && kind == want && index < slots_.size()) {
            const Slot& slot = slots_[index];
            if (generation != 0 && generation < slot.generation) {
                fail(Code::invalid_handle, std::string("argument '") + name + "': " + kind_name(want) + " handle " +
                                               std::to_string(handle) + " was already freed");
            }
        }
        fail(Code::invalid_handle, std::string("argument '") + name + "': " + std::to_string(handle) + " is not a " +
                                       kind_name(want) + " handle issued by this bridge");
    }

    SpinLock lock_;
    std::vector<Slot> slots_;
    std::vector<uint32_t> free_;
    int64_t live_ = 0;
};

// One table per kind, so generations (and stale-handle reports) are per kind. Created when
// the library loads (no initialisation check on each call) and never destroyed: tensors
// still held at exit must not be released after libtorch's own static objects are gone.
Table& g_tensors = *new Table();
Table& g_streams = *new Table();
Table& g_modules = *new Table();
Table& g_groups = *new Table();  // process groups (sffi_dist.cpp)

inline Table& table(Kind kind) {
    switch (kind) {
        case Kind::stream: return g_streams;
        case Kind::module: return g_modules;
        case Kind::group: return g_groups;
        default: return g_tensors;
    }
}

// ============================================================== the call lock (sffi_runtime.h)
//
// Each thread that takes the lock shared gets a slot of its own (a cache line) on its first
// call, and gives it back when it exits; a writer scans the slots taken so far. Threads beyond
// kCallSlots share one overflow slot, whose `busy` counts them.

constexpr size_t kCallSlots = 512;
CallSlot g_call_slots[kCallSlots];
CallSlot g_overflow;
std::atomic<size_t> g_slots_used{0};  // one past the highest slot ever taken
std::atomic<uint32_t> g_writer{0};    // 1 while a writer holds the lock: writers take turns
thread_local bool t_no_slot = false;  // every slot was taken, or this thread is exiting
thread_local uint32_t t_overflow_depth = 0;  // shared calls this thread runs in the overflow slot

struct SlotOwner {
    CallSlot* slot = nullptr;
    ~SlotOwner() {  // at thread exit; calls from later destructors share the overflow slot
        if (slot == nullptr) return;
        detail::t_call_slot = nullptr;
        t_no_slot = true;
        slot->taken.store(false, std::memory_order_release);
    }
};
thread_local SlotOwner t_slot_owner;

// This thread's slot, taken on first use; nullptr when it must share the overflow slot.
CallSlot* own_slot() noexcept {
    if (detail::t_call_slot != nullptr || t_no_slot) return detail::t_call_slot;
    for (size_t i = 0; i < kCallSlots; ++i) {
        bool taken = false;
        if (g_call_slots[i].taken.compare_exchange_strong(taken, true, std::memory_order_acq_rel)) {
            // Published before the slot's first use, so a writer that misses it here has already
            // announced itself to this thread's first read of g_writers (both sequentially consistent).
            size_t used = g_slots_used.load(std::memory_order_seq_cst);
            while (used < i + 1 && !g_slots_used.compare_exchange_weak(used, i + 1, std::memory_order_seq_cst)) {
            }
            t_slot_owner.slot = &g_call_slots[i];
            detail::t_call_slot = &g_call_slots[i];
            return detail::t_call_slot;
        }
    }
    t_no_slot = true;
    return nullptr;
}

void pause_briefly(int round) noexcept {
    if (round < 64) {
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#endif
    } else if (round < 1024) {
        std::this_thread::yield();
    } else {
        timespec nap{0, 50'000};  // a long-running call (a large matmul): stop spinning
        nanosleep(&nap, nullptr);
    }
}

void wait_until_idle(const std::atomic<uint32_t>& busy) noexcept {
    for (int round = 0; busy.load(std::memory_order_seq_cst) != 0; ++round) pause_briefly(round);
}

// fork(): the child gets no other thread, so whatever another thread held at that moment would
// stay held for ever. The prepare handler takes every lock of the bridge (the call lock
// exclusively, which also waits for the calls in flight on other threads, then the handle
// tables); the parent releases them, the child resets them and frees the slots of the threads
// it does not have.
void before_fork() noexcept {
    detail::enter_exclusive();
    g_tensors.lock();
    g_streams.lock();
    g_modules.lock();
    g_groups.lock();
}

void after_fork_in_parent() noexcept {
    g_groups.unlock();
    g_modules.unlock();
    g_streams.unlock();
    g_tensors.unlock();
    detail::leave_exclusive();
}

void after_fork_in_child() noexcept {
    g_groups.unlock();
    g_modules.unlock();
    g_streams.unlock();
    g_tensors.unlock();
    for (CallSlot& slot : g_call_slots) {
        if (&slot != detail::t_call_slot) {
            slot.busy.store(0, std::memory_order_relaxed);
            slot.taken.store(false, std::memory_order_relaxed);
        }
    }
    g_overflow.busy.store(0, std::memory_order_relaxed);
    g_writer.store(0, std::memory_order_relaxed);
    detail::g_writers.store(0, std::memory_order_seq_cst);
}

// Registered once, when the library loads (after the tables above exist).
[[maybe_unused]] const int g_fork_handlers = pthread_atfork(before_fork, after_fork_in_parent, after_fork_in_child);

std::string join_dims(c10::IntArrayRef dims) {
    std::string s = "[";
    for (size_t i = 0; i < dims.size(); ++i) s += (i ? ", " : "") + std::to_string(dims[i]);
    return s + "]";
}

void check_out(const void* out, int64_t capacity) {
    if (capacity < 0) fail(Code::value, "out_capacity is negative (" + std::to_string(capacity) + ")");
    if (out == nullptr && capacity > 0) fail(Code::value, "out is NULL but out_capacity is " + std::to_string(capacity));
}

void require_cuda(int32_t device_id) {
    if (!at::hasCUDA() || !c10::impl::hasDeviceGuardImpl(c10::DeviceType::CUDA)) {
        fail(Code::unavailable, "CUDA is not available: this libtorch was built without CUDA support");
    }
    const int32_t count = cuda_device_count();
    if (count == 0) fail(Code::unavailable, "CUDA is not available: no CUDA device was found");
    if (device_id < 0 || device_id >= count) {
        fail(Code::index, "CUDA device " + std::to_string(device_id) + " is out of range (" + std::to_string(count) +
                              " device(s))");
    }
}

}  // namespace

// ============================================================== the call lock

std::atomic<uint32_t> detail::g_writers{0};

CallSlot* detail::enter_shared_slow() noexcept {
    CallSlot* slot = own_slot();
    if (slot == nullptr && t_overflow_depth != 0) {  // inside a shared call of this thread: no writer runs
        g_overflow.busy.fetch_add(1, std::memory_order_seq_cst);
        ++t_overflow_depth;
        return &g_overflow;
    }
    for (;;) {
        const uint32_t writers = g_writers.load(std::memory_order_seq_cst);
        if (writers != 0) {
            g_writers.wait(writers, std::memory_order_seq_cst);  // until a writer leaves
            continue;
        }
        if (slot != nullptr) {
            slot->busy.store(1, std::memory_order_seq_cst);
        } else {
            g_overflow.busy.fetch_add(1, std::memory_order_seq_cst);
        }
        if (g_writers.load(std::memory_order_seq_cst) == 0) {
            if (slot != nullptr) return slot;
            ++t_overflow_depth;
            return &g_overflow;
        }
        if (slot != nullptr) {
            slot->busy.store(0, std::memory_order_release);
        } else {
            g_overflow.busy.fetch_sub(1, std::memory_order_release);
        }
    }
}

void detail::leave_shared_slow(CallSlot* slot) noexcept {
    if (slot == &g_overflow) {
        --t_overflow_depth;
        slot->busy.fetch_sub(1, std::memory_order_release);
    } else {
        slot->busy.store(0, std::memory_order_release);
    }
}

void detail::enter_exclusive() noexcept {
    g_writers.fetch_add(1, std::memory_order_seq_cst);  // from here on, readers wait
    uint32_t expected = 0;
    while (!g_writer.compare_exchange_weak(expected, 1, std::memory_order_acquire, std::memory_order_relaxed)) {
        if (expected != 0) g_writer.wait(expected, std::memory_order_relaxed);
        expected = 0;
    }
    const size_t used = g_slots_used.load(std::memory_order_seq_cst);
    for (size_t i = 0; i < used; ++i) wait_until_idle(g_call_slots[i].busy);
    wait_until_idle(g_overflow.busy);
}

void detail::leave_exclusive() noexcept {
    g_writer.store(0, std::memory_order_release);
    g_writer.notify_one();
    if (g_writers.fetch_sub(1, std::memory_order_seq_cst) == 1) g_writers.notify_all();
}

// ============================================================== errors

void fail(Code code, std::string message) { throw Error(code, std::move(message)); }

void record_error(const Error& error, const char* function) noexcept { set_error(error.code(), function, error.what()); }

void record_code(int32_t code, const char* function, const char* message) noexcept {
    set_error(static_cast<Code>(code), function, message != nullptr ? message : "");
}

void record_error(const c10::Error& error, const char* function) noexcept {
    const std::string_view msg = error.what_without_backtrace();  // what() would cost milliseconds
    Code code = Code::other;
    if (dynamic_cast<const c10::IndexError*>(&error)) {
        code = Code::index;
    } else if (dynamic_cast<const c10::ValueError*>(&error)) {
        code = Code::value;
    } else if (dynamic_cast<const c10::TypeError*>(&error)) {
        code = Code::type;
    } else if (dynamic_cast<const c10::NotImplementedError*>(&error)) {
        code = Code::unavailable;
    } else if (dynamic_cast<const c10::DistError*>(&error)) {  // c10d: a store, a backend, the network
        code = Code::distributed;
    } else if (dynamic_cast<const c10::OutOfMemoryError*>(&error) ||
               // the CPU allocator reports exhaustion as a plain c10::Error
               msg.find("can't allocate memory") != std::string_view::npos ||
               msg.find("not enough memory") != std::string_view::npos) {
        code = Code::out_of_memory;
    }
    set_error(code, function, msg);
}

void record_exception(const char* function) noexcept {
    try {
        throw;
    } catch (const Error& e) {
        record_error(e, function);
    } catch (const c10::Error& e) {
        record_error(e, function);
    } catch (const std::bad_alloc&) {
        set_error(Code::out_of_memory, function, "out of memory");
    } catch (const std::out_of_range& e) {
        set_error(Code::index, function, e.what());
    } catch (const std::exception& e) {
        set_error(Code::other, function, e.what());
    } catch (...) {
        set_error(Code::other, function, "unknown C++ exception");
    }
}

// ---------------------------------------------------------------- warnings

namespace {

struct Collected {
    std::string message;
    int32_t kind;  // 0 UserWarning, 1 DeprecationWarning
};

constexpr size_t kMaxWarnings = 64;  // kept per call; a call raising more keeps the first ones
thread_local std::vector<Collected> t_warnings;
thread_local c10::WarningHandler* t_previous_handler = nullptr;

class WarningCollector final : public c10::WarningHandler {
  public:
    void process(const c10::Warning& warning) override {
        // Inside a bridge call's binds: a shared call counts in its thread's slot (a slot shared by
        // threads when every slot is taken, which may keep another thread's warning), an exclusive
        // one here. Otherwise libtorch is used on this thread directly: its warnings go on.
        const bool in_call = detail::t_exclusive_depth > 0 || (detail::t_call_slot != nullptr && detail::t_call_slot->busy.load(std::memory_order_relaxed) > 0);
        if (!in_call) {
            if (t_previous_handler != nullptr && t_previous_handler != this) t_previous_handler->process(warning);
            else c10::WarningHandler::process(warning);
            return;
        }
        try {
            if (detail::t_warning_count == 0) t_warnings.clear();  // the first of this call
            if (t_warnings.size() >= kMaxWarnings) return;
            const int32_t kind = std::holds_alternative<c10::DeprecationWarning>(warning.type()) ? 1 : 0;
            t_warnings.push_back({warning.msg(), kind});
            detail::t_warning_count = static_cast<int32_t>(t_warnings.size());
        } catch (...) {  // no memory for the message: the warning is dropped, the call goes on
        }
    }
};

WarningCollector g_warning_collector;

const Collected* collected(int64_t index) noexcept {
    return index >= 0 && index < detail::t_warning_count ? &t_warnings[static_cast<size_t>(index)] : nullptr;
}

}  // namespace

void detail::install_warning_collector() noexcept {
    t_previous_handler = c10::WarningUtils::get_warning_handler();
    c10::WarningUtils::set_warning_handler(&g_warning_collector);
    t_collecting = true;
}

int32_t warning_count() noexcept { return detail::t_warning_count; }

const char* warning_message(int64_t index) noexcept {
    const Collected* w = collected(index);
    return w != nullptr ? w->message.c_str() : "";
}

int32_t warning_kind(int64_t index) noexcept {
    const Collected* w = collected(index);
    return w != nullptr ? w->kind : -1;
}

int32_t error_code() noexcept { return t_error_code; }

const char* error_message() noexcept { return t_error_code == 0 ? "" : thread_errors().message.c_str(); }

void error_clear() noexcept {
    t_error_code = 0;
    thread_errors().message.clear();
}

// ============================================================== arguments

at::Tensor tensor_arg(int64_t handle, const char* name) { return g_tensors.tensor(handle, name); }

void tensor_args(const int64_t* handles, const char* const* names, at::Tensor* out, size_t n) {
    g_tensors.tensors(handles, names, out, n);
}

std::optional<at::Tensor> optional_tensor_arg(int64_t handle, const char* name) {
    if (handle == 0) return std::nullopt;
    return table(Kind::tensor).tensor(handle, name);
}

c10::Stream stream_arg(int64_t handle, const char* name) { return table(Kind::stream).stream(handle, name); }

void check_array(const void* data, int64_t len, const char* name) {
    if (len < 0) fail(Code::value, std::string("argument '") + name + "': negative length " + std::to_string(len));
    if (data == nullptr && len > 0) {
        fail(Code::value, std::string("argument '") + name + "' is NULL with length " + std::to_string(len));
    }
}

std::vector<at::Tensor> tensor_list_arg(const int64_t* handles, int64_t len, const char* name) {
    check_array(handles, len, name);
    std::vector<at::Tensor> out;
    out.reserve(static_cast<size_t>(len));
    for (int64_t i = 0; i < len; ++i) {
        const std::string item = std::string(name) + "[" + std::to_string(i) + "]";
        out.push_back(table(Kind::tensor).tensor(handles[i], item.c_str()));
    }
    return out;
}

std::string_view text_arg(const char* text, const char* name) {
    if (text == nullptr) fail(Code::value, std::string("argument '") + name + "' is NULL");
    return text;
}

std::optional<std::string_view> optional_text_arg(const char* text) {
    if (text == nullptr) return std::nullopt;
    return std::string_view(text);
}

std::string_view enum_arg(const char* text, const char* name, std::initializer_list<std::string_view> values, Code code) {
    const std::string_view value = text_arg(text, name);
    for (const auto& v : values) {
        if (v == value) return v;
    }
    std::string known;
    for (const auto& v : values) known += (known.empty() ? "'" : ", '") + std::string(v) + "'";
    fail(code, std::string(value) + " is not a valid value for " + name + " (one of " + known + ")");
}

std::optional<std::string_view> optional_enum_arg(const char* text, const char* name,
                                                  std::initializer_list<std::string_view> values, Code code) {
    if (text == nullptr) return std::nullopt;
    return enum_arg(text, name, values, code);
}

c10::Scalar scalar_arg(double value, int64_t int_value, int32_t kind, const char* name) {
    switch (kind) {
        case 0: return c10::Scalar(value);
        case 1: return c10::Scalar(int_value);
        case 2: return c10::Scalar(int_value != 0);
        default:
            fail(Code::value, std::string("argument '") + name + "': unknown Scalar kind " + std::to_string(kind) +
                                  " (0 float, 1 int, 2 bool" + (kind == -1 ? "; -1, None, is not allowed here)" : ")"));
    }
}

std::optional<c10::Scalar> optional_scalar_arg(double value, int64_t int_value, int32_t kind, const char* name) {
    if (kind == -1) return std::nullopt;
    return scalar_arg(value, int_value, kind, name);
}

IntList sized_int_list_arg(const int64_t* data, int64_t len, int64_t size, const char* name) {
    check_array(data, len, name);
    if (len == 1) return IntList(static_cast<size_t>(size), data[0]);  // int[N]: one value stands for N
    return IntList(data, data + len);
}

OptionalIntList optional_sized_int_list_arg(const int64_t* data, int64_t len, bool present, int64_t size, const char* name) {
    if (!present) return OptionalIntList();
    return OptionalIntList(sized_int_list_arg(data, len, size, name));
}

c10::List<std::optional<at::Tensor>> optional_tensor_list_arg(const int64_t* handles, int64_t len, const char* name) {
    check_array(handles, len, name);
    c10::List<std::optional<at::Tensor>> out;
    out.reserve(static_cast<size_t>(len));
    for (int64_t i = 0; i < len; ++i) {
        if (handles[i] == 0) {
            out.push_back(std::nullopt);
        } else {
            const std::string item = std::string(name) + "[" + std::to_string(i) + "]";
            out.push_back(tensor_arg(handles[i], item.c_str()));
        }
    }
    return out;
}

// ============================================================== results

int64_t new_tensor(at::Tensor tensor) {
    if (!tensor.defined()) fail(Code::other, "the operation returned an undefined tensor");
    return g_tensors.insert(std::move(tensor));
}

int64_t new_optional_tensor(at::Tensor tensor) { return tensor.defined() ? g_tensors.insert(std::move(tensor)) : 0; }

int64_t new_stream(c10::Stream stream) { return g_streams.insert(stream); }

int64_t write_tensors(int64_t* out, int64_t capacity, std::vector<at::Tensor> tensors) {
    check_out(out, capacity);
    const auto n = static_cast<int64_t>(tensors.size());
    if (n <= capacity) table(Kind::tensor).insert_all(tensors, out);
    return n;
}

int64_t write_array(int64_t* out, int64_t capacity, c10::IntArrayRef values) {
    check_out(out, capacity);
    const auto n = static_cast<int64_t>(values.size());
    if (n <= capacity && n > 0) std::memcpy(out, values.data(), sizeof(int64_t) * values.size());
    return n;
}

template <class T>
static int64_t write_tensor_data(T* out, int64_t capacity, const at::Tensor& values, at::ScalarType dtype) {
    check_out(out, capacity);
    const int64_t n = values.numel();
    if (n <= capacity && n > 0) {
        if (values.device().is_cpu() && values.is_contiguous() && !values.is_complex() && !values.is_neg()) {
            // The common case: one loop over the elements, no tensor made. (A view with the
            // negative bit, as imag() of a conjugate, reads through copy_, which applies it.)
            AT_DISPATCH_ALL_TYPES_AND3(at::kBool, at::kHalf, at::kBFloat16, values.scalar_type(), "read", [&] {
                const scalar_t* data = values.const_data_ptr<scalar_t>();
                for (int64_t i = 0; i < n; ++i) out[i] = static_cast<T>(data[i]);
            });
        } else {
            // Strided, on a device: one pass straight into the caller's buffer (gathered,
            // converted and copied from the device by copy_), no intermediate tensor.
            at::from_blob(out, values.sizes(), at::TensorOptions().dtype(dtype)).copy_(values);
        }
    }
    return n;
}

int64_t write_array(int64_t* out, int64_t capacity, const at::Tensor& values) {
    return write_tensor_data(out, capacity, values, at::kLong);
}

int64_t write_array(double* out, int64_t capacity, const at::Tensor& values) {
    return write_tensor_data(out, capacity, values, at::kDouble);
}

double to_f64(const at::Tensor& tensor) { return tensor.item().toDouble(); }

double to_f64(const c10::Scalar& scalar) { return scalar.toDouble(); }

c10::Scalar multiplier(double value) {
    constexpr double kLimit = 9007199254740992.0;  // 2^53: every whole double below is exact in int64
    const bool negative_zero = value == 0.0 && std::signbit(value);
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) <= kLimit && !negative_zero) {
        return c10::Scalar(static_cast<int64_t>(value));
    }
    return c10::Scalar(value);
}

const char* text_result(std::string text) {
    auto& storage = thread_errors().text;
    storage = std::move(text);
    return storage.c_str();
}

// ============================================================== handles

void free_tensor(int64_t handle) { table(Kind::tensor).erase(handle, Kind::tensor); }

bool release_tensor(int64_t handle) noexcept { return g_tensors.release(handle, Kind::tensor); }

void free_stream(int64_t handle) { table(Kind::stream).erase(handle, Kind::stream); }

int64_t new_module_object(std::shared_ptr<void> module) { return g_modules.insert(Kind::module, std::move(module)); }

std::shared_ptr<void> module_object(int64_t handle, const char* name) { return g_modules.object(handle, Kind::module, name); }

void free_module(int64_t handle) { g_modules.erase(handle, Kind::module); }

bool release_module(int64_t handle) noexcept { return g_modules.release(handle, Kind::module); }

int64_t new_group_object(std::shared_ptr<void> group) { return g_groups.insert(Kind::group, std::move(group)); }

std::shared_ptr<void> group_object(int64_t handle, const char* name) { return g_groups.object(handle, Kind::group, name); }

void free_group(int64_t handle) { g_groups.erase(handle, Kind::group); }

bool release_group(int64_t handle) noexcept { return g_groups.release(handle, Kind::group); }

// ============================================================== DLPack


// DLManagedTensors exported by to_dlpack whose deleter has not run yet (part of live_handles, so
// that leak checks see a capsule nobody consumed or freed).
static std::atomic<int64_t> g_dlpack_live{0};

// ATen's deleter of what at::toDLPack (or toDLPackVersioned) makes, one function for all of
// them, wrapped by one that counts.
template <class M>
struct DLPackCount {
    static inline std::atomic<void (*)(M*)> aten_deleter{nullptr};
    static void deleter(M* self) {
        g_dlpack_live.fetch_sub(1, std::memory_order_relaxed);
        aten_deleter.load(std::memory_order_relaxed)(self);
    }
    static int64_t counted(M* managed) {
        aten_deleter.store(managed->deleter, std::memory_order_relaxed);
        managed->deleter = deleter;
        g_dlpack_live.fetch_add(1, std::memory_order_relaxed);
        return static_cast<int64_t>(reinterpret_cast<intptr_t>(managed));
    }
};

int64_t to_dlpack(const at::Tensor& tensor, bool versioned) {
    if (tensor.is_conj()) fail(Code::value, "Can't export tensors with the conjugate bit set (call resolve_conj() first)");
    if (tensor.is_neg()) fail(Code::value, "Can't export tensors with the negative bit set (call resolve_neg() first)");
    if (versioned) return DLPackCount<DLManagedTensorVersioned>::counted(at::toDLPackVersioned(tensor));
    return DLPackCount<DLManagedTensor>::counted(at::toDLPack(tensor));
}

template <class M>
static M* dlpack_at(int64_t address) {
    if (address == 0) fail(Code::value, "argument 'address': 0 is not the address of a DLManagedTensor");
    return reinterpret_cast<M*>(static_cast<intptr_t>(address));
}

// Everything that can refuse the tensor is checked before ATen owns it: a failed call leaves
// the DLManagedTensor with the caller (whose deleter, or dlpack_free, frees it).
static void check_dlpack(const DLTensor& dl) {
    if (dl.ndim < 0) fail(Code::value, "DLPack tensor with a negative ndim (" + std::to_string(dl.ndim) + ")");
    if (dl.ndim > 0 && dl.shape == nullptr) fail(Code::value, "DLPack tensor without a shape");
    if (dl.dtype.lanes != 1) fail(Code::type, "DLPack tensors with lanes != 1 are not supported");
    (void)at::toScalarType(dl.dtype);  // throws for a dtype ATen does not know
    (void)at::dlDeviceToTorchDevice(dl.device.device_type, static_cast<c10::DeviceIndex>(dl.device.device_id), dl.data);
}

at::Tensor from_dlpack(int64_t address, bool versioned) {
    if (versioned) {
        auto* managed = dlpack_at<DLManagedTensorVersioned>(address);
        if (managed->version.major > DLPACK_MAJOR_VERSION)
            fail(Code::value, "DLPack tensor of version " + std::to_string(managed->version.major) + ": this build reads version " +
                                  std::to_string(DLPACK_MAJOR_VERSION));
        check_dlpack(managed->dl_tensor);
        return at::fromDLPackVersioned(managed, {});
    }
    auto* managed = dlpack_at<DLManagedTensor>(address);
    check_dlpack(managed->dl_tensor);
    return at::fromDLPack(managed, {});
}

template <class M>
static void run_dlpack_deleter(int64_t address) {
    auto* managed = dlpack_at<M>(address);
    if (managed->deleter != nullptr) managed->deleter(managed);
}

void dlpack_free(int64_t address, bool versioned) {
    if (versioned) run_dlpack_deleter<DLManagedTensorVersioned>(address);
    else run_dlpack_deleter<DLManagedTensor>(address);
}

int64_t live_handles() noexcept {
    return table(Kind::tensor).live() + table(Kind::stream).live() + g_modules.live() + g_groups.live() + g_dlpack_live.load(std::memory_order_relaxed);
}

// ============================================================== library and devices

bool torch_available() noexcept { return true; }

const char* torch_version() noexcept {
    return C10_STRINGIZE(TORCH_VERSION_MAJOR) "." C10_STRINGIZE(TORCH_VERSION_MINOR) "." C10_STRINGIZE(TORCH_VERSION_PATCH);
}

// Every CUDA entry point checks this first: on a CPU build the device-generic stream and
// allocator APIs throw internal errors instead of saying "no CUDA".
static bool cuda_linked() { return at::hasCUDA() && c10::impl::hasDeviceGuardImpl(c10::DeviceType::CUDA); }

int32_t cuda_device_count() {
    return cuda_linked() ? static_cast<int32_t>(at::detail::getCUDAHooks().deviceCount()) : 0;
}

bool cuda_available() { return cuda_device_count() > 0; }

at::Tensor to_cuda(const at::Tensor& tensor, int32_t device_id) {
    require_cuda(device_id);
    return tensor.to(at::Device(at::kCUDA, static_cast<c10::DeviceIndex>(device_id)));
}

at::Tensor to_stream(const at::Tensor& tensor, int32_t device_id, c10::Stream stream) {
    require_cuda(device_id);
    const at::Device device(at::kCUDA, static_cast<c10::DeviceIndex>(device_id));
    if (stream.device() != device) {
        fail(Code::value, "the stream belongs to " + stream.device().str() + ", not " + device.str());
    }
    c10::StreamGuard guard(stream);
    return tensor.to(tensor.options().device(device), /*non_blocking=*/true, /*copy=*/false, std::nullopt);
}

at::Tensor to_cuda_ignoring_stream(const at::Tensor& tensor, int32_t device_id, int64_t /*stream: not looked at*/) {
    return to_cuda(tensor, device_id);
}

void sync_stream_if_known(int64_t handle) {
    if (const auto stream = table(Kind::stream).find_stream(handle)) stream->synchronize();
}

bool query_stream_if_known(int64_t handle) {
    const auto stream = table(Kind::stream).find_stream(handle);
    return stream ? stream->query() : true;
}

c10::Stream stream_from_pool(int32_t device_id) {
    require_cuda(device_id);
    c10::impl::VirtualGuardImpl impl(c10::DeviceType::CUDA);
    return impl.getStreamFromGlobalPool(c10::Device(c10::kCUDA, static_cast<c10::DeviceIndex>(device_id)), false);
}

static c10::CachingDeviceAllocator::DeviceStats cuda_stats(int32_t device_id) {
    require_cuda(device_id);
    return c10::getDeviceAllocator(c10::DeviceType::CUDA)->getDeviceStats(static_cast<c10::DeviceIndex>(device_id));
}

static constexpr auto kAggregate = static_cast<size_t>(c10::CachingAllocator::StatType::AGGREGATE);

int64_t cuda_memory_allocated(int32_t device_id) {
    if (!cuda_available()) return 0;  // as torch.cuda.memory_allocated without CUDA
    return cuda_stats(device_id).allocated_bytes[kAggregate].current;
}

int64_t cuda_max_memory_allocated(int32_t device_id) {
    if (!cuda_available()) return 0;
    return cuda_stats(device_id).allocated_bytes[kAggregate].peak;
}

void cuda_empty_cache() {
    if (cuda_available()) c10::getDeviceAllocator(c10::DeviceType::CUDA)->emptyCache();
}

void manual_seed(int64_t seed) { at::manual_seed(static_cast<uint64_t>(seed)); }

void set_default_dtype(at::ScalarType dtype) {
    TORCH_CHECK_TYPE(at::isFloatingType(dtype), "only floating-point types are supported as the default type");
    c10::set_default_dtype(c10::scalarTypeToTypeMeta(dtype));
}

at::ScalarType get_default_dtype() noexcept { return c10::typeMetaToScalarType(c10::get_default_dtype()); }

// Bounded above as well as below: the OpenMP runtime ends the process (exit(1)) when it cannot
// create the threads of a team, so a count no machine can run is refused here instead.
int32_t max_num_threads() noexcept {
    const auto hardware = static_cast<int32_t>(std::thread::hardware_concurrency());
    return std::max<int32_t>(8, 8 * hardware);
}

void set_num_threads(int32_t num_threads) {
    const int32_t most = max_num_threads();
    if (num_threads < 1 || num_threads > most) {
        fail(Code::value, "the number of threads must be at least 1 and at most " + std::to_string(most) +
                              " (8 per hardware thread), got " + std::to_string(num_threads));
    }
    at::set_num_threads(num_threads);
}

int32_t get_num_threads() { return at::get_num_threads(); }

// ============================================================== data

// A copy of the data, reshaped with PyTorch's reshape rules (one size may be -1), so the
// result and the errors are those of torch.tensor(data).reshape(dims).
template <class T>
static at::Tensor tensor_from(c10::ArrayRef<T> data, c10::IntArrayRef dims, at::ScalarType dtype) {
    const auto n = static_cast<int64_t>(data.size());
    at::Tensor flat = at::empty({n}, at::TensorOptions().dtype(dtype));
    if (n > 0) std::memcpy(flat.mutable_data_ptr<T>(), data.data(), sizeof(T) * data.size());
    return flat.reshape(dims);
}

at::Tensor from_data(c10::ArrayRef<double> data, c10::IntArrayRef dims) { return tensor_from(data, dims, at::kDouble); }

at::Tensor from_data(c10::IntArrayRef data, c10::IntArrayRef dims) { return tensor_from(data, dims, at::kLong); }

const at::Tensor& readable(const at::Tensor& tensor) {
    if (tensor.is_complex()) {
        fail(Code::type, "complex tensors cannot be read as real numbers; read rt_torch_torchtensor_real and _imag");
    }
    return tensor;
}

template <size_t N>
static std::string known_names(const std::array<tables::Named, N>& table) {
    std::string out;
    for (const auto& entry : table) {
        if (!out.empty()) out += ", ";
        out += std::to_string(entry.code) + " " + entry.name;
    }
    return out;
}

at::ScalarType dtype_arg(int32_t code, const char* name) {
    for (const auto& d : tables::kDtypes) {
        if (d.code == code) return static_cast<at::ScalarType>(code);
    }
    fail(Code::value, std::string("argument '") + name + "': unknown dtype code " + std::to_string(code) +
                          " (known: " + known_names(tables::kDtypes) + ")");
}

std::optional<at::ScalarType> optional_dtype_arg(int32_t code, const char* name) {
    if (code == -1) return std::nullopt;
    return dtype_arg(code, name);
}

int32_t dtype_result(at::ScalarType dtype) {
    const auto code = static_cast<int32_t>(dtype);
    for (const auto& d : tables::kDtypes) {
        if (d.code == code) return code;
    }
    fail(Code::type, std::string("the result has dtype ") + c10::toString(dtype) + ", which this catalogue does not list");
}

at::Device device_arg(int32_t type, int32_t index, const char* name) {
    for (const auto& d : tables::kDevices) {
        if (d.code == type) {
            if (index < -1 || index > std::numeric_limits<c10::DeviceIndex>::max()) {
                fail(Code::value, std::string("argument '") + name + "': device index " + std::to_string(index) +
                                      " is out of range (-1 for the current device)");
            }
            // CUDA on a build or machine without it is `unavailable`, as for rt_torch_torchtensor_cuda
            // (ATen would report it later, as a dispatcher error or an `other` one, depending on the op).
            if (static_cast<c10::DeviceType>(type) == c10::DeviceType::CUDA) require_cuda(index < 0 ? 0 : index);
            return at::Device(static_cast<c10::DeviceType>(type), static_cast<c10::DeviceIndex>(index));
        }
    }
    fail(Code::value, std::string("argument '") + name + "': unknown device type " + std::to_string(type) +
                          " (known: " + known_names(tables::kDevices) + ")");
}

std::optional<at::Device> optional_device_arg(int32_t type, int32_t index, const char* name) {
    if (type == -1) return std::nullopt;
    return device_arg(type, index, name);
}

// ============================================================== torch.nn.functional
// torch.nn.functional adds checks and broadcasting in Python before calling the kernel; these
// helpers do the same, so the bridge has F's semantics and not the bare kernel's.

static std::string py_float(double v) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    std::string s = std::to_string(v);  // 6 decimals; trim like Python's repr for short values
    while (s.size() > 1 && s.back() == '0' && s[s.size() - 2] != '.') s.pop_back();
    return s;
}

at::Tensor batch_norm(const at::Tensor& input, const std::optional<at::Tensor>& running_mean,
                      const std::optional<at::Tensor>& running_var, const std::optional<at::Tensor>& weight,
                      const std::optional<at::Tensor>& bias, bool training, double momentum, double eps) {
    if (training) {
        if (input.dim() == 0) fail(Code::index, "batch_norm of a 0-d input: it has no batch dimension");
        int64_t values = input.size(0);
        for (int64_t d = 2; d < input.dim(); ++d) values *= input.size(d);
        if (values == 1) {
            fail(Code::value, "Expected more than 1 value per channel when training, got input size torch.Size(" +
                                  join_dims(input.sizes()) + ")");
        }
        // torch.nn.functional.batch_norm checks eps before ATen, an empty input too.
        if (!(eps > 0.0)) fail(Code::value, "batch_norm eps must be positive during training, but got " + py_float(eps));
    } else if (eps < 0.0) {
        fail(Code::value, "batch_norm eps must be non-negative, but got " + py_float(eps));
    }
    return at::batch_norm(input, weight, bias, running_mean, running_var, training, momentum, eps, true);
}

at::Tensor dropout(const at::Tensor& input, double p, bool training) {
    if (!(p >= 0.0 && p <= 1.0)) {
        fail(Code::value, "dropout probability has to be between 0 and 1, but got " + py_float(p));
    }
    return at::dropout(input, p, training);
}

const at::Tensor& adaptive_pool_input(const at::Tensor& input, c10::IntArrayRef output_size) {
    const auto items = static_cast<int64_t>(output_size.size());
    if (input.dim() <= items) fail(Code::value, "Input dimension should be at least " + std::to_string(items + 1));
    return input;
}

int64_t reduction_arg(std::string_view reduction) {
    if (reduction == "none") return at::Reduction::None;
    if (reduction == "mean") return at::Reduction::Mean;
    if (reduction == "sum") return at::Reduction::Sum;
    fail(Code::value, std::string(reduction) + " is not a valid value for reduction");
}

at::MemoryFormat memory_format_arg(std::string_view format) {
    if (format == "contiguous_format") return at::MemoryFormat::Contiguous;
    if (format == "preserve_format") return at::MemoryFormat::Preserve;
    if (format == "channels_last") return at::MemoryFormat::ChannelsLast;
    if (format == "channels_last_3d") return at::MemoryFormat::ChannelsLast3d;
    fail(Code::value, std::string(format) + " is not a memory format");
}

std::optional<at::MemoryFormat> memory_format_arg(const std::optional<std::string_view>& format) {
    if (!format.has_value()) return std::nullopt;
    return memory_format_arg(*format);
}

at::Tensor mse_loss(const at::Tensor& input, const at::Tensor& target, std::string_view reduction) {
    auto both = at::broadcast_tensors({input, target});
    return at::mse_loss(both[0], both[1], reduction_arg(reduction));
}

static std::string torch_size(c10::IntArrayRef dims) { return "torch.Size(" + join_dims(dims) + ")"; }

at::Tensor binary_cross_entropy(const at::Tensor& input, const at::Tensor& target, const std::optional<at::Tensor>& weight,
                                std::string_view reduction) {
    if (target.sizes() != input.sizes()) {
        fail(Code::value, "Using a target size (" + torch_size(target.sizes()) + ") that is different to the input size (" +
                              torch_size(input.sizes()) + ") is deprecated. Please ensure they have the same size.");
    }
    std::optional<at::Tensor> expanded;
    if (weight.has_value()) expanded = weight->expand(at::infer_size(target.sizes(), weight->sizes()));
    return at::binary_cross_entropy(input, target, expanded, reduction_arg(reduction));
}

at::Tensor embedding(const at::Tensor& input, const at::Tensor& weight, std::optional<int64_t> padding_idx,
                     std::optional<double> max_norm, double norm_type, bool scale_grad_by_freq, bool sparse) {
    int64_t padding = -1;
    if (padding_idx.has_value()) {
        const int64_t rows = weight.size(0);
        padding = *padding_idx;
        if (padding >= rows || padding < -rows) {
            fail(Code::value, "Padding_idx must be within num_embeddings");
        }
        if (padding < 0) padding += rows;
    }
    if (max_norm.has_value()) {  // F.embedding renormalises the looked-up rows of weight, in place, without grad
        c10::AutoGradMode no_grad(false);
        at::embedding_renorm_(const_cast<at::Tensor&>(weight), input.contiguous(), *max_norm, norm_type);
    }
    return at::embedding(weight, input, padding, scale_grad_by_freq, sparse);
}

// ============================================================== autograd

void zero_grad(const at::Tensor& tensor) {
    const at::Tensor& grad = tensor.grad();
    if (grad.defined()) {
        at::Tensor g = grad;
        g.zero_();
    }
}

// PyTorch's `tensor.grad = value` (THPVariable_set_grad): None removes the gradient; a tensor
// must match the one it is the gradient of, or the next backward would fail far from here.
void set_grad(const at::Tensor& tensor, const std::optional<at::Tensor>& grad) {
    if (!grad.has_value()) {
        tensor.mutable_grad().reset();
        return;
    }
    const at::Tensor& g = *grad;
    if (g.is_same(tensor)) fail(Code::other, "can't assign Variable as its own grad");
    if (g.scalar_type() != tensor.scalar_type()) {
        fail(Code::other, std::string("attempting to assign a gradient with dtype '") + c10::toString(g.scalar_type()) +
                              "' to a tensor with dtype '" + c10::toString(tensor.scalar_type()) +
                              "'. Please ensure that the gradient and the tensor have the same dtype");
    }
    if (g.device() != tensor.device()) {
        fail(Code::other, "attempting to assign a gradient on device '" + g.device().str() + "' to a tensor on device '" +
                              tensor.device().str() + "'. Please ensure that the gradient and the tensor are on the same device");
    }
    if (g.sizes() != tensor.sizes()) {
        fail(Code::other, "attempting to assign a gradient of size '" + join_dims(g.sizes()) + "' to a tensor of size '" +
                              join_dims(tensor.sizes()) + "'. Please ensure that the gradient and the tensor are the same size");
    }
    tensor.mutable_grad() = g;
}

namespace {

void grad_region_begin(bool no_grad, bool enabled) {
    auto& regions = thread_errors().grad_regions;
    regions.push_back({no_grad, c10::GradMode::is_enabled()});
    c10::GradMode::set_enabled(enabled);
}

void grad_region_end(bool no_grad) {
    auto& regions = thread_errors().grad_regions;
    const char* ending = no_grad ? "no_grad_end" : "grad_mode_end";
    if (regions.empty()) {
        fail(Code::value, std::string(ending) + " without a matching " + (no_grad ? "no_grad_begin" : "grad_mode_begin") + " on this thread");
    }
    if (regions.back().no_grad != no_grad) {
        fail(Code::value, std::string(ending) + ": the innermost open region of this thread is a " +
                              (no_grad ? "grad_mode" : "no_grad") + " region; end it first");
    }
    c10::GradMode::set_enabled(regions.back().before);
    regions.pop_back();
}

}  // namespace

void no_grad_begin() { grad_region_begin(true, false); }

void no_grad_end() { grad_region_end(true); }

void grad_mode_begin(bool enabled) { grad_region_begin(false, enabled); }

void grad_mode_end() { grad_region_end(false); }

bool is_grad_enabled() noexcept { return c10::GradMode::is_enabled(); }

void set_grad_enabled(bool enabled) noexcept { c10::GradMode::set_enabled(enabled); }

void no_grad_guard_begin() {
    auto& state = thread_errors();
    if (state.guard_on) return;  // idempotent: the thread already has its guard
    state.guard_before = c10::GradMode::is_enabled();
    c10::GradMode::set_enabled(false);
    state.guard_on = true;
}

void no_grad_guard_end() {
    auto& state = thread_errors();
    if (!state.guard_on) return;  // no guard: nothing to delete
    state.guard_on = false;
    c10::GradMode::set_enabled(state.guard_before);
}

std::string grad_fn_name(const at::Tensor& tensor) {
    const auto& node = tensor.grad_fn();
    if (!node) return {};
    // Generated nodes name themselves as PyTorch's Python classes do ("MulBackward0"); C++
    // nodes give their qualified name ("torch::autograd::CopySlices"), which Python shows bare.
    if (auto custom = custom_function_grad_fn_name(node.get())) return *custom;
    std::string name = node->name();
    const auto colon = name.rfind("::");
    return colon == std::string::npos ? name : name.substr(colon + 2);
}

}  // namespace sffi
