package io.atelier.scheduling.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShopSolutionTest {

	/**
	 * Machine 0 runs op0 (3) then op2 (2, family 1, released at 1) with a setup of 5 from family 0 to 1; op1 (2) on
	 * machine 1 waits 4 after op0.
	 */
	private static ShopProblem tiny() {
		ShopProblem.Builder b = ShopProblem.builder(2);
		int job0 = b.job(0, 1), job1 = b.job(0, 1);
		int op0 = b.operation(job0, new int[] { 0 }, new int[] { 3 });
		int op1 = b.operation(job0, new int[] { 1 }, new int[] { 2 });
		b.precedence(op0, op1, 4);
		int op2 = b.operation(job1, new int[] { 0, 1 }, new int[] { 2, 9 });
		b.release(op2, 1).family(op2, 1).setupMatrix(0, new int[][] { { 0, 5 }, { 5, 0 } });
		return b.build();
	}

	private static final ShopSolution TINY_SOLUTION = new ShopSolution(new int[] { 0, 1, 0 },
			new int[][] { { 0, 2 }, { 1 } });

	@Test
	void decodingStartsEachOperationAfterItsLagItsSetupAndItsRelease() {
		Schedule schedule = TINY_SOLUTION.decode(tiny());

		assertThat(schedule.start()).containsExactly(0, 7, 8);
		assertThat(schedule.end()).containsExactly(3, 9, 10);
		assertThat(schedule.makespan()).isEqualTo(10);
	}

	@Test
	void theValidatorAcceptsTheDecodedSchedule() {
		ShopProblem problem = tiny();

		assertThat(ShopSolutionValidator.violations(problem, TINY_SOLUTION, TINY_SOLUTION.decode(problem))).isEmpty();
	}

	@Test
	void theValidatorRejectsAnOverlapThatIgnoresTheSetup() {
		Schedule early = new Schedule(new long[] { 0, 7, 4 }, new long[] { 3, 9, 6 });

		assertThat(ShopSolutionValidator.violations(tiny(), TINY_SOLUTION, early)).singleElement()
			.asString()
			.contains("overlap");
	}

	@Test
	void theValidatorRejectsAStartBeforeThePredecessorsLagHasPassed() {
		Schedule early = new Schedule(new long[] { 0, 6, 8 }, new long[] { 3, 8, 10 });

		assertThat(ShopSolutionValidator.violations(tiny(), TINY_SOLUTION, early)).singleElement()
			.asString()
			.contains("predecessor 0");
	}

	@Test
	void theValidatorRejectsAStartBeforeTheRelease() {
		ShopProblem problem = tiny();
		ShopSolution op2OnMachine1 = new ShopSolution(new int[] { 0, 1, 1 }, new int[][] { { 0 }, { 2, 1 } });
		Schedule early = new Schedule(new long[] { 0, 9, 0 }, new long[] { 3, 11, 9 });

		assertThat(ShopSolutionValidator.violations(problem, op2OnMachine1, early)).singleElement()
			.asString()
			.contains("release");
	}

	@Test
	void theValidatorRejectsAWrongDurationAndAnIneligibleMachine() {
		ShopSolution op0OnMachine1 = new ShopSolution(new int[] { 1, 1, 0 }, new int[][] { { 2 }, { 0, 1 } });
		Schedule schedule = new Schedule(new long[] { 0, 7, 1 }, new long[] { 3, 9, 4 });

		assertThat(ShopSolutionValidator.violations(tiny(), op0OnMachine1, schedule)).hasSize(2)
			.anyMatch(v -> v.contains("ineligible"))
			.anyMatch(v -> v.contains("lasts 3, not 2"));
	}

	/** Two sub-assemblies (5 on machine 0 then, released at 6, 3 on machine 1) feed an assembly after a lag of 2. */
	@Test
	void anAssemblyStartsAfterItsLastSubAssemblyPlusLag() {
		ShopProblem.Builder b = ShopProblem.builder(3);
		int job = b.job(0, 1);
		int sub0 = b.operation(job, new int[] { 0 }, new int[] { 5 });
		int sub1 = b.operation(job, new int[] { 1 }, new int[] { 3 });
		int assembly = b.operation(job, new int[] { 2 }, new int[] { 4 });
		b.release(sub1, 6).precedence(sub0, assembly, 2).precedence(sub1, assembly, 2);
		ShopProblem problem = b.build();
		ShopSolution solution = new ShopSolution(new int[] { 0, 1, 2 },
				new int[][] { { sub0 }, { sub1 }, { assembly } });

		Schedule schedule = solution.decode(problem);

		assertThat(schedule.start()).containsExactly(0, 6, 11);
		assertThat(ShopSolutionValidator.violations(problem, solution, schedule)).isEmpty();
	}

	@Test
	void decodingRejectsSequencesThatFormACycle() {
		ShopProblem.Builder b = ShopProblem.builder(2);
		int job0 = b.job(0, 1), job1 = b.job(0, 1);
		b.chained(job0, new int[] { 0 }, new int[] { 1 });
		b.chained(job0, new int[] { 1 }, new int[] { 1 });
		b.chained(job1, new int[] { 1 }, new int[] { 1 });
		b.chained(job1, new int[] { 0 }, new int[] { 1 });
		ShopSolution crossed = new ShopSolution(new int[] { 0, 1, 1, 0 }, new int[][] { { 3, 0 }, { 1, 2 } });

		assertThatThrownBy(() -> crossed.decode(b.build())).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("cycle");
	}

	@Test
	void decodingRejectsAnOperationMissingFromTheSequences() {
		ShopSolution missing = new ShopSolution(new int[] { 0, 1, 0 }, new int[][] { { 0 }, { 1 } });

		assertThatThrownBy(() -> missing.decode(tiny())).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("operation 2");
	}
}
