// Runs a compiled blob on the host with the firmware runtime itself
// (workloads/runtime built natively: the same validation and the same
// portable C kernels as infer.elf, the arena relocated to a host buffer).
// For tools and tests: a quick check of a blob and its kernels before, or
// instead of, a run on the simulated core.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace tinysim::compiler {

struct HostRunResult {
  std::vector<std::vector<uint8_t>> outputs;  // bytes of each graph output
  std::vector<uint32_t> output_crc32;          // tsrt_crc32 of each, as infer.elf prints it
};

// Validates the blob (tsrt_open, CRC included), writes `inputs` (one byte
// vector per graph input, in order) into a zeroed host arena, runs every
// operator once with the portable C kernels and returns the outputs.
// Throws std::runtime_error with the runtime's message on any problem.
HostRunResult run_blob_on_host(std::span<const uint8_t> blob, const std::vector<std::vector<uint8_t>>& inputs);

// One-line-per-item description of a blob (header, tensors, operators), as
// the runtime reads it; throws std::runtime_error for an invalid blob.
std::string describe_blob(std::span<const uint8_t> blob);

// CRC-32 as the firmware computes it.
uint32_t blob_crc32(std::span<const uint8_t> bytes);

}  // namespace tinysim::compiler
