/*
 * Helium saturating doubling multiplies through arm_mve.h: VQDMULH and
 * VQRDMULH (vector and scalar, 8/16/32-bit), VQDMULLB/VQDMULLT (vector and
 * scalar, 16 -> 32 and 32 -> 64 bits), plain and merging (_m) predicated
 * forms. The first input vectors hold the element minimum in every lane
 * (minimum squared is the one product that saturates), the others random
 * values with edge values mixed in; predicates are all, none, halves,
 * alternating beats and random. One line per intrinsic: the FNV-1a hash of
 * its NV results, FPSCR.QC after them (cleared before; only active lanes may
 * set it) and the first result's words.
 *
 * EXPECT_EXIT: 0
 */
#include <arm_mve.h>

#include "difftest.h"

#define MVE_HARNESS_VECTORS 10
#include "mve_harness.h"

/* Plain and merging forms of a same-size binary operation, vector and scalar. */
#define BIN2(name, T, ET)                                                                   \
  LOOP(#name "q_" #T, name##q_##T(a(T), b(T)), ST_##T, ALL);                                \
  LOOP(#name "q_m_" #T, name##q_m_##T(c(T), a(T), b(T), P[i]), ST_##T, ALL);                \
  LOOP(#name "q_n_" #T, name##q_n_##T(a(T), (ET)S[i]), ST_##T, ALL);                        \
  LOOP(#name "q_m_n_" #T, name##q_m_n_##T(c(T), a(T), (ET)S[i], P[i]), ST_##T, ALL)

/* Widening: T in, LT out. */
#define LONG2(name, T, ET, LT)                                                              \
  LOOP(#name "q_" #T, name##q_##T(a(T), b(T)), ST_##LT, ALL);                               \
  LOOP(#name "q_m_" #T, name##q_m_##T(c(LT), a(T), b(T), P[i]), ST_##LT, ALL);              \
  LOOP(#name "q_n_" #T, name##q_n_##T(a(T), (ET)S[i]), ST_##LT, ALL);                       \
  LOOP(#name "q_m_n_" #T, name##q_m_n_##T(c(LT), a(T), (ET)S[i], P[i]), ST_##LT, ALL)

int main(void)
{
  fill_vectors(0x1F2E3D4Cu);

  BIN2(vqdmulh, s8, int8_t); BIN2(vqdmulh, s16, int16_t); BIN2(vqdmulh, s32, int32_t);
  BIN2(vqrdmulh, s8, int8_t); BIN2(vqrdmulh, s16, int16_t); BIN2(vqrdmulh, s32, int32_t);
  LONG2(vqdmullb, s16, int16_t, s32); LONG2(vqdmullb, s32, int32_t, s64);
  LONG2(vqdmullt, s16, int16_t, s32); LONG2(vqdmullt, s32, int32_t, s64);

  /* Q15 fixed-point scaling as DSP code writes it: x * 0.7071 with rounding,
   * over 37 samples (a tail-predicated loop at -O2 when GCC vectorises it). */
  {
    static int16_t x[37], y[37];
    for (int i = 0; i < 37; i++)
      x[i] = (int16_t)((A[i % NV][i % 16] << 8) | B[(i + 1) % NV][(i * 3) % 16]);
    int16x8_t k = vdupq_n_s16(23170);
    qc_clear();
    for (int i = 0; i < 37; i += 8) {
      mve_pred16_t p = vctp16q((uint32_t)(37 - i));
      int16x8_t v = vldrhq_z_s16(&x[i], p);
      vstrhq_p_s16(&y[i], vqrdmulhq_s16(v, k), p);
    }
    printf("%-24s %08lx qc=%u\n", "q15 scale loop", (unsigned long)fnv1a(y, sizeof y), qc_get());
    total = fnv1a_u32(total, fnv1a(y, sizeof y));
  }

  printf("total %08lx\n", (unsigned long)total);
  return 0;
}
