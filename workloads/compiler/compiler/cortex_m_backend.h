// The Cortex-M backend: every operator runs on the M-profile core with the
// firmware's kernel flavours (workloads/runtime/kernels). Lowering computes
// each operator's TFLite Prepare() results with workloads/compiler/quant --
// the same functions the reference interpreter uses -- and stores them in
// the blob entry, so the firmware's integer kernels start from exactly the
// constants the oracle uses.
#pragma once

#include "workloads/compiler/compiler/backend.h"

namespace tinysim::compiler {

class CortexMBackend final : public Backend {
 public:
  std::string name() const override { return "cortex-m"; }
  uint32_t blob_backend() const override { return TSB_BACKEND_CORTEX_M; }
  LoweredOp lower(const model::Model& model, int index, WeightsSection& weights) const override;
};

}  // namespace tinysim::compiler
