// copied from runtime/cpp/gloo/common/error.h by sffi-gen; edit that file, not this copy
// A stand-in for Gloo's header (see gloo/context.h): ProcessGroupGloo.hpp includes it and uses
// nothing declared in it.
#pragma once

#include "gloo/context.h"
