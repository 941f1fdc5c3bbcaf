package io.atelier.planning;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order promise through the API (docs/planning.md, "Promise"): a proposal from the current plan and the purchase
 * lead times, then the planner's promise, accepted or overridden with a reason.
 */
@AtelierIntegrationTest
class PromiseApiTests {

	@Autowired
	Api api;

	@Test
	void theProposalExplainsItselfWithTheOperationsTheLimitingBoughtItemAndThePlan() {
		var fixtures = new PromiseFixtures(api);
		JsonNode order = fixtures.draft(List.of(PromiseFixtures.tableLine("3")));

		JsonNode proposal = fixtures.proposal(order);

		// three tables: one work order of five operations (see WorkOrderExplosionTests); the steel legs take 21 days,
		// the longest lead time of the table's materials, and a few hours of work follow their arrival
		LocalDate legs = PromiseFixtures.today().plusDays(21);
		assertThat(proposal.get("workOrders").asInt()).isEqualTo(1);
		assertThat(proposal.get("operations").asInt()).isEqualTo(5);
		assertThat(proposal.get("limitingMaterial").get("itemCode").asString()).isEqualTo("MAT-LEG");
		assertThat(proposal.get("limitingMaterial").get("leadTimeDays").asInt()).isEqualTo(21);
		assertThat(proposal.get("limitingMaterial").get("arrival").asString()).isEqualTo(legs.toString());
		LocalDate proposed = LocalDate.parse(proposal.get("proposedDate").asString());
		assertThat(proposed).isAfterOrEqualTo(legs).isBefore(legs.plusDays(7));
		assertThat(proposal.get("requestedDate").asString()).isEqualTo(order.get("requestedDate").asString());
		assertThat(proposal.get("plan").get("method").asString()).isNotBlank();
		assertThat(proposal.get("plan").get("operations").asInt()).isGreaterThanOrEqualTo(0);
		// nothing was written: the draft has no work orders and is unchanged
		assertThat(api.as("planner").get("/api/orders/" + order.get("id").asLong() + "/work-orders").json()).isEmpty();
		assertThat(api.as("planner").get("/api/orders/" + order.get("id").asLong()).json().get("version").asLong())
			.isEqualTo(order.get("version").asLong());
	}

	@Test
	void aLongLeadBoughtItemMovesTheProposedDateAndIsNamedAsTheLimit() {
		var fixtures = new PromiseFixtures(api);
		JsonNode quick = fixtures.draft(List.of(PromiseFixtures.productLine(fixtures.productWithBoughtItem(1, "2"), "5")));
		JsonNode slow = fixtures.draft(List.of(PromiseFixtures.productLine(fixtures.productWithBoughtItem(60, "2"), "5")));

		JsonNode quickProposal = fixtures.proposal(quick);
		JsonNode slowProposal = fixtures.proposal(slow);

		LocalDate sixtyDays = PromiseFixtures.today().plusDays(60);
		assertThat(LocalDate.parse(slowProposal.get("proposedDate").asString())).isAfterOrEqualTo(sixtyDays)
			.isBefore(sixtyDays.plusDays(7));
		assertThat(LocalDate.parse(quickProposal.get("proposedDate").asString())).isBefore(sixtyDays.minusDays(30));
		assertThat(slowProposal.get("limitingMaterial").get("leadTimeDays").asInt()).isEqualTo(60);
		assertThat(slowProposal.get("operations").asInt()).isEqualTo(1);
	}

	@Test
	void anOrderBehindNewlyReleasedLoadIsProposedLaterThanBefore() {
		var fixtures = new PromiseFixtures(api);
		String product = fixtures.productWithBoughtItem(1, "3");
		JsonNode order = fixtures.draft(List.of(PromiseFixtures.productLine(product, "10")));
		LocalDate before = LocalDate.parse(fixtures.proposal(order).get("proposedDate").asString());

		// 2,000 × 3 minutes on the packing machine, a day shift of 510 minutes: about 12 working days of load
		JsonNode load = fixtures.draft(List.of(PromiseFixtures.productLine(product, "2000")));
		fixtures.moved(load, "confirm", "release");
		JsonNode after = fixtures.proposal(order);

		assertThat(LocalDate.parse(after.get("proposedDate").asString())).isAfter(before.plusDays(7));
		assertThat(after.get("plan").get("operations").asInt()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void acceptingTheProposalPromisesItsDateAndKeepsTheProposalWhoAndWhen() {
		var fixtures = new PromiseFixtures(api);
		JsonNode order = fixtures.moved(fixtures.draft(List.of(PromiseFixtures.tableLine("1"))), "confirm");
		String proposed = fixtures.proposal(order).get("proposedDate").asString();

		var promised = promise(order, proposed, proposed, null);

		assertThat(promised.status()).as(promised.body()).isEqualTo(200);
		assertThat(promised.json().get("promisedDate").asString()).isEqualTo(proposed);
		assertThat(promised.json().get("dueDate").asString()).isEqualTo(proposed);
		JsonNode history = api.as("planner").get("/api/orders/" + order.get("id").asLong() + "/promises").json();
		assertThat(history).hasSize(1);
		assertThat(history.get(0).get("promisedDate").asString()).isEqualTo(proposed);
		assertThat(history.get(0).get("proposedDate").asString()).isEqualTo(proposed);
		assertThat(history.get(0).get("promisedBy").asString()).isEqualTo("planner");
		assertThat(history.get(0).get("reason").isNull()).isTrue();
	}

	@Test
	void anotherDateNeedsAReasonWhichIsKeptInTheHistoryAndTheAuditTrail() {
		var fixtures = new PromiseFixtures(api);
		JsonNode order = fixtures.draft(List.of(PromiseFixtures.tableLine("1")));
		String proposed = fixtures.proposal(order).get("proposedDate").asString();
		String later = LocalDate.parse(order.get("requestedDate").asString()).plusDays(10).toString();

		var refused = api.as("planner").inChinese().post(path(order, "promise"),
				body(order.get("version").asLong(), later, proposed, " "));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.fieldError("reason")).contains("原因");

		var promised = promise(order, later, proposed, "客户同意延期 Customer agreed to wait for the walnut");
		assertThat(promised.status()).as(promised.body()).isEqualTo(200);
		assertThat(promised.json().get("promisedDate").asString()).isEqualTo(later);
		assertThat(promised.json().get("promiseNote").asString()).contains("Customer agreed");
		// promised after the date the customer asked for: at risk (docs/orders.md)
		assertThat(promised.json().get("atRisk").asBoolean()).isTrue();
		JsonNode history = api.as("planner").get(path(order, "promises")).json();
		assertThat(history.get(0).get("reason").asString()).contains("Customer agreed");
		assertThat(history.get(0).get("proposedDate").asString()).isEqualTo(proposed);
		var audit = api.as("admin").get("/api/audit-entries?entityType=CustomerOrder&entityId="
				+ order.get("id").asLong());
		assertThat(audit.body()).contains("Customer agreed");
	}

	@Test
	void aStaleVersionIsAConflictAndReleasedOrdersAreNeitherProposedNorPromised() {
		var fixtures = new PromiseFixtures(api);
		JsonNode order = fixtures.draft(List.of(PromiseFixtures.tableLine("1")));
		String proposed = fixtures.proposal(order).get("proposedDate").asString();
		JsonNode confirmed = fixtures.moved(order, "confirm");

		assertThat(promise(order, proposed, proposed, null).status()).isEqualTo(409);
		var missingDate = api.as("planner").post(path(confirmed, "promise"),
				body(confirmed.get("version").asLong(), null, proposed, null));
		assertThat(missingDate.status()).isEqualTo(422);
		assertThat(missingDate.fieldError("promisedDate")).isNotBlank();

		JsonNode released = fixtures.moved(confirmed, "release");
		var proposal = api.as("planner").post(path(released, "promise-proposal"), Map.of());
		assertThat(proposal.status()).isEqualTo(409);
		assertThat(promise(released, proposed, proposed, null).status()).isEqualTo(409);
		assertThat(api.as("planner").get(path(released, "promises")).json()).isEmpty();
	}

	@Test
	void onlyPlannersProposeAndPromiseAndACustomerCannotSeeTheHistory() {
		var fixtures = new PromiseFixtures(api);
		JsonNode order = fixtures.draft(List.of(PromiseFixtures.tableLine("1")));
		assertThat(api.as("supervisor").post(path(order, "promise-proposal"), Map.of()).status()).isEqualTo(403);
		assertThat(api.as("customer").get(path(order, "promises")).status()).isEqualTo(403);
		assertThat(api.as("planner").post("/api/orders/999999999/promise-proposal", Map.of()).status()).isEqualTo(404);
	}

	private Api.Response promise(JsonNode order, String date, String proposed, String reason) {
		return api.as("planner").post(path(order, "promise"), body(order.get("version").asLong(), date, proposed, reason));
	}

	private static Map<String, Object> body(long version, String date, String proposed, String reason) {
		Map<String, Object> body = new HashMap<>();
		body.put("version", version);
		body.put("promisedDate", date);
		body.put("proposedDate", proposed);
		body.put("reason", reason);
		return body;
	}

	private static String path(JsonNode order, String action) {
		return "/api/orders/" + order.get("id").asLong() + "/" + action;
	}
}
