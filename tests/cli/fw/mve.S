        .include "common.inc"
        vadd.i32 q0, q1, q2         @ Helium: stops the run on a core without MVE
        b       .
