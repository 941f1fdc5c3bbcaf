package io.atelier.customers;

import java.util.Optional;

import io.atelier.shared.masterdata.MasterDataRepository;

interface CustomerRepository extends MasterDataRepository<Customer> {

	Optional<Customer> findByCodeIgnoreCase(String code);
}
