// YAML -> PlatformConfig: parsing and validation.
//
// The schema is documented at the top of configs/m55.yaml. Everything here
// reports problems as ConfigError("file:line:col: key: message"); no yaml-cpp
// exception escapes. Scalars are converted by sim/config/units.h, never by
// yaml-cpp's as<T>() (which would read "010" as octal and accept "1e3" as an
// integer in some versions).
#include "sim/config/platform_config.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <bit>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <utility>

#include "sim/config/units.h"

namespace tinysim {

// ---------------------------------------------------------------------------
// Small public helpers

std::string SourceLoc::str() const {
  std::string s = file.empty() ? std::string("<input>") : file;
  if (line > 0) {
    s += ":" + std::to_string(line);
    if (column > 0) s += ":" + std::to_string(column);
  }
  if (!key.empty()) s += ": " + key;
  return s;
}

ConfigError::ConfigError(const SourceLoc& where, const std::string& message)
    : std::runtime_error(where.str() + ": " + message), where_(where) {}

const char* to_string(MemoryKind k) {
  switch (k) {
    case MemoryKind::Tcm: return "tcm";
    case MemoryKind::Sram: return "sram";
    case MemoryKind::Flash: return "flash";
    case MemoryKind::Dram: return "dram";
  }
  return "?";
}

std::optional<MemoryKind> memory_kind_from_string(std::string_view s) {
  for (MemoryKind k : {MemoryKind::Tcm, MemoryKind::Sram, MemoryKind::Flash, MemoryKind::Dram})
    if (s == to_string(k)) return k;
  return std::nullopt;
}

const ClockConfig* PlatformConfig::find_clock(const std::string& n) const {
  for (const auto& c : clocks)
    if (c.name == n) return &c;
  return nullptr;
}

const MemoryConfig* PlatformConfig::find_memory(const std::string& n) const {
  for (const auto& m : memories)
    if (m.name == n) return &m;
  return nullptr;
}

const PeripheralConfig* PlatformConfig::find_peripheral(const std::string& n) const {
  for (const auto& p : peripherals)
    if (p.name == n) return &p;
  return nullptr;
}

const std::map<std::string, std::vector<std::string>>& config_schema_keys() {
  static const std::map<std::string, std::vector<std::string>> keys = {
      {"", {"platform", "clocks", "memories", "core", "peripherals", "energy", "inference"}},
      {"platform", {"name"}},
      {"clocks[]", {"name", "frequency"}},
      {"memories[]",
       {"name", "base", "size", "kind", "latency", "read_latency", "write_latency", "width", "read_only",
        "aliases"}},
      {"core", {"name", "type", "clock", "fpu", "mve", "init_vtor", "num_irq", "quantum", "timing"}},
      {"peripherals[]", {"name", "type", "base", "size", "irq", "aliases", "params"}},
      {"energy", {"instructions", "memories", "static_power"}},
      {"energy.memories.KIND", {"read", "write"}},
      {"inference", {"weights", "arena"}},
  };
  return keys;
}

namespace {

const std::vector<std::string>& schema(const char* section) { return config_schema_keys().at(section); }

// ---------------------------------------------------------------------------
// Limits of the modelled hardware

constexpr uint64_t kAddressSpace = uint64_t{1} << 32;  // all modelled cores are 32-bit
constexpr uint64_t kMemoryAlign = 4;
constexpr uint64_t kPeripheralMaxAlign = 4096;
constexpr uint64_t kVtorAlign = 128;     // Armv8-M VTOR.TBLOFF is bits [31:7]
constexpr uint64_t kMaxIrq = 480;        // Cortex-M55 supports up to 480 external interrupts
constexpr uint64_t kAllowedWidths[] = {8, 16, 32, 64, 128};

std::string hex(uint64_t v) {
  std::ostringstream os;
  os << "0x" << std::hex << v;
  return os.str();
}

std::string join(const std::vector<std::string>& v, const char* sep = ", ") {
  std::string s;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) s += sep;
    s += v[i];
  }
  return s;
}

size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// A YAML node together with its dotted key path and source position.
struct Val {
  YAML::Node node;
  std::string path;
  SourceLoc loc;
};

// One entry of a mapping, in document order.
struct Entry {
  std::string key;
  SourceLoc key_loc;
  Val value;
};

struct Region {
  std::string label;  // "'itcm'" or "'itcm' alias 0x10000000"
  uint64_t base = 0, end = 0;
  SourceLoc loc;
};

bool before(const SourceLoc& a, const SourceLoc& b) {
  return std::pair(a.line, a.column) < std::pair(b.line, b.column);
}

class Parser {
 public:
  explicit Parser(std::string file) : file_(std::move(file)) {}

  PlatformConfig parse(const YAML::Node& root);

 private:
  // --- locations and errors -------------------------------------------------
  SourceLoc loc_at(const YAML::Mark& m, const std::string& key) const {
    SourceLoc l;
    l.file = file_;
    l.key = key;
    if (!m.is_null() && m.line >= 0) {
      l.line = m.line + 1;
      l.column = m.column + 1;
    }
    return l;
  }

  [[noreturn]] void fail(const SourceLoc& at, const std::string& msg) const {
    throw ConfigError(at, msg);
  }
  [[noreturn]] void fail(const Val& v, const std::string& msg) const { fail(v.loc, msg); }

  static std::string describe(const YAML::Node& n) {
    switch (n.Type()) {
      case YAML::NodeType::Null: return "nothing (null)";
      case YAML::NodeType::Sequence: return "a list";
      case YAML::NodeType::Map: return "a mapping";
      case YAML::NodeType::Scalar: return "'" + n.Scalar() + "'";
      default: return "an undefined value";
    }
  }

  // --- structure --------------------------------------------------------------
  // Entries of a mapping (null counts as empty); keys must be unique scalars.
  std::vector<Entry> entries(const Val& map) const {
    std::vector<Entry> out;
    if (map.node.IsNull()) return out;
    if (!map.node.IsMap()) fail(map, "expected a mapping, got " + describe(map.node));
    for (auto it = map.node.begin(); it != map.node.end(); ++it) {
      // Copies: yaml-cpp's iterator returns its key/value pair by a temporary
      // proxy, so references into `it->` would dangle.
      const YAML::Node k = it->first;
      const YAML::Node value = it->second;
      std::string kpath = map.path.empty() ? std::string("?") : map.path + ".?";
      if (!k.IsScalar()) fail(loc_at(k.Mark(), kpath), "expected a plain key, got " + describe(k));
      std::string key = k.Scalar();
      std::string path = map.path.empty() ? key : map.path + "." + key;
      SourceLoc key_loc = loc_at(k.Mark(), path);
      for (const Entry& e : out)
        if (e.key == key)
          fail(key_loc, "duplicate key (first given at line " + std::to_string(e.key_loc.line) + ")");
      Val v{value, path, value.IsNull() ? key_loc : loc_at(value.Mark(), path)};
      if (v.loc.line == 0) v.loc = key_loc;
      out.push_back({key, key_loc, v});
    }
    return out;
  }

  // A mapping with a fixed set of keys.
  class Fields {
   public:
    Fields(const Parser& p, const Val& map, const std::vector<std::string>& allowed)
        : p_(p), map_(map), entries_(p.entries(map)) {
      for (const Entry& e : entries_) {
        if (std::find(allowed.begin(), allowed.end(), e.key) != allowed.end()) continue;
        std::string msg = "unknown key '" + e.key + "'";
        std::string best;
        size_t best_d = 3;  // suggest only close matches
        for (const auto& a : allowed) {
          size_t d = edit_distance(e.key, a);
          if (d < best_d) best_d = d, best = a;
        }
        if (!best.empty()) msg += " (did you mean '" + best + "'?)";
        msg += "; allowed keys " + (map.path.empty() ? std::string("at top level") : "in " + map.path) +
               ": " + join(allowed);
        p.fail(e.key_loc, msg);
      }
    }
    std::optional<Val> get(const std::string& key) const {
      for (const Entry& e : entries_)
        if (e.key == key) return e.value;
      return std::nullopt;
    }
    Val require(const std::string& key) const {
      if (auto v = get(key)) return *v;
      SourceLoc l = map_.loc;
      l.key = map_.path.empty() ? key : map_.path + "." + key;
      p_.fail(l, "missing required key '" + key + "'");
    }
    const std::vector<Entry>& all() const { return entries_; }

   private:
    const Parser& p_;
    Val map_;
    std::vector<Entry> entries_;
  };

  std::vector<Val> items(const Val& seq, const char* what = "a list") const {
    std::vector<Val> out;
    if (seq.node.IsNull()) return out;
    if (!seq.node.IsSequence()) fail(seq, std::string("expected ") + what + ", got " + describe(seq.node));
    size_t i = 0;
    for (auto it = seq.node.begin(); it != seq.node.end(); ++it, ++i) {
      const YAML::Node item = *it;  // a copy, see entries()
      std::string path = seq.path + "[" + std::to_string(i) + "]";
      SourceLoc l = loc_at(item.Mark(), path);
      if (l.line == 0) l = SourceLoc{seq.loc.file, seq.loc.line, seq.loc.column, path};
      out.push_back({item, path, l});
    }
    return out;
  }

  // --- scalars ----------------------------------------------------------------
  std::string scalar(const Val& v, const char* expected) const {
    if (!v.node.IsScalar()) fail(v, std::string("expected ") + expected + ", got " + describe(v.node));
    return v.node.Scalar();
  }

  std::string str(const Val& v) const {
    std::string s = scalar(v, "a string");
    if (s.empty()) fail(v, "must not be empty");
    return s;
  }

  // Name of a SystemC object: letters, digits, '_' and '-', starting with a letter or '_'.
  std::string ident(const Val& v) const {
    std::string s = str(v);
    bool ok = std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_';
    for (char c : s) ok = ok && (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-');
    if (!ok)
      fail(v, "invalid name '" + s + "' (use letters, digits, '_' or '-', starting with a letter or '_')");
    return s;
  }

  [[noreturn]] void bad_number(const Val& v, const std::string& s, const char* expected) const {
    std::string t = s;
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.erase(t.begin());
    if (!t.empty() && t.front() == '-' && units::parse_double(t))
      fail(v, "must not be negative, got '" + s + "'");
    fail(v, std::string("expected ") + expected + ", got '" + s + "'");
  }

  uint64_t u64(const Val& v, const char* expected = "an integer") const {
    std::string s = scalar(v, expected);
    auto r = units::parse_uint(s);
    if (!r) bad_number(v, s, expected);
    return *r;
  }

  uint32_t u32(const Val& v, uint64_t min = 0, uint64_t max = 0xffffffffu) const {
    uint64_t r = u64(v);
    if (r < min || r > max)
      fail(v, "value " + std::to_string(r) + " out of range [" + std::to_string(min) + ", " +
                  std::to_string(max) + "]");
    return static_cast<uint32_t>(r);
  }

  uint64_t size(const Val& v) const {
    const char* expected = "a size (bytes, or a number with KiB/MiB/GiB)";
    std::string s = scalar(v, expected);
    auto r = units::parse_size(s);
    if (!r) bad_number(v, s, expected);
    return *r;
  }

  bool boolean(const Val& v) const {
    std::string s = scalar(v, "true or false");
    auto r = units::parse_bool(s);
    if (!r) fail(v, "expected true or false, got '" + s + "'");
    return *r;
  }

  double nonneg_double(const Val& v) const {
    std::string s = scalar(v, "a number");
    auto r = units::parse_double(s);
    if (!r) fail(v, "expected a number, got '" + s + "'");
    if (*r < 0) fail(v, "must not be negative, got '" + s + "'");
    return *r;
  }

  double frequency(const Val& v) const {
    const char* expected = "a frequency (Hz, or a number with Hz/kHz/MHz/GHz)";
    std::string s = scalar(v, expected);
    auto r = units::parse_frequency_hz(s);
    if (!r) fail(v, std::string("expected ") + expected + ", got '" + s + "'");
    if (*r <= 0) fail(v, "frequency must be positive, got '" + s + "'");
    return *r;
  }

  double power_mw(const Val& v) const {
    const char* expected = "a power (mW, or a number with nW/uW/mW/W)";
    std::string s = scalar(v, expected);
    auto r = units::parse_power_mw(s);
    if (!r) fail(v, std::string("expected ") + expected + ", got '" + s + "'");
    if (*r < 0) fail(v, "must not be negative, got '" + s + "'");
    return *r;
  }

  // --- sections ---------------------------------------------------------------
  void parse_platform(const Val& v, PlatformConfig& pc);
  void parse_clocks(const Val& v, PlatformConfig& pc);
  void parse_memories(const Val& v, PlatformConfig& pc);
  void parse_core(const Val& v, PlatformConfig& pc);
  void parse_peripherals(const Val& v, PlatformConfig& pc);
  void parse_energy(const Val& v, PlatformConfig& pc);
  void parse_inference(const Val& v, PlatformConfig& pc);
  void cross_check(PlatformConfig& pc);

  // Registers a component name (clocks, memories, core and peripherals share
  // one namespace: they all become SystemC objects).
  void claim_name(const std::string& name, const Val& at) {
    for (const auto& [n, where] : names_)
      if (n == name)
        fail(at, "duplicate name '" + name + "' (already used by " + where.key + " at line " +
                     std::to_string(where.line) + ")");
    SourceLoc owner = at.loc;
    owner.key = at.path.substr(0, at.path.rfind('.'));
    names_.emplace_back(name, owner);
  }

  // Checks one address range against the 32-bit address space and records it
  // for the overlap check.
  void add_region(const std::string& label, uint64_t base, uint64_t size, const Val& at) {
    if (base >= kAddressSpace || size > kAddressSpace - base)
      fail(at, "region " + label + " [" + hex(base) + ", " + hex(base + size) +
                   ") extends past 4 GiB (the core has a 32-bit address space)");
    regions_.push_back({label, base, base + size, at.loc});
  }

  std::string file_;
  std::vector<std::pair<std::string, SourceLoc>> names_;
  std::vector<Region> regions_;
  std::optional<Val> core_clock_;     // for the cross check
  std::optional<Val> core_vtor_;
  std::vector<std::pair<int, Val>> irqs_;
};

PlatformConfig Parser::parse(const YAML::Node& root) {
  PlatformConfig pc;
  pc.file = file_;
  Val top{root, "", loc_at(root.Mark(), "")};
  if (top.loc.line == 0) top.loc.line = top.loc.column = 1;
  if (!root.IsMap()) fail(top, "the configuration must be a mapping, got " + describe(root));

  Fields f(*this, top, schema(""));
  // Sections in document order, so the first error reported is the first in
  // the file; then missing sections; then checks that span sections.
  for (const Entry& e : f.all()) {
    if (e.key == "platform") parse_platform(e.value, pc);
    else if (e.key == "clocks") parse_clocks(e.value, pc);
    else if (e.key == "memories") parse_memories(e.value, pc);
    else if (e.key == "core") parse_core(e.value, pc);
    else if (e.key == "peripherals") parse_peripherals(e.value, pc);
    else if (e.key == "energy") parse_energy(e.value, pc);
    else if (e.key == "inference") parse_inference(e.value, pc);
  }
  for (const char* required : {"platform", "clocks", "memories", "core"}) f.require(required);
  cross_check(pc);
  return pc;
}

void Parser::parse_platform(const Val& v, PlatformConfig& pc) {
  Fields f(*this, v, schema("platform"));
  pc.name = str(f.require("name"));
}

void Parser::parse_clocks(const Val& v, PlatformConfig& pc) {
  auto list = items(v);
  if (list.empty()) fail(v, "at least one clock is required");
  for (const Val& item : list) {
    Fields f(*this, item, schema("clocks[]"));
    ClockConfig c;
    c.loc = item.loc;
    Val name = f.require("name");
    c.name = ident(name);
    claim_name(c.name, name);
    c.frequency_hz = frequency(f.require("frequency"));
    pc.clocks.push_back(std::move(c));
  }
}

void Parser::parse_memories(const Val& v, PlatformConfig& pc) {
  auto list = items(v);
  if (list.empty()) fail(v, "at least one memory is required");
  for (const Val& item : list) {
    Fields f(*this, item, schema("memories[]"));
    MemoryConfig m;
    m.loc = item.loc;
    Val name = f.require("name");
    m.name = ident(name);
    claim_name(m.name, name);

    Val base = f.require("base");
    m.base = u64(base);
    if (m.base % kMemoryAlign) fail(base, "base " + hex(m.base) + " is not aligned to 4 bytes");
    Val sz = f.require("size");
    m.size = size(sz);
    if (m.size == 0) fail(sz, "size must not be 0");
    if (m.size % kMemoryAlign) fail(sz, "size " + hex(m.size) + " is not a multiple of 4 bytes");
    add_region("'" + m.name + "'", m.base, m.size, base);

    Val kind = f.require("kind");
    std::string k = scalar(kind, "a memory kind (tcm, sram, flash, dram)");
    auto mk = memory_kind_from_string(k);
    if (!mk) fail(kind, "unknown memory kind '" + k + "' (allowed: tcm, sram, flash, dram)");
    m.kind = *mk;

    // `latency` sets both; read_latency / write_latency override it.
    if (auto lat = f.get("latency")) m.read_latency = m.write_latency = u32(*lat);
    if (auto lat = f.get("read_latency")) m.read_latency = u32(*lat);
    if (auto lat = f.get("write_latency")) m.write_latency = u32(*lat);

    if (auto w = f.get("width")) {
      uint64_t bits = u64(*w);
      if (std::find(std::begin(kAllowedWidths), std::end(kAllowedWidths), bits) == std::end(kAllowedWidths))
        fail(*w, "width must be one of 8, 16, 32, 64, 128 (bits), got " + std::to_string(bits));
      m.width_bits = static_cast<uint32_t>(bits);
    }
    if (auto ro = f.get("read_only")) m.read_only = boolean(*ro);

    if (auto al = f.get("aliases")) {
      for (const Val& a : items(*al, "a list of addresses")) {
        uint64_t addr = u64(a, "an address (integer)");
        if (addr % kMemoryAlign) fail(a, "alias " + hex(addr) + " is not aligned to 4 bytes");
        add_region("'" + m.name + "' alias " + hex(addr), addr, m.size, a);
        m.aliases.push_back(addr);
      }
    }
    pc.memories.push_back(std::move(m));
  }
}

void Parser::parse_core(const Val& v, PlatformConfig& pc) {
  Fields f(*this, v, schema("core"));
  CoreConfig& c = pc.core;
  c.loc = v.loc;
  if (auto n = f.get("name")) {
    c.name = ident(*n);
    claim_name(c.name, *n);
  } else {
    Val at = v;
    at.path = "core.name";
    claim_name(c.name, at);
  }
  c.type = str(f.require("type"));
  Val clk = f.require("clock");
  c.clock = str(clk);
  core_clock_ = clk;
  if (auto b = f.get("fpu")) c.fpu = boolean(*b);
  if (auto b = f.get("mve")) c.mve = boolean(*b);
  if (auto vt = f.get("init_vtor")) {
    uint64_t a = u64(*vt, "an address (integer)");
    if (a >= kAddressSpace) fail(*vt, "init_vtor " + hex(a) + " is outside the 32-bit address space");
    if (a % kVtorAlign)
      fail(*vt, "init_vtor " + hex(a) + " is not aligned to 128 bytes (VTOR bits [6:0] are reserved)");
    c.init_vtor = static_cast<uint32_t>(a);
    core_vtor_ = *vt;
  }
  if (auto n = f.get("num_irq")) c.num_irq = u32(*n, 1, kMaxIrq);
  if (auto q = f.get("quantum")) c.quantum_cycles = u32(*q, 1);
  if (auto t = f.get("timing")) {
    for (const Entry& e : entries(*t)) {
      c.timing[e.key] = u32(e.value);
      c.timing_locs[e.key] = e.key_loc;
    }
  }
}

void Parser::parse_peripherals(const Val& v, PlatformConfig& pc) {
  for (const Val& item : items(v)) {
    Fields f(*this, item, schema("peripherals[]"));
    PeripheralConfig p;
    p.loc = item.loc;
    Val name = f.require("name");
    p.name = ident(name);
    claim_name(p.name, name);
    p.type = str(f.require("type"));

    Val base = f.require("base");
    p.base = u64(base);
    std::optional<Val> sz = f.get("size");
    if (sz) {
      p.size = size(*sz);
      if (p.size == 0) fail(*sz, "size must not be 0");
      if (p.size % 4) fail(*sz, "size " + hex(p.size) + " is not a multiple of 4 bytes");
    }
    // Register blocks are aligned to 4 KiB, or to their size when smaller
    // (rounded down to a power of two), and always to at least 4 bytes.
    uint64_t align = std::max<uint64_t>(4, std::min(kPeripheralMaxAlign, std::bit_floor(p.size)));
    auto check_align = [&](uint64_t addr, const Val& at, const char* what) {
      if (addr % align)
        fail(at, std::string(what) + " " + hex(addr) + " of peripheral '" + p.name + "' is not aligned to " +
                     hex(align) + " (4 KiB, or its size when smaller)");
    };
    check_align(p.base, base, "base");
    add_region("'" + p.name + "'", p.base, p.size, base);

    if (auto irq = f.get("irq")) {
      p.irq = static_cast<int>(u32(*irq, 0, kMaxIrq - 1));
      irqs_.emplace_back(p.irq, *irq);
    }
    if (auto al = f.get("aliases")) {
      for (const Val& a : items(*al, "a list of addresses")) {
        uint64_t addr = u64(a, "an address (integer)");
        check_align(addr, a, "alias");
        add_region("'" + p.name + "' alias " + hex(addr), addr, p.size, a);
        p.aliases.push_back(addr);
      }
    }
    if (auto params = f.get("params")) {
      for (const Entry& e : entries(*params)) {
        p.params[e.key] = scalar(e.value, "a scalar value");
        p.param_locs[e.key] = e.key_loc;
      }
    }
    pc.peripherals.push_back(std::move(p));
  }
}

void Parser::parse_energy(const Val& v, PlatformConfig& pc) {
  Fields f(*this, v, schema("energy"));
  EnergyConfig& en = pc.energy;
  en.loc = v.loc;
  if (auto ins = f.get("instructions")) {
    for (const Entry& e : entries(*ins)) {
      en.instruction_pj[e.key] = nonneg_double(e.value);
      en.instruction_locs[e.key] = e.key_loc;
    }
  }
  if (auto mems = f.get("memories")) {
    for (const Entry& e : entries(*mems)) {
      if (!memory_kind_from_string(e.key))
        fail(e.key_loc, "unknown memory kind '" + e.key + "' (allowed: tcm, sram, flash, dram)");
      Fields rw(*this, e.value, schema("energy.memories.KIND"));
      EnergyConfig::MemoryEnergy me;
      if (auto r = rw.get("read")) me.read_pj_per_byte = nonneg_double(*r);
      if (auto w = rw.get("write")) me.write_pj_per_byte = nonneg_double(*w);
      en.memory[e.key] = me;
    }
  }
  if (auto sp = f.get("static_power")) en.static_power_mw = power_mw(*sp);
}

void Parser::parse_inference(const Val& v, PlatformConfig& pc) {
  Fields f(*this, v, schema("inference"));
  InferenceConfig inf;
  inf.loc = v.loc;
  Val weights = f.require("weights");
  inf.weights_memory = str(weights);
  inf.weights_loc = weights.loc;
  Val arena = f.require("arena");
  inf.arena_memory = str(arena);
  inf.arena_loc = arena.loc;
  pc.inference = std::move(inf);
}

void Parser::cross_check(PlatformConfig& pc) {
  // The core's clock must exist.
  if (core_clock_ && !pc.find_clock(pc.core.clock)) {
    std::vector<std::string> names;
    for (const auto& c : pc.clocks) names.push_back(c.name);
    fail(*core_clock_, "unknown clock '" + pc.core.clock + "' (defined clocks: " + join(names) + ")");
  }

  // No two address ranges may overlap. After sorting by base, the region with
  // the largest end seen so far is the one any later region could overlap.
  std::vector<Region> sorted = regions_;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Region& a, const Region& b) { return a.base < b.base; });
  const Region* reach = nullptr;
  for (const Region& r : sorted) {
    if (reach && r.base < reach->end) {
      const Region& later = before(reach->loc, r.loc) ? r : *reach;
      const Region& earlier = &later == &r ? *reach : r;
      fail(later.loc, "region " + later.label + " [" + hex(later.base) + ", " + hex(later.end) +
                          ") overlaps region " + earlier.label + " [" + hex(earlier.base) + ", " +
                          hex(earlier.end) + ") given at line " + std::to_string(earlier.loc.line) +
                          " (" + earlier.loc.key + ")");
    }
    if (!reach || r.end > reach->end) reach = &r;
  }

  // Interrupt numbers must exist on the NVIC.
  for (const auto& [irq, at] : irqs_)
    if (static_cast<uint32_t>(irq) >= pc.core.num_irq)
      fail(at, "irq " + std::to_string(irq) + " does not exist: the core has num_irq = " +
                   std::to_string(pc.core.num_irq) + " (valid: 0.." + std::to_string(pc.core.num_irq - 1) +
                   ")");

  // The inference memories must exist; the arena is written by the firmware.
  if (pc.inference) {
    std::vector<std::string> names;
    for (const auto& m : pc.memories) names.push_back(m.name);
    const InferenceConfig& inf = *pc.inference;
    if (!pc.find_memory(inf.weights_memory))
      fail(inf.weights_loc, "unknown memory '" + inf.weights_memory + "' (memories: " + join(names) + ")");
    const MemoryConfig* arena = pc.find_memory(inf.arena_memory);
    if (!arena) fail(inf.arena_loc, "unknown memory '" + inf.arena_memory + "' (memories: " + join(names) + ")");
    if (arena->read_only)
      fail(inf.arena_loc, "memory '" + arena->name + "' is read_only; the tensor arena must be writable");
  }

  // The reset vector table must be in memory (it is read at reset).
  if (core_vtor_) {
    uint64_t a = pc.core.init_vtor;
    bool found = false;
    for (const auto& m : pc.memories) {
      found = found || (a >= m.base && a - m.base < m.size);
      for (uint64_t al : m.aliases) found = found || (a >= al && a - al < m.size);
    }
    if (!found) fail(*core_vtor_, "init_vtor " + hex(a) + " is not inside any memory (or memory alias)");
  } else {
    bool found = false;
    for (const auto& m : pc.memories) {
      found = found || (m.base == 0);
      for (uint64_t al : m.aliases) found = found || (al == 0);
    }
    if (!found) {
      SourceLoc l = pc.core.loc;
      l.key = "core.init_vtor";
      fail(l, "init_vtor defaults to 0x0, which is not inside any memory; set core.init_vtor");
    }
  }
}

SourceLoc mark_loc(const std::string& file, const YAML::Mark& m) {
  SourceLoc l;
  l.file = file;
  if (!m.is_null() && m.line >= 0) {
    l.line = m.line + 1;
    l.column = m.column + 1;
  }
  return l;
}

}  // namespace

PlatformConfig parse_platform_config(const std::string& yaml_text, const std::string& filename) {
  std::vector<YAML::Node> docs;
  try {
    docs = YAML::LoadAll(yaml_text);
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp 0.7 labels this "bad file"; say what it is.
    throw ConfigError(mark_loc(filename, e.mark), "YAML syntax error: nesting is too deep");
  } catch (const YAML::Exception& e) {
    throw ConfigError(mark_loc(filename, e.mark), "YAML syntax error: " + e.msg);
  }
  if (docs.empty() || docs[0].IsNull()) {
    SourceLoc l{filename, 1, 1, ""};
    throw ConfigError(l, "the configuration is empty");
  }
  if (docs.size() > 1)
    throw ConfigError(mark_loc(filename, docs[1].Mark()),
                      "only one YAML document is allowed (found a second one)");
  try {
    Parser p(filename);
    return p.parse(docs[0]);
  } catch (const YAML::Exception& e) {
    // Defensive: our own code never lets yaml-cpp throw, but never crash on it.
    throw ConfigError(mark_loc(filename, e.mark), std::string("YAML error: ") + e.msg);
  }
}

PlatformConfig load_platform_config(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    SourceLoc l;
    l.file = path;
    throw ConfigError(l, "cannot open configuration file: it is a directory");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    int err = errno;
    SourceLoc l;
    l.file = path;
    throw ConfigError(l, std::string("cannot open configuration file: ") +
                             (err ? std::strerror(err) : "unknown error"));
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    SourceLoc l;
    l.file = path;
    throw ConfigError(l, "error while reading configuration file");
  }
  return parse_platform_config(ss.str(), path);
}

}  // namespace tinysim
