#include "sim/platform/arm_glue.h"

#include <cinttypes>
#include <cstring>
#include <stdexcept>

namespace tinysim {

void ArmSemihostingAdapter::call(armv8m::Cpu& cpu) {
  ArmGuestMemory mem(cpu);
  try {
    cpu.r[0] = sh_.call(cpu.r[0], cpu.r[1], mem, cpu.cycles());
  } catch (const SemihostingExit& e) {
    throw armv8m::StopRequest{armv8m::StopReason::Exit, e.code, ""};
  } catch (const SemihostingError& e) {
    char where[48];
    snprintf(where, sizeof where, " (pc=0x%08x)", cpu.pc);
    throw armv8m::StopRequest{armv8m::StopReason::Error, 3, e.message + where};
  }
}

ArmTracer::ArmTracer(const std::string& path) : out_(std::fopen(path.c_str(), "w")) {
  if (!out_) throw std::runtime_error("cannot open trace file '" + path + "': " + std::strerror(errno));
  std::setvbuf(out_, nullptr, _IOFBF, 1 << 20);
}

ArmTracer::~ArmTracer() {
  if (out_) std::fclose(out_);
}

void ArmTracer::attach(armv8m::Cpu& cpu) {
  cpu.set_trace([this](const armv8m::Cpu& c, uint32_t pc, const armv8m::DecodedInsn& d, uint64_t cycle) {
    line(c, pc, d, cycle);
  });
}

void ArmTracer::line(const armv8m::Cpu& cpu, uint32_t pc, const armv8m::DecodedInsn& d, uint64_t cycle) {
  if (have_symbols_) {
    std::string func = image_.symbolize(pc);
    auto plus = func.find('+');
    if (plus != std::string::npos) func.resize(plus);
    if (func != last_func_) {
      std::fprintf(out_, "<%s>\n", func.c_str());
      last_func_ = func;
    }
  }
  char enc[16];
  if (d.len == 4) snprintf(enc, sizeof enc, "%04x %04x", d.raw >> 16, d.raw & 0xFFFF);
  else snprintf(enc, sizeof enc, "%04x     ", d.raw & 0xFFFF);
  std::string text = cpu.disassemble(pc, d);
  std::fprintf(out_, "%10" PRIu64 "  %08x  %s  %-36s", cycle, pc, enc, text.c_str());
  static const char* names[16] = {"r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7",
                                  "r8", "r9", "r10", "r11", "r12", "sp", "lr", "pc"};
  for (int i = 0; i < 15; ++i) {
    if (cpu.r[i] != prev_r_[i]) {
      std::fprintf(out_, " %s=%08x", names[i], cpu.r[i]);
      prev_r_[i] = cpu.r[i];
    }
  }
  uint32_t apsr = cpu.read_special(0);
  if (apsr != prev_apsr_) {
    std::fprintf(out_, " apsr=%08x", apsr);
    prev_apsr_ = apsr;
  }
  for (int i = 0; i < 32; ++i) {
    if (cpu.fp.s[i] != prev_s_[i]) {
      std::fprintf(out_, " s%d=%08x", i, cpu.fp.s[i]);
      prev_s_[i] = cpu.fp.s[i];
    }
  }
  if (cpu.fpscr != prev_fpscr_) {
    std::fprintf(out_, " fpscr=%08x", cpu.fpscr);
    prev_fpscr_ = cpu.fpscr;
  }
  std::fputc('\n', out_);
}

}  // namespace tinysim
