// Cortex-M55 scalar timing: per op class, the cycles an instruction occupies
// issue and the latency of its result, plus pipeline penalties. Semantics
// never read this; the executor adds these numbers to the cycle count. Every
// number carries its source or is marked as an assumption in timing.cpp;
// every one can be overridden from the platform YAML (core.timing).
#pragma once

#include <array>
#include <cstdint>
#include <string>

#include "cores/armv8m/op_class.h"

namespace tinysim::armv8m {

struct TimingParams {
  std::array<uint8_t, kNumOpClasses> issue{};     // cycles the instruction holds the issue stage
  std::array<uint8_t, kNumOpClasses> latency{};   // cycles until a dependent instruction can use the result
  std::array<uint8_t, kNumOpClasses> taken{};     // extra cycles when the instruction changes the PC
  uint8_t per_extra_register = 1; // LDM/STM/PUSH/POP: per register beyond the first
  uint8_t it_skipped = 1;         // an IT-block instruction whose condition fails
  uint8_t exception_entry = 0;    // stacking + vector fetch
  uint8_t exception_return = 0;
  uint8_t dual_issue = 1;         // 1: pair 16-bit instructions as the Cortex-M55 does
};

class Timing {
 public:
  Timing();
  const TimingParams& params() const { return p_; }
  uint8_t issue(OpClass c) const { return p_.issue[static_cast<int>(c)]; }
  // Stall of an instruction that reads a register the previous one wrote.
  uint8_t dependency_stall(OpClass producer) const {
    uint8_t l = p_.latency[static_cast<int>(producer)];
    return l > 1 ? l - 1 : 0;
  }
  uint8_t taken_penalty(OpClass c) const { return p_.taken[static_cast<int>(c)]; }
  // Names accepted by set(): "<class>" or "<class>.issue" (issue cycles),
  // "<class>.latency", "<class>.taken", and "per_extra_register",
  // "it_skipped", "exception_entry", "exception_return". False if unknown.
  bool set(const std::string& name, uint32_t cycles);
  static std::string known_names();
 private:
  TimingParams p_;
};

}  // namespace tinysim::armv8m
