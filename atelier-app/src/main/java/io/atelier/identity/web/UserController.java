package io.atelier.identity.web;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.identity.UserManagement;
import io.atelier.identity.UserManagement.UserCommand;
import io.atelier.identity.UserManagement.UserFilter;
import io.atelier.identity.UserManagement.UserView;
import io.atelier.shared.web.PageQuery;
import io.atelier.shared.web.PageResponse;
import io.atelier.shared.web.Roles;
import io.swagger.v3.oas.annotations.Operation;

@RestController
@RequestMapping("/api/users")
@PreAuthorize(Roles.ADMIN)
class UserController {

	private final UserManagement users;

	UserController(UserManagement users) {
		this.users = users;
	}

	record PasswordChange(String password) {
	}

	@GetMapping
	@Operation(summary = "List users. Roles: ADMIN.")
	PageResponse<UserView> list(@ModelAttribute UserFilter filter, @RequestParam(required = false) String q,
			@ModelAttribute PageQuery page) {
		return users.list(filter, q, page);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a user. Roles: ADMIN.")
	UserView get(@PathVariable long id) {
		return users.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a user with a password. Roles: ADMIN.")
	UserView create(@Valid @RequestBody UserCommand command) {
		return users.create(command);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a user's name, roles, customer, locale or enabled flag. Roles: ADMIN.")
	UserView update(@PathVariable long id, @Valid @RequestBody UserCommand command) {
		return users.update(id, command);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a user (not yourself). Roles: ADMIN.")
	void delete(@PathVariable long id, @RequestParam long version) {
		users.delete(id, version);
	}

	@PostMapping("/{id}/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Set a new password for a user. Roles: ADMIN.")
	void resetPassword(@PathVariable long id, @RequestBody PasswordChange change) {
		users.resetPassword(id, change.password());
	}

	@PostMapping("/{id}/unlock")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Unlock a user locked out after failed sign-ins. Roles: ADMIN.")
	void unlock(@PathVariable long id) {
		users.unlock(id);
	}
}
