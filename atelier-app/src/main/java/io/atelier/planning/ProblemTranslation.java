package io.atelier.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.catalog.Items;
import io.atelier.catalog.ProductFamilies;
import io.atelier.catalog.SetupMatrices;
import io.atelier.catalog.SetupMatrices.SetupMatrixRef;
import io.atelier.factory.Machines;
import io.atelier.factory.Machines.MachineView;
import io.atelier.factory.WorkingPeriod;
import io.atelier.orders.OrderWork.OperationWork;
import io.atelier.orders.OrderWork.WorkOfOrder;
import io.atelier.scheduling.model.Calendar;
import io.atelier.scheduling.model.Interval;
import io.atelier.scheduling.model.Job;
import io.atelier.scheduling.model.Machine;
import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.ObjectiveWeights;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.SetupMatrix;

/**
 * Translates the factory's real data into the scheduling engine's {@link Problem} (docs/planning.md, "From factory data
 * to the engine"): every machine with its calendar (shifts minus holidays and its planned downtime, read over the
 * planning horizon from now) and its setup matrix between product families; one job per order with open work (see
 * {@link JobTranslation}); no workers yet (skills are not planned); nothing frozen beyond the started operations, which
 * are pinned where they run.
 */
@Component
public class ProblemTranslation {

	private static final Logger log = LoggerFactory.getLogger(ProblemTranslation.class);

	private final Machines machines;

	private final SetupMatrices setups;

	private final ProductFamilies families;

	private final Items items;

	private final PlanningSettings settings;

	ProblemTranslation(Machines machines, SetupMatrices setups, ProductFamilies families, Items items,
			PlanningSettings settings) {
		this.machines = machines;
		this.setups = setups;
		this.families = families;
		this.items = items;
		this.settings = settings;
	}

	/** An order not yet released, as the engine would see it next to the current problem. */
	public record Prospect(Job job, List<Operation> operations, List<String> operationNumbers,
			List<MaterialArrival> materials) {
	}

	/** How many days ahead machine calendars are read. */
	public int horizonDays() {
		return settings.horizonDays();
	}

	/** The problem of this work, with minute 0 at {@code now}. */
	@Transactional(readOnly = true)
	public FactoryProblem translate(List<WorkOfOrder> open, Instant now) {
		TimeAxis axis = TimeAxis.startingAt(now, settings.timeZone());
		FactoryResources resources = resources(axis);
		List<WorkOfOrder> work = plannable(open, resources);
		JobTranslation jobs = jobs(axis, resources, work, startedPin(resources));
		List<Job> jobList = new ArrayList<>();
		List<Operation> operations = new ArrayList<>();
		List<String> numbers = new ArrayList<>();
		List<MaterialArrival> materials = new ArrayList<>();
		for (WorkOfOrder order : work) {
			JobTranslation.Translated translated = jobs.translate(order, jobList.size(), operations.size());
			jobList.add(translated.job());
			operations.addAll(translated.operations());
			numbers.addAll(translated.numbers());
			materials.addAll(translated.materials());
		}
		Problem problem = new Problem(resources.machines(), List.of(), jobList, operations, 0, ObjectiveWeights.DEFAULT);
		return new FactoryProblem(problem, axis, work, numbers, materials, resources);
	}

	/**
	 * The orders whose every open operation has a machine that works within the horizon; the others cannot be placed
	 * and would make the whole plan fail, so they are left out of it, with a warning naming them and why.
	 */
	private List<WorkOfOrder> plannable(List<WorkOfOrder> open, FactoryResources resources) {
		List<WorkOfOrder> plannable = new ArrayList<>();
		List<String> left = new ArrayList<>();
		for (WorkOfOrder order : open) {
			Optional<String> stuck = order.workOrders()
				.stream()
				.flatMap(wo -> wo.operations().stream())
				.filter(op -> op.machines().stream().noneMatch(m -> resources.machineIndex().containsKey(m.machineId())))
				.map(OperationWork::number)
				.findFirst();
			if (stuck.isPresent()) {
				left.add(stuck.get());
			}
			else {
				plannable.add(order);
			}
		}
		if (!left.isEmpty()) {
			log.warn("Left {} order(s) out of the plan: none of the machines of {} works within the next {} days "
					+ "(a machine without a calendar with shifts?)", left.size(), left, settings.horizonDays());
		}
		return plannable;
	}

	/**
	 * The job and operations of an order not yet released, numbered after the current problem's, its materials called
	 * for today. Nothing of it is pinned.
	 */
	@Transactional(readOnly = true)
	public Prospect prospect(FactoryProblem current, WorkOfOrder order) {
		JobTranslation jobs = jobs(current.axis(), current.resources(), List.of(order), machineId -> null);
		JobTranslation.Translated translated = jobs.translate(order, current.problem().jobs().size(),
				current.problem().operations().size());
		return new Prospect(translated.job(), translated.operations(), translated.numbers(), translated.materials());
	}

	private JobTranslation jobs(TimeAxis axis, FactoryResources resources, List<WorkOfOrder> work,
			LongFunction<Long> startedPin) {
		Set<Long> itemIds = new HashSet<>();
		work.forEach(order -> order.workOrders().forEach(wo -> itemIds.add(wo.itemId())));
		Map<Long, Long> familyOfItem = new HashMap<>();
		items.findAll(itemIds).values().forEach(item -> familyOfItem.put(item.id(), item.productFamilyId()));
		Map<Long, Integer> unknown = FactoryResources.fresh();
		return new JobTranslation(axis, resources.machineIndex(),
				itemId -> resources.family(familyOfItem.get(itemId), unknown), startedPin);
	}

	/**
	 * A started operation is pinned at the first working minute from now of one of its machines; the factory does not
	 * record which machine it runs on, so each machine takes at most one started operation.
	 */
	private static LongFunction<Long> startedPin(FactoryResources resources) {
		Set<Long> taken = new HashSet<>();
		return machineId -> {
			Calendar calendar = resources.machines().get(resources.machineIndex().get(machineId)).calendar();
			long start = calendar.nextWorkingInstant(0);
			if (start >= Calendar.NEVER || !taken.add(machineId)) {
				return null;
			}
			return start;
		};
	}

	private FactoryResources resources(TimeAxis axis) {
		Map<Long, Integer> familyIndex = new HashMap<>();
		families.listAll(null, null).forEach(f -> familyIndex.put(f.id(), familyIndex.size() + 1));
		Instant to = axis.origin().plus(java.time.Duration.ofDays(settings.horizonDays()));
		List<Machine> list = new ArrayList<>();
		Map<Long, Integer> machineIndex = new HashMap<>();
		for (MachineView view : machines.listAll(null, null)) {
			int index = list.size();
			List<Interval> working = new ArrayList<>();
			for (WorkingPeriod period : machines.workingPeriods(view.id(), axis.origin(), to)) {
				working.add(new Interval(axis.minute(period.start()), axis.minute(period.end())));
			}
			if (working.isEmpty()) {
				continue; // never works within the horizon (a calendar without shifts): no operation can go there
			}
			SetupMatrix matrix = setups.findByMachine(view.id()).map(m -> matrix(m, familyIndex)).orElse(SetupMatrix.NONE);
			list.add(new Machine(new MachineId(index), view.code(), Calendar.of(working), matrix));
			machineIndex.put(view.id(), index);
		}
		return new FactoryResources(list, machineIndex, familyIndex);
	}

	/**
	 * The catalog's changeover times as the engine's: entries by family number; between two items without a family the
	 * catalog charges the default, which the engine needs spelt out as a change from family 0 to family 0.
	 */
	private static SetupMatrix matrix(SetupMatrixRef ref, Map<Long, Integer> familyIndex) {
		Map<SetupMatrix.Change, Long> minutes = new HashMap<>();
		ref.entries().forEach(entry -> {
			Integer from = familyIndex.get(entry.fromFamilyId());
			Integer to = familyIndex.get(entry.toFamilyId());
			if (from != null && to != null) {
				minutes.put(new SetupMatrix.Change(from, to), (long) entry.setupMinutes());
			}
		});
		minutes.put(new SetupMatrix.Change(0, 0), (long) ref.defaultSetupMinutes());
		return new SetupMatrix(ref.defaultSetupMinutes(), minutes);
	}
}
