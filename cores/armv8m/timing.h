// Cortex-M55 scalar timing: issue cycles per op class plus pipeline penalties.
// Semantics never read this; the executor adds these numbers to the cycle
// count. Every number carries its source or is marked as an assumption in
// timing.cpp; every one can be overridden from the platform YAML (core.timing).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>

#include "cores/armv8m/op_class.h"

namespace tinysim::armv8m {

struct TimingParams {
  std::array<uint8_t, kNumOpClasses> issue{};  // cycles an instruction of the class occupies issue
  uint8_t branch_taken = 0;       // extra cycles when a branch (or PC write) is taken
  uint8_t load_use = 0;           // extra cycles when the next instruction uses a loaded register
  uint8_t per_extra_register = 1; // LDM/STM/PUSH/POP: per register beyond the first
  uint8_t it_skipped = 1;         // an IT-block instruction whose condition fails
  uint8_t exception_entry = 0;    // stacking + vector fetch
  uint8_t exception_return = 0;
};

class Timing {
 public:
  Timing();
  const TimingParams& params() const { return p_; }
  uint8_t issue(OpClass c) const { return p_.issue[static_cast<int>(c)]; }
  // Names accepted by set(): op class names (see op_class.h) and
  // "branch_taken", "load_use", "per_extra_register", "it_skipped",
  // "exception_entry", "exception_return". Returns false for an unknown name.
  bool set(const std::string& name, uint32_t cycles);
  static std::string known_names();
 private:
  TimingParams p_;
};

}  // namespace tinysim::armv8m
