package io.atelier.orders;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkOrderRepository extends JpaRepository<WorkOrder, Long> {

	List<WorkOrder> findByOrderIdOrderBySeq(long orderId);

	boolean existsByOrderId(long orderId);

	List<WorkOrder> findByParentOrderBySeq(WorkOrder parent);

	List<WorkOrder> findByItemIdAndStatusInOrderByDueDateAscIdAsc(long itemId, Collection<WorkStatus> statuses);

	@Query("select w from WorkOrder w join w.operations o where o.id = :operationId")
	Optional<WorkOrder> findByOperationId(long operationId);
}
