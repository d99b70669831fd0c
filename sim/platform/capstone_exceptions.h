// Encodings that Debian's Capstone 4 disassembles wrongly for the Cortex-M55,
// by ISS decode-table line. Capstone 4 predates Armv8.1-M: where it does not
// know an encoding it usually rejects it (DLS, LE, ...), but some Armv8.1-M
// encodings sit in space that Armv8-M left UNPREDICTABLE or "should be", and
// Capstone decodes them as the older instruction.
//
// Used by the instruction trace (ArmTracer: these lines keep the ISS's own
// text) and by the disassembly cross-check (tests/disasm/disasm_check.cpp:
// a difference on these lines is accepted when Capstone's normalised text
// matches capstone_regex).
#pragma once

#include <string_view>

namespace tinysim {

struct CapstoneException {
  const char* iss_pattern;     // decode-table line name (Pattern::name)
  const char* capstone_regex;  // what Capstone shows instead (normalised text, ECMAScript regex)
  const char* reason;
};

// Armv8.1-M conditional select, 1110 1010 0101 Rn | 1 0 op(2) Rd fcond Rm:
// Capstone 4 ignores hw2[15] (0 in ORR (register), T2) and shows
// "orr(s).w Rd, Rn, Rm, <shift>" built from fcond and Rd.
inline constexpr CapstoneException kCapstoneExceptions[] = {
    {"CSEL_T1", "orrs? .*", "Capstone 4: Armv8.1-M CSEL shown as ORR(S).W (hw2[15] ignored)"},
    {"CSINC_T1", "orrs? .*", "Capstone 4: Armv8.1-M CSINC shown as ORR(S).W (hw2[15] ignored)"},
    {"CSINV_T1", "orrs? .*", "Capstone 4: Armv8.1-M CSINV shown as ORR(S).W (hw2[15] ignored)"},
    {"CSNEG_T1", "orrs? .*", "Capstone 4: Armv8.1-M CSNEG shown as ORR(S).W (hw2[15] ignored)"},
};

inline bool capstone_is_wrong_for(std::string_view iss_pattern) {
  for (const auto& e : kCapstoneExceptions)
    if (iss_pattern == e.iss_pattern) return true;
  return false;
}

}  // namespace tinysim
