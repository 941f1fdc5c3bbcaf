package io.atelier.scheduling.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.search.Objective;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkRunTests {

	@Test
	void eachInstanceGetsACheckedRowAndTheSolutionFileNumbersMachinesAsTheInstanceDoes(@TempDir Path dir)
			throws IOException {
		Path instance = dir.resolve("tiny.txt");
		Files.writeString(instance, "2 2 1\n2 1 1 5 1 2 3\n1 2 1 4 2 2\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BenchOptions options = BenchOptions.parse("--format", "fjsp", "--time-limit", "100ms", "--threads", "1",
				"--solutions", dir.resolve("solutions").toString(), instance.toString());
		new BenchmarkRun(options, new PrintStream(out, true, StandardCharsets.UTF_8)).run();
		assertThat(out.toString(StandardCharsets.UTF_8).lines())
			.first()
			.isEqualTo("instance,operations,objective,best_known,gap_percent,seconds,feasible");
		assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("tiny,3,8,,,[0-9.]+,true")
			.contains("summary,1,");
		assertThat(Files.readAllLines(dir.resolve("solutions/tiny.csv"))).containsExactly(
				"job,operation,machine,start,end", "0,0,1,0,5", "0,1,2,5,8", "1,0,2,0,2");
	}

	@Test
	void aReferenceSolverThatFindsNothingGetsEmptyObjectiveAndGapColumnsAfterTheEnginesAndIsNotFeasible(@TempDir Path dir)
			throws IOException {
		Path instance = dir.resolve("tiny.txt");
		Files.writeString(instance, "2 2 1\n2 1 1 5 1 2 3\n1 2 1 4 2 2\n");
		ReferenceSolver nothing = new ReferenceSolver() {
			@Override
			public String name() {
				return "no-thing";
			}

			@Override
			public Optional<Schedule> solve(Problem problem, Objective objective, Duration limit, int threads,
					long seed) {
				return Optional.empty();
			}
		};
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BenchOptions options = BenchOptions.parse("--format", "fjsp", "--time-limit", "100ms", "--threads", "1",
				"--compare", "no-thing", instance.toString());
		new BenchmarkRun(options, new PrintStream(out, true, StandardCharsets.UTF_8), Optional.of(nothing)).run();
		assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(3)
			.first()
			.isEqualTo("instance,operations,objective,best_known,gap_percent,seconds,feasible,"
					+ "nothing_objective,nothing_gap_percent,nothing_seconds,nothing_feasible");
		assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("tiny,3,8,,,[0-9.]+,true,,,[0-9.]+,false\n")
			.containsPattern("summary,1,,,,[0-9.]+,true,,,[0-9.]+,false");
	}

	@Test
	void aGeneratedFactoryReportsItsFirstScheduleDispatchOnlyAgainstLocalSearchAndThePeakHeap() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BenchOptions options = BenchOptions.parse("--generate", "200", "--seed", "2", "--time-limit", "1s");
		new GeneratedRun(options, new PrintStream(out, true, StandardCharsets.UTF_8)).run();
		assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(6)
			.anyMatch(line -> line.startsWith("generated 200 operations"))
			.anyMatch(line -> line.matches("first schedule in [0-9.]+ s \\(CPU [0-9.]+ s\\): feasible;.*"))
			.anyMatch(line -> line.startsWith("dispatch rules only, best of") && line.endsWith("checker feasible"))
			.anyMatch(line -> line.startsWith("dispatch rules and local search after PT1S (")
					&& line.endsWith("checker feasible"))
			.anyMatch(line -> line.matches("best weighted tardiness over time: 1 s [0-9-]+"))
			.anyMatch(line -> line.matches("peak heap [0-9]+ MB"));
	}

	@Test
	void aRepairRunBreaksTheBusiestMachineAndChecksThatStartedAndFrozenWorkStayed() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BenchOptions options = BenchOptions.parse("--repair", "2000", "--seed", "3", "--downtime", "8h");
		new RepairRun(options.repair(), options.seed(), options.downtime(), new PrintStream(out, true,
				StandardCharsets.UTF_8)).run();
		assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(4)
			.anyMatch(line -> line.startsWith("generated 2000 operations") && line.contains("MachineDowntime"))
			.anyMatch(line -> line.matches("repair ms, wall clock: first [0-9]+, median [0-9]+, max [0-9]+; .*"))
			.anyMatch(line -> line.matches("operations moved [1-9][0-9]*; .*"))
			.anyMatch(line -> line.matches("check: feasible; started operations [1-9][0-9]*, moved 0; frozen "
					+ "operations [1-9][0-9]*, moved without being reported released 0"));
	}

	@Test
	void timeLimitsAreReadInSecondsMillisecondsMinutesOrHours() {
		assertThat(BenchOptions.duration("10s").toMillis()).isEqualTo(10_000);
		assertThat(BenchOptions.duration("250ms").toMillis()).isEqualTo(250);
		assertThat(BenchOptions.duration("2m").toSeconds()).isEqualTo(120);
		assertThat(BenchOptions.duration("8h").toMinutes()).isEqualTo(480);
	}
}
