/*
 * SOFTMAX and LOGISTIC, int8, in gemmlowp fixed point (no floating point):
 *   SOFTMAX  TFLite's reference_ops::Softmax for int8 (as TFLite Micro runs
 *            it): exp of the rescaled differences to the row maximum in Q5.26,
 *            sum in Q12.19, reciprocal, output zero point -128.
 *   LOGISTIC TFLite's reference_integer_ops::Logistic: input in Q4.27,
 *            gemmlowp logistic, output zero point -128, scale 1/256.
 */
#include "../kernels.h"
#include "../tsk_arith.h"

enum { kScaledDiffIntegerBits = 5, kAccumulationIntegerBits = 12 };

static inline int32_t softmax_exp(const tsb_softmax_params *p, int32_t input_diff)
{
  const int32_t rescaled = tsk_mbqm_gt1(input_diff, p->input_multiplier, p->input_left_shift);
  return tsk_exp_on_negative_values(rescaled, kScaledDiffIntegerBits);
}

int tsk_c_softmax(const tsk_op_args *a)
{
  const tsb_softmax_params *p = &a->op->params.softmax;
  const int8_t *input = (const int8_t *)a->in[0].data;
  int8_t *output = (int8_t *)a->out[0].data;
  const int32_t depth = a->in[0].t->dims[3];
  const int32_t rows = tsk_elements(a->in[0].t) / depth;

  for (int32_t r = 0; r < rows; ++r) {
    const int8_t *in = input + (int32_t)r * depth;
    int8_t *out = output + (int32_t)r * depth;
    int32_t max_in_row = -128;
    for (int32_t c = 0; c < depth; ++c) max_in_row = tsk_max(max_in_row, in[c]);

    int32_t sum_of_exps = 0; /* Q12.19 */
    for (int32_t c = 0; c < depth; ++c) {
      const int32_t diff = (int32_t)in[c] - max_in_row;
      if (diff >= p->diff_min)
        sum_of_exps = tsk_wrap_add(sum_of_exps,
                                   tsk_rdbpot(softmax_exp(p, diff), kAccumulationIntegerBits));
    }
    int num_bits_over_unit;
    const int32_t shifted_scale = tsk_get_reciprocal(sum_of_exps, kAccumulationIntegerBits, &num_bits_over_unit);
    const int exponent = num_bits_over_unit + 31 - 8;
    if (exponent < 0 || exponent > 31) return TSK_ERR_RANGE; /* TFLite aborts (TFLITE_CHECK) */

    for (int32_t c = 0; c < depth; ++c) {
      const int32_t diff = (int32_t)in[c] - max_in_row;
      if (diff >= p->diff_min) {
        const int32_t unsat = tsk_rdbpot(tsk_srdhm(shifted_scale, softmax_exp(p, diff)), exponent);
        out[c] = (int8_t)tsk_clamp(unsat - 128, -128, 127);
      } else {
        out[c] = -128;
      }
    }
  }
  return TSK_OK;
}

int tsk_c_logistic(const tsk_op_args *a)
{
  enum { kInputIntegerBits = 4, kOutputIntegerBits = 8 };
  const tsb_logistic_params *p = &a->op->params.logistic;
  const int8_t *input = (const int8_t *)a->in[0].data;
  int8_t *output = (int8_t *)a->out[0].data;
  const int32_t n = tsk_elements(a->in[0].t);

  for (int32_t i = 0; i < n; ++i) {
    const int32_t x = (int32_t)input[i] - p->input_zero_point;
    if (x <= -p->input_range_radius) {
      output[i] = -128;
    } else if (x >= p->input_range_radius) {
      output[i] = 127;
    } else {
      const int32_t in_q4 = tsk_mbqm(x, p->input_multiplier, p->input_left_shift);
      const int32_t out_q0 = tsk_logistic_q0(in_q4, kInputIntegerBits);
      const int32_t out_q23 = tsk_rdbpot(out_q0, 31 - kOutputIntegerBits);
      output[i] = (int8_t)tsk_clamp(out_q23 - 128, -128, 127);
    }
  }
  return TSK_OK;
}
