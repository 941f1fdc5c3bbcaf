package io.atelier.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.factory.Machines.MachineRef;
import io.atelier.factory.WorkCenters.WorkCenterRef;
import io.atelier.shared.domain.FieldError;
import io.atelier.shared.domain.ReferenceCheck;
import io.atelier.shared.masterdata.Versioned;
import io.atelier.shared.tabular.ImportRejectedException;
import io.atelier.shared.tabular.ImportResult;
import io.atelier.shared.tabular.Row;
import io.atelier.workforce.Skills.SkillRef;

/** Maintains routings and lets planning and scheduling read how an item is made. */
@Service
public class Routings extends ItemRecords<Routing, Routings.RoutingView, Routings.RoutingCommand,
		Routings.RoutingFilter> {

	private final RoutingRepository routings;

	private final ResourceLookup resources;

	private final StructureCache cache;

	Routings(RoutingRepository routings, ItemRepository items, ResourceLookup resources, StructureCache cache,
			ReferenceCheck references, Validator validator) {
		super(routings, items, references, validator);
		this.cache = cache;
		this.routings = routings;
		this.resources = resources;
	}

	public record RoutingView(long id, long version, long itemId, String itemCode, String itemName,
			List<RoutingStepView> steps, Instant createdAt, Instant updatedAt) {
	}

	public record RoutingStepView(int stepNo, String name, long workCenterId, String workCenterCode,
			String workCenterName, Long skillId, String skillCode, String skillName, int workers, int minLagMinutes,
			List<Integer> predecessors, String instructions, List<StepMachineView> machines) {
	}

	public record StepMachineView(long machineId, String machineCode, String machineName, BigDecimal runMinutesPerUnit,
			int setupMinutes) {
	}

	public record RoutingCommand(Long version, @NotNull Long itemId,
			@NotEmpty @Size(max = 100) List<@Valid RoutingStepCommand> steps) implements Versioned {
	}

	/**
	 * A step; {@code workers} empty means 1, {@code minLagMinutes} empty means 0, {@code predecessors} empty means the
	 * step may start at once.
	 */
	public record RoutingStepCommand(@NotNull @Min(1) @Max(99999) Integer stepNo, @NotBlank @Size(max = 200) String name,
			@NotNull Long workCenterId, Long skillId, @Min(1) @Max(100) Integer workers,
			@Min(0) @Max(100000) Integer minLagMinutes, @Size(max = 100) List<@NotNull Integer> predecessors,
			@Size(max = 4000) String instructions, @NotEmpty @Size(max = 50) List<@Valid StepMachineCommand> machines) {
	}

	/** A machine that can do the step; {@code setupMinutes} empty means 0. */
	public record StepMachineCommand(@NotNull Long machineId,
			@NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 8, fraction = 4) BigDecimal runMinutesPerUnit,
			@Min(0) @Max(100000) Integer setupMinutes) {
	}

	public record RoutingFilter(Long itemId) {
	}

	/** How an item is made, for planning and scheduling; steps by step number. */
	public record RoutingRef(long id, long itemId, String itemCode, List<RoutingStepRef> steps) {
	}

	public record RoutingStepRef(int stepNo, String name, long workCenterId, Long skillId, int workers,
			int minLagMinutes, List<Integer> predecessors, String instructions, List<StepMachineRef> machines) {
	}

	public record StepMachineRef(long machineId, BigDecimal runMinutesPerUnit, int setupMinutes) {
	}

	@Transactional(readOnly = true)
	public Optional<RoutingRef> find(long id) {
		return routings.findById(id).map(Routings::ref);
	}

	@Transactional(readOnly = true)
	public Optional<RoutingRef> findByItem(long itemId) {
		return cache.get("routing", itemId, key -> routings.findByItemId(key).map(Routings::ref));
	}

	/** The routings of these items, by item id (items without one are left out): a few queries for a whole level. */
	@Transactional(readOnly = true)
	public Map<Long, RoutingRef> findByItems(Collection<Long> itemIds) {
		return cache.getAll("routing", itemIds, missing -> routings.findByItemIdIn(missing)
			.stream()
			.map(Routings::ref)
			.collect(Collectors.toMap(RoutingRef::itemId, r -> r)));
	}

	private static RoutingRef ref(Routing routing) {
		return new RoutingRef(routing.getId(), routing.getItem().getId(), routing.getItem().getCode(),
				routing.getSteps()
					.stream()
					.map(s -> new RoutingStepRef(s.stepNo(), s.name(), s.workCenterId(), s.skillId(), s.workers(),
							s.minLagMinutes(), s.predecessors(), s.instructions(),
							s.machines()
								.stream()
								.map(m -> new StepMachineRef(m.machineId(), m.runMinutesPerUnit(), m.setupMinutes()))
								.toList()))
					.toList());
	}

	@Override
	public String entityType() {
		return "Routing";
	}

	@Override
	public RoutingTabular tabular() {
		return new RoutingTabular(this::itemIdByCode, resources.session());
	}

	@Override
	protected Long itemIdOf(RoutingFilter filter) {
		return filter.itemId();
	}

	@Override
	protected RoutingView toView(Routing routing) {
		return toViews(List.of(routing)).get(0);
	}

	@Override
	protected List<RoutingView> toViews(List<Routing> page) {
		ResourceLookup.Session lookup = resources.session();
		return page.stream()
			.map(r -> new RoutingView(r.getId(), r.getVersion(), r.getItem().getId(), r.getItem().getCode(),
					r.getItem().getName(), r.getSteps().stream().map(s -> stepView(s, lookup)).toList(),
					r.getCreatedAt(), r.getUpdatedAt()))
			.toList();
	}

	private static RoutingStepView stepView(RoutingStep.Content s, ResourceLookup.Session lookup) {
		Optional<WorkCenterRef> centre = lookup.workCenter(s.workCenterId());
		Optional<SkillRef> skill = lookup.skill(s.skillId());
		return new RoutingStepView(s.stepNo(), s.name(), s.workCenterId(), centre.map(WorkCenterRef::code).orElse(null),
				centre.map(WorkCenterRef::name).orElse(null), s.skillId(), skill.map(SkillRef::code).orElse(null),
				skill.map(SkillRef::name).orElse(null), s.workers(), s.minLagMinutes(), s.predecessors(),
				s.instructions(), s.machines().stream().map(m -> {
					Optional<MachineRef> machine = lookup.machine(m.machineId());
					return new StepMachineView(m.machineId(), machine.map(MachineRef::code).orElse(null),
							machine.map(MachineRef::name).orElse(null), m.runMinutesPerUnit(), m.setupMinutes());
				}).toList());
	}

	@Override
	protected Optional<Routing> findByItemId(long itemId) {
		return routings.findByItemId(itemId);
	}

	@Override
	protected Item itemOf(Routing routing) {
		return routing.getItem();
	}

	@Override
	protected Long itemIdOf(RoutingCommand command) {
		return command.itemId();
	}

	@Override
	protected Routing newEntity(RoutingCommand command) {
		return new Routing(items.getReferenceById(command.itemId()), contents(command));
	}

	@Override
	protected void apply(Routing routing, RoutingCommand command) {
		routing.change(items.getReferenceById(command.itemId()), contents(command));
	}

	private static List<RoutingStep.Content> contents(RoutingCommand command) {
		return command.steps()
			.stream()
			.map(s -> new RoutingStep.Content(s.stepNo(), s.name(), s.workCenterId(), s.skillId(),
					s.workers() == null ? 1 : s.workers(), s.minLagMinutes() == null ? 0 : s.minLagMinutes(),
					predecessors(s), s.instructions(),
					s.machines()
						.stream()
						.map(m -> new StepMachine(m.machineId(), m.runMinutesPerUnit(),
								m.setupMinutes() == null ? 0 : m.setupMinutes()))
						.toList()))
			.toList();
	}

	/** A step's predecessors in ascending order without repeats: the order they are given in carries no meaning. */
	static List<Integer> predecessors(RoutingStepCommand step) {
		return step.predecessors() == null ? List.of() : step.predecessors().stream().distinct().sorted().toList();
	}

	@Override
	protected List<FieldError> check(RoutingCommand command, Routing existing) {
		Optional<Item> item = command.itemId() == null ? Optional.empty() : items.findById(command.itemId());
		return new RoutingRules(command, item, resources.session()).check();
	}

	/** Errors point at the file's row and column of the step or machine at fault. */
	@Override
	@Transactional
	public ImportResult importRows(List<Row> rows) {
		RoutingTabular tabular = tabular();
		tabular.commandsOf(rows, new java.util.ArrayList<>());
		try {
			return super.importRows(rows);
		}
		catch (ImportRejectedException rejected) {
			throw tabular.sources().pointAt(rejected);
		}
	}
}
