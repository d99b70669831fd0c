/*
 * Fixed-point arithmetic of TensorFlow Lite's int8 reference kernels, written
 * as plain C99 (int32/int64 only, no floating point) so that the host
 * reference interpreter, the compiler and the firmware kernels (C, compiled
 * for the Cortex-M55) can share one definition of every rounding step.
 *
 * Each function names the TFLite / gemmlowp function it reproduces bit for
 * bit. TFLite is built with its default TFLITE_SINGLE_ROUNDING=0, i.e. the
 * "double rounding" MultiplyByQuantizedMultiplier (a rounding doubling high
 * multiply followed by a rounding right shift); that is the variant here.
 *
 * Sources read (not copied): tensorflow/lite/kernels/internal/common.h,
 * common.cc, reference/softmax.h, reference/integer_ops/{add,mul,logistic,
 * pooling}.h, reference/requantize.h and gemmlowp fixedpoint/fixedpoint.h.
 *
 * Where TFLite relies on 32-bit wrap-around (plain int32 additions inside
 * gemmlowp's FixedPoint operators, x * (1 << shift) before a high multiply)
 * the wrap is done explicitly through uint32_t here, which is what the
 * compiled TFLite code does on every two's-complement target and keeps this
 * header free of signed-overflow undefined behaviour.
 */
#ifndef TINYSIM_QUANT_FIXED_POINT_H
#define TINYSIM_QUANT_FIXED_POINT_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TSQ_INT32_MIN ((int32_t)(-2147483647 - 1))
#define TSQ_INT32_MAX ((int32_t)2147483647)

/* Two's-complement wrapping add/sub/shift (what TFLite's int32 arithmetic
 * compiles to; gemmlowp FixedPoint operator+ / operator- for int32). */
static inline int32_t tsq_wrap_add(int32_t a, int32_t b) {
  return (int32_t)((uint32_t)a + (uint32_t)b);
}
static inline int32_t tsq_wrap_sub(int32_t a, int32_t b) {
  return (int32_t)((uint32_t)a - (uint32_t)b);
}
static inline int32_t tsq_wrap_neg(int32_t a) { return (int32_t)(0u - (uint32_t)a); }
/* x * (1 << shift) for 0 <= shift <= 31, wrapping like int32 multiply. */
static inline int32_t tsq_wrap_shl(int32_t x, int shift) {
  return (int32_t)((uint32_t)x << shift);
}

static inline int32_t tsq_min_i32(int32_t a, int32_t b) { return a < b ? a : b; }
static inline int32_t tsq_max_i32(int32_t a, int32_t b) { return a > b ? a : b; }
static inline int32_t tsq_clamp_i32(int32_t x, int32_t lo, int32_t hi) {
  return x < lo ? lo : (x > hi ? hi : x);
}

/* tflite::CountLeadingZeros<uint32_t>: 32 for zero. */
static inline int tsq_count_leading_zeros_u32(uint32_t x) {
  int n = 0;
  if (x == 0) return 32;
  while ((x & 0x80000000u) == 0) {
    x <<= 1;
    ++n;
  }
  return n;
}

/* tflite::CountLeadingZeros<uint64_t>: 64 for zero. */
static inline int tsq_count_leading_zeros_u64(uint64_t x) {
  int n = 0;
  if (x == 0) return 64;
  while ((x & 0x8000000000000000ull) == 0) {
    x <<= 1;
    ++n;
  }
  return n;
}

/* gemmlowp::SaturatingRoundingDoublingHighMul(int32, int32): the high 32 bits
 * of 2*a*b rounded to nearest (ties away from zero), saturating the single
 * overflowing case a == b == INT32_MIN to INT32_MAX. (Arm SQRDMULH.) */
static inline int32_t tsq_saturating_rounding_doubling_high_mul(int32_t a, int32_t b) {
  int64_t ab;
  int64_t nudge;
  if (a == TSQ_INT32_MIN && b == TSQ_INT32_MIN) return TSQ_INT32_MAX;
  ab = (int64_t)a * (int64_t)b;
  nudge = ab >= 0 ? (int64_t)(1 << 30) : (int64_t)(1 - (1 << 30));
  /* C division truncates toward zero, as gemmlowp's does. */
  return (int32_t)((ab + nudge) / ((int64_t)1 << 31));
}

/* gemmlowp::RoundingDivideByPOT(int32, exponent), 0 <= exponent <= 31:
 * x / 2^exponent rounded to nearest, ties away from zero. */
static inline int32_t tsq_rounding_divide_by_pot(int32_t x, int exponent) {
  const int32_t mask = (int32_t)((((int64_t)1) << exponent) - 1);
  const int32_t remainder = x & mask;
  const int32_t threshold = (mask >> 1) + (x < 0 ? 1 : 0);
  /* >> of a negative int is an arithmetic shift on every compiler we use
   * (GCC documents it); TFLite relies on the same. */
  return (x >> exponent) + (remainder > threshold ? 1 : 0);
}

/* gemmlowp::SaturatingRoundingMultiplyByPOT<exponent>(int32) for any sign of
 * exponent (also tflite::SaturatingRoundingMultiplyByPOTParam for exponent >= 0):
 * exponent > 0 is a left shift that saturates when |x| exceeds
 * 2^(31-exponent) - 1 (note: x == -2^(31-exponent) also saturates, as in
 * gemmlowp); exponent < 0 is RoundingDivideByPOT(x, -exponent). */
static inline int32_t tsq_saturating_rounding_multiply_by_pot(int32_t x, int exponent) {
  int32_t threshold;
  if (exponent == 0) return x;
  if (exponent < 0) return tsq_rounding_divide_by_pot(x, -exponent);
  threshold = (int32_t)((((int64_t)1) << (31 - exponent)) - 1);
  if (x > threshold) return TSQ_INT32_MAX;
  if (x < -threshold) return TSQ_INT32_MIN;
  return tsq_wrap_shl(x, exponent);
}

/* gemmlowp::Rescale<dst_integer_bits>(FixedPoint<int32, src_integer_bits>):
 * change the Q format of a raw value, rounding / saturating. */
static inline int32_t tsq_rescale(int32_t raw, int src_integer_bits, int dst_integer_bits) {
  return tsq_saturating_rounding_multiply_by_pot(raw, src_integer_bits - dst_integer_bits);
}

/* gemmlowp::RoundingHalfSum(int32, int32): (a + b) / 2 rounded away from zero. */
static inline int32_t tsq_rounding_half_sum(int32_t a, int32_t b) {
  const int64_t sum = (int64_t)a + (int64_t)b;
  const int64_t sign = sum >= 0 ? 1 : -1;
  return (int32_t)((sum + sign) / 2);
}

/* tflite::MultiplyByQuantizedMultiplier(int32 x, int32 quantized_multiplier,
 * int shift), double-rounding variant (common.cc, TFLITE_SINGLE_ROUNDING=0):
 * shift > 0 multiplies x by 2^shift (wrapping) before the rounding doubling
 * high multiply, shift < 0 is a rounding right shift after it.
 * Computes round(x * quantized_multiplier * 2^(shift - 31)). */
static inline int32_t tsq_multiply_by_quantized_multiplier(int32_t x, int32_t quantized_multiplier,
                                                           int shift) {
  const int left_shift = shift > 0 ? shift : 0;
  const int right_shift = shift > 0 ? 0 : -shift;
  return tsq_rounding_divide_by_pot(
      tsq_saturating_rounding_doubling_high_mul(tsq_wrap_shl(x, left_shift), quantized_multiplier),
      right_shift);
}

/* tflite::MultiplyByQuantizedMultiplier(int64 x, int32, int shift) (common.cc,
 * double-rounding build; used by TFLite's int16-activation kernels): the
 * multiplier is reduced to 16 bits with rounding, then a single rounding
 * shift. Valid for -(2^47) <= x < 2^47, -31 <= shift <= 7, multiplier >= 0. */
static inline int32_t tsq_multiply_by_quantized_multiplier_int64(int64_t x,
                                                                 int32_t quantized_multiplier,
                                                                 int shift) {
  const int32_t reduced_multiplier =
      quantized_multiplier < 0x7FFF0000 ? ((quantized_multiplier + (1 << 15)) >> 16) : 0x7FFF;
  const int total_shift = 15 - shift;
  const int64_t acc = x * (int64_t)reduced_multiplier + ((int64_t)1 << (total_shift - 1));
  return (int32_t)(acc >> total_shift);
}

/* tflite::MultiplyByQuantizedMultiplierSmallerThanOneExp (common.h, double
 * rounding): left_shift <= 0. */
static inline int32_t tsq_multiply_by_quantized_multiplier_smaller_than_one_exp(
    int32_t x, int32_t quantized_multiplier, int left_shift) {
  return tsq_rounding_divide_by_pot(tsq_saturating_rounding_doubling_high_mul(x, quantized_multiplier),
                                    -left_shift);
}

/* tflite::MultiplyByQuantizedMultiplierGreaterThanOne (common.h, double
 * rounding): left_shift >= 0. */
static inline int32_t tsq_multiply_by_quantized_multiplier_greater_than_one(
    int32_t x, int32_t quantized_multiplier, int left_shift) {
  return tsq_saturating_rounding_doubling_high_mul(tsq_wrap_shl(x, left_shift), quantized_multiplier);
}

/* ---- gemmlowp transcendental functions on FixedPoint<int32, N> raw values ---- */

/* gemmlowp::exp_on_interval_between_negative_one_quarter_and_0_excl(F0):
 * Taylor polynomial around -1/8. Input and output are Q0.31 raw values. */
static inline int32_t tsq_exp_on_interval_between_negative_one_quarter_and_0_excl(int32_t a) {
  const int32_t constant_term = 1895147668;   /* exp(-1/8) in Q0.31 */
  const int32_t constant_1_over_3 = 715827883; /* 1/3 in Q0.31 */
  const int32_t x = tsq_wrap_add(a, (int32_t)1 << 28); /* a + 1/8 */
  const int32_t x2 = tsq_saturating_rounding_doubling_high_mul(x, x);
  const int32_t x3 = tsq_saturating_rounding_doubling_high_mul(x2, x);
  const int32_t x4 = tsq_saturating_rounding_doubling_high_mul(x2, x2);
  const int32_t x4_over_4 = tsq_rounding_divide_by_pot(x4, 2);
  const int32_t x4_over_24_plus_x3_over_6_plus_x2_over_2 = tsq_rounding_divide_by_pot(
      tsq_wrap_add(tsq_saturating_rounding_doubling_high_mul(tsq_wrap_add(x4_over_4, x3), constant_1_over_3),
                   x2),
      1);
  /* AddSaturatingIf16Bit is a plain add for 32-bit raw values. */
  return tsq_wrap_add(constant_term,
                      tsq_saturating_rounding_doubling_high_mul(
                          constant_term, tsq_wrap_add(x, x4_over_24_plus_x3_over_6_plus_x2_over_2)));
}

/* gemmlowp::exp_on_negative_values(FixedPoint<int32, integer_bits>) -> F0:
 * exp(a) for a <= 0, a given as a raw Q(integer_bits).(31-integer_bits) value,
 * result raw Q0.31. 0 <= integer_bits <= 29. */
static inline int32_t tsq_exp_on_negative_values(int32_t a, int integer_bits) {
  /* exp(-2^k) in Q0.31 for k = -2 .. 4, the barrel-shifter multipliers. */
  static const int32_t kExpMinusPow2[7] = {1672461947, 1302514674, 790015084, 290630308,
                                           39332535,   720401,     242};
  const int fractional_bits = 31 - integer_bits;
  const int32_t one_quarter = (int32_t)1 << (fractional_bits - 2);
  const int32_t mask = one_quarter - 1;
  const int32_t a_mod_quarter_minus_one_quarter = tsq_wrap_sub(a & mask, one_quarter);
  int32_t result = tsq_exp_on_interval_between_negative_one_quarter_and_0_excl(
      tsq_rescale(a_mod_quarter_minus_one_quarter, integer_bits, 0));
  const int32_t remainder = tsq_wrap_sub(a_mod_quarter_minus_one_quarter, a);
  int exponent;
  for (exponent = -2; exponent <= 4; ++exponent) {
    if (integer_bits > exponent) {
      const int shift_amount = fractional_bits + exponent;
      if (remainder & (int32_t)((uint32_t)1 << shift_amount)) {
        result = tsq_saturating_rounding_doubling_high_mul(result, kExpMinusPow2[exponent + 2]);
      }
    }
  }
  if (integer_bits > 5) {
    /* Below -32 the result is flushed to zero. */
    const int32_t clamp = -((int32_t)1 << (36 - integer_bits));
    if (a < clamp) result = 0;
  }
  if (a == 0) result = TSQ_INT32_MAX; /* F0::One() */
  return result;
}

/* gemmlowp::one_over_one_plus_x_for_x_in_0_1(F0): 1/(1+a) for a in [0,1),
 * Newton-Raphson in Q2.29, result Q0.31. */
static inline int32_t tsq_one_over_one_plus_x_for_x_in_0_1(int32_t a) {
  const int32_t constant_48_over_17 = 1515870810;      /* Q2.29 */
  const int32_t constant_neg_32_over_17 = -1010580540; /* Q2.29 */
  const int32_t f2_one = (int32_t)1 << 29;
  const int32_t half_denominator = tsq_rounding_half_sum(a, TSQ_INT32_MAX);
  int32_t x = tsq_wrap_add(constant_48_over_17,
                           tsq_saturating_rounding_doubling_high_mul(half_denominator, constant_neg_32_over_17));
  int i;
  for (i = 0; i < 3; ++i) {
    const int32_t half_denominator_times_x = tsq_saturating_rounding_doubling_high_mul(half_denominator, x);
    const int32_t one_minus_half_denominator_times_x = tsq_wrap_sub(f2_one, half_denominator_times_x);
    /* x * (1 - d*x) is Q4.27; Rescale<2> brings it back to Q2.29. */
    x = tsq_wrap_add(x, tsq_rescale(tsq_saturating_rounding_doubling_high_mul(x, one_minus_half_denominator_times_x),
                                    4, 2));
  }
  /* ExactMulByPot<-1> reinterprets Q2.29 as Q1.30, Rescale<0> shifts to Q0.31. */
  return tsq_rescale(x, 1, 0);
}

/* gemmlowp::logistic(FixedPoint<int32, integer_bits>) -> F0: 1/(1+exp(-a)). */
static inline int32_t tsq_logistic(int32_t a, int integer_bits) {
  const int32_t abs_input = a > 0 ? a : tsq_wrap_neg(a);
  const int32_t result_if_positive =
      tsq_one_over_one_plus_x_for_x_in_0_1(tsq_exp_on_negative_values(tsq_wrap_neg(abs_input), integer_bits));
  const int32_t result_if_negative = tsq_wrap_sub(TSQ_INT32_MAX, result_if_positive);
  if (a == 0) return (int32_t)1 << 30; /* one half */
  return a > 0 ? result_if_positive : result_if_negative;
}

/* tflite::GetReciprocal(x, x_integer_digits, &num_bits_over_unit)
 * (common.h): 1/x for x > 0 in Q(x_integer_digits), returned as a Q0.31 value
 * scaled by 2^-num_bits_over_unit. */
static inline int32_t tsq_get_reciprocal(int32_t x, int x_integer_digits, int* num_bits_over_unit) {
  const int headroom_plus_one = tsq_count_leading_zeros_u32((uint32_t)x);
  /* A 64-bit shift keeps headroom_plus_one == 32 (x == 0) defined. */
  const uint32_t shifted = (uint32_t)(((uint64_t)(uint32_t)x) << headroom_plus_one);
  const int32_t shifted_sum_minus_one = (int32_t)(shifted - 0x80000000u);
  *num_bits_over_unit = x_integer_digits - headroom_plus_one;
  return tsq_one_over_one_plus_x_for_x_in_0_1(shifted_sum_minus_one);
}

/* ---- per-element and per-row int8 kernel arithmetic ---- */

/* Output of one int8 CONV_2D / DEPTHWISE_CONV_2D / FULLY_CONNECTED
 * accumulator (acc already includes the bias): reference_integer_ops
 * ConvPerChannel / DepthwiseConvPerChannel / FullyConnected epilogue. */
static inline int8_t tsq_requantize_accumulator(int32_t acc, int32_t multiplier, int shift,
                                                int32_t output_offset, int32_t activation_min,
                                                int32_t activation_max) {
  int32_t v = tsq_multiply_by_quantized_multiplier(acc, multiplier, shift);
  v = tsq_wrap_add(v, output_offset);
  return (int8_t)tsq_clamp_i32(v, activation_min, activation_max);
}

/* Parameters of reference_integer_ops::AddFunc (ArithmeticParams subset). */
typedef struct tsq_add_params {
  int32_t input1_offset; /* -zero_point of input 1 */
  int32_t input2_offset;
  int32_t output_offset; /* +zero_point of the output */
  int32_t left_shift;    /* 20 for int8 */
  int32_t input1_multiplier;
  int32_t input1_shift; /* <= 0 */
  int32_t input2_multiplier;
  int32_t input2_shift;
  int32_t output_multiplier;
  int32_t output_shift;
  int32_t activation_min;
  int32_t activation_max;
} tsq_add_params;

/* reference_integer_ops::AddFunc (int8). */
static inline int8_t tsq_add_int8(int8_t x, int8_t y, const tsq_add_params* p) {
  const int32_t input1_val = p->input1_offset + x;
  const int32_t input2_val = p->input2_offset + y;
  const int32_t shifted_input1_val = tsq_wrap_shl(input1_val, p->left_shift);
  const int32_t shifted_input2_val = tsq_wrap_shl(input2_val, p->left_shift);
  const int32_t scaled_input1_val = tsq_multiply_by_quantized_multiplier_smaller_than_one_exp(
      shifted_input1_val, p->input1_multiplier, p->input1_shift);
  const int32_t scaled_input2_val = tsq_multiply_by_quantized_multiplier_smaller_than_one_exp(
      shifted_input2_val, p->input2_multiplier, p->input2_shift);
  const int32_t raw_sum = tsq_wrap_add(scaled_input1_val, scaled_input2_val);
  const int32_t raw_output = tsq_wrap_add(
      tsq_multiply_by_quantized_multiplier_smaller_than_one_exp(raw_sum, p->output_multiplier, p->output_shift),
      p->output_offset);
  return (int8_t)tsq_clamp_i32(raw_output, p->activation_min, p->activation_max);
}

/* Parameters of reference_integer_ops::MulElementwise (int8). */
typedef struct tsq_mul_params {
  int32_t input1_offset; /* -zero_point */
  int32_t input2_offset;
  int32_t output_offset; /* +zero_point */
  int32_t output_multiplier;
  int32_t output_shift;
  int32_t activation_min;
  int32_t activation_max;
} tsq_mul_params;

/* reference_integer_ops::MulElementwise / BroadcastMul6DSlow element (int8). */
static inline int8_t tsq_mul_int8(int8_t x, int8_t y, const tsq_mul_params* p) {
  const int32_t input1_val = p->input1_offset + x;
  const int32_t input2_val = p->input2_offset + y;
  const int32_t unclamped = tsq_wrap_add(
      p->output_offset,
      tsq_multiply_by_quantized_multiplier(input1_val * input2_val, p->output_multiplier, p->output_shift));
  return (int8_t)tsq_clamp_i32(unclamped, p->activation_min, p->activation_max);
}

/* reference_integer_ops::AveragePool (int8) rounding of a window sum:
 * divide by the number of in-image taps, rounding half away from zero. */
static inline int32_t tsq_average_pool_divide(int32_t sum, int32_t count) {
  return sum > 0 ? (sum + count / 2) / count : (sum - count / 2) / count;
}

/* reference_ops::Requantize<int8, int8> element (QUANTIZE int8 -> int8). */
static inline int8_t tsq_requantize_int8(int8_t x, int32_t input_zero_point, int32_t multiplier, int shift,
                                         int32_t output_zero_point) {
  const int32_t v = tsq_wrap_add(tsq_multiply_by_quantized_multiplier(x - input_zero_point, multiplier, shift),
                                 output_zero_point);
  return (int8_t)tsq_clamp_i32(v, -128, 127);
}

/* reference_integer_ops::Logistic (int8 in, int8 out with scale 1/256 and
 * zero point -128). input_multiplier / input_left_shift / input_range_radius
 * come from tinysim::quant::logistic_int8_params (TFLite Micro
 * CalculateArithmeticOpDataLogistic). */
static inline int8_t tsq_logistic_int8(int8_t x, int32_t input_zero_point, int32_t input_range_radius,
                                       int32_t input_multiplier, int32_t input_left_shift) {
  const int32_t input = (int32_t)x - input_zero_point;
  int32_t input_in_q4;
  int32_t output_in_q0;
  int32_t output_in_q23;
  if (input <= -input_range_radius) return -128;
  if (input >= input_range_radius) return 127;
  input_in_q4 = tsq_multiply_by_quantized_multiplier(input, input_multiplier, input_left_shift);
  output_in_q0 = tsq_logistic(input_in_q4, 4);
  output_in_q23 = tsq_rounding_divide_by_pot(output_in_q0, 31 - 8);
  return (int8_t)tsq_clamp_i32(output_in_q23 - 128, -128, 127);
}

/* reference_ops::Softmax<int8_t, int8_t> (softmax.h, the fixed-point path
 * TFLite Micro and CMSIS-NN use) on one row of `depth` values. The input
 * difference is scaled to Q5.26 (kScaledDiffIntegerBits = 5), exponentials
 * are summed in Q12.19 (kAccumulationIntegerBits = 12).
 * Returns 0, or -1 when the reciprocal's exponent leaves [0, 31] (TFLite
 * aborts there with TFLITE_CHECK; it needs more than 2^12 terms). */
static inline int tsq_softmax_int8_row(const int8_t* input, int8_t* output, int depth,
                                       int32_t input_beta_multiplier, int32_t input_beta_left_shift,
                                       int32_t diff_min) {
  int8_t max_in_row = -128;
  int32_t sum_of_exps = 0; /* Q12.19 */
  int num_bits_over_unit;
  int32_t shifted_scale;
  int exponent;
  int c;
  for (c = 0; c < depth; ++c) {
    if (input[c] > max_in_row) max_in_row = input[c];
  }
  for (c = 0; c < depth; ++c) {
    const int32_t input_diff = (int32_t)input[c] - max_in_row;
    if (input_diff >= diff_min) {
      const int32_t input_diff_rescaled = tsq_multiply_by_quantized_multiplier_greater_than_one(
          input_diff, input_beta_multiplier, input_beta_left_shift);
      sum_of_exps = tsq_wrap_add(sum_of_exps, tsq_rescale(tsq_exp_on_negative_values(input_diff_rescaled, 5), 0, 12));
    }
  }
  shifted_scale = tsq_get_reciprocal(sum_of_exps, 12, &num_bits_over_unit);
  exponent = num_bits_over_unit + 31 - 8;
  if (exponent < 0 || exponent > 31) return -1;
  for (c = 0; c < depth; ++c) {
    const int32_t input_diff = (int32_t)input[c] - max_in_row;
    if (input_diff >= diff_min) {
      const int32_t input_diff_rescaled = tsq_multiply_by_quantized_multiplier_greater_than_one(
          input_diff, input_beta_multiplier, input_beta_left_shift);
      const int32_t exp_in_0 = tsq_exp_on_negative_values(input_diff_rescaled, 5);
      const int32_t unsat_output =
          tsq_rounding_divide_by_pot(tsq_saturating_rounding_doubling_high_mul(shifted_scale, exp_in_0), exponent);
      output[c] = (int8_t)tsq_clamp_i32(unsat_output - 128, -128, 127);
    } else {
      output[c] = -128;
    }
  }
  return 0;
}

#ifdef __cplusplus
}
#endif

#endif /* TINYSIM_QUANT_FIXED_POINT_H */
