// The block compiler (cores/armv8m/block_compiler.h): a compiled block
// leaves exactly the state its instructions' semantics leave when run one
// after the other the way Cpu::run_blocks' memoised loop runs them, on
// random registers, flags, Q registers, VPR / tail predication states and
// memory, for every inline form (fast path and fall-back) and for faults,
// which must unwind through the compiled code as C++ exceptions.
#include <gtest/gtest.h>

#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "cores/armv8m/block_compiler.h"
#include "iss_machine.h"

namespace tinysim::armv8m {
namespace {

using test::IssLayout;
using test::IssMachine;

// Encodings from GNU as 2.40 (-march=armv8.1-m.main+mve). Each case is one
// block: the instructions in order; the last one ends the block.
constexpr uint32_t kB = 0xE01E;  // b .+0x40: a block end with no flags read
struct Case {
  const char* what;
  std::vector<uint32_t> insns;
};
const Case kCases[] = {
    {"adds r1, r2, #3", {0x1CD1, kB}},
    {"add.w r1, r2, #256", {0xF5027180, kB}},
    {"mov r3, r4", {0x4623, kB}},
    {"eors r1, r2", {0x4051, kB}},
    {"cmp r1, r2", {0x4291, kB}},
    {"adds r1, r2, r3", {0x18D1, kB}},
    {"subs r1, r2, r3", {0x1AD1, kB}},
    {"sub.w r1, r2, #4", {0xF1A20104, kB}},
    {"cmp.w r1, #0x80000000", {0xF1B14F00, kB}},
    {"cmn.w r1, r2", {0xEB110F02, kB}},
    {"ands.w r1, r2, #0xFF000000 (carry from the rotated immediate)", {0xF012417F, kB}},
    {"ands.w r1, r2, #0x00FF00FF (carry unchanged)", {0xF01211FF, kB}},
    {"tst.w r1, #0x80000000", {0xF0114F00, kB}},
    {"teq r1, r2", {0xEA910F02, kB}},
    {"bics r1, r2", {0x4391, kB}},
    {"bic.w r1, r2, #0xF0", {0xF02201F0, kB}},
    {"orr.w r1, r2, r3", {0xEA420103, kB}},
    {"orrs.w r1, r2, #0x10000", {0xF4523180, kB}},
    {"movs r1, #0", {0x2100, kB}},
    {"mov.w r1, #0x80000000", {0xF04F4100, kB}},
    {"movs.w r1, #0x80000000", {0xF05F4100, kB}},
    {"add r8, r1", {0x4488, kB}},
    {"cmp r8, r9", {0x45C8, kB}},
    {"vpst; vldrbt.s32 q3, [r2], #16", {0xFE710F4D, 0xECB26F10, kB}},
    {"vldrb.s32 q3, [r2], #16", {0xECB26F10, kB}},
    {"vldrb.u32 q3, [r2, #4]", {0xFD926F04, kB}},
    {"vldrb.u8 q1, [r2]", {0xED923E00, kB}},
    {"vldrb.s16 q2, [r2, #-8]!", {0xED324E88, kB}},
    {"vldrb.u16 q2, [r2]", {0xFD924E80, kB}},
    {"vldrh.u16 q0, [r2, #2]", {0xED921E81, kB}},
    {"vldrh.u32 q0, [r2]", {0xFD9A0F00, kB}},
    {"vldrw.u32 q4, [r2, #4]!", {0xEDB29F01, kB}},
    {"vadd.i8 q0, q1, q2", {0xEF020844, kB}},
    {"vadd.i16 q3, q3, q1", {0xEF166842, kB}},
    {"vadd.i32 q2, q2, q3", {0xEF244846, kB}},
    {"vsub.i8 q0, q1, q2", {0xFF020844, kB}},
    {"vsub.i16 q5, q6, q7", {0xFF1CA84E, kB}},
    {"vsub.i32 q1, q1, q1", {0xFF222842, kB}},
    {"vmul.i16 q0, q1, q2", {0xEF120954, kB}},
    {"vmul.i32 q3, q3, q1", {0xEF266952, kB}},
    {"vmsr p0, r1; vpst; vadd.i32 (VPT block: the fall-back)", {0xEEED1A10, 0xFE710F4D, 0xEF244846, kB}},
    {"the dw3x3 loop body", {0xEEED1A10, 0xFE710F4D, 0xECB26F10, 0xFE710F4D, 0xED923E00, 0xEF266952,
                              0x1CD1, 0x4291, 0xEF244846, 0xD1EE}},
    {"beq", {0x1CD1, 0xD00E}}, {"bne", {0x1CD1, 0xD1EE}}, {"bcs", {0x1CD1, 0xD202}},
    {"bcc", {0x1CD1, 0xD302}}, {"bmi", {0x1CD1, 0xD402}}, {"bpl", {0x1CD1, 0xD502}},
    {"bvs", {0x1CD1, 0xD602}}, {"bvc", {0x1CD1, 0xD702}}, {"bhi", {0x1CD1, 0xD802}},
    {"bls", {0x1CD1, 0xD902}}, {"bge", {0x1CD1, 0xDA02}}, {"blt", {0x1CD1, 0xDB02}},
    {"bgt", {0x1CD1, 0xDC02}}, {"ble", {0x1CD1, 0xDD02}}, {"bgt.w", {0x1CD1, 0xF30081FE}},
    {"b", {0x1CD1, kB}},
};

struct Outcome {
  uint32_t r[15];
  uint32_t pc, next_pc, vpr;
  bool n, z, c, v;
  uint8_t fp[128];
  uint64_t vector_beats, reads, read_bytes;
  std::vector<uint8_t> data;
  std::string fault;
};

// A machine in the state `seed` gives, with the case's code at 0x100.
std::unique_ptr<IssMachine> machine(const Case& k, uint32_t seed) {
  IssLayout layout = test::mve_layout(0x100);
  layout.data_base = test::kIssData;
  layout.data_size = test::kIssDataSize;
  auto m = std::make_unique<IssMachine>(k.insns, layout);
  std::mt19937 rng(seed);
  for (auto& b : m->data) b = static_cast<uint8_t>(rng());
  Cpu& c = *m->cpu;
  for (unsigned i = 0; i < 15; ++i) c.r[i] = rng();
  // A base register in the data memory: mostly aligned, sometimes not (a
  // VLDRH/VLDRW alignment fault), sometimes at the end of the memory (the
  // span leaves its page: element by element, then a fault).
  const uint32_t pick = rng() % 16;
  c.r[2] = test::kIssData + 0x100 + (pick == 0 ? 1 + rng() % 3 : 4 * (rng() % 64));
  if (pick == 1) c.r[2] = test::kIssData + test::kIssDataSize - 8;
  c.n = rng() & 1;
  c.z = rng() & 1;
  c.c = rng() & 1;
  c.v = rng() & 1;
  for (auto& b : c.fp.b) b = static_cast<uint8_t>(rng());
  // VPR: no VPT block, or a one-instruction VPST block, P0 all ones or not.
  c.vpr = (rng() % 2 ? 0xFFFFu : rng() & 0xFFFF) | (rng() % 3 == 0 ? 0x00880000u : 0);
  // Tail predication now and then (LR: the elements left).
  if (rng() % 4 == 0) {
    c.ltpsize = static_cast<uint8_t>(rng() % 3);
    c.r[14] = rng() % 20;
  }
  if (rng() % 8) m->enable_fp();  // else: MVE faults (NOCP) in the compiled code
  return m;
}

Outcome outcome(IssMachine& m, const std::string& fault) {
  Outcome o{};
  const Cpu& c = *m.cpu;
  std::memcpy(o.r, c.r, sizeof o.r);
  o.pc = c.pc;
  o.next_pc = c.next_pc;
  o.vpr = c.vpr;
  o.n = c.n;
  o.z = c.z;
  o.c = c.c;
  o.v = c.v;
  std::memcpy(o.fp, c.fp.b, sizeof o.fp);
  const EventCounters& e = c.counters();
  o.vector_beats = e.vector_beats;
  o.reads = o.read_bytes = 0;
  for (const MemoryEvents& me : e.memory) {
    o.reads += me.reads;
    o.read_bytes += me.read_bytes;
  }
  o.data = m.data;
  o.fault = fault;
  return o;
}

// The memoised loop of Cpu::run_blocks, by hand.
std::string run_semantics(Cpu& c, const CodeBlock& b) {
  uint32_t addr = b.pc;
  try {
    for (const DecodedInsn& d : b.insns) {
      c.pc = addr;
      c.r[15] = addr + 4;
      c.next_pc = addr + d.len;
      d.exec(c, d);
      addr += d.len;
    }
  } catch (const GuestFault& f) {
    return "fault at " + std::to_string(c.pc) + ": " + f.what + " exc " + std::to_string(f.exc) + " addr " + std::to_string(f.addr);
  }
  return "";
}

std::string run_compiled(Cpu& c, CompiledBlockFn fn, const CodeBlock& b) {
  const BlockTiming memo;  // start cycles 0, no links: the block alone
  try {
    EXPECT_EQ(fn(&c, 0, &memo), b.insns.size());
  } catch (const GuestFault& f) {
    return "fault at " + std::to_string(c.pc) + ": " + f.what + " exc " + std::to_string(f.exc) + " addr " + std::to_string(f.addr);
  }
  return "";
}

CodeBlock block_of(IssMachine& m, const Case& k) {
  CodeBlock b;
  b.pc = 0x100;
  uint32_t a = b.pc;
  for (size_t i = 0; i < k.insns.size(); ++i) {
    b.insns.push_back(m.cpu->decode_at(a));
    a += b.insns.back().len;
  }
  return b;
}

void expect_same(const Outcome& want, const Outcome& got, const std::string& what) {
  SCOPED_TRACE(what);
  EXPECT_EQ(want.fault, got.fault);
  for (unsigned i = 0; i < 15; ++i) EXPECT_EQ(want.r[i], got.r[i]) << "r" << i;
  EXPECT_EQ(want.pc, got.pc);
  EXPECT_EQ(want.next_pc, got.next_pc);
  EXPECT_EQ(want.vpr, got.vpr);
  EXPECT_EQ(want.n, got.n);
  EXPECT_EQ(want.z, got.z);
  EXPECT_EQ(want.c, got.c);
  EXPECT_EQ(want.v, got.v);
  EXPECT_EQ(0, std::memcmp(want.fp, got.fp, sizeof want.fp)) << "Q registers";
  EXPECT_EQ(want.vector_beats, got.vector_beats);
  EXPECT_EQ(want.reads, got.reads);
  EXPECT_EQ(want.read_bytes, got.read_bytes);
  EXPECT_TRUE(want.data == got.data) << "memory";
}

TEST(BlockCompiler, CompiledBlocksLeaveTheStateOfTheirSemantics) {
  if (!BlockCompiler::host_supported()) GTEST_SKIP() << "no block compiler on this host";
  unsigned compiled_faults = 0;
  for (const Case& k : kCases) {
    for (uint32_t seed = 1; seed <= 40; ++seed) {
      auto interp = machine(k, seed);
      auto comp = machine(k, seed);
      const CodeBlock bi = block_of(*interp, k);
      const CodeBlock bc = block_of(*comp, k);
      BlockCompiler compiler(*comp->cpu);
      const CompiledBlockFn fn = compiler.compile(bc);
      ASSERT_NE(fn, nullptr);
      // Twice: the first Helium instruction of a run finds the FP context
      // check not yet done (the fall-back), the second run does not.
      for (int run = 0; run < 2; ++run) {
        const std::string fi = run_semantics(*interp->cpu, bi);
        const std::string fc = run_compiled(*comp->cpu, fn, bc);
        if (!fc.empty()) ++compiled_faults;
        expect_same(outcome(*interp, fi), outcome(*comp, fc),
                    std::string(k.what) + ", seed " + std::to_string(seed) + ", run " + std::to_string(run));
        if (!fi.empty()) break;
      }
      if (HasFailure()) return;
    }
  }
  EXPECT_GT(compiled_faults, 0u);  // faults did unwind through compiled code
}

// The inline forms are recognised: the loop body of an int8 kernel compiles
// to host code without a call for anything but its loads' fall-backs.
TEST(BlockCompiler, RecognisesTheInlineForms) {
  if (!BlockCompiler::host_supported()) GTEST_SKIP() << "no block compiler on this host";
  const Case& body = kCases[std::size(kCases) - 17];  // "the dw3x3 loop body"
  ASSERT_EQ(std::string(body.what), "the dw3x3 loop body");
  auto m = machine(body, 1);
  BlockCompiler compiler(*m->cpu);
  for (const DecodedInsn& d : block_of(*m, body).insns) EXPECT_TRUE(compiler.has_inline_form(d));
  // LDR (a scalar load) has none: its semantics are called.
  auto l = machine({"ldr r1, [r2]", {0x6811, kB}}, 1);
  EXPECT_FALSE(compiler.has_inline_form(l->cpu->decode_at(0x100)));
}

}  // namespace
}  // namespace tinysim::armv8m

namespace tinysim::armv8m {
namespace {

// Whole runs: a loop nest (a Helium inner loop with a VPST block, a scalar
// inner loop, the outer loop), where compiled blocks go on into each other,
// gives the interpreter's registers, cycles and counters, run to its end
// and stopped by run limits that fall anywhere in it.
TEST(BlockCompiler, CompiledLoopNestsRunLikeTheInterpreter) {
  const std::vector<uint32_t> program = {
      0x2528,                          // movs r5, #40
      0x2300,                          // outer: movs r3, #0
      0xEF244846,                      // inner: vadd.i32 q2, q2, q3
      0xFE710F4D,                      // vpst
      0xEF222844,                      // vaddt.i32 q1, q1, q2
      0x3301, 0x2B05, 0xD1F6,          // adds r3, #1; cmp r3, #5; bne inner
      0x2400,                          // movs r4, #0
      0x3403, 0x4066, 0x2C1E, 0xDBFB,  // scalar: adds r4, #3; eors r6, r4; cmp r4, #30; blt scalar
      0x3D01, 0xD1EE,                  // subs r5, #1; bne outer
  };
  for (const uint64_t limit : {uint64_t{100000}, uint64_t{97}, uint64_t{1234}, uint64_t{2999}}) {
    std::unique_ptr<IssMachine> m[2];
    for (int compiled = 0; compiled < 2; ++compiled) {
      IssLayout layout = test::mve_layout(0x100);
      layout.config.compile_blocks = compiled != 0;
      m[compiled] = std::make_unique<IssMachine>(program, layout);
      m[compiled]->enable_fp();
      std::mt19937 rng(7);
      for (auto& b : m[compiled]->cpu->fp.b) b = static_cast<uint8_t>(rng());
      m[compiled]->cpu->vpr = 0x5A5A;  // P0 for the VPST block: half the lanes
      m[compiled]->run(limit);
    }
    SCOPED_TRACE("run limit " + std::to_string(limit));
    const Cpu &a = *m[0]->cpu, &b = *m[1]->cpu;
    EXPECT_EQ(a.stop_reason(), b.stop_reason());
    EXPECT_EQ(a.pc, b.pc);
    EXPECT_EQ(a.cycles(), b.cycles());
    for (unsigned i = 0; i < 13; ++i) EXPECT_EQ(a.r[i], b.r[i]) << "r" << i;
    EXPECT_EQ(0, std::memcmp(a.fp.b, b.fp.b, sizeof a.fp.b));
    EXPECT_EQ(a.vpr, b.vpr);
    const EventCounters &ca = a.counters(), &cb = b.counters();
    EXPECT_EQ(ca.instructions, cb.instructions);
    EXPECT_EQ(ca.vector_beats, cb.vector_beats);
    EXPECT_EQ(ca.op_class, cb.op_class);
  }
}

}  // namespace
}  // namespace tinysim::armv8m
