/**
 * Local search for factory problems: everything the tabu kernel of {@code search} does not take — machine and worker
 * calendars, skilled workers, setups, pins and started work, release and material times, lags, the frozen horizon.
 * <p>
 * <b>Representation.</b> A machine per operation and an operation sequence per machine
 * ({@link io.atelier.scheduling.improve.Sequences}), read from a complete start schedule — the best of the dispatch
 * rules when {@link io.atelier.scheduling.solve.EngineSolver} calls it. Workers are not part of it: the decoder chooses
 * them.
 * <p>
 * <b>Decoder</b> ({@link io.atelier.scheduling.improve.Decoder}): a semi-active schedule. Operations are placed in an
 * order that respects predecessors and machine sequences, earliest previous start first; each at the first working
 * minute of its machine at or after its release, material time and the end of the frozen horizon, its predecessors'
 * ends plus lags, and its machine predecessor's end plus the setup; later only while too few qualified workers are free
 * and at work for its whole run, taken least skilled first, in any gap of their day (the decoder does not place work in
 * time order, so worker timelines are interval sets, not a free-from instant). Operations and setups pause over
 * breaks and resume, as the model documents and the constructive scheduler does; setups need no worker. Pinned and
 * started operations keep the machine, start, end and workers of the start schedule, and no move puts work before or
 * among them on their machine (the constructive scheduler puts them first on each machine). Decoding 1,000 generated
 * operations takes about 0.6 ms, 10,000 about 30 ms (one core of a shared machine); after a move only the operations
 * from the first one the move touched (in the previous placing order) are placed again.
 * <p>
 * <b>Moves</b> ({@link io.atelier.scheduling.improve.Neighbourhood}), on the critical path of the decoded schedule —
 * the chain of operations that held each other back, by machine or by precedence, traced from the last operation of a
 * random late job (on-time emphasis) or from the one that ends last (throughput): an operation goes before the machine
 * predecessor that held it back, one to three places earlier on its machine, or to another eligible machine where its
 * current start would put it. An operation held back by its workers ends the path.
 * <p>
 * <b>Acceptance</b> ({@link io.atelier.scheduling.improve.LateAcceptance}): late acceptance hill climbing (Burke and
 * Bykov 2017, history of 200) on the lexicographic objectives of {@link io.atelier.scheduling.objective.Objectives}
 * for the chosen {@link io.atelier.scheduling.objective.Emphasis}; one move decoded per iteration; back to the best
 * after a long run without a new best. Late acceptance rather than tabu search because every move costs a decoding, so
 * a search that decodes one move per iteration goes further than one that evaluates a whole neighbourhood.
 * <p>
 * <b>Threads and reproducibility</b> ({@link io.atelier.scheduling.improve.FactorySearch}): independent searches seeded
 * {@code seed}, {@code seed + 1}, … from the same start; the best wins, ties to the lowest thread. With an iteration
 * budget ({@link io.atelier.scheduling.search.SearchSettings#iterations}) the result depends only on the seed and the
 * thread count; with a time limit it also depends on how fast the machine is, since that decides how far each thread
 * gets. The search stops at the time limit, the budget, the cancel flag or an interrupt, reports each new best through
 * a {@link io.atelier.scheduling.search.ProgressListener}, and never returns a schedule worse than its start: its answer
 * is checked by the {@link io.atelier.scheduling.check.ScheduleChecker}. A decoding that already exceeds, at the first
 * level of the emphasis, what acceptance allows stops early; the result is the same.
 * <p>
 * <b>Measured</b> with {@code atelier-bench --generate N --seed 1 --time-limit 10s --threads 2} (on-time emphasis, on a
 * 2-core machine shared with other builds, load average about 14, 2026-11-22). 1,000 operations: the tardiness-aware
 * rule gives weighted tardiness 73,509; the dispatch rules restarted with noise for 10 s (95 schedules) 69,767; the
 * dispatch rules then local search for the rest of the 10 s (5,607 iterations) 65,356, that is 11 % below the rule and
 * 6 % below the restarts, with a slightly shorter makespan too (64,618 against 65,209); all checked feasible. 10,000
 * operations: one rule takes about 3 s there; restarts (6 schedules) do not beat it (719,282); the local search does
 * only 292 iterations and gets to 718,379 (−0.1 %). On large factories every move costs a decoding of about half the
 * operations, so the next steps are decoding only the window a move can affect and cheaper estimates of moves.
 */
package io.atelier.scheduling.improve;
