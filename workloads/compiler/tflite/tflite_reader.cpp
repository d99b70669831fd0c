#include "workloads/compiler/tflite/tflite_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>

#include "tflite_subset_generated.h"
#include "workloads/compiler/ir/model_check.h"

namespace tinysim::model {
namespace {

// Bytes of a flatbuffer in storage aligned for every scalar it holds: the
// generated accessors read scalars in place, and the verifier checks
// alignment relative to the start of the buffer only.
class AlignedBytes {
 public:
  explicit AlignedBytes(size_t size) : words_((size + 7) / 8), size_(size) {}
  uint8_t* data() { return reinterpret_cast<uint8_t*>(words_.data()); }
  size_t size() const { return size_; }

 private:
  std::vector<uint64_t> words_;
  size_t size_;
};

std::string printable(const uint8_t* bytes, size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) {
    const uint8_t c = bytes[i];
    if (c >= 0x20 && c < 0x7f) {
      s += static_cast<char>(c);
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", c);
      s += hex;
    }
  }
  return s;
}

std::string shape_string(const std::vector<int32_t>& shape) {
  std::string s = "[";
  for (size_t i = 0; i < shape.size(); ++i) {
    if (i) s += ',';
    s += std::to_string(shape[i]);
  }
  return s + "]";
}

class TfliteReader {
 public:
  TfliteReader(const uint8_t* data, size_t size, std::string name)
      : data_(data), size_(size), name_(std::move(name)) {}

  Model read(std::string model_name) {
    verify();
    fb_ = ::tflite::GetModel(data_);
    if (fb_->version() != 3)
      fail("schema version " + std::to_string(fb_->version()) + ", tinysim reads version 3");
    const auto* subgraphs = fb_->subgraphs();
    if (!subgraphs || subgraphs->size() == 0) fail("the model has no subgraph");
    if (subgraphs->size() > 1)
      fail("the model has " + std::to_string(subgraphs->size()) +
           " subgraphs; only single-subgraph models are supported");
    const ::tflite::SubGraph* sg = subgraphs->Get(0);

    model_.name = std::move(model_name);
    read_operator_codes();
    read_tensors(sg);
    read_operators(sg);
    if (sg->inputs()) model_.inputs.assign(sg->inputs()->begin(), sg->inputs()->end());
    if (sg->outputs()) model_.outputs.assign(sg->outputs()->begin(), sg->outputs()->end());
    try {
      check_model(model_);
    } catch (const ModelError& e) {
      fail(e.what());
    }
    check_reshape_options();
    return std::move(model_);
  }

 private:
  [[noreturn]] void fail(const std::string& what) const { throw TfliteError(name_ + ": " + what); }

  void verify() {
    if (size_ < 8)
      fail("file is " + std::to_string(size_) + " bytes, too short for a TFLite flatbuffer");
    if (std::memcmp(data_ + 4, ::tflite::ModelIdentifier(), 4) != 0)
      fail("bad magic: bytes 4-7 are '" + printable(data_ + 4, 4) +
           "', a TFLite flatbuffer has 'TFL3' (not a .tflite file?)");
    if (size_ >= FLATBUFFERS_MAX_BUFFER_SIZE)
      fail("file is " + std::to_string(size_) + " bytes, above the 2 GB flatbuffer limit");
    const uint32_t root = flatbuffers::ReadScalar<uint32_t>(data_);
    if (root >= size_)
      fail("root table offset " + std::to_string(root) + " lies beyond the " + std::to_string(size_) +
           " bytes of the file (truncated?)");
    flatbuffers::Verifier::Options options;
    options.max_depth = 64;
    options.max_tables = 1000000;
    flatbuffers::Verifier verifier(data_, size_, options);
    if (!::tflite::VerifyModelBuffer(verifier))
      fail("flatbuffer verification failed: the file (" + std::to_string(size_) +
           " bytes) is truncated or corrupt: a table, vector or string is out of bounds, misaligned or nested "
           "too deeply");
  }

  struct Code {
    int32_t builtin = 0;
    std::string custom;  // custom operator name, empty for builtins
  };

  void read_operator_codes() {
    const auto* codes = fb_->operator_codes();
    if (!codes) return;
    for (const ::tflite::OperatorCode* oc : *codes) {
      Code code;
      // Older converters fill only the int8 field, newer ones both, codes
      // above 127 only the int32 one: the larger value is the operator.
      code.builtin = std::max<int32_t>(oc->deprecated_builtin_code(), oc->builtin_code());
      if (oc->custom_code()) code.custom = oc->custom_code()->str();
      codes_.push_back(code);
    }
  }

  static std::optional<DType> dtype_of(::tflite::TensorType t) {
    switch (t) {
      case ::tflite::TensorType_INT8: return DType::Int8;
      case ::tflite::TensorType_UINT8: return DType::UInt8;
      case ::tflite::TensorType_INT16: return DType::Int16;
      case ::tflite::TensorType_INT32: return DType::Int32;
      case ::tflite::TensorType_INT64: return DType::Int64;
      case ::tflite::TensorType_FLOAT32: return DType::Float32;
      default: return std::nullopt;
    }
  }

  void read_tensors(const ::tflite::SubGraph* sg) {
    const auto* tensors = sg->tensors();
    if (!tensors) return;
    const auto* buffers = fb_->buffers();
    const uint32_t buffer_count = buffers ? buffers->size() : 0;
    for (uint32_t i = 0; i < tensors->size(); ++i) {
      const ::tflite::Tensor* fbt = tensors->Get(i);
      Tensor t;
      if (fbt->name()) t.name = fbt->name()->str();
      const std::string label = "tensor " + std::to_string(i) + " '" + t.name + "'";
      auto tensor_fail = [&](const std::string& what) { fail(label + ": " + what); };

      const auto type = dtype_of(fbt->type());
      if (!type) {
        const char* type_name = ::tflite::EnumNameTensorType(fbt->type());
        tensor_fail(std::string("type ") + (type_name[0] ? type_name : "?") + " (" +
                    std::to_string(static_cast<int>(fbt->type())) +
                    ") is not supported (int8, uint8, int16, int32, int64, float32)");
      }
      t.type = *type;
      if (fbt->is_variable()) tensor_fail("variable tensors are not supported");
      if (fbt->sparsity()) tensor_fail("sparse tensors are not supported");

      int64_t elements = 1;
      if (fbt->shape()) {
        if (fbt->shape()->size() > 8) tensor_fail("rank " + std::to_string(fbt->shape()->size()) + " above 8");
        t.shape.assign(fbt->shape()->begin(), fbt->shape()->end());
      }
      for (size_t d = 0; d < t.shape.size(); ++d) {
        if (t.shape[d] < 1)
          tensor_fail("shape " + shape_string(t.shape) + ": dimension " + std::to_string(d) + " is " +
                      std::to_string(t.shape[d]) + ", must be at least 1");
        elements *= t.shape[d];
        if (elements > kMaxTensorElements)
          tensor_fail("shape " + shape_string(t.shape) + " has more than " +
                      std::to_string(kMaxTensorElements) + " elements");
      }

      const uint32_t b = fbt->buffer();
      if (b != 0 || buffer_count != 0) {
        if (b >= buffer_count)
          tensor_fail("refers to buffer " + std::to_string(b) + ", the model has " +
                      std::to_string(buffer_count) + " buffers");
        const ::tflite::Buffer* buffer = buffers->Get(b);
        if (buffer->offset() > 1 || buffer->size() > 0)
          tensor_fail("buffer " + std::to_string(b) +
                      " keeps its data outside the flatbuffer (models above 2 GB), not supported");
        if (const auto* bytes = buffer->data(); bytes && bytes->size() > 0) {
          const int64_t want = elements * dtype_size(t.type);
          if (static_cast<int64_t>(bytes->size()) != want)
            tensor_fail("buffer " + std::to_string(b) + " holds " + std::to_string(bytes->size()) +
                        " bytes, shape " + shape_string(t.shape) + " of " + dtype_name(t.type) + " needs " +
                        std::to_string(want));
          t.data.assign(bytes->begin(), bytes->end());
        }
      }

      if (const ::tflite::QuantizationParameters* q = fbt->quantization()) {
        if (q->details_type() != ::tflite::QuantizationDetails_NONE)
          tensor_fail("custom quantisation (QuantizationDetails) is not supported");
        if (q->scale() && q->scale()->size() > 0) {
          t.quant.scale.assign(q->scale()->begin(), q->scale()->end());
          if (const auto* zp = q->zero_point(); zp && zp->size() > 0) {
            // The verifier only checks the 4-byte alignment of a vector's
            // length, so a damaged file can hold these int64s at an address
            // that is not 8-byte aligned: copy bytes instead of loading.
            t.quant.zero_point.resize(zp->size());
            for (uint32_t k = 0; k < zp->size(); ++k) {
              int64_t v;
              std::memcpy(&v, zp->Data() + k * sizeof(int64_t), sizeof v);
              t.quant.zero_point[k] = flatbuffers::EndianScalar(v);
            }
          } else {
            t.quant.zero_point.assign(t.quant.scale.size(), 0);  // absent zero points mean 0
          }
          if (t.quant.per_channel()) t.quant.axis = q->quantized_dimension();
        }
      }
      model_.tensors.push_back(std::move(t));
    }
  }

  Activation activation_of(::tflite::ActivationFunctionType a, const std::string& where) const {
    switch (a) {
      case ::tflite::ActivationFunctionType_NONE: return Activation::None;
      case ::tflite::ActivationFunctionType_RELU: return Activation::Relu;
      case ::tflite::ActivationFunctionType_RELU_N1_TO_1: return Activation::ReluN1To1;
      case ::tflite::ActivationFunctionType_RELU6: return Activation::Relu6;
      default: {
        const char* n = ::tflite::EnumNameActivationFunctionType(a);
        fail(where + ": fused activation " + (n[0] ? n : "?") + " (" +
             std::to_string(static_cast<int>(a)) + ") is not supported (NONE, RELU, RELU_N1_TO_1, RELU6)");
      }
    }
  }

  Padding padding_of(::tflite::Padding p, const std::string& where) const {
    if (p == ::tflite::Padding_SAME) return Padding::Same;
    if (p == ::tflite::Padding_VALID) return Padding::Valid;
    fail(where + ": padding " + std::to_string(static_cast<int>(p)) +
         " is neither SAME nor VALID");
  }

  // The options table of the expected union type; nullptr when the operator
  // has none. Options of another type are an error.
  template <typename T>
  const T* options(const ::tflite::Operator* fbop, const std::string& where, ::tflite::BuiltinOptions want,
                   bool required) const {
    const auto type = fbop->builtin_options_type();
    if (type == ::tflite::BuiltinOptions_NONE || !fbop->builtin_options()) {
      if (required) fail(where + " has no " + ::tflite::EnumNameBuiltinOptions(want));
      return nullptr;
    }
    if (type != want) {
      const char* n = ::tflite::EnumNameBuiltinOptions(type);
      fail(where + " has builtin options of type " + (n[0] ? n : "?") + " (" +
           std::to_string(static_cast<int>(type)) + "), expected " + ::tflite::EnumNameBuiltinOptions(want));
    }
    return static_cast<const T*>(fbop->builtin_options());
  }

  const Tensor* tensor_at(const std::vector<int32_t>& ids, size_t slot) const {
    if (slot >= ids.size() || ids[slot] < 0 || ids[slot] >= static_cast<int32_t>(model_.tensors.size()))
      return nullptr;
    return &model_.tensors[ids[slot]];
  }

  void read_operators(const ::tflite::SubGraph* sg) {
    const auto* ops = sg->operators();
    if (!ops) return;
    for (uint32_t k = 0; k < ops->size(); ++k) {
      const ::tflite::Operator* fbop = ops->Get(k);
      const std::string where = "operator " + std::to_string(k);
      if (fbop->opcode_index() >= codes_.size())
        fail(where + " uses operator code " + std::to_string(fbop->opcode_index()) + ", the model has " +
             std::to_string(codes_.size()));
      const Code& code = codes_[fbop->opcode_index()];
      if (!code.custom.empty() || code.builtin == 32 /* CUSTOM */)
        fail(where + " is the custom operator '" + code.custom +
             "', which tinysim does not support; supported operators: " + supported_ops_list());
      if (!is_supported_op(code.builtin))
        fail(where + " is " + builtin_op_name(code.builtin) + " (builtin code " + std::to_string(code.builtin) +
             "), which tinysim does not support; supported operators: " + supported_ops_list());

      Operator op;
      op.type = static_cast<OpType>(code.builtin);
      if (fbop->inputs()) op.inputs.assign(fbop->inputs()->begin(), fbop->inputs()->end());
      if (fbop->outputs()) op.outputs.assign(fbop->outputs()->begin(), fbop->outputs()->end());
      if (fbop->intermediates() && fbop->intermediates()->size() > 0)
        fail(where + " (" + op_name(op.type) + ") has intermediate tensors, not supported");
      read_options(fbop, k, op);
      model_.ops.push_back(std::move(op));
    }
  }

  void read_options(const ::tflite::Operator* fbop, size_t index, Operator& op) {
    OpOptions& o = op.opt;
    const std::string k = "operator " + std::to_string(index) + " (" + op_name(op.type) + ")";
    using BO = ::tflite::BuiltinOptions;
    switch (op.type) {
      case OpType::Conv2D: {
        const auto* c = options<::tflite::Conv2DOptions>(fbop, k, BO::BuiltinOptions_Conv2DOptions, true);
        o.padding = padding_of(c->padding(), k);
        o.stride_w = c->stride_w();
        o.stride_h = c->stride_h();
        o.dilation_w = c->dilation_w_factor();
        o.dilation_h = c->dilation_h_factor();
        o.activation = activation_of(c->fused_activation_function(), k);
        break;
      }
      case OpType::DepthwiseConv2D: {
        const auto* c =
            options<::tflite::DepthwiseConv2DOptions>(fbop, k, BO::BuiltinOptions_DepthwiseConv2DOptions, true);
        o.padding = padding_of(c->padding(), k);
        o.stride_w = c->stride_w();
        o.stride_h = c->stride_h();
        o.dilation_w = c->dilation_w_factor();
        o.dilation_h = c->dilation_h_factor();
        o.activation = activation_of(c->fused_activation_function(), k);
        // The stored multiplier is redundant and not always filled in
        // (TFLite ignores it); the shapes define it.
        o.depth_multiplier = c->depth_multiplier();
        const Tensor* in = tensor_at(op.inputs, 0);
        const Tensor* filter = tensor_at(op.inputs, 1);
        if (in && filter && in->shape.size() == 4 && filter->shape.size() == 4 && in->shape[3] > 0 &&
            filter->shape[3] % in->shape[3] == 0)
          o.depth_multiplier = filter->shape[3] / in->shape[3];
        break;
      }
      case OpType::AveragePool2D:
      case OpType::MaxPool2D: {
        const auto* p = options<::tflite::Pool2DOptions>(fbop, k, BO::BuiltinOptions_Pool2DOptions, true);
        o.padding = padding_of(p->padding(), k);
        o.stride_w = p->stride_w();
        o.stride_h = p->stride_h();
        o.filter_w = p->filter_width();
        o.filter_h = p->filter_height();
        o.activation = activation_of(p->fused_activation_function(), k);
        break;
      }
      case OpType::FullyConnected: {
        if (const auto* f = options<::tflite::FullyConnectedOptions>(
                fbop, k, BO::BuiltinOptions_FullyConnectedOptions, false)) {
          o.activation = activation_of(f->fused_activation_function(), k);
          if (f->weights_format() != ::tflite::FullyConnectedOptionsWeightsFormat_DEFAULT)
            fail(k + ": shuffled weights format is not supported");
          o.keep_dims = f->keep_num_dims();
        }
        break;
      }
      case OpType::Softmax:
        if (const auto* s = options<::tflite::SoftmaxOptions>(fbop, k, BO::BuiltinOptions_SoftmaxOptions, false))
          o.beta = s->beta();
        break;
      case OpType::Concatenation: {
        const auto* c =
            options<::tflite::ConcatenationOptions>(fbop, k, BO::BuiltinOptions_ConcatenationOptions, true);
        o.activation = activation_of(c->fused_activation_function(), k);
        o.axis = c->axis();
        // Negative axes count from the end; the IR keeps the positive one.
        if (const Tensor* first = tensor_at(op.inputs, 0); first && o.axis < 0)
          o.axis += static_cast<int32_t>(first->shape.size());
        break;
      }
      case OpType::Add:
        if (const auto* a = options<::tflite::AddOptions>(fbop, k, BO::BuiltinOptions_AddOptions, false))
          o.activation = activation_of(a->fused_activation_function(), k);
        break;
      case OpType::Mul:
        if (const auto* m = options<::tflite::MulOptions>(fbop, k, BO::BuiltinOptions_MulOptions, false))
          o.activation = activation_of(m->fused_activation_function(), k);
        break;
      case OpType::Mean:
        if (const auto* r = options<::tflite::ReducerOptions>(fbop, k, BO::BuiltinOptions_ReducerOptions, false))
          o.keep_dims = r->keep_dims();
        break;
      case OpType::Reshape:
        if (const auto* r = options<::tflite::ReshapeOptions>(fbop, k, BO::BuiltinOptions_ReshapeOptions, false);
            r && r->new_shape())
          reshape_new_shape_[index].assign(r->new_shape()->begin(), r->new_shape()->end());
        break;
      case OpType::Pad:
        options<::tflite::PadOptions>(fbop, k, BO::BuiltinOptions_PadOptions, false);
        break;
      case OpType::Quantize:
        options<::tflite::QuantizeOptions>(fbop, k, BO::BuiltinOptions_QuantizeOptions, false);
        break;
      case OpType::Dequantize:
        options<::tflite::DequantizeOptions>(fbop, k, BO::BuiltinOptions_DequantizeOptions, false);
        break;
      case OpType::Logistic:  // no options table in the schema
        break;
    }
  }

  // RESHAPE without a shape tensor takes the shape from its options; it must
  // agree with the output tensor (the IR keeps only the output shape).
  void check_reshape_options() const {
    for (const auto& [k, requested] : reshape_new_shape_) {
      const Operator& op = model_.ops[k];
      if (op.inputs.size() > 1 && op.inputs[1] >= 0) continue;  // the shape tensor wins, checked already
      const Tensor& in = model_.tensors[op.inputs[0]];
      const Tensor& out = model_.tensors[op.outputs[0]];
      std::vector<int32_t> resolved(requested);
      int64_t known = 1;
      int unknown_at = -1;
      bool valid = true;
      for (size_t i = 0; i < resolved.size() && valid; ++i) {
        if (resolved[i] == -1 && unknown_at < 0) {
          unknown_at = static_cast<int>(i);
        } else if (resolved[i] < 1) {
          valid = false;
        } else {
          known *= resolved[i];
          valid = known <= kMaxTensorElements;
        }
      }
      if (valid && unknown_at >= 0) resolved[unknown_at] = static_cast<int32_t>(in.elements() / known);
      if (!valid || resolved != out.shape)
        fail("operator " + std::to_string(k) + " (RESHAPE): options ask for shape " + shape_string(requested) +
             " but the output tensor has " + shape_string(out.shape));
    }
  }

  const uint8_t* data_;
  size_t size_;
  std::string name_;
  const ::tflite::Model* fb_ = nullptr;
  std::vector<Code> codes_;
  std::map<size_t, std::vector<int32_t>> reshape_new_shape_;
  Model model_;
};

}  // namespace

Model read_tflite_buffer(std::span<const uint8_t> bytes, const std::string& name) {
  AlignedBytes copy(bytes.size());
  if (!bytes.empty()) std::memcpy(copy.data(), bytes.data(), bytes.size());
  return TfliteReader(copy.data(), copy.size(), name).read(name);
}

Model read_tflite(const std::string& path) {
  std::ifstream file(path, std::ios::binary | std::ios::ate);
  if (!file) throw TfliteError(path + ": cannot open: " + std::strerror(errno));
  const std::streamoff size = file.tellg();
  if (size < 0) throw TfliteError(path + ": cannot determine the file size");
  if (static_cast<uint64_t>(size) >= FLATBUFFERS_MAX_BUFFER_SIZE)
    throw TfliteError(path + ": file is " + std::to_string(size) + " bytes, above the 2 GB flatbuffer limit");
  AlignedBytes bytes(static_cast<size_t>(size));
  file.seekg(0);
  if (size > 0 && !file.read(reinterpret_cast<char*>(bytes.data()), size))
    throw TfliteError(path + ": read error: " + std::strerror(errno));
  return TfliteReader(bytes.data(), bytes.size(), path).read(std::filesystem::path(path).stem().string());
}

}  // namespace tinysim::model
