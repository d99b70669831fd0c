// Scalar floating-point encodings: the Armv8-M floating-point extension
// (single and double precision, the FPv5 of the Cortex-M55) and the Armv8.1-M
// half-precision instructions, in the coprocessor space of T32 (cp10/cp11 and
// cp9 for half precision). Decoded after the integer and DSP tables; the
// catch-all for the rest of the coprocessor space (MVE, other coprocessors)
// comes after this one.
//
// Register fields: every line uses the letters D, N and M for both the bit and
// the 4-bit field of a register operand, so a field holds D:Vd, Vn:N or M:Vm in
// the order the bits appear in the encoding. The formats turn them into S
// (Vd:D) or D (D:Vd) register numbers per the operand's precision. The size
// field (bits 9:8) is 01 for half, 10 for single and 11 for double precision.
#include "cores/armv8m/decoder.h"
#include "cores/armv8m/exec.h"
#include "cores/armv8m/exec_fp.h"
#include "cores/armv8m/exec_mve_mem.h"

namespace tinysim::armv8m {
namespace {

using O = OpClass;

// S (single, half) or D register number from a D:Vd or M:Vm field.
uint8_t reg_dm(uint32_t raw, int bits) {
  return static_cast<uint8_t>(bits == 64 ? raw : ((raw & 15) << 1) | (raw >> 4));
}
// ... from a Vn:N field.
uint8_t reg_n(uint32_t raw, int bits) {
  return static_cast<uint8_t>(bits == 64 ? ((raw & 1) << 4) | (raw >> 1) : raw);
}

// All operands of precision N.
template <int N>
void f_fp(DecodedInsn& d, const Fields& f) {
  d.sz = N == 64;
  if (f.has('D')) d.rd = reg_dm(f['D'], N);
  if (f.has('N')) d.rn = reg_n(f['N'], N);
  if (f.has('M')) d.rm = reg_dm(f['M'], N);
}
template <int N, uint8_t EXTRA>
void f_fpx(DecodedInsn& d, const Fields& f) {
  f_fp<N>(d, f);
  d.extra = EXTRA;
}
// Conversions: destination of precision DN, source of precision MN.
template <int DN, int MN, uint8_t EXTRA>
void f_cvt(DecodedInsn& d, const Fields& f) {
  d.sz = DN == 64 || MN == 64;
  d.rd = reg_dm(f['D'], DN);
  d.rm = reg_dm(f['M'], MN);
  d.extra = EXTRA;
}
// VMOV (immediate): extra = imm8; imm = the value as shown by {fimm} (single
// precision bits, or the top word of the double).
template <int N>
void f_vmov_imm(DecodedInsn& d, const Fields& f) {
  f_fp<N>(d, f);
  const uint32_t imm8 = f['i'];
  d.extra = static_cast<uint8_t>(imm8);
  const uint32_t sign = imm8 >> 7, b6 = (imm8 >> 6) & 1, low = imm8 & 0x3F;
  if (N == 64) d.imm = sign << 31 | (b6 ^ 1) << 30 | (b6 ? 0xFFu << 22 : 0u) | low << 16;
  else d.imm = sign << 31 | (b6 ^ 1) << 30 | (b6 ? 0x1Fu << 25 : 0u) | low << 19;
}
// Fixed point: imm = fraction bits = size - imm4:i.
template <int N, uint8_t EXTRA>
void f_fixed(DecodedInsn& d, const Fields& f) {
  f_fp<N>(d, f);
  d.extra = EXTRA;
  const int size = (EXTRA & kFpFixed32) ? 32 : 16;
  d.imm = static_cast<uint32_t>(size - static_cast<int>(f['i'] << 1 | f['j']));
}
// VSEL: cc = eq, vs, ge, gt.
template <int N>
void f_vsel(DecodedInsn& d, const Fields& f) {
  f_fp<N>(d, f);
  static constexpr uint8_t kCond[4] = {0, 6, 10, 12};
  d.cond = kCond[f['q'] & 3];
}
// VLDR/VSTR: offset imm8 * 4 (imm8 * 2 for half precision).
template <int N>
void f_vldr(DecodedInsn& d, const Fields& f) {
  f_fp<N>(d, f);
  d.index = 1;
  d.wback = 0;
  d.imm = f['i'] * (N == 16 ? 2u : 4u);
}
// VLDM/VSTM/VPUSH/VPOP: ADD = increment after; imm = bytes, reglist = count.
template <int N, uint8_t ADD>
void f_vldm(DecodedInsn& d, const Fields& f) {
  f_fp<N>(d, f);
  const uint32_t imm8 = f['i'];
  d.add = ADD;
  if (!ADD) d.wback = 1;
  if (f.has('n') == false) d.rn = 13, d.wback = 1;  // VPUSH/VPOP
  d.imm = imm8 * 4;
  d.reglist = static_cast<uint16_t>(N == 64 ? imm8 / 2 : imm8);
  d.src_mask |= static_cast<uint16_t>(1u << d.rn);
  if (d.wback) d.dst_mask |= static_cast<uint16_t>(1u << d.rn);
}
// VSCCLRM: the register list without a base register (VPR is not listed here).
template <int N>
void f_vscclrm(DecodedInsn& d, const Fields& f) {
  f_fp<N>(d, f);
  d.reglist = static_cast<uint16_t>(N == 64 ? f['i'] / 2 : f['i']);
}
// Moves: Rt = rd (default mapping of 't'), Rt2 = ra.
void f_vmov_s(DecodedInsn& d, const Fields& f) { d.rn = reg_n(f['N'], 32); }
void f_vmov_scalar(DecodedInsn& d, const Fields& f) {
  d.sz = 1;
  d.rn = reg_n(f['N'], 64);
  d.extra = static_cast<uint8_t>(f['x']);
}
template <int N>
void f_vmov_pair(DecodedInsn& d, const Fields& f) {
  d.sz = N == 64;
  d.rm = reg_dm(f['M'], N);
}
template <int N>
void f_vmov_pair_to_core(DecodedInsn& d, const Fields& f) {
  f_vmov_pair<N>(d, f);
  d.src_mask &= static_cast<uint16_t>(~(1u << d.ra));
  d.dst_mask |= static_cast<uint16_t>(1u << d.ra);
}
template <uint8_t REG>
void f_sysreg(DecodedInsn& d, const Fields&) { d.extra = REG; }
void f_mve_sysreg(DecodedInsn& d, const Fields&) {
  if (d.rd == 15) d.exec = exec_mve_mem_undefined;
}

constexpr Pattern kFp[] = {
  // ---- Moves between core and FP registers, FPSCR ----
  {"1110 1110 000 0 NNNN tttt 1010 N 00 1 0000", "VMOV_to_S", exec_vmov_to_s, O::FpMove, "vmov {Sn}, {d}", f_vmov_s, kPatStore},
  {"1110 1110 000 1 NNNN tttt 1010 N 00 1 0000", "VMOV_from_S", exec_vmov_from_s, O::FpMove, "vmov {d}, {Sn}", f_vmov_s},
  {"1110 1110 000 0 NNNN tttt 1001 N 00 1 0000", "VMOV_to_H", exec_vmov_to_h, O::FpMove, "vmov.f16 {Sn}, {d}", f_vmov_s, kPatStore},
  {"1110 1110 000 1 NNNN tttt 1001 N 00 1 0000", "VMOV_from_H", exec_vmov_from_h, O::FpMove, "vmov.f16 {d}, {Sn}", f_vmov_s},
  // Lanes of D0-D15 (VMOV scalar): .32 is FPv5, .8/.16 and the signed/unsigned
  // reads are MVE (UNDEFINED without it). x = the lane index in the D register.
  {"1110 1110 0 0 x 0 NNNN tttt 1011 N 00 1 0000", "VMOV_to_scalar", exec_mve_vmov_to_lane<4>, O::FpMove, "vmov.32 {fn}[{x}], {d}", f_vmov_scalar, kPatStore},
  {"1110 1110 0 0 x 1 NNNN tttt 1011 N 00 1 0000", "VMOV_from_scalar", exec_mve_vmov_from_lane<4, false>, O::FpMove, "vmov.32 {d}, {fn}[{x}]", f_vmov_scalar},
  {"1110 1110 0 1 x 0 NNNN tttt 1011 N xx 1 0000", "VMOV_to_scalar_8", exec_mve_vmov_to_lane<1>, O::MveMove, "vmov.8 {fn}[{x}], {d}", f_vmov_scalar, kPatStore},
  {"1110 1110 0 0 x 0 NNNN tttt 1011 N x1 1 0000", "VMOV_to_scalar_16", exec_mve_vmov_to_lane<2>, O::MveMove, "vmov.16 {fn}[{x}], {d}", f_vmov_scalar, kPatStore},
  {"1110 1110 0 1 x 1 NNNN tttt 1011 N xx 1 0000", "VMOV_from_scalar_s8", exec_mve_vmov_from_lane<1, true>, O::MveMove, "vmov.s8 {d}, {fn}[{x}]", f_vmov_scalar},
  {"1110 1110 1 1 x 1 NNNN tttt 1011 N xx 1 0000", "VMOV_from_scalar_u8", exec_mve_vmov_from_lane<1, false>, O::MveMove, "vmov.u8 {d}, {fn}[{x}]", f_vmov_scalar},
  {"1110 1110 0 0 x 1 NNNN tttt 1011 N x1 1 0000", "VMOV_from_scalar_s16", exec_mve_vmov_from_lane<2, true>, O::MveMove, "vmov.s16 {d}, {fn}[{x}]", f_vmov_scalar},
  {"1110 1110 1 0 x 1 NNNN tttt 1011 N x1 1 0000", "VMOV_from_scalar_u16", exec_mve_vmov_from_lane<2, false>, O::MveMove, "vmov.u16 {d}, {fn}[{x}]", f_vmov_scalar},
  {"1110 1100 010 0 aaaa tttt 1010 00 M 1 MMMM", "VMOV_to_SS", exec_vmov_to_ss, O::FpMove, "vmov {fm}, {fm1}, {d}, {a}", f_vmov_pair<32>, kPatStore},
  {"1110 1100 010 1 aaaa tttt 1010 00 M 1 MMMM", "VMOV_from_SS", exec_vmov_from_ss, O::FpMove, "vmov {d}, {a}, {fm}, {fm1}", f_vmov_pair_to_core<32>},
  {"1110 1100 010 0 aaaa tttt 1011 00 M 1 MMMM", "VMOV_to_D", exec_vmov_to_d, O::FpMove, "vmov {fm}, {d}, {a}", f_vmov_pair<64>, kPatStore},
  {"1110 1100 010 1 aaaa tttt 1011 00 M 1 MMMM", "VMOV_from_D", exec_vmov_from_d, O::FpMove, "vmov {d}, {a}, {fm}", f_vmov_pair_to_core<64>},
  // VMRS APSR_nzcv (Rt = 15) first: it writes the flags, not the PC.
  {"1110 1110 1111 0001 1111 1010 0001 0000", "VMRS_APSR_nzcv", exec_vmrs, O::FpMove, "vmrs APSR_nzcv, fpscr", +[](DecodedInsn& d, const Fields&) { d.rd = 15; d.extra = 1; }},
  {"1110 1110 1111 0001 tttt 1010 0001 0000", "VMRS_FPSCR", exec_vmrs, O::FpMove, "vmrs {d}, fpscr", f_sysreg<1>},
  {"1110 1110 1111 0010 tttt 1010 0001 0000", "VMRS_FPSCR_nzcvqc", exec_vmrs, O::FpMove, "vmrs {d}, fpscr_nzcvqc", f_sysreg<2>},
  {"1110 1110 1110 0001 tttt 1010 0001 0000", "VMSR_FPSCR", exec_vmsr, O::FpMove, "vmsr fpscr, {d}", f_sysreg<1>, kPatStore},
  {"1110 1110 1110 0010 tttt 1010 0001 0000", "VMSR_FPSCR_nzcvqc", exec_vmsr, O::FpMove, "vmsr fpscr_nzcvqc, {d}", f_sysreg<2>, kPatStore},
  // MVE predicate register (UNDEFINED without MVE); Rt = PC is UNPREDICTABLE (UNDEF, as QEMU).
  {"1110 1110 1111 1100 tttt 1010 0001 0000", "VMRS_VPR", exec_mve_vmrs_vpr, O::MveMove, "vmrs {d}, vpr", f_mve_sysreg},
  {"1110 1110 1111 1101 tttt 1010 0001 0000", "VMRS_P0", exec_mve_vmrs_p0, O::MveMove, "vmrs {d}, p0", f_mve_sysreg},
  {"1110 1110 1110 1100 tttt 1010 0001 0000", "VMSR_VPR", exec_mve_vmsr_vpr, O::MveMove, "vmsr vpr, {d}", f_mve_sysreg, kPatStore},
  {"1110 1110 1110 1101 tttt 1010 0001 0000", "VMSR_P0", exec_mve_vmsr_p0, O::MveMove, "vmsr p0, {d}", f_mve_sysreg, kPatStore},

  // ---- Data processing, three registers (VFP data-processing, T1/T2 encodings) ----
  {"1110 1110 0 D 00 NNNN DDDD 1001 N 0 M 0 MMMM", "VMLA_F16", exec_vmla<16>, O::FpMac, "vmla.f16 {fd}, {fn}, {fm}", f_fp<16>},
  {"1110 1110 0 D 00 NNNN DDDD 1010 N 0 M 0 MMMM", "VMLA_F32", exec_vmla<32>, O::FpMac, "vmla.f32 {fd}, {fn}, {fm}", f_fp<32>},
  {"1110 1110 0 D 00 NNNN DDDD 1011 N 0 M 0 MMMM", "VMLA_F64", exec_vmla<64>, O::FpMulD, "vmla.f64 {fd}, {fn}, {fm}", f_fp<64>},
  {"1110 1110 0 D 00 NNNN DDDD 1001 N 1 M 0 MMMM", "VMLS_F16", exec_vmls<16>, O::FpMac, "vmls.f16 {fd}, {fn}, {fm}", f_fp<16>},
  {"1110 1110 0 D 00 NNNN DDDD 1010 N 1 M 0 MMMM", "VMLS_F32", exec_vmls<32>, O::FpMac, "vmls.f32 {fd}, {fn}, {fm}", f_fp<32>},
  {"1110 1110 0 D 00 NNNN DDDD 1011 N 1 M 0 MMMM", "VMLS_F64", exec_vmls<64>, O::FpMulD, "vmls.f64 {fd}, {fn}, {fm}", f_fp<64>},
  {"1110 1110 0 D 01 NNNN DDDD 1001 N 0 M 0 MMMM", "VNMLS_F16", exec_vnmls<16>, O::FpMac, "vnmls.f16 {fd}, {fn}, {fm}", f_fp<16>},
  {"1110 1110 0 D 01 NNNN DDDD 1010 N 0 M 0 MMMM", "VNMLS_F32", exec_vnmls<32>, O::FpMac, "vnmls.f32 {fd}, {fn}, {fm}", f_fp<32>},
  {"1110 1110 0 D 01 NNNN DDDD 1011 N 0 M 0 MMMM", "VNMLS_F64", exec_vnmls<64>, O::FpMulD, "vnmls.f64 {fd}, {fn}, {fm}", f_fp<64>},
  {"1110 1110 0 D 01 NNNN DDDD 1001 N 1 M 0 MMMM", "VNMLA_F16", exec_vnmla<16>, O::FpMac, "vnmla.f16 {fd}, {fn}, {fm}", f_fp<16>},
  {"1110 1110 0 D 01 NNNN DDDD 1010 N 1 M 0 MMMM", "VNMLA_F32", exec_vnmla<32>, O::FpMac, "vnmla.f32 {fd}, {fn}, {fm}", f_fp<32>},
  {"1110 1110 0 D 01 NNNN DDDD 1011 N 1 M 0 MMMM", "VNMLA_F64", exec_vnmla<64>, O::FpMulD, "vnmla.f64 {fd}, {fn}, {fm}", f_fp<64>},
  {"1110 1110 0 D 10 NNNN DDDD 1001 N 0 M 0 MMMM", "VMUL_F16", exec_vmul<16>, O::FpMul, "vmul.f16 {fd}, {fn}, {fm}", f_fp<16>},
  {"1110 1110 0 D 10 NNNN DDDD 1010 N 0 M 0 MMMM", "VMUL_F32", exec_vmul<32>, O::FpMul, "vmul.f32 {fd}, {fn}, {fm}", f_fp<32>},
  {"1110 1110 0 D 10 NNNN DDDD 1011 N 0 M 0 MMMM", "VMUL_F64", exec_vmul<64>, O::FpMulD, "vmul.f64 {fd}, {fn}, {fm}", f_fp<64>},
  {"1110 1110 0 D 10 NNNN DDDD 1001 N 1 M 0 MMMM", "VNMUL_F16", exec_vnmul<16>, O::FpMul, "vnmul.f16 {fd}, {fn}, {fm}", f_fp<16>},
  {"1110 1110 0 D 10 NNNN DDDD 1010 N 1 M 0 MMMM", "VNMUL_F32", exec_vnmul<32>, O::FpMul, "vnmul.f32 {fd}, {fn}, {fm}", f_fp<32>},
  {"1110 1110 0 D 10 NNNN DDDD 1011 N 1 M 0 MMMM", "VNMUL_F64", exec_vnmul<64>, O::FpMulD, "vnmul.f64 {fd}, {fn}, {fm}", f_fp<64>},
  {"1110 1110 0 D 11 NNNN DDDD 1001 N 0 M 0 MMMM", "VADD_F16", exec_vadd<16>, O::FpAlu, "vadd.f16 {fd}, {fn}, {fm}", f_fp<16>},
  {"1110 1110 0 D 11 NNNN DDDD 1010 N 0 M 0 MMMM", "VADD_F32", exec_vadd<32>, O::FpAlu, "vadd.f32 {fd}, {fn}, {fm}", f_fp<32>},
  {"1110 1110 0 D 11 NNNN DDDD 1011 N 0 M 0 MMMM", "VADD_F64", exec_vadd<64>, O::FpAluD, "vadd.f64 {fd}, {fn}, {fm}", f_fp<64>},
  {"1110 1110 0 D 11 NNNN DDDD 1001 N 1 M 0 MMMM", "VSUB_F16", exec_vsub<16>, O::FpAlu, "vsub.f16 {fd}, {fn}, {fm}", f_fp<16>},
  {"1110 1110 0 D 11 NNNN DDDD 1010 N 1 M 0 MMMM", "VSUB_F32", exec_vsub<32>, O::FpAlu, "vsub.f32 {fd}, {fn}, {fm}", f_fp<32>},
  {"1110 1110 0 D 11 NNNN DDDD 1011 N 1 M 0 MMMM", "VSUB_F64", exec_vsub<64>, O::FpAluD, "vsub.f64 {fd}, {fn}, {fm}", f_fp<64>},
  {"1110 1110 1 D 00 NNNN DDDD 1001 N 0 M 0 MMMM", "VDIV_F16", exec_vdiv<16>, O::FpDiv, "vdiv.f16 {fd}, {fn}, {fm}", f_fp<16>},
  {"1110 1110 1 D 00 NNNN DDDD 1010 N 0 M 0 MMMM", "VDIV_F32", exec_vdiv<32>, O::FpDiv, "vdiv.f32 {fd}, {fn}, {fm}", f_fp<32>},
  {"1110 1110 1 D 00 NNNN DDDD 1011 N 0 M 0 MMMM", "VDIV_F64", exec_vdiv<64>, O::FpDivD, "vdiv.f64 {fd}, {fn}, {fm}", f_fp<64>},
  {"1110 1110 1 D 01 NNNN DDDD 1001 N 0 M 0 MMMM", "VFNMS_F16", exec_vfnms<16>, O::FpMac, "vfnms.f16 {fd}, {fn}, {fm}", f_fp<16>},
  {"1110 1110 1 D 01 NNNN DDDD 1010 N 0 M 0 MMMM", "VFNMS_F32", exec_vfnms<32>, O::FpMac, "vfnms.f32 {fd}, {fn}, {fm}", f_fp<32>},
  {"1110 1110 1 D 01 NNNN DDDD 1011 N 0 M 0 MMMM", "VFNMS_F64", exec_vfnms<64>, O::FpMulD, "vfnms.f64 {fd}, {fn}, {fm}", f_fp<64>},
  {"1110 1110 1 D 01 NNNN DDDD 1001 N 1 M 0 MMMM", "VFNMA_F16", exec_vfnma<16>, O::FpMac, "vfnma.f16 {fd}, {fn}, {fm}", f_fp<16>},
  {"1110 1110 1 D 01 NNNN DDDD 1010 N 1 M 0 MMMM", "VFNMA_F32", exec_vfnma<32>, O::FpMac, "vfnma.f32 {fd}, {fn}, {fm}", f_fp<32>},
  {"1110 1110 1 D 01 NNNN DDDD 1011 N 1 M 0 MMMM", "VFNMA_F64", exec_vfnma<64>, O::FpMulD, "vfnma.f64 {fd}, {fn}, {fm}", f_fp<64>},
  {"1110 1110 1 D 10 NNNN DDDD 1001 N 0 M 0 MMMM", "VFMA_F16", exec_vfma<16>, O::FpMac, "vfma.f16 {fd}, {fn}, {fm}", f_fp<16>},
  {"1110 1110 1 D 10 NNNN DDDD 1010 N 0 M 0 MMMM", "VFMA_F32", exec_vfma<32>, O::FpMac, "vfma.f32 {fd}, {fn}, {fm}", f_fp<32>},
  {"1110 1110 1 D 10 NNNN DDDD 1011 N 0 M 0 MMMM", "VFMA_F64", exec_vfma<64>, O::FpMulD, "vfma.f64 {fd}, {fn}, {fm}", f_fp<64>},
  {"1110 1110 1 D 10 NNNN DDDD 1001 N 1 M 0 MMMM", "VFMS_F16", exec_vfms<16>, O::FpMac, "vfms.f16 {fd}, {fn}, {fm}", f_fp<16>},
  {"1110 1110 1 D 10 NNNN DDDD 1010 N 1 M 0 MMMM", "VFMS_F32", exec_vfms<32>, O::FpMac, "vfms.f32 {fd}, {fn}, {fm}", f_fp<32>},
  {"1110 1110 1 D 10 NNNN DDDD 1011 N 1 M 0 MMMM", "VFMS_F64", exec_vfms<64>, O::FpMulD, "vfms.f64 {fd}, {fn}, {fm}", f_fp<64>},

  // ---- Data processing, two registers and immediate (VFP 'other' group) ----
  {"1110 1110 1 D 11 iiii DDDD 1001 0000 iiii", "VMOV_imm_F16", exec_vmov_imm<16>, O::FpAlu, "vmov.f16 {fd}, {fimm}", f_vmov_imm<16>},
  {"1110 1110 1 D 11 iiii DDDD 1010 0000 iiii", "VMOV_imm_F32", exec_vmov_imm<32>, O::FpAlu, "vmov.f32 {fd}, {fimm}", f_vmov_imm<32>},
  {"1110 1110 1 D 11 iiii DDDD 1011 0000 iiii", "VMOV_imm_F64", exec_vmov_imm<64>, O::FpAlu, "vmov.f64 {fd}, {fimm}", f_vmov_imm<64>},
  {"1110 1110 1 D 11 0000 DDDD 1010 0 1 M 0 MMMM", "VMOV_reg_F32", exec_vmov_reg<32>, O::FpAlu, "vmov.f32 {fd}, {fm}", f_fp<32>},
  {"1110 1110 1 D 11 0000 DDDD 1011 0 1 M 0 MMMM", "VMOV_reg_F64", exec_vmov_reg<64>, O::FpAlu, "vmov.f64 {fd}, {fm}", f_fp<64>},
  {"1110 1110 1 D 11 0000 DDDD 1001 1 1 M 0 MMMM", "VABS_F16", exec_vabs<16>, O::FpAlu, "vabs.f16 {fd}, {fm}", f_fp<16>},
  {"1110 1110 1 D 11 0000 DDDD 1010 1 1 M 0 MMMM", "VABS_F32", exec_vabs<32>, O::FpAlu, "vabs.f32 {fd}, {fm}", f_fp<32>},
  {"1110 1110 1 D 11 0000 DDDD 1011 1 1 M 0 MMMM", "VABS_F64", exec_vabs<64>, O::FpAlu, "vabs.f64 {fd}, {fm}", f_fp<64>},
  {"1110 1110 1 D 11 0001 DDDD 1001 0 1 M 0 MMMM", "VNEG_F16", exec_vneg<16>, O::FpAlu, "vneg.f16 {fd}, {fm}", f_fp<16>},
  {"1110 1110 1 D 11 0001 DDDD 1010 0 1 M 0 MMMM", "VNEG_F32", exec_vneg<32>, O::FpAlu, "vneg.f32 {fd}, {fm}", f_fp<32>},
  {"1110 1110 1 D 11 0001 DDDD 1011 0 1 M 0 MMMM", "VNEG_F64", exec_vneg<64>, O::FpAlu, "vneg.f64 {fd}, {fm}", f_fp<64>},
  {"1110 1110 1 D 11 0001 DDDD 1001 1 1 M 0 MMMM", "VSQRT_F16", exec_vsqrt<16>, O::FpDiv, "vsqrt.f16 {fd}, {fm}", f_fp<16>},
  {"1110 1110 1 D 11 0001 DDDD 1010 1 1 M 0 MMMM", "VSQRT_F32", exec_vsqrt<32>, O::FpDiv, "vsqrt.f32 {fd}, {fm}", f_fp<32>},
  {"1110 1110 1 D 11 0001 DDDD 1011 1 1 M 0 MMMM", "VSQRT_F64", exec_vsqrt<64>, O::FpDivD, "vsqrt.f64 {fd}, {fm}", f_fp<64>},
  {"1110 1110 1 D 11 0010 DDDD 1010 0 1 M 0 MMMM", "VCVTB_F32_F16", exec_vcvt_from_half<32>, O::FpCvt, "vcvtb.f32.f16 {Sd}, {Sm}", f_cvt<32, 32, 0>},
  {"1110 1110 1 D 11 0010 DDDD 1011 0 1 M 0 MMMM", "VCVTB_F64_F16", exec_vcvt_from_half<64>, O::FpCvt, "vcvtb.f64.f16 {Dd}, {Sm}", f_cvt<64, 32, 0>},
  {"1110 1110 1 D 11 0011 DDDD 1010 0 1 M 0 MMMM", "VCVTB_F16_F32", exec_vcvt_to_half<32>, O::FpCvt, "vcvtb.f16.f32 {Sd}, {Sm}", f_cvt<32, 32, 0>},
  {"1110 1110 1 D 11 0011 DDDD 1011 0 1 M 0 MMMM", "VCVTB_F16_F64", exec_vcvt_to_half<64>, O::FpCvt, "vcvtb.f16.f64 {Sd}, {Dm}", f_cvt<32, 64, 0>},
  {"1110 1110 1 D 11 0010 DDDD 1010 1 1 M 0 MMMM", "VCVTT_F32_F16", exec_vcvt_from_half<32>, O::FpCvt, "vcvtt.f32.f16 {Sd}, {Sm}", f_cvt<32, 32, kFpTop>},
  {"1110 1110 1 D 11 0010 DDDD 1011 1 1 M 0 MMMM", "VCVTT_F64_F16", exec_vcvt_from_half<64>, O::FpCvt, "vcvtt.f64.f16 {Dd}, {Sm}", f_cvt<64, 32, kFpTop>},
  {"1110 1110 1 D 11 0011 DDDD 1010 1 1 M 0 MMMM", "VCVTT_F16_F32", exec_vcvt_to_half<32>, O::FpCvt, "vcvtt.f16.f32 {Sd}, {Sm}", f_cvt<32, 32, kFpTop>},
  {"1110 1110 1 D 11 0011 DDDD 1011 1 1 M 0 MMMM", "VCVTT_F16_F64", exec_vcvt_to_half<64>, O::FpCvt, "vcvtt.f16.f64 {Sd}, {Dm}", f_cvt<32, 64, kFpTop>},
  {"1110 1110 1 D 11 0100 DDDD 1001 0 1 M 0 MMMM", "VCMP_F16", exec_vcmp<16>, O::FpAlu, "vcmp.f16 {fd}, {fm}", f_fpx<16, 0>},
  {"1110 1110 1 D 11 0100 DDDD 1010 0 1 M 0 MMMM", "VCMP_F32", exec_vcmp<32>, O::FpAlu, "vcmp.f32 {fd}, {fm}", f_fpx<32, 0>},
  {"1110 1110 1 D 11 0100 DDDD 1011 0 1 M 0 MMMM", "VCMP_F64", exec_vcmp<64>, O::FpAluD, "vcmp.f64 {fd}, {fm}", f_fpx<64, 0>},
  {"1110 1110 1 D 11 0101 DDDD 1001 0 1 0 0 0000", "VCMP_zero_F16", exec_vcmp<16>, O::FpAlu, "vcmp.f16 {fd}, #0", f_fpx<16, 0 | 2>},
  {"1110 1110 1 D 11 0101 DDDD 1010 0 1 0 0 0000", "VCMP_zero_F32", exec_vcmp<32>, O::FpAlu, "vcmp.f32 {fd}, #0", f_fpx<32, 0 | 2>},
  {"1110 1110 1 D 11 0101 DDDD 1011 0 1 0 0 0000", "VCMP_zero_F64", exec_vcmp<64>, O::FpAluD, "vcmp.f64 {fd}, #0", f_fpx<64, 0 | 2>},
  {"1110 1110 1 D 11 0100 DDDD 1001 1 1 M 0 MMMM", "VCMPE_F16", exec_vcmp<16>, O::FpAlu, "vcmpe.f16 {fd}, {fm}", f_fpx<16, 1>},
  {"1110 1110 1 D 11 0100 DDDD 1010 1 1 M 0 MMMM", "VCMPE_F32", exec_vcmp<32>, O::FpAlu, "vcmpe.f32 {fd}, {fm}", f_fpx<32, 1>},
  {"1110 1110 1 D 11 0100 DDDD 1011 1 1 M 0 MMMM", "VCMPE_F64", exec_vcmp<64>, O::FpAluD, "vcmpe.f64 {fd}, {fm}", f_fpx<64, 1>},
  {"1110 1110 1 D 11 0101 DDDD 1001 1 1 0 0 0000", "VCMPE_zero_F16", exec_vcmp<16>, O::FpAlu, "vcmpe.f16 {fd}, #0", f_fpx<16, 1 | 2>},
  {"1110 1110 1 D 11 0101 DDDD 1010 1 1 0 0 0000", "VCMPE_zero_F32", exec_vcmp<32>, O::FpAlu, "vcmpe.f32 {fd}, #0", f_fpx<32, 1 | 2>},
  {"1110 1110 1 D 11 0101 DDDD 1011 1 1 0 0 0000", "VCMPE_zero_F64", exec_vcmp<64>, O::FpAluD, "vcmpe.f64 {fd}, #0", f_fpx<64, 1 | 2>},
  {"1110 1110 1 D 11 0110 DDDD 1001 0 1 M 0 MMMM", "VRINTR_F16", exec_vrint<16>, O::FpCvt, "vrintr.f16 {fd}, {fm}", f_fpx<16, kFpRoundFpscr>},
  {"1110 1110 1 D 11 0110 DDDD 1010 0 1 M 0 MMMM", "VRINTR_F32", exec_vrint<32>, O::FpCvt, "vrintr.f32 {fd}, {fm}", f_fpx<32, kFpRoundFpscr>},
  {"1110 1110 1 D 11 0110 DDDD 1011 0 1 M 0 MMMM", "VRINTR_F64", exec_vrint<64>, O::FpCvt, "vrintr.f64 {fd}, {fm}", f_fpx<64, kFpRoundFpscr>},
  {"1110 1110 1 D 11 0110 DDDD 1001 1 1 M 0 MMMM", "VRINTZ_F16", exec_vrint<16>, O::FpCvt, "vrintz.f16 {fd}, {fm}", f_fpx<16, 3>},
  {"1110 1110 1 D 11 0110 DDDD 1010 1 1 M 0 MMMM", "VRINTZ_F32", exec_vrint<32>, O::FpCvt, "vrintz.f32 {fd}, {fm}", f_fpx<32, 3>},
  {"1110 1110 1 D 11 0110 DDDD 1011 1 1 M 0 MMMM", "VRINTZ_F64", exec_vrint<64>, O::FpCvt, "vrintz.f64 {fd}, {fm}", f_fpx<64, 3>},
  {"1110 1110 1 D 11 0111 DDDD 1001 0 1 M 0 MMMM", "VRINTX_F16", exec_vrint<16>, O::FpCvt, "vrintx.f16 {fd}, {fm}", f_fpx<16, kFpRoundFpscr | kFpExact>},
  {"1110 1110 1 D 11 0111 DDDD 1010 0 1 M 0 MMMM", "VRINTX_F32", exec_vrint<32>, O::FpCvt, "vrintx.f32 {fd}, {fm}", f_fpx<32, kFpRoundFpscr | kFpExact>},
  {"1110 1110 1 D 11 0111 DDDD 1011 0 1 M 0 MMMM", "VRINTX_F64", exec_vrint<64>, O::FpCvt, "vrintx.f64 {fd}, {fm}", f_fpx<64, kFpRoundFpscr | kFpExact>},
  {"1110 1110 1 D 11 0111 DDDD 1010 1 1 M 0 MMMM", "VCVT_F64_F32", exec_vcvt_fp<32>, O::FpCvt, "vcvt.f64.f32 {Dd}, {Sm}", f_cvt<64, 32, 0>},
  {"1110 1110 1 D 11 0111 DDDD 1011 1 1 M 0 MMMM", "VCVT_F32_F64", exec_vcvt_fp<64>, O::FpCvt, "vcvt.f32.f64 {Sd}, {Dm}", f_cvt<32, 64, 0>},
  {"1110 1110 1 D 11 1000 DDDD 1001 0 1 M 0 MMMM", "VCVT_F16_U32", exec_vcvt_from_int<16>, O::FpCvt, "vcvt.f16.u32 {fd}, {Sm}", f_cvt<16, 32, 0>},
  {"1110 1110 1 D 11 1000 DDDD 1010 0 1 M 0 MMMM", "VCVT_F32_U32", exec_vcvt_from_int<32>, O::FpCvt, "vcvt.f32.u32 {fd}, {Sm}", f_cvt<32, 32, 0>},
  {"1110 1110 1 D 11 1000 DDDD 1011 0 1 M 0 MMMM", "VCVT_F64_U32", exec_vcvt_from_int<64>, O::FpCvt, "vcvt.f64.u32 {fd}, {Sm}", f_cvt<64, 32, 0>},
  {"1110 1110 1 D 11 1000 DDDD 1001 1 1 M 0 MMMM", "VCVT_F16_S32", exec_vcvt_from_int<16>, O::FpCvt, "vcvt.f16.s32 {fd}, {Sm}", f_cvt<16, 32, kFpSigned>},
  {"1110 1110 1 D 11 1000 DDDD 1010 1 1 M 0 MMMM", "VCVT_F32_S32", exec_vcvt_from_int<32>, O::FpCvt, "vcvt.f32.s32 {fd}, {Sm}", f_cvt<32, 32, kFpSigned>},
  {"1110 1110 1 D 11 1000 DDDD 1011 1 1 M 0 MMMM", "VCVT_F64_S32", exec_vcvt_from_int<64>, O::FpCvt, "vcvt.f64.s32 {fd}, {Sm}", f_cvt<64, 32, kFpSigned>},
  {"1110 1110 1 D 11 1 0 1 0 DDDD 1001 0 1 j 0 iiii", "VCVT_F16_S16_fixed", exec_vcvt_fixed<16>, O::FpCvt, "vcvt.f16.s16 {fd}, {fd}, {uimm}", f_fixed<16, kFpSigned>},
  {"1110 1110 1 D 11 1 0 1 0 DDDD 1010 0 1 j 0 iiii", "VCVT_F32_S16_fixed", exec_vcvt_fixed<32>, O::FpCvt, "vcvt.f32.s16 {fd}, {fd}, {uimm}", f_fixed<32, kFpSigned>},
  {"1110 1110 1 D 11 1 0 1 0 DDDD 1011 0 1 j 0 iiii", "VCVT_F64_S16_fixed", exec_vcvt_fixed<64>, O::FpCvt, "vcvt.f64.s16 {fd}, {fd}, {uimm}", f_fixed<64, kFpSigned>},
  {"1110 1110 1 D 11 1 0 1 0 DDDD 1001 1 1 j 0 iiii", "VCVT_F16_S32_fixed", exec_vcvt_fixed<16>, O::FpCvt, "vcvt.f16.s32 {fd}, {fd}, {uimm}", f_fixed<16, kFpFixed32 | kFpSigned>},
  {"1110 1110 1 D 11 1 0 1 0 DDDD 1010 1 1 j 0 iiii", "VCVT_F32_S32_fixed", exec_vcvt_fixed<32>, O::FpCvt, "vcvt.f32.s32 {fd}, {fd}, {uimm}", f_fixed<32, kFpFixed32 | kFpSigned>},
  {"1110 1110 1 D 11 1 0 1 0 DDDD 1011 1 1 j 0 iiii", "VCVT_F64_S32_fixed", exec_vcvt_fixed<64>, O::FpCvt, "vcvt.f64.s32 {fd}, {fd}, {uimm}", f_fixed<64, kFpFixed32 | kFpSigned>},
  {"1110 1110 1 D 11 1 0 1 1 DDDD 1001 0 1 j 0 iiii", "VCVT_F16_U16_fixed", exec_vcvt_fixed<16>, O::FpCvt, "vcvt.f16.u16 {fd}, {fd}, {uimm}", f_fixed<16, 0>},
  {"1110 1110 1 D 11 1 0 1 1 DDDD 1010 0 1 j 0 iiii", "VCVT_F32_U16_fixed", exec_vcvt_fixed<32>, O::FpCvt, "vcvt.f32.u16 {fd}, {fd}, {uimm}", f_fixed<32, 0>},
  {"1110 1110 1 D 11 1 0 1 1 DDDD 1011 0 1 j 0 iiii", "VCVT_F64_U16_fixed", exec_vcvt_fixed<64>, O::FpCvt, "vcvt.f64.u16 {fd}, {fd}, {uimm}", f_fixed<64, 0>},
  {"1110 1110 1 D 11 1 0 1 1 DDDD 1001 1 1 j 0 iiii", "VCVT_F16_U32_fixed", exec_vcvt_fixed<16>, O::FpCvt, "vcvt.f16.u32 {fd}, {fd}, {uimm}", f_fixed<16, kFpFixed32>},
  {"1110 1110 1 D 11 1 0 1 1 DDDD 1010 1 1 j 0 iiii", "VCVT_F32_U32_fixed", exec_vcvt_fixed<32>, O::FpCvt, "vcvt.f32.u32 {fd}, {fd}, {uimm}", f_fixed<32, kFpFixed32>},
  {"1110 1110 1 D 11 1 0 1 1 DDDD 1011 1 1 j 0 iiii", "VCVT_F64_U32_fixed", exec_vcvt_fixed<64>, O::FpCvt, "vcvt.f64.u32 {fd}, {fd}, {uimm}", f_fixed<64, kFpFixed32>},
  {"1110 1110 1 D 11 1 1 1 0 DDDD 1001 0 1 j 0 iiii", "VCVT_S16_F16_fixed", exec_vcvt_fixed<16>, O::FpCvt, "vcvt.s16.f16 {fd}, {fd}, {uimm}", f_fixed<16, kFpSigned | kFpToFixed>},
  {"1110 1110 1 D 11 1 1 1 0 DDDD 1010 0 1 j 0 iiii", "VCVT_S16_F32_fixed", exec_vcvt_fixed<32>, O::FpCvt, "vcvt.s16.f32 {fd}, {fd}, {uimm}", f_fixed<32, kFpSigned | kFpToFixed>},
  {"1110 1110 1 D 11 1 1 1 0 DDDD 1011 0 1 j 0 iiii", "VCVT_S16_F64_fixed", exec_vcvt_fixed<64>, O::FpCvt, "vcvt.s16.f64 {fd}, {fd}, {uimm}", f_fixed<64, kFpSigned | kFpToFixed>},
  {"1110 1110 1 D 11 1 1 1 0 DDDD 1001 1 1 j 0 iiii", "VCVT_S32_F16_fixed", exec_vcvt_fixed<16>, O::FpCvt, "vcvt.s32.f16 {fd}, {fd}, {uimm}", f_fixed<16, kFpFixed32 | kFpSigned | kFpToFixed>},
  {"1110 1110 1 D 11 1 1 1 0 DDDD 1010 1 1 j 0 iiii", "VCVT_S32_F32_fixed", exec_vcvt_fixed<32>, O::FpCvt, "vcvt.s32.f32 {fd}, {fd}, {uimm}", f_fixed<32, kFpFixed32 | kFpSigned | kFpToFixed>},
  {"1110 1110 1 D 11 1 1 1 0 DDDD 1011 1 1 j 0 iiii", "VCVT_S32_F64_fixed", exec_vcvt_fixed<64>, O::FpCvt, "vcvt.s32.f64 {fd}, {fd}, {uimm}", f_fixed<64, kFpFixed32 | kFpSigned | kFpToFixed>},
  {"1110 1110 1 D 11 1 1 1 1 DDDD 1001 0 1 j 0 iiii", "VCVT_U16_F16_fixed", exec_vcvt_fixed<16>, O::FpCvt, "vcvt.u16.f16 {fd}, {fd}, {uimm}", f_fixed<16, kFpToFixed>},
  {"1110 1110 1 D 11 1 1 1 1 DDDD 1010 0 1 j 0 iiii", "VCVT_U16_F32_fixed", exec_vcvt_fixed<32>, O::FpCvt, "vcvt.u16.f32 {fd}, {fd}, {uimm}", f_fixed<32, kFpToFixed>},
  {"1110 1110 1 D 11 1 1 1 1 DDDD 1011 0 1 j 0 iiii", "VCVT_U16_F64_fixed", exec_vcvt_fixed<64>, O::FpCvt, "vcvt.u16.f64 {fd}, {fd}, {uimm}", f_fixed<64, kFpToFixed>},
  {"1110 1110 1 D 11 1 1 1 1 DDDD 1001 1 1 j 0 iiii", "VCVT_U32_F16_fixed", exec_vcvt_fixed<16>, O::FpCvt, "vcvt.u32.f16 {fd}, {fd}, {uimm}", f_fixed<16, kFpFixed32 | kFpToFixed>},
  {"1110 1110 1 D 11 1 1 1 1 DDDD 1010 1 1 j 0 iiii", "VCVT_U32_F32_fixed", exec_vcvt_fixed<32>, O::FpCvt, "vcvt.u32.f32 {fd}, {fd}, {uimm}", f_fixed<32, kFpFixed32 | kFpToFixed>},
  {"1110 1110 1 D 11 1 1 1 1 DDDD 1011 1 1 j 0 iiii", "VCVT_U32_F64_fixed", exec_vcvt_fixed<64>, O::FpCvt, "vcvt.u32.f64 {fd}, {fd}, {uimm}", f_fixed<64, kFpFixed32 | kFpToFixed>},
  {"1110 1110 1 D 11 110 0 DDDD 1001 1 1 M 0 MMMM", "VCVT_U32_F16", exec_vcvt_to_int<16>, O::FpCvt, "vcvt.u32.f16 {Sd}, {fm}", f_cvt<32, 16, 3>},
  {"1110 1110 1 D 11 110 0 DDDD 1010 1 1 M 0 MMMM", "VCVT_U32_F32", exec_vcvt_to_int<32>, O::FpCvt, "vcvt.u32.f32 {Sd}, {fm}", f_cvt<32, 32, 3>},
  {"1110 1110 1 D 11 110 0 DDDD 1011 1 1 M 0 MMMM", "VCVT_U32_F64", exec_vcvt_to_int<64>, O::FpCvt, "vcvt.u32.f64 {Sd}, {fm}", f_cvt<32, 64, 3>},
  {"1110 1110 1 D 11 110 0 DDDD 1001 0 1 M 0 MMMM", "VCVTR_U32_F16", exec_vcvt_to_int<16>, O::FpCvt, "vcvtr.u32.f16 {Sd}, {fm}", f_cvt<32, 16, kFpRoundFpscr>},
  {"1110 1110 1 D 11 110 0 DDDD 1010 0 1 M 0 MMMM", "VCVTR_U32_F32", exec_vcvt_to_int<32>, O::FpCvt, "vcvtr.u32.f32 {Sd}, {fm}", f_cvt<32, 32, kFpRoundFpscr>},
  {"1110 1110 1 D 11 110 0 DDDD 1011 0 1 M 0 MMMM", "VCVTR_U32_F64", exec_vcvt_to_int<64>, O::FpCvt, "vcvtr.u32.f64 {Sd}, {fm}", f_cvt<32, 64, kFpRoundFpscr>},
  {"1110 1110 1 D 11 110 1 DDDD 1001 1 1 M 0 MMMM", "VCVT_S32_F16", exec_vcvt_to_int<16>, O::FpCvt, "vcvt.s32.f16 {Sd}, {fm}", f_cvt<32, 16, 3 | kFpSigned>},
  {"1110 1110 1 D 11 110 1 DDDD 1010 1 1 M 0 MMMM", "VCVT_S32_F32", exec_vcvt_to_int<32>, O::FpCvt, "vcvt.s32.f32 {Sd}, {fm}", f_cvt<32, 32, 3 | kFpSigned>},
  {"1110 1110 1 D 11 110 1 DDDD 1011 1 1 M 0 MMMM", "VCVT_S32_F64", exec_vcvt_to_int<64>, O::FpCvt, "vcvt.s32.f64 {Sd}, {fm}", f_cvt<32, 64, 3 | kFpSigned>},
  {"1110 1110 1 D 11 110 1 DDDD 1001 0 1 M 0 MMMM", "VCVTR_S32_F16", exec_vcvt_to_int<16>, O::FpCvt, "vcvtr.s32.f16 {Sd}, {fm}", f_cvt<32, 16, kFpRoundFpscr | kFpSigned>},
  {"1110 1110 1 D 11 110 1 DDDD 1010 0 1 M 0 MMMM", "VCVTR_S32_F32", exec_vcvt_to_int<32>, O::FpCvt, "vcvtr.s32.f32 {Sd}, {fm}", f_cvt<32, 32, kFpRoundFpscr | kFpSigned>},
  {"1110 1110 1 D 11 110 1 DDDD 1011 0 1 M 0 MMMM", "VCVTR_S32_F64", exec_vcvt_to_int<64>, O::FpCvt, "vcvtr.s32.f64 {Sd}, {fm}", f_cvt<32, 64, kFpRoundFpscr | kFpSigned>},

  // ---- Armv8 additions (unconditional, 1111 1110 prefix) ----
  {"1111 1110 0 D qq NNNN DDDD 1001 N 0 M 0 MMMM", "VSEL_F16", exec_vsel<16>, O::FpAlu, "vsel{c}.f16 {fd}, {fn}, {fm}", f_vsel<16>},
  {"1111 1110 0 D qq NNNN DDDD 1010 N 0 M 0 MMMM", "VSEL_F32", exec_vsel<32>, O::FpAlu, "vsel{c}.f32 {fd}, {fn}, {fm}", f_vsel<32>},
  {"1111 1110 0 D qq NNNN DDDD 1011 N 0 M 0 MMMM", "VSEL_F64", exec_vsel<64>, O::FpAlu, "vsel{c}.f64 {fd}, {fn}, {fm}", f_vsel<64>},
  {"1111 1110 1 D 00 NNNN DDDD 1001 N 0 M 0 MMMM", "VMAXNM_F16", exec_vmaxnm<16>, O::FpAlu, "vmaxnm.f16 {fd}, {fn}, {fm}", f_fp<16>},
  {"1111 1110 1 D 00 NNNN DDDD 1010 N 0 M 0 MMMM", "VMAXNM_F32", exec_vmaxnm<32>, O::FpAlu, "vmaxnm.f32 {fd}, {fn}, {fm}", f_fp<32>},
  {"1111 1110 1 D 00 NNNN DDDD 1011 N 0 M 0 MMMM", "VMAXNM_F64", exec_vmaxnm<64>, O::FpAluD, "vmaxnm.f64 {fd}, {fn}, {fm}", f_fp<64>},
  {"1111 1110 1 D 00 NNNN DDDD 1001 N 1 M 0 MMMM", "VMINNM_F16", exec_vminnm<16>, O::FpAlu, "vminnm.f16 {fd}, {fn}, {fm}", f_fp<16>},
  {"1111 1110 1 D 00 NNNN DDDD 1010 N 1 M 0 MMMM", "VMINNM_F32", exec_vminnm<32>, O::FpAlu, "vminnm.f32 {fd}, {fn}, {fm}", f_fp<32>},
  {"1111 1110 1 D 00 NNNN DDDD 1011 N 1 M 0 MMMM", "VMINNM_F64", exec_vminnm<64>, O::FpAluD, "vminnm.f64 {fd}, {fn}, {fm}", f_fp<64>},
  {"1111 1110 1 D 11 0000 DDDD 1010 0 1 M 0 MMMM", "VMOVX", exec_vmovx, O::FpAlu, "vmovx.f16 {fd}, {fm}", f_fp<32>},
  {"1111 1110 1 D 11 0000 DDDD 1010 1 1 M 0 MMMM", "VINS", exec_vins, O::FpAlu, "vins.f16 {fd}, {fm}", f_fp<32>},
  {"1111 1110 1 D 11 10 00 DDDD 1001 0 1 M 0 MMMM", "VRINTA_F16", exec_vrint<16>, O::FpCvt, "vrinta.f16 {fd}, {fm}", f_fpx<16, 4>},
  {"1111 1110 1 D 11 10 00 DDDD 1010 0 1 M 0 MMMM", "VRINTA_F32", exec_vrint<32>, O::FpCvt, "vrinta.f32 {fd}, {fm}", f_fpx<32, 4>},
  {"1111 1110 1 D 11 10 00 DDDD 1011 0 1 M 0 MMMM", "VRINTA_F64", exec_vrint<64>, O::FpCvt, "vrinta.f64 {fd}, {fm}", f_fpx<64, 4>},
  {"1111 1110 1 D 11 10 01 DDDD 1001 0 1 M 0 MMMM", "VRINTN_F16", exec_vrint<16>, O::FpCvt, "vrintn.f16 {fd}, {fm}", f_fpx<16, 0>},
  {"1111 1110 1 D 11 10 01 DDDD 1010 0 1 M 0 MMMM", "VRINTN_F32", exec_vrint<32>, O::FpCvt, "vrintn.f32 {fd}, {fm}", f_fpx<32, 0>},
  {"1111 1110 1 D 11 10 01 DDDD 1011 0 1 M 0 MMMM", "VRINTN_F64", exec_vrint<64>, O::FpCvt, "vrintn.f64 {fd}, {fm}", f_fpx<64, 0>},
  {"1111 1110 1 D 11 10 10 DDDD 1001 0 1 M 0 MMMM", "VRINTP_F16", exec_vrint<16>, O::FpCvt, "vrintp.f16 {fd}, {fm}", f_fpx<16, 1>},
  {"1111 1110 1 D 11 10 10 DDDD 1010 0 1 M 0 MMMM", "VRINTP_F32", exec_vrint<32>, O::FpCvt, "vrintp.f32 {fd}, {fm}", f_fpx<32, 1>},
  {"1111 1110 1 D 11 10 10 DDDD 1011 0 1 M 0 MMMM", "VRINTP_F64", exec_vrint<64>, O::FpCvt, "vrintp.f64 {fd}, {fm}", f_fpx<64, 1>},
  {"1111 1110 1 D 11 10 11 DDDD 1001 0 1 M 0 MMMM", "VRINTM_F16", exec_vrint<16>, O::FpCvt, "vrintm.f16 {fd}, {fm}", f_fpx<16, 2>},
  {"1111 1110 1 D 11 10 11 DDDD 1010 0 1 M 0 MMMM", "VRINTM_F32", exec_vrint<32>, O::FpCvt, "vrintm.f32 {fd}, {fm}", f_fpx<32, 2>},
  {"1111 1110 1 D 11 10 11 DDDD 1011 0 1 M 0 MMMM", "VRINTM_F64", exec_vrint<64>, O::FpCvt, "vrintm.f64 {fd}, {fm}", f_fpx<64, 2>},
  {"1111 1110 1 D 11 11 00 DDDD 1001 0 1 M 0 MMMM", "VCVTA_U32_F16", exec_vcvt_to_int<16>, O::FpCvt, "vcvta.u32.f16 {Sd}, {fm}", f_cvt<32, 16, 4>},
  {"1111 1110 1 D 11 11 00 DDDD 1010 0 1 M 0 MMMM", "VCVTA_U32_F32", exec_vcvt_to_int<32>, O::FpCvt, "vcvta.u32.f32 {Sd}, {fm}", f_cvt<32, 32, 4>},
  {"1111 1110 1 D 11 11 00 DDDD 1011 0 1 M 0 MMMM", "VCVTA_U32_F64", exec_vcvt_to_int<64>, O::FpCvt, "vcvta.u32.f64 {Sd}, {fm}", f_cvt<32, 64, 4>},
  {"1111 1110 1 D 11 11 00 DDDD 1001 1 1 M 0 MMMM", "VCVTA_S32_F16", exec_vcvt_to_int<16>, O::FpCvt, "vcvta.s32.f16 {Sd}, {fm}", f_cvt<32, 16, 4 | kFpSigned>},
  {"1111 1110 1 D 11 11 00 DDDD 1010 1 1 M 0 MMMM", "VCVTA_S32_F32", exec_vcvt_to_int<32>, O::FpCvt, "vcvta.s32.f32 {Sd}, {fm}", f_cvt<32, 32, 4 | kFpSigned>},
  {"1111 1110 1 D 11 11 00 DDDD 1011 1 1 M 0 MMMM", "VCVTA_S32_F64", exec_vcvt_to_int<64>, O::FpCvt, "vcvta.s32.f64 {Sd}, {fm}", f_cvt<32, 64, 4 | kFpSigned>},
  {"1111 1110 1 D 11 11 01 DDDD 1001 0 1 M 0 MMMM", "VCVTN_U32_F16", exec_vcvt_to_int<16>, O::FpCvt, "vcvtn.u32.f16 {Sd}, {fm}", f_cvt<32, 16, 0>},
  {"1111 1110 1 D 11 11 01 DDDD 1010 0 1 M 0 MMMM", "VCVTN_U32_F32", exec_vcvt_to_int<32>, O::FpCvt, "vcvtn.u32.f32 {Sd}, {fm}", f_cvt<32, 32, 0>},
  {"1111 1110 1 D 11 11 01 DDDD 1011 0 1 M 0 MMMM", "VCVTN_U32_F64", exec_vcvt_to_int<64>, O::FpCvt, "vcvtn.u32.f64 {Sd}, {fm}", f_cvt<32, 64, 0>},
  {"1111 1110 1 D 11 11 01 DDDD 1001 1 1 M 0 MMMM", "VCVTN_S32_F16", exec_vcvt_to_int<16>, O::FpCvt, "vcvtn.s32.f16 {Sd}, {fm}", f_cvt<32, 16, 0 | kFpSigned>},
  {"1111 1110 1 D 11 11 01 DDDD 1010 1 1 M 0 MMMM", "VCVTN_S32_F32", exec_vcvt_to_int<32>, O::FpCvt, "vcvtn.s32.f32 {Sd}, {fm}", f_cvt<32, 32, 0 | kFpSigned>},
  {"1111 1110 1 D 11 11 01 DDDD 1011 1 1 M 0 MMMM", "VCVTN_S32_F64", exec_vcvt_to_int<64>, O::FpCvt, "vcvtn.s32.f64 {Sd}, {fm}", f_cvt<32, 64, 0 | kFpSigned>},
  {"1111 1110 1 D 11 11 10 DDDD 1001 0 1 M 0 MMMM", "VCVTP_U32_F16", exec_vcvt_to_int<16>, O::FpCvt, "vcvtp.u32.f16 {Sd}, {fm}", f_cvt<32, 16, 1>},
  {"1111 1110 1 D 11 11 10 DDDD 1010 0 1 M 0 MMMM", "VCVTP_U32_F32", exec_vcvt_to_int<32>, O::FpCvt, "vcvtp.u32.f32 {Sd}, {fm}", f_cvt<32, 32, 1>},
  {"1111 1110 1 D 11 11 10 DDDD 1011 0 1 M 0 MMMM", "VCVTP_U32_F64", exec_vcvt_to_int<64>, O::FpCvt, "vcvtp.u32.f64 {Sd}, {fm}", f_cvt<32, 64, 1>},
  {"1111 1110 1 D 11 11 10 DDDD 1001 1 1 M 0 MMMM", "VCVTP_S32_F16", exec_vcvt_to_int<16>, O::FpCvt, "vcvtp.s32.f16 {Sd}, {fm}", f_cvt<32, 16, 1 | kFpSigned>},
  {"1111 1110 1 D 11 11 10 DDDD 1010 1 1 M 0 MMMM", "VCVTP_S32_F32", exec_vcvt_to_int<32>, O::FpCvt, "vcvtp.s32.f32 {Sd}, {fm}", f_cvt<32, 32, 1 | kFpSigned>},
  {"1111 1110 1 D 11 11 10 DDDD 1011 1 1 M 0 MMMM", "VCVTP_S32_F64", exec_vcvt_to_int<64>, O::FpCvt, "vcvtp.s32.f64 {Sd}, {fm}", f_cvt<32, 64, 1 | kFpSigned>},
  {"1111 1110 1 D 11 11 11 DDDD 1001 0 1 M 0 MMMM", "VCVTM_U32_F16", exec_vcvt_to_int<16>, O::FpCvt, "vcvtm.u32.f16 {Sd}, {fm}", f_cvt<32, 16, 2>},
  {"1111 1110 1 D 11 11 11 DDDD 1010 0 1 M 0 MMMM", "VCVTM_U32_F32", exec_vcvt_to_int<32>, O::FpCvt, "vcvtm.u32.f32 {Sd}, {fm}", f_cvt<32, 32, 2>},
  {"1111 1110 1 D 11 11 11 DDDD 1011 0 1 M 0 MMMM", "VCVTM_U32_F64", exec_vcvt_to_int<64>, O::FpCvt, "vcvtm.u32.f64 {Sd}, {fm}", f_cvt<32, 64, 2>},
  {"1111 1110 1 D 11 11 11 DDDD 1001 1 1 M 0 MMMM", "VCVTM_S32_F16", exec_vcvt_to_int<16>, O::FpCvt, "vcvtm.s32.f16 {Sd}, {fm}", f_cvt<32, 16, 2 | kFpSigned>},
  {"1111 1110 1 D 11 11 11 DDDD 1010 1 1 M 0 MMMM", "VCVTM_S32_F32", exec_vcvt_to_int<32>, O::FpCvt, "vcvtm.s32.f32 {Sd}, {fm}", f_cvt<32, 32, 2 | kFpSigned>},
  {"1111 1110 1 D 11 11 11 DDDD 1011 1 1 M 0 MMMM", "VCVTM_S32_F64", exec_vcvt_to_int<64>, O::FpCvt, "vcvtm.s32.f64 {Sd}, {fm}", f_cvt<32, 64, 2 | kFpSigned>},

  // ---- Loads and stores ----
  {"1110 1101 0 D 10 1101 DDDD 1010 iiiiiiii", "VPUSH_F32", exec_vstm<32>, O::FpStore, "vpush {flist}", f_vldm<32, 0>, kPatStore},
  {"1110 1101 0 D 10 nnnn DDDD 1010 iiiiiiii", "VSTMDB_F32", exec_vstm<32>, O::FpStore, "vstmdb {n}!, {flist}", f_vldm<32, 0>, kPatStore},
  {"1110 1100 1 D 11 1101 DDDD 1010 iiiiiiii", "VPOP_F32", exec_vldm<32>, O::FpLoad, "vpop {flist}", f_vldm<32, 1>},
  {"1110 1100 1 D 01 1111 DDDD 1010 iiiiiiii", "VSCCLRM_F32", exec_vscclrm<32>, O::FpAlu, "vscclrm {flist}", f_vscclrm<32>},
  {"1110 1100 1 D W 1 nnnn DDDD 1010 iiiiiiii", "VLDMIA_F32", exec_vldm<32>, O::FpLoad, "vldmia {n}{wb}, {flist}", f_vldm<32, 1>},
  {"1110 1100 1 D W 0 nnnn DDDD 1010 iiiiiiii", "VSTMIA_F32", exec_vstm<32>, O::FpStore, "vstmia {n}{wb}, {flist}", f_vldm<32, 1>, kPatStore},
  {"1110 1101 0 D 11 nnnn DDDD 1010 iiiiiiii", "VLDMDB_F32", exec_vldm<32>, O::FpLoad, "vldmdb {n}!, {flist}", f_vldm<32, 0>},
  {"1110 1101 0 D 10 1101 DDDD 1011 iiiiiiii", "VPUSH_F64", exec_vstm<64>, O::FpStore, "vpush {flist}", f_vldm<64, 0>, kPatStore},
  {"1110 1101 0 D 10 nnnn DDDD 1011 iiiiiiii", "VSTMDB_F64", exec_vstm<64>, O::FpStore, "vstmdb {n}!, {flist}", f_vldm<64, 0>, kPatStore},
  {"1110 1100 1 D 11 1101 DDDD 1011 iiiiiiii", "VPOP_F64", exec_vldm<64>, O::FpLoad, "vpop {flist}", f_vldm<64, 1>},
  {"1110 1100 1 D 01 1111 DDDD 1011 iiiiiiii", "VSCCLRM_F64", exec_vscclrm<64>, O::FpAlu, "vscclrm {flist}", f_vscclrm<64>},
  {"1110 1100 1 D W 1 nnnn DDDD 1011 iiiiiiii", "VLDMIA_F64", exec_vldm<64>, O::FpLoad, "vldmia {n}{wb}, {flist}", f_vldm<64, 1>},
  {"1110 1100 1 D W 0 nnnn DDDD 1011 iiiiiiii", "VSTMIA_F64", exec_vstm<64>, O::FpStore, "vstmia {n}{wb}, {flist}", f_vldm<64, 1>, kPatStore},
  {"1110 1101 0 D 11 nnnn DDDD 1011 iiiiiiii", "VLDMDB_F64", exec_vldm<64>, O::FpLoad, "vldmdb {n}!, {flist}", f_vldm<64, 0>},
  {"1110 1101 U D 01 nnnn DDDD 1001 iiiiiiii", "VLDR_F16", exec_vldr<16>, O::FpLoad, "vldr.16 {fd}, {mem}", f_vldr<16>},
  {"1110 1101 U D 00 nnnn DDDD 1001 iiiiiiii", "VSTR_F16", exec_vstr<16>, O::FpStore, "vstr.16 {fd}, {mem}", f_vldr<16>, kPatStore},
  {"1110 1101 U D 01 nnnn DDDD 1010 iiiiiiii", "VLDR_F32", exec_vldr<32>, O::FpLoad, "vldr {fd}, {mem}", f_vldr<32>},
  {"1110 1101 U D 00 nnnn DDDD 1010 iiiiiiii", "VSTR_F32", exec_vstr<32>, O::FpStore, "vstr {fd}, {mem}", f_vldr<32>, kPatStore},
  {"1110 1101 U D 01 nnnn DDDD 1011 iiiiiiii", "VLDR_F64", exec_vldr<64>, O::FpLoad, "vldr {fd}, {mem}", f_vldr<64>},
  {"1110 1101 U D 00 nnnn DDDD 1011 iiiiiiii", "VSTR_F64", exec_vstr<64>, O::FpStore, "vstr {fd}, {mem}", f_vldr<64>, kPatStore},
};

}  // namespace

std::span<const Pattern> fp_patterns() { return kFp; }

}  // namespace tinysim::armv8m
