// Disassembly cross-check: the ISS's own disassembly (the templates of the
// decode tables) against Capstone 4 (Debian's libcapstone), on every Thumb
// instruction of the given firmware ELFs.
//
//   disasm_check [--verbose] <elf>...
//
// The code is read from the ELF's executable segments; Arm mapping symbols
// ($t/$d) say which bytes are code, so literal pools and tables are skipped.
// IT blocks are followed: an instruction inside one is disassembled with its
// condition by both sides (Capstone gets the same instruction behind a
// one-instruction IT of that condition: each cs_disasm call starts outside
// any IT block).
//
// Both texts are normalised for pure spelling differences only (case,
// whitespace, register aliases, number bases, ".w"/".n" width qualifiers,
// ...) and compared. An encoding the ISS decodes but Capstone does not is
// counted and listed by ISS mnemonic; Capstone 4 predates most of Armv8.1-M.
// An encoding Capstone decodes but the ISS does not is a failure, except in
// the coprocessor/FP space (listed only: the FPU tables may lag the integer ones).
// Known Capstone 4 errors are listed, with the reason, in
// sim/platform/capstone_exceptions.h.
//
// Exit status: 0 when every compared instruction agrees, 1 otherwise, 2 on a
// usage or ELF error. The last line is "N passed, M failed": N instructions
// agreed (documented Capstone exceptions included), M disagreed or were
// decoded by Capstone but not by the ISS outside the coprocessor/FP space.
#include <capstone/capstone.h>

#include <algorithm>
#include <cctype>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <regex>
#include <string>
#include <tuple>
#include <vector>

#include "cores/armv8m/decoder.h"
#include "sim/loader/elf_image.h"
#include "sim/platform/capstone_exceptions.h"

using tinysim::armv8m::DecodedInsn;
using tinysim::armv8m::Decoder;

namespace {

// ---------------------------------------------------------------------------
// Normalisation: spelling differences only. Each rule must leave two texts
// that name different operands different.

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// "#0x1f", "#31", "#+31" -> "#31". Negative values are written as their
// 32-bit two's complement ("#-1" = "#0xffffffff" = "#4294967295"): Capstone
// shows some modified immediates signed, the ISS unsigned, and every operand
// is a 32-bit quantity, so the two spellings denote the same operand. "#-0"
// (U = 0 with a zero offset) is kept. Applied after whitespace removal.
std::string canonical_numbers(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s[i] != '#') { out += s[i++]; continue; }
    size_t j = i + 1;
    bool neg = false;
    if (j < s.size() && (s[j] == '-' || s[j] == '+')) { neg = s[j] == '-'; ++j; }
    size_t k = j;
    unsigned long long v = 0;
    bool ok = false;
    if (k + 1 < s.size() && s[k] == '0' && s[k + 1] == 'x') {
      k += 2;
      while (k < s.size() && std::isxdigit(static_cast<unsigned char>(s[k]))) {
        v = v * 16 + static_cast<unsigned>(std::isdigit(static_cast<unsigned char>(s[k])) ? s[k] - '0' : s[k] - 'a' + 10);
        ++k;
        ok = true;
      }
    } else {
      while (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) { v = v * 10 + static_cast<unsigned>(s[k] - '0'); ++k; ok = true; }
    }
    // A floating-point immediate ("#1.5", "#-2.0e+00") is left as written.
    if (!ok || (k < s.size() && (s[k] == '.' || s[k] == 'e'))) { out += s[i++]; continue; }
    out += '#';
    if (neg && v == 0) out += '-';
    out += std::to_string(neg ? (0x100000000ull - (v & 0xFFFFFFFFull)) & 0xFFFFFFFFull : v & 0xFFFFFFFFull);
    i = k;
  }
  return out;
}

// "#<real>" -> "#<real>" in one spelling (shortest that reads back exactly).
std::string canonical_reals(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s[i] != '#') { out += s[i++]; continue; }
    const char* begin = s.c_str() + i + 1;
    char* end = nullptr;
    const double v = std::strtod(begin, &end);
    if (end == begin) { out += s[i++]; continue; }
    char buf[40];
    for (int prec = 1; prec <= 17; ++prec) {
      snprintf(buf, sizeof buf, "%.*g", prec, v);
      if (std::strtod(buf, nullptr) == v) break;
    }
    out += std::string("#") + buf;
    i = static_cast<size_t>(end - s.c_str());
  }
  return out;
}

// Register aliases: sb/sl/fp/ip -> r9..r12, r13/r14/r15 -> sp/lr/pc.
std::string canonical_registers(const std::string& s) {
  static const std::map<std::string, std::string> alias = {
      {"sb", "r9"}, {"sl", "r10"}, {"fp", "r11"}, {"ip", "r12"},
      {"r13", "sp"}, {"r14", "lr"}, {"r15", "pc"}};
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (std::isalpha(static_cast<unsigned char>(s[i])) && (i == 0 || !std::isalnum(static_cast<unsigned char>(s[i - 1])))) {
      size_t j = i;
      while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_')) ++j;
      std::string word = s.substr(i, j - i);
      auto it = alias.find(word);
      out += it == alias.end() ? word : it->second;
      i = j;
    } else {
      out += s[i++];
    }
  }
  return out;
}

struct Norm {
  std::string mnemonic, operands;
  bool operator==(const Norm&) const = default;
  std::string text() const { return operands.empty() ? mnemonic : mnemonic + " " + operands; }
};

Norm normalise(const std::string& text) {
  std::string s = lower(text);
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return {};
  size_t e = s.find_first_of(" \t", b);
  Norm n;
  n.mnemonic = s.substr(b, e == std::string::npos ? std::string::npos : e - b);
  // Width qualifiers: "add.w" = "add", "beq.n" = "beq".
  for (const char* q : {".w", ".n"}) {
    if (n.mnemonic.size() > 2 && n.mnemonic.compare(n.mnemonic.size() - 2, 2, q) == 0) n.mnemonic.resize(n.mnemonic.size() - 2);
  }
  std::string ops;
  if (e != std::string::npos)
    for (char c : s.substr(e)) if (c != ' ' && c != '\t') ops += c;
  // Floating-point immediates ("vmov.f32 s0, #0.5"): the ISS writes "%g",
  // Capstone "%e" ("#5.000000e-01"); both are compared as the real number.
  if (n.mnemonic[0] == 'v' && (n.mnemonic.find(".f16") != std::string::npos || n.mnemonic.find(".f32") != std::string::npos ||
                               n.mnemonic.find(".f64") != std::string::npos))
    ops = canonical_reals(ops);
  ops = canonical_registers(canonical_numbers(ops));
  // "[r0, #0]" and "[r0]" are the same address (offset forms without writeback).
  for (size_t at = 0; (at = ops.find(",#0]", at)) != std::string::npos;) {
    if (at + 4 < ops.size() && ops[at + 4] == '!') at += 4;
    else ops.erase(at, 3);
  }
  n.operands = ops;
  return n;
}

// ---------------------------------------------------------------------------
// Known Capstone 4 errors (our spelling is the Arm ARM's and GNU's; Capstone's
// text is wrong): kCapstoneExceptions in sim/platform/capstone_exceptions.h,
// shared with the trace, which keeps the ISS's text for those lines.

using tinysim::CapstoneException;
using tinysim::kCapstoneExceptions;

const CapstoneException* find_exception(const std::string& pattern, const std::string& capstone_norm) {
  for (const auto& e : kCapstoneExceptions)
    if (pattern == e.iss_pattern && std::regex_match(capstone_norm, std::regex(e.capstone_regex))) return &e;
  return nullptr;
}

// ---------------------------------------------------------------------------

// The coprocessor / floating-point / vector space of T32: 111x 11xx xxxx xxxx.
bool coprocessor_space(uint32_t raw, bool is32) { return is32 && ((raw >> 26) & 0x3B) == 0x3B; }

std::string encoding_text(uint32_t raw, bool is32) {
  char b[16];
  if (is32) snprintf(b, sizeof b, "%04x %04x", raw >> 16, raw & 0xFFFF);
  else snprintf(b, sizeof b, "%04x", raw & 0xFFFF);
  return b;
}

std::string first_word(const std::string& s) {
  size_t e = s.find(' ');
  return e == std::string::npos ? s : s.substr(0, e);
}

struct Stats {
  uint64_t seen = 0, agreed = 0, excepted = 0, disagreed = 0;
  uint64_t capstone_undecodable = 0;      // ISS decodes, Capstone does not
  uint64_t iss_undecodable_cp = 0;        // Capstone decodes, ISS does not: coprocessor/FP space
  uint64_t iss_undecodable_other = 0;     // ... elsewhere: failure
  uint64_t neither = 0;                   // both reject (data in code, or undefined)
  std::map<std::string, uint64_t> cs_missing;                 // ISS mnemonic -> count
  std::map<std::string, uint64_t> iss_missing_cp;             // Capstone mnemonic -> count
  std::map<std::tuple<std::string, std::string, std::string>, uint64_t> iss_missing_other;  // enc, cs text, where
  std::map<std::tuple<std::string, std::string, std::string>, std::pair<uint64_t, std::string>> diffs;  // enc, iss, cs -> count, first place
  std::map<std::string, uint64_t> exceptions;                 // reason -> count
};

class Checker {
 public:
  explicit Checker(bool verbose) : verbose_(verbose) {
    if (cs_open(CS_ARCH_ARM, static_cast<cs_mode>(CS_MODE_THUMB | CS_MODE_MCLASS | CS_MODE_V8), &cs_) != CS_ERR_OK) {
      std::fprintf(stderr, "disasm_check: cs_open failed\n");
      std::exit(2);
    }
    cs_option(cs_, CS_OPT_DETAIL, CS_OPT_OFF);
  }
  ~Checker() { cs_close(&cs_); }

  void check_elf(const std::string& path);
  const Stats& stats() const { return st_; }

 private:
  // Capstone's text for `len` bytes at `pc`, inside an IT block of condition
  // `cond` when cond >= 0. Empty when Capstone cannot decode them.
  std::string capstone(const uint8_t* bytes, unsigned len, uint32_t pc, int cond);
  void one(const std::string& where, const uint8_t* bytes, uint32_t pc, int it_cond, DecodedInsn& d, bool& iss_ok);

  bool verbose_;
  csh cs_ = 0;
  Decoder dec_;
  Stats st_;
};

std::string Checker::capstone(const uint8_t* bytes, unsigned len, uint32_t pc, int cond) {
  uint8_t buf[6];
  size_t n = 0;
  if (cond >= 0) {
    // "IT <cond>" (mask 1000: one instruction), then the instruction.
    const uint16_t it = static_cast<uint16_t>(0xBF08 | (cond & 15) << 4);
    buf[n++] = it & 0xFF;
    buf[n++] = static_cast<uint8_t>(it >> 8);
  }
  std::memcpy(buf + n, bytes, len);
  n += len;
  // cs_disasm, not cs_disasm_iter: only cs_disasm clears Capstone's IT state,
  // which would otherwise carry over from one call to the next.
  cs_insn* insn = nullptr;
  const size_t count = cs_disasm(cs_, buf, n, cond >= 0 ? pc - 2u : pc, 0, &insn);
  std::string s;
  const size_t want = cond >= 0 ? 2 : 1;
  if (count == want && insn[want - 1].size == len) {
    s = insn[want - 1].mnemonic;
    if (insn[want - 1].op_str[0]) s += std::string(" ") + insn[want - 1].op_str;
  }
  if (count) cs_free(insn, count);
  return s;
}

void Checker::one(const std::string& where, const uint8_t* bytes, uint32_t pc, int it_cond, DecodedInsn& d, bool& iss_ok) {
  const uint16_t hw1 = static_cast<uint16_t>(bytes[0] | bytes[1] << 8);
  const bool is32 = Decoder::is_32bit(hw1);
  const unsigned len = is32 ? 4 : 2;
  uint32_t raw = hw1;
  if (is32) raw = static_cast<uint32_t>(hw1) << 16 | static_cast<uint32_t>(bytes[2] | bytes[3] << 8);
  ++st_.seen;

  iss_ok = dec_.decode(raw, is32, d);
  std::string pattern = iss_ok ? dec_.pattern(d.pattern).p.name : "";
  // The catch-all of the coprocessor/MVE space and the UNDEF_* lines
  // (explicitly undefined encodings) are "no decode" for this check.
  if (iss_ok && (pattern == "COPROC_or_MVE" || pattern.rfind("UNDEF_", 0) == 0)) iss_ok = false;
  const std::string iss = iss_ok ? dec_.disassemble(d, pc, it_cond) : "";
  const std::string cs = capstone(bytes, len, pc, it_cond);
  const std::string enc = encoding_text(raw, is32);

  if (!iss_ok && cs.empty()) {
    ++st_.neither;
    if (verbose_) std::printf("%s  %-9s  (neither decodes)\n", where.c_str(), enc.c_str());
    return;
  }
  if (!iss_ok) {
    if (coprocessor_space(raw, is32)) {
      ++st_.iss_undecodable_cp;
      ++st_.iss_missing_cp[first_word(lower(cs))];
    } else {
      ++st_.iss_undecodable_other;
      ++st_.iss_missing_other[{enc, cs, where}];
    }
    if (verbose_) std::printf("%s  %-9s  ISS cannot decode; capstone: %s\n", where.c_str(), enc.c_str(), cs.c_str());
    return;
  }
  if (cs.empty()) {
    ++st_.capstone_undecodable;
    ++st_.cs_missing[first_word(dec_.disassemble(d, pc))];
    if (verbose_) std::printf("%s  %-9s  %-36s capstone cannot decode\n", where.c_str(), enc.c_str(), iss.c_str());
    return;
  }
  const Norm a = normalise(iss), b = normalise(cs);
  const char* verdict = "ok";
  if (a == b) {
    ++st_.agreed;
  } else if (const CapstoneException* e = find_exception(pattern, b.text())) {
    ++st_.excepted;
    ++st_.exceptions[e->reason];
    verdict = "capstone exception";
  } else {
    ++st_.disagreed;
    auto& slot = st_.diffs[{enc, iss, cs}];
    if (slot.first++ == 0) slot.second = where + " (" + pattern + ")";
    verdict = "DIFFER";
  }
  if (verbose_)
    std::printf("%s  %-9s  %-36s %-36s %s\n", where.c_str(), enc.c_str(), iss.c_str(), cs.c_str(), verdict);
}

void Checker::check_elf(const std::string& path) {
  const tinysim::ElfImage img = tinysim::read_elf(path, tinysim::kEmArm);
  std::string name = path.substr(path.find_last_of('/') + 1);
  const auto& maps = img.mapping_symbols;  // sorted by address, symbol-table order within one address
  for (const auto& seg : img.segments) {
    if (!(seg.flags & tinysim::kElfPfX) || seg.data.empty()) continue;
    const uint32_t base = seg.vaddr, end = seg.vaddr + static_cast<uint32_t>(seg.data.size());
    // Thumb code runs: [from, to) where the last mapping symbol at or before
    // each address is $t. Bytes before the first mapping symbol are not code.
    std::vector<std::pair<uint32_t, uint32_t>> runs;
    for (size_t i = 0; i < maps.size(); ++i) {
      // At one address the last symbol wins (earlier ones belong to empty sections).
      if (i + 1 < maps.size() && maps[i + 1].address == maps[i].address) continue;
      if (maps[i].kind != 't') continue;
      uint32_t from = maps[i].address;
      uint32_t to = i + 1 < maps.size() ? maps[i + 1].address : end;
      from = std::max(from, base);
      to = std::min(to, end);
      if (from < to) runs.emplace_back(from, to);
    }
    for (auto [from, to] : runs) {
      uint8_t itstate = 0;
      for (uint32_t pc = from & ~1u; pc + 2 <= to;) {
        const uint8_t* p = seg.data.data() + (pc - base);
        const uint16_t hw1 = static_cast<uint16_t>(p[0] | p[1] << 8);
        const unsigned len = Decoder::is_32bit(hw1) ? 4 : 2;
        if (pc + len > to) break;
        const int cond = itstate ? itstate >> 4 : -1;
        char where[160];
        snprintf(where, sizeof where, "%s:%08x", name.c_str(), pc);
        DecodedInsn d;
        bool ok = false;
        one(where, p, pc, cond, d, ok);
        if (ok && (d.flags & tinysim::armv8m::kInsnIsIt)) {
          itstate = static_cast<uint8_t>(d.cond << 4 | (d.extra & 15));
        } else if (itstate) {
          if ((itstate & 7) == 0) itstate = 0;
          else itstate = static_cast<uint8_t>((itstate & 0xE0) | ((itstate << 1) & 0x1F));
        }
        pc += len;
      }
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  bool verbose = false;
  std::vector<std::string> elfs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--verbose" || a == "-v") verbose = true;
    else if (a == "--help" || a == "-h") {
      std::printf("usage: disasm_check [--verbose] <elf>...\n");
      return 0;
    } else if (!a.empty() && a[0] == '-') {
      std::fprintf(stderr, "disasm_check: unknown option %s\n", a.c_str());
      return 2;
    } else {
      elfs.push_back(a);
    }
  }
  if (elfs.empty()) {
    std::fprintf(stderr, "usage: disasm_check [--verbose] <elf>...\n");
    return 2;
  }
  Checker chk(verbose);
  for (const auto& e : elfs) {
    try {
      chk.check_elf(e);
    } catch (const std::exception& ex) {
      std::fprintf(stderr, "disasm_check: %s\n", ex.what());
      return 2;
    }
  }
  const Stats& st = chk.stats();
  std::printf("%zu ELF(s), %" PRIu64 " instructions\n", elfs.size(), st.seen);
  std::printf("  agreed:                         %" PRIu64 "\n", st.agreed);
  std::printf("  agreed via Capstone exception:  %" PRIu64 "\n", st.excepted);
  std::printf("  disagreed:                      %" PRIu64 " (%zu distinct)\n", st.disagreed, st.diffs.size());
  std::printf("  Capstone cannot decode:         %" PRIu64 "\n", st.capstone_undecodable);
  std::printf("  ISS cannot decode (FP/coproc):  %" PRIu64 "\n", st.iss_undecodable_cp);
  std::printf("  ISS cannot decode (elsewhere):  %" PRIu64 "\n", st.iss_undecodable_other);
  std::printf("  neither decodes:                %" PRIu64 "\n", st.neither);
  if (!st.cs_missing.empty()) {
    std::printf("Capstone cannot decode (ISS mnemonic: count):");
    for (auto& [m, n] : st.cs_missing) std::printf(" %s: %" PRIu64, m.c_str(), n);
    std::printf("\n");
  }
  if (!st.exceptions.empty()) {
    std::printf("Capstone exceptions applied:\n");
    for (auto& [r, n] : st.exceptions) std::printf("  %6" PRIu64 "  %s\n", n, r.c_str());
  }
  if (!st.iss_missing_cp.empty()) {
    std::printf("ISS cannot decode, FP/coprocessor space (Capstone mnemonic: count):");
    for (auto& [m, n] : st.iss_missing_cp) std::printf(" %s: %" PRIu64, m.c_str(), n);
    std::printf("\n");
  }
  if (!st.iss_missing_other.empty()) {
    std::printf("FAIL: ISS cannot decode what Capstone decodes:\n");
    for (auto& [k, n] : st.iss_missing_other)
      std::printf("  %6" PRIu64 "x  %-9s  capstone: %-36s  at %s\n", n, std::get<0>(k).c_str(), std::get<1>(k).c_str(),
                  std::get<2>(k).c_str());
  }
  if (!st.diffs.empty()) {
    std::printf("FAIL: disagreements (count, encoding, ISS | Capstone, first seen):\n");
    for (auto& [k, v] : st.diffs)
      std::printf("  %6" PRIu64 "x  %-9s  %-36s | %-36s  %s\n", v.first, std::get<0>(k).c_str(), std::get<1>(k).c_str(),
                  std::get<2>(k).c_str(), v.second.c_str());
  }
  const uint64_t failed = st.disagreed + st.iss_undecodable_other;
  std::printf("%" PRIu64 " passed, %" PRIu64 " failed\n", st.agreed + st.excepted, failed);
  return failed ? 1 : 0;
}
