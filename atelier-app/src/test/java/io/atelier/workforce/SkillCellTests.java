package io.atelier.workforce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.atelier.shared.tabular.Cells;
import io.atelier.shared.tabular.Row;
import io.atelier.shared.tabular.RowError;
import io.atelier.workforce.Skills.SkillRef;
import io.atelier.workforce.Workers.WorkerSkillLine;

import static org.assertj.core.api.Assertions.assertThat;

class SkillCellTests {

	private static final Map<String, SkillRef> KNOWN = Map.of("CUT", new SkillRef(1, "CUT", "Cutting"), "EDGE",
			new SkillRef(2, "EDGE", "Edge banding"));

	private final List<RowError> errors = new ArrayList<>();

	private List<WorkerSkillLine> read(String cell) {
		Cells cells = new Cells(new Row(7, cell == null ? Map.of() : Map.of("skills", cell)), errors);
		return new SkillCell(cells, "skills",
				code -> Optional.ofNullable(KNOWN.get(code.toUpperCase(Locale.ROOT)))).lines();
	}

	private List<String> messageKeys() {
		return errors.stream().map(error -> error.error().messageKey()).toList();
	}

	@Test
	void readsCodeColonLevelEntriesSeparatedBySemicolonsInTheirOrder() {
		assertThat(read("EDGE:2; cut : 5 ;")).containsExactly(new WorkerSkillLine(2L, 2), new WorkerSkillLine(1L, 5));
		assertThat(errors).isEmpty();
	}

	@Test
	void acceptsTheFullWidthPunctuationOfChineseKeyboards() {
		assertThat(read("CUT：3；EDGE：1")).containsExactly(new WorkerSkillLine(1L, 3), new WorkerSkillLine(2L, 1));
		assertThat(errors).isEmpty();
	}

	@Test
	void anEmptyCellMeansNoSkills() {
		assertThat(read(null)).isEmpty();
		assertThat(errors).isEmpty();
	}

	@Test
	void reportsEveryBadEntryAgainstTheSkillsColumnAndRow() {
		assertThat(read("CUT:0;EDGE:x;WELD:3;FORK")).isEmpty();
		assertThat(messageKeys()).containsExactly("worker.import.skill-level", "worker.import.skill-level",
				"import.unknown-code", "worker.import.skill-entry");
		assertThat(errors).allSatisfy(error -> {
			assertThat(error.row()).isEqualTo(7);
			assertThat(error.error().field()).isEqualTo("skills");
		});
	}

	@Test
	void aSkillWrittenTwiceIsReportedEvenInAnotherCase() {
		read("CUT:2;cut:3");
		assertThat(messageKeys()).containsExactly("worker.skill-twice");
	}

	@Test
	void levelsOneAndFiveAreTheBounds() {
		assertThat(read("CUT:1;EDGE:5")).hasSize(2);
		assertThat(errors).isEmpty();
		assertThat(read("CUT:6")).isEmpty();
		assertThat(messageKeys()).containsExactly("worker.import.skill-level");
	}
}
