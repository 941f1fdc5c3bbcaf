package io.atelier.factory.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.factory.WorkCenters;
import io.atelier.factory.WorkCenters.WorkCenterCommand;
import io.atelier.factory.WorkCenters.WorkCenterFilter;
import io.atelier.factory.WorkCenters.WorkCenterView;
import io.atelier.shared.masterdata.MasterDataController;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/work-centers")
@Tag(name = "Work centres", description = "工作中心 / 产线 — the lines of each workshop")
class WorkCenterController extends MasterDataController<WorkCenterView, WorkCenterCommand, WorkCenterFilter> {

	private final WorkCenters workCenters;

	WorkCenterController(WorkCenters workCenters) {
		this.workCenters = workCenters;
	}

	@Override
	protected WorkCenters service() {
		return workCenters;
	}

	@Override
	protected String exportName() {
		return "work-centers";
	}
}
