/**
 * The people of the plant: the skills (技能) a furniture factory needs and the workers (人员) who hold them at a level,
 * with the workshop they belong to and the calendar (shifts) they work to. Routings ask for a skill; scheduling asks
 * which workers can do it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce")
package io.atelier.workforce;
