// tinysim command line.
//
//   tinysim run --config platform.yaml --firmware fw.elf [--max-cycles N]
//               [--report out.json] [--csv out.csv] [--trace trace.txt]
//               [--args "a b c"] [--load FILE@ADDR]... [--interpret] [--quiet]
//   tinysim infer --config platform.yaml [--model model.tflite|builtin:NAME]
//               [--input in.bin] [--output out.bin] [--report r.json]
//               [--csv r.csv] [--runs N] [--kernels c|mve] [--firmware infer.elf]
//               [--max-cycles N] [--trace FILE] [--quiet]
//   tinysim compile --model model.tflite --target platform.yaml -o model.bin
//
// `infer` and `compile` are sim/infer/infer_command.h; their exit status adds
// 6 = the inference output differs from the host reference interpreter.
//
// Exit status: the firmware's exit code when it exits through semihosting;
// otherwise 2 = bad command line, configuration or ELF; 3 = the firmware
// crashed (lockup, unhandled fault, undefined or unimplemented instruction,
// semihosting misuse); 4 = the --max-cycles limit was reached; 5 = deadlock
// (the core sleeps and nothing can wake it).
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

#include <systemc>

#include "sim/config/platform_config.h"
#include "sim/config/units.h"
#include "sim/infer/infer_command.h"
#include "sim/loader/elf_image.h"
#include "sim/platform/platform.h"
#include "sim/report/report.h"

namespace {

constexpr int kExitUsage = 2, kExitCrash = 3, kExitMaxCycles = 4, kExitDeadlock = 5;

void usage(std::FILE* out) {
  std::fprintf(out,
               "usage: tinysim run --config PLATFORM.yaml --firmware FIRMWARE.elf [options]\n"
               "       tinysim infer --config PLATFORM.yaml [--model MODEL.tflite|builtin:kws|vww|resnet8|ad] [options]\n"
               "       tinysim compile --model MODEL.tflite --target PLATFORM.yaml -o MODEL.bin\n"
               "options:\n"
               "  --max-cycles N    stop after N core cycles (exit status 4)\n"
               "  --report FILE     write the report as JSON\n"
               "  --csv FILE        write the per-region table as CSV\n"
               "  --trace FILE      write an instruction trace\n"
               "  --interpret       no host code for hot blocks (same results and cycles, slower)\n"
               "  --args \"...\"      firmware command line (semihosting SYS_GET_CMDLINE)\n"
               "  --load FILE@ADDR  copy FILE's bytes into memory at ADDR after the ELF (repeatable)\n"
               "  --quiet           print only the firmware's console output\n"
               "infer options (the built-in model builtin:kws when --model is absent):\n"
               "  --input FILE      input tensor, raw int8 bytes (default: deterministic pseudo-random)\n"
               "  --output FILE     write the output tensor (raw bytes)\n"
               "  --report FILE     per-layer report as JSON;  --csv FILE  per-layer table as CSV\n"
               "  --runs N          inferences to run (figures are per inference)\n"
               "  --kernels c|mve   portable C or Helium kernels (default mve)\n"
               "  --firmware ELF    inference firmware (default: the build's infer.elf)\n"
               "  --max-cycles N, --trace FILE, --quiet as for run\n");
}

// `tinysim infer` / `tinysim compile` options.
int infer_main(int argc, char** argv) {
  const std::string cmd = argv[1];
  tinysim::InferOptions io;
  tinysim::CompileOptions co;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> const char* {
      if (i + 1 >= argc) throw std::invalid_argument("option " + a + " needs a value");
      return argv[++i];
    };
    auto count = [&](const char* v) -> uint64_t {
      char* end = nullptr;
      errno = 0;
      unsigned long long n = std::strtoull(v, &end, 0);
      if (!*v || *end || errno || v[0] == '-') throw std::invalid_argument(a + " needs a positive integer, got '" + v + "'");
      return n;
    };
    if (a == "--help" || a == "-h") { usage(stdout); return 0; }
    if (cmd == "compile") {
      if (a == "--model") co.model = value();
      else if (a == "--target") co.target = value();
      else if (a == "-o" || a == "--output") co.output = value();
      else throw std::invalid_argument("unknown option '" + a + "' for compile");
      continue;
    }
    if (a == "--config") io.config = value();
    else if (a == "--model") io.model = value();
    else if (a == "--input") io.input = value();
    else if (a == "--output") io.output = value();
    else if (a == "--report") io.report = value();
    else if (a == "--csv") io.csv = value();
    else if (a == "--firmware") io.firmware = value();
    else if (a == "--kernels") io.kernels = value();
    else if (a == "--trace") io.trace = value();
    else if (a == "--quiet") io.quiet = true;
    else if (a == "--runs") {
      const uint64_t n = count(value());
      if (n < 1 || n > 1000000) throw std::invalid_argument("--runs must be between 1 and 1000000");
      io.runs = static_cast<int>(n);
    } else if (a == "--max-cycles") io.max_cycles = count(value());
    else throw std::invalid_argument("unknown option '" + a + "' for infer");
  }
  static char console_buf[1 << 16];
  std::setvbuf(stdout, console_buf, _IOFBF, sizeof console_buf);
  const int code = cmd == "compile" ? tinysim::run_compile(co) : tinysim::run_infer(io);
  std::fflush(stdout);
  return code;
}

struct RawLoad {
  std::string file;
  uint64_t address = 0;
};

struct Cli {
  std::string command, config, firmware, report, csv, trace, args;
  std::vector<RawLoad> loads;
  uint64_t max_cycles = 0;
  bool quiet = false;
  bool interpret = false;
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
    else if (a == "--interpret") cli.interpret = true;
    else if (a == "--load") {
      std::string v;
      if (!value(v)) return false;
      // FILE@ADDR; the last '@' separates them (file names may contain '@').
      const size_t at = v.rfind('@');
      const std::string addr = at == std::string::npos ? std::string() : v.substr(at + 1);
      char* end = nullptr;
      errno = 0;
      unsigned long long n = addr.empty() ? 0 : std::strtoull(addr.c_str(), &end, 0);
      if (at == std::string::npos || at == 0 || addr.empty() || *end || errno || addr[0] == '-' ||
          n > 0xFFFFFFFFull) {
        err = "--load needs FILE@ADDRESS with a 32-bit address, got '" + v + "'";
        return false;
      }
      cli.loads.push_back({v.substr(0, at), n});
    }
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
  if (argc >= 2 && (std::strcmp(argv[1], "infer") == 0 || std::strcmp(argv[1], "compile") == 0)) {
    try {
      return infer_main(argc, argv);
    } catch (const std::invalid_argument& e) {
      std::fprintf(stderr, "tinysim: error: %s\n", e.what());
      usage(stderr);
      return kExitUsage;
    }
  }
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
    opt.compile_blocks = !cli.interpret;
    tinysim::Platform platform(cfg, opt);
    platform.load_firmware(cli.firmware);
    for (const RawLoad& l : cli.loads) platform.load_raw(l.file, l.address);
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
