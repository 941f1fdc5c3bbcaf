package io.atelier.identity.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.identity.CurrentUser;
import io.atelier.identity.Identity;
import io.atelier.identity.Role;
import io.atelier.shared.web.Roles;
import io.swagger.v3.oas.annotations.Operation;

@RestController
@RequestMapping("/api/auth")
class AuthController {

	private final Identity identity;

	AuthController(Identity identity) {
		this.identity = identity;
	}

	record Credentials(@NotBlank @Size(max = 60) String username, @NotBlank @Size(max = 200) String password) {
	}

	record Me(String username, String displayName, Set<Role> roles, Long customerId, String locale) {

		static Me of(CurrentUser user) {
			return new Me(user.username(), user.displayName(), user.roles(), user.customerId(), user.locale());
		}
	}

	record TokenRequest(String username, String password, @Size(max = 100) String name, Integer expiresInDays) {
	}

	record TokenView(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, boolean revoked) {
	}

	@PostMapping("/login")
	@PreAuthorize("permitAll()")
	@Operation(summary = "Sign in with a session cookie (web UI). Roles: anyone. 401 on bad credentials or lock-out.")
	Me login(@Valid @RequestBody Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
		return Me.of(identity.signIn(credentials.username(), credentials.password(), request, response));
	}

	@PostMapping("/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("permitAll()")
	@Operation(summary = "End the session. Roles: anyone.")
	void logout(HttpServletRequest request, HttpServletResponse response) {
		identity.signOut(request, response);
	}

	@GetMapping("/me")
	@PreAuthorize(Roles.AUTHENTICATED)
	@Operation(summary = "The signed-in user. Roles: any signed-in user.")
	Me me(@AuthenticationPrincipal CurrentUser user) {
		return Me.of(user);
	}

	@PostMapping("/tokens")
	@PreAuthorize("permitAll()")
	@Operation(summary = "Issue an API bearer token: with username and password in the body, or for the signed-in "
			+ "user. The token is shown only in this answer. Roles: anyone with valid credentials.")
	ResponseEntity<?> issueToken(@Valid @RequestBody TokenRequest body, @AuthenticationPrincipal CurrentUser caller)
			throws IOException {
		var issued = identity.issueToken(body.username(), body.password(), caller, body.name(), body.expiresInDays());
		return ResponseEntity.status(HttpStatus.CREATED).body(issued);
	}

	@GetMapping("/tokens")
	@PreAuthorize(Roles.AUTHENTICATED)
	@Operation(summary = "The caller's API tokens (never the secrets). Roles: any signed-in user.")
	List<TokenView> tokens(@AuthenticationPrincipal CurrentUser caller) {
		return identity.tokensOf(caller)
			.stream()
			.map(t -> new TokenView(t.id(), t.name(), t.createdAt(), t.expiresAt(), t.lastUsedAt(), t.revoked()))
			.toList();
	}

	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(Roles.AUTHENTICATED)
	@Operation(summary = "Revoke one of the caller's tokens (admins: anybody's). Roles: any signed-in user.")
	void revoke(@PathVariable long id, @AuthenticationPrincipal CurrentUser caller) {
		identity.revokeToken(id, caller);
	}
}
