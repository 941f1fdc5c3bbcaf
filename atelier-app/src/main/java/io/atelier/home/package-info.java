/**
 * The home page's figures: how much master data the factory has, so that a new user sees at a glance what is there.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package io.atelier.home;
