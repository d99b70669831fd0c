// Malformed, damaged and unsupported .tflite files: each fails with a
// TfliteError whose message names the file and what is wrong. Valid files are
// damaged in precise ways through the generated in-place mutators.
#include <gtest/gtest.h>

#include <functional>

#include "tests/model/model_test_util.h"
#include "tflite_subset_generated.h"
#include "workloads/compiler/tflite/tflite_reader.h"
#include "workloads/compiler/tflite/tflite_writer.h"

namespace tinysim::model {
namespace {

std::string read_error(const std::vector<uint8_t>& bytes, const std::string& name = "damaged.tflite") {
  try {
    read_tflite_buffer(bytes, name);
  } catch (const TfliteError& e) {
    return e.what();
  }
  return "(no error)";
}

// The all-ops model with one change made in place. Tensors: 0 input,
// 1 paddings, 2 pad, 3 conv weights ...; operators: 0 PAD, 1 CONV_2D, ...;
// operator codes in first-use order: 0 PAD, 1 CONV_2D, ...
std::vector<uint8_t> damaged(const std::function<void(::tflite::Model*)>& change) {
  std::vector<uint8_t> bytes = write_tflite(test::make_all_ops_model());
  change(::tflite::GetMutableModel(bytes.data()));
  return bytes;
}

::tflite::SubGraph* subgraph(::tflite::Model* m) { return m->mutable_subgraphs()->GetMutableObject(0); }

TEST(TfliteErrors, UnsupportedOperatorIsNamedWithIndexAndSupportedList) {
  const std::string message = read_error(damaged([](::tflite::Model* m) {
    auto* conv_code = m->mutable_operator_codes()->GetMutableObject(1);
    ASSERT_TRUE(conv_code->mutate_deprecated_builtin_code(5));
    ASSERT_TRUE(conv_code->mutate_builtin_code(5));
  }));
  EXPECT_EQ(message.rfind("damaged.tflite: operator 1 is DEPTH_TO_SPACE (builtin code 5), which tinysim does not "
                          "support; supported operators: CONV_2D, DEPTHWISE_CONV_2D",
                          0),
            0u)
      << message;
  EXPECT_NE(message.find(supported_ops_list()), std::string::npos) << message;
}

TEST(TfliteErrors, OperatorCodesAboveTheByteRange) {
  // Newer converters: codes >= 127 only in the int32 field.
  const std::string message = read_error(damaged([](::tflite::Model* m) {
    auto* conv_code = m->mutable_operator_codes()->GetMutableObject(1);
    ASSERT_TRUE(conv_code->mutate_deprecated_builtin_code(127));
    ASSERT_TRUE(conv_code->mutate_builtin_code(150));
  }));
  EXPECT_NE(message.find("operator 1 is GELU (builtin code 150)"), std::string::npos) << message;
}

TEST(TfliteErrors, OlderFilesWithOnlyTheByteCodeStillRead) {
  // Older converters leave builtin_code 0: the byte field names the operator.
  const auto bytes = damaged([](::tflite::Model* m) {
    for (uint32_t i = 0; i < m->operator_codes()->size(); ++i)
      ASSERT_TRUE(m->mutable_operator_codes()->GetMutableObject(i)->mutate_builtin_code(0));
  });
  const Model back = read_tflite_buffer(bytes, "old");
  EXPECT_EQ(back.ops[1].type, OpType::Conv2D);
  EXPECT_EQ(back.ops[8].type, OpType::FullyConnected);
}

TEST(TfliteErrors, CustomOperator) {
  flatbuffers::FlatBufferBuilder fbb;
  const std::vector<int32_t> shape = {1, 4};
  const std::vector<float> scale = {0.1f};
  const std::vector<int64_t> zp = {0};
  auto quant = ::tflite::CreateQuantizationParametersDirect(fbb, nullptr, nullptr, &scale, &zp);
  auto quant2 = ::tflite::CreateQuantizationParametersDirect(fbb, nullptr, nullptr, &scale, &zp);
  std::vector<flatbuffers::Offset<::tflite::Tensor>> tensors = {
      ::tflite::CreateTensorDirect(fbb, &shape, ::tflite::TensorType_INT8, 0, "in", quant),
      ::tflite::CreateTensorDirect(fbb, &shape, ::tflite::TensorType_INT8, 0, "out", quant2)};
  const std::vector<int32_t> in = {0}, out = {1};
  std::vector<flatbuffers::Offset<::tflite::Operator>> ops = {::tflite::CreateOperatorDirect(fbb, 0, &in, &out)};
  std::vector<flatbuffers::Offset<::tflite::SubGraph>> subgraphs = {
      ::tflite::CreateSubGraphDirect(fbb, &tensors, &in, &out, &ops)};
  std::vector<flatbuffers::Offset<::tflite::OperatorCode>> codes = {
      ::tflite::CreateOperatorCodeDirect(fbb, 32, "MyFancyOp", 1, 32)};
  std::vector<flatbuffers::Offset<::tflite::Buffer>> buffers = {::tflite::CreateBuffer(fbb)};
  ::tflite::FinishModelBuffer(fbb, ::tflite::CreateModelDirect(fbb, 3, &codes, &subgraphs, nullptr, &buffers));
  const std::vector<uint8_t> bytes(fbb.GetBufferPointer(), fbb.GetBufferPointer() + fbb.GetSize());
  const std::string message = read_error(bytes, "custom.tflite");
  EXPECT_NE(message.find("custom.tflite: operator 0 is the custom operator 'MyFancyOp'"), std::string::npos)
      << message;
}

TEST(TfliteErrors, SeveralSubgraphs) {
  flatbuffers::FlatBufferBuilder fbb;
  std::vector<flatbuffers::Offset<::tflite::SubGraph>> subgraphs = {::tflite::CreateSubGraph(fbb),
                                                                     ::tflite::CreateSubGraph(fbb)};
  ::tflite::FinishModelBuffer(fbb, ::tflite::CreateModelDirect(fbb, 3, nullptr, &subgraphs));
  const std::vector<uint8_t> bytes(fbb.GetBufferPointer(), fbb.GetBufferPointer() + fbb.GetSize());
  EXPECT_NE(read_error(bytes).find("the model has 2 subgraphs; only single-subgraph models are supported"),
            std::string::npos);
}

TEST(TfliteErrors, FileLevelDamage) {
  std::vector<uint8_t> good = write_tflite(test::make_all_ops_model());

  EXPECT_NE(read_error({}).find("damaged.tflite: file is 0 bytes, too short"), std::string::npos);
  EXPECT_NE(read_error({1, 2, 3, 4, 5}).find("file is 5 bytes, too short"), std::string::npos);

  std::vector<uint8_t> bad_magic = good;
  bad_magic[4] = 'X';
  bad_magic[7] = 0;
  EXPECT_NE(read_error(bad_magic).find("bad magic: bytes 4-7 are 'XFL\\x00'"), std::string::npos)
      << read_error(bad_magic);

  std::vector<uint8_t> truncated(good.begin(), good.begin() + good.size() / 2);
  EXPECT_NE(read_error(truncated).find("flatbuffer verification failed"), std::string::npos) << read_error(truncated);

  std::vector<uint8_t> bad_root = good;
  bad_root[0] = bad_root[1] = bad_root[2] = 0xff;
  EXPECT_NE(read_error(bad_root).find("root table offset"), std::string::npos) << read_error(bad_root);

  const std::string missing = "/nonexistent/dir/model.tflite";
  try {
    read_tflite(missing);
    ADD_FAILURE() << "no error for a missing file";
  } catch (const TfliteError& e) {
    EXPECT_NE(std::string(e.what()).find(missing + ": cannot open"), std::string::npos) << e.what();
  }
}

TEST(TfliteErrors, StructuralDamageIsNamed) {
  struct Case {
    const char* what;
    std::function<void(::tflite::Model*)> change;
    const char* expected;
  };
  const std::vector<Case> cases = {
      {"schema version", [](::tflite::Model* m) { ASSERT_TRUE(m->mutate_version(2)); },
       "schema version 2, tinysim reads version 3"},
      {"tensor index out of range",
       [](::tflite::Model* m) {
         subgraph(m)->mutable_operators()->GetMutableObject(1)->mutable_inputs()->Mutate(0, 999);
       },
       "operator 1 (CONV_2D): input 0 refers to tensor 999, the model has 23 tensors"},
      {"negative tensor index",
       [](::tflite::Model* m) {
         subgraph(m)->mutable_operators()->GetMutableObject(1)->mutable_outputs()->Mutate(0, -7);
       },
       "operator 1 (CONV_2D): output 0 refers to tensor -7"},
      {"graph input out of range", [](::tflite::Model* m) { subgraph(m)->mutable_inputs()->Mutate(0, 23); },
       "a model input refers to tensor 23, the model has 23 tensors"},
      {"buffer size vs shape",
       [](::tflite::Model* m) {
         subgraph(m)->mutable_tensors()->GetMutableObject(3)->mutable_shape()->Mutate(0, 5);
       },
       "tensor 3 'conv/weights': buffer 2 holds 216 bytes, shape [5,3,3,4] of int8 needs 180"},
      {"buffer index",
       [](::tflite::Model* m) { ASSERT_TRUE(subgraph(m)->mutable_tensors()->GetMutableObject(3)->mutate_buffer(4000)); },
       "tensor 3 'conv/weights': refers to buffer 4000, the model has"},
      {"unsupported tensor type",
       [](::tflite::Model* m) {
         ASSERT_TRUE(subgraph(m)->mutable_tensors()->GetMutableObject(0)->mutate_type(::tflite::TensorType_FLOAT16));
       },
       "tensor 0 'input': type FLOAT16 (1) is not supported"},
      {"zero dimension",
       [](::tflite::Model* m) {
         subgraph(m)->mutable_tensors()->GetMutableObject(2)->mutable_shape()->Mutate(1, 0);
       },
       "tensor 2 'pad': shape [1,0,10,4]: dimension 1 is 0"},
      {"operator code index",
       [](::tflite::Model* m) {
         ASSERT_TRUE(subgraph(m)->mutable_operators()->GetMutableObject(1)->mutate_opcode_index(77));
       },
       "operator 1 uses operator code 77, the model has"},
      {"fused activation",
       [](::tflite::Model* m) {
         auto* conv = subgraph(m)->mutable_operators()->GetMutableObject(1);
         auto* options = static_cast<::tflite::Conv2DOptions*>(conv->mutable_builtin_options());
         ASSERT_TRUE(options->mutate_fused_activation_function(::tflite::ActivationFunctionType_TANH));
       },
       "operator 1 (CONV_2D): fused activation TANH (4) is not supported"},
      {"options of another type",
       [](::tflite::Model* m) {
         // Union type fields have no generated mutator: patch the byte.
         auto* conv = reinterpret_cast<flatbuffers::Table*>(subgraph(m)->mutable_operators()->GetMutableObject(1));
         uint8_t* type = conv->GetAddressOf(::tflite::Operator::VT_BUILTIN_OPTIONS_TYPE);
         ASSERT_NE(type, nullptr);
         *type = 3;  // ConcatEmbeddingsOptions in the real schema, not in the subset
       },
       "operator 1 (CONV_2D) has builtin options of type ? (3), expected Conv2DOptions"},
      {"operator order",
       [](::tflite::Model* m) {
         // PAD now reads the convolution's output, computed only later.
         subgraph(m)->mutable_operators()->GetMutableObject(0)->mutable_inputs()->Mutate(0, 5);
       },
       "operator 0 (PAD): input 0 (tensor 5 'conv') is neither a constant, a model input nor the output of an "
       "earlier operator"},
      {"per-channel quantisation",
       [](::tflite::Model* m) {
         auto* q = subgraph(m)->mutable_tensors()->GetMutableObject(6)->mutable_quantization();
         ASSERT_TRUE(q->mutate_quantized_dimension(2));
       },
       "tensor 6 'dw/weights': 12 per-channel scales for dimension 2 of size 3"},
      {"reshape options",
       [](::tflite::Model* m) {
         auto* reshape = subgraph(m)->mutable_operators()->GetMutableObject(10);
         auto* options = static_cast<::tflite::ReshapeOptions*>(reshape->mutable_builtin_options());
         options->mutable_new_shape()->Mutate(1, 4);
       },
       "operator 10 (RESHAPE): options ask for shape [2,4] but the output tensor has [2,5]"},
  };
  for (const Case& c : cases) {
    const std::string message = read_error(damaged(c.change));
    EXPECT_NE(message.find(c.expected), std::string::npos) << c.what << ": got '" << message << "'";
    EXPECT_EQ(message.rfind("damaged.tflite: ", 0), 0u) << c.what << ": " << message;
  }
}

}  // namespace
}  // namespace tinysim::model
