// Helium (MVE) semantics, see exec_mve.h.
#pragma once

#include "cores/armv8m/exec_mve_common.h"

namespace tinysim::armv8m {

}  // namespace tinysim::armv8m
