// Per-operator "Prepare" computations of TensorFlow Lite's int8 kernels:
// everything that is derived once from tensor scales / zero points / shapes
// and then used by the integer-only Eval (fixed_point.h). The compiler stores
// these numbers in the per-target blob; the reference interpreter uses the
// same functions, so firmware and oracle start from identical constants.
//
// Inputs are plain numbers (float scales exactly as stored in the model,
// int32 zero points), not IR objects, so any front end can use them. Each
// function names the TFLite (and TFLite Micro, where it is the one that
// matters for microcontrollers) function it reproduces. Parameter
// combinations TFLite rejects throw std::invalid_argument.
#pragma once

#include <cstdint>
#include <vector>

#include "workloads/compiler/quant/fixed_point.h"
#include "workloads/compiler/quant/quantize_multiplier.h"

namespace tinysim::quant {

// ---- padding (tensorflow/lite/kernels/padding.h) ----

enum class PaddingMode : uint8_t { Same, Valid };

// tflite::ComputeOutSize: output extent of a window operator. Returns -1
// when the arguments are invalid (stride/dilation/filter <= 0 or an empty
// VALID result), where TFLite reports an error.
int32_t compute_out_size(PaddingMode padding, int32_t image_size, int32_t filter_size, int32_t stride,
                         int32_t dilation);

struct PaddingValues {
  int32_t height = 0, width = 0;                // padding before (top / left)
  int32_t height_offset = 0, width_offset = 0;  // extra padding after (bottom / right)
  int32_t out_height = 0, out_width = 0;
};

// tflite::ComputePaddingHeightWidth: output size and the top/left padding
// (SAME pads total = (out-1)*stride + effective_filter - in, the odd pixel
// at the bottom/right). Throws for invalid arguments.
PaddingValues compute_padding(PaddingMode padding, int32_t in_height, int32_t in_width, int32_t filter_height,
                              int32_t filter_width, int32_t stride_height, int32_t stride_width,
                              int32_t dilation_height = 1, int32_t dilation_width = 1);

// ---- CONV_2D / DEPTHWISE_CONV_2D / FULLY_CONNECTED ----

struct ChannelMultipliers {
  std::vector<int32_t> multiplier;
  std::vector<int32_t> shift;
};

// tflite::PopulateConvolutionQuantizationParams (kernel_util.cc) for int8:
// per output channel, QuantizeMultiplier(double(input_scale) *
// double(filter_scale[c]) / double(output_scale)); a per-tensor filter
// (filter_scales.size() == 1) repeats its scale for every channel. Used by
// CONV_2D, DEPTHWISE_CONV_2D and per-channel FULLY_CONNECTED (TFLite Micro
// CalculateOpDataFullyConnected uses the same double product).
ChannelMultipliers per_channel_multipliers(float input_scale, const std::vector<float>& filter_scales,
                                           float output_scale, int32_t num_channels);

// tflite::GetQuantizedConvolutionMultipler (kernel_util.cc), the per-tensor
// FULLY_CONNECTED path: the input and filter scales are multiplied in FLOAT
// precision before the division in double, so the multiplier can differ in
// its last bit from per_channel_multipliers() for the same scales.
QuantizedMultiplier fully_connected_per_tensor_multiplier(float input_scale, float filter_scale, float output_scale);

// The bias-scale sanity check of GetQuantizedConvolutionMultipler: TFLite
// rejects a FULLY_CONNECTED whose bias scale differs from input*filter scale
// by more than 2% of the output scale. Returns true when acceptable.
bool fully_connected_bias_scale_ok(float input_scale, float filter_scale, float bias_scale, float output_scale);

// ---- ADD / MUL ----

// TFLite Micro CalculateOpDataAdd / TFLite add.cc Prepare for int8:
// left_shift = 20, inputs rescaled to twice the larger input scale with
// QuantizeMultiplierSmallerThanOneExp, output multiplier
// 2*max_scale / (2^20 * output_scale).
tsq_add_params add_int8_params(float input1_scale, int32_t input1_zero_point, float input2_scale,
                               int32_t input2_zero_point, float output_scale, int32_t output_zero_point,
                               FusedActivation activation);

// TFLite Micro CalculateOpDataMul / TFLite mul.cc Prepare for int8:
// QuantizeMultiplier(double(s1) * double(s2) / double(s_out)).
tsq_mul_params mul_int8_params(float input1_scale, int32_t input1_zero_point, float input2_scale,
                               int32_t input2_zero_point, float output_scale, int32_t output_zero_point,
                               FusedActivation activation);

// ---- SOFTMAX / LOGISTIC ----

struct SoftmaxInt8Params {
  int32_t input_multiplier = 0;
  int32_t input_left_shift = 0;
  int32_t diff_min = 0;  // input differences below this give exp() == 0
};

// TFLite Micro CalculateSoftmaxParams for int8 -> int8 (the fixed-point
// reference_ops::Softmax path): PreprocessSoftmaxScaling(beta, input_scale,
// kScaledDiffIntegerBits = 5) and diff_min = -CalculateInputRadius(5,
// left_shift). The output must have scale 1/256 and zero point -128.
SoftmaxInt8Params softmax_int8_params(float beta, float input_scale);

struct LogisticInt8Params {
  int32_t input_zero_point = 0;
  int32_t input_multiplier = 0;
  int32_t input_left_shift = 0;
  int32_t input_range_radius = 0;
};

// TFLite Micro CalculateArithmeticOpDataLogistic for int8:
// frexp(input_scale * 2^27) rounded to a Q31 multiplier (note: without
// QuantizeMultiplier's renormalisation of a mantissa that rounds to 1.0;
// that case throws here since TFLite's result is then platform dependent),
// input_range_radius = CalculateInputRadius(4, left_shift, 31).
LogisticInt8Params logistic_int8_params(float input_scale, int32_t input_zero_point);

// ---- MEAN / QUANTIZE / DEQUANTIZE / pooling ----

// reference_ops::QuantizedMeanOrSum (reduce.h) with compute_sum = false:
// QuantizeMultiplier(double(input_scale) / double(output_scale)) (MEAN
// Prepare), then the division by the number of reduced elements folded into
// the multiplier: shift_adj = min(floor(log2(n)), 32, 31 + shift),
// multiplier = (multiplier << shift_adj) / n, shift -= shift_adj.
QuantizedMultiplier mean_int8_multiplier(float input_scale, float output_scale, int64_t num_elements_in_axis);

// TFLite QUANTIZE int8 -> int8 Prepare: QuantizeMultiplier(double(s_in) /
// double(s_out)) for reference_ops::Requantize.
QuantizedMultiplier requantize_multiplier(float input_scale, float output_scale);

// reference_ops::AffineQuantize<float, int8_t>: round(value / scale) in float
// (half away from zero) + zero_point, clamped to int8. NaN maps to the zero
// point (TFLite's float -> int conversion of NaN is undefined).
int8_t affine_quantize_int8(float value, float scale, int32_t zero_point);

// reference_ops::Dequantize<int8_t, float>: float(double(scale) * (q - zero_point)).
float dequantize_int8(int8_t q, float scale, int32_t zero_point);

// reference_ops::ConcatenationWithScaling element (TFLite's requantising
// concatenation, used there for uint8; TFLite's int8 CONCATENATION rejects
// inputs whose quantisation differs from the output, so this is the closest
// TFLite arithmetic): scale = in_scale * (1/out_scale), bias =
// -in_zero_point * scale, round(q * scale + bias) + out_zero_point, all in
// float, clamped to int8.
int8_t concatenation_requantize_int8(int8_t q, float input_scale, int32_t input_zero_point, float output_scale,
                                     int32_t output_zero_point);

}  // namespace tinysim::quant
