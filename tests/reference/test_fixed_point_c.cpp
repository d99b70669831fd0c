// fixed_point.h compiled as C99 (fixed_point_c_build.c) must compute exactly
// what the C++ build computes: the firmware shares this arithmetic.
#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "workloads/compiler/quant/fixed_point.h"
#include "workloads/compiler/quant/op_params.h"

extern "C" {
int32_t tsq_c_multiply_by_quantized_multiplier(int32_t x, int32_t m, int shift);
int32_t tsq_c_exp_on_negative_values(int32_t a, int integer_bits);
int8_t tsq_c_logistic_int8(int8_t x, int32_t zp, int32_t radius, int32_t m, int32_t shift);
int tsq_c_softmax_int8_row(const int8_t* in, int8_t* out, int depth, int32_t m, int32_t shift, int32_t diff_min);
int8_t tsq_c_add_int8(int8_t x, int8_t y, const tsq_add_params* p);
int8_t tsq_c_mul_int8(int8_t x, int8_t y, const tsq_mul_params* p);
}

namespace {

TEST(FixedPointC, SameResultsAsCxx) {
  std::mt19937 rng(2024);
  std::uniform_int_distribution<int32_t> any(INT32_MIN, INT32_MAX);
  std::uniform_int_distribution<int32_t> acc(-(1 << 24), 1 << 24);
  std::uniform_int_distribution<int32_t> mult(1 << 30, INT32_MAX);
  std::uniform_int_distribution<int> shift(-31, 6);
  for (int i = 0; i < 20000; ++i) {
    const int32_t x = acc(rng), m = mult(rng);
    const int s = shift(rng);
    ASSERT_EQ(tsq_c_multiply_by_quantized_multiplier(x, m, s), tsq_multiply_by_quantized_multiplier(x, m, s));
    const int32_t a = -(any(rng) & 0x7fffffff);
    ASSERT_EQ(tsq_c_exp_on_negative_values(a, 5), tsq_exp_on_negative_values(a, 5));
  }
  const auto lp = tinysim::quant::logistic_int8_params(0.07f, 3);
  for (int v = -128; v < 128; ++v) {
    const int8_t q = static_cast<int8_t>(v);
    ASSERT_EQ(tsq_c_logistic_int8(q, lp.input_zero_point, lp.input_range_radius, lp.input_multiplier,
                                  lp.input_left_shift),
              tsq_logistic_int8(q, lp.input_zero_point, lp.input_range_radius, lp.input_multiplier,
                                lp.input_left_shift));
  }
  const auto add = tinysim::quant::add_int8_params(0.05f, -3, 0.11f, 7, 0.13f, 2,
                                                   tinysim::quant::FusedActivation::Relu6);
  const auto mul = tinysim::quant::mul_int8_params(0.05f, -3, 0.11f, 7, 0.02f, 2,
                                                   tinysim::quant::FusedActivation::None);
  for (int a = -128; a < 128; a += 3) {
    for (int b = -128; b < 128; ++b) {
      ASSERT_EQ(tsq_c_add_int8(static_cast<int8_t>(a), static_cast<int8_t>(b), &add),
                tsq_add_int8(static_cast<int8_t>(a), static_cast<int8_t>(b), &add));
      ASSERT_EQ(tsq_c_mul_int8(static_cast<int8_t>(a), static_cast<int8_t>(b), &mul),
                tsq_mul_int8(static_cast<int8_t>(a), static_cast<int8_t>(b), &mul));
    }
  }
  const auto sp = tinysim::quant::softmax_int8_params(1.0f, 0.0625f);
  std::uniform_int_distribution<int> byte(-128, 127);
  for (int row = 0; row < 200; ++row) {
    std::vector<int8_t> in(1 + row % 40), out_c(in.size()), out_cpp(in.size());
    for (auto& v : in) v = static_cast<int8_t>(byte(rng));
    const int depth = static_cast<int>(in.size());
    ASSERT_EQ(tsq_c_softmax_int8_row(in.data(), out_c.data(), depth, sp.input_multiplier, sp.input_left_shift,
                                     sp.diff_min),
              0);
    ASSERT_EQ(tsq_softmax_int8_row(in.data(), out_cpp.data(), depth, sp.input_multiplier, sp.input_left_shift,
                                   sp.diff_min),
              0);
    ASSERT_EQ(out_c, out_cpp);
  }
}

}  // namespace
