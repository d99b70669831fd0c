/*
 * CONV_2D and DEPTHWISE_CONV_2D, int8 with per-channel requantisation:
 * TFLite's reference_integer_ops::ConvPerChannel and DepthwiseConvPerChannel
 * as direct loops (no im2col, no scratch).
 *
 * The filter window is clipped to the input once per output position instead
 * of testing every tap, which is what TFLite's "is_point_inside_image" test
 * amounts to: taps outside the image contribute nothing (zero padding in the
 * real domain = input_offset-free zeros here).
 */
#include "../kernels.h"
#include "../tsk_arith.h"

/* First and one-past-last filter taps f with 0 <= origin + dilation*f < size. */
static void clip_window(int32_t origin, int32_t dilation, int32_t taps, int32_t size, int32_t *first, int32_t *end)
{
  int32_t f0 = 0;
  if (origin < 0) f0 = (-origin + dilation - 1) / dilation;
  int32_t f1 = taps;
  /* last valid f: origin + dilation*f <= size - 1 */
  int32_t room = size - 1 - origin;
  if (room < 0) {
    f1 = 0;
  } else {
    int32_t last = room / dilation;
    if (last + 1 < f1) f1 = last + 1;
  }
  *first = f0;
  *end = f1 > f0 ? f1 : f0;
}

int tsk_c_conv_2d(const tsk_op_args *a)
{
  const tsb_conv_params *p = &a->op->params.conv;
  const tsb_tensor *it = a->in[0].t, *ft = a->in[1].t, *ot = a->out[0].t;
  const int8_t *input = (const int8_t *)a->in[0].data;
  const int8_t *filter = (const int8_t *)a->in[1].data;
  const int32_t *bias = a->in[2].t ? (const int32_t *)a->in[2].data : 0;
  int8_t *output = (int8_t *)a->out[0].data;

  const int32_t batches = it->dims[0], in_h = it->dims[1], in_w = it->dims[2], in_d = it->dims[3];
  const int32_t filter_h = ft->dims[1], filter_w = ft->dims[2], filter_d = ft->dims[3];
  const int32_t out_h = ot->dims[1], out_w = ot->dims[2], out_d = ot->dims[3];
  const int32_t groups = in_d / filter_d;
  const int32_t filters_per_group = out_d / groups;
  const int32_t input_offset = p->input_offset, output_offset = p->output_offset;

  for (int32_t b = 0; b < batches; ++b) {
    const int8_t *in_b = input + (int32_t)b * in_h * in_w * in_d;
    for (int32_t oy = 0; oy < out_h; ++oy) {
      const int32_t y_origin = oy * p->stride_h - p->pad_top;
      int32_t fy0, fy1;
      clip_window(y_origin, p->dilation_h, filter_h, in_h, &fy0, &fy1);
      for (int32_t ox = 0; ox < out_w; ++ox) {
        const int32_t x_origin = ox * p->stride_w - p->pad_left;
        int32_t fx0, fx1;
        clip_window(x_origin, p->dilation_w, filter_w, in_w, &fx0, &fx1);
        for (int32_t oc = 0; oc < out_d; ++oc) {
          const int32_t group = oc / filters_per_group;
          const int8_t *f_oc = filter + (int32_t)oc * filter_h * filter_w * filter_d;
          uint32_t acc = 0;
          for (int32_t fy = fy0; fy < fy1; ++fy) {
            const int32_t iy = y_origin + p->dilation_h * fy;
            for (int32_t fx = fx0; fx < fx1; ++fx) {
              const int32_t ix = x_origin + p->dilation_w * fx;
              const int8_t *in_px = in_b + ((int32_t)iy * in_w + ix) * in_d + group * filter_d;
              const int8_t *f_px = f_oc + ((int32_t)fy * filter_w + fx) * filter_d;
              for (int32_t ic = 0; ic < filter_d; ++ic)
                acc += (uint32_t)((int32_t)f_px[ic] * ((int32_t)in_px[ic] + input_offset));
            }
          }
          if (bias) acc += (uint32_t)bias[oc];
          int32_t v = tsk_wrap_add(tsk_mbqm((int32_t)acc, a->multipliers[oc], a->shifts[oc]), output_offset);
          output[(((int32_t)b * out_h + oy) * out_w + ox) * out_d + oc] = (int8_t)tsk_clamp(v, p->act_min, p->act_max);
        }
      }
    }
  }
  return TSK_OK;
}

int tsk_c_depthwise_conv_2d(const tsk_op_args *a)
{
  const tsb_conv_params *p = &a->op->params.conv;
  const tsb_tensor *it = a->in[0].t, *ft = a->in[1].t, *ot = a->out[0].t;
  const int8_t *input = (const int8_t *)a->in[0].data;
  const int8_t *filter = (const int8_t *)a->in[1].data;
  const int32_t *bias = a->in[2].t ? (const int32_t *)a->in[2].data : 0;
  int8_t *output = (int8_t *)a->out[0].data;

  const int32_t batches = it->dims[0], in_h = it->dims[1], in_w = it->dims[2], in_d = it->dims[3];
  const int32_t filter_h = ft->dims[1], filter_w = ft->dims[2];
  const int32_t out_h = ot->dims[1], out_w = ot->dims[2], out_d = ot->dims[3];
  const int32_t mult = p->depth_multiplier;
  const int32_t input_offset = p->input_offset, output_offset = p->output_offset;

  for (int32_t b = 0; b < batches; ++b) {
    const int8_t *in_b = input + (int32_t)b * in_h * in_w * in_d;
    for (int32_t oy = 0; oy < out_h; ++oy) {
      const int32_t y_origin = oy * p->stride_h - p->pad_top;
      int32_t fy0, fy1;
      clip_window(y_origin, p->dilation_h, filter_h, in_h, &fy0, &fy1);
      for (int32_t ox = 0; ox < out_w; ++ox) {
        const int32_t x_origin = ox * p->stride_w - p->pad_left;
        int32_t fx0, fx1;
        clip_window(x_origin, p->dilation_w, filter_w, in_w, &fx0, &fx1);
        int8_t *out_px = output + (((int32_t)b * out_h + oy) * out_w + ox) * out_d;
        for (int32_t ic = 0; ic < in_d; ++ic) {
          for (int32_t m = 0; m < mult; ++m) {
            const int32_t oc = ic * mult + m;
            uint32_t acc = 0;
            for (int32_t fy = fy0; fy < fy1; ++fy) {
              const int32_t iy = y_origin + p->dilation_h * fy;
              for (int32_t fx = fx0; fx < fx1; ++fx) {
                const int32_t ix = x_origin + p->dilation_w * fx;
                int32_t in_v = in_b[((int32_t)iy * in_w + ix) * in_d + ic];
                int32_t f_v = filter[((int32_t)fy * filter_w + fx) * out_d + oc];
                acc += (uint32_t)(f_v * (in_v + input_offset));
              }
            }
            if (bias) acc += (uint32_t)bias[oc];
            int32_t v = tsk_wrap_add(tsk_mbqm((int32_t)acc, a->multipliers[oc], a->shifts[oc]), output_offset);
            out_px[oc] = (int8_t)tsk_clamp(v, p->act_min, p->act_max);
          }
        }
      }
    }
  }
  return TSK_OK;
}
