// One decoded instruction: what the decode tables produce and the executor
// consumes. Semantics read named operands from here and never slice bits.
#pragma once

#include <cstdint>

#include "cores/armv8m/op_class.h"

namespace tinysim::armv8m {

class Cpu;
struct DecodedInsn;
using ExecFn = void (*)(Cpu&, const DecodedInsn&);

// DecodedInsn::flags
enum : uint8_t {
  kInsnItSensitive = 1 << 0,  // a 16-bit form whose flag setting is off inside an IT block
  kInsnWritesSp = 1 << 1,     // may lower SP: stack watermark is updated after it
  kInsnIsIt = 1 << 2,         // the IT instruction itself
  kInsnVector = 1 << 3,       // Helium vector instruction: timed by the beat model (cpu.h)
  // bit 4 free: result latency and taken-branch penalties come from
  // the op class (timing.cpp), a taken branch is seen as next_pc != fallthrough
  kInsnT16 = 1 << 5,          // 16-bit encoding (set by the decoder)
  kInsnDualIssue = 1 << 6,    // may pair with another 16-bit instruction (timing.cpp)
  kInsnPairable = 1 << 7,     // 16-bit, single issue cycle, dual issue enabled (set at decode)
};

struct DecodedInsn {
  ExecFn exec = nullptr;     // semantics; nullptr = not decoded yet
  uint32_t imm = 0;          // immediate or offset, already expanded
  uint32_t raw = 0;          // encoding: 16-bit in low half, or hw1 << 16 | hw2
  uint16_t pattern = 0;      // index into the decode table (name, disassembly)
  uint16_t reglist = 0;      // LDM/STM/PUSH/POP register list; VLDM: count
  uint8_t rd = 0, rn = 0, rm = 0, ra = 0;  // ra: Ra / Rt2 / RdHi / Rs
  uint8_t shift_type = 0, shift_n = 0;     // decoded immediate shift (DecodeImmShift)
  uint8_t setflags = 0;
  uint8_t cond = 14;         // B<cond>, IT firstcond, CSEL cond
  uint8_t len = 2;           // 2 or 4 bytes
  OpClass opclass = OpClass::Alu;
  uint8_t cycles = 1;        // issue cycles, from the timing table at decode time
  uint8_t stall = 0;         // stall of a dependent next instruction (result latency - 1)
  uint8_t taken = 0;         // extra cycles when this instruction changes the PC
  uint8_t flags = 0;
  uint8_t index = 0, add = 1, wback = 0;   // addressing mode (P, U, W)
  uint8_t sz = 0;            // element / access size code, FP precision (0 single, 1 double)
  uint8_t extra = 0;         // instruction-specific small field (rotation, mask, ...)
  uint16_t src_mask = 0;     // core registers read (dependency stalls, timing.cpp)
  uint16_t dst_mask = 0;     // core registers written
  uint8_t qsrc = 0;          // Q registers read (vector dependency stalls)
  uint8_t qdst = 0;          // Q registers written
};

}  // namespace tinysim::armv8m
