// DSP extension encodings (filled in by the DSP work).
#include "cores/armv8m/decoder.h"
#include "cores/armv8m/exec.h"

namespace tinysim::armv8m {
std::span<const Pattern> dsp_patterns() { return {}; }
}  // namespace tinysim::armv8m
