// Attributes a core's event counters to the regions firmware opens and closes
// through the region-marker device. Regions nest; a region opened several
// times under the same parent path accumulates (calls counts the openings).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cores/common/event_counters.h"

namespace tinysim {

// What the profiler needs from a core.
class CounterSource {
 public:
  virtual ~CounterSource() = default;
  virtual const EventCounters& counters() const = 0;
  virtual uint32_t stack_pointer() const = 0;
  virtual uint32_t lowest_stack_pointer() const = 0;
  virtual void reset_lowest_stack_pointer(uint32_t sp) = 0;
};

class RegionProfiler {
 public:
  struct Region {
    std::string name;
    std::string path;   // "outer/inner"
    int depth = 0;
    uint64_t calls = 0;
    EventCounters events;
    uint32_t lowest_sp = 0xFFFFFFFFu;
  };

  explicit RegionProfiler(CounterSource& src) : src_(src) {}

  void open(const std::string& name);
  void close();
  // Closes regions left open at the end of the run (with a warning).
  void finish();

  const std::vector<Region>& regions() const { return regions_; }
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  struct Open {
    size_t index;
    EventCounters start;
    uint32_t saved_lowest_sp;
  };
  CounterSource& src_;
  std::vector<Region> regions_;
  std::vector<Open> stack_;
  std::vector<std::string> warnings_;
};

}  // namespace tinysim
