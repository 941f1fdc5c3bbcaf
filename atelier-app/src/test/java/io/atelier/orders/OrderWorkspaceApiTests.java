package io.atelier.orders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@AtelierIntegrationTest
class OrderWorkspaceApiTests {

	@Autowired
	Api api;

	private static String comments(JsonNode order) {
		return "/api/orders/" + order.get("id").asLong() + "/comments";
	}

	private static Map<String, Object> body(String text, Long version) {
		Map<String, Object> body = new HashMap<>();
		body.put("body", text);
		body.put("version", version);
		return body;
	}

	@Test
	void aCommentIsWrittenChangedWithItsVersionAndRemovedOnlyByItsAuthor() {
		var fixtures = new OrderFixtures(api);
		JsonNode order = fixtures.draft(fixtures.newCustomer());
		var planner = api.as("planner");

		var posted = planner.post(comments(order), body("  请确认交期 — please check the date  ", null));
		assertThat(posted.status()).as(posted.body()).isEqualTo(201);
		JsonNode comment = posted.json();
		assertThat(comment.get("body").asString()).isEqualTo("请确认交期 — please check the date");
		assertThat(comment.get("author").asString()).isEqualTo("planner");
		assertThat(comment.get("edited").asBoolean()).isFalse();
		String one = comments(order) + "/" + comment.get("id").asLong();

		assertThat(api.as("supervisor").put(one, body("mine now", 0L)).status()).as("not the author").isEqualTo(403);
		var changed = planner.put(one, body("date confirmed", 0L));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("version").asLong()).isEqualTo(1);
		assertThat(changed.json().get("edited").asBoolean()).isTrue();
		var stale = planner.put(one, body("again", 0L));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.fieldError("version")).isNotBlank();

		var list = api.as("operator").get(comments(order));
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json()).hasSize(1);
		assertThat(list.json().get(0).get("body").asString()).isEqualTo("date confirmed");

		assertThat(api.as("quality").delete(one + "?version=1").status()).as("not the author").isEqualTo(403);
		assertThat(planner.delete(one + "?version=0").status()).as("stale").isEqualTo(409);
		assertThat(planner.delete(one + "?version=1").status()).isEqualTo(204);
		assertThat(planner.get(comments(order)).json()).isEmpty();
	}

	@Test
	void anEmptyOrTooLongCommentIsRefusedNamingTheBodyInTheCallersLanguage() {
		var fixtures = new OrderFixtures(api);
		JsonNode order = fixtures.draft(fixtures.newCustomer());
		var empty = api.as("planner").inChinese().post(comments(order), body("   ", null));
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.fieldError("body")).isEqualTo("请填写内容：评论不能为空。");
		var tooLong = api.as("planner").post(comments(order), body("x".repeat(4001), null));
		assertThat(tooLong.status()).isIn(400, 422);
		assertThat(tooLong.fieldError("body")).isNotBlank();
		assertThat(api.as("planner").post(comments(order), body("x".repeat(4000), null)).status()).isEqualTo(201);
		assertThat(api.as("planner").get(comments(order)).json()).hasSize(1);
	}

	@Test
	void customersNeitherReadNorWriteCommentsNorTheTimelineButFollowTheirOrdersProgress() {
		var fixtures = new OrderFixtures(api);
		JsonNode own = fixtures.draft(fixtures.customerId(OrderFixtures.DEMO_CUSTOMER));
		api.as("planner").post(comments(own), body("internal: margin is thin", null));
		var customer = api.as("customer");
		assertThat(customer.get(comments(own)).status()).isEqualTo(403);
		assertThat(customer.post(comments(own), body("hello", null)).status()).isEqualTo(403);
		assertThat(customer.get("/api/orders/" + own.get("id").asLong() + "/timeline").status()).isEqualTo(403);
		assertThat(customer.get("/api/orders/" + own.get("id").asLong() + "/progress").status()).isEqualTo(200);
		JsonNode other = fixtures.draft(fixtures.newCustomer());
		assertThat(customer.get("/api/orders/" + other.get("id").asLong() + "/progress").status()).isEqualTo(404);
		assertThat(customer.get("/api/users/mentionable?q=plan").status()).isEqualTo(403);
	}

	@Test
	void mentionsNotifyExactlyTheMentionedStaffUsersOnceAndUnknownNamesStayText() {
		var fixtures = new OrderFixtures(api);
		JsonNode order = fixtures.draft(fixtures.newCustomer());
		Map<String, Long> before = new HashMap<>();
		for (String user : List.of("planner", "supervisor", "quality", "operator", "manager", "customer")) {
			before.put(user, unread(user));
		}
		var posted = api.as("planner")
			.post(comments(order), body("@supervisor @Quality. please check; cc @nobody, @planner, @customer, a@manager", null));
		assertThat(posted.status()).as(posted.body()).isEqualTo(201);
		assertThat(texts(posted.json().get("mentions"), "username")).containsExactly("planner", "quality", "supervisor")
			.as("the author and the customer are named but not notified");

		for (String user : List.of("supervisor", "quality")) {
			assertThat(unreadOnceDelivered(user, before.get(user) + 1)).as(user).isEqualTo(before.get(user) + 1);
		}
		for (String user : List.of("planner", "operator", "manager", "customer")) {
			assertThat(unread(user)).as(user).isEqualTo(before.get(user));
		}
		JsonNode mine = api.as("supervisor").get("/api/notifications").json().get("items").get(0);
		assertThat(mine.get("kind").asString()).isEqualTo("mention");
		assertThat(mine.get("subjectType").asString()).isEqualTo("ORDER");
		assertThat(mine.get("subjectId").asLong()).isEqualTo(order.get("id").asLong());
		assertThat(mine.get("subjectLabel").asString()).isEqualTo(order.get("orderNumber").asString());
		assertThat(mine.get("read").asBoolean()).isFalse();

		String one = comments(order) + "/" + posted.json().get("id").asLong();
		var edited = api.as("planner").put(one, body("@supervisor @quality @operator thanks", 0L));
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		assertThat(unreadOnceDelivered("operator", before.get("operator") + 1)).as("newly mentioned")
			.isEqualTo(before.get("operator") + 1);
		assertThat(unread("supervisor")).as("mentioned before: not again").isEqualTo(before.get("supervisor") + 1);
	}

	@Test
	void notificationsAreMarkedReadOneByOneOrAllAndNobodyMarksAnothersNotification() {
		var fixtures = new OrderFixtures(api);
		JsonNode order = fixtures.draft(fixtures.newCustomer());
		long before = unread("manager");
		api.as("planner").post(comments(order), body("@manager first", null));
		api.as("planner").post(comments(order), body("@manager second", null));
		var manager = api.as("manager");
		assertThat(unreadOnceDelivered("manager", before + 2)).isEqualTo(before + 2);
		JsonNode inbox = manager.get("/api/notifications?unreadOnly=true").json();
		long unread = inbox.get("unread").asLong();
		assertThat(unread).isGreaterThanOrEqualTo(2);
		long newest = inbox.get("items").get(0).get("id").asLong();

		assertThat(api.as("planner").post("/api/notifications/" + newest + "/read", Map.of()).status()).isEqualTo(404);
		var read = manager.post("/api/notifications/" + newest + "/read", Map.of());
		assertThat(read.status()).as(read.body()).isEqualTo(200);
		assertThat(read.json().get("unread").asLong()).isEqualTo(unread - 1);
		assertThat(read.json().get("items").get(0).get("read").asBoolean()).isTrue();

		var all = manager.post("/api/notifications/read-all", Map.of());
		assertThat(all.json().get("marked").asInt()).isEqualTo((int) unread - 1);
		assertThat(unread("manager")).isZero();
		assertThat(manager.get("/api/notifications?unreadOnly=true").json().get("items")).isEmpty();
	}

	@Test
	void theMentionAutocompleteListsStaffButNoCustomer() {
		JsonNode found = api.as("operator").get("/api/users/mentionable?q=").json();
		List<String> names = texts(found, "username");
		assertThat(names).contains("planner", "supervisor").doesNotContain("customer");
		assertThat(texts(api.as("operator").get("/api/users/mentionable?q=SUPER").json(), "username"))
			.containsExactly("supervisor");
		assertThat(texts(api.as("operator").get("/api/users/mentionable?q=李强").json(), "username"))
			.containsExactly("supervisor");
	}

	@Test
	void theTimelineShowsChangesStatusChangesCommentsAndFilesNewestFirst() {
		var fixtures = new OrderFixtures(api);
		JsonNode order = fixtures.draft(fixtures.newCustomer());
		String base = "/api/orders/" + order.get("id").asLong();
		api.as("planner").post(comments(order), body("please confirm @supervisor", null));
		fixtures.moved(order, api.as("admin"), "confirm", "hold");
		api.as("planner").upload(base + "/attachments", "drawing.pdf",
				"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

		var response = api.as("operator").get(base + "/timeline");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode items = response.json().get("items");
		assertThat(texts(items, "kind")).containsExactly("attachment.added", "order.status", "order.status",
				"comment.posted", "order.changed", "order.created");
		assertThat(items.get(1).get("params").get("to").asString()).isEqualTo("ON_HOLD");
		assertThat(items.get(1).get("params").get("reason").asString()).isEqualTo("test");
		assertThat(items.get(1).get("actor").asString()).isEqualTo("admin");
		assertThat(items.get(2).get("params").get("from").asString()).isEqualTo("DRAFT");
		assertThat(items.get(2).get("params").get("to").asString()).isEqualTo("CONFIRMED");
		assertThat(items.get(3).get("params").get("text").asString()).isEqualTo("please confirm @supervisor");
		assertThat(items.get(3).get("actor").asString()).isEqualTo("planner");
		assertThat(items.get(4).get("params").get("fields").asString()).as("its line, added with it").isEqualTo("lines[1]");
		assertThat(items.get(5).get("params").get("orderNumber").asString())
			.isEqualTo(order.get("orderNumber").asString());

		JsonNode first = api.as("operator").get(base + "/timeline?limit=2").json();
		assertThat(first.get("items")).hasSize(2);
		JsonNode rest = api.as("operator")
			.get(base + "/timeline?limit=50&before=" + first.get("nextBefore").asString())
			.json();
		assertThat(texts(rest.get("items"), "kind")).containsExactly("order.status", "comment.posted", "order.changed",
				"order.created");
		assertThat(rest.get("nextBefore").isNull()).isTrue();
	}

	@Test
	void progressCountsOperationsAndWorkOrdersDoneAndTheQuantityMade() {
		var fixtures = new OrderFixtures(api);
		var created = api.as("planner")
			.post("/api/orders", OrderFixtures.order(fixtures.newCustomer(),
					List.of(OrderFixtures.productLine(OrderFixtures.DEMO_PRODUCT, "1"))));
		JsonNode order = fixtures.moved(created.json(), api.as("planner"), "confirm", "release");
		String base = "/api/orders/" + order.get("id").asLong();
		JsonNode before = api.as("planner").get(base + "/progress").json();
		assertThat(before.get("operationsDone").asInt()).isZero();
		assertThat(before.get("percent").asInt()).isZero();
		int total = before.get("operationsTotal").asInt();
		assertThat(total).isPositive();

		JsonNode desk = api.as("planner").get(base + "/work-orders").json().get(0);
		long first = desk.get("operations").get(0).get("id").asLong();
		api.as("operator").post("/api/operations/" + first + "/start", Map.of());
		api.as("operator").post("/api/operations/" + first + "/finish", Map.of());

		JsonNode after = api.as("planner").get(base + "/progress").json();
		assertThat(after.get("operationsDone").asInt()).isEqualTo(1);
		assertThat(after.get("percent").asInt()).isEqualTo(100 / total);
		JsonNode deskProgress = after.get("workOrders").get(0);
		assertThat(deskProgress.get("number").asString()).isEqualTo(desk.get("number").asString());
		assertThat(deskProgress.get("operationsDone").asInt()).isEqualTo(1);
		assertThat(deskProgress.get("quantityGood").decimalValue()).isZero();

		JsonNode timeline = api.as("planner").get(base + "/timeline").json().get("items");
		assertThat(texts(timeline, "kind")).contains("operation.status", "workOrder.created");
	}

	/**
	 * The user's unread count once it reached the expected one, or after ten seconds: mentions are delivered by an
	 * event listener after the comment's transaction committed, on another thread.
	 */
	private long unreadOnceDelivered(String user, long expected) {
		long deadline = System.currentTimeMillis() + 10_000;
		long unread = unread(user);
		while (unread < expected && System.currentTimeMillis() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			unread = unread(user);
		}
		return unread;
	}

	private long unread(String user) {
		return api.as(user).get("/api/notifications?limit=1").json().get("unread").asLong();
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.get(field).asString()));
		return texts;
	}
}
