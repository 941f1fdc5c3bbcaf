package io.atelier.configurator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.catalog.Items;
import io.atelier.configurator.TemplateViews.TemplateSummary;
import io.atelier.configurator.TemplateViews.TemplateView;
import io.atelier.shared.domain.ConflictException;
import io.atelier.shared.domain.FieldError;
import io.atelier.shared.domain.NotFoundException;
import io.atelier.shared.domain.RuleViolationException;
import io.atelier.shared.masterdata.Specifications;
import io.atelier.shared.web.PageQuery;
import io.atelier.shared.web.PageResponse;

/**
 * Maintains product templates and their versions: drafts are created, changed and deleted; a draft is released after
 * its rules are checked once more against the catalog; a released version is retired. Released and retired versions
 * never change, so an order configured with one can always be read again.
 */
@Service
public class ProductTemplates {

	private static final Set<String> SORTABLE = Set.of("code", "name", "status", "updatedAt", "createdAt");

	private final ProductTemplateRepository templates;

	private final CatalogLookup catalog;

	private final TemplateConfigurator configurator;

	private final Items items;

	ProductTemplates(ProductTemplateRepository templates, CatalogLookup catalog, TemplateConfigurator configurator,
			Items items) {
		this.templates = templates;
		this.catalog = catalog;
		this.configurator = configurator;
		this.items = items;
	}

	/**
	 * Tries a version out: what the values give, as {@link ProductConfigurator#configure} answers it, but also for a
	 * draft (by its number) and with the names of the items and steps.
	 */
	@Transactional(readOnly = true)
	public TemplateViews.ConfigurationView preview(String code, Integer version, Map<String, String> values) {
		Configuration configuration = configurator.configure(code, version, values, true);
		return TemplateViews.configuration(configuration, catalog.session(), items);
	}

	/** The list filter: templates whose best version has this status (RELEASED, DRAFT or RETIRED). */
	public record TemplateFilter(String status) {
	}

	@Transactional(readOnly = true)
	public PageResponse<TemplateSummary> list(TemplateFilter filter, String q, PageQuery page) {
		Specification<ProductTemplate> specification = Specifications.<ProductTemplate>search(q, "code", "name")
			.and(Specifications.equal("status", status(filter)));
		Page<ProductTemplate> result = templates.findAll(specification,
				page.toPageable(SORTABLE, Sort.by("code").and(Sort.by("id"))));
		CatalogLookup.Session lookup = catalog.session();
		return PageResponse.of(result, t -> TemplateViews.summary(t, lookup));
	}

	private static ProductTemplate.Status status(TemplateFilter filter) {
		if (filter == null || filter.status() == null || filter.status().isBlank()) {
			return null;
		}
		try {
			return ProductTemplate.Status.valueOf(filter.status().trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolationException("status", "configurator.template.unknown-status", filter.status());
		}
	}

	/**
	 * The parameters of a template version as customers are asked them (names, units, options), e.g. to print an order
	 * line's values with their names; empty when there is no such template or version.
	 */
	@Transactional(readOnly = true)
	public List<ParameterDefinition> parametersOf(String code, int version) {
		return templates.findByCodeIgnoreCase(code)
			.flatMap(t -> t.getVersions().stream().filter(v -> v.number() == version).findFirst())
			.map(v -> v.definition().parameters())
			.orElse(List.of());
	}

	@Transactional(readOnly = true)
	public TemplateView get(long id) {
		return TemplateViews.view(load(id), catalog.session());
	}

	@Transactional
	public TemplateView create(TemplateCommand command) {
		assertUniqueCode(command.code(), null);
		check(command.itemId(), command.definition());
		ProductTemplate template = new ProductTemplate(command.code().trim(), command.name(), command.description(),
				command.itemId(), command.definition());
		return TemplateViews.view(templates.saveAndFlush(template), catalog.session());
	}

	@Transactional
	public TemplateView update(long id, TemplateCommand command) {
		ProductTemplate template = loadAt(id, command.version());
		assertUniqueCode(command.code(), template);
		check(command.itemId(), command.definition());
		template.changeDraft(command.code().trim(), command.name(), command.description(), command.itemId(),
				command.definition());
		return TemplateViews.view(templates.saveAndFlush(template), catalog.session());
	}

	/** Deletes a template that was never released; one that was may be used by orders and is retired instead. */
	@Transactional
	public void delete(long id, long version) {
		ProductTemplate template = loadAt(id, version);
		if (!template.neverReleased()) {
			throw new ConflictException(null, "configurator.template.delete-released", template.getCode());
		}
		templates.delete(template);
		templates.flush();
	}

	@Transactional
	public TemplateView newVersion(long id, long version) {
		ProductTemplate template = loadAt(id, version);
		template.newDraft();
		return TemplateViews.view(templates.saveAndFlush(template), catalog.session());
	}

	/** Releases a draft after checking it again: the catalog may have changed since it was saved. */
	@Transactional
	public TemplateView release(long id, int number, long version) {
		ProductTemplate template = loadAt(id, version);
		TemplateVersion draft = template.version(number);
		if (draft.status() == VersionStatus.DRAFT) {
			check(draft.itemId(), draft.definition());
		}
		template.release(number);
		return TemplateViews.view(templates.saveAndFlush(template), catalog.session());
	}

	@Transactional
	public TemplateView retire(long id, int number, long version) {
		ProductTemplate template = loadAt(id, version);
		template.retire(number);
		return TemplateViews.view(templates.saveAndFlush(template), catalog.session());
	}

	@Transactional
	public TemplateView deleteVersion(long id, int number, long version) {
		ProductTemplate template = loadAt(id, version);
		template.deleteDraft(number);
		return TemplateViews.view(templates.saveAndFlush(template), catalog.session());
	}

	private void check(long itemId, TemplateRules.Definition definition) {
		List<FieldError> errors = new ArrayList<>(CompiledRules.of(definition).errors());
		errors.addAll(CatalogReferences.check(itemId, definition, catalog.session()));
		if (!errors.isEmpty()) {
			throw new RuleViolationException(errors);
		}
	}

	private void assertUniqueCode(String code, ProductTemplate existing) {
		templates.findByCodeIgnoreCase(code.trim())
			.filter(other -> existing == null || !other.getId().equals(existing.getId()))
			.ifPresent(other -> {
				throw new ConflictException("code", "validation.duplicate-key", code);
			});
	}

	private ProductTemplate loadAt(long id, Long version) {
		if (version == null) {
			throw new RuleViolationException("version", "validation.required");
		}
		ProductTemplate template = load(id);
		template.checkVersion(version);
		return template;
	}

	private ProductTemplate load(long id) {
		return templates.findById(id).orElseThrow(() -> new NotFoundException("ProductTemplate", id));
	}
}
