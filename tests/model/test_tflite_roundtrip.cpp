// Writer -> reader round trips: every model comes back field for field, and
// writing it again gives the same bytes.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "tests/model/model_test_util.h"
#include "tflite_subset_generated.h"
#include "workloads/compiler/generator/builtin_models.h"
#include "workloads/compiler/tflite/tflite_reader.h"
#include "workloads/compiler/tflite/tflite_writer.h"

namespace tinysim::model {
namespace {

void expect_round_trip(const Model& m) {
  const std::vector<uint8_t> bytes = write_tflite(m);
  const Model back = read_tflite_buffer(bytes, m.name);
  EXPECT_EQ(test::model_difference(m, back), "") << m.name;
  EXPECT_EQ(write_tflite(back), bytes) << m.name << ": second write differs";
}

TEST(TfliteRoundTrip, GeneratedModels) {
  for (const std::string& name : builtin_model_names()) {
    SCOPED_TRACE(name);
    expect_round_trip(make_builtin_model(name));
  }
}

TEST(TfliteRoundTrip, EveryOperatorAndOption) { expect_round_trip(test::make_all_ops_model()); }

TEST(TfliteRoundTrip, ThroughAFile) {
  const Model m = test::make_all_ops_model();
  const std::string path =
      (std::filesystem::temp_directory_path() / ("tinysim_model_test_" + std::to_string(getpid()) + ".tflite")).string();
  write_tflite_file(m, path);
  const Model back = read_tflite(path);
  std::filesystem::remove(path);
  EXPECT_EQ(back.name, "tinysim_model_test_" + std::to_string(getpid()));  // the file stem
  Model renamed = m;
  renamed.name = back.name;
  EXPECT_EQ(test::model_difference(renamed, back), "");
}

TEST(TfliteRoundTrip, WriterRefusesInvalidModels) {
  Model m = test::make_all_ops_model();
  m.ops[1].opt.stride_w = 3;  // output shape no longer matches
  EXPECT_THROW(write_tflite(m), ModelError);
  EXPECT_THROW(write_tflite_file(test::make_all_ops_model(), "/nonexistent-dir/x.tflite"), TfliteError);
}

// What other TFLite readers rely on: identifier, schema version, the empty
// buffer 0, both operator code fields, 16-byte aligned constant data, and
// the RESHAPE shape in the options.
TEST(TfliteRoundTrip, WrittenFileLayout) {
  const std::vector<uint8_t> bytes = write_tflite(test::make_all_ops_model());
  ASSERT_TRUE(::tflite::ModelBufferHasIdentifier(bytes.data()));
  flatbuffers::Verifier verifier(bytes.data(), bytes.size());
  ASSERT_TRUE(::tflite::VerifyModelBuffer(verifier));
  const ::tflite::Model* fb = ::tflite::GetModel(bytes.data());
  EXPECT_EQ(fb->version(), 3u);
  ASSERT_GT(fb->buffers()->size(), 1u);
  EXPECT_TRUE(!fb->buffers()->Get(0)->data() || fb->buffers()->Get(0)->data()->size() == 0);
  for (uint32_t b = 1; b < fb->buffers()->size(); ++b) {
    const auto* data = fb->buffers()->Get(b)->data();
    ASSERT_NE(data, nullptr);
    EXPECT_EQ((data->data() - bytes.data()) % 16, 0) << "buffer " << b;
  }
  bool saw_reshape = false;
  for (const ::tflite::OperatorCode* code : *fb->operator_codes()) {
    EXPECT_EQ(code->deprecated_builtin_code(), code->builtin_code());
    EXPECT_GE(code->version(), 1);
  }
  const ::tflite::SubGraph* sg = fb->subgraphs()->Get(0);
  for (const ::tflite::Operator* op : *sg->operators()) {
    if (const auto* r = op->builtin_options_as_ReshapeOptions()) {
      saw_reshape = true;
      ASSERT_NE(r->new_shape(), nullptr);
      EXPECT_EQ(std::vector<int32_t>(r->new_shape()->begin(), r->new_shape()->end()), (std::vector<int32_t>{2, 5}));
    }
  }
  EXPECT_TRUE(saw_reshape);
}

}  // namespace
}  // namespace tinysim::model
