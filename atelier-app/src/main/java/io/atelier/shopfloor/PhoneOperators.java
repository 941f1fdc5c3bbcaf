package io.atelier.shopfloor;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.atelier.workforce.Workers;
import io.atelier.workforce.Workers.LinkedWorker;

/**
 * Who reports: a signed-in user linked to a worker (docs/shopfloor.md, "Phone screens") reports as that worker
 * ({@code worker:<id>}), anyone else under their user name ({@code user:<username>}); and the names of the operators
 * of work sessions, as the phone shows them.
 */
@Component
class PhoneOperators {

	private final Workers workers;

	PhoneOperators(Workers workers) {
		this.workers = workers;
	}

	Optional<LinkedWorker> workerOf(String username) {
		return workers.linkedTo(username);
	}

	/** The operator key work sessions and reports use for the signed-in user. */
	String operatorOf(String username) {
		return workers.linkedWorkerId(username).map(id -> "worker:" + id).orElse("user:" + username);
	}

	/** Resolves operator keys to names, each worker looked up once. */
	final class Names {

		private final Map<String, String> known = new HashMap<>();

		String of(String operator) {
			return known.computeIfAbsent(operator, key -> {
				if (key.startsWith("worker:")) {
					try {
						return workers.find(Long.parseLong(key.substring(7)))
							.map(w -> w.code() + " " + w.name())
							.orElse(key);
					}
					catch (NumberFormatException ex) {
						return key;
					}
				}
				return key.startsWith("user:") ? key.substring(5) : key;
			});
		}
	}

	Names names() {
		return new Names();
	}
}
