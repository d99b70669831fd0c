// Randomised property tests (fixed seeds): structural identities that must
// hold bit for bit between different TFLite operators, and agreement with
// independent double-precision formulas (exactly where TFLite's integer
// arithmetic is provably exact, within one step where it rounds twice).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "model_builder.h"

namespace tinysim::reference::testing {
namespace {

class Rng {
 public:
  explicit Rng(uint32_t seed) : g_(seed) {}
  int32_t integer(int32_t lo, int32_t hi) { return std::uniform_int_distribution<int32_t>(lo, hi)(g_); }
  float real(float lo, float hi) { return std::uniform_real_distribution<float>(lo, hi)(g_); }
  // Log-uniform scale, as real models spread them.
  float scale(float lo, float hi) { return std::exp(real(std::log(lo), std::log(hi))); }
  std::vector<int8_t> bytes(size_t n, int32_t lo = -128, int32_t hi = 127) {
    std::vector<int8_t> v(n);
    for (auto& x : v) x = static_cast<int8_t>(integer(lo, hi));
    return v;
  }
  std::vector<int32_t> ints(size_t n, int32_t lo, int32_t hi) {
    std::vector<int32_t> v(n);
    for (auto& x : v) x = integer(lo, hi);
    return v;
  }
  std::vector<float> scales(size_t n) {
    std::vector<float> v(n);
    for (auto& x : v) x = scale(0.001f, 0.05f);
    return v;
  }

 private:
  std::mt19937 g_;
};

TEST(Properties, Conv1x1EqualsFullyConnected) {
  Rng r(11);
  for (int iter = 0; iter < 60; ++iter) {
    const int n = r.integer(1, 2), h = r.integer(1, 5), w = r.integer(1, 5), ci = r.integer(1, 24),
              co = r.integer(1, 12);
    const float s_in = r.scale(0.01f, 0.2f), s_out = r.scale(0.02f, 0.5f);
    const int zi = r.integer(-20, 20), zo = r.integer(-20, 20);
    const std::vector<float> ws = r.scales(co);
    const std::vector<int8_t> weights = r.bytes(static_cast<size_t>(co) * ci, -127, 127);
    const std::vector<int32_t> bias = r.ints(co, -5000, 5000);
    const std::vector<int8_t> input = r.bytes(static_cast<size_t>(n) * h * w * ci);
    const auto act = static_cast<model::Activation>(r.integer(0, 3));

    ModelBuilder conv;
    {
      const int in = conv.int8("in", {n, h, w, ci}, s_in, zi);
      const int wt = conv.int8_const("w", {co, 1, 1, ci}, weights, ws, 0);
      const int b = conv.int32_const("b", {co}, bias);
      const int out = conv.int8("out", {n, h, w, co}, s_out, zo);
      conv.op(OpType::Conv2D, {in, wt, b}, {out}).opt.activation = act;
      conv.input(in);
      conv.output(out);
    }
    ModelBuilder fc;
    {
      const int in = fc.int8("in", {n * h * w, ci}, s_in, zi);
      const int wt = fc.int8_const("w", {co, ci}, weights, ws, 0);
      const int b = fc.int32_const("b", {co}, bias);
      const int out = fc.int8("out", {n * h * w, co}, s_out, zo);
      fc.op(OpType::FullyConnected, {in, wt, b}, {out}).opt.activation = act;
      fc.input(in);
      fc.output(out);
    }
    ASSERT_EQ(run_int8(conv.m, {input}), run_int8(fc.m, {input})) << "iteration " << iter;
  }
}

struct WindowCase {
  int h, w, fh, fw, stride_h, stride_w, dil_h, dil_w;
  model::Padding padding;
};

WindowCase random_window(Rng& r) {
  WindowCase c;
  for (;;) {
    c.h = r.integer(1, 9);
    c.w = r.integer(1, 9);
    c.fh = r.integer(1, 4);
    c.fw = r.integer(1, 4);
    c.stride_h = r.integer(1, 3);
    c.stride_w = r.integer(1, 3);
    c.dil_h = r.integer(1, 3);
    c.dil_w = r.integer(1, 3);
    c.padding = r.integer(0, 1) ? model::Padding::Same : model::Padding::Valid;
    const int eh = (c.fh - 1) * c.dil_h + 1, ew = (c.fw - 1) * c.dil_w + 1;
    if (c.padding == model::Padding::Same || (eh <= c.h && ew <= c.w)) return c;
  }
}

int out_size(int in, int f, int stride, int dil, model::Padding p) {
  const int eff = (f - 1) * dil + 1;
  return p == model::Padding::Same ? (in + stride - 1) / stride : (in + stride - eff) / stride;
}

TEST(Properties, DepthwiseOneChannelEqualsConv) {
  Rng r(12);
  for (int iter = 0; iter < 80; ++iter) {
    const WindowCase c = random_window(r);
    const int oh = out_size(c.h, c.fh, c.stride_h, c.dil_h, c.padding);
    const int ow = out_size(c.w, c.fw, c.stride_w, c.dil_w, c.padding);
    const float s_in = r.scale(0.01f, 0.2f), s_w = r.scale(0.001f, 0.05f), s_out = r.scale(0.01f, 0.3f);
    const int zi = r.integer(-30, 30), zo = r.integer(-30, 30);
    const std::vector<int8_t> weights = r.bytes(static_cast<size_t>(c.fh) * c.fw, -127, 127);
    const int32_t bias = r.integer(-3000, 3000);
    const std::vector<int8_t> input = r.bytes(static_cast<size_t>(c.h) * c.w);
    auto build = [&](OpType type) {
      ModelBuilder b;
      const int in = b.int8("in", {1, c.h, c.w, 1}, s_in, zi);
      const int wt = b.int8_const("w", {1, c.fh, c.fw, 1}, weights, {s_w}, type == OpType::Conv2D ? 0 : 3);
      const int bb = b.int32_const("b", {1}, {bias});
      const int out = b.int8("out", {1, oh, ow, 1}, s_out, zo);
      auto& op = b.op(type, {in, wt, bb}, {out});
      op.opt.padding = c.padding;
      op.opt.stride_h = c.stride_h;
      op.opt.stride_w = c.stride_w;
      op.opt.dilation_h = c.dil_h;
      op.opt.dilation_w = c.dil_w;
      op.opt.depth_multiplier = 1;
      b.input(in);
      b.output(out);
      return b.m;
    };
    ASSERT_EQ(run_int8(build(OpType::DepthwiseConv2D), {input}), run_int8(build(OpType::Conv2D), {input}))
        << "iteration " << iter;
  }
}

TEST(Properties, GroupedConvOneFilterPerGroupEqualsDepthwise) {
  Rng r(13);
  for (int iter = 0; iter < 60; ++iter) {
    const WindowCase c = random_window(r);
    const int ch = r.integer(1, 6);
    const int oh = out_size(c.h, c.fh, c.stride_h, c.dil_h, c.padding);
    const int ow = out_size(c.w, c.fw, c.stride_w, c.dil_w, c.padding);
    const float s_in = r.scale(0.01f, 0.2f), s_out = r.scale(0.01f, 0.3f);
    const std::vector<float> ws = r.scales(ch);
    const int zi = r.integer(-30, 30), zo = r.integer(-30, 30);
    // Depthwise layout [1, fh, fw, ch]; grouped conv layout [ch, fh, fw, 1].
    const std::vector<int8_t> dw = r.bytes(static_cast<size_t>(c.fh) * c.fw * ch, -127, 127);
    std::vector<int8_t> grouped(dw.size());
    for (int k = 0; k < c.fh * c.fw; ++k) {
      for (int o = 0; o < ch; ++o) grouped[static_cast<size_t>(o) * c.fh * c.fw + k] = dw[static_cast<size_t>(k) * ch + o];
    }
    const std::vector<int32_t> bias = r.ints(ch, -3000, 3000);
    const std::vector<int8_t> input = r.bytes(static_cast<size_t>(c.h) * c.w * ch);
    auto build = [&](OpType type) {
      ModelBuilder b;
      const int in = b.int8("in", {1, c.h, c.w, ch}, s_in, zi);
      const int wt = type == OpType::Conv2D ? b.int8_const("w", {ch, c.fh, c.fw, 1}, grouped, ws, 0)
                                            : b.int8_const("w", {1, c.fh, c.fw, ch}, dw, ws, 3);
      const int bb = b.int32_const("b", {ch}, bias);
      const int out = b.int8("out", {1, oh, ow, ch}, s_out, zo);
      auto& op = b.op(type, {in, wt, bb}, {out});
      op.opt.padding = c.padding;
      op.opt.stride_h = c.stride_h;
      op.opt.stride_w = c.stride_w;
      op.opt.dilation_h = c.dil_h;
      op.opt.dilation_w = c.dil_w;
      op.opt.depth_multiplier = 1;
      op.opt.activation = model::Activation::Relu6;
      b.input(in);
      b.output(out);
      return b.m;
    };
    ASSERT_EQ(run_int8(build(OpType::Conv2D), {input}), run_int8(build(OpType::DepthwiseConv2D), {input}))
        << "iteration " << iter;
  }
}

TEST(Properties, PadWithZeroPointThenValidEqualsSame) {
  // Padding with the input zero point contributes (zp - zp) * w = 0, which
  // is what SAME's skipped taps contribute.
  Rng r(14);
  for (int iter = 0; iter < 60; ++iter) {
    WindowCase c = random_window(r);
    c.padding = model::Padding::Same;
    const int ci = r.integer(1, 4), co = r.integer(1, 4);
    const int oh = out_size(c.h, c.fh, c.stride_h, c.dil_h, c.padding);
    const int ow = out_size(c.w, c.fw, c.stride_w, c.dil_w, c.padding);
    const int th = std::max(0, (oh - 1) * c.stride_h + (c.fh - 1) * c.dil_h + 1 - c.h);
    const int tw = std::max(0, (ow - 1) * c.stride_w + (c.fw - 1) * c.dil_w + 1 - c.w);
    const float s_in = r.scale(0.01f, 0.2f), s_out = r.scale(0.01f, 0.3f);
    const std::vector<float> ws = r.scales(co);
    const int zi = r.integer(-50, 50), zo = r.integer(-30, 30);
    const std::vector<int8_t> weights = r.bytes(static_cast<size_t>(co) * c.fh * c.fw * ci, -127, 127);
    const std::vector<int32_t> bias = r.ints(co, -3000, 3000);
    const std::vector<int8_t> input = r.bytes(static_cast<size_t>(c.h) * c.w * ci);
    auto conv = [&](ModelBuilder& b, int in, model::Padding p) {
      const int wt = b.int8_const("w", {co, c.fh, c.fw, ci}, weights, ws, 0);
      const int bb = b.int32_const("b", {co}, bias);
      const int out = b.int8("out", {1, oh, ow, co}, s_out, zo);
      auto& op = b.op(OpType::Conv2D, {in, wt, bb}, {out});
      op.opt.padding = p;
      op.opt.stride_h = c.stride_h;
      op.opt.stride_w = c.stride_w;
      op.opt.dilation_h = c.dil_h;
      op.opt.dilation_w = c.dil_w;
      b.output(out);
    };
    ModelBuilder same;
    {
      const int in = same.int8("in", {1, c.h, c.w, ci}, s_in, zi);
      same.input(in);
      conv(same, in, model::Padding::Same);
    }
    ModelBuilder padded;
    {
      const int in = padded.int8("in", {1, c.h, c.w, ci}, s_in, zi);
      const int pads = padded.int32_const("p", {4, 2}, {0, 0, th / 2, th - th / 2, tw / 2, tw - tw / 2, 0, 0});
      const int mid = padded.int8("padded", {1, c.h + th, c.w + tw, ci}, s_in, zi);
      padded.op(OpType::Pad, {in, pads}, {mid});
      padded.input(in);
      conv(padded, mid, model::Padding::Valid);
    }
    ASSERT_EQ(run_int8(same.m, {input}), run_int8(padded.m, {input})) << "iteration " << iter;
  }
}

TEST(Properties, PoolingMatchesIndependentFormulas) {
  // AveragePool's integer division rounds half away from zero exactly, so
  // round(sum / count) in double is an exact independent expectation.
  Rng r(15);
  for (int iter = 0; iter < 60; ++iter) {
    WindowCase c = random_window(r);
    c.dil_h = c.dil_w = 1;
    if (c.padding == model::Padding::Valid && (c.fh > c.h || c.fw > c.w)) c.padding = model::Padding::Same;
    const int ch = r.integer(1, 3);
    const int oh = out_size(c.h, c.fh, c.stride_h, 1, c.padding);
    const int ow = out_size(c.w, c.fw, c.stride_w, 1, c.padding);
    const int pad_h = std::max(0, (oh - 1) * c.stride_h + c.fh - c.h) / 2;
    const int pad_w = std::max(0, (ow - 1) * c.stride_w + c.fw - c.w) / 2;
    const std::vector<int8_t> input = r.bytes(static_cast<size_t>(c.h) * c.w * ch);
    std::vector<int8_t> avg, max;
    for (int y = 0; y < oh; ++y) {
      for (int x = 0; x < ow; ++x) {
        for (int k = 0; k < ch; ++k) {
          double sum = 0;
          int count = 0, m = -128;
          for (int fy = 0; fy < c.fh; ++fy) {
            for (int fx = 0; fx < c.fw; ++fx) {
              const int iy = y * c.stride_h - pad_h + fy, ix = x * c.stride_w - pad_w + fx;
              if (iy < 0 || iy >= c.h || ix < 0 || ix >= c.w) continue;
              const int v = input[(static_cast<size_t>(iy) * c.w + ix) * ch + k];
              sum += v;
              ++count;
              m = std::max(m, v);
            }
          }
          avg.push_back(static_cast<int8_t>(std::round(sum / count)));
          max.push_back(static_cast<int8_t>(m));
        }
      }
    }
    for (OpType type : {OpType::AveragePool2D, OpType::MaxPool2D}) {
      ModelBuilder b;
      const int in = b.int8("in", {1, c.h, c.w, ch}, 0.1f, 3);
      const int out = b.int8("out", {1, oh, ow, ch}, 0.1f, 3);
      auto& op = b.op(type, {in}, {out});
      op.opt.padding = c.padding;
      op.opt.filter_h = c.fh;
      op.opt.filter_w = c.fw;
      op.opt.stride_h = c.stride_h;
      op.opt.stride_w = c.stride_w;
      b.input(in);
      b.output(out);
      ASSERT_EQ(run_int8(b.m, {input}), type == OpType::AveragePool2D ? avg : max) << "iteration " << iter;
    }
  }
}

TEST(Properties, BroadcastAddAndMulEqualTiledInputs) {
  Rng r(16);
  for (int iter = 0; iter < 40; ++iter) {
    const Shape out_shape = {r.integer(1, 3), r.integer(1, 4), r.integer(1, 4), r.integer(1, 5)};
    Shape small = out_shape;
    for (auto& d : small) {
      if (r.integer(0, 1)) d = 1;
    }
    const float s1 = r.scale(0.01f, 0.2f), s2 = r.scale(0.01f, 0.2f), so = r.scale(0.02f, 0.4f);
    const int z1 = r.integer(-20, 20), z2 = r.integer(-20, 20), zo = r.integer(-20, 20);
    const int64_t total = static_cast<int64_t>(out_shape[0]) * out_shape[1] * out_shape[2] * out_shape[3];
    const int64_t small_total = static_cast<int64_t>(small[0]) * small[1] * small[2] * small[3];
    const std::vector<int8_t> a = r.bytes(total), bsmall = r.bytes(small_total);
    // Explicitly tiled copy of the broadcast input.
    std::vector<int8_t> btiled(total);
    for (int64_t i = 0; i < total; ++i) {
      int64_t rem = i, src = 0, stride = 1;
      int idx[4];
      for (int d = 3; d >= 0; --d) {
        idx[d] = static_cast<int>(rem % out_shape[d]);
        rem /= out_shape[d];
      }
      for (int d = 3; d >= 0; --d) {
        src += (small[d] == 1 ? 0 : idx[d]) * stride;
        stride *= small[d];
      }
      btiled[i] = bsmall[src];
    }
    for (OpType type : {OpType::Add, OpType::Mul}) {
      ModelBuilder b1, b2;
      for (ModelBuilder* b : {&b1, &b2}) {
        const int x = b->int8("a", out_shape, s1, z1);
        const int y = b->int8("b", b == &b1 ? small : out_shape, s2, z2);
        const int o = b->int8("out", out_shape, so, zo);
        b->op(type, {x, y}, {o}).opt.activation = model::Activation::ReluN1To1;
        b->input(x);
        b->input(y);
        b->output(o);
      }
      ASSERT_EQ(run_int8(b1.m, {a, bsmall}), run_int8(b2.m, {a, btiled})) << "iteration " << iter;
    }
  }
}

TEST(Properties, SoftmaxWithinOneOfFloat) {
  // Fixed-point exp / reciprocal: within one output step of the exact
  // softmax (TFLite Micro's own tests allow the same).
  Rng r(17);
  for (int iter = 0; iter < 200; ++iter) {
    const int depth = r.integer(1, 40);
    const float scale = r.scale(0.01f, 0.5f), beta = r.real(0.5f, 2.0f);
    const std::vector<int8_t> in = r.bytes(depth);
    ModelBuilder b;
    const int x = b.int8("in", {1, depth}, scale, r.integer(-10, 10));
    const int o = b.int8("out", {1, depth}, 1.0f / 256, -128);
    b.op(OpType::Softmax, {x}, {o}).opt.beta = beta;
    b.input(x);
    b.output(o);
    const std::vector<int8_t> got = run_int8(b.m, {in});
    const int mx = *std::max_element(in.begin(), in.end());
    double sum = 0;
    for (int8_t v : in) sum += std::exp(static_cast<double>(beta) * scale * (v - mx));
    for (int i = 0; i < depth; ++i) {
      const double p = std::exp(static_cast<double>(beta) * scale * (in[i] - mx)) / sum;
      const int expected = std::clamp(static_cast<int>(std::round(p * 256)) - 128, -128, 127);
      ASSERT_LE(std::abs(got[i] - expected), 1) << "iteration " << iter << " element " << i << " p " << p;
    }
  }
}

TEST(Properties, LogisticWithinOneOfFloat) {
  Rng r(18);
  std::vector<int8_t> all(256);
  for (int i = 0; i < 256; ++i) all[i] = static_cast<int8_t>(i - 128);
  for (int iter = 0; iter < 60; ++iter) {
    const float scale = r.scale(0.005f, 0.5f);
    const int zp = r.integer(-60, 60);
    ModelBuilder b;
    const int x = b.int8("in", {256}, scale, zp);
    const int o = b.int8("out", {256}, 1.0f / 256, -128);
    b.op(OpType::Logistic, {x}, {o});
    b.input(x);
    b.output(o);
    const std::vector<int8_t> got = run_int8(b.m, {all});
    for (int i = 0; i < 256; ++i) {
      const double v = 1.0 / (1.0 + std::exp(-static_cast<double>(scale) * (all[i] - zp)));
      const int expected = std::clamp(static_cast<int>(std::round(v * 256)) - 128, -128, 127);
      ASSERT_LE(std::abs(got[i] - expected), 1) << "scale " << scale << " zp " << zp << " q " << int(all[i]);
    }
  }
}

TEST(Properties, RequantisingOpsWithinOneOfExact) {
  // QUANTIZE int8->int8 and MEAN round twice (SRDHM then a rounding shift):
  // never more than one step from the correctly rounded real result.
  Rng r(19);
  for (int iter = 0; iter < 60; ++iter) {
    const float si = r.scale(0.01f, 0.5f), so = r.scale(0.01f, 0.5f);
    const int zi = r.integer(-50, 50), zo = r.integer(-50, 50);
    const int n = r.integer(1, 30);
    const std::vector<int8_t> in = r.bytes(static_cast<size_t>(n) * 3);
    {
      ModelBuilder b;
      const int x = b.int8("in", {n, 3}, si, zi);
      const int o = b.int8("out", {n, 3}, so, zo);
      b.op(OpType::Quantize, {x}, {o});
      b.input(x);
      b.output(o);
      const std::vector<int8_t> got = run_int8(b.m, {in});
      for (size_t i = 0; i < in.size(); ++i) {
        const double exact = (in[i] - zi) * static_cast<double>(si) / so + zo;
        ASSERT_LE(std::abs(got[i] - std::clamp(std::round(exact), -128.0, 127.0)), 1.0) << iter;
      }
    }
    {
      ModelBuilder b;
      const int x = b.int8("in", {n, 3}, si, zi);
      const int ax = b.int32_const("axis", {1}, {0});
      const int o = b.int8("out", {3}, so, zo);
      b.op(OpType::Mean, {x, ax}, {o});
      b.input(x);
      b.output(o);
      const std::vector<int8_t> got = run_int8(b.m, {in});
      for (int c = 0; c < 3; ++c) {
        double sum = 0;
        for (int k = 0; k < n; ++k) sum += in[k * 3 + c] - zi;
        const double exact = sum / n * si / so + zo;
        ASSERT_LE(std::abs(got[c] - std::clamp(std::round(exact), -128.0, 127.0)), 1.0) << iter;
      }
    }
  }
}

}  // namespace
}  // namespace tinysim::reference::testing
