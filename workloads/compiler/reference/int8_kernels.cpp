#include "workloads/compiler/reference/int8_kernels.h"

#include <algorithm>

#include "workloads/compiler/quant/fixed_point.h"

namespace tinysim::reference::kernels {

namespace {

inline int64_t nhwc(const ConvShape& s, int32_t b, int32_t y, int32_t x, int32_t c) {
  return ((static_cast<int64_t>(b) * s.in_h + y) * s.in_w + x) * s.in_c + c;
}

inline int64_t out_nhwc(int32_t out_h, int32_t out_w, int32_t out_c, int32_t b, int32_t y, int32_t x, int32_t c) {
  return ((static_cast<int64_t>(b) * out_h + y) * out_w + x) * out_c + c;
}

}  // namespace

void conv_2d_int8(const ConvShape& s, const OutputStage& q, const int8_t* input, const int8_t* filter,
                  const int32_t* bias, int8_t* output) {
  const int32_t groups = s.in_c / s.filter_in_c;
  const int32_t filters_per_group = s.out_c / groups;
  for (int32_t b = 0; b < s.batches; ++b) {
    for (int32_t oy = 0; oy < s.out_h; ++oy) {
      const int32_t in_y_origin = oy * s.stride_h - s.pad_h;
      for (int32_t ox = 0; ox < s.out_w; ++ox) {
        const int32_t in_x_origin = ox * s.stride_w - s.pad_w;
        for (int32_t oc = 0; oc < s.out_c; ++oc) {
          const int32_t group = oc / filters_per_group;
          // int32 accumulator; wraps like the compiled TFLite code.
          uint32_t acc = 0;
          for (int32_t fy = 0; fy < s.filter_h; ++fy) {
            const int32_t in_y = in_y_origin + s.dilation_h * fy;
            for (int32_t fx = 0; fx < s.filter_w; ++fx) {
              const int32_t in_x = in_x_origin + s.dilation_w * fx;
              // Taps outside the image are skipped: they contribute 0, not
              // (0 + input_offset) * filter.
              if (in_x < 0 || in_x >= s.in_w || in_y < 0 || in_y >= s.in_h) continue;
              const int8_t* in_px = input + nhwc(s, b, in_y, in_x, group * s.filter_in_c);
              const int8_t* f_px = filter + ((static_cast<int64_t>(oc) * s.filter_h + fy) * s.filter_w + fx) *
                                                s.filter_in_c;
              for (int32_t ic = 0; ic < s.filter_in_c; ++ic) {
                const int32_t input_val = in_px[ic];
                const int32_t filter_val = f_px[ic];
                acc += static_cast<uint32_t>(filter_val * (input_val + q.input_offset));
              }
            }
          }
          if (bias) acc += static_cast<uint32_t>(bias[oc]);
          output[out_nhwc(s.out_h, s.out_w, s.out_c, b, oy, ox, oc)] =
              tsq_requantize_accumulator(static_cast<int32_t>(acc), q.multiplier[oc], q.shift[oc], q.output_offset,
                                         q.activation_min, q.activation_max);
        }
      }
    }
  }
}

void depthwise_conv_2d_int8(const ConvShape& s, const OutputStage& q, const int8_t* input, const int8_t* filter,
                            const int32_t* bias, int8_t* output) {
  const int32_t depth_multiplier = s.out_c / s.in_c;
  for (int32_t b = 0; b < s.batches; ++b) {
    for (int32_t oy = 0; oy < s.out_h; ++oy) {
      for (int32_t ox = 0; ox < s.out_w; ++ox) {
        for (int32_t ic = 0; ic < s.in_c; ++ic) {
          for (int32_t m = 0; m < depth_multiplier; ++m) {
            const int32_t oc = m + ic * depth_multiplier;
            const int32_t in_x_origin = ox * s.stride_w - s.pad_w;
            const int32_t in_y_origin = oy * s.stride_h - s.pad_h;
            uint32_t acc = 0;
            for (int32_t fy = 0; fy < s.filter_h; ++fy) {
              for (int32_t fx = 0; fx < s.filter_w; ++fx) {
                const int32_t in_x = in_x_origin + s.dilation_w * fx;
                const int32_t in_y = in_y_origin + s.dilation_h * fy;
                if (in_x < 0 || in_x >= s.in_w || in_y < 0 || in_y >= s.in_h) continue;
                const int32_t input_val = input[nhwc(s, b, in_y, in_x, ic)];
                const int32_t filter_val = filter[(static_cast<int64_t>(fy) * s.filter_w + fx) * s.out_c + oc];
                acc += static_cast<uint32_t>(filter_val * (input_val + q.input_offset));
              }
            }
            if (bias) acc += static_cast<uint32_t>(bias[oc]);
            output[out_nhwc(s.out_h, s.out_w, s.out_c, b, oy, ox, oc)] =
                tsq_requantize_accumulator(static_cast<int32_t>(acc), q.multiplier[oc], q.shift[oc], q.output_offset,
                                           q.activation_min, q.activation_max);
          }
        }
      }
    }
  }
}

void fully_connected_int8(int64_t batches, int32_t units, int32_t depth, int32_t weights_offset, const OutputStage& q,
                          const int8_t* input, const int8_t* filter, const int32_t* bias, int8_t* output) {
  for (int64_t b = 0; b < batches; ++b) {
    for (int32_t oc = 0; oc < units; ++oc) {
      uint32_t acc = 0;
      for (int32_t d = 0; d < depth; ++d) {
        const int32_t input_val = input[b * depth + d];
        const int32_t filter_val = filter[static_cast<int64_t>(oc) * depth + d];
        acc += static_cast<uint32_t>((filter_val + weights_offset) * (input_val + q.input_offset));
      }
      if (bias) acc += static_cast<uint32_t>(bias[oc]);
      output[b * units + oc] = tsq_requantize_accumulator(static_cast<int32_t>(acc), q.multiplier[oc], q.shift[oc],
                                                          q.output_offset, q.activation_min, q.activation_max);
    }
  }
}

namespace {

// Window of one pooling output, clipped to the image (only in-image taps
// take part, and are counted, in TFLite's pooling).
struct Window {
  int32_t y0, x0, fy_start, fy_end, fx_start, fx_end;
};

Window pool_window(const PoolShape& s, int32_t oy, int32_t ox) {
  Window w;
  w.x0 = ox * s.stride_w - s.pad_w;
  w.y0 = oy * s.stride_h - s.pad_h;
  w.fx_start = std::max(0, -w.x0);
  w.fx_end = std::min(s.filter_w, s.in_w - w.x0);
  w.fy_start = std::max(0, -w.y0);
  w.fy_end = std::min(s.filter_h, s.in_h - w.y0);
  return w;
}

inline int8_t pool_at(const PoolShape& s, const int8_t* in, int32_t b, int32_t y, int32_t x, int32_t c) {
  return in[((static_cast<int64_t>(b) * s.in_h + y) * s.in_w + x) * s.depth + c];
}

}  // namespace

bool average_pool_int8(const PoolShape& s, int32_t activation_min, int32_t activation_max, const int8_t* input,
                       int8_t* output) {
  for (int32_t b = 0; b < s.batches; ++b) {
    for (int32_t oy = 0; oy < s.out_h; ++oy) {
      for (int32_t ox = 0; ox < s.out_w; ++ox) {
        const Window w = pool_window(s, oy, ox);
        for (int32_t c = 0; c < s.depth; ++c) {
          int32_t acc = 0;
          int32_t count = 0;
          for (int32_t fy = w.fy_start; fy < w.fy_end; ++fy) {
            for (int32_t fx = w.fx_start; fx < w.fx_end; ++fx) {
              acc += pool_at(s, input, b, w.y0 + fy, w.x0 + fx, c);
              ++count;
            }
          }
          if (count == 0) return false;
          const int32_t v = tsq_average_pool_divide(acc, count);
          output[out_nhwc(s.out_h, s.out_w, s.depth, b, oy, ox, c)] =
              static_cast<int8_t>(std::min(std::max(v, activation_min), activation_max));
        }
      }
    }
  }
  return true;
}

void max_pool_int8(const PoolShape& s, int32_t activation_min, int32_t activation_max, const int8_t* input,
                   int8_t* output) {
  for (int32_t b = 0; b < s.batches; ++b) {
    for (int32_t oy = 0; oy < s.out_h; ++oy) {
      for (int32_t ox = 0; ox < s.out_w; ++ox) {
        const Window w = pool_window(s, oy, ox);
        for (int32_t c = 0; c < s.depth; ++c) {
          int8_t max = -128;
          for (int32_t fy = w.fy_start; fy < w.fy_end; ++fy) {
            for (int32_t fx = w.fx_start; fx < w.fx_end; ++fx) {
              max = std::max(max, pool_at(s, input, b, w.y0 + fy, w.x0 + fx, c));
            }
          }
          // TFLite clamps through int8_t-typed std::max / std::min.
          max = std::max<int8_t>(max, static_cast<int8_t>(activation_min));
          max = std::min<int8_t>(max, static_cast<int8_t>(activation_max));
          output[out_nhwc(s.out_h, s.out_w, s.depth, b, oy, ox, c)] = max;
        }
      }
    }
  }
}

}  // namespace tinysim::reference::kernels
