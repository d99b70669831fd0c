/*
 * mve_common.h - shared pieces of the Helium (MVE) kernel flavour: TFLite's
 * requantisation in vector lanes, sums, window clipping.
 *
 * Bit-exactness with the portable C kernels (kernels/c/, tsk_arith.h):
 *   SaturatingRoundingDoublingHighMul(a, b) = VQRDMULH: both compute
 *     (2ab + 2^31) >> 32 with the single overflow case (INT32_MIN squared)
 *     saturated to INT32_MAX; gemmlowp's "nudge then divide towards zero"
 *     is the same value for negative products.
 *   RoundingDivideByPOT(x, n) rounds half away from zero; VRSHL by -n rounds
 *     half up. Subtracting 1 from negative x first makes them agree
 *     (CMSIS-NN's fix-up): floor((x - 1 + 2^(n-1)) / 2^n) rounds the halves
 *     of negative numbers down. VQADD keeps INT32_MIN at INT32_MIN, whose
 *     result is the same either way. For n = 0 nothing is subtracted.
 *   The left shift of MultiplyByQuantizedMultiplier wraps (VSHL by a
 *     positive register amount does not saturate), as tsk_wrap_shl.
 *   Accumulators are sums modulo 2^32, so adding the input offset through
 *     precomputed filter sums (acc = sum(f*x) + input_offset*sum(f)) gives the
 *     C flavour's sum(f*(x + input_offset)) exactly, also when it wraps.
 */
#ifndef TSK_MVE_COMMON_H
#define TSK_MVE_COMMON_H

#include <arm_mve.h>
#include <stdint.h>

#include "../kernels.h"
#include "../tsk_arith.h"

/* Per-lane parameters of MultiplyByQuantizedMultiplier: left shift
 * max(shift, 0) and negated right shift min(shift, 0). */
static inline int32x4_t tsk_mve_left_shift(int32x4_t shift) { return vmaxq_s32(shift, vdupq_n_s32(0)); }
static inline int32x4_t tsk_mve_neg_right_shift(int32x4_t shift) { return vminq_s32(shift, vdupq_n_s32(0)); }

/* RoundingDivideByPOT(x, -neg_right) per lane (neg_right <= 0). */
static inline int32x4_t tsk_mve_rdbpot(int32x4_t x, int32x4_t neg_right)
{
  /* -1 where x < 0 and there is a right shift (neg_right's sign bit). */
  const int32x4_t fixup = vshrq_n_s32(vandq_s32(x, neg_right), 31);
  return vrshlq_s32(vqaddq_s32(x, fixup), neg_right);
}

/* MultiplyByQuantizedMultiplier (double rounding) with per-lane multiplier,
 * left shift and negated right shift. */
static inline int32x4_t tsk_mve_mbqm(int32x4_t x, int32x4_t mult, int32x4_t left, int32x4_t neg_right)
{
  return tsk_mve_rdbpot(vqrdmulhq_s32(vshlq_s32(x, left), mult), neg_right);
}

/* + output offset, clamp to [lo, hi]. */
static inline int32x4_t tsk_mve_offset_clamp(int32x4_t x, int32_t offset, int32_t lo, int32_t hi)
{
  x = vaddq_n_s32(x, offset);
  return vminq_s32(vmaxq_s32(x, vdupq_n_s32(lo)), vdupq_n_s32(hi));
}

/* Sum of n int8 values. */
static inline int32_t tsk_mve_sum_s8(const int8_t *x, int32_t n)
{
  int32_t sum = 0;
  for (; n >= 16; n -= 16, x += 16) sum = vaddvaq_s8(sum, vldrbq_s8(x));
  if (n > 0) sum = vaddvaq_s8(sum, vldrbq_z_s8(x, vctp8q((uint32_t)n)));
  return sum;
}

/* First and one-past-last filter taps f with 0 <= origin + dilation*f < size
 * (empty when none): the C flavour's clipping of a window to the image. */
static inline void tsk_mve_clip_window(int32_t origin, int32_t dilation, int32_t taps, int32_t size, int32_t *first,
                                       int32_t *end)
{
  int32_t f0 = 0;
  if (origin < 0) f0 = (-origin + dilation - 1) / dilation;
  int32_t f1 = taps;
  const int32_t room = size - 1 - origin;
  if (room < 0) {
    f1 = 0;
  } else {
    const int32_t last = room / dilation;
    if (last + 1 < f1) f1 = last + 1;
  }
  *first = f0;
  *end = f1 > f0 ? f1 : f0;
}

/* Kernels of the flavour (kernels_mve.c builds the table). */
int tsk_mve_conv_2d(const tsk_op_args *a);
int tsk_mve_depthwise_conv_2d(const tsk_op_args *a);
int tsk_mve_fully_connected(const tsk_op_args *a);
int tsk_mve_average_pool_2d(const tsk_op_args *a);
int tsk_mve_max_pool_2d(const tsk_op_args *a);
int tsk_mve_add(const tsk_op_args *a);
int tsk_mve_mul(const tsk_op_args *a);

#endif /* TSK_MVE_COMMON_H */
