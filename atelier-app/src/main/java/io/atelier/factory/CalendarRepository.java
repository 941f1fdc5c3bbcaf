package io.atelier.factory;

import java.util.Optional;

import io.atelier.shared.masterdata.MasterDataRepository;

interface CalendarRepository extends MasterDataRepository<Calendar> {

	Optional<Calendar> findByCodeIgnoreCase(String code);
}
