package io.atelier.scheduling.search;

/** The best solution found, its score, its schedule and the iterations done over all threads. */
public record SearchResult(ShopSolution solution, Schedule schedule, Score score, long iterations) {
}
