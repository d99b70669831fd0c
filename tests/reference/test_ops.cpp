// Hand-checked single-operator cases. Each expectation is derived in the
// comment next to it: with a plain formula where TFLite's arithmetic is
// exact for those numbers, and step by step through the fixed-point
// operations where it is not (ties, double rounding).
#include <gtest/gtest.h>

#include "model_builder.h"

namespace tinysim::reference::testing {
namespace {

TEST(Ops, Conv2DValidPerChannelWithTies) {
  // Input 1x3x3x1 = 1..9 (scale 0.5, zp 0); two identical 2x2 filters
  // [1 2; 3 4] (scale 1), output scale 1: M = 0.5 = (2^30, shift 0), one
  // rounding by SRDHM, ties towards +infinity.
  // Window sums: 1+4+12+20 = 37, 2+6+15+24 = 47, 4+10+21+32 = 67, 77.
  // Channel 0 (bias 0): 18.5, 23.5, 33.5, 38.5 -> 19, 24, 34, 39.
  // Channel 1 (bias -80): -21.5, -16.5, -6.5, -1.5 -> -21, -16, -6, -1
  // (not -22 ... -2: SRDHM rounds negative ties up).
  ModelBuilder b;
  const int in = b.int8("in", {1, 3, 3, 1}, 0.5f, 0);
  const int w = b.int8_const("w", {2, 2, 2, 1}, {1, 2, 3, 4, 1, 2, 3, 4}, {1.0f, 1.0f}, 0);
  const int bias = b.int32_const("b", {2}, {0, -80});
  const int out = b.int8("out", {1, 2, 2, 2}, 1.0f, 0);
  b.op(OpType::Conv2D, {in, w, bias}, {out});
  b.input(in);
  b.output(out);
  EXPECT_EQ(run_int8(b.m, {{1, 2, 3, 4, 5, 6, 7, 8, 9}}), (std::vector<int8_t>{19, -21, 24, -16, 34, -6, 39, -1}));
}

TEST(Ops, Conv2DSameStride2SkipsPaddedTaps) {
  // Input 3x3 all q = 1 with zp -1 (so every tap contributes 2 x weight),
  // filter 3x3 = 1..9, SAME, stride 2: out 2x2, padding 1 before. The taps
  // outside the image are skipped (not treated as zero-point pixels):
  // (0,0): weights 5,6,8,9 = 28 -> 56; (0,1): 4,5,7,8 = 24 -> 48;
  // (1,0): 2,3,5,6 = 16 -> 32; (1,1): 1,2,4,5 = 12 -> 24.
  // M = 0.5 * 0.5 / 1 = 0.25 (exact here), output zp -20: -6, -8, -12, -14.
  ModelBuilder b;
  const int in = b.int8("in", {1, 3, 3, 1}, 0.5f, -1);
  const int w = b.int8_const("w", {1, 3, 3, 1}, {1, 2, 3, 4, 5, 6, 7, 8, 9}, {0.5f});
  const int out = b.int8("out", {1, 2, 2, 1}, 1.0f, -20);
  auto& op = b.op(OpType::Conv2D, {in, w, -1}, {out});
  op.opt.padding = model::Padding::Same;
  op.opt.stride_h = op.opt.stride_w = 2;
  op.opt.activation = model::Activation::Relu;  // min = zp = -20: no effect
  b.input(in);
  b.output(out);
  EXPECT_EQ(run_int8(b.m, {std::vector<int8_t>(9, 1)}), (std::vector<int8_t>{-6, -8, -12, -14}));
}

TEST(Ops, Conv2DGrouped) {
  // Input 1x1x1x4 = [1 2 3 4], 2 groups: filters of depth 2. Output channel
  // 0 uses inputs 0-1, channel 1 inputs 2-3. Filters [1 1], [1 -1]:
  // 1+2 = 3, 3-4 = -1. Scales 1, M = 1.
  ModelBuilder b;
  const int in = b.int8("in", {1, 1, 1, 4}, 1.0f, 0);
  const int w = b.int8_const("w", {2, 1, 1, 2}, {1, 1, 1, -1}, {1.0f});
  const int out = b.int8("out", {1, 1, 1, 2}, 1.0f, 0);
  b.op(OpType::Conv2D, {in, w}, {out});
  b.input(in);
  b.output(out);
  EXPECT_EQ(run_int8(b.m, {{1, 2, 3, 4}}), (std::vector<int8_t>{3, -1}));
}

TEST(Ops, DepthwiseConv2DMultiplier2) {
  // Input 1x2x2x2: pixels [1 2] [3 4] [5 6] [7 8]; depth multiplier 2, so
  // output channel oc = 2*ic + m; filter tap t (row-major) weight (t+1)*(oc+1).
  // oc0: 1*1+3*2+5*3+7*4 = 50, oc1: 100, oc2: (2+8+18+32)*3 = 180, oc3: 240.
  // Output scale 2: M = 0.5 -> 25, 50, 90, 120.
  std::vector<int8_t> w;
  for (int t = 0; t < 4; ++t) {
    for (int oc = 0; oc < 4; ++oc) w.push_back(static_cast<int8_t>((t + 1) * (oc + 1)));
  }
  ModelBuilder b;
  const int in = b.int8("in", {1, 2, 2, 2}, 1.0f, 0);
  const int wt = b.int8_const("w", {1, 2, 2, 4}, w, {1.0f, 1.0f, 1.0f, 1.0f}, 3);
  const int bias = b.int32_const("b", {4}, {0, 0, 0, 0});
  const int out = b.int8("out", {1, 1, 1, 4}, 2.0f, 0);
  b.op(OpType::DepthwiseConv2D, {in, wt, bias}, {out}).opt.depth_multiplier = 2;
  b.input(in);
  b.output(out);
  EXPECT_EQ(run_int8(b.m, {{1, 2, 3, 4, 5, 6, 7, 8}}), (std::vector<int8_t>{25, 50, 90, 120}));
}

TEST(Ops, FullyConnectedPerTensorWithWeightOffsetAndRelu6) {
  // Weights zero point 1 (the per-tensor FullyConnected path subtracts it):
  // row 0 [3 4] -> (2, 3) . [1 2] = 8; row 1 [-1 5] -> (-2, 4) . [1 2] = 6;
  // bias {1, -20}: 9, -14. Output scale 0.5 zp 0 (M = 2): 18, -28;
  // Relu6: [0, 12] -> 12, 0.
  ModelBuilder b;
  const int in = b.int8("in", {1, 2}, 1.0f, 0);
  const int w = b.int8_const("w", {2, 2}, {3, 4, -1, 5}, {1.0f}, 0, {1});
  const int bias = b.int32_const("b", {2}, {1, -20});
  const int out = b.int8("out", {1, 2}, 0.5f, 0);
  b.op(OpType::FullyConnected, {in, w, bias}, {out}).opt.activation = model::Activation::Relu6;
  b.input(in);
  b.output(out);
  EXPECT_EQ(run_int8(b.m, {{1, 2}}), (std::vector<int8_t>{12, 0}));
}

TEST(Ops, FullyConnectedPerChannelBatched) {
  // Two rows of input, per-channel scales {1, 0.5}, output scale 1:
  // channel 0 M = 1, channel 1 M = 0.5. Input [[1 2 3] [-1 0 1]],
  // weights [[1 1 1] [2 0 -1]]: row 0 -> 6, (2-3)*0.5 = -0.5 -> 0 (SRDHM
  // rounds -0.5 up); row 1 -> 0, (-2-1)*0.5 = -1.5 -> -1.
  ModelBuilder b;
  const int in = b.int8("in", {2, 3}, 1.0f, 0);
  const int w = b.int8_const("w", {2, 3}, {1, 1, 1, 2, 0, -1}, {1.0f, 0.5f}, 0);
  const int out = b.int8("out", {2, 2}, 1.0f, 0);
  b.op(OpType::FullyConnected, {in, w, -1}, {out});
  b.input(in);
  b.output(out);
  EXPECT_EQ(run_int8(b.m, {{1, 2, 3, -1, 0, 1}}), (std::vector<int8_t>{6, 0, 0, -1}));
}

model::Model pool_model(OpType type) {
  ModelBuilder b;
  const int in = b.int8("in", {1, 3, 3, 1}, 0.25f, 0);
  const int out = b.int8("out", {1, 3, 3, 1}, 0.25f, 0);
  auto& op = b.op(type, {in}, {out});
  op.opt.filter_h = op.opt.filter_w = 2;
  op.opt.padding = model::Padding::Same;  // total padding 1: all after
  b.input(in);
  b.output(out);
  return b.m;
}

TEST(Ops, AveragePoolSameCountsOnlyInImageTaps) {
  // 2x2 windows on 1..9 clipped at the bottom/right edge:
  // 12/4=3, 16/4=4, 9/2=4.5->5, 24/4=6, 28/4=7, 15/2=7.5->8, 15/2->8, 17/2->9, 9.
  EXPECT_EQ(run_int8(pool_model(OpType::AveragePool2D), {{1, 2, 3, 4, 5, 6, 7, 8, 9}}),
            (std::vector<int8_t>{3, 4, 5, 6, 7, 8, 8, 9, 9}));
  // Negative sums round half away from zero too.
  EXPECT_EQ(run_int8(pool_model(OpType::AveragePool2D), {{-1, -2, -3, -4, -5, -6, -7, -8, -9}}),
            (std::vector<int8_t>{-3, -4, -5, -6, -7, -8, -8, -9, -9}));
}

TEST(Ops, MaxPoolSame) {
  EXPECT_EQ(run_int8(pool_model(OpType::MaxPool2D), {{1, 2, 3, 4, 5, 6, 7, 8, 9}}),
            (std::vector<int8_t>{5, 6, 6, 8, 9, 9, 8, 9, 9}));
  EXPECT_EQ(run_int8(pool_model(OpType::MaxPool2D), {{-128, -128, -128, -128, -128, -128, -128, -128, -1}}),
            (std::vector<int8_t>{-128, -128, -128, -128, -1, -1, -128, -1, -1}));
}

model::Model binary_model(OpType type, Shape s2, float s_out, int zo) {
  ModelBuilder b;
  const int a = b.int8("a", {4}, 0.5f, 0);
  const int c = b.int8("b", s2, 0.5f, 0);
  const int o = b.int8("out", {4}, s_out, zo);
  b.op(type, {a, c}, {o});
  b.input(a);
  b.input(c);
  b.output(o);
  return b.m;
}

TEST(Ops, AddHandChecked) {
  // Scales 0.5, 0.5 -> 1: input multipliers 0.5 = (2^30, 0) on x << 20,
  // output multiplier 2^-20 = (2^30, -19). 3+4 -> 3.5 -> 4; -3-4 -> -4;
  // 100+100 -> 100; 1+0 -> 0.5 -> 1.
  EXPECT_EQ(run_int8(binary_model(OpType::Add, {4}, 1.0f, 0), {{3, -3, 100, 1}, {4, -4, 100, 0}}),
            (std::vector<int8_t>{4, -4, 100, 1}));
  // Broadcast of a one-element input: +2 -> 2.5 -> 3, -0.5 -> -1 (the
  // final RoundingDivideByPOT rounds away from zero), 51, 1.5 -> 2.
  EXPECT_EQ(run_int8(binary_model(OpType::Add, {1}, 1.0f, 0), {{3, -3, 100, 1}, {2}}),
            (std::vector<int8_t>{3, -1, 51, 2}));
}

TEST(Ops, MulHandChecked) {
  // 0.5 * 0.5 / 0.25 = 1: products 12, -15, -20, 16129 (clamped), + zp 5.
  EXPECT_EQ(run_int8(binary_model(OpType::Mul, {4}, 0.25f, 5), {{3, -3, 10, 127}, {4, 5, -2, 127}}),
            (std::vector<int8_t>{17, -10, -15, 127}));
}

TEST(Ops, AddBroadcastTwoWays) {
  // [2,1] + [1,3] -> [2,3], all scales 1 (M exact for whole numbers).
  ModelBuilder b;
  const int a = b.int8("a", {2, 1}, 1.0f, 0);
  const int c = b.int8("b", {1, 3}, 1.0f, 0);
  const int o = b.int8("out", {2, 3}, 1.0f, 0);
  b.op(OpType::Add, {a, c}, {o});
  b.input(a);
  b.input(c);
  b.output(o);
  EXPECT_EQ(run_int8(b.m, {{10, 20}, {1, 2, 3}}), (std::vector<int8_t>{11, 12, 13, 21, 22, 23}));
}

TEST(Ops, Reshape) {
  ModelBuilder b;
  const int a = b.int8("a", {1, 2, 3}, 1.0f, 0);
  const int o = b.int8("out", {6}, 1.0f, 0);
  b.op(OpType::Reshape, {a}, {o});
  b.input(a);
  b.output(o);
  EXPECT_EQ(run_int8(b.m, {{1, 2, 3, 4, 5, 6}}), (std::vector<int8_t>{1, 2, 3, 4, 5, 6}));
}

model::Model softmax_model(Shape shape, float in_scale, float beta = 1.0f) {
  ModelBuilder b;
  const int a = b.int8("a", shape, in_scale, 0);
  const int o = b.int8("out", shape, 1.0f / 256, -128);
  b.op(OpType::Softmax, {a}, {o}).opt.beta = beta;
  b.input(a);
  b.output(o);
  return b.m;
}

TEST(Ops, SoftmaxHandChecked) {
  // One element: exp(0) = 1 is the whole sum; 1.0 * 256 = 256 -> -128 + 256
  // saturates at 127.
  EXPECT_EQ(run_int8(softmax_model({3, 1}, 0.1f), {{5, -7, 100}}), (std::vector<int8_t>{127, 127, 127}));
  // Two equal elements: 0.5 * 256 = 128 -> 0.
  EXPECT_EQ(run_int8(softmax_model({2}, 0.1f), {{42, 42}}), (std::vector<int8_t>{0, 0}));
  // A difference of 255 * 1.0 is below diff_min: exp() counts as 0.
  EXPECT_EQ(run_int8(softmax_model({2}, 1.0f), {{127, -128}}), (std::vector<int8_t>{127, -128}));
}

TEST(Ops, LogisticHandChecked) {
  // Input scale 1: multiplier 2^27 = 0.5 * 2^28 -> (2^30, 28), radius
  // floor(15 * 2^27 / 2^28) = 7. logistic(0) = 0.5 -> 128 - 128 = 0;
  // |x| >= 7 saturates; sigmoid(1) * 256 = 187.15 -> 59; sigmoid(-1) *
  // 256 = 68.85 -> -59.
  ModelBuilder b;
  const int a = b.int8("a", {6}, 1.0f, 0);
  const int o = b.int8("out", {6}, 1.0f / 256, -128);
  b.op(OpType::Logistic, {a}, {o});
  b.input(a);
  b.output(o);
  EXPECT_EQ(run_int8(b.m, {{0, 7, -7, 1, -1, 127}}), (std::vector<int8_t>{0, 127, -128, 59, -59, 127}));
}

TEST(Ops, PadWithZeroPoint) {
  // [1,2,2,1] padded by one row on top and one column on the right with the
  // output zero point -5.
  ModelBuilder b;
  const int a = b.int8("a", {1, 2, 2, 1}, 0.5f, -5);
  const int p = b.int32_const("paddings", {4, 2}, {0, 0, 1, 0, 0, 1, 0, 0});
  const int o = b.int8("out", {1, 3, 3, 1}, 0.5f, -5);
  b.op(OpType::Pad, {a, p}, {o});
  b.input(a);
  b.output(o);
  EXPECT_EQ(run_int8(b.m, {{1, 2, 3, 4}}), (std::vector<int8_t>{-5, -5, -5, 1, 2, -5, 3, 4, -5}));
}

TEST(Ops, PadFloatWithZero) {
  ModelBuilder b;
  const int a = b.float32("a", {2});
  const int p = b.int32_const("paddings", {1, 2}, {1, 2});
  const int o = b.float32("out", {5});
  b.op(OpType::Pad, {a, p}, {o});
  b.input(a);
  b.output(o);
  ReferenceInterpreter interp(b.m);
  const std::vector<float> x = {1.5f, -2.0f};
  interp.set_input(0, std::span<const float>(x));
  interp.invoke();
  EXPECT_EQ(interp.tensor_float(o), (std::vector<float>{0.0f, 1.5f, -2.0f, 0.0f, 0.0f}));
}

TEST(Ops, ConcatenationSameAndDifferentQuantisation) {
  // Along the last axis; the second input (scale 0.5, zp 2) is requantised
  // to the output (scale 0.25, zp -1): (10 - 2) * 2 - 1 = 15,
  // (-1 - 2) * 2 - 1 = -7, (127 - 2) * 2 - 1 = 249 -> 127.
  ModelBuilder b;
  const int a = b.int8("a", {1, 1, 1, 2}, 0.25f, -1);
  const int c = b.int8("b", {1, 1, 1, 3}, 0.5f, 2);
  const int o = b.int8("out", {1, 1, 1, 5}, 0.25f, -1);
  b.op(OpType::Concatenation, {a, c}, {o}).opt.axis = -1;
  b.input(a);
  b.input(c);
  b.output(o);
  EXPECT_EQ(run_int8(b.m, {{7, -8}, {10, -1, 127}}), (std::vector<int8_t>{7, -8, 15, -7, 127}));
}

TEST(Ops, ConcatenationMiddleAxis) {
  // [2,1,2] ++ [2,2,2] along axis 1 -> [2,3,2], outer loop over dim 0.
  ModelBuilder b;
  const int a = b.int8("a", {2, 1, 2}, 1.0f, 0);
  const int c = b.int8("b", {2, 2, 2}, 1.0f, 0);
  const int o = b.int8("out", {2, 3, 2}, 1.0f, 0);
  b.op(OpType::Concatenation, {a, c}, {o}).opt.axis = 1;
  b.input(a);
  b.input(c);
  b.output(o);
  EXPECT_EQ(run_int8(b.m, {{1, 2, 3, 4}, {10, 11, 12, 13, 14, 15, 16, 17}}),
            (std::vector<int8_t>{1, 2, 10, 11, 12, 13, 3, 4, 14, 15, 16, 17}));
}

model::Model mean_model(Shape in, std::vector<int32_t> axes, bool keep, Shape out, int32_t in_zp = 0) {
  ModelBuilder b;
  const int a = b.int8("a", in, 1.0f, in_zp);
  const int ax = b.int32_const("axes", {static_cast<int32_t>(axes.size())}, axes);
  const int o = b.int8("out", out, 1.0f, 0);
  b.op(OpType::Mean, {a, ax}, {o}).opt.keep_dims = keep;
  b.input(a);
  b.output(o);
  return b.m;
}

TEST(Ops, MeanOverHeightAndWidth) {
  // NHWC [1,2,2,2]: channel 0 = 1,3,5,7 -> 4, channel 1 = 2,4,6,8 -> 5.
  // n = 4: multiplier (2^30, -1), exact for these sums.
  EXPECT_EQ(run_int8(mean_model({1, 2, 2, 2}, {1, 2}, true, {1, 1, 1, 2}), {{1, 2, 3, 4, 5, 6, 7, 8}}),
            (std::vector<int8_t>{4, 5}));
  // Negative axes and keep_dims = false.
  EXPECT_EQ(run_int8(mean_model({1, 2, 2, 2}, {-2, -3}, false, {1, 2}), {{1, 2, 3, 4, 5, 6, 7, 8}}),
            (std::vector<int8_t>{4, 5}));
}

TEST(Ops, MeanDoubleRounding) {
  // Mean of 1,1,1,2 is 1.25 but TFLite gives 2: SRDHM(5, 2^30) = 2.5 -> 3,
  // then RoundingDivideByPOT(3, 1) = 1.5 -> 2.
  EXPECT_EQ(run_int8(mean_model({1, 4}, {1}, false, {1}), {{1, 1, 1, 2}}), (std::vector<int8_t>{2}));
  // Input zero point 3 (real values q - 3): sum 5 - 12 = -7 -> -1.75:
  // SRDHM(-7, 2^30) = -3.5 -> -3, then -1.5 -> -2.
  EXPECT_EQ(run_int8(mean_model({1, 4}, {1}, false, {1}, 3), {{1, 1, 1, 2}}), (std::vector<int8_t>{-2}));
}

TEST(Ops, QuantizeFromFloatAndRequantize) {
  {
    ModelBuilder b;
    const int a = b.float32("a", {4});
    const int o = b.int8("out", {4}, 0.5f, 3);
    b.op(OpType::Quantize, {a}, {o});
    b.input(a);
    b.output(o);
    ReferenceInterpreter interp(b.m);
    const std::vector<float> x = {1.0f, -0.25f, 0.25f, 100.0f};
    interp.set_input(0, std::span<const float>(x));
    interp.invoke();
    // 2 + 3, -0.5 -> -1 (+3), 0.5 -> 1 (+3), 200 + 3 -> 127.
    EXPECT_EQ(to_int8(interp.output(0)), (std::vector<int8_t>{5, 2, 4, 127}));
  }
  {
    // int8 -> int8: 0.5 / 0.25 = 2, zp 0 -> -1: 2q - 1.
    ModelBuilder b;
    const int a = b.int8("a", {3}, 0.5f, 0);
    const int o = b.int8("out", {3}, 0.25f, -1);
    b.op(OpType::Quantize, {a}, {o});
    b.input(a);
    b.output(o);
    EXPECT_EQ(run_int8(b.m, {{3, -3, 100}}), (std::vector<int8_t>{5, -7, 127}));
  }
}

TEST(Ops, Dequantize) {
  ModelBuilder b;
  const int a = b.int8("a", {2}, 0.5f, 3);
  const int o = b.float32("out", {2});
  b.op(OpType::Dequantize, {a}, {o});
  b.input(a);
  b.output(o);
  ReferenceInterpreter interp(b.m);
  interp.set_input(0, std::span<const int8_t>(std::vector<int8_t>{5, -128}));
  interp.invoke();
  EXPECT_EQ(interp.tensor_float(o), (std::vector<float>{1.0f, -65.5f}));
}

TEST(Ops, IntermediatesAndObserver) {
  // QUANTIZE -> CONV -> DEQUANTIZE: every tensor is readable after invoke(),
  // and the observer sees each operator once, in order.
  ModelBuilder b;
  const int x = b.float32("x", {1, 1, 1, 1});
  const int q = b.int8("q", {1, 1, 1, 1}, 0.5f, 0);
  const int w = b.int8_const("w", {1, 1, 1, 1}, {3}, {1.0f});
  const int c = b.int8("c", {1, 1, 1, 1}, 0.5f, 0);
  const int y = b.float32("y", {1, 1, 1, 1});
  b.op(OpType::Quantize, {x}, {q});
  b.op(OpType::Conv2D, {q, w}, {c});
  b.op(OpType::Dequantize, {c}, {y});
  b.input(x);
  b.output(y);
  ReferenceInterpreter interp(b.m);
  std::vector<int> seen;
  interp.set_op_observer([&](int index, const model::Operator&) { seen.push_back(index); });
  const std::vector<float> in = {2.0f};
  interp.set_input(0, std::span<const float>(in));
  EXPECT_THROW(interp.tensor(q), ReferenceError);  // not computed yet
  interp.invoke();
  EXPECT_EQ(seen, (std::vector<int>{0, 1, 2}));
  EXPECT_EQ(interp.tensor_int8(q), (std::vector<int8_t>{4}));
  EXPECT_EQ(interp.tensor_int8(c), (std::vector<int8_t>{12}));
  EXPECT_EQ(interp.tensor_float(y), (std::vector<float>{6.0f}));
  EXPECT_EQ(interp.tensor_int8(w), (std::vector<int8_t>{3}));
}

}  // namespace
}  // namespace tinysim::reference::testing
