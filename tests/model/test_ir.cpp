// The IR's helpers and check_model on hand-built models.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

#include "tests/model/model_test_util.h"
#include "workloads/compiler/ir/model_check.h"
#include "workloads/compiler/ir/model_summary.h"

namespace tinysim::model {
namespace {

std::string check_message(const Model& m) {
  try {
    check_model(m);
  } catch (const ModelError& e) {
    return e.what();
  }
  return "";
}

TEST(ModelIr, NamesAndSizes) {
  EXPECT_STREQ(op_name(OpType::Conv2D), "CONV_2D");
  EXPECT_STREQ(op_name(OpType::Quantize), "QUANTIZE");
  EXPECT_STREQ(builtin_op_name(5), "DEPTH_TO_SPACE");
  EXPECT_STREQ(builtin_op_name(150), "GELU");
  EXPECT_STREQ(builtin_op_name(205), "REDUCE_WINDOW");
  EXPECT_STREQ(builtin_op_name(-3), "UNKNOWN(-3)");
  EXPECT_STREQ(builtin_op_name(999), "UNKNOWN(999)");
  EXPECT_EQ(dtype_size(DType::Int8), 1);
  EXPECT_EQ(dtype_size(DType::Int16), 2);
  EXPECT_EQ(dtype_size(DType::Float32), 4);
  EXPECT_EQ(dtype_size(DType::Int64), 8);
  EXPECT_STREQ(dtype_name(DType::UInt8), "uint8");
}

TEST(ModelIr, SupportedOperators) {
  // The 15 operators of the brief, by their TFLite codes.
  for (int32_t code : {0, 1, 2, 3, 4, 6, 9, 14, 17, 18, 22, 25, 34, 40, 114}) {
    EXPECT_TRUE(is_supported_op(code)) << code;
    EXPECT_NE(supported_ops_list().find(builtin_op_name(code)), std::string::npos) << builtin_op_name(code);
  }
  for (int32_t code : {5, 7, 19, 21, 32, 41, 127, 150, -1, 1000}) EXPECT_FALSE(is_supported_op(code)) << code;
  EXPECT_EQ(supported_ops_list().rfind("CONV_2D, DEPTHWISE_CONV_2D, FULLY_CONNECTED", 0), 0u);
}

TEST(ModelIr, WindowGeometryFollowsTflite) {
  EXPECT_EQ(window_output_size(49, 10, 2, 1, Padding::Same), 25);
  EXPECT_EQ(window_output_size(10, 4, 2, 1, Padding::Same), 5);
  EXPECT_EQ(window_output_size(10, 3, 1, 2, Padding::Valid), 6);  // effective window 5
  EXPECT_EQ(window_output_size(4, 5, 1, 1, Padding::Valid), -1);
  // SAME, 49 rows, kernel 10, stride 2 -> 25 rows: 9 padding rows, 4 before.
  EXPECT_EQ(window_padding_before(49, 25, 10, 2, 1, Padding::Same), 4);
  EXPECT_EQ(window_padding_before(10, 5, 4, 2, 1, Padding::Same), 1);
  EXPECT_EQ(window_padding_before(96, 48, 3, 2, 1, Padding::Same), 0);  // odd padding goes after
  EXPECT_EQ(window_padding_before(10, 6, 3, 1, 2, Padding::Valid), 0);
  std::vector<int32_t> out;
  EXPECT_TRUE(broadcast_shapes({1, 4, 4, 8}, {8}, out));
  EXPECT_EQ(out, (std::vector<int32_t>{1, 4, 4, 8}));
  EXPECT_FALSE(broadcast_shapes({1, 4, 4, 8}, {4, 3, 8}, out));
}

TEST(ModelIr, AllOpsModelIsValidAndCounted) {
  const Model m = test::make_all_ops_model();
  EXPECT_EQ(check_message(m), "");
  // MACs by hand: conv 1x6x6x6 outputs x 3x3x4; depthwise 1x3x3x12 x 3x3; FC 10 x 24.
  EXPECT_EQ(op_macs(m, m.ops[1]), 6 * 6 * 6 * 36);
  EXPECT_EQ(op_macs(m, m.ops[2]), 3 * 3 * 12 * 9);
  EXPECT_EQ(op_macs(m, m.ops[8]), 10 * 24);
  EXPECT_EQ(op_macs(m, m.ops[0]), 0);  // PAD
  EXPECT_EQ(model_macs(m), 6 * 6 * 6 * 36 + 3 * 3 * 12 * 9 + 10 * 24);
  // Constants: paddings 32, conv 216 + 24, depthwise 108, axes 8, FC 240 + 40.
  EXPECT_EQ(model_parameter_bytes(m), 32 + 216 + 24 + 108 + 8 + 240 + 40);
  const std::string summary = model_summary(m);
  EXPECT_NE(summary.find("3x3 s1,1 VALID d2,2 RELU6"), std::string::npos) << summary;
  EXPECT_NE(summary.find("total: 15 operators"), std::string::npos) << summary;
}

TEST(ModelCheck, AcceptsGroupedConvolution) {
  // 4 input channels in 2 groups of 2, 6 output channels (3 per group).
  Model m = test::make_all_ops_model();
  Tensor& filter = m.tensors[m.ops[1].inputs[1]];
  filter.shape = {6, 3, 3, 2};
  filter.data.resize(6 * 3 * 3 * 2);
  EXPECT_EQ(check_message(m), "");
  EXPECT_EQ(op_macs(m, m.ops[1]), 6 * 6 * 6 * 3 * 3 * 2);
}

TEST(ModelIr, OpMacsToleratesBadIndices) {
  Model m = test::make_all_ops_model();
  Operator op = m.ops[1];
  op.inputs[1] = 12345;
  EXPECT_EQ(op_macs(m, op), 0);
  op.outputs.clear();
  EXPECT_EQ(op_macs(m, op), 0);
}

// Each damaged copy of the all-ops model must be rejected with a message
// naming the place; the cases cover the groups of checks.
TEST(ModelCheck, RejectsInconsistentModels) {
  struct Case {
    const char* what;
    void (*damage)(Model&);
    const char* expected;
  };
  const Case cases[] = {
      {"conv output shape", [](Model& m) { m.tensors[m.ops[1].outputs[0]].shape = {1, 7, 6, 6}; },
       "operator 1 (CONV_2D): output 0 (tensor 5 'conv') has shape [1,7,6,6], the options give [1,6,6,6]"},
      {"stride 0", [](Model& m) { m.ops[1].opt.stride_h = 0; }, "operator 1 (CONV_2D): stride 0x1"},
      {"input channels", [](Model& m) { m.tensors[3].shape = {6, 3, 3, 5}; m.tensors[3].data.resize(6 * 45); },
       "has 5 input channels per group and 6 output channels, which do not split the input's 4 channels"},
      {"groups vs output channels",
       [](Model& m) { m.tensors[3].shape = {6, 3, 3, 1}; m.tensors[3].data.resize(6 * 9); },  // 4 groups, 6 outputs
       "1 input channels per group and 6 output channels"},
      {"per-channel count", [](Model& m) { m.tensors[3].quant.scale.pop_back(); m.tensors[3].quant.zero_point.pop_back(); },
       "5 per-channel scales for dimension 0 of size 6"},
      {"asymmetric weights", [](Model& m) { m.tensors[3].quant.zero_point[0] = 1; },
       "int8 weights must be symmetric"},
      {"data size", [](Model& m) { m.tensors[3].data.pop_back(); }, "constant data is 215 bytes"},
      {"negative dimension", [](Model& m) { m.tensors[0].shape[1] = -1; }, "dimension 1 is -1"},
      {"order", [](Model& m) { std::swap(m.ops[0], m.ops[1]); },
       "operator 0 (CONV_2D): input 0 (tensor 2 'pad') is neither a constant"},
      {"written twice", [](Model& m) { m.ops[4].outputs[0] = m.ops[3].outputs[0]; },
       "already written by an earlier operator"},
      {"index range", [](Model& m) { m.ops[2].inputs[0] = 99; }, "refers to tensor 99"},
      {"non-optional -1", [](Model& m) { m.ops[0].inputs[1] = -1; }, "operator 0 (PAD): input 1 refers to tensor -1"},
      {"depthwise multiplier", [](Model& m) { m.ops[2].opt.depth_multiplier = 3; }, "depth multiplier 3"},
      {"pool quantisation", [](Model& m) { m.tensors[m.ops[3].outputs[0]].quant.scale[0] = 0.5f; },
       "must have the same quantisation"},
      {"softmax output", [](Model& m) { m.tensors[m.ops.back().outputs[0]].quant.zero_point[0] = 0; },
       "scale 1/256 and zero point -128"},
      {"activation on reshape", [](Model& m) { m.ops[10].opt.activation = Activation::Relu; },
       "operator 10 (RESHAPE): has a fused activation"},
      {"mean axis", [](Model& m) { std::memcpy(m.tensors[m.ops[7].inputs[1]].data.data(), "\x07\0\0\0", 4); },
       "holds axis 7 outside rank 4"},
      {"concat axis", [](Model& m) { m.ops[5].opt.axis = 4; }, "axis 4 outside rank 4"},
      {"fc rows", [](Model& m) { m.tensors[m.ops[8].inputs[1]].shape = {12, 20}; },
       "is not a whole number of rows of 20"},
      {"float conv", [](Model& m) { m.tensors[0].type = DType::Float32; m.tensors[0].quant = {}; },
       "is float32, expected int8"},
      {"missing output", [](Model& m) { m.outputs.push_back(m.ops[0].inputs[1]); },
       "is not computed by any operator"},
      {"no input", [](Model& m) { m.inputs.clear(); }, "the model has no input"},
      {"nan scale", [](Model& m) { m.tensors[0].quant.scale[0] = std::nanf(""); }, "is not a finite number"},
      {"zero point range", [](Model& m) { m.tensors[0].quant.zero_point[0] = 128; },
       "zero point 128 outside the range of int8"},
      {"huge tensor", [](Model& m) { m.tensors[0].shape = {1 << 15, 1 << 15, 1}; }, "has more than"},
  };
  for (const Case& c : cases) {
    Model m = test::make_all_ops_model();
    c.damage(m);
    const std::string message = check_message(m);
    EXPECT_NE(message.find(c.expected), std::string::npos) << c.what << ": got '" << message << "'";
  }
}

}  // namespace
}  // namespace tinysim::model
