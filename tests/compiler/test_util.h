// Shared helpers of the compiler tests.
#pragma once

#include <string>

#include "sim/config/platform_config.h"
#include "workloads/compiler/compiler/compiler.h"
#include "workloads/compiler/compiler/platform_target.h"

#ifndef TINYSIM_DEFAULT_CONFIG
#error "TINYSIM_DEFAULT_CONFIG must name configs/m55.yaml"
#endif

namespace tinysim::testing {

// The compile target of configs/m55.yaml (weights in QSPI, arena in ISRAM0).
inline const compiler::CompileTarget& m55_target() {
  static const compiler::CompileTarget t = compiler::target_from_platform(load_platform_config(TINYSIM_DEFAULT_CONFIG));
  return t;
}

}  // namespace tinysim::testing
