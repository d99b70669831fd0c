// Helium (MVE) integer data processing without multiplies (mve_int_table.cpp),
// from the Armv8.1-M ARM (DDI0553) pseudocode: add/subtract (plain, halving,
// rounding-halving, saturating), logic, immediate moves, VDUP, min/max,
// absolute values, bit counts, reversals, every shift (vector, scalar,
// immediate, narrowing, widening, with carry), narrowing moves, add/subtract
// with carry, VIDUP and friends, and the integer complex adds.
//
// Template parameters: T is the element type (its signedness is the
// instruction's <dt>), W/N the wide and narrow types of the widening and
// narrowing forms, TOP picks the odd (T) rather than even (B) narrow elements.
//
// Operands (set by the formats of mve_int_table.cpp):
//   vector forms              rd = Qd, rn = Qn, rm = Qm (0..7)
//   vector-scalar forms       rd = Qd, rn = Qn, rm = core register Rm
//   shifts by scalar          rd = Qda, rm = core register Rm
//   immediate shifts          rd = Qd, rm = Qm, imm = shift amount
//   immediate moves           rd = Qd, imm = the element value of <imm>
//                             (VMOV.I64: extra = imm8)
//   VDUP                      rd = Qd, rm = Rt
//   VSHLC                     rd = Qd, ra = Rdm, imm = 1..32
//   VIDUP/VDDUP/VIWDUP/VDWDUP rd = Qd, rn = Rn, ra = Rm (wrap), imm = 1, 2, 4, 8
//
// Every function receives the predicate byte mask (mve_exec): lanes whose
// mask bit (of the element's lowest byte) is clear keep their value and do
// not set FPSCR.QC. The four beats run at once: results are computed in full
// before Qd is written, and the instructions that carry state from one beat
// to the next (VADC, VSHLC, VIDUP) walk the elements in beat order.
#pragma once

#include <cstdint>

#include "cores/armv8m/exec_mve_common.h"

namespace tinysim::armv8m {

#define TINYSIM_MVE_INT_EXEC(name) void name(Cpu& c, const DecodedInsn& d, uint16_t mask)

// ---- two vectors: Qd = op(Qn, Qm) ------------------------------------------
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vadd);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vsub);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vhadd);    // (n + m) >> 1
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vrhadd);   // (n + m + 1) >> 1
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vhsub);    // (n - m) >> 1
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vqadd);    // saturating
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vqsub);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vmax);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vmin);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vabd);     // |n - m|
// Shift Qm by the signed low byte of each Qn element (negative: right).
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vshl_vec);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vrshl_vec);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vqshl_vec);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vqrshl_vec);
// VCADD.I / VHCADD.S #90 (ROT270 false) and #270 on element pairs (re, im).
template <typename T, bool ROT270> TINYSIM_MVE_INT_EXEC(exec_vcadd);
template <typename T, bool ROT270> TINYSIM_MVE_INT_EXEC(exec_vhcadd);
// Whole-vector logic (no element size).
TINYSIM_MVE_INT_EXEC(exec_vand);
TINYSIM_MVE_INT_EXEC(exec_vbic);
TINYSIM_MVE_INT_EXEC(exec_vorr);   // also VMOV Qd, Qm (Qn == Qm)
TINYSIM_MVE_INT_EXEC(exec_vorn);
TINYSIM_MVE_INT_EXEC(exec_veor);
// VADC/VADCI/VSBC/VSBCI: 32-bit add (SUB: Qn + NOT Qm) with the carry chained
// through the active elements, carry in from FPSCR.C (INIT: 0, SUB|INIT: 1),
// carry out to FPSCR.C with N, Z, V cleared.
template <bool SUB, bool INIT> TINYSIM_MVE_INT_EXEC(exec_vadc);

// ---- vector and core register: Qd = op(Qn, Rm<esize-1:0>) -----------------
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vadd_scalar);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vsub_scalar);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vhadd_scalar);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vhsub_scalar);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vqadd_scalar);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vqsub_scalar);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vbrsr);    // bit reverse, keep Rm<7:0> bits
// Qda shifted by the signed Rm<7:0>.
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vshl_scalar);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vrshl_scalar);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vqshl_scalar);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vqrshl_scalar);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vdup);     // every element = Rt<esize-1:0>

// ---- one vector: Qd = op(Qm) ----------------------------------------------
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vabs);     // wraps at the most negative value
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vneg);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vqabs);    // saturating
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vqneg);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vcls);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vclz);
// VREV16/32/64: elements of type T reversed inside containers of C.
template <typename C, typename T> TINYSIM_MVE_INT_EXEC(exec_vrev);
TINYSIM_MVE_INT_EXEC(exec_vmvn);
// VMAXA/VMINA: Qda = max/min(UInt(Qda), |SInt(Qm)|); T is the signed type.
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vmaxa);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vmina);

// ---- shifts by immediate (d.imm) -------------------------------------------
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vshl_imm);   // 0..esize-1
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vshr_imm);   // 1..esize (arithmetic for signed T)
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vrshr_imm);  // 1..esize, rounding
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vqshl_imm);  // 0..esize-1, saturating
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vqshlu_imm); // signed T, unsigned saturation
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vsli);       // shift left and insert, 0..esize-1
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vsri);       // shift right and insert, 1..esize
// VSHLL{B,T} / VMOVL{B,T}: the even (B) or odd (T) elements of type N,
// extended to twice their width and shifted left by 0..esize.
template <typename N, bool TOP> TINYSIM_MVE_INT_EXEC(exec_vshll);
// VSHRN/VRSHRN{B,T}: elements of W shifted right by 1..esize(N) (ROUND:
// rounding), truncated into the even (B) or odd (T) elements of Qd.
template <typename W, bool TOP, bool ROUND> TINYSIM_MVE_INT_EXEC(exec_vshrn);
// VQSHRN/VQRSHRN/VQSHRUN/VQRSHRUN{B,T}: the same, saturated to the range of
// N (signed N: .S forms; unsigned N with signed W: the ...UN forms).
template <typename W, typename N, bool TOP, bool ROUND> TINYSIM_MVE_INT_EXEC(exec_vqshrn);
// VMOVN{B,T}: truncation; VQMOVN/VQMOVUN{B,T}: saturation to the range of N.
template <typename W, bool TOP> TINYSIM_MVE_INT_EXEC(exec_vmovn);
template <typename W, typename N, bool TOP> TINYSIM_MVE_INT_EXEC(exec_vqmovn);
// VSHLC Qd, Rdm, #imm: the whole vector shifted left by imm through the
// 32-bit elements, Rdm's low bits shifted in, the bits shifted out to Rdm.
TINYSIM_MVE_INT_EXEC(exec_vshlc);

// ---- immediates (d.imm = the element value, see the formats) ----------------
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vmov_imm);   // also VMOV.F32 (T = uint32_t)
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vmvn_imm);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vorr_imm);
template <typename T> TINYSIM_MVE_INT_EXEC(exec_vbic_imm);
TINYSIM_MVE_INT_EXEC(exec_vmov_imm64);   // each bit of imm8 (d.extra) gives a byte of 0x00/0xFF

// ---- incrementing and decrementing duplicates -------------------------------
// VIDUP/VDDUP (DEC) Qd, Rn, #imm: elements Rn, Rn +/- imm, ...; Rn advances.
template <typename T, bool DEC> TINYSIM_MVE_INT_EXEC(exec_vidup);
// VIWDUP/VDWDUP: the same with the offset wrapping at Rm (d.ra).
template <typename T, bool DEC> TINYSIM_MVE_INT_EXEC(exec_viwdup);

// Encodings the architecture makes UNDEFINED or UNPREDICTABLE (Q register
// numbers above 7, SP/PC as a core register operand): the formats of
// mve_int_table.cpp put these in d.exec; they raise UsageFault UNDEFINSTR.
void exec_mve_int_unallocated(Cpu& c, const DecodedInsn& d);   // UNDEF_* lines of the table

#undef TINYSIM_MVE_INT_EXEC

}  // namespace tinysim::armv8m
