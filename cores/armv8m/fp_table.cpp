// Scalar FPU encodings (filled in by the FPU work).
#include "cores/armv8m/decoder.h"
#include "cores/armv8m/exec.h"

namespace tinysim::armv8m {
std::span<const Pattern> fp_patterns() { return {}; }
}  // namespace tinysim::armv8m
