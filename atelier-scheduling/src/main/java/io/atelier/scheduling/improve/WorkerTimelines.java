package io.atelier.scheduling.improve;

import java.util.Arrays;

import io.atelier.scheduling.model.Calendar;

/**
 * The busy intervals of each worker while a schedule is decoded, sorted and disjoint. Unlike the constructive scheduler,
 * which only appends, the decoder places operations out of time order, so an operation may take a worker in a gap
 * before work placed earlier.
 */
final class WorkerTimelines {

	private final Calendar[] calendars;

	private final long[][] starts;

	private final long[][] ends;

	private final int[] size;

	WorkerTimelines(Calendar[] calendars) {
		this.calendars = calendars;
		starts = new long[calendars.length][8];
		ends = new long[calendars.length][8];
		size = new int[calendars.length];
	}

	void clear() {
		Arrays.fill(size, 0);
	}

	/**
	 * Chooses into {@code chosen} the first qualified workers free and at work throughout {@code [start, end)} of an
	 * operation paused with the machine's calendar; false if there are too few.
	 */
	boolean choose(int[] qualified, int[] chosen, Calendar machine, long start, long end) {
		int found = 0;
		for (int w : qualified) {
			if (blocking(w, start, end) < 0 && calendars[w].coversWorkingTimeOf(machine, start, end)) {
				chosen[found++] = w;
				if (found == chosen.length) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The next instant after {@code start} at which one of the qualified workers who could not take {@code [start, end)}
	 * may: the end of the work that blocks them, or their next coming to work.
	 */
	long nextChange(int[] qualified, Calendar machine, long start, long end) {
		long next = Calendar.NEVER;
		for (int w : qualified) {
			int k = blocking(w, start, end);
			if (k >= 0) {
				next = Math.min(next, ends[w][k]);
			}
			else if (!calendars[w].coversWorkingTimeOf(machine, start, end)) {
				next = Math.min(next, calendars[w].nextIntervalStartAfter(start));
			}
		}
		return next;
	}

	void reserve(int w, long start, long end) {
		int n = size[w];
		if (n == starts[w].length) {
			starts[w] = Arrays.copyOf(starts[w], 2 * n);
			ends[w] = Arrays.copyOf(ends[w], 2 * n);
		}
		int k = firstEndingAfter(w, start);
		System.arraycopy(starts[w], k, starts[w], k + 1, n - k);
		System.arraycopy(ends[w], k, ends[w], k + 1, n - k);
		starts[w][k] = start;
		ends[w][k] = end;
		size[w] = n + 1;
	}

	/** The index of the busy interval of worker {@code w} that overlaps {@code [start, end)}, or −1. */
	private int blocking(int w, long start, long end) {
		int k = firstEndingAfter(w, start);
		if (k < size[w] && (starts[w][k] < end || starts[w][k] == start)) {
			return k;
		}
		return -1;
	}

	private int firstEndingAfter(int w, long t) {
		int low = 0;
		int high = size[w];
		long[] e = ends[w];
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (e[mid] > t) {
				high = mid;
			}
			else {
				low = mid + 1;
			}
		}
		return low;
	}
}
