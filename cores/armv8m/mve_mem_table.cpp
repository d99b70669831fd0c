// Helium (MVE) loads and stores, predication (VPT, VPST, VCMP, VPSEL,
// VPNOT), lane pairs and VLDR/VSTR of system registers: semantics in
// exec_mve_mem.*. Layout from the Armv8.1-M ARM (DDI0553) encoding diagrams;
// QEMU's mve.decode and m-nocp.decode checked the overlaps. The lane moves
// and VMRS/VMSR of VPR/P0 are in fp_table.cpp, VCTP, DLSTP/WLSTP/LETP/LCTP
// and the long shifts in t32_table.cpp.
//
// Field letters (the decoder concatenates the bits of a letter, msb first):
//   D     D:Qd (bit 22, bits 15:13)         -> rd
//   N     Qn (bits 19:17; VPSEL: then bit 7, N) -> rn
//   M     M:Qm (bit 5, bits 3:1)             -> rm
//   G     Qm of the vector-of-bases forms (bits 19:17, bit 7) -> rm
//   n     core register Rn; m core register Rm (VCMP/VPT scalar, 1111 = ZR)
//   A     add (U of the Arm ARM's diagrams); W writeback; i imm7
//   t, a  Rt, Rt2 of the lane pairs
// A Q register above 7 is UNDEFINED, and SP/PC where the pseudocode says
// UNPREDICTABLE: QEMU 7.2 UNDEFs them, and so do the formats here (they
// put exec_mve_mem_undefined in the decoded instruction), so such an
// encoding is never taken for another instruction.
//
// The disassembly is GNU objdump's (binutils 2.40) up to number bases.
// Where a template cannot express it (the t/e suffix of VPT/VPST, the
// register list of VLD2x/VLD4x, the "#-0" of a subtracted zero offset, the
// comparison of VCMP) the lines are generated, one per value of the fields
// involved: tests/unit/test_mve_mem.cpp checks every family against objdump.
#include <deque>
#include <string>
#include <utility>
#include <vector>

#include "cores/armv8m/decoder.h"
#include "cores/armv8m/exec_mve.h"

namespace tinysim::armv8m {
namespace {

using O = OpClass;

// ---- formats ---------------------------------------------------------------------

void undefined_if(DecodedInsn& d, bool cond) {
  if (cond) d.exec = exec_mve_mem_undefined;
}

// Signed byte offset of an imm7 field scaled by 1 << SHIFT, subtracted when A = 0.
template <unsigned SHIFT>
uint32_t scaled_offset(const Fields& f) {
  const uint32_t off = f['i'] << SHIFT;
  return f['A'] ? off : 0u - off;
}

// Contiguous VLDR/VSTR: Qd (D), Rn, imm7 << SHIFT (the memory element size),
// ESZ the register element size code; PRE: [Rn, #imm]{!}, else [Rn], #imm.
template <unsigned SHIFT, unsigned ESZ, bool PRE>
void f_vldst(DecodedInsn& d, const Fields& f) {
  d.rd = static_cast<uint8_t>(f['D']);
  d.sz = ESZ;
  d.imm = scaled_offset<SHIFT>(f);
  d.add = static_cast<uint8_t>(f['A']);
  d.index = PRE;
  d.wback = PRE ? static_cast<uint8_t>(f['W']) : 1;
  if (d.wback) d.dst_mask |= static_cast<uint16_t>(1u << d.rn);
  // Rn = PC, and SP with writeback, are UNPREDICTABLE.
  undefined_if(d, d.rd > 7 || d.rn == 15 || (d.wback && d.rn == 13));
}

// Gather/scatter [Rn, Qm{, uxtw #SCALE}]: ESZ element size code.
template <unsigned ESZ, unsigned SCALE, bool LOAD>
void f_gather(DecodedInsn& d, const Fields& f) {
  d.rd = static_cast<uint8_t>(f['D']);
  d.rm = static_cast<uint8_t>(f['M']);
  d.sz = ESZ;
  d.shift_n = SCALE;
  // A load into its own offset register is UNPREDICTABLE, so is Rn = PC.
  undefined_if(d, d.rd > 7 || d.rm > 7 || d.rn == 15 || (LOAD && d.rd == d.rm));
}

// Gather/scatter [Qm, #imm]{!}: imm7 << SHIFT (2: words, 3: doublewords).
template <unsigned SHIFT, bool LOAD>
void f_gather_base(DecodedInsn& d, const Fields& f) {
  d.rd = static_cast<uint8_t>(f['D']);
  const uint32_t g = f['G'];   // Qm<2:0>:Qm<3>
  d.rm = static_cast<uint8_t>(((g & 1) << 3) | (g >> 1));
  d.sz = SHIFT;
  d.imm = scaled_offset<SHIFT>(f);
  d.add = static_cast<uint8_t>(f['A']);
  d.wback = static_cast<uint8_t>(f['W']);
  undefined_if(d, d.rd > 7 || d.rm > 7 || (LOAD && d.rd == d.rm));
}

// VLD2x/VLD4x, VST2x/VST4x: first register FIRST (fixed by the line), size
// and pattern from the line too. Rn = PC, and SP with writeback, UNDEFINED.
template <unsigned FIRST, unsigned SZ, unsigned PATTERN>
void f_interleave(DecodedInsn& d, const Fields&) {
  d.rd = FIRST;
  d.sz = SZ;
  d.extra = PATTERN;
  if (d.wback) d.dst_mask |= static_cast<uint16_t>(1u << d.rn);
  undefined_if(d, d.rn == 15 || (d.wback && d.rn == 13));
}

// VCMP/VPT: Qn (3 bits), Qm or Rm, size ESZ, comparison COND, mask MASK.
template <unsigned ESZ, MveCond COND, unsigned MASK, bool SCALAR>
void f_vcmp(DecodedInsn& d, const Fields& f) {
  d.rn = static_cast<uint8_t>(f['N']);
  d.sz = ESZ;
  d.cond = static_cast<uint8_t>(COND);
  d.extra = MASK;
  if constexpr (SCALAR) {
    d.src_mask &= static_cast<uint16_t>(~(1u << 15));   // ZR, not the PC
    undefined_if(d, d.rm == 13);
  } else {
    d.rm = static_cast<uint8_t>(f['M']);
    undefined_if(d, d.rm > 7);
  }
}

template <unsigned MASK>
void f_vpst(DecodedInsn& d, const Fields&) { d.extra = MASK; }

void f_vpsel(DecodedInsn& d, const Fields& f) {
  d.rd = static_cast<uint8_t>(f['D']);
  const uint32_t n = f['N'];   // Qn<2:0>:N (bits 19:17, bit 7)
  d.rn = static_cast<uint8_t>(((n & 1) << 3) | (n >> 1));
  d.rm = static_cast<uint8_t>(f['M']);
  undefined_if(d, d.rd > 7 || d.rn > 7 || d.rm > 7);
}

// VMOV Rt, Rt2, Qd[IDX+2], Qd[IDX]: Qd read (in rn), Rt (rd) and Rt2 (ra)
// written. SP/PC, or Rt = Rt2, are UNPREDICTABLE.
template <unsigned IDX>
void f_lanes_to_core(DecodedInsn& d, const Fields& f) {
  d.rn = static_cast<uint8_t>(f['D']);
  d.rd = static_cast<uint8_t>(f['t']);
  d.ra = static_cast<uint8_t>(f['a']);
  d.extra = IDX;
  d.src_mask = 0;
  d.dst_mask = static_cast<uint16_t>(1u << d.rd | 1u << d.ra);
  undefined_if(d, d.rn > 7 || d.rd == 13 || d.rd == 15 || d.ra == 13 || d.ra == 15 || d.rd == d.ra);
}
// VMOV Qd[IDX+2], Qd[IDX], Rt, Rt2: Qd written (rd), Rt (rn) and Rt2 (ra) read.
template <unsigned IDX>
void f_lanes_from_core(DecodedInsn& d, const Fields& f) {
  d.rd = static_cast<uint8_t>(f['D']);
  d.rn = static_cast<uint8_t>(f['t']);
  d.ra = static_cast<uint8_t>(f['a']);
  d.extra = IDX;
  d.src_mask = static_cast<uint16_t>(1u << d.rn | 1u << d.ra);
  d.dst_mask = 0;
  undefined_if(d, d.rd > 7 || d.rn == 13 || d.rn == 15 || d.ra == 13 || d.ra == 15);
}

// VLDR/VSTR <sysreg>: REG as numbered by VMRS (1 FPSCR, 2 FPSCR_nzcvqc,
// 12 VPR, 13 P0), word offset.
template <unsigned REG, bool PRE>
void f_sysreg(DecodedInsn& d, const Fields& f) {
  d.extra = REG;
  d.imm = scaled_offset<2>(f);
  d.add = static_cast<uint8_t>(f['A']);
  d.index = PRE;
  d.wback = PRE ? static_cast<uint8_t>(f['W']) : 1;
  if (d.wback) d.dst_mask |= static_cast<uint16_t>(1u << d.rn);
  undefined_if(d, d.rn == 15 || (d.wback && d.rn == 13));
}

// ---- the table ------------------------------------------------------------------------

// The lines are built once: many are generated, their bit strings and
// disassembly texts kept in stable storage.
class TableBuilder {
 public:
  void add(std::string bits, const char* name, ExecFn exec, OpClass cls, std::string disasm,
           FormatFn fmt = nullptr, uint16_t flags = 0) {
    patterns_.push_back({keep(std::move(bits)), name, exec, cls, keep(std::move(disasm)), fmt, flags});
  }
  std::vector<Pattern> take() { return std::move(patterns_); }

 private:
  const char* keep(std::string s) { return strings_.emplace_back(std::move(s)).c_str(); }
  std::deque<std::string> strings_;   // deque: the c_str() of earlier strings stay valid
  std::vector<Pattern> patterns_;
};

std::string bit(unsigned v) { return v ? "1" : "0"; }
std::string bits(unsigned v, unsigned n) {
  std::string s;
  for (unsigned i = n; i-- > 0;) s += bit((v >> i) & 1);
  return s;
}

// ---- VLDR/VSTR contiguous ----

// One contiguous or widening load/store: the pre-index line ([Rn, #imm]{!},
// P = 1, W a field) and the post-index one ([Rn], #imm, P = 0, W = 1), each
// preceded by its "#-0" line (A = 0 with a zero offset, which GNU shows as
// #-0). `top` is bits 31:25, `d22` bit 22, `l_and_rest` bits 20:7.
struct AddressForms {
  FormatFn pre, post;
};
void add_contiguous(TableBuilder& t, const std::string& top, const std::string& d22, const std::string& l_and_rest,
                    const char* name, ExecFn exec, OpClass cls, const std::string& mnemonic, AddressForms fmt,
                    uint16_t flags) {
  t.add(top + "1 0" + d22 + "W" + l_and_rest + "0000000", name, exec, cls, mnemonic + " {qd}, [{n}, #-0]{wb}", fmt.pre, flags);
  t.add(top + "1 A" + d22 + "W" + l_and_rest + "iiiiiii", name, exec, cls, mnemonic + " {qd}, [{n}, {simm}]{wb}", fmt.pre, flags);
  t.add(top + "0 0" + d22 + "1" + l_and_rest + "0000000", name, exec, cls, mnemonic + " {qd}, [{n}], #-0", fmt.post, flags);
  t.add(top + "0 A" + d22 + "1" + l_and_rest + "iiiiiii", name, exec, cls, mnemonic + " {qd}, [{n}], {simm}", fmt.post, flags);
}

template <unsigned MSHIFT, unsigned ESZ>
constexpr AddressForms kVldst = {f_vldst<MSHIFT, ESZ, true>, f_vldst<MSHIFT, ESZ, false>};

void add_loads_stores(TableBuilder& t) {
  // Non-widening: 1110 110 P A D W L Rn Qd 1111 size imm7.
  add_contiguous(t, "1110110", "D", "1 nnnn DDD 1111 00 ", "VLDRB", mve_exec<exec_mve_vldr<1, 1, false>>, O::MveLoad, "vldrb.u8", kVldst<0, 0>, 0);
  add_contiguous(t, "1110110", "D", "1 nnnn DDD 1111 01 ", "VLDRH", mve_exec<exec_mve_vldr<2, 2, false>>, O::MveLoad, "vldrh.u16", kVldst<1, 1>, 0);
  add_contiguous(t, "1110110", "D", "1 nnnn DDD 1111 10 ", "VLDRW", mve_exec<exec_mve_vldr<4, 4, false>>, O::MveLoad, "vldrw.u32", kVldst<2, 2>, 0);
  add_contiguous(t, "1110110", "D", "0 nnnn DDD 1111 00 ", "VSTRB", mve_exec<exec_mve_vstr<1, 1>>, O::MveStore, "vstrb.8", kVldst<0, 0>, kPatStore);
  add_contiguous(t, "1110110", "D", "0 nnnn DDD 1111 01 ", "VSTRH", mve_exec<exec_mve_vstr<2, 2>>, O::MveStore, "vstrh.16", kVldst<1, 1>, kPatStore);
  add_contiguous(t, "1110110", "D", "0 nnnn DDD 1111 10 ", "VSTRW", mve_exec<exec_mve_vstr<4, 4>>, O::MveStore, "vstrw.32", kVldst<2, 2>, kPatStore);
  // Widening loads, narrowing stores: 111U 110 P A 0 W L M Rn<2:0> Qd<2:0> 0 111 size imm7
  // (M: halfwords in memory; stores have U = 0).
  add_contiguous(t, "1110110", "0", "1 0 nnn DDD 0111 01 ", "VLDRB_S16", mve_exec<exec_mve_vldr<1, 2, true>>, O::MveLoad, "vldrb.s16", kVldst<0, 1>, 0);
  add_contiguous(t, "1111110", "0", "1 0 nnn DDD 0111 01 ", "VLDRB_U16", mve_exec<exec_mve_vldr<1, 2, false>>, O::MveLoad, "vldrb.u16", kVldst<0, 1>, 0);
  add_contiguous(t, "1110110", "0", "1 0 nnn DDD 0111 10 ", "VLDRB_S32", mve_exec<exec_mve_vldr<1, 4, true>>, O::MveLoad, "vldrb.s32", kVldst<0, 2>, 0);
  add_contiguous(t, "1111110", "0", "1 0 nnn DDD 0111 10 ", "VLDRB_U32", mve_exec<exec_mve_vldr<1, 4, false>>, O::MveLoad, "vldrb.u32", kVldst<0, 2>, 0);
  add_contiguous(t, "1110110", "0", "1 1 nnn DDD 0111 10 ", "VLDRH_S32", mve_exec<exec_mve_vldr<2, 4, true>>, O::MveLoad, "vldrh.s32", kVldst<1, 2>, 0);
  add_contiguous(t, "1111110", "0", "1 1 nnn DDD 0111 10 ", "VLDRH_U32", mve_exec<exec_mve_vldr<2, 4, false>>, O::MveLoad, "vldrh.u32", kVldst<1, 2>, 0);
  add_contiguous(t, "1110110", "0", "0 0 nnn DDD 0111 01 ", "VSTRB_16", mve_exec<exec_mve_vstr<1, 2>>, O::MveStore, "vstrb.16", kVldst<0, 1>, kPatStore);
  add_contiguous(t, "1110110", "0", "0 0 nnn DDD 0111 10 ", "VSTRB_32", mve_exec<exec_mve_vstr<1, 4>>, O::MveStore, "vstrb.32", kVldst<0, 2>, kPatStore);
  add_contiguous(t, "1110110", "0", "0 1 nnn DDD 0111 10 ", "VSTRH_32", mve_exec<exec_mve_vstr<2, 4>>, O::MveStore, "vstrh.32", kVldst<1, 2>, kPatStore);
  // The rest of the widening space (U = 1 stores, halfwords to halfwords,
  // size 00) is unallocated. Its P = W = 0 part holds the gathers and the lane
  // pairs; size 11 the system-register forms (below).
  t.add("111- 110 1 - 0 - - ---- --- 0111 0- -------", "UNDEF_vldst_widening", exec_mve_mem_undefined, O::MveLoad, "undefined");
  t.add("111- 110 1 - 0 - - ---- --- 0111 10 -------", "UNDEF_vldst_widening", exec_mve_mem_undefined, O::MveLoad, "undefined");
  t.add("111- 110 0 - 0 1 - ---- --- 0111 0- -------", "UNDEF_vldst_widening", exec_mve_mem_undefined, O::MveLoad, "undefined");
  t.add("111- 110 0 - 0 1 - ---- --- 0111 10 -------", "UNDEF_vldst_widening", exec_mve_mem_undefined, O::MveLoad, "undefined");
}

// ---- gathers and scatters with a vector of offsets ----

struct GatherForm {
  unsigned msize_code, esize_code, scale;   // memory and register element sizes (log2 bytes), uxtw shift
  bool is_signed;
  ExecFn exec;
  FormatFn fmt;
};

void add_gathers(TableBuilder& t) {
  // 111U 1100 1 D 0 L Rn Qd 0 111 size msize<1> M msize<0> Qm os
  static constexpr const char* kMem[4] = {"b", "h", "w", "d"};
  const GatherForm loads[] = {
      {0, 0, 0, false, mve_exec<exec_mve_gather<1, 1, false>>, f_gather<0, 0, true>},
      {0, 1, 0, false, mve_exec<exec_mve_gather<1, 2, false>>, f_gather<1, 0, true>},
      {0, 1, 0, true, mve_exec<exec_mve_gather<1, 2, true>>, f_gather<1, 0, true>},
      {0, 2, 0, false, mve_exec<exec_mve_gather<1, 4, false>>, f_gather<2, 0, true>},
      {0, 2, 0, true, mve_exec<exec_mve_gather<1, 4, true>>, f_gather<2, 0, true>},
      {1, 1, 0, false, mve_exec<exec_mve_gather<2, 2, false>>, f_gather<1, 0, true>},
      {1, 1, 1, false, mve_exec<exec_mve_gather<2, 2, false>>, f_gather<1, 1, true>},
      {1, 2, 0, false, mve_exec<exec_mve_gather<2, 4, false>>, f_gather<2, 0, true>},
      {1, 2, 1, false, mve_exec<exec_mve_gather<2, 4, false>>, f_gather<2, 1, true>},
      {1, 2, 0, true, mve_exec<exec_mve_gather<2, 4, true>>, f_gather<2, 0, true>},
      {1, 2, 1, true, mve_exec<exec_mve_gather<2, 4, true>>, f_gather<2, 1, true>},
      {2, 2, 0, false, mve_exec<exec_mve_gather<4, 4, false>>, f_gather<2, 0, true>},
      {2, 2, 2, false, mve_exec<exec_mve_gather<4, 4, false>>, f_gather<2, 2, true>},
      {3, 3, 0, false, mve_exec<exec_mve_gather<8, 8, false>>, f_gather<3, 0, true>},
      {3, 3, 3, false, mve_exec<exec_mve_gather<8, 8, false>>, f_gather<3, 3, true>},
  };
  const GatherForm stores[] = {
      {0, 0, 0, false, mve_exec<exec_mve_scatter<1, 1>>, f_gather<0, 0, false>},
      {0, 1, 0, false, mve_exec<exec_mve_scatter<1, 2>>, f_gather<1, 0, false>},
      {0, 2, 0, false, mve_exec<exec_mve_scatter<1, 4>>, f_gather<2, 0, false>},
      {1, 1, 0, false, mve_exec<exec_mve_scatter<2, 2>>, f_gather<1, 0, false>},
      {1, 1, 1, false, mve_exec<exec_mve_scatter<2, 2>>, f_gather<1, 1, false>},
      {1, 2, 0, false, mve_exec<exec_mve_scatter<2, 4>>, f_gather<2, 0, false>},
      {1, 2, 1, false, mve_exec<exec_mve_scatter<2, 4>>, f_gather<2, 1, false>},
      {2, 2, 0, false, mve_exec<exec_mve_scatter<4, 4>>, f_gather<2, 0, false>},
      {2, 2, 2, false, mve_exec<exec_mve_scatter<4, 4>>, f_gather<2, 2, false>},
      {3, 3, 0, false, mve_exec<exec_mve_scatter<8, 8>>, f_gather<3, 0, false>},
      {3, 3, 3, false, mve_exec<exec_mve_scatter<8, 8>>, f_gather<3, 3, false>},
  };
  auto line = [&](const GatherForm& g, bool load) {
    const unsigned ebits = 8u << g.esize_code;
    std::string b = std::string("111") + (load && !g.is_signed ? "1" : "0") + " 1100 1 D 0 " + (load ? "1" : "0") +
                    " nnnn DDD 0 111 " + bits(g.esize_code, 2) + " " + bit(g.msize_code >> 1) + " M " +
                    bit(g.msize_code & 1) + " MMM " + bit(g.scale != 0);
    std::string text = std::string(load ? "vldr" : "vstr") + kMem[g.msize_code] + "." +
                       (load ? (g.is_signed ? "s" : "u") : "") + std::to_string(ebits) + " {qd}, [{n}, {qm}";
    if (g.scale) text += ", uxtw #" + std::to_string(g.scale);
    text += "]";
    t.add(std::move(b), load ? "VLDR_gather" : "VSTR_scatter", g.exec, load ? O::MveGather : O::MveScatter,
          std::move(text), g.fmt, load ? 0 : kPatStore);
  };
  for (const GatherForm& g : loads) line(g, true);
  for (const GatherForm& g : stores) line(g, false);
  // Other size/msize/os/U combinations of this space are unallocated.
  t.add("111- 1100 1 - 0 - ---- --- 0 111 -- - - - --- -", "UNDEF_gather", exec_mve_mem_undefined, O::MveGather, "undefined");
}

// ---- gathers and scatters with a vector of bases: 1111 1101 A D W L Qm 0 Qd 1 111 size Qm<3> imm7 ----

void add_gathers_base(TableBuilder& t) {
  struct Form { const char* load_text; const char* store_text; const char* size_bit; FormatFn fl, fs; ExecFn el, es; };
  const Form forms[] = {
      {"vldrw.u32", "vstrw.32", "0", f_gather_base<2, true>, f_gather_base<2, false>,
       mve_exec<exec_mve_gather_base<4>>, mve_exec<exec_mve_scatter_base<4>>},
      {"vldrd.u64", "vstrd.64", "1", f_gather_base<3, true>, f_gather_base<3, false>,
       mve_exec<exec_mve_gather_base<8>>, mve_exec<exec_mve_scatter_base<8>>},
  };
  for (const Form& f : forms) {
    for (int load = 1; load >= 0; --load) {
      const std::string l = load ? "1" : "0";
      const std::string text = load ? f.load_text : f.store_text;
      const ExecFn exec = load ? f.el : f.es;
      const FormatFn fmt = load ? f.fl : f.fs;
      const OpClass cls = load ? O::MveGather : O::MveScatter;
      const uint16_t flags = load ? 0 : kPatStore;
      const char* name = load ? "VLDR_gather_base" : "VSTR_scatter_base";
      t.add("1111 1101 0 D W " + l + " GGG 0 DDD 1 111 " + f.size_bit + " G 0000000", name, exec, cls,
            text + " {qd}, [{qm}, #-0]{wb}", fmt, flags);
      t.add("1111 1101 A D W " + l + " GGG 0 DDD 1 111 " + f.size_bit + " G iiiiiii", name, exec, cls,
            text + " {qd}, [{qm}, {simm}]{wb}", fmt, flags);
    }
  }
  // Bit 16 set: unallocated (QEMU 7.2 UNDEFs it too).
  t.add("1111 1101 - - - - --- 1 --- 1 111 - - -------", "UNDEF_gather_base", exec_mve_mem_undefined, O::MveGather, "undefined");
}

// ---- VLD2x/VLD4x, VST2x/VST4x: 1111 1100 1 D W L Rn Qd 1 111 size pat 0000 four ----

template <unsigned N, unsigned FIRST, unsigned SZ, unsigned PAT>
void add_interleave_line(TableBuilder& t) {
  std::string list = "{";
  for (unsigned i = 0; i < N; ++i) list += (i ? ", q" : "q") + std::to_string(FIRST + i);
  list += "}";
  const std::string suffix = std::to_string(N) + std::to_string(PAT) + "." + std::to_string(8u << SZ) + " " + list + ", [{n}]{wb}";
  const std::string b = std::string("1111 1100 1 0 W ") + "%L nnnn " + bits(FIRST, 3) + " 1 111 " + bits(SZ, 2) + " " +
                        bits(PAT, 2) + " 0000 " + (N == 4 ? "1" : "0");
  auto with_l = [&](const char* l) { std::string s = b; s.replace(s.find("%L"), 2, l); return s; };
  t.add(with_l("1"), N == 4 ? "VLD4" : "VLD2", mve_exec_unpredicated<exec_mve_vld_interleave<N>>, O::MveLoadInterleave,
        "vld" + suffix, f_interleave<FIRST, SZ, PAT>);
  t.add(with_l("0"), N == 4 ? "VST4" : "VST2", mve_exec_unpredicated<exec_mve_vst_interleave<N>>, O::MveStoreInterleave,
        "vst" + suffix, f_interleave<FIRST, SZ, PAT>, kPatStore);
}

// Every FIRST register of the list that fits in Q0-Q7 (VLD4: Q0-Q4, VLD2: Q0-Q6).
template <unsigned N, unsigned SZ, unsigned PAT, unsigned... FIRST>
void add_interleave_firsts(TableBuilder& t, std::integer_sequence<unsigned, FIRST...>) {
  (add_interleave_line<N, FIRST, SZ, PAT>(t), ...);
}
template <unsigned N, unsigned SZ, unsigned... PAT>
void add_interleave_patterns(TableBuilder& t, std::integer_sequence<unsigned, PAT...>) {
  (add_interleave_firsts<N, SZ, PAT>(t, std::make_integer_sequence<unsigned, 9 - N>{}), ...);
}

void add_interleaves(TableBuilder& t) {
  add_interleave_patterns<2, 0>(t, std::make_integer_sequence<unsigned, 2>{});
  add_interleave_patterns<2, 1>(t, std::make_integer_sequence<unsigned, 2>{});
  add_interleave_patterns<2, 2>(t, std::make_integer_sequence<unsigned, 2>{});
  add_interleave_patterns<4, 0>(t, std::make_integer_sequence<unsigned, 4>{});
  add_interleave_patterns<4, 1>(t, std::make_integer_sequence<unsigned, 4>{});
  add_interleave_patterns<4, 2>(t, std::make_integer_sequence<unsigned, 4>{});
  // D = 1, a list past Q7, size 11, VLD2/VST2 patterns 2 and 3.
  t.add("1111 1100 1 - - - ---- --- 1 111 -- -- 0000 -", "UNDEF_vld24", exec_mve_mem_undefined, O::MveLoadInterleave, "undefined");
}

// ---- predication ----

// VPT/VPST t/e suffix of a mask: the first instruction is T; each later one
// is E where the mask bit above it flips the predicate (VPTAdvance).
std::string vpt_suffix(unsigned mask) {
  std::string s;
  const unsigned length = 4 - static_cast<unsigned>(__builtin_ctz(mask));
  bool then = true;
  for (unsigned i = 1; i < length; ++i) {
    if ((mask >> (4 - i)) & 1) then = !then;
    s += then ? 't' : 'e';
  }
  return s;
}

struct CondEncoding {
  MveCond cond;
  const char* name;
  char type;                 // i: EQ/NE, u: CS/HI, s: the signed comparisons
  unsigned bit12, bit7, bit0;   // fc in bits 12, 7 and 0 (the scalar form: 12, 7, 5)
};
constexpr CondEncoding kConds[8] = {
    {MveCond::Eq, "eq", 'i', 0, 0, 0}, {MveCond::Ne, "ne", 'i', 0, 1, 0}, {MveCond::Cs, "cs", 'u', 0, 0, 1},
    {MveCond::Hi, "hi", 'u', 0, 1, 1}, {MveCond::Ge, "ge", 's', 1, 0, 0}, {MveCond::Lt, "lt", 's', 1, 1, 0},
    {MveCond::Gt, "gt", 's', 1, 0, 1}, {MveCond::Le, "le", 's', 1, 1, 1},
};

template <unsigned ESZ, MveCond COND, unsigned MASK>
void add_vcmp_lines(TableBuilder& t) {
  constexpr const CondEncoding& c = kConds[static_cast<unsigned>(COND)];
  const std::string mnemonic = (MASK ? "vpt" + vpt_suffix(MASK) : std::string("vcmp")) + "." + c.type +
                               std::to_string(8u << ESZ) + " " + c.name + ", {qn}, ";
  const std::string head = "1111 1110 0 " + bit(MASK >> 3) + " " + bits(ESZ, 2) + " NNN 1 " + bits(MASK & 7, 3) + " " +
                           bit(c.bit12) + " 1111 " + bit(c.bit7);
  const char* name = MASK ? "VPT" : "VCMP";
  t.add(head + " 0 M 0 MMM " + bit(c.bit0), name, mve_exec_compare<mve_compare_int<1u << ESZ, COND, false>>,
        O::MvePred, mnemonic + "{qm}", f_vcmp<ESZ, COND, MASK, false>);
  t.add(head + " 1 " + bit(c.bit0) + " 0 mmmm", name, mve_exec_compare<mve_compare_int<1u << ESZ, COND, true>>,
        O::MvePred, mnemonic + "{mz}", f_vcmp<ESZ, COND, MASK, true>);
}

template <unsigned ESZ, MveCond COND, unsigned... MASK>
void add_vcmp_masks(TableBuilder& t, std::integer_sequence<unsigned, MASK...>) {
  (add_vcmp_lines<ESZ, COND, MASK>(t), ...);
}
template <unsigned ESZ, unsigned... COND>
void add_vcmp_conds(TableBuilder& t, std::integer_sequence<unsigned, COND...>) {
  (add_vcmp_masks<ESZ, static_cast<MveCond>(COND)>(t, std::make_integer_sequence<unsigned, 16>{}), ...);
}

template <unsigned... MASK>
void add_vpst(TableBuilder& t, std::integer_sequence<unsigned, MASK...>) {
  // VPST: 1111 1110 0 M 11 000 1 MMM 0 1111 0100 1101 (mask 0 is VPNOT).
  ((MASK ? t.add("1111 1110 0 " + bit(MASK >> 3) + " 11 000 1 " + bits(MASK & 7, 3) + " 0 1111 0100 1101", "VPST",
                 exec_mve_vpst, O::MvePred, "vpst" + vpt_suffix(MASK), f_vpst<MASK>)
         : void()),
   ...);
}

void add_predication(TableBuilder& t) {
  t.add("1111 1110 0 0 11 000 1 000 0 1111 0100 1101", "VPNOT", mve_exec<exec_mve_vpnot>, O::MvePred, "vpnot");
  add_vpst(t, std::make_integer_sequence<unsigned, 16>{});
  t.add("1111 1110 0 D 11 NNN 1 DDD 0 1111 N 0 M 0 MMM 1", "VPSEL", mve_exec<exec_mve_vpsel>, O::MvePred,
        "vpsel {qd}, {qn}, {qm}", f_vpsel);
  add_vcmp_conds<0>(t, std::make_integer_sequence<unsigned, 8>{});
  add_vcmp_conds<1>(t, std::make_integer_sequence<unsigned, 8>{});
  add_vcmp_conds<2>(t, std::make_integer_sequence<unsigned, 8>{});
}

// ---- VMOV two lanes <-> two core registers: 1110 1100 0 D 0 op Rt2 Qd 0 1111 000 idx Rt ----

void add_lane_pairs(TableBuilder& t) {
  t.add("1110 1100 0 D 0 0 aaaa DDD 0 1111 000 0 tttt", "VMOV_lanes_to_core", exec_mve_vmov_lanes_to_core, O::MveMove,
        "vmov {d}, {a}, {qn}[2], {qn}[0]", f_lanes_to_core<0>);
  t.add("1110 1100 0 D 0 0 aaaa DDD 0 1111 000 1 tttt", "VMOV_lanes_to_core", exec_mve_vmov_lanes_to_core, O::MveMove,
        "vmov {d}, {a}, {qn}[3], {qn}[1]", f_lanes_to_core<1>);
  t.add("1110 1100 0 D 0 1 aaaa DDD 0 1111 000 0 tttt", "VMOV_lanes_from_core", exec_mve_vmov_lanes_from_core, O::MveMove,
        "vmov {qd}[2], {qd}[0], {n}, {a}", f_lanes_from_core<0>);
  t.add("1110 1100 0 D 0 1 aaaa DDD 0 1111 000 1 tttt", "VMOV_lanes_from_core", exec_mve_vmov_lanes_from_core, O::MveMove,
        "vmov {qd}[3], {qd}[1], {n}, {a}", f_lanes_from_core<1>);
}

// ---- VLDR/VSTR <sysreg>: 1110 110 P A R W L Rn R 0 1111 1 imm7 (R = reg<3>, reg<2:0>) ----

template <unsigned REG>
void add_sysreg(TableBuilder& t, const char* reg_name) {
  const std::string r3 = bit(REG >> 3), r20 = bits(REG & 7, 3);
  for (int load = 1; load >= 0; --load) {
    const std::string l = load ? "1" : "0";
    const ExecFn exec = load ? exec_mve_vldr_sysreg : exec_mve_vstr_sysreg;
    const OpClass cls = load ? O::MveLoad : O::MveStore;
    const char* name = load ? "VLDR_sysreg" : "VSTR_sysreg";
    const std::string text = std::string(load ? "vldr " : "vstr ") + reg_name;
    const std::string tail = " nnnn " + r20 + " 0 1111 1 ";
    t.add("1110 1101 0 " + r3 + " W " + l + tail + "0000000", name, exec, cls, text + ", [{n}, #-0]{wb}", f_sysreg<REG, true>);
    t.add("1110 1101 A " + r3 + " W " + l + tail + "iiiiiii", name, exec, cls, text + ", [{n}, {simm}]{wb}", f_sysreg<REG, true>);
    t.add("1110 1100 0 " + r3 + " 1 " + l + tail + "0000000", name, exec, cls, text + ", [{n}], #-0", f_sysreg<REG, false>);
    t.add("1110 1100 A " + r3 + " 1 " + l + tail + "iiiiiii", name, exec, cls, text + ", [{n}], {simm}", f_sysreg<REG, false>);
  }
}

void add_sysregs(TableBuilder& t) {
  add_sysreg<1>(t, "fpscr");
  add_sysreg<2>(t, "fpscr_nzcvqc");
  add_sysreg<12>(t, "vpr");
  add_sysreg<13>(t, "p0");
  // FPCXT_NS/FPCXT_S need the Security Extension; the other numbers are unallocated.
  t.add("1110 1101 - - - - ---- --- 0 1111 1 -------", "UNDEF_sysreg", exec_mve_mem_undefined, O::MveLoad, "undefined");
  t.add("1110 1100 - - 1 - ---- --- 0 1111 1 -------", "UNDEF_sysreg", exec_mve_mem_undefined, O::MveLoad, "undefined");
}

}  // namespace

std::span<const Pattern> mve_mem_patterns() {
  static const std::vector<Pattern> patterns = [] {
    static TableBuilder builder;   // owns the generated strings for the program's lifetime
    add_predication(builder);
    add_loads_stores(builder);
    add_gathers(builder);
    add_gathers_base(builder);
    add_interleaves(builder);
    add_lane_pairs(builder);
    add_sysregs(builder);
    return builder.take();
  }();
  return patterns;
}

}  // namespace tinysim::armv8m
