#include "cores/armv8m/block_compiler.h"

#include <cstddef>
#include <unordered_map>
#include <vector>

#include "cores/armv8m/code_cache.h"
#include "cores/armv8m/cpu.h"
#include "cores/armv8m/exec.h"
#include "cores/armv8m/exec_alu.h"
#include "cores/armv8m/exec_mve_common.h"
#include "cores/armv8m/exec_mve_int.h"
#include "cores/armv8m/exec_mve_mac.h"
#include "cores/armv8m/exec_mve_mem.h"
#include "cores/armv8m/x86_64_emitter.h"

namespace tinysim::armv8m {

using namespace x64;

// The semantics that have an inline form, and which form.
enum class InlineKind : uint8_t { Dp, Vpst, VmsrP0, VecAlu, Vldr, Branch };
struct BlockCompiler::InlineForm {
  InlineKind kind;
  DpOp op = DpOp::Add;
  Op2 k = Op2::Imm;
  DpWrite w = DpWrite::Generic;
  uint8_t sse_op = 0;   // VecAlu: 66 0F <op>; Vldr: the widening pmov (66 0F 38 <op>), 0 for none
  bool map38 = false;   // VecAlu: 66 0F 38 <op>
  uint8_t bytes = 0;    // Vldr: bytes read (16 / esize elements of msize bytes)
  uint8_t msize = 0;    // Vldr: memory element size (alignment)
};

namespace {

using InlineForm = BlockCompiler::InlineForm;

// A field of the Cpu, which compiled code keeps in RBX.
Mem field(int32_t offset) { return Mem{RBX, offset}; }
constexpr size_t kCodeBufferBytes = size_t{64} << 20;

template <DpOp OP>
void add_dp_forms(std::unordered_map<ExecFn, InlineForm>& m) {
  m[&exec_dp<OP, Op2::Imm, DpWrite::Generic>] = {InlineKind::Dp, OP, Op2::Imm, DpWrite::Generic};
  m[&exec_dp<OP, Op2::Imm, DpWrite::Plain>] = {InlineKind::Dp, OP, Op2::Imm, DpWrite::Plain};
  m[&exec_dp<OP, Op2::Imm, DpWrite::PlainFlags>] = {InlineKind::Dp, OP, Op2::Imm, DpWrite::PlainFlags};
  m[&exec_dp<OP, Op2::RegPlain, DpWrite::Generic>] = {InlineKind::Dp, OP, Op2::RegPlain, DpWrite::Generic};
  m[&exec_dp<OP, Op2::RegPlain, DpWrite::Plain>] = {InlineKind::Dp, OP, Op2::RegPlain, DpWrite::Plain};
  m[&exec_dp<OP, Op2::RegPlain, DpWrite::PlainFlags>] = {InlineKind::Dp, OP, Op2::RegPlain, DpWrite::PlainFlags};
}

const std::unordered_map<ExecFn, InlineForm>& inline_forms() {
  static const auto forms = [] {
    std::unordered_map<ExecFn, InlineForm> m;
    add_dp_forms<DpOp::And>(m);
    add_dp_forms<DpOp::Bic>(m);
    add_dp_forms<DpOp::Orr>(m);
    add_dp_forms<DpOp::Eor>(m);
    add_dp_forms<DpOp::Add>(m);
    add_dp_forms<DpOp::Sub>(m);
    add_dp_forms<DpOp::Mov>(m);
    add_dp_forms<DpOp::Tst>(m);
    add_dp_forms<DpOp::Teq>(m);
    add_dp_forms<DpOp::Cmp>(m);
    add_dp_forms<DpOp::Cmn>(m);
    m[&exec_b] = {InlineKind::Branch};
    m[&exec_bcond] = {InlineKind::Branch};
    m[&exec_mve_vpst] = {InlineKind::Vpst};
    m[&exec_mve_vmsr_p0] = {InlineKind::VmsrP0};
    auto vec = [&m](ExecFn f, uint8_t op, bool map38 = false) {
      InlineForm form{InlineKind::VecAlu};
      form.sse_op = op;
      form.map38 = map38;
      m[f] = form;
    };
    vec(&mve_exec<exec_vadd<uint8_t>>, 0xFC);   // paddb
    vec(&mve_exec<exec_vadd<uint16_t>>, 0xFD);  // paddw
    vec(&mve_exec<exec_vadd<uint32_t>>, 0xFE);  // paddd
    vec(&mve_exec<exec_vsub<uint8_t>>, 0xF8);   // psubb
    vec(&mve_exec<exec_vsub<uint16_t>>, 0xF9);  // psubw
    vec(&mve_exec<exec_vsub<uint32_t>>, 0xFA);  // psubd
    vec(&mve_exec<exec_vmul_vec<1>>, 0xD5);     // pmullw: the low 16 bits of each product
    vec(&mve_exec<exec_vmul_vec<2>>, 0x40, true);  // pmulld (SSE4.1): the low 32 bits
    auto vldr = [&m](ExecFn f, unsigned msize, unsigned esize, uint8_t pmov) {
      InlineForm form{InlineKind::Vldr};
      form.sse_op = pmov;
      form.bytes = static_cast<uint8_t>(16 / esize * msize);
      form.msize = static_cast<uint8_t>(msize);
      m[f] = form;
    };
    vldr(&mve_exec<exec_mve_vldr<1, 1, false>>, 1, 1, 0);
    vldr(&mve_exec<exec_mve_vldr<2, 2, false>>, 2, 2, 0);
    vldr(&mve_exec<exec_mve_vldr<4, 4, false>>, 4, 4, 0);
    vldr(&mve_exec<exec_mve_vldr<1, 2, false>>, 1, 2, 0x30);  // pmovzxbw
    vldr(&mve_exec<exec_mve_vldr<1, 2, true>>, 1, 2, 0x20);   // pmovsxbw
    vldr(&mve_exec<exec_mve_vldr<1, 4, false>>, 1, 4, 0x31);  // pmovzxbd
    vldr(&mve_exec<exec_mve_vldr<1, 4, true>>, 1, 4, 0x21);   // pmovsxbd
    vldr(&mve_exec<exec_mve_vldr<2, 4, false>>, 2, 4, 0x33);  // pmovzxwd
    vldr(&mve_exec<exec_mve_vldr<2, 4, true>>, 2, 4, 0x23);   // pmovsxwd
    return m;
  }();
  return forms;
}

constexpr bool dp_writes(DpOp op) { return op != DpOp::Tst && op != DpOp::Teq && op != DpOp::Cmp && op != DpOp::Cmn; }
constexpr bool dp_logical(DpOp op) {
  return op == DpOp::And || op == DpOp::Bic || op == DpOp::Orr || op == DpOp::Eor || op == DpOp::Mov ||
         op == DpOp::Tst || op == DpOp::Teq;
}

// The form for d, when its operands allow it (no PC operand, no SP or PC
// destination: those go through write_reg's rules).
const InlineForm* inline_form_for(const DecodedInsn& d, const Cpu& cpu) {
  const auto& forms = inline_forms();
  const auto it = forms.find(d.exec);
  if (it == forms.end()) return nullptr;
  const InlineForm& f = it->second;
  switch (f.kind) {
    case InlineKind::Dp:
      if (f.op != DpOp::Mov && d.rn >= 15) return nullptr;
      if (f.k == Op2::RegPlain && d.rm >= 15) return nullptr;
      if (dp_writes(f.op) && d.rd >= 13) return nullptr;
      return &f;
    case InlineKind::VmsrP0:
      return cpu.config().mve && d.rd < 15 ? &f : nullptr;
    case InlineKind::Vldr:  // Rn written back: not SP (its alignment rule) or PC
      return d.rn < 15 && !(d.wback && d.rn >= 13) ? &f : nullptr;
    case InlineKind::Vpst:
    case InlineKind::VecAlu:
    case InlineKind::Branch:
      return &f;
  }
  return nullptr;
}

}  // namespace

// Byte offsets of the Cpu fields compiled code reads and writes (relative
// to the Cpu object, which RBX holds).
struct BlockCompiler::Offsets {
  int32_t r, pc, next_pc, n, z, c, v, fp, vpr, ltpsize, cycles, vector_beats, fast_limit, fp_access_ok;
  uint64_t pages;  // Cpu::pages_
  uint8_t page_shift;
  int32_t page_host, page_events, page_read_wait, events_reads, events_read_bytes;
  // Going on into a linked block: Cpu fields, then fields of CodeBlock,
  // BlockTiming and BlockLink (relative to their own objects).
  int32_t code_epoch, cur_block, cur_block_pc, chain_prev_memo, chain_prev_entry, chain_prev_clear_pair,
      chain_memo, chain_entry;
  int32_t block_pc, block_runs, block_compiled, block_has_vector;
  int32_t memo_start, memo_last_start, memo_generation, memo_next;
  int32_t link_block, link_memo, link_memo_generation, link_epoch;
};

bool BlockCompiler::host_supported() {
#if defined(__x86_64__)
  return __builtin_cpu_supports("sse4.1");
#else
  return false;
#endif
}

BlockCompiler::BlockCompiler(const Cpu& cpu)
    : cpu_(cpu), off_(std::make_unique<Offsets>()), buffer_(kCodeBufferBytes) {
  const auto* base = reinterpret_cast<const char*>(&cpu);
  auto at = [base](const void* p) { return static_cast<int32_t>(static_cast<const char*>(p) - base); };
  Offsets& o = *off_;
  o.r = at(&cpu.r[0]);
  o.pc = at(&cpu.pc);
  o.next_pc = at(&cpu.next_pc);
  o.n = at(&cpu.n);
  o.z = at(&cpu.z);
  o.c = at(&cpu.c);
  o.v = at(&cpu.v);
  o.fp = at(&cpu.fp);
  o.vpr = at(&cpu.vpr);
  o.ltpsize = at(&cpu.ltpsize);
  o.cycles = at(&cpu.counters_.cycles);
  o.vector_beats = at(&cpu.counters_.vector_beats);
  o.fast_limit = at(&cpu.fast_limit_);
  o.fp_access_ok = at(&cpu.fp_access_ok_);
  o.pages = reinterpret_cast<uint64_t>(cpu.pages_.get());
  static_assert((sizeof(Cpu::Page) & (sizeof(Cpu::Page) - 1)) == 0, "Page index is a shift");
  o.page_shift = static_cast<uint8_t>(__builtin_ctz(sizeof(Cpu::Page)));
  o.page_host = static_cast<int32_t>(offsetof(Cpu::Page, host));
  o.page_events = static_cast<int32_t>(offsetof(Cpu::Page, events));
  o.page_read_wait = static_cast<int32_t>(offsetof(Cpu::Page, read_wait));
  o.events_reads = static_cast<int32_t>(offsetof(MemoryEvents, reads));
  o.events_read_bytes = static_cast<int32_t>(offsetof(MemoryEvents, read_bytes));
  o.code_epoch = at(&cpu.code_epoch_);
  o.cur_block = at(&cpu.cur_block_);
  o.cur_block_pc = at(&cpu.cur_block_pc_);
  o.chain_prev_memo = at(&cpu.chain_.prev_memo);
  o.chain_prev_entry = at(&cpu.chain_.prev_entry);
  o.chain_prev_clear_pair = at(&cpu.chain_.prev_clear_pair);
  o.chain_memo = at(&cpu.chain_.memo);
  o.chain_entry = at(&cpu.chain_.entry);
  const CodeBlock probe;  // not standard-layout (vectors): offsets from an object
  auto in_block = [&probe](const void* p) {
    return static_cast<int32_t>(static_cast<const char*>(p) - reinterpret_cast<const char*>(&probe));
  };
  o.block_pc = in_block(&probe.pc);
  o.block_runs = in_block(&probe.runs);
  o.block_compiled = in_block(&probe.compiled);
  o.block_has_vector = in_block(&probe.has_vector);
  o.memo_start = static_cast<int32_t>(offsetof(BlockTiming, start));
  o.memo_last_start = static_cast<int32_t>(offsetof(BlockTiming, last_start));
  o.memo_generation = static_cast<int32_t>(offsetof(BlockTiming, generation));
  o.memo_next = static_cast<int32_t>(offsetof(BlockTiming, next));
  o.link_block = static_cast<int32_t>(offsetof(BlockLink, block));
  o.link_memo = static_cast<int32_t>(offsetof(BlockLink, memo));
  o.link_memo_generation = static_cast<int32_t>(offsetof(BlockLink, memo_generation));
  o.link_epoch = static_cast<int32_t>(offsetof(BlockLink, epoch));
  static_assert(sizeof(bool) == 1 && sizeof(CompiledBlockFn) == 8);
}

// exec_dp<op, Imm or RegPlain, w> (exec_alu.h): the x86 ALU operation on
// EAX, the result stored unless the operation only sets flags. Flags: N and
// Z from the result (SF, ZF); for ADD/CMN, C is the carry out (CF) and for
// SUB/CMP it is NOT borrow (x86 CF is the borrow); V is OF. Logical
// operations leave V alone and set C only from a rotated immediate
// (ThumbExpandImm_C, d.extra); with a plain register C is unchanged.
void BlockCompiler::emit_dp(x64::Emitter& e, const InlineForm& f, const DecodedInsn& d) const {
  const Offsets& o = *off_;
  const bool imm = f.k == Op2::Imm;
  Alu op = kAdd;
  switch (f.op) {
    case DpOp::And: case DpOp::Tst: case DpOp::Bic: op = kAnd; break;
    case DpOp::Orr: op = kOr; break;
    case DpOp::Eor: case DpOp::Teq: op = kXor; break;
    case DpOp::Add: case DpOp::Cmn: op = kAdd; break;
    case DpOp::Sub: op = kSub; break;
    case DpOp::Cmp: op = kCmp; break;
    default: break;  // Mov
  }
  if (f.op == DpOp::Mov) {
    if (imm) e.mov_ri32(RAX, d.imm);
    else e.mov_rm32(RAX, reg_mem(d.rm));
    e.alu_ri32(kOr, RAX, 0);  // SF, ZF of the result
  } else {
    e.mov_rm32(RAX, reg_mem(d.rn));
    if (f.op == DpOp::Bic) {
      if (imm) {
        e.alu_ri32(kAnd, RAX, ~d.imm);
      } else {
        e.mov_rm32(RCX, reg_mem(d.rm));
        e.not_r32(RCX);
        e.alu_rr32(kAnd, RAX, RCX);
      }
    } else if (imm) {
      e.alu_ri32(op, RAX, d.imm);
    } else {
      e.alu_rm32(op, RAX, reg_mem(d.rm));
    }
  }
  const bool writes = dp_writes(f.op);
  if (writes) e.mov_mr32(reg_mem(d.rd), RAX);  // MOV does not touch the flags
  const bool flags = !writes || (f.w == DpWrite::Generic ? d.setflags != 0 : f.w == DpWrite::PlainFlags);
  if (!flags) return;
  e.setcc_m8(kS, field(o.n));
  e.setcc_m8(kE, field(o.z));
  if (dp_logical(f.op)) {
    if (imm && d.extra) e.mov_mi8(field(o.c), static_cast<uint8_t>(d.imm >> 31));
    return;
  }
  if (f.op == DpOp::Sub || f.op == DpOp::Cmp) e.setcc_m8(kAE, field(o.c));
  else e.setcc_m8(kB, field(o.c));
  e.setcc_m8(kO, field(o.v));
}

BlockCompiler::~BlockCompiler() = default;

Mem BlockCompiler::reg_mem(unsigned r) const { return field(off_->r + 4 * static_cast<int32_t>(r)); }
Mem BlockCompiler::q_mem(unsigned q) const { return field(off_->fp + 16 * static_cast<int32_t>(q & 7)); }

// mve_exec<exec_mve_vldr<...>> (exec_mve_mem.cpp) when every element is
// active and the span lies in one DMI page without wait states; any other
// case jumps to `slow` before anything is written. Active: no tail
// predication and either no VPT block or a one-instruction VPST block
// (MASK fields 1000) with P0 all ones, which the instruction then ends
// (mve_advance_vpt). The span is read as the interpreter's kBytes / 4 word
// accesses: the memory's counters get as many reads and bytes.
void BlockCompiler::emit_vldr(x64::Emitter& e, const InlineForm& f, const DecodedInsn& d,
                              std::vector<size_t>& slow) const {
  const Offsets& o = *off_;
  e.cmp_mi8(field(o.ltpsize), 4);
  slow.push_back(e.jcc(kNE));
  e.mov_rm32(RAX, field(o.vpr));
  e.mov_rr32(RCX, RAX);
  e.alu_ri32(kAnd, RCX, 0x00FF0000u);
  const size_t no_vpt = e.jcc(kE);
  e.alu_ri32(kCmp, RCX, 0x00880000u);
  slow.push_back(e.jcc(kNE));
  e.alu_ri32(kAnd, RAX, 0xFFFFu);
  e.alu_ri32(kCmp, RAX, 0xFFFFu);
  slow.push_back(e.jcc(kNE));
  e.patch(no_vpt, e.size());
  // EAX: the address of element 0; EDX: Rn + imm, written back.
  e.mov_rm32(RDX, reg_mem(d.rn));
  e.alu_ri32(kAdd, RDX, d.imm);
  if (d.index) e.mov_rr32(RAX, RDX);
  else e.mov_rm32(RAX, reg_mem(d.rn));
  if (f.msize > 1) {  // check_element_alignment: the slow path faults
    e.mov_rr32(RCX, RAX);
    e.alu_ri32(kAnd, RCX, f.msize - 1u);
    slow.push_back(e.jcc(kNE));
  }
  e.mov_rr32(RCX, RAX);
  e.alu_ri32(kAnd, RCX, 0xFFFu);
  e.alu_ri32(kCmp, RCX, 0x1000u - f.bytes);
  slow.push_back(e.jcc(kA));
  // RSI: the Page of the address (Cpu::pages_, fixed for the Cpu's life).
  e.mov_rr32(RSI, RAX);
  e.shr_ri32(RSI, 12);
  e.shl_ri64(RSI, o.page_shift);
  e.mov_ri64(RDI, o.pages);
  e.add_rr64(RSI, RDI);
  e.mov_rm64(RDI, Mem{RSI, o.page_host});
  e.test_rr64(RDI, RDI);
  slow.push_back(e.jcc(kE));
  e.cmp_mi8(Mem{RSI, o.page_read_wait}, 0);
  slow.push_back(e.jcc(kNE));
  // Nothing can fail from here on.
  e.mov_rm64(RSI, Mem{RSI, o.page_events});
  e.add_mi64_8(Mem{RSI, o.events_reads}, static_cast<int8_t>(f.bytes / 4));
  e.add_mi64_8(Mem{RSI, o.events_read_bytes}, static_cast<int8_t>(f.bytes));
  e.add_rr64(RDI, RCX);
  if (f.sse_op) e.pmov_load(f.sse_op, XMM0, Mem{RDI, 0});
  else e.movdqu_load(XMM0, Mem{RDI, 0});
  e.movdqu_store(q_mem(d.rd), XMM0);
  if (d.wback) e.mov_mr32(reg_mem(d.rn), RDX);
  e.add_mi64_8(field(o.vector_beats), 4);
  e.alu_mi32(kAnd, field(o.vpr), 0xFFFFu);  // ends the VPST block, if any
}

// B / B<cond> ending the block (exec_b, exec_bcond): next_pc is the target
// when the condition passes, else the next instruction; PC is set for
// run_blocks, which reads the last instruction's address. Conditions on one
// flag test its byte; the others index the table of the NZCV values that
// pass (kCondPass, as Cpu::cond_passed).
void BlockCompiler::emit_branch(x64::Emitter& e, const DecodedInsn& d, uint32_t addr) const {
  const Offsets& o = *off_;
  const uint32_t target = (addr + 4 + d.imm) & ~1u;
  e.mov_mi32(field(o.pc), addr);
  e.mov_mi32(field(o.next_pc), addr + d.len);
  const unsigned cond = d.exec == &exec_b ? 14u : d.cond & 15u;
  size_t skip = Emitter::kUnknown;
  if (cond < 8) {
    static constexpr int32_t Offsets::*kFlag[4] = {&Offsets::z, &Offsets::c, &Offsets::n, &Offsets::v};
    e.cmp_mi8(field(o.*kFlag[cond / 2]), 0);
    skip = e.jcc(cond & 1 ? kNE : kE);  // odd conditions pass when the flag is clear
  } else if (cond < 14) {
    e.movzx_rm8(RAX, field(o.n));
    e.shl_ri32(RAX, 3);
    e.movzx_rm8(RCX, field(o.z));
    e.shl_ri32(RCX, 2);
    e.alu_rr32(kOr, RAX, RCX);
    e.movzx_rm8(RCX, field(o.c));
    e.alu_rr32(kAdd, RCX, RCX);
    e.alu_rr32(kOr, RAX, RCX);
    e.movzx_rm8(RCX, field(o.v));
    e.alu_rr32(kOr, RAX, RCX);
    e.mov_ri32(RCX, kCondPass[cond]);
    e.bt_rr32(RCX, RAX);
    skip = e.jcc(kAE);  // CF clear: the condition fails
  }
  e.mov_mi32(field(o.next_pc), target);
  if (skip != Emitter::kUnknown) e.patch(skip, e.size());
}

// The block's end, all of it run: go on into the block the memo's link for
// this way out names (BlockLink; Cpu::run_blocks makes them), as run_blocks
// would: the link holds (block address, epoch, memo generation), the block
// is compiled and of the same kind (vector instructions or not: run_blocks
// then works out the pipeline state after the block before the last one
// alone, Cpu::ChainExit), its whole memoised run ends before the limit,
// and it was counted since the last flush of block counts (runs > 0).
// Otherwise return the block's length.
// In: R12 this block's entry cycle, R14 its memo. The next entry cycle is
// this one plus the memo's whole-block cycles plus, after a taken scalar
// branch, its refill.
void BlockCompiler::emit_chain(x64::Emitter& e, const CodeBlock& b, uint32_t fallthrough) const {
  const Offsets& o = *off_;
  const DecodedInsn& last = b.insns.back();
  const bool last_vector = (last.flags & kInsnVector) != 0;
  const int32_t n = static_cast<int32_t>(b.insns.size());
  e.mov_rm32(RAX, field(o.next_pc));                 // RAX: the next block's address
  e.mov_ri32(RCX, 0);                              // RCX: branched
  e.movzx_rm16(RDX, Mem{R14, o.memo_start + 2 * n});
  e.add_rr64(RDX, R12);                            // RDX: its entry cycle
  e.mov_rr64(RSI, R14);
  e.add_ri64(RSI, o.memo_next);                    // RSI: the link
  e.alu_ri32(kCmp, RAX, fallthrough);
  const size_t fell_through = e.jcc(kE);
  e.mov_ri32(RCX, 1);
  e.add_ri64(RSI, static_cast<int32_t>(sizeof(BlockLink)));
  if (!last_vector && last.taken) e.add_ri64(RDX, last.taken);
  e.patch(fell_through, e.size());
  std::vector<size_t> stay;
  e.mov_rm64(RDI, Mem{RSI, o.link_block});         // RDI: the next block
  e.test_rr64(RDI, RDI);
  stay.push_back(e.jcc(kE));
  e.cmp_mr32(Mem{RDI, o.block_pc}, RAX);
  stay.push_back(e.jcc(kNE));
  e.mov_rm32(R8, Mem{RSI, o.link_epoch});
  e.alu_rm32(kCmp, R8, field(o.code_epoch));
  stay.push_back(e.jcc(kNE));
  e.mov_rm64(R9, Mem{RSI, o.link_memo});           // R9: its memo
  e.mov_rm32(R8, Mem{R9, o.memo_generation});
  e.alu_rm32(kCmp, R8, Mem{RSI, o.link_memo_generation});
  stay.push_back(e.jcc(kNE));
  e.mov_rm64(R10, Mem{RDI, o.block_compiled});     // R10: its code
  e.test_rr64(R10, R10);
  stay.push_back(e.jcc(kE));
  e.cmp_mi8(Mem{RDI, o.block_has_vector}, b.has_vector ? 1 : 0);
  stay.push_back(e.jcc(kNE));
  e.movzx_rm16(R8, Mem{R9, o.memo_last_start});
  e.add_rr64(R8, RDX);
  e.cmp_rr64(R8, R13);                             // R13: the limit
  stay.push_back(e.jcc(kAE));
  e.cmp_mi64_8(Mem{RDI, o.block_runs}, 0);
  stay.push_back(e.jcc(kE));
  e.add_mi64_8(Mem{RDI, o.block_runs}, 1);
  e.mov_mr64(field(o.chain_prev_memo), R14);
  e.mov_mr64(field(o.chain_prev_entry), R12);
  if (last_vector) e.mov_mi8(field(o.chain_prev_clear_pair), 0);
  else e.mov_mr8(field(o.chain_prev_clear_pair), RCX);
  e.mov_mr64(field(o.chain_memo), R9);
  e.mov_mr64(field(o.chain_entry), RDX);
  e.mov_mr64(field(o.cur_block), RDI);
  e.mov_mr32(field(o.cur_block_pc), RAX);
  e.mov_rr64(R12, RDX);
  e.mov_rr64(R14, R9);
  e.add_ri64(R10, static_cast<int32_t>(body_offset_));
  e.jmp_r(R10);
  for (size_t at : stay) e.patch(at, e.size());
}

bool BlockCompiler::has_inline_form(const DecodedInsn& d) const { return inline_form_for(d, cpu_) != nullptr; }

// Register use: RBX the Cpu, R12 the entry cycle, R13 the fast loop's limit
// at entry, R14 the memo; RAX, RCX, RDX, RSI, RDI, R8-R10, XMM0-1 scratch.
CompiledBlockFn BlockCompiler::compile(const CodeBlock& b) {
  if (!buffer_.ok() || b.insns.empty()) return nullptr;
  const Offsets& o = *off_;
  x64::Emitter e;
  // Epilogue first, so that every exit jumps back to a known address.
  const size_t epilogue = e.size();
  e.pop(R15); e.pop(R14); e.pop(R13); e.pop(R12); e.pop(RBX);
  e.ret();
  const size_t entry = e.size();
  // Prologue: the frame layout JitCodeBuffer's unwind information describes.
  e.push(RBX); e.push(R12); e.push(R13); e.push(R14); e.push(R15);
  e.mov_rr64(RBX, RDI);
  e.mov_rr64(R12, RSI);
  e.mov_rr64(R14, RDX);
  e.mov_rm64(R13, field(o.fast_limit));
  // Where a block going on into this one jumps: past the prologue, which is
  // the same in every compiled block.
  const size_t body = e.size();
  if (body_offset_ == 0) body_offset_ = body - entry;
  if (body_offset_ != body - entry) return nullptr;  // cannot happen: same prologue

  const size_t count = b.insns.size();
  uint32_t addr = b.pc;
  for (size_t i = 0; i < count; ++i) {
    const DecodedInsn& d = b.insns[i];
    // The semantics, as the memoised loop runs them.
    auto call = [&] {
      e.mov_mi32(field(o.pc), addr);
      e.mov_mi32(reg_mem(15), addr + 4);
      e.mov_mi32(field(o.next_pc), addr + d.len);
      e.movzx_rm16(RAX, Mem{R14, o.memo_start + static_cast<int32_t>(2 * i)});
      e.add_rr64(RAX, R12);
      e.mov_mr64(field(o.cycles), RAX);
      e.mov_rr64(RDI, RBX);
      e.mov_ri64(RSI, reinterpret_cast<uint64_t>(&d));
      e.mov_ri64(RAX, reinterpret_cast<uint64_t>(d.exec));
      e.call_r(RAX);
      e.mov_ri32(RAX, static_cast<uint32_t>(i));
      e.cmp_mr64(field(o.fast_limit), R13);
      e.jcc(kNE, epilogue);
    };
    const InlineForm* f = inline_form_for(d, cpu_);
    if (f && (f->kind == InlineKind::Branch) != (i + 1 == count)) f = nullptr;  // branches only last, the rest never
    if (!f) {
      call();
    } else if (f->kind == InlineKind::Branch) {
      emit_branch(e, d, addr);
    } else if (f->kind == InlineKind::Dp) {
      emit_dp(e, *f, d);  // cannot fault: no slow path
    } else {
      // Helium: inline only with the FP context enabled and every lane active
      // (mve_exec's checks); otherwise the semantics.
      std::vector<size_t> slow;
      e.cmp_mi8(field(o.fp_access_ok), 0);
      slow.push_back(e.jcc(kE));
      if (f->kind == InlineKind::Vldr) {
        emit_vldr(e, *f, d, slow);
      } else if (f->kind == InlineKind::VecAlu) {
        e.test_mi32(field(o.vpr), 0x00FF0000u);  // in a VPT block
        slow.push_back(e.jcc(kNE));
        e.cmp_mi8(field(o.ltpsize), 4);          // in a tail-predicated loop
        slow.push_back(e.jcc(kNE));
        e.movdqu_load(XMM0, q_mem(d.rn));
        e.movdqu_load(XMM1, q_mem(d.rm));
        e.sse_rr(f->sse_op, XMM0, XMM1, f->map38);
        e.movdqu_store(q_mem(d.rd), XMM0);
        e.add_mi64_8(field(o.vector_beats), 4);  // count_vector_beats(0xFFFF)
      } else if (f->kind == InlineKind::Vpst) {
        e.alu_mi32(kAnd, field(o.vpr), 0xFFFFu);
        e.alu_mi32(kOr, field(o.vpr), static_cast<uint32_t>(d.extra) << 16 | static_cast<uint32_t>(d.extra) << 20);
      } else {  // VMSR P0, Rt
        e.mov_rm32(RAX, reg_mem(d.rd));
        e.alu_ri32(kAnd, RAX, 0xFFFFu);
        e.mov_rm32(RCX, field(o.vpr));
        e.alu_ri32(kAnd, RCX, 0xFFFF0000u);
        e.alu_rr32(kOr, RCX, RAX);
        e.mov_mr32(field(o.vpr), RCX);
      }
      const size_t done = e.jmp();
      for (size_t at : slow) e.patch(at, e.size());
      call();
      e.patch(done, e.size());
    }
    addr += d.len;
  }
  emit_chain(e, b, addr);
  e.mov_ri32(RAX, static_cast<uint32_t>(count));
  e.jmp(epilogue);
  const uint8_t* code = buffer_.add(e.code());
  if (!code) return nullptr;
  return reinterpret_cast<CompiledBlockFn>(code + entry);
}

}  // namespace tinysim::armv8m
