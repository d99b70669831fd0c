/*
 * MVE integer logic and moves through the ACLE intrinsics: VAND, VBIC,
 * VORR, VORN, VEOR, VMVN (register), VORR/VBIC/VMVN (immediate), VDUP from
 * a core register, and the constant vectors GCC builds with VMOV
 * (immediate: .I8, .I16, .I32 in its shifted forms, .I64 byte masks,
 * .F32), plain and with the predicated _m and _x forms (for _x only the
 * active bytes are printed). Inputs as in int_addsub.c.
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
#define ELT_f32 float32_t
#define LD(sfx, p) vld1q_##sfx((const ELT_##sfx *)(p))
#define ST(sfx, v) vst1q_##sfx((ELT_##sfx *)out, (v))
#define SC(sfx, s) ((ELT_##sfx)scalars[s])

#define BIN(op, sfx)                                                                          \
  for (int s = 0; s < NSETS; s++) {                                                           \
    ST(sfx, op##_##sfx(LD(sfx, in_a[s]), LD(sfx, in_b[s])));                                   \
    show(#op "_" #sfx, s, 0xffff);                                                            \
    ST(sfx, op##_m_##sfx(LD(sfx, in_c[s]), LD(sfx, in_a[s]), LD(sfx, in_b[s]), preds[s]));     \
    show(#op "_m_" #sfx, s, 0xffff);                                                          \
    ST(sfx, op##_x_##sfx(LD(sfx, in_a[s]), LD(sfx, in_b[s]), preds[s]));                       \
    show(#op "_x_" #sfx, s, preds[s]);                                                        \
  }

#define UN(op, sfx)                                                                           \
  for (int s = 0; s < NSETS; s++) {                                                           \
    ST(sfx, op##_##sfx(LD(sfx, in_a[s])));                                                     \
    show(#op "_" #sfx, s, 0xffff);                                                            \
    ST(sfx, op##_m_##sfx(LD(sfx, in_c[s]), LD(sfx, in_a[s]), preds[s]));                       \
    show(#op "_m_" #sfx, s, 0xffff);                                                          \
    ST(sfx, op##_x_##sfx(LD(sfx, in_a[s]), preds[s]));                                         \
    show(#op "_x_" #sfx, s, preds[s]);                                                        \
  }

/* VORR/VBIC (immediate) on Qda */
#define IMM_RMW(op, sfx, imm)                                                                 \
  for (int s = 0; s < NSETS; s++) {                                                           \
    ST(sfx, op##_n_##sfx(LD(sfx, in_a[s]), imm));                                              \
    show(#op "_n_" #sfx " " #imm, s, 0xffff);                                                 \
    ST(sfx, op##_m_n_##sfx(LD(sfx, in_a[s]), imm, preds[s]));                                  \
    show(#op "_m_n_" #sfx " " #imm, s, 0xffff);                                               \
  }

/* VMVN (immediate) */
#define MVN_IMM(sfx, imm)                                                                     \
  ST(sfx, vmvnq_n_##sfx(imm));                                                                \
  show("vmvnq_n_" #sfx " " #imm, 0, 0xffff);                                                  \
  for (int s = 0; s < NSETS; s++) {                                                           \
    ST(sfx, vmvnq_m_n_##sfx(LD(sfx, in_c[s]), imm, preds[s]));                                 \
    show("vmvnq_m_n_" #sfx " " #imm, s, 0xffff);                                              \
    ST(sfx, vmvnq_x_n_##sfx(imm, preds[s]));                                                   \
    show("vmvnq_x_n_" #sfx " " #imm, s, preds[s]);                                            \
  }

/* VDUP from a core register (runtime scalars) */
#define DUP(sfx)                                                                              \
  for (int s = 0; s < NSETS; s++) {                                                           \
    ST(sfx, vdupq_n_##sfx(SC(sfx, s)));                                                        \
    show("vdupq_n_" #sfx, s, 0xffff);                                                         \
    ST(sfx, vdupq_m_n_##sfx(LD(sfx, in_c[s]), SC(sfx, s), preds[s]));                          \
    show("vdupq_m_n_" #sfx, s, 0xffff);                                                       \
    ST(sfx, vdupq_x_n_##sfx(SC(sfx, s), preds[s]));                                            \
    show("vdupq_x_n_" #sfx, s, preds[s]);                                                     \
  }

/* Constant vectors: GCC materialises them with VMOV (immediate). The
 * asm keeps the constant in a register through the store. */
#define CONST(sfx, value)                                                                     \
  do {                                                                                        \
    __typeof__(vdupq_n_##sfx(0)) v_ = vdupq_n_##sfx(value);                                    \
    __asm__ volatile("" : "+w"(v_));                                                          \
    ST(sfx, v_);                                                                              \
    show("const_" #sfx " " #value, 0, 0xffff);                                                \
  } while (0)

#define ALL6(M, op) M(op, s8) M(op, s16) M(op, s32) M(op, u8) M(op, u16) M(op, u32)

int main(void)
{
  make_inputs();
  ALL6(BIN, vandq)
  ALL6(BIN, vbicq)
  ALL6(BIN, vorrq)
  ALL6(BIN, vornq)
  ALL6(BIN, veorq)
  ALL6(UN, vmvnq)
  IMM_RMW(vorrq, u16, 0x5a)
  IMM_RMW(vorrq, s16, 0x3c00)
  IMM_RMW(vorrq, u32, 0x81)
  IMM_RMW(vorrq, s32, 0x7f0000)
  IMM_RMW(vorrq, u32, 0xa5000000)
  IMM_RMW(vbicq, u16, 0xff)
  IMM_RMW(vbicq, s16, 0x8000)
  IMM_RMW(vbicq, u32, 0xff00)
  IMM_RMW(vbicq, s32, 0x10000)
  MVN_IMM(s16, 0x7f)   /* not u16: GCC 12 rejects vmvnq_n_u16 at -O0 ("must be a constant immediate") */
  MVN_IMM(s16, 0x5500)
  MVN_IMM(u32, 0x80)
  MVN_IMM(s32, 0x3f000000)
  DUP(s8) DUP(s16) DUP(s32) DUP(u8) DUP(u16) DUP(u32)
  CONST(u8, 0x5a);
  CONST(u8, 0xff);
  CONST(u16, 0xab00);
  CONST(s16, -2);
  CONST(u32, 0x42);
  CONST(u32, 0x4200);
  CONST(u32, 0x420000);
  CONST(u32, 0x42000000);
  CONST(u32, 0x42ff);
  CONST(u32, 0x42ffff);
  CONST(u32, 0xffffffbd);
  CONST(u32, 0xff00ff00);
  CONST(u16, 0xff00);
  CONST(f32, 2.5f);
  CONST(f32, -0.1328125f);
  printf("total %08lx\n", (unsigned long)total);
  return 0;
}
