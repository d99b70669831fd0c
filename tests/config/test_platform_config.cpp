// Tests of the YAML platform configuration parser and validator.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "sim/config/platform_config.h"

#ifndef TINYSIM_DEFAULT_CONFIG
#error "TINYSIM_DEFAULT_CONFIG must name configs/m55.yaml"
#endif

namespace tinysim {
namespace {

// ---------------------------------------------------------------------------
// The shipped configuration

TEST(DefaultConfig, LoadsWithTheAn547MemoryMap) {
  PlatformConfig pc = load_platform_config(TINYSIM_DEFAULT_CONFIG);
  EXPECT_EQ(pc.name, "corstone-300-m55");
  EXPECT_EQ(pc.file, TINYSIM_DEFAULT_CONFIG);

  ASSERT_EQ(pc.clocks.size(), 1u);
  EXPECT_EQ(pc.clocks[0].name, "cpu_clk");
  EXPECT_DOUBLE_EQ(pc.clocks[0].frequency_hz, 100e6);

  struct Expected {
    const char* name;
    uint64_t base, size;
    MemoryKind kind;
    uint32_t latency;
    bool read_only;
    uint64_t alias;  // 0: none
  };
  const Expected expected[] = {
      {"itcm", 0x00000000, 512 << 10, MemoryKind::Tcm, 0, false, 0x10000000},
      {"sram", 0x01000000, 2 << 20, MemoryKind::Sram, 1, false, 0x11000000},
      {"dtcm", 0x20000000, 512 << 10, MemoryKind::Tcm, 0, false, 0x30000000},
      {"isram0", 0x21000000, 2 << 20, MemoryKind::Sram, 1, false, 0x31000000},
      {"isram1", 0x21200000, 2 << 20, MemoryKind::Sram, 1, false, 0x31200000},
      {"qspi", 0x28000000, 8 << 20, MemoryKind::Flash, 4, true, 0x38000000},
      {"ddr", 0x60000000, 256 << 20, MemoryKind::Dram, 10, false, 0},
  };
  ASSERT_EQ(pc.memories.size(), std::size(expected));
  for (const Expected& e : expected) {
    SCOPED_TRACE(e.name);
    const MemoryConfig* m = pc.find_memory(e.name);
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->base, e.base);
    EXPECT_EQ(m->size, e.size);
    EXPECT_EQ(m->kind, e.kind);
    EXPECT_EQ(m->read_latency, e.latency);
    EXPECT_EQ(m->write_latency, e.latency);
    EXPECT_EQ(m->read_only, e.read_only);
    if (e.alias) {
      ASSERT_EQ(m->aliases.size(), 1u);
      EXPECT_EQ(m->aliases[0], e.alias);
    } else {
      EXPECT_TRUE(m->aliases.empty());
    }
    EXPECT_EQ(m->loc.file, TINYSIM_DEFAULT_CONFIG);
    EXPECT_GT(m->loc.line, 0);
  }

  EXPECT_EQ(pc.core.name, "cpu");
  EXPECT_EQ(pc.core.type, "cortex-m55");
  EXPECT_EQ(pc.core.clock, "cpu_clk");
  ASSERT_NE(pc.find_clock(pc.core.clock), nullptr);
  EXPECT_TRUE(pc.core.fpu);
  EXPECT_TRUE(pc.core.mve);  // the Cortex-M55 of the AN547 has Helium
  EXPECT_EQ(pc.core.init_vtor, 0x00000000u);  // QEMU 7.2 AN547 init-svtor
  EXPECT_EQ(pc.core.num_irq, 128u);           // 32 internal + 96 expansion
  EXPECT_EQ(pc.core.quantum_cycles, 10000u);

  const PeripheralConfig* uart = pc.find_peripheral("uart0");
  ASSERT_NE(uart, nullptr);
  EXPECT_EQ(uart->type, "cmsdk-uart");
  EXPECT_EQ(uart->base, 0x49303000u);
  EXPECT_EQ(uart->size, 0x1000u);
  EXPECT_EQ(uart->irq, 43);
  ASSERT_EQ(uart->aliases.size(), 1u);
  EXPECT_EQ(uart->aliases[0], 0x59303000u);

  const PeripheralConfig* marker = pc.find_peripheral("regions");
  ASSERT_NE(marker, nullptr);
  EXPECT_EQ(marker->type, "region-marker");
  EXPECT_EQ(marker->base, 0x48007000u);
  EXPECT_EQ(marker->irq, -1);
  EXPECT_EQ(pc.find_peripheral("nothing"), nullptr);
}

// Every key the parser accepts is documented in the schema comment at the top
// of configs/m55.yaml (as "KEY:" on a comment line).
TEST(DefaultConfig, SchemaCommentDocumentsEveryKey) {
  std::ifstream in(TINYSIM_DEFAULT_CONFIG);
  std::string line, comments;
  while (std::getline(in, line))
    if (line.rfind("#", 0) == 0) comments += line + "\n";
  ASSERT_FALSE(comments.empty());
  size_t n = 0;
  for (const auto& [section, keys] : config_schema_keys()) {
    for (const auto& key : keys) {
      ++n;
      EXPECT_TRUE(comments.find(" " + key + ":") != std::string::npos ||
                  comments.find("{ " + key + ":") != std::string::npos)
          << "key '" << key << "' of section '" << section << "' is not documented in " TINYSIM_DEFAULT_CONFIG;
    }
  }
  EXPECT_EQ(n, 43u);  // update when the schema grows (and document the new key)
}

// ---------------------------------------------------------------------------
// A configuration using every key

const char* kFull = R"(platform: { name: full }
clocks:
  - { name: fast, frequency: 1.5GHz }
  - name: slow
    frequency: 32768
memories:
  - name: rom
    base: 0x0
    size: 64K
    kind: flash
    latency: 3
    write_latency: 7
    width: 128
    read_only: true
  - { name: ram, base: 0x2000_0000, size: 0x8000, kind: sram, read_latency: 2, width: 8, aliases: [0x30000000, 0x40000000] }
core:
  name: cpu0
  type: cortex-m55
  clock: slow
  fpu: false
  mve: true
  init_vtor: 0x80
  num_irq: 480
  quantum: 1
  timing: { alu: 1, mul: 2, fp_div: 14 }
peripherals:
  - name: tick
    type: cmsdk-timer
    base: 0x50000000
    size: 16
    irq: 479
    aliases: [0x50000010]
    params: { reload: 0x100, mode: periodic, enabled: true }
  - { name: marks, type: region-marker, base: 0x50001000 }
energy:
  instructions: { alu: 4.0, mul: 5 }
  memories: { tcm: { read: 0.8, write: 0.9 }, dram: { read: 20 } }
  static_power: 1200uW
)";

TEST(FullConfig, EveryKeyIsRead) {
  PlatformConfig pc = parse_platform_config(kFull, "full.yaml");
  EXPECT_EQ(pc.name, "full");
  EXPECT_EQ(pc.file, "full.yaml");
  ASSERT_EQ(pc.clocks.size(), 2u);
  EXPECT_DOUBLE_EQ(pc.clocks[0].frequency_hz, 1.5e9);
  EXPECT_DOUBLE_EQ(pc.clocks[1].frequency_hz, 32768);
  EXPECT_EQ(pc.clocks[1].loc.line, 4);

  ASSERT_EQ(pc.memories.size(), 2u);
  const MemoryConfig& rom = pc.memories[0];
  EXPECT_EQ(rom.size, 64u * 1024);
  EXPECT_EQ(rom.kind, MemoryKind::Flash);
  EXPECT_EQ(rom.read_latency, 3u);   // from `latency`
  EXPECT_EQ(rom.write_latency, 7u);  // `write_latency` overrides `latency`
  EXPECT_EQ(rom.width_bits, 128u);
  EXPECT_TRUE(rom.read_only);
  EXPECT_EQ(rom.loc.line, 7);
  EXPECT_EQ(rom.loc.key, "memories[0]");

  const MemoryConfig& ram = pc.memories[1];
  EXPECT_EQ(ram.base, 0x20000000u);
  EXPECT_EQ(ram.size, 0x8000u);
  EXPECT_EQ(ram.read_latency, 2u);
  EXPECT_EQ(ram.write_latency, 0u);
  EXPECT_EQ(ram.width_bits, 8u);
  EXPECT_FALSE(ram.read_only);
  EXPECT_EQ(ram.aliases, (std::vector<uint64_t>{0x30000000, 0x40000000}));
  EXPECT_EQ(ram.loc.line, 15);

  EXPECT_EQ(pc.core.name, "cpu0");
  EXPECT_EQ(pc.core.clock, "slow");
  EXPECT_FALSE(pc.core.fpu);
  EXPECT_TRUE(pc.core.mve);
  EXPECT_EQ(pc.core.init_vtor, 0x80u);
  EXPECT_EQ(pc.core.num_irq, 480u);
  EXPECT_EQ(pc.core.quantum_cycles, 1u);
  EXPECT_EQ(pc.core.timing, (std::map<std::string, uint32_t>{{"alu", 1}, {"mul", 2}, {"fp_div", 14}}));
  EXPECT_EQ(pc.core.timing_locs.at("fp_div").line, 25);

  ASSERT_EQ(pc.peripherals.size(), 2u);
  const PeripheralConfig& tick = pc.peripherals[0];
  EXPECT_EQ(tick.size, 16u);
  EXPECT_EQ(tick.irq, 479);
  EXPECT_EQ(tick.aliases, (std::vector<uint64_t>{0x50000010}));
  EXPECT_EQ(tick.params,
            (std::map<std::string, std::string>{{"reload", "0x100"}, {"mode", "periodic"}, {"enabled", "true"}}));
  EXPECT_EQ(tick.param_locs.at("mode").line, 33);
  EXPECT_EQ(pc.peripherals[1].size, 0x1000u);  // default
  EXPECT_EQ(pc.peripherals[1].irq, -1);

  EXPECT_DOUBLE_EQ(pc.energy.instruction_pj.at("alu"), 4.0);
  EXPECT_DOUBLE_EQ(pc.energy.instruction_pj.at("mul"), 5.0);
  EXPECT_DOUBLE_EQ(pc.energy.memory.at("tcm").read_pj_per_byte, 0.8);
  EXPECT_DOUBLE_EQ(pc.energy.memory.at("tcm").write_pj_per_byte, 0.9);
  EXPECT_DOUBLE_EQ(pc.energy.memory.at("dram").read_pj_per_byte, 20);
  EXPECT_DOUBLE_EQ(pc.energy.memory.at("dram").write_pj_per_byte, -1);  // unset
  ASSERT_TRUE(pc.energy.static_power_mw.has_value());
  EXPECT_DOUBLE_EQ(*pc.energy.static_power_mw, 1.2);
}

TEST(FullConfig, OptionalSectionsMayBeAbsent) {
  const char* text = R"(platform: { name: min }
clocks: [{ name: c, frequency: 1 }]
memories: [{ name: m, base: 0, size: 4, kind: sram }]
core: { type: cortex-m55, clock: c }
)";
  PlatformConfig pc = parse_platform_config(text, "min.yaml");
  EXPECT_TRUE(pc.peripherals.empty());
  EXPECT_FALSE(pc.energy.static_power_mw.has_value());
  EXPECT_EQ(pc.core.name, "cpu");
  EXPECT_EQ(pc.core.num_irq, 96u);
  EXPECT_EQ(pc.memories[0].width_bits, 32u);
}

// ---------------------------------------------------------------------------
// Error message format

TEST(ErrorFormat, WhatIsFileLineColumnKeyMessage) {
  const char* text = R"(platform: { name: t }
clocks: [{ name: c, frequency: 1MHz }]
memories:
  - { name: m, base: abc, size: 4, kind: sram }
core: { type: cortex-m55, clock: c }
)";
  try {
    parse_platform_config(text, "bad.yaml");
    FAIL() << "no exception";
  } catch (const ConfigError& e) {
    EXPECT_STREQ(e.what(), "bad.yaml:4:22: memories[0].base: expected an integer, got 'abc'");
    EXPECT_EQ(e.where().file, "bad.yaml");
    EXPECT_EQ(e.where().line, 4);
    EXPECT_EQ(e.where().column, 22);
    EXPECT_EQ(e.where().key, "memories[0].base");
  }
}

TEST(ErrorFormat, SourceLocStrOmitsUnknownParts) {
  EXPECT_EQ((SourceLoc{"a.yaml", 3, 7, "core.type"}.str()), "a.yaml:3:7: core.type");
  EXPECT_EQ((SourceLoc{"a.yaml", 3, 0, "core"}.str()), "a.yaml:3: core");
  EXPECT_EQ((SourceLoc{"a.yaml", 0, 0, ""}.str()), "a.yaml");
  ConfigError e(SourceLoc{"a.yaml", 0, 0, ""}, "boom");
  EXPECT_STREQ(e.what(), "a.yaml: boom");
}

// ---------------------------------------------------------------------------
// Malformed configurations. The line that the error must point at is marked
// with "# <-" in the text, so the expected line number is not counted by hand.

struct BadCase {
  const char* name;
  const char* yaml;
  const char* key;      // must appear in what() right after "bad.yaml:LINE:COL: "
  const char* message;  // must appear in what()
};

int marked_line(const std::string& text) {
  std::istringstream in(text);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n)
    if (line.find("# <-") != std::string::npos) return n;
  return 0;
}

void PrintTo(const BadCase& c, std::ostream* os) { *os << c.name; }

class Malformed : public ::testing::TestWithParam<BadCase> {};

TEST_P(Malformed, ReportsFileLineAndKey) {
  const BadCase& c = GetParam();
  const int line = marked_line(c.yaml);
  ASSERT_GT(line, 0) << "test case has no '# <-' marker";
  try {
    parse_platform_config(c.yaml, "bad.yaml");
    FAIL() << "no exception for case " << c.name;
  } catch (const ConfigError& e) {
    const std::string what = e.what();
    const std::string prefix = "bad.yaml:" + std::to_string(line) + ":";
    EXPECT_EQ(what.rfind(prefix, 0), 0u) << what << "\n  expected prefix: " << prefix;
    EXPECT_EQ(e.where().file, "bad.yaml");
    EXPECT_EQ(e.where().line, line) << what;
    EXPECT_GT(e.where().column, 0) << what;
    if (*c.key) {
      EXPECT_EQ(e.where().key, c.key) << what;
      EXPECT_NE(what.find(std::string(": ") + c.key + ": "), std::string::npos) << what;
    }
    EXPECT_NE(what.find(c.message), std::string::npos) << what << "\n  expected: " << c.message;
  }
}

// The common head of most cases: lines 1-3.
#define HEAD                    \
  "platform: { name: t }\n"     \
  "clocks:\n"                   \
  "  - { name: clk, frequency: 100MHz }\n"
#define CORE "core: { type: cortex-m55, clock: clk }\n"
#define RAM "memories:\n  - { name: ram, base: 0x0, size: 64KiB, kind: sram }\n"

const BadCase kBadCases[] = {
    {"UnknownTopLevelKey", HEAD RAM CORE "periferals: []  # <-\n", "periferals",
     "unknown key 'periferals' (did you mean 'peripherals'?); allowed keys at top level: platform, clocks"},
    {"UnknownMemoryKey", HEAD "memories:\n  - name: ram\n    base: 0\n    sise: 4  # <-\n    kind: sram\n" CORE,
     "memories[0].sise", "unknown key 'sise' (did you mean 'size'?); allowed keys in memories[0]: name, base"},
    {"UnknownCoreKey", HEAD RAM "core:\n  type: cortex-m55\n  clock: clk\n  helium: true  # <-\n", "core.helium",
     "unknown key 'helium'"},
    {"UnknownPeripheralKey", HEAD RAM CORE
     "peripherals:\n  - { name: u, type: cmsdk-uart, base: 0x40000000, interrupt: 3 }  # <-\n",
     "peripherals[0].interrupt", "allowed keys in peripherals[0]: name, type, base, size, irq, aliases, params"},
    {"UnknownEnergyKey", HEAD RAM CORE "energy:\n  leakage: 1mW  # <-\n", "energy.leakage",
     "unknown key 'leakage'"},
    {"BaseNotAnInteger", HEAD "memories:\n  - { name: ram, base: abc, size: 4, kind: sram }  # <-\n" CORE,
     "memories[0].base", "expected an integer, got 'abc'"},
    {"SizeNotASize", HEAD "memories:\n  - { name: ram, base: 0, size: 4KB, kind: sram }  # <-\n" CORE,
     "memories[0].size", "expected a size (bytes, or a number with KiB/MiB/GiB), got '4KB'"},
    {"SizeIsAList", HEAD "memories:\n  - name: ram\n    base: 0\n    size: [4]  # <-\n    kind: sram\n" CORE,
     "memories[0].size", "got a list"},
    {"MemoriesNotAList", HEAD "memories:\n  name: ram  # <-\n" CORE, "memories", "expected a list, got a mapping"},
    {"MissingMemorySize", HEAD "memories:\n  - name: ram  # <-\n    base: 0\n    kind: sram\n" CORE,
     "memories[0].size", "missing required key 'size'"},
    {"MissingMemoryKind", HEAD "memories:\n  - { name: ram, base: 0, size: 4 }  # <-\n" CORE,
     "memories[0].kind", "missing required key 'kind'"},
    {"MissingMemoryName", HEAD "memories:\n  - { base: 0, size: 4, kind: sram }  # <-\n" CORE,
     "memories[0].name", "missing required key 'name'"},
    {"MissingCoreType", HEAD RAM "core:\n  clock: clk  # <-\n", "core.type", "missing required key 'type'"},
    {"MissingCoreClock", HEAD RAM "core: { type: cortex-m55 }  # <-\n", "core.clock",
     "missing required key 'clock'"},
    {"MissingClockFrequency", "platform: { name: t }\nclocks:\n  - { name: clk }  # <-\n" RAM CORE,
     "clocks[0].frequency", "missing required key 'frequency'"},
    {"MissingCoreSection", "platform: { name: t }  # <-\n" "clocks: [{ name: clk, frequency: 1 }]\n" RAM, "core",
     "missing required key 'core'"},
    {"UnknownMemoryKind", HEAD "memories:\n  - { name: ram, base: 0, size: 4, kind: rom }  # <-\n" CORE,
     "memories[0].kind", "unknown memory kind 'rom' (allowed: tcm, sram, flash, dram)"},
    {"UnknownClock", HEAD RAM "core:\n  type: cortex-m55\n  clock: fast_clk  # <-\n", "core.clock",
     "unknown clock 'fast_clk' (defined clocks: clk)"},
    {"DuplicateMemoryName", HEAD
     "memories:\n  - { name: ram, base: 0, size: 4, kind: sram }\n"
     "  - { name: ram, base: 8, size: 4, kind: sram }  # <-\n" CORE,
     "memories[1].name", "duplicate name 'ram' (already used by memories[0] at line 5)"},
    {"DuplicateNameAcrossSections", HEAD RAM CORE
     "peripherals:\n  - { name: clk, type: cmsdk-uart, base: 0x40000000 }  # <-\n",
     "peripherals[0].name", "duplicate name 'clk' (already used by clocks[0] at line 3)"},
    {"DuplicateKey", HEAD "memories:\n  - name: ram\n    base: 0\n    size: 4\n    base: 8  # <-\n    kind: sram\n" CORE,
     "memories[0].base", "duplicate key (first given at line 6)"},
    {"ZeroSize", HEAD "memories:\n  - { name: ram, base: 0, size: 0, kind: sram }  # <-\n" CORE,
     "memories[0].size", "size must not be 0"},
    {"ZeroPeripheralSize", HEAD RAM CORE
     "peripherals:\n  - { name: u, type: cmsdk-uart, base: 0x40000000, size: 0 }  # <-\n",
     "peripherals[0].size", "size must not be 0"},
    {"OverlappingMemories", HEAD
     "memories:\n  - { name: a, base: 0x1000, size: 0x1000, kind: sram }\n"
     "  - { name: b, base: 0x1ffc, size: 8, kind: sram }  # <-\n" CORE,
     "memories[1].base", "region 'b' [0x1ffc, 0x2004) overlaps region 'a' [0x1000, 0x2000) given at line 5"},
    {"OverlapOfAnEarlierRegion", HEAD
     "memories:\n  - { name: a, base: 0x2000, size: 0x10, kind: sram }\n"
     "  - { name: b, base: 0x0, size: 0x3000, kind: sram }  # <-\n" CORE,
     "memories[1].base", "region 'b' [0x0, 0x3000) overlaps region 'a' [0x2000, 0x2010)"},
    {"AliasOverlapsPeripheral", HEAD RAM CORE
     "peripherals:\n  - { name: u, type: cmsdk-uart, base: 0x40000000 }\n"
     "  - { name: v, type: cmsdk-uart, base: 0x40001000, aliases: [0x40000000] }  # <-\n",
     "peripherals[1].aliases[0]", "region 'v' alias 0x40000000 [0x40000000, 0x40001000) overlaps region 'u'"},
    {"MemoryAliasOverlapsMemory", HEAD
     "memories:\n  - { name: a, base: 0x0, size: 0x100, kind: tcm, aliases: [0x1000] }\n"
     "  - { name: b, base: 0x1080, size: 0x100, kind: sram }  # <-\n" CORE,
     "memories[1].base", "overlaps region 'a' alias 0x1000 [0x1000, 0x1100)"},
    {"MisalignedMemoryBase", HEAD "memories:\n  - { name: ram, base: 0x1002, size: 4, kind: sram }  # <-\n" CORE,
     "memories[0].base", "base 0x1002 is not aligned to 4 bytes"},
    {"MisalignedMemorySize", HEAD "memories:\n  - { name: ram, base: 0x1000, size: 6, kind: sram }  # <-\n" CORE,
     "memories[0].size", "size 0x6 is not a multiple of 4 bytes"},
    {"MisalignedMemoryAlias", HEAD "memories:\n  - name: ram\n    base: 0\n    size: 4\n    kind: sram\n"
     "    aliases:\n      - 0x100\n      - 0x201  # <-\n" CORE,
     "memories[0].aliases[1]", "alias 0x201 is not aligned to 4 bytes"},
    {"MisalignedPeripheral", HEAD RAM CORE
     "peripherals:\n  - { name: u, type: cmsdk-uart, base: 0x40000100 }  # <-\n",
     "peripherals[0].base", "base 0x40000100 of peripheral 'u' is not aligned to 0x1000"},
    {"MisalignedSmallPeripheral", HEAD RAM CORE
     "peripherals:\n  - { name: u, type: t, base: 0x40000008, size: 16 }  # <-\n",
     "peripherals[0].base", "is not aligned to 0x10"},
    {"PastFourGiB", HEAD "memories:\n  - { name: ram, base: 0xF0000000, size: 512MiB, kind: dram }  # <-\n" CORE,
     "memories[0].base", "region 'ram' [0xf0000000, 0x110000000) extends past 4 GiB"},
    {"AliasPastFourGiB", HEAD
     "memories:\n  - { name: ram, base: 0, size: 1G, kind: dram, aliases: [0x100000000] }  # <-\n" CORE,
     "memories[0].aliases[0]", "extends past 4 GiB"},
    {"BadWidth", HEAD "memories:\n  - { name: ram, base: 0, size: 4, kind: sram, width: 24 }  # <-\n" CORE,
     "memories[0].width", "width must be one of 8, 16, 32, 64, 128 (bits), got 24"},
    {"NegativeLatency", HEAD "memories:\n  - { name: ram, base: 0, size: 4, kind: sram, latency: -1 }  # <-\n" CORE,
     "memories[0].latency", "must not be negative, got '-1'"},
    {"NegativeBase", HEAD "memories:\n  - { name: ram, base: -4, size: 4, kind: sram }  # <-\n" CORE,
     "memories[0].base", "must not be negative"},
    {"NegativeEnergy", HEAD RAM CORE "energy:\n  instructions:\n    alu: -4.0  # <-\n",
     "energy.instructions.alu", "must not be negative, got '-4.0'"},
    {"NegativeStaticPower", HEAD RAM CORE "energy: { static_power: -1mW }  # <-\n", "energy.static_power",
     "must not be negative"},
    {"ZeroFrequency", "platform: { name: t }\nclocks:\n  - { name: clk, frequency: 0MHz }  # <-\n" RAM CORE,
     "clocks[0].frequency", "frequency must be positive, got '0MHz'"},
    {"NegativeFrequency", "platform: { name: t }\nclocks:\n  - { name: clk, frequency: -5 }  # <-\n" RAM CORE,
     "clocks[0].frequency", "frequency must be positive"},
    {"BadFrequencyUnit", "platform: { name: t }\nclocks:\n  - { name: clk, frequency: 100MHZz }  # <-\n" RAM CORE,
     "clocks[0].frequency", "expected a frequency (Hz, or a number with Hz/kHz/MHz/GHz), got '100MHZz'"},
    {"BadBoolean", HEAD RAM "core:\n  type: cortex-m55\n  clock: clk\n  fpu: maybe  # <-\n", "core.fpu",
     "expected true or false, got 'maybe'"},
    {"IntegerOverflow", HEAD
     "memories:\n  - { name: ram, base: 0x10000000000000000, size: 4, kind: sram }  # <-\n" CORE,
     "memories[0].base", "expected an integer, got '0x10000000000000000'"},
    {"ZeroQuantum", HEAD RAM "core:\n  type: cortex-m55\n  clock: clk\n  quantum: 0  # <-\n", "core.quantum",
     "value 0 out of range [1, 4294967295]"},
    {"TooManyIrqs", HEAD RAM "core:\n  type: cortex-m55\n  clock: clk\n  num_irq: 481  # <-\n", "core.num_irq",
     "out of range [1, 480]"},
    {"IrqBeyondNvic", HEAD RAM "core: { type: cortex-m55, clock: clk, num_irq: 32 }\n"
     "peripherals:\n  - { name: u, type: cmsdk-uart, base: 0x40000000, irq: 32 }  # <-\n",
     "peripherals[0].irq", "irq 32 does not exist: the core has num_irq = 32"},
    {"VtorOutsideMemory", HEAD RAM "core:\n  type: cortex-m55\n  clock: clk\n  init_vtor: 0x10000000  # <-\n",
     "core.init_vtor", "init_vtor 0x10000000 is not inside any memory"},
    {"VtorMisaligned", HEAD RAM "core:\n  type: cortex-m55\n  clock: clk\n  init_vtor: 0x40  # <-\n",
     "core.init_vtor", "is not aligned to 128 bytes"},
    {"DefaultVtorOutsideMemory", HEAD "memories:\n  - { name: ram, base: 0x20000000, size: 4, kind: sram }\n"
     "core: { type: cortex-m55, clock: clk }  # <-\n",
     "core.init_vtor", "init_vtor defaults to 0x0, which is not inside any memory"},
    {"NestedParam", HEAD RAM CORE
     "peripherals:\n  - name: u\n    type: cmsdk-uart\n    base: 0x40000000\n    params:\n      baud: { a: 1 }  # <-\n",
     "peripherals[0].params.baud", "expected a scalar value, got a mapping"},
    {"UnknownEnergyMemoryKind", HEAD RAM CORE "energy:\n  memories:\n    rom: { read: 1 }  # <-\n",
     "energy.memories.rom", "unknown memory kind 'rom'"},
    {"TimingNotAnInteger", HEAD RAM "core:\n  type: cortex-m55\n  clock: clk\n  timing: { alu: fast }  # <-\n",
     "core.timing.alu", "expected an integer, got 'fast'"},
    {"InvalidName", HEAD "memories:\n  - { name: my ram, base: 0, size: 4, kind: sram }  # <-\n" CORE,
     "memories[0].name", "invalid name 'my ram'"},
    {"EmptyName", "platform:\n  name: ''  # <-\n" "clocks: [{ name: clk, frequency: 1 }]\n" RAM CORE,
     "platform.name", "must not be empty"},
    {"NullValue", HEAD "memories:\n  - name: ram\n    base:  # <-\n    size: 4\n    kind: sram\n" CORE,
     "memories[0].base", "expected an integer, got nothing (null)"},
    // yaml-cpp notices the unclosed flow where the next key starts.
    {"SyntaxErrorUnclosedFlow", HEAD "memories: [{ name: ram, base: 0\ncore: { type: cortex-m55, clock: clk }  # <-\n",
     "", "YAML syntax error: end of map flow not found"},
    {"SyntaxErrorBadIndent", "platform: { name: t }\nclocks:\n  - name: clk\n    frequency: 1\n   bad: 2  # <-\n",
     "", "YAML syntax error"},
    {"SyntaxErrorUndefinedAlias", HEAD "memories: *ram  # <-\n" CORE, "", "YAML syntax error"},
    {"SecondDocument", HEAD RAM CORE "---\nplatform: { name: u }  # <-\n", "",
     "only one YAML document is allowed"},
    {"TopLevelNotAMapping", "- just a list  # <-\n", "", "the configuration must be a mapping, got a list"},
    {"MissingClocksSection", "platform: { name: t }  # <-\n" RAM CORE, "clocks", "missing required key 'clocks'"},
    {"NoMemories", HEAD "memories: []  # <-\n" CORE, "memories", "at least one memory is required"},
};

INSTANTIATE_TEST_SUITE_P(Config, Malformed, ::testing::ValuesIn(kBadCases),
                         [](const ::testing::TestParamInfo<BadCase>& i) { return std::string(i.param.name); });

TEST(Malformed, EmptyTextIsAnError) {
  for (const char* text : {"", "# only a comment\n", "~\n"}) {
    try {
      parse_platform_config(text, "empty.yaml");
      ADD_FAILURE() << "no exception for '" << text << "'";
    } catch (const ConfigError& e) {
      EXPECT_EQ(std::string(e.what()), "empty.yaml:1:1: the configuration is empty");
    }
  }
}

TEST(Malformed, TabIndentationIsASyntaxError) {
  try {
    parse_platform_config("platform:\n\tname: t\n", "tab.yaml");
    FAIL() << "no exception";
  } catch (const ConfigError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("tab.yaml:2:", 0), 0u) << e.what();
  }
}

// ---------------------------------------------------------------------------
// Files

TEST(LoadFile, MissingFileNamesTheFile) {
  const std::string path = "/nonexistent-dir/tinysim/no_such_config.yaml";
  try {
    load_platform_config(path);
    FAIL() << "no exception";
  } catch (const ConfigError& e) {
    EXPECT_EQ(e.where().file, path);
    EXPECT_EQ(e.where().line, 0);
    EXPECT_EQ(std::string(e.what()).rfind(path + ": cannot open configuration file", 0), 0u) << e.what();
  }
}

TEST(LoadFile, DirectoryIsAnError) {
  EXPECT_THROW(load_platform_config(std::filesystem::temp_directory_path().string()), ConfigError);
}

TEST(LoadFile, ErrorsInAFileNameThatFile) {
  auto path = std::filesystem::temp_directory_path() / "tinysim_test_config_bad.yaml";
  {
    std::ofstream out(path);
    out << "platform: { name: t }\nclocks: [{ name: c, frequency: fast }]\n";
  }
  try {
    load_platform_config(path.string());
    ADD_FAILURE() << "no exception";
  } catch (const ConfigError& e) {
    EXPECT_EQ(std::string(e.what()).rfind(path.string() + ":2:", 0), 0u) << e.what();
    EXPECT_EQ(e.where().key, "clocks[0].frequency");
  }
  std::filesystem::remove(path);
}

// ---------------------------------------------------------------------------
// Robustness: no input may escape as anything but ConfigError.

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Returns "" when parsing succeeded or threw ConfigError, otherwise a description.
std::string parse_outcome(const std::string& text) {
  try {
    parse_platform_config(text, "fuzz.yaml");
  } catch (const ConfigError&) {
  } catch (const std::exception& e) {
    return std::string("non-ConfigError exception: ") + e.what();
  } catch (...) {
    return "unknown exception";
  }
  return "";
}

TEST(Robustness, EveryPrefixOfTheDefaultConfig) {
  const std::string text = read_file(TINYSIM_DEFAULT_CONFIG);
  ASSERT_GT(text.size(), 100u);
  for (size_t n = 0; n <= text.size(); ++n) {
    std::string r = parse_outcome(text.substr(0, n));
    ASSERT_EQ(r, "") << "prefix of " << n << " bytes";
  }
}

TEST(Robustness, DeepNestingIsASyntaxError) {
  std::string text = "platform: " + std::string(20000, '[') + std::string(20000, ']') + "\n";
  try {
    parse_platform_config(text, "deep.yaml");
    FAIL() << "no exception";
  } catch (const ConfigError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("deep.yaml:1:", 0), 0u) << e.what();
    EXPECT_NE(std::string(e.what()).find("nesting is too deep"), std::string::npos) << e.what();
  }
}

TEST(Robustness, SelfReferencingAliasesTerminate) {
  const char* text = R"(platform: { name: t }
clocks: [{ name: c, frequency: 1 }]
memories: [{ name: m, base: 0, size: 4, kind: sram }]
core: { type: x, clock: c }
energy: &e { memories: { tcm: *e } }
)";
  EXPECT_THROW(parse_platform_config(text, "alias.yaml"), ConfigError);
}

TEST(Robustness, RandomMutationsOfTheFullConfig) {
  std::mt19937 rng(12345);  // fixed seed: deterministic
  const std::string base = kFull;
  const char alphabet[] = "{}[]:,-#&*!|>'\"%@` \n\t0x1fKMGz.~?";
  int rejected = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string t = base;
    int edits = 1 + static_cast<int>(rng() % 4);
    for (int k = 0; k < edits; ++k) {
      size_t pos = rng() % t.size();
      char c = alphabet[rng() % (sizeof(alphabet) - 1)];
      switch (rng() % 3) {
        case 0: t[pos] = c; break;
        case 1: t.insert(t.begin() + static_cast<std::ptrdiff_t>(pos), c); break;
        default: t.erase(pos, 1); break;
      }
    }
    std::string r = parse_outcome(t);
    ASSERT_EQ(r, "") << "mutation " << i << ":\n" << t;
    try {
      parse_platform_config(t, "fuzz.yaml");
    } catch (const ConfigError&) {
      ++rejected;
    }
  }
  EXPECT_GT(rejected, 100);  // the mutations really do produce bad configs
}

}  // namespace
}  // namespace tinysim
