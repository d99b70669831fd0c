// The per-layer report of `tinysim infer`: the run's regions (one per layer,
// marked by the firmware runtime) joined with what the compiler knows about
// each layer (operator, shapes, MACs), per inference.
#pragma once

#include <cstdint>
#include <cstdio>
#include <ostream>
#include <string>
#include <vector>

#include "sim/report/report.h"
#include "workloads/compiler/compiler/compiler.h"

namespace tinysim {

struct LayerRow {
  int index = 0;
  std::string op, region, inputs, output;  // shapes as "1x49x10x1"
  int64_t macs = 0;
  EventCounters events;                     // per inference
  EnergyBreakdown energy;                   // per inference
  double share = 0;                         // of the inference's cycles
};

struct InferenceReport {
  static constexpr int kVersion = 1;
  std::string model, backend, kernels;
  int runs = 1;
  bool output_checked = false, output_matches = false;
  std::string output_crc;                   // CRC-32 of the output tensor, hex
  std::vector<LayerRow> layers;
  EventCounters per_inference;              // sum of the layers
  EnergyBreakdown energy_per_inference;
  int64_t macs = 0;
  uint64_t arena_bytes = 0, arena_unshared_bytes = 0, model_bytes = 0;
  std::string arena_memory, weights_memory;
};

// Throws std::runtime_error when a layer's region is missing from the run
// (the firmware did not mark it: a runtime/compiler mismatch).
InferenceReport build_inference_report(const RunSummary& run, const compiler::CompiledModel& model, int runs);

void print_inference_table(const InferenceReport& r, const RunSummary& run, std::FILE* out);
// The run's JSON report (write_json) with an "inference" object added.
void write_inference_json(const InferenceReport& r, const RunSummary& run, std::ostream& out);
void write_inference_csv(const InferenceReport& r, const RunSummary& run, std::ostream& out);

std::string shape_text(const std::vector<int32_t>& shape);

}  // namespace tinysim
