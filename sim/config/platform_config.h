// Platform description as read from a YAML file (configs/*.yaml).
//
// Data flows one way: YAML -> PlatformConfig (this file, validated) -> platform
// builder (SystemC modules) -> report. Nothing downstream reads YAML itself.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tinysim {

// Where a value came from, so later checks (in the platform builder) can still
// name the file, line and key.
struct SourceLoc {
  std::string file;
  int line = 0;    // 1-based; 0 when unknown
  int column = 0;  // 1-based; 0 when unknown
  std::string key; // dotted path, e.g. "memories[2].base"
  std::string str() const;  // "file:line:col: key"
};

// Every configuration problem is reported with this exception; what() is
// "file:line:col: key: message".
class ConfigError : public std::runtime_error {
 public:
  ConfigError(const SourceLoc& where, const std::string& message);
  const SourceLoc& where() const { return where_; }
 private:
  SourceLoc where_;
};

struct ClockConfig {
  std::string name;
  double frequency_hz = 0;
  SourceLoc loc;
};

// kind selects the energy coefficients and the report grouping.
enum class MemoryKind { Tcm, Sram, Flash, Dram };
const char* to_string(MemoryKind k);
// "tcm" | "sram" | "flash" | "dram" (exact, lower case); nullopt otherwise.
std::optional<MemoryKind> memory_kind_from_string(std::string_view s);

struct MemoryConfig {
  std::string name;
  uint64_t base = 0;
  uint64_t size = 0;
  MemoryKind kind = MemoryKind::Sram;
  uint32_t read_latency = 0;   // extra wait cycles per access beyond the core's own timing
  uint32_t write_latency = 0;
  uint32_t width_bits = 32;    // data path width; accesses wider than this take several beats
  bool read_only = false;      // firmware stores fault (the loader may still write it)
  std::vector<uint64_t> aliases;  // extra base addresses mapping the same storage
  SourceLoc loc;
};

struct CoreConfig {
  std::string name = "cpu";
  std::string type;              // "cortex-m55"
  std::string clock;             // name of a ClockConfig
  bool fpu = true;               // scalar FPU (single + double precision)
  bool mve = false;              // Helium (MVE); without it, vector instructions stop the run
  uint32_t init_vtor = 0;        // where reset reads the initial SP and reset vector
  uint32_t num_irq = 96;         // external interrupt lines of the NVIC
  uint32_t quantum_cycles = 10000;  // temporal decoupling quantum (tlm_quantumkeeper)
  // Overrides of the timing table, cycles per op class name (see cores/armv8m/op_class.h).
  std::map<std::string, uint32_t> timing;
  std::map<std::string, SourceLoc> timing_locs;  // where each timing entry was written
  SourceLoc loc;
};

struct PeripheralConfig {
  std::string name;
  std::string type;    // "cmsdk-uart", "region-marker", "cmsdk-timer", ...
  uint64_t base = 0;
  uint64_t size = 0x1000;
  int irq = -1;        // external interrupt number, -1 for none
  std::map<std::string, std::string> params;  // type-specific scalars
  std::map<std::string, SourceLoc> param_locs;  // where each param was written
  std::vector<uint64_t> aliases;  // extra base addresses mapping the same registers
  SourceLoc loc;
};

// Energy coefficients. Unset entries take the documented defaults of power/.
struct EnergyConfig {
  std::map<std::string, double> instruction_pj;  // per op class name: pJ per instruction
  std::map<std::string, SourceLoc> instruction_locs;  // where each entry was written
  struct MemoryEnergy { double read_pj_per_byte = -1, write_pj_per_byte = -1; };
  std::map<std::string, MemoryEnergy> memory;    // per MemoryKind name ("tcm", "sram", ...)
  std::optional<double> static_power_mw;         // leakage of the whole platform
  SourceLoc loc;
};

// Where model inference puts its data (optional `inference:` section): the
// memory that holds the compiled model blob (weights, read by the firmware)
// and the read/write memory of the tensor arena. Both name `memories[]`.
struct InferenceConfig {
  std::string weights_memory;
  std::string arena_memory;
  SourceLoc loc, weights_loc, arena_loc;
};

struct PlatformConfig {
  std::string name;
  std::string file;   // path the config was read from
  std::vector<ClockConfig> clocks;
  std::vector<MemoryConfig> memories;
  CoreConfig core;
  std::vector<PeripheralConfig> peripherals;
  EnergyConfig energy;
  std::optional<InferenceConfig> inference;

  const ClockConfig* find_clock(const std::string& name) const;
  const MemoryConfig* find_memory(const std::string& name) const;
  const PeripheralConfig* find_peripheral(const std::string& name) const;
};

// The keys allowed in each mapping of the schema (documented at the top of
// configs/m55.yaml), by section: "" (top level), "platform", "clocks[]",
// "memories[]", "core", "peripherals[]", "energy", "energy.memories.KIND",
// "inference".
// The parser rejects any other key; a test checks that each one is documented.
const std::map<std::string, std::vector<std::string>>& config_schema_keys();

// Parse and validate; throws ConfigError naming file, line and key.
PlatformConfig load_platform_config(const std::string& path);
PlatformConfig parse_platform_config(const std::string& yaml_text, const std::string& filename);

}  // namespace tinysim
