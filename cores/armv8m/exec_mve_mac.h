// Helium (MVE) integer multiplies, multiply-accumulates and across-vector
// reductions (mve_mac_table.cpp), from the Armv8.1-M ARM (DDI0553) pseudocode.
//
// Template parameters: SZ is the element size code (0 = 8, 1 = 16, 2 = 32
// bits; for the widening multiplies the size of the source elements) and F a
// set of kMac* flags fixed by the table line (one line per mnemonic variant).
//
// Operands (set by the formats of mve_mac_table.cpp):
//   vector forms     rd = Qd/Qda, rn = Qn, rm = Qm (0..7)
//   vector-scalar    rd = Qd/Qda, rn = Qn, rm = core register Rm
//   reductions       rd = Rda / RdaLo, ra = RdaHi, rn = Qn, rm = Qm
//
// Every function receives the predicate byte mask (mve_exec): lanes whose
// mask bit (of the element's lowest byte) is clear keep their value, do not
// take part in an accumulation and do not set FPSCR.QC. The four beats run at
// once: a result is computed in full before Qd is written, which is what the
// beat-by-beat pseudocode gives for every register overlap the architecture
// allows (the overlaps it does not allow are decoded as UNDEFINED).
#pragma once

#include <cstdint>

#include "cores/armv8m/exec_mve_common.h"

namespace tinysim::armv8m {

enum : unsigned {
  kMacUnsigned = 1u << 0,   // U: unsigned elements
  kMacTop = 1u << 1,        // T: odd (top) source elements of a widening multiply
  kMacRound = 1u << 2,      // R: rounding (VRMULH, VQRDMULH, VQRDMLAH, VQRDMLADH, ...)
  kMacExchange = 1u << 3,   // X: pairs of Qn elements swapped
  kMacSubtract = 1u << 4,   // odd products subtracted (VMLSDAV, VQDMLSDH, ...)
  kMacAccumulate = 1u << 5, // A: start from Rda (or RdaHi:RdaLo) instead of 0
  kMacMin = 1u << 6,        // VMINV/VMINAV instead of VMAXV/VMAXAV
  kMacScalarAdd = 1u << 7,  // VQDMLASH/VQRDMLASH: Qda * Qn + (Rm << esize)
};

#define TINYSIM_MVE_MAC_EXEC(name) void name(Cpu& c, const DecodedInsn& d, uint16_t mask)

// ---- element-wise multiplies: Qd = op(Qn, Qm or Rm) ------------------------
template <unsigned SZ> TINYSIM_MVE_MAC_EXEC(exec_vmul_vec);          // VMUL.I<n> Qd, Qn, Qm
template <unsigned SZ> TINYSIM_MVE_MAC_EXEC(exec_vmul_scalar);       // VMUL.I<n> Qd, Qn, Rm
template <unsigned SZ, unsigned F> TINYSIM_MVE_MAC_EXEC(exec_vmulh); // VMULH / VRMULH (F: U, R)
// VMULL{B,T}.<S,U><n>: double-width products of the even (B) or odd (T) elements.
template <unsigned SZ, unsigned F> TINYSIM_MVE_MAC_EXEC(exec_vmull);
// VMULL{B,T}.P8 (SZ 0) / .P16 (SZ 1): carry-less (polynomial) products.
template <unsigned SZ, unsigned F> TINYSIM_MVE_MAC_EXEC(exec_vmullp);
// VQDMULH / VQRDMULH: saturating doubling multiply returning the high half.
template <unsigned SZ, unsigned F> TINYSIM_MVE_MAC_EXEC(exec_vqdmulh_vec);
template <unsigned SZ, unsigned F> TINYSIM_MVE_MAC_EXEC(exec_vqdmulh_scalar);
// VQDMULL{B,T}.S16 (SZ 1) / .S32 (SZ 2): saturating doubling widening multiply.
template <unsigned SZ, unsigned F> TINYSIM_MVE_MAC_EXEC(exec_vqdmull_vec);
template <unsigned SZ, unsigned F> TINYSIM_MVE_MAC_EXEC(exec_vqdmull_scalar);

// ---- multiply-accumulate into Qda ---------------------------------------
template <unsigned SZ> TINYSIM_MVE_MAC_EXEC(exec_vmla_scalar);       // Qda = Qda + Qn * Rm
template <unsigned SZ> TINYSIM_MVE_MAC_EXEC(exec_vmlas_scalar);      // Qda = Qda * Qn + Rm
// VQ{R}DMLAH (Qn * Rm + Qda << esize) and VQ{R}DMLASH (F has kMacScalarAdd:
// Qda * Qn + Rm << esize): doubled, rounded (R), saturated, high half.
template <unsigned SZ, unsigned F> TINYSIM_MVE_MAC_EXEC(exec_vqdmlah);
// VQ{R}DML{A,S}DH{X}: dual multiply of element pairs, doubled, rounded (R),
// saturated, high half into the even (or, with X, the odd) element of each pair.
template <unsigned SZ, unsigned F> TINYSIM_MVE_MAC_EXEC(exec_vqdmladh);

// ---- across-vector reductions into core registers -----------------------
// VMLADAV{A}{X} / VMLSDAV{A}{X}: Rda = [Rda +] sum of products (32 bits, wrapping).
template <unsigned SZ, unsigned F> TINYSIM_MVE_MAC_EXEC(exec_vmladav);
// VMLALDAV{A}{X} / VMLSLDAV{A}{X}: RdaHi:RdaLo = [RdaHi:RdaLo +] sum of products (64 bits).
template <unsigned SZ, unsigned F> TINYSIM_MVE_MAC_EXEC(exec_vmlaldav);
// VRMLALDAVH{A}{X} / VRMLSLDAVH{A}{X} (32-bit elements): a 72-bit accumulator
// whose top 64 bits live in RdaHi:RdaLo; rounded at the end of every beat.
template <unsigned F> TINYSIM_MVE_MAC_EXEC(exec_vrmlaldavh);
template <unsigned SZ, unsigned F> TINYSIM_MVE_MAC_EXEC(exec_vabav);   // Rda += sum |Qn - Qm|
template <unsigned SZ, unsigned F> TINYSIM_MVE_MAC_EXEC(exec_vaddv);   // Rda = [Rda +] sum Qm
template <unsigned F> TINYSIM_MVE_MAC_EXEC(exec_vaddlv);               // RdaHi:RdaLo = [.. +] sum Qm (32-bit)
// VMAXV/VMINV: Rda = max/min(Rda<esize-1:0>, elements), extended to 32 bits.
template <unsigned SZ, unsigned F> TINYSIM_MVE_MAC_EXEC(exec_vmaxv);
// VMAXAV/VMINAV: Rda = max/min(UInt(Rda<esize-1:0>), |elements|).
template <unsigned SZ, unsigned F> TINYSIM_MVE_MAC_EXEC(exec_vmaxav);

// Encodings the architecture makes UNDEFINED or UNPREDICTABLE (Q register
// numbers above 7, SP/PC operands, forbidden register overlaps, the exchange
// forms of the unsigned dual multiplies): the formats and UNDEF lines of
// mve_mac_table.cpp put these in d.exec; they raise UsageFault UNDEFINSTR.
void exec_mve_mac_overlap_undefined(Cpu& c, const DecodedInsn& d);
void exec_mve_mac_unsigned_exchange_undefined(Cpu& c, const DecodedInsn& d);

#undef TINYSIM_MVE_MAC_EXEC

}  // namespace tinysim::armv8m
