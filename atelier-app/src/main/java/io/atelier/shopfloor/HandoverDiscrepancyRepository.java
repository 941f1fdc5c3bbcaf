package io.atelier.shopfloor;

import org.springframework.data.jpa.repository.JpaRepository;

interface HandoverDiscrepancyRepository extends JpaRepository<HandoverDiscrepancy, Long> {
}
