// The model compiler: turns a model (workloads/compiler/ir) into a blob for
// one target backend (docs/model-blob.md), with its tensors placed in the
// target's memories.
//
//   CompileTarget target = target_from_platform(load_platform_config("configs/m55.yaml"));
//   CompiledModel c = compile_model(model, target);
//   write c.blob at c.load_address, each input i at c.inputs[i].address, run
//   infer.elf blob=<c.load_address>, read c.outputs[i] back.
//
// Everything the firmware needs is computed here, once: quantised
// multipliers and shifts (with the same functions the reference interpreter
// uses, workloads/compiler/quant), activation clamps, padding, broadcast
// strides, look-up tables, and the arena offset of every activation
// (memory_planner.h). A model, operator or parameter the target cannot run,
// or a blob/arena that does not fit its memory, throws CompileError with a
// message naming the operator, tensor or memory and the numbers involved.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "workloads/compiler/ir/model_ir.h"

namespace tinysim::compiler {

class CompileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A range of one of the platform's memories.
struct MemoryRegion {
  std::string name;  // the memory's name in the platform configuration
  uint64_t base = 0;
  uint64_t size = 0;
};

struct CompileTarget {
  std::string backend = "cortex-m";  // see backend_names()
  MemoryRegion weights;              // where the blob is loaded (read by the firmware)
  MemoryRegion arena;                // read/write memory for activations
};

struct TensorPlacement {
  int32_t tensor = -1;               // index in the model
  std::string name;
  model::DType type = model::DType::Int8;
  std::vector<int32_t> shape;
  uint64_t address = 0;              // absolute address in the arena
  uint64_t bytes = 0;
};

// One operator, for per-layer reports.
struct LayerInfo {
  int index = 0;
  std::string op_name;               // "CONV_2D"
  std::string region;                // the firmware's region name, "L000_CONV_2D"
  std::vector<std::vector<int32_t>> input_shapes;   // data operands, in order
  std::vector<int32_t> output_shape;
  int64_t macs = 0;
};

struct CompiledModel {
  std::string backend;
  std::vector<uint8_t> blob;
  uint64_t load_address = 0;         // where the blob must be written
  uint64_t arena_base = 0;
  uint64_t arena_bytes = 0;          // arena the model needs
  uint64_t arena_unshared_bytes = 0; // what it would need without buffer reuse
  uint64_t weights_bytes = 0;        // the blob's weights section
  std::vector<TensorPlacement> inputs, outputs;
  std::vector<LayerInfo> layers;
  int64_t total_macs = 0;
};

CompiledModel compile_model(const model::Model& model, const CompileTarget& target);

// "cortex-m", ...
std::vector<std::string> backend_names();

}  // namespace tinysim::compiler
