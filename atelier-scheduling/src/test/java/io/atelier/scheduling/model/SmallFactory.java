package io.atelier.scheduling.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-checked fixture: two machines, two welders, two jobs, four operations, and a feasible schedule for them.
 * <ul>
 * <li>M0 works [0, 480) and [540, 1020) (lunch break), 30 minutes of setup between families 0 and 1; M1 always works.
 * </li>
 * <li>W0 welds at level 2 and works [0, 1020); W1 welds at level 1 and always works.</li>
 * <li>J0 (released 0, due 500, weight 2): O0 on M0 (100) or M1 (150), family 0; then after a lag of 20, O1 on M0 (60),
 * family 1, one welder of level 2.</li>
 * <li>J1 (released 100, due 300, weight 1): O2 on M1 (50), material at 120, one welder; then the assembly O3 on M0
 * (400), family 1, one welder, which waits for O1 and for O2 plus a lag of 10.</li>
 * </ul>
 * The schedule: O0 on M0 [0, 100); O2 on M1 [120, 170) by W1; O1 on M0 [130, 190) by W0 after 30 minutes of setup; O3
 * on M0 from 190, paused over lunch, ends at 650, by W1.
 */
public final class SmallFactory {

	public static final Skill WELDING = new Skill("welding");

	private SmallFactory() {
	}

	public static Problem problem() {
		return problem(workers(Calendar.of(List.of(new Interval(0, 1020)))), Optional.empty(), 0);
	}

	public static Problem withFirstWorkerCalendar(Calendar calendar) {
		return problem(workers(calendar), Optional.empty(), 0);
	}

	public static Problem withFirstOperationPinned(Pin pin, long frozenUntil) {
		return problem(workers(Calendar.of(List.of(new Interval(0, 1020)))), Optional.of(pin), frozenUntil);
	}

	/** The fixture with one operation pinned. */
	public static Problem withPinned(int operation, Pin pin) {
		Problem problem = problem();
		List<Operation> operations = new ArrayList<>(problem.operations());
		Operation o = operations.get(operation);
		operations.set(operation, new Operation(o.id(), o.job(), o.predecessors(), o.machines(), o.family(), o.skill(),
				o.earliestStart(), Optional.of(pin)));
		return new Problem(problem.machines(), problem.workers(), problem.jobs(), operations, 0, problem.weights());
	}

	public static Problem withFrozenHorizon(long frozenUntil) {
		return problem(workers(Calendar.of(List.of(new Interval(0, 1020)))), Optional.empty(), frozenUntil);
	}

	public static Schedule schedule() {
		return new Schedule(List.of(placed(0, 0, 0, 100), placed(2, 1, 120, 170, 1), afterSetup(1, 0, 130, 190, 30, 0),
				placed(3, 0, 190, 650, 1)));
	}

	/** The schedule with one operation placed otherwise. */
	public static Schedule scheduleWith(ScheduledOperation replacement) {
		return new Schedule(schedule().operations()
			.stream()
			.map(s -> s.operation().equals(replacement.operation()) ? replacement : s)
			.toList());
	}

	public static ScheduledOperation placed(int operation, int machine, long start, long end, int... workers) {
		return afterSetup(operation, machine, start, end, 0, workers);
	}

	public static ScheduledOperation afterSetup(int operation, int machine, long start, long end, long setup,
			int... workers) {
		return new ScheduledOperation(new OperationId(operation), new MachineId(machine), start, end,
				Arrays.stream(workers).mapToObj(WorkerId::new).toList(), setup);
	}

	private static Problem problem(List<Worker> workers, Optional<Pin> pin, long frozenUntil) {
		Calendar lunchBreak = Calendar.of(List.of(new Interval(0, 480), new Interval(540, 1020)));
		List<Machine> machines = List.of(
				new Machine(new MachineId(0), "M0", lunchBreak, new SetupMatrix(30, Map.of())),
				new Machine(new MachineId(1), "M1", Calendar.always(), SetupMatrix.NONE));
		List<Job> jobs = List.of(new Job(new JobId(0), "WO-0", 0, 500, 2), new Job(new JobId(1), "WO-1", 100, 300, 1));
		SkillRequirement expert = new SkillRequirement(WELDING, 2, 1);
		SkillRequirement anyWelder = new SkillRequirement(WELDING, 1, 1);
		List<Operation> operations = List.of(
				new Operation(new OperationId(0), new JobId(0), List.of(), List.of(on(0, 100), on(1, 150)), 0,
						SkillRequirement.NONE, 0, pin),
				new Operation(new OperationId(1), new JobId(0), List.of(after(0, 20)), List.of(on(0, 60)), 1, expert,
						0, Optional.empty()),
				new Operation(new OperationId(2), new JobId(1), List.of(), List.of(on(1, 50)), 0, anyWelder, 120,
						Optional.empty()),
				new Operation(new OperationId(3), new JobId(1), List.of(after(1, 0), after(2, 10)),
						List.of(on(0, 400)), 1, anyWelder, 0, Optional.empty()));
		return new Problem(machines, workers, jobs, operations, frozenUntil, ObjectiveWeights.DEFAULT);
	}

	private static List<Worker> workers(Calendar first) {
		return List.of(new Worker(new WorkerId(0), "W0", Map.of(WELDING, 2), first),
				new Worker(new WorkerId(1), "W1", Map.of(WELDING, 1), Calendar.always()));
	}

	private static Eligibility on(int machine, long minutes) {
		return new Eligibility(new MachineId(machine), minutes);
	}

	private static Precedence after(int operation, long lag) {
		return new Precedence(new OperationId(operation), lag);
	}
}
