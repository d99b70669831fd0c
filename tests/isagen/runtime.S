/* isagen runtime: vector table, reset, fault reporting and the epilogue that
 * snapshots the architectural state for isagen_dump (dump.c).
 *
 * A generated program (prog_*.S) provides:
 *   isagen_main   its body (Thumb function): prologue, random instructions,
 *                 then `b.w isagen_epilogue` (a branch, so lr stays the
 *                 program's value)
 *   isagen_cfg    .word flags, window_size; flags bit 0: the program uses the
 *                 FP register file (FPSCR, s0-s31 are dumped), bit 1: it uses
 *                 MVE (VPR is dumped too; the dump shows q0-q7 for s0-s31)
 *   window        the memory window that is dumped
 *   .isagen_stack the initial contents of the 256 bytes below the initial sp
 *                 (the "stack window", also dumped; see link.ld)
 * The program may use the stack window (balanced push/pop, vpush/vpop,
 * sub sp/add sp frames); sp is 0x20080000 when it starts. Everything below
 * the stack window belongs to the runtime.
 * Assembled and linked with -mcpu=cortex-m55+nomve -mfloat-abi=hard; the
 * MVE extension is enabled below only for reading VPR, which happens only
 * in MVE programs (flags bit 1), so the others run exactly as before. */
        .syntax unified
        .thumb
        .arch_extension mve

        .equ    ISAGEN_STACK_WINDOW, 256        /* = link.ld, dump.c */

        .section .isagen_vectors, "a", %progbits
        .p2align 7
        .global isagen_vectors
isagen_vectors:
        .word   __isagen_stack_top      /* 0: initial SP (top of DTCM) */
        .word   isagen_reset            /* 1: reset */
        .rept   14                      /* 2..15: NMI, HardFault, MemManage, */
        .word   isagen_fault            /* BusFault, UsageFault, SecureFault, */
        .endr                           /* SVC, DebugMon, PendSV, SysTick */
        .rept   32                      /* a few external interrupts */
        .word   isagen_fault
        .endr

        .text
        .p2align 2
        .global isagen_reset
        .type   isagen_reset, %function
        .thumb_func
isagen_reset:
        ldr     r0, =__isagen_stack_top
        mov     sp, r0
        /* CPACR: full access to CP10/CP11 (the FPU) */
        ldr     r0, =0xE000ED88
        ldr     r1, [r0]
        orr     r1, r1, #(0xF << 20)
        str     r1, [r0]
        /* CCR: clear UNALIGN_TRP (bit 3) and DIV_0_TRP (bit 4); both are the
         * reset values, made explicit because the programs rely on them */
        ldr     r0, =0xE000ED14
        ldr     r1, [r0]
        bic     r1, r1, #0x18
        str     r1, [r0]
        /* SHCSR: enable MemManage, BusFault, UsageFault and SecureFault so a
         * fault is reported under its own name rather than as HardFault */
        ldr     r0, =0xE000ED24
        ldr     r1, [r0]
        orr     r1, r1, #(0xF << 16)
        str     r1, [r0]
        dsb
        isb
        /* zero .bss */
        ldr     r0, =__isagen_bss_start
        ldr     r1, =__isagen_bss_end
        movs    r2, #0
1:      cmp     r0, r1
        bhs     2f
        str     r2, [r0], #4
        b       1b
2:      /* record the stack pointer the program starts with */
        ldr     r0, =isagen_sp0
        mov     r1, sp
        str     r1, [r0]
        b.w     isagen_main
        .size   isagen_reset, . - isagen_reset
        .ltorg

        /* Any exception: report it through semihosting and exit non-zero. */
        .p2align 2
        .global isagen_fault
        .type   isagen_fault, %function
        .thumb_func
isagen_fault:
        tst     lr, #4
        ite     eq
        mrseq   r0, msp
        mrsne   r0, psp
        mrs     r1, ipsr
        ldr     r2, =__isagen_stack_window      /* below the stack window */
        mov     sp, r2
        b.w     isagen_fault_report
        .size   isagen_fault, . - isagen_fault
        .ltorg

        /* Checkpoint, called between two items of a program by
         *     sub sp, #256; push {r0-r12, lr}; bl isagen_checkpoint;
         *     pop {r0-r12, lr}; add sp, #256
         * (isagen --checkpoints). Records a hash of the state (dump.c) and
         * leaves every register, the flags, FPSCR, s0-s31, VPR and both
         * windows as they were. Uses the runtime stack below the stack window. */
        .p2align 2
        .global isagen_checkpoint
        .type   isagen_checkpoint, %function
        .thumb_func
isagen_checkpoint:
        push    {r4, r5, r6, lr}
        mrs     r4, apsr                /* before anything changes the flags */
        movs    r5, #0
        ldr     r0, =isagen_cfg
        ldr     r0, [r0]
        cbz     r0, 1f                  /* FP state only for FP programs */
        vmrs    r5, fpscr
        ldr     r6, =isagen_ckfp
        vstmia  r6, {s0-s31}
        tst     r0, #2                  /* VPR only for MVE programs (the */
        beq     1f                      /* flags are restored from r4) */
        vmrs    r0, vpr
        ldr     r6, =isagen_ckvpr
        str     r0, [r6]
1:      add     r0, sp, #16             /* the program's r0-r12, lr */
        mov     r1, r4
        mov     r2, r5
        bl      isagen_checkpoint_c
        msr     APSR_nzcvqg, r4
        pop     {r4, r5, r6, pc}
        .size   isagen_checkpoint, . - isagen_checkpoint
        .ltorg

        /* End of a program's body. Steps over the stack window (so that the
         * bytes the program left there are dumped unchanged), saves r0-r12,
         * lr on the stack (the frame isagen_dump reads), APSR, FPSCR,
         * s0-s31 and (MVE programs) VPR in isagen_state. Nothing here
         * changes the flags before they are read. Never returns. */
        .p2align 2
        .global isagen_epilogue
        .type   isagen_epilogue, %function
        .thumb_func
isagen_epilogue:
        sub     sp, sp, #ISAGEN_STACK_WINDOW
        push    {r0-r12, lr}
        mrs     r4, apsr
        vmrs    r5, fpscr
        ldr     r6, =isagen_state
        str     r4, [r6]
        str     r5, [r6, #4]
        add     r7, r6, #8
        vstmia  r7, {s0-s31}
        ldr     r0, =isagen_cfg
        ldr     r0, [r0]
        tst     r0, #2                  /* VPR only for MVE programs */
        beq     1f
        vmrs    r0, vpr
        str     r0, [r6, #136]          /* isagen_state[34] */
1:      mov     r0, sp
        bl      isagen_dump
        b       .
        .size   isagen_epilogue, . - isagen_epilogue
        .ltorg
