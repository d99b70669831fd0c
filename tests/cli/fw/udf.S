        .include "common.inc"
        movs    r0, #1
        udf     #7                  @ UsageFault, no handler: lockup
        b       .
