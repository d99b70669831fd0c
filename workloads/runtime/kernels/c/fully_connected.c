/*
 * FULLY_CONNECTED, int8: TFLite's reference_integer_ops::FullyConnected
 * (per-tensor) and FullyConnectedPerChannel; per-tensor weights arrive as
 * per-channel arrays with one value repeated, which is the same arithmetic.
 * The input is flattened to [batches, depth] with depth = weights' last dim.
 */
#include "../kernels.h"
#include "../tsk_arith.h"

int tsk_c_fully_connected(const tsk_op_args *a)
{
  const tsb_fc_params *p = &a->op->params.fc;
  const tsb_tensor *ft = a->in[1].t;
  const int8_t *input = (const int8_t *)a->in[0].data;
  const int8_t *weights = (const int8_t *)a->in[1].data;
  const int32_t *bias = a->in[2].t ? (const int32_t *)a->in[2].data : 0;
  int8_t *output = (int8_t *)a->out[0].data;

  const int32_t depth = ft->dims[3];
  const int32_t out_d = ft->dims[2];
  const int32_t batches = tsk_elements(a->in[0].t) / depth;

  for (int32_t b = 0; b < batches; ++b) {
    const int8_t *in_row = input + (int32_t)b * depth;
    for (int32_t oc = 0; oc < out_d; ++oc) {
      const int8_t *w_row = weights + (int32_t)oc * depth;
      uint32_t acc = 0;
      for (int32_t d = 0; d < depth; ++d)
        acc += (uint32_t)(((int32_t)w_row[d] + p->filter_offset) * ((int32_t)in_row[d] + p->input_offset));
      if (bias) acc += (uint32_t)bias[oc];
      int32_t v = tsk_wrap_add(tsk_mbqm((int32_t)acc, a->multipliers[oc], a->shifts[oc]), p->output_offset);
      output[(int32_t)b * out_d + oc] = (int8_t)tsk_clamp(v, p->act_min, p->act_max);
    }
  }
  return TSK_OK;
}
