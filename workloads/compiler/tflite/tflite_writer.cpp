#include "workloads/compiler/tflite/tflite_writer.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>

#include "tflite_subset_generated.h"
#include "workloads/compiler/ir/model_check.h"

namespace tinysim::model {
namespace {

namespace fb = ::tflite;

// Operator versions the TFLite converter records for int8 models (what
// kws_ref_model.tflite and friends carry): runtimes pick kernels by them.
int32_t int8_op_version(OpType t) {
  switch (t) {
    case OpType::Conv2D:
    case OpType::DepthwiseConv2D: return 3;
    case OpType::FullyConnected: return 4;
    case OpType::Reshape:
    case OpType::Quantize: return 1;
    default: return 2;
  }
}

fb::TensorType tensor_type(DType t) {
  switch (t) {
    case DType::Int8: return fb::TensorType_INT8;
    case DType::UInt8: return fb::TensorType_UINT8;
    case DType::Int16: return fb::TensorType_INT16;
    case DType::Int32: return fb::TensorType_INT32;
    case DType::Int64: return fb::TensorType_INT64;
    case DType::Float32: return fb::TensorType_FLOAT32;
  }
  return fb::TensorType_INT8;
}

fb::ActivationFunctionType activation(Activation a) {
  switch (a) {
    case Activation::None: return fb::ActivationFunctionType_NONE;
    case Activation::Relu: return fb::ActivationFunctionType_RELU;
    case Activation::ReluN1To1: return fb::ActivationFunctionType_RELU_N1_TO_1;
    case Activation::Relu6: return fb::ActivationFunctionType_RELU6;
  }
  return fb::ActivationFunctionType_NONE;
}

fb::Padding padding(Padding p) { return p == Padding::Same ? fb::Padding_SAME : fb::Padding_VALID; }

class TfliteWriter {
 public:
  explicit TfliteWriter(const Model& m) : m_(m) {}

  std::vector<uint8_t> write() {
    // Buffer 0 is the empty sentinel every tensor without data points to.
    std::vector<flatbuffers::Offset<fb::Buffer>> buffers = {fb::CreateBuffer(fbb_)};
    std::vector<uint32_t> tensor_buffer(m_.tensors.size(), 0);
    for (size_t i = 0; i < m_.tensors.size(); ++i) {
      if (!m_.tensors[i].is_constant()) continue;
      tensor_buffer[i] = static_cast<uint32_t>(buffers.size());
      buffers.push_back(fb::CreateBufferDirect(fbb_, &m_.tensors[i].data));
    }

    std::vector<flatbuffers::Offset<fb::Tensor>> tensors;
    for (size_t i = 0; i < m_.tensors.size(); ++i) tensors.push_back(tensor(m_.tensors[i], tensor_buffer[i]));

    std::vector<flatbuffers::Offset<fb::Operator>> operators;
    for (const Operator& op : m_.ops) operators.push_back(op_table(op));

    std::vector<flatbuffers::Offset<fb::OperatorCode>> codes;
    for (OpType t : code_order_) {
      const int32_t code = static_cast<int32_t>(t);
      // Codes up to 127 go in both fields (older readers only know the byte).
      codes.push_back(fb::CreateOperatorCode(fbb_, static_cast<int8_t>(std::min(code, 127)), 0,
                                             int8_op_version(t), code));
    }

    auto subgraph = fb::CreateSubGraphDirect(fbb_, &tensors, &m_.inputs, &m_.outputs, &operators, "main");
    std::vector<flatbuffers::Offset<fb::SubGraph>> subgraphs = {subgraph};
    auto model = fb::CreateModelDirect(fbb_, 3, &codes, &subgraphs, "tinysim", &buffers);
    fb::FinishModelBuffer(fbb_, model);
    return std::vector<uint8_t>(fbb_.GetBufferPointer(), fbb_.GetBufferPointer() + fbb_.GetSize());
  }

 private:
  flatbuffers::Offset<fb::Tensor> tensor(const Tensor& t, uint32_t buffer) {
    flatbuffers::Offset<fb::QuantizationParameters> quant = 0;
    if (!t.quant.empty()) {
      quant = fb::CreateQuantizationParametersDirect(fbb_, nullptr, nullptr, &t.quant.scale,
                                                     &t.quant.zero_point, fb::QuantizationDetails_NONE, 0,
                                                     t.quant.axis);
    }
    // Names are written with their length: a name may hold NUL bytes.
    auto shape = fbb_.CreateVector(t.shape);
    auto name = fbb_.CreateString(t.name);
    return fb::CreateTensor(fbb_, shape, tensor_type(t.type), buffer, name, quant);
  }

  uint32_t opcode_index(OpType t) {
    auto [it, inserted] = code_index_.emplace(t, static_cast<uint32_t>(code_order_.size()));
    if (inserted) code_order_.push_back(t);
    return it->second;
  }

  flatbuffers::Offset<fb::Operator> op_table(const Operator& op) {
    const OpOptions& o = op.opt;
    fb::BuiltinOptions type = fb::BuiltinOptions_NONE;
    flatbuffers::Offset<void> options = 0;
    switch (op.type) {
      case OpType::Conv2D:
        type = fb::BuiltinOptions_Conv2DOptions;
        options = fb::CreateConv2DOptions(fbb_, padding(o.padding), o.stride_w, o.stride_h,
                                          activation(o.activation), o.dilation_w, o.dilation_h)
                      .Union();
        break;
      case OpType::DepthwiseConv2D:
        type = fb::BuiltinOptions_DepthwiseConv2DOptions;
        options = fb::CreateDepthwiseConv2DOptions(fbb_, padding(o.padding), o.stride_w, o.stride_h,
                                                   o.depth_multiplier, activation(o.activation), o.dilation_w,
                                                   o.dilation_h)
                      .Union();
        break;
      case OpType::AveragePool2D:
      case OpType::MaxPool2D:
        type = fb::BuiltinOptions_Pool2DOptions;
        options = fb::CreatePool2DOptions(fbb_, padding(o.padding), o.stride_w, o.stride_h, o.filter_w,
                                          o.filter_h, activation(o.activation))
                      .Union();
        break;
      case OpType::FullyConnected:
        type = fb::BuiltinOptions_FullyConnectedOptions;
        options = fb::CreateFullyConnectedOptions(fbb_, activation(o.activation),
                                                  fb::FullyConnectedOptionsWeightsFormat_DEFAULT, o.keep_dims)
                      .Union();
        break;
      case OpType::Softmax:
        type = fb::BuiltinOptions_SoftmaxOptions;
        options = fb::CreateSoftmaxOptions(fbb_, o.beta).Union();
        break;
      case OpType::Concatenation:
        type = fb::BuiltinOptions_ConcatenationOptions;
        options = fb::CreateConcatenationOptions(fbb_, o.axis, activation(o.activation)).Union();
        break;
      case OpType::Add:
        type = fb::BuiltinOptions_AddOptions;
        options = fb::CreateAddOptions(fbb_, activation(o.activation)).Union();
        break;
      case OpType::Mul:
        type = fb::BuiltinOptions_MulOptions;
        options = fb::CreateMulOptions(fbb_, activation(o.activation)).Union();
        break;
      case OpType::Reshape: {
        // The output shape, as the converter writes it next to the shape tensor.
        type = fb::BuiltinOptions_ReshapeOptions;
        options = fb::CreateReshapeOptionsDirect(fbb_, &m_.tensors[op.outputs[0]].shape).Union();
        break;
      }
      case OpType::Pad:
        type = fb::BuiltinOptions_PadOptions;
        options = fb::CreatePadOptions(fbb_).Union();
        break;
      case OpType::Mean:
        type = fb::BuiltinOptions_ReducerOptions;
        options = fb::CreateReducerOptions(fbb_, o.keep_dims).Union();
        break;
      case OpType::Quantize:
        type = fb::BuiltinOptions_QuantizeOptions;
        options = fb::CreateQuantizeOptions(fbb_).Union();
        break;
      case OpType::Dequantize:
        type = fb::BuiltinOptions_DequantizeOptions;
        options = fb::CreateDequantizeOptions(fbb_).Union();
        break;
      case OpType::Logistic:
        break;
    }
    return fb::CreateOperatorDirect(fbb_, opcode_index(op.type), &op.inputs, &op.outputs, type, options);
  }

  const Model& m_;
  flatbuffers::FlatBufferBuilder fbb_{1 << 16};
  std::map<OpType, uint32_t> code_index_;
  std::vector<OpType> code_order_;  // operator codes in order of first use
};

}  // namespace

std::vector<uint8_t> write_tflite(const Model& m) {
  check_model(m);
  return TfliteWriter(m).write();
}

void write_tflite_file(const Model& m, const std::string& path) {
  const std::vector<uint8_t> bytes = write_tflite(m);
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) throw TfliteError(path + ": cannot create: " + std::strerror(errno));
  file.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  file.close();
  if (!file) throw TfliteError(path + ": write error: " + std::strerror(errno));
}

}  // namespace tinysim::model
