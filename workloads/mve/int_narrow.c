/*
 * MVE widening and narrowing through the ACLE intrinsics: VSHLL and VMOVL
 * (bottom/top), VSHRN, VRSHRN, VQSHRN, VQRSHRN, VQSHRUN, VQRSHRUN
 * (bottom/top, immediates at both ends of their range), VMOVN, VQMOVN,
 * VQMOVUN (bottom/top), signed and unsigned, plain and predicated (_m, and
 * _x where ACLE has it; for _x only the active bytes are printed), with
 * FPSCR.QC after the saturating ones. binutils 2.40 assembles vqshrn{b,t}
 * as vqrshrn{b,t} and vqshrun{b,t} as vqrshrun{b,t}, so here those calls
 * run the rounding instructions (int_encodings.c has the real ones).
 *
 * EXPECT_EXIT: 0
 */
#include <arm_mve.h>

#include "difftest.h"

#define MVE_HARNESS_SETS
#include "mve_harness.h"

/* Widening: the narrow type NSFX, the wide WSFX */
#define WIDEN_IMM(op, nsfx, wsfx, imm)                                                        \
  for (int s = 0; s < NSETS; s++) {                                                           \
    ST(wsfx, op##_n_##nsfx(LD(nsfx, in_a[s]), imm));                                           \
    show(#op "_n_" #nsfx " " #imm, s, 0xffff);                                                \
    ST(wsfx, op##_m_n_##nsfx(LD(wsfx, in_c[s]), LD(nsfx, in_a[s]), imm, preds[s]));            \
    show(#op "_m_n_" #nsfx " " #imm, s, 0xffff);                                              \
    ST(wsfx, op##_x_n_##nsfx(LD(nsfx, in_a[s]), imm, preds[s]));                               \
    show(#op "_x_n_" #nsfx " " #imm, s, preds[s]);                                            \
  }
#define WIDEN(op, nsfx, wsfx)                                                                 \
  for (int s = 0; s < NSETS; s++) {                                                           \
    ST(wsfx, op##_##nsfx(LD(nsfx, in_a[s])));                                                  \
    show(#op "_" #nsfx, s, 0xffff);                                                           \
    ST(wsfx, op##_m_##nsfx(LD(wsfx, in_c[s]), LD(nsfx, in_a[s]), preds[s]));                   \
    show(#op "_m_" #nsfx, s, 0xffff);                                                         \
    ST(wsfx, op##_x_##nsfx(LD(nsfx, in_a[s]), preds[s]));                                      \
    show(#op "_x_" #nsfx, s, preds[s]);                                                       \
  }
/* Narrowing shifts into the even/odd lanes of Qd (the narrow type NSFX):
 * plain and _m, FPSCR.QC shown for all (0 for the truncating ones) */
#define NARROW_IMM(op, wsfx, nsfx, imm)                                                       \
  for (int s = 0; s < NSETS; s++) {                                                           \
    qc_clear();                                                                               \
    ST(nsfx, op##_n_##wsfx(LD(nsfx, in_c[s]), LD(wsfx, in_a[s]), imm));                        \
    show(#op "_n_" #wsfx " " #imm, s, 0xffff); show_qc();                                      \
    qc_clear();                                                                               \
    ST(nsfx, op##_m_n_##wsfx(LD(nsfx, in_c[s]), LD(wsfx, in_a[s]), imm, preds[s]));            \
    show(#op "_m_n_" #wsfx " " #imm, s, 0xffff); show_qc();                                    \
  }
#define NARROW(op, wsfx, nsfx)                                                                \
  for (int s = 0; s < NSETS; s++) {                                                           \
    qc_clear();                                                                               \
    ST(nsfx, op##_##wsfx(LD(nsfx, in_c[s]), LD(wsfx, in_a[s])));                               \
    show(#op "_" #wsfx, s, 0xffff); show_qc();                                                 \
    qc_clear();                                                                               \
    ST(nsfx, op##_m_##wsfx(LD(nsfx, in_c[s]), LD(wsfx, in_a[s]), preds[s]));                   \
    show(#op "_m_" #wsfx, s, 0xffff); show_qc();                                               \
  }

#define WIDEN_BT(M, op, ...) M(op##bq, __VA_ARGS__) M(op##tq, __VA_ARGS__)
#define NARROW_BT(M, op, ...) M(op##bq, __VA_ARGS__) M(op##tq, __VA_ARGS__)
/* Narrowing shift counts: 1..8 from 16 bits, 1..16 from 32 bits */
#define SHRN_ALL(op, w16, n8, w32, n16)                                                       \
  NARROW_BT(NARROW_IMM, op, w16, n8, 1) NARROW_BT(NARROW_IMM, op, w16, n8, 8)                 \
  NARROW_BT(NARROW_IMM, op, w16, n8, 3) NARROW_BT(NARROW_IMM, op, w32, n16, 1)                \
  NARROW_BT(NARROW_IMM, op, w32, n16, 16) NARROW_BT(NARROW_IMM, op, w32, n16, 7)

int main(void)
{
  make_inputs(0x1234567u);
  WIDEN_BT(WIDEN_IMM, vshll, s8, s16, 1) WIDEN_BT(WIDEN_IMM, vshll, s8, s16, 8) WIDEN_BT(WIDEN_IMM, vshll, s8, s16, 5)
  WIDEN_BT(WIDEN_IMM, vshll, u8, u16, 1) WIDEN_BT(WIDEN_IMM, vshll, u8, u16, 8) WIDEN_BT(WIDEN_IMM, vshll, u8, u16, 3)
  WIDEN_BT(WIDEN_IMM, vshll, s16, s32, 1) WIDEN_BT(WIDEN_IMM, vshll, s16, s32, 16) WIDEN_BT(WIDEN_IMM, vshll, s16, s32, 9)
  WIDEN_BT(WIDEN_IMM, vshll, u16, u32, 1) WIDEN_BT(WIDEN_IMM, vshll, u16, u32, 16) WIDEN_BT(WIDEN_IMM, vshll, u16, u32, 12)
  WIDEN_BT(WIDEN, vmovl, s8, s16) WIDEN_BT(WIDEN, vmovl, u8, u16)
  WIDEN_BT(WIDEN, vmovl, s16, s32) WIDEN_BT(WIDEN, vmovl, u16, u32)
  SHRN_ALL(vshrn, s16, s8, s32, s16) SHRN_ALL(vshrn, u16, u8, u32, u16)
  SHRN_ALL(vrshrn, s16, s8, s32, s16) SHRN_ALL(vrshrn, u16, u8, u32, u16)
  SHRN_ALL(vqshrn, s16, s8, s32, s16) SHRN_ALL(vqshrn, u16, u8, u32, u16)
  SHRN_ALL(vqrshrn, s16, s8, s32, s16) SHRN_ALL(vqrshrn, u16, u8, u32, u16)
  SHRN_ALL(vqshrun, s16, u8, s32, u16)
  SHRN_ALL(vqrshrun, s16, u8, s32, u16)
  NARROW_BT(NARROW, vmovn, s16, s8) NARROW_BT(NARROW, vmovn, u16, u8)
  NARROW_BT(NARROW, vmovn, s32, s16) NARROW_BT(NARROW, vmovn, u32, u16)
  NARROW_BT(NARROW, vqmovn, s16, s8) NARROW_BT(NARROW, vqmovn, u16, u8)
  NARROW_BT(NARROW, vqmovn, s32, s16) NARROW_BT(NARROW, vqmovn, u32, u16)
  NARROW_BT(NARROW, vqmovun, s16, u8) NARROW_BT(NARROW, vqmovun, s32, u16)
  printf("total %08lx\n", (unsigned long)total);
  return 0;
}
