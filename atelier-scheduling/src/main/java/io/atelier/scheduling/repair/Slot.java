package io.atelier.scheduling.repair;

/** Where and when an operation goes, and the workers it takes. */
record Slot(int machine, long start, long end, int[] workers) {
}
