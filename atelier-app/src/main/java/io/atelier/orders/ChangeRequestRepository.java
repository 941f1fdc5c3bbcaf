package io.atelier.orders;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long> {

	List<ChangeRequest> findByOrderIdOrderByRequestedAtDescIdDesc(long orderId);

	Page<ChangeRequest> findByStatus(ChangeRequestStatus status, Pageable page);

	/** Requests of the order approved after the given instant (they changed the order under a pending one). */
	@Query("""
			select c from ChangeRequest c where c.orderId = :orderId and c.status = io.atelier.orders.ChangeRequestStatus.APPROVED
			   and c.decidedAt > :since and c.id <> :except""")
	List<ChangeRequest> approvedSince(long orderId, Instant since, long except);
}
