/*
 * pool_window.h - the clipped window of one pooling output, shared by the
 * pooling kernels of every flavour (kernels/c, kernels/mve): taps outside the
 * input (padding) are skipped, as in TFLite.
 */
#ifndef TSK_POOL_WINDOW_H
#define TSK_POOL_WINDOW_H

#include "kernels.h"
#include "tsk_arith.h"

typedef struct pool_window {
  int32_t y0, y1, x0, x1; /* clipped filter taps [y0, y1) x [x0, x1) */
  int32_t y_origin, x_origin;
} pool_window;

static inline pool_window window_at(const tsb_pool_params *p, int32_t oy, int32_t ox, int32_t in_h, int32_t in_w)
{
  pool_window w;
  w.y_origin = oy * p->stride_h - p->pad_top;
  w.x_origin = ox * p->stride_w - p->pad_left;
  w.y0 = tsk_max(0, -w.y_origin);
  w.y1 = tsk_min(p->filter_h, in_h - w.y_origin);
  w.x0 = tsk_max(0, -w.x_origin);
  w.x1 = tsk_min(p->filter_w, in_w - w.x_origin);
  return w;
}

#endif /* TSK_POOL_WINDOW_H */
