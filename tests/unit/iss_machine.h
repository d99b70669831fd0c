// Instruction-level test harness for the Cortex-M55 ISS: one Cpu (no SystemC
// platform) over plain host memory, shared by the unit tests of tests/unit
// (test_fp.cpp, test_dsp.cpp and the Helium tests).
//
// Memory: a code region at address 0 holding the instructions under test
// from `entry` on, followed by BKPT #1, and optionally a data region
// elsewhere. A Cpu stops for good at the BKPT, so each case takes a fresh
// machine. Register values, stack pointer and FP enabling are left to the
// test (each suite has its own conventions for the state around a case).
#pragma once

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

#include "cores/armv8m/cpu.h"
#include "cores/armv8m/decoder.h"

namespace tinysim::armv8m::test {

constexpr uint16_t kIssBkpt1 = 0xBE01;       // end of every case
// A data region for cases that access memory (IssLayout::data_base/size).
constexpr uint32_t kIssData = 0x20000000;
constexpr uint32_t kIssDataSize = 0x1000;
constexpr uint32_t kIssCpacr = 0xE000ED88;  // SCB CPACR

struct IssLayout {
  uint32_t code_size = 0x10000;  // code region [0, code_size)
  uint32_t entry = 0;            // address of the first instruction
  uint32_t data_base = 0;        // data region [data_base, data_base + data_size),
  uint32_t data_size = 0;        // none when data_size is 0
  CpuConfig config{};            // e.g. config.mve = true for Helium tests
};

// The layout of the Helium tests: a core with MVE, code from `entry` on.
inline IssLayout mve_layout(uint32_t entry = 0) {
  IssLayout l;
  l.entry = entry;
  l.config.mve = true;
  return l;
}

class IssMachine {
 public:
  // `insns`: 32-bit encodings (hw1 << 16 | hw2) or 16-bit ones (< 0x10000),
  // placed from layout.entry on and followed by BKPT #1.
  explicit IssMachine(std::initializer_list<uint32_t> insns, const IssLayout& layout = {})
      : IssMachine(std::vector<uint32_t>(insns), layout) {}
  IssMachine(const std::vector<uint32_t>& insns, const IssLayout& layout)
      : code(layout.code_size, 0), data(layout.data_size, 0), entry_(layout.entry) {
    uint32_t a = entry_;
    for (uint32_t e : insns) {
      if (e > 0xFFFF) {
        put16(a, e >> 16);
        put16(a + 2, e & 0xFFFF);
        a += 4;
      } else {
        put16(a, e);
        a += 2;
      }
    }
    put16(a, kIssBkpt1);
    code_region.name = "code";
    code_region.host = code.data();
    code_region.size = static_cast<uint32_t>(code.size());
    cpu = std::make_unique<Cpu>(layout.config);
    cpu->map_region(&code_region, 0);
    if (!data.empty()) {
      data_region.name = "data";
      data_region.host = data.data();
      data_region.size = static_cast<uint32_t>(data.size());
      data_base_ = layout.data_base;
      cpu->map_region(&data_region, data_base_);
    }
    cpu->pc = cpu->next_pc = entry_;
  }
  IssMachine(const IssMachine&) = delete;
  IssMachine& operator=(const IssMachine&) = delete;

  // CPACR grants CP10/CP11 and CONTROL.FPCA is set (so FPSCR is not
  // reloaded from FPDSCR on the first FP instruction).
  void enable_fp() {
    cpu->write32(kIssCpacr, 0x00F00000);
    cpu->control |= 4;
  }
  // A halfword of code (little-endian).
  void put16(uint32_t addr, uint32_t v) {
    code[addr] = static_cast<uint8_t>(v);
    code[addr + 1] = static_cast<uint8_t>(v >> 8);
  }
  // A word of the data region, by address.
  uint32_t& word(uint32_t addr) { return *reinterpret_cast<uint32_t*>(&data[addr - data_base_]); }
  // Runs from the entry for at most `cycles`; the stop reason (Breakpoint
  // when the case ran to its BKPT).
  StopReason run(uint64_t cycles) {
    cpu->pc = cpu->next_pc = entry_;
    cpu->run(cycles);
    return cpu->stop_reason();
  }
  uint32_t entry() const { return entry_; }
  // tinysim's disassembly of the instruction at `addr`.
  std::string disasm(uint32_t addr) { return cpu->disassemble(addr, cpu->decode_at(addr)); }

  std::vector<uint8_t> code, data;
  MemRegion code_region, data_region;
  std::unique_ptr<Cpu> cpu;

 private:
  uint32_t entry_;
  uint32_t data_base_ = 0;
};

}  // namespace tinysim::armv8m::test
