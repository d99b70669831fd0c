#include "workloads/compiler/ir/model_ir.h"

#include <array>
#include <map>
#include <mutex>

namespace tinysim::model {

const char* dtype_name(DType t) {
  switch (t) {
    case DType::Int8: return "int8";
    case DType::UInt8: return "uint8";
    case DType::Int16: return "int16";
    case DType::Int32: return "int32";
    case DType::Int64: return "int64";
    case DType::Float32: return "float32";
  }
  return "invalid";
}

int dtype_size(DType t) {
  switch (t) {
    case DType::Int8:
    case DType::UInt8: return 1;
    case DType::Int16: return 2;
    case DType::Int32:
    case DType::Float32: return 4;
    case DType::Int64: return 8;
  }
  return 0;
}

int64_t Tensor::elements() const {
  int64_t n = 1;
  for (int32_t d : shape) n *= d;
  return n;
}

namespace {

// BuiltinOperator names of TFLite's schema.fbs, indexed by code (0..205).
constexpr std::array kBuiltinNames = {
    "ADD", "AVERAGE_POOL_2D", "CONCATENATION", "CONV_2D", "DEPTHWISE_CONV_2D", "DEPTH_TO_SPACE",
    "DEQUANTIZE", "EMBEDDING_LOOKUP", "FLOOR", "FULLY_CONNECTED", "HASHTABLE_LOOKUP",
    "L2_NORMALIZATION", "L2_POOL_2D", "LOCAL_RESPONSE_NORMALIZATION", "LOGISTIC",
    "LSH_PROJECTION", "LSTM", "MAX_POOL_2D", "MUL", "RELU", "RELU_N1_TO_1", "RELU6", "RESHAPE",
    "RESIZE_BILINEAR", "RNN", "SOFTMAX", "SPACE_TO_DEPTH", "SVDF", "TANH", "CONCAT_EMBEDDINGS",
    "SKIP_GRAM", "CALL", "CUSTOM", "EMBEDDING_LOOKUP_SPARSE", "PAD",
    "UNIDIRECTIONAL_SEQUENCE_RNN", "GATHER", "BATCH_TO_SPACE_ND", "SPACE_TO_BATCH_ND",
    "TRANSPOSE", "MEAN", "SUB", "DIV", "SQUEEZE", "UNIDIRECTIONAL_SEQUENCE_LSTM",
    "STRIDED_SLICE", "BIDIRECTIONAL_SEQUENCE_RNN", "EXP", "TOPK_V2", "SPLIT", "LOG_SOFTMAX",
    "DELEGATE", "BIDIRECTIONAL_SEQUENCE_LSTM", "CAST", "PRELU", "MAXIMUM", "ARG_MAX", "MINIMUM",
    "LESS", "NEG", "PADV2", "GREATER", "GREATER_EQUAL", "LESS_EQUAL", "SELECT", "SLICE", "SIN",
    "TRANSPOSE_CONV", "SPARSE_TO_DENSE", "TILE", "EXPAND_DIMS", "EQUAL", "NOT_EQUAL", "LOG",
    "SUM", "SQRT", "RSQRT", "SHAPE", "POW", "ARG_MIN", "FAKE_QUANT", "REDUCE_PROD",
    "REDUCE_MAX", "PACK", "LOGICAL_OR", "ONE_HOT", "LOGICAL_AND", "LOGICAL_NOT", "UNPACK",
    "REDUCE_MIN", "FLOOR_DIV", "REDUCE_ANY", "SQUARE", "ZEROS_LIKE", "FILL", "FLOOR_MOD",
    "RANGE", "RESIZE_NEAREST_NEIGHBOR", "LEAKY_RELU", "SQUARED_DIFFERENCE", "MIRROR_PAD", "ABS",
    "SPLIT_V", "UNIQUE", "CEIL", "REVERSE_V2", "ADD_N", "GATHER_ND", "COS", "WHERE", "RANK",
    "ELU", "REVERSE_SEQUENCE", "MATRIX_DIAG", "QUANTIZE", "MATRIX_SET_DIAG", "ROUND",
    "HARD_SWISH", "IF", "WHILE", "NON_MAX_SUPPRESSION_V4", "NON_MAX_SUPPRESSION_V5",
    "SCATTER_ND", "SELECT_V2", "DENSIFY", "SEGMENT_SUM", "BATCH_MATMUL",
    "PLACEHOLDER_FOR_GREATER_OP_CODES", "CUMSUM", "CALL_ONCE", "BROADCAST_TO", "RFFT2D",
    "CONV_3D", "IMAG", "REAL", "COMPLEX_ABS", "HASHTABLE", "HASHTABLE_FIND", "HASHTABLE_IMPORT",
    "HASHTABLE_SIZE", "REDUCE_ALL", "CONV_3D_TRANSPOSE", "VAR_HANDLE", "READ_VARIABLE",
    "ASSIGN_VARIABLE", "BROADCAST_ARGS", "RANDOM_STANDARD_NORMAL", "BUCKETIZE",
    "RANDOM_UNIFORM", "MULTINOMIAL", "GELU", "DYNAMIC_UPDATE_SLICE", "RELU_0_TO_1",
    "UNSORTED_SEGMENT_PROD", "UNSORTED_SEGMENT_MAX", "UNSORTED_SEGMENT_SUM", "ATAN2",
    "UNSORTED_SEGMENT_MIN", "SIGN", "BITCAST", "BITWISE_XOR", "RIGHT_SHIFT",
    "STABLEHLO_LOGISTIC", "STABLEHLO_ADD", "STABLEHLO_DIVIDE", "STABLEHLO_MULTIPLY",
    "STABLEHLO_MAXIMUM", "STABLEHLO_RESHAPE", "STABLEHLO_CLAMP", "STABLEHLO_CONCATENATE",
    "STABLEHLO_BROADCAST_IN_DIM", "STABLEHLO_CONVOLUTION", "STABLEHLO_SLICE",
    "STABLEHLO_CUSTOM_CALL", "STABLEHLO_REDUCE", "STABLEHLO_ABS", "STABLEHLO_AND",
    "STABLEHLO_COSINE", "STABLEHLO_EXPONENTIAL", "STABLEHLO_FLOOR", "STABLEHLO_LOG",
    "STABLEHLO_MINIMUM", "STABLEHLO_NEGATE", "STABLEHLO_OR", "STABLEHLO_POWER",
    "STABLEHLO_REMAINDER", "STABLEHLO_RSQRT", "STABLEHLO_SELECT", "STABLEHLO_SUBTRACT",
    "STABLEHLO_TANH", "STABLEHLO_SCATTER", "STABLEHLO_COMPARE", "STABLEHLO_CONVERT",
    "STABLEHLO_DYNAMIC_SLICE", "STABLEHLO_DYNAMIC_UPDATE_SLICE", "STABLEHLO_PAD",
    "STABLEHLO_IOTA", "STABLEHLO_DOT_GENERAL", "STABLEHLO_REDUCE_WINDOW", "STABLEHLO_SORT",
    "STABLEHLO_WHILE", "STABLEHLO_GATHER", "STABLEHLO_TRANSPOSE", "DILATE",
    "STABLEHLO_RNG_BIT_GENERATOR", "REDUCE_WINDOW",
};

// The operators the reader accepts, in the order messages list them.
constexpr std::array kSupportedOps = {
    OpType::Conv2D, OpType::DepthwiseConv2D, OpType::FullyConnected, OpType::AveragePool2D,
    OpType::MaxPool2D, OpType::Add, OpType::Mul, OpType::Reshape, OpType::Softmax,
    OpType::Pad, OpType::Concatenation, OpType::Mean, OpType::Logistic, OpType::Quantize,
    OpType::Dequantize,
};

}  // namespace

const char* builtin_op_name(int32_t code) {
  if (code >= 0 && code < static_cast<int32_t>(kBuiltinNames.size())) return kBuiltinNames[code];
  if (code == 225) return "TEMP_STREAMING_CONV_2D";
  // Unknown codes come from damaged or newer files; their names are interned
  // so the returned pointer stays valid. The cap bounds memory when a fuzzer
  // feeds millions of distinct codes.
  static std::mutex mutex;
  static std::map<int32_t, std::string> unknown;
  std::lock_guard lock(mutex);
  auto it = unknown.find(code);
  if (it == unknown.end()) {
    if (unknown.size() >= 4096) return "UNKNOWN";
    it = unknown.emplace(code, "UNKNOWN(" + std::to_string(code) + ")").first;
  }
  return it->second.c_str();
}

const char* op_name(OpType t) { return builtin_op_name(static_cast<int32_t>(t)); }

bool is_supported_op(int32_t code) {
  for (OpType t : kSupportedOps)
    if (static_cast<int32_t>(t) == code) return true;
  return false;
}

std::string supported_ops_list() {
  std::string list;
  for (OpType t : kSupportedOps) {
    if (!list.empty()) list += ", ";
    list += op_name(t);
  }
  return list;
}

int64_t op_macs(const Model& m, const Operator& op) {
  auto tensor = [&](size_t slot, const std::vector<int32_t>& ids) -> const Tensor* {
    if (slot >= ids.size() || ids[slot] < 0 || ids[slot] >= static_cast<int32_t>(m.tensors.size()))
      return nullptr;
    return &m.tensors[ids[slot]];
  };
  const Tensor* filter = tensor(1, op.inputs);
  const Tensor* output = tensor(0, op.outputs);
  if (!filter || !output) return 0;
  const std::vector<int32_t>& f = filter->shape;
  switch (op.type) {
    case OpType::Conv2D:  // filter [OC, KH, KW, IC]: every output element sums KH*KW*IC products
      return f.size() == 4 ? output->elements() * f[1] * f[2] * f[3] : 0;
    case OpType::DepthwiseConv2D:  // filter [1, KH, KW, OC]: KH*KW products per output element
      return f.size() == 4 ? output->elements() * f[1] * f[2] : 0;
    case OpType::FullyConnected:  // weights [OC, IC]
      return f.size() == 2 ? output->elements() * f[1] : 0;
    default:
      return 0;
  }
}

}  // namespace tinysim::model
