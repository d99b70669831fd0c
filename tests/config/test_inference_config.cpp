// Tests of the optional `inference:` section of the platform configuration
// (where a compiled model's blob and tensor arena go).
#include <gtest/gtest.h>

#include <string>

#include "sim/config/platform_config.h"

#ifndef TINYSIM_DEFAULT_CONFIG
#error "TINYSIM_DEFAULT_CONFIG must name configs/m55.yaml"
#endif

namespace tinysim {
namespace {

const char* kHead = R"(platform: { name: t }
clocks: [{ name: clk, frequency: 100MHz }]
memories:
  - { name: flash, base: 0x0, size: 1MiB, kind: flash, read_only: true }
  - { name: ram, base: 0x20000000, size: 256KiB, kind: sram }
core: { type: cortex-m55, clock: clk }
)";

TEST(InferenceConfig, ShippedConfigPutsWeightsInQspiAndArenaInIsram0) {
  PlatformConfig pc = load_platform_config(TINYSIM_DEFAULT_CONFIG);
  ASSERT_TRUE(pc.inference.has_value());
  EXPECT_EQ(pc.inference->weights_memory, "qspi");
  EXPECT_EQ(pc.inference->arena_memory, "isram0");
  // The arena must not be memory the firmware uses itself (ITCM code, DTCM
  // data/stack: workloads/cmake/TinysimFirmware.cmake).
  const MemoryConfig* arena = pc.find_memory(pc.inference->arena_memory);
  ASSERT_NE(arena, nullptr);
  EXPECT_FALSE(arena->read_only);
  EXPECT_NE(arena->name, "itcm");
  EXPECT_NE(arena->name, "dtcm");
  EXPECT_GT(pc.inference->weights_loc.line, 0);
}

TEST(InferenceConfig, SectionIsOptional) {
  PlatformConfig pc = parse_platform_config(kHead, "t.yaml");
  EXPECT_FALSE(pc.inference.has_value());
}

TEST(InferenceConfig, ReadsBothMemoriesWithTheirLines) {
  std::string text = std::string(kHead) + "inference:\n  weights: flash\n  arena: ram\n";
  PlatformConfig pc = parse_platform_config(text, "t.yaml");
  ASSERT_TRUE(pc.inference.has_value());
  EXPECT_EQ(pc.inference->weights_memory, "flash");
  EXPECT_EQ(pc.inference->arena_memory, "ram");
  EXPECT_EQ(pc.inference->weights_loc.line, 8);
  EXPECT_EQ(pc.inference->arena_loc.line, 9);
}

TEST(InferenceConfig, WeightsAndArenaMayShareAMemory) {
  std::string text = std::string(kHead) + "inference: { weights: ram, arena: ram }\n";
  PlatformConfig pc = parse_platform_config(text, "t.yaml");
  ASSERT_TRUE(pc.inference.has_value());
  EXPECT_EQ(pc.inference->weights_memory, "ram");
}

// Each bad section is reported at the offending line with its key.
struct BadInference {
  const char* name;
  const char* section;
  int line;
  const char* key;
  const char* message;
};

class BadInferenceSection : public ::testing::TestWithParam<BadInference> {};

TEST_P(BadInferenceSection, NamesLineKeyAndProblem) {
  const BadInference& c = GetParam();
  try {
    parse_platform_config(std::string(kHead) + c.section, "bad.yaml");
    FAIL() << "no error for " << c.name;
  } catch (const ConfigError& e) {
    const std::string what = e.what();
    EXPECT_EQ(e.where().line, c.line) << what;
    EXPECT_EQ(e.where().key, c.key) << what;
    EXPECT_EQ(what.rfind("bad.yaml:" + std::to_string(c.line) + ":", 0), 0u) << what;
    EXPECT_NE(what.find(c.message), std::string::npos) << what << "\n  expected: " << c.message;
  }
}

const BadInference kBad[] = {
    {"UnknownWeightsMemory", "inference:\n  weights: sdram\n  arena: ram\n", 8, "inference.weights",
     "unknown memory 'sdram' (memories: flash, ram)"},
    {"UnknownArenaMemory", "inference:\n  weights: flash\n  arena: tcm\n", 9, "inference.arena",
     "unknown memory 'tcm'"},
    {"ReadOnlyArena", "inference:\n  weights: flash\n  arena: flash\n", 9, "inference.arena",
     "memory 'flash' is read_only; the tensor arena must be writable"},
    {"MissingArena", "inference:\n  weights: flash\n", 8, "inference.arena", "missing required key 'arena'"},
    {"UnknownKey", "inference:\n  weights: flash\n  arena: ram\n  scratch: ram\n", 10, "inference.scratch",
     "unknown key 'scratch'; allowed keys in inference: weights, arena"},
    {"NotAMapping", "inference: [flash, ram]\n", 7, "inference", "expected a mapping"},
    {"EmptyName", "inference: { weights: '', arena: ram }\n", 7, "inference.weights", "must not be empty"},
};

INSTANTIATE_TEST_SUITE_P(All, BadInferenceSection, ::testing::ValuesIn(kBad),
                         [](const ::testing::TestParamInfo<BadInference>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace tinysim
