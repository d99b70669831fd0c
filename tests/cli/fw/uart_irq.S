@ A peripheral interrupt end to end: UART0 raises its combined interrupt
@ (IRQ 43 in configs/m55.yaml, as on QEMU's mps3-an547) when a character is
@ sent with CTRL.TXINTEN set; the handler clears it and the program exits 0.
@ Exit code 1 if the interrupt never came.
        .syntax unified
        .thumb
        .section .vectors, "a"
        .word   0x20080000
        .word   reset + 1
        .rept   14
        .word   0
        .endr
        .rept   43                  @ IRQ 0..42: none
        .word   0
        .endr
        .word   uart_handler + 1    @ IRQ 43
        .text
        .thumb_func
reset:
        ldr     r0, =0xE000E104     @ NVIC_ISER1: IRQ 43 = bit 11
        mov     r1, #(1 << 11)
        str     r1, [r0]
        cpsid   i                   @ masked: WFI wakes on the pending line,
        ldr     r0, =0x59303000     @ the handler runs at cpsie
        movs    r1, #5              @ CTRL: TXEN | TXINTEN
        str     r1, [r0, #8]
        movs    r1, #'!'
        str     r1, [r0]            @ send: raises the interrupt
        wfi
        cpsie   i
        ldr     r2, =flag
        ldr     r1, [r2]
        cmp     r1, #1
        ite     eq
        moveq   r0, #0x18           @ SYS_EXIT, ApplicationExit: code 0
        movne   r0, #0x18
        ite     eq
        ldreq   r1, =0x20026
        ldrne   r1, =0x20023        @ another reason: code 1
        bkpt    #0xab
        b       .
        .thumb_func
uart_handler:
        ldr     r0, =0x59303000
        movs    r1, #1
        str     r1, [r0, #12]       @ INTCLEAR: TX
        ldr     r0, =flag
        movs    r1, #1
        str     r1, [r0]
        bx      lr
        .ltorg
        .data
        .align 2
flag:   .word   0
