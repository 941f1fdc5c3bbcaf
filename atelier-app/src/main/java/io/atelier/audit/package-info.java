/**
 * The audit trail: every create, update and delete of every record, with who, when (UTC), old and new values and an
 * optional reason. Entries are only ever appended; the database refuses to change or remove them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package io.atelier.audit;
