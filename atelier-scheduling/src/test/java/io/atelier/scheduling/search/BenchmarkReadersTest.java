package io.atelier.scheduling.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchmarkReadersTest {

	@Test
	void theBrandimarteReaderTakesOneBasedMachinesAndChainsEachJobsOperations() {
		ShopProblem problem = BenchmarkReaders.fjsp("2\t3\t1.5\n 2  2 1 5 3 4  1 2 7\n1 1 3 2\n");

		assertThat(problem.operationCount()).isEqualTo(3);
		assertThat(problem.eligibleMachines(0)).containsExactly(0, 2);
		assertThat(problem.duration(0, 2)).isEqualTo(4);
		assertThat(problem.predecessors(1)).containsExactly(0);
		assertThat(problem.jobOf(2)).isEqualTo(1);
		assertThat(problem.duration(2, 2)).isEqualTo(2);
	}

	@Test
	void aBrandimarteFileNamingMachineZeroIsReadAsZeroBased() {
		ShopProblem problem = BenchmarkReaders.fjsp("1 2\n2 2 0 5 1 5 1 1 3\n");

		assertThat(problem.machineCount()).isEqualTo(2);
		assertThat(problem.eligibleMachines(0)).containsExactly(0, 1);
		assertThat(problem.eligibleMachines(1)).containsExactly(1);
		assertThat(problem.duration(1, 1)).isEqualTo(3);
	}

	@Test
	void theJobShopReaderSkipsCommentsAndAcceptsAMachineVisitedTwice() {
		ShopProblem problem = BenchmarkReaders.jssp("# re-entrant\n1 2\n0 3 1 4 0 5\n");

		assertThat(problem.operationCount()).isEqualTo(3);
		assertThat(problem.eligibleMachines(2)).containsExactly(0);
		assertThat(problem.duration(2, 0)).isEqualTo(5);
		assertThat(problem.predecessors(2)).containsExactly(1);
	}

	@Test
	void theDueDateReaderTakesTimesByMachineColumnAndReadsOnlyOneRouteTokenPerMachine() {
		ShopProblem problem = BenchmarkReaders
			.jspDue("2 1\nProcessing times: \n7 9\nRoutes of jobs: \n2 1 3\nDue dates: \n12\n");

		assertThat(problem.objective()).isEqualTo(Objective.TOTAL_WEIGHTED_TARDINESS);
		assertThat(problem.operationCount()).isEqualTo(2);
		assertThat(problem.eligibleMachines(0)).containsExactly(1);
		assertThat(problem.duration(0, 1)).isEqualTo(9);
		assertThat(problem.duration(1, 0)).isEqualTo(7);
		assertThat(problem.dueDate(0)).isEqualTo(12);
	}
}
