#include "cores/armv8m/decoder.h"

#include <cstdio>
#include <cstring>
#include <string_view>
#include <stdexcept>

namespace tinysim::armv8m {

uint32_t thumb_expand_imm(uint32_t imm12, bool carry_in, bool* carry_out) {
  // Arm ARM (DDI0553) ThumbExpandImm_C.
  uint32_t v8 = imm12 & 0xFF;
  if (((imm12 >> 10) & 3) == 0) {
    if (carry_out) *carry_out = carry_in;
    switch ((imm12 >> 8) & 3) {
      case 0: return v8;
      case 1: return v8 << 16 | v8;
      case 2: return v8 << 24 | v8 << 8;
      default: return v8 << 24 | v8 << 16 | v8 << 8 | v8;
    }
  }
  uint32_t unrot = 0x80 | (imm12 & 0x7F);
  unsigned rot = (imm12 >> 7) & 0x1F;
  uint32_t r = (unrot >> rot) | (unrot << (32 - rot));
  if (carry_out) *carry_out = (r >> 31) & 1;
  return r;
}

void decode_imm_shift(uint32_t type, uint32_t imm5, uint8_t& t, uint8_t& n) {
  // DecodeImmShift: 0 LSL, 1 LSR, 2 ASR, 3 ROR, 4 RRX.
  switch (type & 3) {
    case 0: t = 0; n = imm5; break;
    case 1: t = 1; n = imm5 ? imm5 : 32; break;
    case 2: t = 2; n = imm5 ? imm5 : 32; break;
    default:
      if (imm5 == 0) { t = 4; n = 1; } else { t = 3; n = imm5; }
  }
}

namespace {
// Vector instructions whose destination is also a source (Arm ARM: "Qda",
// or a write of some elements only): multiply-accumulates, shift-and-insert,
// VSHLC, the narrowing moves and shifts and VCVTB/VCVTT to f16 (they write
// the bottom or top halves and keep the others), the immediate VORR/VBIC,
// a move into one lane. Matched on the mnemonic of the disassembly.
bool reads_destination(const char* disasm) {
  std::string_view text(disasm);
  const std::string_view mnemonic = text.substr(0, text.find_first_of(". "));
  static constexpr std::string_view kAccumulate[] = {
      "vmla", "vmlas", "vfma", "vfms", "vfmas", "vcmla", "vsli", "vsri", "vshlc",
      "vqdmlah", "vqrdmlah", "vqdmlash", "vqrdmlash",
      "vqdmladh", "vqdmladhx", "vqrdmladh", "vqrdmladhx", "vqdmlsdh", "vqdmlsdhx", "vqrdmlsdh", "vqrdmlsdhx",
      "vmovnb", "vmovnt", "vqmovnb", "vqmovnt", "vqmovunb", "vqmovunt",
      "vshrnb", "vshrnt", "vrshrnb", "vrshrnt", "vqshrnb", "vqshrnt", "vqrshrnb", "vqrshrnt",
      "vqshrunb", "vqshrunt", "vqrshrunb", "vqrshrunt"};
  for (std::string_view m : kAccumulate)
    if (mnemonic == m) return true;
  if ((mnemonic == "vcvtb" || mnemonic == "vcvtt") && text.find(".f16.f32") != std::string_view::npos) return true;
  if ((mnemonic == "vorr" || mnemonic == "vbic") && text.find("{qn}") == std::string_view::npos &&
      text.find("{qm}") == std::string_view::npos)
    return true;  // the immediate forms: Qda = Qda OP imm
  return text.find("{qd}[") != std::string_view::npos;  // VMOV to one lane
}
}  // namespace

Decoder::Decoder(bool mve) {
  for (const auto& p : t16_patterns()) add(p, false);
  for (const auto& p : t32_patterns()) add(p, true);
  for (const auto& p : dsp_patterns()) add(p, true);
  for (const auto& p : fp_patterns()) add(p, true);
  if (mve) {
    for (const auto& p : mve_mem_patterns()) add(p, true);
    for (const auto& p : mve_int_patterns()) add(p, true);
    for (const auto& p : mve_mac_patterns()) add(p, true);
    for (const auto& p : mve_fp_patterns()) add(p, true);
  }
  for (const auto& p : t32_unallocated_patterns()) add(p, true);
}

void Decoder::add(const Pattern& p, bool is32) {
  CompiledPattern cp;
  cp.p = p;
  cp.is32 = is32;
  int bit = is32 ? 31 : 15;
  for (const char* s = p.bits; *s; ++s) {
    char ch = *s;
    if (ch == ' ') continue;
    if (bit < 0) throw std::logic_error(std::string("decode pattern too long: ") + p.name);
    if (ch == '0' || ch == '1') {
      cp.mask |= 1u << bit;
      if (ch == '1') cp.value |= 1u << bit;
    } else if (ch != '-') {
      cp.bit_letters.emplace_back(ch, static_cast<uint8_t>(bit));
    }
    --bit;
  }
  if (bit != -1) throw std::logic_error(std::string("decode pattern too short: ") + p.name);
  if (is_vector_class(p.cls) && p.disasm) {
    cp.q_d = std::strstr(p.disasm, "{qd}") != nullptr;
    cp.q_n = std::strstr(p.disasm, "{qn}") != nullptr;
    cp.q_m = std::strstr(p.disasm, "{qm}") != nullptr;
    if (p.cls == OpClass::MveLoadInterleave || p.cls == OpClass::MveStoreInterleave) {
      // The register list is spelled out ("{q2, q3}"); Qd is its first register.
      cp.q_d = true;
      cp.q_d_count = std::strncmp(p.disasm, "vld4", 4) == 0 || std::strncmp(p.disasm, "vst4", 4) == 0 ? 4 : 2;
    }
    cp.q_d_read = cp.q_d && reads_destination(p.disasm);
  }
  uint16_t idx = static_cast<uint16_t>(patterns_.size());
  patterns_.push_back(std::move(cp));
  (is32 ? t32_ : t16_).push_back(idx);
}

// Q registers a vector instruction reads and writes, for the dependency
// stalls of the beat timing model (cpu.h). The operand kinds come from the
// pattern's disassembly; the role of Qd from the class: stores, scatters,
// compares and across-vector reductions read it, the others write it, and
// read it too when they accumulate into it or keep some of its elements
// (reads_destination). A predicated write merges into the old Qd, which we
// assume the M55 does without waiting for it.
void Decoder::set_vector_operands(const CompiledPattern& cp, DecodedInsn& d) {
  auto q = [](unsigned r) { return static_cast<uint8_t>(1u << (r & 7)); };
  uint8_t qd = 0;
  if (cp.q_d)
    for (unsigned i = 0; i < cp.q_d_count && d.rd + i < 8; ++i) qd |= q(d.rd + i);
  uint8_t src = static_cast<uint8_t>((cp.q_n ? q(d.rn) : 0) | (cp.q_m ? q(d.rm) : 0) | (cp.q_d_read ? qd : 0));
  switch (cp.p.cls) {
    case OpClass::MveStore: case OpClass::MveScatter: case OpClass::MveStoreInterleave:
    case OpClass::MvePred: case OpClass::MveMac: case OpClass::MveReduce:
      src |= qd;
      qd = 0;
      break;
    default:
      break;
  }
  d.qsrc = src;
  d.qdst = qd;
  d.flags |= kInsnVector;
}

bool Decoder::decode(uint32_t raw, bool is32, DecodedInsn& d) const {
  const auto& list = is32 ? t32_ : t16_;
  for (uint16_t idx : list) {
    const CompiledPattern& cp = patterns_[idx];
    if ((raw & cp.mask) != cp.value) continue;
    Fields f;
    for (auto [letter, b] : cp.bit_letters) {
      unsigned l = static_cast<unsigned char>(letter);
      f.v[l] = (f.v[l] << 1) | ((raw >> b) & 1);
      f.width[l]++;
    }
    d = DecodedInsn{};
    d.raw = raw;
    d.len = is32 ? 4 : 2;
    d.pattern = idx;
    d.exec = cp.p.exec;
    d.opclass = cp.p.cls;
    d.flags = static_cast<uint8_t>(cp.p.flags & 0xFF);
    if (f.has('d')) d.rd = f['d'];
    if (f.has('t')) d.rd = f['t'];
    if (f.has('n')) d.rn = f['n'];
    if (f.has('m')) d.rm = f['m'];
    if (f.has('a')) d.ra = f['a'];
    if (f.has('i')) d.imm = f['i'];
    if (f.has('S')) d.setflags = f['S'];
    if (f.has('c')) d.cond = f['c'];
    if (f.has('r')) d.reglist = f['r'];
    if (f.has('P')) d.index = f['P'];
    if (f.has('U')) d.add = f['U'];
    if (f.has('W')) d.wback = f['W'];
    if (f.has('y')) decode_imm_shift(f['y'], f['k'], d.shift_type, d.shift_n);
    bool store = cp.p.flags & kPatStore;
    if (f.has('n')) d.src_mask |= 1u << d.rn;
    if (f.has('m')) d.src_mask |= 1u << d.rm;
    if (f.has('a')) d.src_mask |= 1u << d.ra;
    if (f.has('d') || f.has('t')) {
      if (store) d.src_mask |= 1u << d.rd; else d.dst_mask |= 1u << d.rd;
    }
    if (cp.p.fmt) cp.p.fmt(d, f);
    if (is_vector_class(cp.p.cls)) set_vector_operands(cp, d);
    if (d.dst_mask & (1u << 13)) d.flags |= kInsnWritesSp;
    if (!is32) d.flags |= kInsnT16;
    return true;
  }
  return false;
}

namespace {

const char* reg_name(unsigned r) {
  static const char* names[16] = {"r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7",
                                  "r8", "r9", "sl", "fp", "ip", "sp", "lr", "pc"};
  return names[r & 15];
}

const char* cond_name(unsigned c) {
  static const char* names[16] = {"eq", "ne", "hs", "lo", "mi", "pl", "vs", "vc",
                                  "hi", "ls", "ge", "lt", "gt", "le", "", ""};
  return names[c & 15];
}

std::string imm_text(int64_t v) {
  // Capstone's convention: decimal up to 9, hexadecimal above.
  char buf[32];
  if (v < 0) {
    if (v >= -9) snprintf(buf, sizeof buf, "#%lld", (long long)v);
    else snprintf(buf, sizeof buf, "#-0x%llx", (unsigned long long)(-v));
  } else if (v > 9) {
    snprintf(buf, sizeof buf, "#0x%llx", (unsigned long long)v);
  } else {
    snprintf(buf, sizeof buf, "#%lld", (long long)v);
  }
  return buf;
}

std::string shift_text(unsigned type, unsigned n) {
  static const char* names[5] = {"lsl", "lsr", "asr", "ror", "rrx"};
  if (type == 4) return ", rrx";
  if (type == 0 && n == 0) return "";
  return std::string(", ") + names[type] + " " + imm_text(n);
}

std::string reglist_text(unsigned list) {
  std::string s = "{";
  bool first = true;
  for (unsigned i = 0; i < 16; ++i) {
    if (!(list & (1u << i))) continue;
    if (!first) s += ", ";
    s += reg_name(i);
    first = false;
  }
  return s + "}";
}

// MRS/MSR special register (SYSm), as Capstone and GNU name them (lower case).
std::string sysreg_name(unsigned sysm) {
  switch (sysm) {
    case 0: return "apsr";
    case 1: return "iapsr";
    case 2: return "eapsr";
    case 3: return "xpsr";
    case 5: return "ipsr";
    case 6: return "epsr";
    case 7: return "iepsr";
    case 8: return "msp";
    case 9: return "psp";
    case 10: return "msplim";
    case 11: return "psplim";
    case 16: return "primask";
    case 17: return "basepri";
    case 18: return "basepri_max";
    case 19: return "faultmask";
    case 20: return "control";
    case 0x88: return "msp_ns";
    case 0x89: return "psp_ns";
    case 0x8A: return "msplim_ns";
    case 0x8B: return "psplim_ns";
    case 0x90: return "primask_ns";
    case 0x91: return "basepri_ns";
    case 0x93: return "faultmask_ns";
    case 0x94: return "control_ns";
    case 0x98: return "sp_ns";
    default: return imm_text(sysm);
  }
}

std::string fp_reg(bool dbl, unsigned r) {
  return (dbl ? "d" : "s") + std::to_string(r);
}

}  // namespace

uint32_t Decoder::field_value(const CompiledPattern& cp, uint32_t raw, char letter) {
  uint32_t v = 0;
  for (auto [l, b] : cp.bit_letters)
    if (l == letter) v = (v << 1) | ((raw >> b) & 1);
  return v;
}

std::string Decoder::disassemble(const DecodedInsn& insn, uint32_t pc, int it_cond) const {
  // Inside an IT block (it_cond >= 0) the instruction is shown as GNU and
  // Capstone show it: the 16-bit forms that set flags only outside IT blocks
  // lose their 's', and the condition goes on the mnemonic ("addeq r0, r1",
  // "ldreq.w r0, [r1]", "vaddeq.f32 s0, s1, s2").
  // Lines with their own condition field ({c}: B<c>, VSEL<c>) keep it.
  const bool in_it = it_cond >= 0 && !(insn.flags & kInsnIsIt) &&
                     !std::strstr(patterns_[insn.pattern].p.disasm, "{c}");
  DecodedInsn no_flags;
  if (in_it && (insn.flags & kInsnItSensitive)) {
    no_flags = insn;
    no_flags.setflags = 0;
  }
  const DecodedInsn& d = in_it && (insn.flags & kInsnItSensitive) ? no_flags : insn;
  const Pattern& p = patterns_[d.pattern].p;
  std::string out;
  const bool dbl = d.sz == 1;
  for (const char* s = p.disasm; *s; ++s) {
    if (*s != '{') { out += *s; continue; }
    const char* e = s + 1;
    while (*e && *e != '}') ++e;
    std::string key(s + 1, e - s - 1);
    s = *e ? e : e - 1;
    if (key == "d") out += reg_name(d.rd);
    else if (key == "n") out += reg_name(d.rn);
    else if (key == "m") out += reg_name(d.rm);
    else if (key == "a") out += reg_name(d.ra);
    else if (key == "s") out += d.setflags ? "s" : "";
    else if (key == "c") out += cond_name(d.cond);
    else if (key == "imm") out += imm_text(d.imm);
    else if (key == "simm") out += imm_text(static_cast<int32_t>(d.imm));
    else if (key == "uimm") { char b[16]; snprintf(b, sizeof b, "#%u", d.imm); out += b; }
    else if (key == "shift") out += shift_text(d.shift_type, d.shift_n);
    else if (key == "shiftop") {
      static const char* names[5] = {"lsl", "lsr", "asr", "ror", "rrx"};
      out += names[d.shift_type < 5 ? d.shift_type : 0];
    } else if (key == "shiftn") out += imm_text(d.shift_n);
    else if (key == "width") out += imm_text(d.ra + 1);            // SBFX/UBFX: Ra = widthminus1
    else if (key == "bfwidth") out += imm_text((int64_t)d.ra - (int64_t)d.imm + 1);  // BFI/BFC: Ra = msb, imm = lsb
    else if (key == "sysreg") out += sysreg_name(d.imm);          // MRS: imm = SYSm
    else if (key == "msrreg") {                                   // MSR: imm = SYSm, extra = mask
      out += sysreg_name(d.imm);
      if (d.imm < 4) out += d.extra == 2 ? "_nzcvq" : d.extra == 1 ? "_g" : d.extra == 3 ? "_nzcvqg" : "";
    }
    else if (key == "list") out += reglist_text(d.reglist);
    else if (key == "target") {
      char b[24]; snprintf(b, sizeof b, "#0x%x", pc + 4 + d.imm); out += b;
    } else if (key == "mem") {
      // [Rn, #+/-imm]{!} or [Rn], #+/-imm ("#-0": U = 0 with a zero offset)
      const std::string off = d.add ? imm_text(d.imm) : d.imm == 0 ? "#-0" : imm_text(-(int64_t)d.imm);
      std::string base = std::string("[") + reg_name(d.rn);
      if (!d.index) out += base + "], " + off;
      else if (d.imm == 0 && d.add && !d.wback) out += base + "]";
      else out += base + ", " + off + "]" + (d.wback ? "!" : "");
    } else if (key == "lit") {
      // Literal: [pc, #+/-imm] (U in d.add).
      out += std::string("[pc, ") + (d.add ? imm_text(d.imm) : d.imm == 0 ? "#-0" : imm_text(-(int64_t)d.imm)) + "]";
    } else if (key == "nz" || key == "mz") {
      // CSEL family: register 15 is the zero register.
      const unsigned r = key == "nz" ? d.rn : d.rm;
      out += r == 15 ? "zr" : reg_name(r);
    } else if (key == "fc") {
      out += d.cond == 14 ? "al" : d.cond == 15 ? "nv" : cond_name(d.cond);
    } else if (key == "barrier") {
      // DMB/DSB/ISB option (imm): SY; the other values are reserved in Armv8-M.
      out += d.imm == 15 ? std::string("sy") : imm_text(d.imm);
    } else if (key == "memreg") {
      out += std::string("[") + reg_name(d.rn) + ", " + reg_name(d.rm);
      if (d.shift_n) out += ", lsl " + imm_text(d.shift_n);
      out += "]";
    } else if (key == "rot") {
      if (d.extra) out += ", ror " + imm_text(d.extra * 8);
    } else if (key == "wb") out += d.wback ? "!" : "";
    else if (key == "fd") out += fp_reg(dbl, d.rd);
    else if (key == "fn") out += fp_reg(dbl, d.rn);
    else if (key == "fm") out += fp_reg(dbl, d.rm);
    else if (key == "f32") out += dbl ? "f64" : "f32";
    else if (key == "Sd") out += fp_reg(false, d.rd);   // always single (conversions)
    else if (key == "Sn") out += fp_reg(false, d.rn);
    else if (key == "Sm") out += fp_reg(false, d.rm);
    else if (key == "Dd") out += fp_reg(true, d.rd);    // always double
    else if (key == "Dm") out += fp_reg(true, d.rm);
    else if (key == "fm1") out += fp_reg(dbl, d.rm + 1u);  // second register of a pair
    else if (key == "x") out += std::to_string(d.extra);  // scalar index
    else if (key == "fimm") {
      char b[48]; double val;
      if (dbl) { uint64_t bits = (uint64_t)d.imm << 32; double x; memcpy(&x, &bits, 8); val = x; }
      else { float x; uint32_t bits = d.imm; memcpy(&x, &bits, 4); val = x; }
      snprintf(b, sizeof b, "#%.9g", val); out += b;  // exact for every VMOV imm8 value
    } else if (key == "flist") {
      out += "{";
      for (unsigned i = 0; i < d.reglist; ++i) {
        if (i) out += ", ";
        out += fp_reg(dbl, d.rd + i);
      }
      out += "}";
    } else if (key == "it") {
      // IT mask -> t/e suffixes (firstcond[0] decides which bit means "then").
      unsigned mask = d.extra, fc0 = d.cond & 1;
      int len = mask & 1 ? 4 : mask & 2 ? 3 : mask & 4 ? 2 : 1;
      for (int i = 1; i < len; ++i) out += ((mask >> (4 - i)) & 1) == fc0 ? 't' : 'e';
      out += " ";
      out += d.cond == 14 ? "al" : cond_name(d.cond);
    } else if (key == "qd") out += "q" + std::to_string(d.rd);   // MVE: Q register numbers in rd/rn/rm
    else if (key == "qn") out += "q" + std::to_string(d.rn);
    else if (key == "qm") out += "q" + std::to_string(d.rm);
    else if (key == "esize") out += std::to_string(8u << d.sz);    // MVE: element size code in sz
    else if (key == "dt") {
      // MVE data type: 's'/'u' from the pattern's U field (bit letter 'U'),
      // then the element size.
      out += field_value(patterns_[d.pattern], d.raw, 'U') ? 'u' : 's';
      out += std::to_string(8u << d.sz);
    } else if (key.size() == 2 && key[0] == '#') {
      // {#X}: the raw value of field letter X, in decimal.
      out += std::to_string(field_value(patterns_[d.pattern], d.raw, key[1]));
    } else {
      out += "{" + key + "}";
    }
  }
  if (in_it) {
    // Condition after the mnemonic, before its qualifiers (".w", ".f32").
    size_t end = out.find_first_of(" .");
    if (end == std::string::npos) end = out.size();
    out.insert(end, cond_name(static_cast<unsigned>(it_cond)));
  }
  return out;
}

}  // namespace tinysim::armv8m
