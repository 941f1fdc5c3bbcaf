/**
 * A fast local-search kernel for the (flexible) job shop, on a compact array model.
 * <p>
 * <b>Model.</b> {@link io.atelier.scheduling.search.ShopProblem}: operations with a precedence DAG (minimum lags on
 * arcs), eligible machines each with its own processing time, release times, sequence-dependent setups per machine
 * between operation families (between consecutive operations only), job due dates and weights. A
 * {@link io.atelier.scheduling.search.ShopSolution} is a machine per operation and a sequence per machine; its times are
 * the semi-active schedule: longest paths in the disjunctive graph (Roy &amp; Sussmann), computed by Kahn's topological
 * sort, which also detects cycles. {@link io.atelier.scheduling.search.ShopSolutionValidator} checks schedules from the
 * definitions, sharing no code with the decoder.
 * <p>
 * <b>Start.</b> {@link io.atelier.scheduling.search.DispatchRule}: list scheduling by earliest completion over all
 * (ready operation, eligible machine) pairs, ties to the most work remaining.
 * <p>
 * <b>Search.</b> {@link io.atelier.scheduling.search.ShopSolver} runs independent tabu searches in threads with
 * consecutive seeds and keeps the best (ties to the lowest thread). Each search follows TSAB (Nowicki &amp; Smutnicki
 * 1996) with the move evaluation of Balas &amp; Vazacopoulos (1998) as used by Zhang et al. (2007):
 * <ul>
 * <li>neighbourhood N7 (Zhang et al. 2007, extending N5): on each block of a critical path, swaps of the first two and last two operations, moves of inner operations to the block's start or end and of its first/last operation next to an inner one;
 * for the flexible job shop also moving a critical operation to another eligible machine, at the cycle-safe position
 * with the best estimate (Mastrolilli &amp; Gambardella 2000) — but an operation alone in its block (reached and left
 * through job arcs) only to a machine where it is faster, since elsewhere the path through it keeps its length;</li>
 * <li>makespan moves are ranked by head/tail estimates of the longest path through the touched operations, not by
 * re-decoding; the chosen move is applied and heads/tails are recomputed in O(n + arcs), which also catches the rare
 * cycle (with lags, setups or zero durations) so that such a move is undone;</li>
 * <li>total weighted tardiness (simpler variant): the same moves taken on the critical paths of every late job, each
 * evaluated exactly by re-decoding, tie-break by makespan;</li>
 * <li>tabu list of reversed order pairs (and of (operation, left machine) pairs) with a random tenure in
 * [L, 1.5 L], L = 10 + jobs / machines; aspiration when a move's estimate beats the best;</li>
 * <li>after 2500 + n iterations without a new best: back to the best solution, tabu list cleared, a few random
 * critical moves.</li>
 * </ul>
 * Stops at a time limit, an iteration budget (deterministic), a cancel flag or thread interruption, and reports each
 * improvement of the best score through a {@link io.atelier.scheduling.search.ProgressListener}.
 * <p>
 * <b>Measured</b> with {@link io.atelier.scheduling.search.SearchBenchmark} (10 s, 2 threads, on a shared 2-core
 * machine, 2026-11-22): mean gap to the best known makespan 0.58 % over ft10, la16–20, ta01–05, ta21–25, ta51–52 and
 * Brandimarte mk01–04, 06, 08, 10; every result checked by the validator. N7 against N5 alone: 0.58 % against 0.80 %
 * on the same sample. Restarting from a random elite solution instead of the best was tried and measured worse.
 * Total tardiness (same settings): the 1-hour MILP optimum of gla01; 0.4 % above it on gla03; 1–5 % below the MILP
 * upper bounds of gla21, gla22 and gswv01 — but the exact move evaluation does only ~500–3,500 iterations a second
 * there, so estimates for tardiness moves are the next step.
 * <p>
 * <b>Flexible shops with equal durations.</b> On Dauzère-Pérès–Paulli 14a and 15a (20 × 10, 3 and 5 eligible machines
 * per operation, the same duration on each) the search stalled 20–28 % above the optimum: ~99 % of its iterations
 * were reassignments of operations alone in their critical block, neutral moves (estimate = makespan) that leave the
 * critical path as it is, so the walk never got to the blocks. Reassigning such an operation is now offered only to a
 * machine where it is faster (it can shorten the path only then). Measured with the test-scope
 * {@code IterationBenchmark} (20,000 iterations, one thread, the same seeds; 2026-11-22), mean gap before → after:
 * DPP 01a–18a 5.32 → 3.15 % (4 seeds; 14a 25.5 → 4.3, 15a 22.9 → 4.8, the other 16 2.96 → 2.97); Hurink vdata la36–40
 * and mt10 2.04 → 0.00 % (2 seeds); Hurink edata and rdata (la21, 24, 27, 30, ft10, abz5, car1, car5) 1.18 → 1.19 %
 * (6 seeds); Brandimarte mk01–15 0.72 → 0.78 % (2 seeds), on mk05–07, 10, 11, 13 1.90 → 1.91 % (5 seeds); Taillard
 * ta01–05, 21–25, 41–45 unchanged (4.05 %, no flexible operation). Iterations per second unchanged within the noise of
 * the shared machine. Tried and measured worse: counting in a reassignment's estimate the path that joins the
 * machine neighbours it leaves (DPP 3.19 → 3.44 % on 2 seeds), and instead of the rule a tabu attribute forbidding
 * any new reassignment of a just-moved operation for half the tenure (helps 14a and 15a too, but edata and rdata
 * 1.18 → 1.39 %).
 */
package io.atelier.scheduling.search;
