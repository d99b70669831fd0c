// Unit tests of the Helium (MVE) integer multiplies, multiply-accumulates and
// across-vector reductions of the ISS (cores/armv8m/mve_mac_table.cpp,
// exec_mve_mac.cpp).
//
//  * QEMU reference (kQemuCases): every instruction variant of the table
//    (208 encodings, some with Qd equal to a source) on 8 register states
//    each, against qemu-system-arm 7.2 (-M mps3-an547, Cortex-M55). A
//    bare-metal program loaded Q0-Q7, r0-r12, LR, FPSCR and VPR.P0 from a
//    state block, ran the instruction (cases 4-7 behind VPST, so predicated
//    on P0; cases 0-3 unpredicated), stored everything back and printed the
//    words that changed. The states come from make_case() below, which is the
//    generator that program used (xorshift32 with saturation edge values
//    mixed in, random and structured predicates, FPSCR.QC/NZCV preset in odd
//    cases). Encodings and texts are GNU as / objdump's (binutils 2.40,
//    -march=armv8.1-m.main+mve); the text is checked against tinysim's
//    disassembly. workloads/mve/mac_encodings.c runs the same states in the
//    QEMU-vs-tinysim differential suite.
//    QEMU computes 32-bit VMULL with Qd equal to a source (UNPREDICTABLE;
//    the assembler warns) as if the sources were read first, and so does
//    tinysim (vmullt.s32 q1, q1, q2 below).
//  * Coverage: every line of the decode table is hit by a QEMU case.
//  * Decode: register numbers above 7, SP/PC operands and forbidden overlaps
//    are UNDEFINED (UsageFault UNDEFINSTR, nothing written); size 0b11 and
//    the shared RdaHi spaces are left to the instructions that own them.
//  * Hand cases: expected values worked out from the Arm ARM (DDI0553)
//    pseudocode for the edges (saturation and FPSCR.QC per active lane,
//    rounding constants, pair handling of the dual multiplies, the per-beat
//    rounding of VRMLALDAVH, register extension in VMAXV/VMAXAV).
#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "cores/armv8m/cpu.h"
#include "cores/armv8m/decoder.h"
#include "cores/armv8m/scs.h"
#include "tests/unit/iss_machine.h"

namespace tinysim::armv8m {
namespace {

using test::IssMachine;

constexpr uint32_t kCodeAddr = 0x100;
constexpr uint32_t kQc = 1u << 27;

// One Cortex-M55 with MVE running `enc` at kCodeAddr, then BKPT #1 (a Cpu
// stops for good there: one machine per run). FP/MVE enabled, SP in memory.
struct Machine {
  IssMachine iss;
  Cpu& cpu;

  explicit Machine(uint32_t enc) : iss({enc}, test::mve_layout(kCodeAddr)), cpu(*iss.cpu) {
    iss.enable_fp();
    cpu.r[13] = 0x8000;
  }
  StopReason run() { return iss.run(1000); }
  std::string text() { return iss.disasm(kCodeAddr); }
  const Pattern& pattern() { return cpu.decoder().pattern(cpu.decode_at(kCodeAddr).pattern).p; }
  const CompiledPattern& compiled() { return cpu.decoder().pattern(cpu.decode_at(kCodeAddr).pattern); }
  bool undefinstr() const { return (cpu.scs().cfsr() & kCfsrUndefinstr) != 0; }
};

std::string hex(uint64_t v) {
  char b[24];
  snprintf(b, sizeof b, "0x%llx", static_cast<unsigned long long>(v));
  return b;
}

// ---------------------------------------------------------------------------
// Register state of a QEMU case: Q0-Q7 as 32 words, r0-r12 and LR, VPR.P0,
// FPSCR (without LTPSIZE). Word indices 0-31 are Q words, 32-45 r0-r12 and
// LR, 46 P0, 47 FPSCR.
struct State {
  uint32_t w[48];
};
constexpr unsigned kR0 = 32, kLr = 45, kP0 = 46, kFpscr = 47;

uint32_t xorshift32(uint32_t& s) {
  uint32_t x = s;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return s = x;
}
constexpr uint32_t kSpecial[16] = {
    0x00000000, 0xFFFFFFFF, 0x80000000, 0x7FFFFFFF, 0x80008000, 0x7FFF7FFF, 0x80808080, 0x7F7F7F7F,
    0x00000001, 0x00010001, 0x01010101, 0xFFFF8000, 0x8000FFFF, 0x807F7F80, 0x0000FFFF, 0x00FF00FF};
uint32_t word(uint32_t& s) {
  const uint32_t r = xorshift32(s);
  if ((r & 3) == 0) return kSpecial[(r >> 8) & 15];
  return xorshift32(s);
}
// Case k of instruction `insn` (its index in kQemuCases), as the QEMU program made it.
State make_case(unsigned insn, unsigned k, bool& predicated) {
  State st{};
  uint32_t s = (0x9E3779B9u * (insn * 8 + k + 1)) ^ 0x2545F491u;
  if (!s) s = 1;
  for (unsigned i = 0; i < 32; ++i) st.w[i] = word(s);
  for (unsigned i = 0; i < 14; ++i) st.w[kR0 + i] = word(s);
  static constexpr uint16_t kMasks[4] = {0, 0x0FF0, 0, 0x0000};
  predicated = k >= 4;
  st.w[kP0] = (k == 4 || k == 6) ? (xorshift32(s) & 0xFFFF) : kMasks[k & 3];
  st.w[kFpscr] = (k & 1) ? (xorshift32(s) & 0xF8000000u) : 0;
  return st;
}

// Runs `enc` on tinysim from state `in` (behind VPST when predicated).
State run_case(uint32_t enc, const State& in, bool predicated, std::string& error) {
  Machine m(enc);
  Cpu& c = m.cpu;
  std::memcpy(c.fp.b, in.w, 128);
  for (unsigned i = 0; i < 13; ++i) c.r[i] = in.w[kR0 + i];
  c.r[14] = in.w[kLr];
  // VPST T: MASK01 = MASK23 = 1000 (one predicated instruction), P0 as given.
  c.vpr = in.w[kP0] | (predicated ? 0x00880000u : 0);
  c.fpscr = in.w[kFpscr];
  if (m.run() != StopReason::Breakpoint) error = c.stop_message() + " " + c.last_fault;
  State out{};
  std::memcpy(out.w, c.fp.b, 128);
  for (unsigned i = 0; i < 13; ++i) out.w[kR0 + i] = c.r[i];
  out.w[kLr] = c.r[14];
  out.w[kP0] = c.vpr;   // the VPT mask fields are back to zero
  out.w[kFpscr] = c.fpscr;
  return out;
}

struct QemuCase {
  uint32_t enc;
  const char* text;                 // GNU objdump's disassembly
  std::vector<uint32_t> changes;    // per case: count, then (word index, value) pairs
};

// Generated by the QEMU reference program (qemu-system-arm 7.2, -M mps3-an547).
const QemuCase kQemuCases[] = {
  {0xef020954, "vmul.i8 q0, q1, q2", {
    4, 0, 0x00008000, 1, 0xa0808a2d, 2, 0xf0ec485b, 3, 0xb86caf9a,
    4, 0, 0x9574ec9b, 1, 0x80a4540d, 2, 0x989ca2bc, 3, 0xf2f08a03,
    4, 0, 0x7cf0a380, 1, 0x000100fa, 2, 0xb392126c, 3, 0x00614696,
    4, 0, 0x00b80091, 1, 0x90952428, 2, 0x3d700818, 3, 0x517a04ee,
    4, 0, 0x0a000050, 1, 0x977545a1, 2, 0x15d8a30b, 3, 0x4a5ae6c7,
    2, 1, 0x800037c6, 2, 0x70c5a0fa,
    4, 0, 0x006e21cb, 1, 0x7fffff44, 2, 0x2a00ad83, 3, 0x8f2a6751,
    0,
  }},
  {0xef18695a, "vmul.i16 q3, q4, q5", {
    4, 12, 0x05738524, 13, 0x6900f688, 14, 0x0000f93b, 15, 0x6344d513,
    4, 12, 0xdb23bdc0, 13, 0x570cc839, 14, 0x69134445, 15, 0xbc674fd4,
    4, 12, 0xb6081c74, 13, 0xa1c8cbad, 14, 0xccc834d6, 15, 0x00008080,
    3, 12, 0x875d30ec, 13, 0x47eace40, 15, 0x7f01ff01,
    4, 12, 0xb8857596, 13, 0x0e1b48ce, 14, 0x8b400fca, 15, 0xb38686fe,
    2, 13, 0x57f23f84, 14, 0xa3395efe,
    4, 12, 0xba78d706, 13, 0xbcfd04cc, 14, 0xbfa0fa2e, 15, 0x0054f616,
    0,
  }},
  {0xef2ce95a, "vmul.i32 q7, q6, q5", {
    4, 28, 0x62d83cb2, 29, 0x2b983a80, 30, 0x5ff30000, 31, 0x8d4d3f4f,
    4, 28, 0x00000000, 29, 0x5fd469e8, 30, 0x22398300, 31, 0x8000ffff,
    4, 28, 0xa8b12ec4, 29, 0x7f7f8000, 30, 0x7dc13bc0, 31, 0x2a3a752f,
    4, 28, 0x8a793da0, 29, 0xb9f6d182, 30, 0x1b0da43a, 31, 0x80d412a8,
    4, 28, 0x167fa87f, 29, 0x9d2fadd2, 30, 0xef728000, 31, 0x76c637db,
    2, 29, 0x8660dd3f, 30, 0x94e6a8d4,
    4, 28, 0x2882350f, 29, 0x1710aeb0, 30, 0x9433741f, 31, 0x368f7fb7,
    0,
  }},
  {0xef022952, "vmul.i8 q1, q1, q1", {
    4, 4, 0xc45179b9, 5, 0x1981d1c9, 6, 0xa44421a4, 7, 0x01010101,
    4, 4, 0x00000101, 5, 0x00010001, 6, 0xf9242411, 7, 0x00000101,
    4, 4, 0x01010101, 5, 0x01010101, 6, 0x9024a464, 7, 0x89e91099,
    4, 4, 0x00000101, 5, 0x40c94910, 6, 0x0944e964, 7, 0xd910a431,
    3, 4, 0x49ed2498, 5, 0x21701010, 7, 0x89d1dc58,
    2, 5, 0xe4913184, 6, 0x01010101,
    4, 4, 0x73914779, 5, 0x2c0408db, 6, 0x40ef0489, 7, 0x00ff0001,
    0,
  }},
  {0xee031e62, "vmul.i8 q0, q1, r2", {
    4, 0, 0x4c1be5db, 1, 0x64e3e3fc, 2, 0x3dd77945, 3, 0xc733fba9,
    4, 0, 0x04223445, 1, 0xc50ac101, 2, 0xedc35c94, 3, 0x01010101,
    4, 0, 0x494e946a, 1, 0x60a8a751, 2, 0x532e821e, 3, 0x20b8f52e,
    4, 0, 0x40e05060, 1, 0xd0d0d0d0, 2, 0x00405090, 3, 0x00000000,
    3, 0, 0x8b32f533, 1, 0x6c94da00, 2, 0x0ac01285,
    2, 1, 0x5298c288, 2, 0x46f026fe,
    4, 0, 0x682958c3, 1, 0xa808321f, 2, 0x3005c460, 3, 0x70e589e8,
    0,
  }},
  {0xee175e69, "vmul.i16 q2, q3, r9", {
    4, 8, 0x719a719a, 9, 0x44ec939c, 10, 0x20c02e20, 11, 0x92945314,
    4, 8, 0x408f8e5b, 9, 0xc6459498, 10, 0x1742222f, 11, 0x6570c60e,
    3, 8, 0x80008000, 9, 0x80008000, 11, 0x00008000,
    4, 8, 0x3ea49e6c, 9, 0x49a88bf2, 10, 0x0a48598e, 11, 0x353c30dc,
    4, 8, 0xcdce5660, 9, 0x673c5198, 10, 0x7580b979, 11, 0x3dc79f2b,
    2, 9, 0x69049c3c, 10, 0x587a854a,
    3, 8, 0x80008009, 9, 0x80008000, 10, 0x802180e0,
    0,
  }},
  {0xee299e6e, "vmul.i32 q4, q4, lr", {
    4, 16, 0x6ce78acb, 17, 0x3752284e, 18, 0x5942de21, 19, 0x00000001,
    4, 16, 0xee9f3372, 17, 0x5655038a, 18, 0xaf825d64, 19, 0xec210900,
    4, 16, 0x141099fd, 17, 0x8e816283, 18, 0xf4eba30f, 19, 0x0b678d27,
    4, 16, 0xde6f8dc6, 17, 0x14dd59cf, 18, 0xd4abf933, 19, 0x25dcb24f,
    4, 16, 0x800092ff, 17, 0x1db95cc4, 18, 0x7f7fb47f, 19, 0x508a1256,
    2, 17, 0x152ffc78, 18, 0x7f808080,
    3, 16, 0x02ab56ac, 17, 0x7017cd62, 18, 0xab8b3e80,
    0,
  }},
  {0xee030e05, "vmulh.s8 q0, q1, q2", {
    4, 0, 0x000000ff, 1, 0xd101ffd4, 2, 0x00000000, 3, 0x00ff00ff,
    4, 0, 0x16003c00, 1, 0xf001fbf6, 2, 0x12e815e9, 3, 0x341312e3,
    4, 0, 0x0609e8ee, 1, 0x0cc413e2, 2, 0x17f604fb, 3, 0xee0b0004,
    4, 0, 0xedf2f71c, 1, 0xffffc000, 2, 0x00ff00ff, 3, 0x30fd02e1,
    4, 0, 0x00000000, 1, 0xefc03d25, 2, 0xff211c00, 3, 0xffffff00,
    2, 1, 0x001dfdff, 2, 0x00ff00ff,
    3, 0, 0xad1100f5, 2, 0x5f0741d1, 3, 0x00a8bdff,
    0,
  }},
  {0xee196e0b, "vmulh.s16 q3, q4, q5", {
    4, 12, 0x27790000, 13, 0x26f2120e, 14, 0x3fc00000, 15, 0x121805fa,
    4, 12, 0x1012eb71, 13, 0x11c21d3a, 14, 0x007bff85, 15, 0xf855fa86,
    4, 12, 0x0eb9359d, 13, 0x00000000, 14, 0x00000000, 15, 0x0bb6ef58,
    4, 12, 0x005cffbe, 13, 0xef9fd386, 14, 0xf66cfa93, 15, 0x0a9807e5,
    4, 12, 0xe365faaa, 13, 0xf59f03f7, 14, 0xb8c06f00, 15, 0xd242b2c1,
    2, 13, 0xee2cff6c, 14, 0x00750055,
    4, 12, 0x100d2008, 13, 0xd252640b, 14, 0x92b50000, 15, 0xf48d3d68,
    0,
  }},
  {0xee2fce01, "vmulh.s32 q6, q7, q0", {
    4, 24, 0x000c884b, 25, 0xfcfac82b, 26, 0x0a66edd3, 27, 0xd852d4e7,
    4, 24, 0xd42e9720, 25, 0xcec6c754, 26, 0xffffffff, 27, 0x011d23ba,
    4, 24, 0xe3849cc4, 25, 0x0a5b3e1d, 26, 0xffffffff, 27, 0xffffffff,
    4, 24, 0xd34ed184, 25, 0x1c10664b, 26, 0xfed8b58e, 27, 0xff80fa55,
    4, 24, 0xc06bfe4f, 25, 0x00660000, 26, 0x3e51b763, 27, 0x01010100,
    2, 25, 0xec52ce72, 26, 0x072b072f,
    4, 24, 0x14c9e10b, 25, 0xfe3d752e, 26, 0x0396e6a7, 27, 0x01ef17af,
    0,
  }},
  {0xfe030e05, "vmulh.u8 q0, q1, q2", {
    4, 0, 0x24ae407d, 1, 0x450d5607, 2, 0x18000000, 3, 0x00000000,
    4, 0, 0x02105915, 1, 0x54383743, 2, 0x00bd0007, 3, 0x05245b16,
    4, 0, 0xd67486b5, 1, 0x0a112385, 2, 0x01077e0e, 3, 0xc50f0203,
    4, 0, 0x00011103, 1, 0x1361156f, 2, 0x00004eca, 3, 0x52c95565,
    4, 0, 0xff001100, 1, 0xaa1b363e, 2, 0x000000ff, 3, 0x7543cd52,
    2, 1, 0x847d63ca, 2, 0x29350901,
    3, 0, 0x7e877909, 2, 0x15249e56, 3, 0x0000915c,
    0,
  }},
  {0xfe196e0b, "vmulh.u16 q3, q4, q5", {
    4, 12, 0x5843b01f, 13, 0x6c4e6629, 14, 0x189e7763, 15, 0x2d83060e,
    4, 12, 0x0c7c3cba, 13, 0x04401387, 14, 0x0a1c121a, 15, 0x05f26ebf,
    4, 12, 0x00000000, 13, 0x93cb1680, 14, 0x00000000, 15, 0x033714ca,
    4, 12, 0x00000000, 13, 0x04508eda, 14, 0x307b01dc, 15, 0x0000fc95,
    4, 12, 0x4731b0cc, 13, 0x2180508b, 14, 0x9c7b149b, 15, 0xd1ff7fff,
    2, 13, 0x2ecc160f, 14, 0x008a0035,
    4, 12, 0x1ac8a5cd, 13, 0x76445fbf, 14, 0x9f6d0000, 15, 0x77eedf8f,
    0,
  }},
  {0xfe2fce01, "vmulh.u32 q6, q7, q0", {
    4, 24, 0x75d43222, 25, 0x12f26768, 26, 0x1718ef24, 27, 0x00000000,
    4, 24, 0x14b65571, 25, 0x00000100, 26, 0x00008c1a, 27, 0x27bab9d5,
    4, 24, 0x142e428f, 25, 0x00028172, 26, 0x095e233a, 27, 0x2b25cd01,
    4, 24, 0xfa3b6a34, 25, 0x1349e89d, 26, 0x3965554b, 27, 0xb0daa615,
    4, 24, 0x2112f708, 25, 0x08caf17d, 26, 0x3afffeff, 27, 0x0101017e,
    2, 25, 0x1b51fd08, 26, 0x03a12cd1,
    4, 24, 0x863eeaea, 25, 0x0000a75c, 26, 0x39f81900, 27, 0x52acc684,
    0,
  }},
  {0xee031e05, "vrmulh.s8 q0, q1, q2", {
    4, 0, 0x00000000, 1, 0x013b06df, 2, 0xf2ea0b20, 3, 0x04fdff15,
    4, 0, 0x00000000, 1, 0x0527f916, 2, 0x00000000, 3, 0x12030aeb,
    4, 0, 0x06e1fd07, 1, 0xf3000000, 2, 0x39160f10, 3, 0x00000000,
    4, 0, 0xfe06fdf5, 1, 0xf800000e, 2, 0xe8fdfff9, 3, 0xc100f700,
    4, 0, 0x02fbfbfc, 1, 0x00bdd704, 2, 0xae196f15, 3, 0x7300cfb1,
    2, 1, 0x00000000, 2, 0x00000000,
    3, 1, 0x0010d200, 2, 0x299a9c00, 3, 0x70fa0914,
    0,
  }},
  {0xee197e0b, "vrmulh.s16 q3, q4, q5", {
    4, 12, 0x077ff96a, 13, 0x0001fa3a, 14, 0x00000000, 15, 0x1c2d060e,
    4, 12, 0x1b1bf92d, 13, 0x0b0318ed, 14, 0x00000000, 15, 0xdd890000,
    4, 12, 0x07352144, 13, 0x16670000, 14, 0xe9430bb0, 15, 0x0e410000,
    4, 12, 0xe77aec73, 13, 0xfabbfda5, 14, 0xfc310777, 15, 0xfdf8145a,
    3, 12, 0x649df335, 14, 0x318d005d, 15, 0x8a0f5f63,
    2, 13, 0x00000000, 14, 0x00000000,
    4, 12, 0x0c9dffe6, 13, 0x30fbf3d8, 14, 0xcb1f07e5, 15, 0x29e5c935,
    0,
  }},
  {0xee2fde01, "vrmulh.s32 q6, q7, q0", {
    3, 25, 0xff947e0a, 26, 0x00000000, 27, 0x0bca8e64,
    4, 24, 0x01d0506e, 25, 0xf0f35610, 26, 0x04a1ad30, 27, 0xf8e5b735,
    4, 24, 0xffffa036, 25, 0x0cf95733, 26, 0x3e815f1f, 27, 0x3fbfbfbf,
    4, 24, 0x00000000, 25, 0x29a8b2a1, 26, 0xf33ae6ad, 27, 0x1c19904c,
    4, 24, 0xfba2d23b, 25, 0x86609b64, 26, 0x000000dd, 27, 0x3c7af7ec,
    2, 25, 0x31fe7297, 26, 0xd56c7f82,
    3, 25, 0x4b056041, 26, 0x9386f865, 27, 0xea45005c,
    0,
  }},
  {0xfe031e05, "vrmulh.u8 q0, q1, q2", {
    4, 0, 0x5ac11573, 1, 0x6f35b31c, 2, 0x244c6fb8, 3, 0x00000001,
    4, 0, 0x093ebc6a, 1, 0x0d503e36, 2, 0x570e0e71, 3, 0x40000000,
    4, 0, 0x0c318801, 1, 0x4c100d78, 2, 0x2d015f92, 3, 0x20da1b5a,
    4, 0, 0x06084d53, 1, 0x6a022844, 2, 0x2a1c0224, 3, 0x3f1c782f,
    4, 0, 0x03539206, 1, 0x501e2b59, 2, 0x46372643, 3, 0xba000038,
    2, 1, 0x4aa2096e, 2, 0x23112a6d,
    3, 1, 0x23d84529, 2, 0x98400945, 3, 0xadafd639,
    0,
  }},
  {0xfe197e0b, "vrmulh.u16 q3, q4, q5", {
    4, 12, 0x00000000, 13, 0x0056000d, 14, 0xdac5a7e3, 15, 0x00cb1736,
    4, 12, 0x00810080, 13, 0xa9489850, 14, 0x03af951f, 15, 0x807e7f80,
    4, 12, 0x2f780000, 13, 0x237fce40, 14, 0x014b21ee, 15, 0x4c3f48ed,
    4, 12, 0x2dda640a, 13, 0x1e0d7b60, 14, 0x1e296cc2, 15, 0x005c0033,
    4, 12, 0x0da71b47, 13, 0x808080b2, 14, 0x87b602d6, 15, 0x0bab024e,
    2, 13, 0xafcba1c4, 14, 0xaba203e5,
    4, 12, 0x03f534ee, 13, 0x00f800a1, 14, 0x1aa99145, 15, 0x4c5e67b3,
    0,
  }},
  {0xfe2fde01, "vrmulh.u32 q6, q7, q0", {
    4, 24, 0x002acee5, 25, 0x00f1794b, 26, 0x737362a4, 27, 0x4f6f2608,
    4, 24, 0x18dfc9a3, 25, 0x4ca40dd5, 26, 0x80ff5a24, 27, 0x0b69a561,
    4, 24, 0x11b4453e, 25, 0x3478f05f, 26, 0x5b10b0a4, 27, 0x76e10a21,
    4, 24, 0x6ec3ce58, 25, 0x431da36a, 26, 0x4a3cf947, 27, 0x8980cced,
    4, 24, 0x20d701f2, 25, 0xf2aba5fa, 26, 0x5c59b591, 27, 0x80023480,
    2, 25, 0x6a896b63, 26, 0x7c3e48df,
    4, 24, 0x00002b1b, 25, 0x3b3f1654, 26, 0xee178eb2, 27, 0x0a8d8823,
    0,
  }},
  {0xee030e04, "vmullb.s8 q0, q1, q2", {
    4, 0, 0xd7fa043b, 1, 0x2d87051d, 2, 0xfb6b0e10, 3, 0x0c160fc8,
    4, 0, 0x00000068, 1, 0x19c8f844, 2, 0x0068ffba, 3, 0x00030038,
    4, 0, 0x0299f5e0, 1, 0x0e72e1a6, 2, 0xdc310e7c, 3, 0x063c062d,
    4, 0, 0x00000000, 1, 0x2100fd00, 2, 0x083cee14, 3, 0xffbd0000,
    4, 0, 0x79640960, 1, 0x7fee7fff, 2, 0xfecbd680, 3, 0x43f719b4,
    2, 1, 0x0d70fec0, 2, 0x003fff95,
    4, 0, 0x5f546074, 1, 0xef4ef599, 2, 0x35f0ffbf, 3, 0x1287eb44,
    0,
  }},
  {0xee196e0a, "vmullb.s16 q3, q4, q5", {
    4, 12, 0x03e30424, 13, 0x0000431c, 14, 0x2605b3f4, 15, 0x2a7c631b,
    4, 12, 0x00000001, 13, 0xffff95c5, 14, 0xff8f6908, 15, 0x234cea00,
    4, 12, 0x00000000, 13, 0xffffdfc4, 14, 0x00003925, 15, 0x037c237f,
    4, 12, 0xeec5a078, 13, 0xdb234f6d, 14, 0xf00d8e60, 15, 0x2a303858,
    3, 12, 0x08994a95, 13, 0x00ffffe1, 15, 0x8ecbc000,
    2, 13, 0xfb3c9a4c, 14, 0xfd23bd20,
    3, 13, 0xb96136e4, 14, 0x007acb4e, 15, 0xf8f0240c,
    0,
  }},
  {0xee2fce00, "vmullb.s32 q6, q7, q0", {
    4, 24, 0xa2e4ec78, 25, 0xf870f402, 26, 0xb0d46205, 27, 0xed2ce898,
    4, 24, 0x5eaf1d6a, 25, 0xf9fd1201, 26, 0x2d294bfa, 27, 0xffff86dd,
    4, 24, 0xe36fa180, 25, 0x0deb8b60, 26, 0x83b70000, 27, 0xffffed6d,
    4, 24, 0x76a8a42e, 25, 0xffffd27a, 26, 0x70347e16, 27, 0x1a35e3f0,
    4, 24, 0x00971287, 25, 0x00b8b519, 26, 0x7f008080, 27, 0x91db42c0,
    2, 25, 0x2c3d4435, 26, 0x07c17dd0,
    4, 24, 0x8fe43500, 25, 0xff3ea100, 26, 0x47d59480, 27, 0xdbbf409b,
    0,
  }},
  {0xfe030e04, "vmullb.u8 q0, q1, q2", {
    4, 0, 0x12f021e1, 1, 0xfe01fe01, 2, 0xf31e1cd4, 3, 0x50af2cd3,
    4, 0, 0x00000000, 1, 0x00000000, 2, 0x0000c13e, 3, 0x000000ff,
    4, 0, 0x05247e90, 1, 0x9867b24d, 2, 0x58cd3d05, 3, 0x460802a0,
    4, 0, 0x643625b4, 1, 0xfb04f20d, 2, 0x371f2ec2, 3, 0x46b9d12e,
    4, 0, 0x79aa3f8b, 1, 0x5c2515ea, 2, 0xa431004c, 3, 0x00000000,
    2, 1, 0x92ac251c, 2, 0x000000ff,
    4, 0, 0xbc66e0a7, 1, 0x7b0045ff, 2, 0x24c8dbbd, 3, 0x73b27998,
    0,
  }},
  {0xfe196e0a, "vmullb.u16 q3, q4, q5", {
    4, 12, 0x48271080, 13, 0x0ae89c52, 14, 0x6b314782, 15, 0x0e93c6f6,
    4, 12, 0x010f2bd9, 13, 0x7f7f8080, 14, 0x5f3388f0, 15, 0x7f878078,
    4, 12, 0x0a94fd30, 13, 0x4a5dc1ae, 14, 0x001f33be, 15, 0x5519eeb4,
    4, 12, 0x0000ffff, 13, 0x345d6db0, 14, 0x4627f20e, 15, 0x00000b8c,
    4, 12, 0x8000008b, 13, 0x0c0ecaca, 14, 0x54c706c4, 15, 0x0c1afa0f,
    2, 13, 0x11835de0, 14, 0x00000000,
    4, 12, 0x22ff8000, 13, 0x00000000, 14, 0x2cd43399, 15, 0x36075fd8,
    0,
  }},
  {0xfe2fce00, "vmullb.u32 q6, q7, q0", {
    4, 24, 0x6bc0f5fd, 25, 0x35b587a5, 26, 0x5bd46408, 27, 0x48da69ad,
    4, 24, 0x1a08e518, 25, 0x154ebfe3, 26, 0x00b9d3f6, 27, 0x5f2301de,
    4, 24, 0x0d6c2bc3, 25, 0x002660f7, 26, 0x42c393d1, 27, 0x37e8a718,
    4, 24, 0x6d7b4a76, 25, 0x5bdf7ee4, 26, 0xa5fd8412, 27, 0x21a033bb,
    4, 24, 0x03af4728, 25, 0x56500211, 26, 0x61a9cb4d, 27, 0xa6a5fc3d,
    2, 25, 0x8f4dff28, 26, 0x87c434c6,
    4, 24, 0x9d7ec5ff, 25, 0x42c01aa4, 26, 0x767f7f7f, 27, 0x00800080,
    0,
  }},
  {0xee031e04, "vmullt.s8 q0, q1, q2", {
    4, 0, 0xd5800876, 1, 0xffd9ff9d, 2, 0x05000000, 3, 0x00000000,
    4, 0, 0x00000000, 1, 0x0d20fc26, 2, 0xd2800000, 3, 0xff32012c,
    4, 0, 0xfd6c1f20, 1, 0xff80ff80, 2, 0x02212fbe, 3, 0x0000005f,
    4, 0, 0x37b4ffbc, 1, 0x2dd9fdb4, 2, 0x2a00ef3e, 3, 0xca803b09,
    3, 0, 0x08fcf4b0, 1, 0xd81c7574, 2, 0x00006bb9,
    2, 1, 0xf418c17e, 2, 0x0000f66e,
    4, 0, 0x0ecf17b5, 1, 0xf82092ed, 2, 0x807fefc0, 3, 0xffd5e400,
    0,
  }},
  {0xee197e0a, "vmullt.s16 q3, q4, q5", {
    4, 12, 0xffff990c, 13, 0x197e8000, 14, 0x000bada2, 15, 0x120442e0,
    4, 12, 0x000056c2, 13, 0xef828d00, 14, 0x030e0459, 15, 0xffffc342,
    4, 12, 0x02b1d945, 13, 0x202c0000, 14, 0xf75d1c80, 15, 0xf6f22bfa,
    4, 12, 0x000000ff, 13, 0x00000000, 14, 0xff5d7e5e, 15, 0xd3576107,
    4, 12, 0x8000f29f, 13, 0x076c0c2d, 14, 0x36e5370e, 15, 0xc1c70000,
    2, 13, 0xc3d77eb4, 14, 0x00000000,
    4, 12, 0x00eef08e, 13, 0x58c50087, 14, 0x63bf213b, 15, 0x56a94300,
    0,
  }},
  {0xee2fde00, "vmullt.s32 q6, q7, q0", {
    4, 24, 0x08463b5e, 25, 0x00000000, 26, 0x77700000, 27, 0xe5b3a2dc,
    4, 24, 0xb5e00000, 25, 0x000012a1, 26, 0x188decb8, 27, 0x009adf30,
    4, 24, 0x259426fb, 25, 0xfffffe99, 26, 0xffffff01, 27, 0x000000fe,
    4, 24, 0x6a74848c, 25, 0xf7805345, 26, 0x5a4ad643, 27, 0xe0a1a85a,
    4, 24, 0x90804de1, 25, 0x007f221d, 26, 0xdb75e33d, 27, 0x20b833d6,
    2, 25, 0xe6d920a8, 26, 0xbf7fc000,
    3, 24, 0x70227021, 25, 0x017b4ba7, 27, 0x644dd124,
    0,
  }},
  {0xfe031e04, "vmullt.u8 q0, q1, q2", {
    4, 0, 0x53d7321b, 1, 0x74b812fc, 2, 0x92f406cc, 3, 0x00830082,
    4, 0, 0x15ea1878, 1, 0x02946564, 2, 0x5a59543f, 3, 0x00000000,
    4, 0, 0x00000000, 1, 0x2f881008, 2, 0x1b5b53c9, 3, 0x00ff00ff,
    4, 0, 0x00e20082, 1, 0x6c800000, 2, 0x3de15c94, 3, 0x00000000,
    4, 0, 0x20be2a2b, 1, 0x68092e04, 2, 0x00007c01, 3, 0x181fc783,
    2, 1, 0x0000fd02, 2, 0x00000000,
    3, 0, 0x04010101, 1, 0x1e003bff, 3, 0x004d84ff,
    0,
  }},
  {0xfe197e0a, "vmullt.u16 q3, q4, q5", {
    4, 12, 0x007ffe7f, 13, 0x3ddf1dd5, 14, 0x498c6ce6, 15, 0x0a20bd8f,
    4, 12, 0x7fff8000, 13, 0x7fff8000, 14, 0x0ae7ca5c, 15, 0x158aea75,
    4, 12, 0x4116ae90, 13, 0x00000000, 14, 0x9749e118, 15, 0x00000000,
    4, 12, 0x0018e2ca, 13, 0x41cecd90, 14, 0x127d3a9c, 15, 0x43e11d80,
    3, 13, 0x00000000, 14, 0x7faf35ff, 15, 0x00000000,
    2, 13, 0xb1a34e5c, 14, 0x9694ef69,
    3, 12, 0x2351cf28, 14, 0x50de8967, 15, 0x17c1fe7c,
    0,
  }},
  {0xfe2fde00, "vmullt.u32 q6, q7, q0", {
    4, 24, 0xa2d93694, 25, 0x048dabf6, 26, 0x4a61858e, 27, 0x00003010,
    4, 24, 0xc6304f55, 25, 0x50bcc797, 26, 0x59450000, 27, 0x7a811035,
    4, 24, 0x2affe956, 25, 0x56a6d268, 26, 0x97365084, 27, 0x003246e4,
    4, 24, 0xd2f22c80, 25, 0x591ea76e, 26, 0x00000000, 27, 0x00000000,
    3, 25, 0xa400b0d2, 26, 0xf856121e, 27, 0x06ff047c,
    2, 25, 0x429f12d6, 26, 0x00000000,
    3, 24, 0xdbe77bb4, 25, 0x9e1cd133, 26, 0x5e34eb00,
    0,
  }},
  {0xee233e04, "vmullt.s32 q1, q1, q2", {
    4, 4, 0xcb7e9e40, 5, 0x0b8f4576, 6, 0xcc6c5bbc, 7, 0x0e1ccf77,
    4, 4, 0xa07f2017, 5, 0x00218089, 6, 0xad101153, 7, 0x0778c31c,
    4, 4, 0xada6d114, 5, 0x0427cdcc, 6, 0xbfe70000, 7, 0xcedb713d,
    4, 4, 0xbfe44de1, 5, 0x0c89c810, 6, 0x80d77b21, 7, 0x3e5c4412,
    4, 4, 0x01ff8081, 5, 0xc040bfbf, 6, 0xeaebecdc, 7, 0x0101011b,
    2, 5, 0xdfa31d54, 6, 0x0a79720c,
    3, 4, 0x9c053894, 5, 0x23de82cf, 7, 0x0ba59230,
    0,
  }},
  {0xee330e04, "vmullb.p8 q0, q1, q2", {
    4, 0, 0x024c4730, 1, 0x0000003c, 2, 0x1dbc5608, 3, 0x2c4516e6,
    4, 0, 0x00000000, 1, 0x3c2d2e60, 2, 0x00b300f4, 3, 0x7cfc0720,
    4, 0, 0x354409f6, 1, 0x0071004a, 2, 0x0bc71c50, 3, 0x293c0bc8,
    4, 0, 0x00000000, 1, 0x49d001c8, 2, 0x12b803c8, 3, 0x757551ae,
    4, 0, 0xe9f000ca, 1, 0x453836b6, 2, 0x80001d00, 3, 0x033d54af,
    2, 1, 0x03061b00, 2, 0x000000ff,
    3, 0, 0x16daf200, 1, 0x732c1efd, 2, 0x64001bec,
    0,
  }},
  {0xfe396e0a, "vmullb.p16 q3, q4, q5", {
    4, 12, 0x5bf585ae, 13, 0x22ed22ed, 14, 0x082cfab8, 15, 0x00001bac,
    4, 12, 0x0885ebce, 13, 0x224c8000, 14, 0x00c73f55, 15, 0x0c17e6ad,
    4, 12, 0x141cebe3, 13, 0x79a3da00, 14, 0x28875de5, 15, 0x2aaad555,
    4, 12, 0x12248043, 13, 0x596cca11, 14, 0x14e614e6, 15, 0x2eafdd5f,
    3, 12, 0x06a61fb3, 13, 0x00000000, 14, 0x2ec5be27,
    2, 13, 0x3ffa5de0, 14, 0x1288b034,
    4, 12, 0x4255c52c, 13, 0x0b27d974, 14, 0x55a9555f, 15, 0x80f3ab5b,
    0,
  }},
  {0xee3fde00, "vmullt.p8 q6, q7, q0", {
    4, 24, 0x1a3e01e8, 25, 0x6a0025cb, 26, 0x320133ac, 27, 0x01d2403a,
    4, 24, 0x0fe013a7, 25, 0x00000000, 26, 0x194c1537, 27, 0x534e0088,
    4, 24, 0x6e2a01f8, 25, 0x34613b4c, 26, 0x79800000, 27, 0x0c991326,
    4, 24, 0x00000000, 25, 0x1ab53d05, 26, 0x21d96688, 27, 0x03cf0bb4,
    4, 24, 0xd4b20007, 25, 0x032d1e1e, 26, 0x1cfb2d50, 27, 0x80000810,
    2, 25, 0x0e7a0084, 26, 0x28cc2c04,
    3, 25, 0x00006e00, 26, 0x8888de00, 27, 0x0d66597c,
    0,
  }},
  {0xfe353e06, "vmullt.p16 q1, q2, q3", {
    4, 4, 0x0000506e, 5, 0x19e359f3, 6, 0x00000000, 7, 0x1f159e4c,
    4, 4, 0x57bab0e0, 5, 0x04b0b208, 6, 0x00000000, 7, 0x24d5f5d9,
    4, 4, 0x13216c4b, 5, 0x68955f91, 6, 0x4131f7ae, 7, 0x0000cfc9,
    4, 4, 0x45c264f8, 5, 0x00000000, 6, 0x28f56a30, 7, 0x1e0ac870,
    4, 4, 0x0487ffff, 5, 0x00007f80, 6, 0x7f16a67f, 7, 0x5fca0b94,
    2, 5, 0x00000000, 6, 0x00000000,
    3, 4, 0x1c343820, 6, 0x00000000, 7, 0xf62a06da,
    0,
  }},
  {0xef020b44, "vqdmulh.s8 q0, q1, q2", {
    4, 0, 0xff0f3a42, 1, 0x000000ff, 2, 0x3b3edf34, 3, 0xfa02f8fb,
    4, 0, 0x00ff0000, 1, 0x00ff00ff, 2, 0x00000100, 3, 0x19011402,
    4, 0, 0xf802f172, 1, 0x5e00cd00, 2, 0x2e51c2f9, 3, 0xff04ff1e,
    4, 0, 0x02f81513, 1, 0xdf16ffae, 2, 0x3941efe8, 3, 0x385cfc02,
    4, 0, 0x451d088d, 1, 0xec4508e9, 2, 0xca3fb727, 3, 0xc7d5aeaa,
    2, 1, 0x01000100, 2, 0xc2190ffb,
    4, 0, 0x87fa26f0, 1, 0x8164032d, 2, 0x33ff8b47, 3, 0x80808000,
    0,
  }},
  {0xef186b4a, "vqdmulh.s16 q3, q4, q5", {
    4, 12, 0xfffd008d, 13, 0x3c92d5d6, 14, 0xbf54cede, 15, 0x00000000,
    4, 12, 0x0000ffff, 13, 0x17d8f916, 14, 0xed45175f, 15, 0x4cb4f1fe,
    5, 12, 0xc21eaf46, 13, 0x2d5955e6, 14, 0x00017fff, 15, 0x014535c8, 47, 0x08000000,
    4, 12, 0x7e020000, 13, 0xf0f039d4, 14, 0x6e2cfef7, 15, 0xd3f2e373,
    4, 12, 0xb62a0c93, 13, 0xfcffd000, 14, 0x00543bf3, 15, 0x0000009b,
    2, 13, 0x00ede4a4, 14, 0xabe20000,
    4, 12, 0x0f13d7ff, 13, 0x00fdea00, 14, 0xd0000000, 15, 0x00ebffe3,
    0,
  }},
  {0xef2ecb40, "vqdmulh.s32 q6, q7, q0", {
    4, 24, 0xf4a29c59, 25, 0x17b164e2, 26, 0xe7c55a37, 27, 0xba7fe012,
    4, 24, 0xe5c0e252, 25, 0x2b04f55e, 26, 0x0fb53616, 27, 0x1f20f513,
    4, 24, 0x00005efe, 25, 0x30e5ffdd, 26, 0xe5b646b1, 27, 0x0d70ab44,
    4, 24, 0x02e0defe, 25, 0xcb6779a5, 26, 0x00000000, 27, 0xb775761f,
    4, 24, 0x313b900a, 25, 0x00000019, 26, 0x9500b147, 27, 0x4601b2be,
    2, 25, 0xffffb7ab, 26, 0xed521b9c,
    4, 24, 0x53500000, 25, 0x2b6d4477, 26, 0xc280537d, 27, 0xe4ef9c5d,
    0,
  }},
  {0xff020b44, "vqrdmulh.s8 q0, q1, q2", {
    4, 0, 0xf0d19fac, 1, 0xdbf00513, 2, 0x000000ff, 3, 0x6d000001,
    4, 0, 0xcbdf13fa, 1, 0x6afdef48, 2, 0xf83e2eb5, 3, 0xdbc856fe,
    4, 0, 0x171004c0, 1, 0x00000000, 2, 0xc2f43e04, 3, 0x00000000,
    4, 0, 0x03fbf3fd, 1, 0x61f23026, 2, 0x1c9c5c37, 3, 0x16cffeff,
    4, 0, 0x002a0001, 1, 0x1400eb56, 2, 0x670110ea, 3, 0xd8f0f0e1,
    2, 1, 0x8b37ca22, 2, 0x1f0209f7,
    4, 0, 0xe143731b, 1, 0x000000e3, 2, 0xeda4e701, 3, 0xcb22e1c1,
    0,
  }},
  {0xff186b4a, "vqrdmulh.s16 q3, q4, q5", {
    4, 12, 0xebd61457, 13, 0xc6fbf75a, 14, 0xf823fc06, 15, 0x0000ffff,
    4, 12, 0x2abe2cb2, 13, 0xfea9afce, 14, 0x5aa105d6, 15, 0xf588d7e0,
    4, 12, 0xef9dfb3b, 13, 0xdff9bbbc, 14, 0x09e10e2d, 15, 0x592204c0,
    4, 12, 0x0000ffff, 13, 0x4437ed0e, 14, 0x00010000, 15, 0xffffffff,
    4, 12, 0x00f9ffff, 13, 0x0b194243, 14, 0x8e23b393, 15, 0xad5a55ca,
    2, 13, 0x0e11d491, 14, 0x0a1fdff1,
    3, 13, 0x00855566, 14, 0x23aff85d, 15, 0x00000001,
    0,
  }},
  {0xff2ecb40, "vqrdmulh.s32 q6, q7, q0", {
    4, 24, 0xe1d9daf9, 25, 0x6dd4ec46, 26, 0xf50e5750, 27, 0xc6378241,
    4, 24, 0xcd241aa5, 25, 0x1524100f, 26, 0xe7f646de, 27, 0x00000000,
    4, 24, 0x3dc920b8, 25, 0x80008001, 26, 0xffffa652, 27, 0x1240737c,
    4, 24, 0xf770dd88, 25, 0x00000000, 26, 0x00000000, 27, 0xffff8000,
    4, 24, 0xb300b8d2, 25, 0x00ff74ff, 26, 0x16674fd4, 27, 0xa60080d1,
    2, 25, 0xb9f14ebc, 26, 0x00000000,
    4, 24, 0x33685321, 25, 0x7437ff4a, 26, 0xbe1a668e, 27, 0xa40000af,
    0,
  }},
  {0xee030e63, "vqdmulh.s8 q0, q1, r3", {
    4, 0, 0x4414cdcc, 1, 0xf846d5d5, 2, 0x11f5f201, 3, 0x4b28fc39,
    4, 0, 0x74000000, 1, 0x74000000, 2, 0xd2744d0e, 3, 0xfb5f5027,
    4, 0, 0x0931e5d9, 1, 0x5fffffff, 2, 0x41f1cdc3, 3, 0x33e4eaf6,
    4, 0, 0x064bff30, 1, 0x748c8c74, 2, 0x00000000, 3, 0x96a5112c,
    4, 0, 0xf7094076, 1, 0x1b060ffc, 2, 0xab1c0032, 3, 0x1b1b651b,
    2, 1, 0xf0f2f40f, 2, 0x460bdc19,
    4, 0, 0xf1dfe7f4, 1, 0x2900d125, 2, 0x0025001c, 3, 0x0001c201,
    0,
  }},
  {0xee174e6a, "vqdmulh.s16 q2, q3, sl", {
    3, 8, 0xb5d12dbe, 10, 0x1fe44d46, 11, 0x6b5a94a6,
    4, 8, 0xd6e9d6e9, 9, 0x24a2e625, 10, 0xec29f040, 11, 0x08ff231e,
    4, 8, 0x9f86f067, 9, 0x2fb352a8, 10, 0xafd3b385, 11, 0x996ef64e,
    4, 8, 0x00000000, 9, 0x00000000, 10, 0x00000000, 11, 0x00000000,
    4, 8, 0xffffff3d, 9, 0xe3ad5d80, 10, 0x1ae71436, 11, 0x29fde333,
    2, 9, 0x00280056, 10, 0xff00ff00,
    4, 8, 0x60fcff19, 9, 0x00e00056, 10, 0x03016e06, 11, 0xff2b00b4,
    0,
  }},
  {0xee2bae6c, "vqdmulh.s32 q5, q5, ip", {
    4, 20, 0xed556d28, 21, 0x111dbee1, 22, 0x00255525, 23, 0xf2eb6fbb,
    4, 20, 0x039dda8e, 21, 0x1a1be82a, 22, 0x124a4bed, 23, 0xe912dc7f,
    4, 20, 0x151fa446, 21, 0x1847da31, 22, 0x077a559d, 23, 0x13de739d,
    4, 20, 0xffff0115, 21, 0xbbeafb99, 22, 0x7ef5c4b3, 23, 0xabf84248,
    4, 20, 0xe39e56a1, 21, 0x804a4e96, 22, 0xe38fbeb8, 23, 0x92510a83,
    2, 21, 0x00720d6e, 22, 0x0036c694,
    3, 20, 0xda544545, 22, 0x9b8d311e, 23, 0x00ff004b,
    0,
  }},
  {0xfe030e63, "vqrdmulh.s8 q0, q1, r3", {
    4, 0, 0x000000ff, 1, 0xff00ff00, 2, 0x00010001, 3, 0x00ff0100,
    4, 0, 0xffa63846, 1, 0x587cbdbc, 2, 0xf630a9d1, 3, 0xffffffff,
    4, 0, 0x112350f7, 1, 0x500ba8b5, 2, 0xa0010101, 3, 0xe94d2da7,
    4, 0, 0x0903f7fa, 1, 0xed0bf801, 2, 0x0b030f0a, 3, 0xeef7f3ff,
    4, 0, 0x41fa0000, 1, 0x00e82900, 2, 0x990d004f, 3, 0x000017c5,
    2, 1, 0x00000000, 2, 0xc4c4c4c4,
    4, 0, 0x014980ff, 1, 0x00ff0202, 2, 0x800000ff, 3, 0x65feeb0f,
    0,
  }},
  {0xfe174e6a, "vqrdmulh.s16 q2, q3, sl", {
    4, 8, 0x5e90531c, 9, 0xf92749b9, 10, 0x685f685f, 11, 0x1eb960db,
    4, 8, 0x00000000, 9, 0x2b172b17, 10, 0x23bf1c31, 11, 0x0f5c19b2,
    4, 8, 0x01a13986, 9, 0x3cf7bb7f, 10, 0xea083d34, 11, 0xffffffff,
    4, 8, 0x23e0e211, 9, 0xde43cd4d, 10, 0x05f606cf, 11, 0xd46436ce,
    4, 8, 0x80a45c00, 9, 0xd2bd2374, 10, 0x514b5f80, 11, 0x2c69ec4b,
    2, 9, 0x2a6c13f0, 10, 0xbced4dac,
    4, 8, 0xfe64190e, 9, 0x0059bbd8, 10, 0x3ac64f75, 11, 0x0a684fd9,
    0,
  }},
  {0xfe2bae6c, "vqrdmulh.s32 q5, q5, ip", {
    4, 20, 0x8d4f10ce, 21, 0x92bd9b34, 22, 0xb2b679a3, 23, 0x8dc234e1,
    4, 20, 0xecdb29cc, 21, 0x10f72e08, 22, 0xfa3489b6, 23, 0x0805c17e,
    4, 20, 0x158ab458, 21, 0x0dbb4665, 22, 0xf5782f93, 23, 0x0810510f,
    4, 20, 0x1b2e992a, 21, 0xf5aae509, 22, 0x1b49fe8e, 23, 0xe4b60172,
    4, 20, 0x710e3c87, 21, 0xa35936ad, 22, 0xe87e5c90, 23, 0xa6ff3163,
    2, 21, 0x0000c5c4, 22, 0x9d1d9c9b,
    4, 20, 0xfbdd69c9, 21, 0x57330da8, 22, 0x07d87376, 23, 0x740cf7ec,
    0,
  }},
  {0xee320f05, "vqdmullb.s16 q0, q1, q2", {
    4, 0, 0xfb585340, 1, 0xffff55a8, 2, 0xfe3c1240, 3, 0xf9c27c6e,
    4, 0, 0x00000000, 1, 0xeb64d5c8, 2, 0x03fbcb20, 3, 0x02c2fd04,
    4, 0, 0x00000000, 1, 0xffff0100, 2, 0x15f2a41c, 3, 0xfffffffe,
    4, 0, 0x5cc67fd8, 1, 0xd9493c2a, 2, 0x33253d48, 3, 0x005d771a,
    3, 0, 0x9967ef84, 1, 0xede1b999, 3, 0x84bcf661,
    2, 1, 0xfd1ff9a4, 2, 0xf03b2e10,
    3, 1, 0x0300db80, 2, 0xc684c4d8, 3, 0x055a0001,
    0,
  }},
  {0xfe386f0b, "vqdmullb.s32 q3, q4, q5", {
    4, 12, 0xa1f63f60, 13, 0xffffffff, 14, 0xd1ad141e, 15, 0x172975f0,
    4, 12, 0x1ec2bd52, 13, 0xde3a3fab, 14, 0xa22b8790, 15, 0x254c2b32,
    4, 12, 0xbd8e0000, 13, 0xc6487c29, 14, 0x959af17e, 15, 0x0437638d,
    4, 12, 0x30be9b78, 13, 0x00109557, 14, 0x1e597300, 15, 0xad8e318b,
    4, 12, 0xbb7f7f54, 13, 0x00005c26, 14, 0xfdce293d, 15, 0x8b1fefa3,
    2, 13, 0x953decc4, 14, 0x23939e36,
    4, 12, 0xfd3a70c8, 13, 0x80968276, 14, 0xa2f5d1fc, 15, 0x201080f9,
    0,
  }},
  {0xee3edf01, "vqdmullt.s16 q6, q7, q0", {
    3, 24, 0xfd40ff68, 25, 0x10008438, 26, 0xe6b08628,
    4, 24, 0x6b5c5f6e, 25, 0x73bc1886, 26, 0x00000000, 27, 0x04f2279a,
    4, 24, 0x00000000, 25, 0x4f320000, 26, 0xd26a2b2e, 27, 0x0000d768,
    4, 24, 0x9a49cb6e, 25, 0x281a6c7a, 26, 0x00000000, 27, 0x0000f3fe,
    4, 24, 0x00840000, 25, 0xffffb168, 26, 0x009de6ff, 27, 0x22a672cc,
    2, 25, 0xddcfe900, 26, 0xe4e00000,
    4, 24, 0xa4770e00, 25, 0x33ac9bdc, 26, 0x8d8b0da0, 27, 0x00006afe,
    0,
  }},
  {0xfe343f07, "vqdmullt.s32 q1, q2, q3", {
    4, 4, 0x3060ab88, 5, 0xe7003842, 6, 0xecd7a898, 7, 0x1ebc8cfb,
    4, 4, 0xca45cd6c, 5, 0xffeffcc9, 6, 0x00000000, 7, 0xec843b7e,
    4, 4, 0x59041f74, 5, 0x5771cadf, 6, 0xc67997ae, 7, 0x00000000,
    4, 4, 0x2abf2c48, 5, 0xfa750889, 6, 0x0d27b3fc, 7, 0x609118db,
    4, 4, 0x90ec8a60, 5, 0xdaff00ff, 6, 0x01e66601, 7, 0x0012004c,
    2, 5, 0xffffffff, 6, 0x0d4d9ddc,
    4, 4, 0x2900c3c8, 5, 0x010101f8, 6, 0x7f1982f8, 7, 0x7f00ff00,
    0,
  }},
  {0xee322f03, "vqdmullb.s16 q1, q1, q1", {
    3, 4, 0x595df120, 5, 0x11a96920, 7, 0x0568b200,
    4, 4, 0x0322d0a2, 5, 0x00000002, 6, 0x4d9210b2, 7, 0x11ea4692,
    4, 4, 0x0ac6da20, 5, 0x25c75cc8, 6, 0x00000002, 7, 0x797019d2,
    4, 4, 0x0796e272, 5, 0x22e82c80, 6, 0x00000000, 7, 0x0001fc02,
    3, 4, 0x75f71688, 5, 0x01b7fa2b, 7, 0x38efaae2,
    2, 5, 0x00000000, 6, 0x00000002,
    4, 4, 0xb0e99812, 5, 0x396920d0, 6, 0x0188c152, 7, 0x0ab9b5b2,
    0,
  }},
  {0xee320f65, "vqdmullb.s16 q0, q1, r5", {
    4, 0, 0x50515f5c, 1, 0xf9510d5e, 2, 0x22bdba84, 3, 0xd8c24e7c,
    4, 0, 0x0000cf48, 1, 0x000050c6, 2, 0x00005618, 3, 0xfffffdfe,
    4, 0, 0x00001b6a, 1, 0xffff0002, 2, 0x00009048, 3, 0x00005f22,
    4, 0, 0xe69878e0, 1, 0xfa2a7b08, 2, 0x19fccb38, 3, 0x24870aa8,
    3, 0, 0x01014701, 1, 0x01015960, 3, 0xa8007b1c,
    2, 1, 0x0269fc10, 2, 0x1868c550,
    3, 0, 0x807f8380, 2, 0x4981aee8, 3, 0x80f10098,
    0,
  }},
  {0xfe364f6b, "vqdmullb.s32 q2, q3, fp", {
    4, 8, 0x8542c5f0, 9, 0x14adea37, 10, 0x8bd80000, 11, 0xffffc3b9,
    4, 8, 0x78cc5630, 9, 0xa490e14e, 10, 0xd6ec0000, 11, 0xffff9fc1,
    4, 8, 0x36e63030, 9, 0x00403ea0, 10, 0x23ebf800, 11, 0xf9ce4a3a,
    3, 8, 0x466304a4, 9, 0x00000000, 10, 0x8e7b1440,
    4, 8, 0x4fd39cc8, 9, 0x02eb1aa8, 10, 0xfb000092, 11, 0xfbff695e,
    2, 9, 0x06e9b600, 10, 0x00000000,
    4, 8, 0xd0cc9e3b, 9, 0xd84b51dc, 10, 0x8e3fffff, 11, 0xff4d251d,
    0,
  }},
  {0xee389f60, "vqdmullt.s16 q4, q4, r0", {
    4, 16, 0xfd96dba0, 17, 0x005b2620, 18, 0x0b70f520, 19, 0x009193b8,
    4, 16, 0x0000f590, 17, 0x7a4d3800, 18, 0xc9ea7ee0, 19, 0xc7f005e0,
    4, 16, 0x01f8a26c, 17, 0x011cd8dc, 18, 0xe7306a48, 19, 0xf6884578,
    3, 16, 0x10f975e2, 18, 0x1f06f9fc, 19, 0x147095e6,
    3, 17, 0xcdd02dc0, 18, 0xc40bbdd4, 19, 0xffff0004,
    2, 17, 0xf854d876, 18, 0x04a4ceba,
    4, 16, 0xeb781026, 17, 0x23763654, 18, 0x38af4caa, 19, 0xff03d5aa,
    0,
  }},
  {0xfe3edf6e, "vqdmullt.s32 q6, q7, lr", {
    4, 24, 0x2f25a454, 25, 0xe0cddbfe, 26, 0xda32d1bc, 27, 0x0712f60f,
    4, 24, 0x9c920000, 25, 0x00005026, 26, 0xe7d80000, 27, 0xffff9c7e,
    4, 24, 0xc5061812, 25, 0xb3726066, 26, 0x14d99cdc, 27, 0xb665c0cb,
    4, 24, 0x80b2e720, 25, 0x3b08d49b, 26, 0x2b479ce0, 27, 0xdeb40831,
    4, 24, 0xb4b158ea, 25, 0x0bf057ab, 26, 0x00000900, 27, 0xba31d896,
    2, 25, 0x2649d177, 26, 0x5dac6d16,
    4, 24, 0x7483a2da, 25, 0x7fff4299, 26, 0x833d4e36, 27, 0x5e17b81a,
    0,
  }},
  {0xee030e42, "vmla.s8 q0, q1, r2", {
    4, 0, 0x02952381, 1, 0xccfbca8e, 2, 0xf9493eb8, 3, 0xe0c4e7a2,
    4, 0, 0x80403fff, 1, 0xc000ffbf, 2, 0x00d91b41, 3, 0xf8cb82fa,
    4, 0, 0x077f174c, 1, 0x00808080, 2, 0x4ee0b408, 3, 0x31ee90ab,
    3, 1, 0x5bb43a86, 2, 0x618d0985, 3, 0x23af0793,
    4, 0, 0x84983e59, 1, 0x28004081, 2, 0xabe12054, 3, 0xc8dbf5cc,
    2, 1, 0x02c84073, 2, 0xf4399c74,
    4, 0, 0x15cb2f62, 1, 0x945501db, 2, 0x72d0d4f0, 3, 0x89b2e73b,
    0,
  }},
  {0xfe196e48, "vmla.u16 q3, q4, r8", {
    4, 12, 0xc0f897a2, 13, 0x4d9b7957, 14, 0xf2862ef4, 15, 0x714af2d8,
    4, 12, 0xe4682827, 13, 0x63a25b0d, 14, 0xc911d34a, 15, 0xba7c1011,
    4, 12, 0x13f75283, 13, 0x94c157a1, 14, 0x6bcf8334, 15, 0x179f6f3f,
    4, 12, 0x128c128c, 13, 0x1b7d332a, 14, 0xdda30c5a, 15, 0x98145ca7,
    4, 12, 0xdc86cd6d, 13, 0x80f08000, 14, 0x80007c00, 15, 0xb6af076f,
    2, 13, 0xce150e35, 14, 0x82e2127f,
    4, 12, 0x42ff937f, 13, 0x3649585d, 14, 0x0cef9d63, 15, 0xf90bf502,
    0,
  }},
  {0xee2dae4c, "vmla.s32 q5, q6, ip", {
    2, 22, 0xe08d6973, 23, 0xfdff40a3,
    3, 20, 0xbdba3d27, 22, 0x2d311cb9, 23, 0x1668e115,
    4, 20, 0x410e8f6d, 21, 0x5fbaeb39, 22, 0xd5ba250e, 23, 0x67cb8e19,
    4, 20, 0xd9969582, 21, 0xd0c3b8c8, 22, 0x9d5f8200, 23, 0x17177351,
    3, 20, 0x003e0001, 21, 0x00160001, 22, 0x4282cb45,
    2, 21, 0xc2ee8018, 22, 0xc361d954,
    4, 20, 0x6b7a7f90, 21, 0x29e2dd53, 22, 0xae5da8ac, 23, 0x45ff00e7,
    0,
  }},
  {0xfe0fee41, "vmla.u8 q7, q7, r1", {
    4, 28, 0x170a0407, 29, 0x407cc546, 30, 0x316f84a7, 31, 0xa241df2c,
    4, 28, 0x00fefe00, 29, 0x886cb402, 30, 0xc626187a, 31, 0xa05222fc,
    4, 28, 0x2231188b, 29, 0x7427e21d, 30, 0x7bc456f7, 31, 0x2253fa66,
    4, 28, 0x7c3bfc94, 29, 0x647f3739, 30, 0x6c097d33, 31, 0x8d8d8d8d,
    4, 28, 0xcc500266, 29, 0x00ff00d9, 30, 0x7fd959ff, 31, 0x5b41250e,
    2, 29, 0x00000000, 30, 0x00000000,
    3, 28, 0x696969ff, 30, 0x5389c344, 31, 0xd5113b29,
    0,
  }},
  {0xee031e42, "vmlas.s8 q0, q1, r2", {
    4, 0, 0x563beb86, 1, 0xcc48f54f, 2, 0xc4bf1f6b, 3, 0x1ff2cf4f,
    4, 0, 0x2f1c83f3, 1, 0xe1752523, 2, 0x1d6dc15d, 3, 0x04e0070e,
    4, 0, 0x974b4424, 1, 0x90a041d3, 2, 0x00fc8a64, 3, 0x8cfa8abd,
    4, 0, 0x92929292, 1, 0x995eaa6f, 2, 0xb44242fe, 3, 0x631a2c4a,
    4, 0, 0x04d578ba, 1, 0x89574dd4, 2, 0x786dc9b1, 3, 0x0cf15730,
    2, 1, 0x85858585, 2, 0xb599569d,
    4, 0, 0x97009797, 1, 0xf65e2352, 2, 0xf7894ffe, 3, 0x21b670be,
    0,
  }},
  {0xfe197e48, "vmlas.u16 q3, q4, r8", {
    4, 12, 0x9ec49ec4, 13, 0xf0c42244, 14, 0x8d4d90e2, 15, 0x6131876e,
    4, 12, 0x8df2b6b2, 13, 0x0df28df2, 14, 0x8df257e5, 15, 0xe8e75d74,
    4, 12, 0x3e673add, 13, 0x3d9b1558, 14, 0xbd51ad77, 15, 0x812177d1,
    4, 12, 0xae20692b, 13, 0xc204c205, 14, 0x798414c0, 15, 0x99e1da88,
    4, 12, 0x5b64f40f, 13, 0x683779b6, 14, 0x1c7be886, 15, 0x6556afd2,
    2, 13, 0x7fff7fff, 14, 0x2dc21173,
    4, 12, 0x0c078007, 13, 0xfdd9b0e7, 14, 0xccbc50d1, 15, 0x0b6b84ea,
    0,
  }},
  {0xee2dbe4c, "vmlas.s32 q5, q6, ip", {
    4, 20, 0x7ac5f17b, 21, 0x36d7f994, 22, 0x6064b1fb, 23, 0xd82601fd,
    4, 20, 0x1da2da41, 21, 0x1d0c6621, 22, 0x4a70e599, 23, 0x4c60a4e5,
    4, 20, 0x94cc54be, 21, 0xbd8b2905, 22, 0x355949aa, 23, 0xab569f21,
    4, 20, 0x018a95f0, 21, 0x61ffcca8, 22, 0xc6718f3c, 23, 0xc217522c,
    4, 20, 0xffdaffff, 21, 0x012b0101, 22, 0x0001b401, 23, 0x7065c3bc,
    2, 21, 0xd1cfdc81, 22, 0x0b39ac11,
    4, 20, 0x91e7ffff, 21, 0x405a0484, 22, 0x9989c55e, 23, 0x5da25e1f,
    0,
  }},
  {0xfe2ffe41, "vmlas.u32 q7, q7, r1", {
    4, 28, 0x06908305, 29, 0xe369a65d, 30, 0x85c1ad44, 31, 0x7484ae14,
    4, 28, 0xeaa62c79, 29, 0x91798dd5, 30, 0xa603e356, 31, 0xf64f69d5,
    4, 28, 0xcd5b30ce, 29, 0x0affafdd, 30, 0x50b1d516, 31, 0xfe9f5b91,
    4, 28, 0xdb879304, 29, 0xdb889305, 30, 0xba8f965d, 31, 0x08fe76b5,
    4, 28, 0x1e73132d, 29, 0x3f666450, 30, 0xe9ff68ff, 31, 0xf6c57311,
    2, 29, 0xf38c6428, 30, 0x33fa443d,
    3, 28, 0xc3ff6804, 29, 0x00e4b89c, 30, 0xbb2cbb31,
    0,
  }},
  {0xee020e62, "vqdmlah.s8 q0, q1, r2", {
    0,
    3, 0, 0x0000ff00, 1, 0xff00ff00, 3, 0xf53d84c0,
    4, 0, 0x00ffffff, 1, 0xa327d6d3, 2, 0xe1616d13, 3, 0x09007af1,
    4, 0, 0x94a8eaae, 1, 0x857f7f80, 2, 0x7f36763b, 3, 0xf5f6040b,
    4, 0, 0xb5f2274b, 2, 0x9051d171, 3, 0x8de5b6c7, 47, 0x08000000,
    1, 1, 0x7e7f7e7e,
    5, 0, 0x62564d80, 1, 0x2dad7fff, 2, 0x05ffebd8, 3, 0xc5b335b1, 47, 0x08000000,
    0,
  }},
  {0xee186e68, "vqdmlah.s16 q3, q4, r8", {
    4, 12, 0xc7dfa0f7, 13, 0x91f5a220, 14, 0x11a9a6a5, 15, 0x1052fae3,
    2, 12, 0x14e7fbce, 13, 0x7f657fff,
    5, 12, 0xd323e6b7, 13, 0xd7425a20, 14, 0x0735f15d, 15, 0x8000929d, 47, 0x08000000,
    4, 12, 0xca25c6ac, 13, 0xffbb00e7, 14, 0x01200051, 15, 0x246ce4c8,
    4, 12, 0x051d00ec, 13, 0x0600f9d6, 14, 0x8275e301, 15, 0xe974234b,
    2, 13, 0x04a9a9d4, 14, 0xb2fdbfb4,
    3, 12, 0x13a3fc49, 13, 0xa6ca55f6, 14, 0x844ca939,
    0,
  }},
  {0xee2cae6c, "vqdmlah.s32 q5, q6, ip", {
    5, 20, 0x7fffffff, 21, 0xd57fe3dc, 22, 0xfceb128d, 23, 0xa237bc8b, 47, 0x08000000,
    0,
    5, 20, 0x535e7737, 21, 0xf663c8b8, 22, 0x7fffffff, 23, 0xe4b218c2, 47, 0x08000000,
    3, 21, 0xb0512e99, 22, 0x75396a8a, 23, 0x83041a51,
    3, 20, 0x39bd06f5, 21, 0xfcebfdb6, 22, 0x8001ff8b,
    2, 21, 0x4271fa9e, 22, 0x8f15ddc4,
    3, 20, 0x5dc5a5d5, 21, 0x758208ff, 22, 0x213c2a97,
    0,
  }},
  {0xee020e42, "vqrdmlah.s8 q0, q1, r2", {
    5, 0, 0xfde66050, 1, 0x80d95ce6, 2, 0x4ee7263c, 3, 0xa5497f7f, 47, 0x08000000,
    4, 0, 0x82a81fc6, 1, 0xdd1de212, 2, 0xe09be954, 3, 0x93805a7f,
    0,
    5, 0, 0x3e997f87, 1, 0x880c158c, 2, 0x54ed3f24, 3, 0x102f80d7, 47, 0x58000000,
    4, 0, 0x80b90000, 1, 0x4e1e3969, 3, 0x9fe10001, 47, 0x08000000,
    2, 1, 0xa93230dd, 2, 0x130ef1e4,
    3, 0, 0x00ee0001, 1, 0x13c8b01e, 3, 0x7e7f7f7f,
    0,
  }},
  {0xee186e48, "vqrdmlah.s16 q3, q4, r8", {
    2, 13, 0x00000001, 15, 0x89ab9b2e,
    4, 12, 0xd9080738, 13, 0xe7eafffe, 14, 0xda1c8e7b, 15, 0x91efe999,
    3, 13, 0x535c5507, 14, 0x5b662858, 15, 0x0c10a56c,
    4, 12, 0xcfb00430, 13, 0x132c8c33, 14, 0xab944321, 15, 0xe7009729,
    5, 12, 0x96bc2908, 13, 0x94847bde, 14, 0x2ae9e314, 15, 0x57ff04f6, 47, 0x08000000,
    2, 13, 0x3322a5a3, 14, 0xd500dae4,
    3, 13, 0x89acba27, 14, 0x1adae420, 15, 0x6463b933,
    0,
  }},
  {0xee2cae4c, "vqrdmlah.s32 q5, q6, ip", {
    3, 20, 0x306464c8, 21, 0x9013e86f, 22, 0xfe648f4b,
    4, 20, 0x5351a243, 21, 0x3ccaf008, 22, 0x862f8eba, 23, 0x092008ca,
    5, 20, 0xe5489653, 21, 0x8c57700d, 22, 0x7fffffff, 23, 0x3b3f91a6, 47, 0x08000000,
    4, 20, 0x165831c1, 21, 0xe706c3e5, 22, 0x8bedc561, 23, 0x57b0142b,
    5, 20, 0xbbae3b9c, 21, 0x4f3b7ac6, 22, 0x10f45fa8, 23, 0x72ffe7ff, 47, 0x08000000,
    2, 21, 0x115eacc5, 22, 0x0001197b,
    5, 20, 0x80000000, 21, 0x16e93a99, 22, 0x55371289, 23, 0x327ea5c0, 47, 0x08000000,
    0,
  }},
  {0xee021e62, "vqdmlash.s8 q0, q1, r2", {
    5, 0, 0xb880cace, 1, 0x9b9b9b9a, 2, 0x8080b6af, 3, 0x9a9a9a9a, 47, 0x08000000,
    5, 0, 0x98989897, 1, 0x80808080, 2, 0x80b880d8, 3, 0x18989999, 47, 0x68000000,
    4, 0, 0x18181818, 1, 0x3b1b624b, 2, 0x631cf72c, 3, 0xcac1fc9c,
    5, 0, 0xb8ae8080, 1, 0x96808087, 2, 0x8d9ad78e, 3, 0xbc809992, 47, 0x58000000,
    4, 0, 0xfc238306, 1, 0x80378080, 2, 0x09a9ecb8, 3, 0xb3b49ba9,
    2, 1, 0xee381dbc, 2, 0x01010202,
    4, 0, 0x607fed4e, 1, 0x0cc12443, 2, 0x807f7fe7, 3, 0xbf4353c3,
    0,
  }},
  {0xee187e68, "vqdmlash.s16 q3, q4, r8", {
    5, 12, 0x816c8028, 13, 0x80008000, 14, 0x993e8000, 15, 0x80808080, 47, 0x08000000,
    5, 12, 0x603c7fff, 13, 0x7a497a49, 14, 0x7fff07f1, 15, 0x7fff7fff, 47, 0xb8000000,
    5, 12, 0x80008000, 13, 0x9dd68000, 14, 0x8000a318, 15, 0x826995f4, 47, 0x08000000,
    5, 12, 0xdc27e94f, 13, 0xc76dc76c, 14, 0x3f458000, 15, 0xc7daef70, 47, 0xe8000000,
    3, 12, 0xffff802e, 13, 0x011d0101, 15, 0x183f0162,
    3, 13, 0x6e227fff, 14, 0x36025e80, 47, 0xe8000000,
    4, 12, 0x373045c7, 13, 0xfda80ec1, 14, 0x07f11fe6, 15, 0x80c91cc9,
    0,
  }},
  {0xee2cbe6c, "vqdmlash.s32 q5, q6, ip", {
    4, 20, 0xc95f64ca, 21, 0xff63d2b0, 22, 0xfbc57507, 23, 0xfffe8e11,
    5, 20, 0x81ee35d4, 21, 0x80000000, 22, 0x80000000, 23, 0x80000000, 47, 0x58000000,
    4, 20, 0x532dc78e, 21, 0x30bc08f4, 22, 0xf8c80903, 23, 0xefc5ddbf,
    5, 20, 0x75fb1b29, 21, 0x7fffffff, 22, 0x6844d362, 23, 0x7638bef2, 47, 0x28000000,
    3, 20, 0x5e0d6d0e, 21, 0xff0cfaff, 22, 0x000000c2,
    2, 21, 0x80808080, 22, 0xa5eab52d,
    4, 20, 0xd2d57fd2, 21, 0x097f74ee, 22, 0x06892530, 23, 0x085dd1f0,
    0,
  }},
  {0xee021e42, "vqrdmlash.s8 q0, q1, r2", {
    4, 0, 0xc5ce05e1, 1, 0xcfcfcfcf, 2, 0xcfdcdf23, 3, 0xcfcfcfcf,
    5, 0, 0xe9d1d0d1, 1, 0x0710d080, 2, 0xd1d1d1d1, 3, 0xd2d251d1, 47, 0x78000000,
    5, 0, 0x808f80dd, 1, 0x969bc8ac, 2, 0x91809dd9, 3, 0x97a28082, 47, 0x08000000,
    4, 0, 0xd3fef000, 1, 0xffffffff, 2, 0x0ecbf121, 3, 0x0101d14b,
    4, 0, 0x42a6fab8, 1, 0x807f4980, 2, 0xd0865f43, 3, 0xd44ae529,
    2, 1, 0x90a9a0d9, 2, 0x99989898,
    5, 0, 0x2f7f7062, 1, 0x3631193a, 2, 0x124f5a4e, 3, 0x507b50db, 47, 0x08000000,
    0,
  }},
  {0xee187e48, "vqrdmlash.s16 q3, q4, r8", {
    4, 12, 0x48ec48ed, 13, 0x4b2b4e48, 14, 0x15e3fece, 15, 0x671d7519,
    4, 12, 0x1630ca39, 13, 0xefe6ee81, 14, 0xec45eca2, 15, 0xea24fa83,
    5, 12, 0xac2d9ad5, 13, 0x87e58000, 14, 0x978a978b, 15, 0x90a88808, 47, 0x08000000,
    4, 12, 0xb8a42f55, 13, 0x296f4b9f, 14, 0x13e205ec, 15, 0xfdf5d77d,
    4, 12, 0xae8a4687, 13, 0x00704fff, 14, 0x438e22df, 15, 0x3b5af252,
    2, 13, 0xcad9f9f9, 14, 0xe283cd7a,
    4, 12, 0x32cb93bb, 13, 0xa70316ed, 14, 0xc177a1cb, 15, 0xa6fc7fff,
    0,
  }},
  {0xee2cbe4c, "vqrdmlash.s32 q5, q6, ip", {
    5, 20, 0x2bf8de4d, 21, 0x210e832b, 22, 0x7fffffff, 23, 0x60e89420, 47, 0x08000000,
    4, 20, 0xbe293dd1, 21, 0xe21404c3, 22, 0xf0c5cd5b, 23, 0xe72b713d,
    4, 20, 0x22b7c2cd, 21, 0x5d6cace0, 22, 0x0c1ff22e, 23, 0x0445d4c7,
    5, 20, 0xc4ef03cc, 21, 0x80000000, 22, 0xc1283f0f, 23, 0x07f9dcb6, 47, 0x28000000,
    4, 20, 0x7fff77ff, 21, 0xb1023142, 22, 0x0101013a, 23, 0x7f7f7fe1,
    2, 21, 0xde5fdb78, 22, 0xbd38afbf,
    4, 20, 0x4e7b3040, 21, 0xd6cf9bfa, 22, 0xffff7fff, 23, 0xe78080ed,
    0,
  }},
  {0xee020e04, "vqdmladh.s8 q0, q1, q2", {
    5, 0, 0x9b0c1a3c, 1, 0x052e3015, 2, 0x3d746380, 3, 0x80807f84, 47, 0x08000000,
    4, 0, 0x7f587f6e, 1, 0xdf7327f1, 2, 0x1e0021ff, 3, 0x000000ff,
    4, 0, 0x4ed425f7, 1, 0x3a00e9ff, 2, 0x805400ff, 3, 0x14b351ff,
    4, 0, 0x0f006500, 1, 0xeb32e922, 2, 0x14248cdc, 3, 0x923e5bf1,
    3, 0, 0x19d95a01, 2, 0x6caf1f00, 3, 0x010fcc24,
    3, 1, 0x1a7f916b, 2, 0x0d305b07, 47, 0x28000000,
    4, 0, 0xd143077f, 1, 0x1037e372, 2, 0x7aacf012, 47, 0x08000000,
    0,
  }},
  {0xee186e0a, "vqdmladh.s16 q3, q4, q5", {
    5, 12, 0x32e48000, 13, 0x800000fe, 14, 0x4e81fa14, 15, 0x3ef9ffff, 47, 0x08000000,
    4, 12, 0xffff077b, 13, 0x1dad729a, 14, 0x5e961b3a, 15, 0x5f180000,
    4, 12, 0x80000457, 13, 0xa396eac3, 14, 0x7f7f245c, 15, 0x7fffe5bf,
    4, 12, 0x807f0000, 13, 0x7462dbe6, 14, 0xda8e448d, 15, 0x80000ad7,
    5, 12, 0x5636cae4, 13, 0x8881a500, 14, 0x23a2a7af, 15, 0x00007f00, 47, 0x08000000,
    2, 13, 0xc83b503c, 14, 0x000061cd,
    2, 14, 0xf8ddbe27, 15, 0x7fff2cff,
    0,
  }},
  {0xee2ece00, "vqdmladh.s32 q6, q7, q0", {
    2, 24, 0x91b99b0c, 26, 0xc36debf5,
    2, 24, 0x6cd6ee3e, 26, 0xffffff00,
    2, 24, 0x2faac482, 26, 0x3eb168a4,
    2, 24, 0xffeffba2, 26, 0x298d7322,
    1, 26, 0x9f358a10,
    1, 26, 0x93ccb60f,
    2, 24, 0x0ee7dc32, 26, 0x606cd895,
    0,
  }},
  {0xee021e04, "vqdmladhx.s8 q0, q1, q2", {
    4, 0, 0x60ef00c4, 1, 0x0e6286be, 2, 0xa6ff0dff, 3, 0x005200d6,
    4, 0, 0xf10014ff, 1, 0x006a0070, 2, 0x0084fffa, 3, 0xff0dff1c,
    4, 0, 0x37ff7cff, 1, 0x013ed5db, 2, 0xffb4ff92, 3, 0x64614498,
    4, 0, 0xe89f2557, 1, 0x0026ff94, 2, 0xffdaec6a, 3, 0x004800eb,
    3, 1, 0xead801db, 2, 0x6b292c65, 3, 0xc45ed889,
    2, 1, 0x00d0ff63, 2, 0xffb1ff11,
    3, 0, 0x261501d3, 1, 0xffffed00, 2, 0x517f7f80,
    0,
  }},
  {0xee187e0a, "vqdmladhx.s16 q3, q4, q5", {
    4, 12, 0x000174e5, 13, 0xd1ba5ebe, 14, 0x2732f052, 15, 0x3f74aa70,
    4, 12, 0x00002f0d, 13, 0x860d415e, 14, 0x3bec6361, 15, 0x8d2a8080,
    4, 12, 0x00008d2b, 13, 0xfffe2002, 14, 0x1451b494, 15, 0x30bb2f6e,
    4, 12, 0xb8938000, 13, 0x54970000, 14, 0x1e0b0000, 15, 0xe82d9964,
    3, 12, 0xa5507024, 14, 0x80f17f80, 15, 0x267be127,
    2, 13, 0x549b0ce6, 14, 0x00001171,
    2, 12, 0x87420001, 15, 0x1b000000,
    0,
  }},
  {0xee2ede00, "vqdmladhx.s32 q6, q7, q0", {
    2, 25, 0x04de835d, 27, 0xea4039f8,
    2, 25, 0xc3433089, 27, 0x8d443c64,
    3, 25, 0x80000000, 27, 0x5ff799d9, 47, 0x08000000,
    2, 25, 0x3c97f60c, 27, 0x5cd973c5,
    2, 25, 0x49aacf0b, 27, 0x00007f91,
    1, 25, 0x29d08bcc,
    2, 25, 0xf0b1e94e, 27, 0x2eb4f754,
    0,
  }},
  {0xee020e05, "vqrdmladh.s8 q0, q1, q2", {
    5, 0, 0x5f01f7ff, 1, 0x7f807fd8, 2, 0x69aa21e8, 3, 0x142959e6, 47, 0x08000000,
    4, 0, 0x36ba19f5, 1, 0xdd00e9ff, 2, 0x8048fff5, 3, 0xfcec4804,
    4, 0, 0x00d2ffc4, 1, 0x0d41f5e2, 2, 0x48028400, 3, 0x80ff7f00,
    4, 0, 0x6fffd196, 1, 0x8401a100, 2, 0xff3dffe4, 3, 0x3e2e5fe0,
    4, 0, 0x7fd37f0c, 1, 0x7e00741f, 2, 0xdacc8900, 3, 0x0bc92d1e,
    2, 1, 0xd000baff, 2, 0x010101ed,
    3, 0, 0x8b005253, 1, 0xf5c4b4da, 3, 0xd5fe9d62,
    0,
  }},
  {0xee186e0b, "vqrdmladh.s16 q3, q4, q5", {
    4, 12, 0x00ff0000, 13, 0x85150000, 14, 0x9de0ed7b, 15, 0xa65e0d51,
    4, 12, 0x772a0000, 13, 0x8000c895, 14, 0x52840001, 15, 0x1921df45,
    4, 12, 0xb3260c62, 13, 0xe941ebe0, 14, 0x10d9fc0e, 15, 0x9c8f37a4,
    4, 12, 0xf05fa4fb, 13, 0x4b441d2b, 14, 0x62007fff, 15, 0xffff0000,
    3, 12, 0x7fcd2755, 13, 0x43edb20f, 15, 0x97feff3d,
    2, 13, 0x80801741, 14, 0x8c93b4c5,
    2, 12, 0x807faf8d, 15, 0x5ba73c3c,
    0,
  }},
  {0xee2ece01, "vqrdmladh.s32 q6, q7, q0", {
    2, 24, 0xb3808f14, 26, 0x4cffa769,
    2, 24, 0xfd667075, 26, 0x10e8e755,
    3, 24, 0x7fffffff, 26, 0x25375968, 47, 0x08000000,
    2, 24, 0xe6fd0e13, 26, 0x69c49f16,
    2, 24, 0xfcc804d7, 26, 0x904c9091,
    1, 26, 0xf322b7de,
    2, 24, 0xf876e8c9, 26, 0x1d594217,
    0,
  }},
  {0xee021e05, "vqrdmladhx.s8 q0, q1, q2", {
    4, 0, 0xab37f297, 1, 0x0017ffbe, 2, 0x382e1c74, 3, 0x01ff54ff,
    4, 0, 0xc893120d, 1, 0xe280c380, 2, 0x0039ffc9, 3, 0xa18fedfa,
    4, 0, 0xff03008d, 1, 0x000000ff, 2, 0x2d012401, 3, 0xfc29c259,
    4, 0, 0xfe1cfe9f, 1, 0x80013d01, 2, 0x00b40102, 3, 0xebffe2ff,
    4, 0, 0x48c448c0, 1, 0xf80aa2d4, 2, 0xff000001, 3, 0x00a1f78b,
    2, 1, 0x006101c1, 2, 0xfc0033d3,
    1, 0, 0xff78007a,
    0,
  }},
  {0xee187e0b, "vqrdmladhx.s16 q3, q4, q5", {
    4, 12, 0x286e6c09, 13, 0xb08ac5cb, 14, 0x00007d82, 15, 0x01cf8d24,
    4, 12, 0xb8464259, 13, 0xffffaafd, 14, 0x0000e96d, 15, 0x156e4b21,
    5, 12, 0x8000005f, 13, 0xffbf58e8, 14, 0xda00b14b, 15, 0x354f0101, 47, 0x08000000,
    4, 12, 0x1c8a8cc8, 13, 0x0cf92ad9, 14, 0x00006827, 15, 0x0000ffff,
    4, 12, 0xe95bce97, 13, 0xad7ccff4, 14, 0x7244ff7e, 15, 0x6ea0195c,
    2, 13, 0x222fffff, 14, 0xf09ef00f,
    3, 12, 0x2d6d5516, 13, 0x2be0a1a9, 14, 0x31ed2974,
    0,
  }},
  {0xee2ede01, "vqrdmladhx.s32 q6, q7, q0", {
    2, 25, 0xd653173a, 27, 0xfa315d7e,
    2, 25, 0xe435833f, 27, 0x47f2bd02,
    3, 25, 0x7fffffff, 27, 0xbe004693, 47, 0x08000000,
    2, 25, 0x2c2f2369, 27, 0xbec05d20,
    1, 27, 0xd19c2a60,
    1, 25, 0xffb99d8e,
    2, 25, 0x000100ec, 27, 0x8004e450,
    0,
  }},
  {0xfe020e04, "vqdmlsdh.s8 q0, q1, q2", {
    5, 0, 0x221ce004, 1, 0x01000100, 2, 0x24f68680, 3, 0xf23671f4, 47, 0x08000000,
    5, 0, 0x87803ff6, 1, 0x9c1b1dff, 2, 0x7f437ff4, 3, 0x8022807f, 47, 0x28000000,
    4, 0, 0xefffec00, 1, 0x800480c4, 2, 0x26e9c502, 3, 0x42017f01,
    4, 0, 0x80d4ff05, 1, 0x05005f00, 2, 0x7f837f0f, 3, 0x80528010,
    3, 1, 0x10fe7122, 2, 0x29006e99, 3, 0x3487b2c2,
    2, 1, 0x43de0aed, 2, 0xe78c64fe,
    4, 0, 0x3f009750, 1, 0x152fbf53, 2, 0xc3009796, 3, 0x00f1ff61,
    0,
  }},
  {0xfe186e0a, "vqdmlsdh.s16 q3, q4, q5", {
    4, 12, 0x51682e86, 13, 0x04770000, 14, 0x0000cec9, 15, 0xe4850000,
    4, 12, 0x5683eef5, 13, 0x8918c1b3, 14, 0x3786e074, 15, 0x0001fbd4,
    4, 12, 0x5ee3ba47, 14, 0xf0e105d6, 15, 0x4bed8000, 47, 0x08000000,
    5, 12, 0x6ec20aa0, 13, 0xc532c2d8, 14, 0x68de7fff, 15, 0xfc52ffff, 47, 0x58000000,
    4, 12, 0xf3cc184b, 13, 0xe1441c18, 14, 0x86eed5b8, 15, 0x59ce6f6d,
    2, 13, 0x63867f80, 14, 0x4d6c0000,
    2, 12, 0x0101e201, 13, 0xffffff4c,
    0,
  }},
  {0xfe2ece00, "vqdmlsdh.s32 q6, q7, q0", {
    2, 24, 0x3e5ecfe6, 26, 0x23c308f4,
    2, 24, 0xaf6fc608, 26, 0x04bca3d0,
    2, 24, 0x21cdfd2c, 26, 0x4661898f,
    3, 24, 0x80000000, 26, 0x00fb638f, 47, 0x28000000,
    2, 24, 0xcf05b5e7, 26, 0xc530c8ea,
    1, 26, 0xef2169b7,
    2, 24, 0x88dede4f, 26, 0x01c69016,
    0,
  }},
  {0xfe021e04, "vqdmlsdhx.s8 q0, q1, q2", {
    4, 0, 0xc800b100, 1, 0xff57ffbe, 2, 0x0078008a, 3, 0x00b7009e,
    4, 0, 0x0017ff38, 1, 0x00ff00ff, 2, 0xb791f972, 3, 0x9e280340,
    4, 0, 0xff35ff63, 1, 0x265a00db, 2, 0x00670047, 3, 0x0001ff01,
    4, 0, 0x005c0005, 1, 0xdf40b78a, 2, 0xf77ddc03, 3, 0x008effe6,
    3, 1, 0xdbdc00c7, 2, 0xf1d638aa, 3, 0x00063bda,
    2, 1, 0x004500f7, 2, 0x2a151298,
    3, 0, 0xf5468cdc, 1, 0x4c1c62e6, 2, 0x00dfe6a2,
    0,
  }},
  {0xfe187e0a, "vqdmlsdhx.s16 q3, q4, q5", {
    4, 12, 0x9d7eea96, 13, 0x000047e2, 14, 0x55a5a2ec, 15, 0xf8f5f2f3,
    4, 12, 0xff72306d, 13, 0xf0740101, 14, 0xbb3b0a1e, 15, 0xfcc80001,
    5, 12, 0x91da0000, 13, 0x9a1e47b7, 14, 0xc6199f4b, 15, 0x7fffdb6f, 47, 0x08000000,
    4, 12, 0x7fffeca0, 13, 0x634b7f80, 14, 0xd0bcabc7, 15, 0x3618809a,
    2, 14, 0x0f7b2529, 15, 0x9eecf1f8,
    2, 13, 0x2fa77f80, 14, 0xffff1900,
    4, 12, 0x6cff9f18, 13, 0xe08e5e22, 14, 0x00fe0000, 15, 0x992c63de,
    0,
  }},
  {0xfe2ede00, "vqdmlsdhx.s32 q6, q7, q0", {
    2, 25, 0xf8ab84ab, 27, 0x36b47664,
    2, 25, 0x100564e7, 27, 0xbd01cee3,
    2, 25, 0x1551ebee, 27, 0xb4832ab0,
    2, 25, 0xac77c7d1, 27, 0xd077f88e,
    2, 25, 0xa508fc56, 27, 0x7ec85fed,
    1, 25, 0x2994a010,
    2, 25, 0xdaffffef, 27, 0x0000766a,
    0,
  }},
  {0xfe020e05, "vqrdmlsdh.s8 q0, q1, q2", {
    5, 0, 0x000000ff, 1, 0xfac08412, 2, 0xdde72b7f, 3, 0x7fcc7f00, 47, 0x08000000,
    4, 0, 0x90efd41a, 1, 0xd8009500, 2, 0x7907e090, 3, 0x6700c58f,
    5, 0, 0x01220119, 1, 0x793d403f, 2, 0xb07fa850, 3, 0x01df0103, 47, 0x08000000,
    4, 0, 0x7f14ff02, 1, 0x80267fd4, 2, 0x0066ff9d, 3, 0xa5251b79,
    2, 0, 0x100166b7, 3, 0xf5d82bba,
    2, 1, 0x00df00f9, 2, 0x2a0b6617,
    3, 1, 0xf2b4df07, 2, 0xfd018d90, 3, 0x01df0101,
    0,
  }},
  {0xfe186e0b, "vqrdmlsdh.s16 q3, q4, q5", {
    4, 12, 0x4aec0000, 13, 0xe5de629c, 14, 0x13c87568, 15, 0x7f7fdfec,
    4, 12, 0xef900001, 13, 0xffff54b0, 14, 0x91730f25, 15, 0xcf41a08f,
    4, 12, 0xbed5f6f1, 13, 0xf915f2e7, 14, 0x00ff2919, 15, 0x43180426,
    4, 12, 0x05d50166, 13, 0x011b7fff, 14, 0x1f101efd, 15, 0x13010000,
    2, 12, 0x8000ffaf, 15, 0xf0cd0000,
    2, 13, 0xfce28000, 14, 0xbd69de05,
    3, 12, 0x7e552c56, 13, 0x8d68237e, 14, 0x1ee90fa7,
    0,
  }},
  {0xfe2ece01, "vqrdmlsdh.s32 q6, q7, q0", {
    2, 24, 0xd2d48e09, 26, 0xbb386738,
    2, 24, 0x00c527a2, 26, 0x2c4327da,
    2, 24, 0x644dee62, 26, 0x35fb2f97,
    2, 24, 0x2fdef14d, 26, 0x339f58f5,
    2, 24, 0x49f1d96e, 26, 0xa00c5368,
    1, 26, 0x07f03751,
    2, 24, 0xd8e854cb, 26, 0x3a5840a6,
    0,
  }},
  {0xfe021e05, "vqrdmlsdhx.s8 q0, q1, q2", {
    4, 0, 0x28cab753, 1, 0x19511015, 2, 0x2a00f400, 3, 0x2736986b,
    5, 0, 0x7fd4e60d, 1, 0x001e013b, 2, 0x5d002872, 3, 0x009901d6, 47, 0xc8000000,
    5, 0, 0x14fc05d3, 1, 0x000000ff, 2, 0x003d80fd, 3, 0x8cffd2ff, 47, 0x08000000,
    4, 0, 0xe2008d01, 1, 0xd22c94df, 2, 0x017fff7f, 3, 0xfdc4f038,
    1, 1, 0x790a0bcd,
    2, 1, 0xd9005b00, 2, 0xf2ff0aff,
    1, 1, 0xe6ff8000,
    0,
  }},
  {0xfe187e0b, "vqrdmlsdhx.s16 q3, q4, q5", {
    4, 12, 0x0000ffff, 13, 0x0000093b, 14, 0xd245996f, 15, 0x23bb3afa,
    4, 12, 0xffff0412, 13, 0x00004539, 14, 0xf769a9b4, 15, 0xa389c37c,
    5, 12, 0xd50b6e47, 13, 0xe2049bf4, 14, 0x7fff569c, 15, 0x46b0e9a1, 47, 0x08000000,
    4, 12, 0x2b263d29, 13, 0x86e6ffff, 14, 0x7fc9eac6, 15, 0x00008cd5,
    4, 12, 0x00cfd73e, 13, 0xfa56e31e, 14, 0xffc5ffff, 15, 0xc0010101,
    2, 13, 0xf81effff, 14, 0xe7f34b72,
    2, 12, 0x57658000, 13, 0x9039c582,
    0,
  }},
  {0xfe2ede01, "vqrdmlsdhx.s32 q6, q7, q0", {
    2, 25, 0x767eeffe, 27, 0x0d7ae2b8,
    2, 25, 0x6f980a33, 27, 0xcf9b8cd8,
    2, 25, 0xf833d59a, 27, 0x04d2d612,
    2, 25, 0x15ff40d7, 27, 0xab1628a1,
    2, 25, 0x00640034, 27, 0x684a0101,
    1, 25, 0x63eee68c,
    2, 25, 0xa6ed6c3b, 27, 0xfc7f4b80,
    0,
  }},
  {0xee123e04, "vqdmladhx.s16 q1, q1, q2", {
    4, 4, 0x171149ba, 5, 0xf88f0cba, 6, 0x2b726f99, 7, 0x0b8b3f0c,
    4, 4, 0xa3fe63ea, 5, 0x2b960000, 6, 0xffff331f, 7, 0x3506ee9a,
    4, 4, 0x00080101, 5, 0x4d44ed86, 6, 0x000014f1, 7, 0xcbba7f80,
    4, 4, 0x1c429764, 5, 0xd5c14cc0, 6, 0x13ea237c, 7, 0xb625b910,
    5, 4, 0x80ff7f80, 5, 0x5f00a93a, 6, 0x005ed834, 7, 0xff00ffff, 47, 0x08000000,
    2, 5, 0xa7c67f80, 6, 0x3f3ecb16,
    3, 4, 0xc25c62df, 5, 0x04ffffff, 7, 0xb46ac553,
    0,
  }},
  {0xeef20f04, "vmlav.s8 r0, q1, q2", {
    1, 32, 0x00001eb6,
    1, 32, 0xfffff2f7,
    1, 32, 0xffffe83f,
    1, 32, 0x00006708,
    1, 32, 0xfffffbc8,
    1, 32, 0x0000068b,
    1, 32, 0xffffecca,
    1, 32, 0x00000000,
  }},
  {0xeef62e08, "vmlav.s16 r2, q3, q4", {
    1, 34, 0x6c2a637c,
    1, 34, 0xaee15f15,
    1, 34, 0x1b530581,
    1, 34, 0x0a46420e,
    1, 34, 0x2204a447,
    1, 34, 0xde41b140,
    1, 34, 0xea4a95c5,
    1, 34, 0x00000000,
  }},
  {0xeefb4e0c, "vmlav.s32 r4, q5, q6", {
    1, 36, 0x98e1c371,
    1, 36, 0xac69dffe,
    1, 36, 0x96ec7ea0,
    1, 36, 0x59b8e3e5,
    1, 36, 0xa5bc2b22,
    1, 36, 0xa2730760,
    1, 36, 0x72d95ef8,
    1, 36, 0x00000000,
  }},
  {0xfefe6f00, "vmlav.u8 r6, q7, q0", {
    1, 38, 0x0002c73c,
    1, 38, 0x0003b1b4,
    1, 38, 0x0002d627,
    1, 38, 0x0002e85a,
    1, 38, 0x00022073,
    1, 38, 0x0002e57b,
    1, 38, 0x0000de5c,
    1, 38, 0x00000000,
  }},
  {0xfef28e04, "vmlav.u16 r8, q1, q2", {
    1, 40, 0xb140733a,
    1, 40, 0x078617ac,
    1, 40, 0xf7030abd,
    1, 40, 0x23bceec9,
    1, 40, 0x2fc36896,
    1, 40, 0xb8e27383,
    1, 40, 0x57d0cb04,
    1, 40, 0x00000000,
  }},
  {0xfef7ae08, "vmlav.u32 sl, q3, q4", {
    1, 42, 0xbfa24556,
    1, 42, 0xacca4cc9,
    1, 42, 0xc1f28b93,
    1, 42, 0x45806fe4,
    1, 42, 0x86d5ea14,
    1, 42, 0x05c17371,
    1, 42, 0x9f244a98,
    1, 42, 0x00000000,
  }},
  {0xeefacf2c, "vmlava.s8 ip, q5, q6", {
    1, 44, 0xc83c570e,
    1, 44, 0x3c59d0d1,
    1, 44, 0x07d2e116,
    1, 44, 0x00011a79,
    1, 44, 0x807f888f,
    1, 44, 0x48791489,
    1, 44, 0xfd0a59df,
    0,
  }},
  {0xeefeee20, "vmlava.s16 lr, q7, q0", {
    1, 45, 0x3e15850f,
    1, 45, 0x6efd0125,
    1, 45, 0xd3abd59c,
    1, 45, 0xc17b778a,
    1, 45, 0x2c2ca704,
    1, 45, 0xa245b714,
    1, 45, 0x540e5b09,
    0,
  }},
  {0xeef30e24, "vmlava.s32 r0, q1, q2", {
    1, 32, 0x57e35676,
    1, 32, 0x1f47b58d,
    1, 32, 0xe13a75e9,
    1, 32, 0xc6aadc6e,
    1, 32, 0x37a0e3fa,
    1, 32, 0x946ffa73,
    1, 32, 0xe8da1fe6,
    0,
  }},
  {0xfef62f28, "vmlava.u8 r2, q3, q4", {
    1, 34, 0xcdffbd73,
    1, 34, 0x80056bd2,
    1, 34, 0xeb485995,
    1, 34, 0x80020a15,
    1, 34, 0x8dc33509,
    1, 34, 0x6d003700,
    1, 34, 0x3193800d,
    0,
  }},
  {0xfefa4e2c, "vmlava.u16 r4, q5, q6", {
    1, 36, 0x1a8b71af,
    1, 36, 0xf54ebe0b,
    1, 36, 0x49b9e109,
    1, 36, 0xbe33dfc8,
    1, 36, 0x8bb1369c,
    1, 36, 0xd6e46b09,
    1, 36, 0x9d9c0d00,
    0,
  }},
  {0xfeff6e20, "vmlava.u32 r6, q7, q0", {
    1, 38, 0xc5fe612a,
    1, 38, 0xade26bae,
    1, 38, 0x2cfc8cb4,
    1, 38, 0x9388ed46,
    1, 38, 0xf615f8b3,
    1, 38, 0xd9269fa7,
    1, 38, 0x63bb8442,
    0,
  }},
  {0xeef29f04, "vmladavx.s8 r8, q1, q2", {
    1, 40, 0x000003b5,
    1, 40, 0xffffc232,
    1, 40, 0x00000ea8,
    1, 40, 0xffff73c1,
    1, 40, 0xffff70e4,
    1, 40, 0x0000003f,
    1, 40, 0xffff6431,
    1, 40, 0x00000000,
  }},
  {0xeef6be08, "vmladavx.s16 sl, q3, q4", {
    1, 42, 0xc8e2bde7,
    1, 42, 0x6b0aa1d8,
    1, 42, 0x066015ca,
    1, 42, 0x36641f98,
    1, 42, 0x1ff28102,
    1, 42, 0xef08aced,
    1, 42, 0xdecc42e4,
    1, 42, 0x00000000,
  }},
  {0xeefbde0c, "vmladavx.s32 ip, q5, q6", {
    1, 44, 0x7197d11c,
    1, 44, 0x05390af7,
    1, 44, 0x25888051,
    1, 44, 0x9f20aaef,
    1, 44, 0x00000000,
    1, 44, 0x402ebf2a,
    1, 44, 0xf4c3a43b,
    1, 44, 0x00000000,
  }},
  {0xeefeff20, "vmladavax.s8 lr, q7, q0", {
    1, 45, 0x924defbb,
    1, 45, 0xa2a70f94,
    1, 45, 0x5cae1b57,
    1, 45, 0x42c1bba3,
    1, 45, 0x2e52962a,
    1, 45, 0x8d330833,
    1, 45, 0xa404c1cc,
    0,
  }},
  {0xeef21e24, "vmladavax.s16 r0, q1, q2", {
    1, 32, 0x4593cd05,
    1, 32, 0xa1e4facf,
    1, 32, 0x6ff76829,
    1, 32, 0xe286cce0,
    1, 32, 0xc404d4a2,
    1, 32, 0x9570d68f,
    1, 32, 0x8940209b,
    0,
  }},
  {0xeef73e28, "vmladavax.s32 r2, q3, q4", {
    1, 34, 0xa6e7cce9,
    1, 34, 0xf0e25b40,
    1, 34, 0xe8994269,
    1, 34, 0x20da3d2d,
    1, 34, 0x6bf60597,
    1, 34, 0x0caa53d5,
    1, 34, 0x508b08e5,
    0,
  }},
  {0xfefa4e0d, "vmlsdav.s8 r4, q5, q6", {
    1, 36, 0xffff9fda,
    1, 36, 0x000012cd,
    1, 36, 0x00004e8c,
    1, 36, 0x00009af1,
    1, 36, 0x00004da6,
    1, 36, 0xfffffaec,
    1, 36, 0xffff9627,
    1, 36, 0x00000000,
  }},
  {0xeefe6e01, "vmlsdav.s16 r6, q7, q0", {
    1, 38, 0xc75af5ae,
    1, 38, 0xcbcfd03c,
    1, 38, 0x298c1e35,
    1, 38, 0xfd32f492,
    1, 38, 0xff906efe,
    1, 38, 0x0d14e62b,
    1, 38, 0xfb32d3f3,
    1, 38, 0x00000000,
  }},
  {0xeef38e05, "vmlsdav.s32 r8, q1, q2", {
    1, 40, 0x39653ce4,
    1, 40, 0x4944e982,
    1, 40, 0x490dadf4,
    1, 40, 0x79565be5,
    1, 40, 0x7a911153,
    1, 40, 0x54f4ade9,
    1, 40, 0x534dd47e,
    1, 40, 0x00000000,
  }},
  {0xfef6ae29, "vmlsdava.s8 sl, q3, q4", {
    1, 42, 0xcd9a9760,
    1, 42, 0x3425b911,
    1, 42, 0x08cbcc50,
    1, 42, 0x227b6874,
    1, 42, 0x7ffff7b9,
    1, 42, 0x76b1542e,
    1, 42, 0xec3004a9,
    0,
  }},
  {0xeeface2d, "vmlsdava.s16 ip, q5, q6", {
    1, 44, 0x77bcab5d,
    1, 44, 0xf9c4c42c,
    1, 44, 0x5034fb60,
    1, 44, 0x2522fd47,
    1, 44, 0x1277ea42,
    1, 44, 0xfc46d203,
    1, 44, 0x520930ad,
    0,
  }},
  {0xeeffee21, "vmlsdava.s32 lr, q7, q0", {
    1, 45, 0x79ebdf95,
    1, 45, 0x7e94ccdb,
    1, 45, 0xdc8ee4c0,
    1, 45, 0x6baed859,
    1, 45, 0x15948dd8,
    1, 45, 0x8e8dbd1c,
    1, 45, 0xc3d8e8d1,
    0,
  }},
  {0xfef21e05, "vmlsdavx.s8 r0, q1, q2", {
    1, 32, 0x0000c569,
    1, 32, 0x000070bb,
    1, 32, 0x000050fe,
    1, 32, 0x0000640e,
    1, 32, 0xffffff50,
    1, 32, 0xfffff400,
    1, 32, 0x000000ee,
    1, 32, 0x00000000,
  }},
  {0xeef63e09, "vmlsdavx.s16 r2, q3, q4", {
    1, 34, 0x6ace6a01,
    1, 34, 0x091692f9,
    1, 34, 0x164559a5,
    1, 34, 0xca1fa613,
    1, 34, 0xfcf44b5c,
    1, 34, 0x1a7e9cfe,
    1, 34, 0xf2ca0747,
    1, 34, 0x00000000,
  }},
  {0xeefb5e0d, "vmlsdavx.s32 r4, q5, q6", {
    1, 36, 0xaf93012a,
    1, 36, 0xc0501995,
    1, 36, 0xfce6efc2,
    1, 36, 0x2abef9a6,
    1, 36, 0x59aed795,
    1, 36, 0x504e8bfd,
    1, 36, 0x10932b34,
    1, 36, 0x00000000,
  }},
  {0xfefe7e21, "vmlsdavax.s8 r6, q7, q0", {
    1, 38, 0x800066e3,
    1, 38, 0xf14c4709,
    1, 38, 0x9557868f,
    1, 38, 0x4fd11e7e,
    1, 38, 0x7f52bbb3,
    1, 38, 0x8de7368f,
    1, 38, 0x808094c4,
    0,
  }},
  {0xeef29e25, "vmlsdavax.s16 r8, q1, q2", {
    1, 40, 0x4d5099af,
    1, 40, 0x696893c5,
    1, 40, 0x4d4ac5db,
    1, 40, 0x2f4008aa,
    1, 40, 0xaaf45646,
    1, 40, 0x602f1d2b,
    1, 40, 0xe938ab43,
    0,
  }},
  {0xeef7be29, "vmlsdavax.s32 sl, q3, q4", {
    1, 42, 0x9bb45002,
    1, 42, 0x98d7359f,
    1, 42, 0x7778a5b9,
    1, 42, 0x5d89a609,
    1, 42, 0xac8c64d8,
    1, 42, 0x312188d7,
    1, 42, 0xb003036c,
    0,
  }},
  {0xee820e04, "vmlalv.s16 r0, r1, q1, q2", {
    2, 32, 0x0bf11de8, 33, 0x00000000,
    2, 32, 0x19d86a89, 33, 0x00000000,
    2, 32, 0xb4e94e36, 33, 0xffffffff,
    2, 32, 0xddd7c90d, 33, 0xffffffff,
    2, 32, 0xefa86610, 33, 0xffffffff,
    2, 32, 0xfffffe30, 33, 0xffffffff,
    2, 32, 0xe3ba84c8, 33, 0xffffffff,
    2, 32, 0x00000000, 33, 0x00000000,
  }},
  {0xee972e08, "vmlalv.s32 r2, r3, q3, q4", {
    2, 34, 0xd3709ea0, 35, 0x3108dcdc,
    2, 34, 0x93f0a181, 35, 0x8e96e193,
    2, 34, 0x2f3cdb11, 35, 0x00c40a0d,
    2, 34, 0xae1c3770, 35, 0x57de6abb,
    2, 34, 0x5144ae0c, 35, 0xfb1580a6,
    2, 34, 0x1001a4bb, 35, 0xdab65f44,
    2, 34, 0x0c381a4b, 35, 0x09379e65,
    2, 34, 0x00000000, 35, 0x00000000,
  }},
  {0xfeaa4e0c, "vmlalv.u16 r4, r5, q5, q6", {
    2, 36, 0x6dfbd9c4, 37, 0x00000000,
    2, 36, 0x510b2ad0, 37, 0x00000001,
    2, 36, 0xc07d68ee, 37, 0x00000001,
    2, 36, 0xe96a5fc3, 37, 0x00000002,
    2, 36, 0x0586647a, 37, 0x00000001,
    2, 36, 0x91c3c5ad, 37, 0x00000000,
    2, 36, 0xc4316ee2, 37, 0x00000000,
    2, 36, 0x00000000, 37, 0x00000000,
  }},
  {0xfebf6e00, "vmlalv.u32 r6, r7, q7, q0", {
    2, 38, 0x282778bd, 39, 0x6c11b364,
    2, 38, 0x8d973aa3, 39, 0xe8c754e2,
    2, 38, 0x0584d265, 39, 0xa085d79b,
    2, 38, 0x3778f3ab, 39, 0x1037ad5f,
    2, 38, 0xfdb00be3, 39, 0xf20d045e,
    2, 38, 0xf9c98000, 39, 0x5caed677,
    2, 38, 0xd2f30000, 39, 0x8d0e1392,
    2, 38, 0x00000000, 39, 0x00000000,
  }},
  {0xeec28e24, "vmlalva.s16 r8, r9, q1, q2", {
    2, 40, 0xcc40d7ef, 41, 0x000a07d0,
    1, 40, 0xd974c974,
    1, 40, 0x68c5e021,
    1, 40, 0x7717348e,
    1, 40, 0x477c51e0,
    2, 40, 0xf4d36523, 41, 0x9864ea70,
    1, 40, 0x69477a4a,
    0,
  }},
  {0xeed7ae28, "vmlalva.s32 sl, fp, q3, q4", {
    2, 42, 0x5cb96d7f, 43, 0x54b88c99,
    2, 42, 0x25531f47, 43, 0x06aaa537,
    2, 42, 0x03cd6dac, 43, 0x487ca714,
    2, 42, 0x9694b8aa, 43, 0x8472cf4b,
    2, 42, 0x02e55d65, 43, 0x19fd3405,
    2, 42, 0x913b9f08, 43, 0x89ecf2d4,
    2, 42, 0xb8af2f78, 43, 0x769d7b80,
    0,
  }},
  {0xfe8ace2c, "vmlalva.u16 ip, r1, q5, q6", {
    2, 33, 0x7f7f7f81, 44, 0x7bbfa7ee,
    2, 33, 0x00010002, 44, 0x43bb0cb0,
    2, 33, 0xffff8001, 44, 0x291ba769,
    2, 33, 0x550dd269, 44, 0x3747da6c,
    1, 44, 0x529b2002,
    2, 33, 0x946e0584, 44, 0x0dec14e5,
    1, 44, 0xfd0eec8f,
    0,
  }},
  {0xfe9fee20, "vmlalva.u32 lr, r3, q7, q0", {
    2, 35, 0x56a48c1e, 45, 0xbf06154c,
    2, 35, 0xb86dbaf2, 45, 0xf75ddad4,
    2, 35, 0x664aabc8, 45, 0xb417af1b,
    2, 35, 0x01865ece, 45, 0xd6156cd7,
    0,
    2, 35, 0x585abf46, 45, 0xf4fbb6cf,
    2, 35, 0x8945f575, 45, 0x9361240c,
    0,
  }},
  {0xeea21e04, "vmlaldavx.s16 r0, r5, q1, q2", {
    2, 32, 0x35bc9b24, 37, 0x00000000,
    2, 32, 0xd8d31457, 37, 0xffffffff,
    2, 32, 0x0ca7dbdc, 37, 0x00000000,
    2, 32, 0xd1f759a2, 37, 0xffffffff,
    2, 32, 0xf2b07d7d, 37, 0xffffffff,
    2, 32, 0xdd8c9f0c, 37, 0xffffffff,
    2, 32, 0x29896be2, 37, 0x00000000,
    2, 32, 0x00000000, 37, 0x00000000,
  }},
  {0xeeb73e08, "vmlaldavx.s32 r2, r7, q3, q4", {
    2, 34, 0xfe64323d, 39, 0xe6c7f4ef,
    2, 34, 0xcf27d86f, 39, 0xffb43a50,
    2, 34, 0x0508b5f7, 39, 0x17adb57e,
    2, 34, 0xab1a5195, 39, 0x04e0ac5c,
    2, 34, 0xf9a9f1bd, 39, 0xf8bc777b,
    2, 34, 0xfe8f3509, 39, 0x0d4d2c90,
    2, 34, 0x7fe2df56, 39, 0xea8b7402,
    2, 34, 0x00000000, 39, 0x00000000,
  }},
  {0xeeca5e2c, "vmlaldavax.s16 r4, r9, q5, q6", {
    1, 36, 0x3dcc396f,
    1, 36, 0xa2e0c1b1,
    1, 36, 0x255aadb4,
    1, 36, 0x65508b45,
    2, 36, 0x2f23caa4, 41, 0x95da8a4b,
    2, 36, 0xe1f2533f, 41, 0x0b7cc608,
    1, 36, 0x8436a19c,
    0,
  }},
  {0xeedf7e20, "vmlaldavax.s32 r6, fp, q7, q0", {
    2, 38, 0xe8de70e5, 43, 0x3b13a990,
    2, 38, 0xe8815be7, 43, 0xc80dab33,
    2, 38, 0x866edabd, 43, 0x3d8e02e4,
    2, 38, 0xc0381682, 43, 0xd9138a94,
    2, 38, 0x9e398ced, 43, 0x8fb068ec,
    2, 38, 0xc9fe4fc8, 43, 0x1d76bbfb,
    2, 38, 0xfe7d77b6, 43, 0x878c5797,
    0,
  }},
  {0xee820e05, "vmlsldav.s16 r0, r1, q1, q2", {
    2, 32, 0x42e1e856, 33, 0x00000000,
    2, 32, 0xe48b1f8a, 33, 0xffffffff,
    2, 32, 0x90c21cde, 33, 0xffffffff,
    2, 32, 0x2da96a24, 33, 0x00000000,
    2, 32, 0x00e43092, 33, 0x00000000,
    2, 32, 0xd55f167c, 33, 0xffffffff,
    2, 32, 0x44585415, 33, 0x00000000,
    2, 32, 0x00000000, 33, 0x00000000,
  }},
  {0xee972e09, "vmlsldav.s32 r2, r3, q3, q4", {
    2, 34, 0x43200f09, 35, 0xeb309fd5,
    2, 34, 0xd9bfe568, 35, 0x01cddbc7,
    2, 34, 0x03253480, 35, 0xd24aace7,
    2, 34, 0x610bbceb, 35, 0xbb398d6e,
    2, 34, 0xaec7e580, 35, 0x02f1a0b5,
    2, 34, 0x583fdc72, 35, 0x28ea49fb,
    2, 34, 0x3a2d6948, 35, 0xe51c9305,
    2, 34, 0x00000000, 35, 0x00000000,
  }},
  {0xeeaa4e2d, "vmlsldava.s16 r4, r5, q5, q6", {
    1, 36, 0x71c79ef6,
    1, 36, 0x373da7d4,
    2, 36, 0x9c406f79, 37, 0x4338404d,
    1, 36, 0xce5bb903,
    1, 36, 0xb7d00a87,
    2, 36, 0xed5e6a6c, 37, 0xce03e9a3,
    1, 36, 0x95dad22d,
    0,
  }},
  {0xeebf6e21, "vmlsldava.s32 r6, r7, q7, q0", {
    2, 38, 0xb1b0e4be, 39, 0xb3649989,
    2, 38, 0x87294a5a, 39, 0x8752c1b1,
    2, 38, 0x4878b2ec, 39, 0x45b5bb80,
    2, 38, 0xccceed52, 39, 0xad6389cb,
    2, 38, 0xd354bac5, 39, 0x6c8b85d4,
    2, 38, 0x43a53b63, 39, 0xba2b94de,
    2, 38, 0x4759b2d0, 39, 0x59221a7a,
    0,
  }},
  {0xeec29e05, "vmlsldavx.s16 r8, r9, q1, q2", {
    2, 40, 0x0e74fb2a, 41, 0x00000000,
    2, 40, 0x328be871, 41, 0x00000000,
    2, 40, 0xae6f9761, 41, 0xffffffff,
    2, 40, 0x489b94fa, 41, 0x00000000,
    2, 40, 0x2ad38777, 41, 0x00000000,
    2, 40, 0x1682f034, 41, 0x00000000,
    2, 40, 0x20322b62, 41, 0x00000000,
    2, 40, 0x00000000, 41, 0x00000000,
  }},
  {0xeed7be09, "vmlsldavx.s32 sl, fp, q3, q4", {
    2, 42, 0x0d63e2b5, 43, 0x0f9fb1e7,
    2, 42, 0x0e4e2515, 43, 0xe887a4c6,
    2, 42, 0x239d0119, 43, 0x0568056b,
    2, 42, 0x8e119041, 43, 0x704d48a5,
    2, 42, 0x401b7ca3, 43, 0x18952c44,
    2, 42, 0x8b31bbc4, 43, 0xfb6cbb28,
    2, 42, 0x00000000, 43, 0x00000000,
    2, 42, 0x00000000, 43, 0x00000000,
  }},
  {0xee8ade2d, "vmlsldavax.s16 ip, r1, q5, q6", {
    2, 33, 0xb6b941dc, 44, 0x012cc274,
    1, 44, 0x691895f1,
    1, 44, 0x98153ced,
    1, 44, 0xc4494765,
    1, 44, 0x591ab301,
    1, 44, 0x916f0732,
    2, 33, 0x7f7f7f80, 44, 0x168d9854,
    0,
  }},
  {0xee9ffe21, "vmlsldavax.s32 lr, r3, q7, q0", {
    2, 35, 0xed05bd14, 45, 0x67c02b3c,
    2, 35, 0x2e546954, 45, 0x6c2cb14f,
    2, 35, 0xdbeefbb4, 45, 0x09163819,
    2, 35, 0x4ded1447, 45, 0x5b62b57a,
    2, 35, 0x8c93634c, 45, 0x2fed18f8,
    2, 35, 0x45e5865c, 45, 0xc459a581,
    2, 35, 0xb19b55fa, 45, 0x7c7ab6a7,
    0,
  }},
  {0xee820f04, "vrmlalvh.s32 r0, r1, q1, q2", {
    2, 32, 0x1e827993, 33, 0xffe2466c,
    2, 32, 0x6c0168bd, 33, 0x00218529,
    2, 32, 0x45577726, 33, 0x00451f69,
    2, 32, 0x6d581eb0, 33, 0xffddc959,
    2, 32, 0x5876d0ef, 33, 0xffd58d20,
    2, 32, 0xe2d0fd66, 33, 0x001fdfcc,
    2, 32, 0x67349a54, 33, 0x008158b3,
    2, 32, 0x00000000, 33, 0x00000000,
  }},
  {0xeec62f08, "vrmlalvh.s32 r2, r9, q3, q4", {
    2, 34, 0xa78fd313, 41, 0x000e320e,
    2, 34, 0xcab8fc17, 41, 0xffeb19a6,
    2, 34, 0xddd85a95, 41, 0xfff578bd,
    2, 34, 0xbec62e81, 41, 0xffd6929d,
    2, 34, 0x72c2ea16, 41, 0xfff55ec7,
    2, 34, 0x43645968, 41, 0xffba7c78,
    2, 34, 0x996d96c8, 41, 0xffce2968,
    2, 34, 0x00000000, 41, 0x00000000,
  }},
  {0xfeaa4f0c, "vrmlalvh.u32 r4, r5, q5, q6", {
    2, 36, 0x9f780ef1, 37, 0x01697d9d,
    2, 36, 0x2e8a5eeb, 37, 0x018bc51d,
    2, 36, 0x24cdc594, 37, 0x006e770a,
    2, 36, 0x1d205a99, 37, 0x008fb86b,
    2, 36, 0xe7901bcd, 37, 0x006efcfa,
    2, 36, 0x323a0b9c, 37, 0x0039ef32,
    2, 36, 0xcb613e88, 37, 0x003de48a,
    2, 36, 0x00000000, 37, 0x00000000,
  }},
  {0xfede6f00, "vrmlalvh.u32 r6, fp, q7, q0", {
    2, 38, 0xef6ba221, 43, 0x006db189,
    2, 38, 0x2505a0f0, 43, 0x01397564,
    2, 38, 0xd302d5d5, 43, 0x00806167,
    2, 38, 0xba745425, 43, 0x00f23754,
    2, 38, 0x6f50ee11, 43, 0x007f0ab1,
    2, 38, 0x55caeb67, 43, 0x0058dd37,
    2, 38, 0x2867644a, 43, 0x002afe7f,
    2, 38, 0x00000000, 43, 0x00000000,
  }},
  {0xeec28f24, "vrmlalvha.s32 r8, r9, q1, q2", {
    2, 40, 0x9e0365d8, 41, 0x00033aa1,
    2, 40, 0x9f0fe2f5, 41, 0x7ff25454,
    2, 40, 0x9a372194, 41, 0xbd092d70,
    2, 40, 0xee282135, 41, 0x4e070c97,
    2, 40, 0x685339cf, 41, 0x80a19e6c,
    2, 40, 0xba9c5df3, 41, 0xc407d249,
    0,
    0,
  }},
  {0xeeb2af24, "vrmlalvha.s32 sl, r7, q1, q2", {
    2, 39, 0x06244a3e, 42, 0xf9447a70,
    2, 39, 0xe7db7035, 42, 0xacb9b16b,
    2, 39, 0x66be1fa9, 42, 0x953ea86b,
    2, 39, 0x5cf22e83, 42, 0x1d10bc66,
    2, 39, 0x6a423d80, 42, 0x672b20ab,
    2, 39, 0x80cd985b, 42, 0x784fe22b,
    2, 39, 0x0ce65c54, 42, 0x4e46cdd6,
    0,
  }},
  {0xfe96cf28, "vrmlalvha.u32 ip, r3, q3, q4", {
    2, 35, 0x5aa00e65, 44, 0xec791d1e,
    2, 35, 0xd0446ff9, 44, 0xbb9965e2,
    2, 35, 0xb655e94a, 44, 0x06b54806,
    2, 35, 0x8065c9df, 44, 0xe8551c9c,
    2, 35, 0xfaa31b71, 44, 0x3fd91e0b,
    2, 35, 0x8a5f9d2d, 44, 0x3836b90e,
    2, 35, 0x96d9a9ee, 44, 0xbabb813a,
    0,
  }},
  {0xfedaef2c, "vrmlalvha.u32 lr, fp, q5, q6", {
    2, 43, 0xde5d0d43, 45, 0xe51bd9b6,
    2, 43, 0x80952a57, 45, 0x3569659f,
    2, 43, 0x75670c4f, 45, 0xaba2c8fe,
    2, 43, 0x0dad5bfd, 45, 0x26e299c3,
    2, 43, 0x6ccb3bc4, 45, 0xafee4c81,
    2, 43, 0x24c83f2d, 45, 0x1621bcb0,
    2, 43, 0x673929e1, 45, 0xd3e56e4d,
    0,
  }},
  {0xeeae1f00, "vrmlaldavhx.s32 r0, r5, q7, q0", {
    2, 32, 0x4444a3f9, 37, 0x002493fd,
    2, 32, 0x2984f778, 37, 0xfff52dba,
    2, 32, 0x627d71bf, 37, 0xffe1a0e7,
    2, 32, 0xba134fab, 37, 0xffbb79d9,
    2, 32, 0xe9686800, 37, 0xffc0005e,
    2, 32, 0xe0500ddf, 37, 0x000a4bb9,
    2, 32, 0xa8178dd3, 37, 0xffcc9a6b,
    2, 32, 0x00000000, 37, 0x00000000,
  }},
  {0xeec23f04, "vrmlaldavhx.s32 r2, r9, q1, q2", {
    2, 34, 0x09984635, 41, 0x0014bb81,
    2, 34, 0x7f7f5957, 41, 0xffc64fce,
    2, 34, 0xdd29dcb9, 41, 0xfff62271,
    2, 34, 0xefc40cea, 41, 0x002e942e,
    2, 34, 0x12058af9, 41, 0x0011dda1,
    2, 34, 0xff9a2f00, 41, 0x000c5ed8,
    2, 34, 0xc0fc42bd, 41, 0xffed6d52,
    2, 34, 0x00000000, 41, 0x00000000,
  }},
  {0xee865f28, "vrmlaldavhax.s32 r4, r1, q3, q4", {
    2, 33, 0x802fcbcc, 36, 0x2228619b,
    2, 33, 0x584e4e30, 36, 0xb283833f,
    2, 33, 0xac8cd59d, 36, 0x4eb3b064,
    2, 33, 0xefc47145, 36, 0x043abcd5,
    2, 33, 0x8725dc0a, 36, 0x6f0fe777,
    2, 33, 0x9c7acab4, 36, 0x45899314,
    2, 33, 0x9f2781f9, 36, 0x237535ff,
    0,
  }},
  {0xeeda7f2c, "vrmlaldavhax.s32 r6, fp, q5, q6", {
    2, 38, 0x182ab5fd, 43, 0x2d169f6b,
    2, 38, 0xb7c3c766, 43, 0x010dcc16,
    2, 38, 0x28dfb810, 43, 0x9220a0bc,
    2, 38, 0xf5b06bd7, 43, 0x46ffe1bd,
    0,
    2, 38, 0x292c87b1, 43, 0x074d164d,
    2, 38, 0x4598e623, 43, 0x5674c566,
    0,
  }},
  {0xfe820e05, "vrmlsldavh.s32 r0, r1, q1, q2", {
    2, 32, 0x40608ae0, 33, 0xfffd4c5d,
    2, 32, 0x9d41b5fd, 33, 0xffcf067e,
    2, 32, 0xa8768fa3, 33, 0x00136c6f,
    2, 32, 0x835fface, 33, 0x00295686,
    2, 32, 0xfff0ae76, 33, 0xffffffff,
    2, 32, 0x7335b37f, 33, 0xffd75248,
    2, 32, 0x56c2052e, 33, 0x000ee825,
    2, 32, 0x00000000, 33, 0x00000000,
  }},
  {0xfe962e29, "vrmlsldavha.s32 r2, r3, q3, q4", {
    2, 34, 0xe5ae5a4b, 35, 0x00aa6051,
    2, 34, 0x5433fb93, 35, 0x404bdf6d,
    2, 34, 0xbbf30477, 35, 0x90291cc0,
    2, 34, 0x704c68b5, 35, 0x4efcb486,
    0,
    2, 34, 0xd0afad90, 35, 0x721c7b75,
    2, 34, 0x4f7dc333, 35, 0xffa54d84,
    0,
  }},
  {0xfeaa5e0d, "vrmlsldavhx.s32 r4, r5, q5, q6", {
    2, 36, 0x7df0669f, 37, 0xffeb3450,
    2, 36, 0x75f510ab, 37, 0x0008e02e,
    2, 36, 0x0dfb1b1c, 37, 0x000b548b,
    2, 36, 0x2e1b4233, 37, 0xffcd6da1,
    2, 36, 0x687b850b, 37, 0x000a851b,
    2, 36, 0x8338ee81, 37, 0x000f9a15,
    2, 36, 0x00000000, 37, 0x00000000,
    2, 36, 0x00000000, 37, 0x00000000,
  }},
  {0xfebe7e21, "vrmlsldavhax.s32 r6, r7, q7, q0", {
    2, 38, 0x56f18a6f, 39, 0x767155f2,
    2, 38, 0x842b8a18, 39, 0x00221ff2,
    2, 38, 0x57a2ca74, 39, 0x0feb3372,
    2, 38, 0xa7b5eb9d, 39, 0x0bd8ebfd,
    2, 38, 0xfa414f25, 39, 0xffd86129,
    2, 38, 0x96a92b8d, 39, 0xd335ccc5,
    2, 38, 0x29b5e789, 39, 0xffff8043,
    0,
  }},
  {0xee820f05, "vabav.s8 r0, q1, q2", {
    1, 32, 0x000003ef,
    1, 32, 0x88a0ca01,
    1, 32, 0xb2649a93,
    1, 32, 0x5e2590ec,
    1, 32, 0x80000202,
    1, 32, 0x10a35071,
    1, 32, 0x00010272,
    0,
  }},
  {0xee961f09, "vabav.s16 r1, q3, q4", {
    1, 33, 0x4d4285a4,
    1, 33, 0x38c13609,
    1, 33, 0x544daafa,
    1, 33, 0xc0ecf256,
    1, 33, 0x6a8002d3,
    1, 33, 0x000051e3,
    1, 33, 0x5dd80ea5,
    0,
  }},
  {0xeeaacf0d, "vabav.s32 ip, q5, q6", {
    1, 44, 0x67354226,
    1, 44, 0x7ee4645c,
    1, 44, 0xbc0e9d36,
    1, 44, 0x47e873c1,
    1, 44, 0x355583a0,
    1, 44, 0x91fa6ddf,
    1, 44, 0x93172b22,
    0,
  }},
  {0xfe8eef01, "vabav.u8 lr, q7, q0", {
    1, 45, 0x4123b6d1,
    1, 45, 0xe8d52c77,
    1, 45, 0xaad8624e,
    1, 45, 0x7ec9bb24,
    1, 45, 0x7fff81ee,
    1, 45, 0xba71a85a,
    1, 45, 0x78ea57fe,
    0,
  }},
  {0xfe923f03, "vabav.u16 r3, q1, q1", {
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
  }},
  {0xfea68f09, "vabav.u32 r8, q3, q4", {
    1, 40, 0xc51187c9,
    1, 40, 0xf533cbe7,
    1, 40, 0xd38ebd17,
    1, 40, 0x6f0e5cb3,
    1, 40, 0x8e99d4da,
    1, 40, 0x8def70a5,
    1, 40, 0xd57f8dd1,
    0,
  }},
  {0xeef10f02, "vaddv.s8 r0, q1", {
    1, 32, 0x000001ee,
    1, 32, 0x00000007,
    1, 32, 0xffffffd3,
    1, 32, 0xfffffd51,
    1, 32, 0x000000a8,
    1, 32, 0x0000006c,
    1, 32, 0xffffff9d,
    1, 32, 0x00000000,
  }},
  {0xeef52f06, "vaddv.s16 r2, q3", {
    1, 34, 0x0001596a,
    1, 34, 0xffff55d6,
    1, 34, 0x0000f6f9,
    1, 34, 0x00003886,
    1, 34, 0xfffff6a0,
    1, 34, 0xfffff215,
    1, 34, 0xffff86ee,
    1, 34, 0x00000000,
  }},
  {0xeef94f0a, "vaddv.s32 r4, q5", {
    1, 36, 0x9c16650e,
    1, 36, 0xdb407512,
    1, 36, 0xb9559c55,
    1, 36, 0x1e1f76e5,
    1, 36, 0x1fa5b4eb,
    1, 36, 0xb295adc1,
    1, 36, 0xfdd6f1c8,
    1, 36, 0x00000000,
  }},
  {0xfef16f0e, "vaddv.u8 r6, q7", {
    1, 38, 0x00000a20,
    1, 38, 0x000004e0,
    1, 38, 0x000007fc,
    1, 38, 0x0000075e,
    1, 38, 0x00000346,
    1, 38, 0x00000447,
    1, 38, 0x000002b7,
    1, 38, 0x00000000,
  }},
  {0xfef58f00, "vaddv.u16 r8, q0", {
    1, 40, 0x00039415,
    1, 40, 0x000523f4,
    1, 40, 0x00032eb5,
    1, 40, 0x00025915,
    1, 40, 0x00000ea7,
    1, 40, 0x00015dd7,
    1, 40, 0x00014814,
    1, 40, 0x00000000,
  }},
  {0xfef9af04, "vaddv.u32 sl, q2", {
    1, 42, 0x45739062,
    1, 42, 0xec82a839,
    1, 42, 0xbd5e3723,
    1, 42, 0x799fc1a4,
    1, 42, 0xc9e9b0cc,
    1, 42, 0xc4098d31,
    1, 42, 0xb5029921,
    1, 42, 0x00000000,
  }},
  {0xeef1cf28, "vaddva.s8 ip, q4", {
    1, 44, 0x63f29629,
    1, 44, 0xcaa01137,
    1, 44, 0x23b234cf,
    1, 44, 0xc4a939c8,
    1, 44, 0x725ec36b,
    1, 44, 0xf600952a,
    1, 44, 0x7fffff13,
    0,
  }},
  {0xeef5ef2c, "vaddva.s16 lr, q6", {
    1, 45, 0x5f7fbe03,
    1, 45, 0xffff7684,
    1, 45, 0xdf5995fb,
    1, 45, 0x36eec1ec,
    1, 45, 0xffffc558,
    1, 45, 0x5a7dc5d4,
    1, 45, 0x24e36e62,
    0,
  }},
  {0xeef90f22, "vaddva.s32 r0, q1", {
    1, 32, 0x7f5c7fc7,
    1, 32, 0x9f1c088c,
    1, 32, 0x8f738e03,
    1, 32, 0x7a2c2f93,
    1, 32, 0x8a9dd075,
    1, 32, 0x162e9fd6,
    0,
    0,
  }},
  {0xfef12f26, "vaddva.u8 r2, q3", {
    1, 34, 0x80808768,
    1, 34, 0x80808bbc,
    1, 34, 0x00000798,
    1, 34, 0x45038bef,
    1, 34, 0x7fff83ec,
    1, 34, 0x293721ed,
    1, 34, 0x4ef2a503,
    0,
  }},
  {0xfef54f2a, "vaddva.u16 r4, q5", {
    1, 36, 0x50864589,
    1, 36, 0x43f3644f,
    1, 36, 0x0ee65894,
    1, 36, 0x46d988dd,
    1, 36, 0x03aa4b99,
    1, 36, 0x01bc13e3,
    1, 36, 0x00042dbe,
    0,
  }},
  {0xfef96f2e, "vaddva.u32 r6, q7", {
    1, 38, 0x7d5e483a,
    1, 38, 0xe497d52c,
    1, 38, 0x278ec94a,
    1, 38, 0xf51eb6a9,
    1, 38, 0x9e6b5242,
    1, 38, 0x1b8e5da8,
    0,
    0,
  }},
  {0xee890f02, "vaddlv.s32 r0, r1, q1", {
    2, 32, 0xe02386a3, 33, 0xffffffff,
    2, 32, 0xc5f4ae34, 33, 0x00000000,
    2, 32, 0x1ca2beeb, 33, 0x00000000,
    2, 32, 0xd165d5e8, 33, 0xffffffff,
    2, 32, 0x7f7f7f7f, 33, 0x00000000,
    2, 32, 0x48211436, 33, 0x00000000,
    2, 32, 0x6e14e3e9, 33, 0xffffffff,
    2, 32, 0x00000000, 33, 0x00000000,
  }},
  {0xfed92f06, "vaddlv.u32 r2, fp, q3", {
    2, 34, 0x7d21de9a, 43, 0x00000000,
    2, 34, 0x8adb3261, 43, 0x00000001,
    2, 34, 0x2921183b, 43, 0x00000002,
    2, 34, 0x561053c8, 43, 0x00000000,
    2, 34, 0xffff8000, 43, 0x00000000,
    2, 34, 0xa9ba9faa, 43, 0x00000000,
    2, 34, 0x00000000, 43, 0x00000000,
    2, 34, 0x00000000, 43, 0x00000000,
  }},
  {0xeea94f2a, "vaddlva.s32 r4, r5, q5", {
    1, 36, 0x806ce724,
    1, 36, 0x0f0ff2f3,
    1, 36, 0xeff030cf,
    1, 36, 0x23077401,
    1, 36, 0x711628d1,
    1, 36, 0x3e456e5a,
    1, 36, 0x45970ab7,
    0,
  }},
  {0xfec9ef2e, "vaddlva.u32 lr, r9, q7", {
    2, 41, 0x00000000, 45, 0x9eedc426,
    2, 41, 0x574e6d8b, 45, 0x9e3e09cf,
    2, 41, 0xc9b86e4c, 45, 0x86ef4441,
    2, 41, 0x353779e5, 45, 0x1f5ee147,
    2, 41, 0x19c61e16, 45, 0xc0d4ff3b,
    1, 45, 0xf0baf95e,
    1, 45, 0xcf4747ca,
    0,
  }},
  {0xeee20f02, "vmaxv.s8 r0, q1", {
    1, 32, 0x0000007f,
    1, 32, 0x0000007f,
    1, 32, 0x0000004e,
    1, 32, 0x0000007f,
    1, 32, 0x0000007f,
    1, 32, 0x00000078,
    1, 32, 0x0000005c,
    1, 32, 0x0000007d,
  }},
  {0xeee61f04, "vmaxv.s16 r1, q2", {
    1, 33, 0x00005a50,
    1, 33, 0x00003580,
    1, 33, 0x00006bbc,
    1, 33, 0x00007fff,
    1, 33, 0x00005550,
    1, 33, 0x0000612f,
    1, 33, 0x0000433d,
    0,
  }},
  {0xeeea2f06, "vmaxv.s32 r2, q3", {
    0,
    0,
    1, 34, 0x637fef5e,
    0,
    0,
    1, 34, 0x6b180581,
    0,
    0,
  }},
  {0xfee23f08, "vmaxv.u8 r3, q4", {
    1, 35, 0x000000e9,
    1, 35, 0x000000ff,
    1, 35, 0x000000f9,
    1, 35, 0x000000f9,
    1, 35, 0x000000ff,
    1, 35, 0x000000ff,
    1, 35, 0x000000ff,
    1, 35, 0x00000003,
  }},
  {0xfee64f0a, "vmaxv.u16 r4, q5", {
    0,
    1, 36, 0x0000e387,
    1, 36, 0x0000cce9,
    1, 36, 0x0000e837,
    1, 36, 0x0000c87e,
    1, 36, 0x0000ccbb,
    1, 36, 0x0000b273,
    1, 36, 0x00001b45,
  }},
  {0xfeea5f0c, "vmaxv.u32 r5, q6", {
    0,
    0,
    1, 37, 0xd7d9e5c5,
    0,
    1, 37, 0xcc0eb37b,
    1, 37, 0xe8f9cb30,
    1, 37, 0xbcede0f5,
    0,
  }},
  {0xeee26f8e, "vminv.s8 r6, q7", {
    1, 38, 0xffffff8b,
    1, 38, 0xffffffaa,
    1, 38, 0xffffff80,
    1, 38, 0xffffff8a,
    1, 38, 0xffffff8a,
    1, 38, 0xffffff8b,
    1, 38, 0xffffffa4,
    1, 38, 0xffffffe2,
  }},
  {0xeee67f80, "vminv.s16 r7, q0", {
    1, 39, 0xffffa60d,
    1, 39, 0xffff9244,
    1, 39, 0xffff9d6f,
    1, 39, 0xffffb007,
    1, 39, 0xffff99f1,
    1, 39, 0xffff9bad,
    1, 39, 0xffffe866,
    1, 39, 0x000030e0,
  }},
  {0xeeea8f82, "vminv.s32 r8, q1", {
    1, 40, 0x842dec6b,
    0,
    0,
    1, 40, 0x93689772,
    0,
    0,
    0,
    0,
  }},
  {0xfee29f84, "vminv.u8 r9, q2", {
    1, 41, 0x00000000,
    1, 41, 0x00000000,
    1, 41, 0x00000012,
    1, 41, 0x00000000,
    1, 41, 0x00000000,
    0,
    1, 41, 0x00000000,
    1, 41, 0x000000cf,
  }},
  {0xfee6af86, "vminv.u16 sl, q3", {
    1, 42, 0x00000a3f,
    1, 42, 0x00004d6b,
    1, 42, 0x000024e1,
    1, 42, 0x00000000,
    1, 42, 0x00000001,
    1, 42, 0x00000000,
    1, 42, 0x00000000,
    1, 42, 0x0000ea75,
  }},
  {0xfeeabf88, "vminv.u32 fp, q4", {
    1, 43, 0x74441cbe,
    1, 43, 0x00000001,
    1, 43, 0x041bb188,
    1, 43, 0x80b5e8b9,
    1, 43, 0x01010101,
    0,
    1, 43, 0x6d120e0f,
    0,
  }},
  {0xeee0cf0a, "vmaxav.s8 ip, q5", {
    1, 44, 0x0000007b,
    1, 44, 0x00000078,
    1, 44, 0x0000007f,
    1, 44, 0x000000cf,
    1, 44, 0x000000d3,
    1, 44, 0x00000080,
    1, 44, 0x00000063,
    1, 44, 0x000000cc,
  }},
  {0xeee4ef0c, "vmaxav.s16 lr, q6", {
    1, 45, 0x00006970,
    1, 45, 0x00007ee9,
    1, 45, 0x00006a82,
    1, 45, 0x00007fff,
    1, 45, 0x0000a00c,
    1, 45, 0x000075a8,
    1, 45, 0x0000fd2d,
    1, 45, 0x000070e1,
  }},
  {0xeee80f0e, "vmaxav.s32 r0, q7", {
    0,
    1, 32, 0x7f7f7f80,
    0,
    0,
    0,
    1, 32, 0x7fff8000,
    0,
    0,
  }},
  {0xeee01f80, "vminav.s8 r1, q0", {
    1, 33, 0x00000000,
    1, 33, 0x00000001,
    1, 33, 0x00000004,
    1, 33, 0x00000003,
    1, 33, 0x00000001,
    1, 33, 0x00000001,
    1, 33, 0x00000010,
    1, 33, 0x000000be,
  }},
  {0xeee42f82, "vminav.s16 r2, q1", {
    1, 34, 0x00000000,
    1, 34, 0x000012ef,
    1, 34, 0x00000001,
    1, 34, 0x000000ff,
    1, 34, 0x00000001,
    1, 34, 0x0000398f,
    1, 34, 0x00000001,
    1, 34, 0x0000c35d,
  }},
  {0xeee83f84, "vminav.s32 r3, q2", {
    1, 35, 0x0f9f8fe3,
    1, 35, 0x00000000,
    1, 35, 0x00008000,
    1, 35, 0x06ed6933,
    1, 35, 0x0fa02d2d,
    1, 35, 0x2851d9c6,
    1, 35, 0x10ebf4b7,
    0,
  }},
};

// ---------------------------------------------------------------------------
// QEMU reference
// ---------------------------------------------------------------------------

TEST(MveMac, QemuReference) {
  size_t cases = 0;
  for (size_t i = 0; i < std::size(kQemuCases); ++i) {
    const QemuCase& q = kQemuCases[i];
    {
      Machine m(q.enc);
      EXPECT_EQ(m.text(), q.text) << hex(q.enc);
    }
    size_t at = 0;
    for (unsigned k = 0; k < 8; ++k) {
      ASSERT_LT(at, q.changes.size()) << q.text;
      bool predicated = false;
      const State in = make_case(static_cast<unsigned>(i), k, predicated);
      State expect = in;
      const uint32_t count = q.changes[at++];
      for (uint32_t j = 0; j < count; ++j, at += 2) expect.w[q.changes[at]] = q.changes[at + 1];
      std::string error;
      const State got = run_case(q.enc, in, predicated, error);
      SCOPED_TRACE(std::string(q.text) + " case " + std::to_string(k));
      EXPECT_EQ(error, "");
      for (unsigned w = 0; w < 48; ++w) {
        if (w == kP0) continue;
        EXPECT_EQ(hex(got.w[w]), hex(expect.w[w])) << "word " << w;
      }
      EXPECT_EQ(hex(got.w[kP0]), hex(in.w[kP0])) << "VPR: P0 kept, VPT mask fields back to zero";
      ++cases;
    }
    EXPECT_EQ(at, q.changes.size()) << q.text;
  }
  EXPECT_EQ(cases, 8 * std::size(kQemuCases));
}

// Index in mve_mac_patterns() of the line `enc` decodes to, or -1.
int mac_line(uint32_t enc) {
  Machine m(enc);
  const Pattern& p = m.pattern();
  const auto table = mve_mac_patterns();
  for (size_t j = 0; j < table.size(); ++j)
    if (table[j].bits == p.bits && table[j].name == p.name) return static_cast<int>(j);
  return -1;
}

bool is_undef_line(const Pattern& p) { return std::string(p.name).rfind("UNDEF_", 0) == 0; }

// Every instruction line of the table is exercised by the QEMU cases (the
// UNDEF lines by UnsignedExchangeIsUndefined).
TEST(MveMac, EveryTableLineHasQemuCases) {
  const auto table = mve_mac_patterns();
  std::vector<int> hits(table.size(), 0);
  for (const QemuCase& q : kQemuCases) {
    const int line = mac_line(q.enc);
    EXPECT_GE(line, 0) << q.text << " does not decode to a line of mve_mac_table.cpp";
    if (line >= 0) ++hits[static_cast<size_t>(line)];
  }
  for (size_t j = 0; j < table.size(); ++j) {
    if (is_undef_line(table[j])) continue;
    EXPECT_GT(hits[j], 0) << table[j].name << " " << table[j].bits;
  }
}

// ---------------------------------------------------------------------------
// Decode
// ---------------------------------------------------------------------------

// Runs `enc` with markers in every register: it must raise UsageFault
// UNDEFINSTR and change no Q register or core register.
void expect_undefined(uint32_t enc, const std::string& why) {
  SCOPED_TRACE(why + " " + hex(enc));
  Machine m(enc);
  Cpu& c = m.cpu;
  for (unsigned i = 0; i < 32; ++i) c.fp.s[i] = 0x5A5A0000u + i;
  for (unsigned i = 0; i < 13; ++i) c.r[i] = 0xC0DE0000u + i;
  c.r[14] = 0xC0DE000Eu;
  EXPECT_NE(m.run(), StopReason::Breakpoint);
  EXPECT_TRUE(m.undefinstr()) << c.last_fault;
  for (unsigned i = 0; i < 32; ++i) EXPECT_EQ(c.fp.s[i], 0x5A5A0000u + i) << "s" << i;
  for (unsigned i = 0; i < 13; ++i) EXPECT_EQ(c.r[i], 0xC0DE0000u + i) << "r" << i;
}

// Q register numbers above 7: every D, N and M bit of every line.
TEST(MveMac, QRegisterAbove7IsUndefined) {
  size_t checked = 0;
  for (const QemuCase& q : kQemuCases) {
    Machine m(q.enc);
    const CompiledPattern& cp = m.compiled();
    for (auto [letter, bit] : cp.bit_letters) {
      if (letter != 'D' && letter != 'N' && letter != 'M') continue;
      expect_undefined(q.enc | 1u << bit, std::string(q.text) + ": " + letter + " = 1");
      ++checked;
    }
  }
  EXPECT_GT(checked, 300u);
}

// SP and PC as Rm of the vector-scalar forms.
TEST(MveMac, ScalarSpOrPcIsUndefined) {
  size_t checked = 0;
  for (const QemuCase& q : kQemuCases) {
    Machine m(q.enc);
    const CompiledPattern& cp = m.compiled();
    bool scalar = false;
    for (auto [letter, bit] : cp.bit_letters) scalar |= letter == 'm';
    if (!scalar) continue;
    expect_undefined((q.enc & ~0xFu) | 13, std::string(q.text) + " with sp");
    expect_undefined((q.enc & ~0xFu) | 15, std::string(q.text) + " with pc");
    checked += 2;
  }
  EXPECT_EQ(checked, 2u * 33);  // 33 vector-scalar encodings in kQemuCases
}

TEST(MveMac, UnpredictableRegistersAreUndefined) {
  // RdaHi = r13 (0b110) of the long forms that have no other instruction there.
  expect_undefined(0xEE820E04u | 6u << 20, "vmlalv.s16 rdahi=sp");
  expect_undefined(0xEE830E25u | 6u << 20, "vmlsldava.s32 rdahi=sp");
  expect_undefined(0xFE820E05u | 6u << 20, "vrmlsldavh.s32 rdahi=sp");
  expect_undefined(0xEE890F02u | 6u << 20, "vaddlv.s32 rdahi=sp");
  // Rda = SP or PC of VABAV and VMAXV/VMINV/VMAXAV/VMINAV.
  for (uint32_t rda : {13u, 15u}) {
    expect_undefined((0xEE820F05u & ~0xF000u) | rda << 12, "vabav.s8");
    expect_undefined((0xEEE20F02u & ~0xF000u) | rda << 12, "vmaxv.s8");
    expect_undefined((0xFEE20F82u & ~0xF000u) | rda << 12, "vminv.u8");
    expect_undefined((0xEEE00F82u & ~0xF000u) | rda << 12, "vminav.s8");
  }
}

// VMLADAV, VMLALDAV and VRMLALDAVH have no exchange form for unsigned
// elements: the signed X encodings of the QEMU cases with U (bit 28) set.
TEST(MveMac, UnsignedExchangeIsUndefined) {
  const auto table = mve_mac_patterns();
  std::vector<int> hits(table.size(), 0);
  size_t checked = 0;
  for (const QemuCase& q : kQemuCases) {
    const std::string text = q.text;
    const bool add_exchange = (text.rfind("vmladavx", 0) == 0 || text.rfind("vmladavax", 0) == 0 ||
                               text.rfind("vmlaldavx", 0) == 0 || text.rfind("vmlaldavax", 0) == 0 ||
                               text.rfind("vrmlaldavhx", 0) == 0 || text.rfind("vrmlaldavhax", 0) == 0);
    if (!add_exchange) continue;
    const uint32_t enc = q.enc | 1u << 28;
    const int line = mac_line(enc);
    ASSERT_GE(line, 0) << text;
    EXPECT_TRUE(is_undef_line(table[static_cast<size_t>(line)])) << text << " with U = 1: " << table[static_cast<size_t>(line)].name;
    ++hits[static_cast<size_t>(line)];
    expect_undefined(enc, text + " with U = 1");
    ++checked;
  }
  EXPECT_EQ(checked, 14u);
  for (size_t j = 0; j < table.size(); ++j) {
    if (!is_undef_line(table[j])) continue;
    EXPECT_GT(hits[j], 0) << table[j].name << " " << table[j].bits;
  }
}

// 32-bit VQDMULL writing one of its sources is UNPREDICTABLE (QEMU raises
// UNDEFINSTR too). The 16-bit forms are allowed: the QEMU cases run
// vqdmullb.s16 q1, q1, q1 and vqdmullt.s16 q4, q4, r0.
TEST(MveMac, Vqdmull32OverlapIsUndefined) {
  // vqdmullb.s32 q0, q1, q2 = fe32 0f05: Qd in bits 15:13, Qn 19:17, Qm 3:1.
  const uint32_t base = 0xFE320F05u & ~(7u << 13);
  expect_undefined(base | 1u << 13, "vqdmullb.s32 q1, q1, q2");
  expect_undefined(base | 2u << 13, "vqdmullb.s32 q2, q1, q2");
  // vqdmullt.s32 q6, q7, r14 = fe32 1f6e with Qd = Qn = q7 (scalar form).
  expect_undefined((0xFE3E1F6Eu & ~(7u << 13)) | 7u << 13, "vqdmullt.s32 q7, q7, lr");
}

// Encodings next to ours that belong to other instructions (size 0b11 and
// the shared RdaHi spaces) never decode to a line of this table.
TEST(MveMac, NeighbouringEncodingsAreNotOurs) {
  const struct { uint32_t enc; const char* text; } kOthers[] = {
      {0xEE311E62, "vshl.s8 q0, r2 (VMUL scalar space, size 11)"},
      {0xFE357EE4, "vqshl.u16 q3, r4"},
      {0xEE330E62, "vmul.f32 q0, q1, r2 (VQDMULH scalar space, size 11)"},
      {0xFE330E62, "vmul.f16 q0, q1, r2"},
      {0xEE330E42, "vfma.f32 q0, q1, r2 (VMLA space, size 11)"},
      {0xFE331E42, "vfmas.f16 q0, q1, r2 (VMLAS space, size 11)"},
      {0xFE320E04, "vcmul.f32 q0, q1, q2, #0 (VQDMLADH space, size 11)"},
      {0xEE321E05, "vcmul.f16 q0, q1, q2, #270"},
      {0xEEEE0F02, "vmaxnmv.f32 r0, q1 (VMAXV space, size 11)"},
      {0xFEEC2F86, "vminnmav.f16 r2, q3"},
      {0xEE3F0E05, "vcvtb.f16.f32 (VMULH space, size 11)"},
      {0xEE3F0E83, "vmaxnma.f32 q0, q1"},
      {0xFE310E83, "vmovnb.i16 q0, q1"},
      {0xEE330E03, "vqmovnb.s16 q0, q1"},
      {0xEE310E03, "vshllb.s8 q0, q1, #8"},
      {0xEE020F62, "vqadd.s8 q0, q1, r2"},
      {0xFE221F62, "vqsub.u32 q0, q1, r2"},
      {0xEE020F42, "vhadd.s8 q0, q1, r2"},
      {0xFE010F02, "vcmp.i8 eq, q0, q1"},
      {0xEE030F42, "vadd.i8 q0, q1, r2"},
      // VRMLALDAVH with RdaHi = 0b110 is VMAXV/VMINV/VMAXAV/VMINAV (ours,
      // other lines) or, with size 0b11, the floating-point VMAXNMV family.
      {0xEEEC0F04, "RdaHi = 0b110 space of vrmlalvh: vmaxnmav.f32"},
  };
  const auto table = mve_mac_patterns();
  for (const auto& o : kOthers) {
    const int line = mac_line(o.enc);
    if (line >= 0) ADD_FAILURE() << o.text << " decodes as " << table[static_cast<size_t>(line)].name;
  }
  // And these are ours, but not VRMLALDAVH.
  EXPECT_STREQ(table[static_cast<size_t>(mac_line(0xEEE20F02))].name, "VMAXV_S8");
  EXPECT_STREQ(table[static_cast<size_t>(mac_line(0xEEE00F82))].name, "VMINAV_S8");
}

// Core-register operands are visible to the scalar timing model.
TEST(MveMac, CoreRegisterDependencies) {
  struct Dep { uint32_t enc; const char* text; uint16_t src, dst; };
  const Dep kDeps[] = {
      {0xEEF20F04, "vmlav.s8 r0, q1, q2", 0, 1u << 0},
      {0xEEF2CF24, "vmlava.s8 ip, q1, q2", 1u << 12, 1u << 12},
      {0xEE820E04, "vmlalv.s16 r0, r1, q1, q2", 0, 0x3},
      {0xEE820F24, "vrmlalvha.s32 r0, r1, q1, q2", 0x3, 0x3},
      {0xEE890F02, "vaddlv.s32 r0, r1, q1", 0, 0x3},
      {0xEEF10F22, "vaddva.s8 r0, q1", 1u << 0, 1u << 0},
      {0xEEE20F02, "vmaxv.s8 r0, q1", 1u << 0, 1u << 0},
      {0xEE820F05, "vabav.s8 r0, q1, q2", 1u << 0, 1u << 0},
      {0xEE131E69, "vmul.i16 q0, q1, r9", 1u << 9, 0},
      {0xFE030E42, "vmla.u8 q0, q1, r2", 1u << 2, 0},
      {0xEE220E62, "vqdmlah.s32 q0, q1, r2", 1u << 2, 0},
  };
  for (const Dep& d : kDeps) {
    Machine m(d.enc);
    const DecodedInsn& insn = m.cpu.decode_at(kCodeAddr);
    EXPECT_EQ(m.text(), d.text);
    EXPECT_EQ(hex(insn.src_mask), hex(d.src)) << d.text;
    EXPECT_EQ(hex(insn.dst_mask), hex(d.dst)) << d.text;
  }
}

// ---------------------------------------------------------------------------
// Hand cases (Arm ARM pseudocode)
// ---------------------------------------------------------------------------

using Q = std::array<uint32_t, 4>;
Q qv(uint32_t a, uint32_t b, uint32_t c, uint32_t d) { return {a, b, c, d}; }
Q bytes(std::initializer_list<int> v) {
  Q q{};
  unsigned i = 0;
  for (int x : v) { q[i / 4] |= static_cast<uint32_t>(x & 0xFF) << (8 * (i % 4)); ++i; }
  return q;
}
Q halves(std::initializer_list<int> v) {
  Q q{};
  unsigned i = 0;
  for (int x : v) { q[i / 2] |= static_cast<uint32_t>(x & 0xFFFF) << (16 * (i % 2)); ++i; }
  return q;
}

// One instruction on a fresh machine: Q registers, core registers, P0 (with
// predication when `vpt`), FPSCR in; the machine out.
struct Hand {
  Machine m;
  explicit Hand(uint32_t enc) : m(enc) {
    for (unsigned i = 0; i < 32; ++i) m.cpu.fp.s[i] = 0xEEEE0000u + i;
  }
  Hand& q(unsigned n, const Q& v) { for (unsigned i = 0; i < 4; ++i) m.cpu.fp.s[4 * n + i] = v[i]; return *this; }
  Hand& r(unsigned n, uint32_t v) { m.cpu.r[n] = v; return *this; }
  Hand& vpt(uint16_t p0) { m.cpu.vpr = p0 | 0x00880000u; return *this; }
  Hand& fpscr(uint32_t v) { m.cpu.fpscr = v; return *this; }
  Hand& run() { EXPECT_EQ(m.run(), StopReason::Breakpoint) << m.cpu.last_fault; return *this; }
  Q q(unsigned n) const { return {m.cpu.fp.s[4 * n], m.cpu.fp.s[4 * n + 1], m.cpu.fp.s[4 * n + 2], m.cpu.fp.s[4 * n + 3]}; }
  uint32_t r(unsigned n) const { return m.cpu.r[n]; }
  bool qc() const { return (m.cpu.fpscr & kQc) != 0; }
};

std::string qtext(const Q& q) { return hex(q[0]) + " " + hex(q[1]) + " " + hex(q[2]) + " " + hex(q[3]); }

TEST(MveMacHand, Vqdmulh32SaturatesOnlyIntMinSquared) {
  // vqdmulh.s32 q0, q1, q2: (2 * a * b) >> 32, saturated.
  Hand h(0xEF220B44);
  h.q(1, qv(0x80000000, 0x80000000, 0x40000000, 0xFFFFFFFF)).q(2, qv(0x80000000, 0x7FFFFFFF, 0x40000000, 1)).run();
  EXPECT_EQ(qtext(h.q(0)), qtext(qv(0x7FFFFFFF, 0x80000001, 0x20000000, 0xFFFFFFFF)));
  EXPECT_TRUE(h.qc());
  // The saturating lane inactive: it keeps its value and QC stays clear.
  Hand p(0xEF220B44);
  p.q(1, qv(0x80000000, 0x80000000, 0x40000000, 0xFFFFFFFF)).q(2, qv(0x80000000, 0x7FFFFFFF, 0x40000000, 1)).vpt(0xFFF0).run();
  EXPECT_EQ(qtext(p.q(0)), qtext(qv(0xEEEE0000, 0x80000001, 0x20000000, 0xFFFFFFFF)));
  EXPECT_FALSE(p.qc());
  // QC is sticky: a run without saturation leaves a set QC set.
  Hand s(0xEF220B44);
  s.q(1, qv(1, 2, 3, 4)).q(2, qv(1, 2, 3, 4)).fpscr(kQc).run();
  EXPECT_TRUE(s.qc());
}

TEST(MveMacHand, VqrdmulhRoundsHalfUp) {
  // vqrdmulh.s16 q0, q1, q2: (2 * a * b + 2^15) >> 16.
  Hand h(0xFF120B44);
  h.q(1, halves({0x4000, -0x4000, 0x4001, -0x4001, -32768, 0x7FFF, 0, 1}))
      .q(2, halves({1, 1, 1, 1, -32768, 0x7FFF, 5, -1}))
      .run();
  // 0x8000 + 0x8000 -> 1; -0x8000 + 0x8000 -> 0; 0x8002 + 0x8000 -> 1;
  // -0x8002 + 0x8000 -> -1; saturated; 0x7FFE; 0; (-2 + 0x8000) >> 16 = 0.
  EXPECT_EQ(qtext(h.q(0)), qtext(halves({1, 0, 1, -1, 0x7FFF, 0x7FFE, 0, 0})));
  EXPECT_TRUE(h.qc());
}

TEST(MveMacHand, DualMultiplyAccumulateAcrossVector) {
  const Q ramp = bytes({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
  const Q twos = bytes({2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2});
  const Q idx = bytes({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15});
  // vmlav.s8 r0, q1, q2: 2 * (1 + ... + 16) = 272 (Rda not read).
  EXPECT_EQ(Hand(0xEEF20F04).q(1, ramp).q(2, twos).r(0, 1000).run().r(0), 272u);
  // vmlava.s8 ip, q1, q2: 1000 + 272.
  EXPECT_EQ(Hand(0xEEF2CF24).q(1, ramp).q(2, twos).r(12, 1000).run().r(12), 1272u);
  // vmlsdav.s8 r0, q1, q2: even products added, odd subtracted: 8 * (2 - 4) = -16.
  EXPECT_EQ(Hand(0xFEF20E05).q(1, ramp).q(2, twos).run().r(0), static_cast<uint32_t>(-16));
  // vmladavx.s8 r0, q1, q2: sum of Qn[e ^ 1] * e: sum over pairs (2k, 2k+1) of
  // (2k + 2) * 2k + (2k + 1) * (2k + 1).
  uint32_t expect = 0;
  for (int k = 0; k < 8; ++k) expect += static_cast<uint32_t>((2 * k + 2) * (2 * k) + (2 * k + 1) * (2 * k + 1));
  EXPECT_EQ(Hand(0xEEF21F04).q(1, ramp).q(2, idx).run().r(0), expect);
  // Predicated on the low 8 bytes: 2 * (1 + ... + 8) = 72.
  EXPECT_EQ(Hand(0xEEF20F04).q(1, ramp).q(2, twos).vpt(0x00FF).run().r(0), 72u);
  // vmlav.s32 r4, q1, q2 wraps at 32 bits: 4 * 0x7FFFFFFF^2 mod 2^32 = 4.
  EXPECT_EQ(Hand(0xEEF34E04).q(1, qv(0x7FFFFFFF, 0x7FFFFFFF, 0x7FFFFFFF, 0x7FFFFFFF))
                .q(2, qv(0x7FFFFFFF, 0x7FFFFFFF, 0x7FFFFFFF, 0x7FFFFFFF)).run().r(4), 4u);
  // vmlalv.s16 r0, r1, q1, q2: 8 * (-32768 * -32768) = 2^33.
  Hand l(0xEE820E04);
  l.q(1, halves({-32768, -32768, -32768, -32768, -32768, -32768, -32768, -32768}))
      .q(2, halves({-32768, -32768, -32768, -32768, -32768, -32768, -32768, -32768})).run();
  EXPECT_EQ(hex(l.r(0)), "0x0");
  EXPECT_EQ(hex(l.r(1)), "0x2");
}

TEST(MveMacHand, VrmlaldavhRoundsAtTheEndOfEachBeat) {
  // vrmlalvh.s32 r0, r1, q1, q2: each active product p adds (p + 128) >> 8.
  // Two products of 128 give 1 + 1 = 2 (a single rounding of their sum would give 1).
  Hand h(0xEE820F04);
  h.q(1, qv(128, 128, 0, 0)).q(2, qv(1, 1, 0, 0)).run();
  EXPECT_EQ(hex(h.r(0)), "0x2");
  EXPECT_EQ(hex(h.r(1)), "0x0");
  // -128 rounds to 0, -129 to -1, 127 to 0, 0x7FFFFFFF^2 to 0x3FFFFFFF000000 (its low byte is 1).
  Hand n(0xEE820F04);
  n.q(1, qv(static_cast<uint32_t>(-128), static_cast<uint32_t>(-129), 127, 0x7FFFFFFF)).q(2, qv(1, 1, 1, 0x7FFFFFFF)).run();
  EXPECT_EQ(hex(uint64_t{n.r(1)} << 32 | n.r(0)), hex(0x3FFFFFFF000000ull - 1));
  // vrmlalvha.s32: RdaHi:RdaLo = 0x1:0xFFFFFFFF + 2 (carry into RdaHi).
  Hand a(0xEE820F24);
  a.q(1, qv(128, 128, 0, 0)).q(2, qv(1, 1, 0, 0)).r(0, 0xFFFFFFFF).r(1, 1).run();
  EXPECT_EQ(hex(a.r(0)), "0x1");
  EXPECT_EQ(hex(a.r(1)), "0x2");
  // vrmlsldavh.s32: odd products subtracted: (256 + 128) >> 8 - ... = 1 + (-256 + 128) >> 8 = 1 - 1 = 0.
  Hand s(0xFE820E05);
  s.q(1, qv(256, 256, 0, 0)).q(2, qv(1, 1, 0, 0)).run();
  EXPECT_EQ(hex(s.r(0)), "0x0");
  // vrmlalvh.u32: 0xFFFFFFFF^2 = 0xFFFFFFFE00000001 -> 0xFFFFFFFE000000.
  Hand u(0xFE820F04);
  u.q(1, qv(0xFFFFFFFF, 0, 0, 0)).q(2, qv(0xFFFFFFFF, 0, 0, 0)).run();
  EXPECT_EQ(hex(uint64_t{u.r(1)} << 32 | u.r(0)), hex(0xFFFFFFFE000000ull));
}

TEST(MveMacHand, VqdmladhWritesOneElementOfEachPair) {
  // vqdmladh.s16 q0, q1, q2: element 2k = sat(2 * (n[2k]m[2k] + n[2k+1]m[2k+1])) >> 16;
  // odd elements keep their value.
  Hand h(0xEE120E04);
  h.q(0, halves({0x1111, 0x2222, 0x3333, 0x4444, 0x5555, 0x6666, 0x7777, 0x0888}))
      .q(1, halves({-32768, -32768, 0x4000, 0x4000, 1, 2, -1, 0}))
      .q(2, halves({-32768, -32768, 0x4000, 0x4000, 3, 4, 1, 0}))
      .run();
  EXPECT_EQ(qtext(h.q(0)), qtext(halves({0x7FFF, 0x2222, 0x4000, 0x4444, 0, 0x6666, -1, 0x0888})));
  EXPECT_TRUE(h.qc());
  // vqdmladhx.s16: element 2k+1 = sat(2 * (n[2k+1]m[2k] + n[2k]m[2k+1])) >> 16.
  Hand x(0xEE121E04);
  x.q(0, halves({0x1111, 0x2222, 0x3333, 0x4444, 0x5555, 0x6666, 0x7777, 0x0888}))
      .q(1, halves({0x4000, 0x2000, 0, 0, 0, 0, 0, 0}))
      .q(2, halves({0x2000, 0x4000, 0, 0, 0, 0, 0, 0}))
      .run();
  // 2 * (0x2000 * 0x2000 + 0x4000 * 0x4000) = 2 * 0x14000000 -> 0x2800.
  EXPECT_EQ(qtext(x.q(0)), qtext(halves({0x1111, 0x2800, 0x3333, 0, 0x5555, 0, 0x7777, 0})));
  EXPECT_FALSE(x.qc());
}

TEST(MveMacHand, MaxMinAcrossVectorExtendRda) {
  const Q minus100 = bytes({-100, -100, -100, -100, -100, -100, -100, -100, -100, -100, -100, -100, -100, -100, -100, -100});
  // vmaxv.s8 r0, q1: Rda<7:0> = 0xF0 = -16 beats -100; the result is sign-extended.
  EXPECT_EQ(hex(Hand(0xEEE20F02).q(1, minus100).r(0, 0x123456F0).run().r(0)), "0xfffffff0");
  // vmaxv.u8 r0, q1: 0x9C (156) < 0xF0: the result is 0xF0, zero-extended.
  EXPECT_EQ(hex(Hand(0xFEE20F02).q(1, minus100).r(0, 0x123456F0).run().r(0)), "0xf0");
  // vminav.s8 r0, q1: min(0xFF, |-128|, |5|, ...) = 5.
  EXPECT_EQ(hex(Hand(0xEEE00F82).q(1, bytes({-128, 5, 100, -100, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29}))
                    .r(0, 0xABCDEFFF).run().r(0)), "0x5");
  // vmaxav.s16 r0, q1: |-32768| = 0x8000 is the largest.
  EXPECT_EQ(hex(Hand(0xEEE40F02).q(1, halves({-32768, 5, 0x7FFF, 0, 0, 0, 0, 0})).r(0, 0xFFFF0001).run().r(0)), "0x8000");
  // Inactive lanes do not count: only element 0 (-100) is active, Rda<7:0> = -128.
  EXPECT_EQ(hex(Hand(0xEEE20F02).q(1, minus100).r(0, 0x80).vpt(0x0001).run().r(0)), hex(static_cast<uint32_t>(-100)));
}

TEST(MveMacHand, AddAcrossVector) {
  const Q ff = bytes({-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1});
  // vaddv.u8 r0, q1: 16 * 255.
  EXPECT_EQ(Hand(0xFEF10F02).q(1, ff).r(0, 77).run().r(0), 4080u);
  // vaddva.s8 r0, q1: 10 + 16 * -1.
  EXPECT_EQ(Hand(0xEEF10F22).q(1, ff).r(0, 10).run().r(0), static_cast<uint32_t>(-6));
  // vaddlv.s32 r0, r1, q1: -4 in 64 bits.
  Hand l(0xEE890F02);
  l.q(1, qv(0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF)).run();
  EXPECT_EQ(hex(l.r(0)), "0xfffffffc");
  EXPECT_EQ(hex(l.r(1)), "0xffffffff");
  // vabav.s8 r0, q1, q2: |-128 - 127| = 255 per lane, added to Rda.
  EXPECT_EQ(Hand(0xEE820F05).q(1, bytes({-128, -128, -128, -128, -128, -128, -128, -128, -128, -128, -128, -128, -128, -128, -128, -128}))
                .q(2, bytes({127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127, 127}))
                .r(0, 1).run().r(0), 1u + 16 * 255);
}

TEST(MveMacHand, WideningMultiplies) {
  // vmullt.u16 q0, q1, q2: top halves, 0xFFFF * 0xFFFF = 0xFFFE0001.
  Hand u(0xFE131E04);
  u.q(1, qv(0xFFFF0001, 0x00020003, 0, 0x80000000)).q(2, qv(0xFFFF0001, 0x00050007, 0, 0x80000000)).run();
  EXPECT_EQ(qtext(u.q(0)), qtext(qv(0xFFFE0001, 10, 0, 0x40000000)));
  // vmullb.p8 q0, q1, q2: carry-less 0xFF * 0xFF = 0x5555, 0x80 * 0x02 = 0x100, 3 * 3 = 5.
  Hand p(0xEE330E04);
  p.q(1, bytes({-1, 0, -128, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})).q(2, bytes({-1, 0, 2, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})).run();
  EXPECT_EQ(qtext(p.q(0)), qtext(qv(0x01005555, 5, 0, 0)));
  // vqdmullb.s32 q0, q1, q2: INT_MIN^2 doubled saturates to INT64_MAX.
  Hand q(0xFE320F05);
  q.q(1, qv(0x80000000, 0, 0xFFFFFFFF, 0)).q(2, qv(0x80000000, 0, 3, 0)).run();
  EXPECT_EQ(qtext(q.q(0)), qtext(qv(0xFFFFFFFF, 0x7FFFFFFF, 0xFFFFFFFA, 0xFFFFFFFF)));
  EXPECT_TRUE(q.qc());
  // vqdmullb.s16 q0, q1, q2: -32768^2 * 2 = 2^31 saturates to 0x7FFFFFFF.
  Hand h(0xEE320F05);
  h.q(1, halves({-32768, 0, 2, 0, 0, 0, 0, 0})).q(2, halves({-32768, 0, -3, 0, 0, 0, 0, 0})).run();
  EXPECT_EQ(qtext(h.q(0)), qtext(qv(0x7FFFFFFF, static_cast<uint32_t>(-12), 0, 0)));
  EXPECT_TRUE(h.qc());
}

TEST(MveMacHand, MultiplyAccumulateIntoQda) {
  // vmla.u8 q0, q1, r2: 200 + 100 * 3 = 500 wraps to 244.
  Hand a(0xFE030E42);
  a.q(0, bytes({-56, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})).q(1, bytes({100, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})).r(2, 0x103).run();
  EXPECT_EQ(qtext(a.q(0)), qtext(qv(0x07F4, 0, 0, 0)));
  // vqdmlah.s32 q0, q1, r2: 2 * Qn * Rm + (Qda << 32) saturates, high half 0x7FFFFFFF.
  Hand q(0xEE220E62);
  q.q(0, qv(0x7FFFFFFF, 1, 0, 0x80000000)).q(1, qv(0x7FFFFFFF, 1, 0x40000000, 0)).r(2, 0x7FFFFFFF).run();
  // lane 1: (2 * 0x7FFFFFFF + 2^32) >> 32 = 1; lane 2: 2 * 2^30 * (2^31 - 1) >> 32 = 0x3FFFFFFF.
  EXPECT_EQ(qtext(q.q(0)), qtext(qv(0x7FFFFFFF, 1, 0x3FFFFFFF, 0x80000000)));
  EXPECT_TRUE(q.qc());
  // vqrdmlash.s8 q0, q1, r2: (2 * 64 * 64 + (-1 << 8) + 128) >> 8 = 31;
  // lanes of zeros give (-256 + 128) >> 8 = -1.
  Hand s(0xEE021E42);
  s.q(0, bytes({64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})).q(1, bytes({64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})).r(2, 0xFF).run();
  EXPECT_EQ(qtext(s.q(0)), qtext(qv(0xFFFFFF1F, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF)));
  EXPECT_FALSE(s.qc());
}

TEST(MveMacHand, HighHalfMultiplies) {
  // vmulh.u32 q0, q1, q2: (a * b) >> 32.
  EXPECT_EQ(qtext(Hand(0xFE230E05).q(1, qv(0xFFFFFFFF, 0x80000000, 3, 0)).q(2, qv(0xFFFFFFFF, 2, 5, 0)).run().q(0)),
            qtext(qv(0xFFFFFFFE, 1, 0, 0)));
  // vrmulh.s8 q0, q1, q2: (a * b + 128) >> 8: 16 * 8 = 128 -> 1, -16 * 8 -> 0, -128 * -128 -> 64.
  EXPECT_EQ(qtext(Hand(0xEE031E05).q(1, bytes({16, -16, -128, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}))
                      .q(2, bytes({8, 8, -128, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})).run().q(0)),
            qtext(qv(0x00400001, 0, 0, 0)));
}

}  // namespace
}  // namespace tinysim::armv8m
