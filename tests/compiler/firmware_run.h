// Running infer.elf from the end-to-end test drivers (tests/compiler/
// e2e_main.cpp and tests/inference/mve_check_main.cpp): writing the files
// it loads, its command line on tinysim or on QEMU (scripts/run-qemu.sh),
// running a command and collecting what it prints.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace tinysim::testing {

std::string hex(uint64_t v);  // "0x%08llx"
void write_file(const std::filesystem::path& path, const std::vector<uint8_t>& bytes);  // throws on failure
// Runs a shell command; its exit status (128 + signal when killed) and its
// stdout and stderr together.
int run_command(const std::string& cmd, std::string& output);

// A file the simulator loads into memory before the firmware starts.
struct LoadedFile {
  std::filesystem::path file;
  uint64_t address;
};

// Where and how infer.elf runs.
struct FirmwareRun {
  std::string runner;    // "tinysim" or "qemu"
  std::string sim;       // the tinysim binary, or scripts/run-qemu.sh
  std::string config;    // platform YAML (tinysim)
  std::string firmware;  // infer.elf
};

// The command line that runs the firmware with `loads` in memory and the
// firmware arguments `args`. tinysim_options: more options of `tinysim run`
// (--max-cycles, --csv); qemu_timeout_s: run-qemu.sh's --timeout.
std::string firmware_command(const FirmwareRun& run, const std::vector<LoadedFile>& loads, const std::string& args,
                             const std::string& tinysim_options = "", int qemu_timeout_s = 120);

// The command-line options both drivers take: where infer.elf runs, the
// work folder, what to run (--op NAME or --builtin MODEL) and how many
// random cases from which seed.
struct DriverOptions {
  std::string runner, sim, config, firmware, work, op, builtin;
  int cases = 10;
  uint64_t first_seed = 1;
  FirmwareRun firmware_run() const { return {runner, sim, config, firmware}; }
};
// Reads argv[1..] into `o`; an option that is not one of DriverOptions' goes
// to `extra(option, value)`, which takes its value (if it has one) by
// calling value() and returns false for an option it does not know.
// Throws std::invalid_argument naming the option on an unknown option or a
// missing value.
using ExtraOption = std::function<bool(const std::string& option, const std::function<std::string()>& value)>;
void parse_driver_options(int argc, char** argv, DriverOptions& o, const ExtraOption& extra);

}  // namespace tinysim::testing
