// Deterministic pseudo-random int8 versions of the four MLPerf Tiny reference
// networks, with the structure, shapes, fused activations and quantisation
// layout of the converted reference models in mlcommons/tiny:
//   "kws"     keyword spotting DS-CNN, input 1x49x10x1, 12 classes
//   "vww"     visual wake words MobileNetV1 alpha 0.25, input 1x96x96x3, 2 classes
//   "resnet8" image classification ResNet-8, input 1x32x32x3, 10 classes
//   "ad"      anomaly detection fully connected autoencoder, 640 -> 8 -> 640
// Weights come from a fixed-seed PRNG (see calibrated_builder.h), so the same
// name gives byte-identical models everywhere; they are not trained.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "workloads/compiler/generator/calibrated_builder.h"
#include "workloads/compiler/ir/model_ir.h"

namespace tinysim::model {

const std::vector<std::string>& builtin_model_names();

// Throws std::invalid_argument naming the known models for an unknown name.
Model make_builtin_model(std::string_view name);

// The model together with its calibration statistics (for tests and tools).
GeneratedModel generate_builtin_model(std::string_view name);

}  // namespace tinysim::model
