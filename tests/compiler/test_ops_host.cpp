// Every supported operator, randomised (shapes, strides, paddings,
// dilations, broadcasting, quantisation, activations; deterministic seeds):
// build a one-operator model, compile it for configs/m55.yaml, run the blob
// on the host with the firmware runtime and its portable C kernels, and
// compare every output byte with the reference interpreter.
//
// (The same cases run on the simulated core and on QEMU in the
// compiler.e2e.* tests; this is the fast, wide sweep.)
#include <gtest/gtest.h>

#include "op_cases.h"
#include "test_util.h"
#include "workloads/compiler/compiler/host_runner.h"
#include "workloads/compiler/generator/builtin_models.h"
#include "workloads/compiler/reference/reference_interpreter.h"

namespace tinysim::testing {
namespace {

constexpr int kCasesPerOp = 300;

// Runs one model through reference and host runtime; returns "" when every
// output byte agrees, otherwise what differs.
std::string compare_on_host(const model::Model& m, uint64_t input_seed) {
  const compiler::CompiledModel c = compiler::compile_model(m, m55_target());
  const auto inputs = random_inputs(m, input_seed);
  reference::ReferenceInterpreter ref(m);
  for (size_t i = 0; i < inputs.size(); ++i) ref.set_input(i, inputs[i]);
  ref.invoke();
  const compiler::HostRunResult host = compiler::run_blob_on_host(c.blob, inputs);
  for (size_t i = 0; i < ref.output_count(); ++i) {
    const auto want = ref.output(i);
    const auto& got = host.outputs.at(i);
    if (got.size() != want.size()) return "output " + std::to_string(i) + " size differs";
    for (size_t k = 0; k < got.size(); ++k)
      if (got[k] != want[k])
        return "output " + std::to_string(i) + " byte " + std::to_string(k) + ": firmware kernels " +
               std::to_string(got[k]) + ", reference " + std::to_string(want[k]);
  }
  return "";
}

class RandomOpOnHost : public ::testing::TestWithParam<model::OpType> {};

TEST_P(RandomOpOnHost, MatchesReferenceBitExact) {
  int passed = 0;
  for (int seed = 1; seed <= kCasesPerOp; ++seed) {
    const OpCase c = make_op_case(GetParam(), static_cast<uint64_t>(seed));
    SCOPED_TRACE(c.description);
    std::string diff;
    ASSERT_NO_THROW(diff = compare_on_host(c.model, static_cast<uint64_t>(seed)));
    EXPECT_EQ(diff, "");
    if (diff.empty()) ++passed;
  }
  RecordProperty("cases", passed);
  std::printf("%s: %d of %d randomised cases bit-exact on the host runtime\n", model::op_name(GetParam()), passed,
              kCasesPerOp);
}

INSTANTIATE_TEST_SUITE_P(AllOps, RandomOpOnHost, ::testing::ValuesIn(covered_op_types()),
                         [](const ::testing::TestParamInfo<model::OpType>& i) {
                           return std::string(model::op_name(i.param));
                         });

class BuiltinModelOnHost : public ::testing::TestWithParam<std::string> {};

TEST_P(BuiltinModelOnHost, MatchesReferenceBitExact) {
  const model::Model m = model::make_builtin_model(GetParam());
  for (uint64_t seed = 1; seed <= 3; ++seed) {
    SCOPED_TRACE("input seed " + std::to_string(seed));
    EXPECT_EQ(compare_on_host(m, seed), "");
  }
}

INSTANTIATE_TEST_SUITE_P(All, BuiltinModelOnHost, ::testing::ValuesIn(model::builtin_model_names()),
                         [](const ::testing::TestParamInfo<std::string>& i) { return i.param; });

}  // namespace
}  // namespace tinysim::testing
