// Host-side (double precision) parts of TensorFlow Lite's int8 quantisation:
// turning real scale ratios into the int32 multiplier + shift pairs that the
// fixed-point kernels (fixed_point.h) consume, and the scalar helpers TFLite's
// Prepare() functions use. The compiler calls these to precompute the
// constants it stores for the firmware; the reference interpreter calls the
// same functions, so both see identical multipliers.
//
// Every function names the TFLite function it reproduces (read from
// tensorflow/lite/kernels/internal/quantization_util.cc and
// tensorflow/lite/kernels/kernel_util.cc; TFLITE_SINGLE_ROUNDING=0 and
// TFLITE_EMULATE_FLOAT undefined, TFLite's defaults). Invalid arguments that
// make TFLite abort (TFLITE_CHECK) throw std::invalid_argument here.
#pragma once

#include <cstdint>

namespace tinysim::quant {

// A real multiplier M represented as quantized_multiplier * 2^(shift - 31),
// quantized_multiplier in [2^30, 2^31) (or 0 when M == 0 or |M| < 2^-31).
// shift > 0 means "shift left", TFLite's convention for int8 kernels.
struct QuantizedMultiplier {
  int32_t multiplier = 0;
  int32_t shift = 0;
  bool operator==(const QuantizedMultiplier&) const = default;
};

// tflite::QuantizeMultiplier: frexp, round half away from zero of q * 2^31,
// renormalise q == 2^31, and flush multipliers needing shift < -31 to zero.
// Throws std::invalid_argument for NaN or infinite input.
QuantizedMultiplier quantize_multiplier(double real_multiplier);

// tflite::QuantizeMultiplierSmallerThanOneExp: requires 0 < M < 1; the
// returned shift is <= 0 (a right shift).
QuantizedMultiplier quantize_multiplier_smaller_than_one_exp(double real_multiplier);

// tflite::QuantizeMultiplierGreaterThanOne: requires M > 1; shift >= 0.
QuantizedMultiplier quantize_multiplier_greater_than_one(double real_multiplier);

// tflite::CalculateInputRadius(input_integer_bits, input_left_shift,
// total_signed_bits): the largest |input difference| that cannot overflow
// once multiplied by a multiplier with this left shift. Computed in double
// with floor, as TFLite does without TFLITE_EMULATE_FLOAT.
int32_t calculate_input_radius(int input_integer_bits, int input_left_shift, int total_signed_bits = 31);

// tflite::PreprocessSoftmaxScaling(beta, input_scale, input_integer_bits):
// beta * input_scale * 2^(31 - input_integer_bits), capped at 2^31 - 1, as a
// multiplier greater than one. Throws when that product is not > 1.
QuantizedMultiplier preprocess_softmax_scaling(double beta, double input_scale, int input_integer_bits);

// Fused activation of CONV_2D, DEPTHWISE_CONV_2D, FULLY_CONNECTED, ADD, MUL
// and the pooling operators (TfLiteFusedActivation subset TFLite's int8
// kernels support).
enum class FusedActivation : uint8_t { None, Relu, ReluN1To1, Relu6 };

struct ActivationRange {
  int32_t min = -128;
  int32_t max = 127;
  bool operator==(const ActivationRange&) const = default;
};

// tflite::CalculateActivationRangeQuantized for an int8 output: the real
// bounds of the activation quantised with the output scale/zero point
// (zero_point + round(f / scale) in float, round half away from zero) and
// clamped to [-128, 127]. Throws std::invalid_argument when the quantised
// bound overflows int32 (TFLite's Quantize() returns an error there).
ActivationRange activation_range_int8(FusedActivation activation, float output_scale, int32_t output_zero_point);

}  // namespace tinysim::quant
