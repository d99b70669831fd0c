// A tiny ELF32 little-endian writer for the loader tests: builds ET_EXEC
// images with the given segments and a .symtab, and reports where each part
// went so tests can corrupt exactly one field.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace elftest {

// ELF header field offsets.
constexpr size_t kEiClass = 4, kEiData = 5, kEiVersion = 6;
constexpr size_t kEType = 16, kEMachine = 18, kEVersion = 20, kEEntry = 24, kEPhoff = 28, kEShoff = 32,
                 kEFlags = 36, kEEhsize = 40, kEPhentsize = 42, kEPhnum = 44, kEShentsize = 46, kEShnum = 48,
                 kEShstrndx = 50;
// Program header field offsets.
constexpr size_t kPType = 0, kPOffset = 4, kPVaddr = 8, kPPaddr = 12, kPFilesz = 16, kPMemsz = 20, kPFlags = 24;
// Section header field offsets.
constexpr size_t kShType = 4, kShOffset = 16, kShSize = 20, kShLink = 24, kShEntsize = 36;

constexpr uint32_t kPtLoad = 1, kPtNote = 4, kPtArmExidx = 0x70000001;
constexpr uint8_t kSttNotype = 0, kSttObject = 1, kSttFunc = 2, kSttSection = 3, kSttFile = 4;
constexpr uint8_t kStbLocal = 0, kStbGlobal = 1, kStbWeak = 2;
constexpr uint16_t kShnUndef = 0, kShnAbs = 0xfff1;
// Sections the writer emits: 0 null, 1 .symtab, 2 .strtab, 3 .shstrtab.
constexpr uint32_t kSymtabIndex = 1, kStrtabIndex = 2;

struct SegSpec {
  uint32_t type = kPtLoad;
  uint32_t paddr = 0;
  uint32_t vaddr = 0;
  uint32_t memsz = 0;
  uint32_t flags = 5;  // R | X
  std::vector<uint8_t> data;  // becomes filesz bytes
};

struct SymSpec {
  std::string name;
  uint32_t value = 0;
  uint32_t size = 0;
  uint8_t type = kSttFunc;
  uint8_t bind = kStbGlobal;
  uint16_t shndx = kShnAbs;
};

struct ElfSpec {
  uint16_t machine = 40;
  uint16_t type = 2;  // ET_EXEC
  uint32_t entry = 0;
  uint32_t flags = 0x05000200;  // EABI 5, soft float
  std::vector<SegSpec> segments;
  std::vector<SymSpec> symbols;
  bool sections = true;  // false: no section headers at all (stripped)
};

struct BuiltElf {
  std::vector<uint8_t> bytes;
  uint32_t phoff = 0;
  uint32_t shoff = 0;
  uint32_t symtab_off = 0, symtab_size = 0;
  uint32_t strtab_off = 0, strtab_size = 0;
  std::vector<uint32_t> data_off;  // per segment spec
  uint32_t phdr(size_t i) const { return phoff + static_cast<uint32_t>(i) * 32; }
  uint32_t shdr(size_t i) const { return shoff + static_cast<uint32_t>(i) * 40; }
  uint32_t sym(size_t i) const { return symtab_off + static_cast<uint32_t>(i) * 16; }  // 0 is the null symbol
};

inline void put8(std::vector<uint8_t>& b, size_t off, uint8_t v) { b.at(off) = v; }
inline void put16(std::vector<uint8_t>& b, size_t off, uint16_t v) {
  b.at(off) = static_cast<uint8_t>(v);
  b.at(off + 1) = static_cast<uint8_t>(v >> 8);
}
inline void put32(std::vector<uint8_t>& b, size_t off, uint32_t v) {
  for (int i = 0; i < 4; ++i) b.at(off + i) = static_cast<uint8_t>(v >> (8 * i));
}
inline uint32_t get32(const std::vector<uint8_t>& b, size_t off) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= uint32_t{b.at(off + i)} << (8 * i);
  return v;
}

inline void align4(std::vector<uint8_t>& b) {
  while (b.size() % 4) b.push_back(0);
}

inline BuiltElf build_elf(const ElfSpec& spec) {
  BuiltElf out;
  std::vector<uint8_t>& b = out.bytes;
  const size_t nph = spec.segments.size();
  b.resize(52 + 32 * nph);
  out.phoff = nph ? 52 : 0;
  for (const SegSpec& s : spec.segments) {
    align4(b);
    out.data_off.push_back(static_cast<uint32_t>(b.size()));
    b.insert(b.end(), s.data.begin(), s.data.end());
  }

  uint16_t shnum = 0;
  if (spec.sections) {
    // Locals first, as the gABI requires; sh_info = index of the first non-local.
    std::vector<SymSpec> syms;
    for (const SymSpec& s : spec.symbols)
      if (s.bind == kStbLocal) syms.push_back(s);
    const uint32_t first_global = static_cast<uint32_t>(syms.size()) + 1;
    for (const SymSpec& s : spec.symbols)
      if (s.bind != kStbLocal) syms.push_back(s);

    std::string strtab(1, '\0');
    std::vector<uint32_t> name_off;
    for (const SymSpec& s : syms) {
      name_off.push_back(s.name.empty() ? 0 : static_cast<uint32_t>(strtab.size()));
      if (!s.name.empty()) strtab += s.name + '\0';
    }
    align4(b);
    out.strtab_off = static_cast<uint32_t>(b.size());
    out.strtab_size = static_cast<uint32_t>(strtab.size());
    b.insert(b.end(), strtab.begin(), strtab.end());

    align4(b);
    out.symtab_off = static_cast<uint32_t>(b.size());
    out.symtab_size = static_cast<uint32_t>(16 * (syms.size() + 1));
    b.resize(b.size() + out.symtab_size, 0);
    for (size_t i = 0; i < syms.size(); ++i) {
      const size_t o = out.sym(i + 1);
      put32(b, o, name_off[i]);
      put32(b, o + 4, syms[i].value);
      put32(b, o + 8, syms[i].size);
      put8(b, o + 12, static_cast<uint8_t>((syms[i].bind << 4) | syms[i].type));
      put16(b, o + 14, syms[i].shndx);
    }

    const std::string shstrtab = std::string("\0.symtab\0.strtab\0.shstrtab\0", 27);
    const uint32_t shstrtab_off = static_cast<uint32_t>(b.size());
    b.insert(b.end(), shstrtab.begin(), shstrtab.end());

    align4(b);
    shnum = 4;
    out.shoff = static_cast<uint32_t>(b.size());
    b.resize(b.size() + 40 * shnum, 0);
    auto shdr = [&](size_t i, uint32_t name, uint32_t type, uint32_t off, uint32_t size, uint32_t link,
                    uint32_t info, uint32_t entsize) {
      const size_t o = out.shdr(i);
      put32(b, o, name);
      put32(b, o + kShType, type);
      put32(b, o + kShOffset, off);
      put32(b, o + kShSize, size);
      put32(b, o + kShLink, link);
      put32(b, o + 28, info);
      put32(b, o + 32, 4);
      put32(b, o + kShEntsize, entsize);
    };
    shdr(1, 1, 2, out.symtab_off, out.symtab_size, kStrtabIndex, first_global, 16);  // .symtab
    shdr(2, 9, 3, out.strtab_off, out.strtab_size, 0, 0, 0);                          // .strtab
    shdr(3, 17, 3, shstrtab_off, static_cast<uint32_t>(shstrtab.size()), 0, 0, 0);    // .shstrtab
  }

  // ELF header.
  b[0] = 0x7f, b[1] = 'E', b[2] = 'L', b[3] = 'F';
  b[kEiClass] = 1;    // ELFCLASS32
  b[kEiData] = 1;     // ELFDATA2LSB
  b[kEiVersion] = 1;  // EV_CURRENT
  put16(b, kEType, spec.type);
  put16(b, kEMachine, spec.machine);
  put32(b, kEVersion, 1);
  put32(b, kEEntry, spec.entry);
  put32(b, kEPhoff, out.phoff);
  put32(b, kEShoff, out.shoff);
  put32(b, kEFlags, spec.flags);
  put16(b, kEEhsize, 52);
  put16(b, kEPhentsize, 32);
  put16(b, kEPhnum, static_cast<uint16_t>(nph));
  put16(b, kEShentsize, shnum ? 40 : 0);
  put16(b, kEShnum, shnum);
  put16(b, kEShstrndx, shnum ? 3 : 0);

  for (size_t i = 0; i < nph; ++i) {
    const SegSpec& s = spec.segments[i];
    const size_t o = out.phdr(i);
    put32(b, o + kPType, s.type);
    put32(b, o + kPOffset, out.data_off[i]);
    put32(b, o + kPVaddr, s.vaddr);
    put32(b, o + kPPaddr, s.paddr);
    put32(b, o + kPFilesz, static_cast<uint32_t>(s.data.size()));
    put32(b, o + kPMemsz, s.memsz);
    put32(b, o + kPFlags, s.flags);
    put32(b, o + 28, 4);
  }
  return out;
}

inline std::vector<uint8_t> pattern(size_t n, uint8_t seed) {
  std::vector<uint8_t> v(n);
  for (size_t i = 0; i < n; ++i) v[i] = static_cast<uint8_t>(seed + 7 * i);
  return v;
}

// A small firmware-like image: code in flash at 0, .data stored in flash after
// the code and run in RAM at 0x20000000 with .bss behind it, a note segment,
// and a symbol table with functions (Thumb bit set), objects, and the kinds of
// symbols the loader skips.
inline ElfSpec standard_spec() {
  ElfSpec s;
  s.entry = 0x09;  // Reset_Handler | Thumb
  s.segments = {
      {kPtLoad, 0x0, 0x0, 0x40, 5, pattern(0x40, 1)},                // 0: .text/.rodata
      {kPtLoad, 0x40, 0x20000000, 0x100, 6, pattern(0x10, 99)},      // 1: .data (+ .bss)
      {kPtNote, 0x0, 0x0, 0x0, 4, pattern(0x8, 3)},                  // 2: note, not loaded
  };
  s.symbols = {
      {"Reset_Handler", 0x09, 0x08, kSttFunc, kStbGlobal, 1},
      {"main", 0x11, 0x20, kSttFunc, kStbGlobal, 1},
      {"static_helper", 0x31, 0x0c, kSttFunc, kStbLocal, 1},
      {"table", 0x3c, 0x04, kSttObject, kStbGlobal, 1},
      {"g_counter", 0x20000000, 4, kSttObject, kStbGlobal, 3},
      {"$t", 0x08, 0, kSttNotype, kStbLocal, 1},
      {"$d", 0x3c, 0, kSttNotype, kStbLocal, 1},
      {".text", 0x0, 0, kSttSection, kStbLocal, 1},
      {"start.c", 0, 0, kSttFile, kStbLocal, kShnAbs},
      {"puts", 0, 0, kSttFunc, kStbGlobal, kShnUndef},
      {"weak_hook", 0x3d, 0, kSttFunc, kStbWeak, 1},
  };
  return s;
}

// A fresh directory under the system temp dir, removed with its contents.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("tinysim_loader_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  std::string write(const std::string& name, const std::vector<uint8_t>& bytes) const {
    const std::string p = file(name);
    std::ofstream(p, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()),
                                            static_cast<std::streamsize>(bytes.size()));
    return p;
  }
  std::string write_text(const std::string& name, const std::string& text) const {
    const std::string p = file(name);
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }

 private:
  std::filesystem::path path_;
};

}  // namespace elftest
