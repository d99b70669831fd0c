#include "workloads/compiler/quant/op_params.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace tinysim::quant {

int32_t compute_out_size(PaddingMode padding, int32_t image_size, int32_t filter_size, int32_t stride,
                         int32_t dilation) {
  if (image_size < 0 || filter_size <= 0 || stride <= 0 || dilation <= 0) return -1;
  const int64_t effective_filter_size = (static_cast<int64_t>(filter_size) - 1) * dilation + 1;
  int64_t value = 0;
  if (padding == PaddingMode::Same) {
    value = (static_cast<int64_t>(image_size) + stride - 1) / stride;
  } else {
    value = (static_cast<int64_t>(image_size) + stride - effective_filter_size) / stride;
  }
  // TFLite's division truncates toward zero, so a filter larger than the
  // image by less than a stride still yields 0 (valid but empty); negative
  // sizes are errors. An empty output is useless to us: report it too.
  if (value <= 0 || value > std::numeric_limits<int32_t>::max()) return -1;
  return static_cast<int32_t>(value);
}

namespace {

// tflite::ComputePaddingWithOffsetChecked.
void padding_with_offset(int32_t stride, int32_t dilation, int32_t in_size, int32_t filter_size, int32_t out_size,
                         int32_t* padding, int32_t* offset) {
  const int64_t effective_filter_size = (static_cast<int64_t>(filter_size) - 1) * dilation + 1;
  int64_t total_padding = (static_cast<int64_t>(out_size) - 1) * stride + effective_filter_size - in_size;
  total_padding = total_padding > 0 ? total_padding : 0;
  *offset = static_cast<int32_t>(total_padding % 2);
  *padding = static_cast<int32_t>(total_padding / 2);
}

}  // namespace

PaddingValues compute_padding(PaddingMode padding, int32_t in_height, int32_t in_width, int32_t filter_height,
                              int32_t filter_width, int32_t stride_height, int32_t stride_width,
                              int32_t dilation_height, int32_t dilation_width) {
  PaddingValues p;
  p.out_width = compute_out_size(padding, in_width, filter_width, stride_width, dilation_width);
  p.out_height = compute_out_size(padding, in_height, filter_height, stride_height, dilation_height);
  if (p.out_width < 0 || p.out_height < 0) {
    throw std::invalid_argument("window " + std::to_string(filter_height) + "x" + std::to_string(filter_width) +
                                " stride " + std::to_string(stride_height) + "x" + std::to_string(stride_width) +
                                " dilation " + std::to_string(dilation_height) + "x" +
                                std::to_string(dilation_width) + " does not fit input " +
                                std::to_string(in_height) + "x" + std::to_string(in_width));
  }
  padding_with_offset(stride_height, dilation_height, in_height, filter_height, p.out_height, &p.height,
                      &p.height_offset);
  padding_with_offset(stride_width, dilation_width, in_width, filter_width, p.out_width, &p.width, &p.width_offset);
  return p;
}

ChannelMultipliers per_channel_multipliers(float input_scale, const std::vector<float>& filter_scales,
                                           float output_scale, int32_t num_channels) {
  if (filter_scales.empty() || (filter_scales.size() != 1 && static_cast<int64_t>(filter_scales.size()) != num_channels)) {
    throw std::invalid_argument("filter has " + std::to_string(filter_scales.size()) + " scales for " +
                                std::to_string(num_channels) + " output channels");
  }
  ChannelMultipliers out;
  out.multiplier.resize(num_channels);
  out.shift.resize(num_channels);
  const bool per_channel = filter_scales.size() > 1;
  for (int32_t c = 0; c < num_channels; ++c) {
    const double filter_scale = static_cast<double>(per_channel ? filter_scales[c] : filter_scales[0]);
    const double effective_output_scale =
        static_cast<double>(input_scale) * filter_scale / static_cast<double>(output_scale);
    const QuantizedMultiplier m = quantize_multiplier(effective_output_scale);
    out.multiplier[c] = m.multiplier;
    out.shift[c] = m.shift;
  }
  return out;
}

QuantizedMultiplier fully_connected_per_tensor_multiplier(float input_scale, float filter_scale, float output_scale) {
  // The product is a float; only then widened to double (kernel_util.cc).
  const float input_product_scale = input_scale * filter_scale;
  if (!(input_product_scale >= 0.0f)) {
    throw std::invalid_argument("input scale * filter scale is negative");
  }
  return quantize_multiplier(static_cast<double>(input_product_scale) / static_cast<double>(output_scale));
}

bool fully_connected_bias_scale_ok(float input_scale, float filter_scale, float bias_scale, float output_scale) {
  const double input_product_scale = static_cast<double>(input_scale) * static_cast<double>(filter_scale);
  const double scale_diff = std::abs(input_product_scale - static_cast<double>(bias_scale));
  return scale_diff / static_cast<double>(output_scale) <= 0.02;
}

tsq_add_params add_int8_params(float input1_scale, int32_t input1_zero_point, float input2_scale,
                               int32_t input2_zero_point, float output_scale, int32_t output_zero_point,
                               FusedActivation activation) {
  tsq_add_params p{};
  p.input1_offset = -input1_zero_point;
  p.input2_offset = -input2_zero_point;
  p.output_offset = output_zero_point;
  p.left_shift = 20;
  const double twice_max_input_scale = 2 * static_cast<double>(std::max(input1_scale, input2_scale));
  const double real_input1_multiplier = static_cast<double>(input1_scale) / twice_max_input_scale;
  const double real_input2_multiplier = static_cast<double>(input2_scale) / twice_max_input_scale;
  const double real_output_multiplier =
      twice_max_input_scale / ((1 << p.left_shift) * static_cast<double>(output_scale));
  const QuantizedMultiplier m1 = quantize_multiplier_smaller_than_one_exp(real_input1_multiplier);
  const QuantizedMultiplier m2 = quantize_multiplier_smaller_than_one_exp(real_input2_multiplier);
  const QuantizedMultiplier mo = quantize_multiplier_smaller_than_one_exp(real_output_multiplier);
  p.input1_multiplier = m1.multiplier;
  p.input1_shift = m1.shift;
  p.input2_multiplier = m2.multiplier;
  p.input2_shift = m2.shift;
  p.output_multiplier = mo.multiplier;
  p.output_shift = mo.shift;
  const ActivationRange r = activation_range_int8(activation, output_scale, output_zero_point);
  p.activation_min = r.min;
  p.activation_max = r.max;
  return p;
}

tsq_mul_params mul_int8_params(float input1_scale, int32_t input1_zero_point, float input2_scale,
                               int32_t input2_zero_point, float output_scale, int32_t output_zero_point,
                               FusedActivation activation) {
  tsq_mul_params p{};
  p.input1_offset = -input1_zero_point;
  p.input2_offset = -input2_zero_point;
  p.output_offset = output_zero_point;
  const double real_multiplier = static_cast<double>(input1_scale) * static_cast<double>(input2_scale) /
                                 static_cast<double>(output_scale);
  const QuantizedMultiplier m = quantize_multiplier(real_multiplier);
  p.output_multiplier = m.multiplier;
  p.output_shift = m.shift;
  const ActivationRange r = activation_range_int8(activation, output_scale, output_zero_point);
  p.activation_min = r.min;
  p.activation_max = r.max;
  return p;
}

SoftmaxInt8Params softmax_int8_params(float beta, float input_scale) {
  constexpr int kScaledDiffIntegerBits = 5;
  const QuantizedMultiplier m =
      preprocess_softmax_scaling(static_cast<double>(beta), static_cast<double>(input_scale), kScaledDiffIntegerBits);
  SoftmaxInt8Params p;
  p.input_multiplier = m.multiplier;
  p.input_left_shift = m.shift;
  // TFLite: diff_min = -1.0 * CalculateInputRadius(...), stored in an int.
  p.diff_min = -calculate_input_radius(kScaledDiffIntegerBits, m.shift);
  return p;
}

LogisticInt8Params logistic_int8_params(float input_scale, int32_t input_zero_point) {
  constexpr int kInputIntegerBits = 4;
  const double input_real_multiplier =
      static_cast<double>(input_scale) * static_cast<double>(1 << (31 - kInputIntegerBits));
  if (!(input_real_multiplier > 0.0) || !std::isfinite(input_real_multiplier)) {
    throw std::invalid_argument("logistic input scale " + std::to_string(input_scale) + " is not positive");
  }
  int left_shift = 0;
  const double q = std::frexp(input_real_multiplier, &left_shift);
  const int64_t q_fixed = static_cast<int64_t>(std::round(q * static_cast<double>(1LL << 31)));
  if (q_fixed > std::numeric_limits<int32_t>::max()) {
    throw std::invalid_argument("logistic input scale " + std::to_string(input_scale) +
                                " has a mantissa that rounds to 1.0 (TFLite Micro overflows its Q31 multiplier)");
  }
  if (left_shift < 0) {
    // CalculateInputRadius would shift by a negative amount in TFLite.
    throw std::invalid_argument("logistic input scale " + std::to_string(input_scale) + " is below 2^-28");
  }
  LogisticInt8Params p;
  p.input_zero_point = input_zero_point;
  p.input_multiplier = static_cast<int32_t>(q_fixed);
  p.input_left_shift = left_shift;
  p.input_range_radius = calculate_input_radius(kInputIntegerBits, left_shift, 31);
  return p;
}

QuantizedMultiplier mean_int8_multiplier(float input_scale, float output_scale, int64_t num_elements_in_axis) {
  if (num_elements_in_axis <= 0) {
    throw std::invalid_argument("MEAN over " + std::to_string(num_elements_in_axis) + " elements");
  }
  QuantizedMultiplier m =
      quantize_multiplier(static_cast<double>(input_scale) / static_cast<double>(output_scale));
  int shift = 63 - tsq_count_leading_zeros_u64(static_cast<uint64_t>(num_elements_in_axis));
  shift = std::min(shift, 32);
  shift = std::min(shift, 31 + m.shift);
  m.multiplier = static_cast<int32_t>((static_cast<int64_t>(m.multiplier) << shift) / num_elements_in_axis);
  m.shift = m.shift - shift;
  return m;
}

QuantizedMultiplier requantize_multiplier(float input_scale, float output_scale) {
  return quantize_multiplier(static_cast<double>(input_scale) / static_cast<double>(output_scale));
}

int8_t affine_quantize_int8(float value, float scale, int32_t zero_point) {
  // TFLite: static_cast<int32_t>(TfLiteRound(val / static_cast<float>(scale)))
  // + zero_point, then clamp. Values beyond int32 are clamped first so the
  // conversion stays defined; the int8 result is the same.
  float rounded = std::round(value / scale);
  if (std::isnan(rounded)) return static_cast<int8_t>(std::clamp<int32_t>(zero_point, -128, 127));
  rounded = std::clamp(rounded, -1.0e9f, 1.0e9f);
  const int32_t unclamped = static_cast<int32_t>(rounded) + zero_point;
  return static_cast<int8_t>(std::clamp<int32_t>(unclamped, -128, 127));
}

float dequantize_int8(int8_t q, float scale, int32_t zero_point) {
  const double s = static_cast<double>(scale);
  const int32_t v = static_cast<int32_t>(q) - zero_point;
  return static_cast<float>(s * v);
}

int8_t concatenation_requantize_int8(int8_t q, float input_scale, int32_t input_zero_point, float output_scale,
                                     int32_t output_zero_point) {
  const float inverse_output_scale = 1.f / output_scale;
  const float scale = input_scale * inverse_output_scale;
  const float bias = -input_zero_point * scale;
  float rounded = std::round(q * scale + bias);
  if (std::isnan(rounded)) rounded = 0.0f;
  rounded = std::clamp(rounded, -1.0e9f, 1.0e9f);
  const int32_t value = static_cast<int32_t>(rounded) + output_zero_point;
  return static_cast<int8_t>(std::clamp<int32_t>(value, -128, 127));
}

}  // namespace tinysim::quant
