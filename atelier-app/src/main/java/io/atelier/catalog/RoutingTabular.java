package io.atelier.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.atelier.catalog.Routings.RoutingCommand;
import io.atelier.catalog.Routings.RoutingStepCommand;
import io.atelier.catalog.Routings.RoutingView;
import io.atelier.catalog.Routings.StepMachineCommand;
import io.atelier.shared.tabular.Cells;
import io.atelier.shared.tabular.Numbered;
import io.atelier.shared.tabular.Row;
import io.atelier.shared.tabular.RowGroups;
import io.atelier.shared.tabular.RowError;
import io.atelier.shared.tabular.TabularMapping;

/**
 * One row per step and machine, grouped by item code and then step number; a file replaces the whole routing of every
 * item it names. The step's own columns may be repeated on each of its rows or given once, but must not contradict.
 * Predecessors are step numbers separated by semicolons, e.g. {@code 10;20}.
 */
class RoutingTabular implements TabularMapping<RoutingView, RoutingCommand> {

	static final Map<String, String> COLUMNS = Map.of("itemId", "itemCode", "steps", "stepNo", "name", "stepName",
			"workCenterId", "workCenterCode", "skillId", "skillCode", "machines", "machineCode", "machineId",
			"machineCode");

	/** The columns that describe a step rather than one of its machines. */
	private static final List<String> STEP_COLUMNS = List.of("stepName", "workCenterCode", "skillCode", "workers",
			"minLagMinutes", "predecessors", "instructions");

	private final Function<String, Optional<Long>> itemIdByCode;

	private final ResourceLookup.Session resources;

	private final ImportSources sources = new ImportSources(COLUMNS);

	RoutingTabular(Function<String, Optional<Long>> itemIdByCode, ResourceLookup.Session resources) {
		this.itemIdByCode = itemIdByCode;
		this.resources = resources;
	}

	ImportSources sources() {
		return sources;
	}

	@Override
	public List<String> columns() {
		return List.of("itemCode", "stepNo", "stepName", "workCenterCode", "skillCode", "workers", "minLagMinutes",
				"predecessors", "instructions", "machineCode", "runMinutesPerUnit", "setupMinutes");
	}

	@Override
	public List<List<Object>> rowsOf(RoutingView routing) {
		List<List<Object>> rows = new ArrayList<>();
		for (var step : routing.steps()) {
			String predecessors = step.predecessors().stream().map(String::valueOf).collect(Collectors.joining(";"));
			for (var machine : step.machines()) {
				rows.add(Arrays.asList(routing.itemCode(), step.stepNo(), step.name(), step.workCenterCode(),
						step.skillCode(), step.workers(), step.minLagMinutes(), predecessors, step.instructions(),
						machine.machineCode(), machine.runMinutesPerUnit(), machine.setupMinutes()));
			}
		}
		return rows;
	}

	@Override
	public List<Numbered<RoutingCommand>> commandsOf(List<Row> rows, List<RowError> errors) {
		List<Numbered<RoutingCommand>> commands = new ArrayList<>();
		for (List<Row> group : RowGroups.byCode(rows, "itemCode", errors)) {
			int before = errors.size();
			int first = group.get(0).number();
			Long itemId = CodeCells.id(new Cells(group.get(0), errors), "itemCode", itemIdByCode);
			List<RoutingStepCommand> steps = new ArrayList<>();
			for (List<Row> stepRows : byStep(group, errors).values()) {
				steps.add(step(first, steps.size(), stepRows, errors));
			}
			if (errors.size() == before) {
				commands.add(new Numbered<>(first, new RoutingCommand(null, itemId, steps)));
			}
		}
		return commands;
	}

	private static Map<Integer, List<Row>> byStep(List<Row> group, List<RowError> errors) {
		Map<Integer, List<Row>> steps = new LinkedHashMap<>();
		for (Row row : group) {
			Integer stepNo = new Cells(row, errors).integer("stepNo");
			if (stepNo == null && row.get("stepNo") == null) {
				new Cells(row, errors).reject("stepNo", "validation.required");
			}
			if (stepNo != null) {
				steps.computeIfAbsent(stepNo, n -> new ArrayList<>()).add(row);
			}
		}
		return steps;
	}

	private RoutingStepCommand step(int first, int index, List<Row> stepRows, List<RowError> errors) {
		Row head = RowGroups.record(stepRows, STEP_COLUMNS, errors);
		Cells cells = new Cells(head, errors);
		String path = "steps[" + index + "]";
		sources.record(first, path, head.number());
		List<StepMachineCommand> machines = new ArrayList<>();
		for (Row row : stepRows) {
			Cells machine = new Cells(row, errors);
			sources.record(first, path + ".machines[" + machines.size() + "]", row.number());
			machines.add(new StepMachineCommand(CodeCells.id(machine, "machineCode", resources::machineIdByCode),
					machine.decimal("runMinutesPerUnit"), machine.integer("setupMinutes")));
		}
		return new RoutingStepCommand(cells.integer("stepNo"), cells.text("stepName"),
				CodeCells.id(cells, "workCenterCode", resources::workCenterIdByCode),
				CodeCells.id(cells, "skillCode", resources::skillIdByCode), cells.integer("workers"), cells.integer("minLagMinutes"), predecessors(cells), cells.text("instructions"),
				machines);
	}

	private static List<Integer> predecessors(Cells cells) {
		String text = cells.text("predecessors");
		if (text == null) {
			return List.of();
		}
		List<Integer> numbers = new ArrayList<>();
		for (String part : text.split("[;,\\s]+")) {
			try {
				if (!part.isEmpty()) {
					numbers.add(Integer.valueOf(part));
				}
			}
			catch (NumberFormatException ex) {
				cells.reject("predecessors", "import.bad-value", text);
				return List.of();
			}
		}
		return numbers;
	}
}
