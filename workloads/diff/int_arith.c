/*
 * int_arith.c - 8/16/32-bit integer arithmetic: wrap-around of unsigned types,
 * overflow detection with __builtin_*_overflow (no signed-overflow UB), integer
 * promotions, sign and zero extension, arithmetic shifts of negative values,
 * multiply-accumulate, min/max/abs, comparisons and conditional selects.
 */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>

#include "difftest.h"

static const int32_t vals[] = {
  0, 1, -1, 2, -2, 7, -7, 100, -100, 0x7FFF, -0x8000, 0xFFFF, 0x10000,
  123456789, -123456789, INT32_MAX, INT32_MIN, INT32_MAX - 1, INT32_MIN + 1,
  0x55555555, (int32_t)0xAAAAAAAAu, 0x01234567, (int32_t)0x89ABCDEFu,
};
#define NV (sizeof vals / sizeof vals[0])

__attribute__((noinline)) static uint32_t mix_unsigned(uint32_t a, uint32_t b)
{
  uint32_t h = 0;
  h = fnv1a_u32(h, a + b);
  h = fnv1a_u32(h, a - b);
  h = fnv1a_u32(h, a * b);
  h = fnv1a_u32(h, ~a ^ b);
  h = fnv1a_u32(h, a & b);
  h = fnv1a_u32(h, a | b);
  h = fnv1a_u32(h, (a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3 | (a == b) << 4);
  h = fnv1a_u32(h, a > b ? a - b : b - a);
  h = fnv1a_u32(h, a * 3u + b * 5u - 7u);
  h = fnv1a_u32(h, (uint32_t)(uint16_t)a * (uint16_t)b);
  h = fnv1a_u32(h, (uint32_t)((uint64_t)a * b >> 32));   /* umull high */
  return h;
}

__attribute__((noinline)) static uint32_t mix_signed(int32_t a, int32_t b)
{
  uint32_t h = 0;
  int32_t r;
  h = fnv1a_u32(h, __builtin_add_overflow(a, b, &r)); h = fnv1a_u32(h, (uint32_t)r);
  h = fnv1a_u32(h, __builtin_sub_overflow(a, b, &r)); h = fnv1a_u32(h, (uint32_t)r);
  h = fnv1a_u32(h, __builtin_mul_overflow(a, b, &r)); h = fnv1a_u32(h, (uint32_t)r);
  h = fnv1a_u32(h, (a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3 | (a != b) << 4);
  h = fnv1a_u32(h, (uint32_t)(a > b ? a : b));
  h = fnv1a_u32(h, (uint32_t)(a < b ? a : b));
  h = fnv1a_u32(h, (uint32_t)(a >> (b & 31)));                 /* asr */
  h = fnv1a_u32(h, (uint32_t)a >> (b & 31));                   /* lsr */
  h = fnv1a_u32(h, (uint32_t)a << (b & 31));                   /* lsl */
  h = fnv1a_u32(h, (uint32_t)((int64_t)a * b >> 32));          /* smull high */
  h = fnv1a_u32(h, (uint32_t)(int8_t)a + (uint32_t)(int16_t)b); /* sxtb, sxth */
  h = fnv1a_u32(h, (uint32_t)(uint8_t)a + (uint32_t)(uint16_t)b);
  return h;
}

int main(void)
{
  printf("int_arith\n");

  /* unsigned wrap-around in each width */
  uint8_t u8 = OPAQUE((uint8_t)250);
  uint16_t u16 = OPAQUE((uint16_t)65530);
  uint32_t u32 = OPAQUE(0xFFFFFFF0u);
  u8 += 10; u16 += 10; u32 += 0x20;
  PD("u8 250+10", u8);
  PD("u16 65530+10", u16);
  P32("u32 fffffff0+20", u32);
  uint8_t m8 = OPAQUE((uint8_t)200);
  PD("u8 200*2 (promoted)", m8 * 2);
  PD("u8 (uint8)(200*2)", (uint8_t)(m8 * 2));
  int8_t s8 = OPAQUE((int8_t)-128);
  PD("-(int8)-128 promoted", -s8);
  PD("(int8)(-(int8)-128)", (int8_t)-s8);
  int16_t s16 = OPAQUE((int16_t)-32768);
  PD("(int16)(s16-1)", (int16_t)(s16 - 1));
  printf("%-28s %lu\n", "uint16 0xffff * 0xffff", (unsigned long)((uint32_t)OPAQUE((uint16_t)0xFFFF) * (uint16_t)0xFFFF));

  /* promotion surprises: comparisons between signed and unsigned */
  int neg = OPAQUE(-1);
  unsigned one = OPAQUE(1u);
  PD("-1 < 1u", neg < (int)one);
  PD("(unsigned)-1 > 1u", (unsigned)neg > one);
  PD("(short)-1 == 0xffff", (unsigned short)neg == 0xFFFF);

  /* arithmetic right shift of negative numbers (GCC: arithmetic) */
  int32_t n = OPAQUE(-1000);
  PD("-1000 >> 3", n >> 3);
  PD("-1000 / 8", n / 8);
  PD("-1000 % 8", n % 8);
  PD("-1 >> 31", OPAQUE(-1) >> 31);
  P32("0x80000000 >> 31 (lsr)", OPAQUE(0x80000000u) >> 31);

  /* overflow builtins at the limits */
  int32_t r;
  int o = __builtin_add_overflow(OPAQUE(INT32_MAX), 1, &r);
  printf("%-28s %d %ld\n", "INT32_MAX+1 overflow", o, (long)r);
  o = __builtin_sub_overflow(OPAQUE(INT32_MIN), 1, &r);
  printf("%-28s %d %ld\n", "INT32_MIN-1 overflow", o, (long)r);
  o = __builtin_mul_overflow(OPAQUE(65536), 32768, &r);
  printf("%-28s %d %ld\n", "65536*32768 overflow", o, (long)r);
  o = __builtin_mul_overflow(OPAQUE(-65536), 32768, &r);
  printf("%-28s %d %ld\n", "-65536*32768 overflow", o, (long)r);
  uint32_t ur;
  o = __builtin_add_overflow(OPAQUE(0xFFFFFFFFu), 1u, &ur);
  printf("%-28s %d %lu\n", "UINT32_MAX+1 carry", o, (unsigned long)ur);
  o = __builtin_sub_overflow(OPAQUE(0u), 1u, &ur);
  printf("%-28s %d %lu\n", "0u-1 borrow", o, (unsigned long)ur);

  /* abs / labs */
  PD("abs(-7)", abs(OPAQUE(-7)));
  PD("abs(INT32_MIN+1)", abs(OPAQUE(INT32_MIN + 1)));

  /* multiply-accumulate chains (mla, mls, smlal via 64-bit accumulate) */
  /* (unsigned so that wrap-around is defined) */
  uint32_t acc = 0;
  uint64_t acc64 = 0;
  for (unsigned i = 0; i < NV; i++) {
    acc = acc * 31u + (uint32_t)vals[i] * 7u;
    acc64 += (uint64_t)((int64_t)vals[i] * vals[(i + 5) % NV]);
  }
  P32("mla chain", acc);
  P64("smlal sum", acc64);

  /* full cross-product of the interesting values */
  uint32_t hu = 0, hs = 0;
  for (unsigned i = 0; i < NV; i++)
    for (unsigned j = 0; j < NV; j++) {
      hu = fnv1a_u32(hu, mix_unsigned((uint32_t)vals[i], (uint32_t)vals[j]));
      hs = fnv1a_u32(hs, mix_signed(vals[i], vals[j]));
    }
  P32("unsigned cross hash", hu);
  P32("signed cross hash", hs);

  /* random operands */
  uint32_t seed = 0x12345678u, h = 0;
  for (int i = 0; i < 2000; i++) {
    uint32_t a = xorshift32(&seed), b = xorshift32(&seed);
    h = fnv1a_u32(h, mix_unsigned(a, b) ^ mix_signed((int32_t)a, (int32_t)(b >> (a & 15))));
  }
  P32("random mix hash", h);

  printf("int_arith done\n");
  return 0;
}
