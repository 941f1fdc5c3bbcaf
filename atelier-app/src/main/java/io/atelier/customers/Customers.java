package io.atelier.customers;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.atelier.shared.domain.FieldError;
import io.atelier.shared.domain.ReferenceCheck;
import io.atelier.shared.masterdata.MasterDataService;
import io.atelier.shared.masterdata.Specifications;
import io.atelier.shared.masterdata.Versioned;
import io.atelier.shared.tabular.TabularMapping;

/** The customers module's capability: maintain customers, and let other modules look them up. */
@Service
public class Customers extends MasterDataService<Customer, Customers.CustomerView, Customers.CustomerCommand,
		Customers.CustomerFilter> {

	private final CustomerRepository customers;

	Customers(CustomerRepository customers, ReferenceCheck references, Validator validator) {
		super(customers, references, validator);
		this.customers = customers;
	}

	public record CustomerView(long id, long version, String code, String name, String contactName, String phone,
			String email, String address, String notes, boolean active, Instant createdAt, Instant updatedAt) {
	}

	public record CustomerCommand(Long version, @NotBlank @Size(max = 40) String code,
			@NotBlank @Size(max = 200) String name, @Size(max = 200) String contactName, @Size(max = 50) String phone,
			@Email @Size(max = 200) String email, @Size(max = 500) String address, @Size(max = 2000) String notes,
			Boolean active) implements Versioned {
	}

	public record CustomerFilter(Boolean active) {
	}

	/** What other modules need to know of a customer. */
	public record CustomerRef(long id, String code, String name) {
	}

	@Transactional(readOnly = true)
	public Optional<CustomerRef> find(long id) {
		return customers.findById(id).map(c -> new CustomerRef(c.getId(), c.getCode(), c.getName()));
	}

	@Transactional(readOnly = true)
	public Optional<CustomerRef> findByCode(String code) {
		return customers.findByCodeIgnoreCase(code).map(c -> new CustomerRef(c.getId(), c.getCode(), c.getName()));
	}

	@Override
	public String entityType() {
		return "Customer";
	}

	@Override
	public TabularMapping<CustomerView, CustomerCommand> tabular() {
		return new CustomerTabular();
	}

	@Override
	protected Set<String> sortableFields() {
		return Set.of("code", "name", "createdAt", "updatedAt");
	}

	@Override
	protected Specification<Customer> specification(CustomerFilter filter, String q) {
		return Specifications.<Customer>search(q, "code", "name", "contactName", "phone")
			.and(Specifications.equal("active", filter == null ? null : filter.active()));
	}

	@Override
	protected CustomerView toView(Customer c) {
		return new CustomerView(c.getId(), c.getVersion(), c.getCode(), c.getName(), c.getContactName(), c.getPhone(),
				c.getEmail(), c.getAddress(), c.getNotes(), c.isActive(), c.getCreatedAt(), c.getUpdatedAt());
	}

	@Override
	protected String label(Customer customer) {
		return customer.getCode();
	}

	@Override
	protected Optional<Customer> findByKey(CustomerCommand command) {
		return command.code() == null ? Optional.empty() : customers.findByCodeIgnoreCase(command.code());
	}

	@Override
	protected Object importKey(CustomerCommand command) {
		return codeKey(command.code());
	}

	@Override
	protected Customer newEntity(CustomerCommand command) {
		return new Customer(command);
	}

	@Override
	protected void apply(Customer customer, CustomerCommand command) {
		customer.change(command);
	}

	@Override
	protected List<FieldError> check(CustomerCommand command, Customer existing) {
		return List.of();
	}
}
