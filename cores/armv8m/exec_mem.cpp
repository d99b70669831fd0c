// Multiple, exclusive and table-branch memory semantics.
#include "cores/armv8m/exec.h"

namespace tinysim::armv8m {

namespace {
// The word-aligned block an LDM/STM transfers: lowest address and the base
// after writeback. d.add: increment after (1) or decrement before (0).
struct Block { uint32_t addr, end; };
Block transfer_block(Cpu& c, const DecodedInsn& d) {
  const uint32_t bytes = 4u * static_cast<uint32_t>(__builtin_popcount(d.reglist));
  const uint32_t base = c.r[d.rn];
  const Block b{d.add ? base : base - bytes, d.add ? base + bytes : base - bytes};
  c.check_align(b.addr, 4);
  return b;
}
}  // namespace

// LDM/LDMDB/POP.
void exec_ldm(Cpu& c, const DecodedInsn& d) {
  const auto [addr, end] = transfer_block(c, d);
  uint32_t values[16];
  for (unsigned i = 0, a = addr; i < 16; ++i) {
    if (d.reglist & (1u << i)) { values[i] = c.read32(a); a += 4; }
  }
  if (d.wback && !(d.reglist & (1u << d.rn))) c.write_reg(d.rn, end);
  for (unsigned i = 0; i < 15; ++i) {
    if (d.reglist & (1u << i)) c.write_reg(i, values[i]);
  }
  if (d.reglist & 0x8000u) c.load_write_pc(values[15]);
}

// STM/STMDB/PUSH.
void exec_stm(Cpu& c, const DecodedInsn& d) {
  const auto [addr, end] = transfer_block(c, d);
  for (unsigned i = 0, a = addr; i < 16; ++i) {
    if (d.reglist & (1u << i)) { c.write32(a, c.r[i]); a += 4; }
  }
  if (d.wback) c.write_reg(d.rn, end);
}

// Exclusives. Rt = rd, Rn = rn, status register (STREX) = ra, offset = imm.
// d.sz: 0 byte, 1 halfword, 2 word.
void exec_ldrex(Cpu& c, const DecodedInsn& d) {
  uint32_t addr = c.r[d.rn] + d.imm;
  unsigned size = 1u << d.sz;
  c.check_align(addr, size);
  uint32_t v = size == 4 ? c.read32(addr) : size == 2 ? c.read16(addr) : c.read8(addr);
  c.excl_valid = true;
  c.excl_addr = addr;
  c.write_reg(d.rd, v);
}
void exec_strex(Cpu& c, const DecodedInsn& d) {
  uint32_t addr = c.r[d.rn] + d.imm;
  unsigned size = 1u << d.sz;
  c.check_align(addr, size);
  if (c.excl_valid && c.excl_addr == addr) {
    uint32_t v = c.r[d.rd];
    if (size == 4) c.write32(addr, v); else if (size == 2) c.write16(addr, v); else c.write8(addr, v);
    c.r[d.ra] = 0;
  } else {
    c.r[d.ra] = 1;
  }
  c.excl_valid = false;
}
void exec_clrex(Cpu& c, const DecodedInsn&) { c.excl_valid = false; }

// Load-acquire / store-release (no ordering effects on a single in-order core).
void exec_lda(Cpu& c, const DecodedInsn& d) {
  uint32_t addr = c.r[d.rn];
  unsigned size = 1u << d.sz;
  c.check_align(addr, size);
  c.write_reg(d.rd, size == 4 ? c.read32(addr) : size == 2 ? c.read16(addr) : c.read8(addr));
}
void exec_stl(Cpu& c, const DecodedInsn& d) {
  uint32_t addr = c.r[d.rn];
  unsigned size = 1u << d.sz;
  c.check_align(addr, size);
  uint32_t v = c.r[d.rd];
  if (size == 4) c.write32(addr, v); else if (size == 2) c.write16(addr, v); else c.write8(addr, v);
}

// TBB / TBH: d.sz 0 byte table, 1 halfword table.
void exec_tbb(Cpu& c, const DecodedInsn& d) {
  uint32_t base = c.r[d.rn];
  uint32_t off = d.sz ? c.read16(base + (c.r[d.rm] << 1)) : c.read8(base + c.r[d.rm]);
  c.branch_to(c.r[15] + 2 * off);
}

void exec_pld(Cpu&, const DecodedInsn&) {}

}  // namespace tinysim::armv8m
