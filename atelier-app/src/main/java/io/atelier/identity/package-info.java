/**
 * Who may do what: local users and their roles, browser sessions with CSRF protection, revocable bearer tokens for API
 * clients, password storage and lock-out after repeated failures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package io.atelier.identity;
