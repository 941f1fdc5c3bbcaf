package io.atelier.catalog;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;


import io.atelier.shared.domain.AggregateRoot;

/**
 * The changeover times (换型时间) of one machine between product families: a default for any change of family, and the
 * exceptions (lighter to darker paint is quick, the other way round is a full cleaning).
 */
@Entity
@Table(name = "setup_matrix")
class SetupMatrix extends AggregateRoot {

	@Column(nullable = false, unique = true)
	private long machineId;

	@Column(nullable = false)
	private int defaultSetupMinutes;

	@ElementCollection
	@CollectionTable(name = "setup_matrix_entry", joinColumns = @JoinColumn(name = "setup_matrix_id"))
	@OrderColumn(name = "position")
	private List<SetupEntry> entries = new ArrayList<>();

	/** The machine's code for the audit trail; the machine belongs to the factory module, which the entity cannot ask. */
	@Transient
	private String machineCode;

	protected SetupMatrix() {
	}

	SetupMatrix(long machineId, int defaultSetupMinutes, List<SetupEntry> entries) {
		change(machineId, defaultSetupMinutes, entries);
	}

	void change(long machineId, int defaultSetupMinutes, List<SetupEntry> entries) {
		this.machineId = machineId;
		this.defaultSetupMinutes = defaultSetupMinutes;
		// replaced only when different, so that an unchanged matrix is not rewritten and audited as a change
		if (!this.entries.equals(entries)) {
			this.entries.clear();
			this.entries.addAll(entries);
		}
	}

	void knownAs(String machineCode) {
		this.machineCode = machineCode;
	}

	long getMachineId() {
		return machineId;
	}

	int getDefaultSetupMinutes() {
		return defaultSetupMinutes;
	}

	List<SetupEntry> getEntries() {
		return List.copyOf(entries);
	}

	@Override
	public String auditLabel() {
		return machineCode;
	}
}
