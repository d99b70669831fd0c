/*
 * Helium element-wise multiplies through arm_mve.h: VMUL (vector and
 * scalar), VMULH, VRMULH, VMULL (bottom/top, signed/unsigned integer and
 * polynomial), every element size, the plain, merging (_m, inactive lanes
 * from a third vector) and don't-care (_x) predicated forms. Each intrinsic
 * runs on NV input vectors (the first ones built from the signed and
 * unsigned extremes of every element size, the others random with edge
 * values mixed in) and NV predicates (all, none, halves, alternating beats,
 * random); one line per intrinsic: the FNV-1a hash of all results and the
 * first result's words. The _x forms leave inactive lanes unspecified, so
 * only their active bytes are hashed.
 *
 * EXPECT_EXIT: 0
 */
#include <arm_mve.h>

#include "difftest.h"

#define MVE_HARNESS_VECTORS 10
#define MVE_HARNESS_REPORT_QC 0   /* no saturating operations */
#define MVE_HARNESS_LABEL_WIDTH 22
#include "mve_harness.h"

/* Plain, merging and don't-care forms of a same-size binary operation. */
#define BIN3(name, T)                                                                   \
  LOOP(#name "q_" #T, name##q_##T(a(T), b(T)), ST_##T, ALL);                         \
  LOOP(#name "q_m_" #T, name##q_m_##T(c(T), a(T), b(T), P[i]), ST_##T, ALL);         \
  LOOP(#name "q_x_" #T, name##q_x_##T(a(T), b(T), P[i]), ST_##T, P[i])

/* The same with a scalar second operand (from S[i]). */
#define BIN3N(name, T, ET)                                                                  \
  LOOP(#name "q_n_" #T, name##q_n_##T(a(T), (ET)S[i]), ST_##T, ALL);                     \
  LOOP(#name "q_m_n_" #T, name##q_m_n_##T(c(T), a(T), (ET)S[i], P[i]), ST_##T, ALL);     \
  LOOP(#name "q_x_n_" #T, name##q_x_n_##T(a(T), (ET)S[i], P[i]), ST_##T, P[i])

/* Widening: T in, LT out. */
#define LONG3(name, T, LT)                                                                  \
  LOOP(#name "_" #T, name##_##T(a(T), b(T)), ST_##LT, ALL);                              \
  LOOP(#name "_m_" #T, name##_m_##T(c(LT), a(T), b(T), P[i]), ST_##LT, ALL);             \
  LOOP(#name "_x_" #T, name##_x_##T(a(T), b(T), P[i]), ST_##LT, P[i])

int main(void)
{
  fill_vectors(0x1F2E3D4Cu);

  BIN3(vmul, s8); BIN3(vmul, u8); BIN3(vmul, s16); BIN3(vmul, u16); BIN3(vmul, s32); BIN3(vmul, u32);
  BIN3N(vmul, s8, int8_t); BIN3N(vmul, u8, uint8_t); BIN3N(vmul, s16, int16_t);
  BIN3N(vmul, u16, uint16_t); BIN3N(vmul, s32, int32_t); BIN3N(vmul, u32, uint32_t);

  BIN3(vmulh, s8); BIN3(vmulh, u8); BIN3(vmulh, s16); BIN3(vmulh, u16); BIN3(vmulh, s32); BIN3(vmulh, u32);
  BIN3(vrmulh, s8); BIN3(vrmulh, u8); BIN3(vrmulh, s16); BIN3(vrmulh, u16); BIN3(vrmulh, s32); BIN3(vrmulh, u32);

  LONG3(vmullbq_int, s8, s16); LONG3(vmullbq_int, u8, u16); LONG3(vmullbq_int, s16, s32);
  LONG3(vmullbq_int, u16, u32); LONG3(vmullbq_int, s32, s64); LONG3(vmullbq_int, u32, u64);
  LONG3(vmulltq_int, s8, s16); LONG3(vmulltq_int, u8, u16); LONG3(vmulltq_int, s16, s32);
  LONG3(vmulltq_int, u16, u32); LONG3(vmulltq_int, s32, s64); LONG3(vmulltq_int, u32, u64);
  LONG3(vmullbq_poly, p8, u16); LONG3(vmullbq_poly, p16, u32);
  LONG3(vmulltq_poly, p8, u16); LONG3(vmulltq_poly, p16, u32);

  /* A loop GCC can vectorise (and tail-predicate at -O2): 27 products of
   * int16 pairs, their high halves. */
  {
    static int16_t x[27], y[27], z[27];
    for (int i = 0; i < 27; i++) {
      x[i] = (int16_t)(A[i % NV][i % 16] * 131 - 7 * i);
      y[i] = (int16_t)(B[(i + 3) % NV][(i * 5) % 16] * 257 + i);
    }
    for (int i = 0; i < 27; i++)
      z[i] = (int16_t)(((int32_t)x[i] * y[i]) >> 16);
    printf("%-22s %08lx\n", "c loop mulh", (unsigned long)fnv1a(z, sizeof z));
    total = fnv1a_u32(total, fnv1a(z, sizeof z));
  }

  printf("total %08lx\n", (unsigned long)total);
  return 0;
}
