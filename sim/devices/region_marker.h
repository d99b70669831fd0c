// The region-marker device: how firmware names the parts of its run (layers)
// that the report breaks down. Registers (workloads/include/tinysim.h):
//   0x00 ID     read 0x54534D52 ('TSMR'); on QEMU the page reads as zero
//   0x04 OPEN   write the address of a NUL-terminated name: opens a nested region
//   0x08 CLOSE  write anything: closes the innermost region
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include <systemc>
#include <tlm>
#include <tlm_utils/simple_target_socket.h>

namespace tinysim {

class RegionMarker : public sc_core::sc_module {
 public:
  static constexpr uint32_t kId = 0x54534D52;
  tlm_utils::simple_target_socket<RegionMarker> socket;
  explicit RegionMarker(sc_core::sc_module_name name);

  // Wired by the platform builder.
  std::function<std::string(uint32_t addr)> read_name;
  std::function<void(const std::string&)> on_open;
  std::function<void()> on_close;

 private:
  void b_transport(tlm::tlm_generic_payload& tx, sc_core::sc_time& delay);
};

}  // namespace tinysim
