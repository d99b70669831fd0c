/*
 * float_math.c - single and double precision arithmetic and libm: + - * /,
 * sqrtf/sqrt (VSQRT), fmaf/fma (VFMA), fabs, copysign, fmin/fmax (VMINNM/VMAXNM),
 * floor/ceil/trunc/round/rint/nearbyint (VRINT*), sin/cos/tan/exp/log/pow/atan2,
 * frexp/ldexp/nextafter, subnormal arithmetic, infinities and NaN propagation.
 * Results are printed with %a (exact bits) so any difference is visible.
 */
#include <float.h>
#include <math.h>
#include <stdint.h>

#include "difftest.h"

static uint32_t fbits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static uint64_t dbits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }

/* Canonicalise NaN payloads/signs before hashing: their propagation rules are
 * not something C code should depend on. */
/* fmin/fmax(+0, -0) may return either zero (C17 F.10.9.2 allows it), and GCC's
 * choice depends on the -O level, so their zero results are hashed unsigned. */
static float zf(float f) { return f == 0.0f ? 0.0f : f; }
static double zd(double d) { return d == 0.0 ? 0.0 : d; }
static uint32_t hf(uint32_t h, float f) { return fnv1a_u32(h, isnan(f) ? 0x7FC00000u : fbits(f)); }
static uint32_t hd(uint32_t h, double d)
{
  uint64_t u = isnan(d) ? 0x7FF8000000000000ull : dbits(d);
  return fnv1a_u32(fnv1a_u32(h, (uint32_t)u), (uint32_t)(u >> 32));
}

static volatile float fv[] = {
  0.0f, -0.0f, 1.0f, -1.0f, 0.5f, 2.0f, 3.0f, 0.1f, -0.7f, 1.5f, 2.5f, -2.5f,
  100.25f, 1e-3f, 1e6f, 3.4e38f, 1.2e-38f, 1e-40f, -1e-44f, 8388607.5f, 16777216.0f,
};
static volatile double dv[] = {
  0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 3.0, 0.1, -0.7, 1.5, 2.5, -2.5, 100.25,
  1e-3, 1e6, 1.7e308, 2.3e-308, 1e-310, -5e-324, 4503599627370495.5, 9007199254740992.0,
};
#define NF (sizeof fv / sizeof fv[0])
#define ND (sizeof dv / sizeof dv[0])

int main(void)
{
  printf("float_math (%s float ABI)\n",
#ifdef __ARM_PCS_VFP
         "hard"
#else
         "soft"
#endif
  );

  /* basic arithmetic, every pair */
  uint32_t h = 0;
  for (unsigned i = 0; i < NF; i++)
    for (unsigned j = 0; j < NF; j++) {
      float a = fv[i], b = fv[j];
      h = hf(h, a + b); h = hf(h, a - b); h = hf(h, a * b); h = hf(h, a / b);
      h = hf(h, fmaf(a, b, 0.25f)); h = hf(h, zf(fminf(a, b))); h = hf(h, zf(fmaxf(a, b)));
      h = hf(h, copysignf(a, b));
      h = fnv1a_u32(h, (uint32_t)((a < b) | (a <= b) << 1 | (a == b) << 2 | (a != b) << 3 | isunordered(a, b) << 4));
    }
  P32("float pair ops hash", h);
  h = 0;
  for (unsigned i = 0; i < ND; i++)
    for (unsigned j = 0; j < ND; j++) {
      double a = dv[i], b = dv[j];
      h = hd(h, a + b); h = hd(h, a - b); h = hd(h, a * b); h = hd(h, a / b);
      h = hd(h, fma(a, b, -0.125)); h = hd(h, zd(fmin(a, b))); h = hd(h, zd(fmax(a, b)));
      h = fnv1a_u32(h, (uint32_t)((a < b) | (a <= b) << 1 | (a == b) << 2 | (a != b) << 3 | isunordered(a, b) << 4));
    }
  P32("double pair ops hash", h);

  /* unary functions, printed exactly */
  for (unsigned i = 0; i < NF; i++) {
    float x = fv[i];
    printf("f %-14a sqrt=%-14a floor=%g ceil=%g trunc=%g round=%g rint=%g\n",
           (double)x, (double)sqrtf(fabsf(x)), (double)floorf(x), (double)ceilf(x),
           (double)truncf(x), (double)roundf(x), (double)rintf(x));
  }
  for (unsigned i = 0; i < ND; i++) {
    double x = dv[i];
    printf("d %-23a sqrt=%-23a floor=%g round=%g nearbyint=%g\n",
           x, sqrt(fabs(x)), floor(x), round(x), nearbyint(x));
  }

  /* transcendental functions (picolibc's libm, same code on both ABIs) */
  static volatile double targs[] = {0.0, 0.5, 1.0, -1.0, 2.0, 3.14159265358979, 10.0, -0.001, 100.0};
  for (unsigned i = 0; i < sizeof targs / sizeof targs[0]; i++) {
    double x = targs[i];
    printf("x=%g sin=%.17g cos=%.17g exp=%.17g atan=%.17g\n", x, sin(x), cos(x), exp(x), atan(x));
    printf("      tan=%.17g log1p(|x|)=%.17g pow(1.5,x)=%.17g atan2(x,-2)=%.17g\n",
           tan(x), log1p(fabs(x)), pow(1.5, x), atan2(x, -2.0));
    float xf = (float)x;
    printf("      sinf=%.9g cosf=%.9g expf=%.9g logf(|x|+1)=%.9g tanhf=%.9g\n",
           (double)sinf(xf), (double)cosf(xf), (double)expf(xf), (double)logf(fabsf(xf) + 1.0f),
           (double)tanhf(xf));
  }

  /* fma vs separate multiply-add: differ by the single rounding */
  volatile float fa = 1.0f + 0x1p-12f, fb = 1.0f - 0x1p-12f, fc = -1.0f;
  printf("fmaf(1+2^-12, 1-2^-12, -1) = %a\n", (double)fmaf(fa, fb, fc));
  volatile float prod = fa * fb;
  printf("(1+2^-12)*(1-2^-12) + -1    = %a\n", (double)(prod + fc));
  volatile double da = 1.0 + 0x1p-30, db = 1.0 - 0x1p-30, dc = -1.0;
  printf("fma(1+2^-30, 1-2^-30, -1)   = %a\n", fma(da, db, dc));

  /* frexp / ldexp / nextafter / subnormals */
  int e;
  double m = frexp(OPAQUE(1234.5678), &e);
  printf("frexp(1234.5678) = %a * 2^%d\n", m, e);
  printf("ldexp(1, -1074) = %a, ldexp(1, 1023) = %a, ldexp(1.5, -1075) = %a\n",
         ldexp(1.0, OPAQUE(-1074)), ldexp(1.0, OPAQUE(1023)), ldexp(1.5, OPAQUE(-1075)));
  printf("nextafter(1, 2) = %a, nextafterf(0, 1) = %a\n", nextafter(OPAQUE(1.0), 2.0),
         (double)nextafterf(fv[0], 1.0f));
  volatile float sub = 1e-40f;
  printf("subnormal f: %a * 3 = %a, / 1e10 = %a\n", (double)sub, (double)(sub * 3.0f),
         (double)(sub / 1e10f));
  volatile double dsub = 1e-310;
  printf("subnormal d: %a * 0.5 = %a, + DBL_MIN = %a\n", dsub, dsub * 0.5, dsub + DBL_MIN);
  printf("FLT_EPSILON %a DBL_EPSILON %a\n", (double)FLT_EPSILON, DBL_EPSILON);

  /* accumulation: order matters, deterministic */
  float fs = 0.0f;
  double ds = 0.0;
  for (int i = 1; i <= 2000; i++) {
    fs += 1.0f / (float)i;
    ds += 1.0 / ((double)i * i);
  }
  printf("harmonic(2000) float = %a, basel(2000) double = %.17g\n", (double)fs, ds);
  printf("float_math done\n");
  return 0;
}
