// ELF32 firmware images: reading, validation, symbols, and the check that an
// image fits the platform's memory map.
//
// The parser is self-contained (no libelf): every field is read little-endian
// through bounds-checked accessors, so a malformed file yields an ElfError,
// never a crash. Data flows one way: ELF file -> ElfImage (validated) ->
// check_fits against the platform's memories -> the platform writes each
// segment's bytes into memory.
#pragma once

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace tinysim {

// e_machine values the simulator knows (named kEm* so they cannot clash with
// the EM_* macros of <elf.h>).
inline constexpr uint16_t kEmArm = 40;
inline constexpr uint16_t kEmRiscv = 243;

// "EM_ARM (40)", "EM_X86_64 (62)", "machine 1234" for unknown values.
std::string elf_machine_name(uint16_t machine);

// Program header p_flags bits.
inline constexpr uint32_t kElfPfX = 1;
inline constexpr uint32_t kElfPfW = 2;
inline constexpr uint32_t kElfPfR = 4;

// One PT_LOAD program header with memsz > 0.
//
// paddr is where the segment's file bytes are loaded (the LMA, e.g. in flash);
// vaddr is where the code expects it at run time (the VMA, e.g. .data/.bss in
// RAM). Without an MMU both are physical addresses. When they differ, startup
// code copies the data from paddr to vaddr and zeroes the .bss part at vaddr.
struct ElfSegment {
  uint32_t paddr = 0;
  uint32_t vaddr = 0;
  uint32_t filesz = 0;
  uint32_t memsz = 0;
  uint32_t flags = 0;         // p_flags: kElfPfX | kElfPfW | kElfPfR
  uint32_t index = 0;         // index in the program header table (as `readelf -l` numbers segments)
  std::vector<uint8_t> data;  // filesz bytes

  // Bytes a loader places at paddr: the file data, followed by zeros up to
  // memsz when the segment runs where it is loaded (paddr == vaddr). When
  // paddr != vaddr only the file data belongs at paddr; the zero-filled tail
  // (.bss) exists only at vaddr, and startup code clears it.
  uint32_t load_size() const { return paddr == vaddr ? memsz : filesz; }
};

struct ElfSymbol {
  std::string name;
  uint32_t value = 0;  // for functions of an EM_ARM image, with the Thumb bit cleared
  uint32_t size = 0;
  bool is_function = false;  // STT_FUNC (else STT_OBJECT)
};

// Arm mapping symbol: from `address` on, the section holds Thumb code ('t'),
// Arm code ('a') or data such as literal pools ('d').
struct ElfMappingSymbol {
  uint32_t address;
  char kind;
};

struct ElfImage {
  std::string path;
  uint16_t machine = 0;  // kEmArm, kEmRiscv
  uint32_t entry = 0;    // e_entry as written (an EM_ARM entry keeps its Thumb bit)
  uint32_t eflags = 0;
  std::vector<ElfSegment> segments;  // PT_LOAD only, with memsz > 0, in program header order
  // Defined STT_FUNC / STT_OBJECT symbols with a name, from .symtab if present,
  // sorted by value (then functions first, then by name). Empty for a stripped
  // image or when the symbol table is unusable (see warnings).
  std::vector<ElfSymbol> symbols;
  std::vector<ElfMappingSymbol> mapping_symbols;  // EM_ARM only, in symbol-table order
  // Problems that did not stop the load (unusable symbol table, entry point
  // outside every segment), each starting with the path. Empty for a clean image.
  std::vector<std::string> warnings;

  // Name of the function containing addr, "main" or "main+0x1c", for traces
  // and fault messages; "" if no function contains it. A function symbol
  // without a size only matches its own address. Requires `symbols` sorted
  // as read_elf leaves it.
  std::string symbolize(uint32_t addr) const;
  // First symbol of that name (functions before objects at the same value), or nullptr.
  const ElfSymbol* find_symbol(const std::string& name) const;
};

// Every loader problem; what() starts with "<path>: ".
class ElfError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads and validates an ELF32 little-endian ET_EXEC image for expected_machine
// (for EM_ARM also the EABI version 5 in e_flags; soft and hard float both
// accepted). Throws ElfError naming the file and the problem.
ElfImage read_elf(const std::string& path, uint16_t expected_machine);
// The same on bytes already in memory; path_for_messages names them in errors.
ElfImage parse_elf(const std::vector<uint8_t>& bytes, const std::string& path_for_messages,
                   uint16_t expected_machine);

// A memory region an image may be loaded into.
struct LoadRegion {
  std::string name;
  uint64_t base = 0;
  uint64_t size = 0;
};

// Checks that each segment's load range [paddr, paddr + load_size()) and, when
// vaddr != paddr, its run-time range [vaddr, vaddr + memsz) each lie inside
// exactly one region (a range may not straddle regions, nor sit in two
// overlapping ones). Throws ElfError naming the segment index, its address
// range and the nearest region otherwise.
// Returns the bytes of each region the image occupies, for the report: per
// region name, the sum of load_size() at paddr plus, for segments with
// vaddr != paddr, memsz at vaddr (so .data counts in flash and in RAM, .bss
// only in RAM). Regions the image does not touch are absent.
std::map<std::string, uint64_t> check_fits(const ElfImage& image,
                                           const std::vector<LoadRegion>& regions);

}  // namespace tinysim
