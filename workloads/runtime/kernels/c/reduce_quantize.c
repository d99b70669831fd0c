/*
 * MEAN, QUANTIZE (int8 -> int8) and DEQUANTIZE (int8 -> float32 bit patterns).
 *   MEAN       TFLite's integer reference_ops::QuantizedMeanOrSum: sum of
 *              input - zero point, one MultiplyByQuantizedMultiplier whose
 *              multiplier already holds input_scale / (output_scale * count),
 *              over any set of the 4-D dims.
 *   QUANTIZE   TFLite's reference_ops::Requantize.
 *   DEQUANTIZE a host-built table of the float32 results, copied as words:
 *              the firmware executes no floating point.
 */
#include "../kernels.h"
#include "../tsk_arith.h"

int tsk_c_mean(const tsk_op_args *a)
{
  const tsb_mean_params *p = &a->op->params.mean;
  const int32_t *id = a->in[0].t->dims;
  const int8_t *in = (const int8_t *)a->in[0].data;
  int8_t *out = (int8_t *)a->out[0].data;

  /* Output index space: reduced dimensions collapse to 1. Reduced index
   * ranges: the whole dimension where reduced, the output index elsewhere. */
  int32_t od[TSB_MAX_DIMS], stride[TSB_MAX_DIMS];
  for (int d = 0; d < TSB_MAX_DIMS; ++d) od[d] = (p->axis_mask >> d) & 1 ? 1 : id[d];
  stride[3] = 1;
  for (int d = 2; d >= 0; --d) stride[d] = stride[d + 1] * id[d + 1];

  for (int32_t o0 = 0; o0 < od[0]; ++o0)
    for (int32_t o1 = 0; o1 < od[1]; ++o1)
      for (int32_t o2 = 0; o2 < od[2]; ++o2)
        for (int32_t o3 = 0; o3 < od[3]; ++o3) {
          const int32_t o[TSB_MAX_DIMS] = {o0, o1, o2, o3};
          int32_t lo[TSB_MAX_DIMS], hi[TSB_MAX_DIMS];
          for (int d = 0; d < TSB_MAX_DIMS; ++d) {
            const int reduced = (p->axis_mask >> d) & 1;
            lo[d] = reduced ? 0 : o[d];
            hi[d] = reduced ? id[d] : o[d] + 1;
          }
          uint32_t acc = 0;
          for (int32_t r0 = lo[0]; r0 < hi[0]; ++r0)
            for (int32_t r1 = lo[1]; r1 < hi[1]; ++r1)
              for (int32_t r2 = lo[2]; r2 < hi[2]; ++r2) {
                const int8_t *row = in + r0 * stride[0] + r1 * stride[1] + r2 * stride[2];
                for (int32_t r3 = lo[3]; r3 < hi[3]; ++r3)
                  acc += (uint32_t)((int32_t)row[r3] - p->input_zero_point);
              }
          const int32_t v = tsk_wrap_add(tsk_mbqm((int32_t)acc, p->multiplier, p->shift), p->output_zero_point);
          *out++ = (int8_t)tsk_clamp(v, -128, 127);
        }
  return TSK_OK;
}

int tsk_c_quantize(const tsk_op_args *a)
{
  const tsb_requantize_params *p = &a->op->params.requantize;
  const int8_t *in = (const int8_t *)a->in[0].data;
  int8_t *out = (int8_t *)a->out[0].data;
  const int32_t n = tsk_elements(a->in[0].t);
  for (int32_t i = 0; i < n; ++i) {
    const int32_t v =
        tsk_wrap_add(tsk_mbqm((int32_t)in[i] - p->input_zero_point, p->multiplier, p->shift), p->output_zero_point);
    out[i] = (int8_t)tsk_clamp(v, -128, 127);
  }
  return TSK_OK;
}

int tsk_c_dequantize(const tsk_op_args *a)
{
  const int8_t *in = (const int8_t *)a->in[0].data;
  uint32_t *out = (uint32_t *)a->out[0].data;
  const int32_t n = tsk_elements(a->in[0].t);
  for (int32_t i = 0; i < n; ++i) out[i] = a->table[(int32_t)in[i] + 128];
  return TSK_OK;
}
