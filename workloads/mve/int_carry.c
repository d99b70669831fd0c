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

#define NSETS 4

static uint8_t in_a[NSETS][16] __attribute__((aligned(8)));
static uint8_t in_b[NSETS][16] __attribute__((aligned(8)));
static uint8_t in_c[NSETS][16] __attribute__((aligned(8)));
static uint32_t scalars[NSETS];
static mve_pred16_t preds[NSETS];
static uint8_t out[16] __attribute__((aligned(8)));
static uint32_t total = 2166136261u;

static const uint8_t edge8[8] = {0x00, 0x01, 0x7f, 0x80, 0xff, 0xfe, 0x81, 0x40};

static void make_inputs(void)
{
  uint32_t s = 0x1234567u;
  for (int set = 0; set < NSETS; set++) {
    for (int i = 0; i < 16; i++) {
      const uint32_t x = xorshift32(&s), y = xorshift32(&s), z = xorshift32(&s);
      switch (set) {
        case 0:   /* random */
          in_a[set][i] = (uint8_t)x; in_b[set][i] = (uint8_t)y; break;
        case 1:   /* edge values: extremes of every element size line up */
          in_a[set][i] = edge8[x & 7]; in_b[set][i] = edge8[y & 7]; break;
        case 2:   /* mixed */
          in_a[set][i] = (x & 1) ? edge8[(x >> 1) & 7] : (uint8_t)(x >> 8);
          in_b[set][i] = (y & 1) ? edge8[(y >> 1) & 7] : (uint8_t)(y >> 8);
          break;
        default:  /* small magnitudes */
          in_a[set][i] = (uint8_t)((int)(x % 9) - 4); in_b[set][i] = (uint8_t)((int)(y % 9) - 4); break;
      }
      in_c[set][i] = (uint8_t)z;
    }
  }
  scalars[0] = xorshift32(&s);
  scalars[1] = 0x80808080u;
  scalars[2] = 0x7fff7fffu;
  scalars[3] = 0xfffffffdu;
  preds[0] = 0xffff;
  preds[1] = 0x5a0f;   /* splits 16- and 32-bit elements */
  preds[2] = 0x00f0;
  preds[3] = vcmpgtq_s8(vld1q_s8((const int8_t *)in_a[2]), vld1q_s8((const int8_t *)in_b[2]));
  printf("pred3 %04x\n", (unsigned)preds[3]);
}

static void show(const char *name, int set, mve_pred16_t keep)
{
  printf("%-22s %d ", name, set);
  for (int i = 0; i < 16; i++) {
    if ((keep >> i) & 1) {
      printf("%02x", out[i]);
      total = (total ^ out[i]) * 16777619u;
    } else {
      printf("--");
    }
  }
  printf("\n");
}

/* FPSCR.QC around a saturating operation; the memory clobbers order them
 * with the loads and stores of the operands and result. */
__attribute__((unused)) static void clear_qc(void)
{
  __asm__ volatile("vmrs r0, fpscr\n\tbic r0, r0, #0x08000000\n\tvmsr fpscr, r0" ::: "r0", "memory");
}

__attribute__((unused)) static void show_qc(void)
{
  uint32_t f;
  __asm__ volatile("vmrs %0, fpscr" : "=r"(f)::"memory");
  printf("  qc=%lu\n", (unsigned long)((f >> 27) & 1));
  total = fnv1a_u32(total, (f >> 27) & 1);
}

#define ELT_s8 int8_t
#define ELT_s16 int16_t
#define ELT_s32 int32_t
#define ELT_u8 uint8_t
#define ELT_u16 uint16_t
#define ELT_u32 uint32_t
#define LD(sfx, p) vld1q_##sfx((const ELT_##sfx *)(p))
#define ST(sfx, v) vst1q_##sfx((ELT_##sfx *)out, (v))
#define SC(sfx, s) ((ELT_##sfx)scalars[s])

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
  make_inputs();
  ADC(s32) ADC(u32)
  SHLC(s8, 1) SHLC(u16, 7) SHLC(s32, 31) SHLC(u32, 32) SHLC(u8, 16)
  DUP_ALL(IDUP, vidupq)
  DUP_ALL(IDUP, vddupq)
  DUP_ALL(IWDUP, viwdupq)
  DUP_ALL(IWDUP, vdwdupq)
  printf("total %08lx\n", (unsigned long)total);
  return 0;
}
