package io.atelier.orders;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkOrderRepository extends JpaRepository<WorkOrder, Long> {

	List<WorkOrder> findByOrderIdOrderBySeq(long orderId);

	boolean existsByOrderId(long orderId);
}
