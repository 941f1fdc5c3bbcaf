package io.atelier.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;


import io.atelier.shared.domain.AggregateRoot;

/**
 * The routing (工艺路线) of a made item: its steps and their precedence. Steps keep their identity by step number, so
 * that changing a step's machines is recorded as a change of that step rather than as a new routing.
 */
@Entity
@Table(name = "routing")
class Routing extends AggregateRoot {

	@ManyToOne(optional = false)
	@JoinColumn(name = "item_id", nullable = false, unique = true)
	private Item item;

	@OneToMany(mappedBy = "routing", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("stepNo")
	private List<RoutingStep> steps = new ArrayList<>();

	protected Routing() {
	}

	Routing(Item item, List<RoutingStep.Content> steps) {
		this.item = item;
		steps.forEach(content -> this.steps.add(new RoutingStep(this, content)));
		this.steps.sort(Comparator.comparingInt(RoutingStep::getStepNo));
	}

	void change(Item item, List<RoutingStep.Content> contents) {
		boolean changed = !item.getId().equals(this.item.getId());
		this.item = item;
		Map<Integer, RoutingStep> previous = steps.stream()
			.collect(Collectors.toMap(RoutingStep::getStepNo, Function.identity()));
		for (RoutingStep.Content content : contents) {
			RoutingStep step = previous.remove(content.stepNo());
			if (step == null) {
				steps.add(new RoutingStep(this, content));
				changed = true;
			}
			else {
				changed |= step.change(content);
			}
		}
		changed |= steps.removeAll(previous.values());
		steps.sort(Comparator.comparingInt(RoutingStep::getStepNo));
		if (changed) {
			touch(); // a change inside a step does not dirty the routing itself
		}
	}

	Item getItem() {
		return item;
	}

	List<RoutingStep.Content> getSteps() {
		return steps.stream().map(RoutingStep::content).toList();
	}

	@Override
	public String auditLabel() {
		return item.getCode();
	}
}
