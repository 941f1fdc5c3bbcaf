package io.atelier.scheduling.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.ScheduledOperation;

/**
 * Writes a benchmark solution as {@code job,operation,machine,start,end}: jobs and operations numbered from 0 in file
 * order, machines as the file numbers them.
 */
final class SolutionWriter {

	private SolutionWriter() {
	}

	static void write(Path file, Problem problem, Schedule schedule, BenchmarkFormat format) throws IOException {
		int[] position = positionsInJobs(problem);
		StringBuilder csv = new StringBuilder("job,operation,machine,start,end\n");
		schedule.operations()
			.stream()
			.sorted(Comparator.comparingInt(s -> s.operation().index()))
			.forEach(s -> row(csv, problem.operation(s.operation()), position, s, format));
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, csv);
	}

	private static void row(StringBuilder csv, Operation operation, int[] position, ScheduledOperation s,
			BenchmarkFormat format) {
		csv.append(operation.job().index()).append(',').append(position[operation.id().index()]).append(',')
			.append(format.machineNumber(s.machine().index())).append(',').append(s.start()).append(',')
			.append(s.end()).append('\n');
	}

	/** Readers add a job's operations in file order, so the position is a count per job. */
	private static int[] positionsInJobs(Problem problem) {
		int[] seen = new int[problem.jobs().size()];
		int[] position = new int[problem.operations().size()];
		for (Operation operation : problem.operations()) {
			position[operation.id().index()] = seen[operation.job().index()]++;
		}
		return position;
	}
}
