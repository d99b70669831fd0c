/*
 * MVE scalar shifts (part of this family with the lane moves: they work on
 * core registers): LSLL/LSRL/ASRL by immediate and register, the rounding
 * URSHR(L)/SRSHR(L), the saturating UQSHL(L)/SQSHL(L), and the saturating
 * rounding UQRSHL(L)/SQRSHR(L) with 64- and 48-bit saturation, for edge and
 * random operands and every shift amount; APSR.Q is collected after each.
 * QEMU 7.2 returns 0 for the 48-bit forms shifted right by 48 or more
 * (SQRSHRL #48 by >= 48, UQRSHLL #48 by <= -49) where the architecture
 * shifts the whole 64-bit operand: those amounts are left out here and
 * checked in tests/unit/test_mve_mem.cpp.
 */
#include <arm_mve.h>

#include "difftest.h"

static uint32_t q_flag(void)
{
  uint32_t apsr;
  __asm__ volatile("mrs %0, apsr\n\tmsr apsr_nzcvq, %1" : "=r"(apsr) : "r"(0u));
  return (apsr >> 27) & 1;
}

static const uint64_t kEdges[] = {
    0, 1, 2, 3, 0x7FFFFFFFull, 0x80000000ull, 0xFFFFFFFFull, 0x100000000ull,
    0x00007FFFFFFFFFFFull, 0x0000800000000000ull, 0xFFFF800000000000ull, 0xFFFF7FFFFFFFFFFFull,
    0x7FFFFFFFFFFFFFFFull, 0x8000000000000000ull, 0xFFFFFFFFFFFFFFFFull, 0xFFFFFFFFFFFFFFFEull,
    0x0000000000000005ull, 0xC000000000000001ull, 0x123456789ABCDEF0ull, 0x00000000FFFF0000ull,
};

static uint64_t operand(uint32_t *seed, unsigned i)
{
  if (i < sizeof kEdges / sizeof kEdges[0]) return kEdges[i];
  uint64_t v = (uint64_t)xorshift32(seed) << 32 | xorshift32(seed);
  return v >> (xorshift32(seed) % 64);   /* all magnitudes */
}

/* Register forms: every amount -128..127 (Rm<7:0>, signed). */
static void register_forms(void)
{
  uint32_t seed = 0xABCDEF;
  uint32_t h[8], qs[8];
  for (int k = 0; k < 8; k++) h[k] = 2166136261u, qs[k] = 0;
  for (unsigned i = 0; i < 60; i++) {
    const uint64_t v = operand(&seed, i);
    for (int s = -128; s < 128; s++) {
      const int32_t sh = OPAQUE(s) | (int32_t)(xorshift32(&seed) & 0xFFFFFF00u);   /* only Rm<7:0> counts */
      h[0] = fnv1a_u32(fnv1a_u32(h[0], (uint32_t)lsll(v, sh)), (uint32_t)(lsll(v, sh) >> 32));
      h[1] = fnv1a_u32(fnv1a_u32(h[1], (uint32_t)asrl((int64_t)v, sh)), (uint32_t)((uint64_t)asrl((int64_t)v, sh) >> 32));
      uint64_t r = uqrshll(v, sh);
      qs[2] += q_flag();
      h[2] = fnv1a_u32(fnv1a_u32(h[2], (uint32_t)r), (uint32_t)(r >> 32));
      r = (uint64_t)sqrshrl((int64_t)v, sh);
      qs[3] += q_flag();
      h[3] = fnv1a_u32(fnv1a_u32(h[3], (uint32_t)r), (uint32_t)(r >> 32));
      if (s >= -48) {
        r = uqrshll_sat48(v, sh);
        qs[4] += q_flag();
        h[4] = fnv1a_u32(fnv1a_u32(h[4], (uint32_t)r), (uint32_t)(r >> 32));
      }
      if (s <= 47) {
        r = (uint64_t)sqrshrl_sat48((int64_t)v, sh);
        qs[5] += q_flag();
        h[5] = fnv1a_u32(fnv1a_u32(h[5], (uint32_t)r), (uint32_t)(r >> 32));
      }
      const uint32_t w = (uint32_t)v;
      h[6] = fnv1a_u32(h[6], uqrshl(w, sh));
      qs[6] += q_flag();
      h[7] = fnv1a_u32(h[7], (uint32_t)sqrshr((int32_t)w, sh));
      qs[7] += q_flag();
    }
  }
  static const char *names[8] = {"lsll reg", "asrl reg", "uqrshll #64", "sqrshrl #64",
                                 "uqrshll #48", "sqrshrl #48", "uqrshl", "sqrshr"};
  for (int k = 0; k < 8; k++) printf("%-14s %08lx q=%lu\n", names[k], (unsigned long)h[k], (unsigned long)qs[k]);
  printf("samples: %016llx %016llx %016llx %08lx\n", (unsigned long long)sqrshrl((int64_t)0x0000123456789ABCll, OPAQUE(12)),
         (unsigned long long)uqrshll_sat48(0x0000FFFFFFFFFFF0ull, OPAQUE(-3)),
         (unsigned long long)sqrshrl_sat48((int64_t)0x7FFFFFFFFFFFFFFFll, OPAQUE(-1)),
         (unsigned long)sqrshr((int32_t)0x80000000, OPAQUE(-1)));
  q_flag();
}

/* Immediate forms: every amount 1..32 (each a separate instruction). */
#define IMM_CASE(N)                                                                          \
  case N:                                                                                    \
    r[0] = v << (N);                                  /* lsll #N (or lsl for N = 32) */       \
    r[1] = v >> (N);                                  /* lsrl #N */                          \
    r[2] = (uint64_t)((int64_t)v >> (N));             /* asrl #N */                          \
    r[3] = uqshll(v, N); q += q_flag() << 0;                                                 \
    r[4] = (uint64_t)sqshll((int64_t)v, N); q += q_flag() << 8;                              \
    r[5] = urshrl(v, N);                                                                     \
    r[6] = (uint64_t)srshrl((int64_t)v, N);                                                  \
    r[7] = uqshl((uint32_t)v, N); q += q_flag() << 16;                                       \
    r[8] = (uint32_t)sqshl((int32_t)v, N); q += q_flag() << 24;                              \
    r[9] = urshr((uint32_t)v, N);                                                            \
    r[10] = (uint32_t)srshr((int32_t)v, N);                                                  \
    break;
#define IMM_CASES4(B) IMM_CASE(B) IMM_CASE(B + 1) IMM_CASE(B + 2) IMM_CASE(B + 3)

static void immediate_forms(void)
{
  uint32_t seed = 0x13579;
  uint32_t h = 2166136261u, q = 0;
  for (unsigned i = 0; i < 40; i++) {
    const uint64_t v = operand(&seed, i);
    for (int n = 1; n <= 32; n++) {
      uint64_t r[11];
      switch (OPAQUE(n)) {
        IMM_CASES4(1) IMM_CASES4(5) IMM_CASES4(9) IMM_CASES4(13)
        IMM_CASES4(17) IMM_CASES4(21) IMM_CASES4(25) IMM_CASES4(29)
        default: memset(r, 0, sizeof r); break;
      }
      for (int k = 0; k < 11; k++) h = fnv1a_u32(fnv1a_u32(h, (uint32_t)r[k]), (uint32_t)(r[k] >> 32));
      if (i == 13 && (n == 1 || n == 31 || n == 32))
        printf("v=%016llx #%d: %016llx %016llx %016llx %08lx %08lx\n", (unsigned long long)v, n,
               (unsigned long long)r[3], (unsigned long long)r[4], (unsigned long long)r[6],
               (unsigned long)r[8], (unsigned long)r[10]);
    }
  }
  printf("immediate forms %08lx q %08lx\n", (unsigned long)h, (unsigned long)q);
}

int main(void)
{
  q_flag();
  register_forms();
  immediate_forms();
  return 0;
}
