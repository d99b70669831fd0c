// The backends the compiler knows, by name.
#include <bit>
#include <functional>
#include <utility>

#include "workloads/compiler/compiler/backend.h"
#include "workloads/compiler/compiler/compiler.h"
#include "workloads/compiler/compiler/cortex_m_backend.h"

namespace tinysim::compiler {

// The blob is little-endian; arrays are appended as the host stores them.
static_assert(std::endian::native == std::endian::little, "the blob writer assumes a little-endian host");

namespace {

using Factory = std::function<std::unique_ptr<Backend>()>;

const std::vector<std::pair<std::string, Factory>>& registry() {
  static const std::vector<std::pair<std::string, Factory>> backends = {
      {"cortex-m", [] { return std::make_unique<CortexMBackend>(); }},
  };
  return backends;
}

}  // namespace

std::vector<std::string> backend_names() {
  std::vector<std::string> names;
  for (const auto& [name, factory] : registry()) names.push_back(name);
  return names;
}

std::unique_ptr<Backend> make_backend(const std::string& name) {
  for (const auto& [n, factory] : registry())
    if (n == name) return factory();
  std::string known;
  for (const std::string& n : backend_names()) known += (known.empty() ? "" : ", ") + n;
  throw CompileError("unknown backend '" + name + "' (known backends: " + known + ")");
}

std::string op_label(const model::Model& model, int index) {
  return "op " + std::to_string(index) + " (" +
         model::builtin_op_name(static_cast<int32_t>(model.ops.at(index).type)) + ")";
}

uint32_t WeightsSection::append(std::span<const uint8_t> bytes) {
  const size_t offset = (bytes_.size() + TSB_ALIGN - 1) / TSB_ALIGN * TSB_ALIGN;
  if (offset + bytes.size() > 0xFFFFFFF0u) throw CompileError("the weights section exceeds 4 GiB");
  bytes_.resize(offset, 0);
  bytes_.insert(bytes_.end(), bytes.begin(), bytes.end());
  return static_cast<uint32_t>(offset);
}

uint32_t WeightsSection::append_int32(std::span<const int32_t> values) {
  return append(std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(values.data()), values.size() * 4));
}

uint32_t WeightsSection::append_uint32(std::span<const uint32_t> values) {
  return append(std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(values.data()), values.size() * 4));
}

}  // namespace tinysim::compiler
