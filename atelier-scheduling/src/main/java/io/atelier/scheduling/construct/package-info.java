/**
 * Builds a first feasible schedule quickly by serial schedule generation: the ready operation that can complete first
 * names a machine, a {@link io.atelier.scheduling.construct.DispatchRule} picks among the operations competing for it,
 * and the pick is appended there with its setup, calendar and skilled workers. Randomized restarts of it stand in for
 * local search until that arrives.
 */
package io.atelier.scheduling.construct;
