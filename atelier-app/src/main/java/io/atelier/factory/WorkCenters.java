package io.atelier.factory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Validator;
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

/** Maintains the work centres (lines) of the workshops and lets other modules look them up. */
@Service
public class WorkCenters extends MasterDataService<WorkCenter, WorkCenters.WorkCenterView,
		WorkCenters.WorkCenterCommand, WorkCenters.WorkCenterFilter> {

	private final WorkCenterRepository workCenters;

	private final WorkshopRepository workshops;

	WorkCenters(WorkCenterRepository workCenters, WorkshopRepository workshops, ReferenceCheck references,
			Validator validator) {
		super(workCenters, references, validator);
		this.workCenters = workCenters;
		this.workshops = workshops;
	}

	public record WorkCenterView(long id, long version, String code, String name, long workshopId,
			String workshopCode, String workshopName, String description, boolean active, Instant createdAt,
			Instant updatedAt) {
	}

	public record WorkCenterCommand(Long version, @NotBlank @Size(max = 40) String code,
			@NotBlank @Size(max = 200) String name, @NotNull Long workshopId, @Size(max = 2000) String description,
			Boolean active) implements Versioned {
	}

	public record WorkCenterFilter(Long workshopId, Boolean active) {
	}

	/** What other modules need to know of a work centre. */
	public record WorkCenterRef(long id, String code, String name, long workshopId) {
	}

	@Transactional(readOnly = true)
	public Optional<WorkCenterRef> find(long id) {
		return workCenters.findById(id).map(WorkCenter::toRef);
	}

	@Transactional(readOnly = true)
	public Optional<WorkCenterRef> findByCode(String code) {
		return code == null ? Optional.empty() : workCenters.findByCodeIgnoreCase(code.trim()).map(WorkCenter::toRef);
	}

	/** The work centres of a workshop, by code. */
	@Transactional(readOnly = true)
	public List<WorkCenterRef> inWorkshop(long workshopId) {
		return workCenters.findByWorkshopIdOrderByCode(workshopId).stream().map(WorkCenter::toRef).toList();
	}

	@Override
	public String entityType() {
		return "WorkCenter";
	}

	@Override
	public TabularMapping<WorkCenterView, WorkCenterCommand> tabular() {
		return new WorkCenterTabular(code -> workshops.findByCodeIgnoreCase(code).map(Workshop::getId));
	}

	@Override
	protected Set<String> sortableFields() {
		return Set.of("code", "name", "workshopId", "createdAt", "updatedAt");
	}

	@Override
	protected Specification<WorkCenter> specification(WorkCenterFilter filter, String q) {
		return Specifications.<WorkCenter>search(q, "code", "name")
			.and(Specifications.equal("workshopId", filter == null ? null : filter.workshopId()))
			.and(Specifications.equal("active", filter == null ? null : filter.active()));
	}

	@Override
	protected WorkCenterView toView(WorkCenter workCenter) {
		return toViews(List.of(workCenter)).getFirst();
	}

	@Override
	protected List<WorkCenterView> toViews(List<WorkCenter> page) {
		Map<Long, Workshop> shops = workshops
			.findAllById(page.stream().map(WorkCenter::getWorkshopId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Workshop::getId, Function.identity()));
		return page.stream().map(w -> view(w, shops.get(w.getWorkshopId()))).toList();
	}

	private static WorkCenterView view(WorkCenter w, Workshop shop) {
		return new WorkCenterView(w.getId(), w.getVersion(), w.getCode(), w.getName(), w.getWorkshopId(),
				shop == null ? null : shop.getCode(), shop == null ? null : shop.getName(), w.getDescription(),
				w.isActive(), w.getCreatedAt(), w.getUpdatedAt());
	}

	@Override
	protected String label(WorkCenter workCenter) {
		return workCenter.getCode();
	}

	@Override
	protected Optional<WorkCenter> findByKey(WorkCenterCommand command) {
		return command.code() == null ? Optional.empty() : workCenters.findByCodeIgnoreCase(command.code().trim());
	}

	@Override
	protected Object importKey(WorkCenterCommand command) {
		return codeKey(command.code());
	}

	@Override
	protected WorkCenter newEntity(WorkCenterCommand command) {
		return new WorkCenter(command);
	}

	@Override
	protected void apply(WorkCenter workCenter, WorkCenterCommand command) {
		workCenter.change(command);
	}

	@Override
	protected List<FieldError> check(WorkCenterCommand command, WorkCenter existing) {
		List<FieldError> errors = new ArrayList<>();
		if (command.workshopId() != null && !workshops.existsById(command.workshopId())) {
			errors.add(FieldError.of("workshopId", "validation.unknown-reference",
					String.valueOf(command.workshopId())));
		}
		return errors;
	}
}
