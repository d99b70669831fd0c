#include "cores/armv8m/scs.h"

#include <algorithm>

#include "cores/armv8m/cpu.h"

namespace tinysim::armv8m {

namespace {
// The Cortex-M55 in Corstone-300 implements 3 priority bits (CMSIS
// __NVIC_PRIO_BITS = 3 for the SSE-300); the low bits read as zero.
constexpr uint8_t kPrioMask = 0xE0;
// CPUID of Cortex-M55 r1p0 (Cortex-M55 TRM, "CPUID Base Register").
constexpr uint32_t kCpuid = 0x411FD220;
}  // namespace

SystemControlSpace::SystemControlSpace(Cpu& cpu, uint32_t num_irq, uint32_t init_vtor)
    : cpu_(cpu), num_irq_(num_irq), init_vtor_(init_vtor) {
  reset();
}

void SystemControlSpace::reset() {
  unsigned n = num_exceptions();
  pending_.assign(n, false);
  pending_count_ = 0;
  active_.assign(n, false);
  enabled_.assign(n, false);
  prio_.assign(n, 0);
  vtor_ = init_vtor_;
  aircr_prigroup_ = 0;
  scr_ = 0;
  ccr_ = 0x201;             // STKALIGN and bit 0 are RES1 in Armv8-M (QEMU reads 0x201)
  cpu_.set_unalign_trap(false);
  shcsr_ = 0;
  cfsr_ = hfsr_ = mmfar_ = bfar_ = 0;
  cpacr_ = 0;
  fpccr_ = (1u << 31) | (1u << 30);  // ASPEN, LSPEN set at reset
  fpcar_ = fpdscr_ = demcr_ = actlr_ = 0;
  syst_csr_ = 0x4;          // CLKSOURCE = processor clock
  syst_rvr_ = syst_cvr_at_start_ = 0;
  dwt_ctrl_ = 0x40000000;   // NUMCOMP etc. reported as 4 comparators, counters off
  dwt_cyccnt_base_ = 0;
  pmu_ctrl_ = pmu_cntenset_ = pmu_ccntr_base_ = 0;
}

int SystemControlSpace::priority(int exc) const {
  if (exc == kExcReset) return -4;
  if (exc == kExcNmi) return -2;
  if (exc == kExcHardFault) return -1;
  return prio_[exc];
}

int SystemControlSpace::group_priority_of_raw(int prio) const {
  if (prio < 0) return prio;
  // PRIGROUP n: bits [7:n+1] are the group priority.
  uint32_t mask = ~((2u << aircr_prigroup_) - 1) & 0xFF;
  return prio & mask;
}

int SystemControlSpace::group_priority(int exc) const { return group_priority_of_raw(priority(exc)); }

bool SystemControlSpace::enabled(int exc) const {
  switch (exc) {
    case kExcMemManage: return shcsr_ & (1u << 16);
    case kExcBusFault: return shcsr_ & (1u << 17);
    case kExcUsageFault: return shcsr_ & (1u << 18);
    default: return exc < kExcIrq0 ? true : static_cast<bool>(enabled_[exc]);
  }
}

void SystemControlSpace::set_pending(int exc, bool v) {
  if (exc <= 0 || static_cast<unsigned>(exc) >= num_exceptions()) return;
  if (pending_[exc] != v) pending_count_ += v ? 1 : -1;
  pending_[exc] = v;
  if (v) cpu_.update_pending();
}

int SystemControlSpace::active_count() const {
  return static_cast<int>(std::count(active_.begin(), active_.end(), true));
}

int SystemControlSpace::highest_pending() const {
  if (pending_count_ == 0) return -1;
  int best = -1, best_prio = 1 << 30;
  for (unsigned e = 1; e < num_exceptions(); ++e) {
    if (!pending_[e]) continue;
    if (e >= kExcIrq0 && !enabled_[e]) continue;
    int p = group_priority(static_cast<int>(e));
    if (p < best_prio) { best = static_cast<int>(e); best_prio = p; }
  }
  return best;
}

void SystemControlSpace::record_fault(uint32_t bits, uint32_t addr, bool addr_valid) {
  cfsr_ |= bits;
  if (addr_valid) {
    if (bits & 0xFF) { mmfar_ = addr; cfsr_ |= kCfsrMmarvalid; }
    if (bits & 0xFF00) { bfar_ = addr; cfsr_ |= kCfsrBfarvalid; }
  }
}

// ---- SysTick -------------------------------------------------------------
// The counter is not ticked per instruction: its value is derived from the
// cycle count, and the core is told the cycle of the next wrap.

uint32_t SystemControlSpace::systick_current(uint64_t now) const {
  if (!(syst_csr_ & 1)) return syst_cvr_at_start_;
  uint64_t elapsed = now - syst_start_cycle_;
  if (elapsed <= syst_cvr_at_start_) return static_cast<uint32_t>(syst_cvr_at_start_ - elapsed);
  if (syst_rvr_ == 0) return 0;
  uint64_t period = static_cast<uint64_t>(syst_rvr_) + 1;
  uint64_t after = (elapsed - syst_cvr_at_start_ - 1) % period;
  return static_cast<uint32_t>(syst_rvr_ - after);
}

void SystemControlSpace::schedule_systick(uint64_t now) {
  if (!(syst_csr_ & 1) || (syst_rvr_ == 0 && syst_cvr_at_start_ == 0)) {
    cpu_.set_next_event_cycle(UINT64_MAX);
    return;
  }
  // Next transition 1 -> 0 of the counter.
  uint32_t cur = systick_current(now);
  uint64_t to_zero = cur == 0 ? static_cast<uint64_t>(syst_rvr_) + 1 : cur;
  cpu_.set_next_event_cycle(now + to_zero);
}

void SystemControlSpace::on_cycle_event(uint64_t now) {
  if (!(syst_csr_ & 1)) { cpu_.set_next_event_cycle(UINT64_MAX); return; }
  syst_csr_ |= 1u << 16;  // COUNTFLAG
  if (syst_csr_ & 2) set_pending(kExcSysTick, true);
  schedule_systick(now);
}

uint32_t SystemControlSpace::dwt_cyccnt(uint64_t now) const {
  return dwt_running() ? dwt_cyccnt_base_ + static_cast<uint32_t>(now - dwt_start_) : dwt_cyccnt_base_;
}
uint32_t SystemControlSpace::pmu_ccntr(uint64_t now) const {
  return pmu_running() ? pmu_ccntr_base_ + static_cast<uint32_t>(now - pmu_start_) : pmu_ccntr_base_;
}

// ---- register file -------------------------------------------------------

bool SystemControlSpace::read(uint32_t addr, uint32_t& value, unsigned len) {
  const uint64_t now = cpu_.cycles();
  value = 0;
  // Byte-accessible priority registers.
  if (addr >= 0xE000E400 && addr < 0xE000E400 + num_irq_) {
    for (unsigned i = 0; i < len; ++i) {
      uint32_t irq = addr - 0xE000E400 + i;
      if (irq < num_irq_) value |= static_cast<uint32_t>(prio_[kExcIrq0 + irq]) << (8 * i);
    }
    return true;
  }
  if (addr >= 0xE000ED18 && addr < 0xE000ED24) {
    for (unsigned i = 0; i < len; ++i) {
      uint32_t exc = addr - 0xE000ED14 + i;
      value |= static_cast<uint32_t>(exc >= 4 && exc < 16 ? prio_[exc] : 0) << (8 * i);
    }
    return true;
  }
  uint32_t word_addr = addr & ~3u;
  uint32_t v = 0;
  auto bits_of = [&](const std::vector<bool>& vec, uint32_t base) {
    uint32_t r = 0, first = (word_addr - base) * 8;
    for (unsigned i = 0; i < 32; ++i)
      if (first + i < num_irq_ && vec[kExcIrq0 + first + i]) r |= 1u << i;
    return r;
  };
  switch (word_addr) {
    case 0xE000E004: v = (num_irq_ + 31) / 32 - 1; break;  // ICTR
    case 0xE000E008: v = actlr_; break;
    case 0xE000E010: v = syst_csr_; syst_csr_ &= ~(1u << 16); break;  // COUNTFLAG clears on read
    case 0xE000E014: v = syst_rvr_; break;
    case 0xE000E018: v = systick_current(now); break;
    case 0xE000E01C: v = 0x80000000; break;  // CALIB: NOREF (no reference clock), as QEMU's SSE-300
    case 0xE000ED00: v = kCpuid; break;
    case 0xE000ED04: {  // ICSR
      int act = static_cast<int>(cpu_.ipsr);
      int pend = highest_pending();
      v = static_cast<uint32_t>(act) & 0x1FF;
      if (pend > 0) v |= static_cast<uint32_t>(pend) << 12;
      bool isr_pending = false;
      for (unsigned e = kExcIrq0; e < num_exceptions(); ++e) isr_pending |= pending_[e];
      if (isr_pending) v |= 1u << 22;
      if (pending_[kExcSysTick]) v |= 1u << 26;
      if (pending_[kExcPendSv]) v |= 1u << 28;
      if (pending_[kExcNmi]) v |= 1u << 31;
      if (active_count() <= 1) v |= 1u << 11;  // RETTOBASE
      break;
    }
    case 0xE000ED08: v = vtor_; break;
    case 0xE000ED0C: v = 0xFA050000u | (aircr_prigroup_ << 8); break;
    case 0xE000ED10: v = scr_; break;
    case 0xE000ED14: v = ccr_; break;
    case 0xE000ED24: {
      v = shcsr_ & 0x000F0000u;
      if (active_[kExcMemManage]) v |= 1u << 0;
      if (active_[kExcBusFault]) v |= 1u << 1;
      if (active_[kExcHardFault]) v |= 1u << 2;
      if (active_[kExcUsageFault]) v |= 1u << 3;
      if (active_[kExcSvc]) v |= 1u << 7;
      if (active_[kExcDebugMon]) v |= 1u << 8;
      if (active_[kExcPendSv]) v |= 1u << 10;
      if (active_[kExcSysTick]) v |= 1u << 11;
      if (pending_[kExcUsageFault]) v |= 1u << 12;
      if (pending_[kExcMemManage]) v |= 1u << 13;
      if (pending_[kExcBusFault]) v |= 1u << 14;
      if (pending_[kExcSvc]) v |= 1u << 15;
      break;
    }
    case 0xE000ED28: v = cfsr_; break;
    case 0xE000ED2C: v = hfsr_; break;
    case 0xE000ED30: v = 0; break;
    case 0xE000ED34: v = mmfar_; break;
    case 0xE000ED38: v = bfar_; break;
    case 0xE000ED3C: v = 0; break;
    // Feature registers (Armv8.1-M with DSP, FPU, MVE per configuration).
    case 0xE000ED40: v = 0x00000030; break;  // ID_PFR0: T32 + ...
    case 0xE000ED44: v = 0x00000520; break;  // ID_PFR1: M-profile programmers' model
    case 0xE000ED60: v = 0x01101110; break;  // ID_ISAR0
    case 0xE000ED64: v = 0x02212000; break;  // ID_ISAR1
    case 0xE000ED68: v = 0x20232232; break;  // ID_ISAR2
    case 0xE000ED6C: v = 0x01111131; break;  // ID_ISAR3
    case 0xE000ED70: v = 0x01310132; break;  // ID_ISAR4
    case 0xE000ED88: v = cpacr_; break;
    case 0xE000ED8C: v = 0; break;           // NSACR
    case 0xE000EDFC: v = demcr_; break;
    case 0xE000EF34: v = fpccr_; break;
    case 0xE000EF38: v = fpcar_; break;
    case 0xE000EF3C: v = fpdscr_; break;
    case 0xE000EF40: v = cpu_.config().fpu ? 0x10110221u : 0u; break;  // MVFR0: SP+DP, sqrt, divide
    case 0xE000EF44: v = cpu_.config().fpu ? (cpu_.config().mve ? 0x12100211u : 0x12000011u) : 0u; break;
    case 0xE000EF48: v = cpu_.config().fpu ? 0x00000040u : 0u; break;
    case 0xE0001000: v = dwt_ctrl_; break;
    case 0xE0001004: v = dwt_cyccnt(now); break;
    case 0xE0003E04: v = pmu_ctrl_; break;
    case 0xE0003C00: v = pmu_cntenset_; break;
    case 0xE000307C: v = pmu_ccntr(now); break;
    default:
      if (word_addr >= 0xE000E100 && word_addr < 0xE000E140) v = bits_of(enabled_, 0xE000E100);
      else if (word_addr >= 0xE000E180 && word_addr < 0xE000E1C0) v = bits_of(enabled_, 0xE000E180);
      else if (word_addr >= 0xE000E200 && word_addr < 0xE000E240) v = bits_of(pending_, 0xE000E200);
      else if (word_addr >= 0xE000E280 && word_addr < 0xE000E2C0) v = bits_of(pending_, 0xE000E280);
      else if (word_addr >= 0xE000E300 && word_addr < 0xE000E340) v = bits_of(active_, 0xE000E300);
      else v = 0;  // reserved and unimplemented registers read as zero
  }
  value = v >> (8 * (addr & 3));
  if (len < 4) value &= (1u << (8 * len)) - 1;
  return true;
}

bool SystemControlSpace::write(uint32_t addr, uint32_t value, unsigned len) {
  const uint64_t now = cpu_.cycles();
  if (addr >= 0xE000E400 && addr < 0xE000E400 + num_irq_) {
    for (unsigned i = 0; i < len; ++i) {
      uint32_t irq = addr - 0xE000E400 + i;
      if (irq < num_irq_) prio_[kExcIrq0 + irq] = static_cast<uint8_t>(value >> (8 * i)) & kPrioMask;
    }
    cpu_.update_pending();
    return true;
  }
  if (addr >= 0xE000ED18 && addr < 0xE000ED24) {
    for (unsigned i = 0; i < len; ++i) {
      uint32_t exc = addr - 0xE000ED14 + i;
      if (exc >= 4 && exc < 16 && exc != kExcSecureFault)
        prio_[exc] = static_cast<uint8_t>(value >> (8 * i)) & kPrioMask;
    }
    cpu_.update_pending();
    return true;
  }
  uint32_t word_addr = addr & ~3u;
  if (len < 4) value <<= 8 * (addr & 3);
  auto set_bits = [&](std::vector<bool>& vec, uint32_t base, bool v) {
    uint32_t first = (word_addr - base) * 8;
    for (unsigned i = 0; i < 32; ++i) {
      if (!(value >> i & 1) || first + i >= num_irq_) continue;
      const int exc = static_cast<int>(kExcIrq0 + first + i);
      if (&vec == &pending_) set_pending(exc, v);  // keeps pending_count_ right
      else vec[exc] = v;
    }
    cpu_.update_pending();
  };
  switch (word_addr) {
    case 0xE000E008: actlr_ = value; break;
    case 0xE000E010: {
      uint32_t cur = systick_current(now);
      syst_csr_ = (syst_csr_ & (1u << 16)) | (value & 0x7);
      syst_cvr_at_start_ = cur;
      syst_start_cycle_ = now;
      schedule_systick(now);
      break;
    }
    case 0xE000E014: syst_rvr_ = value & 0x00FFFFFF; schedule_systick(now); break;
    case 0xE000E018:  // any write clears the counter and COUNTFLAG
      syst_cvr_at_start_ = 0;
      syst_start_cycle_ = now;
      syst_csr_ &= ~(1u << 16);
      schedule_systick(now);
      break;
    case 0xE000ED04:  // ICSR
      if (value & (1u << 31)) set_pending(kExcNmi, true);
      if (value & (1u << 28)) set_pending(kExcPendSv, true);
      if (value & (1u << 27)) set_pending(kExcPendSv, false);
      if (value & (1u << 26)) set_pending(kExcSysTick, true);
      if (value & (1u << 25)) set_pending(kExcSysTick, false);
      break;
    case 0xE000ED08: vtor_ = value & 0xFFFFFF80u; break;
    case 0xE000ED0C:
      if ((value >> 16) == 0x05FA) {
        aircr_prigroup_ = (value >> 8) & 7;
        if (value & 4)
          throw StopRequest{StopReason::Exit, 0, "firmware requested a system reset (AIRCR.SYSRESETREQ)"};
      }
      break;
    case 0xE000ED10: scr_ = value & 0x1E; break;
    case 0xE000ED14:
      ccr_ = (value & 0x000F071Bu) | 0x201u;
      cpu_.set_unalign_trap(unalign_trap());
      break;
    case 0xE000ED24:
      shcsr_ = (shcsr_ & ~0x000F0000u) | (value & 0x000F0000u);
      cpu_.update_pending();
      break;
    case 0xE000ED28: cfsr_ &= ~value; break;   // write-one-to-clear
    case 0xE000ED2C: hfsr_ &= ~value; break;
    case 0xE000ED34: mmfar_ = value; break;
    case 0xE000ED38: bfar_ = value; break;
    case 0xE000ED88: cpacr_ = value & 0x00F00000u; cpu_.fp_access_changed(); break;  // CP10, CP11
    case 0xE000EDFC: demcr_ = value; break;
    case 0xE000EF00: set_pending(kExcIrq0 + static_cast<int>(value & 0x1FF), true); break;  // STIR
    case 0xE000EF34: fpccr_ = (fpccr_ & ~0xC0000000u) | (value & 0xC0000000u); cpu_.fp_access_changed(); break;
    case 0xE000EF38: fpcar_ = value & ~7u; break;
    case 0xE000EF3C: fpdscr_ = value & 0x07C00000u; break;
    case 0xE0001000: {
      uint32_t cur = dwt_cyccnt(now);
      dwt_ctrl_ = (dwt_ctrl_ & ~1u) | (value & 1u);
      dwt_cyccnt_base_ = cur;
      dwt_start_ = now;
      break;
    }
    case 0xE0001004: dwt_cyccnt_base_ = value; dwt_start_ = now; break;
    case 0xE0003E04: {
      uint32_t cur = pmu_ccntr(now);
      pmu_ctrl_ = value & 0x1;
      pmu_ccntr_base_ = (value & 4) ? 0 : cur;  // C bit resets the cycle counter
      pmu_start_ = now;
      break;
    }
    case 0xE0003C00: {
      uint32_t cur = pmu_ccntr(now);
      pmu_cntenset_ |= value;
      pmu_ccntr_base_ = cur;
      pmu_start_ = now;
      break;
    }
    case 0xE0003C20: {  // PMU_CNTENCLR
      uint32_t cur = pmu_ccntr(now);
      pmu_cntenset_ &= ~value;
      pmu_ccntr_base_ = cur;
      pmu_start_ = now;
      break;
    }
    case 0xE000307C: pmu_ccntr_base_ = value; pmu_start_ = now; break;
    default:
      if (word_addr >= 0xE000E100 && word_addr < 0xE000E140) set_bits(enabled_, 0xE000E100, true);
      else if (word_addr >= 0xE000E180 && word_addr < 0xE000E1C0) set_bits(enabled_, 0xE000E180, false);
      else if (word_addr >= 0xE000E200 && word_addr < 0xE000E240) set_bits(pending_, 0xE000E200, true);
      else if (word_addr >= 0xE000E280 && word_addr < 0xE000E2C0) set_bits(pending_, 0xE000E280, false);
      // other registers: writes ignored
  }
  return true;
}

}  // namespace tinysim::armv8m
