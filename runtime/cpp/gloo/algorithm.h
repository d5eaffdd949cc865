// A stand-in for Gloo's header (see gloo/context.h): ProcessGroupGloo.hpp includes it and uses
// nothing declared in it.
#pragma once

#include "gloo/context.h"
