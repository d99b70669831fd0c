/*
 * ADD and MUL, int8, with 4-D broadcasting: TFLite's
 * reference_integer_ops::Add/Mul (AddElementwise, MulElementwise and their
 * BroadcastAdd4DSlow / BroadcastMul4DSlow forms). The compiler precomputes
 * each input's strides over the output's 4-D index (0 along broadcast
 * dimensions), so one walk serves every broadcast pattern.
 */
#include "../kernels.h"
#include "../tsk_arith.h"

static inline int8_t add_one(const tsb_add_params *p, int32_t x1, int32_t x2)
{
  const int32_t in1 = p->input1_offset + x1;
  const int32_t in2 = p->input2_offset + x2;
  const int32_t scaled1 = tsk_mbqm_lt1(tsk_wrap_shl(in1, p->left_shift), p->input1_multiplier, p->input1_shift);
  const int32_t scaled2 = tsk_mbqm_lt1(tsk_wrap_shl(in2, p->left_shift), p->input2_multiplier, p->input2_shift);
  const int32_t raw_sum = tsk_wrap_add(scaled1, scaled2);
  const int32_t raw_out = tsk_wrap_add(tsk_mbqm_lt1(raw_sum, p->output_multiplier, p->output_shift), p->output_offset);
  return (int8_t)tsk_clamp(raw_out, p->act_min, p->act_max);
}

static inline int8_t mul_one(const tsb_mul_params *p, int32_t x1, int32_t x2)
{
  const int32_t in1 = p->input1_offset + x1;
  const int32_t in2 = p->input2_offset + x2;
  const int32_t v = tsk_wrap_add(p->output_offset, tsk_mbqm(in1 * in2, p->output_multiplier, p->output_shift));
  return (int8_t)tsk_clamp(v, p->act_min, p->act_max);
}

/* Walks the output's 4-D index space calling OP on the two inputs' elements. */
#define TSK_BROADCAST_WALK(OP, params, bc, a)                                               \
  do {                                                                                      \
    const int8_t *in1_ = (const int8_t *)(a)->in[0].data;                                   \
    const int8_t *in2_ = (const int8_t *)(a)->in[1].data;                                   \
    int8_t *out_ = (int8_t *)(a)->out[0].data;                                              \
    const int32_t *d_ = (a)->out[0].t->dims;                                                \
    if (!(bc)->broadcast) {                                                                 \
      const int32_t n_ = tsk_elements((a)->out[0].t);                                       \
      for (int32_t i_ = 0; i_ < n_; ++i_) out_[i_] = OP(params, in1_[i_], in2_[i_]);        \
    } else {                                                                                \
      const int32_t *s1_ = (bc)->in1_strides, *s2_ = (bc)->in2_strides;                     \
      for (int32_t i0 = 0; i0 < d_[0]; ++i0)                                                \
        for (int32_t i1 = 0; i1 < d_[1]; ++i1)                                              \
          for (int32_t i2 = 0; i2 < d_[2]; ++i2) {                                          \
            const int32_t b1_ = i0 * s1_[0] + i1 * s1_[1] + i2 * s1_[2];                    \
            const int32_t b2_ = i0 * s2_[0] + i1 * s2_[1] + i2 * s2_[2];                    \
            for (int32_t i3 = 0; i3 < d_[3]; ++i3)                                          \
              *out_++ = OP(params, in1_[b1_ + i3 * s1_[3]], in2_[b2_ + i3 * s2_[3]]);        \
          }                                                                                 \
    }                                                                                       \
  } while (0)

int tsk_c_add(const tsk_op_args *a)
{
  const tsb_add_params *p = &a->op->params.add;
  TSK_BROADCAST_WALK(add_one, p, &p->bcast, a);
  return TSK_OK;
}

int tsk_c_mul(const tsk_op_args *a)
{
  const tsb_mul_params *p = &a->op->params.mul;
  TSK_BROADCAST_WALK(mul_one, p, &p->bcast, a);
  return TSK_OK;
}
