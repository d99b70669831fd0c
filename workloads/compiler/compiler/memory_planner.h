// Arena planning: places every activation buffer of a model at an offset of
// one arena so that buffers live at the same time never share bytes, and
// buffers whose lifetimes do not meet reuse the same bytes.
//
// Greedy, in the spirit of TFLite Micro's GreedyMemoryPlanner: buffers are
// placed largest first (ties: earlier first use, then request order); each
// goes into the smallest gap between the already placed buffers whose
// lifetimes overlap its own (best fit), or after all of them when no gap is
// large enough. Lifetimes are inclusive operator-index intervals: a buffer
// is live from the operator that writes it to the last operator that reads
// it, so an operator's inputs and outputs never overlap.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tinysim::compiler {

struct BufferRequest {
  std::string name;     // for messages
  uint64_t bytes = 0;
  int32_t first_use = 0;  // operator index
  int32_t last_use = 0;   // operator index, >= first_use
};

struct MemoryPlan {
  std::vector<uint64_t> offsets;  // per request, aligned
  uint64_t arena_bytes = 0;       // max(offset + bytes), rounded up to the alignment
};

// `alignment` is a power of two. Throws std::invalid_argument for a request
// with last_use < first_use or for a bad alignment.
MemoryPlan plan_arena(const std::vector<BufferRequest>& requests, uint64_t alignment);

// Empty when the plan is valid (every offset aligned, no two buffers with
// overlapping lifetimes overlapping in memory, all inside arena_bytes);
// otherwise a description of the first problem, naming the buffers.
std::string find_plan_conflict(const std::vector<BufferRequest>& requests, const MemoryPlan& plan,
                               uint64_t alignment);

// Sum of all request sizes (what the arena would need without any reuse).
uint64_t unshared_bytes(const std::vector<BufferRequest>& requests, uint64_t alignment);

}  // namespace tinysim::compiler
