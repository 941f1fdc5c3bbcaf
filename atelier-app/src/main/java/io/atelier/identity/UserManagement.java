package io.atelier.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.customers.Customers;
import io.atelier.shared.domain.ConflictException;
import io.atelier.shared.domain.FieldError;
import io.atelier.shared.domain.ReferenceCheck;
import io.atelier.shared.domain.RuleViolationException;
import io.atelier.shared.masterdata.MasterDataService;
import io.atelier.shared.masterdata.Versioned;
import io.atelier.shared.tabular.Numbered;
import io.atelier.shared.tabular.Row;
import io.atelier.shared.tabular.RowError;
import io.atelier.shared.tabular.TabularMapping;

/** Administration of users: roles, the customer a customer user belongs to, passwords and unlocking. */
@Service
public class UserManagement extends MasterDataService<User, UserManagement.UserView, UserManagement.UserCommand,
		UserManagement.UserFilter> {

	static final int MIN_PASSWORD_LENGTH = 8;

	private final UserRepository users;

	private final PasswordEncoder passwords;

	private final LoginAttempts attempts;

	private final Customers customers;

	UserManagement(UserRepository users, ReferenceCheck references, Validator validator, PasswordEncoder passwords,
			LoginAttempts attempts, Customers customers) {
		super(users, references, validator);
		this.users = users;
		this.passwords = passwords;
		this.attempts = attempts;
		this.customers = customers;
	}

	public record UserView(long id, long version, String username, String displayName, Set<Role> roles,
			Long customerId, String customerCode, String customerName, boolean enabled, String locale, boolean locked,
			Instant lockedUntil,
			Instant createdAt, Instant updatedAt) {
	}

	public record UserCommand(Long version,
			@NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
			@NotBlank @Size(max = 200) String displayName, @NotEmpty Set<Role> roles, Long customerId,
			Boolean enabled, @Pattern(regexp = "zh-CN|en") String locale, @Size(max = 200) String password)
			implements Versioned {
	}

	public record UserFilter(Role role, Boolean enabled) {
	}

	@Override
	public String entityType() {
		return "User";
	}

	@Override
	public TabularMapping<UserView, UserCommand> tabular() {
		return new TabularMapping<>() {
			@Override
			public List<String> columns() {
				return List.of("username", "displayName", "roles", "enabled", "locale");
			}

			@Override
			public List<List<Object>> rowsOf(UserView view) {
				return List.of(List.of(view.username(), view.displayName(), String.join(";",
						view.roles().stream().map(Role::name).sorted().toList()), view.enabled(),
						view.locale() == null ? "" : view.locale()));
			}

			@Override
			public List<Numbered<UserCommand>> commandsOf(List<Row> rows, List<RowError> errors) {
				throw new UnsupportedOperationException("users are not imported from files");
			}
		};
	}

	@Override
	protected Set<String> sortableFields() {
		return Set.of("username", "displayName", "createdAt");
	}

	@Override
	protected Sort defaultSort() {
		return Sort.by("username");
	}

	@Override
	protected Specification<User> specification(UserFilter filter, String q) {
		return (root, query, cb) -> {
			List<jakarta.persistence.criteria.Predicate> predicates = new ArrayList<>();
			if (q != null && !q.isBlank()) {
				String like = "%" + q.trim().toLowerCase(Locale.ROOT) + "%";
				predicates.add(cb.or(cb.like(cb.lower(root.get("username")), like),
						cb.like(cb.lower(root.get("displayName")), like)));
			}
			if (filter != null && filter.enabled() != null) {
				predicates.add(cb.equal(root.get("enabled"), filter.enabled()));
			}
			if (filter != null && filter.role() != null) {
				predicates.add(cb.isMember(filter.role(), root.get("roles")));
			}
			return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
		};
	}

	@Override
	protected UserView toView(User user) {
		Optional<Customers.CustomerRef> customer = user.getCustomerId() == null ? Optional.empty()
				: customers.find(user.getCustomerId());
		boolean locked = user.getLockedUntil() != null && user.getLockedUntil().isAfter(Instant.now());
		return new UserView(user.getId(), user.getVersion(), user.getUsername(), user.getDisplayName(), user.getRoles(),
				user.getCustomerId(), customer.map(Customers.CustomerRef::code).orElse(null),
				customer.map(Customers.CustomerRef::name).orElse(null), user.isEnabled(), user.getLocale(), locked,
				user.getLockedUntil(), user.getCreatedAt(), user.getUpdatedAt());
	}

	@Override
	protected String label(User user) {
		return user.getUsername();
	}

	@Override
	protected Optional<User> findByKey(UserCommand command) {
		return users.findByUsernameIgnoreCase(command.username());
	}

	@Override
	protected String keyField() {
		return "username";
	}

	@Override
	protected Object importKey(UserCommand command) {
		return codeKey(command.username());
	}

	@Override
	protected User newEntity(UserCommand command) {
		return new User(command.username(), command.displayName(), passwords.encode(command.password()),
				command.roles(), command.customerId(), command.enabled() == null || command.enabled(), command.locale());
	}

	@Override
	protected void apply(User user, UserCommand command) {
		if (!user.getUsername().equalsIgnoreCase(command.username())) {
			throw new RuleViolationException("username", "identity.username-fixed");
		}
		user.change(command.displayName(), command.roles(), command.customerId(),
				command.enabled() == null || command.enabled(), command.locale());
		if (command.password() != null && !command.password().isEmpty()) {
			user.changePassword(passwords.encode(command.password()));
		}
	}

	@Override
	protected List<FieldError> check(UserCommand command, User existing) {
		List<FieldError> errors = new ArrayList<>();
		if (existing == null && (command.password() == null || command.password().length() < MIN_PASSWORD_LENGTH)) {
			errors.add(FieldError.of("password", "identity.password-too-short", MIN_PASSWORD_LENGTH));
		}
		if (existing != null && command.password() != null && !command.password().isEmpty()
				&& command.password().length() < MIN_PASSWORD_LENGTH) {
			errors.add(FieldError.of("password", "identity.password-too-short", MIN_PASSWORD_LENGTH));
		}
		boolean customerUser = command.roles() != null && command.roles().contains(Role.CUSTOMER);
		if (customerUser && command.roles().size() > 1) {
			errors.add(FieldError.of("roles", "identity.customer-role-alone"));
		}
		if (customerUser && command.customerId() == null) {
			errors.add(FieldError.of("customerId", "validation.required"));
		}
		if (customerUser && command.customerId() != null && customers.find(command.customerId()).isEmpty()) {
			errors.add(FieldError.of("customerId", "validation.unknown-reference", command.customerId()));
		}
		return errors;
	}

	@Transactional
	public void resetPassword(long id, String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new RuleViolationException("password", "identity.password-too-short", MIN_PASSWORD_LENGTH);
		}
		load(id).changePassword(passwords.encode(password));
	}

	@Transactional
	public void unlock(long id) {
		attempts.unlock(load(id).getId());
	}

	@Override
	@Transactional
	public void delete(long id, long version) {
		Identity.current()
			.filter(me -> me.id() == id)
			.ifPresent(me -> {
				throw new ConflictException(null, "identity.cannot-delete-self");
			});
		super.delete(id, version);
	}

	/** Creates a user unless one with that name exists; used to seed accounts. */
	@Transactional
	public boolean createIfAbsent(String username, String displayName, String password, Set<Role> roles,
			Long customerId, String locale) {
		if (users.findByUsernameIgnoreCase(username).isPresent()) {
			return false;
		}
		users.save(new User(username, displayName, passwords.encode(password), roles, customerId, true, locale));
		return true;
	}

}
