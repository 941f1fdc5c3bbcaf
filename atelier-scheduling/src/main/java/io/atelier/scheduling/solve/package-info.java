/**
 * Chooses how a problem is solved: a pure shop problem (no calendars, no workers, nothing pinned) goes to the tabu-search
 * kernel of {@code search}, translated there and back; anything richer is scheduled by the constructive scheduler with
 * randomized restarts until the kernel learns calendars and workers. Every answer is a model {@code Schedule} that the
 * independent checker can verify.
 */
package io.atelier.scheduling.solve;
