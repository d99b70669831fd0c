#include "workloads/compiler/reference/op_kernel.h"

#include <cmath>
#include <sstream>

namespace tinysim::reference::detail {

int64_t element_count(const Shape& shape) {
  int64_t n = 1;
  for (int32_t d : shape) n *= d;
  return n;
}

std::string shape_string(const Shape& shape) {
  std::ostringstream s;
  s << "[";
  for (size_t i = 0; i < shape.size(); ++i) s << (i ? ", " : "") << shape[i];
  s << "]";
  return s.str();
}

std::string op_label(int op_index, const model::Operator& op) {
  return "op " + std::to_string(op_index) + " (" + model::builtin_op_name(static_cast<int32_t>(op.type)) + ")";
}

void OpContext::fail(const std::string& why) const { throw ReferenceError(label() + ": " + why); }

void OpContext::expect_arity(size_t min_inputs, size_t max_inputs, size_t outputs) const {
  const size_t n = op().inputs.size();
  if (n < min_inputs || n > max_inputs) {
    fail("has " + std::to_string(n) + " inputs, expected " +
         (min_inputs == max_inputs ? std::to_string(min_inputs)
                                   : std::to_string(min_inputs) + " to " + std::to_string(max_inputs)));
  }
  if (op().outputs.size() != outputs) {
    fail("has " + std::to_string(op().outputs.size()) + " outputs, expected " + std::to_string(outputs));
  }
}

bool OpContext::has_input(size_t i) const { return i < op().inputs.size() && op().inputs[i] >= 0; }

int32_t OpContext::input_index(size_t i) const {
  if (!has_input(i)) fail("input " + std::to_string(i) + " is missing");
  return op().inputs[i];
}

int32_t OpContext::output_index(size_t i) const {
  if (i >= op().outputs.size() || op().outputs[i] < 0) fail("output " + std::to_string(i) + " is missing");
  return op().outputs[i];
}

void OpContext::expect_type(const model::Tensor& t, model::DType type, const std::string& role) const {
  if (t.type != type) {
    fail(role + " '" + t.name + "' is " + model::dtype_name(t.type) + ", expected " + model::dtype_name(type));
  }
}

void OpContext::expect_rank(const model::Tensor& t, size_t rank, const std::string& role) const {
  if (t.shape.size() != rank) {
    fail(role + " '" + t.name + "' has shape " + shape_string(t.shape) + ", expected rank " + std::to_string(rank));
  }
}

void OpContext::expect_constant(const model::Tensor& t, const std::string& role) const {
  if (!t.is_constant()) fail(role + " '" + t.name + "' must be a constant tensor");
}

float OpContext::scale(const model::Tensor& t, const std::string& role) const {
  if (t.quant.scale.size() != 1) {
    fail(role + " '" + t.name + "' needs per-tensor quantisation, has " + std::to_string(t.quant.scale.size()) +
         " scales");
  }
  const float s = t.quant.scale[0];
  if (!(s > 0.0f) || !std::isfinite(s)) fail(role + " '" + t.name + "' has scale " + std::to_string(s));
  return s;
}

int32_t OpContext::zero_point(const model::Tensor& t, const std::string& role) const {
  if (t.quant.zero_point.size() > 1) {
    fail(role + " '" + t.name + "' has " + std::to_string(t.quant.zero_point.size()) + " zero points, expected 1");
  }
  const int64_t zp = t.quant.zero_point.empty() ? 0 : t.quant.zero_point[0];
  if (t.type == model::DType::Int8 && (zp < -128 || zp > 127)) {
    fail(role + " '" + t.name + "' has zero point " + std::to_string(zp) + " outside int8");
  }
  return static_cast<int32_t>(zp);
}

std::vector<float> OpContext::weight_scales(const model::Tensor& t, int32_t axis, int32_t channels,
                                            const std::string& role) const {
  const auto& q = t.quant;
  if (q.scale.empty()) fail(role + " '" + t.name + "' is not quantised");
  if (q.scale.size() != 1) {
    if (q.axis != axis) {
      fail(role + " '" + t.name + "' is quantised per channel along axis " + std::to_string(q.axis) +
           ", expected axis " + std::to_string(axis));
    }
    if (static_cast<int64_t>(q.scale.size()) != channels) {
      fail(role + " '" + t.name + "' has " + std::to_string(q.scale.size()) + " channel scales for " +
           std::to_string(channels) + " channels");
    }
  }
  for (float s : q.scale) {
    if (!(s > 0.0f) || !std::isfinite(s)) fail(role + " '" + t.name + "' has scale " + std::to_string(s));
  }
  for (size_t i = 0; i < q.zero_point.size(); ++i) {
    if (q.zero_point[i] != 0) {
      fail(role + " '" + t.name + "' has zero point " + std::to_string(q.zero_point[i]) + " at index " +
           std::to_string(i) + "; TFLite int8 kernels need symmetric weights (zero point 0)");
    }
  }
  return q.scale;
}

void OpContext::expect_output_shape(const model::Tensor& t, const Shape& computed) const {
  if (t.shape != computed) {
    fail("output '" + t.name + "' has shape " + shape_string(t.shape) + ", the operator produces " +
         shape_string(computed));
  }
}

quant::FusedActivation OpContext::activation() const {
  switch (op().opt.activation) {
    case model::Activation::None:
      return quant::FusedActivation::None;
    case model::Activation::Relu:
      return quant::FusedActivation::Relu;
    case model::Activation::ReluN1To1:
      return quant::FusedActivation::ReluN1To1;
    case model::Activation::Relu6:
      return quant::FusedActivation::Relu6;
  }
  fail("unknown fused activation " + std::to_string(static_cast<int>(op().opt.activation)));
}

void OpContext::expect_usable(const quant::QuantizedMultiplier& m, const std::string& what) const {
  if (m.shift > 31 || m.shift < -31) {
    fail(what + " multiplier needs a shift of " + std::to_string(m.shift) + " (supported: -31 to 31)");
  }
}

void OpContext::expect_usable(const std::vector<int32_t>& shifts, const std::string& what) const {
  for (int32_t s : shifts) expect_usable(quant::QuantizedMultiplier{1 << 30, s}, what);
}

std::vector<int32_t> read_int32(const std::vector<uint8_t>& bytes) {
  std::vector<int32_t> v(bytes.size() / 4);
  if (!v.empty()) std::memcpy(v.data(), bytes.data(), v.size() * 4);
  return v;
}

std::vector<float> read_float(const std::vector<uint8_t>& bytes) {
  std::vector<float> v(bytes.size() / 4);
  if (!v.empty()) std::memcpy(v.data(), bytes.data(), v.size() * 4);
  return v;
}

std::vector<int64_t> read_index_tensor(const OpContext& ctx, const model::Tensor& t, const std::string& role) {
  ctx.expect_constant(t, role);
  std::vector<int64_t> out;
  if (t.type == model::DType::Int32) {
    for (int32_t v : read_int32(t.data)) out.push_back(v);
  } else if (t.type == model::DType::Int64) {
    out.resize(t.data.size() / 8);
    if (!out.empty()) std::memcpy(out.data(), t.data.data(), out.size() * 8);
  } else {
    ctx.fail(role + " '" + t.name + "' is " + model::dtype_name(t.type) + ", expected int32 or int64");
  }
  return out;
}

std::unique_ptr<OpKernel> prepare_operator(const OpContext& ctx) {
  using model::OpType;
  switch (ctx.op().type) {
    case OpType::Conv2D:
      return prepare_conv_2d(ctx);
    case OpType::DepthwiseConv2D:
      return prepare_depthwise_conv_2d(ctx);
    case OpType::FullyConnected:
      return prepare_fully_connected(ctx);
    case OpType::AveragePool2D:
      return prepare_average_pool_2d(ctx);
    case OpType::MaxPool2D:
      return prepare_max_pool_2d(ctx);
    case OpType::Add:
      return prepare_add(ctx);
    case OpType::Mul:
      return prepare_mul(ctx);
    case OpType::Reshape:
      return prepare_reshape(ctx);
    case OpType::Softmax:
      return prepare_softmax(ctx);
    case OpType::Logistic:
      return prepare_logistic(ctx);
    case OpType::Pad:
      return prepare_pad(ctx);
    case OpType::Concatenation:
      return prepare_concatenation(ctx);
    case OpType::Mean:
      return prepare_mean(ctx);
    case OpType::Quantize:
      return prepare_quantize(ctx);
    case OpType::Dequantize:
      return prepare_dequantize(ctx);
  }
  ctx.fail("operator type is not supported by the reference interpreter (supported: CONV_2D, "
           "DEPTHWISE_CONV_2D, FULLY_CONNECTED, AVERAGE_POOL_2D, MAX_POOL_2D, ADD, MUL, RESHAPE, SOFTMAX, "
           "LOGISTIC, PAD, CONCATENATION, MEAN, QUANTIZE, DEQUANTIZE)");
}

}  // namespace tinysim::reference::detail
