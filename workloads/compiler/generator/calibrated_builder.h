// Builds an int8 model layer by layer the way a trained and converted network
// looks, without training: weights come from a seeded PRNG, and a batch of
// random calibration inputs flows through the model as it grows.
//
// Each weighted layer (convolution, depthwise convolution, fully connected)
// draws He-scaled random weights, runs them on the calibration batch and
// folds a batch normalisation into them (per output channel: divide by the
// observed standard deviation, multiply by a random gain, shift by a random
// offset), so every channel's pre-activation is spread like a trained
// network's and ReLU keeps part of it alive. The folded weights are then
// quantised as the TFLite converter does: symmetric int8 (zero point 0), per
// output channel for convolutions, per tensor for fully connected layers;
// int32 biases with scale input_scale * weight_scale. Every activation
// tensor's scale and zero point come from the minimum and maximum the
// calibration batch reaches (ReLU outputs get zero point -128), and the
// batch is carried forward rounded to those int8 grids, so later layers are
// calibrated on what int8 inference would compute. Pooling and reshape keep
// their input's quantisation; softmax outputs use scale 1/256, zero point -128.
//
// Everything that reaches the model's bytes is integer PRNG output and IEEE
// double arithmetic (+ - * / sqrt) in a fixed order: the same model on every
// machine. (The library is built with -ffp-contract=off for that reason.)
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "workloads/compiler/generator/prng.h"
#include "workloads/compiler/ir/model_ir.h"

namespace tinysim::model {

// A generated model and what its calibration batch showed.
struct GeneratedModel {
  Model model;
  // Per tensor: number of distinct int8 values the calibration batch took
  // (0 for constants). A tensor stuck at one or two values would mean a
  // badly chosen scale.
  std::vector<int32_t> distinct_levels;
  // Per model output, per calibration sample: the int8 output values.
  std::vector<std::vector<std::vector<int8_t>>> output_samples;
};

class CalibratedModelBuilder {
 public:
  CalibratedModelBuilder(std::string model_name, uint64_t seed, int calibration_batch = 8);

  // A model input with its quantisation; calibration samples are uniform
  // over the whole int8 range.
  int32_t input(const std::string& name, const std::vector<int32_t>& shape, float scale, int32_t zero_point);

  int32_t conv2d(int32_t x, const std::string& name, int32_t out_channels, int32_t kernel_h, int32_t kernel_w,
                 int32_t stride, Padding padding, Activation activation);
  int32_t depthwise_conv2d(int32_t x, const std::string& name, int32_t kernel_h, int32_t kernel_w, int32_t stride,
                           Padding padding, Activation activation);
  // `output_spread`: standard deviation of each output across the
  // calibration batch after the folded normalisation (1 for hidden layers;
  // larger for logits so the classes' scores differ between inputs).
  int32_t fully_connected(int32_t x, const std::string& name, int32_t out_features, Activation activation,
                          double output_spread = 1.0);
  int32_t average_pool(int32_t x, const std::string& name, int32_t kernel_h, int32_t kernel_w, int32_t stride_h,
                       int32_t stride_w, Padding padding);
  int32_t add(int32_t a, int32_t b, const std::string& name, Activation activation);
  // Flattening reshape to `shape`, with the shape as a constant int32 input
  // tensor holding -1 for the first dimension, as the converter writes it.
  int32_t reshape(int32_t x, const std::string& name, const std::vector<int32_t>& shape);
  int32_t softmax(int32_t x, const std::string& name);

  GeneratedModel finish(const std::vector<int32_t>& outputs);

 private:
  enum class Kind { Conv, Depthwise, FullyConnected };
  int32_t weighted_layer(Kind kind, int32_t x, const std::string& name, int32_t out_channels, int32_t kernel_h,
                         int32_t kernel_w, int32_t stride, Padding padding, Activation activation,
                         double output_spread);
  int32_t add_tensor(Tensor t);
  // Chooses the output quantisation from the values' range, then rounds the
  // values to that int8 grid (what the next layer will see).
  void quantize_activation(Tensor& t, std::vector<double>& values, bool relu_like) const;
  static void round_to_grid(const Quantization& q, std::vector<double>& values);

  Model model_;
  SplitMix64 rng_;
  int batch_;
  std::vector<std::vector<double>> values_;  // per tensor: calibration batch, batch-major
};

}  // namespace tinysim::model
