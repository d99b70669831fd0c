// Internal interface between the reference interpreter and its operator
// kernels: a prepare-time view of one operator (OpContext, which validates
// and reports errors naming the operator), and the prepared kernel
// (OpKernel) that runs on the interpreter's tensor buffers.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "workloads/compiler/ir/model_ir.h"
#include "workloads/compiler/quant/op_params.h"
#include "workloads/compiler/reference/reference_interpreter.h"

namespace tinysim::reference::detail {

using Buffers = std::vector<std::vector<uint8_t>>;
using Shape = std::vector<int32_t>;

// Element count of a shape (validated non-negative and small by the
// interpreter before any kernel is prepared).
int64_t element_count(const Shape& shape);
std::string shape_string(const Shape& shape);
// "op 3 (CONV_2D)"
std::string op_label(int op_index, const model::Operator& op);

class OpContext {
 public:
  OpContext(const model::Model& model, int op_index) : model_(model), index_(op_index) {}

  const model::Model& model() const { return model_; }
  const model::Operator& op() const { return model_.ops[index_]; }
  int index() const { return index_; }
  std::string label() const { return op_label(index_, op()); }

  // Throws ReferenceError("op N (TYPE): why").
  [[noreturn]] void fail(const std::string& why) const;

  // Number of inputs must be in [min, max], outputs exactly `outputs`.
  void expect_arity(size_t min_inputs, size_t max_inputs, size_t outputs) const;
  // Input i exists and is not the "absent" marker -1.
  bool has_input(size_t i) const;
  int32_t input_index(size_t i) const;
  int32_t output_index(size_t i) const;
  const model::Tensor& input(size_t i) const { return model_.tensors[input_index(i)]; }
  const model::Tensor& output(size_t i) const { return model_.tensors[output_index(i)]; }

  // Type checks; `role` names the tensor in messages ("input", "filter").
  void expect_type(const model::Tensor& t, model::DType type, const std::string& role) const;
  void expect_rank(const model::Tensor& t, size_t rank, const std::string& role) const;
  void expect_constant(const model::Tensor& t, const std::string& role) const;
  // Per-tensor quantisation: exactly one positive finite scale, one zero
  // point, in [-128, 127] for int8 tensors.
  float scale(const model::Tensor& t, const std::string& role) const;
  int32_t zero_point(const model::Tensor& t, const std::string& role) const;
  // Weights: per-tensor, or per-channel along `axis` with `channels` entries;
  // all zero points must be 0 (TFLite int8 kernels use symmetric weights).
  std::vector<float> weight_scales(const model::Tensor& t, int32_t axis, int32_t channels,
                                   const std::string& role) const;
  // Output shape as the model states it must equal the computed one.
  void expect_output_shape(const model::Tensor& t, const Shape& computed) const;

  quant::FusedActivation activation() const;

  // A multiplier the int32 fixed-point code can apply: shift in [-31, 31]
  // (beyond that TFLite shifts an int32 by 32 or more, which is undefined;
  // it needs real multipliers >= 2^31, far outside any trained model).
  void expect_usable(const quant::QuantizedMultiplier& m, const std::string& what) const;
  void expect_usable(const std::vector<int32_t>& shifts, const std::string& what) const;

 private:
  const model::Model& model_;
  int index_;
};

// A prepared operator. run() reads its inputs from and writes its outputs to
// the interpreter's buffers (indexed by tensor index).
class OpKernel {
 public:
  explicit OpKernel(std::string label) : label_(std::move(label)) {}
  virtual ~OpKernel() = default;
  virtual void run(Buffers& buffers) const = 0;
  const std::string& label() const { return label_; }

 protected:
  [[noreturn]] void fail(const std::string& why) const { throw ReferenceError(label_ + ": " + why); }

 private:
  std::string label_;
};

// Typed views of a buffer (host is little-endian like every target).
inline const int8_t* as_int8(const std::vector<uint8_t>& b) { return reinterpret_cast<const int8_t*>(b.data()); }
inline int8_t* as_int8(std::vector<uint8_t>& b) { return reinterpret_cast<int8_t*>(b.data()); }
std::vector<int32_t> read_int32(const std::vector<uint8_t>& bytes);
std::vector<float> read_float(const std::vector<uint8_t>& bytes);
// Integer contents of a constant INT32 or INT64 tensor (axis lists, paddings).
std::vector<int64_t> read_index_tensor(const OpContext& ctx, const model::Tensor& t, const std::string& role);

// One prepare function per supported operator (kernels_*.cpp).
std::unique_ptr<OpKernel> prepare_conv_2d(const OpContext& ctx);
std::unique_ptr<OpKernel> prepare_depthwise_conv_2d(const OpContext& ctx);
std::unique_ptr<OpKernel> prepare_fully_connected(const OpContext& ctx);
std::unique_ptr<OpKernel> prepare_average_pool_2d(const OpContext& ctx);
std::unique_ptr<OpKernel> prepare_max_pool_2d(const OpContext& ctx);
std::unique_ptr<OpKernel> prepare_add(const OpContext& ctx);
std::unique_ptr<OpKernel> prepare_mul(const OpContext& ctx);
std::unique_ptr<OpKernel> prepare_reshape(const OpContext& ctx);
std::unique_ptr<OpKernel> prepare_softmax(const OpContext& ctx);
std::unique_ptr<OpKernel> prepare_logistic(const OpContext& ctx);
std::unique_ptr<OpKernel> prepare_pad(const OpContext& ctx);
std::unique_ptr<OpKernel> prepare_concatenation(const OpContext& ctx);
std::unique_ptr<OpKernel> prepare_mean(const OpContext& ctx);
std::unique_ptr<OpKernel> prepare_quantize(const OpContext& ctx);
std::unique_ptr<OpKernel> prepare_dequantize(const OpContext& ctx);

// Dispatch on the operator type; unsupported types fail with the list of
// supported ones.
std::unique_ptr<OpKernel> prepare_operator(const OpContext& ctx);

}  // namespace tinysim::reference::detail
