package io.atelier.catalog.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.catalog.ProductFamilies;
import io.atelier.catalog.ProductFamilies.ProductFamilyCommand;
import io.atelier.catalog.ProductFamilies.ProductFamilyView;
import io.atelier.shared.masterdata.MasterDataController;
import io.atelier.shared.masterdata.NoFilter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/product-families")
@Tag(name = "Product families", description = "Product families (产品族): items that share a changeover, e.g. by material and colour")
class ProductFamilyController extends MasterDataController<ProductFamilyView, ProductFamilyCommand, NoFilter> {

	private final ProductFamilies families;

	ProductFamilyController(ProductFamilies families) {
		this.families = families;
	}

	@Override
	protected ProductFamilies service() {
		return families;
	}

	@Override
	protected String exportName() {
		return "product-families";
	}
}
