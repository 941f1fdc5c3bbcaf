package io.atelier.catalog;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.factory.Machines;
import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@AtelierIntegrationTest
class CatalogDemoTests {

	@Autowired
	Api api;

	@Autowired
	Items items;

	@Autowired
	Routings routings;

	@Autowired
	Boms boms;

	@Autowired
	SetupMatrices matrices;

	@Autowired
	ProductFamilies families;

	@Autowired
	Machines machines;

	@Test
	void everyMadeDemoItemHasARoutingAndEveryDemoBomBelongsToAMadeItem() {
		JsonNode made = api.as("planner").get("/api/items?procurement=MAKE&q=-&size=500").json();
		List<String> withoutRouting = new ArrayList<>();
		for (JsonNode item : made.get("items")) {
			if (item.get("code").asString().matches("(PRT|SUB|PRD)-.*")
					&& routings.findByItem(item.get("id").asLong()).isEmpty()) {
				withoutRouting.add(item.get("code").asString());
			}
		}
		assertThat(withoutRouting).isEmpty();
		assertThat(made.get("total").asLong()).isGreaterThanOrEqualTo(26);
	}

	@Test
	void theDemoBaseCabinetExplodesOverThreeLevelsDownToBoardAndEdgeBand() {
		long cabinet = items.findByCode("PRD-BASE-600").orElseThrow().id();
		long bomId = boms.findByItem(cabinet).orElseThrow().id();
		JsonNode nodes = api.as("planner").get("/api/boms/" + bomId + "/explosion?quantity=10").json().get("nodes");
		int deepest = 0;
		for (JsonNode node : nodes) {
			deepest = Math.max(deepest, node.get("level").asInt());
		}
		assertThat(deepest).isEqualTo(3);
		assertThat(nodes.toString()).contains("MAT-MEL-WH18").contains("MAT-LAC-WH").contains("MAT-SLIDE");
	}

	@Test
	void theDemoSprayBoothsCleanLongerFromGreyToWhiteThanTheOtherWayRound() {
		long booth = machines.findByCode("M-SPRAY-01").orElseThrow().id();
		long white = families.findByCode("PF-LAC-WHITE").orElseThrow().id();
		long grey = families.findByCode("PF-LAC-GREY").orElseThrow().id();
		assertThat(matrices.setupMinutes(booth, grey, white)).isEqualTo(60);
		assertThat(matrices.setupMinutes(booth, white, grey)).isEqualTo(15);
		assertThat(matrices.setupMinutes(booth, white, white)).isZero();
	}

	@Test
	void aDemoCuttingStepCanRunOnEitherSawAtDifferentSpeeds() {
		long side = items.findByCode("PRT-SIDE-600").orElseThrow().id();
		var cut = routings.findByItem(side).orElseThrow().steps().get(0);
		assertThat(cut.machines()).hasSize(2);
		assertThat(cut.machines().get(0).runMinutesPerUnit())
			.isNotEqualByComparingTo(cut.machines().get(1).runMinutesPerUnit());
	}
}
