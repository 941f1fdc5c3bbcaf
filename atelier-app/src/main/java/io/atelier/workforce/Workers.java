package io.atelier.workforce;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.criteria.Subquery;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.shared.domain.FieldError;
import io.atelier.shared.domain.ReferenceCheck;
import io.atelier.shared.masterdata.MasterDataService;
import io.atelier.shared.masterdata.Specifications;
import io.atelier.shared.masterdata.Versioned;
import io.atelier.shared.tabular.TabularMapping;

/** Maintains the workers of the plant with their skills, and tells other modules who can do what. */
@Service
public class Workers extends MasterDataService<Worker, Workers.WorkerView, Workers.WorkerCommand, Workers.WorkerFilter> {

	private final WorkerRepository workers;

	private final WorkerReferences references;

	Workers(WorkerRepository workers, WorkerReferences references, ReferenceCheck referenceCheck, Validator validator) {
		super(workers, referenceCheck, validator);
		this.workers = workers;
		this.references = references;
	}

	public record WorkerView(long id, long version, String code, String name, long workshopId, String workshopCode,
			String workshopName, Long calendarId, String calendarCode, String calendarName, String phone, boolean active,
			List<WorkerSkillView> skills, String username, Instant createdAt, Instant updatedAt) {
	}

	public record WorkerSkillView(long skillId, String skillCode, String skillName, int level) {
	}

	/**
	 * Creates or changes a worker; {@code calendarId} may be left out, {@code skills} replaces every skill held;
	 * {@code username} links the user account the worker signs in with on the phone (optional, one worker per account).
	 */
	public record WorkerCommand(Long version, @NotBlank @Size(max = 40) String code,
			@NotBlank @Size(max = 200) String name, @NotNull Long workshopId, Long calendarId,
			@Size(max = 50) String phone, Boolean active, List<@NotNull @Valid WorkerSkillLine> skills,
			@Size(max = 60) String username) implements Versioned {

		/** The skills, none when left out. */
		public List<WorkerSkillLine> skillLines() {
			return skills == null ? List.of() : skills;
		}
	}

	public record WorkerSkillLine(@NotNull Long skillId,
			@NotNull @Min(WorkerSkill.MIN_LEVEL) @Max(WorkerSkill.MAX_LEVEL) Integer level) {
	}

	public record WorkerFilter(Long workshopId, Long skillId, Boolean active) {
	}

	/** What other modules need to know of a worker; {@code calendarId} is null when the worker has none of their own. */
	public record WorkerRef(long id, String code, String name, long workshopId, Long calendarId) {
	}

	@Transactional(readOnly = true)
	public Optional<WorkerRef> find(long id) {
		return workers.findById(id).map(Workers::ref);
	}

	/** The active worker linked to a user account, if any (docs/shopfloor.md, "Phone screens"). */
	@Transactional(readOnly = true)
	public Optional<LinkedWorker> linkedTo(String username) {
		return username == null ? Optional.empty()
				: workers.findByUsernameIgnoreCase(username.trim())
					.filter(Worker::isActive)
					.map(w -> new LinkedWorker(w.getId(), w.getCode(), w.getName(), w.getWorkshopId(),
							w.getSkills().stream().map(WorkerSkill::skillId).toList()));
	}

	/** The id of the active worker linked to a user account, if any: whom the account's reports count for. */
	@Transactional(readOnly = true)
	public Optional<Long> linkedWorkerId(String username) {
		return username == null ? Optional.empty() : workers.findActiveIdByUsername(username.trim());
	}

	/** A worker as the phone knows them: who, where, and the skills they hold. */
	public record LinkedWorker(long id, String code, String name, long workshopId, List<Long> skillIds) {
	}

	@Transactional(readOnly = true)
	public Optional<WorkerRef> findByCode(String code) {
		return code == null ? Optional.empty() : workers.findByCodeIgnoreCase(code).map(Workers::ref);
	}

	/** The active workers who hold the skill at {@code minLevel} or better, the most skilled first. */
	@Transactional(readOnly = true)
	public List<WorkerRef> withSkill(long skillId, int minLevel) {
		return workers.findActiveHolding(skillId, minLevel).stream().map(Workers::ref).toList();
	}

	private static WorkerRef ref(Worker w) {
		return new WorkerRef(w.getId(), w.getCode(), w.getName(), w.getWorkshopId(), w.getCalendarId());
	}

	@Override
	public String entityType() {
		return "Worker";
	}

	@Override
	public TabularMapping<WorkerView, WorkerCommand> tabular() {
		return new WorkerTabular(references);
	}

	@Override
	protected Set<String> sortableFields() {
		return Set.of("code", "name", "workshopId", "active", "username", "createdAt", "updatedAt");
	}

	@Override
	protected Specification<Worker> specification(WorkerFilter filter, String q) {
		Specification<Worker> spec = Specifications.search(q, "code", "name");
		if (filter == null) {
			return spec;
		}
		return spec.and(Specifications.equal("workshopId", filter.workshopId()))
			.and(Specifications.equal("active", filter.active()))
			.and(holding(filter.skillId()));
	}

	/** Workers holding the skill, as a subquery so that a worker appears once and paging counts stay right. */
	private static Specification<Worker> holding(Long skillId) {
		if (skillId == null) {
			return Specification.unrestricted();
		}
		return (root, query, cb) -> {
			Subquery<Long> holders = query.subquery(Long.class);
			var worker = holders.from(Worker.class);
			holders.select(worker.get("id"))
				.where(cb.equal(worker.get("id"), root.get("id")),
						cb.equal(worker.join("skills").get("skillId"), skillId));
			return cb.exists(holders);
		};
	}

	@Override
	protected WorkerView toView(Worker worker) {
		return toViews(List.of(worker)).getFirst();
	}

	@Override
	protected List<WorkerView> toViews(List<Worker> page) {
		WorkerReferences.Page refs = references.pageOf(page);
		return page.stream().map(worker -> view(worker, refs)).toList();
	}

	private static WorkerView view(Worker w, WorkerReferences.Page refs) {
		var workshop = refs.workshops().get(w.getWorkshopId());
		var calendar = w.getCalendarId() == null ? null : refs.calendars().get(w.getCalendarId());
		List<WorkerSkillView> skills = w.getSkills().stream().map(held -> {
			var skill = refs.skills().get(held.skillId());
			return new WorkerSkillView(held.skillId(), skill == null ? null : skill.code(),
					skill == null ? null : skill.name(), held.level());
		}).toList();
		return new WorkerView(w.getId(), w.getVersion(), w.getCode(), w.getName(), w.getWorkshopId(),
				workshop == null ? null : workshop.code(), workshop == null ? null : workshop.name(), w.getCalendarId(),
				calendar == null ? null : calendar.code(), calendar == null ? null : calendar.name(), w.getPhone(),
				w.isActive(), skills, w.getUsername(), w.getCreatedAt(), w.getUpdatedAt());
	}

	@Override
	protected String label(Worker worker) {
		return worker.getCode();
	}

	@Override
	protected Optional<Worker> findByKey(WorkerCommand command) {
		return command.code() == null ? Optional.empty() : workers.findByCodeIgnoreCase(command.code());
	}

	@Override
	protected Object importKey(WorkerCommand command) {
		return codeKey(command.code());
	}

	@Override
	protected Worker newEntity(WorkerCommand command) {
		return new Worker(command);
	}

	@Override
	protected void apply(Worker worker, WorkerCommand command) {
		worker.change(command);
	}

	@Override
	protected List<FieldError> check(WorkerCommand command, Worker existing) {
		List<FieldError> errors = new ArrayList<>();
		if (command.workshopId() != null && references.workshop(command.workshopId()).isEmpty()) {
			errors.add(FieldError.of("workshopId", "validation.unknown-reference", command.workshopId().toString()));
		}
		if (command.calendarId() != null && references.calendar(command.calendarId()).isEmpty()) {
			errors.add(FieldError.of("calendarId", "validation.unknown-reference", command.calendarId().toString()));
		}
		errors.addAll(skillErrors(command.skillLines()));
		if (command.username() != null && !command.username().isBlank()) {
			workers.findByUsernameIgnoreCase(command.username().trim())
				.filter(other -> existing == null || !other.getId().equals(existing.getId()))
				.ifPresent(other -> errors.add(FieldError.of("username", "worker.username-taken", other.getCode())));
		}
		return errors;
	}

	/** Each skill must exist and be held once. */
	private List<FieldError> skillErrors(List<WorkerSkillLine> lines) {
		List<FieldError> errors = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			Long skillId = lines.get(i).skillId();
			String field = "skills[%d].skillId".formatted(i);
			if (skillId == null) {
				continue; // reported by validation
			}
			Optional<Skills.SkillRef> skill = references.skill(skillId);
			if (skill.isEmpty()) {
				errors.add(FieldError.of(field, "validation.unknown-reference", String.valueOf(skillId)));
			}
			else if (!seen.add(skillId)) {
				errors.add(FieldError.of(field, "worker.skill-twice", skill.get().code()));
			}
		}
		return errors;
	}
}
