/*
 * AVERAGE_POOL_2D and MAX_POOL_2D, int8: TFLite's
 * reference_integer_ops::AveragePool / MaxPool. Input and output share scale
 * and zero point, so no requantisation; the average rounds half away from
 * zero and an empty window is an error, as in TFLite.
 */
#include "../kernels.h"
#include "../tsk_arith.h"

#include "../pool_window.h"

int tsk_c_average_pool_2d(const tsk_op_args *a)
{
  const tsb_pool_params *p = &a->op->params.pool;
  const tsb_tensor *it = a->in[0].t, *ot = a->out[0].t;
  const int8_t *input = (const int8_t *)a->in[0].data;
  int8_t *output = (int8_t *)a->out[0].data;
  const int32_t batches = it->dims[0], in_h = it->dims[1], in_w = it->dims[2], depth = it->dims[3];
  const int32_t out_h = ot->dims[1], out_w = ot->dims[2];

  for (int32_t b = 0; b < batches; ++b)
    for (int32_t oy = 0; oy < out_h; ++oy)
      for (int32_t ox = 0; ox < out_w; ++ox) {
        pool_window w = window_at(p, oy, ox, in_h, in_w);
        for (int32_t c = 0; c < depth; ++c) {
          int32_t acc = 0, count = 0;
          for (int32_t fy = w.y0; fy < w.y1; ++fy)
            for (int32_t fx = w.x0; fx < w.x1; ++fx) {
              int32_t iy = w.y_origin + fy, ix = w.x_origin + fx;
              acc += input[(((int32_t)b * in_h + iy) * in_w + ix) * depth + c];
              ++count;
            }
          if (count == 0) return TSK_ERR_EMPTY_WINDOW;
          acc = acc > 0 ? (acc + count / 2) / count : (acc - count / 2) / count;
          output[(((int32_t)b * out_h + oy) * out_w + ox) * depth + c] =
              (int8_t)tsk_clamp(acc, p->act_min, p->act_max);
        }
      }
  return TSK_OK;
}

int tsk_c_max_pool_2d(const tsk_op_args *a)
{
  const tsb_pool_params *p = &a->op->params.pool;
  const tsb_tensor *it = a->in[0].t, *ot = a->out[0].t;
  const int8_t *input = (const int8_t *)a->in[0].data;
  int8_t *output = (int8_t *)a->out[0].data;
  const int32_t batches = it->dims[0], in_h = it->dims[1], in_w = it->dims[2], depth = it->dims[3];
  const int32_t out_h = ot->dims[1], out_w = ot->dims[2];

  for (int32_t b = 0; b < batches; ++b)
    for (int32_t oy = 0; oy < out_h; ++oy)
      for (int32_t ox = 0; ox < out_w; ++ox) {
        pool_window w = window_at(p, oy, ox, in_h, in_w);
        for (int32_t c = 0; c < depth; ++c) {
          int32_t max = -128;
          for (int32_t fy = w.y0; fy < w.y1; ++fy)
            for (int32_t fx = w.x0; fx < w.x1; ++fx) {
              int32_t iy = w.y_origin + fy, ix = w.x_origin + fx;
              max = tsk_max(max, input[(((int32_t)b * in_h + iy) * in_w + ix) * depth + c]);
            }
          output[(((int32_t)b * out_h + oy) * out_w + ox) * depth + c] =
              (int8_t)tsk_clamp(max, p->act_min, p->act_max);
        }
      }
  return TSK_OK;
}
