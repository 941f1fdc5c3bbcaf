/**
 * What the factory makes and how: items (materials, parts, products) grouped into product families, their bills of
 * materials, their routings through the work centres, and the changeover times between product families on a machine.
 * Planning and scheduling read it through {@link io.atelier.catalog.Items}, {@link io.atelier.catalog.Boms},
 * {@link io.atelier.catalog.Routings} and {@link io.atelier.catalog.SetupMatrices}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package io.atelier.catalog;
