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
    clear_qc();                                                                               \
    ST(nsfx, op##_n_##wsfx(LD(nsfx, in_c[s]), LD(wsfx, in_a[s]), imm));                        \
    show(#op "_n_" #wsfx " " #imm, s, 0xffff); show_qc();                                      \
    clear_qc();                                                                               \
    ST(nsfx, op##_m_n_##wsfx(LD(nsfx, in_c[s]), LD(wsfx, in_a[s]), imm, preds[s]));            \
    show(#op "_m_n_" #wsfx " " #imm, s, 0xffff); show_qc();                                    \
  }
#define NARROW(op, wsfx, nsfx)                                                                \
  for (int s = 0; s < NSETS; s++) {                                                           \
    clear_qc();                                                                               \
    ST(nsfx, op##_##wsfx(LD(nsfx, in_c[s]), LD(wsfx, in_a[s])));                               \
    show(#op "_" #wsfx, s, 0xffff); show_qc();                                                 \
    clear_qc();                                                                               \
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
  make_inputs();
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
