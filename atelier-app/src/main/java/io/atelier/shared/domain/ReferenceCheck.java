package io.atelier.shared.domain;

import java.util.List;

import org.springframework.stereotype.Component;

/** Asks every module whether a record is still in use before it is deleted. */
@Component
public class ReferenceCheck {

	private static final int MAX_SHOWN = 5;

	private final List<UsageProbe> probes;

	ReferenceCheck(List<UsageProbe> probes) {
		this.probes = probes;
	}

	public void assertUnused(String entityType, long id, String label) {
		List<Usage> usages = probes.stream()
			.flatMap(probe -> probe.usagesOf(entityType, id).stream())
			.limit(MAX_SHOWN)
			.toList();
		if (!usages.isEmpty()) {
			throw new StillInUseException(entityType, label, usages);
		}
	}
}
