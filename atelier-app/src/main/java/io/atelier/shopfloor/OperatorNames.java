package io.atelier.shopfloor;

import org.springframework.stereotype.Component;

import io.atelier.workforce.Workers;

/**
 * The name to show for a report's operator: {@code worker:<id>} is a worker (their code and name), {@code user:<name>}
 * the signed-in user who reported for themselves.
 */
@Component
class OperatorNames {

	private final Workers workers;

	OperatorNames(Workers workers) {
		this.workers = workers;
	}

	String nameOf(String operator) {
		if (operator.startsWith("worker:")) {
			try {
				return workers.find(Long.parseLong(operator.substring("worker:".length())))
					.map(worker -> worker.code() + " " + worker.name())
					.orElse(operator);
			}
			catch (NumberFormatException ex) {
				return operator;
			}
		}
		return operator.startsWith("user:") ? operator.substring("user:".length()) : operator;
	}
}
