// The blob the compiler writes: header and tables as the spec
// (docs/model-blob.md) says, parameters equal to the quant library's Prepare
// results, arena placement valid when read back from the blob itself,
// "does not fit" errors with numbers, unsupported models rejected with the
// operator named, and the runtime rejecting damaged blobs field by field.
#include <gtest/gtest.h>

#include <cstring>
#include <map>
#include <set>

#include "op_cases.h"
#include "test_util.h"
#include "tsrt.h"
#include "workloads/runtime/kernels/kernels.h"
#include "workloads/compiler/compiler/host_runner.h"
#include "workloads/compiler/generator/builtin_models.h"
#include "workloads/compiler/ir/model_summary.h"
#include "workloads/compiler/quant/op_params.h"

namespace tinysim::testing {
namespace {

using compiler::CompiledModel;
using compiler::CompileError;

// A blob in aligned storage, opened with the firmware runtime.
struct OpenBlob {
  explicit OpenBlob(const std::vector<uint8_t>& bytes, uint32_t options = TSRT_VERIFY_CRC)
      : storage((bytes.size() + 15) / 16) {
    std::memcpy(storage.data(), bytes.data(), bytes.size());
    status = tsrt_open(&m, storage.data(), static_cast<uint32_t>(bytes.size()), reinterpret_cast<void*>(uintptr_t{16}),
                       options, err, sizeof err);
  }
  struct alignas(16) Block { uint8_t b[16]; };
  std::vector<Block> storage;
  tsrt_model m{};
  char err[256] = "";
  int status = -1;
};

const tsb_header& header(const std::vector<uint8_t>& blob) {
  return *reinterpret_cast<const tsb_header*>(blob.data());
}

template <typename T>
T* entry(std::vector<uint8_t>& blob, uint32_t offset) {
  return reinterpret_cast<T*>(blob.data() + offset);
}

// Rewrites the CRC after a deliberate change, so the field checks are reached.
void fix_crc(std::vector<uint8_t>& blob) {
  tsb_header* h = entry<tsb_header>(blob, 0);
  h->crc32 = tsrt_blob_crc32(blob.data(), std::min<uint32_t>(h->total_size, static_cast<uint32_t>(blob.size())));
}

TEST(Blob, HeaderAndTablesDescribeTheModel) {
  const model::Model m = model::make_builtin_model("kws");
  const CompiledModel c = compiler::compile_model(m, m55_target());
  const tsb_header& h = header(c.blob);
  EXPECT_EQ(h.magic, TSB_MAGIC);
  EXPECT_EQ(std::memcmp(c.blob.data(), "TSMB", 4), 0);
  EXPECT_EQ(h.version_major, 1u);
  EXPECT_EQ(h.header_size, sizeof(tsb_header));
  EXPECT_EQ(h.total_size, c.blob.size());
  EXPECT_EQ(h.backend, static_cast<uint32_t>(TSB_BACKEND_CORTEX_M));
  EXPECT_TRUE(h.flags & TSB_FLAG_CRC_VALID);
  EXPECT_EQ(h.crc32, tsrt_blob_crc32(c.blob.data(), h.total_size));
  // configs/m55.yaml: blob at the start of QSPI, arena at the start of ISRAM0.
  EXPECT_EQ(c.load_address, 0x28000000u);
  EXPECT_EQ(h.load_address, 0x28000000u);
  EXPECT_EQ(h.weights_address, h.load_address + h.weights_offset);
  EXPECT_EQ(h.arena_base, 0x21000000u);
  EXPECT_EQ(h.arena_size, c.arena_bytes);
  EXPECT_EQ(h.op_count, m.ops.size());
  EXPECT_EQ(h.input_count, 1u);
  EXPECT_EQ(h.output_count, 1u);
  EXPECT_EQ(static_cast<int64_t>(h.total_macs_lo | static_cast<uint64_t>(h.total_macs_hi) << 32), model::model_macs(m));
  for (uint32_t off : {h.io_offset, h.tensor_offset, h.op_offset, h.weights_offset}) EXPECT_EQ(off % 16, 0u);

  OpenBlob b(c.blob);
  ASSERT_EQ(b.status, 0) << b.err;
  EXPECT_STREQ(tsrt_string(&b.m, h.model_name), "kws");
  // Every tensor: shape right-aligned in 4 dims, bytes, location, contents.
  std::set<uint32_t> sources;
  for (uint32_t i = 0; i < h.tensor_count; ++i) {
    const tsb_tensor* t = tsrt_tensor(&b.m, i);
    const model::Tensor& mt = m.tensors.at(t->source_index);
    sources.insert(t->source_index);
    SCOPED_TRACE(mt.name);
    EXPECT_STREQ(tsrt_string(&b.m, t->name), mt.name.c_str());
    EXPECT_EQ(t->rank, mt.shape.size());
    for (size_t d = 0; d < mt.shape.size(); ++d) EXPECT_EQ(t->dims[4 - mt.shape.size() + d], mt.shape[d]);
    for (size_t d = 0; d < 4 - mt.shape.size(); ++d) EXPECT_EQ(t->dims[d], 1);
    EXPECT_EQ(t->bytes, static_cast<uint32_t>(mt.bytes()));
    EXPECT_EQ(t->offset % 16, 0u);
    if (mt.is_constant()) {
      EXPECT_EQ(t->location, TSB_LOC_WEIGHTS);
      EXPECT_EQ(std::memcmp(c.blob.data() + h.weights_offset + t->offset, mt.data.data(), mt.data.size()), 0);
    } else {
      EXPECT_EQ(t->location, TSB_LOC_ARENA);
    }
  }
  // The RESHAPE's shape constant is consumed by the compiler, not stored.
  EXPECT_LT(sources.size(), m.tensors.size());
  // Operators: kinds are TFLite codes, names are the region names.
  for (uint32_t i = 0; i < h.op_count; ++i) {
    const tsb_op* op = tsrt_op(&b.m, i);
    EXPECT_EQ(op->kind, static_cast<uint16_t>(m.ops[i].type));
    EXPECT_EQ(op->engine, TSB_ENGINE_CPU);
    char name[48];
    std::snprintf(name, sizeof name, "L%03u_%s", i, model::op_name(m.ops[i].type));
    EXPECT_STREQ(tsrt_string(&b.m, op->name), name);
    EXPECT_EQ(c.layers[i].region, name);
    EXPECT_EQ(static_cast<int64_t>(op->macs_lo), model::op_macs(m, m.ops[i]));
    // CONV_2D reserves the Helium kernel's column buffer, nothing else any scratch.
    if (m.ops[i].type == model::OpType::Conv2D) {
      const model::Tensor& f = m.tensors.at(m.ops[i].inputs[1]);
      EXPECT_EQ(op->scratch_bytes, tsk_conv_scratch_bytes(f.shape[1] * f.shape[2] * f.shape[3]));
      EXPECT_GT(op->scratch_bytes, 0u);
    } else {
      EXPECT_EQ(op->scratch_bytes, 0u);
    }
  }
  // Graph input and output addresses are what the caller is told.
  EXPECT_EQ(c.inputs[0].address, h.arena_base + tsrt_input(&b.m, 0)->offset);
  EXPECT_EQ(c.outputs[0].address, h.arena_base + tsrt_output(&b.m, 0)->offset);
  EXPECT_TRUE(tsrt_input(&b.m, 0)->flags & TSB_TENSOR_INPUT);
  EXPECT_TRUE(tsrt_output(&b.m, 0)->flags & TSB_TENSOR_OUTPUT);
}

TEST(Blob, CompilationIsDeterministic) {
  const model::Model m = model::make_builtin_model("resnet8");
  EXPECT_EQ(compiler::compile_model(m, m55_target()).blob, compiler::compile_model(m, m55_target()).blob);
}

TEST(Blob, ConvolutionParametersAreTheQuantLibrarysPrepareResults) {
  for (uint64_t seed = 1; seed <= 20; ++seed) {
    const OpCase oc = make_op_case(model::OpType::Conv2D, seed);
    SCOPED_TRACE(oc.description);
    const model::Model& m = oc.model;
    const CompiledModel c = compiler::compile_model(m, m55_target());
    OpenBlob b(c.blob);
    ASSERT_EQ(b.status, 0) << b.err;
    const tsb_conv_params& p = tsrt_op(&b.m, 0)->params.conv;
    const model::Tensor &in = m.tensors[m.ops[0].inputs[0]], &f = m.tensors[m.ops[0].inputs[1]],
                        &out = m.tensors[m.ops[0].outputs[0]];
    const model::OpOptions& o = m.ops[0].opt;
    const quant::PaddingValues pad = quant::compute_padding(
        o.padding == model::Padding::Same ? quant::PaddingMode::Same : quant::PaddingMode::Valid, in.shape[1],
        in.shape[2], f.shape[1], f.shape[2], o.stride_h, o.stride_w, o.dilation_h, o.dilation_w);
    EXPECT_EQ(p.pad_top, pad.height);
    EXPECT_EQ(p.pad_left, pad.width);
    EXPECT_EQ(p.stride_h, o.stride_h);
    EXPECT_EQ(p.dilation_w, o.dilation_w);
    EXPECT_EQ(p.input_offset, -in.quant.zero_point[0]);
    EXPECT_EQ(p.output_offset, out.quant.zero_point[0]);
    const quant::ChannelMultipliers mult =
        quant::per_channel_multipliers(in.quant.scale[0], f.quant.scale, out.quant.scale[0], f.shape[0]);
    const auto* weights = c.blob.data() + header(c.blob).weights_offset;
    std::vector<int32_t> got_m(f.shape[0]), got_s(f.shape[0]);
    std::memcpy(got_m.data(), weights + p.multiplier_array, got_m.size() * 4);
    std::memcpy(got_s.data(), weights + p.shift_array, got_s.size() * 4);
    EXPECT_EQ(got_m, mult.multiplier);
    EXPECT_EQ(got_s, mult.shift);
    quant::FusedActivation act = quant::FusedActivation::None;
    if (o.activation == model::Activation::Relu) act = quant::FusedActivation::Relu;
    if (o.activation == model::Activation::ReluN1To1) act = quant::FusedActivation::ReluN1To1;
    if (o.activation == model::Activation::Relu6) act = quant::FusedActivation::Relu6;
    const quant::ActivationRange r =
        quant::activation_range_int8(act, out.quant.scale[0], static_cast<int32_t>(out.quant.zero_point[0]));
    EXPECT_EQ(p.act_min, r.min);
    EXPECT_EQ(p.act_max, r.max);
  }
}

// Reads the arena placement back from the blob and checks, independently of
// the planner, that no two tensors live at the same time share bytes.
std::string arena_conflict(const std::vector<uint8_t>& bytes) {
  OpenBlob b(bytes);
  if (b.status) return b.err;
  const tsb_header* h = b.m.header;
  const int32_t n = static_cast<int32_t>(h->op_count);
  std::map<uint32_t, std::pair<int32_t, int32_t>> life;  // tensor id -> [first, last]
  auto touch = [&](uint32_t id, int32_t op) {
    auto [it, fresh] = life.try_emplace(id, op, op);
    if (!fresh) it->second.second = std::max(it->second.second, op);
  };
  auto io_id = [&](uint32_t i) {
    uint16_t id;
    std::memcpy(&id, b.m.blob + h->io_offset + 2 * i, 2);
    return id;
  };
  for (uint32_t i = 0; i < h->input_count; ++i) {
    touch(io_id(i), 0);
    touch(io_id(i), n - 1);
  }
  for (int32_t i = 0; i < n; ++i) {
    const tsb_op* op = tsrt_op(&b.m, static_cast<uint32_t>(i));
    for (uint32_t k = 0; k < op->input_count; ++k)
      if (op->inputs[k] != TSB_NO_TENSOR) touch(op->inputs[k], i);
    touch(op->outputs[0], i);
  }
  for (uint32_t i = 0; i < h->output_count; ++i) touch(io_id(h->input_count + i), n - 1);
  // RESHAPE aliases share bytes by design: compare alias groups.
  std::map<uint32_t, uint32_t> alias;
  for (int32_t i = 0; i < n; ++i) {
    const tsb_op* op = tsrt_op(&b.m, static_cast<uint32_t>(i));
    if (op->kind == TSB_OP_RESHAPE && tsrt_tensor(&b.m, op->inputs[0])->offset == tsrt_tensor(&b.m, op->outputs[0])->offset)
      alias[op->outputs[0]] = op->inputs[0];
  }
  auto root = [&](uint32_t id) {
    while (alias.count(id)) id = alias[id];
    return id;
  };
  for (auto a = life.begin(); a != life.end(); ++a) {
    const tsb_tensor* ta = tsrt_tensor(&b.m, a->first);
    if (ta->location != TSB_LOC_ARENA) continue;
    for (auto c = std::next(a); c != life.end(); ++c) {
      const tsb_tensor* tc = tsrt_tensor(&b.m, c->first);
      if (tc->location != TSB_LOC_ARENA || root(a->first) == root(c->first)) continue;
      const bool live_together = a->second.first <= c->second.second && c->second.first <= a->second.second;
      const bool overlap = ta->offset < tc->offset + tc->bytes && tc->offset < ta->offset + ta->bytes;
      if (live_together && overlap)
        return std::string("'") + tsrt_string(&b.m, ta->name) + "' and '" + tsrt_string(&b.m, tc->name) +
               "' overlap while both are live";
      if (ta->offset + ta->bytes > h->arena_size) return "tensor past the arena";
    }
  }
  // An operator's scratch is live during that operator only.
  for (int32_t i = 0; i < n; ++i) {
    const tsb_op* op = tsrt_op(&b.m, static_cast<uint32_t>(i));
    if (!op->scratch_bytes) continue;
    if (op->scratch_offset + op->scratch_bytes > h->arena_size) return "scratch past the arena";
    for (const auto& [id, span] : life) {
      const tsb_tensor* t = tsrt_tensor(&b.m, id);
      if (t->location != TSB_LOC_ARENA || span.first > i || span.second < i) continue;
      if (op->scratch_offset < t->offset + t->bytes && t->offset < op->scratch_offset + op->scratch_bytes)
        return "scratch of operator " + std::to_string(i) + " overlaps '" + tsrt_string(&b.m, t->name) + "'";
    }
  }
  return "";
}

class BuiltinModelBlob : public ::testing::TestWithParam<std::string> {};

TEST_P(BuiltinModelBlob, LiveTensorsNeverOverlapAndTheArenaIsReused) {
  const model::Model m = model::make_builtin_model(GetParam());
  const CompiledModel c = compiler::compile_model(m, m55_target());
  EXPECT_EQ(arena_conflict(c.blob), "");
  EXPECT_LT(c.arena_bytes, c.arena_unshared_bytes);
  std::printf("%s: blob %zu bytes (weights %llu), arena %llu bytes (%llu without reuse)\n", GetParam().c_str(),
              c.blob.size(), static_cast<unsigned long long>(c.weights_bytes),
              static_cast<unsigned long long>(c.arena_bytes), static_cast<unsigned long long>(c.arena_unshared_bytes));
}

INSTANTIATE_TEST_SUITE_P(All, BuiltinModelBlob, ::testing::ValuesIn(model::builtin_model_names()),
                         [](const ::testing::TestParamInfo<std::string>& i) { return i.param; });

TEST(Blob, ReshapeOutputAliasesItsInput) {
  const model::Model m = model::make_builtin_model("kws");
  const CompiledModel c = compiler::compile_model(m, m55_target());
  OpenBlob b(c.blob);
  ASSERT_EQ(b.status, 0) << b.err;
  int reshapes = 0;
  for (uint32_t i = 0; i < b.m.header->op_count; ++i) {
    const tsb_op* op = tsrt_op(&b.m, i);
    if (op->kind != TSB_OP_RESHAPE) continue;
    ++reshapes;
    EXPECT_EQ(tsrt_tensor(&b.m, op->inputs[0])->offset, tsrt_tensor(&b.m, op->outputs[0])->offset);
  }
  EXPECT_EQ(reshapes, 1);
}

TEST(Blob, GraphInputStaysLiveForRepeatedRuns) {
  const model::Model m = model::make_builtin_model("vww");
  const CompiledModel c = compiler::compile_model(m, m55_target());
  OpenBlob b(c.blob);
  ASSERT_EQ(b.status, 0) << b.err;
  const tsb_tensor* in = tsrt_input(&b.m, 0);
  for (uint32_t i = 0; i < b.m.header->tensor_count; ++i) {
    const tsb_tensor* t = tsrt_tensor(&b.m, i);
    if (t == in || t->location != TSB_LOC_ARENA) continue;
    EXPECT_FALSE(t->offset < in->offset + in->bytes && in->offset < t->offset + t->bytes) << tsrt_string(&b.m, t->name);
  }
}

// --- does not fit -----------------------------------------------------------

TEST(Fit, BlobLargerThanTheWeightsMemoryNamesBothSizes) {
  const model::Model m = model::make_builtin_model("ad");
  const CompiledModel ok = compiler::compile_model(m, m55_target());
  compiler::CompileTarget t = m55_target();
  t.weights.size = 256 * 1024;
  try {
    compiler::compile_model(m, t);
    FAIL() << "no error";
  } catch (const CompileError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("model 'ad' does not fit: the blob needs " + std::to_string(ok.blob.size()) +
                        " bytes but weights memory 'qspi' has 262144 bytes at 0x28000000"),
              std::string::npos)
        << what;
  }
}

TEST(Fit, ArenaLargerThanTheArenaMemoryNamesBothSizes) {
  const model::Model m = model::make_builtin_model("vww");
  const CompiledModel ok = compiler::compile_model(m, m55_target());
  compiler::CompileTarget t = m55_target();
  t.arena.size = 64 * 1024;
  try {
    compiler::compile_model(m, t);
    FAIL() << "no error";
  } catch (const CompileError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("the tensor arena needs " + std::to_string(ok.arena_bytes) +
                        " bytes but arena memory 'isram0' has 65536 bytes available at 0x21000000"),
              std::string::npos)
        << what;
  }
}

TEST(Fit, SharedMemoryPutsTheArenaAfterTheBlob) {
  const model::Model m = model::make_builtin_model("kws");
  compiler::CompileTarget t = m55_target();
  t.weights = {"ddr", 0x60000000, 0x100000};
  t.arena = t.weights;
  const CompiledModel c = compiler::compile_model(m, t);
  EXPECT_EQ(c.load_address, 0x60000000u);
  EXPECT_GE(c.arena_base, c.load_address + c.blob.size());
  EXPECT_EQ(c.arena_base % 16, 0u);
  // Too small for blob + arena together: the message says it is shared.
  t.weights.size = t.arena.size = c.blob.size() + 1024;
  try {
    compiler::compile_model(m, t);
    FAIL() << "no error";
  } catch (const CompileError& e) {
    EXPECT_NE(std::string(e.what()).find("after the blob, which shares the memory"), std::string::npos) << e.what();
  }
}

// --- unsupported models and targets ---------------------------------------

TEST(Errors, FloatQuantizeIsRejectedNamingTheOperator) {
  model::Model m;
  m.name = "fq";
  model::Tensor in{"in", model::DType::Float32, {1, 4}, {}, {}};
  model::Tensor out{"out", model::DType::Int8, {1, 4}, {{0.1f}, {3}, 0}, {}};
  m.tensors = {in, out};
  model::Operator op;
  op.type = model::OpType::Quantize;
  op.inputs = {0};
  op.outputs = {1};
  m.ops = {op};
  m.inputs = {0};
  m.outputs = {1};
  try {
    compiler::compile_model(m, m55_target());
    FAIL() << "no error";
  } catch (const CompileError& e) {
    EXPECT_NE(std::string(e.what()).find("op 0 (QUANTIZE): QUANTIZE from float32"), std::string::npos) << e.what();
  }
}

TEST(Errors, InvalidModelIsRejectedWithTheCheckersMessage) {
  model::Model m = make_op_case(model::OpType::Add, 3).model;
  m.tensors[m.ops[0].outputs[0]].shape.push_back(7);  // wrong output shape
  try {
    compiler::compile_model(m, m55_target());
    FAIL() << "no error";
  } catch (const CompileError& e) {
    EXPECT_NE(std::string(e.what()).find("model 'ADD_3': "), std::string::npos) << e.what();
  }
}

TEST(Errors, UnknownBackendListsTheKnownOnes) {
  compiler::CompileTarget t = m55_target();
  t.backend = "ethos-u99";
  try {
    compiler::compile_model(model::make_builtin_model("ad"), t);
    FAIL() << "no error";
  } catch (const CompileError& e) {
    EXPECT_STREQ(e.what(), "unknown backend 'ethos-u99' (known backends: cortex-m)");
  }
}

TEST(Errors, PlatformWithoutInferenceSection) {
  const PlatformConfig pc = parse_platform_config(R"(platform: { name: t }
clocks: [{ name: c, frequency: 1MHz }]
memories: [{ name: m, base: 0, size: 64KiB, kind: sram }]
core: { type: cortex-m55, clock: c }
)",
                                                  "noinf.yaml");
  try {
    compiler::target_from_platform(pc);
    FAIL() << "no error";
  } catch (const CompileError& e) {
    EXPECT_NE(std::string(e.what()).find("noinf.yaml: the platform has no `inference:` section"), std::string::npos)
        << e.what();
  }
}

// --- the runtime's validation ----------------------------------------------

TEST(Validation, AnyFlippedByteFailsTheCrc) {
  const CompiledModel c = compiler::compile_model(make_op_case(model::OpType::Conv2D, 5).model, m55_target());
  int rejected = 0;
  for (size_t i = 0; i < c.blob.size(); ++i) {
    std::vector<uint8_t> bad = c.blob;
    bad[i] ^= 0x10;
    OpenBlob b(bad);
    if (b.status != 0) ++rejected;
  }
  EXPECT_EQ(rejected, static_cast<int>(c.blob.size()));
}

struct Corruption {
  const char* name;
  void (*apply)(std::vector<uint8_t>& blob);
  const char* message;
};

tsb_op* first_op(std::vector<uint8_t>& b) { return entry<tsb_op>(b, header(b).op_offset); }
tsb_tensor* tensor_at(std::vector<uint8_t>& b, uint32_t id) {
  return entry<tsb_tensor>(b, header(b).tensor_offset + id * header(b).tensor_entry_size);
}

const Corruption kCorruptions[] = {
    {"Magic", [](std::vector<uint8_t>& b) { entry<tsb_header>(b, 0)->magic = 0x464c457f; },
     "bad blob: magic is 0x464c457f, expected 0x424d5354 ('TSMB')"},
    {"MajorVersion", [](std::vector<uint8_t>& b) { entry<tsb_header>(b, 0)->version_major = 2; },
     "bad blob: format version 2.0, this runtime reads version 1.x"},
    {"Backend", [](std::vector<uint8_t>& b) { entry<tsb_header>(b, 0)->backend = 2; },
     "backend 2 is not the Cortex-M backend"},
    {"TotalSize", [](std::vector<uint8_t>& b) { entry<tsb_header>(b, 0)->total_size += 64; },
     "bytes are available"},
    {"TensorEntrySize", [](std::vector<uint8_t>& b) { entry<tsb_header>(b, 0)->tensor_entry_size = 20; },
     "tensor_entry_size 20"},
    {"WeightsSection", [](std::vector<uint8_t>& b) { entry<tsb_header>(b, 0)->weights_size += 4096; },
     "weights section"},
    {"TensorOutsideArena", [](std::vector<uint8_t>& b) { tensor_at(b, 0)->offset = header(b).arena_size; },
     "is outside the"},
    {"TensorSizeVsShape", [](std::vector<uint8_t>& b) { tensor_at(b, 0)->dims[3] += 1; },
     "its shape and type make"},
    {"UnknownKind", [](std::vector<uint8_t>& b) { first_op(b)->kind = 99; }, "unsupported operator kind"},
    {"InputIdOutOfRange", [](std::vector<uint8_t>& b) { first_op(b)->inputs[0] = 999; },
     "an input names a tensor that does not exist"},
    {"ShiftOutOfRange",
     [](std::vector<uint8_t>& b) {
       tsb_op* op = first_op(b);
       *entry<int32_t>(b, header(b).weights_offset + op->params.conv.shift_array) = 40;
     },
     "per-channel shift outside [-31, 30]"},
    {"OutputIntoWeights", [](std::vector<uint8_t>& b) { first_op(b)->outputs[0] = first_op(b)->inputs[1]; },
     "the output is not in the arena"},
    {"ZeroStride", [](std::vector<uint8_t>& b) { first_op(b)->params.conv.stride_h = 0; }, "strides must be 1..65535"},
    {"OutputBatch",  // same bytes, but the operator's shape rule breaks
     [](std::vector<uint8_t>& b) {
       tsb_tensor* t = tensor_at(b, first_op(b)->outputs[0]);
       t->dims[0] = t->dims[0] * t->dims[1] * t->dims[2] * t->dims[3];
       t->dims[1] = t->dims[2] = t->dims[3] = 1;
     },
     "output batch differs from input batch"},
    {"StringsNotTerminated",
     [](std::vector<uint8_t>& b) { b[header(b).strings_offset + header(b).strings_size - 1] = 'x'; },
     "string section does not end with a NUL"},
    {"OutputOverlapsInput",
     [](std::vector<uint8_t>& b) {
       tensor_at(b, first_op(b)->outputs[0])->offset = 0;
       tensor_at(b, first_op(b)->inputs[0])->offset = 0;
     },
     "overlaps an input"},
};

class BadBlob : public ::testing::TestWithParam<Corruption> {};

TEST_P(BadBlob, RuntimeNamesTheProblem) {
  const CompiledModel c = compiler::compile_model(make_op_case(model::OpType::Conv2D, 7).model, m55_target());
  std::vector<uint8_t> bad = c.blob;
  GetParam().apply(bad);
  fix_crc(bad);
  OpenBlob b(bad, 0);
  ASSERT_NE(b.status, 0);
  EXPECT_NE(std::string(b.err).find(GetParam().message), std::string::npos) << b.err;
  // With the CRC left stale, the CRC check catches it first (unless the
  // header itself is unreadable).
  std::vector<uint8_t> stale = c.blob;
  GetParam().apply(stale);
  OpenBlob s(stale);
  EXPECT_NE(s.status, 0);
}

INSTANTIATE_TEST_SUITE_P(All, BadBlob, ::testing::ValuesIn(kCorruptions),
                         [](const ::testing::TestParamInfo<Corruption>& i) { return std::string(i.param.name); });

TEST(Validation, HostRunnerReportsTheRuntimesMessage) {
  EXPECT_THROW(compiler::run_blob_on_host(std::vector<uint8_t>(64, 0), {}), std::runtime_error);
  try {
    compiler::run_blob_on_host(std::vector<uint8_t>(200, 0), {});
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("bad blob: magic"), std::string::npos) << e.what();
  }
}

TEST(Blob, DescribeListsTensorsAndOperators) {
  const CompiledModel c = compiler::compile_model(model::make_builtin_model("kws"), m55_target());
  const std::string d = compiler::describe_blob(c.blob);
  EXPECT_NE(d.find("model 'kws': format 1.0"), std::string::npos) << d;
  EXPECT_NE(d.find("L012_SOFTMAX"), std::string::npos) << d;
  EXPECT_NE(d.find("arena 0x21000000"), std::string::npos) << d;
}

}  // namespace
}  // namespace tinysim::testing
