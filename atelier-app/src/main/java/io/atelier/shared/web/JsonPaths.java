package io.atelier.shared.web;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;

/** Names the JSON field that could not be read, as {@code lines[2].quantity}, so the error can point at it. */
final class JsonPaths {

	private JsonPaths() {
	}

	static String fieldOf(HttpMessageNotReadableException ex) {
		if (!(ex.getMostSpecificCause() instanceof JacksonException jackson) || jackson.getPath().isEmpty()) {
			return null;
		}
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : jackson.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? null : path.toString();
	}
}
