// CONV_2D, DEPTHWISE_CONV_2D and FULLY_CONNECTED for int8 activations and
// int8 weights: reference_integer_ops::ConvPerChannel,
// DepthwiseConvPerChannel, FullyConnectedPerChannel and FullyConnected
// (tensorflow/lite/kernels/internal/reference/integer_ops/*.h). The int32
// accumulators wrap on overflow like the compiled TFLite code. The loops
// are in int8_kernels.cpp; this file validates and prepares.

#include "workloads/compiler/reference/int8_kernels.h"
#include "workloads/compiler/reference/op_kernel.h"

namespace tinysim::reference::detail {

namespace {

// Bias of a convolution-like operator: optional constant INT32 vector with
// one entry per output channel (TFLite does not rescale it).
std::vector<int32_t> read_bias(const OpContext& ctx, size_t input, int32_t channels) {
  if (!ctx.has_input(input)) return {};
  const model::Tensor& bias = ctx.input(input);
  ctx.expect_type(bias, model::DType::Int32, "bias");
  ctx.expect_constant(bias, "bias");
  if (element_count(bias.shape) != channels) {
    ctx.fail("bias '" + bias.name + "' has shape " + shape_string(bias.shape) + ", expected " +
             std::to_string(channels) + " values");
  }
  return read_int32(bias.data);
}

// Output stage of the int8 convolution operators (PopulateConvolution-
// QuantizationParams): per-channel multipliers, offsets, activation range.
kernels::OutputStage conv_output_stage(const OpContext& ctx, const model::Tensor& input, const model::Tensor& output,
                                       const std::vector<float>& filter_scales, int32_t channels) {
  kernels::OutputStage q;
  const float input_scale = ctx.scale(input, "input");
  const float output_scale = ctx.scale(output, "output");
  q.input_offset = -ctx.zero_point(input, "input");
  q.output_offset = ctx.zero_point(output, "output");
  try {
    const quant::ActivationRange range = quant::activation_range_int8(ctx.activation(), output_scale, q.output_offset);
    q.activation_min = range.min;
    q.activation_max = range.max;
    quant::ChannelMultipliers m = quant::per_channel_multipliers(input_scale, filter_scales, output_scale, channels);
    q.multiplier = std::move(m.multiplier);
    q.shift = std::move(m.shift);
  } catch (const std::invalid_argument& e) {
    ctx.fail(e.what());
  }
  ctx.expect_usable(q.shift, "output");
  return q;
}

// Geometry shared by CONV_2D and DEPTHWISE_CONV_2D: input NHWC, the filter's
// spatial size, strides, dilation and TFLite's padding.
kernels::ConvShape conv_geometry(const OpContext& ctx, const model::Tensor& input, int32_t filter_h, int32_t filter_w,
                                 int32_t out_c) {
  const model::OpOptions& o = ctx.op().opt;
  kernels::ConvShape s;
  s.batches = input.shape[0];
  s.in_h = input.shape[1];
  s.in_w = input.shape[2];
  s.in_c = input.shape[3];
  s.filter_h = filter_h;
  s.filter_w = filter_w;
  s.out_c = out_c;
  s.stride_h = o.stride_h;
  s.stride_w = o.stride_w;
  s.dilation_h = o.dilation_h;
  s.dilation_w = o.dilation_w;
  const quant::PaddingMode mode =
      o.padding == model::Padding::Same ? quant::PaddingMode::Same : quant::PaddingMode::Valid;
  try {
    const quant::PaddingValues p = quant::compute_padding(mode, s.in_h, s.in_w, filter_h, filter_w, s.stride_h,
                                                          s.stride_w, s.dilation_h, s.dilation_w);
    s.pad_h = p.height;
    s.pad_w = p.width;
    s.out_h = p.out_height;
    s.out_w = p.out_width;
  } catch (const std::invalid_argument& e) {
    ctx.fail(e.what());
  }
  return s;
}

// Common checks of the int8 window operators with constant int8 weights.
void expect_conv_tensors(const OpContext& ctx) {
  ctx.expect_arity(2, 3, 1);
  ctx.expect_type(ctx.input(0), model::DType::Int8, "input");
  ctx.expect_type(ctx.input(1), model::DType::Int8, "filter");
  ctx.expect_type(ctx.output(0), model::DType::Int8, "output");
  ctx.expect_rank(ctx.input(0), 4, "input");
  ctx.expect_rank(ctx.input(1), 4, "filter");
  ctx.expect_constant(ctx.input(1), "filter");
}

class Conv2DKernel final : public OpKernel {
 public:
  explicit Conv2DKernel(const OpContext& ctx) : OpKernel(ctx.label()) {
    expect_conv_tensors(ctx);
    const model::Tensor& input = ctx.input(0);
    const model::Tensor& filter = ctx.input(1);
    const model::Tensor& output = ctx.output(0);
    const int32_t out_c = filter.shape[0];
    shape_ = conv_geometry(ctx, input, filter.shape[1], filter.shape[2], out_c);
    shape_.filter_in_c = filter.shape[3];
    if (shape_.filter_in_c <= 0 || shape_.in_c % shape_.filter_in_c != 0) {
      ctx.fail("input depth " + std::to_string(shape_.in_c) + " is not a multiple of the filter depth " +
               std::to_string(shape_.filter_in_c));
    }
    const int32_t groups = shape_.in_c / shape_.filter_in_c;
    if (out_c <= 0 || out_c % groups != 0) {
      ctx.fail(std::to_string(out_c) + " output channels cannot be split into " + std::to_string(groups) + " groups");
    }
    ctx.expect_output_shape(output, {shape_.batches, shape_.out_h, shape_.out_w, out_c});
    q_ = conv_output_stage(ctx, input, output, ctx.weight_scales(filter, 0, out_c, "filter"), out_c);
    bias_ = read_bias(ctx, 2, out_c);
    filter_.assign(as_int8(filter.data), as_int8(filter.data) + filter.data.size());
    input_ = ctx.input_index(0);
    output_ = ctx.output_index(0);
  }

  void run(Buffers& buffers) const override {
    kernels::conv_2d_int8(shape_, q_, as_int8(buffers[input_]), filter_.data(), bias_.empty() ? nullptr : bias_.data(),
                          as_int8(buffers[output_]));
  }

 private:
  kernels::ConvShape shape_;
  kernels::OutputStage q_;
  std::vector<int32_t> bias_;
  std::vector<int8_t> filter_;
  int32_t input_, output_;
};

class DepthwiseConv2DKernel final : public OpKernel {
 public:
  explicit DepthwiseConv2DKernel(const OpContext& ctx) : OpKernel(ctx.label()) {
    expect_conv_tensors(ctx);
    const model::Tensor& input = ctx.input(0);
    const model::Tensor& filter = ctx.input(1);
    const model::Tensor& output = ctx.output(0);
    if (filter.shape[0] != 1) {
      ctx.fail("filter '" + filter.name + "' has shape " + shape_string(filter.shape) + ", expected [1, H, W, channels]");
    }
    const int32_t out_c = filter.shape[3];
    const int32_t in_c = input.shape[3];
    if (in_c <= 0 || out_c % in_c != 0) {
      ctx.fail("filter has " + std::to_string(out_c) + " channels, not a multiple of the input depth " +
               std::to_string(in_c));
    }
    if (ctx.op().opt.depth_multiplier != out_c / in_c) {
      ctx.fail("depth_multiplier option is " + std::to_string(ctx.op().opt.depth_multiplier) + " but the filter has " +
               std::to_string(out_c) + " channels for " + std::to_string(in_c) + " input channels");
    }
    shape_ = conv_geometry(ctx, input, filter.shape[1], filter.shape[2], out_c);
    ctx.expect_output_shape(output, {shape_.batches, shape_.out_h, shape_.out_w, out_c});
    q_ = conv_output_stage(ctx, input, output, ctx.weight_scales(filter, 3, out_c, "filter"), out_c);
    bias_ = read_bias(ctx, 2, out_c);
    filter_.assign(as_int8(filter.data), as_int8(filter.data) + filter.data.size());
    input_ = ctx.input_index(0);
    output_ = ctx.output_index(0);
  }

  void run(Buffers& buffers) const override {
    kernels::depthwise_conv_2d_int8(shape_, q_, as_int8(buffers[input_]), filter_.data(),
                                    bias_.empty() ? nullptr : bias_.data(), as_int8(buffers[output_]));
  }

 private:
  kernels::ConvShape shape_;
  kernels::OutputStage q_;
  std::vector<int32_t> bias_;
  std::vector<int8_t> filter_;
  int32_t input_, output_;
};

// FULLY_CONNECTED: per-channel weights use FullyConnectedPerChannel (double
// product of scales), per-tensor weights use FullyConnected with the
// float-product multiplier of GetQuantizedConvolutionMultipler and the
// weights offset.
class FullyConnectedKernel final : public OpKernel {
 public:
  explicit FullyConnectedKernel(const OpContext& ctx) : OpKernel(ctx.label()) {
    ctx.expect_arity(2, 3, 1);
    const model::Tensor& input = ctx.input(0);
    const model::Tensor& filter = ctx.input(1);
    const model::Tensor& output = ctx.output(0);
    ctx.expect_type(input, model::DType::Int8, "input");
    ctx.expect_type(filter, model::DType::Int8, "filter");
    ctx.expect_type(output, model::DType::Int8, "output");
    ctx.expect_rank(filter, 2, "filter");
    ctx.expect_constant(filter, "filter");
    units_ = filter.shape[0];
    depth_ = filter.shape[1];
    if (units_ <= 0 || depth_ <= 0) ctx.fail("filter '" + filter.name + "' is empty");
    const int64_t input_elements = element_count(input.shape);
    if (input_elements % depth_ != 0) {
      ctx.fail("input '" + input.name + "' has " + std::to_string(input_elements) +
               " elements, not a multiple of the filter depth " + std::to_string(depth_));
    }
    if (output.shape.empty() || output.shape.back() != units_) {
      ctx.fail("output '" + output.name + "' has shape " + shape_string(output.shape) +
               ", its last dimension must be " + std::to_string(units_));
    }
    batches_ = element_count(output.shape) / units_;
    if (batches_ * depth_ != input_elements) {
      ctx.fail("output '" + output.name + "' shape " + shape_string(output.shape) + " does not match " +
               std::to_string(input_elements / depth_) + " input rows");
    }
    const float input_scale = ctx.scale(input, "input");
    const float output_scale = ctx.scale(output, "output");
    q_.input_offset = -ctx.zero_point(input, "input");
    q_.output_offset = ctx.zero_point(output, "output");
    bias_ = read_bias(ctx, 2, units_);
    try {
      const quant::ActivationRange range =
          quant::activation_range_int8(ctx.activation(), output_scale, q_.output_offset);
      q_.activation_min = range.min;
      q_.activation_max = range.max;
      if (filter.quant.scale.size() > 1) {
        quant::ChannelMultipliers m = quant::per_channel_multipliers(
            input_scale, ctx.weight_scales(filter, 0, units_, "filter"), output_scale, units_);
        q_.multiplier = std::move(m.multiplier);
        q_.shift = std::move(m.shift);
      } else {
        const float filter_scale = ctx.scale(filter, "filter");
        weights_offset_ = -ctx.zero_point(filter, "filter");
        if (ctx.has_input(2) && !ctx.input(2).quant.scale.empty() &&
            !quant::fully_connected_bias_scale_ok(input_scale, filter_scale, ctx.input(2).quant.scale[0],
                                                  output_scale)) {
          ctx.fail("bias scale differs from input scale * filter scale by more than 2% of the output scale "
                   "(TFLite rejects this model)");
        }
        const quant::QuantizedMultiplier m =
            quant::fully_connected_per_tensor_multiplier(input_scale, filter_scale, output_scale);
        q_.multiplier.assign(units_, m.multiplier);
        q_.shift.assign(units_, m.shift);
      }
    } catch (const std::invalid_argument& e) {
      ctx.fail(e.what());
    }
    ctx.expect_usable(q_.shift, "output");
    filter_.assign(as_int8(filter.data), as_int8(filter.data) + filter.data.size());
    input_ = ctx.input_index(0);
    output_ = ctx.output_index(0);
  }

  void run(Buffers& buffers) const override {
    kernels::fully_connected_int8(batches_, units_, depth_, weights_offset_, q_, as_int8(buffers[input_]),
                                  filter_.data(), bias_.empty() ? nullptr : bias_.data(), as_int8(buffers[output_]));
  }

 private:
  int32_t units_ = 0, depth_ = 0;
  int64_t batches_ = 0;
  int32_t weights_offset_ = 0;
  kernels::OutputStage q_;
  std::vector<int32_t> bias_;
  std::vector<int8_t> filter_;
  int32_t input_, output_;
};

}  // namespace

std::unique_ptr<OpKernel> prepare_conv_2d(const OpContext& ctx) { return std::make_unique<Conv2DKernel>(ctx); }
std::unique_ptr<OpKernel> prepare_depthwise_conv_2d(const OpContext& ctx) {
  return std::make_unique<DepthwiseConv2DKernel>(ctx);
}
std::unique_ptr<OpKernel> prepare_fully_connected(const OpContext& ctx) {
  return std::make_unique<FullyConnectedKernel>(ctx);
}

}  // namespace tinysim::reference::detail
