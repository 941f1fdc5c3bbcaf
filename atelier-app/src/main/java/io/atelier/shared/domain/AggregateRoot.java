package io.atelier.shared.domain;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** An aggregate whose id comes from its table's identity column: most of them, written one at a time. */
@MappedSuperclass
public abstract class AggregateRoot extends Aggregate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Override
	public Long getId() {
		return id;
	}
}
