// Helium (MVE) encodings: see decoder.h. Filled in by the Helium work.
#include "cores/armv8m/decoder.h"
#include "cores/armv8m/exec_mve.h"

namespace tinysim::armv8m {

std::span<const Pattern> mve_mac_patterns() { return {}; }

}  // namespace tinysim::armv8m
