/**
 * Measures the engine against the published state of the art and on generated factories: readers of the public
 * benchmark formats, best known bounds, and the {@code atelier-bench} command.
 */
package io.atelier.scheduling.bench;
