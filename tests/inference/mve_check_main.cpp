// inference-mve-check: the Helium kernel flavour (infer.elf kernels=mve)
// against the portable C flavour, bit for bit, on QEMU or tinysim.
//
// Each case is a model (a randomised one-operator model of mve_cases.h or a
// built-in MLPerf Tiny model) compiled for the platform, optionally patched
// (im2col scratch, FULLY_CONNECTED filter offset), loaded with its inputs and
// run by infer.elf with dump=1:
//   - kernels=mve on the target must give exactly the bytes of the C flavour
//     run on the host (the runtime's own C kernels built natively), and
//   - kernels=c on the target must too (unless --target-c 0), and
//   - for unpatched blobs the C flavour must equal the reference interpreter.
//
//   inference-mve-check --runner qemu|tinysim --sim PATH --config PLATFORM.yaml --firmware infer.elf
//                       --work DIR (--op NAME | --builtin NAME) [--cases N] [--first-seed S] [--target-c 0|1]
//                       [--speed]
//
// --speed (tinysim, --builtin): runs the model once with each flavour and
// prints the per-layer cycles from tinysim's report (--csv), the speed-up
// and the Helium cycles and instructions per MAC; fails when the outputs
// differ, or when kernels=mve is not faster than kernels=c on the whole
// inference or on any layer whose kind the flavour accelerates.
//
// --sim is scripts/run-qemu.sh for --runner qemu, the tinysim binary for
// --runner tinysim. Exit status 0 when every case matches; 1 otherwise (each
// mismatch printed with the case, the first differing byte and the command;
// its files are kept in the work folder); 2 for a bad command line.
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "firmware_run.h"
#include "mve_cases.h"
#include "sim/config/platform_config.h"
#include "tinysim_model_blob.h"
#include "workloads/compiler/compiler/compiler.h"
#include "workloads/compiler/compiler/host_runner.h"
#include "workloads/compiler/compiler/platform_target.h"
#include "workloads/compiler/generator/builtin_models.h"
#include "workloads/compiler/reference/reference_interpreter.h"

namespace {

using namespace tinysim;
namespace fs = std::filesystem;

struct Options : testing::DriverOptions {
  bool target_c = true;
  bool speed = false;
};

using testing::hex;
using testing::run_command;
using testing::write_file;

template <typename T>
T read_at(const std::vector<uint8_t>& blob, size_t offset) {
  T v;
  std::memcpy(&v, blob.data() + offset, sizeof v);
  return v;
}

template <typename T>
void write_at(std::vector<uint8_t>& blob, size_t offset, const T& v) {
  std::memcpy(blob.data() + offset, &v, sizeof v);
}

// Applies the case's patch to every operator of the kind it concerns and
// recomputes the blob's CRC.
void patch_blob(std::vector<uint8_t>& blob, const inference_tests::BlobPatch& patch) {
  if (!patch.any()) return;
  tsb_header h = read_at<tsb_header>(blob, 0);
  for (uint32_t i = 0; i < h.op_count; ++i) {
    const size_t at = h.op_offset + static_cast<size_t>(i) * h.op_entry_size;
    tsb_op op = read_at<tsb_op>(blob, at);
    if (op.kind == TSB_OP_CONV_2D && patch.conv_scratch_bytes) {
      // Scratch after everything the planner placed (the arena grows).
      const uint32_t offset = (h.arena_size + TSB_ALIGN - 1) / TSB_ALIGN * TSB_ALIGN;
      op.scratch_offset = offset;
      op.scratch_bytes = patch.conv_scratch_bytes;
      h.arena_size = offset + patch.conv_scratch_bytes;
    }
    if (op.kind == TSB_OP_FULLY_CONNECTED && patch.fc_filter_offset)
      op.params.fc.filter_offset = patch.fc_filter_offset;
    write_at(blob, at, op);
  }
  h.crc32 = 0;
  write_at(blob, 0, h);
  h.crc32 = compiler::blob_crc32(blob);
  write_at(blob, 0, h);
}

// The bytes infer.elf dumped for each output (dump=1), by output index.
std::vector<std::vector<uint8_t>> parse_dump(const std::string& text, size_t outputs) {
  std::vector<std::vector<uint8_t>> got(outputs);
  const std::regex head(R"(^output (\d+) '[^']*': .*crc32=0x[0-9a-f]{8}$)");
  std::istringstream in(text);
  std::string line;
  long current = -1;
  while (std::getline(in, line)) {
    std::smatch m;
    if (std::regex_match(line, m, head)) {
      current = std::stol(m[1]);
      if (current >= static_cast<long>(outputs)) current = -1;
      continue;
    }
    if (current >= 0 && line.size() > 2 && line[0] == ' ' && line[1] == ' ') {
      std::istringstream bytes(line);
      std::string b;
      while (bytes >> b) got[static_cast<size_t>(current)].push_back(static_cast<uint8_t>(std::stoul(b, nullptr, 16)));
    } else {
      current = -1;
    }
  }
  return got;
}

// "" when equal, else where and how they differ.
std::string compare_bytes(const std::vector<uint8_t>& got, const std::vector<uint8_t>& want) {
  if (got.size() != want.size())
    return std::to_string(got.size()) + " bytes instead of " + std::to_string(want.size());
  for (size_t i = 0; i < got.size(); ++i)
    if (got[i] != want[i]) {
      size_t differing = 0;
      for (size_t j = i; j < got.size(); ++j) differing += got[j] != want[j];
      return "byte " + std::to_string(i) + " is " + std::to_string(static_cast<int8_t>(got[i])) + " instead of " +
             std::to_string(static_cast<int8_t>(want[i])) + " (" + std::to_string(differing) + " of " +
             std::to_string(got.size()) + " bytes differ)";
    }
  return "";
}

using Loaded = testing::LoadedFile;

std::string firmware_command(const Options& o, const std::vector<Loaded>& loads, uint64_t blob_address,
                             const std::string& kernels, const std::string& csv = "") {
  const std::string args = "blob=" + hex(blob_address) + " kernels=" + kernels + " dump=1";
  const std::string options = "--max-cycles 4000000000" + (csv.empty() ? std::string() : " --csv " + csv);
  return testing::firmware_command(o.firmware_run(), loads, args, options, 300);
}

// Runs one model; true when every check passes.
bool run_case(const Options& o, const compiler::CompileTarget& target, const model::Model& m,
              const inference_tests::BlobPatch& patch, const std::vector<std::vector<uint8_t>>& inputs,
              const std::string& label, const std::string& description) {
  compiler::CompiledModel c = compiler::compile_model(m, target);
  patch_blob(c.blob, patch);

  // Expected bytes: the portable C kernels run on the host.
  const compiler::HostRunResult host = compiler::run_blob_on_host(c.blob, inputs);
  std::vector<std::string> problems;
  if (!patch.any()) {
    reference::ReferenceInterpreter ref(m);
    for (size_t i = 0; i < inputs.size(); ++i) ref.set_input(i, inputs[i]);
    ref.invoke();
    for (size_t i = 0; i < ref.output_count(); ++i) {
      const auto out = ref.output(i);
      const std::string why = compare_bytes(host.outputs[i], std::vector<uint8_t>(out.begin(), out.end()));
      if (!why.empty())
        problems.push_back("C flavour (host) vs reference interpreter, output " + std::to_string(i) + ": " + why);
    }
  }

  const fs::path dir = fs::path(o.work) / label;
  fs::create_directories(dir);
  write_file(dir / "model.blob", c.blob);
  std::vector<Loaded> loads = {{dir / "model.blob", c.load_address}};
  for (size_t i = 0; i < inputs.size(); ++i) {
    const fs::path f = dir / ("input" + std::to_string(i) + ".bin");
    write_file(f, inputs[i]);
    loads.push_back({f, c.inputs[i].address});
  }

  std::vector<std::string> flavours = {"mve"};
  if (o.target_c) flavours.push_back("c");
  std::string commands, outputs;
  for (const std::string& flavour : flavours) {
    const std::string cmd = firmware_command(o, loads, c.load_address, flavour);
    std::string text;
    const int status = run_command(cmd, text);
    commands += "\n    " + cmd;
    outputs += text;
    if (status != 0) {
      problems.push_back("kernels=" + flavour + ": exit status " + std::to_string(status));
      continue;
    }
    const auto got = parse_dump(text, host.outputs.size());
    for (size_t i = 0; i < host.outputs.size(); ++i) {
      const std::string why = compare_bytes(got[i], host.outputs[i]);
      if (!why.empty())
        problems.push_back("kernels=" + flavour + " on " + o.runner + " vs C flavour, output " + std::to_string(i) +
                           ": " + why);
    }
  }
  if (problems.empty()) {
    fs::remove_all(dir);
    return true;
  }
  std::printf("MISMATCH %s on %s\n  case: %s\n", label.c_str(), o.runner.c_str(), description.c_str());
  for (const std::string& p : problems) std::printf("  %s\n", p.c_str());
  std::printf("  files kept in %s\n  commands:%s\n  output:\n%s\n", dir.c_str(), commands.c_str(), outputs.c_str());
  return false;
}

// Per-region cycles and instructions of a tinysim --csv report.
struct RegionCost {
  uint64_t cycles = 0, instructions = 0;
};

std::map<std::string, RegionCost> read_region_csv(const fs::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path.string() + ": cannot read tinysim's CSV report");
  std::string line;
  std::getline(in, line);  // header: region,path,depth,calls,cycles,instructions,...
  std::map<std::string, RegionCost> regions;
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, ',');) f.push_back(cell);
    if (f.size() < 6) throw std::runtime_error(path.string() + ": malformed line '" + line + "'");
    regions[f[0]] = {std::stoull(f[4]), std::stoull(f[5])};
  }
  return regions;
}

bool accelerated_kind(const std::string& op) {
  for (const std::string& name : inference_tests::mve_op_names())
    if (name == op) return true;
  return false;
}

// --speed: both flavours of one built-in model on tinysim, per layer.
int run_speed(const Options& o, const compiler::CompileTarget& target) {
  if (o.runner != "tinysim" || o.builtin.empty())
    throw std::invalid_argument("--speed needs --runner tinysim and --builtin");
  const model::Model m = model::make_builtin_model(o.builtin);
  const compiler::CompiledModel c = compiler::compile_model(m, target);
  const auto inputs = inference_tests::case_inputs(m, 1, 0);
  const fs::path dir = fs::path(o.work) / (m.name + "_speed");
  fs::create_directories(dir);
  write_file(dir / "model.blob", c.blob);
  std::vector<Loaded> loads = {{dir / "model.blob", c.load_address}};
  for (size_t i = 0; i < inputs.size(); ++i) {
    const fs::path f = dir / ("input" + std::to_string(i) + ".bin");
    write_file(f, inputs[i]);
    loads.push_back({f, c.inputs[i].address});
  }
  std::map<std::string, RegionCost> cost[2];
  std::vector<std::vector<uint8_t>> outputs[2];
  const char* flavours[2] = {"c", "mve"};
  for (int f = 0; f < 2; ++f) {
    const fs::path csv = dir / (std::string(flavours[f]) + ".csv");
    const std::string cmd = firmware_command(o, loads, c.load_address, flavours[f], csv.string());
    std::string text;
    const int status = run_command(cmd, text);
    if (status != 0) {
      std::printf("FAILED: kernels=%s exit status %d\n  command: %s\n%s\n", flavours[f], status, cmd.c_str(),
                  text.c_str());
      return 1;
    }
    outputs[f] = parse_dump(text, c.outputs.size());
    cost[f] = read_region_csv(csv);
  }
  bool ok = true;
  for (size_t i = 0; i < c.outputs.size(); ++i) {
    const std::string why = compare_bytes(outputs[1][i], outputs[0][i]);
    if (!why.empty()) {
      std::printf("FAILED: output %zu of kernels=mve differs from kernels=c: %s\n", i, why.c_str());
      ok = false;
    }
  }
  std::printf("model %s on tinysim (%s), one inference, cycles per layer:\n", m.name.c_str(), o.config.c_str());
  std::printf("%-24s %10s %12s %12s %8s %10s %10s\n", "layer", "MACs", "cycles c", "cycles mve", "speed-up",
              "mve cyc/MAC", "mve ins/MAC");
  for (const compiler::LayerInfo& layer : c.layers) {
    const auto in_c = cost[0].find(layer.region), in_mve = cost[1].find(layer.region);
    if (in_c == cost[0].end() || in_mve == cost[1].end()) {
      std::printf("FAILED: region %s missing from the report\n", layer.region.c_str());
      ok = false;
      continue;
    }
    const RegionCost& rc = in_c->second;
    const RegionCost& rm = in_mve->second;
    const double speedup = rm.cycles ? static_cast<double>(rc.cycles) / static_cast<double>(rm.cycles) : 0.0;
    std::printf("%-24s %10lld %12llu %12llu %7.1fx", layer.region.c_str(), static_cast<long long>(layer.macs),
                static_cast<unsigned long long>(rc.cycles), static_cast<unsigned long long>(rm.cycles), speedup);
    if (layer.macs > 0)
      std::printf(" %10.3f %10.3f", static_cast<double>(rm.cycles) / static_cast<double>(layer.macs),
                  static_cast<double>(rm.instructions) / static_cast<double>(layer.macs));
    std::printf("\n");
    if (accelerated_kind(layer.op_name) && rm.cycles >= rc.cycles) {
      std::printf("FAILED: %s (%s) is not faster with kernels=mve\n", layer.region.c_str(), layer.op_name.c_str());
      ok = false;
    }
  }
  const RegionCost& tc = cost[0]["inference"];
  const RegionCost& tm = cost[1]["inference"];
  std::printf("%-24s %10lld %12llu %12llu %7.1fx %10.3f %10.3f\n", "inference", static_cast<long long>(c.total_macs),
              static_cast<unsigned long long>(tc.cycles), static_cast<unsigned long long>(tm.cycles),
              tm.cycles ? static_cast<double>(tc.cycles) / static_cast<double>(tm.cycles) : 0.0,
              static_cast<double>(tm.cycles) / static_cast<double>(c.total_macs),
              static_cast<double>(tm.instructions) / static_cast<double>(c.total_macs));
  if (tm.cycles == 0 || tm.cycles >= tc.cycles) {
    std::printf("FAILED: the inference is not faster with kernels=mve\n");
    ok = false;
  }
  if (ok) fs::remove_all(dir);
  return ok ? 0 : 1;
}

int main_impl(int argc, char** argv) {
  Options o;
  testing::parse_driver_options(argc, argv, o, [&](const std::string& a, const std::function<std::string()>& value) {
    if (a == "--target-c") o.target_c = value() != "0";
    else if (a == "--speed") o.speed = true;
    else return false;
    return true;
  });
  if ((o.runner != "tinysim" && o.runner != "qemu") || o.sim.empty() || o.config.empty() || o.firmware.empty() ||
      o.work.empty() || o.op.empty() == o.builtin.empty() || o.cases < 1)
    throw std::invalid_argument(
        "need --runner tinysim|qemu, --sim, --config, --firmware, --work and one of --op/--builtin");
  if (!fs::exists(o.firmware))
    throw std::runtime_error(o.firmware + ": no such firmware (build the `firmware` target)");
  const compiler::CompileTarget target = compiler::target_from_platform(load_platform_config(o.config));
  fs::create_directories(o.work);
  if (o.speed) return run_speed(o, target);

  int passed = 0, total = 0;
  std::string what;
  if (!o.op.empty()) {
    for (int k = 0; k < o.cases; ++k) {
      const uint64_t seed = o.first_seed + static_cast<uint64_t>(k);
      const inference_tests::MveCase c = inference_tests::make_mve_case(o.op, seed);
      const auto inputs = inference_tests::case_inputs(c.model, c.input_seed, c.input_style);
      ++total;
      try {
        if (run_case(o, target, c.model, c.patch, inputs, o.op + "_" + std::to_string(seed), c.description)) ++passed;
      } catch (const std::exception& e) {
        std::printf("FAILED %s_%llu: %s\n  case: %s\n", o.op.c_str(), static_cast<unsigned long long>(seed), e.what(),
                    c.description.c_str());
      }
    }
    what = o.op + ": " + std::to_string(passed) + " of " + std::to_string(total) + " randomised cases";
  } else {
    const model::Model m = model::make_builtin_model(o.builtin);
    for (uint64_t seed = o.first_seed; seed < o.first_seed + static_cast<uint64_t>(o.cases); ++seed) {
      ++total;
      const auto inputs = inference_tests::case_inputs(m, seed * 0x9E3779B97F4A7C15ull, 0);
      if (run_case(o, target, m, {}, inputs, m.name + "_input" + std::to_string(seed),
                   "model " + m.name + ", input seed " + std::to_string(seed)))
        ++passed;
    }
    what = "model " + m.name + ": " + std::to_string(passed) + " of " + std::to_string(total) + " inputs";
  }
  std::printf("%s: kernels=mve%s bit-exact with the C flavour on %s\n", what.c_str(),
              o.target_c ? " and kernels=c" : "", o.runner.c_str());
  return passed == total ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return main_impl(argc, argv);
  } catch (const std::invalid_argument& e) {
    std::cerr << "inference-mve-check: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "inference-mve-check: error: " << e.what() << "\n";
    return 1;
  }
}
