package io.atelier.factory.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.factory.Calendars;
import io.atelier.factory.Calendars.CalendarCommand;
import io.atelier.shared.masterdata.NoFilter;
import io.atelier.factory.Calendars.CalendarView;
import io.atelier.shared.masterdata.MasterDataController;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/calendars")
@Tag(name = "Calendars", description = "工作日历 — shifts, holidays and planned downtime")
class CalendarController extends MasterDataController<CalendarView, CalendarCommand, NoFilter> {

	private final Calendars calendars;

	CalendarController(Calendars calendars) {
		this.calendars = calendars;
	}

	@Override
	protected Calendars service() {
		return calendars;
	}

	@Override
	protected String exportName() {
		return "calendars";
	}
}
