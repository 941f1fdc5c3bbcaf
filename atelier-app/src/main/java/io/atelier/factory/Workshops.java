package io.atelier.factory;

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
import io.atelier.shared.masterdata.Specifications;
import io.atelier.shared.masterdata.Versioned;
import io.atelier.shared.tabular.TabularMapping;

/** Maintains workshops and lets other modules look them up. */
@Service
public class Workshops extends MasterDataService<Workshop, Workshops.WorkshopView, Workshops.WorkshopCommand,
		Workshops.WorkshopFilter> {

	private final WorkshopRepository workshops;

	Workshops(WorkshopRepository workshops, ReferenceCheck references, Validator validator) {
		super(workshops, references, validator);
		this.workshops = workshops;
	}

	public record WorkshopView(long id, long version, String code, String name, String description, boolean active,
			Instant createdAt, Instant updatedAt) {
	}

	public record WorkshopCommand(Long version, @NotBlank @Size(max = 40) String code,
			@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description, Boolean active)
			implements Versioned {
	}

	public record WorkshopFilter(Boolean active) {
	}

	/** What other modules need to know of a workshop. */
	public record WorkshopRef(long id, String code, String name) {
	}

	@Transactional(readOnly = true)
	public Optional<WorkshopRef> find(long id) {
		return workshops.findById(id).map(w -> new WorkshopRef(w.getId(), w.getCode(), w.getName()));
	}

	@Transactional(readOnly = true)
	public Optional<WorkshopRef> findByCode(String code) {
		return workshops.findByCodeIgnoreCase(code).map(w -> new WorkshopRef(w.getId(), w.getCode(), w.getName()));
	}

	@Override
	public String entityType() {
		return "Workshop";
	}

	@Override
	public TabularMapping<WorkshopView, WorkshopCommand> tabular() {
		return new WorkshopTabular();
	}

	@Override
	protected Set<String> sortableFields() {
		return Set.of("code", "name", "createdAt", "updatedAt");
	}

	@Override
	protected Specification<Workshop> specification(WorkshopFilter filter, String q) {
		return Specifications.<Workshop>search(q, "code", "name")
			.and(Specifications.equal("active", filter == null ? null : filter.active()));
	}

	@Override
	protected WorkshopView toView(Workshop w) {
		return new WorkshopView(w.getId(), w.getVersion(), w.getCode(), w.getName(), w.getDescription(), w.isActive(),
				w.getCreatedAt(), w.getUpdatedAt());
	}

	@Override
	protected String label(Workshop workshop) {
		return workshop.getCode();
	}

	@Override
	protected Optional<Workshop> findByKey(WorkshopCommand command) {
		return command.code() == null ? Optional.empty() : workshops.findByCodeIgnoreCase(command.code());
	}

	@Override
	protected Object importKey(WorkshopCommand command) {
		return codeKey(command.code());
	}

	@Override
	protected Workshop newEntity(WorkshopCommand command) {
		return new Workshop(command);
	}

	@Override
	protected void apply(Workshop workshop, WorkshopCommand command) {
		workshop.change(command);
	}

	@Override
	protected List<FieldError> check(WorkshopCommand command, Workshop existing) {
		return List.of();
	}
}
