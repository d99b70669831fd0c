#include "firmware_run.h"

#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <stdexcept>

namespace tinysim::testing {

std::string hex(uint64_t v) {
  char b[24];
  std::snprintf(b, sizeof b, "0x%08llx", static_cast<unsigned long long>(v));
  return b;
}

void write_file(const std::filesystem::path& path, const std::vector<uint8_t>& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error(path.string() + ": cannot write");
}

int run_command(const std::string& cmd, std::string& output) {
  output.clear();
  FILE* p = popen((cmd + " 2>&1").c_str(), "r");
  if (!p) return -1;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) output.append(buf, n);
  const int status = pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

std::string firmware_command(const FirmwareRun& run, const std::vector<LoadedFile>& loads, const std::string& args,
                             const std::string& tinysim_options, int qemu_timeout_s) {
  std::string cmd;
  if (run.runner == "tinysim") {
    cmd = run.sim + " run --quiet --config " + run.config + " --firmware " + run.firmware;
    if (!tinysim_options.empty()) cmd += " " + tinysim_options;
    for (const LoadedFile& l : loads) cmd += " --load " + l.file.string() + "@" + hex(l.address);
    cmd += " --args \"" + args + "\"";
  } else {
    cmd = run.sim + " --timeout " + std::to_string(qemu_timeout_s);
    // force-raw: without it QEMU's generic loader parses a file that starts
    // with ':' (an input byte 0x3a) as Intel HEX and loads nothing.
    for (const LoadedFile& l : loads)
      cmd += " --qemu-arg -device --qemu-arg loader,file=" + l.file.string() + ",addr=" + hex(l.address) +
             ",force-raw=on";
    cmd += " " + run.firmware + " " + args;
  }
  return cmd;
}

void parse_driver_options(int argc, char** argv, DriverOptions& o, const ExtraOption& extra) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const std::function<std::string()> value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::invalid_argument(a + " needs a value");
      return argv[++i];
    };
    if (a == "--runner") o.runner = value();
    else if (a == "--sim") o.sim = value();
    else if (a == "--config") o.config = value();
    else if (a == "--firmware") o.firmware = value();
    else if (a == "--work") o.work = value();
    else if (a == "--op") o.op = value();
    else if (a == "--builtin") o.builtin = value();
    else if (a == "--cases") o.cases = std::stoi(value());
    else if (a == "--first-seed") o.first_seed = std::stoull(value());
    else if (!extra(a, value)) throw std::invalid_argument("unknown option '" + a + "'");
  }
}

}  // namespace tinysim::testing
