package io.atelier.configurator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A configured product: the template version it came from, the normalised parameter values, and what the rules
 * derived from them.
 *
 * @param templateCode the template's code
 * @param templateVersion the template version used
 * @param itemCode the catalog item the configured product is made as (its routing is the base of the steps)
 * @param productFamilyCode the product family for changeovers, derived by the template's rule
 * @param values every parameter's normalised value, by parameter code
 * @param components the direct components, each with its quantity per unit of the product; components that are made
 *     items bring their own BOM and routing from the catalog
 * @param steps the steps of the item's routing that apply, with the run minutes per unit derived for each
 */
public record Configuration(String templateCode, int templateVersion, String itemCode, String productFamilyCode,
		Map<String, String> values, List<Component> components, List<Step> steps) {

	public Configuration {
		values = Map.copyOf(values);
		components = List.copyOf(components);
		steps = List.copyOf(steps);
	}

	/**
	 * @param itemCode the component's catalog item
	 * @param quantityPerUnit how much of it one unit of the product needs, in the item's unit
	 * @param scrapFactor the share lost in processing (0 to below 1), as in a BOM line
	 */
	public record Component(String itemCode, BigDecimal quantityPerUnit, BigDecimal scrapFactor) {
	}

	/**
	 * @param stepNo the routing step's number
	 * @param runMinutesPerUnit run minutes per unit on the step's first eligible machine, or {@code null} to keep the
	 *     routing's times; other eligible machines keep their ratio to the first
	 */
	public record Step(int stepNo, BigDecimal runMinutesPerUnit) {
	}
}
