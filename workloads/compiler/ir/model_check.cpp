#include "workloads/compiler/ir/model_check.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <sstream>

namespace tinysim::model {

int64_t window_output_size(int64_t in, int64_t filter, int64_t stride, int64_t dilation,
                           Padding padding) {
  const int64_t effective_filter = (filter - 1) * dilation + 1;
  if (padding == Padding::Same) return (in + stride - 1) / stride;
  if (in < effective_filter) return -1;
  return (in - effective_filter) / stride + 1;
}

int64_t window_padding_before(int64_t in, int64_t out, int64_t filter, int64_t stride,
                              int64_t dilation, Padding padding) {
  if (padding == Padding::Valid) return 0;
  const int64_t effective_filter = (filter - 1) * dilation + 1;
  const int64_t total = std::max<int64_t>((out - 1) * stride + effective_filter - in, 0);
  return total / 2;
}

bool broadcast_shapes(const std::vector<int32_t>& a, const std::vector<int32_t>& b,
                      std::vector<int32_t>& out) {
  const size_t rank = std::max(a.size(), b.size());
  out.assign(rank, 1);
  for (size_t i = 0; i < rank; ++i) {
    // Align from the last dimension; missing leading dimensions are 1.
    const int32_t da = i < rank - a.size() ? 1 : a[i - (rank - a.size())];
    const int32_t db = i < rank - b.size() ? 1 : b[i - (rank - b.size())];
    if (da != db && da != 1 && db != 1) return false;
    out[i] = std::max(da, db);
  }
  return true;
}

namespace {

std::string shape_string(const std::vector<int32_t>& shape) {
  std::string s = "[";
  for (size_t i = 0; i < shape.size(); ++i) {
    if (i) s += ',';
    s += std::to_string(shape[i]);
  }
  return s + "]";
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

std::string tensor_label(const Model& m, int32_t index) {
  return "tensor " + std::to_string(index) + " '" + m.tensors[index].name + "'";
}

// Integer range of a quantised type's zero point.
bool zero_point_in_range(DType type, int64_t zp) {
  switch (type) {
    case DType::Int8: return zp >= -128 && zp <= 127;
    case DType::UInt8: return zp >= 0 && zp <= 255;
    case DType::Int16: return zp >= -32768 && zp <= 32767;
    default: return true;
  }
}

void check_tensor(const Model& m, int32_t index) {
  const Tensor& t = m.tensors[index];
  auto fail = [&](const std::string& what) {
    throw ModelError(tensor_label(m, index) + ": " + what);
  };
  if (dtype_size(t.type) == 0) fail("invalid type");
  if (t.shape.size() > 8) fail("rank " + std::to_string(t.shape.size()) + " above 8");
  int64_t elements = 1;
  for (size_t d = 0; d < t.shape.size(); ++d) {
    if (t.shape[d] < 1)
      fail("shape " + shape_string(t.shape) + ": dimension " + std::to_string(d) + " is " +
           std::to_string(t.shape[d]) + ", must be at least 1");
    elements *= t.shape[d];  // cannot overflow: checked against the limit at every step
    if (elements > kMaxTensorElements)
      fail("shape " + shape_string(t.shape) + " has more than " +
           std::to_string(kMaxTensorElements) + " elements");
  }
  if (!t.data.empty() && static_cast<int64_t>(t.data.size()) != t.bytes())
    fail("constant data is " + std::to_string(t.data.size()) + " bytes, shape " +
         shape_string(t.shape) + " of " + dtype_name(t.type) + " needs " + std::to_string(t.bytes()));
  const Quantization& q = t.quant;
  if (q.scale.size() != q.zero_point.size())
    fail("quantisation has " + std::to_string(q.scale.size()) + " scales but " +
         std::to_string(q.zero_point.size()) + " zero points");
  for (float s : q.scale)
    if (!std::isfinite(s) || s < 0) fail("quantisation scale " + number(s) + " is not a finite number >= 0");
  for (int64_t zp : q.zero_point)
    if (!zero_point_in_range(t.type, zp))
      fail("zero point " + std::to_string(zp) + " outside the range of " + dtype_name(t.type));
  if (q.per_channel()) {
    if (q.axis < 0 || q.axis >= static_cast<int32_t>(t.shape.size()))
      fail("per-channel quantisation axis " + std::to_string(q.axis) + " outside shape " +
           shape_string(t.shape));
    if (static_cast<int64_t>(q.scale.size()) != t.shape[q.axis])
      fail(std::to_string(q.scale.size()) + " per-channel scales for dimension " +
           std::to_string(q.axis) + " of size " + std::to_string(t.shape[q.axis]));
  }
}

// Checks of one operator; every failure names the operator and its index.
class OpChecker {
 public:
  OpChecker(const Model& m, const Operator& op, size_t index) : m_(m), op_(op), index_(index) {}

  [[noreturn]] void fail(const std::string& what) const {
    throw ModelError("operator " + std::to_string(index_) + " (" + op_name(op_.type) + "): " + what);
  }

  void arity(size_t min_inputs, size_t max_inputs, size_t outputs) const {
    if (op_.inputs.size() < min_inputs || op_.inputs.size() > max_inputs) {
      std::string expected = std::to_string(min_inputs);
      if (max_inputs != min_inputs)
        expected += max_inputs == SIZE_MAX ? " or more" : " to " + std::to_string(max_inputs);
      fail("has " + std::to_string(op_.inputs.size()) + " inputs, expected " + expected);
    }
    if (op_.outputs.size() != outputs)
      fail("has " + std::to_string(op_.outputs.size()) + " outputs, expected " + std::to_string(outputs));
  }

  bool has_input(size_t slot) const { return slot < op_.inputs.size() && op_.inputs[slot] >= 0; }
  const Tensor& in(size_t slot) const { return m_.tensors[op_.inputs[slot]]; }
  const Tensor& out(size_t slot = 0) const { return m_.tensors[op_.outputs[slot]]; }

  std::string in_label(size_t slot) const {
    return "input " + std::to_string(slot) + " (" + tensor_label(m_, op_.inputs[slot]) + ")";
  }
  std::string out_label(size_t slot = 0) const {
    return "output " + std::to_string(slot) + " (" + tensor_label(m_, op_.outputs[slot]) + ")";
  }

  void rank(const Tensor& t, const std::string& label, size_t r) const {
    if (t.shape.size() != r)
      fail(label + " has shape " + shape_string(t.shape) + ", expected rank " + std::to_string(r));
  }
  void type(const Tensor& t, const std::string& label, DType want) const {
    if (t.type != want) fail(label + " is " + dtype_name(t.type) + ", expected " + dtype_name(want));
  }
  void constant(const Tensor& t, const std::string& label) const {
    if (!t.is_constant()) fail(label + " must be a constant tensor");
  }
  void same_shape(const Tensor& a, const std::string& la, const Tensor& b, const std::string& lb) const {
    if (a.shape != b.shape)
      fail(la + " has shape " + shape_string(a.shape) + " but " + lb + " has " + shape_string(b.shape));
  }
  void same_quant(const Tensor& a, const std::string& la, const Tensor& b, const std::string& lb) const {
    if (a.quant.scale != b.quant.scale || a.quant.zero_point != b.quant.zero_point)
      fail(la + " and " + lb + " must have the same quantisation");
  }

  // An int8 activation: per-tensor scale > 0 and a zero point.
  void int8_activation(const Tensor& t, const std::string& label) const {
    type(t, label, DType::Int8);
    quantized_per_tensor(t, label);
  }
  void quantized_per_tensor(const Tensor& t, const std::string& label) const {
    if (t.quant.scale.size() != 1)
      fail(label + " needs one quantisation scale, has " + std::to_string(t.quant.scale.size()));
    if (!(t.quant.scale[0] > 0)) fail(label + " has quantisation scale 0");
  }

  // int8 weights: constant, symmetric (zero points 0), quantised per tensor or
  // per channel along `channel_axis`.
  void int8_weights(const Tensor& t, const std::string& label, int32_t channel_axis) const {
    type(t, label, DType::Int8);
    constant(t, label);
    if (t.quant.empty()) fail(label + " is not quantised");
    if (t.quant.per_channel() && t.quant.axis != channel_axis)
      fail(label + " is quantised per channel along axis " + std::to_string(t.quant.axis) +
           ", expected axis " + std::to_string(channel_axis));
    for (int64_t zp : t.quant.zero_point)
      if (zp != 0) fail(label + " has zero point " + std::to_string(zp) + ", int8 weights must be symmetric");
  }

  void bias(size_t slot, int64_t channels) const {
    if (!has_input(slot)) return;
    const Tensor& b = in(slot);
    const std::string label = in_label(slot);
    type(b, label, DType::Int32);
    constant(b, label);
    if (b.elements() != channels || b.shape.size() != 1)
      fail(label + " has shape " + shape_string(b.shape) + ", expected [" + std::to_string(channels) + "]");
  }

  void activation_allowed(bool allowed) const {
    if (!allowed && op_.opt.activation != Activation::None)
      fail("has a fused activation, which this operator does not take");
  }

  void window(const Tensor& input, const Tensor& output, int32_t kh, int32_t kw, int32_t channels) const {
    const OpOptions& o = op_.opt;
    if (o.stride_h < 1 || o.stride_w < 1)
      fail("stride " + std::to_string(o.stride_h) + "x" + std::to_string(o.stride_w) + " must be at least 1");
    if (o.dilation_h < 1 || o.dilation_w < 1)
      fail("dilation " + std::to_string(o.dilation_h) + "x" + std::to_string(o.dilation_w) + " must be at least 1");
    if (kh < 1 || kw < 1) fail("window " + std::to_string(kh) + "x" + std::to_string(kw) + " is empty");
    const int64_t oh = window_output_size(input.shape[1], kh, o.stride_h, o.dilation_h, o.padding);
    const int64_t ow = window_output_size(input.shape[2], kw, o.stride_w, o.dilation_w, o.padding);
    if (oh < 1 || ow < 1)
      fail("window " + std::to_string(kh) + "x" + std::to_string(kw) + " does not fit input " +
           shape_string(input.shape) + " with VALID padding");
    const std::vector<int32_t> want = {input.shape[0], static_cast<int32_t>(oh), static_cast<int32_t>(ow), channels};
    if (output.shape != want)
      fail(out_label() + " has shape " + shape_string(output.shape) + ", the options give " + shape_string(want));
  }

  // Integer contents of a constant int32/int64 tensor.
  std::vector<int64_t> int_values(size_t slot) const {
    const Tensor& t = in(slot);
    constant(t, in_label(slot));
    std::vector<int64_t> values(t.elements());
    for (size_t i = 0; i < values.size(); ++i) {
      if (t.type == DType::Int32) {
        int32_t v;
        std::memcpy(&v, t.data.data() + i * 4, 4);
        values[i] = v;
      } else if (t.type == DType::Int64) {
        std::memcpy(&values[i], t.data.data() + i * 8, 8);
      } else {
        fail(in_label(slot) + " is " + dtype_name(t.type) + ", expected int32 or int64");
      }
    }
    return values;
  }

  const Operator& op() const { return op_; }

 private:
  const Model& m_;
  const Operator& op_;
  size_t index_;
};

void check_conv(const OpChecker& c) {
  c.arity(2, 3, 1);
  const Tensor& in = c.in(0);
  const Tensor& filter = c.in(1);
  c.int8_activation(in, c.in_label(0));
  c.rank(in, c.in_label(0), 4);
  c.rank(filter, c.in_label(1), 4);
  c.int8_weights(filter, c.in_label(1), 0);
  // Grouped convolution (as TFLite): the input's channels split into groups
  // of the filter's depth, the output channels evenly over the groups.
  if (in.shape[3] % filter.shape[3] != 0 || filter.shape[0] % (in.shape[3] / filter.shape[3]) != 0)
    c.fail(c.in_label(1) + " has " + std::to_string(filter.shape[3]) + " input channels per group and " +
           std::to_string(filter.shape[0]) + " output channels, which do not split the input's " +
           std::to_string(in.shape[3]) + " channels into groups");
  c.bias(2, filter.shape[0]);
  c.int8_activation(c.out(), c.out_label());
  c.window(in, c.out(), filter.shape[1], filter.shape[2], filter.shape[0]);
}

void check_depthwise(const OpChecker& c) {
  c.arity(2, 3, 1);
  const Tensor& in = c.in(0);
  const Tensor& filter = c.in(1);
  c.int8_activation(in, c.in_label(0));
  c.rank(in, c.in_label(0), 4);
  c.rank(filter, c.in_label(1), 4);
  c.int8_weights(filter, c.in_label(1), 3);
  if (filter.shape[0] != 1) c.fail(c.in_label(1) + " must have shape [1, KH, KW, channels]");
  const int32_t channels = filter.shape[3];
  if (channels % in.shape[3] != 0 || channels / in.shape[3] != c.op().opt.depth_multiplier)
    c.fail(c.in_label(1) + " has " + std::to_string(channels) + " channels, input channels " +
           std::to_string(in.shape[3]) + " x depth multiplier " + std::to_string(c.op().opt.depth_multiplier) +
           " do not give that");
  c.bias(2, channels);
  c.int8_activation(c.out(), c.out_label());
  c.window(in, c.out(), filter.shape[1], filter.shape[2], channels);
}

void check_fully_connected(const OpChecker& c) {
  c.arity(2, 3, 1);
  const Tensor& in = c.in(0);
  const Tensor& weights = c.in(1);
  c.int8_activation(in, c.in_label(0));
  c.rank(weights, c.in_label(1), 2);
  c.int8_weights(weights, c.in_label(1), 0);
  const int32_t out_channels = weights.shape[0], in_channels = weights.shape[1];
  if (in.shape.empty() || in.elements() % in_channels != 0)
    c.fail(c.in_label(0) + " shape " + shape_string(in.shape) + " is not a whole number of rows of " +
           std::to_string(in_channels));
  c.bias(2, out_channels);
  c.int8_activation(c.out(), c.out_label());
  std::vector<int32_t> want;
  if (c.op().opt.keep_dims) {
    if (in.shape.back() != in_channels)
      c.fail("keep_num_dims needs the input's last dimension to be " + std::to_string(in_channels));
    want = in.shape;
    want.back() = out_channels;
  } else {
    want = {static_cast<int32_t>(in.elements() / in_channels), out_channels};
  }
  if (c.out().shape != want)
    c.fail(c.out_label() + " has shape " + shape_string(c.out().shape) + ", expected " + shape_string(want));
}

void check_pool(const OpChecker& c) {
  c.arity(1, 1, 1);
  const Tensor& in = c.in(0);
  c.int8_activation(in, c.in_label(0));
  c.rank(in, c.in_label(0), 4);
  c.int8_activation(c.out(), c.out_label());
  if (c.op().opt.dilation_h != 1 || c.op().opt.dilation_w != 1) c.fail("pooling has no dilation");
  c.window(in, c.out(), c.op().opt.filter_h, c.op().opt.filter_w, in.shape[3]);
  c.same_quant(in, c.in_label(0), c.out(), c.out_label());
}

void check_elementwise_binary(const OpChecker& c) {
  c.arity(2, 2, 1);
  c.int8_activation(c.in(0), c.in_label(0));
  c.int8_activation(c.in(1), c.in_label(1));
  c.int8_activation(c.out(), c.out_label());
  std::vector<int32_t> want;
  if (!broadcast_shapes(c.in(0).shape, c.in(1).shape, want))
    c.fail("input shapes " + shape_string(c.in(0).shape) + " and " + shape_string(c.in(1).shape) +
           " do not broadcast");
  if (c.out().shape != want)
    c.fail(c.out_label() + " has shape " + shape_string(c.out().shape) + ", expected " + shape_string(want));
}

void check_reshape(const OpChecker& c) {
  c.arity(1, 2, 1);
  const Tensor& in = c.in(0);
  const Tensor& out = c.out();
  c.type(out, c.out_label(), in.type);
  if (in.elements() != out.elements())
    c.fail(c.in_label(0) + " shape " + shape_string(in.shape) + " and " + c.out_label() + " shape " +
           shape_string(out.shape) + " differ in size");
  c.same_quant(in, c.in_label(0), out, c.out_label());
  if (c.has_input(1)) {
    // The requested shape, with at most one -1 standing for "the rest".
    const std::vector<int64_t> requested = c.int_values(1);
    if (c.in(1).shape.size() > 1) c.fail(c.in_label(1) + " must be a vector");
    std::vector<int32_t> resolved;
    int64_t known = 1;
    int unknown_at = -1;
    for (size_t i = 0; i < requested.size(); ++i) {
      if (requested[i] == -1 && unknown_at < 0) {
        unknown_at = static_cast<int>(i);
        resolved.push_back(0);
        continue;
      }
      if (requested[i] < 1 || requested[i] > kMaxTensorElements)
        c.fail(c.in_label(1) + " holds dimension " + std::to_string(requested[i]));
      known *= requested[i];
      if (known > kMaxTensorElements) c.fail(c.in_label(1) + " asks for too many elements");
      resolved.push_back(static_cast<int32_t>(requested[i]));
    }
    if (unknown_at >= 0) resolved[unknown_at] = static_cast<int32_t>(in.elements() / known);
    if (resolved != out.shape)
      c.fail(c.in_label(1) + " asks for shape " + shape_string(resolved) + " but " + c.out_label() +
             " has " + shape_string(out.shape));
  }
}

void check_unary_int8(const OpChecker& c, bool output_is_probability) {
  c.arity(1, 1, 1);
  c.int8_activation(c.in(0), c.in_label(0));
  c.int8_activation(c.out(), c.out_label());
  c.same_shape(c.in(0), c.in_label(0), c.out(), c.out_label());
  if (output_is_probability) {
    // TFLite's int8 SOFTMAX and LOGISTIC kernels only produce this encoding.
    const Quantization& q = c.out().quant;
    if (std::fabs(q.scale[0] - 1.0f / 256) > 1e-6f || q.zero_point[0] != -128)
      c.fail(c.out_label() + " must be quantised with scale 1/256 and zero point -128");
  }
}

void check_pad(const OpChecker& c) {
  c.arity(2, 2, 1);
  const Tensor& in = c.in(0);
  c.int8_activation(in, c.in_label(0));
  c.int8_activation(c.out(), c.out_label());
  c.same_quant(in, c.in_label(0), c.out(), c.out_label());
  const std::vector<int64_t> pads = c.int_values(1);
  const std::vector<int32_t> want_pad_shape = {static_cast<int32_t>(in.shape.size()), 2};
  if (c.in(1).shape != want_pad_shape)
    c.fail(c.in_label(1) + " has shape " + shape_string(c.in(1).shape) + ", expected " +
           shape_string(want_pad_shape));
  std::vector<int32_t> want = in.shape;
  for (size_t d = 0; d < want.size(); ++d) {
    const int64_t before = pads[2 * d], after = pads[2 * d + 1];
    if (before < 0 || after < 0 || before > kMaxTensorElements || after > kMaxTensorElements)
      c.fail(c.in_label(1) + " pads dimension " + std::to_string(d) + " by " + std::to_string(before) +
             "/" + std::to_string(after));
    const int64_t size = want[d] + before + after;
    if (size > kMaxTensorElements) c.fail("padded dimension " + std::to_string(d) + " too large");
    want[d] = static_cast<int32_t>(size);
  }
  if (c.out().shape != want)
    c.fail(c.out_label() + " has shape " + shape_string(c.out().shape) + ", expected " + shape_string(want));
}

void check_concatenation(const OpChecker& c) {
  c.arity(1, SIZE_MAX, 1);
  const Tensor& first = c.in(0);
  const int32_t rank = static_cast<int32_t>(first.shape.size());
  const int32_t axis = c.op().opt.axis;
  if (axis < 0 || axis >= rank)
    c.fail("axis " + std::to_string(axis) + " outside rank " + std::to_string(rank));
  std::vector<int32_t> want = first.shape;
  want[axis] = 0;
  for (size_t i = 0; i < c.op().inputs.size(); ++i) {
    const Tensor& t = c.in(i);
    c.int8_activation(t, c.in_label(i));
    bool compatible = static_cast<int32_t>(t.shape.size()) == rank;
    for (int32_t d = 0; compatible && d < rank; ++d)
      compatible = d == axis || t.shape[d] == first.shape[d];
    if (!compatible)
      c.fail(c.in_label(i) + " shape " + shape_string(t.shape) + " does not match " + shape_string(first.shape) +
             " outside axis " + std::to_string(axis));
    want[axis] += t.shape[axis];
  }
  c.int8_activation(c.out(), c.out_label());
  if (c.out().shape != want)
    c.fail(c.out_label() + " has shape " + shape_string(c.out().shape) + ", expected " + shape_string(want));
}

void check_mean(const OpChecker& c) {
  c.arity(2, 2, 1);
  const Tensor& in = c.in(0);
  c.int8_activation(in, c.in_label(0));
  c.int8_activation(c.out(), c.out_label());
  c.type(c.in(1), c.in_label(1), DType::Int32);
  if (c.in(1).shape.size() > 1) c.fail(c.in_label(1) + " must be a scalar or a vector");
  const int64_t rank = static_cast<int64_t>(in.shape.size());
  std::vector<bool> reduced(rank, false);
  for (int64_t axis : c.int_values(1)) {
    if (axis < -rank || axis >= rank)
      c.fail(c.in_label(1) + " holds axis " + std::to_string(axis) + " outside rank " + std::to_string(rank));
    reduced[axis < 0 ? axis + rank : axis] = true;
  }
  std::vector<int32_t> want;
  for (int64_t d = 0; d < rank; ++d) {
    if (!reduced[d]) want.push_back(in.shape[d]);
    else if (c.op().opt.keep_dims) want.push_back(1);
  }
  if (c.out().shape != want)
    c.fail(c.out_label() + " has shape " + shape_string(c.out().shape) + ", expected " + shape_string(want));
}

void check_quantize(const OpChecker& c) {
  c.arity(1, 1, 1);
  const Tensor& in = c.in(0);
  const Tensor& out = c.out();
  if (in.type != DType::Float32 && in.type != DType::Int8 && in.type != DType::UInt8 && in.type != DType::Int16)
    c.fail(c.in_label(0) + " is " + dtype_name(in.type) + ", expected float32, int8, uint8 or int16");
  if (in.type != DType::Float32) c.quantized_per_tensor(in, c.in_label(0));
  if (out.type != DType::Int8 && out.type != DType::UInt8 && out.type != DType::Int16)
    c.fail(c.out_label() + " is " + dtype_name(out.type) + ", expected int8, uint8 or int16");
  c.quantized_per_tensor(out, c.out_label());
  c.same_shape(in, c.in_label(0), out, c.out_label());
}

void check_dequantize(const OpChecker& c) {
  c.arity(1, 1, 1);
  const Tensor& in = c.in(0);
  if (in.type != DType::Int8 && in.type != DType::UInt8 && in.type != DType::Int16)
    c.fail(c.in_label(0) + " is " + dtype_name(in.type) + ", expected int8, uint8 or int16");
  c.quantized_per_tensor(in, c.in_label(0));
  c.type(c.out(), c.out_label(), DType::Float32);
  c.same_shape(in, c.in_label(0), c.out(), c.out_label());
}

void check_operator(const OpChecker& c) {
  switch (c.op().type) {
    case OpType::Conv2D: c.activation_allowed(true); return check_conv(c);
    case OpType::DepthwiseConv2D: c.activation_allowed(true); return check_depthwise(c);
    case OpType::FullyConnected: c.activation_allowed(true); return check_fully_connected(c);
    case OpType::AveragePool2D:
    case OpType::MaxPool2D: c.activation_allowed(true); return check_pool(c);
    case OpType::Add:
    case OpType::Mul: c.activation_allowed(true); return check_elementwise_binary(c);
    case OpType::Concatenation: c.activation_allowed(true); return check_concatenation(c);
    case OpType::Reshape: c.activation_allowed(false); return check_reshape(c);
    case OpType::Softmax:
      c.activation_allowed(false);
      if (!std::isfinite(c.op().opt.beta) || !(c.op().opt.beta > 0))
        c.fail("beta " + number(c.op().opt.beta) + " must be a finite number > 0");
      return check_unary_int8(c, true);
    case OpType::Logistic: c.activation_allowed(false); return check_unary_int8(c, true);
    case OpType::Pad: c.activation_allowed(false); return check_pad(c);
    case OpType::Mean: c.activation_allowed(false); return check_mean(c);
    case OpType::Quantize: c.activation_allowed(false); return check_quantize(c);
    case OpType::Dequantize: c.activation_allowed(false); return check_dequantize(c);
  }
  c.fail("operator code " + std::to_string(static_cast<int32_t>(c.op().type)) + " is not supported (" +
         supported_ops_list() + ")");
}

// Which input slots may be -1 (absent): the bias of the weighted operators
// and the shape tensor of RESHAPE.
bool optional_input(OpType type, size_t slot) {
  switch (type) {
    case OpType::Conv2D:
    case OpType::DepthwiseConv2D:
    case OpType::FullyConnected: return slot == 2;
    case OpType::Reshape: return slot == 1;
    default: return false;
  }
}

}  // namespace

void check_model(const Model& m) {
  const int32_t tensor_count = static_cast<int32_t>(m.tensors.size());
  if (m.tensors.size() > static_cast<size_t>(std::numeric_limits<int32_t>::max()))
    throw ModelError("too many tensors");
  for (int32_t i = 0; i < tensor_count; ++i) check_tensor(m, i);

  // available[t]: the tensor has a value when the next operator runs.
  std::vector<bool> available(tensor_count, false);
  for (int32_t i = 0; i < tensor_count; ++i) available[i] = m.tensors[i].is_constant();
  auto check_graph_index = [&](int32_t t, const char* what) {
    if (t < 0 || t >= tensor_count)
      throw ModelError(std::string(what) + " refers to tensor " + std::to_string(t) + ", the model has " +
                       std::to_string(tensor_count) + " tensors");
  };
  if (m.inputs.empty()) throw ModelError("the model has no input");
  if (m.outputs.empty()) throw ModelError("the model has no output");
  for (int32_t t : m.inputs) {
    check_graph_index(t, "a model input");
    if (m.tensors[t].is_constant()) throw ModelError("model input " + tensor_label(m, t) + " is a constant");
    available[t] = true;
  }
  for (size_t k = 0; k < m.ops.size(); ++k) {
    const Operator& op = m.ops[k];
    const std::string where = "operator " + std::to_string(k) + " (" + op_name(op.type) + ")";
    for (size_t s = 0; s < op.inputs.size(); ++s) {
      const int32_t t = op.inputs[s];
      if (t == -1 && optional_input(op.type, s)) continue;
      if (t < 0 || t >= tensor_count)
        throw ModelError(where + ": input " + std::to_string(s) + " refers to tensor " + std::to_string(t) +
                         ", the model has " + std::to_string(tensor_count) + " tensors");
      if (!available[t])
        throw ModelError(where + ": input " + std::to_string(s) + " (" + tensor_label(m, t) +
                         ") is neither a constant, a model input nor the output of an earlier operator");
    }
    for (size_t s = 0; s < op.outputs.size(); ++s) {
      const int32_t t = op.outputs[s];
      if (t < 0 || t >= tensor_count)
        throw ModelError(where + ": output " + std::to_string(s) + " refers to tensor " + std::to_string(t) +
                         ", the model has " + std::to_string(tensor_count) + " tensors");
      if (available[t])
        throw ModelError(where + ": output " + std::to_string(s) + " (" + tensor_label(m, t) +
                         ") is a constant, a model input or already written by an earlier operator");
    }
    check_operator(OpChecker(m, op, k));
    for (int32_t t : op.outputs) available[t] = true;
  }
  for (int32_t t : m.outputs) {
    check_graph_index(t, "a model output");
    if (!available[t] || m.tensors[t].is_constant())
      throw ModelError("model output " + tensor_label(m, t) + " is not computed by any operator");
  }
}

}  // namespace tinysim::model
