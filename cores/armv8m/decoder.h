// Table-driven decoder, in the spirit of QEMU's decodetree: each encoding is
// one line of a table (t16_table.cpp, t32_table.cpp, fp_table.cpp) written as
// the encoding diagram of the Arm ARM:
//
//   {"010000 0101 mmm ddd", "ADC_reg_T1", exec_adc_reg, OpClass::Alu, "adc{s} {d}, {m}"}
//
// Disassembly placeholders (Decoder::disassemble): {d} {n} {m} {a} core
// registers, {fd} {fn} {fm} FP registers, {qd} {qn} {qm} Q registers, {imm}
// {simm} {uimm}, {esize} (8 << sz), {dt} (s/u from field U, then esize), {#X}
// (raw value of field X), and more listed there.
//
// '0'/'1' are fixed bits, letters are fields (all bits of one letter are
// concatenated, most significant first, so "i iii iiiiiiii" is i:imm3:imm8),
// '-' is "don't care", spaces are ignored. The first matching line wins, so
// special cases come before general ones. The same table gives the
// disassembly used in traces.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "cores/armv8m/decoded_insn.h"

namespace tinysim::armv8m {

// Field values by letter, as extracted from the encoding.
struct Fields {
  uint32_t v[128] = {};
  uint8_t width[128] = {};
  bool has(char c) const { return width[(unsigned char)c] != 0; }
  uint32_t operator[](char c) const { return v[(unsigned char)c]; }
};

// Turns fields into operands when the default mapping is not enough
// (modified immediates, branch offsets, register lists...).
using FormatFn = void (*)(DecodedInsn&, const Fields&);

// Pattern::flags (in addition to DecodedInsn flags, which are copied over)
enum : uint16_t {
  kPatStore = 1 << 8,      // Rt is a source (for interlocks), not a destination
};

struct Pattern {
  const char* bits;
  const char* name;
  ExecFn exec;
  OpClass cls;
  const char* disasm;
  FormatFn fmt = nullptr;
  uint16_t flags = 0;
};

struct CompiledPattern {
  Pattern p;
  uint32_t mask = 0, value = 0;
  bool is32 = false;
  std::vector<std::pair<char, uint8_t>> bit_letters;  // (letter, bit position), msb first
  // Vector operands, read off the disassembly ({qd} {qn} {qm}): which of
  // rd/rn/rm hold Q registers, and how many consecutive Q registers rd
  // starts (VLD2x/VST2x: 2, VLD4x/VST4x: 4). Used for vector timing.
  bool q_d = false, q_n = false, q_m = false;
  bool q_d_read = false;   // Qd is also a source: accumulators, inserts, partial writes
  uint8_t q_d_count = 1;
};

std::span<const Pattern> t16_patterns();
std::span<const Pattern> t32_patterns();
std::span<const Pattern> dsp_patterns();   // DSP extension (dsp_table.cpp)
std::span<const Pattern> fp_patterns();    // scalar FPU (coprocessor space of T32)
// Helium (MVE), decoded after the scalar FPU and before the catch-all; only
// when the core has MVE (CpuConfig::mve).
std::span<const Pattern> mve_int_patterns();   // integer data processing (mve_int_table.cpp)
std::span<const Pattern> mve_mac_patterns();   // multiplies, MACs, reductions (mve_mac_table.cpp)
std::span<const Pattern> mve_mem_patterns();   // loads/stores, predication, lane moves (mve_mem_table.cpp)
std::span<const Pattern> mve_fp_patterns();    // floating point MVE-F (mve_fp_table.cpp)
std::span<const Pattern> t32_unallocated_patterns();  // catch-all, last

class Decoder {
 public:
  // mve: decode Helium instructions (otherwise they reach the catch-all,
  // which stops the run naming them).
  explicit Decoder(bool mve = true);
  // Decodes one instruction. `raw` is the 16-bit halfword, or hw1 << 16 | hw2.
  // Returns false if no table line matches (undefined instruction).
  bool decode(uint32_t raw, bool is32, DecodedInsn& out) const;
  const CompiledPattern& pattern(uint16_t idx) const { return patterns_[idx]; }
  size_t size() const { return patterns_.size(); }
  // Text for traces: "adds r0, r1, #4". it_cond >= 0: the instruction is in
  // an IT block with that condition ("addeq r0, r1", the 16-bit flag-setting
  // forms without their 's').
  std::string disassemble(const DecodedInsn& d, uint32_t pc, int it_cond = -1) const;

  static bool is_32bit(uint16_t hw1) { return (hw1 >> 11) >= 0x1D; }
  // Value of the field of letter `letter` of pattern `cp` in `raw` (0 if none).
  static uint32_t field_value(const CompiledPattern& cp, uint32_t raw, char letter);

 private:
  void add(const Pattern& p, bool is32);
  static void set_vector_operands(const CompiledPattern& cp, DecodedInsn& d);
  std::vector<CompiledPattern> patterns_;
  std::vector<uint16_t> t16_, t32_;
};

// Operand helpers shared by formats and semantics (Arm ARM pseudocode names).
uint32_t thumb_expand_imm(uint32_t imm12, bool carry_in, bool* carry_out);
void decode_imm_shift(uint32_t type, uint32_t imm5, uint8_t& shift_t, uint8_t& shift_n);

}  // namespace tinysim::armv8m
