package io.atelier.catalog.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.catalog.Routings;
import io.atelier.catalog.Routings.RoutingCommand;
import io.atelier.catalog.Routings.RoutingFilter;
import io.atelier.catalog.Routings.RoutingView;
import io.atelier.shared.masterdata.MasterDataController;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/routings")
@Tag(name = "Routings", description = "Routings (工艺路线) of made items: steps, machines and precedence")
class RoutingController extends MasterDataController<RoutingView, RoutingCommand, RoutingFilter> {

	private final Routings routings;

	RoutingController(Routings routings) {
		this.routings = routings;
	}

	@Override
	protected Routings service() {
		return routings;
	}

	@Override
	protected String exportName() {
		return "routings";
	}
}
