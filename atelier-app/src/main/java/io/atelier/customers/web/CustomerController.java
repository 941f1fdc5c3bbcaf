package io.atelier.customers.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.atelier.customers.Customers;
import io.atelier.customers.Customers.CustomerCommand;
import io.atelier.customers.Customers.CustomerFilter;
import io.atelier.customers.Customers.CustomerView;
import io.atelier.shared.masterdata.MasterDataController;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/customers")
@Tag(name = "Customers", description = "Customers (客户) and their contact details")
class CustomerController extends MasterDataController<CustomerView, CustomerCommand, CustomerFilter> {

	private final Customers customers;

	CustomerController(Customers customers) {
		this.customers = customers;
	}

	@Override
	protected Customers service() {
		return customers;
	}

	@Override
	protected String exportName() {
		return "customers";
	}
}
