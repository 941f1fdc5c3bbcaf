/**
 * Chooses how a problem is solved: a pure shop problem (no calendars, no workers, nothing pinned) goes to the tabu-search
 * kernel of {@code search}, translated there and back; anything richer gets the best schedule of the dispatch rules of
 * {@code construct}, improved for the rest of the time limit by the local search of {@code improve}. Every answer is a
 * model {@code Schedule} that the independent checker can verify.
 */
package io.atelier.scheduling.solve;
