package io.atelier.scheduling.construct;

/** Where an operation would go now: machine, setup, start, end and the workers it would take. */
record Placement(int machine, long setupMinutes, long start, long end, int[] workers) {
}
