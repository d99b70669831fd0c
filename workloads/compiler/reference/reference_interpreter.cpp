#include "workloads/compiler/reference/reference_interpreter.h"

#include <cstring>

#include "workloads/compiler/reference/op_kernel.h"

namespace tinysim::reference {

namespace {

constexpr int64_t kMaxTensorBytes = int64_t{1} << 31;

std::string tensor_label(const model::Model& m, int32_t index) {
  return "tensor " + std::to_string(index) + " '" + m.tensors[index].name + "'";
}

}  // namespace

ReferenceInterpreter::ReferenceInterpreter(const model::Model& model) : model_(model) {
  validate_graph();
  kernels_.reserve(model_.ops.size());
  for (size_t i = 0; i < model_.ops.size(); ++i) {
    kernels_.push_back(detail::prepare_operator(detail::OpContext(model_, static_cast<int>(i))));
  }
}

ReferenceInterpreter::~ReferenceInterpreter() = default;

// Everything a kernel may take for granted: indices in range, shapes
// non-negative and of sane size, constant data of the right size, every
// tensor read before being written is a constant or a graph input, no tensor
// written twice.
void ReferenceInterpreter::validate_graph() {
  const size_t n = model_.tensors.size();
  buffers_.resize(n);
  is_constant_.assign(n, false);
  for (size_t t = 0; t < n; ++t) {
    const model::Tensor& tensor = model_.tensors[t];
    const int32_t index = static_cast<int32_t>(t);
    int64_t elements = 1;
    for (int32_t d : tensor.shape) {
      if (d < 0) throw ReferenceError(tensor_label(model_, index) + " has a negative dimension");
      elements *= d;
      if (elements > kMaxTensorBytes) throw ReferenceError(tensor_label(model_, index) + " is too large");
    }
    const int size = model::dtype_size(tensor.type);
    if (size <= 0) throw ReferenceError(tensor_label(model_, index) + " has an unknown element type");
    const int64_t bytes = elements * size;
    if (bytes > kMaxTensorBytes) throw ReferenceError(tensor_label(model_, index) + " is too large");
    if (tensor.is_constant()) {
      if (static_cast<int64_t>(tensor.data.size()) != bytes) {
        throw ReferenceError(tensor_label(model_, index) + " holds " + std::to_string(tensor.data.size()) +
                             " bytes of constant data, its shape needs " + std::to_string(bytes));
      }
      buffers_[t] = tensor.data;
      is_constant_[t] = true;
    } else {
      buffers_[t].assign(static_cast<size_t>(bytes), 0);
    }
  }
  std::vector<bool> available = is_constant_;
  input_set_.assign(model_.inputs.size(), false);
  for (size_t i = 0; i < model_.inputs.size(); ++i) {
    check_tensor_index(model_.inputs[i], "graph input");
    if (is_constant_[model_.inputs[i]]) {
      throw ReferenceError("graph input " + std::to_string(i) + " is the constant " +
                           tensor_label(model_, model_.inputs[i]));
    }
    available[model_.inputs[i]] = true;
  }
  for (size_t i = 0; i < model_.outputs.size(); ++i) check_tensor_index(model_.outputs[i], "graph output");
  for (size_t o = 0; o < model_.ops.size(); ++o) {
    const model::Operator& op = model_.ops[o];
    const std::string label = detail::op_label(static_cast<int>(o), op);
    for (size_t i = 0; i < op.inputs.size(); ++i) {
      const int32_t t = op.inputs[i];
      if (t == -1) continue;  // optional input absent; kernels decide whether that is allowed
      if (t < 0 || static_cast<size_t>(t) >= n) {
        throw ReferenceError(label + ": input " + std::to_string(i) + " refers to tensor " + std::to_string(t) +
                             ", the model has " + std::to_string(n));
      }
      if (!available[t]) {
        throw ReferenceError(label + ": input " + std::to_string(i) + " " + tensor_label(model_, t) +
                             " is neither a constant, a graph input nor written by an earlier operator");
      }
    }
    for (size_t i = 0; i < op.outputs.size(); ++i) {
      const int32_t t = op.outputs[i];
      if (t < 0 || static_cast<size_t>(t) >= n) {
        throw ReferenceError(label + ": output " + std::to_string(i) + " refers to tensor " + std::to_string(t) +
                             ", the model has " + std::to_string(n));
      }
      if (available[t]) {
        throw ReferenceError(label + ": output " + tensor_label(model_, t) +
                             " is already a constant, a graph input or another operator's output");
      }
      available[t] = true;
    }
  }
  for (size_t i = 0; i < model_.outputs.size(); ++i) {
    if (!available[model_.outputs[i]]) {
      throw ReferenceError("graph output " + std::to_string(i) + " " + tensor_label(model_, model_.outputs[i]) +
                           " is never written");
    }
  }
}

void ReferenceInterpreter::check_tensor_index(int32_t index, const char* what) const {
  if (index < 0 || static_cast<size_t>(index) >= model_.tensors.size()) {
    throw ReferenceError(std::string(what) + " refers to tensor " + std::to_string(index) + ", the model has " +
                         std::to_string(model_.tensors.size()));
  }
}

int32_t ReferenceInterpreter::input_tensor_index(size_t i) const {
  if (i >= model_.inputs.size()) {
    throw ReferenceError("graph input " + std::to_string(i) + " does not exist (model has " +
                         std::to_string(model_.inputs.size()) + ")");
  }
  return model_.inputs[i];
}

int32_t ReferenceInterpreter::output_tensor_index(size_t i) const {
  if (i >= model_.outputs.size()) {
    throw ReferenceError("graph output " + std::to_string(i) + " does not exist (model has " +
                         std::to_string(model_.outputs.size()) + ")");
  }
  return model_.outputs[i];
}

void ReferenceInterpreter::set_input(size_t i, std::span<const uint8_t> bytes) {
  const int32_t t = input_tensor_index(i);
  if (bytes.size() != buffers_[t].size()) {
    throw ReferenceError("graph input " + std::to_string(i) + " " + tensor_label(model_, t) + " takes " +
                         std::to_string(buffers_[t].size()) + " bytes, got " + std::to_string(bytes.size()));
  }
  std::memcpy(buffers_[t].data(), bytes.data(), bytes.size());
  input_set_[i] = true;
}

void ReferenceInterpreter::set_input(size_t i, std::span<const int8_t> values) {
  const int32_t t = input_tensor_index(i);
  if (model_.tensors[t].type != model::DType::Int8) {
    throw ReferenceError("graph input " + std::to_string(i) + " " + tensor_label(model_, t) + " is " +
                         model::dtype_name(model_.tensors[t].type) + ", not int8");
  }
  set_input(i, std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(values.data()), values.size()));
}

void ReferenceInterpreter::set_input(size_t i, std::span<const float> values) {
  const int32_t t = input_tensor_index(i);
  if (model_.tensors[t].type != model::DType::Float32) {
    throw ReferenceError("graph input " + std::to_string(i) + " " + tensor_label(model_, t) + " is " +
                         model::dtype_name(model_.tensors[t].type) + ", not float32");
  }
  set_input(i, std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(values.data()), values.size_bytes()));
}

void ReferenceInterpreter::invoke() {
  for (size_t i = 0; i < input_set_.size(); ++i) {
    if (!input_set_[i]) {
      throw ReferenceError("graph input " + std::to_string(i) + " " + tensor_label(model_, model_.inputs[i]) +
                           " was not set before invoke()");
    }
  }
  for (size_t o = 0; o < kernels_.size(); ++o) {
    kernels_[o]->run(buffers_);
    if (observer_) observer_(static_cast<int>(o), model_.ops[o]);
  }
  invoked_ = true;
}

void ReferenceInterpreter::require_computed(int32_t tensor_index) const {
  check_tensor_index(tensor_index, "tensor access");
  if (!invoked_ && !is_constant_[tensor_index]) {
    throw ReferenceError(tensor_label(model_, tensor_index) + " has no value before invoke()");
  }
}

std::span<const uint8_t> ReferenceInterpreter::output(size_t i) const { return tensor(output_tensor_index(i)); }

std::span<const uint8_t> ReferenceInterpreter::tensor(int32_t tensor_index) const {
  require_computed(tensor_index);
  return buffers_[tensor_index];
}

std::vector<int8_t> ReferenceInterpreter::tensor_int8(int32_t tensor_index) const {
  require_computed(tensor_index);
  if (model_.tensors[tensor_index].type != model::DType::Int8) {
    throw ReferenceError(tensor_label(model_, tensor_index) + " is not int8");
  }
  const auto& b = buffers_[tensor_index];
  return std::vector<int8_t>(reinterpret_cast<const int8_t*>(b.data()),
                             reinterpret_cast<const int8_t*>(b.data()) + b.size());
}

std::vector<float> ReferenceInterpreter::tensor_float(int32_t tensor_index) const {
  require_computed(tensor_index);
  if (model_.tensors[tensor_index].type != model::DType::Float32) {
    throw ReferenceError(tensor_label(model_, tensor_index) + " is not float32");
  }
  return detail::read_float(buffers_[tensor_index]);
}

std::vector<int32_t> ReferenceInterpreter::tensor_int32(int32_t tensor_index) const {
  require_computed(tensor_index);
  if (model_.tensors[tensor_index].type != model::DType::Int32) {
    throw ReferenceError(tensor_label(model_, tensor_index) + " is not int32");
  }
  return detail::read_int32(buffers_[tensor_index]);
}

}  // namespace tinysim::reference
