/*
 * MVE integer one-operand instructions through the ACLE intrinsics: VABS,
 * VNEG, VQABS, VQNEG (with FPSCR.QC), VCLS, VCLZ, VREV16/32/64 and VBRSR,
 * for every element size, plain and with the predicated _m and _x forms
 * (for _x only the active bytes are printed). Inputs as in int_addsub.c.
 *
 * EXPECT_EXIT: 0
 */
#include <arm_mve.h>

#include "difftest.h"

#define MVE_HARNESS_SETS
#include "mve_harness.h"

#define UN_SAT(op, sfx)                                                                       \
  for (int s = 0; s < NSETS; s++) {                                                           \
    qc_clear();                                                                               \
    ST(sfx, op##_##sfx(LD(sfx, in_a[s])));                                                     \
    show(#op "_" #sfx, s, 0xffff); show_qc();                                                  \
    qc_clear();                                                                               \
    ST(sfx, op##_m_##sfx(LD(sfx, in_c[s]), LD(sfx, in_a[s]), preds[s]));                       \
    show(#op "_m_" #sfx, s, 0xffff); show_qc();                                                \
  }

/* VBRSR: bits to keep from a core register (0, 1..esize, beyond) */
#define BRSR(sfx)                                                                             \
  for (int s = 0; s < NSETS; s++) {                                                           \
    static const int32_t keep[NSETS] = {0, 3, 16, 300};                                       \
    ST(sfx, vbrsrq_n_##sfx(LD(sfx, in_a[s]), keep[s]));                                        \
    show("vbrsrq_n_" #sfx, s, 0xffff);                                                        \
    ST(sfx, vbrsrq_m_n_##sfx(LD(sfx, in_c[s]), LD(sfx, in_a[s]), keep[(s + 1) % NSETS], preds[s])); \
    show("vbrsrq_m_n_" #sfx, s, 0xffff);                                                      \
    ST(sfx, vbrsrq_x_n_##sfx(LD(sfx, in_a[s]), (int32_t)SC(s32, s), preds[s]));               \
    show("vbrsrq_x_n_" #sfx, s, preds[s]);                                                    \
  }

int main(void)
{
  make_inputs(0x1234567u);
  SIGNED3(UN, vabsq)
  SIGNED3(UN, vnegq)
  SIGNED3(UN_SAT, vqabsq)
  SIGNED3(UN_SAT, vqnegq)
  SIGNED3(UN, vclsq)
  ALL6(UN, vclzq)
  UN(vrev16q, s8) UN(vrev16q, u8)
  UN(vrev32q, s8) UN(vrev32q, u8) UN(vrev32q, s16) UN(vrev32q, u16)
  ALL6(UN, vrev64q)
  BRSR(s8) BRSR(s16) BRSR(s32) BRSR(u8) BRSR(u16) BRSR(u32)
  printf("total %08lx\n", (unsigned long)total);
  return 0;
}
