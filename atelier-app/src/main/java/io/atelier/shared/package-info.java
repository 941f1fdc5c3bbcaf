/**
 * The small shared kernel every module may use: the base of aggregates (id, version, timestamps), problem+json errors
 * in the caller's language, paging, CSV/Excel import and export, and the reference check that keeps a record in use
 * from being deleted. It holds no business rules of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.atelier.shared;
