package io.atelier.shopfloor;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a QR code on the shop floor says: the kind of thing and which one, never a secret (a code only names something;
 * the person scanning it still signs in, and the server decides what they may do with it).
 * <p>
 * Printed as {@code ATL:<kind>:<value>}: {@code ATL:OP:1234} (an operation, by id), {@code ATL:WO:56} (a work order,
 * by id), {@code ATL:WK:W-017} (a worker, by code), {@code ATL:MC:M-NEST-01} (a machine, by code). Short, independent
 * of the server's address, and made of QR "alphanumeric" characters when the codes are, so the symbols stay small.
 * {@link #parse} also reads the link form {@code https://<host>[/<path>]/m/<kind>/<value>}, so that a factory that
 * prints links (opened by a phone's camera app) works with the same scanner; docs/shopfloor.md explains the choice.
 *
 * @param kind what the code names
 * @param value the id (operations, work orders) or the code (workers, machines)
 */
public record ScanCode(Kind kind, String value) {

	/** The longest value a code carries (the master data's code length). */
	static final int MAX_VALUE_LENGTH = 40;

	private static final String PREFIX = "ATL:";

	private static final Pattern TEXT = Pattern.compile("(?i)ATL:(OP|WO|WK|MC):(.+)");

	private static final Pattern LINK = Pattern
		.compile("(?i)https?://[^/?#\\s]+(?:/[^?#\\s]*)?/m/(op|wo|wk|mc)/([^/?#\\s]+)/?(?:[?#]\\S*)?");

	private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

	/** The kinds of things a code names, with their two-letter tags. */
	public enum Kind {

		OPERATION("OP", true), WORK_ORDER("WO", true), WORKER("WK", false), MACHINE("MC", false);

		private final String tag;

		private final boolean byId;

		Kind(String tag, boolean byId) {
			this.tag = tag;
			this.byId = byId;
		}

		public String tag() {
			return tag;
		}

		static Kind ofTag(String tag) {
			for (Kind kind : values()) {
				if (kind.tag.equalsIgnoreCase(tag)) {
					return kind;
				}
			}
			throw new IllegalArgumentException(tag);
		}
	}

	public ScanCode {
		if (kind == null || value == null || !valid(kind, value)) {
			throw new IllegalArgumentException("not a scan code: " + kind + " " + value);
		}
	}

	public static ScanCode operation(long id) {
		return new ScanCode(Kind.OPERATION, Long.toString(id));
	}

	public static ScanCode workOrder(long id) {
		return new ScanCode(Kind.WORK_ORDER, Long.toString(id));
	}

	public static ScanCode worker(String code) {
		return new ScanCode(Kind.WORKER, code);
	}

	public static ScanCode machine(String code) {
		return new ScanCode(Kind.MACHINE, code);
	}

	/**
	 * Reads what a scanner saw: the printed form or the link form, with surrounding blanks ignored and tags in any case.
	 * @return the code, or empty when the text is not one of ours (a foreign QR code, a malformed id)
	 */
	public static Optional<ScanCode> parse(String scanned) {
		if (scanned == null) {
			return Optional.empty();
		}
		String text = scanned.strip();
		Matcher printed = TEXT.matcher(text);
		if (printed.matches()) {
			return of(printed.group(1), printed.group(2));
		}
		Matcher link = LINK.matcher(text);
		if (link.matches()) {
			try {
				return of(link.group(1), URLDecoder.decode(link.group(2), StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException malformedEscape) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	/** The printed form, what the QR codes carry: {@code ATL:OP:1234}. */
	public String text() {
		return PREFIX + kind.tag + ":" + value;
	}

	/** The link form under the given server address: {@code https://mes.example.com/m/op/1234}. */
	public String link(String baseUrl) {
		String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		return base + "/m/" + kind.tag.toLowerCase(Locale.ROOT) + "/"
				+ URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** The id of an operation or a work order. */
	public long id() {
		if (!kind.byId) {
			throw new IllegalStateException(kind + " codes carry a code, not an id");
		}
		return Long.parseLong(value);
	}

	@Override
	public String toString() {
		return text();
	}

	private static Optional<ScanCode> of(String tag, String value) {
		Kind kind = Kind.ofTag(tag);
		String trimmed = value.strip();
		return valid(kind, trimmed) ? Optional.of(new ScanCode(kind, trimmed)) : Optional.empty();
	}

	private static boolean valid(Kind kind, String value) {
		if (kind.byId) {
			return ID.matcher(value).matches();
		}
		return !value.isBlank() && value.length() <= MAX_VALUE_LENGTH && value.equals(value.strip())
				&& value.codePoints().noneMatch(Character::isISOControl);
	}
}
