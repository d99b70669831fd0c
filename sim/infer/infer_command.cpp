#include "sim/infer/infer_command.h"

#include <cinttypes>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <stdexcept>
#include <vector>

#include "sim/config/platform_config.h"
#include "sim/infer/inference_report.h"
#include "sim/loader/elf_image.h"
#include "sim/platform/platform.h"
#include "workloads/compiler/compiler/compiler.h"
#include "workloads/compiler/compiler/host_runner.h"
#include "workloads/compiler/compiler/platform_target.h"
#include "workloads/compiler/generator/builtin_models.h"
#include "workloads/compiler/ir/model_error.h"
#include "workloads/compiler/reference/reference_interpreter.h"
#include "workloads/compiler/tflite/tflite_reader.h"

#ifndef TINYSIM_INFER_FIRMWARE
#define TINYSIM_INFER_FIRMWARE "infer.elf"
#endif

namespace tinysim {

namespace {

constexpr int kExitOk = 0, kExitUsage = 2, kExitCrash = 3, kExitMaxCycles = 4, kExitMismatch = 6;

// Errors of the user's inputs (model, config, files): exit status 2.
struct InputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::vector<uint8_t> read_file(const std::string& path, const char* what) {
  std::ifstream f(path, std::ios::binary);
  if (!f) throw InputError(std::string("cannot read ") + what + " '" + path + "'");
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(f), {});
}

void write_file(const std::string& path, const std::vector<uint8_t>& bytes, const char* what) {
  std::ofstream f(path, std::ios::binary);
  if (!f || !f.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size())))
    throw InputError(std::string("cannot write ") + what + " '" + path + "'");
}

model::Model load_model(const std::string& spec) {
  const std::string prefix = "builtin:";
  if (spec.rfind(prefix, 0) == 0) return model::make_builtin_model(spec.substr(prefix.size()));
  return model::read_tflite(spec);
}

std::string model_label(const std::string& spec) {
  const size_t slash = spec.find_last_of('/');
  return slash == std::string::npos ? spec : spec.substr(slash + 1);
}

// Deterministic pseudo-random input bytes (splitmix64): the same tensor on
// every machine and every run.
std::vector<uint8_t> default_input(size_t bytes) {
  std::vector<uint8_t> v(bytes);
  uint64_t x = 0x7157A11CE5EEDull;
  for (auto& b : v) {
    x += 0x9E3779B97F4A7C15ull;
    uint64_t z = x;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    b = static_cast<uint8_t>((z ^ (z >> 31)) >> 56);
  }
  return v;
}

std::string hex32(uint64_t v) {
  char b[16];
  std::snprintf(b, sizeof b, "0x%08" PRIx64, v);
  return b;
}

int exit_for_stop(const RunSummary& s) {
  if (s.stop_reason == "exit") return s.exit_code == 0 ? kExitOk : kExitCrash;
  if (s.stop_reason == "max-cycles") return kExitMaxCycles;
  return kExitCrash;
}

}  // namespace

std::string default_infer_firmware() { return TINYSIM_INFER_FIRMWARE; }

int run_infer(const InferOptions& opt) {
  try {
    if (opt.config.empty()) throw InputError("missing --config PLATFORM.yaml");
    if (opt.kernels != "c" && opt.kernels != "mve") throw InputError("--kernels must be c or mve, not '" + opt.kernels + "'");
    if (opt.runs < 1 || opt.runs > 1000000) throw InputError("--runs must be between 1 and 1000000");
    const std::string model_spec = opt.model.empty() ? "builtin:kws" : opt.model;
    PlatformConfig cfg = load_platform_config(opt.config);
    model::Model model = load_model(model_spec);
    if (model.inputs.size() != 1 || model.outputs.size() != 1)
      throw InputError("model '" + model_spec + "' has " + std::to_string(model.inputs.size()) + " inputs and " +
                       std::to_string(model.outputs.size()) + " outputs; tinysim infer runs models with one of each");
    compiler::CompiledModel compiled = compiler::compile_model(model, compiler::target_from_platform(cfg));

    // The input tensor: from the file (exact size required) or generated.
    const auto& in = compiled.inputs.at(0);
    std::vector<uint8_t> input;
    if (!opt.input.empty()) {
      input = read_file(opt.input, "input tensor");
      if (input.size() != in.bytes)
        throw InputError("input '" + opt.input + "' has " + std::to_string(input.size()) + " bytes; the model's input " +
                         shape_text(in.shape) + " needs " + std::to_string(in.bytes));
    } else {
      input = default_input(in.bytes);
    }

    // The oracle: the host reference interpreter.
    reference::ReferenceInterpreter ref(model);
    ref.set_input(0, std::span<const uint8_t>(input));
    ref.invoke();
    const auto expected_span = ref.output(0);
    const std::vector<uint8_t> expected(expected_span.begin(), expected_span.end());

    RunOptions ro;
    ro.max_cycles = opt.max_cycles;
    ro.trace_file = opt.trace;
    const std::string fw = opt.firmware.empty() ? default_infer_firmware() : opt.firmware;
    // Like `tinysim run`: argv[0] is the firmware path (QEMU's -kernel).
    ro.args = fw + " blob=" + hex32(compiled.load_address) + " runs=" + std::to_string(opt.runs) +
              " kernels=" + opt.kernels;
    Platform platform(cfg, ro);
    platform.load_firmware(fw);
    platform.write_memory(compiled.load_address, compiled.blob, "model blob");
    platform.write_memory(in.address, input, "input tensor");
    RunSummary s = platform.run();
    std::fflush(stdout);

    InferenceReport rep;
    int status = exit_for_stop(s);
    const auto& out = compiled.outputs.at(0);
    std::vector<uint8_t> output = platform.read_memory(out.address, out.bytes, "output tensor");
    if (status == kExitOk) {
      rep = build_inference_report(s, compiled, opt.runs);
      rep.output_checked = true;
      rep.output_matches = output == expected;
      rep.output_crc = hex32(compiler::blob_crc32(output));
    }
    rep.model = model_label(model_spec);
    rep.kernels = opt.kernels;
    rep.arena_memory = cfg.inference ? cfg.inference->arena_memory : "";
    rep.weights_memory = cfg.inference ? cfg.inference->weights_memory : "";

    if (status != kExitOk) {
      print_table(s, stderr);
      std::fprintf(stderr, "tinysim infer: the firmware did not finish the inference: %s, exit code %d%s%s\n",
                   s.stop_reason.c_str(), s.exit_code, s.message.empty() ? "" : ": ", s.message.c_str());
      if (!s.last_fault.empty()) std::fprintf(stderr, "last fault: %s\n", s.last_fault.c_str());
      return status;
    }
    if (!opt.quiet) print_inference_table(rep, s, stdout);
    if (!opt.report.empty()) {
      std::ofstream f(opt.report);
      write_inference_json(rep, s, f);
      if (!f) throw InputError("cannot write report '" + opt.report + "'");
    }
    if (!opt.csv.empty()) {
      std::ofstream f(opt.csv);
      write_inference_csv(rep, s, f);
      if (!f) throw InputError("cannot write CSV '" + opt.csv + "'");
    }
    if (!opt.output.empty()) write_file(opt.output, output, "output tensor");
    if (!rep.output_matches) {
      size_t first = 0;
      while (first < output.size() && output[first] == expected[first]) ++first;
      size_t diffs = 0;
      for (size_t i = 0; i < output.size(); ++i) diffs += output[i] != expected[i];
      std::fprintf(stderr,
                   "tinysim infer: OUTPUT MISMATCH: %zu of %zu bytes differ from the host reference interpreter; first "
                   "at byte %zu: simulated %d, reference %d\n",
                   diffs, output.size(), first, static_cast<int8_t>(output[first]), static_cast<int8_t>(expected[first]));
      return kExitMismatch;
    }
    return kExitOk;
  } catch (const ConfigError& e) {
    std::fprintf(stderr, "tinysim infer: %s\n", e.what());
  } catch (const ElfError& e) {
    std::fprintf(stderr, "tinysim infer: %s\n", e.what());
  } catch (const model::ModelError& e) {
    std::fprintf(stderr, "tinysim infer: %s\n", e.what());
  } catch (const compiler::CompileError& e) {
    std::fprintf(stderr, "tinysim infer: compile: %s\n", e.what());
  } catch (const reference::ReferenceError& e) {
    std::fprintf(stderr, "tinysim infer: reference interpreter: %s\n", e.what());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "tinysim infer: %s\n", e.what());
  }
  return kExitUsage;
}

int run_compile(const CompileOptions& opt) {
  try {
    if (opt.model.empty()) throw InputError("missing --model MODEL.tflite (or builtin:NAME)");
    if (opt.target.empty()) throw InputError("missing --target PLATFORM.yaml");
    if (opt.output.empty()) throw InputError("missing -o BLOB");
    PlatformConfig cfg = load_platform_config(opt.target);
    model::Model model = load_model(opt.model);
    compiler::CompiledModel c = compiler::compile_model(model, compiler::target_from_platform(cfg));
    write_file(opt.output, c.blob, "blob");
    std::printf("%s: %zu bytes, backend %s, load at %s (%s), arena %" PRIu64 " bytes at %s (%s), %zu layers, %" PRId64
                " MACs\n",
                opt.output.c_str(), c.blob.size(), c.backend.c_str(), hex32(c.load_address).c_str(),
                cfg.inference->weights_memory.c_str(), c.arena_bytes, hex32(c.arena_base).c_str(), cfg.inference->arena_memory.c_str(),
                c.layers.size(), c.total_macs);
    for (const auto& t : c.inputs)
      std::printf("input  %-24s %s %s at %s, %" PRIu64 " bytes\n", t.name.c_str(), model::dtype_name(t.type),
                  shape_text(t.shape).c_str(), hex32(t.address).c_str(), t.bytes);
    for (const auto& t : c.outputs)
      std::printf("output %-24s %s %s at %s, %" PRIu64 " bytes\n", t.name.c_str(), model::dtype_name(t.type),
                  shape_text(t.shape).c_str(), hex32(t.address).c_str(), t.bytes);
    return kExitOk;
  } catch (const ConfigError& e) {
    std::fprintf(stderr, "tinysim compile: %s\n", e.what());
  } catch (const model::ModelError& e) {
    std::fprintf(stderr, "tinysim compile: %s\n", e.what());
  } catch (const compiler::CompileError& e) {
    std::fprintf(stderr, "tinysim compile: %s\n", e.what());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "tinysim compile: %s\n", e.what());
  }
  return kExitUsage;
}

}  // namespace tinysim
