// Fixed-point primitives of workloads/compiler/quant/fixed_point.h against
// hand-computed expectations of gemmlowp's / TFLite's arithmetic, including
// the places where it deliberately differs from exact rounding.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

#include "workloads/compiler/quant/fixed_point.h"

namespace {

constexpr int32_t kMin = std::numeric_limits<int32_t>::min();
constexpr int32_t kMax = std::numeric_limits<int32_t>::max();

TEST(FixedPoint, SaturatingRoundingDoublingHighMul) {
  // The one overflowing product saturates.
  EXPECT_EQ(tsq_saturating_rounding_doubling_high_mul(kMin, kMin), kMax);
  EXPECT_EQ(tsq_saturating_rounding_doubling_high_mul(kMin, kMax), -kMax);
  // 2^30 is 0.5 in Q0.31: 100 * 0.5 = 50 exactly.
  EXPECT_EQ(tsq_saturating_rounding_doubling_high_mul(100, 1 << 30), 50);
  EXPECT_EQ(tsq_saturating_rounding_doubling_high_mul(1 << 30, 1 << 30), 1 << 29);
  // Ties: +1.5 -> 2, but -1.5 -> -1 and -2.5 -> -2 (gemmlowp's nudge rounds
  // half towards +infinity for negative products, like SQRDMULH).
  EXPECT_EQ(tsq_saturating_rounding_doubling_high_mul(3, 1 << 30), 2);
  EXPECT_EQ(tsq_saturating_rounding_doubling_high_mul(-3, 1 << 30), -1);
  EXPECT_EQ(tsq_saturating_rounding_doubling_high_mul(-5, 1 << 30), -2);
  EXPECT_EQ(tsq_saturating_rounding_doubling_high_mul(5, 1 << 30), 3);
  // Non-ties round to nearest: 7 * 0.75 = 5.25 -> 5, -7 * 0.75 -> -5.
  EXPECT_EQ(tsq_saturating_rounding_doubling_high_mul(7, 3 << 29), 5);
  EXPECT_EQ(tsq_saturating_rounding_doubling_high_mul(-7, 3 << 29), -5);
}

TEST(FixedPoint, RoundingDivideByPowerOfTwo) {
  EXPECT_EQ(tsq_rounding_divide_by_pot(12345, 0), 12345);
  // Ties away from zero.
  EXPECT_EQ(tsq_rounding_divide_by_pot(5, 1), 3);
  EXPECT_EQ(tsq_rounding_divide_by_pot(-5, 1), -3);
  EXPECT_EQ(tsq_rounding_divide_by_pot(6, 2), 2);
  EXPECT_EQ(tsq_rounding_divide_by_pot(-6, 2), -2);
  EXPECT_EQ(tsq_rounding_divide_by_pot(-4, 1), -2);
  EXPECT_EQ(tsq_rounding_divide_by_pot(7, 2), 2);
  EXPECT_EQ(tsq_rounding_divide_by_pot(-7, 2), -2);
  EXPECT_EQ(tsq_rounding_divide_by_pot(5, 2), 1);
  EXPECT_EQ(tsq_rounding_divide_by_pot(-5, 2), -1);
  EXPECT_EQ(tsq_rounding_divide_by_pot(kMax, 31), 1);
  EXPECT_EQ(tsq_rounding_divide_by_pot(kMin, 31), -1);
  EXPECT_EQ(tsq_rounding_divide_by_pot(1 << 30, 31), 1);      // +0.5 -> 1
  EXPECT_EQ(tsq_rounding_divide_by_pot(-(1 << 30), 31), -1);  // -0.5 -> -1
  EXPECT_EQ(tsq_rounding_divide_by_pot((1 << 30) - 1, 31), 0);
}

TEST(FixedPoint, RoundingDivideByPowerOfTwoMatchesExactRounding) {
  // RoundingDivideByPOT is exact round-half-away-from-zero division, so it
  // can be checked against a double formula.
  std::mt19937 rng(7);
  std::uniform_int_distribution<int32_t> value(kMin, kMax);
  for (int i = 0; i < 20000; ++i) {
    const int32_t x = value(rng);
    const int e = i % 32;
    const double exact = std::round(static_cast<double>(x) / std::ldexp(1.0, e));
    ASSERT_EQ(tsq_rounding_divide_by_pot(x, e), static_cast<int32_t>(exact)) << x << " >> " << e;
  }
}

TEST(FixedPoint, SaturatingRoundingMultiplyByPowerOfTwo) {
  EXPECT_EQ(tsq_saturating_rounding_multiply_by_pot(3, 2), 12);
  EXPECT_EQ(tsq_saturating_rounding_multiply_by_pot(-3, 2), -12);
  EXPECT_EQ(tsq_saturating_rounding_multiply_by_pot(1 << 29, 2), kMax);
  EXPECT_EQ(tsq_saturating_rounding_multiply_by_pot(-(1 << 29) + 1, 2), kMin + 4);
  // gemmlowp saturates -2^(31-e) as well, although it would fit exactly.
  EXPECT_EQ(tsq_saturating_rounding_multiply_by_pot(-(1 << 29), 2), kMin);
  EXPECT_EQ(tsq_saturating_rounding_multiply_by_pot(-7, -1), -4);
  EXPECT_EQ(tsq_rescale(1 << 19, 12, 0), kMax);  // 1.0 in Q12.19 saturates in Q0.31
  EXPECT_EQ(tsq_rescale(kMax, 0, 12), 1 << 19);  // ~1.0 in Q0.31 -> Q12.19, rounded
}

TEST(FixedPoint, MultiplyByQuantizedMultiplier) {
  // M = 1.0 is (2^30, shift 1): exact.
  EXPECT_EQ(tsq_multiply_by_quantized_multiplier(62, 1 << 30, 1), 62);
  EXPECT_EQ(tsq_multiply_by_quantized_multiplier(-62, 1 << 30, 1), -62);
  // M = 2.0: left shift before the high multiply.
  EXPECT_EQ(tsq_multiply_by_quantized_multiplier(3, 1 << 30, 2), 6);
  // M = 0.5 (2^30, shift 0): a single rounding, ties as SRDHM.
  EXPECT_EQ(tsq_multiply_by_quantized_multiplier(3, 1 << 30, 0), 2);
  EXPECT_EQ(tsq_multiply_by_quantized_multiplier(-3, 1 << 30, 0), -1);
  // M = 0.25 (2^30, shift -1): TFLite rounds twice. 1 * 0.25 gives 1, not 0:
  // SRDHM(1, 2^30) = round(0.5) = 1, then RoundingDivideByPOT(1, 1) = 1.
  EXPECT_EQ(tsq_multiply_by_quantized_multiplier(1, 1 << 30, -1), 1);
  EXPECT_EQ(tsq_multiply_by_quantized_multiplier(5, 1 << 30, -1), 2);  // 1.25 -> 2 (via 2.5 -> 3 -> 1.5 -> 2)
  // A typical requantisation, M = 1690654495 * 2^(-6-31) ~= 0.0123:
  // SRDHM(10000, m) = 7873, then 7873 / 64 = 123.02 -> 123.
  const int32_t m = 1690654495;
  EXPECT_EQ(tsq_multiply_by_quantized_multiplier(10000, m, -6), 123);
  EXPECT_EQ(tsq_multiply_by_quantized_multiplier(-10000, m, -6), -123);
  // Smaller-than-one / greater-than-one variants are the same arithmetic.
  EXPECT_EQ(tsq_multiply_by_quantized_multiplier_smaller_than_one_exp(10000, m, -6), 123);
  EXPECT_EQ(tsq_multiply_by_quantized_multiplier_greater_than_one(3, 1 << 30, 2), 6);
}

TEST(FixedPoint, MultiplyByQuantizedMultiplierInt64) {
  // TFLite's 64-bit variant reduces the multiplier to 16 bits and rounds once.
  EXPECT_EQ(tsq_multiply_by_quantized_multiplier_int64(62, 1 << 30, 1), 62);
  EXPECT_EQ(tsq_multiply_by_quantized_multiplier_int64(1, 1 << 30, -1), 0);  // 0.25 -> 0: single rounding
  EXPECT_EQ(tsq_multiply_by_quantized_multiplier_int64(int64_t{1} << 40, 1 << 30, -20), 1 << 19);
  EXPECT_EQ(tsq_multiply_by_quantized_multiplier_int64(100, 0x7FFFFFFF, 0), 100);  // multiplier capped at 0x7FFF
}

TEST(FixedPoint, ExpOnNegativeValuesTracksExp) {
  // exp(a) for a <= 0 in Q5.26 (the softmax format). The degree-4 Taylor
  // polynomial on [-1/4, 0) is good to ~2.5e-7.
  EXPECT_EQ(tsq_exp_on_negative_values(0, 5), kMax);
  for (int32_t raw = 0; raw > -(31 << 26); raw -= 99991) {
    const double a = raw / 67108864.0;
    const double got = tsq_exp_on_negative_values(raw, 5) / 2147483648.0;
    ASSERT_NEAR(got, std::exp(a), 5e-7) << "a = " << a;
  }
  // Q4.27 (the logistic format), down to -16.
  for (int32_t raw = 0; raw > -(15 << 27); raw -= 1000003) {
    const double a = raw / 134217728.0;
    ASSERT_NEAR(tsq_exp_on_negative_values(raw, 4) / 2147483648.0, std::exp(a), 5e-7) << "a = " << a;
  }
  // With more than 5 integer bits, values below -32 flush to zero.
  EXPECT_EQ(tsq_exp_on_negative_values(-(33 << 25), 6), 0);
}

TEST(FixedPoint, ExpOnNegativeValuesExactPoints) {
  // -1/4 in Q5.26 is exactly the interval polynomial at -1/4 (no barrel
  // multiplication). That is the edge of the degree-4 Taylor expansion
  // around -1/8, where its remainder (1/8)^5 / 5! * exp(-1/8) = 2.24e-7 is
  // 482 LSB of Q0.31: gemmlowp's value lies that far above exp(-1/4).
  const int32_t at_quarter = tsq_exp_on_negative_values(-(1 << 24), 5);
  EXPECT_EQ(tsq_exp_on_interval_between_negative_one_quarter_and_0_excl(-(1 << 29)), at_quarter);
  EXPECT_GT(at_quarter, 1672461947);  // correctly rounded exp(-1/4)
  EXPECT_LE(at_quarter, 1672461947 + 482);
  // -1 in Q5.26: that polynomial value times the exp(-1/4) and exp(-1/2)
  // barrel multipliers (remainder 3/4): the error shrinks with exp(-3/4).
  const int32_t at_one = tsq_exp_on_negative_values(-(1 << 26), 5);
  EXPECT_GT(at_one, 790015084);  // correctly rounded exp(-1)
  EXPECT_LE(at_one, 790015084 + 482 * 0.48 + 3);
}

TEST(FixedPoint, OneOverOnePlusX) {
  // 1/(1+0) = 1 and 1/(1+0.5) = 2/3 in Q0.31.
  EXPECT_NEAR(tsq_one_over_one_plus_x_for_x_in_0_1(0), 2147483647.0, 4);
  EXPECT_NEAR(tsq_one_over_one_plus_x_for_x_in_0_1(1 << 30), 2147483648.0 * 2 / 3, 4);
  for (int32_t x = 0; x < kMax - 10000000; x += 10000019) {
    const double expected = 1.0 / (1.0 + x / 2147483648.0) * 2147483648.0;
    ASSERT_NEAR(tsq_one_over_one_plus_x_for_x_in_0_1(x), expected, 8) << x;
  }
}

TEST(FixedPoint, GetReciprocal) {
  // 1.0 in Q12.19: no bits over unit, reciprocal ~1.0 in Q0.31.
  int bits = -1;
  EXPECT_NEAR(tsq_get_reciprocal(1 << 19, 12, &bits), 2147483647.0, 4);
  EXPECT_EQ(bits, 0);
  // 3.0 in Q12.19: 2 = 1 bit over unit, 1/3 * 2^1 = 0.666.. in Q0.31.
  EXPECT_NEAR(tsq_get_reciprocal(3 << 19, 12, &bits), 2147483648.0 * 2 / 3, 4);
  EXPECT_EQ(bits, 1);
}

TEST(FixedPoint, Logistic) {
  EXPECT_EQ(tsq_logistic(0, 4), 1 << 30);
  for (int32_t raw = -(15 << 27); raw < (15 << 27); raw += 1234567) {
    const double a = raw / 134217728.0;
    ASSERT_NEAR(tsq_logistic(raw, 4) / 2147483648.0, 1.0 / (1.0 + std::exp(-a)), 1e-6) << a;
  }
}

TEST(FixedPoint, AveragePoolDivide) {
  // Round half away from zero of sum / count.
  EXPECT_EQ(tsq_average_pool_divide(5, 2), 3);
  EXPECT_EQ(tsq_average_pool_divide(-5, 2), -3);
  EXPECT_EQ(tsq_average_pool_divide(7, 3), 2);
  EXPECT_EQ(tsq_average_pool_divide(-8, 3), -3);
  EXPECT_EQ(tsq_average_pool_divide(0, 9), 0);
  for (int32_t sum = -128 * 49; sum <= 127 * 49; sum += 7) {
    for (int32_t count = 1; count <= 49; count += 6) {
      ASSERT_EQ(tsq_average_pool_divide(sum, count), static_cast<int32_t>(std::round(double(sum) / count)));
    }
  }
}

TEST(FixedPoint, AddInt8HandChecked) {
  // Both inputs scale 0.5 zp 0, output scale 1 zp 0: twice_max = 1.0,
  // input multipliers 0.5 -> (2^30, 0), output multiplier 1/2^20 ->
  // (2^30, -19). 3 + 4 (real 1.5 + 2.0 = 3.5) -> 4 (3.5 rounds up).
  tsq_add_params p{};
  p.left_shift = 20;
  p.input1_multiplier = p.input2_multiplier = 1 << 30;
  p.input1_shift = p.input2_shift = 0;
  p.output_multiplier = 1 << 30;
  p.output_shift = -19;
  p.activation_min = -128;
  p.activation_max = 127;
  EXPECT_EQ(tsq_add_int8(3, 4, &p), 4);
  EXPECT_EQ(tsq_add_int8(-3, -4, &p), -4);
  EXPECT_EQ(tsq_add_int8(127, 127, &p), 127);
  p.activation_max = 2;
  EXPECT_EQ(tsq_add_int8(127, 127, &p), 2);
}

}  // namespace
