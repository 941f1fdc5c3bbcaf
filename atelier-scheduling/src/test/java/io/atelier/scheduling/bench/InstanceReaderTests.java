package io.atelier.scheduling.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atelier.scheduling.check.ScheduleChecker;
import io.atelier.scheduling.construct.DispatchRule;
import io.atelier.scheduling.construct.RandomizedRestarts;
import io.atelier.scheduling.model.Eligibility;
import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.OperationId;
import io.atelier.scheduling.model.Precedence;
import io.atelier.scheduling.model.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class InstanceReaderTests {

	private final InstanceReader reader = new InstanceReader();

	@Test
	void aJobShopSkipsCommentsAndReadsEachJobAsAChainOnZeroBasedMachines() {
		Problem problem = reader.read("# a comment\n2 2\n0 5 1 3\n1 4 0 2\n", BenchmarkFormat.JSP);
		assertThat(problem.operations()).hasSize(4);
		assertThat(problem.operations().get(3).machines()).containsExactly(new Eligibility(new MachineId(0), 2));
		assertThat(problem.operations().get(3).predecessors()).containsExactly(new Precedence(new OperationId(2), 0));
		assertThat(problem.operations().get(2).predecessors()).isEmpty();
	}

	@Test
	void aReEntrantJobMayVisitAMachineTwiceAndHaveAnyNumberOfOperations() {
		Problem problem = reader.read("2 2\n0 5 1 3 0 2\n1 4\n", BenchmarkFormat.JSP);
		assertThat(problem.operations()).extracting(o -> o.job().index()).containsExactly(0, 0, 0, 1);
		assertThat(problem.operations().get(2).machines().get(0).machine()).isEqualTo(new MachineId(0));
	}

	@Test
	void aZippedJobShopIsReadFromTheTextInside(@TempDir Path dir) throws IOException {
		Path zip = dir.resolve("tiny.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("tiny.txt"));
			out.write("1 2\n0 5 1 3\n".getBytes());
		}
		assertThat(reader.read(zip, BenchmarkFormat.JSP).operations()).hasSize(2);
	}

	@Test
	void aFlexibleJobShopHasOneBasedMachinesAndAnyWhitespace() {
		Problem problem = reader.read("2\t3\t1.5\n2  2 1 5 3 4\t1 2 7\n1 1 3 9  \n", BenchmarkFormat.FJSP);
		Operation first = problem.operations().get(0);
		assertThat(first.machines()).containsExactly(new Eligibility(new MachineId(0), 5),
				new Eligibility(new MachineId(2), 4));
		assertThat(problem.operations().get(1).predecessors()).hasSize(1);
		assertThat(problem.operations().get(2).machines()).containsExactly(new Eligibility(new MachineId(2), 9));
	}

	@Test
	void aFlexibleJobShopThatNamesMachineZeroIsReadAsZeroBased() {
		Problem problem = reader.read("2 3\n2 2 0 5 2 4 1 1 7\n1 1 2 9\n", BenchmarkFormat.FJSP);
		assertThat(problem.machines()).hasSize(3);
		assertThat(problem.operations().get(0).machines()).containsExactly(new Eligibility(new MachineId(0), 5),
				new Eligibility(new MachineId(2), 4));
		assertThat(problem.operations().get(1).machines()).containsExactly(new Eligibility(new MachineId(1), 7));
		assertThat(problem.operations().get(2).machines()).containsExactly(new Eligibility(new MachineId(2), 9));
	}

	@Test
	void aDueDateJobShopReadsMachinesFirstAndIgnoresStrayRouteTokens() {
		String text = """
				2 1
				Processing times:
				7\t3
				Routes of jobs:
				2\t1\t9
				Due dates:
				12\t
				""";
		Problem problem = reader.read(text, BenchmarkFormat.JSP_DUE);
		assertThat(problem.jobs().get(0).due()).isEqualTo(12);
		assertThat(problem.operations()).extracting(o -> o.machines().get(0))
			.containsExactly(new Eligibility(new MachineId(1), 3), new Eligibility(new MachineId(0), 7));
	}

	@Test
	void ft06IsReadAndItsBestKnownMakespanIs55() throws IOException {
		Path ft06 = SharedBenchmarks.file("jsplib/instances/ft06");
		Problem problem = reader.read(ft06, BenchmarkFormat.JSP);
		assertThat(problem.operations()).hasSize(36);
		assertThat(problem.machines()).hasSize(6);
		assertThat(BestKnown.of(ft06)).hasValue(55);
		var result = new RandomizedRestarts(List.of(DispatchRule.EARLIEST_COMPLETION),
				Comparator.comparingLong(BenchmarkFormat.JSP::objective))
			.solve(problem, Duration.ofMillis(200), 1, 1);
		assertThat(new ScheduleChecker().check(problem, result.schedule())).isEmpty();
		assertThat(result.values().makespan()).isGreaterThanOrEqualTo(55);
	}

	@Test
	void mk01IsReadWithItsAlternativeMachinesAndBestKnown40() throws IOException {
		Path mk01 = SharedBenchmarks.file("fjsp-brandimarte/mk01.txt");
		Problem problem = reader.read(mk01, BenchmarkFormat.FJSP);
		assertThat(problem.operations()).hasSize(55);
		assertThat(problem.machines()).hasSize(6);
		assertThat(problem.operations().get(0).machines()).containsExactly(new Eligibility(new MachineId(0), 5),
				new Eligibility(new MachineId(2), 4));
		assertThat(BestKnown.of(mk01)).hasValue(40);
	}

	@Test
	void theBestKnownTardinessOfADueDateInstanceIsItsObjectiveBound() throws IOException {
		assertThat(BestKnown.of(SharedBenchmarks.file("jsp-tardiness/Lawrence/gla01.txt"))).hasValue(3452);
	}
}
