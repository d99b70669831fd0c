// Scalar floating-point semantics (Armv8-M FP extension with single and double
// precision, FPv5 of the Cortex-M55, plus the Armv8.1-M half-precision
// instructions). Referenced by fp_table.cpp. The template parameter N is the
// precision of the operation (16, 32 or 64 bits).
//
// Operands (filled in by the formats of fp_table.cpp):
//   rd, rn, rm   FP register numbers (S or D per the instruction), or a core
//                register where the instruction has one (rd = Rt, ra = Rt2)
//   imm          VLDR/VSTR offset, VLDM/VSTM byte count, fixed-point fraction bits
//   reglist      VLDM/VSTM/VPUSH/VPOP: number of registers transferred
//   extra        instruction-specific, documented at each function below
#pragma once

#include <cstdint>

#include "cores/armv8m/decoded_insn.h"

namespace tinysim::armv8m {

class Cpu;

// d.extra for the conversions and roundings that take a rounding mode:
// bits 2:0 = FPRounding (0 TIEEVEN, 1 POSINF, 2 NEGINF, 3 ZERO, 4 TIEAWAY) or
// kFpRoundFpscr (use FPSCR.RMode); bit 3 = exact (VRINTX: signal Inexact);
// bit 4 = signed (conversions to or from integers); bit 5 = to fixed-point;
// bit 6 = 32-bit fixed-point (else 16-bit); bit 7 = top half (VCVTT).
enum : uint8_t {
  kFpRoundFpscr = 7,
  kFpExact = 1 << 3,
  kFpSigned = 1 << 4,
  kFpToFixed = 1 << 5,
  kFpFixed32 = 1 << 6,
  kFpTop = 1 << 7,
};

#define TINYSIM_FP_EXEC(name) void name(Cpu& c, const DecodedInsn& d)

// Arithmetic: Vd = op(Vn, Vm).
template <int N> TINYSIM_FP_EXEC(exec_vadd);
template <int N> TINYSIM_FP_EXEC(exec_vsub);
template <int N> TINYSIM_FP_EXEC(exec_vmul);
template <int N> TINYSIM_FP_EXEC(exec_vnmul);
template <int N> TINYSIM_FP_EXEC(exec_vdiv);
template <int N> TINYSIM_FP_EXEC(exec_vmla);   // chained: product rounded, then added
template <int N> TINYSIM_FP_EXEC(exec_vmls);
template <int N> TINYSIM_FP_EXEC(exec_vnmla);
template <int N> TINYSIM_FP_EXEC(exec_vnmls);
template <int N> TINYSIM_FP_EXEC(exec_vfma);   // fused: one rounding
template <int N> TINYSIM_FP_EXEC(exec_vfms);
template <int N> TINYSIM_FP_EXEC(exec_vfnma);
template <int N> TINYSIM_FP_EXEC(exec_vfnms);
template <int N> TINYSIM_FP_EXEC(exec_vmaxnm);
template <int N> TINYSIM_FP_EXEC(exec_vminnm);
// Vd = op(Vm).
template <int N> TINYSIM_FP_EXEC(exec_vabs);
template <int N> TINYSIM_FP_EXEC(exec_vneg);
template <int N> TINYSIM_FP_EXEC(exec_vsqrt);
template <int N> TINYSIM_FP_EXEC(exec_vmov_reg);
template <int N> TINYSIM_FP_EXEC(exec_vmov_imm);   // extra = imm8 (VFPExpandImm)
// VCMP/VCMPE: extra bit 0 = E (quiet NaNs signal too), bit 1 = compare with +0.0.
template <int N> TINYSIM_FP_EXEC(exec_vcmp);
// VSEL: cond = eq/vs/ge/gt (APSR condition).
template <int N> TINYSIM_FP_EXEC(exec_vsel);
// VRINT{A,N,P,M,R,Z,X}: extra = rounding | kFpExact.
template <int N> TINYSIM_FP_EXEC(exec_vrint);
// Float to 32-bit integer (VCVT, VCVTR, VCVT{A,N,P,M}): Sd = int(Vm); extra = rounding | kFpSigned.
template <int N> TINYSIM_FP_EXEC(exec_vcvt_to_int);
// 32-bit integer to float: Vd = float(Sm); extra = kFpSigned.
template <int N> TINYSIM_FP_EXEC(exec_vcvt_from_int);
// Fixed-point <-> float in place (Vd), imm = fraction bits; extra = kFpSigned |
// kFpToFixed | kFpFixed32.
template <int N> TINYSIM_FP_EXEC(exec_vcvt_fixed);
// Single <-> double: N is the source precision.
template <int N> TINYSIM_FP_EXEC(exec_vcvt_fp);
// VCVTB/VCVTT: half (a half of Sm) -> N-bit Vd, and N-bit Vm -> a half of Sd;
// extra = kFpTop for VCVTT.
template <int N> TINYSIM_FP_EXEC(exec_vcvt_from_half);
template <int N> TINYSIM_FP_EXEC(exec_vcvt_to_half);
TINYSIM_FP_EXEC(exec_vins);    // Sd<31:16> = Sm<15:0>
TINYSIM_FP_EXEC(exec_vmovx);   // Sd = Zeros(16):Sm<31:16>

// Moves between core and FP registers. Rt = rd, Rt2 = ra, FP register in rn
// (one register) or rm (pairs).
TINYSIM_FP_EXEC(exec_vmov_to_s);      // Sn = Rt
TINYSIM_FP_EXEC(exec_vmov_from_s);    // Rt = Sn
TINYSIM_FP_EXEC(exec_vmov_to_h);      // Sn = Zeros(16):Rt<15:0>
TINYSIM_FP_EXEC(exec_vmov_from_h);    // Rt = Zeros(16):Sn<15:0>
TINYSIM_FP_EXEC(exec_vmov_to_scalar);    // Dn[extra] = Rt
TINYSIM_FP_EXEC(exec_vmov_from_scalar);  // Rt = Dn[extra]
TINYSIM_FP_EXEC(exec_vmov_to_ss);     // Sm = Rt, Sm+1 = Rt2
TINYSIM_FP_EXEC(exec_vmov_from_ss);
TINYSIM_FP_EXEC(exec_vmov_to_d);      // Dm = Rt2:Rt
TINYSIM_FP_EXEC(exec_vmov_from_d);
// VMRS/VMSR: extra = 1 FPSCR, 2 FPSCR_nzcvqc; VMRS with Rt = 15 writes APSR.NZCV.
TINYSIM_FP_EXEC(exec_vmrs);
TINYSIM_FP_EXEC(exec_vmsr);

// Loads and stores. VLDR/VSTR: [Rn (PC: literal), #+/-imm]. VLDM/VSTM: add =
// increment after (1) or decrement before (0), imm = bytes, reglist = count.
template <int N> TINYSIM_FP_EXEC(exec_vldr);
template <int N> TINYSIM_FP_EXEC(exec_vstr);
template <int N> TINYSIM_FP_EXEC(exec_vldm);
template <int N> TINYSIM_FP_EXEC(exec_vstm);
template <int N> TINYSIM_FP_EXEC(exec_vscclrm);

#undef TINYSIM_FP_EXEC

}  // namespace tinysim::armv8m
