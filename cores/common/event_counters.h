// Events an instruction set simulator counts while it runs. The region profiler
// snapshots them at region boundaries; the energy model multiplies them by
// coefficients. Counting is always on, so this is plain integer arithmetic.
#pragma once

#include <array>
#include <cstdint>

namespace tinysim {

constexpr int kMaxOpClasses = 48;
constexpr int kMaxMemories = 16;

struct MemoryEvents {
  uint64_t reads = 0, writes = 0;
  uint64_t read_bytes = 0, write_bytes = 0;
};

struct EventCounters {
  uint64_t cycles = 0;
  uint64_t instructions = 0;
  uint64_t stall_cycles = 0;     // part of cycles spent on interlocks and wait states
  uint64_t sleep_cycles = 0;     // part of cycles spent in WFI/WFE
  uint64_t vector_beats = 0;     // Helium beats with at least one active lane
  std::array<uint64_t, kMaxOpClasses> op_class{};
  std::array<MemoryEvents, kMaxMemories> memory{};  // indexed by platform memory index

  EventCounters& operator-=(const EventCounters& o);
  EventCounters& operator+=(const EventCounters& o);
};

inline EventCounters& EventCounters::operator-=(const EventCounters& o) {
  cycles -= o.cycles; instructions -= o.instructions;
  stall_cycles -= o.stall_cycles; sleep_cycles -= o.sleep_cycles; vector_beats -= o.vector_beats;
  for (int i = 0; i < kMaxOpClasses; ++i) op_class[i] -= o.op_class[i];
  for (int i = 0; i < kMaxMemories; ++i) {
    memory[i].reads -= o.memory[i].reads; memory[i].writes -= o.memory[i].writes;
    memory[i].read_bytes -= o.memory[i].read_bytes; memory[i].write_bytes -= o.memory[i].write_bytes;
  }
  return *this;
}

inline EventCounters& EventCounters::operator+=(const EventCounters& o) {
  cycles += o.cycles; instructions += o.instructions;
  stall_cycles += o.stall_cycles; sleep_cycles += o.sleep_cycles; vector_beats += o.vector_beats;
  for (int i = 0; i < kMaxOpClasses; ++i) op_class[i] += o.op_class[i];
  for (int i = 0; i < kMaxMemories; ++i) {
    memory[i].reads += o.memory[i].reads; memory[i].writes += o.memory[i].writes;
    memory[i].read_bytes += o.memory[i].read_bytes; memory[i].write_bytes += o.memory[i].write_bytes;
  }
  return *this;
}

inline EventCounters operator-(EventCounters a, const EventCounters& b) { return a -= b; }

}  // namespace tinysim
