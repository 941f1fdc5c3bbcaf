package io.atelier.identity;

import java.util.Optional;

import io.atelier.shared.masterdata.MasterDataRepository;

interface UserRepository extends MasterDataRepository<User> {

	Optional<User> findByUsernameIgnoreCase(String username);

	boolean existsByCustomerId(Long customerId);

	java.util.List<User> findTop5ByCustomerId(Long customerId);
}
