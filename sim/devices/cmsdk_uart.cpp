#include "sim/devices/cmsdk_uart.h"

#include <cstring>

namespace tinysim {

CmsdkUart::CmsdkUart(sc_core::sc_module_name name, std::FILE* console)
    : sc_module(name), socket("socket"), console_(console) {
  socket.register_b_transport(this, &CmsdkUart::b_transport);
}

void CmsdkUart::b_transport(tlm::tlm_generic_payload& tx, sc_core::sc_time&) {
  const uint64_t addr = tx.get_address();
  const unsigned len = tx.get_data_length();
  if (len > 4 || (addr & 3) + len > 4) {
    tx.set_response_status(tlm::TLM_BURST_ERROR_RESPONSE);
    return;
  }
  uint32_t value = 0;
  const unsigned shift = 8 * (addr & 3);
  if (tx.is_write()) {
    std::memcpy(&value, tx.get_data_ptr(), len);
    value <<= shift;
    switch (addr & ~3ull) {
      case 0x00:
        if (ctrl_ & 1) {
          std::fputc(static_cast<int>(value & 0xFF), console_);
          ++bytes_;
          if (ctrl_ & 4) {
            intstatus_ |= 1;
            if (raise_irq) raise_irq();
          }
        }
        break;
      case 0x08: ctrl_ = value & 0x7F; break;
      case 0x0C: intstatus_ &= ~value; break;
      case 0x10: bauddiv_ = value & 0xFFFFF; break;
      default: break;  // STATE writes clear overrun bits: none modelled
    }
  } else {
    switch (addr & ~3ull) {
      case 0x00: value = 0; break;          // no receive data
      case 0x04: value = 0; break;          // TX not full, RX empty
      case 0x08: value = ctrl_; break;
      case 0x0C: value = intstatus_; break;
      case 0x10: value = bauddiv_; break;
      default: value = 0;                   // PID/CID registers read as zero
    }
    value >>= shift;
    std::memcpy(tx.get_data_ptr(), &value, len);
  }
  tx.set_response_status(tlm::TLM_OK_RESPONSE);
}

}  // namespace tinysim
