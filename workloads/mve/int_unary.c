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

#define UN(op, sfx)                                                                           \
  for (int s = 0; s < NSETS; s++) {                                                           \
    ST(sfx, op##_##sfx(LD(sfx, in_a[s])));                                                     \
    show(#op "_" #sfx, s, 0xffff);                                                            \
    ST(sfx, op##_m_##sfx(LD(sfx, in_c[s]), LD(sfx, in_a[s]), preds[s]));                       \
    show(#op "_m_" #sfx, s, 0xffff);                                                          \
    ST(sfx, op##_x_##sfx(LD(sfx, in_a[s]), preds[s]));                                         \
    show(#op "_x_" #sfx, s, preds[s]);                                                        \
  }

#define UN_SAT(op, sfx)                                                                       \
  for (int s = 0; s < NSETS; s++) {                                                           \
    clear_qc();                                                                               \
    ST(sfx, op##_##sfx(LD(sfx, in_a[s])));                                                     \
    show(#op "_" #sfx, s, 0xffff); show_qc();                                                  \
    clear_qc();                                                                               \
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

#define ALL6(M, op) M(op, s8) M(op, s16) M(op, s32) M(op, u8) M(op, u16) M(op, u32)
#define SIGNED3(M, op) M(op, s8) M(op, s16) M(op, s32)

int main(void)
{
  make_inputs();
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
