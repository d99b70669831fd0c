/*
 * AVERAGE_POOL_2D and MAX_POOL_2D with Helium, channels in vector lanes.
 *
 * MAX: sixteen channels per vector, VMAX.S8 over the clipped window, then
 * the activation clamp.
 *
 * AVERAGE: eight channels per vector, the window summed in int16 lanes
 * (widening loads); windows of up to 256 taps cannot overflow them
 * (256 * -128 = -32768). The C flavour's division rounding half away from
 * zero, sign(s) * ((|s| + count/2) / count), is done in int32 lanes with a
 * multiply by the reciprocal: for n < 2^16 and 2 <= count < 2^16,
 * n / count = (n * ceil(2^32 / count)) >> 32 exactly (the error of the
 * reciprocal times n stays below 1/count). Larger windows use the C kernel.
 */
#include "mve_common.h"

#include "../pool_window.h"

/* sign(s) * ((|s| + count/2) / count) per lane, `recip` = ceil(2^32 / count). */
static inline int32x4_t rounded_average(int32x4_t sum, int32_t count, uint32_t recip)
{
  if (count == 1) return sum;
  const mve_pred16_t negative = vcmpltq_n_s32(sum, 0);
  const uint32x4_t n = vreinterpretq_u32_s32(vaddq_n_s32(vabsq_s32(sum), count / 2));
  const int32x4_t q = vreinterpretq_s32_u32(vmulhq_u32(n, vdupq_n_u32(recip)));
  return vpselq_s32(vnegq_s32(q), q, negative);
}

int tsk_mve_average_pool_2d(const tsk_op_args *a)
{
  const tsb_pool_params *p = &a->op->params.pool;
  if ((int64_t)p->filter_h * p->filter_w > 256) return tsk_c_average_pool_2d(a);
  const tsb_tensor *it = a->in[0].t, *ot = a->out[0].t;
  const int8_t *input = (const int8_t *)a->in[0].data;
  int8_t *output = (int8_t *)a->out[0].data;
  const int32_t batches = it->dims[0], in_h = it->dims[1], in_w = it->dims[2], depth = it->dims[3];
  const int32_t out_h = ot->dims[1], out_w = ot->dims[2];

  for (int32_t b = 0; b < batches; ++b)
    for (int32_t oy = 0; oy < out_h; ++oy)
      for (int32_t ox = 0; ox < out_w; ++ox) {
        const pool_window w = window_at(p, oy, ox, in_h, in_w);
        const int32_t count = tsk_max(0, w.y1 - w.y0) * tsk_max(0, w.x1 - w.x0);
        if (count == 0) return TSK_ERR_EMPTY_WINDOW;
        const uint32_t recip =
            count == 1 ? 0u : (uint32_t)((((uint64_t)1 << 32) + (uint64_t)count - 1) / (uint64_t)count);
        /* Byte offset of filter tap (0, 0), possibly outside the image; only
         * taps inside it are addressed. */
        const int32_t origin = ((b * in_h + w.y_origin) * in_w + w.x_origin) * depth;
        int8_t *out_px = output + ((b * out_h + oy) * out_w + ox) * depth;
        for (int32_t c = 0; c < depth; c += 8) {
          const mve_pred16_t p16 = vctp16q((uint32_t)(depth - c));
          int16x8_t sum = vdupq_n_s16(0);
          for (int32_t fy = w.y0; fy < w.y1; ++fy) {
            const int8_t *in = input + (origin + (fy * in_w + w.x0) * depth + c);
            for (int32_t fx = w.x0; fx < w.x1; ++fx, in += depth) sum = vaddq_s16(sum, vldrbq_z_s16(in, p16));
          }
          int32x4_t even = rounded_average(vmovlbq_s16(sum), count, recip);
          int32x4_t odd = rounded_average(vmovltq_s16(sum), count, recip);
          even = vminq_s32(vmaxq_s32(even, vdupq_n_s32(p->act_min)), vdupq_n_s32(p->act_max));
          odd = vminq_s32(vmaxq_s32(odd, vdupq_n_s32(p->act_min)), vdupq_n_s32(p->act_max));
          int16x8_t packed = vmovnbq_s32(vdupq_n_s16(0), even);
          packed = vmovntq_s32(packed, odd);
          vstrbq_p_s16(out_px + c, packed, p16);
        }
      }
  return TSK_OK;
}

int tsk_mve_max_pool_2d(const tsk_op_args *a)
{
  const tsb_pool_params *p = &a->op->params.pool;
  const tsb_tensor *it = a->in[0].t, *ot = a->out[0].t;
  const int8_t *input = (const int8_t *)a->in[0].data;
  int8_t *output = (int8_t *)a->out[0].data;
  const int32_t batches = it->dims[0], in_h = it->dims[1], in_w = it->dims[2], depth = it->dims[3];
  const int32_t out_h = ot->dims[1], out_w = ot->dims[2];
  const int8x16_t lo = vdupq_n_s8((int8_t)p->act_min), hi = vdupq_n_s8((int8_t)p->act_max);

  for (int32_t b = 0; b < batches; ++b)
    for (int32_t oy = 0; oy < out_h; ++oy)
      for (int32_t ox = 0; ox < out_w; ++ox) {
        const pool_window w = window_at(p, oy, ox, in_h, in_w);
        /* Byte offset of filter tap (0, 0), possibly outside the image; only
         * taps inside it are addressed. */
        const int32_t origin = ((b * in_h + w.y_origin) * in_w + w.x_origin) * depth;
        int8_t *out_px = output + ((b * out_h + oy) * out_w + ox) * depth;
        for (int32_t c = 0; c < depth; c += 16) {
          const mve_pred16_t p8 = vctp8q((uint32_t)(depth - c));
          int8x16_t m = vdupq_n_s8(-128);
          for (int32_t fy = w.y0; fy < w.y1; ++fy) {
            const int8_t *in = input + (origin + (fy * in_w + w.x0) * depth + c);
            for (int32_t fx = w.x0; fx < w.x1; ++fx, in += depth) m = vmaxq_s8(m, vldrbq_z_s8(in, p8));
          }
          m = vminq_s8(vmaxq_s8(m, lo), hi);
          vstrbq_p_s8(out_px + c, m, p8);
        }
      }
  return TSK_OK;
}
