        .include "common.inc"
        ldr     r1, =block
        movs    r0, #0x20           @ SYS_EXIT_EXTENDED
        bkpt    #0xab
        b       .
        .ltorg
        .data
        .align 2
block:  .word   0x20026, 42         @ ADP_Stopped_ApplicationExit, exit code 42
