// tinysim-blob: compiles a model into a blob for a platform, and inspects or
// runs blobs on the host. The files it writes are what `tinysim run` (or
// QEMU) needs to run the model with infer.elf; it prints that command.
//
//   tinysim-blob compile --config PLATFORM.yaml (--model FILE.tflite | --builtin NAME)
//                        --out DIR [--backend NAME] [--input-seed N] [--layers]
//       writes DIR/model.blob, DIR/input<i>.bin (seeded random int8 inputs),
//       DIR/expected<i>.bin (the reference interpreter's outputs) and prints
//       placement, sizes, expected output CRCs and the run command
//   tinysim-blob info BLOB                 validate and describe a blob
//   tinysim-blob run-host BLOB [INPUT...]  run a blob with the portable C kernels on the host
//
// Exit status: 0 success, 1 model/compile/blob error, 2 bad command line.
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "sim/config/platform_config.h"
#include "workloads/compiler/compiler/compiler.h"
#include "workloads/compiler/compiler/host_runner.h"
#include "workloads/compiler/compiler/platform_target.h"
#include "workloads/compiler/generator/builtin_models.h"
#include "workloads/compiler/generator/prng.h"
#include "workloads/compiler/reference/reference_interpreter.h"
#include "workloads/compiler/tflite/tflite_reader.h"

namespace {

using namespace tinysim;

void usage(std::ostream& out) {
  out << "usage: tinysim-blob compile --config PLATFORM.yaml (--model FILE.tflite | --builtin NAME) --out DIR\n"
         "                            [--backend NAME] [--input-seed N] [--layers]\n"
         "       tinysim-blob info BLOB\n"
         "       tinysim-blob run-host BLOB [INPUT.bin...]\n";
}

std::vector<uint8_t> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open");
  return std::vector<uint8_t>((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void write_file(const std::filesystem::path& path, const std::vector<uint8_t>& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error(path.string() + ": cannot write");
}

std::string hex(uint64_t v) {
  char b[24];
  std::snprintf(b, sizeof b, "0x%08llx", static_cast<unsigned long long>(v));
  return b;
}

std::string shape_string(const std::vector<int32_t>& s) {
  std::string out = "[";
  for (size_t i = 0; i < s.size(); ++i) {
    if (i) out += ',';
    out += std::to_string(s[i]);
  }
  out += ']';
  return out;
}

int compile_command(int argc, char** argv) {
  std::string config, model_path, builtin, out_dir, backend = "cortex-m";
  uint64_t seed = 1;
  bool layers = false;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&](std::string& dst) {
      if (i + 1 >= argc) throw std::invalid_argument(a + " needs a value");
      dst = argv[++i];
    };
    if (a == "--config") value(config);
    else if (a == "--model") value(model_path);
    else if (a == "--builtin") value(builtin);
    else if (a == "--out") value(out_dir);
    else if (a == "--backend") value(backend);
    else if (a == "--layers") layers = true;
    else if (a == "--input-seed") {
      std::string v;
      value(v);
      seed = std::stoull(v, nullptr, 0);
    } else throw std::invalid_argument("unknown option '" + a + "'");
  }
  if (config.empty() || out_dir.empty() || model_path.empty() == builtin.empty())
    throw std::invalid_argument("compile needs --config, --out and one of --model / --builtin");

  const model::Model m = builtin.empty() ? model::read_tflite(model_path) : model::make_builtin_model(builtin);
  const compiler::CompileTarget target =
      compiler::target_from_platform(load_platform_config(config), backend);
  const compiler::CompiledModel c = compiler::compile_model(m, target);

  std::filesystem::create_directories(out_dir);
  const std::filesystem::path dir(out_dir);
  write_file(dir / "model.blob", c.blob);
  reference::ReferenceInterpreter ref(m);
  model::SplitMix64 rng(seed);
  std::string loads = "--load " + (dir / "model.blob").string() + "@" + hex(c.load_address);
  std::vector<std::vector<uint8_t>> inputs;
  for (size_t i = 0; i < c.inputs.size(); ++i) {
    std::vector<uint8_t> bytes(c.inputs[i].bytes);
    for (uint8_t& b : bytes) b = static_cast<uint8_t>(rng.next() >> 56);
    const std::filesystem::path file = dir / ("input" + std::to_string(i) + ".bin");
    write_file(file, bytes);
    ref.set_input(i, bytes);
    inputs.push_back(bytes);
    loads += " --load " + file.string() + "@" + hex(c.inputs[i].address);
  }
  ref.invoke();
  const compiler::HostRunResult host = compiler::run_blob_on_host(c.blob, inputs);

  std::printf("model '%s': %zu operators, %lld MACs, backend %s\n", m.name.c_str(), m.ops.size(),
              static_cast<long long>(c.total_macs), c.backend.c_str());
  std::printf("blob   %s: %zu bytes (weights section %llu bytes) at %s in '%s'\n",
              (dir / "model.blob").c_str(), c.blob.size(), static_cast<unsigned long long>(c.weights_bytes),
              hex(c.load_address).c_str(), target.weights.name.c_str());
  std::printf("arena  %llu bytes at %s in '%s' (%llu bytes without buffer reuse)\n",
              static_cast<unsigned long long>(c.arena_bytes), hex(c.arena_base).c_str(), target.arena.name.c_str(),
              static_cast<unsigned long long>(c.arena_unshared_bytes));
  for (size_t i = 0; i < c.inputs.size(); ++i)
    std::printf("input  %zu '%s' %s: %llu bytes at %s (input-seed %llu)\n", i, c.inputs[i].name.c_str(),
                shape_string(c.inputs[i].shape).c_str(), static_cast<unsigned long long>(c.inputs[i].bytes),
                hex(c.inputs[i].address).c_str(), static_cast<unsigned long long>(seed));
  int status = 0;
  for (size_t i = 0; i < c.outputs.size(); ++i) {
    const auto out = ref.output(i);
    const std::vector<uint8_t> expected(out.begin(), out.end());
    write_file(dir / ("expected" + std::to_string(i) + ".bin"), expected);
    const uint32_t crc = compiler::blob_crc32(expected);
    const bool host_ok = host.output_crc32[i] == crc;
    std::printf("output %zu '%s' %s: %llu bytes at %s, reference crc32=0x%08x, host C kernels %s\n", i,
                c.outputs[i].name.c_str(), shape_string(c.outputs[i].shape).c_str(),
                static_cast<unsigned long long>(c.outputs[i].bytes), hex(c.outputs[i].address).c_str(), crc,
                host_ok ? "agree" : "DIFFER");
    if (!host_ok) status = 1;
  }
  if (layers) {
    std::printf("layers:\n");
    for (const compiler::LayerInfo& l : c.layers) {
      std::string ins;
      for (const auto& s : l.input_shapes) {
        if (!ins.empty()) ins += ' ';
        ins += shape_string(s);
      }
      std::printf("  %-24s %-28s -> %-16s %10lld MACs\n", l.region.c_str(), ins.c_str(),
                  shape_string(l.output_shape).c_str(), static_cast<long long>(l.macs));
    }
  }
  std::printf("run: tinysim run --config %s --firmware <build>/workloads/infer.elf %s --args \"blob=%s\"\n",
              config.c_str(), loads.c_str(), hex(c.load_address).c_str());
  return status;
}

int info_command(int argc, char** argv) {
  if (argc != 3) throw std::invalid_argument("info needs one blob file");
  std::cout << compiler::describe_blob(read_file(argv[2]));
  return 0;
}

int run_host_command(int argc, char** argv) {
  if (argc < 3) throw std::invalid_argument("run-host needs a blob file");
  std::vector<std::vector<uint8_t>> inputs;
  for (int i = 3; i < argc; ++i) inputs.push_back(read_file(argv[i]));
  const compiler::HostRunResult r = compiler::run_blob_on_host(read_file(argv[2]), inputs);
  for (size_t i = 0; i < r.outputs.size(); ++i)
    std::printf("output %zu: %zu bytes, crc32=0x%08x\n", i, r.outputs[i].size(), r.output_crc32[i]);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    usage(std::cerr);
    return 2;
  }
  const std::string cmd = argv[1];
  try {
    if (cmd == "compile") return compile_command(argc, argv);
    if (cmd == "info") return info_command(argc, argv);
    if (cmd == "run-host") return run_host_command(argc, argv);
    if (cmd == "-h" || cmd == "--help") {
      usage(std::cout);
      return 0;
    }
    std::cerr << "tinysim-blob: unknown command '" << cmd << "'\n";
    usage(std::cerr);
    return 2;
  } catch (const std::invalid_argument& e) {
    std::cerr << "tinysim-blob: " << e.what() << "\n";
    usage(std::cerr);
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "tinysim-blob: error: " << e.what() << "\n";
    return 1;
  }
}
