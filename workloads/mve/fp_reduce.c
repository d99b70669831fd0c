/*
 * Helium floating-point max/min across a vector through the ACLE
 * intrinsics: VMAXNMV, VMINNMV, VMAXNMAV, VMINNMAV (.f32, .f16; the
 * running value starts from a core register and ends there), plain and
 * predicated (_p); quiet NaNs lose against numbers, signalling NaNs raise
 * Invalid Operation; signed zeros; and kernels: max-abs of a buffer
 * (tail-predicated), a 2x2 max-pool row and min/max range of an activation.
 */
#include <arm_mve.h>

#include "difftest.h"

#define MVE_HARNESS_FP
#include "mve_harness.h"

static uint32_t bits32(float32_t f)
{
  uint32_t u;
  memcpy(&u, &f, 4);
  return u;
}
static uint32_t bits16(float16_t f)
{
  uint16_t u;
  memcpy(&u, &f, 2);
  return u;
}
static float32_t f32(uint32_t u)
{
  float32_t f;
  memcpy(&f, &u, 4);
  return f;
}
static float16_t f16(uint16_t u)
{
  float16_t f;
  memcpy(&f, &u, 2);
  return f;
}

static const uint32_t v32[5][4] = {
  {0x3f800000u, 0xc0000000u, 0x40400000u, 0xc0800000u},  /* 1 -2 3 -4 */
  {0x7fc00000u, 0x3f800000u, 0x7fc00001u, 0xbf800000u},  /* qNaN 1 qNaN -1 */
  {0x7f800001u, 0x3f800000u, 0x40000000u, 0x00000000u},  /* sNaN 1 2 0 */
  {0x80000000u, 0x00000000u, 0x80000000u, 0x00000000u},  /* -0 +0 -0 +0 */
  {0x00000010u, 0x80000020u, 0xff800000u, 0x7f800000u},  /* denormals, -inf, inf */
};
static const uint32_t start32[] = {0x00000000u, 0x7fc00000u, 0x7f800001u, 0xc2c80000u, 0x80000000u};
static const uint16_t v16[3][8] = {
  {0x3c00, 0xc000, 0x4200, 0xc400, 0x0001, 0x8002, 0x7bff, 0xfbff},
  {0x7e00, 0x3c00, 0x7d00, 0xbc00, 0x7e01, 0x0000, 0x8000, 0x7c00},
  {0x8000, 0x0000, 0x0000, 0x8000, 0x03ff, 0x83ff, 0xfc00, 0x0400},
};
static const uint16_t start16[] = {0x0000, 0x7e00, 0x7c01, 0xd640};

static void reductions(uint32_t mode)
{
  printf("-- fpscr %08lx\n", (unsigned long)mode);
  static const mve_pred16_t preds[] = {0xffff, 0x0f0f, 0xf000, 0x0000, 0x00f0};
  for (int i = 0; i < 5; i++) {
    float32x4_t v = vreinterpretq_f32_u32(vld1q_u32(v32[i]));
    for (int s = 0; s < 5; s++) {
      float32_t a = OPAQUE(f32(start32[s]));
      mve_pred16_t p = OPAQUE(preds[(i + s) % 5]);
      printf("f32 #%d start %08lx p %04x:", i, (unsigned long)start32[s], (unsigned)p);
      set_fpscr(mode); printf(" max %08lx", (unsigned long)bits32(vmaxnmvq_f32(a, v)));
      set_fpscr(mode); printf(" min %08lx", (unsigned long)bits32(vminnmvq_f32(a, v)));
      set_fpscr(mode); printf(" maxa %08lx", (unsigned long)bits32(vmaxnmavq_f32(a, v)));
      set_fpscr(mode); printf(" mina %08lx", (unsigned long)bits32(vminnmavq_f32(a, v)));
      set_fpscr(mode); printf(" max_p %08lx", (unsigned long)bits32(vmaxnmvq_p_f32(a, v, p)));
      set_fpscr(mode); printf(" mina_p %08lx", (unsigned long)bits32(vminnmavq_p_f32(a, v, p)));
      printf(" fpscr %08lx\n", (unsigned long)get_fpscr());
    }
  }
  for (int i = 0; i < 3; i++) {
    float16x8_t v = vreinterpretq_f16_u16(vld1q_u16(v16[i]));
    for (int s = 0; s < 4; s++) {
      float16_t a = OPAQUE(f16(start16[s]));
      mve_pred16_t p = OPAQUE(preds[(i + s) % 5]);
      printf("f16 #%d start %04x p %04x:", i, (unsigned)start16[s], (unsigned)p);
      set_fpscr(mode); printf(" max %04lx", (unsigned long)bits16(vmaxnmvq_f16(a, v)));
      set_fpscr(mode); printf(" min %04lx", (unsigned long)bits16(vminnmvq_f16(a, v)));
      set_fpscr(mode); printf(" maxa %04lx", (unsigned long)bits16(vmaxnmavq_f16(a, v)));
      set_fpscr(mode); printf(" mina %04lx", (unsigned long)bits16(vminnmavq_f16(a, v)));
      set_fpscr(mode); printf(" min_p %04lx", (unsigned long)bits16(vminnmvq_p_f16(a, v, p)));
      set_fpscr(mode); printf(" maxa_p %04lx", (unsigned long)bits16(vmaxnmavq_p_f16(a, v, p)));
      printf(" fpscr %08lx\n", (unsigned long)get_fpscr());
    }
  }
}

static float max_abs(const float *x, int n)
{
  float m = 0.0f;
  while (n > 0) {
    mve_pred16_t p = vctp32q(n);
    m = vmaxnmavq_p_f32(m, vld1q_z_f32(x, p), p);
    x += 4; n -= 4;
  }
  return m;
}

/* 2x2 max-pool of two rows of 2*w values into w outputs (w a multiple of 4). */
static void maxpool_row(float *out, const float *r0, const float *r1, int w)
{
  for (int i = 0; i < w; i += 4) {
    float32x4x2_t a = vld2q_f32(r0 + 2 * i), b = vld2q_f32(r1 + 2 * i);
    float32x4_t m = vmaxnmq_f32(vmaxnmq_f32(a.val[0], a.val[1]), vmaxnmq_f32(b.val[0], b.val[1]));
    vst1q_f32(out + i, m);
  }
}

int main(void)
{
  reductions(0);
  reductions(1u << 19 | 3u << 22 | 1u << 24); /* FZ16 flushes f16 denormals; RMode/FZ no effect */

  /* Self-checks (QEMU must pass). */
  float32x4_t v = vreinterpretq_f32_u32(vld1q_u32(v32[0]));
  set_fpscr(0);
  check("maxnmv", bits32(vmaxnmvq_f32(OPAQUE(0.0f), v)), 0x40400000u);
  check("minnmv", bits32(vminnmvq_f32(OPAQUE(0.0f), v)), 0xc0800000u);
  check("maxnmav", bits32(vmaxnmavq_f32(OPAQUE(0.0f), v)), 0x40800000u);
  check("minnmav from 100", bits32(vminnmavq_f32(OPAQUE(100.0f), v)), 0x3f800000u);
  check("quiet NaN start loses", bits32(vmaxnmvq_f32(OPAQUE(f32(0x7fc00000u)), v)), 0x40400000u);
  check("no flags", get_fpscr() & 0x9Fu, 0);
  check("predicated: none active keeps the start", bits32(vmaxnmvq_p_f32(OPAQUE(-5.0f), v, 0)), 0xc0a00000u);

  float buf[23], r0[16], r1[16], pooled[8];
  uint32_t seed = 11;
  for (int i = 0; i < 23; i++) buf[i] = (float)(int)(xorshift32(&seed) % 2001 - 1000) / 7.0f;
  for (int i = 0; i < 16; i++) {
    r0[i] = (float)(int)(xorshift32(&seed) % 201 - 100) / 4.0f;
    r1[i] = (float)(int)(xorshift32(&seed) % 201 - 100) / 4.0f;
  }
  set_fpscr(0);
  float m = max_abs(buf, 23);
  float want = 0.0f;
  for (int i = 0; i < 23; i++) {
    float a = buf[i] < 0 ? -buf[i] : buf[i];
    if (a > want) want = a;
  }
  check("max_abs", bits32(m), bits32(want));
  maxpool_row(pooled, r0, r1, 8);
  printf("max_abs %08lx pooled hash %08lx fpscr %08lx\n", (unsigned long)bits32(m),
         (unsigned long)fnv1a(pooled, sizeof pooled), (unsigned long)get_fpscr());
  set_fpscr(0);
  printf("failures %d\n", failures);
  return failures != 0;
}
