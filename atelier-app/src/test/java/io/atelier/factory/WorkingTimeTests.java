package io.atelier.factory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-checked working periods. The week of Monday 2 March 2026 is used in Shanghai (UTC+8 all year); Berlin changes to
 * summer time on Sunday 29 March 2026 (02:00 → 03:00) and back on Sunday 25 October 2026 (03:00 → 02:00).
 */
class WorkingTimeTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final Set<Weekday> MON_TO_SAT = Set.of(Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU,
			Weekday.FRI, Weekday.SAT);

	private static final Set<Weekday> MON_TO_FRI = Set.of(Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU,
			Weekday.FRI);

	private static Shift shift(String name, String start, String end, Set<Weekday> days) {
		return new Shift(name, LocalTime.parse(start), LocalTime.parse(end), days);
	}

	private static Instant at(String isoWithOffset) {
		return OffsetDateTime.parse(isoWithOffset).toInstant();
	}

	private static WorkingPeriod period(String start, String end, String shift) {
		return new WorkingPeriod(at(start), at(end), shift);
	}

	private static WorkingTime calendar(ZoneId zone, List<Shift> shifts, List<LocalDate> holidays,
			List<PlannedDowntime> downtimes) {
		return new WorkingTime(zone, shifts, holidays, downtimes);
	}

	private static final Shift DAY = shift("Day", "08:00", "16:30", MON_TO_SAT);

	private static final Shift NIGHT = shift("Night", "22:00", "06:00", MON_TO_FRI);

	@Test
	void aDayShiftIsWorkedOnEachOfItsDaysInTheCalendarsTimeZone() {
		List<WorkingPeriod> week = calendar(SHANGHAI, List.of(DAY), List.of(), List.of())
			.between(at("2026-03-02T00:00+08:00"), at("2026-03-09T00:00+08:00"));

		assertThat(week).hasSize(6);
		assertThat(week.getFirst()).isEqualTo(period("2026-03-02T00:00Z", "2026-03-02T08:30Z", "Day"));
		assertThat(week.getLast()).isEqualTo(period("2026-03-07T08:00+08:00", "2026-03-07T16:30+08:00", "Day"));
		assertThat(week.stream().mapToLong(WorkingPeriod::minutes).sum()).isEqualTo(6 * 510);
	}

	@Test
	void aNightShiftEndsTheNextMorningAndLastsEightHoursWhereTheClockNeverChanges() {
		List<WorkingPeriod> periods = calendar(SHANGHAI, List.of(NIGHT), List.of(), List.of())
			.between(at("2026-03-06T12:00+08:00"), at("2026-03-09T12:00+08:00"));

		// Friday night runs into Saturday; there is no night shift on Saturday or Sunday
		assertThat(periods).containsExactly(period("2026-03-06T22:00+08:00", "2026-03-07T06:00+08:00", "Night"));
		assertThat(periods.getFirst().minutes()).isEqualTo(480);
	}

	@Test
	void aNightShiftThatStartedTheDayBeforeIsCutAtTheStartOfTheRange() {
		List<WorkingPeriod> periods = calendar(SHANGHAI, List.of(NIGHT), List.of(), List.of())
			.between(at("2026-03-03T00:00+08:00"), at("2026-03-03T12:00+08:00"));

		assertThat(periods).containsExactly(period("2026-03-03T00:00+08:00", "2026-03-03T06:00+08:00", "Night"));
	}

	@Test
	void periodsOfSeveralShiftsComeInTimeOrderAndStaySeparate() {
		Shift early = shift("Early", "06:00", "14:00", MON_TO_FRI);
		Shift late = shift("Late", "14:00", "22:00", MON_TO_FRI);
		List<WorkingPeriod> monday = calendar(SHANGHAI, List.of(late, early), List.of(), List.of())
			.between(at("2026-03-02T00:00+08:00"), at("2026-03-03T00:00+08:00"));

		assertThat(monday).containsExactly(period("2026-03-02T06:00+08:00", "2026-03-02T14:00+08:00", "Early"),
				period("2026-03-02T14:00+08:00", "2026-03-02T22:00+08:00", "Late"));
	}

	@Test
	void nothingStartsOnAHolidayButTheNightShiftOfTheEveningBeforeIsWorkedToItsEnd() {
		LocalDate wednesday = LocalDate.parse("2026-03-04");
		WorkingTime calendar = calendar(SHANGHAI, List.of(DAY, NIGHT), List.of(wednesday), List.of());

		List<WorkingPeriod> periods = calendar.between(at("2026-03-03T00:00+08:00"), at("2026-03-05T00:00+08:00"));

		assertThat(periods).containsExactly(period("2026-03-03T00:00+08:00", "2026-03-03T06:00+08:00", "Night"),
				period("2026-03-03T08:00+08:00", "2026-03-03T16:30+08:00", "Day"),
				period("2026-03-03T22:00+08:00", "2026-03-04T06:00+08:00", "Night"));
	}

	@Test
	void aDowntimeCutsAShiftInTwo() {
		PlannedDowntime repair = new PlannedDowntime(at("2026-03-02T10:00+08:00"), at("2026-03-02T11:30+08:00"), "repair");
		List<WorkingPeriod> monday = calendar(SHANGHAI, List.of(DAY), List.of(), List.of(repair))
			.between(at("2026-03-02T00:00+08:00"), at("2026-03-03T00:00+08:00"));

		assertThat(monday).containsExactly(period("2026-03-02T08:00+08:00", "2026-03-02T10:00+08:00", "Day"),
				period("2026-03-02T11:30+08:00", "2026-03-02T16:30+08:00", "Day"));
	}

	@Test
	void aDowntimeAcrossAShiftChangeShortensBothShiftsAndOneCoveringAShiftRemovesIt() {
		Shift early = shift("Early", "06:00", "14:00", MON_TO_FRI);
		Shift late = shift("Late", "14:00", "22:00", MON_TO_FRI);
		List<PlannedDowntime> downtimes = List.of(
				new PlannedDowntime(at("2026-03-02T13:00+08:00"), at("2026-03-02T15:00+08:00"), "power cut"),
				new PlannedDowntime(at("2026-03-03T05:00+08:00"), at("2026-03-03T23:00+08:00"), "inventory"));
		List<WorkingPeriod> periods = calendar(SHANGHAI, List.of(early, late), List.of(), downtimes)
			.between(at("2026-03-02T00:00+08:00"), at("2026-03-04T00:00+08:00"));

		assertThat(periods).containsExactly(period("2026-03-02T06:00+08:00", "2026-03-02T13:00+08:00", "Early"),
				period("2026-03-02T15:00+08:00", "2026-03-02T22:00+08:00", "Late"));
	}

	@Test
	void overlappingDowntimesAreTakenOutOnce() {
		List<PlannedDowntime> downtimes = List.of(
				new PlannedDowntime(at("2026-03-02T09:00+08:00"), at("2026-03-02T11:00+08:00"), "a"),
				new PlannedDowntime(at("2026-03-02T10:00+08:00"), at("2026-03-02T10:30+08:00"), "b"),
				new PlannedDowntime(at("2026-03-02T10:45+08:00"), at("2026-03-02T12:00+08:00"), "c"));
		List<WorkingPeriod> monday = calendar(SHANGHAI, List.of(DAY), List.of(), downtimes)
			.between(at("2026-03-02T00:00+08:00"), at("2026-03-03T00:00+08:00"));

		assertThat(monday).containsExactly(period("2026-03-02T08:00+08:00", "2026-03-02T09:00+08:00", "Day"),
				period("2026-03-02T12:00+08:00", "2026-03-02T16:30+08:00", "Day"));
	}

	@Test
	void theNightShiftWhenSummerTimeBeginsIsAnHourShorter() {
		Shift saturdayNight = shift("Night", "22:00", "06:00", Set.of(Weekday.SAT));
		List<WorkingPeriod> periods = calendar(BERLIN, List.of(saturdayNight), List.of(), List.of())
			.between(at("2026-03-28T00:00+01:00"), at("2026-03-30T00:00+02:00"));

		assertThat(periods).containsExactly(period("2026-03-28T21:00Z", "2026-03-29T04:00Z", "Night"));
		assertThat(periods.getFirst().minutes()).isEqualTo(7 * 60);
	}

	@Test
	void theNightShiftWhenSummerTimeEndsIsAnHourLonger() {
		Shift saturdayNight = shift("Night", "22:00", "06:00", Set.of(Weekday.SAT));
		List<WorkingPeriod> periods = calendar(BERLIN, List.of(saturdayNight), List.of(), List.of())
			.between(at("2026-10-24T00:00+02:00"), at("2026-10-26T00:00+01:00"));

		assertThat(periods).containsExactly(period("2026-10-24T20:00Z", "2026-10-25T05:00Z", "Night"));
		assertThat(periods.getFirst().minutes()).isEqualTo(9 * 60);
	}

	@Test
	void aDayShiftKeepsItsWallClockHoursAcrossTheChangeToSummerTime() {
		Shift everyDay = shift("Day", "08:00", "16:30", Set.of(Weekday.values()));
		List<WorkingPeriod> periods = calendar(BERLIN, List.of(everyDay), List.of(), List.of())
			.between(at("2026-03-28T00:00+01:00"), at("2026-03-30T00:00+02:00"));

		assertThat(periods).containsExactly(period("2026-03-28T08:00+01:00", "2026-03-28T16:30+01:00", "Day"),
				period("2026-03-29T08:00+02:00", "2026-03-29T16:30+02:00", "Day"));
	}

	@Test
	void machineDowntimeIsTakenOutInAdditionToTheCalendars() {
		WorkingTime calendar = calendar(SHANGHAI, List.of(DAY), List.of(), List.of(
				new PlannedDowntime(at("2026-03-02T08:00+08:00"), at("2026-03-02T09:00+08:00"), "plant meeting")));
		List<WorkingPeriod> monday = calendar
			.withDowntimes(List.of(
					new PlannedDowntime(at("2026-03-02T15:00+08:00"), at("2026-03-02T16:30+08:00"), "blade change")))
			.between(at("2026-03-02T00:00+08:00"), at("2026-03-03T00:00+08:00"));

		assertThat(monday).containsExactly(period("2026-03-02T09:00+08:00", "2026-03-02T15:00+08:00", "Day"));
	}

	@Test
	void anEmptyOrReversedRangeHasNoWorkingTime() {
		WorkingTime calendar = calendar(SHANGHAI, List.of(DAY), List.of(), List.of());
		Instant monday = at("2026-03-02T10:00+08:00");

		assertThat(calendar.between(monday, monday)).isEmpty();
		assertThat(calendar.between(monday.plusSeconds(3600), monday)).isEmpty();
	}
}
