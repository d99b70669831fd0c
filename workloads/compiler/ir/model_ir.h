// The model as the compiler and the host reference interpreter see it: a
// graph of int8 operators over tensors, independent of the file format it was
// read from (.tflite today) and of the target it will be compiled for.
//
// Data flows one way: tflite reader (or the built-in generator) -> Model ->
// {reference interpreter, compiler backends}. Nothing here knows about
// flatbuffers or about any target.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tinysim::model {

enum class DType : uint8_t { Int8, UInt8, Int16, Int32, Int64, Float32 };
const char* dtype_name(DType t);
int dtype_size(DType t);

// Affine quantisation real = scale * (q - zero_point). Per-tensor: one scale;
// per-channel (convolution weights, biases): one per index along `axis`.
struct Quantization {
  std::vector<float> scale;
  std::vector<int64_t> zero_point;
  int32_t axis = 0;
  bool empty() const { return scale.empty(); }
  bool per_channel() const { return scale.size() > 1; }
};

struct Tensor {
  std::string name;
  DType type = DType::Int8;
  std::vector<int32_t> shape;          // TFLite order (NHWC for activations, OHWI for conv weights)
  Quantization quant;
  std::vector<uint8_t> data;           // constant contents (weights, biases), empty for activations
  bool is_constant() const { return !data.empty(); }
  int64_t elements() const;
  int64_t bytes() const { return elements() * dtype_size(type); }
};

// Values are TFLite's BuiltinOperator codes, so messages can name any
// operator a file holds, supported or not.
enum class OpType : int32_t {
  Add = 0, AveragePool2D = 1, Concatenation = 2, Conv2D = 3, DepthwiseConv2D = 4,
  Dequantize = 6, FullyConnected = 9, Logistic = 14, MaxPool2D = 17, Mul = 18,
  Reshape = 22, Softmax = 25, Pad = 34, Mean = 40, Quantize = 114,
};
const char* op_name(OpType t);                 // "CONV_2D"
const char* builtin_op_name(int32_t code);     // any TFLite builtin code, "UNKNOWN(n)" otherwise
bool is_supported_op(int32_t code);
std::string supported_ops_list();              // "CONV_2D, DEPTHWISE_CONV_2D, ..."

enum class Activation : uint8_t { None, Relu, ReluN1To1, Relu6 };
enum class Padding : uint8_t { Same, Valid };

// Operator options (only the fields of the operator's type are meaningful).
struct OpOptions {
  Padding padding = Padding::Valid;
  int32_t stride_w = 1, stride_h = 1;
  int32_t dilation_w = 1, dilation_h = 1;
  int32_t filter_w = 1, filter_h = 1;   // pooling window
  int32_t depth_multiplier = 1;
  Activation activation = Activation::None;
  int32_t axis = 0;                     // CONCATENATION
  bool keep_dims = false;               // MEAN, FULLY_CONNECTED
  float beta = 1.0f;                    // SOFTMAX
};

struct Operator {
  OpType type = OpType::Add;
  std::vector<int32_t> inputs;          // tensor indices, -1 = optional input absent
  std::vector<int32_t> outputs;
  OpOptions opt;
};

struct Model {
  std::string name;                     // file stem or generator name
  std::vector<Tensor> tensors;
  std::vector<Operator> ops;            // in execution order
  std::vector<int32_t> inputs, outputs; // graph inputs and outputs (tensor indices)
};

// Multiply-accumulates of one operator (CONV_2D, DEPTHWISE_CONV_2D,
// FULLY_CONNECTED; element count for element-wise ops is not a MAC).
int64_t op_macs(const Model& m, const Operator& op);

}  // namespace tinysim::model
