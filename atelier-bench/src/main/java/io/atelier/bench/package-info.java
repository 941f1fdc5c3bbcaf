/**
 * The {@code bin/atelier-bench} command with reference solvers beside the engine: OR-Tools CP-SAT, which the engine
 * module must not depend on, so that {@code --compare cp-sat} measures both in one run on the same machine.
 */
package io.atelier.bench;
