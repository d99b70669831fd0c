/*
 * Smallest Helium program: element-wise adds of every integer element size,
 * a predicated add and an across-vector sum, printed lane by lane.
 */
#include <arm_mve.h>

#include "difftest.h"

int main(void)
{
  int8_t a8[16], b8[16];
  int16_t a16[8], b16[8];
  int32_t a32[4], b32[4];
  uint32_t seed = 12345;
  for (int i = 0; i < 16; i++) { a8[i] = (int8_t)xorshift32(&seed); b8[i] = (int8_t)xorshift32(&seed); }
  for (int i = 0; i < 8; i++) { a16[i] = (int16_t)xorshift32(&seed); b16[i] = (int16_t)xorshift32(&seed); }
  for (int i = 0; i < 4; i++) { a32[i] = (int32_t)xorshift32(&seed); b32[i] = (int32_t)xorshift32(&seed); }

  int8x16_t r8 = vaddq_s8(vld1q_s8(a8), vld1q_s8(b8));
  int16x8_t r16 = vaddq_s16(vld1q_s16(a16), vld1q_s16(b16));
  int32x4_t r32 = vaddq_s32(vld1q_s32(a32), vld1q_s32(b32));
  int8_t o8[16]; int16_t o16[8]; int32_t o32[4];
  vst1q_s8(o8, r8); vst1q_s16(o16, r16); vst1q_s32(o32, r32);
  for (int i = 0; i < 16; i++) printf("%d ", o8[i]);
  printf("\n");
  for (int i = 0; i < 8; i++) printf("%d ", o16[i]);
  printf("\n");
  for (int i = 0; i < 4; i++) printf("%ld ", (long)o32[i]);
  printf("\n");
  /* predicated: only lanes where a > b are added, the others keep a */
  mve_pred16_t p = vcmpgtq_s32(vld1q_s32(a32), vld1q_s32(b32));
  int32x4_t m = vaddq_m_s32(vld1q_s32(a32), vld1q_s32(a32), vld1q_s32(b32), p);
  vst1q_s32(o32, m);
  printf("pred %04x: %ld %ld %ld %ld\n", (unsigned)p, (long)o32[0], (long)o32[1], (long)o32[2], (long)o32[3]);
  printf("sum %ld\n", (long)vaddvq_s32(vld1q_s32(a32)));
  return 0;
}
