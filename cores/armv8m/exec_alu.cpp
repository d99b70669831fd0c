// Integer semantics other than the ALU template: multiplies, divides, bit
// manipulation, extends, saturation, conditional select.
#include "cores/armv8m/exec.h"
#include "cores/armv8m/scs.h"

namespace tinysim::armv8m {

void exec_adr(Cpu& c, const DecodedInsn& d) {
  uint32_t base = align_pc(c);
  c.write_reg(d.rd, d.add ? base + d.imm : base - d.imm);
}

void exec_movw(Cpu& c, const DecodedInsn& d) { c.write_reg(d.rd, d.imm); }
void exec_movt(Cpu& c, const DecodedInsn& d) {
  c.write_reg(d.rd, (c.r[d.rd] & 0xFFFFu) | (d.imm << 16));
}

void exec_mul(Cpu& c, const DecodedInsn& d) {
  uint32_t r = c.r[d.rn] * c.r[d.rm];
  c.r[d.rd] = r;
  if (d.setflags) set_nz(c, r);
}
void exec_mla(Cpu& c, const DecodedInsn& d) { c.r[d.rd] = c.r[d.rn] * c.r[d.rm] + c.r[d.ra]; }
void exec_mls(Cpu& c, const DecodedInsn& d) { c.r[d.rd] = c.r[d.ra] - c.r[d.rn] * c.r[d.rm]; }

// Long multiplies: RdLo = rd, RdHi = ra.
void exec_umull(Cpu& c, const DecodedInsn& d) {
  uint64_t r = static_cast<uint64_t>(c.r[d.rn]) * c.r[d.rm];
  c.r[d.rd] = static_cast<uint32_t>(r);
  c.r[d.ra] = static_cast<uint32_t>(r >> 32);
}
void exec_smull(Cpu& c, const DecodedInsn& d) {
  int64_t r = static_cast<int64_t>(static_cast<int32_t>(c.r[d.rn])) * static_cast<int32_t>(c.r[d.rm]);
  c.r[d.rd] = static_cast<uint32_t>(r);
  c.r[d.ra] = static_cast<uint32_t>(static_cast<uint64_t>(r) >> 32);
}
void exec_umlal(Cpu& c, const DecodedInsn& d) {
  uint64_t acc = (static_cast<uint64_t>(c.r[d.ra]) << 32) | c.r[d.rd];
  uint64_t r = static_cast<uint64_t>(c.r[d.rn]) * c.r[d.rm] + acc;
  c.r[d.rd] = static_cast<uint32_t>(r);
  c.r[d.ra] = static_cast<uint32_t>(r >> 32);
}
void exec_smlal(Cpu& c, const DecodedInsn& d) {
  uint64_t acc = (static_cast<uint64_t>(c.r[d.ra]) << 32) | c.r[d.rd];
  uint64_t r = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(c.r[d.rn])) *
                                     static_cast<int32_t>(c.r[d.rm])) + acc;
  c.r[d.rd] = static_cast<uint32_t>(r);
  c.r[d.ra] = static_cast<uint32_t>(r >> 32);
}
void exec_umaal(Cpu& c, const DecodedInsn& d) {
  uint64_t r = static_cast<uint64_t>(c.r[d.rn]) * c.r[d.rm] + c.r[d.rd] + c.r[d.ra];
  c.r[d.rd] = static_cast<uint32_t>(r);
  c.r[d.ra] = static_cast<uint32_t>(r >> 32);
}

void exec_sdiv(Cpu& c, const DecodedInsn& d) {
  int32_t n = static_cast<int32_t>(c.r[d.rn]), m = static_cast<int32_t>(c.r[d.rm]);
  if (m == 0) {
    if (c.scs().div0_trap()) c.usage_fault(kCfsrDivByZero, "integer divide by zero");
    c.r[d.rd] = 0;
    return;
  }
  if (n == INT32_MIN && m == -1) { c.r[d.rd] = static_cast<uint32_t>(INT32_MIN); return; }
  c.r[d.rd] = static_cast<uint32_t>(n / m);
}
void exec_udiv(Cpu& c, const DecodedInsn& d) {
  uint32_t m = c.r[d.rm];
  if (m == 0) {
    if (c.scs().div0_trap()) c.usage_fault(kCfsrDivByZero, "integer divide by zero");
    c.r[d.rd] = 0;
    return;
  }
  c.r[d.rd] = c.r[d.rn] / m;
}

void exec_clz(Cpu& c, const DecodedInsn& d) {
  uint32_t x = c.r[d.rm];
  c.r[d.rd] = x ? __builtin_clz(x) : 32;
}
void exec_rbit(Cpu& c, const DecodedInsn& d) {
  uint32_t x = c.r[d.rm], r = 0;
  for (int i = 0; i < 32; ++i) r |= ((x >> i) & 1u) << (31 - i);
  c.r[d.rd] = r;
}
void exec_rev(Cpu& c, const DecodedInsn& d) { c.r[d.rd] = __builtin_bswap32(c.r[d.rm]); }
void exec_rev16(Cpu& c, const DecodedInsn& d) {
  uint32_t x = c.r[d.rm];
  c.r[d.rd] = ((x & 0x00FF00FFu) << 8) | ((x >> 8) & 0x00FF00FFu);
}
void exec_revsh(Cpu& c, const DecodedInsn& d) {
  uint32_t x = c.r[d.rm];
  c.r[d.rd] = static_cast<uint32_t>(static_cast<int32_t>(static_cast<int16_t>(((x & 0xFF) << 8) | ((x >> 8) & 0xFF))));
}

// Extends: d.extra = rotation / 8; d.sz = 0 byte, 1 halfword, 2 dual bytes (B16);
// the template flags choose signedness and accumulate.
template <bool SIGNED, int SZ, bool ACC>
void exec_extend(Cpu& c, const DecodedInsn& d) {
  uint32_t x = shift(c.r[d.rm], kRor, d.extra * 8u, false);
  uint32_t base = ACC ? c.r[d.rn] : 0;
  uint32_t r;
  if constexpr (SZ == 0) {
    r = SIGNED ? static_cast<uint32_t>(static_cast<int32_t>(static_cast<int8_t>(x))) : (x & 0xFF);
    r += base;
  } else if constexpr (SZ == 1) {
    r = SIGNED ? static_cast<uint32_t>(static_cast<int32_t>(static_cast<int16_t>(x))) : (x & 0xFFFF);
    r += base;
  } else {
    uint32_t lo = SIGNED ? static_cast<uint32_t>(static_cast<int32_t>(static_cast<int8_t>(x))) : (x & 0xFF);
    uint32_t hi = SIGNED ? static_cast<uint32_t>(static_cast<int32_t>(static_cast<int8_t>(x >> 16))) : ((x >> 16) & 0xFF);
    lo = (lo + base) & 0xFFFF;
    hi = (hi + (base >> 16)) & 0xFFFF;
    r = lo | (hi << 16);
  }
  c.r[d.rd] = r;
}
template void exec_extend<true, 0, false>(Cpu&, const DecodedInsn&);
template void exec_extend<true, 1, false>(Cpu&, const DecodedInsn&);
template void exec_extend<true, 2, false>(Cpu&, const DecodedInsn&);
template void exec_extend<false, 0, false>(Cpu&, const DecodedInsn&);
template void exec_extend<false, 1, false>(Cpu&, const DecodedInsn&);
template void exec_extend<false, 2, false>(Cpu&, const DecodedInsn&);
template void exec_extend<true, 0, true>(Cpu&, const DecodedInsn&);
template void exec_extend<true, 1, true>(Cpu&, const DecodedInsn&);
template void exec_extend<true, 2, true>(Cpu&, const DecodedInsn&);
template void exec_extend<false, 0, true>(Cpu&, const DecodedInsn&);
template void exec_extend<false, 1, true>(Cpu&, const DecodedInsn&);
template void exec_extend<false, 2, true>(Cpu&, const DecodedInsn&);

// Bit-field: imm = lsb, ra = msb (BFI/BFC) or widthminus1 (UBFX/SBFX).
void exec_bfi(Cpu& c, const DecodedInsn& d) {
  unsigned lsb = d.imm, msb = d.ra;
  if (msb < lsb) { c.undefined("BFI/BFC with msb < lsb"); }
  uint32_t width = msb - lsb + 1;
  uint32_t mask = (width == 32 ? 0xFFFFFFFFu : ((1u << width) - 1)) << lsb;
  uint32_t src = d.rn == 15 ? 0 : (c.r[d.rn] << lsb);  // Rn == 15 is BFC
  c.r[d.rd] = (c.r[d.rd] & ~mask) | (src & mask);
}
void exec_ubfx(Cpu& c, const DecodedInsn& d) {
  unsigned lsb = d.imm, w = d.ra + 1u;
  if (lsb + w > 32) c.undefined("UBFX field out of range");
  uint32_t x = c.r[d.rn] >> lsb;
  c.r[d.rd] = w == 32 ? x : (x & ((1u << w) - 1));
}
void exec_sbfx(Cpu& c, const DecodedInsn& d) {
  unsigned lsb = d.imm, w = d.ra + 1u;
  if (lsb + w > 32) c.undefined("SBFX field out of range");
  int32_t x = static_cast<int32_t>(c.r[d.rn] << (32 - lsb - w));
  c.r[d.rd] = static_cast<uint32_t>(x >> (32 - w));
}

// SSAT/USAT: ra = saturate_to (already decoded: SSAT n = sat_imm+1, USAT n = sat_imm),
// shift in shift_type/shift_n.
void exec_ssat(Cpu& c, const DecodedInsn& d) {
  int64_t op = static_cast<int32_t>(shift(c.r[d.rn], d.shift_type, d.shift_n, c.c));
  bool sat = false;
  c.r[d.rd] = static_cast<uint32_t>(signed_sat_q(op, d.ra, sat));
  if (sat) c.q = true;
}
void exec_usat(Cpu& c, const DecodedInsn& d) {
  int64_t op = static_cast<int32_t>(shift(c.r[d.rn], d.shift_type, d.shift_n, c.c));
  bool sat = false;
  c.r[d.rd] = static_cast<uint32_t>(unsigned_sat_q(op, d.ra, sat));
  if (sat) c.q = true;
}
void exec_ssat16(Cpu& c, const DecodedInsn& d) {
  bool sat = false;
  uint32_t x = c.r[d.rn];
  int64_t lo = signed_sat_q(static_cast<int16_t>(x), d.ra, sat);
  int64_t hi = signed_sat_q(static_cast<int16_t>(x >> 16), d.ra, sat);
  c.r[d.rd] = (static_cast<uint32_t>(lo) & 0xFFFF) | (static_cast<uint32_t>(hi) << 16);
  if (sat) c.q = true;
}
void exec_usat16(Cpu& c, const DecodedInsn& d) {
  bool sat = false;
  uint32_t x = c.r[d.rn];
  int64_t lo = unsigned_sat_q(static_cast<int16_t>(x), d.ra, sat);
  int64_t hi = unsigned_sat_q(static_cast<int16_t>(x >> 16), d.ra, sat);
  c.r[d.rd] = (static_cast<uint32_t>(lo) & 0xFFFF) | (static_cast<uint32_t>(hi) << 16);
  if (sat) c.q = true;
}

// Armv8.1-M conditional select; register 15 reads as zero here. d.extra: 0 CSEL,
// 1 CSINC, 2 CSINV, 3 CSNEG.
void exec_csel(Cpu& c, const DecodedInsn& d) {
  uint32_t n = d.rn == 15 ? 0 : c.r[d.rn];
  uint32_t m = d.rm == 15 ? 0 : c.r[d.rm];
  uint32_t r;
  if (c.cond_passed(d.cond)) {
    r = n;
  } else {
    switch (d.extra) {
      case 0: r = m; break;
      case 1: r = m + 1; break;
      case 2: r = ~m; break;
      default: r = 0u - m; break;
    }
  }
  c.r[d.rd] = r;
}

}  // namespace tinysim::armv8m
