/*
 * tsk_arith.h - TFLite's integer requantisation arithmetic and gemmlowp's
 * fixed-point exp / reciprocal / logistic, in portable C, for every kernel
 * flavour (the Helium flavour uses them for its scalar tails).
 *
 * Each function reproduces the behaviour of the TFLite / gemmlowp function it
 * is named after, bit for bit (tensorflow/lite/kernels/internal/common.h and
 * gemmlowp fixedpoint/fixedpoint.h):
 *   tsk_srdhm            SaturatingRoundingDoublingHighMul (int32)
 *   tsk_rdbpot           RoundingDivideByPOT
 *   tsk_mbqm             MultiplyByQuantizedMultiplier (the default
 *                        double-rounding variant, not TFLITE_SINGLE_ROUNDING)
 *   tsk_mbqm_lt1         MultiplyByQuantizedMultiplierSmallerThanOneExp
 *   tsk_mbqm_gt1         MultiplyByQuantizedMultiplierGreaterThanOne
 *   tsk_exp_on_negative_values, tsk_one_over_one_plus_x_for_x_in_0_1,
 *   tsk_get_reciprocal, tsk_logistic_q0
 * Where C leaves signed overflow undefined and TFLite relies on two's
 * complement wrap-around, the arithmetic is done in uint32_t and converted.
 */
#ifndef TSK_ARITH_H
#define TSK_ARITH_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

static inline int32_t tsk_wrap_add(int32_t a, int32_t b) { return (int32_t)((uint32_t)a + (uint32_t)b); }
static inline int32_t tsk_wrap_sub(int32_t a, int32_t b) { return (int32_t)((uint32_t)a - (uint32_t)b); }
/* x * 2^shift with two's complement wrap (TFLite's x * (1 << shift)). */
static inline int32_t tsk_wrap_shl(int32_t x, int shift) { return (int32_t)((uint32_t)x << shift); }

static inline int32_t tsk_min(int32_t a, int32_t b) { return a < b ? a : b; }
static inline int32_t tsk_max(int32_t a, int32_t b) { return a > b ? a : b; }
static inline int32_t tsk_clamp(int32_t v, int32_t lo, int32_t hi) { return v < lo ? lo : (v > hi ? hi : v); }

static inline int32_t tsk_srdhm(int32_t a, int32_t b)
{
  if (a == b && a == INT32_MIN) return INT32_MAX;
  int64_t ab = (int64_t)a * (int64_t)b;
  int32_t nudge = ab >= 0 ? (1 << 30) : (1 - (1 << 30));
  /* Division, not a shift: gemmlowp truncates toward zero. */
  return (int32_t)((ab + nudge) / ((int64_t)1 << 31));
}

static inline int32_t tsk_rdbpot(int32_t x, int exponent)
{
  int32_t mask = (int32_t)(((int64_t)1 << exponent) - 1);
  int32_t remainder = x & mask;
  int32_t threshold = (mask >> 1) + (x < 0 ? 1 : 0);
  return (x >> exponent) + (remainder > threshold ? 1 : 0);
}

static inline int32_t tsk_mbqm(int32_t x, int32_t multiplier, int32_t shift)
{
  int left = shift > 0 ? shift : 0;
  int right = shift > 0 ? 0 : -shift;
  return tsk_rdbpot(tsk_srdhm(tsk_wrap_shl(x, left), multiplier), right);
}

static inline int32_t tsk_mbqm_lt1(int32_t x, int32_t multiplier, int32_t shift)
{
  return tsk_rdbpot(tsk_srdhm(x, multiplier), -shift);
}

static inline int32_t tsk_mbqm_gt1(int32_t x, int32_t multiplier, int32_t left_shift)
{
  return tsk_srdhm(tsk_wrap_shl(x, left_shift), multiplier);
}

/* gemmlowp SaturatingRoundingMultiplyByPOT<exponent> for exponent > 0. */
static inline int32_t tsk_sat_shl(int32_t x, int exponent)
{
  int32_t threshold = (int32_t)((1u << (31 - exponent)) - 1u);
  if (x > threshold) return INT32_MAX;
  if (x < -threshold) return INT32_MIN;
  return tsk_wrap_shl(x, exponent);
}

/* gemmlowp RoundingHalfSum (int32). */
static inline int32_t tsk_rounding_half_sum(int32_t a, int32_t b)
{
  int64_t sum = (int64_t)a + (int64_t)b;
  int64_t sign = sum >= 0 ? 1 : -1;
  return (int32_t)((sum + sign) / 2);
}

/* exp(x) for x in [-1/4, 0), Q0.31 in and out. */
static inline int32_t tsk_exp_on_interval_between_negative_one_quarter_and_0_excl(int32_t a)
{
  const int32_t constant_term = 1895147668;     /* exp(-1/8) */
  const int32_t constant_1_over_3 = 715827883;  /* 1/3 */
  int32_t x = tsk_wrap_add(a, 1 << 28);         /* a + 1/8 */
  int32_t x2 = tsk_srdhm(x, x);
  int32_t x3 = tsk_srdhm(x2, x);
  int32_t x4 = tsk_srdhm(x2, x2);
  int32_t x4_over_4 = tsk_rdbpot(x4, 2);
  int32_t poly = tsk_rdbpot(tsk_wrap_add(tsk_srdhm(tsk_wrap_add(x4_over_4, x3), constant_1_over_3), x2), 1);
  return tsk_wrap_add(constant_term, tsk_srdhm(constant_term, tsk_wrap_add(x, poly)));
}

/* exp(a) for a <= 0, `a` with `integer_bits` integer bits (1..5), result Q0.31. */
static inline int32_t tsk_exp_on_negative_values(int32_t a, int integer_bits)
{
  static const int32_t multipliers[7] = {
      1672461947, /* exp(-1/4) */
      1302514674, /* exp(-1/2) */
      790015084,  /* exp(-1)   */
      290630308,  /* exp(-2)   */
      39332535,   /* exp(-4)   */
      720401,     /* exp(-8)   */
      242,        /* exp(-16)  */
  };
  const int fractional_bits = 31 - integer_bits;
  const int32_t one_quarter = (int32_t)1 << (fractional_bits - 2);
  const int32_t mask = one_quarter - 1;
  int32_t a_mod_quarter_minus_one_quarter = tsk_wrap_sub(a & mask, one_quarter);
  int32_t result = tsk_exp_on_interval_between_negative_one_quarter_and_0_excl(
      tsk_sat_shl(a_mod_quarter_minus_one_quarter, integer_bits));
  int32_t remainder = tsk_wrap_sub(a_mod_quarter_minus_one_quarter, a);
  for (int exponent = -2; exponent <= 4; ++exponent) {
    if (integer_bits > exponent) {
      int shift_amount = fractional_bits + exponent;
      if (remainder & (int32_t)(1u << shift_amount))
        result = tsk_srdhm(result, multipliers[exponent + 2]);
    }
  }
  /* (gemmlowp clamps to 0 below -32 only for more than 5 integer bits.) */
  if (a == 0) result = INT32_MAX;
  return result;
}

/* 1 / (1 + a) for a in [0, 1), Q0.31 in and out (Newton-Raphson). */
static inline int32_t tsk_one_over_one_plus_x_for_x_in_0_1(int32_t a)
{
  int32_t half_denominator = tsk_rounding_half_sum(a, INT32_MAX);
  const int32_t constant_48_over_17 = 1515870810;      /* Q2.29 */
  const int32_t constant_neg_32_over_17 = -1010580540; /* Q2.29 */
  int32_t x = tsk_wrap_add(constant_48_over_17, tsk_srdhm(half_denominator, constant_neg_32_over_17));
  for (int i = 0; i < 3; ++i) {
    int32_t half_denominator_times_x = tsk_srdhm(half_denominator, x);
    int32_t one_minus_half_denominator_times_x = tsk_wrap_sub(1 << 29, half_denominator_times_x);
    x = tsk_wrap_add(x, tsk_sat_shl(tsk_srdhm(x, one_minus_half_denominator_times_x), 2));
  }
  return tsk_sat_shl(x, 1);
}

/* TFLite GetReciprocal: 1/x for x with `x_integer_digits` integer bits. */
static inline int32_t tsk_get_reciprocal(int32_t x, int x_integer_digits, int *num_bits_over_unit)
{
  int headroom_plus_one = x == 0 ? 32 : __builtin_clz((uint32_t)x);
  *num_bits_over_unit = x_integer_digits - headroom_plus_one;
  int32_t shifted_sum_minus_one =
      (int32_t)(((uint32_t)x << (headroom_plus_one & 31)) - ((uint32_t)1 << 31));
  return tsk_one_over_one_plus_x_for_x_in_0_1(shifted_sum_minus_one);
}

/* gemmlowp logistic(a) for `a` with `integer_bits` integer bits, Q0.31 result. */
static inline int32_t tsk_logistic_q0(int32_t a, int integer_bits)
{
  if (a == 0) return 1 << 30;
  int32_t abs_input = a > 0 ? a : (int32_t)(0u - (uint32_t)a);
  int32_t result_if_positive = tsk_one_over_one_plus_x_for_x_in_0_1(
      tsk_exp_on_negative_values((int32_t)(0u - (uint32_t)abs_input), integer_bits));
  return a > 0 ? result_if_positive : tsk_wrap_sub(INT32_MAX, result_if_positive);
}

#ifdef __cplusplus
}
#endif

#endif /* TSK_ARITH_H */
