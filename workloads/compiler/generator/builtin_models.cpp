#include "workloads/compiler/generator/builtin_models.h"

#include <stdexcept>

namespace tinysim::model {
namespace {

constexpr Activation kRelu = Activation::Relu;
constexpr Activation kNone = Activation::None;

// Seeds are fixed per model so that adding a model never changes another.
constexpr uint64_t kKwsSeed = 0x6b77730001ULL;
constexpr uint64_t kVwwSeed = 0x7677770001ULL;
constexpr uint64_t kResnetSeed = 0x7265730001ULL;
constexpr uint64_t kAdSeed = 0x6164000001ULL;

// Logits get a wider spread than hidden layers so that the softmax output
// differs visibly between inputs.
constexpr double kLogitSpread = 2.0;

// DS-CNN (Zhang et al., "Hello Edge"), as benchmark/training/keyword_spotting:
// conv 10x4 stride 2 SAME 64 ch, four depthwise-separable blocks, average
// pool over the whole 25x5 map, flatten, FC 12, softmax. Every convolution
// has a fused ReLU; the input scale/zero point are those of the reference
// model's MFCC input.
GeneratedModel make_kws() {
  CalibratedModelBuilder b("kws", kKwsSeed);
  int32_t x = b.input("kws/input", {1, 49, 10, 1}, 0.5847029f, 83);
  x = b.conv2d(x, "kws/conv1", 64, 10, 4, 2, Padding::Same, kRelu);
  for (int i = 1; i <= 4; ++i) {
    const std::string block = "kws/ds" + std::to_string(i);
    x = b.depthwise_conv2d(x, block + "/depthwise", 3, 3, 1, Padding::Same, kRelu);
    x = b.conv2d(x, block + "/pointwise", 64, 1, 1, 1, Padding::Same, kRelu);
  }
  x = b.average_pool(x, "kws/avgpool", 25, 5, 25, 5, Padding::Valid);
  x = b.reshape(x, "kws/flatten", {1, 64});
  x = b.fully_connected(x, "kws/fc", 12, kNone, kLogitSpread);
  x = b.softmax(x, "kws/softmax");
  return b.finish({x});
}

// MobileNetV1 alpha 0.25 at 96x96 (benchmark/training/visual_wake_words):
// conv 3x3 stride 2 to 8 channels, then 13 depthwise 3x3 + pointwise 1x1
// blocks following MobileNetV1's (stride, channels) schedule scaled by 0.25,
// average pool 3x3, flatten, FC 2, softmax. ReLU after every convolution.
// Input quantisation as the reference model: pixels in [0, 1], scale 1/255.
GeneratedModel make_vww() {
  CalibratedModelBuilder b("vww", kVwwSeed);
  int32_t x = b.input("vww/input", {1, 96, 96, 3}, 1.0f / 255, -128);
  x = b.conv2d(x, "vww/conv1", 8, 3, 3, 2, Padding::Same, kRelu);
  struct Block {
    int32_t stride, channels;
  };
  constexpr Block kSchedule[13] = {{1, 16},  {2, 32},  {1, 32},  {2, 64},  {1, 64},  {2, 128}, {1, 128},
                                   {1, 128}, {1, 128}, {1, 128}, {1, 128}, {2, 256}, {1, 256}};
  for (int i = 0; i < 13; ++i) {
    const std::string block = "vww/block" + std::to_string(i + 1);
    x = b.depthwise_conv2d(x, block + "/depthwise", 3, 3, kSchedule[i].stride, Padding::Same, kRelu);
    x = b.conv2d(x, block + "/pointwise", kSchedule[i].channels, 1, 1, 1, Padding::Same, kRelu);
  }
  x = b.average_pool(x, "vww/avgpool", 3, 3, 3, 3, Padding::Valid);
  x = b.reshape(x, "vww/flatten", {1, 256});
  x = b.fully_connected(x, "vww/fc", 2, kNone, kLogitSpread);
  x = b.softmax(x, "vww/softmax");
  return b.finish({x});
}

// ResNet-8 for CIFAR-10 (benchmark/training/image_classification): conv 3x3
// 16 ch; three residual stacks of 16, 32, 64 channels, each two 3x3
// convolutions (ReLU after the first only) and an ADD with fused ReLU; the
// second and third stacks halve the resolution in their first convolution
// and take the shortcut through a 1x1 stride-2 convolution. Average pool
// 8x8, flatten, FC 10, softmax. Operator order as in the reference model
// (main path, then shortcut, then ADD). Input: raw pixels, scale 1, zero point -128.
GeneratedModel make_resnet8() {
  CalibratedModelBuilder b("resnet8", kResnetSeed);
  int32_t x = b.input("resnet8/input", {1, 32, 32, 3}, 1.0f, -128);
  x = b.conv2d(x, "resnet8/conv1", 16, 3, 3, 1, Padding::Same, kRelu);
  // Stack 1: identity shortcut.
  int32_t y = b.conv2d(x, "resnet8/stack1/conv1", 16, 3, 3, 1, Padding::Same, kRelu);
  y = b.conv2d(y, "resnet8/stack1/conv2", 16, 3, 3, 1, Padding::Same, kNone);
  x = b.add(x, y, "resnet8/stack1/add", kRelu);
  // Stacks 2 and 3: stride 2 and a projection shortcut.
  for (int stack = 2; stack <= 3; ++stack) {
    const int32_t channels = stack == 2 ? 32 : 64;
    const std::string prefix = "resnet8/stack" + std::to_string(stack);
    y = b.conv2d(x, prefix + "/conv1", channels, 3, 3, 2, Padding::Same, kRelu);
    y = b.conv2d(y, prefix + "/conv2", channels, 3, 3, 1, Padding::Same, kNone);
    const int32_t shortcut = b.conv2d(x, prefix + "/shortcut", channels, 1, 1, 2, Padding::Same, kNone);
    x = b.add(shortcut, y, prefix + "/add", kRelu);
  }
  x = b.average_pool(x, "resnet8/avgpool", 8, 8, 8, 8, Padding::Valid);
  x = b.reshape(x, "resnet8/flatten", {1, 64});
  x = b.fully_connected(x, "resnet8/fc", 10, kNone, kLogitSpread);
  x = b.softmax(x, "resnet8/softmax");
  return b.finish({x});
}

// Fully connected autoencoder on 640 log-mel features (5 frames x 128 bins)
// (benchmark/training/anomaly_detection): 640 -> 128 -> 128 -> 128 -> 128 ->
// 8 -> 128 -> 128 -> 128 -> 128 -> 640, ReLU after every layer but the last
// (batch normalisation folded in). Input quantisation as the reference model.
GeneratedModel make_ad() {
  CalibratedModelBuilder b("ad", kAdSeed);
  int32_t x = b.input("ad/input", {1, 640}, 0.3910152f, 89);
  constexpr int32_t kWidths[10] = {128, 128, 128, 128, 8, 128, 128, 128, 128, 640};
  for (int i = 0; i < 10; ++i)
    x = b.fully_connected(x, "ad/dense" + std::to_string(i + 1), kWidths[i], i < 9 ? kRelu : kNone);
  return b.finish({x});
}

}  // namespace

const std::vector<std::string>& builtin_model_names() {
  static const std::vector<std::string> names = {"kws", "vww", "resnet8", "ad"};
  return names;
}

GeneratedModel generate_builtin_model(std::string_view name) {
  if (name == "kws") return make_kws();
  if (name == "vww") return make_vww();
  if (name == "resnet8") return make_resnet8();
  if (name == "ad") return make_ad();
  std::string known;
  for (const std::string& n : builtin_model_names()) {
    if (!known.empty()) known += ", ";
    known += n;
  }
  throw std::invalid_argument("unknown built-in model '" + std::string(name) + "' (known: " + known + ")");
}

Model make_builtin_model(std::string_view name) { return generate_builtin_model(name).model; }

}  // namespace tinysim::model
