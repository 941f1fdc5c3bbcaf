package io.atelier.factory;

import java.util.List;
import java.util.Optional;

import io.atelier.shared.masterdata.MasterDataRepository;

interface WorkCenterRepository extends MasterDataRepository<WorkCenter> {

	Optional<WorkCenter> findByCodeIgnoreCase(String code);

	List<WorkCenter> findTop5ByWorkshopIdOrderByCode(long workshopId);

	List<WorkCenter> findByWorkshopIdOrderByCode(long workshopId);
}
