/**
 * Builds a first feasible schedule quickly by serial schedule generation: the ready operation that can complete first
 * names a machine, a {@link io.atelier.scheduling.construct.DispatchRule} picks among the operations competing for it,
 * and the pick is appended there with its setup, calendar and skilled workers. The best rule's schedule is where the
 * local search of {@code improve} starts; randomized restarts of the rules remain as the dispatch-only baseline of the
 * generated-factory benchmark.
 */
package io.atelier.scheduling.construct;
