/*
 * Helium floating-point arithmetic through the ACLE intrinsics: VADD, VSUB,
 * VMUL, VABD, VMAXNM/VMINNM, VMAXNMA/VMINNMA, VFMA/VFMS, the vector-by-scalar
 * forms (VADD/VSUB/VMUL/VFMA/VFMAS with a core register), VABS, VNEG; .f32
 * and .f16; unpredicated, _m (merging) and _x (don't-care) forms; special
 * values; FPSCR modes (the standard FPSCR value: RMode, FZ and DN have no
 * effect, FZ16 has, flags accumulate); and a tail-predicated loop.
 */
#include <arm_mve.h>

#include "difftest.h"

#define MVE_HARNESS_FP
#include "mve_harness.h"

static uint32_t bits(float f)
{
  uint32_t u;
  memcpy(&u, &f, 4);
  return u;
}

static float32x4_t f32x4(uint32_t a, uint32_t b, uint32_t c, uint32_t d)
{
  uint32_t v[4] = {a, b, c, d};
  return vreinterpretq_f32_u32(vld1q_u32(OPAQUE(v)));
}
static float16x8_t f16x8(const uint16_t *h) { return vreinterpretq_f16_u16(vld1q_u16(OPAQUE(h))); }

static void p32(const char *label, float32x4_t v)
{
  uint32_t o[4];
  vst1q_u32(o, vreinterpretq_u32_f32(v));
  printf("%-22s %08lx %08lx %08lx %08lx  fpscr %08lx\n", label, (unsigned long)o[0], (unsigned long)o[1],
         (unsigned long)o[2], (unsigned long)o[3], (unsigned long)get_fpscr());
}
static void p16(const char *label, float16x8_t v)
{
  uint16_t o[8];
  vst1q_u16(o, vreinterpretq_u16_f16(v));
  printf("%-22s", label);
  for (int i = 0; i < 8; i++) printf(" %04x", o[i]);
  printf("  fpscr %08lx\n", (unsigned long)get_fpscr());
}

/* Special values, two vectors of each size. */
static const uint32_t s32a[4] = {0x7fc01234u, 0x7f800001u, 0x00000001u, 0x7f7fffffu};  /* qNaN, sNaN, denormal, max */
static const uint32_t s32b[4] = {0x3f800000u, 0x3f800000u, 0x80000000u, 0x7f7fffffu};
static const uint32_t r32a[4] = {0x3f800000u, 0x33c00000u, 0xc0490fdbu, 0x00800000u};  /* 1, 1.5*2^-24, -pi, min normal */
static const uint32_t r32b[4] = {0x33c00000u, 0x3f800000u, 0x40490fdbu, 0x80800001u};
static const uint16_t s16a[8] = {0x7e12, 0x7c01, 0x0001, 0x7bff, 0x3c00, 0x1000, 0x8400, 0xfc00};
static const uint16_t s16b[8] = {0x3c00, 0x3c00, 0x0000, 0x7bff, 0x1001, 0x1000, 0x0400, 0x7c00};

static void vectors_f32(const char *mode)
{
  float32x4_t a = f32x4(s32a[0], s32a[1], s32a[2], s32a[3]), b = f32x4(s32b[0], s32b[1], s32b[2], s32b[3]);
  float32x4_t c = f32x4(r32a[0], r32a[1], r32a[2], r32a[3]), d = f32x4(r32b[0], r32b[1], r32b[2], r32b[3]);
  printf("-- f32 %s\n", mode);
  uint32_t fpscr = get_fpscr();
  set_fpscr(fpscr); p32("vaddq special", vaddq_f32(a, b));
  set_fpscr(fpscr); p32("vaddq", vaddq_f32(c, d));
  set_fpscr(fpscr); p32("vsubq", vsubq_f32(c, d));
  set_fpscr(fpscr); p32("vmulq", vmulq_f32(c, d));
  set_fpscr(fpscr); p32("vmulq special", vmulq_f32(a, b));
  set_fpscr(fpscr); p32("vabdq", vabdq_f32(c, d));
  set_fpscr(fpscr); p32("vmaxnmq", vmaxnmq_f32(a, c));
  set_fpscr(fpscr); p32("vminnmq", vminnmq_f32(a, d));
  set_fpscr(fpscr); p32("vmaxnmaq", vmaxnmaq_f32(c, d));
  set_fpscr(fpscr); p32("vminnmaq", vminnmaq_f32(c, a));
  set_fpscr(fpscr); p32("vfmaq", vfmaq_f32(d, c, c));
  set_fpscr(fpscr); p32("vfmsq", vfmsq_f32(d, c, c));
  set_fpscr(fpscr); p32("vfmaq special", vfmaq_f32(a, b, c));
  set_fpscr(fpscr); p32("vaddq_n", vaddq_n_f32(c, OPAQUE(1.5f)));
  set_fpscr(fpscr); p32("vsubq_n", vsubq_n_f32(c, OPAQUE(-0.0f)));
  set_fpscr(fpscr); p32("vmulq_n", vmulq_n_f32(c, OPAQUE(3.0f)));
  set_fpscr(fpscr); p32("vfmaq_n", vfmaq_n_f32(d, c, OPAQUE(0.1f)));
  set_fpscr(fpscr); p32("vfmasq_n", vfmasq_n_f32(d, c, OPAQUE(0.1f)));
  set_fpscr(fpscr); p32("vabsq", vabsq_f32(a));
  set_fpscr(fpscr); p32("vnegq", vnegq_f32(a));
}

static void vectors_f16(const char *mode)
{
  float16x8_t a = f16x8(s16a), b = f16x8(s16b);
  printf("-- f16 %s\n", mode);
  uint32_t fpscr = get_fpscr();
  set_fpscr(fpscr); p16("vaddq", vaddq_f16(a, b));
  set_fpscr(fpscr); p16("vsubq", vsubq_f16(a, b));
  set_fpscr(fpscr); p16("vmulq", vmulq_f16(a, b));
  set_fpscr(fpscr); p16("vabdq", vabdq_f16(a, b));
  set_fpscr(fpscr); p16("vmaxnmq", vmaxnmq_f16(a, b));
  set_fpscr(fpscr); p16("vminnmq", vminnmq_f16(a, b));
  set_fpscr(fpscr); p16("vmaxnmaq", vmaxnmaq_f16(a, b));
  set_fpscr(fpscr); p16("vminnmaq", vminnmaq_f16(a, b));
  set_fpscr(fpscr); p16("vfmaq", vfmaq_f16(b, a, b));
  set_fpscr(fpscr); p16("vfmsq", vfmsq_f16(b, a, b));
  set_fpscr(fpscr); p16("vaddq_n", vaddq_n_f16(a, OPAQUE((float16_t)0.25f)));
  set_fpscr(fpscr); p16("vmulq_n", vmulq_n_f16(a, OPAQUE((float16_t)-2.0f)));
  set_fpscr(fpscr); p16("vfmaq_n", vfmaq_n_f16(b, a, OPAQUE((float16_t)0.5f)));
  set_fpscr(fpscr); p16("vfmasq_n", vfmasq_n_f16(b, a, OPAQUE((float16_t)0.5f)));
  set_fpscr(fpscr); p16("vabsq", vabsq_f16(a));
  set_fpscr(fpscr); p16("vnegq", vnegq_f16(a));
}

static void predicated(void)
{
  float32x4_t c = f32x4(r32a[0], r32a[1], r32a[2], r32a[3]), d = f32x4(r32b[0], r32b[1], r32b[2], r32b[3]);
  float32x4_t a = f32x4(s32a[0], s32a[1], s32a[2], s32a[3]);
  float16x8_t h = f16x8(s16a), g = f16x8(s16b);
  printf("-- predicated\n");
  static const uint16_t preds[] = {0x0000, 0xffff, 0x00ff, 0xff00, 0x0f0f, 0x3030, 0x0001, 0x8000, 0x00f0};
  for (unsigned i = 0; i < sizeof preds / sizeof preds[0]; i++) {
    mve_pred16_t p = OPAQUE(preds[i]);
    printf("p %04x\n", (unsigned)p);
    set_fpscr(0);
    /* merging: inactive lanes from the first argument; only active lanes raise flags */
    p32("  vaddq_m", vaddq_m_f32(a, c, d, p));
    set_fpscr(0); p32("  vmulq_m special", vmulq_m_f32(c, a, d, p));
    set_fpscr(0); p32("  vfmaq_m", vfmaq_m_f32(d, c, c, p));
    set_fpscr(0); p32("  vsubq_x", vsubq_x_f32(c, d, p));
    set_fpscr(0); p32("  vmaxnmaq_m", vmaxnmaq_m_f32(d, a, p));
    set_fpscr(0); p32("  vaddq_m_n", vaddq_m_n_f32(a, c, OPAQUE(2.0f), p));
    set_fpscr(0); p32("  vabsq_m", vabsq_m_f32(c, a, p));
    set_fpscr(0); p16("  vaddq_m f16", vaddq_m_f16(g, h, g, p));
    set_fpscr(0); p16("  vfmasq_m_n f16", vfmasq_m_n_f16(h, g, OPAQUE((float16_t)1.5f), p));
    set_fpscr(0); p16("  vnegq_x f16", vnegq_x_f16(h, p));
  }
}

/* y[i] += a * x[i] over n elements: a tail-predicated loop at -O2. */
static void saxpy(float *y, const float *x, float a, int n)
{
  while (n > 0) {
    mve_pred16_t p = vctp32q(n);
    float32x4_t vx = vld1q_z_f32(x, p), vy = vld1q_z_f32(y, p);
    vst1q_p_f32(y, vfmaq_n_f32(vy, vx, a), p);
    x += 4; y += 4; n -= 4;
  }
}

static void loops(void)
{
  float x[37], y[37];
  uint32_t seed = 99;
  for (int i = 0; i < 37; i++) {
    x[i] = (float)(int)(xorshift32(&seed) % 2001 - 1000) / 64.0f;
    y[i] = (float)(int)(xorshift32(&seed) % 2001 - 1000) / 16.0f;
  }
  set_fpscr(0);
  saxpy(y, x, OPAQUE(0.3f), 37);
  printf("saxpy hash %08lx fpscr %08lx y[0] %08lx y[36] %08lx\n", (unsigned long)fnv1a(y, sizeof y),
         (unsigned long)get_fpscr(), (unsigned long)bits(y[0]), (unsigned long)bits(y[36]));
  /* exact check: 1.0 * 2.0 + 0.5 lanes */
  float one[5] = {1, 1, 1, 1, 1}, acc[5] = {0.5f, 0.5f, 0.5f, 0.5f, 0.5f};
  saxpy(acc, one, OPAQUE(2.0f), 5);
  for (int i = 0; i < 5; i++) check("saxpy lane", bits(acc[i]), 0x40200000u);
}

int main(void)
{
  /* Exact results the program checks itself (QEMU alone must pass). */
  float32x4_t r = vaddq_f32(f32x4(0x3f800000u, 0x40000000u, 0x00000001u, 0x7fc01234u),
                            f32x4(0x40000000u, 0x40400000u, 0x00000000u, 0x00000000u));
  uint32_t o[4];
  vst1q_u32(o, vreinterpretq_u32_f32(r));
  check("1+2", o[0], 0x40400000u);
  check("2+3", o[1], 0x40a00000u);
  check("denormal flushed (FZ always)", o[2], 0x00000000u);
  check("default NaN (DN always)", o[3], 0x7fc00000u);

  static const struct { const char *name; uint32_t fpscr; } modes[] = {
    {"fpscr 0", 0}, {"RMode RZ", 3u << 22}, {"RMode RM", 2u << 22}, {"FZ", 1u << 24}, {"DN", 1u << 25},
    {"FZ16", 1u << 19}, {"AHP", 1u << 26}, {"all flags preset", 0x9Fu},
  };
  for (unsigned i = 0; i < sizeof modes / sizeof modes[0]; i++) {
    set_fpscr(modes[i].fpscr);
    vectors_f32(modes[i].name);
    set_fpscr(modes[i].fpscr);
    vectors_f16(modes[i].name);
  }
  predicated();
  loops();
  set_fpscr(0);
  printf("failures %d\n", failures);
  return failures != 0;
}
