package io.atelier.factory;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A day without work (节假日): no shift of the calendar starts on it. */
@Embeddable
record Holiday(@Column(name = "holiday_date", nullable = false) LocalDate date, @Column(length = 200) String name) {
}
