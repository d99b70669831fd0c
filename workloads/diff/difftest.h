/*
 * difftest.h - small helpers shared by the differential test programs.
 *
 * Every program prints deterministic text (no addresses, no timing values) on
 * the semihosting console and exits with a fixed status, so QEMU and tinysim
 * must produce byte-identical output and the same exit code.
 */
#ifndef DIFFTEST_H
#define DIFFTEST_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Keep the compiler from constant-folding a value: the operation under test
 * then really executes on the target at every -O level. */
#define OPAQUE(x) ({ __auto_type opaque_v_ = (x); __asm__ volatile("" : "+r"(opaque_v_)); opaque_v_; })

/* 32-bit FNV-1a, for condensing a large result into one printed number. */
static inline uint32_t fnv1a(const void *p, size_t n)
{
  const uint8_t *b = (const uint8_t *)p;
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ b[i]) * 16777619u;
  return h;
}

static inline uint32_t fnv1a_u32(uint32_t h, uint32_t v)
{
  for (int i = 0; i < 4; i++) {
    h = (h ^ (v & 0xFFu)) * 16777619u;
    v >>= 8;
  }
  return h;
}

/* Deterministic pseudo-random numbers (xorshift32). */
static inline uint32_t xorshift32(uint32_t *s)
{
  uint32_t x = *s;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return *s = x;
}

#define P32(label, v) printf("%-28s %08lx\n", label, (unsigned long)(uint32_t)(v))
#define PD(label, v)  printf("%-28s %ld\n", label, (long)(v))
#define P64(label, v) printf("%-28s %016llx\n", label, (unsigned long long)(uint64_t)(v))
#define PLL(label, v) printf("%-28s %lld\n", label, (long long)(v))

#endif
