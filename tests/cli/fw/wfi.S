        .include "common.inc"
        wfi                         @ no SysTick, no interrupt enabled: nothing wakes the core
        b       .
