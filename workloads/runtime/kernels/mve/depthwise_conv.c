/*
 * DEPTHWISE_CONV_2D with Helium: channels in vector lanes.
 *
 * Eight output channels per group: input bytes come in with widening loads
 * (VLDRB.S16, eight int16 lanes); VMULLB / VMULLT multiply the even and odd
 * lanes into two int32x4 accumulators (four int32 lanes each), so a tap
 * costs two loads, two multiplies and two adds for eight MACs. Channel
 * groups are the outer loop: a group's filter taps (widened to int16) and
 * its per-channel multipliers, shifts and bias are staged on the stack once
 * and serve every output pixel, instead of being read again from the
 * weights memory for each pixel. Two horizontally adjacent pixels whose
 * windows are inside the image share each tap load (full groups of
 * contiguous channels).
 *
 * The input offset: for a pixel whose window lies inside the image the
 * accumulators start from bias + input_offset * sum(filter taps), computed
 * once per channel group; at the borders, where taps are clipped, the
 * offset is added to each input value instead (x + input_offset fits an
 * int16). Both are the C flavour's sum(f * (x + input_offset)) + bias modulo
 * 2^32.
 *
 * depth_multiplier > 1: output channel oc reads input channel
 * oc / depth_multiplier, loaded with a byte gather. Windows of more than
 * DW_MAX_TAPS taps use the C kernel.
 */
#include "mve_common.h"

#define DW_MAX_TAPS 64

typedef struct dw_group {
  int32x4_t bias_even, bias_odd;     /* bias */
  int32x4_t full_even, full_odd;     /* bias + input_offset * sum(filter) over the whole window */
  int32x4_t mult_even, mult_odd;
  int32x4_t left_even, left_odd;
  int32x4_t neg_right_even, neg_right_odd;
} dw_group;

/* What the tap loop needs to know about one output pixel. */
typedef struct dw_window {
  const int8_t *in;      /* input at the first tap inside the image (fy0, fx0), channel of lane 0 */
  const int16x8_t *taps; /* staged filter tap (fy0, fx0) */
  int32_t rows, cols;    /* taps inside the image: rows x cols */
} dw_window;

/* Accumulates the window's taps for one channel group. `gather`: lanes read
 * input channels at in + in_offsets[lane]; `add_offset`: x + input_offset
 * (border pixels); `full`: all eight lanes valid (unpredicated loads). */
static inline __attribute__((always_inline)) void dw_taps(int32x4_t *acc_even, int32x4_t *acc_odd, const dw_window *w,
                                                          int32_t filter_w, int32_t row_step, int32_t col_step,
                                                          uint16x8_t in_offsets, int gather, int add_offset, int full,
                                                          int16_t input_offset, mve_pred16_t p)
{
  int32x4_t e = *acc_even, o = *acc_odd;
  const int8_t *in_row = w->in;
  const int16x8_t *tap_row = w->taps;
  for (int32_t r = 0; r < w->rows; ++r, in_row += row_step, tap_row += filter_w) {
    const int8_t *in = in_row;
    const int16x8_t *tap = tap_row;
    for (int32_t c = w->cols; c > 0; --c, in += col_step, ++tap) {
      int16x8_t x;
      if (gather) x = full ? vldrbq_gather_offset_s16(in, in_offsets) : vldrbq_gather_offset_z_s16(in, in_offsets, p);
      else x = full ? vldrbq_s16(in) : vldrbq_z_s16(in, p);
      if (add_offset) x = vaddq_n_s16(x, input_offset);
      const int16x8_t k = *tap;
      e = vaddq_s32(e, vmullbq_int_s16(x, k));
      o = vaddq_s32(o, vmulltq_int_s16(x, k));
    }
  }
  *acc_even = e;
  *acc_odd = o;
}

/* One output pixel's eight (or n) channels: accumulate, requantise, store. */
static inline __attribute__((always_inline)) void dw_pixel(int8_t *out, const dw_window *w, int interior,
                                                           const dw_group *gr, int32_t filter_w, int32_t row_step,
                                                           int32_t col_step, uint16x8_t in_offsets, int gather,
                                                           int full, int16_t input_offset, mve_pred16_t p,
                                                           int32_t out_offset, int32x4_t lo, int32x4_t hi)
{
  int32x4_t acc_even, acc_odd;
  if (interior) {
    acc_even = gr->full_even;
    acc_odd = gr->full_odd;
    dw_taps(&acc_even, &acc_odd, w, filter_w, row_step, col_step, in_offsets, gather, 0, full, input_offset, p);
  } else {
    acc_even = gr->bias_even;
    acc_odd = gr->bias_odd;
    dw_taps(&acc_even, &acc_odd, w, filter_w, row_step, col_step, in_offsets, gather, 1, full, input_offset, p);
  }
  acc_even = tsk_mve_mbqm(acc_even, gr->mult_even, gr->left_even, gr->neg_right_even);
  acc_odd = tsk_mve_mbqm(acc_odd, gr->mult_odd, gr->left_odd, gr->neg_right_odd);
  acc_even = vminq_s32(vmaxq_s32(vaddq_n_s32(acc_even, out_offset), lo), hi);
  acc_odd = vminq_s32(vmaxq_s32(vaddq_n_s32(acc_odd, out_offset), lo), hi);
  int16x8_t packed = vmovnbq_s32(vdupq_n_s16(0), acc_even);
  packed = vmovntq_s32(packed, acc_odd);
  if (full) vstrbq_s16(out, packed);
  else vstrbq_p_s16(out, packed, p);
}

/* Requantises, packs and stores one pixel's accumulators. */
static inline __attribute__((always_inline)) void dw_store(int8_t *out, int32x4_t acc_even, int32x4_t acc_odd,
                                                           const dw_group *gr, int32_t out_offset, int32x4_t lo,
                                                           int32x4_t hi)
{
  acc_even = tsk_mve_mbqm(acc_even, gr->mult_even, gr->left_even, gr->neg_right_even);
  acc_odd = tsk_mve_mbqm(acc_odd, gr->mult_odd, gr->left_odd, gr->neg_right_odd);
  acc_even = vminq_s32(vmaxq_s32(vaddq_n_s32(acc_even, out_offset), lo), hi);
  acc_odd = vminq_s32(vmaxq_s32(vaddq_n_s32(acc_odd, out_offset), lo), hi);
  int16x8_t packed = vmovnbq_s32(vdupq_n_s16(0), acc_even);
  packed = vmovntq_s32(packed, acc_odd);
  vstrbq_s16(out, packed);
}

/* Two horizontally adjacent output pixels whose windows are inside the
 * image, eight channels, contiguous input channels: every staged filter
 * tap serves both pixels. `next` is the input distance between them. */
static inline __attribute__((always_inline)) void dw_pixel_pair(int8_t *out, int32_t out_d, const int8_t *in,
                                                                int32_t next, const int16x8_t *taps,
                                                                const dw_group *gr, int32_t filter_h, int32_t filter_w,
                                                                int32_t row_step, int32_t col_step,
                                                                int32_t out_offset, int32x4_t lo, int32x4_t hi)
{
  int32x4_t e0 = gr->full_even, o0 = gr->full_odd, e1 = gr->full_even, o1 = gr->full_odd;
  for (int32_t r = 0; r < filter_h; ++r, in += row_step) {
    const int8_t *x = in;
    for (int32_t c = 0; c < filter_w; ++c, x += col_step, ++taps) {
      const int16x8_t k = *taps;
      const int16x8_t x0 = vldrbq_s16(x);
      e0 = vaddq_s32(e0, vmullbq_int_s16(x0, k));
      o0 = vaddq_s32(o0, vmulltq_int_s16(x0, k));
      const int16x8_t x1 = vldrbq_s16(x + next);
      e1 = vaddq_s32(e1, vmullbq_int_s16(x1, k));
      o1 = vaddq_s32(o1, vmulltq_int_s16(x1, k));
    }
  }
  dw_store(out, e0, o0, gr, out_offset, lo, hi);
  dw_store(out + out_d, e1, o1, gr, out_offset, lo, hi);
}

/* Taps [first, end) of a window row or column starting at `origin`. */
static inline void clip_taps(int32_t origin, int32_t dilation, int32_t taps, int32_t size, int32_t *first,
                             int32_t *end)
{
  if (dilation == 1) {
    const int32_t f0 = origin < 0 ? -origin : 0;
    const int32_t f1 = tsk_min(taps, size - origin);
    *first = f0;
    *end = f1 > f0 ? f1 : f0;
  } else {
    tsk_mve_clip_window(origin, dilation, taps, size, first, end);
  }
}

typedef struct dw_shape {
  int32_t batches, in_h, in_w, in_d, filter_h, filter_w, out_h, out_w, out_d;
  int32_t stride_h, stride_w, dilation_h, dilation_w, pad_top, pad_left;
} dw_shape;

/* Every output pixel of channel group c (n channels). */
static inline __attribute__((always_inline)) void dw_group_pixels(const dw_shape *s, const int8_t *input,
                                                                  int8_t *output, int32_t c, const int16x8_t *taps,
                                                                  const dw_group *gr, uint16x8_t in_offsets,
                                                                  int gather, int full,
                                                                  int16_t input_offset, mve_pred16_t p,
                                                                  int32_t out_offset, int32_t act_min, int32_t act_max)
{
  const int32x4_t lo = vdupq_n_s32(act_min), hi = vdupq_n_s32(act_max);
  const int32_t row_step = s->dilation_h * s->in_w * s->in_d; /* input bytes between filter rows */
  const int32_t col_step = s->dilation_w * s->in_d;           /* ... between filter columns */
  /* The input channel of lane 0: gathers address from the pixel. */
  const int32_t lane0 = gather ? 0 : c;
  int8_t *out = output + c;
  for (int32_t b = 0; b < s->batches; ++b) {
    const int8_t *in_b = input + b * s->in_h * s->in_w * s->in_d + lane0;
    for (int32_t oy = 0; oy < s->out_h; ++oy) {
      const int32_t y0 = oy * s->stride_h - s->pad_top;
      int32_t fy0, fy1;
      clip_taps(y0, s->dilation_h, s->filter_h, s->in_h, &fy0, &fy1);
      const int rows_full = fy0 == 0 && fy1 == s->filter_h;
      for (int32_t ox = 0; ox < s->out_w; ++ox, out += s->out_d) {
        const int32_t x0 = ox * s->stride_w - s->pad_left;
        if (full && !gather && rows_full && ox + 1 < s->out_w && x0 >= 0 &&
            x0 + s->stride_w + (s->filter_w - 1) * s->dilation_w < s->in_w) {
          /* Two interior pixels at once. */
          dw_pixel_pair(out, s->out_d, in_b + (y0 * s->in_w + x0) * s->in_d, s->stride_w * s->in_d, taps, gr,
                        s->filter_h, s->filter_w, row_step, col_step, out_offset, lo, hi);
          ++ox;
          out += s->out_d;
          continue;
        }
        int32_t fx0, fx1;
        clip_taps(x0, s->dilation_w, s->filter_w, s->in_w, &fx0, &fx1);
        dw_window w;
        w.rows = fy1 - fy0;
        w.cols = fx1 - fx0;
        w.taps = taps + fy0 * s->filter_w + fx0;
        /* Only formed when a tap is inside the image. */
        w.in = w.rows > 0 && w.cols > 0
                   ? in_b + ((y0 + fy0 * s->dilation_h) * s->in_w + x0 + fx0 * s->dilation_w) * s->in_d
                   : in_b;
        const int interior = rows_full && w.cols == s->filter_w;
        dw_pixel(out, &w, interior, gr, s->filter_w, row_step, col_step, in_offsets, gather, full, input_offset, p,
                 out_offset, lo, hi);
      }
    }
  }
}

int tsk_mve_depthwise_conv_2d(const tsk_op_args *a)
{
  const tsb_conv_params *p = &a->op->params.conv;
  const tsb_tensor *it = a->in[0].t, *ft = a->in[1].t, *ot = a->out[0].t;
  const int8_t *input = (const int8_t *)a->in[0].data;
  const int8_t *filter = (const int8_t *)a->in[1].data;
  const int32_t *bias = a->in[2].t ? (const int32_t *)a->in[2].data : 0;
  int8_t *output = (int8_t *)a->out[0].data;

  const dw_shape s = {
      .batches = it->dims[0], .in_h = it->dims[1], .in_w = it->dims[2], .in_d = it->dims[3],
      .filter_h = ft->dims[1], .filter_w = ft->dims[2],
      .out_h = ot->dims[1], .out_w = ot->dims[2], .out_d = ot->dims[3],
      .stride_h = p->stride_h, .stride_w = p->stride_w,
      .dilation_h = p->dilation_h, .dilation_w = p->dilation_w,
      .pad_top = p->pad_top, .pad_left = p->pad_left,
  };
  const int32_t mult = p->depth_multiplier;
  const int32_t input_offset = p->input_offset;
  const int32_t n_taps = s.filter_h * s.filter_w;
  /* x + input_offset and input_offset * filter must be int16 products. */
  if (input_offset < -32767 + 128 || input_offset > 32767 - 128) return tsk_c_depthwise_conv_2d(a);
  /* Gathers take 16-bit byte offsets within an input pixel. */
  if (mult != 1 && s.in_d > 0xFFFF) return tsk_c_depthwise_conv_2d(a);
  if (n_taps > DW_MAX_TAPS) return tsk_c_depthwise_conv_2d(a);

  const uint32x4_t even_words = {0u, 2u, 4u, 6u}, odd_words = {1u, 3u, 5u, 7u};
  const int16x8_t offset_vec = vdupq_n_s16((int16_t)input_offset);
  int16x8_t taps[DW_MAX_TAPS];

  for (int32_t c = 0; c < s.out_d; c += 8) {
    const int32_t n = tsk_min(8, s.out_d - c);
    const mve_pred16_t p16 = vctp16q((uint32_t)n);
    const mve_pred16_t p_even = vctp32q((uint32_t)(n + 1) / 2u), p_odd = vctp32q((uint32_t)n / 2u);

    dw_group gr;
    const int32x4_t shift_even = vldrwq_gather_shifted_offset_z_s32(a->shifts + c, even_words, p_even);
    const int32x4_t shift_odd = vldrwq_gather_shifted_offset_z_s32(a->shifts + c, odd_words, p_odd);
    gr.mult_even = vldrwq_gather_shifted_offset_z_s32(a->multipliers + c, even_words, p_even);
    gr.mult_odd = vldrwq_gather_shifted_offset_z_s32(a->multipliers + c, odd_words, p_odd);
    gr.left_even = tsk_mve_left_shift(shift_even);
    gr.left_odd = tsk_mve_left_shift(shift_odd);
    gr.neg_right_even = tsk_mve_neg_right_shift(shift_even);
    gr.neg_right_odd = tsk_mve_neg_right_shift(shift_odd);
    gr.bias_even = bias ? vldrwq_gather_shifted_offset_z_s32(bias + c, even_words, p_even) : vdupq_n_s32(0);
    gr.bias_odd = bias ? vldrwq_gather_shifted_offset_z_s32(bias + c, odd_words, p_odd) : vdupq_n_s32(0);
    gr.full_even = gr.bias_even;
    gr.full_odd = gr.bias_odd;
    for (int32_t t = 0; t < n_taps; ++t) {
      taps[t] = vldrbq_z_s16(filter + t * s.out_d + c, p16);
      gr.full_even = vaddq_s32(gr.full_even, vmullbq_int_s16(offset_vec, taps[t]));
      gr.full_odd = vaddq_s32(gr.full_odd, vmulltq_int_s16(offset_vec, taps[t]));
    }

    /* Input channel of each lane's output channel (gathers, depth_multiplier > 1). */
    uint16_t in_channel[8];
    for (int32_t j = 0; j < 8; ++j) in_channel[j] = (uint16_t)(tsk_min(c + j, s.out_d - 1) / mult);
    const uint16x8_t in_offsets = vldrhq_u16(in_channel);

    const int16_t io = (int16_t)input_offset;
    if (mult == 1) {
      if (n == 8)
        dw_group_pixels(&s, input, output, c, taps, &gr, in_offsets, 0, 1, io, p16, p->output_offset, p->act_min,
                        p->act_max);
      else
        dw_group_pixels(&s, input, output, c, taps, &gr, in_offsets, 0, 0, io, p16, p->output_offset, p->act_min,
                        p->act_max);
    } else {
      dw_group_pixels(&s, input, output, c, taps, &gr, in_offsets, 1, 0, io, p16, p->output_offset, p->act_min,
                      p->act_max);
    }
  }
  return TSK_OK;
}
