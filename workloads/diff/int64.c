/*
 * int64.c - 64-bit integer arithmetic: add/sub with carry, multiplication
 * (UMULL/SMULL/UMLAL/MLA sequences), division and remainder through the AEABI
 * helpers (__aeabi_uldivmod, __aeabi_ldivmod), shifts by variable amounts 0..63,
 * signed/unsigned comparisons, conversions between widths, and a 64-bit PRNG.
 */
#include <inttypes.h>
#include <stdint.h>

#include "difftest.h"

static const uint64_t vals[] = {
  0, 1, 2, 3, 10, 0xFFFFFFFFull, 0x100000000ull, 0x100000001ull,
  0x7FFFFFFFFFFFFFFFull, 0x8000000000000000ull, 0xFFFFFFFFFFFFFFFFull,
  0x0123456789ABCDEFull, 0xFEDCBA9876543210ull, 1000000007ull, 0xFFFFFFFEFFFFFFFFull,
  12345678901234567ull, 0x00000000FFFF0000ull, 0x8000000080000000ull,
};
#define NV (sizeof vals / sizeof vals[0])

__attribute__((noinline)) static uint32_t ops_u(uint64_t a, uint64_t b)
{
  uint32_t h = 0;
  uint64_t r[12];
  int n = 0;
  r[n++] = a + b;
  r[n++] = a - b;
  r[n++] = a * b;
  r[n++] = b ? a / b : 0xDEAD;
  r[n++] = b ? a % b : 0xBEEF;
  r[n++] = a << (b & 63);
  r[n++] = a >> (b & 63);
  r[n++] = (uint64_t)((a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3 | (a == b) << 4);
  r[n++] = a ^ ~b;
  r[n++] = (uint64_t)(uint32_t)a * (uint32_t)b;  /* umull */
  r[n++] = a * 10 + (b >> 3);
  r[n++] = a > b ? a : b;
  for (int i = 0; i < n; i++) {
    h = fnv1a_u32(h, (uint32_t)r[i]);
    h = fnv1a_u32(h, (uint32_t)(r[i] >> 32));
  }
  return h;
}

__attribute__((noinline)) static uint32_t ops_s(int64_t a, int64_t b)
{
  uint32_t h = 0;
  int64_t r[8];
  int n = 0;
  /* avoid INT64_MIN / -1 (UB) and overflow in + - * (use unsigned) */
  int ok = b != 0 && !(a == INT64_MIN && b == -1);
  r[n++] = ok ? a / b : 0x5EED;
  r[n++] = ok ? a % b : 0xF00D;
  r[n++] = a >> (b & 63);
  r[n++] = (int64_t)((a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3);
  r[n++] = (int64_t)(int32_t)a * (int32_t)b;   /* smull */
  r[n++] = (int64_t)((uint64_t)a * (uint64_t)b);
  r[n++] = a < 0 ? (int64_t)(0 - (uint64_t)a) : a;
  r[n++] = (int64_t)(int16_t)a + (int64_t)(int8_t)b;
  for (int i = 0; i < n; i++) {
    h = fnv1a_u32(h, (uint32_t)r[i]);
    h = fnv1a_u32(h, (uint32_t)((uint64_t)r[i] >> 32));
  }
  return h;
}

/* splitmix64 */
static uint64_t sm_state = 0x9E3779B97F4A7C15ull;
static uint64_t splitmix64(void)
{
  uint64_t z = (sm_state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

int main(void)
{
  printf("int64\n");
  uint64_t a = OPAQUE(0x0123456789ABCDEFull), b = OPAQUE(0x00000000FEDCBA98ull);
  P64("a+b", a + b);
  P64("a-b", a - b);
  P64("b-a", b - a);
  P64("a*b", a * b);
  P64("a/b", a / b);
  P64("a%b", a % b);
  P64("a/7", a / 7);
  P64("a%7", a % 7);
  P64("a/1000000000", a / 1000000000u);
  printf("%-28s %" PRIu64 "\n", "a (PRIu64)", a);
  printf("%-28s %" PRId64 "\n", "-a (PRId64)", -(int64_t)a);
  printf("%-28s %llu %lld\n", "UINT64_MAX INT64_MIN", (unsigned long long)OPAQUE(UINT64_MAX), (long long)OPAQUE(INT64_MIN));
  PLL("-7/2", OPAQUE((int64_t)-7) / 2);
  PLL("-7%2", OPAQUE((int64_t)-7) % 2);
  PLL("7/-2", OPAQUE((int64_t)7) / -2);
  PLL("INT64_MIN/2", OPAQUE(INT64_MIN) / 2);
  PLL("INT64_MIN%10", OPAQUE(INT64_MIN) % 10);
  PLL("-1>>63", OPAQUE((int64_t)-1) >> 63);
  PLL("INT64_MIN>>1", OPAQUE(INT64_MIN) >> 1);

  for (unsigned s = 0; s < 64; s += 7) {
    uint64_t x = OPAQUE(0x8421084210842108ull);
    int64_t y = OPAQUE((int64_t)0x8421084210842108ull);
    printf("shift %2u: lsl=%016llx lsr=%016llx asr=%016llx\n", s,
           (unsigned long long)(x << s), (unsigned long long)(x >> s), (unsigned long long)(y >> s));
  }

  uint32_t hu = 0, hs = 0;
  for (unsigned i = 0; i < NV; i++)
    for (unsigned j = 0; j < NV; j++) {
      hu = fnv1a_u32(hu, ops_u(vals[i], vals[j]));
      hs = fnv1a_u32(hs, ops_s((int64_t)vals[i], (int64_t)vals[j]));
    }
  P32("unsigned cross hash", hu);
  P32("signed cross hash", hs);

  uint32_t h = 0;
  for (int i = 0; i < 1500; i++) {
    uint64_t x = splitmix64(), y = splitmix64();
    y >>= (x & 63);  /* vary the divisor size */
    h = fnv1a_u32(h, ops_u(x, y));
    h = fnv1a_u32(h, ops_s((int64_t)x, (int64_t)y));
  }
  P32("random hash", h);

  /* 64-bit accumulate of 32x32 products (umlal / smlal) */
  uint64_t acc = 0;
  int64_t sacc = 0;
  uint32_t seed = 99;
  for (int i = 0; i < 1000; i++) {
    uint32_t x = xorshift32(&seed), y = xorshift32(&seed);
    acc += (uint64_t)x * y;
    sacc += (int64_t)(int32_t)x * (int32_t)(y >> 3);
  }
  P64("umlal acc", acc);
  PLL("smlal acc", sacc);
  printf("int64 done\n");
  return 0;
}
