#include "op_cases.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <sstream>
#include <stdexcept>

#include "case_builder.h"
#include "workloads/compiler/generator/prng.h"

namespace tinysim::testing {

namespace {

using model::Activation;
using model::DType;
using model::OpType;

// The seed mixing of these cases (the same seed gives the same model).
CaseRng case_rng(uint64_t seed) { return CaseRng(seed * 0x9E3779B97F4A7C15ull + 0x1234567ull); }

Activation random_activation(CaseRng& rng) {
  static const Activation acts[] = {Activation::None, Activation::Relu, Activation::ReluN1To1, Activation::Relu6};
  return acts[rng.next() % 4];
}

// Weights uniform in [-127, 127].
std::function<int8_t()> uniform_weights(CaseRng& rng) {
  return [&rng] { return static_cast<int8_t>(rng.integer(-127, 127)); };
}

// Kernel sides 1..4, strides 1..3, dilations 1..3 (30% of the time) when allowed.
Window op_case_window(CaseRng& rng, int32_t in_h, int32_t in_w, bool dilation) {
  const WindowDraws draws{[](CaseRng& r) { return r.integer(1, 4); }, [](CaseRng& r) { return r.integer(1, 3); },
                          [dilation](CaseRng& r) { return dilation && r.chance(0.3) ? r.integer(1, 3) : 1; }};
  return random_window(rng, in_h, in_w, draws);
}

OpCase conv_case(CaseRng& rng, bool depthwise) {
  CaseModelBuilder b(depthwise ? "depthwise" : "conv");
  const int32_t n = rng.integer(1, 2), h = rng.integer(1, 12), w = rng.integer(1, 12);
  int32_t in_c, out_c, filter_c, groups = 1, dm = 1;
  if (depthwise) {
    in_c = rng.integer(1, 8);
    dm = rng.chance(0.7) ? 1 : rng.integer(2, 3);
    out_c = in_c * dm;
    filter_c = out_c;
  } else {
    // Grouped convolution (input depth a multiple of the filter depth) is
    // supported by the reference and the kernels, but check_model rejects it.
    groups = 1;
    filter_c = rng.integer(1, 6);
    in_c = filter_c * groups;
    out_c = groups * rng.integer(1, 4);
  }
  const Window win = op_case_window(rng, h, w, true);
  const float in_s = rng.scale(0.005, 0.5), w_s_base = rng.scale(0.001, 0.05);
  const int32_t in_zp = rng.integer(-128, 127);
  const bool per_channel = rng.chance(0.8);
  const std::vector<float> w_scales = random_weight_scales(rng, per_channel ? out_c : 1, w_s_base);
  const int32_t taps = win.kh * win.kw * (depthwise ? 1 : filter_c);
  const float out_s = static_cast<float>(in_s * w_s_base * std::sqrt(static_cast<double>(taps)) * 180.0 *
                                         rng.uniform(0.25, 4.0));
  const int32_t out_zp = rng.integer(-128, 127);
  const Activation act = random_activation(rng);
  const int32_t x = b.activation("input", {n, h, w, in_c}, in_s, in_zp);
  const int32_t f = depthwise ? b.weights("filter", {1, win.kh, win.kw, out_c}, w_scales, 3, uniform_weights(rng))
                              : b.weights("filter", {out_c, win.kh, win.kw, filter_c}, w_scales, 0, uniform_weights(rng));
  std::vector<int32_t> inputs = {x, f};
  const bool bias = rng.chance(0.8);
  if (bias) {
    const int32_t span = static_cast<int32_t>(2 * std::sqrt(static_cast<double>(taps)) * 5400);
    std::vector<float> scales;
    for (int32_t c = 0; c < out_c; ++c) scales.push_back(in_s * w_scales[per_channel ? c : 0]);
    inputs.push_back(b.int32_constant("bias", {out_c}, random_bias_values(rng, out_c, span), scales));
  }
  const int32_t y = b.activation("output", {n, win.oh, win.ow, out_c}, out_s, out_zp);
  b.op(depthwise ? OpType::DepthwiseConv2D : OpType::Conv2D, inputs, y, conv_options(win, dm, act));
  b.io({x}, {y});
  std::ostringstream os;
  os << "input " << shape_str({n, h, w, in_c}) << " out_c " << out_c << " " << window_str(win);
  if (depthwise) os << " depth_multiplier " << dm;
  if (groups > 1) os << " groups " << groups;
  os << (per_channel ? " per-channel" : " per-tensor") << (bias ? " bias" : " no-bias") << " act "
     << act_name(act) << " in(s=" << in_s << ",zp=" << in_zp << ") out(s=" << out_s << ",zp=" << out_zp << ")";
  return {b.take(), os.str()};
}

OpCase fully_connected_case(CaseRng& rng) {
  CaseModelBuilder b("fully_connected");
  const int32_t batches = rng.integer(1, 3), depth = rng.integer(1, 64), units = rng.integer(1, 32);
  std::vector<int32_t> in_shape = {batches, depth};
  const bool keep_dims = rng.chance(0.2);
  if (!keep_dims && rng.chance(0.3) && depth % 2 == 0) in_shape = {batches, 2, depth / 2};  // flattened by the op
  const float in_s = rng.scale(0.005, 0.5), w_s_base = rng.scale(0.001, 0.05);
  const int32_t in_zp = rng.integer(-128, 127);
  const bool per_channel = rng.chance(0.3);
  const std::vector<float> w_scales = random_weight_scales(rng, per_channel ? units : 1, w_s_base);
  const float out_s =
      static_cast<float>(in_s * w_s_base * std::sqrt(static_cast<double>(depth)) * 180.0 * rng.uniform(0.25, 4.0));
  const int32_t out_zp = rng.integer(-128, 127);
  const Activation act = random_activation(rng);
  const int32_t x = b.activation("input", in_shape, in_s, in_zp);
  const int32_t f = b.weights("weights", {units, depth}, w_scales, 0, uniform_weights(rng));
  std::vector<int32_t> inputs = {x, f};
  const bool bias = rng.chance(0.8);
  if (bias) {
    const int32_t span = static_cast<int32_t>(2 * std::sqrt(static_cast<double>(depth)) * 5400);
    std::vector<float> scales;
    for (int32_t c = 0; c < (per_channel ? units : 1); ++c) scales.push_back(in_s * w_scales[c]);
    inputs.push_back(b.int32_constant("bias", {units}, random_bias_values(rng, units, span), scales));
  }
  std::vector<int32_t> out_shape = {static_cast<int32_t>(element_count(in_shape) / depth), units};
  if (keep_dims) {
    out_shape = in_shape;
    out_shape.back() = units;
  }
  const int32_t y = b.activation("output", out_shape, out_s, out_zp);
  model::OpOptions opt;
  opt.activation = act;
  opt.keep_dims = keep_dims;
  b.op(OpType::FullyConnected, inputs, y, opt);
  b.io({x}, {y});
  std::ostringstream os;
  os << "input " << shape_str(in_shape) << " units " << units << (per_channel ? " per-channel" : " per-tensor")
     << (bias ? " bias" : " no-bias") << (keep_dims ? " keep_dims" : "") << " act " << act_name(act) << " in(s="
     << in_s << ",zp=" << in_zp << ") out(s=" << out_s << ",zp=" << out_zp << ")";
  return {b.take(), os.str()};
}

OpCase pool_case(CaseRng& rng, bool average) {
  CaseModelBuilder b(average ? "average_pool" : "max_pool");
  const int32_t n = rng.integer(1, 2), h = rng.integer(1, 12), w = rng.integer(1, 12), c = rng.integer(1, 8);
  const Window win = op_case_window(rng, h, w, false);
  const float s = rng.scale(0.005, 0.5);
  const int32_t zp = rng.integer(-128, 127);
  const Activation act = random_activation(rng);
  const int32_t x = b.activation("input", {n, h, w, c}, s, zp);
  const int32_t y = b.activation("output", {n, win.oh, win.ow, c}, s, zp);
  b.op(average ? OpType::AveragePool2D : OpType::MaxPool2D, {x}, y, pool_options(win, act));
  b.io({x}, {y});
  std::ostringstream os;
  os << "input " << shape_str({n, h, w, c}) << " " << window_str(win) << " act " << act_name(act) << " s=" << s
     << " zp=" << zp;
  return {b.take(), os.str()};
}

OpCase binary_case(CaseRng& rng, bool add) {
  BinaryCaseParams p;
  broadcast_shapes(rng, [&rng](int, int) { return rng.integer(1, 5); }, p.shape1, p.shape2, p.out_shape);
  p.scale1 = rng.scale(0.005, 0.5);
  p.scale2 = rng.chance(0.2) ? p.scale1 : rng.scale(0.005, 0.5);
  p.zp1 = rng.integer(-128, 127);
  p.zp2 = rng.integer(-128, 127);
  p.out_zp = rng.integer(-128, 127);
  p.out_scale = add ? static_cast<float>(std::max(p.scale1, p.scale2) * rng.uniform(0.5, 3.0))
                    : static_cast<float>(p.scale1 * p.scale2 * 74.0 * 74.0 / 40.0 * rng.uniform(0.25, 4.0));
  p.act = random_activation(rng);
  p.constant_second = rng.chance(0.25);
  OpCase c;
  c.model = binary_case_model(rng, add, p, c.description);
  return c;
}

std::vector<int32_t> random_shape(CaseRng& rng, int max_rank, int32_t max_dim) {
  std::vector<int32_t> s(rng.integer(1, max_rank));
  for (int32_t& d : s) d = rng.integer(1, max_dim);
  return s;
}

OpCase softmax_case(CaseRng& rng) {
  CaseModelBuilder b("softmax");
  std::vector<int32_t> shape = random_shape(rng, 4, 4);
  shape.back() = rng.integer(1, 40);
  const float in_s = rng.scale(0.01, 0.3);
  const int32_t in_zp = rng.integer(-128, 127);
  model::OpOptions opt;
  opt.beta = rng.chance(0.6) ? 1.0f : static_cast<float>(rng.uniform(0.3, 3.0));
  const int32_t x = b.activation("input", shape, in_s, in_zp);
  const int32_t y = b.activation("output", shape, 1.0f / 256.0f, -128);
  b.op(OpType::Softmax, {x}, y, opt);
  b.io({x}, {y});
  std::ostringstream os;
  os << "input " << shape_str(shape) << " s=" << in_s << " zp=" << in_zp << " beta=" << opt.beta;
  return {b.take(), os.str()};
}

// A model of one operator from an input to an output of the same shape.
model::Model same_shape_model(const char* name, OpType type, const std::vector<int32_t>& shape, float in_s,
                              int32_t in_zp, float out_s, int32_t out_zp, DType out_type = DType::Int8) {
  CaseModelBuilder b(name);
  const int32_t x = b.activation("input", shape, in_s, in_zp);
  const int32_t y = b.activation("output", shape, out_s, out_zp, out_type);
  b.op(type, {x}, y);
  b.io({x}, {y});
  return b.take();
}

OpCase logistic_case(CaseRng& rng) {
  const std::vector<int32_t> shape = random_shape(rng, 4, 8);
  const float in_s = rng.scale(0.005, 0.25);
  const int32_t in_zp = rng.integer(-128, 127);
  std::ostringstream os;
  os << "input " << shape_str(shape) << " s=" << in_s << " zp=" << in_zp;
  return {same_shape_model("logistic", OpType::Logistic, shape, in_s, in_zp, 1.0f / 256.0f, -128), os.str()};
}

OpCase pad_case(CaseRng& rng) {
  CaseModelBuilder b("pad");
  const std::vector<int32_t> shape = random_shape(rng, 4, 6);
  std::vector<int32_t> pads, out = shape;
  for (size_t d = 0; d < shape.size(); ++d) {
    const int32_t before = rng.integer(0, 3), after = rng.integer(0, 3);
    pads.push_back(before);
    pads.push_back(after);
    out[d] += before + after;
  }
  const float s = rng.scale(0.005, 0.5);
  const int32_t zp = rng.integer(-128, 127);
  const int32_t x = b.activation("input", shape, s, zp);
  const int32_t p = b.int32_constant("paddings", {static_cast<int32_t>(shape.size()), 2}, pads);
  const int32_t y = b.activation("output", out, s, zp);
  b.op(OpType::Pad, {x, p}, y);
  b.io({x}, {y});
  std::ostringstream os;
  os << "input " << shape_str(shape) << " paddings " << shape_str(pads) << " zp=" << zp;
  return {b.take(), os.str()};
}

OpCase concatenation_case(CaseRng& rng) {
  CaseModelBuilder b("concatenation");
  const std::vector<int32_t> base = random_shape(rng, 4, 5);
  const int32_t rank = static_cast<int32_t>(base.size());
  const int32_t axis = rng.integer(0, rank - 1);
  const int inputs = rng.integer(1, 5);
  const float out_s = rng.scale(0.005, 0.5);
  const int32_t out_zp = rng.integer(-128, 127);
  std::vector<int32_t> ids, out = base;
  out[axis] = 0;
  std::ostringstream os;
  os << "axis " << axis << " inputs";
  for (int i = 0; i < inputs; ++i) {
    std::vector<int32_t> s = base;
    s[axis] = rng.integer(1, 4);
    out[axis] += s[axis];
    const bool same = rng.chance(0.5);
    const float sc = same ? out_s : rng.scale(0.005, 0.5);
    const int32_t zp = same ? out_zp : rng.integer(-128, 127);
    ids.push_back(b.activation("input" + std::to_string(i), s, sc, zp));
    os << " " << shape_str(s) << (same ? "(same quant)" : "(s=" + std::to_string(sc) + ",zp=" + std::to_string(zp) + ")");
  }
  const int32_t y = b.activation("output", out, out_s, out_zp);
  model::OpOptions opt;
  opt.axis = axis;
  b.op(OpType::Concatenation, ids, y, opt);
  b.io(ids, {y});
  os << " -> " << shape_str(out);
  return {b.take(), os.str()};
}

OpCase mean_case(CaseRng& rng) {
  CaseModelBuilder b("mean");
  const std::vector<int32_t> shape = random_shape(rng, 4, 6);
  const int32_t rank = static_cast<int32_t>(shape.size());
  std::vector<int32_t> axes;
  for (int32_t d = 0; d < rank; ++d)
    if (rng.chance(0.5)) axes.push_back(rng.chance(0.2) ? d - rank : d);
  if (axes.empty()) axes.push_back(rng.integer(0, rank - 1));
  const bool keep = rng.chance(0.5);
  std::vector<bool> reduced(rank, false);
  for (int32_t a : axes) reduced[a < 0 ? a + rank : a] = true;
  std::vector<int32_t> out;
  for (int32_t d = 0; d < rank; ++d) {
    if (!reduced[d]) out.push_back(shape[d]);
    else if (keep) out.push_back(1);
  }
  const float in_s = rng.scale(0.005, 0.5), out_s = static_cast<float>(in_s * rng.uniform(0.3, 2.0));
  const int32_t in_zp = rng.integer(-128, 127), out_zp = rng.integer(-128, 127);
  const int32_t x = b.activation("input", shape, in_s, in_zp);
  const int32_t a = b.int32_constant("axis", {static_cast<int32_t>(axes.size())}, axes);
  const int32_t y = b.activation("output", out, out_s, out_zp);
  model::OpOptions opt;
  opt.keep_dims = keep;
  b.op(OpType::Mean, {x, a}, y, opt);
  b.io({x}, {y});
  std::ostringstream os;
  os << "input " << shape_str(shape) << " axes " << shape_str(axes) << (keep ? " keep_dims" : "") << " -> "
     << shape_str(out) << " in(s=" << in_s << ",zp=" << in_zp << ") out(s=" << out_s << ",zp=" << out_zp << ")";
  return {b.take(), os.str()};
}

OpCase quantize_case(CaseRng& rng) {
  const std::vector<int32_t> shape = random_shape(rng, 4, 8);
  const float in_s = rng.scale(0.005, 0.5), out_s = static_cast<float>(in_s * rng.scale(0.1, 10.0));
  const int32_t in_zp = rng.integer(-128, 127), out_zp = rng.integer(-128, 127);
  std::ostringstream os;
  os << "input " << shape_str(shape) << " in(s=" << in_s << ",zp=" << in_zp << ") out(s=" << out_s
     << ",zp=" << out_zp << ")";
  return {same_shape_model("quantize", OpType::Quantize, shape, in_s, in_zp, out_s, out_zp), os.str()};
}

OpCase dequantize_case(CaseRng& rng) {
  const std::vector<int32_t> shape = random_shape(rng, 4, 8);
  const float in_s = rng.scale(0.0001, 10.0);
  const int32_t in_zp = rng.integer(-128, 127);
  std::ostringstream os;
  os << "input " << shape_str(shape) << " s=" << in_s << " zp=" << in_zp;
  return {same_shape_model("dequantize", OpType::Dequantize, shape, in_s, in_zp, 0.0f, 0, DType::Float32), os.str()};
}

OpCase reshape_case(CaseRng& rng) {
  CaseModelBuilder b("reshape");
  const std::vector<int32_t> in_shape = random_shape(rng, 4, 6);
  // Output: the input's prime factors dealt into 1..4 dimensions.
  std::vector<int32_t> factors;
  for (int32_t d : in_shape) {
    int32_t v = d;
    for (int32_t p = 2; p <= v; ++p)
      while (v % p == 0) factors.push_back(p), v /= p;
  }
  std::vector<int32_t> out(rng.integer(1, 4), 1);
  for (int32_t f : factors) out[rng.integer(0, static_cast<int32_t>(out.size()) - 1)] *= f;
  const float s = rng.scale(0.005, 0.5);
  const int32_t zp = rng.integer(-128, 127);
  const int32_t x = b.activation("input", in_shape, s, zp);
  std::vector<int32_t> inputs = {x};
  if (rng.chance(0.5)) {
    std::vector<int32_t> requested = out;
    if (rng.chance(0.5)) requested[rng.integer(0, static_cast<int32_t>(out.size()) - 1)] = -1;
    inputs.push_back(b.int32_constant("shape", {static_cast<int32_t>(out.size())}, requested));
  }
  const int32_t y = b.activation("output", out, s, zp);
  b.op(OpType::Reshape, inputs, y);
  b.io({x}, {y});
  return {b.take(), "input " + shape_str(in_shape) + " -> " + shape_str(out) +
                        (inputs.size() > 1 ? " (with shape tensor)" : "")};
}

}  // namespace

const std::vector<model::OpType>& covered_op_types() {
  static const std::vector<OpType> types = {
      OpType::Conv2D, OpType::DepthwiseConv2D, OpType::FullyConnected, OpType::AveragePool2D, OpType::MaxPool2D,
      OpType::Add,    OpType::Mul,             OpType::Reshape,        OpType::Softmax,       OpType::Pad,
      OpType::Concatenation, OpType::Mean,     OpType::Logistic,       OpType::Quantize,      OpType::Dequantize,
  };
  return types;
}

model::OpType op_type_from_name(const std::string& name) {
  for (OpType t : covered_op_types())
    if (name == model::op_name(t)) return t;
  throw std::invalid_argument("no randomised cases for operator '" + name + "'");
}

OpCase make_op_case(model::OpType type, uint64_t seed) {
  CaseRng rng = case_rng(seed ^ (static_cast<uint64_t>(type) << 40));
  OpCase c;
  switch (type) {
    case OpType::Conv2D: c = conv_case(rng, false); break;
    case OpType::DepthwiseConv2D: c = conv_case(rng, true); break;
    case OpType::FullyConnected: c = fully_connected_case(rng); break;
    case OpType::AveragePool2D: c = pool_case(rng, true); break;
    case OpType::MaxPool2D: c = pool_case(rng, false); break;
    case OpType::Add: c = binary_case(rng, true); break;
    case OpType::Mul: c = binary_case(rng, false); break;
    case OpType::Reshape: c = reshape_case(rng); break;
    case OpType::Softmax: c = softmax_case(rng); break;
    case OpType::Pad: c = pad_case(rng); break;
    case OpType::Concatenation: c = concatenation_case(rng); break;
    case OpType::Mean: c = mean_case(rng); break;
    case OpType::Logistic: c = logistic_case(rng); break;
    case OpType::Quantize: c = quantize_case(rng); break;
    case OpType::Dequantize: c = dequantize_case(rng); break;
  }
  c.model.name = std::string(model::op_name(type)) + "_" + std::to_string(seed);
  c.description = std::string(model::op_name(type)) + " seed " + std::to_string(seed) + ": " + c.description;
  return c;
}

std::vector<std::vector<uint8_t>> random_inputs(const model::Model& m, uint64_t seed) {
  model::SplitMix64 rng(seed * 0xD1B54A32D192ED03ull + 7);
  std::vector<std::vector<uint8_t>> inputs;
  for (int32_t t : m.inputs) {
    std::vector<uint8_t> bytes(static_cast<size_t>(m.tensors[t].bytes()));
    for (uint8_t& b : bytes) b = static_cast<uint8_t>(rng.next() >> 56);
    inputs.push_back(std::move(bytes));
  }
  return inputs;
}

}  // namespace tinysim::testing
