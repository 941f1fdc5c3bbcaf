package io.atelier.scheduling.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The working time of a machine or a worker: sorted, disjoint working intervals (shifts minus holidays and downtime),
 * and the arithmetic of resumable work over them.
 */
public final class Calendar {

	/** Returned when no working minute follows: the work can never happen. */
	public static final long NEVER = Long.MAX_VALUE / 4;

	private static final Calendar ALWAYS = new Calendar(new long[] { -NEVER }, new long[] { NEVER });

	private final long[] starts;

	private final long[] ends;

	private Calendar(long[] starts, long[] ends) {
		this.starts = starts;
		this.ends = ends;
	}

	/** A resource without a calendar works at every minute. */
	public static Calendar always() {
		return ALWAYS;
	}

	/** The calendar of these working intervals, in any order; overlapping or touching intervals are merged. */
	public static Calendar of(List<Interval> working) {
		List<Interval> sorted = new ArrayList<>(working);
		sorted.sort(Comparator.comparingLong(Interval::start));
		List<long[]> merged = new ArrayList<>();
		for (Interval interval : sorted) {
			long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && interval.start() <= last[1]) {
				last[1] = Math.max(last[1], interval.end());
			}
			else if (interval.end() > interval.start()) {
				merged.add(new long[] { interval.start(), interval.end() });
			}
		}
		return new Calendar(merged.stream().mapToLong(i -> i[0]).toArray(), merged.stream().mapToLong(i -> i[1]).toArray());
	}

	/** {@code t} itself when it is a working minute, otherwise the start of the next working interval. */
	public long nextWorkingInstant(long t) {
		int i = intervalEndingAfter(t);
		return i == starts.length ? NEVER : Math.max(t, starts[i]);
	}

	/**
	 * The end of {@code minutes} of resumable work that starts at the first working minute at or after {@code t}.
	 * Zero minutes of work end at {@code t} itself.
	 */
	public long addWorkingMinutes(long t, long minutes) {
		if (minutes == 0) {
			return t;
		}
		long remaining = minutes;
		for (int i = intervalEndingAfter(t); i < starts.length; i++) {
			long from = Math.max(t, starts[i]);
			if (ends[i] - from >= remaining) {
				return from + remaining;
			}
			remaining -= ends[i] - from;
		}
		return NEVER;
	}

	/** The number of working minutes in {@code [from, to)}. */
	public long workingMinutesBetween(long from, long to) {
		long total = 0;
		for (int i = intervalEndingAfter(from); i < starts.length && starts[i] < to; i++) {
			total += Math.min(to, ends[i]) - Math.max(from, starts[i]);
		}
		return Math.max(0, total);
	}

	/** The start of the first working interval that begins after {@code t}, or {@link #NEVER}. */
	public long nextIntervalStartAfter(long t) {
		int found = Arrays.binarySearch(starts, t);
		int next = found >= 0 ? found + 1 : -found - 1;
		return next == starts.length ? NEVER : starts[next];
	}

	public boolean isWorking(long t) {
		return nextWorkingInstant(t) == t;
	}

	/** Whether every minute of {@code [from, to)} is working time. */
	public boolean covers(long from, long to) {
		return from >= to || workingMinutesBetween(from, to) == to - from;
	}

	/**
	 * Whether this calendar works during every minute that {@code other} works within {@code [from, to)}: a worker's
	 * calendar against the machine's, over an operation that pauses with the machine. Allocates nothing, for decoders
	 * that ask it millions of times.
	 */
	public boolean coversWorkingTimeOf(Calendar other, long from, long to) {
		if (this == ALWAYS) {
			return true;
		}
		for (int i = other.intervalEndingAfter(from); i < other.starts.length && other.starts[i] < to; i++) {
			if (!covers(Math.max(from, other.starts[i]), Math.min(to, other.ends[i]))) {
				return false;
			}
		}
		return true;
	}

	/** The working parts of {@code [from, to)}. */
	public List<Interval> workingIntervalsWithin(long from, long to) {
		List<Interval> within = new ArrayList<>();
		for (int i = intervalEndingAfter(from); i < starts.length && starts[i] < to; i++) {
			within.add(new Interval(Math.max(from, starts[i]), Math.min(to, ends[i])));
		}
		return within;
	}

	/** The index of the first interval whose end lies after {@code t}, or the number of intervals. */
	private int intervalEndingAfter(long t) {
		int found = Arrays.binarySearch(ends, t);
		return found >= 0 ? found + 1 : -found - 1;
	}
}
