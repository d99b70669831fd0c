// System Control Space (0xE000E000..0xE000EFFF) plus the DWT and PMU cycle
// counters: NVIC, SCB (VTOR, AIRCR, CCR, SHPR, SHCSR, fault status, CPACR),
// SysTick, FPU control (FPCCR, FPDSCR, MVFR). Register offsets and reset values
// follow the Armv8-M ARM (DDI0553) chapter "System Address Map".
#pragma once

#include <cstdint>
#include <vector>

namespace tinysim::armv8m {

class Cpu;

// CFSR bits (Armv8-M ARM, B3.x "Configurable Fault Status Register").
enum : uint32_t {
  kCfsrIaccviol = 1u << 0, kCfsrDaccviol = 1u << 1, kCfsrMmarvalid = 1u << 7,
  kCfsrIbuserr = 1u << 8, kCfsrPreciserr = 1u << 9, kCfsrUnstkerr = 1u << 11,
  kCfsrStkerr = 1u << 12, kCfsrBfarvalid = 1u << 15,
  kCfsrUndefinstr = 1u << 16, kCfsrInvstate = 1u << 17, kCfsrInvpc = 1u << 18,
  kCfsrNocp = 1u << 19, kCfsrStkof = 1u << 20, kCfsrUnaligned = 1u << 24,
  kCfsrDivByZero = 1u << 25,
};
enum : uint32_t { kHfsrVecttbl = 1u << 1, kHfsrForced = 1u << 30 };

class SystemControlSpace {
 public:
  explicit SystemControlSpace(Cpu& cpu, uint32_t num_irq, uint32_t init_vtor);
  void reset();

  bool read(uint32_t addr, uint32_t& value, unsigned len);
  bool write(uint32_t addr, uint32_t value, unsigned len);
  static bool handles(uint32_t addr) { return addr >= 0xE0000000u && addr < 0xE0100000u; }

  // Exception state.
  uint32_t num_exceptions() const { return 16 + num_irq_; }
  bool is_pending(int exc) const { return pending_[exc]; }
  bool is_active(int exc) const { return active_[exc]; }
  void set_pending(int exc, bool v);
  void set_active(int exc, bool v) { active_[exc] = v; }
  int priority(int exc) const;          // raw priority (negative for reset/NMI/HardFault)
  int group_priority(int exc) const;    // after PRIGROUP
  bool enabled(int exc) const;          // external interrupts: ISER; faults: SHCSR
  int active_count() const;
  // Highest-priority pending exception that is enabled, -1 when none.
  int highest_pending() const;
  int group_priority_of_raw(int prio) const;

  uint32_t vtor() const { return vtor_; }
  bool div0_trap() const { return ccr_ & (1u << 4); }
  bool unalign_trap() const { return ccr_ & (1u << 3); }
  bool stkalign() const { return ccr_ & (1u << 9); }
  uint32_t cpacr() const { return cpacr_; }
  uint32_t fpccr() const { return fpccr_; }
  uint32_t fpdscr() const { return fpdscr_; }
  void set_fpcar(uint32_t v) { fpcar_ = v; }
  void record_fault(uint32_t cfsr_bits, uint32_t addr, bool addr_valid);
  void set_hfsr(uint32_t bits) { hfsr_ |= bits; }
  uint32_t cfsr() const { return cfsr_; }
  uint32_t hfsr() const { return hfsr_; }
  uint32_t mmfar() const { return mmfar_; }
  uint32_t bfar() const { return bfar_; }

  // SysTick: counts the core clock (CLKSOURCE=1) or an external reference that
  // this model ties to the core clock too. Updated lazily from the cycle count.
  void on_cycle_event(uint64_t now);
  void schedule_systick(uint64_t now);

 private:
  uint32_t systick_current(uint64_t now) const;

  Cpu& cpu_;
  uint32_t num_irq_;
  uint32_t init_vtor_;
  std::vector<bool> pending_, active_, enabled_;
  int pending_count_ = 0;  // number of pending exceptions: highest_pending() is free when 0
  std::vector<uint8_t> prio_;   // per exception number
  uint32_t vtor_ = 0, aircr_prigroup_ = 0, scr_ = 0, ccr_ = 0, shcsr_ = 0;
  uint32_t cfsr_ = 0, hfsr_ = 0, mmfar_ = 0, bfar_ = 0, cpacr_ = 0;
  uint32_t fpccr_ = 0, fpcar_ = 0, fpdscr_ = 0, demcr_ = 0, actlr_ = 0;
  // SysTick
  uint32_t syst_csr_ = 0, syst_rvr_ = 0;
  uint32_t syst_cvr_at_start_ = 0;
  uint64_t syst_start_cycle_ = 0;
  // DWT / PMU cycle counters: value = base + (cycles - start) while running.
  uint32_t dwt_ctrl_ = 0, dwt_cyccnt_base_ = 0;
  uint64_t dwt_start_ = 0;
  uint32_t pmu_ctrl_ = 0, pmu_cntenset_ = 0, pmu_ccntr_base_ = 0;
  uint64_t pmu_start_ = 0;
  uint32_t dwt_cyccnt(uint64_t now) const;
  uint32_t pmu_ccntr(uint64_t now) const;
  bool dwt_running() const { return (dwt_ctrl_ & 1) && (demcr_ & (1u << 24)); }
  bool pmu_running() const { return (pmu_ctrl_ & 1) && (pmu_cntenset_ & 0x80000000u); }
};

}  // namespace tinysim::armv8m
