/*
 * dsp_q15.c - DSP-extension arithmetic: SSAT/USAT (__ssat/__usat), QADD/QSUB/
 * QDADD, the sticky Q flag (__saturation_occurred), SMLABB/SMLATB/SMLAWB/SMUAD/
 * SMLAD/SMLALD, SIMD adds (SADD16, QADD16, UQADD8, SEL after SADD8 setting GE
 * flags), USAD8, Q15 multiply with rounding, a Q15 FIR filter, a Q31 biquad,
 * and portable-C saturation written the way CMSIS-DSP does.
 */
#include <arm_acle.h>
#include <stdint.h>

#include "difftest.h"

static inline int16_t sat16_c(int32_t x) { return x > 32767 ? 32767 : x < -32768 ? -32768 : (int16_t)x; }
static inline int16_t q15_mul(int16_t a, int16_t b) { return sat16_c(((int32_t)a * b + (1 << 14)) >> 15); }
static inline int32_t q31_mul(int32_t a, int32_t b) { return (int32_t)(((int64_t)a * b) >> 31); }

static inline uint32_t pack16(int16_t lo, int16_t hi) { return (uint16_t)lo | (uint32_t)(uint16_t)hi << 16; }

int main(void)
{
  printf("dsp_q15\n");
  static const int32_t xs[] = {0, 1, -1, 100, -100, 32767, 32768, -32768, -32769, 70000, -70000,
                               255, 256, -129, 0x7FFFFFFF, (int32_t)0x80000000};
  for (unsigned i = 0; i < sizeof xs / sizeof xs[0]; i++) {
    int32_t x = OPAQUE(xs[i]);
    printf("x=%11ld ssat16=%6ld ssat8=%4ld usat8=%3lu usat16=%5lu sat16_c=%6d\n", (long)x,
           (long)__ssat(x, 16), (long)__ssat(x, 8), (unsigned long)__usat(x, 8),
           (unsigned long)__usat(x, 16), sat16_c(x));
  }

  /* Q flag */
  __set_saturation_occurred(0);
  int32_t a = __qadd(OPAQUE(0x70000000), OPAQUE(0x20000000));
  int q1 = __saturation_occurred();
  __set_saturation_occurred(0);
  int32_t b = __qadd(OPAQUE(0x10000000), OPAQUE(0x20000000));
  int q2 = __saturation_occurred();
  int32_t c = __qsub(OPAQUE((int32_t)0x80000000), OPAQUE(1));
  int q3 = __saturation_occurred();
  int32_t d = __qdbl(OPAQUE(0x50000000));
  printf("qadd %08lx Q=%d, qadd %08lx Q=%d, qsub %08lx Q=%d, qdbl %08lx\n", (unsigned long)a, q1,
         (unsigned long)b, q2, (unsigned long)c, q3, (unsigned long)d);
  __set_saturation_occurred(0);
  int32_t m = __smlabb(OPAQUE(0x7FFF), OPAQUE(0x7FFF), OPAQUE(0x7FFFFFFF)); /* overflow sets Q */
  printf("smlabb overflow %08lx Q=%d\n", (unsigned long)m, __saturation_occurred());
  __set_saturation_occurred(0);

  /* halfword multiplies */
  uint32_t hh = 0;
  uint32_t seed = 555;
  for (int i = 0; i < 1000; i++) {
    int32_t x = (int32_t)xorshift32(&seed), y = (int32_t)xorshift32(&seed), z = (int32_t)xorshift32(&seed) >> 4;
    hh = fnv1a_u32(hh, (uint32_t)__smlabb(x, y, z));
    hh = fnv1a_u32(hh, (uint32_t)__smlatb(x, y, z));
    hh = fnv1a_u32(hh, (uint32_t)__smlabt(x, y, z));
    hh = fnv1a_u32(hh, (uint32_t)__smlatt(x, y, z));
    hh = fnv1a_u32(hh, (uint32_t)__smlawb(x, y, z));
    hh = fnv1a_u32(hh, (uint32_t)__smlawt(x, y, z));
    hh = fnv1a_u32(hh, (uint32_t)__smuad((int16x2_t)x, (int16x2_t)y));
    hh = fnv1a_u32(hh, (uint32_t)__smusd((int16x2_t)x, (int16x2_t)y));
    hh = fnv1a_u32(hh, (uint32_t)__smlad((int16x2_t)x, (int16x2_t)y, z));
    hh = fnv1a_u32(hh, (uint32_t)__smladx((int16x2_t)x, (int16x2_t)y, z));
    int64_t l = __smlald((int16x2_t)x, (int16x2_t)y, (int64_t)z << 20);
    hh = fnv1a_u32(hh, (uint32_t)l);
    hh = fnv1a_u32(hh, (uint32_t)((uint64_t)l >> 32));
    hh = fnv1a_u32(hh, (uint32_t)__qadd(x, y));
    hh = fnv1a_u32(hh, (uint32_t)__qsub(x, z));
  }
  printf("%-28s %08lx Q=%d\n", "halfword multiply hash", (unsigned long)hh, __saturation_occurred());
  __set_saturation_occurred(0);

  /* SIMD */
  uint32_t hs = 0;
  for (int i = 0; i < 1000; i++) {
    uint32_t x = xorshift32(&seed), y = xorshift32(&seed);
    hs = fnv1a_u32(hs, (uint32_t)__sadd16((int16x2_t)x, (int16x2_t)y));
    hs = fnv1a_u32(hs, (uint32_t)__qadd16((int16x2_t)x, (int16x2_t)y));
    hs = fnv1a_u32(hs, (uint32_t)__qsub16((int16x2_t)x, (int16x2_t)y));
    hs = fnv1a_u32(hs, (uint32_t)__shadd16((int16x2_t)x, (int16x2_t)y));
    hs = fnv1a_u32(hs, __uqadd8(x, y));
    hs = fnv1a_u32(hs, __uhsub8(x, y));
    hs = fnv1a_u32(hs, __usad8(x, y));
    hs = fnv1a_u32(hs, (uint32_t)__qasx((int16x2_t)x, (int16x2_t)y));
    hs = fnv1a_u32(hs, __uxtb16(x));
    hs = fnv1a_u32(hs, (uint32_t)__sxtab16((int16x2_t)x, (int8x4_t)y));
    uint32_t s8, sel;
    /* SEL picks bytes by the GE flags the preceding SIMD add/sub set; one asm
     * statement so the compiler cannot separate or drop the pair. */
    __asm__("sadd8 %0, %2, %3\n\tsel %1, %2, %3" : "=&r"(s8), "=&r"(sel) : "r"(x), "r"(y));
    hs = fnv1a_u32(hs, s8 ^ sel);
    __asm__("usub16 %0, %2, %3\n\tsel %1, %3, %2" : "=&r"(s8), "=&r"(sel) : "r"(x), "r"(y));
    hs = fnv1a_u32(hs, s8 ^ sel);
  }
  P32("SIMD hash", hs);
  printf("ssat16(0x7fff8001, 12) = %08lx, usat16 = %08lx\n",
         (unsigned long)(uint32_t)__ssat16((int16x2_t)OPAQUE(0x7FFF8001), 12),
         (unsigned long)(uint32_t)__usat16((int16x2_t)OPAQUE(0x7FFF8001), 12));
  __set_saturation_occurred(0);

  /* Q15 multiply and FIR, portable C */
  static const int16_t qa[] = {0, 1, -1, 16384, -16384, 32767, -32768, 12345, -23456};
  for (unsigned i = 0; i < sizeof qa / sizeof qa[0]; i++) {
    printf("q15 %6d:", qa[i]);
    for (unsigned j = 0; j < sizeof qa / sizeof qa[0]; j += 2) printf(" %6d", q15_mul(qa[i], qa[j]));
    printf("\n");
  }
  static int16_t coeffs[24], in[200], out[177];
  for (int i = 0; i < 24; i++) coeffs[i] = (int16_t)((xorshift32(&seed) >> 20) - 2048);
  for (int i = 0; i < 200; i++) in[i] = (int16_t)(xorshift32(&seed) >> 16);
  for (int n = 0; n < 177; n++) {
    int32_t acc = 0;
    for (int k = 0; k < 24; k += 2) {
      uint32_t xv = pack16(in[n + k], in[n + k + 1]), cv = pack16(coeffs[k], coeffs[k + 1]);
      acc = __smlad((int16x2_t)xv, (int16x2_t)cv, acc);
    }
    out[n] = (int16_t)__ssat((acc + (1 << 14)) >> 15, 16);
  }
  P32("fir_q15 (smlad) hash", fnv1a(out, sizeof out));
  for (int n = 0; n < 177; n++) {
    int64_t acc = 0;
    for (int k = 0; k < 24; k++) acc += (int32_t)in[n + k] * coeffs[k];
    out[n] = sat16_c((int32_t)((acc + (1 << 14)) >> 15));
  }
  P32("fir_q15 (C) hash", fnv1a(out, sizeof out));

  /* Q31 biquad (direct form I), a low-pass filter */
  const int32_t b0 = 0x0A3D70A4 / 4, b1 = 0x0A3D70A4 / 2, b2 = 0x0A3D70A4 / 4;
  const int32_t a1 = 0x5A7EF9DB, a2 = -0x2BC6A7F0; /* already scaled by 1/2 (postshift 1) */
  int32_t x1 = 0, x2 = 0, y1 = 0, y2 = 0;
  uint32_t hq = 0;
  for (int n = 0; n < 300; n++) {
    int32_t xn = (int32_t)(xorshift32(&seed) & 0x0FFFFFFF) - 0x08000000;
    int64_t acc = (int64_t)b0 * xn + (int64_t)b1 * x1 + (int64_t)b2 * x2 + (int64_t)a1 * y1 + (int64_t)a2 * y2;
    int32_t yn = (int32_t)(acc >> 30);
    x2 = x1; x1 = xn; y2 = y1; y1 = yn;
    hq = fnv1a_u32(hq, (uint32_t)yn);
  }
  printf("%-28s %08lx last %ld, q31_mul %ld\n", "biquad q31 hash", (unsigned long)hq, (long)y1,
         (long)q31_mul(OPAQUE(0x40000000), OPAQUE(-0x20000000)));
  printf("dsp_q15 done\n");
  return 0;
}
