/**
 * Capable-to-promise: the earliest completion of a prospective order against the current schedule, found by inserting
 * its operations into the gaps of the existing load with all existing work pinned, so that a quote never disturbs
 * what was already promised. Nothing is committed.
 */
package io.atelier.scheduling.promise;
