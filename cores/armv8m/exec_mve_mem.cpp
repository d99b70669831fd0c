// Helium (MVE) loads/stores, predication, lane moves and scalar long shifts:
// see exec_mve_mem.h. The tail-predicated loop instructions live with the
// other low-overhead loops in exec_branch.cpp.
#include "cores/armv8m/exec_mve_mem.h"

#include <cstring>

#include "cores/armv8m/exec.h"
#include "cores/armv8m/exec_fp.h"

namespace tinysim::armv8m {

namespace {

// Element types by size in bytes.
template <unsigned SIZE> struct Uint;
template <> struct Uint<1> { using type = uint8_t; using signed_type = int8_t; };
template <> struct Uint<2> { using type = uint16_t; using signed_type = int16_t; };
template <> struct Uint<4> { using type = uint32_t; using signed_type = int32_t; };
template <unsigned SIZE> using UintT = typename Uint<SIZE>::type;
template <unsigned SIZE> using SintT = typename Uint<SIZE>::signed_type;

// MVE element accesses must be aligned to their memory size (R_MVE alignment,
// "unaligned MVE load or store accesses ... cause an unaligned UsageFault").
[[noreturn]] __attribute__((noinline, cold)) void unaligned_vector_access(Cpu& c, uint32_t addr) {
  c.alignment_fault(addr, "unaligned MVE vector access (an element must be aligned to its size in memory)");
}
inline void check_element_alignment(Cpu& c, uint32_t addr, unsigned size) {
  if (__builtin_expect((addr & (size - 1)) != 0, 0)) unaligned_vector_access(c, addr);
}

template <unsigned SIZE>
uint32_t load_element(Cpu& c, uint32_t a) {
  if constexpr (SIZE == 1) return c.read8(a);
  else if constexpr (SIZE == 2) return c.read16(a);
  else return c.read32(a);
}
template <unsigned SIZE>
void store_element(Cpu& c, uint32_t a, uint32_t v) {
  if constexpr (SIZE == 1) c.write8(a, v);
  else if constexpr (SIZE == 2) c.write16(a, v);
  else c.write32(a, v);
}

// A memory element of MSIZE bytes as a register element of ESIZE bytes.
template <unsigned MSIZE, unsigned ESIZE, bool SIGNED>
UintT<ESIZE> widen(uint32_t v) {
  if constexpr (SIGNED && MSIZE < ESIZE)
    return static_cast<UintT<ESIZE>>(static_cast<SintT<ESIZE>>(static_cast<SintT<MSIZE>>(v)));
  else
    return static_cast<UintT<ESIZE>>(v);
}

// Address of a contiguous access (pseudocode: offsetAddr, address).
struct ContiguousAddress {
  uint32_t address;       // of element 0
  uint32_t offset_addr;   // written back to Rn with W
};
inline ContiguousAddress contiguous_address(const Cpu& c, const DecodedInsn& d) {
  const uint32_t base = c.r[d.rn];
  const uint32_t offset_addr = base + d.imm;
  return {d.index ? offset_addr : base, offset_addr};
}

}  // namespace

// ---- predicates --------------------------------------------------------------

void mve_write_predicate(Cpu& c, uint16_t result, uint16_t mask, unsigned vpt_mask) {
  c.vpr = (c.vpr & ~0xFFFFu) | static_cast<uint32_t>(result & mask);
  c.mve_advance_vpt();
  if (vpt_mask) c.vpr = (c.vpr & 0xFFFFu) | vpt_mask << 16 | vpt_mask << 20;
}

template <unsigned ESIZE, MveCond COND, bool SCALAR>
uint16_t mve_compare_int(Cpu& c, const DecodedInsn& d, uint16_t) {
  using U = UintT<ESIZE>;
  using S = SintT<ESIZE>;
  constexpr unsigned kElements = 16 / ESIZE;
  constexpr uint16_t kElementBits = static_cast<uint16_t>((1u << ESIZE) - 1);
  const QVec n = read_q(c, d.rn);
  QVec m;
  if constexpr (SCALAR) {
    const U s = static_cast<U>(d.rm == 15 ? 0u : c.r[d.rm]);   // Rm = 1111 is ZR
    for (unsigned e = 0; e < kElements; ++e) m.lane<U>(e) = s;
  } else {
    m = read_q(c, d.rm);
  }
  uint16_t result = 0;
  for (unsigned e = 0; e < kElements; ++e) {
    const U a = n.lane<U>(e), b = m.lane<U>(e);
    const S sa = static_cast<S>(a), sb = static_cast<S>(b);
    bool t;
    if constexpr (COND == MveCond::Eq) t = a == b;
    else if constexpr (COND == MveCond::Ne) t = a != b;
    else if constexpr (COND == MveCond::Cs) t = a >= b;
    else if constexpr (COND == MveCond::Hi) t = a > b;
    else if constexpr (COND == MveCond::Ge) t = sa >= sb;
    else if constexpr (COND == MveCond::Lt) t = sa < sb;
    else if constexpr (COND == MveCond::Gt) t = sa > sb;
    else t = sa <= sb;
    if (t) result = static_cast<uint16_t>(result | kElementBits << (e * ESIZE));
  }
  return result;
}

#define TINYSIM_MVE_CMP_INST(SIZE, COND)                                              \
  template uint16_t mve_compare_int<SIZE, MveCond::COND, false>(Cpu&, const DecodedInsn&, uint16_t); \
  template uint16_t mve_compare_int<SIZE, MveCond::COND, true>(Cpu&, const DecodedInsn&, uint16_t);
#define TINYSIM_MVE_CMP_SIZES(COND) TINYSIM_MVE_CMP_INST(1, COND) TINYSIM_MVE_CMP_INST(2, COND) TINYSIM_MVE_CMP_INST(4, COND)
TINYSIM_MVE_CMP_SIZES(Eq)
TINYSIM_MVE_CMP_SIZES(Ne)
TINYSIM_MVE_CMP_SIZES(Cs)
TINYSIM_MVE_CMP_SIZES(Hi)
TINYSIM_MVE_CMP_SIZES(Ge)
TINYSIM_MVE_CMP_SIZES(Lt)
TINYSIM_MVE_CMP_SIZES(Gt)
TINYSIM_MVE_CMP_SIZES(Le)
#undef TINYSIM_MVE_CMP_SIZES
#undef TINYSIM_MVE_CMP_INST

void exec_mve_vpsel(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const QVec n = read_q(c, d.rn), m = read_q(c, d.rm);
  const QVec p = expand_byte_mask(static_cast<uint16_t>(c.vpr));
  QVec r;
  for (int i = 0; i < 2; ++i) r.d[i] = (n.d[i] & p.d[i]) | (m.d[i] & ~p.d[i]);
  write_q_masked(c, d.rd, r, mask);
}

void exec_mve_vpnot(Cpu& c, const DecodedInsn&, uint16_t mask) {
  c.vpr = (c.vpr & ~0xFFFFu) | (~c.vpr & mask & 0xFFFFu);
}

void exec_mve_vctp(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  if (!c.config().mve) c.undefined("VCTP on a core without MVE");   // t32_table holds it for every core
  // The first Rn elements (all when Rn >= elements per vector).
  const uint32_t n = c.r[d.rn];
  const unsigned bytes = n <= (16u >> d.sz) ? n << d.sz : 16u;
  const uint16_t first = static_cast<uint16_t>(bytes >= 16 ? 0xFFFFu : (1u << bytes) - 1);
  c.vpr = (c.vpr & ~0xFFFFu) | (first & mask);
}

void exec_mve_vpst(Cpu& c, const DecodedInsn& d) {
  c.check_mve_enabled();
  c.vpr = (c.vpr & 0xFFFFu) | static_cast<uint32_t>(d.extra) << 16 | static_cast<uint32_t>(d.extra) << 20;
}

// ---- contiguous loads and stores -----------------------------------------------

// A predicated contiguous access, beat by beat: calls beat(w, bytes) for each
// 32-bit word at offset w of the span whose byte mask `bytes` (bit i: byte
// w + i) holds an active element, in address order, after align() once when
// any element is active (every element has the alignment of the first). The
// M55 moves one beat per access with byte strobes, so a partly active beat
// is one access, not one per element.
template <unsigned MSIZE, unsigned ESIZE, typename Beat, typename Align>
void for_each_active_beat(uint16_t mask, Beat beat, Align align) {
  constexpr unsigned kElements = 16 / ESIZE;
  constexpr unsigned kBytes = kElements * MSIZE;
  bool checked = false;
  for (unsigned w = 0; w < kBytes; w += 4) {
    unsigned bytes = 0;
    for (unsigned e = w / MSIZE; e < (w + 4) / MSIZE; ++e)
      if (elem_active(mask, ESIZE, e)) bytes |= ((1u << MSIZE) - 1) << (e * MSIZE - w);
    if (!bytes) continue;
    if (!checked) {
      align();
      checked = true;
    }
    beat(w, bytes);
  }
}

// Predicated contiguous accesses (some element inactive): one access per
// 32-bit beat of the span that holds an active element. Out of line, so
// that the all-active paths below stay small.
template <unsigned MSIZE, unsigned ESIZE, bool SIGNED>
__attribute__((noinline)) QVec vldr_predicated(Cpu& c, uint32_t address, uint16_t mask) {
  using E = UintT<ESIZE>;
  QVec r{};   // inactive elements are written as zero
  for_each_active_beat<MSIZE, ESIZE>(mask, [&](unsigned w, unsigned bytes) {
    uint8_t mem[4];
    if (c.read_beat(address + w, mem, static_cast<unsigned>(__builtin_popcount(bytes)))) {
      for (unsigned e = w / MSIZE; e < (w + 4) / MSIZE; ++e) {
        if (!elem_active(mask, ESIZE, e)) continue;
        UintT<MSIZE> v;
        std::memcpy(&v, mem + (e * MSIZE - w), MSIZE);
        r.lane<E>(e) = widen<MSIZE, ESIZE, SIGNED>(v);
      }
    } else {  // not plain memory: element by element
      for (unsigned e = w / MSIZE; e < (w + 4) / MSIZE; ++e)
        if (elem_active(mask, ESIZE, e))
          r.lane<E>(e) = widen<MSIZE, ESIZE, SIGNED>(load_element<MSIZE>(c, address + e * MSIZE));
    }
  }, [&] { check_element_alignment(c, address, MSIZE); });
  return r;
}

template <unsigned MSIZE, unsigned ESIZE>
__attribute__((noinline)) void vstr_predicated(Cpu& c, uint32_t address, const QVec& v, uint16_t mask) {
  using E = UintT<ESIZE>;
  for_each_active_beat<MSIZE, ESIZE>(mask, [&](unsigned w, unsigned bytes) {
    uint8_t mem[4] = {};
    for (unsigned e = w / MSIZE; e < (w + 4) / MSIZE; ++e) {
      const E x = v.lane<E>(e);
      std::memcpy(mem + (e * MSIZE - w), &x, MSIZE);   // the low bytes (little-endian host)
    }
    if (!c.write_beat(address + w, mem, bytes)) {  // not plain memory: element by element
      for (unsigned e = w / MSIZE; e < (w + 4) / MSIZE; ++e)
        if (elem_active(mask, ESIZE, e)) store_element<MSIZE>(c, address + e * MSIZE, v.lane<E>(e));
    }
  }, [&] { check_element_alignment(c, address, MSIZE); });
}

template <unsigned MSIZE, unsigned ESIZE, bool SIGNED>
void exec_mve_vldr(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  using E = UintT<ESIZE>;
  constexpr unsigned kElements = 16 / ESIZE;
  const ContiguousAddress a = contiguous_address(c, d);
  QVec r;
  if (__builtin_expect(mask == 0xFFFF, 1)) {
    // Every element active: the whole span (16, 8 or 4 bytes, aligned to
    // MSIZE like the first element) in 32-bit accesses.
    check_element_alignment(c, a.address, MSIZE);
    constexpr unsigned kBytes = kElements * MSIZE;
    uint8_t mem[kBytes];
    for (unsigned i = 0; i < kBytes; i += 4) {
      const uint32_t w = c.read32(a.address + i);
      std::memcpy(mem + i, &w, 4);
    }
    for (unsigned e = 0; e < kElements; ++e) {
      UintT<MSIZE> v;
      std::memcpy(&v, mem + e * MSIZE, MSIZE);
      r.lane<E>(e) = widen<MSIZE, ESIZE, SIGNED>(v);
    }
  } else {
    r = vldr_predicated<MSIZE, ESIZE, SIGNED>(c, a.address, mask);
  }
  write_q(c, d.rd, r);
  if (d.wback) c.write_reg(d.rn, a.offset_addr);
}

template <unsigned MSIZE, unsigned ESIZE>
void exec_mve_vstr(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  using E = UintT<ESIZE>;
  constexpr unsigned kElements = 16 / ESIZE;
  const ContiguousAddress a = contiguous_address(c, d);
  const QVec v = read_q(c, d.rd);
  if (__builtin_expect(mask == 0xFFFF, 1)) {
    check_element_alignment(c, a.address, MSIZE);
    constexpr unsigned kBytes = kElements * MSIZE;
    uint8_t mem[kBytes];
    for (unsigned e = 0; e < kElements; ++e) {
      const E x = v.lane<E>(e);
      std::memcpy(mem + e * MSIZE, &x, MSIZE);   // the low bytes (little-endian host)
    }
    for (unsigned i = 0; i < kBytes; i += 4) {
      uint32_t w;
      std::memcpy(&w, mem + i, 4);
      c.write32(a.address + i, w);
    }
  } else {
    vstr_predicated<MSIZE, ESIZE>(c, a.address, v, mask);
  }
  if (d.wback) c.write_reg(d.rn, a.offset_addr);
}

template void exec_mve_vldr<1, 1, false>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_vldr<2, 2, false>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_vldr<4, 4, false>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_vldr<1, 2, false>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_vldr<1, 2, true>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_vldr<1, 4, false>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_vldr<1, 4, true>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_vldr<2, 4, false>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_vldr<2, 4, true>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_vstr<1, 1>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_vstr<2, 2>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_vstr<4, 4>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_vstr<1, 2>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_vstr<1, 4>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_vstr<2, 4>(Cpu&, const DecodedInsn&, uint16_t);

// ---- gather loads and scatter stores ---------------------------------------------

template <unsigned MSIZE, unsigned ESIZE, bool SIGNED>
void exec_mve_gather(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const uint32_t base = c.r[d.rn];
  const QVec offsets = read_q(c, d.rm);
  QVec r{};
  if constexpr (ESIZE == 8) {
    // 64-bit elements: two word accesses at Rn + (offset << n) and + 4, each
    // predicated by its own half; the offset is the low word of Qm's element.
    for (unsigned w = 0; w < 4; ++w) {
      if (!elem_active(mask, 4, w)) continue;
      const uint32_t addr = base + (offsets.w[w & ~1u] << d.shift_n) + 4 * (w & 1);
      check_element_alignment(c, addr, 4);
      r.w[w] = c.read32(addr);
    }
  } else {
    using E = UintT<ESIZE>;
    for (unsigned e = 0; e < 16 / ESIZE; ++e) {
      if (!elem_active(mask, ESIZE, e)) continue;
      const uint32_t addr = base + (static_cast<uint32_t>(offsets.lane<E>(e)) << d.shift_n);
      check_element_alignment(c, addr, MSIZE);
      r.lane<E>(e) = widen<MSIZE, ESIZE, SIGNED>(load_element<MSIZE>(c, addr));
    }
  }
  write_q(c, d.rd, r);
}

template <unsigned MSIZE, unsigned ESIZE>
void exec_mve_scatter(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const uint32_t base = c.r[d.rn];
  const QVec offsets = read_q(c, d.rm);
  const QVec v = read_q(c, d.rd);
  if constexpr (ESIZE == 8) {
    for (unsigned w = 0; w < 4; ++w) {
      if (!elem_active(mask, 4, w)) continue;
      const uint32_t addr = base + (offsets.w[w & ~1u] << d.shift_n) + 4 * (w & 1);
      check_element_alignment(c, addr, 4);
      c.write32(addr, v.w[w]);
    }
  } else {
    using E = UintT<ESIZE>;
    for (unsigned e = 0; e < 16 / ESIZE; ++e) {
      if (!elem_active(mask, ESIZE, e)) continue;
      const uint32_t addr = base + (static_cast<uint32_t>(offsets.lane<E>(e)) << d.shift_n);
      check_element_alignment(c, addr, MSIZE);
      store_element<MSIZE>(c, addr, v.lane<E>(e));
    }
  }
}

template void exec_mve_gather<1, 1, false>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_gather<1, 2, false>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_gather<1, 2, true>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_gather<1, 4, false>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_gather<1, 4, true>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_gather<2, 2, false>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_gather<2, 4, false>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_gather<2, 4, true>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_gather<4, 4, false>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_gather<8, 8, false>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_scatter<1, 1>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_scatter<1, 2>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_scatter<1, 4>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_scatter<2, 2>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_scatter<2, 4>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_scatter<4, 4>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_scatter<8, 8>(Cpu&, const DecodedInsn&, uint16_t);

template <unsigned MSIZE>
void exec_mve_gather_base(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const QVec bases = read_q(c, d.rm);
  QVec r{};
  for (unsigned w = 0; w < 4; ++w) {
    if (!elem_active(mask, 4, w)) continue;
    const uint32_t addr = MSIZE == 8 ? bases.w[w & ~1u] + d.imm + 4 * (w & 1) : bases.w[w] + d.imm;
    check_element_alignment(c, addr, 4);
    r.w[w] = c.read32(addr);
  }
  write_q(c, d.rd, r);
  if (d.wback) {
    QVec nb = bases;
    for (unsigned w = 0; w < 4; w += MSIZE / 4) nb.w[w] = bases.w[w] + d.imm;
    write_q(c, d.rm, nb);
  }
}

template <unsigned MSIZE>
void exec_mve_scatter_base(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const QVec bases = read_q(c, d.rm);
  const QVec v = read_q(c, d.rd);
  for (unsigned w = 0; w < 4; ++w) {
    if (!elem_active(mask, 4, w)) continue;
    const uint32_t addr = MSIZE == 8 ? bases.w[w & ~1u] + d.imm + 4 * (w & 1) : bases.w[w] + d.imm;
    check_element_alignment(c, addr, 4);
    c.write32(addr, v.w[w]);
  }
  if (d.wback) {
    QVec nb = bases;
    for (unsigned w = 0; w < 4; w += MSIZE / 4) nb.w[w] = bases.w[w] + d.imm;
    write_q(c, d.rm, nb);
  }
}

template void exec_mve_gather_base<4>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_gather_base<8>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_scatter_base<4>(Cpu&, const DecodedInsn&, uint16_t);
template void exec_mve_scatter_base<8>(Cpu&, const DecodedInsn&, uint16_t);

// ---- VLD2x/VLD4x, VST2x/VST4x ------------------------------------------------------
//
// The N registers hold an N-way de-interleave of a 16*N-byte block: element k
// of the block (of the instruction's element size) is element k / N of
// register k % N. Each of the N instructions VLDn0.. moves four of its words,
// one per beat, in this order (QEMU 7.2, the Arm ARM's beat layout); all N
// together move the whole block.
namespace {
constexpr uint8_t kInterleaveWords4[4][4] = {{0, 1, 10, 11}, {2, 3, 12, 13}, {4, 5, 14, 15}, {6, 7, 8, 9}};
constexpr uint8_t kInterleaveWords2[2][4] = {{0, 1, 6, 7}, {2, 3, 4, 5}};

template <unsigned N>
const uint8_t* interleave_words(unsigned pattern) {
  if constexpr (N == 4) return kInterleaveWords4[pattern & 3];
  else return kInterleaveWords2[pattern & 1];
}
// Host address of the bytes of block byte `offset` in the registers.
template <unsigned N>
uint8_t* interleave_lane(Cpu& c, const DecodedInsn& d, unsigned offset, unsigned esize) {
  const unsigned k = offset / esize;
  return c.fp.b + 16 * ((d.rd + k % N) & 7) + (k / N) * esize;
}
}  // namespace

template <unsigned N>
void exec_mve_vld_interleave(Cpu& c, const DecodedInsn& d) {
  const uint32_t base = c.r[d.rn];
  check_element_alignment(c, base, 4);
  const unsigned esize = 1u << d.sz;
  const uint8_t* words = interleave_words<N>(d.extra);
  uint8_t data[4][4];
  for (unsigned beat = 0; beat < 4; ++beat) {
    const uint32_t w = c.read32(base + 4u * words[beat]);
    std::memcpy(data[beat], &w, 4);
  }
  for (unsigned beat = 0; beat < 4; ++beat)
    for (unsigned j = 0; j < 4; j += esize)
      std::memcpy(interleave_lane<N>(c, d, 4u * words[beat] + j, esize), data[beat] + j, esize);
  if (d.wback) c.write_reg(d.rn, base + 16 * N);
}

template <unsigned N>
void exec_mve_vst_interleave(Cpu& c, const DecodedInsn& d) {
  const uint32_t base = c.r[d.rn];
  check_element_alignment(c, base, 4);
  const unsigned esize = 1u << d.sz;
  const uint8_t* words = interleave_words<N>(d.extra);
  for (unsigned beat = 0; beat < 4; ++beat) {
    uint8_t data[4];
    for (unsigned j = 0; j < 4; j += esize)
      std::memcpy(data + j, interleave_lane<N>(c, d, 4u * words[beat] + j, esize), esize);
    uint32_t w;
    std::memcpy(&w, data, 4);
    c.write32(base + 4u * words[beat], w);
  }
  if (d.wback) c.write_reg(d.rn, base + 16 * N);
}

template void exec_mve_vld_interleave<2>(Cpu&, const DecodedInsn&);
template void exec_mve_vld_interleave<4>(Cpu&, const DecodedInsn&);
template void exec_mve_vst_interleave<2>(Cpu&, const DecodedInsn&);
template void exec_mve_vst_interleave<4>(Cpu&, const DecodedInsn&);

// ---- system registers: VMRS/VMSR VPR and P0, VLDR/VSTR ------------------------------

namespace {
constexpr unsigned kSysregFpscr = 1, kSysregFpscrNzcvqc = 2, kSysregVpr = 12, kSysregP0 = 13;

// The FPSCR rules (writable bits, LTPSIZE, QC) live with VMRS/VMSR in
// exec_fp.cpp; a VLDR/VSTR of FPSCR is the same transfer through memory, so
// it goes through them with r0 as a scratch register (restored).
uint32_t read_fpscr_sysreg(Cpu& c, unsigned reg) {
  DecodedInsn vmrs;
  vmrs.rd = 0;
  vmrs.extra = static_cast<uint8_t>(reg);
  const uint32_t saved = c.r[0];
  exec_vmrs(c, vmrs);
  const uint32_t v = c.r[0];
  c.r[0] = saved;
  return v;
}
void write_fpscr_sysreg(Cpu& c, unsigned reg, uint32_t v) {
  DecodedInsn vmsr;
  vmsr.rd = 0;
  vmsr.extra = static_cast<uint8_t>(reg);
  const uint32_t saved = c.r[0];
  c.r[0] = v;
  exec_vmsr(c, vmsr);
  c.r[0] = saved;
}
}  // namespace

// fp_table.cpp holds VMRS/VMSR VPR and P0 for every core: UNDEFINED without MVE.
static void require_mve_sysreg(Cpu& c) {
  if (!c.config().mve) c.undefined("VMRS/VMSR of VPR or P0 on a core without MVE");
  c.check_mve_enabled();
}

void exec_mve_vmrs_vpr(Cpu& c, const DecodedInsn& d) {
  require_mve_sysreg(c);
  if (!c.privileged()) return;   // QEMU 7.2: an unprivileged access does nothing
  c.write_reg(d.rd, c.vpr);
}
void exec_mve_vmrs_p0(Cpu& c, const DecodedInsn& d) {
  require_mve_sysreg(c);
  c.write_reg(d.rd, c.vpr & 0xFFFFu);
}
void exec_mve_vmsr_vpr(Cpu& c, const DecodedInsn& d) {
  require_mve_sysreg(c);
  if (!c.privileged()) return;
  c.vpr = c.r[d.rd] & 0x00FFFFFFu;   // P0, MASK01, MASK23; the rest is reserved
}
void exec_mve_vmsr_p0(Cpu& c, const DecodedInsn& d) {
  require_mve_sysreg(c);
  c.vpr = (c.vpr & ~0xFFFFu) | (c.r[d.rd] & 0xFFFFu);
}

void exec_mve_vstr_sysreg(Cpu& c, const DecodedInsn& d) {
  c.check_mve_enabled();
  uint32_t v;
  if (d.extra == kSysregVpr) {
    if (!c.privileged()) return;   // no access and no writeback (QEMU 7.2)
    v = c.vpr;
  } else if (d.extra == kSysregP0) {
    v = c.vpr & 0xFFFFu;
  } else {
    v = read_fpscr_sysreg(c, d.extra);
  }
  const ContiguousAddress a = contiguous_address(c, d);
  check_element_alignment(c, a.address, 4);
  c.write32(a.address, v);
  if (d.wback) c.write_reg(d.rn, a.offset_addr);
}

void exec_mve_vldr_sysreg(Cpu& c, const DecodedInsn& d) {
  c.check_mve_enabled();
  if (d.extra == kSysregVpr && !c.privileged()) return;
  const ContiguousAddress a = contiguous_address(c, d);
  check_element_alignment(c, a.address, 4);
  const uint32_t v = c.read32(a.address);
  if (d.extra == kSysregVpr) c.vpr = v & 0x00FFFFFFu;
  else if (d.extra == kSysregP0) c.vpr = (c.vpr & ~0xFFFFu) | (v & 0xFFFFu);
  else write_fpscr_sysreg(c, d.extra, v);
  if (d.wback) c.write_reg(d.rn, a.offset_addr);
}

// ---- lane moves ---------------------------------------------------------------------

template <unsigned ESIZE>
void exec_mve_vmov_to_lane(Cpu& c, const DecodedInsn& d) {
  if (ESIZE < 4 && !c.config().mve) c.undefined("VMOV.8/.16 to a vector lane needs MVE");
  if (d.rn > 15) c.undefined("VMOV to a lane of D16-D31 (not implemented by M-profile)");
  c.check_mve_enabled();
  const uint32_t v = c.r[d.rd];
  std::memcpy(c.fp.b + 8 * d.rn + ESIZE * d.extra, &v, ESIZE);   // the low bytes (little-endian host)
}

template <unsigned ESIZE, bool SIGNED>
void exec_mve_vmov_from_lane(Cpu& c, const DecodedInsn& d) {
  if (ESIZE < 4 && !c.config().mve) c.undefined("VMOV.<dt> from an 8/16-bit vector lane needs MVE");
  if (d.rn > 15) c.undefined("VMOV from a lane of D16-D31 (not implemented by M-profile)");
  c.check_mve_enabled();
  UintT<ESIZE> lane;
  std::memcpy(&lane, c.fp.b + 8 * d.rn + ESIZE * d.extra, ESIZE);
  const uint32_t v = SIGNED ? static_cast<uint32_t>(static_cast<int32_t>(static_cast<SintT<ESIZE>>(lane)))
                            : static_cast<uint32_t>(lane);
  c.write_reg(d.rd, v);
}

template void exec_mve_vmov_to_lane<1>(Cpu&, const DecodedInsn&);
template void exec_mve_vmov_to_lane<2>(Cpu&, const DecodedInsn&);
template void exec_mve_vmov_to_lane<4>(Cpu&, const DecodedInsn&);
template void exec_mve_vmov_from_lane<1, false>(Cpu&, const DecodedInsn&);
template void exec_mve_vmov_from_lane<1, true>(Cpu&, const DecodedInsn&);
template void exec_mve_vmov_from_lane<2, false>(Cpu&, const DecodedInsn&);
template void exec_mve_vmov_from_lane<2, true>(Cpu&, const DecodedInsn&);
template void exec_mve_vmov_from_lane<4, false>(Cpu&, const DecodedInsn&);

void exec_mve_vmov_lanes_to_core(Cpu& c, const DecodedInsn& d) {
  c.check_mve_enabled();
  const QVec q = read_q(c, d.rn);
  c.r[d.rd] = q.w[d.extra + 2];
  c.r[d.ra] = q.w[d.extra];
}

void exec_mve_vmov_lanes_from_core(Cpu& c, const DecodedInsn& d) {
  c.check_mve_enabled();
  QVec q = read_q(c, d.rd);
  q.w[d.extra + 2] = c.r[d.rn];
  q.w[d.extra] = c.r[d.ra];
  write_q(c, d.rd, q);
}

// ---- scalar long shifts ---------------------------------------------------------------
//
// Every form is "shift, round, saturate" on an exact value (pseudocode:
// LSL/ASR/LSR of the register pair, RShr with rounding, SignedSatQ /
// UnsignedSatQ to 32, 48 or 64 bits, APSR.Q set on saturation), so one
// function computes them all on a 128-bit integer. A register amount is
// SInt(Rm<7:0>), negative reversing the direction.
//
// QEMU 7.2 differs for the 48-bit saturating forms shifted right by 48 or
// more (SQRSHRL #48 / UQRSHLL #48 with Rm <= -49): it returns 0 instead of
// the rounded shift of the full 64-bit operand (test_mve_mem.cpp).
namespace {

using i128 = __int128;

struct ShiftForm {
  bool is_signed;
  unsigned width;      // 32: Rda, 64: RdaHi:RdaLo
  bool right;          // the amount (immediate, or positive register value) shifts right
  bool round;
  unsigned sat_bits;   // 0: no saturation (the result wraps to `width` bits)
};

constexpr ShiftForm shift_form(LongShiftOp op) {
  switch (op) {
    case LongShiftOp::Lsll: return {false, 64, false, false, 0};
    case LongShiftOp::Lsrl: return {false, 64, true, false, 0};
    case LongShiftOp::Asrl: return {true, 64, true, false, 0};
    case LongShiftOp::Uqshll: return {false, 64, false, false, 64};
    case LongShiftOp::Urshrl: return {false, 64, true, true, 0};
    case LongShiftOp::Srshrl: return {true, 64, true, true, 0};
    case LongShiftOp::Sqshll: return {true, 64, false, false, 64};
    case LongShiftOp::Uqrshll64: return {false, 64, false, true, 64};
    case LongShiftOp::Uqrshll48: return {false, 64, false, true, 48};
    case LongShiftOp::Sqrshrl64: return {true, 64, true, true, 64};
    case LongShiftOp::Sqrshrl48: return {true, 64, true, true, 48};
    case LongShiftOp::Uqshl: return {false, 32, false, false, 32};
    case LongShiftOp::Urshr: return {false, 32, true, true, 0};
    case LongShiftOp::Srshr: return {true, 32, true, true, 0};
    case LongShiftOp::Sqshl: return {true, 32, false, false, 32};
    case LongShiftOp::Uqrshl: return {false, 32, false, true, 32};
    case LongShiftOp::Sqrshr: return {true, 32, true, true, 32};
  }
  return {false, 64, false, false, 0};
}

// `left` > 0 shifts left, < 0 right (rounding to nearest, ties up, when
// form.round); the result saturated (or wrapped) as the form says.
uint64_t shift_round_saturate(uint64_t operand, const ShiftForm& form, int left, bool& saturated) {
  const i128 v = form.is_signed ? (form.width == 64 ? i128{static_cast<int64_t>(operand)}
                                                    : i128{static_cast<int32_t>(operand)})
                                : (form.width == 64 ? i128{operand} : i128{static_cast<uint32_t>(operand)});
  constexpr i128 kHuge = i128{1} << 100;   // beyond every saturation limit, no low bits
  i128 r;
  if (left >= 64) {
    r = v == 0 ? 0 : (v < 0 ? -kHuge : kHuge);
  } else if (left >= 0) {
    r = v * (i128{1} << left);
  } else if (-left >= 100) {
    r = form.round ? 0 : (v < 0 ? -1 : 0);
  } else {
    const int k = -left;
    r = form.round ? (v + (i128{1} << (k - 1))) >> k : v >> k;
  }
  if (form.sat_bits) {
    const i128 hi = form.is_signed ? (i128{1} << (form.sat_bits - 1)) - 1 : (i128{1} << form.sat_bits) - 1;
    const i128 lo = form.is_signed ? -(i128{1} << (form.sat_bits - 1)) : 0;
    if (r > hi) { r = hi; saturated = true; }
    else if (r < lo) { r = lo; saturated = true; }
  }
  return static_cast<uint64_t>(r);   // two's complement: sign-extended 48-bit results, low bits otherwise
}

template <LongShiftOp OP>
void long_shift(Cpu& c, const DecodedInsn& d, int amount) {
  constexpr ShiftForm form = shift_form(OP);
  const int left = form.right ? -amount : amount;
  bool saturated = false;
  if constexpr (form.width == 64) {
    const uint64_t operand = static_cast<uint64_t>(c.r[d.ra]) << 32 | c.r[d.rd];
    const uint64_t r = shift_round_saturate(operand, form, left, saturated);
    c.r[d.rd] = static_cast<uint32_t>(r);
    c.r[d.ra] = static_cast<uint32_t>(r >> 32);
  } else {
    c.r[d.rd] = static_cast<uint32_t>(shift_round_saturate(c.r[d.rd], form, left, saturated));
  }
  if (saturated) c.q = true;
}

}  // namespace

// The decode tables hold these for every core; without MVE their encodings
// are UNDEFINED (QEMU 7.2 UNDEFs them too).
template <LongShiftOp OP>
void exec_long_shift_imm(Cpu& c, const DecodedInsn& d) {
  if (__builtin_expect(!c.config().mve, 0)) c.undefined("MVE scalar shift on a core without MVE");
  long_shift<OP>(c, d, static_cast<int>(d.imm));
}
template <LongShiftOp OP>
void exec_long_shift_reg(Cpu& c, const DecodedInsn& d) {
  if (__builtin_expect(!c.config().mve, 0)) c.undefined("MVE scalar shift on a core without MVE");
  long_shift<OP>(c, d, static_cast<int8_t>(c.r[d.rm] & 0xFF));
}

template void exec_long_shift_imm<LongShiftOp::Lsll>(Cpu&, const DecodedInsn&);
template void exec_long_shift_imm<LongShiftOp::Lsrl>(Cpu&, const DecodedInsn&);
template void exec_long_shift_imm<LongShiftOp::Asrl>(Cpu&, const DecodedInsn&);
template void exec_long_shift_imm<LongShiftOp::Uqshll>(Cpu&, const DecodedInsn&);
template void exec_long_shift_imm<LongShiftOp::Urshrl>(Cpu&, const DecodedInsn&);
template void exec_long_shift_imm<LongShiftOp::Srshrl>(Cpu&, const DecodedInsn&);
template void exec_long_shift_imm<LongShiftOp::Sqshll>(Cpu&, const DecodedInsn&);
template void exec_long_shift_imm<LongShiftOp::Uqshl>(Cpu&, const DecodedInsn&);
template void exec_long_shift_imm<LongShiftOp::Urshr>(Cpu&, const DecodedInsn&);
template void exec_long_shift_imm<LongShiftOp::Srshr>(Cpu&, const DecodedInsn&);
template void exec_long_shift_imm<LongShiftOp::Sqshl>(Cpu&, const DecodedInsn&);
template void exec_long_shift_reg<LongShiftOp::Lsll>(Cpu&, const DecodedInsn&);
template void exec_long_shift_reg<LongShiftOp::Asrl>(Cpu&, const DecodedInsn&);
template void exec_long_shift_reg<LongShiftOp::Uqrshll64>(Cpu&, const DecodedInsn&);
template void exec_long_shift_reg<LongShiftOp::Uqrshll48>(Cpu&, const DecodedInsn&);
template void exec_long_shift_reg<LongShiftOp::Sqrshrl64>(Cpu&, const DecodedInsn&);
template void exec_long_shift_reg<LongShiftOp::Sqrshrl48>(Cpu&, const DecodedInsn&);
template void exec_long_shift_reg<LongShiftOp::Uqrshl>(Cpu&, const DecodedInsn&);
template void exec_long_shift_reg<LongShiftOp::Sqrshr>(Cpu&, const DecodedInsn&);

void exec_mve_mem_undefined(Cpu& c, const DecodedInsn&) {
  c.undefined("undefined MVE encoding (Q register above 7, SP/PC operand, or unallocated size)");
}

}  // namespace tinysim::armv8m
