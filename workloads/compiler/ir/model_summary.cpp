#include "workloads/compiler/ir/model_summary.h"

#include <cstdio>
#include <cstring>
#include <map>
#include <sstream>

namespace tinysim::model {

int64_t model_macs(const Model& m) {
  int64_t total = 0;
  for (const Operator& op : m.ops) total += op_macs(m, op);
  return total;
}

int64_t model_parameter_bytes(const Model& m) {
  int64_t total = 0;
  for (const Tensor& t : m.tensors)
    if (t.is_constant()) total += static_cast<int64_t>(t.data.size());
  return total;
}

namespace {

std::string shape_text(const Model& m, int32_t index) {
  if (index < 0 || index >= static_cast<int32_t>(m.tensors.size())) return "-";
  const Tensor& t = m.tensors[index];
  std::string s;
  for (size_t i = 0; i < t.shape.size(); ++i) {
    if (i) s += 'x';
    s += std::to_string(t.shape[i]);
  }
  return s.empty() ? "scalar" : s;
}

const char* activation_text(Activation a) {
  switch (a) {
    case Activation::None: return "";
    case Activation::Relu: return "RELU";
    case Activation::ReluN1To1: return "RELU_N1_TO_1";
    case Activation::Relu6: return "RELU6";
  }
  return "?";
}

std::string options_text(const Model& m, const Operator& op) {
  const OpOptions& o = op.opt;
  const char* pad = o.padding == Padding::Same ? "SAME" : "VALID";
  char buf[128] = "";
  auto filter_dims = [&](int& kh, int& kw) {
    kh = kw = 0;
    if (op.inputs.size() > 1 && op.inputs[1] >= 0 && op.inputs[1] < static_cast<int32_t>(m.tensors.size())) {
      const auto& s = m.tensors[op.inputs[1]].shape;
      if (s.size() == 4) kh = s[1], kw = s[2];
    }
  };
  switch (op.type) {
    case OpType::Conv2D:
    case OpType::DepthwiseConv2D: {
      int kh, kw;
      filter_dims(kh, kw);
      std::snprintf(buf, sizeof buf, "%dx%d s%d,%d %s", kh, kw, o.stride_h, o.stride_w, pad);
      if (o.dilation_h != 1 || o.dilation_w != 1)
        std::snprintf(buf + std::strlen(buf), sizeof buf - std::strlen(buf), " d%d,%d", o.dilation_h, o.dilation_w);
      break;
    }
    case OpType::AveragePool2D:
    case OpType::MaxPool2D:
      std::snprintf(buf, sizeof buf, "%dx%d s%d,%d %s", o.filter_h, o.filter_w, o.stride_h, o.stride_w, pad);
      break;
    case OpType::Concatenation: std::snprintf(buf, sizeof buf, "axis %d", o.axis); break;
    case OpType::Mean: std::snprintf(buf, sizeof buf, "%s", o.keep_dims ? "keep_dims" : ""); break;
    case OpType::FullyConnected: std::snprintf(buf, sizeof buf, "%s", o.keep_dims ? "keep_num_dims" : ""); break;
    default: break;
  }
  std::string text = buf;
  if (o.activation != Activation::None) {
    if (!text.empty()) text += ' ';
    text += activation_text(o.activation);
  }
  return text;
}

}  // namespace

std::string model_summary(const Model& m) {
  std::ostringstream out;
  char line[256];
  std::snprintf(line, sizeof line, "%-3s %-18s %-14s %-14s %-22s %12s %10s\n", "#", "operator", "input",
                "output", "options", "MACs", "const B");
  out << line;
  std::map<std::string, int> counts;
  for (size_t k = 0; k < m.ops.size(); ++k) {
    const Operator& op = m.ops[k];
    int64_t const_bytes = 0;
    for (int32_t t : op.inputs)
      if (t >= 0 && t < static_cast<int32_t>(m.tensors.size()) && m.tensors[t].is_constant())
        const_bytes += static_cast<int64_t>(m.tensors[t].data.size());
    std::snprintf(line, sizeof line, "%-3zu %-18s %-14s %-14s %-22s %12lld %10lld\n", k, op_name(op.type),
                  shape_text(m, op.inputs.empty() ? -1 : op.inputs[0]).c_str(),
                  shape_text(m, op.outputs.empty() ? -1 : op.outputs[0]).c_str(), options_text(m, op).c_str(),
                  static_cast<long long>(op_macs(m, op)), static_cast<long long>(const_bytes));
    out << line;
    ++counts[op_name(op.type)];
  }
  out << "operators:";
  const char* separator = " ";
  for (const auto& [name, n] : counts) {
    out << separator << name << " " << n;
    separator = ", ";
  }
  out << "\ntotal: " << m.ops.size() << " operators, " << m.tensors.size() << " tensors, " << model_macs(m)
      << " MACs, " << model_parameter_bytes(m) << " constant bytes\n";
  return out.str();
}

}  // namespace tinysim::model
