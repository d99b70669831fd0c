// Unsupported or inconsistent models are rejected at construction with a
// ReferenceError naming the operator index, its type and the reason; API
// misuse is reported the same way. Nothing crashes.
#include <gtest/gtest.h>

#include <string>

#include "model_builder.h"

namespace tinysim::reference::testing {
namespace {

// Expects constructing an interpreter for m to fail with a message that
// contains every fragment.
void expect_rejected(const model::Model& m, std::initializer_list<std::string> fragments) {
  try {
    ReferenceInterpreter interp(m);
    ADD_FAILURE() << "model was accepted";
  } catch (const ReferenceError& e) {
    const std::string what = e.what();
    for (const std::string& f : fragments) EXPECT_NE(what.find(f), std::string::npos) << "'" << f << "' not in: " << what;
  }
}

// A valid 1x4x4x2 -> CONV_2D 3x3 (2 filters) -> 1x2x2x2 model; tests break
// one thing at a time.
struct ConvModel {
  ModelBuilder b;
  int in, w, bias, out;
  ConvModel() {
    in = b.int8("in", {1, 4, 4, 2}, 0.5f, 0);
    w = b.int8_const("w", {2, 3, 3, 2}, std::vector<int8_t>(36, 1), {1.0f, 2.0f}, 0);
    bias = b.int32_const("bias", {2}, {0, 0});
    out = b.int8("out", {1, 2, 2, 2}, 1.0f, 0);
    b.op(OpType::Conv2D, {in, w, bias}, {out});
    b.input(in);
    b.output(out);
  }
};

TEST(Errors, ValidBaselineRuns) {
  ConvModel c;
  EXPECT_EQ(run_int8(c.b.m, {std::vector<int8_t>(32, 2)}).size(), 8u);
}

TEST(Errors, UnsupportedOperatorNamesIt) {
  ModelBuilder b;
  const int in = b.int8("in", {4}, 1.0f, 0);
  const int out = b.int8("out", {4}, 1.0f, 0);
  b.op(static_cast<OpType>(28), {in}, {out});  // TANH
  b.input(in);
  b.output(out);
  expect_rejected(b.m, {"op 0 (TANH)", "not supported"});
}

TEST(Errors, WrongTypes) {
  ConvModel c;
  c.b.m.tensors[c.in].type = model::DType::UInt8;
  expect_rejected(c.b.m, {"op 0 (CONV_2D)", "input 'in' is uint8, expected int8"});
  ConvModel d;
  d.b.m.tensors[d.bias].type = model::DType::Int64;
  d.b.m.tensors[d.bias].data.resize(16);
  expect_rejected(d.b.m, {"op 0 (CONV_2D)", "bias 'bias' is int64"});
}

TEST(Errors, NonConstantFilter) {
  ConvModel c;
  c.b.m.tensors[c.w].data.clear();
  c.b.input(c.w);
  expect_rejected(c.b.m, {"op 0 (CONV_2D)", "filter 'w' must be a constant"});
}

TEST(Errors, OutputShapeMismatch) {
  ConvModel c;
  c.b.m.tensors[c.out].shape = {1, 3, 3, 2};
  expect_rejected(c.b.m, {"op 0 (CONV_2D)", "output 'out' has shape [1, 3, 3, 2]", "produces [1, 2, 2, 2]"});
}

TEST(Errors, AsymmetricPerChannelWeights) {
  ConvModel c;
  c.b.m.tensors[c.w].quant.zero_point = {0, 3};
  expect_rejected(c.b.m, {"op 0 (CONV_2D)", "zero point 3", "symmetric"});
}

TEST(Errors, PerChannelCountMismatch) {
  ConvModel c;
  c.b.m.tensors[c.w].quant.scale = {1.0f, 2.0f, 3.0f};
  c.b.m.tensors[c.w].quant.zero_point = {0, 0, 0};
  expect_rejected(c.b.m, {"op 0 (CONV_2D)", "3 channel scales for 2 channels"});
}

TEST(Errors, MissingQuantisation) {
  ConvModel c;
  c.b.m.tensors[c.in].quant = {};
  expect_rejected(c.b.m, {"op 0 (CONV_2D)", "input 'in' needs per-tensor quantisation"});
}

TEST(Errors, InvalidStride) {
  ConvModel c;
  c.b.m.ops[0].opt.stride_h = 0;
  expect_rejected(c.b.m, {"op 0 (CONV_2D)", "stride 0x1"});
}

TEST(Errors, DepthMultiplierMismatch) {
  ModelBuilder b;
  const int in = b.int8("in", {1, 3, 3, 2}, 1.0f, 0);
  const int w = b.int8_const("w", {1, 2, 2, 4}, std::vector<int8_t>(16, 1), {1.0f});
  const int out = b.int8("out", {1, 2, 2, 4}, 1.0f, 0);
  b.op(OpType::DepthwiseConv2D, {in, w}, {out}).opt.depth_multiplier = 1;
  b.input(in);
  b.output(out);
  expect_rejected(b.m, {"op 0 (DEPTHWISE_CONV_2D)", "depth_multiplier option is 1"});
}

TEST(Errors, SoftmaxOutputQuantisation) {
  ModelBuilder b;
  const int in = b.int8("in", {4}, 0.1f, 0);
  const int out = b.int8("out", {4}, 1.0f / 255, -128);
  b.op(OpType::Softmax, {in}, {out});
  b.input(in);
  b.output(out);
  expect_rejected(b.m, {"op 0 (SOFTMAX)", "scale 1/256 and zero point -128"});
}

TEST(Errors, PoolingRescaleAndBroadcast) {
  {
    ModelBuilder b;
    const int in = b.int8("in", {1, 2, 2, 1}, 0.1f, 0);
    const int out = b.int8("out", {1, 1, 1, 1}, 0.2f, 0);
    auto& op = b.op(OpType::AveragePool2D, {in}, {out});
    op.opt.filter_h = op.opt.filter_w = 2;
    b.input(in);
    b.output(out);
    expect_rejected(b.m, {"op 0 (AVERAGE_POOL_2D)", "quantisation differ"});
  }
  {
    ModelBuilder b;
    const int x = b.int8("x", {2, 3}, 0.1f, 0);
    const int y = b.int8("y", {2, 2}, 0.1f, 0);
    const int out = b.int8("out", {2, 3}, 0.1f, 0);
    b.op(OpType::Add, {x, y}, {out});
    b.input(x);
    b.input(y);
    b.output(out);
    expect_rejected(b.m, {"op 0 (ADD)", "[2, 3] and [2, 2] cannot be broadcast"});
  }
}

TEST(Errors, MeanAxisAndConcatActivation) {
  {
    ModelBuilder b;
    const int in = b.int8("in", {2, 3}, 0.1f, 0);
    const int axis = b.int32_const("axis", {1}, {2});
    const int out = b.int8("out", {2}, 0.1f, 0);
    b.op(OpType::Mean, {in, axis}, {out});
    b.input(in);
    b.output(out);
    expect_rejected(b.m, {"op 0 (MEAN)", "axis 2 is outside the input rank 2"});
  }
  {
    ModelBuilder b;
    const int x = b.int8("x", {1, 2}, 0.1f, 0);
    const int out = b.int8("out", {1, 2}, 0.1f, 0);
    b.op(OpType::Concatenation, {x}, {out}).opt.activation = model::Activation::Relu;
    b.input(x);
    b.output(out);
    expect_rejected(b.m, {"op 0 (CONCATENATION)", "fused activation"});
  }
}

TEST(Errors, MultiplierOutOfRange) {
  // 1000 * 1000 / 1e-6 = 1e12 would need a left shift of 40.
  ModelBuilder b;
  const int x = b.int8("x", {2}, 1000.0f, 0);
  const int y = b.int8("y", {2}, 1000.0f, 0);
  const int out = b.int8("out", {2}, 1e-6f, 0);
  b.op(OpType::Mul, {x, y}, {out});
  b.input(x);
  b.input(y);
  b.output(out);
  expect_rejected(b.m, {"op 0 (MUL)", "shift of 40"});
}

TEST(Errors, SecondOperatorIsNamed) {
  ConvModel c;
  const int out2 = c.b.int8("out2", {1, 2, 2, 2}, 0.5f, 0);
  c.b.op(OpType::Logistic, {c.out}, {out2});  // output zero point must be -128
  c.b.m.outputs = {out2};
  expect_rejected(c.b.m, {"op 1 (LOGISTIC)", "zero point -128"});
}

TEST(Errors, GraphStructure) {
  {
    ConvModel c;
    c.b.m.ops[0].inputs[0] = 99;
    expect_rejected(c.b.m, {"op 0 (CONV_2D)", "refers to tensor 99"});
  }
  {
    ConvModel c;
    c.b.m.inputs.clear();
    expect_rejected(c.b.m, {"op 0 (CONV_2D)", "'in' is neither a constant, a graph input nor written"});
  }
  {
    ConvModel c;
    c.b.m.ops[0].outputs[0] = c.w;
    expect_rejected(c.b.m, {"op 0 (CONV_2D)", "already a constant"});
  }
  {
    ConvModel c;
    c.b.m.tensors[c.w].data.pop_back();
    expect_rejected(c.b.m, {"tensor 1 'w' holds 35 bytes", "needs 36"});
  }
  {
    ConvModel c;
    c.b.m.tensors[c.in].shape = {1, -4, 4, 2};
    expect_rejected(c.b.m, {"tensor 0 'in' has a negative dimension"});
  }
  {
    ConvModel c;
    c.b.m.outputs = {c.in + 100};
    expect_rejected(c.b.m, {"graph output refers to tensor 100"});
  }
}

TEST(Errors, ApiMisuse) {
  ConvModel c;
  ReferenceInterpreter interp(c.b.m);
  EXPECT_THROW(interp.invoke(), ReferenceError);  // input not set
  EXPECT_THROW(interp.set_input(0, std::span<const uint8_t>(std::vector<uint8_t>(5))), ReferenceError);
  EXPECT_THROW(interp.set_input(1, std::span<const uint8_t>(std::vector<uint8_t>(32))), ReferenceError);
  EXPECT_THROW(interp.set_input(0, std::span<const float>(std::vector<float>(32))), ReferenceError);
  EXPECT_THROW(interp.output(0), ReferenceError);  // before invoke
  EXPECT_THROW(interp.tensor(77), ReferenceError);
  interp.set_input(0, std::span<const int8_t>(std::vector<int8_t>(32, 1)));
  interp.invoke();
  EXPECT_EQ(interp.output(0).size(), 8u);
  EXPECT_THROW(interp.output(1), ReferenceError);
  EXPECT_THROW(interp.tensor_float(c.out), ReferenceError);
}

}  // namespace
}  // namespace tinysim::reference::testing
