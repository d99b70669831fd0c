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

/* Qd = op(Qn, Qm): plain, _m, _x */
#define BIN(op, sfx)                                                                          \
  for (int s = 0; s < NSETS; s++) {                                                           \
    ST(sfx, op##_##sfx(LD(sfx, in_a[s]), LD(sfx, in_b[s])));                                   \
    show(#op "_" #sfx, s, 0xffff);                                                            \
    ST(sfx, op##_m_##sfx(LD(sfx, in_c[s]), LD(sfx, in_a[s]), LD(sfx, in_b[s]), preds[s]));     \
    show(#op "_m_" #sfx, s, 0xffff);                                                          \
    ST(sfx, op##_x_##sfx(LD(sfx, in_a[s]), LD(sfx, in_b[s]), preds[s]));                       \
    show(#op "_x_" #sfx, s, preds[s]);                                                        \
  }

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
    clear_qc();                                                                               \
    ST(sfx, op##_##sfx(LD(sfx, in_a[s]), LD(sfx, in_b[s])));                                   \
    show(#op "_" #sfx, s, 0xffff); show_qc();                                                  \
    clear_qc();                                                                               \
    ST(sfx, op##_m_##sfx(LD(sfx, in_c[s]), LD(sfx, in_a[s]), LD(sfx, in_b[s]), preds[s]));     \
    show(#op "_m_" #sfx, s, 0xffff); show_qc();                                                \
    clear_qc();                                                                               \
    ST(sfx, op##_n_##sfx(LD(sfx, in_a[s]), SC(sfx, s)));                                       \
    show(#op "_n_" #sfx, s, 0xffff); show_qc();                                                \
    clear_qc();                                                                               \
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

#define ALL6(M, op) M(op, s8) M(op, s16) M(op, s32) M(op, u8) M(op, u16) M(op, u32)
#define SIGNED3(M, op) M(op, s8) M(op, s16) M(op, s32)

int main(void)
{
  make_inputs();
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
