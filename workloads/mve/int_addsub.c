/*
 * MVE integer add/subtract family through the ACLE intrinsics: VADD, VSUB
 * (vector and scalar), VHADD, VRHADD, VHSUB (halving), VQADD, VQSUB
 * (saturating, with FPSCR.QC), VABD, VMAX, VMIN, VMAXA, VMINA, VCADD and
 * VHCADD, for every element size, signed and unsigned, plain and with the
 * predicated _m (inactive lanes from another vector) and _x (inactive lanes
 * undefined: only the active bytes are printed) forms.
 *
 * Inputs: 4 sets of vectors (random bytes; edge values 0, 1, the signed and
 * unsigned extremes; a mix; small values), a scalar and a predicate per set
 * (all lanes, partial masks that split 16- and 32-bit elements, a VCMP
 * result). Each result prints its 16 bytes; the last line is a hash of all.
 *
 * EXPECT_EXIT: 0
 */
#include <arm_mve.h>

#include "difftest.h"

#define MVE_HARNESS_SETS
#include "mve_harness.h"

/* Qd = op(Qn, Rm): plain, _m, _x */
#define BIN_N(op, sfx)                                                                        \
  for (int s = 0; s < NSETS; s++) {                                                           \
    ST(sfx, op##_n_##sfx(LD(sfx, in_a[s]), SC(sfx, s)));                                       \
    show(#op "_n_" #sfx, s, 0xffff);                                                          \
    ST(sfx, op##_m_n_##sfx(LD(sfx, in_c[s]), LD(sfx, in_a[s]), SC(sfx, s), preds[s]));         \
    show(#op "_m_n_" #sfx, s, 0xffff);                                                        \
    ST(sfx, op##_x_n_##sfx(LD(sfx, in_a[s]), SC(sfx, s), preds[s]));                           \
    show(#op "_x_n_" #sfx, s, preds[s]);                                                      \
  }

/* Saturating: plain and _m (vector and scalar), each with FPSCR.QC */
#define SAT(op, sfx)                                                                          \
  for (int s = 0; s < NSETS; s++) {                                                           \
    qc_clear();                                                                               \
    ST(sfx, op##_##sfx(LD(sfx, in_a[s]), LD(sfx, in_b[s])));                                   \
    show(#op "_" #sfx, s, 0xffff); show_qc();                                                  \
    qc_clear();                                                                               \
    ST(sfx, op##_m_##sfx(LD(sfx, in_c[s]), LD(sfx, in_a[s]), LD(sfx, in_b[s]), preds[s]));     \
    show(#op "_m_" #sfx, s, 0xffff); show_qc();                                                \
    qc_clear();                                                                               \
    ST(sfx, op##_n_##sfx(LD(sfx, in_a[s]), SC(sfx, s)));                                       \
    show(#op "_n_" #sfx, s, 0xffff); show_qc();                                                \
    qc_clear();                                                                               \
    ST(sfx, op##_m_n_##sfx(LD(sfx, in_c[s]), LD(sfx, in_a[s]), SC(sfx, s), preds[s]));         \
    show(#op "_m_n_" #sfx, s, 0xffff); show_qc();                                              \
  }

/* VMAXA/VMINA: Qda unsigned, Qm signed */
#define MAXA(op, bits)                                                                        \
  for (int s = 0; s < NSETS; s++) {                                                           \
    ST(u##bits, op##_s##bits(LD(u##bits, in_a[s]), LD(s##bits, in_b[s])));                     \
    show(#op "_s" #bits, s, 0xffff);                                                          \
    ST(u##bits, op##_m_s##bits(LD(u##bits, in_a[s]), LD(s##bits, in_b[s]), preds[s]));         \
    show(#op "_m_s" #bits, s, 0xffff);                                                        \
  }

int main(void)
{
  make_inputs(0x1234567u);
  ALL6(BIN, vaddq)
  ALL6(BIN_N, vaddq)
  ALL6(BIN, vsubq)
  ALL6(BIN_N, vsubq)
  ALL6(BIN, vhaddq)
  ALL6(BIN_N, vhaddq)
  ALL6(BIN, vrhaddq)
  ALL6(BIN, vhsubq)
  ALL6(BIN_N, vhsubq)
  ALL6(SAT, vqaddq)
  ALL6(SAT, vqsubq)
  ALL6(BIN, vabdq)
  ALL6(BIN, vmaxq)
  ALL6(BIN, vminq)
  MAXA(vmaxaq, 8) MAXA(vmaxaq, 16) MAXA(vmaxaq, 32)
  MAXA(vminaq, 8) MAXA(vminaq, 16) MAXA(vminaq, 32)
  ALL6(BIN, vcaddq_rot90)
  ALL6(BIN, vcaddq_rot270)
  SIGNED3(BIN, vhcaddq_rot90)
  SIGNED3(BIN, vhcaddq_rot270)
  printf("total %08lx\n", (unsigned long)total);
  return 0;
}
