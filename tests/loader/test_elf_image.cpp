// Unit tests of the ELF32 loader: valid images built by elftest::build_elf,
// then one corruption per malformed case, each of which must produce an
// ElfError naming the file and the problem.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <initializer_list>
#include <iterator>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "sim/loader/elf_image.h"
#include "tests/loader/elf_writer.h"

namespace tinysim {
namespace {

using namespace elftest;

const char* const kPath = "fw.elf";

std::vector<uint8_t> standard_bytes() { return build_elf(standard_spec()).bytes; }

// Passes when parse_elf throws an ElfError whose message starts with the path
// and contains every fragment.
::testing::AssertionResult fails_with(const std::vector<uint8_t>& bytes, std::initializer_list<std::string> fragments,
                                      uint16_t machine = kEmArm) {
  try {
    parse_elf(bytes, kPath, machine);
  } catch (const ElfError& e) {
    const std::string msg = e.what();
    if (msg.rfind(std::string(kPath) + ": ", 0) != 0)
      return ::testing::AssertionFailure() << "message does not start with the path: " << msg;
    for (const std::string& f : fragments)
      if (msg.find(f) == std::string::npos)
        return ::testing::AssertionFailure() << "message lacks \"" << f << "\": " << msg;
    return ::testing::AssertionSuccess() << msg;
  } catch (const std::exception& e) {
    return ::testing::AssertionFailure() << "threw something other than ElfError: " << e.what();
  }
  return ::testing::AssertionFailure() << "loaded without error";
}

// Loads bytes that must be accepted; returns the image.
ElfImage load(const std::vector<uint8_t>& bytes, uint16_t machine = kEmArm) {
  return parse_elf(bytes, kPath, machine);
}

// ---- valid images ------------------------------------------------------------

TEST(ElfParse, StandardImageHeaderAndSegments) {
  const ElfImage img = load(standard_bytes());
  EXPECT_EQ(img.path, kPath);
  EXPECT_EQ(img.machine, kEmArm);
  EXPECT_EQ(img.entry, 0x09u);  // Thumb bit kept in the entry
  EXPECT_EQ(img.eflags, 0x05000200u);
  EXPECT_TRUE(img.warnings.empty()) << img.warnings.front();
  ASSERT_EQ(img.segments.size(), 2u);  // the PT_NOTE is not loaded

  const ElfSegment& text = img.segments[0];
  EXPECT_EQ(text.index, 0u);
  EXPECT_EQ(text.paddr, 0u);
  EXPECT_EQ(text.vaddr, 0u);
  EXPECT_EQ(text.filesz, 0x40u);
  EXPECT_EQ(text.memsz, 0x40u);
  EXPECT_EQ(text.flags, kElfPfR | kElfPfX);
  EXPECT_EQ(text.data, pattern(0x40, 1));
  EXPECT_EQ(text.load_size(), 0x40u);

  const ElfSegment& data = img.segments[1];
  EXPECT_EQ(data.index, 1u);
  EXPECT_EQ(data.paddr, 0x40u);
  EXPECT_EQ(data.vaddr, 0x20000000u);
  EXPECT_EQ(data.filesz, 0x10u);
  EXPECT_EQ(data.memsz, 0x100u);
  EXPECT_EQ(data.flags, kElfPfR | kElfPfW);
  EXPECT_EQ(data.data, pattern(0x10, 99));
  EXPECT_EQ(data.load_size(), 0x10u);  // the .bss tail lives only at vaddr
}

TEST(ElfParse, SymbolsFilteredSortedAndThumbBitCleared) {
  const ElfImage img = load(standard_bytes());
  std::vector<std::string> names;
  for (const ElfSymbol& s : img.symbols) names.push_back(s.name);
  // No mapping, section, file or undefined symbols; sorted by value, functions first.
  EXPECT_EQ(names, (std::vector<std::string>{"Reset_Handler", "main", "static_helper", "weak_hook", "table",
                                             "g_counter"}));
  EXPECT_TRUE(std::is_sorted(img.symbols.begin(), img.symbols.end(),
                             [](const ElfSymbol& a, const ElfSymbol& b) { return a.value < b.value; }));
  const ElfSymbol* reset = img.find_symbol("Reset_Handler");
  ASSERT_NE(reset, nullptr);
  EXPECT_EQ(reset->value, 0x08u);
  EXPECT_EQ(reset->size, 0x08u);
  EXPECT_TRUE(reset->is_function);
  const ElfSymbol* table = img.find_symbol("table");
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->value, 0x3cu);
  EXPECT_FALSE(table->is_function);
  const ElfSymbol* counter = img.find_symbol("g_counter");
  ASSERT_NE(counter, nullptr);
  EXPECT_EQ(counter->value, 0x20000000u);
  EXPECT_EQ(counter->size, 4u);
  EXPECT_EQ(img.find_symbol("puts"), nullptr);
  EXPECT_EQ(img.find_symbol("$t"), nullptr);
  EXPECT_EQ(img.find_symbol("nonexistent"), nullptr);
}

TEST(ElfParse, ObjectSymbolsKeepBit0) {
  ElfSpec spec = standard_spec();
  spec.symbols.push_back({"odd_byte", 0x3f, 1, kSttObject, kStbGlobal, 1});
  const ElfImage img = load(build_elf(spec).bytes);
  ASSERT_NE(img.find_symbol("odd_byte"), nullptr);
  EXPECT_EQ(img.find_symbol("odd_byte")->value, 0x3fu);
}

TEST(ElfParse, RiscvImageNeedsNoEabiAndKeepsBit0) {
  ElfSpec spec = standard_spec();
  spec.machine = kEmRiscv;
  spec.flags = 0x0001;  // EF_RISCV_RVC
  spec.entry = 0x0;
  spec.symbols = {{"_start", 0x0, 0x10, kSttFunc, kStbGlobal, 1}, {"odd", 0x11, 0x4, kSttFunc, kStbGlobal, 1}};
  const ElfImage img = load(build_elf(spec).bytes, kEmRiscv);
  EXPECT_EQ(img.machine, kEmRiscv);
  EXPECT_EQ(img.eflags, 0x1u);
  ASSERT_NE(img.find_symbol("odd"), nullptr);
  EXPECT_EQ(img.find_symbol("odd")->value, 0x11u);
  EXPECT_TRUE(img.warnings.empty());
}

TEST(ElfParse, SoftAndHardFloatAcceptedWithoutWarnings) {
  for (uint32_t flags : {0x05000000u, 0x05000200u, 0x05000400u}) {
    ElfSpec spec = standard_spec();
    spec.flags = flags;
    const ElfImage img = load(build_elf(spec).bytes);
    EXPECT_EQ(img.eflags, flags);
    EXPECT_TRUE(img.warnings.empty()) << std::hex << flags;
  }
}

TEST(ElfParse, StrippedImageHasNoSymbolsAndNoWarnings) {
  ElfSpec spec = standard_spec();
  spec.sections = false;
  const ElfImage img = load(build_elf(spec).bytes);
  EXPECT_TRUE(img.symbols.empty());
  EXPECT_TRUE(img.warnings.empty());
  EXPECT_EQ(img.segments.size(), 2u);
  EXPECT_EQ(img.symbolize(0x10), "");
}

TEST(ElfParse, ZeroMemszAndNonLoadSegmentsSkipped) {
  ElfSpec spec = standard_spec();
  spec.segments.push_back({kPtLoad, 0x1000, 0x1000, 0, 6, {}});       // empty PT_LOAD
  spec.segments.push_back({kPtArmExidx, 0x30, 0x30, 0x8, 4, pattern(8, 5)});
  const ElfImage img = load(build_elf(spec).bytes);
  ASSERT_EQ(img.segments.size(), 2u);
  EXPECT_EQ(img.segments[0].index, 0u);
  EXPECT_EQ(img.segments[1].index, 1u);
}

TEST(ElfParse, BssOnlySegmentHasNoData) {
  ElfSpec spec = standard_spec();
  spec.segments.push_back({kPtLoad, 0x20001000, 0x20001000, 0x400, 6, {}});
  const ElfImage img = load(build_elf(spec).bytes);
  ASSERT_EQ(img.segments.size(), 3u);
  EXPECT_EQ(img.segments[2].index, 3u);
  EXPECT_EQ(img.segments[2].filesz, 0u);
  EXPECT_EQ(img.segments[2].memsz, 0x400u);
  EXPECT_TRUE(img.segments[2].data.empty());
  EXPECT_EQ(img.segments[2].load_size(), 0x400u);
}

TEST(ElfParse, SegmentEndingExactlyAt4GiBIsAccepted) {
  ElfSpec spec = standard_spec();
  spec.segments.push_back({kPtLoad, 0xFFFFFF00, 0xFFFFFF00, 0x100, 6, pattern(0x10, 4)});
  const ElfImage img = load(build_elf(spec).bytes);
  EXPECT_EQ(img.segments.size(), 3u);
}

TEST(ElfParse, AdjacentSegmentsDoNotOverlap) {
  ElfSpec spec = standard_spec();
  spec.segments.push_back({kPtLoad, 0x50, 0x50, 0x10, 5, pattern(0x10, 4)});  // right after .data's load image
  EXPECT_EQ(load(build_elf(spec).bytes).segments.size(), 3u);
}

TEST(ElfParse, BssTailAtLoadAddressDoesNotOverlapNextLoadImage) {
  // The layout GNU ld produces for ".data > RAM AT> FLASH, .bss > RAM,
  // .dtcm > DTCM AT> FLASH": segment 1's p_paddr + p_memsz runs into segment
  // 2's load image, but only p_filesz bytes are stored at p_paddr.
  ElfSpec spec = standard_spec();
  spec.segments.push_back({kPtLoad, 0x50, 0x30000000, 0x8, 6, pattern(0x8, 4)});
  const ElfImage img = load(build_elf(spec).bytes);
  EXPECT_EQ(img.segments.size(), 3u);
}

TEST(ElfParse, EntryOutsideSegmentsIsAWarning) {
  ElfSpec spec = standard_spec();
  spec.entry = 0x10000001;
  const ElfImage img = load(build_elf(spec).bytes);
  ASSERT_EQ(img.warnings.size(), 1u);
  EXPECT_EQ(img.warnings[0], "fw.elf: entry point 0x10000001 is not inside any loaded segment");
}

TEST(ElfParse, EmptyPathIsNamedInMessages) {
  std::vector<uint8_t> b = standard_bytes();
  put16(b, kEMachine, 62);
  try {
    parse_elf(b, "", kEmArm);
    FAIL() << "loaded";
  } catch (const ElfError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("<memory>: ", 0), 0u) << e.what();
  }
}

TEST(ElfMachine, Names) {
  EXPECT_EQ(elf_machine_name(40), "EM_ARM (40)");
  EXPECT_EQ(elf_machine_name(243), "EM_RISCV (243)");
  EXPECT_EQ(elf_machine_name(62), "EM_X86_64 (62)");
  EXPECT_EQ(elf_machine_name(4242), "machine 4242");
}

// ---- symbolize / find_symbol ---------------------------------------------------

TEST(ElfSymbolize, FunctionAndOffset) {
  const ElfImage img = load(standard_bytes());
  EXPECT_EQ(img.symbolize(0x08), "Reset_Handler");
  EXPECT_EQ(img.symbolize(0x0e), "Reset_Handler+0x6");
  EXPECT_EQ(img.symbolize(0x10), "main");
  EXPECT_EQ(img.symbolize(0x2c), "main+0x1c");
  EXPECT_EQ(img.symbolize(0x2f), "main+0x1f");
  EXPECT_EQ(img.symbolize(0x30), "static_helper");  // local functions count too
  EXPECT_EQ(img.symbolize(0x3b), "static_helper+0xb");
}

TEST(ElfSymbolize, OutsideFunctionsIsEmpty) {
  const ElfImage img = load(standard_bytes());
  EXPECT_EQ(img.symbolize(0x00), "");          // before the first function
  EXPECT_EQ(img.symbolize(0x07), "");
  EXPECT_EQ(img.symbolize(0x3e), "");          // in an object, past a size-less function
  EXPECT_EQ(img.symbolize(0x20000000), "");    // data object, not a function
  EXPECT_EQ(img.symbolize(0xFFFFFFFF), "");
}

TEST(ElfSymbolize, SizelessFunctionMatchesOnlyItsAddress) {
  const ElfImage img = load(standard_bytes());
  EXPECT_EQ(img.symbolize(0x3c), "weak_hook");
  EXPECT_EQ(img.symbolize(0x3d), "");
}

TEST(ElfSymbolize, AliasesPreferSizedThenFirstName) {
  ElfSpec spec = standard_spec();
  spec.symbols = {{"zeta", 0x11, 0x20, kSttFunc, kStbGlobal, 1},
                  {"alpha", 0x11, 0x20, kSttFunc, kStbWeak, 1},
                  {"aaa_label", 0x11, 0, kSttFunc, kStbLocal, 1},
                  {"a_tiny", 0x11, 0x2, kSttFunc, kStbLocal, 1},
                  {"label_only", 0x41, 0, kSttFunc, kStbLocal, 1}};
  const ElfImage img = load(build_elf(spec).bytes);
  EXPECT_EQ(img.symbolize(0x10), "a_tiny");     // sized beats the size-less label; first name among sized
  EXPECT_EQ(img.symbolize(0x11), "a_tiny+0x1");
  EXPECT_EQ(img.symbolize(0x12), "alpha+0x2");  // only the 0x20-byte ones contain it; "alpha" < "zeta"
  EXPECT_EQ(img.symbolize(0x2f), "alpha+0x1f");
  EXPECT_EQ(img.symbolize(0x30), "");
  EXPECT_EQ(img.symbolize(0x40), "label_only");
}

TEST(ElfSymbolize, EmptySymbolTable) {
  ElfImage img;
  EXPECT_EQ(img.symbolize(0), "");
  EXPECT_EQ(img.find_symbol("main"), nullptr);
}

// ---- reading files -------------------------------------------------------------

TEST(ElfRead, FromFile) {
  TempDir dir;
  const std::string p = dir.write("fw.elf", standard_bytes());
  const ElfImage img = read_elf(p, kEmArm);
  EXPECT_EQ(img.path, p);
  EXPECT_EQ(img.segments.size(), 2u);
  EXPECT_EQ(img.symbolize(0x2c), "main+0x1c");
}

TEST(ElfRead, MissingFile) {
  TempDir dir;
  const std::string p = dir.file("missing.elf");
  try {
    read_elf(p, kEmArm);
    FAIL() << "loaded";
  } catch (const ElfError& e) {
    EXPECT_EQ(std::string(e.what()), p + ": cannot open file: No such file or directory");
  }
}

TEST(ElfRead, DirectoryIsUnreadable) {
  TempDir dir;
  try {
    read_elf(dir.file(""), kEmArm);
    FAIL() << "loaded";
  } catch (const ElfError& e) {
    const std::string msg = e.what();
    EXPECT_EQ(msg.rfind(dir.file(""), 0), 0u) << msg;
    EXPECT_NE(msg.find("Is a directory"), std::string::npos) << msg;
  }
}

TEST(ElfRead, EmptyFile) {
  TempDir dir;
  const std::string p = dir.write("empty.elf", {});
  try {
    read_elf(p, kEmArm);
    FAIL() << "loaded";
  } catch (const ElfError& e) {
    EXPECT_EQ(std::string(e.what()), p + ": empty file (0 bytes), not an ELF image");
  }
}

TEST(ElfRead, TextFileIsNotAnElf) {
  TempDir dir;
  const std::string p = dir.write_text("fw.hex", ":10000000000000000000000000000000000000F0\n");
  try {
    read_elf(p, kEmArm);
    FAIL() << "loaded";
  } catch (const ElfError& e) {
    EXPECT_EQ(std::string(e.what()),
              p + ": not an ELF file: it starts with bytes 3a 31 30 30, an ELF file starts with 7f 45 4c 46 "
                  "(\"\\x7fELF\")");
  }
}

// ---- identification and ELF header ----------------------------------------------

TEST(ElfMalformed, EmptyBytes) { EXPECT_TRUE(fails_with({}, {"empty file"})); }

TEST(ElfMalformed, BadMagic) {
  std::vector<uint8_t> b = standard_bytes();
  b[1] = 'X';
  EXPECT_TRUE(fails_with(b, {"not an ELF file", "7f 58 4c 46"}));
  EXPECT_TRUE(fails_with({0x4d, 0x5a}, {"not an ELF file", "4d 5a"}));  // short, and not a magic prefix
}

TEST(ElfMalformed, HeaderTruncatedAtEveryLength) {
  const std::vector<uint8_t> full = standard_bytes();
  for (size_t n = 1; n < 52; ++n) {
    const std::vector<uint8_t> b(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(n));
    EXPECT_TRUE(fails_with(b, {"truncated ELF header: the file is " + std::to_string(n) +
                               " bytes, the ELF32 header needs 52"}))
        << n;
  }
}

TEST(ElfMalformed, Class64) {
  std::vector<uint8_t> b = standard_bytes();
  b[kEiClass] = 2;
  EXPECT_TRUE(fails_with(b, {"64-bit ELF (ELFCLASS64); expected a 32-bit ELF (ELFCLASS32)"}));
}

TEST(ElfMalformed, InvalidClass) {
  std::vector<uint8_t> b = standard_bytes();
  b[kEiClass] = 0;
  EXPECT_TRUE(fails_with(b, {"invalid ELF class EI_CLASS = 0"}));
}

TEST(ElfMalformed, BigEndian) {
  std::vector<uint8_t> b = standard_bytes();
  b[kEiData] = 2;
  EXPECT_TRUE(fails_with(b, {"big-endian ELF (ELFDATA2MSB)"}));
}

TEST(ElfMalformed, InvalidDataEncoding) {
  std::vector<uint8_t> b = standard_bytes();
  b[kEiData] = 3;
  EXPECT_TRUE(fails_with(b, {"invalid ELF data encoding EI_DATA = 3"}));
}

TEST(ElfMalformed, IdentVersion) {
  std::vector<uint8_t> b = standard_bytes();
  b[kEiVersion] = 2;
  EXPECT_TRUE(fails_with(b, {"unsupported ELF version EI_VERSION = 2"}));
}

TEST(ElfMalformed, WrongMachine) {
  std::vector<uint8_t> b = standard_bytes();
  put16(b, kEMachine, 62);
  EXPECT_TRUE(fails_with(b, {"EM_X86_64 (62), expected EM_ARM (40)"}));
  put16(b, kEMachine, 40);
  EXPECT_TRUE(fails_with(b, {"the file is for EM_ARM (40), expected EM_RISCV (243)"}, kEmRiscv));
  put16(b, kEMachine, 9999);
  EXPECT_TRUE(fails_with(b, {"machine 9999, expected EM_ARM (40)"}));
}

TEST(ElfMalformed, NotAnExecutable) {
  std::vector<uint8_t> b = standard_bytes();
  put16(b, kEType, 1);
  EXPECT_TRUE(fails_with(b, {"e_type is 1 ET_REL (relocatable object file", "expected ET_EXEC (2)"}));
  put16(b, kEType, 3);
  EXPECT_TRUE(fails_with(b, {"e_type is 3 ET_DYN", "expected ET_EXEC (2)"}));
  put16(b, kEType, 4);
  EXPECT_TRUE(fails_with(b, {"ET_CORE"}));
  put16(b, kEType, 0xfe00);
  EXPECT_TRUE(fails_with(b, {"e_type is 65024 unknown"}));
}

TEST(ElfMalformed, Version) {
  std::vector<uint8_t> b = standard_bytes();
  put32(b, kEVersion, 0);
  EXPECT_TRUE(fails_with(b, {"unsupported e_version 0"}));
}

TEST(ElfMalformed, HeaderSize) {
  std::vector<uint8_t> b = standard_bytes();
  put16(b, kEEhsize, 64);
  EXPECT_TRUE(fails_with(b, {"invalid e_ehsize 64 (expected 52"}));
}

TEST(ElfMalformed, ArmEabiVersion) {
  ElfSpec spec = standard_spec();
  spec.flags = 0x04000200;
  EXPECT_TRUE(fails_with(build_elf(spec).bytes,
                         {"unsupported ARM EABI version 4 in e_flags 0x04000200", "expected version 5"}));
  spec.flags = 0x00000200;
  EXPECT_TRUE(fails_with(build_elf(spec).bytes, {"ARM EABI version 0", "legacy GNU ABI"}));
  spec.flags = 0x05800000;
  EXPECT_TRUE(fails_with(build_elf(spec).bytes, {"BE8"}));
}

// ---- program headers and segments ----------------------------------------------

TEST(ElfMalformed, NoProgramHeaders) {
  ElfSpec spec = standard_spec();
  spec.segments.clear();
  EXPECT_TRUE(fails_with(build_elf(spec).bytes, {"no PT_LOAD segment: the file has no program headers"}));
}

TEST(ElfMalformed, NoPtLoadSegment) {
  ElfSpec spec = standard_spec();
  spec.segments = {{kPtNote, 0, 0, 0, 4, pattern(8, 1)}};
  EXPECT_TRUE(fails_with(build_elf(spec).bytes, {"no PT_LOAD segment among its 1 program headers"}));
}

TEST(ElfMalformed, OnlyEmptyPtLoadSegments) {
  ElfSpec spec = standard_spec();
  spec.segments = {{kPtLoad, 0, 0, 0, 5, {}}};
  EXPECT_TRUE(fails_with(build_elf(spec).bytes, {"no PT_LOAD segment with a non-zero p_memsz"}));
}

TEST(ElfMalformed, ExtendedProgramHeaderNumbering) {
  std::vector<uint8_t> b = standard_bytes();
  put16(b, kEPhnum, 0xffff);
  EXPECT_TRUE(fails_with(b, {"PN_XNUM"}));
}

TEST(ElfMalformed, ProgramHeaderEntrySize) {
  std::vector<uint8_t> b = standard_bytes();
  put16(b, kEPhentsize, 56);  // an ELF64 program header
  EXPECT_TRUE(fails_with(b, {"invalid e_phentsize 56 (expected 32"}));
  put16(b, kEPhentsize, 0);
  EXPECT_TRUE(fails_with(b, {"invalid e_phentsize 0"}));
}

TEST(ElfMalformed, ProgramHeaderTableOutOfFile) {
  std::vector<uint8_t> b = standard_bytes();
  const uint32_t size = static_cast<uint32_t>(b.size());
  put32(b, kEPhoff, size - 16);
  EXPECT_TRUE(fails_with(b, {"program header table (offset", "extends past end of file (" +
                                                                      std::to_string(size) + " bytes)"}));
  put32(b, kEPhoff, 0xFFFFFFF0);  // offset + size overflows 32 bits
  EXPECT_TRUE(fails_with(b, {"program header table (offset 0xfffffff0", "ending at 0x100000050"}));
  put32(b, kEPhoff, 52);
  put16(b, kEPhnum, 5000);
  EXPECT_TRUE(fails_with(b, {"5000 entries of 32 bytes", "extends past end of file"}));
}

TEST(ElfMalformed, TruncatedSegmentData) {
  const BuiltElf e = build_elf(standard_spec());
  // Cut the file in the middle of segment 1's data (sections are gone too).
  const std::vector<uint8_t> b(e.bytes.begin(), e.bytes.begin() + e.data_off[1] + 8);
  char expected[128];
  std::snprintf(expected, sizeof expected, "segment 1: data [file offset 0x%x, 0x10 bytes, ending at 0x%x]",
                e.data_off[1], e.data_off[1] + 0x10);
  EXPECT_TRUE(fails_with(b, {expected, "extends past end of file (" + std::to_string(b.size()) + " bytes): truncated file?"}));
}

TEST(ElfMalformed, SegmentOffsetOutOfFile) {
  BuiltElf e = build_elf(standard_spec());
  put32(e.bytes, e.phdr(0) + kPOffset, 0xFFFFFFF0);
  EXPECT_TRUE(fails_with(e.bytes, {"segment 0: data [file offset 0xfffffff0, 0x40 bytes, ending at 0x100000030]"}));
}

TEST(ElfMalformed, FileszLargerThanMemsz) {
  BuiltElf e = build_elf(standard_spec());
  put32(e.bytes, e.phdr(1) + kPMemsz, 0x8);
  EXPECT_TRUE(fails_with(e.bytes, {"segment 1: p_filesz 0x10 is larger than p_memsz 0x8"}));
  put32(e.bytes, e.phdr(1) + kPMemsz, 0);
  EXPECT_TRUE(fails_with(e.bytes, {"segment 1: p_filesz 0x10 is larger than p_memsz 0x0"}));
}

TEST(ElfMalformed, OverlappingSegments) {
  ElfSpec spec = standard_spec();
  spec.segments.push_back({kPtLoad, 0x38, 0x38, 0x10, 5, pattern(0x10, 2)});
  EXPECT_TRUE(fails_with(build_elf(spec).bytes,
                         {"segments 0 [0x00000000, 0x00000040) and 3 [0x00000038, 0x00000048) overlap"}));
}

TEST(ElfMalformed, SegmentInsideAnother) {
  ElfSpec spec = standard_spec();
  spec.segments.insert(spec.segments.begin(), {kPtLoad, 0x1000, 0x1000, 0x1000, 5, pattern(0x10, 2)});
  spec.segments.push_back({kPtLoad, 0x1800, 0x1800, 0x10, 5, pattern(0x10, 2)});
  EXPECT_TRUE(fails_with(build_elf(spec).bytes,
                         {"segments 0 [0x00001000, 0x00002000) and 4 [0x00001800, 0x00001810) overlap"}));
}

TEST(ElfMalformed, LoadAddressWrapsPast4GiB) {
  ElfSpec spec = standard_spec();
  spec.segments.push_back({kPtLoad, 0xFFFFFF00, 0xFFFFFF00, 0x200, 6, pattern(0x10, 4)});
  EXPECT_TRUE(fails_with(build_elf(spec).bytes,
                         {"segment 3: load address range [0xffffff00, 0x100000100) wraps around past 4 GiB"}));
}

TEST(ElfMalformed, VirtualAddressWrapsPast4GiB) {
  ElfSpec spec = standard_spec();
  spec.segments.push_back({kPtLoad, 0x1000, 0xFFFFFFF0, 0x20, 6, pattern(0x10, 4)});
  EXPECT_TRUE(fails_with(build_elf(spec).bytes,
                         {"segment 3: virtual address range [0xfffffff0, 0x100000010) wraps around past 4 GiB"}));
}

// ---- section headers and symbols: optional, so problems only drop the symbols --

// Loads b, expects its segments intact, no symbols and a warning containing fragment.
void expect_symbols_ignored(const std::vector<uint8_t>& b, const std::string& fragment) {
  const ElfImage img = load(b);
  EXPECT_EQ(img.segments.size(), 2u);
  EXPECT_TRUE(img.symbols.empty());
  ASSERT_EQ(img.warnings.size(), 1u);
  EXPECT_EQ(img.warnings[0].rfind("fw.elf: symbols ignored: ", 0), 0u) << img.warnings[0];
  EXPECT_NE(img.warnings[0].find(fragment), std::string::npos) << img.warnings[0];
}

TEST(ElfSections, SectionHeaderTableOutOfFile) {
  BuiltElf e = build_elf(standard_spec());
  put32(e.bytes, kEShoff, static_cast<uint32_t>(e.bytes.size()) - 8);
  expect_symbols_ignored(e.bytes, "section header table (offset");
  put32(e.bytes, kEShoff, 0xFFFFFFF0);
  expect_symbols_ignored(e.bytes, "extends past end of file");
}

TEST(ElfSections, SectionCountPastEndOfFile) {
  BuiltElf e = build_elf(standard_spec());
  put16(e.bytes, kEShnum, 0xff00);
  expect_symbols_ignored(e.bytes, "65280 entries of 40 bytes");
}

TEST(ElfSections, SectionHeaderEntrySize) {
  BuiltElf e = build_elf(standard_spec());
  put16(e.bytes, kEShentsize, 64);
  expect_symbols_ignored(e.bytes, "invalid e_shentsize 64");
}

TEST(ElfSections, SectionTableWithoutOffset) {
  BuiltElf e = build_elf(standard_spec());
  put32(e.bytes, kEShoff, 0);
  expect_symbols_ignored(e.bytes, "e_shnum is 4 but e_shoff is 0");
  put16(e.bytes, kEShnum, 0);
  const ElfImage img = load(e.bytes);  // no section headers at all: stripped, silently
  EXPECT_TRUE(img.warnings.empty());
}

TEST(ElfSections, ExtendedSectionNumbering) {
  BuiltElf e = build_elf(standard_spec());
  put16(e.bytes, kEShnum, 0);
  expect_symbols_ignored(e.bytes, "extended section numbering");
}

TEST(ElfSections, NoSymtabSectionMeansNoSymbols) {
  BuiltElf e = build_elf(standard_spec());
  put32(e.bytes, e.shdr(kSymtabIndex) + kShType, 1);  // SHT_PROGBITS
  const ElfImage img = load(e.bytes);
  EXPECT_TRUE(img.symbols.empty());
  EXPECT_TRUE(img.warnings.empty());
}

TEST(ElfSections, SymtabOutOfFile) {
  BuiltElf e = build_elf(standard_spec());
  put32(e.bytes, e.shdr(kSymtabIndex) + kShOffset, 0xFFFFFFF0);
  expect_symbols_ignored(e.bytes, "symbol table (section 1) [offset 0xfffffff0");
  put32(e.bytes, e.shdr(kSymtabIndex) + kShOffset, e.symtab_off);
  put32(e.bytes, e.shdr(kSymtabIndex) + kShSize, 0x7FFFFFF0);
  expect_symbols_ignored(e.bytes, "extends past end of file");
}

TEST(ElfSections, SymtabEntrySizeAndSize) {
  BuiltElf e = build_elf(standard_spec());
  put32(e.bytes, e.shdr(kSymtabIndex) + kShEntsize, 24);
  expect_symbols_ignored(e.bytes, "sh_entsize 24 (expected 16)");
  put32(e.bytes, e.shdr(kSymtabIndex) + kShEntsize, 16);
  put32(e.bytes, e.shdr(kSymtabIndex) + kShSize, e.symtab_size - 3);
  expect_symbols_ignored(e.bytes, "is not a multiple of 16");
}

TEST(ElfSections, StringTableLink) {
  BuiltElf e = build_elf(standard_spec());
  put32(e.bytes, e.shdr(kSymtabIndex) + kShLink, 77);
  expect_symbols_ignored(e.bytes, "links to string table section 77, which does not exist");
  put32(e.bytes, e.shdr(kSymtabIndex) + kShLink, 0);
  expect_symbols_ignored(e.bytes, "section 0, which does not exist");
  put32(e.bytes, e.shdr(kSymtabIndex) + kShLink, kSymtabIndex);  // links to itself
  expect_symbols_ignored(e.bytes, "has sh_type 2, expected SHT_STRTAB (3)");
}

TEST(ElfSections, StringTableOutOfFile) {
  BuiltElf e = build_elf(standard_spec());
  put32(e.bytes, e.shdr(kStrtabIndex) + kShOffset, static_cast<uint32_t>(e.bytes.size()) - 2);
  expect_symbols_ignored(e.bytes, "string table (section 2) [offset");
  put32(e.bytes, e.shdr(kStrtabIndex) + kShOffset, e.strtab_off);
  put32(e.bytes, e.shdr(kStrtabIndex) + kShSize, 0xFFFFFFFF);
  expect_symbols_ignored(e.bytes, "size 0xffffffff] extends past end of file");
}

TEST(ElfSections, SymbolNameOffsetOutOfStringTable) {
  BuiltElf e = build_elf(standard_spec());
  put32(e.bytes, e.sym(3), e.strtab_size);  // one past the end
  expect_symbols_ignored(e.bytes, "symbol 3 has name offset");
  put32(e.bytes, e.sym(3), 0xFFFFFFFF);
  expect_symbols_ignored(e.bytes, "name offset 0xffffffff outside its string table (section 2)");
}

TEST(ElfSections, SymbolNameNotTerminated) {
  BuiltElf e = build_elf(standard_spec());
  e.bytes[e.strtab_off + e.strtab_size - 1] = 'x';  // the last name loses its NUL
  expect_symbols_ignored(e.bytes, "not NUL-terminated");
}

TEST(ElfSections, EmptyStringTable) {
  BuiltElf e = build_elf(standard_spec());
  put32(e.bytes, e.shdr(kStrtabIndex) + kShSize, 0);
  expect_symbols_ignored(e.bytes, "outside its string table (section 2) of 0x0 bytes");
}

// ---- check_fits ----------------------------------------------------------------

const std::vector<LoadRegion> kRegions = {
    {"flash", 0x0, 0x1000},
    {"sram", 0x20000000, 0x1000},
    {"dtcm", 0x30000000, 0x100},
};

TEST(ElfFits, UsagePerRegion) {
  const ElfImage img = load(standard_bytes());
  const auto used = check_fits(img, kRegions);
  // flash: .text (0x40) + .data's load image (0x10); sram: .data + .bss (0x100); dtcm untouched.
  EXPECT_EQ(used, (std::map<std::string, uint64_t>{{"flash", 0x50}, {"sram", 0x100}}));
}

TEST(ElfFits, SegmentEndingAtRegionEndFits) {
  ElfSpec spec = standard_spec();
  spec.segments.push_back({kPtLoad, 0x30000080, 0x30000080, 0x80, 6, {}});
  const auto used = check_fits(load(build_elf(spec).bytes), kRegions);
  EXPECT_EQ(used.at("dtcm"), 0x80u);
}

// Passes when check_fits throws an ElfError containing every fragment.
::testing::AssertionResult fits_fails_with(const ElfImage& img, const std::vector<LoadRegion>& regions,
                                           std::initializer_list<std::string> fragments) {
  try {
    check_fits(img, regions);
  } catch (const ElfError& e) {
    const std::string msg = e.what();
    if (msg.rfind(std::string(kPath) + ": ", 0) != 0)
      return ::testing::AssertionFailure() << "message does not start with the path: " << msg;
    for (const std::string& f : fragments)
      if (msg.find(f) == std::string::npos)
        return ::testing::AssertionFailure() << "message lacks \"" << f << "\": " << msg;
    return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure() << "fits";
}

TEST(ElfFits, StraddlesRegionEnd) {
  ElfSpec spec = standard_spec();
  spec.segments.push_back({kPtLoad, 0x300000c0, 0x300000c0, 0x80, 6, {}});
  EXPECT_TRUE(fits_fails_with(load(build_elf(spec).bytes), kRegions,
                              {"segment 3 range [0x300000c0, 0x30000140) (0x80 bytes) does not fit in any memory "
                               "region; the nearest is 'dtcm' [0x30000000, 0x30000100): the segment extends 0x40 "
                               "bytes past its end"}));
}

TEST(ElfFits, StraddlesTwoAdjacentRegions) {
  const std::vector<LoadRegion> regions = {{"itcm", 0x0, 0x20}, {"flash", 0x20, 0x1000}};
  EXPECT_TRUE(fits_fails_with(load(standard_bytes()), regions,
                              {"segment 0 range [0x00000000, 0x00000040)", "the nearest is 'itcm'",
                               "extends 0x20 bytes past its end"}));
}

TEST(ElfFits, StartsBeforeRegion) {
  const std::vector<LoadRegion> regions = {{"flash", 0x8, 0x1000}, {"sram", 0x20000000, 0x1000}};
  EXPECT_TRUE(fits_fails_with(load(standard_bytes()), regions,
                              {"segment 0 range [0x00000000, 0x00000040)", "'flash' [0x00000008, 0x00001008)",
                               "starts 0x8 bytes before its base"}));
}

TEST(ElfFits, LargerThanRegion) {
  const std::vector<LoadRegion> regions = {{"flash", 0x8, 0x10}, {"sram", 0x20000000, 0x1000}};
  EXPECT_TRUE(fits_fails_with(load(standard_bytes()), regions, {"segment 0", "larger than the region"}));
}

TEST(ElfFits, RunTimeRangeOutsideRam) {
  const std::vector<LoadRegion> regions = {{"flash", 0x0, 0x1000}, {"sram", 0x20000000, 0x80}};
  EXPECT_TRUE(fits_fails_with(load(standard_bytes()), regions,
                              {"segment 1 run-time range [0x20000000, 0x20000100) (0x100 bytes) does not fit",
                               "'sram' [0x20000000, 0x20000080): the segment extends 0x80 bytes past its end"}));
}

TEST(ElfFits, LoadRangeOutsideFlash) {
  const std::vector<LoadRegion> regions = {{"flash", 0x0, 0x48}, {"sram", 0x20000000, 0x1000}};
  EXPECT_TRUE(fits_fails_with(load(standard_bytes()), regions,
                              {"segment 1 load range [0x00000040, 0x00000050)", "'flash'"}));
}

TEST(ElfFits, OutsideEveryRegionNamesTheNearest) {
  ElfSpec spec = standard_spec();
  spec.segments.push_back({kPtLoad, 0x28000000, 0x28000000, 0x10, 6, {}});
  EXPECT_TRUE(fits_fails_with(load(build_elf(spec).bytes), kRegions,
                              {"segment 3 range [0x28000000, 0x28000010)", "the nearest is 'sram'",
                               "starts 0x7fff000 bytes above its end"}));
  spec.segments.back() = {kPtLoad, 0x2ffffff0, 0x2ffffff0, 0x8, 6, {}};
  EXPECT_TRUE(fits_fails_with(load(build_elf(spec).bytes), kRegions,
                              {"the nearest is 'dtcm'", "ends 0x8 bytes below its base"}));
}

TEST(ElfFits, OverlappingRegionsAreAmbiguous) {
  const std::vector<LoadRegion> regions = {
      {"flash", 0x0, 0x1000}, {"flash_alias", 0x0, 0x100}, {"sram", 0x20000000, 0x1000}};
  EXPECT_TRUE(fits_fails_with(load(standard_bytes()), regions,
                              {"segment 0", "two overlapping memory regions, 'flash'", "'flash_alias'"}));
}

TEST(ElfFits, NoRegions) {
  EXPECT_TRUE(fits_fails_with(load(standard_bytes()), {}, {"segment 0", "no memory regions are defined"}));
}

TEST(ElfFits, RegionsUpTo64BitTop) {
  const std::vector<LoadRegion> regions = {{"all", 0x0, UINT64_MAX}, {"high", 0xFFFFFFFF00000000, UINT64_MAX}};
  const auto used = check_fits(load(standard_bytes()), regions);
  EXPECT_EQ(used.at("all"), 0x150u);
}

// ---- fuzzing -------------------------------------------------------------------

TEST(ElfFuzz, RandomMutationsLoadOrThrowElfError) {
  const BuiltElf base = build_elf(standard_spec());
  const std::vector<uint8_t>& orig = base.bytes;
  std::mt19937 rng(20240611);
  auto pick = [&](uint64_t n) { return static_cast<size_t>(std::uniform_int_distribution<uint64_t>(0, n - 1)(rng)); };
  // The structural parts, where a mutation most often changes the outcome.
  const std::vector<std::pair<size_t, size_t>> hot = {
      {0, 52}, {base.phoff, base.phoff + 96}, {base.shoff, base.shoff + 160},
      {base.symtab_off, base.symtab_off + base.symtab_size}, {base.strtab_off, base.strtab_off + base.strtab_size}};
  const uint32_t interesting[] = {0,          1,          2,          4,          16,         32,        40,
                                  52,         0x7f,       0x80,       0xff,       0xffff,     0x7fffffff, 0x80000000,
                                  0xfffffff0, 0xffffffff, static_cast<uint32_t>(orig.size()),
                                  static_cast<uint32_t>(orig.size() - 1), static_cast<uint32_t>(orig.size() + 1)};

  int loaded = 0, rejected = 0;
  for (int iter = 0; iter < 2000; ++iter) {
    std::vector<uint8_t> b = orig;
    const int kind = static_cast<int>(pick(5));
    const int rounds = 1 + static_cast<int>(pick(4));
    for (int r = 0; r < rounds; ++r) {
      const auto& [lo, hi] = hot[pick(hot.size())];
      switch (kind) {
        case 0:  // bit flips anywhere
          b[pick(b.size())] ^= static_cast<uint8_t>(1u << pick(8));
          break;
        case 1:  // random bytes in a structural part
          b[lo + pick(hi - lo)] = static_cast<uint8_t>(pick(256));
          break;
        case 2:  // an interesting 32-bit value over an aligned word of a structural part
          if (hi - lo >= 4) put32(b, (lo + pick(hi - lo - 3)) & ~size_t{3}, interesting[pick(std::size(interesting))]);
          break;
        case 3:  // an interesting 16-bit value
          if (hi - lo >= 2)
            put16(b, (lo + pick(hi - lo - 1)) & ~size_t{1},
                  static_cast<uint16_t>(interesting[pick(std::size(interesting))]));
          break;
        default:  // a flip then a truncation
          b[pick(b.size())] ^= static_cast<uint8_t>(1u << pick(8));
          break;
      }
    }
    if (kind == 4 || pick(8) == 0) b.resize(pick(b.size() + 1));

    try {
      const ElfImage img = parse_elf(b, kPath, kEmArm);
      ++loaded;
      ASSERT_FALSE(img.segments.empty());
      for (const ElfSegment& s : img.segments) {
        ASSERT_EQ(s.data.size(), s.filesz);
        ASSERT_LE(s.filesz, s.memsz);
        ASSERT_LE(uint64_t{s.paddr} + s.load_size(), uint64_t{1} << 32);
      }
      ASSERT_TRUE(std::is_sorted(img.symbols.begin(), img.symbols.end(),
                                 [](const ElfSymbol& x, const ElfSymbol& y) { return x.value < y.value; }));
      for (uint32_t a : {0u, 0x10u, 0x2cu, 0x3cu, 0x20000000u, 0xffffffffu, static_cast<uint32_t>(rng())})
        (void)img.symbolize(a);
      (void)img.find_symbol("main");
      try {
        check_fits(img, kRegions);
      } catch (const ElfError&) {
      }
    } catch (const ElfError& e) {
      ++rejected;
      ASSERT_EQ(std::string(e.what()).rfind("fw.elf: ", 0), 0u) << e.what();
      // The reader's bounds backstop must never be what catches a problem.
      ASSERT_EQ(std::string(e.what()).find("internal error"), std::string::npos) << e.what();
    } catch (const std::exception& e) {
      FAIL() << "mutation " << iter << " threw a non-ElfError: " << e.what();
    }
  }
  // Both outcomes are exercised.
  EXPECT_GT(loaded, 200);
  EXPECT_GT(rejected, 200);
}

}  // namespace
}  // namespace tinysim
