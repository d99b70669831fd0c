// A compiler backend: what one target family does with each operator of a
// model. The compiler core (compiler.cpp) owns everything that is the same
// for every target -- graph checks, tensor table, arena planning, weights
// placement, blob layout -- and asks the backend, operator by operator, for
// the blob entry: its kind, which engine runs it, its precomputed parameters
// and the tensors it reads and writes.
//
// Adding a target (Ethos-U command streams, an NDP dataflow engine, a RISC-V
// cluster) is a new Backend class registered in backend_registry.cpp; it may
// merge several model operators into one blob operator by returning the
// same blob entry for a run of operators (not needed by the Cortex-M backend).
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "tinysim_model_blob.h"
#include "workloads/compiler/ir/model_ir.h"

namespace tinysim::compiler {

// The blob's weights section as it is being built: constant tensors and the
// arrays/tables operators refer to, each 16-byte aligned.
class WeightsSection {
 public:
  // Appends `bytes` at the next aligned offset; returns that offset.
  uint32_t append(std::span<const uint8_t> bytes);
  uint32_t append_int32(std::span<const int32_t> values);
  uint32_t append_uint32(std::span<const uint32_t> values);
  const std::vector<uint8_t>& bytes() const { return bytes_; }

 private:
  std::vector<uint8_t> bytes_;
};

// What a backend produces for one model operator.
struct LoweredOp {
  tsb_op entry{};                // kind, engine, kernel and params; the compiler fills
                                 // the tensor ids, name, MACs and scratch placement
  std::vector<int32_t> inputs;   // model tensor indices of the data operands, -1 = absent
  std::vector<int32_t> outputs;
  // RESHAPE: the output may share the input's bytes (no copy at run time).
  bool output_aliases_input = false;
  uint64_t scratch_bytes = 0;    // arena scratch the kernel needs during this operator
};

class Backend {
 public:
  virtual ~Backend() = default;
  virtual std::string name() const = 0;      // "cortex-m"
  virtual uint32_t blob_backend() const = 0;  // enum tsb_backend
  // Lowers model operator `index`; throws CompileError("op N (TYPE): why")
  // when the target cannot run it.
  virtual LoweredOp lower(const model::Model& model, int index, WeightsSection& weights) const = 0;
};

// Throws CompileError listing the known backends for an unknown name.
std::unique_ptr<Backend> make_backend(const std::string& name);

// "op 3 (CONV_2D)", the prefix of every per-operator message.
std::string op_label(const model::Model& model, int index);

}  // namespace tinysim::compiler
