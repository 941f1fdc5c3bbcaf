package io.atelier.workforce;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.shared.domain.FieldError;
import io.atelier.shared.domain.ReferenceCheck;
import io.atelier.shared.masterdata.MasterDataService;
import io.atelier.shared.masterdata.NoFilter;
import io.atelier.shared.masterdata.Specifications;
import io.atelier.shared.masterdata.Versioned;
import io.atelier.shared.tabular.TabularMapping;

/** Maintains the skills of the plant and lets other modules (routings, scheduling) look them up. */
@Service
public class Skills extends MasterDataService<Skill, Skills.SkillView, Skills.SkillCommand, NoFilter> {

	private final SkillRepository skills;

	Skills(SkillRepository skills, ReferenceCheck references, Validator validator) {
		super(skills, references, validator);
		this.skills = skills;
	}

	public record SkillView(long id, long version, String code, String name, String description, Instant createdAt,
			Instant updatedAt) {
	}

	public record SkillCommand(Long version, @NotBlank @Size(max = 40) String code,
			@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description) implements Versioned {
	}

	/** What other modules need to know of a skill. */
	public record SkillRef(long id, String code, String name) {
	}

	@Transactional(readOnly = true)
	public Optional<SkillRef> find(long id) {
		return skills.findById(id).map(Skills::ref);
	}

	@Transactional(readOnly = true)
	public Optional<SkillRef> findByCode(String code) {
		return code == null ? Optional.empty() : skills.findByCodeIgnoreCase(code).map(Skills::ref);
	}

	/** The skills with these ids that exist, for showing a page of records that refer to skills in one query. */
	@Transactional(readOnly = true)
	public List<SkillRef> findAll(java.util.Collection<Long> ids) {
		return skills.findAllById(ids).stream().map(Skills::ref).toList();
	}

	private static SkillRef ref(Skill s) {
		return new SkillRef(s.getId(), s.getCode(), s.getName());
	}

	@Override
	public String entityType() {
		return "Skill";
	}

	@Override
	public TabularMapping<SkillView, SkillCommand> tabular() {
		return new SkillTabular();
	}

	@Override
	protected Set<String> sortableFields() {
		return Set.of("code", "name", "createdAt", "updatedAt");
	}

	@Override
	protected Specification<Skill> specification(NoFilter filter, String q) {
		return Specifications.search(q, "code", "name");
	}

	@Override
	protected SkillView toView(Skill s) {
		return new SkillView(s.getId(), s.getVersion(), s.getCode(), s.getName(), s.getDescription(), s.getCreatedAt(),
				s.getUpdatedAt());
	}

	@Override
	protected String label(Skill skill) {
		return skill.getCode();
	}

	@Override
	protected Optional<Skill> findByKey(SkillCommand command) {
		return command.code() == null ? Optional.empty() : skills.findByCodeIgnoreCase(command.code());
	}

	@Override
	protected Object importKey(SkillCommand command) {
		return codeKey(command.code());
	}

	@Override
	protected Skill newEntity(SkillCommand command) {
		return new Skill(command);
	}

	@Override
	protected void apply(Skill skill, SkillCommand command) {
		skill.change(command);
	}

	@Override
	protected List<FieldError> check(SkillCommand command, Skill existing) {
		return List.of();
	}
}
