package io.atelier.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;

import io.atelier.shared.masterdata.MasterDataRepository;

interface RoutingRepository extends MasterDataRepository<Routing> {

	Optional<Routing> findByItemId(long itemId);

	List<Routing> findByItemIdIn(Collection<Long> itemIds);

	boolean existsByItemId(long itemId);

	@Query("""
			select new io.atelier.catalog.RoutingRepository$StepUse(r.item.code, s.stepNo)
			from RoutingStep s join s.routing r join s.machines m
			where m.machineId = :machineId order by r.item.code, s.stepNo""")
	List<StepUse> findStepsUsingMachine(long machineId, Limit limit);

	@Query("""
			select new io.atelier.catalog.RoutingRepository$StepUse(r.item.code, s.stepNo)
			from RoutingStep s join s.routing r
			where s.workCenterId = :workCenterId order by r.item.code, s.stepNo""")
	List<StepUse> findStepsInWorkCenter(long workCenterId, Limit limit);

	@Query("""
			select new io.atelier.catalog.RoutingRepository$StepUse(r.item.code, s.stepNo)
			from RoutingStep s join s.routing r
			where s.skillId = :skillId order by r.item.code, s.stepNo""")
	List<StepUse> findStepsNeedingSkill(long skillId, Limit limit);

	/** A step of a routing, named by the routing's item code and the step number. */
	record StepUse(String itemCode, int stepNo) {

		String label() {
			return itemCode + "/" + stepNo;
		}
	}
}
