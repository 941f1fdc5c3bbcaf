package io.atelier.orders;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrderRepository extends JpaRepository<CustomerOrder, Long> {

	Optional<CustomerOrder> findByOrderNumberIgnoreCase(String orderNumber);

	List<CustomerOrder> findTop5ByCustomerIdOrderByIdDesc(long customerId);
}
