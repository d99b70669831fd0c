// Glue between the Armv8-M ISS and the architecture-neutral parts of sim/:
// semihosting, region profiling and the instruction trace.
#pragma once

#include <cstdio>
#include <memory>
#include <string>

#include "cores/armv8m/cpu.h"
#include "sim/loader/elf_image.h"
#include "sim/report/region_profiler.h"
#include "sim/semihosting/semihosting.h"

namespace tinysim {

// Guest memory as the core sees it, without timing or faults.
class ArmGuestMemory : public GuestMemory {
 public:
  explicit ArmGuestMemory(armv8m::Cpu& cpu) : cpu_(cpu) {}
  bool read(uint32_t addr, void* out, size_t len) override {
    return cpu_.debug_read(addr, static_cast<uint8_t*>(out), len);
  }
  bool write(uint32_t addr, const void* in, size_t len) override {
    return cpu_.debug_write(addr, static_cast<const uint8_t*>(in), len);
  }
 private:
  armv8m::Cpu& cpu_;
};

class ArmSemihostingAdapter : public armv8m::SemihostingHandler {
 public:
  explicit ArmSemihostingAdapter(Semihosting& sh) : sh_(sh) {}
  void call(armv8m::Cpu& cpu) override;
 private:
  Semihosting& sh_;
};

class ArmCounterSource : public CounterSource {
 public:
  explicit ArmCounterSource(armv8m::Cpu& cpu) : cpu_(cpu) {}
  const EventCounters& counters() const override { return cpu_.counters(); }
  uint32_t stack_pointer() const override { return cpu_.r[13]; }
  uint32_t lowest_stack_pointer() const override { return cpu_.lowest_sp(); }
  void reset_lowest_stack_pointer(uint32_t sp) override {
    if (cpu_.lowest_sp() < overall_) overall_ = cpu_.lowest_sp();
    cpu_.reset_lowest_sp(sp);
  }
  uint32_t initial_sp() const { return cpu_.initial_sp(); }
  uint32_t lowest_sp_overall() const { return std::min(overall_, cpu_.lowest_sp()); }
 private:
  armv8m::Cpu& cpu_;
  uint32_t overall_ = 0xFFFFFFFFu;
};

// --trace FILE: one line per instruction: cycle, PC, encoding, disassembly,
// registers written. Installed as the core's trace hook, which moves the core
// to its slow path: tracing never costs anything when off.
// The disassembly is Capstone's where Capstone decodes the instruction (and is
// not known to get it wrong, see capstone_exceptions.h), else the ISS's own.
class ArmTracer {
 public:
  explicit ArmTracer(const std::string& path);
  ~ArmTracer();
  ArmTracer(const ArmTracer&) = delete;
  ArmTracer& operator=(const ArmTracer&) = delete;
  void attach(armv8m::Cpu& cpu);
  void set_symbols(ElfImage img) { image_ = std::move(img); have_symbols_ = true; }
 private:
  void line(const armv8m::Cpu& cpu, uint32_t pc, const armv8m::DecodedInsn& d, uint64_t cycle);
  std::string disassemble(const armv8m::Cpu& cpu, uint32_t pc, const armv8m::DecodedInsn& d, int it_cond);
  std::FILE* out_;
  size_t cs_ = 0;              // Capstone handle (csh), 0 if it could not be opened
  // The hook runs after the instruction: the IT state it executed under is
  // the one left by the previous instruction, if execution flowed from there
  // (an exception entry in between starts the handler outside any IT block).
  uint8_t prev_itstate_ = 0;
  uint32_t expected_pc_ = 0;
  uint32_t prev_r_[16] = {};
  uint32_t prev_s_[32] = {};
  uint32_t prev_apsr_ = 0, prev_fpscr_ = 0;
  ElfImage image_;
  bool have_symbols_ = false;
  std::string last_func_;
};

}  // namespace tinysim
