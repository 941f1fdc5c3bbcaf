package io.atelier.catalog;

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

/** Maintains product families and lets other modules look them up. */
@Service
public class ProductFamilies extends MasterDataService<ProductFamily, ProductFamilies.ProductFamilyView,
		ProductFamilies.ProductFamilyCommand, NoFilter> {

	private final ProductFamilyRepository families;

	private final StructureCache cache;

	ProductFamilies(ProductFamilyRepository families, StructureCache cache, ReferenceCheck references,
			Validator validator) {
		super(families, references, validator);
		this.families = families;
		this.cache = cache;
	}

	public record ProductFamilyView(long id, long version, String code, String name, String description,
			Instant createdAt, Instant updatedAt) {
	}

	public record ProductFamilyCommand(Long version, @NotBlank @Size(max = 40) String code,
			@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description) implements Versioned {
	}

	/** What other modules need to know of a product family. */
	public record ProductFamilyRef(long id, String code, String name) {
	}

	@Transactional(readOnly = true)
	public Optional<ProductFamilyRef> find(long id) {
		return cache.get("family", id, key -> families.findById(key).map(ProductFamilies::ref));
	}

	@Transactional(readOnly = true)
	public Optional<ProductFamilyRef> findByCode(String code) {
		return families.findByCodeIgnoreCase(code).map(ProductFamilies::ref);
	}

	static ProductFamilyRef ref(ProductFamily family) {
		return new ProductFamilyRef(family.getId(), family.getCode(), family.getName());
	}

	@Override
	public String entityType() {
		return "ProductFamily";
	}

	@Override
	public TabularMapping<ProductFamilyView, ProductFamilyCommand> tabular() {
		return new ProductFamilyTabular();
	}

	@Override
	protected Set<String> sortableFields() {
		return Set.of("code", "name", "createdAt", "updatedAt");
	}

	@Override
	protected Specification<ProductFamily> specification(NoFilter filter, String q) {
		return Specifications.search(q, "code", "name");
	}

	@Override
	protected ProductFamilyView toView(ProductFamily f) {
		return new ProductFamilyView(f.getId(), f.getVersion(), f.getCode(), f.getName(), f.getDescription(),
				f.getCreatedAt(), f.getUpdatedAt());
	}

	@Override
	protected String label(ProductFamily family) {
		return family.getCode();
	}

	@Override
	protected Optional<ProductFamily> findByKey(ProductFamilyCommand command) {
		return command.code() == null ? Optional.empty() : families.findByCodeIgnoreCase(command.code());
	}

	@Override
	protected Object importKey(ProductFamilyCommand command) {
		return codeKey(command.code());
	}

	@Override
	protected ProductFamily newEntity(ProductFamilyCommand command) {
		return new ProductFamily(command);
	}

	@Override
	protected void apply(ProductFamily family, ProductFamilyCommand command) {
		family.change(command);
	}

	@Override
	protected List<FieldError> check(ProductFamilyCommand command, ProductFamily existing) {
		return List.of();
	}
}
