/**
 * Verifies any schedule against every hard constraint of the model, independently of the code that built it, so that
 * every test and every benchmark result can be trusted.
 */
package io.atelier.scheduling.check;
