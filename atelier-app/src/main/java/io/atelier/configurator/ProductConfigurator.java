package io.atelier.configurator;

import java.util.Map;

/**
 * Configures a product from its template: checks the parameter values a customer chose and derives what the product is
 * made of and how it is made. Nothing is stored; the same template version and values always give the same answer.
 */
public interface ProductConfigurator {

	/**
	 * @param templateCode the template's code
	 * @param version the template version to configure with; {@code null} for the current released version
	 * @param values the parameter values as entered, by parameter code: numbers with {@code .} as decimal separator,
	 *     yes/no as {@code true}/{@code false}, a choice as its option code; a missing optional parameter takes its
	 *     default
	 * @return the configuration, with every parameter's value normalised
	 * @throws io.atelier.shared.domain.RuleViolation naming the field {@code parameters.<code>} for each missing,
	 *     malformed, unknown or out-of-range value, or naming the rule whose formula cannot be evaluated
	 * @throws io.atelier.shared.domain.NotFound when there is no such template or version, or no released version
	 */
	Configuration configure(String templateCode, Integer version, Map<String, String> values);
}
