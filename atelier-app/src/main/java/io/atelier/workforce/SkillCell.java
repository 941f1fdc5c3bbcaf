package io.atelier.workforce;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.atelier.shared.tabular.Cells;
import io.atelier.workforce.Skills.SkillRef;
import io.atelier.workforce.Workers.WorkerSkillLine;

/**
 * Reads the skills of a worker from one cell of an import file, written {@code CUT:3;EDGE:2}: skill code, colon,
 * level, separated by semicolons. Full-width {@code ；} and {@code ：} are accepted too, as Chinese keyboards type them.
 * Every bad entry is reported against the cell's column.
 */
final class SkillCell {

	static final String SEPARATOR = ";";

	private final Cells cells;

	private final String column;

	private final Function<String, Optional<SkillRef>> skillByCode;

	SkillCell(Cells cells, String column, Function<String, Optional<SkillRef>> skillByCode) {
		this.cells = cells;
		this.column = column;
		this.skillByCode = skillByCode;
	}

	static String entry(String skillCode, int level) {
		return skillCode + ":" + level;
	}

	List<WorkerSkillLine> lines() {
		String text = cells.text(column);
		List<WorkerSkillLine> lines = new ArrayList<>();
		if (text == null) {
			return lines;
		}
		Set<String> seen = new HashSet<>();
		for (String entry : text.replace('；', ';').replace('：', ':').split(SEPARATOR)) {
			if (!entry.isBlank()) {
				line(entry.trim(), seen).ifPresent(lines::add);
			}
		}
		return lines;
	}

	private Optional<WorkerSkillLine> line(String entry, Set<String> seen) {
		String[] parts = entry.split(":", -1);
		if (parts.length != 2 || parts[0].isBlank()) {
			cells.reject(column, "worker.import.skill-entry", entry);
			return Optional.empty();
		}
		String code = parts[0].trim();
		Integer level = level(parts[1].trim());
		if (level == null) {
			cells.reject(column, "worker.import.skill-level", entry, WorkerSkill.MIN_LEVEL, WorkerSkill.MAX_LEVEL);
		}
		Optional<SkillRef> skill = skillByCode.apply(code);
		if (skill.isEmpty()) {
			cells.reject(column, "import.unknown-code", code);
		}
		else if (!seen.add(code.toUpperCase(Locale.ROOT))) {
			cells.reject(column, "worker.skill-twice", skill.get().code());
		}
		return skill.isPresent() && level != null ? Optional.of(new WorkerSkillLine(skill.get().id(), level))
				: Optional.empty();
	}

	/** The level, or null when it is not a whole number in range. */
	private static Integer level(String text) {
		try {
			int level = Integer.parseInt(text);
			return level >= WorkerSkill.MIN_LEVEL && level <= WorkerSkill.MAX_LEVEL ? level : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
