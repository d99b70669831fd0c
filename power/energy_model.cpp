#include "power/energy_model.h"

#include <map>

namespace tinysim {

// Default coefficients, for a Cortex-M55-class core in a 22 nm low-power
// process at nominal voltage. Sources:
//  [ARM-M4]  Arm Cortex-M4 product page: 12.26 uW/MHz dynamic on 40LP, i.e.
//            ~12 pJ per cycle for core + local memories at IPC ~1; scaled to
//            22 nm (x ~0.5, assumption) gives ~6 pJ for a plain instruction,
//            memory data accesses counted separately below.
//  [HOROWITZ] M. Horowitz, "Computing's energy problem", ISSCC 2014, 45 nm:
//            32-bit int add 0.1 pJ, 32-bit int mult 3.1 pJ, 32-bit FP add
//            0.9 pJ, FP mult 3.7 pJ; SRAM 8 KB read 64 bit 10 pJ, 32 KB 20 pJ,
//            1 MB 100 pJ; DRAM 1.3-2.6 nJ per 64 bit. Scaled to 22 nm by
//            x0.4 (assumption).
// Every value can be overridden in the platform YAML under `energy:`.
double EnergyModel::default_instruction_pj(const std::string& c) {
  static const std::map<std::string, double> table = {
      {"alu", 6.0},          // [ARM-M4] scaled: fetch + decode + ALU
      {"alu_shift_reg", 6.5},
      {"mul", 7.5},          // + [HOROWITZ] int mult 3.1 pJ x 0.4
      {"mul_long", 8.5},
      {"div", 12.0},         // assumption: iterative divider active several cycles
      {"dsp", 6.5},
      {"dsp_mac", 8.0},
      {"load", 6.5},         // pipeline part only; data bytes counted per memory
      {"store", 6.5},
      {"load_multi", 8.0},
      {"store_multi", 8.0},
      {"branch", 6.0},
      {"branch_link", 6.0},
      {"loop", 4.0},         // LE is folded by the loop cache: no fetch
      {"system", 6.0},
      {"exclusive", 7.0},
      {"fp_alu", 6.5},       // + [HOROWITZ] FP add 0.9 pJ x 0.4
      {"fp_mul", 7.5},       // + [HOROWITZ] FP mult 3.7 pJ x 0.4
      {"fp_mac", 8.5},
      {"fp_div", 20.0},      // assumption: multi-cycle iterative unit
      {"fp_div_d", 40.0},
      {"fp_cvt", 6.5},
      {"fp_alu_d", 9.0},
      {"fp_mul_d", 12.0},
      {"fp_load", 6.5},
      {"fp_store", 6.5},
      {"fp_move", 6.0},
      {"nop", 4.0},
      {"long_shift", 6.5},
      // Helium: per instruction (fetch, decode, vector register file) plus
      // per active beat (kVectorBeatPj): assumptions scaled like the scalar
      // classes, no published M55 figure.
      {"mve_alu", 8.0},
      {"mve_mul", 10.0},
      {"mve_mac", 11.0},
      {"mve_reduce", 9.0},
      {"mve_pred", 7.0},
      {"mve_move", 6.0},
      {"mve_fp_alu", 9.0},
      {"mve_fp_mul", 11.0},
      {"mve_fp_cvt", 9.0},
      {"mve_load", 8.0},     // pipeline part only; data bytes counted per memory
      {"mve_store", 8.0},
      {"mve_gather", 12.0},
      {"mve_scatter", 12.0},
      {"mve_load_interleave", 9.0},
      {"mve_store_interleave", 9.0},
      {"unimplemented", 6.0},
  };
  auto it = table.find(c);
  return it == table.end() ? 6.0 : it->second;
}

namespace {
// pJ per byte, [HOROWITZ] scaled to 22 nm (x0.4): TCM ~ 8-32 KB banks,
// SRAM ~ 1 MB class, flash and DRAM per assumption.
constexpr double kDefaultRead[4] = {
    0.5,   // tcm: 10-20 pJ / 8 B x 0.4
    1.25,  // sram: 20-100 pJ / 8 B x 0.4 (middle of the range)
    6.0,   // flash: assumption, embedded NOR/QSPI read ~5x SRAM
    40.0,  // dram: 1.3-2.6 nJ / 8 B x 0.4 ~ 65-130 pJ; LPDDR4 ~4-5 pJ/bit = 40 pJ/B (assumption)
};
constexpr double kDefaultWrite[4] = {0.6, 1.5, 60.0, 45.0};  // flash write: assumption (program)
constexpr double kDefaultStaticMw = 0.5;  // assumption: 22 nm LP MCU subsystem leakage
// One Helium beat = a 32-bit slice of the vector datapath (4 int8 MACs at
// most): [HOROWITZ] 8-bit multiply 0.2 pJ + 32-bit add 0.1 pJ per lane, and
// the vector register file, x0.4 scaling; assumption: 3 pJ per active beat.
constexpr double kDefaultVectorBeatPj = 3.0;
}  // namespace

EnergyModel::EnergyModel(const EnergyConfig& cfg, std::vector<std::string> op_classes,
                         std::vector<MemoryKind> memory_kinds)
    : op_classes_(std::move(op_classes)), memory_kinds_(std::move(memory_kinds)), vector_beat_pj_(kDefaultVectorBeatPj) {
  instr_pj_.resize(op_classes_.size());
  for (size_t i = 0; i < op_classes_.size(); ++i) instr_pj_[i] = default_instruction_pj(op_classes_[i]);
  for (const auto& [name, pj] : cfg.instruction_pj) {
    if (name == kVectorBeatEvent) { vector_beat_pj_ = pj; continue; }
    size_t i = 0;
    while (i < op_classes_.size() && op_classes_[i] != name) ++i;
    if (i == op_classes_.size()) {
      SourceLoc loc = cfg.loc;
      if (auto it = cfg.instruction_locs.find(name); it != cfg.instruction_locs.end()) loc = it->second;
      std::string known;
      for (const auto& n : op_classes_) known += (known.empty() ? "" : ", ") + n;
      throw ConfigError(loc, "unknown instruction class '" + name + "' (known: " + known + ", " +
                                 kVectorBeatEvent + ")");
    }
    instr_pj_[i] = pj;
  }
  for (int k = 0; k < 4; ++k) { read_pj_[k] = kDefaultRead[k]; write_pj_[k] = kDefaultWrite[k]; }
  for (const auto& [kind_name, e] : cfg.memory) {
    auto kind = memory_kind_from_string(kind_name);
    if (!kind) throw ConfigError(cfg.loc, "unknown memory kind '" + kind_name + "' in energy.memories");
    int k = static_cast<int>(*kind);
    if (e.read_pj_per_byte >= 0) read_pj_[k] = e.read_pj_per_byte;
    if (e.write_pj_per_byte >= 0) write_pj_[k] = e.write_pj_per_byte;
  }
  static_mw_ = cfg.static_power_mw.value_or(kDefaultStaticMw);
}

EnergyBreakdown EnergyModel::compute(const EventCounters& ev, double seconds) const {
  EnergyBreakdown b;
  for (size_t i = 0; i < instr_pj_.size() && i < ev.op_class.size(); ++i)
    b.instructions_pj += static_cast<double>(ev.op_class[i]) * instr_pj_[i];
  b.instructions_pj += static_cast<double>(ev.vector_beats) * vector_beat_pj_;
  for (size_t m = 0; m < memory_kinds_.size() && m < ev.memory.size(); ++m) {
    int k = static_cast<int>(memory_kinds_[m]);
    b.memory_pj += static_cast<double>(ev.memory[m].read_bytes) * read_pj_[k] +
                   static_cast<double>(ev.memory[m].write_bytes) * write_pj_[k];
  }
  b.static_pj = static_mw_ * 1e-3 * seconds * 1e12;
  return b;
}

}  // namespace tinysim
