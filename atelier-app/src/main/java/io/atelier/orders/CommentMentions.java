package io.atelier.orders;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user names a comment @mentions: {@code @} at the start or after anything but a Latin letter, a digit or one of
 * {@code @ . _ -} (so an e-mail address is no mention, while 请@wang确认 is one), then the letters, digits and
 * {@code . _ -} of a user name; a trailing full stop ends the sentence, not the name.
 */
final class CommentMentions {

	private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9@._-])@([A-Za-z0-9._-]{1,60})");

	private CommentMentions() {
	}

	static Set<String> in(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = MENTION.matcher(text);
		while (matcher.find()) {
			String name = matcher.group(1).replaceAll("[.]+$", "");
			if (!name.isEmpty()) {
				names.add(name);
			}
		}
		return names;
	}
}
