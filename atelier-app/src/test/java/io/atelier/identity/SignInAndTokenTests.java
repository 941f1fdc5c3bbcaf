package io.atelier.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@AtelierIntegrationTest
class SignInAndTokenTests {

	@Autowired
	Api api;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/** A browser: keeps the cookies it is given and sends the CSRF token back as the web UI does. */
	class Browser {

		final Map<String, Cookie> cookies = new HashMap<>();

		MvcResult send(MockHttpServletRequestBuilder request, boolean withCsrfHeader) throws Exception {
			if (!cookies.isEmpty()) {
				request.cookie(cookies.values().toArray(Cookie[]::new));
			}
			if (withCsrfHeader && cookies.containsKey("XSRF-TOKEN")) {
				request.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN").getValue());
			}
			MvcResult result = mvc.perform(request).andReturn();
			for (Cookie cookie : result.getResponse().getCookies()) {
				if (cookie.getMaxAge() == 0) {
					cookies.remove(cookie.getName());
				}
				else {
					cookies.put(cookie.getName(), cookie);
				}
			}
			return result;
		}

		MvcResult login(String username, String password) throws Exception {
			return send(MockMvcRequestBuilders.post("/api/auth/login")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password)), true);
		}
	}

	@Test
	void aPlannerSignsInWithASessionAndWritesOnlyWithTheCsrfToken() throws Exception {
		Browser browser = new Browser();
		assertThat(browser.send(MockMvcRequestBuilders.get("/api/auth/me"), false).getResponse().getStatus())
			.isEqualTo(401);
		MvcResult login = browser.login("planner", "demo");
		assertThat(login.getResponse().getStatus()).isEqualTo(200);
		assertThat(login.getResponse().getContentAsString()).contains("\"username\":\"planner\"").contains("PLANNER");
		assertThat(browser.cookies).containsKeys("ATELIER_SESSION", "XSRF-TOKEN");

		var me = browser.send(MockMvcRequestBuilders.get("/api/auth/me"), false);
		assertThat(me.getResponse().getStatus()).isEqualTo(200);

		String body = "{\"code\":\"%s\",\"name\":\"Session workshop\"}".formatted(Api.unique("WS"));
		var forged = browser.send(MockMvcRequestBuilders.post("/api/workshops")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body), false);
		assertThat(forged.getResponse().getStatus()).as("a write without the CSRF token").isEqualTo(403);
		var genuine = browser.send(MockMvcRequestBuilders.post("/api/workshops")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body), true);
		assertThat(genuine.getResponse().getStatus()).isEqualTo(201);

		browser.send(MockMvcRequestBuilders.post("/api/auth/logout"), true);
		assertThat(browser.send(MockMvcRequestBuilders.get("/api/auth/me"), false).getResponse().getStatus())
			.isEqualTo(401);
	}

	@Test
	void anAccountIsLockedAfterFiveWrongPasswordsUntilAnAdministratorUnlocksIt() throws Exception {
		String username = createUser(Set.of(Role.OPERATOR), null);
		Browser browser = new Browser();
		for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
			assertThat(browser.login(username, "wrong").getResponse().getStatus()).isEqualTo(401);
		}
		MvcResult locked = browser.login(username, "secret-1");
		assertThat(locked.getResponse().getStatus()).isEqualTo(401);
		assertThat(locked.getResponse().getContentAsString()).contains("locked");

		var user = api.as("admin").get("/api/users?q=" + username).json().get("items").get(0);
		assertThat(user.get("locked").asBoolean()).isTrue();
		assertThat(api.as("admin").post("/api/users/" + user.get("id").asLong() + "/unlock", "{}").status())
			.isEqualTo(204);
		assertThat(browser.login(username, "secret-1").getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void aRevokedTokenNoLongerWorks() {
		var issued = api.anonymous()
			.post("/api/auth/tokens", Map.of("username", "planner", "password", "demo", "name", "ERP connector"));
		assertThat(issued.status()).isEqualTo(201);
		String token = issued.json().get("token").asString();
		long id = issued.json().get("id").asLong();
		var withToken = api.anonymous().withHeader("Authorization", "Bearer " + token);
		assertThat(withToken.get("/api/workshops").status()).isEqualTo(200);
		assertThat(withToken.get("/api/auth/tokens").body()).contains("ERP connector").doesNotContain(token);

		assertThat(withToken.delete("/api/auth/tokens/" + id).status()).isEqualTo(204);
		var refused = withToken.get("/api/workshops");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void aCallWithATokenOpensNoSession() {
		String token = api.anonymous()
			.post("/api/auth/tokens", Map.of("username", "planner", "password", "demo", "name", "Phone"))
			.json()
			.get("token")
			.asString();
		long start = System.currentTimeMillis();
		var withToken = api.anonymous().withHeader("Authorization", "Bearer " + token);
		for (int i = 0; i < 3; i++) {
			var answer = withToken.get("/api/workshops");
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.header("Set-Cookie")).as("no session cookie").satisfiesAnyOf(
					cookie -> assertThat(cookie).isNull(), cookie -> assertThat(cookie).doesNotContain("SESSION"));
		}
		assertThat(sessionsCreatedSince(start)).as("no session row written for token calls").isZero();
	}

	private long sessionsCreatedSince(long millis) {
		return jdbc.sql("select count(*) from spring_session where creation_time >= :millis")
			.param("millis", millis)
			.query(Long.class)
			.single();
	}

	@Test
	void wrongCredentialsGetNoTokenAndSayWhyInTheCallersLanguage() {
		var refused = api.anonymous().inChinese().post("/api/auth/tokens",
				Map.of("username", "planner", "password", "not-the-password"));
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.json().get("detail").asString()).contains("用户名或密码错误");
		var badLifetime = api.anonymous()
			.post("/api/auth/tokens", Map.of("username", "planner", "password", "demo", "expiresInDays", 0));
		assertThat(badLifetime.status()).isEqualTo(422);
		assertThat(badLifetime.fieldError("expiresInDays")).isNotNull();
	}

	@Test
	void aCustomerUserBelongsToOneCustomerWhichThenCannotBeDeleted() {
		var admin = api.as("admin");
		Map<String, Object> user = new HashMap<>(Map.of("username", Api.unique("cust").toLowerCase(), "displayName",
				"Portal user", "roles", List.of("CUSTOMER"), "password", "secret-1"));
		var noCustomer = admin.post("/api/users", user);
		assertThat(noCustomer.status()).isEqualTo(422);
		assertThat(noCustomer.fieldError("customerId")).isNotNull();

		var customer = api.as("planner")
			.post("/api/customers", Map.of("code", Api.unique("C"), "name", "Portal customer"))
			.json();
		user.put("customerId", customer.get("id").asLong());
		assertThat(admin.post("/api/users", user).status()).isEqualTo(201);

		var refused = api.as("planner")
			.delete("/api/customers/" + customer.get("id").asLong() + "?version=" + customer.get("version").asLong());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("User " + user.get("username"));
	}

	@Test
	void onlyAdministratorsManageUsers() {
		assertThat(api.as("planner").get("/api/users").status()).isEqualTo(403);
		assertThat(api.as("admin").get("/api/users?role=PLANNER").json().get("items").get(0).get("username").asString())
			.isEqualTo("planner");
	}

	private String createUser(Set<Role> roles, Long customerId) {
		String username = Api.unique("user").toLowerCase();
		Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", "Test user", "roles",
				roles, "password", "secret-1"));
		if (customerId != null) {
			body.put("customerId", customerId);
		}
		var created = api.as("admin").post("/api/users", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return username;
	}
}
