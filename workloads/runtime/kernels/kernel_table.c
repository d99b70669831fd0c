/*
 * kernel_table.c - kernel lookup by operator kind and run-time choice of the
 * kernel flavour (see kernels.h).
 */
#include <string.h>

#include "kernels.h"

#ifdef TSK_HAVE_MVE
/* Defined by kernels/mve/ when the firmware is built with the Helium flavour. */
extern const tsk_kernel_table tsk_kernels_mve;
#endif

tsk_kernel_fn tsk_lookup(const tsk_kernel_table *t, uint32_t kind)
{
  switch (kind) {
    case TSB_OP_ADD: return t->add;
    case TSB_OP_AVERAGE_POOL_2D: return t->average_pool_2d;
    case TSB_OP_CONCATENATION: return t->concatenation;
    case TSB_OP_CONV_2D: return t->conv_2d;
    case TSB_OP_DEPTHWISE_CONV_2D: return t->depthwise_conv_2d;
    case TSB_OP_DEQUANTIZE: return t->dequantize;
    case TSB_OP_FULLY_CONNECTED: return t->fully_connected;
    case TSB_OP_LOGISTIC: return t->logistic;
    case TSB_OP_MAX_POOL_2D: return t->max_pool_2d;
    case TSB_OP_MEAN: return t->mean;
    case TSB_OP_MUL: return t->mul;
    case TSB_OP_PAD: return t->pad;
    case TSB_OP_QUANTIZE: return t->quantize;
    case TSB_OP_RESHAPE: return t->reshape;
    case TSB_OP_SOFTMAX: return t->softmax;
    default: return 0;
  }
}

#ifdef TSK_HAVE_MVE
/* Entries of `over` that are set replace those of `base`. */
static void merge(tsk_kernel_table *dst, const tsk_kernel_table *base, const tsk_kernel_table *over)
{
  *dst = *base;
  dst->flavour = over->flavour;
#define TSK_TAKE(field) if (over->field) dst->field = over->field
  TSK_TAKE(add);
  TSK_TAKE(average_pool_2d);
  TSK_TAKE(concatenation);
  TSK_TAKE(conv_2d);
  TSK_TAKE(depthwise_conv_2d);
  TSK_TAKE(dequantize);
  TSK_TAKE(fully_connected);
  TSK_TAKE(logistic);
  TSK_TAKE(max_pool_2d);
  TSK_TAKE(mean);
  TSK_TAKE(mul);
  TSK_TAKE(pad);
  TSK_TAKE(quantize);
  TSK_TAKE(reshape);
  TSK_TAKE(softmax);
#undef TSK_TAKE
}
#endif

const tsk_kernel_table *tsk_select_flavour(const char *name, const char **available)
{
#ifdef TSK_HAVE_MVE
  if (available) *available = "c, mve";
#else
  if (available) *available = "c";
#endif
  if (strcmp(name, "c") == 0) return &tsk_kernels_c;
#ifdef TSK_HAVE_MVE
  if (strcmp(name, "mve") == 0) {
    static tsk_kernel_table merged;
    merge(&merged, &tsk_kernels_c, &tsk_kernels_mve);
    return &merged;
  }
#endif
  return 0;
}
