// copied from runtime/cpp/gloo/rendezvous/store.h by sffi-gen; edit that file, not this copy
// A stand-in for Gloo's header (see gloo/context.h): the interface ProcessGroupGloo::GlooStore
// overrides (Gloo's rendezvous store without its optional v2 part, which ProcessGroupGloo.hpp
// compiles only when GLOO_STORE_HAS_STORE_V2 is defined). The bridge makes no GlooStore:
// libtorch_cpu.so makes its own.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace gloo::rendezvous {

class Store {
  public:
    virtual ~Store() = default;
    virtual void set(const std::string& key, const std::vector<char>& data) = 0;
    virtual std::vector<char> get(const std::string& key) = 0;
    virtual void wait(const std::vector<std::string>& keys) = 0;
    virtual void wait(const std::vector<std::string>& keys, const std::chrono::milliseconds& timeout) = 0;
};

}  // namespace gloo::rendezvous
