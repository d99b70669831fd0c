// AVERAGE_POOL_2D and MAX_POOL_2D for int8: reference_integer_ops::AveragePool
// and MaxPool (integer_ops/pooling.h) with TFLite Micro's Prepare checks
// (input and output share their quantisation).
#include <cmath>

#include "workloads/compiler/reference/int8_kernels.h"
#include "workloads/compiler/reference/op_kernel.h"

namespace tinysim::reference::detail {

namespace {

class PoolKernel final : public OpKernel {
 public:
  PoolKernel(const OpContext& ctx, bool average) : OpKernel(ctx.label()), average_(average) {
    ctx.expect_arity(1, 1, 1);
    const model::Tensor& input = ctx.input(0);
    const model::Tensor& output = ctx.output(0);
    ctx.expect_type(input, model::DType::Int8, "input");
    ctx.expect_type(output, model::DType::Int8, "output");
    ctx.expect_rank(input, 4, "input");
    const float input_scale = ctx.scale(input, "input");
    const float output_scale = ctx.scale(output, "output");
    const int32_t input_zero_point = ctx.zero_point(input, "input");
    const int32_t output_zero_point = ctx.zero_point(output, "output");
    // TFLite Micro PoolingPrepare: |s_in - s_out| <= 1e-6 and equal zero points.
    if (!(static_cast<double>(std::abs(input_scale - output_scale)) <= 1.0e-6) ||
        input_zero_point != output_zero_point) {
      ctx.fail("input and output quantisation differ (scale " + std::to_string(input_scale) + "/" +
               std::to_string(output_scale) + ", zero point " + std::to_string(input_zero_point) + "/" +
               std::to_string(output_zero_point) + "); TFLite pooling does not rescale");
    }
    const model::OpOptions& o = ctx.op().opt;
    shape_.batches = input.shape[0];
    shape_.in_h = input.shape[1];
    shape_.in_w = input.shape[2];
    shape_.depth = input.shape[3];
    shape_.filter_h = o.filter_h;
    shape_.filter_w = o.filter_w;
    shape_.stride_h = o.stride_h;
    shape_.stride_w = o.stride_w;
    try {
      const quant::PaddingValues pad = quant::compute_padding(
          o.padding == model::Padding::Same ? quant::PaddingMode::Same : quant::PaddingMode::Valid, shape_.in_h,
          shape_.in_w, shape_.filter_h, shape_.filter_w, shape_.stride_h, shape_.stride_w, 1, 1);
      shape_.pad_h = pad.height;
      shape_.pad_w = pad.width;
      shape_.out_h = pad.out_height;
      shape_.out_w = pad.out_width;
      range_ = quant::activation_range_int8(ctx.activation(), output_scale, output_zero_point);
    } catch (const std::invalid_argument& e) {
      ctx.fail(e.what());
    }
    ctx.expect_output_shape(output, {shape_.batches, shape_.out_h, shape_.out_w, shape_.depth});
    input_ = ctx.input_index(0);
    output_ = ctx.output_index(0);
  }

  void run(Buffers& buffers) const override {
    const int8_t* in = as_int8(buffers[input_]);
    int8_t* out = as_int8(buffers[output_]);
    if (!average_) {
      kernels::max_pool_int8(shape_, range_.min, range_.max, in, out);
    } else if (!kernels::average_pool_int8(shape_, range_.min, range_.max, in, out)) {
      fail("a pooling window covers no input pixel");
    }
  }

 private:
  bool average_;
  kernels::PoolShape shape_;
  quant::ActivationRange range_;
  int32_t input_, output_;
};

}  // namespace

std::unique_ptr<OpKernel> prepare_average_pool_2d(const OpContext& ctx) {
  return std::make_unique<PoolKernel>(ctx, true);
}
std::unique_ptr<OpKernel> prepare_max_pool_2d(const OpContext& ctx) {
  return std::make_unique<PoolKernel>(ctx, false);
}

}  // namespace tinysim::reference::detail
