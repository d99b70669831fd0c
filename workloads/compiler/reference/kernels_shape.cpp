// Data-movement and reduction operators: RESHAPE (byte copy), PAD
// (reference_ops::Pad, pad value = output zero point for int8),
// CONCATENATION (reference_ops::Concatenation; requantising inputs whose
// quantisation differs from the output like ConcatenationWithScaling) and
// MEAN (reference_ops::QuantizedMeanOrSum, int8).
#include <algorithm>

#include "workloads/compiler/reference/op_kernel.h"

namespace tinysim::reference::detail {

namespace {

class ReshapeKernel final : public OpKernel {
 public:
  explicit ReshapeKernel(const OpContext& ctx) : OpKernel(ctx.label()) {
    // The optional second input (new shape) is redundant with the output
    // tensor's static shape.
    ctx.expect_arity(1, 2, 1);
    const model::Tensor& in = ctx.input(0);
    const model::Tensor& out = ctx.output(0);
    ctx.expect_type(out, in.type, "output");
    if (element_count(in.shape) != element_count(out.shape)) {
      ctx.fail("input shape " + shape_string(in.shape) + " and output shape " + shape_string(out.shape) +
               " hold different numbers of elements");
    }
    in_ = ctx.input_index(0);
    out_ = ctx.output_index(0);
  }

  void run(Buffers& buffers) const override { buffers[out_] = buffers[in_]; }

 private:
  int32_t in_, out_;
};

class PadKernel final : public OpKernel {
 public:
  static constexpr size_t kMaxRank = 5;  // reference_ops::PadKernelMaxDimensionCount

  explicit PadKernel(const OpContext& ctx) : OpKernel(ctx.label()) {
    ctx.expect_arity(2, 2, 1);
    const model::Tensor& in = ctx.input(0);
    const model::Tensor& out = ctx.output(0);
    if (in.type != model::DType::Int8 && in.type != model::DType::Float32) {
      ctx.fail("input '" + in.name + "' is " + model::dtype_name(in.type) + ", expected int8 or float32");
    }
    ctx.expect_type(out, in.type, "output");
    const size_t rank = in.shape.size();
    if (rank > kMaxRank) ctx.fail("rank " + std::to_string(rank) + " is above TFLite's maximum of 5");
    const std::vector<int64_t> paddings = read_index_tensor(ctx, ctx.input(1), "paddings");
    if (paddings.size() != rank * 2) {
      ctx.fail("paddings hold " + std::to_string(paddings.size()) + " values, expected " + std::to_string(rank * 2));
    }
    Shape expected(rank);
    for (size_t d = 0; d < rank; ++d) {
      const int64_t before = paddings[2 * d], after = paddings[2 * d + 1];
      if (before < 0 || after < 0 || before > (1 << 24) || after > (1 << 24)) {
        ctx.fail("padding " + std::to_string(before) + "/" + std::to_string(after) + " of dimension " +
                 std::to_string(d) + " is not supported");
      }
      expected[d] = in.shape[d] + static_cast<int32_t>(before + after);
    }
    ctx.expect_output_shape(out, expected);
    // Extend to rank 5 from the front, as TFLite does.
    const size_t lead = kMaxRank - rank;
    for (size_t d = 0; d < kMaxRank; ++d) {
      out_dims_[d] = d < lead ? 1 : expected[d - lead];
      before_[d] = d < lead ? 0 : static_cast<int32_t>(paddings[2 * (d - lead)]);
      after_[d] = d < lead ? 0 : static_cast<int32_t>(paddings[2 * (d - lead) + 1]);
    }
    element_size_ = model::dtype_size(in.type);
    if (in.type == model::DType::Int8) {
      // TFLite pads int8 with the output zero point and copies the input
      // values unchanged (it does not rescale).
      pad_value_.assign(1, static_cast<uint8_t>(static_cast<int8_t>(ctx.zero_point(out, "output"))));
    } else {
      pad_value_.assign(4, 0);  // 0.0f
    }
    in_ = ctx.input_index(0);
    out_ = ctx.output_index(0);
  }

  void run(Buffers& buffers) const override {
    const uint8_t* in = buffers[in_].data();
    uint8_t* out = buffers[out_].data();
    const int32_t* n = out_dims_;
    for (int32_t b = 0; b < n[0]; ++b) {
      for (int32_t p = 0; p < n[1]; ++p) {
        for (int32_t h = 0; h < n[2]; ++h) {
          for (int32_t w = 0; w < n[3]; ++w) {
            for (int32_t d = 0; d < n[4]; ++d) {
              const bool padded = b < before_[0] || b >= n[0] - after_[0] || p < before_[1] ||
                                  p >= n[1] - after_[1] || h < before_[2] || h >= n[2] - after_[2] ||
                                  w < before_[3] || w >= n[3] - after_[3] || d < before_[4] ||
                                  d >= n[4] - after_[4];
              if (padded) {
                std::memcpy(out, pad_value_.data(), element_size_);
              } else {
                std::memcpy(out, in, element_size_);
                in += element_size_;
              }
              out += element_size_;
            }
          }
        }
      }
    }
  }

 private:
  int32_t out_dims_[kMaxRank]{}, before_[kMaxRank]{}, after_[kMaxRank]{};
  int element_size_ = 1;
  std::vector<uint8_t> pad_value_;
  int32_t in_, out_;
};

class ConcatenationKernel final : public OpKernel {
 public:
  explicit ConcatenationKernel(const OpContext& ctx) : OpKernel(ctx.label()) {
    const size_t n = ctx.op().inputs.size();
    if (n < 1) ctx.fail("needs at least one input");
    ctx.expect_arity(1, n, 1);
    if (ctx.op().opt.activation != model::Activation::None) {
      ctx.fail("fused activation is not supported on CONCATENATION (TFLite requires none)");
    }
    const model::Tensor& out = ctx.output(0);
    ctx.expect_type(out, model::DType::Int8, "output");
    const int32_t rank = static_cast<int32_t>(out.shape.size());
    int32_t axis = ctx.op().opt.axis;
    if (axis < 0) axis += rank;
    if (axis < 0 || axis >= rank) {
      ctx.fail("axis " + std::to_string(ctx.op().opt.axis) + " is outside the output rank " + std::to_string(rank));
    }
    const float out_scale = ctx.scale(out, "output");
    const int32_t out_zero_point = ctx.zero_point(out, "output");
    outer_ = 1;
    for (int32_t d = 0; d < axis; ++d) outer_ *= out.shape[d];
    int64_t inner = 1;
    for (int32_t d = axis + 1; d < rank; ++d) inner *= out.shape[d];
    int64_t axis_sum = 0;
    for (size_t i = 0; i < n; ++i) {
      const std::string role = "input " + std::to_string(i);
      const model::Tensor& in = ctx.input(i);
      ctx.expect_type(in, model::DType::Int8, role);
      if (static_cast<int32_t>(in.shape.size()) != rank) {
        ctx.fail(role + " '" + in.name + "' has shape " + shape_string(in.shape) + ", output has rank " +
                 std::to_string(rank));
      }
      for (int32_t d = 0; d < rank; ++d) {
        if (d != axis && in.shape[d] != out.shape[d]) {
          ctx.fail(role + " '" + in.name + "' shape " + shape_string(in.shape) + " does not match output " +
                   shape_string(out.shape) + " outside axis " + std::to_string(axis));
        }
      }
      axis_sum += in.shape[axis];
      Part part;
      part.tensor = ctx.input_index(i);
      part.copy_size = static_cast<int64_t>(in.shape[axis]) * inner;
      part.scale = ctx.scale(in, role);
      part.zero_point = ctx.zero_point(in, role);
      // Same rule as ConcatenationWithScaling: copy when both match exactly.
      part.requantize = !(part.zero_point == out_zero_point && part.scale == out_scale);
      parts_.push_back(part);
    }
    if (axis_sum != out.shape[axis]) {
      ctx.fail("inputs add up to " + std::to_string(axis_sum) + " along axis " + std::to_string(axis) +
               ", output has " + std::to_string(out.shape[axis]));
    }
    out_scale_ = out_scale;
    out_zero_point_ = out_zero_point;
    out_ = ctx.output_index(0);
  }

  void run(Buffers& buffers) const override {
    int8_t* out = as_int8(buffers[out_]);
    for (int64_t k = 0; k < outer_; ++k) {
      for (const Part& part : parts_) {
        const int8_t* in = as_int8(buffers[part.tensor]) + k * part.copy_size;
        if (!part.requantize) {
          std::memcpy(out, in, part.copy_size);
        } else {
          for (int64_t j = 0; j < part.copy_size; ++j) {
            out[j] = quant::concatenation_requantize_int8(in[j], part.scale, part.zero_point, out_scale_,
                                                          out_zero_point_);
          }
        }
        out += part.copy_size;
      }
    }
  }

 private:
  struct Part {
    int32_t tensor = 0;
    int64_t copy_size = 0;
    float scale = 1.0f;
    int32_t zero_point = 0;
    bool requantize = false;
  };
  std::vector<Part> parts_;
  int64_t outer_ = 1;
  float out_scale_ = 1.0f;
  int32_t out_zero_point_ = 0;
  int32_t out_;
};

// MEAN int8: reference_ops::QuantizedMeanOrSum<int8_t, int32_t> with
// compute_sum = false, the path both TFLite (kReference) and TFLite Micro
// take for int8 whatever the axes.
class MeanKernel final : public OpKernel {
 public:
  explicit MeanKernel(const OpContext& ctx) : OpKernel(ctx.label()) {
    ctx.expect_arity(2, 2, 1);
    const model::Tensor& in = ctx.input(0);
    const model::Tensor& out = ctx.output(0);
    ctx.expect_type(in, model::DType::Int8, "input");
    ctx.expect_type(out, model::DType::Int8, "output");
    const model::Tensor& axis_tensor = ctx.input(1);
    if (axis_tensor.type != model::DType::Int32) {
      ctx.fail("axis '" + axis_tensor.name + "' is " + model::dtype_name(axis_tensor.type) +
               ", TFLite requires int32");
    }
    const std::vector<int64_t> axes = read_index_tensor(ctx, axis_tensor, "axis");
    const int32_t rank = static_cast<int32_t>(in.shape.size());
    reduced_.assign(rank, false);
    for (int64_t a : axes) {
      const int64_t r = a < 0 ? a + rank : a;
      if (r < 0 || r >= rank) ctx.fail("axis " + std::to_string(a) + " is outside the input rank " + std::to_string(rank));
      reduced_[r] = true;  // duplicates collapse, as in ResolveAxis
    }
    Shape expected;
    num_reduced_ = 1;
    for (int32_t d = 0; d < rank; ++d) {
      if (reduced_[d]) {
        num_reduced_ *= in.shape[d];
        if (ctx.op().opt.keep_dims) expected.push_back(1);
      } else {
        expected.push_back(in.shape[d]);
      }
    }
    ctx.expect_output_shape(out, expected);
    in_shape_ = in.shape;
    in_zero_point_ = ctx.zero_point(in, "input");
    out_zero_point_ = ctx.zero_point(out, "output");
    empty_ = element_count(in.shape) == 0;
    if (!empty_) {
      try {
        multiplier_ = quant::mean_int8_multiplier(ctx.scale(in, "input"), ctx.scale(out, "output"), num_reduced_);
      } catch (const std::invalid_argument& e) {
        ctx.fail(e.what());
      }
      ctx.expect_usable(multiplier_, "mean");
    }
    out_count_ = element_count(out.shape);
    in_ = ctx.input_index(0);
    out_ = ctx.output_index(0);
  }

  void run(Buffers& buffers) const override {
    int8_t* out = as_int8(buffers[out_]);
    // TFLite zero-fills the output first and returns early on empty input.
    std::fill(out, out + out_count_, int8_t{0});
    if (empty_) return;
    const int8_t* in = as_int8(buffers[in_]);
    std::vector<uint32_t> sum(out_count_, 0);  // int32 accumulators, wrapping
    const size_t rank = in_shape_.size();
    std::vector<int32_t> idx(rank, 0);
    const int64_t total = element_count(in_shape_);
    for (int64_t i = 0; i < total; ++i) {
      // Output offset: row-major index over the kept dimensions.
      int64_t o = 0;
      for (size_t d = 0; d < rank; ++d) {
        if (!reduced_[d]) o = o * in_shape_[d] + idx[d];
      }
      sum[o] += static_cast<uint32_t>(static_cast<int32_t>(in[i]));
      for (size_t d = rank; d-- > 0;) {
        if (++idx[d] < in_shape_[d]) break;
        idx[d] = 0;
      }
    }
    for (int64_t o = 0; o < out_count_; ++o) {
      // temp_sum - input_zero_point * num_elements, evaluated in int64 and
      // narrowed to int32 like TFLite's static_cast<U>.
      const int32_t shifted_sum =
          static_cast<int32_t>(static_cast<int64_t>(static_cast<int32_t>(sum[o])) - int64_t{in_zero_point_} * num_reduced_);
      const int32_t v = tsq_wrap_add(
          tsq_multiply_by_quantized_multiplier(shifted_sum, multiplier_.multiplier, multiplier_.shift), out_zero_point_);
      out[o] = static_cast<int8_t>(std::clamp<int32_t>(v, -128, 127));
    }
  }

 private:
  Shape in_shape_;
  std::vector<bool> reduced_;
  int64_t num_reduced_ = 1;
  int64_t out_count_ = 0;
  bool empty_ = false;
  int32_t in_zero_point_ = 0, out_zero_point_ = 0;
  quant::QuantizedMultiplier multiplier_;
  int32_t in_, out_;
};

}  // namespace

std::unique_ptr<OpKernel> prepare_reshape(const OpContext& ctx) { return std::make_unique<ReshapeKernel>(ctx); }
std::unique_ptr<OpKernel> prepare_pad(const OpContext& ctx) { return std::make_unique<PadKernel>(ctx); }
std::unique_ptr<OpKernel> prepare_concatenation(const OpContext& ctx) {
  return std::make_unique<ConcatenationKernel>(ctx);
}
std::unique_ptr<OpKernel> prepare_mean(const OpContext& ctx) { return std::make_unique<MeanKernel>(ctx); }

}  // namespace tinysim::reference::detail
