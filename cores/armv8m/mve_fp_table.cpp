// Helium floating-point (MVE-F) encodings: .f16 and .f32 vector arithmetic,
// fused multiply-add, complex arithmetic, max/min (also across the vector),
// conversions, rounding to integral, and the floating-point VCMP/VPT.
// Semantics in exec_mve_fp.cpp. Decoded after the other Helium tables (whose
// integer forms use the size field value 11 that marks many of these).
//
// Field letters: d/n/m are the 3-bit Qd/Qn/Qm fields and D/N/M their top
// bits (bits 22, 7, 5): Q8-Q15 do not exist, so an encoding with one of
// them set is UNDEFINED (the format replaces the semantics by a UsageFault).
// m is the 4-bit Rm of the vector-by-scalar forms, a the Rda of the
// across-vector max/min. R is the rotation, i the fixed-point immediate,
// F the condition bits and K the VPT mask (Mkh:Mkl).
// Size: bit 20 (two vectors: 1 = .f16; VCADD/VCMLA: 0 = .f16), bit 28
// (vector-by-scalar, VMAXNMA, VMAXNMV..., VCMP/VPT: 1 = .f16; VCMUL:
// 0 = .f16), or bits 19:18 (one vector: 01 = .f16, 10 = .f32); one line
// per size.
//
// Disassembly as GNU objdump (binutils 2.40) prints each encoding outside a
// VPT block (inside one it adds the t/e suffix of the lane predicate).
#include <iterator>
#include <string>
#include <vector>

#include "cores/armv8m/decoder.h"
#include "cores/armv8m/exec_mve.h"

namespace tinysim::armv8m {
namespace {

using O = OpClass;
using Op = MveFpOp;
using Rd = MveFpRound;

void exec_q_register_undefined(Cpu& c, const DecodedInsn&) {
  c.undefined("MVE: Q register above Q7 (D, N or M bit set)");
}
void exec_register_undefined(Cpu& c, const DecodedInsn&) { c.undefined("MVE: SP or PC as the scalar register"); }

// Vector operands only: the letters d/n/m hold Q registers, not the core
// registers the decoder's dependency masks assume.
template <uint8_t Size>
void f_q(DecodedInsn& d, const Fields& f) {
  d.sz = Size;
  d.src_mask = d.dst_mask = 0;
  if (f['D'] | f['N'] | f['M']) d.exec = exec_q_register_undefined;
}
// Vector by scalar: Rm is a core register (SP and PC: UNPREDICTABLE, UNDEFINED
// like QEMU).
template <uint8_t Size>
void f_q_rm(DecodedInsn& d, const Fields& f) {
  f_q<Size>(d, f);
  d.src_mask = static_cast<uint16_t>(1u << d.rm);
  if (d.exec != exec_q_register_undefined && (d.rm == 13 || d.rm == 15)) d.exec = exec_register_undefined;
}
// VCADD/VCMLA/VCMUL: rotation in degrees.
template <uint8_t Size>
void f_q_rot(DecodedInsn& d, const Fields& f) {
  f_q<Size>(d, f);
  d.imm = f['R'] * 90;
}
// VCVT with fraction bits: imm6 = 1:i (.f32, 64 - imm6 = 32 - i) or 11:i (.f16).
template <uint8_t Size>
void f_q_fixed(DecodedInsn& d, const Fields& f) {
  f_q<Size>(d, f);
  d.imm = (Size == 1 ? 16 : 32) - f['i'];
}
// VMAXNMV and friends: Rda is read and written.
template <uint8_t Size>
void f_across(DecodedInsn& d, const Fields& f) {
  f_q<Size>(d, f);
  d.src_mask = d.dst_mask = static_cast<uint16_t>(1u << d.ra);
  if (d.exec != exec_q_register_undefined && (d.ra == 13 || d.ra == 15)) d.exec = exec_register_undefined;
}
// VCMP/VPT: F = fc bits after the fixed one of the line: bit 12 = 0 lines
// have F = bit 7 (eq, ne), bit 12 = 1 lines F = bit 7 : bit 0 (bit 5 in the
// scalar form) (ge, gt, lt, le). The mask (bit 22, bits 15:13; 0 for VCMP)
// is read from the encoding: the VPT lines have it as fixed bits. Scalar
// Rm = 15 is the constant zero ("zr"), Rm = 13 UNDEFINED.
constexpr uint8_t kCondEq = 0, kCondNe = 1, kCondGe = 10, kCondLt = 11, kCondGt = 12, kCondLe = 13;
template <uint8_t Size, bool Scalar, bool Ordering>
void f_cmp(DecodedInsn& d, const Fields& f) {
  f_q<Size>(d, f);
  static constexpr uint8_t kOrdering[4] = {kCondGe, kCondGt, kCondLt, kCondLe};  // by bit 7 : bit 0/5
  d.cond = Ordering ? kOrdering[f['F']] : (f['F'] ? kCondNe : kCondEq);
  d.extra = static_cast<uint8_t>(((d.raw >> 22) & 1) << 3 | ((d.raw >> 13) & 7));  // mve_exec_compare's VPT mask
  if (Scalar) {
    d.rm = static_cast<uint8_t>(d.raw & 15);  // some .f16 lines fix bits of Rm
    d.src_mask = d.rm == 15 ? 0 : static_cast<uint16_t>(1u << d.rm);
    if (d.exec != exec_q_register_undefined && d.rm == 13) d.exec = exec_register_undefined;
  }
}

#define X(F) mve_exec<F>
#define CMP(F) mve_exec_compare<F>

constexpr Pattern kMveFp[] = {
  // ---- two vectors (bit 20: 0 = .f32, 1 = .f16) -------------------------
  {"1110 1111 0 D 0 0 nnn 0 ddd 0 1101 N 1 M 0 mmm 0", "VADD_f32", X((exec_mve_fp_vector<32, Op::Add>)), O::MveFpAlu, "vadd.f32 {qd}, {qn}, {qm}", f_q<2>},
  {"1110 1111 0 D 0 1 nnn 0 ddd 0 1101 N 1 M 0 mmm 0", "VADD_f16", X((exec_mve_fp_vector<16, Op::Add>)), O::MveFpAlu, "vadd.f16 {qd}, {qn}, {qm}", f_q<1>},
  {"1110 1111 0 D 1 0 nnn 0 ddd 0 1101 N 1 M 0 mmm 0", "VSUB_f32", X((exec_mve_fp_vector<32, Op::Sub>)), O::MveFpAlu, "vsub.f32 {qd}, {qn}, {qm}", f_q<2>},
  {"1110 1111 0 D 1 1 nnn 0 ddd 0 1101 N 1 M 0 mmm 0", "VSUB_f16", X((exec_mve_fp_vector<16, Op::Sub>)), O::MveFpAlu, "vsub.f16 {qd}, {qn}, {qm}", f_q<1>},
  {"1111 1111 0 D 0 0 nnn 0 ddd 0 1101 N 1 M 1 mmm 0", "VMUL_f32", X((exec_mve_fp_vector<32, Op::Mul>)), O::MveFpMul, "vmul.f32 {qd}, {qn}, {qm}", f_q<2>},
  {"1111 1111 0 D 0 1 nnn 0 ddd 0 1101 N 1 M 1 mmm 0", "VMUL_f16", X((exec_mve_fp_vector<16, Op::Mul>)), O::MveFpMul, "vmul.f16 {qd}, {qn}, {qm}", f_q<1>},
  {"1111 1111 0 D 1 0 nnn 0 ddd 0 1101 N 1 M 0 mmm 0", "VABD_f32", X((exec_mve_fp_vector<32, Op::Abd>)), O::MveFpAlu, "vabd.f32 {qd}, {qn}, {qm}", f_q<2>},
  {"1111 1111 0 D 1 1 nnn 0 ddd 0 1101 N 1 M 0 mmm 0", "VABD_f16", X((exec_mve_fp_vector<16, Op::Abd>)), O::MveFpAlu, "vabd.f16 {qd}, {qn}, {qm}", f_q<1>},
  {"1111 1111 0 D 0 0 nnn 0 ddd 0 1111 N 1 M 1 mmm 0", "VMAXNM_f32", X((exec_mve_fp_vector<32, Op::MaxNm>)), O::MveFpAlu, "vmaxnm.f32 {qd}, {qn}, {qm}", f_q<2>},
  {"1111 1111 0 D 0 1 nnn 0 ddd 0 1111 N 1 M 1 mmm 0", "VMAXNM_f16", X((exec_mve_fp_vector<16, Op::MaxNm>)), O::MveFpAlu, "vmaxnm.f16 {qd}, {qn}, {qm}", f_q<1>},
  {"1111 1111 0 D 1 0 nnn 0 ddd 0 1111 N 1 M 1 mmm 0", "VMINNM_f32", X((exec_mve_fp_vector<32, Op::MinNm>)), O::MveFpAlu, "vminnm.f32 {qd}, {qn}, {qm}", f_q<2>},
  {"1111 1111 0 D 1 1 nnn 0 ddd 0 1111 N 1 M 1 mmm 0", "VMINNM_f16", X((exec_mve_fp_vector<16, Op::MinNm>)), O::MveFpAlu, "vminnm.f16 {qd}, {qn}, {qm}", f_q<1>},
  {"1110 1111 0 D 0 0 nnn 0 ddd 0 1100 N 1 M 1 mmm 0", "VFMA_f32", X((exec_mve_fp_vector<32, Op::Fma>)), O::MveFpMul, "vfma.f32 {qd}, {qn}, {qm}", f_q<2>},
  {"1110 1111 0 D 0 1 nnn 0 ddd 0 1100 N 1 M 1 mmm 0", "VFMA_f16", X((exec_mve_fp_vector<16, Op::Fma>)), O::MveFpMul, "vfma.f16 {qd}, {qn}, {qm}", f_q<1>},
  {"1110 1111 0 D 1 0 nnn 0 ddd 0 1100 N 1 M 1 mmm 0", "VFMS_f32", X((exec_mve_fp_vector<32, Op::Fms>)), O::MveFpMul, "vfms.f32 {qd}, {qn}, {qm}", f_q<2>},
  {"1110 1111 0 D 1 1 nnn 0 ddd 0 1100 N 1 M 1 mmm 0", "VFMS_f16", X((exec_mve_fp_vector<16, Op::Fms>)), O::MveFpMul, "vfms.f16 {qd}, {qn}, {qm}", f_q<1>},
  // Qda and Qn share a field (bits 19:16 = 1111); bit 28: 1 = .f16.
  {"1110 1110 0 D 11 1111 ddd 0 1110 1 0 M 0 mmm 1", "VMAXNMA_f32", X((exec_mve_fp_vector<32, Op::MaxNmA>)), O::MveFpAlu, "vmaxnma.f32 {qd}, {qm}", f_q<2>},
  {"1111 1110 0 D 11 1111 ddd 0 1110 1 0 M 0 mmm 1", "VMAXNMA_f16", X((exec_mve_fp_vector<16, Op::MaxNmA>)), O::MveFpAlu, "vmaxnma.f16 {qd}, {qm}", f_q<1>},
  {"1110 1110 0 D 11 1111 ddd 1 1110 1 0 M 0 mmm 1", "VMINNMA_f32", X((exec_mve_fp_vector<32, Op::MinNmA>)), O::MveFpAlu, "vminnma.f32 {qd}, {qm}", f_q<2>},
  {"1111 1110 0 D 11 1111 ddd 1 1110 1 0 M 0 mmm 1", "VMINNMA_f16", X((exec_mve_fp_vector<16, Op::MinNmA>)), O::MveFpAlu, "vminnma.f16 {qd}, {qm}", f_q<1>},

  // ---- complex arithmetic --------------------------------------------
  // VCADD (bit 24: 0 = #90, 1 = #270) and VCMLA (bits 24:23 = rotation); bit 20: 1 = .f32.
  {"1111 1100 1 D 0 1 nnn 0 ddd 0 1000 N 1 M 0 mmm 0", "VCADD90_f32", X((exec_mve_fp_vcadd<32, 90>)), O::MveFpAlu, "vcadd.f32 {qd}, {qn}, {qm}, #90", f_q<2>},
  {"1111 1100 1 D 0 0 nnn 0 ddd 0 1000 N 1 M 0 mmm 0", "VCADD90_f16", X((exec_mve_fp_vcadd<16, 90>)), O::MveFpAlu, "vcadd.f16 {qd}, {qn}, {qm}, #90", f_q<1>},
  {"1111 1101 1 D 0 1 nnn 0 ddd 0 1000 N 1 M 0 mmm 0", "VCADD270_f32", X((exec_mve_fp_vcadd<32, 270>)), O::MveFpAlu, "vcadd.f32 {qd}, {qn}, {qm}, #270", f_q<2>},
  {"1111 1101 1 D 0 0 nnn 0 ddd 0 1000 N 1 M 0 mmm 0", "VCADD270_f16", X((exec_mve_fp_vcadd<16, 270>)), O::MveFpAlu, "vcadd.f16 {qd}, {qn}, {qm}, #270", f_q<1>},
  {"1111 110 RR D 1 1 nnn 0 ddd 0 1000 N 1 M 0 mmm 0", "VCMLA_f32", X((exec_mve_fp_vcmla<32, true>)), O::MveFpMul, "vcmla.f32 {qd}, {qn}, {qm}, {uimm}", f_q_rot<2>},
  {"1111 110 RR D 1 0 nnn 0 ddd 0 1000 N 1 M 0 mmm 0", "VCMLA_f16", X((exec_mve_fp_vcmla<16, true>)), O::MveFpMul, "vcmla.f16 {qd}, {qn}, {qm}, {uimm}", f_q_rot<1>},
  // VCMUL: rotation = bit 12 : bit 0; bit 28: 1 = .f32.
  {"1111 1110 0 D 11 nnn 0 ddd R 1110 N 0 M 0 mmm R", "VCMUL_f32", X((exec_mve_fp_vcmla<32, false>)), O::MveFpMul, "vcmul.f32 {qd}, {qn}, {qm}, {uimm}", f_q_rot<2>},
  {"1110 1110 0 D 11 nnn 0 ddd R 1110 N 0 M 0 mmm R", "VCMUL_f16", X((exec_mve_fp_vcmla<16, false>)), O::MveFpMul, "vcmul.f16 {qd}, {qn}, {qm}, {uimm}", f_q_rot<1>},

  // ---- vector and scalar (Rm<15:0> for .f16); bit 28: 1 = .f16 -------
  {"1110 1110 0 D 11 nnn 0 ddd 0 1111 N 100 mmmm", "VADD_f32_scalar", X((exec_mve_fp_scalar<32, Op::Add>)), O::MveFpAlu, "vadd.f32 {qd}, {qn}, {m}", f_q_rm<2>},
  {"1111 1110 0 D 11 nnn 0 ddd 0 1111 N 100 mmmm", "VADD_f16_scalar", X((exec_mve_fp_scalar<16, Op::Add>)), O::MveFpAlu, "vadd.f16 {qd}, {qn}, {m}", f_q_rm<1>},
  {"1110 1110 0 D 11 nnn 0 ddd 1 1111 N 100 mmmm", "VSUB_f32_scalar", X((exec_mve_fp_scalar<32, Op::Sub>)), O::MveFpAlu, "vsub.f32 {qd}, {qn}, {m}", f_q_rm<2>},
  {"1111 1110 0 D 11 nnn 0 ddd 1 1111 N 100 mmmm", "VSUB_f16_scalar", X((exec_mve_fp_scalar<16, Op::Sub>)), O::MveFpAlu, "vsub.f16 {qd}, {qn}, {m}", f_q_rm<1>},
  {"1110 1110 0 D 11 nnn 1 ddd 0 1110 N 110 mmmm", "VMUL_f32_scalar", X((exec_mve_fp_scalar<32, Op::Mul>)), O::MveFpMul, "vmul.f32 {qd}, {qn}, {m}", f_q_rm<2>},
  {"1111 1110 0 D 11 nnn 1 ddd 0 1110 N 110 mmmm", "VMUL_f16_scalar", X((exec_mve_fp_scalar<16, Op::Mul>)), O::MveFpMul, "vmul.f16 {qd}, {qn}, {m}", f_q_rm<1>},
  {"1110 1110 0 D 11 nnn 1 ddd 0 1110 N 100 mmmm", "VFMA_f32_scalar", X((exec_mve_fp_scalar<32, Op::Fma>)), O::MveFpMul, "vfma.f32 {qd}, {qn}, {m}", f_q_rm<2>},
  {"1111 1110 0 D 11 nnn 1 ddd 0 1110 N 100 mmmm", "VFMA_f16_scalar", X((exec_mve_fp_scalar<16, Op::Fma>)), O::MveFpMul, "vfma.f16 {qd}, {qn}, {m}", f_q_rm<1>},
  {"1110 1110 0 D 11 nnn 1 ddd 1 1110 N 100 mmmm", "VFMAS_f32_scalar", X((exec_mve_fp_scalar<32, Op::Fmas>)), O::MveFpMul, "vfmas.f32 {qd}, {qn}, {m}", f_q_rm<2>},
  {"1111 1110 0 D 11 nnn 1 ddd 1 1110 N 100 mmmm", "VFMAS_f16_scalar", X((exec_mve_fp_scalar<16, Op::Fmas>)), O::MveFpMul, "vfmas.f16 {qd}, {qn}, {m}", f_q_rm<1>},

  // ---- across the vector into Rda (bit 17: 0 = absolute, bit 7: 1 = min; bit 28: 1 = .f16)
  {"1110 1110 1110 11 1 0 aaaa 1111 0 0 M 0 mmm 0", "VMAXNMV_f32", X((exec_mve_fp_maxmin_across<32, true, false>)), O::MveReduce, "vmaxnmv.f32 {a}, {qm}", f_across<2>},
  {"1111 1110 1110 11 1 0 aaaa 1111 0 0 M 0 mmm 0", "VMAXNMV_f16", X((exec_mve_fp_maxmin_across<16, true, false>)), O::MveReduce, "vmaxnmv.f16 {a}, {qm}", f_across<1>},
  {"1110 1110 1110 11 1 0 aaaa 1111 1 0 M 0 mmm 0", "VMINNMV_f32", X((exec_mve_fp_maxmin_across<32, false, false>)), O::MveReduce, "vminnmv.f32 {a}, {qm}", f_across<2>},
  {"1111 1110 1110 11 1 0 aaaa 1111 1 0 M 0 mmm 0", "VMINNMV_f16", X((exec_mve_fp_maxmin_across<16, false, false>)), O::MveReduce, "vminnmv.f16 {a}, {qm}", f_across<1>},
  {"1110 1110 1110 11 0 0 aaaa 1111 0 0 M 0 mmm 0", "VMAXNMAV_f32", X((exec_mve_fp_maxmin_across<32, true, true>)), O::MveReduce, "vmaxnmav.f32 {a}, {qm}", f_across<2>},
  {"1111 1110 1110 11 0 0 aaaa 1111 0 0 M 0 mmm 0", "VMAXNMAV_f16", X((exec_mve_fp_maxmin_across<16, true, true>)), O::MveReduce, "vmaxnmav.f16 {a}, {qm}", f_across<1>},
  {"1110 1110 1110 11 0 0 aaaa 1111 1 0 M 0 mmm 0", "VMINNMAV_f32", X((exec_mve_fp_maxmin_across<32, false, true>)), O::MveReduce, "vminnmav.f32 {a}, {qm}", f_across<2>},
  {"1111 1110 1110 11 0 0 aaaa 1111 1 0 M 0 mmm 0", "VMINNMAV_f16", X((exec_mve_fp_maxmin_across<16, false, true>)), O::MveReduce, "vminnmav.f16 {a}, {qm}", f_across<1>},

  // ---- compares (VPT: the generated lines below) ------------------------
  {"1110 1110 0 0 11 nnn 1 000 0 1111 F 0 M 0 mmm 0", "VCMP_f32", CMP((exec_mve_fp_compare<32, false>)), O::MveFpAlu, "vcmp.f32 {c}, {qn}, {qm}", f_cmp<2, false, false>},
  {"1111 1110 0 0 11 nnn 1 000 0 1111 F 0 M 0 mmm 0", "VCMP_f16", CMP((exec_mve_fp_compare<16, false>)), O::MveFpAlu, "vcmp.f16 {c}, {qn}, {qm}", f_cmp<1, false, false>},
  {"1110 1110 0 0 11 nnn 1 000 1 1111 F 0 M 0 mmm F", "VCMP_f32", CMP((exec_mve_fp_compare<32, false>)), O::MveFpAlu, "vcmp.f32 {c}, {qn}, {qm}", f_cmp<2, false, true>},
  {"1111 1110 0 0 11 nnn 1 000 1 1111 F 0 M 0 mmm F", "VCMP_f16", CMP((exec_mve_fp_compare<16, false>)), O::MveFpAlu, "vcmp.f16 {c}, {qn}, {qm}", f_cmp<1, false, true>},
  {"1110 1110 0 0 11 nnn 1 000 0 1111 F 1 0 0 mmmm", "VCMP_f32_scalar", CMP((exec_mve_fp_compare<32, true>)), O::MveFpAlu, "vcmp.f32 {c}, {qn}, {mz}", f_cmp<2, true, false>},
  // .f16 eq/ne with Rm = SP (UNDEFINED) would include VPST and VPNOT
  // (exec_mve_mem): those lines leave Rm = 1101 out.
  {"1111 1110 0 0 11 nnn 1 000 0 1111 F 1 0 0 0mmm", "VCMP_f16_scalar", CMP((exec_mve_fp_compare<16, true>)), O::MveFpAlu, "vcmp.f16 {c}, {qn}, {mz}", f_cmp<1, true, false>},
  {"1111 1110 0 0 11 nnn 1 000 0 1111 F 1 0 0 10mm", "VCMP_f16_scalar", CMP((exec_mve_fp_compare<16, true>)), O::MveFpAlu, "vcmp.f16 {c}, {qn}, {mz}", f_cmp<1, true, false>},
  {"1111 1110 0 0 11 nnn 1 000 0 1111 F 1 0 0 1100", "VCMP_f16_scalar", CMP((exec_mve_fp_compare<16, true>)), O::MveFpAlu, "vcmp.f16 {c}, {qn}, {mz}", f_cmp<1, true, false>},
  {"1111 1110 0 0 11 nnn 1 000 0 1111 F 1 0 0 111m", "VCMP_f16_scalar", CMP((exec_mve_fp_compare<16, true>)), O::MveFpAlu, "vcmp.f16 {c}, {qn}, {mz}", f_cmp<1, true, false>},
  {"1110 1110 0 0 11 nnn 1 000 1 1111 F 1 F 0 mmmm", "VCMP_f32_scalar", CMP((exec_mve_fp_compare<32, true>)), O::MveFpAlu, "vcmp.f32 {c}, {qn}, {mz}", f_cmp<2, true, true>},
  {"1111 1110 0 0 11 nnn 1 000 1 1111 F 1 F 0 mmmm", "VCMP_f16_scalar", CMP((exec_mve_fp_compare<16, true>)), O::MveFpAlu, "vcmp.f16 {c}, {qn}, {mz}", f_cmp<1, true, true>},

  // ---- conversions and rounding (bits 19:18: 01 = .f16, 10 = .f32) ----
  // VCVT with fraction bits (bit 28: unsigned; bit 8: 1 = float to fixed).
  {"1110 1111 1 D 1 iiiii ddd 0 11 1 0 0 1 M 1 mmm 0", "VCVT_f32_s32_fixed", X((exec_mve_fp_from_int<32, false>)), O::MveFpCvt, "vcvt.f32.s32 {qd}, {qm}, {uimm}", f_q_fixed<2>},
  {"1111 1111 1 D 1 iiiii ddd 0 11 1 0 0 1 M 1 mmm 0", "VCVT_f32_u32_fixed", X((exec_mve_fp_from_int<32, true>)), O::MveFpCvt, "vcvt.f32.u32 {qd}, {qm}, {uimm}", f_q_fixed<2>},
  {"1110 1111 1 D 11 iiii ddd 0 11 0 0 0 1 M 1 mmm 0", "VCVT_f16_s16_fixed", X((exec_mve_fp_from_int<16, false>)), O::MveFpCvt, "vcvt.f16.s16 {qd}, {qm}, {uimm}", f_q_fixed<1>},
  {"1111 1111 1 D 11 iiii ddd 0 11 0 0 0 1 M 1 mmm 0", "VCVT_f16_u16_fixed", X((exec_mve_fp_from_int<16, true>)), O::MveFpCvt, "vcvt.f16.u16 {qd}, {qm}, {uimm}", f_q_fixed<1>},
  {"1110 1111 1 D 1 iiiii ddd 0 11 1 1 0 1 M 1 mmm 0", "VCVT_s32_f32_fixed", X((exec_mve_fp_to_int<32, false, Rd::Zero>)), O::MveFpCvt, "vcvt.s32.f32 {qd}, {qm}, {uimm}", f_q_fixed<2>},
  {"1111 1111 1 D 1 iiiii ddd 0 11 1 1 0 1 M 1 mmm 0", "VCVT_u32_f32_fixed", X((exec_mve_fp_to_int<32, true, Rd::Zero>)), O::MveFpCvt, "vcvt.u32.f32 {qd}, {qm}, {uimm}", f_q_fixed<2>},
  {"1110 1111 1 D 11 iiii ddd 0 11 0 1 0 1 M 1 mmm 0", "VCVT_s16_f16_fixed", X((exec_mve_fp_to_int<16, false, Rd::Zero>)), O::MveFpCvt, "vcvt.s16.f16 {qd}, {qm}, {uimm}", f_q_fixed<1>},
  {"1111 1111 1 D 11 iiii ddd 0 11 0 1 0 1 M 1 mmm 0", "VCVT_u16_f16_fixed", X((exec_mve_fp_to_int<16, true, Rd::Zero>)), O::MveFpCvt, "vcvt.u16.f16 {qd}, {qm}, {uimm}", f_q_fixed<1>},
  // VCVT between float and integer of the same size (op = bits 8:7).
  {"1111 1111 1 D 11 10 11 ddd 0 011 00 1 M 0 mmm 0", "VCVT_f32_s32", X((exec_mve_fp_from_int<32, false>)), O::MveFpCvt, "vcvt.f32.s32 {qd}, {qm}", f_q<2>},
  {"1111 1111 1 D 11 01 11 ddd 0 011 00 1 M 0 mmm 0", "VCVT_f16_s16", X((exec_mve_fp_from_int<16, false>)), O::MveFpCvt, "vcvt.f16.s16 {qd}, {qm}", f_q<1>},
  {"1111 1111 1 D 11 10 11 ddd 0 011 01 1 M 0 mmm 0", "VCVT_f32_u32", X((exec_mve_fp_from_int<32, true>)), O::MveFpCvt, "vcvt.f32.u32 {qd}, {qm}", f_q<2>},
  {"1111 1111 1 D 11 01 11 ddd 0 011 01 1 M 0 mmm 0", "VCVT_f16_u16", X((exec_mve_fp_from_int<16, true>)), O::MveFpCvt, "vcvt.f16.u16 {qd}, {qm}", f_q<1>},
  {"1111 1111 1 D 11 10 11 ddd 0 011 10 1 M 0 mmm 0", "VCVT_s32_f32", X((exec_mve_fp_to_int<32, false, Rd::Zero>)), O::MveFpCvt, "vcvt.s32.f32 {qd}, {qm}", f_q<2>},
  {"1111 1111 1 D 11 01 11 ddd 0 011 10 1 M 0 mmm 0", "VCVT_s16_f16", X((exec_mve_fp_to_int<16, false, Rd::Zero>)), O::MveFpCvt, "vcvt.s16.f16 {qd}, {qm}", f_q<1>},
  {"1111 1111 1 D 11 10 11 ddd 0 011 11 1 M 0 mmm 0", "VCVT_u32_f32", X((exec_mve_fp_to_int<32, true, Rd::Zero>)), O::MveFpCvt, "vcvt.u32.f32 {qd}, {qm}", f_q<2>},
  {"1111 1111 1 D 11 01 11 ddd 0 011 11 1 M 0 mmm 0", "VCVT_u16_f16", X((exec_mve_fp_to_int<16, true, Rd::Zero>)), O::MveFpCvt, "vcvt.u16.f16 {qd}, {qm}", f_q<1>},
  // VCVTA/N/P/M to integer (bits 9:8 = rounding, bit 7: unsigned).
  {"1111 1111 1 D 11 10 11 ddd 000 00 0 1 M 0 mmm 0", "VCVTA_s32_f32", X((exec_mve_fp_to_int<32, false, Rd::TieAway>)), O::MveFpCvt, "vcvta.s32.f32 {qd}, {qm}", f_q<2>},
  {"1111 1111 1 D 11 10 11 ddd 000 00 1 1 M 0 mmm 0", "VCVTA_u32_f32", X((exec_mve_fp_to_int<32, true, Rd::TieAway>)), O::MveFpCvt, "vcvta.u32.f32 {qd}, {qm}", f_q<2>},
  {"1111 1111 1 D 11 01 11 ddd 000 00 0 1 M 0 mmm 0", "VCVTA_s16_f16", X((exec_mve_fp_to_int<16, false, Rd::TieAway>)), O::MveFpCvt, "vcvta.s16.f16 {qd}, {qm}", f_q<1>},
  {"1111 1111 1 D 11 01 11 ddd 000 00 1 1 M 0 mmm 0", "VCVTA_u16_f16", X((exec_mve_fp_to_int<16, true, Rd::TieAway>)), O::MveFpCvt, "vcvta.u16.f16 {qd}, {qm}", f_q<1>},
  {"1111 1111 1 D 11 10 11 ddd 000 01 0 1 M 0 mmm 0", "VCVTN_s32_f32", X((exec_mve_fp_to_int<32, false, Rd::TieEven>)), O::MveFpCvt, "vcvtn.s32.f32 {qd}, {qm}", f_q<2>},
  {"1111 1111 1 D 11 10 11 ddd 000 01 1 1 M 0 mmm 0", "VCVTN_u32_f32", X((exec_mve_fp_to_int<32, true, Rd::TieEven>)), O::MveFpCvt, "vcvtn.u32.f32 {qd}, {qm}", f_q<2>},
  {"1111 1111 1 D 11 01 11 ddd 000 01 0 1 M 0 mmm 0", "VCVTN_s16_f16", X((exec_mve_fp_to_int<16, false, Rd::TieEven>)), O::MveFpCvt, "vcvtn.s16.f16 {qd}, {qm}", f_q<1>},
  {"1111 1111 1 D 11 01 11 ddd 000 01 1 1 M 0 mmm 0", "VCVTN_u16_f16", X((exec_mve_fp_to_int<16, true, Rd::TieEven>)), O::MveFpCvt, "vcvtn.u16.f16 {qd}, {qm}", f_q<1>},
  {"1111 1111 1 D 11 10 11 ddd 000 10 0 1 M 0 mmm 0", "VCVTP_s32_f32", X((exec_mve_fp_to_int<32, false, Rd::PosInf>)), O::MveFpCvt, "vcvtp.s32.f32 {qd}, {qm}", f_q<2>},
  {"1111 1111 1 D 11 10 11 ddd 000 10 1 1 M 0 mmm 0", "VCVTP_u32_f32", X((exec_mve_fp_to_int<32, true, Rd::PosInf>)), O::MveFpCvt, "vcvtp.u32.f32 {qd}, {qm}", f_q<2>},
  {"1111 1111 1 D 11 01 11 ddd 000 10 0 1 M 0 mmm 0", "VCVTP_s16_f16", X((exec_mve_fp_to_int<16, false, Rd::PosInf>)), O::MveFpCvt, "vcvtp.s16.f16 {qd}, {qm}", f_q<1>},
  {"1111 1111 1 D 11 01 11 ddd 000 10 1 1 M 0 mmm 0", "VCVTP_u16_f16", X((exec_mve_fp_to_int<16, true, Rd::PosInf>)), O::MveFpCvt, "vcvtp.u16.f16 {qd}, {qm}", f_q<1>},
  {"1111 1111 1 D 11 10 11 ddd 000 11 0 1 M 0 mmm 0", "VCVTM_s32_f32", X((exec_mve_fp_to_int<32, false, Rd::NegInf>)), O::MveFpCvt, "vcvtm.s32.f32 {qd}, {qm}", f_q<2>},
  {"1111 1111 1 D 11 10 11 ddd 000 11 1 1 M 0 mmm 0", "VCVTM_u32_f32", X((exec_mve_fp_to_int<32, true, Rd::NegInf>)), O::MveFpCvt, "vcvtm.u32.f32 {qd}, {qm}", f_q<2>},
  {"1111 1111 1 D 11 01 11 ddd 000 11 0 1 M 0 mmm 0", "VCVTM_s16_f16", X((exec_mve_fp_to_int<16, false, Rd::NegInf>)), O::MveFpCvt, "vcvtm.s16.f16 {qd}, {qm}", f_q<1>},
  {"1111 1111 1 D 11 01 11 ddd 000 11 1 1 M 0 mmm 0", "VCVTM_u16_f16", X((exec_mve_fp_to_int<16, true, Rd::NegInf>)), O::MveFpCvt, "vcvtm.u16.f16 {qd}, {qm}", f_q<1>},
  // VCVTB/VCVTT between .f16 and .f32 (bit 28: 0 = to half; bit 12: T).
  {"1110 1110 0 D 11 1111 ddd 0 1110 0 0 M 0 mmm 1", "VCVTB_f16_f32", X((exec_mve_fp_vcvt_half<true, false>)), O::MveFpCvt, "vcvtb.f16.f32 {qd}, {qm}", f_q<2>},
  {"1110 1110 0 D 11 1111 ddd 1 1110 0 0 M 0 mmm 1", "VCVTT_f16_f32", X((exec_mve_fp_vcvt_half<true, true>)), O::MveFpCvt, "vcvtt.f16.f32 {qd}, {qm}", f_q<2>},
  {"1111 1110 0 D 11 1111 ddd 0 1110 0 0 M 0 mmm 1", "VCVTB_f32_f16", X((exec_mve_fp_vcvt_half<false, false>)), O::MveFpCvt, "vcvtb.f32.f16 {qd}, {qm}", f_q<2>},
  {"1111 1110 0 D 11 1111 ddd 1 1110 0 0 M 0 mmm 1", "VCVTT_f32_f16", X((exec_mve_fp_vcvt_half<false, true>)), O::MveFpCvt, "vcvtt.f32.f16 {qd}, {qm}", f_q<2>},
  // VRINT (bits 9:7: 000 N, 001 X, 010 A, 011 Z, 101 M, 111 P).
  {"1111 1111 1 D 11 10 10 ddd 001 000 1 M 0 mmm 0", "VRINTN_f32", X((exec_mve_fp_vrint<32, Rd::TieEven>)), O::MveFpCvt, "vrintn.f32 {qd}, {qm}", f_q<2>},
  {"1111 1111 1 D 11 01 10 ddd 001 000 1 M 0 mmm 0", "VRINTN_f16", X((exec_mve_fp_vrint<16, Rd::TieEven>)), O::MveFpCvt, "vrintn.f16 {qd}, {qm}", f_q<1>},
  {"1111 1111 1 D 11 10 10 ddd 001 001 1 M 0 mmm 0", "VRINTX_f32", X((exec_mve_fp_vrint<32, Rd::Exact>)), O::MveFpCvt, "vrintx.f32 {qd}, {qm}", f_q<2>},
  {"1111 1111 1 D 11 01 10 ddd 001 001 1 M 0 mmm 0", "VRINTX_f16", X((exec_mve_fp_vrint<16, Rd::Exact>)), O::MveFpCvt, "vrintx.f16 {qd}, {qm}", f_q<1>},
  {"1111 1111 1 D 11 10 10 ddd 001 010 1 M 0 mmm 0", "VRINTA_f32", X((exec_mve_fp_vrint<32, Rd::TieAway>)), O::MveFpCvt, "vrinta.f32 {qd}, {qm}", f_q<2>},
  {"1111 1111 1 D 11 01 10 ddd 001 010 1 M 0 mmm 0", "VRINTA_f16", X((exec_mve_fp_vrint<16, Rd::TieAway>)), O::MveFpCvt, "vrinta.f16 {qd}, {qm}", f_q<1>},
  {"1111 1111 1 D 11 10 10 ddd 001 011 1 M 0 mmm 0", "VRINTZ_f32", X((exec_mve_fp_vrint<32, Rd::Zero>)), O::MveFpCvt, "vrintz.f32 {qd}, {qm}", f_q<2>},
  {"1111 1111 1 D 11 01 10 ddd 001 011 1 M 0 mmm 0", "VRINTZ_f16", X((exec_mve_fp_vrint<16, Rd::Zero>)), O::MveFpCvt, "vrintz.f16 {qd}, {qm}", f_q<1>},
  {"1111 1111 1 D 11 10 10 ddd 001 101 1 M 0 mmm 0", "VRINTM_f32", X((exec_mve_fp_vrint<32, Rd::NegInf>)), O::MveFpCvt, "vrintm.f32 {qd}, {qm}", f_q<2>},
  {"1111 1111 1 D 11 01 10 ddd 001 101 1 M 0 mmm 0", "VRINTM_f16", X((exec_mve_fp_vrint<16, Rd::NegInf>)), O::MveFpCvt, "vrintm.f16 {qd}, {qm}", f_q<1>},
  {"1111 1111 1 D 11 10 10 ddd 001 111 1 M 0 mmm 0", "VRINTP_f32", X((exec_mve_fp_vrint<32, Rd::PosInf>)), O::MveFpCvt, "vrintp.f32 {qd}, {qm}", f_q<2>},
  {"1111 1111 1 D 11 01 10 ddd 001 111 1 M 0 mmm 0", "VRINTP_f16", X((exec_mve_fp_vrint<16, Rd::PosInf>)), O::MveFpCvt, "vrintp.f16 {qd}, {qm}", f_q<1>},

  // ---- sign operations (no exceptions) --------------------------------
  {"1111 1111 1 D 11 10 01 ddd 0 0111 01 M 0 mmm 0", "VABS_f32", X((exec_mve_fp_abs_neg<32, false>)), O::MveFpAlu, "vabs.f32 {qd}, {qm}", f_q<2>},
  {"1111 1111 1 D 11 01 01 ddd 0 0111 01 M 0 mmm 0", "VABS_f16", X((exec_mve_fp_abs_neg<16, false>)), O::MveFpAlu, "vabs.f16 {qd}, {qm}", f_q<1>},
  {"1111 1111 1 D 11 10 01 ddd 0 0111 11 M 0 mmm 0", "VNEG_f32", X((exec_mve_fp_abs_neg<32, true>)), O::MveFpAlu, "vneg.f32 {qd}, {qm}", f_q<2>},
  {"1111 1111 1 D 11 01 01 ddd 0 0111 11 M 0 mmm 0", "VNEG_f16", X((exec_mve_fp_abs_neg<16, true>)), O::MveFpAlu, "vneg.f16 {qd}, {qm}", f_q<1>},
};

// VPT.F32/.F16: the VCMP encodings with a non-zero mask K (bit 22, bits
// 15:13). The mask also gives the mnemonic's then/else suffix, so there is
// one line per mask value, generated from these forms (the .f16 eq/ne
// scalar form in four parts that leave out Rm = 1101: VPST).
struct VptForm {
  const char* bits;      // K where the mask goes
  const char* name;
  ExecFn exec;
  const char* size;      // ".f32"
  const char* operands;  // " {c}, {qn}, {qm}"
  FormatFn fmt;
};
constexpr VptForm kVptForms[] = {
  {"1110 1110 0 K 11 nnn 1 KKK 0 1111 F 0 M 0 mmm 0", "VPT_f32", CMP((exec_mve_fp_compare<32, false>)), ".f32", " {c}, {qn}, {qm}", f_cmp<2, false, false>},
  {"1111 1110 0 K 11 nnn 1 KKK 0 1111 F 0 M 0 mmm 0", "VPT_f16", CMP((exec_mve_fp_compare<16, false>)), ".f16", " {c}, {qn}, {qm}", f_cmp<1, false, false>},
  {"1110 1110 0 K 11 nnn 1 KKK 1 1111 F 0 M 0 mmm F", "VPT_f32", CMP((exec_mve_fp_compare<32, false>)), ".f32", " {c}, {qn}, {qm}", f_cmp<2, false, true>},
  {"1111 1110 0 K 11 nnn 1 KKK 1 1111 F 0 M 0 mmm F", "VPT_f16", CMP((exec_mve_fp_compare<16, false>)), ".f16", " {c}, {qn}, {qm}", f_cmp<1, false, true>},
  {"1110 1110 0 K 11 nnn 1 KKK 0 1111 F 1 0 0 mmmm", "VPT_f32_scalar", CMP((exec_mve_fp_compare<32, true>)), ".f32", " {c}, {qn}, {mz}", f_cmp<2, true, false>},
  {"1111 1110 0 K 11 nnn 1 KKK 0 1111 F 1 0 0 0mmm", "VPT_f16_scalar", CMP((exec_mve_fp_compare<16, true>)), ".f16", " {c}, {qn}, {mz}", f_cmp<1, true, false>},
  {"1111 1110 0 K 11 nnn 1 KKK 0 1111 F 1 0 0 10mm", "VPT_f16_scalar", CMP((exec_mve_fp_compare<16, true>)), ".f16", " {c}, {qn}, {mz}", f_cmp<1, true, false>},
  {"1111 1110 0 K 11 nnn 1 KKK 0 1111 F 1 0 0 1100", "VPT_f16_scalar", CMP((exec_mve_fp_compare<16, true>)), ".f16", " {c}, {qn}, {mz}", f_cmp<1, true, false>},
  {"1111 1110 0 K 11 nnn 1 KKK 0 1111 F 1 0 0 111m", "VPT_f16_scalar", CMP((exec_mve_fp_compare<16, true>)), ".f16", " {c}, {qn}, {mz}", f_cmp<1, true, false>},
  {"1110 1110 0 K 11 nnn 1 KKK 1 1111 F 1 F 0 mmmm", "VPT_f32_scalar", CMP((exec_mve_fp_compare<32, true>)), ".f32", " {c}, {qn}, {mz}", f_cmp<2, true, true>},
  {"1111 1110 0 K 11 nnn 1 KKK 1 1111 F 1 F 0 mmmm", "VPT_f16_scalar", CMP((exec_mve_fp_compare<16, true>)), ".f16", " {c}, {qn}, {mz}", f_cmp<1, true, true>},
};

#undef X
#undef CMP

// "t"/"e" letters after "vpt" for a mask: the block has 4 - (trailing zeros)
// instructions, the first a "then"; each mask bit from the top, before the
// terminating 1, inverts the predicate for the next instruction.
std::string vpt_suffix(unsigned mask) {
  const int count = 4 - __builtin_ctz(mask);
  std::string s;
  bool then = true;
  for (int i = 1; i < count; ++i) {
    if ((mask >> (4 - i)) & 1) then = !then;
    s += then ? 't' : 'e';
  }
  return s;
}

struct MveFpTable {
  std::vector<std::string> text;  // storage of the generated bits and disassembly
  std::vector<Pattern> patterns;
  MveFpTable() {
    constexpr size_t kForms = std::size(kVptForms);
    text.reserve(2 * 15 * kForms);
    patterns.assign(std::begin(kMveFp), std::end(kMveFp));
    for (const VptForm& form : kVptForms) {
      for (unsigned mask = 1; mask < 16; ++mask) {
        std::string bits = form.bits;
        int k = 3;
        for (char& ch : bits)
          if (ch == 'K') ch = ((mask >> k--) & 1) ? '1' : '0';
        text.push_back(std::move(bits));
        const char* b = text.back().c_str();
        text.push_back("vpt" + vpt_suffix(mask) + form.size + form.operands);
        patterns.push_back({b, form.name, form.exec, O::MveFpAlu, text.back().c_str(), form.fmt});
      }
    }
  }
};

}  // namespace

std::span<const Pattern> mve_fp_patterns() {
  static const MveFpTable table;
  return table.patterns;
}

}  // namespace tinysim::armv8m
