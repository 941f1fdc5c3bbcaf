package io.atelier.scheduling.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarTests {

	private final Calendar twoShifts = Calendar.of(List.of(new Interval(540, 1020), new Interval(0, 480)));

	@Test
	void aWorkingInstantIsItsOwnNextWorkingInstant() {
		assertThat(twoShifts.nextWorkingInstant(100)).isEqualTo(100);
		assertThat(twoShifts.isWorking(479)).isTrue();
	}

	@Test
	void anInstantInABreakMovesToTheEndOfTheBreak() {
		assertThat(twoShifts.nextWorkingInstant(480)).isEqualTo(540);
		assertThat(twoShifts.isWorking(500)).isFalse();
	}

	@Test
	void afterTheLastShiftThereIsNeverWorkingTime() {
		assertThat(twoShifts.nextWorkingInstant(1020)).isEqualTo(Calendar.NEVER);
		assertThat(twoShifts.addWorkingMinutes(1000, 30)).isEqualTo(Calendar.NEVER);
	}

	@Test
	void workPausesOverABreakAndItsEndMovesByTheBreak() {
		assertThat(twoShifts.addWorkingMinutes(400, 100)).isEqualTo(560);
	}

	@Test
	void workEndingExactlyAtABreakEndsAtTheBreak() {
		assertThat(twoShifts.addWorkingMinutes(400, 80)).isEqualTo(480);
	}

	@Test
	void workAskedToStartInABreakStartsAfterIt() {
		assertThat(twoShifts.addWorkingMinutes(500, 10)).isEqualTo(550);
	}

	@Test
	void zeroMinutesOfWorkEndWhereTheyStart() {
		assertThat(twoShifts.addWorkingMinutes(500, 0)).isEqualTo(500);
	}

	@Test
	void workingMinutesBetweenTwoInstantsLeaveOutTheBreaks() {
		assertThat(twoShifts.workingMinutesBetween(400, 560)).isEqualTo(100);
		assertThat(twoShifts.workingMinutesBetween(490, 530)).isZero();
	}

	@Test
	void overlappingAndTouchingIntervalsAreMerged() {
		Calendar merged = Calendar.of(List.of(new Interval(0, 100), new Interval(100, 200), new Interval(150, 300)));
		assertThat(merged.covers(0, 300)).isTrue();
		assertThat(merged.nextIntervalStartAfter(0)).isEqualTo(Calendar.NEVER);
	}

	@Test
	void theNextIntervalStartIsTheStartOfTheFollowingShift() {
		assertThat(twoShifts.nextIntervalStartAfter(0)).isEqualTo(540);
		assertThat(twoShifts.nextIntervalStartAfter(600)).isEqualTo(Calendar.NEVER);
	}

	@Test
	void theWorkingPartsOfAnIntervalAreClippedToIt() {
		assertThat(twoShifts.workingIntervalsWithin(400, 600))
			.containsExactly(new Interval(400, 480), new Interval(540, 600));
	}

	@Test
	void aResourceWithoutCalendarAlwaysWorks() {
		assertThat(Calendar.always().addWorkingMinutes(-50, 100)).isEqualTo(50);
		assertThat(Calendar.always().covers(0, 1_000_000)).isTrue();
	}

	@Test
	void aWorkerCoversAnOperationOnlyIfAtWorkWheneverTheMachineWorksOnIt() {
		Calendar machine = Calendar.of(List.of(new Interval(0, 480), new Interval(540, 1020)));
		Calendar morningOnly = Calendar.of(List.of(new Interval(0, 480)));
		assertThat(morningOnly.coversWorkingTimeOf(machine, 100, 470)).isTrue();
		assertThat(morningOnly.coversWorkingTimeOf(machine, 400, 540)).as("the lunch break needs nobody").isTrue();
		assertThat(morningOnly.coversWorkingTimeOf(machine, 400, 600)).isFalse();
		assertThat(Calendar.always().coversWorkingTimeOf(machine, 400, 600)).isTrue();
	}
}
