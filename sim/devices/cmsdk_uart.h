// Arm CMSDK APB UART (Cortex-M System Design Kit TRM, DDI0479, "APB UART"):
// DATA 0x00, STATE 0x04, CTRL 0x08, INTSTATUS/INTCLEAR 0x0C, BAUDDIV 0x10.
// Transmitted characters go to the console immediately; the transmitter is
// never busy (an assumption that keeps polling firmware fast). Like QEMU's
// model, characters written while CTRL.TXEN is clear are dropped.
#pragma once

#include <cstdio>
#include <functional>

#include <systemc>
#include <tlm>
#include <tlm_utils/simple_target_socket.h>

namespace tinysim {

class CmsdkUart : public sc_core::sc_module {
 public:
  tlm_utils::simple_target_socket<CmsdkUart> socket;
  CmsdkUart(sc_core::sc_module_name name, std::FILE* console);
  // Interrupt output (TX done, when CTRL.TXINTEN): called with the line.
  std::function<void()> raise_irq;
  uint64_t bytes_sent() const { return bytes_; }

 private:
  void b_transport(tlm::tlm_generic_payload& tx, sc_core::sc_time& delay);
  std::FILE* console_;
  uint32_t ctrl_ = 0, intstatus_ = 0, bauddiv_ = 0;
  uint64_t bytes_ = 0;
};

}  // namespace tinysim
