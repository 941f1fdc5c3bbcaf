/**
 * The finite-capacity scheduling engine of Atelier: plain Java with no Spring, JPA or database, so that it can be run,
 * tested and benchmarked on its own. The application's {@code planning} module feeds it the factory's data.
 */
package io.atelier.scheduling;
