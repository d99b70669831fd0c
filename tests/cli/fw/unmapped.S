        .include "common.inc"
        ldr     r0, =0x90000000     @ nothing is mapped there
        ldr     r1, [r0]
        b       .
        .ltorg
