/**
 * Parametric product templates (the configurator): a template declares the parameters a customer chooses (sizes,
 * material, finish) and the rules that derive, from their values, the components of the product, which routing steps
 * apply with which run times, and the product family. Orders configure their lines through {@link
 * io.atelier.configurator.ProductConfigurator}; an order keeps the template version it was configured with.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Configurator")
package io.atelier.configurator;
