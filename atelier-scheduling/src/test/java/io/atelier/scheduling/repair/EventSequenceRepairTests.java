package io.atelier.scheduling.repair;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.atelier.scheduling.bench.FactoryGenerator;
import io.atelier.scheduling.check.ScheduleChecker;
import io.atelier.scheduling.construct.ConstructiveScheduler;
import io.atelier.scheduling.construct.DispatchRule;
import io.atelier.scheduling.model.OperationId;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;
import io.atelier.scheduling.model.WorkerId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day on a seeded random shop floor: event after event, each repair applied to what the one before promised, with
 * breakdowns and absences that hit running work, reported late or ahead, as often as any other event.
 */
class EventSequenceRepairTests {

	private static final int EVENTS = 30;

	private final ScheduleChecker checker = new ScheduleChecker();

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void everyRepairInASequenceIsFeasibleAndLeavesRecordedAndFrozenWorkInPlace(long seed) {
		Random random = new Random(seed);
		Problem problem = new FactoryGenerator(seed, 300).generate(300);
		Schedule current = new ConstructiveScheduler(DispatchRule.TARDINESS_AWARE).schedule(problem);
		long now = current.operations().stream().mapToLong(ScheduledOperation::start).min().orElseThrow();
		for (int e = 0; e < EVENTS; e++) {
			now += random.nextInt(240);
			problem = new Problem(problem.machines(), problem.workers(), problem.jobs(), problem.operations(),
					Math.max(problem.frozenUntil(), now + random.nextInt(300)), problem.weights());
			RepairEvent event = event(random, problem, current, now);

			RepairResult result = new ScheduleRepair().repair(problem, current, event, now);

			assertThat(checker.check(result.problem(), result.schedule())).as("event %d: %s", e, event).isEmpty();
			assertKeptInPlace(problem, current, result, now, event);
			problem = result.problem();
			current = result.schedule();
		}
	}

	private static void assertKeptInPlace(Problem problem, Schedule current, RepairResult result, long now,
			RepairEvent event) {
		List<OperationId> released = result.released().stream().map(ReleasedOperation::operation).toList();
		int moved = 0;
		for (ScheduledOperation before : current.operations()) {
			ScheduledOperation after = TinyShop.placed(result.schedule(), before.operation().index());
			boolean fixed = before.start() < problem.frozenUntil()
					|| problem.operation(before.operation()).pin().isPresent();
			if (before.start() < now || (fixed && !released.contains(before.operation()))) {
				assertThat(after.start()).as("start of %s after %s", before.operation(), event)
					.isEqualTo(before.start());
				assertThat(after.machine()).isEqualTo(before.machine());
			}
			if (before.end() <= now && !(event instanceof OperationOverrun) && !(event instanceof OperationFinished)) {
				assertThat(after).as("finished %s after %s", before.operation(), event).isEqualTo(before);
			}
			moved += after.start() != before.start() || !after.machine().equals(before.machine()) ? 1 : 0;
		}
		assertThat(result.operationsMoved()).isEqualTo(moved);
		for (Interruption interruption : result.interruptions()) {
			ScheduledOperation before = current.of(interruption.operation()).orElseThrow();
			assertThat(TinyShop.placed(result.schedule(), before.operation().index()).start())
				.isEqualTo(before.start());
		}
	}

	/** Half the time a breakdown of the machine or an absence of a worker of running work, else any event. */
	private static RepairEvent event(Random random, Problem problem, Schedule current, long now) {
		List<ScheduledOperation> running = current.operations()
			.stream()
			.filter(s -> s.start() < now && s.end() > now)
			.toList();
		if (running.isEmpty() || random.nextBoolean()) {
			return RandomRepairTests.randomEvent(random, random.nextInt(6), problem, current, now);
		}
		ScheduledOperation hit = running.get(random.nextInt(running.size()));
		long from = now - 120 + random.nextInt(360);
		long to = Math.max(from + 1, now) + 30 + random.nextInt(600);
		if (hit.workers().isEmpty() || random.nextBoolean()) {
			return new MachineDowntime(hit.machine(), from, to);
		}
		WorkerId worker = hit.workers().get(random.nextInt(hit.workers().size()));
		return new WorkerAbsence(worker, from, to);
	}
}
