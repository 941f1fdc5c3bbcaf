package io.atelier.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.atelier.shared.domain.AggregateRoot;

/** A customer (客户) with the contact details the factory uses. */
@Entity
@Table(name = "customer")
class Customer extends AggregateRoot {

	@Column(nullable = false, unique = true, length = 40)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	private String contactName;

	private String phone;

	private String email;

	private String address;

	private String notes;

	@Column(nullable = false)
	private boolean active = true;

	protected Customer() {
	}

	Customer(Customers.CustomerCommand command) {
		change(command);
	}

	void change(Customers.CustomerCommand command) {
		this.code = command.code();
		this.name = command.name();
		this.contactName = command.contactName();
		this.phone = command.phone();
		this.email = command.email();
		this.address = command.address();
		this.notes = command.notes();
		this.active = command.active() == null || command.active();
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	String getContactName() {
		return contactName;
	}

	String getPhone() {
		return phone;
	}

	String getEmail() {
		return email;
	}

	String getAddress() {
		return address;
	}

	String getNotes() {
		return notes;
	}

	boolean isActive() {
		return active;
	}

	@Override
	public String auditLabel() {
		return code;
	}
}
