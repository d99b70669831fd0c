/* Compiles workloads/compiler/quant/fixed_point.h as C99 (the language of
 * the firmware kernels) and exports a few entry points, so a test can check
 * that the C build computes exactly what the C++ build computes. */
#include "workloads/compiler/quant/fixed_point.h"

int32_t tsq_c_multiply_by_quantized_multiplier(int32_t x, int32_t m, int shift) {
  return tsq_multiply_by_quantized_multiplier(x, m, shift);
}

int32_t tsq_c_exp_on_negative_values(int32_t a, int integer_bits) {
  return tsq_exp_on_negative_values(a, integer_bits);
}

int8_t tsq_c_logistic_int8(int8_t x, int32_t zp, int32_t radius, int32_t m, int32_t shift) {
  return tsq_logistic_int8(x, zp, radius, m, shift);
}

int tsq_c_softmax_int8_row(const int8_t* in, int8_t* out, int depth, int32_t m, int32_t shift, int32_t diff_min) {
  return tsq_softmax_int8_row(in, out, depth, m, shift, diff_min);
}

int8_t tsq_c_add_int8(int8_t x, int8_t y, const tsq_add_params* p) { return tsq_add_int8(x, y, p); }

int8_t tsq_c_mul_int8(int8_t x, int8_t y, const tsq_mul_params* p) { return tsq_mul_int8(x, y, p); }
