#include "mve_cases.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <sstream>
#include <stdexcept>

#include "workloads/compiler/generator/prng.h"

namespace tinysim::inference_tests {

namespace {

using model::Activation;
using model::DType;
using model::OpType;
using model::Padding;

class Rng {
 public:
  explicit Rng(uint64_t seed) : r_(seed * 0xA24BAED4963EE407ull + 0x5851F42D4C957F2Dull) {}
  int32_t integer(int32_t lo, int32_t hi) { return r_.integer(lo, hi); }
  bool chance(double p) { return r_.uniform() < p; }
  double uniform(double lo, double hi) { return r_.uniform(lo, hi); }
  // Log-uniform in [lo, hi].
  float scale(double lo, double hi) {
    return static_cast<float>(std::exp(std::log(lo) + (std::log(hi) - std::log(lo)) * r_.uniform()));
  }
  uint64_t next() { return r_.next(); }
  // A zero point, often at the extremes (input offset 128 and -127).
  int32_t zero_point() {
    const int32_t pick = integer(0, 9);
    if (pick == 0) return -128;
    if (pick == 1) return 127;
    return integer(-128, 127);
  }
  // A channel count: small ones, ones around the vector widths, larger ones.
  int32_t channels(int32_t max) {
    static const int32_t around[] = {1, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33};
    const int32_t pick = integer(0, 9);
    int32_t c = pick < 5 ? around[integer(0, 12)] : pick < 8 ? integer(1, 40) : integer(1, max);
    return std::min(c, max);
  }

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

Activation random_activation(Rng& rng) {
  static const Activation acts[] = {Activation::None, Activation::Relu, Activation::ReluN1To1, Activation::Relu6};
  return acts[rng.integer(0, 3)];
}

int64_t count(const std::vector<int32_t>& s) {
  int64_t n = 1;
  for (int32_t d : s) n *= d;
  return n;
}

class Builder {
 public:
  explicit Builder(const std::string& name) { m_.name = name; }

  int32_t activation(const std::string& name, std::vector<int32_t> shape, float scale, int32_t zp) {
    model::Tensor t;
    t.name = name;
    t.type = DType::Int8;
    t.shape = std::move(shape);
    t.quant.scale = {scale};
    t.quant.zero_point = {zp};
    return add(std::move(t));
  }

  // Symmetric int8 weights (what the compiler accepts), values in [-127, 127]
  // with some all-extreme rows so sums and products reach their limits.
  int32_t weights(const std::string& name, std::vector<int32_t> shape, std::vector<float> scales, int32_t axis,
                  Rng& rng) {
    model::Tensor t;
    t.name = name;
    t.type = DType::Int8;
    t.shape = std::move(shape);
    t.quant.scale = std::move(scales);
    t.quant.zero_point.assign(t.quant.scale.size(), 0);
    t.quant.axis = axis;
    t.data.resize(static_cast<size_t>(count(t.shape)));
    const bool extreme = rng.chance(0.1);
    for (uint8_t& b : t.data) {
      const int32_t v = extreme ? (rng.chance(0.5) ? -127 : 127) : rng.integer(-127, 127);
      b = static_cast<uint8_t>(static_cast<int8_t>(v));
    }
    return add(std::move(t));
  }

  int32_t int8_constant(const std::string& name, std::vector<int32_t> shape, float scale, int32_t zp, Rng& rng) {
    model::Tensor t;
    t.name = name;
    t.type = DType::Int8;
    t.shape = std::move(shape);
    t.quant.scale = {scale};
    t.quant.zero_point = {zp};
    t.data.resize(static_cast<size_t>(count(t.shape)));
    for (uint8_t& b : t.data) b = static_cast<uint8_t>(rng.next() >> 56);
    return add(std::move(t));
  }

  int32_t bias(const std::string& name, int32_t n, int32_t span, std::vector<float> scales, Rng& rng) {
    model::Tensor t;
    t.name = name;
    t.type = DType::Int32;
    t.shape = {n};
    t.quant.scale = std::move(scales);
    t.quant.zero_point.assign(t.quant.scale.size(), 0);
    std::vector<int32_t> values(static_cast<size_t>(n));
    for (int32_t& v : values) v = rng.integer(-span, span);
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

// TFLite's output size of a window; -1 when VALID does not fit.
int32_t out_size(int32_t in, int32_t filter, int32_t stride, int32_t dilation, Padding p) {
  const int32_t eff = (filter - 1) * dilation + 1;
  const int32_t v = p == Padding::Same ? (in + stride - 1) / stride : (in + stride - eff) / stride;
  return v > 0 ? v : -1;
}

struct Window {
  int32_t kh = 1, kw = 1, sh = 1, sw = 1, dh = 1, dw = 1, oh = 0, ow = 0;
  Padding padding = Padding::Valid;
};

// A window over an in_h x in_w image with a non-empty output; the filter
// sides are in [min_kernel, max_kernel], `pointwise` forces 1x1.
Window random_window(Rng& rng, int32_t in_h, int32_t in_w, int32_t max_kernel, bool dilation, bool pointwise,
                     int32_t min_kernel = 1) {
  for (;;) {
    Window w;
    w.kh = pointwise ? 1 : rng.integer(min_kernel, max_kernel);
    w.kw = pointwise ? 1 : rng.integer(min_kernel, max_kernel);
    w.sh = rng.chance(0.6) ? 1 : rng.integer(2, 3);
    w.sw = rng.chance(0.6) ? 1 : rng.integer(2, 3);
    w.dh = dilation && rng.chance(0.25) ? rng.integer(2, 3) : 1;
    w.dw = dilation && rng.chance(0.25) ? rng.integer(2, 3) : 1;
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

MveCase conv_case(Rng& rng, bool depthwise) {
  Builder b(depthwise ? "depthwise" : "conv");
  MveCase c;
  const int32_t n = rng.chance(0.8) ? 1 : 2;
  int32_t h = rng.integer(1, 14), w = rng.integer(1, 14);
  int32_t in_c, out_c, dm = 1;
  const bool pointwise = !depthwise && rng.chance(0.35);
  // A deep filter (K = taps * depth above the 2048-byte im2col limit of the
  // static buffer) now and then, on a small image to keep the case quick.
  const bool deep = !depthwise && !pointwise && rng.chance(0.1);
  if (depthwise) {
    in_c = rng.channels(48);
    dm = rng.chance(0.7) ? 1 : rng.integer(2, 3);
    out_c = in_c * dm;
  } else if (deep) {
    in_c = rng.integer(240, 300);
    out_c = rng.integer(1, 5);
    h = rng.integer(3, 5);
    w = rng.integer(3, 5);
  } else {
    in_c = rng.channels(70);
    out_c = rng.chance(0.15) ? rng.integer(60, 140) : rng.channels(48);
  }
  // Depthwise windows of more than 64 taps (the Helium kernel's limit) now and then.
  const bool wide = depthwise && rng.chance(0.08);
  if (wide) {
    h = rng.integer(9, 14);
    w = rng.integer(9, 14);
  }
  const Window win = wide ? random_window(rng, h, w, 9, false, false, 8)
                          : random_window(rng, h, w, deep ? 3 : 5, true, pointwise);
  const float in_s = rng.scale(0.005, 0.5), w_s_base = rng.scale(0.001, 0.05);
  const int32_t in_zp = rng.zero_point();
  const bool per_channel = rng.chance(0.8);
  std::vector<float> w_scales;
  for (int32_t ch = 0; ch < (per_channel ? out_c : 1); ++ch)
    w_scales.push_back(static_cast<float>(w_s_base * rng.uniform(0.5, 2.0)));
  const int32_t taps = win.kh * win.kw * (depthwise ? 1 : in_c);
  // Now and then an output scale only a few times the accumulator's: small
  // right shifts, where exact rounding ties (RoundingDivideByPOT's
  // half-away-from-zero) are frequent; the inputs then stay near the zero
  // point so that the outputs do not all saturate.
  c.near_ties = rng.chance(0.25);
  const double out_spread = rng.chance(0.15) ? rng.uniform(0.02, 0.2) : rng.uniform(0.25, 4.0);
  const float out_s = c.near_ties ? static_cast<float>(in_s * w_s_base * rng.uniform(1.0, 24.0))
                                  : static_cast<float>(in_s * w_s_base * std::sqrt(static_cast<double>(taps)) * 180.0 *
                                                       out_spread);
  const int32_t out_zp = rng.zero_point();
  const Activation act = random_activation(rng);
  const int32_t x = b.activation("input", {n, h, w, in_c}, in_s, in_zp);
  const int32_t f = depthwise ? b.weights("filter", {1, win.kh, win.kw, out_c}, w_scales, 3, rng)
                              : b.weights("filter", {out_c, win.kh, win.kw, in_c}, w_scales, 0, rng);
  std::vector<int32_t> inputs = {x, f};
  const bool has_bias = rng.chance(0.8);
  if (has_bias) {
    std::vector<float> scales;
    for (int32_t ch = 0; ch < out_c; ++ch) scales.push_back(in_s * w_scales[per_channel ? ch : 0]);
    const int32_t span = static_cast<int32_t>(2 * std::sqrt(static_cast<double>(taps)) * 5400);
    inputs.push_back(b.bias("bias", out_c, span, scales, rng));
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
  if (!depthwise && rng.chance(0.5)) {
    // Operator scratch of what the Helium CONV_2D asks for (packed columns
    // plus an im2col column, workloads/runtime/kernels/mve/conv.c),
    // sometimes more, sometimes one byte too few (then it uses its own
    // buffer, or the C kernel when K is too large for that).
    const uint32_t k = static_cast<uint32_t>(taps), k16 = (k + 15) / 16 * 16;
    const uint32_t need = (k <= 16 ? 5 : 4) * k16 + 16;
    const int32_t pick = rng.integer(0, 3);
    c.patch.conv_scratch_bytes =
        pick == 0 ? need - 1 : pick == 1 ? need : need + static_cast<uint32_t>(rng.integer(1, 200));
  }
  std::ostringstream os;
  os << "input " << shape_str({n, h, w, in_c}) << " out_c " << out_c << " " << window_str(win);
  if (depthwise) os << " depth_multiplier " << dm;
  os << (per_channel ? " per-channel" : " per-tensor") << (has_bias ? " bias" : " no-bias") << " act "
     << act_name(act) << " in(s=" << in_s << ",zp=" << in_zp << ") out(s=" << out_s << ",zp=" << out_zp << ")";
  if (c.patch.conv_scratch_bytes) os << " scratch " << c.patch.conv_scratch_bytes << " bytes (patched)";
  c.model = b.take();
  c.description = os.str();
  return c;
}

MveCase fully_connected_case(Rng& rng) {
  Builder b("fully_connected");
  MveCase c;
  const int32_t batches = rng.chance(0.7) ? 1 : rng.integer(2, 3);
  const int32_t depth = rng.chance(0.3) ? rng.channels(48) : rng.integer(1, 300);
  const int32_t units = rng.chance(0.2) ? rng.integer(40, 90) : rng.channels(40);
  const float in_s = rng.scale(0.005, 0.5), w_s_base = rng.scale(0.001, 0.05);
  const int32_t in_zp = rng.zero_point();
  const bool per_channel = rng.chance(0.4);
  std::vector<float> w_scales;
  for (int32_t ch = 0; ch < (per_channel ? units : 1); ++ch)
    w_scales.push_back(static_cast<float>(w_s_base * rng.uniform(0.5, 2.0)));
  c.near_ties = rng.chance(0.25);
  const double out_spread = rng.chance(0.15) ? rng.uniform(0.02, 0.2) : rng.uniform(0.25, 4.0);
  const float out_s = c.near_ties ? static_cast<float>(in_s * w_s_base * rng.uniform(1.0, 24.0))
                                  : static_cast<float>(in_s * w_s_base * std::sqrt(static_cast<double>(depth)) * 180.0 *
                                                       out_spread);
  const int32_t out_zp = rng.zero_point();
  const Activation act = random_activation(rng);
  const int32_t x = b.activation("input", {batches, depth}, in_s, in_zp);
  const int32_t f = b.weights("weights", {units, depth}, w_scales, 0, rng);
  std::vector<int32_t> inputs = {x, f};
  const bool has_bias = rng.chance(0.8);
  if (has_bias) {
    std::vector<float> scales;
    if (per_channel)
      for (int32_t ch = 0; ch < units; ++ch) scales.push_back(in_s * w_scales[ch]);
    else
      scales = {in_s * w_scales[0]};
    const int32_t span = static_cast<int32_t>(2 * std::sqrt(static_cast<double>(depth)) * 5400);
    inputs.push_back(b.bias("bias", units, span, scales, rng));
  }
  const int32_t y = b.activation("output", {batches, units}, out_s, out_zp);
  model::OpOptions opt;
  opt.activation = act;
  b.op(OpType::FullyConnected, inputs, y, opt);
  b.io({x}, {y});
  // Asymmetric weights: the blob's filter_offset, which the compiler never sets.
  if (!per_channel && rng.chance(0.3)) c.patch.fc_filter_offset = rng.chance(0.2) ? 128 : rng.integer(-127, 127);
  std::ostringstream os;
  os << "input " << shape_str({batches, depth}) << " units " << units << (per_channel ? " per-channel" : " per-tensor")
     << (has_bias ? " bias" : " no-bias") << " act " << act_name(act) << " in(s=" << in_s << ",zp=" << in_zp
     << ") out(s=" << out_s << ",zp=" << out_zp << ")";
  if (c.patch.fc_filter_offset) os << " filter_offset " << c.patch.fc_filter_offset << " (patched)";
  c.model = b.take();
  c.description = os.str();
  return c;
}

MveCase pool_case(Rng& rng, bool average) {
  Builder b(average ? "average_pool" : "max_pool");
  MveCase c;
  const int32_t n = rng.chance(0.8) ? 1 : 2;
  const int32_t ch = rng.channels(48);
  int32_t h = rng.integer(1, 16), w = rng.integer(1, 16);
  Window win;
  const int32_t kind = rng.integer(0, 9);
  if (kind == 0) {
    // A global pool around the 256-tap limit of the 16-bit average.
    h = rng.integer(14, 18);
    w = rng.integer(14, 18);
    win.kh = h;
    win.kw = w;
    win.oh = win.ow = 1;
    win.padding = Padding::Valid;
  } else {
    win = random_window(rng, h, w, 6, false, false);
  }
  const float s = rng.scale(0.005, 0.5);
  const int32_t zp = rng.zero_point();
  const Activation act = random_activation(rng);
  const int32_t x = b.activation("input", {n, h, w, ch}, s, zp);
  const int32_t y = b.activation("output", {n, win.oh, win.ow, ch}, s, zp);
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
  os << "input " << shape_str({n, h, w, ch}) << " " << window_str(win) << " act " << act_name(act) << " s=" << s
     << " zp=" << zp;
  c.model = b.take();
  c.description = os.str();
  return c;
}

// Two shapes that broadcast to a random output shape (inputs drop leading
// dimensions and set some dimensions to 1).
void broadcast_shapes(Rng& rng, std::vector<int32_t>& a, std::vector<int32_t>& b, std::vector<int32_t>& out) {
  const int rank = rng.integer(1, 4);
  out.clear();
  for (int d = 0; d < rank; ++d) out.push_back(d == rank - 1 ? rng.channels(40) : rng.integer(1, 6));
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
  const size_t r = std::max(a.size(), b.size());
  std::vector<int32_t> ea(r - a.size(), 1), eb(r - b.size(), 1);
  ea.insert(ea.end(), a.begin(), a.end());
  eb.insert(eb.end(), b.begin(), b.end());
  out.assign(r, 1);
  for (size_t d = 0; d < r; ++d) out[d] = std::max(ea[d], eb[d]);
}

MveCase binary_case(Rng& rng, bool add) {
  Builder b(add ? "add" : "mul");
  MveCase c;
  std::vector<int32_t> s1, s2, so;
  broadcast_shapes(rng, s1, s2, so);
  const float sc1 = rng.scale(0.005, 0.5), sc2 = rng.chance(0.2) ? sc1 : rng.scale(0.005, 0.5);
  const int32_t z1 = rng.zero_point(), z2 = rng.zero_point(), zo = rng.zero_point();
  c.near_ties = !add && rng.chance(0.25);
  const float so_s = add ? static_cast<float>(std::max(sc1, sc2) * rng.uniform(0.3, 3.0))
                         : static_cast<float>(sc1 * sc2 * (c.near_ties ? rng.uniform(1.0, 24.0)
                                                                      : 74.0 * 74.0 / 40.0 * rng.uniform(0.1, 4.0)));
  const Activation act = random_activation(rng);
  const bool constant_second = rng.chance(0.25);
  const int32_t x1 = b.activation("input1", s1, sc1, z1);
  const int32_t x2 =
      constant_second ? b.int8_constant("input2", s2, sc2, z2, rng) : b.activation("input2", s2, sc2, z2);
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
  c.model = b.take();
  c.description = os.str();
  return c;
}

}  // namespace

const std::vector<std::string>& mve_op_names() {
  static const std::vector<std::string> names = {"CONV_2D",         "DEPTHWISE_CONV_2D", "FULLY_CONNECTED",
                                                 "AVERAGE_POOL_2D", "MAX_POOL_2D",       "ADD",
                                                 "MUL"};
  return names;
}

MveCase make_mve_case(const std::string& op, uint64_t seed) {
  uint64_t op_hash = 1469598103934665603ull;  // FNV-1a of the name: the same cases everywhere
  for (char ch : op) op_hash = (op_hash ^ static_cast<uint8_t>(ch)) * 1099511628211ull;
  Rng rng(seed ^ op_hash);
  MveCase c;
  if (op == "CONV_2D") c = conv_case(rng, false);
  else if (op == "DEPTHWISE_CONV_2D") c = conv_case(rng, true);
  else if (op == "FULLY_CONNECTED") c = fully_connected_case(rng);
  else if (op == "AVERAGE_POOL_2D") c = pool_case(rng, true);
  else if (op == "MAX_POOL_2D") c = pool_case(rng, false);
  else if (op == "ADD") c = binary_case(rng, true);
  else if (op == "MUL") c = binary_case(rng, false);
  else throw std::invalid_argument("no randomised Helium cases for operator '" + op + "'");
  c.input_seed = rng.next();
  c.input_style = c.near_ties ? 2 : rng.chance(0.7) ? 0 : rng.integer(1, 2);
  c.model.name = op + "_" + std::to_string(seed);
  c.description = op + " seed " + std::to_string(seed) + ": " + c.description + (c.near_ties ? ", small shifts" : "") +
                  (c.input_style == 1   ? ", inputs mostly -128/127"
                   : c.input_style == 2 ? ", inputs near the zero point"
                                        : "");
  return c;
}

std::vector<std::vector<uint8_t>> case_inputs(const model::Model& m, uint64_t seed, int style) {
  model::SplitMix64 rng(seed);
  std::vector<std::vector<uint8_t>> inputs;
  for (int32_t t : m.inputs) {
    const model::Tensor& tensor = m.tensors[static_cast<size_t>(t)];
    const int32_t zp = tensor.quant.zero_point.empty() ? 0 : static_cast<int32_t>(tensor.quant.zero_point[0]);
    std::vector<uint8_t> bytes(static_cast<size_t>(tensor.bytes()));
    for (uint8_t& byte : bytes) {
      int32_t v = static_cast<int8_t>(rng.next() >> 56);
      if (style == 1 && (rng.next() & 3) != 0) v = (rng.next() & 1) ? 127 : -128;
      if (style == 2) v = std::clamp(zp + rng.integer(-6, 6), -128, 127);
      byte = static_cast<uint8_t>(static_cast<int8_t>(v));
    }
    inputs.push_back(std::move(bytes));
  }
  return inputs;
}

}  // namespace tinysim::inference_tests
