package io.atelier.configurator;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

import io.atelier.shared.domain.Usage;
import io.atelier.shared.domain.UsageProbe;

/**
 * An item that a template version is made as or uses as a component, and a product family its family rule names, cannot
 * be deleted: orders may configure with the version again.
 */
@Component
class TemplateUsage implements UsageProbe {

	private final ProductTemplateRepository templates;

	TemplateUsage(ProductTemplateRepository templates) {
		this.templates = templates;
	}

	@Override
	public List<Usage> usagesOf(String entityType, long id) {
		List<String> codes = switch (entityType) {
			case "Item" -> templates.findCodesUsingItem(id, Limit.of(5));
			case "ProductFamily" -> templates.findCodesUsingFamily(id, Limit.of(5));
			default -> List.of();
		};
		return codes.stream().map(code -> new Usage("ProductTemplate", code)).toList();
	}
}
