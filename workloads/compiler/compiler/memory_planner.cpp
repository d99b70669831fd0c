#include "workloads/compiler/compiler/memory_planner.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace tinysim::compiler {

namespace {

uint64_t align_up(uint64_t v, uint64_t a) { return (v + a - 1) & ~(a - 1); }

bool lifetimes_overlap(const BufferRequest& a, const BufferRequest& b) {
  return a.first_use <= b.last_use && b.first_use <= a.last_use;
}

void check_alignment(uint64_t alignment) {
  if (alignment == 0 || (alignment & (alignment - 1)))
    throw std::invalid_argument("arena alignment " + std::to_string(alignment) + " is not a power of two");
}

}  // namespace

MemoryPlan plan_arena(const std::vector<BufferRequest>& requests, uint64_t alignment) {
  check_alignment(alignment);
  for (const BufferRequest& r : requests)
    if (r.last_use < r.first_use)
      throw std::invalid_argument("buffer '" + r.name + "' is last used (op " + std::to_string(r.last_use) +
                                  ") before it is first used (op " + std::to_string(r.first_use) + ")");

  std::vector<size_t> order(requests.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (requests[a].bytes != requests[b].bytes) return requests[a].bytes > requests[b].bytes;
    return requests[a].first_use < requests[b].first_use;
  });

  MemoryPlan plan;
  plan.offsets.assign(requests.size(), 0);
  std::vector<size_t> placed;
  for (size_t i : order) {
    const BufferRequest& r = requests[i];
    // Buffers already placed that are live at the same time, by offset.
    std::vector<size_t> live;
    for (size_t j : placed)
      if (lifetimes_overlap(r, requests[j])) live.push_back(j);
    std::sort(live.begin(), live.end(), [&](size_t a, size_t b) { return plan.offsets[a] < plan.offsets[b]; });

    bool found = false;
    uint64_t best_offset = 0, best_gap = 0;
    uint64_t cursor = 0;  // end of the live buffers seen so far
    for (size_t j : live) {
      const uint64_t start = align_up(cursor, alignment);
      if (plan.offsets[j] >= start && plan.offsets[j] - start >= r.bytes) {
        const uint64_t gap = plan.offsets[j] - start;
        if (!found || gap < best_gap) {
          found = true;
          best_gap = gap;
          best_offset = start;
        }
      }
      cursor = std::max(cursor, plan.offsets[j] + requests[j].bytes);
    }
    plan.offsets[i] = found ? best_offset : align_up(cursor, alignment);
    placed.push_back(i);
    plan.arena_bytes = std::max(plan.arena_bytes, align_up(plan.offsets[i] + r.bytes, alignment));
  }
  return plan;
}

std::string find_plan_conflict(const std::vector<BufferRequest>& requests, const MemoryPlan& plan,
                               uint64_t alignment) {
  check_alignment(alignment);
  if (plan.offsets.size() != requests.size())
    return "the plan has " + std::to_string(plan.offsets.size()) + " offsets for " +
           std::to_string(requests.size()) + " buffers";
  for (size_t i = 0; i < requests.size(); ++i) {
    const BufferRequest& a = requests[i];
    if (plan.offsets[i] % alignment)
      return "buffer '" + a.name + "' at offset " + std::to_string(plan.offsets[i]) + " is not aligned to " +
             std::to_string(alignment);
    if (plan.offsets[i] + a.bytes > plan.arena_bytes)
      return "buffer '" + a.name + "' ends at " + std::to_string(plan.offsets[i] + a.bytes) +
             ", past the arena's " + std::to_string(plan.arena_bytes) + " bytes";
    for (size_t j = i + 1; j < requests.size(); ++j) {
      const BufferRequest& b = requests[j];
      if (!lifetimes_overlap(a, b) || a.bytes == 0 || b.bytes == 0) continue;
      const uint64_t a0 = plan.offsets[i], a1 = a0 + a.bytes, b0 = plan.offsets[j], b1 = b0 + b.bytes;
      if (a0 < b1 && b0 < a1)
        return "buffers '" + a.name + "' [" + std::to_string(a0) + ", " + std::to_string(a1) + ") and '" + b.name +
               "' [" + std::to_string(b0) + ", " + std::to_string(b1) + ") overlap while both are live (ops " +
               std::to_string(std::max(a.first_use, b.first_use)) + ".." +
               std::to_string(std::min(a.last_use, b.last_use)) + ")";
    }
  }
  return {};
}

uint64_t unshared_bytes(const std::vector<BufferRequest>& requests, uint64_t alignment) {
  check_alignment(alignment);
  uint64_t total = 0;
  for (const BufferRequest& r : requests) total += align_up(r.bytes, alignment);
  return total;
}

}  // namespace tinysim::compiler
