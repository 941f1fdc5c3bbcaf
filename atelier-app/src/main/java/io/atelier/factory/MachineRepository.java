package io.atelier.factory;

import java.util.List;
import java.util.Optional;

import io.atelier.shared.masterdata.MasterDataRepository;

interface MachineRepository extends MasterDataRepository<Machine> {

	Optional<Machine> findByCodeIgnoreCase(String code);

	List<Machine> findByWorkCenterIdOrderByCode(long workCenterId);

	List<Machine> findTop5ByWorkCenterIdOrderByCode(long workCenterId);

	List<Machine> findTop5ByCalendarIdOrderByCode(long calendarId);
}
