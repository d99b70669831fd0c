// Load/store semantics, as templates over access size, signedness and
// addressing mode so each table line instantiates exactly what it encodes.
#pragma once

#include "cores/armv8m/exec_common.h"

namespace tinysim::armv8m {

enum class Addr {
  Imm,  // [Rn, #+/-imm] with P (index), U (add), W (wback)
  Reg,  // [Rn, Rm, LSL #shift_n]
  Lit,  // [PC, #+/-imm], PC word-aligned
};

template <Addr A>
inline uint32_t effective_address(Cpu& c, const DecodedInsn& d, uint32_t& wb_value) {
  if constexpr (A == Addr::Lit) {
    return d.add ? align_pc(c) + d.imm : align_pc(c) - d.imm;
  } else if constexpr (A == Addr::Reg) {
    return c.r[d.rn] + (c.r[d.rm] << d.shift_n);
  } else {
    uint32_t base = c.r[d.rn];
    uint32_t off = d.add ? base + d.imm : base - d.imm;
    wb_value = off;
    return d.index ? off : base;
  }
}

// Forms specialize_exec() substitutes at decode for the generic one of the
// decode tables: a destination that is neither SP nor PC and, for Addr::Imm,
// the address [Rn, #+imm] (Offset), or [Rn, #+imm]! (PreInc) and [Rn], #+imm
// (PostInc), the loop forms, with Rn neither SP, PC nor the destination.
enum class LsForm { Generic, Plain, Offset, PreInc, PostInc };

// The address of a load or store of form F (the generic form also gives
// the write-back value), and the base register update of the PreInc and
// PostInc forms.
template <Addr A, LsForm F>
inline uint32_t access_address(Cpu& c, const DecodedInsn& d, uint32_t& wb) {
  if constexpr (F == LsForm::Offset || F == LsForm::PreInc) return c.r[d.rn] + d.imm;
  else if constexpr (F == LsForm::PostInc) return c.r[d.rn];
  else return effective_address<A>(c, d, wb);
}
template <LsForm F>
inline void update_base(Cpu& c, const DecodedInsn& d, uint32_t addr) {
  if constexpr (F == LsForm::PostInc) c.r[d.rn] = addr + d.imm;
  else if constexpr (F == LsForm::PreInc) c.r[d.rn] = addr;
}

template <int SZ, bool SIGNED, Addr A, LsForm F = LsForm::Generic>
void exec_load(Cpu& c, const DecodedInsn& d) {
  uint32_t wb = 0;
  const uint32_t addr = access_address<A, F>(c, d, wb);
  uint32_t v;
  if constexpr (SZ == 4) {
    v = c.read32_unaligned_ok(addr);
  } else if constexpr (SZ == 2) {
    v = c.read16_unaligned_ok(addr);
    if (SIGNED) v = static_cast<uint32_t>(static_cast<int32_t>(static_cast<int16_t>(v)));
  } else {
    v = c.read8(addr);
    if (SIGNED) v = static_cast<uint32_t>(static_cast<int32_t>(static_cast<int8_t>(v)));
  }
  if constexpr (F != LsForm::Generic) {
    update_base<F>(c, d, addr);
    c.r[d.rd] = v;
    return;
  }
  if constexpr (A == Addr::Imm) {
    if (d.wback) c.write_reg(d.rn, wb);
  }
  if (d.rd == 15) {
    if constexpr (SZ == 4) c.load_write_pc(v);
  } else {
    c.write_reg(d.rd, v);
  }
}

// Offset, PreInc and PostInc as for loads (Addr::Imm).
template <int SZ, Addr A, LsForm F = LsForm::Generic>
void exec_store(Cpu& c, const DecodedInsn& d) {
  uint32_t wb = 0;
  const uint32_t addr = access_address<A, F>(c, d, wb);
  uint32_t v = c.r[d.rd];
  if constexpr (SZ == 4) c.write32_unaligned_ok(addr, v);
  else if constexpr (SZ == 2) c.write16_unaligned_ok(addr, v);
  else c.write8(addr, v);
  update_base<F>(c, d, addr);
  if constexpr (A == Addr::Imm && F == LsForm::Generic) {
    if (d.wback) c.write_reg(d.rn, wb);
  }
}

// LDRD/STRD: Rt = rd, Rt2 = ra; word-aligned.
template <Addr A>
void exec_ldrd(Cpu& c, const DecodedInsn& d) {
  uint32_t wb = 0;
  uint32_t addr = effective_address<A>(c, d, wb);
  uint32_t lo = c.read32_aligned(addr);
  uint32_t hi = c.read32_aligned(addr + 4);
  if constexpr (A == Addr::Imm) {
    if (d.wback) c.write_reg(d.rn, wb);
  }
  c.write_reg(d.rd, lo);
  c.write_reg(d.ra, hi);
}

inline void exec_strd(Cpu& c, const DecodedInsn& d) {
  uint32_t wb = 0;
  uint32_t addr = effective_address<Addr::Imm>(c, d, wb);
  c.write32_aligned(addr, c.r[d.rd]);
  c.write32_aligned(addr + 4, c.r[d.ra]);
  if (d.wback) c.write_reg(d.rn, wb);
}

}  // namespace tinysim::armv8m
