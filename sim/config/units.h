// Parsing of the scalar notations used in configs/*.yaml (and usable by the
// command line): integers, sizes, frequencies, power. Each function takes the
// whole text (surrounding blanks are ignored) and returns nullopt unless all of
// it is understood; none of them throws.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace tinysim::units {

// Non-negative integer: decimal ("4096"), hex ("0x1000"), or binary ("0b101").
// '_' may separate digits ("0x1000_0000"). A leading zero does NOT mean octal.
// No sign: "-1" and "+1" are rejected. nullopt on overflow of 64 bits.
std::optional<uint64_t> parse_uint(std::string_view s);

// Finite decimal floating-point number, optionally signed ("4", "-0.5", "1e-3").
std::optional<double> parse_double(std::string_view s);

// Byte count: an integer as for parse_uint, or an integer followed by a binary
// unit: B, K/KiB, M/MiB, G/GiB (case-insensitive; K = KiB = 1024). Decimal
// units such as "KB"/"MB" are rejected because they are ambiguous.
std::optional<uint64_t> parse_size(std::string_view s);

// Frequency in Hz: a number (Hz) or a number followed by Hz, kHz, MHz or GHz
// (case-insensitive). The sign is not checked here.
std::optional<double> parse_frequency_hz(std::string_view s);

// Power in mW: a number (mW) or a number followed by nW, uW (or µW), mW or W
// (case-sensitive, so that "MW" is not taken for mW). The sign is not checked.
std::optional<double> parse_power_mw(std::string_view s);

// Boolean: true/True/TRUE or false/False/FALSE (YAML 1.2 core schema).
std::optional<bool> parse_bool(std::string_view s);

}  // namespace tinysim::units
