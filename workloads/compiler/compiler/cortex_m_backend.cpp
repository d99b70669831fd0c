#include "workloads/compiler/compiler/cortex_m_backend.h"

#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <functional>

#include "workloads/compiler/compiler/compiler.h"
#include "workloads/compiler/quant/op_params.h"
#include "workloads/runtime/kernels/kernels.h"

namespace tinysim::compiler {

namespace {

using model::DType;
using model::OpType;
using Dims4 = std::array<int32_t, 4>;

std::string shape_string(const std::vector<int32_t>& s) {
  std::string out = "[";
  for (size_t i = 0; i < s.size(); ++i) {
    if (i) out += ',';
    out += std::to_string(s[i]);
  }
  out += ']';
  return out;
}

// TFLite's RuntimeShape::ExtendedShape(4, shape).
Dims4 extend4(const std::vector<int32_t>& s) {
  Dims4 d{1, 1, 1, 1};
  for (size_t i = 0; i < s.size() && i < 4; ++i) d[4 - s.size() + i] = s[i];
  return d;
}

// One operator being lowered: access to its tensors with the checks and
// messages every operator shares.
class OpLowering {
 public:
  OpLowering(const model::Model& m, int index, WeightsSection& weights)
      : m_(m), index_(index), op_(m.ops[index]), weights_(weights) {}

  const model::Operator& op() const { return op_; }
  WeightsSection& weights() const { return weights_; }

  [[noreturn]] void fail(const std::string& why) const { throw CompileError(op_label(m_, index_) + ": " + why); }

  void expect_arity(size_t min_inputs, size_t max_inputs) const {
    const size_t n = op_.inputs.size();
    if (n < min_inputs || n > max_inputs)
      fail("has " + std::to_string(n) + " inputs, expected " + std::to_string(min_inputs) +
           (max_inputs != min_inputs ? ".." + std::to_string(max_inputs) : std::string()));
    if (op_.outputs.size() != 1) fail("has " + std::to_string(op_.outputs.size()) + " outputs, expected 1");
  }
  bool has_input(size_t i) const { return i < op_.inputs.size() && op_.inputs[i] >= 0; }
  const model::Tensor& input(size_t i) const {
    if (!has_input(i)) fail("input " + std::to_string(i) + " is missing");
    return m_.tensors.at(op_.inputs[i]);
  }
  const model::Tensor& output() const { return m_.tensors.at(op_.outputs.at(0)); }

  void expect_type(const model::Tensor& t, DType type, const std::string& role) const {
    if (t.type != type)
      fail(role + " '" + t.name + "' is " + model::dtype_name(t.type) + ", expected " + model::dtype_name(type));
  }
  void expect_rank(const model::Tensor& t, size_t lo, size_t hi, const std::string& role) const {
    if (t.shape.size() < lo || t.shape.size() > hi)
      fail(role + " '" + t.name + "' has shape " + shape_string(t.shape) + ", expected rank " + std::to_string(lo) +
           (hi != lo ? ".." + std::to_string(hi) : std::string()));
  }
  void expect_constant(const model::Tensor& t, const std::string& role) const {
    if (!t.is_constant()) fail(role + " '" + t.name + "' must be a constant tensor");
  }
  void expect_shape(const model::Tensor& t, const std::vector<int32_t>& shape, const std::string& role) const {
    if (t.shape != shape)
      fail(role + " '" + t.name + "' has shape " + shape_string(t.shape) + ", expected " + shape_string(shape));
  }

  // Per-tensor quantisation of an activation.
  float scale(const model::Tensor& t, const std::string& role) const {
    if (t.quant.scale.size() != 1 || t.quant.zero_point.size() != 1)
      fail(role + " '" + t.name + "' needs per-tensor quantisation (one scale and zero point), has " +
           std::to_string(t.quant.scale.size()) + " scales");
    const float s = t.quant.scale[0];
    if (!(s > 0.0f) || !std::isfinite(s)) fail(role + " '" + t.name + "' has scale " + std::to_string(s));
    return s;
  }
  int32_t zero_point(const model::Tensor& t, const std::string& role) const {
    scale(t, role);
    const int64_t z = t.quant.zero_point[0];
    if (z < -128 || z > 127) fail(role + " '" + t.name + "' has zero point " + std::to_string(z) + " outside int8");
    return static_cast<int32_t>(z);
  }
  // Weights: per tensor, or per channel along `axis` with one scale per
  // channel; zero points 0 (TFLite's int8 kernels use symmetric weights).
  std::vector<float> weight_scales(const model::Tensor& t, int32_t axis, int32_t channels,
                                   const std::string& role) const {
    const auto& q = t.quant;
    if (q.scale.empty()) fail(role + " '" + t.name + "' is not quantised");
    if (q.scale.size() > 1 && (static_cast<int32_t>(q.scale.size()) != channels || q.axis != axis))
      fail(role + " '" + t.name + "' has " + std::to_string(q.scale.size()) + " scales along axis " +
           std::to_string(q.axis) + ", expected " + std::to_string(channels) + " along axis " + std::to_string(axis));
    for (int64_t z : q.zero_point)
      if (z != 0) fail(role + " '" + t.name + "' has a non-zero zero point (int8 weights must be symmetric)");
    for (float s : q.scale)
      if (!(s > 0.0f) || !std::isfinite(s)) fail(role + " '" + t.name + "' has a scale of " + std::to_string(s));
    return q.scale;
  }

  quant::FusedActivation activation() const {
    switch (op_.opt.activation) {
      case model::Activation::None: return quant::FusedActivation::None;
      case model::Activation::Relu: return quant::FusedActivation::Relu;
      case model::Activation::ReluN1To1: return quant::FusedActivation::ReluN1To1;
      case model::Activation::Relu6: return quant::FusedActivation::Relu6;
    }
    fail("unknown fused activation " + std::to_string(static_cast<int>(op_.opt.activation)));
  }

  // Runs a quant:: Prepare computation; its std::invalid_argument becomes a
  // CompileError naming the operator.
  template <typename F>
  auto prepare(F&& f) const -> decltype(f()) {
    try {
      return f();
    } catch (const std::invalid_argument& e) {
      fail(e.what());
    }
  }

  std::vector<int64_t> index_values(const model::Tensor& t, const std::string& role) const {
    expect_constant(t, role);
    std::vector<int64_t> out;
    if (t.type == DType::Int32) {
      out.resize(t.data.size() / 4);
      for (size_t i = 0; i < out.size(); ++i) {
        int32_t v;
        std::memcpy(&v, t.data.data() + 4 * i, 4);
        out[i] = v;
      }
    } else if (t.type == DType::Int64) {
      out.resize(t.data.size() / 8);
      if (!out.empty()) std::memcpy(out.data(), t.data.data(), out.size() * 8);
    } else {
      fail(role + " '" + t.name + "' is " + model::dtype_name(t.type) + ", expected int32 or int64");
    }
    return out;
  }

 private:
  const model::Model& m_;
  int index_;
  const model::Operator& op_;
  WeightsSection& weights_;
};

quant::PaddingMode padding_mode(model::Padding p) {
  return p == model::Padding::Same ? quant::PaddingMode::Same : quant::PaddingMode::Valid;
}

LoweredOp base_op(const OpLowering& L, uint16_t kind) {
  LoweredOp lo;
  lo.entry.kind = kind;
  lo.entry.engine = TSB_ENGINE_CPU;
  lo.entry.kernel = 0;
  lo.outputs = {L.op().outputs[0]};
  return lo;
}

LoweredOp lower_conv(const OpLowering& L, bool depthwise) {
  L.expect_arity(2, 3);
  const model::Tensor& in = L.input(0);
  const model::Tensor& filter = L.input(1);
  const model::Tensor& out = L.output();
  L.expect_type(in, DType::Int8, "input");
  L.expect_type(filter, DType::Int8, "filter");
  L.expect_type(out, DType::Int8, "output");
  L.expect_rank(in, 4, 4, "input");
  L.expect_rank(filter, 4, 4, "filter");
  L.expect_constant(filter, "filter");
  const model::OpOptions& o = L.op().opt;
  const int32_t in_c = in.shape[3];
  const int32_t channels = depthwise ? filter.shape[3] : filter.shape[0];
  int32_t depth_multiplier = 1;
  if (depthwise) {
    if (filter.shape[0] != 1) L.fail("filter '" + filter.name + "' has shape " + shape_string(filter.shape) +
                                     ", expected [1, H, W, channels]");
    if (channels % in_c != 0)
      L.fail("filter has " + std::to_string(channels) + " channels, not a multiple of the input depth " +
             std::to_string(in_c));
    depth_multiplier = channels / in_c;
    if (o.depth_multiplier != depth_multiplier)
      L.fail("depth_multiplier option is " + std::to_string(o.depth_multiplier) + " but the filter has " +
             std::to_string(channels) + " channels for " + std::to_string(in_c) + " input channels");
  } else {
    if (in_c % filter.shape[3] != 0)
      L.fail("input depth " + std::to_string(in_c) + " is not a multiple of the filter depth " +
             std::to_string(filter.shape[3]));
    const int32_t groups = in_c / filter.shape[3];
    if (channels % groups != 0)
      L.fail(std::to_string(channels) + " output channels cannot be split into " + std::to_string(groups) + " groups");
  }
  const quant::PaddingValues pad = L.prepare([&] {
    return quant::compute_padding(padding_mode(o.padding), in.shape[1], in.shape[2], filter.shape[1], filter.shape[2],
                                  o.stride_h, o.stride_w, o.dilation_h, o.dilation_w);
  });
  L.expect_shape(out, {in.shape[0], pad.out_height, pad.out_width, channels}, "output");
  const std::vector<float> filter_scales = L.weight_scales(filter, depthwise ? 3 : 0, channels, "filter");
  const float in_scale = L.scale(in, "input"), out_scale = L.scale(out, "output");
  const int32_t in_zp = L.zero_point(in, "input"), out_zp = L.zero_point(out, "output");
  const quant::ChannelMultipliers mult =
      L.prepare([&] { return quant::per_channel_multipliers(in_scale, filter_scales, out_scale, channels); });
  const quant::ActivationRange range =
      L.prepare([&] { return quant::activation_range_int8(L.activation(), out_scale, out_zp); });
  const bool has_bias = L.has_input(2);
  if (has_bias) {
    const model::Tensor& bias = L.input(2);
    L.expect_type(bias, DType::Int32, "bias");
    L.expect_constant(bias, "bias");
    if (bias.elements() != channels)
      L.fail("bias '" + bias.name + "' has shape " + shape_string(bias.shape) + ", expected " +
             std::to_string(channels) + " values");
  }

  LoweredOp lo = base_op(L, depthwise ? TSB_OP_DEPTHWISE_CONV_2D : TSB_OP_CONV_2D);
  tsb_conv_params& p = lo.entry.params.conv;
  p.stride_h = o.stride_h;
  p.stride_w = o.stride_w;
  p.dilation_h = o.dilation_h;
  p.dilation_w = o.dilation_w;
  p.pad_top = pad.height;
  p.pad_left = pad.width;
  p.depth_multiplier = depth_multiplier;
  p.input_offset = -in_zp;
  p.output_offset = out_zp;
  p.act_min = range.min;
  p.act_max = range.max;
  p.multiplier_array = L.weights().append_int32(mult.multiplier);
  p.shift_array = L.weights().append_int32(mult.shift);
  lo.inputs = {L.op().inputs[0], L.op().inputs[1], has_bias ? L.op().inputs[2] : -1};
  if (!depthwise) lo.scratch_bytes = tsk_conv_scratch_bytes(filter.shape[1] * filter.shape[2] * filter.shape[3]);
  return lo;
}

LoweredOp lower_fully_connected(const OpLowering& L) {
  L.expect_arity(2, 3);
  const model::Tensor& in = L.input(0);
  const model::Tensor& filter = L.input(1);
  const model::Tensor& out = L.output();
  L.expect_type(in, DType::Int8, "input");
  L.expect_type(filter, DType::Int8, "filter");
  L.expect_type(out, DType::Int8, "output");
  L.expect_rank(filter, 2, 2, "filter");
  L.expect_rank(in, 1, 4, "input");
  L.expect_rank(out, 1, 4, "output");
  L.expect_constant(filter, "filter");
  const int32_t units = filter.shape[0], depth = filter.shape[1];
  const int64_t in_elements = in.elements();
  if (in_elements % depth != 0)
    L.fail("input '" + in.name + "' has " + std::to_string(in_elements) + " elements, not a multiple of the filter depth " +
           std::to_string(depth));
  if (out.shape.back() != units)
    L.fail("output '" + out.name + "' has shape " + shape_string(out.shape) + ", its last dimension must be " +
           std::to_string(units));
  if (out.elements() / units * depth != in_elements)
    L.fail("output '" + out.name + "' shape " + shape_string(out.shape) + " does not match " +
           std::to_string(in_elements / depth) + " input rows");
  const float in_scale = L.scale(in, "input"), out_scale = L.scale(out, "output");
  const int32_t in_zp = L.zero_point(in, "input"), out_zp = L.zero_point(out, "output");
  const bool has_bias = L.has_input(2);
  if (has_bias) {
    const model::Tensor& bias = L.input(2);
    L.expect_type(bias, DType::Int32, "bias");
    L.expect_constant(bias, "bias");
    if (bias.elements() != units)
      L.fail("bias '" + bias.name + "' has shape " + shape_string(bias.shape) + ", expected " +
             std::to_string(units) + " values");
  }
  quant::ChannelMultipliers mult;
  int32_t filter_offset = 0;
  if (filter.quant.scale.size() > 1) {
    // Per-channel weights: TFLite's FullyConnectedPerChannel.
    const std::vector<float> scales = L.weight_scales(filter, 0, units, "filter");
    mult = L.prepare([&] { return quant::per_channel_multipliers(in_scale, scales, out_scale, units); });
  } else {
    // Per-tensor weights: FullyConnected with the float-product multiplier
    // and the weights' zero point.
    const float filter_scale = L.scale(filter, "filter");
    filter_offset = -L.zero_point(filter, "filter");
    if (has_bias && !L.input(2).quant.scale.empty() &&
        !quant::fully_connected_bias_scale_ok(in_scale, filter_scale, L.input(2).quant.scale[0], out_scale))
      L.fail("bias scale differs from input scale * filter scale by more than 2% of the output scale "
             "(TFLite rejects this model)");
    const quant::QuantizedMultiplier m =
        L.prepare([&] { return quant::fully_connected_per_tensor_multiplier(in_scale, filter_scale, out_scale); });
    mult.multiplier.assign(units, m.multiplier);
    mult.shift.assign(units, m.shift);
  }
  const quant::ActivationRange range =
      L.prepare([&] { return quant::activation_range_int8(L.activation(), out_scale, out_zp); });

  LoweredOp lo = base_op(L, TSB_OP_FULLY_CONNECTED);
  tsb_fc_params& p = lo.entry.params.fc;
  p.input_offset = -in_zp;
  p.filter_offset = filter_offset;
  p.output_offset = out_zp;
  p.act_min = range.min;
  p.act_max = range.max;
  p.multiplier_array = L.weights().append_int32(mult.multiplier);
  p.shift_array = L.weights().append_int32(mult.shift);
  lo.inputs = {L.op().inputs[0], L.op().inputs[1], has_bias ? L.op().inputs[2] : -1};
  return lo;
}

LoweredOp lower_pool(const OpLowering& L, bool average) {
  L.expect_arity(1, 1);
  const model::Tensor& in = L.input(0);
  const model::Tensor& out = L.output();
  L.expect_type(in, DType::Int8, "input");
  L.expect_type(out, DType::Int8, "output");
  L.expect_rank(in, 4, 4, "input");
  const float in_scale = L.scale(in, "input"), out_scale = L.scale(out, "output");
  const int32_t in_zp = L.zero_point(in, "input"), out_zp = L.zero_point(out, "output");
  // TFLite Micro PoolingPrepare: pooling does not rescale.
  if (!(std::abs(static_cast<double>(in_scale) - static_cast<double>(out_scale)) <= 1.0e-6) || in_zp != out_zp)
    L.fail("input and output quantisation differ; TFLite pooling does not rescale");
  const model::OpOptions& o = L.op().opt;
  const quant::PaddingValues pad = L.prepare([&] {
    return quant::compute_padding(padding_mode(o.padding), in.shape[1], in.shape[2], o.filter_h, o.filter_w,
                                  o.stride_h, o.stride_w, 1, 1);
  });
  L.expect_shape(out, {in.shape[0], pad.out_height, pad.out_width, in.shape[3]}, "output");
  const quant::ActivationRange range =
      L.prepare([&] { return quant::activation_range_int8(L.activation(), out_scale, out_zp); });

  LoweredOp lo = base_op(L, average ? TSB_OP_AVERAGE_POOL_2D : TSB_OP_MAX_POOL_2D);
  tsb_pool_params& p = lo.entry.params.pool;
  p.stride_h = o.stride_h;
  p.stride_w = o.stride_w;
  p.filter_h = o.filter_h;
  p.filter_w = o.filter_w;
  p.pad_top = pad.height;
  p.pad_left = pad.width;
  p.act_min = range.min;
  p.act_max = range.max;
  lo.inputs = {L.op().inputs[0]};
  return lo;
}

// Strides of two inputs over the output's 4-D index (0 where broadcast).
tsb_broadcast plan_broadcast(const OpLowering& L, const model::Tensor& a, const model::Tensor& b,
                             const model::Tensor& out) {
  if (a.shape.size() > 4 || b.shape.size() > 4)
    L.fail("broadcast of rank " + std::to_string(std::max(a.shape.size(), b.shape.size())) +
           " is not supported (the blob format has 4 dimensions)");
  const Dims4 e1 = extend4(a.shape), e2 = extend4(b.shape);
  Dims4 o{};
  for (int d = 0; d < 4; ++d) {
    if (e1[d] != e2[d] && e1[d] != 1 && e2[d] != 1)
      L.fail("input shapes " + shape_string(a.shape) + " and " + shape_string(b.shape) + " cannot be broadcast");
    o[d] = e1[d] == 1 ? e2[d] : e1[d];
  }
  if (out.shape.size() != std::max(a.shape.size(), b.shape.size()) || extend4(out.shape) != o)
    L.fail("output '" + out.name + "' has shape " + shape_string(out.shape) + ", the inputs broadcast to another");
  tsb_broadcast bc{};
  bc.broadcast = e1 != e2;
  int32_t a1 = 1, a2 = 1;
  for (int d = 3; d >= 0; --d) {
    bc.in1_strides[d] = (e1[d] == 1 && o[d] != 1) ? 0 : a1;
    bc.in2_strides[d] = (e2[d] == 1 && o[d] != 1) ? 0 : a2;
    a1 *= e1[d];
    a2 *= e2[d];
  }
  return bc;
}

LoweredOp lower_binary(const OpLowering& L, bool add) {
  L.expect_arity(2, 2);
  const model::Tensor& a = L.input(0);
  const model::Tensor& b = L.input(1);
  const model::Tensor& out = L.output();
  L.expect_type(a, DType::Int8, "input 1");
  L.expect_type(b, DType::Int8, "input 2");
  L.expect_type(out, DType::Int8, "output");
  const tsb_broadcast bc = plan_broadcast(L, a, b, out);
  const float s1 = L.scale(a, "input 1"), s2 = L.scale(b, "input 2"), so = L.scale(out, "output");
  const int32_t z1 = L.zero_point(a, "input 1"), z2 = L.zero_point(b, "input 2"), zo = L.zero_point(out, "output");

  LoweredOp lo = base_op(L, add ? TSB_OP_ADD : TSB_OP_MUL);
  if (add) {
    const tsq_add_params q = L.prepare([&] { return quant::add_int8_params(s1, z1, s2, z2, so, zo, L.activation()); });
    if (q.input1_shift > 0 || q.input2_shift > 0 || q.output_shift > 0)
      L.fail("the scales give a rescaling multiplier above one, which TFLite's int8 ADD does not support");
    tsb_add_params& p = lo.entry.params.add;
    p.input1_offset = q.input1_offset;
    p.input2_offset = q.input2_offset;
    p.output_offset = q.output_offset;
    p.left_shift = q.left_shift;
    p.input1_multiplier = q.input1_multiplier;
    p.input1_shift = q.input1_shift;
    p.input2_multiplier = q.input2_multiplier;
    p.input2_shift = q.input2_shift;
    p.output_multiplier = q.output_multiplier;
    p.output_shift = q.output_shift;
    p.act_min = q.activation_min;
    p.act_max = q.activation_max;
    p.bcast = bc;
  } else {
    const tsq_mul_params q = L.prepare([&] { return quant::mul_int8_params(s1, z1, s2, z2, so, zo, L.activation()); });
    tsb_mul_params& p = lo.entry.params.mul;
    p.input1_offset = q.input1_offset;
    p.input2_offset = q.input2_offset;
    p.output_offset = q.output_offset;
    p.output_multiplier = q.output_multiplier;
    p.output_shift = q.output_shift;
    p.act_min = q.activation_min;
    p.act_max = q.activation_max;
    p.bcast = bc;
  }
  lo.inputs = {L.op().inputs[0], L.op().inputs[1]};
  return lo;
}

void expect_unit_output(const OpLowering& L, const model::Tensor& out) {
  if (L.scale(out, "output") != 1.0f / 256.0f || L.zero_point(out, "output") != -128)
    L.fail("output '" + out.name + "' must have scale 1/256 and zero point -128");
}

LoweredOp lower_softmax(const OpLowering& L) {
  L.expect_arity(1, 1);
  const model::Tensor& in = L.input(0);
  const model::Tensor& out = L.output();
  L.expect_type(in, DType::Int8, "input");
  L.expect_type(out, DType::Int8, "output");
  L.expect_rank(in, 1, 4, "input");
  L.expect_shape(out, in.shape, "output");
  expect_unit_output(L, out);
  const quant::SoftmaxInt8Params q =
      L.prepare([&] { return quant::softmax_int8_params(L.op().opt.beta, L.scale(in, "input")); });
  LoweredOp lo = base_op(L, TSB_OP_SOFTMAX);
  lo.entry.params.softmax.input_multiplier = q.input_multiplier;
  lo.entry.params.softmax.input_left_shift = q.input_left_shift;
  lo.entry.params.softmax.diff_min = q.diff_min;
  lo.inputs = {L.op().inputs[0]};
  return lo;
}

LoweredOp lower_logistic(const OpLowering& L) {
  L.expect_arity(1, 1);
  const model::Tensor& in = L.input(0);
  const model::Tensor& out = L.output();
  L.expect_type(in, DType::Int8, "input");
  L.expect_type(out, DType::Int8, "output");
  L.expect_shape(out, in.shape, "output");
  expect_unit_output(L, out);
  const quant::LogisticInt8Params q = L.prepare(
      [&] { return quant::logistic_int8_params(L.scale(in, "input"), L.zero_point(in, "input")); });
  LoweredOp lo = base_op(L, TSB_OP_LOGISTIC);
  lo.entry.params.logistic.input_zero_point = q.input_zero_point;
  lo.entry.params.logistic.input_range_radius = q.input_range_radius;
  lo.entry.params.logistic.input_multiplier = q.input_multiplier;
  lo.entry.params.logistic.input_left_shift = q.input_left_shift;
  lo.inputs = {L.op().inputs[0]};
  return lo;
}

LoweredOp lower_quantize(const OpLowering& L) {
  L.expect_arity(1, 1);
  const model::Tensor& in = L.input(0);
  const model::Tensor& out = L.output();
  if (in.type == DType::Float32)
    L.fail("QUANTIZE from float32 needs floating point at run time; the Cortex-M backend runs integer-only "
           "kernels (quantise the input on the host instead)");
  L.expect_type(in, DType::Int8, "input");
  L.expect_type(out, DType::Int8, "output");
  L.expect_shape(out, in.shape, "output");
  const quant::QuantizedMultiplier m = L.prepare(
      [&] { return quant::requantize_multiplier(L.scale(in, "input"), L.scale(out, "output")); });
  LoweredOp lo = base_op(L, TSB_OP_QUANTIZE);
  lo.entry.params.requantize.input_zero_point = L.zero_point(in, "input");
  lo.entry.params.requantize.output_zero_point = L.zero_point(out, "output");
  lo.entry.params.requantize.multiplier = m.multiplier;
  lo.entry.params.requantize.shift = m.shift;
  lo.inputs = {L.op().inputs[0]};
  return lo;
}

LoweredOp lower_dequantize(const OpLowering& L) {
  L.expect_arity(1, 1);
  const model::Tensor& in = L.input(0);
  const model::Tensor& out = L.output();
  L.expect_type(in, DType::Int8, "input");
  L.expect_type(out, DType::Float32, "output");
  L.expect_shape(out, in.shape, "output");
  if (in.quant.scale.size() > 1)
    L.fail("per-channel DEQUANTIZE is not supported by the Cortex-M backend (one table per tensor)");
  const float scale = L.scale(in, "input");
  const int32_t zp = L.zero_point(in, "input");
  // The 256 possible results, computed with the reference's function; the
  // firmware copies their bit patterns and never touches floating point.
  std::vector<uint32_t> table(256);
  for (int v = -128; v < 128; ++v)
    table[v + 128] = std::bit_cast<uint32_t>(quant::dequantize_int8(static_cast<int8_t>(v), scale, zp));
  LoweredOp lo = base_op(L, TSB_OP_DEQUANTIZE);
  lo.entry.params.dequantize.table_array = L.weights().append_uint32(table);
  lo.inputs = {L.op().inputs[0]};
  return lo;
}

LoweredOp lower_reshape(const OpLowering& L) {
  L.expect_arity(1, 2);  // the optional shape input repeats the output's static shape
  const model::Tensor& in = L.input(0);
  const model::Tensor& out = L.output();
  L.expect_type(in, DType::Int8, "input");
  L.expect_type(out, DType::Int8, "output");
  if (in.elements() != out.elements())
    L.fail("input shape " + shape_string(in.shape) + " and output shape " + shape_string(out.shape) +
           " hold different numbers of elements");
  LoweredOp lo = base_op(L, TSB_OP_RESHAPE);
  lo.inputs = {L.op().inputs[0]};
  // A constant input cannot be aliased (the output lives in the arena).
  lo.output_aliases_input = !in.is_constant();
  return lo;
}

LoweredOp lower_pad(const OpLowering& L) {
  L.expect_arity(2, 2);
  const model::Tensor& in = L.input(0);
  const model::Tensor& out = L.output();
  if (in.type == DType::Float32) L.fail("float32 PAD is not supported by the Cortex-M backend (int8 only)");
  L.expect_type(in, DType::Int8, "input");
  L.expect_type(out, DType::Int8, "output");
  L.expect_rank(in, 1, 4, "input");
  const std::vector<int64_t> pads = L.index_values(L.input(1), "paddings");
  const size_t rank = in.shape.size();
  if (pads.size() != 2 * rank)
    L.fail("paddings hold " + std::to_string(pads.size()) + " values, expected " + std::to_string(2 * rank));
  std::vector<int32_t> expected(rank);
  LoweredOp lo = base_op(L, TSB_OP_PAD);
  tsb_pad_params& p = lo.entry.params.pad;
  const size_t lead = 4 - rank;
  for (size_t d = 0; d < rank; ++d) {
    const int64_t before = pads[2 * d], after = pads[2 * d + 1];
    if (before < 0 || after < 0 || before > (1 << 24) || after > (1 << 24))
      L.fail("padding " + std::to_string(before) + "/" + std::to_string(after) + " of dimension " +
             std::to_string(d) + " is not supported");
    expected[d] = in.shape[d] + static_cast<int32_t>(before + after);
    p.before[lead + d] = static_cast<int32_t>(before);
    p.after[lead + d] = static_cast<int32_t>(after);
  }
  L.expect_shape(out, expected, "output");
  // TFLite pads int8 with the output's zero point and copies values as they are.
  p.pad_value = L.zero_point(out, "output");
  lo.inputs = {L.op().inputs[0]};
  return lo;
}

LoweredOp lower_concatenation(const OpLowering& L) {
  const size_t n = L.op().inputs.size();
  if (n < 1 || n > TSB_MAX_INPUTS)
    L.fail("has " + std::to_string(n) + " inputs; the Cortex-M backend concatenates 1.." +
           std::to_string(TSB_MAX_INPUTS));
  L.expect_arity(n, n);
  if (L.op().opt.activation != model::Activation::None)
    L.fail("fused activation is not supported on CONCATENATION (TFLite requires none)");
  const model::Tensor& out = L.output();
  L.expect_type(out, DType::Int8, "output");
  L.expect_rank(out, 1, 4, "output");
  const int32_t rank = static_cast<int32_t>(out.shape.size());
  int32_t axis = L.op().opt.axis;
  if (axis < 0) axis += rank;
  if (axis < 0 || axis >= rank)
    L.fail("axis " + std::to_string(L.op().opt.axis) + " is outside the output rank " + std::to_string(rank));
  const float out_scale = L.scale(out, "output");
  const int32_t out_zp = L.zero_point(out, "output");
  LoweredOp lo = base_op(L, TSB_OP_CONCATENATION);
  tsb_concat_params& p = lo.entry.params.concat;
  p.axis = axis + (4 - rank);
  int64_t axis_sum = 0;
  for (size_t i = 0; i < TSB_MAX_INPUTS; ++i) p.table_array[i] = TSB_NO_TABLE;
  for (size_t i = 0; i < n; ++i) {
    const std::string role = "input " + std::to_string(i);
    const model::Tensor& in = L.input(i);
    L.expect_type(in, DType::Int8, role);
    if (static_cast<int32_t>(in.shape.size()) != rank)
      L.fail(role + " '" + in.name + "' has shape " + shape_string(in.shape) + ", the output has rank " +
             std::to_string(rank));
    for (int32_t d = 0; d < rank; ++d)
      if (d != axis && in.shape[d] != out.shape[d])
        L.fail(role + " '" + in.name + "' shape " + shape_string(in.shape) + " does not match output " +
               shape_string(out.shape) + " outside axis " + std::to_string(axis));
    axis_sum += in.shape[axis];
    const float s = L.scale(in, role);
    const int32_t z = L.zero_point(in, role);
    if (!(z == out_zp && s == out_scale)) {
      // Requantising copy: the reference's float arithmetic, tabulated.
      std::vector<uint8_t> table(256);
      for (int v = -128; v < 128; ++v)
        table[v + 128] = static_cast<uint8_t>(
            quant::concatenation_requantize_int8(static_cast<int8_t>(v), s, z, out_scale, out_zp));
      p.table_array[i] = L.weights().append(table);
    }
    lo.inputs.push_back(L.op().inputs[i]);
  }
  if (axis_sum != out.shape[axis])
    L.fail("inputs add up to " + std::to_string(axis_sum) + " along axis " + std::to_string(axis) + ", output has " +
           std::to_string(out.shape[axis]));
  return lo;
}

LoweredOp lower_mean(const OpLowering& L) {
  L.expect_arity(2, 2);
  const model::Tensor& in = L.input(0);
  const model::Tensor& out = L.output();
  L.expect_type(in, DType::Int8, "input");
  L.expect_type(out, DType::Int8, "output");
  L.expect_rank(in, 1, 4, "input");
  const model::Tensor& axis_tensor = L.input(1);
  if (axis_tensor.type != DType::Int32)
    L.fail("axis '" + axis_tensor.name + "' is " + model::dtype_name(axis_tensor.type) + ", TFLite requires int32");
  const std::vector<int64_t> axes = L.index_values(axis_tensor, "axis");
  const int32_t rank = static_cast<int32_t>(in.shape.size());
  std::vector<bool> reduced(rank, false);
  for (int64_t a : axes) {
    const int64_t r = a < 0 ? a + rank : a;
    if (r < 0 || r >= rank) L.fail("axis " + std::to_string(a) + " is outside the input rank " + std::to_string(rank));
    reduced[r] = true;
  }
  std::vector<int32_t> expected;
  int64_t count = 1;
  int32_t mask = 0;
  for (int32_t d = 0; d < rank; ++d) {
    if (reduced[d]) {
      count *= in.shape[d];
      mask |= 1 << (d + 4 - rank);
      if (L.op().opt.keep_dims) expected.push_back(1);
    } else {
      expected.push_back(in.shape[d]);
    }
  }
  if (mask == 0) L.fail("reduces no dimension");
  L.expect_shape(out, expected, "output");
  const float in_scale = L.scale(in, "input"), out_scale = L.scale(out, "output");
  const quant::QuantizedMultiplier m =
      L.prepare([&] { return quant::mean_int8_multiplier(in_scale, out_scale, count); });
  LoweredOp lo = base_op(L, TSB_OP_MEAN);
  tsb_mean_params& p = lo.entry.params.mean;
  p.axis_mask = mask;
  p.count = static_cast<int32_t>(count);
  p.input_zero_point = L.zero_point(in, "input");
  p.output_zero_point = L.zero_point(out, "output");
  p.multiplier = m.multiplier;
  p.shift = m.shift;
  lo.inputs = {L.op().inputs[0]};
  return lo;
}

}  // namespace

LoweredOp CortexMBackend::lower(const model::Model& model, int index, WeightsSection& weights) const {
  OpLowering L(model, index, weights);
  switch (model.ops[index].type) {
    case OpType::Conv2D: return lower_conv(L, false);
    case OpType::DepthwiseConv2D: return lower_conv(L, true);
    case OpType::FullyConnected: return lower_fully_connected(L);
    case OpType::AveragePool2D: return lower_pool(L, true);
    case OpType::MaxPool2D: return lower_pool(L, false);
    case OpType::Add: return lower_binary(L, true);
    case OpType::Mul: return lower_binary(L, false);
    case OpType::Softmax: return lower_softmax(L);
    case OpType::Logistic: return lower_logistic(L);
    case OpType::Quantize: return lower_quantize(L);
    case OpType::Dequantize: return lower_dequantize(L);
    case OpType::Reshape: return lower_reshape(L);
    case OpType::Pad: return lower_pad(L);
    case OpType::Concatenation: return lower_concatenation(L);
    case OpType::Mean: return lower_mean(L);
  }
  L.fail(std::string("operator type ") + model::builtin_op_name(static_cast<int32_t>(model.ops[index].type)) +
         " is not supported by the cortex-m backend (supported: " + model::supported_ops_list() + ")");
}

}  // namespace tinysim::compiler
