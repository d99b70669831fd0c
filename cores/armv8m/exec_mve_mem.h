// Helium (MVE) loads and stores, predication, tail-predicated loops, lane
// moves and the scalar long shifts, from the Armv8.1-M ARM (DDI0553)
// pseudocode, checked against QEMU 7.2 (mps3-an547) except where the
// comments say QEMU differs. Encodings: mve_mem_table.cpp (loads, stores,
// VPT/VPST/VCMP/VPSEL/VPNOT, lane pairs, VLDR/VSTR of system registers),
// fp_table.cpp (VMOV lane <-> core register, VMRS/VMSR VPR and P0),
// t32_table.cpp (VCTP, DLSTP/WLSTP/LETP/LCTP, the long shifts).
//
// Operands (set by the formats):
//   VLDR/VSTR contiguous       rd = Qd, rn = Rn, imm = signed byte offset,
//                              index = P, wback = W
//   gather/scatter [Rn, Qm]    rd = Qd, rn = Rn, rm = Qm, shift_n = the
//                              "uxtw #n" offset scale (0 when absent)
//   gather/scatter [Qm, #imm]  rd = Qd, rm = Qm, imm = signed byte offset,
//                              wback = W
//   VLD2x/VLD4x, VST2x/VST4x   rd = first Q register, rn = Rn, sz = element
//                              size code, extra = pattern (the x), wback = W
//   VCMP/VPT                   rn = Qn, rm = Qm or core register Rm (15 is
//                              the zero register ZR), sz, cond = MveCond,
//                              extra = VPT mask (0: VCMP)
//   VPST                       extra = mask
//   VPSEL                      rd = Qd, rn = Qn, rm = Qm
//   VCTP                       rn = Rn, sz
//   VMOV lane                  rd = Rt, rn = D register, extra = lane index
//                              in the D register
//   VMOV lane pair             to core registers: rn = Qd, rd = Rt, ra = Rt2;
//                              to the vector: rd = Qd, rn = Rt, ra = Rt2;
//                              extra = idx (Rt pairs with lane idx + 2, Rt2
//                              with lane idx)
//   long shifts                rd = RdaLo (or Rda), ra = RdaHi, rm = Rm,
//                              imm = shift amount of the immediate forms
//
// Memory: every element access of a predicated load/store is made only for
// active elements and must be aligned to its memory size (VLDRD/VSTRD and
// VLD2x/VLD4x: 4 bytes); an unaligned one is an UNALIGNED UsageFault
// whatever CCR.UNALIGN_TRP says (Arm: "unaligned MVE load or store accesses
// are not supported"). QEMU 7.2 does not check MVE alignment.
// Inactive elements of a load are written as zero.
#pragma once

#include <cstdint>

#include "cores/armv8m/exec_mve_common.h"

namespace tinysim::armv8m {

// ---- predicates: VCMP, VPT (shared with the floating-point compares) -------

// Comparison of VCMP/VPT, in the order of the fc field (Armv8.1-M ARM, VCMP).
enum class MveCond : uint8_t { Eq, Ne, Cs, Hi, Ge, Lt, Gt, Le };

// A comparison: bit i of the result is the condition for the element that
// holds byte i (every byte of an element the same). `mask` is the
// instruction's predicate, for floating-point comparisons that raise FP
// exceptions only for active elements; the result itself is masked by
// mve_write_predicate.
using MveCompareFn = uint16_t (*)(Cpu&, const DecodedInsn&, uint16_t mask);

// The VPR update of VCMP and VPT (all element types). Pseudocode VCMP/VPT:
// VPR.P0 gets the comparison result for the bytes of active elements and 0
// for the others (a VCMP inside a VPT block ANDs its result into the
// block's predicate); then the VPT state advances as after any predicated
// instruction (VPTAdvance); then a VPT (vpt_mask != 0) starts its block:
// VPR.MASK01 = VPR.MASK23 = vpt_mask. The MASK fields are otherwise kept.
void mve_write_predicate(Cpu& c, uint16_t result, uint16_t mask, unsigned vpt_mask);

// Decode-table entry for a VCMP or VPT whose comparison is F: d.extra holds
// the VPT mask (0 for VCMP). The float helper uses it for VCMP/VPT .f16/.f32.
template <MveCompareFn F>
void mve_exec_compare(Cpu& c, const DecodedInsn& d) {
  c.check_mve_enabled();
  const uint16_t mask = c.mve_element_mask();
  mve_write_predicate(c, F(c, d, mask), mask, d.extra);
  c.count_vector_beats(mask);
}

// Integer comparisons (ESIZE bytes per element, SCALAR: the second operand is
// core register Rm, or 0 for ZR).
template <unsigned ESIZE, MveCond COND, bool SCALAR>
uint16_t mve_compare_int(Cpu& c, const DecodedInsn& d, uint16_t mask);

#define TINYSIM_MVE_MEM_EXEC(name) void name(Cpu& c, const DecodedInsn& d, uint16_t mask)

TINYSIM_MVE_MEM_EXEC(exec_mve_vpsel);   // Qd = VPR.P0 byte ? Qn : Qm, written under the mask
TINYSIM_MVE_MEM_EXEC(exec_mve_vpnot);   // VPR.P0 = NOT VPR.P0 (0 for inactive elements)
TINYSIM_MVE_MEM_EXEC(exec_mve_vctp);    // VPR.P0 = the first Rn elements (0 for inactive ones)
void exec_mve_vpst(Cpu& c, const DecodedInsn& d);   // MASK01 = MASK23 = mask; not predicated

// ---- loads and stores ------------------------------------------------------

// Contiguous VLDR: MSIZE bytes in memory per element, ESIZE in the register
// (widening when MSIZE < ESIZE, SIGNED: sign extension).
template <unsigned MSIZE, unsigned ESIZE, bool SIGNED> TINYSIM_MVE_MEM_EXEC(exec_mve_vldr);
// Contiguous VSTR (narrowing when MSIZE < ESIZE: the low bytes).
template <unsigned MSIZE, unsigned ESIZE> TINYSIM_MVE_MEM_EXEC(exec_mve_vstr);
// Gather load / scatter store with a vector of offsets: element e at
// Rn + (Qm[e] << shift_n); Qm elements are ESIZE wide (VLDRD/VSTRD: the low
// word of each 64-bit element, accessed as two predicated words).
template <unsigned MSIZE, unsigned ESIZE, bool SIGNED> TINYSIM_MVE_MEM_EXEC(exec_mve_gather);
template <unsigned MSIZE, unsigned ESIZE> TINYSIM_MVE_MEM_EXEC(exec_mve_scatter);
// Gather/scatter with a vector of bases: element e at Qm[e] + imm (MSIZE 4
// or 8); with W, Qm[e] = Qm[e] + imm for every element, active or not (QEMU
// 7.2 does the same; for 64-bit elements only the low word is written).
template <unsigned MSIZE> TINYSIM_MVE_MEM_EXEC(exec_mve_gather_base);
template <unsigned MSIZE> TINYSIM_MVE_MEM_EXEC(exec_mve_scatter_base);
// VLD2x/VLD4x and VST2x/VST4x (N registers): four word accesses that move
// the part of an N-way (de)interleave given by the pattern; not predicated.
template <unsigned N> void exec_mve_vld_interleave(Cpu& c, const DecodedInsn& d);
template <unsigned N> void exec_mve_vst_interleave(Cpu& c, const DecodedInsn& d);
// VLDR/VSTR of the system registers FPSCR, FPSCR_nzcvqc, VPR, P0 (d.extra =
// the register number of VMRS: 1, 2, 12, 13): [Rn, #+/-imm]{!} or [Rn], #+/-imm.
void exec_mve_vldr_sysreg(Cpu& c, const DecodedInsn& d);
void exec_mve_vstr_sysreg(Cpu& c, const DecodedInsn& d);

// ---- moves between vector lanes and core registers (not predicated) -------

// VMOV.<size> Dn[x], Rt and VMOV.<dt> Rt, Dn[x] (ESIZE 1, 2: MVE; 4: also
// FPv5): the lane of a D register (D0-D15, two per Q register).
template <unsigned ESIZE> void exec_mve_vmov_to_lane(Cpu& c, const DecodedInsn& d);
template <unsigned ESIZE, bool SIGNED> void exec_mve_vmov_from_lane(Cpu& c, const DecodedInsn& d);
// VMOV Rt, Rt2, Qd[idx+2], Qd[idx] and VMOV Qd[idx+2], Qd[idx], Rt, Rt2.
// QEMU 7.2 swaps the lanes (Rt with lane idx); GNU as, LLVM and GCC's
// vcreateq pair Rt with lane idx + 2, which this model follows.
void exec_mve_vmov_lanes_to_core(Cpu& c, const DecodedInsn& d);
void exec_mve_vmov_lanes_from_core(Cpu& c, const DecodedInsn& d);
// VMRS Rt, VPR / P0 and VMSR VPR / P0, Rt. VPR needs privilege (QEMU: an
// unprivileged access does nothing); P0 does not.
void exec_mve_vmrs_vpr(Cpu& c, const DecodedInsn& d);
void exec_mve_vmrs_p0(Cpu& c, const DecodedInsn& d);
void exec_mve_vmsr_vpr(Cpu& c, const DecodedInsn& d);
void exec_mve_vmsr_p0(Cpu& c, const DecodedInsn& d);

// ---- tail-predicated low-overhead loops (exec_branch.cpp) ------------------
// DLSTP.<size> LR, Rn: LR = Rn, FPSCR.LTPSIZE = size (d.sz).
void exec_dlstp(Cpu& c, const DecodedInsn& d);
// WLSTP.<size> LR, Rn, label: Rn == 0 branches (d.imm forward) and changes
// nothing else; otherwise as DLSTP.
void exec_wlstp(Cpu& c, const DecodedInsn& d);
// LETP LR, label: while LR > elements per vector (1 << (4 - LTPSIZE)), LR -=
// that and branch back (d.imm, negative); else LTPSIZE = 4 and fall through.
void exec_letp(Cpu& c, const DecodedInsn& d);
// LCTP: FPSCR.LTPSIZE = 4.
void exec_lctp(Cpu& c, const DecodedInsn& d);
// LTPSIZE() of the pseudocode: FPSCR.LTPSIZE while the FP context is active
// (CP10 enabled and no new FP context pending: !(FPCCR.ASPEN && !CONTROL.FPCA)),
// otherwise 4.
unsigned mve_ltpsize(Cpu& c);

// ---- scalar long shifts (one or two core registers) ------------------------

enum class LongShiftOp : uint8_t {
  Lsll, Lsrl, Asrl,          // plain shifts of RdaHi:RdaLo (register form: signed amount)
  Uqshll, Urshrl, Srshrl, Sqshll,
  Uqrshll64, Uqrshll48, Sqrshrl64, Sqrshrl48,
  Uqshl, Urshr, Srshr, Sqshl,   // one register (Rda)
  Uqrshl, Sqrshr,
};
// Immediate amount (d.imm) or register amount (SInt(Rm<7:0>)).
template <LongShiftOp OP> void exec_long_shift_imm(Cpu& c, const DecodedInsn& d);
template <LongShiftOp OP> void exec_long_shift_reg(Cpu& c, const DecodedInsn& d);

// UNDEFINED encodings of this family (a Q register above 7, SP/PC where the
// pseudocode says UNPREDICTABLE and QEMU UNDEFs, unallocated sizes).
void exec_mve_mem_undefined(Cpu& c, const DecodedInsn& d);

#undef TINYSIM_MVE_MEM_EXEC

}  // namespace tinysim::armv8m
