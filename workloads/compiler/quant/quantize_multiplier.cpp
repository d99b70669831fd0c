#include "workloads/compiler/quant/quantize_multiplier.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace tinysim::quant {

QuantizedMultiplier quantize_multiplier(double real_multiplier) {
  if (!std::isfinite(real_multiplier)) {
    throw std::invalid_argument("quantize_multiplier: multiplier " + std::to_string(real_multiplier) +
                                " is not finite");
  }
  QuantizedMultiplier out;
  if (real_multiplier == 0.0) return out;
  int shift = 0;
  const double q = std::frexp(real_multiplier, &shift);
  // TfLiteRound is std::round: half away from zero.
  int64_t q_fixed = static_cast<int64_t>(std::round(q * static_cast<double>(1LL << 31)));
  if (q_fixed == (1LL << 31)) {
    // q rounded up to exactly 1.0: renormalise to 0.5 * 2^(shift + 1).
    q_fixed /= 2;
    ++shift;
  }
  // Shifts below -31 would shift every bit out; TFLite flushes those
  // multipliers to zero instead (roughly |M| < 2^-31).
  if (shift < -31) {
    shift = 0;
    q_fixed = 0;
  }
  out.multiplier = static_cast<int32_t>(q_fixed);
  out.shift = shift;
  return out;
}

QuantizedMultiplier quantize_multiplier_smaller_than_one_exp(double real_multiplier) {
  if (!(real_multiplier < 1.0 && real_multiplier > 0.0)) {
    throw std::invalid_argument("quantize_multiplier_smaller_than_one_exp: multiplier " +
                                std::to_string(real_multiplier) + " is not in (0, 1)");
  }
  QuantizedMultiplier out = quantize_multiplier(real_multiplier);
  if (out.shift > 0) {
    throw std::invalid_argument("quantize_multiplier_smaller_than_one_exp: shift " + std::to_string(out.shift) +
                                " is positive");
  }
  return out;
}

QuantizedMultiplier quantize_multiplier_greater_than_one(double real_multiplier) {
  if (!(real_multiplier > 1.0)) {
    throw std::invalid_argument("quantize_multiplier_greater_than_one: multiplier " +
                                std::to_string(real_multiplier) + " is not > 1");
  }
  QuantizedMultiplier out = quantize_multiplier(real_multiplier);
  if (out.shift < 0) {
    throw std::invalid_argument("quantize_multiplier_greater_than_one: shift " + std::to_string(out.shift) +
                                " is negative");
  }
  return out;
}

int32_t calculate_input_radius(int input_integer_bits, int input_left_shift, int total_signed_bits) {
  if (input_integer_bits < 0 || input_integer_bits > 30 || total_signed_bits < input_integer_bits ||
      total_signed_bits > 62 || input_left_shift < 0 || input_left_shift > 62) {
    throw std::invalid_argument("calculate_input_radius: integer bits " + std::to_string(input_integer_bits) +
                                ", left shift " + std::to_string(input_left_shift) + ", total bits " +
                                std::to_string(total_signed_bits) + " out of range");
  }
  const double max_input_rescaled = 1.0 * ((1 << input_integer_bits) - 1) *
                                    static_cast<double>(1LL << (total_signed_bits - input_integer_bits)) /
                                    static_cast<double>(1LL << input_left_shift);
  // floor: the radius must stay strictly inside the representable range.
  return static_cast<int32_t>(std::floor(max_input_rescaled));
}

QuantizedMultiplier preprocess_softmax_scaling(double beta, double input_scale, int input_integer_bits) {
  if (input_integer_bits < 0 || input_integer_bits > 30) {
    throw std::invalid_argument("preprocess_softmax_scaling: integer bits " + std::to_string(input_integer_bits) +
                                " out of range");
  }
  const double max_real_multiplier = static_cast<double>((1LL << 31) - 1);
  // Same evaluation order as TFLite: (beta * input_scale) * 2^(31 - bits).
  const double input_beta_real_multiplier =
      std::min<double>(beta * input_scale * (1 << (31 - input_integer_bits)), max_real_multiplier);
  return quantize_multiplier_greater_than_one(input_beta_real_multiplier);
}

namespace {

// tflite::(anonymous)::Quantize in kernel_util.cc: zero_point + round(f/scale)
// with float arithmetic.
int32_t quantize_activation_bound(float scale, int32_t zero_point, float f) {
  const float tmp = std::round(f / scale);
  const bool fits = tmp >= static_cast<float>(std::numeric_limits<int32_t>::min()) &&
                    tmp <= static_cast<float>(std::numeric_limits<int32_t>::max());
  if (!fits || std::isnan(tmp)) {
    throw std::invalid_argument("activation bound " + std::to_string(f) + " / output scale " +
                                std::to_string(scale) + " does not fit int32");
  }
  // The float bound 2^31 passes TFLite's check; saturate instead of relying
  // on an out-of-range conversion.
  const int64_t q = tmp >= 2147483648.0f ? std::numeric_limits<int32_t>::max() : static_cast<int64_t>(tmp);
  return static_cast<int32_t>(std::clamp<int64_t>(zero_point + q, std::numeric_limits<int32_t>::min(),
                                                  std::numeric_limits<int32_t>::max()));
}

}  // namespace

ActivationRange activation_range_int8(FusedActivation activation, float output_scale, int32_t output_zero_point) {
  constexpr int32_t qmin = -128;
  constexpr int32_t qmax = 127;
  ActivationRange r{qmin, qmax};
  switch (activation) {
    case FusedActivation::None:
      break;
    case FusedActivation::Relu:
      r.min = std::max(qmin, quantize_activation_bound(output_scale, output_zero_point, 0.0f));
      break;
    case FusedActivation::Relu6:
      r.min = std::max(qmin, quantize_activation_bound(output_scale, output_zero_point, 0.0f));
      r.max = std::min(qmax, quantize_activation_bound(output_scale, output_zero_point, 6.0f));
      break;
    case FusedActivation::ReluN1To1:
      r.min = std::max(qmin, quantize_activation_bound(output_scale, output_zero_point, -1.0f));
      r.max = std::min(qmax, quantize_activation_bound(output_scale, output_zero_point, 1.0f));
      break;
  }
  return r;
}

}  // namespace tinysim::quant
