// The Eval half of the reference int8 window operators, on raw arrays and
// already-prepared parameters (multipliers, shifts, offsets, padding), so
// they can also be driven directly by tests and tools that start from the
// numbers a target uses (e.g. CMSIS-NN test vectors). The interpreter's
// operator kernels prepare these parameters from the model and call them.
//
// Each loop nest is that of the TFLite reference kernel it names; layouts
// are TFLite's: activations NHWC, CONV_2D filter OHWI, DEPTHWISE_CONV_2D
// filter 1HWC, FULLY_CONNECTED filter [units, depth].
#pragma once

#include <cstdint>
#include <vector>

namespace tinysim::reference::kernels {

struct ConvShape {
  int32_t batches = 1, in_h = 1, in_w = 1, in_c = 1;
  int32_t filter_h = 1, filter_w = 1;
  int32_t filter_in_c = 1;  // CONV_2D only: in_c / groups
  int32_t out_h = 1, out_w = 1, out_c = 1;
  int32_t stride_h = 1, stride_w = 1, dilation_h = 1, dilation_w = 1;
  int32_t pad_h = 0, pad_w = 0;  // top / left padding
};

// Requantisation of the int32 accumulators of one operator.
struct OutputStage {
  int32_t input_offset = 0;   // -input zero point
  int32_t output_offset = 0;  // +output zero point
  int32_t activation_min = -128, activation_max = 127;
  std::vector<int32_t> multiplier, shift;  // one per output channel
};

// reference_integer_ops::ConvPerChannel (grouped when filter_in_c < in_c).
// bias may be null.
void conv_2d_int8(const ConvShape& s, const OutputStage& q, const int8_t* input, const int8_t* filter,
                  const int32_t* bias, int8_t* output);

// reference_integer_ops::DepthwiseConvPerChannel; the depth multiplier is
// out_c / in_c. bias may be null.
void depthwise_conv_2d_int8(const ConvShape& s, const OutputStage& q, const int8_t* input, const int8_t* filter,
                            const int32_t* bias, int8_t* output);

// reference_integer_ops::FullyConnectedPerChannel (weights_offset 0) and
// FullyConnected (per-tensor, weights_offset = -filter zero point: pass
// the same multiplier for every unit). bias may be null.
void fully_connected_int8(int64_t batches, int32_t units, int32_t depth, int32_t weights_offset, const OutputStage& q,
                          const int8_t* input, const int8_t* filter, const int32_t* bias, int8_t* output);

struct PoolShape {
  int32_t batches = 1, in_h = 1, in_w = 1, depth = 1;
  int32_t filter_h = 1, filter_w = 1, stride_h = 1, stride_w = 1;
  int32_t pad_h = 0, pad_w = 0, out_h = 1, out_w = 1;
};

// reference_integer_ops::AveragePool (int8); false when a window covers no
// input pixel (TFLite's error return).
bool average_pool_int8(const PoolShape& s, int32_t activation_min, int32_t activation_max, const int8_t* input,
                       int8_t* output);

// reference_integer_ops::MaxPool (int8).
void max_pool_int8(const PoolShape& s, int32_t activation_min, int32_t activation_max, const int8_t* input,
                   int8_t* output);

}  // namespace tinysim::reference::kernels
