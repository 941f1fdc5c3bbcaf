package io.atelier.scheduling.bench;

/** Whitespace-separated integers of one line, whatever the mix of tabs and spaces. */
final class Tokens {

	private Tokens() {
	}

	static int[] of(String line) {
		String trimmed = line.strip();
		if (trimmed.isEmpty()) {
			return new int[0];
		}
		String[] parts = trimmed.split("\\s+");
		int[] values = new int[parts.length];
		for (int i = 0; i < parts.length; i++) {
			values[i] = (int) Double.parseDouble(parts[i]);
		}
		return values;
	}
}
