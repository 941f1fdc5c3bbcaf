package io.atelier.scheduling.repair;

import java.util.ArrayList;
import java.util.List;

import io.atelier.scheduling.model.Job;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;

/** Minutes each job completes after its due date. */
final class Lateness {

	private Lateness() {
	}

	/** Per job index of {@code problem}; a job with no scheduled operation (a rush order before it came) is on time. */
	static long[] minutesLate(Problem problem, Schedule schedule) {
		long[] completion = new long[problem.jobs().size()];
		java.util.Arrays.fill(completion, Long.MIN_VALUE);
		for (ScheduledOperation s : schedule.operations()) {
			int job = problem.operation(s.operation()).job().index();
			completion[job] = Math.max(completion[job], s.end());
		}
		long[] late = new long[completion.length];
		for (Job job : problem.jobs()) {
			int j = job.id().index();
			late[j] = completion[j] == Long.MIN_VALUE ? 0 : Math.max(0, completion[j] - job.due());
		}
		return late;
	}

	static List<JobLateness> lateJobs(Problem after, long[] before, long[] now) {
		List<JobLateness> late = new ArrayList<>();
		for (Job job : after.jobs()) {
			int j = job.id().index();
			long was = j < before.length ? before[j] : 0;
			if (was > 0 || now[j] > 0) {
				late.add(new JobLateness(job.id(), job.reference(), was, now[j]));
			}
		}
		return late;
	}

	static long total(long[] late) {
		long sum = 0;
		for (long minutes : late) {
			sum += minutes;
		}
		return sum;
	}
}
