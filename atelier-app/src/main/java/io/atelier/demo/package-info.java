/**
 * The demo factory: a custom-furniture maker loaded into an empty database in evaluation mode (or when asked), through
 * the same CSV import that users have, plus one demo account per role.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo factory")
package io.atelier.demo;
