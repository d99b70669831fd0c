#include "op_cases.h"

#include <cmath>
#include <cstring>
#include <sstream>
#include <stdexcept>

#include "workloads/compiler/generator/prng.h"

namespace tinysim::testing {

namespace {

using model::Activation;
using model::DType;
using model::OpType;
using model::Padding;

class Rng {
 public:
  explicit Rng(uint64_t seed) : r_(seed * 0x9E3779B97F4A7C15ull + 0x1234567ull) {}
  int32_t integer(int32_t lo, int32_t hi) { return r_.integer(lo, hi); }
  bool chance(double p) { return r_.uniform() < p; }
  // Log-uniform in [lo, hi].
  float scale(double lo, double hi) {
    return static_cast<float>(std::exp(std::log(lo) + (std::log(hi) - std::log(lo)) * r_.uniform()));
  }
  double uniform(double lo, double hi) { return r_.uniform(lo, hi); }
  int8_t int8() { return static_cast<int8_t>(r_.next() >> 56); }
  template <typename T>
  const T& pick(const std::vector<T>& v) { return v[r_.next() % v.size()]; }

 private:
  model::SplitMix64 r_;
};

std::string shape_str(const std::vector<int32_t>& s) {
  std::string out = "[";
  for (size_t i = 0; i < s.size(); ++i) {
    if (i) out += ',';
    out += std::to_string(s[i]);
  }
  out += ']';
  return out;
}

const char* act_name(Activation a) {
  switch (a) {
    case Activation::None: return "none";
    case Activation::Relu: return "relu";
    case Activation::ReluN1To1: return "relu_n1_to_1";
    case Activation::Relu6: return "relu6";
  }
  return "?";
}

int64_t count(const std::vector<int32_t>& s) {
  int64_t n = 1;
  for (int32_t d : s) n *= d;
  return n;
}

class Builder {
 public:
  explicit Builder(const std::string& name) { m_.name = name; }

  int32_t activation(const std::string& name, std::vector<int32_t> shape, float scale, int32_t zp,
                     DType type = DType::Int8) {
    model::Tensor t;
    t.name = name;
    t.type = type;
    t.shape = std::move(shape);
    if (type != DType::Float32) {
      t.quant.scale = {scale};
      t.quant.zero_point = {zp};
    }
    return add(std::move(t));
  }

  int32_t weights(const std::string& name, std::vector<int32_t> shape, std::vector<float> scales, int32_t axis,
                  Rng& rng) {
    model::Tensor t;
    t.name = name;
    t.type = DType::Int8;
    t.shape = std::move(shape);
    t.quant.scale = scales;
    t.quant.zero_point.assign(scales.size(), 0);
    t.quant.axis = axis;
    t.data.resize(count(t.shape));
    for (uint8_t& b : t.data) b = static_cast<uint8_t>(static_cast<int8_t>(rng.integer(-127, 127)));
    return add(std::move(t));
  }

  int32_t int8_constant(const std::string& name, std::vector<int32_t> shape, float scale, int32_t zp, Rng& rng) {
    model::Tensor t;
    t.name = name;
    t.type = DType::Int8;
    t.shape = std::move(shape);
    t.quant.scale = {scale};
    t.quant.zero_point = {zp};
    t.data.resize(count(t.shape));
    for (uint8_t& b : t.data) b = static_cast<uint8_t>(rng.int8());
    return add(std::move(t));
  }

  int32_t int32_constant(const std::string& name, std::vector<int32_t> shape, const std::vector<int32_t>& values,
                         std::vector<float> scales = {}) {
    model::Tensor t;
    t.name = name;
    t.type = DType::Int32;
    t.shape = std::move(shape);
    if (!scales.empty()) {
      t.quant.scale = scales;
      t.quant.zero_point.assign(scales.size(), 0);
    }
    t.data.resize(values.size() * 4);
    std::memcpy(t.data.data(), values.data(), t.data.size());
    return add(std::move(t));
  }

  void op(OpType type, std::vector<int32_t> inputs, int32_t output, const model::OpOptions& opt = {}) {
    model::Operator o;
    o.type = type;
    o.inputs = std::move(inputs);
    o.outputs = {output};
    o.opt = opt;
    m_.ops.push_back(std::move(o));
  }

  void io(std::vector<int32_t> inputs, std::vector<int32_t> outputs) {
    m_.inputs = std::move(inputs);
    m_.outputs = std::move(outputs);
  }

  model::Model take() { return std::move(m_); }

 private:
  int32_t add(model::Tensor t) {
    m_.tensors.push_back(std::move(t));
    return static_cast<int32_t>(m_.tensors.size()) - 1;
  }
  model::Model m_;
};

Activation random_activation(Rng& rng) {
  static const std::vector<Activation> acts = {Activation::None, Activation::Relu, Activation::ReluN1To1,
                                               Activation::Relu6};
  return rng.pick(acts);
}

// TFLite's output size of a window; -1 when VALID does not fit.
int32_t out_size(int32_t in, int32_t filter, int32_t stride, int32_t dilation, Padding p) {
  const int32_t eff = (filter - 1) * dilation + 1;
  const int32_t v = p == Padding::Same ? (in + stride - 1) / stride : (in + stride - eff) / stride;
  return v > 0 ? v : -1;
}

// Random window geometry that yields a non-empty output.
struct Window {
  int32_t kh, kw, sh, sw, dh, dw, oh, ow;
  Padding padding;
};

Window random_window(Rng& rng, int32_t in_h, int32_t in_w, bool dilation) {
  for (;;) {
    Window w;
    w.kh = rng.integer(1, 4);
    w.kw = rng.integer(1, 4);
    w.sh = rng.integer(1, 3);
    w.sw = rng.integer(1, 3);
    w.dh = dilation && rng.chance(0.3) ? rng.integer(1, 3) : 1;
    w.dw = dilation && rng.chance(0.3) ? rng.integer(1, 3) : 1;
    w.padding = rng.chance(0.5) ? Padding::Same : Padding::Valid;
    w.oh = out_size(in_h, w.kh, w.sh, w.dh, w.padding);
    w.ow = out_size(in_w, w.kw, w.sw, w.dw, w.padding);
    if (w.oh > 0 && w.ow > 0) return w;
  }
}

std::string window_str(const Window& w) {
  std::ostringstream os;
  os << "kernel " << w.kh << "x" << w.kw << " stride " << w.sh << "x" << w.sw << " dilation " << w.dh << "x" << w.dw
     << (w.padding == Padding::Same ? " SAME" : " VALID");
  return os.str();
}

OpCase conv_case(Rng& rng, bool depthwise) {
  Builder b(depthwise ? "depthwise" : "conv");
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
  const Window win = random_window(rng, h, w, true);
  const float in_s = rng.scale(0.005, 0.5), w_s_base = rng.scale(0.001, 0.05);
  const int32_t in_zp = rng.integer(-128, 127);
  const bool per_channel = rng.chance(0.8);
  std::vector<float> w_scales;
  for (int32_t c = 0; c < (per_channel ? out_c : 1); ++c)
    w_scales.push_back(static_cast<float>(w_s_base * rng.uniform(0.5, 2.0)));
  const int32_t taps = win.kh * win.kw * (depthwise ? 1 : filter_c);
  const float out_s = static_cast<float>(in_s * w_s_base * std::sqrt(static_cast<double>(taps)) * 180.0 *
                                         rng.uniform(0.25, 4.0));
  const int32_t out_zp = rng.integer(-128, 127);
  const Activation act = random_activation(rng);
  const int32_t x = b.activation("input", {n, h, w, in_c}, in_s, in_zp);
  const int32_t f = depthwise ? b.weights("filter", {1, win.kh, win.kw, out_c}, w_scales, 3, rng)
                              : b.weights("filter", {out_c, win.kh, win.kw, filter_c}, w_scales, 0, rng);
  std::vector<int32_t> inputs = {x, f};
  const bool bias = rng.chance(0.8);
  if (bias) {
    const int32_t span = static_cast<int32_t>(2 * std::sqrt(static_cast<double>(taps)) * 5400);
    std::vector<int32_t> values(out_c);
    std::vector<float> scales;
    for (int32_t c = 0; c < out_c; ++c) {
      values[c] = rng.integer(-span, span);
      scales.push_back(in_s * w_scales[per_channel ? c : 0]);
    }
    inputs.push_back(b.int32_constant("bias", {out_c}, values, scales));
  }
  const int32_t y = b.activation("output", {n, win.oh, win.ow, out_c}, out_s, out_zp);
  model::OpOptions opt;
  opt.padding = win.padding;
  opt.stride_h = win.sh;
  opt.stride_w = win.sw;
  opt.dilation_h = win.dh;
  opt.dilation_w = win.dw;
  opt.depth_multiplier = dm;
  opt.activation = act;
  b.op(depthwise ? OpType::DepthwiseConv2D : OpType::Conv2D, inputs, y, opt);
  b.io({x}, {y});
  std::ostringstream os;
  os << "input " << shape_str({n, h, w, in_c}) << " out_c " << out_c << " " << window_str(win);
  if (depthwise) os << " depth_multiplier " << dm;
  if (groups > 1) os << " groups " << groups;
  os << (per_channel ? " per-channel" : " per-tensor") << (bias ? " bias" : " no-bias") << " act "
     << act_name(act) << " in(s=" << in_s << ",zp=" << in_zp << ") out(s=" << out_s << ",zp=" << out_zp << ")";
  return {b.take(), os.str()};
}

OpCase fully_connected_case(Rng& rng) {
  Builder b("fully_connected");
  const int32_t batches = rng.integer(1, 3), depth = rng.integer(1, 64), units = rng.integer(1, 32);
  std::vector<int32_t> in_shape = {batches, depth};
  const bool keep_dims = rng.chance(0.2);
  if (!keep_dims && rng.chance(0.3) && depth % 2 == 0) in_shape = {batches, 2, depth / 2};  // flattened by the op
  const float in_s = rng.scale(0.005, 0.5), w_s_base = rng.scale(0.001, 0.05);
  const int32_t in_zp = rng.integer(-128, 127);
  const bool per_channel = rng.chance(0.3);
  std::vector<float> w_scales;
  for (int32_t c = 0; c < (per_channel ? units : 1); ++c)
    w_scales.push_back(static_cast<float>(w_s_base * rng.uniform(0.5, 2.0)));
  const float out_s =
      static_cast<float>(in_s * w_s_base * std::sqrt(static_cast<double>(depth)) * 180.0 * rng.uniform(0.25, 4.0));
  const int32_t out_zp = rng.integer(-128, 127);
  const Activation act = random_activation(rng);
  const int32_t x = b.activation("input", in_shape, in_s, in_zp);
  const int32_t f = b.weights("weights", {units, depth}, w_scales, 0, rng);
  std::vector<int32_t> inputs = {x, f};
  const bool bias = rng.chance(0.8);
  if (bias) {
    const int32_t span = static_cast<int32_t>(2 * std::sqrt(static_cast<double>(depth)) * 5400);
    std::vector<int32_t> values(units);
    std::vector<float> scales;
    for (int32_t c = 0; c < units; ++c) {
      values[c] = rng.integer(-span, span);
      if (per_channel) scales.push_back(in_s * w_scales[c]);
    }
    if (!per_channel) scales = {in_s * w_scales[0]};
    inputs.push_back(b.int32_constant("bias", {units}, values, scales));
  }
  std::vector<int32_t> out_shape = {static_cast<int32_t>(count(in_shape) / depth), units};
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

OpCase pool_case(Rng& rng, bool average) {
  Builder b(average ? "average_pool" : "max_pool");
  const int32_t n = rng.integer(1, 2), h = rng.integer(1, 12), w = rng.integer(1, 12), c = rng.integer(1, 8);
  const Window win = random_window(rng, h, w, false);
  const float s = rng.scale(0.005, 0.5);
  const int32_t zp = rng.integer(-128, 127);
  const Activation act = random_activation(rng);
  const int32_t x = b.activation("input", {n, h, w, c}, s, zp);
  const int32_t y = b.activation("output", {n, win.oh, win.ow, c}, s, zp);
  model::OpOptions opt;
  opt.padding = win.padding;
  opt.stride_h = win.sh;
  opt.stride_w = win.sw;
  opt.filter_h = win.kh;
  opt.filter_w = win.kw;
  opt.activation = act;
  b.op(average ? OpType::AveragePool2D : OpType::MaxPool2D, {x}, y, opt);
  b.io({x}, {y});
  std::ostringstream os;
  os << "input " << shape_str({n, h, w, c}) << " " << window_str(win) << " act " << act_name(act) << " s=" << s
     << " zp=" << zp;
  return {b.take(), os.str()};
}

// Two shapes that broadcast: a random output shape, then each input drops
// leading dimensions and sets some dimensions to 1.
void broadcast_shapes(Rng& rng, std::vector<int32_t>& a, std::vector<int32_t>& b, std::vector<int32_t>& out) {
  const int rank = rng.integer(1, 4);
  out.clear();
  for (int d = 0; d < rank; ++d) out.push_back(rng.integer(1, 5));
  auto derive = [&](bool allow_broadcast) {
    std::vector<int32_t> s = out;
    if (!allow_broadcast) return s;
    const int drop = rng.integer(0, rank - 1);
    s.erase(s.begin(), s.begin() + (rng.chance(0.3) ? drop : 0));
    for (int32_t& d : s)
      if (rng.chance(0.3)) d = 1;
    return s;
  };
  const bool broadcast = rng.chance(0.6);
  a = derive(broadcast && rng.chance(0.5));
  b = derive(broadcast);
  // The output is the broadcast of what the inputs became.
  const size_t r = std::max(a.size(), b.size());
  std::vector<int32_t> ea(r - a.size(), 1), eb(r - b.size(), 1);
  ea.insert(ea.end(), a.begin(), a.end());
  eb.insert(eb.end(), b.begin(), b.end());
  out.assign(r, 1);
  for (size_t d = 0; d < r; ++d) out[d] = std::max(ea[d], eb[d]);
}

OpCase binary_case(Rng& rng, bool add) {
  Builder b(add ? "add" : "mul");
  std::vector<int32_t> s1, s2, so;
  broadcast_shapes(rng, s1, s2, so);
  const float sc1 = rng.scale(0.005, 0.5), sc2 = rng.chance(0.2) ? sc1 : rng.scale(0.005, 0.5);
  const int32_t z1 = rng.integer(-128, 127), z2 = rng.integer(-128, 127), zo = rng.integer(-128, 127);
  const float so_s = add ? static_cast<float>(std::max(sc1, sc2) * rng.uniform(0.5, 3.0))
                         : static_cast<float>(sc1 * sc2 * 74.0 * 74.0 / 40.0 * rng.uniform(0.25, 4.0));
  const Activation act = random_activation(rng);
  const bool constant_second = rng.chance(0.25);
  const int32_t x1 = b.activation("input1", s1, sc1, z1);
  const int32_t x2 = constant_second ? b.int8_constant("input2", s2, sc2, z2, rng) : b.activation("input2", s2, sc2, z2);
  const int32_t y = b.activation("output", so, so_s, zo);
  model::OpOptions opt;
  opt.activation = act;
  b.op(add ? OpType::Add : OpType::Mul, {x1, x2}, y, opt);
  if (constant_second) b.io({x1}, {y});
  else b.io({x1, x2}, {y});
  std::ostringstream os;
  os << shape_str(s1) << " (s=" << sc1 << ",zp=" << z1 << ") " << (add ? "+" : "*") << " " << shape_str(s2)
     << (constant_second ? " constant" : "") << " (s=" << sc2 << ",zp=" << z2 << ") -> " << shape_str(so)
     << " (s=" << so_s << ",zp=" << zo << ") act " << act_name(act);
  return {b.take(), os.str()};
}

std::vector<int32_t> random_shape(Rng& rng, int max_rank, int32_t max_dim) {
  std::vector<int32_t> s(rng.integer(1, max_rank));
  for (int32_t& d : s) d = rng.integer(1, max_dim);
  return s;
}

OpCase softmax_case(Rng& rng) {
  Builder b("softmax");
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

OpCase logistic_case(Rng& rng) {
  Builder b("logistic");
  const std::vector<int32_t> shape = random_shape(rng, 4, 8);
  const float in_s = rng.scale(0.005, 0.25);
  const int32_t in_zp = rng.integer(-128, 127);
  const int32_t x = b.activation("input", shape, in_s, in_zp);
  const int32_t y = b.activation("output", shape, 1.0f / 256.0f, -128);
  b.op(OpType::Logistic, {x}, y);
  b.io({x}, {y});
  std::ostringstream os;
  os << "input " << shape_str(shape) << " s=" << in_s << " zp=" << in_zp;
  return {b.take(), os.str()};
}

OpCase pad_case(Rng& rng) {
  Builder b("pad");
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

OpCase concatenation_case(Rng& rng) {
  Builder b("concatenation");
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

OpCase mean_case(Rng& rng) {
  Builder b("mean");
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

OpCase quantize_case(Rng& rng) {
  Builder b("quantize");
  const std::vector<int32_t> shape = random_shape(rng, 4, 8);
  const float in_s = rng.scale(0.005, 0.5), out_s = static_cast<float>(in_s * rng.scale(0.1, 10.0));
  const int32_t in_zp = rng.integer(-128, 127), out_zp = rng.integer(-128, 127);
  const int32_t x = b.activation("input", shape, in_s, in_zp);
  const int32_t y = b.activation("output", shape, out_s, out_zp);
  b.op(OpType::Quantize, {x}, y);
  b.io({x}, {y});
  std::ostringstream os;
  os << "input " << shape_str(shape) << " in(s=" << in_s << ",zp=" << in_zp << ") out(s=" << out_s
     << ",zp=" << out_zp << ")";
  return {b.take(), os.str()};
}

OpCase dequantize_case(Rng& rng) {
  Builder b("dequantize");
  const std::vector<int32_t> shape = random_shape(rng, 4, 8);
  const float in_s = rng.scale(0.0001, 10.0);
  const int32_t in_zp = rng.integer(-128, 127);
  const int32_t x = b.activation("input", shape, in_s, in_zp);
  const int32_t y = b.activation("output", shape, 0.0f, 0, DType::Float32);
  b.op(OpType::Dequantize, {x}, y);
  b.io({x}, {y});
  std::ostringstream os;
  os << "input " << shape_str(shape) << " s=" << in_s << " zp=" << in_zp;
  return {b.take(), os.str()};
}

OpCase reshape_case(Rng& rng) {
  Builder b("reshape");
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
  Rng rng(seed ^ (static_cast<uint64_t>(type) << 40));
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
