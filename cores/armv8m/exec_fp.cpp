// Scalar floating-point semantics: operands from the S/D registers, the
// FPSCR as the controlling value (rounding mode, FZ, DN, AHP, FZ16), the
// arithmetic from the soft-float pseudocode functions of fp_arith.h.
#include "cores/armv8m/exec_fp.h"

#include "cores/armv8m/exec.h"
#include "cores/armv8m/fp_arith.h"

namespace tinysim::armv8m {
namespace {

using namespace softfp;

// Writable bits (trap enables are RAZ/WI on M-profile); QC only with MVE.
constexpr uint32_t kFpscrWritable = kNZCV | kQC | kAHP | kDN | kFZ | (3u << 22) | kFZ16 | 0x9Fu;
inline uint32_t fpscr_writable(const Cpu& c) { return c.config().mve ? kFpscrWritable : kFpscrWritable & ~kQC; }

// ---- register access -------------------------------------------------------

template <int N>
uint64_t fpr(const Cpu& c, unsigned r) {
  if constexpr (N == 64) return c.fp.d[r & 15];
  else if constexpr (N == 32) return c.fp.s[r & 31];
  else return c.fp.s[r & 31] & 0xFFFFu;
}
// Half-precision results are written zero-extended to the S register.
template <int N>
void fpw(Cpu& c, unsigned r, uint64_t v) {
  if constexpr (N == 64) c.fp.d[r & 15] = v;
  else c.fp.s[r & 31] = static_cast<uint32_t>(v);
}

// ExecuteFPCheck: NOCP UsageFault when disabled, then FP context activation.
inline void fp_check(Cpu& c) {
  c.check_fp_enabled();
  c.note_fp_use();
}

Rounding insn_rounding(const DecodedInsn& d, uint32_t fpscr) {
  unsigned r = d.extra & 7;
  return r == kFpRoundFpscr ? fpscr_rounding(fpscr) : static_cast<Rounding>(r);
}

}  // namespace

// ---- data processing -------------------------------------------------------

template <int N> void exec_vadd(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  fpw<N>(c, d.rd, fp_add<N>(fpr<N>(c, d.rn), fpr<N>(c, d.rm), c.fpscr));
}
template <int N> void exec_vsub(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  fpw<N>(c, d.rd, fp_add<N>(fpr<N>(c, d.rn), fpr<N>(c, d.rm), c.fpscr, true));
}
template <int N> void exec_vmul(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  fpw<N>(c, d.rd, fp_mul<N>(fpr<N>(c, d.rn), fpr<N>(c, d.rm), c.fpscr));
}
template <int N> void exec_vnmul(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  fpw<N>(c, d.rd, fp_neg<N>(fp_mul<N>(fpr<N>(c, d.rn), fpr<N>(c, d.rm), c.fpscr)));
}
template <int N> void exec_vdiv(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  fpw<N>(c, d.rd, fp_div<N>(fpr<N>(c, d.rn), fpr<N>(c, d.rm), c.fpscr));
}
// VMLA/VMLS/VNMLA/VNMLS: product = FPMul(Vn, Vm), then FPAdd(+/-Vd, +/-product).
template <int N> void exec_vmla(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  uint64_t p = fp_mul<N>(fpr<N>(c, d.rn), fpr<N>(c, d.rm), c.fpscr);
  fpw<N>(c, d.rd, fp_add<N>(fpr<N>(c, d.rd), p, c.fpscr));
}
template <int N> void exec_vmls(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  uint64_t p = fp_mul<N>(fpr<N>(c, d.rn), fpr<N>(c, d.rm), c.fpscr);
  fpw<N>(c, d.rd, fp_add<N>(fpr<N>(c, d.rd), fp_neg<N>(p), c.fpscr));
}
template <int N> void exec_vnmla(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  uint64_t p = fp_mul<N>(fpr<N>(c, d.rn), fpr<N>(c, d.rm), c.fpscr);
  fpw<N>(c, d.rd, fp_add<N>(fp_neg<N>(fpr<N>(c, d.rd)), fp_neg<N>(p), c.fpscr));
}
template <int N> void exec_vnmls(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  uint64_t p = fp_mul<N>(fpr<N>(c, d.rn), fpr<N>(c, d.rm), c.fpscr);
  fpw<N>(c, d.rd, fp_add<N>(fp_neg<N>(fpr<N>(c, d.rd)), p, c.fpscr));
}
// Fused: FPMulAdd(+/-Vd, +/-Vn, Vm); the negations apply to the operand
// encodings, NaNs included.
template <int N> void exec_vfma(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  fpw<N>(c, d.rd, fp_mul_add<N>(fpr<N>(c, d.rd), fpr<N>(c, d.rn), fpr<N>(c, d.rm), c.fpscr));
}
template <int N> void exec_vfms(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  fpw<N>(c, d.rd, fp_mul_add<N>(fpr<N>(c, d.rd), fp_neg<N>(fpr<N>(c, d.rn)), fpr<N>(c, d.rm), c.fpscr));
}
template <int N> void exec_vfnma(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  fpw<N>(c, d.rd,
         fp_mul_add<N>(fp_neg<N>(fpr<N>(c, d.rd)), fp_neg<N>(fpr<N>(c, d.rn)), fpr<N>(c, d.rm), c.fpscr));
}
template <int N> void exec_vfnms(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  fpw<N>(c, d.rd, fp_mul_add<N>(fp_neg<N>(fpr<N>(c, d.rd)), fpr<N>(c, d.rn), fpr<N>(c, d.rm), c.fpscr));
}
template <int N> void exec_vmaxnm(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  fpw<N>(c, d.rd, fp_max_min_num<N>(fpr<N>(c, d.rn), fpr<N>(c, d.rm), c.fpscr, true));
}
template <int N> void exec_vminnm(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  fpw<N>(c, d.rd, fp_max_min_num<N>(fpr<N>(c, d.rn), fpr<N>(c, d.rm), c.fpscr, false));
}
template <int N> void exec_vabs(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  fpw<N>(c, d.rd, fp_abs<N>(fpr<N>(c, d.rm)));
}
template <int N> void exec_vneg(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  fpw<N>(c, d.rd, fp_neg<N>(fpr<N>(c, d.rm)));
}
template <int N> void exec_vsqrt(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  fpw<N>(c, d.rd, fp_sqrt<N>(fpr<N>(c, d.rm), c.fpscr));
}
template <int N> void exec_vmov_reg(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  fpw<N>(c, d.rd, fpr<N>(c, d.rm));
}
template <int N> void exec_vmov_imm(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  fpw<N>(c, d.rd, vfp_expand_imm<N>(d.extra));
}
template <int N> void exec_vcmp(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  const uint64_t op2 = (d.extra & 2) ? 0 : fpr<N>(c, d.rm);
  const uint32_t nzcv = fp_compare<N>(fpr<N>(c, d.rd), op2, d.extra & 1, c.fpscr);
  c.fpscr = (c.fpscr & ~kNZCV) | nzcv << 28;
}
template <int N> void exec_vsel(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  fpw<N>(c, d.rd, c.cond_passed(d.cond) ? fpr<N>(c, d.rn) : fpr<N>(c, d.rm));
}
template <int N> void exec_vrint(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  const Rounding r = insn_rounding(d, c.fpscr);
  fpw<N>(c, d.rd, fp_round_int<N>(fpr<N>(c, d.rm), r, d.extra & kFpExact, c.fpscr));
}
template <int N> void exec_vcvt_to_int(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  const Rounding r = insn_rounding(d, c.fpscr);
  c.fp.s[d.rd & 31] = fp_to_fixed<N>(fpr<N>(c, d.rm), 0, !(d.extra & kFpSigned), 32, r, c.fpscr);
}
template <int N> void exec_vcvt_from_int(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  const uint32_t v = c.fp.s[d.rm & 31];
  fpw<N>(c, d.rd, fixed_to_fp<N>(v, 32, 0, !(d.extra & kFpSigned), fpscr_rounding(c.fpscr), c.fpscr));
}
// Fixed-point: to fixed rounds towards zero, from fixed to nearest (ties to
// even) whatever FPSCR.RMode says (Arm ARM VCVT, between floating-point and
// fixed-point).
// The result of a 16-bit conversion is sign- or zero-extended to the register.
template <int N> void exec_vcvt_fixed(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  const bool is_unsigned = !(d.extra & kFpSigned);
  const int size = (d.extra & kFpFixed32) ? 32 : 16;
  const int fbits = static_cast<int>(d.imm);
  if (d.extra & kFpToFixed) {
    const uint32_t r = fp_to_fixed<N>(fpr<N>(c, d.rd), fbits, is_unsigned, size, Rounding::Zero, c.fpscr);
    int64_t ext = r;
    if (!is_unsigned) ext = size == 16 ? int64_t{static_cast<int16_t>(r)} : int64_t{static_cast<int32_t>(r)};
    if constexpr (N == 64) c.fp.d[d.rd & 15] = static_cast<uint64_t>(ext);
    else c.fp.s[d.rd & 31] = static_cast<uint32_t>(ext);
  } else {
    const uint32_t op = N == 64 ? static_cast<uint32_t>(c.fp.d[d.rd & 15]) : c.fp.s[d.rd & 31];
    fpw<N>(c, d.rd, fixed_to_fp<N>(op, size, fbits, is_unsigned, Rounding::TieEven, c.fpscr));
  }
}
template <int N> void exec_vcvt_fp(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  if constexpr (N == 32) c.fp.d[d.rd & 15] = fp_convert<32, 64>(c.fp.s[d.rm & 31], c.fpscr);
  else c.fp.s[d.rd & 31] = static_cast<uint32_t>(fp_convert<64, 32>(c.fp.d[d.rm & 15], c.fpscr));
}
template <int N> void exec_vcvt_from_half(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  const uint32_t h = (c.fp.s[d.rm & 31] >> ((d.extra & kFpTop) ? 16 : 0)) & 0xFFFF;
  fpw<N>(c, d.rd, fp_convert<16, N>(h, c.fpscr));
}
template <int N> void exec_vcvt_to_half(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  const uint32_t h = static_cast<uint32_t>(fp_convert<N, 16>(fpr<N>(c, d.rm), c.fpscr));
  uint32_t& s = c.fp.s[d.rd & 31];
  s = (d.extra & kFpTop) ? (s & 0xFFFFu) | h << 16 : (s & 0xFFFF0000u) | h;
}
void exec_vins(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  uint32_t& s = c.fp.s[d.rd & 31];
  s = (s & 0xFFFFu) | c.fp.s[d.rm & 31] << 16;
}
void exec_vmovx(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  c.fp.s[d.rd & 31] = c.fp.s[d.rm & 31] >> 16;
}

// ---- moves -------------------------------------------------------------------

void exec_vmov_to_s(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  c.fp.s[d.rn & 31] = c.r[d.rd];
}
void exec_vmov_from_s(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  c.write_reg(d.rd, c.fp.s[d.rn & 31]);
}
void exec_vmov_to_h(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  c.fp.s[d.rn & 31] = c.r[d.rd] & 0xFFFFu;
}
void exec_vmov_from_h(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  c.write_reg(d.rd, c.fp.s[d.rn & 31] & 0xFFFFu);
}
void exec_vmov_to_scalar(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  c.fp.s[(2 * d.rn + d.extra) & 31] = c.r[d.rd];
}
void exec_vmov_from_scalar(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  c.write_reg(d.rd, c.fp.s[(2 * d.rn + d.extra) & 31]);
}
void exec_vmov_to_ss(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  if (d.rm == 31) c.undefined("VMOV to S31 and S32");
  c.fp.s[d.rm] = c.r[d.rd];
  c.fp.s[d.rm + 1] = c.r[d.ra];
}
void exec_vmov_from_ss(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  if (d.rm == 31) c.undefined("VMOV from S31 and S32");
  c.write_reg(d.rd, c.fp.s[d.rm]);
  c.write_reg(d.ra, c.fp.s[d.rm + 1]);
}
void exec_vmov_to_d(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  c.fp.d[d.rm & 15] = static_cast<uint64_t>(c.r[d.ra]) << 32 | c.r[d.rd];
}
void exec_vmov_from_d(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  const uint64_t v = c.fp.d[d.rm & 15];
  c.write_reg(d.rd, static_cast<uint32_t>(v));
  c.write_reg(d.ra, static_cast<uint32_t>(v >> 32));
}
void exec_vmrs(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  // FPSCR_nzcvqc: the flags and the saturation flag QC; LTPSIZE reads from
  // its own field (4 outside tail-predicated loops).
  const uint32_t v = d.extra == 2 ? (c.fpscr & (kNZCV | kQC))
                                  : ((c.fpscr & fpscr_writable(c)) | static_cast<uint32_t>(c.ltpsize) << 16);
  if (d.rd == 15) {
    c.n = (v >> 31) & 1;
    c.z = (v >> 30) & 1;
    c.c = (v >> 29) & 1;
    c.v = (v >> 28) & 1;
  } else {
    c.write_reg(d.rd, v);
  }
}
void exec_vmsr(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  const uint32_t v = c.r[d.rd];
  const uint32_t flags = kNZCV | (fpscr_writable(c) & kQC);
  if (d.extra == 2) {
    c.fpscr = (c.fpscr & ~flags) | (v & flags);
  } else {
    c.fpscr = v & fpscr_writable(c);
    // FPSCR.LTPSIZE (bits 18:16) is written too with MVE, as QEMU 7.2 does;
    // a later LE then faults (INVSTATE) unless it is 4.
    if (c.config().mve) c.ltpsize = static_cast<uint8_t>((v >> 16) & 7);
  }
}

// ---- loads and stores -----------------------------------------------------

template <int N> void exec_vldr(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  const uint32_t base = d.rn == 15 ? align_pc(c) : c.r[d.rn];
  const uint32_t addr = d.add ? base + d.imm : base - d.imm;
  if constexpr (N == 64) {
    c.check_align(addr, 4);
    const uint32_t lo = c.read32(addr), hi = c.read32(addr + 4);
    c.fp.d[d.rd & 15] = static_cast<uint64_t>(hi) << 32 | lo;
  } else if constexpr (N == 32) {
    c.check_align(addr, 4);
    c.fp.s[d.rd & 31] = c.read32(addr);
  } else {
    c.check_align(addr, 2);
    c.fp.s[d.rd & 31] = c.read16(addr) & 0xFFFFu;
  }
}
template <int N> void exec_vstr(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  const uint32_t base = d.rn == 15 ? align_pc(c) : c.r[d.rn];
  const uint32_t addr = d.add ? base + d.imm : base - d.imm;
  if constexpr (N == 64) {
    c.check_align(addr, 4);
    const uint64_t v = c.fp.d[d.rd & 15];
    c.write32(addr, static_cast<uint32_t>(v));
    c.write32(addr + 4, static_cast<uint32_t>(v >> 32));
  } else if constexpr (N == 32) {
    c.check_align(addr, 4);
    c.write32(addr, c.fp.s[d.rd & 31]);
  } else {
    c.check_align(addr, 2);
    c.write16(addr, c.fp.s[d.rd & 31] & 0xFFFFu);
  }
}
// VLDM/VSTM: imm is the byte count (imm8 * 4: for double precision an odd
// imm8, the old FLDMX/FSTMX form, moves imm8 / 2 registers and still adjusts
// the base by imm8 * 4).
template <int N> void exec_vldm(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  const unsigned count = d.reglist, limit = N == 64 ? 16 : 32;
  if (count == 0 || d.rd + count > limit) c.undefined("VLDM register list out of range");
  const uint32_t base = c.r[d.rn];
  uint32_t addr = d.add ? base : base - d.imm;
  c.check_align(addr, 4);
  for (unsigned i = 0; i < count; ++i) {
    if constexpr (N == 64) {
      const uint32_t lo = c.read32(addr), hi = c.read32(addr + 4);
      c.fp.d[d.rd + i] = static_cast<uint64_t>(hi) << 32 | lo;
      addr += 8;
    } else {
      c.fp.s[d.rd + i] = c.read32(addr);
      addr += 4;
    }
  }
  if (d.wback) c.write_reg(d.rn, d.add ? base + d.imm : base - d.imm);
}
// VSCCLRM (Armv8.1-M, Security Extension): clears the listed registers so a
// Secure function returns no secrets; VPR too on a core with MVE.
template <int N> void exec_vscclrm(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  const unsigned count = d.reglist, limit = N == 64 ? 16 : 32;
  if (d.rd + count > limit) c.undefined("VSCCLRM register list out of range");
  for (unsigned i = 0; i < count; ++i) {
    if constexpr (N == 64) c.fp.d[d.rd + i] = 0;
    else c.fp.s[d.rd + i] = 0;
  }
  // VPR is always in the list (the syntax requires it): pseudocode VSCCLRM
  // "if HaveMve() then VPR = Zeros()" (QEMU 7.2 clears it too).
  if (c.config().mve) c.vpr = 0;
}
template <int N> void exec_vstm(Cpu& c, const DecodedInsn& d) {
  fp_check(c);
  const unsigned count = d.reglist, limit = N == 64 ? 16 : 32;
  if (count == 0 || d.rd + count > limit) c.undefined("VSTM register list out of range");
  const uint32_t base = c.r[d.rn];
  uint32_t addr = d.add ? base : base - d.imm;
  c.check_align(addr, 4);
  for (unsigned i = 0; i < count; ++i) {
    if constexpr (N == 64) {
      const uint64_t v = c.fp.d[d.rd + i];
      c.write32(addr, static_cast<uint32_t>(v));
      c.write32(addr + 4, static_cast<uint32_t>(v >> 32));
      addr += 8;
    } else {
      c.write32(addr, c.fp.s[d.rd + i]);
      addr += 4;
    }
  }
  if (d.wback) c.write_reg(d.rn, d.add ? base + d.imm : base - d.imm);
}

// ---- explicit instantiations ------------------------------------------------

#define TINYSIM_FP_INST(fn, n) template void fn<n>(Cpu&, const DecodedInsn&);
#define TINYSIM_FP_INST3(fn) TINYSIM_FP_INST(fn, 16) TINYSIM_FP_INST(fn, 32) TINYSIM_FP_INST(fn, 64)
TINYSIM_FP_INST3(exec_vadd)
TINYSIM_FP_INST3(exec_vsub)
TINYSIM_FP_INST3(exec_vmul)
TINYSIM_FP_INST3(exec_vnmul)
TINYSIM_FP_INST3(exec_vdiv)
TINYSIM_FP_INST3(exec_vmla)
TINYSIM_FP_INST3(exec_vmls)
TINYSIM_FP_INST3(exec_vnmla)
TINYSIM_FP_INST3(exec_vnmls)
TINYSIM_FP_INST3(exec_vfma)
TINYSIM_FP_INST3(exec_vfms)
TINYSIM_FP_INST3(exec_vfnma)
TINYSIM_FP_INST3(exec_vfnms)
TINYSIM_FP_INST3(exec_vmaxnm)
TINYSIM_FP_INST3(exec_vminnm)
TINYSIM_FP_INST3(exec_vabs)
TINYSIM_FP_INST3(exec_vneg)
TINYSIM_FP_INST3(exec_vsqrt)
TINYSIM_FP_INST3(exec_vmov_reg)
TINYSIM_FP_INST3(exec_vmov_imm)
TINYSIM_FP_INST3(exec_vcmp)
TINYSIM_FP_INST3(exec_vsel)
TINYSIM_FP_INST3(exec_vrint)
TINYSIM_FP_INST3(exec_vcvt_to_int)
TINYSIM_FP_INST3(exec_vcvt_from_int)
TINYSIM_FP_INST3(exec_vcvt_fixed)
TINYSIM_FP_INST(exec_vcvt_fp, 32)
TINYSIM_FP_INST(exec_vcvt_fp, 64)
TINYSIM_FP_INST(exec_vcvt_from_half, 32)
TINYSIM_FP_INST(exec_vcvt_from_half, 64)
TINYSIM_FP_INST(exec_vcvt_to_half, 32)
TINYSIM_FP_INST(exec_vcvt_to_half, 64)
TINYSIM_FP_INST3(exec_vldr)
TINYSIM_FP_INST3(exec_vstr)
TINYSIM_FP_INST(exec_vldm, 32)
TINYSIM_FP_INST(exec_vldm, 64)
TINYSIM_FP_INST(exec_vstm, 32)
TINYSIM_FP_INST(exec_vstm, 64)
TINYSIM_FP_INST(exec_vscclrm, 32)
TINYSIM_FP_INST(exec_vscclrm, 64)
#undef TINYSIM_FP_INST3
#undef TINYSIM_FP_INST

}  // namespace tinysim::armv8m
