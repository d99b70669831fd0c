// DSP-extension semantics (Armv8-M ARM DDI0553, the instructions marked "DSP
// extension"): parallel (SIMD32) add/subtract, saturating arithmetic, SEL,
// USAD8/USADA8, the signed DSP multiplies and PKHBT/PKHTB. Decoded by
// dsp_table.cpp. SSAT16/USAT16 and the B16 extends live in exec_alu.cpp.
//
// Operand conventions (DecodedInsn):
//   rd, rn, rm, ra  as in the encoding (ra = Ra, the accumulator)
//   long forms (SMLALD, SMLALxy, ...): rd = RdLo, ra = RdHi
//   PKH: shift_n = decoded shift amount (LSL 0..31 / ASR 1..32)
#pragma once

#include "cores/armv8m/exec_common.h"

namespace tinysim::armv8m {

// Parallel add/subtract: prefix x operation (Arm ARM names).
enum class ParKind : uint8_t {
  S,   // signed, modulo, sets APSR.GE
  Q,   // signed saturating
  SH,  // signed halving
  U,   // unsigned, modulo, sets APSR.GE
  UQ,  // unsigned saturating
  UH,  // unsigned halving
};
enum class ParOp : uint8_t { Add16, Asx, Sax, Sub16, Add8, Sub8 };

template <ParKind K, ParOp OP> void exec_parallel(Cpu& c, const DecodedInsn& d);

// QADD/QSUB/QDADD/QDSUB: Rd = sat(Rm +/- [sat(2 *)] Rn), APSR.Q on saturation.
template <bool SUB, bool DOUBLE> void exec_qaddsub(Cpu& c, const DecodedInsn& d);

void exec_sel(Cpu& c, const DecodedInsn& d);
// USAD8 (ACC = false) / USADA8.
template <bool ACC> void exec_usad8(Cpu& c, const DecodedInsn& d);

// SMLAD/SMLSD/SMUAD/SMUSD{X}: SUB = dual subtract, X = Rm halves swapped,
// ACC = accumulate Ra.
template <bool SUB, bool X, bool ACC> void exec_smlad(Cpu& c, const DecodedInsn& d);
// SMLALD/SMLSLD{X}: 64-bit accumulate in RdHi:RdLo.
template <bool SUB, bool X> void exec_smlald(Cpu& c, const DecodedInsn& d);
// SMULxy / SMLAxy: NT = top half of Rn, MT = top half of Rm.
template <bool NT, bool MT, bool ACC> void exec_smlaxy(Cpu& c, const DecodedInsn& d);
// SMLALxy.
template <bool NT, bool MT> void exec_smlalxy(Cpu& c, const DecodedInsn& d);
// SMULWy / SMLAWy.
template <bool MT, bool ACC> void exec_smlawy(Cpu& c, const DecodedInsn& d);

// SMMUL / SMMLA / SMMLS, R = rounding.
enum class MostSig : uint8_t { Mul, Mla, Mls };
template <MostSig OP, bool ROUND> void exec_smmul(Cpu& c, const DecodedInsn& d);

// PKHBT (TB = false) / PKHTB.
template <bool TB> void exec_pkh(Cpu& c, const DecodedInsn& d);

}  // namespace tinysim::armv8m
