/**
 * Builds a first feasible schedule quickly by serial schedule generation: operations whose predecessors are placed are
 * dispatched one at a time by a {@link io.atelier.scheduling.construct.DispatchRule} and appended to the best eligible
 * machine, with their setup, calendar and skilled workers.
 */
package io.atelier.scheduling.construct;
