/**
 * Planning (计划): turns the factory's real data (released work, machines and their calendars, setups, purchase lead
 * times) into the scheduling engine's problem, keeps the current plan, and proposes the date an order can be promised
 * for (docs/planning.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning")
package io.atelier.planning;
