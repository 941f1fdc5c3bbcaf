package io.atelier.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;

import io.atelier.shared.masterdata.MasterDataRepository;

interface BomRepository extends MasterDataRepository<BillOfMaterials> {

	Optional<BillOfMaterials> findByItemId(long itemId);

	List<BillOfMaterials> findByItemIdIn(Collection<Long> itemIds);

	boolean existsByItemId(long itemId);

	/** Every parent → component edge of every BOM: the whole product structure, for the cycle check. */
	@Query("select new io.atelier.catalog.BomRepository$Edge(b.item.id, l.componentItemId) from BillOfMaterials b join b.lines l")
	List<Edge> findAllEdges();

	@Query("select distinct b from BillOfMaterials b join b.lines l where l.componentItemId = :itemId order by b.id")
	List<BillOfMaterials> findUsingComponent(long itemId, Limit limit);

	record Edge(long parentItemId, long componentItemId) {
	}
}
