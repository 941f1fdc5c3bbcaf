package io.atelier.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.atelier.support.Api;
import io.atelier.support.AtelierIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls every API endpoint as every role and as an anonymous caller, and checks the answers against the role matrix in
 * {@code role-matrix.txt}: allowed callers are never refused (401/403), others always are — before their input is even
 * looked at.
 */
@AtelierIntegrationTest
class RoleMatrixTests {

	private static final Set<Role> STAFF = EnumSet.complementOf(EnumSet.of(Role.CUSTOMER));

	private static final String NO_SUCH_ID = "987654321";

	@Autowired
	Api api;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	record Endpoint(HttpMethod method, String path, boolean multipart) {

		@Override
		public String toString() {
			return method + " " + path;
		}
	}

	record Rule(String method, String pattern, Set<Role> roles, boolean isPublic) {
	}

	@Test
	void everyEndpointAnswersEveryRoleAsTheRoleMatrixSays() throws IOException {
		List<Rule> rules = rules();
		List<Endpoint> endpoints = endpoints();
		assertThat(endpoints).as("API endpoints found").hasSizeGreaterThan(20);
		List<String> unlisted = endpoints.stream().filter(e -> ruleFor(e, rules) == null).map(Endpoint::toString).toList();
		assertThat(unlisted).as("endpoints missing from role-matrix.txt").isEmpty();

		List<String> wrong = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			Rule rule = ruleFor(endpoint, rules);
			for (Role role : Role.values()) {
				int status = call(api.as(role.name().toLowerCase()), endpoint);
				boolean allowed = rule.isPublic() || rule.roles().contains(role);
				if (allowed ? status == 401 || status == 403 : status != 403) {
					wrong.add("%s as %s: %d, expected %s".formatted(endpoint, role, status, allowed ? "allowed" : "403"));
				}
			}
			// a public endpoint may still answer 401 itself (no credentials given), but is never refused up front
			int anonymous = call(api.anonymous(), endpoint);
			if (rule.isPublic() ? anonymous == 403 : anonymous != 401) {
				wrong.add("%s anonymously: %d, expected %s".formatted(endpoint, anonymous, rule.isPublic() ? "allowed" : "401"));
			}
		}
		assertThat(wrong).as("answers that break the role matrix").isEmpty();
	}

	@Test
	void aCustomerCannotReadMasterDataAndAnonymousCallersMustSignIn() {
		assertThat(api.as("customer").get("/api/workshops").status()).isEqualTo(403);
		assertThat(api.as("customer").post("/api/customers", "{}").status()).isEqualTo(403);
		assertThat(api.anonymous().get("/api/workshops").status()).isEqualTo(401);
		assertThat(api.anonymous().get("/api/workshops").json().get("title").asString()).isEqualTo("Sign-in required");
		assertThat(api.as("operator").post("/api/workshops", "{}").status()).isEqualTo(403);
	}

	private int call(Api.Caller caller, Endpoint endpoint) {
		String path = endpoint.path().replaceAll("\\{[^}]+}", NO_SUCH_ID).replace("/**", "");
		if (endpoint.multipart()) {
			return caller.upload(path, "empty.csv", new byte[0]).status();
		}
		var request = MockMvcRequestBuilders.request(endpoint.method(), path + "?version=0");
		if (endpoint.method() == HttpMethod.POST || endpoint.method() == HttpMethod.PUT) {
			request.contentType("application/json").content("{}");
		}
		return caller.send(request).status();
	}

	private List<Endpoint> endpoints() {
		Set<Endpoint> endpoints = new LinkedHashSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api")) {
					continue;
				}
				boolean multipart = info.getConsumesCondition()
					.getConsumableMediaTypes()
					.stream()
					.anyMatch(type -> type.getSubtype().equals("form-data"));
				if (methods.isEmpty()) {
					endpoints.add(new Endpoint(HttpMethod.GET, pattern, multipart));
				}
				methods.forEach(method -> endpoints.add(new Endpoint(method.asHttpMethod(), pattern, multipart)));
			}
		});
		return new ArrayList<>(endpoints);
	}

	private static Rule ruleFor(Endpoint endpoint, List<Rule> rules) {
		AntPathMatcher matcher = new AntPathMatcher();
		return rules.stream()
			.filter(rule -> rule.method().equals(endpoint.method().name()))
			.filter(rule -> rule.pattern().equals(endpoint.path()) || matcher.match(rule.pattern(), endpoint.path()))
			.findFirst()
			.orElse(null);
	}

	private static List<Rule> rules() throws IOException {
		List<Rule> rules = new ArrayList<>();
		String text = new ClassPathResource("role-matrix.txt").getContentAsString(StandardCharsets.UTF_8);
		for (String line : text.lines().map(String::trim).toList()) {
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] words = line.split("\\s+");
			if (words[0].equals("MASTER_DATA")) {
				String base = words[1];
				rules.add(new Rule("GET", base + "/**", STAFF, false));
				rules.add(new Rule("GET", base, STAFF, false));
				for (String method : List.of("POST", "PUT", "DELETE")) {
					rules.add(new Rule(method, base + "/**", EnumSet.of(Role.ADMIN, Role.PLANNER), false));
					rules.add(new Rule(method, base, EnumSet.of(Role.ADMIN, Role.PLANNER), false));
				}
				continue;
			}
			Set<Role> roles = EnumSet.noneOf(Role.class);
			boolean isPublic = false;
			for (int i = 2; i < words.length; i++) {
				switch (words[i]) {
					case "PUBLIC" -> isPublic = true;
					case "SIGNED_IN" -> roles.addAll(EnumSet.allOf(Role.class));
					case "STAFF" -> roles.addAll(STAFF);
					default -> roles.add(Role.valueOf(words[i]));
				}
			}
			rules.add(new Rule(words[0], words[1], roles, isPublic));
		}
		return rules;
	}
}
