/*
 * MVE instructions that carry state from one element to the next, through
 * the ACLE intrinsics: VADC, VADCI, VSBC, VSBCI (carry in FPSCR.C, shown),
 * VSHLC (carry through a core register), VIDUP, VDDUP, VIWDUP, VDWDUP
 * (offset written back to the core register, with wrap points that are
 * reached, missed and zero), plain and predicated (_m, _x: for _x only the
 * active bytes are printed). A predicated-off element passes the carry on.
 *
 * EXPECT_EXIT: 0
 */
#include <arm_mve.h>

#include "difftest.h"

#define MVE_HARNESS_SETS
#include "mve_harness.h"

static void show_word(const char *what, uint32_t v)
{
  printf("  %s=%08lx\n", what, (unsigned long)v);
  total = fnv1a_u32(total, v);
}

#define ADC(sfx)                                                                              \
  for (int s = 0; s < NSETS; s++) {                                                           \
    unsigned carry = (unsigned)s & 1;                                                         \
    ST(sfx, vadcq_##sfx(LD(sfx, in_a[s]), LD(sfx, in_b[s]), &carry));                          \
    show("vadcq_" #sfx, s, 0xffff); show_word("carry", carry);                                 \
    carry = 1;                                                                                \
    ST(sfx, vadcq_m_##sfx(LD(sfx, in_c[s]), LD(sfx, in_a[s]), LD(sfx, in_b[s]), &carry, preds[s])); \
    show("vadcq_m_" #sfx, s, 0xffff); show_word("carry", carry);                               \
    ST(sfx, vadciq_##sfx(LD(sfx, in_a[s]), LD(sfx, in_b[s]), &carry));                         \
    show("vadciq_" #sfx, s, 0xffff); show_word("carry", carry);                                \
    ST(sfx, vadciq_m_##sfx(LD(sfx, in_c[s]), LD(sfx, in_a[s]), LD(sfx, in_b[s]), &carry, preds[s])); \
    show("vadciq_m_" #sfx, s, 0xffff); show_word("carry", carry);                              \
    carry = (unsigned)(s >> 1) & 1;                                                           \
    ST(sfx, vsbcq_##sfx(LD(sfx, in_a[s]), LD(sfx, in_b[s]), &carry));                          \
    show("vsbcq_" #sfx, s, 0xffff); show_word("carry", carry);                                 \
    carry = 0;                                                                                \
    ST(sfx, vsbcq_m_##sfx(LD(sfx, in_c[s]), LD(sfx, in_a[s]), LD(sfx, in_b[s]), &carry, preds[s])); \
    show("vsbcq_m_" #sfx, s, 0xffff); show_word("carry", carry);                               \
    ST(sfx, vsbciq_##sfx(LD(sfx, in_a[s]), LD(sfx, in_b[s]), &carry));                         \
    show("vsbciq_" #sfx, s, 0xffff); show_word("carry", carry);                                \
    ST(sfx, vsbciq_m_##sfx(LD(sfx, in_c[s]), LD(sfx, in_a[s]), LD(sfx, in_b[s]), &carry, preds[s])); \
    show("vsbciq_m_" #sfx, s, 0xffff); show_word("carry", carry);                              \
  }

#define SHLC(sfx, imm)                                                                        \
  for (int s = 0; s < NSETS; s++) {                                                           \
    uint32_t b = scalars[s];                                                                  \
    ST(sfx, vshlcq_##sfx(LD(sfx, in_a[s]), &b, imm));                                          \
    show("vshlcq_" #sfx " " #imm, s, 0xffff); show_word("b", b);                              \
    b = ~scalars[s];                                                                          \
    ST(sfx, vshlcq_m_##sfx(LD(sfx, in_a[s]), &b, imm, preds[s]));                              \
    show("vshlcq_m_" #sfx " " #imm, s, 0xffff); show_word("b", b);                            \
  }

static const uint32_t starts[NSETS] = {0, 5, 0xfffffff0u, 64};
static const uint32_t wraps[NSETS] = {16, 40, 0, 64};

/* VIDUP/VDDUP: _n, _wb (offset written back), _m, _x */
#define IDUP(op, sfx, imm)                                                                    \
  for (int s = 0; s < NSETS; s++) {                                                           \
    uint32_t a = starts[s];                                                                   \
    ST(sfx, op##_n_##sfx(a, imm));                                                             \
    show(#op "_n_" #sfx " " #imm, s, 0xffff);                                                 \
    ST(sfx, op##_wb_##sfx(&a, imm));                                                           \
    show(#op "_wb_" #sfx " " #imm, s, 0xffff); show_word("a", a);                             \
    ST(sfx, op##_m_n_##sfx(LD(sfx, in_c[s]), a, imm, preds[s]));                               \
    show(#op "_m_n_" #sfx " " #imm, s, 0xffff);                                               \
    ST(sfx, op##_m_wb_##sfx(LD(sfx, in_c[s]), &a, imm, preds[s]));                             \
    show(#op "_m_wb_" #sfx " " #imm, s, 0xffff); show_word("a", a);                           \
    ST(sfx, op##_x_n_##sfx(a, imm, preds[s]));                                                 \
    show(#op "_x_n_" #sfx " " #imm, s, preds[s]);                                             \
  }
/* VIWDUP/VDWDUP: the same with a wrap point */
#define IWDUP(op, sfx, imm)                                                                   \
  for (int s = 0; s < NSETS; s++) {                                                           \
    uint32_t a = starts[s];                                                                   \
    ST(sfx, op##_n_##sfx(a, wraps[s], imm));                                                   \
    show(#op "_n_" #sfx " " #imm, s, 0xffff);                                                 \
    ST(sfx, op##_wb_##sfx(&a, wraps[s], imm));                                                 \
    show(#op "_wb_" #sfx " " #imm, s, 0xffff); show_word("a", a);                             \
    ST(sfx, op##_m_n_##sfx(LD(sfx, in_c[s]), a, wraps[s], imm, preds[s]));                     \
    show(#op "_m_n_" #sfx " " #imm, s, 0xffff);                                               \
    ST(sfx, op##_m_wb_##sfx(LD(sfx, in_c[s]), &a, wraps[s], imm, preds[s]));                   \
    show(#op "_m_wb_" #sfx " " #imm, s, 0xffff); show_word("a", a);                           \
    ST(sfx, op##_x_wb_##sfx(&a, wraps[s], imm, preds[s]));                                     \
    show(#op "_x_wb_" #sfx " " #imm, s, preds[s]); show_word("a", a);                         \
  }

#define DUP_ALL(M, op) M(op, u8, 1) M(op, u8, 8) M(op, u16, 2) M(op, u16, 4) M(op, u32, 1) M(op, u32, 8)

int main(void)
{
  make_inputs(0x1234567u);
  ADC(s32) ADC(u32)
  SHLC(s8, 1) SHLC(u16, 7) SHLC(s32, 31) SHLC(u32, 32) SHLC(u8, 16)
  DUP_ALL(IDUP, vidupq)
  DUP_ALL(IDUP, vddupq)
  DUP_ALL(IWDUP, viwdupq)
  DUP_ALL(IWDUP, vdwdupq)
  printf("total %08lx\n", (unsigned long)total);
  return 0;
}
