// The arena planner (workloads/compiler/compiler/memory_planner.h): buffers
// live at the same time never overlap, buffers that are not reuse memory,
// the choice is best fit, and its own consistency checker finds conflicts.
#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "workloads/compiler/compiler/memory_planner.h"
#include "workloads/compiler/generator/prng.h"

namespace tinysim::compiler {
namespace {

// "t<i>" (built without `"t" + std::to_string(i)`, which trips GCC 12's
// -Wrestrict false positive).
std::string name(size_t i) {
  std::string s = "t";
  s += std::to_string(i);
  return s;
}

// The largest total size of buffers live at one operator: no valid plan can
// be smaller.
uint64_t peak_live_bytes(const std::vector<BufferRequest>& rs, uint64_t align) {
  int32_t last = 0;
  for (const auto& r : rs) last = std::max(last, r.last_use);
  uint64_t peak = 0;
  for (int32_t t = 0; t <= last; ++t) {
    uint64_t sum = 0;
    for (const auto& r : rs)
      if (r.first_use <= t && t <= r.last_use) sum += (r.bytes + align - 1) / align * align;
    peak = std::max(peak, sum);
  }
  return peak;
}

TEST(Planner, ChainOfOperatorsUsesTwoBuffersWorthOfArena) {
  // op i reads buffer i and writes buffer i+1: only two are ever live.
  std::vector<BufferRequest> rs;
  for (int i = 0; i < 6; ++i) rs.push_back({name(i), 1000, std::max(0, i - 1), i});
  const MemoryPlan plan = plan_arena(rs, 16);
  EXPECT_EQ(find_plan_conflict(rs, plan, 16), "");
  EXPECT_EQ(plan.arena_bytes, 2 * 1008u);
  EXPECT_EQ(unshared_bytes(rs, 16), 6 * 1008u);
  // Consecutive buffers (live together at the operator between them) differ.
  for (int i = 1; i < 6; ++i) EXPECT_NE(plan.offsets[i], plan.offsets[i - 1]);
}

TEST(Planner, BuffersLiveTogetherNeverShareBytes) {
  const std::vector<BufferRequest> rs = {{"a", 64, 0, 3}, {"b", 64, 1, 2}, {"c", 64, 2, 5}, {"d", 64, 4, 5}};
  const MemoryPlan plan = plan_arena(rs, 16);
  EXPECT_EQ(find_plan_conflict(rs, plan, 16), "");
  EXPECT_NE(plan.offsets[0], plan.offsets[1]);
  EXPECT_NE(plan.offsets[0], plan.offsets[2]);
  EXPECT_NE(plan.offsets[1], plan.offsets[2]);
  EXPECT_NE(plan.offsets[2], plan.offsets[3]);
  // a and b are dead when d is live: d reuses one of their slots.
  EXPECT_EQ(plan.arena_bytes, 3 * 64u);
}

TEST(Planner, PicksTheSmallestGapThatFits) {
  // Largest first: a@0, b@500, c@900, d@1200, e@1400. When f (live only at
  // op 5, with a, c and e) is placed, the gaps are [500, 900) and
  // [1200, 1400); best fit takes the second, first fit would take the first.
  const std::vector<BufferRequest> rs = {{"a", 500, 0, 9}, {"b", 400, 0, 0}, {"c", 300, 0, 9},
                                         {"d", 200, 0, 0}, {"e", 150, 0, 9}, {"f", 150, 5, 5}};
  const MemoryPlan plan = plan_arena(rs, 1);
  EXPECT_EQ(find_plan_conflict(rs, plan, 1), "");
  EXPECT_EQ(plan.offsets, (std::vector<uint64_t>{0, 500, 900, 1200, 1400, 1200}));
  EXPECT_EQ(plan.arena_bytes, 1550u);
}

TEST(Planner, OffsetsAreAligned) {
  const std::vector<BufferRequest> rs = {{"a", 3, 0, 1}, {"b", 17, 0, 1}, {"c", 1, 1, 2}, {"d", 33, 0, 2}};
  const MemoryPlan plan = plan_arena(rs, 16);
  for (uint64_t o : plan.offsets) EXPECT_EQ(o % 16, 0u);
  EXPECT_EQ(plan.arena_bytes % 16, 0u);
  EXPECT_EQ(find_plan_conflict(rs, plan, 16), "");
}

TEST(Planner, RandomProblemsGiveValidPlansBetweenTheBounds) {
  model::SplitMix64 rng(2024);
  int reused = 0;
  for (int trial = 0; trial < 500; ++trial) {
    std::vector<BufferRequest> rs(rng.integer(1, 40));
    const int32_t ops = rng.integer(1, 30);
    for (size_t i = 0; i < rs.size(); ++i) {
      const int32_t a = rng.integer(0, ops - 1), b = rng.integer(0, ops - 1);
      rs[i] = {name(i), static_cast<uint64_t>(rng.integer(0, 5000)), std::min(a, b), std::max(a, b)};
    }
    const MemoryPlan plan = plan_arena(rs, 16);
    ASSERT_EQ(find_plan_conflict(rs, plan, 16), "") << "trial " << trial;
    EXPECT_GE(plan.arena_bytes, peak_live_bytes(rs, 16)) << "trial " << trial;
    EXPECT_LE(plan.arena_bytes, unshared_bytes(rs, 16)) << "trial " << trial;
    if (plan.arena_bytes < unshared_bytes(rs, 16)) ++reused;
  }
  EXPECT_GT(reused, 250);  // most random problems have reuse to find
}

TEST(Planner, RejectsBadRequests) {
  EXPECT_THROW(plan_arena({{"backwards", 16, 3, 2}}, 16), std::invalid_argument);
  EXPECT_THROW(plan_arena({{"a", 16, 0, 0}}, 12), std::invalid_argument);
  EXPECT_THROW(plan_arena({{"a", 16, 0, 0}}, 0), std::invalid_argument);
}

TEST(Planner, ConflictCheckerFindsOverlapsMisalignmentAndOverflow) {
  const std::vector<BufferRequest> rs = {{"in", 100, 0, 1}, {"out", 100, 1, 2}};
  MemoryPlan overlap{{0, 64}, 256};
  EXPECT_NE(find_plan_conflict(rs, overlap, 16).find("'in' [0, 100) and 'out' [64, 164) overlap"), std::string::npos)
      << find_plan_conflict(rs, overlap, 16);
  MemoryPlan misaligned{{0, 120}, 256};
  EXPECT_NE(find_plan_conflict(rs, misaligned, 16).find("not aligned"), std::string::npos);
  MemoryPlan outside{{0, 112}, 200};
  EXPECT_NE(find_plan_conflict(rs, outside, 16).find("past the arena"), std::string::npos);
  // Not live together: sharing is fine.
  const std::vector<BufferRequest> apart = {{"a", 100, 0, 0}, {"b", 100, 1, 1}};
  MemoryPlan shared{{0, 0}, 112};
  EXPECT_EQ(find_plan_conflict(apart, shared, 16), "");
}

}  // namespace
}  // namespace tinysim::compiler
