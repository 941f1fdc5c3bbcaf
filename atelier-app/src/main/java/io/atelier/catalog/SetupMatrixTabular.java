package io.atelier.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.atelier.catalog.SetupMatrices.SetupEntryCommand;
import io.atelier.catalog.SetupMatrices.SetupMatrixCommand;
import io.atelier.catalog.SetupMatrices.SetupMatrixView;
import io.atelier.shared.tabular.Cells;
import io.atelier.shared.tabular.Numbered;
import io.atelier.shared.tabular.Row;
import io.atelier.shared.tabular.RowGroups;
import io.atelier.shared.tabular.RowError;
import io.atelier.shared.tabular.TabularMapping;

/**
 * One row per entry, grouped by machine code; the default setup time may be repeated on each row or given once, but
 * must not contradict. A matrix without entries is one row with the family columns left empty. A file replaces the whole
 * matrix of every machine it names.
 */
class SetupMatrixTabular implements TabularMapping<SetupMatrixView, SetupMatrixCommand> {

	static final Map<String, String> COLUMNS = Map.of("machineId", "machineCode", "entries", "fromFamilyCode",
			"fromFamilyId", "fromFamilyCode", "toFamilyId", "toFamilyCode");

	private final Function<String, Optional<Long>> machineIdByCode;

	private final Function<String, Optional<Long>> familyIdByCode;

	private final ImportSources sources = new ImportSources(COLUMNS);

	SetupMatrixTabular(Function<String, Optional<Long>> machineIdByCode,
			Function<String, Optional<Long>> familyIdByCode) {
		this.machineIdByCode = machineIdByCode;
		this.familyIdByCode = familyIdByCode;
	}

	ImportSources sources() {
		return sources;
	}

	@Override
	public List<String> columns() {
		return List.of("machineCode", "defaultSetupMinutes", "fromFamilyCode", "toFamilyCode", "setupMinutes");
	}

	@Override
	public List<List<Object>> rowsOf(SetupMatrixView matrix) {
		if (matrix.entries().isEmpty()) {
			return List.of(Arrays.asList(matrix.machineCode(), matrix.defaultSetupMinutes(), null, null, null));
		}
		return matrix.entries()
			.stream()
			.map(e -> Arrays.<Object>asList(matrix.machineCode(), matrix.defaultSetupMinutes(), e.fromFamilyCode(),
					e.toFamilyCode(), e.setupMinutes()))
			.toList();
	}

	@Override
	public List<Numbered<SetupMatrixCommand>> commandsOf(List<Row> rows, List<RowError> errors) {
		List<Numbered<SetupMatrixCommand>> commands = new ArrayList<>();
		for (List<Row> group : RowGroups.byCode(rows, "machineCode", errors)) {
			int before = errors.size();
			int first = group.get(0).number();
			Cells head = new Cells(RowGroups.record(group, List.of("defaultSetupMinutes"), errors), errors);
			Long machineId = CodeCells.id(head, "machineCode", machineIdByCode);
			List<SetupEntryCommand> entries = new ArrayList<>();
			for (Row row : group) {
				if (isEntry(row)) {
					Cells cells = new Cells(row, errors);
					sources.record(first, "entries[" + entries.size() + "]", row.number());
					entries.add(new SetupEntryCommand(CodeCells.id(cells, "fromFamilyCode", familyIdByCode),
							CodeCells.id(cells, "toFamilyCode", familyIdByCode), cells.integer("setupMinutes")));
				}
			}
			Integer defaultMinutes = head.integer("defaultSetupMinutes");
			if (errors.size() == before) {
				commands.add(new Numbered<>(first, new SetupMatrixCommand(null, machineId, defaultMinutes, entries)));
			}
		}
		return commands;
	}

	private static boolean isEntry(Row row) {
		return row.get("fromFamilyCode") != null || row.get("toFamilyCode") != null || row.get("setupMinutes") != null;
	}
}
