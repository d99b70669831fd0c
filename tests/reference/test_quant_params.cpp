// Host-side quantisation helpers (quantize_multiplier.h, op_params.h):
// TFLite's QuantizeMultiplier edge cases, activation ranges, padding and the
// per-operator Prepare computations.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>

#include "workloads/compiler/quant/op_params.h"

namespace {

using namespace tinysim::quant;

QuantizedMultiplier qm(int32_t m, int32_t s) { return QuantizedMultiplier{m, s}; }

TEST(QuantizeMultiplier, ZeroIsZero) { EXPECT_EQ(quantize_multiplier(0.0), qm(0, 0)); }

TEST(QuantizeMultiplier, PowersOfTwoAndOne) {
  // M = q * 2^(shift - 31) with q in [2^30, 2^31).
  EXPECT_EQ(quantize_multiplier(1.0), qm(1 << 30, 1));
  EXPECT_EQ(quantize_multiplier(2.0), qm(1 << 30, 2));
  EXPECT_EQ(quantize_multiplier(0.5), qm(1 << 30, 0));
  EXPECT_EQ(quantize_multiplier(0.25), qm(1 << 30, -1));
  EXPECT_EQ(quantize_multiplier(1.5), qm(3 << 29, 1));
  EXPECT_EQ(quantize_multiplier(1000.0), qm(2097152000, 10));  // 1000/1024 * 2^31
}

TEST(QuantizeMultiplier, RoundsHalfAwayAndRenormalises) {
  // 1 - 2^-40: the mantissa rounds up to exactly 2^31, which TFLite turns
  // into (2^30, shift + 1).
  EXPECT_EQ(quantize_multiplier(1.0 - std::ldexp(1.0, -40)), qm(1 << 30, 1));
  // 0.5 + 2^-33 = (2^30 + 0.25) * 2^-31: rounds down; + 2^-32 is a tie
  // (2^30 + 0.5) and rounds away from zero.
  EXPECT_EQ(quantize_multiplier(0.5 + std::ldexp(1.0, -33)), qm(1 << 30, 0));
  EXPECT_EQ(quantize_multiplier(0.5 + std::ldexp(1.0, -32)), qm((1 << 30) + 1, 0));
}

TEST(QuantizeMultiplier, TinyScalesFlushToZero) {
  // 2^-32 still fits (shift -31); 2^-33 and smaller would need shift < -31.
  EXPECT_EQ(quantize_multiplier(std::ldexp(1.0, -32)), qm(1 << 30, -31));
  EXPECT_EQ(quantize_multiplier(std::ldexp(1.0, -33)), qm(0, 0));
  EXPECT_EQ(quantize_multiplier(1e-12), qm(0, 0));
  EXPECT_EQ(quantize_multiplier(std::numeric_limits<double>::denorm_min()), qm(0, 0));
}

TEST(QuantizeMultiplier, LargeAndNegative) {
  // Scales >= 1 give positive (left) shifts.
  EXPECT_EQ(quantize_multiplier(3.0), qm(3 << 29, 2));
  EXPECT_EQ(quantize_multiplier(std::ldexp(1.0, 20)), qm(1 << 30, 21));
  // Negative multipliers are allowed by TFLite's double-rounding build.
  EXPECT_EQ(quantize_multiplier(-0.5), qm(-(1 << 30), 0));
  EXPECT_THROW(quantize_multiplier(std::nan("")), std::invalid_argument);
  EXPECT_THROW(quantize_multiplier(INFINITY), std::invalid_argument);
}

TEST(QuantizeMultiplier, TypicalScaleReconstructs) {
  // Any M in range is represented to within one part in 2^31.
  for (double m = 1e-9; m < 1e4; m *= 1.37) {
    const QuantizedMultiplier q = quantize_multiplier(m);
    ASSERT_GE(q.multiplier, 1 << 30) << m;
    const double back = std::ldexp(static_cast<double>(q.multiplier), q.shift - 31);
    ASSERT_NEAR(back / m, 1.0, 1.0 / (1u << 30)) << m;
  }
}

TEST(QuantizeMultiplier, SmallerThanOneAndGreaterThanOne) {
  EXPECT_EQ(quantize_multiplier_smaller_than_one_exp(0.25), qm(1 << 30, -1));
  EXPECT_THROW(quantize_multiplier_smaller_than_one_exp(1.0), std::invalid_argument);
  EXPECT_THROW(quantize_multiplier_smaller_than_one_exp(0.0), std::invalid_argument);
  EXPECT_EQ(quantize_multiplier_greater_than_one(3.0), qm(3 << 29, 2));
  EXPECT_THROW(quantize_multiplier_greater_than_one(1.0), std::invalid_argument);
}

TEST(QuantizeMultiplier, InputRadiusAndSoftmaxScaling) {
  // (2^5 - 1) * 2^26 / 2^19 = 31 * 128.
  EXPECT_EQ(calculate_input_radius(5, 19), 3968);
  // Logistic: (2^4 - 1) * 2^27 / 2^24 = 120.
  EXPECT_EQ(calculate_input_radius(4, 24), 120);
  EXPECT_EQ(calculate_input_radius(4, 31), 0);  // floor(0.9375)
  EXPECT_THROW(calculate_input_radius(4, -1), std::invalid_argument);
  // beta * scale * 2^26 = 2^26 / 16 = 2^22 -> (2^30, 23).
  EXPECT_EQ(preprocess_softmax_scaling(1.0, 0.0625, 5), qm(1 << 30, 23));
  // Capped at 2^31 - 1 for huge beta * scale.
  EXPECT_EQ(preprocess_softmax_scaling(1.0, 1e6, 5), qm(2147483647, 31));
  EXPECT_THROW(preprocess_softmax_scaling(1.0, 1e-9, 5), std::invalid_argument);
}

TEST(ActivationRange, QuantisedBounds) {
  using FA = FusedActivation;
  EXPECT_EQ(activation_range_int8(FA::None, 0.1f, 5), (ActivationRange{-128, 127}));
  EXPECT_EQ(activation_range_int8(FA::Relu, 0.1f, 5), (ActivationRange{5, 127}));
  // Relu6: 6 / (1/32) = 192 + (-100) = 92.
  EXPECT_EQ(activation_range_int8(FA::Relu6, 1.0f / 32, -100), (ActivationRange{-100, 92}));
  // Relu6 with a range wider than int8 clamps to 127.
  EXPECT_EQ(activation_range_int8(FA::Relu6, 0.01f, -128), (ActivationRange{-128, 127}));
  // ReluN1To1: -1/0.1 = -10, 1/0.1 = 10 around zero point 3.
  EXPECT_EQ(activation_range_int8(FA::ReluN1To1, 0.1f, 3), (ActivationRange{-7, 13}));
  // 6 / 0.04f is 150.0000034, 150 in float: -128 + 150 = 22.
  EXPECT_EQ(activation_range_int8(FA::Relu6, 0.04f, -128), (ActivationRange{-128, 22}));
  // A zero point above the Relu6 bound (degenerate but legal).
  EXPECT_EQ(activation_range_int8(FA::Relu, 0.5f, -128), (ActivationRange{-128, 127}));
}

TEST(Padding, SameAndValid) {
  // SAME, 5 wide, filter 3, stride 2: out 3, total padding (3-1)*2+3-5 = 2.
  PaddingValues p = compute_padding(PaddingMode::Same, 5, 5, 3, 3, 2, 2);
  EXPECT_EQ(p.out_height, 3);
  EXPECT_EQ(p.height, 1);
  EXPECT_EQ(p.height_offset, 0);
  // SAME, 4 wide, filter 3, stride 2: out 2, total 1 -> 0 before, 1 after.
  p = compute_padding(PaddingMode::Same, 4, 4, 3, 3, 2, 2);
  EXPECT_EQ(p.out_width, 2);
  EXPECT_EQ(p.width, 0);
  EXPECT_EQ(p.width_offset, 1);
  // Dilation 2 makes a 3-tap filter 5 wide.
  p = compute_padding(PaddingMode::Same, 7, 7, 3, 3, 1, 1, 2, 2);
  EXPECT_EQ(p.out_height, 7);
  EXPECT_EQ(p.height, 2);
  p = compute_padding(PaddingMode::Valid, 7, 6, 3, 2, 2, 1, 2, 1);
  EXPECT_EQ(p.out_height, 2);  // (7 + 2 - 5) / 2
  EXPECT_EQ(p.out_width, 5);
  EXPECT_EQ(p.height, 0);
  EXPECT_THROW(compute_padding(PaddingMode::Valid, 2, 2, 3, 3, 1, 1), std::invalid_argument);
  EXPECT_THROW(compute_padding(PaddingMode::Same, 4, 4, 3, 3, 0, 1), std::invalid_argument);
}

TEST(OpParams, PerChannelAndFullyConnectedMultipliers) {
  const ChannelMultipliers m = per_channel_multipliers(0.5f, {1.0f, 2.0f}, 0.5f, 2);
  EXPECT_EQ(m.multiplier, (std::vector<int32_t>{1 << 30, 1 << 30}));
  EXPECT_EQ(m.shift, (std::vector<int32_t>{1, 2}));
  // A per-tensor scale is repeated for every channel.
  EXPECT_EQ(per_channel_multipliers(0.5f, {1.0f}, 0.5f, 3).shift, (std::vector<int32_t>{1, 1, 1}));
  EXPECT_THROW(per_channel_multipliers(0.5f, {1.0f, 2.0f}, 0.5f, 3), std::invalid_argument);
  // Per-tensor FULLY_CONNECTED multiplies the scales in float first. With
  // s_in = 0.1f and s_w = 0.3f the float product rounds differently from
  // the double product, and so does the multiplier.
  const float s_in = 0.1f, s_w = 0.3f, s_out = 0.7f;
  const QuantizedMultiplier via_float = fully_connected_per_tensor_multiplier(s_in, s_w, s_out);
  const QuantizedMultiplier via_double =
      quantize_multiplier(static_cast<double>(s_in) * static_cast<double>(s_w) / static_cast<double>(s_out));
  EXPECT_EQ(via_float, quantize_multiplier(static_cast<double>(s_in * s_w) / static_cast<double>(s_out)));
  EXPECT_NE(via_float.multiplier, via_double.multiplier);
  EXPECT_EQ(via_float.shift, via_double.shift);
}

TEST(OpParams, AddAndMul) {
  const tsq_add_params a = add_int8_params(0.5f, -3, 0.25f, 4, 1.0f, 7, FusedActivation::Relu);
  EXPECT_EQ(a.left_shift, 20);
  EXPECT_EQ(a.input1_offset, 3);
  EXPECT_EQ(a.input2_offset, -4);
  EXPECT_EQ(a.output_offset, 7);
  // twice_max = 1.0: input1 0.5 -> (2^30, 0), input2 0.25 -> (2^30, -1),
  // output 1 / (2^20 * 1.0) -> (2^30, -19).
  EXPECT_EQ(a.input1_multiplier, 1 << 30);
  EXPECT_EQ(a.input1_shift, 0);
  EXPECT_EQ(a.input2_multiplier, 1 << 30);
  EXPECT_EQ(a.input2_shift, -1);
  EXPECT_EQ(a.output_multiplier, 1 << 30);
  EXPECT_EQ(a.output_shift, -19);
  EXPECT_EQ(a.activation_min, 7);
  EXPECT_EQ(a.activation_max, 127);
  const tsq_mul_params m = mul_int8_params(0.5f, 0, 0.25f, 0, 0.0625f, -1, FusedActivation::None);
  EXPECT_EQ(m.output_multiplier, 1 << 30);  // 2.0
  EXPECT_EQ(m.output_shift, 2);
}

TEST(OpParams, SoftmaxAndLogistic) {
  // CMSIS-NN's softmax test data (TestData/softmax/config_data.h, generated
  // from TFLite 2.6): input scale 1/255, beta 1 -> these parameters.
  const SoftmaxInt8Params s = softmax_int8_params(1.0f, 1.0f / 255.0f);
  EXPECT_EQ(s.input_multiplier, 1077952640);
  EXPECT_EQ(s.input_left_shift, 19);
  EXPECT_EQ(s.diff_min, -3968);
  // Logistic: 0.1f is exactly 13421773 * 2^-27, so 0.1f * 2^27 = 13421773
  // = 0.8000000119 * 2^24 and the Q31 mantissa is 13421773 * 2^7.
  const LogisticInt8Params l = logistic_int8_params(0.1f, 5);
  EXPECT_EQ(l.input_left_shift, 24);
  EXPECT_EQ(l.input_multiplier, 1717986944);
  EXPECT_EQ(l.input_range_radius, 120);
  EXPECT_EQ(l.input_zero_point, 5);
  EXPECT_THROW(logistic_int8_params(1e-10f, 0), std::invalid_argument);
}

TEST(OpParams, MeanMultiplierFoldsTheCount) {
  // s_in / s_out = 1 -> (2^30, 1); n = 4: shift_adj = 2, multiplier
  // (2^30 << 2) / 4 = 2^30, shift 1 - 2 = -1: i.e. 1/4.
  EXPECT_EQ(mean_int8_multiplier(0.5f, 0.5f, 4), qm(1 << 30, -1));
  // n = 3: shift_adj = 1, (2^30 << 1) / 3 = 715827882, shift 0.
  EXPECT_EQ(mean_int8_multiplier(0.5f, 0.5f, 3), qm(715827882, 0));
  // n = 49 (7x7 global pool): shift_adj 5, (2^30 << 5) / 49.
  EXPECT_EQ(mean_int8_multiplier(1.0f, 1.0f, 49), qm(static_cast<int32_t>((int64_t{1} << 35) / 49), -4));
  EXPECT_THROW(mean_int8_multiplier(1.0f, 1.0f, 0), std::invalid_argument);
}

TEST(OpParams, QuantizeDequantizeConcat) {
  EXPECT_EQ(affine_quantize_int8(1.0f, 0.5f, 3), 5);
  EXPECT_EQ(affine_quantize_int8(-0.25f, 0.5f, 0), -1);  // -0.5 rounds away from zero
  EXPECT_EQ(affine_quantize_int8(0.25f, 0.5f, 0), 1);
  EXPECT_EQ(affine_quantize_int8(1e30f, 0.5f, 0), 127);
  EXPECT_EQ(affine_quantize_int8(-1e30f, 0.5f, 0), -128);
  EXPECT_EQ(affine_quantize_int8(std::nanf(""), 0.5f, 9), 9);
  EXPECT_EQ(dequantize_int8(5, 0.5f, 3), 1.0f);
  EXPECT_EQ(dequantize_int8(-128, 0.1f, 0), static_cast<float>(0.1f * -128.0));
  // Same scale and zero point pass through; otherwise round(q*s + b) + zp.
  EXPECT_EQ(concatenation_requantize_int8(10, 0.5f, 2, 0.25f, -1), 15);  // (10-2)*2 - 1
  EXPECT_EQ(concatenation_requantize_int8(127, 1.0f, 0, 0.5f, 0), 127);  // clamps
  EXPECT_EQ(requantize_multiplier(0.5f, 0.25f), qm(1 << 30, 2));
}

}  // namespace
