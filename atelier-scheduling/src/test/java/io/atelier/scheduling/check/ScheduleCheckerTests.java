package io.atelier.scheduling.check;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.atelier.scheduling.model.Calendar;
import io.atelier.scheduling.model.Interval;
import io.atelier.scheduling.model.MachineId;
import io.atelier.scheduling.model.Pin;
import io.atelier.scheduling.model.Problem;
import io.atelier.scheduling.model.Schedule;
import io.atelier.scheduling.model.WorkerId;

import static io.atelier.scheduling.model.SmallFactory.afterSetup;
import static io.atelier.scheduling.model.SmallFactory.placed;
import static io.atelier.scheduling.model.SmallFactory.problem;
import static io.atelier.scheduling.model.SmallFactory.schedule;
import static io.atelier.scheduling.model.SmallFactory.scheduleWith;
import static io.atelier.scheduling.model.SmallFactory.withFirstOperationPinned;
import static io.atelier.scheduling.model.SmallFactory.withFirstWorkerCalendar;
import static io.atelier.scheduling.model.SmallFactory.withFrozenHorizon;
import static io.atelier.scheduling.model.SmallFactory.withPinned;
import static org.assertj.core.api.Assertions.assertThat;

/** One test per hard constraint: the fixture's schedule is feasible, and one change breaks exactly that constraint. */
class ScheduleCheckerTests {

	private final ScheduleChecker checker = new ScheduleChecker();

	@BeforeEach
	void theFixtureScheduleIsFeasible() {
		assertThat(checker.check(problem(), schedule())).isEmpty();
	}

	@Test
	void anOperationMissingOrScheduledTwiceIsInfeasible() {
		var twice = new ArrayList<>(schedule().operations());
		twice.add(placed(0, 1, 600, 750));
		assertThat(constraints(problem(), new Schedule(twice))).contains("every operation once");
		assertThat(constraints(problem(), new Schedule(schedule().operations().subList(0, 3))))
			.containsOnly("every operation once");
	}

	@Test
	void aSuccessorStartingBeforeItsPredecessorPlusLagIsInfeasible() {
		assertThat(constraints(problem(), scheduleWith(placed(2, 1, 135, 185, 1)))).containsOnly("precedence and lag");
	}

	@Test
	void anOperationOnAMachineItCannotUseIsInfeasible() {
		assertThat(constraints(problem(), scheduleWith(placed(2, 0, 1000, 1050, 1))))
			.contains("machine eligibility");
	}

	@Test
	void anOperationShorterThanItsProcessingTimeIsInfeasible() {
		assertThat(constraints(problem(), scheduleWith(placed(0, 0, 0, 90)))).containsOnly("processing time");
	}

	@Test
	void anOperationWhoseEndLeavesOutTheBreakIsInfeasible() {
		assertThat(constraints(problem(), scheduleWith(placed(3, 0, 190, 590, 1)))).containsOnly("processing time");
	}

	@Test
	void twoOperationsOverlappingOnAMachineAreInfeasible() {
		assertThat(constraints(problem(), scheduleWith(placed(0, 1, 0, 150)))).contains("machine overlap");
	}

	@Test
	void aSuccessorOnTheSameMachineStartingBeforeTheSetupIsDoneIsInfeasible() {
		assertThat(constraints(problem(), scheduleWith(afterSetup(1, 0, 125, 185, 30, 0)))).containsOnly("setup");
	}

	@Test
	void aScheduleRecordingTheWrongSetupIsInfeasible() {
		assertThat(constraints(problem(), scheduleWith(placed(1, 0, 130, 190, 0)))).containsOnly("setup");
	}

	@Test
	void anOperationStartingWhenItsMachineDoesNotWorkIsInfeasible() {
		assertThat(constraints(problem(), scheduleWith(placed(3, 0, 490, 940, 1)))).contains("machine calendar");
	}

	@Test
	void aWorkerAssignedOutsideTheirCalendarIsInfeasible() {
		Problem lateShift = withFirstWorkerCalendar(Calendar.of(List.of(new Interval(200, 1020))));
		assertThat(checker.check(lateShift, scheduleWith(afterSetup(1, 0, 130, 190, 30, 0))))
			.extracting(Violation::constraint)
			.containsOnly("worker calendar");
	}

	@Test
	void aWorkerBelowTheRequiredSkillLevelIsInfeasible() {
		assertThat(constraints(problem(), scheduleWith(afterSetup(1, 0, 130, 190, 30, 1))))
			.contains("skill level");
	}

	@Test
	void anOperationWithTooFewOrRepeatedWorkersIsInfeasible() {
		assertThat(constraints(problem(), scheduleWith(afterSetup(1, 0, 130, 190, 30)))).containsOnly("number of workers");
		assertThat(constraints(problem(), scheduleWith(afterSetup(1, 0, 130, 190, 30, 0, 0))))
			.containsOnly("number of workers");
	}

	@Test
	void aWorkerOnTwoOperationsAtOnceIsInfeasible() {
		assertThat(constraints(problem(), scheduleWith(placed(2, 1, 120, 170, 0)))).containsOnly("worker double-booked");
	}

	@Test
	void anOperationStartingBeforeItsJobIsReleasedIsInfeasible() {
		Schedule early = new Schedule(List.of(placed(0, 0, 0, 100), placed(2, 1, 50, 100, 1),
				afterSetup(1, 0, 130, 190, 30, 0), placed(3, 0, 190, 650, 1)));
		assertThat(constraints(problem(), early)).contains("release");
	}

	@Test
	void anOperationStartingBeforeItsMaterialIsAvailableIsInfeasible() {
		assertThat(constraints(problem(), scheduleWith(placed(2, 1, 110, 160, 1)))).containsOnly("material availability");
	}

	@Test
	void aPinnedOperationMovedFromItsPinIsInfeasible() {
		Problem pinned = withFirstOperationPinned(new Pin(new MachineId(0), 0),
				0);
		assertThat(checker.check(pinned, schedule())).isEmpty();
		assertThat(constraints(pinned, scheduleWith(placed(0, 0, 10, 110)))).contains("pinned operation");
		Problem pinnedWithWorker = withPinned(2, new Pin(new MachineId(1), 120, List.of(new WorkerId(1))));
		assertThat(checker.check(pinnedWithWorker, schedule())).isEmpty();
		assertThat(constraints(pinnedWithWorker, scheduleWith(placed(2, 1, 120, 170, 0)))).contains("pinned operation");
	}

	@Test
	void anUnpinnedOperationStartingInsideTheFrozenHorizonIsInfeasible() {
		Problem frozen = withFrozenHorizon(50);
		assertThat(constraints(frozen, schedule())).containsOnly("frozen horizon");
		Problem pinnedInside = withFirstOperationPinned(new Pin(new MachineId(0), 0), 50);
		assertThat(checker.check(pinnedInside, schedule())).isEmpty();
	}

	@Test
	void violationsSayWhatIsWrongInWords() {
		assertThat(checker.check(problem(), scheduleWith(placed(2, 1, 135, 185, 1))))
			.extracting(Violation::toString)
			.containsExactly("precedence and lag: operation 3 starts at 190 but operation 2 ends at 185 and needs a lag of 10");
	}

	private List<String> constraints(Problem problem, Schedule schedule) {
		return checker.check(problem, schedule).stream().map(Violation::constraint).toList();
	}
}
