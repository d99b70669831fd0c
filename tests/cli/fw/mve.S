        .include "common.inc"
        vadd.i32 q0, q1, q2         @ Helium: not implemented yet, must stop the run
        b       .
