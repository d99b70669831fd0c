#include "sim/platform/platform.h"

#include <cstring>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <stdexcept>

#include <systemc>

#include "cores/armv8m/cortex_m55.h"
#include "cores/armv8m/timing.h"
#include "memory/memory.h"
#include "memory/router.h"
#include "power/energy_model.h"
#include "sim/devices/cmsdk_uart.h"
#include "sim/devices/region_marker.h"
#include "sim/loader/elf_image.h"
#include "sim/platform/arm_glue.h"
#include "sim/report/region_profiler.h"
#include "sim/semihosting/semihosting.h"

namespace tinysim {

struct Platform::Impl {
  PlatformConfig cfg;
  RunOptions opt;
  double clock_hz = 0;
  std::unique_ptr<Router> router;
  std::vector<std::unique_ptr<Memory>> memories;
  std::unique_ptr<CortexM55> core;
  std::vector<std::unique_ptr<CmsdkUart>> uarts;
  std::unique_ptr<RegionMarker> marker;
  std::unique_ptr<Semihosting> semihosting;
  std::unique_ptr<ArmSemihostingAdapter> semihost_adapter;
  std::unique_ptr<ArmCounterSource> counter_source;
  std::unique_ptr<RegionProfiler> profiler;
  std::unique_ptr<EnergyModel> energy;
  std::unique_ptr<ArmTracer> tracer;
  std::string firmware;
  std::map<std::string, uint64_t> image_bytes;
  uint32_t initial_sp = 0;
  std::vector<std::string> op_classes;
};

namespace {
sc_core::sc_time cycles_time(double hz, uint32_t cycles) {
  return sc_core::sc_time(static_cast<double>(cycles) / hz, sc_core::SC_SEC);
}
}  // namespace

Platform::Platform(const PlatformConfig& cfg, const RunOptions& opt) : impl_(std::make_unique<Impl>()) {
  Impl& p = *impl_;
  p.cfg = cfg;
  p.opt = opt;
  const CoreConfig& cc = cfg.core;
  if (cc.type != "cortex-m55") {
    SourceLoc loc = cc.loc;
    loc.key = "core.type";
    throw ConfigError(loc, "unsupported core type '" + cc.type + "' (supported: cortex-m55)");
  }
  const ClockConfig* clk = cfg.find_clock(cc.clock);
  p.clock_hz = clk ? clk->frequency_hz : 100e6;
  if (cfg.memories.size() > static_cast<size_t>(kMaxMemories)) {
    throw ConfigError(cfg.memories[kMaxMemories].loc,
                      "too many memories (at most " + std::to_string(kMaxMemories) + ")");
  }

  p.router = std::make_unique<Router>("bus");
  armv8m::CpuConfig cpu_cfg;
  cpu_cfg.fpu = cc.fpu;
  cpu_cfg.mve = cc.mve;
  cpu_cfg.init_vtor = cc.init_vtor;
  cpu_cfg.num_irq = cc.num_irq;
  cpu_cfg.clock_hz = p.clock_hz;
  cpu_cfg.compile_blocks = opt.compile_blocks;
  p.core = std::make_unique<CortexM55>(cc.name.c_str(), cpu_cfg, cc.quantum_cycles);
  p.core->set_max_cycles(opt.max_cycles);
  p.core->socket.bind(p.router->target_socket);
  armv8m::Cpu& cpu = p.core->cpu();
  for (const auto& [name, cycles] : cc.timing) {
    if (!cpu.timing().set(name, cycles)) {
      SourceLoc loc = cc.loc;
      if (auto it = cc.timing_locs.find(name); it != cc.timing_locs.end()) loc = it->second;
      throw ConfigError(loc, "unknown timing parameter '" + name + "' (known: " + armv8m::Timing::known_names() + ")");
    }
  }

  unsigned port = 0;
  std::vector<MemoryKind> kinds;
  for (size_t i = 0; i < cfg.memories.size(); ++i) {
    const MemoryConfig& m = cfg.memories[i];
    auto mem = std::make_unique<Memory>(m.name.c_str(), m.size, m.read_only, cycles_time(p.clock_hz, m.read_latency),
                                        cycles_time(p.clock_hz, m.write_latency));
    p.router->initiator_socket.bind(mem->socket);
    p.router->map(port, m.base, m.size, m.name);
    for (uint64_t a : m.aliases) p.router->map(port, a, m.size, m.name);
    ++port;
    CortexM55::DmiRegion r;
    r.name = m.name;
    r.base = static_cast<uint32_t>(m.base);
    r.size = static_cast<uint32_t>(m.size);
    for (uint64_t a : m.aliases) r.aliases.push_back(static_cast<uint32_t>(a));
    r.counter_index = static_cast<uint8_t>(i);
    r.read_wait = static_cast<uint8_t>(std::min<uint32_t>(m.read_latency, 255));
    r.write_wait = static_cast<uint8_t>(std::min<uint32_t>(m.write_latency, 255));
    r.read_only = m.read_only;
    // DMI needs 4 KiB granularity (the core's page map); smaller memories
    // are reached through b_transport.
    if ((m.base & 0xFFF) == 0 && (m.size & 0xFFF) == 0) p.core->add_dmi_region(r);
    p.memories.push_back(std::move(mem));
    kinds.push_back(m.kind);
  }

  p.semihosting = std::make_unique<Semihosting>(opt.console, opt.args, p.clock_hz);
  p.semihost_adapter = std::make_unique<ArmSemihostingAdapter>(*p.semihosting);
  cpu.set_semihosting(p.semihost_adapter.get());
  p.counter_source = std::make_unique<ArmCounterSource>(cpu);
  p.profiler = std::make_unique<RegionProfiler>(*p.counter_source);

  for (const PeripheralConfig& pc : cfg.peripherals) {
    if (pc.type == "cmsdk-uart") {
      auto uart = std::make_unique<CmsdkUart>(pc.name.c_str(), opt.console);
      if (pc.irq >= 0) {
        CortexM55* core = p.core.get();
        int irq = pc.irq;
        uart->raise_irq = [core, irq] { core->raise_irq(irq); };
      }
      p.router->initiator_socket.bind(uart->socket);
      p.uarts.push_back(std::move(uart));
    } else if (pc.type == "region-marker") {
      if (p.marker) throw ConfigError(pc.loc, "only one region-marker device is supported");
      p.marker = std::make_unique<RegionMarker>(pc.name.c_str());
      p.marker->read_name = [&cpu](uint32_t addr) {
        std::string s;
        for (uint32_t a = addr; s.size() < 256; ++a) {
          uint8_t ch;
          if (!cpu.debug_read(a, &ch, 1) || !ch) break;
          s += static_cast<char>(ch);
        }
        return s;
      };
      RegionProfiler* prof = p.profiler.get();
      p.marker->on_open = [prof](const std::string& n) { prof->open(n); };
      p.marker->on_close = [prof] { prof->close(); };
      p.router->initiator_socket.bind(p.marker->socket);
    } else {
      SourceLoc loc = pc.loc;
      loc.key = "peripherals." + pc.name + ".type";
      throw ConfigError(loc, "unsupported peripheral type '" + pc.type + "' (supported: cmsdk-uart, region-marker)");
    }
    p.router->map(port, pc.base, pc.size, pc.name);
    for (uint64_t a : pc.aliases) p.router->map(port, a, pc.size, pc.name);
    ++port;
  }

  for (int i = 0; i < armv8m::kNumOpClasses; ++i)
    p.op_classes.emplace_back(armv8m::op_class_name(static_cast<armv8m::OpClass>(i)));
  p.energy = std::make_unique<EnergyModel>(cfg.energy, p.op_classes, kinds);

  if (!opt.trace_file.empty()) {
    p.tracer = std::make_unique<ArmTracer>(opt.trace_file);
    p.tracer->attach(cpu);
  }
}

Platform::~Platform() = default;

void Platform::load_firmware(const std::string& elf_path) {
  Impl& p = *impl_;
  ElfImage img = read_elf(elf_path, kEmArm);
  // The router's windows of memories (ports 0..N-1, aliases included) are
  // where an image may go.
  std::vector<LoadRegion> regions;
  for (const Router::Window& w : p.router->windows())
    if (w.port < p.memories.size()) regions.push_back({w.name, w.base, w.size});
  p.image_bytes = check_fits(img, regions);
  for (const ElfSegment& seg : img.segments) {
    uint32_t n = std::min<uint32_t>(seg.load_size(), static_cast<uint32_t>(seg.data.size()));
    if (!n) continue;
    const Router::Window* w = p.router->find(seg.paddr);
    if (!w || w->port >= p.memories.size() || seg.paddr + static_cast<uint64_t>(n) > w->base + w->size)
      throw ElfError(elf_path + ": segment " + std::to_string(seg.index) + " could not be placed");
    std::memcpy(p.memories[w->port]->data() + (seg.paddr - w->base), seg.data.data(), n);
  }
  p.firmware = elf_path;
  if (p.tracer) p.tracer->set_symbols(std::move(img));
}

namespace {
std::string hex_address(uint64_t v) {
  char b[24];
  std::snprintf(b, sizeof b, "0x%08llx", static_cast<unsigned long long>(v));
  return b;
}
}  // namespace

uint8_t* Platform::memory_span(uint64_t address, size_t bytes, const std::string& what) const {
  Impl& p = *impl_;
  const Router::Window* w = p.router->find(address);
  if (!w || w->port >= p.memories.size())
    throw std::runtime_error(what + ": address " + hex_address(address) + " is not inside any memory");
  if (address + bytes > w->base + w->size)
    throw std::runtime_error(what + ": " + std::to_string(bytes) + " bytes at " + hex_address(address) +
                             " run past the end of memory '" + w->name + "' [" + hex_address(w->base) + ", " +
                             hex_address(w->base + w->size) + ")");
  return p.memories[w->port]->data() + (address - w->base);
}

void Platform::write_memory(uint64_t address, std::span<const uint8_t> bytes, const std::string& what) {
  uint8_t* dst = memory_span(address, bytes.size(), what);
  if (!bytes.empty()) std::memcpy(dst, bytes.data(), bytes.size());
}

std::vector<uint8_t> Platform::read_memory(uint64_t address, size_t bytes, const std::string& what) const {
  const uint8_t* src = memory_span(address, bytes, what);
  return std::vector<uint8_t>(src, src + bytes);
}

void Platform::load_raw(const std::string& path, uint64_t address) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open the file to load");
  std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw std::runtime_error(path + ": error while reading the file to load");
  write_memory(address, bytes, path);
}

RunSummary Platform::run() {
  Impl& p = *impl_;
  armv8m::Cpu& cpu = p.core->cpu();
  sc_core::sc_start();
  RunSummary s;
  if (!cpu.stopped()) {
    cpu.request_stop(armv8m::StopReason::Error, 5,
                     "deadlock: the core sleeps (WFI/WFE) and nothing can wake it (no SysTick, no interrupt source)");
    s.stop_reason = "deadlock";
  }
  std::fflush(p.opt.console);
  p.profiler->finish();
  switch (cpu.stop_reason()) {
    case armv8m::StopReason::Exit: s.stop_reason = "exit"; break;
    case armv8m::StopReason::Lockup: s.stop_reason = "lockup"; break;
    case armv8m::StopReason::MaxCycles: s.stop_reason = "max-cycles"; break;
    case armv8m::StopReason::Breakpoint: s.stop_reason = "breakpoint"; break;
    case armv8m::StopReason::Fault: s.stop_reason = "fault"; break;
    default: if (s.stop_reason.empty()) s.stop_reason = "error";
  }
  s.exit_code = cpu.exit_code();
  s.message = cpu.stop_message();
  s.last_fault = cpu.last_fault;
  s.platform = p.cfg.name;
  s.config_file = p.cfg.file;
  s.firmware = p.firmware;
  s.clock_hz = p.clock_hz;
  s.total = cpu.counters();
  s.energy = p.energy->compute(s.total, s.seconds(s.total.cycles));
  s.initial_sp = p.counter_source->initial_sp();
  s.lowest_sp = p.counter_source->lowest_sp_overall();
  s.op_classes = p.op_classes;
  for (const auto& m : p.cfg.memories) {
    auto it = p.image_bytes.find(m.name);
    s.memories.push_back({m.name, to_string(m.kind), m.base, m.size, it == p.image_bytes.end() ? 0 : it->second});
  }
  for (const auto& r : p.profiler->regions()) {
    RunSummary::Region row;
    row.name = r.name;
    row.path = r.path;
    row.depth = r.depth;
    row.calls = r.calls;
    row.events = r.events;
    row.energy = p.energy->compute(r.events, s.seconds(r.events.cycles));
    row.stack_bytes = s.initial_sp > r.lowest_sp ? s.initial_sp - r.lowest_sp : 0;
    s.regions.push_back(row);
  }
  s.warnings = p.profiler->warnings();
  return s;
}

}  // namespace tinysim
