#include "tests/model/model_test_util.h"

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>

namespace tinysim::model::test {
namespace {

class ModelAssembler {
 public:
  int32_t tensor(const std::string& name, DType type, std::vector<int32_t> shape, std::vector<float> scale = {},
                 std::vector<int64_t> zero_point = {}, int32_t axis = 0) {
    Tensor t;
    t.name = name;
    t.type = type;
    t.shape = std::move(shape);
    t.quant.scale = std::move(scale);
    t.quant.zero_point = std::move(zero_point);
    t.quant.axis = axis;
    m.tensors.push_back(std::move(t));
    return static_cast<int32_t>(m.tensors.size() - 1);
  }
  // Constant with bytes 0, 1, 2, ... (a recognisable pattern).
  int32_t constant(const std::string& name, DType type, std::vector<int32_t> shape, std::vector<float> scale = {},
                   std::vector<int64_t> zero_point = {}, int32_t axis = 0) {
    const int32_t id = tensor(name, type, std::move(shape), std::move(scale), std::move(zero_point), axis);
    Tensor& t = m.tensors[id];
    t.data.resize(t.bytes());
    for (size_t i = 0; i < t.data.size(); ++i) t.data[i] = static_cast<uint8_t>(i * 7 + 3);
    return id;
  }
  int32_t int32_constant(const std::string& name, std::vector<int32_t> shape, const std::vector<int32_t>& values) {
    const int32_t id = tensor(name, DType::Int32, std::move(shape));
    Tensor& t = m.tensors[id];
    t.data.resize(values.size() * 4);
    std::memcpy(t.data.data(), values.data(), t.data.size());
    return id;
  }
  Operator& op(OpType type, std::vector<int32_t> inputs, std::vector<int32_t> outputs) {
    Operator o;
    o.type = type;
    o.inputs = std::move(inputs);
    o.outputs = std::move(outputs);
    m.ops.push_back(o);
    return m.ops.back();
  }
  Model m;
};

}  // namespace

Model make_all_ops_model() {
  ModelAssembler a;
  a.m.name = "all_ops";
  const float s = 0.05f;
  const int32_t in = a.tensor("input", DType::Int8, {1, 8, 8, 4}, {s}, {-3});
  a.m.inputs = {in};

  const int32_t pads = a.int32_constant("pad/paddings", {4, 2}, {0, 0, 1, 1, 1, 1, 0, 0});
  const int32_t padded = a.tensor("pad", DType::Int8, {1, 10, 10, 4}, {s}, {-3});
  a.op(OpType::Pad, {in, pads}, {padded});

  // 3x3 dilation 2 VALID: effective 5x5 window, 10 -> 6.
  const int32_t conv_w = a.constant("conv/weights", DType::Int8, {6, 3, 3, 4},
                                    {0.01f, 0.02f, 0.03f, 0.04f, 0.05f, 0.06f}, {0, 0, 0, 0, 0, 0}, 0);
  const int32_t conv_b = a.constant("conv/bias", DType::Int32, {6});
  const int32_t conv = a.tensor("conv", DType::Int8, {1, 6, 6, 6}, {0.1f}, {-128});
  Operator& c = a.op(OpType::Conv2D, {padded, conv_w, conv_b}, {conv});
  c.opt.padding = Padding::Valid;
  c.opt.dilation_h = c.opt.dilation_w = 2;
  c.opt.activation = Activation::Relu6;

  // Depthwise multiplier 2, stride 2, SAME: 6 -> 3, 6 -> 12 channels; no bias.
  std::vector<float> dw_scales(12, 0.02f);
  const int32_t dw_w = a.constant("dw/weights", DType::Int8, {1, 3, 3, 12}, dw_scales,
                                  std::vector<int64_t>(12, 0), 3);
  const int32_t dw = a.tensor("dw", DType::Int8, {1, 3, 3, 12}, {0.08f}, {-128});
  Operator& d = a.op(OpType::DepthwiseConv2D, {conv, dw_w, -1}, {dw});
  d.opt.padding = Padding::Same;
  d.opt.stride_h = d.opt.stride_w = 2;
  d.opt.depth_multiplier = 2;
  d.opt.activation = Activation::Relu;

  const int32_t max_pool = a.tensor("maxpool", DType::Int8, {1, 2, 2, 12}, {0.08f}, {-128});
  Operator& mp = a.op(OpType::MaxPool2D, {dw}, {max_pool});
  mp.opt.padding = Padding::Valid;
  mp.opt.filter_h = mp.opt.filter_w = 2;

  const int32_t avg_pool = a.tensor("avgpool", DType::Int8, {1, 2, 2, 12}, {0.08f}, {-128});
  Operator& ap = a.op(OpType::AveragePool2D, {dw}, {avg_pool});
  ap.opt.padding = Padding::Same;
  ap.opt.filter_h = 3;
  ap.opt.filter_w = 2;
  ap.opt.stride_h = ap.opt.stride_w = 2;
  ap.opt.activation = Activation::ReluN1To1;

  const int32_t concat = a.tensor("concat", DType::Int8, {1, 2, 2, 24}, {0.08f}, {-128});
  a.op(OpType::Concatenation, {max_pool, avg_pool}, {concat}).opt.axis = 3;

  const int32_t mul = a.tensor("mul", DType::Int8, {1, 2, 2, 24}, {0.3f}, {-128});
  a.op(OpType::Mul, {concat, concat}, {mul});

  const int32_t axes = a.int32_constant("mean/axes", {2}, {1, -2});
  const int32_t mean = a.tensor("mean", DType::Int8, {1, 24}, {0.3f}, {-128});
  a.op(OpType::Mean, {mul, axes}, {mean});

  const int32_t fc_w = a.constant("fc/weights", DType::Int8, {10, 24}, {0.01f}, {0});
  const int32_t fc_b = a.constant("fc/bias", DType::Int32, {10}, {0.003f}, {0});
  const int32_t fc = a.tensor("fc", DType::Int8, {1, 10}, {0.2f}, {5});
  a.op(OpType::FullyConnected, {mean, fc_w, fc_b}, {fc});

  const int32_t add = a.tensor("add", DType::Int8, {1, 10}, {0.4f}, {5});
  a.op(OpType::Add, {fc, fc}, {add}).opt.activation = Activation::Relu;

  // RESHAPE without a shape tensor: the writer puts the shape in the options.
  const int32_t reshaped = a.tensor("reshape", DType::Int8, {2, 5}, {0.4f}, {5});
  a.op(OpType::Reshape, {add}, {reshaped});

  const int32_t logistic = a.tensor("logistic", DType::Int8, {2, 5}, {1.0f / 256}, {-128});
  a.op(OpType::Logistic, {reshaped}, {logistic});

  const int32_t dequantized = a.tensor("dequantize", DType::Float32, {2, 5});
  a.op(OpType::Dequantize, {logistic}, {dequantized});

  const int32_t quantized = a.tensor("quantize", DType::Int8, {2, 5}, {0.01f}, {-1});
  a.op(OpType::Quantize, {dequantized}, {quantized});

  const int32_t softmax = a.tensor("softmax", DType::Int8, {2, 5}, {1.0f / 256}, {-128});
  a.op(OpType::Softmax, {quantized}, {softmax}).opt.beta = 0.5f;

  a.m.outputs = {softmax, dequantized};
  return a.m;
}

std::string model_difference(const Model& a, const Model& b) {
  std::ostringstream d;
  auto vec = [](const auto& v) {
    std::ostringstream s;
    s << "[";
    for (size_t i = 0; i < v.size(); ++i) s << (i ? "," : "") << +v[i];
    s << "]";
    return s.str();
  };
  if (a.name != b.name) return "name '" + a.name + "' vs '" + b.name + "'";
  if (a.inputs != b.inputs) return "inputs " + vec(a.inputs) + " vs " + vec(b.inputs);
  if (a.outputs != b.outputs) return "outputs " + vec(a.outputs) + " vs " + vec(b.outputs);
  if (a.tensors.size() != b.tensors.size())
    return std::to_string(a.tensors.size()) + " vs " + std::to_string(b.tensors.size()) + " tensors";
  for (size_t i = 0; i < a.tensors.size(); ++i) {
    const Tensor& x = a.tensors[i];
    const Tensor& y = b.tensors[i];
    const std::string t = "tensor " + std::to_string(i) + " '" + x.name + "': ";
    if (x.name != y.name) return t + "name vs '" + y.name + "'";
    if (x.type != y.type) return t + "type " + dtype_name(x.type) + " vs " + dtype_name(y.type);
    if (x.shape != y.shape) return t + "shape " + vec(x.shape) + " vs " + vec(y.shape);
    if (x.quant.scale != y.quant.scale) return t + "scales " + vec(x.quant.scale) + " vs " + vec(y.quant.scale);
    if (x.quant.zero_point != y.quant.zero_point)
      return t + "zero points " + vec(x.quant.zero_point) + " vs " + vec(y.quant.zero_point);
    if (x.quant.axis != y.quant.axis)
      return t + "axis " + std::to_string(x.quant.axis) + " vs " + std::to_string(y.quant.axis);
    if (x.data != y.data) return t + "data differs";
  }
  if (a.ops.size() != b.ops.size())
    return std::to_string(a.ops.size()) + " vs " + std::to_string(b.ops.size()) + " operators";
  for (size_t k = 0; k < a.ops.size(); ++k) {
    const Operator& x = a.ops[k];
    const Operator& y = b.ops[k];
    const std::string o = "operator " + std::to_string(k) + " (" + op_name(x.type) + "): ";
    if (x.type != y.type) return o + "type vs " + op_name(y.type);
    if (x.inputs != y.inputs) return o + "inputs " + vec(x.inputs) + " vs " + vec(y.inputs);
    if (x.outputs != y.outputs) return o + "outputs " + vec(x.outputs) + " vs " + vec(y.outputs);
    const OpOptions& p = x.opt;
    const OpOptions& q = y.opt;
    if (p.padding != q.padding) return o + "padding";
    if (p.stride_w != q.stride_w || p.stride_h != q.stride_h) return o + "stride";
    if (p.dilation_w != q.dilation_w || p.dilation_h != q.dilation_h) return o + "dilation";
    if (p.filter_w != q.filter_w || p.filter_h != q.filter_h) return o + "filter size";
    if (p.depth_multiplier != q.depth_multiplier) return o + "depth multiplier";
    if (p.activation != q.activation) return o + "activation";
    if (p.axis != q.axis) return o + "axis";
    if (p.keep_dims != q.keep_dims) return o + "keep_dims";
    if (p.beta != q.beta) return o + "beta";
  }
  return "";
}

std::string mlperf_tiny_dir() {
  if (const char* env = std::getenv("TINYSIM_MLPERF_TINY_DIR"); env && *env) return env;
  return TINYSIM_MLPERF_TINY_DIR;
}

std::vector<uint8_t> read_file_bytes(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

uint64_t fnv1a64(const std::vector<uint8_t>& bytes) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (uint8_t b : bytes) {
    h ^= b;
    h *= 0x100000001b3ULL;
  }
  return h;
}

}  // namespace tinysim::model::test
