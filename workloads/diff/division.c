/*
 * division.c - 32-bit division and remainder: SDIV/UDIV with operands of every
 * sign, rounding toward zero, division by constants (compiled to multiply-high
 * sequences), by powers of two (shifts with sign fix-up), and the hardware's
 * defined division-by-zero result (0 while CCR.DIV_0_TRP is clear), exercised
 * through inline asm so the C code never divides by zero.
 */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>

#include "difftest.h"

static inline int32_t hw_sdiv(int32_t a, int32_t b) { int32_t r; __asm__ volatile("sdiv %0, %1, %2" : "=r"(r) : "r"(a), "r"(b)); return r; }
static inline uint32_t hw_udiv(uint32_t a, uint32_t b) { uint32_t r; __asm__ volatile("udiv %0, %1, %2" : "=r"(r) : "r"(a), "r"(b)); return r; }

static const int32_t vals[] = {
  0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 16, -16, 100, -100, 255, 1000003,
  -1000003, 0x7FFF, -0x8000, INT32_MAX, INT32_MIN, INT32_MAX - 1, INT32_MIN + 1,
  0x40000000, 0x12345678, (int32_t)0x87654321u,
};
#define NV (sizeof vals / sizeof vals[0])

__attribute__((noinline)) static uint32_t div_const(int32_t a)
{
  uint32_t u = (uint32_t)a, h = 0;
  h = fnv1a_u32(h, (uint32_t)(a / 3));   h = fnv1a_u32(h, (uint32_t)(a % 3));
  h = fnv1a_u32(h, (uint32_t)(a / 7));   h = fnv1a_u32(h, (uint32_t)(a % 7));
  h = fnv1a_u32(h, (uint32_t)(a / 10));  h = fnv1a_u32(h, (uint32_t)(a % 10));
  h = fnv1a_u32(h, (uint32_t)(a / 16));  h = fnv1a_u32(h, (uint32_t)(a % 16));
  h = fnv1a_u32(h, (uint32_t)(a / -5));  h = fnv1a_u32(h, (uint32_t)(a % -5));
  h = fnv1a_u32(h, (uint32_t)(a / 1000)); h = fnv1a_u32(h, (uint32_t)(a % 641));
  h = fnv1a_u32(h, u / 3);  h = fnv1a_u32(h, u % 3);
  h = fnv1a_u32(h, u / 10); h = fnv1a_u32(h, u % 10);
  h = fnv1a_u32(h, u / 64); h = fnv1a_u32(h, u % 64);
  h = fnv1a_u32(h, u / 1000000007u); h = fnv1a_u32(h, u % 12345u);
  return h;
}

int main(void)
{
  printf("division\n");
  /* C semantics: truncation toward zero, (a/b)*b + a%b == a */
  static const int32_t pairs[][2] = {
    {7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {1, 3}, {-1, 3}, {INT32_MIN, 2},
    {INT32_MIN, -2}, {INT32_MAX, -1}, {INT32_MIN, INT32_MAX}, {100, 7}, {-100, 7},
  };
  for (unsigned i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
    int32_t a = OPAQUE(pairs[i][0]), b = OPAQUE(pairs[i][1]);
    div_t d = div(a, b);
    printf("%11ld / %11ld = %11ld rem %11ld  div()=%ld,%ld  u: %lu rem %lu\n",
           (long)a, (long)b, (long)(a / b), (long)(a % b), (long)d.quot, (long)d.rem,
           (unsigned long)((uint32_t)a / (uint32_t)b), (unsigned long)((uint32_t)a % (uint32_t)b));
  }

  /* hardware division by zero: result 0 (CCR.DIV_0_TRP = 0 at reset) */
  printf("%-28s %ld\n", "sdiv 5/0", (long)hw_sdiv(OPAQUE(5), OPAQUE(0)));
  printf("%-28s %ld\n", "sdiv INT32_MIN/0", (long)hw_sdiv(OPAQUE(INT32_MIN), OPAQUE(0)));
  printf("%-28s %lu\n", "udiv 5/0", (unsigned long)hw_udiv(OPAQUE(5u), OPAQUE(0u)));
  printf("%-28s %lu\n", "udiv 0xffffffff/0", (unsigned long)hw_udiv(OPAQUE(0xFFFFFFFFu), OPAQUE(0u)));
  /* INT32_MIN / -1 overflows: the instruction gives INT32_MIN (0x80000000) */
  printf("%-28s %08lx\n", "sdiv INT32_MIN/-1", (unsigned long)(uint32_t)hw_sdiv(OPAQUE(INT32_MIN), OPAQUE(-1)));

  /* every pair, through C (skipping b == 0 and INT32_MIN / -1) and through asm */
  uint32_t hc = 0, ha = 0;
  int checked = 0, mismatches = 0;
  for (unsigned i = 0; i < NV; i++)
    for (unsigned j = 0; j < NV; j++) {
      int32_t a = vals[i], b = vals[j];
      ha = fnv1a_u32(ha, (uint32_t)hw_sdiv(a, b));
      ha = fnv1a_u32(ha, hw_udiv((uint32_t)a, (uint32_t)b));
      if (b == 0 || (a == INT32_MIN && b == -1)) continue;
      int32_t q = a / b, r = a % b;
      uint32_t uq = (uint32_t)a / (uint32_t)b, ur = (uint32_t)a % (uint32_t)b;
      hc = fnv1a_u32(hc, (uint32_t)q); hc = fnv1a_u32(hc, (uint32_t)r);
      hc = fnv1a_u32(hc, uq); hc = fnv1a_u32(hc, ur);
      if ((uint32_t)q * (uint32_t)b + (uint32_t)r != (uint32_t)a) mismatches++;
      if (uq * (uint32_t)b + ur != (uint32_t)a) mismatches++;
      if (q != hw_sdiv(a, b) || uq != hw_udiv((uint32_t)a, (uint32_t)b)) mismatches++;
      checked++;
    }
  printf("%-28s %d checked, %d mismatches\n", "identity check", checked, mismatches);
  P32("C division hash", hc);
  P32("asm division hash", ha);

  uint32_t hk = 0;
  for (unsigned i = 0; i < NV; i++) hk = fnv1a_u32(hk, div_const(vals[i]));
  uint32_t seed = 2024;
  for (int i = 0; i < 2000; i++) hk = fnv1a_u32(hk, div_const((int32_t)xorshift32(&seed)));
  P32("division by constants hash", hk);

  /* random divisors of all sizes */
  uint32_t hr = 0;
  for (int i = 0; i < 2000; i++) {
    uint32_t a = xorshift32(&seed), b = xorshift32(&seed) >> (a & 31);
    if (b == 0) b = 1;
    hr = fnv1a_u32(hr, a / b);
    hr = fnv1a_u32(hr, a % b);
    if (!((int32_t)a == INT32_MIN && (int32_t)b == -1))
      hr = fnv1a_u32(hr, (uint32_t)((int32_t)a / (int32_t)b));
  }
  P32("random division hash", hr);
  printf("division done\n");
  return 0;
}
