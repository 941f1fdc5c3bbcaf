package io.atelier.configurator.web;

import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.configurator.ProductTemplates;
import io.atelier.configurator.ProductTemplates.TemplateFilter;
import io.atelier.configurator.TemplateCommand;
import io.atelier.configurator.TemplateViews.ConfigurationView;
import io.atelier.configurator.TemplateViews.TemplateSummary;
import io.atelier.configurator.TemplateViews.TemplateView;
import io.atelier.shared.web.PageQuery;
import io.atelier.shared.web.PageResponse;
import io.atelier.shared.web.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Product templates for planners, and the configure preview for all staff. Customers do not see templates: their rules
 * (materials, run times) are the factory's own; customers choose values through their orders.
 */
@RestController
@RequestMapping("/api/product-templates")
@Tag(name = "Product templates", description = "Parametric product templates (产品模板): parameters, rules and versions")
class ProductTemplateController {

	private final ProductTemplates templates;

	ProductTemplateController(ProductTemplates templates) {
		this.templates = templates;
	}

	/** What the preview takes: the version to use (the current released one when empty) and the values by code. */
	record ConfigureRequest(Integer version, Map<String, String> values) {
	}

	@GetMapping
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "List templates, paged, with search (q), status filter (RELEASED, DRAFT, RETIRED) and sort. "
			+ "Roles: staff (not CUSTOMER).")
	public PageResponse<TemplateSummary> list(@ModelAttribute TemplateFilter filter,
			@RequestParam(required = false) String q, @ModelAttribute PageQuery page) {
		return templates.list(filter, q, page);
	}

	@GetMapping("/{id}")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "Read a template with all its versions, newest first. Roles: staff (not CUSTOMER).")
	public TemplateView get(@PathVariable long id) {
		return templates.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Roles.MASTER_DATA_WRITE)
	@Operation(summary = "Create a template as its first draft (422 naming the field of a bad formula, e.g. "
			+ "bomRules[2].quantity). Roles: ADMIN, PLANNER.")
	public TemplateView create(@Valid @RequestBody TemplateCommand command) {
		return templates.create(command);
	}

	@PutMapping("/{id}")
	@PreAuthorize(Roles.MASTER_DATA_WRITE)
	@Operation(summary = "Change the template's draft; send back the version you read (409 if it changed, 409 when "
			+ "there is no draft). Roles: ADMIN, PLANNER.")
	public TemplateView update(@PathVariable long id, @Valid @RequestBody TemplateCommand command) {
		return templates.update(id, command);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(Roles.MASTER_DATA_WRITE)
	@Operation(summary = "Delete a template that was never released (409 otherwise: retire it instead). "
			+ "Roles: ADMIN, PLANNER.")
	public void delete(@PathVariable long id, @RequestParam long version) {
		templates.delete(id, version);
	}

	@PostMapping("/{id}/versions")
	@PreAuthorize(Roles.MASTER_DATA_WRITE)
	@Operation(summary = "Start a new draft version as a copy of the current one (409 when a draft exists). "
			+ "Roles: ADMIN, PLANNER.")
	public TemplateView newVersion(@PathVariable long id, @RequestParam long version) {
		return templates.newVersion(id, version);
	}

	@PostMapping("/{id}/versions/{number}/release")
	@PreAuthorize(Roles.MASTER_DATA_WRITE)
	@Operation(summary = "Release a draft version: it becomes fixed and, as the newest released one, current "
			+ "(409 for a version that is not a draft, 422 when its rules no longer fit the catalog). Roles: ADMIN, PLANNER.")
	public TemplateView release(@PathVariable long id, @PathVariable int number, @RequestParam long version) {
		return templates.release(id, number, version);
	}

	@PostMapping("/{id}/versions/{number}/retire")
	@PreAuthorize(Roles.MASTER_DATA_WRITE)
	@Operation(summary = "Retire a released version: no longer offered for new orders, still read by the orders that "
			+ "use it (409 for a version that is not released). Roles: ADMIN, PLANNER.")
	public TemplateView retire(@PathVariable long id, @PathVariable int number, @RequestParam long version) {
		return templates.retire(id, number, version);
	}

	@DeleteMapping("/{id}/versions/{number}")
	@PreAuthorize(Roles.MASTER_DATA_WRITE)
	@Operation(summary = "Delete a draft version (409 for a released or retired one, or the only version). "
			+ "Roles: ADMIN, PLANNER.")
	public TemplateView deleteVersion(@PathVariable long id, @PathVariable int number, @RequestParam long version) {
		return templates.deleteVersion(id, number, version);
	}

	@PostMapping("/{code}/configure")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "Try a template out: the values in, the configured components, steps and product family out "
			+ "(422 naming parameters.<code> or the rule that cannot be computed; 404 without a released version). "
			+ "A draft can be tried by its number. Nothing is stored. Roles: staff (not CUSTOMER).")
	public ConfigurationView configure(@PathVariable String code, @RequestBody ConfigureRequest request) {
		return templates.preview(code, request.version(), request.values());
	}
}
