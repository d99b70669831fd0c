// Writes the model IR as a .tflite flatbuffer (schema version 3, one
// subgraph, operator versions as the TFLite converter gives int8 operators)
// that read_tflite reads back into an identical Model. The model is checked
// first (check_model); an invalid one throws ModelError and nothing is written.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "workloads/compiler/ir/model_ir.h"
#include "workloads/compiler/tflite/tflite_error.h"

namespace tinysim::model {

std::vector<uint8_t> write_tflite(const Model& m);

// write_tflite into a file; TfliteError naming the file when it cannot be written.
void write_tflite_file(const Model& m, const std::string& path);

}  // namespace tinysim::model
