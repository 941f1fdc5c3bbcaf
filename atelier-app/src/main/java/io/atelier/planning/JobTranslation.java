package io.atelier.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.ToIntFunction;

import io.atelier.orders.OrderWork.MachineTime;
import io.atelier.orders.OrderWork.MaterialWork;
import io.atelier.orders.OrderWork.OperationWork;
import io.atelier.orders.OrderWork.WorkOfOrder;
import io.atelier.orders.OrderWork.WorkOrderWork;
import io.atelier.orders.Priority;
import io.atelier.scheduling.model.Eligibility;
import io.atelier.scheduling.model.Job;
import io.atelier.scheduling.model.JobId;
import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.OperationId;
import io.atelier.scheduling.model.Pin;
import io.atelier.scheduling.model.Precedence;
import io.atelier.scheduling.model.SkillRequirement;

/**
 * One order's work as one engine job (docs/planning.md, "From factory data to the engine"): the order is the job, due
 * at the end of its due date and weighted by priority; each open operation is an engine operation that waits for its
 * predecessors in the work order (plus their lag) and, when it is among the first of its work order, for the last
 * operations of the child work orders; it may run on the machines of its routing step for the run minutes of the
 * quantity (rounded up) plus the routing's setup; it starts no earlier than its work order's materials arrive.
 */
final class JobTranslation {

	private final TimeAxis axis;

	private final Map<Long, Integer> machineIndex;

	private final ToIntFunction<Long> familyOfItem;

	private final LongFunction<Long> startedPin;

	/**
	 * @param startedPin the minute a started operation is pinned at on a machine (by its id), or null when that machine
	 *     already holds a started operation
	 */
	JobTranslation(TimeAxis axis, Map<Long, Integer> machineIndex, ToIntFunction<Long> familyOfItem,
			LongFunction<Long> startedPin) {
		this.axis = axis;
		this.machineIndex = machineIndex;
		this.familyOfItem = familyOfItem;
		this.startedPin = startedPin;
	}

	/** The job, its operations (numbered from {@code firstOperation}), their numbers, and the materials' arrivals. */
	record Translated(Job job, List<Operation> operations, List<String> numbers, List<MaterialArrival> materials) {
	}

	/** Tardiness weights: a rush order's late minute costs eight of a low one's. */
	static int weight(Priority priority) {
		return switch (priority) {
			case LOW -> 1;
			case NORMAL -> 2;
			case HIGH -> 4;
			case RUSH -> 8;
		};
	}

	Translated translate(WorkOfOrder order, int jobIndex, int firstOperation) {
		JobId jobId = new JobId(jobIndex);
		Job job = new Job(jobId, order.orderNumber(), 0, axis.startOf(order.dueDate().plusDays(1)),
				weight(order.priority()));
		Map<Integer, Map<Integer, OperationWork>> stepsBySeq = new HashMap<>();
		Map<String, Integer> ids = new HashMap<>();
		List<String> numbers = new ArrayList<>();
		for (WorkOrderWork wo : order.workOrders()) {
			Map<Integer, OperationWork> steps = new HashMap<>();
			for (OperationWork op : wo.operations()) {
				steps.put(op.stepNo(), op);
				ids.put(op.number(), firstOperation + numbers.size());
				numbers.add(op.number());
			}
			stepsBySeq.put(wo.seq(), steps);
		}
		Map<Integer, List<Precedence>> childEnds = childEnds(order, ids);
		List<Operation> operations = new ArrayList<>();
		List<MaterialArrival> materials = new ArrayList<>();
		for (WorkOrderWork wo : order.workOrders()) {
			List<MaterialArrival> arrivals = arrivals(wo);
			materials.addAll(arrivals);
			long earliest = arrivals.stream().mapToLong(a -> axis.startOf(a.arrival())).max().orElse(0);
			int family = familyOfItem.applyAsInt(wo.itemId());
			Map<Integer, OperationWork> steps = stepsBySeq.get(wo.seq());
			for (OperationWork op : wo.operations()) {
				List<Precedence> predecessors = new ArrayList<>();
				boolean first = true;
				for (int before : op.predecessors()) {
					OperationWork predecessor = steps.get(before);
					if (predecessor != null) { // a done or cancelled predecessor no longer holds it back
						predecessors.add(new Precedence(new OperationId(ids.get(predecessor.number())),
								predecessor.minLagMinutes()));
					}
					first = false;
				}
				if (first || predecessors.isEmpty()) {
					predecessors.addAll(childEnds.getOrDefault(wo.seq(), List.of()));
				}
				operations.add(operation(ids.get(op.number()), jobId, predecessors, op, family, Math.max(0, earliest)));
			}
		}
		return new Translated(job, operations, numbers, materials);
	}

	private Operation operation(int index, JobId job, List<Precedence> predecessors, OperationWork op, int family,
			long earliest) {
		List<Eligibility> machines = new ArrayList<>();
		for (MachineTime time : op.machines()) {
			Integer machine = machineIndex.get(time.machineId());
			if (machine != null) {
				machines.add(new Eligibility(new MachineId(machine), minutes(time)));
			}
		}
		if (machines.isEmpty()) {
			throw new IllegalStateException(op.number() + " names no machine the factory has");
		}
		Optional<Pin> pin = Optional.empty();
		if (op.started()) {
			for (MachineTime time : op.machines()) {
				Long at = machineIndex.containsKey(time.machineId()) ? startedPin.apply(time.machineId()) : null;
				if (at != null) {
					pin = Optional.of(new Pin(new MachineId(machineIndex.get(time.machineId())), at));
					break;
				}
			}
		}
		// a started operation is running: what it waited for is behind it
		return new Operation(new OperationId(index), job, pin.isPresent() ? List.of() : predecessors, machines, family,
				SkillRequirement.NONE, pin.isPresent() ? 0 : earliest, pin);
	}

	/** Run minutes of the whole quantity, rounded up to the minute, plus the routing's setup. */
	static long minutes(MachineTime time) {
		return time.runMinutes().setScale(0, RoundingMode.CEILING).longValueExact() + time.setupMinutes();
	}

	/** For each work order, what its first operations wait for: the last operations of its children, with their lag. */
	private static Map<Integer, List<Precedence>> childEnds(WorkOfOrder order, Map<String, Integer> ids) {
		Map<Integer, List<Precedence>> ends = new HashMap<>();
		for (WorkOrderWork child : order.workOrders()) {
			if (child.parentSeq() == null) {
				continue;
			}
			Set<Integer> waitedFor = new HashSet<>();
			child.operations().forEach(op -> waitedFor.addAll(op.predecessors()));
			for (OperationWork op : child.operations()) {
				if (!waitedFor.contains(op.stepNo())) {
					ends.computeIfAbsent(child.parentSeq(), k -> new ArrayList<>())
						.add(new Precedence(new OperationId(ids.get(op.number())), op.minLagMinutes()));
				}
			}
		}
		return ends;
	}

	private List<MaterialArrival> arrivals(WorkOrderWork wo) {
		var calledOn = wo.releasedAt() == null ? axis.today() : wo.releasedAt().atZone(axis.zone()).toLocalDate();
		List<MaterialArrival> arrivals = new ArrayList<>();
		for (MaterialWork material : wo.materials()) {
			if (material.leadTimeDays() != null && material.leadTimeDays() > 0
					&& material.quantity().compareTo(BigDecimal.ZERO) > 0) {
				arrivals.add(new MaterialArrival(wo.number(), material.itemCode(), material.itemName(),
						material.leadTimeDays(), calledOn.plusDays(material.leadTimeDays())));
			}
		}
		return arrivals;
	}
}
