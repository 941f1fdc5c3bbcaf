package io.atelier.catalog.web;

import java.math.BigDecimal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.catalog.Boms;
import io.atelier.catalog.Boms.BomCommand;
import io.atelier.catalog.Boms.BomFilter;
import io.atelier.catalog.Boms.BomView;
import io.atelier.catalog.Boms.ExplosionView;
import io.atelier.shared.masterdata.MasterDataController;
import io.atelier.shared.web.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/boms")
@Tag(name = "Bills of materials", description = "Bills of materials (物料清单) of made items, and their multi-level explosion")
class BomController extends MasterDataController<BomView, BomCommand, BomFilter> {

	private final Boms boms;

	BomController(Boms boms) {
		this.boms = boms;
	}

	@Override
	protected Boms service() {
		return boms;
	}

	@Override
	protected String exportName() {
		return "boms";
	}

	@GetMapping("/{id}/explosion")
	@PreAuthorize(Roles.STAFF)
	@Operation(summary = "Explode a BOM over all levels for a quantity of its item (default 1): every component with its "
			+ "level and the gross quantity needed including scrap. 422 if quantity is not positive. "
			+ "Roles: staff (not CUSTOMER).")
	public ExplosionView explosion(@PathVariable long id, @RequestParam(defaultValue = "1") BigDecimal quantity) {
		return boms.explode(id, quantity);
	}
}
