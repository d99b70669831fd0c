// A minimal x86-64 assembler for the block compiler (block_compiler.cpp):
// only the instruction forms it emits, each named after its mnemonic. Memory
// operands are [base + disp32] with a base other than RSP/R12 (no SIB byte)
// and other than RBP/R13 with mod 00 (we always use mod 10, disp32).
// Encodings: Intel SDM Vol. 2 (ModRM, REX, the opcode tables); the SSE forms
// use register operands only, so memory operands never need 16-byte alignment.
#pragma once

#include <cstdint>
#include <cstring>
#include <vector>

namespace tinysim::armv8m::x64 {

enum Reg : uint8_t { RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15 };
enum Xmm : uint8_t { XMM0, XMM1 };
// Condition codes (the low nibble of Jcc / SETcc).
enum Cond : uint8_t { kO = 0x0, kB = 0x2, kAE = 0x3, kE = 0x4, kNE = 0x5, kA = 0x7, kS = 0x8 };
// ALU operation numbers: the /digit of opcode 0x81 and bits 5:3 of the r/m forms.
enum Alu : uint8_t { kAdd = 0, kOr = 1, kAnd = 4, kSub = 5, kXor = 6, kCmp = 7 };

struct Mem {
  Reg base;
  int32_t disp;
};

class Emitter {
 public:
  std::vector<uint8_t>& code() { return code_; }
  size_t size() const { return code_.size(); }

  void push(Reg r) { rex(false, 0, r, true); byte(0x50 + (r & 7)); }
  void pop(Reg r) { rex(false, 0, r, true); byte(0x58 + (r & 7)); }
  void ret() { byte(0xC3); }
  void mov_rr64(Reg dst, Reg src) { rex(true, src, dst); byte(0x89); modrm_rr(src, dst); }
  void mov_ri64(Reg dst, uint64_t imm) { rex(true, 0, dst); byte(0xB8 + (dst & 7)); u64(imm); }
  void mov_ri32(Reg dst, uint32_t imm) { rex(false, 0, dst, true); byte(0xB8 + (dst & 7)); u32(imm); }
  void mov_mi32(Mem m, uint32_t imm) { rex(false, 0, m.base, true); byte(0xC7); modrm_m(0, m); u32(imm); }
  void mov_mi8(Mem m, uint8_t imm) { rex(false, 0, m.base, true); byte(0xC6); modrm_m(0, m); byte(imm); }
  void mov_rm32(Reg dst, Mem m) { rex(false, dst, m.base, true); byte(0x8B); modrm_m(dst, m); }
  void mov_mr32(Mem m, Reg src) { rex(false, src, m.base, true); byte(0x89); modrm_m(src, m); }
  void mov_rm64(Reg dst, Mem m) { rex(true, dst, m.base); byte(0x8B); modrm_m(dst, m); }
  void mov_mr64(Mem m, Reg src) { rex(true, src, m.base); byte(0x89); modrm_m(src, m); }
  void movzx_rm16(Reg dst, Mem m) { rex(false, dst, m.base, true); byte(0x0F); byte(0xB7); modrm_m(dst, m); }
  void movzx_rm8(Reg dst, Mem m) { rex(false, dst, m.base, true); byte(0x0F); byte(0xB6); modrm_m(dst, m); }
  void shl_ri32(Reg r, uint8_t n) { rex(false, 0, r, true); byte(0xC1); modrm_rr(4, r); byte(n); }
  void bt_rr32(Reg bits, Reg index) { rex(false, index, bits, true); byte(0x0F); byte(0xA3); modrm_rr(index, bits); }
  void mov_rr32(Reg dst, Reg src) { rex(false, src, dst, true); byte(0x89); modrm_rr(src, dst); }
  void shl_ri64(Reg r, uint8_t n) { rex(true, 0, r); byte(0xC1); modrm_rr(4, r); byte(n); }
  void shr_ri32(Reg r, uint8_t n) { rex(false, 0, r, true); byte(0xC1); modrm_rr(5, r); byte(n); }
  void test_rr64(Reg a, Reg b) { rex(true, b, a); byte(0x85); modrm_rr(b, a); }
  void cmp_mr32(Mem m, Reg src) { rex(false, src, m.base, true); byte(0x39); modrm_m(src, m); }
  void cmp_rr64(Reg a, Reg b) { rex(true, b, a); byte(0x39); modrm_rr(b, a); }
  void cmp_mi64_8(Mem m, int8_t imm) { rex(true, 0, m.base); byte(0x83); modrm_m(7, m); byte(static_cast<uint8_t>(imm)); }
  void mov_mr8(Mem m, Reg src) { rex(false, src, m.base, src < RSP);  /* REX for SPL..DIL */ byte(0x88); modrm_m(src, m); }
  void add_ri64(Reg dst, int32_t imm) { rex(true, 0, dst); byte(0x81); modrm_rr(0, dst); u32(static_cast<uint32_t>(imm)); }
  void jmp_r(Reg r) { rex(false, 0, r, true); byte(0xFF); modrm_rr(4, r); }
  void add_rr64(Reg dst, Reg src) { rex(true, src, dst); byte(0x01); modrm_rr(src, dst); }
  // 32-bit ALU: reg op= imm32, reg op= [mem], [mem] op= imm32.
  void alu_ri32(Alu op, Reg dst, uint32_t imm) { rex(false, 0, dst, true); byte(0x81); modrm_rr(op, dst); u32(imm); }
  void alu_rm32(Alu op, Reg dst, Mem m) { rex(false, dst, m.base, true); byte(0x03 + (op << 3)); modrm_m(dst, m); }
  void alu_mi32(Alu op, Mem m, uint32_t imm) { rex(false, 0, m.base, true); byte(0x81); modrm_m(op, m); u32(imm); }
  void alu_rr32(Alu op, Reg dst, Reg src) { rex(false, src, dst, true); byte(0x01 + (op << 3)); modrm_rr(src, dst); }
  void not_r32(Reg r) { rex(false, 0, r, true); byte(0xF7); modrm_rr(2, r); }
  void cmp_mr64(Mem m, Reg src) { rex(true, src, m.base); byte(0x39); modrm_m(src, m); }
  void cmp_mi8(Mem m, uint8_t imm) { rex(false, 0, m.base, true); byte(0x80); modrm_m(7, m); byte(imm); }
  void test_mi32(Mem m, uint32_t imm) { rex(false, 0, m.base, true); byte(0xF7); modrm_m(0, m); u32(imm); }
  void add_mi64_8(Mem m, int8_t imm) { rex(true, 0, m.base); byte(0x83); modrm_m(0, m); byte(static_cast<uint8_t>(imm)); }
  void setcc_m8(Cond cc, Mem m) { rex(false, 0, m.base, true); byte(0x0F); byte(0x90 + cc); modrm_m(0, m); }
  void call_r(Reg r) { rex(false, 0, r, true); byte(0xFF); modrm_rr(2, r); }
  // Jumps with a 32-bit displacement; without a target (kUnknown), returns
  // the offset of the displacement for patch().
  static constexpr size_t kUnknown = ~size_t{0};
  size_t jcc(Cond cc, size_t target = kUnknown) { byte(0x0F); byte(0x80 + cc); return rel32(target); }
  size_t jmp(size_t target = kUnknown) { byte(0xE9); return rel32(target); }
  void patch(size_t at, size_t target) {
    const int32_t rel = static_cast<int32_t>(static_cast<int64_t>(target) - static_cast<int64_t>(at + 4));
    std::memcpy(&code_[at], &rel, 4);
  }
  // SSE2/SSE4.1, register forms; movdqu for memory (no alignment needed).
  void movdqu_load(Xmm x, Mem m) { byte(0xF3); rex(false, x, m.base, true); byte(0x0F); byte(0x6F); modrm_m(x, m); }
  void movdqu_store(Mem m, Xmm x) { byte(0xF3); rex(false, x, m.base, true); byte(0x0F); byte(0x7F); modrm_m(x, m); }
  // 66 0F 38 <op> xmm, [mem]: the SSE4.1 widening loads (pmovsxbw 20,
  // pmovsxbd 21, pmovsxwd 23, pmovzxbw 30, pmovzxbd 31, pmovzxwd 33), which
  // read only the bytes they widen.
  void pmov_load(uint8_t op, Xmm x, Mem m) {
    byte(0x66); rex(false, x, m.base, true); byte(0x0F); byte(0x38); byte(op); modrm_m(x, m);
  }
  // 66 0F <op> (paddb FC, paddw FD, paddd FE, psubb F8, psubw F9, psubd FA,
  // pmullw D5, pand DB, por EB, pxor EF) or 66 0F 38 <op> (pmulld 40).
  void sse_rr(uint8_t op, Xmm dst, Xmm src, bool map38 = false) {
    byte(0x66); byte(0x0F);
    if (map38) byte(0x38);
    byte(op); modrm_rr(dst, static_cast<Reg>(src));
  }

 private:
  void byte(uint8_t b) { code_.push_back(b); }
  void u32(uint32_t v) { for (int i = 0; i < 4; ++i) byte(static_cast<uint8_t>(v >> (8 * i))); }
  void u64(uint64_t v) { for (int i = 0; i < 8; ++i) byte(static_cast<uint8_t>(v >> (8 * i))); }
  size_t rel32(size_t target) {
    const size_t at = size();
    u32(0);
    if (target != kUnknown) patch(at, target);
    return at;
  }
  // REX: W (64-bit operand), R (ModRM.reg high bit), B (ModRM.rm / opcode
  // register high bit); omitted when none is needed and `optional`.
  void rex(bool w, unsigned reg, unsigned rm, bool optional = false) {
    const uint8_t r = static_cast<uint8_t>(0x40 | (w ? 8 : 0) | (reg & 8 ? 4 : 0) | (rm & 8 ? 1 : 0));
    if (r != 0x40 || !optional) byte(r);
  }
  void modrm_rr(unsigned reg, unsigned rm) { byte(static_cast<uint8_t>(0xC0 | (reg & 7) << 3 | (rm & 7))); }
  void modrm_m(unsigned reg, Mem m) {
    byte(static_cast<uint8_t>(0x80 | (reg & 7) << 3 | (m.base & 7)));  // mod 10: [base + disp32]
    u32(static_cast<uint32_t>(m.disp));
  }

  std::vector<uint8_t> code_;
};

}  // namespace tinysim::armv8m::x64
