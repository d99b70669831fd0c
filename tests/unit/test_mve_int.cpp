// Unit tests of the Helium (MVE) integer data-processing instructions of the
// ISS (cores/armv8m/mve_int_table.cpp, exec_mve_int.cpp).
//
//  * kQemuCases: every encoding of workloads/mve/int_encodings.c (each line
//    of the decode table with one or more register and immediate choices;
//    encodings from LLVM's assembler, llvm-mc 14). For each, the test checks
//    that it decodes to a line of the integer table, that the disassembly is
//    GNU objdump's (binutils 2.40, without its "@ 0x..." comments; where
//    objdump is wrong the line says "GNU:" and the test follows the Arm ARM
//    and llvm-objdump), and replays the 16 machine states of the program
//    (Q0-Q7, R0-R11, FPSCR NZCV/QC, VPR.P0, the last 8 under a VPST
//    predicate), hashing the state after each instruction as the program
//    does. The hashes were recorded from qemu-system-arm 7.2 (-M mps3-an547)
//    running that program; the input generator below is the program's.
//  * EveryTableLineHasQemuCases: no line of the integer table goes unchecked.
//  * Hand-written cases: UNDEFINED encodings (Q registers above 7, SP/PC
//    operands, the unallocated VMOV immediate), the NOCP fault, and readable
//    examples of the beat-ordered instructions, with values from the Arm ARM
//    (DDI0553) pseudocode.
//
// GNU objdump 2.40 errors met here: VQABS is printed with a third register
// (bits 19:17 taken as Qn); VQSHRN, VQRSHRN, VQSHRUN and VQRSHRUN print the
// raw imm field instead of the shift (esize - imm). binutils 2.40 also
// assembles VQSHRN{B,T} as VQRSHRN{B,T} and VQSHRUN{B,T} as VQRSHRUN{B,T}
// (bit 0, bit 28): GCC-built firmware using vqshrnbq/vqshrunbq runs the
// rounding forms, on QEMU and tinysim alike.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "cores/armv8m/cpu.h"
#include "cores/armv8m/decoder.h"
#include "cores/armv8m/scs.h"
#include "tests/unit/iss_machine.h"

namespace tinysim::armv8m {
namespace {

constexpr uint32_t kCfsrUndefinstr = 1u << 16;
constexpr uint32_t kCfsrNocp = 1u << 19;

// One core with MVE and 64 KiB of code at 0: the instructions, then BKPT #1.
struct Machine : test::IssMachine {
  explicit Machine(std::initializer_list<uint32_t> insns, bool enable_fp = true)
      : IssMachine(insns, test::mve_layout()) {
    if (enable_fp) IssMachine::enable_fp();
    cpu->r[13] = 0x8000;
  }
  StopReason run() { return IssMachine::run(1000000); }
  // Executes the first instruction only (the core does not stop, so the
  // next case can reuse it): true when it completed without an exception.
  bool step_first() {
    cpu->pc = cpu->next_pc = 0;
    cpu->run(cpu->cycles() + 1);
    return !cpu->stopped() && cpu->pc == 4 && cpu->ipsr == 0;
  }
};

std::string hex(uint64_t v) {
  char b[24];
  snprintf(b, sizeof b, "0x%llx", static_cast<unsigned long long>(v));
  return b;
}

// ---- the input generator and hash of workloads/mve/int_encodings.c --------

uint32_t xorshift32(uint32_t& s) {
  uint32_t x = s;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return s = x;
}

uint32_t fnv1a_u32(uint32_t h, uint32_t v) {
  for (int i = 0; i < 4; i++) {
    h = (h ^ (v & 0xFFu)) * 16777619u;
    v >>= 8;
  }
  return h;
}

struct State {
  uint32_t q[32];
  uint32_t fpscr;
  uint32_t p0;
  uint32_t r[12];
};

constexpr uint8_t kEdge8[8] = {0x00, 0x01, 0x7f, 0x80, 0xff, 0xfe, 0x81, 0x40};
constexpr uint16_t kEdge16[8] = {0x0000, 0x0001, 0x7fff, 0x8000, 0xffff, 0xfffe, 0x8001, 0x4000};
constexpr uint32_t kEdge32[8] = {0x00000000u, 0x00000001u, 0x7fffffffu, 0x80000000u,
                                 0xffffffffu, 0xfffffffeu, 0x80000001u, 0x40000000u};
constexpr uint16_t kMasks[10] = {0xffff, 0x0000, 0x00ff, 0xff00, 0x5555, 0x3333, 0x0f0f, 0xf0f0, 0x000f, 0x1111};

uint32_t gen_word(uint32_t& s) {
  const uint32_t kind = xorshift32(s) & 7, x = xorshift32(s);
  uint32_t w = 0;
  switch (kind) {
    case 4:
      for (int i = 0; i < 4; i++) w |= uint32_t{kEdge8[(x >> (3 * i)) & 7]} << (8 * i);
      return w;
    case 5:
      return uint32_t{kEdge16[x & 7]} | uint32_t{kEdge16[(x >> 3) & 7]} << 16;
    case 6:
      return kEdge32[x & 7];
    case 7:
      for (int i = 0; i < 4; i++)
        w |= uint32_t{static_cast<uint8_t>(static_cast<int>((x >> (8 * i)) & 0xff) % 41 - 20)} << (8 * i);
      return w;
    default:
      return x;
  }
}

uint32_t gen_reg(uint32_t& s) {
  const uint32_t kind = xorshift32(s) % 5, x = xorshift32(s);
  switch (kind) {
    case 1: return static_cast<uint32_t>(static_cast<int32_t>(x % 81) - 40);
    case 2: return kEdge32[x & 7];
    case 3: return x % 64;
    case 4: return static_cast<uint32_t>(int32_t{static_cast<int8_t>(kEdge8[x & 7])});
    default: return x;
  }
}

State gen_state(uint32_t& s) {
  State st;
  for (auto& w : st.q) w = gen_word(s);
  for (auto& r : st.r) r = gen_reg(s);
  const uint32_t f = xorshift32(s);
  st.fpscr = (f & 0xf0000000u) | ((f & 3) == 0 ? 0x08000000u : 0) | 0x00040000u;
  const uint32_t p = xorshift32(s);
  st.p0 = p % 3 == 0 ? (p >> 16) : kMasks[(p >> 8) % 10];
  return st;
}

// What the program's stub does around the instruction: VMSR FPSCR (with
// LTPSIZE), VMSR P0, VPST (MASK01 = MASK23 = 0b1000) when predicated; then
// VMRS FPSCR (LTPSIZE included) and VMRS P0.
void load_state(Cpu& c, const State& st, bool predicated) {
  std::memcpy(c.fp.b, st.q, sizeof st.q);
  for (int i = 0; i < 12; ++i) c.r[i] = st.r[i];
  c.fpscr = st.fpscr & ~0x00070000u;
  c.ltpsize = static_cast<uint8_t>((st.fpscr >> 16) & 7);
  c.vpr = st.p0 | (predicated ? 0x00880000u : 0u);
}
State save_state(const Cpu& c) {
  State st;
  std::memcpy(st.q, c.fp.b, sizeof st.q);
  for (int i = 0; i < 12; ++i) st.r[i] = c.r[i];
  st.fpscr = c.fpscr | uint32_t{c.ltpsize} << 16;
  st.p0 = c.vpr & 0xFFFF;
  return st;
}

struct QemuCase {
  uint32_t enc;
  uint32_t hash;      // FNV-1a of the 16 states after the instruction, from QEMU
  const char* text;   // disassembly
};

const QemuCase kQemuCases[] = {
  {0xef06204c, 0x44c9d563, "vhadd.s8 q1, q3, q6"},
  {0xef08e046, 0xd6c0887f, "vhadd.s8 q7, q4, q3"},
  {0xef14c042, 0x2dc90c1d, "vhadd.s16 q6, q2, q1"},
  {0xef1cc042, 0xa5c75172, "vhadd.s16 q6, q6, q1"},
  {0xef26a044, 0xb7c3403a, "vhadd.s32 q5, q3, q2"},
  {0xef20a044, 0x3bd06520, "vhadd.s32 q5, q0, q2"},
  {0xff02804e, 0x117e3c33, "vhadd.u8 q4, q1, q7"},
  {0xff02804a, 0x5c39f2f6, "vhadd.u8 q4, q1, q5"},
  {0xff108046, 0x08f8688f, "vhadd.u16 q4, q0, q3"},
  {0xff1e6040, 0xc82663d2, "vhadd.u16 q3, q7, q0"},
  {0xff24e04c, 0x63ffcbc1, "vhadd.u32 q7, q2, q6"},
  {0xff226048, 0x6d898f1c, "vhadd.u32 q3, q1, q4"},
  {0xef02414a, 0x643de040, "vrhadd.s8 q2, q1, q5"},
  {0xef0ca140, 0xc45e3381, "vrhadd.s8 q5, q6, q0"},
  {0xef1ac144, 0x3ebd7b08, "vrhadd.s16 q6, q5, q2"},
  {0xef184142, 0x2c70503b, "vrhadd.s16 q2, q4, q1"},
  {0xef248146, 0xd106d5e9, "vrhadd.s32 q4, q2, q3"},
  {0xef220146, 0x3f5c99e0, "vrhadd.s32 q0, q1, q3"},
  {0xff0e6148, 0x82314890, "vrhadd.u8 q3, q7, q4"},
  {0xff0ec146, 0xb2401ba9, "vrhadd.u8 q6, q7, q3"},
  {0xff10a146, 0x0e90b7a9, "vrhadd.u16 q5, q0, q3"},
  {0xff166148, 0x65438685, "vrhadd.u16 q3, q3, q4"},
  {0xff2ec146, 0xeaf7b0f1, "vrhadd.u32 q6, q7, q3"},
  {0xff2ce144, 0x768a84f3, "vrhadd.u32 q7, q6, q2"},
  {0xef00424e, 0x25ff6160, "vhsub.s8 q2, q0, q7"},
  {0xef0cc248, 0x6a4494b7, "vhsub.s8 q6, q6, q4"},
  {0xef1ca242, 0xe627bf58, "vhsub.s16 q5, q6, q1"},
  {0xef1c4248, 0x6fc9fbf9, "vhsub.s16 q2, q6, q4"},
  {0xef2a4242, 0xa6802f6b, "vhsub.s32 q2, q5, q1"},
  {0xef24c24e, 0x79268a6e, "vhsub.s32 q6, q2, q7"},
  {0xff06a240, 0xa8ca2236, "vhsub.u8 q5, q3, q0"},
  {0xff0ca246, 0x36377523, "vhsub.u8 q5, q6, q3"},
  {0xff1c0246, 0x6a22b5a7, "vhsub.u16 q0, q6, q3"},
  {0xff1a824e, 0x7b828489, "vhsub.u16 q4, q5, q7"},
  {0xff26824a, 0xac706cd6, "vhsub.u32 q4, q3, q5"},
  {0xff202240, 0x2ab6c99a, "vhsub.u32 q1, q0, q0"},
  {0xef068052, 0xe9be5ea1, "vqadd.s8 q4, q3, q1"},
  {0xef020052, 0x96999e0c, "vqadd.s8 q0, q1, q1"},
  {0xef1ce058, 0x352d4824, "vqadd.s16 q7, q6, q4"},
  {0xef16205e, 0x556828bd, "vqadd.s16 q1, q3, q7"},
  {0xef28a05e, 0xce749baf, "vqadd.s32 q5, q4, q7"},
  {0xef2aa054, 0x80fc78ba, "vqadd.s32 q5, q5, q2"},
  {0xff0a4056, 0xf7851532, "vqadd.u8 q2, q5, q3"},
  {0xff0e0052, 0xfecd40b3, "vqadd.u8 q0, q7, q1"},
  {0xff12e054, 0xc378a07d, "vqadd.u16 q7, q1, q2"},
  {0xff1a005a, 0x405e27d3, "vqadd.u16 q0, q5, q5"},
  {0xff2e6050, 0x04c3a4e1, "vqadd.u32 q3, q7, q0"},
  {0xff262054, 0x316425fd, "vqadd.u32 q1, q3, q2"},
  {0xef0ac25e, 0x66ba4f56, "vqsub.s8 q6, q5, q7"},
  {0xef0a8252, 0xc81e3455, "vqsub.s8 q4, q5, q1"},
  {0xef1ea258, 0x054a7d13, "vqsub.s16 q5, q7, q4"},
  {0xef10a254, 0x325740cb, "vqsub.s16 q5, q0, q2"},
  {0xef22e254, 0x135bcc3a, "vqsub.s32 q7, q1, q2"},
  {0xef202256, 0xa1dc2dc2, "vqsub.s32 q1, q0, q3"},
  {0xff0e225a, 0x96eb10fd, "vqsub.u8 q1, q7, q5"},
  {0xff04225c, 0xc6619528, "vqsub.u8 q1, q2, q6"},
  {0xff1e825a, 0x36dc17f7, "vqsub.u16 q4, q7, q5"},
  {0xff16825a, 0x1e7cd0eb, "vqsub.u16 q4, q3, q5"},
  {0xff22e254, 0xbff8560e, "vqsub.u32 q7, q1, q2"},
  {0xff240256, 0xc2b90c6c, "vqsub.u32 q0, q2, q3"},
  {0xef02c646, 0x7dc0589d, "vmax.s8 q6, q1, q3"},
  {0xef086648, 0xe0ff9686, "vmax.s8 q3, q4, q4"},
  {0xef18c64a, 0x7b59c51b, "vmax.s16 q6, q4, q5"},
  {0xef18264a, 0x74df34b9, "vmax.s16 q1, q4, q5"},
  {0xef24e648, 0x15f510ee, "vmax.s32 q7, q2, q4"},
  {0xef28c646, 0xb1eb0c9b, "vmax.s32 q6, q4, q3"},
  {0xff06e64a, 0xb70a36ce, "vmax.u8 q7, q3, q5"},
  {0xff0e864a, 0x629676fc, "vmax.u8 q4, q7, q5"},
  {0xff1ca648, 0x2d47a0dd, "vmax.u16 q5, q6, q4"},
  {0xff142648, 0xbf31e761, "vmax.u16 q1, q2, q4"},
  {0xff22664a, 0x2542bda6, "vmax.u32 q3, q1, q5"},
  {0xff22664a, 0x2542bda6, "vmax.u32 q3, q1, q5"},
  {0xef0a665e, 0x61396492, "vmin.s8 q3, q5, q7"},
  {0xef00665e, 0x2f0c7cd9, "vmin.s8 q3, q0, q7"},
  {0xef12c656, 0x997ff971, "vmin.s16 q6, q1, q3"},
  {0xef1c4650, 0xe94dad72, "vmin.s16 q2, q6, q0"},
  {0xef2a0656, 0xf56378d5, "vmin.s32 q0, q5, q3"},
  {0xef288658, 0xba425924, "vmin.s32 q4, q4, q4"},
  {0xff08665a, 0x3af48994, "vmin.u8 q3, q4, q5"},
  {0xff02865e, 0x9132cbcd, "vmin.u8 q4, q1, q7"},
  {0xff18a65e, 0xf29c0fe4, "vmin.u16 q5, q4, q7"},
  {0xff104658, 0x8fe2f123, "vmin.u16 q2, q0, q4"},
  {0xff24e658, 0x6015cb1d, "vmin.u32 q7, q2, q4"},
  {0xff242650, 0x8ed163af, "vmin.u32 q1, q2, q0"},
  {0xef024748, 0xf008fdac, "vabd.s8 q2, q1, q4"},
  {0xef0a074e, 0x993f01ae, "vabd.s8 q0, q5, q7"},
  {0xef1a8740, 0x8591660f, "vabd.s16 q4, q5, q0"},
  {0xef1e2744, 0xb007ed0e, "vabd.s16 q1, q7, q2"},
  {0xef2ce74a, 0xfde396ac, "vabd.s32 q7, q6, q5"},
  {0xef2ec742, 0x447e675a, "vabd.s32 q6, q7, q1"},
  {0xff08a740, 0xe21874e9, "vabd.u8 q5, q4, q0"},
  {0xff0e0744, 0xe3a238e1, "vabd.u8 q0, q7, q2"},
  {0xff108746, 0xac43c271, "vabd.u16 q4, q0, q3"},
  {0xff146746, 0xb244ed5f, "vabd.u16 q3, q2, q3"},
  {0xff28c746, 0x9a130ae0, "vabd.u32 q6, q4, q3"},
  {0xff26a74e, 0xd19873ab, "vabd.u32 q5, q3, q7"},
  {0xef0ca444, 0x93873f93, "vshl.s8 q5, q2, q6"},
  {0xef08e44e, 0xdcf102b3, "vshl.s8 q7, q7, q4"},
  {0xef14844e, 0xa9b6731d, "vshl.s16 q4, q7, q2"},
  {0xef1c4440, 0xaa372e8e, "vshl.s16 q2, q0, q6"},
  {0xef260444, 0xb79e634d, "vshl.s32 q0, q2, q3"},
  {0xef2c844c, 0xeca2cdbb, "vshl.s32 q4, q6, q6"},
  {0xff02e44a, 0xca9d3b24, "vshl.u8 q7, q5, q1"},
  {0xff088446, 0xe4fe8836, "vshl.u8 q4, q3, q4"},
  {0xff164448, 0x9bd2cd67, "vshl.u16 q2, q4, q3"},
  {0xff162446, 0xc14e2d1e, "vshl.u16 q1, q3, q3"},
  {0xff22a444, 0x41109f3e, "vshl.u32 q5, q2, q1"},
  {0xff2ce44a, 0xb127b9c7, "vshl.u32 q7, q5, q6"},
  {0xef046458, 0x9d74e6eb, "vqshl.s8 q3, q4, q2"},
  {0xef002450, 0x967ae538, "vqshl.s8 q1, q0, q0"},
  {0xef1ec450, 0x6a825f2e, "vqshl.s16 q6, q0, q7"},
  {0xef1a845e, 0x7c78538b, "vqshl.s16 q4, q7, q5"},
  {0xef26045e, 0x6960cc9c, "vqshl.s32 q0, q7, q3"},
  {0xef268452, 0x5b0b57ca, "vqshl.s32 q4, q1, q3"},
  {0xff08a454, 0x55aed8c9, "vqshl.u8 q5, q2, q4"},
  {0xff08445c, 0x997aa68a, "vqshl.u8 q2, q6, q4"},
  {0xff18a454, 0x0f55fd75, "vqshl.u16 q5, q2, q4"},
  {0xff142458, 0xbe4879fe, "vqshl.u16 q1, q4, q2"},
  {0xff20c45e, 0xc2814d59, "vqshl.u32 q6, q7, q0"},
  {0xff2cc456, 0x59250455, "vqshl.u32 q6, q3, q6"},
  {0xef0e4542, 0x988b98be, "vrshl.s8 q2, q1, q7"},
  {0xef066546, 0x179a270b, "vrshl.s8 q3, q3, q3"},
  {0xef18e540, 0xd94cba4f, "vrshl.s16 q7, q0, q4"},
  {0xef12e544, 0xe399ad88, "vrshl.s16 q7, q2, q1"},
  {0xef284546, 0x2e6cbd73, "vrshl.s32 q2, q3, q4"},
  {0xef224544, 0x79ea0e2d, "vrshl.s32 q2, q2, q1"},
  {0xff04a54c, 0xa66fc45d, "vrshl.u8 q5, q6, q2"},
  {0xff0ae548, 0x30bfb904, "vrshl.u8 q7, q4, q5"},
  {0xff18c542, 0xd5c865b9, "vrshl.u16 q6, q1, q4"},
  {0xff1ea540, 0x2ec3dd9f, "vrshl.u16 q5, q0, q7"},
  {0xff22654c, 0xd47307ad, "vrshl.u32 q3, q6, q1"},
  {0xff288540, 0x33036955, "vrshl.u32 q4, q0, q4"},
  {0xef042558, 0x1a999c69, "vqrshl.s8 q1, q4, q2"},
  {0xef0ce556, 0xba31c985, "vqrshl.s8 q7, q3, q6"},
  {0xef1c6552, 0x2b6c99cd, "vqrshl.s16 q3, q1, q6"},
  {0xef1c855c, 0x252014b9, "vqrshl.s16 q4, q6, q6"},
  {0xef2c2556, 0x2d1dd4e2, "vqrshl.s32 q1, q3, q6"},
  {0xef28a55c, 0xafdfb7b3, "vqrshl.s32 q5, q6, q4"},
  {0xff0c455e, 0x62a8a6b7, "vqrshl.u8 q2, q7, q6"},
  {0xff02e55e, 0xe082da70, "vqrshl.u8 q7, q7, q1"},
  {0xff1e0552, 0x57ace1f0, "vqrshl.u16 q0, q1, q7"},
  {0xff16255a, 0xc840e885, "vqrshl.u16 q1, q5, q3"},
  {0xff24a55c, 0x3dd4d829, "vqrshl.u32 q5, q6, q2"},
  {0xff2a2552, 0x5b2a51ad, "vqrshl.u32 q1, q1, q5"},
  {0xef0e6844, 0xa1168305, "vadd.i8 q3, q7, q2"},
  {0xee032f46, 0x9c9424c6, "vadd.i8 q1, q1, r6"},
  {0xef02a848, 0x5717349e, "vadd.i8 q5, q1, q4"},
  {0xee01af4b, 0xe6f4c50e, "vadd.i8 q5, q0, fp"},
  {0xef1ea842, 0xa58ce32e, "vadd.i16 q5, q7, q1"},
  {0xee1fcf48, 0xe2211328, "vadd.i16 q6, q7, r8"},
  {0xef12084e, 0x44d955c0, "vadd.i16 q0, q1, q7"},
  {0xee178f47, 0x1ea1c244, "vadd.i16 q4, q3, r7"},
  {0xef246840, 0x2dddc23f, "vadd.i32 q3, q2, q0"},
  {0xee2d4f45, 0xff7b083c, "vadd.i32 q2, q6, r5"},
  {0xef24e84c, 0x6fad1e36, "vadd.i32 q7, q2, q6"},
  {0xee274f41, 0x3f786ea4, "vadd.i32 q2, q3, r1"},
  {0xff0e4848, 0xfcdfb5cb, "vsub.i8 q2, q7, q4"},
  {0xee0dbf49, 0xe991df94, "vsub.i8 q5, q6, r9"},
  {0xff0a484c, 0xa4001c82, "vsub.i8 q2, q5, q6"},
  {0xee0f3f49, 0x7b8dfa73, "vsub.i8 q1, q7, r9"},
  {0xff102844, 0xd46f6e57, "vsub.i16 q1, q0, q2"},
  {0xee173f48, 0x161c81f6, "vsub.i16 q1, q3, r8"},
  {0xff16284a, 0x02851a5a, "vsub.i16 q1, q3, q5"},
  {0xee11bf4b, 0x3775402b, "vsub.i16 q5, q0, fp"},
  {0xff2a8842, 0xd7182ebf, "vsub.i32 q4, q5, q1"},
  {0xee2fff46, 0xe099efc2, "vsub.i32 q7, q7, r6"},
  {0xff2a0840, 0x478a52b6, "vsub.i32 q0, q5, q0"},
  {0xee297f4a, 0x28b42574, "vsub.i32 q3, q4, sl"},
  {0xee0ccf4b, 0xd645d696, "vhadd.s8 q6, q6, fp"},
  {0xee0aef44, 0x976694a0, "vhadd.s8 q7, q5, r4"},
  {0xee1c0f47, 0x41c12798, "vhadd.s16 q0, q6, r7"},
  {0xee128f40, 0xdad1f217, "vhadd.s16 q4, q1, r0"},
  {0xee2e4f47, 0xe37329b5, "vhadd.s32 q2, q7, r7"},
  {0xee282f4a, 0xa8eadff4, "vhadd.s32 q1, q4, sl"},
  {0xfe088f43, 0x7bb8c133, "vhadd.u8 q4, q4, r3"},
  {0xfe04af44, 0x173aa94f, "vhadd.u8 q5, q2, r4"},
  {0xfe1c0f42, 0x430a3145, "vhadd.u16 q0, q6, r2"},
  {0xfe16af40, 0x545ab6fb, "vhadd.u16 q5, q3, r0"},
  {0xfe2ccf49, 0x16cc5562, "vhadd.u32 q6, q6, r9"},
  {0xfe228f48, 0xd274e483, "vhadd.u32 q4, q1, r8"},
  {0xee007f48, 0x32c840e6, "vhsub.s8 q3, q0, r8"},
  {0xee02ff45, 0x5ce4fb58, "vhsub.s8 q7, q1, r5"},
  {0xee125f41, 0xc7bff482, "vhsub.s16 q2, q1, r1"},
  {0xee18bf40, 0x04b92ed3, "vhsub.s16 q5, q4, r0"},
  {0xee2aff4a, 0xf86e1e61, "vhsub.s32 q7, q5, sl"},
  {0xee223f4b, 0x53c334f0, "vhsub.s32 q1, q1, fp"},
  {0xfe0c7f4b, 0x8d3b4753, "vhsub.u8 q3, q6, fp"},
  {0xfe003f47, 0x474e2509, "vhsub.u8 q1, q0, r7"},
  {0xfe18bf4b, 0x8aa4d8cf, "vhsub.u16 q5, q4, fp"},
  {0xfe16bf42, 0xa05e160e, "vhsub.u16 q5, q3, r2"},
  {0xfe281f48, 0x4c4e639d, "vhsub.u32 q0, q4, r8"},
  {0xfe24bf47, 0xc34c2afd, "vhsub.u32 q5, q2, r7"},
  {0xee02cf64, 0xf8724c9c, "vqadd.s8 q6, q1, r4"},
  {0xee0e4f68, 0xf8e4d633, "vqadd.s8 q2, q7, r8"},
  {0xee120f68, 0xa3a8b532, "vqadd.s16 q0, q1, r8"},
  {0xee106f62, 0x310c18da, "vqadd.s16 q3, q0, r2"},
  {0xee24af60, 0x98427d0f, "vqadd.s32 q5, q2, r0"},
  {0xee280f6a, 0x903c03d9, "vqadd.s32 q0, q4, sl"},
  {0xfe0c2f69, 0x5cb5fdf2, "vqadd.u8 q1, q6, r9"},
  {0xfe0ccf67, 0x068e8766, "vqadd.u8 q6, q6, r7"},
  {0xfe124f6a, 0xd39c3925, "vqadd.u16 q2, q1, sl"},
  {0xfe124f69, 0x4bd3184e, "vqadd.u16 q2, q1, r9"},
  {0xfe200f66, 0xf3e8ba4e, "vqadd.u32 q0, q0, r6"},
  {0xfe2ccf64, 0x25d7b92c, "vqadd.u32 q6, q6, r4"},
  {0xee0a3f66, 0xf27eeeae, "vqsub.s8 q1, q5, r6"},
  {0xee0a5f6b, 0xda0bfd43, "vqsub.s8 q2, q5, fp"},
  {0xee1a7f63, 0x4c194ad3, "vqsub.s16 q3, q5, r3"},
  {0xee185f60, 0x37b43042, "vqsub.s16 q2, q4, r0"},
  {0xee2c3f61, 0x1a44b85b, "vqsub.s32 q1, q6, r1"},
  {0xee26ff62, 0xf2c4069c, "vqsub.s32 q7, q3, r2"},
  {0xfe0adf6a, 0xed9fd59a, "vqsub.u8 q6, q5, sl"},
  {0xfe0a5f6a, 0x50c7f0ee, "vqsub.u8 q2, q5, sl"},
  {0xfe10ff65, 0x5c267faa, "vqsub.u16 q7, q0, r5"},
  {0xfe1a5f64, 0x664f664c, "vqsub.u16 q2, q5, r4"},
  {0xfe2adf68, 0xc3e2aa45, "vqsub.u32 q6, q5, r8"},
  {0xfe205f68, 0x7cbb7301, "vqsub.u32 q2, q0, r8"},
  {0xfe0f1e68, 0x9d5a8943, "vbrsr.8 q0, q7, r8"},
  {0xfe07be6b, 0xfb33767b, "vbrsr.8 q5, q3, fp"},
  {0xfe0bbe60, 0x757f1870, "vbrsr.8 q5, q5, r0"},
  {0xfe1ffe62, 0x130f05ec, "vbrsr.16 q7, q7, r2"},
  {0xfe159e68, 0x7a915afe, "vbrsr.16 q4, q2, r8"},
  {0xfe15de66, 0x18c2575e, "vbrsr.16 q6, q2, r6"},
  {0xfe23be69, 0x85ad187c, "vbrsr.32 q5, q1, r9"},
  {0xfe2d5e69, 0xad6bad1c, "vbrsr.32 q2, q6, r9"},
  {0xfe25de65, 0x75965181, "vbrsr.32 q6, q2, r5"},
  {0xef0ca152, 0xfc614643, "vand q5, q6, q1"},
  {0xef0cc15c, 0xada610a9, "vand q6, q6, q6"},
  {0xef1e815c, 0x5c8a4246, "vbic q4, q7, q6"},
  {0xef1c615e, 0x2d941880, "vbic q3, q6, q7"},
  {0xef22a15c, 0x2fe7170d, "vorr q5, q1, q6"},
  {0xef2a2154, 0x3031020d, "vorr q1, q5, q2"},
  {0xef3ea150, 0x1fda47ea, "vorn q5, q7, q0"},
  {0xef3a4152, 0x3e4f5da8, "vorn q2, q5, q1"},
  {0xff020158, 0x0e6305c0, "veor q0, q1, q4"},
  {0xff002152, 0xb19dc231, "veor q1, q0, q1"},
  {0xef20c150, 0xa46f15ec, "vmov q6, q0"},
  {0xef224152, 0x8a491477, "vmov q2, q1"},
  {0xef24c154, 0x7341cc4f, "vmov q6, q2"},
  {0xef26e156, 0x342ded13, "vmov q7, q3"},
  {0xef28a158, 0x20eca66b, "vmov q5, q4"},
  {0xef2a415a, 0x75274779, "vmov q2, q5"},
  {0xef2c615c, 0x440cdcac, "vmov q3, q6"},
  {0xef2ea15e, 0x8396352a, "vmov q5, q7"},
  {0xffb0a448, 0x32d22394, "vcls.s8 q5, q4"},
  {0xffb04440, 0x5b64e470, "vcls.s8 q2, q0"},
  {0xffb4c448, 0x746677c5, "vcls.s16 q6, q4"},
  {0xffb4a442, 0xc32372f9, "vcls.s16 q5, q1"},
  {0xffb88440, 0x37d39b58, "vcls.s32 q4, q0"},
  {0xffb8a444, 0x04690024, "vcls.s32 q5, q2"},
  {0xffb044c4, 0x7233ea05, "vclz.i8 q2, q2"},
  {0xffb044ca, 0xefbfb40b, "vclz.i8 q2, q5"},
  {0xffb464c4, 0x53e29ccf, "vclz.i16 q3, q2"},
  {0xffb4c4c0, 0xde9d4083, "vclz.i16 q6, q0"},
  {0xffb8a4cc, 0x7b8a62b0, "vclz.i32 q5, q6"},
  {0xffb824c4, 0xe0d883d3, "vclz.i32 q1, q2"},
  {0xffb18344, 0x6995b95d, "vabs.s8 q4, q2"},
  {0xffb1834c, 0xee5427f0, "vabs.s8 q4, q6"},
  {0xffb50348, 0x613acfed, "vabs.s16 q0, q4"},
  {0xffb5434a, 0xa2168b6a, "vabs.s16 q2, q5"},
  {0xffb9034e, 0x1883c542, "vabs.s32 q0, q7"},
  {0xffb94344, 0x07816d29, "vabs.s32 q2, q2"},
  {0xffb143c6, 0xaef9ff1a, "vneg.s8 q2, q3"},
  {0xffb143cc, 0x8c1baf05, "vneg.s8 q2, q6"},
  {0xffb583ce, 0xf2691392, "vneg.s16 q4, q7"},
  {0xffb5a3c4, 0x4a2a527a, "vneg.s16 q5, q2"},
  {0xffb903c8, 0xc455a2c5, "vneg.s32 q0, q4"},
  {0xffb963c2, 0x4389e214, "vneg.s32 q3, q1"},
  {0xffb0a74c, 0xf9e294ab, "vqabs.s8 q5, q6"},  // GNU: "vqabs.s8 q5, q0, q6"
  {0xffb02744, 0x1470540f, "vqabs.s8 q1, q2"},  // GNU: "vqabs.s8 q1, q0, q2"
  {0xffb4074c, 0xf37a30bf, "vqabs.s16 q0, q6"},  // GNU: "vqabs.s16 q0, q2, q6"
  {0xffb4a740, 0xd45b7a20, "vqabs.s16 q5, q0"},  // GNU: "vqabs.s16 q5, q2, q0"
  {0xffb8c742, 0x3e6e1449, "vqabs.s32 q6, q1"},  // GNU: "vqabs.s32 q6, q4, q1"
  {0xffb8474c, 0x44088d4e, "vqabs.s32 q2, q6"},  // GNU: "vqabs.s32 q2, q4, q6"
  {0xffb0c7c8, 0x3ef42553, "vqneg.s8 q6, q4"},
  {0xffb0e7ca, 0xbb6c8cd1, "vqneg.s8 q7, q5"},
  {0xffb407ca, 0x93b8b795, "vqneg.s16 q0, q5"},
  {0xffb487c0, 0xed48fcc3, "vqneg.s16 q4, q0"},
  {0xffb827cc, 0xd4dd2d45, "vqneg.s32 q1, q6"},
  {0xffb827c2, 0x998decd6, "vqneg.s32 q1, q1"},
  {0xffb04148, 0x3924ba8c, "vrev16.8 q2, q4"},
  {0xffb000c4, 0x2b500c22, "vrev32.8 q0, q2"},
  {0xffb480c6, 0x4b89c362, "vrev32.16 q4, q3"},
  {0xffb0804c, 0x6254a056, "vrev64.8 q4, q6"},
  {0xffb40046, 0xfc5a89de, "vrev64.16 q0, q3"},
  {0xffb80042, 0xd5f6f916, "vrev64.32 q0, q1"},
  {0xffb045c0, 0x521ef2e6, "vmvn q2, q0"},
  {0xffb0a14c, 0x07089e59, "vrev16.8 q5, q6"},
  {0xffb0a0c8, 0x673bf9d7, "vrev32.8 q5, q4"},
  {0xffb480c8, 0xfbf5d71e, "vrev32.16 q4, q4"},
  {0xffb0a046, 0x9d62f0a3, "vrev64.8 q5, q3"},
  {0xffb46044, 0x16922b23, "vrev64.16 q3, q2"},
  {0xffb80042, 0xd5f6f916, "vrev64.32 q0, q1"},
  {0xffb045cc, 0xb2e26c5c, "vmvn q2, q6"},
  {0xee334e03, 0xfa2fa32f, "vqmovnb.s16 q2, q1"},
  {0xee33ee0b, 0x0b88b535, "vqmovnb.s16 q7, q5"},
  {0xfe33ae01, 0x8802df04, "vqmovnb.u16 q5, q0"},
  {0xfe338e07, 0x8cb5fdd4, "vqmovnb.u16 q4, q3"},
  {0xee318e89, 0x48d0ec7a, "vqmovunb.s16 q4, q4"},
  {0xee31ee83, 0xdcd6a057, "vqmovunb.s16 q7, q1"},
  {0xfe318e8b, 0x68e8d272, "vmovnb.i16 q4, q5"},
  {0xfe312e83, 0x7da2c778, "vmovnb.i16 q1, q1"},
  {0xee376e0b, 0x0117cec4, "vqmovnb.s32 q3, q5"},
  {0xee37ce09, 0x413ae3ee, "vqmovnb.s32 q6, q4"},
  {0xfe370e05, 0x2f1d9a3c, "vqmovnb.u32 q0, q2"},
  {0xfe37ce0f, 0x64bf3515, "vqmovnb.u32 q6, q7"},
  {0xee354e85, 0xa28cd68e, "vqmovunb.s32 q2, q2"},
  {0xee358e83, 0x17ab36cd, "vqmovunb.s32 q4, q1"},
  {0xfe352e85, 0xe701399b, "vmovnb.i32 q1, q2"},
  {0xfe352e83, 0x389bd205, "vmovnb.i32 q1, q1"},
  {0xee310e0f, 0xfa1801f4, "vshllb.s8 q0, q7, #8"},
  {0xeea98f40, 0x8bf9f3c7, "vshllb.s8 q4, q0, #1"},
  {0xeeaf6f42, 0x2efd890b, "vshllb.s8 q3, q1, #7"},
  {0xeeae8f44, 0x0bc8fff9, "vshllb.s8 q4, q2, #6"},
  {0xeea86f4a, 0x00ccb81e, "vmovlb.s8 q3, q5"},
  {0xfe314e01, 0xe28d64cf, "vshllb.u8 q2, q0, #8"},
  {0xfea9cf48, 0x55bb5d15, "vshllb.u8 q6, q4, #1"},
  {0xfeaf4f40, 0xd5cf9111, "vshllb.u8 q2, q0, #7"},
  {0xfead6f4a, 0x65bccba7, "vshllb.u8 q3, q5, #5"},
  {0xfea8cf4e, 0x69b25656, "vmovlb.u8 q6, q7"},
  {0xee358e0f, 0xc2784a77, "vshllb.s16 q4, q7, #16"},
  {0xeeb10f4a, 0xfb34cb36, "vshllb.s16 q0, q5, #1"},
  {0xeebf8f4a, 0x70aeffa7, "vshllb.s16 q4, q5, #15"},
  {0xeebe4f4e, 0x23ecc5d3, "vshllb.s16 q2, q7, #14"},
  {0xeeb0ef46, 0x2f5c8ceb, "vmovlb.s16 q7, q3"},
  {0xfe354e05, 0x8cff991a, "vshllb.u16 q2, q2, #16"},
  {0xfeb1ef46, 0xf07a65f8, "vshllb.u16 q7, q3, #1"},
  {0xfebf6f4e, 0xaef52caa, "vshllb.u16 q3, q7, #15"},
  {0xfeb26f40, 0x8379fe66, "vshllb.u16 q3, q0, #2"},
  {0xfeb08f44, 0x9fcc9252, "vmovlb.u16 q4, q2"},
  {0xee337e07, 0x28f42428, "vqmovnt.s16 q3, q3"},
  {0xee331e09, 0x697f3ad8, "vqmovnt.s16 q0, q4"},
  {0xfe335e09, 0x59eaeb7a, "vqmovnt.u16 q2, q4"},
  {0xfe33be0b, 0x6956ec91, "vqmovnt.u16 q5, q5"},
  {0xee319e87, 0xd6d1ae16, "vqmovunt.s16 q4, q3"},
  {0xee31fe81, 0x1308f8e9, "vqmovunt.s16 q7, q0"},
  {0xfe31be8d, 0x9df93f22, "vmovnt.i16 q5, q6"},
  {0xfe31de89, 0xfbe617b1, "vmovnt.i16 q6, q4"},
  {0xee373e03, 0xfc29b616, "vqmovnt.s32 q1, q1"},
  {0xee37de03, 0x7f39f06d, "vqmovnt.s32 q6, q1"},
  {0xfe37de03, 0xd5c2d7d8, "vqmovnt.u32 q6, q1"},
  {0xfe37fe05, 0x10658bbc, "vqmovnt.u32 q7, q2"},
  {0xee355e87, 0x602cba23, "vqmovunt.s32 q2, q3"},
  {0xee35de81, 0x1fd37213, "vqmovunt.s32 q6, q0"},
  {0xfe35de85, 0x0e535066, "vmovnt.i32 q6, q2"},
  {0xfe353e85, 0x40c06506, "vmovnt.i32 q1, q2"},
  {0xee317e03, 0x89df46ef, "vshllt.s8 q3, q1, #8"},
  {0xeea93f44, 0x621ba3ba, "vshllt.s8 q1, q2, #1"},
  {0xeeaf7f48, 0xf2329311, "vshllt.s8 q3, q4, #7"},
  {0xeeabdf4e, 0x76242539, "vshllt.s8 q6, q7, #3"},
  {0xeea81f42, 0xd19f1d19, "vmovlt.s8 q0, q1"},
  {0xfe311e07, 0x1fe42e0e, "vshllt.u8 q0, q3, #8"},
  {0xfea9bf40, 0x3bf4090b, "vshllt.u8 q5, q0, #1"},
  {0xfeaf3f4a, 0x808f37dd, "vshllt.u8 q1, q5, #7"},
  {0xfeaa7f4c, 0xc99c3784, "vshllt.u8 q3, q6, #2"},
  {0xfea87f4c, 0xef8dd63b, "vmovlt.u8 q3, q6"},
  {0xee359e0d, 0xb4809490, "vshllt.s16 q4, q6, #16"},
  {0xeeb13f46, 0x52979c60, "vshllt.s16 q1, q3, #1"},
  {0xeebfbf4e, 0x65487c29, "vshllt.s16 q5, q7, #15"},
  {0xeeb9ff44, 0x9c28833a, "vshllt.s16 q7, q2, #9"},
  {0xeeb07f46, 0x84690edb, "vmovlt.s16 q3, q3"},
  {0xfe359e09, 0xa519d610, "vshllt.u16 q4, q4, #16"},
  {0xfeb11f4c, 0x1b0e3dd0, "vshllt.u16 q0, q6, #1"},
  {0xfebf3f4e, 0x7360e676, "vshllt.u16 q1, q7, #15"},
  {0xfeb41f4e, 0x6b3cfc3d, "vshllt.u16 q0, q7, #4"},
  {0xfeb0bf4e, 0x47de6c7a, "vmovlt.u16 q5, q7"},
  {0xee33ae8f, 0xe623f0ed, "vmaxa.s8 q5, q7"},
  {0xee33ee89, 0xc71e5b76, "vmaxa.s8 q7, q4"},
  {0xee372e83, 0x55731853, "vmaxa.s16 q1, q1"},
  {0xee37ee83, 0x2360691d, "vmaxa.s16 q7, q1"},
  {0xee3bce83, 0xfc4b3111, "vmaxa.s32 q6, q1"},
  {0xee3b6e87, 0x5681a960, "vmaxa.s32 q3, q3"},
  {0xee331e83, 0x8fca61bb, "vmina.s8 q0, q1"},
  {0xee331e8b, 0x0fa8f5ef, "vmina.s8 q0, q5"},
  {0xee371e87, 0x9783d4ca, "vmina.s16 q0, q3"},
  {0xee37de8d, 0x0b0c6c00, "vmina.s16 q6, q6"},
  {0xee3b7e8f, 0xe483a141, "vmina.s32 q3, q7"},
  {0xee3bde89, 0xc1e1e699, "vmina.s32 q6, q4"},
  {0xee319e69, 0xab548bb5, "vshl.s8 q4, r9"},
  {0xee311e64, 0x9193ee1a, "vshl.s8 q0, r4"},
  {0xee35fe68, 0xffafd3a7, "vshl.s16 q7, r8"},
  {0xee359e60, 0x86b7e43e, "vshl.s16 q4, r0"},
  {0xee39fe68, 0x4c4c666c, "vshl.s32 q7, r8"},
  {0xee393e62, 0x690e0747, "vshl.s32 q1, r2"},
  {0xfe319e66, 0xecdb8d16, "vshl.u8 q4, r6"},
  {0xfe31be69, 0x0f7784cf, "vshl.u8 q5, r9"},
  {0xfe351e61, 0x01597bf1, "vshl.u16 q0, r1"},
  {0xfe357e66, 0x2230743e, "vshl.u16 q3, r6"},
  {0xfe39fe60, 0x1be6734a, "vshl.u32 q7, r0"},
  {0xfe399e64, 0xa96a582c, "vshl.u32 q4, r4"},
  {0xee337e67, 0x9011d453, "vrshl.s8 q3, r7"},
  {0xee331e6a, 0x3a380377, "vrshl.s8 q0, sl"},
  {0xee373e64, 0x016385a4, "vrshl.s16 q1, r4"},
  {0xee37fe69, 0x599c8ec5, "vrshl.s16 q7, r9"},
  {0xee3bbe65, 0x5ae7bc12, "vrshl.s32 q5, r5"},
  {0xee3b1e69, 0x6443f052, "vrshl.s32 q0, r9"},
  {0xfe339e69, 0x982d523b, "vrshl.u8 q4, r9"},
  {0xfe331e63, 0x4aaf1062, "vrshl.u8 q0, r3"},
  {0xfe37be6b, 0x88c16c71, "vrshl.u16 q5, fp"},
  {0xfe37be6a, 0x72d5bf0b, "vrshl.u16 q5, sl"},
  {0xfe3bbe61, 0xe8c787d5, "vrshl.u32 q5, r1"},
  {0xfe3bbe6b, 0xbb2eaabf, "vrshl.u32 q5, fp"},
  {0xee319ee6, 0x29399448, "vqshl.s8 q4, r6"},
  {0xee31dee5, 0x8dd704c8, "vqshl.s8 q6, r5"},
  {0xee35bee8, 0x758ca084, "vqshl.s16 q5, r8"},
  {0xee35fee1, 0xf81a046f, "vqshl.s16 q7, r1"},
  {0xee393ee5, 0xa5a73d7e, "vqshl.s32 q1, r5"},
  {0xee395ee6, 0x6225945f, "vqshl.s32 q2, r6"},
  {0xfe315ee3, 0xff9ea86b, "vqshl.u8 q2, r3"},
  {0xfe31dee5, 0x133da81e, "vqshl.u8 q6, r5"},
  {0xfe355ee4, 0x6603d687, "vqshl.u16 q2, r4"},
  {0xfe35bee2, 0xc88b33bd, "vqshl.u16 q5, r2"},
  {0xfe391ee6, 0x527197d4, "vqshl.u32 q0, r6"},
  {0xfe39bee8, 0x00601c45, "vqshl.u32 q5, r8"},
  {0xee33dee1, 0xc2ea022c, "vqrshl.s8 q6, r1"},
  {0xee33dee0, 0x24df55e9, "vqrshl.s8 q6, r0"},
  {0xee37bee7, 0x9796aef5, "vqrshl.s16 q5, r7"},
  {0xee371ee9, 0x695a5113, "vqrshl.s16 q0, r9"},
  {0xee3b1ee8, 0x9dea11b2, "vqrshl.s32 q0, r8"},
  {0xee3b5ee5, 0xba93ef3c, "vqrshl.s32 q2, r5"},
  {0xfe335ee6, 0x3b04eb37, "vqrshl.u8 q2, r6"},
  {0xfe33bee1, 0x1be71c3d, "vqrshl.u8 q5, r1"},
  {0xfe37dee6, 0xccff6bd3, "vqrshl.u16 q6, r6"},
  {0xfe37beea, 0xa81a231b, "vqrshl.u16 q5, sl"},
  {0xfe3b7ee4, 0x666014cd, "vqrshl.u32 q3, r4"},
  {0xfe3b1ee0, 0x5ac34326, "vqrshl.u32 q0, r0"},
  {0xeee08b10, 0x6fa7ee0f, "vdup.8 q0, r8"},
  {0xeeeebb10, 0x50023a80, "vdup.8 q7, fp"},
  {0xeee01b10, 0x476b30ad, "vdup.8 q0, r1"},
  {0xeea61b30, 0x9ae21c2d, "vdup.16 q3, r1"},
  {0xeeaa5b30, 0x29f713f3, "vdup.16 q5, r5"},
  {0xeeae6b30, 0xdba402d7, "vdup.16 q7, r6"},
  {0xeeac6b10, 0x1980e70d, "vdup.32 q6, r6"},
  {0xeea89b10, 0x70a193ae, "vdup.32 q4, r9"},
  {0xeea00b10, 0xd1bf9085, "vdup.32 q0, r0"},
  {0xee308f06, 0xd0bb0578, "vadc.i32 q4, q0, q3"},
  {0xee32cf04, 0xf80f3be3, "vadc.i32 q6, q1, q2"},
  {0xee30af0a, 0xa0863ad3, "vadc.i32 q5, q0, q5"},
  {0xee385f0e, 0x2fd009b3, "vadci.i32 q2, q4, q7"},
  {0xee3a9f08, 0xf124383c, "vadci.i32 q4, q5, q4"},
  {0xee361f00, 0xd34a3787, "vadci.i32 q0, q3, q0"},
  {0xfe36ef02, 0xe0b7748d, "vsbc.i32 q7, q3, q1"},
  {0xfe326f04, 0x81e92ec8, "vsbc.i32 q3, q1, q2"},
  {0xfe384f02, 0x9e349462, "vsbc.i32 q2, q4, q1"},
  {0xfe30ff0a, 0x3f14d5ed, "vsbci.i32 q7, q0, q5"},
  {0xfe3ebf00, 0xac19da8f, "vsbci.i32 q5, q7, q0"},
  {0xfe3eff00, 0x4e582721, "vsbci.i32 q7, q7, q0"},
  {0xfe086f0e, 0xf5b4f012, "vcadd.i8 q3, q4, q7, #90"},
  {0xee020f0c, 0x2364843f, "vhcadd.s8 q0, q1, q6, #90"},
  {0xfe000f08, 0x41d0ecbf, "vcadd.i8 q0, q0, q4, #90"},
  {0xee0cef02, 0xc049e46a, "vhcadd.s8 q7, q6, q1, #90"},
  {0xfe02ff06, 0xcb99786d, "vcadd.i8 q7, q1, q3, #270"},
  {0xee085f0a, 0x2c2c4d0c, "vhcadd.s8 q2, q4, q5, #270"},
  {0xfe02bf04, 0x0e18ef2c, "vcadd.i8 q5, q1, q2, #270"},
  {0xee001f0c, 0x9f6612f2, "vhcadd.s8 q0, q0, q6, #270"},
  {0xfe108f04, 0x1e6eeb3c, "vcadd.i16 q4, q0, q2, #90"},
  {0xee18af00, 0xcfb25bfe, "vhcadd.s16 q5, q4, q0, #90"},
  {0xfe10ef08, 0xc4c05363, "vcadd.i16 q7, q0, q4, #90"},
  {0xee122f0a, 0xae7f79e3, "vhcadd.s16 q1, q1, q5, #90"},
  {0xfe18bf04, 0x77eef66e, "vcadd.i16 q5, q4, q2, #270"},
  {0xee1adf04, 0x69a23479, "vhcadd.s16 q6, q5, q2, #270"},
  {0xfe12ff00, 0xbfc0c956, "vcadd.i16 q7, q1, q0, #270"},
  {0xee1a3f0e, 0x26218a49, "vhcadd.s16 q1, q5, q7, #270"},
  {0xfe226f0c, 0xcfc4a195, "vcadd.i32 q3, q1, q6, #90"},
  {0xee2ecf08, 0x08ff986d, "vhcadd.s32 q6, q7, q4, #90"},
  {0xfe224f0c, 0x5b9e948e, "vcadd.i32 q2, q1, q6, #90"},
  {0xee264f0a, 0x6061ef2d, "vhcadd.s32 q2, q3, q5, #90"},
  {0xfe2c5f02, 0xd9bd2bae, "vcadd.i32 q2, q6, q1, #270"},
  {0xee2a5f0e, 0x6eda1726, "vhcadd.s32 q2, q5, q7, #270"},
  {0xfe229f06, 0x733001d9, "vcadd.i32 q4, q1, q3, #270"},
  {0xee225f0e, 0x7e3d0b65, "vhcadd.s32 q2, q1, q7, #270"},
  {0xee0b4f6e, 0xbcba2a92, "vidup.u8 q2, sl, #1"},
  {0xee01df6e, 0xcd4b96df, "vddup.u8 q6, r0, #1"},
  {0xee050f60, 0x01aeb4e5, "viwdup.u8 q0, r4, r1, #1"},
  {0xee0b5f68, 0xc9c27329, "vdwdup.u8 q2, sl, r9, #1"},
  {0xee01ef6f, 0x944a2567, "vidup.u8 q7, r0, #2"},
  {0xee07ff6f, 0x1e506a1b, "vddup.u8 q7, r6, #2"},
  {0xee01af65, 0xbba787d2, "viwdup.u8 q5, r0, r5, #2"},
  {0xee0b7f6b, 0x7dee8a8d, "vdwdup.u8 q3, sl, fp, #2"},
  {0xee09efee, 0x2b93fc49, "vidup.u8 q7, r8, #4"},
  {0xee037fee, 0xad41836c, "vddup.u8 q3, r2, #4"},
  {0xee090fe0, 0x06322429, "viwdup.u8 q0, r8, r1, #4"},
  {0xee0bdfe0, 0x7ecd3e55, "vdwdup.u8 q6, sl, r1, #4"},
  {0xee03cfef, 0x264efec4, "vidup.u8 q6, r2, #8"},
  {0xee03dfef, 0x4e4b5def, "vddup.u8 q6, r2, #8"},
  {0xee0b4fe7, 0x10bd2551, "viwdup.u8 q2, sl, r7, #8"},
  {0xee051fe7, 0xdc8ab8b7, "vdwdup.u8 q0, r4, r7, #8"},
  {0xee190f6e, 0xd9d0a5c2, "vidup.u16 q0, r8, #1"},
  {0xee11df6e, 0xa1d2fa46, "vddup.u16 q6, r0, #1"},
  {0xee130f66, 0x9b8987af, "viwdup.u16 q0, r2, r7, #1"},
  {0xee1b5f60, 0xa3df0456, "vdwdup.u16 q2, sl, r1, #1"},
  {0xee134f6f, 0x9676715d, "vidup.u16 q2, r2, #2"},
  {0xee11ff6f, 0x1e699b92, "vddup.u16 q7, r0, #2"},
  {0xee176f6b, 0x2d8ee697, "viwdup.u16 q3, r6, fp, #2"},
  {0xee13bf67, 0x5ede1017, "vdwdup.u16 q5, r2, r7, #2"},
  {0xee17afee, 0xd689a587, "vidup.u16 q5, r6, #4"},
  {0xee155fee, 0xe8fd6820, "vddup.u16 q2, r4, #4"},
  {0xee1bafe8, 0xe6438f72, "viwdup.u16 q5, sl, r9, #4"},
  {0xee155fe2, 0x3f45eb67, "vdwdup.u16 q2, r4, r3, #4"},
  {0xee158fef, 0xb9cb9602, "vidup.u16 q4, r4, #8"},
  {0xee131fef, 0xcc01e3c8, "vddup.u16 q0, r2, #8"},
  {0xee1b8fe1, 0x65c0aff8, "viwdup.u16 q4, sl, r1, #8"},
  {0xee19bfe7, 0x2539051c, "vdwdup.u16 q5, r8, r7, #8"},
  {0xee2baf6e, 0x93bdd13d, "vidup.u32 q5, sl, #1"},
  {0xee25ff6e, 0x8a207905, "vddup.u32 q7, r4, #1"},
  {0xee230f66, 0xdcc04a30, "viwdup.u32 q0, r2, r7, #1"},
  {0xee231f60, 0xf33b16e5, "vdwdup.u32 q0, r2, r1, #1"},
  {0xee278f6f, 0x627d5a0f, "vidup.u32 q4, r6, #2"},
  {0xee235f6f, 0x28acf707, "vddup.u32 q2, r2, #2"},
  {0xee230f63, 0x26ae6556, "viwdup.u32 q0, r2, r3, #2"},
  {0xee233f67, 0xd0bb0496, "vdwdup.u32 q1, r2, r7, #2"},
  {0xee290fee, 0xddf8da46, "vidup.u32 q0, r8, #4"},
  {0xee2b7fee, 0x2b4fe592, "vddup.u32 q3, sl, #4"},
  {0xee27efe2, 0x7dedae0e, "viwdup.u32 q7, r6, r3, #4"},
  {0xee279fe8, 0x8f21bf41, "vdwdup.u32 q4, r6, r9, #4"},
  {0xee292fef, 0x13458605, "vidup.u32 q1, r8, #8"},
  {0xee2b3fef, 0x36555ac6, "vddup.u32 q1, sl, #8"},
  {0xee25cfe9, 0x80511bd0, "viwdup.u32 q6, r4, r9, #8"},
  {0xee21ffe1, 0xf28efd9b, "vdwdup.u32 q7, r0, r1, #8"},
  {0xef808e50, 0xd184457d, "vmov.i8 q4, #0"},
  {0xef800e51, 0x6b244a16, "vmov.i8 q0, #1"},
  {0xef874e5f, 0xcae19243, "vmov.i8 q2, #127"},
  {0xff808e50, 0x803184de, "vmov.i8 q4, #128"},
  {0xff872e5f, 0xb9caa2ab, "vmov.i8 q1, #255"},
  {0xef854e5a, 0x284d77f5, "vmov.i8 q2, #90"},
  {0xef85a855, 0xaea8b16a, "vmov.i16 q5, #85"},
  {0xef85c875, 0x5a3244aa, "vmvn.i16 q6, #85"},
  {0xef856955, 0xab451ef0, "vorr.i16 q3, #85"},
  {0xef85a975, 0x6fcfcb0b, "vbic.i16 q5, #85"},
  {0xef856a55, 0x792624e8, "vmov.i16 q3, #21760"},
  {0xef852a75, 0x27787cce, "vmvn.i16 q1, #21760"},
  {0xef85cb55, 0x8878fcc5, "vorr.i16 q6, #21760"},
  {0xef85cb75, 0x08e4c085, "vbic.i16 q6, #21760"},
  {0xff87485f, 0x2561e223, "vmov.i16 q2, #255"},
  {0xff87887f, 0x50b7b5c1, "vmvn.i16 q4, #255"},
  {0xff87e95f, 0x72e7ca37, "vorr.i16 q7, #255"},
  {0xff87e97f, 0x4435bddf, "vbic.i16 q7, #255"},
  {0xef80c850, 0x2051f723, "vmov.i16 q6, #0"},
  {0xef808870, 0xd7f1a2b7, "vmvn.i16 q4, #0"},
  {0xff808850, 0x62fd108b, "vmov.i16 q4, #128"},
  {0xff80a870, 0x42b485d5, "vmvn.i16 q5, #128"},
  {0xff802950, 0xe4ac6ad3, "vorr.i16 q1, #128"},
  {0xff802970, 0xae54c978, "vbic.i16 q1, #128"},
  {0xff806a50, 0x29cd58a5, "vmov.i16 q3, #32768"},
  {0xff80ca70, 0x14083e38, "vmvn.i16 q6, #32768"},
  {0xff802b50, 0xdc016d7b, "vorr.i16 q1, #32768"},
  {0xff800b70, 0xb5c3014b, "vbic.i16 q0, #32768"},
  {0xef85a055, 0x7f4660e9, "vmov.i32 q5, #85"},
  {0xef854075, 0x7b1da02b, "vmvn.i32 q2, #85"},
  {0xef85a155, 0x72b2d909, "vorr.i32 q5, #85"},
  {0xef856175, 0xebca1363, "vbic.i32 q3, #85"},
  {0xef85a255, 0xbfb69698, "vmov.i32 q5, #21760"},
  {0xef85e275, 0x5e52462c, "vmvn.i32 q7, #21760"},
  {0xef856355, 0x363a9023, "vorr.i32 q3, #21760"},
  {0xef85e375, 0xd279f077, "vbic.i32 q7, #21760"},
  {0xef854455, 0x4abc0c3b, "vmov.i32 q2, #5570560"},
  {0xef85a475, 0xc32e2317, "vmvn.i32 q5, #5570560"},
  {0xef850555, 0xbc58ba05, "vorr.i32 q0, #5570560"},
  {0xef850575, 0xfcc6754f, "vbic.i32 q0, #5570560"},
  {0xef858655, 0x58da87b1, "vmov.i32 q4, #1426063360"},
  {0xef856675, 0x1560358d, "vmvn.i32 q3, #1426063360"},
  {0xef852755, 0x1fbd3b09, "vorr.i32 q1, #1426063360"},
  {0xef85a775, 0x8dd464dc, "vbic.i32 q5, #1426063360"},
  {0xef850c55, 0xf4eff136, "vmov.i32 q0, #22015"},
  {0xef850c75, 0xf0f048ad, "vmvn.i32 q0, #22015"},
  {0xef85ed55, 0x8d5c1850, "vmov.i32 q7, #5636095"},
  {0xef858d75, 0x8876b14f, "vmvn.i32 q4, #5636095"},
  {0xef804050, 0x7ee10634, "vmov.i32 q2, #0"},
  {0xef802070, 0xfab6faf5, "vmvn.i32 q1, #0"},
  {0xff82c05b, 0x659c09d8, "vmov.i32 q6, #171"},
  {0xff82007b, 0x3ab4012c, "vmvn.i32 q0, #171"},
  {0xff82415b, 0x167cd7f6, "vorr.i32 q2, #171"},
  {0xff82217b, 0xf9f1b99e, "vbic.i32 q1, #171"},
  {0xff80a650, 0xbe0127ec, "vmov.i32 q5, #2147483648"},
  {0xff806670, 0xe189f691, "vmvn.i32 q3, #2147483648"},
  {0xff808750, 0xb649a6cf, "vorr.i32 q4, #2147483648"},
  {0xff80e770, 0xaa63b27a, "vbic.i32 q7, #2147483648"},
  {0xff82ae75, 0x308f243b, "vmov.i64 q5, #0xff00ff0000ff00ff"},
  {0xef80ce70, 0xab999c61, "vmov.i64 q6, #0x0000000000000000"},
  {0xff876e7f, 0xd8c7ee21, "vmov.i64 q3, #0xffffffffffffffff"},
  {0xef80ee71, 0x1f40359a, "vmov.i64 q7, #0x00000000000000ff"},
  {0xff80ae70, 0x247bbba5, "vmov.i64 q5, #0xff00000000000000"},
  {0xef852e75, 0x468f8687, "vmov.i64 q1, #0x00ff00ff00ff00ff"},
  {0xef876f50, 0xe3dcb4fa, "vmov.f32 q3, #1"},
  {0xff84ef50, 0xf8de8fe8, "vmov.f32 q7, #-0.125"},
  {0xef832f5f, 0x694f97f0, "vmov.f32 q1, #31"},
  {0xef840f51, 0x7688e074, "vmov.f32 q0, #0.1328125"},
  {0xef80cf54, 0x3a3f54f2, "vmov.f32 q6, #2.5"},
  {0xff874f5f, 0x8ecf3b6d, "vmov.f32 q2, #-1.9375"},
  {0xef8f8052, 0xcd8439d3, "vshr.s8 q4, q1, #1"},
  {0xef8fa254, 0xe20b47da, "vrshr.s8 q5, q2, #1"},
  {0xef8b005a, 0x3ac5e56c, "vshr.s8 q0, q5, #5"},
  {0xef8b025a, 0x3bd9b6a9, "vrshr.s8 q0, q5, #5"},
  {0xef8aa056, 0x02c8c9e7, "vshr.s8 q5, q3, #6"},
  {0xef8ac25c, 0x2a6cffbf, "vrshr.s8 q6, q6, #6"},
  {0xef88e052, 0x09c0c688, "vshr.s8 q7, q1, #8"},
  {0xef88a25c, 0x2a5b01be, "vrshr.s8 q5, q6, #8"},
  {0xef888758, 0x33c369c2, "vqshl.s8 q4, q4, #0"},
  {0xef89c75c, 0xc92e794a, "vqshl.s8 q6, q6, #1"},
  {0xef8ae756, 0xd052229c, "vqshl.s8 q7, q3, #2"},
  {0xef8f4754, 0xe48738f5, "vqshl.s8 q2, q2, #7"},
  {0xff8fa05c, 0x65996437, "vshr.u8 q5, q6, #1"},
  {0xff8f6258, 0xe53e690c, "vrshr.u8 q3, q4, #1"},
  {0xff8b2056, 0xad6976ba, "vshr.u8 q1, q3, #5"},
  {0xff8b025a, 0xaece27da, "vrshr.u8 q0, q5, #5"},
  {0xff8a005a, 0x2bd444d8, "vshr.u8 q0, q5, #6"},
  {0xff8a225a, 0xb16ed41c, "vrshr.u8 q1, q5, #6"},
  {0xff880052, 0x209bd58a, "vshr.u8 q0, q1, #8"},
  {0xff88025e, 0x4a34cf26, "vrshr.u8 q0, q7, #8"},
  {0xff884758, 0x1db309f8, "vqshl.u8 q2, q4, #0"},
  {0xff89c75a, 0xecd92fa7, "vqshl.u8 q6, q5, #1"},
  {0xff8fc750, 0xb65ad2a5, "vqshl.u8 q6, q0, #7"},
  {0xff8f6450, 0x9decb570, "vsri.8 q3, q0, #1"},
  {0xff89045c, 0x772638a1, "vsri.8 q0, q6, #7"},
  {0xff888452, 0x1d1d2325, "vsri.8 q4, q1, #8"},
  {0xff888552, 0xb08257f7, "vsli.8 q4, q1, #0"},
  {0xef88855a, 0x6c660e2b, "vshl.i8 q4, q5, #0"},
  {0xff884658, 0xf04f4b50, "vqshlu.s8 q2, q4, #0"},
  {0xff8f2554, 0x784b31d7, "vsli.8 q1, q2, #7"},
  {0xef8f4558, 0x91585035, "vshl.i8 q2, q4, #7"},
  {0xff8fc65a, 0xb15a4409, "vqshlu.s8 q6, q5, #7"},
  {0xef9f205c, 0xace65a3e, "vshr.s16 q1, q6, #1"},
  {0xef9fa252, 0xb546555f, "vrshr.s16 q5, q1, #1"},
  {0xef99005e, 0x12fffd3a, "vshr.s16 q0, q7, #7"},
  {0xef994252, 0x03da1b2a, "vrshr.s16 q2, q1, #7"},
  {0xef970052, 0xffd8ad2e, "vshr.s16 q0, q1, #9"},
  {0xef978258, 0xfbd950f1, "vrshr.s16 q4, q4, #9"},
  {0xef900052, 0xc190906b, "vshr.s16 q0, q1, #16"},
  {0xef90c25c, 0xa15f4a9f, "vrshr.s16 q6, q6, #16"},
  {0xef902754, 0xf6235419, "vqshl.s16 q1, q2, #0"},
  {0xef91675a, 0x696d86a7, "vqshl.s16 q3, q5, #1"},
  {0xef9f4758, 0xd164a6ca, "vqshl.s16 q2, q4, #15"},
  {0xff9fe05a, 0x56240ffd, "vshr.u16 q7, q5, #1"},
  {0xff9fc250, 0xbe350bb4, "vrshr.u16 q6, q0, #1"},
  {0xff9de05e, 0x95ac5eff, "vshr.u16 q7, q7, #3"},
  {0xff9dc256, 0x538e5d5a, "vrshr.u16 q6, q3, #3"},
  {0xff97205c, 0x16bebf2a, "vshr.u16 q1, q6, #9"},
  {0xff97c25a, 0x2fb8d2b9, "vrshr.u16 q6, q5, #9"},
  {0xff90c058, 0x5826c236, "vshr.u16 q6, q4, #16"},
  {0xff908254, 0x0a76e187, "vrshr.u16 q4, q2, #16"},
  {0xff90075e, 0x98c61646, "vqshl.u16 q0, q7, #0"},
  {0xff916752, 0xa4dc1970, "vqshl.u16 q3, q1, #1"},
  {0xff97c75c, 0x2b56fb86, "vqshl.u16 q6, q6, #7"},
  {0xff9f675e, 0xd81667a8, "vqshl.u16 q3, q7, #15"},
  {0xff9fe45c, 0xad3b3a8d, "vsri.16 q7, q6, #1"},
  {0xff9e245e, 0x1ec704fe, "vsri.16 q1, q7, #2"},
  {0xff90c450, 0x561c40df, "vsri.16 q6, q0, #16"},
  {0xff908554, 0xfebc0dc4, "vsli.16 q4, q2, #0"},
  {0xef900554, 0xf20bb26a, "vshl.i16 q0, q2, #0"},
  {0xff908650, 0x6d0b2bd8, "vqshlu.s16 q4, q0, #0"},
  {0xff97e556, 0x007346d5, "vsli.16 q7, q3, #7"},
  {0xef97a558, 0xae93900c, "vshl.i16 q5, q4, #7"},
  {0xff97265c, 0x1b5bbf7e, "vqshlu.s16 q1, q6, #7"},
  {0xff9f255c, 0x14592f97, "vsli.16 q1, q6, #15"},
  {0xef9f6554, 0x4c2484be, "vshl.i16 q3, q2, #15"},
  {0xff9f6656, 0xdd524200, "vqshlu.s16 q3, q3, #15"},
  {0xefbfa052, 0x80ad1c62, "vshr.s32 q5, q1, #1"},
  {0xefbf4250, 0x3299301c, "vrshr.s32 q2, q0, #1"},
  {0xefbc8056, 0xbf991648, "vshr.s32 q4, q3, #4"},
  {0xefbc0258, 0xaf70a88b, "vrshr.s32 q0, q4, #4"},
  {0xefaf8056, 0xd0afa6da, "vshr.s32 q4, q3, #17"},
  {0xefaf6250, 0x90efa670, "vrshr.s32 q3, q0, #17"},
  {0xefa06054, 0xe0b222f3, "vshr.s32 q3, q2, #32"},
  {0xefa08258, 0x795d6249, "vrshr.s32 q4, q4, #32"},
  {0xefa06752, 0x4386ed6c, "vqshl.s32 q3, q1, #0"},
  {0xefa1c75e, 0x854911ef, "vqshl.s32 q6, q7, #1"},
  {0xefbf8750, 0xd6d33e91, "vqshl.s32 q4, q0, #31"},
  {0xffbf8058, 0x7ba7c72b, "vshr.u32 q4, q4, #1"},
  {0xffbf225e, 0x6d1a0e4d, "vrshr.u32 q1, q7, #1"},
  {0xffaf805e, 0x2f53e13c, "vshr.u32 q4, q7, #17"},
  {0xffaf8252, 0xb5204a1f, "vrshr.u32 q4, q1, #17"},
  {0xffa8e050, 0xd1ef237b, "vshr.u32 q7, q0, #24"},
  {0xffa8825c, 0x3fa27745, "vrshr.u32 q4, q6, #24"},
  {0xffa0a054, 0xcea5389b, "vshr.u32 q5, q2, #32"},
  {0xffa0025c, 0xaad8991c, "vrshr.u32 q0, q6, #32"},
  {0xffa0a75a, 0x38bf16f4, "vqshl.u32 q5, q5, #0"},
  {0xffa1275e, 0x7edb202d, "vqshl.u32 q1, q7, #1"},
  {0xffbe475c, 0x05bfda91, "vqshl.u32 q2, q6, #30"},
  {0xffbf2756, 0x30aaa67b, "vqshl.u32 q1, q3, #31"},
  {0xffbf8458, 0xaf615f7d, "vsri.32 q4, q4, #1"},
  {0xffad0456, 0x2c4b00b4, "vsri.32 q0, q3, #19"},
  {0xffa0445c, 0x5d657bc3, "vsri.32 q2, q6, #32"},
  {0xffa0a556, 0xab41bd64, "vsli.32 q5, q3, #0"},
  {0xefa0a558, 0xbee93f4e, "vshl.i32 q5, q4, #0"},
  {0xffa06656, 0x6263c202, "vqshlu.s32 q3, q3, #0"},
  {0xffae455a, 0xb97f9e13, "vsli.32 q2, q5, #14"},
  {0xefae8550, 0xa87301d3, "vshl.i32 q4, q0, #14"},
  {0xffae6650, 0xd7cba4fb, "vqshlu.s32 q3, q0, #14"},
  {0xffbfc554, 0x62809b2b, "vsli.32 q6, q2, #31"},
  {0xefbfc55e, 0x7270b2d8, "vshl.i32 q6, q7, #31"},
  {0xffbf8656, 0xf822474c, "vqshlu.s32 q4, q3, #31"},
  {0xee8f2fc7, 0x09da75a4, "vshrnb.i16 q1, q3, #1"},
  {0xfe8fefcb, 0xeb8bacf0, "vrshrnb.i16 q7, q5, #1"},
  {0xee8f2f4c, 0x98879ac5, "vqshrnb.s16 q1, q6, #1"},  // GNU: "vqshrnb.s16 q1, q6, #7"
  {0xfe8f4f4e, 0x27192364, "vqshrnb.u16 q2, q7, #1"},  // GNU: "vqshrnb.u16 q2, q7, #7"
  {0xee8fcf4d, 0x72a9b7ab, "vqrshrnb.s16 q6, q6, #1"},  // GNU: "vqrshrnb.s16 q6, q6, #7"
  {0xfe8f6f41, 0x3f53c218, "vqrshrnb.u16 q3, q0, #1"},  // GNU: "vqrshrnb.u16 q3, q0, #7"
  {0xee8f4fc8, 0xe8ea0b6a, "vqshrunb.s16 q2, q4, #1"},  // GNU: "vqshrunb.s16 q2, q4, #7"
  {0xfe8f8fca, 0x25a92ab2, "vqrshrunb.s16 q4, q5, #1"},  // GNU: "vqrshrunb.s16 q4, q5, #7"
  {0xee8b0fcf, 0x2707480a, "vshrnb.i16 q0, q7, #5"},
  {0xfe8b0fcd, 0x4074cf25, "vrshrnb.i16 q0, q6, #5"},
  {0xee8bef42, 0x386ada4e, "vqshrnb.s16 q7, q1, #5"},  // GNU: "vqshrnb.s16 q7, q1, #3"
  {0xfe8baf4c, 0x3bfc7621, "vqshrnb.u16 q5, q6, #5"},  // GNU: "vqshrnb.u16 q5, q6, #3"
  {0xee8b4f47, 0x72df7e2b, "vqrshrnb.s16 q2, q3, #5"},  // GNU: "vqrshrnb.s16 q2, q3, #3"
  {0xfe8bcf43, 0x5b882564, "vqrshrnb.u16 q6, q1, #5"},  // GNU: "vqrshrnb.u16 q6, q1, #3"
  {0xee8b2fc0, 0xcd6299c9, "vqshrunb.s16 q1, q0, #5"},  // GNU: "vqshrunb.s16 q1, q0, #3"
  {0xfe8b4fc8, 0x4597e764, "vqrshrunb.s16 q2, q4, #5"},  // GNU: "vqrshrunb.s16 q2, q4, #3"
  {0xee880fc5, 0xbb7cac3e, "vshrnb.i16 q0, q2, #8"},
  {0xfe88afc9, 0xfcdad42d, "vrshrnb.i16 q5, q4, #8"},
  {0xee880f44, 0x4bab14b0, "vqshrnb.s16 q0, q2, #8"},  // GNU: "vqshrnb.s16 q0, q2, #0"
  {0xfe880f4c, 0x19c2d4fe, "vqshrnb.u16 q0, q6, #8"},  // GNU: "vqshrnb.u16 q0, q6, #0"
  {0xee880f45, 0x7e5d5376, "vqrshrnb.s16 q0, q2, #8"},  // GNU: "vqrshrnb.s16 q0, q2, #0"
  {0xfe888f43, 0x50a1034a, "vqrshrnb.u16 q4, q1, #8"},  // GNU: "vqrshrnb.u16 q4, q1, #0"
  {0xee88afce, 0xa928aa2f, "vqshrunb.s16 q5, q7, #8"},  // GNU: "vqshrunb.s16 q5, q7, #0"
  {0xfe88afcc, 0x46f6c2ae, "vqrshrunb.s16 q5, q6, #8"},  // GNU: "vqrshrunb.s16 q5, q6, #0"
  {0xee9f6fc3, 0x22d6a149, "vshrnb.i32 q3, q1, #1"},
  {0xfe9f6fc5, 0x991bb824, "vrshrnb.i32 q3, q2, #1"},
  {0xee9f8f4a, 0x39f1a03a, "vqshrnb.s32 q4, q5, #1"},  // GNU: "vqshrnb.s32 q4, q5, #7"
  {0xfe9fcf42, 0xa6492b9c, "vqshrnb.u32 q6, q1, #1"},  // GNU: "vqshrnb.u32 q6, q1, #7"
  {0xee9f6f4b, 0x0e1fa8a9, "vqrshrnb.s32 q3, q5, #1"},  // GNU: "vqrshrnb.s32 q3, q5, #7"
  {0xfe9f0f47, 0xb5b2d657, "vqrshrnb.u32 q0, q3, #1"},  // GNU: "vqrshrnb.u32 q0, q3, #7"
  {0xee9f8fc4, 0x9b8418ea, "vqshrunb.s32 q4, q2, #1"},  // GNU: "vqshrunb.s32 q4, q2, #7"
  {0xfe9f8fc8, 0x4a3a2988, "vqrshrunb.s32 q4, q4, #1"},  // GNU: "vqrshrunb.s32 q4, q4, #7"
  {0xee9b0fcb, 0x5a0bbc01, "vshrnb.i32 q0, q5, #5"},
  {0xfe9b8fcf, 0xa1052101, "vrshrnb.i32 q4, q7, #5"},
  {0xee9b8f44, 0xaff8c3b2, "vqshrnb.s32 q4, q2, #5"},  // GNU: "vqshrnb.s32 q4, q2, #3"
  {0xfe9b4f40, 0x66175e09, "vqshrnb.u32 q2, q0, #5"},  // GNU: "vqshrnb.u32 q2, q0, #3"
  {0xee9b0f4f, 0xc6737fc0, "vqrshrnb.s32 q0, q7, #5"},  // GNU: "vqrshrnb.s32 q0, q7, #3"
  {0xfe9b4f41, 0x7ccceeb8, "vqrshrnb.u32 q2, q0, #5"},  // GNU: "vqrshrnb.u32 q2, q0, #3"
  {0xee9bcfc2, 0xff2035db, "vqshrunb.s32 q6, q1, #5"},  // GNU: "vqshrunb.s32 q6, q1, #3"
  {0xfe9b4fc8, 0x82558d06, "vqrshrunb.s32 q2, q4, #5"},  // GNU: "vqrshrunb.s32 q2, q4, #3"
  {0xee90efc3, 0xdc14a629, "vshrnb.i32 q7, q1, #16"},
  {0xfe904fc3, 0x3403bfc2, "vrshrnb.i32 q2, q1, #16"},
  {0xee90af4e, 0x73990633, "vqshrnb.s32 q5, q7, #16"},  // GNU: "vqshrnb.s32 q5, q7, #0"
  {0xfe90cf44, 0xc87fb06f, "vqshrnb.u32 q6, q2, #16"},  // GNU: "vqshrnb.u32 q6, q2, #0"
  {0xee902f47, 0x5c54d9a3, "vqrshrnb.s32 q1, q3, #16"},  // GNU: "vqrshrnb.s32 q1, q3, #0"
  {0xfe90ef43, 0x89092739, "vqrshrnb.u32 q7, q1, #16"},  // GNU: "vqrshrnb.u32 q7, q1, #0"
  {0xee906fcc, 0x75ca458d, "vqshrunb.s32 q3, q6, #16"},  // GNU: "vqshrunb.s32 q3, q6, #0"
  {0xfe908fcc, 0x24579f81, "vqrshrunb.s32 q4, q6, #16"},  // GNU: "vqrshrunb.s32 q4, q6, #0"
  {0xee8f9fc7, 0xd282d7ae, "vshrnt.i16 q4, q3, #1"},
  {0xfe8f7fcb, 0x0923eab8, "vrshrnt.i16 q3, q5, #1"},
  {0xee8f9f48, 0x5449f2fe, "vqshrnt.s16 q4, q4, #1"},  // GNU: "vqshrnt.s16 q4, q4, #7"
  {0xfe8f3f4e, 0x3790c08c, "vqshrnt.u16 q1, q7, #1"},  // GNU: "vqshrnt.u16 q1, q7, #7"
  {0xee8fdf4d, 0x97292829, "vqrshrnt.s16 q6, q6, #1"},  // GNU: "vqrshrnt.s16 q6, q6, #7"
  {0xfe8f1f47, 0x0b968f6e, "vqrshrnt.u16 q0, q3, #1"},  // GNU: "vqrshrnt.u16 q0, q3, #7"
  {0xee8fffc6, 0xe841eae8, "vqshrunt.s16 q7, q3, #1"},  // GNU: "vqshrunt.s16 q7, q3, #7"
  {0xfe8f5fc8, 0x0898554d, "vqrshrunt.s16 q2, q4, #1"},  // GNU: "vqrshrunt.s16 q2, q4, #7"
  {0xee8c9fc3, 0x84230890, "vshrnt.i16 q4, q1, #4"},
  {0xfe8c9fcb, 0x30d63d4b, "vrshrnt.i16 q4, q5, #4"},
  {0xee8cdf4c, 0xc5707d0f, "vqshrnt.s16 q6, q6, #4"},
  {0xfe8cff46, 0xdbe6512f, "vqshrnt.u16 q7, q3, #4"},
  {0xee8cff4d, 0x9bc6c361, "vqrshrnt.s16 q7, q6, #4"},
  {0xfe8cdf4d, 0xcef54ca9, "vqrshrnt.u16 q6, q6, #4"},
  {0xee8c5fca, 0xb5dd9563, "vqshrunt.s16 q2, q5, #4"},
  {0xfe8cffcc, 0x68df65a5, "vqrshrunt.s16 q7, q6, #4"},
  {0xee88ffc5, 0x764abcd7, "vshrnt.i16 q7, q2, #8"},
  {0xfe883fcb, 0xf98453f1, "vrshrnt.i16 q1, q5, #8"},
  {0xee889f4c, 0xb65a067b, "vqshrnt.s16 q4, q6, #8"},  // GNU: "vqshrnt.s16 q4, q6, #0"
  {0xfe885f48, 0x749acfd0, "vqshrnt.u16 q2, q4, #8"},  // GNU: "vqshrnt.u16 q2, q4, #0"
  {0xee883f43, 0x27b09ee2, "vqrshrnt.s16 q1, q1, #8"},  // GNU: "vqrshrnt.s16 q1, q1, #0"
  {0xfe881f4d, 0x3e4b9036, "vqrshrnt.u16 q0, q6, #8"},  // GNU: "vqrshrnt.u16 q0, q6, #0"
  {0xee881fca, 0x0c5b49f0, "vqshrunt.s16 q0, q5, #8"},  // GNU: "vqshrunt.s16 q0, q5, #0"
  {0xfe88bfc0, 0x239c1db8, "vqrshrunt.s16 q5, q0, #8"},  // GNU: "vqrshrunt.s16 q5, q0, #0"
  {0xee9fbfcb, 0xdf498301, "vshrnt.i32 q5, q5, #1"},
  {0xfe9f3fcd, 0x57e9a26c, "vrshrnt.i32 q1, q6, #1"},
  {0xee9f7f4c, 0x4f8585d3, "vqshrnt.s32 q3, q6, #1"},  // GNU: "vqshrnt.s32 q3, q6, #7"
  {0xfe9fbf4c, 0x3c8e2209, "vqshrnt.u32 q5, q6, #1"},  // GNU: "vqshrnt.u32 q5, q6, #7"
  {0xee9f5f49, 0x224ae2a2, "vqrshrnt.s32 q2, q4, #1"},  // GNU: "vqrshrnt.s32 q2, q4, #7"
  {0xfe9fbf49, 0x2b7d6359, "vqrshrnt.u32 q5, q4, #1"},  // GNU: "vqrshrnt.u32 q5, q4, #7"
  {0xee9f9fc0, 0x949a0aeb, "vqshrunt.s32 q4, q0, #1"},  // GNU: "vqshrunt.s32 q4, q0, #7"
  {0xfe9f9fc6, 0xc81df3b4, "vqrshrunt.s32 q4, q3, #1"},  // GNU: "vqrshrunt.s32 q4, q3, #7"
  {0xee9c7fc1, 0x97c6df85, "vshrnt.i32 q3, q0, #4"},
  {0xfe9cbfc7, 0x71adfd9e, "vrshrnt.i32 q5, q3, #4"},
  {0xee9c9f4c, 0xd282c2f3, "vqshrnt.s32 q4, q6, #4"},
  {0xfe9c7f44, 0x93562b1e, "vqshrnt.u32 q3, q2, #4"},
  {0xee9cdf41, 0x040e0913, "vqrshrnt.s32 q6, q0, #4"},
  {0xfe9cbf4f, 0x820507b1, "vqrshrnt.u32 q5, q7, #4"},
  {0xee9cdfc4, 0xff813b07, "vqshrunt.s32 q6, q2, #4"},
  {0xfe9c1fcc, 0xb55f83e7, "vqrshrunt.s32 q0, q6, #4"},
  {0xee909fcf, 0x8fbb2d00, "vshrnt.i32 q4, q7, #16"},
  {0xfe901fc7, 0xaa98a5fc, "vrshrnt.i32 q0, q3, #16"},
  {0xee90ff4e, 0xf1e73f43, "vqshrnt.s32 q7, q7, #16"},  // GNU: "vqshrnt.s32 q7, q7, #0"
  {0xfe903f4c, 0x2403b09b, "vqshrnt.u32 q1, q6, #16"},  // GNU: "vqshrnt.u32 q1, q6, #0"
  {0xee905f4f, 0x68986e4d, "vqrshrnt.s32 q2, q7, #16"},  // GNU: "vqrshrnt.s32 q2, q7, #0"
  {0xfe90ff4d, 0x1f2ab520, "vqrshrnt.u32 q7, q6, #16"},  // GNU: "vqrshrnt.u32 q7, q6, #0"
  {0xee901fc4, 0x92a6ef61, "vqshrunt.s32 q0, q2, #16"},  // GNU: "vqshrunt.s32 q0, q2, #0"
  {0xfe905fcc, 0x0ac1c73e, "vqrshrunt.s32 q2, q6, #16"},  // GNU: "vqrshrunt.s32 q2, q6, #0"
  {0xeea10fca, 0x35af1527, "vshlc q0, sl, #1"},
  {0xeea84fc0, 0x40b52986, "vshlc q2, r0, #8"},
  {0xeebf8fc3, 0xd3f1f2fd, "vshlc q4, r3, #31"},
  {0xeea02fcb, 0x4a15b6e1, "vshlc q1, fp, #32"},
  {0xeeb42fc6, 0x8fcd29a2, "vshlc q1, r6, #20"},
};

// The integer table's lines, by their bit string (Pattern::bits is unique per line).
std::set<const char*> int_table_bits() {
  std::set<const char*> s;
  for (const Pattern& p : mve_int_patterns()) s.insert(p.bits);
  return s;
}

TEST(MveInt, DecodeAndDisassembly) {
  const auto mine = int_table_bits();
  Machine m({0});
  const Decoder& dec = m.cpu->decoder();
  for (const QemuCase& k : kQemuCases) {
    DecodedInsn d;
    ASSERT_TRUE(dec.decode(k.enc, true, d)) << hex(k.enc);
    EXPECT_TRUE(mine.count(dec.pattern(d.pattern).p.bits)) << hex(k.enc) << " decodes as " << dec.pattern(d.pattern).p.name;
    EXPECT_EQ(dec.disassemble(d, 0), k.text) << hex(k.enc);
  }
}

TEST(MveInt, QemuStates) {
  size_t cases = 0;
  for (const QemuCase& k : kQemuCases) {
    Machine m({k.enc});
    uint32_t seed = k.enc ^ 0x5bd1e995u, h = 2166136261u;
    bool ok = true;
    for (int i = 0; i < 16 && ok; ++i) {
      const State in = gen_state(seed);
      load_state(*m.cpu, in, i >= 8);
      ok = m.step_first();
      EXPECT_TRUE(ok) << k.text << " case " << i << ": " << m.cpu->stop_message() << " " << m.cpu->last_fault;
      const State out = save_state(*m.cpu);
      const uint32_t* w = reinterpret_cast<const uint32_t*>(&out);
      for (size_t j = 0; j < sizeof out / 4; ++j) h = fnv1a_u32(h, w[j]);
      ++cases;
    }
    EXPECT_EQ(hex(h), hex(k.hash)) << k.text << " (" << hex(k.enc) << ")";
  }
  EXPECT_EQ(cases, 16 * std::size(kQemuCases));
}

// Every line of the table has at least one QEMU-checked encoding, except the
// unallocated one and the 256 VMOV.I64 lines (one per imm8 value for the
// disassembly, one semantics: six of them are checked).
TEST(MveInt, EveryTableLineHasQemuCases) {
  Machine m({0});
  const Decoder& dec = m.cpu->decoder();
  std::set<const char*> hit;
  for (const QemuCase& k : kQemuCases) {
    DecodedInsn d;
    if (dec.decode(k.enc, true, d)) hit.insert(dec.pattern(d.pattern).p.bits);
  }
  for (const Pattern& p : mve_int_patterns()) {
    const std::string name = p.name;
    if (name.rfind("UNDEF_", 0) == 0 || name == "VMOV_imm64") continue;
    EXPECT_TRUE(hit.count(p.bits)) << name << " " << p.bits << " has no QEMU case";
  }
}

// ---- hand-written cases -------------------------------------------------

// Runs `enc` once; returns whether it raised UNDEFINSTR (the fault ends in
// lockup: there is no vector table) and checks that Q0-Q7 did not change.
bool undefined(uint32_t enc) {
  Machine m({enc});
  for (int i = 0; i < 32; ++i) m.cpu->fp.s[i] = 0x11111111u * (i % 15 + 1);
  std::vector<uint32_t> before(m.cpu->fp.s, m.cpu->fp.s + 32);
  m.run();
  EXPECT_EQ(std::vector<uint32_t>(m.cpu->fp.s, m.cpu->fp.s + 32), before) << hex(enc);
  return (m.cpu->scs().cfsr() & kCfsrUndefinstr) != 0;
}

TEST(MveInt, UndefinedEncodings) {
  const uint32_t kCases[] = {
      0xef420844,   // vadd.i8 with D = 1 (Qd = 8)
      0xef0208c4,   // vadd.i8 with N = 1 (Qn = 9)
      0xef020864,   // vadd.i8 with M = 1 (Qm = 10)
      0xffcb0552,   // vsli.8 with D = 1
      0xee130f4d,   // vadd.i16 q0, q1, sp
      0xee130f4f,   // vadd.i16 q0, q1, pc
      0xeea0db10,   // vdup.32 q0, sp
      0xeea0fb10,   // vdup.32 q0, pc
      0xeea01b90,   // vdup.32 with D = 1
      0xee030fec,   // viwdup.u8 q0, r2, sp, #4 (Rm = 13)
      0xeea00fcd,   // vshlc q0, sp, #32
      0xfe311e6f,   // vshl.u8 q0, pc
      0xef800f70,   // vmov immediate, cmode 1111 op 1: unallocated
  };
  for (uint32_t enc : kCases) EXPECT_TRUE(undefined(enc)) << hex(enc);
  // The same encodings with legal operands execute.
  for (uint32_t enc : {0xef020844u, 0xee130f42u, 0xeea01b10u, 0xee030fe2u, 0xeea00fc1u, 0xfe311e61u}) {
    Machine m({enc});
    EXPECT_EQ(m.run(), StopReason::Breakpoint) << hex(enc) << " " << m.cpu->last_fault;
  }
}

// CPACR without CP10: NOCP UsageFault before anything is written.
TEST(MveInt, NocpWhenCpacrDisables) {
  Machine m({0xef020844}, /*enable_fp=*/false);   // vadd.i8 q0, q1, q2
  m.cpu->fp.s[0] = 0x12345678;
  m.run();
  EXPECT_NE(m.cpu->scs().cfsr() & kCfsrNocp, 0u);
  EXPECT_EQ(m.cpu->fp.s[0], 0x12345678u);
}

void set_q(Cpu& c, unsigned q, uint32_t w0, uint32_t w1, uint32_t w2, uint32_t w3) {
  c.fp.s[4 * q] = w0;
  c.fp.s[4 * q + 1] = w1;
  c.fp.s[4 * q + 2] = w2;
  c.fp.s[4 * q + 3] = w3;
}
std::string q_text(const Cpu& c, unsigned q) {
  char b[48];
  snprintf(b, sizeof b, "%08x %08x %08x %08x", c.fp.s[4 * q], c.fp.s[4 * q + 1], c.fp.s[4 * q + 2], c.fp.s[4 * q + 3]);
  return b;
}

// VQADD.S8: a saturating lane sets FPSCR.QC only when it is active; the
// inactive bytes keep Qd.
TEST(MveInt, SaturationCountsActiveLanesOnly) {
  for (uint16_t p0 : {0xFFFEu, 0xFFFFu}) {
    Machine m({0xef020054});   // vqadd.s8 q0, q1, q2
    set_q(*m.cpu, 0, 0xAAAAAAAA, 0xAAAAAAAA, 0xAAAAAAAA, 0xAAAAAAAA);
    set_q(*m.cpu, 1, 0x0000017F, 0, 0, 0);   // byte 0: 127 + 1 saturates, byte 1: 1 + 1
    set_q(*m.cpu, 2, 0x00000101, 0, 0, 0);
    m.cpu->vpr = p0 | 0x00880000u;           // as after VPST
    ASSERT_EQ(m.run(), StopReason::Breakpoint);
    EXPECT_EQ((m.cpu->fpscr >> 27) & 1, p0 == 0xFFFF ? 1u : 0u) << hex(p0);
    EXPECT_EQ(q_text(*m.cpu, 0), p0 == 0xFFFF ? "0000027f 00000000 00000000 00000000"
                                              : "000002aa 00000000 00000000 00000000");
    EXPECT_EQ(m.cpu->vpr, p0) << "VPT block ended";
  }
}

// VADC/VSBC: the carry runs through the four words; an inactive word keeps
// Qd and passes the carry on; FPSCR.C gets the last carry, N, Z, V cleared.
TEST(MveInt, AddWithCarryChain) {
  Machine m({0xee320f04});   // vadc.i32 q0, q1, q2
  set_q(*m.cpu, 0, 0xDDDDDDDD, 0xDDDDDDDD, 0xDDDDDDDD, 0xDDDDDDDD);
  set_q(*m.cpu, 1, 0xFFFFFFFF, 0x00000000, 0xFFFFFFFF, 0x80000000);
  set_q(*m.cpu, 2, 0x00000001, 0x00000000, 0x00000000, 0x80000000);
  m.cpu->fpscr = 0xD0000000;   // N, Z, V set, C clear
  m.cpu->vpr = 0xFF0F | 0x00880000u;   // word 1 inactive
  ASSERT_EQ(m.run(), StopReason::Breakpoint);
  // word 0: ffffffff + 1 + 0 = 0, carry 1; word 1 inactive (carry stays 1);
  // word 2: ffffffff + 0 + 1 = 0, carry 1; word 3: 80000000 * 2 + 1 = 1, carry 1.
  EXPECT_EQ(q_text(*m.cpu, 0), "00000000 dddddddd 00000000 00000001");
  EXPECT_EQ(hex(m.cpu->fpscr), hex(0x20000000));
}

// VSHLC #32 moves whole words: Rdm in, the top word out.
TEST(MveInt, WholeVectorShiftWithCarry) {
  Machine m({0xeea00fc1});   // vshlc q0, r1, #32
  set_q(*m.cpu, 0, 0x00000001, 0x00000002, 0x00000003, 0x00000004);
  m.cpu->r[1] = 0xCAFEF00D;
  ASSERT_EQ(m.run(), StopReason::Breakpoint);
  EXPECT_EQ(q_text(*m.cpu, 0), "cafef00d 00000001 00000002 00000003");
  EXPECT_EQ(hex(m.cpu->r[1]), "0x4");
}

// VIWDUP wraps at Rm; Rn gets the offset after the last element.
TEST(MveInt, IncrementingDuplicateWraps) {
  Machine m({0xee230fe4});   // viwdup.u32 q0, r2, r5, #4
  m.cpu->r[2] = 4;
  m.cpu->r[5] = 12;
  ASSERT_EQ(m.run(), StopReason::Breakpoint);
  EXPECT_EQ(q_text(*m.cpu, 0), "00000004 00000008 00000000 00000004");
  EXPECT_EQ(m.cpu->r[2], 8u);
}

// VSRI by the element size inserts nothing; VSLI #0 copies Qm.
TEST(MveInt, ShiftInsertLimits) {
  Machine sri({0xffa00452});   // vsri.32 q0, q1, #32
  set_q(*sri.cpu, 0, 1, 2, 3, 4);
  set_q(*sri.cpu, 1, 5, 6, 7, 8);
  ASSERT_EQ(sri.run(), StopReason::Breakpoint);
  EXPECT_EQ(q_text(*sri.cpu, 0), "00000001 00000002 00000003 00000004");
  Machine sli({0xffa00552});   // vsli.32 q0, q1, #0
  set_q(*sli.cpu, 0, 1, 2, 3, 4);
  set_q(*sli.cpu, 1, 5, 6, 7, 8);
  ASSERT_EQ(sli.run(), StopReason::Breakpoint);
  EXPECT_EQ(q_text(*sli.cpu, 0), "00000005 00000006 00000007 00000008");
}

// VQSHRNB.S16 #8 (the correct encoding, bit 0 clear) truncates; VQRSHRNB
// rounds. 0x7F80 >> 8 = 0x7F; rounded, 0x80 saturates to 0x7F and sets QC.
TEST(MveInt, NarrowingShiftRounding) {
  for (bool round : {false, true}) {
    Machine m({round ? 0xee880f43u : 0xee880f42u});   // vq{r}shrnb.s16 q0, q1, #8
    set_q(*m.cpu, 0, 0xEEEEEEEE, 0xEEEEEEEE, 0xEEEEEEEE, 0xEEEEEEEE);
    set_q(*m.cpu, 1, 0x00807F80, 0, 0, 0);   // halfwords 0x7F80, 0x0080
    ASSERT_EQ(m.run(), StopReason::Breakpoint);
    // byte 0 <- halfword 0, byte 2 <- halfword 1 (0x0080 >> 8: 0, rounded 1);
    // the odd bytes keep Qd.
    EXPECT_EQ(q_text(*m.cpu, 0), round ? "ee01ee7f ee00ee00 ee00ee00 ee00ee00" : "ee00ee7f ee00ee00 ee00ee00 ee00ee00");
    EXPECT_EQ((m.cpu->fpscr >> 27) & 1, round ? 1u : 0u);
  }
}

}  // namespace
}  // namespace tinysim::armv8m
