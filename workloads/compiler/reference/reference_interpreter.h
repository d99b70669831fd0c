// Host reference interpreter for int8 models: runs a Model operator by
// operator with the arithmetic of TensorFlow Lite's reference int8 kernels
// (tensorflow/lite/kernels/internal/reference/...), bit for bit. It is the
// oracle every target (firmware kernels, NPU models) is compared against, so
// after invoke() every tensor of the graph -- not only the outputs -- can be
// read back for layer-by-layer comparison.
//
// Construction validates and "prepares" every operator (types, shapes,
// quantisation, multipliers, padding); any operator or parameter combination
// that is not supported throws ReferenceError naming the operator index, its
// type and the reason. Nothing in a bad model crashes the interpreter.
//
// Where TFLite's desktop and Micro runtimes differ, this follows the
// integer-only path TFLite Micro (and CMSIS-NN) use on microcontrollers:
// SOFTMAX and LOGISTIC use the fixed-point reference_ops::Softmax /
// reference_integer_ops::Logistic arithmetic, not the float lookup tables of
// the desktop interpreter. README.md in this folder lists such choices and
// the evidence of bit-exactness.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <stdexcept>
#include <vector>

#include "workloads/compiler/ir/model_ir.h"

namespace tinysim::reference {

// Thrown for unsupported or inconsistent models and for misuse of the API.
// The message names the operator ("op 3 (CONV_2D): ...") or tensor.
class ReferenceError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

namespace detail {
class OpKernel;
}

class ReferenceInterpreter {
 public:
  // Copies the model (weights included), validates the graph and prepares
  // every operator.
  explicit ReferenceInterpreter(const model::Model& model);
  ~ReferenceInterpreter();
  ReferenceInterpreter(const ReferenceInterpreter&) = delete;
  ReferenceInterpreter& operator=(const ReferenceInterpreter&) = delete;

  const model::Model& model() const { return model_; }
  size_t input_count() const { return model_.inputs.size(); }
  size_t output_count() const { return model_.outputs.size(); }
  // Tensor index of graph input / output i.
  int32_t input_tensor_index(size_t i) const;
  int32_t output_tensor_index(size_t i) const;

  // Raw little-endian bytes of graph input i; the size must equal the
  // tensor's byte size.
  void set_input(size_t i, std::span<const uint8_t> bytes);
  // Typed conveniences; the input's type must match.
  void set_input(size_t i, std::span<const int8_t> values);
  void set_input(size_t i, std::span<const float> values);

  // Runs every operator in order. All inputs must have been set.
  void invoke();

  // Bytes of graph output i after invoke().
  std::span<const uint8_t> output(size_t i) const;

  // Bytes of any tensor: constants always, computed tensors after invoke()
  // (intermediates keep the values of the last invoke()).
  std::span<const uint8_t> tensor(int32_t tensor_index) const;
  std::vector<int8_t> tensor_int8(int32_t tensor_index) const;
  std::vector<float> tensor_float(int32_t tensor_index) const;
  std::vector<int32_t> tensor_int32(int32_t tensor_index) const;

  // Called after each operator during invoke() with the operator's index,
  // e.g. to compare a target layer by layer as soon as its output exists.
  using OpObserver = std::function<void(int op_index, const model::Operator& op)>;
  void set_op_observer(OpObserver observer) { observer_ = std::move(observer); }

 private:
  void validate_graph();
  void check_tensor_index(int32_t index, const char* what) const;
  void require_computed(int32_t tensor_index) const;

  model::Model model_;
  std::vector<std::vector<uint8_t>> buffers_;
  std::vector<bool> input_set_;
  std::vector<bool> is_constant_;
  std::vector<std::unique_ptr<detail::OpKernel>> kernels_;
  bool invoked_ = false;
  OpObserver observer_;
};

}  // namespace tinysim::reference
