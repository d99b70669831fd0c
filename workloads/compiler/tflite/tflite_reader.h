// Reads an int8 TensorFlow Lite flatbuffer (.tflite, schema version 3, one
// subgraph) into the model IR: constant tensors get their bytes copied into
// Tensor::data, operator options become OpOptions, and the result passes
// check_model. Any file that is not such a model (truncated, corrupt, an
// unsupported operator, tensor type or quantisation, several subgraphs, ...)
// throws TfliteError; the reader never reads outside the bytes it was given.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "workloads/compiler/ir/model_ir.h"
#include "workloads/compiler/tflite/tflite_error.h"

namespace tinysim::model {

// Model::name is the file name without directory and extension.
Model read_tflite(const std::string& path);

// `name` is used in messages and as Model::name. The bytes are copied to
// aligned storage first, so any span will do.
Model read_tflite_buffer(std::span<const uint8_t> bytes, const std::string& name);

}  // namespace tinysim::model
