        .include "common.inc"
        @ CMSDK UART0 (Secure alias): enable the transmitter, send a line,
        @ then exit through semihosting with code 0.
        ldr     r0, =0x59303000
        movs    r1, #1
        str     r1, [r0, #8]        @ CTRL.TXEN
        adr     r2, msg
1:      ldrb    r1, [r2], #1
        cbz     r1, 2f
        str     r1, [r0]            @ DATA
        b       1b
2:      movs    r0, #0x18           @ SYS_EXIT
        ldr     r1, =0x20026        @ ADP_Stopped_ApplicationExit
        bkpt    #0xab
        b       .
        .align 2
msg:    .asciz  "hello from uart0\n"
        .ltorg
