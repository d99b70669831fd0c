// Declarations of the instruction semantics referenced by the decode tables.
// Each function computes the next architectural state from a DecodedInsn; none
// of them knows about timing or energy.
#pragma once

#include "cores/armv8m/exec_alu.h"
#include "cores/armv8m/exec_common.h"
#include "cores/armv8m/exec_mem.h"

namespace tinysim::armv8m {

#define TINYSIM_EXEC(name) void name(Cpu& c, const DecodedInsn& d)

// exec_alu.cpp
TINYSIM_EXEC(exec_adr);
TINYSIM_EXEC(exec_movw);
TINYSIM_EXEC(exec_movt);
TINYSIM_EXEC(exec_mul);
TINYSIM_EXEC(exec_mla);
TINYSIM_EXEC(exec_mls);
TINYSIM_EXEC(exec_umull);
TINYSIM_EXEC(exec_smull);
TINYSIM_EXEC(exec_umlal);
TINYSIM_EXEC(exec_smlal);
TINYSIM_EXEC(exec_umaal);
TINYSIM_EXEC(exec_sdiv);
TINYSIM_EXEC(exec_udiv);
TINYSIM_EXEC(exec_clz);
TINYSIM_EXEC(exec_rbit);
TINYSIM_EXEC(exec_rev);
TINYSIM_EXEC(exec_rev16);
TINYSIM_EXEC(exec_revsh);
template <bool SIGNED, int SZ, bool ACC> TINYSIM_EXEC(exec_extend);
TINYSIM_EXEC(exec_bfi);
TINYSIM_EXEC(exec_ubfx);
TINYSIM_EXEC(exec_sbfx);
TINYSIM_EXEC(exec_ssat);
TINYSIM_EXEC(exec_usat);
TINYSIM_EXEC(exec_ssat16);
TINYSIM_EXEC(exec_usat16);
TINYSIM_EXEC(exec_csel);

// exec_mem.cpp
TINYSIM_EXEC(exec_ldm);
TINYSIM_EXEC(exec_stm);
TINYSIM_EXEC(exec_ldrex);
TINYSIM_EXEC(exec_strex);
TINYSIM_EXEC(exec_clrex);
TINYSIM_EXEC(exec_lda);
TINYSIM_EXEC(exec_stl);
TINYSIM_EXEC(exec_tbb);
TINYSIM_EXEC(exec_pld);

// exec_branch.cpp
TINYSIM_EXEC(exec_b);
TINYSIM_EXEC(exec_bcond);
TINYSIM_EXEC(exec_cbz);
TINYSIM_EXEC(exec_bl);
TINYSIM_EXEC(exec_bx);
TINYSIM_EXEC(exec_blx);
TINYSIM_EXEC(exec_dls);
TINYSIM_EXEC(exec_wls);
TINYSIM_EXEC(exec_le);
TINYSIM_EXEC(exec_bf_hint);

// exec_system.cpp
TINYSIM_EXEC(exec_mrs);
TINYSIM_EXEC(exec_msr);
TINYSIM_EXEC(exec_cps);
TINYSIM_EXEC(exec_nop);
TINYSIM_EXEC(exec_wfi);
TINYSIM_EXEC(exec_wfe);
TINYSIM_EXEC(exec_sev);
TINYSIM_EXEC(exec_svc);
TINYSIM_EXEC(exec_udf);
TINYSIM_EXEC(exec_bkpt);
TINYSIM_EXEC(exec_it);
TINYSIM_EXEC(exec_unimplemented);

#undef TINYSIM_EXEC

// exec_specialize.cpp: the semantics to run for d, `generic` (its decode-table
// entry) or an equivalent specialised on fields that decode fixes: data
// processing into a register other than SP and PC with a fixed flag setting
// and an unshifted register operand, loads to such a register, loads and
// stores of the [Rn,#+imm], [Rn,#+imm]! and [Rn],#+imm forms. Called at
// decode and again for a copy whose fields changed (an instruction inside an
// IT block has setflags cleared).
ExecFn specialize_exec(ExecFn generic, const DecodedInsn& d);

}  // namespace tinysim::armv8m
