/*
 * tsrt.c - blob validation and the operator loop of the firmware runtime.
 *
 * Validation is complete enough that a kernel can trust its operands: a blob
 * that passes tsrt_open() makes no kernel read or write outside its tensors,
 * whatever the bytes (docs/model-blob.md lists the rules checked here).
 * All size arithmetic is done in 64 bits so that hostile fields cannot wrap.
 */
#include "tsrt.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------------------ */
/* CRC-32                                                                    */

static uint32_t crc_table[256];
static int crc_table_ready;

static void crc_init(void)
{
  for (uint32_t i = 0; i < 256; ++i) {
    uint32_t c = i;
    for (int k = 0; k < 8; ++k) c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    crc_table[i] = c;
  }
  crc_table_ready = 1;
}

uint32_t tsrt_crc32(uint32_t crc, const void *data, size_t n)
{
  if (!crc_table_ready) crc_init();
  const uint8_t *p = (const uint8_t *)data;
  crc = ~crc;
  for (size_t i = 0; i < n; ++i) crc = crc_table[(crc ^ p[i]) & 0xFFu] ^ (crc >> 8);
  return ~crc;
}

uint32_t tsrt_blob_crc32(const void *blob, uint32_t total_size)
{
  const uint8_t *b = (const uint8_t *)blob;
  const uint32_t at = (uint32_t)offsetof(tsb_header, crc32);
  static const uint8_t zero[4] = {0, 0, 0, 0};
  if (total_size < at + 4) return tsrt_crc32(0, b, total_size); /* no crc32 field: plain CRC */
  uint32_t crc = tsrt_crc32(0, b, at);
  crc = tsrt_crc32(crc, zero, 4);
  return tsrt_crc32(crc, b + at + 4, total_size - at - 4);
}

/* ------------------------------------------------------------------------ */
/* Names and accessors                                                       */

const char *tsrt_kind_name(uint32_t kind)
{
  switch (kind) {
    case TSB_OP_ADD: return "ADD";
    case TSB_OP_AVERAGE_POOL_2D: return "AVERAGE_POOL_2D";
    case TSB_OP_CONCATENATION: return "CONCATENATION";
    case TSB_OP_CONV_2D: return "CONV_2D";
    case TSB_OP_DEPTHWISE_CONV_2D: return "DEPTHWISE_CONV_2D";
    case TSB_OP_DEQUANTIZE: return "DEQUANTIZE";
    case TSB_OP_FULLY_CONNECTED: return "FULLY_CONNECTED";
    case TSB_OP_LOGISTIC: return "LOGISTIC";
    case TSB_OP_MAX_POOL_2D: return "MAX_POOL_2D";
    case TSB_OP_MUL: return "MUL";
    case TSB_OP_RESHAPE: return "RESHAPE";
    case TSB_OP_SOFTMAX: return "SOFTMAX";
    case TSB_OP_PAD: return "PAD";
    case TSB_OP_MEAN: return "MEAN";
    case TSB_OP_QUANTIZE: return "QUANTIZE";
    default: return "UNKNOWN";
  }
}

const tsb_tensor *tsrt_tensor(const tsrt_model *m, uint32_t id)
{
  const tsb_header *h = m->header;
  return (const tsb_tensor *)(const void *)(m->blob + h->tensor_offset + (size_t)id * h->tensor_entry_size);
}

const tsb_op *tsrt_op(const tsrt_model *m, uint32_t index)
{
  const tsb_header *h = m->header;
  return (const tsb_op *)(const void *)(m->blob + h->op_offset + (size_t)index * h->op_entry_size);
}

const char *tsrt_string(const tsrt_model *m, uint32_t offset)
{
  return (const char *)m->blob + m->header->strings_offset + offset;
}

static uint16_t io_id(const tsrt_model *m, uint32_t i)
{
  const uint8_t *p = m->blob + m->header->io_offset + 2u * i;
  return (uint16_t)(p[0] | (p[1] << 8));
}

const tsb_tensor *tsrt_input(const tsrt_model *m, uint32_t i) { return tsrt_tensor(m, io_id(m, i)); }

const tsb_tensor *tsrt_output(const tsrt_model *m, uint32_t i)
{
  return tsrt_tensor(m, io_id(m, m->header->input_count + i));
}

void *tsrt_tensor_data(const tsrt_model *m, const tsb_tensor *t)
{
  if (t->location == TSB_LOC_ARENA) return m->arena + t->offset;
  return (void *)(uintptr_t)(m->weights + t->offset);
}

/* ------------------------------------------------------------------------ */
/* Validation                                                                */

typedef struct checker {
  const tsrt_model *m;
  char *err;
  size_t err_size;
} checker;

static int fail(const checker *c, const char *fmt, ...)
{
  if (c->err && c->err_size) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->err, c->err_size, fmt, ap);
    va_end(ap);
  }
  return -1;
}

static int dtype_size(uint32_t dtype)
{
  switch (dtype) {
    case TSB_DTYPE_INT8:
    case TSB_DTYPE_UINT8: return 1;
    case TSB_DTYPE_INT16: return 2;
    case TSB_DTYPE_INT32:
    case TSB_DTYPE_FLOAT32: return 4;
    default: return 0;
  }
}

/* [offset, offset + bytes) inside [0, limit) */
static int in_bounds(uint64_t offset, uint64_t bytes, uint64_t limit)
{
  return offset <= limit && bytes <= limit - offset;
}

static int check_header(const checker *c, const tsb_header *h, uint32_t available, uint32_t options)
{
  const uint8_t *blob = c->m->blob;
  if (h->magic != TSB_MAGIC)
    return fail(c, "bad blob: magic is 0x%08lx, expected 0x%08lx ('TSMB'): not a tinysim model blob",
                (unsigned long)h->magic, (unsigned long)TSB_MAGIC);
  if (h->version_major != TSB_VERSION_MAJOR)
    return fail(c, "bad blob: format version %u.%u, this runtime reads version %u.x", (unsigned)h->version_major,
                (unsigned)h->version_minor, (unsigned)TSB_VERSION_MAJOR);
  if (h->header_size < sizeof(tsb_header))
    return fail(c, "bad blob: header_size %lu is smaller than the version 1 header (%lu bytes)",
                (unsigned long)h->header_size, (unsigned long)sizeof(tsb_header));
  if (h->total_size < h->header_size)
    return fail(c, "bad blob: total_size %lu is smaller than header_size %lu", (unsigned long)h->total_size,
                (unsigned long)h->header_size);
  if (available && h->total_size > available)
    return fail(c, "bad blob: total_size %lu but only %lu bytes are available", (unsigned long)h->total_size,
                (unsigned long)available);
  if (h->backend != TSB_BACKEND_CORTEX_M)
    return fail(c, "bad blob: backend %lu is not the Cortex-M backend (%u) this firmware executes",
                (unsigned long)h->backend, (unsigned)TSB_BACKEND_CORTEX_M);
  if ((options & TSRT_VERIFY_CRC) && (h->flags & TSB_FLAG_CRC_VALID)) {
    uint32_t crc = tsrt_blob_crc32(blob, h->total_size);
    if (crc != h->crc32)
      return fail(c, "bad blob: CRC-32 is 0x%08lx, the header says 0x%08lx (corrupted or partly loaded)",
                  (unsigned long)crc, (unsigned long)h->crc32);
  }
  const uint64_t total = h->total_size;
  if (h->tensor_entry_size < sizeof(tsb_tensor) || h->tensor_entry_size % 4)
    return fail(c, "bad blob: tensor_entry_size %lu (this runtime needs >= %lu, a multiple of 4)",
                (unsigned long)h->tensor_entry_size, (unsigned long)sizeof(tsb_tensor));
  if (h->op_entry_size < sizeof(tsb_op) || h->op_entry_size % 4)
    return fail(c, "bad blob: op_entry_size %lu (this runtime needs >= %lu, a multiple of 4)",
                (unsigned long)h->op_entry_size, (unsigned long)sizeof(tsb_op));
  if (h->tensor_count == 0 || h->tensor_count >= TSB_NO_TENSOR)
    return fail(c, "bad blob: tensor_count %lu (1..%u)", (unsigned long)h->tensor_count, TSB_NO_TENSOR - 1u);
  if (h->op_count == 0) return fail(c, "bad blob: the model has no operators");
  if (h->input_count == 0 || h->output_count == 0)
    return fail(c, "bad blob: %lu inputs and %lu outputs (at least one of each)", (unsigned long)h->input_count,
                (unsigned long)h->output_count);
  struct { const char *name; uint64_t offset, bytes, align; } sections[] = {
      {"io", h->io_offset, 2ull * ((uint64_t)h->input_count + h->output_count), 2},
      {"tensor", h->tensor_offset, (uint64_t)h->tensor_count * h->tensor_entry_size, 4},
      {"operator", h->op_offset, (uint64_t)h->op_count * h->op_entry_size, 4},
      {"string", h->strings_offset, h->strings_size, 1},
      {"weights", h->weights_offset, h->weights_size, TSB_ALIGN},
  };
  for (size_t i = 0; i < sizeof sections / sizeof sections[0]; ++i) {
    if (sections[i].offset < h->header_size || !in_bounds(sections[i].offset, sections[i].bytes, total))
      return fail(c, "bad blob: %s section [%llu, +%llu) is outside the blob (header %lu, total %llu bytes)",
                  sections[i].name, (unsigned long long)sections[i].offset, (unsigned long long)sections[i].bytes,
                  (unsigned long)h->header_size, (unsigned long long)total);
    if (sections[i].offset % sections[i].align)
      return fail(c, "bad blob: %s section offset %llu is not aligned to %llu", sections[i].name,
                  (unsigned long long)sections[i].offset, (unsigned long long)sections[i].align);
  }
  if (h->strings_size == 0 || blob[h->strings_offset + h->strings_size - 1] != 0)
    return fail(c, "bad blob: the string section does not end with a NUL byte");
  if (h->model_name >= h->strings_size) return fail(c, "bad blob: model_name offset is outside the string section");
  for (uint32_t i = 0; i < h->input_count + h->output_count; ++i) {
    const uint8_t *p = blob + h->io_offset + 2u * i;
    uint32_t id = (uint32_t)(p[0] | (p[1] << 8));
    if (id >= h->tensor_count)
      return fail(c, "bad blob: %s %lu names tensor %lu, the blob has %lu tensors",
                  i < h->input_count ? "input" : "output",
                  (unsigned long)(i < h->input_count ? i : i - h->input_count), (unsigned long)id,
                  (unsigned long)h->tensor_count);
  }
  return 0;
}

static int check_tensor(const checker *c, uint32_t id)
{
  const tsrt_model *m = c->m;
  const tsb_header *h = m->header;
  const tsb_tensor *t = tsrt_tensor(m, id);
  int size = dtype_size(t->dtype);
  if (!size) return fail(c, "bad blob: tensor %lu has unknown dtype %u", (unsigned long)id, (unsigned)t->dtype);
  if (t->rank > TSB_MAX_DIMS) return fail(c, "bad blob: tensor %lu has rank %u (max 4)", (unsigned long)id, t->rank);
  if (t->name >= h->strings_size) return fail(c, "bad blob: tensor %lu name offset is outside the string section", (unsigned long)id);
  uint64_t elements = 1;
  for (int d = 0; d < TSB_MAX_DIMS; ++d) {
    if (t->dims[d] < 1 || t->dims[d] > 0xFFFFFF)
      return fail(c, "bad blob: tensor %lu '%s' dimension %d is %ld (1..16777215)", (unsigned long)id,
                  tsrt_string(m, t->name), d, (long)t->dims[d]);
    elements *= (uint64_t)t->dims[d];
  }
  if (elements * (uint64_t)size > 0x7FFFFFFFu)
    return fail(c, "bad blob: tensor %lu '%s' is larger than 2 GiB", (unsigned long)id, tsrt_string(m, t->name));
  if (elements * (uint64_t)size != t->bytes)
    return fail(c, "bad blob: tensor %lu '%s' is %lu bytes, its shape and type make %llu", (unsigned long)id,
                tsrt_string(m, t->name), (unsigned long)t->bytes, (unsigned long long)(elements * size));
  if (t->offset % (uint32_t)size)
    return fail(c, "bad blob: tensor %lu '%s' offset %lu is not aligned to its %d-byte elements", (unsigned long)id,
                tsrt_string(m, t->name), (unsigned long)t->offset, size);
  if (t->location == TSB_LOC_ARENA) {
    if (!in_bounds(t->offset, t->bytes, h->arena_size))
      return fail(c, "bad blob: tensor %lu '%s' [%lu, +%lu) is outside the %lu-byte arena", (unsigned long)id,
                  tsrt_string(m, t->name), (unsigned long)t->offset, (unsigned long)t->bytes,
                  (unsigned long)h->arena_size);
  } else if (t->location == TSB_LOC_WEIGHTS) {
    if (!in_bounds(t->offset, t->bytes, h->weights_size))
      return fail(c, "bad blob: tensor %lu '%s' [%lu, +%lu) is outside the %lu-byte weights section",
                  (unsigned long)id, tsrt_string(m, t->name), (unsigned long)t->offset, (unsigned long)t->bytes,
                  (unsigned long)h->weights_size);
  } else {
    return fail(c, "bad blob: tensor %lu '%s' has unknown location %u", (unsigned long)id, tsrt_string(m, t->name),
                (unsigned)t->location);
  }
  return 0;
}

/* Per-operator checks. `name` is the operator's region name for messages. */
typedef struct op_check {
  const checker *c;
  const tsb_op *op;
  const char *name;
  const tsb_tensor *in[TSB_MAX_INPUTS];
  const tsb_tensor *out;
} op_check;

static int op_fail(const op_check *o, const char *what)
{
  return fail(o->c, "bad blob: operator %s: %s", o->name, what);
}

static int64_t elements(const tsb_tensor *t)
{
  return (int64_t)t->dims[0] * t->dims[1] * t->dims[2] * t->dims[3];
}

static int same_dims(const tsb_tensor *a, const tsb_tensor *b)
{
  return a->dims[0] == b->dims[0] && a->dims[1] == b->dims[1] && a->dims[2] == b->dims[2] && a->dims[3] == b->dims[3];
}

static int shift_ok(int32_t s) { return s >= -31 && s <= 30; }

/* An int32[count] array at `offset` of the weights section. */
static const int32_t *weights_array(const op_check *o, uint32_t offset, uint64_t count)
{
  const tsb_header *h = o->c->m->header;
  if (offset % 4 || !in_bounds(offset, count * 4u, h->weights_size)) return 0;
  return (const int32_t *)(const void *)(o->c->m->weights + offset);
}

static int check_requant_arrays(const op_check *o, uint32_t mult_off, uint32_t shift_off, int32_t channels)
{
  const int32_t *mult = weights_array(o, mult_off, (uint64_t)channels);
  const int32_t *shift = weights_array(o, shift_off, (uint64_t)channels);
  if (!mult || !shift) return op_fail(o, "per-channel multiplier/shift arrays are outside the weights section");
  for (int32_t i = 0; i < channels; ++i) {
    if (mult[i] < 0) return op_fail(o, "negative per-channel multiplier");
    if (!shift_ok(shift[i])) return op_fail(o, "per-channel shift outside [-31, 30]");
  }
  return 0;
}

static int check_spatial(const op_check *o, int32_t stride_h, int32_t stride_w, int32_t pad_top, int32_t pad_left)
{
  if (stride_h < 1 || stride_w < 1 || stride_h > 0xFFFF || stride_w > 0xFFFF)
    return op_fail(o, "strides must be 1..65535");
  if (pad_top < 0 || pad_left < 0 || pad_top > 0xFFFF || pad_left > 0xFFFF)
    return op_fail(o, "padding offsets must be 0..65535");
  return 0;
}

/* The input coordinates a window operator computes stay far from int32 limits. */
static int check_extent(const op_check *o, const tsb_tensor *out, int32_t stride_h, int32_t stride_w, int64_t window_h,
                        int64_t window_w)
{
  const int64_t limit = (int64_t)1 << 30;
  if ((int64_t)(out->dims[1] - 1) * stride_h + window_h > limit ||
      (int64_t)(out->dims[2] - 1) * stride_w + window_w > limit)
    return op_fail(o, "output size, stride and window reach past 2^30 input rows or columns");
  return 0;
}

/* Offsets are negated int8 input zero points ([-127, 128]) or int8 output
 * zero points ([-128, 127]); bounding them keeps every product in the
 * kernels inside int32. */
static int check_offsets(const op_check *o, int32_t in1, int32_t in2, int32_t out)
{
  if (in1 < -127 || in1 > 128 || in2 < -127 || in2 > 128)
    return op_fail(o, "input offsets must be negated int8 zero points (-127..128)");
  if (out < -128 || out > 127) return op_fail(o, "output offset must be an int8 zero point (-128..127)");
  return 0;
}

static int zero_point_ok(int32_t z) { return z >= -128 && z <= 127; }

static int check_act(const op_check *o, int32_t lo, int32_t hi)
{
  if (lo < -128 || hi > 127 || lo > hi) return op_fail(o, "activation range must satisfy -128 <= min <= max <= 127");
  return 0;
}

static int check_broadcast(const op_check *o, const tsb_broadcast *bc)
{
  if (!bc->broadcast) {
    if (elements(o->in[0]) != elements(o->out) || elements(o->in[1]) != elements(o->out))
      return op_fail(o, "inputs and output differ in size but broadcasting is off");
    return 0;
  }
  const int32_t *strides[2] = {bc->in1_strides, bc->in2_strides};
  for (int k = 0; k < 2; ++k) {
    int64_t last = 0;
    for (int d = 0; d < TSB_MAX_DIMS; ++d) {
      if (strides[k][d] < 0) return op_fail(o, "negative broadcast stride");
      last += (int64_t)(o->out->dims[d] - 1) * strides[k][d];
    }
    if (last >= elements(o->in[k])) return op_fail(o, "broadcast strides reach past an input");
  }
  return 0;
}

static int check_op(const checker *c, uint32_t index, const tsk_kernel_table *kernels)
{
  const tsrt_model *m = c->m;
  const tsb_header *h = m->header;
  const tsb_op *op = tsrt_op(m, index);
  op_check o;
  char label[48];
  memset(&o, 0, sizeof o);
  o.c = c;
  o.op = op;
  if (op->name < h->strings_size) {
    o.name = tsrt_string(m, op->name);
  } else {
    snprintf(label, sizeof label, "#%lu", (unsigned long)index);
    o.name = label;
    return op_fail(&o, "name offset is outside the string section");
  }
  if (op->engine != TSB_ENGINE_CPU) return op_fail(&o, "engine is not the CPU (this firmware has no accelerator driver)");
  if (!tsk_lookup(kernels, op->kind)) return op_fail(&o, "unsupported operator kind");
  if (op->input_count < 1 || op->input_count > TSB_MAX_INPUTS || op->output_count != 1)
    return op_fail(&o, "needs 1..8 inputs and exactly 1 output");
  for (uint32_t i = 0; i < op->input_count; ++i) {
    uint32_t id = op->inputs[i];
    if (id == TSB_NO_TENSOR) continue;
    if (id >= h->tensor_count) return op_fail(&o, "an input names a tensor that does not exist");
    o.in[i] = tsrt_tensor(m, id);
  }
  if (op->outputs[0] >= h->tensor_count) return op_fail(&o, "the output names a tensor that does not exist");
  o.out = tsrt_tensor(m, op->outputs[0]);
  if (o.out->location != TSB_LOC_ARENA) return op_fail(&o, "the output is not in the arena");
  if (op->scratch_bytes && !in_bounds(op->scratch_offset, op->scratch_bytes, h->arena_size))
    return op_fail(&o, "scratch buffer is outside the arena");
  /* Required inputs: all but the optional bias (input 2 of conv/fc). */
  const int has_bias_slot = op->kind == TSB_OP_CONV_2D || op->kind == TSB_OP_DEPTHWISE_CONV_2D ||
                            op->kind == TSB_OP_FULLY_CONNECTED;
  for (uint32_t i = 0; i < op->input_count; ++i)
    if (!o.in[i] && !(has_bias_slot && i == 2)) return op_fail(&o, "a required input is missing");
  /* Inputs are int8 (except biases), outputs int8 (except DEQUANTIZE). */
  for (uint32_t i = 0; i < op->input_count; ++i) {
    if (!o.in[i]) continue;
    uint32_t want = has_bias_slot && i == 2 ? TSB_DTYPE_INT32 : TSB_DTYPE_INT8;
    if (o.in[i]->dtype != want) return op_fail(&o, i == 2 && has_bias_slot ? "bias must be int32" : "inputs must be int8");
  }
  if (o.out->dtype != (op->kind == TSB_OP_DEQUANTIZE ? TSB_DTYPE_FLOAT32 : TSB_DTYPE_INT8))
    return op_fail(&o, op->kind == TSB_OP_DEQUANTIZE ? "output must be float32" : "output must be int8");
  /* The planner never lets an operator write over its inputs (RESHAPE aliases). */
  if (op->kind != TSB_OP_RESHAPE) {
    for (uint32_t i = 0; i < op->input_count; ++i) {
      const tsb_tensor *t = o.in[i];
      if (!t || t->location != TSB_LOC_ARENA) continue;
      if (t->offset < o.out->offset + o.out->bytes && o.out->offset < t->offset + t->bytes)
        return op_fail(&o, "the output overlaps an input in the arena");
    }
  }

  const tsb_tensor *in = o.in[0], *out = o.out;
  switch (op->kind) {
    case TSB_OP_CONV_2D:
    case TSB_OP_DEPTHWISE_CONV_2D: {
      const tsb_conv_params *p = &op->params.conv;
      const tsb_tensor *f = o.in[1];
      if (op->input_count < 2 || op->input_count > 3) return op_fail(&o, "needs input, filter and optional bias");
      if (check_spatial(&o, p->stride_h, p->stride_w, p->pad_top, p->pad_left)) return -1;
      if (p->dilation_h < 1 || p->dilation_w < 1 || p->dilation_h > 0xFFFF || p->dilation_w > 0xFFFF)
        return op_fail(&o, "dilation must be 1..65535");
      if (check_act(&o, p->act_min, p->act_max)) return -1;
      if (check_offsets(&o, p->input_offset, 0, p->output_offset)) return -1;
      if (check_extent(&o, out, p->stride_h, p->stride_w, (int64_t)(f->dims[1] - 1) * p->dilation_h + 1,
                       (int64_t)(f->dims[2] - 1) * p->dilation_w + 1))
        return -1;
      const int32_t channels = out->dims[3];
      if (out->dims[0] != in->dims[0]) return op_fail(&o, "output batch differs from input batch");
      if (op->kind == TSB_OP_CONV_2D) {
        if (f->dims[0] != channels) return op_fail(&o, "filter output channels differ from the output's depth");
        if (in->dims[3] % f->dims[3]) return op_fail(&o, "input depth is not a multiple of the filter depth");
        const int32_t groups = in->dims[3] / f->dims[3];
        if (channels % groups) return op_fail(&o, "output depth is not a multiple of the group count");
      } else {
        if (p->depth_multiplier < 1) return op_fail(&o, "depth_multiplier must be >= 1");
        if (f->dims[0] != 1 || f->dims[3] != channels ||
            (int64_t)in->dims[3] * p->depth_multiplier != channels)
          return op_fail(&o, "filter must be {1, H, W, input depth * depth_multiplier = output depth}");
      }
      if (o.in[2] && elements(o.in[2]) != channels) return op_fail(&o, "bias length differs from the output depth");
      return check_requant_arrays(&o, p->multiplier_array, p->shift_array, channels);
    }
    case TSB_OP_FULLY_CONNECTED: {
      const tsb_fc_params *p = &op->params.fc;
      const tsb_tensor *f = o.in[1];
      if (op->input_count < 2 || op->input_count > 3) return op_fail(&o, "needs input, weights and optional bias");
      if (check_act(&o, p->act_min, p->act_max)) return -1;
      if (check_offsets(&o, p->input_offset, p->filter_offset, p->output_offset)) return -1;
      if (f->dims[0] != 1 || f->dims[1] != 1) return op_fail(&o, "weights must be 2-D {outputs, depth}");
      const int32_t depth = f->dims[3], channels = f->dims[2];
      if (elements(in) % depth) return op_fail(&o, "input size is not a multiple of the weights' depth");
      if (elements(out) != elements(in) / depth * channels) return op_fail(&o, "output size is not batches * outputs");
      if (o.in[2] && elements(o.in[2]) != channels) return op_fail(&o, "bias length differs from the output count");
      return check_requant_arrays(&o, p->multiplier_array, p->shift_array, channels);
    }
    case TSB_OP_AVERAGE_POOL_2D:
    case TSB_OP_MAX_POOL_2D: {
      const tsb_pool_params *p = &op->params.pool;
      if (op->input_count != 1) return op_fail(&o, "needs exactly one input");
      if (check_spatial(&o, p->stride_h, p->stride_w, p->pad_top, p->pad_left)) return -1;
      if (p->filter_h < 1 || p->filter_w < 1 || p->filter_h > 0xFFFF || p->filter_w > 0xFFFF)
        return op_fail(&o, "filter size must be 1..65535");
      if ((int64_t)p->filter_h * p->filter_w > ((int64_t)1 << 23))
        return op_fail(&o, "pooling window larger than 2^23 elements");
      if (check_act(&o, p->act_min, p->act_max)) return -1;
      if (check_extent(&o, out, p->stride_h, p->stride_w, p->filter_h, p->filter_w)) return -1;
      if (out->dims[0] != in->dims[0] || out->dims[3] != in->dims[3])
        return op_fail(&o, "output batch and depth must equal the input's");
      return 0;
    }
    case TSB_OP_ADD: {
      const tsb_add_params *p = &op->params.add;
      if (op->input_count != 2) return op_fail(&o, "needs two inputs");
      if (check_act(&o, p->act_min, p->act_max)) return -1;
      if (check_offsets(&o, p->input1_offset, p->input2_offset, p->output_offset)) return -1;
      if (p->left_shift < 0 || p->left_shift > 30) return op_fail(&o, "left_shift must be 0..30");
      if (p->input1_shift > 0 || p->input2_shift > 0 || p->output_shift > 0 || p->input1_shift < -31 ||
          p->input2_shift < -31 || p->output_shift < -31)
        return op_fail(&o, "ADD shifts must be in [-31, 0] (multipliers smaller than one)");
      return check_broadcast(&o, &p->bcast);
    }
    case TSB_OP_MUL: {
      const tsb_mul_params *p = &op->params.mul;
      if (op->input_count != 2) return op_fail(&o, "needs two inputs");
      if (check_act(&o, p->act_min, p->act_max)) return -1;
      if (check_offsets(&o, p->input1_offset, p->input2_offset, p->output_offset)) return -1;
      if (!shift_ok(p->output_shift)) return op_fail(&o, "output shift outside [-31, 30]");
      return check_broadcast(&o, &p->bcast);
    }
    case TSB_OP_SOFTMAX: {
      const tsb_softmax_params *p = &op->params.softmax;
      if (op->input_count != 1 || !same_dims(in, out)) return op_fail(&o, "input and output shapes must match");
      if (p->input_left_shift < 0 || p->input_left_shift > 30) return op_fail(&o, "input_left_shift must be 0..30");
      if (p->diff_min > 0) return op_fail(&o, "diff_min must be <= 0");
      if (p->input_multiplier < 0) return op_fail(&o, "input_multiplier must be >= 0");
      return 0;
    }
    case TSB_OP_LOGISTIC: {
      const tsb_logistic_params *p = &op->params.logistic;
      if (op->input_count != 1 || elements(in) != elements(out)) return op_fail(&o, "input and output sizes must match");
      if (!shift_ok(p->input_left_shift)) return op_fail(&o, "input_left_shift outside [-31, 30]");
      if (p->input_range_radius < 0) return op_fail(&o, "input_range_radius must be >= 0");
      if (!zero_point_ok(p->input_zero_point)) return op_fail(&o, "input zero point outside int8");
      return 0;
    }
    case TSB_OP_QUANTIZE: {
      const tsb_requantize_params *p = &op->params.requantize;
      if (op->input_count != 1 || elements(in) != elements(out)) return op_fail(&o, "input and output sizes must match");
      if (!shift_ok(p->shift)) return op_fail(&o, "shift outside [-31, 30]");
      if (!zero_point_ok(p->input_zero_point) || !zero_point_ok(p->output_zero_point))
        return op_fail(&o, "zero points outside int8");
      return 0;
    }
    case TSB_OP_DEQUANTIZE: {
      if (op->input_count != 1 || elements(in) != elements(out)) return op_fail(&o, "input and output sizes must match");
      if (!weights_array(&o, op->params.dequantize.table_array, 256)) return op_fail(&o, "table is outside the weights section");
      return 0;
    }
    case TSB_OP_RESHAPE:
      if (op->input_count != 1 || in->bytes != out->bytes) return op_fail(&o, "input and output sizes must match");
      return 0;
    case TSB_OP_PAD: {
      const tsb_pad_params *p = &op->params.pad;
      if (op->input_count != 1) return op_fail(&o, "needs exactly one input");
      for (int d = 0; d < TSB_MAX_DIMS; ++d)
        if (p->before[d] < 0 || p->after[d] < 0 ||
            (int64_t)in->dims[d] + p->before[d] + p->after[d] != out->dims[d])
          return op_fail(&o, "output dims must be input dims + padding before + after (paddings >= 0)");
      if (!zero_point_ok(p->pad_value)) return op_fail(&o, "pad value outside int8");
      return 0;
    }
    case TSB_OP_CONCATENATION: {
      const int32_t axis = op->params.concat.axis;
      if (axis < 0 || axis >= TSB_MAX_DIMS) return op_fail(&o, "axis must be 0..3");
      int64_t sum = 0;
      for (uint32_t i = 0; i < op->input_count; ++i) {
        for (int d = 0; d < TSB_MAX_DIMS; ++d)
          if (d != axis && o.in[i]->dims[d] != out->dims[d])
            return op_fail(&o, "inputs must match the output outside the axis");
        sum += o.in[i]->dims[axis];
      }
      if (sum != out->dims[axis]) return op_fail(&o, "input sizes along the axis do not add up to the output's");
      for (uint32_t i = 0; i < op->input_count; ++i) {
        uint32_t table = op->params.concat.table_array[i];
        if (table != TSB_NO_TABLE && !in_bounds(table, 256, h->weights_size))
          return op_fail(&o, "an input's requantisation table is outside the weights section");
      }
      return 0;
    }
    case TSB_OP_MEAN: {
      const tsb_mean_params *p = &op->params.mean;
      if (op->input_count != 1) return op_fail(&o, "needs exactly one input");
      if (p->axis_mask < 1 || p->axis_mask > 15) return op_fail(&o, "axis_mask must select 1..4 dimensions");
      int64_t kept = 1, reduced = 1;
      for (int d = 0; d < TSB_MAX_DIMS; ++d) {
        if ((p->axis_mask >> d) & 1) reduced *= in->dims[d];
        else kept *= in->dims[d];
      }
      if (kept != elements(out)) return op_fail(&o, "output size differs from the input's unreduced dimensions");
      if (reduced != p->count) return op_fail(&o, "count differs from the number of reduced elements");
      if (!shift_ok(p->shift)) return op_fail(&o, "shift outside [-31, 30]");
      if (!zero_point_ok(p->input_zero_point) || !zero_point_ok(p->output_zero_point))
        return op_fail(&o, "zero points outside int8");
      return 0;
    }
    default:
      return op_fail(&o, "unsupported operator kind");
  }
}

int tsrt_open(tsrt_model *m, const void *blob, uint32_t available, void *arena, uint32_t options, char *err,
              size_t err_size)
{
  checker c = {m, err, err_size};
  memset(m, 0, sizeof *m);
  m->blob = (const uint8_t *)blob;
  if (!blob || ((uintptr_t)blob % 4)) return fail(&c, "bad blob: address %p is not 4-byte aligned", blob);
  if (available && available < sizeof(tsb_header))
    return fail(&c, "bad blob: %lu bytes is smaller than the header", (unsigned long)available);
  m->header = (const tsb_header *)blob;
  if (check_header(&c, m->header, available, options)) return -1;
  m->weights = m->blob + m->header->weights_offset;
  m->arena = arena ? (uint8_t *)arena : (uint8_t *)(uintptr_t)m->header->arena_base;
  for (uint32_t i = 0; i < m->header->tensor_count; ++i)
    if (check_tensor(&c, i)) return -1;
  for (uint32_t i = 0; i < m->header->input_count + m->header->output_count; ++i) {
    const tsb_tensor *t = tsrt_tensor(m, io_id(m, i));
    if (t->location != TSB_LOC_ARENA) return fail(&c, "bad blob: graph input/output '%s' is not in the arena", tsrt_string(m, t->name));
  }
  for (uint32_t i = 0; i < m->header->op_count; ++i)
    if (check_op(&c, i, &tsk_kernels_c)) return -1;
  return 0;
}

/* ------------------------------------------------------------------------ */
/* Execution                                                                 */

int tsrt_run(const tsrt_model *m, const tsk_kernel_table *kernels, const tsrt_hooks *hooks, char *err,
             size_t err_size)
{
  checker c = {m, err, err_size};
  for (uint32_t i = 0; i < m->header->op_count; ++i) {
    const tsb_op *op = tsrt_op(m, i);
    tsk_op_args a;
    memset(&a, 0, sizeof a);
    a.op = op;
    a.input_count = op->input_count;
    a.output_count = op->output_count;
    for (uint32_t k = 0; k < op->input_count; ++k) {
      if (op->inputs[k] == TSB_NO_TENSOR) continue;
      a.in[k].t = tsrt_tensor(m, op->inputs[k]);
      a.in[k].data = tsrt_tensor_data(m, a.in[k].t);
    }
    for (uint32_t k = 0; k < op->output_count; ++k) {
      a.out[k].t = tsrt_tensor(m, op->outputs[k]);
      a.out[k].data = tsrt_tensor_data(m, a.out[k].t);
    }
    switch (op->kind) {
      case TSB_OP_CONV_2D:
      case TSB_OP_DEPTHWISE_CONV_2D:
        a.multipliers = (const int32_t *)(const void *)(m->weights + op->params.conv.multiplier_array);
        a.shifts = (const int32_t *)(const void *)(m->weights + op->params.conv.shift_array);
        break;
      case TSB_OP_FULLY_CONNECTED:
        a.multipliers = (const int32_t *)(const void *)(m->weights + op->params.fc.multiplier_array);
        a.shifts = (const int32_t *)(const void *)(m->weights + op->params.fc.shift_array);
        break;
      case TSB_OP_DEQUANTIZE:
        a.table = (const uint32_t *)(const void *)(m->weights + op->params.dequantize.table_array);
        break;
      case TSB_OP_CONCATENATION:
        for (uint32_t k = 0; k < op->input_count; ++k)
          if (op->params.concat.table_array[k] != TSB_NO_TABLE)
            a.tables[k] = (const int8_t *)(m->weights + op->params.concat.table_array[k]);
        break;
      default: break;
    }
    if (op->scratch_bytes) {
      a.scratch = m->arena + op->scratch_offset;
      a.scratch_bytes = op->scratch_bytes;
    }
    tsk_kernel_fn fn = tsk_lookup(kernels, op->kind);
    if (!fn) fn = tsk_lookup(&tsk_kernels_c, op->kind);
    const char *name = tsrt_string(m, op->name);
    if (hooks && hooks->op_begin) hooks->op_begin(name, hooks->ctx);
    int status = fn(&a);
    if (hooks && hooks->op_end) hooks->op_end(hooks->ctx);
    if (status != TSK_OK)
      return fail(&c, "operator %s failed in the '%s' kernels: %s", name, kernels->flavour,
                  status == TSK_ERR_EMPTY_WINDOW ? "pooling window with no input element"
                  : status == TSK_ERR_SCRATCH    ? "scratch buffer too small"
                  : status == TSK_ERR_UNSUPPORTED ? "unsupported parameters"
                  : status == TSK_ERR_RANGE       ? "a value left the range of TFLite's arithmetic"
                                                  : "error");
  }
  return 0;
}
