package io.atelier.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;

import io.atelier.shared.masterdata.MasterDataRepository;

interface SetupMatrixRepository extends MasterDataRepository<SetupMatrix> {

	Optional<SetupMatrix> findByMachineId(long machineId);

	@Query("""
			select distinct m.machineId from SetupMatrix m join m.entries e
			where e.fromFamilyId = :familyId or e.toFamilyId = :familyId order by m.machineId""")
	List<Long> findMachinesUsingFamily(long familyId, Limit limit);
}
