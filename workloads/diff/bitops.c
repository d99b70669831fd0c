/*
 * bitops.c - bit manipulation: CLZ, CTZ, RBIT, popcount, parity, clrsb, byte
 * reversal (REV, REV16, REVSH), rotates (ROR), bit-field extract/insert/clear
 * (UBFX, SBFX, BFI, BFC), shifts by register amounts including >= 32 (done
 * through the shift instructions' defined behaviour in asm), and 64-bit variants.
 */
#include <stdint.h>

#include "difftest.h"

static inline uint32_t asm_rbit(uint32_t x) { uint32_t r; __asm__("rbit %0, %1" : "=r"(r) : "r"(x)); return r; }
static inline uint32_t asm_rev(uint32_t x) { uint32_t r; __asm__("rev %0, %1" : "=r"(r) : "r"(x)); return r; }
static inline uint32_t asm_rev16(uint32_t x) { uint32_t r; __asm__("rev16 %0, %1" : "=r"(r) : "r"(x)); return r; }
static inline uint32_t asm_revsh(uint32_t x) { uint32_t r; __asm__("revsh %0, %1" : "=r"(r) : "r"(x)); return r; }
static inline uint32_t asm_clz(uint32_t x) { uint32_t r; __asm__("clz %0, %1" : "=r"(r) : "r"(x)); return r; }
/* Register-specified shifts use only the bottom byte of the amount, and
 * amounts of 32..255 are architecturally defined (0 or all sign bits). */
static inline uint32_t asm_lsl(uint32_t x, uint32_t n) { uint32_t r; __asm__("lsl %0, %1, %2" : "=r"(r) : "r"(x), "r"(n)); return r; }
static inline uint32_t asm_lsr(uint32_t x, uint32_t n) { uint32_t r; __asm__("lsr %0, %1, %2" : "=r"(r) : "r"(x), "r"(n)); return r; }
static inline uint32_t asm_asr(uint32_t x, uint32_t n) { uint32_t r; __asm__("asr %0, %1, %2" : "=r"(r) : "r"(x), "r"(n)); return r; }
static inline uint32_t asm_ror(uint32_t x, uint32_t n) { uint32_t r; __asm__("ror %0, %1, %2" : "=r"(r) : "r"(x), "r"(n)); return r; }

static inline uint32_t rotl32(uint32_t x, unsigned n) { n &= 31; return (x << n) | (x >> ((32 - n) & 31)); }
static inline uint32_t rotr32(uint32_t x, unsigned n) { n &= 31; return (x >> n) | (x << ((32 - n) & 31)); }
static inline uint64_t rotl64(uint64_t x, unsigned n) { n &= 63; return (x << n) | (x >> ((64 - n) & 63)); }

static uint32_t rbit_c(uint32_t x)
{
  uint32_t r = 0;
  for (int i = 0; i < 32; i++) { r = (r << 1) | (x & 1u); x >>= 1; }
  return r;
}

static int popcount_c(uint32_t x)
{
  int n = 0;
  while (x) { x &= x - 1; n++; }
  return n;
}

__attribute__((noinline)) static uint32_t bitfield_ops(uint32_t x, uint32_t y)
{
  uint32_t h = 0;
  h = fnv1a_u32(h, (x >> 7) & 0x1Fu);                    /* ubfx */
  h = fnv1a_u32(h, (uint32_t)((int32_t)(x << 9) >> 20)); /* sbfx */
  h = fnv1a_u32(h, (x & ~(0xFFu << 12)) | ((y & 0xFFu) << 12)); /* bfi */
  h = fnv1a_u32(h, x & ~0x00FFFF00u);                    /* bfc */
  h = fnv1a_u32(h, x & 0xFFFFu);                         /* uxth */
  h = fnv1a_u32(h, (uint32_t)(int32_t)(int16_t)x);       /* sxth */
  h = fnv1a_u32(h, x & (0u - x));                        /* lowest set bit */
  h = fnv1a_u32(h, x ^ (x >> 1));                        /* gray code */
  h = fnv1a_u32(h, ~x & (x + 1));
  h = fnv1a_u32(h, (x | y) & ~(x & y));
  h = fnv1a_u32(h, x + (y << 3) - (y >> 2));             /* shifted-operand add/sub */
  h = fnv1a_u32(h, x ^ ((int32_t)y >> 5));
  h = fnv1a_u32(h, x & ~(y << 4));                       /* bic with shift */
  h = fnv1a_u32(h, x | ~y);                              /* orn */
  return h;
}

int main(void)
{
  printf("bitops\n");
  static const uint32_t v[] = {
    0, 1, 2, 3, 0x80000000u, 0x7FFFFFFFu, 0xFFFFFFFFu, 0x12345678u, 0x87654321u,
    0x00010000u, 0x0000FFFFu, 0xFFFF0000u, 0xDEADBEEFu, 0x00000100u, 0x55AA55AAu,
    0x00F00F00u, 0x40000000u, 0xC0000001u,
  };
  for (unsigned i = 0; i < sizeof v / sizeof v[0]; i++) {
    uint32_t x = OPAQUE(v[i]);
    printf("%08lx clz=%2lu ctz=%2d pop=%2d par=%d clrsb=%2d ffs=%2d rbit=%08lx rev=%08lx rev16=%08lx revsh=%08lx\n",
           (unsigned long)x, (unsigned long)asm_clz(x),
           x ? __builtin_ctz(x) : 32, __builtin_popcount(x), __builtin_parity(x),
           __builtin_clrsb((int32_t)x), __builtin_ffs((int)x),
           (unsigned long)asm_rbit(x), (unsigned long)asm_rev(x),
           (unsigned long)asm_rev16(x), (unsigned long)asm_revsh(x));
    if (x && (unsigned)__builtin_clz(x) != asm_clz(x)) printf("  builtin clz mismatch\n");
    if (rbit_c(x) != asm_rbit(x)) printf("  rbit mismatch\n");
    if (popcount_c(x) != __builtin_popcount(x)) printf("  popcount mismatch\n");
    if (__builtin_bswap32(x) != asm_rev(x)) printf("  bswap32 mismatch\n");
    printf("         rotl7=%08lx rotr13=%08lx bswap16=%04x bf=%08lx\n",
           (unsigned long)rotl32(x, 7), (unsigned long)rotr32(x, 13),
           __builtin_bswap16((uint16_t)x), (unsigned long)bitfield_ops(x, v[(i + 3) % (sizeof v / sizeof v[0])]));
  }

  /* register-amount shifts, amounts 0..40 and 255, 256 (bottom byte = 0) */
  uint32_t hs = 0;
  for (uint32_t n = 0; n <= 40; n++) {
    uint32_t a = OPAQUE(0x9ABCDEF1u);
    hs = fnv1a_u32(hs, asm_lsl(a, n));
    hs = fnv1a_u32(hs, asm_lsr(a, n));
    hs = fnv1a_u32(hs, asm_asr(a, n));
    hs = fnv1a_u32(hs, asm_ror(a, n));
  }
  P32("reg shifts 0..40 hash", hs);
  P32("lsl by 255", asm_lsl(OPAQUE(0xFFFFFFFFu), 255));
  P32("asr by 255", asm_asr(OPAQUE(0x80000000u), 255));
  P32("lsr by 256 (byte 0)", asm_lsr(OPAQUE(0x80000000u), 256));
  P32("ror by 33", asm_ror(OPAQUE(0x00000003u), 33));

  /* 64-bit bit operations */
  uint64_t q = OPAQUE(0x0123456789ABCDEFull);
  printf("%-28s %d %d %d\n", "clzll ctzll popll", __builtin_clzll(q), __builtin_ctzll(q), __builtin_popcountll(q));
  printf("%-28s %d %d\n", "clzll ctzll 2^40", __builtin_clzll(OPAQUE(1ull << 40)), __builtin_ctzll(OPAQUE(1ull << 40)));
  P64("bswap64", __builtin_bswap64(q));
  P64("rotl64 by 17", rotl64(q, 17));
  P64("rotl64 by 32", rotl64(q, 32));
  P64("rotl64 by 63", rotl64(q, 63));

  /* a random sweep */
  uint32_t seed = 0xCAFEF00Du, h = 0;
  for (int i = 0; i < 3000; i++) {
    uint32_t x = xorshift32(&seed), y = xorshift32(&seed);
    h = fnv1a_u32(h, asm_rbit(x) ^ asm_clz(y >> (x & 31)) ^ (uint32_t)__builtin_popcount(x & y));
    h = fnv1a_u32(h, rotl32(x, y) + rotr32(y, x) + bitfield_ops(x, y));
  }
  P32("random sweep hash", h);
  printf("bitops done\n");
  return 0;
}
