package io.atelier.configurator;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

import io.atelier.shared.domain.Usage;
import io.atelier.shared.domain.UsageProbe;

/** An item that a template version is made as, or uses as a component, cannot be deleted: orders may read it again. */
@Component
class TemplateUsage implements UsageProbe {

	private final ProductTemplateRepository templates;

	TemplateUsage(ProductTemplateRepository templates) {
		this.templates = templates;
	}

	@Override
	public List<Usage> usagesOf(String entityType, long id) {
		if (!entityType.equals("Item")) {
			return List.of();
		}
		return templates.findCodesUsingItem(id, Limit.of(5)).stream().map(code -> new Usage("ProductTemplate", code)).toList();
	}
}
