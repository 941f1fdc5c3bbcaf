package io.atelier.scheduling.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShopProblemTest {

	@Test
	void chainedOperationsFollowTheirJobsPreviousOperationAndKnowTheirPosition() {
		ShopProblem.Builder b = ShopProblem.builder(2);
		int job = b.job(10, 2);
		int first = b.chained(job, new int[] { 0 }, new int[] { 1 });
		int second = b.chained(job, new int[] { 1, 0 }, new int[] { 4, 5 });
		ShopProblem problem = b.build();

		assertThat(problem.predecessors(second)).containsExactly(first);
		assertThat(problem.positionInJob(second)).isEqualTo(1);
		assertThat(problem.duration(second, 0)).isEqualTo(5);
		assertThat(problem.duration(first, 1)).isEqualTo(-1);
	}

	@Test
	void aCycleOfPrecedencesIsRejected() {
		ShopProblem.Builder b = ShopProblem.builder(1);
		int job = b.job(0, 1);
		int x = b.operation(job, new int[] { 0 }, new int[] { 1 });
		int y = b.operation(job, new int[] { 0 }, new int[] { 1 });
		b.precedence(x, y, 0).precedence(y, x, 0);

		assertThatThrownBy(b::build).hasMessageContaining("cycle");
	}

	@Test
	void aMachineListedTwiceForOneOperationIsRejected() {
		ShopProblem.Builder b = ShopProblem.builder(2);
		int job = b.job(0, 1);

		assertThatThrownBy(() -> b.operation(job, new int[] { 1, 1 }, new int[] { 2, 3 }))
			.hasMessageContaining("twice");
	}

	@Test
	void aFamilyOutsideTheMachinesSetupMatrixIsRejected() {
		ShopProblem.Builder b = ShopProblem.builder(1).setupMatrix(0, new int[][] { { 0, 1 }, { 1, 0 } });
		int op = b.operation(b.job(0, 1), new int[] { 0 }, new int[] { 2 });
		b.family(op, 2);

		assertThatThrownBy(b::build).hasMessageContaining("setup matrix");
	}

	@Test
	void aNegativeLagIsRejected() {
		ShopProblem.Builder b = ShopProblem.builder(1);
		int job = b.job(0, 1);
		int x = b.operation(job, new int[] { 0 }, new int[] { 1 });
		int y = b.operation(job, new int[] { 0 }, new int[] { 1 });

		assertThatThrownBy(() -> b.precedence(x, y, -1)).hasMessageContaining("lag");
	}
}
