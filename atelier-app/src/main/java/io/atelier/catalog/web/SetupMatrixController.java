package io.atelier.catalog.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.catalog.SetupMatrices;
import io.atelier.catalog.SetupMatrices.SetupMatrixCommand;
import io.atelier.catalog.SetupMatrices.SetupMatrixFilter;
import io.atelier.catalog.SetupMatrices.SetupMatrixView;
import io.atelier.shared.masterdata.MasterDataController;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/setup-matrices")
@Tag(name = "Setup matrices", description = "Setup matrices (换型矩阵): changeover times between product families on a machine")
class SetupMatrixController extends MasterDataController<SetupMatrixView, SetupMatrixCommand, SetupMatrixFilter> {

	private final SetupMatrices matrices;

	SetupMatrixController(SetupMatrices matrices) {
		this.matrices = matrices;
	}

	@Override
	protected SetupMatrices service() {
		return matrices;
	}

	@Override
	protected String exportName() {
		return "setup-matrices";
	}
}
