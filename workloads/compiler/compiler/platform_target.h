// CompileTarget from a platform configuration: the `inference:` section of
// configs/*.yaml names the memory for the blob (weights) and the one for the
// tensor arena (sim/config/platform_config.h).
#pragma once

#include <string>

#include "sim/config/platform_config.h"
#include "workloads/compiler/compiler/compiler.h"

namespace tinysim::compiler {

// Throws CompileError naming the configuration file when it has no
// `inference:` section.
CompileTarget target_from_platform(const PlatformConfig& platform, const std::string& backend = "cortex-m");

}  // namespace tinysim::compiler
