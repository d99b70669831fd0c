// Energy = sum over events of count x coefficient + static power x time.
// Events are the ISS counters (instructions per op class, bytes read and
// written per memory); coefficients come from the platform YAML (energy:) or
// from the documented defaults in energy_model.cpp.
#pragma once

#include <string>
#include <vector>

#include "cores/common/event_counters.h"
#include "sim/config/platform_config.h"

namespace tinysim {

struct EnergyBreakdown {
  double instructions_pj = 0;  // per-instruction energy (fetch, decode, execute)
  double memory_pj = 0;        // data accesses, per byte and memory kind
  double static_pj = 0;        // leakage x simulated time
  double total_pj() const { return instructions_pj + memory_pj + static_pj; }
  double total_uj() const { return total_pj() * 1e-6; }
};

class EnergyModel {
 public:
  // `op_classes`: the core's op-class names, by index. `memory_kinds`: the kind
  // of each memory, by EventCounters::memory index. Throws ConfigError (with
  // the YAML line) for an energy entry naming an unknown op class.
  EnergyModel(const EnergyConfig& cfg, std::vector<std::string> op_classes, std::vector<MemoryKind> memory_kinds);

  EnergyBreakdown compute(const EventCounters& ev, double seconds) const;

  double instruction_pj(size_t op_class) const { return instr_pj_[op_class]; }
  double read_pj_per_byte(MemoryKind k) const { return read_pj_[static_cast<int>(k)]; }
  double write_pj_per_byte(MemoryKind k) const { return write_pj_[static_cast<int>(k)]; }
  double static_power_mw() const { return static_mw_; }
  double vector_beat_pj() const { return vector_beat_pj_; }
  // energy.instructions key of the Helium beat event (not an op class).
  static constexpr const char* kVectorBeatEvent = "vector_beat";

  // Default coefficient for an op-class name (pJ per instruction).
  static double default_instruction_pj(const std::string& op_class);

 private:
  std::vector<std::string> op_classes_;
  std::vector<MemoryKind> memory_kinds_;
  std::vector<double> instr_pj_;
  double read_pj_[4], write_pj_[4];
  double static_mw_;
  double vector_beat_pj_;
};

}  // namespace tinysim
