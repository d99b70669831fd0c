// Formatting pieces shared by the report renderings (report.cpp) and the
// inference report (sim/infer): the same number formats everywhere, so
// tables, JSON and CSV stay byte-identical across runs.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>

#include "sim/report/report.h"

namespace tinysim {

uint64_t bytes_read(const EventCounters& e);     // over all memories
uint64_t bytes_written(const EventCounters& e);
std::string time_text(double seconds);           // "1.234 ms"
std::string json_escape(const std::string& s);
std::string csv_field(const std::string& s);
std::string num(double v, int prec = 6);         // fixed precision
// The event fields of a JSON object (cycles, instructions, classes, memories).
void json_events(std::ostream& o, const RunSummary& s, const EventCounters& e, const std::string& ind);
void json_energy(std::ostream& o, const EnergyBreakdown& e, const std::string& ind);

}  // namespace tinysim
