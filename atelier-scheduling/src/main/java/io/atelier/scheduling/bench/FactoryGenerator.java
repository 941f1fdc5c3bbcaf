package io.atelier.scheduling.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import io.atelier.scheduling.model.Calendar;
import io.atelier.scheduling.model.Eligibility;
import io.atelier.scheduling.model.Interval;
import io.atelier.scheduling.model.Job;
import io.atelier.scheduling.model.JobId;
import io.atelier.scheduling.model.Machine;
import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.ObjectiveWeights;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.OperationId;
import io.atelier.scheduling.model.Precedence;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.SetupMatrix;
import io.atelier.scheduling.model.Skill;
import io.atelier.scheduling.model.SkillRequirement;
import io.atelier.scheduling.model.Worker;
import io.atelier.scheduling.model.WorkerId;

/**
 * Seeded make-to-order factories of a given size: work centres of alternative machines with two shifts and setups
 * between product families, skilled workers on day shifts with absences, and jobs whose two sub-assembly chains feed an
 * assembly chain, with transfer lags, late material and due dates.
 */
public final class FactoryGenerator {

	private static final int DAY = 1440;

	private static final int FAMILIES = 5;

	private static final List<Skill> SKILLS = List.of(new Skill("machining"), new Skill("welding"),
			new Skill("assembly"), new Skill("painting"));

	private final Random random;

	private final int days;

	public FactoryGenerator(long seed, int operations) {
		this.random = new Random(seed);
		this.days = 120 + operations / 200;
	}

	public Problem generate(int operations) {
		List<Machine> machines = machines(Math.max(4, operations / 100));
		List<Worker> workers = workers(Math.max(16, operations / 25));
		List<Job> jobs = new ArrayList<>();
		List<Operation> ops = new ArrayList<>();
		while (ops.size() < operations) {
			addJob(jobs, ops, Math.min(operations - ops.size(), 6 + random.nextInt(10)), machines.size());
		}
		return new Problem(machines, workers, jobs, ops, 0, ObjectiveWeights.DEFAULT);
	}

	private List<Machine> machines(int count) {
		List<Machine> machines = new ArrayList<>();
		for (int m = 0; m < count; m++) {
			Map<SetupMatrix.Change, Long> changes = new HashMap<>();
			changes.put(new SetupMatrix.Change(0, 1), 5L + random.nextInt(10));
			machines.add(new Machine(new MachineId(m), "M" + m, shifts(random.nextInt(days)),
					new SetupMatrix(15 + random.nextInt(46), changes)));
		}
		return machines;
	}

	/** Two shifts with a half-hour break, every day but one day of downtime. */
	private Calendar shifts(int downDay) {
		List<Interval> working = new ArrayList<>();
		for (int d = 0; d < days; d++) {
			if (d != downDay) {
				working.add(new Interval(d * DAY + 360, d * DAY + 720));
				working.add(new Interval(d * DAY + 750, d * DAY + 1320));
			}
		}
		return Calendar.of(working);
	}

	private List<Worker> workers(int count) {
		List<Worker> workers = new ArrayList<>();
		for (int w = 0; w < count; w++) {
			Map<Skill, Integer> skills = new HashMap<>();
			skills.put(SKILLS.get(random.nextInt(SKILLS.size())), 1);
			skills.put(SKILLS.get(w % SKILLS.size()), 1 + (w / SKILLS.size()) % 3);
			workers.add(new Worker(new WorkerId(w), "W" + w, skills, dayShift(random.nextInt(days))));
		}
		return workers;
	}

	/** Present from 6:00 to 22:00, so that every machine shift is covered, except one day of absence. */
	private Calendar dayShift(int absentDay) {
		List<Interval> working = new ArrayList<>();
		for (int d = 0; d < days; d++) {
			if (d != absentDay) {
				working.add(new Interval(d * DAY + 360, d * DAY + 1320));
			}
		}
		return Calendar.of(working);
	}

	private void addJob(List<Job> jobs, List<Operation> ops, int size, int machines) {
		JobId job = new JobId(jobs.size());
		long release = random.nextInt(Math.max(1, days / 3)) * (long) DAY;
		int first = ops.size();
		int branch = Math.max(1, size / 3);
		for (int k = 0; k < size; k++) {
			List<Precedence> predecessors = new ArrayList<>();
			if (k == 2 * branch) {
				predecessors.add(precedence(first + branch - 1));
				if (branch > 1) {
					predecessors.add(precedence(first + 2 * branch - 1));
				}
			}
			else if (k > 0 && k != branch) {
				predecessors.add(precedence(first + k - 1));
			}
			ops.add(operation(first + k, job, predecessors, release, machines));
		}
		long work = ops.subList(first, ops.size()).stream().mapToLong(o -> o.machines().get(0).processingMinutes()).sum();
		jobs.add(new Job(job, "WO-" + job.index(), release, release + DAY + work * (2 + random.nextInt(6)),
				1 + random.nextInt(3)));
	}

	/** One worker of level 1 or 2, or a pair of level 1: every generated factory has enough of both. */
	private SkillRequirement skillRequirement() {
		Skill skill = SKILLS.get(random.nextInt(SKILLS.size()));
		return random.nextInt(5) == 0 ? new SkillRequirement(skill, 1, 2)
				: new SkillRequirement(skill, 1 + random.nextInt(2), 1);
	}

	private Precedence precedence(int predecessor) {
		return new Precedence(new OperationId(predecessor), random.nextInt(4) == 0 ? random.nextInt(121) : 0);
	}

	private Operation operation(int index, JobId job, List<Precedence> predecessors, long release, int machines) {
		int centre = random.nextInt((machines + 3) / 4) * 4;
		long minutes = 10 + random.nextInt(231);
		List<Eligibility> eligible = new ArrayList<>();
		int alternatives = 1 + random.nextInt(3);
		for (int a = 0; a < alternatives && centre + a < machines; a++) {
			eligible.add(new Eligibility(new MachineId(centre + a), minutes * (8 + random.nextInt(5)) / 10));
		}
		SkillRequirement skill = random.nextInt(10) < 6
				? skillRequirement()
				: SkillRequirement.NONE;
		long material = random.nextInt(8) == 0 ? release + random.nextInt(5 * DAY) : 0;
		return new Operation(new OperationId(index), job, predecessors, eligible, random.nextInt(FAMILIES), skill,
				material, Optional.empty());
	}
}
