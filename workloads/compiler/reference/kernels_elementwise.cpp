// Element-wise int8 operators: ADD and MUL with numpy-style broadcasting
// (reference_integer_ops::Add / BroadcastAdd6DSlow, Mul / BroadcastMul6DSlow;
// broadcasting only changes which elements meet, not the per-element
// arithmetic), LOGISTIC (reference_integer_ops::Logistic), SOFTMAX
// (reference_ops::Softmax<int8_t, int8_t>), QUANTIZE (AffineQuantize,
// Requantize) and DEQUANTIZE (Dequantize).
#include <algorithm>

#include "workloads/compiler/reference/op_kernel.h"

namespace tinysim::reference::detail {

namespace {

constexpr size_t kMaxBroadcastRank = 6;  // TFLite's BroadcastAdd6DSlow

// Strides (in elements) of each input for every output dimension, 0 where
// the input is broadcast along that dimension.
struct BroadcastPlan {
  Shape out_shape;
  std::vector<int64_t> stride1, stride2;
  bool same_shape = false;
};

BroadcastPlan plan_broadcast(const OpContext& ctx, const Shape& s1, const Shape& s2) {
  BroadcastPlan p;
  const size_t rank = std::max(s1.size(), s2.size());
  if (rank > kMaxBroadcastRank) {
    ctx.fail("broadcast of rank " + std::to_string(rank) + " is not supported (TFLite supports up to 6)");
  }
  Shape e1(rank - s1.size(), 1), e2(rank - s2.size(), 1);
  e1.insert(e1.end(), s1.begin(), s1.end());
  e2.insert(e2.end(), s2.begin(), s2.end());
  p.out_shape.resize(rank);
  for (size_t d = 0; d < rank; ++d) {
    if (e1[d] != e2[d] && e1[d] != 1 && e2[d] != 1) {
      ctx.fail("input shapes " + shape_string(s1) + " and " + shape_string(s2) + " cannot be broadcast");
    }
    p.out_shape[d] = e1[d] == 1 ? e2[d] : e1[d];
  }
  p.stride1.assign(rank, 0);
  p.stride2.assign(rank, 0);
  int64_t a1 = 1, a2 = 1;
  for (size_t i = rank; i-- > 0;) {
    p.stride1[i] = (e1[i] == 1 && p.out_shape[i] != 1) ? 0 : a1;
    p.stride2[i] = (e2[i] == 1 && p.out_shape[i] != 1) ? 0 : a2;
    a1 *= e1[i];
    a2 *= e2[i];
  }
  p.same_shape = s1 == s2;
  return p;
}

// Calls f(out_index, index1, index2) for every output element in row-major order.
template <typename F>
void for_each_broadcast(const BroadcastPlan& p, F&& f) {
  const int64_t total = element_count(p.out_shape);
  if (p.same_shape) {
    for (int64_t i = 0; i < total; ++i) f(i, i, i);
    return;
  }
  const size_t rank = p.out_shape.size();
  std::vector<int32_t> idx(rank, 0);
  int64_t i1 = 0, i2 = 0;
  for (int64_t o = 0; o < total; ++o) {
    f(o, i1, i2);
    // Odometer increment from the innermost dimension.
    for (size_t d = rank; d-- > 0;) {
      ++idx[d];
      i1 += p.stride1[d];
      i2 += p.stride2[d];
      if (idx[d] < p.out_shape[d]) break;
      i1 -= p.stride1[d] * idx[d];
      i2 -= p.stride2[d] * idx[d];
      idx[d] = 0;
    }
  }
}

class BinaryKernel final : public OpKernel {
 public:
  BinaryKernel(const OpContext& ctx, bool is_add) : OpKernel(ctx.label()), is_add_(is_add) {
    ctx.expect_arity(2, 2, 1);
    const model::Tensor& in1 = ctx.input(0);
    const model::Tensor& in2 = ctx.input(1);
    const model::Tensor& out = ctx.output(0);
    ctx.expect_type(in1, model::DType::Int8, "input 1");
    ctx.expect_type(in2, model::DType::Int8, "input 2");
    ctx.expect_type(out, model::DType::Int8, "output");
    plan_ = plan_broadcast(ctx, in1.shape, in2.shape);
    ctx.expect_output_shape(out, plan_.out_shape);
    const float s1 = ctx.scale(in1, "input 1"), s2 = ctx.scale(in2, "input 2"), so = ctx.scale(out, "output");
    const int32_t z1 = ctx.zero_point(in1, "input 1"), z2 = ctx.zero_point(in2, "input 2"),
                  zo = ctx.zero_point(out, "output");
    try {
      if (is_add_) {
        add_ = quant::add_int8_params(s1, z1, s2, z2, so, zo, ctx.activation());
      } else {
        mul_ = quant::mul_int8_params(s1, z1, s2, z2, so, zo, ctx.activation());
      }
    } catch (const std::invalid_argument& e) {
      ctx.fail(e.what());
    }
    if (!is_add_) ctx.expect_usable(quant::QuantizedMultiplier{mul_.output_multiplier, mul_.output_shift}, "output");
    in1_ = ctx.input_index(0);
    in2_ = ctx.input_index(1);
    out_ = ctx.output_index(0);
  }

  void run(Buffers& buffers) const override {
    const int8_t* a = as_int8(buffers[in1_]);
    const int8_t* b = as_int8(buffers[in2_]);
    int8_t* o = as_int8(buffers[out_]);
    if (is_add_) {
      for_each_broadcast(plan_, [&](int64_t oi, int64_t i1, int64_t i2) { o[oi] = tsq_add_int8(a[i1], b[i2], &add_); });
    } else {
      for_each_broadcast(plan_, [&](int64_t oi, int64_t i1, int64_t i2) { o[oi] = tsq_mul_int8(a[i1], b[i2], &mul_); });
    }
  }

 private:
  bool is_add_;
  BroadcastPlan plan_;
  tsq_add_params add_{};
  tsq_mul_params mul_{};
  int32_t in1_, in2_, out_;
};

// Checks that a SOFTMAX output has the fixed quantisation TFLite's int8
// kernel produces: scale exactly 1/256, zero point -128.
void expect_unit_output(const OpContext& ctx, const model::Tensor& out) {
  const float s = ctx.scale(out, "output");
  const int32_t z = ctx.zero_point(out, "output");
  if (s != 1.0f / 256.0f || z != -128) {
    ctx.fail("output '" + out.name + "' must have scale 1/256 and zero point -128 (has " + std::to_string(s) + ", " +
             std::to_string(z) + ")");
  }
}

class SoftmaxKernel final : public OpKernel {
 public:
  explicit SoftmaxKernel(const OpContext& ctx) : OpKernel(ctx.label()) {
    ctx.expect_arity(1, 1, 1);
    const model::Tensor& in = ctx.input(0);
    const model::Tensor& out = ctx.output(0);
    ctx.expect_type(in, model::DType::Int8, "input");
    ctx.expect_type(out, model::DType::Int8, "output");
    if (in.shape.empty()) ctx.fail("input '" + in.name + "' must have at least one dimension");
    ctx.expect_output_shape(out, in.shape);
    expect_unit_output(ctx, out);
    ctx.zero_point(in, "input");  // validated; softmax only uses differences
    try {
      params_ = quant::softmax_int8_params(ctx.op().opt.beta, ctx.scale(in, "input"));
    } catch (const std::invalid_argument& e) {
      ctx.fail(e.what());
    }
    depth_ = in.shape.back();
    rows_ = depth_ > 0 ? element_count(in.shape) / depth_ : 0;
    in_ = ctx.input_index(0);
    out_ = ctx.output_index(0);
  }

  void run(Buffers& buffers) const override {
    const int8_t* in = as_int8(buffers[in_]);
    int8_t* out = as_int8(buffers[out_]);
    for (int64_t r = 0; r < rows_; ++r) {
      if (tsq_softmax_int8_row(in + r * depth_, out + r * depth_, depth_, params_.input_multiplier,
                               params_.input_left_shift, params_.diff_min) != 0) {
        fail("softmax row " + std::to_string(r) + ": reciprocal exponent outside [0, 31] (TFLite aborts here)");
      }
    }
  }

 private:
  quant::SoftmaxInt8Params params_;
  int32_t depth_ = 0;
  int64_t rows_ = 0;
  int32_t in_, out_;
};

class LogisticKernel final : public OpKernel {
 public:
  explicit LogisticKernel(const OpContext& ctx) : OpKernel(ctx.label()) {
    ctx.expect_arity(1, 1, 1);
    const model::Tensor& in = ctx.input(0);
    const model::Tensor& out = ctx.output(0);
    ctx.expect_type(in, model::DType::Int8, "input");
    ctx.expect_type(out, model::DType::Int8, "output");
    ctx.expect_output_shape(out, in.shape);
    // TFLite Micro only checks the zero point: the int8 result does not
    // depend on the output scale (it is meant to be 1/256; desktop TFLite
    // insists on that, TFLite Micro's own tests use 1/255).
    if (ctx.zero_point(out, "output") != -128) {
      ctx.fail("output '" + out.name + "' must have zero point -128");
    }
    ctx.scale(out, "output");
    try {
      params_ = quant::logistic_int8_params(ctx.scale(in, "input"), ctx.zero_point(in, "input"));
    } catch (const std::invalid_argument& e) {
      ctx.fail(e.what());
    }
    count_ = element_count(in.shape);
    in_ = ctx.input_index(0);
    out_ = ctx.output_index(0);
  }

  void run(Buffers& buffers) const override {
    const int8_t* in = as_int8(buffers[in_]);
    int8_t* out = as_int8(buffers[out_]);
    for (int64_t i = 0; i < count_; ++i) {
      out[i] = tsq_logistic_int8(in[i], params_.input_zero_point, params_.input_range_radius,
                                 params_.input_multiplier, params_.input_left_shift);
    }
  }

 private:
  quant::LogisticInt8Params params_;
  int64_t count_ = 0;
  int32_t in_, out_;
};

// QUANTIZE float32 -> int8 (AffineQuantize) or int8 -> int8 (Requantize).
class QuantizeKernel final : public OpKernel {
 public:
  explicit QuantizeKernel(const OpContext& ctx) : OpKernel(ctx.label()) {
    ctx.expect_arity(1, 1, 1);
    const model::Tensor& in = ctx.input(0);
    const model::Tensor& out = ctx.output(0);
    ctx.expect_type(out, model::DType::Int8, "output");
    ctx.expect_output_shape(out, in.shape);
    out_scale_ = ctx.scale(out, "output");
    out_zero_point_ = ctx.zero_point(out, "output");
    if (in.type == model::DType::Float32) {
      from_float_ = true;
    } else if (in.type == model::DType::Int8) {
      in_zero_point_ = ctx.zero_point(in, "input");
      try {
        requant_ = quant::requantize_multiplier(ctx.scale(in, "input"), out_scale_);
      } catch (const std::invalid_argument& e) {
        ctx.fail(e.what());
      }
      ctx.expect_usable(requant_, "requantisation");
    } else {
      ctx.fail("input '" + in.name + "' is " + model::dtype_name(in.type) + ", expected float32 or int8");
    }
    count_ = element_count(in.shape);
    in_ = ctx.input_index(0);
    out_ = ctx.output_index(0);
  }

  void run(Buffers& buffers) const override {
    int8_t* out = as_int8(buffers[out_]);
    if (from_float_) {
      const std::vector<float> in = read_float(buffers[in_]);
      for (int64_t i = 0; i < count_; ++i) out[i] = quant::affine_quantize_int8(in[i], out_scale_, out_zero_point_);
    } else {
      const int8_t* in = as_int8(buffers[in_]);
      for (int64_t i = 0; i < count_; ++i) {
        out[i] = tsq_requantize_int8(in[i], in_zero_point_, requant_.multiplier, requant_.shift, out_zero_point_);
      }
    }
  }

 private:
  bool from_float_ = false;
  float out_scale_ = 1.0f;
  int32_t out_zero_point_ = 0, in_zero_point_ = 0;
  quant::QuantizedMultiplier requant_;
  int64_t count_ = 0;
  int32_t in_, out_;
};

// DEQUANTIZE int8 -> float32, per tensor or (constant weights) per channel.
class DequantizeKernel final : public OpKernel {
 public:
  explicit DequantizeKernel(const OpContext& ctx) : OpKernel(ctx.label()) {
    ctx.expect_arity(1, 1, 1);
    const model::Tensor& in = ctx.input(0);
    const model::Tensor& out = ctx.output(0);
    ctx.expect_type(in, model::DType::Int8, "input");
    ctx.expect_type(out, model::DType::Float32, "output");
    ctx.expect_output_shape(out, in.shape);
    const auto& q = in.quant;
    if (q.scale.size() > 1) {
      if (q.axis < 0 || static_cast<size_t>(q.axis) >= in.shape.size() ||
          static_cast<int64_t>(q.scale.size()) != in.shape[q.axis] || q.zero_point.size() != q.scale.size()) {
        ctx.fail("input '" + in.name + "' has per-channel quantisation that does not match its shape " +
                 shape_string(in.shape));
      }
      for (size_t c = 0; c < q.scale.size(); ++c) {
        scales_.push_back(q.scale[c]);
        if (q.zero_point[c] < -128 || q.zero_point[c] > 127) ctx.fail("input zero point out of int8 range");
        zero_points_.push_back(static_cast<int32_t>(q.zero_point[c]));
      }
      inner_ = 1;
      for (size_t d = q.axis + 1; d < in.shape.size(); ++d) inner_ *= in.shape[d];
    } else {
      scales_.push_back(ctx.scale(in, "input"));
      zero_points_.push_back(ctx.zero_point(in, "input"));
      inner_ = 1;
    }
    count_ = element_count(in.shape);
    in_ = ctx.input_index(0);
    out_ = ctx.output_index(0);
  }

  void run(Buffers& buffers) const override {
    const int8_t* in = as_int8(buffers[in_]);
    std::vector<float> out(count_);
    const int64_t channels = static_cast<int64_t>(scales_.size());
    for (int64_t i = 0; i < count_; ++i) {
      const int64_t c = channels == 1 ? 0 : (i / inner_) % channels;
      out[i] = quant::dequantize_int8(in[i], scales_[c], zero_points_[c]);
    }
    if (count_ > 0) std::memcpy(buffers[out_].data(), out.data(), out.size() * sizeof(float));
  }

 private:
  std::vector<float> scales_;
  std::vector<int32_t> zero_points_;
  int64_t inner_ = 1;
  int64_t count_ = 0;
  int32_t in_, out_;
};

}  // namespace

std::unique_ptr<OpKernel> prepare_add(const OpContext& ctx) { return std::make_unique<BinaryKernel>(ctx, true); }
std::unique_ptr<OpKernel> prepare_mul(const OpContext& ctx) { return std::make_unique<BinaryKernel>(ctx, false); }
std::unique_ptr<OpKernel> prepare_softmax(const OpContext& ctx) { return std::make_unique<SoftmaxKernel>(ctx); }
std::unique_ptr<OpKernel> prepare_logistic(const OpContext& ctx) { return std::make_unique<LogisticKernel>(ctx); }
std::unique_ptr<OpKernel> prepare_quantize(const OpContext& ctx) { return std::make_unique<QuantizeKernel>(ctx); }
std::unique_ptr<OpKernel> prepare_dequantize(const OpContext& ctx) {
  return std::make_unique<DequantizeKernel>(ctx);
}

}  // namespace tinysim::reference::detail
