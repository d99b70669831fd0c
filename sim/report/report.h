// The result of one run, and its three renderings: a table for people, JSON
// for tools (with a version field) and CSV for spreadsheets. All three carry
// the same numbers.
#pragma once

#include <cstdint>
#include <cstdio>
#include <ostream>
#include <string>
#include <vector>

#include "cores/common/event_counters.h"
#include "power/energy_model.h"

namespace tinysim {

struct RunSummary {
  static constexpr int kVersion = 1;
  std::string platform, config_file, firmware;
  double clock_hz = 0;
  std::string stop_reason;  // exit | fault | lockup | max-cycles | error | deadlock
  int exit_code = 0;
  std::string message;
  std::string last_fault;   // diagnostic of the last fault the core took, if any
  EventCounters total;
  EnergyBreakdown energy;
  uint32_t initial_sp = 0, lowest_sp = 0;
  struct Memory { std::string name, kind; uint64_t base = 0, size = 0, image_bytes = 0; };
  std::vector<Memory> memories;           // by counter index
  std::vector<std::string> op_classes;    // by op-class index
  struct Region {
    std::string name, path;
    int depth = 0;
    uint64_t calls = 0;
    EventCounters events;
    EnergyBreakdown energy;
    uint32_t stack_bytes = 0;
  };
  std::vector<Region> regions;
  std::vector<std::string> warnings;

  double seconds(uint64_t cycles) const { return clock_hz > 0 ? static_cast<double>(cycles) / clock_hz : 0; }
  uint32_t stack_bytes() const { return initial_sp > lowest_sp ? initial_sp - lowest_sp : 0; }
};

void print_table(const RunSummary& s, std::FILE* out);
void write_json(const RunSummary& s, std::ostream& out);
void write_csv(const RunSummary& s, std::ostream& out);

}  // namespace tinysim
