// Validation of a Model: what the int8 interpreter and the compiler may take
// for granted. The .tflite reader runs it on every file it reads and the
// writer on every model it writes, so a bad model stops there, with a message
// naming the operator or tensor, instead of deep in a kernel.
//
// Checked: every tensor (shape dimensions >= 1, size limits, constant data of
// exactly the tensor's size, quantisation vectors consistent with the shape);
// the graph (indices in range, operators in execution order: a non-constant
// operator input is a graph input or the output of an earlier operator, each
// tensor written once); every supported operator's arity, tensor types,
// ranks, shapes (output shapes recomputed from the options; CONV_2D may be
// grouped: input depth a multiple of the filter depth) and the
// quantisation its int8 kernel needs (per-tensor activations, symmetric
// per-channel or per-tensor weights, int32 biases, pools/reshape/pad keeping
// their input's quantisation, softmax/logistic output scale 1/256 zero point
// -128 as TFLite's int8 kernels require).
#pragma once

#include <cstdint>
#include <vector>

#include "workloads/compiler/ir/model_error.h"
#include "workloads/compiler/ir/model_ir.h"

namespace tinysim::model {

// Throws ModelError describing the first problem found.
void check_model(const Model& m);

// Largest tensor check_model accepts, in elements: int32 indexing stays safe
// in kernels and a damaged shape cannot make a consumer allocate gigabytes.
inline constexpr int64_t kMaxTensorElements = int64_t{1} << 28;

// Output size of a convolution or pooling window along one axis (TFLite's
// rule), or -1 when a VALID window does not fit the input.
int64_t window_output_size(int64_t in, int64_t filter, int64_t stride, int64_t dilation,
                           Padding padding);

// Zero rows/columns added before the input along one axis (SAME padding puts
// the odd one after, as TFLite does); 0 for VALID.
int64_t window_padding_before(int64_t in, int64_t out, int64_t filter, int64_t stride,
                              int64_t dilation, Padding padding);

// Numpy-style broadcast of two shapes (ADD, MUL); false when they do not broadcast.
bool broadcast_shapes(const std::vector<int32_t>& a, const std::vector<int32_t>& b,
                      std::vector<int32_t>& out);

}  // namespace tinysim::model
