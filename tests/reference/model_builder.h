// Small helpers to build single-operator (or tiny) int8 models for the
// reference interpreter tests, plus the quantisation helpers TFLite's own
// kernel tests use to turn their float test data into tensors.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <vector>

#include "workloads/compiler/ir/model_ir.h"
#include "workloads/compiler/reference/reference_interpreter.h"

namespace tinysim::reference::testing {

using model::DType;
using model::OpType;
using Shape = std::vector<int32_t>;

class ModelBuilder {
 public:
  int tensor(const std::string& name, DType type, Shape shape, std::vector<float> scales = {},
             std::vector<int64_t> zero_points = {}, int32_t axis = 0) {
    model::Tensor t;
    t.name = name;
    t.type = type;
    t.shape = std::move(shape);
    t.quant.scale = std::move(scales);
    t.quant.zero_point = std::move(zero_points);
    t.quant.axis = axis;
    if (!t.quant.scale.empty() && t.quant.zero_point.empty()) t.quant.zero_point.assign(t.quant.scale.size(), 0);
    m.tensors.push_back(std::move(t));
    return static_cast<int>(m.tensors.size()) - 1;
  }

  // Per-tensor quantised int8 activation.
  int int8(const std::string& name, Shape shape, float scale, int64_t zero_point) {
    return tensor(name, DType::Int8, std::move(shape), {scale}, {zero_point});
  }

  int float32(const std::string& name, Shape shape) { return tensor(name, DType::Float32, std::move(shape)); }

  // Constant int8 weights, per-tensor (one scale) or per-channel along axis.
  int int8_const(const std::string& name, Shape shape, const std::vector<int8_t>& data, std::vector<float> scales,
                 int32_t axis = 0, std::vector<int64_t> zero_points = {}) {
    const int t = tensor(name, DType::Int8, std::move(shape), std::move(scales), std::move(zero_points), axis);
    m.tensors[t].data.resize(data.size());
    std::memcpy(m.tensors[t].data.data(), data.data(), data.size());
    return t;
  }

  int int32_const(const std::string& name, Shape shape, const std::vector<int32_t>& data) {
    const int t = tensor(name, DType::Int32, std::move(shape));
    m.tensors[t].data.resize(data.size() * 4);
    std::memcpy(m.tensors[t].data.data(), data.data(), data.size() * 4);
    return t;
  }

  model::Operator& op(OpType type, std::vector<int32_t> inputs, std::vector<int32_t> outputs) {
    model::Operator o;
    o.type = type;
    o.inputs = std::move(inputs);
    o.outputs = std::move(outputs);
    m.ops.push_back(std::move(o));
    return m.ops.back();
  }

  void input(int t) { m.inputs.push_back(t); }
  void output(int t) { m.outputs.push_back(t); }

  model::Model m;
};

inline std::vector<int8_t> to_int8(std::span<const uint8_t> bytes) {
  return std::vector<int8_t>(reinterpret_cast<const int8_t*>(bytes.data()),
                             reinterpret_cast<const int8_t*>(bytes.data()) + bytes.size());
}

// Runs a model whose inputs are all int8 and returns graph output 0.
inline std::vector<int8_t> run_int8(const model::Model& m, const std::vector<std::vector<int8_t>>& inputs) {
  ReferenceInterpreter interp(m);
  for (size_t i = 0; i < inputs.size(); ++i) interp.set_input(i, std::span<const int8_t>(inputs[i]));
  interp.invoke();
  return to_int8(interp.output(0));
}

// tflite::FloatToQuantizedType (TFLite Micro test helpers) and TFLite's
// QuantizeAndPopulate: round(value / scale) + zero_point in float, clamped.
inline int8_t tflite_quantize(float value, float scale, int32_t zero_point) {
  const int32_t q = static_cast<int32_t>(std::round(value / scale)) + zero_point;
  return static_cast<int8_t>(std::clamp<int32_t>(q, -128, 127));
}

inline std::vector<int8_t> tflite_quantize(const std::vector<float>& values, float scale, int32_t zero_point) {
  std::vector<int8_t> out;
  for (float v : values) out.push_back(tflite_quantize(v, scale, zero_point));
  return out;
}

// TFLite's PerChannelSymmetricQuantizeAndPopulate: round(value * (1/scale))
// clamped to [-127, 127], channel along `axis` of `shape`.
inline std::vector<int8_t> tflite_symmetric_per_channel(const std::vector<float>& values, const Shape& shape,
                                                        int32_t axis, const std::vector<float>& scales) {
  int64_t inner = 1;
  for (size_t d = axis + 1; d < shape.size(); ++d) inner *= shape[d];
  std::vector<int8_t> out;
  for (size_t i = 0; i < values.size(); ++i) {
    const size_t c = scales.size() == 1 ? 0 : (i / inner) % shape[axis];
    const float inv = 1.0f / scales[c];
    const int32_t q = static_cast<int32_t>(std::round(values[i] * inv));
    out.push_back(static_cast<int8_t>(std::clamp<int32_t>(q, -127, 127)));
  }
  return out;
}

// TFLite's PerChannelQuantizeBias: value / (input_scale * filter_scale[c]),
// converted to int32 by truncation as the test helper does.
inline std::vector<int32_t> tflite_bias(const std::vector<float>& values, float input_scale,
                                        const std::vector<float>& filter_scales) {
  std::vector<int32_t> out;
  for (size_t i = 0; i < values.size(); ++i) {
    const float scale = input_scale * filter_scales[filter_scales.size() == 1 ? 0 : i];
    out.push_back(static_cast<int32_t>(values[i] / scale));
  }
  return out;
}

}  // namespace tinysim::reference::testing
