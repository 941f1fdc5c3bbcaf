/**
 * The shop floor (车间): what operators report from their phones and what is printed for them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shop floor")
package io.atelier.shopfloor;
