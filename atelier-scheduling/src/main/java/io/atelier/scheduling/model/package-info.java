/**
 * The engine's view of a factory: machines, skilled workers, jobs and their operations in a precedence graph, and the
 * {@link io.atelier.scheduling.model.Schedule} that assigns them in time.
 * <p>
 * Times are {@code long} minutes from the horizon origin (the instant the application maps to minute 0), because the
 * engine compares and adds them millions of times and minutes are the finest unit a planner uses. Operations and setups
 * are <em>resumable</em>: they may not start in non-working time, but they pause over breaks and their end moves out by
 * the non-working minutes ({@link io.atelier.scheduling.model.Calendar#addWorkingMinutes}). Real machining, assembly and
 * painting are interrupted at shift ends and resumed, so a non-resumable rule would leave most of the last hour of every
 * shift idle. Setups pause the same way on the machine's calendar. The workers of an operation must be at work during
 * every working minute of it, and are busy from its start to its end, pauses included.
 */
package io.atelier.scheduling.model;
