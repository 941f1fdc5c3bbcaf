package io.atelier.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the current plan and a promise take on the demo factory loaded with released orders of the demo products
 * (docs/planning.md, "Figures"): the first plan after the releases is built, the later ones are reused, so the build
 * time is the first call's and the proposal's own time is its {@code computeMillis}. Run only when asked:
 * {@code ./mvnw test -pl atelier-app -Dtest=PlanningBenchmark -Datelier.bench=planning
 * -Dsurefire.failIfNoSpecifiedTests=false -Datelier.web.skip=true}.
 */
@AtelierIntegrationTest
@EnabledIfSystemProperty(named = "atelier.bench", matches = "planning")
class PlanningBenchmark {

	private static final List<String> PRODUCTS = List.of("PRD-BASE-600", "PRD-WALL-600", "PRD-WRD-2D",
			"PRD-DESK-1200", "PRD-BS-800", "PRD-TV-1800");

	@Autowired
	Api api;

	@Autowired
	CurrentPlan plans;

	@Test
	void measuresThePlanAndAPromiseAtTwoSizes() {
		var fixtures = new PromiseFixtures(api);
		JsonNode prospect = fixtures.draft(List.of(PromiseFixtures.tableLine("3")));
		int released = 0;
		for (int target : new int[] { 200, 600 }) {
			for (; released < target; released++) {
				String product = PRODUCTS.get(released % PRODUCTS.size());
				JsonNode order = fixtures.draft(List.of(PromiseFixtures.productLine(product, String.valueOf(1 + released % 4))));
				fixtures.moved(order, "confirm", "release");
			}
			measure(target, fixtures, prospect);
		}
	}

	private void measure(int orders, PromiseFixtures fixtures, JsonNode prospect) {
		long[] build = new long[5];
		long[] promise = new long[5];
		PlanSnapshot plan = null;
		for (int i = 0; i < build.length; i++) {
			long started = System.nanoTime();
			plan = plans.current();
			build[i] = (System.nanoTime() - started) / 1_000_000;
			started = System.nanoTime();
			JsonNode proposal = fixtures.proposal(prospect);
			promise[i] = (System.nanoTime() - started) / 1_000_000;
			assertThat(proposal.get("proposedDate").asString()).isNotBlank();
			if (i == build.length - 1) {
				System.out.printf("proposal: %s, computed in %d ms after a plan of %d ms%n",
						proposal.get("proposedDate").asString(), proposal.get("computeMillis").asLong(),
						proposal.get("plan").get("buildMillis").asLong());
			}
		}
		long built = build[0];
		Arrays.sort(promise);
		System.out.printf("PLANNING BENCHMARK %d released orders, %d jobs, %d open operations: current plan built in %d ms; "
				+ "promise proposal over HTTP median %d ms (min %d, max %d)%n", orders, plan.orders(), plan.operations(),
				built, promise[2], promise[0], promise[4]);
	}
}
