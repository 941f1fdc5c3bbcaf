package io.atelier.factory;

import java.util.Optional;

import io.atelier.shared.masterdata.MasterDataRepository;

interface WorkshopRepository extends MasterDataRepository<Workshop> {

	Optional<Workshop> findByCodeIgnoreCase(String code);
}
