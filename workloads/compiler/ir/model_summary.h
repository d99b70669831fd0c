// Size and cost figures of a model, and a per-operator table for people
// (tinysim-genmodel --summary, test logs, reports).
#pragma once

#include <cstdint>
#include <string>

#include "workloads/compiler/ir/model_ir.h"

namespace tinysim::model {

// Sum of op_macs over all operators.
int64_t model_macs(const Model& m);

// Bytes of all constant tensors (weights, biases, shape/padding constants).
int64_t model_parameter_bytes(const Model& m);

// One line per operator: index, type, input -> output shapes, options that
// matter (kernel, stride, padding, activation), MACs and constant bytes;
// then the totals. Expects a model that passed check_model.
std::string model_summary(const Model& m);

}  // namespace tinysim::model
