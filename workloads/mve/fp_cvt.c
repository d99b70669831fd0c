/*
 * Helium floating-point conversions and roundings through the ACLE
 * intrinsics: VCVT between .f32/.f16 and s32/u32/s16/u16 (to integer:
 * round towards zero, saturating, NaN -> 0, Invalid Operation; from
 * integer: round to nearest), with fraction bits (vcvtq_n), VCVTA/N/P/M
 * (explicit rounding), VRINTN/X/A/Z/M/P (vrndnq, vrndxq, vrndaq, vrndq,
 * vrndmq, vrndpq); unpredicated, _m and _x; FPSCR modes (RMode has no
 * effect: the standard FPSCR value rounds to nearest); a quantisation loop.
 *
 * VCVTB/VCVTT between .f16 and .f32 are in fp_sweep.c as raw encodings:
 * GNU as 2.40 encodes their Qm operand wrongly (vcvtbq_f16_f32 compiled by
 * GCC 12 reads q2 where the source says q1).
 */
#include <arm_mve.h>

#include "difftest.h"

#define MVE_HARNESS_FP
#include "mve_harness.h"

/* Inputs: ties, halves, near the integer limits, NaNs, infinities, zeros. */
static const uint32_t f32in[6][4] = {
  {0x3fc00000u, 0x40200000u, 0xbfc00000u, 0xc0200000u},  /* 1.5 2.5 -1.5 -2.5 */
  {0x3f000000u, 0xbf000000u, 0x3f7fffffu, 0xbe800000u},  /* 0.5 -0.5 0.99999994 -0.25 */
  {0x4effffffu, 0x4f000000u, 0xcf000000u, 0xcf000001u},  /* 2^31-128 2^31 -2^31 < -2^31 */
  {0x4f7fffffu, 0x4f800000u, 0x7fc00000u, 0x7f800001u},  /* < 2^32, 2^32, qNaN, sNaN */
  {0x7f800000u, 0xff800000u, 0x80000000u, 0x00000001u},  /* +inf -inf -0 denormal */
  {0x4b7fffffu, 0x4b800001u, 0x3e2aaaabu, 0xc2f6e979u},  /* 2^24-1 2^24+2 1/6 -123.456 */
};
static const uint16_t f16in[3][8] = {
  {0x3e00, 0x4100, 0xbe00, 0xc100, 0x3800, 0xb800, 0x3bff, 0xb400},  /* 1.5 2.5 -1.5 -2.5 .5 -.5 .9995 -.25 */
  {0x7bff, 0xfbff, 0x7800, 0x7e00, 0x7c01, 0x7c00, 0xfc00, 0x8000},  /* 65504 -65504 32768 NaNs inf -inf -0 */
  {0x0001, 0x8001, 0x03ff, 0x57d0, 0xd7d0, 0x5bd0, 0x6400, 0x0400},  /* denormals 125 -125 250 1024 min normal */
};
static const uint32_t i32in[2][4] = {
  {0x7fffffffu, 0x80000000u, 0x01000001u, 0xffffffffu},
  {0x00000003u, 0xfffffffdu, 0x00ffffffu, 0x12345678u},
};
static const uint16_t i16in[8] = {0x7fff, 0x8000, 0x0801, 0xffff, 0x0003, 0xfffd, 0x07ff, 0x1234};

static void p32(const char *label, uint32x4_t v)
{
  uint32_t o[4];
  vst1q_u32(o, v);
  printf("  %-18s %08lx %08lx %08lx %08lx fpscr %08lx\n", label, (unsigned long)o[0], (unsigned long)o[1],
         (unsigned long)o[2], (unsigned long)o[3], (unsigned long)get_fpscr());
}
static void p16(const char *label, uint16x8_t v)
{
  uint16_t o[8];
  vst1q_u16(o, v);
  printf("  %-18s", label);
  for (int i = 0; i < 8; i++) printf(" %04x", o[i]);
  printf(" fpscr %08lx\n", (unsigned long)get_fpscr());
}

#define R32(label, expr) do { set_fpscr(mode); p32(label, vreinterpretq_u32_s32(vreinterpretq_s32_u32(expr))); } while (0)
#define F32(label, expr) do { set_fpscr(mode); p32(label, vreinterpretq_u32_f32(expr)); } while (0)
#define R16(label, expr) do { set_fpscr(mode); p16(label, expr); } while (0)
#define F16(label, expr) do { set_fpscr(mode); p16(label, vreinterpretq_u16_f16(expr)); } while (0)

static void conversions(uint32_t mode)
{
  printf("-- fpscr %08lx\n", (unsigned long)mode);
  mve_pred16_t p = OPAQUE((mve_pred16_t)0x0ff0);
  for (int i = 0; i < 6; i++) {
    float32x4_t f = vreinterpretq_f32_u32(vld1q_u32(f32in[i]));
    uint32x4_t old = vdupq_n_u32(0xdeadbeefu);
    printf("f32 #%d\n", i);
    R32("vcvtq_s32", vreinterpretq_u32_s32(vcvtq_s32_f32(f)));
    R32("vcvtq_u32", vcvtq_u32_f32(f));
    R32("vcvtaq_s32", vreinterpretq_u32_s32(vcvtaq_s32_f32(f)));
    R32("vcvtaq_u32", vcvtaq_u32_f32(f));
    R32("vcvtnq_s32", vreinterpretq_u32_s32(vcvtnq_s32_f32(f)));
    R32("vcvtnq_u32", vcvtnq_u32_f32(f));
    R32("vcvtpq_s32", vreinterpretq_u32_s32(vcvtpq_s32_f32(f)));
    R32("vcvtpq_u32", vcvtpq_u32_f32(f));
    R32("vcvtmq_s32", vreinterpretq_u32_s32(vcvtmq_s32_f32(f)));
    R32("vcvtmq_u32", vcvtmq_u32_f32(f));
    R32("vcvtq_n_s32 #1", vreinterpretq_u32_s32(vcvtq_n_s32_f32(f, 1)));
    R32("vcvtq_n_u32 #16", vcvtq_n_u32_f32(f, 16));
    R32("vcvtq_n_s32 #32", vreinterpretq_u32_s32(vcvtq_n_s32_f32(f, 32)));
    R32("vcvtq_m_s32", vreinterpretq_u32_s32(vcvtq_m_s32_f32(vreinterpretq_s32_u32(old), f, p)));
    R32("vcvtmq_m_u32", vcvtmq_m_u32_f32(old, f, p));
    F32("vrndq", vrndq_f32(f));
    F32("vrndnq", vrndnq_f32(f));
    F32("vrndaq", vrndaq_f32(f));
    F32("vrndmq", vrndmq_f32(f));
    F32("vrndpq", vrndpq_f32(f));
    F32("vrndxq", vrndxq_f32(f));
    F32("vrndxq_m", vrndxq_m_f32(vreinterpretq_f32_u32(old), f, p));
    F32("vrndaq_x", vrndaq_x_f32(f, p));
  }
  for (int i = 0; i < 3; i++) {
    float16x8_t f = vreinterpretq_f16_u16(vld1q_u16(f16in[i]));
    printf("f16 #%d\n", i);
    R16("vcvtq_s16", vreinterpretq_u16_s16(vcvtq_s16_f16(f)));
    R16("vcvtq_u16", vcvtq_u16_f16(f));
    R16("vcvtaq_s16", vreinterpretq_u16_s16(vcvtaq_s16_f16(f)));
    R16("vcvtnq_u16", vcvtnq_u16_f16(f));
    R16("vcvtpq_s16", vreinterpretq_u16_s16(vcvtpq_s16_f16(f)));
    R16("vcvtmq_u16", vcvtmq_u16_f16(f));
    R16("vcvtq_n_s16 #4", vreinterpretq_u16_s16(vcvtq_n_s16_f16(f, 4)));
    R16("vcvtq_n_u16 #16", vcvtq_n_u16_f16(f, 16));
    F16("vrndq", vrndq_f16(f));
    F16("vrndnq", vrndnq_f16(f));
    F16("vrndaq", vrndaq_f16(f));
    F16("vrndmq", vrndmq_f16(f));
    F16("vrndpq", vrndpq_f16(f));
    F16("vrndxq", vrndxq_f16(f));
    F16("vrndpq_m", vrndpq_m_f16(f, vnegq_f16(f), OPAQUE((mve_pred16_t)0x3333)));
  }
  for (int i = 0; i < 2; i++) {
    int32x4_t s = vreinterpretq_s32_u32(vld1q_u32(i32in[i]));
    printf("int32 #%d\n", i);
    F32("vcvtq_f32_s32", vcvtq_f32_s32(s));
    F32("vcvtq_f32_u32", vcvtq_f32_u32(vreinterpretq_u32_s32(s)));
    F32("vcvtq_n_f32_s32 #8", vcvtq_n_f32_s32(s, 8));
    F32("vcvtq_n_f32_u32 #32", vcvtq_n_f32_u32(vreinterpretq_u32_s32(s), 32));
    F32("vcvtq_m_f32_s32", vcvtq_m_f32_s32(vdupq_n_f32(-7.0f), s, p));
  }
  int16x8_t h = vreinterpretq_s16_u16(vld1q_u16(i16in));
  printf("int16\n");
  F16("vcvtq_f16_s16", vcvtq_f16_s16(h));
  F16("vcvtq_f16_u16", vcvtq_f16_u16(vreinterpretq_u16_s16(h)));
  F16("vcvtq_n_f16_s16 #15", vcvtq_n_f16_s16(h, 15));
  F16("vcvtq_n_f16_u16 #16", vcvtq_n_f16_u16(vreinterpretq_u16_s16(h), 16));
  F16("vcvtq_x_f16_u16", vcvtq_x_f16_u16(vreinterpretq_u16_s16(h), OPAQUE((mve_pred16_t)0xff00)));
}

/* Quantise to int8 range: round(x / scale) + zero_point, saturated; the
 * float part in Helium, tail-predicated. */
static void quantise(int32_t *q, const float *x, int n, float inv_scale, int zp)
{
  while (n > 0) {
    mve_pred16_t p = vctp32q(n);
    float32x4_t v = vmulq_n_f32(vld1q_z_f32(x, p), inv_scale);
    int32x4_t r = vaddq_n_s32(vcvtnq_s32_f32(v), zp);
    r = vmaxq_s32(vminq_s32(r, vdupq_n_s32(127)), vdupq_n_s32(-128));
    vst1q_p_s32(q, r, p);
    q += 4; x += 4; n -= 4;
  }
}

int main(void)
{
  conversions(0);
  conversions(3u << 22 | 1u << 24 | 1u << 25); /* RMode RZ, FZ, DN: no effect */
  conversions(1u << 22 | 1u << 19 | 1u << 26); /* RMode RP, FZ16 (f16 denormal inputs), AHP */

  /* Self-checks (QEMU must pass). */
  set_fpscr(3u << 22); /* RZ in the FPSCR: VCVTN and VRINTX still round to nearest */
  int32_t t[4];
  vst1q_s32(t, vcvtnq_s32_f32(vreinterpretq_f32_u32(vld1q_u32(f32in[0]))));
  check("vcvtn 1.5", (uint32_t)t[0], 2);
  check("vcvtn 2.5", (uint32_t)t[1], 2);
  check("vcvtn -1.5", (uint32_t)t[2], (uint32_t)-2);
  vst1q_s32(t, vcvtq_s32_f32(vreinterpretq_f32_u32(vld1q_u32(f32in[2]))));
  check("vcvt saturates high", (uint32_t)t[1], 0x7fffffffu);
  check("vcvt -2^31", (uint32_t)t[2], 0x80000000u);
  uint32_t r[4];
  vst1q_u32(r, vreinterpretq_u32_f32(vrndxq_f32(vreinterpretq_f32_u32(vld1q_u32(f32in[0])))));
  check("vrintx 2.5", r[1], 0x40000000u);

  float x[29];
  int32_t q[29];
  uint32_t seed = 5;
  for (int i = 0; i < 29; i++) x[i] = (float)(int)(xorshift32(&seed) % 4001 - 2000) / 256.0f;
  set_fpscr(0);
  quantise(q, x, 29, OPAQUE(10.0f), 3);
  printf("quantise hash %08lx fpscr %08lx q[0] %ld q[28] %ld\n", (unsigned long)fnv1a(q, sizeof q),
         (unsigned long)get_fpscr(), (long)q[0], (long)q[28]);
  set_fpscr(0);
  printf("failures %d\n", failures);
  return failures != 0;
}
