package io.atelier.scheduling.search;

/**
 * Forbidden attributes with an expiry iteration. An attribute is a pair (x, y): for a swap, "x directly before y on a
 * machine" (the arc a move would restore); for a reassignment, (operation, −1 − machine). The list is short (the
 * tenure), so a linear scan in a ring buffer beats hashing and never allocates.
 */
final class TabuList {

	private final int[] x, y;
	private final long[] expiry;
	private int next;

	TabuList(int capacity) {
		x = new int[capacity];
		y = new int[capacity];
		expiry = new long[capacity];
	}

	void add(int a, int b, long expiresAt) {
		x[next] = a;
		y[next] = b;
		expiry[next] = expiresAt;
		next = (next + 1) % x.length;
	}

	boolean contains(int a, int b, long iteration) {
		for (int i = 0; i < x.length; i++) {
			if (expiry[i] > iteration && x[i] == a && y[i] == b) {
				return true;
			}
		}
		return false;
	}

	void clear() {
		java.util.Arrays.fill(expiry, 0);
	}
}
