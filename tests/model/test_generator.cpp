// The built-in model generator: structure and cost against hand computation,
// quantisation as the TFLite converter lays it out, activations that use
// their int8 range, outputs that depend on the input, and byte-identical
// output on every run.
#include <gtest/gtest.h>

#include <cstring>
#include <set>

#include "tests/model/model_test_util.h"
#include "workloads/compiler/generator/builtin_models.h"
#include "workloads/compiler/ir/model_check.h"
#include "workloads/compiler/ir/model_summary.h"
#include "workloads/compiler/tflite/tflite_writer.h"

namespace tinysim::model {
namespace {

std::map<std::string, int> op_counts(const Model& m) {
  std::map<std::string, int> counts;
  for (const Operator& op : m.ops) ++counts[op_name(op.type)];
  return counts;
}

// Multiply-accumulates and constant bytes by hand, from the layer list of
// each architecture: conv = out_h*out_w*out_c*kh*kw*in_c, depthwise =
// out_h*out_w*c*kh*kw, fully connected = in*out; constants = int8 weights +
// 4-byte biases + the 8-byte flatten shape.
TEST(Generator, KeywordSpottingCosts) {
  const Model m = make_builtin_model("kws");
  const int64_t conv1 = 25 * 5 * 64 * (10 * 4 * 1);
  const int64_t depthwise = 25 * 5 * 64 * 9, pointwise = 25 * 5 * 64 * 64;
  EXPECT_EQ(model_macs(m), conv1 + 4 * (depthwise + pointwise) + 64 * 12);
  EXPECT_EQ(model_macs(m), 2656768);  // "about 2.7 M"
  const int64_t weights = 64 * 10 * 4 + 4 * (3 * 3 * 64 + 64 * 64) + 12 * 64;
  const int64_t biases = 4 * (5 * 64 + 4 * 64 + 12);
  EXPECT_EQ(model_parameter_bytes(m), weights + biases + 8);
  EXPECT_EQ(op_counts(m), (std::map<std::string, int>{{"CONV_2D", 5},
                                                      {"DEPTHWISE_CONV_2D", 4},
                                                      {"AVERAGE_POOL_2D", 1},
                                                      {"RESHAPE", 1},
                                                      {"FULLY_CONNECTED", 1},
                                                      {"SOFTMAX", 1}}));
  EXPECT_EQ(m.tensors[m.inputs[0]].shape, (std::vector<int32_t>{1, 49, 10, 1}));
  EXPECT_EQ(m.tensors[m.outputs[0]].shape, (std::vector<int32_t>{1, 12}));
}

TEST(Generator, VisualWakeWordsCosts) {
  const Model m = make_builtin_model("vww");
  // MobileNetV1 x0.25 at 96x96: (input size, input channels, stride, output channels).
  struct Block {
    int64_t in_size, in_c, stride, out_c;
  };
  const Block blocks[13] = {{48, 8, 1, 16},   {48, 16, 2, 32},  {24, 32, 1, 32},  {24, 32, 2, 64},  {12, 64, 1, 64},
                            {12, 64, 2, 128}, {6, 128, 1, 128}, {6, 128, 1, 128}, {6, 128, 1, 128}, {6, 128, 1, 128},
                            {6, 128, 1, 128}, {6, 128, 2, 256}, {3, 256, 1, 256}};
  int64_t macs = 48 * 48 * 8 * (3 * 3 * 3);
  int64_t weights = 8 * 27, bias_count = 8;
  for (const Block& b : blocks) {
    const int64_t out = b.in_size / b.stride;
    macs += out * out * b.in_c * 9 + out * out * b.in_c * b.out_c;
    weights += 9 * b.in_c + b.in_c * b.out_c;
    bias_count += b.in_c + b.out_c;
  }
  macs += 256 * 2;
  weights += 256 * 2;
  bias_count += 2;
  EXPECT_EQ(model_macs(m), macs);
  EXPECT_EQ(model_macs(m), 7489664);
  EXPECT_EQ(model_parameter_bytes(m), weights + 4 * bias_count + 8);
  EXPECT_EQ(op_counts(m)["CONV_2D"], 14);
  EXPECT_EQ(op_counts(m)["DEPTHWISE_CONV_2D"], 13);
  EXPECT_EQ(m.tensors[m.outputs[0]].shape, (std::vector<int32_t>{1, 2}));
}

TEST(Generator, ResNet8Costs) {
  const Model m = make_builtin_model("resnet8");
  const int64_t macs = 32 * 32 * 16 * 27            // conv1
                       + 2 * 32 * 32 * 16 * 144     // stack 1
                       + 16 * 16 * 32 * 144         // stack 2, stride 2
                       + 16 * 16 * 32 * 288         //   second conv
                       + 16 * 16 * 32 * 16          //   1x1 shortcut
                       + 8 * 8 * 64 * 288           // stack 3, stride 2
                       + 8 * 8 * 64 * 576           //   second conv
                       + 8 * 8 * 64 * 32            //   1x1 shortcut
                       + 64 * 10;                   // classifier
  EXPECT_EQ(model_macs(m), macs);
  EXPECT_EQ(model_macs(m), 12501632);
  const int64_t weights = 16 * 27 + 2 * 16 * 144 + 32 * 144 + 32 * 288 + 32 * 16 + 64 * 288 + 64 * 576 + 64 * 32 + 640;
  const int64_t biases = 4 * (3 * 16 + 3 * 32 + 3 * 64 + 10);
  EXPECT_EQ(model_parameter_bytes(m), weights + biases + 8);
  EXPECT_EQ(op_counts(m), (std::map<std::string, int>{{"CONV_2D", 9},
                                                      {"ADD", 3},
                                                      {"AVERAGE_POOL_2D", 1},
                                                      {"RESHAPE", 1},
                                                      {"FULLY_CONNECTED", 1},
                                                      {"SOFTMAX", 1}}));
  // The ADDs join a main path and a shortcut computed from the same tensor.
  for (const Operator& op : m.ops) {
    if (op.type != OpType::Add) continue;
    EXPECT_EQ(op.opt.activation, Activation::Relu);
    EXPECT_EQ(m.tensors[op.inputs[0]].shape, m.tensors[op.inputs[1]].shape);
  }
}

TEST(Generator, AnomalyDetectionCosts) {
  const Model m = make_builtin_model("ad");
  const int64_t macs = 640 * 128 + 3 * 128 * 128 + 128 * 8 + 8 * 128 + 3 * 128 * 128 + 128 * 640;
  EXPECT_EQ(model_macs(m), macs);
  EXPECT_EQ(model_macs(m), 264192);
  EXPECT_EQ(model_parameter_bytes(m), macs + 4 * (4 * 128 + 8 + 4 * 128 + 640));
  ASSERT_EQ(m.ops.size(), 10u);
  for (size_t k = 0; k < m.ops.size(); ++k) {
    EXPECT_EQ(m.ops[k].type, OpType::FullyConnected);
    EXPECT_EQ(m.ops[k].opt.activation, k < 9 ? Activation::Relu : Activation::None) << k;
  }
  EXPECT_EQ(m.tensors[m.ops[4].outputs[0]].shape, (std::vector<int32_t>{1, 8}));
}

// Quantisation layout of the TFLite converter: symmetric int8 weights (per
// channel for convolutions, per tensor for fully connected), int32 biases
// with scale input_scale * weight_scale, ReLU outputs at zero point -128.
TEST(Generator, QuantisationLooksConverted) {
  for (const std::string& name : builtin_model_names()) {
    SCOPED_TRACE(name);
    const Model m = make_builtin_model(name);
    EXPECT_NO_THROW(check_model(m));
    for (const Operator& op : m.ops) {
      const Tensor& out = m.tensors[op.outputs[0]];
      if (op.opt.activation == Activation::Relu) {
        EXPECT_EQ(out.quant.zero_point[0], -128);
      }
      if (op.type != OpType::Conv2D && op.type != OpType::DepthwiseConv2D && op.type != OpType::FullyConnected) continue;
      const Tensor& in = m.tensors[op.inputs[0]];
      const Tensor& w = m.tensors[op.inputs[1]];
      const Tensor& b = m.tensors[op.inputs[2]];
      const int32_t channels = op.type == OpType::DepthwiseConv2D ? w.shape[3] : w.shape[0];
      const size_t scales = op.type == OpType::FullyConnected ? 1 : static_cast<size_t>(channels);
      ASSERT_EQ(w.quant.scale.size(), scales) << w.name;
      ASSERT_EQ(b.quant.scale.size(), scales) << b.name;
      EXPECT_EQ(w.quant.axis, op.type == OpType::DepthwiseConv2D ? 3 : 0) << w.name;
      for (size_t c = 0; c < scales; ++c) {
        EXPECT_GT(w.quant.scale[c], 0.0f);
        EXPECT_EQ(w.quant.zero_point[c], 0);
        EXPECT_EQ(b.quant.scale[c], in.quant.scale[0] * w.quant.scale[c]) << b.name << " channel " << c;
      }
      // Each channel's largest weight reaches +-127 (scale = max |w| / 127).
      const size_t per_channel = w.data.size() / scales;
      for (size_t c = 0; c < scales; ++c) {
        int max_abs = 0;
        for (size_t i = 0; i < per_channel; ++i) {
          const size_t at = op.type == OpType::DepthwiseConv2D ? i * channels + c : c * per_channel + i;
          max_abs = std::max(max_abs, std::abs(static_cast<int>(static_cast<int8_t>(w.data[at]))));
        }
        EXPECT_EQ(max_abs, 127) << w.name << " channel " << c;
      }
    }
  }
}

// On the calibration batch (8 random inputs carried through the int8 grids)
// every activation tensor takes many int8 values, and the model outputs
// differ from input to input: nothing saturates to a constant.
TEST(Generator, ActivationsUseTheirRangeAndOutputsDependOnTheInput) {
  for (const std::string& name : builtin_model_names()) {
    SCOPED_TRACE(name);
    const GeneratedModel g = generate_builtin_model(name);
    const Model& m = g.model;
    const std::set<int32_t> outputs(m.outputs.begin(), m.outputs.end());
    for (size_t t = 0; t < m.tensors.size(); ++t) {
      if (m.tensors[t].is_constant() || outputs.count(static_cast<int32_t>(t))) continue;
      // At least 24 levels, or half the values the batch has for small
      // tensors (the 1x2 logits of vww: 16 values).
      const int64_t values = m.tensors[t].elements() * 8;
      EXPECT_GE(g.distinct_levels[t], std::min<int64_t>(24, values / 2)) << m.tensors[t].name;
    }
    ASSERT_EQ(g.output_samples.size(), 1u);
    const auto& samples = g.output_samples[0];
    std::set<std::vector<int8_t>> distinct(samples.begin(), samples.end());
    EXPECT_EQ(distinct.size(), samples.size()) << "every calibration input gives its own output";
    std::set<int> argmax;
    for (const auto& s : samples) argmax.insert(static_cast<int>(std::max_element(s.begin(), s.end()) - s.begin()));
    if (name != "ad") {
      EXPECT_GE(argmax.size(), 2u) << "the predicted class changes with the input";
    }
  }
}

TEST(Generator, SameBytesEveryTime) {
  // Pinned FNV-1a hashes of the written files: a change means the generated
  // models changed (PRNG, calibration or writer), on purpose or not.
  const std::map<std::string, uint64_t> pinned = {
      {"kws", 0x22de2cf4affce93fULL},
      {"vww", 0xe63d5489f4365b37ULL},
      {"resnet8", 0x638cba0507457d18ULL},
      {"ad", 0x4f2862cdaec86e9aULL}};
  for (const std::string& name : builtin_model_names()) {
    const std::vector<uint8_t> first = write_tflite(make_builtin_model(name));
    const std::vector<uint8_t> second = write_tflite(make_builtin_model(name));
    EXPECT_EQ(first, second) << name;
    EXPECT_EQ(test::fnv1a64(first), pinned.at(name)) << name << ": 0x" << std::hex << test::fnv1a64(first);
  }
}

TEST(Generator, UnknownNameListsTheKnownOnes) {
  try {
    make_builtin_model("mobilenet");
    ADD_FAILURE() << "no error";
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "unknown built-in model 'mobilenet' (known: kws, vww, resnet8, ad)");
  }
}

}  // namespace
}  // namespace tinysim::model
