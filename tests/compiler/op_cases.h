// Randomised one-operator int8 models for the compiler and firmware tests:
// for every operator the Cortex-M backend supports, a seed gives a model
// with random shapes, strides, paddings, dilations, broadcasting,
// quantisation (scales, zero points, per-channel or per-tensor weights) and
// fused activations, valid for TFLite's int8 kernels. The same seed always
// gives the same model (SplitMix64, integer-only choices).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "workloads/compiler/ir/model_ir.h"

namespace tinysim::testing {

// Every operator type the randomiser covers (all the backend supports).
const std::vector<model::OpType>& covered_op_types();

// "CONV_2D" -> OpType; throws std::invalid_argument for other names.
model::OpType op_type_from_name(const std::string& name);

struct OpCase {
  model::Model model;
  std::string description;  // shapes and parameters, for failure messages
};

OpCase make_op_case(model::OpType type, uint64_t seed);

// Uniform random bytes for each graph input of `m`.
std::vector<std::vector<uint8_t>> random_inputs(const model::Model& m, uint64_t seed);

}  // namespace tinysim::testing
