// Small deterministic pseudo-random generator for the model generator:
// SplitMix64 (Steele, Lea, Flood 2014), integer arithmetic only, so the same
// seed gives the same sequence on every machine and compiler. Derived values
// avoid libm functions (whose last bits may differ between C libraries):
// normal() is an Irwin-Hall sum of uniforms, not Box-Muller.
#pragma once

#include <cstdint>

namespace tinysim::model {

class SplitMix64 {
 public:
  explicit SplitMix64(uint64_t seed) : state_(seed) {}

  uint64_t next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

  // Uniform in [0, 1) with 53 random bits (exact in a double).
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }

  // Integer uniform in [lo, hi]; the modulo bias is negligible for the small
  // ranges used here.
  int32_t integer(int32_t lo, int32_t hi) {
    return lo + static_cast<int32_t>(next() % static_cast<uint64_t>(static_cast<int64_t>(hi) - lo + 1));
  }

  // Approximately standard normal: sum of four uniforms (Irwin-Hall, mean 2,
  // variance 1/3) centred and scaled by sqrt(3); bounded by +-2*sqrt(3).
  double normal() {
    const double sum = uniform() + uniform() + uniform() + uniform();
    return (sum - 2.0) * 1.7320508075688772;
  }

 private:
  uint64_t state_;
};

}  // namespace tinysim::model
