package io.atelier.orders;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface WorkOrderRepository extends JpaRepository<WorkOrder, Long> {

	List<WorkOrder> findByOrderIdOrderBySeq(long orderId);

	boolean existsByOrderId(long orderId);

	List<WorkOrder> findByParentIdOrderBySeq(Long parentId);

	List<WorkOrder> findByItemIdAndStatusInOrderByDueDateAscIdAsc(long itemId, Collection<WorkStatus> statuses);

	@Query("select w from WorkOrder w join w.operations o where o.id = :operationId")
	Optional<WorkOrder> findByOperationId(long operationId);

	/** As {@link #findByOperationId}, locking the work order: reports on its operations apply one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select w from WorkOrder w where w.id = (select o.workOrder.id from Operation o where o.id = :operationId)")
	Optional<WorkOrder> lockByOperationId(long operationId);
}
