package io.atelier.catalog;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The changeover time on a machine from a job of one product family to a job of another. */
@Embeddable
class SetupEntry {

	@Column(name = "from_family_id", nullable = false)
	private long fromFamilyId;

	@Column(name = "to_family_id", nullable = false)
	private long toFamilyId;

	@Column(nullable = false)
	private int setupMinutes;

	protected SetupEntry() {
	}

	SetupEntry(long fromFamilyId, long toFamilyId, int setupMinutes) {
		this.fromFamilyId = fromFamilyId;
		this.toFamilyId = toFamilyId;
		this.setupMinutes = setupMinutes;
	}

	long fromFamilyId() {
		return fromFamilyId;
	}

	long toFamilyId() {
		return toFamilyId;
	}

	int setupMinutes() {
		return setupMinutes;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SetupEntry e && e.fromFamilyId == fromFamilyId && e.toFamilyId == toFamilyId
				&& e.setupMinutes == setupMinutes;
	}

	@Override
	public int hashCode() {
		return Objects.hash(fromFamilyId, toFamilyId, setupMinutes);
	}

	@Override
	public String toString() {
		return "%d → %d: %d min".formatted(fromFamilyId, toFamilyId, setupMinutes);
	}
}
