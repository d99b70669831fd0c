// The MLPerf Tiny reference models (converted by the TFLite converter) read,
// their operator counts agree with the README of their folder, they survive a
// write/read round trip, and the generated models have their structure.
// Skipped with a message when the folder is absent.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "tests/model/model_test_util.h"
#include "workloads/compiler/generator/builtin_models.h"
#include "workloads/compiler/ir/model_summary.h"
#include "workloads/compiler/tflite/tflite_reader.h"
#include "workloads/compiler/tflite/tflite_writer.h"

namespace tinysim::model {
namespace {

struct ReadmeRow {
  std::string file;
  int64_t bytes = 0;
  std::map<std::string, int> op_counts;
};

std::string trim(const std::string& s) {
  const size_t b = s.find_first_not_of(" \t");
  const size_t e = s.find_last_not_of(" \t");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// Rows of the README's table: | file | benchmark | source | bytes | operators (count) |
std::vector<ReadmeRow> parse_readme(const std::string& path) {
  std::ifstream in(path);
  std::vector<ReadmeRow> rows;
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, '|')) cells.push_back(trim(cell));
    if (cells.size() < 6 || cells[1].size() < 7 || cells[1].substr(cells[1].size() - 7) != ".tflite") continue;
    ReadmeRow row;
    row.file = cells[1];
    row.bytes = std::stoll(cells[4]);
    std::stringstream ops(cells[5]);
    std::string entry;
    while (std::getline(ops, entry, ',')) {
      std::stringstream e(entry);
      std::string name;
      int count = 0;
      e >> name >> count;
      row.op_counts[name] = count;
    }
    rows.push_back(row);
  }
  return rows;
}

std::map<std::string, int> op_counts(const Model& m) {
  std::map<std::string, int> counts;
  for (const Operator& op : m.ops) ++counts[op_name(op.type)];
  return counts;
}

#define SKIP_WITHOUT_REFERENCE_MODELS()                                                                   \
  if (!std::filesystem::is_directory(test::mlperf_tiny_dir()))                                           \
  GTEST_SKIP() << "MLPerf Tiny reference models not found in " << test::mlperf_tiny_dir()                \
               << " (set TINYSIM_MLPERF_TINY_DIR to their folder)"

TEST(RealModels, ReadWithTheReadmeOperatorCounts) {
  SKIP_WITHOUT_REFERENCE_MODELS();
  const std::string readme = test::mlperf_tiny_dir() + "/README.md";
  ASSERT_TRUE(std::filesystem::exists(readme)) << readme;
  const std::vector<ReadmeRow> rows = parse_readme(readme);
  ASSERT_EQ(rows.size(), 5u) << "rows in the README table";
  for (const ReadmeRow& row : rows) {
    SCOPED_TRACE(row.file);
    const std::string path = test::mlperf_tiny_dir() + "/" + row.file;
    EXPECT_EQ(static_cast<int64_t>(std::filesystem::file_size(path)), row.bytes);
    const Model m = read_tflite(path);
    EXPECT_EQ(op_counts(m), row.op_counts) << model_summary(m);
    EXPECT_EQ(m.name, std::filesystem::path(row.file).stem().string());
    EXPECT_EQ(m.inputs.size(), 1u);
    EXPECT_EQ(m.outputs.size(), 1u);
    // int8 in, int8 out, weights as constants.
    EXPECT_EQ(m.tensors[m.inputs[0]].type, DType::Int8);
    EXPECT_EQ(m.tensors[m.outputs[0]].type, DType::Int8);
    EXPECT_GT(model_parameter_bytes(m), 0);
  }
}

TEST(RealModels, SurviveWriteAndReadBack) {
  SKIP_WITHOUT_REFERENCE_MODELS();
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(test::mlperf_tiny_dir())) {
    if (entry.path().extension() != ".tflite") continue;
    SCOPED_TRACE(entry.path().string());
    const Model m = read_tflite(entry.path().string());
    const Model back = read_tflite_buffer(write_tflite(m), m.name);
    EXPECT_EQ(test::model_difference(m, back), "");
    ++files;
  }
  EXPECT_EQ(files, 5);
}

// Known figures of the reference models, computed by hand from their layer
// shapes (see test_generator.cpp for the arithmetic).
TEST(RealModels, MacsOfTheReferenceModels) {
  SKIP_WITHOUT_REFERENCE_MODELS();
  const std::map<std::string, int64_t> macs = {{"kws_ref_model.tflite", 2656768},
                                               {"vww_96_int8.tflite", 7489664},
                                               {"pretrainedResnet_quant.tflite", 12501632},
                                               {"ad01_int8.tflite", 264192}};
  for (const auto& [file, expected] : macs)
    EXPECT_EQ(model_macs(read_tflite(test::mlperf_tiny_dir() + "/" + file)), expected) << file;
}

// The generated models repeat the reference models operator by operator:
// types, options, fused activations, tensor shapes, quantisation layout.
TEST(RealModels, GeneratedModelsHaveTheReferenceStructure) {
  SKIP_WITHOUT_REFERENCE_MODELS();
  const std::pair<const char*, const char*> pairs[] = {{"kws", "kws_ref_model.tflite"},
                                                       {"vww", "vww_96_int8.tflite"},
                                                       {"resnet8", "pretrainedResnet_quant.tflite"},
                                                       {"ad", "ad01_int8.tflite"}};
  for (const auto& [name, file] : pairs) {
    SCOPED_TRACE(name);
    const Model gen = make_builtin_model(name);
    const Model ref = read_tflite(test::mlperf_tiny_dir() + "/" + file);
    ASSERT_EQ(gen.ops.size(), ref.ops.size());
    EXPECT_EQ(gen.tensors.size(), ref.tensors.size());
    EXPECT_EQ(model_macs(gen), model_macs(ref));
    EXPECT_EQ(model_parameter_bytes(gen), model_parameter_bytes(ref));
    const Tensor& gin = gen.tensors[gen.inputs[0]];
    const Tensor& rin = ref.tensors[ref.inputs[0]];
    EXPECT_EQ(gin.shape, rin.shape);
    EXPECT_EQ(gin.quant.zero_point, rin.quant.zero_point);
    EXPECT_NEAR(gin.quant.scale[0], rin.quant.scale[0], 1e-6 * rin.quant.scale[0]);
    for (size_t k = 0; k < gen.ops.size(); ++k) {
      SCOPED_TRACE("operator " + std::to_string(k));
      const Operator& g = gen.ops[k];
      const Operator& r = ref.ops[k];
      ASSERT_EQ(g.type, r.type);
      ASSERT_EQ(g.inputs.size(), r.inputs.size());
      EXPECT_EQ(g.opt.activation, r.opt.activation);
      EXPECT_EQ(g.opt.padding, r.opt.padding);
      EXPECT_EQ(g.opt.stride_h, r.opt.stride_h);
      EXPECT_EQ(g.opt.stride_w, r.opt.stride_w);
      EXPECT_EQ(g.opt.filter_h, r.opt.filter_h);
      EXPECT_EQ(g.opt.filter_w, r.opt.filter_w);
      EXPECT_EQ(g.opt.depth_multiplier, r.opt.depth_multiplier);
      for (size_t s = 0; s < g.inputs.size(); ++s) {
        const Tensor& gt = gen.tensors[g.inputs[s]];
        const Tensor& rt = ref.tensors[r.inputs[s]];
        EXPECT_EQ(gt.shape, rt.shape) << "input " << s;
        EXPECT_EQ(gt.type, rt.type) << "input " << s;
        EXPECT_EQ(gt.is_constant(), rt.is_constant()) << "input " << s;
        EXPECT_EQ(gt.quant.scale.size(), rt.quant.scale.size()) << "input " << s;
        if (gt.quant.per_channel()) {
          EXPECT_EQ(gt.quant.axis, rt.quant.axis) << "input " << s;
        }
        if (gt.is_constant() && gt.type == DType::Int32 && g.type == OpType::Reshape) {
          EXPECT_EQ(gt.data, rt.data) << "reshape shape tensor";
        }
      }
      const Tensor& go = gen.tensors[g.outputs[0]];
      const Tensor& ro = ref.tensors[r.outputs[0]];
      EXPECT_EQ(go.shape, ro.shape);
      // ReLU outputs start at the bottom of the int8 range in both.
      if (r.opt.activation == Activation::Relu) {
        EXPECT_EQ(go.quant.zero_point, ro.quant.zero_point);
      }
      if (r.type == OpType::Softmax) {
        EXPECT_EQ(go.quant.scale, ro.quant.scale);
        EXPECT_EQ(go.quant.zero_point, ro.quant.zero_point);
      }
    }
  }
}

}  // namespace
}  // namespace tinysim::model
