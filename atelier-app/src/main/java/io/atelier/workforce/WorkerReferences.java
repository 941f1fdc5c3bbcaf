package io.atelier.workforce;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.atelier.factory.Calendars;
import io.atelier.factory.Calendars.CalendarRef;
import io.atelier.factory.Workshops;
import io.atelier.factory.Workshops.WorkshopRef;
import io.atelier.workforce.Skills.SkillRef;

/**
 * What a worker refers to, looked up through the owning modules' public services: workshops and calendars in factory,
 * skills here. Resolves ids for display and codes for import files.
 */
@Component
class WorkerReferences {

	private final Workshops workshops;

	private final Calendars calendars;

	private final Skills skills;

	WorkerReferences(Workshops workshops, Calendars calendars, Skills skills) {
		this.workshops = workshops;
		this.calendars = calendars;
		this.skills = skills;
	}

	Optional<WorkshopRef> workshop(long id) {
		return workshops.find(id);
	}

	Optional<WorkshopRef> workshop(String code) {
		return workshops.findByCode(code);
	}

	Optional<CalendarRef> calendar(long id) {
		return calendars.find(id);
	}

	Optional<CalendarRef> calendar(String code) {
		return calendars.findByCode(code);
	}

	Optional<SkillRef> skill(long id) {
		return skills.find(id);
	}

	Optional<SkillRef> skill(String code) {
		return skills.findByCode(code);
	}

	/** The references of a page of workers, each looked up once. */
	Page pageOf(Collection<Worker> workers) {
		Map<Long, WorkshopRef> workshopsById = lookUp(workers.stream().map(Worker::getWorkshopId).toList(),
				this::workshop);
		Map<Long, CalendarRef> calendarsById = lookUp(
				workers.stream().map(Worker::getCalendarId).filter(id -> id != null).toList(), this::calendar);
		Map<Long, SkillRef> skillsById = skills
			.findAll(workers.stream().flatMap(w -> w.getSkills().stream()).map(WorkerSkill::skillId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(SkillRef::id, Function.identity()));
		return new Page(workshopsById, calendarsById, skillsById);
	}

	private static <R> Map<Long, R> lookUp(List<Long> ids, Function<Long, Optional<R>> find) {
		Map<Long, R> found = new HashMap<>();
		ids.stream().distinct().forEach(id -> find.apply(id).ifPresent(ref -> found.put(id, ref)));
		return found;
	}

	/** References already looked up, for showing workers. */
	record Page(Map<Long, WorkshopRef> workshops, Map<Long, CalendarRef> calendars, Map<Long, SkillRef> skills) {
	}
}
