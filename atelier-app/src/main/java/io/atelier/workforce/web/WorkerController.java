package io.atelier.workforce.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.shared.masterdata.MasterDataController;
import io.atelier.workforce.Workers;
import io.atelier.workforce.Workers.WorkerCommand;
import io.atelier.workforce.Workers.WorkerFilter;
import io.atelier.workforce.Workers.WorkerView;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/workers")
@Tag(name = "Workers", description = "Workers (人员) with their workshop, calendar and skill levels (技能等级)")
class WorkerController extends MasterDataController<WorkerView, WorkerCommand, WorkerFilter> {

	private final Workers workers;

	WorkerController(Workers workers) {
		this.workers = workers;
	}

	@Override
	protected Workers service() {
		return workers;
	}

	@Override
	protected String exportName() {
		return "workers";
	}
}
