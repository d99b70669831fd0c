/*
 * FULLY_CONNECTED with Helium: vector (one batch row of the input) times the
 * weight matrix, several weight rows per pass with VMLADAVA so that every
 * input vector load serves all of them. The last, partial depth step loads
 * the input with a VCTP predicate (zeroing load) and sums the weights under
 * it; the weight rows are then read whole where that stays inside the
 * weights tensor.
 *
 * Offsets (CMSIS-NN's way, exact modulo 2^32 like the C flavour's
 * sum((w + filter_offset) * (x + input_offset))):
 *   acc = sum(w*x) + input_offset*sum(w) + filter_offset*sum(x)
 *         + depth*filter_offset*input_offset + bias.
 * sum(w) comes from VADDVA in the same pass (only when input_offset != 0;
 * then two rows per pass, to keep the accumulators in registers, otherwise
 * four); sum(x) once per batch row (only when filter_offset != 0). Four rows
 * are requantised together in one vector and stored contiguously.
 */
#include "mve_common.h"

/* The last, partial depth step: x is loaded with a zeroing predicate, so a
 * weight row may be read whole (over the start of the next row) when that
 * stays inside the weights tensor; otherwise it is loaded predicated too. */
static inline int8x16_t load_weight_tail(const int8_t *w, const int8_t *w_end, mve_pred16_t p)
{
  return w_end - w >= 16 ? vldrbq_s8(w) : vldrbq_z_s8(w, p);
}

/* sum(w_r * x) for four rows. */
static inline int32x4_t dot_4rows(const int8_t *x, const int8_t *w0, const int8_t *w1, const int8_t *w2,
                                  const int8_t *w3, int32_t depth, const int8_t *w_end)
{
  int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0;
  for (int32_t steps = depth >> 4; steps > 0; --steps) {
    const int8x16_t v = vldrbq_s8(x);
    a0 = vmladavaq_s8(a0, vldrbq_s8(w0), v);
    a1 = vmladavaq_s8(a1, vldrbq_s8(w1), v);
    a2 = vmladavaq_s8(a2, vldrbq_s8(w2), v);
    a3 = vmladavaq_s8(a3, vldrbq_s8(w3), v);
    x += 16;
    w0 += 16;
    w1 += 16;
    w2 += 16;
    w3 += 16;
  }
  if (depth & 15) {
    const mve_pred16_t p = vctp8q((uint32_t)depth & 15u);
    const int8x16_t v = vldrbq_z_s8(x, p);
    a0 = vmladavaq_s8(a0, load_weight_tail(w0, w_end, p), v);
    a1 = vmladavaq_s8(a1, load_weight_tail(w1, w_end, p), v);
    a2 = vmladavaq_s8(a2, load_weight_tail(w2, w_end, p), v);
    a3 = vmladavaq_s8(a3, load_weight_tail(w3, w_end, p), v);
  }
  const int32x4_t r = {a0, a1, a2, a3};
  return r;
}

/* sum(w_r * x) + input_offset * sum(w_r) for two rows. */
static inline void dot_2rows_offset(const int8_t *x, const int8_t *w0, const int8_t *w1, int32_t depth,
                                    const int8_t *w_end, int32_t input_offset, int32_t *r0, int32_t *r1)
{
  int32_t a0 = 0, a1 = 0, s0 = 0, s1 = 0;
  for (int32_t steps = depth >> 4; steps > 0; --steps) {
    const int8x16_t v = vldrbq_s8(x), k0 = vldrbq_s8(w0), k1 = vldrbq_s8(w1);
    a0 = vmladavaq_s8(a0, k0, v);
    s0 = vaddvaq_s8(s0, k0);
    a1 = vmladavaq_s8(a1, k1, v);
    s1 = vaddvaq_s8(s1, k1);
    x += 16;
    w0 += 16;
    w1 += 16;
  }
  if (depth & 15) {
    const mve_pred16_t p = vctp8q((uint32_t)depth & 15u);
    const int8x16_t v = vldrbq_z_s8(x, p);
    const int8x16_t k0 = load_weight_tail(w0, w_end, p), k1 = load_weight_tail(w1, w_end, p);
    a0 = vmladavaq_s8(a0, k0, v);
    s0 = vaddvaq_p_s8(s0, k0, p);
    a1 = vmladavaq_s8(a1, k1, v);
    s1 = vaddvaq_p_s8(s1, k1, p);
  }
  *r0 = (int32_t)((uint32_t)a0 + (uint32_t)input_offset * (uint32_t)s0);
  *r1 = (int32_t)((uint32_t)a1 + (uint32_t)input_offset * (uint32_t)s1);
}

int tsk_mve_fully_connected(const tsk_op_args *a)
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
  const int32_t io = p->input_offset, fo = p->filter_offset;
  const int8_t *const w_end = weights + out_d * depth;

  for (int32_t b = 0; b < batches; ++b) {
    const int8_t *x = input + b * depth;
    int8_t *out = output + b * out_d;
    /* filter_offset * sum(x) + depth * filter_offset * input_offset, the same for every row. */
    uint32_t row_constant = 0;
    if (fo)
      row_constant =
          (uint32_t)fo * (uint32_t)tsk_mve_sum_s8(x, depth) + (uint32_t)depth * (uint32_t)fo * (uint32_t)io;
    for (int32_t r = 0; r < out_d; r += 4) {
      const int32_t n = tsk_min(4, out_d - r);
      const mve_pred16_t lanes = vctp32q((uint32_t)n);
      /* Rows past the end repeat the last one; their lanes are not stored. */
      const int8_t *w0 = weights + r * depth;
      const int8_t *w1 = weights + tsk_min(r + 1, out_d - 1) * depth;
      const int8_t *w2 = weights + tsk_min(r + 2, out_d - 1) * depth;
      const int8_t *w3 = weights + tsk_min(r + 3, out_d - 1) * depth;
      int32x4_t acc;
      if (io) {
        int32_t s0, s1, s2, s3;
        dot_2rows_offset(x, w0, w1, depth, w_end, io, &s0, &s1);
        dot_2rows_offset(x, w2, w3, depth, w_end, io, &s2, &s3);
        const int32x4_t v = {s0, s1, s2, s3};
        acc = v;
      } else {
        acc = dot_4rows(x, w0, w1, w2, w3, depth, w_end);
      }
      acc = vaddq_n_s32(acc, (int32_t)row_constant);
      if (bias) acc = vaddq_s32(acc, vldrwq_z_s32(bias + r, lanes));
      const int32x4_t shift = vldrwq_z_s32(a->shifts + r, lanes);
      acc = tsk_mve_mbqm(acc, vldrwq_z_s32(a->multipliers + r, lanes), tsk_mve_left_shift(shift),
                         tsk_mve_neg_right_shift(shift));
      acc = tsk_mve_offset_clamp(acc, p->output_offset, p->act_min, p->act_max);
      vstrbq_p_s32(out + r, acc, lanes);
    }
  }
  return TSK_OK;
}
