// Platform builder: turns a validated PlatformConfig into SystemC modules
// (memories and peripherals behind a router, the core as initiator), loads
// the firmware, runs it and collects the RunSummary for the report.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "sim/config/platform_config.h"
#include "sim/report/report.h"

namespace tinysim {

struct RunOptions {
  uint64_t max_cycles = 0;      // 0 = unlimited
  std::string args;             // firmware command line (SYS_GET_CMDLINE)
  std::string trace_file;       // instruction trace, empty = none
  std::FILE* console = stdout;  // firmware console output
};

class Platform {
 public:
  // Builds the modules; throws ConfigError for what only the builder can check
  // (core type, peripheral types, timing names, energy names).
  Platform(const PlatformConfig& cfg, const RunOptions& opt);
  ~Platform();

  // Loads an ELF into the memories; throws ElfError with a clear message.
  void load_firmware(const std::string& elf_path);

  // Runs to the end (exit, fault, cycle limit) and returns the summary.
  RunSummary run();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tinysim
