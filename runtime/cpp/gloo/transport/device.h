// A stand-in for Gloo's header (see gloo/context.h): the types ProcessGroupGloo.hpp names only
// behind pointers.
#pragma once

namespace gloo::transport {
class Device;
class UnboundBuffer;
}  // namespace gloo::transport
