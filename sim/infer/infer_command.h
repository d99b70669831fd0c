// `tinysim infer` and `tinysim compile`: the project's main job. A quantised
// model (.tflite, or a built-in one) is compiled for the platform's target,
// the inference firmware runs it on the simulated platform, its output is
// checked bit for bit against the host reference interpreter, and the
// per-layer table (cycles, MACs, bytes per memory, energy) is printed.
#pragma once

#include <cstdint>
#include <string>

namespace tinysim {

struct InferOptions {
  std::string config;        // platform YAML
  std::string model;         // .tflite path or "builtin:<name>"
  std::string input, output; // raw tensors (input optional: deterministic pseudo-random)
  std::string report, csv;   // JSON / CSV of the per-layer report
  std::string firmware;      // inference firmware ELF (default: the built-in one)
  std::string kernels = "mve";  // c | mve (runtime switch of the firmware)
  std::string trace;
  int runs = 1;
  uint64_t max_cycles = 0;
  bool quiet = false;
};

struct CompileOptions {
  std::string model, target, output;
};

// Exit status: 0 success; 2 usage, configuration, model or compile error;
// 3 the firmware crashed or failed; 4 cycle limit; 6 the output differs from
// the reference.
int run_infer(const InferOptions& opt);
int run_compile(const CompileOptions& opt);

// Default firmware path (the build tree's infer.elf).
std::string default_infer_firmware();

}  // namespace tinysim
