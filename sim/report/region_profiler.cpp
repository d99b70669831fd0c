#include "sim/report/region_profiler.h"

#include <algorithm>

namespace tinysim {

void RegionProfiler::open(const std::string& raw_name) {
  std::string name = raw_name.empty() ? "(unnamed)" : raw_name;
  std::string path = stack_.empty() ? name : regions_[stack_.back().index].path + "/" + name;
  size_t idx = 0;
  while (idx < regions_.size() && regions_[idx].path != path) ++idx;
  if (idx == regions_.size()) {
    Region r;
    r.name = name;
    r.path = path;
    r.depth = static_cast<int>(stack_.size());
    regions_.push_back(r);
  }
  regions_[idx].calls++;
  const uint32_t saved = src_.lowest_stack_pointer();
  src_.reset_lowest_stack_pointer(src_.stack_pointer());
  stack_.push_back({idx, src_.counters(), saved});
}

void RegionProfiler::close() {
  if (stack_.empty()) {
    if (warnings_.size() < 10) warnings_.push_back("region close without a matching open (ignored)");
    return;
  }
  Open o = stack_.back();
  stack_.pop_back();
  Region& r = regions_[o.index];
  r.events += src_.counters() - o.start;
  const uint32_t lowest = src_.lowest_stack_pointer();
  r.lowest_sp = std::min(r.lowest_sp, lowest);
  src_.reset_lowest_stack_pointer(std::min(lowest, o.saved_lowest_sp));
}

void RegionProfiler::finish() {
  while (!stack_.empty()) {
    warnings_.push_back("region '" + regions_[stack_.back().index].path + "' was still open at the end of the run");
    close();
  }
}

}  // namespace tinysim
