// ELF32 reader: see elf_image.h. Field layouts follow the System V gABI
// (ELF32 header, program header, section header, symbol) and the ARM ELF
// ABI (IHI 0044) for e_flags.
#include "sim/loader/elf_image.h"

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <memory>
#include <tuple>

namespace tinysim {
namespace {

// ---- ELF constants ---------------------------------------------------------

constexpr uint64_t kEhdrSize = 52;   // sizeof(Elf32_Ehdr)
constexpr uint64_t kPhdrSize = 32;   // sizeof(Elf32_Phdr)
constexpr uint64_t kShdrSize = 40;   // sizeof(Elf32_Shdr)
constexpr uint64_t kSymSize = 16;    // sizeof(Elf32_Sym)
constexpr uint64_t k4GiB = uint64_t{1} << 32;

constexpr uint8_t kMagic[4] = {0x7f, 'E', 'L', 'F'};
constexpr size_t kEiClass = 4, kEiData = 5, kEiVersion = 6;
constexpr uint8_t kElfClass32 = 1, kElfClass64 = 2;
constexpr uint8_t kElfData2Lsb = 1, kElfData2Msb = 2;
constexpr uint32_t kEvCurrent = 1;

constexpr uint16_t kEtExec = 2;
constexpr uint16_t kPnXnum = 0xffff;
constexpr uint32_t kPtLoad = 1;

constexpr uint32_t kShtSymtab = 2, kShtStrtab = 3;
constexpr uint16_t kShnUndef = 0;
constexpr uint8_t kSttObject = 1, kSttFunc = 2, kSttArmTfunc = 13;

constexpr uint32_t kEfArmEabiMask = 0xFF000000;
constexpr uint32_t kEfArmEabiVer5 = 0x05000000;
constexpr uint32_t kEfArmBe8 = 0x00800000;

// ---- ELF32 structures, as read from the file -------------------------------

struct Elf32Ehdr {
  uint16_t type, machine;
  uint32_t version, entry, phoff, shoff, flags;
  uint16_t ehsize, phentsize, phnum, shentsize, shnum, shstrndx;
};

struct Elf32Phdr {
  uint32_t type, offset, vaddr, paddr, filesz, memsz, flags, align;
};

struct Elf32Shdr {
  uint32_t name, type, flags, addr, offset, size, link, info, addralign, entsize;
};

struct Elf32Sym {
  uint32_t name, value, size;
  uint8_t info, other;
  uint16_t shndx;
};

// ---- formatting -------------------------------------------------------------

std::string hex(uint64_t v, int min_digits = 0) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%0*" PRIx64, min_digits, v);
  return buf;
}
std::string addr(uint64_t v) { return hex(v, 8); }
std::string range(uint64_t start, uint64_t end) {
  // Appended piecewise: `"[" + std::string&&` trips GCC 12's false -Wrestrict (PR 105329).
  std::string s = "[";
  s += addr(start);
  s += ", ";
  s += addr(end);
  s += ")";
  return s;
}

// ---- bounds-checked little-endian reader -----------------------------------

class Reader {
 public:
  Reader(const std::vector<uint8_t>& bytes, const std::string& path) : b_(bytes), path_(path) {}

  uint64_t size() const { return b_.size(); }
  // True when [off, off + len) lies inside the file (no overflow: all 64-bit).
  bool contains(uint64_t off, uint64_t len) const { return off <= size() && len <= size() - off; }

  uint8_t u8(uint64_t off) const { check(off, 1); return b_[off]; }
  uint16_t u16(uint64_t off) const {
    check(off, 2);
    return static_cast<uint16_t>(b_[off] | (b_[off + 1] << 8));
  }
  uint32_t u32(uint64_t off) const {
    check(off, 4);
    return uint32_t{b_[off]} | (uint32_t{b_[off + 1]} << 8) | (uint32_t{b_[off + 2]} << 16) |
           (uint32_t{b_[off + 3]} << 24);
  }
  const uint8_t* ptr(uint64_t off, uint64_t len) const {
    check(off, len);
    return b_.data() + off;
  }

  Elf32Ehdr ehdr() const {
    Elf32Ehdr h;
    h.type = u16(16);
    h.machine = u16(18);
    h.version = u32(20);
    h.entry = u32(24);
    h.phoff = u32(28);
    h.shoff = u32(32);
    h.flags = u32(36);
    h.ehsize = u16(40);
    h.phentsize = u16(42);
    h.phnum = u16(44);
    h.shentsize = u16(46);
    h.shnum = u16(48);
    h.shstrndx = u16(50);
    return h;
  }
  Elf32Phdr phdr(uint64_t off) const {
    return {u32(off), u32(off + 4), u32(off + 8), u32(off + 12),
            u32(off + 16), u32(off + 20), u32(off + 24), u32(off + 28)};
  }
  Elf32Shdr shdr(uint64_t off) const {
    return {u32(off), u32(off + 4), u32(off + 8), u32(off + 12), u32(off + 16),
            u32(off + 20), u32(off + 24), u32(off + 28), u32(off + 32), u32(off + 36)};
  }
  Elf32Sym sym(uint64_t off) const {
    return {u32(off), u32(off + 4), u32(off + 8), u8(off + 12), u8(off + 13), u16(off + 14)};
  }

 private:
  // Every caller checks ranges first; this is the backstop that turns a missed
  // check into an ElfError instead of an out-of-bounds read.
  void check(uint64_t off, uint64_t len) const {
    if (!contains(off, len))
      throw ElfError(path_ + ": internal error: read of " + std::to_string(len) + " bytes at offset " +
                     hex(off) + " past end of file (" + std::to_string(size()) + " bytes)");
  }
  const std::vector<uint8_t>& b_;
  const std::string& path_;
};

const char* type_name(uint16_t t) {
  switch (t) {
    case 0: return "ET_NONE";
    case 1: return "ET_REL (relocatable object file: link it into an executable)";
    case 2: return "ET_EXEC";
    case 3: return "ET_DYN (shared object or position-independent executable)";
    case 4: return "ET_CORE (core dump)";
    default: return "unknown";
  }
}

// Reads .symtab into out. Returns "" on success or when there is no symbol
// table, else a description of why the table is unusable.
std::string read_symbols(const Reader& r, const Elf32Ehdr& eh, bool arm, std::vector<ElfSymbol>& out,
                         std::vector<ElfMappingSymbol>& mapping) {
  if (eh.shnum == 0) {
    if (eh.shoff != 0)
      return "e_shnum is 0 but e_shoff is " + hex(eh.shoff) +
             " (extended section numbering is not supported)";
    return "";  // no section headers: a stripped image
  }
  if (eh.shoff == 0) return "e_shnum is " + std::to_string(eh.shnum) + " but e_shoff is 0";
  if (eh.shentsize != kShdrSize)
    return "invalid e_shentsize " + std::to_string(eh.shentsize) + " (expected 40 for ELF32 section headers)";
  const uint64_t sh_bytes = uint64_t{eh.shnum} * kShdrSize;
  if (!r.contains(eh.shoff, sh_bytes))
    return "section header table (offset " + hex(eh.shoff) + ", " + std::to_string(eh.shnum) +
           " entries of 40 bytes) extends past end of file (" + std::to_string(r.size()) + " bytes)";

  auto shdr_at = [&](uint32_t i) { return r.shdr(eh.shoff + uint64_t{i} * kShdrSize); };
  uint32_t symtab_index = 0;
  for (uint32_t i = 1; i < eh.shnum && symtab_index == 0; ++i)
    if (shdr_at(i).type == kShtSymtab) symtab_index = i;
  if (symtab_index == 0) return "";  // no .symtab: stripped

  const Elf32Shdr symtab = shdr_at(symtab_index);
  const std::string sym_what = "symbol table (section " + std::to_string(symtab_index) + ")";
  if (symtab.entsize != kSymSize)
    return sym_what + " has sh_entsize " + std::to_string(symtab.entsize) + " (expected 16)";
  if (symtab.size % kSymSize != 0)
    return sym_what + " size " + hex(symtab.size) + " is not a multiple of 16";
  if (!r.contains(symtab.offset, symtab.size))
    return sym_what + " [offset " + hex(symtab.offset) + ", size " + hex(symtab.size) +
           "] extends past end of file (" + std::to_string(r.size()) + " bytes)";
  if (symtab.link == 0 || symtab.link >= eh.shnum)
    return sym_what + " links to string table section " + std::to_string(symtab.link) + ", which does not exist";
  const Elf32Shdr strtab = shdr_at(symtab.link);
  const std::string str_what = "string table (section " + std::to_string(symtab.link) + ")";
  if (strtab.type != kShtStrtab)
    return str_what + " has sh_type " + std::to_string(strtab.type) + ", expected SHT_STRTAB (3)";
  if (!r.contains(strtab.offset, strtab.size))
    return str_what + " [offset " + hex(strtab.offset) + ", size " + hex(strtab.size) +
           "] extends past end of file (" + std::to_string(r.size()) + " bytes)";
  const char* strings =
      strtab.size ? reinterpret_cast<const char*>(r.ptr(strtab.offset, strtab.size)) : nullptr;

  const uint64_t count = symtab.size / kSymSize;
  for (uint64_t i = 1; i < count; ++i) {  // entry 0 is the null symbol
    const Elf32Sym s = r.sym(symtab.offset + i * kSymSize);
    std::string name;
    if (s.name != 0) {
      if (s.name >= strtab.size)
        return "symbol " + std::to_string(i) + " has name offset " + hex(s.name) + " outside its " + str_what +
               " of " + hex(strtab.size) + " bytes";
      const void* nul = std::memchr(strings + s.name, 0, strtab.size - s.name);
      if (nul == nullptr)
        return "symbol " + std::to_string(i) + " name at offset " + hex(s.name) + " runs past the end of its " +
               str_what + " (not NUL-terminated)";
      name.assign(strings + s.name, static_cast<const char*>(nul));
    }
    const uint8_t type = s.info & 0xf;
    // Arm mapping symbols ($t, $a, $d, optionally "$d.xyz") mark code and
    // literal data inside sections (AAELF32, "Mapping symbols").
    if (arm && name.size() >= 2 && name[0] == '$' && (name[1] == 't' || name[1] == 'a' || name[1] == 'd') &&
        (name.size() == 2 || name[2] == '.') && s.shndx != kShnUndef) {
      mapping.push_back({s.value, name[1]});
      continue;
    }
    const bool is_func = type == kSttFunc || (arm && type == kSttArmTfunc);
    if (!is_func && type != kSttObject) continue;  // sections, files, $t/$d mapping symbols
    if (s.shndx == kShnUndef || name.empty()) continue;
    ElfSymbol sym;
    sym.name = std::move(name);
    sym.value = (arm && is_func) ? (s.value & ~1u) : s.value;
    sym.size = s.size;
    sym.is_function = is_func;
    out.push_back(std::move(sym));
  }
  return "";
}

bool symbol_order(const ElfSymbol& a, const ElfSymbol& b) {
  return std::tuple(a.value, !a.is_function, a.name, a.size) < std::tuple(b.value, !b.is_function, b.name, b.size);
}

}  // namespace

std::string elf_machine_name(uint16_t machine) {
  const char* name = nullptr;
  switch (machine) {
    case 0: name = "EM_NONE"; break;
    case 2: name = "EM_SPARC"; break;
    case 3: name = "EM_386"; break;
    case 4: name = "EM_68K"; break;
    case 8: name = "EM_MIPS"; break;
    case 20: name = "EM_PPC"; break;
    case 21: name = "EM_PPC64"; break;
    case 40: name = "EM_ARM"; break;
    case 42: name = "EM_SH"; break;
    case 43: name = "EM_SPARCV9"; break;
    case 50: name = "EM_IA_64"; break;
    case 62: name = "EM_X86_64"; break;
    case 83: name = "EM_AVR"; break;
    case 94: name = "EM_XTENSA"; break;
    case 105: name = "EM_MSP430"; break;
    case 183: name = "EM_AARCH64"; break;
    case 243: name = "EM_RISCV"; break;
    case 258: name = "EM_LOONGARCH"; break;
    default: break;
  }
  if (name == nullptr) return "machine " + std::to_string(machine);
  return std::string(name) + " (" + std::to_string(machine) + ")";
}

ElfImage parse_elf(const std::vector<uint8_t>& bytes, const std::string& path_for_messages,
                   uint16_t expected_machine) {
  const std::string path = path_for_messages.empty() ? std::string("<memory>") : path_for_messages;
  auto fail = [&](const std::string& message) { throw ElfError(path + ": " + message); };
  const Reader r(bytes, path);
  const uint64_t size = r.size();

  // ---- identification -------------------------------------------------------
  if (size == 0) fail("empty file (0 bytes), not an ELF image");
  const size_t magic_len = static_cast<size_t>(std::min<uint64_t>(size, 4));
  if (std::memcmp(bytes.data(), kMagic, magic_len) != 0) {
    std::string seen;
    for (size_t i = 0; i < magic_len; ++i) {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%02x", bytes[i]);
      if (i) seen += ' ';
      seen += buf;
    }
    fail("not an ELF file: it starts with bytes " + seen + ", an ELF file starts with 7f 45 4c 46 (\"\\x7fELF\")");
  }
  auto truncated_header = [&] {
    fail("truncated ELF header: the file is " + std::to_string(size) + " bytes, the ELF32 header needs 52");
  };
  if (size <= kEiClass) truncated_header();
  const uint8_t ei_class = bytes[kEiClass];
  if (ei_class == kElfClass64) fail("64-bit ELF (ELFCLASS64); expected a 32-bit ELF (ELFCLASS32)");
  if (ei_class != kElfClass32) fail("invalid ELF class EI_CLASS = " + std::to_string(ei_class) + " (expected 1, ELFCLASS32)");
  if (size <= kEiData) truncated_header();
  const uint8_t ei_data = bytes[kEiData];
  if (ei_data == kElfData2Msb) fail("big-endian ELF (ELFDATA2MSB); only little-endian (ELFDATA2LSB) images are supported");
  if (ei_data != kElfData2Lsb) fail("invalid ELF data encoding EI_DATA = " + std::to_string(ei_data) + " (expected 1, ELFDATA2LSB)");
  if (size <= kEiVersion) truncated_header();
  if (bytes[kEiVersion] != kEvCurrent)
    fail("unsupported ELF version EI_VERSION = " + std::to_string(bytes[kEiVersion]) + " (expected 1, EV_CURRENT)");
  if (size < kEhdrSize) truncated_header();

  // ---- ELF header ----------------------------------------------------------
  const Elf32Ehdr eh = r.ehdr();
  if (eh.type != kEtExec)
    fail("e_type is " + std::to_string(eh.type) + " " + type_name(eh.type) + ", expected ET_EXEC (2)");
  if (eh.machine != expected_machine)
    fail("wrong machine: the file is for " + elf_machine_name(eh.machine) + ", expected " +
         elf_machine_name(expected_machine));
  if (eh.version != kEvCurrent)
    fail("unsupported e_version " + std::to_string(eh.version) + " (expected 1, EV_CURRENT)");
  if (eh.ehsize != kEhdrSize)
    fail("invalid e_ehsize " + std::to_string(eh.ehsize) + " (expected 52 for an ELF32 header)");
  const bool arm = eh.machine == kEmArm;
  if (arm) {
    const uint32_t eabi = eh.flags & kEfArmEabiMask;
    if (eabi != kEfArmEabiVer5)
      fail("unsupported ARM EABI version " + std::to_string(eabi >> 24) + " in e_flags " + addr(eh.flags) +
           " (expected version 5, EF_ARM_EABI_VER5 = 0x05000000)" +
           (eabi == 0 ? "; version 0 is the legacy GNU ABI" : ""));
    if (eh.flags & kEfArmBe8)
      fail("big-endian BE8 code (EF_ARM_BE8 in e_flags " + addr(eh.flags) +
           ") is not supported; build little-endian");
    // EF_ARM_ABI_FLOAT_SOFT (0x200) and EF_ARM_ABI_FLOAT_HARD (0x400) are both fine:
    // the calling convention is the firmware's own business.
  }

  // ---- program headers ------------------------------------------------------
  if (eh.phnum == 0) fail("no PT_LOAD segment: the file has no program headers (e_phnum = 0)");
  if (eh.phnum == kPnXnum) fail("extended program header numbering (e_phnum = PN_XNUM) is not supported");
  if (eh.phentsize != kPhdrSize)
    fail("invalid e_phentsize " + std::to_string(eh.phentsize) + " (expected 32 for ELF32 program headers)");
  const uint64_t ph_bytes = uint64_t{eh.phnum} * kPhdrSize;
  if (!r.contains(eh.phoff, ph_bytes))
    fail("program header table (offset " + hex(eh.phoff) + ", " + std::to_string(eh.phnum) +
         " entries of 32 bytes, ending at " + hex(eh.phoff + ph_bytes) + ") extends past end of file (" +
         std::to_string(size) + " bytes)");

  ElfImage image;
  image.path = path_for_messages;
  image.machine = eh.machine;
  image.entry = eh.entry;
  image.eflags = eh.flags;

  bool any_load = false;
  for (uint32_t i = 0; i < eh.phnum; ++i) {
    const Elf32Phdr ph = r.phdr(eh.phoff + uint64_t{i} * kPhdrSize);
    if (ph.type != kPtLoad) continue;
    any_load = true;
    const std::string what = "segment " + std::to_string(i);
    if (ph.filesz > ph.memsz)
      fail(what + ": p_filesz " + hex(ph.filesz) + " is larger than p_memsz " + hex(ph.memsz));
    if (ph.memsz == 0) continue;
    if (ph.filesz > 0 && !r.contains(ph.offset, ph.filesz))
      fail(what + ": data [file offset " + hex(ph.offset) + ", " + hex(ph.filesz) + " bytes, ending at " +
           hex(uint64_t{ph.offset} + ph.filesz) + "] extends past end of file (" + std::to_string(size) +
           " bytes): truncated file?");
    ElfSegment seg;
    seg.paddr = ph.paddr;
    seg.vaddr = ph.vaddr;
    seg.filesz = ph.filesz;
    seg.memsz = ph.memsz;
    seg.flags = ph.flags;
    seg.index = i;
    if (uint64_t{seg.paddr} + seg.load_size() > k4GiB)
      fail(what + ": load address range " + range(seg.paddr, uint64_t{seg.paddr} + seg.load_size()) +
           " wraps around past 4 GiB");
    if (uint64_t{seg.vaddr} + seg.memsz > k4GiB)
      fail(what + ": virtual address range " + range(seg.vaddr, uint64_t{seg.vaddr} + seg.memsz) +
           " wraps around past 4 GiB");
    if (ph.filesz > 0) {
      const uint8_t* p = r.ptr(ph.offset, ph.filesz);
      seg.data.assign(p, p + ph.filesz);
    }
    image.segments.push_back(std::move(seg));
  }
  if (!any_load) fail("no PT_LOAD segment among its " + std::to_string(eh.phnum) + " program headers: nothing to load");
  if (image.segments.empty()) fail("no PT_LOAD segment with a non-zero p_memsz: nothing to load");

  // Two segments may not be loaded onto the same bytes.
  {
    std::vector<const ElfSegment*> by_load;
    for (const ElfSegment& s : image.segments)
      if (s.load_size() > 0) by_load.push_back(&s);
    std::sort(by_load.begin(), by_load.end(), [](const ElfSegment* a, const ElfSegment* b) {
      return std::tuple(a->paddr, a->index) < std::tuple(b->paddr, b->index);
    });
    const ElfSegment* reach = nullptr;  // the segment ending highest so far
    for (const ElfSegment* s : by_load) {
      if (reach != nullptr && s->paddr < uint64_t{reach->paddr} + reach->load_size())
        fail("segments " + std::to_string(reach->index) + " " +
             range(reach->paddr, uint64_t{reach->paddr} + reach->load_size()) + " and " +
             std::to_string(s->index) + " " + range(s->paddr, uint64_t{s->paddr} + s->load_size()) +
             " overlap at their load addresses");
      if (reach == nullptr ||
          uint64_t{s->paddr} + s->load_size() > uint64_t{reach->paddr} + reach->load_size())
        reach = s;
    }
  }

  // ---- entry point (warning only: M-profile cores boot from the vector table)
  {
    const uint32_t pc = arm ? (image.entry & ~1u) : image.entry;
    const bool inside = std::any_of(image.segments.begin(), image.segments.end(), [&](const ElfSegment& s) {
      return pc >= s.vaddr && pc - s.vaddr < s.memsz;
    });
    if (!inside)
      image.warnings.push_back(path + ": entry point " + addr(image.entry) + " is not inside any loaded segment");
  }

  // ---- symbols (optional) ---------------------------------------------------
  const std::string problem = read_symbols(r, eh, arm, image.symbols, image.mapping_symbols);
  if (!problem.empty()) {
    image.symbols.clear();
    image.mapping_symbols.clear();
    image.warnings.push_back(path + ": symbols ignored: " + problem);
  }
  std::sort(image.symbols.begin(), image.symbols.end(), symbol_order);
  std::stable_sort(image.mapping_symbols.begin(), image.mapping_symbols.end(),
                   [](const ElfMappingSymbol& a, const ElfMappingSymbol& b) { return a.address < b.address; });
  return image;
}

ElfImage read_elf(const std::string& path, uint16_t expected_machine) {
  errno = 0;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) throw ElfError(path + ": cannot open file: " + std::strerror(errno));
  std::vector<uint8_t> bytes;
  uint8_t buf[1 << 16];
  for (;;) {
    const size_t n = std::fread(buf, 1, sizeof buf, f.get());
    bytes.insert(bytes.end(), buf, buf + n);
    if (n < sizeof buf) {
      if (std::ferror(f.get())) throw ElfError(path + ": cannot read file: " + std::strerror(errno));
      break;
    }
  }
  return parse_elf(bytes, path, expected_machine);
}

std::string ElfImage::symbolize(uint32_t a) const {
  // The function symbols with the greatest value <= a; among them a sized one
  // containing a, else one without size starting exactly at a.
  auto it = std::upper_bound(symbols.begin(), symbols.end(), a,
                             [](uint32_t v, const ElfSymbol& s) { return v < s.value; });
  const ElfSymbol* group_first = nullptr;
  const ElfSymbol* match = nullptr;
  while (it != symbols.begin()) {
    const ElfSymbol& s = *--it;
    if (!s.is_function) continue;
    if (group_first != nullptr && s.value != group_first->value) break;
    group_first = &s;
    const bool contains = s.size > 0 ? a - s.value < s.size : a == s.value;
    // Walking backwards through names sorted ascending: keep the earliest name,
    // preferring a sized symbol over a size-less alias.
    if (contains && (match == nullptr || s.size > 0 || match->size == 0)) match = &s;
  }
  if (match == nullptr) return "";
  const uint32_t off = a - match->value;
  return off == 0 ? match->name : match->name + "+" + hex(off);
}

const ElfSymbol* ElfImage::find_symbol(const std::string& name) const {
  for (const ElfSymbol& s : symbols)
    if (s.name == name) return &s;
  return nullptr;
}

namespace {

struct Range {
  uint64_t start, end;
};

uint64_t region_end(const LoadRegion& r) {
  return r.size > UINT64_MAX - r.base ? UINT64_MAX : r.base + r.size;
}

std::string describe_region(const LoadRegion& r) {
  return "'" + r.name + "' " + range(r.base, region_end(r));
}

// The region holding rng; throws naming the nearest region when there is none
// (or more than one).
const LoadRegion& region_for(const ElfImage& image, const ElfSegment& seg, const std::string& what, Range rng,
                             const std::vector<LoadRegion>& regions) {
  const std::string head = (image.path.empty() ? std::string("<memory>") : image.path) + ": segment " + std::to_string(seg.index) + " " + what + " " +
                           range(rng.start, rng.end) + " (" + hex(rng.end - rng.start) + " bytes)";
  const LoadRegion* found = nullptr;
  for (const LoadRegion& r : regions) {
    if (rng.start >= r.base && rng.end <= region_end(r)) {
      if (found != nullptr)
        throw ElfError(head + " lies in two overlapping memory regions, " + describe_region(*found) + " and " +
                       describe_region(r) + "; the load target is ambiguous");
      found = &r;
    }
  }
  if (found != nullptr) return *found;
  if (regions.empty()) throw ElfError(head + " cannot be placed: no memory regions are defined");

  const LoadRegion* nearest = nullptr;
  uint64_t best = UINT64_MAX;
  for (const LoadRegion& r : regions) {
    const uint64_t end = region_end(r);
    const uint64_t gap = rng.end <= r.base ? r.base - rng.end : end <= rng.start ? rng.start - end : 0;
    if (nearest == nullptr || gap < best) {
      nearest = &r;
      best = gap;
    }
  }
  const uint64_t end = region_end(*nearest);
  std::string detail;
  if (rng.end <= nearest->base)
    detail = "the segment ends " + hex(nearest->base - rng.end) + " bytes below its base";
  else if (end <= rng.start)
    detail = "the segment starts " + hex(rng.start - end) + " bytes above its end";
  else if (rng.start < nearest->base && rng.end > end)
    detail = "the segment is larger than the region";
  else if (rng.start < nearest->base)
    detail = "the segment starts " + hex(nearest->base - rng.start) + " bytes before its base";
  else
    detail = "the segment extends " + hex(rng.end - end) + " bytes past its end";
  throw ElfError(head + " does not fit in any memory region; the nearest is " + describe_region(*nearest) + ": " +
                 detail);
}

}  // namespace

std::map<std::string, uint64_t> check_fits(const ElfImage& image, const std::vector<LoadRegion>& regions) {
  std::map<std::string, uint64_t> used;
  for (const ElfSegment& seg : image.segments) {
    if (seg.memsz == 0) continue;
    const bool split = seg.paddr != seg.vaddr;
    if (seg.load_size() > 0) {
      const Range load{seg.paddr, uint64_t{seg.paddr} + seg.load_size()};
      used[region_for(image, seg, split ? "load range" : "range", load, regions).name] += seg.load_size();
    }
    if (split) {
      const Range run{seg.vaddr, uint64_t{seg.vaddr} + seg.memsz};
      used[region_for(image, seg, "run-time range", run, regions).name] += seg.memsz;
    }
  }
  return used;
}

}  // namespace tinysim
