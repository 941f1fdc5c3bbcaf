/**
 * The structure and capacity of the plant: workshops (车间), work centres and lines, machines and the working calendars
 * (shifts, holidays, planned downtime) they follow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Factory")
package io.atelier.factory;
