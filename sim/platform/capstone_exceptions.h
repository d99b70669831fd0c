// Encodings that Debian's Capstone 4 disassembles wrongly for the Cortex-M55,
// by ISS decode-table line. Capstone 4 predates Armv8.1-M: where it does not
// know an encoding it usually rejects it (DLS, LE, WLS, ...), but some
// Armv8-M / Armv8.1-M encodings sit in space that older architectures left
// UNPREDICTABLE or used otherwise, and Capstone decodes them as that.
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

// Every entry is Capstone 4 not knowing an Armv8-M / Armv8.1-M encoding that
// lies in space older architectures used differently.
inline constexpr CapstoneException kCapstoneExceptions[] = {
    // Armv8.1-M conditional select, 1110 1010 0101 Rn | 1 0 op(2) Rd fcond Rm:
    // Capstone ignores hw2[15] (0 in ORR (register) T2) and shows ORR(S).W
    // (or its MOV/shift alias when Rn = 1111) built from fcond and Rd.
    {"CSEL_T1", "(orr|mov|lsl|lsr|asr|ror|rrx)s? .*", "Capstone 4: Armv8.1-M CSEL shown as ORR(S).W (hw2[15] ignored)"},
    {"CSINC_T1", "(orr|mov|lsl|lsr|asr|ror|rrx)s? .*", "Capstone 4: Armv8.1-M CSINC shown as ORR(S).W (hw2[15] ignored)"},
    {"CSINV_T1", "(orr|mov|lsl|lsr|asr|ror|rrx)s? .*", "Capstone 4: Armv8.1-M CSINV shown as ORR(S).W (hw2[15] ignored)"},
    {"CSNEG_T1", "(orr|mov|lsl|lsr|asr|ror|rrx)s? .*", "Capstone 4: Armv8.1-M CSNEG shown as ORR(S).W (hw2[15] ignored)"},
    // Armv8.1-M CLRM is LDM with Rn = 1111 (UNPREDICTABLE before).
    {"CLRM_T1", "ldm .*", "Capstone 4: Armv8.1-M CLRM shown as LDM.W PC"},
    // Armv8-M TT/TTT/TTA/TTAT are STREX with Rt = 1111 (UNPREDICTABLE before).
    {"TT_T1", "strex .*", "Capstone 4: Armv8-M TT shown as STREX"},
    {"TTT_T1", "strex .*", "Capstone 4: Armv8-M TTT shown as STREX"},
    {"TTA_T1", "strex .*", "Capstone 4: Armv8-M TTA shown as STREX"},
    {"TTAT_T1", "strex .*", "Capstone 4: Armv8-M TTAT shown as STREX"},
    // Armv8.1-M MVE scalar shifts (LSLL, ASRL, SQRSHR, ...) sit in ORRS (register), Rm = 11x1.
    {"MVE_shift_imm", "orrs .*", "Capstone 4: Armv8.1-M MVE scalar shift shown as ORRS.W"},
    {"MVE_shift_reg", "orrs .*", "Capstone 4: Armv8.1-M MVE scalar shift shown as ORRS.W"},
    // Armv8.1-M half precision uses coprocessor 9 (cp9): Capstone shows the
    // generic coprocessor instruction.
    {"VLDR_F16", "ldc .*", "Capstone 4: Armv8.1-M VLDR.16 shown as LDC p9"},
    {"VSTR_F16", "stc .*", "Capstone 4: Armv8.1-M VSTR.16 shown as STC p9"},
    {"VMOV_to_H", "mcr .*", "Capstone 4: Armv8.1-M VMOV.F16 shown as MCR p9"},
    {"VMOV_from_H", "mrc .*", "Capstone 4: Armv8.1-M VMOV.F16 shown as MRC p9"},
    // Armv8.1-M VSCCLRM is VLDMIA with Rn = 1111 (FLDMIAX for an odd imm8).
    {"VSCCLRM_F32", "(vldmia|fldmiax) .*", "Capstone 4: Armv8.1-M VSCCLRM shown as VLDMIA PC"},
    {"VSCCLRM_F64", "(vldmia|fldmiax) .*", "Capstone 4: Armv8.1-M VSCCLRM shown as VLDMIA PC"},
    // Armv8.1-M branch future (BF, BFX, BFL, BFLX, BFCSEL): Capstone shows
    // whatever A-profile instruction shares the bits (VMAXNM, ...).
    {"BF_T1", ".*", "Capstone 4: Armv8.1-M branch future shown as an unrelated instruction"},
    // Armv8-M DMB/DSB: only SY (option 1111) is defined; the ISS shows the
    // others as "#option", Capstone with A-profile names (ish, osh, ...).
    {"DMB_T1", "dmb [a-z]+", "Capstone 4: reserved Armv8-M DMB option shown with its A-profile name"},
    {"DSB_T1", "dsb [a-z]+", "Capstone 4: reserved Armv8-M DSB option shown with its A-profile name"},
    // Unallocated memory hints (LDRH/LDRSH with Rt = 1111: NOP in Armv8-M)
    // are A-profile PLDW / PLD to Capstone.
    {"NOP_hint_h1", "pldw? .*", "Capstone 4: Armv8-M unallocated memory hint shown as A-profile PLDW"},
    {"NOP_hint_h2", "pldw? .*", "Capstone 4: Armv8-M unallocated memory hint shown as A-profile PLDW"},
    {"NOP_hint_h3", "pldw? .*", "Capstone 4: Armv8-M unallocated memory hint shown as A-profile PLDW"},
    {"NOP_hint_lit", "pldw? .*", "Capstone 4: Armv8-M unallocated memory hint shown as A-profile PLD"},
};

inline bool capstone_is_wrong_for(std::string_view iss_pattern) {
  for (const auto& e : kCapstoneExceptions)
    if (iss_pattern == e.iss_pattern) return true;
  return false;
}

}  // namespace tinysim
