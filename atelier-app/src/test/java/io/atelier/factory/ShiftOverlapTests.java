package io.atelier.factory;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.atelier.factory.ShiftOverlap.Clash;

import static org.assertj.core.api.Assertions.assertThat;

class ShiftOverlapTests {

	private static Shift shift(String name, String start, String end, Weekday... days) {
		return new Shift(name, LocalTime.parse(start), LocalTime.parse(end), Set.of(days));
	}

	private static final Weekday[] MON_TO_FRI = { Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI };

	@Test
	void shiftsThatFollowEachOtherWithoutAGapDoNotOverlap() {
		List<Shift> shifts = List.of(shift("Early", "06:00", "14:00", MON_TO_FRI),
				shift("Late", "14:00", "22:00", MON_TO_FRI), shift("Night", "22:00", "06:00", MON_TO_FRI));
		assertThat(ShiftOverlap.clashes(shifts)).isEmpty();
	}

	@Test
	void aShiftStartingBeforeAnotherEndsOnTheSameDayOverlapsIt() {
		List<Shift> shifts = List.of(shift("Day", "08:00", "16:30", Weekday.MON, Weekday.TUE),
				shift("Evening", "16:00", "20:00", Weekday.TUE));
		assertThat(ShiftOverlap.clashes(shifts)).containsExactly(new Clash(0, 1, Weekday.TUE));
	}

	@Test
	void aShiftInsideAnotherOverlapsIt() {
		List<Shift> shifts = List.of(shift("Day", "08:00", "16:30", Weekday.WED),
				shift("Meeting", "10:00", "12:00", Weekday.WED));
		assertThat(ShiftOverlap.clashes(shifts)).containsExactly(new Clash(0, 1, Weekday.WED));
	}

	@Test
	void theSameHoursOnDifferentDaysDoNotOverlap() {
		List<Shift> shifts = List.of(shift("Weekdays", "08:00", "16:30", MON_TO_FRI),
				shift("Saturday", "08:00", "16:30", Weekday.SAT));
		assertThat(ShiftOverlap.clashes(shifts)).isEmpty();
	}

	@Test
	void aNightShiftOverlapsAnEarlyShiftOfTheNextMorning() {
		List<Shift> shifts = List.of(shift("Night", "22:00", "06:00", Weekday.MON),
				shift("Early", "05:00", "13:00", Weekday.TUE));
		assertThat(ShiftOverlap.clashes(shifts)).containsExactly(new Clash(0, 1, Weekday.TUE));
	}

	@Test
	void aNightShiftDoesNotReachTheMorningOfTheDayItStarts() {
		List<Shift> shifts = List.of(shift("Night", "22:00", "06:00", Weekday.MON),
				shift("Early", "05:00", "13:00", Weekday.MON));
		assertThat(ShiftOverlap.clashes(shifts)).isEmpty();
	}

	@Test
	void aSundayNightShiftRunsIntoMondayMorning() {
		List<Shift> shifts = List.of(shift("Early", "05:00", "07:00", Weekday.MON),
				shift("Night", "22:00", "06:00", Weekday.SUN));
		assertThat(ShiftOverlap.clashes(shifts)).containsExactly(new Clash(0, 1, Weekday.SUN));
	}

	@Test
	void twoNightShiftsOfTheSameNightOverlap() {
		List<Shift> shifts = List.of(shift("Night", "22:00", "06:00", Weekday.FRI),
				shift("Late night", "23:00", "02:00", Weekday.FRI));
		assertThat(ShiftOverlap.clashes(shifts)).containsExactly(new Clash(0, 1, Weekday.FRI));
	}

	@Test
	void everyClashingPairIsReportedOnceForTheLaterShift() {
		List<Shift> shifts = List.of(shift("A", "08:00", "12:00", Weekday.MON),
				shift("B", "11:00", "15:00", Weekday.MON), shift("C", "09:00", "10:00", Weekday.MON));
		assertThat(ShiftOverlap.clashes(shifts)).containsExactly(new Clash(0, 1, Weekday.MON),
				new Clash(0, 2, Weekday.MON));
	}

	/** Compares the rule with a plain minute-by-minute occupancy of the week for many random calendars. */
	@Test
	void agreesWithAMinuteByMinuteCheckOnRandomCalendars() {
		Random random = new Random(20260301);
		int clashing = 0;
		for (int round = 0; round < 2_000; round++) {
			List<Shift> shifts = randomShifts(random);
			boolean expected = occupiesSameMinute(shifts);
			assertThat(!ShiftOverlap.clashes(shifts).isEmpty()).as("%s", shifts).isEqualTo(expected);
			clashing += expected ? 1 : 0;
		}
		assertThat(clashing).as("both outcomes are exercised").isBetween(200, 1_800);
	}

	private static List<Shift> randomShifts(Random random) {
		List<Shift> shifts = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			LocalTime start = LocalTime.of(random.nextInt(24), random.nextInt(4) * 15);
			LocalTime end = start.plusMinutes(15 * (1 + random.nextInt(95)));
			EnumSet<Weekday> days = EnumSet.noneOf(Weekday.class);
			for (Weekday day : Weekday.values()) {
				if (random.nextInt(3) == 0) {
					days.add(day);
				}
			}
			days.add(Weekday.values()[random.nextInt(7)]);
			shifts.add(new Shift("S" + i, start, end, days));
		}
		return shifts;
	}

	private static boolean occupiesSameMinute(List<Shift> shifts) {
		int[] week = new int[7 * 24 * 60];
		for (Shift shift : shifts) {
			for (Weekday day : shift.days()) {
				int start = day.ordinal() * 24 * 60 + shift.startTime().toSecondOfDay() / 60;
				for (int minute = 0; minute < shift.lengthMinutes(); minute++) {
					if (++week[(start + minute) % week.length] > 1) {
						return true;
					}
				}
			}
		}
		return false;
	}
}
