// Damaged blobs never make the runtime read or write outside the blob or the
// arena: thousands of random mutations of the header and tables (CRC fixed
// up, so validation is what stands in the way) go through tsrt_open(); those
// it accepts run on an arena of exactly arena_size bytes. This executable
// compiles the runtime's C sources with AddressSanitizer and
// UndefinedBehaviorSanitizer, so any out-of-bounds access or undefined
// behaviour in validation or kernels aborts the test.
#include <gtest/gtest.h>

#include <cstring>
#include <memory>

#include "op_cases.h"
#include "test_util.h"
#include "tsrt.h"
#include "workloads/compiler/generator/builtin_models.h"
#include "workloads/compiler/generator/prng.h"

namespace tinysim::testing {
namespace {

constexpr int kMutationsPerBlob = 6000;
constexpr uint32_t kMaxArenaToRun = 64 * 1024;

struct Stats {
  int accepted = 0, rejected = 0, ran = 0;
};

void fuzz_blob(const std::vector<uint8_t>& original, uint64_t seed, int mutations, Stats& stats) {
  model::SplitMix64 rng(seed);
  const tsb_header& h0 = *reinterpret_cast<const tsb_header*>(original.data());
  const uint32_t tables_end = h0.weights_offset;  // header, io, tensors, ops, strings
  static const uint32_t kInteresting[] = {0, 1, 2, 3, 4, 15, 16, 0xFF, 0xFFFF, 0x7FFFFFFF, 0x80000000u,
                                          0xFFFFFFFFu, 0xFFFFFFF0u, 31, 32, 0xFFFFFFE1u /* -31 */};
  for (int k = 0; k < mutations; ++k) {
    std::vector<uint8_t> bytes = original;
    const int edits = rng.integer(1, 4);
    for (int e = 0; e < edits; ++e) {
      const uint32_t at = static_cast<uint32_t>(rng.next() % tables_end) & ~3u;
      if (rng.uniform() < 0.5) {
        const uint32_t v = kInteresting[rng.next() % std::size(kInteresting)];
        std::memcpy(bytes.data() + at, &v, 4);
      } else {
        bytes[at + rng.integer(0, 3)] = static_cast<uint8_t>(rng.next());
      }
    }
    // Exactly-sized, aligned copy: ASan flags any read past the end.
    std::unique_ptr<uint8_t[]> blob(new uint8_t[bytes.size()]);
    std::memcpy(blob.get(), bytes.data(), bytes.size());
    tsb_header* h = reinterpret_cast<tsb_header*>(blob.get());
    if (rng.uniform() < 0.9 && h->total_size <= bytes.size() && h->total_size >= sizeof(tsb_header))
      h->crc32 = tsrt_blob_crc32(blob.get(), h->total_size);
    tsrt_model m;
    char err[256];
    // A placeholder arena address for validation; the real one below.
    if (tsrt_open(&m, blob.get(), static_cast<uint32_t>(bytes.size()), reinterpret_cast<void*>(uintptr_t{16}),
                  TSRT_VERIFY_CRC, err, sizeof err) != 0) {
      ++stats.rejected;
      continue;
    }
    ++stats.accepted;
    if (h->arena_size > kMaxArenaToRun) continue;
    std::unique_ptr<uint8_t[]> arena(new uint8_t[h->arena_size ? h->arena_size : 1]());
    ASSERT_EQ(tsrt_open(&m, blob.get(), static_cast<uint32_t>(bytes.size()), arena.get(), TSRT_VERIFY_CRC, err,
                        sizeof err),
              0);
    tsrt_run(&m, &tsk_kernels_c, nullptr, err, sizeof err);  // may fail, must not crash
    ++stats.ran;
  }
}

TEST(BlobFuzz, MutatedHeadersAndTablesNeverCrashTheRuntime) {
  Stats stats;
  int blobs = 0;
  for (model::OpType type : covered_op_types()) {
    for (uint64_t seed = 1; seed <= 2; ++seed) {
      const OpCase c = make_op_case(type, seed);
      SCOPED_TRACE(c.description);
      fuzz_blob(compiler::compile_model(c.model, m55_target()).blob, seed * 1000 + static_cast<uint64_t>(type),
                kMutationsPerBlob, stats);
      ++blobs;
    }
  }
  // A whole network (13 operators, aliasing RESHAPE): fewer, slower runs.
  fuzz_blob(compiler::compile_model(model::make_builtin_model("kws"), m55_target()).blob, 77, 300, stats);
  std::printf("%d one-operator blobs x %d mutations + kws x 300: %d rejected by validation, %d accepted (%d run)\n",
              blobs, kMutationsPerBlob, stats.rejected, stats.accepted, stats.ran);
  EXPECT_GT(stats.rejected, 0);
  EXPECT_GT(stats.ran, 0);  // some harmless mutations (names, padding) still run
}

}  // namespace
}  // namespace tinysim::testing
