/*
 * Helium floating-point compares through the ACLE intrinsics: VCMP
 * (eq, ne, ge, lt, gt, le) of two vectors and of a vector and a scalar,
 * .f32 and .f16, plain and _m (compare under a predicate: inactive lanes
 * give 0), the predicate printed and used by VPSEL; NaNs (unordered: only
 * ne, lt and le hold; every compare with a NaN raises Invalid Operation),
 * signed zeros, denormals (flushed: equal to zero); and kernels that build
 * on compares (threshold count, leaky ReLU with a predicated multiply).
 */
#include <arm_mve.h>

#include "difftest.h"

#define MVE_HARNESS_FP
#include "mve_harness.h"

static const uint32_t x32[3][4] = {
  {0x3f800000u, 0x80000000u, 0x7fc00000u, 0xff800000u},  /* 1, -0, qNaN, -inf */
  {0x00000001u, 0x40490fdbu, 0x7f800001u, 0x3f800000u},  /* denormal, pi, sNaN, 1 */
  {0xbf800000u, 0x00000000u, 0x7f7fffffu, 0x80000010u},  /* -1, +0, max, -denormal */
};
static const uint32_t y32[3][4] = {
  {0x3f800000u, 0x00000000u, 0x3f800000u, 0xff800000u},
  {0x00000000u, 0x40490fdcu, 0x3f800000u, 0x3f800001u},
  {0xbf800000u, 0x80000000u, 0x7f800000u, 0x00000000u},
};
static const uint16_t x16[2][8] = {
  {0x3c00, 0x8000, 0x7e00, 0xfc00, 0x0001, 0x4248, 0x7c01, 0x3c00},
  {0xbc00, 0x0000, 0x7bff, 0x8010, 0x3555, 0x3556, 0xfbff, 0x7c00},
};
static const uint16_t y16[2][8] = {
  {0x3c00, 0x0000, 0x3c00, 0xfc00, 0x0000, 0x4249, 0x3c00, 0x3c01},
  {0xbc00, 0x8000, 0x7c00, 0x0000, 0x3556, 0x3555, 0xfc00, 0x7c00},
};

#define PRED(label, expr)                                                                   \
  do {                                                                                      \
    set_fpscr(fz16);                                                                        \
    mve_pred16_t p_ = (expr);                                                               \
    printf("  %-16s %04x fpscr %08lx\n", label, (unsigned)p_, (unsigned long)get_fpscr());  \
  } while (0)

static void compares(uint32_t fz16)
{
  printf("-- fpscr %08lx\n", (unsigned long)fz16);
  for (int i = 0; i < 3; i++) {
    float32x4_t a = vreinterpretq_f32_u32(vld1q_u32(x32[i])), b = vreinterpretq_f32_u32(vld1q_u32(y32[i]));
    float32_t s;
    memcpy(&s, &y32[i][i], 4);
    s = OPAQUE(s);
    printf("f32 #%d\n", i);
    PRED("eq", vcmpeqq_f32(a, b));
    PRED("ne", vcmpneq_f32(a, b));
    PRED("ge", vcmpgeq_f32(a, b));
    PRED("lt", vcmpltq_f32(a, b));
    PRED("gt", vcmpgtq_f32(a, b));
    PRED("le", vcmpleq_f32(a, b));
    PRED("eq_n", vcmpeqq_n_f32(a, s));
    PRED("ne_n", vcmpneq_n_f32(a, s));
    PRED("ge_n", vcmpgeq_n_f32(a, s));
    PRED("lt_n", vcmpltq_n_f32(a, s));
    PRED("gt_n", vcmpgtq_n_f32(a, s));
    PRED("le_n", vcmpleq_n_f32(a, s));
    PRED("ge_n 0", vcmpgeq_n_f32(a, OPAQUE(0.0f)));
    mve_pred16_t m = OPAQUE((mve_pred16_t)0x0ff0);
    PRED("eq_m", vcmpeqq_m_f32(a, b, m));
    PRED("ne_m", vcmpneq_m_f32(a, b, m));
    PRED("lt_m_n", vcmpltq_m_n_f32(a, s, m));
    PRED("le_m partial", vcmpleq_m_f32(a, b, OPAQUE((mve_pred16_t)0x3c3c)));
  }
  for (int i = 0; i < 2; i++) {
    float16x8_t a = vreinterpretq_f16_u16(vld1q_u16(x16[i])), b = vreinterpretq_f16_u16(vld1q_u16(y16[i]));
    float16_t s;
    memcpy(&s, &y16[i][5], 2);
    s = OPAQUE(s);
    printf("f16 #%d\n", i);
    PRED("eq", vcmpeqq_f16(a, b));
    PRED("ne", vcmpneq_f16(a, b));
    PRED("ge", vcmpgeq_f16(a, b));
    PRED("lt", vcmpltq_f16(a, b));
    PRED("gt", vcmpgtq_f16(a, b));
    PRED("le", vcmpleq_f16(a, b));
    PRED("eq_n", vcmpeqq_n_f16(a, s));
    PRED("gt_n", vcmpgtq_n_f16(a, s));
    PRED("le_n", vcmpleq_n_f16(a, s));
    PRED("ge_m", vcmpgeq_m_f16(a, b, OPAQUE((mve_pred16_t)0xf00f)));
    PRED("ne_m_n", vcmpneq_m_n_f16(a, s, OPAQUE((mve_pred16_t)0x5555)));
  }
}

/* Count of x[i] > t and leaky ReLU (x < 0 ? x * slope : x), tail-predicated. */
static int count_above(const float *x, int n, float t)
{
  int count = 0;
  while (n > 0) {
    mve_pred16_t p = vctp32q(n);
    float32x4_t v = vld1q_z_f32(x, p);
    mve_pred16_t gt = vcmpgtq_m_n_f32(v, t, p);
    count += __builtin_popcount(gt) / 4;
    x += 4; n -= 4;
  }
  return count;
}
static void leaky_relu(float *y, const float *x, int n, float slope)
{
  while (n > 0) {
    mve_pred16_t p = vctp32q(n);
    float32x4_t v = vld1q_z_f32(x, p);
    mve_pred16_t neg = vcmpltq_n_f32(v, 0.0f);
    v = vmulq_m_n_f32(v, v, slope, neg);
    vst1q_p_f32(y, v, p);
    x += 4; y += 4; n -= 4;
  }
}

int main(void)
{
  compares(0);
  compares(1u << 19);           /* FZ16: f16 denormals compare as zero */
  compares(3u << 22 | 1u << 24); /* RMode/FZ: no effect */

  /* VPSEL on a float predicate */
  float32x4_t a = vreinterpretq_f32_u32(vld1q_u32(x32[0])), b = vreinterpretq_f32_u32(vld1q_u32(y32[2]));
  set_fpscr(0);
  float32x4_t sel = vpselq_f32(a, b, vcmpgtq_f32(a, b));
  uint32_t o[4];
  vst1q_u32(o, vreinterpretq_u32_f32(sel));
  printf("vpsel %08lx %08lx %08lx %08lx fpscr %08lx\n", (unsigned long)o[0], (unsigned long)o[1],
         (unsigned long)o[2], (unsigned long)o[3], (unsigned long)get_fpscr());

  /* Self-checks of the architecture's unordered rules (QEMU must pass). */
  float32x4_t nan = vreinterpretq_f32_u32(vdupq_n_u32(0x7fc00000u)), one = vdupq_n_f32(1.0f);
  set_fpscr(0);
  check("eq unordered", vcmpeqq_f32(OPAQUE(nan), one), 0x0000);
  check("ne unordered", vcmpneq_f32(OPAQUE(nan), one), 0xffff);
  check("lt unordered", vcmpltq_f32(OPAQUE(nan), one), 0xffff);
  check("ge unordered", vcmpgeq_f32(OPAQUE(nan), one), 0x0000);
  check("quiet NaN compare signals Invalid Operation", get_fpscr() & 0x9F, 0x01);
  set_fpscr(0);
  check("-0 == +0", vcmpeqq_f32(vdupq_n_f32(OPAQUE(-0.0f)), vdupq_n_f32(0.0f)), 0xffff);

  float x[41], y[41];
  uint32_t seed = 7;
  for (int i = 0; i < 41; i++) x[i] = (float)(int)(xorshift32(&seed) % 2001 - 1000) / 100.0f;
  set_fpscr(0);
  int c = count_above(x, 41, OPAQUE(2.5f));
  int want = 0;
  for (int i = 0; i < 41; i++) want += x[i] > 2.5f;
  check("count_above", (uint32_t)c, (uint32_t)want);
  leaky_relu(y, x, 41, OPAQUE(0.125f));
  for (int i = 0; i < 41; i++) {
    float r = x[i] < 0 ? x[i] * 0.125f : x[i];
    if (memcmp(&r, &y[i], 4) != 0) {
      printf("FAIL leaky_relu %d\n", i);
      failures++;
    }
  }
  printf("count %d relu hash %08lx\n", c, (unsigned long)fnv1a(y, sizeof y));
  set_fpscr(0);
  printf("failures %d\n", failures);
  return failures != 0;
}
