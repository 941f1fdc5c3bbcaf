package io.atelier.factory;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.shared.domain.FieldError;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.ReferenceCheck;
import io.atelier.shared.masterdata.MasterDataService;
import io.atelier.shared.masterdata.Specifications;
import io.atelier.shared.masterdata.Versioned;
import io.atelier.shared.tabular.TabularMapping;

/**
 * Maintains the machines of the work centres and lets other modules look them up: routings choose machines of a step's
 * work centre, the scheduler books them within their working periods.
 */
@Service
public class Machines extends MasterDataService<Machine, Machines.MachineView, Machines.MachineCommand,
		Machines.MachineFilter> {

	private final MachineRepository machines;

	private final WorkCenterRepository workCenters;

	private final WorkshopRepository workshops;

	private final CalendarRepository calendars;

	Machines(MachineRepository machines, WorkCenterRepository workCenters, WorkshopRepository workshops,
			CalendarRepository calendars, ReferenceCheck references, Validator validator) {
		super(machines, references, validator);
		this.machines = machines;
		this.workCenters = workCenters;
		this.workshops = workshops;
		this.calendars = calendars;
	}

	public enum MachineStatus {
		ACTIVE, INACTIVE
	}

	/** A machine with its work centre, workshop and calendar named, and its downtimes in its calendar's time zone. */
	public record MachineView(long id, long version, String code, String name, long workCenterId, String workCenterCode,
			String workCenterName, Long workshopId, String workshopCode, String workshopName, long calendarId,
			String calendarCode, String calendarName, String model, MachineStatus status, String description,
			List<DowntimeLine> downtimes, Instant createdAt, Instant updatedAt) {
	}

	/** A machine to create or change; {@code status} defaults to ACTIVE. */
	public record MachineCommand(Long version, @NotBlank @Size(max = 40) String code,
			@NotBlank @Size(max = 200) String name, @NotNull Long workCenterId, @NotNull Long calendarId,
			@Size(max = 200) String model, MachineStatus status, @Size(max = 2000) String description,
			@Valid List<@NotNull DowntimeLine> downtimes) implements Versioned {
	}

	public record MachineFilter(Long workCenterId, Long workshopId, MachineStatus status) {
	}

	/** What other modules need to know of a machine. */
	public record MachineRef(long id, String code, String name, long workCenterId, long calendarId) {
	}

	@Transactional(readOnly = true)
	public Optional<MachineRef> find(long id) {
		return machines.findById(id).map(Machine::toRef);
	}

	@Transactional(readOnly = true)
	public Optional<MachineRef> findByCode(String code) {
		return code == null ? Optional.empty() : machines.findByCodeIgnoreCase(code.trim()).map(Machine::toRef);
	}

	/** The machines of a work centre, by code (inactive ones included; routings may still name them). */
	@Transactional(readOnly = true)
	public List<MachineRef> inWorkCenter(long workCenterId) {
		return machines.findByWorkCenterIdOrderByCode(workCenterId).stream().map(Machine::toRef).toList();
	}

	/**
	 * When a machine can work within [from, to): the working periods of its calendar without the machine's own planned
	 * downtime.
	 */
	@Transactional(readOnly = true)
	public List<WorkingPeriod> workingPeriods(long machineId, Instant from, Instant to) {
		Machine machine = load(machineId);
		Calendar calendar = calendars.findById(machine.getCalendarId())
			.orElseThrow(() -> new NotFoundException("Calendar", machine.getCalendarId()));
		return calendar.workingTime().withDowntimes(machine.getDowntimes()).between(from, to);
	}

	@Override
	public String entityType() {
		return "Machine";
	}

	@Override
	public TabularMapping<MachineView, MachineCommand> tabular() {
		return new MachineTabular(code -> workCenters.findByCodeIgnoreCase(code).map(WorkCenter::getId),
				code -> calendars.findByCodeIgnoreCase(code).map(Calendar::getId));
	}

	@Override
	protected Set<String> sortableFields() {
		return Set.of("code", "name", "model", "status", "workCenterId", "calendarId", "createdAt", "updatedAt");
	}

	@Override
	protected Specification<Machine> specification(MachineFilter filter, String q) {
		MachineFilter f = filter == null ? new MachineFilter(null, null, null) : filter;
		return Specifications.<Machine>search(q, "code", "name", "model")
			.and(Specifications.equal("workCenterId", f.workCenterId()))
			.and(Specifications.equal("status", f.status()))
			.and(inWorkshop(f.workshopId()));
	}

	/** Machines belong to a workshop through their work centre. */
	private static Specification<Machine> inWorkshop(Long workshopId) {
		if (workshopId == null) {
			return Specification.unrestricted();
		}
		return (root, query, cb) -> {
			Subquery<Long> centres = query.subquery(Long.class);
			Root<WorkCenter> centre = centres.from(WorkCenter.class);
			centres.select(centre.get("id")).where(cb.equal(centre.get("workshopId"), workshopId));
			return root.get("workCenterId").in(centres);
		};
	}

	@Override
	protected MachineView toView(Machine machine) {
		return toViews(List.of(machine)).getFirst();
	}

	/** Fetches the work centres, workshops and calendars of a whole page at once. */
	@Override
	protected List<MachineView> toViews(List<Machine> page) {
		Map<Long, WorkCenter> centres = byId(workCenters.findAllById(ids(page, Machine::getWorkCenterId)),
				WorkCenter::getId);
		Map<Long, Workshop> shops = byId(workshops.findAllById(ids(centres.values(), WorkCenter::getWorkshopId)),
				Workshop::getId);
		Map<Long, Calendar> calendarsById = byId(calendars.findAllById(ids(page, Machine::getCalendarId)),
				Calendar::getId);
		return page.stream().map(m -> {
			WorkCenter centre = centres.get(m.getWorkCenterId());
			Workshop shop = centre == null ? null : shops.get(centre.getWorkshopId());
			return view(m, centre, shop, calendarsById.get(m.getCalendarId()));
		}).toList();
	}

	private static MachineView view(Machine m, WorkCenter centre, Workshop shop, Calendar calendar) {
		ZoneId zone = calendar == null ? ZoneId.of(Calendar.DEFAULT_TIME_ZONE) : calendar.zone();
		return new MachineView(m.getId(), m.getVersion(), m.getCode(), m.getName(), m.getWorkCenterId(),
				centre == null ? null : centre.getCode(), centre == null ? null : centre.getName(),
				shop == null ? null : shop.getId(), shop == null ? null : shop.getCode(),
				shop == null ? null : shop.getName(), m.getCalendarId(), calendar == null ? null : calendar.getCode(),
				calendar == null ? null : calendar.getName(), m.getModel(), m.getStatus(), m.getDescription(),
				Calendars.downtimeLines(m.getDowntimes(), zone), m.getCreatedAt(), m.getUpdatedAt());
	}

	private static <T> Set<Long> ids(Collection<T> records, Function<T, Long> id) {
		return records.stream().map(id).collect(Collectors.toSet());
	}

	private static <T> Map<Long, T> byId(List<T> records, Function<T, Long> id) {
		return records.stream().collect(Collectors.toMap(id, Function.identity()));
	}

	@Override
	protected String label(Machine machine) {
		return machine.getCode();
	}

	@Override
	protected Optional<Machine> findByKey(MachineCommand command) {
		return command.code() == null ? Optional.empty() : machines.findByCodeIgnoreCase(command.code().trim());
	}

	@Override
	protected Object importKey(MachineCommand command) {
		return codeKey(command.code());
	}

	@Override
	protected Machine newEntity(MachineCommand command) {
		return new Machine(command);
	}

	@Override
	protected void apply(Machine machine, MachineCommand command) {
		machine.change(command);
	}

	@Override
	protected List<FieldError> check(MachineCommand command, Machine existing) {
		List<FieldError> errors = new ArrayList<>();
		if (command.workCenterId() != null && !workCenters.existsById(command.workCenterId())) {
			errors.add(FieldError.of("workCenterId", "validation.unknown-reference",
					String.valueOf(command.workCenterId())));
		}
		if (command.calendarId() != null && !calendars.existsById(command.calendarId())) {
			errors.add(FieldError.of("calendarId", "validation.unknown-reference",
					String.valueOf(command.calendarId())));
		}
		errors.addAll(CalendarRules.checkDowntimes("downtimes",
				command.downtimes() == null ? List.of() : command.downtimes()));
		return errors;
	}
}
