// Helium floating-point (MVE-F) semantics: .f16 and .f32 vectors.
// Referenced by mve_fp_table.cpp; see exec_mve.h for the predication model.
//
// Controlling FPSCR value: every instruction here computes with the Arm ARM's
// StandardFPSCRValue() (default NaN, flush-to-zero, round to nearest, AHP and
// FZ16 from the FPSCR; softfp::standard_fpscr_value), not with the FPSCR's
// own RMode/FZ/DN, as Advanced SIMD does on A-profile; the cumulative
// exception flags still accumulate into FPSCR. QEMU 7.2 does the same
// (standard_fp_status / standard_fp_status_f16), checked with a probe program:
// RMode, FZ and DN have no effect on VADD/VMUL/VCVT/VRINTX, FZ16 has.
//
// Exceptions: a lane raises its flags only when its lowest byte is active
// (the pseudocode's elmtMask test); a partly predicated lane still writes
// its active bytes. Fully predicated-out lanes are not computed.
//
// Operands (set by the formats of mve_fp_table.cpp):
//   rd, rn, rm  Q register numbers 0..7; rm is the core register Rm of the
//               vector-by-scalar forms and of VCMP/VPT with a scalar
//   ra          Rda of VMAXNMV/VMINNMV/VMAXNMAV/VMINNMAV
//   sz          element size code: 1 = .f16, 2 = .f32
//   imm         VCVT fixed-point fraction bits; VCADD/VCMLA/VCMUL rotation
//               in degrees
//   extra       VCMP 0 / VPT mask (Mk, 4 bits), as the integer compares
//   cond        VCMP/VPT condition as an Arm condition code (eq ne ge lt gt le)
#pragma once

#include "cores/armv8m/exec_mve_common.h"
#include "cores/armv8m/exec_mve_mem.h"

namespace tinysim::armv8m {

// Lane-wise operations of two vectors, or of a vector and a scalar.
enum class MveFpOp : uint8_t {
  Add,      // VADD
  Sub,      // VSUB
  Mul,      // VMUL
  Abd,      // VABD: |a - b|
  MaxNm,    // VMAXNM
  MinNm,    // VMINNM
  MaxNmA,   // VMAXNMA: maxNum(|Qda|, |Qm|)
  MinNmA,   // VMINNMA
  Fma,      // VFMA: Qda + a * b, one rounding
  Fms,      // VFMS: Qda - a * b
  Fmas,     // VFMAS (scalar only): Qda * Qn + Rm
};

// Qd = op(Qn, Qm) (VMAXNMA/VMINNMA: Qda, Qm).
template <int N, MveFpOp Op> void exec_mve_fp_vector(Cpu& c, const DecodedInsn& d, uint16_t mask);
// Qd = op(Qn, Rm<N-1:0>).
template <int N, MveFpOp Op> void exec_mve_fp_scalar(Cpu& c, const DecodedInsn& d, uint16_t mask);
// VABS, VNEG (sign bit only, no exceptions).
template <int N, bool Negate> void exec_mve_fp_abs_neg(Cpu& c, const DecodedInsn& d, uint16_t mask);
// VCADD with rotation Rot (90, 270).
template <int N, int Rot> void exec_mve_fp_vcadd(Cpu& c, const DecodedInsn& d, uint16_t mask);
// VCMUL (Accumulate = false) and VCMLA (true); rotation in d.imm.
template <int N, bool Accumulate> void exec_mve_fp_vcmla(Cpu& c, const DecodedInsn& d, uint16_t mask);
// VMAXNMV/VMINNMV/VMAXNMAV/VMINNMAV: Rda = max/min across the active lanes.
template <int N, bool Max, bool Abs> void exec_mve_fp_maxmin_across(Cpu& c, const DecodedInsn& d, uint16_t mask);

// VCMP/VPT against a vector (Scalar = false) or Rm (Rm = 15: zero): the
// condition of every lane with an active byte, as one bit per byte; the
// predicate write (VPR.P0, VPT advance, VPT mask in d.extra) is
// mve_exec_compare / mve_write_predicate of exec_mve_mem.h, shared with
// the integer compares.
template <int N, bool Scalar> uint16_t exec_mve_fp_compare(Cpu& c, const DecodedInsn& d, uint16_t mask);

// Conversions between floating point and integers.
enum class MveFpRound : uint8_t {
  TieAway, TieEven, PosInf, NegInf,  // VCVTA/VCVTN/VCVTP/VCVTM, VRINTA/N/P/M
  Zero,                              // VCVT to integer, VRINTZ
  Exact,                             // VRINTX: the standard value's rounding (nearest), Inexact signalled
};
// VCVT float -> integer (Round = Zero; d.imm fraction bits, 0 for plain
// integers) and VCVTA/N/P/M (d.imm = 0).
template <int N, bool Unsigned, MveFpRound Round> void exec_mve_fp_to_int(Cpu& c, const DecodedInsn& d, uint16_t mask);
// VCVT integer / fixed point (d.imm fraction bits) -> float, round to nearest.
template <int N, bool Unsigned> void exec_mve_fp_from_int(Cpu& c, const DecodedInsn& d, uint16_t mask);
// VRINTN/X/A/Z/M/P.
template <int N, MveFpRound Round> void exec_mve_fp_vrint(Cpu& c, const DecodedInsn& d, uint16_t mask);
// VCVTB/VCVTT .f16.f32 (ToHalf) and .f32.f16; Top selects the odd halves.
template <bool ToHalf, bool Top> void exec_mve_fp_vcvt_half(Cpu& c, const DecodedInsn& d, uint16_t mask);


}  // namespace tinysim::armv8m
