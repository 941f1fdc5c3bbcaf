package io.atelier.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.atelier.scheduling.bench.AtelierBench;

import static org.assertj.core.api.Assertions.assertThat;

class AtelierBenchCommandTests {

	@Test
	void compareCpSatAddsCpSatColumnsAfterTheEnginesOnEachRowAndTheSummary() throws IOException {
		String ft06 = SharedBenchmarks.file("jsplib/instances/ft06").toString();
		String output = run("--format", "jsp", "--time-limit", "1s", "--threads", "1", "--compare", "cp-sat", ft06);
		assertThat(output.lines()).hasSize(3)
			.first()
			.isEqualTo("instance,operations,objective,best_known,gap_percent,seconds,feasible,"
					+ "cpsat_objective,cpsat_gap_percent,cpsat_seconds,cpsat_feasible");
		assertThat(output).containsPattern("\nft06,36,[0-9]+,55,[0-9.]+,[0-9.]+,true,55,0.00,[0-9.]+,true\n")
			.containsPattern("\nsummary,1,,,[0-9.]+,[0-9.]+,true,,0.00,[0-9.]+,true\n");
	}

	@Test
	void compareTimefoldAddsTimefoldColumnsAfterTheEnginesOnEachRowAndTheSummary() throws IOException {
		String ft06 = SharedBenchmarks.file("jsplib/instances/ft06").toString();
		String output = run("--format", "jsp", "--time-limit", "1s", "--threads", "1", "--compare", "timefold", ft06);
		assertThat(output.lines()).hasSize(3)
			.first()
			.isEqualTo("instance,operations,objective,best_known,gap_percent,seconds,feasible,"
					+ "timefold_objective,timefold_gap_percent,timefold_seconds,timefold_feasible");
		// No bound on the objective: what Timefold reaches in 1 s depends on the machine's load.
		assertThat(output).containsPattern("\nft06,36,[0-9]+,55,[0-9.]+,[0-9.]+,true,[0-9]+,[0-9.]+,[0-9.]+,true\n")
			.containsPattern("\nsummary,1,,,[0-9.]+,[0-9.]+,true,,[0-9.]+,[0-9.]+,true\n");
	}

	@Test
	void comparePlainTimefoldKeepsTheOutOfTheBoxModelUnderItsOwnColumns() throws IOException {
		String ft06 = SharedBenchmarks.file("jsplib/instances/ft06").toString();
		String output = run("--format", "jsp", "--time-limit", "1s", "--threads", "1", "--compare", "timefold-plain", ft06);
		assertThat(output.lines()).first()
			.isEqualTo("instance,operations,objective,best_known,gap_percent,seconds,feasible,"
					+ "timefoldplain_objective,timefoldplain_gap_percent,timefoldplain_seconds,timefoldplain_feasible");
		assertThat(output).containsPattern("\nft06,36,[0-9]+,55,[0-9.]+,[0-9.]+,true,[0-9]+,[0-9.]+,[0-9.]+,true\n");
	}

	@Test
	void withoutCompareTheOutputHasOnlyTheEnginesColumns() throws IOException {
		String ft06 = SharedBenchmarks.file("jsplib/instances/ft06").toString();
		String output = run("--format", "jsp", "--time-limit", "200ms", "--threads", "1", ft06);
		assertThat(output.lines()).first().isEqualTo("instance,operations,objective,best_known,gap_percent,seconds,feasible");
		assertThat(output).containsPattern("\nft06,36,[0-9]+,55,[0-9.]+,[0-9.]+,true\n");
	}

	private static String run(String... args) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AtelierBench.run(List.of(new CpSatJobShop(), new TimefoldCriticalPath(), new TimefoldJobShop()), new PrintStream(out, true, StandardCharsets.UTF_8), args);
		return out.toString(StandardCharsets.UTF_8);
	}
}
