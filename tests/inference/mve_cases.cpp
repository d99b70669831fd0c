#include "mve_cases.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <sstream>
#include <stdexcept>

#include "case_builder.h"
#include "workloads/compiler/generator/prng.h"

namespace tinysim::inference_tests {

namespace {

using model::Activation;
using model::OpType;
using model::Padding;

using testing::CaseModelBuilder;
using testing::CaseRng;
using testing::Window;
using testing::act_name;
using testing::shape_str;
using testing::window_str;

// The seed mixing of these cases (the same seed gives the same model).
CaseRng case_rng(uint64_t seed) { return CaseRng(seed * 0xA24BAED4963EE407ull + 0x5851F42D4C957F2Dull); }

// A zero point, often at the extremes (input offset 128 and -127).
int32_t zero_point(CaseRng& rng) {
  const int32_t pick = rng.integer(0, 9);
  if (pick == 0) return -128;
  if (pick == 1) return 127;
  return rng.integer(-128, 127);
}

// A channel count: small ones, ones around the vector widths, larger ones.
int32_t channels(CaseRng& rng, int32_t max) {
  static const int32_t around[] = {1, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33};
  const int32_t pick = rng.integer(0, 9);
  int32_t c = pick < 5 ? around[rng.integer(0, 12)] : pick < 8 ? rng.integer(1, 40) : rng.integer(1, max);
  return std::min(c, max);
}

Activation random_activation(CaseRng& rng) {
  static const Activation acts[] = {Activation::None, Activation::Relu, Activation::ReluN1To1, Activation::Relu6};
  return acts[rng.integer(0, 3)];
}

// Symmetric int8 weights (what the compiler accepts), values in [-127, 127]
// with some all-extreme tensors so sums and products reach their limits.
std::function<int8_t()> helium_weights(CaseRng& rng) {
  const bool extreme = rng.chance(0.1);
  return [&rng, extreme] {
    return static_cast<int8_t>(extreme ? (rng.chance(0.5) ? -127 : 127) : rng.integer(-127, 127));
  };
}

// A window over an in_h x in_w image with a non-empty output; the filter
// sides are in [min_kernel, max_kernel], `pointwise` forces 1x1; strides
// are 1 60% of the time, else 2..3; dilations 2..3 25% of the time.
Window mve_window(CaseRng& rng, int32_t in_h, int32_t in_w, int32_t max_kernel, bool dilation, bool pointwise,
                  int32_t min_kernel = 1) {
  const testing::WindowDraws draws{
      [=](CaseRng& r) { return pointwise ? 1 : r.integer(min_kernel, max_kernel); },
      [](CaseRng& r) { return r.chance(0.6) ? 1 : r.integer(2, 3); },
      [dilation](CaseRng& r) { return dilation && r.chance(0.25) ? r.integer(2, 3) : 1; }};
  return testing::random_window(rng, in_h, in_w, draws);
}

// The output scale of a convolution or fully connected case summing `k`
// products. Now and then (c.near_ties) only a few times the accumulator's
// scale: small right shifts, where exact rounding ties (RoundingDivideByPOT's
// half-away-from-zero) are frequent; the inputs then stay near the zero
// point so that the outputs do not all saturate.
float accumulator_output_scale(CaseRng& rng, MveCase& c, float in_s, float w_s_base, int32_t k) {
  c.near_ties = rng.chance(0.25);
  const double out_spread = rng.chance(0.15) ? rng.uniform(0.02, 0.2) : rng.uniform(0.25, 4.0);
  return c.near_ties ? static_cast<float>(in_s * w_s_base * rng.uniform(1.0, 24.0))
                     : static_cast<float>(in_s * w_s_base * std::sqrt(static_cast<double>(k)) * 180.0 * out_spread);
}

MveCase conv_case(CaseRng& rng, bool depthwise) {
  CaseModelBuilder b(depthwise ? "depthwise" : "conv");
  MveCase c;
  const int32_t n = rng.chance(0.8) ? 1 : 2;
  int32_t h = rng.integer(1, 14), w = rng.integer(1, 14);
  int32_t in_c, out_c, dm = 1;
  const bool pointwise = !depthwise && rng.chance(0.35);
  // A deep filter (K = taps * depth above the 2048-byte im2col limit of the
  // static buffer) now and then, on a small image to keep the case quick.
  const bool deep = !depthwise && !pointwise && rng.chance(0.1);
  if (depthwise) {
    in_c = channels(rng, 48);
    dm = rng.chance(0.7) ? 1 : rng.integer(2, 3);
    out_c = in_c * dm;
  } else if (deep) {
    in_c = rng.integer(240, 300);
    out_c = rng.integer(1, 5);
    h = rng.integer(3, 5);
    w = rng.integer(3, 5);
  } else {
    in_c = channels(rng, 70);
    out_c = rng.chance(0.15) ? rng.integer(60, 140) : channels(rng, 48);
  }
  // Depthwise windows of more than 64 taps (the Helium kernel's limit) now and then.
  const bool wide = depthwise && rng.chance(0.08);
  if (wide) {
    h = rng.integer(9, 14);
    w = rng.integer(9, 14);
  }
  const Window win = wide ? mve_window(rng, h, w, 9, false, false, 8)
                          : mve_window(rng, h, w, deep ? 3 : 5, true, pointwise);
  const float in_s = rng.scale(0.005, 0.5), w_s_base = rng.scale(0.001, 0.05);
  const int32_t in_zp = zero_point(rng);
  const bool per_channel = rng.chance(0.8);
  const std::vector<float> w_scales = testing::random_weight_scales(rng, per_channel ? out_c : 1, w_s_base);
  const int32_t taps = win.kh * win.kw * (depthwise ? 1 : in_c);
  const float out_s = accumulator_output_scale(rng, c, in_s, w_s_base, taps);
  const int32_t out_zp = zero_point(rng);
  const Activation act = random_activation(rng);
  const int32_t x = b.activation("input", {n, h, w, in_c}, in_s, in_zp);
  const int32_t f = depthwise ? b.weights("filter", {1, win.kh, win.kw, out_c}, w_scales, 3, helium_weights(rng))
                              : b.weights("filter", {out_c, win.kh, win.kw, in_c}, w_scales, 0, helium_weights(rng));
  std::vector<int32_t> inputs = {x, f};
  const bool has_bias = rng.chance(0.8);
  if (has_bias) {
    std::vector<float> scales;
    for (int32_t ch = 0; ch < out_c; ++ch) scales.push_back(in_s * w_scales[per_channel ? ch : 0]);
    const int32_t span = static_cast<int32_t>(2 * std::sqrt(static_cast<double>(taps)) * 5400);
    inputs.push_back(b.int32_constant("bias", {out_c}, testing::random_bias_values(rng, out_c, span), scales));
  }
  const int32_t y = b.activation("output", {n, win.oh, win.ow, out_c}, out_s, out_zp);
  b.op(depthwise ? OpType::DepthwiseConv2D : OpType::Conv2D, inputs, y, testing::conv_options(win, dm, act));
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

MveCase fully_connected_case(CaseRng& rng) {
  CaseModelBuilder b("fully_connected");
  MveCase c;
  const int32_t batches = rng.chance(0.7) ? 1 : rng.integer(2, 3);
  const int32_t depth = rng.chance(0.3) ? channels(rng, 48) : rng.integer(1, 300);
  const int32_t units = rng.chance(0.2) ? rng.integer(40, 90) : channels(rng, 40);
  const float in_s = rng.scale(0.005, 0.5), w_s_base = rng.scale(0.001, 0.05);
  const int32_t in_zp = zero_point(rng);
  const bool per_channel = rng.chance(0.4);
  const std::vector<float> w_scales = testing::random_weight_scales(rng, per_channel ? units : 1, w_s_base);
  const float out_s = accumulator_output_scale(rng, c, in_s, w_s_base, depth);
  const int32_t out_zp = zero_point(rng);
  const Activation act = random_activation(rng);
  const int32_t x = b.activation("input", {batches, depth}, in_s, in_zp);
  const int32_t f = b.weights("weights", {units, depth}, w_scales, 0, helium_weights(rng));
  std::vector<int32_t> inputs = {x, f};
  const bool has_bias = rng.chance(0.8);
  if (has_bias) {
    std::vector<float> scales;
    if (per_channel)
      for (int32_t ch = 0; ch < units; ++ch) scales.push_back(in_s * w_scales[ch]);
    else
      scales = {in_s * w_scales[0]};
    const int32_t span = static_cast<int32_t>(2 * std::sqrt(static_cast<double>(depth)) * 5400);
    inputs.push_back(b.int32_constant("bias", {units}, testing::random_bias_values(rng, units, span), scales));
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

MveCase pool_case(CaseRng& rng, bool average) {
  CaseModelBuilder b(average ? "average_pool" : "max_pool");
  MveCase c;
  const int32_t n = rng.chance(0.8) ? 1 : 2;
  const int32_t ch = channels(rng, 48);
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
    win = mve_window(rng, h, w, 6, false, false);
  }
  const float s = rng.scale(0.005, 0.5);
  const int32_t zp = zero_point(rng);
  const Activation act = random_activation(rng);
  const int32_t x = b.activation("input", {n, h, w, ch}, s, zp);
  const int32_t y = b.activation("output", {n, win.oh, win.ow, ch}, s, zp);
  b.op(average ? OpType::AveragePool2D : OpType::MaxPool2D, {x}, y, testing::pool_options(win, act));
  b.io({x}, {y});
  std::ostringstream os;
  os << "input " << shape_str({n, h, w, ch}) << " " << window_str(win) << " act " << act_name(act) << " s=" << s
     << " zp=" << zp;
  c.model = b.take();
  c.description = os.str();
  return c;
}

MveCase binary_case(CaseRng& rng, bool add) {
  MveCase c;
  testing::BinaryCaseParams p;
  // The last (channel) dimension from channels(), the others 1..6.
  testing::broadcast_shapes(
      rng, [&rng](int d, int rank) { return d == rank - 1 ? channels(rng, 40) : rng.integer(1, 6); }, p.shape1,
      p.shape2, p.out_shape);
  p.scale1 = rng.scale(0.005, 0.5);
  p.scale2 = rng.chance(0.2) ? p.scale1 : rng.scale(0.005, 0.5);
  p.zp1 = zero_point(rng);
  p.zp2 = zero_point(rng);
  p.out_zp = zero_point(rng);
  c.near_ties = !add && rng.chance(0.25);
  p.out_scale = add ? static_cast<float>(std::max(p.scale1, p.scale2) * rng.uniform(0.3, 3.0))
                    : static_cast<float>(p.scale1 * p.scale2 *
                                         (c.near_ties ? rng.uniform(1.0, 24.0)
                                                      : 74.0 * 74.0 / 40.0 * rng.uniform(0.1, 4.0)));
  p.act = random_activation(rng);
  p.constant_second = rng.chance(0.25);
  c.model = testing::binary_case_model(rng, add, p, c.description);
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
  CaseRng rng = case_rng(seed ^ op_hash);
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
