package io.atelier.factory.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.factory.Workshops;
import io.atelier.factory.Workshops.WorkshopCommand;
import io.atelier.factory.Workshops.WorkshopFilter;
import io.atelier.factory.Workshops.WorkshopView;
import io.atelier.shared.masterdata.MasterDataController;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/workshops")
@Tag(name = "Workshops", description = "Workshops (车间) of the plant")
class WorkshopController extends MasterDataController<WorkshopView, WorkshopCommand, WorkshopFilter> {

	private final Workshops workshops;

	WorkshopController(Workshops workshops) {
		this.workshops = workshops;
	}

	@Override
	protected Workshops service() {
		return workshops;
	}

	@Override
	protected String exportName() {
		return "workshops";
	}
}
