// Decode-time specialised semantics (specialize_exec, exec_alu.cpp): the
// decoder substitutes a faster form only where its conditions hold, and that
// form leaves exactly the state the decode table's generic semantics leave,
// on random registers, flags and memory.
#include <gtest/gtest.h>

#include <cstring>
#include <random>
#include <string>

#include "cores/armv8m/decoder.h"
#include "iss_machine.h"

namespace tinysim::armv8m {
namespace {

using test::IssLayout;
using test::IssMachine;

constexpr uint32_t kData = test::kIssData;
constexpr uint32_t kDataSize = test::kIssDataSize;

struct Case {
  const char* what;
  uint32_t encoding;   // hw1 << 16 | hw2, or a 16-bit encoding
  bool specialised;    // the decoder picks a faster form
};

// Encodings from GNU as 2.40 (-march=armv8.1-m.main).
const Case kCases[] = {
    {"adds r1, r2, #3", 0x1CD1, true},
    {"add.w r1, r2, #256", 0xF5027180, true},
    {"mov r3, r4", 0x4623, true},
    {"eors r1, r2", 0x4051, true},
    {"add.w r1, r2, r3, lsl #2", 0xEB020183, true},
    {"lsls r1, r2, #3", 0x00D1, true},
    {"cmp r1, r2", 0x4291, true},
    {"adds r1, r2, r3", 0x18D1, true},
    {"ldrsh.w r1, [r2, #6]", 0xF9B21006, true},
    {"ldrh.w r1, [r2, #2]!", 0xF8321F02, true},
    {"ldr.w r1, [r2], #4", 0xF8521B04, true},
    {"str r1, [r2, #8]", 0x6091, true},
    {"strh.w r1, [r2], #2", 0xF8221B02, true},
    {"ldrb r1, [r2, r3]", 0x5CD1, true},
    {"ldr r1, [pc, #8]", 0x4902, true},
    // SP or PC as the destination or the write-back base, a subtracted offset:
    // the generic semantics (their SP alignment and interworking rules).
    {"add sp, #8", 0xB002, false},
    {"mov pc, lr", 0x46F7, false},
    {"ldr.w pc, [sp], #4", 0xF85DFB04, false},
    {"ldr.w r1, [sp, #4]!", 0xF85D1F04, false},
    {"ldr.w r1, [r2, #-4]", 0xF8521C04, false},
};

// Runs d's semantics once on a machine in the state `seed` gives.
struct Outcome {
  uint32_t r[16];
  bool n, z, c, v;
  uint32_t next_pc;
  std::vector<uint8_t> data;
  std::string fault;
};

Outcome run_once(const Case& k, bool generic, uint32_t seed) {
  IssLayout layout;
  layout.data_base = kData;
  layout.data_size = kDataSize;
  IssMachine m({k.encoding}, layout);
  std::mt19937 rng(seed);
  for (auto& b : m.data) b = static_cast<uint8_t>(rng());
  for (unsigned i = 0; i < 13; ++i) m.cpu->r[i] = rng();
  m.cpu->r[2] = kData + 0x100 + 4 * (rng() % 64);  // a base register in the data memory
  m.cpu->r[3] = rng() % 64;                         // a register offset
  m.cpu->r[13] = kData + 0x800 + 8 * (rng() % 32);
  m.cpu->r[14] = (rng() & 0xFFE) | 1;               // a Thumb return address in the code
  m.cpu->n = rng() & 1;
  m.cpu->z = rng() & 1;
  m.cpu->c = rng() & 1;
  m.cpu->v = rng() & 1;
  const DecodedInsn& decoded = m.cpu->decode_at(m.entry());
  DecodedInsn d = decoded;
  if (generic) d.exec = m.cpu->decoder().pattern(d.pattern).p.exec;
  m.cpu->pc = m.entry();
  m.cpu->r[15] = m.entry() + 4;
  m.cpu->next_pc = m.entry() + d.len;
  Outcome o;
  try {
    d.exec(*m.cpu, d);
  } catch (const GuestFault& f) {
    o.fault = f.what;  // e.g. a loaded PC without the Thumb bit
  }
  std::memcpy(o.r, m.cpu->r, sizeof o.r);
  o.n = m.cpu->n;
  o.z = m.cpu->z;
  o.c = m.cpu->c;
  o.v = m.cpu->v;
  o.next_pc = m.cpu->next_pc;
  o.data = m.data;
  return o;
}

TEST(SpecialisedSemantics, ChosenOnlyWhereTheyApply) {
  for (const Case& k : kCases) {
    IssMachine m({k.encoding});
    const DecodedInsn& d = m.cpu->decode_at(m.entry());
    const ExecFn generic = m.cpu->decoder().pattern(d.pattern).p.exec;
    EXPECT_EQ(d.exec != generic, k.specialised) << k.what << " (" << m.disasm(m.entry()) << ")";
  }
}

TEST(SpecialisedSemantics, SameStateAsTheGenericSemantics) {
  for (const Case& k : kCases) {
    for (uint32_t seed = 1; seed <= 200; ++seed) {
      const Outcome fast = run_once(k, false, seed), slow = run_once(k, true, seed);
      for (unsigned i = 0; i < 16; ++i) ASSERT_EQ(fast.r[i], slow.r[i]) << k.what << " r" << i << " seed " << seed;
      ASSERT_EQ(fast.n, slow.n) << k.what << " seed " << seed;
      ASSERT_EQ(fast.z, slow.z) << k.what << " seed " << seed;
      ASSERT_EQ(fast.c, slow.c) << k.what << " seed " << seed;
      ASSERT_EQ(fast.v, slow.v) << k.what << " seed " << seed;
      ASSERT_EQ(fast.next_pc, slow.next_pc) << k.what << " seed " << seed;
      ASSERT_EQ(fast.data, slow.data) << k.what << " seed " << seed;
      ASSERT_EQ(fast.fault, slow.fault) << k.what << " seed " << seed;
    }
  }
}

}  // namespace
}  // namespace tinysim::armv8m
