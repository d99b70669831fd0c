/*
 * ADD and MUL with Helium: TFLite's int8 arithmetic on four int32 lanes
 * (widening byte loads, narrowing byte stores, the last step of a row
 * tail-predicated).
 *
 * Broadcasting: the innermost dimension is vectorised; each input's
 * innermost stride is 1 (its values are contiguous) or 0 (one value
 * broadcast to every lane). Other stride patterns use the C kernel.
 */
#include "mve_common.h"

/* TFLite's int8 ADD / MUL parameters, copied out of the blob so that they
 * stay in registers across the byte stores (which may alias anything);
 * negated right shifts as vectors for the branch-free rounding. */
typedef struct add_consts {
  int32_t in1_offset, in2_offset, left_shift, in1_mult, in2_mult, out_mult, out_offset;
  int32x4_t in1_neg_right, in2_neg_right, out_neg_right, lo, hi;
} add_consts;

typedef struct mul_consts {
  int32_t in1_offset, in2_offset, out_mult, out_left, out_offset;
  int32x4_t out_neg_right, lo, hi;
} mul_consts;

static inline __attribute__((always_inline)) int32x4_t add_lanes(const add_consts *p, int32x4_t x1, int32x4_t x2)
{
  const int32x4_t in1 = vshlq_r_s32(vaddq_n_s32(x1, p->in1_offset), p->left_shift);
  const int32x4_t in2 = vshlq_r_s32(vaddq_n_s32(x2, p->in2_offset), p->left_shift);
  /* MultiplyByQuantizedMultiplierSmallerThanOneExp: shifts are <= 0. */
  const int32x4_t scaled1 = tsk_mve_rdbpot(vqrdmulhq_n_s32(in1, p->in1_mult), p->in1_neg_right);
  const int32x4_t scaled2 = tsk_mve_rdbpot(vqrdmulhq_n_s32(in2, p->in2_mult), p->in2_neg_right);
  const int32x4_t sum = vaddq_s32(scaled1, scaled2);
  const int32x4_t out = tsk_mve_rdbpot(vqrdmulhq_n_s32(sum, p->out_mult), p->out_neg_right);
  return vminq_s32(vmaxq_s32(vaddq_n_s32(out, p->out_offset), p->lo), p->hi);
}

static inline __attribute__((always_inline)) int32x4_t mul_lanes(const mul_consts *p, int32x4_t x1, int32x4_t x2)
{
  const int32x4_t prod = vmulq_s32(vaddq_n_s32(x1, p->in1_offset), vaddq_n_s32(x2, p->in2_offset));
  const int32x4_t out =
      tsk_mve_rdbpot(vqrdmulhq_n_s32(vshlq_r_s32(prod, p->out_left), p->out_mult), p->out_neg_right);
  return vminq_s32(vmaxq_s32(vaddq_n_s32(out, p->out_offset), p->lo), p->hi);
}

/* n elements of two rows with strides s1, s2 (0 or 1 each, constants after
 * inlining): whole groups of four lanes, then a predicated tail. */
#define TSK_MVE_ROW(OP, consts, r1, s1, r2, s2, out, n)                                       \
  do {                                                                                        \
    const int32x4_t b1_ = (s1) ? vdupq_n_s32(0) : vdupq_n_s32((r1)[0]);                       \
    const int32x4_t b2_ = (s2) ? vdupq_n_s32(0) : vdupq_n_s32((r2)[0]);                       \
    int32_t i_ = 0;                                                                           \
    for (; i_ + 4 <= (n); i_ += 4) {                                                          \
      const int32x4_t a_ = (s1) ? vldrbq_s32((r1) + i_) : b1_;                                \
      const int32x4_t b_ = (s2) ? vldrbq_s32((r2) + i_) : b2_;                                \
      vstrbq_s32((out) + i_, OP(consts, a_, b_));                                             \
    }                                                                                         \
    if (i_ < (n)) {                                                                           \
      const mve_pred16_t p_ = vctp32q((uint32_t)((n) - i_));                                  \
      const int32x4_t a_ = (s1) ? vldrbq_z_s32((r1) + i_, p_) : b1_;                          \
      const int32x4_t b_ = (s2) ? vldrbq_z_s32((r2) + i_, p_) : b2_;                          \
      vstrbq_p_s32((out) + i_, OP(consts, a_, b_), p_);                                       \
    }                                                                                         \
  } while (0)

/* Walks the output as rows of its innermost dimension (or as one flat row
 * when nothing is broadcast); each row runs the loop for its stride kinds. */
#define TSK_MVE_BROADCAST_WALK(OP, consts, bc, a)                                                        \
  do {                                                                                                   \
    const int8_t *in1_ = (const int8_t *)(a)->in[0].data;                                                \
    const int8_t *in2_ = (const int8_t *)(a)->in[1].data;                                                \
    int8_t *out_ = (int8_t *)(a)->out[0].data;                                                           \
    if (!(bc)->broadcast) {                                                                              \
      const int32_t n_ = tsk_elements((a)->out[0].t);                                                    \
      TSK_MVE_ROW(OP, consts, in1_, 1, in2_, 1, out_, n_);                                               \
      break;                                                                                             \
    }                                                                                                    \
    const int32_t *d_ = (a)->out[0].t->dims;                                                             \
    const int32_t *s1_ = (bc)->in1_strides, *s2_ = (bc)->in2_strides;                                    \
    const int32_t len_ = d_[3];                                                                          \
    const int kind_ = (s1_[3] ? 2 : 0) + (s2_[3] ? 1 : 0);                                               \
    for (int32_t i0 = 0; i0 < d_[0]; ++i0)                                                               \
      for (int32_t i1 = 0; i1 < d_[1]; ++i1)                                                             \
        for (int32_t i2 = 0; i2 < d_[2]; ++i2, out_ += len_) {                                           \
          const int8_t *r1_ = in1_ + (i0 * s1_[0] + i1 * s1_[1] + i2 * s1_[2]);                          \
          const int8_t *r2_ = in2_ + (i0 * s2_[0] + i1 * s2_[1] + i2 * s2_[2]);                          \
          switch (kind_) {                                                                               \
            case 3: TSK_MVE_ROW(OP, consts, r1_, 1, r2_, 1, out_, len_); break;                          \
            case 2: TSK_MVE_ROW(OP, consts, r1_, 1, r2_, 0, out_, len_); break;                          \
            case 1: TSK_MVE_ROW(OP, consts, r1_, 0, r2_, 1, out_, len_); break;                          \
            default: TSK_MVE_ROW(OP, consts, r1_, 0, r2_, 0, out_, len_); break;                         \
          }                                                                                              \
        }                                                                                                \
  } while (0)

static int strides_supported(const tsb_broadcast *bc)
{
  if (!bc->broadcast) return 1;
  return (bc->in1_strides[3] == 0 || bc->in1_strides[3] == 1) && (bc->in2_strides[3] == 0 || bc->in2_strides[3] == 1);
}

int tsk_mve_add(const tsk_op_args *a)
{
  const tsb_add_params *p = &a->op->params.add;
  if (!strides_supported(&p->bcast)) return tsk_c_add(a);
  add_consts k;
  k.in1_offset = p->input1_offset;
  k.in2_offset = p->input2_offset;
  k.left_shift = p->left_shift;
  k.in1_mult = p->input1_multiplier;
  k.in2_mult = p->input2_multiplier;
  k.out_mult = p->output_multiplier;
  k.out_offset = p->output_offset;
  k.in1_neg_right = vdupq_n_s32(p->input1_shift);
  k.in2_neg_right = vdupq_n_s32(p->input2_shift);
  k.out_neg_right = vdupq_n_s32(p->output_shift);
  k.lo = vdupq_n_s32(p->act_min);
  k.hi = vdupq_n_s32(p->act_max);
  TSK_MVE_BROADCAST_WALK(add_lanes, &k, &p->bcast, a);
  return TSK_OK;
}

int tsk_mve_mul(const tsk_op_args *a)
{
  const tsb_mul_params *p = &a->op->params.mul;
  if (!strides_supported(&p->bcast)) return tsk_c_mul(a);
  mul_consts k;
  k.in1_offset = p->input1_offset;
  k.in2_offset = p->input2_offset;
  k.out_mult = p->output_multiplier;
  k.out_left = tsk_max(p->output_shift, 0);
  k.out_offset = p->output_offset;
  k.out_neg_right = vdupq_n_s32(tsk_min(p->output_shift, 0));
  k.lo = vdupq_n_s32(p->act_min);
  k.hi = vdupq_n_s32(p->act_max);
  TSK_MVE_BROADCAST_WALK(mul_lanes, &k, &p->bcast, a);
  return TSK_OK;
}
