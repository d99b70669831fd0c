// Platform builder: turns a validated PlatformConfig into SystemC modules
// (memories and peripherals behind a router, the core as initiator), loads
// the firmware, runs it and collects the RunSummary for the report.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "sim/config/platform_config.h"
#include "sim/report/report.h"

namespace tinysim {

struct RunOptions {
  uint64_t max_cycles = 0;      // 0 = unlimited
  std::string args;             // firmware command line (SYS_GET_CMDLINE)
  std::string trace_file;       // instruction trace, empty = none
  bool compile_blocks = true;   // false (--interpret): no host code for hot blocks
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

  // Copies a raw file into memory at `address` (`tinysim run --load
  // FILE@ADDR`: model blobs, input tensors), like the loader writes an ELF
  // segment (read-only memories included). The whole file must fit in one
  // memory window; throws std::runtime_error naming the file otherwise.
  void load_raw(const std::string& path, uint64_t address);

  // Raw bytes into / out of the platform's memories (the model blob and the
  // tensors of `tinysim infer`), like a debugger: no timing, read-only
  // memories included. The range must lie in one memory window; otherwise
  // std::runtime_error naming `what` and the address.
  void write_memory(uint64_t address, std::span<const uint8_t> bytes, const std::string& what = "write");
  std::vector<uint8_t> read_memory(uint64_t address, size_t bytes, const std::string& what = "read") const;

  // Runs to the end (exit, fault, cycle limit) and returns the summary.
  RunSummary run();

 private:
  uint8_t* memory_span(uint64_t address, size_t bytes, const std::string& what) const;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tinysim
