// Arm ARM pseudocode helpers shared by the semantics (exec_*.cpp). Names follow
// the Armv8-M Architecture Reference Manual (DDI0553) so each can be checked
// against the pseudocode.
#pragma once

#include <cstdint>

#include "cores/armv8m/cpu.h"
#include "cores/armv8m/decoded_insn.h"

namespace tinysim::armv8m {

enum ShiftType : uint8_t { kLsl = 0, kLsr = 1, kAsr = 2, kRor = 3, kRrx = 4 };

struct ResultC { uint32_t value; bool carry; };

inline ResultC shift_c(uint32_t x, unsigned type, unsigned n, bool carry_in) {
  if (n == 0 && type != kRrx) return {x, carry_in};
  switch (type) {
    case kLsl:
      if (n >= 33) return {0, false};
      if (n == 32) return {0, (x & 1) != 0};
      return {x << n, ((x >> (32 - n)) & 1) != 0};
    case kLsr:
      if (n >= 33) return {0, false};
      if (n == 32) return {0, (x >> 31) != 0};
      return {x >> n, ((x >> (n - 1)) & 1) != 0};
    case kAsr:
      if (n >= 32) { bool s = (x >> 31) != 0; return {s ? 0xFFFFFFFFu : 0u, s}; }
      return {static_cast<uint32_t>(static_cast<int32_t>(x) >> n), ((x >> (n - 1)) & 1) != 0};
    case kRor: {
      unsigned m = n & 31;
      uint32_t r = m ? (x >> m) | (x << (32 - m)) : x;
      return {r, (r >> 31) != 0};
    }
    default:  // RRX
      return {(x >> 1) | (carry_in ? 0x80000000u : 0u), (x & 1) != 0};
  }
}

inline uint32_t shift(uint32_t x, unsigned type, unsigned n, bool carry_in) {
  return shift_c(x, type, n, carry_in).value;
}

struct AddResult { uint32_t value; bool carry, overflow; };

inline AddResult add_with_carry(uint32_t x, uint32_t y, bool carry_in) {
  uint64_t u = static_cast<uint64_t>(x) + y + (carry_in ? 1 : 0);
  int64_t s = static_cast<int64_t>(static_cast<int32_t>(x)) + static_cast<int32_t>(y) + (carry_in ? 1 : 0);
  uint32_t r = static_cast<uint32_t>(u);
  return {r, (u >> 32) != 0, static_cast<int64_t>(static_cast<int32_t>(r)) != s};
}

inline void set_nz(Cpu& c, uint32_t r) { c.n = (r >> 31) != 0; c.z = r == 0; }

// SignedSatQ / UnsignedSatQ
inline int64_t signed_sat_q(int64_t i, unsigned n, bool& sat) {
  int64_t hi = (int64_t{1} << (n - 1)) - 1, lo = -(int64_t{1} << (n - 1));
  if (i > hi) { sat = true; return hi; }
  if (i < lo) { sat = true; return lo; }
  return i;
}
inline int64_t unsigned_sat_q(int64_t i, unsigned n, bool& sat) {
  int64_t hi = n >= 63 ? INT64_MAX : (int64_t{1} << n) - 1;
  if (i > hi) { sat = true; return hi; }
  if (i < 0) { sat = true; return 0; }
  return i;
}

inline uint32_t align_pc(const Cpu& c) { return c.r[15] & ~3u; }

}  // namespace tinysim::armv8m
