/*
 * Helium complex floating-point arithmetic through the ACLE intrinsics:
 * VCADD (rotations 90, 270), VCMUL and VCMLA (rotations 0, 90, 180, 270),
 * .f32 and .f16, unpredicated, _m and _x, on random and special values;
 * and a complex multiply-accumulate kernel (the two VCMLA halves of a full
 * complex product, as CMSIS-DSP's arm_cmplx_mult_cmplx_f32) over a buffer.
 */
#include <arm_mve.h>

#include "difftest.h"

#define MVE_HARNESS_FP
#include "mve_harness.h"

static uint32_t seed = 2024;

/* Mostly ordinary values of close magnitude (products and sums round),
 * with zeros, infinities and NaNs now and then. */
static uint32_t rand_f32(void)
{
  uint32_t r = xorshift32(&seed), x = xorshift32(&seed);
  switch (r % 16) {
    case 0: return r & 0x80000000u;
    case 1: return (r & 0x80000000u) | 0x7f800000u;
    case 2: return 0x7fc00000u | (x & 0xffff);
    case 3: return 0x7f800000u | (x & 0xffff) | 1;
    case 4: return (r & 0x80000000u) | (x & 0x7fffff);
    default: return (r & 0x80000000u) | ((120u + x % 16) << 23) | (x >> 9);
  }
}
static uint16_t rand_f16(void)
{
  uint32_t r = xorshift32(&seed), x = xorshift32(&seed);
  switch (r % 16) {
    case 0: return (uint16_t)(r & 0x8000);
    case 1: return (uint16_t)((r & 0x8000) | 0x7c00);
    case 2: return (uint16_t)(0x7e00 | (x & 0xff));
    case 3: return (uint16_t)(0x7c00 | (x & 0xff) | 1);
    case 4: return (uint16_t)((r & 0x8000) | (x & 0x3ff));
    default: return (uint16_t)((r & 0x8000) | ((10u + x % 10) << 10) | ((x >> 10) & 0x3ff));
  }
}

#define N 24 /* vectors per operand */
static uint32_t A32[N][4], B32[N][4], C32[N][4];
static uint16_t A16[N][8], B16[N][8], C16[N][8];

typedef struct {
  uint32_t h;
  uint32_t first[4];
} Acc;

static void acc_add(Acc *a, int i, const void *v)
{
  uint32_t w[4];
  memcpy(w, v, 16);
  for (int k = 0; k < 4; k++) a->h = fnv1a_u32(a->h, w[k]);
  if (i == 0) memcpy(a->first, w, 16);
}
static void acc_print(const char *name, const Acc *a)
{
  printf("%-20s hash %08lx fpscr %08lx first %08lx %08lx %08lx %08lx\n", name, (unsigned long)a->h,
         (unsigned long)get_fpscr(), (unsigned long)a->first[0], (unsigned long)a->first[1],
         (unsigned long)a->first[2], (unsigned long)a->first[3]);
}

#define RUN32(name, expr)                                                                    \
  do {                                                                                       \
    Acc acc = {2166136261u, {0}};                                                            \
    set_fpscr(0);                                                                            \
    for (int i = 0; i < N; i++) {                                                            \
      float32x4_t a = vreinterpretq_f32_u32(vld1q_u32(A32[i]));                              \
      float32x4_t b = vreinterpretq_f32_u32(vld1q_u32(B32[i]));                              \
      float32x4_t c = vreinterpretq_f32_u32(vld1q_u32(C32[i]));                              \
      mve_pred16_t p = (mve_pred16_t)(i * 0x1357u);                                          \
      (void)a; (void)b; (void)c; (void)p;                                                    \
      float32x4_t r = (expr);                                                                \
      uint32_t o[4];                                                                         \
      vst1q_u32(o, vreinterpretq_u32_f32(r));                                                \
      acc_add(&acc, i, o);                                                                   \
    }                                                                                        \
    acc_print(name, &acc);                                                                   \
  } while (0)

#define RUN16(name, expr)                                                                    \
  do {                                                                                       \
    Acc acc = {2166136261u, {0}};                                                            \
    set_fpscr(0);                                                                            \
    for (int i = 0; i < N; i++) {                                                            \
      float16x8_t a = vreinterpretq_f16_u16(vld1q_u16(A16[i]));                              \
      float16x8_t b = vreinterpretq_f16_u16(vld1q_u16(B16[i]));                              \
      float16x8_t c = vreinterpretq_f16_u16(vld1q_u16(C16[i]));                              \
      mve_pred16_t p = (mve_pred16_t)(i * 0x1357u);                                          \
      (void)a; (void)b; (void)c; (void)p;                                                    \
      float16x8_t r = (expr);                                                                \
      uint16_t o[8];                                                                         \
      vst1q_u16(o, vreinterpretq_u16_f16(r));                                                \
      acc_add(&acc, i, o);                                                                   \
    }                                                                                        \
    acc_print(name, &acc);                                                                   \
  } while (0)

/* Interleaved complex buffers: dst[k] += x[k] * y[k]. */
static void cmplx_mac_f32(float *dst, const float *x, const float *y, int pairs)
{
  int n = 2 * pairs;
  while (n > 0) {
    mve_pred16_t p = vctp32q(n);
    float32x4_t vx = vld1q_z_f32(x, p), vy = vld1q_z_f32(y, p), vd = vld1q_z_f32(dst, p);
    vd = vcmlaq_m_f32(vd, vx, vy, p);
    vd = vcmlaq_rot90_m_f32(vd, vx, vy, p);
    vst1q_p_f32(dst, vd, p);
    x += 4; y += 4; dst += 4; n -= 4;
  }
}

int main(void)
{
  for (int i = 0; i < N; i++) {
    for (int k = 0; k < 4; k++) { A32[i][k] = rand_f32(); B32[i][k] = rand_f32(); C32[i][k] = rand_f32(); }
    for (int k = 0; k < 8; k++) { A16[i][k] = rand_f16(); B16[i][k] = rand_f16(); C16[i][k] = rand_f16(); }
  }

  RUN32("vcaddq_rot90 f32", vcaddq_rot90_f32(a, b));
  RUN32("vcaddq_rot270 f32", vcaddq_rot270_f32(a, b));
  RUN32("vcmulq f32", vcmulq_f32(a, b));
  RUN32("vcmulq_rot90 f32", vcmulq_rot90_f32(a, b));
  RUN32("vcmulq_rot180 f32", vcmulq_rot180_f32(a, b));
  RUN32("vcmulq_rot270 f32", vcmulq_rot270_f32(a, b));
  RUN32("vcmlaq f32", vcmlaq_f32(c, a, b));
  RUN32("vcmlaq_rot90 f32", vcmlaq_rot90_f32(c, a, b));
  RUN32("vcmlaq_rot180 f32", vcmlaq_rot180_f32(c, a, b));
  RUN32("vcmlaq_rot270 f32", vcmlaq_rot270_f32(c, a, b));
  RUN32("vcaddq_rot90_m f32", vcaddq_rot90_m_f32(c, a, b, p));
  RUN32("vcmulq_rot270_m f32", vcmulq_rot270_m_f32(c, a, b, p));
  RUN32("vcmlaq_rot180_m f32", vcmlaq_rot180_m_f32(c, a, b, p));
  RUN32("vcmulq_x f32", vcmulq_x_f32(a, b, p));

  RUN16("vcaddq_rot90 f16", vcaddq_rot90_f16(a, b));
  RUN16("vcaddq_rot270 f16", vcaddq_rot270_f16(a, b));
  RUN16("vcmulq f16", vcmulq_f16(a, b));
  RUN16("vcmulq_rot90 f16", vcmulq_rot90_f16(a, b));
  RUN16("vcmulq_rot180 f16", vcmulq_rot180_f16(a, b));
  RUN16("vcmulq_rot270 f16", vcmulq_rot270_f16(a, b));
  RUN16("vcmlaq f16", vcmlaq_f16(c, a, b));
  RUN16("vcmlaq_rot90 f16", vcmlaq_rot90_f16(c, a, b));
  RUN16("vcmlaq_rot180 f16", vcmlaq_rot180_f16(c, a, b));
  RUN16("vcmlaq_rot270 f16", vcmlaq_rot270_f16(c, a, b));
  RUN16("vcaddq_rot270_m f16", vcaddq_rot270_m_f16(c, a, b, p));
  RUN16("vcmlaq_m f16", vcmlaq_m_f16(c, a, b, p));
  RUN16("vcmulq_rot90_x f16", vcmulq_rot90_x_f16(a, b, p));

  /* (1 + 2i)(3 + 4i) = -5 + 10i, accumulated onto (0.5 + 0.25i): exact. */
  float x[6] = {1, 2, 1, 2, 1, 2}, y[6] = {3, 4, 3, 4, 3, 4}, d[6] = {0.5f, 0.25f, 0.5f, 0.25f, 0.5f, 0.25f};
  set_fpscr(0);
  cmplx_mac_f32(d, x, y, 3);
  for (int k = 0; k < 6; k += 2) {
    if (d[k] != -4.5f || d[k + 1] != 10.25f) {
      printf("FAIL complex product %d\n", k / 2);
      failures++;
    }
  }
  /* A longer buffer with a tail: 11 complex values. */
  float bx[22], by[22], bd[22];
  for (int k = 0; k < 22; k++) {
    bx[k] = (float)(int)(xorshift32(&seed) % 201 - 100) / 8.0f;
    by[k] = (float)(int)(xorshift32(&seed) % 201 - 100) / 32.0f;
    bd[k] = 1.0f / (float)(k + 1);
  }
  cmplx_mac_f32(bd, bx, by, 11);
  printf("cmplx_mac hash %08lx fpscr %08lx\n", (unsigned long)fnv1a(bd, sizeof bd), (unsigned long)get_fpscr());
  set_fpscr(0);
  printf("failures %d\n", failures);
  return failures != 0;
}
