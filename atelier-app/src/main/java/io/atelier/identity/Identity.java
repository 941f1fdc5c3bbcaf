package io.atelier.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;

/** Signing in and out, and the API tokens of the signed-in user: what the web adapter of this module calls. */
@Service
public class Identity {

	private final AuthenticationManager authentication;

	private final SecurityContextRepository contexts;

	private final ApiTokens tokens;

	Identity(AuthenticationManager authentication, SecurityContextRepository contexts, ApiTokens tokens) {
		this.authentication = authentication;
		this.contexts = contexts;
		this.tokens = tokens;
	}

	public record IssuedToken(long id, String name, String token, Instant expiresAt) {
	}

	public record TokenInfo(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
			boolean revoked) {
	}

	public CurrentUser signIn(String username, String password, HttpServletRequest request,
			HttpServletResponse response) {
		CurrentUser user = authenticate(username, password);
		request.getSession(true);
		request.changeSessionId(); // no session fixation
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		return user;
	}

	public void signOut(HttpServletRequest request, HttpServletResponse response) {
		new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
	}

	public IssuedToken issueToken(String username, String password, CurrentUser caller, String name,
			Integer expiresInDays) {
		CurrentUser owner;
		if (username != null && !username.isBlank()) {
			owner = authenticate(username, password == null ? "" : password);
		}
		else if (caller != null) {
			owner = caller;
		}
		else {
			throw new SignInRefusedException(false);
		}
		ApiTokens.Issued issued = tokens.issue(owner.id(), name, expiresInDays);
		return new IssuedToken(issued.id(), issued.name(), issued.token(), issued.expiresAt());
	}

	public List<TokenInfo> tokensOf(CurrentUser user) {
		return tokens.of(user.id())
			.stream()
			.map(t -> new TokenInfo(t.getId(), t.getName(), t.getCreatedAt(), t.getExpiresAt(), t.getLastUsedAt(),
					t.getRevokedAt() != null))
			.toList();
	}

	public void revokeToken(long tokenId, CurrentUser caller) {
		tokens.revoke(tokenId, caller);
	}

	/** What a re-entered password proved. */
	public enum PasswordCheck {
		CONFIRMED, WRONG, LOCKED
	}

	/**
	 * Checks a password re-entered to confirm an action (a handover's receipt): the same check as signing in, and a
	 * wrong one counts towards the lock-out like a failed sign-in ({@link LoginAttempts}). Call it outside a
	 * transaction that may roll back, or the count is lost with it.
	 */
	public PasswordCheck confirmPassword(String username, String password) {
		try {
			authenticate(username, password == null ? "" : password);
			return PasswordCheck.CONFIRMED;
		}
		catch (SignInRefusedException ex) {
			return ex.locked() ? PasswordCheck.LOCKED : PasswordCheck.WRONG;
		}
	}

	/** The signed-in user of the current request or job, if any. */
	public static Optional<CurrentUser> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof CurrentUser user ? Optional.of(user) : Optional.empty();
	}

	private CurrentUser authenticate(String username, String password) {
		try {
			Authentication result = authentication
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
			return ((CurrentUser) result.getPrincipal()).withoutPassword();
		}
		catch (LockedException ex) {
			throw new SignInRefusedException(true);
		}
		catch (AuthenticationException ex) {
			throw new SignInRefusedException(false);
		}
	}
}
