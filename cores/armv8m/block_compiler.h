// Block compiler: host (x86-64) code for a block of the decoded-code cache
// (code_cache.h) that runs on memoised timings, the usual loop body.
//
// The compiled block does exactly what Cpu::run_blocks' memoised loop does,
// minus the loop: for each instruction it sets PC, R15, next_pc and the
// cycle count (entry cycle + the memo's start cycle of the instruction),
// calls the instruction's semantics directly (a call per instruction site,
// so the host predicts each one), and returns early when the semantics
// moved the fast loop's limit (a wait state or an attention request; the
// caller then times the instructions run so far step by step). Instructions
// whose semantics are simple and cannot fault or stall are emitted inline
// (scalar ADD/SUB/CMP/MOV/logical with an immediate or plain register
// operand, VPST, VMSR P0, Helium VADD/VSUB/VMUL with every lane active) and
// set none of that per-instruction state: nothing reads it between two
// calls. An inline Helium instruction checks at run time that every lane is
// active (no VPT block, no tail predication) and the FP context is enabled,
// and calls its semantics otherwise, so predication, faults and beats are
// those of the interpreter. The block's last instruction always goes
// through its semantics (it may branch: next_pc), unless it is B or B<cond>.
//
// tests/unit/test_block_compiler.cpp runs each inline form against its
// semantics on random states; cli.fast_vs_step holds whole runs with
// compiled blocks to the step-by-step path's output and cycles.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "cores/armv8m/code_cache.h"
#include "cores/armv8m/jit_code_buffer.h"

namespace tinysim::armv8m {

class Cpu;
namespace x64 { class Emitter; struct Mem; }

class BlockCompiler {
 public:
  // True on hosts where blocks can be compiled (x86-64 with SSE4.1).
  static bool host_supported();
  // Compiles blocks for this Cpu (its configuration; the field offsets are
  // those of every Cpu).
  explicit BlockCompiler(const Cpu& cpu);
  ~BlockCompiler();
  // Host code for b, or nullptr (buffer full, or no executable memory).
  CompiledBlockFn compile(const CodeBlock& b);
  // Whether the instruction is emitted inline (when not the block's last).
  bool has_inline_form(const DecodedInsn& d) const;

  struct InlineForm;

 private:
  struct Offsets;
  x64::Mem reg_mem(unsigned r) const;  // core register r in the Cpu
  x64::Mem q_mem(unsigned q) const;    // Q register q
  void emit_dp(x64::Emitter& e, const InlineForm& f, const DecodedInsn& d) const;
  void emit_branch(x64::Emitter& e, const DecodedInsn& d, uint32_t addr) const;
  void emit_chain(x64::Emitter& e, const CodeBlock& b, uint32_t fallthrough) const;
  void emit_vldr(x64::Emitter& e, const InlineForm& f, const DecodedInsn& d, std::vector<size_t>& slow) const;

  const Cpu& cpu_;
  std::unique_ptr<Offsets> off_;
  JitCodeBuffer buffer_;
  size_t body_offset_ = 0;  // from a compiled block's entry to the end of its prologue
};

}  // namespace tinysim::armv8m
