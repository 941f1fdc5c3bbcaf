package io.atelier.factory;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WeekdayTests {

	@Test
	void aFileCellListsDaysWithAnySeparatorAndRangesInAnyCase() {
		assertThat(Weekday.parseList("mon, wed;FRI")).containsExactly(Weekday.MON, Weekday.WED, Weekday.FRI);
		assertThat(Weekday.parseList("MON-FRI")).hasSize(5).doesNotContain(Weekday.SAT, Weekday.SUN);
		assertThat(Weekday.parseList("SAT-MON")).containsExactly(Weekday.MON, Weekday.SAT, Weekday.SUN);
	}

	@Test
	void somethingThatIsNotADayIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Weekday.parseList("MON,FUNDAY"));
		assertThatIllegalArgumentException().isThrownBy(() -> Weekday.parseList("MON-TUE-WED"));
	}

	@Test
	void daysAreWrittenInWeekOrder() {
		assertThat(Weekday.format(List.of(Weekday.SUN, Weekday.MON, Weekday.WED))).isEqualTo("MON,WED,SUN");
	}
}
