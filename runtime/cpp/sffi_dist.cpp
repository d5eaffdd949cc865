// Data-parallel training for the bridge: process groups of PyTorch's c10d library (the engine
// torch.distributed runs), over a rendezvous store (TCPStore or FileStore), with the Gloo
// backend on the CPU. A translation unit of its own: the c10d headers include much of ATen.
//
// A process group lives behind a handle of kind `process group` (sffi_runtime.cpp's table): a
// shared Group, so that a collective in flight keeps the group (and its store and backend)
// alive when another thread frees the handle; the tensors of a call are ATen references held
// for the whole call. Collectives of one group run one at a time (the group's mutex): c10d
// matches the collectives of the ranks by their order, and two threads of one process issuing
// collectives on one group at once would make that order arbitrary. Every wait has a timeout
// (the group's, given at creation: Gloo ends a collective whose peers do not answer in time,
// and a peer that dies closes its connections, which ends the collective at once), so a call
// never hangs; each failure of c10d or Gloo is the error code `distributed`.
//
// The rendezvous keys are torch.distributed's own (the store under the prefixes "default_pg",
// "0/" and "cpu/", as init_process_group makes them for its default group), so a process of
// this bridge and one running PyTorch's torch.distributed join one group.
//
// Gloo's headers do not ship in the torch wheel: the folder gloo/ beside this file declares the
// few types ProcessGroupGloo.hpp names (behind pointers); only functions libtorch_cpu.so
// exports are called. NCCL is not in the CPU wheel: the backend "nccl" is an unavailable error
// with torch.distributed's message there.

#ifndef USE_C10D_GLOO
#define USE_C10D_GLOO  // libtorch_cpu.so has Gloo; the header declares it only with this
#endif
#include <torch/csrc/distributed/c10d/FileStore.hpp>
#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#include <ATen/CPUGeneratorImpl.h>
#include <ATen/ops/empty_like.h>
#include <ATen/ops/randperm.h>

#include "sffi_runtime.h"

#include <chrono>
#include <cstdlib>
#include <limits>
#include <mutex>

namespace sffi {

namespace {

struct Group {
    c10::intrusive_ptr<c10d::Store> store;  // the rendezvous store (a TCPStore keeps its server here on rank 0)
    c10::intrusive_ptr<c10d::Backend> backend;
    int rank = 0;
    int size = 1;
    std::mutex mutex;  // one collective at a time: c10d matches the ranks' collectives by order
};

std::shared_ptr<Group> group_of(int64_t handle) { return std::static_pointer_cast<Group>(group_object(handle, "group")); }

// Runs f (which starts a collective and waits for it) as one call of the group: a c10d or Gloo
// failure (a timeout, a peer gone, a mismatch the backend finds) is a `distributed` error with
// its message, as torch.distributed raises it.
template <class F>
auto collective(Group& g, F&& f) {
    std::lock_guard<std::mutex> one_at_a_time(g.mutex);
    try {
        return f();
    } catch (const Error&) {
        throw;
    } catch (const c10::Error& e) {
        fail(Code::distributed, std::string(e.what_without_backtrace()));
    } catch (const std::exception& e) {
        fail(Code::distributed, e.what());
    }
}

c10d::ReduceOp reduce_op(std::string_view op) {
    if (op == "sum") return c10d::ReduceOp(c10d::ReduceOp::SUM);
    if (op == "avg") return c10d::ReduceOp(c10d::ReduceOp::AVG);
    if (op == "min") return c10d::ReduceOp(c10d::ReduceOp::MIN);
    if (op == "max") return c10d::ReduceOp(c10d::ReduceOp::MAX);
    if (op == "product") return c10d::ReduceOp(c10d::ReduceOp::PRODUCT);
    fail(Code::value, "unknown reduce op '" + std::string(op) + "' (sum, avg, min, max, product)");
}

std::string env_or_fail(const char* name) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') {
        fail(Code::value, std::string("Error initializing torch.distributed using env:// rendezvous: environment variable ") +
                              name + " expected, but not set");
    }
    return value;
}

int64_t env_int(const char* name) {
    const std::string text = env_or_fail(name);
    char* end = nullptr;
    const long long value = std::strtoll(text.c_str(), &end, 10);
    if (end == text.c_str() || *end != '\0') fail(Code::value, std::string("environment variable ") + name + " is not an integer: '" + text + "'");
    return value;
}

}  // namespace

bool dist_backend_available(std::string_view backend) { return backend == "gloo"; }

int64_t dist_init(std::string_view backend, std::string_view store, std::string_view address, int64_t port, int64_t rank,
                  int64_t world_size, int64_t timeout_ms, bool agent_store) {
    if (backend == "nccl") fail(Code::unavailable, "Distributed package doesn't have NCCL built in");
    if (backend != "gloo") fail(Code::value, "Unknown backend type " + std::string(backend) + " (gloo or nccl)");
    if (store != "tcp" && store != "file") fail(Code::value, "unknown store '" + std::string(store) + "' (tcp or file)");
    if (world_size < 1 || world_size > std::numeric_limits<int>::max()) {
        fail(Code::value, "world_size must be a positive number of processes, not " + std::to_string(world_size));
    }
    if (rank < 0 || rank >= world_size) {
        fail(Code::value, "rank " + std::to_string(rank) + " is not a rank of a group of world size " + std::to_string(world_size) +
                              " (0 <= rank < world_size)");
    }
    if (timeout_ms <= 0) fail(Code::value, "timeout must be positive, not " + std::to_string(timeout_ms) + " ms");
    if (store == "tcp" && (port < 0 || port > 65535)) fail(Code::value, "port must have value from 0 to 65535 but was " + std::to_string(port) + ".");
    if (address.empty()) fail(Code::value, store == "tcp" ? "the TCP store needs a host address" : "the file store needs a file path");
    const std::chrono::milliseconds timeout(timeout_ms);
    auto group = std::make_shared<Group>();
    group->rank = static_cast<int>(rank);
    group->size = static_cast<int>(world_size);
    try {
        if (store == "tcp") {
            // torch.distributed.rendezvous's _create_c10d_store: rank 0 serves the store, unless
            // torchrun's agent does (TORCHELASTIC_USE_AGENT_STORE), when every rank is a client.
            c10d::TCPStoreOptions options;
            options.port = static_cast<std::uint16_t>(port);
            options.isServer = rank == 0 && !agent_store;
            options.numWorkers = static_cast<std::size_t>(world_size);
            options.timeout = timeout;
            options.multiTenant = options.isServer;
            group->store = c10::make_intrusive<c10d::TCPStore>(std::string(address), options);
        } else {
            group->store = c10::make_intrusive<c10d::FileStore>(std::string(address), static_cast<int>(world_size));
        }
        group->store->setTimeout(timeout);
        // init_process_group's prefixes for its default group, then the CPU backend's.
        auto prefixed = c10::make_intrusive<c10d::PrefixStore>(
            "cpu/", c10::make_intrusive<c10d::PrefixStore>("0/", c10::make_intrusive<c10d::PrefixStore>("default_pg", group->store)));
        auto options = c10d::ProcessGroupGloo::Options::create(timeout);
        const char* interface = std::getenv("GLOO_SOCKET_IFNAME");
        options->devices.push_back(interface != nullptr && *interface != '\0'
                                       ? c10d::ProcessGroupGloo::createDeviceForInterface(interface, c10d::getDefaultGlooLazyInit())
                                       : c10d::ProcessGroupGloo::createDefaultDevice(c10d::getDefaultGlooLazyInit()));
        options->threads = static_cast<int>(options->devices.size()) * 2;
        group->backend = c10::make_intrusive<c10d::ProcessGroupGloo>(prefixed, group->rank, group->size, options);
    } catch (const Error&) {
        throw;
    } catch (const c10::Error& e) {
        fail(Code::distributed, std::string(e.what_without_backtrace()));
    } catch (const std::exception& e) {
        fail(Code::distributed, e.what());
    }
    return new_group_object(std::move(group));
}

int64_t dist_init_env(std::string_view backend, int64_t timeout_ms) {
    // torch.distributed's env:// rendezvous, as torchrun sets it up.
    const std::string address = env_or_fail("MASTER_ADDR");
    const int64_t port = env_int("MASTER_PORT");
    const int64_t rank = env_int("RANK");
    const int64_t world_size = env_int("WORLD_SIZE");
    const char* agent = std::getenv("TORCHELASTIC_USE_AGENT_STORE");
    const bool agent_store = agent != nullptr && std::string_view(agent) == "True";
    return dist_init(backend, "tcp", address, port, rank, world_size, timeout_ms, agent_store);
}

int64_t dist_rank(int64_t group) { return group_of(group)->rank; }

int64_t dist_world_size(int64_t group) { return group_of(group)->size; }

void dist_all_reduce(const at::Tensor& tensor, int64_t group, std::string_view op) {
    const auto g = group_of(group);
    c10d::AllreduceOptions options;
    options.reduceOp = reduce_op(op);
    collective(*g, [&] {
        std::vector<at::Tensor> tensors{tensor};
        g->backend->allreduce(tensors, options)->wait();
    });
}

void dist_broadcast(const at::Tensor& tensor, int64_t group, int64_t src) {
    const auto g = group_of(group);
    if (src < 0 || src >= g->size) {
        fail(Code::value, "src " + std::to_string(src) + " is not a rank of the group (world size " + std::to_string(g->size) + ")");
    }
    c10d::BroadcastOptions options;
    options.rootRank = src;
    collective(*g, [&] {
        std::vector<at::Tensor> tensors{tensor};
        g->backend->broadcast(tensors, options)->wait();
    });
}

std::vector<at::Tensor> dist_all_gather(const at::Tensor& tensor, int64_t group) {
    const auto g = group_of(group);
    return collective(*g, [&] {
        std::vector<std::vector<at::Tensor>> outputs(1);
        for (int i = 0; i < g->size; ++i) outputs[0].push_back(at::empty_like(tensor, at::MemoryFormat::Contiguous));
        std::vector<at::Tensor> inputs{tensor};
        g->backend->allgather(outputs, inputs)->wait();
        return outputs[0];
    });
}

void dist_reduce_scatter(const at::Tensor& output, int64_t group, const std::vector<at::Tensor>& inputs, std::string_view op) {
    const auto g = group_of(group);
    if (static_cast<int64_t>(inputs.size()) != g->size) {
        fail(Code::value, "reduce_scatter needs one input tensor per rank: " + std::to_string(inputs.size()) + " for world size " +
                              std::to_string(g->size));
    }
    c10d::ReduceScatterOptions options;
    options.reduceOp = reduce_op(op);
    collective(*g, [&] {
        std::vector<at::Tensor> outputs{output};
        std::vector<std::vector<at::Tensor>> input_lists{inputs};
        g->backend->reduce_scatter(outputs, input_lists, options)->wait();
    });
}

void dist_barrier(int64_t group) {
    const auto g = group_of(group);
    collective(*g, [&] { g->backend->barrier()->wait(); });
}

at::Tensor dist_shuffle_indices(int64_t n, int64_t seed) {
    if (n < 0) fail(Code::value, "n must be non-negative, got" + std::to_string(n));  // torch.randperm's message
    const at::Generator generator = at::detail::createCPUGenerator(static_cast<uint64_t>(seed));
    return at::randperm(n, generator, at::TensorOptions().dtype(at::kLong));
}

}  // namespace sffi
