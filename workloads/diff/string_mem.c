/*
 * string_mem.c - picolibc's memcpy/memmove/memset/memcmp/memchr and
 * strlen/strcmp/strncmp/strcpy/strncpy/strchr/strrchr/strstr/strtok_r on buffers
 * at every misalignment (0..7) and length 0..67, overlapping moves in both
 * directions, plus unaligned word/halfword loads and stores done directly
 * (LDR/STR/LDRH/STRH to odd addresses; CCR.UNALIGN_TRP is clear) and LDRD/STRD,
 * LDM/STM. Results are summarised as hashes of the buffers.
 */
#include <stdint.h>
#include <stdlib.h>

#include "difftest.h"

#define BUF 160
static uint8_t src[BUF] __attribute__((aligned(8)));
static uint8_t dst[BUF] __attribute__((aligned(8)));
static char s1[BUF] __attribute__((aligned(8)));
static char s2[BUF] __attribute__((aligned(8)));

static void fill(uint8_t *p, size_t n, uint32_t seed)
{
  for (size_t i = 0; i < n; i++) p[i] = (uint8_t)(xorshift32(&seed) >> 24);
}

static int sgn(int x) { return (x > 0) - (x < 0); }

int main(void)
{
  printf("string_mem\n");
  fill(src, BUF, 1);

  /* memcpy at every (src, dst) alignment and many lengths */
  uint32_t h = 0;
  for (int so = 0; so < 8; so++)
    for (int d0 = 0; d0 < 8; d0++)
      for (size_t n = 0; n <= 67; n += (n < 20 ? 1 : 7)) {
        memset(dst, 0xEE, BUF);
        memcpy(dst + d0, src + so, n);
        h = fnv1a_u32(h, fnv1a(dst, 80));
      }
  P32("memcpy hash", h);

  /* memset at every alignment, value, length */
  h = 0;
  for (int o = 0; o < 8; o++)
    for (size_t n = 0; n <= 67; n += 3) {
      memset(dst, 0x11, BUF);
      memset(dst + o, (int)(0x80 + n), n);
      h = fnv1a_u32(h, fnv1a(dst, 80));
    }
  P32("memset hash", h);

  /* overlapping memmove, forwards and backwards */
  h = 0;
  for (int shift = -9; shift <= 9; shift++)
    for (size_t n = 0; n <= 64; n += 5) {
      memcpy(dst, src, BUF);
      memmove(dst + 40 + shift, dst + 40, n);
      h = fnv1a_u32(h, fnv1a(dst, 120));
    }
  P32("memmove hash", h);

  /* memcmp / memchr */
  h = 0;
  for (int o = 0; o < 8; o++)
    for (size_t n = 1; n <= 40; n += 3) {
      memcpy(dst + o, src, n);
      h = fnv1a_u32(h, (uint32_t)sgn(memcmp(dst + o, src, n)));
      dst[o + n - 1] ^= 0x40;
      h = fnv1a_u32(h, (uint32_t)sgn(memcmp(dst + o, src, n)));
      const uint8_t *p = memchr(dst + o, src[n / 2], n);
      h = fnv1a_u32(h, p ? (uint32_t)(p - (dst + o)) : 0xFFFFu);
    }
  P32("memcmp/memchr hash", h);

  /* strings at every alignment */
  static const char *const words[] = {
    "", "a", "ab", "abc", "abcd", "hello", "hello, world", "The quick brown fox jumps",
    "0123456789abcdef0123456789abcdef!", "zzzz", "hello, worle", "hello, world and more",
  };
  const unsigned nw = sizeof words / sizeof words[0];
  h = 0;
  for (int o1 = 0; o1 < 8; o1++)
    for (int o2 = 0; o2 < 8; o2 += 3)
      for (unsigned i = 0; i < nw; i++)
        for (unsigned j = 0; j < nw; j++) {
          strcpy(s1 + o1, words[i]);
          strcpy(s2 + o2, words[j]);
          h = fnv1a_u32(h, (uint32_t)strlen(s1 + o1));
          h = fnv1a_u32(h, (uint32_t)sgn(strcmp(s1 + o1, s2 + o2)));
          h = fnv1a_u32(h, (uint32_t)sgn(strncmp(s1 + o1, s2 + o2, 5)));
        }
  P32("strlen/strcmp hash", h);
  for (unsigned i = 0; i < nw; i++) {
    strcpy(s1 + 3, words[i]);
    const char *c = strchr(s1 + 3, 'o'), *r = strrchr(s1 + 3, 'o'), *ss = strstr(s1 + 3, "wor");
    printf("\"%s\": len %u, strchr o %d, strrchr o %d, strstr wor %d, cmp hello %d\n", s1 + 3,
           (unsigned)strlen(s1 + 3), c ? (int)(c - (s1 + 3)) : -1, r ? (int)(r - (s1 + 3)) : -1,
           ss ? (int)(ss - (s1 + 3)) : -1, sgn(strcmp(s1 + 3, "hello")));
  }

  /* strncpy padding, strcat, strtok_r */
  memset(s1, 'X', 32);
  strncpy(s1 + 1, "abc", 8);
  h = fnv1a(s1, 32);
  strcpy(s2, "alpha");
  strcat(s2, ",beta,,gamma;delta");
  printf("strncpy pad hash %08lx, strcat \"%s\"\n", (unsigned long)h, s2);
  char *save, *tok = strtok_r(s2, ",;", &save);
  while (tok) { printf("  token \"%s\"\n", tok); tok = strtok_r(NULL, ",;", &save); }

  /* direct unaligned accesses */
  volatile uint8_t *b = (volatile uint8_t *)dst;
  memcpy(dst, src, BUF);
  uint32_t w = 0;
  for (int o = 0; o < 8; o++) {
    uint32_t v32; uint16_t v16;
    __asm__ volatile("ldr %0, [%1]" : "=r"(v32) : "r"(b + 1 + o) : "memory");
    __asm__ volatile("ldrh %0, [%1]" : "=r"(v16) : "r"(b + 3 + o) : "memory");
    w = fnv1a_u32(w, v32);
    w = fnv1a_u32(w, v16);
    __asm__ volatile("str %0, [%1]" :: "r"(v32 ^ 0xA5A5A5A5u), "r"(b + 41 + o) : "memory");
    __asm__ volatile("strh %0, [%1]" :: "r"(v16 ^ 0x5A5Au), "r"(b + 81 + o) : "memory");
  }
  w = fnv1a_u32(w, fnv1a(dst, BUF));
  P32("unaligned ldr/str hash", w);

  /* doubleword and multiple loads/stores (aligned) */
  uint32_t lo, hi;
  __asm__ volatile("ldrd %0, %1, [%2, #8]" : "=r"(lo), "=r"(hi) : "r"(src) : "memory");
  printf("ldrd: %08lx %08lx\n", (unsigned long)lo, (unsigned long)hi);
  __asm__ volatile("strd %0, %1, [%2, #16]" :: "r"(hi), "r"(lo), "r"(dst) : "memory");
  __asm__ volatile("ldm %0, {r0-r3}\n\tstm %1, {r0-r3}" : : "r"(src + 32), "r"(dst + 48) : "r0", "r1", "r2", "r3", "memory");
  P32("ldrd/strd/ldm/stm hash", fnv1a(dst, 80));

  /* heap */
  char *p = malloc(100);
  char *q = calloc(10, 10);
  int zero = 1;
  for (int i = 0; i < 100; i++) zero &= q[i] == 0;
  memcpy(p, words[7], strlen(words[7]) + 1);
  p = realloc(p, 1000);
  printf("malloc/realloc: \"%s\" calloc zeroed %d\n", p, zero);
  free(p);
  free(q);
  printf("string_mem done\n");
  return 0;
}
