package io.atelier.scheduling.improve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.atelier.scheduling.model.Calendar;
import io.atelier.scheduling.model.Eligibility;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.Precedence;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.SkillRequirement;

/**
 * A problem read once into arrays indexed like its operations, machines and workers, so that decoding reads no lists,
 * maps or records. Shared read-only by the search threads.
 */
final class Instance {

	/** Above this many setup entries (machines × families²) setups are looked up in the matrices instead. */
	private static final int MAX_SETUP_TABLE = 4_000_000;

	final Problem problem;

	final int operations;

	final int[] job;

	final int[][] predecessors;

	final long[][] lags;

	final int[][] successors;

	/** The earliest start of each operation: its job's release, its material and the end of the frozen horizon. */
	final long[] release;

	final int[][] eligible;

	final long[][] minutes;

	final int[] crew;

	/** The workers who master each operation's skill, least skilled first so that experts stay free for hard work. */
	final int[][] qualified;

	final boolean[] pinned;

	/** Per job, its due date and weight. */
	final long[] due;

	final int[] weight;

	final Calendar[] machineCalendar;

	final Calendar[] workerCalendar;

	private final int[] family;

	private final long[][][] setupTable;

	Instance(Problem problem) {
		this.problem = problem;
		operations = problem.operations().size();
		job = new int[operations];
		predecessors = new int[operations][];
		lags = new long[operations][];
		release = new long[operations];
		eligible = new int[operations][];
		minutes = new long[operations][];
		crew = new int[operations];
		qualified = new int[operations][];
		pinned = new boolean[operations];
		family = new int[operations];
		due = problem.jobs().stream().mapToLong(j -> j.due()).toArray();
		weight = problem.jobs().stream().mapToInt(j -> j.weight()).toArray();
		Map<SkillRequirement, int[]> bySkill = new HashMap<>();
		for (Operation operation : problem.operations()) {
			read(operation, bySkill);
		}
		successors = successors();
		machineCalendar = problem.machines().stream().map(m -> m.calendar()).toArray(Calendar[]::new);
		workerCalendar = problem.workers().stream().map(w -> w.calendar()).toArray(Calendar[]::new);
		setupTable = setupTable();
	}

	private void read(Operation operation, Map<SkillRequirement, int[]> bySkill) {
		int i = operation.id().index();
		job[i] = operation.job().index();
		predecessors[i] = operation.predecessors().stream().mapToInt(p -> p.predecessor().index()).toArray();
		lags[i] = operation.predecessors().stream().mapToLong(Precedence::minimumLag).toArray();
		release[i] = Math.max(Math.max(problem.job(operation.job()).release(), operation.earliestStart()),
				problem.frozenUntil());
		eligible[i] = operation.machines().stream().mapToInt(e -> e.machine().index()).toArray();
		minutes[i] = operation.machines().stream().mapToLong(Eligibility::processingMinutes).toArray();
		// a pin that names workers keeps them, however many the skill asks for
		crew[i] = operation.pin()
			.filter(pin -> !pin.workers().isEmpty())
			.map(pin -> pin.workers().size())
			.orElse(operation.skill().workers());
		qualified[i] = bySkill.computeIfAbsent(operation.skill(), this::qualified);
		if (operation.pin().isEmpty() && qualified[i].length < crew[i]) {
			throw new IllegalArgumentException("too few workers master " + operation.skill() + " for " + operation.id());
		}
		pinned[i] = operation.pin().isPresent();
		family[i] = operation.family();
	}

	private int[] qualified(SkillRequirement requirement) {
		if (requirement.workers() == 0) {
			return new int[0];
		}
		return problem.workers()
			.stream()
			.filter(w -> w.masters(requirement))
			.sorted(Comparator.comparingInt(w -> w.skills().getOrDefault(requirement.skill(), 0)))
			.mapToInt(w -> w.id().index())
			.toArray();
	}

	private int[][] successors() {
		List<List<Integer>> next = new ArrayList<>(operations);
		for (int i = 0; i < operations; i++) {
			next.add(new ArrayList<>(2));
		}
		for (int i = 0; i < operations; i++) {
			for (int p : predecessors[i]) {
				next.get(p).add(i);
			}
		}
		return next.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
	}

	/** The setup minutes per machine between dense family indexes, or null when the table would be too large. */
	private long[][][] setupTable() {
		Map<Integer, Integer> dense = new HashMap<>();
		for (int f : family) {
			dense.putIfAbsent(f, dense.size());
		}
		int machines = problem.machines().size();
		int families = dense.size();
		if ((long) machines * families * families > MAX_SETUP_TABLE) {
			return null;
		}
		long[][][] table = new long[machines][families][families];
		for (int m = 0; m < machines; m++) {
			var setups = problem.machines().get(m).setups();
			for (var from : dense.entrySet()) {
				for (var to : dense.entrySet()) {
					table[m][from.getValue()][to.getValue()] = setups.minutes(from.getKey(), to.getKey());
				}
			}
		}
		for (int i = 0; i < operations; i++) {
			family[i] = dense.get(family[i]);
		}
		return table;
	}

	/** The setup on machine {@code m} between operation {@code from} and operation {@code to}. */
	long setup(int m, int from, int to) {
		if (setupTable != null) {
			return setupTable[m][family[from]][family[to]];
		}
		return problem.machines().get(m).setups().minutes(family[from], family[to]);
	}

	/** The processing minutes of the operation on machine {@code m}, which must be eligible. */
	long processing(int operation, int m) {
		int[] machines = eligible[operation];
		for (int k = 0; k < machines.length; k++) {
			if (machines[k] == m) {
				return minutes[operation][k];
			}
		}
		throw new IllegalArgumentException("operation " + operation + " cannot run on machine " + m);
	}
}
