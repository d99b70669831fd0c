// Deterministic mutation fuzzing of the reader: thousands of damaged copies
// of valid files (truncations, bit flips, random bytes, interesting 32-bit
// values, moved chunks). Each must either read into a model that passes
// check_model and round-trips through the writer, or fail with TfliteError;
// any other exception fails the test, and a crash or an out-of-bounds read
// fails it in the sanitizer build (test_model_sanitized).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <iostream>
#include <map>

#include "tests/model/model_test_util.h"
#include "workloads/compiler/generator/builtin_models.h"
#include "workloads/compiler/generator/prng.h"
#include "workloads/compiler/ir/model_summary.h"
#include "workloads/compiler/tflite/tflite_reader.h"
#include "workloads/compiler/tflite/tflite_writer.h"

namespace tinysim::model {
namespace {

// Offsets into the structural part are more interesting than into weight
// data. The flatbuffer builder writes constant buffers first, and it fills
// the buffer from the back, so the tables (model, tensors, operators) sit at
// the front of the file and weights at the back.
size_t pick_offset(SplitMix64& rng, size_t size, size_t structure_bytes) {
  if (size == 0) return 0;
  if (rng.uniform() < 0.8) return static_cast<size_t>(rng.next() % std::min(size, structure_bytes));
  return static_cast<size_t>(rng.next() % size);
}

void mutate(SplitMix64& rng, std::vector<uint8_t>& bytes, size_t structure_bytes) {
  const int kind = rng.integer(0, 5);
  const size_t size = bytes.size();
  if (size == 0) return;
  switch (kind) {
    case 0:  // truncate
      bytes.resize(static_cast<size_t>(rng.next() % size));
      break;
    case 1:  // flip one bit
      bytes[pick_offset(rng, size, structure_bytes)] ^= static_cast<uint8_t>(1u << rng.integer(0, 7));
      break;
    case 2:  // random byte
      bytes[pick_offset(rng, size, structure_bytes)] = static_cast<uint8_t>(rng.next());
      break;
    case 3: {  // an interesting 32-bit value at an aligned offset (offsets, counts, indices)
      const uint32_t values[] = {0,          1,          2,          3,
                                 0xffffffff, 0x7fffffff, 0x80000000, static_cast<uint32_t>(size),
                                 static_cast<uint32_t>(size - 4), 0xfffffffc, 127, 128, 9, 1000};
      const size_t at = pick_offset(rng, size, structure_bytes) & ~size_t{3};
      if (at + 4 <= size) {
        const uint32_t v = values[rng.integer(0, static_cast<int32_t>(std::size(values)) - 1)];
        std::memcpy(&bytes[at], &v, 4);
      }
      break;
    }
    case 4: {  // add or subtract a small amount to a 32-bit word
      const size_t at = pick_offset(rng, size, structure_bytes) & ~size_t{3};
      if (at + 4 <= size) {
        int32_t v;
        std::memcpy(&v, &bytes[at], 4);
        v += rng.integer(-8, 8);
        std::memcpy(&bytes[at], &v, 4);
      }
      break;
    }
    default: {  // copy a chunk over another place
      const size_t from = pick_offset(rng, size, structure_bytes);
      const size_t to = pick_offset(rng, size, structure_bytes);
      const size_t n = std::min<size_t>({static_cast<size_t>(rng.integer(1, 64)), size - from, size - to});
      std::memmove(&bytes[to], &bytes[from], n);
      break;
    }
  }
}

// The kind of a message: numbers, quoted names and shapes replaced, so that
// messages from the same check fall together.
std::string message_template(const std::string& message) {
  std::string out;
  for (size_t i = 0; i < message.size() && out.size() < 72; ++i) {
    const char c = message[i];
    if (c == '\'' || c == '[') {
      const size_t end = message.find(c == '[' ? ']' : '\'', i + 1);
      if (end == std::string::npos) break;
      out += c == '[' ? "[S]" : "'X'";
      i = end;
    } else if (std::isdigit(static_cast<unsigned char>(c)) || (c == '-' && i + 1 < message.size() &&
                                                              std::isdigit(static_cast<unsigned char>(message[i + 1])))) {
      while (i + 1 < message.size() && std::isdigit(static_cast<unsigned char>(message[i + 1]))) ++i;
      out += 'N';
    } else {
      out += c;
    }
  }
  return out;
}

struct FuzzResult {
  int parsed = 0;
  int rejected = 0;
  std::map<std::string, int> reasons;  // first words of the messages
};

void fuzz(const std::vector<uint8_t>& original, size_t structure_bytes, uint64_t seed, int iterations,
          FuzzResult& result) {
  SplitMix64 rng(seed);
  for (int i = 0; i < iterations; ++i) {
    std::vector<uint8_t> bytes = original;
    const int mutations = rng.integer(1, 4);
    for (int k = 0; k < mutations; ++k) mutate(rng, bytes, structure_bytes);
    try {
      const Model m = read_tflite_buffer(bytes, "fuzz");
      ++result.parsed;
      // Whatever the reader accepts is a valid model the writer can write.
      const Model back = read_tflite_buffer(write_tflite(m), "fuzz");
      ASSERT_EQ(test::model_difference(m, back), "") << "iteration " << i;
    } catch (const TfliteError& e) {
      ++result.rejected;
      const std::string message = e.what();
      ASSERT_EQ(message.rfind("fuzz: ", 0), 0u) << message;
      ++result.reasons[message_template(message.substr(6))];
    } catch (const std::exception& e) {
      FAIL() << "iteration " << i << ": unexpected exception " << e.what();
    }
  }
}

std::string report(const FuzzResult& r) {
  std::string s = std::to_string(r.parsed) + " parsed, " + std::to_string(r.rejected) + " rejected:";
  for (const auto& [reason, n] : r.reasons) s += "\n  " + std::to_string(n) + "  " + reason;
  return s;
}

TEST(TfliteFuzz, SmallModelWithEveryOperator) {
  const std::vector<uint8_t> bytes = write_tflite(test::make_all_ops_model());
  FuzzResult result;
  fuzz(bytes, bytes.size(), 0x5eed0001, 3000, result);
  std::cout << report(result) << "\n";
  EXPECT_EQ(result.parsed + result.rejected, 3000);
  // Both outcomes occur, and the rejections come from many different checks.
  EXPECT_GT(result.parsed, 10);
  EXPECT_GT(result.rejected, 1500);
  EXPECT_GE(result.reasons.size(), 15u) << report(result);
}

TEST(TfliteFuzz, KeywordSpottingModel) {
  const Model kws = make_builtin_model("kws");
  const std::vector<uint8_t> bytes = write_tflite(kws);
  // Everything but the constant data is structure.
  const size_t structure = bytes.size() - static_cast<size_t>(model_parameter_bytes(kws));
  FuzzResult result;
  fuzz(bytes, structure, 0x5eed0002, 1500, result);
  std::cout << report(result) << "\n";
  EXPECT_EQ(result.parsed + result.rejected, 1500);
  EXPECT_GT(result.parsed, 10);
  EXPECT_GT(result.rejected, 500);
}

}  // namespace
}  // namespace tinysim::model
