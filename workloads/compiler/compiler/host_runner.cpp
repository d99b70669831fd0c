#include "workloads/compiler/compiler/host_runner.h"

#include <cstdio>
#include <cstring>
#include <stdexcept>

#include "tsrt.h"

namespace tinysim::compiler {

namespace {

// The blob in 16-byte aligned storage (the runtime reads its tables in place).
struct AlignedBlob {
  explicit AlignedBlob(std::span<const uint8_t> bytes) : words((bytes.size() + 15) / 16) {
    if (!bytes.empty()) std::memcpy(words.data(), bytes.data(), bytes.size());
  }
  const void* data() const { return words.data(); }
  struct alignas(16) Block { uint8_t b[16]; };
  std::vector<Block> words;
};

tsrt_model open_blob(const AlignedBlob& blob, size_t size, void* arena) {
  tsrt_model m;
  char err[256];
  if (tsrt_open(&m, blob.data(), static_cast<uint32_t>(size), arena, TSRT_VERIFY_CRC, err, sizeof err) != 0)
    throw std::runtime_error(err);
  return m;
}

std::string dims_string(const tsb_tensor* t) {
  std::string s = "[";
  for (int d = TSB_MAX_DIMS - t->rank; d < TSB_MAX_DIMS; ++d) {
    if (d > TSB_MAX_DIMS - t->rank) s += ',';
    s += std::to_string(t->dims[d]);
  }
  s += ']';
  return s;
}

}  // namespace

uint32_t blob_crc32(std::span<const uint8_t> bytes) { return tsrt_crc32(0, bytes.data(), bytes.size()); }

HostRunResult run_blob_on_host(std::span<const uint8_t> bytes, const std::vector<std::vector<uint8_t>>& inputs) {
  if (bytes.size() > 0xFFFFFFFFu) throw std::runtime_error("blob larger than 4 GiB");
  AlignedBlob blob(bytes);
  // Validate once without an arena to learn its size, then run in a real one.
  tsrt_model probe = open_blob(blob, bytes.size(), reinterpret_cast<void*>(uintptr_t{16}));
  std::vector<AlignedBlob::Block> arena((probe.header->arena_size + 15) / 16 + 1);
  tsrt_model m = open_blob(blob, bytes.size(), arena.data());
  const tsb_header* h = m.header;
  if (inputs.size() != h->input_count)
    throw std::runtime_error("the blob has " + std::to_string(h->input_count) + " inputs, " +
                             std::to_string(inputs.size()) + " given");
  for (uint32_t i = 0; i < h->input_count; ++i) {
    const tsb_tensor* t = tsrt_input(&m, i);
    if (inputs[i].size() != t->bytes)
      throw std::runtime_error("input " + std::to_string(i) + " '" + tsrt_string(&m, t->name) + "' needs " +
                               std::to_string(t->bytes) + " bytes, " + std::to_string(inputs[i].size()) + " given");
    std::memcpy(tsrt_tensor_data(&m, t), inputs[i].data(), inputs[i].size());
  }
  char err[256];
  if (tsrt_run(&m, &tsk_kernels_c, nullptr, err, sizeof err) != 0) throw std::runtime_error(err);
  HostRunResult r;
  for (uint32_t i = 0; i < h->output_count; ++i) {
    const tsb_tensor* t = tsrt_output(&m, i);
    const uint8_t* p = static_cast<const uint8_t*>(tsrt_tensor_data(&m, t));
    r.outputs.emplace_back(p, p + t->bytes);
    r.output_crc32.push_back(tsrt_crc32(0, p, t->bytes));
  }
  return r;
}

std::string describe_blob(std::span<const uint8_t> bytes) {
  AlignedBlob blob(bytes);
  tsrt_model m = open_blob(blob, bytes.size(), reinterpret_cast<void*>(uintptr_t{16}));
  const tsb_header* h = m.header;
  std::string s;
  char line[512];
  std::snprintf(line, sizeof line,
                "model '%s': format %u.%u, backend %u, %u bytes (crc32 0x%08x)\n"
                "  load address 0x%08x, weights 0x%08x (%u bytes), arena 0x%08x (%u bytes)\n"
                "  %u tensors, %u operators, %u inputs, %u outputs, %llu MACs\n",
                tsrt_string(&m, h->model_name), h->version_major, h->version_minor, h->backend, h->total_size,
                h->crc32, h->load_address, h->weights_address, h->weights_size, h->arena_base, h->arena_size,
                h->tensor_count, h->op_count, h->input_count, h->output_count,
                static_cast<unsigned long long>(h->total_macs_lo | static_cast<uint64_t>(h->total_macs_hi) << 32));
  s += line;
  static const char* kDtype[] = {"?", "int8", "int32", "float32", "uint8", "int16"};
  for (uint32_t i = 0; i < h->tensor_count; ++i) {
    const tsb_tensor* t = tsrt_tensor(&m, i);
    std::snprintf(line, sizeof line, "  tensor %3u %-8s %-20s zp %4d %s+0x%06x %7u bytes%s%s  '%s'\n", i,
                  t->dtype <= 5 ? kDtype[t->dtype] : "?", dims_string(t).c_str(), t->zero_point,
                  t->location == TSB_LOC_ARENA ? "arena  " : "weights", t->offset, t->bytes,
                  (t->flags & TSB_TENSOR_INPUT) ? " input" : "", (t->flags & TSB_TENSOR_OUTPUT) ? " output" : "",
                  tsrt_string(&m, t->name));
    s += line;
  }
  for (uint32_t i = 0; i < h->op_count; ++i) {
    const tsb_op* op = tsrt_op(&m, i);
    std::string operands;
    for (uint32_t k = 0; k < op->input_count; ++k) {
      if (k) operands += ',';
      operands += op->inputs[k] == TSB_NO_TENSOR ? std::string("-") : std::to_string(op->inputs[k]);
    }
    operands += " -> ";
    operands += std::to_string(op->outputs[0]);
    std::snprintf(line, sizeof line, "  op %3u %-24s engine %u  tensors %-16s %10llu MACs\n", i,
                  tsrt_string(&m, op->name), op->engine, operands.c_str(),
                  static_cast<unsigned long long>(op->macs_lo | static_cast<uint64_t>(op->macs_hi) << 32));
    s += line;
  }
  return s;
}

}  // namespace tinysim::compiler
