package io.atelier.planning;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How planning reads time (docs/planning.md).
 *
 * @param timeZone the factory's time zone: the day a date means (due dates, material arrival, the promised date)
 * @param horizonDays how far ahead machine calendars are read; work that does not fit ends never
 * @param planMaxAge how long a constructed current plan is reused when no order or work changed meanwhile (master
 *     data changes and other nodes' changes are seen after this at the latest)
 */
@ConfigurationProperties("atelier.planning")
public record PlanningSettings(@DefaultValue("Asia/Shanghai") ZoneId timeZone, @DefaultValue("400") int horizonDays,
		@DefaultValue("2m") Duration planMaxAge) {
}
