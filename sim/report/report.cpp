#include "sim/report/report.h"

#include <cinttypes>
#include <iomanip>
#include <sstream>

#include "sim/report/report_format.h"

namespace tinysim {

uint64_t bytes_read(const EventCounters& e) {
  uint64_t b = 0;
  for (const auto& m : e.memory) b += m.read_bytes;
  return b;
}
uint64_t bytes_written(const EventCounters& e) {
  uint64_t b = 0;
  for (const auto& m : e.memory) b += m.write_bytes;
  return b;
}

std::string time_text(double s) {
  char b[32];
  if (s >= 1) snprintf(b, sizeof b, "%.3f s", s);
  else if (s >= 1e-3) snprintf(b, sizeof b, "%.3f ms", s * 1e3);
  else snprintf(b, sizeof b, "%.3f us", s * 1e6);
  return b;
}

std::string json_escape(const std::string& s) {
  std::string o;
  for (char c : s) {
    switch (c) {
      case '"': o += "\\\""; break;
      case '\\': o += "\\\\"; break;
      case '\n': o += "\\n"; break;
      case '\t': o += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) { char b[8]; snprintf(b, sizeof b, "\\u%04x", c); o += b; }
        else o += c;
    }
  }
  return o;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string o = "\"";
  for (char c : s) { if (c == '"') o += '"'; o += c; }
  return o + "\"";
}

// Fixed-precision doubles so the outputs are byte-identical across runs.
std::string num(double v, int prec) {
  std::ostringstream os;
  os << std::fixed << std::setprecision(prec) << v;
  return os.str();
}

void json_events(std::ostream& o, const RunSummary& s, const EventCounters& e, const std::string& ind) {
  o << ind << "\"cycles\": " << e.cycles << ",\n";
  o << ind << "\"instructions\": " << e.instructions << ",\n";
  o << ind << "\"stall_cycles\": " << e.stall_cycles << ",\n";
  o << ind << "\"sleep_cycles\": " << e.sleep_cycles << ",\n";
  o << ind << "\"vector_beats\": " << e.vector_beats << ",\n";
  o << ind << "\"instruction_classes\": {";
  bool first = true;
  for (size_t i = 0; i < s.op_classes.size(); ++i) {
    if (!e.op_class[i]) continue;
    o << (first ? "" : ", ") << "\"" << s.op_classes[i] << "\": " << e.op_class[i];
    first = false;
  }
  o << "},\n" << ind << "\"memory\": {";
  first = true;
  for (size_t m = 0; m < s.memories.size(); ++m) {
    const auto& ev = e.memory[m];
    if (!ev.reads && !ev.writes) continue;
    o << (first ? "" : ", ") << "\"" << json_escape(s.memories[m].name) << "\": {\"reads\": " << ev.reads
      << ", \"writes\": " << ev.writes << ", \"read_bytes\": " << ev.read_bytes << ", \"write_bytes\": "
      << ev.write_bytes << "}";
    first = false;
  }
  o << "},\n";
}

void json_energy(std::ostream& o, const EnergyBreakdown& e, const std::string& ind) {
  o << ind << "\"energy_uj\": {\"total\": " << num(e.total_uj()) << ", \"instructions\": "
    << num(e.instructions_pj * 1e-6) << ", \"memory\": " << num(e.memory_pj * 1e-6) << ", \"static\": "
    << num(e.static_pj * 1e-6) << "}";
}

void print_table(const RunSummary& s, std::FILE* out) {
  const double total_s = s.seconds(s.total.cycles);
  std::fprintf(out, "\n== tinysim report: %s on %s ==\n", s.firmware.c_str(), s.platform.c_str());
  std::fprintf(out, "result: %s, exit code %d%s%s\n", s.stop_reason.c_str(), s.exit_code,
               s.message.empty() ? "" : " - ", s.message.c_str());
  std::fprintf(out, "%-28s %6s %12s %6s %12s %5s %10s %10s %11s %8s\n", "region", "calls", "cycles", "%",
               "instrs", "CPI", "rd bytes", "wr bytes", "energy(uJ)", "stack(B)");
  auto row = [&](const std::string& label, uint64_t calls, const EventCounters& e, const EnergyBreakdown& en,
                 uint32_t stack) {
    double pct = s.total.cycles ? 100.0 * static_cast<double>(e.cycles) / static_cast<double>(s.total.cycles) : 0;
    double cpi = e.instructions ? static_cast<double>(e.cycles) / static_cast<double>(e.instructions) : 0;
    std::fprintf(out, "%-28s %6" PRIu64 " %12" PRIu64 " %6.2f %12" PRIu64 " %5.2f %10" PRIu64 " %10" PRIu64
                      " %11.4f %8u\n",
                 label.c_str(), calls, e.cycles, pct, e.instructions, cpi, bytes_read(e), bytes_written(e),
                 en.total_uj(), stack);
  };
  for (const auto& r : s.regions) row(std::string(2 * r.depth, ' ') + r.name, r.calls, r.events, r.energy, r.stack_bytes);
  row("TOTAL", 1, s.total, s.energy, s.stack_bytes());
  std::fprintf(out, "simulated time: %s at %.1f MHz; energy %.4f uJ (instructions %.4f, memory %.4f, static %.4f)\n",
               time_text(total_s).c_str(), s.clock_hz / 1e6, s.energy.total_uj(), s.energy.instructions_pj * 1e-6,
               s.energy.memory_pj * 1e-6, s.energy.static_pj * 1e-6);
  std::fprintf(out, "peak stack: %u bytes; image:", s.stack_bytes());
  bool any = false;
  for (const auto& m : s.memories) {
    if (!m.image_bytes) continue;
    std::fprintf(out, "%s %s %" PRIu64 " / %" PRIu64 " bytes", any ? "," : "", m.name.c_str(), m.image_bytes, m.size);
    any = true;
  }
  std::fprintf(out, "%s\n", any ? "" : " (none)");
  for (const auto& w : s.warnings) std::fprintf(out, "warning: %s\n", w.c_str());
}

void write_json(const RunSummary& s, std::ostream& o) {
  o << "{\n  \"version\": " << RunSummary::kVersion << ",\n";
  o << "  \"platform\": \"" << json_escape(s.platform) << "\",\n";
  o << "  \"config\": \"" << json_escape(s.config_file) << "\",\n";
  o << "  \"firmware\": \"" << json_escape(s.firmware) << "\",\n";
  o << "  \"clock_hz\": " << num(s.clock_hz, 1) << ",\n";
  o << "  \"result\": {\"stop_reason\": \"" << s.stop_reason << "\", \"exit_code\": " << s.exit_code
    << ", \"message\": \"" << json_escape(s.message) << "\", \"last_fault\": \"" << json_escape(s.last_fault)
    << "\"},\n";
  o << "  \"total\": {\n";
  json_events(o, s, s.total, "    ");
  o << "    \"seconds\": " << num(s.seconds(s.total.cycles), 9) << ",\n";
  o << "    \"peak_stack_bytes\": " << s.stack_bytes() << ",\n";
  json_energy(o, s.energy, "    ");
  o << "\n  },\n  \"memories\": [";
  for (size_t i = 0; i < s.memories.size(); ++i) {
    const auto& m = s.memories[i];
    o << (i ? ", " : "") << "\n    {\"name\": \"" << json_escape(m.name) << "\", \"kind\": \"" << m.kind
      << "\", \"base\": " << m.base << ", \"size\": " << m.size << ", \"image_bytes\": " << m.image_bytes << "}";
  }
  o << "\n  ],\n  \"regions\": [";
  for (size_t i = 0; i < s.regions.size(); ++i) {
    const auto& r = s.regions[i];
    o << (i ? "," : "") << "\n    {\n      \"name\": \"" << json_escape(r.name) << "\",\n      \"path\": \""
      << json_escape(r.path) << "\",\n      \"depth\": " << r.depth << ",\n      \"calls\": " << r.calls << ",\n";
    json_events(o, s, r.events, "      ");
    o << "      \"seconds\": " << num(s.seconds(r.events.cycles), 9) << ",\n";
    o << "      \"peak_stack_bytes\": " << r.stack_bytes << ",\n";
    json_energy(o, r.energy, "      ");
    o << "\n    }";
  }
  o << "\n  ],\n  \"warnings\": [";
  for (size_t i = 0; i < s.warnings.size(); ++i) o << (i ? ", " : "") << "\"" << json_escape(s.warnings[i]) << "\"";
  o << "]\n}\n";
}

void write_csv(const RunSummary& s, std::ostream& o) {
  o << "region,path,depth,calls,cycles,instructions,stall_cycles,read_bytes,write_bytes,energy_uj,"
       "energy_instructions_uj,energy_memory_uj,energy_static_uj,seconds,peak_stack_bytes\n";
  auto line = [&](const std::string& name, const std::string& path, int depth, uint64_t calls, const EventCounters& e,
                  const EnergyBreakdown& en, uint32_t stack) {
    o << csv_field(name) << "," << csv_field(path) << "," << depth << "," << calls << "," << e.cycles << ","
      << e.instructions << "," << e.stall_cycles << "," << bytes_read(e) << "," << bytes_written(e) << ","
      << num(en.total_uj()) << "," << num(en.instructions_pj * 1e-6) << "," << num(en.memory_pj * 1e-6) << ","
      << num(en.static_pj * 1e-6) << "," << num(s.seconds(e.cycles), 9) << "," << stack << "\n";
  };
  for (const auto& r : s.regions) line(r.name, r.path, r.depth, r.calls, r.events, r.energy, r.stack_bytes);
  line("TOTAL", "", -1, 1, s.total, s.energy, s.stack_bytes());
}

}  // namespace tinysim
