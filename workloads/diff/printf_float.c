/*
 * printf_float.c - formatted output of floats and doubles through picolibc's
 * double-precision printf (-DPICOLIBC_DOUBLE_PRINTF_SCANF): %f %e %g %a with
 * various precisions, widths and flags, rounding of halfway cases, very large
 * and very small magnitudes, subnormals, infinities, NaN, negative zero; plus
 * strtod/strtof and snprintf round-trips with %.17g / %.9g.
 */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "difftest.h"

static volatile double dvals[] = {
  0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 1.0 / 3.0, 2.0 / 3.0, 3.14159265358979323846,
  2.718281828459045, 123456.789, 1e10, 1.5e-10, 6.02214076e23, 1.602176634e-19,
  9.999999, 0.000123456, 1e300, 1e-300, DBL_MAX, DBL_MIN, 4.9406564584124654e-324,
  0.125, 2.5, 3.5, -2.5, 1e15 + 0.3, 9007199254740993.0, 255.0 / 256.0,
};
static volatile float fvals[] = {
  0.0f, 1.0f, -1.5f, 0.1f, 3.14159265f, 1e-8f, 1e8f, 16777217.0f, FLT_MAX, FLT_MIN,
  1.17549435e-38f / 8.0f, 0.3333333f, 65504.0f,
};

int main(void)
{
  printf("printf_float\n");
  for (unsigned i = 0; i < sizeof dvals / sizeof dvals[0]; i++) {
    double d = dvals[i];
    printf("[%u] %f | %.0f | %.3f | %.10f\n", i, d, d, d, d);
    printf("    %e | %.0e | %.3E | %.15e\n", d, d, d, d);
    printf("    %g | %.1g | %.6g | %.17g | %#g\n", d, d, d, d, d);
    printf("    %a | %12.4f | %-12.2e| %+g | % g | %012.3f\n", d, d, d, d, d, d);
  }
  for (unsigned i = 0; i < sizeof fvals / sizeof fvals[0]; i++) {
    float f = fvals[i];
    printf("f[%u] %f %e %g %.9g %a\n", i, (double)f, (double)f, (double)f, (double)f, (double)f);
  }

  /* special values */
  double inf = OPAQUE(1.0) / OPAQUE(0.0);   /* IEEE: +inf, no trap */
  double nan = OPAQUE(0.0) / OPAQUE(0.0);
  printf("inf: %f %e %g %F %E %G %10.3f|\n", inf, -inf, inf, inf, -inf, inf, -inf);
  printf("nan: %f %e %g %F\n", fabs(nan), fabs(nan), fabs(nan), fabs(nan));
  printf("isnan=%d isinf=%d signbit(-0)=%d\n", isnan(nan), isinf(-inf), signbit(-0.0) != 0);

  /* rounding of halfway cases (round-half-even on the exact binary value) */
  static volatile double halves[] = {0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.125, 0.375, 1.005, 2.675, 1.25, 1.35};
  for (unsigned i = 0; i < sizeof halves / sizeof halves[0]; i++)
    printf("half %g -> %.0f %.1f %.2f\n", halves[i], halves[i], halves[i], halves[i]);

  /* snprintf + strtod round trip of random doubles */
  uint32_t seed = 777, h = 0;
  int bad = 0;
  char buf[64];
  for (int i = 0; i < 200; i++) {
    uint64_t bits = ((uint64_t)xorshift32(&seed) << 32) | xorshift32(&seed);
    bits &= ~(0x7FFull << 52);
    bits |= (uint64_t)(900 + (xorshift32(&seed) % 250)) << 52; /* exponent in a sane range */
    double d;
    memcpy(&d, &bits, sizeof d);
    int n = snprintf(buf, sizeof buf, "%.17g", d);
    h = fnv1a(buf, (size_t)n) ^ (h * 31u);
    double back = strtod(buf, NULL);
    if (memcmp(&back, &d, sizeof d) != 0) bad++;
  }
  printf("%-28s %08lx, %d round-trip failures\n", "%.17g strtod hash", (unsigned long)h, bad);

  h = 0; bad = 0;
  for (int i = 0; i < 200; i++) {
    uint32_t bits = xorshift32(&seed);
    bits = (bits & 0x807FFFFFu) | ((100u + xorshift32(&seed) % 60u) << 23);
    float f;
    memcpy(&f, &bits, sizeof f);
    int n = snprintf(buf, sizeof buf, "%.9g", (double)f);
    h = fnv1a(buf, (size_t)n) ^ (h * 31u);
    float back = strtof(buf, NULL);
    if (memcmp(&back, &f, sizeof f) != 0) bad++;
  }
  printf("%-28s %08lx, %d round-trip failures\n", "%.9g strtof hash", (unsigned long)h, bad);

  printf("strtod: %.17g %.17g %.17g %g\n", strtod("0.1", NULL), strtod("1e-320", NULL),
         strtod("-123.456e7", NULL), strtod("0x1.8p3", NULL));
  printf("printf_float done\n");
  return 0;
}
