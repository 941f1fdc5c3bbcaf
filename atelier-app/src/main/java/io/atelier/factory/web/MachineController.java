package io.atelier.factory.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.factory.Machines;
import io.atelier.factory.Machines.MachineCommand;
import io.atelier.factory.Machines.MachineFilter;
import io.atelier.factory.Machines.MachineView;
import io.atelier.shared.masterdata.MasterDataController;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/machines")
@Tag(name = "Machines", description = "设备 — machines of the work centres")
class MachineController extends MasterDataController<MachineView, MachineCommand, MachineFilter> {

	private final Machines machines;

	MachineController(Machines machines) {
		this.machines = machines;
	}

	@Override
	protected Machines service() {
		return machines;
	}

	@Override
	protected String exportName() {
		return "machines";
	}
}
