// Energy model: events x coefficients + static power x time, defaults and
// YAML overrides, and a clear error for an unknown instruction class.
#include <gtest/gtest.h>

#include "power/energy_model.h"

namespace tinysim {
namespace {

TEST(EnergyModel, SumsEventsAndStaticPower) {
  EnergyConfig cfg;
  cfg.instruction_pj["alu"] = 2.0;
  cfg.instruction_pj["load"] = 3.0;
  cfg.memory["sram"].read_pj_per_byte = 0.5;
  cfg.memory["sram"].write_pj_per_byte = 0.25;
  cfg.static_power_mw = 1.0;
  EnergyModel m(cfg, {"alu", "load"}, {MemoryKind::Sram});
  EventCounters ev;
  ev.op_class[0] = 100;   // alu
  ev.op_class[1] = 10;    // load
  ev.memory[0].read_bytes = 40;
  ev.memory[0].write_bytes = 8;
  EnergyBreakdown e = m.compute(ev, 1e-6);  // 1 us
  EXPECT_DOUBLE_EQ(e.instructions_pj, 100 * 2.0 + 10 * 3.0);
  EXPECT_DOUBLE_EQ(e.memory_pj, 40 * 0.5 + 8 * 0.25);
  EXPECT_DOUBLE_EQ(e.static_pj, 1.0e-3 * 1e-6 * 1e12);  // 1 mW for 1 us = 1000 pJ
  EXPECT_DOUBLE_EQ(e.total_uj(), (230.0 + 22.0 + 1000.0) * 1e-6);
}

TEST(EnergyModel, DefaultsApplyWhereYamlIsSilent) {
  EnergyModel m(EnergyConfig{}, {"alu", "fp_div_d"}, {MemoryKind::Tcm, MemoryKind::Dram});
  EXPECT_DOUBLE_EQ(m.instruction_pj(0), EnergyModel::default_instruction_pj("alu"));
  EXPECT_GT(m.instruction_pj(1), m.instruction_pj(0));          // a double divide costs more than an add
  EXPECT_GT(m.read_pj_per_byte(MemoryKind::Dram), m.read_pj_per_byte(MemoryKind::Tcm));
  EXPECT_GT(m.static_power_mw(), 0.0);
}

TEST(EnergyModel, UnknownClassNamesTheYamlLine) {
  EnergyConfig cfg;
  cfg.instruction_pj["warp"] = 1.0;
  SourceLoc loc;
  loc.file = "p.yaml";
  loc.line = 12;
  loc.column = 3;
  loc.key = "energy.instructions.warp";
  cfg.instruction_locs["warp"] = loc;
  try {
    EnergyModel m(cfg, {"alu"}, {});
    FAIL() << "accepted an unknown class";
  } catch (const ConfigError& e) {
    EXPECT_NE(std::string(e.what()).find("p.yaml:12:3"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("warp"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace tinysim
