/*
 * Helium reductions across the vector into core registers through
 * arm_mve.h: VADDV{A} (8/16/32-bit), VADDLV{A} (32-bit into a register
 * pair), VMAXV, VMINV (signed and unsigned; the running value starts from
 * the low bits of the scalar argument), VMAXAV, VMINAV (absolute values of
 * signed elements against an unsigned scalar) and VABAV (sum of absolute
 * differences), plain and predicated (_p). One line per intrinsic: the
 * FNV-1a hash of its NV results and the first result. Then an int8 argmax
 * and a sum of absolute differences over odd lengths (tail-predicated
 * loops), checked against plain C.
 *
 * EXPECT_EXIT: 0
 */
#include <arm_mve.h>

#include "difftest.h"

#define MVE_HARNESS_VECTORS 10
#include "mve_harness.h"

#define ADDV(T, ACC, ACCIN)                                                               \
  LOOPS("vaddvq_" #T, vaddvq_##T(a(T)));                                                  \
  LOOPS("vaddvq_p_" #T, vaddvq_p_##T(a(T), P[i]));                                        \
  LOOPS("vaddvaq_" #T, vaddvaq_##T((ACC)ACCIN, a(T)));                                    \
  LOOPS("vaddvaq_p_" #T, vaddvaq_p_##T((ACC)ACCIN, a(T), P[i]))

#define ADDLV(T, ACC)                                                                     \
  LOOPS("vaddlvq_" #T, vaddlvq_##T(a(T)));                                                \
  LOOPS("vaddlvq_p_" #T, vaddlvq_p_##T(a(T), P[i]));                                      \
  LOOPS("vaddlvaq_" #T, vaddlvaq_##T((ACC)S64(i), a(T)));                                 \
  LOOPS("vaddlvaq_p_" #T, vaddlvaq_p_##T((ACC)S64(i), a(T), P[i]))

/* Max/min families: the scalar argument has the element type (ET). */
#define MINMAX(name, T, ET)                                                               \
  LOOPS(#name "q_" #T, name##q_##T((ET)S[i], a(T)));                                      \
  LOOPS(#name "q_p_" #T, name##q_p_##T((ET)S[i], a(T), P[i]))

#define ABAV(T)                                                                           \
  LOOPS("vabavq_" #T, vabavq_##T(S[i], a(T), b(T)));                                      \
  LOOPS("vabavq_p_" #T, vabavq_p_##T(S[i], a(T), b(T), P[i]))

int main(void)
{
  fill_vectors(0x1F2E3D4Cu);

  ADDV(s8, int32_t, S[i]); ADDV(u8, uint32_t, S[i]); ADDV(s16, int32_t, S[i]);
  ADDV(u16, uint32_t, S[i]); ADDV(s32, int32_t, S[i]); ADDV(u32, uint32_t, S[i]);
  ADDLV(s32, int64_t); ADDLV(u32, uint64_t);

  MINMAX(vmaxv, s8, int8_t); MINMAX(vmaxv, u8, uint8_t); MINMAX(vmaxv, s16, int16_t);
  MINMAX(vmaxv, u16, uint16_t); MINMAX(vmaxv, s32, int32_t); MINMAX(vmaxv, u32, uint32_t);
  MINMAX(vminv, s8, int8_t); MINMAX(vminv, u8, uint8_t); MINMAX(vminv, s16, int16_t);
  MINMAX(vminv, u16, uint16_t); MINMAX(vminv, s32, int32_t); MINMAX(vminv, u32, uint32_t);
  MINMAX(vmaxav, s8, uint8_t); MINMAX(vmaxav, s16, uint16_t); MINMAX(vmaxav, s32, uint32_t);
  MINMAX(vminav, s8, uint8_t); MINMAX(vminav, s16, uint16_t); MINMAX(vminav, s32, uint32_t);

  ABAV(s8); ABAV(u8); ABAV(s16); ABAV(u16); ABAV(s32); ABAV(u32);

  /* Max, sum and sum of absolute differences of odd-length int8 vectors in
   * tail-predicated loops, against plain C. */
  int mismatches = 0;
  {
    static int8_t x[93], y[93];
    for (int i = 0; i < 93; i++) {
      x[i] = (int8_t)A[(i + 3) % NV][(i * 5) % 16];
      y[i] = (int8_t)B[i % NV][(i * 11) % 16];
    }
    int8_t ref_max = -128;
    int32_t ref_sum = 0;
    uint32_t ref_sad = 0;
    for (int i = 0; i < 93; i++) {
      if (x[i] > ref_max)
        ref_max = x[i];
      ref_sum += x[i];
      ref_sad += (uint32_t)(x[i] > y[i] ? x[i] - y[i] : y[i] - x[i]);
    }
    int8_t mx = -128;
    int32_t sum = 0;
    uint32_t sad = 0;
    for (int i = 0; i < 93; i += 16) {
      mve_pred16_t p = vctp8q((uint32_t)(93 - i));
      int8x16_t vx = vldrbq_z_s8(&x[i], p), vy = vldrbq_z_s8(&y[i], p);
      mx = vmaxvq_p_s8(mx, vx, p);
      sum = vaddvaq_p_s8(sum, vx, p);
      sad = vabavq_p_s8(sad, vx, vy, p);
    }
    mismatches += (mx != ref_max) + (sum != ref_sum) + (sad != ref_sad);
    printf("max %d/%d sum %ld/%ld sad %lu/%lu\n", mx, ref_max, (long)sum, (long)ref_sum, (unsigned long)sad,
           (unsigned long)ref_sad);
  }

  printf("total %08lx mismatches %d\n", (unsigned long)total, mismatches);
  return mismatches ? 1 : 0;
}
