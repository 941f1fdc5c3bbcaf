package io.atelier.scheduling.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.atelier.scheduling.bench.FactoryGenerator;
import io.atelier.scheduling.check.ScheduleChecker;
import io.atelier.scheduling.construct.ConstructiveScheduler;
import io.atelier.scheduling.construct.DispatchRule;
import io.atelier.scheduling.model.Job;
import io.atelier.scheduling.model.JobId;
import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.OperationId;
import io.atelier.scheduling.model.Precedence;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;
import io.atelier.scheduling.model.WorkerId;

import static org.assertj.core.api.Assertions.assertThat;

/** Seeded random factories, a random moment and a random event: the repair is feasible and keeps what must stay. */
class RandomRepairTests {

	private final ScheduleChecker checker = new ScheduleChecker();

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })
	void aRepairedScheduleIsFeasibleAndLeavesStartedAndFrozenWorkInPlace(long seed) {
		Random random = new Random(seed);
		Problem generated = new FactoryGenerator(seed, 300).generate(300);
		Schedule current = new ConstructiveScheduler(DispatchRule.TARDINESS_AWARE).schedule(generated);
		assertThat(checker.check(generated, current)).isEmpty();
		long first = current.operations().stream().mapToLong(ScheduledOperation::start).min().orElseThrow();
		long last = current.operations().stream().mapToLong(ScheduledOperation::end).max().orElseThrow();
		long now = first + (long) (random.nextDouble() * (last - first) / 2);
		long frozenUntil = now + random.nextInt(480);
		Problem problem = new Problem(generated.machines(), generated.workers(), generated.jobs(),
				generated.operations(), frozenUntil, generated.weights());
		RepairEvent event = randomEvent(random, (int) (seed % 6), problem, current, now);

		RepairResult result = new ScheduleRepair().repair(problem, current, event, now);

		assertThat(checker.check(result.problem(), result.schedule())).as("%s", event).isEmpty();
		List<OperationId> released = result.released().stream().map(ReleasedOperation::operation).toList();
		int moved = 0;
		for (ScheduledOperation before : current.operations()) {
			ScheduledOperation after = TinyShop.placed(result.schedule(), before.operation().index());
			boolean started = before.start() < now;
			boolean frozen = before.start() < frozenUntil && !released.contains(before.operation());
			if (started || frozen) {
				assertThat(after.start()).as("start of %s", before.operation()).isEqualTo(before.start());
				assertThat(after.machine()).isEqualTo(before.machine());
			}
			assertThat(started && released.contains(before.operation())).isFalse();
			moved += after.start() != before.start() || !after.machine().equals(before.machine()) ? 1 : 0;
		}
		assertThat(result.operationsMoved()).isEqualTo(moved);
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void anEventThatReachesNoOperationGivesBackTheSameSchedule(long seed) {
		Problem problem = new FactoryGenerator(seed, 300).generate(300);
		Schedule current = new ConstructiveScheduler(DispatchRule.TARDINESS_AWARE).schedule(problem);
		long last = current.operations().stream().mapToLong(ScheduledOperation::end).max().orElseThrow();
		MachineDowntime afterEverything = new MachineDowntime(new MachineId(0), last + 1, last + 1000);

		RepairResult result = new ScheduleRepair().repair(problem, current, afterEverything, last / 3);

		assertThat(result.operationsMoved()).isZero();
		assertThat(result.schedule().operations()).containsExactlyInAnyOrderElementsOf(current.operations());
	}

	/** An event of the given kind (each kind comes up for two seeds), or a downtime when nothing is running. */
	static RepairEvent randomEvent(Random random, int kind, Problem problem, Schedule current, long now) {
		List<ScheduledOperation> running = current.operations()
			.stream()
			.filter(s -> s.start() < now && s.end() > now)
			.toList();
		if ((kind == 3 || kind == 4) && running.isEmpty()) {
			kind = 0;
		}
		return switch (kind) {
			case 0 -> new MachineDowntime(new MachineId(random.nextInt(problem.machines().size())),
					now + random.nextInt(600), now + 600 + random.nextInt(1440));
			case 1 -> new WorkerAbsence(new WorkerId(random.nextInt(problem.workers().size())),
					now + random.nextInt(600), now + 600 + random.nextInt(1440));
			case 2 -> {
				List<ScheduledOperation> waiting = current.operations().stream().filter(s -> s.start() >= now).toList();
				ScheduledOperation s = waiting.get(random.nextInt(waiting.size()));
				yield new MaterialDelay(s.operation(), s.start() + 60 + random.nextInt(600));
			}
			case 3 -> {
				ScheduledOperation s = running.get(random.nextInt(running.size()));
				yield new OperationOverrun(s.operation(), s.end() + 1 + random.nextInt(600));
			}
			case 4 -> {
				ScheduledOperation s = running.get(random.nextInt(running.size()));
				yield new OperationFinished(s.operation(), s.start() + random.nextLong(now - s.start() + 1));
			}
			default -> rushOrder(random, problem, now);
		};
	}

	/** Three chained operations that copy the machines and skills of random existing ones. */
	private static RushOrder rushOrder(Random random, Problem problem, long now) {
		JobId job = new JobId(problem.jobs().size());
		int next = problem.operations().size();
		List<Operation> operations = new ArrayList<>();
		for (int k = 0; k < 3; k++) {
			Operation model = problem.operations().get(random.nextInt(problem.operations().size()));
			List<Precedence> after = k == 0 ? List.of() : List.of(new Precedence(new OperationId(next + k - 1), 0));
			operations.add(new Operation(new OperationId(next + k), job, after, model.machines(), model.family(),
					model.skill(), 0, Optional.empty()));
		}
		return new RushOrder(new Job(job, "RUSH", now, now + 600, 5), operations);
	}
}
