package io.atelier.scheduling.promise;

import io.atelier.scheduling.model.Schedule;

/** The earliest completion a prospective order can be promised, and the schedule of its operations that achieves it. */
public record PromiseResult(long completion, Schedule operations) {
}
