#include "sim/platform/arm_glue.h"

#include <capstone/capstone.h>

#include <cinttypes>
#include <cstring>
#include <stdexcept>

#include "cores/armv8m/decoder.h"
#include "sim/platform/capstone_exceptions.h"

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
  csh h = 0;
  if (cs_open(CS_ARCH_ARM, static_cast<cs_mode>(CS_MODE_THUMB | CS_MODE_MCLASS | CS_MODE_V8), &h) == CS_ERR_OK) {
    cs_ = h;
  }
}

ArmTracer::~ArmTracer() {
  if (cs_) {
    csh h = cs_;
    cs_close(&h);
  }
  if (out_) std::fclose(out_);
}

// Capstone's text for the instruction, or the ISS's when Capstone cannot
// decode it. Inside an IT block Capstone is given the instruction behind a
// one-instruction "IT <cond>" (it keeps no IT state between calls).
std::string ArmTracer::disassemble(const armv8m::Cpu& cpu, uint32_t pc, const armv8m::DecodedInsn& d, int it_cond) {
  if (cs_ && !capstone_is_wrong_for(cpu.decoder().pattern(d.pattern).p.name)) {
    uint8_t buf[6];
    size_t n = 0;
    if (it_cond >= 0) {
      const uint16_t it = static_cast<uint16_t>(0xBF08 | (it_cond & 15) << 4);
      buf[n++] = it & 0xFF;
      buf[n++] = static_cast<uint8_t>(it >> 8);
    }
    const uint16_t hw1 = static_cast<uint16_t>(d.len == 4 ? d.raw >> 16 : d.raw);
    buf[n++] = hw1 & 0xFF;
    buf[n++] = static_cast<uint8_t>(hw1 >> 8);
    if (d.len == 4) {
      buf[n++] = d.raw & 0xFF;
      buf[n++] = static_cast<uint8_t>(d.raw >> 8);
    }
    // cs_disasm, not cs_disasm_iter: only cs_disasm clears Capstone's IT
    // state, which would otherwise carry over from one call to the next.
    cs_insn* insn = nullptr;
    const size_t count = cs_disasm(cs_, buf, n, it_cond >= 0 ? pc - 2u : pc, 0, &insn);
    const size_t want = it_cond >= 0 ? 2 : 1;
    std::string text;
    if (count == want && insn[want - 1].size == d.len) {
      text = insn[want - 1].mnemonic;
      if (insn[want - 1].op_str[0]) text += std::string(" ") + insn[want - 1].op_str;
    }
    if (count) cs_free(insn, count);
    if (!text.empty()) return text;
  }
  return cpu.disassemble(pc, d, it_cond);
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
      if (!func.empty()) std::fprintf(out_, "<%s>\n", func.c_str());  // no symbol covers the PC: no header
      last_func_ = func;
    }
  }
  char enc[16];
  if (d.len == 4) snprintf(enc, sizeof enc, "%04x %04x", d.raw >> 16, d.raw & 0xFFFF);
  else snprintf(enc, sizeof enc, "%04x     ", d.raw & 0xFFFF);
  const uint8_t itstate = pc == expected_pc_ ? prev_itstate_ : 0;
  const int it_cond = itstate && !(d.flags & armv8m::kInsnIsIt) ? itstate >> 4 : -1;
  prev_itstate_ = cpu.itstate;
  expected_pc_ = cpu.pc;
  std::string text = disassemble(cpu, pc, d, it_cond);
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
