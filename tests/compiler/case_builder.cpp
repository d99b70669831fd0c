#include "case_builder.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <sstream>

namespace tinysim::testing {

using model::Activation;
using model::DType;
using model::Padding;

float CaseRng::scale(double lo, double hi) {
  return static_cast<float>(std::exp(std::log(lo) + (std::log(hi) - std::log(lo)) * r_.uniform()));
}

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

int64_t element_count(const std::vector<int32_t>& s) {
  int64_t n = 1;
  for (int32_t d : s) n *= d;
  return n;
}

int32_t CaseModelBuilder::activation(const std::string& name, std::vector<int32_t> shape, float scale, int32_t zp,
                                     DType type) {
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

int32_t CaseModelBuilder::weights(const std::string& name, std::vector<int32_t> shape, std::vector<float> scales,
                                  int32_t axis, const std::function<int8_t()>& next_value) {
  model::Tensor t;
  t.name = name;
  t.type = DType::Int8;
  t.shape = std::move(shape);
  t.quant.scale = std::move(scales);
  t.quant.zero_point.assign(t.quant.scale.size(), 0);
  t.quant.axis = axis;
  t.data.resize(static_cast<size_t>(element_count(t.shape)));
  for (uint8_t& b : t.data) b = static_cast<uint8_t>(next_value());
  return add(std::move(t));
}

int32_t CaseModelBuilder::int8_constant(const std::string& name, std::vector<int32_t> shape, float scale, int32_t zp,
                                        CaseRng& rng) {
  model::Tensor t;
  t.name = name;
  t.type = DType::Int8;
  t.shape = std::move(shape);
  t.quant.scale = {scale};
  t.quant.zero_point = {zp};
  t.data.resize(static_cast<size_t>(element_count(t.shape)));
  for (uint8_t& b : t.data) b = static_cast<uint8_t>(rng.int8());
  return add(std::move(t));
}

int32_t CaseModelBuilder::int32_constant(const std::string& name, std::vector<int32_t> shape,
                                         const std::vector<int32_t>& values, std::vector<float> scales) {
  model::Tensor t;
  t.name = name;
  t.type = DType::Int32;
  t.shape = std::move(shape);
  if (!scales.empty()) {
    t.quant.zero_point.assign(scales.size(), 0);
    t.quant.scale = std::move(scales);
  }
  t.data.resize(values.size() * 4);
  std::memcpy(t.data.data(), values.data(), t.data.size());
  return add(std::move(t));
}

void CaseModelBuilder::op(model::OpType type, std::vector<int32_t> inputs, int32_t output,
                          const model::OpOptions& opt) {
  model::Operator o;
  o.type = type;
  o.inputs = std::move(inputs);
  o.outputs = {output};
  o.opt = opt;
  m_.ops.push_back(std::move(o));
}

void CaseModelBuilder::io(std::vector<int32_t> inputs, std::vector<int32_t> outputs) {
  m_.inputs = std::move(inputs);
  m_.outputs = std::move(outputs);
}

int32_t CaseModelBuilder::add(model::Tensor t) {
  m_.tensors.push_back(std::move(t));
  return static_cast<int32_t>(m_.tensors.size()) - 1;
}

std::vector<float> random_weight_scales(CaseRng& rng, int32_t n, float base) {
  std::vector<float> scales;
  for (int32_t i = 0; i < n; ++i) scales.push_back(static_cast<float>(base * rng.uniform(0.5, 2.0)));
  return scales;
}

std::vector<int32_t> random_bias_values(CaseRng& rng, int32_t n, int32_t span) {
  std::vector<int32_t> values(static_cast<size_t>(n));
  for (int32_t& v : values) v = rng.integer(-span, span);
  return values;
}

int32_t window_out_size(int32_t in, int32_t filter, int32_t stride, int32_t dilation, Padding p) {
  const int32_t eff = (filter - 1) * dilation + 1;
  const int32_t v = p == Padding::Same ? (in + stride - 1) / stride : (in + stride - eff) / stride;
  return v > 0 ? v : -1;
}

Window random_window(CaseRng& rng, int32_t in_h, int32_t in_w, const WindowDraws& draws) {
  for (;;) {
    Window w;
    w.kh = draws.kernel(rng);
    w.kw = draws.kernel(rng);
    w.sh = draws.stride(rng);
    w.sw = draws.stride(rng);
    w.dh = draws.dilation(rng);
    w.dw = draws.dilation(rng);
    w.padding = rng.chance(0.5) ? Padding::Same : Padding::Valid;
    w.oh = window_out_size(in_h, w.kh, w.sh, w.dh, w.padding);
    w.ow = window_out_size(in_w, w.kw, w.sw, w.dw, w.padding);
    if (w.oh > 0 && w.ow > 0) return w;
  }
}

std::string window_str(const Window& w) {
  std::ostringstream os;
  os << "kernel " << w.kh << "x" << w.kw << " stride " << w.sh << "x" << w.sw << " dilation " << w.dh << "x" << w.dw
     << (w.padding == Padding::Same ? " SAME" : " VALID");
  return os.str();
}

model::OpOptions conv_options(const Window& w, int32_t depth_multiplier, Activation act) {
  model::OpOptions opt;
  opt.padding = w.padding;
  opt.stride_h = w.sh;
  opt.stride_w = w.sw;
  opt.dilation_h = w.dh;
  opt.dilation_w = w.dw;
  opt.depth_multiplier = depth_multiplier;
  opt.activation = act;
  return opt;
}

model::OpOptions pool_options(const Window& w, Activation act) {
  model::OpOptions opt;
  opt.padding = w.padding;
  opt.stride_h = w.sh;
  opt.stride_w = w.sw;
  opt.filter_h = w.kh;
  opt.filter_w = w.kw;
  opt.activation = act;
  return opt;
}

void broadcast_shapes(CaseRng& rng, const std::function<int32_t(int d, int rank)>& dim, std::vector<int32_t>& a,
                      std::vector<int32_t>& b, std::vector<int32_t>& out) {
  const int rank = rng.integer(1, 4);
  out.clear();
  for (int d = 0; d < rank; ++d) out.push_back(dim(d, rank));
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

model::Model binary_case_model(CaseRng& rng, bool add, const BinaryCaseParams& p, std::string& description) {
  CaseModelBuilder b(add ? "add" : "mul");
  const int32_t x1 = b.activation("input1", p.shape1, p.scale1, p.zp1);
  const int32_t x2 = p.constant_second ? b.int8_constant("input2", p.shape2, p.scale2, p.zp2, rng)
                                       : b.activation("input2", p.shape2, p.scale2, p.zp2);
  const int32_t y = b.activation("output", p.out_shape, p.out_scale, p.out_zp);
  model::OpOptions opt;
  opt.activation = p.act;
  b.op(add ? model::OpType::Add : model::OpType::Mul, {x1, x2}, y, opt);
  if (p.constant_second) b.io({x1}, {y});
  else b.io({x1, x2}, {y});
  std::ostringstream os;
  os << shape_str(p.shape1) << " (s=" << p.scale1 << ",zp=" << p.zp1 << ") " << (add ? "+" : "*") << " "
     << shape_str(p.shape2) << (p.constant_second ? " constant" : "") << " (s=" << p.scale2 << ",zp=" << p.zp2
     << ") -> " << shape_str(p.out_shape) << " (s=" << p.out_scale << ",zp=" << p.out_zp << ") act "
     << act_name(p.act);
  description = os.str();
  return b.take();
}

}  // namespace tinysim::testing
