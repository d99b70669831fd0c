// Armv8.1-M Mainline instruction set simulator (Cortex-M55 profile).
//
// Plain C++, no SystemC: the SystemC wrapper (cores/armv8m/cortex_m55.h) gives
// it a Bus for non-DMI accesses and memory regions for the DMI fast path. The
// split follows STYLE.md: decode (decoder.*, t16/t32/fp tables), semantics
// (exec_*.cpp), timing (timing.*), each readable alone.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "cores/armv8m/code_cache.h"
#include "cores/armv8m/decoded_insn.h"
#include "cores/armv8m/op_class.h"
#include "cores/common/event_counters.h"

namespace tinysim::armv8m {

class Decoder;
class Timing;
class SystemControlSpace;

// Accesses outside DMI memory (peripherals). Returns false on a bus error.
class Bus {
 public:
  virtual ~Bus() = default;
  virtual bool read(uint32_t addr, uint8_t* data, unsigned len, uint64_t& delay_cycles) = 0;
  virtual bool write(uint32_t addr, const uint8_t* data, unsigned len, uint64_t& delay_cycles) = 0;
};

// BKPT 0xAB. Returns false to stop the simulation (semihosting exit).
class SemihostingHandler {
 public:
  virtual ~SemihostingHandler() = default;
  virtual void call(Cpu& cpu) = 0;
};

// A memory the core reaches directly (DMI). Several mappings (aliases) may
// share one region.
struct MemRegion {
  std::string name;
  uint8_t* host = nullptr;
  uint32_t size = 0;
  uint8_t counter_index = 0;   // index into EventCounters::memory
  uint8_t read_wait = 0;       // wait states per access
  uint8_t write_wait = 0;
  uint8_t width_bytes = 4;     // accesses wider than this take extra beats
  bool read_only = false;
  // Decoded-code cache, one CodePage per 4 KiB page that ran code.
  std::vector<std::unique_ptr<CodePage>> decoded;
};

enum class StopReason { None, Exit, Fault, Lockup, MaxCycles, Error, Breakpoint };

// Exceptions numbers (Armv8-M).
enum ExcNum : int {
  kExcReset = 1, kExcNmi = 2, kExcHardFault = 3, kExcMemManage = 4, kExcBusFault = 5,
  kExcUsageFault = 6, kExcSecureFault = 7, kExcSvc = 11, kExcDebugMon = 12,
  kExcPendSv = 14, kExcSysTick = 15, kExcIrq0 = 16,
};

// A synchronous fault raised while executing an instruction. Thrown by the
// semantics, caught once per run() call outside the hot loop (faults are rare).
struct GuestFault {
  int exc;              // kExcUsageFault, kExcBusFault, kExcMemManage, kExcHardFault
  uint32_t cfsr_bits;   // bits to set in CFSR
  uint32_t addr;        // faulting data address when relevant
  bool addr_valid;
  const char* what;     // short description for diagnostics
};

// Run-time stop request raised by semantics (semihosting exit, unsupported
// instruction): also thrown, also rare.
struct StopRequest {
  StopReason reason;
  int exit_code;
  std::string message;
};

struct CpuConfig {
  bool fpu = true;
  bool mve = false;
  uint32_t init_vtor = 0;
  uint32_t num_irq = 96;
  double clock_hz = 100e6;
  // Hot blocks run as host code (block_compiler.h) where the host allows;
  // false: the interpreter runs everything (same results and cycles).
  bool compile_blocks = true;
};

class BlockCompiler;

// ConditionPassed() as a table: for each condition, bit NZCV (N the
// highest) is set when the flags NZCV pass it.
inline constexpr uint16_t kCondPass[16] = {
    0xF0F0, 0x0F0F, 0xCCCC, 0x3333, 0xFF00, 0x00FF, 0xAAAA, 0x5555,  // EQ NE CS CC MI PL VS VC
    0x0C0C, 0xF3F3, 0xAA55, 0x55AA, 0x0A05, 0xF5FA, 0xFFFF, 0xFFFF,  // HI LS GE LT GT LE AL AL
};

class Cpu {
 public:
  explicit Cpu(const CpuConfig& cfg);
  ~Cpu();

  // ---- wiring -----------------------------------------------------------
  void set_bus(Bus* bus) { bus_ = bus; }
  void set_semihosting(SemihostingHandler* h) { semihost_ = h; }
  // Maps [base, base+size) of the address space onto region (DMI).
  void map_region(MemRegion* region, uint32_t base);
  Timing& timing() { return *timing_; }
  const Decoder& decoder() const { return *decoder_; }

  // ---- running -----------------------------------------------------------
  void reset();                       // reads SP and PC at init_vtor
  // Runs until cycles reach `until_cycle`, the core sleeps, or it stops.
  void run(uint64_t until_cycle);
  bool stopped() const { return stop_reason_ != StopReason::None; }
  StopReason stop_reason() const { return stop_reason_; }
  int exit_code() const { return exit_code_; }
  const std::string& stop_message() const { return stop_message_; }
  void request_stop(StopReason r, int code, std::string msg);
  bool sleeping() const { return sleeping_; }

  // External interrupt line from a peripheral.
  void set_irq_pending(int irq);
  // Cycle of the next internal timer event (SysTick), UINT64_MAX when none.
  uint64_t next_event_cycle() const { return next_event_cycle_; }
  // Advance time while sleeping (WFI) to `cycle`.
  void sleep_until(uint64_t cycle);

  // ---- counters --------------------------------------------------------
  // A snapshot, valid until the next call: the instruction total is the sum
  // of the per-class counts, computed here rather than counted twice per
  // instruction, and the cycles include the stalls not yet folded in.
  const EventCounters& counters() const {
    flush_block_counts();
    snapshot_ = counters_;
    if (cur_block_) uncount_block_from(*cur_block_, cur_block_pc_, pc, snapshot_);  // not retired yet
    snapshot_.cycles = cycles();
    uint64_t n = 0;
    for (int i = 0; i < kNumOpClasses; ++i) n += snapshot_.op_class[i];
    snapshot_.instructions = n;
    return snapshot_;
  }
  uint64_t cycles() const { return counters_.cycles + stall_acc_; }
  uint32_t lowest_sp() const { return lowest_sp_; }
  uint32_t initial_sp() const { return initial_sp_; }
  void reset_lowest_sp(uint32_t v) { lowest_sp_ = v; }

  // ---- trace -------------------------------------------------------------
  // Called after each instruction when set (slow path, chosen once per run).
  using TraceFn = std::function<void(const Cpu&, uint32_t pc, const DecodedInsn&, uint64_t cycle)>;
  void set_trace(TraceFn fn) { trace_ = std::move(fn); }
  // it_cond >= 0: the instruction executes in an IT block with that condition
  // (see Decoder::disassemble).
  std::string disassemble(uint32_t pc, const DecodedInsn& d, int it_cond = -1) const;
  const DecodedInsn& decode_at(uint32_t pc);   // decoded entry (decodes if needed)

  // ---- architectural state (public: semantics are free functions) ---------
  uint32_t r[16] = {};
  uint32_t next_pc = 0;       // where the current instruction goes next
  uint32_t pc = 0;            // address of the current instruction
  bool n = false, z = false, c = false, v = false, q = false;
  uint32_t ge = 0;            // APSR.GE[3:0]
  uint8_t itstate = 0;        // EPSR.IT
  uint32_t ipsr = 0;
  uint32_t msp = 0, psp = 0;  // the inactive stack pointer lives here
  uint32_t psplim = 0, msplim = 0;
  uint32_t control = 0;       // nPRIV(0) SPSEL(1) FPCA(2) SFPA(3)
  uint32_t primask = 0, faultmask = 0, basepri = 0;
  // S0-S31 = D0-D15 = Q0-Q7 (MVE): one register file seen at three widths.
  union { uint32_t s[32]; uint64_t d[16]; uint16_t h[64]; uint8_t b[128]; } fp{};
  uint32_t fpscr = 0;         // without LTPSIZE, which lives in `ltpsize`
  // MVE (Helium) state. VPR: P0 (15:0), MASK01 (19:16), MASK23 (23:20).
  uint32_t vpr = 0;
  uint8_t ltpsize = 4;        // FPSCR.LTPSIZE: element size log2 of a tail-predicated loop, 4 = none
  bool excl_valid = false;    // local exclusive monitor
  uint32_t excl_addr = 0;
  bool event_register = false;

  // ---- helpers used by semantics ----------------------------------------
  // ConditionPassed() (kCondPass).
  bool cond_passed(unsigned cond) const {
    const unsigned nzcv = (n << 3) | (z << 2) | (c << 1) | static_cast<unsigned>(v);
    return (kCondPass[cond & 15] >> nzcv) & 1;
  }
  uint32_t xpsr() const;
  void set_apsr_nzcvq(uint32_t v);
  void set_apsr_ge(uint32_t v);
  bool handler_mode() const { return ipsr != 0; }
  bool privileged() const { return handler_mode() || !(control & 1); }
  void write_sp(uint32_t v) { r[13] = v & ~3u; }  // r[13] is the SP of the current mode
  uint32_t read_special(unsigned sysm) const;    // MRS
  void write_special(unsigned sysm, uint32_t v, unsigned mask);  // MSR

  // PC writes (Armv8-M semantics).
  void branch_to(uint32_t addr) { next_pc = addr & ~1u; }
  void bx_write_pc(uint32_t addr);     // interworking, EXC_RETURN, FNC_RETURN
  void load_write_pc(uint32_t addr) { bx_write_pc(addr); }
  void alu_write_pc(uint32_t addr) { branch_to(addr); }
  void write_reg(unsigned rd, uint32_t v) {
    if (rd == 15) alu_write_pc(v); else if (rd == 13) write_sp(v); else r[rd] = v;
  }

  // Memory (data side). Unaligned word/halfword accesses are allowed for the
  // single load/store instructions unless CCR.UNALIGN_TRP is set.
  // Fast path inline (semantics in other files get it without a call); a
  // page-crossing, non-DMI or faulting access takes the out-of-line slow path.
  uint32_t read32(uint32_t a) { return read_n<4>(a); }
  uint32_t read16(uint32_t a) { return read_n<2>(a); }
  uint32_t read8(uint32_t a) { return read_n<1>(a); }
  void write32(uint32_t a, uint32_t v) { write_n<4>(a, v); }
  void write16(uint32_t a, uint32_t v) { write_n<2>(a, v); }
  void write8(uint32_t a, uint32_t v) { write_n<1>(a, v); }
  uint32_t read32_aligned(uint32_t a) { check_align(a, 4); return read32(a); }
  void write32_aligned(uint32_t a, uint32_t v) { check_align(a, 4); write32(a, v); }
  uint32_t read32_unaligned_ok(uint32_t a) { check_unaligned_trap(a, 4); return read32(a); }
  uint32_t read16_unaligned_ok(uint32_t a) { check_unaligned_trap(a, 2); return read16(a); }
  void write32_unaligned_ok(uint32_t a, uint32_t v) { check_unaligned_trap(a, 4); write32(a, v); }
  void write16_unaligned_ok(uint32_t a, uint32_t v) { check_unaligned_trap(a, 2); write16(a, v); }
  void check_align(uint32_t a, unsigned size) {
    if (__builtin_expect((a & (size - 1)) != 0, 0)) alignment_fault(a, "unaligned access");
  }
  void check_unaligned_trap(uint32_t a, unsigned size) {
    if (__builtin_expect((a & (size - 1)) != 0 && unalign_trap_, 0))
      alignment_fault(a, "unaligned access with CCR.UNALIGN_TRP set");
  }
  void set_unalign_trap(bool v) { unalign_trap_ = v; }  // mirrors CCR.UNALIGN_TRP (SCS)

  // One beat of a predicated vector access that touches some bytes of the
  // 32-bit word at a: timed and counted as one access of those bytes (the
  // M55's vector beat is one bus access with byte strobes). False when the
  // word is not inside one DMI page: the caller then goes element by element.
  bool read_beat(uint32_t a, uint8_t out[4], unsigned bytes) {
    const Page& p = pages_[a >> 12];
    if (!p.host || (a & 0xFFF) > 0xFFC) return false;
    count_read(p, bytes);
    __builtin_memcpy(out, p.host + (a & 0xFFF), 4);
    return true;
  }
  bool write_beat(uint32_t a, const uint8_t in[4], unsigned byte_mask) {
    const Page& p = pages_[a >> 12];
    if (!p.host || p.read_only || (a & 0xFFF) > 0xFFC) return false;
    count_write(p, static_cast<unsigned>(__builtin_popcount(byte_mask)));
    uint8_t* h = p.host + (a & 0xFFF);
    for (unsigned i = 0; i < 4; ++i)
      if (byte_mask >> i & 1) h[i] = in[i];
    return true;
  }

  // Debugger-style accesses (semihosting, loaders): no timing, no faults.
  bool debug_read(uint32_t a, uint8_t* out, size_t len);
  bool debug_write(uint32_t a, const uint8_t* in, size_t len);

  [[noreturn]] void undefined(const char* why = "undefined instruction");
  [[noreturn]] void alignment_fault(uint32_t addr, const char* why);
  [[noreturn]] void usage_fault(uint32_t cfsr_bit, const char* why);
  void check_fp_enabled();           // NOCP UsageFault when CPACR disables CP10/11
  void note_fp_use();                // CONTROL.FPCA

  // ---- MVE predication (Armv8.1-M ARM, GetCurInstrBeat / VPTAdvance) ----
  // Byte-lane mask of the current vector instruction, one bit per byte of a
  // Q register like VPR.P0: VPT predication (a beat pair is predicated only
  // while its MASK field is non-zero) and tail predication (LTPSIZE < 4 and
  // LR holds fewer elements than a vector: the last iteration of a
  // DLSTP/WLSTP loop). Instructions execute all four beats at once, so
  // EPSR.ECI is always zero.
  __attribute__((always_inline)) uint16_t mve_element_mask() const {
    // Outside a VPT block (both MASK fields zero, the common case) only tail
    // predication applies.
    if (__builtin_expect((vpr & 0x00FF0000u) == 0, 1)) return mve_tail_mask();
    uint16_t mask = static_cast<uint16_t>(vpr);
    if (!(vpr & 0x000F0000u)) mask |= 0x00FF;
    if (!(vpr & 0x00F00000u)) mask |= 0xFF00;
    return mask & mve_tail_mask();
  }
  // The tail predication part of it: all bytes except in the last iteration
  // of a tail-predicated loop.
  uint16_t mve_tail_mask() const {
    if (__builtin_expect(ltpsize < 4, 0) && r[14] <= (1u << (4 - ltpsize)))
      return static_cast<uint16_t>((1u << (r[14] << ltpsize)) - 1);
    return 0xFFFF;
  }
  // After each predicable vector instruction: the MASK fields shift left by
  // one; a field whose top bit was set (and is not 1000, the last instruction
  // of the block) inverts its half of P0 (the "else" lanes of VPT ... E).
  __attribute__((always_inline)) void mve_advance_vpt() {
    if (__builtin_expect((vpr & 0x00FF0000u) == 0, 1)) return;
    if ((vpr & 0x00FF0000u) == 0x00880000u) {  // the block's last instruction (VPST's usual one-instruction block)
      vpr &= 0xFFFFu;
      return;
    }
    uint32_t m01 = (vpr >> 16) & 0xF, m23 = (vpr >> 20) & 0xF;
    uint32_t p0 = vpr & 0xFFFF;
    if (m01 > 8) p0 ^= 0x00FF;
    if (m23 > 8) p0 ^= 0xFF00;
    vpr = p0 | ((m01 << 1) & 0xF) << 16 | ((m23 << 1) & 0xF) << 20;
  }
  // MVE instructions use the FP register file: CP10 access and FP context.
  // Checked once and remembered until CPACR, FPCCR, CONTROL or the mode
  // changes (fp_access_changed()): the check costs more than a vector add.
  void check_mve_enabled() {
    if (__builtin_expect(!fp_access_ok_, 0)) {
      check_fp_enabled();
      note_fp_use();
      fp_access_ok_ = true;
    }
  }
  void fp_access_changed() { fp_access_ok_ = false; }

  // Exceptions.
  void pend_exception(int exc);
  void svc_call() { pend_exception(kExcSvc); }
  void wait_for_interrupt();
  void wait_for_event();
  void send_event() { event_register = true; }
  // Helium beats (energy events): one per 4-byte quarter of the vector with
  // an active lane.
  __attribute__((always_inline)) void count_vector_beats(uint16_t mask) {
    if (__builtin_expect(mask == 0xFFFF, 1)) {
      counters_.vector_beats += 4;
      return;
    }
    // A nibble's bits folded into its lowest bit, then the four lowest bits
    // summed into bits 15:12 by the multiply (at most 4: no carry out).
    unsigned m = mask | mask >> 1;
    m = (m | m >> 2) & 0x1111u;
    counters_.vector_beats += (m * 0x1111u) >> 12 & 0xFu;
  }
  // Wait states and other stalls: kept apart from counters_.cycles, which the
  // fast loop owns while it runs (run_blocks); cycles() adds them.
  // fast_limit_ does not count them, so it comes nearer by as much.
  void add_stall(uint32_t cycles) {
    stall_acc_ += cycles;
    counters_.stall_cycles += cycles;
    fast_limit_ = fast_limit_ > cycles ? fast_limit_ - cycles : 0;
  }

  SystemControlSpace& scs() { return *scs_; }
  const CpuConfig& config() const { return cfg_; }
  SemihostingHandler* semihosting() const { return semihost_; }
  void semihosting_call();

  // Called by SCS writes that can make an exception pending or change masks.
  void update_pending() { attention_ = exceptions_dirty_ = true; fast_limit_ = 0; }
  // Leave the fast loop after this instruction without an exception scan
  // (IT blocks run in the slow step).
  void leave_fast_path() { attention_ = true; fast_limit_ = 0; }
  // The SCS (SysTick) schedules its next event; the fast loop, whose limit
  // was worked out from the old one, leaves after this instruction so that
  // the event is taken at the same instruction as in a step-by-step run.
  void set_next_event_cycle(uint64_t c) {
    next_event_cycle_ = c;
    leave_fast_path();
  }

 private:
  friend class SystemControlSpace;
  friend class BlockCompiler;       // the offsets of the fields compiled blocks use
  // One entry per 4 KiB page of the 4 GiB address space (allocated lazily by
  // the OS): host pointer of DMI memory, its event counters, wait states.
  struct Page {
    uint8_t* host = nullptr;   // host address of the page's first byte; null = not DMI memory
    MemoryEvents* events = nullptr;
    std::unique_ptr<CodePage>* code = nullptr;  // decoded-code page slot
    uint8_t read_wait = 0, write_wait = 0;
    bool read_only = false;
  };
  const Page* page(uint32_t a) const {
    const Page& p = pages_[a >> 12];
    return p.host ? &p : nullptr;
  }
  // One access of `bytes` bytes to a DMI page: its memory's counters and
  // wait states; a write also drops the page's decoded code.
  void count_read(const Page& p, unsigned bytes) {
    p.events->reads++;
    p.events->read_bytes += bytes;
    if (p.read_wait) add_stall(p.read_wait);
  }
  void count_write(const Page& p, unsigned bytes) {
    p.events->writes++;
    p.events->write_bytes += bytes;
    if (p.write_wait) add_stall(p.write_wait);
    if (__builtin_expect(*p.code != nullptr, 0)) invalidate_code_page(*p.code);
  }
  template <unsigned N>
  uint32_t read_n(uint32_t a) {
    const Page& p = pages_[a >> 12];
    if (__builtin_expect(p.host != nullptr && (a & 0xFFF) <= 0x1000 - N, 1)) {
      count_read(p, N);
      const uint8_t* h = p.host + (a & 0xFFF);
      if constexpr (N == 4) { uint32_t v; __builtin_memcpy(&v, h, 4); return v; }
      else if constexpr (N == 2) { uint16_t v; __builtin_memcpy(&v, h, 2); return v; }
      else return *h;
    }
    return slow_read(a, N);
  }
  template <unsigned N>
  void write_n(uint32_t a, uint32_t v) {
    const Page& p = pages_[a >> 12];
    if (__builtin_expect(p.host != nullptr && !p.read_only && (a & 0xFFF) <= 0x1000 - N, 1)) {
      count_write(p, N);
      uint8_t* h = p.host + (a & 0xFFF);
      if constexpr (N == 4) __builtin_memcpy(h, &v, 4);
      else if constexpr (N == 2) { uint16_t x = static_cast<uint16_t>(v); __builtin_memcpy(h, &x, 2); }
      else *h = static_cast<uint8_t>(v);
      return;
    }
    slow_write(a, v, N);
  }

  void step_slow(const DecodedInsn& d);     // IT blocks, trace

  // Pipeline state the timing of the next instruction depends on.
  struct PipelineState {
    uint16_t last_dst = 0;    // registers the previous instruction wrote
    uint8_t last_stall = 0;   // stall a reader of those registers pays
    uint8_t pair_flags = 0;   // flags of the previous instruction if it can still pair, else 0
    // Helium beat model: the cycle each vector pipe (VectorPipe) is free
    // again, and the Q registers the last vector instruction wrote, with the
    // cycle their values can be read.
    uint8_t last_qdst = 0;
    uint64_t q_ready = 0;
    uint64_t vec_free[4] = {};
  };
  // Cycles of one retired instruction: issue cycles, the stall of a
  // dependency on the previous instruction's result, Cortex-M55 dual issue
  // of 16-bit pairs (both kInsnPairable, one kInsnDualIssue, no dependency),
  // the refill after a taken branch. Shared by the fast loop (on a local
  // copy of the state, kept in registers) and the slow step. `now` is the
  // cycle the instruction issues (vector instructions only).
  static unsigned pipeline_cycles(PipelineState& ps, const DecodedInsn& d, bool branched, uint64_t now) {
    if (__builtin_expect(d.flags & kInsnVector, 0)) return vector_cycles(ps, d, now);
    unsigned cyc = d.cycles;
    const bool dependent = (d.src_mask & ps.last_dst) != 0;
    if (dependent) cyc += ps.last_stall;
    const uint8_t f = d.flags;
    if ((ps.pair_flags & f & kInsnPairable) && !dependent && ((ps.pair_flags | f) & kInsnDualIssue)) {
      --cyc;  // issues in the same cycle as the previous 16-bit instruction
      ps.pair_flags = 0;
    } else {
      ps.pair_flags = f;
    }
    if (branched) {
      cyc += d.taken;
      ps.pair_flags = 0;
    }
    ps.last_dst = d.dst_mask;
    ps.last_stall = d.stall;
    return cyc;
  }
  // The state a kSlotStatic/kSlotStaticSp instruction d of a block leaves
  // (its slot t gives the pairing; after a taken branch nothing pairs).
  static void state_after_static(PipelineState& ps, const DecodedInsn& d, const BlockSlot& t, unsigned v, bool branched) {
    ps.last_dst = d.dst_mask;
    ps.last_stall = d.stall;
    ps.pair_flags = branched ? 0 : t.pair_flags[v];
  }
  // Cortex-M55 dual-beat execution (LLVM ARMScheduleM55.td, "MVE"): a vector
  // instruction occupies its pipe (load/store, integer, float/mul, control)
  // for d.cycles cycles (two beat-pairs: 2), but the next instruction issues
  // one cycle later, so consecutive vector instructions of different pipes
  // overlap (VLDR;VMLA;VLDR;VMLA: 1 cycle each) and back-to-back ones of the
  // same pipe wait for it (2 cycles each). A reader of a Q register waits
  // for its producer's latency (timing.cpp), a reader of a core register for
  // the previous instruction's like the scalar pipeline.
  static unsigned vector_cycles(PipelineState& ps, const DecodedInsn& d, uint64_t now) {
    return vector_issue(ps, d, now, (d.src_mask & ps.last_dst) ? ps.last_stall : 0u,
                        static_cast<unsigned>(vector_pipe(d.opclass)));
  }
  // The beat model with the core-register dependency stall and the pipe
  // already known (blocks work them out once: BlockSlot).
  static unsigned vector_issue(PipelineState& ps, const DecodedInsn& d, uint64_t now, unsigned dep_stall, unsigned pipe) {
    uint64_t start = now + dep_stall;
    if (ps.vec_free[pipe] > start) start = ps.vec_free[pipe];
    if ((d.qsrc & ps.last_qdst) && ps.q_ready > start) start = ps.q_ready;
    ps.vec_free[pipe] = start + d.cycles;
    if (d.qdst) {
      ps.last_qdst = d.qdst;
      ps.q_ready = start + d.stall + 1u;
    }
    ps.last_dst = d.dst_mask;
    ps.last_stall = d.stall;
    ps.pair_flags = 0;
    return static_cast<unsigned>(start - now) + 1u;
  }
  // The state relative to the cycle `now` (false when a pipe is busy
  // longer than the relative form holds) and back.
  static bool to_relative(const PipelineState& ps, uint64_t now, RelativePipeState& out);
  static PipelineState from_relative(const RelativePipeState& r, uint64_t now);
  // Cycles of instruction i of block b issuing at `now` with the pipeline in
  // `ps`, as the step-by-step block loop times it (without executing it);
  // v is the pairing variant of BlockSlot, set by the first instruction.
  static unsigned block_slot_cycles(PipelineState& ps, const CodeBlock& b, size_t i, unsigned& v, uint64_t now,
                                    bool branched);
  // The memoised timing of block b entered in state ps at cycle `now`
  // (built on a miss); null when the state has no relative form.
  const BlockTiming* block_timing(const CodeBlock& b, const PipelineState& ps, uint64_t now);
  const BlockTiming* build_block_timing(const CodeBlock& b, const RelativePipeState& entry);
  CompiledBlockFn compile_block(const CodeBlock& b);
  // The pipeline state after a memoised run of a block (has_vector: it has
  // vector instructions) entered when the cycle count plus stalls was now0.
  static void state_after_memo(PipelineState& ps, const BlockTiming& m, bool has_vector, uint64_t now0,
                               bool clear_pair);
  void count_retired(const DecodedInsn& d, unsigned cyc) {
    counters_.cycles += cyc;
    counters_.op_class[static_cast<unsigned>(d.opclass)]++;
    if (d.flags & kInsnWritesSp) update_lowest_sp();
  }
  // Block instruction counts (CodeBlock::runs) into counters_.
  void flush_block_counts() const;
  void leave_block();
  // Takes back from `into` the counts of the instructions of block b (entered
  // at entry_pc) from the one at from_pc on: a run that did not reach them.
  static void uncount_block_from(const CodeBlock& b, uint32_t entry_pc, uint32_t from_pc, EventCounters& into);
  void fold_stalls() {
    counters_.cycles += stall_acc_;
    stall_acc_ = 0;
  }
  void take_fault(const GuestFault& f);
  void take_exception(int exc);
  bool exception_entry(int exc, uint32_t return_addr);
  void exception_return(uint32_t exc_return);
  bool check_pending_exceptions();   // returns true if one was taken
  int execution_priority() const;
  // Decoded-instruction cache: the hit path is inline, the miss path cold.
  const DecodedInsn& fetch_decoded(uint32_t addr) {
    if (__builtin_expect((addr & ~0xFFFu) == fetch_page_base_, 1)) {
      const DecodedInsn& d = fetch_page_->insn[(addr & 0xFFF) >> 1];
      if (__builtin_expect(d.exec != nullptr, 1)) return d;
    }
    return fetch_decoded_slow(addr);
  }
  const DecodedInsn& fetch_decoded_slow(uint32_t addr);
  CodePage& code_page(uint32_t addr);   // the page's decoded-code cache (allocated on first use)
  DecodedInsn in_it_block(const DecodedInsn& d) const;
  bool it_condition_passed(const DecodedInsn& d) const;
  void decode_into(DecodedInsn& d, uint32_t pc);
  // Block starting at addr: a direct-mapped cache in front of the code
  // pages' block tables (QEMU's tb_jmp_cache).
  const CodeBlock& block_at(uint32_t addr) {
    const CodeBlock* b = block_cache_[(addr >> 1) & (kBlockCacheSize - 1)];
    if (__builtin_expect(b != nullptr && b->pc == addr, 1)) return *b;
    return block_at_slow(addr);
  }
  const CodeBlock& block_at_slow(uint32_t addr);
  CodeBlock* build_block(CodePage& page, uint32_t addr);
  // Runs blocks while cycles < fast_limit_ (not inside an IT block, no trace).
  void run_blocks();
  unsigned run_timed_slot(PipelineState& ps, const DecodedInsn* p, const BlockSlot* t, unsigned& v, uint64_t cyc);
  // A store into a page that holds decoded code: its decoded instructions and
  // blocks are dropped (kept alive in retired_code_ until the instruction that
  // stored has finished) and the fast loop is left after this instruction.
  void invalidate_code_page(std::unique_ptr<CodePage>& page);
  uint32_t slow_read(uint32_t a, unsigned len);
  void slow_write(uint32_t a, uint32_t v, unsigned len);
  void lockup(const std::string& why);
  void update_lowest_sp() { uint32_t sp = r[13]; if (sp < lowest_sp_) lowest_sp_ = sp; }
  void record_fault_diagnostic(const GuestFault& f, uint32_t pc, bool escalated);

  CpuConfig cfg_;
  Bus* bus_ = nullptr;
  SemihostingHandler* semihost_ = nullptr;
  std::unique_ptr<Decoder> decoder_;
  std::unique_ptr<Timing> timing_;
  std::unique_ptr<SystemControlSpace> scs_;
  std::unique_ptr<Page[], void (*)(Page*)> pages_;   // 1M entries, calloc'ed
  bool unalign_trap_ = false;
  bool fp_access_ok_ = false;      // check_mve_enabled() passed and nothing it reads changed since
  mutable EventCounters counters_;  // mutable: counters() adds the block counts
  mutable EventCounters snapshot_;  // what counters() returns
  mutable std::vector<const CodeBlock*> counted_blocks_;  // blocks with runs > 0
  const CodeBlock* cur_block_ = nullptr;  // block the fast loop is in (its instructions are counted ahead)
  uint32_t cur_block_pc_ = 0;             // where it was entered
  uint64_t stall_acc_ = 0;          // stall cycles not yet in counters_.cycles
  uint32_t lowest_sp_ = 0xFFFFFFFFu;
  uint32_t initial_sp_ = 0;
  PipelineState pipe_;
  // Where compiled code that went on from block to block (BlockLink) last
  // did so: the memo and entry cycle of the block before the one it ran
  // last, whether that block's end cleared the pairing state (a taken
  // scalar branch), and the memo and entry cycle of the last one (whose
  // CodeBlock is cur_block_). prev_memo is null when it did not go on.
  struct ChainExit {
    const BlockTiming* prev_memo = nullptr;
    uint64_t prev_entry = 0;
    const BlockTiming* memo = nullptr;
    uint64_t entry = 0;
    uint8_t prev_clear_pair = 0;
  } chain_;
  bool compile_blocks_ = false;              // CpuConfig::compile_blocks on a host that can
  std::unique_ptr<BlockCompiler> compiler_;  // made on the first compile_block()
  bool attention_ = false;         // leave the fast loop after this instruction
  // The fast loop runs while counters_.cycles < this (the run's limit less
  // the stalls in stall_acc_, so one compare per instruction); 0 when
  // attention_ is set.
  uint64_t fast_limit_ = 0;
  bool exceptions_dirty_ = false;  // pending/masks changed: scan before the next instruction
  bool sleeping_ = false;
  uint64_t next_event_cycle_ = UINT64_MAX;
  StopReason stop_reason_ = StopReason::None;
  int exit_code_ = 0;
  std::string stop_message_;
  TraceFn trace_;
  // Cached code page for fetch.
  uint32_t fetch_page_base_ = 1;   // never matches initially (odd)
  CodePage* fetch_page_ = nullptr;
  static constexpr unsigned kBlockCacheSize = 1024;
  const CodeBlock* block_cache_[kBlockCacheSize] = {};
  std::vector<std::unique_ptr<CodePage>> retired_code_;
  uint32_t code_epoch_ = 0;        // counts dropped code pages (BlockLink::epoch)
 public:
  std::string last_fault;          // human-readable description of the last fault taken
};

}  // namespace tinysim::armv8m
