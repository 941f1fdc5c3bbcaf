package io.atelier.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;


import io.atelier.shared.domain.Aggregate;
import io.atelier.shared.domain.AuditedPart;

/**
 * A step (工序) of a routing: what is done, in which work centre, by how many workers with which skill, on which of the
 * centre's machines at what speed, and after which other steps. Work orders copy steps into their operations.
 */
@Entity
@Table(name = "routing_step")
class RoutingStep implements AuditedPart {

	/** What a step is made of, as the routing's owner decided it (defaults already applied). */
	record Content(int stepNo, String name, long workCenterId, Long skillId, int workers, int minLagMinutes,
			List<Integer> predecessors, String instructions, List<StepMachine> machines) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "routing_id", nullable = false)
	private Routing routing;

	@Column(nullable = false)
	private int stepNo;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false)
	private long workCenterId;

	private Long skillId;

	@Column(nullable = false)
	private int workers;

	@Column(nullable = false)
	private int minLagMinutes;

	@Column(length = 4000)
	private String instructions;

	@ElementCollection
	@CollectionTable(name = "routing_step_predecessor", joinColumns = @JoinColumn(name = "routing_step_id"))
	@Column(name = "predecessor_step_no", nullable = false)
	@OrderColumn(name = "position")
	private List<Integer> predecessors = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "routing_step_machine", joinColumns = @JoinColumn(name = "routing_step_id"))
	@OrderColumn(name = "position")
	private List<StepMachine> machines = new ArrayList<>();

	protected RoutingStep() {
	}

	RoutingStep(Routing routing, Content content) {
		this.routing = routing;
		this.stepNo = content.stepNo();
		change(content);
	}

	/** Takes the new content; answers whether anything changed. */
	boolean change(Content content) {
		if (content.equals(content())) {
			return false;
		}
		this.name = content.name();
		this.workCenterId = content.workCenterId();
		this.skillId = content.skillId();
		this.workers = content.workers();
		this.minLagMinutes = content.minLagMinutes();
		this.instructions = content.instructions();
		// replaced only when different, so that an unchanged list is not rewritten and audited as a change
		if (!predecessors.equals(content.predecessors())) {
			predecessors.clear();
			predecessors.addAll(content.predecessors());
		}
		if (!machines.equals(content.machines())) {
			machines.clear();
			machines.addAll(content.machines());
		}
		return true;
	}

	Content content() {
		return new Content(stepNo, name, workCenterId, skillId, workers, minLagMinutes, List.copyOf(predecessors),
				instructions, List.copyOf(machines));
	}

	int getStepNo() {
		return stepNo;
	}

	@Override
	public Aggregate auditOwner() {
		return routing;
	}

	@Override
	public String auditPartLabel() {
		return "steps[" + stepNo + "]";
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RoutingStep step && id != null && id.equals(step.id);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(RoutingStep.class);
	}
}
