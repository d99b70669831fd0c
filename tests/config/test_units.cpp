// Tests of the scalar notations of configs/*.yaml (sim/config/units.h).
#include <gtest/gtest.h>

#include "sim/config/units.h"

namespace tinysim::units {
namespace {

TEST(Units, ParseUint) {
  EXPECT_EQ(parse_uint("0"), 0u);
  EXPECT_EQ(parse_uint("4096"), 4096u);
  EXPECT_EQ(parse_uint(" 42 "), 42u);
  EXPECT_EQ(parse_uint("010"), 10u);  // not octal
  EXPECT_EQ(parse_uint("0x1000"), 0x1000u);
  EXPECT_EQ(parse_uint("0XfF"), 0xffu);
  EXPECT_EQ(parse_uint("0b101"), 5u);
  EXPECT_EQ(parse_uint("0x1000_0000"), 0x10000000u);
  EXPECT_EQ(parse_uint("18446744073709551615"), UINT64_MAX);
  EXPECT_EQ(parse_uint("18446744073709551616"), std::nullopt);  // overflow
  EXPECT_EQ(parse_uint("0x10000000000000000"), std::nullopt);
  for (const char* bad : {"", " ", "-1", "+1", "0x", "0b2", "12a", "1.0", "1e3", "_1", "1_", "1__0", "abc"})
    EXPECT_EQ(parse_uint(bad), std::nullopt) << bad;
}

TEST(Units, ParseSize) {
  EXPECT_EQ(parse_size("512KiB"), 512u << 10);
  EXPECT_EQ(parse_size("512K"), 512u << 10);
  EXPECT_EQ(parse_size("512 kib"), 512u << 10);
  EXPECT_EQ(parse_size("2MiB"), 2u << 20);
  EXPECT_EQ(parse_size("2M"), 2u << 20);
  EXPECT_EQ(parse_size("1GiB"), 1ull << 30);
  EXPECT_EQ(parse_size("4G"), 4ull << 30);
  EXPECT_EQ(parse_size("100B"), 100u);
  EXPECT_EQ(parse_size("0x1b"), 0x1bu);  // hex digit b, not a unit
  EXPECT_EQ(parse_size("0x80000"), 0x80000u);
  for (const char* bad : {"", "KiB", "1.5MiB", "4KB", "4MB", "-4K", "4 Ki", "4TiB", "17179869184G"})
    EXPECT_EQ(parse_size(bad), std::nullopt) << bad;
}

TEST(Units, ParseFrequency) {
  EXPECT_DOUBLE_EQ(*parse_frequency_hz("100MHz"), 100e6);
  EXPECT_DOUBLE_EQ(*parse_frequency_hz("100 mhz"), 100e6);
  EXPECT_DOUBLE_EQ(*parse_frequency_hz("32.768kHz"), 32768);
  EXPECT_DOUBLE_EQ(*parse_frequency_hz("1.5GHz"), 1.5e9);
  EXPECT_DOUBLE_EQ(*parse_frequency_hz("25000000"), 25e6);
  EXPECT_DOUBLE_EQ(*parse_frequency_hz("1e8"), 1e8);
  EXPECT_DOUBLE_EQ(*parse_frequency_hz("50Hz"), 50);
  EXPECT_DOUBLE_EQ(*parse_frequency_hz("-5MHz"), -5e6);  // sign is checked by the validator
  for (const char* bad : {"", "MHz", "fast", "100MHzz", "inf", "nan", "100 THz", "0x10MHz"})
    EXPECT_EQ(parse_frequency_hz(bad), std::nullopt) << bad;
}

TEST(Units, ParsePower) {
  EXPECT_DOUBLE_EQ(*parse_power_mw("1.2mW"), 1.2);
  EXPECT_DOUBLE_EQ(*parse_power_mw("1.2"), 1.2);
  EXPECT_DOUBLE_EQ(*parse_power_mw("1200uW"), 1.2);
  EXPECT_DOUBLE_EQ(*parse_power_mw("1200\xC2\xB5W"), 1.2);
  EXPECT_DOUBLE_EQ(*parse_power_mw("0.5W"), 500);
  EXPECT_DOUBLE_EQ(*parse_power_mw("100nW"), 1e-4);
  for (const char* bad : {"", "mW", "1MW", "1 mw", "1kW", "lots"})
    EXPECT_EQ(parse_power_mw(bad), std::nullopt) << bad;
}

TEST(Units, ParseDoubleAndBool) {
  EXPECT_DOUBLE_EQ(*parse_double("4.0"), 4.0);
  EXPECT_DOUBLE_EQ(*parse_double("+.5"), 0.5);
  EXPECT_DOUBLE_EQ(*parse_double("-1e-3"), -1e-3);
  for (const char* bad : {"", "1e", "inf", "-inf", "nan", "0x1p3", "1,5", "4.0.0"})
    EXPECT_EQ(parse_double(bad), std::nullopt) << bad;
  EXPECT_EQ(parse_bool("true"), true);
  EXPECT_EQ(parse_bool("False"), false);
  EXPECT_EQ(parse_bool("TRUE"), true);
  for (const char* bad : {"", "yes", "no", "on", "1", "tru"}) EXPECT_EQ(parse_bool(bad), std::nullopt) << bad;
}

}  // namespace
}  // namespace tinysim::units
