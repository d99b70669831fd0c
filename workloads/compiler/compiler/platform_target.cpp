#include "workloads/compiler/compiler/platform_target.h"

namespace tinysim::compiler {

CompileTarget target_from_platform(const PlatformConfig& platform, const std::string& backend) {
  if (!platform.inference)
    throw CompileError(platform.file + ": the platform has no `inference:` section naming the memories for the "
                       "model's weights and tensor arena (see configs/m55.yaml)");
  CompileTarget t;
  t.backend = backend;
  // The parser has checked that both names exist.
  const MemoryConfig* w = platform.find_memory(platform.inference->weights_memory);
  const MemoryConfig* a = platform.find_memory(platform.inference->arena_memory);
  if (!w || !a) throw CompileError(platform.file + ": the inference section names an unknown memory");
  t.weights = {w->name, w->base, w->size};
  t.arena = {a->name, a->base, a->size};
  return t;
}

}  // namespace tinysim::compiler
