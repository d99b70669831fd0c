// compile_model(): the target-independent part of compilation. The backend
// lowers each operator; this file builds the tensor table, places constants
// in the weights section and activations in the arena (memory_planner.h),
// lays the blob out (tinysim_model_blob.h) and checks it fits the target.
#include "workloads/compiler/compiler/compiler.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <numeric>

#include "tinysim_model_blob.h"
#include "tsrt.h"
#include "workloads/compiler/compiler/backend.h"
#include "workloads/compiler/compiler/memory_planner.h"
#include "workloads/compiler/ir/model_check.h"

namespace tinysim::compiler {

namespace {

constexpr uint64_t kAlign = TSB_ALIGN;

uint64_t align_up(uint64_t v, uint64_t a = kAlign) { return (v + a - 1) / a * a; }

std::string hex(uint64_t v) {
  char b[24];
  std::snprintf(b, sizeof b, "0x%08llx", static_cast<unsigned long long>(v));
  return b;
}

uint8_t blob_dtype(const model::Tensor& t, int32_t index) {
  switch (t.type) {
    case model::DType::Int8: return TSB_DTYPE_INT8;
    case model::DType::UInt8: return TSB_DTYPE_UINT8;
    case model::DType::Int16: return TSB_DTYPE_INT16;
    case model::DType::Int32: return TSB_DTYPE_INT32;
    case model::DType::Float32: return TSB_DTYPE_FLOAT32;
    default:
      throw CompileError("tensor " + std::to_string(index) + " '" + t.name + "' has type " +
                         model::dtype_name(t.type) + ", which the blob format does not hold");
  }
}

// Append-only string section with NUL-terminated strings.
class StringSection {
 public:
  StringSection() { bytes_.push_back(0); }  // offset 0 is the empty string
  uint32_t add(const std::string& s) {
    if (s.empty()) return 0;
    const uint32_t at = static_cast<uint32_t>(bytes_.size());
    bytes_.insert(bytes_.end(), s.begin(), s.end());
    bytes_.push_back(0);
    return at;
  }
  const std::vector<uint8_t>& bytes() const { return bytes_; }

 private:
  std::vector<uint8_t> bytes_;
};

// Union-find over tensor indices: tensors that share one arena buffer.
class AliasGroups {
 public:
  explicit AliasGroups(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  int32_t find(int32_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void join(int32_t a, int32_t b) { parent_[find(a)] = find(b); }

 private:
  std::vector<int32_t> parent_;
};

template <typename T>
void put(std::vector<uint8_t>& blob, uint64_t offset, const T& value) {
  std::memcpy(blob.data() + offset, &value, sizeof value);
}

}  // namespace

CompiledModel compile_model(const model::Model& m, const CompileTarget& target) {
  try {
    model::check_model(m);
  } catch (const model::ModelError& e) {
    throw CompileError("model '" + m.name + "': " + e.what());
  }
  if (m.ops.empty()) throw CompileError("model '" + m.name + "' has no operators");
  const std::unique_ptr<Backend> backend = make_backend(target.backend);
  if (target.weights.size == 0 || target.arena.size == 0)
    throw CompileError("the target's weights and arena memories must both be given (weights '" +
                       target.weights.name + "', arena '" + target.arena.name + "')");

  // 1. Lower every operator.
  WeightsSection weights;
  std::vector<LoweredOp> lowered;
  lowered.reserve(m.ops.size());
  for (int i = 0; i < static_cast<int>(m.ops.size()); ++i) lowered.push_back(backend->lower(m, i, weights));

  // 2. The tensors the blob holds: operands of lowered operators and the
  //    graph's inputs and outputs, in model order.
  const int32_t n_tensors = static_cast<int32_t>(m.tensors.size());
  std::vector<bool> used(n_tensors, false);
  for (const LoweredOp& lo : lowered) {
    for (int32_t t : lo.inputs)
      if (t >= 0) used[t] = true;
    for (int32_t t : lo.outputs) used[t] = true;
  }
  for (int32_t t : m.inputs) used[t] = true;
  for (int32_t t : m.outputs) used[t] = true;
  for (int32_t t : m.inputs)
    if (m.tensors[t].is_constant()) throw CompileError("graph input '" + m.tensors[t].name + "' is a constant");
  for (int32_t t : m.outputs)
    if (m.tensors[t].is_constant()) throw CompileError("graph output '" + m.tensors[t].name + "' is a constant");
  std::vector<int32_t> blob_id(n_tensors, -1);
  std::vector<int32_t> blob_tensors;  // blob id -> model index
  for (int32_t t = 0; t < n_tensors; ++t) {
    if (!used[t]) continue;
    if (m.tensors[t].shape.size() > TSB_MAX_DIMS)
      throw CompileError("tensor " + std::to_string(t) + " '" + m.tensors[t].name + "' has rank " +
                         std::to_string(m.tensors[t].shape.size()) + "; the blob format holds up to 4 dimensions");
    blob_id[t] = static_cast<int32_t>(blob_tensors.size());
    blob_tensors.push_back(t);
  }
  if (blob_tensors.size() >= TSB_NO_TENSOR) throw CompileError("the model has more tensors than the blob format holds");

  // 3. Constants go to the weights section.
  std::vector<uint32_t> weights_offset(n_tensors, 0);
  for (int32_t t : blob_tensors)
    if (m.tensors[t].is_constant()) weights_offset[t] = weights.append(m.tensors[t].data);

  // 4. Activation lifetimes (operator indices). Graph inputs stay live for
  //    the whole run, so repeated inferences see the input the host wrote.
  const int32_t last_op = static_cast<int32_t>(m.ops.size()) - 1;
  std::vector<int32_t> first_use(n_tensors, -1), last_use(n_tensors, -1);
  for (int32_t t : m.inputs) first_use[t] = 0, last_use[t] = last_op;
  for (int32_t i = 0; i <= last_op; ++i) {
    for (int32_t t : lowered[i].outputs) {
      if (first_use[t] < 0) first_use[t] = i;
      last_use[t] = std::max(last_use[t], i);
    }
    for (int32_t t : lowered[i].inputs) {
      if (t < 0 || m.tensors[t].is_constant()) continue;
      if (first_use[t] < 0)
        throw CompileError(op_label(m, i) + ": reads tensor '" + m.tensors[t].name +
                           "' before any operator writes it and it is not a graph input");
      last_use[t] = std::max(last_use[t], i);
    }
  }
  for (int32_t t : m.outputs) last_use[t] = last_op;
  for (int32_t t : blob_tensors)
    if (!m.tensors[t].is_constant() && first_use[t] < 0)
      throw CompileError("tensor " + std::to_string(t) + " '" + m.tensors[t].name +
                         "' is neither a graph input nor written by any operator");

  // RESHAPE outputs share their input's buffer: one request per group.
  AliasGroups groups(n_tensors);
  for (const LoweredOp& lo : lowered)
    if (lo.output_aliases_input) groups.join(lo.outputs[0], lo.inputs[0]);
  std::map<int32_t, size_t> request_of_group;
  std::vector<BufferRequest> requests;
  for (int32_t t : blob_tensors) {
    if (m.tensors[t].is_constant()) continue;
    const int32_t g = groups.find(t);
    auto [it, inserted] = request_of_group.try_emplace(g, requests.size());
    if (inserted) requests.push_back({m.tensors[g].name, 0, first_use[t], last_use[t]});
    BufferRequest& r = requests[it->second];
    r.bytes = std::max<uint64_t>(r.bytes, static_cast<uint64_t>(m.tensors[t].bytes()));
    r.first_use = std::min(r.first_use, first_use[t]);
    r.last_use = std::max(r.last_use, last_use[t]);
  }
  std::vector<size_t> scratch_request(lowered.size(), SIZE_MAX);
  for (size_t i = 0; i < lowered.size(); ++i) {
    if (!lowered[i].scratch_bytes) continue;
    scratch_request[i] = requests.size();
    requests.push_back({"scratch of " + op_label(m, static_cast<int>(i)), lowered[i].scratch_bytes,
                        static_cast<int32_t>(i), static_cast<int32_t>(i)});
  }
  const MemoryPlan plan = plan_arena(requests, kAlign);
  if (std::string conflict = find_plan_conflict(requests, plan, kAlign); !conflict.empty())
    throw CompileError("internal error: arena plan is inconsistent: " + conflict);

  // 5. Strings and the tensor table.
  StringSection strings;
  const uint32_t model_name = strings.add(m.name);
  std::vector<tsb_tensor> tensors(blob_tensors.size());
  for (size_t id = 0; id < blob_tensors.size(); ++id) {
    const int32_t t = blob_tensors[id];
    const model::Tensor& mt = m.tensors[t];
    tsb_tensor& e = tensors[id];
    std::memset(&e, 0, sizeof e);
    e.dtype = blob_dtype(mt, t);
    e.rank = static_cast<uint8_t>(mt.shape.size());
    for (int d = 0; d < TSB_MAX_DIMS; ++d) e.dims[d] = 1;
    for (size_t d = 0; d < mt.shape.size(); ++d) e.dims[TSB_MAX_DIMS - mt.shape.size() + d] = mt.shape[d];
    e.zero_point = mt.quant.zero_point.size() == 1 ? static_cast<int32_t>(mt.quant.zero_point[0]) : 0;
    e.bytes = static_cast<uint32_t>(mt.bytes());
    e.name = strings.add(mt.name);
    e.source_index = static_cast<uint32_t>(t);
    if (mt.quant.per_channel()) e.flags |= TSB_TENSOR_PER_CHANNEL;
    if (std::find(m.inputs.begin(), m.inputs.end(), t) != m.inputs.end()) e.flags |= TSB_TENSOR_INPUT;
    if (std::find(m.outputs.begin(), m.outputs.end(), t) != m.outputs.end()) e.flags |= TSB_TENSOR_OUTPUT;
    if (mt.is_constant()) {
      e.flags |= TSB_TENSOR_CONSTANT;
      e.location = TSB_LOC_WEIGHTS;
      e.offset = weights_offset[t];
    } else {
      e.location = TSB_LOC_ARENA;
      e.offset = static_cast<uint32_t>(plan.offsets[request_of_group.at(groups.find(t))]);
    }
  }

  // 6. The operator table.
  CompiledModel out;
  out.backend = backend->name();
  std::vector<tsb_op> ops(lowered.size());
  for (size_t i = 0; i < lowered.size(); ++i) {
    const LoweredOp& lo = lowered[i];
    const model::Operator& op = m.ops[i];
    tsb_op& e = ops[i];
    e = lo.entry;
    if (lo.inputs.size() > TSB_MAX_INPUTS || lo.outputs.size() > TSB_MAX_OUTPUTS)
      throw CompileError(op_label(m, static_cast<int>(i)) + ": too many operands for the blob format");
    e.input_count = static_cast<uint8_t>(lo.inputs.size());
    e.output_count = static_cast<uint8_t>(lo.outputs.size());
    std::fill(std::begin(e.inputs), std::end(e.inputs), TSB_NO_TENSOR);
    std::fill(std::begin(e.outputs), std::end(e.outputs), TSB_NO_TENSOR);
    for (size_t k = 0; k < lo.inputs.size(); ++k)
      if (lo.inputs[k] >= 0) e.inputs[k] = static_cast<uint16_t>(blob_id[lo.inputs[k]]);
    for (size_t k = 0; k < lo.outputs.size(); ++k) e.outputs[k] = static_cast<uint16_t>(blob_id[lo.outputs[k]]);
    const char* kind = tsrt_kind_name(e.kind);
    char region[48];
    std::snprintf(region, sizeof region, "L%03zu_%s", i, kind);
    e.name = strings.add(region);
    e.source_index = static_cast<uint32_t>(i);
    const int64_t macs = model::op_macs(m, op);
    e.macs_lo = static_cast<uint32_t>(macs);
    e.macs_hi = static_cast<uint32_t>(static_cast<uint64_t>(macs) >> 32);
    if (scratch_request[i] != SIZE_MAX) {
      e.scratch_offset = static_cast<uint32_t>(plan.offsets[scratch_request[i]]);
      e.scratch_bytes = static_cast<uint32_t>(lo.scratch_bytes);
    }
    LayerInfo layer;
    layer.index = static_cast<int>(i);
    layer.op_name = model::op_name(op.type);
    layer.region = region;
    for (int32_t t : lo.inputs)
      if (t >= 0) layer.input_shapes.push_back(m.tensors[t].shape);
    layer.output_shape = m.tensors[lo.outputs[0]].shape;
    layer.macs = macs;
    out.total_macs += macs;
    out.layers.push_back(std::move(layer));
  }

  // 7. Layout: header, io ids, tensors, operators, strings, weights.
  const uint64_t io_offset = align_up(sizeof(tsb_header));
  const uint64_t io_bytes = 2 * (m.inputs.size() + m.outputs.size());
  const uint64_t tensor_offset = align_up(io_offset + io_bytes);
  const uint64_t op_offset = align_up(tensor_offset + tensors.size() * sizeof(tsb_tensor));
  const uint64_t strings_offset = align_up(op_offset + ops.size() * sizeof(tsb_op));
  const uint64_t weights_offset_in_blob = align_up(strings_offset + strings.bytes().size());
  const uint64_t total = align_up(weights_offset_in_blob + weights.bytes().size());
  if (total > 0xFFFFFFF0u) throw CompileError("the blob would be larger than 4 GiB");

  // 8. Placement in the target's memories.
  const uint64_t load_address = align_up(target.weights.base);
  if (load_address + total > target.weights.base + target.weights.size)
    throw CompileError("model '" + m.name + "' does not fit: the blob needs " + std::to_string(total) +
                       " bytes but weights memory '" + target.weights.name + "' has " +
                       std::to_string(target.weights.size) + " bytes at " + hex(target.weights.base) + " (weights " +
                       std::to_string(weights.bytes().size()) + " bytes)");
  const bool shared = target.arena.name == target.weights.name && target.arena.base == target.weights.base;
  const uint64_t arena_base = shared ? align_up(load_address + total) : align_up(target.arena.base);
  const uint64_t arena_end = target.arena.base + target.arena.size;
  const uint64_t arena_room = arena_end > arena_base ? arena_end - arena_base : 0;
  if (plan.arena_bytes > arena_room)
    throw CompileError("model '" + m.name + "' does not fit: the tensor arena needs " +
                       std::to_string(plan.arena_bytes) + " bytes but arena memory '" + target.arena.name + "' has " +
                       std::to_string(arena_room) + " bytes available at " + hex(arena_base) +
                       (shared ? " (after the blob, which shares the memory)" : ""));
  if (arena_base + plan.arena_bytes > 0x100000000ull || load_address + total > 0x100000000ull)
    throw CompileError("the blob or the arena would reach past the 32-bit address space");

  // 9. Assemble.
  std::vector<uint8_t> blob(total, 0);
  tsb_header h;
  std::memset(&h, 0, sizeof h);
  h.magic = TSB_MAGIC;
  h.version_major = TSB_VERSION_MAJOR;
  h.version_minor = TSB_VERSION_MINOR;
  h.header_size = sizeof(tsb_header);
  h.total_size = static_cast<uint32_t>(total);
  h.backend = backend->blob_backend();
  h.flags = TSB_FLAG_CRC_VALID;
  h.load_address = static_cast<uint32_t>(load_address);
  h.weights_address = static_cast<uint32_t>(load_address + weights_offset_in_blob);
  h.arena_base = static_cast<uint32_t>(arena_base);
  h.arena_size = static_cast<uint32_t>(plan.arena_bytes);
  h.io_offset = static_cast<uint32_t>(io_offset);
  h.input_count = static_cast<uint32_t>(m.inputs.size());
  h.output_count = static_cast<uint32_t>(m.outputs.size());
  h.tensor_offset = static_cast<uint32_t>(tensor_offset);
  h.tensor_count = static_cast<uint32_t>(tensors.size());
  h.tensor_entry_size = sizeof(tsb_tensor);
  h.op_offset = static_cast<uint32_t>(op_offset);
  h.op_count = static_cast<uint32_t>(ops.size());
  h.op_entry_size = sizeof(tsb_op);
  h.strings_offset = static_cast<uint32_t>(strings_offset);
  h.strings_size = static_cast<uint32_t>(strings.bytes().size());
  h.weights_offset = static_cast<uint32_t>(weights_offset_in_blob);
  h.weights_size = static_cast<uint32_t>(weights.bytes().size());
  h.model_name = model_name;
  h.total_macs_lo = static_cast<uint32_t>(out.total_macs);
  h.total_macs_hi = static_cast<uint32_t>(static_cast<uint64_t>(out.total_macs) >> 32);
  put(blob, 0, h);
  uint64_t at = io_offset;
  for (int32_t t : m.inputs) put(blob, at, static_cast<uint16_t>(blob_id[t])), at += 2;
  for (int32_t t : m.outputs) put(blob, at, static_cast<uint16_t>(blob_id[t])), at += 2;
  for (size_t i = 0; i < tensors.size(); ++i) put(blob, tensor_offset + i * sizeof(tsb_tensor), tensors[i]);
  for (size_t i = 0; i < ops.size(); ++i) put(blob, op_offset + i * sizeof(tsb_op), ops[i]);
  std::memcpy(blob.data() + strings_offset, strings.bytes().data(), strings.bytes().size());
  if (!weights.bytes().empty())
    std::memcpy(blob.data() + weights_offset_in_blob, weights.bytes().data(), weights.bytes().size());
  h.crc32 = tsrt_blob_crc32(blob.data(), h.total_size);
  put(blob, 0, h);

  // 10. What the caller needs to run it.
  auto placement = [&](int32_t t) {
    TensorPlacement p;
    p.tensor = t;
    p.name = m.tensors[t].name;
    p.type = m.tensors[t].type;
    p.shape = m.tensors[t].shape;
    p.address = arena_base + tensors[blob_id[t]].offset;
    p.bytes = static_cast<uint64_t>(m.tensors[t].bytes());
    return p;
  };
  for (int32_t t : m.inputs) out.inputs.push_back(placement(t));
  for (int32_t t : m.outputs) out.outputs.push_back(placement(t));
  out.blob = std::move(blob);
  out.load_address = load_address;
  out.arena_base = arena_base;
  out.arena_bytes = plan.arena_bytes;
  out.arena_unshared_bytes = unshared_bytes(requests, kAlign);
  out.weights_bytes = weights.bytes().size();
  return out;
}

}  // namespace tinysim::compiler
