// Decoded-code cache of the ISS: per 4 KiB page of code, the decoded
// instruction at every halfword (the slow step, traces and block building
// read these) and the straight-line blocks the fast loop runs.
//
// A block (QEMU's translation block, without the translation) is a run of
// consecutive instructions of one page, from an entry address to the first
// instruction that may branch, at most kMaxBlockInsns long. Its instructions
// are copied next to each other, so the fast loop walks a dense array
// instead of a sparse one-slot-per-halfword page, and it carries the timing
// of its instructions worked out once (Cpu::build_block): within a block, the
// pipeline state before an instruction depends only on the instructions
// before it and on whether the first one paired with the instruction that
// preceded the block, so a scalar instruction's cycles are a table lookup;
// the whole block's cycles, vector instructions included, are a function of
// its entry state and are memoised per entry state (BlockTiming).
// An IT block inside a block is run there too: the condition and ITSTATE of
// each of its instructions are known when the block is built.
// A branch out of the middle of a block (an instruction not expected to
// branch, a fault, a stop) simply leaves it: blocks are a speed device, the
// per-instruction semantics and limits are unchanged. Hot blocks on
// memoised timings are also compiled to host code (block_compiler.h) that
// calls the same semantics or inlines the simple ones.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <utility>
#include <vector>

#include "cores/armv8m/decoded_insn.h"

namespace tinysim::armv8m {

// How the fast loop runs an instruction of a block.
enum BlockSlotKind : uint8_t {
  kSlotStatic,   // scalar after a scalar or vector instruction of the block: cycles from the table
  kSlotStaticSp, // the same, for an instruction that may lower SP (stack watermark)
  kSlotVector,   // vector: the beat model at run time, the core-register dependency stall from the table
  kSlotDynamic,  // timed at run time like the slow step (the first instruction, the one after an IT block)
  kSlotCond,     // inside an IT block: condition check, ITSTATE, timing at run time
};

// One instruction of a block besides its DecodedInsn. Timing is given for
// both ways the last run-time-timed instruction before it can have issued
// (index 0: it paired with its predecessor or cannot pair, so the next 16-bit
// instruction cannot pair with it; index 1: it did not pair, so the next one
// may).
struct BlockSlot {
  // kSlotStatic: cycles without the taken-branch penalty. kSlotVector: the
  // stall of a dependency on the previous instruction's core-register result.
  uint16_t cycles[2] = {0, 0};
  uint8_t pair_flags[2] = {0, 0};  // PipelineState::pair_flags after a kSlotStatic instruction
  BlockSlotKind kind = kSlotStatic;
  uint8_t itstate = 0;             // kSlotCond: ITSTATE while the instruction executes
  uint8_t pipe = 0;                // kSlotVector: its VectorPipe (op_class.h)
};

// The Helium beat model's and the scalar pipeline's state (Cpu::PipelineState)
// relative to a cycle `now`: pipes and Q results that are free or ready by
// then read 0. Timing after `now` depends only on this, so a block entered
// in the same relative state takes the same cycles (BlockTiming).
struct RelativePipeState {
  uint16_t last_dst = 0;
  uint8_t last_stall = 0, pair_flags = 0, last_qdst = 0, unused = 0;
  uint16_t q_ready = 0;
  uint16_t vec_free[4] = {};
  bool operator==(const RelativePipeState& o) const {
    uint64_t a[2], b[2];
    std::memcpy(a, this, 16);
    std::memcpy(b, &o, 16);
    return a[0] == b[0] && a[1] == b[1];
  }
};
static_assert(sizeof(RelativePipeState) == 16);

class Cpu;
struct CodeBlock;
struct BlockTiming;

inline constexpr unsigned kMaxBlockInsns = 64;  // CodeBlock::kMaxBlockInsns

// The block and memo a memoised run continued with (Cpu::run_blocks), kept
// in the memo it left, per way out (fall through, branch taken): the next
// block's entry state follows from this memo's exit state, so while the
// link holds, the next block needs no memo lookup. It holds while no code
// page was dropped since (epoch) and the memo it names was not rebuilt for
// another state (generation).
struct BlockLink {
  const CodeBlock* block = nullptr;
  const BlockTiming* memo = nullptr;
  uint32_t memo_generation = 0;
  uint32_t epoch = 0;
};

// The timing of one run of a whole block without memory wait states, for one
// entry state (Cpu::run_blocks' memoised path): worked out once with the
// same per-instruction model as the step-by-step loop, then reused while
// the block is entered in that state again (a loop body entered from its own
// back edge). A taken branch at the block's end adds its refill at run time.
struct BlockTiming {
  static constexpr uint8_t kInvalid = 0xFF;  // RelativePipeState::unused of an empty entry: matches no state
  RelativePipeState entry{.unused = kInvalid};  // relative to the cycle the first instruction issues
  RelativePipeState exit;              // after the last instruction, relative to the same cycle
  uint16_t last_start = 0;             // start[n - 1]: the block ends before the limit if this does
  uint16_t start[kMaxBlockInsns + 1] = {};  // cycles from the entry to each instruction's issue; start[n]: the whole block
  uint32_t generation = 0;             // counts rebuilds (BlockLink::memo_generation)
  mutable BlockLink next[2];           // [0] fell through, [1] branched
};

// A block compiled to host code (block_compiler.h): runs the block from its
// first instruction on the memo's timing, entered at `entry_cycle`, and may
// go on into the compiled blocks its links lead to (Cpu::ChainExit). Returns
// the index of the instruction of the block it ran last after which the fast
// loop's limit changed, or that block's length when none did.
using CompiledBlockFn = uint32_t (*)(Cpu* cpu, uint64_t entry_cycle, const BlockTiming* memo);

struct CodeBlock {
  static constexpr unsigned kMaxBlockInsns = armv8m::kMaxBlockInsns;
  static constexpr unsigned kTimingMemos = 2;
  uint32_t pc = 0;                     // address of the first instruction
  std::vector<DecodedInsn> insns;      // consecutive instructions
  std::vector<BlockSlot> slots;        // one per instruction; slots[0] is kSlotDynamic
  // Instructions per class, as (OpClass, count): the fast loop counts a
  // block's instructions once per entry (runs, added to the counters by
  // Cpu::flush_block_counts) and takes back those a run did not reach,
  // instead of counting each instruction as it retires.
  std::vector<std::pair<uint8_t, uint8_t>> class_counts;
  mutable uint64_t runs = 0;
  // Blocks whose instructions after the first are all kSlotStatic or
  // kSlotVector and none lowers SP run on memoised timings: the last
  // kTimingMemos entry states, replaced round robin.
  bool timing_memo_ok = false;
  bool has_vector = false;             // a vector instruction: the memo keys on the beat model's state too
  mutable uint8_t timing_memo_next = 0;
  mutable BlockTiming timing_memo[kTimingMemos];
  // Host code of a block run on memoised timings (block_compiler.h),
  // compiled on its kCompileAfter-th such run; stays null when that failed
  // (code buffer full, no executable memory).
  static constexpr uint8_t kCompileAfter = 2;
  mutable uint8_t memo_runs = 0;
  mutable CompiledBlockFn compiled = nullptr;
};

struct CodePage {
  DecodedInsn insn[2048];              // by halfword; exec == nullptr: not decoded yet
  CodeBlock* block_at[2048] = {};      // block starting at each halfword, built on first use
  std::vector<std::unique_ptr<CodeBlock>> blocks;
};

}  // namespace tinysim::armv8m
