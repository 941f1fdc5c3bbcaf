package io.atelier.audit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The reason given for a change: the {@code X-Change-Reason} header of the request (UTF-8, percent-encoded where it is
 * not plain ASCII), or one set around a piece of work by code that changes records for a stated reason.
 */
public final class AuditReason {

	public static final String HEADER = "X-Change-Reason";

	static final int MAX_LENGTH = 500;

	private static final ThreadLocal<String> EXPLICIT = new ThreadLocal<>();

	private AuditReason() {
	}

	/** Runs the work with the given reason recorded for every change it makes. */
	public static <T> T with(String reason, Supplier<T> work) {
		String previous = EXPLICIT.get();
		EXPLICIT.set(reason);
		try {
			return work.get();
		}
		finally {
			EXPLICIT.set(previous);
		}
	}

	static Optional<String> current() {
		String explicit = EXPLICIT.get();
		if (explicit != null) {
			return Optional.of(truncate(explicit));
		}
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			String header = attributes.getRequest().getHeader(HEADER);
			if (header != null && !header.isBlank()) {
				return Optional.of(truncate(decode(header.trim())));
			}
		}
		return Optional.empty();
	}

	private static String decode(String header) {
		try {
			return URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return header;
		}
	}

	private static String truncate(String reason) {
		return reason.length() <= MAX_LENGTH ? reason : reason.substring(0, MAX_LENGTH);
	}
}
