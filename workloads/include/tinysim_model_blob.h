/*
 * tinysim_model_blob.h - the compiled-model blob: what the host compiler
 * (workloads/compiler/compiler, C++) writes and the firmware runtime
 * (workloads/runtime, C) executes. docs/model-blob.md is the specification;
 * this header is its exact layout.
 *
 * Rules of the format
 *   - Little-endian, fixed-width fields, no pointers: every reference is a
 *     byte offset (from the start of the blob, of the weights section, or of
 *     the arena) or an index into a table.
 *   - Every table says how big its entries are (header.*_entry_size): a reader
 *     steps through a table with the size the blob gives, so a later minor
 *     version may append fields to an entry without breaking older readers.
 *     A new major version is an incompatible layout.
 *   - Everything the firmware needs is precomputed on the host: quantised
 *     multipliers and shifts, activation clamps, padding offsets, broadcast
 *     strides, look-up tables. The firmware never evaluates floating point.
 *   - Alignment: the blob is loaded at a 16-byte aligned address; the tables
 *     and the weights section start at 16-byte aligned offsets; every tensor
 *     and per-channel array in the weights section, and every arena buffer,
 *     starts at a 16-byte aligned offset.
 *
 * Layout of a blob (offsets in the header, sections in this order):
 *
 *   +----------------------+ 0
 *   | tsb_header           |
 *   +----------------------+ header.io_offset
 *   | uint16 io[]          |  input tensor ids, then output tensor ids
 *   +----------------------+ header.tensor_offset
 *   | tsb_tensor[]         |
 *   +----------------------+ header.op_offset
 *   | tsb_op[]             |  in execution order
 *   +----------------------+ header.strings_offset
 *   | NUL-terminated names |  model, tensor and operator names
 *   +----------------------+ header.weights_offset
 *   | weights section      |  constant tensors, per-channel multipliers and
 *   |                      |  shifts, look-up tables
 *   +----------------------+ header.total_size
 *
 * C99 and C++ compatible; depends only on <stdint.h>.
 */
#ifndef TINYSIM_MODEL_BLOB_H
#define TINYSIM_MODEL_BLOB_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------ */
/* Identification                                                            */

#define TSB_MAGIC          0x424D5354u /* bytes 'T','S','M','B' */
#define TSB_VERSION_MAJOR  1u          /* incompatible layout changes */
#define TSB_VERSION_MINOR  0u          /* fields appended at the end of entries */

#define TSB_ALIGN          16u         /* alignment of sections, tensors, buffers */
#define TSB_MAX_DIMS       4           /* shapes are NHWC, right-aligned (see tsb_tensor) */
#define TSB_MAX_INPUTS     8           /* operator inputs (CONCATENATION has the most) */
#define TSB_MAX_OUTPUTS    2
#define TSB_NO_TENSOR      0xFFFFu     /* an absent optional operand (e.g. no bias) */

/* Which engine family the blob was compiled for. The firmware checks that it
 * can execute the blob's backend. */
enum tsb_backend {
  TSB_BACKEND_CORTEX_M = 1, /* every operator runs on the Arm M-profile core */
  /* reserved: 2 = Ethos-U (CPU + NPU command streams), 3 = NDP dataflow engine,
   *           4 = RISC-V cluster */
};

/* Who executes one operator (tsb_op.engine). */
enum tsb_engine {
  TSB_ENGINE_CPU = 0, /* the core, with the kernel flavour chosen at run time */
  /* reserved: 1 = Ethos-U command stream (tsb_op.kind TSB_OP_ETHOS_U), ... */
};

/* Header flags. */
#define TSB_FLAG_CRC_VALID 0x1u /* header.crc32 holds the CRC of the blob */

/* ------------------------------------------------------------------------ */
/* Tensors                                                                   */

enum tsb_dtype {
  TSB_DTYPE_INT8 = 1,
  TSB_DTYPE_INT32 = 2,   /* biases */
  TSB_DTYPE_FLOAT32 = 3, /* only as the output of DEQUANTIZE (bit patterns) */
  TSB_DTYPE_UINT8 = 4,
  TSB_DTYPE_INT16 = 5,
};

enum tsb_location {
  TSB_LOC_ARENA = 1,   /* offset from header.arena_base (read/write RAM) */
  TSB_LOC_WEIGHTS = 2, /* offset from the start of the weights section */
};

/* tsb_tensor.flags */
#define TSB_TENSOR_INPUT       0x1u /* graph input: the host writes it before a run */
#define TSB_TENSOR_OUTPUT      0x2u /* graph output */
#define TSB_TENSOR_CONSTANT    0x4u /* contents are in the weights section */
#define TSB_TENSOR_PER_CHANNEL 0x8u /* per-channel quantised (weights) */

typedef struct tsb_tensor {
  uint8_t dtype;       /* enum tsb_dtype */
  uint8_t location;    /* enum tsb_location */
  uint8_t rank;        /* rank in the source model, 0..4 */
  uint8_t flags;       /* TSB_TENSOR_* */
  /* Shape extended to 4 dimensions by prepending 1s, as TFLite's
   * RuntimeShape::ExtendedShape(4, shape): a [batch, features] tensor is
   * {1, 1, batch, features}; an NHWC activation is {N, H, W, C}; convolution
   * weights are {O, H, W, I}; depthwise weights {1, H, W, C*M}. */
  int32_t dims[TSB_MAX_DIMS];
  int32_t zero_point;  /* per-tensor zero point (0 for per-channel weights) */
  uint32_t offset;     /* byte offset in the arena or the weights section */
  uint32_t bytes;      /* elements * element size */
  uint32_t name;       /* offset of the tensor's name in the string section */
  uint32_t source_index; /* index of the tensor in the source model */
} tsb_tensor;

/* ------------------------------------------------------------------------ */
/* Operators                                                                 */

/* Operator kinds: the values are TFLite's BuiltinOperator codes, so a kind
 * reads the same in a .tflite file, the compiler and the firmware. Kinds of
 * later engines (NPU command streams and the like) use 0x1000 and up. */
enum tsb_op_kind {
  TSB_OP_ADD = 0,
  TSB_OP_AVERAGE_POOL_2D = 1,
  TSB_OP_CONCATENATION = 2,
  TSB_OP_CONV_2D = 3,
  TSB_OP_DEPTHWISE_CONV_2D = 4,
  TSB_OP_DEQUANTIZE = 6,
  TSB_OP_FULLY_CONNECTED = 9,
  TSB_OP_LOGISTIC = 14,
  TSB_OP_MAX_POOL_2D = 17,
  TSB_OP_MUL = 18,
  TSB_OP_RESHAPE = 22,
  TSB_OP_SOFTMAX = 25,
  TSB_OP_PAD = 34,
  TSB_OP_MEAN = 40,
  TSB_OP_QUANTIZE = 114,
  /* reserved: 0x1000 = TSB_OP_ETHOS_U (an Ethos-U command stream) */
};

/* Parameters of each kind. All arithmetic is TFLite's reference int8
 * arithmetic (tensorflow/lite/kernels/internal/reference/integer_ops and
 * TFLite Micro): "offset" fields are the negated input zero points and the
 * output zero point as TFLite passes them to its kernels; a multiplier is a
 * Q31 fixed-point value in [2^30, 2^31) (or 0) and its shift is a power of
 * two exponent (positive = left shift), as made by TFLite's
 * QuantizeMultiplier(). "act_min/act_max" are the fused activation's clamp in
 * the output's quantised domain. Offsets named *_array point into the weights
 * section. */

/* CONV_2D, DEPTHWISE_CONV_2D.
 * inputs: 0 = input {N,H,W,Cin}, 1 = filter, 2 = bias int32[Cout] or none.
 * output = MultiplyByQuantizedMultiplier(acc + bias[c], multiplier[c], shift[c])
 *          + output_offset, clamped to [act_min, act_max], where acc sums
 * (input + input_offset) * filter over the window (filter zero point is 0). */
typedef struct tsb_conv_params {
  int32_t stride_h, stride_w;
  int32_t dilation_h, dilation_w;
  int32_t pad_top, pad_left;   /* as computed by TFLite's ComputePaddingHeightWidth */
  int32_t depth_multiplier;    /* DEPTHWISE_CONV_2D; 1 for CONV_2D */
  int32_t input_offset;        /* -input zero point */
  int32_t output_offset;       /* output zero point */
  int32_t act_min, act_max;
  uint32_t multiplier_array;   /* int32[Cout] */
  uint32_t shift_array;        /* int32[Cout] */
} tsb_conv_params;

/* FULLY_CONNECTED.
 * inputs: 0 = input (flattened to [batches, depth]), 1 = weights {.., .., Cout,
 * depth}, 2 = bias int32[Cout] or none. Per-tensor quantised weights are
 * stored as per-channel arrays with one value repeated. */
typedef struct tsb_fc_params {
  int32_t input_offset;
  int32_t filter_offset;       /* -weights zero point (0 when per-channel) */
  int32_t output_offset;
  int32_t act_min, act_max;
  uint32_t multiplier_array;   /* int32[Cout] */
  uint32_t shift_array;        /* int32[Cout] */
} tsb_fc_params;

/* AVERAGE_POOL_2D, MAX_POOL_2D (input and output share scale and zero point). */
typedef struct tsb_pool_params {
  int32_t stride_h, stride_w;
  int32_t filter_h, filter_w;
  int32_t pad_top, pad_left;
  int32_t act_min, act_max;
} tsb_pool_params;

/* Broadcasting of a binary element-wise operator: the output's 4-D shape is
 * walked in order; input k's element is at sum(index[d] * in_strides[k][d])
 * (stride 0 along a broadcast dimension). When `broadcast` is 0 the inputs
 * and the output have the same number of elements and are walked flat. */
typedef struct tsb_broadcast {
  int32_t broadcast;
  int32_t in1_strides[TSB_MAX_DIMS];
  int32_t in2_strides[TSB_MAX_DIMS];
} tsb_broadcast;

/* ADD (TFLite's int8 Add with left_shift = 20). */
typedef struct tsb_add_params {
  int32_t input1_offset, input2_offset, output_offset;
  int32_t left_shift;
  int32_t input1_multiplier, input1_shift;
  int32_t input2_multiplier, input2_shift;
  int32_t output_multiplier, output_shift;
  int32_t act_min, act_max;
  tsb_broadcast bcast;
} tsb_add_params;

/* MUL. */
typedef struct tsb_mul_params {
  int32_t input1_offset, input2_offset, output_offset;
  int32_t output_multiplier, output_shift;
  int32_t act_min, act_max;
  tsb_broadcast bcast;
} tsb_mul_params;

/* SOFTMAX over the last dimension (TFLite Micro's int8 softmax; the output
 * is int8 with zero point -128 and scale 1/256). */
typedef struct tsb_softmax_params {
  int32_t input_multiplier;
  int32_t input_left_shift;
  int32_t diff_min;
} tsb_softmax_params;

/* LOGISTIC (TFLite's reference_integer_ops::Logistic; output zero point -128,
 * scale 1/256). */
typedef struct tsb_logistic_params {
  int32_t input_zero_point;
  int32_t input_range_radius;
  int32_t input_multiplier;
  int32_t input_left_shift;
} tsb_logistic_params;

/* PAD (constant padding with the output zero point), on the 4-D shapes. */
typedef struct tsb_pad_params {
  int32_t before[TSB_MAX_DIMS];
  int32_t after[TSB_MAX_DIMS];
  int32_t pad_value;
} tsb_pad_params;

/* CONCATENATION along `axis` of the 4-D shapes. An input quantised like the
 * output is copied; another one goes through a 256-entry int8 table built on
 * the host (TFLite's ConcatenationWithScaling result for every input value,
 * index = value + 128). */
#define TSB_NO_TABLE 0xFFFFFFFFu
typedef struct tsb_concat_params {
  int32_t axis;
  uint32_t table_array[TSB_MAX_INPUTS]; /* int8[256] per input, or TSB_NO_TABLE */
} tsb_concat_params;

/* MEAN over the dimensions whose bit is set in axis_mask (bit d = dimension d
 * of the 4-D input shape), TFLite's integer QuantizedMeanOrSum:
 *   acc = sum(input - input_zero_point) over the `count` reduced elements;
 *   output = MultiplyByQuantizedMultiplier(acc, multiplier, shift)
 *            + output_zero_point, clamped to int8,
 * the division by `count` being folded into multiplier/shift on the host. */
typedef struct tsb_mean_params {
  int32_t axis_mask;
  int32_t count;               /* elements reduced into each output */
  int32_t input_zero_point, output_zero_point;
  int32_t multiplier, shift;
} tsb_mean_params;

/* QUANTIZE int8 -> int8 (TFLite's Requantize). */
typedef struct tsb_requantize_params {
  int32_t input_zero_point, output_zero_point;
  int32_t multiplier, shift;
} tsb_requantize_params;

/* DEQUANTIZE int8 -> float32: a 256-entry table of the IEEE-754 bit patterns
 * TFLite produces for each input value (index = input + 128), built on the
 * host, so the firmware only copies words. */
typedef struct tsb_dequantize_params {
  uint32_t table_array;        /* uint32[256] */
} tsb_dequantize_params;

#define TSB_PARAMS_WORDS 28

typedef union tsb_op_params {
  tsb_conv_params conv;
  tsb_fc_params fc;
  tsb_pool_params pool;
  tsb_add_params add;
  tsb_mul_params mul;
  tsb_softmax_params softmax;
  tsb_logistic_params logistic;
  tsb_pad_params pad;
  tsb_concat_params concat;
  tsb_mean_params mean;
  tsb_requantize_params requantize;
  tsb_dequantize_params dequantize;
  uint32_t words[TSB_PARAMS_WORDS];  /* fixes the size; unused words are 0 */
} tsb_op_params;

typedef struct tsb_op {
  uint16_t kind;          /* enum tsb_op_kind */
  uint16_t engine;        /* enum tsb_engine */
  uint16_t kernel;        /* engine-specific kernel variant; 0 = generic */
  uint8_t input_count;    /* <= TSB_MAX_INPUTS */
  uint8_t output_count;   /* <= TSB_MAX_OUTPUTS */
  uint16_t inputs[TSB_MAX_INPUTS];   /* tensor ids; TSB_NO_TENSOR = absent */
  uint16_t outputs[TSB_MAX_OUTPUTS];
  uint32_t name;          /* string offset: "L<index>_<KIND>", the region name */
  uint32_t source_index;  /* index of the operator in the source model */
  uint32_t macs_lo, macs_hi; /* multiply-accumulates (64-bit, split to keep 4-byte alignment) */
  uint32_t scratch_offset;   /* arena offset of the operator's scratch buffer */
  uint32_t scratch_bytes;    /* 0 = none */
  tsb_op_params params;
} tsb_op;

/* ------------------------------------------------------------------------ */
/* Header                                                                    */

typedef struct tsb_header {
  uint32_t magic;            /* TSB_MAGIC */
  uint16_t version_major;    /* TSB_VERSION_MAJOR */
  uint16_t version_minor;    /* TSB_VERSION_MINOR */
  uint32_t header_size;      /* sizeof(tsb_header) of the writer */
  uint32_t total_size;       /* bytes of the whole blob */
  uint32_t backend;          /* enum tsb_backend */
  uint32_t flags;            /* TSB_FLAG_* */
  uint32_t crc32;            /* CRC-32 (IEEE 802.3) of the whole blob with this field 0 */
  uint32_t load_address;     /* where the compiler placed the blob (informative:
                                the weights are found relative to the blob) */
  uint32_t weights_address;  /* load_address + weights_offset */
  uint32_t arena_base;       /* absolute address of the arena (read/write RAM) */
  uint32_t arena_size;       /* bytes of arena the model needs */
  uint32_t io_offset;        /* uint16[input_count + output_count] */
  uint32_t input_count;
  uint32_t output_count;
  uint32_t tensor_offset;
  uint32_t tensor_count;
  uint32_t tensor_entry_size;
  uint32_t op_offset;
  uint32_t op_count;
  uint32_t op_entry_size;
  uint32_t strings_offset;
  uint32_t strings_size;
  uint32_t weights_offset;
  uint32_t weights_size;
  uint32_t model_name;       /* string offset */
  uint32_t total_macs_lo, total_macs_hi;
  uint32_t reserved[5];      /* 0 */
} tsb_header;

/* ------------------------------------------------------------------------ */
/* Layout checks: the host (x86-64, AArch64) and the firmware (Arm EABI) must
 * agree byte for byte. */

#if defined(__cplusplus)
#define TSB_STATIC_ASSERT(cond, msg) static_assert(cond, msg)
#else
#define TSB_STATIC_ASSERT(cond, msg) _Static_assert(cond, msg)
#endif

TSB_STATIC_ASSERT(sizeof(tsb_tensor) == 40, "tsb_tensor layout");
TSB_STATIC_ASSERT(sizeof(tsb_conv_params) == 52, "tsb_conv_params layout");
TSB_STATIC_ASSERT(sizeof(tsb_add_params) == 84, "tsb_add_params layout");
TSB_STATIC_ASSERT(sizeof(tsb_op_params) == 4 * TSB_PARAMS_WORDS, "tsb_op_params layout");
TSB_STATIC_ASSERT(sizeof(tsb_op) == 164, "tsb_op layout");
TSB_STATIC_ASSERT(sizeof(tsb_header) == 128, "tsb_header layout");

#ifdef __cplusplus
}
#endif

#endif /* TINYSIM_MODEL_BLOB_H */
