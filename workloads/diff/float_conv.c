/*
 * float_conv.c - conversions: float <-> int32/uint32/int64/uint64 (VCVT and the
 * AEABI helpers __aeabi_f2lz, __aeabi_l2d, ...), float <-> double (VCVT.F64.F32),
 * half precision (VCVTB in the hard-float build, libgcc's __aeabi_f2h/h2f in the
 * soft-float one), rounding of int -> float when the value
 * does not fit the mantissa, lrint/lround/llround, fixed-point conversions, and
 * the rounding modes of fesetround (hard float only; soft float has only
 * round-to-nearest).
 */
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdint.h>

#include "difftest.h"

/* float -> IEEE half -> float. No __fp16 object is ever stored to memory:
 * GCC 12.2 with -mcpu=cortex-m55+nomve -mfloat-abi=hard emits the Advanced SIMD
 * lane store "vst1.16 {dN[x]}" (UNDEFINED on M-profile) for __fp16 stores, so
 * the hard-float build converts with VCVTB in inline asm and the soft-float
 * build through a cast (libgcc's __aeabi_f2h / __aeabi_h2f). */
static inline float via_half(float f)
{
#ifdef __ARM_PCS_VFP
  float r;
  __asm__("vcvtb.f16.f32 %0, %1\n\tvcvtb.f32.f16 %0, %0" : "=t"(r) : "t"(f));
  return r;
#else
  return (float)(__fp16)f;
#endif
}

static volatile float fv[] = {
  0.0f, -0.0f, 0.4f, 0.5f, 0.6f, -0.5f, -1.5f, 2.5f, 1e3f, -1e3f, 123456.7f,
  2147483520.0f, -2147483648.0f, 4294967040.0f, 9.2233714e18f, -9.2233720e18f,
  16777217.0f, 1e-45f, 65519.0f, 65520.0f, 0.000061035156f,
};
static volatile double dv[] = {
  0.0, -0.0, 0.49999999999999994, 0.5, 1.5, -2.5, 1e9, -1e9, 2147483647.0,
  -2147483648.0, 4294967295.0, 9007199254740993.0, 9.2233720368547748e18,
  -9.2233720368547758e18, 1.8446744073709550e19, 3.4028235677973366e38,
  1e-46, 0.1,
};
static volatile int32_t iv[] = {0, 1, -1, 16777216, 16777217, 16777219, INT32_MAX, INT32_MIN, -123456789};
static volatile uint32_t uv[] = {0, 1, 0x80000000u, 0xFFFFFFFFu, 0xFFFFFF80u, 0x01000001u};
static volatile int64_t lv[] = {0, -1, 9007199254740993LL, INT64_MAX, INT64_MIN, -9007199254740993LL, 0x123456789ABLL};
static volatile uint64_t ulv[] = {0, 1, UINT64_MAX, 0x8000000000000401ull, 0x20000000000001ull};

int main(void)
{
  printf("float_conv\n");
  /* float/double -> integer (only values in range: out-of-range is UB in C) */
  for (unsigned i = 0; i < sizeof fv / sizeof fv[0]; i++) {
    float f = fv[i];
    printf("f=%-16a d=%-16a", (double)f, (double)f);
    if (f > -2147483649.0f && f < 2147483648.0f) printf(" i32=%ld", (long)(int32_t)f);
    if (f > -1.0f && f < 4294967296.0f) printf(" u32=%lu", (unsigned long)(uint32_t)f);
    if (f > -9.3e18f && f < 9.2233720e18f) printf(" i64=%lld", (long long)(int64_t)f);
    printf(" lrint=%ld lround=%ld", fabsf(f) < 2e9f ? lrintf(f) : 0L, fabsf(f) < 2e9f ? lroundf(f) : 0L);
    printf(" half=%a\n", (double)via_half(f));
  }
  for (unsigned i = 0; i < sizeof dv / sizeof dv[0]; i++) {
    double d = dv[i];
    printf("d=%-24a f=%-16a", d, (double)(float)d);
    if (d > -2147483649.0 && d < 2147483648.0) printf(" i32=%ld", (long)(int32_t)d);
    if (d > -1.0 && d < 4294967296.0) printf(" u32=%lu", (unsigned long)(uint32_t)d);
    if (d >= -9.2233720368547758e18 && d < 9.2233720368547758e18) printf(" i64=%lld", (long long)(int64_t)d);
    if (d > -1.0 && d < 1.8446744073709552e19) printf(" u64=%llu", (unsigned long long)(uint64_t)d);
    printf(" llround=%lld\n", fabs(d) < 9e18 ? llround(d) : 0LL);
  }
  /* integer -> float/double (rounding to nearest-even when inexact) */
  for (unsigned i = 0; i < sizeof iv / sizeof iv[0]; i++)
    printf("i32 %ld -> f %a d %a\n", (long)iv[i], (double)(float)iv[i], (double)iv[i]);
  for (unsigned i = 0; i < sizeof uv / sizeof uv[0]; i++)
    printf("u32 %lu -> f %a d %a\n", (unsigned long)uv[i], (double)(float)uv[i], (double)uv[i]);
  for (unsigned i = 0; i < sizeof lv / sizeof lv[0]; i++)
    printf("i64 %lld -> f %a d %a\n", (long long)lv[i], (double)(float)lv[i], (double)lv[i]);
  for (unsigned i = 0; i < sizeof ulv / sizeof ulv[0]; i++)
    printf("u64 %llu -> f %a d %a\n", (unsigned long long)ulv[i], (double)(float)ulv[i], (double)ulv[i]);

  /* fixed point <-> float (Q15 / Q31 scaling) */
  for (int i = -4; i <= 4; i++) {
    float f = (float)i * 0.2499f;
    int16_t q15 = (int16_t)lrintf(f * 32768.0f > 32767.0f ? 32767.0f : f * 32768.0f);
    int32_t q31 = (int32_t)llrint((double)f * 2147483648.0 > 2147483647.0 ? 2147483647.0 : (double)f * 2147483648.0);
    printf("q %+.4f -> q15 %6d q31 %11ld -> back %a %a\n", (double)f, q15, (long)q31,
           (double)q15 / 32768.0, (double)q31 / 2147483648.0);
  }

  /* random round trips */
  uint32_t seed = 31337, h = 0;
  for (int i = 0; i < 2000; i++) {
    int32_t x = (int32_t)xorshift32(&seed) >> (i & 31);
    float f = (float)x;
    double d = (double)x;
    h = fnv1a_u32(h, (uint32_t)(int32_t)f);
    h = fnv1a_u32(h, (uint32_t)(int32_t)d);
    h = fnv1a_u32(h, (uint32_t)(int32_t)(f * 0.37f));
    h = fnv1a_u32(h, (uint32_t)(int64_t)(d * 1234.5));
    float hh = via_half((float)(x & 0xFFFF) * 0.01f);
    h = fnv1a_u32(h, (uint32_t)(int32_t)(hh * 100.0f));
  }
  P32("random conversion hash", h);

  /* rounding modes */
#ifdef __ARM_PCS_VFP
  static const int modes[] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};
  static const char *const names[] = {"nearest", "upward", "downward", "towardzero"};
  for (int i = 0; i < 4; i++) {
    int rc = fesetround(modes[i]);
    volatile float a = 1.0f, b = 3.0f, c = -2.5f;
    volatile double da = 1.0, db = 3.0;
    printf("round %-10s rc=%d get=%d 1/3=%a -1/3=%a 1/3d=%a rint(-2.5)=%g (int)(-2.5)=%d\n",
           names[i], rc, fegetround() == modes[i], (double)(a / b), (double)(-a / b),
           da / db, (double)rintf(c), (int)c);
  }
  fesetround(FE_TONEAREST);
#else
  printf("rounding modes: soft float, round-to-nearest only\n");
#endif
  printf("float_conv done\n");
  return 0;
}
