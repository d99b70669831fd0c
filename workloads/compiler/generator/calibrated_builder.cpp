#include "workloads/compiler/generator/calibrated_builder.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <set>
#include <stdexcept>

#include "workloads/compiler/ir/model_check.h"

namespace tinysim::model {
namespace {

// Round half away from zero, as TFLite's quantiser does; floor() is exact,
// so this does not depend on the floating-point rounding mode.
double round_half_away(double v) { return v >= 0 ? std::floor(v + 0.5) : -std::floor(-v + 0.5); }

int64_t elements_of(const std::vector<int32_t>& shape) {
  int64_t n = 1;
  for (int32_t d : shape) n *= d;
  return n;
}

// Geometry of a windowed operator on an NHWC input.
struct Window {
  int32_t batch, in_h, in_w, in_c;
  int32_t kernel_h, kernel_w, stride_h, stride_w;
  int32_t out_h, out_w;
  int32_t pad_top, pad_left;

  Window(const std::vector<int32_t>& in, int32_t kh, int32_t kw, int32_t sh, int32_t sw, Padding padding)
      : batch(in[0]), in_h(in[1]), in_w(in[2]), in_c(in[3]), kernel_h(kh), kernel_w(kw), stride_h(sh), stride_w(sw) {
    out_h = static_cast<int32_t>(window_output_size(in_h, kh, sh, 1, padding));
    out_w = static_cast<int32_t>(window_output_size(in_w, kw, sw, 1, padding));
    if (out_h < 1 || out_w < 1) throw std::invalid_argument("window does not fit the input");
    pad_top = static_cast<int32_t>(window_padding_before(in_h, out_h, kh, sh, 1, padding));
    pad_left = static_cast<int32_t>(window_padding_before(in_w, out_w, kw, sw, 1, padding));
  }
};

// Float convolution over the calibration batch (batch b of `samples`).
// Conv weights are [OC, KH, KW, IC]; depthwise weights [1, KH, KW, C] with
// OC = C (multiplier 1). Output [samples, OH, OW, OC].
std::vector<double> convolve(const std::vector<double>& x, int samples, const Window& g, const std::vector<double>& w,
                             int32_t out_c, bool depthwise) {
  std::vector<double> z(static_cast<size_t>(samples) * g.out_h * g.out_w * out_c, 0.0);
  for (int b = 0; b < samples; ++b)
    for (int32_t oy = 0; oy < g.out_h; ++oy)
      for (int32_t ox = 0; ox < g.out_w; ++ox)
        for (int32_t oc = 0; oc < out_c; ++oc) {
          double acc = 0;
          for (int32_t ky = 0; ky < g.kernel_h; ++ky) {
            const int32_t iy = oy * g.stride_h - g.pad_top + ky;
            if (iy < 0 || iy >= g.in_h) continue;
            for (int32_t kx = 0; kx < g.kernel_w; ++kx) {
              const int32_t ix = ox * g.stride_w - g.pad_left + kx;
              if (ix < 0 || ix >= g.in_w) continue;
              const double* in = &x[((static_cast<size_t>(b) * g.in_h + iy) * g.in_w + ix) * g.in_c];
              if (depthwise) {
                acc += in[oc] * w[(static_cast<size_t>(ky) * g.kernel_w + kx) * out_c + oc];
              } else {
                const double* wk = &w[((static_cast<size_t>(oc) * g.kernel_h + ky) * g.kernel_w + kx) * g.in_c];
                for (int32_t ic = 0; ic < g.in_c; ++ic) acc += in[ic] * wk[ic];
              }
            }
          }
          z[((static_cast<size_t>(b) * g.out_h + oy) * g.out_w + ox) * out_c + oc] = acc;
        }
  return z;
}

void apply_activation(Activation a, std::vector<double>& v) {
  for (double& x : v) {
    switch (a) {
      case Activation::None: break;
      case Activation::Relu: x = std::max(x, 0.0); break;
      case Activation::Relu6: x = std::clamp(x, 0.0, 6.0); break;
      case Activation::ReluN1To1: x = std::clamp(x, -1.0, 1.0); break;
    }
  }
}

std::vector<uint8_t> int32_bytes(const std::vector<int32_t>& values) {
  std::vector<uint8_t> bytes(values.size() * 4);
  for (size_t i = 0; i < values.size(); ++i) {
    const uint32_t v = static_cast<uint32_t>(values[i]);
    for (int k = 0; k < 4; ++k) bytes[4 * i + k] = static_cast<uint8_t>(v >> (8 * k));  // little endian
  }
  return bytes;
}

}  // namespace

CalibratedModelBuilder::CalibratedModelBuilder(std::string model_name, uint64_t seed, int calibration_batch)
    : rng_(seed), batch_(calibration_batch) {
  model_.name = std::move(model_name);
}

int32_t CalibratedModelBuilder::add_tensor(Tensor t) {
  model_.tensors.push_back(std::move(t));
  values_.emplace_back();
  return static_cast<int32_t>(model_.tensors.size() - 1);
}

void CalibratedModelBuilder::round_to_grid(const Quantization& q, std::vector<double>& values) {
  const double scale = q.scale[0];
  const double zp = static_cast<double>(q.zero_point[0]);
  for (double& v : values) {
    const double level = std::clamp(round_half_away(v / scale) + zp, -128.0, 127.0);
    v = (level - zp) * scale;
  }
}

void CalibratedModelBuilder::quantize_activation(Tensor& t, std::vector<double>& values, bool relu_like) const {
  // The range always contains 0 so that 0 is exactly representable (padding).
  double lo = 0, hi = 0;
  for (double v : values) lo = std::min(lo, v), hi = std::max(hi, v);
  if (relu_like) lo = 0;
  if (hi - lo <= 0) hi = lo + 1e-3;  // a constant tensor still needs a valid scale
  const float scale = static_cast<float>((hi - lo) / 255.0);
  const double zp = std::clamp(round_half_away(-128.0 - lo / scale), -128.0, 127.0);
  t.type = DType::Int8;
  t.quant.scale = {scale};
  t.quant.zero_point = {static_cast<int64_t>(zp)};
  t.quant.axis = 0;
  round_to_grid(t.quant, values);
}

int32_t CalibratedModelBuilder::input(const std::string& name, const std::vector<int32_t>& shape, float scale,
                                      int32_t zero_point) {
  Tensor t;
  t.name = name;
  t.type = DType::Int8;
  t.shape = shape;
  t.quant.scale = {scale};
  t.quant.zero_point = {zero_point};
  std::vector<double> values(static_cast<size_t>(batch_) * elements_of(shape));
  for (double& v : values) v = (rng_.integer(-128, 127) - zero_point) * static_cast<double>(scale);
  const int32_t id = add_tensor(std::move(t));
  values_[id] = std::move(values);
  model_.inputs.push_back(id);
  return id;
}

int32_t CalibratedModelBuilder::weighted_layer(Kind kind, int32_t x, const std::string& name, int32_t out_channels,
                                               int32_t kernel_h, int32_t kernel_w, int32_t stride, Padding padding,
                                               Activation activation, double output_spread) {
  const Tensor& in = model_.tensors[x];
  const std::vector<double>& xv = values_[x];
  const bool depthwise = kind == Kind::Depthwise;
  const bool fc = kind == Kind::FullyConnected;

  // Fully connected layers are 1x1 convolutions over [batch, 1, 1, features].
  const int32_t in_features = fc ? in.shape.back() : in.shape[3];
  const std::vector<int32_t> in_nhwc =
      fc ? std::vector<int32_t>{static_cast<int32_t>(elements_of(in.shape) / in_features), 1, 1, in_features}
         : in.shape;
  Window g(in_nhwc, kernel_h, kernel_w, stride, stride, padding);
  g.batch = in_nhwc[0];
  const int samples = batch_ * g.batch;
  const int32_t oc_count = depthwise ? in_features : out_channels;
  const int32_t fan_in = depthwise ? kernel_h * kernel_w : kernel_h * kernel_w * in_features;
  const size_t per_channel = depthwise ? static_cast<size_t>(kernel_h) * kernel_w
                                       : static_cast<size_t>(kernel_h) * kernel_w * in_features;

  // 1. He-initialised float weights, and what they make of the batch.
  std::vector<double> w(per_channel * oc_count);
  const double he = std::sqrt(2.0 / fan_in);
  for (double& v : w) v = rng_.normal() * he;
  std::vector<double> z = convolve(xv, samples, g, w, oc_count, depthwise);

  // 2. Fold a batch normalisation: per channel, unit spread times a random
  // gain, plus a random offset (positive-leaning before ReLU, so most
  // channels stay partly active as in trained networks).
  const size_t positions = z.size() / oc_count;
  std::vector<double> bias(oc_count);
  for (int32_t c = 0; c < oc_count; ++c) {
    double sum = 0, sum_sq = 0;
    for (size_t p = 0; p < positions; ++p) sum += z[p * oc_count + c];
    const double mean = sum / positions;
    for (size_t p = 0; p < positions; ++p) sum_sq += (z[p * oc_count + c] - mean) * (z[p * oc_count + c] - mean);
    const double stddev = std::sqrt(sum_sq / positions);
    const double gain = output_spread * rng_.uniform(0.6, 1.4) / (stddev > 1e-12 ? stddev : 1.0);
    const double offset = activation == Activation::None ? rng_.uniform(-0.3, 0.3) : rng_.uniform(-0.2, 0.6);
    for (size_t i = 0; i < per_channel; ++i) {
      // Depthwise weights are [1, KH, KW, C]: channel c is strided.
      double& wi = depthwise ? w[i * oc_count + c] : w[c * per_channel + i];
      wi *= gain;
    }
    bias[c] = offset * output_spread - mean * gain;
  }

  // 3. Symmetric int8 weights: per output channel for convolutions, per
  // tensor for fully connected layers (what the converter produces).
  std::vector<float> w_scale(fc ? 1 : oc_count);
  for (int32_t c = 0; c < oc_count; ++c) {
    double max_abs = 0;
    for (size_t i = 0; i < per_channel; ++i)
      max_abs = std::max(max_abs, std::fabs(depthwise ? w[i * oc_count + c] : w[c * per_channel + i]));
    float& s = w_scale[fc ? 0 : c];
    s = std::max(s, static_cast<float>(max_abs / 127.0));
  }
  for (float& s : w_scale)
    if (!(s > 0)) s = 1.0f;
  std::vector<uint8_t> w_bytes(w.size());
  std::vector<double> w_dequantized(w.size());
  for (size_t i = 0; i < w.size(); ++i) {
    const int32_t c = depthwise ? static_cast<int32_t>(i % oc_count) : static_cast<int32_t>(i / per_channel);
    const double s = w_scale[fc ? 0 : c];
    const int32_t q = static_cast<int32_t>(std::clamp(round_half_away(w[i] / s), -127.0, 127.0));
    w_bytes[i] = static_cast<uint8_t>(static_cast<int8_t>(q));
    w_dequantized[i] = q * s;
  }

  // 4. int32 bias with scale input_scale * weight_scale (per channel).
  const float in_scale = in.quant.scale[0];
  std::vector<float> b_scale(w_scale.size());
  for (size_t i = 0; i < w_scale.size(); ++i) b_scale[i] = in_scale * w_scale[i];
  std::vector<int32_t> b_q(oc_count);
  std::vector<double> b_dequantized(oc_count);
  for (int32_t c = 0; c < oc_count; ++c) {
    const double s = b_scale[fc ? 0 : c];
    const double q = std::clamp(round_half_away(bias[c] / s), static_cast<double>(std::numeric_limits<int32_t>::min()),
                                static_cast<double>(std::numeric_limits<int32_t>::max()));
    b_q[c] = static_cast<int32_t>(q);
    b_dequantized[c] = q * s;
  }

  // 5. The int8 layer's result on the batch: quantised weights and bias,
  // activation, then the output's range gives its quantisation.
  std::vector<double> y = convolve(xv, samples, g, w_dequantized, oc_count, depthwise);
  for (size_t p = 0; p < y.size(); ++p) y[p] += b_dequantized[p % oc_count];
  apply_activation(activation, y);

  Tensor weights;
  weights.name = name + "/weights";
  weights.type = DType::Int8;
  weights.shape = fc ? std::vector<int32_t>{out_channels, in_features}
                     : depthwise ? std::vector<int32_t>{1, kernel_h, kernel_w, oc_count}
                                 : std::vector<int32_t>{out_channels, kernel_h, kernel_w, in_features};
  weights.quant.scale = w_scale;
  weights.quant.zero_point.assign(w_scale.size(), 0);
  weights.quant.axis = depthwise && w_scale.size() > 1 ? 3 : 0;
  weights.data = std::move(w_bytes);

  Tensor bias_tensor;
  bias_tensor.name = name + "/bias";
  bias_tensor.type = DType::Int32;
  bias_tensor.shape = {oc_count};
  bias_tensor.quant.scale = b_scale;
  bias_tensor.quant.zero_point.assign(b_scale.size(), 0);
  bias_tensor.data = int32_bytes(b_q);

  Tensor out;
  out.name = name;
  out.shape = fc ? std::vector<int32_t>{g.batch, out_channels} : std::vector<int32_t>{g.batch, g.out_h, g.out_w, oc_count};
  const bool relu_like = activation == Activation::Relu || activation == Activation::Relu6;
  quantize_activation(out, y, relu_like);

  const int32_t w_id = add_tensor(std::move(weights));
  const int32_t b_id = add_tensor(std::move(bias_tensor));
  const int32_t out_id = add_tensor(std::move(out));
  values_[out_id] = std::move(y);

  Operator op;
  op.type = fc ? OpType::FullyConnected : depthwise ? OpType::DepthwiseConv2D : OpType::Conv2D;
  op.inputs = {x, w_id, b_id};
  op.outputs = {out_id};
  op.opt.activation = activation;
  if (!fc) {
    op.opt.padding = padding;
    op.opt.stride_h = op.opt.stride_w = stride;
  }
  if (depthwise) op.opt.depth_multiplier = 1;
  model_.ops.push_back(op);
  return out_id;
}

int32_t CalibratedModelBuilder::conv2d(int32_t x, const std::string& name, int32_t out_channels, int32_t kernel_h,
                                       int32_t kernel_w, int32_t stride, Padding padding, Activation activation) {
  return weighted_layer(Kind::Conv, x, name, out_channels, kernel_h, kernel_w, stride, padding, activation, 1.0);
}

int32_t CalibratedModelBuilder::depthwise_conv2d(int32_t x, const std::string& name, int32_t kernel_h,
                                                 int32_t kernel_w, int32_t stride, Padding padding,
                                                 Activation activation) {
  return weighted_layer(Kind::Depthwise, x, name, 0, kernel_h, kernel_w, stride, padding, activation, 1.0);
}

int32_t CalibratedModelBuilder::fully_connected(int32_t x, const std::string& name, int32_t out_features,
                                                Activation activation, double output_spread) {
  return weighted_layer(Kind::FullyConnected, x, name, out_features, 1, 1, 1, Padding::Valid, activation,
                        output_spread);
}

int32_t CalibratedModelBuilder::average_pool(int32_t x, const std::string& name, int32_t kernel_h, int32_t kernel_w,
                                             int32_t stride_h, int32_t stride_w, Padding padding) {
  const Tensor& in = model_.tensors[x];
  const Window g(in.shape, kernel_h, kernel_w, stride_h, stride_w, padding);
  const int samples = batch_ * g.batch;
  const std::vector<double>& xv = values_[x];
  std::vector<double> y(static_cast<size_t>(samples) * g.out_h * g.out_w * g.in_c);
  for (int b = 0; b < samples; ++b)
    for (int32_t oy = 0; oy < g.out_h; ++oy)
      for (int32_t ox = 0; ox < g.out_w; ++ox)
        for (int32_t c = 0; c < g.in_c; ++c) {
          double sum = 0;
          int count = 0;  // padding is not averaged in
          for (int32_t ky = 0; ky < kernel_h; ++ky)
            for (int32_t kx = 0; kx < kernel_w; ++kx) {
              const int32_t iy = oy * stride_h - g.pad_top + ky, ix = ox * stride_w - g.pad_left + kx;
              if (iy < 0 || iy >= g.in_h || ix < 0 || ix >= g.in_w) continue;
              sum += xv[((static_cast<size_t>(b) * g.in_h + iy) * g.in_w + ix) * g.in_c + c];
              ++count;
            }
          y[((static_cast<size_t>(b) * g.out_h + oy) * g.out_w + ox) * g.in_c + c] = sum / count;
        }
  Tensor out;
  out.name = name;
  out.type = DType::Int8;
  out.shape = {g.batch, g.out_h, g.out_w, g.in_c};
  out.quant = in.quant;  // int8 pooling keeps the input's scale and zero point
  round_to_grid(out.quant, y);
  const int32_t out_id = add_tensor(std::move(out));
  values_[out_id] = std::move(y);

  Operator op;
  op.type = OpType::AveragePool2D;
  op.inputs = {x};
  op.outputs = {out_id};
  op.opt.padding = padding;
  op.opt.stride_h = stride_h;
  op.opt.stride_w = stride_w;
  op.opt.filter_h = kernel_h;
  op.opt.filter_w = kernel_w;
  model_.ops.push_back(op);
  return out_id;
}

int32_t CalibratedModelBuilder::add(int32_t a, int32_t b, const std::string& name, Activation activation) {
  if (model_.tensors[a].shape != model_.tensors[b].shape) throw std::invalid_argument("add: shapes differ");
  std::vector<double> y(values_[a].size());
  for (size_t i = 0; i < y.size(); ++i) y[i] = values_[a][i] + values_[b][i];
  apply_activation(activation, y);
  Tensor out;
  out.name = name;
  out.shape = model_.tensors[a].shape;
  quantize_activation(out, y, activation == Activation::Relu || activation == Activation::Relu6);
  const int32_t out_id = add_tensor(std::move(out));
  values_[out_id] = std::move(y);

  Operator op;
  op.type = OpType::Add;
  op.inputs = {a, b};
  op.outputs = {out_id};
  op.opt.activation = activation;
  model_.ops.push_back(op);
  return out_id;
}

int32_t CalibratedModelBuilder::reshape(int32_t x, const std::string& name, const std::vector<int32_t>& shape) {
  if (elements_of(shape) != elements_of(model_.tensors[x].shape))
    throw std::invalid_argument("reshape: element counts differ");
  Tensor new_shape;
  new_shape.name = name + "/shape";
  new_shape.type = DType::Int32;
  new_shape.shape = {static_cast<int32_t>(shape.size())};
  std::vector<int32_t> requested = shape;
  requested[0] = -1;  // the batch dimension, as the converter writes flatten
  new_shape.data = int32_bytes(requested);
  const int32_t shape_id = add_tensor(std::move(new_shape));

  Tensor out;
  out.name = name;
  out.type = model_.tensors[x].type;
  out.shape = shape;
  out.quant = model_.tensors[x].quant;
  const int32_t out_id = add_tensor(std::move(out));
  values_[out_id] = values_[x];

  Operator op;
  op.type = OpType::Reshape;
  op.inputs = {x, shape_id};
  op.outputs = {out_id};
  model_.ops.push_back(op);
  return out_id;
}

int32_t CalibratedModelBuilder::softmax(int32_t x, const std::string& name) {
  const Tensor& in = model_.tensors[x];
  const int32_t classes = in.shape.back();
  std::vector<double> y = values_[x];
  // Only the calibration statistics use exp(); the model's bytes do not
  // depend on it (the output quantisation is fixed).
  for (size_t row = 0; row < y.size(); row += classes) {
    const double max = *std::max_element(y.begin() + row, y.begin() + row + classes);
    double sum = 0;
    for (int32_t c = 0; c < classes; ++c) sum += y[row + c] = std::exp(y[row + c] - max);
    for (int32_t c = 0; c < classes; ++c) y[row + c] /= sum;
  }
  Tensor out;
  out.name = name;
  out.type = DType::Int8;
  out.shape = in.shape;
  out.quant.scale = {1.0f / 256};
  out.quant.zero_point = {-128};
  round_to_grid(out.quant, y);
  const int32_t out_id = add_tensor(std::move(out));
  values_[out_id] = std::move(y);

  Operator op;
  op.type = OpType::Softmax;
  op.inputs = {x};
  op.outputs = {out_id};
  op.opt.beta = 1.0f;
  model_.ops.push_back(op);
  return out_id;
}

GeneratedModel CalibratedModelBuilder::finish(const std::vector<int32_t>& outputs) {
  model_.outputs = outputs;
  GeneratedModel result;
  result.distinct_levels.assign(model_.tensors.size(), 0);
  auto level = [](const Quantization& q, double v) {
    return static_cast<int32_t>(round_half_away(v / q.scale[0]) + static_cast<double>(q.zero_point[0]));
  };
  for (size_t t = 0; t < model_.tensors.size(); ++t) {
    const Tensor& tensor = model_.tensors[t];
    if (tensor.is_constant() || tensor.quant.empty()) continue;
    std::set<int32_t> seen;
    for (double v : values_[t]) seen.insert(level(tensor.quant, v));
    result.distinct_levels[t] = static_cast<int32_t>(seen.size());
  }
  for (int32_t out : outputs) {
    const Tensor& tensor = model_.tensors[out];
    const size_t per_sample = static_cast<size_t>(tensor.elements());
    std::vector<std::vector<int8_t>> samples(batch_);
    for (int s = 0; s < batch_; ++s)
      for (size_t i = 0; i < per_sample; ++i)
        samples[s].push_back(static_cast<int8_t>(level(tensor.quant, values_[out][s * per_sample + i])));
    result.output_samples.push_back(std::move(samples));
  }
  result.model = std::move(model_);
  check_model(result.model);
  return result;
}

}  // namespace tinysim::model
