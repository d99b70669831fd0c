        .include "common.inc"
1:      adds    r0, r0, #1
        b       1b
