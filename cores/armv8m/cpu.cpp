#include "cores/armv8m/cpu.h"

#include <algorithm>
#include <cstring>
#include <sstream>

#include "cores/armv8m/block_compiler.h"
#include "cores/armv8m/decoder.h"
#include "cores/armv8m/exec.h"
#include "cores/armv8m/scs.h"
#include "cores/armv8m/timing.h"

namespace tinysim::armv8m {

namespace {
std::string hex32(uint32_t v) {
  char b[16];
  snprintf(b, sizeof b, "0x%08x", v);
  return b;
}

// ITAdvance (Arm ARM): the next instruction's condition and the remaining mask.
uint8_t it_advance(uint8_t it) {
  return (it & 7) == 0 ? 0 : static_cast<uint8_t>((it & 0xE0) | ((it << 1) & 0x1F));
}
}  // namespace

Cpu::Cpu(const CpuConfig& cfg)
    : cfg_(cfg),
      decoder_(std::make_unique<Decoder>(cfg.mve)),
      timing_(std::make_unique<Timing>()),
      scs_(std::make_unique<SystemControlSpace>(*this, cfg.num_irq, cfg.init_vtor)),
      pages_(static_cast<Page*>(std::calloc(1u << 20, sizeof(Page))), [](Page* p) { std::free(p); }) {
  if (!pages_) throw std::bad_alloc();
  compile_blocks_ = cfg.compile_blocks && BlockCompiler::host_supported();
}

Cpu::~Cpu() = default;

void Cpu::map_region(MemRegion* region, uint32_t base) {
  region->decoded.resize((region->size + 4095) / 4096);
  for (uint32_t off = 0; off < region->size; off += 4096) {
    Page& p = pages_[(static_cast<uint64_t>(base) + off) >> 12];
    p.host = region->host + off;
    p.events = &counters_.memory[region->counter_index];
    p.code = &region->decoded[off >> 12];
    p.read_wait = region->read_wait;
    p.write_wait = region->write_wait;
    p.read_only = region->read_only;
  }
  fetch_page_base_ = 1;
}

// ---------------------------------------------------------------------------
// Reset and run loop

void Cpu::reset() {
  std::fill(std::begin(r), std::end(r), 0);
  scs_->reset();
  control = primask = faultmask = basepri = ipsr = 0;
  fp_access_ok_ = false;
  itstate = 0;
  n = z = c = v = q = false;
  ge = 0;
  fpscr = 0;
  vpr = 0;
  ltpsize = 4;
  psp = 0;
  excl_valid = false;
  uint32_t vtor = scs_->vtor();
  uint8_t buf[8];
  if (!debug_read(vtor, buf, 8)) {
    request_stop(StopReason::Error, 1,
                 "reset: cannot read the vector table at " + hex32(vtor) + " (not in a memory of the platform)");
    return;
  }
  uint32_t sp, entry;
  memcpy(&sp, buf, 4);
  memcpy(&entry, buf + 4, 4);
  r[13] = sp & ~3u;
  msp = r[13];
  lowest_sp_ = r[13];
  initial_sp_ = r[13];
  pipe_ = PipelineState{};
  r[14] = 0xFFFFFFFF;
  pc = entry & ~1u;
  next_pc = pc;
  if (!(entry & 1)) {
    request_stop(StopReason::Error, 1,
                 "reset: the reset vector " + hex32(entry) + " at " + hex32(vtor + 4) +
                     " has bit 0 clear (not a Thumb address): is this an Arm Cortex-M image with a vector table?");
  }
}

void Cpu::request_stop(StopReason reason, int code, std::string msg) {
  if (stop_reason_ != StopReason::None) return;
  stop_reason_ = reason;
  exit_code_ = code;
  stop_message_ = std::move(msg);
  leave_fast_path();
}

void Cpu::run(uint64_t until_cycle) {
  while (!stopped() && !sleeping_ && cycles() < until_cycle) {
    // No instruction is running here: code pages dropped by stores can go.
    if (__builtin_expect(!retired_code_.empty(), 0)) retired_code_.clear();
    try {
      if (cycles() >= next_event_cycle_) scs_->on_cycle_event(cycles());
      if (attention_) {
        attention_ = false;
        if (stopped()) break;
        if (exceptions_dirty_) {
          exceptions_dirty_ = false;
          check_pending_exceptions();
        }
        if (sleeping_) break;
      }
      uint64_t limit = std::min(until_cycle, next_event_cycle_);
      if (itstate || trace_) {
        const DecodedInsn& d = fetch_decoded(pc);
        step_slow(d);
        continue;
      }
      // Fast path: no IT block, no trace, nothing pending.
      fast_limit_ = attention_ || limit <= stall_acc_ ? 0 : limit - stall_acc_;
      run_blocks();
    } catch (const GuestFault& f) {
      leave_block();
      take_fault(f);
    } catch (const StopRequest& s) {
      leave_block();
      request_stop(s.reason, s.exit_code, s.message);
    }
  }
}

// The fast loop: whole blocks (code_cache.h) while cycles < fast_limit_.
// Every instruction still sets PC and runs its semantics one at a time, and
// the loop leaves after the instruction at which cycles reach the limit, so
// faults, stops and the cycle at which the loop returns are those of a
// step-by-step run. What a block saves is the fetch of the next decoded
// instruction and the timing arithmetic; the loop also keeps the PC and the
// cycle count in registers (it stores them for the semantics but never reads
// them back), so that no chain of store-to-load forwarding through memory
// runs from one instruction to the next: memory wait states added by the
// semantics go to stall_acc_.
//
// Two ways through a block:
// - memoised (CodeBlock::timing_memo_ok, the usual loop body): the block's
//   cycles for its entry state come from a BlockTiming, so each instruction
//   costs its semantics, its PC and its start cycle. The memo holds while no
//   wait state and no attention request comes up inside the block and the
//   whole block ends before the limit; any of those changes fast_limit_
//   (add_stall, update_pending, leave_fast_path), after which the
//   instructions run so far are timed step by step and the block finishes
//   on the step-by-step path, so the cycles are the same either way.
// - step by step: the first instruction timed at run time, the others from
//   the block's table (scalar) or the beat model (vector).
void Cpu::run_blocks() {
  PipelineState ps = pipe_;
  uint64_t cyc = counters_.cycles;
  uint32_t pcl = pc;
  // The way out of the last memoised run (BlockLink), and whether its
  // block had vector instructions.
  BlockLink* link = nullptr;
  uint32_t link_from_generation = 0;
  const BlockTiming* link_from = nullptr;
  bool link_from_vector = false;
  while (cyc < fast_limit_) {
    const CodeBlock* bp = &block_at(pcl);
    if (bp->runs++ == 0) counted_blocks_.push_back(bp);
    cur_block_ = bp;
    cur_block_pc_ = pcl;
    const DecodedInsn* d = bp->insns.data();
    const DecodedInsn* end = d + bp->insns.size();
    const DecodedInsn* p = d + 1;
    const BlockSlot* t = bp->slots.data() + 1;
    bool branched = false;
    unsigned v;
    uint64_t now0 = cyc + stall_acc_;
    const BlockTiming* memo = nullptr;
    if (link && link->block == bp && link->epoch == code_epoch_ &&
        link->memo->generation == link->memo_generation) {
      memo = link->memo;
    } else if (bp->timing_memo_ok) {
      memo = block_timing(*bp, ps, now0);
      // A scalar block's memo leaves the beat model's state out, so a link
      // from it to a block with vector instructions would not hold.
      if (memo && link && link_from->generation == link_from_generation && (link_from_vector || !bp->has_vector))
        *link = BlockLink{bp, memo, memo->generation, code_epoch_};
    }
    link = nullptr;
    if (memo && cyc + memo->last_start < fast_limit_) {
      const uint64_t limit0 = fast_limit_;
      const uint16_t* start = memo->start;
      const DecodedInsn* q = d;
      if (!bp->compiled && compile_blocks_ && bp->memo_runs < CodeBlock::kCompileAfter &&
          ++bp->memo_runs == CodeBlock::kCompileAfter)
        bp->compiled = compile_block(*bp);
      if (bp->compiled) {
        // The same loop as host code (block_compiler.h); it leaves pc at
        // the last instruction it ran, and may have gone on into linked
        // blocks of the same kind (chain_), all of them run to their end
        // but the last.
        const uint64_t stalls = now0 - cyc;
        chain_.prev_memo = nullptr;
        const uint32_t ran = bp->compiled(this, cyc, memo);
        if (chain_.prev_memo) {
          state_after_memo(ps, *chain_.prev_memo, bp->has_vector, chain_.prev_entry + stalls,
                           chain_.prev_clear_pair);
          bp = cur_block_;
          memo = chain_.memo;
          cyc = chain_.entry;
          now0 = cyc + stalls;
          d = q = bp->insns.data();
          end = d + bp->insns.size();
          start = memo->start;
        }
        q += ran;
        start += ran;
        pcl = pc;
      } else {
        for (;;) {
          const uint32_t fallthrough = pcl + q->len;
          pc = pcl;
          r[15] = pcl + 4;
          next_pc = fallthrough;
          counters_.cycles = cyc + *start;
          q->exec(*this, *q);
          if (__builtin_expect(fast_limit_ != limit0, 0)) break;
          ++start;
          if (++q == end) break;
          pcl = fallthrough;
        }
      }
      const uint32_t fallthrough = pcl + q[q == end ? -1 : 0].len;
      branched = next_pc != fallthrough;
      pcl = branched ? next_pc : fallthrough;
      if (__builtin_expect(q == end, 1)) {
        cyc += *start;
        const DecodedInsn& last = end[-1];
        const bool refill = branched && !(last.flags & kInsnVector);
        if (refill) cyc += last.taken;  // the refill after a taken branch (pipeline_cycles)
        state_after_memo(ps, *memo, bp->has_vector, now0, refill);
        counters_.cycles = cyc;
        cur_block_ = nullptr;
        link = &memo->next[branched];
        link_from = memo;
        link_from_generation = memo->generation;
        link_from_vector = bp->has_vector;
        continue;
      }
      // A wait state or an attention request in instruction q: time the
      // instructions up to it step by step (the ones before it had no wait
      // state, q issues after its own) and go on from there.
      const size_t last = static_cast<size_t>(q - d);
      const uint64_t stall0 = now0 - cyc;
      for (size_t i = 0; i <= last; ++i) {
        const uint64_t stall = i == last ? stall_acc_ : stall0;
        cyc += block_slot_cycles(ps, *bp, i, v, cyc + stall, i == last && branched);
      }
      counters_.cycles = cyc;
      p = q + 1;
      t = bp->slots.data() + last + 1;
    } else {
      // The first instruction follows whatever ran before: timed at run
      // time, inline here (through the slot loop and run_timed_slot it costs
      // ~10% more host instructions on both benches, measured with callgrind).
      const uint32_t fallthrough = pcl + d->len;
      pc = pcl;
      r[15] = pcl + 4;
      next_pc = fallthrough;
      d->exec(*this, *d);
      branched = next_pc != fallthrough;
      cyc += pipeline_cycles(ps, *d, branched, cyc + stall_acc_);
      counters_.cycles = cyc;
      if (d->flags & kInsnWritesSp) update_lowest_sp();
      pcl = branched ? next_pc : fallthrough;
      // The rest: scalar timing from the block's table, for the way the
      // last instruction timed at run time issued (v).
      v = ps.pair_flags ? 1 : 0;
    }
    while (!branched && p != end && cyc < fast_limit_) {
      const uint32_t fallthrough = pcl + p->len;
      pc = pcl;
      r[15] = pcl + 4;
      next_pc = fallthrough;
      const BlockSlotKind kind = t->kind;
      unsigned n;
      if (__builtin_expect(kind == kSlotStatic, 1)) {
        p->exec(*this, *p);
        n = t->cycles[v];
      } else if (kind == kSlotStaticSp) {
        p->exec(*this, *p);
        n = t->cycles[v];
        update_lowest_sp();
      } else if (kind == kSlotVector) {
        p->exec(*this, *p);
        n = vector_issue(ps, *p, cyc + stall_acc_, t->cycles[v], t->pipe);
        if (p->flags & kInsnWritesSp) update_lowest_sp();
      } else {
        n = run_timed_slot(ps, p, t, v, cyc);
      }
      const uint32_t np = next_pc;
      branched = np != fallthrough;
      if (__builtin_expect(branched, 0) && kind <= kSlotStaticSp) n += p->taken;  // the others' timing has it
      cyc += n;
      counters_.cycles = cyc;
      ++p;
      ++t;
      pcl = branched ? np : fallthrough;
    }
    // The pipeline state after the last instruction run (the other kinds
    // keep `ps` exact).
    if (p != d + 1 && t[-1].kind <= kSlotStaticSp) state_after_static(ps, p[-1], t[-1], v, branched);
    // Instructions the run did not reach (counted on entry).
    for (; p != end; ++p) counters_.op_class[static_cast<unsigned>(p->opclass)]--;
    cur_block_ = nullptr;
  }
  pc = pcl;
  pipe_ = ps;
  counters_.cycles = cyc;
  fold_stalls();
}

void Cpu::state_after_memo(PipelineState& ps, const BlockTiming& m, bool has_vector, uint64_t now0,
                           bool clear_pair) {
  if (has_vector) {
    ps = from_relative(m.exit, now0);
  } else {  // the beat model's state is the block's entry state
    ps.last_dst = m.exit.last_dst;
    ps.last_stall = m.exit.last_stall;
    ps.pair_flags = m.exit.pair_flags;
  }
  if (clear_pair) ps.pair_flags = 0;
}

bool Cpu::to_relative(const PipelineState& ps, uint64_t now, RelativePipeState& out) {
  auto rel = [now](uint64_t at) { return at > now ? at - now : 0; };
  const uint64_t q = rel(ps.q_ready);
  const uint64_t f0 = rel(ps.vec_free[0]), f1 = rel(ps.vec_free[1]);
  const uint64_t f2 = rel(ps.vec_free[2]), f3 = rel(ps.vec_free[3]);
  if ((q | f0 | f1 | f2 | f3) > 0xFFFFu) return false;
  out.last_dst = ps.last_dst;
  out.last_stall = ps.last_stall;
  out.pair_flags = ps.pair_flags;
  out.last_qdst = ps.last_qdst;
  out.unused = 0;
  out.q_ready = static_cast<uint16_t>(q);
  out.vec_free[0] = static_cast<uint16_t>(f0);
  out.vec_free[1] = static_cast<uint16_t>(f1);
  out.vec_free[2] = static_cast<uint16_t>(f2);
  out.vec_free[3] = static_cast<uint16_t>(f3);
  return true;
}

// A pipe free before `now` comes back as free at `now`: the beat model only
// compares these cycles with issue cycles at or after `now`, so the timing
// is the same.
Cpu::PipelineState Cpu::from_relative(const RelativePipeState& r, uint64_t now) {
  PipelineState ps;
  ps.last_dst = r.last_dst;
  ps.last_stall = r.last_stall;
  ps.pair_flags = r.pair_flags;
  ps.last_qdst = r.last_qdst;
  ps.q_ready = now + r.q_ready;
  for (unsigned i = 0; i < 4; ++i) ps.vec_free[i] = now + r.vec_free[i];
  return ps;
}

unsigned Cpu::block_slot_cycles(PipelineState& ps, const CodeBlock& b, size_t i, unsigned& v, uint64_t now,
                                bool branched) {
  const DecodedInsn& d = b.insns[i];
  if (i == 0) {
    const unsigned n = pipeline_cycles(ps, d, branched, now);
    v = ps.pair_flags ? 1 : 0;
    return n;
  }
  const BlockSlot& t = b.slots[i];
  if (t.kind == kSlotVector) return vector_issue(ps, d, now, t.cycles[v], t.pipe);
  // kSlotStatic: the state it leaves is set lazily (state_after_static).
  return t.cycles[v] + (branched ? d.taken : 0u);
}

const BlockTiming* Cpu::block_timing(const CodeBlock& b, const PipelineState& ps, uint64_t now) {
  RelativePipeState entry;  // unused = 0: a valid key
  if (b.has_vector) {
    if (!to_relative(ps, now, entry)) return nullptr;
  } else {
    // Without vector instructions only the scalar part matters (the memo
    // leaves the beat model's part alone).
    entry.last_dst = ps.last_dst;
    entry.last_stall = ps.last_stall;
    entry.pair_flags = ps.pair_flags;
  }
  for (const BlockTiming& m : b.timing_memo)
    if (m.entry == entry) return &m;
  return build_block_timing(b, entry);
}

__attribute__((noinline)) const BlockTiming* Cpu::build_block_timing(const CodeBlock& b, const RelativePipeState& entry) {
  BlockTiming& m = b.timing_memo[b.timing_memo_next];
  b.timing_memo_next = static_cast<uint8_t>((b.timing_memo_next + 1) % CodeBlock::kTimingMemos);
  const size_t count = b.insns.size();
  m.entry.unused = BlockTiming::kInvalid;
  ++m.generation;
  m.next[0] = m.next[1] = BlockLink{};
  PipelineState ps = from_relative(entry, 0);
  uint64_t cyc = 0;
  unsigned v = 0;
  for (size_t i = 0; i < count; ++i) {
    m.start[i] = static_cast<uint16_t>(cyc);
    cyc += block_slot_cycles(ps, b, i, v, cyc, false);
    if (cyc > 0xFFFFu) return nullptr;
  }
  m.start[count] = static_cast<uint16_t>(cyc);
  m.last_start = m.start[count - 1];
  if (count > 1 && b.slots[count - 1].kind == kSlotStatic)
    state_after_static(ps, b.insns[count - 1], b.slots[count - 1], v, false);
  if (!to_relative(ps, 0, m.exit)) return nullptr;
  m.entry = entry;
  return &m;
}

// The block compiler and its code buffer come with the first block worth
// compiling (a short run or a unit test's Cpu never maps the buffer).
__attribute__((noinline)) CompiledBlockFn Cpu::compile_block(const CodeBlock& b) {
  if (!compiler_) compiler_ = std::make_unique<BlockCompiler>(*this);
  return compiler_->compile(b);
}

// An exception thrown by the instruction at pc inside the fast loop: it and
// the rest of its block did not retire.
void Cpu::leave_block() {
  if (!cur_block_) return;
  uncount_block_from(*cur_block_, cur_block_pc_, pc, counters_);
  cur_block_ = nullptr;
}

void Cpu::flush_block_counts() const {
  for (const CodeBlock* b : counted_blocks_) {
    for (auto [cls, count] : b->class_counts) counters_.op_class[cls] += b->runs * count;
    b->runs = 0;
  }
  counted_blocks_.clear();
}

void Cpu::uncount_block_from(const CodeBlock& b, uint32_t entry_pc, uint32_t from_pc, EventCounters& into) {
  uint32_t a = entry_pc;
  for (const DecodedInsn& d : b.insns) {
    if (a >= from_pc) into.op_class[static_cast<unsigned>(d.opclass)]--;
    a += d.len;
  }
}

// A block instruction timed at run time (kSlotDynamic, kSlotCond): the same
// steps as step_slow, on the exact pipeline state. Returns its cycles and
// sets v for the static instructions after it. `cyc`: cycles before it,
// without stall_acc_.
unsigned Cpu::run_timed_slot(PipelineState& ps, const DecodedInsn* p, const BlockSlot* t, unsigned& v, uint64_t cyc) {
  // Make `ps` exact when the previous one was timed from the table.
  if (t[-1].kind <= kSlotStaticSp) state_after_static(ps, p[-1], t[-1], v, false);
  const uint32_t fallthrough = next_pc;
  if (t->kind == kSlotCond) {
    itstate = t->itstate;
    const bool pass = it_condition_passed(*p);
    if (pass) p->exec(*this, *p);
    itstate = it_advance(itstate);
    if (!pass) {  // a failed condition: the slot is used, nothing is written
      ps = PipelineState{};
      v = 0;
      return timing_->params().it_skipped;
    }
  } else {
    p->exec(*this, *p);
  }
  if (p->flags & kInsnWritesSp) update_lowest_sp();
  const unsigned n = pipeline_cycles(ps, *p, next_pc != fallthrough, cyc + stall_acc_);
  v = ps.pair_flags ? 1 : 0;
  return n;
}

// One instruction with IT-block handling and trace: the slow path.
void Cpu::step_slow(const DecodedInsn& d) {
  const uint32_t this_pc = pc;
  const uint32_t fallthrough = pc + d.len;
  const uint64_t start = cycles();
  r[15] = pc + 4;
  next_pc = fallthrough;
  unsigned cyc = d.cycles;
  bool executed = true;
  if (itstate && !(d.flags & kInsnIsIt)) {
    if (!it_condition_passed(d)) {
      executed = false;
      cyc = timing_->params().it_skipped;
    } else if (d.flags & kInsnItSensitive) {
      const DecodedInsn in_it = in_it_block(d);
      in_it.exec(*this, in_it);
    } else {
      d.exec(*this, d);
    }
    itstate = it_advance(itstate);
  } else {
    d.exec(*this, d);
  }
  if (executed) {
    count_retired(d, pipeline_cycles(pipe_, d, next_pc != fallthrough, cycles()));
  } else {
    // A failed IT condition: the slot is used, nothing is written.
    pipe_ = PipelineState{};
    count_retired(d, cyc);
  }
  pc = next_pc;
  if (trace_) trace_(*this, this_pc, d, start);
}

// ---------------------------------------------------------------------------
// Instruction fetch and the decoded-instruction cache

CodePage& Cpu::code_page(uint32_t addr) {
  uint32_t base = addr & ~0xFFFu;
  if (base != fetch_page_base_) {
    const Page* p = page(addr);
    if (!p) {
      throw GuestFault{kExcBusFault, kCfsrIbuserr, addr, false,
                       "instruction fetch from an address with no memory"};
    }
    if (!*p->code) p->code->reset(new CodePage);
    fetch_page_ = p->code->get();
    fetch_page_base_ = base;
  }
  return *fetch_page_;
}

__attribute__((noinline, cold)) const DecodedInsn& Cpu::fetch_decoded_slow(uint32_t addr) {
  DecodedInsn& d = code_page(addr).insn[(addr & 0xFFF) >> 1];
  if (!d.exec) decode_into(d, addr);
  return d;
}

const DecodedInsn& Cpu::decode_at(uint32_t addr) { return fetch_decoded(addr); }

// The condition of the instruction d of an IT block; BKPT executes whatever
// the condition (Arm ARM, "BKPT").
bool Cpu::it_condition_passed(const DecodedInsn& d) const {
  return cond_passed(itstate >> 4) || d.exec == exec_bkpt;
}

// A 16-bit flag-setting form inside an IT block sets no flags: its copy with
// setflags clear and the semantics specialised for that.
DecodedInsn Cpu::in_it_block(const DecodedInsn& d) const {
  DecodedInsn c = d;
  c.setflags = 0;
  c.exec = specialize_exec(decoder_->pattern(d.pattern).p.exec, c);
  return c;
}

__attribute__((noinline)) const CodeBlock& Cpu::block_at_slow(uint32_t addr) {
  CodePage& cp = code_page(addr);
  CodeBlock* b = cp.block_at[(addr & 0xFFF) >> 1];
  if (!b) b = build_block(cp, addr);
  block_cache_[(addr >> 1) & (kBlockCacheSize - 1)] = b;
  return *b;
}

namespace {
// Instructions after which a block stops: those that may write the PC, and
// IT when its block is not built in (it then leaves the fast loop). Only a
// matter of speed: the fast loop leaves a block wherever an instruction
// branches.
bool ends_block(const DecodedInsn& d) {
  switch (d.opclass) {
    case OpClass::Branch: case OpClass::BranchLink: case OpClass::LoopBranch:
      return true;
    case OpClass::LoadMulti:
      if (d.reglist & 0x8000) return true;
      break;
    default:
      break;
  }
  return (d.flags & kInsnIsIt) || (d.dst_mask & 0x8000);
}

// IT inside a block: the block's kSlotCond instructions follow it there, so
// it only sets ITSTATE (for a fault or an interrupt between them) and stays
// in the fast loop.
void exec_it_in_block(Cpu& c, const DecodedInsn& d) { c.itstate = static_cast<uint8_t>((d.cond << 4) | d.extra); }
}  // namespace

CodeBlock* Cpu::build_block(CodePage& cp, uint32_t addr) {
  auto b = std::make_unique<CodeBlock>();
  b->pc = addr;
  const uint32_t page_end = (addr | 0xFFFu) + 1u;
  // Decoded instruction at a (a later one may straddle into unmapped
  // memory: null, it faults when reached).
  auto decoded = [&](uint32_t a) -> const DecodedInsn* {
    if (a >= page_end || a < addr) return nullptr;
    DecodedInsn& d = cp.insn[(a & 0xFFF) >> 1];
    if (!d.exec) {
      if (a == addr) {
        decode_into(d, a);  // a fetch fault here is the fault of the instruction at the PC
      } else {
        try {
          decode_into(d, a);
        } catch (const GuestFault&) {
          return nullptr;
        }
      }
    }
    return &d;
  };
  auto add = [&](const DecodedInsn& d, BlockSlotKind kind) {
    b->insns.push_back(d);
    BlockSlot slot;
    slot.kind = b->slots.empty() ? kSlotDynamic : kind;
    b->slots.push_back(slot);
  };
  BlockSlotKind next_kind = kSlotStatic;  // kSlotDynamic right after an IT block
  for (uint32_t a = addr; b->insns.size() < CodeBlock::kMaxBlockInsns;) {
    const DecodedInsn* d = decoded(a);
    if (!d) break;
    if (d->flags & kInsnIsIt) {
      // The IT block comes in when all of it fits in this block and only its
      // last instruction may branch.
      uint8_t it = static_cast<uint8_t>((d->cond << 4) | d->extra);
      const unsigned mask = d->extra & 0xF;
      const unsigned count = mask ? 4u - static_cast<unsigned>(__builtin_ctz(mask)) : 0u;
      std::vector<const DecodedInsn*> body;
      uint32_t ia = a + d->len;
      for (unsigned k = 0; k < count; ++k) {
        const DecodedInsn* in = decoded(ia);
        if (!in || (k + 1 < count && ends_block(*in)) || (in->flags & kInsnIsIt)) break;
        body.push_back(in);
        ia += in->len;
      }
      if (count == 0 || body.size() != count ||
          b->insns.size() + 1 + count > CodeBlock::kMaxBlockInsns) {
        add(*d, next_kind);  // the usual IT: the fast loop leaves, the slow step runs the IT block
        break;
      }
      DecodedInsn in_block = *d;
      in_block.exec = exec_it_in_block;
      add(in_block, next_kind);
      for (const DecodedInsn* in : body) {
        add((in->flags & kInsnItSensitive) ? in_it_block(*in) : *in, kSlotCond);
        b->slots.back().itstate = it;
        it = it_advance(it);
      }
      a = ia;
      if (ends_block(*body.back())) break;
      next_kind = kSlotDynamic;
      continue;
    }
    BlockSlotKind kind = next_kind;
    if (kind == kSlotStatic && (d->flags & kInsnVector)) kind = kSlotVector;
    else if (kind == kSlotStatic && (d->flags & kInsnWritesSp)) kind = kSlotStaticSp;
    add(*d, kind);
    next_kind = kSlotStatic;
    a += d->len;
    if (ends_block(*d)) break;
  }
  // Timing of the kSlotStatic and kSlotVector instructions, for both ways
  // the last instruction timed at run time can have issued: the same
  // pipeline_cycles the slow step uses, on the state the instructions before
  // them leave.
  const size_t n = b->insns.size();
  for (unsigned v = 0; v < 2; ++v) {
    PipelineState s{};
    for (size_t i = 0; i < n; ++i) {
      const DecodedInsn& d = b->insns[i];
      BlockSlot& slot = b->slots[i];
      switch (slot.kind) {
        case kSlotDynamic:
        case kSlotCond:
          // What the run time leaves for the next one when this one ran
          // (after a failed condition the next one is never static).
          s = PipelineState{};
          s.last_dst = d.dst_mask;
          s.last_stall = d.stall;
          s.pair_flags = (v && !(d.flags & kInsnVector)) ? d.flags : 0;
          break;
        case kSlotVector:
          slot.cycles[v] = static_cast<uint16_t>((d.src_mask & s.last_dst) ? s.last_stall : 0u);
          slot.pipe = static_cast<uint8_t>(vector_pipe(d.opclass));
          s.last_dst = d.dst_mask;
          s.last_stall = d.stall;
          s.pair_flags = 0;
          break;
        case kSlotStatic:
        case kSlotStaticSp:
          slot.cycles[v] = static_cast<uint16_t>(pipeline_cycles(s, d, false, 0));
          slot.pair_flags[v] = s.pair_flags;
          break;
      }
    }
  }
  b->timing_memo_ok = std::all_of(b->slots.begin() + 1, b->slots.end(),
                                  [](const BlockSlot& t) { return t.kind == kSlotStatic || t.kind == kSlotVector; }) &&
                      std::none_of(b->insns.begin(), b->insns.end(),
                                   [](const DecodedInsn& d) { return (d.flags & kInsnWritesSp) != 0; });
  b->has_vector = std::any_of(b->insns.begin(), b->insns.end(),
                              [](const DecodedInsn& d) { return (d.flags & kInsnVector) != 0; });
  for (const DecodedInsn& d : b->insns) {
    const auto cls = static_cast<uint8_t>(d.opclass);
    auto it = std::find_if(b->class_counts.begin(), b->class_counts.end(), [&](auto& e) { return e.first == cls; });
    if (it == b->class_counts.end()) b->class_counts.emplace_back(cls, 1);
    else it->second++;
  }
  CodeBlock* raw = b.get();
  cp.block_at[(addr & 0xFFF) >> 1] = raw;
  cp.blocks.push_back(std::move(b));
  return raw;
}

namespace {
void exec_undefined_encoding(Cpu& c, const DecodedInsn&) { c.undefined("undefined instruction encoding"); }
void exec_no_fpu(Cpu& c, const DecodedInsn&) { c.usage_fault(kCfsrNocp, "FPU instruction on a core without FPU"); }
}  // namespace

void Cpu::decode_into(DecodedInsn& d, uint32_t addr) {
  auto fetch16 = [&](uint32_t a) -> uint16_t {
    const Page* p = page(a);
    if (!p) throw GuestFault{kExcBusFault, kCfsrIbuserr, a, false, "instruction fetch from an address with no memory"};
    const uint8_t* b = p->host + (a & 0xFFF);
    return static_cast<uint16_t>(b[0] | b[1] << 8);
  };
  uint16_t hw1 = fetch16(addr);
  bool is32 = Decoder::is_32bit(hw1);
  uint32_t raw = is32 ? (static_cast<uint32_t>(hw1) << 16 | fetch16(addr + 2)) : hw1;
  DecodedInsn tmp;
  if (!decoder_->decode(raw, is32, tmp)) tmp.exec = exec_undefined_encoding;
  const OpClass cls = tmp.opclass;
  const bool fp_class = cls >= OpClass::FpAlu && cls <= OpClass::FpMove;
  if (fp_class && !cfg_.fpu) tmp.exec = exec_no_fpu;
  else tmp.exec = specialize_exec(tmp.exec, tmp);
  unsigned cycles = timing_->issue(cls);
  if (cls == OpClass::LoadMulti || cls == OpClass::StoreMulti) {
    unsigned regs = __builtin_popcount(tmp.reglist);
    if (regs > 1) cycles += (regs - 1) * timing_->params().per_extra_register;
  } else if ((cls == OpClass::FpLoad || cls == OpClass::FpStore) && tmp.reglist > 1) {
    // VLDM/VSTM/VPUSH/VPOP: reglist is the register count; a double is two words.
    unsigned words = tmp.reglist * (tmp.sz == 1 ? 2u : 1u);
    cycles += (words - 1) * timing_->params().per_extra_register;
  }
  if (cls == OpClass::MveGather || cls == OpClass::MveScatter) {
    // Assumption: the load/store pipe makes two element accesses per cycle
    // (a 32-bit gather/scatter then takes the 2 cycles LLVM's M55 model
    // gives every vector load/store); 16 bytes need 8, 8 halfwords 4.
    const unsigned elements = tmp.sz < 3 ? 16u >> tmp.sz : 2u;
    cycles = std::max(cycles, elements / 2);
  }
  tmp.cycles = static_cast<uint8_t>(std::min(cycles, 255u));
  tmp.stall = timing_->dependency_stall(cls);
  tmp.taken = timing_->taken_penalty(cls);
  if (!timing_->params().dual_issue) tmp.flags &= static_cast<uint8_t>(~kInsnDualIssue);
  else if ((tmp.flags & kInsnT16) && tmp.cycles == 1) tmp.flags |= kInsnPairable;
  d = tmp;
}


void Cpu::invalidate_code_page(std::unique_ptr<CodePage>& page) {
  if (page.get() == fetch_page_) {
    fetch_page_ = nullptr;
    fetch_page_base_ = 1;
  }
  flush_block_counts();  // before its blocks go
  retired_code_.push_back(std::move(page));
  ++code_epoch_;         // links to its blocks no longer hold
  std::fill(std::begin(block_cache_), std::end(block_cache_), nullptr);
  leave_fast_path();
}

std::string Cpu::disassemble(uint32_t addr, const DecodedInsn& d, int it_cond) const {
  return decoder_->disassemble(d, addr, it_cond);
}

// ---------------------------------------------------------------------------
// Data memory

uint32_t Cpu::slow_read(uint32_t a, unsigned len) {
  if (SystemControlSpace::handles(a)) {
    if (!privileged()) throw GuestFault{kExcBusFault, kCfsrPreciserr, a, true, "unprivileged access to the System Control Space"};
    uint32_t v = 0;
    scs_->read(a, v, len);
    return v;
  }
  if (page(a) && page(a + len - 1)) {  // memory access crossing a 4 KiB page
    uint32_t v = 0;
    for (unsigned i = 0; i < len; ++i) v |= read8(a + i) << (8 * i);
    return v;
  }
  uint8_t buf[4] = {};
  uint64_t delay = 0;
  if (!bus_ || !bus_->read(a, buf, len, delay)) {
    throw GuestFault{kExcBusFault, kCfsrPreciserr, a, true, "read from an address with no memory or device"};
  }
  add_stall(static_cast<uint32_t>(delay));
  uint32_t v = 0;
  memcpy(&v, buf, len);
  return v;
}

void Cpu::slow_write(uint32_t a, uint32_t v, unsigned len) {
  if (SystemControlSpace::handles(a)) {
    if (!privileged()) throw GuestFault{kExcBusFault, kCfsrPreciserr, a, true, "unprivileged access to the System Control Space"};
    scs_->write(a, v, len);
    return;
  }
  if (const Page* p = page(a)) {
    if (p->read_only)
      throw GuestFault{kExcBusFault, kCfsrPreciserr, a, true, "write to read-only memory"};
    if (page(a + len - 1)) {
      for (unsigned i = 0; i < len; ++i) write8(a + i, (v >> (8 * i)) & 0xFF);
      return;
    }
  }
  uint8_t buf[4];
  memcpy(buf, &v, 4);
  uint64_t delay = 0;
  if (!bus_ || !bus_->write(a, buf, len, delay)) {
    throw GuestFault{kExcBusFault, kCfsrPreciserr, a, true, "write to an address with no memory or device"};
  }
  add_stall(static_cast<uint32_t>(delay));
}

void Cpu::alignment_fault(uint32_t a, const char* why) {
  throw GuestFault{kExcUsageFault, kCfsrUnaligned, a, false, why};
}

bool Cpu::debug_read(uint32_t a, uint8_t* out, size_t len) {
  for (size_t i = 0; i < len; ++i) {
    uint32_t addr = a + static_cast<uint32_t>(i);
    if (const Page* p = page(addr)) {
      out[i] = p->host[addr & 0xFFF];
    } else {
      uint64_t delay = 0;
      if (!bus_ || !bus_->read(addr, out + i, 1, delay)) return false;
    }
  }
  return true;
}

bool Cpu::debug_write(uint32_t a, const uint8_t* in, size_t len) {
  for (size_t i = 0; i < len; ++i) {
    uint32_t addr = a + static_cast<uint32_t>(i);
    const Page* p = page(addr);
    if (!p) return false;
    p->host[addr & 0xFFF] = in[i];
    if (*p->code) invalidate_code_page(*p->code);
  }
  return true;
}

// ---------------------------------------------------------------------------
// Flags, PSR and special registers

uint32_t Cpu::xpsr() const {
  uint32_t x = (n ? 1u << 31 : 0) | (z ? 1u << 30 : 0) | (c ? 1u << 29 : 0) | (v ? 1u << 28 : 0) |
               (q ? 1u << 27 : 0);
  x |= (ge & 0xF) << 16;
  x |= (static_cast<uint32_t>(itstate) & 3) << 25;
  x |= (static_cast<uint32_t>(itstate) >> 2) << 10;
  x |= 1u << 24;  // T
  x |= ipsr & 0x1FF;
  return x;
}

void Cpu::set_apsr_nzcvq(uint32_t x) {
  n = x >> 31 & 1; z = x >> 30 & 1; c = x >> 29 & 1; v = x >> 28 & 1; q = x >> 27 & 1;
}
void Cpu::set_apsr_ge(uint32_t x) { ge = (x >> 16) & 0xF; }

namespace {
bool psp_active_for(uint32_t ipsr, uint32_t control) { return ipsr == 0 && (control & 2); }
}  // namespace

uint32_t Cpu::read_special(unsigned sysm) const {
  bool psp_active = psp_active_for(ipsr, control);
  uint32_t apsr = xpsr() & 0xF80F0000u;
  switch (sysm) {
    case 0: return apsr;
    case 1: return apsr | (ipsr & 0x1FF);
    case 2: return apsr;
    case 3: return apsr | (ipsr & 0x1FF);
    case 5: return ipsr & 0x1FF;
    case 6: return 0;
    case 7: return ipsr & 0x1FF;
    case 8: return psp_active ? msp : r[13];
    case 9: return psp_active ? r[13] : psp;
    case 10: return msplim;
    case 11: return psplim;
    case 16: return primask & 1;
    case 17: case 18: return basepri & 0xFF;
    case 19: return faultmask & 1;
    case 20: return control & (cfg_.fpu ? 0xFu : 0x3u);
    default: return 0;
  }
}

void Cpu::write_special(unsigned sysm, uint32_t val, unsigned mask) {
  bool psp_active = psp_active_for(ipsr, control);
  if (sysm <= 3) {
    if (mask & 2) set_apsr_nzcvq(val);
    if (mask & 1) set_apsr_ge(val);
    return;
  }
  if (!privileged()) return;
  switch (sysm) {
    case 8: if (psp_active) msp = val & ~3u; else r[13] = val & ~3u; break;
    case 9: if (psp_active) r[13] = val & ~3u; else psp = val & ~3u; break;
    case 10: msplim = val & ~7u; break;
    case 11: psplim = val & ~7u; break;
    case 16: primask = val & 1; update_pending(); break;
    case 17: basepri = val & 0xE0; update_pending(); break;
    case 18: {
      uint32_t nv = val & 0xE0;
      if (nv != 0 && (nv < basepri || basepri == 0)) basepri = nv;
      update_pending();
      break;
    }
    case 19: if (ipsr != kExcNmi && ipsr != kExcHardFault) faultmask = val & 1; update_pending(); break;
    case 20: {
      uint32_t keep_mask = cfg_.fpu ? 0x7u : 0x3u;  // nPRIV, SPSEL, FPCA
      uint32_t newc = (control & ~keep_mask) | (val & keep_mask);
      if (handler_mode()) newc = (newc & ~2u) | (control & 2u);  // SPSEL writes ignored in handler mode
      bool new_psp = psp_active_for(ipsr, newc);
      if (new_psp != psp_active) {
        if (new_psp) { msp = r[13]; r[13] = psp; } else { psp = r[13]; r[13] = msp; }
      }
      control = newc;
      fp_access_changed();
      break;
    }
    default: break;
  }
}

void Cpu::bx_write_pc(uint32_t addr) {
  if (handler_mode() && (addr >> 24) == 0xFF) {
    exception_return(addr);
    return;
  }
  if (!(addr & 1)) {
    // Interworking to Arm state is impossible on M-profile: INVSTATE on the
    // next instruction; the architecture takes it at the target.
    next_pc = addr & ~1u;
    throw GuestFault{kExcUsageFault, kCfsrInvstate, addr, false, "branch to an address with bit 0 clear (Arm state)"};
  }
  next_pc = addr & ~1u;
}

void Cpu::undefined(const char* why) {
  throw GuestFault{kExcUsageFault, kCfsrUndefinstr, 0, false, why};
}
void Cpu::usage_fault(uint32_t bit, const char* why) {
  throw GuestFault{kExcUsageFault, bit, 0, false, why};
}

void Cpu::check_fp_enabled() {
  uint32_t cp10 = (scs_->cpacr() >> 20) & 3;
  bool ok = cp10 == 3 || (cp10 == 1 && privileged());
  if (!ok) throw GuestFault{kExcUsageFault, kCfsrNocp, 0, false, "FPU access while CPACR disables CP10/CP11"};
}

void Cpu::note_fp_use() {
  if (!(control & 4) && (scs_->fpccr() & (1u << 31))) {
    // First FP instruction of a context: FPSCR takes the default from FPDSCR
    // (Armv8-M ARM, "FP context activation").
    control |= 4;
    fpscr = scs_->fpdscr();
    // New FP context (Armv8.1-M): FPSCR.LTPSIZE from FPDSCR.LTPSIZE, which
    // reads as 4 (no tail predication), and VPR cleared (QEMU 7.2 agrees).
    ltpsize = 4;
    if (cfg_.mve) vpr = 0;
  }
}

void Cpu::semihosting_call() {
  if (!semihost_) throw StopRequest{StopReason::Error, 1, "semihosting call (BKPT 0xAB) but no semihosting handler"};
  semihost_->call(*this);
}

// ---------------------------------------------------------------------------
// Exceptions

void Cpu::set_irq_pending(int irq) {
  scs_->set_pending(kExcIrq0 + irq, true);
  if (sleeping_) sleeping_ = false;
}

void Cpu::pend_exception(int exc) { scs_->set_pending(exc, true); }

int Cpu::execution_priority() const {
  int prio = 256;
  for (unsigned e = 1; e < scs_->num_exceptions(); ++e)
    if (scs_->is_active(static_cast<int>(e))) prio = std::min(prio, scs_->group_priority(static_cast<int>(e)));
  if (basepri & 0xFF) prio = std::min(prio, scs_->group_priority_of_raw(static_cast<int>(basepri & 0xFF)));
  if (primask & 1) prio = std::min(prio, 0);
  if (faultmask & 1) prio = std::min(prio, -1);
  return prio;
}

bool Cpu::check_pending_exceptions() {
  int exc = scs_->highest_pending();
  if (exc < 0) return false;
  if (scs_->group_priority(exc) >= execution_priority()) return false;
  sleeping_ = false;
  scs_->set_pending(exc, false);
  exception_entry(exc, pc);
  return true;
}

void Cpu::wait_for_interrupt() {
  // Wakes on any pending exception that would preempt, ignoring PRIMASK.
  int exc = scs_->highest_pending();
  if (exc >= 0) return;
  sleeping_ = true;
  leave_fast_path();
}

void Cpu::wait_for_event() {
  if (event_register) { event_register = false; return; }
  wait_for_interrupt();
}

void Cpu::sleep_until(uint64_t cycle) {
  fold_stalls();
  if (cycle > counters_.cycles) {
    counters_.sleep_cycles += cycle - counters_.cycles;
    counters_.cycles = cycle;
  }
  if (counters_.cycles >= next_event_cycle_) scs_->on_cycle_event(counters_.cycles);
  if (scs_->highest_pending() >= 0) { sleeping_ = false; update_pending(); }
}

void Cpu::record_fault_diagnostic(const GuestFault& f, uint32_t fault_pc, bool escalated) {
  std::ostringstream os;
  static const char* names[] = {"", "Reset", "NMI", "HardFault", "MemManage", "BusFault", "UsageFault", "SecureFault"};
  os << (f.exc < 8 ? names[f.exc] : "fault") << (escalated ? " escalated to HardFault" : "") << " (" << f.what
     << ") at pc=" << hex32(fault_pc);
  if (f.addr_valid || f.exc == kExcBusFault) os << ", address=" << hex32(f.addr);
  os << "\n  registers:";
  for (int i = 0; i < 13; ++i) os << (i % 4 == 0 ? "\n    " : "  ") << "r" << i << (i < 10 ? " " : "") << "=" << hex32(r[i]);
  os << "\n    sp =" << hex32(r[13]) << "  lr =" << hex32(r[14]) << "  xpsr=" << hex32(xpsr());
  os << "\n    CFSR=" << hex32(scs_->cfsr()) << "  HFSR=" << hex32(scs_->hfsr());
  last_fault = os.str();
}

void Cpu::take_fault(const GuestFault& f) {
  // INVSTATE is taken on the branch target; every other fault on the
  // instruction that caused it.
  const uint32_t fault_pc = (f.cfsr_bits & kCfsrInvstate) ? (f.addr & ~1u) : pc;
  scs_->record_fault(f.cfsr_bits, f.addr, f.addr_valid);
  int exc = f.exc;
  const int exec_prio = execution_priority();
  if (exc != kExcHardFault && (!scs_->enabled(exc) || scs_->group_priority(exc) >= exec_prio)) {
    exc = kExcHardFault;
    scs_->set_hfsr(kHfsrForced);
  }
  record_fault_diagnostic(f, fault_pc, exc != f.exc);
  if (exc == kExcHardFault && exec_prio <= -1) {
    lockup("fault while at priority -1 or higher (in HardFault or NMI): " + last_fault);
    return;
  }
  exception_entry(exc, fault_pc);
}

void Cpu::lockup(const std::string& why) {
  request_stop(StopReason::Lockup, 1, "core lockup: " + why);
}

bool Cpu::exception_entry(int exc, uint32_t return_addr) {
  const bool fp_frame = cfg_.fpu && (control & 4);
  const uint32_t frame_size = fp_frame ? 0x68 : 0x20;
  const uint32_t sp = r[13];
  const uint32_t frameptr = (sp - frame_size) & ~7u;
  const bool realigned = ((sp - frame_size) & 4) != 0;
  uint32_t x = xpsr();
  if (realigned) x |= 1u << 9;
  uint32_t words[26] = {r[0], r[1], r[2], r[3], r[12], r[14], return_addr, x};
  if (fp_frame) {
    for (int i = 0; i < 16; ++i) words[8 + i] = fp.s[i];
    words[24] = fpscr | static_cast<uint32_t>(ltpsize) << 16;
    words[25] = cfg_.mve ? vpr : 0;   // VPR sits in the reserved word with MVE
  }
  uint32_t nwords = frame_size / 4;
  try {
    for (uint32_t i = 0; i < nwords; ++i) write32(frameptr + 4 * i, words[i]);
  } catch (const GuestFault& f) {
    lockup("exception stacking failed at " + hex32(f.addr) + " (stack pointer " + hex32(sp) +
           " outside RAM?) while entering exception " + std::to_string(exc));
    return false;
  }
  r[13] = frameptr;
  update_lowest_sp();
  const bool was_thread = ipsr == 0;
  const bool was_psp = psp_active_for(ipsr, control);
  // EXC_RETURN (Armv8-M): S=1, DCRS=1, FType=!FPCA, Mode, SPSEL, ES=1.
  uint32_t exc_return = 0xFFFFFF80u | 0x40u | 0x20u | (fp_frame ? 0 : 0x10u) | (was_thread ? 0x8u : 0) |
                        (was_psp ? 0x4u : 0) | 0x1u;
  if (was_psp) { psp = r[13]; r[13] = msp; }
  r[14] = exc_return;
  ipsr = static_cast<uint32_t>(exc);
  // FPCA: the handler starts without FP context. FPSCR.LTPSIZE and VPR are
  // not changed here (Armv8.1-M ARM, ExceptionTaken): the interrupted code's
  // values are in the frame (FPSCR with LTPSIZE in bits 18:16, VPR in the
  // word after it). With FPCA clear, LTPSIZE() reads 4 (a handler's LE does
  // not fault), and the handler's first FP/MVE instruction creates a new FP
  // context, which sets FPSCR from FPDSCR (LTPSIZE 4) and clears VPR
  // (note_fp_use). Without FPCCR.ASPEN no context is stacked or created and
  // the handler shares the interrupted code's LTPSIZE and VPR.
  control &= ~4u;
  fp_access_changed();
  itstate = 0;
  excl_valid = false;
  scs_->set_active(exc, true);
  if (fp_frame) scs_->set_fpcar(frameptr + 0x20);
  add_stall(timing_->params().exception_entry);
  uint8_t vb[4];
  uint32_t vaddr = scs_->vtor() + 4u * static_cast<uint32_t>(exc);
  if (!debug_read(vaddr, vb, 4)) {
    lockup("cannot read the vector for exception " + std::to_string(exc) + " at " + hex32(vaddr));
    return false;
  }
  uint32_t vec;
  memcpy(&vec, vb, 4);
  if (vec == 0 || !(vec & 1) || !page(vec & ~1u)) {
    lockup("exception " + std::to_string(exc) + " has no valid handler (vector " + hex32(vec) + " at " +
           hex32(vaddr) + ")" + (last_fault.empty() ? "" : "; last fault: " + last_fault));
    return false;
  }
  pc = next_pc = vec & ~1u;
  pipe_ = PipelineState{};
  update_pending();  // a higher-priority exception may still be pending
  return true;
}

void Cpu::exception_return(uint32_t exc_return) {
  const int exc = static_cast<int>(ipsr);
  scs_->set_active(exc, false);
  const bool to_thread = exc_return & 0x8;
  const bool frame_on_psp = to_thread && (exc_return & 0x4);
  const bool fp_frame = !(exc_return & 0x10);
  // Current mode is handler: r[13] is MSP, psp holds the process stack.
  uint32_t frameptr = frame_on_psp ? psp : r[13];
  uint32_t words[26];
  uint32_t nwords = fp_frame ? 26 : 8;
  try {
    for (uint32_t i = 0; i < nwords; ++i) words[i] = read32(frameptr + 4 * i);
  } catch (const GuestFault& f) {
    lockup("exception return: cannot unstack the frame at " + hex32(frameptr));
    return;
  }
  r[0] = words[0]; r[1] = words[1]; r[2] = words[2]; r[3] = words[3];
  r[12] = words[4]; r[14] = words[5];
  uint32_t ret_pc = words[6], x = words[7];
  if (fp_frame) {
    for (int i = 0; i < 16; ++i) fp.s[i] = words[8 + i];
    fpscr = words[24] & ~(7u << 16);
    if (cfg_.mve) {
      ltpsize = static_cast<uint8_t>((words[24] >> 16) & 7);
      vpr = words[25] & 0x00FFFFFFu;
    }
  }
  uint32_t new_sp = frameptr + nwords * 4 + ((x >> 9) & 1 ? 4 : 0);
  set_apsr_nzcvq(x);
  ge = (x >> 16) & 0xF;
  itstate = static_cast<uint8_t>(((x >> 25) & 3) | (((x >> 10) & 0x3F) << 2));
  if (frame_on_psp) psp = new_sp; else r[13] = new_sp;
  ipsr = to_thread ? 0 : (x & 0x1FF);
  if (to_thread) {
    control = (control & ~2u) | ((exc_return & 0x4) ? 2u : 0u);
    if (control & 2) { msp = r[13]; r[13] = psp; }
  }
  if (fp_frame) control |= 4; else control &= ~4u;
  fp_access_changed();
  excl_valid = false;
  next_pc = ret_pc & ~1u;
  add_stall(timing_->params().exception_return);
  update_pending();  // tail-chain into anything pending
}

}  // namespace tinysim::armv8m
