package io.atelier.catalog.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.catalog.Items;
import io.atelier.catalog.Items.ItemCommand;
import io.atelier.catalog.Items.ItemFilter;
import io.atelier.catalog.Items.ItemView;
import io.atelier.shared.masterdata.MasterDataController;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/items")
@Tag(name = "Items", description = "Items (物料): materials, parts and products, made or bought")
class ItemController extends MasterDataController<ItemView, ItemCommand, ItemFilter> {

	private final Items items;

	ItemController(Items items) {
		this.items = items;
	}

	@Override
	protected Items service() {
		return items;
	}

	@Override
	protected String exportName() {
		return "items";
	}
}
