// Randomised one-operator int8 models aimed at the Helium kernel flavour
// (workloads/runtime/kernels/mve/): shapes that reach every vector path and
// its tails (channel counts that are not multiples of 4/8/16, K = taps x
// input depth across several 16-byte steps, output channel counts across
// the 64-channel parameter chunks, 1x1 convolutions read in place, im2col
// with padding, strides and dilations, depth multipliers, windows near the
// 256-tap limit of the 16-bit average pool, broadcast strides 0 and 1),
// zero points at the extremes (input offset 128), every fused activation.
//
// A case may also ask for blob patches the compiler cannot produce but the
// blob format allows: a scratch buffer for CONV_2D's im2col, and a non-zero
// FULLY_CONNECTED filter offset (asymmetric weights). Patched blobs are
// checked against the portable C kernels only (the reference interpreter
// does not know the patch).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "workloads/compiler/ir/model_ir.h"

namespace tinysim::inference_tests {

struct BlobPatch {
  uint32_t conv_scratch_bytes = 0;   // CONV_2D: give the operator this much arena scratch (0 = none)
  int32_t fc_filter_offset = 0;      // FULLY_CONNECTED: overwrite params.fc.filter_offset when != 0
  bool any() const { return conv_scratch_bytes != 0 || fc_filter_offset != 0; }
};

struct MveCase {
  model::Model model;
  std::string description;           // shapes and parameters, for failure messages
  BlobPatch patch;
  uint64_t input_seed = 0;
  int input_style = 0;               // 0 uniform bytes, 1 mostly -128/127, 2 narrow range around the zero point
  bool near_ties = false;            // output scale chosen for small requantisation shifts
};

// The operators the Helium flavour accelerates, by TFLite name.
const std::vector<std::string>& mve_op_names();

// Throws std::invalid_argument for an operator without randomised cases.
MveCase make_mve_case(const std::string& op, uint64_t seed);

// Input bytes for every graph input of `m` in the case's style.
std::vector<std::vector<uint8_t>> case_inputs(const model::Model& m, uint64_t seed, int style);

}  // namespace tinysim::inference_tests
