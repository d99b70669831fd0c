// Loads real images produced by arm-none-eabi-gcc and cross-checks them with
// arm-none-eabi-readelf. The toolchain is a project requirement (it builds the
// firmware), so a missing compiler is a failure, not a skip.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <tuple>

#include "sim/loader/elf_image.h"
#include "tests/loader/elf_writer.h"

#ifndef TINYSIM_ARM_GCC
#define TINYSIM_ARM_GCC "/usr/bin/arm-none-eabi-gcc"
#endif

namespace tinysim {
namespace {

const std::string kGcc = TINYSIM_ARM_GCC;

std::string tool(const std::string& name) {  // arm-none-eabi-<name> next to the compiler
  return kGcc.substr(0, kGcc.size() - 3) + name;
}

std::string quoted(const std::string& s) { return "'" + s + "'"; }

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const char* const kSource = R"(
int counter;
int inited = 7;
const int table[4] = {1, 2, 3, 4};
__attribute__((section(".dtcm_data"))) int fast = 3;
int helper(int x) { return x * 3 + table[x & 3]; }
static int twice(int x) { return 2 * x; }
void _start(void) {
  counter = helper(5) + twice(inited) + fast;
  for (;;) {}
}
)";

// Compiles kSource with the given extra flags; returns the ELF path.
std::string compile(const elftest::TempDir& dir, const std::string& name, const std::string& flags) {
  const std::string src = dir.write_text("fw.c", kSource);
  const std::string out = dir.file(name);
  const std::string log = dir.file(name + ".log");
  const std::string cmd = quoted(kGcc) + " -mcpu=cortex-m55 -mthumb -nostdlib -O1 " + flags + " -o " + quoted(out) +
                          " " + quoted(src) + " > " + quoted(log) + " 2>&1";
  const int rc = std::system(cmd.c_str());
  EXPECT_EQ(rc, 0) << cmd << "\n" << slurp(log);
  return out;
}

using SymKey = std::tuple<std::string, uint32_t, uint32_t, bool>;

// The defined FUNC/OBJECT symbols as arm-none-eabi-readelf lists them.
std::set<SymKey> readelf_symbols(const elftest::TempDir& dir, const std::string& elf) {
  const std::string txt = dir.file("symbols.txt");
  const std::string cmd = quoted(tool("readelf")) + " -sW " + quoted(elf) + " > " + quoted(txt);
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  std::set<SymKey> out;
  std::istringstream lines(slurp(txt));
  std::string line;
  while (std::getline(lines, line)) {
    // "   Num:    Value  Size Type    Bind   Vis      Ndx Name"
    std::istringstream f(line);
    std::string num, value, size, type, bind, vis, ndx, name;
    if (!(f >> num >> value >> size >> type >> bind >> vis >> ndx >> name)) continue;
    if (num.empty() || num.back() != ':' || (type != "FUNC" && type != "OBJECT") || ndx == "UND") continue;
    const bool func = type == "FUNC";
    uint32_t v = static_cast<uint32_t>(std::stoul(value, nullptr, 16));
    if (func) v &= ~1u;
    out.emplace(name, v, static_cast<uint32_t>(std::stoul(size, nullptr, 0)), func);
  }
  return out;
}

std::set<SymKey> our_symbols(const ElfImage& img) {
  std::set<SymKey> out;
  for (const ElfSymbol& s : img.symbols) out.emplace(s.name, s.value, s.size, s.is_function);
  return out;
}

void check_common(const elftest::TempDir& dir, const std::string& elf, const ElfImage& img) {
  EXPECT_EQ(img.machine, kEmArm);
  EXPECT_EQ(img.eflags & 0xFF000000u, 0x05000000u);
  EXPECT_TRUE(img.warnings.empty()) << img.warnings.front();

  const ElfSymbol* start = img.find_symbol("_start");
  ASSERT_NE(start, nullptr);
  EXPECT_TRUE(start->is_function);
  EXPECT_EQ(start->value & 1u, 0u);
  EXPECT_EQ(img.entry, start->value | 1u);  // Thumb entry
  const ElfSymbol* helper = img.find_symbol("helper");
  ASSERT_NE(helper, nullptr);
  EXPECT_TRUE(helper->is_function);
  EXPECT_GT(helper->size, 0u);
  EXPECT_EQ(img.symbolize(helper->value), "helper");
  EXPECT_EQ(img.symbolize(start->value + 2), "_start+0x2");
  for (const char* obj : {"counter", "inited", "table", "fast"}) {
    const ElfSymbol* s = img.find_symbol(obj);
    ASSERT_NE(s, nullptr) << obj;
    EXPECT_FALSE(s->is_function) << obj;
    EXPECT_EQ(s->size, obj == std::string("table") ? 16u : 4u) << obj;
  }

  // Every FUNC/OBJECT symbol readelf sees, and nothing else.
  EXPECT_EQ(our_symbols(img), readelf_symbols(dir, elf));

  // The code bytes are those of the file: _start's first halfword is in the segment holding it.
  bool found = false;
  for (const ElfSegment& s : img.segments)
    if (start->value >= s.vaddr && start->value - s.vaddr < s.filesz) found = true;
  EXPECT_TRUE(found);
}

TEST(ElfGcc, ToolchainPresent) {
  ASSERT_TRUE(std::filesystem::exists(kGcc)) << kGcc << " is required (Debian package gcc-arm-none-eabi)";
}

TEST(ElfGcc, TextAtZeroSoftFloat) {
  ASSERT_TRUE(std::filesystem::exists(kGcc)) << kGcc;
  elftest::TempDir dir;
  const std::string elf = compile(dir, "soft.elf", "-Wl,-Ttext=0");
  const ElfImage img = read_elf(elf, kEmArm);
  EXPECT_EQ(img.eflags & 0x600u, 0x200u);  // EF_ARM_ABI_FLOAT_SOFT
  check_common(dir, elf, img);
  ASSERT_FALSE(img.segments.empty());
  EXPECT_EQ(img.segments[0].paddr, 0u);

  uint64_t total = 0;
  for (const ElfSegment& s : img.segments) total += s.memsz;
  const auto used = check_fits(img, {{"mem", 0x0, 0x100000}});
  EXPECT_EQ(used.at("mem"), total);
}

TEST(ElfGcc, TextAtZeroHardFloat) {
  ASSERT_TRUE(std::filesystem::exists(kGcc)) << kGcc;
  elftest::TempDir dir;
  const std::string elf = compile(dir, "hard.elf", "-mfloat-abi=hard -Wl,-Ttext=0");
  const ElfImage img = read_elf(elf, kEmArm);
  EXPECT_EQ(img.eflags & 0x600u, 0x400u);  // EF_ARM_ABI_FLOAT_HARD
  check_common(dir, elf, img);
}

TEST(ElfGcc, DataCopiedFromFlashWithBssAndTcm) {
  // The usual Cortex-M layout: .data stored in flash and run in RAM, .bss in
  // RAM, and a TCM section also stored in flash right after .data.
  ASSERT_TRUE(std::filesystem::exists(kGcc)) << kGcc;
  elftest::TempDir dir;
  const std::string script = dir.write_text("fw.ld", R"(
MEMORY {
  FLASH (rx) : ORIGIN = 0x00000000, LENGTH = 64K
  RAM (rwx)  : ORIGIN = 0x20000000, LENGTH = 64K
  DTCM (rwx) : ORIGIN = 0x30000000, LENGTH = 4K
}
ENTRY(_start)
SECTIONS {
  .text : { *(.text*) *(.rodata*) } > FLASH
  .data : { *(.data*) } > RAM AT> FLASH
  .bss  : { *(.bss*) *(COMMON) } > RAM
  .dtcm : { *(.dtcm_data) } > DTCM AT> FLASH
}
)");
  const std::string elf = compile(dir, "split.elf", "-T " + quoted(script));
  const ElfImage img = read_elf(elf, kEmArm);
  check_common(dir, elf, img);

  ASSERT_EQ(img.segments.size(), 3u);
  const ElfSegment& text = img.segments[0];
  const ElfSegment& data = img.segments[1];
  const ElfSegment& dtcm = img.segments[2];
  EXPECT_EQ(text.paddr, 0u);
  EXPECT_EQ(data.vaddr, 0x20000000u);
  EXPECT_EQ(data.paddr, text.paddr + text.memsz);  // stored in flash after the code
  EXPECT_GT(data.memsz, data.filesz);               // .bss behind .data
  EXPECT_EQ(dtcm.vaddr, 0x30000000u);
  EXPECT_EQ(dtcm.paddr, data.paddr + data.filesz);  // inside data.paddr + data.memsz: no overlap by design
  EXPECT_EQ(img.find_symbol("inited")->value, 0x20000000u);
  EXPECT_EQ(img.find_symbol("fast")->value, 0x30000000u);
  // .data's initial value, as stored at its load address.
  ASSERT_GE(data.data.size(), 4u);
  EXPECT_EQ(data.data[0], 7);

  const auto used = check_fits(img, {{"flash", 0x0, 0x10000}, {"ram", 0x20000000, 0x10000}, {"dtcm", 0x30000000, 0x1000}});
  EXPECT_EQ(used.at("flash"), uint64_t{text.memsz} + data.filesz + dtcm.filesz);
  EXPECT_EQ(used.at("ram"), data.memsz);
  EXPECT_EQ(used.at("dtcm"), dtcm.memsz);

  // RAM too small for .data + .bss: the run-time range is what does not fit.
  try {
    check_fits(img, {{"flash", 0x0, 0x10000}, {"ram", 0x20000000, 0x4}, {"dtcm", 0x30000000, 0x1000}});
    FAIL() << "fits";
  } catch (const ElfError& e) {
    EXPECT_NE(std::string(e.what()).find("segment 1 run-time range [0x20000000"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace tinysim
