/**
 * Runs Atelier on its surroundings: the database (an embedded PostgreSQL in evaluation mode, an external one by URL),
 * the bundled web UI and the request locale. No business rules live here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package io.atelier.platform;
