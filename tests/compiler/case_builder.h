// Pieces shared by the randomised one-operator model generators
// (tests/compiler/op_cases.cpp for the compiler tests, tests/inference/
// mve_cases.cpp for the Helium kernel tests): a seeded random source, a
// builder for one-operator models, window geometry and broadcast shapes.
// Each generator keeps its own distributions (which shapes, strides and
// values it favours); they are passed in as parameters so that a seed keeps
// giving the same model.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "workloads/compiler/generator/prng.h"
#include "workloads/compiler/ir/model_ir.h"

namespace tinysim::testing {

// SplitMix64 with the draws the generators use. The caller mixes the seed
// (each generator has its own constants so their cases differ).
class CaseRng {
 public:
  explicit CaseRng(uint64_t state) : r_(state) {}
  int32_t integer(int32_t lo, int32_t hi) { return r_.integer(lo, hi); }
  bool chance(double p) { return r_.uniform() < p; }
  double uniform(double lo, double hi) { return r_.uniform(lo, hi); }
  // Log-uniform in [lo, hi].
  float scale(double lo, double hi);
  uint64_t next() { return r_.next(); }
  // A uniform int8 value (the top byte of the next draw).
  int8_t int8() { return static_cast<int8_t>(r_.next() >> 56); }

 private:
  model::SplitMix64 r_;
};

std::string shape_str(const std::vector<int32_t>& s);
const char* act_name(model::Activation a);
int64_t element_count(const std::vector<int32_t>& s);

// Appends tensors and operators to a model; every call returns the new
// tensor's index.
class CaseModelBuilder {
 public:
  explicit CaseModelBuilder(const std::string& name) { m_.name = name; }

  // A non-constant tensor; Float32 ones get no quantisation.
  int32_t activation(const std::string& name, std::vector<int32_t> shape, float scale, int32_t zp,
                     model::DType type = model::DType::Int8);
  // Symmetric int8 weights quantised along `axis`; `next_value` gives each
  // element in order.
  int32_t weights(const std::string& name, std::vector<int32_t> shape, std::vector<float> scales, int32_t axis,
                  const std::function<int8_t()>& next_value);
  // Per-tensor int8 constant, uniform random bytes.
  int32_t int8_constant(const std::string& name, std::vector<int32_t> shape, float scale, int32_t zp, CaseRng& rng);
  // Int32 constant (bias, paddings, axes, shape), with scales when it is a bias.
  int32_t int32_constant(const std::string& name, std::vector<int32_t> shape, const std::vector<int32_t>& values,
                         std::vector<float> scales = {});
  void op(model::OpType type, std::vector<int32_t> inputs, int32_t output, const model::OpOptions& opt = {});
  void io(std::vector<int32_t> inputs, std::vector<int32_t> outputs);
  model::Model take() { return std::move(m_); }

 private:
  int32_t add(model::Tensor t);
  model::Model m_;
};

// `n` weight scales, each `base` times a factor uniform in [0.5, 2].
std::vector<float> random_weight_scales(CaseRng& rng, int32_t n, float base);

// `n` bias values uniform in [-span, span].
std::vector<int32_t> random_bias_values(CaseRng& rng, int32_t n, int32_t span);

// TFLite's output size of a window; -1 when VALID does not fit.
int32_t window_out_size(int32_t in, int32_t filter, int32_t stride, int32_t dilation, model::Padding p);

struct Window {
  int32_t kh = 1, kw = 1, sh = 1, sw = 1, dh = 1, dw = 1, oh = 0, ow = 0;
  model::Padding padding = model::Padding::Valid;
};

// How a generator draws one side of a window (each called once for the
// height, then once for the width).
struct WindowDraws {
  std::function<int32_t(CaseRng&)> kernel, stride, dilation;
};

// Draws kernel, stride, dilation and SAME/VALID (even odds) until the output
// over an in_h x in_w image is not empty.
Window random_window(CaseRng& rng, int32_t in_h, int32_t in_w, const WindowDraws& draws);
std::string window_str(const Window& w);
// Options of a convolution / a pooling operator over `w`.
model::OpOptions conv_options(const Window& w, int32_t depth_multiplier, model::Activation act);
model::OpOptions pool_options(const Window& w, model::Activation act);

// Two shapes that broadcast: a random output shape (rank 1..4, dimension d
// of `rank` drawn by `dim`), then each input drops leading dimensions and
// sets some dimensions to 1; `out` becomes the broadcast of the two.
void broadcast_shapes(CaseRng& rng, const std::function<int32_t(int d, int rank)>& dim, std::vector<int32_t>& a,
                      std::vector<int32_t>& b, std::vector<int32_t>& out);

// The drawn parameters of an ADD or MUL case.
struct BinaryCaseParams {
  std::vector<int32_t> shape1, shape2, out_shape;
  float scale1 = 0, scale2 = 0, out_scale = 0;
  int32_t zp1 = 0, zp2 = 0, out_zp = 0;
  model::Activation act = model::Activation::None;
  bool constant_second = false;  // the second input is a random int8 constant, not a graph input
};

// The one-operator ADD (`add`) or MUL model of `p`; `rng` fills a constant
// second input. `description` receives the shapes and quantisation.
model::Model binary_case_model(CaseRng& rng, bool add, const BinaryCaseParams& p, std::string& description);

}  // namespace tinysim::testing
