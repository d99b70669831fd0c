/*
 * MVE integer shifts through the ACLE intrinsics: VSHL, VQSHL, VRSHL,
 * VQRSHL by a vector of shift counts and by a core register, VSHL, VQSHL,
 * VQSHLU, VSHR, VRSHR by an immediate, VSLI and VSRI, for every element
 * size, signed and unsigned, plain and with the predicated _m and _x forms
 * (for _x only the active bytes are printed), with FPSCR.QC after the
 * saturating ones. Shift counts: -40..40, the edges -128, 127, +-esize,
 * +-(esize + 1), small, random; immediates at both ends of their range.
 *
 * EXPECT_EXIT: 0
 */
#include <arm_mve.h>

#include "difftest.h"

#define MVE_HARNESS_SETS
#include "mve_harness.h"

static uint8_t in_sh[NSETS][16] __attribute__((aligned(8)));
static int32_t sh_scalar[NSETS] = {-3, 40, -128, 9};

static void make_shifts(void)
{
  static const int8_t edges[16] = {-128, 127, 8, -8, 9, -9, 16, -16, 17, -17, 32, -32, 33, -33, 0, 1};
  uint32_t s = 0x9e3779b9u;
  for (int i = 0; i < 16; i++) {
    in_sh[0][i] = (uint8_t)((int)(xorshift32(&s) % 81) - 40);
    in_sh[1][i] = (uint8_t)edges[i];
    in_sh[2][i] = (uint8_t)((int)(xorshift32(&s) % 7) - 3);
    in_sh[3][i] = (uint8_t)xorshift32(&s);
  }
}

/* Shift by a vector of counts: plain, _m, _x */
#define BY_VEC(op, sfx, ssfx)                                                                 \
  for (int s = 0; s < NSETS; s++) {                                                           \
    ST(sfx, op##_##sfx(LD(sfx, in_a[s]), LD(ssfx, in_sh[s])));                                 \
    show(#op "_" #sfx, s, 0xffff);                                                            \
    ST(sfx, op##_m_##sfx(LD(sfx, in_c[s]), LD(sfx, in_a[s]), LD(ssfx, in_sh[s]), preds[s]));   \
    show(#op "_m_" #sfx, s, 0xffff);                                                          \
    ST(sfx, op##_x_##sfx(LD(sfx, in_a[s]), LD(ssfx, in_sh[s]), preds[s]));                     \
    show(#op "_x_" #sfx, s, preds[s]);                                                        \
  }
#define BY_VEC_SAT(op, sfx, ssfx)                                                             \
  for (int s = 0; s < NSETS; s++) {                                                           \
    qc_clear();                                                                               \
    ST(sfx, op##_##sfx(LD(sfx, in_a[s]), LD(ssfx, in_sh[s])));                                 \
    show(#op "_" #sfx, s, 0xffff); show_qc();                                                  \
    qc_clear();                                                                               \
    ST(sfx, op##_m_##sfx(LD(sfx, in_c[s]), LD(sfx, in_a[s]), LD(ssfx, in_sh[s]), preds[s]));   \
    show(#op "_m_" #sfx, s, 0xffff); show_qc();                                                \
  }
/* Shift Qda by a core register: plain and _m (SUFFIX: _r or _n, as ACLE names them) */
#define BY_REG(op, suffix, sfx)                                                               \
  for (int s = 0; s < NSETS; s++) {                                                           \
    qc_clear();                                                                               \
    ST(sfx, op##suffix##_##sfx(LD(sfx, in_a[s]), sh_scalar[s]));                               \
    show(#op #suffix "_" #sfx, s, 0xffff); show_qc();                                          \
    qc_clear();                                                                               \
    ST(sfx, op##_m##suffix##_##sfx(LD(sfx, in_a[s]), sh_scalar[(s + 1) % NSETS], preds[s]));   \
    show(#op "_m" #suffix "_" #sfx, s, 0xffff); show_qc();                                     \
  }
/* By an immediate: plain, _m, and _x when WITH_X */
#define BY_IMM(op, sfx, imm)                                                                  \
  for (int s = 0; s < NSETS; s++) {                                                           \
    ST(sfx, op##_n_##sfx(LD(sfx, in_a[s]), imm));                                              \
    show(#op "_n_" #sfx " " #imm, s, 0xffff);                                                 \
    ST(sfx, op##_m_n_##sfx(LD(sfx, in_c[s]), LD(sfx, in_a[s]), imm, preds[s]));                \
    show(#op "_m_n_" #sfx " " #imm, s, 0xffff);                                               \
    ST(sfx, op##_x_n_##sfx(LD(sfx, in_a[s]), imm, preds[s]));                                  \
    show(#op "_x_n_" #sfx " " #imm, s, preds[s]);                                             \
  }
#define BY_IMM_SAT(op, sfx, osfx, imm)                                                        \
  for (int s = 0; s < NSETS; s++) {                                                           \
    qc_clear();                                                                               \
    ST(osfx, op##_n_##sfx(LD(sfx, in_a[s]), imm));                                             \
    show(#op "_n_" #sfx " " #imm, s, 0xffff); show_qc();                                       \
    qc_clear();                                                                               \
    ST(osfx, op##_m_n_##sfx(LD(osfx, in_c[s]), LD(sfx, in_a[s]), imm, preds[s]));              \
    show(#op "_m_n_" #sfx " " #imm, s, 0xffff); show_qc();                                     \
  }
/* Shift and insert into Qd: plain and _m */
#define INSERT(op, sfx, imm)                                                                  \
  for (int s = 0; s < NSETS; s++) {                                                           \
    ST(sfx, op##_n_##sfx(LD(sfx, in_c[s]), LD(sfx, in_a[s]), imm));                            \
    show(#op "_n_" #sfx " " #imm, s, 0xffff);                                                 \
    ST(sfx, op##_m_n_##sfx(LD(sfx, in_c[s]), LD(sfx, in_a[s]), imm, preds[s]));                \
    show(#op "_m_n_" #sfx " " #imm, s, 0xffff);                                               \
  }

#define VEC_ALL(M, op) M(op, s8, s8) M(op, s16, s16) M(op, s32, s32) M(op, u8, s8) M(op, u16, s16) M(op, u32, s32)
#define REG_ALL(op, suffix) BY_REG(op, suffix, s8) BY_REG(op, suffix, s16) BY_REG(op, suffix, s32) \
  BY_REG(op, suffix, u8) BY_REG(op, suffix, u16) BY_REG(op, suffix, u32)
/* Immediates: left shifts 0/1..esize-1, right shifts 1..esize */
#define LEFT3(M, op, t) M(op, t##8, 1) M(op, t##8, 7) M(op, t##16, 1) M(op, t##16, 15) M(op, t##32, 1) M(op, t##32, 31) \
  M(op, t##8, 4) M(op, t##16, 9) M(op, t##32, 17)
#define RIGHT3(M, op, t) M(op, t##8, 1) M(op, t##8, 8) M(op, t##16, 1) M(op, t##16, 16) M(op, t##32, 1) M(op, t##32, 32) \
  M(op, t##8, 5) M(op, t##16, 11) M(op, t##32, 19)
#define SAT_LEFT(op, t, o) BY_IMM_SAT(op, t##8, o##8, 0) BY_IMM_SAT(op, t##8, o##8, 7) BY_IMM_SAT(op, t##16, o##16, 1) \
  BY_IMM_SAT(op, t##16, o##16, 15) BY_IMM_SAT(op, t##32, o##32, 1) BY_IMM_SAT(op, t##32, o##32, 31) \
  BY_IMM_SAT(op, t##8, o##8, 3) BY_IMM_SAT(op, t##16, o##16, 8) BY_IMM_SAT(op, t##32, o##32, 20)

int main(void)
{
  make_inputs(0x1234567u);
  make_shifts();
  VEC_ALL(BY_VEC, vshlq)
  VEC_ALL(BY_VEC, vrshlq)
  VEC_ALL(BY_VEC_SAT, vqshlq)
  VEC_ALL(BY_VEC_SAT, vqrshlq)
  REG_ALL(vshlq, _r)
  REG_ALL(vqshlq, _r)
  REG_ALL(vrshlq, _n)
  REG_ALL(vqrshlq, _n)
  LEFT3(BY_IMM, vshlq, s) LEFT3(BY_IMM, vshlq, u)
  RIGHT3(BY_IMM, vshrq, s) RIGHT3(BY_IMM, vshrq, u)
  RIGHT3(BY_IMM, vrshrq, s) RIGHT3(BY_IMM, vrshrq, u)
  SAT_LEFT(vqshlq, s, s) SAT_LEFT(vqshlq, u, u)
  SAT_LEFT(vqshluq, s, u)
  LEFT3(INSERT, vsliq, s) LEFT3(INSERT, vsliq, u)
  RIGHT3(INSERT, vsriq, s) RIGHT3(INSERT, vsriq, u)
  printf("total %08lx\n", (unsigned long)total);
  return 0;
}
