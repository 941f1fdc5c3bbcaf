package io.atelier.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.atelier.catalog.Items;
import io.atelier.factory.Machines;
import io.atelier.orders.OrderStatus;
import io.atelier.orders.OrderWork.MachineTime;
import io.atelier.orders.OrderWork.MaterialWork;
import io.atelier.orders.OrderWork.OperationWork;
import io.atelier.orders.OrderWork.WorkOfOrder;
import io.atelier.orders.OrderWork.WorkOrderWork;
import io.atelier.orders.Priority;
import io.atelier.orders.WorkStatus;
import io.atelier.scheduling.model.Calendar;
import io.atelier.scheduling.model.Machine;
import io.atelier.scheduling.model.Operation;
import io.atelier.scheduling.model.Precedence;
import io.atelier.scheduling.model.Problem;
import io.atelier.support.AtelierIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mapping from factory data to the engine's problem (docs/planning.md), on the demo factory's machines, calendars
 * (day shift 08:00–16:30 Asia/Shanghai, Monday to Saturday) and setup matrices. Minute 0 is Monday 23 November 2026,
 * 08:00 in Shanghai.
 */
@AtelierIntegrationTest
class ProblemTranslationTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final Instant MONDAY_0800 = LocalDate.of(2026, 11, 23).atTime(8, 0).atZone(SHANGHAI).toInstant();

	@Autowired
	ProblemTranslation translation;

	@Autowired
	Machines machines;

	@Autowired
	Items items;

	@Autowired
	io.atelier.support.Api api;

	@Test
	void machinesWorkTheirCalendarShiftsInMinutesFromNow() {
		FactoryProblem factory = translation.translate(List.of(), MONDAY_0800);
		Machine saw = machine(factory, "M-SAW-02"); // on the day shift
		Calendar calendar = saw.calendar();
		// Monday 08:00–16:30 is minutes [0, 510); the next shift is Tuesday 08:00, 24 hours later
		assertThat(calendar.isWorking(0)).isTrue();
		assertThat(calendar.isWorking(509)).isTrue();
		assertThat(calendar.isWorking(510)).isFalse();
		assertThat(calendar.nextWorkingInstant(510)).isEqualTo(24 * 60);
		// Saturday works, Sunday 29 November does not: from Saturday 16:30 the next shift is Monday 08:00
		long saturdayEnd = 5 * 24 * 60 + 510;
		assertThat(calendar.nextWorkingInstant(saturdayEnd)).isEqualTo(7 * 24 * 60);
		// 600 minutes of work started on Monday at 08:00 end on Tuesday at 09:30
		assertThat(calendar.addWorkingMinutes(0, 600)).isEqualTo(24 * 60 + 90);
		assertThat(factory.problem().operations()).isEmpty();
	}

	@Test
	void aMachineThatNeverWorksTakesNoOperationAndAnOrderOnlyItCouldMakeIsLeftOutOfThePlan() {
		var planner = api.as("planner");
		long calendar = planner.post("/api/calendars", java.util.Map.of("code", io.atelier.support.Api.unique("CAL"),
				"name", "无班次 No shifts", "timeZone", "Asia/Shanghai")).json().get("id").asLong();
		long centre = machines.listAll(null, null).stream().filter(m -> m.code().equals("M-SAW-02")).findFirst()
			.orElseThrow().workCenterId();
		String idle = io.atelier.support.Api.unique("MC-IDLE");
		long idleMachine = planner.post("/api/machines", java.util.Map.of("code", idle, "name", "闲置 Idle",
				"workCenterId", centre, "calendarId", calendar)).json().get("id").asLong();
		long saw = machineId("M-SAW-02");
		// on the idle machine or the saw: only the saw can take it; on the idle machine alone: nobody can
		WorkOfOrder either = order(1, "T-EITHER", op("T-EITHER/WO-01/OP-10", 10, 0, List.of(),
				new MachineTime(idleMachine, new BigDecimal("5"), 0), new MachineTime(saw, new BigDecimal("5"), 0)));
		WorkOfOrder idleOnly = order(2, "T-IDLE", op("T-IDLE/WO-01/OP-10", 10, 0, List.of(),
				new MachineTime(idleMachine, new BigDecimal("5"), 0)));

		FactoryProblem factory = translation.translate(List.of(either, idleOnly), MONDAY_0800);

		assertThat(factory.problem().machines()).noneMatch(m -> m.name().equals(idle));
		assertThat(factory.operationNumbers()).containsExactly("T-EITHER/WO-01/OP-10");
		assertThat(factory.problem().operations().get(0).machines()).hasSize(1);
		assertThat(machineName(factory, factory.problem().operations().get(0).machines().get(0).machine().index()))
			.isEqualTo("M-SAW-02");
	}

	private WorkOfOrder order(long id, String number, OperationWork operation) {
		WorkOrderWork wo = new WorkOrderWork(1, null, number + "/WO-01", item("PRD-DESK-1200"), "PRD-DESK-1200",
				new BigDecimal("1"), null, List.of(operation), List.of());
		return new WorkOfOrder(id, number, OrderStatus.RELEASED, Priority.NORMAL, LocalDate.of(2026, 12, 1),
				LocalDate.of(2026, 12, 1), List.of(wo));
	}

	@Test
	void anOrderBecomesOneJobWithPrecedenceInsideWorkOrdersAndFromChildToParent() {
		long saw = machineId("M-SAW-01");
		long saw2 = machineId("M-SAW-02");
		long edge = machineId("M-EDGE-01");
		// the parent (seq 1) fits and packs; its child (seq 2) is cut on either saw, then edged 30 minutes later
		WorkOrderWork parent = new WorkOrderWork(1, null, "T-1/WO-01", item("PRD-DESK-1200"), "PRD-DESK-1200",
				new BigDecimal("2"), null,
				List.of(op("T-1/WO-01/OP-10", 10, 0, List.of(), new MachineTime(edge, new BigDecimal("16"), 0)),
						op("T-1/WO-01/OP-20", 20, 0, List.of(10), new MachineTime(edge, new BigDecimal("20"), 5))),
				List.of());
		WorkOrderWork child = new WorkOrderWork(2, 1, "T-1/WO-02", item("PRT-DESK-TOP"), "PRT-DESK-TOP",
				new BigDecimal("2"), null,
				List.of(op("T-1/WO-02/OP-10", 10, 30, List.of(),
						new MachineTime(saw, new BigDecimal("2.4"), 10), new MachineTime(saw2, new BigDecimal("3.6"), 15)),
						op("T-1/WO-02/OP-20", 20, 0, List.of(10), new MachineTime(edge, new BigDecimal("7.2"), 15))),
				List.of());
		WorkOfOrder order = new WorkOfOrder(1, "T-1", OrderStatus.RELEASED, Priority.RUSH, LocalDate.of(2026, 12, 1),
				LocalDate.of(2026, 12, 1), List.of(parent, child));

		FactoryProblem factory = translation.translate(List.of(order), MONDAY_0800);
		Problem problem = factory.problem();

		assertThat(problem.jobs()).hasSize(1);
		// due at the end of 1 December in Shanghai: 8 days and 16 hours after Monday 08:00; a rush order weighs 8
		assertThat(problem.jobs().get(0).due()).isEqualTo(8 * 24 * 60 + 16 * 60);
		assertThat(problem.jobs().get(0).weight()).isEqualTo(8);
		assertThat(factory.operationNumbers()).containsExactly("T-1/WO-01/OP-10", "T-1/WO-01/OP-20",
				"T-1/WO-02/OP-10", "T-1/WO-02/OP-20");
		Operation fit = problem.operations().get(0);
		Operation pack = problem.operations().get(1);
		Operation cut = problem.operations().get(2);
		Operation edgeBand = problem.operations().get(3);
		// the parent's first operation waits for the child's last one; the child's edging for its cut plus 30 minutes
		assertThat(fit.predecessors()).containsExactly(new Precedence(edgeBand.id(), 0));
		assertThat(pack.predecessors()).containsExactly(new Precedence(fit.id(), 0));
		assertThat(edgeBand.predecessors()).containsExactly(new Precedence(cut.id(), 30));
		assertThat(cut.predecessors()).isEmpty();
		// processing: run minutes of the quantity rounded up, plus the routing's setup
		assertThat(cut.machines()).extracting(e -> machineName(factory, e.machine().index()), e -> e.processingMinutes())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("M-SAW-01", 3L + 10),
					org.assertj.core.groups.Tuple.tuple("M-SAW-02", 4L + 15));
		assertThat(pack.machines().get(0).processingMinutes()).isEqualTo(25);
		// the families of the items, so that the machines' setup matrices apply between them
		assertThat(fit.family()).isNotEqualTo(0);
		assertThat(cut.family()).isNotEqualTo(0);
		assertThat(new io.atelier.scheduling.check.ScheduleChecker().isFeasible(problem,
				new io.atelier.scheduling.construct.ConstructiveScheduler(
						io.atelier.scheduling.construct.DispatchRule.TARDINESS_AWARE).schedule(problem)))
			.isTrue();
	}

	@Test
	void boughtMaterialHoldsAWorkOrderBackUntilItsLeadTimeFromTheReleaseHasPassed() {
		long saw = machineId("M-SAW-01");
		// released on Friday 20 November (Shanghai); veneer 14 days → Friday 4 December, screws 3 days → already there
		Instant friday = LocalDate.of(2026, 11, 20).atTime(10, 0).atZone(SHANGHAI).toInstant();
		WorkOrderWork top = new WorkOrderWork(1, null, "T-2/WO-01", item("PRT-DESK-TOP"), "PRT-DESK-TOP",
				BigDecimal.ONE, friday,
				List.of(op("T-2/WO-01/OP-10", 10, 0, List.of(), new MachineTime(saw, new BigDecimal("1.2"), 10))),
				List.of(new MaterialWork(1, "MAT-VEN-WAL18", "veneer", new BigDecimal("0.8"), 14),
						new MaterialWork(2, "MAT-SCREW", "screws", new BigDecimal("16"), 3)));
		WorkOfOrder order = new WorkOfOrder(2, "T-2", OrderStatus.RELEASED, Priority.NORMAL, LocalDate.of(2026, 12, 20),
				LocalDate.of(2026, 12, 20), List.of(top));

		FactoryProblem factory = translation.translate(List.of(order), MONDAY_0800);

		// 4 December 00:00 in Shanghai is 10 days and 16 hours before... after Monday 23 November 08:00, less 8 hours
		long fourthOfDecember = 10 * 24 * 60 + 16 * 60;
		assertThat(factory.problem().operations().get(0).earliestStart()).isEqualTo(fourthOfDecember);
		assertThat(factory.materials()).extracting(MaterialArrival::itemCode, MaterialArrival::arrival)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("MAT-VEN-WAL18", LocalDate.of(2026, 12, 4)),
					org.assertj.core.groups.Tuple.tuple("MAT-SCREW", LocalDate.of(2026, 11, 23)));
		assertThat(factory.problem().jobs().get(0).weight()).isEqualTo(2);
	}

	@Test
	void aStartedOperationIsPinnedWhereItRunsAndDoneOnesAreGone() {
		long saw = machineId("M-SAW-01");
		long edge = machineId("M-SAW-02"); // on the day shift
		// the cut (10) is done and so left out by the orders module; the edging (20) runs; packing (30) waits for it
		OperationWork edging = new OperationWork("T-3/WO-01/OP-20", 20, "edge", 0, null, 1, 0, List.of(10),
				List.of(new MachineTime(edge, new BigDecimal("30"), 0)), WorkStatus.IN_PROGRESS);
		WorkOrderWork wo = new WorkOrderWork(1, null, "T-3/WO-01", item("PRT-DESK-TOP"), "PRT-DESK-TOP",
				BigDecimal.ONE, MONDAY_0800, List.of(edging,
						op("T-3/WO-01/OP-30", 30, 0, List.of(20), new MachineTime(saw, new BigDecimal("5"), 0))),
				List.of());
		WorkOfOrder order = new WorkOfOrder(3, "T-3", OrderStatus.IN_PRODUCTION, Priority.HIGH,
				LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 20), List.of(wo));

		// Sunday 29 November at noon: the edging is pinned at the next working minute, Monday 08:00
		Instant sundayNoon = LocalDate.of(2026, 11, 29).atTime(12, 0).atZone(SHANGHAI).toInstant();
		Problem problem = translation.translate(List.of(order), sundayNoon).problem();

		Operation started = problem.operations().get(0);
		assertThat(started.pin()).isPresent();
		assertThat(started.pin().get().start()).isEqualTo(20 * 60);
		assertThat(started.predecessors()).isEmpty();
		assertThat(problem.operations().get(1).predecessors()).containsExactly(new Precedence(started.id(), 0));
		assertThat(problem.jobs().get(0).weight()).isEqualTo(4);
	}

	private static OperationWork op(String number, int stepNo, int lag, List<Integer> predecessors,
			MachineTime... machines) {
		return new OperationWork(number, stepNo, "step " + stepNo, 0, null, 1, lag, predecessors, List.of(machines),
				WorkStatus.PENDING);
	}

	private long machineId(String code) {
		return machines.findByCode(code).orElseThrow().id();
	}

	private long item(String code) {
		return items.findByCode(code).orElseThrow().id();
	}

	private static Machine machine(FactoryProblem factory, String code) {
		return factory.problem().machines().stream().filter(m -> m.name().equals(code)).findFirst().orElseThrow();
	}

	private static String machineName(FactoryProblem factory, int index) {
		return factory.problem().machines().get(index).name();
	}
}
