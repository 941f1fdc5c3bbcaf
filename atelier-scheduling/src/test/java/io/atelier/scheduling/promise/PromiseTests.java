package io.atelier.scheduling.promise;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.atelier.scheduling.model.Calendar;
import io.atelier.scheduling.model.Interval;
import io.atelier.scheduling.model.Job;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.OperationId;
import io.atelier.scheduling.model.Precedence;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;

import static io.atelier.scheduling.repair.TinyShop.assertFeasible;
import static io.atelier.scheduling.repair.TinyShop.at;
import static io.atelier.scheduling.repair.TinyShop.job;
import static io.atelier.scheduling.repair.TinyShop.machine;
import static io.atelier.scheduling.repair.TinyShop.on;
import static io.atelier.scheduling.repair.TinyShop.op;
import static io.atelier.scheduling.repair.TinyShop.placed;
import static io.atelier.scheduling.repair.TinyShop.problem;
import static io.atelier.scheduling.repair.TinyShop.schedule;
import static io.atelier.scheduling.repair.TinyShop.together;
import static org.assertj.core.api.Assertions.assertThat;

/** Promises whose completion was worked out by hand. Minutes count from midnight. */
class PromiseTests {

	/** Machine A works 0:00–8:00 and 9:00–17:00 (a lunch break); machine B always works. */
	private static final Calendar A_WITH_LUNCH = Calendar.of(List.of(new Interval(0, 480), new Interval(540, 1020)));

	@Test
	void onAnIdleFactoryThePromiseIsTheChainOfDurationsPlusTheLagAndTheBreak() {
		Problem idle = problem(List.of(machine(0, A_WITH_LUNCH), machine(1)), List.of(), List.of(), 0);
		Job prospective = job(0, 2000, 1);
		List<Operation> chain = List.of(op(0, 0, 300, on(0)),
				op(1, 0, 100, on(1), 0, List.of(new Precedence(new OperationId(0), 20))));

		PromiseResult promise = Promise.earliestCompletion(idle, schedule(), prospective, chain, 300);

		// 300 + 300 minutes of work + 60 minutes of lunch = 660, then a lag of 20 and 100 minutes on B
		assertThat(promise.completion()).isEqualTo(300 + 300 + 60 + 20 + 100);
		assertThat(placed(promise.operations(), 0)).extracting("start", "end").containsExactly(300L, 660L);
		assertFeasible(withProspective(idle, prospective, chain), promise.operations());
	}

	@Test
	void onALoadedMachineThePromiseComesAfterTheExistingLoadWhenNoGapIsLongEnough() {
		Problem loaded = loadedA();
		Job prospective = job(2, 2000, 1);
		List<Operation> order = List.of(op(2, 2, 150, on(0)));

		PromiseResult promise = Promise.earliestCompletion(loaded, LOAD, prospective, order, 0);

		// the gaps [0, 100) and [400, 500) are 100 minutes, too short for 150
		assertThat(promise.completion()).isEqualTo(750);
		assertFeasible(withProspective(loaded, prospective, order), together(LOAD, promise.operations()));
	}

	@Test
	void aShortOrderIsPromisedInTheFirstGapThatHoldsIt() {
		Problem loaded = loadedA();
		Job prospective = job(2, 2000, 1);
		List<Operation> order = List.of(op(2, 2, 80, on(0)));

		PromiseResult promise = Promise.earliestCompletion(loaded, LOAD, prospective, order, 50);

		// from 50 the first gap is [50, 100), too short; the next is [400, 500)
		assertThat(placed(promise.operations(), 2)).extracting("start", "end").containsExactly(400L, 480L);
		assertFeasible(withProspective(loaded, prospective, order), together(LOAD, promise.operations()));
	}

	@Test
	void aPromiseWaitsForTheMaterialAndNeverStartsInsideTheFrozenHorizon() {
		Problem frozen = problem(List.of(machine(0)), List.of(), List.of(), 200);
		Job prospective = job(0, 2000, 1);
		List<Operation> early = List.of(op(0, 0, 50, on(0)));
		List<Operation> lateMaterial = List.of(op(0, 0, 50, on(0), 300, List.of()));

		assertThat(Promise.earliestCompletion(frozen, schedule(), prospective, early, 0).completion()).isEqualTo(250);
		assertThat(Promise.earliestCompletion(frozen, schedule(), prospective, lateMaterial, 0).completion())
			.isEqualTo(350);
	}

	@Test
	void aPromiseLeavesEveryExistingOperationWhereItWas() {
		Problem loaded = loadedA();
		Job rushed = job(2, 100, 9);

		PromiseResult promise = Promise.earliestCompletion(loaded, LOAD, rushed, List.of(op(2, 2, 150, on(0))), 0);

		// a rush order would take A at 0 and push the load back; a promise goes after it instead
		assertThat(placed(promise.operations(), 2).start()).isEqualTo(600);
		assertThat(promise.operations().operations()).hasSize(1);
	}

	private static final Schedule LOAD = schedule(at(0, 0, 100, 400), at(1, 0, 500, 600));

	private static Problem loadedA() {
		return problem(List.of(machine(0)), List.of(job(0, 2000, 1), job(1, 2000, 1)),
				List.of(op(0, 0, 300, on(0)), op(1, 1, 100, on(0))), 0);
	}

	private static Problem withProspective(Problem problem, Job job, List<Operation> operations) {
		List<Job> jobs = new ArrayList<>(problem.jobs());
		jobs.add(job);
		List<Operation> all = new ArrayList<>(problem.operations());
		all.addAll(operations);
		return new Problem(problem.machines(), problem.workers(), jobs, all, problem.frozenUntil(), problem.weights());
	}
}
