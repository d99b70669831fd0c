/*
 * Helium multiply-accumulates into a vector through arm_mve.h: VMLA and
 * VMLAS (vector by scalar, every size, signed and unsigned), VQDMLAH,
 * VQRDMLAH, VQDMLASH, VQRDMLASH (saturating doubling, high half) and the
 * dual forms VQDMLADH, VQRDMLADH, VQDMLSDH, VQRDMLSDH with and without X
 * (element pairs; only one element of each pair is written, the other comes
 * from the "inactive" operand), each plain and merging (_m). Inputs and
 * output as in mac_vqdmul.c: one line per intrinsic with the FNV-1a hash of
 * its NV results, FPSCR.QC after them and the first result's words.
 *
 * EXPECT_EXIT: 0
 */
#include <arm_mve.h>

#include "difftest.h"

#define MVE_HARNESS_VECTORS 10
#include "mve_harness.h"

/* Vector + vector * scalar (VMLA) and vector * vector + scalar (VMLAS) families. */
#define ACC_N(name, T, ET)                                                                      \
  LOOP(#name "q_n_" #T, name##q_n_##T(c(T), a(T), (ET)S[i]), ST_##T, ALL);                      \
  LOOP(#name "q_m_n_" #T, name##q_m_n_##T(c(T), a(T), (ET)S[i], P[i]), ST_##T, ALL)

/* Dual multiplies: the first operand supplies the elements not written. */
#define DUAL(name, T)                                                                           \
  LOOP(#name "q_" #T, name##q_##T(c(T), a(T), b(T)), ST_##T, ALL);                              \
  LOOP(#name "q_m_" #T, name##q_m_##T(c(T), a(T), b(T), P[i]), ST_##T, ALL)

#define DUAL_ALL(T) \
  DUAL(vqdmladh, T); DUAL(vqdmladhx, T); DUAL(vqrdmladh, T); DUAL(vqrdmladhx, T); \
  DUAL(vqdmlsdh, T); DUAL(vqdmlsdhx, T); DUAL(vqrdmlsdh, T); DUAL(vqrdmlsdhx, T)

int main(void)
{
  fill_vectors(0x1F2E3D4Cu);

  ACC_N(vmla, s8, int8_t); ACC_N(vmla, u8, uint8_t); ACC_N(vmla, s16, int16_t);
  ACC_N(vmla, u16, uint16_t); ACC_N(vmla, s32, int32_t); ACC_N(vmla, u32, uint32_t);
  ACC_N(vmlas, s8, int8_t); ACC_N(vmlas, u8, uint8_t); ACC_N(vmlas, s16, int16_t);
  ACC_N(vmlas, u16, uint16_t); ACC_N(vmlas, s32, int32_t); ACC_N(vmlas, u32, uint32_t);

  ACC_N(vqdmlah, s8, int8_t); ACC_N(vqdmlah, s16, int16_t); ACC_N(vqdmlah, s32, int32_t);
  ACC_N(vqrdmlah, s8, int8_t); ACC_N(vqrdmlah, s16, int16_t); ACC_N(vqrdmlah, s32, int32_t);
  ACC_N(vqdmlash, s8, int8_t); ACC_N(vqdmlash, s16, int16_t); ACC_N(vqdmlash, s32, int32_t);
  ACC_N(vqrdmlash, s8, int8_t); ACC_N(vqrdmlash, s16, int16_t); ACC_N(vqrdmlash, s32, int32_t);

  DUAL_ALL(s8);
  DUAL_ALL(s16);
  DUAL_ALL(s32);

  /* An axpy over 45 int32 elements (vectorised and tail-predicated at -O2),
   * and the same with VMLA in an explicit tail-predicated loop. */
  {
    static int32_t x[45], y[45], z[45];
    for (int i = 0; i < 45; i++) {
      memcpy(&x[i], &A[i % NV][(i * 4) % 16], 4);
      memcpy(&y[i], &B[(i + 2) % NV][(i * 4) % 16], 4);
      z[i] = y[i];
    }
    const int32_t k = (int32_t)S[5];
    for (int i = 0; i < 45; i++)
      y[i] += x[i] * k;
    for (int i = 0; i < 45; i += 4) {
      mve_pred16_t p = vctp32q((uint32_t)(45 - i));
      int32x4_t acc = vldrwq_z_s32(&z[i], p);
      vstrwq_p_s32(&z[i], vmlaq_m_n_s32(acc, vldrwq_z_s32(&x[i], p), k, p), p);
    }
    printf("%-24s %08lx %08lx\n", "axpy loops", (unsigned long)fnv1a(y, sizeof y), (unsigned long)fnv1a(z, sizeof z));
    total = fnv1a_u32(total, fnv1a(y, sizeof y) ^ fnv1a(z, sizeof z));
  }

  printf("total %08lx\n", (unsigned long)total);
  return 0;
}
