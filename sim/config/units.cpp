#include "sim/config/units.h"

#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <utility>

namespace tinysim::units {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool ends_with_nocase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  std::string_view tail = s.substr(s.size() - suffix.size());
  for (size_t i = 0; i < suffix.size(); ++i)
    if (lower(tail[i]) != lower(suffix[i])) return false;
  return true;
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

// Number followed by one of `units` (longest listed first when one is a suffix
// of another); returns number * factor. A bare number uses `bare_factor`.
template <size_t N>
std::optional<double> parse_with_unit(std::string_view s,
                                      const std::array<std::pair<std::string_view, double>, N>& units,
                                      double bare_factor, bool case_sensitive) {
  s = trim(s);
  for (const auto& [unit, factor] : units) {
    bool match = case_sensitive ? s.ends_with(unit) : ends_with_nocase(s, unit);
    if (!match) continue;
    std::string_view num = trim(s.substr(0, s.size() - unit.size()));
    if (num.empty()) return std::nullopt;
    auto v = parse_double(num);
    if (!v) return std::nullopt;
    double r = *v * factor;
    if (!std::isfinite(r)) return std::nullopt;
    return r;
  }
  auto v = parse_double(s);
  if (!v) return std::nullopt;
  double r = *v * bare_factor;
  if (!std::isfinite(r)) return std::nullopt;
  return r;
}

}  // namespace

std::optional<uint64_t> parse_uint(std::string_view s) {
  s = trim(s);
  unsigned base = 10;
  if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    base = 16;
    s.remove_prefix(2);
  } else if (s.size() > 2 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) {
    base = 2;
    s.remove_prefix(2);
  }
  if (s.empty() || s.front() == '_' || s.back() == '_') return std::nullopt;
  uint64_t value = 0;
  constexpr uint64_t kMax = std::numeric_limits<uint64_t>::max();
  char prev = 0;
  for (char c : s) {
    if (c == '_') {
      if (prev == '_') return std::nullopt;
      prev = c;
      continue;
    }
    prev = c;
    int d = digit_value(c);
    if (d >= static_cast<int>(base)) return std::nullopt;
    if (value > (kMax - static_cast<uint64_t>(d)) / base) return std::nullopt;  // overflow
    value = value * base + static_cast<uint64_t>(d);
  }
  return value;
}

std::optional<double> parse_double(std::string_view s) {
  s = trim(s);
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  if (s.empty()) return std::nullopt;
  // from_chars (general format) accepts "inf"/"nan"; refuse anything that is
  // not digits, sign, point or exponent so those never get through.
  for (char c : s) {
    bool ok = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
    if (!ok) return std::nullopt;
  }
  double v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v, std::chars_format::general);
  if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::optional<uint64_t> parse_size(std::string_view s) {
  s = trim(s);
  if (auto v = parse_uint(s)) return v;
  // Longest first: "kib" must be tried before "b".
  static constexpr std::array<std::pair<std::string_view, unsigned>, 7> kUnits = {{
      {"KiB", 10}, {"MiB", 20}, {"GiB", 30}, {"K", 10}, {"M", 20}, {"G", 30}, {"B", 0}}};
  for (const auto& [unit, shift] : kUnits) {
    if (!ends_with_nocase(s, unit)) continue;
    std::string_view num = trim(s.substr(0, s.size() - unit.size()));
    if (num.empty()) return std::nullopt;
    auto v = parse_uint(num);
    if (!v) return std::nullopt;
    if (shift > 0 && *v > (std::numeric_limits<uint64_t>::max() >> shift)) return std::nullopt;
    return *v << shift;
  }
  return std::nullopt;
}

std::optional<double> parse_frequency_hz(std::string_view s) {
  static constexpr std::array<std::pair<std::string_view, double>, 4> kUnits = {{
      {"GHz", 1e9}, {"MHz", 1e6}, {"kHz", 1e3}, {"Hz", 1.0}}};
  return parse_with_unit(s, kUnits, 1.0, /*case_sensitive=*/false);
}

std::optional<double> parse_power_mw(std::string_view s) {
  static constexpr std::array<std::pair<std::string_view, double>, 5> kUnits = {{
      {"nW", 1e-6}, {"uW", 1e-3}, {"\xC2\xB5W", 1e-3}, {"mW", 1.0}, {"W", 1e3}}};
  return parse_with_unit(s, kUnits, 1.0, /*case_sensitive=*/true);
}

std::optional<bool> parse_bool(std::string_view s) {
  s = trim(s);
  if (s == "true" || s == "True" || s == "TRUE") return true;
  if (s == "false" || s == "False" || s == "FALSE") return false;
  return std::nullopt;
}

}  // namespace tinysim::units
