/*
 * CONV_2D with Helium: a blocked int8 matrix multiply of output channels
 * (filter rows: OHWI gives one contiguous row of K = filter_h * filter_w *
 * Cin bytes per output channel) by columns (the K input values one output
 * pixel sees, in the same [fy][fx][ic] order).
 *
 * Columns, a few output pixels at a time, are packed into a column buffer:
 *   - im2col: the window's input values, taps outside the image filled with
 *     the input zero point (value + input_offset = 0 then contributes
 *     nothing, as the C flavour's skipped taps);
 *   - 1x1 filters whose taps are all inside the image (no padding): the
 *     input pixel's Cin bytes, copied (no im2col).
 * The columns are interleaved in 16-byte steps ([c0 0..15][c1 0..15]
 * [c2 0..15][c0 16..31]...) and zero past K, so that one pointer walks them
 * and the multiply keeps its accumulators, filter pointers and loop in
 * registers.
 *
 * Column buffer: the operator's scratch in the arena (op.scratch_bytes,
 * reserved by the compiler: tsk_conv_scratch_bytes(), 4 x roundup(K, 16) +
 * 16 bytes, 5 x 16 + 16 when K <= 16): the packed columns, one im2col column
 * being built and 16 bytes of slack for its whole-vector writes. Without
 * it (a blob from another compiler) the C kernel runs.
 *
 * The multiply, K > 16: 2 output channels x 3 pixels per pass with VMLADAVA
 * (six int32 accumulators, 16 MACs per instruction; 2 filter and 3 column
 * loads per 96 MACs). K <= 16: four one-vector columns stay in registers
 * and the loop runs over the output channels (one filter row load and four
 * VMLADAV per channel). The last, partial K step reads the filter rows
 * whole where that stays inside the filter tensor (the columns' zeros
 * cancel the bytes of the next row), else with a VCTP predicate and
 * zeroing loads.
 *
 * The input offset is added through per-channel filter sums computed once
 * per operator (CMSIS-NN's kernel sums): acc = sum(f*x) +
 * input_offset*sum(f) + bias, equal to the C flavour's
 * sum(f*(x + input_offset)) + bias modulo 2^32. A channel's accumulators of
 * the block's pixels are requantised in one vector (lanes = pixels) with
 * that channel's multiplier and shift, and stored with a byte scatter
 * (stride out_d); missing pixels and an odd last channel are masked.
 */
#include "mve_common.h"

/* Output channels whose parameters are staged on the stack at a time. */
#define CONV_CHANNEL_CHUNK 64

typedef struct conv_geometry {
  int32_t in_h, in_w, in_d;
  int32_t filter_h, filter_w;
  int32_t out_h, out_w, out_d;
  int32_t stride_h, stride_w, dilation_h, dilation_w, pad_top, pad_left;
} conv_geometry;

/* Requantisation of one output channel. */
typedef struct channel_params {
  int32_t bias;      /* bias + input_offset * sum(filter row) */
  int32_t mult;
  int32_t left;      /* max(shift, 0) */
  int32_t neg_right; /* min(shift, 0) */
} channel_params;

/* Walks output pixels in NHWC order. */
typedef struct pixel_cursor {
  int32_t b, oy, ox;
} pixel_cursor;

static inline void cursor_advance(pixel_cursor *c, const conv_geometry *g)
{
  if (++c->ox == g->out_w) {
    c->ox = 0;
    if (++c->oy == g->out_h) {
      c->oy = 0;
      ++c->b;
    }
  }
}

/* The six dot products of the three interleaved columns at `cols` with
 * filter rows f0, f1 (k bytes). */
typedef struct dot6 {
  int32_t p0f0, p0f1, p1f0, p1f1, p2f0, p2f1;
} dot6;

static inline dot6 dot_2x3(const int8_t *cols, const int8_t *f0, const int8_t *f1, int32_t k, int tail_over_read)
{
  int32_t a00 = 0, a01 = 0, a10 = 0, a11 = 0, a20 = 0, a21 = 0;
  for (int32_t steps = k >> 4; steps > 0; --steps) {
    const int8x16_t w0 = vldrbq_s8(f0), w1 = vldrbq_s8(f1);
    const int8x16_t x0 = vldrbq_s8(cols);
    a00 = vmladavaq_s8(a00, x0, w0);
    a01 = vmladavaq_s8(a01, x0, w1);
    const int8x16_t x1 = vldrbq_s8(cols + 16);
    a10 = vmladavaq_s8(a10, x1, w0);
    a11 = vmladavaq_s8(a11, x1, w1);
    const int8x16_t x2 = vldrbq_s8(cols + 32);
    a20 = vmladavaq_s8(a20, x2, w0);
    a21 = vmladavaq_s8(a21, x2, w1);
    cols += 48;
    f0 += 16;
    f1 += 16;
  }
  if (k & 15) {
    /* The columns are zero past K, so the filter rows may be read whole
     * (into the next row) where that stays inside the filter tensor;
     * otherwise with a VCTP predicate and zeroing loads. */
    int8x16_t w0, w1;
    if (tail_over_read) {
      w0 = vldrbq_s8(f0);
      w1 = vldrbq_s8(f1);
    } else {
      const mve_pred16_t p = vctp8q((uint32_t)k & 15u);
      w0 = vldrbq_z_s8(f0, p);
      w1 = vldrbq_z_s8(f1, p);
    }
    const int8x16_t x0 = vldrbq_s8(cols), x1 = vldrbq_s8(cols + 16), x2 = vldrbq_s8(cols + 32);
    a00 = vmladavaq_s8(a00, x0, w0);
    a01 = vmladavaq_s8(a01, x0, w1);
    a10 = vmladavaq_s8(a10, x1, w0);
    a11 = vmladavaq_s8(a11, x1, w1);
    a20 = vmladavaq_s8(a20, x2, w0);
    a21 = vmladavaq_s8(a21, x2, w1);
  }
  const dot6 r = {a00, a01, a10, a11, a20, a21};
  return r;
}

/* Requantises one channel's accumulators of up to four pixels and stores
 * the pixels in `lanes` at out + store_offsets (stride out_d). */
static inline __attribute__((always_inline)) void requantise_store(int8_t *out, int32x4_t acc, const channel_params *cp,
                                                                   uint32x4_t store_offsets, int32_t out_offset,
                                                                   int32x4_t lo, int32x4_t hi, mve_pred16_t lanes)
{
  acc = vaddq_n_s32(acc, cp->bias);
  acc = vqrdmulhq_n_s32(vshlq_r_s32(acc, cp->left), cp->mult);
  acc = tsk_mve_rdbpot(acc, vdupq_n_s32(cp->neg_right));
  acc = vminq_s32(vmaxq_s32(vaddq_n_s32(acc, out_offset), lo), hi);
  vstrbq_scatter_offset_p_s32(out, store_offsets, acc, lanes);
}

/* Every output channel of a chunk (n_oc channels from filter row f0, their
 * parameters in `cp`) for the three pixels packed at `cols`, written at
 * `out` (pixel 0, first channel of the chunk); `pixel_lanes` masks the
 * pixels there are not. Out of line, with its constants passed by value, so
 * that its loop has the registers to itself. */
static void __attribute__((noinline)) multiply_three_columns(const int8_t *cols, const int8_t *f0, int32_t k,
                                                             const int8_t *filter_end, const channel_params *cp,
                                                             int32_t n_oc, int8_t *out, int32_t out_d,
                                                             mve_pred16_t pixel_lanes, int32_t out_offset,
                                                             int32_t act_min, int32_t act_max)
{
  const uint32x4_t store_offsets = vmulq_n_u32(vidupq_n_u32(0u, 1), (uint32_t)out_d);
  const int32x4_t lo = vdupq_n_s32(act_min), hi = vdupq_n_s32(act_max);
  const int8_t *const f_end = f0 + (n_oc & ~1) * k;
  /* A row's last 16-byte step may be read whole when it ends inside the tensor. */
  const int32_t whole_tail = (k & ~15) + 16;
  for (; f0 != f_end; f0 += 2 * k, cp += 2, out += 2) {
    const dot6 d = dot_2x3(cols, f0, f0 + k, k, filter_end - f0 >= k + whole_tail);
    const int32x4_t acc0 = {d.p0f0, d.p1f0, d.p2f0, 0};
    const int32x4_t acc1 = {d.p0f1, d.p1f1, d.p2f1, 0};
    requantise_store(out, acc0, cp, store_offsets, out_offset, lo, hi, pixel_lanes);
    requantise_store(out + 1, acc1, cp + 1, store_offsets, out_offset, lo, hi, pixel_lanes);
  }
  if (n_oc & 1) {
    /* An odd last channel (computed twice). */
    const dot6 d = dot_2x3(cols, f0, f0, k, filter_end - f0 >= whole_tail);
    const int32x4_t acc0 = {d.p0f0, d.p1f0, d.p2f0, 0};
    requantise_store(out, acc0, cp, store_offsets, out_offset, lo, hi, pixel_lanes);
  }
}

/* K <= 16: every column is one vector. The four columns of a block stay
 * in registers while the loop runs over the chunk's output channels: one
 * filter row load and four VMLADAV per channel, its four pixels requantised
 * in one vector. */
static void __attribute__((noinline)) multiply_four_short_columns(const int8_t *cols, const int8_t *f, int32_t k,
                                                                  const int8_t *filter_end, const channel_params *cp,
                                                                  int32_t n_oc, int8_t *out, int32_t out_d,
                                                                  mve_pred16_t pixel_lanes, int32_t out_offset,
                                                                  int32_t act_min, int32_t act_max)
{
  const uint32x4_t store_offsets = vmulq_n_u32(vidupq_n_u32(0u, 1), (uint32_t)out_d);
  const int32x4_t lo = vdupq_n_s32(act_min), hi = vdupq_n_s32(act_max);
  const int8x16_t x0 = vldrbq_s8(cols), x1 = vldrbq_s8(cols + 16);
  const int8x16_t x2 = vldrbq_s8(cols + 32), x3 = vldrbq_s8(cols + 48);
  const mve_pred16_t tail = vctp8q((uint32_t)k);
  for (int32_t j = 0; j < n_oc; ++j, f += k, ++cp, ++out) {
    /* The columns are zero past K: the row may be read whole (into the next
     * row) while that stays inside the filter tensor. */
    const int8x16_t w = filter_end - f >= 16 ? vldrbq_s8(f) : vldrbq_z_s8(f, tail);
    const int32x4_t acc = {vmladavq_s8(x0, w), vmladavq_s8(x1, w), vmladavq_s8(x2, w), vmladavq_s8(x3, w)};
    requantise_store(out, acc, cp, store_offsets, out_offset, lo, hi, pixel_lanes);
  }
}

/* Writes column `src` (k bytes) as column `slot` of `slots` in the
 * interleaved layout at `cols`, zero past k up to the next multiple of 16. The last partial
 * step is read whole when that stays below src_end, else predicated. */
static void pack_column(int8_t *cols, int32_t slot, int32_t slots, const int8_t *src, int32_t k,
                        const int8_t *src_end)
{
  int8_t *dst = cols + 16 * slot;
  for (int32_t steps = k >> 4; steps > 0; --steps, src += 16, dst += 16 * slots) vstrbq_s8(dst, vldrbq_s8(src));
  if (k & 15) {
    const mve_pred16_t p = vctp8q((uint32_t)k & 15u);
    const int8x16_t x = src_end - src >= 16 ? vldrbq_s8(src) : vldrbq_z_s8(src, p);
    vstrbq_s8(dst, vpselq_s8(x, vdupq_n_s8(0), p));
  }
}

/* im2col copies and fills of n bytes. Both may write up to 15 bytes past n
 * (the im2col column has that slack; later writes go to higher addresses
 * and the packing ignores bytes past K); the copy reads whole 16-byte steps
 * only below src_end. */
static inline void copy_run(int8_t *dst, const int8_t *src, int32_t n, const int8_t *src_end)
{
  if (n >= 16) {
    int32_t i = 0;
    for (; i + 16 <= n; i += 16) vstrbq_s8(dst + i, vldrbq_s8(src + i));
    /* The rest as the run's last 16 bytes, overlapping what is done. */
    if (i < n) vstrbq_s8(dst + n - 16, vldrbq_s8(src + n - 16));
  } else if (n > 0) {
    if (src_end - src >= 16) vstrbq_s8(dst, vldrbq_s8(src));
    else vstrbq_s8(dst, vldrbq_z_s8(src, vctp8q((uint32_t)n)));
  }
}

static inline void fill_run(int8_t *dst, int8x16_t value, int32_t n)
{
  for (int32_t i = 0; i < n; i += 16) vstrbq_s8(dst + i, value);
}

/* The im2col column of output pixel (oy, ox) of the batch at `in_b`. */
static void im2col_column(int8_t *dst, const int8_t *in_b, const int8_t *in_end, const conv_geometry *g, int32_t oy,
                          int32_t ox, int8_t pad)
{
  const int8x16_t pad_v = vdupq_n_s8(pad);
  const int32_t cin = g->in_d;
  const int32_t row_bytes = g->filter_w * cin;
  const int32_t y0 = oy * g->stride_h - g->pad_top;
  const int32_t x0 = ox * g->stride_w - g->pad_left;
  int32_t fx0, fx1;
  tsk_mve_clip_window(x0, g->dilation_w, g->filter_w, g->in_w, &fx0, &fx1);
  if (g->dilation_w == 1 && fx0 == 0 && fx1 == g->filter_w && y0 >= 0 &&
      y0 + (g->filter_h - 1) * g->dilation_h < g->in_h) {
    /* The whole window is inside the image: one run per filter row. */
    const int8_t *src = in_b + (y0 * g->in_w + x0) * cin;
    const int32_t src_step = g->dilation_h * g->in_w * cin;
    for (int32_t fy = g->filter_h; fy > 0; --fy, dst += row_bytes, src += src_step)
      copy_run(dst, src, row_bytes, in_end);
    return;
  }
  for (int32_t fy = 0; fy < g->filter_h; ++fy, dst += row_bytes) {
    const int32_t iy = y0 + g->dilation_h * fy;
    if (iy < 0 || iy >= g->in_h || fx0 == fx1) {
      fill_run(dst, pad_v, row_bytes);
      continue;
    }
    const int8_t *src_row = in_b + iy * g->in_w * cin;
    fill_run(dst, pad_v, fx0 * cin);
    if (g->dilation_w == 1) {
      /* The taps of a filter row are neighbours in the input row. */
      copy_run(dst + fx0 * cin, src_row + (x0 + fx0) * cin, (fx1 - fx0) * cin, in_end);
    } else {
      for (int32_t fx = fx0; fx < fx1; ++fx)
        copy_run(dst + fx * cin, src_row + (x0 + g->dilation_w * fx) * cin, cin, in_end);
    }
    fill_run(dst + fx1 * cin, pad_v, (g->filter_w - fx1) * cin);
  }
}

int tsk_mve_conv_2d(const tsk_op_args *a)
{
  const tsb_conv_params *p = &a->op->params.conv;
  const tsb_tensor *it = a->in[0].t, *ft = a->in[1].t, *ot = a->out[0].t;
  const int8_t *input = (const int8_t *)a->in[0].data;
  const int8_t *filter = (const int8_t *)a->in[1].data;
  const int32_t *bias = a->in[2].t ? (const int32_t *)a->in[2].data : 0;
  int8_t *output = (int8_t *)a->out[0].data;

  const conv_geometry g = {
      .in_h = it->dims[1], .in_w = it->dims[2], .in_d = it->dims[3],
      .filter_h = ft->dims[1], .filter_w = ft->dims[2],
      .out_h = ot->dims[1], .out_w = ot->dims[2], .out_d = ot->dims[3],
      .stride_h = p->stride_h, .stride_w = p->stride_w,
      .dilation_h = p->dilation_h, .dilation_w = p->dilation_w,
      .pad_top = p->pad_top, .pad_left = p->pad_left,
  };
  /* Grouped convolution (input depth a multiple of the filter depth) is not
   * accelerated. */
  if (ft->dims[3] != g.in_d) return tsk_c_conv_2d(a);

  const int32_t k = g.filter_h * g.filter_w * g.in_d;
  const int32_t k_padded = (k + 15) & ~15;
  const uint32_t buffer_need = tsk_conv_scratch_bytes(k);
  const int32_t pixels = it->dims[0] * g.out_h * g.out_w;
  const int32_t in_batch_bytes = g.in_h * g.in_w * g.in_d;
  const int32_t input_offset = p->input_offset;
  const int8_t *const in_end = input + it->dims[0] * in_batch_bytes;
  const int8_t *const filter_end = filter + g.out_d * k;

  int8_t *cols;
  if (a->scratch && a->scratch_bytes >= buffer_need) cols = (int8_t *)a->scratch;
  else return tsk_c_conv_2d(a);
  int8_t *const im2col = cols + (k <= 16 ? 4 : 3) * k_padded;

  /* 1x1 filters with every tap inside the image need no im2col. */
  const int pointwise = g.filter_h == 1 && g.filter_w == 1 && p->pad_top == 0 && p->pad_left == 0 &&
                        (g.out_h - 1) * g.stride_h < g.in_h && (g.out_w - 1) * g.stride_w < g.in_w;
  /* Padding taps hold the input zero point, which must be an int8. */
  if (!pointwise && (input_offset < -127 || input_offset > 128)) return tsk_c_conv_2d(a);
  const int8_t pad = (int8_t)(-input_offset);

  channel_params params[CONV_CHANNEL_CHUNK];
  for (int32_t oc0 = 0; oc0 < g.out_d; oc0 += CONV_CHANNEL_CHUNK) {
    const int32_t n_oc = tsk_min(CONV_CHANNEL_CHUNK, g.out_d - oc0);
    for (int32_t j = 0; j < n_oc; ++j) {
      const int32_t oc = oc0 + j;
      const int32_t sum = tsk_mve_sum_s8(filter + oc * k, k);
      params[j].bias = tsk_wrap_add(bias ? bias[oc] : 0, (int32_t)((uint32_t)input_offset * (uint32_t)sum));
      params[j].mult = a->multipliers[oc];
      params[j].left = tsk_max(a->shifts[oc], 0);
      params[j].neg_right = tsk_min(a->shifts[oc], 0);
    }

    /* Pixels per block: four when a column is a single vector, else three. */
    const int32_t block = k <= 16 ? 4 : 3;
    pixel_cursor cur = {0, 0, 0};
    for (int32_t pix = 0; pix < pixels; pix += block) {
      const int32_t n_pix = tsk_min(block, pixels - pix);
      /* Missing pixels repeat the last one; their lanes are not stored. */
      for (int32_t i = 0; i < block; ++i) {
        const int8_t *in_b = input + cur.b * in_batch_bytes;
        if (pointwise) {
          pack_column(cols, i, block, in_b + (cur.oy * g.stride_h * g.in_w + cur.ox * g.stride_w) * g.in_d, k, in_end);
        } else {
          im2col_column(im2col, in_b, in_end, &g, cur.oy, cur.ox, pad);
          pack_column(cols, i, block, im2col, k, im2col + k_padded + 16);
        }
        if (i + 1 < n_pix) cursor_advance(&cur, &g);
      }
      cursor_advance(&cur, &g);
      const mve_pred16_t pixel_lanes = (mve_pred16_t)((1u << (4 * n_pix)) - 1u);
      if (block == 4)
        multiply_four_short_columns(cols, filter + oc0 * k, k, filter_end, params, n_oc, output + pix * g.out_d + oc0,
                                    g.out_d, pixel_lanes, p->output_offset, p->act_min, p->act_max);
      else
        multiply_three_columns(cols, filter + oc0 * k, k, filter_end, params, n_oc, output + pix * g.out_d + oc0,
                               g.out_d, pixel_lanes, p->output_offset, p->act_min, p->act_max);
    }
  }
  return TSK_OK;
}
