package io.atelier.scheduling.model;

import java.util.Map;

/**
 * The sequence-dependent setup minutes of one machine between product families. Staying in the same family needs no
 * setup unless the matrix says otherwise; any other change takes the default when the matrix has no entry for it. The
 * first operation on a machine needs no setup: the machine is assumed ready for it. A setup is resumable like an
 * operation, takes the machine's working time and none of the operation's workers (setters are not modelled yet).
 */
public record SetupMatrix(long defaultMinutes, Map<Change, Long> minutes) {

	public static final SetupMatrix NONE = new SetupMatrix(0, Map.of());

	public SetupMatrix {
		minutes = Map.copyOf(minutes);
	}

	/** A change from one product family to the next. */
	public record Change(int fromFamily, int toFamily) {
	}

	public long minutes(int fromFamily, int toFamily) {
		Long explicit = minutes.get(new Change(fromFamily, toFamily));
		if (explicit != null) {
			return explicit;
		}
		return fromFamily == toFamily ? 0 : defaultMinutes;
	}
}
