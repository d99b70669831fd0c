// Helium (MVE) building blocks shared by the vector semantics
// (exec_mve_*.cpp): Q register access, predication masks, the wrappers that
// give every predicated instruction its byte mask and advance the VPT state.
//
// Predication model (Armv8.1-M ARM, GetCurInstrBeat, VPTAdvance): a 16-bit
// mask has one bit per byte of a Q register, like VPR.P0. An element of a
// predicated instruction is active when the mask bit of its lowest byte is
// set; results are written byte by byte under the mask (so a .32 operation
// after a VCMP.8 writes exactly the bytes the predicate allows, as the
// architecture defines). Instructions execute their four beats at once:
// EPSR.ECI stays zero.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>

#include "cores/armv8m/cpu.h"
#include "cores/armv8m/decoded_insn.h"

namespace tinysim::armv8m {

// One Q register's value.
struct QVec {
  union {
    uint8_t b[16];
    int8_t sb[16];
    uint16_t h[8];
    int16_t sh[8];
    uint32_t w[4];
    int32_t sw[4];
    uint64_t d[2];
  };
  template <typename T> T& lane(unsigned i) { return reinterpret_cast<T*>(b)[i]; }
  template <typename T> T lane(unsigned i) const { return reinterpret_cast<const T*>(b)[i]; }
};

inline QVec read_q(const Cpu& c, unsigned q) {
  QVec v;
  std::memcpy(v.b, c.fp.b + 16 * (q & 7), 16);
  return v;
}
inline void write_q(Cpu& c, unsigned q, const QVec& v) { std::memcpy(c.fp.b + 16 * (q & 7), v.b, 16); }

// Byte mask (0x00/0xFF per byte) of a 16-bit predicate mask.
inline QVec expand_byte_mask(uint16_t mask) {
  QVec m;
  for (int i = 0; i < 16; ++i) m.b[i] = (mask >> i) & 1 ? 0xFF : 0x00;
  return m;
}

// The bytes of `v` whose mask bit is set into Q[q] (out of line: the
// all-active case of write_q_masked is the common one).
__attribute__((noinline)) inline void write_q_blend(Cpu& c, unsigned q, const QVec& v, uint16_t mask) {
  const QVec m = expand_byte_mask(mask);
  uint8_t* dst = c.fp.b + 16 * (q & 7);
  for (int i = 0; i < 2; ++i) {
    uint64_t old, nv;
    std::memcpy(&old, dst + 8 * i, 8);
    nv = (old & ~m.d[i]) | (v.d[i] & m.d[i]);
    std::memcpy(dst + 8 * i, &nv, 8);
  }
}

// Writes `v` into Q[q] for the bytes whose mask bit is set.
__attribute__((always_inline)) inline void write_q_masked(Cpu& c, unsigned q, const QVec& v, uint16_t mask) {
  if (__builtin_expect(mask == 0xFFFF, 1)) write_q(c, q, v);
  else write_q_blend(c, q, v, mask);
}

// A Q register as an array of lanes (memcpy in and out: no aliasing games,
// and GCC vectorises the loops over it).
template <typename T> using Lanes = std::array<T, 16 / sizeof(T)>;

template <typename T>
inline Lanes<T> q_lanes(const Cpu& c, unsigned q) {
  Lanes<T> v;
  std::memcpy(v.data(), c.fp.b + 16 * (q & 7), 16);
  return v;
}

template <typename T>
inline void q_write_masked(Cpu& c, unsigned q, const Lanes<T>& v, uint16_t mask) {
  QVec r;
  std::memcpy(r.b, v.data(), 16);
  write_q_masked(c, q, r, mask);
}

// Is element e of `esize` bytes active under `mask`?
inline bool elem_active(uint16_t mask, unsigned esize, unsigned e) { return (mask >> (e * esize)) & 1; }

// FPSCR.QC: a saturating vector instruction sets it when any active element saturated.
inline void set_qc(Cpu& c) { c.fpscr |= 1u << 27; }

// Semantics of a predicated vector instruction: receive the byte mask.
using MveExecFn = void (*)(Cpu&, const DecodedInsn&, uint16_t mask);

// Decode-table entry for a predicated vector instruction: checks that the FP
// register file is enabled (CPACR CP10, FP context), computes the mask,
// executes, then advances the VPT block state.
template <MveExecFn F>
void mve_exec(Cpu& c, const DecodedInsn& d) {
  c.check_mve_enabled();
  const uint16_t mask = c.mve_element_mask();
  F(c, d, mask);
  c.count_vector_beats(mask);
  c.mve_advance_vpt();
}

// Vector instructions that are never predicated (they still take the FP
// context). Inside a VPT block they are UNPREDICTABLE; we advance the VPT
// state like a predicated instruction.
template <void (*F)(Cpu&, const DecodedInsn&)>
void mve_exec_unpredicated(Cpu& c, const DecodedInsn& d) {
  c.check_mve_enabled();
  F(c, d);
  c.count_vector_beats(0xFFFF);
  c.mve_advance_vpt();
}

// Decode-table entries for encodings the architecture makes UNDEFINED (or
// UNPREDICTABLE, which tinysim treats as UNDEFINED like QEMU): a UsageFault
// UNDEFINSTR, never another instruction.
inline void exec_mve_qreg_undefined(Cpu& c, const DecodedInsn&) {
  c.undefined("MVE instruction with a Q register number above 7 (D, N or M bit set)");
}
inline void exec_mve_reg_undefined(Cpu& c, const DecodedInsn&) {
  c.undefined("MVE instruction with SP or PC as a general-purpose register operand (UNPREDICTABLE)");
}

}  // namespace tinysim::armv8m
