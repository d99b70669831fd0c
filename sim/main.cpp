// tinysim command line.
//
//   tinysim run --config platform.yaml --firmware fw.elf [--max-cycles N]
//               [--report out.json] [--csv out.csv] [--trace trace.txt]
//               [--args "a b c"] [--quiet]
//
// Exit status: the firmware's exit code when it exits through semihosting;
// otherwise 2 = bad command line, configuration or ELF; 3 = the firmware
// crashed (lockup, unhandled fault, undefined or unimplemented instruction,
// semihosting misuse); 4 = the --max-cycles limit was reached; 5 = deadlock
// (the core sleeps and nothing can wake it).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>

#include <systemc>

#include "sim/config/platform_config.h"
#include "sim/config/units.h"
#include "sim/loader/elf_image.h"
#include "sim/platform/platform.h"
#include "sim/report/report.h"

namespace {

constexpr int kExitUsage = 2, kExitCrash = 3, kExitMaxCycles = 4, kExitDeadlock = 5;

void usage(std::FILE* out) {
  std::fprintf(out,
               "usage: tinysim run --config PLATFORM.yaml --firmware FIRMWARE.elf [options]\n"
               "options:\n"
               "  --max-cycles N    stop after N core cycles (exit status 4)\n"
               "  --report FILE     write the report as JSON\n"
               "  --csv FILE        write the per-region table as CSV\n"
               "  --trace FILE      write an instruction trace\n"
               "  --args \"...\"      firmware command line (semihosting SYS_GET_CMDLINE)\n"
               "  --quiet           print only the firmware's console output\n");
}

struct Cli {
  std::string command, config, firmware, report, csv, trace, args;
  uint64_t max_cycles = 0;
  bool quiet = false;
};

bool parse(int argc, char** argv, Cli& cli, std::string& err) {
  if (argc < 2) { err = "missing command"; return false; }
  cli.command = argv[1];
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](std::string& dst) {
      if (i + 1 >= argc) { err = "option " + a + " needs a value"; return false; }
      dst = argv[++i];
      return true;
    };
    if (a == "--config") { if (!value(cli.config)) return false; }
    else if (a == "--firmware") { if (!value(cli.firmware)) return false; }
    else if (a == "--report") { if (!value(cli.report)) return false; }
    else if (a == "--csv") { if (!value(cli.csv)) return false; }
    else if (a == "--trace") { if (!value(cli.trace)) return false; }
    else if (a == "--args") { if (!value(cli.args)) return false; }
    else if (a == "--quiet") cli.quiet = true;
    else if (a == "--max-cycles") {
      std::string v;
      if (!value(v)) return false;
      char* end = nullptr;
      errno = 0;
      unsigned long long n = std::strtoull(v.c_str(), &end, 0);
      if (v.empty() || *end || errno || v[0] == '-') { err = "--max-cycles needs a positive integer, got '" + v + "'"; return false; }
      cli.max_cycles = n;
    } else if (a == "--help" || a == "-h") { cli.command = "help"; }
    else { err = "unknown option '" + a + "'"; return false; }
  }
  return true;
}

}  // namespace

// Our own main: the SystemC banner, printed while the library initialises,
// would otherwise mix with the firmware's console output.
int main(int argc, char** argv) {
  setenv("SYSTEMC_DISABLE_COPYRIGHT_MESSAGE", "1", 1);
  return sc_core::sc_elab_and_sim(argc, argv);
}

int sc_main(int argc, char** argv) {
  sc_core::sc_report_handler::set_actions(sc_core::SC_INFO, sc_core::SC_DO_NOTHING);
  sc_core::sc_report_handler::set_actions(sc_core::SC_WARNING, sc_core::SC_DO_NOTHING);
  Cli cli;
  std::string err;
  if (!parse(argc, argv, cli, err)) {
    std::fprintf(stderr, "tinysim: error: %s\n", err.c_str());
    usage(stderr);
    return kExitUsage;
  }
  if (cli.command == "help") { usage(stdout); return 0; }
  if (cli.command != "run") {
    std::fprintf(stderr, "tinysim: error: unknown command '%s'\n", cli.command.c_str());
    usage(stderr);
    return kExitUsage;
  }
  if (cli.config.empty() || cli.firmware.empty()) {
    std::fprintf(stderr, "tinysim: error: run needs --config and --firmware\n");
    usage(stderr);
    return kExitUsage;
  }
  static char console_buf[1 << 16];
  std::setvbuf(stdout, console_buf, _IOFBF, sizeof console_buf);
  tinysim::RunSummary summary;
  try {
    tinysim::PlatformConfig cfg = tinysim::load_platform_config(cli.config);
    tinysim::RunOptions opt;
    opt.max_cycles = cli.max_cycles;
    // Like QEMU's -kernel/-append: argv[0] is the firmware path.
    opt.args = cli.args.empty() ? cli.firmware : cli.firmware + " " + cli.args;
    opt.trace_file = cli.trace;
    tinysim::Platform platform(cfg, opt);
    platform.load_firmware(cli.firmware);
    summary = platform.run();
  } catch (const std::exception& e) {  // ConfigError, ElfError, unwritable trace file, ...: all name the file
    std::fflush(stdout);
    std::fprintf(stderr, "tinysim: error: %s\n", e.what());
    return kExitUsage;
  }
  std::fflush(stdout);
  if (!cli.quiet) tinysim::print_table(summary, stdout);
  std::fflush(stdout);
  auto write_file = [&](const std::string& path, auto writer) {
    std::ofstream f(path);
    if (!f) { std::fprintf(stderr, "tinysim: error: cannot write '%s'\n", path.c_str()); return false; }
    writer(summary, f);
    return static_cast<bool>(f);
  };
  bool files_ok = true;
  if (!cli.report.empty()) files_ok &= write_file(cli.report, tinysim::write_json);
  if (!cli.csv.empty()) files_ok &= write_file(cli.csv, tinysim::write_csv);
  int code;
  if (summary.stop_reason == "exit") {
    code = summary.exit_code;
    // Firmware that exits with an error after a fault (its own handler
    // reported it): say what the core saw.
    if (code != 0 && !summary.last_fault.empty())
      std::fprintf(stderr, "tinysim: note: firmware exited with code %d; the last fault it took was %s\n", code,
                   summary.last_fault.c_str());
  } else {
    std::fprintf(stderr, "tinysim: %s: %s\n", summary.stop_reason.c_str(), summary.message.c_str());
    code = summary.stop_reason == "max-cycles" ? kExitMaxCycles
         : summary.stop_reason == "deadlock" ? kExitDeadlock
         : kExitCrash;
  }
  if (!files_ok && code == 0) code = kExitUsage;
  return code;
}
