// Known test vectors produced by TensorFlow Lite itself, re-entered as data:
//  - tensorflow/lite/kernels/conv_test.cc and depthwise_conv_test.cc
//    (desktop TFLite, exact int8 expectations on GetOutput());
//  - tensorflow/lite/micro/kernels/*_test.cc (TFLite Micro; the float
//    goldens are quantised with FloatToQuantizedType as those tests do);
//  - CMSIS-NN's unit-test data (cmsis_nn_vectors.h), whose expected outputs
//    come from the TFLite interpreter.
// Inputs are quantised exactly as the original tests' helpers do
// (model_builder.h), so every expectation is TFLite's own output.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "cmsis_nn_vectors.h"
#include "model_builder.h"
#include "workloads/compiler/quant/op_params.h"
#include "workloads/compiler/reference/int8_kernels.h"

namespace tinysim::reference::testing {
namespace {

// ---- tensorflow/lite/kernels/conv_test.cc ----

// ConvolutionOpTest.SimplePerTensorTest / SimplePerChannelTest: input
// {INT8, {1,2,3,2}, scale 0.5, zp -1}, filter [2,2,2,2] symmetric per
// channel (axis 0), bias {3, -2}, output {INT8, scale 0.5, zp -1}, VALID.
std::vector<int8_t> run_conv_test_cc(const std::vector<float>& filter_scales) {
  const std::vector<float> input = {3, 2, 1, -1, -2, -3, 4, 3, 2, -2, -3, -4};
  const std::vector<float> filter = {1, 2, 3, 4, 3, 4, 5, 6, 7, 8, 5, 6, 3, 4, 1, 2};
  ModelBuilder b;
  const int in = b.int8("input", {1, 2, 3, 2}, 0.5f, -1);
  const int w = b.int8_const("filter", {2, 2, 2, 2},
                             tflite_symmetric_per_channel(filter, {2, 2, 2, 2}, 0, filter_scales), filter_scales, 0);
  const int bias = b.int32_const("bias", {2}, tflite_bias({3, -2}, 0.5f, filter_scales));
  const int out = b.int8("output", {1, 1, 2, 2}, 0.5f, -1);
  b.op(OpType::Conv2D, {in, w, bias}, {out}).opt.padding = model::Padding::Valid;
  b.input(in);
  b.output(out);
  return run_int8(b.m, {tflite_quantize(input, 0.5f, -1)});
}

TEST(TfliteConvTest, SimplePerTensorTest) {
  EXPECT_EQ(run_conv_test_cc({1.0f}), (std::vector<int8_t>{61, 111, -115, -89}));
}

TEST(TfliteConvTest, SimplePerChannelTest) {
  EXPECT_EQ(run_conv_test_cc({1.0f, 2.0f}), (std::vector<int8_t>{61, 127, -115, -93}));
}

// ---- tensorflow/lite/kernels/depthwise_conv_test.cc ----

// PerChannelQuantizedDepthwiseConvolutionOpTest.*: input {INT8, {1,2,3,2},
// scale 0.5, zp -1}, filter [1,2,2,4] per channel along axis 3 (depth
// multiplier 2), bias {3, -2, 4, 6}, output {INT8, scale 0.5, zp -1}, VALID.
std::vector<int8_t> run_depthwise_test_cc(const std::vector<float>& filter_scales) {
  const std::vector<float> input = {3, 2, 1, -1, -2, -3, 4, 3, 2, -2, -3, -4};
  const std::vector<float> filter = {1, 2, 3, 4, 3, 4, 5, 6, 7, 8, 5, 6, 3, 4, 1, 2};
  ModelBuilder b;
  const int in = b.int8("input", {1, 2, 3, 2}, 0.5f, -1);
  const int w = b.int8_const("filter", {1, 2, 2, 4},
                             tflite_symmetric_per_channel(filter, {1, 2, 2, 4}, 3, filter_scales), filter_scales, 3);
  const int bias = b.int32_const("bias", {4}, tflite_bias({3, -2, 4, 6}, 0.5f, filter_scales));
  const int out = b.int8("output", {1, 1, 2, 4}, 0.5f, -1);
  auto& op = b.op(OpType::DepthwiseConv2D, {in, w, bias}, {out});
  op.opt.padding = model::Padding::Valid;
  op.opt.depth_multiplier = 2;
  b.input(in);
  b.output(out);
  return run_int8(b.m, {tflite_quantize(input, 0.5f, -1)});
}

TEST(TfliteDepthwiseConvTest, SimplePerTensorTest) {
  EXPECT_EQ(run_depthwise_test_cc({1.0f}), (std::vector<int8_t>{85, 95, 35, 43, 5, -9, -57, -73}));
}

TEST(TfliteDepthwiseConvTest, SimplePerAxisTest) {
  EXPECT_EQ(run_depthwise_test_cc({1, 2, 3, 4}), (std::vector<int8_t>{85, 95, 41, 43, 5, -9, -61, -109}));
}

TEST(TfliteDepthwiseConvTest, SimpleTestNegativeOutputShift) {
  EXPECT_EQ(run_depthwise_test_cc({0.1f, 0.2f, 0.3f, 0.4f}), (std::vector<int8_t>{85, 95, 36, 43, 5, -9, -58, -73}));
}

TEST(TfliteDepthwiseConvTest, SimpleTestMixedOutputShift) {
  EXPECT_EQ(run_depthwise_test_cc({0.1f, 2, 3, 0.4f}), (std::vector<int8_t>{85, 95, 41, 43, 5, -9, -61, -73}));
}

// ---- tensorflow/lite/micro/kernels/fully_connected_test.cc ----

// SimpleTestQuantizedInt8: input [2,10] scale 1 zp -1, weights [3,10]
// scale 1 (per tensor), bias {1,2,3}, output scale 0.5 zp -1; golden
// {24,25,26,58,59,60} quantised. (TFLite Micro allows +-1; the multiplier
// here is exactly 2, so the result is exact.)
TEST(TfliteMicroFullyConnectedTest, SimpleTestQuantizedInt8) {
  const std::vector<float> input = {1, 2, 3, 4, 5, 6, 7, 8, -9, -10, 1, 2, 3, 4, 5, 6, 7, -8, 9, -10};
  std::vector<float> weights;
  for (int u = 0; u < 3; ++u) {
    for (int i = 1; i <= 10; ++i) weights.push_back(static_cast<float>(i));
  }
  ModelBuilder b;
  const int in = b.int8("input", {2, 10}, 1.0f, -1);
  const int w = b.int8_const("weights", {3, 10}, tflite_quantize(weights, 1.0f, 0), {1.0f});
  const int bias = b.int32_const("bias", {3}, {1, 2, 3});
  const int out = b.int8("output", {2, 3}, 0.5f, -1);
  b.op(OpType::FullyConnected, {in, w, bias}, {out});
  b.input(in);
  b.output(out);
  EXPECT_EQ(run_int8(b.m, {tflite_quantize(input, 1.0f, -1)}),
            tflite_quantize({24, 25, 26, 58, 59, 60}, 0.5f, -1));
}

// ---- tensorflow/lite/micro/kernels/add_test.cc (exact: tolerance 1e-5) ----

struct AddCase {
  Shape shape1, shape2, out_shape;
};

std::vector<int8_t> run_add(const std::vector<float>& in1, float s1, int z1, const Shape& shape1,
                            const std::vector<float>& in2, float s2, int z2, const Shape& shape2, float so, int zo,
                            const Shape& out_shape, model::Activation act) {
  ModelBuilder b;
  const int a = b.int8("a", shape1, s1, z1);
  const int c = b.int8("b", shape2, s2, z2);
  const int o = b.int8("out", out_shape, so, zo);
  b.op(OpType::Add, {a, c}, {o}).opt.activation = act;
  b.input(a);
  b.input(c);
  b.output(o);
  return run_int8(b.m, {tflite_quantize(in1, s1, z1), tflite_quantize(in2, s2, z2)});
}

TEST(TfliteMicroAddTest, QuantizedAddNoActivationInt8) {
  const std::vector<float> in1 = {-2.01f, -1.01f, -0.01f, 0.98f}, in2 = {1.01f, 1.99f, 2.99f, 4.02f};
  EXPECT_EQ(run_add(in1, 0.25f, -10, {1, 2, 2, 1}, in2, 0.5f, 4, {1, 2, 2, 1}, 1.0f, 13, {1, 2, 2, 1},
                    model::Activation::None),
            tflite_quantize({-1, 1, 3, 5}, 1.0f, 13));
}

TEST(TfliteMicroAddTest, QuantizedAddActivationRelu1Int8) {
  const std::vector<float> in1 = {-2.01f, -1.01f, -0.01f, 0.98f}, in2 = {1.01f, 1.99f, 2.99f, 4.02f};
  EXPECT_EQ(run_add(in1, 0.25f, -10, {1, 2, 2, 1}, in2, 0.5f, 4, {1, 2, 2, 1}, 1.0f, 13, {1, 2, 2, 1},
                    model::Activation::ReluN1To1),
            tflite_quantize({-1, 1, 1, 1}, 1.0f, 13));
}

TEST(TfliteMicroAddTest, QuantizedAddVariousInputShapesInt8) {
  const std::vector<float> in1 = {-2.0f, 0.2f, 0.7f, 0.8f, 1.1f, 2.0f}, in2 = {0.1f, 0.2f, 0.3f, 0.5f, 1.1f, 0.1f};
  for (const Shape& s : {Shape{6}, Shape{2, 3}, Shape{2, 1, 3}, Shape{1, 3, 1, 2}}) {
    EXPECT_EQ(run_add(in1, 0.1f, -9, s, in2, 0.05f, 5, s, 0.1f, 14, s, model::Activation::None),
              tflite_quantize({-1.9f, 0.4f, 1.0f, 1.3f, 2.2f, 2.1f}, 0.1f, 14));
  }
}

TEST(TfliteMicroAddTest, QuantizedAddWithScalarBroadcastInt8) {
  const std::vector<float> in1 = {-2.0f, 0.2f, 0.7f, 0.8f, 1.1f, 2.0f};
  for (const Shape& s : {Shape{6}, Shape{2, 3}, Shape{2, 1, 3}, Shape{1, 3, 1, 2}}) {
    EXPECT_EQ(run_add(in1, 0.1f, -8, s, {0.1f}, 0.05f, 4, {}, 0.05f, 12, s, model::Activation::None),
              tflite_quantize({-1.9f, 0.3f, 0.8f, 0.9f, 1.2f, 2.1f}, 0.05f, 12));
  }
}

TEST(TfliteMicroAddTest, QuantizedAddWithMixedBroadcastInt8) {
  const std::vector<float> in1 = {-0.3f, 2.3f, 0.9f, 0.5f, 0.8f, -1.1f, 1.2f, 2.8f, -1.6f, 0.0f, 0.7f, -2.2f};
  const std::vector<float> in2 = {0.2f, 0.3f, -0.4f, 0.5f, 1.0f, 0.9f};
  const std::vector<std::vector<float>> goldens = {
      {-0.1f, 2.6f, -0.7f, 2.8f, 0.7f, 3.2f, 1.1f, 0.8f, 0.5f, 1.0f, 1.9f, 1.4f,
       1.0f, -0.8f, 0.4f, -0.6f, 1.8f, -0.2f, 1.4f, 3.1f, 0.8f, 3.3f, 2.2f, 3.7f,
       -1.4f, 0.3f, -2.0f, 0.5f, -0.6f, 0.9f, 0.9f, -1.9f, 0.3f, -1.7f, 1.7f, -1.3f},
      {-0.1f, 2.6f, 0.5f, 1.0f, 1.8f, -0.2f, 1.4f, 3.1f, -2.0f, 0.5f, 1.7f, -1.3f},
      {-0.1f, 2.5f, 0.0f, 2.6f, -0.7f, 1.9f, 1.1f, 0.7f, 1.2f, 0.8f, 0.5f, 0.1f,
       1.0f, -0.9f, 1.1f, -0.8f, 0.4f, -1.5f, 1.7f, 3.3f, 2.2f, 3.8f, 2.1f, 3.7f,
       -1.1f, 0.5f, -0.6f, 1.0f, -0.7f, 0.9f, 1.2f, -1.7f, 1.7f, -1.2f, 1.6f, -1.3f},
      {-0.1f, 2.5f, 1.2f, 0.8f, 0.4f, -1.5f, 1.7f, 3.3f, -0.6f, 1.0f, 1.6f, -1.3f}};
  const Shape shapes2[] = {{1, 1, 3, 2}, {1, 3, 1, 2}, {2, 1, 3, 1}, {2, 3, 1, 1}};
  const Shape out_shapes[] = {{2, 3, 3, 2}, {2, 3, 1, 2}, {2, 3, 3, 2}, {2, 3, 1, 2}};
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(run_add(in1, 0.1f, -10, {2, 3, 1, 2}, in2, 0.05f, -5, shapes2[i], 0.1f, 7, out_shapes[i],
                      model::Activation::None),
              tflite_quantize(goldens[i], 0.1f, 7))
        << "broadcast shape " << i;
  }
}

// ---- tensorflow/lite/micro/kernels/mul_test.cc ----
// (TFLite Micro allows +-1 here; both cases are exact in TFLite's
// arithmetic: the scaled products are whole numbers.)

std::vector<int8_t> run_mul(const std::vector<float>& in1, const Shape& s1, const std::vector<float>& in2,
                            const Shape& s2, float in_scale, float out_scale, const Shape& out_shape) {
  ModelBuilder b;
  const int a = b.int8("a", s1, in_scale, 0);
  const int c = b.int8("b", s2, in_scale, 0);
  const int o = b.int8("out", out_shape, out_scale, 0);
  b.op(OpType::Mul, {a, c}, {o});
  b.input(a);
  b.input(c);
  b.output(o);
  return run_int8(b.m, {tflite_quantize(in1, in_scale, 0), tflite_quantize(in2, in_scale, 0)});
}

TEST(TfliteMicroMulTest, SimpleInt8NoActivationShouldMatchGolden) {
  EXPECT_EQ(run_mul({-0.8f, 0.2f, 0.9f, 0.7f}, {1, 2, 2, 1}, {0.6f, 0.4f, 0.9f, 0.8f}, {1, 2, 2, 1}, 0.01f, 0.01f,
                    {1, 2, 2, 1}),
            tflite_quantize({-0.48f, 0.08f, 0.81f, 0.56f}, 0.01f, 0));
}

TEST(TfliteMicroMulTest, BroadcastInt8NoActivationShouldMatchGolden) {
  EXPECT_EQ(run_mul({-2.0f, 0.2f, 0.7f, 0.8f, 1.1f, 2.0f}, {1, 3, 1, 2}, {0.1f}, {1}, 0.05f, 0.01f, {1, 3, 1, 2}),
            tflite_quantize({-0.2f, 0.02f, 0.07f, 0.08f, 0.11f, 0.2f}, 0.01f, 0));
}

// ---- tensorflow/lite/micro/kernels/softmax_test.cc and logistic_test.cc ----
// These TFLite Micro tests accept +-1 of the quantised float golden; the
// exact TFLite outputs are the CMSIS-NN vectors further down.

void expect_within_one(const std::vector<int8_t>& got, const std::vector<int8_t>& golden) {
  ASSERT_EQ(got.size(), golden.size());
  for (size_t i = 0; i < got.size(); ++i) EXPECT_LE(std::abs(got[i] - golden[i]), 1) << "element " << i;
}

std::vector<int8_t> run_unary(OpType type, const std::vector<float>& in, const Shape& shape, float in_scale,
                              float out_scale) {
  ModelBuilder b;
  const int a = b.int8("in", shape, in_scale, 0);
  const int o = b.int8("out", shape, out_scale, -128);
  b.op(type, {a}, {o});
  b.input(a);
  b.output(o);
  return run_int8(b.m, {tflite_quantize(in, in_scale, 0)});
}

TEST(TfliteMicroSoftmaxTest, Softmax1DAnd2DQuantizedInt8) {
  const std::vector<float> golden_row = {0.011656231f, 0.031684921f, 0.086128544f, 0.234121657f, 0.636408647f};
  expect_within_one(run_unary(OpType::Softmax, {1, 2, 3, 4, 5}, {5}, 0.1f, 1.0f / 256),
                    tflite_quantize(golden_row, 1.0f / 256, -128));
  std::vector<float> golden2 = golden_row;
  golden2.insert(golden2.end(), golden_row.rbegin(), golden_row.rend());
  expect_within_one(run_unary(OpType::Softmax, {1, 2, 3, 4, 5, -1, -2, -3, -4, -5}, {2, 5}, 0.1f, 1.0f / 256),
                    tflite_quantize(golden2, 1.0f / 256, -128));
}

TEST(TfliteMicroLogisticTest, LogisticQuantizedInt8BasicAndWideRange) {
  // Output scale 1/255 as in the TFLite Micro test (its kernel ignores it).
  const std::vector<float> golden = {0.73105858f, 0.88079708f, 0.95257413f, 0.98201379f, 0.99330715f,
                                     0.26894142f, 0.11920292f, 0.04742587f, 0.01798621f, 0.00669285f};
  expect_within_one(run_unary(OpType::Logistic, {1, 2, 3, 4, 5, -1, -2, -3, -4, -5}, {2, 5}, 0.1f, 1.0f / 255),
                    tflite_quantize(golden, 1.0f / 255, -128));
  const std::vector<float> golden_wide = {0.73105858f, 0.88079708f, 0.95257413f, 0.98201379f, 1.0f,
                                          0.26894142f, 0.11920292f, 0.04742587f, 0.01798621f, 0.0f};
  expect_within_one(
      run_unary(OpType::Logistic, {1, 2, 3, 4, 93, -1, -2, -3, -4, -93}, {2, 1, 5}, 1.0f, 1.0f / 255),
      tflite_quantize(golden_wide, 1.0f / 255, -128));
}

// ---- tensorflow/lite/micro/kernels/reduce_test.cc (MEAN int8) ----
// The tests allow +-1 of the float golden; the expectations here are the
// exact results of QuantizedMeanOrSum's arithmetic, derived by hand.

std::vector<int8_t> run_mean(const std::vector<float>& in, const Shape& shape, const std::vector<int32_t>& axes,
                             bool keep_dims, const Shape& out_shape) {
  ModelBuilder b;
  const int a = b.int8("in", shape, 0.5f, 0);
  const int ax = b.int32_const("axis", {static_cast<int32_t>(axes.size())}, axes);
  const int o = b.int8("out", out_shape, 0.5f, 0);
  b.op(OpType::Mean, {a, ax}, {o}).opt.keep_dims = keep_dims;
  b.input(a);
  b.output(o);
  return run_int8(b.m, {tflite_quantize(in, 0.5f, 0)});
}

TEST(TfliteMicroReduceTest, MeanInt82DKeepDims) {
  // q = 2..16, mean over 4 with multiplier (2^30, -1): exact.
  EXPECT_EQ(run_mean({1, 2, 3, 4, 5, 6, 7, 8}, {2, 4}, {1}, true, {2, 1}), (std::vector<int8_t>{5, 13}));
}

TEST(TfliteMicroReduceTest, MeanInt84DWithoutKeepDims) {
  std::vector<float> in;
  for (int i = 1; i <= 24; ++i) in.push_back(static_cast<float>(i));
  // Golden {6, 7, 18, 19} / 0.5.
  EXPECT_EQ(run_mean(in, {2, 2, 3, 2}, {1, 2}, false, {2, 2}), (std::vector<int8_t>{12, 14, 36, 38}));
}

TEST(TfliteMicroReduceTest, MeanInt84DWithoutKeepDimsWithPrecision) {
  // Golden {11.166667, 19.833334} / 0.5 = {22.33, 39.67}. n = 6 gives the
  // multiplier (715827882, -1): 134 -> SRDHM 44.67 -> 45 -> 22.5 -> 23, a
  // double-rounding result one above the nearest integer (TFLite's own
  // test accepts +-1); 238 -> 79.33 -> 79 -> 39.5 -> 40.
  EXPECT_EQ(run_mean({1, 24, 13, 3, 9, 17, 11, 36, 14, 19, 17, 22}, {2, 2, 3, 1}, {1, 2}, false, {2, 1}),
            (std::vector<int8_t>{23, 40}));
}

// ---- CMSIS-NN test vectors (expected outputs from the TFLite interpreter) ----

namespace cv = cmsis_nn_vectors;

template <size_t N>
std::vector<int8_t> vec(const int8_t (&a)[N]) {
  return std::vector<int8_t>(a, a + N);
}

TEST(CmsisNnVectors, Softmax) {
  // Row arithmetic with the stored parameters.
  std::vector<int8_t> out(cv::softmax::DST_SIZE);
  for (int r = 0; r < cv::softmax::NUM_ROWS; ++r) {
    ASSERT_EQ(tsq_softmax_int8_row(cv::softmax::input + r * cv::softmax::ROW_SIZE,
                                   out.data() + r * cv::softmax::ROW_SIZE, cv::softmax::ROW_SIZE,
                                   cv::softmax::INPUT_MULT, cv::softmax::INPUT_LEFT_SHIFT, cv::softmax::DIFF_MIN),
              0);
  }
  EXPECT_EQ(out, vec(cv::softmax::output_ref));
  // And through the interpreter: an input scale of 1/255 reproduces those
  // parameters (test_quant_params.cpp).
  ModelBuilder b;
  const int a = b.int8("in", {2, 5}, 1.0f / 255, -128);
  const int o = b.int8("out", {2, 5}, 1.0f / 256, -128);
  b.op(OpType::Softmax, {a}, {o});
  b.input(a);
  b.output(o);
  EXPECT_EQ(run_int8(b.m, {vec(cv::softmax::input)}), vec(cv::softmax::output_ref));
}

// Pooling sets run through the interpreter: pooling does not rescale, so
// scale 1 / zero point 0 and a None (or Relu6 for [0, 6]) activation
// reproduce the stored activation range.
template <typename Set>
void check_pool_set(OpType type, const int8_t* input, size_t input_size, const int8_t* expected, size_t out_size,
                    const std::string& name) {
  ModelBuilder b;
  const int a = b.int8("in", {static_cast<int32_t>(Set::BATCH_SIZE), static_cast<int32_t>(Set::INPUT_H),
                              static_cast<int32_t>(Set::INPUT_W), static_cast<int32_t>(Set::INPUT_C)},
                       1.0f, 0);
  const int o = b.int8("out", {static_cast<int32_t>(Set::BATCH_SIZE), static_cast<int32_t>(Set::OUTPUT_H),
                               static_cast<int32_t>(Set::OUTPUT_W), static_cast<int32_t>(Set::OUTPUT_C)},
                       1.0f, 0);
  auto& op = b.op(type, {a}, {o});
  op.opt.filter_h = static_cast<int32_t>(Set::FILTER_H);
  op.opt.filter_w = static_cast<int32_t>(Set::FILTER_W);
  op.opt.stride_h = static_cast<int32_t>(Set::STRIDE_H);
  op.opt.stride_w = static_cast<int32_t>(Set::STRIDE_W);
  op.opt.padding = std::string(Set::PAD) == "SAME" ? model::Padding::Same : model::Padding::Valid;
  if (Set::ACTIVATION_MIN == 0 && Set::ACTIVATION_MAX == 6) {
    op.opt.activation = model::Activation::Relu6;
  } else {
    ASSERT_EQ(Set::ACTIVATION_MIN, -128) << name;
    ASSERT_EQ(Set::ACTIVATION_MAX, 127) << name;
  }
  b.input(a);
  b.output(o);
  EXPECT_EQ(run_int8(b.m, {std::vector<int8_t>(input, input + input_size)}),
            std::vector<int8_t>(expected, expected + out_size))
      << name;
}

#define TINYSIM_POOL_SET(NS)                                                                              \
  struct NS##_params {                                                                                    \
    static constexpr int64_t BATCH_SIZE = cv::NS::BATCH_SIZE, INPUT_H = cv::NS::INPUT_H,                  \
                             INPUT_W = cv::NS::INPUT_W, INPUT_C = cv::NS::INPUT_C,                        \
                             OUTPUT_H = cv::NS::OUTPUT_H, OUTPUT_W = cv::NS::OUTPUT_W,                    \
                             OUTPUT_C = cv::NS::OUTPUT_C, FILTER_H = cv::NS::FILTER_H,                    \
                             FILTER_W = cv::NS::FILTER_W, STRIDE_H = cv::NS::STRIDE_H,                    \
                             STRIDE_W = cv::NS::STRIDE_W, ACTIVATION_MIN = cv::NS::ACTIVATION_MIN,        \
                             ACTIVATION_MAX = cv::NS::ACTIVATION_MAX;                                     \
    static constexpr const char* PAD = cv::NS::PAD;                                                       \
  }
TINYSIM_POOL_SET(avgpooling);
TINYSIM_POOL_SET(avgpooling_1);
TINYSIM_POOL_SET(avgpooling_2);
TINYSIM_POOL_SET(avgpooling_3);
TINYSIM_POOL_SET(avgpooling_4);
TINYSIM_POOL_SET(avgpooling_5);
TINYSIM_POOL_SET(maxpooling);
TINYSIM_POOL_SET(maxpooling_1);
TINYSIM_POOL_SET(maxpooling_2);
TINYSIM_POOL_SET(maxpooling_3);
TINYSIM_POOL_SET(maxpooling_4);
TINYSIM_POOL_SET(maxpooling_5);
TINYSIM_POOL_SET(maxpooling_6);
TINYSIM_POOL_SET(maxpooling_7);
#undef TINYSIM_POOL_SET

#define TINYSIM_CHECK_POOL(TYPE, NS)                                                                    \
  check_pool_set<NS##_params>(TYPE, cv::NS::input_tensor, std::size(cv::NS::input_tensor), cv::NS::output, \
                              std::size(cv::NS::output), #NS)

TEST(CmsisNnVectors, AveragePool) {
  TINYSIM_CHECK_POOL(OpType::AveragePool2D, avgpooling);
  TINYSIM_CHECK_POOL(OpType::AveragePool2D, avgpooling_1);
  TINYSIM_CHECK_POOL(OpType::AveragePool2D, avgpooling_2);
  TINYSIM_CHECK_POOL(OpType::AveragePool2D, avgpooling_3);
  TINYSIM_CHECK_POOL(OpType::AveragePool2D, avgpooling_4);
  TINYSIM_CHECK_POOL(OpType::AveragePool2D, avgpooling_5);
}

TEST(CmsisNnVectors, MaxPool) {
  TINYSIM_CHECK_POOL(OpType::MaxPool2D, maxpooling);
  TINYSIM_CHECK_POOL(OpType::MaxPool2D, maxpooling_1);
  TINYSIM_CHECK_POOL(OpType::MaxPool2D, maxpooling_2);
  TINYSIM_CHECK_POOL(OpType::MaxPool2D, maxpooling_3);
  TINYSIM_CHECK_POOL(OpType::MaxPool2D, maxpooling_4);
  TINYSIM_CHECK_POOL(OpType::MaxPool2D, maxpooling_5);
  TINYSIM_CHECK_POOL(OpType::MaxPool2D, maxpooling_6);
  TINYSIM_CHECK_POOL(OpType::MaxPool2D, maxpooling_7);
}
#undef TINYSIM_CHECK_POOL

// Convolution sets: the stored multipliers/shifts/offsets drive the Eval
// loops directly (the scales they came from are not stored).
#define TINYSIM_CONV_SET(NS, FN, FILTER_IN_C)                                                            \
  do {                                                                                                   \
    kernels::ConvShape s;                                                                                \
    s.batches = cv::NS::INPUT_BATCHES;                                                                   \
    s.in_h = cv::NS::INPUT_H;                                                                            \
    s.in_w = cv::NS::INPUT_W;                                                                            \
    s.in_c = cv::NS::IN_CH;                                                                              \
    s.filter_h = cv::NS::FILTER_Y;                                                                       \
    s.filter_w = cv::NS::FILTER_X;                                                                       \
    s.filter_in_c = FILTER_IN_C;                                                                         \
    s.out_h = cv::NS::OUTPUT_H;                                                                          \
    s.out_w = cv::NS::OUTPUT_W;                                                                          \
    s.out_c = cv::NS::OUT_CH;                                                                            \
    s.stride_h = cv::NS::STRIDE_Y;                                                                       \
    s.stride_w = cv::NS::STRIDE_X;                                                                       \
    s.dilation_h = cv::NS::DILATION_Y;                                                                   \
    s.dilation_w = cv::NS::DILATION_X;                                                                   \
    s.pad_h = cv::NS::PAD_Y;                                                                             \
    s.pad_w = cv::NS::PAD_X;                                                                             \
    kernels::OutputStage q;                                                                              \
    q.input_offset = cv::NS::INPUT_OFFSET;                                                               \
    q.output_offset = cv::NS::OUTPUT_OFFSET;                                                             \
    q.activation_min = cv::NS::OUT_ACTIVATION_MIN;                                                       \
    q.activation_max = cv::NS::OUT_ACTIVATION_MAX;                                                       \
    q.multiplier.assign(std::begin(cv::NS::output_mult), std::end(cv::NS::output_mult));                 \
    q.shift.assign(std::begin(cv::NS::output_shift), std::end(cv::NS::output_shift));                    \
    std::vector<int8_t> out(std::size(cv::NS::output_ref));                                              \
    kernels::FN(s, q, cv::NS::input, cv::NS::weights, cv::NS::biases, out.data());                       \
    EXPECT_EQ(out, vec(cv::NS::output_ref)) << #NS;                                                      \
  } while (0)

TEST(CmsisNnVectors, Conv2D) {
  TINYSIM_CONV_SET(basic, conv_2d_int8, cv::basic::IN_CH);
  TINYSIM_CONV_SET(conv_2, conv_2d_int8, cv::conv_2::IN_CH);
  TINYSIM_CONV_SET(conv_3, conv_2d_int8, cv::conv_3::IN_CH);
  TINYSIM_CONV_SET(conv_4, conv_2d_int8, cv::conv_4::IN_CH);
  TINYSIM_CONV_SET(conv_dilation_golden, conv_2d_int8, cv::conv_dilation_golden::IN_CH);
  TINYSIM_CONV_SET(conv_2x3_dilation, conv_2d_int8, cv::conv_2x3_dilation::IN_CH);
  TINYSIM_CONV_SET(conv_3x3_dilation_5x5_input, conv_2d_int8, cv::conv_3x3_dilation_5x5_input::IN_CH);
  TINYSIM_CONV_SET(stride2pad1, conv_2d_int8, cv::stride2pad1::IN_CH);
}

TEST(CmsisNnVectors, DepthwiseConv2D) {
  TINYSIM_CONV_SET(depthwise_2, depthwise_conv_2d_int8, 1);
  TINYSIM_CONV_SET(depthwise_dilation, depthwise_conv_2d_int8, 1);
  TINYSIM_CONV_SET(depthwise_out_activation, depthwise_conv_2d_int8, 1);
  TINYSIM_CONV_SET(depthwise_mult_batches, depthwise_conv_2d_int8, 1);
}
#undef TINYSIM_CONV_SET

TEST(CmsisNnVectors, FullyConnected) {
  {
    namespace fc = cv::fully_connected;
    kernels::OutputStage q;
    q.input_offset = fc::INPUT_OFFSET;
    q.output_offset = fc::OUTPUT_OFFSET;
    q.activation_min = fc::OUT_ACTIVATION_MIN;
    q.activation_max = fc::OUT_ACTIVATION_MAX;
    q.multiplier.assign(fc::OUT_CH, fc::OUTPUT_MULTIPLIER);
    q.shift.assign(fc::OUT_CH, fc::OUTPUT_SHIFT);
    std::vector<int8_t> out(std::size(fc::output_ref));
    kernels::fully_connected_int8(fc::INPUT_BATCHES, fc::OUT_CH, fc::ACCUMULATION_DEPTH, fc::FILTER_OFFSET, q,
                                  fc::input, fc::weights, fc::biases, out.data());
    EXPECT_EQ(out, vec(fc::output_ref));
  }
  {
    namespace fc = cv::fc_per_ch;
    kernels::OutputStage q;
    q.input_offset = fc::INPUT_OFFSET;
    q.output_offset = fc::OUTPUT_OFFSET;
    q.activation_min = fc::OUT_ACTIVATION_MIN;
    q.activation_max = fc::OUT_ACTIVATION_MAX;
    q.multiplier.assign(std::begin(fc::output_multiplier), std::end(fc::output_multiplier));
    q.shift.assign(std::begin(fc::output_shift), std::end(fc::output_shift));
    std::vector<int8_t> out(std::size(fc::output));
    kernels::fully_connected_int8(fc::INPUT_BATCHES, fc::OUT_CH, fc::ACCUMULATION_DEPTH, 0, q, fc::input,
                                  fc::weights, fc::bias, out.data());
    EXPECT_EQ(out, vec(fc::output));
  }
}

TEST(CmsisNnVectors, AddAndMul) {
  {
    namespace a = cv::add;
    tsq_add_params p{};
    p.input1_offset = a::INPUT1_OFFSET;
    p.input2_offset = a::INPUT2_OFFSET;
    p.output_offset = a::OUTPUT_OFFSET;
    p.left_shift = a::LEFT_SHIFT;
    p.input1_multiplier = a::INPUT1_MULT;
    p.input1_shift = a::INPUT1_SHIFT;
    p.input2_multiplier = a::INPUT2_MULT;
    p.input2_shift = a::INPUT2_SHIFT;
    p.output_multiplier = a::OUTPUT_MULT;
    p.output_shift = a::OUTPUT_SHIFT;
    p.activation_min = a::OUT_ACTIVATION_MIN;
    p.activation_max = a::OUT_ACTIVATION_MAX;
    std::vector<int8_t> out;
    for (int i = 0; i < a::DST_SIZE; ++i) out.push_back(tsq_add_int8(a::input1[i], a::input2[i], &p));
    EXPECT_EQ(out, vec(a::output_ref));
  }
  {
    namespace m = cv::mul;
    tsq_mul_params p{};
    p.input1_offset = m::INPUT1_OFFSET;
    p.input2_offset = m::INPUT2_OFFSET;
    p.output_offset = m::OUTPUT_OFFSET;
    p.output_multiplier = m::OUTPUT_MULT;
    p.output_shift = m::OUTPUT_SHIFT;
    p.activation_min = m::OUT_ACTIVATION_MIN;
    p.activation_max = m::OUT_ACTIVATION_MAX;
    std::vector<int8_t> out;
    for (int i = 0; i < m::DST_SIZE; ++i) out.push_back(tsq_mul_int8(m::input1[i], m::input2[i], &p));
    EXPECT_EQ(out, vec(m::output_ref));
  }
}

}  // namespace
}  // namespace tinysim::reference::testing
