// compiler-e2e: end-to-end check of compiler + blob + firmware runtime on a
// simulated core. Each case is a model (a randomised one-operator model, a
// built-in MLPerf Tiny model or a .tflite file): it is compiled for the
// platform's `inference:` memories, the blob and random inputs are written
// to files, infer.elf runs with them loaded into memory (tinysim `--load`,
// or QEMU's generic loader through scripts/run-qemu.sh), and the CRC-32 of
// every output it prints must equal the CRC of the reference interpreter's
// output: bit-exact.
//
//   compiler-e2e --runner tinysim|qemu --sim PATH --config PLATFORM.yaml --firmware infer.elf
//                --work DIR (--op NAME [--cases N] [--first-seed S] | --builtin NAME | --tflite FILE
//                            | --bad-blobs)
//                [--runs N] [--kernels FLAVOUR]
//
// --bad-blobs runs infer.elf with damaged blobs and bad arguments instead and
// checks its exit status and message for each (the firmware side of blob
// validation).
//
// --sim is the tinysim binary, or scripts/run-qemu.sh for --runner qemu.
// Exit status 0 when every case matches; 1 otherwise (each mismatch is
// printed with the case's parameters and the command that reproduces it,
// and its files are kept in the work folder); 2 for a bad command line.
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <string>
#include <vector>

#include "firmware_run.h"
#include "op_cases.h"
#include "sim/config/platform_config.h"
#include "tsrt.h"
#include "workloads/compiler/compiler/compiler.h"
#include "workloads/compiler/compiler/host_runner.h"
#include "workloads/compiler/compiler/platform_target.h"
#include "workloads/compiler/generator/builtin_models.h"
#include "workloads/compiler/reference/reference_interpreter.h"
#include "workloads/compiler/tflite/tflite_reader.h"

namespace {

using namespace tinysim;
namespace fs = std::filesystem;

struct Options : testing::DriverOptions {
  std::string tflite, kernels = "c";
  bool bad_blobs = false;
  int runs = 1;
};

using testing::hex;
using testing::run_command;
using testing::write_file;

// The command line that runs infer.elf with `loads` in memory and `args`.
std::string firmware_command(const Options& o, const std::vector<testing::LoadedFile>& loads, const std::string& args) {
  return testing::firmware_command(o.firmware_run(), loads, args);
}

// infer.elf with damaged blobs and bad arguments: each must end with the
// documented exit status and a message saying what is wrong.
int run_bad_blobs(const Options& o, const compiler::CompileTarget& target) {
  const testing::OpCase oc = testing::make_op_case(model::OpType::Conv2D, 1);
  const compiler::CompiledModel c = compiler::compile_model(oc.model, target);
  const fs::path dir = fs::path(o.work) / "bad_blobs";
  fs::create_directories(dir);
  const auto inputs = testing::random_inputs(oc.model, 1);
  write_file(dir / "input0.bin", inputs[0]);
  const testing::LoadedFile input = {dir / "input0.bin", c.inputs[0].address};
  auto patched = [&](const std::string& name, auto&& patch, bool fix_crc) {
    std::vector<uint8_t> b = c.blob;
    patch(b);
    if (fix_crc) {
      tsb_header h;
      std::memcpy(&h, b.data(), sizeof h);
      h.crc32 = tsrt_blob_crc32(b.data(), h.total_size);
      std::memcpy(b.data(), &h, sizeof h);
    }
    const fs::path f = dir / (name + ".blob");
    write_file(f, b);
    return f;
  };
  auto header_field = [](std::vector<uint8_t>& b, size_t offset, uint32_t value) {
    std::memcpy(b.data() + offset, &value, 4);
  };
  const std::string at = hex(c.load_address);
  struct Case {
    std::string name;
    std::vector<testing::LoadedFile> loads;
    std::string args;
    int status;
    std::string message;
  };
  const fs::path good = patched("good", [](std::vector<uint8_t>&) {}, false);
  std::vector<uint8_t> half(c.blob.begin(), c.blob.begin() + c.blob.size() / 2);
  write_file(dir / "half.blob", half);
  write_file(dir / "garbage.blob", std::vector<uint8_t>(256, 0x5A));
  const std::vector<Case> cases = {
      {"garbage", {{dir / "garbage.blob", c.load_address}}, "blob=" + at, 2,
       "bad blob: magic is 0x5a5a5a5a, expected 0x424d5354"},
      {"major_version",
       {{patched("version", [](std::vector<uint8_t>& b) { b[4] = 2; }, true), c.load_address}, input},
       "blob=" + at, 2, "format version 2.0, this runtime reads version 1.x"},
      {"weights_byte_flipped",
       {{patched("flipped", [](std::vector<uint8_t>& b) { b.back() ^= 1; }, false), c.load_address}, input},
       "blob=" + at, 2, "CRC-32 is 0x[0-9a-f]{8}, the header says"},
      {"half_loaded", {{dir / "half.blob", c.load_address}, input}, "blob=" + at, 2, "CRC-32"},
      {"bad_operand_unverified",
       {{patched("operand",
                 [&](std::vector<uint8_t>& b) {
                   tsb_header h;
                   std::memcpy(&h, b.data(), sizeof h);
                   const uint16_t bad = 999;
                   std::memcpy(b.data() + h.op_offset + offsetof(tsb_op, inputs), &bad, 2);
                 },
                 false),
         c.load_address},
        input},
       "blob=" + at + " verify=0", 2, "operator L000_CONV_2D: an input names a tensor that does not exist"},
      {"arena_over_firmware_ram",
       {{patched("arena", [&](std::vector<uint8_t>& b) { header_field(b, offsetof(tsb_header, arena_base), 0x20000000); },
                 true),
         c.load_address}},
       "blob=" + at, 2, "the arena \\[0x20000000, \\+[0-9]+\\) overlaps the firmware's data, heap and stack"},
      {"misaligned_address", {{good, c.load_address}}, "blob=" + hex(c.load_address + 4), 1,
       "is not 16-byte aligned"},
      {"blob_in_firmware_ram", {{good, c.load_address}}, "blob=0x20000000", 1, "inside the firmware's own memory"},
      {"missing_blob", {}, "runs=1", 1, "missing blob=ADDRESS"},
      {"unknown_flavour", {{good, c.load_address}, input}, "blob=" + at + " kernels=foo", 1,
       "kernel flavour 'foo' is not built into this firmware \\(available: c"},
      {"unknown_option", {{good, c.load_address}, input}, "blob=" + at + " speed=11", 1, "unknown option 'speed'"},
      {"zero_runs", {{good, c.load_address}, input}, "blob=" + at + " runs=0", 1, "runs=0 must be a positive integer"},
      {"three_runs_and_dump", {{good, c.load_address}, input}, "blob=" + at + " runs=3 dump=1", 0,
       "infer: 3 runs done"},
  };
  int passed = 0;
  for (const Case& k : cases) {
    const std::string cmd = firmware_command(o, k.loads, k.args);
    std::string output;
    const int status = run_command(cmd, output);
    const bool ok = status == k.status && std::regex_search(output, std::regex(k.message));
    if (ok) {
      ++passed;
    } else {
      std::printf("MISMATCH bad-blob case '%s' on %s: exit status %d (expected %d), output must match /%s/\n"
                  "  command: %s\n  output:\n%s\n",
                  k.name.c_str(), o.runner.c_str(), status, k.status, k.message.c_str(), cmd.c_str(), output.c_str());
    }
  }
  std::printf("infer.elf on %s: %d of %zu bad-blob and bad-argument cases rejected as documented\n", o.runner.c_str(),
              passed, cases.size());
  if (passed == static_cast<int>(cases.size())) fs::remove_all(dir);
  return passed == static_cast<int>(cases.size()) ? 0 : 1;
}

// Compiles and runs one model; returns true when every output CRC matches.
bool run_case(const Options& o, const compiler::CompileTarget& target, const model::Model& m,
              const std::string& label, const std::string& description, uint64_t input_seed) {
  const compiler::CompiledModel c = compiler::compile_model(m, target);
  const auto inputs = testing::random_inputs(m, input_seed);
  reference::ReferenceInterpreter ref(m);
  for (size_t i = 0; i < inputs.size(); ++i) ref.set_input(i, inputs[i]);
  ref.invoke();

  const fs::path dir = fs::path(o.work) / label;
  fs::create_directories(dir);
  write_file(dir / "model.blob", c.blob);
  std::vector<testing::LoadedFile> loads = {{dir / "model.blob", c.load_address}};
  for (size_t i = 0; i < inputs.size(); ++i) {
    const fs::path f = dir / ("input" + std::to_string(i) + ".bin");
    write_file(f, inputs[i]);
    loads.emplace_back(f, c.inputs[i].address);
  }
  const std::string args = "blob=" + hex(c.load_address) + " runs=" + std::to_string(o.runs) + " kernels=" + o.kernels;
  const std::string cmd = firmware_command(o, loads, args);
  std::string output;
  const int status = run_command(cmd, output);

  bool ok = status == 0;
  std::string why = ok ? "" : "exit status " + std::to_string(status);
  const std::regex line(R"(output (\d+) '[^']*': .* crc32=0x([0-9a-f]{8}))");
  std::vector<int64_t> got(ref.output_count(), -1);
  for (std::sregex_iterator it(output.begin(), output.end(), line), end; it != end; ++it) {
    const size_t i = std::stoul((*it)[1]);
    if (i < got.size()) got[i] = static_cast<int64_t>(std::stoul((*it)[2], nullptr, 16));
  }
  for (size_t i = 0; i < ref.output_count(); ++i) {
    const auto out = ref.output(i);
    const uint32_t want = compiler::blob_crc32(std::vector<uint8_t>(out.begin(), out.end()));
    if (got[i] != static_cast<int64_t>(want)) {
      ok = false;
      why += (why.empty() ? "" : "; ") + std::string("output ") + std::to_string(i) + " crc32 " +
             (got[i] < 0 ? std::string("missing") : hex(static_cast<uint64_t>(got[i]))) + ", reference " + hex(want);
    }
  }
  if (ok) {
    fs::remove_all(dir);
  } else {
    std::printf("MISMATCH %s on %s: %s\n  case: %s\n  files kept in %s\n  command: %s\n  output:\n%s\n", label.c_str(),
                o.runner.c_str(), why.c_str(), description.c_str(), dir.c_str(), cmd.c_str(), output.c_str());
  }
  return ok;
}

int main_impl(int argc, char** argv) {
  Options o;
  testing::parse_driver_options(argc, argv, o, [&](const std::string& a, const std::function<std::string()>& value) {
    if (a == "--tflite") o.tflite = value();
    else if (a == "--kernels") o.kernels = value();
    else if (a == "--runs") o.runs = std::stoi(value());
    else if (a == "--bad-blobs") o.bad_blobs = true;
    else return false;
    return true;
  });
  if ((o.runner != "tinysim" && o.runner != "qemu") || o.sim.empty() || o.config.empty() || o.firmware.empty() ||
      o.work.empty() || (o.op.empty() + o.builtin.empty() + o.tflite.empty() + !o.bad_blobs) != 3)
    throw std::invalid_argument("need --runner tinysim|qemu, --sim, --config, --firmware, --work and one of "
                                "--op/--builtin/--tflite/--bad-blobs");
  if (!fs::exists(o.firmware)) throw std::runtime_error(o.firmware + ": no such firmware (build the `firmware` target)");
  const compiler::CompileTarget target = compiler::target_from_platform(load_platform_config(o.config));
  fs::create_directories(o.work);
  if (o.bad_blobs) return run_bad_blobs(o, target);

  int passed = 0, total = 0;
  std::string what;
  if (!o.op.empty()) {
    const model::OpType type = testing::op_type_from_name(o.op);
    for (int k = 0; k < o.cases; ++k) {
      const uint64_t seed = o.first_seed + static_cast<uint64_t>(k);
      const testing::OpCase c = testing::make_op_case(type, seed);
      ++total;
      if (run_case(o, target, c.model, o.op + "_" + std::to_string(seed), c.description, seed)) ++passed;
    }
    what = o.op + ": " + std::to_string(passed) + " of " + std::to_string(total) + " randomised cases";
  } else {
    const model::Model m = !o.builtin.empty() ? model::make_builtin_model(o.builtin) : model::read_tflite(o.tflite);
    for (uint64_t seed = o.first_seed; seed < o.first_seed + static_cast<uint64_t>(o.cases); ++seed) {
      ++total;
      if (run_case(o, target, m, m.name + "_input" + std::to_string(seed), "model " + m.name + ", input seed " +
                   std::to_string(seed), seed))
        ++passed;
    }
    what = "model " + m.name + ": " + std::to_string(passed) + " of " + std::to_string(total) + " inputs";
  }
  std::printf("%s bit-exact with the reference on %s (infer.elf, kernels=%s)\n", what.c_str(), o.runner.c_str(),
              o.kernels.c_str());
  return passed == total ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return main_impl(argc, argv);
  } catch (const std::invalid_argument& e) {
    std::cerr << "compiler-e2e: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "compiler-e2e: error: " << e.what() << "\n";
    return 1;
  }
}
