// Declarations standing in for Gloo's own header, which the torch wheel does not ship (its
// ProcessGroupGloo.hpp includes <gloo/...> headers that only a source build of PyTorch has).
// The bridge never makes, inspects nor calls a Gloo object: ProcessGroupGloo.hpp names these
// types only behind shared_ptr / unique_ptr (whose size does not depend on them) and in inline
// code the bridge never runs. sffi_dist.cpp calls only functions libtorch_cpu.so exports.
#pragma once

#include <chrono>

namespace gloo {

class Context {
  public:
    void setTimeout(std::chrono::milliseconds timeout);  // named by ProcessGroupGloo::setTimeout

  private:
    Context() = delete;  // never made here
};

}  // namespace gloo
