#include "sim/infer/inference_report.h"

#include <cinttypes>
#include <sstream>
#include <stdexcept>

#include "sim/report/report_format.h"

namespace tinysim {

std::string shape_text(const std::vector<int32_t>& shape) {
  std::string s;
  for (size_t i = 0; i < shape.size(); ++i) s += (i ? "x" : "") + std::to_string(shape[i]);
  return s.empty() ? "scalar" : s;
}

namespace {

EventCounters divided(EventCounters e, uint64_t n) {
  if (n <= 1) return e;
  e.cycles /= n; e.instructions /= n; e.stall_cycles /= n; e.sleep_cycles /= n; e.vector_beats /= n;
  for (auto& c : e.op_class) c /= n;
  for (auto& m : e.memory) { m.reads /= n; m.writes /= n; m.read_bytes /= n; m.write_bytes /= n; }
  return e;
}

EnergyBreakdown divided(EnergyBreakdown e, uint64_t n) {
  if (n <= 1) return e;
  const double d = static_cast<double>(n);
  e.instructions_pj /= d; e.memory_pj /= d; e.static_pj /= d;
  return e;
}

void add(EnergyBreakdown& a, const EnergyBreakdown& b) {
  a.instructions_pj += b.instructions_pj; a.memory_pj += b.memory_pj; a.static_pj += b.static_pj;
}

double cycles_per_mac(const LayerRow& l) {
  return l.macs > 0 ? static_cast<double>(l.events.cycles) / static_cast<double>(l.macs) : 0.0;
}

}  // namespace

InferenceReport build_inference_report(const RunSummary& run, const compiler::CompiledModel& m, int runs) {
  InferenceReport r;
  r.backend = m.backend;
  r.runs = runs;
  r.macs = m.total_macs;
  r.arena_bytes = m.arena_bytes;
  r.arena_unshared_bytes = m.arena_unshared_bytes;
  r.model_bytes = m.blob.size();
  for (const auto& layer : m.layers) {
    const RunSummary::Region* found = nullptr;
    for (const auto& reg : run.regions)
      if (reg.name == layer.region) { found = &reg; break; }
    if (!found)
      throw std::runtime_error("layer " + std::to_string(layer.index) + " (" + layer.op_name + "): the firmware marked no region '" +
                               layer.region + "'");
    LayerRow row;
    row.index = layer.index;
    row.op = layer.op_name;
    row.region = layer.region;
    for (size_t i = 0; i < layer.input_shapes.size(); ++i)
      row.inputs += (i ? ", " : "") + shape_text(layer.input_shapes[i]);
    row.output = shape_text(layer.output_shape);
    row.macs = layer.macs;
    const uint64_t calls = found->calls ? found->calls : 1;
    row.events = divided(found->events, calls);
    row.energy = divided(found->energy, calls);
    r.per_inference += row.events;
    add(r.energy_per_inference, row.energy);
    r.layers.push_back(std::move(row));
  }
  for (auto& l : r.layers)
    l.share = r.per_inference.cycles ? static_cast<double>(l.events.cycles) / static_cast<double>(r.per_inference.cycles) : 0;
  return r;
}

void print_inference_table(const InferenceReport& r, const RunSummary& s, std::FILE* out) {
  std::fprintf(out, "\n== tinysim inference: %s, backend %s, kernels %s, on %s ==\n", r.model.c_str(), r.backend.c_str(),
               r.kernels.c_str(), s.platform.c_str());
  // Memories that the layers touch get a read and a write column each.
  std::vector<size_t> mems;
  for (size_t m = 0; m < s.memories.size(); ++m)
    if (r.per_inference.memory[m].read_bytes || r.per_inference.memory[m].write_bytes) mems.push_back(m);
  std::fprintf(out, "%3s %-18s %-22s %-14s %10s %11s %7s %11s", "#", "operator", "input", "output", "MACs", "cycles",
               "cyc/MAC", "instrs");
  for (size_t m : mems) {
    std::fprintf(out, " %10s", (s.memories[m].name + " rd").c_str());
    std::fprintf(out, " %10s", (s.memories[m].name + " wr").c_str());
  }
  std::fprintf(out, " %10s %6s\n", "energy(uJ)", "share");
  auto row = [&](const std::string& idx, const std::string& op, const std::string& in, const std::string& outp,
                 int64_t macs, const EventCounters& e, const EnergyBreakdown& en, double share) {
    char cpm[16] = "-";
    if (macs > 0) std::snprintf(cpm, sizeof cpm, "%.3f", static_cast<double>(e.cycles) / static_cast<double>(macs));
    std::fprintf(out, "%3s %-18s %-22s %-14s %10" PRId64 " %11" PRIu64 " %7s %11" PRIu64, idx.c_str(), op.c_str(),
                 in.c_str(), outp.c_str(), macs, e.cycles, cpm, e.instructions);
    for (size_t m : mems) std::fprintf(out, " %10" PRIu64 " %10" PRIu64, e.memory[m].read_bytes, e.memory[m].write_bytes);
    std::fprintf(out, " %10.4f %5.1f%%\n", en.total_uj(), 100.0 * share);
  };
  for (const auto& l : r.layers)
    row(std::to_string(l.index), l.op, l.inputs, l.output, l.macs, l.events, l.energy, l.share);
  row("", "TOTAL", "", "", r.macs, r.per_inference, r.energy_per_inference, 1.0);
  const double secs = s.seconds(r.per_inference.cycles);
  std::fprintf(out, "latency: %" PRIu64 " cycles = %s at %.1f MHz (%.3f cycles/MAC); energy per inference: %.4f uJ\n",
               r.per_inference.cycles, time_text(secs).c_str(), s.clock_hz / 1e6,
               r.macs ? static_cast<double>(r.per_inference.cycles) / static_cast<double>(r.macs) : 0.0,
               r.energy_per_inference.total_uj());
  std::fprintf(out, "arena (RAM): %" PRIu64 " bytes in %s (%" PRIu64 " without buffer reuse); model (blob): %" PRIu64
                    " bytes in %s\n",
               r.arena_bytes, r.arena_memory.c_str(), r.arena_unshared_bytes, r.model_bytes, r.weights_memory.c_str());
  if (r.runs > 1) std::fprintf(out, "figures per inference, averaged over %d inferences\n", r.runs);
  if (r.output_checked)
    std::fprintf(out, "output: crc32 %s, %s the host reference interpreter\n", r.output_crc.c_str(),
                 r.output_matches ? "bit-exact with" : "DIFFERENT FROM");
}

void write_inference_json(const InferenceReport& r, const RunSummary& s, std::ostream& o) {
  std::ostringstream base;
  write_json(s, base);
  std::string text = base.str();
  // Insert the inference object before the closing brace of the run report.
  const size_t close = text.rfind('}');
  text.erase(close);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  o << text << ",\n  \"inference\": {\n";
  o << "    \"version\": " << InferenceReport::kVersion << ",\n";
  o << "    \"model\": \"" << json_escape(r.model) << "\",\n";
  o << "    \"backend\": \"" << json_escape(r.backend) << "\",\n";
  o << "    \"kernels\": \"" << json_escape(r.kernels) << "\",\n";
  o << "    \"runs\": " << r.runs << ",\n";
  o << "    \"output_matches_reference\": " << (r.output_checked && r.output_matches ? "true" : "false") << ",\n";
  o << "    \"output_crc32\": \"" << r.output_crc << "\",\n";
  o << "    \"macs\": " << r.macs << ",\n";
  o << "    \"arena_bytes\": " << r.arena_bytes << ",\n";
  o << "    \"arena_unshared_bytes\": " << r.arena_unshared_bytes << ",\n";
  o << "    \"model_bytes\": " << r.model_bytes << ",\n";
  o << "    \"seconds\": " << num(s.seconds(r.per_inference.cycles), 9) << ",\n";
  o << "    \"per_inference\": {\n";
  json_events(o, s, r.per_inference, "      ");
  json_energy(o, r.energy_per_inference, "      ");
  o << "\n    },\n    \"layers\": [";
  for (size_t i = 0; i < r.layers.size(); ++i) {
    const auto& l = r.layers[i];
    o << (i ? "," : "") << "\n      {\n";
    o << "        \"index\": " << l.index << ",\n";
    o << "        \"operator\": \"" << json_escape(l.op) << "\",\n";
    o << "        \"region\": \"" << json_escape(l.region) << "\",\n";
    o << "        \"input_shapes\": \"" << json_escape(l.inputs) << "\",\n";
    o << "        \"output_shape\": \"" << json_escape(l.output) << "\",\n";
    o << "        \"macs\": " << l.macs << ",\n";
    o << "        \"cycles_per_mac\": " << num(cycles_per_mac(l), 4) << ",\n";
    o << "        \"share\": " << num(l.share, 6) << ",\n";
    json_events(o, s, l.events, "        ");
    json_energy(o, l.energy, "        ");
    o << "\n      }";
  }
  o << "\n    ]\n  }\n}\n";
}

void write_inference_csv(const InferenceReport& r, const RunSummary& s, std::ostream& o) {
  o << "index,operator,input_shapes,output_shape,macs,cycles,cycles_per_mac,instructions";
  for (const auto& m : s.memories) o << "," << csv_field(m.name + "_read_bytes") << "," << csv_field(m.name + "_write_bytes");
  o << ",energy_uj,share\n";
  for (const auto& l : r.layers) {
    o << l.index << "," << csv_field(l.op) << "," << csv_field(l.inputs) << "," << csv_field(l.output) << "," << l.macs << ","
      << l.events.cycles << "," << num(cycles_per_mac(l), 4) << "," << l.events.instructions;
    for (size_t m = 0; m < s.memories.size(); ++m) o << "," << l.events.memory[m].read_bytes << "," << l.events.memory[m].write_bytes;
    o << "," << num(l.energy.total_uj()) << "," << num(l.share, 6) << "\n";
  }
}

}  // namespace tinysim
